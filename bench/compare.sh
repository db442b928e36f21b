#!/usr/bin/env bash
# National-scale comparison for `chitieu eval --summary` (issue 6).
#
# Generates seeded data at N=3,321 and N=33,210 units (bench/generate.py),
# installs DuckDB and polars from PyPI, checks that both compute chitieu's
# verdicts for every unit (bench/peers.py), then prints the median of 5 runs
# and the peak memory of: chitieu on the long CSV; the bare csv-crate parse
# of it (the floor, bench/floor); DuckDB and polars computing the same
# verdicts (with their start-up); chitieu on one JSON and one CSV file per
# unit; and `cat` over the JSON files (that floor). Needs python3, pip and
# GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${BENCH_DIR:-/tmp/chitieu-bench}"
plan=rules/tran-lieu-2025-h2.plan
cargo build --release --quiet
(cd bench/floor && cargo build --release --quiet)
python3 -m pip install --quiet --disable-pip-version-check duckdb polars 2>/dev/null ||
  python3 -m pip install --quiet --disable-pip-version-check --break-system-packages duckdb polars

median() { # COMMAND... -> "median_seconds peak_kb"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 3p
}

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

  read -r ours ours_kb <<<"$(median target/release/chitieu eval --summary "$plan" "$long")"
  read -r floor floor_kb <<<"$(median bench/floor/target/release/csv-floor "$long")"
  read -r duck duck_kb <<<"$(median python3 bench/peers.py duckdb "$plan" "$long")"
  read -r polar polar_kb <<<"$(median python3 bench/peers.py polars "$plan" "$long")"
  read -r json json_kb <<<"$(median target/release/chitieu eval --summary "$plan" "$data/json")"
  read -r cat cat_kb <<<"$(median sh -c "cat $data/json/* > /dev/null")"
  read -r csvs csvs_kb <<<"$(median target/release/chitieu eval --summary "$plan" "$data/csv")"
  row() { printf '%-7s %-32s %8s %10s %8s\n' "$n" "$1" "$2" "$(awk "BEGIN{printf \"%.1f\", $3/1024}")" "$4"; }
  ratio() { awk "BEGIN{printf \"%.1fx\", $1/$2}"; }
  row "chitieu, long CSV" "$ours" "$ours_kb" "$(ratio "$ours" "$floor") floor"
  row "csv crate parse (floor)" "$floor" "$floor_kb" ""
  row "DuckDB, same verdicts" "$duck" "$duck_kb" "$(ratio "$duck" "$ours") ours"
  row "polars, same verdicts" "$polar" "$polar_kb" "$(ratio "$polar" "$ours") ours"
  row "chitieu, a JSON file per unit" "$json" "$json_kb" "$(ratio "$json" "$cat") cat"
  row "cat, a JSON file per unit" "$cat" "$cat_kb" ""
  row "chitieu, a CSV file per unit" "$csvs" "$csvs_kb" ""
done
