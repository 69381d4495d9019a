# Installs what the platform needs on a fresh Debian machine, and nothing twice.
# Sourced by run.sh and test.sh:  ensure_prerequisites
# - PostgreSQL and RabbitMQ from Debian's packages (run as local processes by the AppHost; no Docker needed)
# - Node.js and npm, with which the web console's build fetches ECharts from the npm registry
# - smtp4dev, the development mail server, as a dotnet tool under .tools/
# - for the browser tests only (ensure_browser): Debian's chromium and the Noto CJK fonts, so Chinese renders

SMTP4DEV_VERSION=3.15.0

_as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

_apt_install() {
  if [ -z "${_APT_UPDATED:-}" ]; then
    _as_root apt-get update -qq
    _APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive _as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_prerequisites() {
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is required (dotnet was not found on PATH)." >&2
    return 1
  fi
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "Installing PostgreSQL (Debian package)..."
    _apt_install postgresql
  fi
  if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
    echo "Installing RabbitMQ (Debian package)..."
    # The package's postinst tries to start a system service; that is refused without systemd and harmless.
    _apt_install rabbitmq-server || [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]
  fi
  if ! command -v setpriv >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    _apt_install util-linux
  fi
  if ! command -v npm >/dev/null 2>&1; then
    # The web console's build fetches its chart library (ECharts, pinned) from the npm registry with `npm pack`.
    echo "Installing Node.js and npm (Debian packages)..."
    _apt_install nodejs npm
  fi
  if [ ! -x "$root/.tools/smtp4dev" ]; then
    echo "Installing smtp4dev $SMTP4DEV_VERSION (development mail server)..."
    dotnet tool install --tool-path "$root/.tools" Rnwood.Smtp4dev --version "$SMTP4DEV_VERSION" >/dev/null
  fi
}

# The web console's tests drive a real Chromium through Playwright; Playwright's own browser download
# cannot work here, so they use Debian's (tests/Jinning.Web.Tests/ConsoleFixture.cs names its path).
ensure_browser() {
  if [ ! -x /usr/lib/chromium/chromium ] && [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium (Debian package, for the web console's browser tests)..."
    _apt_install chromium
  fi
  if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    echo "Installing Noto CJK fonts (Chinese in the browser tests' screenshots)..."
    _apt_install fonts-noto-cjk
  fi
}

# The department client samples (samples/department-clients) and their tests: Debian's python3 with pika,
# a JDK with the RabbitMQ and Jackson jars in /usr/share/java.
ensure_sample_toolchains() {
  if ! /usr/bin/python3 -c "import pika" >/dev/null 2>&1; then
    echo "Installing python3-pika (the Python department client sample)..."
    _apt_install python3 python3-pika
  fi
  if ! command -v javac >/dev/null 2>&1; then
    echo "Installing a JDK (the Java department client sample)..."
    _apt_install default-jdk-headless
  fi
  if [ ! -f /usr/share/java/amqp-client.jar ] || [ ! -f /usr/share/java/jackson-databind.jar ] || [ ! -f /usr/share/java/slf4j-nop.jar ]; then
    echo "Installing the RabbitMQ and Jackson jars (the Java department client sample)..."
    _apt_install librabbitmq-client-java libjackson2-databind-java libslf4j-java
  fi
}

# Ends what a local platform may leave if it was killed hard: servers started on a data folder.
stop_leftovers() {
  local data=$1 pid
  for pid in $(pgrep -f "postgres -D $data" 2>/dev/null); do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $(pgrep -x epmd 2>/dev/null; pgrep -f beam.smp 2>/dev/null); do
    if tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "HOME=$data/rabbitmq"; then
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
}
