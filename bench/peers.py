#!/usr/bin/env python3
"""The same verdicts as `chitieu eval --summary`, computed by DuckDB or polars.

    python3 bench/peers.py duckdb|polars PLAN LONG_CSV

prints `unit,pass,fail,missing,not_applicable` per unit, in input order, for
the data bench/generate.py writes (plain numbers, ISO dates, true/false; no
duplicates or unreadable values). The targets are read from the plan with a
few regular expressions: enough for the shipped plan, not a second compiler.
"""
import re
import sys


def plan_targets(path):
    text = open(path, encoding="utf-8").read()
    period_end = re.search(r"^period \S+ \.\. (\S+)", text, re.M).group(1)
    # A derived metric may be typed (`metric x: ratio = a / b`): it is computed all the same.
    derived = {n: (a, op, b) for n, a, op, b in re.findall(r"^metric (\w+)(?:: \w+)? = (\w+) ([/-]) (\w+)", text, re.M)}
    types = {n: t for n, t in re.findall(r"^metric (\w+): (\w+)", text, re.M) if n not in derived}
    targets = []
    for head, body in re.findall(r"^(target [^\n]*|task \w+)((?:\n  [^\n]*)*)", text, re.M):
        if head.startswith("task"):
            task = head.split()[1]
            due = re.search(r"due (\S+)", body)
            targets.append((task, "date", ("<=", due.group(1) if due else period_end)))
            continue
        m = re.match(r"target (?:\w+: )?(\w+) (in (\S+)\.\.(\S+)|(>=|<=|==|>|<) (\S+(?: min)?))", head)
        metric = m.group(1)
        if m.group(3):
            cond = ("in", number(m.group(3)), number(m.group(4)))
        else:
            cond = (m.group(5), value(m.group(6)))
        targets.append((metric, types.get(metric, "derived"), cond))
    return targets, derived


def number(text):
    text = text.replace(" min", "")
    return float(text[:-1]) / 100 if text.endswith("%") else float(text)


def value(text):
    if text in ("true", "false"):
        return text == "true"
    if re.match(r"\d{4}-\d\d-\d\d$", text):
        return text
    return number(text)


def sql_condition(expr, cond):
    if cond[0] == "in":
        return f"({expr} BETWEEN {cond[1]} AND {cond[2]})"
    op, v = cond
    op = "=" if op == "==" else op
    if isinstance(v, bool):
        return f"({expr} = '{str(v).lower()}')"
    if isinstance(v, str):
        return f"({expr} {op} '{v}')"
    return f"(CAST({expr} AS DOUBLE) {op} {v})"


def duckdb_run(plan, csv):
    import duckdb

    targets, derived = plan_targets(plan)
    metrics = sorted({m for t in targets for m in ([t[0]] if t[0] not in derived else [derived[t[0]][0], derived[t[0]][2]])})
    con = duckdb.connect()
    con.execute(
        f"CREATE TABLE m AS SELECT row_number() OVER () AS rn, * FROM read_csv('{csv}', header=true, "
        "columns={'unit':'VARCHAR','metric':'VARCHAR','value':'VARCHAR'})"
    )
    wide = ", ".join(f"MIN(CASE WHEN metric = '{x}' THEN value END) AS \"{x}\"" for x in metrics)
    cases = []
    for metric, kind, cond in targets:
        if metric in derived:
            a, op, b = derived[metric]
            missing = f"\"{a}\" IS NULL OR \"{b}\" IS NULL"
            if op == "/":
                na = f"CAST(\"{b}\" AS DOUBLE) = 0"
                expr = f"(CAST(\"{a}\" AS DOUBLE) / NULLIF(CAST(\"{b}\" AS DOUBLE), 0))"
            else:
                na = "FALSE"
                expr = f"(CAST(\"{a}\" AS DOUBLE) - CAST(\"{b}\" AS DOUBLE))"
        else:
            missing, na, expr = f"\"{metric}\" IS NULL", "FALSE", f"\"{metric}\""
        cases.append(
            f"CASE WHEN {missing} THEN 'missing' WHEN {na} THEN 'na' "
            f"WHEN {sql_condition(expr, cond)} THEN 'pass' ELSE 'fail' END"
        )
    statuses = " UNION ALL ".join(f"SELECT unit, first, {c} AS s FROM w" for c in cases)
    rows = con.execute(
        f"WITH w AS (SELECT unit, MIN(rn) AS first, {wide} FROM m GROUP BY unit), s AS ({statuses}) "
        "SELECT unit, count(*) FILTER (WHERE s='pass'), count(*) FILTER (WHERE s='fail'), "
        "count(*) FILTER (WHERE s='missing'), count(*) FILTER (WHERE s='na') "
        "FROM s GROUP BY unit, first ORDER BY first"
    ).fetchall()
    return rows


def polars_run(plan, csv):
    import polars as pl

    targets, derived = plan_targets(plan)
    long = pl.read_csv(csv, schema={"unit": pl.String, "metric": pl.String, "value": pl.String}).with_row_index("rn")
    order = long.group_by("unit").agg(pl.col("rn").min().alias("first"))
    wide = long.pivot(on="metric", index="unit", values="value", aggregate_function="first").join(order, on="unit")
    columns = set(wide.columns)

    def col(name):
        return pl.col(name) if name in columns else pl.lit(None, dtype=pl.String)

    def num(name):
        return col(name).cast(pl.Float64, strict=False)

    statuses = []
    for i, (metric, kind, cond) in enumerate(targets):
        if metric in derived:
            a, op, b = derived[metric]
            missing = col(a).is_null() | col(b).is_null()
            na = (num(b) == 0) if op == "/" else pl.lit(False)
            expr = num(a) / num(b) if op == "/" else num(a) - num(b)
        else:
            missing, na = col(metric).is_null(), pl.lit(False)
            expr = col(metric)
        if cond[0] == "in":
            met = expr.cast(pl.Float64).is_between(cond[1], cond[2])
        else:
            op, v = cond
            left = expr if isinstance(v, (bool, str)) else expr.cast(pl.Float64, strict=False)
            right = pl.lit(str(v).lower()) if isinstance(v, bool) else pl.lit(v)
            met = {">=": left >= right, ">": left > right, "<=": left <= right, "<": left < right, "==": left == right}[op]
        statuses.append(
            pl.when(missing).then(pl.lit("missing")).when(na).then(pl.lit("na"))
            .when(met).then(pl.lit("pass")).otherwise(pl.lit("fail")).alias(f"t{i}")
        )
    judged = wide.select("unit", "first", *statuses).unpivot(index=["unit", "first"], value_name="s")
    counts = (
        judged.group_by("unit", "first")
        .agg([(pl.col("s") == k).sum().alias(k) for k in ("pass", "fail", "missing", "na")])
        .sort("first")
    )
    return counts.select("unit", "pass", "fail", "missing", "na").rows()


if __name__ == "__main__":
    engine, plan, csv = sys.argv[1:4]
    rows = duckdb_run(plan, csv) if engine == "duckdb" else polars_run(plan, csv)
    print("unit,pass,fail,missing,not_applicable")
    for unit, p, f, m, n in rows:
        print(f"{unit},{p},{f},{m},{n}")
