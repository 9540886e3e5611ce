//! The decision: which checks of the profile fail for this request, whether masking can fix
//! them, and which registered systems would take the text instead.

use crate::decision::{Decision, Notice};
use crate::mask::{is_masked, Masker};
use crate::message::{self, Violation};
use crate::{Check, Policy, PolicyRequest, Prepared, Profile, JOIN};
use vakt_config::{Caller, Config, ConfigError, DecisionKind, SystemConfig, SystemKind};
use vakt_detect::{Analysis, Category, Finding, Level, Use, UseArea, UseKind};

/// Checks that depend on the profile, at start.
pub(crate) fn validate_register(cfg: &Config, p: &Profile) -> Result<(), ConfigError> {
    for (i, s) in cfg.systems.iter().enumerate() {
        if s.kind == SystemKind::Public && s.max_level > 0 && p.has(Check::PublicLevel0) {
            return Err(cfg.error_at(
                &format!("systems[{i}].max_level"),
                format!(
                    "`{}` är ett publikt system och profilen `{}` tillåter bara nivå 0 i publika AI-tjänster ({}); sätt max_level = 0",
                    s.id,
                    p.id,
                    p.rules_for(Check::PublicLevel0).join(", ")
                ),
            ));
        }
        if s.max_level > 0 && p.has(Check::RegisterComplete) {
            let rules = p.rules_for(Check::RegisterComplete).join(", ");
            let missing = [
                (!s.risk_assessed, "risk_assessed"),
                (!s.dpia_done, "dpia_done"),
                (
                    s.kind == SystemKind::Procured && !s.dpa_signed,
                    "dpa_signed",
                ),
            ];
            if let Some((_, key)) = missing.iter().find(|(m, _)| *m) {
                return Err(cfg.error_at(
                    &format!("systems[{i}].{key}"),
                    format!(
                        "`{}` har max_level = {} men `{key}` saknas; ett nytt AI-system kräver riskbedömning, konsekvensbedömning (DPIA) och avtal innan det får ta emot mer än nivå 0 ({rules})",
                        s.id, s.max_level
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Whether the system is open to the caller's authority.
pub(crate) fn open_to(s: &SystemConfig, caller: &Caller) -> bool {
    s.authorities.is_empty() || s.authorities.contains(&caller.authority)
}

/// A downloaded system without risk assessment, under a profile with GBG-2's check.
pub(crate) fn blocked_entirely(p: &Profile, s: &SystemConfig) -> bool {
    s.requires_download && !s.risk_assessed && p.has(Check::DownloadNeedsAssessment)
}

fn push_unique(v: &mut Vec<String>, more: Vec<String>) {
    for r in more {
        if !v.contains(&r) {
            v.push(r);
        }
    }
}

/// See [`Policy::effective_max`].
pub(crate) fn effective_max(p: &Profile, s: &SystemConfig) -> Option<(Level, Vec<String>)> {
    if blocked_entirely(p, s) {
        return None;
    }
    let mut max = s.max_level.min(3);
    let mut rules = p.rules_for(Check::LevelVsSystem);
    // Unassessed: level 0 whatever the file says (validation already refuses otherwise).
    if !s.risk_assessed {
        max = 0;
        push_unique(&mut rules, p.rules_for(Check::UnassessedLevel0));
    }
    if s.kind == SystemKind::Public && p.has(Check::PublicLevel0) {
        max = 0;
        push_unique(&mut rules, p.rules_for(Check::PublicLevel0));
    }
    if rules.is_empty() {
        rules.push("DIGG-2".into());
    }
    Some((Level::from_u8(max).unwrap_or(Level::L0), rules))
}

/// See [`Policy::receives_sv`].
pub(crate) fn receives_sv(policy: &Policy, s: &SystemConfig) -> String {
    let p = &policy.profile;
    let Some((max, rules)) = effective_max(p, s) else {
        return format!(
            "ingenting – måste laddas ned och är inte riskbedömt ({})",
            p.rules_for(Check::DownloadNeedsAssessment).join(", ")
        );
    };
    let mut parts = vec![if max == Level::L0 {
        format!("bara nivå 0 (öppen information) ({})", rules.join(", "))
    } else {
        format!("nivå 0–{} ({})", max.as_u8(), max.name_sv())
    }];
    let pd_public = s.kind == SystemKind::Public && p.has(Check::NoPersonalDataPublic);
    if max >= Level::L1 {
        if pd_public {
            parts.push("inga personuppgifter".into());
        } else if s.kind != SystemKind::Own && p.has(Check::PersonalDataDecision) {
            let ds: Vec<&str> = policy
                .decisions
                .iter()
                .filter(|d| d.system == s.id && d.kind == DecisionKind::PersonalData)
                .map(|d| d.authority.as_str())
                .collect();
            if ds.is_empty() {
                parts.push("personuppgifter bara med beslut (inget beslut finns)".into());
            } else {
                parts.push(format!("personuppgifter med beslut för: {}", ds.join(", ")));
            }
        }
    } else if pd_public {
        parts.push("inga personuppgifter".into());
    }
    if s.allow_masked {
        parts.push("maskerad text tas emot".into());
    }
    if s.tools_allowed && !(s.kind == SystemKind::Public && p.has(Check::NoToolsPublic)) {
        parts.push("verktyg tillåtna".into());
    } else {
        parts.push("inga verktyg".into());
    }
    if s.images_allowed && !(s.kind == SystemKind::Public && p.has(Check::NoToolsPublic)) {
        parts.push("bilagor tillåtna".into());
    }
    if !s.authorities.is_empty() {
        parts.push(format!("bara för: {}", s.authorities.join(", ")));
    }
    parts.join("; ")
}

/// Whether a documented decision is in force for this system, authority and day.
fn in_force(
    d: &vakt_config::DecisionConfig,
    system: &str,
    authority: &str,
    today: chrono::NaiveDate,
) -> bool {
    d.system == system
        && d.authority == authority
        && d.valid_from <= today
        && d.valid_to.is_none_or(|t| today <= t)
}

/// Areas BOT-4 keeps out of public systems.
fn restricted_area(a: UseArea) -> bool {
    matches!(
        a,
        UseArea::Biometrics
            | UseArea::BiometricCategorisation
            | UseArea::RemoteBiometricId
            | UseArea::EmotionRecognition
            | UseArea::FaceScraping
            | UseArea::Education
            | UseArea::Employment
            | UseArea::EssentialServices
    )
}

/// Purpose words that show decision-making or case handling (STA-5).
const CASE_HANDLING: &[&str] = &[
    "beslut",
    "handläggning",
    "handlägga",
    "myndighetsutövning",
    "ärende",
    "utredning",
    "bedömning av",
];

pub(crate) fn evaluate(
    policy: &Policy,
    req: &PolicyRequest<'_>,
    analysis: &Analysis,
    suggest: bool,
) -> Decision {
    let p = &policy.profile;
    let cats = analysis.categories();
    let refuse = |v: Vec<Violation>,
                  sys: Option<&SystemConfig>,
                  maskable: bool,
                  alternatives: Vec<String>| {
        Decision::Refused(message::refusal(
            policy,
            req,
            analysis,
            sys,
            &v,
            maskable,
            alternatives,
        ))
    };
    let Some(sys) = policy.system(req.system_id) else {
        let v = Violation::hard(
            "unknown_system",
            or(p.rules_for(Check::RegisteredSystem), "DIGG-1"),
        );
        let alt = if suggest {
            alternatives(policy, req, analysis)
        } else {
            vec![]
        };
        return refuse(vec![v], None, false, alt);
    };
    if !open_to(sys, req.caller) {
        let v = Violation::hard(
            "authority_not_allowed",
            or(p.rules_for(Check::RegisteredSystem), "DIGG-1"),
        );
        let alt = if suggest {
            alternatives(policy, req, analysis)
        } else {
            vec![]
        };
        return refuse(vec![v], Some(sys), false, alt);
    }
    let mut v: Vec<Violation> = Vec::new();
    let mut notices = Vec::new();
    let mut used = Vec::new();
    let public = sys.kind == SystemKind::Public;

    if blocked_entirely(p, sys) {
        v.push(Violation::hard(
            "system_not_assessed",
            p.rules_for(Check::DownloadNeedsAssessment),
        ));
    }
    if analysis.level >= Level::L4 || cats.contains(&Category::SecurityClassified) {
        v.push(Violation::hard(
            "security_classified",
            or(p.rules_for(Check::SecurityClassified), "DIGG-3"),
        ));
    }

    // Uses: from the text and from a declared purpose.
    let purpose_uses: Vec<Use> = req
        .purpose
        .filter(|t| !t.trim().is_empty())
        .map(|t| Policy::analyze(t).uses)
        .unwrap_or_default();
    let uses: Vec<&Use> = analysis.uses.iter().chain(purpose_uses.iter()).collect();
    for u in &uses {
        match u.kind {
            UseKind::Prohibited => {
                v.push(
                    Violation::hard(
                        "prohibited_use",
                        or(p.rules_for(Check::ProhibitedUse), "DIGG-4"),
                    )
                    .area(u.area),
                );
            }
            UseKind::AutomatedDecision => {
                if p.has(Check::NoAutomatedDecision) {
                    v.push(Violation::hard(
                        "automated_decision",
                        p.rules_for(Check::NoAutomatedDecision),
                    ));
                }
            }
            UseKind::HighRisk => {
                if p.has(Check::HighRiskDecision) {
                    let covering = policy.decisions.iter().find(|d| {
                        d.kind == DecisionKind::HighRisk
                            && d.area.as_deref() == Some(u.area.id())
                            && in_force(d, &sys.id, &req.caller.authority, req.today)
                    });
                    match covering {
                        Some(d) => {
                            if !used.contains(&d.id) {
                                used.push(d.id.clone());
                                notices.push(Notice {
                                    rule: d.id.clone(),
                                    text: format!(
                                        "Högriskanvändning ({}) enligt beslut {} ({}, {}).",
                                        message::area_sv(u.area),
                                        d.reference,
                                        d.decided_by,
                                        d.valid_from
                                    ),
                                });
                            }
                        }
                        None => v.push(
                            Violation::hard(
                                "high_risk_without_decision",
                                p.rules_for(Check::HighRiskDecision),
                            )
                            .area(u.area),
                        ),
                    }
                }
            }
        }
        if public && p.has(Check::RestrictedUsesPublic) && restricted_area(u.area) {
            v.push(
                Violation::hard(
                    "restricted_use_public",
                    p.rules_for(Check::RestrictedUsesPublic),
                )
                .area(u.area),
            );
        }
    }
    if public && p.has(Check::RestrictedUsesPublic) && cats.contains(&Category::Biometric) {
        v.push(
            Violation::hard(
                "restricted_use_public",
                p.rules_for(Check::RestrictedUsesPublic),
            )
            .area(UseArea::Biometrics),
        );
    }
    if public && p.has(Check::NoCaseHandlingPublic) {
        let by_use = uses.iter().any(|u| {
            matches!(u.kind, UseKind::AutomatedDecision | UseKind::HighRisk)
                || u.area == UseArea::Decision
        });
        let by_purpose = req.purpose.is_some_and(|t| {
            let t = t.to_lowercase();
            CASE_HANDLING.iter().any(|w| t.contains(w))
        });
        if by_use || by_purpose {
            v.push(Violation::hard(
                "case_handling_public",
                p.rules_for(Check::NoCaseHandlingPublic),
            ));
        }
    }

    // Tools and attachments.
    if public && p.has(Check::NoToolsPublic) && (req.has_tools || req.has_attachments) {
        v.push(Violation::hard(
            "tools_to_public",
            p.rules_for(Check::NoToolsPublic),
        ));
    } else {
        if req.has_tools && !sys.tools_allowed {
            v.push(Violation::hard(
                "tools_not_allowed",
                or(p.rules_for(Check::RegisterCapabilities), "DIGG-1"),
            ));
        }
        if req.has_attachments && !sys.images_allowed {
            v.push(Violation::hard(
                "attachments_not_allowed",
                or(p.rules_for(Check::RegisterCapabilities), "DIGG-1"),
            ));
        }
    }

    if public && p.has(Check::NoInternalPublic) && cats.contains(&Category::Internal) {
        v.push(Violation::hard(
            "internal_to_public",
            p.rules_for(Check::NoInternalPublic),
        ));
    }

    // Level against the system.
    let (max, level_rules) = effective_max(p, sys).unwrap_or((Level::L0, vec![]));
    if analysis.level > max && analysis.level < Level::L4 {
        v.push(Violation::soft("level_above_system", level_rules).max(max));
    }

    // Personal data.
    let personal = analysis.has_personal_data();
    if personal && public && p.has(Check::NoPersonalDataPublic) {
        v.push(Violation::soft(
            "personal_data_to_public",
            p.rules_for(Check::NoPersonalDataPublic),
        ));
    }
    if personal && sys.kind != SystemKind::Own && p.has(Check::PersonalDataDecision) {
        let d = policy.decisions.iter().find(|d| {
            d.kind == DecisionKind::PersonalData
                && in_force(d, &sys.id, &req.caller.authority, req.today)
                && analysis.level.as_u8() <= d.max_level.unwrap_or(3)
        });
        match d {
            Some(d) => {
                used.push(d.id.clone());
                notices.push(Notice {
                    rule: d.id.clone(),
                    text: format!(
                        "Personuppgifter skickas enligt beslut {} ({}, gäller från {}).",
                        d.reference, d.decided_by, d.valid_from
                    ),
                });
            }
            None => v.push(Violation::soft(
                "personal_data_without_decision",
                p.rules_for(Check::PersonalDataDecision),
            )),
        }
    }

    if cats.contains(&Category::Copyright) {
        for r in p
            .rules
            .iter()
            .filter(|r| r.checks.contains(&Check::CopyrightFlag))
        {
            notices.push(Notice {
                rule: r.id.clone(),
                text: r.reminder.clone().unwrap_or_else(|| {
                    "Texten verkar innehålla upphovsrättsskyddat material.".into()
                }),
            });
        }
    }

    if v.is_empty() {
        return Decision::Allowed {
            level: analysis.level,
            notices,
            decisions_used: used,
        };
    }
    let hard = v.iter().any(|x| !x.maskable);
    let can_mask = analysis
        .findings
        .iter()
        .any(|f| is_masked(f, p.masks_content()));
    if !hard && sys.allow_masked && can_mask {
        let mut rules = Vec::new();
        for x in &v {
            push_unique(&mut rules, x.rules.clone());
        }
        return Decision::Masked {
            level: analysis.level,
            max_level: max,
            rules,
            notices,
            decisions_used: used,
        };
    }
    let alt = if suggest {
        alternatives(policy, req, analysis)
    } else {
        vec![]
    };
    refuse(v, Some(sys), !hard && can_mask, alt)
}

fn or(rules: Vec<String>, fallback: &str) -> Vec<String> {
    if rules.is_empty() {
        vec![fallback.to_string()]
    } else {
        rules
    }
}

/// Registered systems this caller could send the same request to, as it is (no masking),
/// most capable last so the message can name the closest fit first.
fn alternatives(policy: &Policy, req: &PolicyRequest<'_>, analysis: &Analysis) -> Vec<String> {
    let mut out: Vec<(u8, String)> = Vec::new();
    for s in &policy.systems {
        if s.id == req.system_id || !open_to(s, req.caller) {
            continue;
        }
        let r = PolicyRequest {
            system_id: &s.id,
            ..*req
        };
        if matches!(
            evaluate(policy, &r, analysis, false),
            Decision::Allowed { .. }
        ) {
            out.push((s.max_level, s.id.clone()));
        }
    }
    out.sort();
    out.into_iter().map(|(_, id)| id).collect()
}

/// Findings of the joined text that fall inside text `i` (starting at `offset`), shifted.
fn findings_in(all: &[Finding], offset: usize, len: usize) -> Vec<Finding> {
    all.iter()
        .filter(|f| f.start >= offset && f.end <= offset + len)
        .map(|f| Finding {
            start: f.start - offset,
            end: f.end - offset,
            ..f.clone()
        })
        .collect()
}

pub(crate) fn prepare(
    policy: &Policy,
    req: &PolicyRequest<'_>,
    texts: &[&str],
    mut masker: Masker,
    analyze: &dyn Fn(&str) -> Analysis,
) -> Prepared {
    let joined = texts.join(JOIN);
    let analysis = analyze(&joined);
    let decision = evaluate(policy, req, &analysis, true);
    match decision {
        Decision::Refused(_) => Prepared {
            decision,
            outgoing: vec![],
            analysis,
            sent_analysis: None,
            masker,
        },
        Decision::Allowed { .. } => Prepared {
            decision,
            outgoing: texts.iter().map(|t| t.to_string()).collect(),
            sent_analysis: Some(analysis.clone()),
            analysis,
            masker,
        },
        Decision::Masked {
            level,
            max_level,
            rules,
            ..
        } => {
            let content = policy.profile.masks_content();
            let mut outgoing = Vec::with_capacity(texts.len());
            let mut offset = 0;
            for t in texts {
                let fs = findings_in(&analysis.findings, offset, t.len());
                outgoing.push(masker.mask_findings(t, &fs, content));
                offset += t.len() + JOIN.len();
            }
            let masked_joined = outgoing.join(JOIN);
            let sent = analyze(&masked_joined);
            match evaluate(policy, req, &sent, true) {
                Decision::Allowed {
                    notices,
                    decisions_used,
                    ..
                } => Prepared {
                    decision: Decision::Masked {
                        level,
                        max_level,
                        rules,
                        notices,
                        decisions_used,
                    },
                    outgoing,
                    analysis,
                    sent_analysis: Some(sent),
                    masker,
                },
                other => {
                    // Fail closed: masking did not bring the text within what the system may get.
                    let mut r =
                        message::masking_insufficient(policy, req, &analysis, &sent, &other);
                    r.alternatives = alternatives(policy, req, &analysis);
                    message::append_alternatives(policy, &mut r);
                    Prepared {
                        decision: Decision::Refused(r),
                        outgoing: vec![],
                        analysis,
                        sent_analysis: Some(sent),
                        masker: Masker::new(),
                    }
                }
            }
        }
    }
}
