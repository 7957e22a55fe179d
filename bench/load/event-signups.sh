#!/usr/bin/env bash
# Issue 11 budget: 500 sign-ups in one second for 200 seats -> exactly 200 seated, 300 waiting, 0 overbooked, p99 < 250 ms,
# on SQLite (default) or PostgreSQL (INVOLVIM_BENCH_POSTGRES="Host=...;Database=...": an empty database to migrate).
#   bench/load/event-signups.sh [sign-ups] [seats]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-500}"; seats="${2:-200}"; port=5097
export INVOLVIM_DATA="$(mktemp -d /tmp/involvim-bench.XXXXXX)"
export Security__AnonymousPostsPerMinute=100000 Security__SubmissionsPerMinute=100000
if [ -n "${INVOLVIM_BENCH_POSTGRES:-}" ]; then
  export Database__Provider=Postgres ConnectionStrings__Involvim="$INVOLVIM_BENCH_POSTGRES"
fi
cd "$root"
./run.sh migrate >/dev/null
./run.sh seed-demo >/dev/null
INVOLVIM_SKIP_BUILD=1 PORT=$port ./run.sh >> "$INVOLVIM_DATA/app.log" 2>&1 &
app=$!
trap 'pkill -f -- "--urls http://127.0.0.1:$port" 2>/dev/null; kill $app 2>/dev/null || true; [ -n "${INVOLVIM_BENCH_KEEP:-}" ] || rm -rf "$INVOLVIM_DATA"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
# The Geoss workshop of the demo: its first date gets the benchmark's number of seats.
page="$(curl -s "http://127.0.0.1:$port/litija/en/events")"
for id in $(echo "$page" | grep -o 'href="/litija/en/events/[0-9a-f-]\{36\}"' | grep -o '[0-9a-f-]\{36\}' | sort -u); do
  if curl -s "http://127.0.0.1:$port/litija/en/events/$id" | grep -q "Workshop: Taking part"; then event=$id; fi
done
date="$(curl -s "http://127.0.0.1:$port/litija/en/events/$event" | grep -o "/register/[0-9a-f-]\{36\}" | head -1 | cut -d/ -f3)"
python3 - "$INVOLVIM_DATA" "$event" "$seats" <<'PY'
import sys, sqlite3, os
data, event, seats = sys.argv[1], sys.argv[2], int(sys.argv[3])
if not os.environ.get("INVOLVIM_BENCH_POSTGRES"):
    db = sqlite3.connect(os.path.join(data, "involvim.db"))
    db.execute("UPDATE Events SET Capacity = ? WHERE lower(hex(Id)) = lower(replace(?, '-', '')) OR Id = ?", (seats, event, event.upper()))
    db.commit()
PY
if [ -n "${INVOLVIM_BENCH_POSTGRES:-}" ]; then
  psql "$(echo "$INVOLVIM_BENCH_POSTGRES" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/; s/Pooling=[a-z]*//')" -qc "UPDATE \"Events\" SET \"Capacity\" = $seats WHERE \"Id\" = '$event'"
fi
# A first burst on the same process warms it up (its outcome is not counted): the seats are then reset.
python3 bench/load/event-signups.py "http://127.0.0.1:$port" "$event" "$date" "$n" > /dev/null
python3 - "$INVOLVIM_DATA" "$date" <<'PY'
import sys, sqlite3, os
if not os.environ.get("INVOLVIM_BENCH_POSTGRES"):
    db = sqlite3.connect(os.path.join(sys.argv[1], "involvim.db"))
    key = sys.argv[2].upper()
    db.execute("DELETE FROM EventRegistrations WHERE OccurrenceId = ?", (key,))
    db.execute("UPDATE EventOccurrences SET Taken = 0, WaitingTicket = 0 WHERE Id = ?", (key,))
    db.commit()
PY
echo "event $event date $date"
python3 bench/load/event-signups.py "http://127.0.0.1:$port" "$event" "$date" "$n"
python3 - "$INVOLVIM_DATA" <<'PY'
import sys, sqlite3, os
if not os.environ.get("INVOLVIM_BENCH_POSTGRES"):
    db = sqlite3.connect(os.path.join(sys.argv[1], "involvim.db"))
    print("seats taken per date with a capacity:", db.execute("SELECT e.Capacity, o.Taken FROM EventOccurrences o JOIN Events e ON e.Id = o.EventId WHERE o.Taken > 0").fetchall())
PY
