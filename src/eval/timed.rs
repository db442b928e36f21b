//! A unit's evaluated period and what it means for targets judged at
//! certain times (issue 16): recurring targets and tasks, windows,
//! cumulative targets. [`recurrence`] says whether a target is judged in a
//! period, [`cumulative`] what a cumulative target's value is; here they
//! meet a unit's readings and its targets' verdicts.
//!
//! A unit's evaluated period is `eval::due`'s: its readings of other
//! periods are not scored, but cumulative targets sum them.

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use super::cumulative::{self, Piece, Summed};
use super::due::EvaluatedPeriod;
use super::exact::Exact;
use super::formula::{Note, Outcome, Outcomes};
use super::problem::{EvalProblem, TimingEvalProblem};
use super::recurrence::{self, Days, Pending, Unjudged, When};
use super::result::Status;
use super::scoring::Measured;
use super::{diagnostics, judge, judge_in, period, Entry, Judgement};
use crate::check::model::{CheckedPlan, Target, TargetId, TargetKind};
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::measure::value::Interpreted;
use crate::measure::value::Value;
use crate::span::Span;

/// What a unit's evaluated period means for the plan's timed targets.
#[derive(Debug, Default)]
pub(crate) struct Times {
    /// The evaluated period; `None`: every target is judged.
    pub evaluated: Option<EvaluatedPeriod>,
    /// The period as the unit's readings write it, for messages.
    pub text: Option<String>,
    /// Each cumulative target's sum, by target.
    pub sums: Vec<(TargetId, Summed)>,
}

impl Times {
    /// In `evaluated`, before any sum is made.
    pub(crate) fn at(evaluated: Option<EvaluatedPeriod>) -> Times {
        Times {
            evaluated,
            ..Times::default()
        }
    }

    fn days(&self) -> Option<Days> {
        self.evaluated.map(|p| (p.start, p.end))
    }

    /// The evaluated period as written, else as days.
    fn written(&self) -> String {
        match (&self.text, self.days()) {
            (Some(text), _) => text.clone(),
            (None, Some((a, b))) => format!("{a}..{b}"),
            (None, None) => String::new(),
        }
    }
}

/// Whether the plan has a target judged at certain times.
pub(crate) fn plan_is_timed(plan: &CheckedPlan) -> bool {
    plan.targets.iter().any(|t| t.timing.is_written())
}

/// The period of an entry, as written, and its days where they read.
fn period_of<'f>(entry: &Entry<'f>) -> Option<(&'f str, Option<Days>)> {
    let (_, file, reading) = *entry;
    let text = reading.period.as_deref().or(file.period.as_ref())?;
    Some((text.0.as_str(), period::parse(&text.0)))
}

/// Whether a reading of another period than `evaluated` is summed by a
/// cumulative target: of its metric, and of a period that ends by the
/// evaluated one's end (a later one is not, and is said to be unscored).
pub(crate) fn summed(metrics: &super::Metrics, entry: &Entry, evaluated: EvaluatedPeriod) -> bool {
    let Some(metric) = metrics.number(&entry.2.metric) else {
        return false;
    };
    let earlier = period_of(entry)
        .and_then(|(_, days)| days)
        .is_some_and(|(_, end)| end <= evaluated.end);
    earlier
        && metrics
            .plan
            .targets
            .iter()
            .any(|t| t.timing.cumulative && t.metric == metric)
}

/// The entries that are not `scored` (which holds some of them, in their
/// order): the unit's readings of other periods.
pub(crate) fn others<'f>(entries: &[Entry<'f>], scored: &[Entry<'f>]) -> Vec<Entry<'f>> {
    let mut rest = scored.iter().peekable();
    let mut out = Vec::new();
    for entry in entries {
        match rest.peek() {
            Some(next) if std::ptr::eq(next.2, entry.2) => {
                rest.next();
            }
            _ => out.push(*entry),
        }
    }
    out
}

/// The pieces a cumulative target on `metric` sums: the evaluated period's
/// value and the values of the unit's other periods, or the period whose
/// value cannot be used.
pub(crate) fn piece(period: &str, days: Days, value: Decimal) -> Piece {
    Piece {
        period: period.to_string(),
        days,
        value,
    }
}

/// The days a cumulative target sums over: from its window's start (the
/// plan's, without one) to the end of the evaluated period.
pub(crate) fn summed_days(plan: &CheckedPlan, target: &Target, evaluated: Days) -> Days {
    let start = target
        .timing
        .window
        .map(|w| w.start)
        .or(plan.period.map(|p| p.start))
        .unwrap_or(evaluated.0);
    (start, evaluated.1)
}

/// A task's due date as written (or its plan's end).
fn due_of(target: &Target) -> Option<NaiveDate> {
    (target.kind == TargetKind::Task)
        .then(|| target.threshold().due_date())
        .flatten()
}

/// Whether `target` is judged in the unit's evaluated period.
pub(crate) fn when(plan: &CheckedPlan, target: &Target, times: &Times) -> When {
    if !target.timing.is_written() {
        return When::Judged;
    }
    recurrence::when(
        (&target.timing, target.kind, due_of(target)),
        plan.period,
        times.days(),
    )
}

/// [`judge`], for the unit's evaluated period: a target not judged in it
/// is left aside, a cumulative one judges its sum, a recurring task the
/// occurrence of its due date in it.
pub(crate) fn judge_at(
    plan: &CheckedPlan,
    (t, target): (TargetId, &Target),
    outcomes: &Outcomes,
    times: &Times,
) -> Judgement {
    match when(plan, target, times) {
        When::Judged if target.timing.cumulative => match times.sum(t) {
            Some(Summed::Total { total, .. }) => {
                let mut summed = outcomes.clone();
                *summed.at_mut(target.metric) = Outcome::Value(Value::Number(*total));
                judge_in(plan, target, &summed, times.evaluated)
            }
            Some(Summed::Overlap(..)) => invalid(target, Note::Timed),
            Some(Summed::TooLarge) => invalid(target, Note::TooLarge),
            // The evaluated period's value is missing, not applicable or
            // unusable: its verdict says so.
            None => judge_in(plan, target, outcomes, times.evaluated),
        },
        When::Judged => judge_in(plan, target, outcomes, times.evaluated),
        When::Occurrence { steps: 0, .. } => judge_in(plan, target, outcomes, times.evaluated),
        When::Occurrence { steps, .. } => on_occurrence(plan, target, outcomes, times, steps),
        // A recurring task done in the period before its next due date is
        // done early, and met, as a task due once is (`eval::due`).
        When::NotDue(Pending::DueOn(next)) if done_early(target, outcomes, times, next) => {
            let steps = steps_to(target, next);
            on_occurrence(plan, target, outcomes, times, steps)
        }
        When::NotDue(_) => aside(judge(target, outcomes), Status::NotDue),
        When::NotJudged(_) => aside(judge(target, outcomes), Status::NotApplicable),
    }
}

/// A recurring task judged against its due date moved by `steps`
/// recurrence periods: the date done is moved back as far and judged
/// against the written one, and shown as reported.
fn on_occurrence(
    plan: &CheckedPlan,
    target: &Target,
    outcomes: &Outcomes,
    times: &Times,
    steps: u32,
) -> Judgement {
    let every = target.timing.every.map_or(12, |e| e.months());
    let Outcome::Value(Value::Date(done)) = *outcomes.at(target.metric) else {
        return judge_in(plan, target, outcomes, times.evaluated);
    };
    let back = Months::new(steps.saturating_mul(every));
    let Some(moved) = done.checked_sub_months(back) else {
        return invalid(target, Note::TooLarge);
    };
    let mut shifted = outcomes.clone();
    *shifted.at_mut(target.metric) = Outcome::Value(Value::Date(moved));
    let mut judged = judge_in(plan, target, &shifted, times.evaluated);
    if judged.measured.is_some() {
        judged.measured = Some(Measured::Other(Value::Date(done)));
    }
    judged
}

/// Whether a task was reported done within the evaluated period, by its
/// next due date `next`.
fn done_early(target: &Target, outcomes: &Outcomes, times: &Times, next: NaiveDate) -> bool {
    let (Some((start, end)), Outcome::Value(Value::Date(done))) =
        (times.days(), *outcomes.at(target.metric))
    else {
        return false;
    };
    target.kind == TargetKind::Task && start <= done && done <= end && done <= next
}

/// How many recurrence periods `next` lies after a task's written due date.
fn steps_to(target: &Target, next: NaiveDate) -> u32 {
    use chrono::Datelike;
    let (Some(due), Some(every)) = (due_of(target), target.timing.every) else {
        return 0;
    };
    let months =
        i64::from(next.year() - due.year()) * 12 + i64::from(next.month()) - i64::from(due.month());
    u32::try_from(months / i64::from(every.months())).unwrap_or(0)
}

/// A target not due, or not judged, in this period: its value still
/// shown, counted neither for nor against the unit, out of the maximum.
fn aside(mut judged: Judgement, status: Status) -> Judgement {
    judged.status = status;
    judged.points = Exact::ZERO;
    judged.max_points = Exact::ZERO;
    judged.gives = Exact::ZERO;
    judged.max_unknown = false;
    judged.note = Some(Note::Timed);
    judged
}

fn invalid(target: &Target, note: Note) -> Judgement {
    Judgement {
        status: Status::Invalid,
        measured: None,
        points: Exact::ZERO,
        max_points: Exact::Decimal(target.points),
        gives: Exact::ZERO,
        note: Some(note),
        max_unknown: false,
    }
}

impl Times {
    fn sum(&self, t: TargetId) -> Option<&Summed> {
        self.sums.iter().find(|(id, _)| *id == t).map(|(_, s)| s)
    }

    /// A target's condition as judged in this period: a recurring task is
    /// judged against the occurrence of its due date in the period (or
    /// the next one, done early or not yet due), and its expected value
    /// says that date, not the first year's.
    pub(crate) fn expected(
        &self,
        plan: &CheckedPlan,
        (t, target): (TargetId, &Target),
        outcomes: &Outcomes,
    ) -> String {
        let written = &target.threshold().written;
        match (due_of(target), self.why(plan, (t, target), outcomes)) {
            (
                Some(due),
                Some(
                    TimedWhy::Occurrence(at)
                    | TimedWhy::DoneEarly(at)
                    | TimedWhy::NotDue(Pending::DueOn(at)),
                ),
            ) if at != due => {
                // A task's condition is always written `<= DATE`.
                format!("<= {at}")
            }
            _ => written.clone(),
        }
    }

    /// What a result's note says of its target's timing, if anything.
    pub(crate) fn why(
        &self,
        plan: &CheckedPlan,
        (t, target): (TargetId, &Target),
        outcomes: &Outcomes,
    ) -> Option<TimedWhy> {
        let period = || self.written();
        match when(plan, target, self) {
            When::NotDue(Pending::DueOn(next)) if done_early(target, outcomes, self, next) => {
                Some(TimedWhy::DoneEarly(next))
            }
            When::NotDue(pending) => Some(TimedWhy::NotDue(pending)),
            When::NotJudged(unjudged) => Some(TimedWhy::NotJudged(unjudged, period())),
            When::Occurrence { due, steps } if steps > 0 => Some(TimedWhy::Occurrence(due)),
            When::Judged if target.timing.cumulative => match self.sum(t)? {
                Summed::Total { periods, gaps, .. } => Some(TimedWhy::Summed {
                    periods: periods.clone(),
                    gaps: gaps.clone(),
                }),
                Summed::Overlap(a, b) => Some(TimedWhy::Overlap(a.clone(), b.clone())),
                Summed::TooLarge => None,
            },
            _ => None,
        }
    }
}

/// Why a target was judged as it was in the evaluated period, or not
/// judged in it: a result's note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimedWhy {
    NotDue(Pending),
    /// Not judged, and the evaluated period as submitted.
    NotJudged(Unjudged, String),
    /// A recurring task judged against its due date in this period.
    Occurrence(NaiveDate),
    /// A recurring task done in this period before its next due date.
    DoneEarly(NaiveDate),
    /// A cumulative target's sum: the periods summed, and the days none
    /// of them covers.
    Summed {
        periods: Vec<String>,
        gaps: Vec<Days>,
    },
    /// Two periods overlap: not summed.
    Overlap(String, String),
    /// Not known (a note without its target's times).
    Unknown,
}

impl TimedWhy {
    pub fn text(&self, lang: Lang) -> String {
        let date = |d: &NaiveDate| lang.date(*d);
        let en = lang == Lang::En;
        match self {
            TimedWhy::NotDue(Pending::WindowStarts(d)) => match en {
                true => format!("not yet due: judged from the period that starts on or after {}", date(d)),
                false => format!("chưa đến hạn: được đánh giá từ kỳ bắt đầu vào hoặc sau {}", date(d)),
            },
            TimedWhy::NotDue(Pending::PeriodEnds(every, d)) => match en {
                true => format!("not yet due: judged {}, in the period that ends on {}", every.each(lang), date(d)),
                false => format!("chưa đến hạn: được đánh giá {}, ở kỳ kết thúc vào {}", every.each(lang), date(d)),
            },
            TimedWhy::NotDue(Pending::DueOn(d)) => match en {
                true => format!("not yet due: next due {}", date(d)),
                false => format!("chưa đến hạn: hạn tiếp theo {}", date(d)),
            },
            TimedWhy::NotJudged(Unjudged::WindowEnded(d), _) => match en {
                true => format!("not judged: it held until {}", date(d)),
                false => format!("không đánh giá: chỉ áp dụng đến {}", date(d)),
            },
            TimedWhy::NotJudged(Unjudged::PartlyInWindow(days), period) => {
                let window = cumulative::days_text(*days, lang);
                match en {
                    true => format!("not judged: the period `{period}` is not within its window {window}"),
                    false => format!("không đánh giá: kỳ `{period}` không nằm trong khoảng {window}"),
                }
            }
            TimedWhy::NotJudged(Unjudged::NotOnePeriod(every), period) => match en {
                true => format!("not judged: it is judged {}, and `{period}` is not one (W0766)", every.each(lang)),
                false => format!("không đánh giá: chỉ tiêu được đánh giá {}, mà `{period}` không phải một kỳ như vậy (W0766)", every.each(lang)),
            },
            TimedWhy::NotJudged(Unjudged::DueTimes(every, n), period) => match en {
                true => format!("not judged: due {} and `{period}` holds {n} due dates (W0766)", every.each(lang)),
                false => format!("không đánh giá: hạn {} và `{period}` chứa {n} hạn (W0766)", every.each(lang)),
            },
            TimedWhy::Occurrence(d) => match en {
                true => format!("due {} in this period", date(d)),
                false => format!("hạn trong kỳ này: {}", date(d)),
            },
            TimedWhy::DoneEarly(d) => match en {
                true => format!("done before its next due date, {}", date(d)),
                false => format!("hoàn thành trước hạn tiếp theo, {}", date(d)),
            },
            TimedWhy::Summed { periods, gaps } => {
                let list = periods.join(", ");
                let missing: Vec<String> =
                    gaps.iter().map(|g| cumulative::days_text(*g, lang)).collect();
                match (en, missing.is_empty()) {
                    (true, true) => format!("cumulative: the sum of {list}"),
                    (false, true) => format!("cộng dồn: tổng của {list}"),
                    (true, false) => format!(
                        "cumulative: the sum of {list}; not submitted: {}",
                        missing.join(", ")
                    ),
                    (false, false) => format!(
                        "cộng dồn: tổng của {list}; chưa nộp: {}",
                        missing.join(", ")
                    ),
                }
            }
            TimedWhy::Overlap(a, b) => match en {
                true => format!("cumulative: the periods `{a}` and `{b}` overlap and are not summed (E0765)"),
                false => format!("cộng dồn: kỳ `{a}` và `{b}` chồng lên nhau nên không cộng (E0765)"),
            },
            TimedWhy::Unknown => lang.pick("not judged in this period", "không đánh giá trong kỳ này"),
        }
    }
}

impl super::UnitEvaluation<'_, '_> {
    /// What the unit's evaluated period means for the plan's timed targets:
    /// the sums of its cumulative targets (E0765 where periods overlap),
    /// and W0766 for each recurring target the period cannot judge.
    pub(super) fn times(
        &mut self,
        times: &mut Times,
        (current, others): (&[Entry], &[Entry]),
        outcomes: &Outcomes,
    ) {
        let plan = self.metrics.plan;
        let (Some(days), Some(first)) = (times.days(), current.first().copied()) else {
            return;
        };
        let text = times.written();
        // Where the evaluated period is written (or the first value read).
        let place = current
            .iter()
            .find_map(|e| {
                let (_, file, reading) = *e;
                let (written, place) = reading.period.as_deref().or(file.period.as_ref())?;
                (*written == text).then(|| (e.0, place.clone()))
            })
            .unwrap_or_else(|| (first.0, first.2.value_place.clone()));
        for (t, target) in plan.targets.iter_enumerated() {
            match when(plan, target, times) {
                When::NotJudged(Unjudged::NotOnePeriod(every) | Unjudged::DueTimes(every, _)) => {
                    let problem = TimingEvalProblem::NotOnePeriod {
                        target: target.name.clone(),
                        period: text.clone(),
                        every: every.keyword(),
                    };
                    let diagnostic = Diagnostic::of(EvalProblem::Timing(problem), Span::NOWHERE);
                    self.found.push((place.0, place.1.locate(diagnostic)));
                }
                When::Judged if target.timing.cumulative => {
                    if let Some(summed) = self.sum(target, (days, &text), others, outcomes) {
                        times.sums.push((t, summed));
                    }
                }
                _ => {}
            }
        }
    }

    /// A cumulative target's sum over the evaluated period's value and the
    /// unit's other periods; `None` where the evaluated period gives no
    /// number (its verdict says why).
    fn sum(
        &mut self,
        target: &Target,
        (days, text): (Days, &str),
        others: &[Entry],
        outcomes: &Outcomes,
    ) -> Option<Summed> {
        let plan = self.metrics.plan;
        let Outcome::Value(Value::Number(now)) = *outcomes.at(target.metric) else {
            return None;
        };
        let ty = self.metrics.ty(target.metric);
        let mut pieces = vec![piece(text, days, now)];
        let mut places = Vec::new();
        for entry in others {
            let (f, file, reading) = *entry;
            if self.metrics.number(&reading.metric) != Some(target.metric) {
                continue;
            }
            let Some((written, Some(covers))) = period_of(entry) else {
                continue;
            };
            // A value of another period that cannot be summed is said;
            // the sum is of the others, and the note names what it covers.
            match ty.map(|ty| reading.interpret(ty, file.decimal_comma)) {
                Some(Ok(Interpreted::Value(Value::Number(n)))) => {
                    pieces.push(piece(written, covers, n));
                    places.push((written.to_string(), f, reading.value_place.clone()));
                }
                Some(Ok(Interpreted::Empty)) => {
                    let problem = diagnostics::empty_value(&reading.metric, ty?);
                    self.found.push((f, reading.value_place.locate(problem)));
                }
                Some(Err(problem)) => {
                    let diagnostic = super::problem_diagnostic(
                        &reading.value_place,
                        &reading.metric,
                        problem,
                        file.notation,
                    );
                    self.found.push((f, diagnostic));
                }
                Some(Ok(_)) | None => {}
            }
        }
        let summed = cumulative::sum(pieces, summed_days(plan, target, days));
        if let Summed::Overlap(first, second) = &summed {
            // Shown at the later of the two as read; the evaluated period's
            // own value has its place among the unit's readings.
            let at = places
                .iter()
                .rev()
                .find(|(p, _, _)| p == second || p == first);
            if let Some((_, f, place)) = at {
                let problem = TimingEvalProblem::PeriodsOverlap {
                    target: target.name.clone(),
                    metric: self.metrics.name(target.metric).to_string(),
                    first: first.clone(),
                    second: second.clone(),
                };
                let diagnostic = Diagnostic::of(EvalProblem::Timing(problem), Span::NOWHERE);
                self.found.push((*f, place.locate(diagnostic)));
            }
        }
        Some(summed)
    }
}
