#!/usr/bin/env bash
# National-scale measurements for `chitieu eval --summary` (issue 6):
# generates seeded data at N=3,321 and N=33,210 units, then prints the median
# of 5 runs (seconds) and the peak memory of each, beside the floors it is
# measured against: a bare csv-crate parse of the long CSV, and `cat` over the
# one-file-per-unit folders. Needs python3 and GNU time (/usr/bin/time).
# The DuckDB and polars comparison is not written yet (see the README).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${BENCH_DIR:-/tmp/chitieu-bench}"
cargo build --release --quiet
(cd bench/floor && cargo build --release --quiet)
plan=rules/tran-lieu-2025-h2.plan

median() { # COMMAND... -> "median_seconds peak_kb"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 3p
}

printf '%-9s %-40s %10s %10s\n' N case seconds peak_kb
for n in 3321 33210; do
  if [ ! -f "$out/$n/long.csv" ]; then
    python3 bench/generate.py "$n" "$out/$n" --per-unit
  fi
  row() { printf '%-9s %-40s %10s %10s\n' "$n" "$1" $2; }
  row "chitieu long csv" "$(median target/release/chitieu eval --summary $plan "$out/$n/long.csv")"
  row "csv crate parse (floor)" "$(median bench/floor/target/release/csv-floor "$out/$n/long.csv")"
  row "chitieu json per unit" "$(median target/release/chitieu eval --summary $plan "$out/$n/json")"
  row "cat json per unit (floor)" "$(median sh -c "cat $out/$n/json/* > /dev/null")"
  row "chitieu csv per unit" "$(median target/release/chitieu eval --summary $plan "$out/$n/csv")"
done
