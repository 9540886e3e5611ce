//! A learnt second opinion on content about a person.
//!
//! The lexicons know the words an author wrote down; people write "gick in i väggen", "mamma
//! var så full i helgen" or a medicine's brand name. The content model is one logistic
//! regression per category over the words of a passage (a binary bag of lower-cased words
//! and the five-letter stems of longer words), trained on the dev corpus by
//! `corpus/tools/train_model.py` and shipped as `data/content_model.tsv`. It is asked only
//! about passages around someone the text is about (a name or personnummer of a subject,
//! not only officials), and it only adds a category the lexicons did not already find at its
//! full level. A category counts when the model is at least [`MIN_PROBABILITY`] sure.
//!
//! Cost: nothing for a text that names no subject; otherwise one pass over the passages
//! around the subjects (at most [`RADIUS`] bytes each side, merged up to [`MAX_WINDOW`]),
//! hashing each word once and looking up at most two hashed features per word.

use crate::language::tokens::HashBits;
use crate::{Category, Finding};
use rustc_hash::FxHashMap;

static MODEL: &str = include_str!("../../../data/content_model.tsv");

/// A category counts when the model gives it at least this probability.
pub(crate) const MIN_PROBABILITY: f32 = 0.95;
/// Bytes of text read on each side of a person's mention.
pub(crate) const RADIUS: usize = 256;
/// Merged passages are cut at this length (the model was trained on documents of a few
/// hundred bytes to two kilobytes; a longer passage adds up more weights than it learnt).
pub(crate) const MAX_WINDOW: usize = 2048;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// Mixed into a stem's hash so "sjukd*" is never the word "sjukd".
const STEM_SALT: u64 = 0x9e37_79b9_7f4a_7c15;

/// Categories the model can hold (its weights are rows of this many lanes, so adding a
/// row is a few SIMD additions).
const LANES: usize = 16;

/// The learnt weights.
pub(crate) struct Model {
    categories: Vec<Category>,
    intercept: [f32; LANES],
    /// feature hash → row in `weights`
    rows: FxHashMap<u64, u32>,
    /// the top 16 bits of every feature hash: most word pairs of a text are no feature,
    /// and a bit test is cheaper than a hash map probe
    filter: HashBits,
    weights: Vec<[f32; LANES]>,
}

/// One word of a passage: its byte span in the text, its hash and its stem's.
struct Word {
    start: usize,
    end: usize,
    hash: u64,
    stem: Option<u64>,
}

#[inline]
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    h
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
fn words(text: &str, lo: usize, hi: usize, out: &mut Vec<Word>) {
    let t = text.as_bytes();
    let mut i = lo;
    while i < hi {
        // the next letter: ASCII, or å ä ö é ü (and capitals) in two bytes
        let Some(first) = letter_at(t, i, hi) else {
            i += 1;
            continue;
        };
        let start = i;
        let (mut hash, mut chars, mut stem) = (FNV_OFFSET, 0usize, 0u64);
        let mut next = Some(first);
        while let Some((bytes, len)) = next {
            hash = fnv(hash, &bytes[..len]);
            chars += 1;
            if chars == 5 {
                stem = hash;
            }
            i += len;
            next = letter_at(t, i, hi);
        }
        out.push(Word {
            start,
            end: i,
            hash,
            stem: (chars > 6).then_some(stem ^ STEM_SALT),
        });
    }
}

/// The lower-cased UTF-8 bytes (and the byte length in `t`) of the model letter at `i`, if
/// one starts there: a–z, å, ä, ö, é, ü, as Python's `str.lower()` and `[a-zåäöéü]` in the
/// trainer see them.
#[inline]
fn letter_at(t: &[u8], i: usize, hi: usize) -> Option<([u8; 2], usize)> {
    let b = *t.get(i).filter(|_| i < hi)?;
    if b.is_ascii_alphabetic() {
        return Some(([b.to_ascii_lowercase(), 0], 1));
    }
    if b != 0xC3 || i + 1 >= hi {
        return None;
    }
    // U+00C0..U+00FF: capitals 0x80..0x9E, small 0xA0..0xBE, lower = upper + 0x20
    let lower = match t[i + 1] {
        c @ (0xA5 | 0xA4 | 0xB6 | 0xA9 | 0xBC) => c, // å ä ö é ü
        c @ (0x85 | 0x84 | 0x96 | 0x89 | 0x9C) => c + 0x20, // Å Ä Ö É Ü
        _ => return None,
    };
    Some(([0xC3, lower], 2))
}

impl Model {
    /// Parses the shipped model.
    pub(crate) fn new() -> Model {
        Model::parse(MODEL)
    }

    fn parse(src: &str) -> Model {
        let mut lines = src.lines();
        let mut header = |tag: &str| -> Vec<&str> {
            let l = lines.next().unwrap_or_default();
            let rest = l.strip_prefix(tag).unwrap_or_else(|| {
                panic!("content_model.tsv: expected a {tag} line");
            });
            rest.split('\t').skip(1).collect()
        };
        let categories: Vec<Category> = header("#categories")
            .into_iter()
            .map(|c| {
                Category::from_id(c)
                    .unwrap_or_else(|| panic!("content_model.tsv: unknown category {c}"))
            })
            .collect();
        assert!(
            categories.len() <= LANES,
            "content_model.tsv: too many categories"
        );
        let number = |s: &str| -> f32 {
            s.parse()
                .unwrap_or_else(|_| panic!("content_model.tsv: bad weight {s:?}"))
        };
        let row_of = |cols: &mut dyn Iterator<Item = &str>, what: &str| -> [f32; LANES] {
            let mut row = [0.0; LANES];
            let mut n = 0;
            for (x, c) in row.iter_mut().zip(&mut *cols) {
                *x = number(c);
                n += 1;
            }
            assert!(
                n == categories.len() && cols.next().is_none(),
                "content_model.tsv: {what:?} has the wrong number of weights"
            );
            row
        };
        let intercept = row_of(&mut header("#intercept").into_iter(), "#intercept");
        let mut rows = FxHashMap::default();
        let mut filter = HashBits::new();
        let mut weights = Vec::new();
        for l in lines {
            let mut cols = l.split('\t');
            let feature = cols.next().unwrap_or_default();
            weights.push(row_of(&mut cols, feature));
            let row = u32::try_from(rows.len()).expect("fewer than 2^32 features");
            let h = feature_hash(feature);
            rows.insert(h, row);
            filter.insert(filter_key(h));
        }
        Model {
            categories,
            intercept,
            rows,
            filter,
            weights,
        }
    }

    /// The row of feature `hash`, if the model has it.
    #[inline]
    fn row(&self, hash: u64) -> Option<usize> {
        if !self.filter.contains(filter_key(hash)) {
            return None;
        }
        self.rows.get(&hash).map(|&r| r as usize)
    }

    /// The features of `ws` (the words of a passage), each as its row and its span.
    fn features<'w>(
        &'w self,
        ws: &'w [Word],
    ) -> impl Iterator<Item = (usize, (usize, usize))> + 'w {
        ws.iter().flat_map(move |w| {
            let word = self.row(w.hash).map(|r| (r, (w.start, w.end)));
            let stem = w
                .stem
                .and_then(|s| self.row(s))
                .map(|r| (r, (w.start, w.end)));
            word.into_iter().chain(stem)
        })
    }

    /// The model's logits for the words `ws` of a passage (a feature counts once however
    /// often it occurs). `seen` is scratch space, one bit per feature row.
    fn logits(&self, ws: &[Word], seen: &mut Vec<u64>) -> [f32; LANES] {
        seen.clear();
        seen.resize(self.weights.len().div_ceil(64), 0);
        let mut sum = self.intercept;
        let mut add = |r: usize| {
            let (word, bit) = (r / 64, 1u64 << (r % 64));
            if seen[word] & bit == 0 {
                seen[word] |= bit;
                for (s, w) in sum.iter_mut().zip(&self.weights[r]) {
                    *s += w;
                }
            }
        };
        for w in ws {
            if let Some(r) = self.row(w.hash) {
                add(r);
            }
            if let Some(r) = w.stem.and_then(|s| self.row(s)) {
                add(r);
            }
        }
        sum
    }

    /// The span of the feature in `ws` that weighs most for category lane `lane`.
    fn strongest(&self, ws: &[Word], lane: usize) -> Option<(usize, usize)> {
        self.features(ws)
            .map(|(r, span)| (self.weights[r][lane], span))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, span)| span)
    }

    /// Adds a finding for each category the model is sure of in a passage around a person
    /// in `persons` (sorted spans) that `findings` does not already hold at its full level.
    pub(crate) fn detect(
        &self,
        text: &str,
        persons: &[(usize, usize)],
        findings: &mut Vec<Finding>,
    ) {
        let t = text.as_bytes();
        let min_logit = (MIN_PROBABILITY / (1.0 - MIN_PROBABILITY)).ln();
        // the categories already found at their full level (a bit per category)
        let bit = |c: Category| 1u64 << (c as u32 % 64);
        let mut found = findings
            .iter()
            .filter(|f| f.level >= f.category.base_level())
            .fold(0u64, |m, f| m | bit(f.category));
        let all = self.categories.iter().fold(0u64, |m, &c| m | bit(c));
        let (mut seen, mut ws) = (Vec::new(), Vec::new());
        for (lo, hi) in windows(t, persons) {
            if found & all == all {
                break;
            }
            ws.clear();
            words(text, lo, hi, &mut ws);
            let logits = self.logits(&ws, &mut seen);
            for (lane, (&c, &logit)) in self.categories.iter().zip(&logits).enumerate() {
                if logit < min_logit || found & bit(c) != 0 {
                    continue;
                }
                let Some((start, end)) = self.strongest(&ws, lane) else {
                    continue;
                };
                let p = 1.0 / (1.0 + (-logit).exp());
                // (a learnt estimate: never as sure as a lexicon's term)
                findings.push(Finding::new(c, start, end, p * 0.85));
                found |= bit(c);
            }
        }
    }
}

/// The filter's key of a feature hash: its top 16 bits.
#[inline]
fn filter_key(h: u64) -> usize {
    (h >> 48) as usize
}

/// The passages around `persons`: a text of at most [`MAX_WINDOW`] bytes whole (the model
/// learnt from whole documents of that size); in a longer one [`RADIUS`] bytes each side of
/// each person, at word boundaries, merged while they overlap and stay within
/// [`MAX_WINDOW`].
fn windows(t: &[u8], persons: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    if persons.is_empty() {
        return out;
    }
    if t.len() <= MAX_WINDOW {
        out.push((0, t.len()));
        return out;
    }
    for &(s, e) in persons {
        let lo = word_edge_after(t, s.saturating_sub(RADIUS));
        let hi = word_edge_before(t, (e + RADIUS).min(t.len()));
        match out.last_mut() {
            Some(w) if lo <= w.1 && hi.max(w.1) - w.0 <= MAX_WINDOW => w.1 = w.1.max(hi),
            Some(w) if lo <= w.1 => {
                // continue after the current passage, still around this person
                let from = w.1;
                out.push((from, hi.max(from)));
            }
            _ => out.push((lo, hi)),
        }
    }
    out.retain(|w| w.1 > w.0);
    out
}

/// `i`, or the start of the next word if `i` is inside one (0 stays 0).
fn word_edge_after(t: &[u8], mut i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    while i < t.len() && !t[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// `i`, or the end of the previous word if `i` is inside one (the text's end stays).
fn word_edge_before(t: &[u8], mut i: usize) -> usize {
    if i >= t.len() {
        return t.len();
    }
    while i > 0 && !t[i - 1].is_ascii_whitespace() {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_hash_as_the_trainer_spells_them() {
        let mut ws = Vec::new();
        let text = "Hon GICK in i väggen, Sjukskriven.";
        words(text, 0, text.len(), &mut ws);
        let spelled: Vec<&str> = ws.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(spelled, ["Hon", "GICK", "in", "i", "väggen", "Sjukskriven"]);
        assert_eq!(ws[1].hash, feature_hash("gick"));
        // a stem only for words longer than six letters
        assert_eq!(ws[4].stem, None);
        assert_eq!(ws[5].stem, Some(feature_hash("sjuks*")));
        assert_ne!(feature_hash("sjuks*"), feature_hash("sjuks"));
    }

    #[test]
    fn digits_and_punctuation_separate_words() {
        let mut ws = Vec::new();
        let text = "9B:s elev—Åsa 12år";
        words(text, 0, text.len(), &mut ws);
        let spelled: Vec<&str> = ws.iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(spelled, ["B", "s", "elev", "Åsa", "år"]);
        assert_eq!(ws[3].hash, feature_hash("åsa"));
    }

    #[test]
    fn the_shipped_model_loads() {
        let m = Model::new();
        assert!(m.categories.contains(&Category::Health));
        assert!(m.rows.len() > 1000);
        assert_eq!(m.weights.len(), m.rows.len());
    }

    #[test]
    fn passages_merge_and_stay_bounded() {
        let text = "ord ".repeat(2000);
        let t = text.as_bytes();
        // two mentions close together: one passage
        let w = windows(t, &[(4000, 4003), (4100, 4103)]);
        assert_eq!(w.len(), 1);
        assert!(w[0].0 >= 4000 - RADIUS && w[0].1 <= 4103 + RADIUS);
        // a mention on every line: passages of at most MAX_WINDOW plus one radius
        let many: Vec<(usize, usize)> = (0..100).map(|i| (i * 80, i * 80 + 3)).collect();
        let w = windows(t, &many);
        assert!(w.len() > 1);
        assert!(w
            .iter()
            .all(|&(lo, hi)| lo < hi && hi - lo <= MAX_WINDOW + 2 * RADIUS));
        assert!(w.windows(2).all(|p| p[0].1 <= p[1].0));
        // no one: nothing
        assert!(windows(t, &[]).is_empty());
    }
}
