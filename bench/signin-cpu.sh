#!/usr/bin/env bash
# The sign-in flow's cost (issue 15), in one run against the sample app's jar and a local
# OpenID provider that signs a fresh RS256 id_token per flow (bench/oidc_provider.py; the app
# reads its discovery document, verifies every id_token against its JWKS, checks the nonce):
#   first-signin  seconds from the JVM's launch to the first answered sign-in
#   first-2000    server CPU per flow over the first FIRST flows after that (JIT warm-up included)
#   flow          server CPU per flow in steady state, after WARMUP flows in all
#   ok            server CPU per iteration of two GET /api/auth/ok, driven the same way (same
#                 client, same CONCURRENCY), alternating with the flow rounds; the ratio is given
#                 of the medians and as the median of each round's own ratio
#   threads       threads the JVM started per flow in steady state (PerfCounter java.threads.started)
#   statements    SQL statements per flow, returning and new user, counted by H2 itself
#                 (QUERY_STATISTICS) in a second start of the app against an H2 TCP server
# A flow is POST /sign-in/social plus GET /callback/bench (token exchange, id_token verification,
# returning user: one user per client thread). CPU is the app process's user+system time
# (/proc/PID/stat) over each phase, divided by its flows. Environment:
#   CONCURRENCY=8 FIRST=2000 WARMUP=15000 FLOWS=3000 ROUNDS=3 STATEMENTS=1
#   JAVA=java JAVA_OPTS= PORT=18080 PROVIDER_PORT=18099 H2_PORT=18092
#   CDS=1 (a class-data archive) or AOT=1 (JDK 25's AOT cache), trained as bench/jar.sh says;
#   AOT_TRAIN_FLOWS=N (JDK 25): an AOT cache trained on N sign-ins instead
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
PROVIDER_PORT=${PROVIDER_PORT:-18099}
H2_PORT=${H2_PORT:-18092}
CONCURRENCY=${CONCURRENCY:-8}
FIRST=${FIRST:-2000}
WARMUP=${WARMUP:-15000}
FLOWS=${FLOWS:-3000}
ROUNDS=${ROUNDS:-3}
STATEMENTS=${STATEMENTS:-1}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
python3 -c 'import cryptography' 2>/dev/null || { echo "python3 with the cryptography package is required"; exit 1; }
TRAIN_ARGS=(--sample.demo-provider.enabled=false --server.port="$PORT")
# An AOT cache trained on sign-ins (below) needs the extracted layout too; jar.sh makes it.
[ "${AOT_TRAIN_FLOWS:-0}" -gt 0 ] && EXTRACT=1
# shellcheck source=bench/jar.sh
. bench/jar.sh
JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd

python3 bench/oidc_provider.py "$PROVIDER_PORT" bench & PROVIDER_PID=$!
APP_PID=
H2_PID=
trap 'kill $APP_PID $PROVIDER_PID $H2_PID 2>/dev/null || true' EXIT

start_app() { # start_app EXTRA_ARGS...: starts the jar, sets APP_PID and START
  START=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -Xms512m -Xmx512m -jar "$JAR" --server.port="$PORT" --sample.demo-provider.enabled=false \
    --logging.level.root=warn --better-auth.base-url="http://127.0.0.1:$PORT" \
    --better-auth.rate-limit.enabled=false \
    --better-auth.providers.bench.client-id=bench --better-auth.providers.bench.client-secret=bench \
    --better-auth.providers.bench.issuer="http://127.0.0.1:$PROVIDER_PORT" "$@" \
    > /tmp/better-auth-signin-bench.log 2>&1 & APP_PID=$!
}
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is taken by another process; stop it or set PORT" >&2; exit 1
fi
HZ=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
threads_started() { "$JCMD" "$APP_PID" PerfCounter.print | awk -F= '/java.threads.started=/ {print $2}'; }
phase() { # phase NAME MODE COUNT: prints "NAME COUNT ticks threads"
  local before after threads_before threads_after
  threads_before=$(threads_started); before=$(cpu_ticks)
  python3 bench/signin_load.py "$PORT" "$2" "$3" "$CONCURRENCY"
  after=$(cpu_ticks); threads_after=$(threads_started)
  echo "$1 $3 $((after - before)) $((threads_after - threads_before))"
}

# JDK 25: an AOT cache trained on sign-ins (AOT_TRAIN_FLOWS of them, written when that start
# exits), so that later starts begin with the classes loaded and linked and the methods profiled.
if [ "${AOT_TRAIN_FLOWS:-0}" -gt 0 ]; then
  SAVED_OPTS=$JAVA_OPTS
  JAVA_OPTS="$JAVA_OPTS -XX:AOTCacheOutput=$TRAINED/app.aot"
  start_app
  python3 bench/signin_load.py "$PORT" first "$START" > /dev/null
  python3 bench/signin_load.py "$PORT" flows "$AOT_TRAIN_FLOWS" "$CONCURRENCY"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  JAVA_OPTS="$SAVED_OPTS -XX:AOTCache=$TRAINED/app.aot"
fi

RESULTS=$(mktemp)
start_app
echo "first-signin $(python3 bench/signin_load.py "$PORT" first "$START")" >> "$RESULTS"
phase first flows "$FIRST" >> "$RESULTS"
done_flows=$FIRST
while [ "$done_flows" -lt "$WARMUP" ]; do
  echo "warming up: $done_flows of $WARMUP flows" >&2
  python3 bench/signin_load.py "$PORT" flows 2500 "$CONCURRENCY"
  done_flows=$((done_flows + 2500))
done
# /ok gets its own warm-up, so neither side of the ratio is measured cold.
python3 bench/signin_load.py "$PORT" ok "$FLOWS" "$CONCURRENCY"
for round in $(seq 1 "$ROUNDS"); do
  phase flow flows "$FLOWS" >> "$RESULTS"
  phase ok ok "$FLOWS" >> "$RESULTS"
done
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true

if [ "$STATEMENTS" = 1 ]; then
  H2_JAR=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)
  "$JAVA" -cp "$H2_JAR" org.h2.tools.Server -tcp -tcpPort "$H2_PORT" -ifNotExists > /dev/null 2>&1 & H2_PID=$!
  sleep 1
  URL="jdbc:h2:tcp://127.0.0.1:$H2_PORT/mem:signin-bench;DB_CLOSE_DELAY=-1;QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=1000"
  start_app --spring.datasource.url="$URL" --better-auth.cleanup.enabled=false
  python3 bench/signin_load.py "$PORT" first "$START" > /dev/null
  count() { "$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "$URL" \
    -sql "select sum(EXECUTION_COUNT) from INFORMATION_SCHEMA.QUERY_STATISTICS where SQL_STATEMENT <> 'COMMIT' and SQL_STATEMENT not like '%QUERY_STATISTICS%'" | awk 'NR==2 {print $1}'; }
  for mode in flows new; do
    before=$(count); python3 bench/signin_load.py "$PORT" "$mode" 200 1; after=$(count)
    echo "statements-$mode 200 $((after - before)) 0" >> "$RESULTS"
  done
fi

python3 - "$RESULTS" "$HZ" "$CONCURRENCY" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
hz, concurrency = int(sys.argv[2]), sys.argv[3]
first_signin = next(float(r[1]) for r in rows if r[0] == "first-signin")
per = {}
threads = {}
for name, count, ticks, started in (r for r in rows if len(r) == 4):
    per.setdefault(name, []).append(int(ticks) / hz * 1e3 / int(count))
    threads.setdefault(name, []).append(int(started) / int(count))
flow, ok = statistics.median(per["flow"]), statistics.median(per["ok"])
print(f"sign-in flows against the sample jar, {concurrency} concurrent clients, RS256 id_tokens verified")
print(f"time to the first answered sign-in      {first_signin:8.2f} s after the JVM's launch")
print(f"CPU per flow, first flows (warm-up)     {per['first'][0]:8.3f} ms")
print(f"CPU per flow, steady state (median)     {flow:8.3f} ms   runs: " + " ".join(f"{v:.3f}" for v in per["flow"]))
print(f"CPU per two GET /ok (median)            {ok:8.3f} ms   runs: " + " ".join(f"{v:.3f}" for v in per["ok"]))
print(f"flow / two GET /ok                      {flow / ok:8.2f} x   (goal: at most 5)")
# Each flow round next to the /ok round after it: drift of the machine's speed cancels out.
pairs = [f / o for f, o in zip(per["flow"], per["ok"])]
print(f"flow / two GET /ok, round by round      {statistics.median(pairs):8.2f} x   (median; rounds: "
      + " ".join(f"{v:.2f}" for v in pairs) + ")")
print(f"threads started per flow (steady)       {statistics.median(threads['flow']):8.3f}")
for mode, label in (("statements-flows", "returning user"), ("statements-new", "new user")):
    if mode in per:
        print(f"SQL statements per flow, {label:<15}{per[mode][0] * hz / 1e3:8.2f}")
PY
