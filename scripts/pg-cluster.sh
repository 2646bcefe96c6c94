#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: initdb in a temp dir, trust auth, listening on 127.0.0.1 on
# a free port with its unix socket inside the temp dir, durability switched off (tests never need a crash to be
# survivable). PostgreSQL refuses to run as root, so as root the cluster belongs to a system user, warrant-test.
#
#   source scripts/pg-cluster.sh; pg_cluster_start; …; pg_cluster_stop   (scripts/test.sh does this)
#   bash scripts/pg-cluster.sh run -- npx vitest run --project db-postgres   (start, run, always remove)
#   eval "$(bash scripts/pg-cluster.sh start)"; …; bash scripts/pg-cluster.sh stop "$WARRANT_PG_CLUSTER_DIR"
#
# pg_cluster_start exports WARRANT_TEST_PG_URL (admin URL, database "postgres") and WARRANT_PG_CLUSTER_DIR.
# Set PG_BINDIR to use a particular installation; otherwise the newest /usr/lib/postgresql/*/bin (>= 15) is used,
# and `apt-get install -y postgresql` is run when there is none.

PG_CLUSTER_MIN_VERSION=15
PG_CLUSTER_USER=warrant-test
# shellcheck source=scripts/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

pg_cluster_find_bindir() {
  if [[ -n ${PG_BINDIR:-} ]]; then
    [[ -x $PG_BINDIR/initdb && -x $PG_BINDIR/pg_ctl ]] && { echo "$PG_BINDIR"; return 0; }
    echo "pg-cluster: PG_BINDIR=$PG_BINDIR has no initdb/pg_ctl" >&2
    return 1
  fi
  local dir version best=''
  for dir in /usr/lib/postgresql/*/bin; do
    version=$(basename "$(dirname "$dir")")
    [[ $version =~ ^[0-9]+$ && $version -ge $PG_CLUSTER_MIN_VERSION && -x $dir/initdb && -x $dir/pg_ctl ]] || continue
    if [[ -z $best ]] || (( version > $(basename "$(dirname "$best")") )); then best=$dir; fi
  done
  [[ -n $best ]] && { echo "$best"; return 0; }
  # Not Debian's layout (e.g. a source build or another distribution): take initdb from PATH if it is new enough.
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    version=$(initdb --version | sed -E 's/.* ([0-9]+)[.0-9a-z]*$/\1/')
    if [[ $version =~ ^[0-9]+$ && $version -ge $PG_CLUSTER_MIN_VERSION ]]; then dirname "$(command -v initdb)"; return 0; fi
  fi
  return 1
}

pg_cluster_ensure_installed() {
  pg_cluster_find_bindir && return 0
  apt_install postgresql || return 1
  pg_cluster_find_bindir
}

# Runs a command as the cluster's owner: warrant-test when we are root, otherwise ourselves.
pg_cluster_as_owner() {
  if [[ $EUID -eq 0 ]]; then runuser -u "$PG_CLUSTER_USER" -- "$@"; else "$@"; fi
}

pg_cluster_ensure_user() {
  [[ $EUID -eq 0 ]] || return 0
  id -u "$PG_CLUSTER_USER" >/dev/null 2>&1 && return 0
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_CLUSTER_USER"
}

pg_cluster_free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

pg_cluster_start() {
  local bindir port attempt
  bindir=$(pg_cluster_ensure_installed) || { echo "pg-cluster: no PostgreSQL >= $PG_CLUSTER_MIN_VERSION and could not install it" >&2; return 1; }
  pg_cluster_ensure_user || return 1
  # In /tmp rather than $TMPDIR: the cluster owner must be able to reach it, and root's TMPDIR may be private.
  WARRANT_PG_CLUSTER_DIR=$(mktemp -d /tmp/warrant-pg.XXXXXX) || return 1
  export WARRANT_PG_CLUSTER_DIR
  export WARRANT_PG_BINDIR=$bindir
  mkdir -p "$WARRANT_PG_CLUSTER_DIR/socket"
  if [[ $EUID -eq 0 ]]; then chown -R "$PG_CLUSTER_USER:" "$WARRANT_PG_CLUSTER_DIR"; fi

  if ! pg_cluster_as_owner "$bindir/initdb" --pgdata="$WARRANT_PG_CLUSTER_DIR/data" --username=postgres \
    --auth=trust --encoding=UTF8 --no-locale --no-sync >"$WARRANT_PG_CLUSTER_DIR/initdb.log" 2>&1; then
    echo "pg-cluster: initdb failed:" >&2
    cat "$WARRANT_PG_CLUSTER_DIR/initdb.log" >&2
    return 1
  fi

  # A free port can be taken between finding it and binding it; try a few.
  for attempt in 1 2 3 4 5; do
    port=$(pg_cluster_free_port)
    if pg_cluster_as_owner "$bindir/pg_ctl" --pgdata="$WARRANT_PG_CLUSTER_DIR/data" --log="$WARRANT_PG_CLUSTER_DIR/postgres.log" \
      --wait --timeout=60 --silent start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $WARRANT_PG_CLUSTER_DIR/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null 2>&1; then
      export WARRANT_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
      echo "pg-cluster: PostgreSQL $("$bindir/postgres" --version | sed -E 's/.* ([0-9][0-9.]*).*/\1/') on 127.0.0.1:$port ($WARRANT_PG_CLUSTER_DIR)" >&2
      return 0
    fi
    echo "pg-cluster: start on port $port failed (attempt $attempt)" >&2
  done
  echo "pg-cluster: could not start PostgreSQL; its log:" >&2
  tail -n 30 "$WARRANT_PG_CLUSTER_DIR/postgres.log" >&2 || true
  return 1
}

# Stops the cluster and removes its directory. Quiet, idempotent and never fails, so it is safe in traps.
pg_cluster_stop() {
  local dir=${1:-${WARRANT_PG_CLUSTER_DIR:-}} bindir=${WARRANT_PG_BINDIR:-}
  [[ -n $dir && -d $dir ]] || return 0
  [[ -n $bindir ]] || bindir=$(pg_cluster_find_bindir 2>/dev/null) || true
  if [[ -f $dir/data/postmaster.pid && -n $bindir ]]; then
    pg_cluster_as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --timeout=30 --silent stop >/dev/null 2>&1 || true
  fi
  # Last resort if pg_ctl could not stop it: the postmaster's pid is the first line of postmaster.pid.
  if [[ -f $dir/data/postmaster.pid ]]; then
    kill -KILL "$(head -n 1 "$dir/data/postmaster.pid")" 2>/dev/null || true
  fi
  rm -rf -- "$dir"
  if [[ $dir == "${WARRANT_PG_CLUSTER_DIR:-}" ]]; then unset WARRANT_PG_CLUSTER_DIR WARRANT_TEST_PG_URL; fi
  return 0
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  case ${1:-} in
    start)
      pg_cluster_start
      printf 'export WARRANT_PG_CLUSTER_DIR=%q WARRANT_PG_BINDIR=%q WARRANT_TEST_PG_URL=%q\n' \
        "$WARRANT_PG_CLUSTER_DIR" "$WARRANT_PG_BINDIR" "$WARRANT_TEST_PG_URL"
      ;;
    stop)
      pg_cluster_stop "${2:-}"
      ;;
    run)
      shift
      [[ ${1:-} == -- ]] && shift
      trap pg_cluster_stop EXIT
      trap 'exit 130' INT
      trap 'exit 143' TERM
      pg_cluster_start
      WARRANT_TEST_DB=postgres "$@"
      ;;
    *)
      echo "usage: $0 start | stop <dir> | run -- <command…>" >&2
      exit 2
      ;;
  esac
fi
