#!/usr/bin/env bash
# Stops the five services, the web console, the identity provider and the local Kafka broker. Data stays in .data/ for the
# next scripts/up.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/services.sh" stop
"$root/scripts/kafka.sh" stop
