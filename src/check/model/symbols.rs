//! Where each metric, owner, section and target of a plan is defined and
//! named: for an editor's go-to-definition and find-references, and for
//! renaming. Built by the checker as it resolves names.

use super::{DroppedId, MetricId, OwnerId, SectionId, TargetId};
use crate::index::IndexVec;
use crate::source::FileId;
use crate::span::Span;

/// Something a plan names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Symbol {
    Metric(MetricId),
    Owner(OwnerId),
    Section(SectionId),
    Target(TargetId),
    /// A target of the plan extended that this plan drops: no target of
    /// this plan, but `drop ID` still names it.
    Dropped(DroppedId),
}

/// A target this plan drops: its id and where the plan it comes from
/// defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    pub name: String,
    pub declared_at: Span,
}

/// One place the plan's own file names a symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub span: Span,
    pub symbol: Symbol,
    /// Whether this is where it is defined.
    pub definition: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Symbols {
    /// Each symbol's definition, by symbol. An inherited one lies in the
    /// plan it comes from (its span names that plan's file); a metric used without declaration, or an owner
    /// named by a plan that declares none, has none.
    definitions: Vec<(Symbol, Span)>,
    /// Where the plan's own file names symbols, definitions included, in
    /// the order of the text.
    occurrences: Vec<Occurrence>,
    /// The targets this plan drops.
    pub dropped: IndexVec<DroppedId, Dropped>,
}

impl Symbols {
    /// An index of these definitions (sorted by symbol) and occurrences.
    pub(in crate::check) fn new(
        definitions: Vec<(Symbol, Span)>,
        mut occurrences: Vec<Occurrence>,
        dropped: IndexVec<DroppedId, Dropped>,
    ) -> Symbols {
        occurrences.sort_by_key(|o| (o.span, !o.definition));
        Symbols {
            definitions,
            occurrences,
            dropped,
        }
    }

    /// Where the symbol is defined.
    pub fn definition(&self, symbol: Symbol) -> Option<Span> {
        let at = self
            .definitions
            .binary_search_by_key(&symbol, |(s, _)| *s)
            .ok()?;
        self.definitions.get(at).map(|(_, span)| *span)
    }

    /// Where the plan's own file names the symbol, other than at its
    /// definition, in the order of the text.
    pub fn references(&self, symbol: Symbol) -> impl Iterator<Item = Span> + '_ {
        self.occurrences
            .iter()
            .filter(move |o| o.symbol == symbol && !o.definition)
            .map(|o| o.span)
    }

    /// The symbol named at byte `offset` of `file` (a cursor just after a
    /// name is on it): only the plan's own file has any. Where one name
    /// stands for two (a target without an id of its own is known by its
    /// metric's name), the one it refers to.
    pub fn at(&self, file: FileId, offset: usize) -> Option<Symbol> {
        let after = self
            .occurrences
            .partition_point(|o| (o.span.file, o.span.start) <= (file, offset));
        let candidates = self.occurrences.get(..after).unwrap_or_default();
        candidates
            .iter()
            .rev()
            .take_while(|o| o.span.file == file && o.span.end >= offset)
            .min_by_key(|o| o.definition)
            .map(|o| o.symbol)
    }

    /// Every place the plan's own file names a symbol, in the order of the
    /// text.
    pub fn occurrences(&self) -> &[Occurrence] {
        &self.occurrences
    }
}
