#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, from Debian's `postgresql` server binaries:
# its own data directory, listening on 127.0.0.1 only, trust authentication for the user
# `minewatch` (nothing but this machine can reach it).
#
#   bash scripts/postgres.sh start DIR [PORT]
#                                        initdb DIR (if empty), start it on PORT (default: a
#                                        free one), print its URL
#   bash scripts/postgres.sh stop DIR    stop it (fast shutdown)
#
# The server refuses to run as root: as root the cluster belongs to Debian's `postgres` user
# (created by the package) and its commands run through runuser, so DIR's parent directories
# must be open to that user (scripts/test.sh makes its temporary directory 755).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
port=${3:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: scripts/postgres.sh start DIR [PORT] | stop DIR" >&2; exit 2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/pg_ctl" ] || {
  echo "PostgreSQL's server is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): apt-get install postgresql" >&2
  exit 1
}
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir" && chmod 700 "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bindir/initdb" -D "$dir" -U minewatch -A trust -E UTF8 --no-instructions >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
    fi
    [ -n "$port" ] || port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Sockets in the data directory (not /var/run/postgresql, which needs the package's service);
    # up to 300 connections: the fleet tests run many processes at once.
    as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300" >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://minewatch@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -f "$dir/postmaster.pid" ] && as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *)
    echo "scripts/postgres.sh: unknown command $cmd (expected start or stop)" >&2
    exit 2
    ;;
esac
