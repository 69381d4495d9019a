#!/usr/bin/env bash
# Runs the whole Jinning Supervisor Platform: the Aspire AppHost with its dashboard, PostgreSQL,
# RabbitMQ, the development mail server, the five services and the gateway.
#   ./run.sh           start (data kept in .data/ across runs)
#   ./run.sh --reset   wipe .data/ first, then start
# Ctrl-C or SIGTERM stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
source scripts/prerequisites.sh

case "${1:-}" in
  --reset)
    stop_leftovers "$root/.data"
    rm -rf "$root/.data"
    echo "Local data wiped (.data/)."
    ;;
  "") ;;
  *) echo "usage: ./run.sh [--reset]" >&2; exit 2 ;;
esac

ensure_prerequisites
echo "Building..."
dotnet build Jinning.AppHost/Jinning.AppHost.csproj -nologo -v quiet -clp:ErrorsOnly

apphost=""
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$apphost" ] && kill -0 "$apphost" 2>/dev/null; then
    echo "Stopping..."
    kill -TERM "$apphost" 2>/dev/null || true
    wait "$apphost" 2>/dev/null || true
  fi
  stop_leftovers "$root/.data"
}
trap cleanup INT TERM EXIT

announce() {
  while IFS= read -r line; do
    printf '%s\n' "$line"
    case "$line" in
      *"Login to the dashboard at "*)
        login=${line##*Login to the dashboard at }
        printf '\n==============================================================\n'
        printf ' 晋宁区营商环境义务监督员平台 is starting\n'
        printf '  Gateway (API):     http://localhost:8080   (health: /health, docs: /docs)\n'
        printf '  Aspire dashboard:  %s\n' "$login"
        printf '  Mail (smtp4dev):   http://localhost:8025\n'
        printf '  RabbitMQ (AMQP):   amqp://localhost:5672   (management: http://localhost:15672)\n'
        printf '  Stop with Ctrl-C.\n'
        printf '==============================================================\n\n'
        ;;
    esac
  done
}

dotnet run --project Jinning.AppHost/Jinning.AppHost.csproj --launch-profile http --no-build > >(announce) 2>&1 &
apphost=$!
wait "$apphost"
