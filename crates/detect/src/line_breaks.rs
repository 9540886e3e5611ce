//! Line breaks other than a bare `\n`.
//!
//! The detectors read lines and paragraphs by `\n` (a blank line is `\n\n`). Texts arrive
//! with `\r\n` too — from Windows programs, and from every browser, which sends a form's
//! text box with `\r\n` line breaks — and, rarely, with a lone `\r` (old Mac files). A text
//! that holds a `\r` is therefore analysed as a copy with `\n` line breaks (each `\r\n`
//! without its `\r`, each lone `\r` as `\n`), and the spans found in the copy are mapped
//! back: the analysis is the same as the text with `\n` line breaks would get.

/// A text's copy with `\n` line breaks, and where `\r`s were left out.
pub(crate) struct LfCopy {
    /// The copy.
    pub(crate) text: String,
    /// Per `\r` left out: the copy's offset of the `\n` that followed it (ascending).
    dropped: Vec<usize>,
}

impl LfCopy {
    /// The copy of `text`, or `None` when it holds no `\r` (most texts: one SIMD search).
    pub(crate) fn new(text: &str) -> Option<LfCopy> {
        let t = text.as_bytes();
        let first = memchr::memchr(b'\r', t)?;
        let mut copy = String::with_capacity(t.len());
        let mut dropped = Vec::new();
        let mut copied = 0;
        // ('\r' is ASCII: every offset here is a char boundary)
        for i in memchr::memchr_iter(b'\r', &t[first..]).map(|p| first + p) {
            copy.push_str(&text[copied..i]);
            if t.get(i + 1) == Some(&b'\n') {
                dropped.push(copy.len());
            } else {
                copy.push('\n');
            }
            copied = i + 1;
        }
        copy.push_str(&text[copied..]);
        Some(LfCopy {
            text: copy,
            dropped,
        })
    }

    /// The original's offset of the copy's offset `i`: an end right before a line break is
    /// the end before its `\r\n`, a start right after it the start after it.
    pub(crate) fn to_original(&self, i: usize) -> usize {
        i + self.dropped.partition_point(|&at| at < i)
    }
}

#[cfg(test)]
mod tests {
    use super::LfCopy;

    #[test]
    fn crlf_and_lone_cr_become_lf_and_offsets_map_back() {
        assert!(LfCopy::new("ingen vagnretur\nhär").is_none());
        let original = "Hej!\r\n\r\nAnna\rBerg\r\n";
        let c = LfCopy::new(original).expect("has \\r");
        assert_eq!(c.text, "Hej!\n\nAnna\nBerg\n");
        // every char of the copy maps to the same char of the original
        for (i, ch) in c.text.char_indices() {
            let o = c.to_original(i);
            let want = if ch == '\n' && original.as_bytes()[o] == b'\r' {
                // (a "\r\n": the copy's "\n" stands where its "\r" stood)
                '\r'
            } else {
                ch
            };
            assert_eq!(original[o..].chars().next(), Some(want), "copy offset {i}");
        }
        // "Anna" in the copy is "Anna" in the original; "Berg" likewise
        let a = c.text.find("Anna").expect("in copy");
        assert_eq!(&original[c.to_original(a)..c.to_original(a + 4)], "Anna");
        let b = c.text.find("Berg").expect("in copy");
        assert_eq!(&original[c.to_original(b)..c.to_original(b + 4)], "Berg");
        assert_eq!(c.to_original(c.text.len()), original.len());
    }
}
