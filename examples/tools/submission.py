"""The Trần Liễu H2-2025 submission, written as each export format writes it.

Run `python3 examples/tools/submission.py` (needs openpyxl) to regenerate the
files in examples/tran-lieu-2025-h2/. The story: most targets met; dossiers
synchronised at exactly 95% where the plan asks for *more than* 95%; online
payments at 55% against 60%; the propaganda plan issued late; the annual report
sent on 10/12, where the plan asks for it before that day; training at 92%;
disbursement at 95%; nothing found by the legal review (`n/a`, which the plan
allows for that target); the land-satisfaction survey and the security drill
not reported (missing).
"""
import datetime
import json
import pathlib

UNIT = "Phường Trần Liễu"
PERIOD = "2025-H2"
D = datetime.date

# metric, value, note; values as Python types: float/Fraction-free decimals are
# written as strings to keep them exact.
ROWS = [
    ("cchc_plan_issued", D(2025, 7, 15), "Kế hoạch số 112/KH-UBND"),
    ("propaganda_plan_issued", D(2025, 9, 5), "ban hành chậm"),
    ("cchc_inspections_done", D(2025, 11, 20), ""),
    ("par_index_measures", D(2025, 12, 15), ""),
    ("assigned_tasks_overdue", 0, ""),
    ("report_9_months", D(2025, 9, 8), "gửi ngày 8/9"),
    ("report_annual", D(2025, 12, 10), "gửi ngày 10/12"),
    ("higher_legal_docs_deployed_ratio", "1", ""),
    ("faulty_legal_docs_handled_ratio", "n/a", "rà soát không phát hiện văn bản sai"),
    ("law_enforcement_monitored", True, ""),
    ("legal_docs_review", D(2025, 12, 20), ""),
    ("procedures_published_ratio", "1", ""),
    ("dossiers_resolved", 1240, ""),
    ("dossiers_on_time", 1196, ""),
    ("dossiers_to_digitise", 1240, ""),
    ("dossiers_digitised", 1215, ""),
    ("dossiers_synced_ratio", "0.95", "đúng bằng 95%, chưa vượt"),
    ("fee_procedures_payable_online_ratio", "1", ""),
    ("payments_total", 860, ""),
    ("payments_online", 473, ""),
    ("dossiers_routed", 410, ""),
    ("dossiers_routed_electronically", 352, ""),
    ("full_online_procedures_on_portal_ratio", "1", ""),
    ("satisfaction_ratio", "0.962", ""),
    ("no_resubmission_ratio", "0.82", ""),
    ("waiting_time", 12, "phút"),
    ("procedure_review", D(2025, 10, 30), ""),
    ("procedure_control_plan", D(2025, 7, 25), ""),
    ("online_fee_payment_followup", D(2025, 12, 20), ""),
    ("departments_organised_ratio", "1", ""),
    ("internal_structure_review", D(2025, 11, 15), ""),
    ("recruitment_compliant_ratio", "1", ""),
    ("appointment_compliant_ratio", "1", ""),
    ("training_plan_completion_ratio", "0.92", "còn 2 lớp chưa mở"),
    ("job_position_scheme", D(2025, 12, 28), ""),
    ("staff_evaluation", D(2025, 12, 25), ""),
    ("investment_capital_allocated", 12500000000, ""),
    ("investment_capital_disbursed", 11875000000, ""),
    ("budget_rules_compliance_ratio", "1", ""),
    ("public_assets_compliance_ratio", "1", ""),
    ("budget_execution", D(2025, 12, 31), ""),
    ("procedure_system_connected", True, ""),
    ("multi_device_services_ratio", "0.62", ""),
    ("eligible_procedures_online_ratio", "1", ""),
    ("work_records_online_ratio", "0.88", ""),
    ("service_quality_satisfaction_ratio", "0.915", ""),
    ("periodic_reports_on_software_ratio", "1", ""),
    ("results_to_digitise", 1240, ""),
    ("results_digitised", 1240, ""),
    ("dossiers_received", 1310, ""),
    ("dossiers_received_online", 812, ""),
    ("secured_systems_ratio", "1", ""),
    ("staff_digital_skills_trained", True, ""),
    ("shared_databases", D(2025, 12, 18), ""),
    ("lgsp_connection", D(2025, 11, 28), ""),
    ("budget_revenue", 8450000000, ""),
    ("budget_revenue_estimate", 8000000000, ""),
    ("enterprise_revenue_share", "0.415", ""),
    ("enterprise_revenue_share_previous_year", "0.398", "năm 2024"),
    ("enterprises_entered", 46, "thành lập mới và tái gia nhập"),
    ("enterprises_entered_previous_year", 41, "6 tháng cuối năm 2024"),
    ("enterprise_capital_registered", 312000000000, ""),
    ("enterprise_capital_registered_previous_year", 287500000000, "6 tháng cuối năm 2024"),
    ("satisfaction_survey_plan", D(2025, 8, 15), ""),
    ("reform_media_programmes", D(2025, 12, 30), ""),
]

PERCENT_METRICS = {m for m, v, _ in ROWS if isinstance(v, str) and v not in ("n/a",)}


def vi_text(value):
    """A value as the vi-VN Excel writes it into a CSV."""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    if value == "n/a":
        return "n/a"
    percent = float(value) * 100
    text = f"{percent:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def write_csv(folder):
    lines = ["unit;period;metric;value;note"]
    for metric, value, note in ROWS:
        lines.append(f"{UNIT};{PERIOD};{metric};{vi_text(value)};{note}")
    data = "\r\n".join(lines) + "\r\n"
    (folder / "phuong-tran-lieu.csv").write_bytes(b"\xef\xbb\xbf" + data.encode("utf-8"))


def write_json(folder):
    """Dates as ISO text, ratios as JSON numbers exactly as written."""
    values = {}
    for metric, value, _ in ROWS:
        if isinstance(value, datetime.date):
            values[metric] = value.isoformat()
        elif metric in PERCENT_METRICS:
            values[metric] = RawNumber(value)
        else:
            values[metric] = value
    text = json.dumps({"unit": UNIT, "period": PERIOD, "values": values},
                      ensure_ascii=False, indent=2, default=str)
    for metric in PERCENT_METRICS:
        raw = str(values[metric])
        text = text.replace(f'"{metric}": "{raw}"', f'"{metric}": {raw}')
    (folder / "phuong-tran-lieu.json").write_text(text + "\n", encoding="utf-8")


class RawNumber(str):
    """A decimal kept as the text it was written with."""


def write_xlsx(folder):
    import openpyxl
    from decimal import Decimal

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Số liệu"
    sheet.append(["unit", "period", "metric", "value", "note"])
    for metric, value, note in ROWS:
        row = sheet.max_row + 1
        sheet.append([UNIT, PERIOD, metric, None, note or None])
        cell = sheet.cell(row=row, column=4)
        if metric in PERCENT_METRICS:
            cell.value = float(Decimal(value))
            cell.number_format = "0.0%"
        elif isinstance(value, datetime.date):
            cell.value = value
            cell.number_format = "dd/mm/yyyy"
        else:
            cell.value = value
    book.save(folder / "phuong-tran-lieu.xlsx")


def en_text(value):
    """A value as an English-locale export writes it: ISO dates, decimal points."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


# Three more wards for the long format: Hải An meets nearly everything;
# Lê Chân took no fee-bearing dossiers (payments_total 0: online payments have
# nothing to measure and count neither for nor against it), is slow at the
# desk, let two assigned tasks run late and saw fewer new enterprises; An Hưng
# reported only half its sheet.
OTHER_WARDS = {
    "Phường Hải An": {
        "dossiers_synced_ratio": "0.97", "payments_online": 640,
        "training_plan_completion_ratio": "1", "propaganda_plan_issued": D(2025, 8, 20),
        "investment_capital_disbursed": 12500000000, "satisfaction_land_ratio": "0.9",
        "information_security_drills": D(2025, 10, 10), "waiting_time": 9,
    },
    "Phường Lê Chân": {
        "payments_total": 0, "payments_online": 0, "waiting_time": 18,
        "satisfaction_ratio": "0.93", "dossiers_on_time": 1150,
        "assigned_tasks_overdue": 2, "enterprises_entered": 38,
    },
    "Xã An Hưng": None,
}


def write_long(folder):
    lines = ["unit,metric,value"]
    rows = {m: v for m, v, _ in ROWS}
    for unit, changes in [(UNIT, {})] + list(OTHER_WARDS.items()):
        values = dict(rows)
        if changes is None:
            values = dict(list(rows.items())[::2])
        else:
            values.update(changes)
        for metric, value in values.items():
            lines.append(f'"{unit}",{metric},{en_text(value)}')
    (folder / "cac-phuong-2025-h2.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    out = pathlib.Path(__file__).resolve().parent.parent / "tran-lieu-2025-h2"
    write_csv(out)
    write_json(out)
    write_xlsx(out)
    write_long(out.parent)
