#!/usr/bin/env bash
# Runs Debian's RabbitMQ as a private foreground instance for the AppHost's local infra mode.
# Every setting comes from the environment, so it never touches /etc/rabbitmq or /var/lib/rabbitmq.
# On stop it also ends the epmd daemon that Erlang starts, leaving no process behind.
# usage: rabbitmq.sh BASE_DIR AMQP_PORT DIST_PORT EPMD_PORT MANAGEMENT_PORT USER PASSWORD
set -euo pipefail
base=$1 amqp_port=$2 dist_port=$3 epmd_port=$4 management_port=$5 user=$6 password=$7
mkdir -p "$base/mnesia" "$base/log"

cat > "$base/rabbitmq.conf" <<CONF
listeners.tcp.default = $amqp_port
management.tcp.port = $management_port
management.tcp.ip = 127.0.0.1
default_user = $user
default_pass = $password
loopback_users = none
log.console = true
log.console.level = warning
log.file = false
CONF
echo '[rabbitmq_management].' > "$base/enabled_plugins"

export HOME=$base
export RABBITMQ_NODENAME=jinning@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$amqp_port
export RABBITMQ_DIST_PORT=$dist_port
export ERL_EPMD_PORT=$epmd_port
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE=$base/mnesia
export RABBITMQ_LOG_BASE=$base/log
export RABBITMQ_ENABLED_PLUGINS_FILE=$base/enabled_plugins
export RABBITMQ_PID_FILE=$base/rabbitmq.pid
export RABBITMQ_CONFIG_FILE=$base/rabbitmq.conf

server=/usr/lib/rabbitmq/bin/rabbitmq-server
if [ ! -x "$server" ]; then
  echo "rabbitmq-server is not installed: run ./run.sh (or apt-get install rabbitmq-server)" >&2
  exit 1
fi

stop() {
  [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  epmd -port "$epmd_port" -kill >/dev/null 2>&1 || true
  exit 0
}
trap stop TERM INT HUP

"$server" &
pid=$!
set +e
wait "$pid"
status=$?
epmd -port "$epmd_port" -kill >/dev/null 2>&1 || true
exit $status
