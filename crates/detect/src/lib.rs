//! vakt-detect: the detection engine.
//!
//! `text -> findings (category, byte span, score, level) -> level + reasons (+ uses)`.
//!
//! The engine does no I/O: the CLI, the gateway and the web pages all call the same
//! [`Engine::analyze`]. Build one [`Engine`] at start (it compiles automata and loads
//! gazetteers) and share it (`Engine` is `Send + Sync`); [`Engine::shared`] gives a
//! process-wide instance.
//!
//! Why it is built this way: every request to an AI system passes through the engine, so
//! its cost must stay flat as detectors are added. Identifiers are therefore found in one
//! forward scan that stops only at bytes that can start one (digits at a word start, `@`,
//! `+`, `:`, `=`, `_`, `-`; found 16 bytes at a time with SIMD), and only there are the
//! format matchers and checksums run; context words ("pnr", "Fakturanummer", "tel") are read
//! from a small window before a candidate, never over the whole text; the few key prefixes
//! made of letters only (`AKIA`, `eyJ` …) come from one small Aho-Corasick pass. A checksum or a date that fails means "not this identifier", so
//! random numbers never become personnummer.
//!
//! Module map (who owns what):
//! - [`types`]: the public value types (categories, levels, findings, uses, analysis).
//! - `identifiers/`: checksummed and pattern identifiers (personnummer, org_number, phone,
//!   iban …), one file per family; [`checks`] re-exports the single-value validators.
//! - `language/`: Swedish prose: person names, addresses, content lexicons (health, child …)
//!   with the "about an individual" rules, AI Act uses, and `learnt`: two small learnt
//!   models (`data/*_model.tsv`) that give a second opinion on content around the people a
//!   text is about and on what a short text asks for.
//! - `classify`: turns findings into the document level with Swedish reasons
//!   (overlap merging; combination rules: identifier + special category, sammanställning).
//!
//! ```
//! use vakt_detect::{Category, Engine, Level};
//! let a = Engine::shared().analyze("Sökande: personnummer 811218-9876, tel 070-123 45 67.");
//! assert_eq!(a.level, Level::L2);
//! assert!(a.findings.iter().any(|f| f.category == Category::Personnummer));
//! assert_eq!(a.reasons[0], "personnummer (extra skyddsvärd personuppgift) ger nivå 2");
//! ```

#![deny(missing_docs)]

pub mod types;
pub use types::*;

/// Validators for single identifiers, for tests and for callers that check one value.
pub mod checks {
    pub use crate::identifiers::orgnr;
    pub use crate::identifiers::personnummer;
}

mod classify;
pub use classify::compilation_lift;
mod identifiers;
mod language;
mod plain_text;

use std::sync::OnceLock;

/// The detection engine. Cheap to share, expensive to build.
pub struct Engine {
    identifiers: identifiers::IdentifierDetector,
    language: language::LanguageDetector,
}

impl Engine {
    /// Builds the engine: compiles the identifier patterns, lexicons and name lists.
    pub fn new() -> Engine {
        Engine {
            identifiers: identifiers::IdentifierDetector::new(),
            language: language::LanguageDetector::new(),
        }
    }

    /// A process-wide engine, built on first use.
    pub fn shared() -> &'static Engine {
        static ENGINE: OnceLock<Engine> = OnceLock::new();
        ENGINE.get_or_init(Engine::new)
    }

    /// Only the identifiers (personnummer, phone, IBAN …) in `text`, sorted by start,
    /// without the language detectors and without classification. Overlaps are not merged.
    /// Used by the benchmark to measure the identifier pass alone.
    pub fn identifiers(&self, text: &str) -> Vec<Finding> {
        let mut findings = Vec::new();
        self.identifiers.detect(text, &mut findings);
        findings.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        findings
    }

    /// Analyses one document's text.
    ///
    /// A text pasted as a JSON body or a log line, its line breaks and tabs written as the
    /// escapes `\n`, `\t`, `\r`, is analysed as a copy where each escape is a space and the
    /// character itself, byte for byte as long, so that "…\n\nHEMLIG\nenligt …" has its
    /// lines and words as the same text with real line breaks would; the spans are the same
    /// in both. A text with `\r\n` or `\r` line breaks (a browser's form, a Windows file) is
    /// analysed as its copy with `\n` ones, and a text with Unicode spaces (a no-break space
    /// from Word or a web page: "070\u{a0}123\u{a0}45\u{a0}67") as its copy with ASCII
    /// spaces; the spans are mapped back to the text.
    pub fn analyze(&self, text: &str) -> Analysis {
        let copy;
        let text = match unescaped_breaks(text) {
            Some(c) => {
                copy = c;
                copy.as_str()
            }
            None => text,
        };
        let Some(plain) = plain_text::PlainCopy::new(text) else {
            return self.analyze_plain(text);
        };
        let mut a = self.analyze_plain(&plain.text);
        for f in &mut a.findings {
            f.start = plain.to_original(f.start);
            f.end = plain.to_original(f.end);
        }
        for u in &mut a.uses {
            u.start = plain.to_original(u.start);
            u.end = plain.to_original(u.end);
        }
        a
    }

    /// [`Engine::analyze`] for a text whose line breaks are `\n` alone and whose spaces are
    /// ASCII.
    fn analyze_plain(&self, text: &str) -> Analysis {
        let mut findings = Vec::new();
        let mut uses = Vec::new();
        self.identifiers.detect(text, &mut findings);
        self.language.detect(text, &mut findings, &mut uses);
        findings.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        classify::classify(text, findings, uses)
    }
}

/// `text` with each escaped line break or tab (`\n`, `\r`, `\t`, the backslash not itself
/// escaped) turned into a space and the character, when it holds at least two of them;
/// `None` when it holds fewer (most texts: one SIMD search, no copy).
fn unescaped_breaks(text: &str) -> Option<String> {
    let t = text.as_bytes();
    let escapes = || {
        memchr::memchr_iter(b'\\', t).filter(|&i| {
            matches!(t.get(i + 1), Some(b'n' | b'r' | b't')) && (i == 0 || t[i - 1] != b'\\')
        })
    };
    // (fewer than two: none)
    escapes().nth(1)?;
    let mut b = t.to_vec();
    for i in escapes() {
        b[i] = b' ';
        b[i + 1] = match t[i + 1] {
            b'n' => b'\n',
            b'r' => b'\r',
            _ => b'\t',
        };
    }
    // (ASCII bytes replaced by ASCII bytes: still UTF-8)
    String::from_utf8(b).ok()
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}
