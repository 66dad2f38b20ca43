# Shared by the hub's scripts: installing the npm tools and waiting for services.
# Sourced, not run.

TOOLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$TOOLS_DIR/.." && pwd)"

die() { echo "error: $*" >&2; exit 1; }

# Node 20+ and npm run Azurite, MailDev and serve GraphiQL's assets; .NET 10 builds the hub.
require_toolchain() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      # Debian's own Node.js may be older than 20; the version check below then says so.
      echo "Installing Node.js from Debian packages..."
      apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
    fi
  fi
  command -v node >/dev/null 2>&1 || die "Node.js 20 or later is required (https://nodejs.org)."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js 20 or later is required; found $(node --version)."
  command -v dotnet >/dev/null 2>&1 || die "The .NET 10 SDK is required (https://dot.net)."
  if ! command -v curl >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then apt-get update -qq && apt-get install -y -qq curl >/dev/null; fi
    command -v curl >/dev/null 2>&1 || die "curl is required."
  fi
}

# Debian's Chromium, which the browser tests drive headless (never a browser downloaded by Playwright).
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Chromium from Debian packages (for the browser tests)..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
  fi
  [ -x /usr/bin/chromium ] || die "Chromium is required for the browser tests: install Debian's chromium package (apt-get install chromium)."
}

# Installs tools/node_modules exactly as locked, when missing or older than the lockfile.
ensure_npm_tools() {
  local marker="$TOOLS_DIR/node_modules/.package-lock.json"
  if [ ! -f "$marker" ] || [ "$TOOLS_DIR/package-lock.json" -nt "$marker" ]; then
    echo "Installing Azurite, MailDev and GraphiQL (npm ci in tools/)..."
    (cd "$TOOLS_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in tools/ failed."
  fi
}

# run_benchmark COMMAND ARGS...: the benchmarks that start the hub build it in Release first, then run.
run_benchmark() {
  require_toolchain
  ensure_npm_tools
  dotnet build "$REPO_DIR/silo/GpSafetyHub.Silo" -c Release --nologo -v quiet || die "The silo's build failed."
  dotnet run -c Release --project "$REPO_DIR/bench/GpSafetyHub.Bench" -- "$@"
}

# wait_for_url URL SECONDS: until the URL answers at all (any HTTP status).
wait_for_url() {
  local url="$1" seconds="$2" i
  for ((i = 0; i < seconds * 4; i++)); do
    curl -s -o /dev/null -m 1 "$url" && return 0
    sleep 0.25
  done
  return 1
}

# Like wait_for_url, but only a 2xx answer counts (a readiness probe answers 503 until ready).
wait_for_ok() {
  local url="$1" seconds="$2" i
  for ((i = 0; i < seconds * 4; i++)); do
    curl -s -f -o /dev/null -m 2 "$url" && return 0
    sleep 0.25
  done
  return 1
}

# Azure's documented development-storage account: public, and only ever valid against Azurite.
AZURITE_ACCOUNT_KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
azurite_connection_string() {
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZURITE_ACCOUNT_KEY;TableEndpoint=http://127.0.0.1:$1/devstoreaccount1;"
}
