#!/usr/bin/env bash
# Server CPU per request on the hot paths, measured against the running sample app (H2):
#   get-session (wrk, signed-in cookie) against GET /api/auth/ok (wrk, the framework's floor);
#   the sample's protected JSON endpoint GET /api/me (Spring Security with the Better Auth
#   session filter, signed-in cookie) against the same floor;
#   a full sign-in (sign-in/social + callback, new and returning user) against /ok.
# CPU is the app process's own user+system time (/proc/PID/stat) over each run, divided by the
# requests it served; the ok and get-session runs alternate, so drift hits both alike.
#   bench/run.sh            (DURATION=10 ROUNDS=3 SIGNINS=300 PORT=18080 PROVIDER_PORT=18099)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
PROVIDER_PORT=${PROVIDER_PORT:-18099}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
SIGNINS=${SIGNINS:-300}
command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)"; exit 1; }
JAR=$(ls sample-app/target/sample-app-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
  mvn -q -B -pl sample-app -am package -DskipTests
  JAR=$(ls sample-app/target/sample-app-*.jar | head -1)
fi

python3 bench/fake_provider.py "$PROVIDER_PORT" & PROVIDER_PID=$!
P=http://127.0.0.1:$PROVIDER_PORT
java -Xms512m -Xmx512m -jar "$JAR" --server.port="$PORT" --sample.demo-provider.enabled=false \
  --logging.level.root=warn --better-auth.base-url="http://127.0.0.1:$PORT" \
  --better-auth.rate-limit.enabled=false \
  --better-auth.providers.bench.client-id=bench --better-auth.providers.bench.client-secret=bench \
  --better-auth.providers.bench.auth-url="$P/authorize" --better-auth.providers.bench.token-url="$P/token" \
  --better-auth.providers.bench.user-info-url="$P/userinfo" > /tmp/better-auth-bench-app.log 2>&1 & APP_PID=$!
trap 'kill $APP_PID $PROVIDER_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/auth/ok" >/dev/null && break; sleep 1; done

HZ=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
COOKIE=$(python3 bench/signin.py "$PORT" once)

# wrk_cpu NAME ARGS...: prints "NAME requests ticks"
wrk_cpu() {
  local name=$1; shift
  local before after out
  before=$(cpu_ticks)
  out=$(wrk -t1 -c8 -d"${DURATION}s" "$@")
  after=$(cpu_ticks)
  echo "$name $(echo "$out" | awk '/requests in/ {print $1}') $((after - before))"
}
signin_cpu() {
  local before after
  before=$(cpu_ticks)
  python3 bench/signin.py "$PORT" "$1" "$SIGNINS"
  after=$(cpu_ticks)
  echo "signin-$1 $((SIGNINS * 2)) $((after - before))"
}

echo "warming up" >&2
wrk -t1 -c8 -d"${DURATION}s" "http://127.0.0.1:$PORT/api/auth/ok" >/dev/null
wrk -t1 -c8 -d"${DURATION}s" -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/api/auth/get-session" >/dev/null
wrk -t1 -c8 -d"${DURATION}s" -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/api/me" >/dev/null
# The sign-in path runs many classes once per request: give the JIT enough calls to finish.
python3 bench/signin.py "$PORT" new $((SIGNINS * 5))

RESULTS=$(mktemp)
for round in $(seq 1 "$ROUNDS"); do
  wrk_cpu ok "http://127.0.0.1:$PORT/api/auth/ok" >> "$RESULTS"
  wrk_cpu get-session -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/api/auth/get-session" >> "$RESULTS"
  wrk_cpu protected -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/api/me" >> "$RESULTS"
  signin_cpu new >> "$RESULTS"
  signin_cpu returning >> "$RESULTS"
done
python3 - "$RESULTS" "$HZ" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
hz = int(sys.argv[2])
per = {}
for name, requests, ticks in rows:
    per.setdefault(name, []).append(int(ticks) / hz * 1e6 / int(requests))
ok = statistics.median(per["ok"])
print(f"{'endpoint':<22}{'CPU us/request (median)':>26}{'x /ok':>8}   runs")
for name in ["ok", "get-session", "protected", "signin-new", "signin-returning"]:
    m = statistics.median(per[name])
    print(f"{name:<22}{m:>26.1f}{m / ok:>8.2f}   " + " ".join(f"{v:.1f}" for v in per[name]))
print("signin-* count two requests per sign-in (sign-in/social + callback), so their per-request cost is per HTTP request.")
PY
