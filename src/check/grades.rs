//! Grades of a unit's total: each test typed (what it compares, with a
//! value of its kind and range), names given once, and the grades no unit
//! can get (taken by earlier grades, or contradicting themselves) or the
//! totals between bands that get none. A plan that declares no grade keeps
//! those of the plan it extends; one that declares any replaces them.

use rust_decimal::Decimal;

use super::domain::Domain;
use super::interval::Interval;
use super::model::{Grade, GradeTest, Quantity};
use super::problem::{GradeProblem, OutOfRange, WrongKind};
use super::{Checker, Inheritance};
use crate::diagnostic::{Diagnostic, RelatedLabel};
use crate::format::{grade_condition, grade_test as test_text};
use crate::span::{Span, Spanned};
use crate::syntax::ast::{self, GradeMeasure, Literal, Statement};

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
                self.plan.grades = base.grades.clone();
            }
            return;
        }
        // Targets only tracked count in no grade's numbers of targets.
        let (maximum, targets) = self
            .live_targets()
            .filter(|(_, e)| !e.target.tracked_only())
            .fold((Decimal::ZERO, 0usize), |(sum, n), (_, e)| {
                (sum.saturating_add(e.target.points), n + 1)
            });
        // A maximum that comes from a unit's data (`points max_21`) leaves
        // the plan's unknown: no bound on points is then out of reach.
        let from_data = self
            .live_targets()
            .any(|(_, e)| e.target.points_from.is_some());
        let maximum = (!from_data).then_some(maximum);
        // The values each quantity can take: one definition, for the
        // bounds no unit can have (E0420, E0424) and the grades no unit
        // can get (W0425).
        let space = Space {
            maximum,
            targets: Some(targets),
        };
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
        // Comparing grades costs the square of their number: past a rating's
        // few bands, only the first are compared, and the plan is told so.
        let compared = match grades.get(COMPARED) {
            Some(first_not) => {
                let problem = GradeProblem::TooManyToCompare {
                    count: grades.len(),
                    compared: COMPARED,
                };
                self.report_at(problem, first_not.declared_at);
                grades.get(..COMPARED).unwrap_or(&grades)
            }
            None => &grades[..],
        };
        // A grade that cannot be used takes no unit, so the others are
        // still told when earlier ones take all of theirs; a gap may be
        // where it would have been.
        self.unreachable_grades(compared, &space);
        if grades.len() == names.len() && compared.len() == grades.len() {
            let whole = self.whole_points();
            self.grade_gaps(&grades, maximum, whole);
        }
        self.plan.grades = grades;
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
        if quantity.on_total() && space.maximum.is_some_and(|m| m.is_zero()) {
            self.report_at(GradeProblem::NoPoints { test: written }, test.span);
            return None;
        }
        let condition = ast::Condition::Compare(t.op.clone(), t.value.clone());
        let accepts = Interval::of(&condition)?;
        let (_, domain) = space.axis(quantity);
        let outside = domain.low.is_some_and(|low| value < low)
            || domain.high.is_some_and(|high| value > high)
            || (domain.whole && !value.fract().is_zero());
        if !outside && !accepts.in_domain(domain).is_empty() {
            return Some(GradeTest { quantity, accepts });
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
                self.report_at(problem, t.value.span);
                return None;
            }
            Quantity::Count(_) if low || !value.fract().is_zero() => OutOfRange::Count,
            Quantity::Count(_) => OutOfRange::MoreThanTargets {
                targets: space.targets.unwrap_or_default(),
            },
        };
        let problem = GradeProblem::OutOfRange { test: written, why };
        self.report_at(problem, t.value.span);
        None
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
        let gaps: Vec<Interval> = full(domain)
            .minus(&bands, domain)
            .into_iter()
            .filter(|piece| !piece.contains(Decimal::ZERO))
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

    /// Whether every unit's total is a whole number of points: each target
    /// worth points rounds them to a whole step, and none has its maximum
    /// from the data.
    fn whole_points(&self) -> bool {
        self.live_targets()
            .map(|(_, e)| &e.target)
            .filter(|t| t.worth_points())
            .all(|t| t.points_from.is_none() && t.round.is_some_and(|s| s.fract().is_zero()))
    }
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
/// not met is read as 100% less the share met, so the two meet on one axis.
const AXES: usize = 7;

/// Per axis, the values a piece of units has (a box), and whether it is
/// only of units that have a percentage: a unit whose maximum is 0 (every
/// target excluded) has none, and no test on a percentage holds for it.
#[derive(Debug, Clone, Copy)]
struct Region {
    axes: [Interval; AXES],
    with_percent: bool,
}

struct Space {
    /// The plan's points and its number of targets; `None` when the
    /// comparison is of two plans, which may differ in both.
    maximum: Option<Decimal>,
    targets: Option<usize>,
}

/// Whether every unit grade `a` accepts, `b` accepts too, as far as can be
/// told (`false` when it cannot): for `diff`, to tell a stricter grade from
/// a looser one.
pub fn accepts_within(a: &Grade, b: &Grade) -> bool {
    let space = Space {
        maximum: None,
        targets: None,
    };
    let left = space.left_of(space.regions(a), &space.regions(b));
    left.is_some_and(|left| left.is_empty())
}

impl Space {
    fn axis(&self, q: Quantity) -> (usize, Domain) {
        let count = Domain {
            whole: true,
            low: Some(Decimal::ZERO),
            high: self.targets.map(Decimal::from),
        };
        match q {
            Quantity::Percent => (0, share_domain()),
            Quantity::Points => (1, points_domain(self.maximum)),
            Quantity::Share(GradeMeasure::Met | GradeMeasure::NotMet) => (2, share_domain()),
            Quantity::Share(GradeMeasure::Missing) => (3, share_domain()),
            Quantity::Count(GradeMeasure::Met) => (4, count),
            Quantity::Count(GradeMeasure::NotMet) => (5, count),
            Quantity::Count(GradeMeasure::Missing) => (6, count),
        }
    }

    fn domains(&self) -> [Domain; AXES] {
        let quantities = [
            Quantity::Percent,
            Quantity::Points,
            Quantity::Share(GradeMeasure::Met),
            Quantity::Share(GradeMeasure::Missing),
            Quantity::Count(GradeMeasure::Met),
            Quantity::Count(GradeMeasure::NotMet),
            Quantity::Count(GradeMeasure::Missing),
        ];
        quantities.map(|q| self.axis(q).1)
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
        let mut region = self.domains().map(full);
        let with_percent = tests.iter().any(|t| t.quantity == Quantity::Percent);
        for test in tests {
            let (axis, domain) = self.axis(test.quantity);
            let accepts = match test.quantity {
                Quantity::Share(GradeMeasure::NotMet) => complement_share(test.accepts),
                _ => test.accepts,
            };
            let slot = region.get_mut(axis)?;
            *slot = slot.intersect(accepts.in_domain(domain));
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

/// `not_met` shares as shares met: `not_met <= 20%` is `met >= 80%`.
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
