//! The syntax tree of a plan file: what was written, with spans, before any
//! name or type is checked.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

pub use super::timing::{Recurrence, Window};
use crate::i18n::Lang;
use crate::span::Spanned;

pub type Ident = Spanned<String>;
pub type Text = Spanned<String>;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub statements: Vec<Spanned<Statement>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Statement {
    Title(Text),
    Period {
        start: Spanned<Literal>,
        end: Spanned<Literal>,
    },
    Owner(OwnerDecl),
    Metric(MetricDecl),
    Section(SectionDecl),
    Target(TargetDecl),
    Task(TaskDecl),
    /// `extends "2025-h2.plan"`: inherit the other plan's owners, metrics,
    /// sections, targets and tasks.
    Extends(Text),
    /// `override ID [CONDITION] clauses...`: change an inherited target.
    Override(OverrideDecl),
    /// `drop ID`: leave an inherited target out.
    Drop(Ident),
    /// `default not_applicable RULE`: what holds for every target of this
    /// plan that does not say otherwise.
    Default(DefaultDecl),
    /// `grade "Tốt" >= 80% and not_met <= 20%`: a grade of a unit's total.
    Grade(GradeDecl),
    /// A statement that does not parse (a diagnostic says why), kept with
    /// what could be read of it: the formatter keeps it as written, the
    /// checker reports nothing that follows only from its absence, and an
    /// editor can still complete inside it.
    Error(ErrorStatement),
}

/// What could be read of a statement that does not parse, by a scan of its
/// words and texts that never fails (`syntax::recover`). What was not
/// written, or stands where it cannot be told apart, is `None`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorStatement {
    /// The word it starts with, if it starts with a word.
    pub head: Option<Head>,
    /// The id a `target ID:` gives, or the one a `task`, `override` or
    /// `drop` names.
    pub id: Option<Ident>,
    /// The metric a `metric` statement declares or a `target` measures.
    pub metric: Option<Ident>,
    /// The first text of a `plan`, `owner`, `section` or `extends`
    /// statement: the title, the owner's key, the section's title, the path.
    pub text: Option<Text>,
    /// The text of an `owner` clause (of a target, task, override or
    /// section).
    pub owner: Option<Text>,
    /// The names a metric's formula uses, as far as it could be read; for a
    /// target or a statement that starts with an unknown word (a misspelt
    /// keyword), any of its words, which may be metrics. At most one more
    /// than the operators a formula may hold.
    pub uses: Vec<Ident>,
    /// For a statement starting with a misspelt keyword, the keyword its
    /// did-you-mean names; the rest is then read as that keyword's.
    pub likely: Option<Keyword>,
}

impl ErrorStatement {
    /// The statement keyword it starts with, if any.
    pub fn keyword(&self) -> Option<Keyword> {
        match &self.head {
            Some(Head::Keyword(keyword)) => Some(keyword.node),
            _ => None,
        }
    }

    /// The statement it was meant to be: its keyword, or the one a
    /// misspelt keyword is closest to.
    pub fn meant(&self) -> Option<Keyword> {
        self.keyword().or(self.likely)
    }
}

/// The first word of a statement that does not parse.
#[derive(Debug, Clone, PartialEq)]
pub enum Head {
    Keyword(Spanned<Keyword>),
    /// A word that starts no statement (reported as E0108).
    Unknown(Ident),
}

/// The words that start a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Keyword {
    Plan,
    Period,
    Owner,
    Metric,
    Section,
    Target,
    Task,
    Extends,
    Override,
    Drop,
    Default,
    Grade,
}

impl Keyword {
    pub const ALL: [Keyword; 12] = [
        Keyword::Plan,
        Keyword::Period,
        Keyword::Owner,
        Keyword::Metric,
        Keyword::Section,
        Keyword::Target,
        Keyword::Task,
        Keyword::Extends,
        Keyword::Override,
        Keyword::Drop,
        Keyword::Default,
        Keyword::Grade,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Keyword::Plan => "plan",
            Keyword::Period => "period",
            Keyword::Owner => "owner",
            Keyword::Metric => "metric",
            Keyword::Section => "section",
            Keyword::Target => "target",
            Keyword::Task => "task",
            Keyword::Extends => "extends",
            Keyword::Override => "override",
            Keyword::Drop => "drop",
            Keyword::Default => "default",
            Keyword::Grade => "grade",
        }
    }

    pub fn from_word(word: &str) -> Option<Keyword> {
        Keyword::ALL.into_iter().find(|k| k.word() == word)
    }
}

/// Plan-wide defaults for the clauses of this plan's targets and tasks.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultDecl {
    pub not_applicable: Option<Spanned<NaRule>>,
    /// `default round 0.01`: the step every target's points are rounded to.
    pub round: Option<Spanned<Literal>>,
    /// `default rank_by points`: what a ranking of units orders by.
    pub rank_by: Option<Spanned<RankBy>>,
    /// `default computed`: every derived metric is computed from its counts
    /// only, never taken as a unit reports it; the word's place (compared,
    /// as every node, without it).
    pub computed: Option<Spanned<()>>,
    /// `default by end`: every target without a `by` of its own is a
    /// milestone at the end of the plan's period; the words' place.
    pub by_end: Option<Spanned<()>>,
}

/// What a ranking orders units by, highest first: the plan's `default
/// rank_by`, or `--rank-by`, which wins.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RankBy {
    /// Their percentage of their maximum, then their points.
    #[default]
    Percent,
    /// Their points (as the 766 portal ranks), then their percentage.
    Points,
}

impl RankBy {
    pub const ALL: [RankBy; 2] = [RankBy::Points, RankBy::Percent];

    pub fn keyword(self) -> &'static str {
        match self {
            RankBy::Percent => "percent",
            RankBy::Points => "points",
        }
    }
}

/// Changes to an inherited target or task; what is not written is kept.
#[derive(Debug, Clone, PartialEq)]
pub struct OverrideDecl {
    pub id: Ident,
    pub condition: Option<Spanned<Condition>>,
    pub due: Option<Spanned<Literal>>,
    /// `by DATE`: a new milestone date for an inherited target.
    pub by: Option<Spanned<Literal>>,
    pub clauses: Clauses,
}

/// `grade "NAME" CONDITION`: the unit's grade when its condition holds and
/// no grade declared before it holds. The condition is a list of
/// alternatives (`or`), each a list of tests that must all hold (`and`):
/// `and` binds tighter than `or`.
#[derive(Debug, Clone, PartialEq)]
pub struct GradeDecl {
    pub name: Text,
    pub any_of: Vec<Vec<Spanned<GradeTest>>>,
}

/// One test of a grade's condition: `>= 90%`, `> 90 points`,
/// `not_met <= 20%`, `missing == 0`, `tasks_done == 100%`.
#[derive(Debug, Clone, PartialEq)]
pub struct GradeTest {
    /// What is compared; `None` is the unit's total (its share of the
    /// maximum with a percent, its points with `points`). A word the
    /// language does not know is reported when the tree is built, and the
    /// test is left out.
    pub measure: Option<Spanned<GradeMeasure>>,
    pub op: Spanned<CmpOp>,
    pub value: Spanned<Literal>,
    /// Whether `points` follows the value (`> 90 points`).
    pub points: bool,
}

/// The counts of a unit's targets and tasks a grade may test, each as a
/// share (with a percent) or as a number of them. `met`, `not_met` and
/// `missing` count targets and tasks together; `tasks_done` and
/// `tasks_not_done` count tasks alone, as shares of the plan's tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GradeMeasure {
    /// Met: passed, scored (a target that only scores) or not applicable.
    Met,
    /// Not met: failed, missing or invalid.
    NotMet,
    /// Missing: no value reported.
    Missing,
    /// Tasks done: passed (done by the due date) or not applicable, as
    /// `met` counts them.
    TasksDone,
    /// Tasks not done: failed (done late), missing (no date) or invalid.
    TasksNotDone,
}

impl GradeMeasure {
    pub const ALL: [GradeMeasure; 5] = [
        GradeMeasure::Met,
        GradeMeasure::NotMet,
        GradeMeasure::Missing,
        GradeMeasure::TasksDone,
        GradeMeasure::TasksNotDone,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            GradeMeasure::Met => "met",
            GradeMeasure::NotMet => "not_met",
            GradeMeasure::Missing => "missing",
            GradeMeasure::TasksDone => "tasks_done",
            GradeMeasure::TasksNotDone => "tasks_not_done",
        }
    }

    /// Whether it counts tasks alone.
    pub fn of_tasks(self) -> bool {
        matches!(self, GradeMeasure::TasksDone | GradeMeasure::TasksNotDone)
    }
}

/// `owner "VP HĐND-UBND" "Văn phòng HĐND-UBND phường"`
#[derive(Debug, Clone, PartialEq)]
pub struct OwnerDecl {
    pub key: Text,
    pub full_name: Option<Text>,
}

/// `metric dossiers: count "label"` or `metric ratio = a / b "label"`
#[derive(Debug, Clone, PartialEq)]
pub struct MetricDecl {
    pub name: Ident,
    pub def: MetricDef,
    pub label: Option<Text>,
    /// `computed` after its formula: its value is computed from its counts
    /// only, never taken as a unit reports it; the word's place (compared,
    /// as every node, without it).
    pub computed: Option<Spanned<()>>,
    /// `rollup sum|max|min|reported`: how a parent's value of the metric
    /// comes from its children's (see [`Rollup`]).
    pub rollup: Option<Spanned<Rollup>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MetricDef {
    Typed(Spanned<MetricType>),
    /// A formula, with the type the plan states for its result, if any
    /// (`metric x: rate = a / b`).
    Derived(Spanned<Expr>, Option<Spanned<MetricType>>),
    /// Written with an unknown type; a diagnostic has said so already.
    Invalid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetricType {
    /// A share of a whole: between 0% and 100%.
    Ratio,
    /// A ratio that may exceed 100% (revenue over its estimate).
    Rate,
    /// A difference of two ratios, in percentage points.
    PercentagePoints,
    Count,
    Number,
    Minutes,
    /// A duration in days (`5 days`, `5 ngày`): the plan's label says
    /// which days; a day is no exact number of minutes.
    Days,
    /// A duration in working days (`5 working_days`, `5 ngày làm việc`):
    /// never compared with calendar days, whose number depends on the
    /// calendar.
    WorkingDays,
    Money,
    Date,
    Bool,
}

impl MetricType {
    pub const ALL: [MetricType; 11] = [
        MetricType::Ratio,
        MetricType::Rate,
        MetricType::PercentagePoints,
        MetricType::Count,
        MetricType::Number,
        MetricType::Minutes,
        MetricType::Days,
        MetricType::WorkingDays,
        MetricType::Money,
        MetricType::Date,
        MetricType::Bool,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            MetricType::Ratio => "ratio",
            MetricType::Rate => "rate",
            MetricType::PercentagePoints => "percentage_points",
            MetricType::Count => "count",
            MetricType::Number => "number",
            MetricType::Minutes => "minutes",
            MetricType::Days => "days",
            MetricType::WorkingDays => "working_days",
            MetricType::Money => "money",
            MetricType::Date => "date",
            MetricType::Bool => "bool",
        }
    }

    /// Whether every unit has a value of it: a count, or an amount of
    /// money, is 0 when there is nothing to count, never "not applicable"
    /// (only a share or a rate of nothing is undefined). A unit's `n/a` for
    /// such a metric is refused (E0717): it would let the unit pick a
    /// fallback, or a `not_applicable` rule, over the points its counts earn.
    pub fn always_has_value(self) -> bool {
        matches!(self, MetricType::Count | MetricType::Money)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Metric(String),
    Literal(Literal),
    Neg(Box<Spanned<Expr>>),
    Binary(Box<Spanned<Expr>>, BinOp, Box<Spanned<Expr>>),
    /// `name(arguments)`: a function by the name written, which the checker
    /// resolves ([`Function::named`]).
    Call(Spanned<String>, Vec<Spanned<Expr>>),
    /// `a else b else c`: the first alternative that is not "not
    /// applicable"; two or more, kept flat so a long chain nests no deeper.
    Else(Vec<Spanned<Expr>>),
}

/// The functions a formula may call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Function {
    /// The largest of two or more values.
    Max,
    /// The smallest of two or more values.
    Min,
    /// `round(x, N)`: `x` to `N` decimal places, half away from zero.
    Round,
    /// `baseline(x)`: the value of metric `x` in an earlier period, read
    /// from the files given with `eval --baseline`.
    Baseline,
}

impl Function {
    pub const ALL: [Function; 4] = [
        Function::Max,
        Function::Min,
        Function::Round,
        Function::Baseline,
    ];

    pub fn named(name: &str) -> Option<Function> {
        Function::ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Function::Max => "max",
            Function::Min => "min",
            Function::Round => "round",
            Function::Baseline => "baseline",
        }
    }

    /// How it is written, for a hint: `max(a, b)`.
    pub fn usage(self) -> &'static str {
        match self {
            Function::Max => "max(a, b)",
            Function::Min => "min(a, b)",
            Function::Round => "round(x, 2)",
            Function::Baseline => "baseline(x)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
        }
    }
}

/// `section "3. Cải cách thủ tục hành chính" owner "VP HĐND-UBND"`
#[derive(Debug, Clone, PartialEq)]
pub struct SectionDecl {
    pub title: Text,
    pub owner: Option<Text>,
}

/// `target [id:] metric [CONDITION] clauses...`
#[derive(Debug, Clone, PartialEq)]
pub struct TargetDecl {
    pub id: Option<Ident>,
    pub metric: Ident,
    /// `None`: the target only scores (`target x points 20 scoring linear`).
    pub condition: Option<Spanned<Condition>>,
    /// `by 2028-12-31`: a milestone, due from the evaluated period that
    /// ends on or after the date.
    pub by: Option<Spanned<Literal>>,
    pub clauses: Clauses,
}

/// `task id due DATE clauses...`
#[derive(Debug, Clone, PartialEq)]
pub struct TaskDecl {
    pub id: Ident,
    pub due: Option<Spanned<Literal>>,
    pub clauses: Clauses,
}

/// The optional clauses shared by targets and tasks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clauses {
    pub owner: Option<Text>,
    /// `owner "A" with "B", "C"`: the co-ordinating owners, after the lead.
    pub co_owners: Vec<Text>,
    pub label: Option<Text>,
    pub tags: Vec<Ident>,
    pub points: Option<Spanned<Literal>>,
    /// `points max_21`: the maximum is this metric's value for the unit.
    pub points_from: Option<Ident>,
    /// `points max_21 in 0..20`: the least and the most the unit's value
    /// may be (inclusive).
    pub points_bound: Option<Spanned<(Spanned<Literal>, Spanned<Literal>)>>,
    pub scoring: Option<Spanned<Scoring>>,
    pub not_applicable: Option<Spanned<NaRule>>,
    /// `round 0.01`: the step the target's points are rounded to.
    pub round: Option<Spanned<Literal>>,
    /// A `scoring` clause is written but does not read (an unknown rule,
    /// reported): what would follow only from its absence is not.
    pub scoring_unread: bool,
    /// `for level NAME`, `for tag NAME`, `for unit "A", "B"`: the units it
    /// is for, every clause holding (AND), in the order written; empty: for
    /// every unit.
    pub applies: Vec<Spanned<ForClause>>,
    /// `every year`: judged in each year (half, quarter, month).
    pub every: Option<Spanned<Recurrence>>,
    /// `from DATE` or `during DATE .. DATE`: judged only within it.
    pub window: Option<Spanned<Window>>,
    /// `cumulative`: the value judged is summed over the periods so far;
    /// the word's place.
    pub cumulative: Option<Spanned<()>>,
}

/// One `for` clause: the units a target or task is for.
#[derive(Debug, Clone, PartialEq)]
pub enum ForClause {
    /// A level of the units register (`for level "xã"`).
    Level(Text),
    /// A tag of the units register (`for tag ven_bien`).
    Tag(Text),
    /// Units by name, any of them (`for unit "A", "B"`).
    Unit(Vec<Text>),
}

impl ForClause {
    /// Its keyword after `for`.
    pub fn keyword(&self) -> &'static str {
        match self {
            ForClause::Level(_) => "level",
            ForClause::Tag(_) => "tag",
            ForClause::Unit(_) => "unit",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    Compare(Spanned<CmpOp>, Spanned<Literal>),
    /// Inclusive at both ends.
    Range(Spanned<Literal>, Spanned<Literal>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Ge,
    Gt,
    Le,
    Lt,
    Eq,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Ge => ">=",
            CmpOp::Gt => ">",
            CmpOp::Le => "<=",
            CmpOp::Lt => "<",
            CmpOp::Eq => "==",
        }
    }

    pub fn from_symbol(symbol: &str) -> Option<CmpOp> {
        Some(match symbol {
            ">=" => CmpOp::Ge,
            ">" => CmpOp::Gt,
            "<=" => CmpOp::Le,
            "<" => CmpOp::Lt,
            "==" => CmpOp::Eq,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Scoring {
    AllOrNothing,
    Linear,
    /// `saturating`, or `saturating 50%`: where the points saturate, for a
    /// target without a condition.
    Saturating(Option<Spanned<Literal>>),
    Tiers(Vec<Tier>),
}

impl Scoring {
    pub const KEYWORDS: [&'static str; 4] = ["all_or_nothing", "linear", "saturating", "tiers"];
}

/// `2 if >= 100%`: these points when the value meets this comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Tier {
    pub points: Spanned<Literal>,
    pub op: Spanned<CmpOp>,
    pub value: Spanned<Literal>,
}

/// Whether a target may be not applicable, and what it then earns. A plan
/// that states a rule (on the target, or once with `default`) lets a unit
/// report `n/a` for it; without one, only a zero denominator makes a target
/// not applicable, and it is then excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NaRule {
    /// Full points, the common practice for criteria that do not apply.
    Full,
    Zero,
    /// Left out of both the points and the maximum.
    Excluded,
    /// The target always applies: `n/a` and a zero denominator are invalid.
    Never,
    /// Its points are shared equally among the other targets of its section
    /// that apply; the maximum stays the same.
    Redistribute,
}

impl NaRule {
    pub const ALL: [NaRule; 5] = [
        NaRule::Full,
        NaRule::Zero,
        NaRule::Excluded,
        NaRule::Never,
        NaRule::Redistribute,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            NaRule::Full => "full",
            NaRule::Zero => "zero",
            NaRule::Excluded => "excluded",
            NaRule::Never => "never",
            NaRule::Redistribute => "redistribute",
        }
    }
}

/// A literal value, normalised: percents are held as fractions (`60%` is 0.60).
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Number(Decimal),
    Percent(Decimal),
    Minutes(Decimal),
    /// `5 days`, `5 ngày`.
    Days(Decimal),
    /// `5 working_days`, `5 ngày làm việc`.
    WorkingDays(Decimal),
    Money(Decimal),
    /// `2 pp`: percentage points, held as a fraction like a percent (0.02).
    PercentagePoints(Decimal),
    Date(NaiveDate),
    Bool(bool),
    /// Written, but unusable (an impossible date, a number too large); a
    /// diagnostic has said so already.
    Invalid,
}

impl Literal {
    /// The numeric value for ordering comparisons; dates count days.
    pub fn as_decimal(&self) -> Option<Decimal> {
        match self {
            Literal::Number(d)
            | Literal::Percent(d)
            | Literal::Minutes(d)
            | Literal::Days(d)
            | Literal::WorkingDays(d)
            | Literal::Money(d)
            | Literal::PercentagePoints(d) => Some(*d),
            Literal::Date(date) => Some(Decimal::from(date.num_days_from_ce())),
            Literal::Bool(_) | Literal::Invalid => None,
        }
    }

    /// What kind of value was written, for messages.
    pub fn kind(&self) -> LiteralKind {
        match self {
            Literal::Number(_) => LiteralKind::Number,
            Literal::Percent(_) => LiteralKind::Percent,
            Literal::Minutes(_) => LiteralKind::Minutes,
            Literal::Days(_) => LiteralKind::Days,
            Literal::WorkingDays(_) => LiteralKind::WorkingDays,
            Literal::Money(_) => LiteralKind::Money,
            Literal::PercentagePoints(_) => LiteralKind::PercentagePoints,
            Literal::Date(_) => LiteralKind::Date,
            Literal::Bool(_) => LiteralKind::Bool,
            Literal::Invalid => LiteralKind::Invalid,
        }
    }
}

/// The kind of value a literal is, without the value: what messages say
/// was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiteralKind {
    Number,
    Percent,
    Minutes,
    Days,
    WorkingDays,
    Money,
    PercentagePoints,
    Date,
    Bool,
    Invalid,
}

impl LiteralKind {
    /// `a percent` (`một tỷ lệ phần trăm`).
    pub fn describe(self, lang: Lang) -> &'static str {
        let (en, vi) = match self {
            LiteralKind::Number => ("a number", "một số"),
            LiteralKind::Percent => ("a percent", "một tỷ lệ phần trăm"),
            LiteralKind::Minutes => (
                "a duration in minutes",
                "một khoảng thời gian tính bằng phút",
            ),
            LiteralKind::Days => ("a duration in days", "một khoảng thời gian tính bằng ngày"),
            LiteralKind::WorkingDays => (
                "a duration in working days",
                "một khoảng thời gian tính bằng ngày làm việc",
            ),
            LiteralKind::Money => ("an amount of money", "một số tiền"),
            LiteralKind::PercentagePoints => ("percentage points", "điểm phần trăm"),
            LiteralKind::Date => ("a date", "một ngày"),
            LiteralKind::Bool => ("true or false", "đúng hoặc sai"),
            LiteralKind::Invalid => ("an invalid value", "một giá trị không hợp lệ"),
        };
        match lang {
            Lang::En => en,
            Lang::Vi => vi,
        }
    }
}

/// How a parent's value of a measured metric comes from its children's
/// (`metric x: count rollup sum`, `eval --rollup`); without the clause,
/// [`Rollup::default_for`] its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rollup {
    /// The children's values added up.
    Sum,
    /// The largest of the children's values.
    Max,
    /// The smallest of the children's values.
    Min,
    /// Not from the children at all: the parent reports its own value.
    Reported,
}

impl Rollup {
    pub const ALL: [Rollup; 4] = [Rollup::Sum, Rollup::Max, Rollup::Min, Rollup::Reported];

    pub fn keyword(self) -> &'static str {
        match self {
            Rollup::Sum => "sum",
            Rollup::Max => "max",
            Rollup::Min => "min",
            Rollup::Reported => "reported",
        }
    }

    /// The roll-up of a metric of `ty` that does not state one: counts and
    /// money add up; a share, a duration of a case (minutes, days), a
    /// date, yes/no or a plain number is the parent's to report, since no
    /// aggregate of the children's is the parent's value (an average of
    /// ratios is never a ratio of the sums).
    pub fn default_for(ty: MetricType) -> Rollup {
        match ty {
            MetricType::Count | MetricType::Money => Rollup::Sum,
            _ => Rollup::Reported,
        }
    }

    /// Whether `self` can aggregate values of `ty`: a sum needs amounts
    /// that add up (not a share, a difference of shares, a date or yes/no:
    /// their sum means nothing); `max` and `min` need an order (not
    /// yes/no); `reported` fits all. Written by what does not fit, so that
    /// a type added later (days) rolls up like the amounts.
    pub fn fits(self, ty: MetricType) -> bool {
        match self {
            Rollup::Reported => true,
            Rollup::Sum => !matches!(
                ty,
                MetricType::Ratio
                    | MetricType::Rate
                    | MetricType::PercentagePoints
                    | MetricType::Date
                    | MetricType::Bool
            ),
            Rollup::Max | Rollup::Min => ty != MetricType::Bool,
        }
    }
}
