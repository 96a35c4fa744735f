#!/usr/bin/env bash
# Creates the databases of the five services and the console's sessions on the local PostgreSQL (trust auth, user postgres) if
# they are missing. Usage: scripts/db.sh [create|drop-tests]
set -euo pipefail
PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
case "${1:-create}" in
  create)
    for service in catalog orders logistics certification monitoring console; do
      db="harvest_$service"
      if [[ -z "$(psql_q -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
        psql_q -c "CREATE DATABASE $db" && echo "[db] created $db" >&2
      fi
    done ;;
  drop-tests)
    for db in $(psql_q -tAc "SELECT datname FROM pg_database WHERE datname LIKE 'hb\_test\_%'"); do
      psql_q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
    done ;;
  *) echo "usage: $0 [create|drop-tests]" >&2; exit 2 ;;
esac
