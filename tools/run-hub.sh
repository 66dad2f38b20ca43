#!/usr/bin/env bash
# Starts GP Safety Hub on this machine: Azurite (tables, kept under .data/), MailDev (SMTP with a
# web inbox) and the hub itself (Orleans silo + GraphQL). Ctrl+C stops all three; Azurite is
# stopped with SIGINT so it flushes its data to disk. The demo estate (tools/GpSafetyHub.DemoEstate,
# a development tool, not part of the hub) is loaded once the hub answers, so a newcomer can sign in
# and use it at once; loading it again changes nothing. With "no-demo", it is not loaded.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HUB_PORT="${HUB_PORT:-5080}"
TABLE_PORT="${TABLE_PORT:-10002}"
SMTP_PORT="${SMTP_PORT:-1025}"
MAIL_WEB_PORT="${MAIL_WEB_PORT:-1080}"
DATA_DIR="${HUB_DATA_DIR:-$REPO_DIR/.data}"
GATEWAY_PORT="${GATEWAY_PORT:-30000}"

seed_demo=1
hub_args=()
for arg in "$@"; do
  case "$arg" in
    no-demo) seed_demo="" ;;
    seed-demo) seed_demo=1 ;; # the default; still accepted
    *) hub_args+=("$arg") ;;
  esac
done

require_toolchain
ensure_npm_tools
mkdir -p "$DATA_DIR/azurite" "$DATA_DIR/maildev"

echo "Building the hub..."
dotnet build "$REPO_DIR/silo/GpSafetyHub.Silo" -c Release --nologo -v quiet || die "The build failed."
if [ -n "$seed_demo" ]; then
  dotnet build "$TOOLS_DIR/GpSafetyHub.DemoEstate" -c Release --nologo -v quiet || die "The demo loader's build failed."
fi

# Started in the background and stopped by this script, so that Ctrl+C, a closed terminal or
# a kill all stop every service: the hub with SIGTERM (graceful), Azurite with SIGINT (it flushes
# its data only then).
# The services run in sessions of their own (setsid), so a Ctrl+C reaches them only through
# this script, once, after the hub has stopped.
hub=""
services=()
stop_all() {
  trap - INT TERM HUP EXIT
  if [ -n "$hub" ]; then kill -TERM "$hub" 2>/dev/null || true; wait "$hub" 2>/dev/null || true; fi
  for pid in ${services[@]+"${services[@]}"}; do kill -INT "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM HUP EXIT

setsid node "$TOOLS_DIR/node_modules/azurite/dist/src/table/main.js" \
  --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" --location "$DATA_DIR/azurite" \
  --disableTelemetry --silent > "$DATA_DIR/azurite.log" 2>&1 &
services+=($!)
setsid node "$TOOLS_DIR/node_modules/maildev/dist/bin/maildev.js" \
  --ip 127.0.0.1 --web-ip 127.0.0.1 -s "$SMTP_PORT" -w "$MAIL_WEB_PORT" \
  --mail-directory "$DATA_DIR/maildev" --silent > "$DATA_DIR/maildev.log" 2>&1 &
services+=($!)

wait_for_url "http://127.0.0.1:$TABLE_PORT/devstoreaccount1/Tables" 30 && kill -0 "${services[0]}" 2>/dev/null \
  || die "Azurite did not start on port $TABLE_PORT (is the port in use?); see $DATA_DIR/azurite.log"
wait_for_url "http://127.0.0.1:$MAIL_WEB_PORT/api/healthz" 30 && kill -0 "${services[1]}" 2>/dev/null \
  || die "MailDev did not start on port $MAIL_WEB_PORT (is the port in use?); see $DATA_DIR/maildev.log"

cat <<INFO
GP Safety Hub is starting:
  Web application     http://127.0.0.1:$HUB_PORT/  (open it and sign in as a demo person)
  GraphQL + GraphiQL  http://127.0.0.1:$HUB_PORT/graphql
  Health              http://127.0.0.1:$HUB_PORT/health
  Mail inbox          http://127.0.0.1:$MAIL_WEB_PORT
  Table storage       http://127.0.0.1:$TABLE_PORT (Azurite, data in $DATA_DIR/azurite)
  API tokens          ./tools/mint-token.sh --role <cso|practice|icb|national|admin> --scope <…>  (see README)
Press Ctrl+C to stop.
INFO

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Storage__ConnectionString="$(azurite_connection_string "$TABLE_PORT")"
export GraphiQL__NodeModulesPath="$TOOLS_DIR/node_modules"
export Web__NodeModulesPath="$TOOLS_DIR/node_modules"
export Mail__Host=127.0.0.1 Mail__Port="$SMTP_PORT" Mail__Security=None
silo_dir="$REPO_DIR/silo/GpSafetyHub.Silo"
export Cluster__GatewayPort="$GATEWAY_PORT"
dotnet "$silo_dir/bin/Release/net10.0/GpSafetyHub.Silo.dll" --contentRoot "$silo_dir" --urls "http://127.0.0.1:$HUB_PORT" ${hub_args[@]+"${hub_args[@]}"} &
hub=$!
if [ -n "$seed_demo" ]; then
  wait_for_url "http://127.0.0.1:$HUB_PORT/health" 60 || die "The hub did not answer on port $HUB_PORT."
  echo "Loading the demo estate..."
  if dotnet "$TOOLS_DIR/GpSafetyHub.DemoEstate/bin/Release/net10.0/GpSafetyHub.DemoEstate.dll" --Cluster:GatewayPort="$GATEWAY_PORT" --Logging:LogLevel:Default=Warning; then
    echo "Demo estate loaded (loading it again changes nothing)."
  else
    echo "Loading the demo estate failed; the hub goes on running." >&2
  fi
fi
wait "$hub"
