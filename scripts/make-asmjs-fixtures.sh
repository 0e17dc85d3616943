#!/usr/bin/env bash
# Rebuilds the asm.js fixtures of the robustness harness (issue 14) from the wasm variant cores:
# binaryen's wasm2js (npm binaryen@132.0.0) turns each core into asm.js-shaped JavaScript, some
# after our own wasm obfuscating transforms (crates/minewatch-harness), and terser (npm
# terser@5.44.1) minifies some (names mangled, helpers inlined, statements joined).
# Output: crates/minewatch-detect/tests/data/miners/asmjs/ with labels.tsv, and the hard
# negatives (hash, KDF and codec wasm from the npm corpus, as asm.js) in
# crates/minewatch-detect/tests/data/corpus/asmjs/ (needs bash scripts/fetch-npm-corpus.sh).
# Usage: bash scripts/make-asmjs-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=target/asmjs-tools
if [ ! -x "$TOOLS/node_modules/.bin/wasm2js" ] || [ ! -x "$TOOLS/node_modules/.bin/terser" ]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent binaryen@132.0.0 terser@5.44.1
fi
W2J="node $TOOLS/node_modules/binaryen/bin/wasm2js --enable-bulk-memory --enable-bulk-memory-opt --enable-sign-ext --enable-mutable-globals --enable-nontrapping-float-to-int"
TERSER="node $TOOLS/node_modules/.bin/terser"
cargo build -q --release -p minewatch-harness --example transform
TRANSFORM=target/release/examples/transform
SRC=crates/minewatch-detect/tests/data/miners/variants
OUT=crates/minewatch-detect/tests/data/miners/asmjs
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
rm -rf "$OUT"
mkdir -p "$OUT"
{
  echo "# asm.js CryptoNight and RandomX cores: wasm2js of the wasm variants, some through our obfuscating"
  echo "# transforms first (-O0 keeps what the transform did; -O2 is what a careful author ships),"
  echo "# some minified by terser. Rebuild: bash scripts/make-asmjs-fixtures.sh"
  echo "# Recall: minewatch eval web --labels $OUT/labels.tsv $OUT"
  printf 'path\tlabel\tfamily\n'
} >"$OUT/labels.tsv"
family() { case "$1" in cn_cn0*) echo cn/0 ;; cn_lite*) echo cn-lite ;; cn_pico*) echo cn-pico ;; cn_heavy*) echo cn-heavy ;; cn_half*) echo cn/half ;; cn_gpu*) echo cn/gpu ;; rx_light*) echo rx/0-light ;; esac; }
# Every variant, as wasm2js ships it.
for w in "$SRC"/*.wasm; do
  v=$(basename "$w" .wasm)
  $W2J "$w" -O2 -o "$OUT/$v.js"
  printf '%s\tminer\t%s\n' "$v.js" "$(family "$v")" >>"$OUT/labels.tsv"
done
# Obfuscated first, then turned into asm.js: as shipped (-O2, binaryen undoes part of the
# transform) for four variants, and unoptimised (-O0: the transform survives whole, and
# wasm2js's own helpers stay calls) for one.
emit() { # VARIANT TRANSFORM OPT
  "$TRANSFORM" "$SRC/$1.wasm" "$2" 7 "$TMP/$1.$2.wasm" >/dev/null
  $W2J "$TMP/$1.$2.wasm" "-$3" -o "$OUT/$1.$2.$3.js"
  printf '%s\tminer\t%s\n' "$1.$2.$3.js" "$(family "$1")" >>"$OUT/labels.tsv"
}
for v in cn_lite cn_pico_ttable cn_heavy cn_half_ttable rx_light; do
  emit "$v" all O2
done
for t in substitute wrap-functions; do
  emit cn_pico_ttable "$t" O2
done
for t in flatten wrap-functions all; do
  emit cn_lite "$t" O0
done
# The big one (over 700 KB): RandomX wrapped, unoptimised.
emit rx_light wrap-functions O0
# Constants moved out of the code into the module's data (read back from memory at run time):
# wasm2js writes the data segments into the buffer from base64 strings.
for v in cn_lite cn_heavy cn_pico_ttable rx_light; do
  emit "$v" load-constants O2
done
emit cn_lite load-constants O0
# Minified: names mangled (views and Math.imul under one-letter aliases), helpers inlined.
for v in cn_cn0 cn_lite_ttable cn_gpu rx_light; do
  $TERSER "$OUT/$v.js" --compress --mangle -o "$OUT/$v.min.js"
  printf '%s\tminer\t%s\n' "$v.min.js" "$(family "$v")" >>"$OUT/labels.tsv"
done
$TERSER "$OUT/cn_pico_ttable.all.O2.js" --compress --mangle -o "$OUT/cn_pico_ttable.all.min.js"
printf '%s\tminer\t%s\n' "cn_pico_ttable.all.min.js" "cn-pico" >>"$OUT/labels.tsv"
# Unoptimised and then minified: terser inlines compiler-rt's multiply into wasm2js's helper as
# a function called where it is written.
$TERSER "$OUT/cn_lite.all.O0.js" --compress --mangle -o "$OUT/cn_lite.all.O0.min.js"
printf '%s\tminer\t%s\n' "cn_lite.all.O0.min.js" "cn-lite" >>"$OUT/labels.tsv"
# Hard negatives: memory-hard (argon2), hash-table (lz4) and hash (SHA-256, xxHash) wasm from
# the pinned npm corpus, as asm.js: never `miner`.
NEG=crates/minewatch-detect/tests/data/corpus/asmjs
CORPUS=target/npm-corpus
rm -rf "$NEG"
mkdir -p "$NEG"
{
  echo "# Hard negatives as asm.js: wasm2js -O2 (and terser) of wasm from the npm corpus."
  echo "# Rebuild: bash scripts/fetch-npm-corpus.sh && bash scripts/make-asmjs-fixtures.sh"
  printf 'path\tlabel\tfamily\n'
} >"$NEG/labels.tsv"
neg() { # PACKAGE.tgz PATH-IN-PACKAGE NAME
  tar -xzf "$CORPUS/$1" -C "$TMP" "package/$2"
  $W2J "$TMP/package/$2" -O2 -o "$NEG/$3.js"
  printf '%s\tclean\t%s\n' "$3.js" "${1%.tgz}" >>"$NEG/labels.tsv"
}
neg argon2-browser-1.18.0.tgz dist/argon2.wasm argon2
neg lz4-wasm-0.9.2.tgz lz4_wasm_bg.wasm lz4
neg chainsafe-as-sha256-1.2.5.tgz build/optimized.wasm as-sha256
neg xxhash-wasm-1.1.0.tgz workerd/xxhash.wasm xxhash
for n in lz4 xxhash; do # (terser 5.44.1 writes invalid JS for argon2: `export i=...`)
  $TERSER "$NEG/$n.js" --compress --mangle -o "$NEG/$n.min.js"
  printf '%s\tclean\t%s\n' "$n.min.js" "$n" >>"$NEG/labels.tsv"
done
ls -la "$OUT" | tail -n +2 | awk '{s+=$5} END {print NR-1 " files, " s " bytes"}'
