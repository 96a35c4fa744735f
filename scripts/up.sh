#!/usr/bin/env bash
# Brings the whole system up on this machine, without Docker: a local Kafka broker, one PostgreSQL
# database per service, the five services (built, migrated, started in the background), the demo
# data, and the web console on :3000. Run it again to restart with the current code;
# scripts/down.sh stops everything.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$HB_ROOT"
SERVICES=(catalog orders logistics certification monitoring)
declare -A PORTS=([catalog]=3001 [orders]=3002 [logistics]=3003 [certification]=3004 [monitoring]=3005 [console]=3000)
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
echo "[up] building the web console" >&2
npx vite build --app --config apps/console/vite.config.mts >"$log_dir/build-console.log" 2>&1 || {
  cat "$log_dir/build-console.log" >&2; exit 1; }

scripts/services.sh stop >/dev/null 2>&1 || true
for service in "${SERVICES[@]}" console; do
  if curl -s -o /dev/null "http://127.0.0.1:${PORTS[$service]}/"; then
    echo "[up] port ${PORTS[$service]} is taken by a process this script did not start; stop it first" >&2
    exit 1
  fi
done
for service in "${SERVICES[@]}"; do
  echo "[up] starting $service on :${PORTS[$service]}" >&2
  # Each service signs in to Kafka as its own user (its ACLs come from the contracts).
  kafka_env="$(scripts/kafka.sh env "$service")"
  (eval "$kafka_env" && PORT="${PORTS[$service]}" METRICS_PORT="${METRICS_PORTS[$service]}" HB_DEV_AUTH=1 KAFKAJS_NO_PARTITIONER_WARNING=1 \
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
echo "[up] starting the web console on :${PORTS[console]}" >&2
PORT="${PORTS[console]}" HB_DEV_AUTH=1 nohup node --enable-source-maps dist/apps/console/server/main.js >>"$log_dir/console.log" 2>&1 &
echo $! >"$run_dir/console.pid"
wait_until_answering console "$console_url/"

sed -n '/^Harvest Bridge demo data is loaded/,$p' "$log_dir/demo-data.log"
echo
echo "  Web console: $console_url (public pages; sign in there as the canteen buyer, the cold-chain operator or the certifier)"
echo "  Kafka 127.0.0.1:9092 (SASL: eval \"\$(scripts/kafka.sh env admin)\" for a client), PostgreSQL 127.0.0.1:5432 (databases harvest_<service>), logs in .data/logs/"
echo "  Prometheus metrics: catalog :9464, orders :9465, logistics :9466, certification :9467, monitoring :9468 (/metrics)"
echo "  Stop everything with scripts/down.sh"
