//! Values and points as people read them.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::check::model::{Grade, Quantity};
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
        Some(MetricType::Days) => plain(2, Some("value.days")),
        Some(MetricType::WorkingDays) => plain(2, Some("value.working_days")),
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
    value_text_in(value, ty, boundaries, 0, lang)
}

/// The decimals a table's column of values gives its percents (ratios,
/// rates, percentage points): the most any of them needs as
/// [`value_text`] shows it (94.4%, 92%, 91.67% need 2), so that a column
/// reads 94.40%, 92.00%, 91.67%.
pub fn percent_column<'r>(
    values: impl Iterator<Item = (&'r Value, Option<MetricType>, &'r [Decimal])>,
) -> u32 {
    values
        .filter_map(|(value, ty, boundaries)| {
            let (Value::Number(n), true) = (value, shape(ty).percent) else {
                return None;
            };
            let percent = n.checked_mul(Decimal::ONE_HUNDRED)?;
            let limits = (boundaries.iter().chain(shape(ty).natural))
                .filter_map(|b| b.checked_mul(Decimal::ONE_HUNDRED));
            let places = decimals_off(percent, shape(ty).usual, limits);
            Some(round_half_away(percent, places).normalize().scale())
        })
        .max()
        .unwrap_or(0)
}

/// [`value_text`] in a table's column: a percent with at least `column`
/// decimals (see [`percent_column`]), trailing zeros kept.
pub fn value_text_in(
    value: &Value,
    ty: Option<MetricType>,
    boundaries: &[Decimal],
    column: u32,
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
            let places = decimals(shown, shape.usual, &limits);
            let text = match (as_percent, column) {
                (Some(_), 1..) => {
                    let places = places.max(column);
                    lang.decimal(&format!(
                        "{:.*}",
                        places as usize,
                        round_half_away(shown, places)
                    ))
                }
                _ => lang.number(shown, places),
            };
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
    decimals_off(value, usual, boundaries.iter().copied())
}

/// [`decimals`] against boundaries worked out as they are read (no list is
/// made for them).
fn decimals_off(
    value: Decimal,
    usual: u32,
    boundaries: impl Iterator<Item = Decimal> + Clone,
) -> u32 {
    let exact = value.normalize().scale();
    (usual..exact)
        .find(|places| {
            let rounded = round_half_away(value, *places);
            boundaries.clone().all(|b| rounded.cmp(&b) == value.cmp(&b))
        })
        .unwrap_or(exact.max(usual))
}

/// Points with two decimals: `3.85`, `4.00` (`3,85` in Vietnamese); more
/// where two would show them as 0 or as the maximum when they are not. Full
/// points show as their maximum does (a maximum with a share of
/// redistributed points, 5 + 10/3, as `8.33`).
pub fn points_text(points: &Exact, max: &Exact, lang: Lang) -> String {
    points_text_in(points, max, 2, lang)
}

/// [`points_text`] beside a unit's total whose points are shown with
/// `at_least` decimals (90.004 beside a grade's bound on 90): a target's
/// points below its maximum are shown with as many, so that the rows and
/// their total read alike. A maximum that is a decimal is shown as itself
/// (3.333, not 3.33), as a total's maximum is, and full points as their
/// maximum; a number that is no decimal with no more places than its
/// written form holds.
pub fn points_text_in(points: &Exact, max: &Exact, at_least: u32, lang: Lang) -> String {
    let full = points == max;
    let (shown, max_shown) = (points.shown_on_its_side(), max.shown_or_max());
    let max_places = match max {
        Exact::Decimal(m) => m.normalize().scale().max(2),
        _ => decimals(max_shown, 2, &[Decimal::ZERO]),
    };
    let places = if full {
        decimals(shown, max_places, &[Decimal::ZERO])
    } else {
        decimals(shown, max_places.max(at_least), &[Decimal::ZERO, max_shown])
    };
    let places = own_places(points, shown, places);
    lang.decimal(&format!(
        "{:.*}",
        places as usize,
        round_half_away(shown, places)
    ))
}

/// The values a unit's total is kept off when shown, where it is not on
/// them: every bound of the plan's grades, on points and on percentages,
/// with whatever decimals they are written. Worked out once per report
/// from the plan's grades, never per unit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TotalBounds {
    /// Bounds of `points` tests.
    points: Vec<Decimal>,
    /// Bounds of `%` tests, as percentages (80.5, not 0.805).
    percents: Vec<Decimal>,
}

impl TotalBounds {
    pub fn of(grades: &[Grade]) -> TotalBounds {
        let mut bounds = TotalBounds::default();
        let tests = grades.iter().flat_map(|g| g.any_of.iter().flatten());
        for test in tests {
            let ends = [test.accepts.low, test.accepts.high];
            for bound in ends.into_iter().flatten() {
                match test.quantity {
                    Quantity::Points => bounds.points.push(bound.value),
                    Quantity::Percent => bounds
                        .percents
                        .extend(bound.value.checked_mul(Decimal::ONE_HUNDRED)),
                    _ => {}
                }
            }
        }
        bounds
    }
}

/// How many decimals a total's points, maximum and percentage are shown
/// with: the usual two, two and one, or more where fewer would show a
/// value on 0, its maximum, 100%, a whole number or a grade's bound it is
/// not on (89.996 points as 90.00, which reads as meeting `>= 90 points`;
/// 80.45% as 80.5% beside `>= 80.5%` not met; 20.0033 of 40 as 20.00
/// beside 50.01%).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TotalPlaces {
    pub points: u32,
    pub max: u32,
    pub percent: u32,
}

impl TotalPlaces {
    const USUAL: TotalPlaces = TotalPlaces {
        points: 2,
        max: 2,
        percent: 1,
    };

    /// The places one total needs.
    pub fn of(t: &Tally, bounds: &TotalBounds) -> TotalPlaces {
        TotalPlaces::at_least(t, bounds, TotalPlaces::USUAL)
    }

    /// One number of decimals per column for totals shown together (a
    /// ranking, a table): the most any of them needs. More decimals do not
    /// always keep a value off a bound that fewer kept it off (1.0451 is
    /// 1.05 to two, 1.045 to three), so each total is judged again at the
    /// column's places until none needs more.
    pub fn column<'t>(
        totals: impl Iterator<Item = &'t Tally> + Clone,
        bounds: &TotalBounds,
    ) -> TotalPlaces {
        let mut places = TotalPlaces::USUAL;
        // Places only grow, and each is bounded by the 28 digits a decimal
        // holds: this ends.
        loop {
            let next = totals.clone().fold(places, |column, t| {
                let each = TotalPlaces::at_least(t, bounds, places);
                TotalPlaces {
                    points: column.points.max(each.points),
                    max: column.max.max(each.max),
                    percent: column.percent.max(each.percent),
                }
            });
            if next == places {
                return places;
            }
            places = next;
        }
    }

    fn at_least(t: &Tally, bounds: &TotalBounds, from: TotalPlaces) -> TotalPlaces {
        let (points, max) = (t.points_shown(), t.max_points.shown_or_max());
        let zero = Decimal::ZERO;
        let hundred = Decimal::ONE_HUNDRED;
        // A bound on points is one on this unit's percentage, and the other
        // way round: both numbers of a total are kept off both (0.049
        // points of 100 is not shown as 0.05 beside `>= 0.05%` not met).
        // A bound converted so may not end (1 point of 3 is 33.33…%), and
        // is then held to 28 digits: a total exactly on the bound it comes
        // from (1 point) is on it, and no number of decimals shows it so;
        // such a bound does not widen the total (the total's other number,
        // on the bound as written, is shown exactly so).
        let exact_percent = t.exact_percent();
        let converted = |on: bool, num: Decimal, by: Decimal, div: Decimal| {
            let product = num.checked_mul(by)?;
            let exact = Exact::Decimal(product).checked_div(&Exact::Decimal(div))?;
            let ends = matches!(exact, Exact::Decimal(_));
            (ends || !on).then(|| exact.shown_or_max())
        };
        let as_points = |p: &Decimal| {
            let on = exact_percent.as_ref() == Some(&Exact::Decimal(*p));
            converted(on, *p, max, hundred)
        };
        let as_percent = |b: &Decimal| {
            let on = t.points == Exact::Decimal(*b);
            converted(on, *b, hundred, max)
        };
        let points_bounds =
            (bounds.points.iter().copied()).chain(bounds.percents.iter().filter_map(as_points));
        let percent_bounds =
            (bounds.percents.iter().copied()).chain(bounds.points.iter().filter_map(as_percent));
        // A maximum that is a decimal is shown as itself (9.996, not
        // 10.00), and its points with as many places, so that a total is
        // never shown as a maximum it is not, nor full points as another.
        let max_places = match &t.max_points {
            Exact::Decimal(m) => from.max.max(m.normalize().scale()),
            _ => decimals(max, from.max, &[zero]),
        };
        let from_points = from.points.max(max_places);
        TotalPlaces {
            // Full points show as their maximum does.
            points: if t.points == t.max_points {
                decimals(points, from_points, &[zero])
            } else {
                let own = [zero, max, points.round()];
                kept_off(points, from_points, &own, points_bounds)
            },
            max: max_places,
            percent: t.percent().map_or(from.percent, |p| {
                let own = [zero, hundred, p.round()];
                kept_off(p, from.percent, &own, percent_bounds)
            }),
        }
    }

    /// A total's points, maximum and percentage with these places; its
    /// percentage `-` where it has none, and where its maximum is not
    /// known, that there is none and why.
    pub fn texts(&self, t: &Tally, lang: Lang) -> [String; 3] {
        let fixed = |d: Decimal, places: u32| {
            lang.decimal(&format!(
                "{:.*}",
                places as usize,
                round_half_away(d, places)
            ))
        };
        // A number that is no decimal has the places its written form holds
        // and no more: a column wider than that does not pad it with zeros
        // that are not its digits.
        let own = |e: &Exact, d: Decimal, places: u32| fixed(d, own_places(e, d, places));
        let percent = match (max_unknown(t, lang), t.percent(), t.exact_percent()) {
            (Some(why), _, _) => lang.fill("report.no_percent", &[("why", &why)]),
            (None, Some(p), Some(e)) => format!("{}%", own(&e, p, self.percent)),
            (None, Some(p), None) => format!("{}%", fixed(p, self.percent)),
            (None, None, _) => "-".to_string(),
        };
        [
            own(&t.points, t.points_shown(), self.points),
            own(&t.max_points, t.max_points.shown_or_max(), self.max),
            percent,
        ]
    }
}

/// The places a number `shown` as `d` is written with in a column of
/// `places`: all of them for a decimal (its zeros are its digits), no more
/// than `d` holds for a number that is no decimal, so that no zeros are
/// written that are not its digits (99.99…99 rounded from 99.99…9987 in
/// a column of 27 places, not 100.00…0).
pub fn own_places(e: &Exact, d: Decimal, places: u32) -> u32 {
    match e {
        Exact::Decimal(_) => places,
        _ => places.min(d.scale()),
    }
}

/// A unit's total points, maximum and percentage as [`TotalPlaces`] shows
/// them.
pub fn total_texts(t: &Tally, bounds: &TotalBounds, lang: Lang) -> [String; 3] {
    TotalPlaces::of(t, bounds).texts(t, lang)
}

/// [`decimals`] against two lists of boundaries, without joining them.
fn kept_off(
    value: Decimal,
    usual: u32,
    own: &[Decimal],
    bounds: impl Iterator<Item = Decimal> + Clone,
) -> u32 {
    let first = decimals(value, usual, own);
    let second = decimals_off(value, first, bounds.clone());
    // Judged again where the bounds asked for more (see `TotalPlaces::column`).
    if second == first {
        first
    } else {
        kept_off(value, second, own, bounds)
    }
}

/// The points, maximum and percentage of groups shown together (a unit's
/// sections or owners), each column with one number of decimals: the most
/// any of its rows needs. A group's total is shown as a unit's is (without
/// grades' bounds): the same fraction reads the same in a section's line
/// and a unit's total.
pub fn group_columns(groups: &[(String, Tally)], lang: Lang) -> Vec<[String; 3]> {
    let none = TotalBounds::default();
    let places = TotalPlaces::column(groups.iter().map(|(_, t)| t), &none);
    groups.iter().map(|(_, t)| places.texts(t, lang)).collect()
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

/// Why a unit has no percentage and no grade when its maximum is not known
/// (`the maximum of 1 target is not known (E0740, E0754)`), or `None`.
pub fn max_unknown(t: &Tally, lang: Lang) -> Option<String> {
    (!t.max_known()).then(|| {
        let key = match t.unknown_maxima {
            1 => "report.max_unknown_one",
            _ => "report.max_unknown",
        };
        lang.fill(key, &[("count", &t.unknown_maxima.to_string())])
    })
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
        Status::NotDue => "status.not_due",
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
        UnitGrade::MaxUnknown => Some(lang.text("report.grade_max_unknown").to_string()),
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
    // Only where the period evaluated leaves targets not yet due.
    if t.not_due > 0 {
        counts += &lang.fill(
            "report.counts_not_due",
            &[("not_due", &t.not_due.to_string())],
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

    /// A column's decimals are judged again for every row: 1.0451 is 1.05
    /// to two (off the bound 1.045) but 1.045 to three, which another row
    /// (2.001) needs; the column takes four.
    #[test]
    fn a_column_never_puts_a_row_back_on_a_bound() {
        let tally = |points: &str| Tally {
            points: Exact::from(d(points)),
            max_points: Exact::from(d("100")),
            ..Tally::default()
        };
        let bounds = TotalBounds {
            points: vec![d("1.045")],
            percents: vec![],
        };
        let rows = [tally("1.0451"), tally("2.001")];
        assert_eq!(TotalPlaces::of(&rows[0], &bounds).points, 2);
        assert_eq!(TotalPlaces::of(&rows[1], &bounds).points, 3);
        let column = TotalPlaces::column(rows.iter(), &bounds);
        assert_eq!(column.points, 4);
        assert_eq!(column.texts(&rows[0], Lang::En)[0], "1.0451");
        // A bound on percentages keeps the points off it too, and the
        // other way round (of 100 points, the same number).
        let percent_bound = TotalBounds {
            points: vec![],
            percents: vec![d("0.05")],
        };
        let low = tally("0.049");
        assert_eq!(
            total_texts(&low, &percent_bound, Lang::En),
            ["0.049", "100.00", "0.049%"]
        );
        assert_eq!(
            total_texts(&low, &TotalBounds::default(), Lang::En),
            ["0.05", "100.00", "0.05%"]
        );
    }

    /// A total on a points bound whose percentage never ends (1 point of
    /// 3 against `> 1 points`) is shown with the usual decimals, not with
    /// every digit a decimal holds; one just above it is still kept off.
    #[test]
    fn a_total_on_a_bound_that_never_ends_keeps_the_usual_decimals() {
        let tally = |points: &str| Tally {
            points: Exact::from(d(points)),
            max_points: Exact::from(d("3")),
            ..Tally::default()
        };
        let bounds = TotalBounds {
            points: vec![d("1")],
            percents: vec![],
        };
        assert_eq!(
            total_texts(&tally("1"), &bounds, Lang::En),
            ["1.00", "3.00", "33.3%"]
        );
        let rows = [tally("1"), tally("2")];
        let column = TotalPlaces::column(rows.iter(), &bounds);
        assert_eq!(column.texts(&rows[0], Lang::En)[2], "33.3%");
        assert_eq!(
            total_texts(&tally("1.0001"), &bounds, Lang::En)[0],
            "1.0001"
        );
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
