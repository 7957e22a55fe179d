#!/usr/bin/env bash
# Stage-3 budget: 200 concurrent help-request submissions on SQLite; every acknowledged one is stored (found by its
# tracking code, also after the app is killed with SIGKILL and started again); p99 under 200 ms.
#   bench/load/help-submissions.sh [requests per burst]    (INVOLVIM_WARMUP_BURSTS=50, INVOLVIM_BURSTS=5,
#                                                           INVOLVIM_READY_TO_RUN=1 for the production build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-200}"; port=5098
export INVOLVIM_DATA="$(mktemp -d /tmp/involvim-bench.XXXXXX)"
# The per-client limits would (rightly) refuse one client sending 200 requests at once.
export Security__AnonymousPostsPerMinute=100000 Security__TrackingLookupsPerMinute=100000 Security__SubmissionsPerMinute=100000
cd "$root"
./run.sh migrate >/dev/null
./run.sh seed-demo >/dev/null
# INVOLVIM_READY_TO_RUN=1: measure the production build (README: dotnet publish with ReadyToRun) instead of run.sh's.
if [ "${INVOLVIM_READY_TO_RUN:-}" = "1" ]; then
  published="$INVOLVIM_DATA/published"
  dotnet publish src/Involvim.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$published" -nologo -v q >/dev/null
fi
start_app() {
  if [ -n "${published:-}" ]; then
    (cd "$published" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Involvim.Web.dll --urls "http://127.0.0.1:$port" \
      --DataDirectory="$INVOLVIM_DATA" --Security:RequireHttps=false \
      --Mail:PublicBaseUrl="http://127.0.0.1:$port" --AllowedHosts=127.0.0.1 --DataProtection:AllowUnprotectedKeys=true) >> "$INVOLVIM_DATA/app.log" 2>&1 &
  else
    INVOLVIM_SKIP_BUILD=1 PORT=$port ./run.sh >> "$INVOLVIM_DATA/app.log" 2>&1 &
  fi
  app=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return; sleep 1; done
  echo "the app did not start" >&2; exit 1
}
trap 'kill $app 2>/dev/null || true; rm -rf "$INVOLVIM_DATA"' EXIT
start_app
# Warm up. A fresh process runs most of ASP.NET Core and EF Core as quickly-jitted code and recompiles the hot
# methods in the background over the first ~10,000 requests, on the same two cores (bench/README.md shows the cold
# bursts). A server that has been up a while is in the state measured after it.
warmup="${INVOLVIM_WARMUP_BURSTS:-50}"
echo "warm-up: $warmup bursts of $n (first three and last shown)"
python3 bench/load/help-submissions.py "http://127.0.0.1:$port" "$n" "$warmup" > "$INVOLVIM_DATA/warmup.log" || true
grep '^burst' "$INVOLVIM_DATA/warmup.log" | sed -n "1,3p;${warmup}p"
echo "warm-up p99 per burst (ms): $(grep '^burst' "$INVOLVIM_DATA/warmup.log" | sed 's/.*p99 \([0-9.]*\).*/\1/' | tr '\n' ' ')"
echo "measured:"
python3 bench/load/help-submissions.py "http://127.0.0.1:$port" "$n" "${INVOLVIM_BURSTS:-5}" "$INVOLVIM_DATA/codes.json"
# Crash: no graceful shutdown, then every acknowledged request must still be there.
pkill -9 -P $app 2>/dev/null || true; kill -9 $app 2>/dev/null || true; wait $app 2>/dev/null || true
start_app
python3 bench/load/help-submissions.py --check "http://127.0.0.1:$port" "$INVOLVIM_DATA/codes.json"
