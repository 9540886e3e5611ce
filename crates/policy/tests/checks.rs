//! Each check of each profile, firing and not firing, on analyses built by hand (deterministic,
//! independent of the detection engine).

mod common;
use common::*;
use vakt_detect::{Category as C, Level, UseArea as A, UseKind as K};
use vakt_policy::{Decision, PolicyRequest};

const TODAY: &str = "2026-06-15";

fn eval(profile: &str, system: &str, authority: &str, a: &vakt_detect::Analysis) -> Decision {
    let p = policy(profile);
    let c = caller(authority);
    let mut r = PolicyRequest::new(system, &c);
    r.today = day(TODAY);
    p.evaluate(&r, a)
}

fn refused(d: &Decision) -> &vakt_policy::Refusal {
    d.refusal()
        .unwrap_or_else(|| panic!("expected refusal, got {d:?}"))
}

#[track_caller]
fn assert_refused(d: &Decision, code: &str, rule: &str) {
    let r = refused(d);
    assert_eq!(r.code, code, "{r:#?}");
    assert!(
        r.rules.iter().any(|x| x == rule),
        "{rule} not in {:?}",
        r.rules
    );
    assert!(r.message_sv.contains(rule), "{}", r.message_sv);
}

#[test]
fn level_vs_system_gbg4_sta3() {
    // Infrastructure (level 2, not personal data) fits SveaGPT (max 2); a secrecy marking does not.
    assert!(matches!(
        eval(
            "goteborg",
            "svea",
            "un",
            &analysis(None, &[C::Infrastructure], &[])
        ),
        Decision::Allowed { .. }
    ));
    let d = eval(
        "goteborg",
        "svea",
        "un",
        &analysis(None, &[C::SecrecyMarking], &[]),
    );
    assert_refused(&d, "level_above_system", "GBG-4");
    assert!(d.rules().contains(&"GBG-2".to_string()));
    let d = eval(
        "staffanstorp",
        "svea",
        "un",
        &analysis(None, &[C::SecrecyMarking], &[]),
    );
    assert_refused(&d, "level_above_system", "STA-3");
    // The level-3 system takes it.
    assert!(eval(
        "goteborg",
        "intern",
        "un",
        &analysis(None, &[C::SecrecyMarking], &[])
    )
    .is_allowed());
}

#[test]
fn unassessed_system_gets_level_0_only_gbg2_r002_1() {
    let open = analysis(None, &[], &[]);
    let internal = analysis(None, &[C::Internal], &[]);
    assert!(matches!(
        eval("goteborg", "public-chat", "sn", &open),
        Decision::Allowed { .. }
    ));
    let d = eval("goteborg", "public-chat", "sn", &internal);
    assert_refused(&d, "level_above_system", "GBG-2");
    let r = refused(&d);
    assert!(
        r.message_sv.contains("inte är riskbedömt"),
        "{}",
        r.message_sv
    );
    let d = eval("riktlinje-002", "public-chat", "sn", &internal);
    assert_refused(&d, "level_above_system", "R002-1");
}

#[test]
fn downloaded_unassessed_system_is_refused_entirely_gbg2() {
    let open = analysis(None, &[], &[]);
    let d = eval("goteborg", "public-app", "sn", &open);
    assert_refused(&d, "system_not_assessed", "GBG-2");
    let p = policy("goteborg");
    let c = caller("sn");
    assert!(!p.systems_for(&c).iter().any(|s| s.id == "public-app"));
    assert!(p.effective_max(p.system("public-app").unwrap()).is_none());
    // Staffanstorp has no such rule: level 0 is fine there.
    assert!(eval("staffanstorp", "public-app", "sn", &open).is_allowed());
    assert!(policy("staffanstorp")
        .systems_for(&c)
        .iter()
        .any(|s| s.id == "public-app"));
}

const PUBLIC_ASSESSED: &str = r#"
[[systems]]
id = "public-assessed"
name = "Bedömd publik tjänst"
kind = "public"
upstream = "http://127.0.0.1:9/v1"
model = "m"
risk_assessed = true
risk_assessment_date = 2026-01-05
max_level = 1
"#;

#[test]
fn public_is_level_0_r002_1_bot_1() {
    // Göteborg allows a risk-assessed public system level 1 (internal text, no personal data).
    let p = vakt_policy::Policy::from_config(&config("goteborg", PUBLIC_ASSESSED)).unwrap();
    let c = caller("sn");
    let mut r = PolicyRequest::new("public-assessed", &c);
    r.today = day(TODAY);
    assert!(p
        .evaluate(&r, &analysis(None, &[C::Internal], &[]))
        .is_allowed());
    // R002-1 and BOT-1 refuse such a register at start, naming file, line and key.
    for (profile, rule) in [("riktlinje-002", "R002-1"), ("botkyrka", "BOT-1")] {
        let e = vakt_policy::Policy::from_config(&config(profile, PUBLIC_ASSESSED))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("vakt.toml:"), "{e}");
        assert!(
            e.contains("`systems[4].max_level`") && e.contains(rule),
            "{e}"
        );
    }
}

#[test]
fn level_4_is_refused_for_every_system() {
    let a = analysis(None, &[C::SecurityClassified], &[]);
    assert_eq!(a.level, Level::L4);
    for profile in [
        "goteborg",
        "staffanstorp",
        "botkyrka",
        "riktlinje-002",
        "digg",
    ] {
        for sys in ["public-chat", "svea", "intern"] {
            let d = eval(profile, sys, "un", &a);
            assert_refused(&d, "security_classified", "DIGG-3");
            assert!(!refused(&d).maskable);
        }
    }
    assert!(eval("digg", "intern", "un", &analysis(None, &[C::Health], &[])).is_allowed());
}

#[test]
fn prohibited_use_is_always_refused_gbg3() {
    let a = analysis(None, &[], &[(K::Prohibited, A::SocialScoring)]);
    for profile in ["goteborg", "digg", "botkyrka"] {
        let d = eval(profile, "intern", "un", &a);
        assert_eq!(refused(&d).code, "prohibited_use");
    }
    let d = eval("goteborg", "intern", "un", &a);
    assert_refused(&d, "prohibited_use", "GBG-3");
    assert!(refused(&d).message_sv.contains("social poängsättning"));
    assert!(eval("goteborg", "intern", "un", &analysis(None, &[], &[])).is_allowed());
}

#[test]
fn high_risk_needs_a_decision_for_system_authority_area_and_date_gbg3() {
    let edu = analysis(None, &[], &[(K::HighRisk, A::Education)]);
    // Decision hr-un covers intern + un + education from 2026-03-01.
    let d = eval("goteborg", "intern", "un", &edu);
    assert!(
        matches!(&d, Decision::Allowed { decisions_used, .. } if decisions_used == &["hr-un".to_string()]),
        "{d:?}"
    );
    assert_refused(
        &eval("goteborg", "intern", "sn", &edu),
        "high_risk_without_decision",
        "GBG-3",
    );
    let emp = analysis(None, &[], &[(K::HighRisk, A::Employment)]);
    assert_refused(
        &eval("goteborg", "intern", "un", &emp),
        "high_risk_without_decision",
        "GBG-3",
    );
    // Before the decision's first day it opens nothing.
    let p = policy("goteborg");
    let c = caller("un");
    let mut r = PolicyRequest::new("intern", &c);
    r.today = day("2026-02-28");
    assert_eq!(
        p.evaluate(&r, &edu).refusal().unwrap().code,
        "high_risk_without_decision"
    );
    let m = &p.evaluate(&r, &edu).refusal().unwrap().message_sv.clone();
    assert!(m.contains("verksamhetschef"), "{m}");
}

#[test]
fn automated_decisions_are_refused_r002_6_bot_3_gbg_1() {
    let a = analysis(None, &[], &[(K::AutomatedDecision, A::Decision)]);
    assert_refused(
        &eval("riktlinje-002", "intern", "un", &a),
        "automated_decision",
        "R002-6",
    );
    assert_refused(
        &eval("botkyrka", "intern", "un", &a),
        "automated_decision",
        "BOT-3",
    );
    assert_refused(
        &eval("goteborg", "intern", "un", &a),
        "automated_decision",
        "GBG-1",
    );
    // The national baseline alone has no such check.
    assert!(eval("digg", "intern", "un", &a).is_allowed());
}

#[test]
fn personal_data_in_procured_system_needs_a_decision_sta2_gbg5() {
    let name = analysis(None, &[C::PersonName], &[]);
    for (profile, rule) in [("staffanstorp", "STA-2"), ("goteborg", "GBG-5")] {
        let d = eval(profile, "svea", "sn", &name);
        assert!(
            matches!(&d, Decision::Allowed { decisions_used, .. } if decisions_used == &["pd-sn".to_string()]),
            "{d:?}"
        );
        assert!(d.notices().iter().any(|n| n.text.contains("SN 2026/14")));
        // Another authority: no decision → masking (SveaGPT allows masked text).
        let d = eval(profile, "svea", "un", &name);
        assert!(
            matches!(&d, Decision::Masked { rules, .. } if rules.contains(&rule.to_string())),
            "{d:?}"
        );
    }
    // Outside its dates the decision opens nothing.
    let p = policy("staffanstorp");
    let c = caller("sn");
    let mut r = PolicyRequest::new("svea", &c);
    r.today = day("2027-01-01");
    assert!(matches!(p.evaluate(&r, &name), Decision::Masked { .. }));
    // Above the decision's max_level (2): level 3 health data about a person.
    let health = analysis(None, &[C::PersonName, C::Health], &[]);
    assert!(!matches!(
        eval("staffanstorp", "svea", "sn", &health),
        Decision::Allowed { .. }
    ));
    // Own systems need no decision; digg has no such check.
    assert!(eval("staffanstorp", "intern", "un", &name).is_allowed());
    assert!(matches!(
        eval("digg", "svea", "un", &name),
        Decision::Allowed { .. }
    ));
}

#[test]
fn no_personal_data_in_public_systems_sta1_bot2() {
    let name = analysis(None, &[C::PersonName], &[]);
    for (profile, rule) in [("staffanstorp", "STA-1"), ("botkyrka", "BOT-2")] {
        let d = eval(profile, "public-chat", "sn", &name);
        assert!(
            matches!(&d, Decision::Masked { rules, max_level: Level::L0, .. } if rules.contains(&rule.to_string())),
            "{d:?}"
        );
    }
    // Without allow_masked it is refused, and masking is offered in the message.
    let cfg = config("staffanstorp", "").systems.clone();
    let mut cfgx = config("staffanstorp", "");
    cfgx.systems = cfg
        .into_iter()
        .map(|mut s| {
            s.allow_masked = false;
            s
        })
        .collect();
    let p = vakt_policy::Policy::from_config(&cfgx).unwrap();
    let c = caller("sn");
    let mut r = PolicyRequest::new("public-chat", &c);
    r.today = day(TODAY);
    let d = p.evaluate(&r, &name);
    assert_refused(&d, "personal_data_to_public", "STA-1");
    assert!(refused(&d).maskable);
    assert!(
        refused(&d).message_sv.contains("maskera"),
        "{}",
        refused(&d).message_sv
    );
    // Open text passes.
    assert!(eval(
        "staffanstorp",
        "public-chat",
        "sn",
        &analysis(None, &[], &[])
    )
    .is_allowed());
}

#[test]
fn no_internal_information_in_public_systems_sta4_bot2() {
    let a = analysis(None, &[C::Internal], &[]);
    assert_refused(
        &eval("staffanstorp", "public-chat", "sn", &a),
        "internal_to_public",
        "STA-4",
    );
    assert_refused(
        &eval("botkyrka", "public-chat", "sn", &a),
        "internal_to_public",
        "BOT-2",
    );
    assert!(eval("staffanstorp", "svea", "un", &a).is_allowed());
}

#[test]
fn no_case_handling_in_public_systems_sta5() {
    let p = policy("staffanstorp");
    let c = caller("sn");
    let mut r = PolicyRequest::new("public-chat", &c);
    r.today = day(TODAY);
    let open = analysis(None, &[], &[]);
    r.purpose = Some("Handläggning av ärende om bygglov");
    assert_refused(&p.evaluate(&r, &open), "case_handling_public", "STA-5");
    r.purpose = Some("Skriva en inbjudan till föreningsmöte");
    assert!(p.evaluate(&r, &open).is_allowed());
    r.purpose = None;
    let hr = analysis(None, &[], &[(K::HighRisk, A::EssentialServices)]);
    assert!(p.evaluate(&r, &hr).rules().contains(&"STA-5".to_string()));
}

#[test]
fn no_biometrics_grading_or_cv_sorting_in_public_systems_bot4() {
    for area in [
        A::Employment,
        A::Education,
        A::Biometrics,
        A::EssentialServices,
    ] {
        let a = analysis(None, &[], &[(K::HighRisk, area)]);
        let d = eval("botkyrka", "public-chat", "sn", &a);
        assert!(d.rules().contains(&"BOT-4".to_string()), "{area:?}: {d:?}");
    }
    // In the own system with a decision the same use (education, un) is allowed.
    let a = analysis(None, &[], &[(K::HighRisk, A::Education)]);
    assert!(eval("botkyrka", "intern", "un", &a).is_allowed());
    assert!(!eval("botkyrka", "intern", "un", &a)
        .rules()
        .contains(&"BOT-4".to_string()));
}

#[test]
fn tools_and_attachments_to_public_systems_r002_2() {
    let p = policy("riktlinje-002");
    let c = caller("sn");
    let open = analysis(None, &[], &[]);
    for (tools, att) in [(true, false), (false, true)] {
        let mut r = PolicyRequest::new("public-chat", &c);
        r.today = day(TODAY);
        r.has_tools = tools;
        r.has_attachments = att;
        let d = p.evaluate(&r, &open);
        assert_refused(&d, "tools_to_public", "R002-2");
        assert!(refused(&d).message_sv.contains("inget tas bort i tysthet"));
        r.system_id = "intern";
        assert!(p.evaluate(&r, &open).is_allowed());
    }
    let mut r = PolicyRequest::new("public-chat", &c);
    r.today = day(TODAY);
    assert!(p.evaluate(&r, &open).is_allowed());
}

#[test]
fn register_capabilities_digg1() {
    let p = policy("digg");
    let c = caller("sn");
    let mut r = PolicyRequest::new("svea", &c);
    r.today = day(TODAY);
    r.has_tools = true;
    let open = analysis(None, &[], &[]);
    assert_refused(&p.evaluate(&r, &open), "tools_not_allowed", "DIGG-1");
    r.has_tools = false;
    r.has_attachments = true;
    assert_refused(&p.evaluate(&r, &open), "attachments_not_allowed", "DIGG-1");
    r.system_id = "intern";
    assert!(p.evaluate(&r, &open).is_allowed());
}

#[test]
fn unknown_system_and_closed_authority_digg1() {
    let open = analysis(None, &[], &[]);
    let d = eval("goteborg", "nope", "sn", &open);
    assert_refused(&d, "unknown_system", "DIGG-1");
    assert!(
        refused(&d).message_sv.contains("intern"),
        "{}",
        refused(&d).message_sv
    );
    let extra = PUBLIC_ASSESSED.replace("max_level = 1", "max_level = 1\nauthorities = [\"un\"]");
    let p = vakt_policy::Policy::from_config(&config("goteborg", &extra)).unwrap();
    let c = caller("sn");
    let mut r = PolicyRequest::new("public-assessed", &c);
    r.today = day(TODAY);
    assert_eq!(
        p.evaluate(&r, &open).refusal().unwrap().code,
        "authority_not_allowed"
    );
    assert!(!p.systems_for(&c).iter().any(|s| s.id == "public-assessed"));
    assert!(p
        .systems_for(&caller("un"))
        .iter()
        .any(|s| s.id == "public-assessed"));
}

#[test]
fn register_needs_dpia_and_agreement_above_level_0_sta8() {
    let text = vakt_config::Config::parse(
        &config("staffanstorp", "")
            .source_text
            .unwrap()
            .replace("dpa_signed = true\n", ""),
        Some(std::path::Path::new("vakt.toml")),
    )
    .unwrap();
    let e = vakt_policy::Policy::from_config(&text)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("STA-8") && e.contains("`systems[2].dpa_signed`"),
        "{e}"
    );
    // Göteborg does not have STA-8: the same register is accepted.
    let mut g = text.clone();
    g.organisation.profile = "goteborg".into();
    vakt_policy::Policy::from_config(&g).unwrap();
}

#[test]
fn copyright_is_flagged_not_refused() {
    let a = analysis(None, &[C::Copyright], &[]);
    for (profile, rule) in [
        ("goteborg", "GBG-9"),
        ("staffanstorp", "STA-7"),
        ("riktlinje-002", "R002-8"),
        ("botkyrka", "BOT-7"),
    ] {
        let d = eval(profile, "public-chat", "sn", &a);
        assert!(d.is_allowed(), "{d:?}");
        assert!(
            d.notices().iter().any(|n| n.rule == rule),
            "{profile}: {:?}",
            d.notices()
        );
    }
    assert!(
        eval("goteborg", "public-chat", "sn", &analysis(None, &[], &[]))
            .notices()
            .is_empty()
    );
}

#[test]
fn refusal_names_real_alternatives_and_never_the_text() {
    // Level 2 infrastructure text to the public chat: SveaGPT (level 2) and Intern AI take it.
    let a = analysis(None, &[C::Infrastructure], &[]);
    let d = eval("goteborg", "public-chat", "sn", &a);
    let r = refused(&d);
    assert_eq!(
        r.alternatives,
        vec!["svea".to_string(), "intern".to_string()]
    );
    assert!(
        r.message_sv
            .contains("”SveaGPT” (svea), som är godkänt för nivå 2"),
        "{}",
        r.message_sv
    );
    assert!(r.message_sv.contains("informationssäkerhetssamordnaren"));
    assert!(r.message_en.contains("svea"));
}

#[test]
fn unknown_profile_is_refused_with_line() {
    let mut c = config("goteborg", "");
    c.source_text = Some(c.source_text.unwrap().replace("\"goteborg\"", "\"malmo\""));
    c.organisation.profile = "malmo".into();
    let e = vakt_policy::Policy::from_config(&c)
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("vakt.toml:3: `organisation.profile`"), "{e}");
    assert!(e.contains("goteborg"), "{e}");
}
