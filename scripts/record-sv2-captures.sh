#!/usr/bin/env bash
# Records the Stratum V2 capture set in crates/minewatch-detect/tests/data/pcaps/sv2/ with
# tcpdump on the loopback interface: our V2 miner and pool (plain, split into 7-byte segments
# on a port that is not V2's, and a miner refusing a server whose key it did not pin), and the
# negatives that must not be taken for Stratum V2 (TLS, SSH, Noise over Curve25519 with and
# without length prefixes, BIP 324's handshake shape, WireGuard and QUIC datagrams).
# Needs root, tcpdump, openssl, openssh-server (sshd) and `pip install noiseprotocol`.
# Every peer listens on 127.0.0.1 only. Run from the repository root after a release build.
set -euo pipefail
out=crates/minewatch-detect/tests/data/pcaps/sv2
bin=target/release/minewatch
peers="python3 scripts/sv2-peers.py"
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
mkdir -p "$out"

# capture FILE FILTER COMMAND...: tcpdump around one command.
capture() {
  local file=$1 filter=$2
  shift 2
  tcpdump --immediate-mode -Z root -i lo -U -s 0 -c 600 -w "$out/$file" "$filter" 2>"$tmp/tcpdump.log" &
  local dump=$!
  sleep 1
  "$@" || true
  sleep 0.5
  kill -INT "$dump" 2>/dev/null || true
  wait "$dump" 2>/dev/null || true
  echo "$file: $(stat -c %s "$out/$file") bytes, $(grep -h "packets captured" "$tmp/tcpdump.log" || echo "tcpdump said: $(cat "$tmp/tcpdump.log")")"
}

pool_url() { # starts a V2 pool on $1 with key file $2, prints its stratum2+tcp URL
  "$bin" pool --db :memory: --listen 127.0.0.1:0 --sv2 "127.0.0.1:$1" --sv2-key "$2" 2>"$tmp/pool-$1.log" >/dev/null &
  for _ in $(seq 50); do grep -q stratum2 "$tmp/pool-$1.log" 2>/dev/null && break; sleep 0.1; done
  grep -o 'stratum2+tcp://[^ ]*' "$tmp/pool-$1.log"
}

url=$(pool_url 34254 "$tmp/a.key")
capture v2-session.pcap 'tcp port 34254' timeout -s TERM 2 "$bin" mine --threads 1 --user vera --pool "$url"

$peers relay 4444 34254 7 &
sleep 0.3
capture v2-session-split-port-4444.pcap 'tcp port 4444' timeout -s TERM 2 "$bin" mine --threads 1 --user vera --pool "${url/34254/4444}"

# A valid key that is not the pool's: the reference implementation's published test key.
wrong=9auqWEzQDVyd2oe1JVGFLMLHZtCo2FFqZwtKA5gd9xbuEu7PH72
capture v2-refused-wrong-key.pcap 'tcp port 34254' timeout -s TERM 1 "$bin" mine --threads 1 --user vera --pool "stratum2+tcp://127.0.0.1:34254/$wrong"

pkill -f -- "--sv2 127.0.0.1:34254" || true
sleep 0.5

# Negatives.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$tmp/k.pem" -out "$tmp/c.pem" -days 1 -subj /CN=localhost 2>/dev/null
openssl s_server -accept 127.0.0.1:3336 -cert "$tmp/c.pem" -key "$tmp/k.pem" -quiet >/dev/null 2>&1 &
sleep 0.5
capture negative-tls-port-3336.pcap 'tcp port 3336' bash -c '(echo "GET / HTTP/1.0"; sleep 0.5) | timeout 3 openssl s_client -connect 127.0.0.1:3336 -quiet >/dev/null 2>&1'

mkdir -p /run/sshd
ssh-keygen -q -t ed25519 -f "$tmp/host" -N ''
/usr/sbin/sshd -D -p 2222 -o ListenAddress=127.0.0.1 -h "$tmp/host" -o PidFile="$tmp/sshd.pid" >/dev/null 2>&1 &
sleep 0.5
capture negative-ssh.pcap 'tcp port 2222' timeout 5 ssh -p 2222 -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null nobody@127.0.0.1 true

capture negative-noise-nx-raw-port-34254.pcap 'tcp port 34254' $peers noise 34254 NX raw
capture negative-noise-xx-len16.pcap 'tcp port 45002' $peers noise 45002 XX len16
capture negative-bip324-no-garbage.pcap 'tcp port 45003' $peers bip324 45003 0
capture negative-bip324-garbage.pcap 'tcp port 45004' $peers bip324 45004 170
capture negative-wireguard.pcap 'udp port 51820' $peers udp 51820 wireguard
capture negative-quic.pcap 'udp port 34254' $peers udp 34254 quic
