//! The one Aho-Corasick automaton over every term of every language detector.
//!
//! Content terms of all categories, personal references, general/normative markers, street
//! suffixes, markings and the verbs and objects of AI uses all go into a single
//! leftmost-longest automaton, so one pass over the text finds every candidate and the cost
//! stays flat as terms are added. Terms are stored case-folded ([`fold_key`]: ASCII and the
//! Latin-1 capitals Å Ä Ö É … lower-cased) and the walk folds the text's bytes the same way
//! as it feeds them, so "ÅNGEST", "Ångest" and "ångest" are one path through the automaton:
//! the automaton stays a third smaller (it is walked with cache misses, so its size is its
//! speed). It is a contiguous NFA, not a full DFA: some 7,000 patterns make a DFA of 27 MB
//! that takes 45 ms to build and misses the cache on most steps, the NFA is 0.8 MB, built in
//! under 20 ms, and the whole engine is faster with it (anchored walks never follow its
//! failure transitions, so a step is one transition lookup either way). After a match,
//! [`Lexicon::accept`] checks the word boundaries, the allowed endings and, for exact-case
//! terms, the case.
//!
//! A term can only be accepted where a word starts (or at punctuation that begins a term),
//! except the few compound tails (`*missbruk`). So the scan walks the trie (anchored) only
//! from those positions, and finds the tails with a SIMD (Teddy) search: most bytes
//! of a text are never fed to the big automaton, a table of the patterns' first two bytes
//! and bit sets over their first four and eight bytes skip most words without a walk (a
//! phrase's everyday first word, "på" of "på grund av", costs no walk either), and matches
//! inside words that could never be accepted ("han" in "Johansson") cost nothing. Matches
//! do not overlap: after a match the scan goes on after its end (leftmost-longest, as one
//! unanchored search would do, except that inside-word matches of non-tail terms, which are
//! always rejected, no longer hide a later term).

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind};

use super::tokens::{
    boundary_before, is_letter_byte, is_word_byte, latin1_lower, word_start, HashBits,
};
use crate::{Category, UseArea, UseKind};

/// What a term signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A content category term; `weak` terms need a person nearby to be reported at all.
    Content { cat: Category, weak: bool },
    /// A reference to an individual ("klienten", "min son").
    PersonRef,
    /// A personal pronoun ("hon", "hans"): about a person, but too common in general text
    /// (press releases quoting someone) to carry a weak term.
    Pronoun,
    /// A general or normative marker ("får inte", "till exempel", "uppgifter om").
    General,
    /// A phrase of information written to anyone ("har rätt till", "har du frågor"): counts
    /// towards a text being general, not against the sentence it stands in.
    Info,
    /// A marking word (secrecy, classification, internal, copyright); `u8` = marking id.
    Marking(u8),
    /// An infrastructure term; `u8` = 0 word, 1 host/network fragment.
    Infra(u8),
    /// A verb of a requested use; `u8` = verb class.
    UseVerb(u8),
    /// An object of a requested use; `u8` = object class.
    UseObject(u8),
    /// A whole phrase that is a use on its own.
    UsePhrase(UseKind, UseArea),
    /// Talk about AI rules rather than a request ("AI-förordningen", "förbjuder").
    Discussion,
    /// A word of fiction ("novellen", "huvudpersonen"): the text may be about a story.
    Fiction,
    /// A word that points at what follows ("nedan", "följande"): a list below.
    Below,
}

/// One term with its matching rules.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Term {
    pub(crate) kind: Kind,
    /// Any letters may follow.
    stem: bool,
    /// May end a compound (no word boundary needed before).
    tail: bool,
    /// Must match in exactly this case.
    exact: Option<&'static str>,
    /// Ends with a pronoun or a particle ("får jag", "utan att"), which takes no ending:
    /// "får jag" is not in "får jaga".
    closed: bool,
}

/// Words that take no ending when they end a term.
const CLOSED_WORDS: &[&str] = &[
    "jag", "du", "vi", "ni", "dem", "dom", "han", "hon", "hen", "mig", "dig", "oss", "er", "inte",
    "om", "att", "av", "till", "för", "med", "på", "i", "den", "det", "som", "man",
];

/// A match accepted by [`Lexicon::accept`]: the term and the byte span incl. its ending.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// End of the term itself, before its ending.
    pub(crate) core_end: usize,
}

/// Endings a non-stem term may take.
const ENDINGS: &[&[u8]] = &[
    b"", b"s", b"n", b"en", b"ens", b"et", b"ets", b"er", b"ers", b"erna", b"ernas", b"ar",
    b"arna", b"arnas", b"or", b"orna", b"na", b"t", b"a", b"e", b"ns", b"r", b"rna",
];

/// The automata and the term table (pattern id → term).
pub(crate) struct Lexicon {
    /// Every pattern, anchored only: walked from the positions where a term may start.
    trie: NFA,
    start: StateID,
    /// Per byte: 0 no pattern starts with it, 1 patterns start with it (a word byte: only at
    /// a word start), 2 a pattern starts with it and it is not a word byte (anywhere).
    first: [u8; 256],
    /// The bytes of kind 2 in [`Lexicon::first`] (`(`, `-`, `.`), for the block scan of
    /// [`Lexicon::next_start`]; `None` when there are more than four (every byte that is no
    /// word byte is then a candidate).
    punct: Option<[u8; 4]>,
    /// Two bits per hash of a pattern's first four bytes (ASCII lower-cased; shorter
    /// patterns whole): bit 0, a pattern of at most seven bytes starts so (a walk must
    /// start); bit 1, a longer one does (whether a walk starts is asked of
    /// [`Lexicon::long_prefixes`]). A walk starts only where the text can begin a pattern,
    /// so most words cost a few table lookups instead of a walk through the automaton.
    prefixes: Box<[u64; PREFIX_WORDS]>,
    /// Per first two bytes (folded, little-endian): [`TWO_WHOLE`], [`TWO_THREE`] and
    /// [`TWO_LONGER`], what patterns start with them. The first question asked of a word:
    /// exact, no hashing.
    two: Box<[u8; 1 << 16]>,
    /// Bit set over hashes of the first eight bytes of the patterns that are longer than
    /// seven. Most words that begin a long pattern begin a phrase ("på grund av", "med
    /// hänsyn till", "kronofogden") whose first word is everyday ("på Kungsgatan",
    /// "kronor"): one more lookup instead of a walk that dies after the word.
    long_prefixes: HashBits,
    /// The patterns of compound tails (`*missbruk`), unanchored; `None` when there are none.
    tails: Option<Tails>,
    /// Tail pattern id → pattern id in `trie`.
    tail_ids: Vec<usize>,
    /// Every pattern as the automaton holds it (tests ask the filters about each).
    #[cfg(test)]
    patterns: Vec<String>,
    /// Per pattern, the terms it stands for (one pattern may serve several detectors:
    /// "försörjningsstöd" is economic content and the object of a benefit decision).
    terms: Vec<Vec<Term>>,
}

/// The searcher for compound tails: Teddy (SIMD) when the patterns fit, else an automaton.
enum Tails {
    Packed(aho_corasick::packed::Searcher),
    Automaton(AhoCorasick),
}

impl Tails {
    fn new(patterns: &[String]) -> Option<Tails> {
        if patterns.is_empty() {
            return None;
        }
        let packed = aho_corasick::packed::Config::new()
            .match_kind(aho_corasick::packed::MatchKind::LeftmostLongest)
            .builder()
            .extend(patterns)
            .build();
        Some(match packed {
            Some(p) => Tails::Packed(p),
            None => Tails::Automaton(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(patterns)
                    .expect("the tail automaton builds"),
            ),
        })
    }

    /// The leftmost-longest match at or after `from`: `(start, tail pattern id, end)`.
    fn find(&self, t: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        let m = match self {
            Tails::Packed(p) => p.find_in(t, aho_corasick::Span::from(from..t.len()))?,
            Tails::Automaton(ac) => ac.find(Input::new(t).range(from..))?,
        };
        Some((m.start(), m.pattern().as_usize(), m.end()))
    }
}

/// [`Lexicon::two`]: a pattern is these two bytes.
const TWO_WHOLE: u8 = 1;
/// [`Lexicon::two`]: a three-byte pattern starts with these two bytes.
const TWO_THREE: u8 = 2;
/// [`Lexicon::two`]: a pattern of four bytes or more starts with these two bytes.
const TWO_LONGER: u8 = 4;

/// Size of [`Lexicon::prefixes`] in 64-bit words (2^16 two-bit slots, 16 KiB: stays in L1).
const PREFIX_WORDS: usize = 2048;

/// The first (up to) eight bytes, folded as the walk folds them ([`fold_byte`]),
/// little-endian.
fn long_key(p: &[u8]) -> u64 {
    let mut prev = 0u8;
    p.iter().take(8).enumerate().fold(0, |x, (j, &b)| {
        let f = fold_byte(prev, b);
        prev = b;
        x | u64::from(f) << (8 * j)
    })
}

/// The high bit of every byte of `x` that equals `b`.
#[inline(always)]
fn bytes_equal(x: u64, b: u8) -> u64 {
    const H: u64 = 0x8080_8080_8080_8080;
    let y = x ^ (0x0101_0101_0101_0101 * u64::from(b));
    // a byte's high bit survives only when it and its low seven bits are all zero
    !(((y & !H) + !H) | y) & H
}

/// [`fold_byte`] over eight bytes at once (the first byte is taken as not following `C3`).
#[inline]
fn fold8(x: u64) -> u64 {
    const H: u64 = 0x8080_8080_8080_8080;
    let lower = ascii_lower8(x);
    // a Latin-1 capital's second byte only follows C3, a byte with the high bit set
    if x & 0x8080_8080_8080_8000 == 0 {
        return lower;
    }
    // the second byte of a Latin-1 capital: 80..=9E except 97, right after a C3
    let after_c3 = bytes_equal(x, 0xC3) << 8;
    // (no carry between bytes: the low seven bits plus 0x61 stay below 0x100)
    let at_most_9e = !((x & !H) + 0x6161_6161_6161_6161) & H;
    let capital = after_c3 & x & at_most_9e & !bytes_equal(x, 0x97);
    // 0x80 >> 2 = 0x20, added to a byte of 80..=9E: no carry either
    lower + (capital >> 2)
}

/// A 16-bit hash of an eight-byte prefix key.
#[inline]
fn long_hash(x: u64) -> usize {
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// The first (up to) four bytes, folded as the walk folds them ([`fold_byte`]),
/// little-endian.
fn prefix_key(p: &[u8]) -> u32 {
    long_key(&p[..p.len().min(4)]) as u32
}

/// `b` case-folded, given the byte before it: ASCII capitals and the second byte of the
/// Latin-1 capitals À..Þ (UTF-8 `C3 80`..`C3 9E`, except × `C3 97`) become lower-case.
#[inline(always)]
fn fold_byte(prev: u8, b: u8) -> u8 {
    if b < 0x80 {
        b.to_ascii_lowercase()
    } else if prev == 0xC3 && b <= 0x9E && b != 0x97 {
        b + 0x20
    } else {
        b
    }
}

/// A term's text as the automaton holds it: ASCII and Latin-1 capitals lower-cased, every
/// other character as it is (the same folding as [`fold_byte`], per character).
fn fold_key(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            '\u{c0}'..='\u{de}' if c != '\u{d7}' => latin1_lower(c),
            _ => c,
        })
        .collect()
}

/// Terms whose spelling without å, ä and ö is another everyday word: "pröva" (assess)
/// written bare is "prova" (try), as in "hon vill prova att komma tillbaka".
const NOT_BARE: &[&str] = &["prova"];

/// `s` (lower-case) with å, ä and ö written as a, a and o.
fn undotted(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            _ => c,
        })
        .collect()
}

/// [`fold_byte`] over four bytes at once (the first byte is taken as not following `C3`).
#[inline]
fn fold4(x: u32) -> u32 {
    // (the fourth byte's successor falls outside the 32 bits)
    fold8(u64::from(x)) as u32
}

/// ASCII lower-casing of eight bytes at once (other bytes unchanged).
#[inline]
fn ascii_lower8(x: u64) -> u64 {
    let low7 = x & 0x7F7F_7F7F_7F7F_7F7F;
    // high bit of each byte: byte >= 'A', byte > 'Z', byte < 0x80
    let ge_a = low7.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let gt_z = low7.wrapping_add(0x2525_2525_2525_2525);
    let upper = ge_a & !gt_z & !x & 0x8080_8080_8080_8080;
    x | (upper >> 2)
}

/// A 16-bit hash of a prefix key and its length.
#[inline]
fn prefix_hash(x: u32, len: usize) -> usize {
    let k = u64::from(x) | (len as u64) << 32;
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

/// Whether each byte is a word byte ([`is_word_byte`]), as a table.
const WORD: [bool; 256] = {
    let mut w = [false; 256];
    let mut b = 0;
    while b < 256 {
        w[b] = (b as u8).is_ascii_alphanumeric() || b >= 0x80;
        b += 1;
    }
    w
};

/// For the `n <= 64` bytes of `t` from `at`: bit `i` of the first mask says `t[at + i]` is
/// a word byte ([`is_word_byte`]), of the second that it is one of `punct` (or, with no
/// `punct` set, any byte that is no word byte). Sixteen bytes at a time with SSE2.
#[inline]
fn block_masks(t: &[u8], at: usize, n: usize, punct: Option<&[u8; 4]>) -> (u64, u64) {
    #[cfg(target_arch = "x86_64")]
    if n == 64 {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of the x86_64 baseline; the four loads read
        // `t[at..at + 64]`, in bounds as `at + n <= t.len()`.
        unsafe {
            let (mut words, mut marks) = (0u64, 0u64);
            let digit_lo = _mm_set1_epi8(0x2F);
            let digit_hi = _mm_set1_epi8(0x3A);
            let alpha_lo = _mm_set1_epi8(0x60);
            let alpha_hi = _mm_set1_epi8(0x7B);
            let case = _mm_set1_epi8(0x20);
            let p = punct.map(|p| p.map(|b| _mm_set1_epi8(b as i8)));
            for k in 0..4 {
                let v = _mm_loadu_si128(t.as_ptr().add(at + 16 * k) as *const __m128i);
                // signed compares: bytes >= 0x80 are negative, so neither digits nor letters
                let digit = _mm_and_si128(_mm_cmpgt_epi8(v, digit_lo), _mm_cmplt_epi8(v, digit_hi));
                let folded = _mm_or_si128(v, case);
                let alpha = _mm_and_si128(
                    _mm_cmpgt_epi8(folded, alpha_lo),
                    _mm_cmplt_epi8(folded, alpha_hi),
                );
                let ascii_word = _mm_movemask_epi8(_mm_or_si128(digit, alpha)) as u16;
                let high = _mm_movemask_epi8(v) as u16;
                let w = ascii_word | high;
                let m = match &p {
                    Some([a, b, c, d]) => _mm_movemask_epi8(_mm_or_si128(
                        _mm_or_si128(_mm_cmpeq_epi8(v, *a), _mm_cmpeq_epi8(v, *b)),
                        _mm_or_si128(_mm_cmpeq_epi8(v, *c), _mm_cmpeq_epi8(v, *d)),
                    )) as u16,
                    None => !w,
                };
                words |= u64::from(w) << (16 * k);
                marks |= u64::from(m) << (16 * k);
            }
            return (words, marks);
        }
    }
    let (mut words, mut marks) = (0u64, 0u64);
    for (i, &b) in t[at..at + n].iter().enumerate() {
        if WORD[b as usize] {
            words |= 1 << i;
        } else if punct.is_none_or(|p| p.contains(&b)) {
            marks |= 1 << i;
        }
    }
    (words, marks)
}

/// Walks decided within their first eight (or sixteen) bytes, by those bytes folded as the walk
/// folds them ([`fold8`]): two direct-mapped tables, sized for the text (at most 4,096 slots
/// each, 128 KiB in all; a 4 KB prompt gets 64). A key is never 0 (a walk starts at a letter
/// or a punctuation mark), so 0 marks an empty slot.
struct WalkMemo {
    keys: Vec<u64>,
    /// `(pattern id + 1) << 5 | length`, or 0 for no match.
    vals: Vec<u32>,
    /// The same for walks decided within sixteen bytes, by those bytes folded.
    long_keys: Vec<(u64, u64)>,
    long_vals: Vec<u32>,
    shift: u32,
}

impl WalkMemo {
    fn new(text_len: usize) -> WalkMemo {
        let bits = (text_len / 64)
            .clamp(16, 4096)
            .next_power_of_two()
            .trailing_zeros();
        WalkMemo {
            keys: vec![0; 1 << bits],
            vals: vec![0; 1 << bits],
            long_keys: vec![(0, 0); 1 << bits],
            long_vals: vec![0; 1 << bits],
            shift: 64 - bits,
        }
    }

    /// A remembered answer: `(pattern id, end)` for a walk from `at`, or `None`.
    #[inline]
    fn answer(v: u32, at: usize) -> Option<(usize, usize)> {
        (v != 0).then(|| ((v >> 5) as usize - 1, at + (v & 31) as usize))
    }

    /// The value remembered for a walk's answer from `at` (see [`WalkMemo::vals`]).
    #[inline]
    fn value(found: Option<(usize, usize)>, at: usize) -> u32 {
        found.map_or(0, |(pid, end)| ((pid as u32 + 1) << 5) | (end - at) as u32)
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }
}

impl Lexicon {
    /// Builds the automaton from lists of `(kind, newline-separated terms)`.
    pub(crate) fn new(lists: &[(Kind, &'static str)]) -> Lexicon {
        let mut patterns: Vec<String> = Vec::new();
        let mut terms: Vec<Vec<Term>> = Vec::new();
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for &(kind, list) in lists {
            for raw in list.lines() {
                let mut t = raw.trim();
                if t.is_empty() || t.starts_with('#') {
                    continue;
                }
                let mut kind = kind;
                let mut exact = false;
                if let Some(r) = t.strip_prefix('!') {
                    if let Kind::Content { cat, .. } = kind {
                        kind = Kind::Content { cat, weak: true };
                    }
                    t = r;
                }
                if let Some(r) = t.strip_prefix('=') {
                    exact = true;
                    t = r;
                }
                let tail = t.starts_with('*');
                let stem = t.ends_with('*') && t.len() > 1;
                let core = t.trim_start_matches('*').trim_end_matches('*');
                if core.is_empty() {
                    continue;
                }
                let last_word = core.rsplit(' ').next().unwrap_or(core);
                let term = Term {
                    kind,
                    stem,
                    tail,
                    exact: exact.then_some(core),
                    closed: core.contains(' ')
                        && CLOSED_WORDS
                            .iter()
                            .any(|w| last_word.eq_ignore_ascii_case(w)),
                };
                let variants: Vec<String> = if exact {
                    vec![fold_key(core)]
                } else {
                    let lower = core.to_lowercase();
                    if lower.chars().all(|c| c <= '\u{ff}') {
                        // the walk folds these capitals itself
                        vec![fold_key(&lower)]
                    } else {
                        // letters beyond Latin-1 (Ł, Š …): each case form is its own path
                        let mut cap = String::new();
                        let mut cs = lower.chars();
                        if let Some(c) = cs.next() {
                            cap.extend(c.to_uppercase());
                            cap.push_str(cs.as_str());
                        }
                        let upper = core.to_uppercase();
                        vec![fold_key(&lower), fold_key(&cap), fold_key(&upper)]
                    }
                };
                // Terms as people type them without å, ä and ö (a phone or a keyboard set to
                // another language: "forsorjningsstod", "avgor om han ska fa"); only long
                // terms, where the bare letters cannot make another word.
                let mut variants = variants;
                let min_bare = match kind {
                    Kind::Content { .. } => 7,
                    Kind::UseVerb(_) | Kind::UseObject(_) | Kind::UsePhrase(..) => 5,
                    _ => usize::MAX,
                };
                if !exact && !tail {
                    let bare = undotted(&variants[0]);
                    if bare != variants[0]
                        && bare.chars().count() >= min_bare
                        && !NOT_BARE.contains(&bare.as_str())
                    {
                        variants.push(bare);
                    }
                }
                for v in variants {
                    // duplicates after folding collapse to one pattern
                    match seen.get(&v) {
                        Some(&id) => {
                            if !terms[id].iter().any(|x| x.kind == term.kind) {
                                terms[id].push(term);
                            }
                        }
                        None => {
                            seen.insert(v.clone(), patterns.len());
                            patterns.push(v);
                            terms.push(vec![term]);
                        }
                    }
                }
            }
        }
        // (dense transitions near the root, where most walks end; the default depth was the
        // fastest of 2–4 on the throughput example)
        let trie = aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(false)
            .build(&patterns)
            .expect("the lexicon automaton builds");
        let start = trie
            .start_state(Anchored::Yes)
            .expect("the lexicon automaton is anchored");
        let mut first = [0u8; 256];
        for p in &patterns {
            let b = p.as_bytes()[0];
            let k = if WORD[b as usize] { 1 } else { 2 };
            for v in [b, b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                first[v as usize] = k;
            }
        }
        // (a remembered walk keeps its pattern id in 27 bits: see `WalkMemo::vals`)
        assert!(patterns.len() < 1 << 26, "pattern ids fit the walk memo");
        let punct_bytes: Vec<u8> = (0..=255u8).filter(|&b| first[b as usize] == 2).collect();
        // (unused slots repeat a byte of the set; an empty set is looked for as a byte that
        // starts no pattern: a match is dropped by `first`)
        let punct = (punct_bytes.len() <= 4).then(|| {
            let fill = punct_bytes.first().copied().unwrap_or(b' ');
            std::array::from_fn(|i| punct_bytes.get(i).copied().unwrap_or(fill))
        });
        let mut prefixes = Box::new([0u64; PREFIX_WORDS]);
        let mut long_prefixes = HashBits::new();
        let mut two = Box::new([0u8; 1 << 16]);
        for p in &patterns {
            let b = p.as_bytes();
            assert!(
                b.len() >= 2,
                "a lexicon pattern has at least two bytes: {p:?}"
            );
            let k2 = prefix_key(&b[..2]) as usize;
            two[k2] |= match b.len() {
                2 => TWO_WHOLE,
                3 => TWO_THREE,
                _ => TWO_LONGER,
            };
            if b.len() == 2 {
                continue;
            }
            let l = b.len().min(4);
            let h = prefix_hash(prefix_key(&b[..l]), l);
            let long = b.len() >= 8;
            prefixes[h >> 5] |= 1 << ((h & 31) * 2 + usize::from(long));
            if long {
                long_prefixes.insert(long_hash(long_key(b)));
            }
        }
        let tail_ids: Vec<usize> = (0..patterns.len())
            .filter(|&i| terms[i].iter().any(|t| t.tail))
            .collect();
        // Inside a word a tail is written lower-case ("alkoholmissbruk") or upper-case
        // ("ALKOHOLMISSBRUK"); at a word start the case-folding walk finds it anyway.
        // Exact-case variants (not `ascii_case_insensitive`) let a SIMD (Teddy) searcher
        // find them, so the search costs next to nothing.
        let mut tail_pats: Vec<String> = Vec::new();
        let mut tail_of: Vec<usize> = Vec::new();
        for &i in &tail_ids {
            for v in [patterns[i].to_lowercase(), patterns[i].to_uppercase()] {
                // the pattern that matches this variant in the trie (ASCII case folded)
                let Some(&id) = seen.get(&fold_key(&v)) else {
                    continue;
                };
                if terms[id].iter().any(|t| t.tail) && !tail_pats.contains(&v) {
                    tail_pats.push(v);
                    tail_of.push(id);
                }
            }
        }
        let tails = Tails::new(&tail_pats);
        let tail_ids = tail_of;
        Lexicon {
            trie,
            start,
            first,
            punct,
            prefixes,
            two,
            long_prefixes,
            tails,
            tail_ids,
            #[cfg(test)]
            patterns,
            terms,
        }
    }

    /// Whether the compound tails are found by the SIMD (Teddy) searcher: too many tail
    /// patterns make it fall back to an automaton that costs several times as much.
    #[cfg(test)]
    pub(crate) fn tails_packed(&self) -> bool {
        matches!(self.tails, Some(Tails::Packed(_)))
    }

    /// Whether a pattern may start at `c`, from the prefix tables (no false negatives).
    #[inline(always)]
    fn may_start(&self, t: &[u8], c: usize) -> bool {
        let rest = &t[c..];
        if let Some(eight) = rest.first_chunk::<8>() {
            return self.may_start_folded(fold8(u64::from_le_bytes(*eight)));
        }
        let Some(four) = rest.first_chunk::<4>() else {
            return self.may_start_short(rest);
        };
        // (fewer than eight bytes left: the long-prefix filter is not asked)
        self.prefix_filters(fold4(u32::from_le_bytes(*four)), || true)
    }

    /// [`Lexicon::may_start`] where eight bytes follow, given them folded ([`fold8`]; the
    /// first four of them are [`fold4`] of the first four).
    #[inline(always)]
    fn may_start_folded(&self, x8: u64) -> bool {
        self.prefix_filters(x8 as u32, || self.long_prefixes.contains(long_hash(x8)))
    }

    /// The tables [`Lexicon::two`] and [`Lexicon::prefixes`] asked about a folded four-byte
    /// prefix; `long` asks [`Lexicon::long_prefixes`] when only a longer pattern may start so.
    #[inline(always)]
    fn prefix_filters(&self, x: u32, long: impl FnOnce() -> bool) -> bool {
        let m = self.two[(x & 0xFFFF) as usize];
        if m == 0 {
            return false;
        }
        if m & TWO_WHOLE != 0 || m & TWO_THREE != 0 && self.slot(x & 0x00FF_FFFF, 3) != 0 {
            return true;
        }
        if m & TWO_LONGER == 0 {
            return false;
        }
        let s = self.slot(x, 4);
        s & 1 != 0 || s != 0 && long()
    }

    /// [`Lexicon::may_start`] for the last three bytes of a text.
    #[cold]
    fn may_start_short(&self, rest: &[u8]) -> bool {
        if rest.len() < 2 {
            return false;
        }
        let m = self.two[prefix_key(&rest[..2]) as usize];
        m & TWO_WHOLE != 0
            || rest.len() == 3 && m & TWO_THREE != 0 && self.slot(prefix_key(rest), 3) != 0
    }

    /// The two bits of [`Lexicon::prefixes`] for a prefix key of `len` bytes.
    #[inline(always)]
    fn slot(&self, key: u32, len: usize) -> u64 {
        let h = prefix_hash(key, len);
        (self.prefixes[h >> 5] >> ((h & 31) * 2)) & 0b11
    }

    /// The longest pattern that starts exactly at `at`: `(pattern id, end)`.
    #[inline]
    fn longest_at(&self, t: &[u8], at: usize) -> Option<(usize, usize)> {
        self.walk(t, at).0
    }

    /// [`Lexicon::longest_at`], remembered in `memo` for walks decided within their first
    /// eight or sixteen bytes: a walk that ends (a dead state) within them gives the same
    /// answer wherever the same bytes (folded) stand, and the same words ("beslut", "med",
    /// "för") start walks over and over. `key` is the first eight bytes folded (`None` near
    /// the end of the text: walked, not remembered).
    #[inline]
    fn longest_at_memo(
        &self,
        t: &[u8],
        at: usize,
        key: Option<u64>,
        memo: &mut WalkMemo,
    ) -> Option<(usize, usize)> {
        let Some(key) = key else {
            return self.longest_at(t, at);
        };
        let slot = memo.slot(key);
        if memo.keys[slot] == key {
            return WalkMemo::answer(memo.vals[slot], at);
        }
        // the next eight bytes folded as the walk folds them: after a C3 that ends the
        // first eight, the first of them is a Latin-1 capital's second byte
        let long_key = t.get(at + 8..at + 16).map(|next| {
            let mut y = fold8(u64::from_le_bytes(next.try_into().expect("eight bytes")));
            if t[at + 7] == 0xC3 {
                y = (y & !0xFF) | u64::from(fold_byte(0xC3, next[0]));
            }
            (key, y)
        });
        let long_slot = long_key.map(|(_, y)| memo.slot(y ^ key.rotate_left(29)));
        if let (Some(k), Some(ls)) = (long_key, long_slot) {
            if memo.long_keys[ls] == k {
                return WalkMemo::answer(memo.long_vals[ls], at);
            }
        }
        let (found, ended) = self.walk(t, at);
        match ended.map(|e| e - at) {
            Some(0..=8) => {
                memo.keys[slot] = key;
                memo.vals[slot] = WalkMemo::value(found, at);
            }
            Some(9..=16) => {
                if let (Some(k), Some(ls)) = (long_key, long_slot) {
                    memo.long_keys[ls] = k;
                    memo.long_vals[ls] = WalkMemo::value(found, at);
                }
            }
            _ => {}
        }
        found
    }

    /// The walk of [`Lexicon::longest_at`], and where it reached a dead state (`None` when
    /// the text ended first).
    #[inline]
    fn walk(&self, t: &[u8], at: usize) -> (Option<(usize, usize)>, Option<usize>) {
        let mut sid = self.start;
        let mut found = None;
        let mut i = at;
        // a walk starts at a word start or punctuation, never inside a UTF-8 sequence
        let mut prev = 0u8;
        while i < t.len() {
            let b = t[i];
            sid = self.trie.next_state(Anchored::Yes, sid, fold_byte(prev, b));
            prev = b;
            i += 1;
            if self.trie.is_special(sid) {
                if self.trie.is_dead(sid) {
                    return (found, Some(i));
                }
                // A match state may carry a pattern that is only a suffix of what was
                // walked ("han" at the end of a longer prefix): not a match at `at`.
                let pid = self.trie.match_pattern(sid, 0);
                if i - self.trie.pattern_len(pid) == at {
                    found = Some((pid.as_usize(), i));
                }
            }
        }
        (found, None)
    }

    /// The leftmost-longest compound tail at or after `from`: `(start, pattern id, end)`.
    fn next_tail(&self, t: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        let (start, pid, end) = self.tails.as_ref()?.find(t, from)?;
        Some((start, self.tail_ids[pid], end))
    }

    /// Every accepted hit in `text`, in order.
    pub(crate) fn hits(&self, text: &str, out: &mut Vec<Hit>) {
        let first = out.len();
        let t = text.as_bytes();
        let n = t.len();
        let mut tail = self.next_tail(t, 0);
        let mut memo = WalkMemo::new(n);
        let mut c = 0;
        loop {
            // invariant: no match is left before `c`, and the next tail starts at or after it
            let limit = tail.map_or(n, |(ts, _, _)| ts);
            let (p, key) = self.next_start(t, c, limit);
            if p < limit {
                match self.longest_at_memo(t, p, key, &mut memo) {
                    Some((pid, end)) => {
                        let before = out.len();
                        self.accept_all(t, pid, p, end, out);
                        // a rejected match ("har demens" in "har demensdiagnos") hides
                        // nothing: the scan goes on at the next word
                        c = if out.len() > before { end } else { p + 1 };
                        if c == end && t[p..end].contains(&b' ') {
                            self.content_inside(t, p, end, out);
                        }
                        if let Some((ts, tp, te)) = tail.filter(|&(ts, _, _)| ts < c) {
                            // a compound tail inside the accepted word ("demensdiagnos": a
                            // vulnerable group here, a diagnosis by its tail) counts too
                            if ts > p && te <= end && tp != pid {
                                self.accept_all(t, tp, ts, te, out);
                            }
                            tail = self.next_tail(t, c);
                        }
                        // the hits of a phrase, the words inside it and a tail: in order
                        if out.len() > before + 1 {
                            out[before..].sort_by_key(|h| h.start);
                        }
                    }
                    None => c = p + 1,
                }
                continue;
            }
            let Some((ts, tp, te)) = tail else {
                break;
            };
            // a tail at `ts`; where a term may start there too, the longest match wins
            // (the big automaton holds the tail patterns as well)
            let (pid, end) = self
                .is_start(t, ts)
                .then(|| self.longest_at(t, ts))
                .flatten()
                .unwrap_or((tp, te));
            self.accept_all(t, pid, ts, end, out);
            c = end;
            tail = self.next_tail(t, c);
        }
        debug_assert!(out[first..].windows(2).all(|w| w[0].start <= w[1].start));
    }

    /// Whether a term may start at `p`: a word start (or punctuation that begins a pattern)
    /// whose first bytes begin a pattern.
    #[inline]
    fn is_start(&self, t: &[u8], p: usize) -> bool {
        let k = self.first[t[p] as usize];
        (k == 2 || (k == 1 && (p == 0 || !WORD[t[p - 1] as usize]))) && self.may_start(t, p)
    }

    /// The first position in `c..limit` where [`Lexicon::is_start`] holds, or `limit`, with
    /// its first eight bytes folded when eight follow (the key of [`WalkMemo`]).
    /// Reads 64 bytes at a time: a bit mask of the word bytes gives the word starts, masks of
    /// the few punctuation marks that begin a pattern give those, and only these candidates
    /// are asked the prefix filters.
    #[inline]
    fn next_start(&self, t: &[u8], c: usize, limit: usize) -> (usize, Option<u64>) {
        let mut p = c;
        let mut prev_word = p > 0 && WORD[t[p - 1] as usize];
        while p < limit {
            let n = (limit - p).min(64);
            let (words, punct) = block_masks(t, p, n, self.punct.as_ref());
            let mut cand = (words & !((words << 1) | u64::from(prev_word))) | punct;
            while cand != 0 {
                let q = p + cand.trailing_zeros() as usize;
                if self.first[t[q] as usize] != 0 {
                    // (the eight bytes folded once: for the filters and the walk's memo)
                    if let Some(eight) = t[q..].first_chunk::<8>() {
                        let key = fold8(u64::from_le_bytes(*eight));
                        if self.may_start_folded(key) {
                            return (q, Some(key));
                        }
                    } else if self.may_start(t, q) {
                        return (q, None);
                    }
                }
                cand &= cand - 1;
            }
            prev_word = words >> (n - 1) & 1 == 1;
            p += n;
        }
        (limit, None)
    }

    /// Content terms that start at a later word of the accepted phrase `p..end` ("demens"
    /// in "har demens", a vulnerable group of the uses): a phrase of one detector does not
    /// hide what the words inside it say to another.
    #[cold]
    fn content_inside(&self, t: &[u8], p: usize, end: usize, out: &mut Vec<Hit>) {
        let mut q = p;
        while let Some(sp) = memchr::memchr(b' ', &t[q..end]) {
            q += sp + 1;
            if q >= end || !self.is_start(t, q) {
                continue;
            }
            if let Some((pid, e)) = self.longest_at(t, q) {
                for term in &self.terms[pid] {
                    if !matches!(term.kind, Kind::Content { .. }) {
                        continue;
                    }
                    if let Some(we) = self.accept(t, term, q, e) {
                        out.push(Hit {
                            kind: term.kind,
                            start: q,
                            end: we,
                            core_end: e,
                        });
                    }
                }
            }
        }
    }

    /// Pushes a hit for every term of pattern `pid` that accepts the match `start..end`.
    #[inline]
    fn accept_all(&self, t: &[u8], pid: usize, start: usize, end: usize, out: &mut Vec<Hit>) {
        for term in &self.terms[pid] {
            if let Some(e) = self.accept(t, term, start, end) {
                let s = if term.tail {
                    word_start(t, start)
                } else {
                    start
                };
                out.push(Hit {
                    kind: term.kind,
                    start: s,
                    end: e,
                    core_end: end,
                });
            }
        }
    }

    /// Checks boundaries and the ending; returns the end of the word form.
    fn accept(&self, t: &[u8], term: &Term, start: usize, end: usize) -> Option<usize> {
        if let Some(exact) = term.exact {
            if &t[start..end] != exact.as_bytes() {
                return None;
            }
        }
        let first = t[start];
        let last = t[end - 1];
        // terms that begin or end with punctuation carry their own boundary
        if is_word_byte(first) && !term.tail && !boundary_before(t, start) {
            return None;
        }
        if !is_word_byte(last) {
            return Some(end);
        }
        let mut e = end;
        while e < t.len() && is_letter_byte(t[e]) {
            e += 1;
        }
        if term.stem {
            return Some(e);
        }
        let ending = &t[end..e];
        if term.closed && !ending.is_empty() {
            return None;
        }
        // "ÅNGESTEN" as well as "ångesten"; but an acronym takes no capital ending ("MS" is
        // not in "MSA")
        let capital = ending.iter().any(u8::is_ascii_uppercase);
        let ok = if capital {
            term.exact.is_none()
                && end - start >= 4
                && ENDINGS.iter().any(|x| x.eq_ignore_ascii_case(ending))
        } else {
            ENDINGS.contains(&ending)
        };
        if ok && !(e < t.len() && t[e].is_ascii_digit()) {
            Some(e)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(lex: &Lexicon, text: &str) -> Vec<(String, Kind)> {
        let mut v = Vec::new();
        lex.hits(text, &mut v);
        v.into_iter()
            .map(|h| (text[h.start..h.end].to_string(), h.kind))
            .collect()
    }

    #[test]
    fn ascii_lower8_matches_bytewise() {
        for x in [
            0u32,
            0x4142_5A5B,
            0x6061_7A7B,
            0x40C3_85FF,
            0x5A41_7F80,
            u32::MAX,
        ] {
            let want = u32::from_le_bytes(x.to_le_bytes().map(|b| b.to_ascii_lowercase()));
            assert_eq!(ascii_lower8(u64::from(x)) as u32, want, "{x:#x}");
        }
        for b in 0..=255u8 {
            let x = u32::from_le_bytes([b, b.wrapping_add(1), b.wrapping_add(7), b ^ 0x20]);
            let want = u32::from_le_bytes(x.to_le_bytes().map(|b| b.to_ascii_lowercase()));
            assert_eq!(ascii_lower8(u64::from(x)) as u32, want, "{x:#x}");
        }
    }

    #[test]
    fn fold4_matches_fold_byte() {
        let words: [&[u8]; 6] = [
            b"\xC3\x85NGE",
            b"a\xC3\x84r\xC3",
            b"\xC3\x97\xC3\x96",
            b"ABCD",
            b"\xC3\xA5\xC3\x89",
            b"\xC5\xA0KO",
        ];
        for w in words {
            let x = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
            assert_eq!(fold4(x), prefix_key(w), "{w:?}");
        }
        assert_eq!(fold_key("ÅNGEST × ÉN Ł"), "ångest × én Ł");
    }

    #[test]
    fn the_block_scan_finds_the_starts_the_bytewise_definition_finds() {
        let mut lists = crate::language::content::lists();
        lists.extend(crate::language::uses::lists());
        let lex = Lexicon::new(&lists);
        assert!(
            lex.punct.is_some(),
            "more than four punctuation marks begin a pattern"
        );
        // texts of words, digits, punctuation, UTF-8 and the marks that begin patterns,
        // longer than a block, scanned from every position to limits inside and at the end
        let pieces: [&[u8]; 14] = [
            b"beslut ",
            b"om ",
            b"(",
            b"-",
            b".",
            b" ",
            b"\n",
            "å".as_bytes(),
            "Ärendet ".as_bytes(),
            b"12 ",
            b"sjukskriven",
            b"\xE2\x80\x93",
            b"till exempel ",
            b"x",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..300 {
            let t = crate::language::tokens::pieces_text(&pieces, &mut seed, 200);
            for c in 0..t.len() {
                for limit in [t.len(), (c + 70).min(t.len()), (c + 3).min(t.len())] {
                    let want = (c..limit).find(|&p| lex.is_start(&t, p)).unwrap_or(limit);
                    assert_eq!(lex.next_start(&t, c, limit).0, want, "{c} {limit} {t:?}");
                }
            }
        }
        // the scalar masks agree with the SIMD ones
        let t: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for at in 0..t.len() - 64 {
            let simd = block_masks(&t, at, 64, lex.punct.as_ref());
            let mut scalar = (0u64, 0u64);
            for (i, &b) in t[at..at + 64].iter().enumerate() {
                if WORD[b as usize] {
                    scalar.0 |= 1 << i;
                } else if lex.punct.unwrap().contains(&b) {
                    scalar.1 |= 1 << i;
                }
            }
            assert_eq!(simd, scalar, "{at}");
            assert_eq!(block_masks(&t, at, 64, None).1, !scalar.0, "{at}");
        }
    }

    #[test]
    fn remembered_walks_give_the_walks_answers() {
        let mut lists = crate::language::content::lists();
        lists.extend(crate::language::uses::lists());
        let lex = Lexicon::new(&lists);
        // terms, their prefixes and longer phrases, in capitals too, repeated in a text, so
        // that remembered walks are asked again at other positions
        let text = "beslut om bistånd. Beslutet gäller. BESLUT OM BISTÅND, med 1 krona; för att \
                    hon har demens (diagnos) - sjukskriven på grund av ångest. för beslutet \
                    Ärendet avgörs; ärendena. till exempel t.ex. får inte, får jag, ALKOHOLMISSBRUK \
                    beslut om bistånd. med 1 krona; för att hon har demens \
                    (a Latin-1 capital across the eighth byte) beslutÄRENDE, beslutÄrende \
                    ansökanÅNGEST ansökanÅngest HÄLSOTILLSTÅND hälsotillstånd, psykisk ohälsa, \
                    PSYKISK OHÄLSA, på grund av, PÅ GRUND AV";
        let t = text.as_bytes();
        for size in [16, text.len()] {
            let mut memo = WalkMemo::new(size);
            for _ in 0..2 {
                for p in 0..t.len() {
                    if lex.is_start(t, p) {
                        let key = t
                            .get(p..p + 8)
                            .map(|e| fold8(u64::from_le_bytes(e.try_into().unwrap())));
                        assert_eq!(
                            lex.longest_at_memo(t, p, key, &mut memo),
                            lex.longest_at(t, p),
                            "at {p}: {:?}",
                            &text[p..]
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn fold8_and_fold4_match_fold_byte_on_every_pair_of_bytes() {
        // every byte after every byte, at every position of the eight, between letters
        let interesting: Vec<u8> = (0..=255u8).collect();
        for &a in &interesting {
            for &b in &interesting {
                for at in 0..7 {
                    let mut w = *b"Ab\xC3\x85cD\xC3\x97";
                    w[at] = a;
                    w[at + 1] = b;
                    let x = u64::from_le_bytes(w);
                    assert_eq!(fold8(x), long_key(&w), "{w:x?}");
                    let x4 = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
                    assert_eq!(fold4(x4), prefix_key(&w[..4]), "{w:x?}");
                }
            }
        }
    }

    #[test]
    fn fold8_matches_fold_byte() {
        let words: [&[u8]; 5] = [
            b"\xC3\x85NGEST X",
            b"p\xC3\xA5 GRUND",
            b"MED H\xC3\x84NS",
            b"\xC3\x97\xC3\x96\xC3\x89\xC5\xA0",
            b"abcdefgh",
        ];
        for w in words {
            let x = u64::from_le_bytes(w[..8].try_into().unwrap());
            assert_eq!(fold8(x), long_key(w), "{w:?}");
        }
    }

    /// `s` with ASCII and Latin-1 letters in capitals (what the walk folds back).
    fn capitals(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                'a'..='z' => c.to_ascii_uppercase(),
                '\u{e0}'..='\u{fe}' if c != '\u{f7}' => char::from_u32(c as u32 - 0x20).unwrap(),
                _ => c,
            })
            .collect()
    }

    #[test]
    fn the_filters_let_every_pattern_start() {
        let mut lists = crate::language::content::lists();
        lists.extend(crate::language::uses::lists());
        let lex = Lexicon::new(&lists);
        assert!(lex.patterns.len() > 1000);
        for p in &lex.patterns {
            let cap = capitals(p);
            let mut first = p.chars();
            let initial: String = first
                .next()
                .map(|c| capitals(&c.to_string()))
                .unwrap_or_default()
                + first.as_str();
            for form in [p.clone(), cap, initial] {
                for text in [form.clone(), format!("{form} och mer"), format!("{form}na")] {
                    assert!(lex.may_start(text.as_bytes(), 0), "{text:?}");
                    let at = 3;
                    let shifted = format!("ja {text}");
                    assert!(lex.may_start(shifted.as_bytes(), at), "{shifted:?}");
                }
            }
        }
    }

    #[test]
    fn capitals_beyond_ascii_are_folded_in_the_walk() {
        let h = Kind::Content {
            cat: Category::Health,
            weak: false,
        };
        let lex = Lexicon::new(&[(h, "ångest\nälg*\nłódź")]);
        let got = kinds(
            &lex,
            "ÅNGEST, Ångest, ångesten, ÄLGAR, ŁÓDŹ, Łódź, łódź, ÅNGESTX",
        );
        let words: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "ÅNGEST",
                "Ångest",
                "ångesten",
                "ÄLGAR",
                "ŁÓDŹ",
                "Łódź",
                "łódź"
            ]
        );
    }

    #[test]
    fn long_content_terms_match_without_dots() {
        let e = Kind::Content {
            cat: Category::EconomicSituation,
            weak: false,
        };
        let lex = Lexicon::new(&[(e, "försörjningsstöd\nfår\n=Kronofogden")]);
        let got = kinds(
            &lex,
            "forsorjningsstod, FORSORJNINGSSTODET, far, Kronofogden",
        );
        let words: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            words,
            vec!["forsorjningsstod", "FORSORJNINGSSTODET", "Kronofogden"]
        );
    }

    #[test]
    fn boundaries_endings_and_case() {
        let h = Kind::Content {
            cat: Category::Health,
            weak: false,
        };
        let lex = Lexicon::new(&[(h, "depression*\n*missbruk\nångest\n=Kommunal\nadhd")]);
        let got = kinds(
            &lex,
            "Depressionen, alkoholmissbruket, Ångesten, kommunal, Kommunal, ADHD, ADHDX",
        );
        let words: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "Depressionen",
                "alkoholmissbruket",
                "Ångesten",
                "Kommunal",
                "ADHD"
            ]
        );
    }

    #[test]
    fn a_rejected_or_longer_match_hides_no_term() {
        let h = Kind::Content {
            cat: Category::Health,
            weak: false,
        };
        let v = Kind::UseObject(9);
        let lex = Lexicon::new(&[(h, "*diagnos\ndemens*"), (v, "har demens\ndemensdiagnos*")]);
        // "har demens" is rejected (the word goes on): "demensdiagnos" is still found, as
        // a vulnerable group by its own pattern and as a diagnosis by its tail
        let got = kinds(&lex, "Alla tre har demensdiagnos. Hon har demens.");
        assert_eq!(
            got,
            vec![
                ("demensdiagnos".to_string(), v),
                ("demensdiagnos".to_string(), h),
                ("har demens".to_string(), v),
                ("demens".to_string(), h),
            ]
        );
    }
}
