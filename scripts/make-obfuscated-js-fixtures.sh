#!/usr/bin/env bash
# Rebuilds the obfuscated-JavaScript fixtures of the robustness harness (issue 14): our two test
# loaders (crates/minewatch-detect/tests/miners/*.template.js: a CoinHive-style websocket miner
# with a CryptoNight wasm core as base64, a Stratum-over-websocket miner with a SHA-256d core as a
# byte array) through javascript-obfuscator (npm javascript-obfuscator@4.2.2) with each family of
# its options: base64 and rc4 string arrays, rotation, shuffling, index shift, wrapper functions
# with chained calls, calls transform, split strings, control-flow flattening, dead code,
# self-defending and debug protection, numbers as expressions, object keys moved, unicode
# escapes, renamed globals, and its presets. The CoinHive-style loader carries cn-lite through
# our own wasm transforms (`all`, seed 7: constants encoded, flattened, exports renamed) so
# both layers are obfuscated at once.
# Hard negatives: benign library code from the npm corpus (a Keccak implementation, a wasm loader
# with its module as base64, a random-id generator) through the same options; none may be called
# a miner (needs bash scripts/fetch-npm-corpus.sh).
# Pages that configure and start a miner in an inline script (and benign pages of that outline)
# get their inline scripts obfuscated the same way.
# Output: crates/minewatch-detect/tests/data/miners/obfuscated-js/ and
# crates/minewatch-detect/tests/data/corpus/obfuscated-js/, loaders/ and pages/ beside them, each
# with labels.tsv.
# Usage: bash scripts/make-obfuscated-js-fixtures.sh [--wide DIR]
#   --wide DIR   every profile, seeds 1-3, into DIR instead (the sweep behind the figures in the
#                notes; not checked in)
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=target/js-tools
if [ ! -d "$TOOLS/node_modules/javascript-obfuscator" ] || [ ! -d "$TOOLS/node_modules/terser" ]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent javascript-obfuscator@4.2.2 terser@5.44.1
fi
wide=""
if [ "${1:-}" = "--wide" ]; then
  wide="${2:?--wide needs a directory}"
fi
cargo build -q --release -p minewatch-harness --example transform
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
MINERS=crates/minewatch-detect/tests/miners
VARIANTS=crates/minewatch-detect/tests/data/miners/variants

# The loaders in the clear: cn-lite obfuscated by our wasm transforms inside the CoinHive-style
# one; the SHA-256d core (as scripts/build-test-wasm.sh embeds it) inside the Stratum one.
target/release/examples/transform "$VARIANTS/cn_lite.wasm" all 7 "$TMP/cn_lite.all.wasm" >/dev/null
b64=$(base64 -w0 "$TMP/cn_lite.all.wasm")
sed "s|@WASM_BASE64@|$b64|" "$MINERS/ws-miner.template.js" >"$TMP/ws-miner.js"
cp crates/minewatch-detect/tests/data/miners/btc-ws-miner.js "$TMP/btc-ws-miner.js"

# Hard negatives in the clear, from the corpus tarballs.
CORPUS=target/npm-corpus
[ -f "$CORPUS/js-sha3-0.13.0.tgz" ] || { echo "run bash scripts/fetch-npm-corpus.sh first" >&2; exit 1; }
tar -xzf "$CORPUS/js-sha3-0.13.0.tgz" -O package/src/sha3.js >"$TMP/js-sha3.js"
tar -xzf "$CORPUS/xxhash-wasm-1.1.0.tgz" -O package/umd/xxhash-wasm.js >"$TMP/xxhash-wasm.js"
tar -xzf "$CORPUS/nanoid-6.0.2.tgz" -O package/index.browser.js >"$TMP/nanoid.js"

cat >"$TMP/obfuscate.cjs" <<'EOF'
// node obfuscate.cjs IN OUT PROFILE SEED
const O = require(process.env.OBFUSCATOR);
const fs = require('fs');
const [input, output, profile, seed] = process.argv.slice(2);
const profiles = {
  // Strings in a base64 array reached through wrapper functions with chained calls, index shift
  // and calls moved into objects.
  'base64-wrappers': { stringArrayEncoding: ['base64'], stringArrayCallsTransform: true,
    stringArrayCallsTransformThreshold: 1, stringArrayIndexShift: true, stringArrayWrappersCount: 3,
    stringArrayWrappersType: 'function', stringArrayWrappersParametersMaxCount: 5,
    stringArrayWrappersChainedCalls: true, stringArrayIndexesType: ['hexadecimal-numeric-string'] },
  // rc4 string array with the self-defending and debug-protection code around it.
  'rc4-self-defending': { stringArrayEncoding: ['rc4'], selfDefending: true, debugProtection: true,
    disableConsoleOutput: true },
  // Every statement behind a flattened dispatcher, dead code injected everywhere.
  'flatten-dead-code': { stringArrayEncoding: ['base64'], controlFlowFlattening: true,
    controlFlowFlatteningThreshold: 1, deadCodeInjection: true, deadCodeInjectionThreshold: 1 },
  // rc4 array, strings split in 4-character pieces, globals renamed.
  'rc4-split-renamed': { stringArrayEncoding: ['rc4'], splitStrings: true, splitStringsChunkLength: 4,
    renameGlobals: true, identifierNamesGenerator: 'mangled-shuffled' },
  // Numbers as arithmetic, object keys moved into assignments, unicode escapes.
  'numbers-objects': { stringArrayEncoding: ['base64'], numbersToExpressions: true,
    transformObjectKeys: true, unicodeEscapeSequence: true, simplify: true },
  'preset-medium': { optionsPreset: 'medium-obfuscation' },
  'preset-high': { optionsPreset: 'high-obfuscation' },
  'preset-default': { optionsPreset: 'default' },
};
const options = profiles[profile];
if (!options) { console.error(`unknown profile ${profile}`); process.exit(2); }
const code = fs.readFileSync(input, 'utf8');
const out = O.obfuscate(code, { ...options, seed: Number(seed), target: 'browser' });
fs.writeFileSync(output, out.getObfuscatedCode());
EOF
export OBFUSCATOR="$PWD/$TOOLS/node_modules/javascript-obfuscator"
obf() { node "$TMP/obfuscate.cjs" "$@"; }
header() { # DIR WHAT
  {
    echo "# $2 through javascript-obfuscator 4.2.2 (profile, seed in the name)."
    echo "# Rebuild: bash scripts/make-obfuscated-js-fixtures.sh"
    echo "# Recall / false positives: minewatch eval web --labels $1/labels.tsv $1"
    printf 'path\tlabel\tfamily\n'
  } >"$1/labels.tsv"
}

if [ -n "$wide" ]; then
  mkdir -p "$wide/miners" "$wide/negatives"
  header "$wide/miners" "Test loaders"
  header "$wide/negatives" "Benign library code"
  for p in base64-wrappers rc4-self-defending flatten-dead-code rc4-split-renamed numbers-objects preset-default preset-medium preset-high; do
    for seed in 1 2 3; do
      for t in ws-miner btc-ws-miner; do
        obf "$TMP/$t.js" "$wide/miners/$t.$p.$seed.js" "$p" "$seed"
        printf '%s\tminer\t%s\n' "$t.$p.$seed.js" "$p" >>"$wide/miners/labels.tsv"
      done
      for n in js-sha3 xxhash-wasm nanoid; do
        obf "$TMP/$n.js" "$wide/negatives/$n.$p.$seed.js" "$p" "$seed"
        printf '%s\tclean\t%s\n' "$n.$p.$seed.js" "$p" >>"$wide/negatives/labels.tsv"
      done
    done
  done
  exit 0
fi

OUT=crates/minewatch-detect/tests/data/miners/obfuscated-js
NEG=crates/minewatch-detect/tests/data/corpus/obfuscated-js
rm -rf "$OUT" "$NEG"
mkdir -p "$OUT" "$NEG"
header "$OUT" "Test loaders (cn-lite through our wasm transforms; SHA-256d)"
header "$NEG" "Benign library code from the npm corpus"
for p in base64-wrappers rc4-self-defending flatten-dead-code rc4-split-renamed numbers-objects preset-medium; do
  for t in ws-miner btc-ws-miner; do
    obf "$TMP/$t.js" "$OUT/$t.$p.1.js" "$p" 1
    printf '%s\tminer\t%s\n' "$t.$p.1.js" "$p" >>"$OUT/labels.tsv"
  done
done
for p in base64-wrappers rc4-self-defending numbers-objects; do
  for n in js-sha3 xxhash-wasm nanoid; do
    obf "$TMP/$n.js" "$NEG/$n.$p.1.js" "$p" 1
    printf '%s\tclean\t%s\n' "$n.$p.1.js" "$p" >>"$NEG/labels.tsv"
  done
done
# Loaders without a pool client (mining workers: jobs by message, a hash call in a loop over a
# nonce, results posted back), in the clear, minified and obfuscated; and a benign worker of the
# same outline. The clear files are the sources (hand-written, kept beside their variants).
LOAD=crates/minewatch-detect/tests/data/miners/loaders
NEGL=crates/minewatch-detect/tests/data/corpus/loaders
cp "$LOAD/cn-worker.js" "$LOAD/rx-worker.js" "$NEGL/image-worker.js" "$TMP/"
rm -rf "$LOAD" "$NEGL"
mkdir -p "$LOAD" "$NEGL"
header "$LOAD" "Mining workers (the clear files are the hand-written sources), minified by terser 5.44.1 or"
header "$NEGL" "A benign worker of a mining worker's outline, minified by terser 5.44.1 or"
for w in cn-worker rx-worker image-worker; do
  dir=$LOAD label=miner
  [ "$w" = image-worker ] && dir=$NEGL label=clean
  cp "$TMP/$w.js" "$dir/$w.js"
  node "$TOOLS/node_modules/terser/bin/terser" "$TMP/$w.js" -c -m --toplevel -o "$dir/$w.min.js"
  for p in base64-wrappers flatten-dead-code rc4-self-defending; do
    obf "$TMP/$w.js" "$dir/$w.$p.1.js" "$p" 1
  done
  for v in "" .min .base64-wrappers.1 .flatten-dead-code.1 .rc4-self-defending.1; do
    printf '%s\t%s\t%s\n' "$w$v.js" "$label" "$w" >>"$dir/labels.tsv"
  done
done
# Pages that configure and start a miner in an inline script (a wallet or site key, a pool,
# knobs), with their inline scripts obfuscated; and benign pages of the same outline (a donation
# address, a search key, a pool's statistics page, an SDK with a licence and threads). The
# clear pages are the sources (hand-written, kept beside their variants).
PAGES=crates/minewatch-detect/tests/data/miners/pages
NEGP=crates/minewatch-detect/tests/data/corpus/pages
cat >"$TMP/page.cjs" <<'EOF'
// node page.cjs IN OUT PROFILE SEED: the page with every inline script obfuscated.
const O = require(process.env.OBFUSCATOR);
const fs = require('fs');
const [input, output, profile, seed] = process.argv.slice(2);
const profiles = {
  'base64-wrappers': { stringArrayEncoding: ['base64'], stringArrayThreshold: 1,
    stringArrayWrappersCount: 2, stringArrayWrappersChainedCalls: true, stringArrayIndexShift: true },
  'rc4-split': { stringArrayEncoding: ['rc4'], stringArrayThreshold: 1, splitStrings: true,
    splitStringsChunkLength: 6 },
  'flatten-objects': { stringArrayEncoding: ['base64'], stringArrayThreshold: 1,
    controlFlowFlattening: true, controlFlowFlatteningThreshold: 1, transformObjectKeys: true },
};
const html = fs.readFileSync(input, 'utf8');
const out = html.replace(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g, (_, attrs, body) =>
  `<script${attrs}>${O.obfuscate(body, { ...profiles[profile], seed: Number(seed), target: 'browser' }).getObfuscatedCode()}</script>`);
fs.writeFileSync(output, out);
EOF
mkdir -p "$TMP/pages" "$TMP/negpages"
cp "$PAGES"/*[a-z].html "$TMP/pages/"
cp "$NEGP"/*[a-z].html "$TMP/negpages/"
rm -rf "$PAGES" "$NEGP"
mkdir -p "$PAGES" "$NEGP"
header "$PAGES" "Pages that configure and start a miner (the clear pages are the hand-written sources), inline scripts"
header "$NEGP" "Benign pages of the same outline (the clear pages are the hand-written sources), inline scripts"
for dir in "$PAGES" "$NEGP"; do
  src=$TMP/pages label=miner
  [ "$dir" = "$NEGP" ] && src=$TMP/negpages label=clean
  for f in "$src"/*.html; do
    b=$(basename "$f" .html)
    cp "$f" "$dir/$b.html"
    printf '%s\t%s\t%s\n' "$b.html" "$label" "$b" >>"$dir/labels.tsv"
    for p in base64-wrappers rc4-split flatten-objects; do
      node "$TMP/page.cjs" "$f" "$dir/$b.$p.1.html" "$p" 1
      printf '%s\t%s\t%s\n' "$b.$p.1.html" "$label" "$b" >>"$dir/labels.tsv"
    done
  done
done
ls -la "$OUT" "$NEG" "$LOAD" "$NEGL" "$PAGES" "$NEGP"
