#!/usr/bin/env python3
"""Synthetic national data for the Trần Liễu plan, seeded and reproducible.

    python3 bench/generate.py N OUT_DIR [--seed S] [--per-unit] [--plan PLAN]

writes OUT_DIR/long.csv (unit,metric,value; about 63 rows per unit) and, with
--per-unit, OUT_DIR/csv/UNIT.csv and OUT_DIR/json/UNIT.json for every unit.
Like real submissions, it has missing metrics (a few percent, more in some
units), zero denominators (some percent), values exactly on the threshold,
and extra metrics the plan does not use. The data are valid for the plan:
a part is never above its whole (the count of a share is drawn as a share of
its whole, around the target's threshold, so a seeded share of units fails),
and a derived metric is never reported beside the counts it is computed from
(it would have to agree with them exactly). No invalid value is written on
purpose: the benchmark measures the verdicts, not the diagnostics.

With --plan rules/chi-so-766.plan it writes the counts of the 766 index
instead (about 42 rows per unit): every quotient's numerator at most its
denominator, zero denominators (some percent), the maximum of 2.1 (20, as the
portal gives it to every unit), and the same missing values and extra metrics.
"""
import argparse
import json
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLAN = ROOT / "rules" / "tran-lieu-2025-h2.plan"


def plan_metrics():
    """Input metrics with their types, tasks, ratio thresholds, and the shares
    of a whole (part, whole, derived name) the plan derives from two inputs."""
    text = PLAN.read_text(encoding="utf-8")
    # Derived metrics (`metric x = a / b`, typed or not) are computed, not reported.
    metrics = dict(re.findall(r"^metric (\w+): (\w+)(?! =)\b", text, re.M))
    derived = re.findall(r"^metric (\w+)(?:: (\w+))? = (\w+) / (\w+)", text, re.M)
    # A quotient is a share of its whole unless typed `rate` (it may exceed it).
    shares = [(part, whole, name) for name, kind, part, whole in derived if kind != "rate"]
    tasks = re.findall(r"^task (\w+)", text, re.M)
    thresholds = {m: float(v) / 100 for m, v in re.findall(r"^target (\w+) (?:>=|>) (\d+)%", text, re.M)}
    return metrics, tasks, thresholds, shares


def share(rng, threshold):
    """A share around the target's threshold: a seeded part of the units fail."""
    roll = rng.random()
    if roll < 0.08:
        return threshold  # exactly on the threshold
    return min(1.0, max(0.0, rng.gauss(threshold, 0.06)))


def value(rng, name, kind, thresholds):
    if kind == "ratio":
        t = thresholds.get(name, 0.9)
        s = share(rng, t)
        return f"{t:.2f}" if s == t else f"{s:.4f}"
    if kind == "count":
        return str(rng.randint(0, 2000))
    if kind == "minutes":
        return f"{rng.uniform(5, 25):.1f}"
    if kind == "money":
        return str(rng.randint(1, 20) * 500_000_000)
    if kind == "bool":
        return rng.choice(["true", "true", "true", "false"])
    return "0"


def quotients(plan):
    """The 766 plan's count metrics, and its quotients as (numerator,
    denominator) pairs of them."""
    text = plan.read_text(encoding="utf-8")
    counts = re.findall(r"^metric (\w+): count", text, re.M)
    pairs = re.findall(r"\b(\w+) / (\w+)\b", text)
    return counts, [(a, b) for a, b in pairs if a in counts and b in counts]


def unit_rows_766(rng, index, counts, pairs):
    """One unit's counts for the 766 plan: each denominator first, each
    numerator at most the smallest of its denominators; the counts 5.3 and 5.4
    take away from the petitions and the dossiers handled, at most half of
    them each."""
    name = f"Xã {index:05d}"
    sloppy = rng.random() < 0.05
    values = {}
    for _, den in pairs:
        if den not in values:
            values[den] = 0 if rng.random() < 0.03 else rng.randint(1, 2000)
    for num, den in pairs:
        if num not in values or values[num] > values[den]:
            values[num] = rng.randint(0, values[den])
    for half, whole in [
        ("petitions_unsatisfied", "petitions"),
        ("dossiers_overdue", "dossiers_handled"),
        ("dossiers_disliked", "dossiers_handled"),
    ]:
        values[half] = rng.randint(0, values.get(whole, 0) // 2)
    rows = [(m, str(values.get(m, rng.randint(0, 2000)))) for m in counts]
    rows = [(m, v) for m, v in rows if rng.random() >= (0.25 if sloppy else 0.03)]
    # The portal gives every unit its maximum of 2.1.
    rows.append(("max_2_1", "20"))
    for extra in range(rng.randint(0, 3)):
        rows.append((f"extra_metric_{extra}", str(rng.randint(0, 9))))
    return name, rows


def unit_rows(rng, index, metrics, tasks, thresholds, shares):
    name = f"Xã {index:05d}"
    sloppy = rng.random() < 0.05  # some units report much less
    rows = []
    for metric, kind in metrics.items():
        if rng.random() < (0.25 if sloppy else 0.03):
            continue  # missing
        rows.append((metric, value(rng, metric, kind, thresholds)))
    # Each part drawn as a share of its whole, so never above it; a part
    # whose whole is missing keeps its own value (still a whole number).
    given = dict(rows)
    for part, whole, derived in shares:
        if part in given and whole in given:
            ratio = share(rng, thresholds.get(derived, 0.9))
            given[part] = str(int(int(given[whole]) * ratio))
    rows = [(m, given[m]) for m, _ in rows]
    # Zero denominators: no fee-bearing payments, nothing routed.
    if rng.random() < 0.05:
        rows = [(m, "0") if m in ("payments_total", "payments_online") else (m, v) for m, v in rows]
    for task in tasks:
        if rng.random() < 0.04:
            continue
        rows.append((task, f"2025-{rng.randint(7, 12):02d}-{rng.randint(1, 28):02d}"))
    for extra in range(rng.randint(0, 3)):
        rows.append((f"extra_metric_{extra}", str(rng.randint(0, 9))))
    return name, rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("units", type=int)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--seed", type=int, default=766)
    parser.add_argument("--per-unit", action="store_true")
    parser.add_argument("--plan", type=pathlib.Path, default=PLAN)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    metrics, tasks, thresholds, shares = plan_metrics()
    if args.plan.name == "chi-so-766.plan":
        counts, pairs = quotients(args.plan)
        make = lambda index: unit_rows_766(rng, index, counts, pairs)  # noqa: E731
    else:
        make = lambda index: unit_rows(rng, index, metrics, tasks, thresholds, shares)  # noqa: E731
    args.out.mkdir(parents=True, exist_ok=True)
    if args.per_unit:
        (args.out / "csv").mkdir(exist_ok=True)
        (args.out / "json").mkdir(exist_ok=True)
    with open(args.out / "long.csv", "w", encoding="utf-8", newline="") as long:
        long.write("unit,metric,value\n")
        for index in range(args.units):
            name, rows = make(index)
            long.writelines(f"{name},{m},{v}\n" for m, v in rows)
            if args.per_unit:
                stem = f"xa-{index:05d}"
                with open(args.out / "csv" / f"{stem}.csv", "w", encoding="utf-8") as f:
                    f.write("unit,metric,value\n")
                    f.writelines(f"{name},{m},{v}\n" for m, v in rows)
                values = {m: v for m, v in rows}
                with open(args.out / "json" / f"{stem}.json", "w", encoding="utf-8") as f:
                    json.dump({"unit": name, "values": values}, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
