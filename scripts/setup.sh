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
# The console's browser tests drive Debian's Chromium (no browser download), with a Chinese font so
# that the zh-CN pages and screenshots show characters.
if [[ ! -x /usr/bin/chromium || ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]]; then
  echo "[setup] installing Debian's chromium and a Chinese font for the browser tests" >&2
  if [[ "$(id -u)" == 0 ]]; then apt_get=(apt-get); else apt_get=(sudo -n apt-get); fi
  packages=(chromium fonts-wqy-zenhei)
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -q --no-install-recommends "${packages[@]}" >/dev/null ||
    { DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" update -q >/dev/null &&
      DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -q --no-install-recommends "${packages[@]}" >/dev/null; }
fi
