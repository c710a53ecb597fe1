#!/usr/bin/env bash
# Runs every test: starts a throwaway PostgreSQL 15 cluster (Unix socket only) for the PostgreSQL
# tests, runs CTest, and stops the cluster again, also when tests fail.
set -euo pipefail

build_dir=${1:-build}
shift || true

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    echo "PostgreSQL server binaries not found (package postgresql)." >&2
    exit 1
fi

work=$(mktemp -d /tmp/uniondesk-pg.XXXXXX)
chmod 755 "$work"
mkdir -p "$work/data" "$work/sock" "$work/log"
port=$((20000 + RANDOM % 20000))

as_pg=()
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$work/data" "$work/sock" "$work/log"
    as_pg=(runuser -u postgres --)
fi

stop_cluster() {
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop_cluster EXIT

pg_user=$(if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi)
"${as_pg[@]}" "$pg_bin/initdb" -D "$work/data" -U "$pg_user" -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$work/log/initdb.log" 2>&1 \
    || { cat "$work/log/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -l "$work/log/server.log" -w -o \
    "-c listen_addresses='' -c unix_socket_directories='$work/sock' -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$work/log/server.log" >&2; exit 1; }

export UD_TEST_PG_URL="postgresql://$pg_user@localhost:$port/postgres?host=$work/sock"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') test cluster on $work/sock (port $port)"

ctest --test-dir "$build_dir" --output-on-failure --timeout 1200 "$@"
