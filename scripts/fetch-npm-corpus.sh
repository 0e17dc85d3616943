#!/usr/bin/env bash
# Fetches the npm packages of the detection corpus (hard negatives and the CoinHive-era positive)
# with `npm pack`, into target/npm-corpus (or $MINEWATCH_NPM_CORPUS). Packages already there are
# kept, so reruns cost nothing. Run by .ci/run before the tests; run it yourself once before
# `cargo test -p minewatch-detect`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${MINEWATCH_NPM_CORPUS:-$root/target/npm-corpus}"
mkdir -p "$dest"
for list in "$root"/crates/minewatch-detect/tests/data/corpus/npm-*.tsv; do
  tail -n +2 "$list" | while IFS=$'\t' read -r name version _; do
    [ -n "$name" ] || continue
    file="$(echo "${name#@}" | tr '/' '-')-${version}.tgz"
    if [ ! -s "$dest/$file" ]; then
      (cd "$dest" && npm pack --silent "${name}@${version}" >/dev/null)
    fi
    [ -s "$dest/$file" ] || { echo "npm pack ${name}@${version} did not produce $file" >&2; exit 1; }
  done
done
echo "npm corpus in $dest: $(ls "$dest"/*.tgz | wc -l) packages"
