#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: Node.js 24 (scripts/env.sh), the npm
# dependencies from the lock file, and the Kafka jars from Maven Central. Safe to run again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$HB_ROOT"
stamp="node_modules/.package-lock.sha"
want="$(sha256sum package-lock.json | cut -d' ' -f1)-$(node --version)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "[setup] npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi
"$HB_ROOT/scripts/kafka.sh" jars
"$HB_ROOT/scripts/ensure-kubectl.sh"
