#!/usr/bin/env bash
# Builds bench/target/greentrain-bench.jar: every module plus the benchmark mains, in one jar.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl bench -am -DskipTests package
echo "bench/target/greentrain-bench.jar"
