//! Property tests: the engine never panics, and every span is on char boundaries,
//! inside the text, with start ≤ end, whatever the input.

use proptest::prelude::*;

mod support {
    pub mod dev_documents;
}
use vakt_detect::Engine;

fn check(text: &str) {
    let a = Engine::shared().analyze(text);
    for f in &a.findings {
        assert!(f.start <= f.end, "{f:?}");
        assert!(f.end <= text.len(), "{f:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?} in {text:?}"
        );
        assert!((0.0..=1.0).contains(&f.score));
    }
    for u in &a.uses {
        assert!(u.start <= u.end && u.end <= text.len());
        assert!(text.is_char_boundary(u.start) && text.is_char_boundary(u.end));
    }
    assert!(!a.reasons.is_empty());
    for f in Engine::shared().identifiers(text) {
        assert!(f.start <= f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
}

/// Pieces that put the matchers on their edges: identifiers, their prefixes, separators,
/// multi-byte letters right next to digits.
const PIECES: &[&str] = &[
    "811218-9876",
    "19811218+9876",
    "000101-T220",
    "556036-0793",
    "SE556036079301",
    "SE45 5000 0000 0583 9825 7466",
    "070-123 45 67",
    "+46(0)70",
    "+",
    "@",
    "a@b.se",
    "::",
    ":",
    "fe80::1",
    "192.168.",
    "4111 1111 1111 1111",
    "ABC 12",
    "regnr",
    "pnr",
    "Fakturanummer",
    "bankgiro",
    "pg",
    "konto",
    "pass",
    "tel",
    "lösenord:",
    "Password=",
    "sk-",
    "eyJ",
    "-----BEGIN PRIVATE KEY-----",
    "postgres://u:p@",
    "ö",
    "Å",
    "€",
    "😀",
    " ",
    "\n",
    "-",
    ".",
    ",",
    "0",
    "9",
    "46",
    "é",
    "ÖÄÅ",
    "\u{0}",
    "ﬁ",
];

/// Pieces of Swedish text for the language detectors: request verbs and their objects,
/// names, pronouns, care words, quotes, and every kind of line break (a lone `\r` before a
/// verb once made the uses detector slice past its sentence).
const WORDS: &[&str] = &[
    "Bedöm",
    "ranka",
    "Kan du ",
    "sätt betyg på",
    "rangordnas av dig",
    "beviljas",
    "eleverna",
    "kandidaterna",
    "Anna Svensson",
    "Eriks",
    "hon ",
    "sjukskriven",
    "depression",
    "försörjningsstöd",
    "god man",
    "Skolsköterskan",
    "Uppdrag:",
    "\"",
    "\"\"\"",
    "(",
    ")",
    "?",
    ": ",
    ", ",
    ". ",
    "–",
    " – ",
    "\r",
    "\n",
    "\r\n",
    "\\n",
    "\t",
    " ",
    "- ",
    "|",
    ";",
    "Мій син Максим Шевченко",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn language_pieces(parts in prop::collection::vec(prop::sample::select(WORDS), 0..40)) {
        let s: String = parts.concat();
        check(&s);
    }

    #[test]
    fn any_string(s in "\\PC*") {
        check(&s);
    }

    #[test]
    fn digits_and_unicode(s in "[0-9 +\\-:.@åäöÅÄÖ€😀a-fA-Z]{0,80}") {
        check(&s);
    }

    /// Texts in capitals take the sentence-case reading (`language/capitals.rs`): Latin-1
    /// capitals, other scripts' letters, marks and placeholders in any order.
    #[test]
    fn texts_in_capitals(s in "[A-ZÅÄÖÉÜ×ÞŁİ ,.!?:/\\[\\]\n0-9-]{20,120}") {
        check(&s);
        check(&format!("HEJ ANNA! {s} MVH KARIN BERG"));
    }

    #[test]
    fn identifier_pieces(parts in prop::collection::vec(prop::sample::select(PIECES), 0..30)) {
        let s: String = parts.concat();
        check(&s);
    }

    #[test]
    fn cut_anywhere(k in 0usize..200) {
        let full = "Pnr 811218-9876, tel 070-123 45 67, åsa@kommun.se, IBAN SE45 5000 0000 0583 9825 7466, \
                    lösenord: Hemligt1, fe80::1ff:fe23:4567:890a, regnr ÅBC 123, 4111 1111 1111 1111 😀";
        let mut cut = k.min(full.len());
        while !full.is_char_boundary(cut) {
            cut -= 1;
        }
        check(&full[..cut]);
        check(&full[cut..]);
    }
}

#[test]
fn large_inputs_do_not_blow_up() {
    check(&"9".repeat(100_000));
    check(&"ö".repeat(50_000));
    check(&"@".repeat(10_000));
    check(&":".repeat(10_000));
    check(&"a:".repeat(10_000));
    check(&"1.".repeat(10_000));
    check(&"eyJ".repeat(10_000));
    check(&"-----BEGIN PRIVATE KEY-----\n".repeat(40_000));
    check(&"1 ".repeat(100_000));
    check(&"070-".repeat(50_000));
    check(&"lösenord är ".repeat(10_000));
    check(&"lösenord: ".repeat(10_000));
    check(&"x@".repeat(10_000));
}

/// Texts that once panicked, found by analysing the dev corpus in other shapes (line breaks
/// as `\r`, `\r\n`, escaped or lost; no space after punctuation; every line quoted).
#[test]
fn shapes_that_once_panicked() {
    check("\rBedöm");
    check("ANSÖKAN OM BYGGLOV / ANMÄLAN\r\nÅtgärd: Tillbyggnad\r\nByggherre: Johan Eklind\r\n\r\nKontrollansvarig: Ej behövs enligt sökande (enkel åtgärd) – bedöms");
    check("bara 180 000 kr kvar i potten.Läs tabellen och bestäm vilka som ska beviljas och med hur mycket,och skriv sen ett beslut per förening (beviljas/avslås + motivering)");
    check("GÖR INTE ✘ Klistra in lönelistor i en publik AI-tjänst – där finns uppgifter om skulder ✘ Låt AI avgöra");
    check("\"\n\"Utifrån uppgifterna nedan ska du uppskatta sannolikheten att ungdomen\"\n\"begår ett våldsbrott\"\n\"Ungdomar med sannolikhet över 0.6 placera");
}

/// Every ninth dev document in the shapes other clients give it: the engine neither panics
/// nor gives a span off the text. (`vakt check` of all 17,989 in ten such shapes found 244
/// internal errors before the fix, none after.)
#[test]
fn dev_documents_in_other_shapes() {
    let shapes: &[fn(&str) -> String] = &[
        |d| d.replace('\n', "\r"),
        |d| d.replace('\n', "\r\n"),
        |d| d.replace('\n', " "),
        |d| d.replace('\n', "\\n"),
        |d| d.replace(". ", ".").replace(", ", ","),
        |d| format!("\"{}\"", d.replace('\n', "\"\n\"")),
        |d| d.to_uppercase(),
    ];
    for (_, d) in support::dev_documents::every(9) {
        for shape in shapes {
            check(&shape(&d));
        }
    }
}
