#!/usr/bin/env bash
# Runs every test of GP Safety Hub: unit, cluster (Orleans TestingHost on Azurite) and end-to-end
# (GraphQL over HTTP, pages in headless Chromium). Tests start their own Azurite and MailDev on
# free loopback ports from tools/node_modules, installed here with Debian's Chromium.
# Ends with one line: "N passed, N failed".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_toolchain
ensure_npm_tools
ensure_chromium

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

status=0
dotnet test "$REPO_DIR/GpSafetyHub.sln" --logger "trx" --results-directory "$results" "$@" || status=$?

# The closing line CI reads, from the test results themselves (one .trx per test project).
summary="$(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
  function count(name,  m) { return match($0, " " name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0 : 0 }
  { files++; passed += count("passed"); failed += count("failed") + count("error") + count("timeout") + count("aborted"); skipped += count("notExecuted") }
  END { printf "%d %d %d %d", files, passed, failed, skipped }')"
read -r files passed failed skipped <<<"${summary:-0 0 0 0}"
# A build that failed, or a project whose tests never ran, counts as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
if [ "$files" -eq 0 ] || [ "$passed" -eq 0 ] || [ "$failed" -ne 0 ]; then status=1; fi
exit "$status"
