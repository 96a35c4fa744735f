#!/usr/bin/env bash
# A real single-node Apache Kafka 4.x broker (KRaft) from the Maven Central jars, for machines
# without Docker. Usage: scripts/kafka.sh start|stop|status|restart|kill|jars
#   KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_HOME_DIR (<repo>/.data/kafka)
# Jars come from infra/kafka/pom.xml through Maven (cached in ~/.m2, so later runs are offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
home="${KAFKA_HOME_DIR:-$root/.data/kafka}"
lib="$root/.tools/kafka-lib"
data="$home/data"
logs="$home/logs"
pidfile="$home/kafka.pid"
props="$home/server.properties"

log() { printf '[kafka] %s\n' "$*" >&2; }

jars() {
  local stamp="$lib/.pom.sha"
  local want
  want="$(sha256sum "$root/infra/kafka/pom.xml" | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then return 0; fi
  command -v mvn >/dev/null || { log "Maven (mvn) is required to fetch the Kafka jars"; exit 1; }
  log "fetching Kafka jars with Maven into $lib"
  rm -rf "$lib" && mkdir -p "$lib"
  mvn -B -q -f "$root/infra/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$lib"
  echo "$want" >"$stamp"
}

running() { [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

admin_answers() {
  timeout 30 java -Xmx128m -cp "$lib/*" -Dlog4j2.configurationFile="$root/infra/kafka/log4j2.xml" \
    -Dkafka.logs.dir="$logs" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "127.0.0.1:$port" --list >/dev/null 2>&1
}

start() {
  jars
  if running; then log "already running (pid $(cat "$pidfile")) on 127.0.0.1:$port"; return 0; fi
  mkdir -p "$data" "$logs"
  sed -e "s#@DATA_DIR@#$data#" -e "s#@PORT@#$port#" -e "s#@CONTROLLER_PORT@#$controller_port#" \
    "$root/infra/kafka/server.properties.template" >"$props"
  if [[ ! -f "$data/meta.properties" ]]; then
    local cluster_id
    cluster_id="$(java -cp "$lib/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)"
    log "formatting storage in $data (cluster $cluster_id)"
    java -cp "$lib/*" -Dlog4j2.configurationFile="$root/infra/kafka/log4j2.xml" -Dkafka.logs.dir="$logs" \
      kafka.tools.StorageTool format --standalone -g -t "$cluster_id" -c "$props" >"$logs/format.log" 2>&1
  fi
  log "starting broker on 127.0.0.1:$port"
  nohup java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dkafka.logs.dir="$logs" -Dlog4j2.configurationFile="$root/infra/kafka/log4j2.xml" \
    -cp "$lib/*" kafka.Kafka "$props" >"$logs/stdout.log" 2>&1 &
  echo $! >"$pidfile"
  local deadline=$((SECONDS + 120))
  until admin_answers; do
    if ! running; then log "broker exited; see $logs/stdout.log and $logs/server.log"; tail -n 30 "$logs/stdout.log" >&2; exit 1; fi
    if ((SECONDS > deadline)); then log "broker did not answer an admin request within 120 s"; exit 1; fi
    sleep 1
  done
  log "ready (pid $(cat "$pidfile"))"
}

stop() {
  local signal="${1:-TERM}" grace="${2:-30}"
  if ! running; then log "not running"; rm -f "$pidfile"; return 0; fi
  local pid
  pid="$(cat "$pidfile")"
  kill "-$signal" "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + grace))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS > deadline)); then log "still running after ${grace}s, sending SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
    sleep 0.5
  done
  rm -f "$pidfile"
  log "stopped"
}

status() {
  if running && admin_answers; then log "running (pid $(cat "$pidfile")) and answering on 127.0.0.1:$port"; return 0; fi
  if running; then log "process $(cat "$pidfile") alive but not answering"; return 1; fi
  log "not running"; return 3
}

case "${1:-}" in
  start) start ;;
  stop) stop TERM 30 ;;
  kill) stop KILL 5 ;;
  restart) stop TERM 30; start ;;
  status) status ;;
  jars) jars ;;
  *) echo "usage: $0 start|stop|restart|kill|status|jars" >&2; exit 2 ;;
esac
