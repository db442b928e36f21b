//! JSON Lines: one object per unit, then one per diagnostic of the
//! measurement files (`{"diagnostic": {...}}`), keys and values in stable
//! English for machines.

use crate::i18n::Lang;
use rust_decimal::Decimal;
use serde_json::{json, Map, Number, Value as Json};

use crate::check::model::Scoring;
use crate::diagnostic::json::to_json;
use crate::diagnostic::Diagnostics;
use crate::eval::result::{Exact, InputProblem, Tally, TargetResult, UnitResult};
use crate::measure::value::Value;

/// The units, then every diagnostic of the measurement files, each once,
/// in file order.
pub fn render(units: &[UnitResult], diagnostics: &Diagnostics) -> String {
    super::sink::collect(|out| write(units, diagnostics, out))
}

/// As [`render`], written line by line: one unit's line is held at a time.
pub fn write(
    units: &[UnitResult],
    diagnostics: &Diagnostics,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    super::sink::write_all(&mut JsonSink { out: &mut *out }, units)?;
    write_diagnostic_lines(diagnostics, out)
}

/// JSON Lines, one unit's line at a time (the diagnostics' lines, which
/// follow the units, are [`write_diagnostic_lines`]).
pub struct JsonSink<'a> {
    pub out: &'a mut dyn std::io::Write,
}

impl super::sink::UnitSink for JsonSink<'_> {
    fn unit(&mut self, unit: &UnitResult) -> std::io::Result<()> {
        self.out.write_all(escaped(unit_json(unit)).as_bytes())?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One line of JSON, what would act in its strings escaped (see
/// [`crate::printable::json_escaped`]).
fn escaped(json: Json) -> String {
    let text = json.to_string();
    match crate::printable::json_escaped(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(escaped) => escaped,
    }
}

/// One line per diagnostic shown (see [`Diagnostics::for_each_shown`]),
/// `{"diagnostic": {...}}`, in their order: those
/// of the measurement files after the units, or those of a plan that could
/// not be used, in place of any unit.
pub fn diagnostic_lines(diagnostics: &Diagnostics) -> String {
    super::sink::collect(|out| write_diagnostic_lines(diagnostics, out))
}

/// As [`diagnostic_lines`], written one line at a time.
pub fn write_diagnostic_lines(
    diagnostics: &Diagnostics,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    diagnostics.for_each_shown(|d| {
        let json = to_json(diagnostics.sources(), d);
        out.write_all(escaped(json!({ "diagnostic": json })).as_bytes())?;
        out.write_all(b"\n")
    })
}

/// Whether the unit's input could be used, and if not, why.
pub fn input_json(input: Option<&InputProblem>) -> Json {
    match input {
        None => json!({ "status": "reported" }),
        Some(p) => json!({
            "status": p.status.as_str(),
            "file": p.file,
            "code": p.code().id(),
            "reason": p.problem.message(crate::i18n::Lang::En),
        }),
    }
}

pub fn unit_json(unit: &UnitResult) -> Json {
    let groups = |groups: &[(String, Tally)]| -> Vec<Json> {
        groups
            .iter()
            .map(|(name, tally)| {
                let mut object = Map::new();
                object.insert("name".to_string(), json!(name));
                object.extend(tally_json(tally));
                Json::Object(object)
            })
            .collect()
    };
    let mut json = json!({
        "unit": unit.unit,
        "period": unit.period,
        "input": input_json(unit.input.as_deref()),
        "summary": Json::Object(tally_json(&unit.summary)),
        "sections": groups(&unit.sections),
        "owners": groups(&unit.owners),
        // Whether `owners` counts a target for each of its owners (lead and
        // co-ordinating), so that they add up to more than `summary`.
        "owners_count_each": super::owners::shared(unit),
        "results": unit.results.iter().map(result_json).collect::<Vec<_>>(),
    });
    // The period evaluated, read, where the measurements or `--period`
    // name one.
    if let (Some(p), Json::Object(object)) = (unit.evaluated, &mut json) {
        object.insert(
            "evaluated".into(),
            json!({"start": p.start.to_string(), "end": p.end.to_string()}),
        );
    }
    // Only a plan that grades its units gives them a grade, null when none
    // holds.
    if let (true, Json::Object(object)) = (unit.grade.graded(), &mut json) {
        object.insert("grade".into(), json!(unit.grade.name()));
    }
    // Rolled up (`eval --rollup`): its parent and rank among its siblings,
    // and a parent's children in the order ranked; one line per unit still.
    if let (Some(standing), Json::Object(object)) = (&unit.standing, &mut json) {
        object.insert("parent".into(), json!(standing.parent));
        object.insert("rank".into(), json!(standing.rank));
        let children: Vec<&str> = standing.ranking.iter().map(|r| r.unit.as_str()).collect();
        object.insert("children".into(), json!(children));
    }
    json
}

fn tally_json(t: &Tally) -> Map<String, Json> {
    let mut map = Map::new();
    map.insert("pass".into(), json!(t.pass));
    map.insert("fail".into(), json!(t.fail));
    map.insert("missing".into(), json!(t.missing));
    map.insert("not_applicable".into(), json!(t.not_applicable));
    map.insert("invalid".into(), json!(t.invalid));
    map.insert("scored".into(), json!(t.scored));
    map.insert("points".into(), number(t.points_shown().normalize()));
    map.insert("max_points".into(), exact_number(&t.max_points));
    map.insert("percent".into(), t.percent().map_or(Json::Null, number));
    // Only where a maximum from the data is not known: the percentage (and
    // the grade) are then null for that reason.
    if !t.max_known() {
        map.insert("unknown_maxima".into(), json!(t.unknown_maxima));
    }
    // Always, 0 when the period evaluated leaves none: a stable schema.
    map.insert("not_due".into(), json!(t.not_due));
    map
}

fn result_json(r: &TargetResult) -> Json {
    let mut json = result_fields(r);
    // The co-ordinating owners, only where a target has them (its owner is
    // the lead); the owners' totals count it for each.
    if let (false, Json::Object(object)) = (r.co_owners.is_empty(), &mut json) {
        object.insert("co_owners".into(), json!(r.co_owners));
    }
    json
}

fn result_fields(r: &TargetResult) -> Json {
    json!({
        "target": r.target,
        "metric": r.metric,
        "status": r.status.as_str(),
        "actual": r.actual.as_ref().map_or(Json::Null, actual),
        // A target without a condition expects nothing.
        "expected": r.condition(),
        "owner": r.owner,
        "section": r.section,
        "label": r.label,
        "points": exact_number(&r.points),
        "max_points": exact_number(&r.max_points),
        "note": r.note.as_ref().map(|n| n.text(Lang::En)),
        // How its points are scored, as the plan writes it (`linear`,
        // `saturating 80%`); null for a target only tracked.
        "scoring": r.scoring.as_deref().map(Scoring::text),
        // The share of redistributed points in its maximum, and from whom.
        "received": r.received.as_deref().map_or(Json::Null, |received| json!({
            "points": exact_number(&received.points),
            "from": received.from,
        })),
    })
}

fn actual(value: &Value) -> Json {
    match value {
        Value::Number(n) => number(*n),
        Value::Date(d) => json!(d.to_string()),
        Value::Bool(b) => json!(b),
    }
}

/// An exact decimal as a JSON number, as it is (never through a float, and
/// never rounded: a rounded value could read as a threshold, the maximum or
/// 100% when it is not).
/// An exact number as JSON: a decimal as it is, a fraction no decimal
/// holds (6 × 2/7) rounded half away from zero to 28 digits.
pub fn exact_number(e: &Exact) -> Json {
    number(e.written())
}

pub fn number(d: Decimal) -> Json {
    let text = d.normalize().to_string();
    text.parse::<Number>()
        .map_or(Json::String(text), Json::Number)
}
