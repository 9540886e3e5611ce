//! Checks of the configuration that need no profile. Every error names the key (and, through
//! [`Config::error_at`], the file and line) and says in Swedish what to change.

use crate::{Config, ConfigError, DecisionKind, SystemKind};
use std::collections::HashSet;

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
}

/// The use-area ids a high-risk decision may name (CONTRACT.md).
pub const HIGH_RISK_AREAS: &[&str] = &[
    "biometrics",
    "critical_infrastructure",
    "education",
    "employment",
    "essential_services",
    "law_enforcement",
    "migration",
    "justice_democracy",
];

pub(crate) fn validate(cfg: &Config) -> Result<(), ConfigError> {
    let mut ids = HashSet::new();
    for (i, a) in cfg.authorities.iter().enumerate() {
        let key = format!("authorities[{i}].id");
        if !valid_id(&a.id) {
            return Err(cfg.error_at(
                &key,
                format!("ogiltigt id `{}` (tillåtet: a–z, 0–9, - _ . :)", a.id),
            ));
        }
        if !ids.insert(a.id.as_str()) {
            return Err(cfg.error_at(&key, format!("myndigheten `{}` finns redan", a.id)));
        }
    }
    let mut sys = HashSet::new();
    for (i, s) in cfg.systems.iter().enumerate() {
        let key = |k: &str| format!("systems[{i}].{k}");
        if !valid_id(&s.id) {
            return Err(cfg.error_at(
                &key("id"),
                format!("ogiltigt id `{}` (tillåtet: a–z, 0–9, - _ . :)", s.id),
            ));
        }
        if !sys.insert(s.id.as_str()) {
            return Err(cfg.error_at(
                &key("id"),
                format!("systemet `{}` finns redan i registret", s.id),
            ));
        }
        if s.max_level > 3 {
            return Err(cfg.error_at(
                &key("max_level"),
                format!("nivå {} finns inte för AI-system: högst 3 (nivå 4, säkerhetsskydd, får aldrig skickas)", s.max_level),
            ));
        }
        if s.max_level > 0 && !s.risk_assessed {
            return Err(cfg.error_at(
                &key("max_level"),
                format!(
                    "systemet `{}` har max_level = {} men ingen riskbedömning (risk_assessed = false); ett system utan riskbedömning får bara ta emot nivå 0 (GBG-2, R002-1, STA-8)",
                    s.id, s.max_level
                ),
            ));
        }
        if s.risk_assessed && s.risk_assessment_date.is_none() {
            return Err(cfg.error_at(
                &key("risk_assessed"),
                format!(
                    "systemet `{}` är riskbedömt men saknar risk_assessment_date",
                    s.id
                ),
            ));
        }
        for (j, a) in s.authorities.iter().enumerate() {
            if cfg.authority(a).is_none() {
                return Err(cfg.error_at(
                    &key("authorities"),
                    format!("systems[{i}].authorities[{j}]: myndigheten `{a}` finns inte bland [[authorities]]"),
                ));
            }
        }
    }
    let mut dec = HashSet::new();
    for (i, d) in cfg.decisions.iter().enumerate() {
        let key = |k: &str| format!("decisions[{i}].{k}");
        if !valid_id(&d.id) {
            return Err(cfg.error_at(&key("id"), format!("ogiltigt id `{}`", d.id)));
        }
        if !dec.insert(d.id.as_str()) {
            return Err(cfg.error_at(&key("id"), format!("beslutet `{}` finns redan", d.id)));
        }
        let Some(system) = cfg.system(&d.system) else {
            return Err(cfg.error_at(
                &key("system"),
                format!(
                    "beslutet `{}` gäller systemet `{}`, som inte finns i registret ([[systems]])",
                    d.id, d.system
                ),
            ));
        };
        if cfg.authority(&d.authority).is_none() {
            return Err(cfg.error_at(
                &key("authority"),
                format!(
                    "beslutet `{}` gäller myndigheten `{}`, som inte finns bland [[authorities]]",
                    d.id, d.authority
                ),
            ));
        }
        if let Some(to) = d.valid_to {
            if to < d.valid_from {
                return Err(cfg.error_at(
                    &key("valid_to"),
                    format!(
                        "beslutet `{}` slutar ({to}) före det börjar gälla ({})",
                        d.id, d.valid_from
                    ),
                ));
            }
        }
        if d.decided_by.trim().is_empty() {
            return Err(cfg.error_at(&key("decided_by"), "vem som fattat beslutet måste anges"));
        }
        if d.reference.trim().is_empty() {
            return Err(cfg.error_at(&key("reference"), "diarienummer måste anges"));
        }
        match d.kind {
            DecisionKind::HighRisk => match d.area.as_deref() {
                None => {
                    return Err(cfg.error_at(
                        &key("area"),
                        format!(
                            "ett högriskbeslut måste ange area (en av: {})",
                            HIGH_RISK_AREAS.join(", ")
                        ),
                    ))
                }
                Some(a) if !HIGH_RISK_AREAS.contains(&a) => {
                    return Err(cfg.error_at(
                        &key("area"),
                        format!(
                            "okänt område `{a}` (ett av: {})",
                            HIGH_RISK_AREAS.join(", ")
                        ),
                    ))
                }
                _ => {}
            },
            DecisionKind::PersonalData => {
                if let Some(l) = d.max_level {
                    if l > 3 {
                        return Err(cfg
                            .error_at(&key("max_level"), format!("nivå {l} finns inte: högst 3")));
                    }
                    if l > system.max_level {
                        return Err(cfg.error_at(
                            &key("max_level"),
                            format!(
                                "beslutet `{}` öppnar nivå {l}, men systemet `{}` är riskbedömt för högst nivå {}; ett beslut kan inte gå över riskbedömningen",
                                d.id, system.id, system.max_level
                            ),
                        ));
                    }
                }
                if system.kind == SystemKind::Public {
                    return Err(cfg.error_at(
                        &key("system"),
                        format!("personuppgifter får aldrig gå till det publika systemet `{}` (STA-1, BOT-2); ett beslut kan inte öppna det", system.id),
                    ));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use std::path::Path;

    const BASE: &str = r#"[organisation]
profile = "goteborg"

[[authorities]]
id = "sn"
name = "Socialnämnden"

[[systems]]
id = "intern"
name = "Intern AI"
kind = "own"
upstream = "http://127.0.0.1:1/v1"
model = "m"
risk_assessed = true
risk_assessment_date = 2026-01-10
max_level = 2
"#;

    fn err(extra: &str) -> String {
        let text = format!("{BASE}{extra}");
        let c = Config::parse(&text, Some(Path::new("vakt.toml"))).unwrap();
        c.validate().unwrap_err().to_string()
    }

    #[test]
    fn base_is_valid() {
        Config::parse(BASE, None).unwrap().validate().unwrap();
    }

    #[test]
    fn duplicate_system_names_file_line_key() {
        let e = err("\n[[systems]]\nid = \"intern\"\nname = \"x\"\nkind = \"public\"\nupstream = \"u\"\nmodel = \"m\"\n");
        assert!(e.starts_with("vakt.toml:19: `systems[1].id`"), "{e}");
        assert!(e.contains("finns redan"), "{e}");
    }

    #[test]
    fn system_above_its_risk_assessment() {
        let e = err("\n[[systems]]\nid = \"pub\"\nname = \"x\"\nkind = \"public\"\nupstream = \"u\"\nmodel = \"m\"\nmax_level = 1\n");
        assert!(e.starts_with("vakt.toml:24: `systems[1].max_level`"), "{e}");
        assert!(e.contains("GBG-2"), "{e}");
    }

    #[test]
    fn decision_for_unknown_system_and_bad_dates() {
        let d = "\n[[decisions]]\nid = \"d1\"\nkind = \"personal_data\"\nsystem = \"nope\"\nauthority = \"sn\"\ndecided_by = \"vc\"\nreference = \"SN 2026/1\"\nvalid_from = 2026-01-01\n";
        let e = err(d);
        assert!(e.starts_with("vakt.toml:21: `decisions[0].system`"), "{e}");
        let d2 = d.replace("\"nope\"", "\"intern\"") + "valid_to = 2025-01-01\n";
        let e = err(&d2);
        assert!(
            e.contains("`decisions[0].valid_to`") && e.contains("före"),
            "{e}"
        );
        let d3 = d
            .replace("\"nope\"", "\"intern\"")
            .replace("\"sn\"", "\"x\"");
        assert!(err(&d3).contains("`decisions[0].authority`"));
    }

    #[test]
    fn high_risk_decision_needs_known_area() {
        let d = "\n[[decisions]]\nid = \"d1\"\nkind = \"high_risk\"\nsystem = \"intern\"\nauthority = \"sn\"\ndecided_by = \"vc\"\nreference = \"SN 2026/1\"\nvalid_from = 2026-01-01\n";
        assert!(err(d).contains("`decisions[0].area`"));
        assert!(err(&format!("{d}area = \"cooking\"\n")).contains("okänt område"));
        let ok = format!("{BASE}{d}area = \"employment\"\n");
        Config::parse(&ok, None).unwrap().validate().unwrap();
    }
}

#[cfg(test)]
mod date_tests {
    use crate::Config;

    #[test]
    fn dates_as_toml_dates_or_strings_and_bad_ones_name_the_line() {
        let base = "[[authorities]]\nid = \"sn\"\nname = \"S\"\n[[systems]]\nid = \"s\"\nname = \"S\"\nkind = \"own\"\nupstream = \"u\"\nmodel = \"m\"\n[[decisions]]\nid = \"d\"\nkind = \"personal_data\"\nsystem = \"s\"\nauthority = \"sn\"\ndecided_by = \"vc\"\nreference = \"r\"\n";
        let a = Config::parse(&format!("{base}valid_from = 2026-01-02\n"), None).unwrap();
        let b = Config::parse(&format!("{base}valid_from = \"2026-01-02\"\n"), None).unwrap();
        assert_eq!(a.decisions[0].valid_from, b.decisions[0].valid_from);
        let e = Config::parse(
            &format!("{base}valid_from = \"2026-02-30\"\n"),
            Some(std::path::Path::new("v.toml")),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("v.toml:17"), "{e}");
        assert!(e.to_string().contains("inget giltigt datum"), "{e}");
    }
}
