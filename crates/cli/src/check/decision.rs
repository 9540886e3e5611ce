//! `--system ID` (and `--profile ID`): the policy decision for each document, from
//! `vakt-policy`, as the contract's `decision` object
//! `{"system": …, "allowed": …, "rules": […]}` plus `decision` (`allowed`, `masked`,
//! `refused`) and, when refused, the Swedish `message` naming the rules and what to do instead.

use super::report::DocReport;
use anyhow::Context as _;
use std::path::Path;
use vakt_config::{Caller, Config, Role};
use vakt_detect::{Analysis, Finding, Use};
use vakt_policy::{Policy, PolicyRequest};

/// The `decision` object of a document. `allowed` is true only when the document may be sent
/// as it is (fail closed): a document that may go only masked has `allowed: false` and
/// `decision: "masked"`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DecisionOut {
    /// The system id.
    pub system: String,
    /// May be sent as it is.
    pub allowed: bool,
    /// The rule ids behind the decision.
    pub rules: Vec<String>,
    /// `allowed`, `masked` or `refused`.
    pub decision: &'static str,
    /// Why not, and what to do instead (Swedish), when refused.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Decides documents for one system.
pub struct Decider {
    policy: Policy,
    system: String,
    caller: Caller,
}

impl Decider {
    /// Loads the configuration (`--config`, else ./vakt.toml, else defaults), applies
    /// `--profile`, and checks that the system is in the register.
    pub fn new(
        config: Option<&Path>,
        profile: Option<&str>,
        system: &str,
    ) -> anyhow::Result<Decider> {
        let mut cfg = Config::load(config).context("konfigurationen kunde inte läsas")?;
        if let Some(p) = profile {
            cfg.organisation.profile = p.to_string();
        }
        let policy = Policy::from_config(&cfg).context("policyn kunde inte byggas")?;
        if policy.system(system).is_none() {
            let known: Vec<&str> = policy.systems().iter().map(|s| s.id.as_str()).collect();
            anyhow::bail!(
                "systemet `{system}` finns inte i registret; registrerade system: {}",
                if known.is_empty() {
                    "(inga)".to_string()
                } else {
                    known.join(", ")
                }
            );
        }
        let caller = Caller {
            user: std::env::var("USER").unwrap_or_else(|_| "vakt-check".into()),
            authority: cfg
                .authorities
                .first()
                .map(|a| a.id.clone())
                .unwrap_or_default(),
            role: Role::User,
        };
        Ok(Decider {
            policy,
            system: system.to_string(),
            caller,
        })
    }

    /// The decision object for one analysed document.
    pub fn decide(&self, doc: &DocReport) -> DecisionOut {
        let analysis = Analysis {
            level: doc.level(),
            findings: doc
                .findings
                .iter()
                .map(|f| Finding {
                    category: f.category,
                    start: f.start,
                    end: f.end,
                    score: f.score,
                    level: f.level,
                })
                .collect(),
            reasons: doc.reasons.clone(),
            uses: doc
                .uses
                .iter()
                .map(|u| Use {
                    kind: u.kind,
                    area: u.area,
                    start: u.start,
                    end: u.end,
                })
                .collect(),
        };
        let req = PolicyRequest::new(&self.system, &self.caller);
        let d = self.policy.evaluate(&req, &analysis);
        DecisionOut {
            system: self.system.clone(),
            allowed: matches!(d, vakt_policy::Decision::Allowed { .. }),
            rules: d.rules().to_vec(),
            decision: d.id(),
            message: d.refusal().map(|r| r.message_sv.clone()),
        }
    }
}
