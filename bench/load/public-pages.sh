#!/usr/bin/env bash
# Load on the public pages of a running Involvim (start it first with ./run.sh). Only ever point at 127.0.0.1.
#   bench/load/public-pages.sh [base-url] [seconds]
set -euo pipefail
base="${1:-http://127.0.0.1:5000}"
seconds="${2:-20}"
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 1; }
for path in /litija/sl/ /litija/ar/ /litija/uk/services /litija/sl/account/signin /health; do
  echo "== GET $path (4 threads, 32 connections, ${seconds}s, brotli)"
  wrk -t4 -c32 -d"${seconds}s" --latency -H 'Accept-Encoding: br' "$base$path" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
done
