//! vakt-policy: turns a text's level and detected uses into "yes", "yes, masked" or "no,
//! because GBG-2 — here is what you can do", per the organisation's profile, the register of
//! AI systems and its documented decisions; and masks and restores placeholders.
//!
//! Design: the rules are data. A [`Profile`] is TOML (built-in ones are compiled in with
//! `include_str!`, an organisation may replace or extend them with `organisation.profile_file`)
//! that attaches each rule id to zero or more [`Check`]s the code knows how to enforce, and to a
//! reminder text for what software cannot check. So a new municipality needs no code, and every
//! refusal can name the rule ids of the organisation's own document. The crate does no I/O
//! (except reading the profile file through `vakt-config` in [`Policy::from_config`]); the CLI,
//! the gateway and the web pages all call the same [`Policy::evaluate`] / [`Policy::prepare`].
//!
//! Gateway flow: `let p = policy.prepare(&req, &texts)`; if `p.decision` is refused answer 403
//! with [`Refusal`]; else send `p.outgoing` (masked when `p.decision` is masked; the masked text
//! was re-analysed and confirmed — fail closed); restore the answer with `p.masker.restorer()`
//! (streaming) and add [`Policy::label_note`].
//!
//! ```
//! use vakt_config::{Caller, Config, Role};
//! use vakt_policy::{Policy, PolicyRequest};
//!
//! let cfg = Config::parse(include_str!("../../../examples/vakt.toml"), None).unwrap();
//! let policy = Policy::from_config(&cfg).unwrap();
//! let me = Caller { user: "anna".into(), authority: "sn-centrum".into(), role: Role::User };
//!
//! // A phone number may not go to the unassessed public chat (GBG-2): it is masked.
//! let p = policy.prepare(&PolicyRequest::new("public-chat", &me), &["Ring 070-123 45 67"]);
//! assert_eq!(p.decision.id(), "masked");
//! assert_eq!(p.outgoing[0], "Ring [TELEFON_1]");
//! assert_eq!(p.masker.restore("Jag ringer [telefon_1]."), "Jag ringer 070-123 45 67.");
//!
//! // Tools to a system whose register entry does not allow them: refused, naming the rule.
//! let mut req = PolicyRequest::new("svea", &me);
//! req.has_tools = true;
//! let d = policy.prepare(&req, &["Sammanfatta mötet"]).decision;
//! assert_eq!(d.refusal().unwrap().code, "tools_not_allowed");
//! assert!(d.refusal().unwrap().message_sv.contains("DIGG-1"));
//! ```

#![deny(missing_docs)]

mod decision;
mod evaluate;
mod mask;
mod message;
mod profile;
mod restore;

pub use decision::{Decision, Notice, Refusal};
pub use mask::{is_masked, tag, Masker};
pub use profile::{builtin, reminders, Check, Profile, ProfileError, Profiles, Rule, BUILTIN};
pub use restore::{Restorer, Table};

use chrono::NaiveDate;
use vakt_config::{Caller, Config, ConfigError, DecisionConfig, SystemConfig};
use vakt_detect::{Analysis, Engine, Level};

/// A request to evaluate: which system, who asks, and what the request carries besides text.
#[derive(Debug, Clone, Copy)]
pub struct PolicyRequest<'a> {
    /// The system id (the OpenAI `model`).
    pub system_id: &'a str,
    /// Who asks.
    pub caller: &'a Caller,
    /// A purpose the client declares (analysed for AI Act uses too).
    pub purpose: Option<&'a str>,
    /// The request carries tools / function definitions or connectors.
    pub has_tools: bool,
    /// The request carries images or files.
    pub has_attachments: bool,
    /// Today's date (decisions are valid between dates).
    pub today: NaiveDate,
}

impl<'a> PolicyRequest<'a> {
    /// A plain text request for `system_id` by `caller`, dated today (UTC).
    pub fn new(system_id: &'a str, caller: &'a Caller) -> PolicyRequest<'a> {
        PolicyRequest {
            system_id,
            caller,
            purpose: None,
            has_tools: false,
            has_attachments: false,
            today: chrono::Utc::now().date_naive(),
        }
    }
}

/// What [`Policy::prepare`] returns: the decision and, if not refused, the texts to send.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The decision. `Masked` here means masking was done and the masked text confirmed.
    pub decision: Decision,
    /// The texts to send upstream, one per input text (masked when the decision is `Masked`);
    /// empty when refused.
    pub outgoing: Vec<String>,
    /// The analysis of the original texts (joined with a blank line).
    pub analysis: Analysis,
    /// The analysis of what is sent (the masked texts when masked).
    pub sent_analysis: Option<Analysis>,
    /// The masking state: use [`Masker::restorer`] / [`Masker::restore`] on the answer and
    /// [`Masker::mapping`] for the record store. Empty unless masked.
    pub masker: Masker,
}

/// The organisation's policy: resolved profile, register and decisions, validated.
#[derive(Debug, Clone)]
pub struct Policy {
    profile: Profile,
    systems: Vec<SystemConfig>,
    decisions: Vec<DecisionConfig>,
    org_name: String,
}

/// Joins message texts for one analysis; findings are mapped back by offset.
pub const JOIN: &str = "\n\n";

impl Policy {
    /// Builds and validates the policy from a configuration: unknown profile, a system above
    /// its risk assessment, a decision for an unknown system or authority, duplicate ids, bad
    /// dates, and the profile's register requirements (STA-8, R002-1/BOT-1) are refused with
    /// file, line and key. Reads `organisation.profile_file` if set.
    pub fn from_config(cfg: &Config) -> Result<Policy, ConfigError> {
        let file = cfg.read_profile_file()?;
        let profiles = match &file {
            Some((path, text)) => {
                Profiles::with_file(text, &path.display().to_string()).map_err(|e| ConfigError {
                    file: Some(e.file.clone().into()),
                    line: e.line,
                    key: None,
                    message: e.message,
                })?
            }
            None => Profiles::builtin(),
        };
        Policy::with_profiles(cfg, &profiles)
    }

    /// Like [`Policy::from_config`] with an explicit set of profiles (no I/O).
    pub fn with_profiles(cfg: &Config, profiles: &Profiles) -> Result<Policy, ConfigError> {
        cfg.validate()?;
        let profile = profiles
            .resolve(&cfg.organisation.profile)
            .map_err(|m| cfg.error_at("organisation.profile", m))?;
        evaluate::validate_register(cfg, &profile)?;
        Ok(Policy {
            profile,
            systems: cfg.systems.clone(),
            decisions: cfg.decisions.clone(),
            org_name: cfg.organisation.name.clone(),
        })
    }

    /// The resolved profile.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// The organisation's name.
    pub fn organisation(&self) -> &str {
        &self.org_name
    }

    /// The register.
    pub fn systems(&self) -> &[SystemConfig] {
        &self.systems
    }

    /// The system with this id.
    pub fn system(&self, id: &str) -> Option<&SystemConfig> {
        self.systems.iter().find(|s| s.id == id)
    }

    /// The documented decisions.
    pub fn decisions(&self) -> &[DecisionConfig] {
        &self.decisions
    }

    /// The systems `caller` may use (what `GET /v1/models` lists): those open to the caller's
    /// authority, minus those refused entirely (downloaded and not risk-assessed, under GBG-2).
    pub fn systems_for(&self, caller: &Caller) -> Vec<&SystemConfig> {
        self.systems
            .iter()
            .filter(|s| {
                evaluate::open_to(s, caller) && !evaluate::blocked_entirely(&self.profile, s)
            })
            .collect()
    }

    /// The highest level `system` may receive under this profile (0 when unassessed under
    /// GBG-2/R002-1, 0 when public under R002-1/BOT-1), and the rule ids behind a cap.
    /// `None` when the system may not be used at all.
    pub fn effective_max(&self, system: &SystemConfig) -> Option<(Level, Vec<String>)> {
        evaluate::effective_max(&self.profile, system)
    }

    /// What `system` may receive, in Swedish (for `vakt systems list` and the register page,
    /// R002-3), e.g. "nivå 0–2; personuppgifter med beslut; maskerat".
    pub fn receives_sv(&self, system: &SystemConfig) -> String {
        evaluate::receives_sv(self, system)
    }

    /// Evaluates a request whose texts were analysed into `analysis`.
    pub fn evaluate(&self, req: &PolicyRequest<'_>, analysis: &Analysis) -> Decision {
        evaluate::evaluate(self, req, analysis, true)
    }

    /// Detects, evaluates, and if masking is required masks every text with one [`Masker`],
    /// re-analyses the masked texts and confirms they pass (fail closed: if not, refused with
    /// code `masking_insufficient`). `texts` are the conversation's texts in order.
    pub fn prepare(&self, req: &PolicyRequest<'_>, texts: &[&str]) -> Prepared {
        self.prepare_with(req, texts, Masker::new())
    }

    /// Like [`Policy::prepare`], continuing an existing conversation's masker so the same
    /// values keep the same placeholders.
    pub fn prepare_with(
        &self,
        req: &PolicyRequest<'_>,
        texts: &[&str],
        masker: Masker,
    ) -> Prepared {
        evaluate::prepare(self, req, texts, masker, &Policy::analyze)
    }

    /// Like [`Policy::prepare_with`] with another analyser in place of the shared engine
    /// (deterministic tests; an engine built with other settings).
    pub fn prepare_using(
        &self,
        req: &PolicyRequest<'_>,
        texts: &[&str],
        masker: Masker,
        analyze: &dyn Fn(&str) -> Analysis,
    ) -> Prepared {
        evaluate::prepare(self, req, texts, masker, analyze)
    }

    /// The visible note on every answer, e.g. "AI-genererat utkast – granska innan du använder
    /// det (GBG-6)".
    pub fn label_note(&self) -> Option<&str> {
        self.profile.label_note.as_deref()
    }

    /// The reminder texts of the profile, each prefixed by its rule id.
    pub fn reminders(&self) -> Vec<String> {
        self.profile.reminders()
    }

    /// Analyses text with the shared engine (one place, so tests can see what is used).
    fn analyze(text: &str) -> Analysis {
        Engine::shared().analyze(text)
    }
}
