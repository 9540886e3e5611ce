//! The outcome of evaluating a request: allowed, allowed if masked, or refused with rule ids
//! and a Swedish message saying what the user can do instead.

use serde::Serialize;
use vakt_detect::{Category, Level};

/// A note attached to a decision that does not stop it: a flagged copyright notice, the
/// documented decision that opened a door, a reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// The rule id (`GBG-9`) or decision id it comes from.
    pub rule: String,
    /// Swedish text to show the user.
    pub text: String,
}

/// Why a request was refused. Never contains the sensitive text itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Refusal {
    /// Machine code for the main reason, used as the OpenAI error `code`, e.g.
    /// `level_above_system`, `personal_data_to_public`, `prohibited_use`.
    pub code: &'static str,
    /// Every rule id that stopped the request (profile's own rules first).
    pub rules: Vec<String>,
    /// The categories found (contract ids when serialised).
    pub categories: Vec<Category>,
    /// The text's level.
    pub level: Level,
    /// The Swedish message: what was stopped, by which rules, and what the user can do.
    pub message_sv: String,
    /// The same in English.
    pub message_en: String,
    /// Whether masking the text could make it pass (the system may not allow masking).
    pub maskable: bool,
    /// Ids of registered systems this caller could send the same text to.
    pub alternatives: Vec<String>,
}

/// The outcome of [`crate::Policy::evaluate`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum Decision {
    /// The text may be sent as it is.
    Allowed {
        /// The text's level.
        level: Level,
        /// Notes (copyright flags, decisions used).
        notices: Vec<Notice>,
        /// Ids of the documented decisions (`[[decisions]]`) this relied on.
        decisions_used: Vec<String>,
    },
    /// The text may be sent only masked: mask it, re-analyse the masked text and confirm it
    /// passes (see [`crate::Policy::prepare`], which does all of that).
    Masked {
        /// The original text's level.
        level: Level,
        /// The highest level the system may receive; the masked text must be at or below it.
        max_level: Level,
        /// The rules that require masking.
        rules: Vec<String>,
        /// Notes (copyright flags, decisions used).
        notices: Vec<Notice>,
        /// Ids of the documented decisions this relied on.
        decisions_used: Vec<String>,
    },
    /// The text may not be sent.
    Refused(Refusal),
}

impl Decision {
    /// `allowed`, `masked` or `refused` (the `x-vakt-decision` header value and record field).
    pub fn id(&self) -> &'static str {
        match self {
            Decision::Allowed { .. } => "allowed",
            Decision::Masked { .. } => "masked",
            Decision::Refused(_) => "refused",
        }
    }

    /// The original text's level.
    pub fn level(&self) -> Level {
        match self {
            Decision::Allowed { level, .. } | Decision::Masked { level, .. } => *level,
            Decision::Refused(r) => r.level,
        }
    }

    /// Whether the request may go on (allowed or masked).
    pub fn is_allowed(&self) -> bool {
        !matches!(self, Decision::Refused(_))
    }

    /// The rule ids behind the decision (empty when plainly allowed).
    pub fn rules(&self) -> &[String] {
        match self {
            Decision::Allowed { .. } => &[],
            Decision::Masked { rules, .. } => rules,
            Decision::Refused(r) => &r.rules,
        }
    }

    /// The refusal, if refused.
    pub fn refusal(&self) -> Option<&Refusal> {
        match self {
            Decision::Refused(r) => Some(r),
            _ => None,
        }
    }

    /// Notes attached to an allowed or masked decision.
    pub fn notices(&self) -> &[Notice] {
        match self {
            Decision::Allowed { notices, .. } | Decision::Masked { notices, .. } => notices,
            Decision::Refused(_) => &[],
        }
    }

    /// Ids of the documented decisions relied on.
    pub fn decisions_used(&self) -> &[String] {
        match self {
            Decision::Allowed { decisions_used, .. } | Decision::Masked { decisions_used, .. } => {
                decisions_used
            }
            Decision::Refused(_) => &[],
        }
    }
}
