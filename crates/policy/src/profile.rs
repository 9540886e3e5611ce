//! Profiles: one organisation's rules as data. Each rule is a check (one or more [`Check`]s the
//! code enforces) or a reminder text, or both. The built-in profiles are TOML files compiled
//! into the binary; an organisation can replace or extend them with its own file without code.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A check that the code knows how to enforce. Profiles attach them to rule ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// Only systems in the register may be used.
    RegisteredSystem,
    /// Tools and attachments only where the register allows them (`tools_allowed`, `images_allowed`).
    RegisterCapabilities,
    /// The text's level must not exceed what the system may receive.
    LevelVsSystem,
    /// A system without a risk assessment may receive level 0 only.
    UnassessedLevel0,
    /// A system that must be downloaded may not be used at all before its risk assessment.
    DownloadNeedsAssessment,
    /// A public system may receive level 0 only.
    PublicLevel0,
    /// Level 4 (säkerhetsskydd) is refused for every system.
    SecurityClassified,
    /// AI Act art. 5 prohibited uses are always refused.
    ProhibitedUse,
    /// High-risk uses need a `high_risk` decision for system + authority + area.
    HighRiskDecision,
    /// A request that the AI decide on its own is refused.
    NoAutomatedDecision,
    /// Personal data to a procured (or public) system needs a `personal_data` decision for the
    /// caller's authority.
    PersonalDataDecision,
    /// No personal data at all to a public system (masking offered).
    NoPersonalDataPublic,
    /// No internal information to a public system.
    NoInternalPublic,
    /// No decisions or case handling in a public system.
    NoCaseHandlingPublic,
    /// No biometrics, grading, CV or grant sorting in a public system.
    RestrictedUsesPublic,
    /// No tools, connectors or attachments to a public system.
    NoToolsPublic,
    /// A system above level 0 needs risk assessment, DPIA and (procured) a data processing
    /// agreement in the register (checked at start).
    RegisterComplete,
    /// Copyright notices are flagged in the decision (not refused).
    CopyrightFlag,
}

impl Check {
    /// Every check.
    pub const ALL: &'static [Check] = &[
        Check::RegisteredSystem,
        Check::RegisterCapabilities,
        Check::LevelVsSystem,
        Check::UnassessedLevel0,
        Check::DownloadNeedsAssessment,
        Check::PublicLevel0,
        Check::SecurityClassified,
        Check::ProhibitedUse,
        Check::HighRiskDecision,
        Check::NoAutomatedDecision,
        Check::PersonalDataDecision,
        Check::NoPersonalDataPublic,
        Check::NoInternalPublic,
        Check::NoCaseHandlingPublic,
        Check::RestrictedUsesPublic,
        Check::NoToolsPublic,
        Check::RegisterComplete,
        Check::CopyrightFlag,
    ];

    /// The id used in profile files.
    pub fn id(self) -> &'static str {
        match self {
            Check::RegisteredSystem => "registered_system",
            Check::RegisterCapabilities => "register_capabilities",
            Check::LevelVsSystem => "level_vs_system",
            Check::UnassessedLevel0 => "unassessed_level0",
            Check::DownloadNeedsAssessment => "download_needs_assessment",
            Check::PublicLevel0 => "public_level0",
            Check::SecurityClassified => "security_classified",
            Check::ProhibitedUse => "prohibited_use",
            Check::HighRiskDecision => "high_risk_decision",
            Check::NoAutomatedDecision => "no_automated_decision",
            Check::PersonalDataDecision => "personal_data_decision",
            Check::NoPersonalDataPublic => "no_personal_data_public",
            Check::NoInternalPublic => "no_internal_public",
            Check::NoCaseHandlingPublic => "no_case_handling_public",
            Check::RestrictedUsesPublic => "restricted_uses_public",
            Check::NoToolsPublic => "no_tools_public",
            Check::RegisterComplete => "register_complete",
            Check::CopyrightFlag => "copyright_flag",
        }
    }
}

/// One rule of a profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Rule id, e.g. `GBG-2`; used in decisions, messages and records.
    pub id: String,
    /// Short Swedish title.
    pub title: String,
    /// The rule as the source document says it (Swedish).
    pub text: String,
    /// How vakt enforces it (Swedish), printed by `vakt policy explain`.
    pub enforcement: String,
    /// Checks that enforce it; empty for a rule that is only a reminder.
    #[serde(default)]
    pub checks: Vec<Check>,
    /// A reminder shown to the user (Swedish), for what software cannot check.
    #[serde(default)]
    pub reminder: Option<String>,
}

/// A profile: one organisation's set of rules, with everything it extends already merged in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Id, e.g. `goteborg`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The source document.
    #[serde(default)]
    pub source: Option<String>,
    /// The profile whose rules this one starts from.
    #[serde(default)]
    pub extends: Option<String>,
    /// The visible note on every answer ("AI-genererat utkast – granska …").
    #[serde(default)]
    pub label_note: Option<String>,
    /// Mask content phrases (health, child …) too, not only identifiers. Unset inherits.
    #[serde(default)]
    pub mask_content: Option<bool>,
    /// The rules (own first, then inherited ones not overridden).
    #[serde(default)]
    pub rules: Vec<Rule>,
}

impl Profile {
    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Whether any rule enforces `check`.
    pub fn has(&self, check: Check) -> bool {
        self.rules.iter().any(|r| r.checks.contains(&check))
    }

    /// The ids of the rules that enforce `check`, in profile order.
    pub fn rules_for(&self, check: Check) -> Vec<String> {
        self.rules
            .iter()
            .filter(|r| r.checks.contains(&check))
            .map(|r| r.id.clone())
            .collect()
    }

    /// Whether content phrases are masked as well as identifiers.
    pub fn masks_content(&self) -> bool {
        self.mask_content.unwrap_or(false)
    }

    /// The reminder texts, each prefixed by its rule id (`GBG-6: Granska svaret …`).
    pub fn reminders(&self) -> Vec<String> {
        self.rules
            .iter()
            .filter_map(|r| r.reminder.as_ref().map(|t| format!("{}: {t}", r.id)))
            .collect()
    }
}

/// The TOML file shape: `[[profiles]]` entries.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    #[serde(default)]
    profiles: Vec<Profile>,
}

/// The built-in profile files, compiled into the binary.
pub const BUILTIN: &[(&str, &str)] = &[
    ("digg", include_str!("../profiles/digg.toml")),
    ("goteborg", include_str!("../profiles/goteborg.toml")),
    (
        "staffanstorp",
        include_str!("../profiles/staffanstorp.toml"),
    ),
    (
        "riktlinje-002",
        include_str!("../profiles/riktlinje-002.toml"),
    ),
    ("botkyrka", include_str!("../profiles/botkyrka.toml")),
];

/// An error in a profile file: file name, line and message.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ProfileError {
    /// The file (or `inbyggd:<id>` for a built-in one).
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong (Swedish).
    pub message: String,
}

/// The set of known profiles: the built-in ones, replaced or extended by an organisation's file.
#[derive(Debug, Clone)]
pub struct Profiles {
    raw: Vec<Profile>,
}

fn parse_file(text: &str, file: &str) -> Result<Vec<Profile>, ProfileError> {
    let parsed: ProfileFile = toml::from_str(text).map_err(|e| ProfileError {
        file: file.to_string(),
        line: e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1),
        message: e.message().to_string(),
    })?;
    Ok(parsed.profiles)
}

impl Profiles {
    /// The built-in profiles.
    pub fn builtin() -> Profiles {
        let mut raw = Vec::new();
        for (id, text) in BUILTIN {
            // Built-in files are tested; a failure here is a build defect.
            let p = parse_file(text, &format!("inbyggd:{id}")).expect("built-in profile parses");
            raw.extend(p);
        }
        Profiles { raw }
    }

    /// The built-in profiles with those in `text` (a profile file named `file` in errors)
    /// added; a profile with the id of an existing one replaces it.
    pub fn with_file(text: &str, file: &str) -> Result<Profiles, ProfileError> {
        let mut me = Profiles::builtin();
        for p in parse_file(text, file)? {
            let line = text
                .lines()
                .position(|l| l.contains(&format!("\"{}\"", p.id)))
                .map(|n| n + 1);
            if p.id.trim().is_empty() {
                return Err(ProfileError {
                    file: file.into(),
                    line,
                    message: "en profil saknar id".into(),
                });
            }
            let mut seen = std::collections::HashSet::new();
            for r in &p.rules {
                if !seen.insert(r.id.as_str()) {
                    return Err(ProfileError {
                        file: file.into(),
                        line: text
                            .lines()
                            .position(|l| l.contains(&format!("\"{}\"", r.id)))
                            .map(|n| n + 1),
                        message: format!(
                            "regeln `{}` finns två gånger i profilen `{}`",
                            r.id, p.id
                        ),
                    });
                }
            }
            me.raw.retain(|q| q.id != p.id);
            me.raw.push(p);
        }
        // Every profile must resolve (known parents, no cycles).
        for p in &me.raw {
            me.resolve(&p.id).map_err(|m| ProfileError {
                file: file.into(),
                line: None,
                message: m,
            })?;
        }
        Ok(me)
    }

    /// The ids of all known profiles.
    pub fn ids(&self) -> Vec<&str> {
        self.raw.iter().map(|p| p.id.as_str()).collect()
    }

    /// The profile `id` with what it extends merged in: its own rules first, then inherited
    /// rules it does not override (same id). Errors name an unknown profile or a cycle.
    pub fn resolve(&self, id: &str) -> Result<Profile, String> {
        let by_id: HashMap<&str, &Profile> = self.raw.iter().map(|p| (p.id.as_str(), p)).collect();
        let mut chain = Vec::new();
        let mut cur = Some(id);
        while let Some(c) = cur {
            if chain.iter().any(|p: &&Profile| p.id == c) {
                return Err(format!("profilen `{id}` ärver från sig själv (via `{c}`)"));
            }
            let p = by_id.get(c).ok_or_else(|| {
                format!(
                    "okänd profil `{c}`; kända profiler: {}",
                    self.ids().join(", ")
                )
            })?;
            chain.push(*p);
            cur = p.extends.as_deref();
        }
        let mut out = chain[0].clone();
        for parent in &chain[1..] {
            for r in &parent.rules {
                if out.rule(&r.id).is_none() {
                    out.rules.push(r.clone());
                }
            }
            if out.label_note.is_none() {
                out.label_note.clone_from(&parent.label_note);
            }
            if out.mask_content.is_none() {
                out.mask_content = parent.mask_content;
            }
            if out.source.is_none() {
                out.source.clone_from(&parent.source);
            }
        }
        Ok(out)
    }
}

/// The built-in profile `id`, resolved.
pub fn builtin(id: &str) -> Option<Profile> {
    Profiles::builtin().resolve(id).ok()
}

/// The reminder texts of a profile (see [`Profile::reminders`]).
pub fn reminders(profile: &Profile) -> Vec<String> {
    profile.reminders()
}
