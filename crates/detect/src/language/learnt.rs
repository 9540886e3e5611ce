//! Learnt bags of words: logistic regressions over a passage's words, shared by the content
//! model (`content/model.rs`) and the uses model (`uses/model.rs`).
//!
//! The lexicons know the words their authors wrote down; people write "gick in i väggen",
//! "mamma var så full i helgen", a medicine's brand name, or ask for a ranking in words no
//! rule lists. A learnt model is a second opinion that has read every dev document:
//! `corpus/tools/train_model.py` fits one logistic regression per label (a binary bag of
//! lower-cased words and the five-letter stems of longer words; word pairs were tried and
//! added nothing) and writes the weights as tab-separated text (`data/*_model.tsv`). Only
//! dev documents are trained on, never the held-out split.
//!
//! Cost: each word is hashed once (FNV-1a over its lower-cased bytes) and at most two
//! features are looked up, behind a 64 Ki-bit filter; a row of weights is added with a few
//! SIMD additions. The callers decide which passages to read.

use crate::language::tokens::{fnv, fnv_byte, HashBits, FNV_OFFSET};
use rustc_hash::FxHashMap;

/// Labels a model can hold (its weights are rows of this many lanes, so adding a row is a
/// few SIMD additions).
pub(crate) const LANES: usize = 16;

/// Mixed into a stem's hash so "sjukd*" is never the word "sjukd".
const STEM_SALT: u64 = 0x9e37_79b9_7f4a_7c15;

/// One model's learnt weights.
pub(crate) struct Weights {
    /// the labels, in lane order, as the file names them
    pub(crate) labels: Vec<&'static str>,
    intercept: [f32; LANES],
    /// feature hash → row in `weights`
    rows: FxHashMap<u64, u32>,
    /// the top 16 bits of every feature hash: most words of a text are no feature, and a
    /// bit test is cheaper than a hash map probe
    filter: HashBits,
    weights: Vec<[f32; LANES]>,
}

/// One word of a passage: its byte span in the text, its hash and its stem's.
pub(crate) struct Word {
    pub(crate) start: usize,
    pub(crate) end: usize,
    hash: u64,
    stem: Option<u64>,
}

/// Scratch space for scoring passages of one text, reused between them and between the
/// models: a passage's words are found once however many models read it.
#[derive(Default)]
pub(crate) struct Scratch {
    pub(crate) words: Vec<Word>,
    /// the span of the text whose words `words` holds
    span: Option<(usize, usize)>,
    /// a bit per feature row, set when the row is added (a feature counts once per text)
    seen: Vec<u64>,
    /// the words of `seen` set since it was last clear: clearing them is cheaper than
    /// clearing the whole bitmap (a word per 64 rows: 366 for the content model's 23,400)
    /// for every passage
    touched: Vec<u32>,
}

impl Scratch {
    /// Runs `f` with this thread's scratch, emptied of any earlier text's words. The scratch
    /// outlives the text: its bitmap (a bit per feature row, about 3 KB) and its word list
    /// are allocated once per thread, not once per text.
    pub(crate) fn with<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
        }
        SCRATCH.with_borrow_mut(|s| {
            s.span = None;
            s.words.clear();
            // (a long passage's words, 32 bytes each, are not kept for the rest of the
            // thread's life: a gateway may run many threads)
            if s.words.capacity() > 1 << 12 {
                s.words = Vec::new();
            }
            f(s)
        })
    }
}

/// The hash of one feature as the trainer writes it: "word" or "stemm*".
fn feature_hash(f: &str) -> u64 {
    if let Some(stem) = f.strip_suffix('*') {
        fnv(FNV_OFFSET, stem.as_bytes()) ^ STEM_SALT
    } else {
        fnv(FNV_OFFSET, f.as_bytes())
    }
}

/// The words of `text[lo..hi]` (spans in `text`), hashed as the trainer's features.
pub(crate) fn words(text: &str, lo: usize, hi: usize, out: &mut Vec<Word>) {
    // (`t` ends at `hi`: a letter's second byte past it is no letter)
    let t = &text.as_bytes()[..hi];
    let mut i = lo;
    while i < hi {
        let start = i;
        let (mut hash, mut chars, mut stem) = (FNV_OFFSET, 0usize, 0u64);
        // the word's letters: a–z, å, ä, ö, é, ü (and capitals), as Python's `str.lower()`
        // and `[a-zåäöéü]` in the trainer see them, hashed lower-cased
        loop {
            match t.get(i) {
                Some(&b) if b.is_ascii_alphabetic() => {
                    hash = fnv_byte(hash, b | 0x20);
                    i += 1;
                }
                Some(&0xC3) => match t.get(i + 1).and_then(|&c| latin_lower(c)) {
                    Some(c) => {
                        hash = fnv_byte(fnv_byte(hash, 0xC3), c);
                        i += 2;
                    }
                    None => break,
                },
                _ => break,
            }
            chars += 1;
            if chars == 5 {
                stem = hash;
            }
        }
        if chars == 0 {
            i += 1;
            continue;
        }
        out.push(Word {
            start,
            end: i,
            hash,
            stem: (chars > 6).then_some(stem ^ STEM_SALT),
        });
    }
}

/// The lower-case second byte of a model letter whose first byte is 0xC3 (U+00C0..U+00FF:
/// capitals 0x80..0x9E, small 0xA0..0xBE, lower = upper + 0x20): å ä ö é ü only.
#[inline]
fn latin_lower(c: u8) -> Option<u8> {
    match c {
        0xA5 | 0xA4 | 0xB6 | 0xA9 | 0xBC => Some(c), // å ä ö é ü
        0x85 | 0x84 | 0x96 | 0x89 | 0x9C => Some(c + 0x20), // Å Ä Ö É Ü
        _ => None,
    }
}

impl Weights {
    /// Parses a model file (`name` for messages). Panics on a malformed file: the files are
    /// built into the binary, and the tests load them.
    pub(crate) fn parse(src: &'static str, name: &str) -> Weights {
        let mut lines = src.lines();
        // the fields after a header line's tag
        let mut header = |tag: &str| -> &'static str {
            lines
                .next()
                .and_then(|l| l.strip_prefix(tag)?.strip_prefix('\t'))
                .unwrap_or_else(|| panic!("{name}: expected a {tag} line"))
        };
        let labels: Vec<&'static str> = header("#labels").split('\t').collect();
        assert!(labels.len() <= LANES, "{name}: too many labels");
        // (a hand-written reader: the files hold some 300,000 weights, read at every start)
        let row_of = |fields: &str, what: &str| -> [f32; LANES] {
            let mut row = [0.0; LANES];
            let mut n = 0;
            for f in fields.split('\t') {
                assert!(n < labels.len(), "{name}: {what:?} has too many weights");
                row[n] = hundredths(f)
                    .or_else(|| f.parse().ok())
                    .unwrap_or_else(|| panic!("{name}: bad weight {f:?}"));
                n += 1;
            }
            assert!(n == labels.len(), "{name}: {what:?} has too few weights");
            row
        };
        let intercept = row_of(header("#intercept"), "#intercept");
        let lines: Vec<&str> = lines.collect();
        let mut rows = FxHashMap::with_capacity_and_hasher(lines.len(), Default::default());
        let mut filter = HashBits::new();
        let mut weights = Vec::with_capacity(lines.len());
        for l in lines {
            let (feature, fields) = l.split_once('\t').unwrap_or((l, ""));
            weights.push(row_of(fields, feature));
            let row = u32::try_from(rows.len()).expect("fewer than 2^32 features");
            let h = feature_hash(feature);
            rows.insert(h, row);
            filter.insert(filter_key(h));
        }
        Weights {
            labels,
            intercept,
            rows,
            filter,
            weights,
        }
    }

    /// Parses a model file whose labels `label` reads (panics on a label it does not know).
    pub(crate) fn parse_labelled<T>(
        src: &'static str,
        name: &str,
        label: impl Fn(&str) -> Option<T>,
    ) -> (Weights, Vec<T>) {
        let weights = Weights::parse(src, name);
        let labels = weights
            .labels
            .iter()
            .map(|l| label(l).unwrap_or_else(|| panic!("{name}: unknown label {l}")))
            .collect();
        (weights, labels)
    }

    /// The number of features.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.weights.len()
    }

    /// The row of feature `hash`, if the model has it.
    #[inline]
    fn row(&self, hash: u64) -> Option<usize> {
        if !self.filter.contains(filter_key(hash)) {
            return None;
        }
        self.rows.get(&hash).map(|&r| r as usize)
    }

    /// The logits of `text[lo..hi]`, one per label lane (a feature counts once however
    /// often it occurs). Leaves the passage's words in `s.words`; `s` must not have been used
    /// for another text.
    pub(crate) fn logits(&self, text: &str, lo: usize, hi: usize, s: &mut Scratch) -> [f32; LANES] {
        if s.span != Some((lo, hi)) {
            s.words.clear();
            // (about one word per six bytes of Swedish prose: one allocation, not a dozen)
            s.words.reserve((hi - lo) / 6);
            words(text, lo, hi, &mut s.words);
            s.span = Some((lo, hi));
        }
        for &k in &s.touched {
            s.seen[k as usize] = 0;
        }
        s.touched.clear();
        let needed = self.weights.len().div_ceil(64);
        if s.seen.len() < needed {
            s.seen.resize(needed, 0);
        }
        let mut sum = self.intercept;
        let mut seen = Seen {
            bits: &mut s.seen,
            touched: &mut s.touched,
        };
        for w in &s.words {
            if let Some(r) = self.row(w.hash) {
                add_row(&mut sum, &mut seen, &self.weights, r);
            }
            if let Some(r) = w.stem.and_then(|s| self.row(s)) {
                add_row(&mut sum, &mut seen, &self.weights, r);
            }
        }
        sum
    }

    /// The span of the first word in `ws` whose features weigh most for label lane `lane`.
    pub(crate) fn strongest(&self, ws: &[Word], lane: usize) -> Option<(usize, usize)> {
        ws.iter()
            .flat_map(|w| {
                let word = self.row(w.hash);
                let stem = w.stem.and_then(|s| self.row(s));
                word.into_iter()
                    .chain(stem)
                    .map(|r| (self.weights[r][lane], (w.start, w.end)))
            })
            // (the first of equally strong words)
            .fold(None, |best: Option<(f32, (usize, usize))>, x| match best {
                Some(b) if b.0 >= x.0 => Some(b),
                _ => Some(x),
            })
            .map(|(_, span)| span)
    }
}

/// The rows one passage has added: a bitmap and the words of it that are set.
struct Seen<'a> {
    bits: &'a mut [u64],
    touched: &'a mut Vec<u32>,
}

/// Adds row `r` of `weights` to `sum` unless `seen` marks it added already (a feature counts
/// once per text). Always inlined: the hot loop of [`Weights::logits`], whose cost otherwise
/// depends on how the compiler happens to split the crate (a call per feature cost +4 % over
/// every dev document in one build).
#[inline(always)]
fn add_row(sum: &mut [f32; LANES], seen: &mut Seen, weights: &[[f32; LANES]], r: usize) {
    let (word, bit) = (r / 64, 1u64 << (r % 64));
    let w = &mut seen.bits[word];
    if *w & bit == 0 {
        if *w == 0 {
            // (r < 2^32: rows are numbered by u32)
            seen.touched.push((r / 64) as u32);
        }
        *w |= bit;
        for (s, w) in sum.iter_mut().zip(&weights[r]) {
            *s += w;
        }
    }
}

/// A weight as the trainer writes it ("-1.25", "0.5", "0", "3") without the general float
/// reader; `None` for any other spelling.
fn hundredths(s: &str) -> Option<f32> {
    let b = s.as_bytes();
    let (neg, b) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, b),
    };
    let (mut n, mut i) = (0i32, 0);
    while i < b.len() && b[i].is_ascii_digit() && i < 6 {
        n = n * 10 + i32::from(b[i] - b'0');
        i += 1;
    }
    if i == 0 {
        return None;
    }
    let mut scale = 100;
    if i < b.len() {
        if b[i] != b'.' || b.len() - i > 3 || b.len() - i < 2 {
            return None;
        }
        for &d in &b[i + 1..] {
            if !d.is_ascii_digit() {
                return None;
            }
            n = n * 10 + i32::from(d - b'0');
            scale /= 10;
        }
    }
    let v = (n * scale) as f32 / 100.0;
    Some(if neg { -v } else { v })
}

/// The logit a probability `p` needs.
pub(crate) fn logit(p: f32) -> f32 {
    (p / (1.0 - p)).ln()
}

/// The probability of a logit.
pub(crate) fn probability(logit: f32) -> f32 {
    1.0 / (1.0 + (-logit).exp())
}

/// The filter's key of a feature hash: its top 16 bits.
#[inline]
fn filter_key(h: u64) -> usize {
    (h >> 48) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of `text` and how each is spelled there.
    fn spell(text: &str) -> (Vec<Word>, Vec<&str>) {
        let mut ws = Vec::new();
        words(text, 0, text.len(), &mut ws);
        let spelled = ws.iter().map(|w| &text[w.start..w.end]).collect();
        (ws, spelled)
    }

    #[test]
    fn features_hash_as_the_trainer_spells_them() {
        let (ws, spelled) = spell("Hon GICK in i väggen, Sjukskriven.");
        assert_eq!(spelled, ["Hon", "GICK", "in", "i", "väggen", "Sjukskriven"]);
        assert_eq!(ws[1].hash, feature_hash("gick"));
        // a stem only for words longer than six letters
        assert_eq!(ws[4].stem, None);
        assert_eq!(ws[5].stem, Some(feature_hash("sjuks*")));
        assert_ne!(feature_hash("sjuks*"), feature_hash("sjuks"));
    }

    #[test]
    fn digits_and_punctuation_separate_words() {
        let (ws, spelled) = spell("9B:s elev—Åsa 12år ÉÜ");
        assert_eq!(spelled, ["B", "s", "elev", "Åsa", "år", "ÉÜ"]);
        assert_eq!(ws[3].hash, feature_hash("åsa"));
        assert_eq!(ws[5].hash, feature_hash("éü"));
    }

    #[test]
    fn a_row_is_added_once_and_unknown_words_add_nothing() {
        let w = Weights::parse(
            "#labels\ta\tb\n#intercept\t-1\t0.5\nsjuk\t2\t-1\nsjukd*\t0.5\t0\n",
            "test",
        );
        assert_eq!(w.labels, ["a", "b"]);
        let mut s = Scratch::default();
        let t = "Sjuk, sjuk och sjukdomen. Okänt ord.";
        let l = w.logits(t, 0, t.len(), &mut s);
        assert_eq!((l[0], l[1]), (-1.0 + 2.0 + 0.5, 0.5 - 1.0));
        assert_eq!(w.strongest(&s.words, 0), Some((0, 4)));
        assert!((probability(logit(0.95)) - 0.95).abs() < 1e-6);
    }

    #[test]
    fn the_thread_scratch_forgets_the_last_text() {
        let w = Weights::parse(
            "#labels\ta\n#intercept\t0\nsjuk\t2\nfrisk\t-1\nkaffe\t0.5\n",
            "test",
        );
        // the same span in two texts of one length, the second after the first's rows
        let (first, second) = ("sjuk frisk", "kaffe sjuk");
        let a = Scratch::with(|s| w.logits(first, 0, first.len(), s)[0]);
        let b = Scratch::with(|s| {
            let b = w.logits(second, 0, second.len(), s)[0];
            // a second passage of the same text counts its rows again
            assert_eq!(w.logits(second, 0, second.len(), s)[0], b);
            b
        });
        assert_eq!((a, b), (1.0, 2.5));
    }

    #[test]
    fn weights_read_as_the_float_parser_reads_them() {
        for w in ["0", "-0.05", "1.5", "-12.34", "3", "0.10", "123456.78"] {
            assert_eq!(hundredths(w), Some(w.parse::<f32>().unwrap()), "{w}");
        }
        for w in ["", "-", "1.234", "1e5", "nan", ".5", "1.x", "1.", "1234567"] {
            assert_eq!(hundredths(w), None, "{w}");
        }
    }

    #[test]
    #[should_panic(expected = "too few weights")]
    fn a_short_row_is_refused() {
        Weights::parse("#labels\ta\tb\n#intercept\t0\t0\nord\t1\n", "test");
    }
}
