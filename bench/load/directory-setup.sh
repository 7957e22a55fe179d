# Sourced by the directory benchmarks: a throwaway SQLite database (INVOLVIM_DATA) with the demo and $1 generated
# services imported in Slovenian, English and Ukrainian (bench/load/generate-hsds.py); prints each import's time.
setup_directory() {
  local n="$1"
  export INVOLVIM_DATA="$(mktemp -d /tmp/involvim-bench.XXXXXX)"
  ./run.sh migrate >/dev/null
  ./run.sh seed-demo >/dev/null
  for lang in sl en uk; do
    python3 bench/load/generate-hsds.py "$n" "$lang" "$INVOLVIM_DATA/bench-$lang.json" >/dev/null
  done
  for lang in sl en uk; do
    local start=$(date +%s.%N)
    INVOLVIM_SKIP_BUILD=1 ./run.sh import-hsds --region litija --language "$lang" "$INVOLVIM_DATA/bench-$lang.json"
    echo "import $lang: $(echo "$(date +%s.%N) - $start" | bc) s (process start included)"
  done
}
