#!/usr/bin/env bash
# The full England estate through the hub (see bench/GpSafetyHub.Bench/EnglandScale.cs and
# docs/performance.md): builds the silo and the benchmark in Release, then starts Azurite, MailDev
# and the hub on loopback, loads 6,300 practices in 42 ICBs, 30 programmes of 60 hazards and 20,000
# localisations through the API, and measures catch-up, national reads, memory, the reminder scan,
# sending against a bare MailKit loop, and a cold restart.
# Usage: bench/england-scale.sh [practices=6300] [localisations=20000] [clients=16]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../tools/lib.sh"

run_benchmark england-scale "$@"
