#!/usr/bin/env bash
# The stage-2 budgets on a throwaway SQLite database with 10,000 services in 3 languages:
# import time, then server time of the services page, the search API and the HSDS /services page (wrk).
#   bench/load/directory-10k.sh [services] [seconds]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-10000}"; seconds="${2:-15}"; port=5099
cd "$root"
source bench/load/directory-setup.sh
setup_directory "$n"
start=$(date +%s.%N)
INVOLVIM_SKIP_BUILD=1 ./run.sh import-hsds --region litija --language sl "$INVOLVIM_DATA/bench-sl.json"
echo "re-import sl (nothing changes): $(echo "$(date +%s.%N) - $start" | bc) s"

INVOLVIM_SKIP_BUILD=1 PORT=$port ./run.sh > "$INVOLVIM_DATA/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$INVOLVIM_DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
# Warm up: the first request builds the search index of the region.
curl -s -o /dev/null "http://127.0.0.1:$port/litija/sl/services?q=stanovanje"
grep -o "Search index of region .* built: .*" "$INVOLVIM_DATA/app.log" | tail -2 || true
for path in "/litija/sl/services?q=stanovanje" "/litija/uk/services?q=%D0%B6%D0%B8%D1%82%D0%BB%D0%BE&p=2" "/api/v1/regions/litija/search?q=slovenscina&lang=sl" "/api/hsds/litija/services?per_page=50&page=7"; do
  echo "== GET $path (1 connection: server time per request; then 8 connections)"
  wrk -t1 -c1 -d"${seconds}s" --latency "http://127.0.0.1:$port$path" | grep -E "50%|99%|Requests/sec"
  wrk -t2 -c8 -d"${seconds}s" --latency "http://127.0.0.1:$port$path" | grep -E "50%|99%|Requests/sec"
done
curl -s -H 'Accept-Encoding: br' -o "$INVOLVIM_DATA/page.br" "http://127.0.0.1:$port/litija/sl/services?q=stanovanje"
echo "services page, brotli: $(wc -c < "$INVOLVIM_DATA/page.br") bytes (+ CSS)"
