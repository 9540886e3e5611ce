//! Masking and restoring: stable placeholders, exact round trips, streams split at every byte.

use proptest::prelude::*;
use vakt_detect::{Category as C, Finding};
use vakt_policy::Masker;

/// A text with findings at the spans of the given (category, value) pieces.
fn build(parts: &[(Option<C>, &str)]) -> (String, Vec<Finding>) {
    let mut text = String::new();
    let mut fs = Vec::new();
    for (c, s) in parts {
        let start = text.len();
        text.push_str(s);
        if let Some(c) = c {
            fs.push(Finding::new(*c, start, text.len(), 0.9));
        }
    }
    (text, fs)
}

#[test]
fn same_value_same_placeholder_across_messages() {
    let mut m = Masker::new();
    let (t1, f1) = build(&[
        (None, "Ring "),
        (Some(C::PersonName), "Anna Svensson"),
        (None, " om "),
        (Some(C::Personnummer), "850314-1234"),
        (None, "."),
    ]);
    let (t2, f2) = build(&[
        (Some(C::PersonName), "anna  svensson"),
        (None, " och "),
        (Some(C::PersonName), "Erik Lind"),
        (None, " har "),
        (Some(C::Personnummer), "19850314-1234"),
    ]);
    let m1 = m.mask_findings(&t1, &f1, false);
    let m2 = m.mask_findings(&t2, &f2, false);
    assert_eq!(m1, "Ring [PERSON_1] om [PERSONNUMMER_1].");
    assert_eq!(m2, "[PERSON_1] och [PERSON_2] har [PERSONNUMMER_1]");
    assert_eq!(m.mapping().len(), 3);
    assert_eq!(m.restore(&m1), t1);
    assert_eq!(
        m.restore("Hej [person_2], PERSON_1 och 【PERSONNUMMER_1】"),
        "Hej Erik Lind, Anna Svensson och 850314-1234"
    );
}

#[test]
fn content_is_masked_only_when_asked_and_org_numbers_never() {
    let (t, f) = build(&[
        (Some(C::PersonName), "Anna"),
        (None, " har "),
        (Some(C::Health), "diabetes"),
        (None, ", bolag "),
        (Some(C::OrgNumber), "556016-0680"),
    ]);
    assert_eq!(
        Masker::new().mask_findings(&t, &f, false),
        "[PERSON_1] har diabetes, bolag 556016-0680"
    );
    assert_eq!(
        Masker::new().mask_findings(&t, &f, true),
        "[PERSON_1] har [HALSA_1], bolag 556016-0680"
    );
}

#[test]
fn users_own_placeholder_text_is_not_reused() {
    let (t, f) = build(&[
        (None, "Mallen skriver PERSON_1, här är "),
        (Some(C::PersonName), "Anna"),
    ]);
    let mut m = Masker::new();
    let out = m.mask_findings(&t, &f, false);
    assert_eq!(out, "Mallen skriver PERSON_1, här är [PERSON_2]");
}

#[test]
fn overlapping_and_bad_spans_are_safe() {
    let t = "Anna Svensson på Storgatan 1";
    let fs = vec![
        Finding::new(C::PersonName, 0, 13, 0.9),
        Finding::new(C::PersonName, 5, 13, 0.9),
        Finding::new(C::Address, 18, 29, 0.9),
        Finding::new(C::Address, 28, 99, 0.9),
        Finding::new(C::Address, 1, 2, 0.9),
    ];
    let mut m = Masker::new();
    let out = m.mask_findings(t, &fs, false);
    assert_eq!(out, "[PERSON_1] på [ADRESS_1]");
    assert_eq!(m.restore(&out), t);
    // A span inside a multi-byte character is skipped, never a panic.
    let t = "Åsa";
    assert_eq!(
        Masker::new().mask_findings(t, &[Finding::new(C::PersonName, 1, 3, 0.9)], false),
        "Åsa"
    );
}

/// A 4 KB-ish text with 50 identifiers, masked; returns (original, masked, masker).
fn fixture() -> (String, String, Masker) {
    let mut parts: Vec<(Option<C>, String)> = Vec::new();
    for i in 0..50 {
        parts.push((None, format!("Ärende {i}: handläggaren skriver att ")));
        let (c, v) = match i % 5 {
            0 => (C::PersonName, format!("Anna Nilsson{}", i / 5)),
            1 => (C::Personnummer, format!("8503{:02}-12{:02}", i % 28 + 1, i)),
            2 => (C::Phone, format!("070-123 45 {:02}", i)),
            3 => (C::Email, format!("person{i}@exempel.se")),
            _ => (
                C::Address,
                format!("Storgatan {i}, 411 0{} Göteborg", i % 10),
            ),
        };
        parts.push((Some(c), v));
        parts.push((None, " – följ upp i nästa vecka. ".into()));
    }
    let refs: Vec<(Option<C>, &str)> = parts.iter().map(|(c, s)| (*c, s.as_str())).collect();
    let (t, f) = build(&refs);
    let mut m = Masker::new();
    let masked = m.mask_findings(&t, &f, false);
    (t, masked, m)
}

#[test]
fn restore_over_a_stream_split_at_every_byte_position_is_exact() {
    let (orig, masked, m) = fixture();
    assert!(orig.len() > 3500, "{}", orig.len());
    assert_eq!(m.mapping().len(), 50);
    assert_eq!(m.restore(&masked), orig);
    // Two chunks, split at every byte (also inside multi-byte characters' neighbourhood and
    // inside every placeholder).
    let b = masked.as_bytes();
    for cut in 0..=b.len() {
        if !masked.is_char_boundary(cut) {
            continue;
        }
        let mut r = m.restorer();
        let mut out = r.push(&masked[..cut]);
        out.push_str(&r.push(&masked[cut..]));
        out.push_str(&r.finish());
        assert_eq!(out, orig, "cut at {cut}");
    }
    // One byte-ish (one char) at a time.
    let mut r = m.restorer();
    let mut out = String::new();
    for ch in masked.chars() {
        out.push_str(&r.push(ch.encode_utf8(&mut [0; 4])));
        assert!(r.held() < 48, "holds {} bytes", r.held());
    }
    out.push_str(&r.finish());
    assert_eq!(out, orig);
}

fn altered(ph: &str, style: u8) -> String {
    let inner = &ph[1..ph.len() - 1];
    match style % 6 {
        0 => ph.to_string(),
        1 => ph.to_lowercase(),
        2 => inner.to_string(),
        3 => format!("[ {inner} ]"),
        4 => format!("【{inner}】"),
        _ => inner.replace('_', "\\_"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Random answers that mix placeholders (altered as models alter them) with Swedish text,
    /// streamed in random chunks, restore exactly as the whole answer does and as expected.
    #[test]
    fn streamed_restore_equals_expected(
        pieces in prop::collection::vec((0usize..50, 0u8..6, "[ a-zåäöA-Z.,!\\n]{0,12}"), 1..20),
        cuts in prop::collection::vec(0usize..400, 0..12),
    ) {
        let (_, _, m) = fixture();
        let map = m.mapping();
        let mut answer = String::new();
        let mut want = String::new();
        for (i, style, filler) in &pieces {
            let (ph, orig) = &map[*i];
            // Separate with a space so a placeholder never sticks to a preceding letter.
            answer.push(' ');
            want.push(' ');
            answer.push_str(&altered(ph, *style));
            want.push_str(orig);
            answer.push(' ');
            want.push(' ');
            answer.push_str(filler);
            want.push_str(filler);
        }
        prop_assert_eq!(m.restore(&answer), want.clone());
        let mut cuts: Vec<usize> = cuts.into_iter().filter(|c| *c <= answer.len() && answer.is_char_boundary(*c)).collect();
        cuts.sort();
        cuts.dedup();
        let mut r = m.restorer();
        let mut out = String::new();
        let mut last = 0;
        for c in cuts {
            out.push_str(&r.push(&answer[last..c]));
            last = c;
        }
        out.push_str(&r.push(&answer[last..]));
        out.push_str(&r.finish());
        prop_assert_eq!(out, want);
    }

    /// Text without placeholders passes through unchanged, however it is chunked.
    #[test]
    fn plain_text_is_untouched(text in "\\PC{0,200}", cut in 0usize..200) {
        let (_, _, m) = fixture();
        prop_assert_eq!(m.restore(&text), text.clone());
        let cut = (0..=cut.min(text.len())).rev().find(|c| text.is_char_boundary(*c)).unwrap_or(0);
        let mut r = m.restorer();
        let mut out = r.push(&text[..cut]);
        out.push_str(&r.push(&text[cut..]));
        out.push_str(&r.finish());
        prop_assert_eq!(out, text);
    }
}
