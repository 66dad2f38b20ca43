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
dotnet build "$silo_dir" -c Release --nologo -v quiet >&2 || die "The build failed."
# Run from the silo's folder so its Development settings (which enable these tokens) apply.
cd "$silo_dir"
ASPNETCORE_ENVIRONMENT=Development exec dotnet "$dll" mint-token "$@"
