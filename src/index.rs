//! Vectors indexed by ids of their own type: a metric's id reads the plan's
//! metrics and nothing else, and reads them without a fallible lookup.
//!
//! Our own, not a crate: what the checked plan needs is a hundred lines
//! (`rustc_index` is not published for stable Rust, and the crates that copy
//! it bring macros and features chitieu would not use). Ids are made only
//! here, by the vectors that hand them out ([`IndexVec::push`] and the
//! functions that renumber one), so an id always names an element of the
//! vector it came from or of one built beside it with the same ids
//! ([`IndexVec::beside`]). Vectors never shrink: a renumbered vector is a new
//! one, with the old ids mapped to the new.

use std::fmt;
use std::marker::PhantomData;

/// What only this module can give: implementing [`Id`] is open to any type,
/// making one from a number is not.
#[derive(Clone, Copy)]
pub struct Token(());

/// An index into one kind of [`IndexVec`].
pub trait Id: Copy + Eq + Ord + fmt::Debug {
    /// The position it names.
    fn index(self) -> usize;
    /// The id of a position; called only by the vectors of this module.
    #[doc(hidden)]
    fn from_index(index: usize, token: Token) -> Self;
}

/// Declares an id type: `index::id!(/** doc */ pub struct MetricId);`.
macro_rules! id {
    ($(#[$doc:meta])* $vis:vis struct $name:ident;) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis struct $name(usize);

        impl $crate::index::Id for $name {
            fn index(self) -> usize {
                self.0
            }

            fn from_index(index: usize, _: $crate::index::Token) -> Self {
                $name(index)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }
    };
}
pub(crate) use id;

fn make<I: Id>(index: usize) -> I {
    I::from_index(index, Token(()))
}

/// A vector whose elements are read by id.
pub struct IndexVec<I, T> {
    items: Vec<T>,
    ids: PhantomData<fn(I) -> I>,
}

impl<I: Id, T> IndexVec<I, T> {
    pub fn new() -> Self {
        IndexVec {
            items: Vec::new(),
            ids: PhantomData,
        }
    }

    /// A vector with `value` for every id of `other`: per-id data kept
    /// beside a vector that hands the ids out.
    pub fn beside<U>(other: &IndexVec<I, U>, value: T) -> Self
    where
        T: Clone,
    {
        IndexVec {
            items: vec![value; other.len()],
            ids: PhantomData,
        }
    }

    /// Adds an element; its id.
    pub fn push(&mut self, item: T) -> I {
        self.items.push(item);
        make(self.items.len() - 1)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The element of `id`.
    // INVARIANT: an id is made only by this module, for a position of the
    // vector that made it or of one built beside it with as many elements
    // (`beside`, `map`; `sorted_by` maps every old id), and no vector
    // shrinks: the position is there. An id read in a vector of another
    // plan would be a bug of chitieu's, not a problem of the user's input.
    #[expect(
        clippy::indexing_slicing,
        reason = "ids are positions this vector or its twin handed out"
    )]
    pub fn at(&self, id: I) -> &T {
        &self.items[id.index()]
    }

    /// The element of `id`, to change. The invariant of [`IndexVec::at`]
    /// holds.
    #[expect(
        clippy::indexing_slicing,
        reason = "ids are positions this vector or its twin handed out"
    )]
    pub fn at_mut(&mut self, id: I) -> &mut T {
        &mut self.items[id.index()]
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.items.iter_mut()
    }

    /// The ids, in order.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = I> + Clone {
        (0..self.items.len()).map(make)
    }

    /// The elements with their ids, in order.
    pub fn iter_enumerated(&self) -> impl DoubleEndedIterator<Item = (I, &T)> + Clone {
        self.items.iter().enumerate().map(|(i, t)| (make(i), t))
    }

    /// The elements with their ids, in order, to change.
    pub fn iter_enumerated_mut(&mut self) -> impl Iterator<Item = (I, &mut T)> {
        self.items.iter_mut().enumerate().map(|(i, t)| (make(i), t))
    }

    /// The id of the first element that `found` accepts.
    pub fn position(&self, found: impl Fn(&T) -> bool) -> Option<I> {
        self.items.iter().position(found).map(make)
    }

    /// A vector of what `f` makes of each element, with the same ids.
    pub fn map<U>(&self, f: impl FnMut(&T) -> U) -> IndexVec<I, U> {
        IndexVec {
            items: self.items.iter().map(f).collect(),
            ids: PhantomData,
        }
    }

    /// The id of the element `order` finds, in a vector sorted the way it
    /// compares.
    pub fn binary_search_by(&self, order: impl FnMut(&T) -> std::cmp::Ordering) -> Option<I> {
        self.items.binary_search_by(order).ok().map(make)
    }

    /// Every element set to `value`, the ids kept.
    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        self.items.fill(value);
    }

    /// The elements in the order `compare` sorts them (a stable sort),
    /// renumbered, and per old id the new one.
    pub fn sorted_by(
        self,
        mut compare: impl FnMut(&T, &T) -> std::cmp::Ordering,
    ) -> (Self, IndexVec<I, I>) {
        let mut items: Vec<(usize, T)> = self.items.into_iter().enumerate().collect();
        items.sort_by(|(_, a), (_, b)| compare(a, b));
        let mut new_of = vec![0; items.len()];
        for (new, (old, _)) in items.iter().enumerate() {
            if let Some(slot) = new_of.get_mut(*old) {
                *slot = new;
            }
        }
        let sorted = IndexVec {
            items: items.into_iter().map(|(_, t)| t).collect(),
            ids: PhantomData,
        };
        let map = IndexVec {
            items: new_of.into_iter().map(make).collect(),
            ids: PhantomData,
        };
        (sorted, map)
    }
}

impl<I: Id, T> Default for IndexVec<I, T> {
    fn default() -> Self {
        IndexVec::new()
    }
}

impl<I, T: Clone> Clone for IndexVec<I, T> {
    fn clone(&self) -> Self {
        IndexVec {
            items: self.items.clone(),
            ids: PhantomData,
        }
    }

    fn clone_from(&mut self, source: &Self) {
        self.items.clone_from(&source.items);
    }
}

impl<I, T: fmt::Debug> fmt::Debug for IndexVec<I, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.items).finish()
    }
}

impl<I, T: PartialEq> PartialEq for IndexVec<I, T> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

impl<I, T: Eq> Eq for IndexVec<I, T> {}

impl<I: Id, T> IntoIterator for IndexVec<I, T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, I: Id, T> IntoIterator for &'a IndexVec<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    id!(
        /// An id for the tests.
        struct Tid;
    );

    #[test]
    fn ids_read_what_was_pushed() {
        let mut names: IndexVec<Tid, &str> = IndexVec::new();
        let b = names.push("b");
        let a = names.push("a");
        assert_eq!((*names.at(a), *names.at(b)), ("a", "b"));
        let lengths = IndexVec::beside(&names, 0usize);
        assert_eq!(lengths.len(), 2);
        assert_eq!(names.ids().collect::<Vec<_>>(), vec![b, a]);
    }

    #[test]
    fn sorting_maps_old_ids_to_new() {
        let mut names: IndexVec<Tid, &str> = IndexVec::new();
        let (c, a, b) = (names.push("c"), names.push("a"), names.push("b"));
        let (sorted, new_of) = names.sorted_by(|x, y| x.cmp(y));
        assert_eq!(sorted.iter().copied().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(
            (
                *sorted.at(*new_of.at(a)),
                *sorted.at(*new_of.at(b)),
                *sorted.at(*new_of.at(c))
            ),
            ("a", "b", "c")
        );
    }
}
