//! The value types callers pass to and get back from a [`crate::Store`].

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The id of a record: a UUID v7 (time-ordered). Shown to clients as `x-vakt-record`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecordId(pub uuid::Uuid);

impl RecordId {
    /// A new, time-ordered id.
    pub fn new() -> RecordId {
        RecordId(uuid::Uuid::now_v7())
    }
}

impl Default for RecordId {
    fn default() -> Self {
        RecordId::new()
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl FromStr for RecordId {
    type Err = crate::StoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        uuid::Uuid::parse_str(s.trim())
            .map(RecordId)
            .map_err(|_| crate::StoreError::Invalid(format!("ogiltigt diarie-id: {s:?}")))
    }
}

/// The id of an incident.
pub type IncidentId = i64;

/// A record as the gateway writes it, before the request is forwarded.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NewRecord {
    /// Authority id (nämnd or company); each has its own hash chain.
    pub authority: String,
    /// User name of the caller.
    pub user: String,
    /// System id from the register.
    pub system: String,
    /// `allowed`, `masked` or `refused`.
    pub decision: String,
    /// Rule ids behind the decision (e.g. `GBG-2`).
    pub rules: Vec<String>,
    /// KLASSA level of the request, 0–4.
    pub level: u8,
    /// Category ids found (CONTRACT.md).
    pub categories: Vec<String>,
    /// The request as the user sent it (e.g. the JSON messages, or the text).
    pub request: String,
    /// The text as it left for the AI system; `None` when refused.
    pub sent: Option<String>,
    /// Placeholder → original pairs used for masking and restoring (stored encrypted).
    pub mask_map: Option<Vec<(String, String)>>,
    /// The purpose stated for the use, if any.
    pub purpose: Option<String>,
}

/// How a record ends: written as an append-only completion event.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Completion {
    /// The answer as the user got it (after restoring placeholders).
    pub response: Option<String>,
    /// The upstream's HTTP status.
    pub upstream_status: Option<u16>,
    /// What went wrong (upstream error, restore failure), if anything.
    pub error: Option<String>,
}

/// A record as a viewer sees it, decrypted.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RecordView {
    /// Id.
    pub id: RecordId,
    /// When the record was begun.
    pub created_at: DateTime<Utc>,
    /// Authority id.
    pub authority: String,
    /// User name.
    pub user: String,
    /// System id.
    pub system: String,
    /// `allowed`, `masked` or `refused`.
    pub decision: String,
    /// Rule ids.
    pub rules: Vec<String>,
    /// Level 0–4.
    pub level: u8,
    /// Category ids.
    pub categories: Vec<String>,
    /// Stated purpose.
    pub purpose: Option<String>,
    /// The request as the user sent it; `None` once disposed of.
    pub request: Option<String>,
    /// The text as it left; `None` when refused or disposed of.
    pub sent: Option<String>,
    /// The masking map; `None` when none or disposed of.
    pub mask_map: Option<Vec<(String, String)>>,
    /// The answer; `None` until completed, or when there was none.
    pub response: Option<String>,
    /// Upstream status, when completed.
    pub upstream_status: Option<u16>,
    /// Error text of the completion, if any.
    pub error: Option<String>,
    /// Whether a completion event exists (false: the request never finished, e.g. a crash).
    pub completed: bool,
    /// Whether the content has been disposed of (gallrad).
    pub disposed: bool,
    /// The record's chain hash (hex).
    pub hash: String,
}

/// What to search for. Every field narrows; `None` means any.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchQuery {
    /// Authority id (forced to the viewer's own unless the viewer is admin).
    pub authority: Option<String>,
    /// User name (forced to the viewer's own for role `user`).
    pub user: Option<String>,
    /// System id.
    pub system: Option<String>,
    /// From this time (inclusive).
    pub from: Option<DateTime<Utc>>,
    /// Until this time (exclusive).
    pub to: Option<DateTime<Utc>>,
    /// Exact level.
    pub level: Option<u8>,
    /// At least this level.
    pub min_level: Option<u8>,
    /// Category id.
    pub category: Option<String>,
    /// Decision (`allowed`, `masked`, `refused`).
    pub decision: Option<String>,
    /// Free text: every word must occur in the request, the sent text or the answer.
    pub text: Option<String>,
    /// Most results (default 100; 0 means no limit).
    pub limit: Option<usize>,
    /// Oldest first instead of newest first.
    pub oldest_first: bool,
}

/// How serious an incident is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// For the record only.
    Low,
    /// Look at it.
    Medium,
    /// Act on it.
    High,
    /// Act now (e.g. security-classified material sent).
    Critical,
}

impl Severity {
    /// The id used in storage and output.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// The severity for an id.
    pub fn from_id(s: &str) -> Option<Severity> {
        Some(match s {
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            "critical" => Severity::Critical,
            _ => return None,
        })
    }
}

/// An incident to record: every refusal and every anomaly.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewIncident {
    /// Authority id.
    pub authority: String,
    /// Severity.
    pub severity: Severity,
    /// What happened: `refusal`, `upstream_error`, `restore_failure`, … (free id).
    pub kind: String,
    /// The record it belongs to, if any.
    pub record_id: Option<RecordId>,
    /// User name, if known.
    pub user: Option<String>,
    /// System id, if any.
    pub system: Option<String>,
    /// Rule ids.
    pub rules: Vec<String>,
    /// A short description, without the personal data itself.
    pub message: String,
}

/// A stored incident (also the body a webhook can be sent).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Incident {
    /// Id.
    pub id: IncidentId,
    /// When.
    pub created_at: DateTime<Utc>,
    /// Authority id.
    pub authority: String,
    /// Severity.
    pub severity: Severity,
    /// Kind id.
    pub kind: String,
    /// Record id, if any.
    pub record_id: Option<RecordId>,
    /// User name, if known.
    pub user: Option<String>,
    /// System id, if any.
    pub system: Option<String>,
    /// Rule ids.
    pub rules: Vec<String>,
    /// Description.
    pub message: String,
}

/// Incidents counted by authority, kind and severity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentCount {
    /// Authority id.
    pub authority: String,
    /// Kind id.
    pub kind: String,
    /// Severity.
    pub severity: Severity,
    /// How many.
    pub count: u64,
}

/// One row of the monthly statistics (DIGG follow-up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatRow {
    /// `YYYY-MM` (UTC).
    pub month: String,
    /// Authority id.
    pub authority: String,
    /// System id.
    pub system: String,
    /// Level.
    pub level: u8,
    /// Decision.
    pub decision: String,
    /// Number of requests.
    pub count: u64,
}

/// The result of checking every chain.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VerifyReport {
    /// One entry per authority.
    pub chains: Vec<ChainReport>,
}

impl VerifyReport {
    /// True when every chain is intact.
    pub fn ok(&self) -> bool {
        self.chains.iter().all(|c| c.broken.is_none())
    }
}

/// The result of checking one authority's chain.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChainReport {
    /// Authority id.
    pub authority: String,
    /// Records checked.
    pub records: u64,
    /// Events (completions, disposals) checked.
    pub events: u64,
    /// The first break, if any.
    pub broken: Option<Broken>,
}

/// Where a chain breaks.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Broken {
    /// Position in the authority's chain (1-based).
    pub pos: i64,
    /// The record concerned (for an event: the record it belongs to), if known.
    pub record_id: Option<String>,
    /// `record`, `completion`, `disposal`, or `chain` (a gap or a missing tail).
    pub kind: String,
    /// What is wrong (Swedish).
    pub reason: String,
}

/// The result of a purge.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PurgeReport {
    /// Authority id.
    pub authority: String,
    /// Records created before this were disposed of.
    pub cutoff: DateTime<Utc>,
    /// The disposal decision cited.
    pub decision: String,
    /// Records whose content was disposed of now.
    pub disposed: u64,
}

/// An API key as listed (never the key itself).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyInfo {
    /// First characters of the key's hash, to tell keys apart.
    pub fingerprint: String,
    /// User name.
    pub user: String,
    /// Authority id.
    pub authority: String,
    /// Role id.
    pub role: String,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Revoked, if so.
    pub revoked: bool,
}
