#!/usr/bin/env bash
# Rebuilds the wasm hash cores the web detector is tested on (committed as
# crates/minewatch-detect/tests/data/miners/*.wasm, so CI needs no wasm toolchain):
#   cn_core.wasm          CryptoNight-shaped: Keccak-f[1600], AES rounds, 2 MiB scratchpad
#   cn_core.stripped.wasm the same without names (what minified builds ship)
#   sha256d_core.wasm     a SHA-256d nonce-search loop over an 80-byte header
# Needs: rustup target add wasm32-unknown-unknown
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/crates/minewatch-detect/tests/miners/src"
out="$root/crates/minewatch-detect/tests/data/miners"
mkdir -p "$out"
build() {
  rustc --edition 2024 --target wasm32-unknown-unknown --crate-type cdylib -C opt-level=3 \
    -C panic=abort "$@"
}
build -o "$out/cn_core.wasm" "$src/cn_core.rs"
build -C strip=symbols -C debuginfo=0 -o "$out/cn_core.stripped.wasm" "$src/cn_core.rs"
build -o "$out/sha256d_core.wasm" "$src/sha256d_core.rs"
ls -l "$out"/*.wasm
