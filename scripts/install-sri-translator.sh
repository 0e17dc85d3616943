#!/usr/bin/env bash
# Installs the Stratum V2 reference translator (translator_sv2 0.6.0 from crates.io, with its
# own lock file) into target/sv2-tools, for the interop test that puts it between minewatch's
# V1 miner and minewatch's V2 pool (tests/cli/interop_sri.rs). Unoptimised: it only relays a
# test's shares, and that halves its build (about 1 minute here instead of 2). Cached: does
# nothing when the binary is there.
set -euo pipefail
cd "$(dirname "$0")/.."
root=target/sv2-tools
if [ -x "$root/bin/translator_sv2" ]; then
  echo "translator_sv2 already in $root"
  exit 0
fi
CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 \
CARGO_PROFILE_RELEASE_DEBUG=false CARGO_PROFILE_RELEASE_LTO=false \
CARGO_TARGET_DIR=target/sv2-tools-build \
  cargo install --locked --quiet --root "$root" --no-default-features translator_sv2@0.6.0
rm -rf target/sv2-tools-build
echo "translator_sv2 installed in $root"
