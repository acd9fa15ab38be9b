#!/usr/bin/env bash
# ./benchmark.sh [commands] [clients]: assignment-service's commands per second and p50/p99 latency over
# HTTP beside the plain driver's insert rate. ./benchmark.sh reminder [cases]: reminder-service at national
# scale (300,000 cases by default) beside the plain Kafka consumer. ./benchmark.sh reporting [events]:
# reporting-service's rebuild of its projection from a million events by default beside the plain Kafka
# consumer, and an area's key figures over about 300,000 open cases. See docs/benchmark.md.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java ${JAVA_OPTS:-} -Dlogging.level.root=WARN -jar local-suite/target/local-suite.jar benchmark "$@" 2>&1 \
  | grep -vE '^[0-9:. ]+(WARN|INFO|DEBUG)|^\s+at |^java\.|^Caused by'
