//! What a derived metric's formula can give when a unit reports the metric
//! itself beside SOME of the values it is computed from. A share reported
//! as 100% beside `paid` 0 (`paid / payable` is 0 or not applicable whatever
//! `payable` is), or beside `synced` 50 and `bcqg` 1000 for `synced /
//! max(bcqg, dvcqg)` (at most 5%), is ruled out by the counts given: the
//! unit's word is not taken (E0719).
//!
//! The formula is evaluated over intervals: a value given is a point, a
//! value not given is its type's domain (a count, an amount of money or
//! minutes 0 or more, a share 0..100%, anything else unbounded), exactly.
//! Every bound is closed, so an interval holds every value the formula can
//! give and maybe more: a value outside it can never be right, and a value
//! inside it always stands. A division by an interval holding 0 is
//! unbounded (0 over it stays 0); `else` takes the union of the
//! alternatives that can be reached, each only while those before it can be
//! not applicable. Only asked where a derived metric is reported and its
//! formula cannot be computed: it walks that one formula, never the chain
//! of derived metrics (a derived operand not computed is its type's domain).

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::exact::Exact;
use super::formula::{Metrics, Note, Outcome, Outcomes};
use super::result::Allowed;
use crate::check::model::{MetricId, Term};
use crate::measure::value::Value;
use crate::syntax::ast::{BinOp, MetricType};

/// A bound of an interval: a number, or no bound on that side.
#[derive(Debug, Clone, PartialEq, Eq)]
enum End {
    Below,
    At(Exact),
    Above,
}

impl End {
    fn neg(&self) -> End {
        match self {
            End::Below => End::Above,
            End::At(v) => End::At(v.neg()),
            End::Above => End::Below,
        }
    }

    fn is_negative(&self) -> bool {
        match self {
            End::Below => true,
            End::At(v) => v.is_negative(),
            End::Above => false,
        }
    }

    fn is_zero(&self) -> bool {
        matches!(self, End::At(v) if v.is_zero())
    }

    fn add(&self, other: &End) -> Option<End> {
        match (self, other) {
            (End::At(a), End::At(b)) => Some(End::At(a.plus(b))),
            // Only like infinities meet (a lower bound with a lower bound).
            (End::Below, End::Above) | (End::Above, End::Below) => None,
            (End::Below, _) | (_, End::Below) => Some(End::Below),
            (End::Above, _) | (_, End::Above) => Some(End::Above),
        }
    }

    /// The product of two bounds; 0 times an infinite bound is 0, as an
    /// interval's product takes it.
    fn mul(&self, other: &End) -> End {
        match (self, other) {
            (End::At(a), End::At(b)) => End::At(a.times(b)),
            (a, b) if a.is_zero() || b.is_zero() => End::At(Exact::ZERO),
            (a, b) if a.is_negative() == b.is_negative() => End::Above,
            _ => End::Below,
        }
    }

    fn cmp(&self, other: &End) -> Ordering {
        match (self, other) {
            (End::At(a), End::At(b)) => a.cmp(b),
            (End::Below, End::Below) | (End::Above, End::Above) => Ordering::Equal,
            (End::Below, _) | (_, End::Above) => Ordering::Less,
            (End::Above, _) | (_, End::Below) => Ordering::Greater,
        }
    }

    fn least(a: End, b: End) -> End {
        if b.cmp(&a) == Ordering::Less {
            b
        } else {
            a
        }
    }

    fn most(a: End, b: End) -> End {
        if b.cmp(&a) == Ordering::Greater {
            b
        } else {
            a
        }
    }
}

/// The closed interval `low..=high`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Range {
    low: End,
    high: End,
}

impl Range {
    const ANY: Range = Range {
        low: End::Below,
        high: End::Above,
    };

    fn point(v: Exact) -> Range {
        Range {
            low: End::At(v.clone()),
            high: End::At(v),
        }
    }

    fn from(low: Exact, high: End) -> Range {
        Range {
            low: End::At(low),
            high,
        }
    }

    fn holds_zero(&self) -> bool {
        !self.low.cmp(&End::At(Exact::ZERO)).is_gt()
            && !self.high.cmp(&End::At(Exact::ZERO)).is_lt()
    }

    fn is_zero(&self) -> bool {
        self.low.is_zero() && self.high.is_zero()
    }

    fn non_negative(&self) -> bool {
        !self.low.is_negative()
    }

    fn hull(self, other: Range) -> Range {
        Range {
            low: End::least(self.low, other.low),
            high: End::most(self.high, other.high),
        }
    }

    fn neg(&self) -> Range {
        Range {
            low: self.high.neg(),
            high: self.low.neg(),
        }
    }

    fn add(&self, other: &Range) -> Range {
        match (self.low.add(&other.low), self.high.add(&other.high)) {
            (Some(low), Some(high)) => Range { low, high },
            _ => Range::ANY,
        }
    }

    fn mul(&self, other: &Range) -> Range {
        let products = [
            self.low.mul(&other.low),
            self.low.mul(&other.high),
            self.high.mul(&other.low),
            self.high.mul(&other.high),
        ];
        let mut low = End::Above;
        let mut high = End::Below;
        for p in products {
            low = End::least(low, p.clone());
            high = End::most(high, p);
        }
        Range { low, high }
    }

    /// `self / other`, for a divisor interval without 0.
    fn div(&self, other: &Range) -> Range {
        let inverse = |e: &End| match e {
            End::At(v) => End::At(
                Exact::Decimal(Decimal::ONE)
                    .checked_div(v)
                    .unwrap_or(Exact::ZERO),
            ),
            _ => End::At(Exact::ZERO),
        };
        // 1 / [c, d] = [1/d, 1/c] when 0 is not in [c, d].
        let reciprocal = Range {
            low: inverse(&other.high),
            high: inverse(&other.low),
        };
        self.mul(&reciprocal)
    }

    fn round(&self, places: u32) -> Range {
        let round = |e: &End, outward: End| match e {
            End::At(v) => v
                .round_dp(places)
                .map_or(outward, |d| End::At(Exact::Decimal(d))),
            other => other.clone(),
        };
        Range {
            low: round(&self.low, End::Below),
            high: round(&self.high, End::Above),
        }
    }
}

/// What a formula can give: the interval of its values (`None` when it has
/// none: it is never applicable), and whether it can be not applicable.
#[derive(Debug, Clone)]
struct Reach {
    values: Option<Range>,
    na: bool,
}

impl Reach {
    fn value(span: Range) -> Reach {
        Reach {
            values: Some(span),
            na: false,
        }
    }

    const NEVER: Reach = Reach {
        values: None,
        na: true,
    };
}

/// Where a reported `value` of a derived metric lies outside what the
/// values given allow its formula to give: what they allow. `Some` only
/// when at least one value the formula names is given and one is not, and
/// none is unusable or reported `n/a` (the ordinary comparison with the
/// computed value decides those). `least_scale`: the digits a value of the
/// metric's type is always written to (a percent's two).
pub(super) fn ruled_out(
    metrics: &Metrics,
    formula: &Term,
    value: Decimal,
    least_scale: u32,
    done: &Outcomes,
) -> Option<Allowed> {
    let mut walk = Walk {
        metrics,
        done,
        given: false,
        unusable: false,
        depth: 0,
    };
    let reach = walk.reach(formula);
    if walk.unusable || !walk.given {
        return None;
    }
    let Some(range) = reach.values else {
        return Some(Allowed {
            low: None,
            high: None,
            nothing: true,
        });
    };
    // A reported value agrees with an allowed one it is that value written
    // to its own digits: less than half a step of its last digit away,
    // as the comparison with a computed value takes it (34% is not 1/3,
    // a count of 4 is not 5). A whole step would pay a unit for leaving
    // a row out (6% reported where 5% at most is allowed).
    let half = Exact::Decimal(Decimal::new(5, value.scale().max(least_scale).min(27) + 1));
    let widened = Range {
        low: range.low.add(&End::At(half.neg())).unwrap_or(End::Below),
        high: range.high.add(&End::At(half)).unwrap_or(End::Above),
    };
    let reported = End::At(Exact::Decimal(value));
    if widened.low.cmp(&reported).is_lt() && widened.high.cmp(&reported).is_gt() {
        return None;
    }
    let shown = |e: &End| match e {
        End::At(v) => v.shown(),
        _ => None,
    };
    Some(Allowed {
        low: shown(&range.low),
        high: shown(&range.high),
        nothing: false,
    })
}

struct Walk<'a, 'p> {
    metrics: &'a Metrics<'p>,
    done: &'a Outcomes,
    /// Whether a value the formula names is given.
    given: bool,
    /// Whether a value it names is unusable or reported `n/a`: the check
    /// is then left to the ordinary comparison.
    unusable: bool,
    /// How many derived metrics not given the walk has looked into.
    depth: u32,
}

/// How many derived metrics deep a walk looks into what a missing one's own
/// counts allow (`i33 = online_ratio * sync_ratio`, with `online_done` 0
/// given); deeper, a missing one may be anything its type allows, which
/// never refuses a value wrongly. Each formula's own depth is bounded by
/// the parser, so the walk's stack stays a few of those deep.
const MAX_LOOK_INTO: u32 = 4;

impl Walk<'_, '_> {
    /// Recurses over one formula, whose depth the parser bounds (E0104), as
    /// the formula's evaluation does.
    fn reach(&mut self, term: &Term) -> Reach {
        match term {
            Term::Metric(m) => self.metric(*m),
            Term::Number(v) => Reach::value(Range::point(Exact::Decimal(*v))),
            Term::Invalid | Term::Refused(_) => {
                self.unusable = true;
                Reach::value(Range::ANY)
            }
            Term::Neg(inner) => {
                let r = self.reach(inner);
                Reach {
                    values: r.values.map(|s| s.neg()),
                    na: r.na,
                }
            }
            Term::Binary(left, op, right) => {
                let (l, r) = (self.reach(left), self.reach(right));
                binary(l, *op, r)
            }
            Term::Max(terms) => self.extreme(terms, End::most),
            Term::Min(terms) => self.extreme(terms, End::least),
            Term::Round(inner, places) => {
                let r = self.reach(inner);
                Reach {
                    values: r.values.map(|s| s.round(*places)),
                    na: r.na,
                }
            }
            Term::Else(alternatives) => {
                let mut values: Option<Range> = None;
                let mut na = true;
                for alternative in alternatives {
                    let r = self.reach(alternative);
                    values = match (values, r.values) {
                        (Some(a), Some(b)) => Some(a.hull(b)),
                        (a, b) => a.or(b),
                    };
                    if !r.na {
                        na = false;
                        break;
                    }
                }
                Reach { values, na }
            }
        }
    }

    fn metric(&mut self, m: MetricId) -> Reach {
        match self.done.at(m) {
            Outcome::Value(Value::Number(v)) => {
                self.given = true;
                Reach::value(Range::point(Exact::Decimal(*v)))
            }
            Outcome::Fraction(f) => {
                self.given = true;
                Reach::value(Range::point(Exact::Small(*f)))
            }
            // A derived value with nothing to count (a zero divisor): it
            // falls back where an `else` follows.
            Outcome::NotApplicable(Note::ZeroDivisor(_)) => {
                self.given = true;
                Reach::NEVER
            }
            Outcome::Missing(_) => match self.metrics.plan.metrics.at(m).formula.as_ref() {
                Some(formula) if self.depth < MAX_LOOK_INTO => {
                    self.depth += 1;
                    let r = self.reach(&formula.term);
                    self.depth -= 1;
                    r
                }
                _ => self.domain(m),
            },
            Outcome::Value(_) | Outcome::NotApplicable(_) | Outcome::Invalid(_) => {
                self.unusable = true;
                Reach::value(Range::ANY)
            }
        }
    }

    /// Every value a metric not given could have had: its type's.
    fn domain(&self, m: MetricId) -> Reach {
        let derived = self.metrics.plan.metrics.at(m).formula.is_some();
        let from_zero = |high| Range::from(Exact::ZERO, high);
        let values = match self.metrics.ty(m) {
            Some(MetricType::Ratio) => from_zero(End::At(Exact::Decimal(Decimal::ONE))),
            // A derived count (`handled - overdue`) may come out below 0.
            Some(
                MetricType::Count
                | MetricType::Money
                | MetricType::Minutes
                | MetricType::Days
                | MetricType::WorkingDays,
            ) if !derived => from_zero(End::Above),
            _ => Range::ANY,
        };
        // A count or an amount of money always has a value; any other
        // value not given could have been not applicable.
        let na = derived || !self.metrics.ty(m).is_some_and(MetricType::always_has_value);
        Reach {
            values: Some(values),
            na,
        }
    }

    fn extreme(&mut self, terms: &[Term], pick: fn(End, End) -> End) -> Reach {
        let mut out: Option<Range> = None;
        let mut na = false;
        let mut never = false;
        for term in terms {
            let r = self.reach(term);
            na |= r.na;
            match r.values {
                None => never = true,
                Some(s) => {
                    out = Some(match out {
                        None => s,
                        Some(o) => Range {
                            low: pick(o.low, s.low),
                            high: pick(o.high, s.high),
                        },
                    });
                }
            }
        }
        // Any argument not applicable leaves the whole so.
        if never {
            return Reach::NEVER;
        }
        Reach { values: out, na }
    }
}

fn binary(l: Reach, op: BinOp, r: Reach) -> Reach {
    let na = l.na || r.na;
    let (Some(a), Some(b)) = (l.values, r.values) else {
        return Reach::NEVER;
    };
    match op {
        BinOp::Add => Reach {
            values: Some(a.add(&b)),
            na,
        },
        BinOp::Sub => Reach {
            values: Some(a.add(&b.neg())),
            na,
        },
        BinOp::Mul => Reach {
            values: Some(a.mul(&b)),
            na,
        },
        BinOp::Div if b.is_zero() => Reach::NEVER,
        BinOp::Div if b.holds_zero() => {
            // Over a divisor that may be 0 the quotient is unbounded, but 0
            // over anything stays 0, and a quotient of values 0 or more is.
            let values = if a.is_zero() {
                Range::point(Exact::ZERO)
            } else if a.non_negative() && b.non_negative() {
                Range::from(Exact::ZERO, End::Above)
            } else {
                Range::ANY
            };
            Reach {
                values: Some(values),
                na: true,
            }
        }
        BinOp::Div => Reach {
            values: Some(a.div(&b)),
            na,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(n: i64) -> End {
        End::At(Exact::Decimal(Decimal::from(n)))
    }

    fn range(low: End, high: End) -> Range {
        Range { low, high }
    }

    /// 50 over the larger of 1000 and any count is at most 5%, and at
    /// least 0: the quotient's bounds are exact.
    #[test]
    fn a_part_over_a_whole_of_at_least_a_thousand() {
        let whole = range(at(1000), End::Above);
        let got = binary(
            Reach::value(Range::point(Exact::Decimal(Decimal::from(50)))),
            BinOp::Div,
            Reach::value(whole),
        );
        let values = got.values.unwrap_or(Range::ANY);
        assert_eq!(values.low, at(0));
        assert_eq!(values.high, End::At(Exact::Decimal(Decimal::new(5, 2))));
        assert!(!got.na);
    }

    /// 0 over a count that may be 0 is 0 or not applicable; a count over
    /// one that may be 0 is unbounded above; over 0 alone, never a value.
    #[test]
    fn division_by_an_interval_holding_zero() {
        let any_count = || Reach::value(range(at(0), End::Above));
        let zero = binary(
            Reach::value(Range::point(Exact::ZERO)),
            BinOp::Div,
            any_count(),
        );
        assert_eq!(zero.values, Some(Range::point(Exact::ZERO)));
        assert!(zero.na);
        let some = binary(any_count(), BinOp::Div, any_count());
        assert_eq!(some.values, Some(range(at(0), End::Above)));
        let never = binary(
            any_count(),
            BinOp::Div,
            Reach::value(Range::point(Exact::ZERO)),
        );
        assert!(never.values.is_none() && never.na);
    }

    /// Products with an unbounded side keep their signs; 0 times an
    /// unbounded bound is 0.
    #[test]
    fn products_with_unbounded_sides() {
        let got = range(at(0), at(5)).mul(&range(at(1), End::Above));
        assert_eq!(got, range(at(0), End::Above));
        let got = range(at(-2), at(3)).mul(&range(at(1), End::Above));
        assert_eq!(got, Range::ANY);
        let got = range(at(-2), at(3)).add(&range(at(1), at(2)).neg());
        assert_eq!(got, range(at(-4), at(2)));
    }
}
