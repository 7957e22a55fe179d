#!/usr/bin/env bash
# Runs every test of Involvim and ends with the line: tests: N passed, N failed
#  - installs Debian chromium when missing (browser tests),
#  - starts a throwaway PostgreSQL cluster from /usr/lib/postgresql/*/bin (PostgreSQL tests),
#  - installs ical.js with npm (tests/tools/ical: the event tests parse our iCalendar with it),
#  - checks formatting (dotnet format --verify-no-changes), builds with warnings as errors,
#  - runs the unit/integration tests (SQLite and PostgreSQL) and the browser tests (Chromium + axe).
# With CI=true nothing may be skipped: a missing PostgreSQL or Chromium fails the run.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
ci="${CI:-false}"
results="$root/TestResults"
rm -rf "$results"; mkdir -p "$results"
extra_failed=0

say() { echo "test.sh: $*"; }

# --- Chromium -----------------------------------------------------------------------------------
if ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian chromium for the browser tests"
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core) >"$results/apt.log" 2>&1 \
      || { say "chromium could not be installed (see TestResults/apt.log)"; }
  else
    (sudo -n apt-get update -qq && sudo -n DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core) >"$results/apt.log" 2>&1 \
      || say "chromium could not be installed without root"
  fi
fi

# --- Poppler (the print tests read Chromium's PDFs with pdftotext and pdftoppm) -----------------
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  say "installing Debian poppler-utils for the print tests"
  if [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils) >>"$results/apt.log" 2>&1 \
      || say "poppler-utils could not be installed (see TestResults/apt.log)"
  else
    (sudo -n apt-get update -qq && sudo -n DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils) >>"$results/apt.log" 2>&1 \
      || say "poppler-utils could not be installed without root"
  fi
fi

# --- PostgreSQL ---------------------------------------------------------------------------------
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
pg_dir=""
stop_pg() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_pg EXIT
if [ -z "${INVOLVIM_TEST_POSTGRES:-}" ] && [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] && id postgres >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  pg_dir="$(mktemp -d /tmp/involvim-pg.XXXXXX)"
  chown postgres "$pg_dir"
  port=$(( 20000 + RANDOM % 20000 ))
  if runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$results/initdb.log" 2>&1 \
     && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 60 \
          -o "-k $pg_dir -c listen_addresses='' -p $port -c fsync=off -c max_connections=300" start >"$results/pg_ctl.log" 2>&1; then
    export INVOLVIM_TEST_POSTGRES="Host=$pg_dir;Port=$port;Username=postgres;Database=postgres;Pooling=true"
    say "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on unix socket $pg_dir:$port"
  else
    say "PostgreSQL could not be started (see TestResults/initdb.log, pg_ctl.log)"
  fi
fi
[ -z "${INVOLVIM_TEST_POSTGRES:-}" ] && say "no PostgreSQL: its tests will skip (or fail with CI=true)"

# --- ical.js (an independent iCalendar parser the event tests read our .ics files with) -----------
if command -v npm >/dev/null 2>&1; then
  (cd tests/tools/ical && npm ci --no-audit --no-fund --loglevel=error) >"$results/npm-ical.log" 2>&1 \
    || say "ical.js could not be installed (see TestResults/npm-ical.log): the iCalendar tests will fail"
else
  say "no npm: the iCalendar tests will fail"
fi

# --- Build and style ----------------------------------------------------------------------------
say "restoring and building"
if ! dotnet build Involvim.slnx -c Release -nologo -v q >"$results/build.log" 2>&1; then
  grep -E "error" "$results/build.log" | sort -u | head -40
  echo "tests: 0 passed, 1 failed"
  exit 1
fi
say "checking formatting (dotnet format --verify-no-changes)"
if ! dotnet format Involvim.slnx --verify-no-changes --no-restore >"$results/format.log" 2>&1; then
  head -40 "$results/format.log"
  say "formatting differs: run 'dotnet format Involvim.slnx'"
  extra_failed=$((extra_failed + 1))
fi

# --- Tests --------------------------------------------------------------------------------------
status=0
for project in tests/Involvim.Tests tests/Involvim.BrowserTests; do
  [ -d "$project" ] || continue
  name="$(basename "$project")"
  say "running $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
done

summary="$(python3 - "$results" <<'PY' 2>/dev/null
import sys, glob, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}ResultSummary/{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}Counters")
    if c is None: continue
    p = int(c.get("passed", 0)); f = int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    passed += p; failed += f; skipped += max(0, int(c.get("total", 0)) - p - f)
print(passed, failed, skipped)
PY
)"
read -r passed failed skipped <<<"${summary:-0 1 0}"
failed=$((failed + extra_failed))
if [ "$skipped" -gt 0 ]; then
  say "$skipped test(s) skipped"
  if [ "$ci" = "true" ]; then failed=$((failed + skipped)); say "CI=true: skipped tests count as failed"; fi
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
