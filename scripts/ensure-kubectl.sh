#!/usr/bin/env bash
# Makes sure `kubectl` is on PATH: tests/unit/k8s.spec.ts renders k8s/overlays/* with `kubectl
# kustomize`, offline. When kubectl is there, does nothing. Otherwise installs Debian's
# kubernetes-client package (kubectl 1.20 with kustomize v2.0.3 built in, which the k8s/ files are
# written for) with apt-get. Safe to run again; prints what it did.
set -euo pipefail
if command -v kubectl >/dev/null 2>&1; then
  echo "[kubectl] present at $(command -v kubectl), nothing to do" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "[kubectl] not found, and no apt-get here: install kubectl (1.20 or newer) another way" >&2
  exit 1
fi
sudo=()
if (( EUID != 0 )); then
  command -v sudo >/dev/null 2>&1 || { echo "[kubectl] not found; run as root or with sudo to install it" >&2; exit 1; }
  sudo=(sudo)
fi
echo "[kubectl] installing Debian's kubernetes-client (apt-get)" >&2
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends kubernetes-client >/dev/null
echo "[kubectl] installed: $(kubectl version --client --short 2>/dev/null || kubectl version --client)" >&2
