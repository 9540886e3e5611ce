//! Reading, extracting and analysing one input.
//!
//! Plain text (by name, or by content when the name says nothing) is read through
//! [`TextChunks`]: chunks of 2 MiB with 2 KiB of line-aligned context on each side, analysed a
//! batch at a time on the thread pool, findings kept only where they start in the chunk's own
//! part and shifted to document offsets. A file small enough to fit one chunk is simply one
//! chunk, so small and large files go through the same code. Everything else (docx, pdf …) is
//! read whole, up to [`Limits::max_input_bytes`], and extracted by `vakt-extract`.
//!
//! The level of a chunked document is the highest level of its chunks; reasons are merged.
//! A compilation spread thinly over more than one chunk (GBG-4) is lifted by counting the
//! personal identifiers of all chunks together with the engine's thresholds
//! ([`lift_compilation`]).

use super::report::{DocReport, Found, FoundUse, Outcome};
use super::walk::Input;
use std::collections::BTreeMap;
use std::io::{self, Read};
use vakt_detect::{Analysis, Category, Engine, Level};
use vakt_extract::{
    extract_with, looks_binary, sniff, Chunk, ChunkOptions, ExtractError, Format, Limits, Sniffed,
    TextChunks,
};

/// How to scan.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    /// Keep a line excerpt for each finding (human output).
    pub context: bool,
    /// Most findings (and, separately, most AI Act uses) kept per document; the rest are
    /// counted, not kept, so a 1 GB file full of identifiers holds at most this many in memory.
    pub max_findings: usize,
    /// Extraction limits.
    pub limits: Limits,
    /// Chunk sizes for plain text.
    pub chunks: ChunkOptions,
}

impl Default for ScanOptions {
    fn default() -> ScanOptions {
        ScanOptions {
            context: false,
            max_findings: 100_000,
            limits: Limits::default(),
            chunks: ChunkOptions::default(),
        }
    }
}

/// Scans one input. Never panics on bad input: a panic in extraction or analysis becomes an
/// error for this input alone.
pub fn scan(input: &Input, opts: &ScanOptions) -> Outcome {
    let source = input.source().to_string();
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| scan_inner(input, opts)));
    match r {
        Ok(Ok(doc)) => Outcome::Doc(Box::new(doc)),
        Ok(Err(message)) => Outcome::Error { source, message },
        Err(_) => Outcome::Error {
            source,
            message: "internt fel vid granskningen (rapportera gärna filen som gav det)".into(),
        },
    }
}

/// A Swedish message for an I/O error.
pub fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "filen eller mappen finns inte".into(),
        io::ErrorKind::PermissionDenied => "åtkomst nekad".into(),
        io::ErrorKind::InvalidData => e.to_string(),
        _ if e.raw_os_error() == Some(21) => "är en mapp".into(),
        _ => format!("kunde inte läsas: {e}"),
    }
}

fn scan_inner(input: &Input, opts: &ScanOptions) -> Result<DocReport, String> {
    let (name, mut reader): (String, Box<dyn Read + Send>) = match input {
        Input::Stdin => ("-".into(), Box::new(io::stdin())),
        Input::File { path, source } => {
            let f = std::fs::File::open(path).map_err(|e| io_message(&e))?;
            if let Ok(m) = f.metadata() {
                if m.is_dir() {
                    return Err("är en mapp".into());
                }
            }
            (source.clone(), Box::new(f))
        }
    };
    let named = Format::from_path(&name);
    let mut doc = DocReport {
        source: input.source().to_string(),
        ..DocReport::default()
    };
    // Look at the start to route: plain text is chunked, the rest read whole.
    let mut head = Vec::with_capacity(64 << 10);
    (&mut reader)
        .take(64 << 10)
        .read_to_end(&mut head)
        .map_err(|e| io_message(&e))?;
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    let plain = !utf16
        && match (named, sniff_head(&head)) {
            (Some(f), Sniffed::Text(_) | Sniffed::Empty) => f.is_plain_text(),
            (None, Sniffed::Text(vakt_extract::TextHint::Plain) | Sniffed::Empty) => true,
            _ => false,
        };
    if plain {
        doc.format = named.unwrap_or(Format::Text).name();
        let stream = io::Cursor::new(head).chain(reader);
        analyse_chunks(TextChunks::new(stream, opts.chunks), &mut doc, opts)?;
    } else {
        let cap = opts.limits.max_input_bytes;
        let mut bytes = head;
        (&mut reader)
            .take(cap + 1 - bytes.len() as u64)
            .read_to_end(&mut bytes)
            .map_err(|e| io_message(&e))?;
        if bytes.len() as u64 > cap {
            return Err(ExtractError::TooLarge(format!(
                "filen är större än {} MiB, som är gränsen för format som läses i sin helhet",
                cap >> 20
            ))
            .to_string());
        }
        let hint = if matches!(input, Input::Stdin) {
            "-"
        } else {
            name.as_str()
        };
        let ex = extract_with(hint, &bytes, &opts.limits).map_err(|e| e.to_string())?;
        drop(bytes);
        doc.format = ex.format.name();
        doc.notes = ex.notes;
        doc.incomplete = ex.truncated;
        let chunk = Chunk {
            index: 0,
            owned: 0..ex.text.len(),
            text: ex.text,
            offset: 0,
            line: 0,
        };
        let mut acc = Acc::default();
        let a = Engine::shared().analyze(&chunk.text);
        collect(&chunk, &a, opts, &mut acc);
        acc.finish(&mut doc, 1, opts);
    }
    Ok(doc)
}

/// Sniffs the first bytes; a zip's kind needs the whole file, so any zip counts as "not text".
fn sniff_head(head: &[u8]) -> Sniffed {
    if head.starts_with(b"PK\x03\x04") {
        return Sniffed::Zip(vakt_extract::ZipKind::Other);
    }
    if looks_binary(head) {
        return Sniffed::Binary;
    }
    sniff(head)
}

/// Merged results of a document's chunks.
#[derive(Default)]
struct Acc {
    level: Option<Level>,
    findings: Vec<Found>,
    omitted: usize,
    counts: BTreeMap<Category, usize>,
    /// Hashes of the distinct values per category (at most [`DISTINCT_CAP`] each): the
    /// compilation rule counts a person named ten times once.
    distinct: BTreeMap<Category, std::collections::HashSet<u64>>,
    reasons: Vec<String>,
    uses: Vec<FoundUse>,
    uses_omitted: usize,
    text_bytes: usize,
}

/// Analyses a text in chunks as a pipeline: a reader thread reads the next chunks (and checks
/// them as UTF-8), one worker per thread of the pool analyses whichever chunk is next as soon
/// as it is free (no worker waits for a slower one), and this thread collects the results in
/// the chunks' order while the workers go on. A chunk is read only when fewer than
/// `2 × threads` chunks are between reading and collecting, so memory stays about
/// `(2 × threads + 1) × 2 MiB` however large the file.
fn analyse_chunks<R: Read + Send>(
    chunks: TextChunks<R>,
    doc: &mut DocReport,
    opts: &ScanOptions,
) -> Result<(), String> {
    use std::sync::mpsc::{sync_channel, Receiver};
    use std::sync::Mutex;

    let workers = rayon::current_num_threads().max(1);
    let window = 2 * workers;
    let mut acc = Acc::default();
    let mut n_chunks = 0;
    // tokens: one per chunk allowed between reading and collecting
    let (token_tx, token_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        token_tx
            .send(())
            .expect("the token channel has room for the window");
    }
    let (chunk_tx, chunk_rx) = sync_channel::<(usize, Result<Chunk, String>)>(workers);
    let chunk_rx: Mutex<Receiver<(usize, Result<Chunk, String>)>> = Mutex::new(chunk_rx);
    let (done_tx, done_rx) = sync_channel::<(usize, Result<(Chunk, Analysis), String>)>(window);
    let (read, chunks) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut chunks = chunks;
            for (k, c) in chunks.by_ref().enumerate() {
                // wait until the collector has room; it hangs up when it stops early
                if token_rx.recv().is_err() {
                    break;
                }
                let failed = c.is_err();
                if chunk_tx.send((k, c.map_err(|e| io_message(&e)))).is_err() || failed {
                    break;
                }
            }
            chunks
        });
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let chunk_rx = &chunk_rx;
            scope.spawn(move || {
                // built (once, by the first worker to get here) while the reader already
                // reads and validates the first chunks
                let engine = Engine::shared();
                // after the collector stopped, chunks are taken and dropped until the reader
                // ends, so that it never waits on a full channel
                let mut stopped = false;
                loop {
                    let next = chunk_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((k, c))) = next else {
                        return;
                    };
                    if stopped {
                        continue;
                    }
                    let r = c.map(|c| {
                        let a = engine.analyze(&c.text);
                        (c, a)
                    });
                    stopped = done_tx.send((k, r)).is_err();
                }
            });
        }
        drop(done_tx);
        let read = (|| -> Result<(), String> {
            // results that came before their turn, by chunk index
            let mut waiting: BTreeMap<usize, (Chunk, Analysis)> = BTreeMap::new();
            for (k, r) in done_rx.iter() {
                waiting.insert(k, r?);
                while let Some((c, a)) = waiting.remove(&n_chunks) {
                    collect(&c, &a, opts, &mut acc);
                    n_chunks += 1;
                    // one more chunk may be read (the reader may have stopped already)
                    let _ = token_tx.send(());
                }
            }
            Ok(())
        })();
        // an error ends the loop early: let the reader and the workers stop instead of
        // waiting on a full channel
        drop(done_rx);
        drop(token_tx);
        (read, reader.join())
    });
    read?;
    let chunks = chunks.map_err(|_| "läsningen av filen avbröts oväntat".to_string())?;
    doc.notes.extend(chunks.notes().iter().cloned());
    acc.finish(doc, n_chunks, opts);
    Ok(())
}

/// Adds one chunk's analysis: the findings and uses that start in its own part, at document
/// offsets, with line and column.
fn collect(chunk: &Chunk, a: &Analysis, opts: &ScanOptions, acc: &mut Acc) {
    let text = chunk.text.as_str();
    acc.level = acc.level.max(Some(a.level));
    acc.text_bytes += chunk.owned.len();
    for r in &a.reasons {
        let compilation = |x: &String| x.starts_with("sammanställning");
        if compilation(r) && acc.reasons.iter().any(compilation) {
            continue; // one compilation reason per document, from the first chunk that had it
        }
        if !acc.reasons.contains(r) {
            acc.reasons.push(r.clone());
        }
    }
    let mut pos = Pos::new(text, chunk);
    for f in &a.findings {
        if !chunk.owns(f.start) || f.end > text.len() || f.start > f.end {
            continue;
        }
        *acc.counts.entry(f.category).or_default() += 1;
        let seen = acc.distinct.entry(f.category).or_default();
        if seen.len() < DISTINCT_CAP {
            use std::hash::{BuildHasher, BuildHasherDefault};
            let h = BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default()
                .hash_one(&text[f.start..f.end]);
            seen.insert(h);
        }
        if acc.findings.len() >= opts.max_findings {
            acc.omitted += 1;
            continue;
        }
        let (line, column) = pos.at(f.start);
        let (end_line, end_column) = pos.peek(f.end);
        let context = opts.context.then(|| excerpt(text, f.start, f.end));
        acc.findings.push(Found {
            category: f.category,
            start: chunk.to_doc(f.start),
            end: chunk.to_doc(f.end),
            text: f.text(text).to_string(),
            score: f.score,
            level: f.level,
            line,
            column,
            end_line,
            end_column,
            context,
        });
    }
    for u in &a.uses {
        if !chunk.owns(u.start) || u.end > text.len() || u.start > u.end {
            continue;
        }
        if acc.uses.len() >= opts.max_findings {
            acc.uses_omitted += 1;
            continue;
        }
        acc.uses.push(FoundUse {
            kind: u.kind,
            area: u.area,
            start: chunk.to_doc(u.start),
            end: chunk.to_doc(u.end),
            text: text.get(u.start..u.end).unwrap_or("").to_string(),
        });
    }
}

impl Acc {
    fn finish(mut self, doc: &mut DocReport, chunks: usize, opts: &ScanOptions) {
        if chunks > 1 {
            if self.reasons.len() > 1 {
                // a chunk without findings says "inga personuppgifter …"; the others overrule it
                self.reasons.retain(|r| !r.starts_with("inga "));
            }
            lift_compilation(&mut self);
        }
        if self.omitted > 0 {
            doc.notes.push(format!(
                "{} fler fynd utelämnade: högst {} fynd listas per fil (nivån och antalen per \
                 kategori räknar alla; se --max-findings)",
                self.omitted, opts.max_findings
            ));
        }
        if self.uses_omitted > 0 {
            doc.notes.push(format!(
                "{} fler AI-användningar utelämnade: högst {} listas per fil (se --max-findings)",
                self.uses_omitted, opts.max_findings
            ));
        }
        doc.level = Some(self.level.unwrap_or(Level::L0));
        doc.findings = self.findings;
        doc.findings_omitted = self.omitted;
        doc.counts = self.counts;
        doc.reasons = self.reasons;
        doc.uses = self.uses;
        doc.text_bytes = self.text_bytes;
    }
}

/// Distinct values remembered per category: more than any threshold of the compilation rule.
const DISTINCT_CAP: usize = 64;

/// GBG-4 "sammanställning" over chunks: each chunk was classified alone, so a compilation
/// whose entries are spread over several chunks is lifted here by the engine's own rule
/// ([`vakt_detect::compilation_lift`]) over the counts of all chunks.
fn lift_compilation(acc: &mut Acc) {
    if acc.reasons.iter().any(|r| r.starts_with("sammanställning")) {
        return; // a chunk already lifted the level
    }
    let level = acc.level.unwrap_or(Level::L0);
    let distinct: BTreeMap<Category, usize> =
        acc.distinct.iter().map(|(&c, s)| (c, s.len())).collect();
    if let Some((raised, why)) = vakt_detect::compilation_lift(&distinct, level) {
        acc.reasons.push(format!(
            "sammanställning: {why} i samma fil höjer nivån till {}",
            raised.as_u8()
        ));
        acc.level = Some(raised);
    }
}

/// Line and column bookkeeping over one chunk, for offsets visited in increasing order.
struct Pos<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    line_start: usize,
    col_pos: usize,
    col: usize,
}

impl<'a> Pos<'a> {
    fn new(text: &'a str, chunk: &Chunk) -> Pos<'a> {
        let s = chunk.owned.start;
        let line_start = memchr::memrchr(b'\n', &text.as_bytes()[..s]).map_or(0, |i| i + 1);
        Pos {
            text,
            pos: s,
            line: chunk.line + 1,
            line_start,
            col_pos: line_start,
            col: 1,
        }
    }

    /// Advances to `at` (≥ the previous position) and returns its 1-based line and column.
    fn at(&mut self, at: usize) -> (usize, usize) {
        let (line, line_start, col_pos, col) = self.compute(at);
        self.pos = at.max(self.pos);
        self.line = line;
        self.line_start = line_start;
        self.col_pos = col_pos;
        self.col = col;
        (line, col)
    }

    /// Line and column of `at` without moving.
    fn peek(&self, at: usize) -> (usize, usize) {
        let (line, _, _, col) = self.compute(at);
        (line, col)
    }

    fn compute(&self, at: usize) -> (usize, usize, usize, usize) {
        let bytes = self.text.as_bytes();
        let at = at.max(self.pos).min(bytes.len());
        let between = &bytes[self.pos..at];
        let newlines = memchr::memchr_iter(b'\n', between).count();
        let (line, line_start, from, col) = if newlines > 0 {
            let ls = self.pos + memchr::memrchr(b'\n', between).map_or(0, |i| i + 1);
            (self.line + newlines, ls, ls, 1)
        } else {
            (self.line, self.line_start, self.col_pos, self.col)
        };
        let from = from.min(at);
        let col = col + self.text.get(from..at).map_or(0, |s| s.chars().count());
        (line, line_start, at, col)
    }
}

/// The line around `start..end`, at most about 60 characters either side, and the finding's
/// byte range in it.
fn excerpt(text: &str, start: usize, end: usize) -> (String, std::ops::Range<usize>) {
    const SIDE: usize = 60;
    let b = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &b[..start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &b[end..]).map_or(b.len(), |i| end + i);
    let mut from = line_start.max(start.saturating_sub(SIDE * 2));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before: Vec<(usize, char)> = text[from..start].char_indices().collect();
    if before.len() > SIDE {
        from += before[before.len() - SIDE].0;
    }
    let mut to = line_end.min(end + SIDE * 2).max(end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    if let Some((i, _)) = text[end..to].char_indices().nth(SIDE) {
        to = end + i;
    }
    let prefix = if from > line_start { "…" } else { "" };
    let suffix = if to < line_end { "…" } else { "" };
    let mut s = String::new();
    s.push_str(prefix);
    s.push_str(&text[from..start]);
    let hl_start = s.len();
    s.push_str(&text[start..end]);
    let hl_end = s.len();
    s.push_str(&text[end..to]);
    s.push_str(suffix);
    // Tabs and control characters would break the layout.
    let clean: String = s
        .chars()
        .map(|c| if c.is_ascii_control() { ' ' } else { c })
        .collect();
    (clean, hl_start..hl_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An accumulator of `n` distinct values per category.
    fn acc(level: Level, counts: &[(Category, usize)]) -> Acc {
        Acc {
            level: Some(level),
            counts: counts.iter().copied().collect(),
            distinct: counts
                .iter()
                .map(|&(c, n)| (c, (0..n as u64).collect()))
                .collect(),
            ..Acc::default()
        }
    }

    /// A reader that fails after `ok` bytes of text.
    struct Failing {
        left: usize,
    }

    impl Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::Error::other("disk error"));
            }
            let n = buf.len().min(self.left);
            for (i, b) in buf[..n].iter_mut().enumerate() {
                *b = if i % 64 == 63 { b'\n' } else { b'a' };
            }
            self.left -= n;
            Ok(n)
        }
    }

    /// Many small chunks in the pipeline come out in order and complete; a read error in the
    /// middle of a file ends the scan with an error (no hang, no partial result passed off as
    /// the whole).
    #[test]
    fn chunk_pipeline_keeps_order_and_stops_on_a_read_error() {
        let opts = ScanOptions {
            chunks: ChunkOptions {
                chunk_bytes: 4096,
                overlap_bytes: 256,
            },
            ..ScanOptions::default()
        };
        let mut text = String::new();
        for i in 0..400 {
            text.push_str(&format!("Rad {i}: ring Anna på 070-123 45 67 i dag.\n"));
        }
        let mut doc = DocReport::default();
        analyse_chunks(
            TextChunks::new(text.as_bytes(), opts.chunks),
            &mut doc,
            &opts,
        )
        .unwrap();
        let phones: Vec<usize> = doc
            .findings
            .iter()
            .filter(|f| f.category == Category::Phone)
            .map(|f| f.start)
            .collect();
        assert_eq!(phones.len(), 400);
        assert!(phones.windows(2).all(|w| w[0] < w[1]), "in document order");

        let mut doc = DocReport::default();
        let err = analyse_chunks(
            TextChunks::new(Failing { left: 200_000 }, opts.chunks),
            &mut doc,
            &opts,
        );
        assert!(err.is_err());
    }

    #[test]
    fn compilation_over_chunks_lifts_like_the_engine() {
        use Category::*;
        // 6 personnummer spread over chunks (`MANY_PNR`): one level up, to 3.
        let mut a = acc(Level::L2, &[(Personnummer, 4), (Samordningsnummer, 2)]);
        lift_compilation(&mut a);
        assert_eq!(a.level, Some(Level::L3));
        assert!(a.reasons[0].starts_with("sammanställning: 6 personnummer"));
        // 15 personal identifiers (`MANY_IDS`): one level up; 14 are no compilation yet.
        let mut a = acc(Level::L1, &[(Phone, 9), (Email, 6)]);
        lift_compilation(&mut a);
        assert_eq!(a.level, Some(Level::L2));
        let mut a = acc(Level::L1, &[(Phone, 8), (Email, 6)]);
        lift_compilation(&mut a);
        assert_eq!(a.level, Some(Level::L1));
        // 4 kinds put together (contact details count as at most two): one level up, but at
        // most to 2 (as classify does).
        let kinds = [
            (Personnummer, 1),
            (LicensePlate, 1),
            (Email, 1),
            (Address, 1),
        ];
        let mut a = acc(Level::L1, &kinds);
        lift_compilation(&mut a);
        assert_eq!(a.level, Some(Level::L2));
        let mut a = acc(Level::L2, &kinds);
        lift_compilation(&mut a);
        assert_eq!(a.level, Some(Level::L2));
        assert!(a.reasons.is_empty(), "{:?}", a.reasons);
        // Below every threshold: nothing; org numbers are not personal.
        let mut a = acc(Level::L1, &[(Phone, 4), (OrgNumber, 20)]);
        lift_compilation(&mut a);
        assert_eq!(a.level, Some(Level::L1));
        // A chunk that already lifted it is not lifted again.
        let mut a = acc(Level::L3, &[(Personnummer, 9)]);
        a.reasons
            .push("sammanställning: 9 personnummer eller samordningsnummer i samma text".into());
        lift_compilation(&mut a);
        assert_eq!(a.level, Some(Level::L3));
        assert_eq!(a.reasons.len(), 1);
    }
}
