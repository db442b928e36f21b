//! Grades of a unit's total: each test typed (what it compares, with a
//! value of its kind and range), names given once, and the grades no unit
//! can get (taken by earlier grades, or contradicting themselves) or the
//! totals between bands that get none. A plan that declares no grade keeps
//! those of the plan it extends; one that declares any replaces them.

use rust_decimal::Decimal;

use super::domain::Domain;
use super::interval::{Bound, Interval};
use super::model::{
    no_tasks_share, CheckedPlan, Grade, GradeTest, Metric, MetricId, Quantity, Target, TargetKind,
};
use super::problem::{GradeProblem, OutOfRange, WrongKind};
use super::targets::inherited_through;
use super::{Checker, Inheritance};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::format::{grade_condition, grade_test as test_text};
use crate::index::IndexVec;
use crate::span::{Span, Spanned};
use crate::syntax::ast::{self, GradeMeasure, Literal, NaRule, Statement};

/// How many pieces the search for units a grade still gets may hold before
/// it gives up (saying nothing): each earlier alternative may split a piece
/// in two per quantity.
const MOST_PIECES: usize = 4096;

/// How many grades are compared with each other (W0425, W0426); past them,
/// W0418.
const COMPARED: usize = 100;

impl Checker<'_> {
    pub(super) fn collect_grades(&mut self, tree: &ast::Plan) {
        let declared: Vec<&ast::GradeDecl> = tree
            .statements
            .iter()
            .filter_map(|s| match &s.node {
                Statement::Grade(grade) => Some(grade),
                _ => None,
            })
            .collect();
        let unread = tree.statements.iter().any(
            |s| matches!(&s.node, Statement::Error(e) if e.meant() == Some(ast::Keyword::Grade)),
        );
        if declared.is_empty() && !unread {
            if let Inheritance::Base(base) = self.inheritance {
                self.recheck_inherited_grades(base);
            }
            return;
        }
        let space = self.space();
        let mut names: std::collections::HashMap<&str, Span> = std::collections::HashMap::new();
        let mut grades: Vec<Grade> = Vec::new();
        for decl in declared {
            if let Some(first) = names.get(decl.name.node.as_str()) {
                let problem = GradeProblem::Duplicate {
                    name: decl.name.node.clone(),
                };
                self.report(
                    Diagnostic::of(problem, decl.name.span)
                        .with_related(*first, RelatedLabel::FirstDeclared),
                );
                continue;
            }
            names.insert(&decl.name.node, decl.name.span);
            if let Some(grade) = self.grade(decl, &space) {
                grades.push(grade);
            }
        }
        let whole = self.whole_points();
        self.compare_grades(&grades, names.len(), &space, whole);
        self.plan.grades = grades;
    }

    /// The values each quantity a grade tests can take in this plan as it
    /// ends up (its targets written, inherited, overridden and dropped).
    fn space(&self) -> Space {
        let targets: Vec<&Target> = self.live_targets().map(|(_, e)| &e.target).collect();
        Space::of_plan(&targets, &self.plan.metrics, self.plan.default_by_end)
    }

    /// The grades of the plan this one extends, checked again against the
    /// targets as they end up here: an `override` or `drop` may take away
    /// the points or the targets a grade counts on (E0424, E0420), or make
    /// grades meet (W0425) or part (W0426). Each problem is shown at the
    /// inherited grade with the `extends` that brought it; when the points
    /// and targets are those of the base, the base already said all.
    fn recheck_inherited_grades(&mut self, base: &CheckedPlan) {
        let space = self.space();
        let whole = self.whole_points();
        let base_targets: Vec<&Target> = base.targets.iter().collect();
        let unchanged = Space::of_plan(&base_targets, &base.metrics, base.default_by_end) == space
            && whole_points(base_targets.iter().copied()) == whole;
        if unchanged {
            self.plan.grades = base.grades.clone();
            return;
        }
        let from = self.diagnostics.len();
        let grades: Vec<Grade> = base
            .grades
            .iter()
            .filter(|grade| self.inherited_grade_fits(grade, &space))
            .cloned()
            .collect();
        self.compare_grades(&grades, grades.len(), &space, whole);
        let through = self.extends_at;
        let inherited = self.diagnostics.split_off(from);
        self.diagnostics
            .extend(inherited.into_iter().map(|d| inherited_through(d, through)));
        self.plan.grades = grades;
    }

    /// Whether every test of an inherited grade still has units that can
    /// pass it; the others are reported at the grade, and so are its tests
    /// of tasks when this plan has none left (W0429).
    fn inherited_grade_fits(&mut self, grade: &Grade, space: &Space) -> bool {
        let mut fits = true;
        for test in grade.any_of.iter().flatten() {
            let written = written_test(test).unwrap_or_else(|| grade.written.clone());
            let value = test.accepts.low.or(test.accepts.high).map(|b| b.value);
            let Some(value) = value else { continue };
            match range_problem(test.quantity, value, test.accepts, space, written.clone()) {
                Some((problem, _)) => {
                    self.report_at(problem, grade.declared_at);
                    fits = false;
                }
                None if test.quantity.on_tasks() && space.tasks == Some(0) => {
                    let problem = GradeProblem::NoTasks { test: written };
                    self.report_at(problem, grade.declared_at);
                }
                None => {}
            }
        }
        fits
    }

    /// W0418, W0425 and W0426 on a plan's grades; `names`: how many
    /// different names they were declared with.
    fn compare_grades(&mut self, grades: &[Grade], names: usize, space: &Space, whole: bool) {
        // Comparing grades costs the square of their number: past a rating's
        // few bands, only the first are compared, and the plan is told so.
        let compared = match grades.get(COMPARED) {
            Some(first_not) => {
                let problem = GradeProblem::TooManyToCompare {
                    count: grades.len(),
                    compared: COMPARED,
                };
                self.report_at(problem, first_not.declared_at);
                grades.get(..COMPARED).unwrap_or(grades)
            }
            None => grades,
        };
        // A grade that cannot be used takes no unit, so the others are
        // still told when earlier ones take all of theirs; a gap may be
        // where it would have been.
        self.unreachable_grades(compared, space);
        if grades.len() == names && compared.len() == grades.len() {
            self.grade_gaps(grades, space.maximum, whole);
        }
    }

    /// A grade typed; `None` (reported) when a test cannot be used.
    fn grade(&mut self, decl: &ast::GradeDecl, space: &Space) -> Option<Grade> {
        let mut any_of = Vec::new();
        let mut usable = true;
        for all in &decl.any_of {
            let mut tests = Vec::new();
            for test in all {
                match self.grade_test(test, space) {
                    Some(t) => tests.push(t),
                    None => usable = false,
                }
            }
            any_of.push(tests);
        }
        usable.then(|| Grade {
            name: decl.name.node.clone(),
            declared_at: decl.name.span,
            any_of,
            written: grade_condition(&decl.any_of),
        })
    }

    fn grade_test(&mut self, test: &Spanned<ast::GradeTest>, space: &Space) -> Option<GradeTest> {
        let written = test_text(&test.node);
        let t = &test.node;
        let wrong = |this: &mut Self, wrong| {
            let problem = GradeProblem::WrongKind {
                test: written.clone(),
                wrong,
            };
            this.report_at(problem, test.span);
            None
        };
        let (quantity, value) = match (&t.measure, &t.value.node, t.points) {
            (_, Literal::Invalid, _) => return None,
            (None, Literal::Percent(v), false) => (Quantity::Percent, *v),
            (None, Literal::Number(v), true) => (Quantity::Points, *v),
            (None, Literal::Percent(_), true) => return wrong(self, WrongKind::PercentAsPoints),
            (Some(_), Literal::Number(_) | Literal::Percent(_), true) => {
                return wrong(self, WrongKind::CountAsPoints)
            }
            (Some(m), Literal::Percent(v), false) => (Quantity::Share(m.node), *v),
            (Some(m), Literal::Number(v), false) => (Quantity::Count(m.node), *v),
            // A bare number is refused by the syntax (E0115).
            (None, Literal::Number(_), false) => return None,
            (_, other, _) => return wrong(self, WrongKind::Literal(other.kind())),
        };
        let condition = ast::Condition::Compare(t.op.clone(), t.value.clone());
        let accepts = Interval::of(&condition)?;
        match range_problem(quantity, value, accepts, space, written.clone()) {
            None => {
                if quantity.on_tasks() && space.tasks == Some(0) {
                    // The test is kept: it reads "all done, none undone"
                    // (W0425 tells of a grade that then never holds).
                    self.report_at(GradeProblem::NoTasks { test: written }, test.span);
                }
                Some(GradeTest { quantity, accepts })
            }
            Some((problem, Where::Value)) => {
                self.report_at(problem, t.value.span);
                None
            }
            Some((problem, Where::Test)) => {
                self.report_at(problem, test.span);
                None
            }
        }
    }

    /// W0425: a grade every unit of which an earlier grade takes, or whose
    /// tests contradict each other. The grades named are those that take
    /// some of its units, tried in order: each takes from what the ones
    /// before it left.
    fn unreachable_grades(&mut self, grades: &[Grade], space: &Space) {
        let mut before: Vec<Region> = Vec::new();
        for (i, grade) in grades.iter().enumerate() {
            let own = space.regions(grade);
            if space
                .left_of(own.clone(), &before)
                .is_some_and(|left| left.is_empty())
            {
                let mut left = own;
                let mut takers: Vec<&Grade> = Vec::new();
                for earlier in grades.iter().take(i) {
                    let theirs = space.regions(earlier);
                    if !left
                        .iter()
                        .any(|l| theirs.iter().any(|r| space.meets(l, r)))
                    {
                        continue;
                    }
                    takers.push(earlier);
                    match space.left_of(left, &theirs) {
                        Some(rest) => left = rest,
                        None => break,
                    }
                }
                let problem = GradeProblem::Unreachable {
                    name: grade.name.clone(),
                    earlier: takers.iter().map(|g| g.name.clone()).collect(),
                };
                let mut diagnostic = Diagnostic::of(problem, grade.declared_at);
                for taker in takers {
                    diagnostic =
                        diagnostic.with_related(taker.declared_at, RelatedLabel::EarlierGrade);
                }
                self.report(diagnostic);
            }
            before.extend(space.regions(grade));
        }
    }

    /// W0426: when every grade tests the total alone (its share of the
    /// maximum, its points, or both where the maximum is the plan's),
    /// totals between bands that get no grade although lower ones do.
    /// `whole`: every unit's points are whole (each target rounds them to
    /// a whole step), so no total lies between two whole numbers.
    fn grade_gaps(&mut self, grades: &[Grade], maximum: Option<Decimal>, whole: bool) {
        let tests = || grades.iter().flat_map(|g| g.any_of.iter().flatten());
        let on = |q: Quantity| tests().all(|t| t.quantity == q);
        let on_total = tests().all(|t| matches!(t.quantity, Quantity::Percent | Quantity::Points));
        // Points read as shares of the maximum, when bands mix the two.
        let of_maximum = maximum.filter(|m| !m.is_zero());
        let (quantity, domain) = if on(Quantity::Percent) {
            (Quantity::Percent, share_domain())
        } else if on(Quantity::Points) {
            let domain = Domain {
                whole,
                ..points_domain(maximum)
            };
            (Quantity::Points, domain)
        } else if on_total && of_maximum.is_some() {
            (Quantity::Percent, share_domain())
        } else {
            return;
        };
        let Some(last) = grades.last() else {
            return;
        };
        let as_share = |t: &GradeTest| match (t.quantity, of_maximum) {
            (Quantity::Points, Some(m)) if quantity == Quantity::Percent => share_of(t.accepts, m),
            _ => t.accepts,
        };
        let bands: Vec<Interval> = grades
            .iter()
            .flat_map(|g| &g.any_of)
            .map(|all| {
                all.iter().fold(full(domain), |acc, t| {
                    acc.intersect(as_share(t).in_domain(domain))
                })
            })
            .collect();
        // Only bands some unit can be in part totals: a gap is one with
        // graded totals below it and above it.
        let bands: Vec<Interval> = bands.into_iter().filter(|b| !b.is_empty()).collect();
        let gaps: Vec<Interval> = full(domain)
            .minus(&bands, domain)
            .into_iter()
            .filter(|gap| between_bands(*gap, &bands))
            .collect();
        if gaps.is_empty() {
            return;
        }
        let ty = match quantity {
            Quantity::Percent => ast::MetricType::Ratio,
            _ => ast::MetricType::Number,
        };
        self.report_at(GradeProblem::Gap { gaps, ty }, last.declared_at);
    }

    /// Whether every unit's total is a whole number of points (see
    /// [`whole_points`]).
    fn whole_points(&self) -> bool {
        whole_points(self.live_targets().map(|(_, e)| &e.target))
    }
}

/// Whether every unit's total is a whole number of points: each target
/// worth points rounds them to a whole step, and none has its maximum from
/// the data.
fn whole_points<'t>(targets: impl Iterator<Item = &'t Target>) -> bool {
    targets
        .filter(|t| t.worth_points())
        .all(|t| t.points_from.is_none() && t.round.is_some_and(|s| s.fract().is_zero()))
}

/// Where a test's problem is shown: at its value, or at the whole test.
enum Where {
    Value,
    Test,
}

/// Why no unit can pass a test of `quantity` against `value` (accepting
/// `accepts`) in `space`, if none can: the plan gives no points, or the
/// value lies outside what the quantity can be.
fn range_problem(
    quantity: Quantity,
    value: Decimal,
    accepts: Interval,
    space: &Space,
    written: String,
) -> Option<(GradeProblem, Where)> {
    if quantity.on_total() && space.maximum.is_some_and(|m| m.is_zero()) {
        return Some((GradeProblem::NoPoints { test: written }, Where::Test));
    }
    let (_, domain) = space.axis(quantity);
    let outside = domain.low.is_some_and(|low| value < low)
        || domain.high.is_some_and(|high| value > high)
        || (domain.whole && !value.fract().is_zero());
    if !outside && !accepts.in_domain(domain).is_empty() {
        return None;
    }
    // Below the range, or past its top.
    let low = domain.low.is_some_and(|low| value <= low);
    let why = match quantity {
        Quantity::Percent | Quantity::Share(_) => OutOfRange::Share,
        Quantity::Points if low => OutOfRange::NegativePoints,
        Quantity::Points => {
            let maximum = domain.high.unwrap_or_default().normalize().to_string();
            let problem = GradeProblem::AboveMaximum {
                test: written,
                maximum,
            };
            return Some((problem, Where::Value));
        }
        Quantity::Count(m) if low || !value.fract().is_zero() => OutOfRange::Count {
            tasks: m.of_tasks(),
        },
        Quantity::Count(m) if m.of_tasks() => OutOfRange::MoreThanTasks {
            tasks: space.tasks.unwrap_or_default(),
        },
        Quantity::Count(_) => OutOfRange::MoreThanTargets {
            targets: space.targets.unwrap_or_default(),
        },
    };
    Some((
        GradeProblem::OutOfRange { test: written, why },
        Where::Value,
    ))
}

/// A test of a checked grade as it is written (`> 90 points`,
/// `not_met <= 20%`); `None` for one that is no single comparison.
fn written_test(test: &GradeTest) -> Option<String> {
    let (op, bound) = match (test.accepts.low, test.accepts.high) {
        (Some(low), Some(high)) if low == high => ("==", low),
        (Some(low), None) => (if low.inclusive { ">=" } else { ">" }, low),
        (None, Some(high)) => (if high.inclusive { "<=" } else { "<" }, high),
        _ => return None,
    };
    let percent = || {
        let hundred = Decimal::ONE_HUNDRED;
        bound
            .value
            .checked_mul(hundred)
            .map(|p| format!("{}%", p.normalize()))
    };
    Some(match test.quantity {
        Quantity::Percent => format!("{op} {}", percent()?),
        Quantity::Points => format!("{op} {} points", bound.value.normalize()),
        Quantity::Share(m) => format!("{} {op} {}", m.keyword(), percent()?),
        Quantity::Count(m) => format!("{} {op} {}", m.keyword(), bound.value.normalize()),
    })
}

/// Whether some band accepts totals below `gap` and some above it (a gap
/// lies wholly between bands, which it does not meet).
fn between_bands(gap: Interval, bands: &[Interval]) -> bool {
    let flip = |b: Bound| Bound {
        value: b.value,
        inclusive: !b.inclusive,
    };
    let side = |low: Option<Bound>, high: Option<Bound>| {
        bands
            .iter()
            .any(|band| !band.intersect(Interval { low, high }).is_empty())
    };
    let below = gap.low.is_some_and(|low| side(None, Some(flip(low))));
    let above = gap.high.is_some_and(|high| side(Some(flip(high)), None));
    below && above
}

/// Points accepted, as shares of a maximum of `maximum` points.
fn share_of(points: Interval, maximum: Decimal) -> Interval {
    let scale = |b: Option<super::interval::Bound>| {
        b.and_then(|b| {
            Some(super::interval::Bound {
                value: b.value.checked_div(maximum)?,
                inclusive: b.inclusive,
            })
        })
    };
    Interval {
        low: scale(points.low),
        high: scale(points.high),
    }
}

/// The quantities a grade tests, as independent axes; a share of targets
/// not met is read as 100% less the share met, so the two meet on one axis
/// (and so do tasks done and not done). Counts of tasks are taken apart from
/// counts of targets though every task is one of them: a box is then larger
/// than the units in it, which may leave a grade untold (W0425), never told
/// wrongly, since every point of a box meets the tests it was cut by.
const AXES: usize = 10;

/// Per axis, the values a piece of units has (a box), and whether it is
/// only of units that have a percentage: a unit whose maximum is 0 (every
/// target excluded) has none, and no test on a percentage holds for it.
#[derive(Debug, Clone, Copy)]
struct Region {
    axes: [Interval; AXES],
    with_percent: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Space {
    /// The plan's points, its number of targets (tasks included) and of
    /// tasks; `None` when the comparison is of two plans, which may differ
    /// in all three.
    maximum: Option<Decimal>,
    targets: Option<usize>,
    tasks: Option<usize>,
    /// Whether every unit's maximum is the plan's: no target can leave it
    /// (not applicable and excluded or redistributed) or take it from the
    /// data. Then a share of the maximum is a number of points.
    fixed: bool,
    /// Whether a unit's targets can be fewer than the plan's: some may be
    /// not yet due (milestones, `default by end`, tasks), down to none. The
    /// plan's numbers are then bounds, no longer what every unit has: a
    /// number not met is no longer tied to one met, nor a percentage to
    /// points.
    varies: bool,
}

/// Whether every unit grade `a` accepts, `b` accepts too, as far as can be
/// told (`false` when it cannot): for `diff`, to tell a stricter grade from
/// a looser one.
pub fn accepts_within(a: &Grade, b: &Grade) -> bool {
    let space = Space {
        maximum: None,
        targets: None,
        tasks: None,
        fixed: false,
        varies: false,
    };
    let left = space.left_of(space.regions(a), &space.regions(b));
    left.is_some_and(|left| left.is_empty())
}

impl Space {
    /// The space of a plan with these targets (dropped ones left out).
    fn of_plan(
        targets: &[&Target],
        metrics: &IndexVec<MetricId, Metric>,
        default_by_end: bool,
    ) -> Space {
        // Targets only tracked count in no grade's numbers of targets.
        let counted = || targets.iter().filter(|t| !t.tracked_only());
        let maximum = counted().fold(Decimal::ZERO, |sum, t| sum.saturating_add(t.points));
        // A maximum that comes from a unit's data (`points max_21`) leaves
        // the plan's unknown: no bound on points is then out of reach.
        let from_data = targets.iter().any(|t| t.points_from.is_some());
        // A target leaves a unit's maximum when it is not applicable and
        // its rule takes its points away; it can be not applicable when
        // the unit may say so, or its metric divides.
        let keeps_maximum = |t: &Target| {
            let may_be_na = t.allows_reported_na() || metrics.at(t.metric).formula.is_some();
            !t.worth_points() || !may_be_na || matches!(t.na_rule(), NaRule::Zero | NaRule::Full)
        };
        // A target can be not due where it has a milestone or is a task,
        // and not judged in some periods where it recurs or has a window;
        // the evaluated period comes from the data, so a plan without a
        // period can have one too.
        let varies = counted().any(|t| {
            t.kind == TargetKind::Task
                || t.by.is_some()
                || default_by_end
                || t.timing.every.is_some()
                || t.timing.window.is_some()
        });
        Space {
            maximum: (!from_data).then_some(maximum),
            targets: Some(counted().count()),
            tasks: Some(counted().filter(|t| t.kind == TargetKind::Task).count()),
            fixed: !varies && !from_data && targets.iter().all(|t| keeps_maximum(t)),
            varies,
        }
    }

    /// The axis a test is read on and what it accepts there: quantities
    /// the plan ties to each other are read on one axis, so that grades
    /// written in different words are compared. With `n` targets, a share
    /// met is a number met (`met == 100%` is `met == n`) and so is a number
    /// not met (`not_met == 0` is `met == n`); so with tasks (`tasks_done`
    /// and `tasks_not_done` of the plan's tasks); with a fixed maximum, a
    /// share of it is a number of points.
    fn normal(&self, test: &GradeTest) -> (Quantity, Interval) {
        let (quantity, accepts) = match test.quantity {
            Quantity::Share(GradeMeasure::NotMet) => (
                Quantity::Share(GradeMeasure::Met),
                complement_share(test.accepts),
            ),
            Quantity::Share(GradeMeasure::TasksNotDone) => (
                Quantity::Share(GradeMeasure::TasksDone),
                complement_share(test.accepts),
            ),
            q => (q, test.accepts),
        };
        let tied = |n: Option<usize>| n.filter(|n| *n > 0 && !self.varies).map(Decimal::from);
        let targets = tied(self.targets);
        let tasks = tied(self.tasks);
        let maximum = self.maximum.filter(|m| self.fixed && !m.is_zero());
        let tied = match (quantity, targets, maximum) {
            // Without tasks, a share of them stays on its own axis (100%).
            (Quantity::Share(m), _, _) if m.of_tasks() => tasks
                .and_then(|n| scaled(accepts, n))
                .map(|a| (Quantity::Count(m), a)),
            (Quantity::Count(GradeMeasure::TasksNotDone), _, _) if !self.varies => {
                self.tasks.map(|n| {
                    (
                        Quantity::Count(GradeMeasure::TasksDone),
                        subtracted_from(Decimal::from(n), accepts),
                    )
                })
            }
            (Quantity::Share(m), Some(n), _) => scaled(accepts, n).map(|a| (Quantity::Count(m), a)),
            (Quantity::Count(GradeMeasure::NotMet), Some(n), _) => Some((
                Quantity::Count(GradeMeasure::Met),
                subtracted_from(n, accepts),
            )),
            (Quantity::Percent, _, Some(m)) => scaled(accepts, m).map(|a| (Quantity::Points, a)),
            _ => None,
        };
        tied.unwrap_or((quantity, accepts))
    }

    /// A quantity's axis, and the range a test's value is checked against.
    fn axis(&self, q: Quantity) -> (usize, Domain) {
        let count = |of: Option<usize>| Domain {
            whole: true,
            low: Some(Decimal::ZERO),
            high: of.map(Decimal::from),
        };
        let targets = count(self.targets);
        let tasks = count(self.tasks);
        match q {
            Quantity::Percent => (0, share_domain()),
            Quantity::Points => (1, points_domain(self.maximum)),
            Quantity::Share(GradeMeasure::Met | GradeMeasure::NotMet) => (2, share_domain()),
            Quantity::Share(GradeMeasure::Missing) => (3, share_domain()),
            Quantity::Count(GradeMeasure::Met) => (4, targets),
            Quantity::Count(GradeMeasure::NotMet) => (5, targets),
            Quantity::Count(GradeMeasure::Missing) => (6, targets),
            Quantity::Share(GradeMeasure::TasksDone | GradeMeasure::TasksNotDone) => {
                (7, share_domain())
            }
            Quantity::Count(GradeMeasure::TasksDone) => (8, tasks),
            Quantity::Count(GradeMeasure::TasksNotDone) => (9, tasks),
        }
    }

    /// The values units have on each axis. In a plan without tasks, every
    /// unit has done all of them (100%, on the axis of tasks done).
    fn domains(&self) -> [Domain; AXES] {
        let quantities = [
            Quantity::Percent,
            Quantity::Points,
            Quantity::Share(GradeMeasure::Met),
            Quantity::Share(GradeMeasure::Missing),
            Quantity::Count(GradeMeasure::Met),
            Quantity::Count(GradeMeasure::NotMet),
            Quantity::Count(GradeMeasure::Missing),
            Quantity::Share(GradeMeasure::TasksDone),
            Quantity::Count(GradeMeasure::TasksDone),
            Quantity::Count(GradeMeasure::TasksNotDone),
        ];
        quantities.map(|q| match q {
            Quantity::Share(m) if m.of_tasks() && self.tasks == Some(0) => {
                let all = no_tasks_share(GradeMeasure::TasksDone);
                Domain {
                    whole: false,
                    low: Some(all),
                    high: Some(all),
                }
            }
            _ => self.axis(q).1,
        })
    }

    /// The boxes of units a grade's alternatives accept (none for an
    /// alternative that accepts no unit).
    fn regions(&self, grade: &Grade) -> Vec<Region> {
        grade
            .any_of
            .iter()
            .filter_map(|all| self.region(all))
            .collect()
    }

    /// The units of `pieces` that none of `others` takes, in boxes; `None`
    /// when the search grows past [`MOST_PIECES`] and gives up.
    fn left_of(&self, mut pieces: Vec<Region>, others: &[Region]) -> Option<Vec<Region>> {
        for other in others {
            pieces = pieces
                .iter()
                .flat_map(|piece| self.minus(piece, other))
                .collect();
            if pieces.len() > MOST_PIECES {
                return None;
            }
        }
        Some(pieces)
    }

    /// The box of units an alternative accepts; `None` when it accepts none.
    fn region(&self, tests: &[GradeTest]) -> Option<Region> {
        let domains = self.domains();
        let mut region = domains.map(full);
        // With a fixed maximum every unit has a percentage.
        let with_percent = self.fixed || tests.iter().any(|t| t.quantity == Quantity::Percent);
        for test in tests {
            let (quantity, accepts) = self.normal(test);
            let (axis, _) = self.axis(quantity);
            let (slot, domain) = (region.get_mut(axis)?, domains.get(axis)?);
            *slot = slot.intersect(accepts.in_domain(*domain));
        }
        (!region.iter().any(|i| i.is_empty())).then_some(Region {
            axes: region,
            with_percent,
        })
    }

    fn meets(&self, a: &Region, b: &Region) -> bool {
        a.axes
            .iter()
            .zip(&b.axes)
            .all(|(x, y)| !x.intersect(*y).is_empty())
    }

    /// The units of `piece` that `other` does not take, in boxes. A piece
    /// that may hold units without a percentage is not taken by a region
    /// that tests one: it is kept whole (what is left is then too much,
    /// never too little, so no grade is called unreachable that is not).
    fn minus(&self, piece: &Region, other: &Region) -> Vec<Region> {
        if !self.meets(piece, other) || (other.with_percent && !piece.with_percent) {
            return vec![*piece];
        }
        let domains = self.domains();
        let mut out = Vec::new();
        let mut inside = *piece;
        for (axis, domain) in domains.iter().enumerate() {
            let (Some(mine), Some(theirs)) = (piece.axes.get(axis), other.axes.get(axis)) else {
                continue;
            };
            for outside in mine.minus(&[*theirs], *domain) {
                let mut part = inside;
                if let Some(slot) = part.axes.get_mut(axis) {
                    *slot = outside;
                }
                out.push(part);
            }
            if let Some(slot) = inside.axes.get_mut(axis) {
                *slot = mine.intersect(*theirs);
            }
        }
        out
    }
}

/// The values `accepts` holds, times `by` (a share of `n` targets as a
/// number of them); `None` past a decimal's range.
fn scaled(accepts: Interval, by: Decimal) -> Option<Interval> {
    let scale = |b: Option<Bound>| match b {
        None => Some(None),
        Some(b) => b.value.checked_mul(by).map(|value| {
            Some(Bound {
                value: value.normalize(),
                inclusive: b.inclusive,
            })
        }),
    };
    Some(Interval {
        low: scale(accepts.low)?,
        high: scale(accepts.high)?,
    })
}

/// The values `n - x` for the `x` that `accepts` holds: targets not met as
/// targets met.
fn subtracted_from(n: Decimal, accepts: Interval) -> Interval {
    let flip = |b: Option<Bound>| {
        b.map(|b| Bound {
            value: (n - b.value).normalize(),
            inclusive: b.inclusive,
        })
    };
    Interval {
        low: flip(accepts.high),
        high: flip(accepts.low),
    }
}

/// `not_met` shares as shares met: `not_met <= 20%` is `met >= 80%` (and
/// `tasks_not_done` as `tasks_done`).
fn complement_share(accepts: Interval) -> Interval {
    let flip = |b: Option<super::interval::Bound>| {
        b.map(|b| super::interval::Bound {
            value: Decimal::ONE - b.value,
            inclusive: b.inclusive,
        })
    };
    Interval {
        low: flip(accepts.high),
        high: flip(accepts.low),
    }
}

fn share_domain() -> Domain {
    Domain {
        whole: false,
        low: Some(Decimal::ZERO),
        high: Some(Decimal::ONE),
    }
}

fn points_domain(maximum: Option<Decimal>) -> Domain {
    Domain {
        whole: false,
        low: Some(Decimal::ZERO),
        high: maximum,
    }
}

/// Every value of a domain.
fn full(domain: Domain) -> Interval {
    Interval {
        low: None,
        high: None,
    }
    .in_domain(domain)
}
