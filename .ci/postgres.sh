#!/usr/bin/env bash
# Start a private PostgreSQL on loopback for the tests and print its URL.
# Usage: eval "$(.ci/postgres.sh start DIR)"   ...   .ci/postgres.sh stop DIR
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data folder}
port=${PGTEST_PORT:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "PostgreSQL server binaries not found" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_pg "'$bindir/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1
    fi
    as_pg "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
    as_pg "'$bindir/psql' -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='organiser_test'\"" | grep -q 1 \
      || as_pg "'$bindir/createdb' -h 127.0.0.1 -p $port -U postgres organiser_test"
    echo "export ORGANISER_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:$port/organiser_test"
    ;;
  stop)
    as_pg "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    ;;
esac
