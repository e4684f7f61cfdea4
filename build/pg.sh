#!/usr/bin/env bash
# A private PostgreSQL cluster for development and tests.
#   build/pg.sh start DIR PORT   create (first time) and start a cluster in DIR on 127.0.0.1:PORT
#   build/pg.sh stop DIR         stop it
# The cluster trusts local connections and has the application role `rsm` (LOGIN CREATEDB, not a superuser),
# which owns every database the application creates. Installs Debian's postgresql package if no server is found.
# max_connections is 200 in the cluster's postgresql.conf (ALTER SYSTEM can change it); PG_MAX_CONNECTIONS=N starts
# the server with N instead, for tests and benchmarks that reproduce a limit. PG_FSYNC=off trades durability for speed.
set -euo pipefail

cmd=${1:?usage: build/pg.sh start DIR PORT | stop DIR}
dir=$(mkdir -p "${2:?DIR missing}" && cd "$2" && pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL server binaries not found; installing Debian's postgresql package..." >&2
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

# initdb and pg_ctl refuse to run as root: run them as the postgres user, which owns the cluster directory.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# As root the cluster belongs to the postgres user, who must reach DIR. Inside a private folder (mktemp -d, /root)
# it cannot: the cluster then lives under /var/lib/rsm-pg, in a folder named after DIR, so start and stop agree.
resolve_dir() {
  [ "$(id -u)" -eq 0 ] || return 0
  chown postgres: "$dir"
  if ! runuser -u postgres -- test -w "$dir"; then
    local alt
    alt="/var/lib/rsm-pg/$(printf '%s' "$dir" | sha1sum | cut -c1-12)"
    mkdir -p "$alt" && chown postgres: "$alt"
    [ "$cmd" = start ] && echo "note: the postgres user cannot reach $dir; the cluster lives in $alt" >&2
    dir=$alt
  fi
}

case "$cmd" in
  start)
    port=${3:?PORT missing}
    bin=$(pg_bin)
    resolve_dir
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
      echo "max_connections = 200" | as_owner tee -a "$dir/data/postgresql.conf" >/dev/null
    fi
    limit=${PG_MAX_CONNECTIONS:+-c max_connections=$PG_MAX_CONNECTIONS}
    # Running on another port (RSM_PG_PORT changed since): move it, rather than fail to connect on the new one.
    if as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      running_port=$(sed -n 4p "$dir/data/postmaster.pid" 2>/dev/null || true)
      if [ -n "$running_port" ] && [ "$running_port" != "$port" ]; then
        echo "note: the cluster in $dir was running on port $running_port; restarting it on $port" >&2
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
      fi
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
        "-p $port -k $dir -c listen_addresses=127.0.0.1 $limit -c fsync=${PG_FSYNC:-on}" start >/dev/null; then
        echo "PostgreSQL did not start on port $port; the end of $dir/server.log:" >&2
        tail -n 20 "$dir/server.log" >&2 || true
        exit 1
      fi
    fi
    psql_cmd=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
    if [ "$("${psql_cmd[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'rsm'")" != "1" ]; then
      "${psql_cmd[@]}" -c "CREATE ROLE rsm LOGIN CREATEDB"
    fi
    echo "PostgreSQL running on 127.0.0.1:$port (data in $dir/data)"
    ;;
  stop)
    bin=$(pg_bin)
    resolve_dir
    if [ -f "$dir/data/PG_VERSION" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; fi
    ;;
  *) echo "usage: build/pg.sh start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
