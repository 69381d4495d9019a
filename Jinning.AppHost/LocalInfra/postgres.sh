#!/usr/bin/env bash
# Runs Debian's PostgreSQL as a foreground process for the AppHost's local infra mode.
# Creates the cluster on first use; data survives restarts. PostgreSQL refuses to run as root,
# so as root it runs as the 'postgres' user (setpriv execs without an extra process).
# usage: postgres.sh DATA_DIR PORT PASSWORD
set -euo pipefail
data=$1 port=$2 password=$3
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_postgres=()
if [ "$(id -u)" = 0 ]; then
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi

mkdir -p "$data"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$data"; fi
chmod 700 "$data"

if [ ! -f "$data/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s\n' "$password" > "$pwfile"
  if [ "$(id -u)" = 0 ]; then chown postgres "$pwfile"; fi
  "${as_postgres[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
fi

# No unix socket: everything connects over loopback TCP, so parallel instances never collide.
exec "${as_postgres[@]}" "$bin/postgres" -D "$data" -p "$port" \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300 \
  -c log_min_messages=warning -c log_checkpoints=off
