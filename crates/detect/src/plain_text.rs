//! The text the detectors read: `\n` line breaks, ASCII spaces, lines without quote marks.
//!
//! The detectors read lines and paragraphs by `\n` (a blank line is `\n\n`) and words by
//! ASCII spaces (their byte scans count bytes ≥ 0x80 as letters, so "hon\u{a0}har" would be
//! one word). Texts arrive with `\r\n` line breaks — from Windows programs, and from every
//! browser, which sends a form's text box so — rarely with a lone `\r` (old Mac files), and
//! with Unicode spaces (a no-break space from Word or a web page: "070\u{a0}123\u{a0}45\u{a0}67").
//! They arrive with lines marked by what the text came through: an e-mail reply's quote marks
//! ("> Hej Anna,", "> > /Malin") and lines indented by a tab (a text pasted from a document
//! or an e-mail client) — the rules that read a line's first words (a greeting, a signature,
//! a form's "Namn:") would see the mark instead.
//! A text holding any of them is analysed as one copy with each `\r\n` without its `\r`, each
//! lone `\r` as `\n`, each Unicode space as one ASCII space and each line without its quote
//! marks and its indenting tabs, and the spans found in the copy are mapped back: the
//! analysis is the one the text with `\n`, ASCII spaces and bare lines gets.

/// What a place in the text becomes in the copy.
#[derive(Clone, Copy)]
enum Edit {
    /// A `\r` before `\n`: left out.
    DropCr,
    /// A lone `\r`: `\n`.
    Break,
    /// A Unicode space of this many bytes: one ASCII space.
    Space(usize),
    /// A line's quote marks and indenting tabs, this many bytes: left out.
    Prefix(usize),
}

/// A text's copy with `\n` line breaks, ASCII spaces and lines without quote marks or
/// indenting tabs, and the offset map back.
pub(crate) struct PlainCopy {
    /// The copy.
    pub(crate) text: String,
    /// Per place where bytes were left out: the first copy offset after it (the replacing
    /// space's end, the `\n` after a dropped `\r`'s end, a bare line's start) and the bytes
    /// left out up to it (ascending).
    reps: Vec<(usize, usize)>,
}

impl PlainCopy {
    /// The copy of `text`, or `None` when it holds no `\r`, no Unicode space and no line
    /// with a quote mark or an indenting tab (most texts: a few SIMD searches, no copy).
    pub(crate) fn new(text: &str) -> Option<PlainCopy> {
        let t = text.as_bytes();
        let mut edits: Vec<(usize, Edit)> = Vec::new();
        for i in memchr::memchr_iter(b'\r', t) {
            let drop = t.get(i + 1) == Some(&b'\n');
            edits.push((i, if drop { Edit::DropCr } else { Edit::Break }));
        }
        for i in memchr::memchr3_iter(0xC2, 0xE2, 0xE3, t).chain(memchr::memchr_iter(0xE1, t)) {
            if let Some(n) = unicode_space_at(t, i) {
                edits.push((i, Edit::Space(n)));
            }
        }
        // (a line's marks start with its first byte: the quote marks and tabs that open a line)
        let marked_lines = memchr::memchr2_iter(b'>', b'\t', t)
            .filter(|&i| i == 0 || t[i - 1] == b'\n' || t[i - 1] == b'\r');
        for s in marked_lines {
            let n = line_prefix(t, s);
            if n > 0 {
                edits.push((s, Edit::Prefix(n)));
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
        for (i, edit) in edits {
            copy.push_str(&text[copied..i]);
            let n = match edit {
                Edit::DropCr => {
                    removed += 1;
                    reps.push((copy.len() + 1, removed));
                    1
                }
                Edit::Break => {
                    copy.push('\n');
                    1
                }
                Edit::Space(n) => {
                    copy.push(' ');
                    if n > 1 {
                        removed += n - 1;
                        reps.push((copy.len(), removed));
                    }
                    n
                }
                Edit::Prefix(n) => {
                    removed += n;
                    reps.push((copy.len(), removed));
                    n
                }
            };
            copied = i + n;
        }
        copy.push_str(&text[copied..]);
        Some(PlainCopy { text: copy, reps })
    }

    /// The original's offset of the copy's char boundary `i`: a span's end right before a
    /// replaced space or a line break is the end before it, a start right after it (or at a
    /// bare line's start) the start after it.
    pub(crate) fn to_original(&self, i: usize) -> usize {
        // the places whose count applies at `i`
        let k = self.reps.partition_point(|&(from, _)| from <= i);
        i + if k == 0 { 0 } else { self.reps[k - 1].1 }
    }
}

/// The bytes of the line starting at `s` that mark it rather than belong to it: e-mail quote
/// marks (">", "> > ", ">>"), each with the one space after it, and tabs indenting a line
/// that holds no other tab (a tab-separated table's row keeps its first empty cell). The
/// spaces after them are the line's own (code's indentation).
fn line_prefix(t: &[u8], s: usize) -> usize {
    let mut p = s;
    // (in either order: a quoted line indented by a tab, "\t> Ewa", is as bare as "> \tEwa")
    loop {
        let from = p;
        while t.get(p) == Some(&b'>') {
            p += 1;
            if t.get(p) == Some(&b' ') {
                p += 1;
            }
        }
        if t.get(p) == Some(&b'\t') {
            let mut q = p;
            while t.get(q) == Some(&b'\t') {
                q += 1;
            }
            let end = memchr::memchr2(b'\n', b'\r', &t[q..]).map_or(t.len(), |e| q + e);
            if memchr::memchr(b'\t', &t[q..end]).is_none() {
                p = q;
            }
        }
        if p == from {
            return p - s;
        }
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
        /// The copy is the text with `\n` line breaks, ASCII spaces and lines without quote
        /// marks or indenting tabs, and every char boundary of the copy maps to the
        /// original's (a `\r\n`'s `\n` to its `\r`, a bare line's start to its first
        /// char after the marks).
        #[test]
        fn copy_and_offsets(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    "a", "å", " ", "\u{a0}", "\u{202f}", "\u{2003}", "\u{3000}", "\u{1680}",
                    "\u{205f}", "–", "”", "é", "\n", "\r", "\r\n", ">", "> ", "\t",
                ]),
                0..40,
            ),
        ) {
            let text: String = parts.concat();
            // the lines' quote marks and indenting tabs, as byte ranges of the text
            let mut marks = Vec::new();
            let mut at = 0;
            for line in text.split_inclusive(['\n', '\r']) {
                let body = line.trim_end_matches(['\n', '\r']);
                let mut rest = body;
                loop {
                    let from = rest.len();
                    while let Some(r) = rest.strip_prefix('>') {
                        rest = r.strip_prefix(' ').unwrap_or(r);
                    }
                    if rest.starts_with('\t') {
                        let bare = rest.trim_start_matches('\t');
                        if !bare.contains('\t') {
                            rest = bare;
                        }
                    }
                    if rest.len() == from {
                        break;
                    }
                }
                marks.push(at..at + body.len() - rest.len());
                at += line.len();
            }
            // the expected copy, and per char of it the original offset it maps to
            let mut want = String::new();
            let mut back = Vec::new();
            let mut chars = text.char_indices().peekable();
            while let Some((o, c)) = chars.next() {
                if marks.iter().any(|m| m.contains(&o)) {
                    continue;
                }
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
