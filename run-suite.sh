#!/usr/bin/env bash
# Builds the suite (tests skipped) and starts it with its embedded defaults: a Kafka broker,
# a MongoDB-wire server and every service, data kept under ./data. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java ${JAVA_OPTS:-} -jar local-suite/target/local-suite.jar "$@"
