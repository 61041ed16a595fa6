#!/usr/bin/env bash
# Builds bench/target/greentrain-bench.jar: every module plus the benchmark mains, in one jar.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl bench -am -DskipTests package >&2 # stdout carries only the jar path
echo "bench/target/greentrain-bench.jar"
