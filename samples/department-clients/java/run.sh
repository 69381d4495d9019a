#!/usr/bin/env bash
# Compiles the samples and runs one: ./run.sh subscriber [--count N] | ./run.sh webhook
# Needs a JDK (17+) and Debian's librabbitmq-client-java and libjackson2-databind-java (in /usr/share/java).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jars=/usr/share/java
classpath="$jars/amqp-client.jar:$jars/jackson-databind.jar:$jars/jackson-core.jar:$jars/jackson-annotations.jar:$jars/slf4j-api.jar:$jars/slf4j-nop.jar"
out=${JINNING_SAMPLE_BUILD:-$here/build}
mkdir -p "$out"
javac -nowarn -encoding UTF-8 -cp "$classpath" -d "$out" "$here"/*.java
case "${1:-}" in
  subscriber) shift; exec java -Dstdout.encoding=UTF-8 -cp "$out:$classpath" Subscriber "$@" ;;
  webhook) shift; exec java -Dstdout.encoding=UTF-8 -cp "$out:$classpath" WebhookReceiver "$@" ;;
  *) echo "usage: $0 subscriber [--count N] | webhook" >&2; exit 2 ;;
esac
