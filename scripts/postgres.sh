# shellcheck shell=bash
# Private PostgreSQL 15 cluster helpers, sourced by run.sh and test.sh.
# Why a private cluster: a newcomer's machine has no database set up, and tests must not touch a shared one.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# Install the PostgreSQL server if this machine lacks it (Debian bookworm ships 15).
ensure_postgres_installed() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    ensure_apt_packages postgresql postgresql-contrib
  fi
}

# Print a TCP port nobody listens on, starting from $1.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Run a command as the cluster owner: initdb refuses root, so root hands the cluster to `postgres`.
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# start_private_cluster DIR PREFERRED_PORT -> sets PG_PORT, PG_ADMIN_CS; starts the cluster if it is not running.
start_private_cluster() {
  local dir=$1 preferred=$2
  local password=callcenter
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$dir"
    # The owner must be able to reach the folder through every parent.
    local p=$dir; while [ "$p" != / ]; do p=$(dirname "$p"); chmod o+x "$p" 2>/dev/null || true; done
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    echo "==> initializing a private PostgreSQL cluster in $dir"
    local pwfile; pwfile=$(mktemp); echo "$password" > "$pwfile"; chmod 644 "$pwfile"
    as_pg_owner "$PG_BIN/initdb" -D "$dir" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  fi
  if as_pg_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    PG_PORT=$(head -4 "$dir/postmaster.pid" | tail -1)
  else
    PG_PORT=$(free_port "$preferred")
    as_pg_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB -c fsync=${PG_FSYNC:-on}" start >/dev/null
    echo "==> PostgreSQL listening on 127.0.0.1:$PG_PORT"
  fi
  PG_ADMIN_CS="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$password"
  export PG_PORT PG_ADMIN_CS
}

stop_private_cluster() {
  local dir=$1
  [ -f "$dir/postmaster.pid" ] && as_pg_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
}
