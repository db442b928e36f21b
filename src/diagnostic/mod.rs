//! One diagnostic type for every phase, and its renderings.

mod codes;
pub mod json;
pub mod render;

pub use codes::{Code, Severity};

use crate::span::Span;

/// A problem found in one source file.
///
/// The message is one lowercase line with the user's own text in backticks;
/// advice goes into `hint`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    pub span: Span,
    /// A few words under the caret; the message is shown when absent.
    pub label: Option<String>,
    /// Other places in the same file that explain this one.
    pub related: Vec<(Span, String)>,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            span,
            label: None,
            related: Vec::new(),
            hint: None,
        }
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_related(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_hint_opt(mut self, hint: Option<String>) -> Self {
        self.hint = hint.or(self.hint);
        self
    }

    pub fn offset(mut self, by: usize) -> Self {
        self.span = self.span.offset(by);
        for (span, _) in &mut self.related {
            *span = span.offset(by);
        }
        self
    }
}

/// Diagnostics sorted by position then code, so output never depends on the
/// order in which checks ran.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.span.end, a.code, &a.message).cmp(&(
            b.span.start,
            b.span.end,
            b.code,
            &b.message,
        ))
    });
}

pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity() == Severity::Error)
}
