#!/usr/bin/env bash
# Runs schemathesis (PyPI) against a live `minewatch serve` on 127.0.0.1: generated requests
# for every operation in /v1/openapi.json; fails on any 5xx or any response that breaks the
# schema. Bounded by --max-time. Usage: scripts/schemathesis.sh [SECONDS] (default 90);
# scripts/schemathesis.sh --install only makes the venv (the test command does it with the
# other downloads, beside the lint).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_BUDGET="${1:-90}"
VENV=${SCHEMATHESIS_VENV:-target/schemathesis-venv}
if [ ! -x "$VENV/bin/st" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q schemathesis==4.32.5
fi
[ "$SECONDS_BUDGET" = "--install" ] && exit 0
BIN=target/debug/minewatch
[ -x "$BIN" ] || cargo build -q -p minewatch --locked
DATA=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$BIN" serve --offline --listen "127.0.0.1:$PORT" --stratum 127.0.0.1:0 --data "$DATA" \
  --admin-key-file "$DATA/admin.key" --key-rate 100000 --ip-rate 100000 >"$DATA/out.log" 2>"$DATA/err.log" &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do
  python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$PORT/v1/health', timeout=2)" 2>/dev/null && break
  sleep 0.2
done
KEY=$(cat "$DATA/admin.key")
# Every phase (examples, coverage, fuzzing, stateful links between operations) and every
# check, negative data included: schema-violating requests must be refused, statuses and
# headers documented. Left out: positive_data_acceptance, which expects every schema-valid
# request to succeed; the schema cannot say "hardware, or hashrate with power" for /v1/profit,
# nor which query words (kind, source, verdict) are accepted, so it flags correct 400s.
# One worker: CPython 3.11's ast.parse is not safe in concurrent threads, and hypothesis calls it
# to describe filters ("AST constructor recursion depth mismatch" seen with two workers).
"$VENV/bin/st" --config-file scripts/schemathesis.toml run "http://127.0.0.1:$PORT/v1/openapi.json" \
  -H "Authorization: Bearer $KEY" \
  --checks all --exclude-checks positive_data_acceptance \
  --max-time "$SECONDS_BUDGET" --workers 1 --no-color --suppress-health-check all
if grep -q "panicked" "$DATA/err.log"; then
  echo "the server panicked:" >&2
  grep -A5 panicked "$DATA/err.log" >&2
  exit 1
fi
