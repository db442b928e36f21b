//! Plans that build on others: an `extends` that cannot be followed, and the
//! `override` and `drop` statements that name no inherited target or make
//! one looser.

use crate::diagnostic::{Code, Describe};
use crate::files::Special;
use crate::i18n::quoted;
use crate::i18n::Lang;
use crate::syntax::ast::NaRule;
use crate::syntax::problem::did_you_mean;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanProblem {
    /// An `extends` in a plan checked from memory, where it is not followed.
    ExtendsNotFollowed {
        path: String,
    },
    /// The extended plan cannot be found: the path as written, and the
    /// system's words.
    ExtendsMissing {
        path: String,
        error: String,
    },
    /// The extended plan was found but cannot be read.
    ExtendsUnreadable {
        path: String,
        error: String,
    },
    /// A FIFO, socket or device: never read, since it may never end.
    ExtendsSpecial {
        path: String,
        kind: Special,
    },
    ExtendsOutside {
        path: String,
        how: Outside,
    },
    ExtendsCycle {
        path: String,
    },
    /// The plan `path` names would be the `limit`+1-th of a chain of plans
    /// each extending the next.
    ExtendsTooDeep {
        path: String,
        limit: usize,
    },
    /// The extended plan has errors: `path` as written, `name` as the plan
    /// is shown (joined to the folder of the plan that extends it).
    ExtendsBroken {
        path: String,
        name: String,
    },
    /// An `override` or `drop` (the statement's keyword) in a plan that
    /// extends nothing.
    OverrideWithoutExtends {
        statement: String,
    },
    UnknownOverride {
        id: String,
        suggestion: Option<String>,
    },
    /// An override whose condition (as written) accepts what the inherited
    /// one (`before`) did not; for a task, a later deadline.
    LooserThreshold {
        id: String,
        written: String,
        before: String,
        task: bool,
    },
    /// An override's `not_applicable` rule more lenient than the inherited one.
    LooserNotApplicable {
        id: String,
        rule: NaRule,
        was: Option<NaRule>,
    },
    /// An override's `by DATE` that makes an inherited target due later
    /// (counted from the start of each plan's period) than its milestone
    /// `before`, or a milestone where it had none (judged in every period).
    LaterMilestone {
        id: String,
        date: chrono::NaiveDate,
        before: Option<chrono::NaiveDate>,
    },
    /// This plan's `default not_applicable` gives inherited targets without a
    /// rule more than they had.
    DefaultLoosens {
        rule: NaRule,
        ids: Vec<String>,
    },
}

/// How an extended plan lies outside the folder of the plan being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outside {
    AbsolutePath,
    LeavesFolder,
    LinkOutside,
}

impl Describe for PlanProblem {
    fn code(&self) -> Code {
        match self {
            PlanProblem::ExtendsNotFollowed { .. }
            | PlanProblem::ExtendsMissing { .. }
            | PlanProblem::ExtendsUnreadable { .. }
            | PlanProblem::ExtendsSpecial { .. } => Code::ExtendsUnreadable,
            PlanProblem::ExtendsOutside { .. } => Code::ExtendsOutside,
            PlanProblem::ExtendsCycle { .. } => Code::ExtendsCycle,
            PlanProblem::ExtendsTooDeep { .. } => Code::ExtendsTooDeep,
            PlanProblem::ExtendsBroken { .. } => Code::ExtendsBroken,
            PlanProblem::OverrideWithoutExtends { .. } => Code::OverrideWithoutExtends,
            PlanProblem::UnknownOverride { .. } => Code::UnknownOverride,
            PlanProblem::LooserThreshold { .. }
            | PlanProblem::LooserNotApplicable { .. }
            | PlanProblem::LaterMilestone { .. }
            | PlanProblem::DefaultLoosens { .. } => Code::LooserOverride,
        }
    }

    fn message(&self, lang: Lang) -> String {
        use Lang::{En, Vi};
        match (self, lang) {
            (PlanProblem::ExtendsNotFollowed { path }, En) => {
                format!("`{path}` is not read when a plan is checked from memory")
            }
            (PlanProblem::ExtendsNotFollowed { path }, Vi) => {
                format!("`{path}` không được đọc khi kế hoạch được kiểm tra từ bộ nhớ")
            }
            (
                PlanProblem::ExtendsMissing { path, error }
                | PlanProblem::ExtendsUnreadable { path, error },
                En,
            ) => format!("`{path}` cannot be read: {error}"),
            (
                PlanProblem::ExtendsMissing { path, error }
                | PlanProblem::ExtendsUnreadable { path, error },
                Vi,
            ) => format!("không đọc được `{path}`: {}", lang.system_message(error)),
            (PlanProblem::ExtendsSpecial { path, kind }, En) => {
                format!("`{path}` is {}, not a plan file: it is not read", kind.words(lang))
            }
            (PlanProblem::ExtendsSpecial { path, kind }, Vi) => format!(
                "`{path}` là {}, không phải tệp kế hoạch: không đọc",
                kind.words(lang)
            ),
            (PlanProblem::ExtendsOutside { path, how }, _) => match (how, lang) {
                (Outside::AbsolutePath, En) => format!("`{path}` is an absolute path"),
                (Outside::AbsolutePath, Vi) => format!("`{path}` là đường dẫn tuyệt đối"),
                (Outside::LeavesFolder, En) => format!("`{path}` leaves the folder of the plan"),
                (Outside::LeavesFolder, Vi) => {
                    format!("`{path}` ra ngoài thư mục của kế hoạch")
                }
                (Outside::LinkOutside, En) => {
                    format!("`{path}` is a link to a file outside the folder of the plan")
                }
                (Outside::LinkOutside, Vi) => {
                    format!("`{path}` là liên kết tới một tệp nằm ngoài thư mục của kế hoạch")
                }
            },
            (PlanProblem::ExtendsCycle { path }, En) => {
                format!("`{path}` extends this plan again, in a cycle")
            }
            (PlanProblem::ExtendsCycle { path }, Vi) => {
                format!("`{path}` lại mở rộng kế hoạch này, thành vòng")
            }
            (PlanProblem::ExtendsTooDeep { path, limit }, En) => {
                format!("`{path}` is not followed: this chain of plans extending each other is already {limit} plans long")
            }
            (PlanProblem::ExtendsTooDeep { path, limit }, Vi) => {
                format!("không đọc `{path}`: chuỗi kế hoạch mở rộng nhau này đã dài {limit} kế hoạch")
            }
            (PlanProblem::ExtendsBroken { path, .. }, En) => {
                format!("`{path}` has errors, so nothing is inherited from it")
            }
            (PlanProblem::ExtendsBroken { path, .. }, Vi) => {
                format!("`{path}` có lỗi nên không kế thừa gì từ nó")
            }
            (PlanProblem::OverrideWithoutExtends { statement }, En) => format!(
                "`{statement}` changes inherited targets, but this plan extends no other"
            ),
            (PlanProblem::OverrideWithoutExtends { statement }, Vi) => format!(
                "`{statement}` thay đổi chỉ tiêu kế thừa, nhưng kế hoạch này không mở rộng kế hoạch nào"
            ),
            (PlanProblem::UnknownOverride { id, .. }, En) => {
                format!("the plan it extends has no target `{id}`")
            }
            (PlanProblem::UnknownOverride { id, .. }, Vi) => {
                format!("kế hoạch được mở rộng không có chỉ tiêu `{id}`")
            }
            (
                PlanProblem::LooserThreshold {
                    id,
                    written,
                    before,
                    task,
                },
                _,
            ) => match (lang, task) {
                (En, false) => format!(
                    "`{id}` becomes looser: `{written}` accepts values that `{before}` did not"
                ),
                (En, true) => format!(
                    "`{id}` becomes looser: `{written}` accepts a later deadline (counted from the start of the period) that `{before}` did not"
                ),
                (Vi, false) => format!(
                    "`{id}` lỏng hơn: `{written}` chấp nhận những giá trị mà `{before}` không chấp nhận"
                ),
                (Vi, true) => format!(
                    "`{id}` lỏng hơn: `{written}` chấp nhận hạn muộn hơn (tính từ đầu kỳ) mà `{before}` không chấp nhận"
                ),
            },
            (PlanProblem::LooserNotApplicable { id, rule, was }, _) => {
                let rule = rule.keyword();
                match (lang, was) {
                    (En, Some(was)) => format!(
                        "`{id}` becomes looser: `not_applicable {rule}` gives a unit more when it has nothing to count, or writes `n/a`, than `{}` did",
                        was.keyword()
                    ),
                    (En, None) => format!(
                        "`{id}` becomes looser: `not_applicable {rule}` gives a unit more when it has nothing to count, or writes `n/a`, than no rule did"
                    ),
                    (Vi, Some(was)) => format!(
                        "`{id}` trở nên lỏng hơn: `not_applicable {rule}` cho đơn vị nhiều hơn khi không có gì để đếm, hoặc khi ghi `n/a`, so với `{}` trước đây",
                        was.keyword()
                    ),
                    (Vi, None) => format!(
                        "`{id}` trở nên lỏng hơn: `not_applicable {rule}` cho đơn vị nhiều hơn khi không có gì để đếm, hoặc khi ghi `n/a`, so với khi chưa có quy tắc"
                    ),
                }
            }
            (PlanProblem::LaterMilestone { id, date, before }, _) => {
                later_milestone(id, *date, *before, lang)
            }
            (PlanProblem::DefaultLoosens { rule, ids }, _) => {
                let (rule, ids) = (rule.keyword(), quoted(ids));
                match lang {
                    En => format!(
                        "`default not_applicable {rule}` makes inherited targets looser, which had no rule: {ids}"
                    ),
                    Vi => format!(
                        "`default not_applicable {rule}` làm lỏng các chỉ tiêu kế thừa vốn chưa có quy tắc: {ids}"
                    ),
                }
            }
        }
    }

    fn label(&self, lang: Lang) -> Option<String> {
        let (en, vi) = match self {
            PlanProblem::UnknownOverride { .. } => ("no such target", "không có chỉ tiêu này"),
            PlanProblem::LooserThreshold { .. }
            | PlanProblem::LooserNotApplicable { .. }
            | PlanProblem::LaterMilestone { .. }
            | PlanProblem::DefaultLoosens { .. } => ("looser than before", "lỏng hơn trước"),
            _ => return None,
        };
        Some(lang.pick(en, vi))
    }

    fn hint(&self, lang: Lang) -> Option<String> {
        use Lang::{En, Vi};
        let (en, vi) = match (self, lang) {
            (PlanProblem::ExtendsNotFollowed { .. }, _) => (
                "load the plan from its file (chitieu::load::load_plan) to follow `extends`",
                "nạp kế hoạch từ tệp của nó (chitieu::load::load_plan) để theo `extends`",
            ),
            (PlanProblem::ExtendsMissing { .. }, _) => (
                "the path is relative to the file that says `extends`",
                "đường dẫn tính từ tệp có câu lệnh `extends`",
            ),
            (PlanProblem::ExtendsUnreadable { .. }, _) => return None,
            (PlanProblem::ExtendsSpecial { .. }, _) => (
                "extend a plan file: a FIFO or a device may never end, so it is not read",
                "hãy mở rộng một tệp kế hoạch: FIFO hay thiết bị có thể không bao giờ kết thúc nên không được đọc",
            ),
            (PlanProblem::ExtendsOutside { .. }, _) => (
                "extended plans must lie in the folder of the plan being checked",
                "kế hoạch được mở rộng phải nằm trong thư mục của kế hoạch đang kiểm tra",
            ),
            (PlanProblem::ExtendsCycle { .. }, _) => (
                "a plan extends an earlier period's plan, never itself",
                "kế hoạch mở rộng kế hoạch của kỳ trước, không bao giờ mở rộng chính nó",
            ),
            (PlanProblem::ExtendsTooDeep { .. }, _) => (
                "extend the plan that holds the targets to keep, not every plan before it",
                "mở rộng kế hoạch chứa các chỉ tiêu cần giữ, không mở rộng lần lượt mọi kế hoạch trước đó",
            ),
            (PlanProblem::ExtendsBroken { name, .. }, En) => {
                return Some(format!("run `chitieu check` on `{name}` and correct it"))
            }
            (PlanProblem::ExtendsBroken { name, .. }, Vi) => {
                return Some(format!("chạy `chitieu check` với `{name}` và sửa nó"))
            }
            (PlanProblem::OverrideWithoutExtends { .. }, _) => (
                "add `extends \"earlier.plan\"`, or write a new `target`",
                "thêm `extends \"earlier.plan\"`, hoặc viết một `target` mới",
            ),
            (
                PlanProblem::UnknownOverride {
                    suggestion: Some(near),
                    ..
                },
                _,
            ) => return Some(did_you_mean(lang, near)),
            (PlanProblem::UnknownOverride { .. }, _) => (
                "only inherited targets can be changed or dropped",
                "chỉ thay đổi hoặc bỏ được chỉ tiêu kế thừa",
            ),
            (PlanProblem::LooserThreshold { .. }, _) => (
                "targets should not slide back; keep the threshold unless the change is meant",
                "chỉ tiêu không nên lùi; giữ nguyên ngưỡng trừ khi thay đổi là có chủ ý",
            ),
            (PlanProblem::LooserNotApplicable { .. }, _) => (
                "targets should not slide back; keep the rule unless the change is meant",
                "chỉ tiêu không nên lùi lại; giữ nguyên quy tắc trừ khi thật sự muốn thay đổi",
            ),
            (PlanProblem::LaterMilestone { .. }, _) => (
                "targets should not slide back; keep the milestone unless the change is meant",
                "chỉ tiêu không nên lùi; giữ nguyên mốc thời hạn trừ khi thay đổi là có chủ ý",
            ),
            (PlanProblem::DefaultLoosens { .. }, _) => (
                "targets should not slide back; give the rule to this plan's own targets, or keep the inherited ones with `override ID not_applicable never`",
                "chỉ tiêu không nên lùi lại; chỉ áp quy tắc cho chỉ tiêu của kế hoạch này, hoặc giữ chỉ tiêu kế thừa bằng `override ID not_applicable never`",
            ),
        };
        Some(lang.pick(en, vi))
    }
}

/// W0802 for a milestone an override moves later, or adds.
fn later_milestone(
    id: &str,
    date: chrono::NaiveDate,
    before: Option<chrono::NaiveDate>,
    lang: Lang,
) -> String {
    // `by DATE` is the plan's own words, kept as written (ISO).
    let date = date.to_string();
    match (before.map(|b| lang.date(b)), lang) {
        (Some(before), Lang::En) => format!(
            "`{id}` becomes looser: `by {date}` makes it due later (counted from the start of the period) than its milestone {before}"
        ),
        (Some(before), Lang::Vi) => format!(
            "`{id}` lỏng hơn: `by {date}` lùi hạn (tính từ đầu kỳ) so với mốc {before} trước đây"
        ),
        (None, Lang::En) => format!(
            "`{id}` becomes looser: `by {date}` makes it a milestone, not due before then; it was judged in every period"
        ),
        (None, Lang::Vi) => format!(
            "`{id}` lỏng hơn: `by {date}` biến nó thành mốc, chưa đến hạn trước ngày đó; trước đây nó được đánh giá ở mọi kỳ"
        ),
    }
}
