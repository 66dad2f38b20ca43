#!/usr/bin/env bash
# Prints a development bearer token for GP Safety Hub, e.g.
#   ./tools/mint-token.sh --role practice --scope A81001 --name "Dr Grace Hopper"
#   ./tools/mint-token.sh --role cso --scope "function:NEL CSU Clinical Safety" --name "Dr Ada Lovelace"
# Roles: cso, practice, icb, national, admin (several allowed). Scopes: programme ids or
# function:<CSO function> (cso), ODS codes (practice), ICB codes (icb).
# Signed with a key kept outside the repository (~/.config/gp-safety-hub/dev-token.key, created on
# first use). Only a hub running in Development accepts these tokens.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_toolchain
silo_dir="$REPO_DIR/silo/GpSafetyHub.Silo"
dll="$silo_dir/bin/Release/net10.0/GpSafetyHub.Silo.dll"
# Built only when the hub is not built yet or its sources changed since; the build's output is
# shown only if it fails, so the one thing printed is the token (TOKEN=$(./tools/mint-token.sh …)).
if [ ! -f "$dll" ] || [ -n "$(find "$REPO_DIR/silo" "$REPO_DIR/grains" "$REPO_DIR/graphql" "$REPO_DIR/jobs" "$REPO_DIR"/Directory.*.props \
    \( -path '*/bin' -o -path '*/obj' \) -prune -o -type f -newer "$dll" \( -name '*.cs' -o -name '*.csproj' -o -name '*.json' -o -name '*.props' \) -print -quit)" ]; then
  build_log="$(mktemp)"
  dotnet build "$silo_dir" -c Release --nologo -v quiet > "$build_log" 2>&1 || { cat "$build_log" >&2; rm -f "$build_log"; die "The build failed."; }
  rm -f "$build_log"
fi
# Run from the silo's folder so its Development settings (which enable these tokens) apply.
cd "$silo_dir"
ASPNETCORE_ENVIRONMENT=Development exec dotnet "$dll" mint-token "$@"
