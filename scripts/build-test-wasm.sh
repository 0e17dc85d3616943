#!/usr/bin/env bash
# Rebuilds the wasm hash cores the web detector is tested on (committed as
# crates/minewatch-detect/tests/data/miners/*.wasm, so CI needs no wasm toolchain):
#   cn_core.wasm          CryptoNight-shaped: Keccak-f[1600], AES rounds, 2 MiB scratchpad
#   cn_core.stripped.wasm the same without names (what minified builds ship)
#   sha256d_core.wasm     a SHA-256d nonce-search loop over an 80-byte header
#   variants/cn_VARIANT[_ttable].wasm  the CryptoNight family for the robustness harness
#                         (minewatch-harness): cn/0, cn/half, cn-lite, cn-pico, cn-heavy, cn/gpu,
#                         each with byte S-box AES and with T-table AES, names stripped
#   variants/rx_light.wasm RandomX-shaped, light mode: Argon2d cache, SuperscalarHash dataset
#                         items, AES generators, the program VM (an interpreter), names stripped
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
mkdir -p "$out/variants"
for v in cn0 half lite pico heavy gpu; do
  build -C strip=symbols -C debuginfo=0 --cfg "variant=\"$v\"" \
    -o "$out/variants/cn_$v.wasm" "$src/cn_variant.rs"
  build -C strip=symbols -C debuginfo=0 --cfg "variant=\"$v\"" --cfg ttable \
    -o "$out/variants/cn_${v}_ttable.wasm" "$src/cn_variant.rs"
done
# RandomX in light mode (16 MiB cache; see the source's header for where it is not RandomX).
build -C strip=symbols -C debuginfo=0 -o "$out/variants/rx_light.wasm" "$src/rx_light.rs"
ls -l "$out"/*.wasm "$out"/variants/*.wasm
