#!/usr/bin/env bash
# The Stratum V2 reference translator (translator_sv2 from crates.io) between minewatch's V1
# miner and minewatch's V2 pool, all on 127.0.0.1: its extended channel on our pool, our
# miner's shares through it. Not part of scripts/test.sh: building the translator takes about
# 2.5 minutes of CI's 20 (see docs/stratum-v2.md). Run from the repository root after
# `cargo build --release -p minewatch`. Fails unless the pool records accepted shares from the
# translator's channel.
set -euo pipefail
bin=$PWD/target/release/minewatch
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
if ! command -v translator_sv2 >/dev/null; then
  cargo install --locked --root "$HOME/.cache/minewatch-sv2bin" --no-default-features translator_sv2@0.6.0
  export PATH="$HOME/.cache/minewatch-sv2bin/bin:$PATH"
fi
"$bin" pool --json --db :memory: --listen 127.0.0.1:43331 --sv2 127.0.0.1:43332 --sv2-key "$tmp/key" >"$tmp/pool.json" 2>"$tmp/pool.err" &
for _ in $(seq 50); do grep -q stratum2 "$tmp/pool.err" 2>/dev/null && break; sleep 0.1; done
key=$(grep -o 'stratum2+tcp://[^ ]*' "$tmp/pool.err" | sed 's/.*\///')
cat >"$tmp/tproxy.toml" <<EOF
downstream_address = "127.0.0.1"
downstream_port = 43334
max_supported_version = 2
min_supported_version = 2
downstream_extranonce2_size = 4
verify_payout = false
aggregate_channels = false
supported_extensions = []
[downstream_difficulty_config]
min_individual_miner_hashrate = 1000000.0
shares_per_minute = 60.0
enable_vardiff = false
job_keepalive_interval_secs = 60
[[upstreams]]
address = "127.0.0.1"
port = 43332
authority_pubkey = "$key"
user_identity = "tproxy"
EOF
translator_sv2 -c "$tmp/tproxy.toml" >"$tmp/tproxy.log" 2>&1 &
sleep 2
timeout -s TERM 10 "$bin" mine --threads 1 --user sri-miner --pool stratum+tcp://127.0.0.1:43334 || true
accepted=$(grep '"event":"share"' "$tmp/pool.json" | grep -c '"accepted":true' || true)
rejected=$(grep '"event":"share"' "$tmp/pool.json" | grep -c '"accepted":false' || true)
echo "pool: $accepted shares accepted, $rejected rejected through translator_sv2"
[ "$accepted" -gt 0 ]
