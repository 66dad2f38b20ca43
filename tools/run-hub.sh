#!/usr/bin/env bash
# Starts GP Safety Hub on this machine: Azurite (tables, kept under .data/), MailDev (SMTP with a
# web inbox) and the hub itself (Orleans silo + GraphQL). Ctrl+C stops all three; Azurite is
# stopped with SIGINT so it flushes its data to disk. The demo estate (tools/GpSafetyHub.DemoEstate,
# a development tool, not part of the hub) is loaded once the hub answers, so a newcomer can sign in
# and use it at once; loading it again changes nothing. With "no-demo", it is not loaded.
# With "--silos N" it starts N silos, each a process of its own with its own ports, forming one
# cluster through Azure Table membership in the same storage (ports HUB_PORT, HUB_PORT+1, ...).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HUB_PORT="${HUB_PORT:-5080}"
TABLE_PORT="${TABLE_PORT:-10002}"
SMTP_PORT="${SMTP_PORT:-1025}"
MAIL_WEB_PORT="${MAIL_WEB_PORT:-1080}"
DATA_DIR="${HUB_DATA_DIR:-$REPO_DIR/.data}"
GATEWAY_PORT="${GATEWAY_PORT:-30000}"

SILO_PORT="${SILO_PORT:-11111}"

seed_demo=1
silos=1
hub_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    no-demo) seed_demo="" ;;
    seed-demo) seed_demo=1 ;; # the default; still accepted
    --silos)
      [[ "${2:-}" =~ ^[1-9][0-9]?$ ]] || die "--silos needs a number of silos from 1 to 99 (got '${2:-}')."
      silos="$2"; shift ;;
    *) hub_args+=("$1") ;;
  esac
  shift
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
hubs=()
services=()
stop_all() {
  trap - INT TERM HUP EXIT
  for pid in ${hubs[@]+"${hubs[@]}"}; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in ${hubs[@]+"${hubs[@]}"}; do wait "$pid" 2>/dev/null || true; done
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
GP Safety Hub is starting ($silos silo$([ "$silos" -gt 1 ] && echo s)):
  Web application     http://127.0.0.1:$HUB_PORT/  (open it and sign in as a demo person)
  GraphQL + GraphiQL  http://127.0.0.1:$HUB_PORT/graphql
  Health              http://127.0.0.1:$HUB_PORT/health  (/health/live, /health/ready)
  Metrics             http://127.0.0.1:$HUB_PORT/metrics  (Prometheus; traces too with Telemetry__OtlpEndpoint)
  Orleans dashboard   http://127.0.0.1:$HUB_PORT/dashboard  (sign in as the administrator, Jo Morgan)
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
export Telemetry__PrometheusEnabled="${Telemetry__PrometheusEnabled:-true}"
silo_dir="$REPO_DIR/silo/GpSafetyHub.Silo"
if [ "$silos" -gt 1 ]; then
  # Several silos find each other in a membership table in the same storage account.
  export Cluster__Membership=AzureTable Cluster__AdvertisedAddress=127.0.0.1
fi
for ((i = 0; i < silos; i++)); do
  if [ "$silos" -gt 1 ]; then echo "  Silo $i              http://127.0.0.1:$((HUB_PORT + i))/  (silo port $((SILO_PORT + i)), gateway $((GATEWAY_PORT + i)))"; fi
  # Each silo's output is marked with its number when there are several (the marker outlives a
  # Ctrl+C, so a stopping silo can still write its last lines).
  Cluster__SiloPort="$((SILO_PORT + i))" Cluster__GatewayPort="$((GATEWAY_PORT + i))" \
    dotnet "$silo_dir/bin/Release/net10.0/GpSafetyHub.Silo.dll" --contentRoot "$silo_dir" --urls "http://127.0.0.1:$((HUB_PORT + i))" ${hub_args[@]+"${hub_args[@]}"} \
    > >(trap '' INT; if [ "$silos" -gt 1 ]; then exec sed -u "s/^/[silo $i] /"; else exec cat; fi) 2>&1 &
  hubs+=($!)
  # Each silo joins the cluster the ones before it formed.
  wait_for_ok "http://127.0.0.1:$((HUB_PORT + i))/health/ready" 90 || die "Silo $i did not become ready on port $((HUB_PORT + i))."
done
if [ -n "$seed_demo" ]; then
  echo "Loading the demo estate..."
  if dotnet "$TOOLS_DIR/GpSafetyHub.DemoEstate/bin/Release/net10.0/GpSafetyHub.DemoEstate.dll" --Cluster:GatewayPort="$GATEWAY_PORT" --Logging:LogLevel:Default=Warning; then
    echo "Demo estate loaded (loading it again changes nothing)."
  else
    echo "Loading the demo estate failed; the hub goes on running." >&2
  fi
fi
# Until Ctrl+C, or until any silo stops.
wait -n "${hubs[@]}" || true
