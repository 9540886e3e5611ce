//! The one Aho-Corasick automaton over every term of every language detector.
//!
//! Content terms of all categories, personal references, general/normative markers, street
//! suffixes, markings and the verbs and objects of AI uses all go into a single
//! leftmost-longest, ASCII-case-insensitive automaton, so one pass over the text finds every
//! candidate and the cost stays flat as terms are added. Non-ASCII letters (å, ä, ö) are not
//! folded by the automaton, so each term is added lower-case, capitalised and upper-case.
//! After a match, [`Lexicon::accept`] checks the word boundaries and the allowed endings.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::tokens::{boundary_before, is_letter_byte, is_word_byte, word_start};
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
}

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

/// The automaton and the term table (pattern id → term).
pub(crate) struct Lexicon {
    ac: AhoCorasick,
    /// Per pattern, the terms it stands for (one pattern may serve several detectors:
    /// "försörjningsstöd" is economic content and the object of a benefit decision).
    terms: Vec<Vec<Term>>,
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
                let term = Term {
                    kind,
                    stem,
                    tail,
                    exact: exact.then_some(core),
                };
                let variants: Vec<String> = if exact {
                    vec![core.to_string()]
                } else {
                    let lower = core.to_lowercase();
                    let mut cap = String::new();
                    let mut cs = lower.chars();
                    if let Some(c) = cs.next() {
                        cap.extend(c.to_uppercase());
                        cap.push_str(cs.as_str());
                    }
                    vec![lower.clone(), cap, core.to_uppercase()]
                };
                for v in variants {
                    // ASCII-insensitive duplicates collapse to one pattern
                    match seen.get(&v.to_ascii_lowercase()) {
                        Some(&id) => {
                            if !terms[id].iter().any(|x| x.kind == term.kind) {
                                terms[id].push(term);
                            }
                        }
                        None => {
                            seen.insert(v.to_ascii_lowercase(), patterns.len());
                            patterns.push(v);
                            terms.push(vec![term]);
                        }
                    }
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            // a full DFA: a few MB, built once in ~tens of ms, and the fastest scan
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("the lexicon automaton builds");
        Lexicon { ac, terms }
    }

    /// Every accepted hit in `text`, in order.
    pub(crate) fn hits(&self, text: &str, out: &mut Vec<Hit>) {
        let t = text.as_bytes();
        for m in self.ac.find_iter(t) {
            for term in &self.terms[m.pattern().as_usize()] {
                if let Some(end) = self.accept(t, term, m.start(), m.end()) {
                    let start = if term.tail {
                        word_start(t, m.start())
                    } else {
                        m.start()
                    };
                    out.push(Hit {
                        kind: term.kind,
                        start,
                        end,
                        core_end: m.end(),
                    });
                }
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
        if ENDINGS.contains(&ending) && !(e < t.len() && t[e].is_ascii_digit()) {
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
}
