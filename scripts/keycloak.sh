#!/usr/bin/env bash
# Keycloak's server distribution from Maven Central (org.keycloak:keycloak-quarkus-dist), for the test
# that signs in to the console through Keycloak with the realm of infra/keycloak. Needs Java >= 21.
#   scripts/keycloak.sh fetch     unpacks it into .data/keycloak-<version> (Maven's cache makes it offline later)
#   scripts/keycloak.sh java      prints a JAVA_HOME with Java >= 21, or nothing
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="${KEYCLOAK_VERSION:-26.0.7}"
home="$root/.data/keycloak-$version"

java_home() {
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
    major="$("$candidate/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)"
    if [[ -n "$major" && "$major" -ge 21 ]]; then echo "$candidate"; return 0; fi
  done
  return 0
}

case "${1:-}" in
  java) java_home ;;
  fetch)
    if [[ ! -x "$home/bin/kc.sh" ]]; then
      mkdir -p "$root/.data"
      mvn -q -B dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$version:zip" \
        -DoutputDirectory="$root/.data" >&2
      (cd "$root/.data" && unzip -q -o "keycloak-quarkus-dist-$version.zip" && rm -f "keycloak-quarkus-dist-$version.zip")
    fi
    echo "$home" ;;
  *) echo "usage: $0 fetch|java" >&2; exit 2 ;;
esac
