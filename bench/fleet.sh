#!/usr/bin/env bash
# get-session's server CPU per request from each place a session can be read, each against the
# same server's GET /api/auth/ok in the same run (issue 14):
#   database      sessions in H2 only (no Redis, no cookie cache)
#   redis         better-auth.secondary-storage=redis (sessions read from Redis; needs Redis)
#   cookie-cache  a valid session_data cookie (compact): neither database nor Redis is read
# Each configuration is its own start of the sample jar (demo provider off, a local fake
# provider, rate limiting off), warmed with wrk before measuring; the ok and get-session runs
# alternate. /ok is measured bare and with the session's cookies (Tomcat parses every cookie of
# every request, so that is the floor for any request a signed-in browser makes). CPU is the app process's user+system time (/proc/PID/stat) over each run.
#   bench/fleet.sh            (DURATION=10 ROUNDS=3 CONFIGS="database redis cookie-cache"
#                              PORT=18080 PROVIDER_PORT=18099)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
PROVIDER_PORT=${PROVIDER_PORT:-18099}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
CONFIGS=${CONFIGS:-database redis cookie-cache}
command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
JAR=$(ls sample-app/target/sample-app-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -q -B -pl sample-app -am package -DskipTests
  JAR=$(ls sample-app/target/sample-app-*.jar | head -1)
fi
HAVE_REDIS=1
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || { HAVE_REDIS=0; echo "no Redis on 127.0.0.1:6379: the redis row is skipped" >&2; }

python3 bench/fake_provider.py "$PROVIDER_PORT" & PROVIDER_PID=$!
APP_PID=
trap 'kill $APP_PID $PROVIDER_PID 2>/dev/null || true' EXIT
P=http://127.0.0.1:$PROVIDER_PORT
HZ=$(getconf CLK_TCK)
RESULTS=$(mktemp)

start_app() {
  java -Xms512m -Xmx512m -jar "$JAR" --server.port="$PORT" --sample.demo-provider.enabled=false \
    --logging.level.root=warn --better-auth.base-url="http://127.0.0.1:$PORT" \
    --better-auth.rate-limit.enabled=false --better-auth.redis.key-prefix=bench-fleet: \
    --better-auth.providers.bench.client-id=bench --better-auth.providers.bench.client-secret=bench \
    --better-auth.providers.bench.auth-url="$P/authorize" --better-auth.providers.bench.token-url="$P/token" \
    --better-auth.providers.bench.user-info-url="$P/userinfo" "$@" > /tmp/better-auth-fleet-app.log 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/auth/ok" >/dev/null && return; sleep 1; done
  echo "the app did not start; see /tmp/better-auth-fleet-app.log" >&2; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
wrk_cpu() {
  local name=$1; shift
  local before after out
  before=$(cpu_ticks)
  out=$(wrk -t1 -c8 -d"${DURATION}s" "$@")
  after=$(cpu_ticks)
  echo "$name $(echo "$out" | awk '/requests in/ {print $1}') $((after - before))" >> "$RESULTS"
}
measure() {
  local name=$1; shift
  start_app "$@"
  local cookie
  cookie=$(python3 bench/signin.py "$PORT" once)
  echo "$name: warming up" >&2
  for _ in 1 2; do
    wrk -t1 -c8 -d"${DURATION}s" "http://127.0.0.1:$PORT/api/auth/ok" >/dev/null
    wrk -t1 -c8 -d"${DURATION}s" -H "Cookie: $cookie" "http://127.0.0.1:$PORT/api/auth/ok" >/dev/null
    wrk -t1 -c8 -d"${DURATION}s" -H "Cookie: $cookie" "http://127.0.0.1:$PORT/api/auth/get-session" >/dev/null
  done
  for _ in $(seq 1 "$ROUNDS"); do
    wrk_cpu "$name:ok" "http://127.0.0.1:$PORT/api/auth/ok"
    wrk_cpu "$name:ok-with-cookies" -H "Cookie: $cookie" "http://127.0.0.1:$PORT/api/auth/ok"
    wrk_cpu "$name:get-session" -H "Cookie: $cookie" "http://127.0.0.1:$PORT/api/auth/get-session"
  done
  stop_app
}

for config in $CONFIGS; do
  case $config in
    database) measure database ;;
    redis) [ "$HAVE_REDIS" = 1 ] && measure redis --better-auth.secondary-storage=redis ;;
    # max-age outlasts the run: an expired cache cookie would send every request to storage.
    cookie-cache) measure cookie-cache --better-auth.session.cookie-cache.enabled=true \
      --better-auth.session.cookie-cache.max-age=2h ;;
  esac
done

python3 - "$RESULTS" "$HZ" <<'PY'
import statistics, sys
hz = int(sys.argv[2])
per = {}
for name, requests, ticks in (line.split() for line in open(sys.argv[1])):
    per.setdefault(name, []).append(int(ticks) / hz * 1e6 / int(requests))
print(f"{'get-session from':<16}{'us/request':>12}{'/ok us':>8}{'x /ok':>7}{'/ok+cookies us':>16}{'x':>6}   get-session runs (us)")
for config in ["database", "redis", "cookie-cache"]:
    if config + ":ok" not in per:
        continue
    ok = statistics.median(per[config + ":ok"])
    okc = statistics.median(per[config + ":ok-with-cookies"])
    gs = statistics.median(per[config + ":get-session"])
    print(f"{config:<16}{gs:>12.1f}{ok:>8.1f}{gs / ok:>7.2f}{okc:>16.1f}{gs / okc:>6.2f}   "
          + " ".join(f"{v:.1f}" for v in per[config + ":get-session"]))
print("/ok+cookies: GET /ok carrying the same Cookie header as get-session (what a browser sends on every request).")
PY
