#!/usr/bin/env bash
# Takes the README's screenshots (docs/screenshots/*.png): starts a hub of its own with the demo
# estate on spare ports and an empty data folder (your .data/ is left alone), signs in as each demo
# person in Debian's headless Chromium, saves the main pages, and stops the hub.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

require_toolchain
ensure_chromium
ensure_npm_tools

data_dir="$(mktemp -d)"
log="$data_dir/hub.log"
export HUB_PORT=5180 TABLE_PORT=10102 SMTP_PORT=1125 MAIL_WEB_PORT=1180 GATEWAY_PORT=30100 HUB_DATA_DIR="$data_dir"
"$TOOLS_DIR/run-hub.sh" > "$log" 2>&1 &
hub=$!
stop() { kill -TERM "$hub" 2>/dev/null || true; wait "$hub" 2>/dev/null || true; rm -rf "$data_dir"; }
trap stop EXIT

# The pages are taken once the demo estate is in: run-hub.sh says so.
for ((i = 0; i < 600; i++)); do
  grep -q "Demo estate loaded" "$log" && break
  kill -0 "$hub" 2>/dev/null || { cat "$log" >&2; die "The hub stopped before the demo estate was loaded."; }
  sleep 0.5
done
grep -q "Demo estate loaded" "$log" || { cat "$log" >&2; die "The demo estate was not loaded within five minutes."; }

node "$TOOLS_DIR/screenshots/take.mjs" "http://127.0.0.1:$HUB_PORT" "$REPO_DIR/docs/screenshots"
echo "Screenshots saved in docs/screenshots/."
