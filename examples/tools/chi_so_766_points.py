"""The 766 index's points for the example units, computed without chitieu.

Run `python3 examples/tools/chi_so_766_points.py` to rewrite
examples/tools/chi-so-766-diem-mong-doi.csv from examples/chi-so-766/don-vi-thang-10-2025.csv;
`--check` only says whether the file is up to date (exit 1 if not). The test
tests/chi_so_766.rs compares chitieu's points, indicator by indicator, with
this file: the rules are written here a second time, from the domain notes
(../shared/domain.md) rather than from the plan, in Python's decimal module,
so that a mistake in either shows.

The rules, as the method states them:
- rate = numerator / denominator; nothing to count (a zero denominator) earns
  0 in the dossier and procedure indicators and the full maximum in the
  petition indicators (5.2, 5.3); the maximum never shrinks;
- linear: maximum × rate (rate within 0..1); saturating at X: the maximum from
  X on, maximum × rate / X below;
- 1.4: synced / max(BCQG, DVCQG); when both are 0, synced / (last year's
  total / 12); 0 when that is 0 too;
- 3.3: (online / received, 0 with nothing to count) × the rate of 1.4;
- 5.4: (handled − overdue − disliked) / handled, never below 0 (a dossier
  both overdue and disliked counts in both);
- 2.1's maximum is the unit's reported `max_2_1`;
- every indicator's points are rounded half up (away from zero) to 0.01
  before they are summed (the portal's published payment scores, 3.5a, 3.5b
  and 3.6, show it);
- 5.1a, 5.1b are tracked: 0 of 0.
"""
import csv
import pathlib
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 60

TOOLS = pathlib.Path(__file__).resolve().parent
UNITS = TOOLS.parent / "chi-so-766" / "don-vi-thang-10-2025.csv"
EXPECTED = TOOLS / "chi-so-766-diem-mong-doi.csv"

CENT = Decimal("0.01")
SHOWN = Decimal("0.0001")

# id: (numerator, denominator, maximum, threshold or None for linear,
#      what nothing to count earns: "zero" or "full")
SIMPLE = {
    "i1_1": ("procedures_published_on_time", "procedures_published", 6, None, "zero"),
    "i1_2": ("procedures_disclosed_on_time", "procedures_to_disclose", 4, None, "zero"),
    "i1_3": ("procedures_complete", "procedures_disclosed", 2, None, "zero"),
    "i2_1": ("dossiers_on_time", "dossiers_handled", "max_2_1", None, "zero"),
    "i3_1": ("procedures_online", "procedures_total", 4, "0.8", "zero"),
    "i3_2": ("online_services_used", "online_services", 4, None, "zero"),
    "i3_5a": ("fee_procedures_on_portal", "fee_procedures", 2, "0.8", "zero"),
    "i3_5b": ("fee_procedures_paid_online", "fee_procedures_with_dossiers", 2, "0.8", "zero"),
    "i3_6": ("dossiers_paid_online", "dossiers_payable", 6, None, "zero"),
    "i4_1": ("dossiers_e_result", "dossiers_paper_result", 6, None, "zero"),
    "i4_2": ("dossiers_digitised", "dossiers_handled", 4, "0.8", "zero"),
    "i4_2b": ("certified_copies_electronic", "certified_copies", 2, None, "zero"),
    "i4_3": ("dossiers_reusing_data", "dossiers_received", 2, "0.8", "zero"),
    "i4_4": ("dossiers_shared", "dossiers_received", 4, None, "zero"),
    "i4_5a": ("citizen_procedures_connected", "citizen_procedures", 2, None, "zero"),
    "i4_5b": ("dossiers_citizen_data", "dossiers_received", 2, None, "zero"),
    "i5_2": ("petitions_on_time", "petitions", 6, None, "full"),
}
TRACKED = ["i5_1a", "i5_1b"]
ORDER = [
    "i1_1", "i1_2", "i1_3", "i1_4", "i2_1", "i3_1", "i3_2", "i3_3",
    "i3_5a", "i3_5b", "i3_6", "i4_1", "i4_2", "i4_2b", "i4_3", "i4_4",
    "i4_5a", "i4_5b", "i5_1a", "i5_1b", "i5_2", "i5_3", "i5_4",
]


def rate(numerator, denominator):
    """The rate, or None with nothing to count."""
    return None if denominator == 0 else numerator / denominator


def points(r, maximum, threshold):
    if threshold is None:
        return maximum * min(Decimal(1), max(Decimal(0), r))
    return min(maximum, maximum * max(Decimal(0), r) / Decimal(threshold))


def unit_points(v):
    """Points and maximum per indicator of one unit's values `v`."""
    out = {}
    for target, (num, den, maximum, threshold, nothing) in SIMPLE.items():
        maximum = v[maximum] if isinstance(maximum, str) else Decimal(maximum)
        r = rate(v[num], v[den])
        if r is None:
            p = maximum if nothing == "full" else Decimal(0)
        else:
            p = points(r, maximum, threshold)
        out[target] = (p, maximum)
    received = max(v["dossiers_received_bcqg"], v["dossiers_received_dvcqg"])
    if received > 0:
        r14 = v["dossiers_synced"] / received
    elif v["dossiers_received_last_year"] > 0:
        r14 = v["dossiers_synced"] / (v["dossiers_received_last_year"] / 12)
    else:
        r14 = Decimal(0)
    out["i1_4"] = (points(r14, Decimal(6), None), Decimal(6))
    online = rate(v["dossiers_received_online"], v["dossiers_received"]) or Decimal(0)
    out["i3_3"] = (points(online * r14, Decimal(4), "0.5"), Decimal(4))
    r53 = rate(v["petitions"] - v["petitions_unsatisfied"], v["petitions"])
    out["i5_3"] = (Decimal(6) if r53 is None else points(r53, Decimal(6), None), Decimal(6))
    satisfied = max(Decimal(0), v["dossiers_handled"] - v["dossiers_overdue"] - v["dossiers_disliked"])
    r54 = rate(satisfied, v["dossiers_handled"])
    out["i5_4"] = (Decimal(0) if r54 is None else points(r54, Decimal(6), "0.9"), Decimal(6))
    for target in TRACKED:
        out[target] = (Decimal(0), Decimal(0))
    return {t: (p.quantize(CENT, rounding=ROUND_HALF_UP), m) for t, (p, m) in out.items()}


def expected_rows():
    units = {}
    with UNITS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            units.setdefault(row["unit"], {})[row["metric"]] = Decimal(row["value"])
    rows = [("unit", "target", "points", "max_points")]
    for unit, values in units.items():
        scored = unit_points(values)
        for target in ORDER:
            p, m = scored[target]
            rows.append((unit, target, str(p.quantize(SHOWN, rounding=ROUND_HALF_UP)), str(m)))
        total = sum(p for p, _ in scored.values())
        maximum = sum(m for _, m in scored.values())
        rows.append((unit, "total", str(total.quantize(SHOWN, rounding=ROUND_HALF_UP)), str(maximum)))
    return rows


def main():
    text = "".join(",".join(f'"{c}"' if " " in c else c for c in row) + "\n" for row in expected_rows())
    if "--check" in sys.argv[1:]:
        current = EXPECTED.read_text(encoding="utf-8") if EXPECTED.exists() else ""
        if current != text:
            print(f"{EXPECTED} is out of date: run python3 examples/tools/chi_so_766_points.py")
            return 1
        return 0
    EXPECTED.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
