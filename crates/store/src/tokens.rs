//! Free-text search over encrypted content: normalized words become keyed hashes.

use crate::crypto::RecordsKey;
use std::borrow::Cow;
use std::collections::HashSet;

/// The normalized words of `text`: lowercase runs of letters and digits, 2 to 64 characters.
///
/// One pass over the bytes: ASCII is classified without decoding, and a word is copied only
/// when lowercasing changes it (the same result as `str::to_lowercase`).
pub fn words(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    Words { text, pos: 0 }
}

struct Words<'a> {
    text: &'a str,
    pos: usize,
}

/// Whether `c` is its own lowercase form (then `str::to_lowercase` keeps it as it is).
fn lower_is_self(c: char) -> bool {
    let mut l = c.to_lowercase();
    l.len() == 1 && l.next() == Some(c)
}

impl<'a> Words<'a> {
    /// The character starting at byte `i` (a char boundary), if it is a letter or digit.
    #[inline]
    fn alnum_at(&self, i: usize) -> (bool, usize, char) {
        let bytes = self.text.as_bytes();
        let b = bytes[i];
        if b.is_ascii() {
            return (b.is_ascii_alphanumeric(), 1, b as char);
        }
        // U+00C0..=U+00FF (å, ä, ö, é, ü, …): letters except × and ÷, no table lookup.
        if b == 0xC3 {
            if let Some(&b2) = bytes.get(i + 1) {
                let c = char::from(0xC0 | (b2 & 0x3F));
                return (c != '×' && c != '÷', 2, c);
            }
        }
        let c = self.text[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8(), c)
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = Cow<'a, str>;

    fn next(&mut self) -> Option<Cow<'a, str>> {
        let len = self.text.len();
        loop {
            let mut i = self.pos;
            let start = loop {
                if i >= len {
                    self.pos = len;
                    return None;
                }
                let (alnum, n, _) = self.alnum_at(i);
                if alnum {
                    break i;
                }
                i += n;
            };
            let (mut ascii, mut changes, mut chars) = (true, false, 0usize);
            while i < len {
                let (alnum, n, c) = self.alnum_at(i);
                if !alnum {
                    break;
                }
                if n == 1 {
                    changes |= c.is_ascii_uppercase();
                } else if ('\u{c0}'..='\u{ff}').contains(&c) {
                    // Latin-1: À..Þ are uppercase, ß..ÿ their own lowercase.
                    ascii = false;
                    changes |= c < 'ß';
                } else {
                    ascii = false;
                    changes = changes || !lower_is_self(c);
                }
                chars += 1;
                i += n;
            }
            self.pos = i;
            if !(2..=64).contains(&chars) {
                continue;
            }
            let w = &self.text[start..i];
            return Some(match (changes, ascii) {
                (false, _) => Cow::Borrowed(w),
                (true, true) => Cow::Owned(w.to_ascii_lowercase()),
                (true, false) => Cow::Owned(w.to_lowercase()),
            });
        }
    }
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
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(tokens.len() * 17);
    for (i, &t) in tokens.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        // the same 16 hex digits as `hex_word`, without a formatted string per token
        let t = t as u64;
        for k in (0..16).rev() {
            s.push(char::from(HEX[((t >> (k * 4)) & 0xf) as usize]));
        }
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

    /// The plain definition the fast [`words`] must agree with.
    fn words_reference(text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| (2..=64).contains(&w.chars().count()))
            .map(str::to_lowercase)
            .collect()
    }

    #[test]
    fn words_agree_with_the_plain_definition() {
        let long = "a".repeat(64);
        let too_long = "B".repeat(65);
        let mut texts = vec![
            "Hej Åsa, ring 850314-1234 i Göteborg! a".to_string(),
            "ΟΔΥΣΣΕΥΣ Σ ΣΑ İstanbul ǅemal ß ẞ Straße ＡＢＣ ①② x²y ٣٤ 東京都 e\u{301}e".to_string(),
            format!("{long} {too_long} {long}x Ω-ω"),
            "--,,  ".to_string(),
            String::new(),
            "åäöÅÄÖéÉüÜ ÅSA-ÖSTERGÖTLAND".to_string(),
        ];
        // Every char of a mixed sample, alone, doubled and between separators.
        let latin1: String = ('\u{a0}'..='\u{ff}').collect();
        texts.push(latin1.clone());
        for c in latin1.chars() {
            texts.push(format!("{c}{c} x{c}y {c}a"));
        }
        let sample = "aZ09_-Åöß İıΣσςǅǄ①²\u{301}\u{200b}東 ";
        for c in sample.chars() {
            texts.push(format!("{c}{c} x{c}y {c}"));
        }
        for t in &texts {
            let fast: Vec<String> = words(t).map(Cow::into_owned).collect();
            assert_eq!(fast, words_reference(t), "{t:?}");
        }
    }

    #[test]
    fn unchanged_words_are_borrowed() {
        assert!(words("hej åsa 12").all(|w| matches!(w, Cow::Borrowed(_))));
        assert!(words("Åsa").all(|w| matches!(w, Cow::Owned(_))));
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
        let v = [i64::MIN, 0x0123_4567_89ab_cdef, -2, 0];
        let words: Vec<String> = v.iter().map(|&t| hex_word(t)).collect();
        assert_eq!(fts_doc(&v), words.join(" "));
        assert_eq!(fts_query(&[255]), "\"00000000000000ff\"");
        assert_eq!(pg_array(&[1, -2]), "{1,-2}");
        assert_eq!(pg_array(&[]), "{}");
        assert_eq!(union(&[1, 3], &[2, 3]), [1, 2, 3]);
    }
}
