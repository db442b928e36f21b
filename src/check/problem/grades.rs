//! Grades: tests that compare unlike values or values no unit can have,
//! grades given twice, on the total of a plan without points, and grades
//! no unit can get.

use crate::check::interval::Interval;
use crate::check::tiers::values_text;
use crate::diagnostic::{Code, Describe};
use crate::i18n::{quoted, Lang};
use crate::syntax::ast::{LiteralKind, MetricType};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GradeProblem {
    /// A test (as written) with a value no unit's quantity can take.
    OutOfRange { test: String, why: OutOfRange },
    /// A test comparing its quantity with a value of another kind.
    WrongKind { test: String, wrong: WrongKind },
    /// A grade's name given before.
    Duplicate { name: String },
    /// A test on the total of a plan whose targets earn no points.
    NoPoints { test: String },
    /// A test on more points than the plan's targets give together.
    AboveMaximum { test: String, maximum: String },
    /// A grade whose units the grades before it all take (named), or whose
    /// tests contradict each other (none named).
    Unreachable { name: String, earlier: Vec<String> },
    /// Totals between grades that get none, as the plan compares them
    /// (shares of the maximum as ratios, points as numbers); worded per
    /// language, since `total` is no word of the plan's language.
    Gap { gaps: Vec<Interval>, ty: MetricType },
    /// More grades than are compared with each other (W0425, W0426): the
    /// first `compared` are.
    TooManyToCompare { count: usize, compared: usize },
    /// A test on tasks (`tasks_done == 100%`) in a plan that has none: every
    /// unit has done all of them.
    NoTasks { test: String },
}

/// Why a test's value is one no unit can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutOfRange {
    /// A share above 100% or below 0%.
    Share,
    NegativePoints,
    /// A number of targets (or of tasks) below zero or not whole.
    Count {
        tasks: bool,
    },
    /// More targets than count for a grade (those worth points or scored:
    /// a tracked target never counts).
    MoreThanTargets {
        targets: usize,
    },
    /// More tasks than the plan has.
    MoreThanTasks {
        tasks: usize,
    },
}

/// How a test compares unlike values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrongKind {
    /// `points` after a percent (`>= 80% points`).
    PercentAsPoints,
    /// `points` after a count of targets (`not_met <= 2 points`).
    CountAsPoints,
    /// A value of a kind that says nothing of a total (a date, money...).
    Literal(LiteralKind),
}

impl Describe for GradeProblem {
    fn code(&self) -> Code {
        match self {
            GradeProblem::OutOfRange { .. } => Code::GradeBoundOutOfRange,
            GradeProblem::WrongKind { .. } => Code::GradeTestType,
            GradeProblem::Duplicate { .. } => Code::DuplicateGrade,
            GradeProblem::NoPoints { .. } => Code::GradeWithoutPoints,
            GradeProblem::AboveMaximum { .. } => Code::GradePointsAboveMaximum,
            GradeProblem::Unreachable { .. } => Code::UnreachableGrade,
            GradeProblem::Gap { .. } => Code::GradeGap,
            GradeProblem::TooManyToCompare { .. } => Code::GradesNotCompared,
            GradeProblem::NoTasks { .. } => Code::GradeOnNoTasks,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match (self, lang) {
            (GradeProblem::OutOfRange { test, why }, En) => match why {
                OutOfRange::Share => format!("`{test}`: a share is between 0% and 100%"),
                OutOfRange::NegativePoints => format!("`{test}`: points are never negative"),
                OutOfRange::Count { tasks: false } => {
                    format!("`{test}`: a number of targets is a whole number of zero or more")
                }
                OutOfRange::Count { tasks: true } => {
                    format!("`{test}`: a number of tasks is a whole number of zero or more")
                }
                OutOfRange::MoreThanTargets { targets } => format!(
                    "`{test}`: the plan has {targets} targets that count for a grade (tracked ones never count)"
                ),
                OutOfRange::MoreThanTasks { tasks: 0 } => {
                    format!("`{test}`: the plan has no task")
                }
                OutOfRange::MoreThanTasks { tasks: 1 } => {
                    format!("`{test}`: the plan has 1 task")
                }
                OutOfRange::MoreThanTasks { tasks } => {
                    format!("`{test}`: the plan has {} tasks", En.count(*tasks))
                }
            },
            (GradeProblem::OutOfRange { test, why }, Vi) => match why {
                OutOfRange::Share => format!("`{test}`: tỷ lệ nằm trong khoảng 0% đến 100%"),
                OutOfRange::NegativePoints => format!("`{test}`: số điểm không bao giờ âm"),
                OutOfRange::Count { tasks: false } => {
                    format!("`{test}`: số chỉ tiêu là số nguyên từ 0 trở lên")
                }
                OutOfRange::Count { tasks: true } => {
                    format!("`{test}`: số nhiệm vụ là số nguyên từ 0 trở lên")
                }
                OutOfRange::MoreThanTargets { targets } => format!(
                    "`{test}`: kế hoạch có {targets} chỉ tiêu được tính khi xếp loại (chỉ tiêu chỉ theo dõi không bao giờ được tính)"
                ),
                OutOfRange::MoreThanTasks { tasks: 0 } => {
                    format!("`{test}`: kế hoạch không có nhiệm vụ nào")
                }
                OutOfRange::MoreThanTasks { tasks } => {
                    format!("`{test}`: kế hoạch có {} nhiệm vụ", Vi.count(*tasks))
                }
            },
            (GradeProblem::WrongKind { test, wrong }, En) => match wrong {
                WrongKind::PercentAsPoints => {
                    format!("`{test}`: a percent is a share of the maximum, not points")
                }
                WrongKind::CountAsPoints => {
                    format!("`{test}`: a number of targets is not points")
                }
                WrongKind::Literal(kind) => format!(
                    "`{test}`: a grade compares with a percent or a number, not {}",
                    kind.describe(En)
                ),
            },
            (GradeProblem::WrongKind { test, wrong }, Vi) => match wrong {
                WrongKind::PercentAsPoints => {
                    format!("`{test}`: tỷ lệ phần trăm là tỷ lệ trên điểm tối đa, không phải số điểm")
                }
                WrongKind::CountAsPoints => format!("`{test}`: số chỉ tiêu không phải số điểm"),
                WrongKind::Literal(kind) => format!(
                    "`{test}`: xếp loại so với tỷ lệ phần trăm hoặc một số, không phải {}",
                    kind.describe(Vi)
                ),
            },
            (GradeProblem::Duplicate { name }, En) => {
                format!("the grade `{name}` is declared twice")
            }
            (GradeProblem::Duplicate { name }, Vi) => {
                format!("xếp loại `{name}` được khai hai lần")
            }
            (GradeProblem::NoPoints { test }, En) => format!(
                "`{test}` tests the total, but no target of the plan earns points"
            ),
            (GradeProblem::NoPoints { test }, Vi) => format!(
                "`{test}` xét tổng điểm, nhưng không chỉ tiêu nào của kế hoạch có điểm"
            ),
            (GradeProblem::AboveMaximum { test, maximum }, En) => format!(
                "`{test}`: the plan's targets give {maximum} points in all"
            ),
            (GradeProblem::AboveMaximum { test, maximum }, Vi) => format!(
                "`{test}`: các chỉ tiêu của kế hoạch tổng cộng {maximum} điểm"
            ),
            (GradeProblem::Unreachable { name, earlier }, En) if earlier.is_empty() => {
                format!("no unit can get the grade `{name}`: its tests contradict each other")
            }
            (GradeProblem::Unreachable { name, earlier }, Vi) if earlier.is_empty() => format!(
                "không đơn vị nào nhận được xếp loại `{name}`: các phép so của nó mâu thuẫn nhau"
            ),
            (GradeProblem::Unreachable { name, earlier }, En) => format!(
                "no unit can get the grade `{name}`: every unit it accepts gets {} first",
                quoted(earlier)
            ),
            (GradeProblem::Unreachable { name, earlier }, Vi) => format!(
                "không đơn vị nào nhận được xếp loại `{name}`: mọi đơn vị nó nhận đều được xếp {} trước",
                quoted(earlier)
            ),
            (GradeProblem::Gap { gaps, ty }, En) => format!(
                "units with {} get no grade, although lower totals get one",
                values_text(gaps, "total", *ty).join(", ")
            ),
            (GradeProblem::Gap { gaps, ty }, Vi) => format!(
                "đơn vị có {} không được xếp loại, dù tổng điểm thấp hơn vẫn được",
                values_text(gaps, "tổng điểm", *ty).join(", ")
            ),
            (GradeProblem::TooManyToCompare { count, compared }, En) => format!(
                "the plan declares {} grades: only the first {} are checked against each other for grades no unit can get and totals that get none",
                En.count(*count),
                En.count(*compared)
            ),
            (GradeProblem::TooManyToCompare { count, compared }, Vi) => format!(
                "kế hoạch khai {} xếp loại: chỉ {} xếp loại đầu được so với nhau để tìm xếp loại không đơn vị nào đạt và tổng điểm không được xếp loại",
                Vi.count(*count),
                Vi.count(*compared)
            ),
            (GradeProblem::NoTasks { test }, En) => format!(
                "`{test}` tests the plan's tasks, but it has none: every unit has done all its tasks (100% done, none not done)"
            ),
            (GradeProblem::NoTasks { test }, Vi) => format!(
                "`{test}` xét các nhiệm vụ của kế hoạch, nhưng kế hoạch không có nhiệm vụ nào: mọi đơn vị được coi là đã hoàn thành mọi nhiệm vụ (100% hoàn thành, không nhiệm vụ nào chưa hoàn thành)"
            ),
        }
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            GradeProblem::OutOfRange { .. } => (
                "write a value some unit can have",
                "viết một giá trị mà đơn vị có thể có",
            ),
            GradeProblem::WrongKind { .. } => (
                "compare the total with `90%` or `90 points`, and `met`, `not_met`, `missing`, `tasks_done` or `tasks_not_done` with `20%` or `2`",
                "so tổng điểm với `90%` hoặc `90 points`, còn `met`, `not_met`, `missing`, `tasks_done`, `tasks_not_done` với `20%` hoặc `2`",
            ),
            GradeProblem::Duplicate { .. } => (
                "join the conditions with `or`, or rename one of the grades",
                "nối các điều kiện bằng `or`, hoặc đổi tên một xếp loại",
            ),
            GradeProblem::NoPoints { .. } => (
                "give the targets points, or grade on the targets met: `met >= 80%`",
                "cho các chỉ tiêu điểm, hoặc xếp loại theo số chỉ tiêu đạt: `met >= 80%`",
            ),
            GradeProblem::AboveMaximum { .. } => (
                "write a share of the maximum (`>= 80%`) or fewer points",
                "viết tỷ lệ trên điểm tối đa (`>= 80%`) hoặc ít điểm hơn",
            ),
            GradeProblem::Unreachable { earlier, .. } if earlier.is_empty() => (
                "correct the tests so that some total meets them all",
                "sửa các phép so để có tổng điểm đạt được tất cả",
            ),
            GradeProblem::Unreachable { .. } => (
                "grades are tried in the order declared: declare the highest band first",
                "các xếp loại được xét theo thứ tự khai báo: khai mức cao nhất trước",
            ),
            GradeProblem::Gap { .. } => (
                "let each band start where the one above it ends",
                "cho mỗi khoảng bắt đầu ở chỗ khoảng phía trên kết thúc",
            ),
            GradeProblem::TooManyToCompare { .. } => (
                "a rating has a few bands: keep the grades people are given",
                "một thang xếp loại chỉ có vài mức: giữ lại các xếp loại thực sự dùng",
            ),
            GradeProblem::NoTasks { .. } => (
                "declare the plan's tasks (`task ID due DATE`), or leave the test out",
                "khai các nhiệm vụ của kế hoạch (`task ID due DATE`), hoặc bỏ phép so này",
            ),
        };
        Some(lang.pick(en, vi))
    }
}
