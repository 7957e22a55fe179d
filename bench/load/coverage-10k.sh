#!/usr/bin/env bash
# Issue 10's budget: the translation coverage page (and the translator's queue) of a region with 10,000 services in
# Slovenian, translated into English and Ukrainian (20,000 translations), on a throwaway
# SQLite database. Server time per request (time to first byte, one connection, signed in as the demo translator).
#   bench/load/coverage-10k.sh [services] [requests]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-10000}"; requests="${2:-40}"; port=5098
cd "$root"
# BENCH_DATA=dir keeps the database in dir and uses it again next time (to compare builds).
if [ -n "${BENCH_DATA:-}" ] && [ -f "$BENCH_DATA/involvim.db" ]; then
  export INVOLVIM_DATA="$BENCH_DATA"
else
  source bench/load/directory-setup.sh
  setup_directory "$n"
  [ -n "${BENCH_DATA:-}" ] && { mkdir -p "$BENCH_DATA"; cp -r "$INVOLVIM_DATA"/. "$BENCH_DATA"/; rm -rf "$INVOLVIM_DATA"; export INVOLVIM_DATA="$BENCH_DATA"; }
fi

INVOLVIM_SKIP_BUILD=1 PORT=$port ./run.sh > "$INVOLVIM_DATA/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; [ -n "${BENCH_DATA:-}" ] || rm -rf "$INVOLVIM_DATA"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null && break; sleep 1; done
curl -sf "$base/health" >/dev/null || { echo "the app did not start:"; tail -20 "$INVOLVIM_DATA/app.log"; exit 1; }

jar="$INVOLVIM_DATA/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/litija/en/account/signin" | grep -o 'name="__af" type="hidden" value="[^"]*"\|name="__af" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=translator@litija.example" \
  --data-urlencode "Input.Password=demo-involvim-2026" --data-urlencode "__af=$token" "$base/litija/en/account/signin"

measure() {
  local path="$1"
  local first=$(curl -s -o /dev/null -b "$jar" -w '%{time_starttransfer}' "$base$path")
  echo "$path: first request $(echo "$first * 1000" | bc) ms"
  for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -b "$jar" -w '%{time_starttransfer}\n' "$base$path"; done |
    sort -n | awk -v p="$path" '{ a[NR] = $1 * 1000 } END { printf "%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d requests)\n", p, a[int((NR + 1) / 2)], a[int(NR * 0.9)], a[NR], NR }'
}
read -r status cold < <(curl -s -o /dev/null -w '%{http_code} %{time_starttransfer}\n' -b "$jar" "$base/litija/en/manage/translations/coverage")
[ "$status" = 200 ] || { echo "the coverage page answered $status: not signed in?"; exit 1; }
echo "coverage page after the start (reads every text once: builds the overview): $(echo "$cold * 1000" | bc) ms"
measure "/litija/en/manage/translations/coverage"
measure "/litija/en/manage/translations/coverage?format=csv"
measure "/litija/en/manage/translations?to=uk&show=all"
