#!/usr/bin/env bash
# Builds the browser extension into target/extension (or $1): load that folder unpacked
# (chrome://extensions, Developer mode, "Load unpacked"). Everything it runs is in the folder:
#   engine.wasm          crates/minewatch-wasm for wasm32-unknown-unknown (the web detector)
#   rules/blocklist.json `minewatch blocklist export --format dnr` (NoCoin, MinerBlock, ...)
#   cost.json            `minewatch jacking-cost --cpu-seconds 3600` (the popup scales it)
#   the files in extension/
# Needs the wasm32-unknown-unknown target (added with rustup when missing).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/target/extension}"
cd "$root"
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
# Its own target directory and a stripped build optimised for size: the host build stays
# untouched. The engine must stay under 6 MB (tests/extension.rs checks): 4.9 MB at opt-level 3
# before the bounded interpreter (wasmi, without SIMD) came in, 6.3 MB with it, 5.6 MB at "s";
# wasmi 2 made it 6.1 MB at "s", 5.7 MB at "z".
CARGO_TARGET_DIR="$root/target/wasm" \
CARGO_PROFILE_RELEASE_DEBUG=false \
CARGO_PROFILE_RELEASE_STRIP=true \
CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
CARGO_PROFILE_RELEASE_OPT_LEVEL=z \
  cargo build --locked --quiet -p minewatch-wasm --target wasm32-unknown-unknown --release
# The host binary writes the rules and the cost table. scripts/test.sh passes the one
# `cargo test` built (MINEWATCH_BIN) instead of a second build with other features.
mw="${MINEWATCH_BIN:-}"
if [ -z "$mw" ]; then
  cargo build --locked --quiet -p minewatch
  mw="$root/target/debug/minewatch"
fi
tmp="$out.tmp"
rm -rf "$tmp"
mkdir -p "$tmp/rules" "$tmp/icons"
cp extension/manifest.json extension/*.js extension/*.html extension/*.css "$tmp/"
cp extension/icons/*.png "$tmp/icons/"
cp "$root/target/wasm/wasm32-unknown-unknown/release/minewatch_wasm.wasm" "$tmp/engine.wasm"
"$mw" --quiet blocklist export --format dnr > "$tmp/rules/blocklist.json"
"$mw" --quiet jacking-cost --cpu-seconds 3600 --offline --json > "$tmp/cost.json"
rm -rf "$out"
mv "$tmp" "$out"
echo "extension built in $out ($(du -sh "$out" | cut -f1); engine $(du -h "$out/engine.wasm" | cut -f1), $(grep -c '"id"' "$out/rules/blocklist.json") blocking rules)"
