#!/usr/bin/env bash
# National-scale comparison for `chitieu eval --summary` (issue 6).
#
# Generates seeded data at N=3,321 and N=33,210 units (bench/generate.py),
# installs DuckDB and polars from PyPI, checks that both compute chitieu's
# verdicts for every unit (bench/peers.py), then prints the median of 5 runs
# (each case run alternately with the one it is compared with) and the peak
# memory of: chitieu on the long CSV; the bare csv-crate parse
# of it (the floor, bench/floor); DuckDB and polars computing the same
# verdicts (with their start-up), each beside a run of chitieu; chitieu on
# one JSON and one CSV file per unit, each beside `cat` over the same files
# (that floor). Needs python3, pip and
# GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${BENCH_DIR:-/tmp/chitieu-bench}"
plan=rules/tran-lieu-2025-h2.plan
cargo build --release --quiet
(cd bench/floor && cargo build --release --quiet)
python3 -m pip install --quiet --disable-pip-version-check duckdb polars 2>/dev/null ||
  python3 -m pip install --quiet --disable-pip-version-check --break-system-packages duckdb polars

# One run: "seconds peak_kb", the seconds to the millisecond (GNU time
# gives hundredths, too coarse for the small cases).
measure() {
  local TIMEFORMAT=%3R seconds
  seconds=$({ time /usr/bin/time -f "%M" -o "$out/peak" "$@" >/dev/null 2>&1; } 2>&1)
  echo "$seconds $(tail -1 "$out/peak")"
}
median_of() { sort -n | sed -n 3p; }

# Two commands (given as two strings of words) run alternately, five times
# each, so that a change in the shared machine's load weighs on both alike:
# "a_seconds a_kb b_seconds b_kb", medians of each.
paired() {
  local runs
  # shellcheck disable=SC2086 # the commands are words without spaces
  runs=$(for _ in 1 2 3 4 5; do echo "$(measure $1) $(measure $2)"; done)
  echo "$(cut -d' ' -f1 <<<"$runs" | median_of) $(cut -d' ' -f2 <<<"$runs" | median_of)" \
    "$(cut -d' ' -f3 <<<"$runs" | median_of) $(cut -d' ' -f4 <<<"$runs" | median_of)"
}

# `cat` over a folder's files, as one command of plain words.
cat_all="$out/cat-all"
mkdir -p "$out"
printf '#!/bin/sh\ncat "$1"/* > /dev/null\n' > "$cat_all"
chmod +x "$cat_all"

printf '%-7s %-32s %8s %10s %8s\n' N case seconds peak_MiB ratio
for n in 3321 33210; do
  data="$out/$n"
  [ -f "$data/long.csv" ] || python3 bench/generate.py "$n" "$data" --per-unit
  long="$data/long.csv"

  # Same verdicts, unit by unit, or no timing at all.
  target/release/chitieu eval --summary --format csv "$plan" "$long" 2>/dev/null | cut -d, -f1-5 > "$data/chitieu.csv" || true
  for engine in duckdb polars; do
    python3 bench/peers.py "$engine" "$plan" "$long" > "$data/$engine.csv"
    cmp -s "$data/chitieu.csv" "$data/$engine.csv" || { echo "$engine disagrees with chitieu at N=$n"; exit 1; }
  done

  ours_cmd="target/release/chitieu eval --summary $plan $long"
  read -r ours ours_kb floor floor_kb <<<"$(paired "$ours_cmd" "bench/floor/target/release/csv-floor $long")"
  read -r duck duck_kb ours_d _ <<<"$(paired "python3 bench/peers.py duckdb $plan $long" "$ours_cmd")"
  read -r polar polar_kb ours_p _ <<<"$(paired "python3 bench/peers.py polars $plan $long" "$ours_cmd")"
  read -r json json_kb cat cat_kb <<<"$(paired "target/release/chitieu eval --summary $plan $data/json" "$cat_all $data/json")"
  read -r csvs csvs_kb cat_csv _ <<<"$(paired "target/release/chitieu eval --summary $plan $data/csv" "$cat_all $data/csv")"
  row() { printf '%-7s %-32s %8s %10s %8s\n' "$n" "$1" "$2" "$(awk "BEGIN{printf \"%.1f\", $3/1024}")" "$4"; }
  ratio() { awk "BEGIN{printf \"%.1fx\", $1/$2}"; }
  row "chitieu, long CSV" "$ours" "$ours_kb" "$(ratio "$ours" "$floor") floor"
  row "csv crate parse (floor)" "$floor" "$floor_kb" ""
  row "DuckDB, same verdicts" "$duck" "$duck_kb" "$(ratio "$duck" "$ours_d") ours"
  row "polars, same verdicts" "$polar" "$polar_kb" "$(ratio "$polar" "$ours_p") ours"
  row "chitieu, a JSON file per unit" "$json" "$json_kb" "$(ratio "$json" "$cat") cat"
  row "cat, a JSON file per unit" "$cat" "$cat_kb" ""
  row "chitieu, a CSV file per unit" "$csvs" "$csvs_kb" "$(ratio "$csvs" "$cat_csv") cat"
done
