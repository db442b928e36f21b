//! Values and points as people read them.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::eval::exact::round_half_away;
use crate::eval::result::{Exact, InputProblem, Status, Tally, UnitGrade};
use crate::i18n::Lang;
use crate::measure::value::Value;
use crate::syntax::ast::MetricType;

/// How a kind of number is shown to people: as a percent of it or as it
/// is, with how many decimals usually, after it which word (a catalog key),
/// and the values of its own where a verdict turns (0% and 100% of a
/// ratio). A new kind of number is one arm here.
struct Shape {
    percent: bool,
    usual: u32,
    unit: Option<&'static str>,
    natural: &'static [Decimal],
}

fn shape(ty: Option<MetricType>) -> Shape {
    const ZERO_AND_ONE: &[Decimal] = &[Decimal::ZERO, Decimal::ONE];
    const ZERO: &[Decimal] = &[Decimal::ZERO];
    let plain = |usual, unit| Shape {
        percent: false,
        usual,
        unit,
        natural: ZERO,
    };
    match ty {
        Some(MetricType::Ratio | MetricType::Rate) => Shape {
            percent: true,
            usual: 2,
            unit: None,
            natural: ZERO_AND_ONE,
        },
        // A difference of two ratios is in points, never a percent of
        // something.
        Some(MetricType::PercentagePoints) => Shape {
            percent: true,
            usual: 2,
            unit: Some("value.percentage_points"),
            natural: ZERO,
        },
        Some(MetricType::Minutes) => plain(2, Some("value.minutes")),
        Some(MetricType::Money) => plain(0, Some("value.money")),
        _ => plain(4, None),
    }
}

/// A measured value: ratios as percents, minutes and money with their unit,
/// numbers and dates as `lang` writes them. A number is shown with its
/// usual decimals, or more where fewer would put it on the other side of a
/// `boundary` (a threshold or tier limit of its target, in the metric's own
/// units) or of its kind's own limits than the exact value is.
pub fn value_text(
    value: &Value,
    ty: Option<MetricType>,
    boundaries: &[Decimal],
    lang: Lang,
) -> String {
    match value {
        Value::Number(n) => {
            let shape = shape(ty);
            let hundred = |d: &Decimal| d.checked_mul(Decimal::ONE_HUNDRED);
            let all = boundaries.iter().chain(shape.natural);
            // A derived ratio can be any size; one too large to write as a
            // percent is written as it is.
            let as_percent = if shape.percent { hundred(n) } else { None };
            let (shown, limits): (Decimal, Vec<Decimal>) = match as_percent {
                Some(percent) => (percent, all.filter_map(hundred).collect()),
                None => (*n, all.copied().collect()),
            };
            let text = lang.number(shown, decimals(shown, shape.usual, &limits));
            match (as_percent, shape.unit) {
                (_, Some(unit)) => format!("{text} {}", lang.text(unit)),
                (Some(_), None) => format!("{text}%"),
                (None, None) => text,
            }
        }
        Value::Date(d) => lang.date(*d),
        Value::Bool(true) => lang.text("value.true").to_string(),
        Value::Bool(false) => lang.text("value.false").to_string(),
    }
}

/// The fewest decimals, from `usual` on, with which `value` rounded lies on
/// the same side of each of `boundaries` as `value` itself (below, on or
/// above it); at most the value's own decimals, where it is exact.
pub fn decimals(value: Decimal, usual: u32, boundaries: &[Decimal]) -> u32 {
    let exact = value.normalize().scale();
    (usual..exact)
        .find(|places| {
            let rounded = round_half_away(value, *places);
            boundaries.iter().all(|b| rounded.cmp(b) == value.cmp(b))
        })
        .unwrap_or(exact.max(usual))
}

/// Points with two decimals: `3.85`, `4.00` (`3,85` in Vietnamese); more
/// where two would show them as 0 or as the maximum when they are not. Full
/// points show as their maximum does (a maximum with a share of
/// redistributed points, 5 + 10/3, as `8.33`).
pub fn points_text(points: &Exact, max: &Exact, lang: Lang) -> String {
    let full = points == max;
    let (points, max) = (points.shown_or_max(), max.shown_or_max());
    let places = if full {
        decimals(points, 2, &[Decimal::ZERO])
    } else {
        decimals(points, 2, &[Decimal::ZERO, max])
    };
    lang.decimal(&format!(
        "{:.*}",
        places as usize,
        round_half_away(points, places)
    ))
}

/// A unit's total points, as grades read them: as [`points_text`], and,
/// in a plan with grades (`graded`), with more decimals where two would
/// show them as a whole number they are not (89.996 as 90.00, which reads
/// as meeting a grade's `>= 90 points`).
pub fn total_points_text(points: &Exact, max: &Exact, graded: bool, lang: Lang) -> String {
    if points == max || !graded {
        return points_text(points, max, lang);
    }
    let (points, max) = (points.shown_or_max(), max.shown_or_max());
    let places = total_points_places(points, max);
    lang.decimal(&format!(
        "{:.*}",
        places as usize,
        round_half_away(points, places)
    ))
}

/// The decimals of a unit's total points `points` of `max` (see
/// [`total_points_text`]).
pub fn total_points_places(points: Decimal, max: Decimal) -> u32 {
    decimals(points, 2, &[Decimal::ZERO, max, points.round()])
}

/// The decimals a unit's total percentage is shown with: one, or more
/// where one would show it as a whole percentage it is not (89.99% as
/// 90.0%, which reads as meeting a grade's `>= 90%`; 99.96% as 100.0%).
pub fn total_places(p: Decimal) -> u32 {
    decimals(p, 1, &[Decimal::ZERO, Decimal::ONE_HUNDRED, p.round()])
}

/// A percentage with one decimal: `68.6%` (`68,6%` in Vietnamese); more
/// where one would show it as 0% or 100% when it is not.
pub fn percent_text(percent: Option<Decimal>, lang: Lang) -> String {
    percent.map_or_else(
        || "-".to_string(),
        |p| {
            let places = decimals(p, 1, &[Decimal::ZERO, Decimal::ONE_HUNDRED]);
            lang.decimal(&format!(
                "{:.*}%",
                places as usize,
                round_half_away(p, places)
            ))
        },
    )
}

/// A unit's total percentage, as grades read it: one decimal, more where
/// one would show it as a whole percentage it is not (see
/// [`total_places`]).
pub fn total_percent_text(percent: Option<Decimal>, lang: Lang) -> String {
    percent.map_or_else(
        || "-".to_string(),
        |p| {
            let places = total_places(p);
            lang.decimal(&format!(
                "{:.*}%",
                places as usize,
                round_half_away(p, places)
            ))
        },
    )
}

/// A status in words.
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    lang.text(match status {
        Status::Pass => "status.pass",
        Status::Fail => "status.fail",
        Status::Missing => "status.missing",
        Status::NotApplicable => "status.not_applicable",
        Status::Invalid => "status.invalid",
        Status::Scored => "status.scored",
        Status::Tracked => "status.tracked",
    })
}

/// `Not scored: could not be read`: why a unit has no results.
pub fn not_scored(problem: &InputProblem, lang: Lang) -> String {
    lang.fill(
        "report.not_scored",
        &[("status", lang.text(problem.status.key()))],
    )
}

/// A unit's grade in words (`none` when no grade holds), as the plan
/// writes it (each format escapes it), or `None` when the plan grades no
/// unit.
pub fn grade_text(grade: UnitGrade<&str>, lang: Lang) -> Option<String> {
    match grade {
        UnitGrade::Ungraded => None,
        UnitGrade::None => Some(lang.text("report.no_grade").to_string()),
        UnitGrade::Named(name) => Some(name.to_string()),
    }
}

/// A tally's counts in words.
pub fn counts(t: &Tally, lang: Lang) -> String {
    let n = |v: usize| v.to_string();
    let counts = lang.fill(
        "report.counts",
        &[
            ("pass", &n(t.pass)),
            ("fail", &n(t.fail)),
            ("missing", &n(t.missing)),
            ("na", &n(t.not_applicable)),
            ("invalid", &n(t.invalid)),
        ],
    );
    // Only plans with targets that only score, or are only tracked, have
    // them to count.
    let mut counts = counts;
    if t.scored > 0 {
        counts += &lang.fill("report.counts_scored", &[("scored", &t.scored.to_string())]);
    }
    if t.tracked > 0 {
        counts += &lang.fill(
            "report.counts_tracked",
            &[("tracked", &t.tracked.to_string())],
        );
    }
    counts
}

/// Text from inputs made safe for a terminal: control and invisible
/// characters (an ESC would start a terminal command) become U+FFFD (see
/// [`crate::printable`]).
pub fn printable(text: &str) -> Cow<'_, str> {
    crate::printable::printable(text)
}

/// The columns of a table of targets, as catalog keys, in order.
pub const TARGET_COLUMNS: [&str; 7] = [
    "column.status",
    "column.target",
    "column.content",
    "column.owner",
    "column.threshold",
    "column.actual",
    "column.points",
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn digits_are_added_until_the_value_keeps_its_side() {
        let ratio = |v: &str, b: &[&str]| {
            let boundaries: Vec<Decimal> = b.iter().map(|b| d(b)).collect();
            value_text(
                &Value::Number(d(v)),
                Some(MetricType::Ratio),
                &boundaries,
                Lang::En,
            )
        };
        assert_eq!(ratio("0.599999", &["0.6"]), "59.9999%");
        assert_eq!(ratio("0.6", &["0.6"]), "60%");
        assert_eq!(ratio("0.62346", &["0.6"]), "62.35%");
        assert_eq!(ratio("0.99995", &["0.95"]), "99.995%");
        assert_eq!(ratio("0.00001", &[]), "0.001%");
        assert_eq!(ratio("0.6000001", &["0.6"]), "60.00001%");
        assert_eq!(
            value_text(
                &Value::Number(d("0.599999")),
                Some(MetricType::Ratio),
                &[d("0.6")],
                Lang::Vi
            ),
            "59,9999%"
        );
        let points =
            |p: &str, max: &str, lang| points_text(&Exact::from(d(p)), &Exact::from(d(max)), lang);
        assert_eq!(points("5.9997", "6", Lang::En), "5.9997");
        assert_eq!(points("5.994", "6", Lang::En), "5.99");
        assert_eq!(points("0.001", "6", Lang::Vi), "0,001");
        assert_eq!(points("6", "6", Lang::En), "6.00");
        // A fraction no decimal holds (20/7), shown as any points.
        let twenty_sevenths = Exact::from(d("20")).checked_div(&Exact::from(d("7")));
        assert_eq!(
            points_text(
                &twenty_sevenths.unwrap_or_default(),
                &Exact::from(d("10")),
                Lang::En
            ),
            "2.86"
        );
        assert_eq!(percent_text(Some(d("99.96")), Lang::En), "99.96%");
        assert_eq!(percent_text(Some(d("99.94")), Lang::En), "99.9%");
        assert_eq!(percent_text(Some(d("0.04")), Lang::En), "0.04%");
    }

    proptest::proptest! {
        /// Whatever the value and boundary, what is shown lies on the same
        /// side of the boundary as the value.
        #[test]
        fn the_shown_value_is_on_the_side_of_the_exact_one(
            value in -100_000_000i64..100_000_000,
            boundary in -100_000_000i64..100_000_000,
            scale in 0u32..8,
            usual in 0u32..3,
        ) {
            let (value, boundary) = (Decimal::new(value, scale), Decimal::new(boundary, 4));
            let shown = round_half_away(value, decimals(value, usual, &[boundary, Decimal::ZERO]));
            proptest::prop_assert_eq!(shown.cmp(&boundary), value.cmp(&boundary));
            proptest::prop_assert_eq!(shown.cmp(&Decimal::ZERO), value.cmp(&Decimal::ZERO));
        }
    }
}
