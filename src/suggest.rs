//! "Did you mean ...?" suggestions.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
/// Ties go to the earliest candidate, so the answer is deterministic.
pub fn closest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let folded = word.to_lowercase();
    let length = folded.chars().count();
    let budget = (length / 3).clamp(1, 4);
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        // The length difference bounds the edit distance from below: most
        // candidates are ruled out without computing it.
        if candidate == word || candidate.chars().count().abs_diff(length) > budget {
            continue;
        }
        let distance = strsim::levenshtein(&folded, &candidate.to_lowercase());
        if distance <= budget && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
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
}
