//! What evaluation gives: per target a status and points, per unit totals.

use std::sync::Arc;

use rust_decimal::Decimal;

pub use super::exact::Exact;
use super::sum::Sum;
use serde::Serialize;

use crate::check::model::{Scoring, TargetKind};
use crate::diagnostic::{Code, Problem};
use crate::eval::due::EvaluatedPeriod;
pub use crate::eval::grade::{TaskCounts, UnitGrade};
use crate::i18n::Lang;
use crate::measure::problem::MeasureProblem;
use crate::measure::value::Value;
use crate::measure::InputStatus;
use crate::syntax::ast::MetricType;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Fail,
    Missing,
    NotApplicable,
    Invalid,
    /// A target without a condition earned points for its value: neither
    /// met nor failed.
    Scored,
    /// A target without a condition and without points: only tracked. Its
    /// value (or why it has none, in its note) is shown; it earns nothing,
    /// counts in no maximum, and never fails.
    Tracked,
    /// Not yet due in the period evaluated: a milestone (`by DATE`) after
    /// its end, or a task due after it and not done by then. Its value is
    /// shown if reported; it counts neither for nor against the unit (in no
    /// maximum, no share of a grade, no failure).
    NotDue,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Missing => "missing",
            Status::NotApplicable => "not_applicable",
            Status::Invalid => "invalid",
            Status::Scored => "scored",
            Status::Tracked => "tracked",
            Status::NotDue => "not_due",
        }
    }

    /// Whether the target counts as met (not applicable does, and a target
    /// that only scores or is only tracked has nothing to fail).
    pub fn is_met(self) -> bool {
        matches!(
            self,
            Status::Pass | Status::NotApplicable | Status::Scored | Status::Tracked
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TargetResult {
    pub target: String,
    pub kind: TargetKind,
    pub metric: String,
    /// The metric's type, for showing the value (a ratio as a percent).
    pub ty: Option<MetricType>,
    pub label: Option<String>,
    pub owner: Option<String>,
    /// The co-ordinating owners (`owner "A" with "B", "C"`), whose totals
    /// count the target as the lead's do.
    pub co_owners: Vec<String>,
    pub section: Option<String>,
    pub status: Status,
    /// The measured (or computed) value; `None` when missing or unusable.
    pub actual: Option<Value>,
    /// The condition as the plan writes it.
    pub expected: String,
    /// The values, in the metric's own units, where the verdict or the
    /// points turn: the threshold(s) and tier limits. Reports show the
    /// actual value with enough digits to stand on the same side of each.
    pub boundaries: Vec<Decimal>,
    /// Exact: a fraction where no decimal holds them (6 × 2/7).
    pub points: Exact,
    /// The most this target could earn; 0 when it is excluded as not
    /// applicable.
    pub max_points: Exact,
    /// Its maximum comes from the data (`points METRIC`) and the unit's
    /// value is missing or unusable: 0 stands in `max_points`, and the
    /// unit's percentage and grade are not known.
    pub max_unknown: bool,
    /// Why the target is missing, invalid or not applicable.
    pub note: Option<Why>,
    /// How its points are scored, as the plan says; `None` for a target
    /// only tracked. Shared by the results of every unit (made once per run).
    pub scoring: Option<Arc<Scoring>>,
    /// The share of its section's points it received from targets that did
    /// not apply (`not_applicable redistribute`), already in its maximum.
    pub received: Option<Box<Received>>,
}

/// Points a target received from others of its section that did not apply.
#[derive(Debug, Clone, PartialEq)]
pub struct Received {
    /// The share, exactly (already counted in the target's maximum).
    pub points: Exact,
    /// The targets that gave it, in plan order.
    pub from: Vec<String>,
}

/// Counts and points of a group of results.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub pass: usize,
    pub fail: usize,
    pub missing: usize,
    pub not_applicable: usize,
    pub invalid: usize,
    /// Targets without a condition that earned points for their value (32
    /// bits, with `tracked`: a plan cannot hold more targets, and a unit's
    /// result stays as small as before these counts).
    pub scored: u32,
    /// Targets only tracked (no condition, no points): in no other count,
    /// and in no summary's columns.
    pub tracked: u32,
    /// Targets and tasks not yet due in the period evaluated: in no other
    /// count, no maximum and no share of a grade.
    pub not_due: u32,
    /// Targets whose maximum comes from the data and is not known for this
    /// unit (its value missing or unusable, E0740). A total of a maximum
    /// that is not known has no percentage and no grade: it would be of a
    /// smaller maximum, and rank above a complete unit with more points.
    pub unknown_maxima: u32,
    /// Exact sums: a grade compares them as they are.
    pub points: Exact,
    pub max_points: Exact,
}

impl TargetResult {
    /// The condition as the plan writes it; `None` for a target without
    /// one (it only scores, or is only tracked).
    pub fn condition(&self) -> Option<&str> {
        (!self.expected.is_empty()).then_some(self.expected.as_str())
    }
}

impl Tally {
    /// Whether the unit's maximum is known: no target's maximum from the
    /// data is missing or unusable.
    pub fn max_known(&self) -> bool {
        self.unknown_maxima == 0
    }

    /// Pass, fail, missing, not applicable, invalid and scored, in the
    /// order summaries write them.
    pub fn counts(&self) -> [usize; 6] {
        [
            self.pass,
            self.fail,
            self.missing,
            self.not_applicable,
            self.invalid,
            self.scored as usize,
        ]
    }

    /// Counts one target's status, without its points.
    pub fn count_status(&mut self, status: Status) {
        match status {
            Status::Pass => self.pass += 1,
            Status::Fail => self.fail += 1,
            Status::Missing => self.missing += 1,
            Status::NotApplicable => self.not_applicable += 1,
            Status::Invalid => self.invalid += 1,
            Status::Scored => self.scored += 1,
            Status::Tracked => self.tracked += 1,
            Status::NotDue => self.not_due += 1,
        }
    }

    /// The points as reports show and write them: on the side of every
    /// bound they are on (see [`Exact::shown_on_its_side`]).
    pub fn points_shown(&self) -> Decimal {
        self.points.shown_on_its_side()
    }

    /// Points as a percentage of the maximum, exactly, or `None` when
    /// nothing counts or the maximum is not known.
    pub fn exact_percent(&self) -> Option<Exact> {
        if !self.max_known() {
            return None;
        }
        self.points
            .times(&Exact::Decimal(Decimal::ONE_HUNDRED))
            .checked_div(&self.max_points)
    }

    /// [`Tally::exact_percent`] as a decimal to show: exact where a decimal
    /// holds it, else rounded half away from zero to 28 digits, and kept on
    /// the side of 100% (and of 0%) that the points are, so that no report
    /// shows 100% for less than all the points.
    pub fn percent(&self) -> Option<Decimal> {
        let exact = self.exact_percent()?;
        let percent = exact.shown_on_its_side();
        Some(
            if self.points < self.max_points && percent >= Decimal::ONE_HUNDRED {
                // 99.99999999999999999999999999, the largest below 100.
                Decimal::ONE_HUNDRED - Decimal::new(1, 26)
            } else if self.points > Exact::ZERO && percent <= Decimal::ZERO {
                Decimal::new(1, 28)
            } else {
                percent
            },
        )
    }

    pub fn all_met(&self) -> bool {
        self.fail == 0 && self.missing == 0 && self.invalid == 0
    }
}

/// A tally being counted target by target: its points are summed by
/// [`Sum`] (near-linear in the number of targets however many distinct
/// denominators they have) and made one exact number when it is done.
#[derive(Debug, Default)]
pub(crate) struct Counting {
    tally: Tally,
    tasks: TaskCounts,
    points: Sum,
    max_points: Sum,
}

impl Counting {
    pub fn add(&mut self, result: &TargetResult) {
        let (points, max_points) = (&result.points, &result.max_points);
        self.count(result.kind, result.status, points, max_points);
        if result.max_unknown {
            self.unknown_max();
        }
    }

    /// Counts a target whose maximum from the data is not known.
    pub fn unknown_max(&mut self) {
        self.tally.unknown_maxima += 1;
    }

    /// Counts one target's (or task's) status and points.
    pub fn count(&mut self, kind: TargetKind, status: Status, points: &Exact, max_points: &Exact) {
        self.count_status(kind, status);
        self.points.add(points);
        self.max_points.add(max_points);
    }

    /// Counts one target's (or task's) status, without its points.
    pub fn count_status(&mut self, kind: TargetKind, status: Status) {
        self.tally.count_status(status);
        self.tasks.count(kind, status);
    }

    /// The tasks done and not done so far, which a grade reads beside the
    /// tally.
    pub fn tasks(&self) -> TaskCounts {
        self.tasks
    }

    /// Adds points without counting a target.
    pub fn add_points(&mut self, points: &Exact) {
        self.points.add(points);
    }

    /// The tally counted, its sums exact.
    pub fn done(self) -> Tally {
        Tally {
            points: self.points.total(),
            max_points: self.max_points.total(),
            ..self.tally
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnitResult {
    pub unit: String,
    /// The period the unit is evaluated for, as written (`--period`, or
    /// its readings'); else the first its measurements name, as written.
    pub period: Option<String>,
    /// The period evaluated, read, where `--period` or the readings name
    /// one the plan does not refuse (`None`: the plan's).
    pub evaluated: Option<crate::eval::due::EvaluatedPeriod>,
    pub results: Vec<TargetResult>,
    pub summary: Tally,
    /// Per section of the plan, in plan order.
    pub sections: Vec<(String, Tally)>,
    /// Per owner, in the order the plan declares them (then first use).
    pub owners: Vec<(String, Tally)>,
    /// Why the unit was not scored: its input could not be used. It then
    /// has no results and its totals are zero, and it is never ranked.
    pub input: Option<Box<InputProblem>>,
    /// The first of the plan's grades that its totals meet; never one for
    /// a unit that was not scored.
    pub grade: UnitGrade<String>,
    /// Where the unit stands among its register's units when they are
    /// rolled up (`eval --rollup`); `None` otherwise.
    pub standing: Option<Box<super::rollup::Standing>>,
}

impl UnitResult {
    /// Whether the unit was scored (its input could be used).
    pub fn scored(&self) -> bool {
        self.input.is_none()
    }
}

/// Why a unit's input could not be used: its status, the file (or folder)
/// as shown, and the diagnostic that says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    pub status: InputStatus,
    pub file: String,
    /// What the diagnostic that says why says.
    pub problem: Problem,
}

impl InputProblem {
    pub fn code(&self) -> Code {
        self.problem.code()
    }

    /// `file: [E0702] message`, in `lang`.
    pub fn reason(&self, lang: Lang) -> String {
        format!(
            "{}: [{}] {}",
            self.file,
            self.code().id(),
            self.problem.message(lang)
        )
    }
}

/// A unit's totals, as batch summaries show them.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitTotal<'u> {
    pub unit: &'u str,
    pub summary: Tally,
    /// Why the unit was not scored, if it was not.
    pub input: Option<&'u InputProblem>,
    /// Its grade (see [`UnitResult::grade`]).
    pub grade: UnitGrade<&'u str>,
    /// Its parent, when units are rolled up (`eval --rollup`).
    pub parent: Option<&'u str>,
    /// The period it was evaluated for (see [`UnitResult::evaluated`];
    /// `None`: the plan's).
    pub evaluated: Option<crate::eval::due::EvaluatedPeriod>,
}

impl<'u> From<&'u UnitResult> for UnitTotal<'u> {
    fn from(unit: &'u UnitResult) -> Self {
        UnitTotal {
            unit: &unit.unit,
            summary: unit.summary.clone(),
            input: unit.input.as_deref(),
            grade: unit.grade.as_deref(),
            parent: unit.standing.as_ref().and_then(|s| s.parent.as_deref()),
            evaluated: unit.evaluated,
        }
    }
}

/// Units' totals in input order, kept compactly: a national batch holds
/// hundreds of thousands until its summary is written. A row is 76 bytes:
/// the counts take 32 bits (a unit has at most as many results as the plan
/// has targets), the names share a buffer per block, and points are held
/// as decimals (16 bytes), those that are fractions beside the rows (an
/// [`Exact`] is 48 bytes: two in every row made the summary of 200,000
/// units of the 766 plan, whose points are all decimals, 14 MB larger).
#[derive(Debug, Default)]
pub struct Totals {
    /// Rows in blocks: a list grown by doubling would hold up to twice the
    /// room it needs, and three times while it moves.
    blocks: Vec<Block>,
    /// The units that were not scored, by their row's number (few, if any).
    problems: Vec<(usize, InputProblem)>,
    /// The names of the grades met so far, in the order first met; a row
    /// holds its grade's place here.
    grades: Vec<String>,
    /// The period evaluated, by the row from which it holds (until the
    /// next): units of a batch are mostly of one period, so this costs
    /// nothing per row (none before the first: the plan's).
    periods: Vec<(usize, Option<EvaluatedPeriod>)>,
}

/// At most [`BLOCK`] rows, and their names one after the other in fewer
/// than 2^32 bytes (so that a row says where its name ends in 32 bits).
#[derive(Debug)]
struct Block {
    names: String,
    rows: Vec<Row>,
    /// The points and maxima that are not decimals (a fraction: 6 × 2/7),
    /// in the order kept, each by its [`Block::key`]; its row holds zero
    /// in its place.
    fractions: Vec<(u16, Exact)>,
}

impl Block {
    fn new() -> Block {
        Block {
            names: String::new(),
            rows: Vec::with_capacity(BLOCK),
            fractions: Vec::new(),
        }
    }

    /// Where a row's points (`false`) or maximum (`true`) stand among the
    /// block's fractions.
    fn key(row: usize, max: bool) -> u16 {
        // INVARIANT: a block has at most BLOCK rows, and 2 × BLOCK keys fit
        // in 16 bits (asserted beside BLOCK).
        u16::try_from(row * 2 + usize::from(max)).unwrap_or(u16::MAX)
    }

    /// `exact` as a decimal for row `row`, kept among the fractions if it
    /// is not one.
    fn keep(&mut self, row: usize, max: bool, exact: &Exact) -> Decimal {
        exact.decimal().unwrap_or_else(|| {
            self.fractions.push((Block::key(row, max), exact.clone()));
            Decimal::ZERO
        })
    }

    /// The row's points or maximum (`max`), as kept.
    fn exact(&self, row: usize, max: bool, kept: Decimal) -> Exact {
        let key = Block::key(row, max);
        let at = self.fractions.binary_search_by_key(&key, |(k, _)| *k);
        let fraction = at.ok().and_then(|at| self.fractions.get(at));
        fraction.map_or(Exact::Decimal(kept), |(_, f)| f.clone())
    }

    /// A full block gives back the room its lists grew into.
    fn close(&mut self) {
        self.names.shrink_to_fit();
        self.fractions.shrink_to_fit();
    }

    /// Whether `name`'s row fits: a full block's names are not grown again.
    fn has_room_for(&self, name: &str) -> bool {
        self.rows.len() < BLOCK
            && self
                .names
                .len()
                .checked_add(name.len())
                .is_some_and(|end| u32::try_from(end).is_ok())
    }

    /// The rows with their names, points and maxima.
    fn iter(&self) -> impl Iterator<Item = (&Row, &str, [Exact; 2])> + Clone {
        let starts = std::iter::once(0).chain(self.rows.iter().map(|r| r.name_end));
        let rows = self.rows.iter().zip(starts).enumerate();
        rows.map(|(i, (row, start))| {
            let name = self.names.get(start as usize..row.name_end as usize);
            let points = self.exact(i, false, row.points);
            let max_points = self.exact(i, true, row.max_points);
            (row, name.unwrap_or_default(), [points, max_points])
        })
    }
}

const BLOCK: usize = 1024;
const _: () = assert!(BLOCK * 2 <= u16::MAX as usize);

const NO_GRADE: u32 = u32::MAX;
const UNGRADED: u32 = u32::MAX - 1;
const MAX_UNKNOWN: u32 = u32::MAX - 2;

#[derive(Debug)]
struct Row {
    /// Where the unit's name ends in its block's `names`; it starts where
    /// the one before ends.
    name_end: u32,
    /// Pass, fail, missing, not applicable, invalid, scored.
    counts: [u32; 6],
    /// Its grade's place in `Totals::grades`, or `NO_GRADE`, or
    /// `UNGRADED`.
    grade: u32,
    tracked: u32,
    /// Targets and tasks not yet due (4 bytes more than before milestones).
    not_due: u32,
    unknown_maxima: u32,
    /// Zero where it is not a decimal: it is then among its block's
    /// fractions.
    points: Decimal,
    max_points: Decimal,
}

impl Totals {
    /// Keeps a unit's totals, with why it was not scored if it was not.
    pub fn push_total(&mut self, unit: &UnitTotal) {
        if let Some(problem) = unit.input {
            self.problems.push((self.len(), problem.clone()));
        }
        self.push(unit.unit, &unit.summary, unit.grade, unit.evaluated);
    }

    /// The number of units kept.
    fn len(&self) -> usize {
        self.blocks.iter().map(|b| b.rows.len()).sum()
    }

    pub fn push(
        &mut self,
        unit: &str,
        summary: &Tally,
        grade: UnitGrade<&str>,
        evaluated: Option<EvaluatedPeriod>,
    ) {
        // The last run's period, else the plan's (`None`).
        if self.periods.last().and_then(|(_, period)| *period) != evaluated {
            self.periods.push((self.len(), evaluated));
        }
        // A plan has few grades: finding one's place is a short search, and
        // its name is copied once per list.
        let grade = match grade {
            UnitGrade::Ungraded => UNGRADED,
            UnitGrade::None => NO_GRADE,
            UnitGrade::MaxUnknown => MAX_UNKNOWN,
            UnitGrade::Named(name) => match self.grades.iter().position(|g| g == name) {
                Some(at) => u32::try_from(at).unwrap_or(NO_GRADE),
                None => {
                    self.grades.push(name.to_string());
                    u32::try_from(self.grades.len() - 1).unwrap_or(NO_GRADE)
                }
            },
        };
        if !self.blocks.last().is_some_and(|b| b.has_room_for(unit)) {
            if let Some(full) = self.blocks.last_mut() {
                full.close();
            }
            self.blocks.push(Block::new());
        }
        let Some(block) = self.blocks.last_mut() else {
            return;
        };
        let row = block.rows.len();
        let points = block.keep(row, false, &summary.points);
        let max_points = block.keep(row, true, &summary.max_points);
        block.names.push_str(unit);
        // A plan file of at most 8 MiB cannot hold 2^32 targets.
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        block.rows.push(Row {
            // INVARIANT: below 2^32, as `has_room_for` started a new block
            // before; only a single name that long (none is read: a field
            // is at most 64 KiB) would not fit.
            name_end: count(block.names.len()),
            counts: summary.counts().map(count),
            grade,
            tracked: summary.tracked,
            not_due: summary.not_due,
            unknown_maxima: summary.unknown_maxima,
            points,
            max_points,
        });
    }

    /// The period row `row` was evaluated for.
    fn period_of(&self, row: usize) -> Option<EvaluatedPeriod> {
        let from = self.periods.partition_point(|(from, _)| *from <= row);
        from.checked_sub(1)
            .and_then(|at| self.periods.get(at))
            .and_then(|(_, period)| *period)
    }

    /// The units in the order they were added.
    pub fn iter(&self) -> impl Iterator<Item = UnitTotal<'_>> + Clone {
        let rows = self.blocks.iter().flat_map(Block::iter);
        rows.enumerate()
            .map(move |(i, (row, unit, [points, max_points]))| {
                let [pass, fail, missing, not_applicable, invalid, scored] = row.counts;
                let wide = |n: u32| n as usize;
                UnitTotal {
                    unit,
                    summary: Tally {
                        pass: wide(pass),
                        fail: wide(fail),
                        missing: wide(missing),
                        not_applicable: wide(not_applicable),
                        invalid: wide(invalid),
                        scored,
                        tracked: row.tracked,
                        not_due: row.not_due,
                        unknown_maxima: row.unknown_maxima,
                        points,
                        max_points,
                    },
                    input: self
                        .problems
                        .binary_search_by_key(&i, |(row, _)| *row)
                        .ok()
                        .and_then(|at| self.problems.get(at))
                        .map(|(_, p)| p),
                    grade: match row.grade {
                        UNGRADED => UnitGrade::Ungraded,
                        MAX_UNKNOWN => UnitGrade::MaxUnknown,
                        at => usize::try_from(at)
                            .ok()
                            .and_then(|at| self.grades.get(at))
                            .map_or(UnitGrade::None, |name| UnitGrade::Named(name.as_str())),
                    },
                    parent: None,
                    evaluated: self.period_of(i),
                }
            })
    }
}

/// Why a target has no verdict on a value: missing, invalid or not
/// applicable, with the metric concerned. Put into words per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    NotReported(String),
    /// No baseline value of the metric for the unit (`baseline(x)`).
    NoBaseline(String),
    /// Not reported by a parent, and some of its children give no value
    /// of it (roll-up).
    ChildrenIncomplete(String),
    ReportedNotApplicable(String),
    /// The metric, and the problem with its value where it is known.
    CannotBeUsed(String, Option<Refusal>),
    /// A division by zero; the divisor when it is a metric.
    ZeroDivisor(Option<String>),
    UnusableLiteral,
    NeedsNumbers,
    TooLarge,
    CannotCompare,
    /// `n/a` reported where the plan does not allow it, and where.
    NaNotAllowed(String, Option<Refusal>),
    /// `n/a` reported for a count or an amount of money, and where.
    NaForCount(String, Option<Refusal>),
    /// `n/a` reported for a metric whose counts are not reported, and where.
    NaWithoutCounts(String, Option<Refusal>),
    /// A zero divisor on a target that always applies; the divisor when it is
    /// a metric.
    AlwaysApplies(Option<String>),
    /// A derived share of a whole outside 0..100%.
    ShareOutOfRange(ShareOutside),
    /// A reported value that disagrees with its counts.
    Disagrees(Disagreement),
    /// The metric that gives the target's maximum is not a number of zero
    /// or more.
    BadMaximum(String),
    /// The metric that gives the target's maximum is outside the plan's
    /// bound on it (E0754).
    MaxOutsideBound(String),
    /// The metric that gives the target's maximum is 0: the target is worth
    /// nothing to the unit.
    ZeroMaximum(String),
    /// Not yet due: judged from the period that ends on or after the date.
    DueFrom(chrono::NaiveDate),
    /// When it is judged: not in this period, or on a sum over periods.
    Timed(super::timed::TimedWhy),
    /// A one-off task whose done date an earlier period's report gives
    /// (that period, as written).
    DoneIn(String),
}

/// A derived share of a whole outside 0..100%: its value, and the metrics
/// it came from with theirs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareOutside {
    pub metric: String,
    /// `None` for a part with no whole.
    pub value: Option<Decimal>,
    pub inputs: Vec<Input>,
    /// The quotient inside the metric's formula that is out of range
    /// (`paid / payable`), where it is not the formula's own value.
    pub part: Option<String>,
}

impl ShareOutside {
    /// What came out of range, to be quoted in backticks: the metric, or
    /// the quotient inside its formula.
    pub fn subject(&self, lang: Lang) -> String {
        match &self.part {
            Some(part) => format!("{part}` {} `{}", lang.pick("in", "trong"), self.metric),
            None => self.metric.clone(),
        }
    }
}

/// A reported value that disagrees with its counts: the value reported
/// (`None` for `n/a`), the one its counts give (`None` for nothing to
/// measure), and the counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    pub metric: String,
    /// The metric's type, for showing its values.
    pub ty: Option<MetricType>,
    pub reported: Option<Value>,
    pub computed: Option<Value>,
    pub inputs: Vec<Input>,
    /// Where the formula could not be computed (some of its values not
    /// reported): what the values given allow it to give, which the value
    /// reported lies outside; `None` otherwise.
    pub allowed: Option<Allowed>,
}

/// What a derived metric's formula can give from the values a unit gave,
/// the others taking any value of their type: `low..=high` (`None` on a
/// side without a bound), or nothing (`Allowed::NOTHING`: never applicable).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowed {
    pub low: Option<Decimal>,
    pub high: Option<Decimal>,
    /// Whether the values given leave nothing to measure, whatever the
    /// others are.
    pub nothing: bool,
}

/// A metric a formula names, with its value where it has one and its type
/// (for showing the value: a ratio as a percent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub value: Option<Value>,
    pub ty: Option<MetricType>,
}

/// Why a reported value was refused: the diagnostic that says so, in short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The diagnostic's code, e.g. `E0709`.
    pub code: &'static str,
    /// Where the value stands: `file:line:column`, or `file Sheet1!B7`.
    pub at: String,
    /// What the diagnostic says.
    pub problem: Problem,
}

impl Refusal {
    /// What the diagnostic says of the value, in `lang`, without the
    /// metric's name (the note names the metric already).
    fn message(&self, metric: &str, lang: Lang) -> String {
        // What reading the value found.
        if let Problem::Measure(MeasureProblem::Value(unusable)) = &self.problem {
            return unusable.why.message(lang);
        }
        // A value refused for its unit of measure says so after the
        // metric's name, as the value's other problems do.
        let message = self.problem.message(lang);
        message
            .strip_prefix('`')
            .and_then(|m| m.strip_prefix(metric))
            .and_then(|m| m.strip_prefix("`: "))
            .map_or_else(|| message.clone(), str::to_string)
    }
}

impl Why {
    pub fn text(&self, lang: Lang) -> String {
        let about = |key, metric: &str| lang.fill(key, &[("metric", metric)]);
        // A divisor that is a metric is named as code; one that is an
        // expression is "the divisor" in plain words, never in backticks.
        let divisor = |m: &Option<String>| match m {
            Some(metric) => format!("`{metric}`"),
            None => lang.text("note.the_divisor").to_string(),
        };
        match self {
            Why::NotReported(m) => about("note.not_reported", m),
            Why::NoBaseline(m) => about("note.no_baseline", m),
            Why::ChildrenIncomplete(m) => about("note.children_incomplete", m),
            Why::ReportedNotApplicable(m) => about("note.reported_na", m),
            Why::CannotBeUsed(m, None) => about("note.cannot_be_used", m),
            Why::CannotBeUsed(m, Some(refusal)) => lang.fill(
                "note.refused",
                &[
                    ("metric", m),
                    ("problem", &refusal.message(m, lang)),
                    ("at", &refusal.at),
                    ("code", refusal.code),
                ],
            ),
            Why::NaNotAllowed(m, None) => about("note.na_not_allowed", m),
            Why::NaNotAllowed(m, Some(refusal)) => lang.fill(
                "note.na_not_allowed_at",
                &[("metric", m), ("at", &refusal.at), ("code", refusal.code)],
            ),
            Why::NaForCount(m, None) => about("note.na_for_count", m),
            Why::NaForCount(m, Some(refusal)) => lang.fill(
                "note.na_for_count_at",
                &[("metric", m), ("at", &refusal.at), ("code", refusal.code)],
            ),
            Why::NaWithoutCounts(m, None) => about("note.na_without_counts", m),
            Why::NaWithoutCounts(m, Some(refusal)) => lang.fill(
                "note.na_without_counts_at",
                &[("metric", m), ("at", &refusal.at), ("code", refusal.code)],
            ),
            Why::AlwaysApplies(m) => lang.fill("note.always_applies", &[("divisor", &divisor(m))]),
            Why::ShareOutOfRange(share) => {
                let ShareOutside { value, inputs, .. } = share;
                let metric = &share.subject(lang);
                let inputs = values_text(inputs, lang);
                match value {
                    Some(value) => lang.fill(
                        "note.share_out_of_range",
                        &[
                            ("metric", metric),
                            ("value", &number_text(*value, Some(MetricType::Ratio), lang)),
                            ("inputs", &inputs),
                        ],
                    ),
                    None => lang.fill(
                        "note.part_without_whole",
                        &[("metric", metric), ("inputs", &inputs)],
                    ),
                }
            }
            Why::Disagrees(Disagreement {
                metric,
                ty,
                reported,
                computed,
                inputs,
                allowed,
            }) => {
                let shown = |v: &Option<Value>, none: &'static str| match v {
                    Some(Value::Number(n)) => number_text(*n, *ty, lang),
                    Some(other) => format!("{other:?}"),
                    None => lang.text(none).to_string(),
                };
                let (key, computed) = match allowed.as_ref().map(|a| a.text(*ty, lang)) {
                    Some(Some(allowed)) => ("note.disagrees_allowed", allowed),
                    Some(None) => (
                        "note.disagrees_given",
                        lang.text("note.nothing_to_measure").to_string(),
                    ),
                    None => ("note.disagrees", shown(computed, "note.nothing_to_measure")),
                };
                lang.fill(
                    key,
                    &[
                        ("metric", metric),
                        ("reported", &shown(reported, "note.reported_as_na")),
                        ("computed", &computed),
                        ("inputs", &values_text(inputs, lang)),
                    ],
                )
            }
            Why::ZeroDivisor(m) => lang.fill("note.zero_divisor", &[("divisor", &divisor(m))]),
            Why::UnusableLiteral => lang.text("note.unusable_literal").to_string(),
            Why::NeedsNumbers => lang.text("note.needs_numbers").to_string(),
            Why::TooLarge => lang.text("note.too_large").to_string(),
            Why::CannotCompare => lang.text("note.cannot_compare").to_string(),
            Why::BadMaximum(m) => about("note.bad_maximum", m),
            Why::MaxOutsideBound(m) => about("note.max_outside_bound", m),
            Why::ZeroMaximum(m) => about("note.zero_maximum", m),
            Why::DueFrom(date) => lang.fill("note.due_from", &[("date", &lang.date(*date))]),
            Why::Timed(why) => why.text(lang),
            Why::DoneIn(period) => lang.fill("note.done_in", &[("period", period)]),
        }
    }
}

/// `` `a` 150, `b` 100 ``: metrics and their values, for a note.
fn values_text(values: &[Input], lang: Lang) -> String {
    values
        .iter()
        .map(|input| match input.value {
            Some(Value::Number(n)) => {
                format!("`{}` {}", input.name, number_text(n, input.ty, lang))
            }
            _ => format!("`{}` -", input.name),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl Allowed {
    /// What the values given allow, in words: `at most 5%`, `only 0%`,
    /// `from 2% to 5%`, `at least 3`; `None` when they leave nothing to
    /// measure.
    pub fn text(&self, ty: Option<MetricType>, lang: Lang) -> Option<String> {
        let shown = |v: Decimal| number_text(v, ty, lang);
        if self.nothing {
            return None;
        }
        Some(match (self.low, self.high, lang) {
            (Some(l), Some(h), Lang::En) if l == h => format!("only {}", shown(l)),
            (Some(l), Some(h), Lang::Vi) if l == h => format!("chỉ {}", shown(l)),
            (Some(l), Some(h), Lang::En) => format!("only {} to {}", shown(l), shown(h)),
            (Some(l), Some(h), Lang::Vi) => format!("chỉ từ {} đến {}", shown(l), shown(h)),
            (None, Some(h), Lang::En) => format!("at most {}", shown(h)),
            (None, Some(h), Lang::Vi) => format!("tối đa {}", shown(h)),
            (Some(l), None, Lang::En) => format!("at least {}", shown(l)),
            (Some(l), None, Lang::Vi) => format!("tối thiểu {}", shown(l)),
            (None, None, Lang::En) => "any value".to_string(),
            (None, None, Lang::Vi) => "mọi giá trị".to_string(),
        })
    }
}

/// A number of a metric of type `ty` in a note or a message: a ratio or a
/// rate as a percent (`1.5` → `150%`), percentage points with their unit, any
/// other number as it is.
pub fn number_text(value: Decimal, ty: Option<MetricType>, lang: Lang) -> String {
    let hundred = || value.checked_mul(Decimal::ONE_HUNDRED);
    match (ty, hundred()) {
        (Some(MetricType::Ratio | MetricType::Rate), Some(p)) => {
            format!("{}%", lang.number(p, 2))
        }
        (Some(MetricType::PercentagePoints), Some(p)) => format!(
            "{} {}",
            lang.number(p, 2),
            lang.text("value.percentage_points")
        ),
        _ => lang.number(value, 28),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units kept compactly come back as they went in, across blocks, each
    /// with its grade (or none), and points that are fractions (small or
    /// big) beside decimals.
    #[test]
    fn totals_come_back_as_they_were_kept() {
        let decimal = |n: usize, scale: u32| Exact::Decimal(Decimal::new(n as i64, scale));
        let seventh = |n: usize| decimal(n, 0).checked_div(&decimal(7, 0));
        let third = decimal(1, 0).checked_div(&decimal(3, 0));
        let tiny = (0..90).try_fold(decimal(1, 0), |x, _| x.times(third.as_ref()?).into());
        let (Some(seventh_of_3), Some(tiny)) = (seventh(3), tiny) else {
            panic!("1/7 and 1/3^90 are fractions");
        };
        assert!(matches!(seventh_of_3, Exact::Small(_)));
        assert!(matches!(tiny, Exact::Big(_)));
        let grade = |i: usize| match i % 3 {
            _ if i % 6 == 5 => UnitGrade::MaxUnknown,
            0 => UnitGrade::Named("Tốt"),
            1 => UnitGrade::None,
            _ => UnitGrade::Named("Đạt"),
        };
        // Runs of one period (the plan's first), and single rows between.
        let period = |i: usize| match i {
            0..=1499 => None,
            1500..=1999 => EvaluatedPeriod::parse("2026-H1"),
            _ if i % 2 == 0 => EvaluatedPeriod::parse("2026-Q3"),
            _ => None,
        };
        let units: Vec<(String, Tally)> = (0..2500)
            .map(|i| {
                let tally = Tally {
                    pass: i,
                    fail: i % 7,
                    missing: i % 3,
                    not_applicable: 1,
                    invalid: i % 2,
                    scored: (i % 5) as u32,
                    not_due: (i % 8) as u32,
                    tracked: (i % 4) as u32,
                    unknown_maxima: (i % 6 == 5) as u32,
                    points: match i % 10 {
                        3 => seventh(i).unwrap_or_default(),
                        _ => decimal(i, 2),
                    },
                    max_points: match i {
                        2001 => tiny.clone(),
                        _ => decimal(63, 0),
                    },
                };
                let name = match i {
                    7 => String::new(),
                    _ => format!("Xã {i}"),
                };
                (name, tally)
            })
            .collect();
        let mut totals = Totals::default();
        for (i, (name, tally)) in units.iter().enumerate() {
            totals.push(name, tally, grade(i), period(i));
        }
        let back: Vec<(String, Tally)> = totals
            .iter()
            .map(|u| (u.unit.to_string(), u.summary))
            .collect();
        assert_eq!(back, units);
        let grades: Vec<UnitGrade<&str>> = totals.iter().map(|u| u.grade).collect();
        assert_eq!(grades, (0..units.len()).map(grade).collect::<Vec<_>>());
        let periods: Vec<Option<EvaluatedPeriod>> = totals.iter().map(|u| u.evaluated).collect();
        assert_eq!(periods, (0..units.len()).map(period).collect::<Vec<_>>());
        let mut ungraded = Totals::default();
        ungraded.push("Xã", &Tally::default(), UnitGrade::Ungraded, None);
        assert!(ungraded.iter().all(|u| u.grade == UnitGrade::Ungraded));
    }

    /// A national summary keeps a row per unit: 76 bytes (72, as before
    /// points were exact — two `Exact`s made it 144 —, and the count of
    /// targets not yet due).
    #[test]
    fn a_kept_unit_is_76_bytes() {
        assert_eq!(std::mem::size_of::<Row>(), 76);
    }
}
