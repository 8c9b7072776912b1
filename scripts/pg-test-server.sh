#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL server on 127.0.0.1 for the tests.
#   scripts/pg-test-server.sh start   -> prints the admin connection URL
#   scripts/pg-test-server.sh stop
#   scripts/pg-test-server.sh pause | resume   -> stops / starts the server, keeping its data (outage tests)
# Uses Debian's server binaries (apt-get install postgresql). initdb refuses
# to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail
PORT="${PG_TEST_PORT:-54329}"
DIR="${PG_TEST_DIR:-/tmp/tracker-pg-test-$PORT}"

bindir() {
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  echo "No PostgreSQL server found: install it (Debian: apt-get install -y postgresql)." >&2
  exit 1
}

launch() {
  as_pg "$1/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $PORT -k $DIR -c fsync=on -c max_connections=200" start >/dev/null
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    BIN=$(bindir)
    if [ -f "$DIR/data/postmaster.pid" ]; then as_pg "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"; mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >"$DIR/initdb.log" 2>&1
    launch "$BIN"
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    BIN=$(bindir)
    [ -d "$DIR/data" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
  pause)
    as_pg "$(bindir)/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    ;;
  resume)
    launch "$(bindir)"
    ;;
  *)
    echo "usage: $0 start|stop|pause|resume" >&2; exit 2 ;;
esac
