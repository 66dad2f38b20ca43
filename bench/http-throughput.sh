#!/usr/bin/env bash
# The hub's reads against the limit in one run (see bench/GpSafetyHub.Bench/HttpThroughput.cs and
# docs/performance.md): builds the silo and the benchmark in Release, then starts Azurite, the hub
# and a Kestrel baseline on loopback, loads an ICB through the API and drives both with the same
# load generator. Usage: bench/http-throughput.sh [practices=400] [programmes=30] [runs=3] [seconds=5]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../tools/lib.sh"

run_benchmark http-throughput "$@"
