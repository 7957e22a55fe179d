#!/usr/bin/env bash
# Issue 10's budget: the translation coverage page (and the translator's queue) of a region with 10,000 services in
# Slovenian, translated into English and Ukrainian (20,000 translations), on a throwaway
# SQLite database. Server time per request (time to first byte, one connection, signed in as the demo translator).
#   bench/load/coverage-10k.sh [services] [requests]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-10000}"; requests="${2:-40}"; port=5098
cd "$root"
source bench/load/directory-setup.sh
setup_directory "$n"

INVOLVIM_SKIP_BUILD=1 PORT=$port ./run.sh > "$INVOLVIM_DATA/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$INVOLVIM_DATA"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null && break; sleep 1; done

jar="$INVOLVIM_DATA/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/litija/en/account/signin" | grep -o 'name="__af" type="hidden" value="[^"]*"\|name="__af" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=translator@litija.example" \
  --data-urlencode "Input.Password=demo-involvim-2026" --data-urlencode "__af=$token" "$base/litija/en/account/signin"

measure() {
  local path="$1"
  curl -s -o /dev/null -b "$jar" "$base$path"   # warm-up
  for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -b "$jar" -w '%{time_starttransfer}\n' "$base$path"; done |
    sort -n | awk -v p="$path" '{ a[NR] = $1 * 1000 } END { printf "%s: median %.1f ms, p90 %.1f ms, max %.1f ms (%d requests)\n", p, a[int((NR + 1) / 2)], a[int(NR * 0.9)], a[NR], NR }'
}
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/litija/en/manage/translations/coverage")
[ "$status" = 200 ] || { echo "the coverage page answered $status: not signed in?"; exit 1; }
measure "/litija/en/manage/translations/coverage"
measure "/litija/en/manage/translations/coverage?format=csv"
measure "/litija/en/manage/translations?to=uk&show=all"
