//! "Did you mean ...?" suggestions.
//!
//! Their cost is bounded two ways. Each search looks at every candidate
//! once, but rules most out before any distance is computed: by the
//! difference of lengths, then by the characters one holds and the other
//! lacks (each such character costs at least one edit), and a distance
//! that is computed stops at the first row of the table past the bound
//! and looks only at the band of the table the bound allows, so that a
//! computation costs the length of the name times the bound. And a file
//! gets at most [`SEARCHES_PER_FILE`] searches ([`Suggestions`]): past
//! them its diagnostics come without a suggestion. Together the work of a
//! file is linear in the number of names: 5,000 misspelt uses of 5,000
//! metrics were 25 million distances (28 s), and are now at most 100
//! searches. An index (a BK-tree, trigrams) was not worth it: within the
//! small distances a suggestion allows, names alike (`m_0001`..`m_5000`)
//! leave it as many candidates as a plain scan, and the scan with its
//! filters is already linear per search.

/// The searches for a suggestion one file gets; past them, its
/// diagnostics stay, without a suggestion (a plan with a hundred names
/// misspelt needs other help first).
pub const SEARCHES_PER_FILE: usize = 100;

/// The suggestions of one file, searched while there are searches left
/// (see [`SEARCHES_PER_FILE`]).
#[derive(Debug)]
pub struct Suggestions {
    left: usize,
}

impl Default for Suggestions {
    fn default() -> Self {
        Suggestions {
            left: SEARCHES_PER_FILE,
        }
    }
}

impl Suggestions {
    /// A search for the name closest to `word`, while the file has searches
    /// left; the candidates are gathered only then, for
    /// [`Search::closest`].
    pub fn search<'w>(&mut self, word: &'w str) -> Option<Search<'w>> {
        self.left = self.left.checked_sub(1)?;
        Some(Search::new(word))
    }
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
/// Ties go to the earliest candidate, so the answer is deterministic.
pub fn closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    Search::new(word).closest(candidates)
}

/// One search: the word, folded, and what is reused from one candidate to
/// the next.
pub struct Search<'w> {
    word: &'w str,
    folded: Vec<char>,
    /// The most edits a likely typo makes: a third of the word, 1 to 4.
    budget: usize,
    bag: u64,
    /// The candidate being compared, folded.
    candidate: Vec<char>,
    /// The row of the distance table.
    row: Vec<usize>,
    distances: usize,
}

impl<'w> Search<'w> {
    fn new(word: &'w str) -> Self {
        let folded: Vec<char> = word.to_lowercase().chars().collect();
        Search {
            word,
            budget: (folded.len() / 3).clamp(1, 4),
            bag: bag(&folded),
            folded,
            candidate: Vec::new(),
            row: Vec::new(),
            distances: 0,
        }
    }

    /// The candidate closest to the word (as [`closest`]).
    pub fn closest<C: AsRef<str>>(&mut self, candidates: impl IntoIterator<Item = C>) -> Option<C> {
        let mut best: Option<(usize, C)> = None;
        for candidate in candidates {
            let text = candidate.as_ref();
            // Nothing is closer than a name equal but for its case.
            let limit = match &best {
                Some((0, _)) => break,
                Some((d, _)) => d.saturating_sub(1).min(self.budget),
                None => self.budget,
            };
            if text == self.word || text.chars().count().abs_diff(self.folded.len()) > self.budget {
                continue;
            }
            if let Some(distance) = self.distance_within(text, limit) {
                best = Some((distance, candidate));
            }
        }
        best.map(|(_, c)| c)
    }

    /// How many distances the search computed (for the tests that bound
    /// them).
    #[cfg(test)]
    fn distances(&self) -> usize {
        self.distances
    }

    /// The distance from the word to `text` (folded), if at most `limit`.
    fn distance_within(&mut self, text: &str, limit: usize) -> Option<usize> {
        self.candidate.clear();
        if text.is_ascii() {
            self.candidate
                .extend(text.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            self.candidate.extend(text.to_lowercase().chars());
        }
        // Each character one holds and the other lacks takes an edit.
        let theirs = bag(&self.candidate);
        let lacking = (self.bag & !theirs)
            .count_ones()
            .max((theirs & !self.bag).count_ones());
        if usize::try_from(lacking).unwrap_or(usize::MAX) > limit {
            return None;
        }
        self.distances = self.distances.saturating_add(1);
        levenshtein_within(&self.folded, &self.candidate, limit, &mut self.row)
    }
}

/// The characters of `text`, as bits (a character sets the bit of its code
/// modulo 64): a character whose bit the other text lacks is not in it.
fn bag(text: &[char]) -> u64 {
    text.iter()
        .fold(0, |bag, c| bag | 1u64 << (u32::from(*c) % 64))
}

/// The edit distance from `a` to `b` if at most `limit`. Only the band of
/// the table within `limit` of its diagonal is computed (a cell further
/// off costs more than `limit` already), and the computation stops at the
/// first row whose cells all exceed `limit`.
fn levenshtein_within(a: &[char], b: &[char], limit: usize, row: &mut Vec<usize>) -> Option<usize> {
    // Above any distance: a cell outside the band.
    const FAR: usize = usize::MAX / 2;
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    row.clear();
    row.extend((0..=b.len()).map(|j| if j <= limit { j } else { FAR }));
    for (i, ca) in (1usize..).zip(a) {
        let from = i.saturating_sub(limit).max(1);
        let to = i.saturating_add(limit).min(b.len());
        // INVARIANT: 1 <= from and to <= b.len() < row.len(), so every
        // index below is in the row; `?` never returns early.
        let mut diagonal = *row.get(from - 1)?;
        let mut left = if from == 1 && i <= limit { i } else { FAR };
        *row.get_mut(from - 1)? = left;
        let mut lowest = left;
        for j in from..=to {
            let above = *row.get(j)?;
            let value = if b.get(j - 1) == Some(ca) {
                diagonal
            } else {
                1 + diagonal.min(above).min(left)
            };
            *row.get_mut(j)? = value;
            (diagonal, left) = (above, value);
            lowest = lowest.min(value);
        }
        if lowest > limit {
            return None;
        }
    }
    row.get(b.len()).copied().filter(|d| *d <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_near_names_only() {
        let names = ["dossiers_on_time", "dossiers_resolved"];
        assert_eq!(closest("dossier_on_time", names), Some("dossiers_on_time"));
        assert_eq!(closest("payments", names), None);
    }

    #[test]
    fn ties_go_to_the_first_and_case_counts_for_nothing() {
        assert_eq!(closest("abcd", ["abce", "abcf"]), Some("abce"));
        assert_eq!(closest("abcd", ["abce", "ABCD"]), Some("ABCD"));
        assert_eq!(closest("Phường", ["phương", "PHƯỜNG"]), Some("PHƯỜNG"));
    }

    /// The bounded distance agrees with the full one wherever it answers.
    #[test]
    fn the_bounded_distance_is_the_distance() {
        // A small alphabet makes near strings, and so every branch, common.
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let mut row = Vec::new();
        for _ in 0..20_000 {
            let mut word = || -> Vec<char> {
                let len = next(9);
                (0..len)
                    .map(|_| ['a', 'b', 'c', 'đ'][next(4) as usize])
                    .collect()
            };
            let (a, b) = (word(), word());
            let limit = next(5) as usize;
            let full = strsim::generic_levenshtein(&a, &b);
            let bounded = levenshtein_within(&a, &b, limit, &mut row);
            assert_eq!(
                bounded,
                (full <= limit).then_some(full),
                "{a:?} {b:?} {limit}"
            );
        }
    }

    /// The old search, every distance computed: the reference.
    fn closest_by_every_distance<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let folded = word.to_lowercase();
        let length = folded.chars().count();
        let budget = (length / 3).clamp(1, 4);
        let mut best: Option<(usize, &'a str)> = None;
        for candidate in candidates {
            if *candidate == word || candidate.chars().count().abs_diff(length) > budget {
                continue;
            }
            let distance = strsim::levenshtein(&folded, &candidate.to_lowercase());
            if distance <= budget && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, candidate));
            }
        }
        best.map(|(_, c)| c)
    }

    #[test]
    fn suggests_as_every_distance_would() {
        let names = [
            "dossiers_resolved",
            "dossiers_on_time",
            "on_time_ratio",
            "online_payment_ratio",
            "waiting_time",
            "portal_connected",
            "fees_collected",
            "ty_le_dung_han",
            "ty_le_truc_tuyen",
            "Phường",
            "VP HĐND-UBND",
            "ab",
            "abc",
        ];
        let words = [
            "dossier_on_time",
            "dossiers_ontime",
            "on_tmie_ratio",
            "onlne_payment_ratio",
            "waitingtime",
            "portal_conected",
            "fee_collected",
            "ty_le_dung_hn",
            "ty_le_truc_tuyne",
            "phuong",
            "PHƯỜNG",
            "vp hđnd-ubnd",
            "a",
            "abd",
            "zzzz",
            "",
        ];
        for word in words {
            assert_eq!(
                closest(word, names),
                closest_by_every_distance(word, &names),
                "{word}"
            );
        }
    }

    #[test]
    fn a_file_gets_a_bounded_number_of_searches() {
        let names: Vec<String> = (0..5_000).map(|i| format!("metric_{i:04}")).collect();
        let mut suggestions = Suggestions::default();
        let (mut given, mut distances) = (0, 0);
        for i in 0..5_000 {
            let word = format!("metrc_{i:04}");
            let Some(mut search) = suggestions.search(&word) else {
                continue;
            };
            let found = search.closest(names.iter());
            if i == 0 {
                assert_eq!(found.map(String::as_str), Some("metric_0000"));
            }
            given += usize::from(found.is_some());
            distances += search.distances();
        }
        assert_eq!(given, SEARCHES_PER_FILE);
        // Every pair compared would be 25 million distances.
        assert!(
            distances <= SEARCHES_PER_FILE * names.len(),
            "{distances} distances"
        );
    }
}
