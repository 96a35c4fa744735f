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
# The console's browser tests drive Debian's Chromium (no browser download).
if [[ ! -x /usr/bin/chromium ]]; then
  echo "[setup] installing Debian's chromium for the browser tests" >&2
  if [[ "$(id -u)" == 0 ]]; then apt_get=(apt-get); else apt_get=(sudo -n apt-get); fi
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -q --no-install-recommends chromium >/dev/null ||
    { DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" update -q >/dev/null &&
      DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -q --no-install-recommends chromium >/dev/null; }
fi
