//! Shared test fixtures: a register with one system of each kind, two authorities, decisions.
#![allow(dead_code)]

use chrono::NaiveDate;
use vakt_config::{Caller, Config, Role};
use vakt_detect::{Analysis, Category, Finding, Level, Use, UseArea, UseKind};
use vakt_policy::Policy;

pub const REGISTER: &str = r#"
[[authorities]]
id = "sn"
name = "Socialnämnden"

[[authorities]]
id = "un"
name = "Utbildningsnämnden"

[[systems]]
id = "public-chat"
name = "Publik chattjänst"
kind = "public"
upstream = "http://127.0.0.1:9/v1"
model = "m"
max_level = 0
allow_masked = true

[[systems]]
id = "public-app"
name = "Nedladdad app"
kind = "public"
upstream = "http://127.0.0.1:9/v1"
model = "m"
requires_download = true

[[systems]]
id = "svea"
name = "SveaGPT"
kind = "procured"
upstream = "http://127.0.0.1:9/v1"
model = "m"
risk_assessed = true
risk_assessment_date = 2026-02-01
risk_assessment_by = "Informationssäkerhetssamordnaren"
max_level = 2
dpia_done = true
dpa_signed = true
data_location = "eu_eea"
allow_masked = true

[[systems]]
id = "intern"
name = "Intern AI"
kind = "own"
upstream = "http://127.0.0.1:9/v1"
model = "m"
risk_assessed = true
risk_assessment_date = 2026-02-01
max_level = 3
dpia_done = true
tools_allowed = true
images_allowed = true

[[decisions]]
id = "pd-sn"
kind = "personal_data"
system = "svea"
authority = "sn"
max_level = 2
decided_by = "Verksamhetschef IFO"
reference = "SN 2026/14"
valid_from = 2026-01-01
valid_to = 2026-12-31

[[decisions]]
id = "hr-un"
kind = "high_risk"
system = "intern"
authority = "un"
area = "education"
decided_by = "Utbildningsnämnden"
reference = "UN 2026/3"
valid_from = 2026-03-01
"#;

pub fn config(profile: &str, extra: &str) -> Config {
    let text = format!(
        "[organisation]\nname = \"Testkommun\"\nprofile = \"{profile}\"\n{REGISTER}{extra}"
    );
    Config::parse(&text, Some(std::path::Path::new("vakt.toml"))).expect("fixture parses")
}

pub fn policy(profile: &str) -> Policy {
    Policy::from_config(&config(profile, "")).expect("fixture is valid")
}

pub fn caller(authority: &str) -> Caller {
    Caller {
        user: "test".into(),
        authority: authority.into(),
        role: Role::User,
    }
}

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// An analysis with the given findings (each at its category's base level) and uses; the
/// level is the highest finding level unless `level` is given.
pub fn analysis(level: Option<Level>, cats: &[Category], uses: &[(UseKind, UseArea)]) -> Analysis {
    let findings: Vec<Finding> = cats
        .iter()
        .enumerate()
        .map(|(i, c)| Finding::new(*c, i * 10, i * 10 + 5, 0.9))
        .collect();
    let lvl = level.unwrap_or_else(|| findings.iter().map(|f| f.level).max().unwrap_or(Level::L0));
    Analysis {
        level: lvl,
        findings,
        reasons: vec![],
        uses: uses
            .iter()
            .map(|(k, a)| Use {
                kind: *k,
                area: *a,
                start: 0,
                end: 3,
            })
            .collect(),
    }
}
