#!/usr/bin/env bash
# Runs the whole Jinning Supervisor Platform: the Aspire AppHost with its dashboard, PostgreSQL,
# RabbitMQ, the development mail server, the five services and the gateway.
#   ./run.sh           start (data kept in .data/ across runs)
#   ./run.sh --reset   wipe .data/ first, then start
#   ./run.sh --demo    start, then fill an empty system with Chinese demo data through the gateway (tools/Jinning.DemoData)
#   ./run.sh --replicas N   N instances of every service (default 1); the gateway balances over them
# Options combine: ./run.sh --reset --demo starts over with a fresh demo.
# Ctrl-C or SIGTERM stops everything it started, also while the demo data is loading.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
source scripts/prerequisites.sh

usage() { echo "usage: ./run.sh [--reset] [--demo] [--replicas N]" >&2; exit 2; }
reset="" demo="" replicas=1
while [ $# -gt 0 ]; do
  case "$1" in
    --reset) reset=1 ;;
    --demo) demo=1 ;;
    --replicas) [ $# -ge 2 ] || usage; replicas=$2; shift ;;
    --replicas=*) replicas=${1#--replicas=} ;;
    *) usage ;;
  esac
  shift
done
case "$replicas" in
  ''|*[!0-9]*|0) echo "--replicas takes a whole number of instances, 1 or more" >&2; exit 2 ;;
esac

if [ -n "$reset" ]; then
  stop_leftovers "$root/.data"
  rm -rf "$root/.data"
  echo "Local data wiped (.data/)."
fi

ensure_prerequisites
echo "Building..."
dotnet build Jinning.AppHost/Jinning.AppHost.csproj -nologo -v quiet -clp:ErrorsOnly
demo_loader="$root/tools/Jinning.DemoData/bin/Debug/net10.0/Jinning.DemoData.dll"
if [ -n "$demo" ]; then
  dotnet build tools/Jinning.DemoData/Jinning.DemoData.csproj -nologo -v quiet -clp:ErrorsOnly
fi

apphost="" loader=""
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$loader" ] && kill -0 "$loader" 2>/dev/null; then
    kill -TERM "$loader" 2>/dev/null || true
    wait "$loader" 2>/dev/null || true
  fi
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
        printf '  Instances:         %s of every service behind the gateway\n' "$replicas"
        printf '  Aspire dashboard:  %s\n' "$login"
        printf '  Mail (smtp4dev):   http://localhost:8025\n'
        printf '  RabbitMQ (AMQP):   amqp://localhost:5672   (management: http://localhost:15672)\n'
        printf '  Stop with Ctrl-C.\n'
        printf '==============================================================\n\n'
        ;;
    esac
  done
}

dotnet run --project Jinning.AppHost/Jinning.AppHost.csproj --launch-profile http --no-build -- --Jinning:Replicas="$replicas" \
  > >(announce) 2>&1 &
apphost=$!

if [ -n "$demo" ]; then
  # The loader waits for the gateway's /health to answer 200, loads once (or says the system is not
  # empty), prints the demo accounts and ends; the platform keeps running. If the AppHost dies
  # first, there is nothing to load into: stop waiting for it.
  dotnet "$demo_loader" --gateway http://localhost:8080 &
  loader=$!
  wait -n "$apphost" "$loader" || true
fi
wait "$apphost"
