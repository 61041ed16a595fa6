#!/usr/bin/env bash
# Meter overhead: CPU time of the sampler at 10 Hz over 60 s, as a share of one core (target < 0.5%).
# Usage: bench/meter.sh [seconds] [interval_ms]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="$(bench/build.sh)"
# shellcheck source=bench/lib/jvm.sh
source bench/lib/jvm.sh
java "${JVM_OPTS[@]}" -cp "$JAR" org.greentrain.bench.MeterOverheadBench "${1:-60}" "${2:-100}"
