#!/usr/bin/env bash
# Brings the whole system up on this machine, without Docker: a local Kafka broker, one PostgreSQL
# database per service, the identity provider (apps/identity, OpenID Connect) on :3006, the five
# services (built, migrated, started in the background, verifying the provider's tokens and, with
# HB_DEV_AUTH=1, development tokens), the demo data, and the web console on :3000. Run it again to
# restart with the current code; scripts/down.sh stops everything.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$HB_ROOT"
SERVICES=(catalog orders logistics certification monitoring)
declare -A PORTS=([catalog]=3001 [orders]=3002 [logistics]=3003 [certification]=3004 [monitoring]=3005 [console]=3000 [identity]=3006)
# Prometheus scrape ports (METRICS_PORT), one per service on this host, never the API port.
declare -A METRICS_PORTS=([catalog]=9464 [orders]=9465 [logistics]=9466 [certification]=9467 [monitoring]=9468)
run_dir="$HB_ROOT/.data/run"
log_dir="$HB_ROOT/.data/logs"
mkdir -p "$run_dir" "$log_dir"

# Waits until $2 answers, as long as the process started for $1 lives (at most 90 s).
wait_until_answering() {
  local name="$1" url="$2" deadline=$((SECONDS + 90))
  until curl -fsS "$url" >/dev/null 2>&1; do
    if ! kill -0 "$(cat "$run_dir/$name.pid")" 2>/dev/null; then
      echo "[up] $name exited; last log lines:" >&2; tail -n 20 "$log_dir/$name.log" >&2; exit 1
    fi
    if ((SECONDS > deadline)); then echo "[up] $name not ready after 90 s (see $log_dir/$name.log)" >&2; exit 1; fi
    sleep 1
  done
}

scripts/setup.sh
scripts/kafka.sh start
scripts/db.sh create

echo "[up] building the services" >&2
for service in "${SERVICES[@]}"; do npx nest build "$service" >"$log_dir/build-$service.log" 2>&1 || {
  cat "$log_dir/build-$service.log" >&2; exit 1; }; done
echo "[up] building the web console and the identity provider" >&2
npx vite build --app --config apps/console/vite.config.mts >"$log_dir/build-console.log" 2>&1 || {
  cat "$log_dir/build-console.log" >&2; exit 1; }

scripts/services.sh stop >/dev/null 2>&1 || true
for service in "${SERVICES[@]}" console identity; do
  if curl -s -o /dev/null "http://127.0.0.1:${PORTS[$service]}/"; then
    echo "[up] port ${PORTS[$service]} is taken by a process this script did not start; stop it first" >&2
    exit 1
  fi
done
# The embedded OpenID provider: the demo's people sign in at its login page (development passwords,
# HB_DEV_AUTH=1 only); the console is its client, with a secret made once and kept in .data/identity.
identity_url="http://127.0.0.1:${PORTS[identity]}"
mkdir -p "$HB_ROOT/.data/identity"
secret_file="$HB_ROOT/.data/identity/console-client-secret"
[[ -s "$secret_file" ]] || (umask 077 && node -e "process.stdout.write(require('crypto').randomBytes(24).toString('hex'))" >"$secret_file")
console_secret="$(cat "$secret_file")"
export HB_DEV_AUTH=1 JWKS_URL="$identity_url/jwks" JWT_ISSUER="$identity_url" JWT_AUDIENCE="urn:harvest-bridge:api"
echo "[up] starting the identity provider on :${PORTS[identity]}" >&2
IDENTITY_PORT="${PORTS[identity]}" IDENTITY_CONSOLE_URL="http://127.0.0.1:${PORTS[console]}" \
  IDENTITY_CONSOLE_CLIENT_SECRET="$console_secret" IDENTITY_DATA_DIR="$HB_ROOT/.data/identity" \
  nohup node --enable-source-maps dist/apps/identity/main.js >>"$log_dir/identity.log" 2>&1 &
echo $! >"$run_dir/identity.pid"
wait_until_answering identity "$identity_url/health/ready"

for service in "${SERVICES[@]}"; do
  echo "[up] starting $service on :${PORTS[$service]}" >&2
  # Each service signs in to Kafka as its own user (its ACLs come from the contracts).
  kafka_env="$(scripts/kafka.sh env "$service")"
  # The settings apply first, then node runs in the background itself, so that the pid file names
  # the node process (scripts/down.sh stops it), not a shell around it.
  (eval "$kafka_env"
    PORT="${PORTS[$service]}" METRICS_PORT="${METRICS_PORTS[$service]}" HB_DEV_AUTH=1 KAFKAJS_NO_PARTITIONER_WARNING=1 \
      nohup node --enable-source-maps "dist/apps/$service/main.js" >>"$log_dir/$service.log" 2>&1 &
    echo $! >"$run_dir/$service.pid")
done

for service in "${SERVICES[@]}"; do
  url="http://127.0.0.1:${PORTS[$service]}/health/ready"
  wait_until_answering "$service" "$url"
  echo "[up] $service ready: $url" >&2
done

echo "[up] loading the demo data (safe to repeat)" >&2
kafka_env="$(scripts/kafka.sh env admin)"
(eval "$kafka_env" && npm run -s demo-data) >"$log_dir/demo-data.log" 2>&1 || {
  tail -n 30 "$log_dir/demo-data.log" >&2; exit 1; }

console_url="http://127.0.0.1:${PORTS[console]}"
# Sessions in PostgreSQL (harvest_console) as in production, so that restarting the console keeps
# people signed in; their tokens sealed with a key made once and kept in .data/console.
mkdir -p "$HB_ROOT/.data/console"
session_key_file="$HB_ROOT/.data/console/session-key"
[[ -s "$session_key_file" ]] || (umask 077 && node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64'))" >"$session_key_file")
echo "[up] starting the web console on :${PORTS[console]}" >&2
PORT="${PORTS[console]}" OIDC_ISSUER="$identity_url" OIDC_CLIENT_SECRET="$console_secret" \
  CONSOLE_SESSION_STORE=postgres CONSOLE_SESSION_KEY="$(cat "$session_key_file")" \
  nohup node --enable-source-maps dist/apps/console/server/main.js >>"$log_dir/console.log" 2>&1 &
echo $! >"$run_dir/console.pid"
wait_until_answering console "$console_url/"

sed -n '/^Harvest Bridge demo data is loaded/,$p' "$log_dir/demo-data.log"
echo
echo "  Web console: $console_url (public pages; sign in at the identity provider $identity_url as"
echo "    buyer, producer, platform, operator, certifier, county_official or admin, password harvest-demo)"
echo "  Kafka 127.0.0.1:9092 (SASL: eval \"\$(scripts/kafka.sh env admin)\" for a client), PostgreSQL 127.0.0.1:5432 (databases harvest_<service>, harvest_console), logs in .data/logs/"
echo "  Prometheus metrics: catalog :9464, orders :9465, logistics :9466, certification :9467, monitoring :9468 (/metrics)"
echo "  Stop everything with scripts/down.sh"
