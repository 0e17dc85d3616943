#!/usr/bin/env python3
"""Peers for the Stratum V2 capture set (scripts/record-sv2-captures.sh): protocols that must
NOT be taken for Stratum V2, and a relay that splits a real V2 session into small segments.
Everything talks to 127.0.0.1 only.

  sv2-peers.py relay LISTEN_PORT TARGET_PORT CHUNK   forward both ways in CHUNK-byte writes
  sv2-peers.py noise PORT PATTERN FRAMING            a Noise session (noiseprotocol, PyPI):
        PATTERN NX or XX over Curve25519; FRAMING raw (messages back to back, as Stratum V2
        sends them) or len16 (2-byte length prefix, as libp2p and Noise Socket do)
  sv2-peers.py bip324 PORT GARBAGE                   Bitcoin P2P v2's (BIP 324) handshake shape:
        64 random bytes + GARBAGE bytes each way, terminators, then encrypted-looking packets
  sv2-peers.py udp PORT KIND                         WireGuard (KIND wireguard: 148/92-byte
        handshake, then transport) or QUIC (KIND quic: 1200-byte Initial packets) datagrams,
        with their real headers and random bodies
"""
import os
import socket
import sys
import threading
import time


def serve_once(port, handler):
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(1)

    def run():
        conn, _ = srv.accept()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            handler(conn)
        finally:
            conn.close()
            srv.close()

    t = threading.Thread(target=run)
    t.start()
    return t


def connect(port):
    c = socket.create_connection(("127.0.0.1", port))
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return c


def recv_exact(s, n):
    b = b""
    while len(b) < n:
        part = s.recv(n - len(b))
        if not part:
            raise EOFError
        b += part
    return b


def relay(listen_port, target_port, chunk):
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", listen_port))
    srv.listen(4)
    while True:
        down, _ = srv.accept()
        down.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        up = connect(target_port)

        def pump(a, b):
            try:
                while True:
                    data = a.recv(65536)
                    if not data:
                        break
                    for i in range(0, len(data), chunk):
                        b.sendall(data[i:i + chunk])
                        time.sleep(0.0005)
            except OSError:
                pass
            finally:
                for s in (a, b):
                    try:
                        s.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass

        threading.Thread(target=pump, args=(down, up), daemon=True).start()
        threading.Thread(target=pump, args=(up, down), daemon=True).start()


def noise_session(port, pattern, framing):
    from noise.connection import NoiseConnection, Keypair

    name = f"Noise_{pattern}_25519_ChaChaPoly_SHA256".encode()
    server_static = NoiseConnection.from_name(name)

    def send(sock, msg):
        sock.sendall((len(msg).to_bytes(2, "big") + msg) if framing == "len16" else msg)

    def recv(sock, n_raw):
        if framing == "len16":
            n = int.from_bytes(recv_exact(sock, 2), "big")
            return recv_exact(sock, n)
        return recv_exact(sock, n_raw)

    def server(conn):
        s = NoiseConnection.from_name(name)
        s.set_as_responder()
        s.set_keypair_from_private_bytes(Keypair.STATIC, os.urandom(32))
        s.start_handshake()
        s.read_message(recv(conn, 32))
        m = s.write_message(b"hello from a noise server")
        send(conn, m)
        if pattern == "XX":
            s.read_message(recv(conn, 64))
        for _ in range(3):
            data = recv(conn, 16 + 40)
            send(conn, s.encrypt(s.decrypt(data)[::-1] + b"!"))

    t = serve_once(port, server)
    time.sleep(0.2)
    c = connect(port)
    cl = NoiseConnection.from_name(name)
    cl.set_as_initiator()
    if pattern == "XX":
        cl.set_keypair_from_private_bytes(Keypair.STATIC, os.urandom(32))
    cl.start_handshake()
    send(c, cl.write_message())
    first = len(b"hello from a noise server") + 16 + 32 + 48
    cl.read_message(recv(c, first))
    if pattern == "XX":
        send(c, cl.write_message())
    for i in range(3):
        send(c, cl.encrypt(os.urandom(20).hex().encode()))
        cl.decrypt(recv(c, 16 + 41))
    c.close()
    t.join()


def bip324(port, garbage):
    def server(conn):
        recv_exact(conn, 64 + garbage)
        conn.sendall(os.urandom(64 + garbage) + os.urandom(16) + os.urandom(3 + 16 + 1))
        recv_exact(conn, 16 + 3 + 16 + 1)
        for _ in range(3):
            recv_exact(conn, 3 + 16 + 30)
            conn.sendall(os.urandom(3 + 16 + 60))

    t = serve_once(port, server)
    time.sleep(0.2)
    c = connect(port)
    c.sendall(os.urandom(64 + garbage))
    recv_exact(c, 64 + garbage + 16 + 20)
    c.sendall(os.urandom(16) + os.urandom(3 + 16 + 1))
    for _ in range(3):
        c.sendall(os.urandom(3 + 16 + 30))
        recv_exact(c, 3 + 16 + 60)
    c.close()
    t.join()


def udp(port, kind):
    srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    srv.bind(("127.0.0.1", port))
    cl = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    to = ("127.0.0.1", port)
    if kind == "wireguard":
        # Handshake initiation (type 1) and response (type 2), then transport data (type 4).
        cl.sendto(b"\x01\x00\x00\x00" + os.urandom(144), to)
        _, back = srv.recvfrom(2048)
        srv.sendto(b"\x02\x00\x00\x00" + os.urandom(88), back)
        cl.recvfrom(2048)
        for i in range(4):
            cl.sendto(b"\x04\x00\x00\x00" + os.urandom(4) + i.to_bytes(8, "little") + os.urandom(48), to)
            srv.recvfrom(2048)
    else:
        # QUIC v1 Initial packets (long header, version 1), padded to 1200 bytes.
        def initial():
            dcid, scid = os.urandom(8), os.urandom(8)
            head = b"\xc3" + (1).to_bytes(4, "big") + bytes([8]) + dcid + bytes([8]) + scid + b"\x00"
            return head + os.urandom(1200 - len(head))
        cl.sendto(initial(), to)
        _, back = srv.recvfrom(2048)
        srv.sendto(initial(), back)
        cl.recvfrom(2048)
        for _ in range(3):
            cl.sendto(b"\x40" + os.urandom(60), to)
            srv.recvfrom(2048)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "relay":
        relay(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    elif cmd == "noise":
        noise_session(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    elif cmd == "bip324":
        bip324(int(sys.argv[2]), int(sys.argv[3]))
    elif cmd == "udp":
        udp(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(f"unknown command {cmd}")
