#!/usr/bin/env bash
# Runs every test of GP Safety Hub: unit, cluster (Orleans TestingHost on Azurite) and end-to-end
# (GraphQL over HTTP). Tests start their own Azurite and MailDev on free loopback ports from
# tools/node_modules, installed here. Ends with one line: "N passed, N failed".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_toolchain
ensure_npm_tools

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

status=0
dotnet test "$REPO_DIR/GpSafetyHub.sln" --logger "trx" --results-directory "$results" "$@" || status=$?

python3 - "$results" <<'PY' || status=1
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
files = glob.glob(sys.argv[1] + "/*.trx")
for f in files:
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    skipped += int(c.get("notExecuted"))
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
sys.exit(1 if failed or not files or passed == 0 else 0)
PY
exit "$status"
