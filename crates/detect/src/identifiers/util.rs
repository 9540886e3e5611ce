//! Small byte helpers shared by the identifier matchers.

/// Luhn (mod 10) check over digit values 0–9, the last one being the check digit.
pub(crate) fn luhn(d: &[u8]) -> bool {
    let mut sum = 0u32;
    for (k, &v) in d.iter().rev().enumerate() {
        let v = v as u32;
        sum += if k % 2 == 1 {
            let x = v * 2;
            if x > 9 {
                x - 9
            } else {
                x
            }
        } else {
            v
        };
    }
    sum.is_multiple_of(10)
}

/// Whether `i` starts a word (nothing word-like just before it). A no-break space, the
/// other Unicode spaces, dashes and quotes before it are separators, not word chars.
#[inline]
pub(crate) fn word_start(b: &[u8], i: usize) -> bool {
    !word_char_before(b, i)
}

/// Whether the char that ends right before `i` belongs to a word (letter, digit, `_`, or a
/// non-ASCII char other than a space or punctuation mark). The `n` of an escaped `\n`
/// (JSON, logs) does not.
#[inline]
pub(crate) fn word_char_before(b: &[u8], i: usize) -> bool {
    let Some(&c) = i.checked_sub(1).and_then(|j| b.get(j)) else {
        return false;
    };
    if c < 0x80 {
        // an escaped line break or tab in JSON or a log ("…\\n19660911-0132;…") separates
        if matches!(c, b'n' | b't' | b'r') && i >= 2 && b[i - 2] == b'\\' {
            return false;
        }
        return c.is_ascii_alphanumeric() || c == b'_';
    }
    // back to the lead byte of the char (at most 3 continuation bytes)
    let mut s = i - 1;
    while s > 0 && i - s < 4 && (b[s] & 0xC0) == 0x80 {
        s -= 1;
    }
    !separator_at(b, s)
}

/// Whether the char at `i` belongs to a word (see [`word_char_before`]); false at the end.
#[inline]
pub(crate) fn word_char_at(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => c.is_ascii_alphanumeric() || c == b'_',
        Some(_) => !separator_at(b, i),
    }
}

/// Whether a non-ASCII space or punctuation mark starts at `s`: U+00A0 no-break space, the
/// Unicode spaces (U+2000–U+200A, U+202F …), dashes, quotes, `«` `»` `§` `•` `…`.
fn separator_at(b: &[u8], s: usize) -> bool {
    let width = match b[s] {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return false,
    };
    let Some(c) = b
        .get(s..s + width)
        .and_then(|x| std::str::from_utf8(x).ok())
        .and_then(|x| x.chars().next())
    else {
        return false;
    };
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'
                | '\u{2010}'..='\u{2015}'
                | '\u{2018}'..='\u{201F}'
                | '\u{2039}'
                | '\u{203A}'
                | '«'
                | '»'
                | '§'
                | '•'
                | '…'
        )
}

/// A fixed-capacity list of digit values, filled without allocating.
#[derive(Clone, Copy)]
pub(crate) struct Digits {
    buf: [u8; 40],
    len: usize,
}

impl Digits {
    pub(crate) fn new() -> Digits {
        Digits {
            buf: [0; 40],
            len: 0,
        }
    }
    /// Pushes a digit value; false when full.
    pub(crate) fn push(&mut self, v: u8) -> bool {
        if self.len == self.buf.len() {
            return false;
        }
        self.buf[self.len] = v;
        self.len += 1;
        true
    }
    pub(crate) fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

/// How many digits [`grouped_digits`] would read (up to `max`), without storing them.
pub(crate) fn grouped_count(b: &[u8], i: usize, seps: &[u8], max: usize) -> usize {
    let mut pos = i;
    let mut n = 0;
    loop {
        let mut g = 0;
        while pos < b.len() && b[pos].is_ascii_digit() {
            g += 1;
            pos += 1;
        }
        if g == 0 || n + g > max {
            return n;
        }
        n += g;
        if pos + 1 < b.len() && seps.contains(&b[pos]) && b[pos + 1].is_ascii_digit() {
            pos += 1;
        } else {
            return n;
        }
    }
}

/// Reads digits from `i`, allowing single separators from `seps` between digit groups.
/// Stops before `max_digits` would be exceeded. Returns (end, digits, groups).
/// `end` is after the last digit read (a trailing separator is not included).
pub(crate) fn grouped_digits(
    b: &[u8],
    i: usize,
    seps: &[u8],
    max_digits: usize,
) -> (usize, Digits, usize) {
    let max = max_digits.min(40);
    let mut d = Digits::new();
    let mut pos = i;
    let mut end = i;
    let mut groups = 0;
    loop {
        let gstart = pos;
        let committed = d.len;
        while pos < b.len() && b[pos].is_ascii_digit() {
            if d.len == max {
                d.len = committed;
                return (end, d, groups);
            }
            d.buf[d.len] = b[pos] - b'0';
            d.len += 1;
            pos += 1;
        }
        if pos == gstart {
            return (end, d, groups);
        }
        groups += 1;
        end = pos;
        if pos + 1 < b.len() && seps.contains(&b[pos]) && b[pos + 1].is_ascii_digit() {
            pos += 1;
        } else {
            return (end, d, groups);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Category, Engine};

    fn categories(text: &str) -> Vec<(Category, &str)> {
        Engine::shared()
            .identifiers(text)
            .into_iter()
            .map(|f| (f.category, &text[f.start..f.end]))
            .collect()
    }

    #[test]
    fn no_break_and_other_unicode_spaces_separate_words() {
        // U+00A0 no-break space (as pasted from Word or a web page), U+202F narrow no-break
        // space, U+2009 thin space, and dashes or quotes right before the number
        for text in [
            "Personnummer:\u{a0}811218-9876",
            "pnr\u{a0}811218-9876\u{a0}har ansökt",
            "pnr\u{202f}811218-9876.",
            "sökande\u{2009}19811218-9876",
            "“811218-9876”",
            "–811218-9876–",
        ] {
            assert_eq!(
                categories(text),
                vec![(
                    Category::Personnummer,
                    text.trim_matches(|c: char| !c.is_ascii_digit())
                        .trim_start_matches(|c: char| !c.is_ascii_digit())
                )],
                "{text:?}"
            );
        }
        // a letter (also a non-ASCII one) glued to the number still makes it something else
        assert!(categories("é811218-9876").is_empty());
        assert!(categories("811218-9876å").is_empty());
        assert!(word_start("a\u{a0}1".as_bytes(), 3));
        assert!(!word_start("ä1".as_bytes(), 2));
        assert!(!word_char_at("1\u{a0}".as_bytes(), 1));
        assert!(word_char_at("1ö".as_bytes(), 1));
    }

    use super::*;

    #[test]
    fn luhn_works() {
        assert!(luhn(&[7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]));
        assert!(!luhn(&[7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]));
    }

    #[test]
    fn groups() {
        let (end, d, g) = grouped_digits(b"070-123 45 67 x", 0, b" -", 10);
        assert_eq!((end, d.len(), g), (13, 10, 4));
        let (end, d, _) = grouped_digits(b"4111 1111 1111 1111 ", 0, b" ", 19);
        assert_eq!((end, d.len()), (19, 16));
        // a group that would overflow the limit is not taken
        let (end, d, _) = grouped_digits(b"12 345", 0, b" ", 4);
        assert_eq!((end, d.len()), (2, 2));
    }
}
