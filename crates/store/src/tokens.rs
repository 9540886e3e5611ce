//! Free-text search over encrypted content: normalized words become keyed hashes.

use crate::crypto::RecordsKey;
use std::borrow::Cow;
use std::collections::HashSet;

/// The normalized words of `text`: lowercase runs of letters and digits, 2 to 64 characters.
pub fn words(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            let n = if w.is_ascii() {
                w.len()
            } else {
                w.chars().count()
            };
            (2..=64).contains(&n)
        })
        .map(|w| {
            if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
}

/// The distinct search tokens of several texts.
pub fn tokens<'a>(key: &RecordsKey, texts: impl IntoIterator<Item = &'a str>) -> Vec<i64> {
    // foldhash: fast, and randomly seeded, so crafted texts cannot force collisions.
    let mut seen: HashSet<Cow<'a, str>, foldhash::fast::RandomState> = HashSet::default();
    let mut out = Vec::new();
    for t in texts {
        for w in words(t) {
            if !seen.contains(&w) {
                out.push(key.token(&w));
                seen.insert(w);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A token as a word of the SQLite full-text index (16 hex digits).
fn hex_word(t: i64) -> String {
    format!("{:016x}", t as u64)
}

/// The document of a record in the SQLite full-text index (FTS5, ASCII tokenizer).
pub fn fts_doc(tokens: &[i64]) -> String {
    let mut s = String::with_capacity(tokens.len() * 17);
    for (i, &t) in tokens.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&hex_word(t));
    }
    s
}

/// An FTS5 query that matches documents holding every token.
pub fn fts_query(tokens: &[i64]) -> String {
    tokens
        .iter()
        .map(|&t| format!("\"{}\"", hex_word(t)))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// A PostgreSQL `bigint[]` literal.
pub fn pg_array(tokens: &[i64]) -> String {
    let mut s = String::with_capacity(tokens.len() * 21 + 2);
    s.push('{');
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&t.to_string());
    }
    s.push('}');
    s
}

/// The union of two sorted, distinct token lists.
pub fn union(a: &[i64], b: &[i64]) -> Vec<i64> {
    let mut out: Vec<i64> = a.iter().chain(b).copied().collect();
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

    #[test]
    fn index_encodings() {
        assert_eq!(fts_doc(&[1, -1]), "0000000000000001 ffffffffffffffff");
        assert_eq!(fts_query(&[255]), "\"00000000000000ff\"");
        assert_eq!(pg_array(&[1, -2]), "{1,-2}");
        assert_eq!(pg_array(&[]), "{}");
        assert_eq!(union(&[1, 3], &[2, 3]), [1, 2, 3]);
    }
}
