//! The gateway's flow in one call: detect, decide, mask every message with one masker,
//! re-analyse the masked text and confirm it (fail closed), restore the answer.

mod common;
use common::*;
use vakt_detect::{Analysis, Category as C, Finding, Level};
use vakt_policy::{Decision, Masker, PolicyRequest};

/// A tiny deterministic analyser: fixed words → findings.
fn fake(text: &str) -> Analysis {
    let words: &[(&str, C)] = &[
        ("Anna Svensson", C::PersonName),
        ("Erik Lind", C::PersonName),
        ("850314-1239", C::Personnummer),
        ("INTERNT", C::Internal),
        ("diabetes", C::Health),
    ];
    let mut findings = Vec::new();
    for (w, c) in words {
        for (i, _) in text.match_indices(w) {
            findings.push(Finding::new(*c, i, i + w.len(), 0.9));
        }
    }
    findings.sort_by_key(|f| f.start);
    let level = findings.iter().map(|f| f.level).max().unwrap_or(Level::L0);
    Analysis {
        level,
        findings,
        reasons: vec![],
        uses: vec![],
    }
}

#[test]
fn masked_per_message_with_one_masker_and_restored() {
    let p = policy("staffanstorp");
    let c = caller("sn");
    let r = PolicyRequest::new("public-chat", &c);
    let texts = [
        "Skriv ett brev till Anna Svensson, 850314-1239.",
        "Nämn också Erik Lind och Anna Svensson.",
    ];
    let prep = p.prepare_using(&r, &texts, Masker::new(), &fake);
    assert!(
        matches!(&prep.decision, Decision::Masked { rules, level: Level::L2, .. } if rules.contains(&"STA-1".to_string())),
        "{:?}",
        prep.decision
    );
    assert_eq!(
        prep.outgoing[0],
        "Skriv ett brev till [PERSON_1], [PERSONNUMMER_1]."
    );
    assert_eq!(prep.outgoing[1], "Nämn också [PERSON_2] och [PERSON_1].");
    assert_eq!(prep.sent_analysis.as_ref().unwrap().level, Level::L0);
    let answer =
        "Hej [person_1]! Ditt personnummer PERSONNUMMER_1 är noterat. Hälsningar 【PERSON_2】";
    let mut rs = prep.masker.restorer();
    let mut out = String::new();
    let chars: Vec<char> = answer.chars().collect();
    for ch in chars.chunks(3) {
        out.push_str(&rs.push(&ch.iter().collect::<String>()));
    }
    out.push_str(&rs.finish());
    let whole = prep.masker.restore(answer);
    assert_eq!(out, whole);
    assert_eq!(
        whole,
        "Hej Anna Svensson! Ditt personnummer 850314-1239 är noterat. Hälsningar Erik Lind"
    );
    // The mapping goes to the record store only; nothing of it is in what is sent.
    assert!(!prep.outgoing.concat().contains("Svensson"));
}

#[test]
fn masking_that_does_not_suffice_is_refused_fail_closed() {
    // Göteborg, unassessed public chat (level 0 only): a name is maskable, "INTERNT" is not.
    let p = policy("goteborg");
    let c = caller("sn");
    let r = PolicyRequest::new("public-chat", &c);
    let prep = p.prepare_using(&r, &["INTERNT: ring Anna Svensson"], Masker::new(), &fake);
    let refusal = prep.decision.refusal().expect("refused");
    assert_eq!(refusal.code, "masking_insufficient");
    assert!(refusal.rules.contains(&"GBG-2".to_string()), "{refusal:?}");
    assert!(
        refusal.message_sv.contains("även maskerad"),
        "{}",
        refusal.message_sv
    );
    assert!(!refusal.message_sv.contains("Anna"));
    assert!(prep.outgoing.is_empty());
    assert!(
        prep.masker.is_empty(),
        "no mapping kept for a refused request"
    );
}

#[test]
fn allowed_text_goes_as_is_and_refused_never_leaves() {
    let p = policy("goteborg");
    let c = caller("sn");
    let r = PolicyRequest::new("intern", &c);
    let prep = p.prepare_using(&r, &["Anna Svensson har diabetes"], Masker::new(), &fake);
    assert!(matches!(prep.decision, Decision::Allowed { .. }));
    assert_eq!(
        prep.outgoing,
        vec!["Anna Svensson har diabetes".to_string()]
    );
    let r = PolicyRequest::new("nope", &c);
    let prep = p.prepare_using(&r, &["hej"], Masker::new(), &fake);
    assert!(prep.outgoing.is_empty());
}

#[test]
fn the_real_engine_masks_personnummer_and_phone_for_a_public_system() {
    let p = policy("staffanstorp");
    let c = caller("sn");
    let r = PolicyRequest::new("public-chat", &c);
    let text = "Kan du formulera ett svar till den som har personnummer 850314-1239 och telefon 070-123 45 67?";
    let prep = p.prepare(&r, &[text]);
    assert!(
        prep.analysis
            .findings
            .iter()
            .any(|f| f.category == C::Personnummer),
        "{:?}",
        prep.analysis
    );
    match &prep.decision {
        Decision::Masked { .. } => {
            let sent = &prep.outgoing[0];
            assert!(sent.contains("[PERSONNUMMER_1]"), "{sent}");
            assert!(!sent.contains("850314"), "{sent}");
            assert!(!prep.sent_analysis.as_ref().unwrap().has_personal_data());
            assert_eq!(prep.masker.restore(sent), text);
        }
        other => panic!("expected masked, got {other:?}"),
    }
    // The same text to the own system is allowed as it is.
    let r = PolicyRequest::new("intern", &c);
    assert!(matches!(
        p.prepare(&r, &[text]).decision,
        Decision::Allowed { .. }
    ));
}

#[test]
fn real_engine_refusal_for_level_2_never_contains_the_text() {
    let p = policy("riktlinje-002");
    let c = caller("sn");
    let mut cfg = config("riktlinje-002", "");
    for s in &mut cfg.systems {
        s.allow_masked = false;
    }
    let p2 = vakt_policy::Policy::from_config(&cfg).unwrap();
    let r = PolicyRequest::new("public-chat", &c);
    let text = "Personnummer 850314-1239";
    let d = p2.prepare(&r, &[text]).decision;
    let refusal = d.refusal().expect("refused");
    assert_eq!(refusal.code, "level_above_system");
    assert!(refusal.rules.contains(&"R002-1".to_string()));
    assert!(!refusal.message_sv.contains("850314") && !refusal.message_en.contains("850314"));
    assert!(
        refusal.message_sv.contains("personnummer"),
        "{}",
        refusal.message_sv
    );
    assert!(
        refusal.message_sv.contains("”Intern AI” (intern)"),
        "{}",
        refusal.message_sv
    );
    let _ = p;
}
