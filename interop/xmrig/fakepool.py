#!/usr/bin/env python3
"""A small Monero-style Stratum pool for tests: enough for XMRig to log in and hash.

Usage: fakepool.py PORT [--split N]

Listens on 127.0.0.1:PORT (run it inside the test's own network namespace), answers `login`
with a RandomX (rx/0) job, accepts every `submit`, answers `keepalived`. With --split N its
replies go out N bytes per TCP segment, so captures show lines split across segments. It logs
one line per request on stderr and exits after 120 s at the latest.
"""

import json
import socket
import sys
import threading
import time

# A 76-byte Monero hashing blob: versions, timestamp, previous id, nonce, tree root, tx count.
BLOB = (
    "1010"
    + "b5b8e5a006"
    + "7f" * 32
    + "00000000"
    + "3c" * 32
    + "05"
)
SEED = "9a" * 32
# Difficulty about 10,000: light-mode RandomX finds a share every minute or two.
TARGET = "b88d0600"


def job():
    return {
        "blob": BLOB,
        "job_id": "1",
        "target": TARGET,
        "algo": "rx/0",
        "height": 3000000,
        "seed_hash": SEED,
    }


def send(conn, obj, split):
    data = (json.dumps(obj) + "\n").encode()
    if split <= 0:
        conn.sendall(data)
        return
    for i in range(0, len(data), split):
        conn.sendall(data[i : i + split])
        time.sleep(0.002)


def serve(conn, split):
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = b""
    with conn:
        while True:
            try:
                chunk = conn.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                try:
                    req = json.loads(line)
                except ValueError:
                    print("fakepool: bad line", line[:80], file=sys.stderr, flush=True)
                    return
                method = req.get("method")
                print("fakepool:", method, file=sys.stderr, flush=True)
                rid = req.get("id")
                if method == "login":
                    result = {
                        "id": "session-1",
                        "job": job(),
                        "extensions": ["algo", "keepalive"],
                        "status": "OK",
                    }
                elif method == "submit":
                    result = {"status": "OK"}
                elif method == "keepalived":
                    result = {"status": "KEEPALIVED"}
                else:
                    send(conn, {"id": rid, "jsonrpc": "2.0", "error": {"code": -1, "message": "unknown method"}}, split)
                    continue
                send(conn, {"id": rid, "jsonrpc": "2.0", "error": None, "result": result}, split)


def main():
    port = int(sys.argv[1])
    split = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--split" else 0
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(8)
    srv.settimeout(1.0)
    print(f"fakepool: listening on 127.0.0.1:{port}", file=sys.stderr, flush=True)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            conn, _ = srv.accept()
        except socket.timeout:
            continue
        threading.Thread(target=serve, args=(conn, split), daemon=True).start()


if __name__ == "__main__":
    main()
