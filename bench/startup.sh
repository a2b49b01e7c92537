#!/usr/bin/env bash
# Sample app start-up with the demo provider on: seconds from the JVM's launch until
# GET /api/auth/ok answers, RUNS times, median and range. JAVA and JAVA_OPTS choose the JVM and
# its flags; CDS=1 or AOT=1 first train a class-data archive (JDK 17+) or an AOT cache (JDK 25:
# JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java AOT=1) from one start of the extracted jar, as
# the README's "Faster start-up" explains, and then measure starts with it.
#   bench/startup.sh          (RUNS=7 PORT=18080 DEMO_PORT=19099 JAVA=java JAVA_OPTS=)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
PORT=${PORT:-18080}
DEMO_PORT=${DEMO_PORT:-19099}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
ARGS=(--server.port="$PORT" --sample.demo-provider.port="$DEMO_PORT" --logging.level.root=warn)
TRAIN_ARGS=("${ARGS[@]}")
# shellcheck source=bench/jar.sh
. bench/jar.sh
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is taken by another process; stop it or set PORT" >&2; exit 1
fi
TIMES=()
for _ in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -jar "$JAR" "${ARGS[@]}" > /tmp/better-auth-startup.log 2>&1 & pid=$!
  until curl -sf "http://127.0.0.1:$PORT/api/auth/ok" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see /tmp/better-auth-startup.log"; exit 1; }
    sleep 0.02
  done
  TIMES+=("$(echo "$(date +%s.%N) - $start" | bc)")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
printf '%s\n' "${TIMES[@]}" | sort -n | awk '{t[NR]=$1} END {printf "start-up to the first answered request: median %.2f s (min %.2f, max %.2f, %d runs)\n", t[int((NR+1)/2)], t[1], t[NR], NR}'
