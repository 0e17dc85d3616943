#!/usr/bin/env bash
# The README's test command: does every set-up step a fresh machine needs, then runs every test.
#
#   bash scripts/test.sh            set up (idempotent, cached), then cargo test and schemathesis
#   bash scripts/test.sh --setup    set up only
#   bash scripts/test.sh --fetch    only what comes over the network (packages, npm, corpus)
#   bash scripts/test.sh -- ARGS    extra arguments for `cargo test` (e.g. -p minewatch-pow)
#
# A fresh machine has the Rust toolchain, gcc, Python 3.11 and Node 20. This script adds:
#   rustfmt, clippy and the wasm32-unknown-unknown target (rustup, when missing);
#   Debian packages chromium (dashboard and extension tests), tcpdump (recorded mining sessions),
#     iproute2 (XMRig's own network namespace), xz-utils and openssl (benign heavy work in host
#     tests), postgresql (the server the pool's shared ledger is tested on): apt-get, through
#     sudo when not root;
#   npm packages of interop/ (stratum-client, playwright-core, ws): npm ci;
#   the detector's npm corpus (scripts/fetch-npm-corpus.sh, cached in target/npm-corpus);
#   the Stratum V2 reference translator from crates.io (scripts/install-sri-translator.sh,
#     cached in target/sv2-tools);
#   the browser extension (scripts/build-extension.sh, into target/extension);
#   schemathesis in a venv (scripts/schemathesis.sh, run after the tests);
#   a throwaway PostgreSQL cluster for the tests (scripts/postgres.sh, in a temporary directory,
#     127.0.0.1 only), started before the tests and stopped when this script exits; the tests
#     find it in MINEWATCH_TEST_POSTGRES.
#
# Tests that start XMRig need a network namespace of their own: as root they use `unshare
# --net`; as another user they use an unprivileged user namespace where the kernel allows one,
# and otherwise fail naming what they need (this script says so before it starts).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*" >&2; }
setup_only=0
fetch_only=0
cargo_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --setup) setup_only=1 ;;
    --fetch) fetch_only=1 ;;
    --) shift; cargo_args=("$@"); break ;;
    *) echo "scripts/test.sh: unknown argument $1 (expected --setup, --fetch or -- CARGO_TEST_ARGS)" >&2; exit 2 ;;
  esac
  shift
done

step "toolchain"
cargo --version
for c in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$c" || rustup component add "$c"
done
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

step "Debian packages"
need=""
for pair in chromium:/usr/bin/chromium tcpdump:/usr/bin/tcpdump iproute2:/usr/sbin/ip xz-utils:/usr/bin/xz openssl:/usr/bin/openssl; do
  [ -x "${pair#*:}" ] || need="$need ${pair%%:*}"
done
compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || need="$need postgresql"
if [ -n "$need" ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "need Debian packages$need: run as root or install sudo" >&2; exit 1; }
    SUDO="sudo"
  fi
  $SUDO apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $need
fi
/usr/bin/chromium --version

step "npm packages for the interop tests"
for d in interop/stratum-client interop/dashboard interop/extension; do
  # npm ci only when the lock file differs from the one last installed.
  if ! cmp -s "$d/package-lock.json" "$d/node_modules/.minewatch-installed-lock" 2>/dev/null; then
    (cd "$d" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$d/package-lock.json" "$d/node_modules/.minewatch-installed-lock"
  fi
done

step "npm corpus for the web detector (target/npm-corpus)"
bash scripts/fetch-npm-corpus.sh

step "the Stratum V2 reference translator (target/sv2-tools)"
bash scripts/install-sri-translator.sh

step "schemathesis in a venv (target/schemathesis-venv), for after the tests"
bash scripts/schemathesis.sh --install

[ "$fetch_only" = 1 ] && exit 0

# Test targets only (--tests: libraries', binaries' and integration tests): the examples are
# linked by nothing a test runs (clippy --all-targets checks them), and doc tests run last.
step "build every test (the binary the extension build and schemathesis use comes with it)"
cargo test --workspace --locked --tests --no-run "${cargo_args[@]}"

step "the browser extension (target/extension)"
if [ ${#cargo_args[@]} -eq 0 ]; then
  MINEWATCH_BIN="$PWD/target/debug/minewatch" bash scripts/build-extension.sh
else
  bash scripts/build-extension.sh
fi

if [ "$(id -u)" != 0 ]; then
  if unshare --user --map-root-user --net true 2>/dev/null; then
    echo "not root: the XMRig host tests use unprivileged user namespaces" >&2
  else
    echo "not root and no unprivileged user namespaces: the XMRig host tests (cargo test -p minewatch --test cli host::xmrig) will fail, naming this; run as root to pass them" >&2
  fi
fi

[ "$setup_only" = 1 ] && exit 0

step "a throwaway PostgreSQL cluster for the tests (scripts/postgres.sh)"
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/minewatch-pg.XXXXXX")
chmod 755 "$pg_dir" # as root the cluster belongs to the postgres user, who must reach it
trap 'bash scripts/postgres.sh stop "$pg_dir/data" || true; rm -rf "$pg_dir"' EXIT
MINEWATCH_TEST_POSTGRES=$(bash scripts/postgres.sh start "$pg_dir/data")
export MINEWATCH_TEST_POSTGRES
echo "PostgreSQL for the tests: $MINEWATCH_TEST_POSTGRES" >&2

step "cargo test --workspace --locked --tests"
cargo test --workspace --locked --tests "${cargo_args[@]}"
if [ ${#cargo_args[@]} -eq 0 ]; then
  step "cargo test --workspace --locked --doc"
  cargo test --workspace --locked --doc
fi

if [ ${#cargo_args[@]} -eq 0 ]; then
  step "schemathesis against the live API (bounded)"
  bash scripts/schemathesis.sh 30
fi
