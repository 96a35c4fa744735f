# Sourced by the project's scripts: puts a Node.js 24 LTS on PATH. The system Node on these machines is
# 20 (end of life), so where it is older than 24 the npm registry's `node` package is installed into
# .tools/node (npm's cache makes this fast the second time).
# shellcheck shell=bash
HB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HB_NODE_VERSION="24.21.0"
hb_node_major() { command -v node >/dev/null && node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [[ -x "$HB_ROOT/.tools/node/node_modules/.bin/node" ]]; then
  export PATH="$HB_ROOT/.tools/node/node_modules/.bin:$PATH"
fi
if (( $(hb_node_major) < 24 )); then
  echo "[env] installing Node.js $HB_NODE_VERSION into .tools/node" >&2
  npm install --prefix "$HB_ROOT/.tools/node" --no-save --no-audit --no-fund --loglevel=error "node@$HB_NODE_VERSION" >&2
  export PATH="$HB_ROOT/.tools/node/node_modules/.bin:$PATH"
fi
export PATH="$HB_ROOT/node_modules/.bin:$PATH"
