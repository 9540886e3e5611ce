//! Free-text search over encrypted content: normalized words become keyed hashes.

use crate::crypto::RecordsKey;
use std::collections::HashSet;

/// The normalized words of `text`: lowercase runs of letters and digits, 2 to 64 characters.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            let n = w.chars().count();
            (2..=64).contains(&n)
        })
        .map(|w| w.to_lowercase())
}

/// The distinct search tokens of several texts.
pub fn tokens<'a>(key: &RecordsKey, texts: impl IntoIterator<Item = &'a str>) -> Vec<i64> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for t in texts {
        for w in words(t) {
            if seen.insert(w.clone()) {
                out.push(key.token(&w));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_normalized_and_split() {
        let w: Vec<_> = words("Hej Åsa, ring 850314-1234 i Göteborg! a").collect();
        assert_eq!(w, ["hej", "åsa", "ring", "850314", "1234", "göteborg"]);
    }

    #[test]
    fn tokens_are_distinct_and_keyed() {
        let (k1, _) = RecordsKey::generate();
        let (k2, _) = RecordsKey::generate();
        let t1 = tokens(&k1, ["hej hej Hej", "hej"]);
        assert_eq!(t1.len(), 1);
        assert_ne!(t1, tokens(&k2, ["hej"]));
    }
}
