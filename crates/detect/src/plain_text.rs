//! The text the detectors read: `\n` line breaks and ASCII spaces.
//!
//! The detectors read lines and paragraphs by `\n` (a blank line is `\n\n`) and words by
//! ASCII spaces (their byte scans count bytes ≥ 0x80 as letters, so "hon\u{a0}har" would be
//! one word). Texts arrive with `\r\n` line breaks — from Windows programs, and from every
//! browser, which sends a form's text box so — rarely with a lone `\r` (old Mac files), and
//! with Unicode spaces (a no-break space from Word or a web page: "070\u{a0}123\u{a0}45\u{a0}67").
//! A text holding any of them is analysed as one copy with each `\r\n` without its `\r`, each
//! lone `\r` as `\n` and each Unicode space as one ASCII space, and the spans found in the
//! copy are mapped back: the analysis is the one the text with `\n` and ASCII spaces gets.

/// A text's copy with `\n` line breaks and ASCII spaces, and the offset map back.
pub(crate) struct PlainCopy {
    /// The copy.
    pub(crate) text: String,
    /// Per place where bytes were left out: its offset in the copy (a replacing space, or
    /// the `\n` after a dropped `\r`) and the bytes left out up to and including it
    /// (ascending).
    reps: Vec<(usize, usize)>,
}

impl PlainCopy {
    /// The copy of `text`, or `None` when it holds no `\r` and no Unicode space (most texts:
    /// a few SIMD searches, no copy).
    pub(crate) fn new(text: &str) -> Option<PlainCopy> {
        let t = text.as_bytes();
        // (offset, bytes replaced, what replaces them: `None` drops a `\r` before `\n`)
        let mut edits: Vec<(usize, usize, Option<char>)> = Vec::new();
        for i in memchr::memchr_iter(b'\r', t) {
            let drop = t.get(i + 1) == Some(&b'\n');
            edits.push((i, 1, if drop { None } else { Some('\n') }));
        }
        for i in memchr::memchr3_iter(0xC2, 0xE2, 0xE3, t).chain(memchr::memchr_iter(0xE1, t)) {
            if let Some(n) = unicode_space_at(t, i) {
                edits.push((i, n, Some(' ')));
            }
        }
        if edits.is_empty() {
            return None;
        }
        // (the searches found them kind by kind: put them in text order)
        edits.sort_unstable_by_key(|e| e.0);
        let mut copy = String::with_capacity(t.len());
        let mut reps = Vec::new();
        let mut copied = 0;
        let mut removed = 0;
        // (every offset here starts an ASCII byte or a whole space: a char boundary)
        for (i, n, with) in edits {
            copy.push_str(&text[copied..i]);
            match with {
                None => {
                    removed += 1;
                    reps.push((copy.len(), removed));
                }
                Some(c) => {
                    let at = copy.len();
                    copy.push(c);
                    if n > 1 {
                        removed += n - 1;
                        reps.push((at, removed));
                    }
                }
            }
            copied = i + n;
        }
        copy.push_str(&text[copied..]);
        Some(PlainCopy { text: copy, reps })
    }

    /// The original's offset of the copy's char boundary `i`: a span's end right before a
    /// replaced space or a line break is the end before it, a start right after it the
    /// start after it.
    pub(crate) fn to_original(&self, i: usize) -> usize {
        // the places that start before `i` in the copy
        let k = self.reps.partition_point(|&(at, _)| at < i);
        i + if k == 0 { 0 } else { self.reps[k - 1].1 }
    }
}

/// The length of the Unicode space (Zs: U+00A0 no-break space, U+1680, U+2000–U+200A,
/// U+202F, U+205F, U+3000) that starts at `i`, if one does.
#[inline]
fn unicode_space_at(t: &[u8], i: usize) -> Option<usize> {
    match (t[i], t.get(i + 1), t.get(i + 2)) {
        (0xC2, Some(0xA0), _) => Some(2),
        (0xE1, Some(0x9A), Some(0x80)) => Some(3),
        (0xE2, Some(0x80), Some(0x80..=0x8A | 0xAF)) => Some(3),
        (0xE2, Some(0x81), Some(0x9F)) => Some(3),
        (0xE3, Some(0x80), Some(0x80)) => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::PlainCopy;
    use proptest::prelude::*;

    #[test]
    fn crlf_and_lone_cr_become_lf_and_offsets_map_back() {
        assert!(PlainCopy::new("ingen vagnretur\nhär").is_none());
        let original = "Hej!\r\n\r\nAnna\rBerg\r\n";
        let c = PlainCopy::new(original).expect("has \\r");
        assert_eq!(c.text, "Hej!\n\nAnna\nBerg\n");
        let a = c.text.find("Anna").expect("in copy");
        assert_eq!(&original[c.to_original(a)..c.to_original(a + 4)], "Anna");
        let b = c.text.find("Berg").expect("in copy");
        assert_eq!(&original[c.to_original(b)..c.to_original(b + 4)], "Berg");
        assert_eq!(c.to_original(c.text.len()), original.len());
    }

    proptest! {
        /// The copy is the text with `\n` line breaks and ASCII spaces, and every char
        /// boundary of the copy maps to the original's (a `\r\n`'s `\n` to its `\r`).
        #[test]
        fn copy_and_offsets(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    "a", "å", " ", "\u{a0}", "\u{202f}", "\u{2003}", "\u{3000}", "\u{1680}",
                    "\u{205f}", "–", "”", "é", "\n", "\r", "\r\n",
                ]),
                0..40,
            ),
        ) {
            let text: String = parts.concat();
            // the expected copy, and per char of it the original offset it maps to
            let mut want = String::new();
            let mut back = Vec::new();
            let mut chars = text.char_indices().peekable();
            while let Some((o, c)) = chars.next() {
                back.push((want.len(), o));
                if c == '\r' {
                    if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                        chars.next();
                    }
                    want.push('\n');
                } else if c.is_whitespace() && !c.is_ascii() && c != '\u{85}' {
                    want.push(' ');
                } else {
                    want.push(c);
                }
            }
            back.push((want.len(), text.len()));
            match PlainCopy::new(&text) {
                None => prop_assert_eq!(&want, &text),
                Some(m) => {
                    prop_assert_eq!(&m.text, &want);
                    for (c, o) in back {
                        prop_assert_eq!(m.to_original(c), o, "copy offset {}", c);
                    }
                }
            }
        }
    }
}
