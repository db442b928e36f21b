#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) each, starting from the
# committed seeds. Needs cargo-fuzz (`cargo install cargo-fuzz`); the stable
# toolchain is enough with RUSTC_BOOTSTRAP=1. New inputs go to fuzz/corpus/
# (not committed); crashes to fuzz/artifacts/, to be turned into fixtures.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
export RUSTC_BOOTSTRAP=1
for target in plan fmt_round_trip extends_chain formulas measure_csv measure_json measure_xlsx; do
  mkdir -p "corpus/$target"
  echo "== fuzz $target for ${seconds}s"
  # A target with a dictionary (dicts/TARGET.dict) mutates with its tokens.
  dict=()
  if [ -f "dicts/$target.dict" ]; then dict=(-dict="dicts/$target.dict"); fi
  cargo fuzz run "$target" "corpus/$target" "seeds/$target" -- "${dict[@]}" \
    -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | grep -E "^(#|Done|==|stat::number_of_executed_units|.*(panicked|ERROR|SUMMARY))" | tail -4
done
