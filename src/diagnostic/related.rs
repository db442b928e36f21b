//! The words beside a diagnostic's other places ("first declared here").

use crate::i18n::Lang;
use crate::source::LineCol;
use crate::span::Span;

/// Another place of a diagnostic, and what it is to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub span: Span,
    pub label: RelatedLabel,
    /// For a text read as a stream and not kept, the line and column of
    /// the place; the span then only names the file (as a diagnostic's own
    /// `position`).
    pub position: Option<LineCol>,
}

/// What another place of a diagnostic is to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RelatedLabel {
    FirstDeclared,
    /// A measurement value (or a JSON key) reported before.
    FirstGiven,
    /// A clause or a `default` the plan wrote before.
    FirstStated,
    FirstOne,
    FirstWritten,
    EarlierTarget,
    StartDate,
    /// The value of a metric (by name) that a computed value came from.
    ValueOf(String),
    // Reading measurement files.
    /// A value of a column that is a unit of measure.
    UnitOfMeasure,
    /// A value of a column that names a reporting unit.
    ReportingUnit,
    /// The unit of measure a value stands under.
    ItsUnitOfMeasure,
    // Checking plans (syntax and check phases).
    /// The target whose tiers a warning is about.
    TheTarget,
    /// The task whose tiers a warning is about.
    TheTask,
    /// The `extends` that brought a target's tiers.
    TiersInheritedHere,
    /// The `extends` that brought an inherited target (or task, metric,
    /// owner) into the plan.
    InheritedThrough,
    /// An earlier grade that takes the units a later one would get.
    EarlierGrade,
    /// Another unit of a register's cycle of parents.
    InCycle,
}

impl RelatedLabel {
    pub fn text(&self, lang: Lang) -> String {
        let (en, vi) = match self {
            RelatedLabel::FirstDeclared => ("first declared here", "khai báo lần đầu ở đây"),
            RelatedLabel::InCycle => ("in the cycle too", "cũng trong vòng"),
            RelatedLabel::FirstGiven => ("first given here", "báo cáo lần đầu ở đây"),
            RelatedLabel::FirstStated => ("first given here", "khai lần đầu ở đây"),
            RelatedLabel::FirstOne => ("first one", "cái thứ nhất"),
            RelatedLabel::FirstWritten => ("first written here", "viết lần đầu ở đây"),
            RelatedLabel::EarlierTarget => ("earlier target", "chỉ tiêu trước"),
            RelatedLabel::EarlierGrade => {
                ("this grade is tried first", "xếp loại này được xét trước")
            }
            RelatedLabel::StartDate => ("start date", "ngày bắt đầu"),
            RelatedLabel::ValueOf(metric) => {
                return match lang {
                    Lang::En => format!("the value of `{metric}`"),
                    Lang::Vi => format!("giá trị của `{metric}`"),
                }
            }
            // Reading measurement files.
            RelatedLabel::UnitOfMeasure => ("a unit of measure", "một đơn vị tính"),
            RelatedLabel::ReportingUnit => ("a reporting unit", "một đơn vị báo cáo"),
            RelatedLabel::ItsUnitOfMeasure => ("its unit of measure", "đơn vị tính của nó"),
            // Checking plans.
            RelatedLabel::TheTarget => ("the target", "chỉ tiêu"),
            RelatedLabel::TheTask => ("the task", "nhiệm vụ"),
            RelatedLabel::TiersInheritedHere => (
                "the tiers are inherited from here",
                "các bậc được kế thừa từ đây",
            ),
            RelatedLabel::InheritedThrough => (
                "inherited through this extends",
                "được kế thừa qua extends này",
            ),
        };
        match lang {
            Lang::En => en.to_string(),
            Lang::Vi => vi.to_string(),
        }
    }
}
