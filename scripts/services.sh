#!/usr/bin/env bash
# Stops (or reports on) the services, the web console and the identity provider started by
# scripts/up.sh (one pid file each in .data/run). Usage: scripts/services.sh stop|status
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
run_dir="$root/.data/run"
case "${1:-status}" in
  stop)
    for pidfile in "$run_dir"/*.pid; do
      [[ -f "$pidfile" ]] || continue
      pid="$(cat "$pidfile")" service="$(basename "$pidfile" .pid)"
      if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
        echo "[services] stopped $service" >&2
      fi
      rm -f "$pidfile"
    done ;;
  status)
    for pidfile in "$run_dir"/*.pid; do
      [[ -f "$pidfile" ]] || continue
      service="$(basename "$pidfile" .pid)"
      if kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "$service running"; else echo "$service stopped"; fi
    done ;;
  *) echo "usage: $0 stop|status" >&2; exit 2 ;;
esac
