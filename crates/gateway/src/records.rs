//! The gateway's view of the record store: begin a record before forwarding, complete it
//! when the answer ends, report incidents (and send them to the configured webhook).
//! Failures to complete or report are logged; only a failure to *begin* stops a request
//! (fail closed).

use crate::state::AppState;
use vakt_config::Caller;
use vakt_store::{Completion, NewIncident, NewRecord, RecordId, Severity};

/// What a new record holds.
pub struct Begin<'a> {
    /// Who asked.
    pub caller: &'a Caller,
    /// The system id.
    pub system: &'a str,
    /// `allowed`, `masked` or `refused`.
    pub decision: &'static str,
    /// Rule ids.
    pub rules: &'a [String],
    /// Level of the request as sent.
    pub level: u8,
    /// Category ids.
    pub categories: &'a [String],
    /// The request as the user sent it.
    pub request: &'a str,
    /// The text as it left (None when refused).
    pub sent: Option<&'a str>,
    /// The masking map, (placeholder, original), stored encrypted.
    pub masking: &'a [(String, String)],
}

/// How a request ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Answered.
    Completed,
    /// Refused by the policy.
    Refused,
    /// The client went away.
    Cancelled,
    /// The upstream failed.
    UpstreamError(String),
}

/// Writes a new record (durable when this returns); its id, or `Err` when the store cannot
/// write.
pub async fn begin(state: &AppState, b: Begin<'_>) -> Result<String, ()> {
    let r = NewRecord {
        authority: b.caller.authority.clone(),
        user: b.caller.user.clone(),
        system: b.system.to_string(),
        decision: b.decision.to_string(),
        rules: b.rules.to_vec(),
        level: b.level,
        categories: b.categories.to_vec(),
        request: b.request.to_string(),
        sent: b.sent.map(str::to_owned),
        mask_map: (!b.masking.is_empty()).then(|| b.masking.to_vec()),
        purpose: None,
    };
    match state.store.begin_record(r).await {
        Ok(id) => Ok(id.to_string()),
        Err(e) => {
            tracing::error!(error = %e, "could not write a record; the request is not forwarded");
            Err(())
        }
    }
}

/// Completes a record with the answer.
pub async fn complete(
    state: &AppState,
    id: &str,
    response: Option<&str>,
    status: u16,
    outcome: Outcome,
) {
    let Ok(rid) = id.parse::<RecordId>() else {
        tracing::error!(id, "not a record id");
        return;
    };
    let c = match outcome {
        Outcome::Completed => Completion {
            response: response.map(str::to_owned),
            upstream_status: Some(status),
            error: None,
        },
        Outcome::Refused => Completion {
            response: None,
            upstream_status: None,
            error: Some("avvisad av policyn; skickades inte".into()),
        },
        Outcome::Cancelled => Completion {
            response: response.filter(|r| !r.is_empty()).map(str::to_owned),
            upstream_status: None,
            error: Some("klienten avbröt förfrågan".into()),
        },
        Outcome::UpstreamError(e) => Completion {
            response: response.filter(|r| !r.is_empty()).map(str::to_owned),
            upstream_status: Some(status),
            error: Some(e),
        },
    };
    if let Err(e) = state.store.complete_record(rid, c).await {
        tracing::error!(error = %e, record = id, "could not complete a record");
    }
}

/// An incident to report.
pub struct IncidentReport<'a> {
    /// Who.
    pub caller: &'a Caller,
    /// Which system.
    pub system: &'a str,
    /// `refusal`, `upstream_error`, …
    pub kind: &'a str,
    /// How serious.
    pub severity: Severity,
    /// Rule ids.
    pub rules: &'a [String],
    /// A short description without personal data.
    pub message: String,
    /// The record.
    pub record: Option<&'a str>,
}

/// Reports an incident to the store and, when configured, to the webhook.
pub async fn incident(state: &AppState, r: IncidentReport<'_>) {
    state.metrics.incident();
    let i = NewIncident {
        authority: r.caller.authority.clone(),
        severity: r.severity,
        kind: r.kind.to_string(),
        record_id: r.record.and_then(|id| id.parse().ok()),
        user: Some(r.caller.user.clone()),
        system: Some(r.system.to_string()),
        rules: r.rules.to_vec(),
        message: r.message,
    };
    let webhook_body = state
        .config
        .incidents
        .webhook
        .as_ref()
        .map(|_| serde_json::to_vec(&i).unwrap_or_default());
    match state.store.add_incident(i).await {
        Ok(id) => {
            if let (Some(url), Some(body)) = (state.config.incidents.webhook.clone(), webhook_body)
            {
                let state = state.clone();
                tokio::spawn(async move {
                    let body = match serde_json::from_slice::<serde_json::Value>(&body) {
                        Ok(mut v) => {
                            v["id"] = id.into();
                            serde_json::to_vec(&v).unwrap_or_default()
                        }
                        Err(_) => body,
                    };
                    if let Err(e) = state.upstream.webhook(&url, body).await {
                        tracing::warn!(error = %e, "incident webhook failed");
                    }
                });
            }
        }
        Err(e) => tracing::error!(error = %e, "could not record an incident"),
    }
}

/// The caller of an API key; `Ok(None)` for an unknown key, `Err` when the store is down.
pub async fn authenticate(state: &AppState, key: &str) -> Result<Option<Caller>, ()> {
    state.store.authenticate(key).await.map_err(|e| {
        tracing::error!(error = %e, "could not check an API key");
    })
}
