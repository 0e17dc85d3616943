#!/usr/bin/env bash
# Load on loopback with wrk (Debian package `wrk`): /v1/health and POST /v1/profit (30-day
# projection, figures given) against a release `minewatch serve --offline`. Prints one JSON
# line per endpoint: requests/s, p50/p99 latency, errors. Usage:
#   scripts/bench-api.sh [SECONDS] [CONNECTIONS]   (default 10 s, 64 connections)
# wrk and the server share this machine's cores: the figures are for that setup.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
CONNS="${2:-64}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
cargo build -q --release -p minewatch --locked
BIN=target/release/minewatch
DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --offline --listen "127.0.0.1:$PORT" --stratum off --data "$DATA" \
  --admin-key-file "$DATA/admin.key" --key-rate 10000000 --ip-rate 10000000 2>"$DATA/err.log" &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/v1/health', timeout=2)" 2>/dev/null && break
  sleep 0.2
done
KEY=$(cat "$DATA/admin.key")
cat >"$DATA/profit.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $KEY"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"hardware":"Antminer S21","power_price":0.05,"horizon":"30d","btc_price":100000,"difficulty":1.1e14,"fees_per_block":0.02,"start_height":900000}'
LUA
cat >"$DATA/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format('{"requests":%d,"seconds":%.3f,"req_per_s":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"errors":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
LUA
run() {
  local name=$1 path=$2 script=$3
  local line
  line=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" -s "$script" "http://127.0.0.1:$PORT$path" | grep '^{"requests"')
  echo "{\"bench\":\"api\",\"endpoint\":\"$name\",\"connections\":$CONNS,${line:1}"
}
cat "$DATA/report.lua" >"$DATA/health.lua"
cat "$DATA/report.lua" >>"$DATA/profit.lua"
run health /v1/health "$DATA/health.lua"
run profit /v1/profit "$DATA/profit.lua"
