#!/usr/bin/env bash
# A real single-node Apache Kafka 4.x broker (KRaft) from the Maven Central jars, for machines
# without Docker. Usage: scripts/kafka.sh start|stop|status|restart|kill|jars|env <user>
#   KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_HOME_DIR (<repo>/.data/kafka)
# Jars come from infra/kafka/pom.xml through Maven (cached in ~/.m2, so later runs are offline).
#
# SASL only: every client signs in with a SCRAM-SHA-512 user and the StandardAuthorizer applies the
# ACLs generated from the contracts (scripts/kafka-provision.ts). On first start each user of the
# contracts (the services, telemetry-gateway, admin) gets a password in
# $KAFKA_HOME_DIR/secrets/<user>.password (mode 600; KAFKA_PASSWORD_<USER>, e.g.
# KAFKA_PASSWORD_TELEMETRY_GATEWAY, sets one instead).
# `scripts/kafka.sh env <user>` prints the client settings of a user for `eval`.
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
secrets="$home/secrets"
admin_props="$home/admin.properties"
log4j="-Dlog4j2.configurationFile=$root/infra/kafka/log4j2.xml"

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
  timeout 30 java -Xmx128m -cp "$lib/*" "$log4j" -Dkafka.logs.dir="$logs" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "127.0.0.1:$port" --command-config "$admin_props" --list >/dev/null 2>&1
}

node_script() {
  command -v node >/dev/null || source "$root/scripts/env.sh"
  (cd "$root" && "$root/node_modules/.bin/ts-node" -r tsconfig-paths/register --transpile-only \
    "$root/scripts/kafka-provision.ts" "$@")
}

# The password of a user, made on first use (or taken from KAFKA_PASSWORD_<USER>).
password_of() {
  local user="$1" file="$secrets/$1.password"
  if [[ ! -s "$file" ]]; then
    local variable value
    variable="KAFKA_PASSWORD_$(tr 'a-z-' 'A-Z_' <<<"$user")"
    value="${!variable:-}"
    [[ -n "$value" ]] || value="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
    (umask 077 && printf '%s\n' "$value" >"$file")
  fi
  head -n1 "$file"
}

# Writes the broker's and the admin client's settings, both holding the admin password (mode 600).
write_settings() {
  local admin_password
  admin_password="$(password_of admin)"
  (umask 077 && sed -e "s#@DATA_DIR@#$data#" -e "s#@PORT@#$port#" -e "s#@CONTROLLER_PORT@#$controller_port#" \
    -e "s#@ADMIN_PASSWORD@#$admin_password#g" "$root/infra/kafka/server.properties.template" >"$props")
  (umask 077 && printf '%s\n' 'security.protocol=SASL_PLAINTEXT' 'sasl.mechanism=SCRAM-SHA-512' \
    "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$admin_password\";" \
    >"$admin_props")
}

# Users of the contracts that the broker does not know yet (a service added since the first start).
add_new_users() {
  local user
  for user in "${users[@]}"; do
    grep -qx "$user" "$secrets/.registered" 2>/dev/null && continue
    log "adding SCRAM user $user"
    java -Xmx128m -cp "$lib/*" "$log4j" -Dkafka.logs.dir="$logs" kafka.admin.ConfigCommand \
      --bootstrap-server "127.0.0.1:$port" --command-config "$admin_props" --alter --entity-type users \
      --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=8192,password=$(password_of "$user")]" \
      >>"$logs/users.log" 2>&1 || { log "could not add SCRAM user $user; see $logs/users.log"; exit 1; }
    (umask 077 && echo "$user" >>"$secrets/.registered")
  done
}

# The settings a client of this broker needs to sign in as a user (for eval).
client_env() {
  local user="$1"
  [[ -s "$secrets/$user.password" ]] || { log "no user $user (start the broker first)"; return 1; }
  printf 'export KAFKA_BROKERS=127.0.0.1:%s KAFKA_SASL_MECHANISM=scram-sha-512 KAFKA_SASL_USERNAME=%q KAFKA_SASL_PASSWORD_FILE=%q\n' \
    "$port" "$user" "$secrets/$user.password"
}

# Users, topics and ACLs follow the contracts: applied again only when they changed, so that a
# restart (the fault suite kills the broker) is back as soon as the broker answers, and a broker left
# running picks up a service or topic the contracts gained since it started.
follow_contracts() {
  local stamp="$secrets/.contracts.sha" contracts
  contracts="$(find "$root/libs/contracts/src" -name '*.ts' ! -name '*.spec.ts' -print0 | sort -z |
    xargs -0 sha256sum | sha256sum | cut -d' ' -f1)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$contracts" ]]; then
    ((${#users[@]} > 0)) || mapfile -t users < <(node_script users)
    add_new_users
    log "creating the contract topics and their ACLs"
    (eval "$(client_env admin)" && node_script apply) >"$logs/provision.log" 2>&1 || {
      log "provisioning failed; see $logs/provision.log"; tail -n 20 "$logs/provision.log" >&2; exit 1; }
    (umask 077 && echo "$contracts" >"$stamp")
  fi
}

start() {
  jars
  if running; then
    log "already running (pid $(cat "$pidfile")) on 127.0.0.1:$port"
    local users=()
    follow_contracts
    return 0
  fi
  mkdir -p "$data" "$logs"
  (umask 077 && mkdir -p "$secrets")
  if [[ -f "$data/meta.properties" && ! -s "$secrets/admin.password" ]]; then
    log "$data was formatted without SASL users (before the broker required them): remove it (its topics are lost) or use another KAFKA_HOME_DIR"
    exit 1
  fi
  write_settings
  # The users are needed before the first start (they are part of the formatted metadata); a restart
  # does not wait for them, so that the broker is back as fast as a plain restart.
  local users=()
  if [[ ! -f "$data/meta.properties" ]]; then
    mapfile -t users < <(node_script users)
    local cluster_id user
    local scram=()
    cluster_id="$(java -cp "$lib/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)"
    for user in "${users[@]}"; do
      scram+=(--add-scram "SCRAM-SHA-512=[name=$user,iterations=8192,password=$(password_of "$user")]")
    done
    log "formatting storage in $data (cluster $cluster_id) with users ${users[*]}"
    java -cp "$lib/*" "$log4j" -Dkafka.logs.dir="$logs" \
      kafka.tools.StorageTool format --standalone -g -t "$cluster_id" -c "$props" "${scram[@]}" >"$logs/format.log" 2>&1
    (umask 077 && printf '%s\n' "${users[@]}" >"$secrets/.registered")
  fi
  log "starting broker on 127.0.0.1:$port (SASL/SCRAM-SHA-512 and ACLs only)"
  nohup java -Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dkafka.logs.dir="$logs" "$log4j" \
    -cp "$lib/*" kafka.Kafka "$props" >"$logs/stdout.log" 2>&1 &
  echo $! >"$pidfile"
  local deadline=$((SECONDS + 300))
  until admin_answers; do
    if ! running; then log "broker exited; see $logs/stdout.log and $logs/server.log"; tail -n 30 "$logs/stdout.log" >&2; exit 1; fi
    if ((SECONDS > deadline)); then log "broker did not answer an admin request within 300 s"; exit 1; fi
    sleep 1
  done
  follow_contracts
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
  env) client_env "${2:?usage: $0 env <user>}" ;;
  *) echo "usage: $0 start|stop|restart|kill|status|jars|env <user>" >&2; exit 2 ;;
esac
