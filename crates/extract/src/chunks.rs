//! Plain text too large to hold at once, read as overlapping chunks.
//!
//! Each [`Chunk`] *owns* a stretch of the document (`owned`), cut at a line break (or, in a
//! line longer than the search window, at a UTF-8 boundary), and carries up to
//! [`ChunkOptions::overlap_bytes`] of the neighbouring lines on either side as context, so that
//! a detector that looks at context words ("pnr", "född") sees the same text as in a whole-file
//! read. A caller keeps only the findings that *start* inside `owned`; every finding is then
//! reported exactly once, and [`Chunk::to_doc`] turns a chunk offset into an offset of the
//! whole decoded document. Memory stays at about one chunk plus the overlap, whatever the
//! file size.

use crate::text::{decode_with, guess_encoding, looks_binary, Encoding};
use std::io::{self, Read};
use std::ops::Range;

/// Chunk sizes.
#[derive(Debug, Clone, Copy)]
pub struct ChunkOptions {
    /// Bytes each chunk owns (before cutting back to a line break).
    pub chunk_bytes: usize,
    /// Context carried on each side, in bytes (cut to whole lines).
    pub overlap_bytes: usize,
}

impl Default for ChunkOptions {
    fn default() -> ChunkOptions {
        ChunkOptions {
            // small enough that the workers finish together (the last chunk of a file is
            // the only one a worker may wait for), large enough that the 2 KiB overlaps and
            // the per-chunk work are noise
            chunk_bytes: 2 << 20,
            overlap_bytes: 2048,
        }
    }
}

/// How far back from the chunk size a line break is looked for.
const LINE_SEARCH: usize = 64 << 10;

/// One piece of a large text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// 0, 1, 2 … in document order.
    pub index: usize,
    /// The decoded text: context before, the owned part, context after.
    pub text: String,
    /// The part of `text` this chunk owns.
    pub owned: Range<usize>,
    /// Offset in the whole decoded document of `text[owned.start]`.
    pub offset: usize,
    /// Number of line breaks in the document before `text[owned.start]` (0-based line).
    pub line: usize,
}

impl Chunk {
    /// Whether a finding starting at `pos` (an offset into `text`) belongs to this chunk.
    pub fn owns(&self, pos: usize) -> bool {
        self.owned.contains(&pos) || (self.owned.is_empty() && pos == self.owned.start)
    }

    /// The document offset of `pos`, an offset into `text` at or after `owned.start`.
    pub fn to_doc(&self, pos: usize) -> usize {
        self.offset + pos.saturating_sub(self.owned.start)
    }
}

/// An iterator of [`Chunk`]s over a reader of UTF-8 (or Windows-1252) text.
pub struct TextChunks<R> {
    reader: R,
    opts: ChunkOptions,
    buf: Vec<u8>,
    buf_start: usize,
    cut: usize,
    eof: bool,
    started: bool,
    done: bool,
    decoded: usize,
    line: usize,
    index: usize,
    encoding: Option<Encoding>,
    notes: Vec<String>,
}

impl<R: Read> TextChunks<R> {
    /// Chunks over `reader`.
    pub fn new(reader: R, opts: ChunkOptions) -> TextChunks<R> {
        let opts = ChunkOptions {
            chunk_bytes: opts.chunk_bytes.max(16),
            overlap_bytes: opts.overlap_bytes.min(opts.chunk_bytes),
        };
        TextChunks {
            reader,
            opts,
            buf: Vec::new(),
            buf_start: 0,
            cut: 0,
            eof: false,
            started: false,
            done: false,
            decoded: 0,
            line: 0,
            index: 0,
            encoding: None,
            notes: Vec::new(),
        }
    }

    /// Notes on how the text was read (e.g. decoded as Windows-1252), in Swedish.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    fn end(&self) -> usize {
        self.buf_start + self.buf.len()
    }

    fn fill(&mut self, target: usize) -> io::Result<()> {
        if !self.eof && self.end() < target {
            // `read_to_end` on a `take`: reads into the spare capacity without zeroing it
            // first, retries interrupted reads, and stops at `want` bytes or at the end.
            let want = target - self.end();
            let n = (&mut self.reader)
                .take(want as u64)
                .read_to_end(&mut self.buf)?;
            if n < want {
                self.eof = true;
            }
        }
        Ok(())
    }

    fn raw(&self, r: Range<usize>) -> &[u8] {
        &self.buf[r.start - self.buf_start..r.end - self.buf_start]
    }

    fn is_cont(&self, abs: usize) -> bool {
        abs < self.end() && (self.buf[abs - self.buf_start] & 0xC0) == 0x80
    }

    fn decode(&mut self, r: Range<usize>) -> String {
        let raw = self.raw(r.clone());
        if let Ok(s) = simdutf8::basic::from_utf8(raw) {
            return s.to_owned();
        }
        let enc = match self.encoding {
            Some(e) => e,
            None => {
                let e = guess_encoding(raw);
                self.notes.push(match e {
                    Encoding::Windows1252 => "inte giltig UTF-8: avkodad som Windows-1252".into(),
                    _ => "inte giltig UTF-8: trasiga byte ersattes med \u{fffd}".into(),
                });
                self.encoding = Some(e);
                e
            }
        };
        decode_with(self.raw(r), enc)
    }

    fn next_chunk(&mut self) -> io::Result<Option<Chunk>> {
        let ChunkOptions {
            chunk_bytes: size,
            overlap_bytes: overlap,
        } = self.opts;
        if !self.started {
            self.started = true;
            self.fill(size + overlap + LINE_SEARCH)?;
            if self.buf.starts_with(&[0xFF, 0xFE]) || self.buf.starts_with(&[0xFE, 0xFF]) {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "stor UTF-16-text läses inte i delar; spara filen som UTF-8",
                ));
            }
            if looks_binary(&self.buf) {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "filen ser ut att vara binär, inte text",
                ));
            }
            if self.buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
                self.cut = 3;
            }
        }
        let first = self.index == 0;
        self.fill(self.cut + size + overlap + LINE_SEARCH)?;
        let end = self.end();
        if self.cut >= end && !first {
            return Ok(None);
        }
        // Where this chunk's owned part ends.
        let new_cut = if end <= self.cut + size {
            end
        } else {
            let target = self.cut + size;
            let from = target.saturating_sub(LINE_SEARCH).max(self.cut);
            match memchr::memrchr(b'\n', self.raw(from..target)) {
                Some(i) => from + i + 1,
                None => {
                    let mut t = target;
                    while t > self.cut + 1 && self.is_cont(t) {
                        t -= 1;
                    }
                    t
                }
            }
        };
        // Context before: whole lines from up to `overlap` bytes back.
        let ctx_start = if first {
            self.cut
        } else {
            let s = self.cut.saturating_sub(overlap).max(self.buf_start);
            match memchr::memchr(b'\n', self.raw(s..self.cut)) {
                Some(i) => s + i + 1,
                None => {
                    let mut s = s;
                    while s < self.cut && self.is_cont(s) {
                        s += 1;
                    }
                    s
                }
            }
        };
        // Context after: whole lines up to `overlap` bytes on.
        let look_end = if new_cut >= end {
            end
        } else {
            let e = (new_cut + overlap).min(end);
            match memchr::memrchr(b'\n', self.raw(new_cut..e)) {
                Some(i) => new_cut + i + 1,
                None => {
                    let mut e = e;
                    while e > new_cut && self.is_cont(e) {
                        e -= 1;
                    }
                    e
                }
            }
        };
        // Valid UTF-8 (the common case): one validation and one copy of the whole chunk.
        // Every cut is on a character boundary, so the pieces are valid too and the result
        // is what decoding piece by piece gives.
        // (SIMD validation: std's byte loop took a tenth of `vakt check`'s time on a large file)
        let (text, owned) = match simdutf8::basic::from_utf8(self.raw(ctx_start..look_end)) {
            Ok(s) => (s.to_owned(), self.cut - ctx_start..new_cut - ctx_start),
            Err(_) => {
                let before = self.decode(ctx_start..self.cut);
                let own = self.decode(self.cut..new_cut);
                let after = self.decode(new_cut..look_end);
                let mut text = String::with_capacity(before.len() + own.len() + after.len());
                text.push_str(&before);
                text.push_str(&own);
                text.push_str(&after);
                (text, before.len()..before.len() + own.len())
            }
        };
        let own = &text[owned.clone()];
        let (own_len, own_lines) = (
            own.len(),
            memchr::memchr_iter(b'\n', own.as_bytes()).count(),
        );
        let chunk = Chunk {
            index: self.index,
            owned,
            text,
            offset: self.decoded,
            line: self.line,
        };
        self.decoded += own_len;
        self.line += own_lines;
        self.index += 1;
        self.cut = new_cut;
        // Drop what no later chunk needs (keep the context for the next one).
        let keep = self.cut.saturating_sub(overlap).max(self.buf_start);
        self.buf.drain(..keep - self.buf_start);
        self.buf_start = keep;
        if self.eof && self.cut >= self.end() {
            self.done = true;
        }
        Ok(Some(chunk))
    }
}

impl<R: Read> Iterator for TextChunks<R> {
    type Item = io::Result<Chunk>;

    fn next(&mut self) -> Option<io::Result<Chunk>> {
        if self.done {
            return None;
        }
        match self.next_chunk() {
            Ok(Some(c)) => Some(Ok(c)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(text: &[u8], size: usize, overlap: usize) -> Vec<Chunk> {
        TextChunks::new(
            text,
            ChunkOptions {
                chunk_bytes: size,
                overlap_bytes: overlap,
            },
        )
        .collect::<io::Result<Vec<_>>>()
        .unwrap()
    }

    #[test]
    fn owned_parts_tile_the_document() {
        let mut doc = String::new();
        for i in 0..500 {
            doc.push_str(&format!(
                "Rad {i}: Åsa Öberg, pnr 811218-9876, ärende {}\n",
                i * 7
            ));
        }
        doc.push_str("sista raden utan radbrytning åäö");
        for (size, overlap) in [
            (100, 40),
            (257, 100),
            (1000, 0),
            (10_000, 300),
            (1 << 20, 64),
        ] {
            let chunks = collect(doc.as_bytes(), size, overlap);
            let mut joined = String::new();
            let mut lines = 0;
            for c in &chunks {
                assert_eq!(c.offset, joined.len());
                assert_eq!(c.line, lines);
                let own = &c.text[c.owned.clone()];
                joined.push_str(own);
                lines += own.matches('\n').count();
                assert!(c.owned.end <= c.text.len());
                // the context is whole lines
                if c.index > 0 && c.owned.start > 0 {
                    assert!(c.text[..c.owned.start].ends_with('\n'));
                }
            }
            assert_eq!(joined, doc, "size {size} overlap {overlap}");
        }
    }

    #[test]
    fn long_lines_cut_on_char_boundaries() {
        let doc = "å".repeat(10_000);
        let chunks = collect(doc.as_bytes(), 1001, 50);
        let joined: String = chunks.iter().map(|c| &c.text[c.owned.clone()]).collect();
        assert_eq!(joined, doc);
        assert!(chunks.len() > 5);
    }

    #[test]
    fn empty_and_bom() {
        let c = collect(b"", 100, 10);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].text, "");
        let c = collect(b"\xEF\xBB\xBFhej", 100, 10);
        assert_eq!(c[0].text, "hej");
        assert_eq!(c[0].offset, 0);
    }

    #[test]
    fn windows_1252_and_binary() {
        let mut it = TextChunks::new(&b"G\xe4vle\nM\xe5rten\n"[..], ChunkOptions::default());
        let c = it.next().unwrap().unwrap();
        assert_eq!(c.text, "Gävle\nMårten\n");
        assert!(it.notes()[0].contains("Windows-1252"));
        let mut it = TextChunks::new(&b"\x7fELF\x00\x00\x01"[..], ChunkOptions::default());
        assert!(it.next().unwrap().is_err());
        assert!(it.next().is_none());
    }
}
