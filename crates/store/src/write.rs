//! The write side of [`crate::Store`]: records, completions, incidents, keys.

use crate::chain;
use crate::db::{on_pool, DbStore};
use crate::tokens;
use crate::writer::{Op, PreparedEvent, PreparedIncident, PreparedRecord};
use crate::{Completion, IncidentId, NewIncident, NewRecord, RecordId, StoreError};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use tokio::sync::oneshot;
use vakt_config::{Caller, Role};

/// Most records remembered for completion before the map is emptied (then looked up in SQL).
const MAX_OPEN: usize = 200_000;

/// The sealed content of a record.
#[derive(Serialize, Deserialize)]
pub struct RecordContent {
    pub request: String,
    /// The text as it left; `None` with `sent_is_request` when it left exactly as requested
    /// (the common case: stored once, not twice, so it is serialised, sealed and hashed once).
    pub sent: Option<String>,
    pub mask_map: Option<Vec<(String, String)>>,
    /// The sent text is the request itself (records written before this field: `false`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sent_is_request: bool,
}

impl RecordContent {
    /// The sent text, whether stored or the request itself.
    pub fn sent_text(&self) -> Option<&str> {
        if self.sent_is_request {
            Some(&self.request)
        } else {
            self.sent.as_deref()
        }
    }
}

/// The sealed content of a completion.
#[derive(Serialize, Deserialize)]
pub struct CompletionContent {
    pub response: Option<String>,
    pub error: Option<String>,
}

/// The additional data a completion's ciphertext is bound to.
pub fn completion_aad(record_id: &str) -> Vec<u8> {
    format!("{record_id}/completion").into_bytes()
}

/// A record begun in this process and not yet completed.
pub struct OpenRecord {
    pub authority: String,
    pub pos: i64,
    /// The search tokens of its request and sent text.
    pub tokens: Vec<i64>,
}

/// The search tokens of a record's request and sent text.
fn record_tokens(key: &crate::RecordsKey, request: &str, sent: Option<&str>) -> Vec<i64> {
    // The sent text is usually the request itself (allowed as it was).
    let sent = sent.filter(|s| *s != request);
    tokens::tokens(key, std::iter::once(request).chain(sent))
}

fn required(name: &str, v: &str) -> Result<(), StoreError> {
    if v.trim().is_empty() {
        return Err(StoreError::Invalid(format!("{name} saknas")));
    }
    Ok(())
}

impl DbStore {
    pub(crate) fn prepare_record(&self, r: NewRecord) -> Result<PreparedRecord, StoreError> {
        required("myndighet (authority)", &r.authority)?;
        required("användare (user)", &r.user)?;
        required("system", &r.system)?;
        if !matches!(r.decision.as_str(), "allowed" | "masked" | "refused") {
            return Err(StoreError::Invalid(format!(
                "beslut {:?}: ska vara allowed, masked eller refused",
                r.decision
            )));
        }
        if r.level > 4 {
            return Err(StoreError::Invalid(format!(
                "nivå {} (ska vara 0–4)",
                r.level
            )));
        }
        if r.categories.iter().any(|c| c.contains(',')) {
            return Err(StoreError::Invalid(
                "en kategori får inte innehålla komma".into(),
            ));
        }
        let id = RecordId::new();
        let id_s = id.to_string();
        let now = Utc::now();
        let toks = record_tokens(&self.key, &r.request, r.sent.as_deref());
        let sent_is_request = r.sent.as_deref() == Some(r.request.as_str());
        let content = RecordContent {
            request: r.request,
            sent: if sent_is_request { None } else { r.sent },
            mask_map: r.mask_map,
            sent_is_request,
        };
        let plain = serde_json::to_vec(&content).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let sealed = self.key.seal(&plain, id_s.as_bytes());
        let digest = chain::digest(Some(&sealed));
        Ok(PreparedRecord {
            authority: r.authority,
            id: id_s,
            created_at: now.timestamp_micros(),
            month: now.format("%Y-%m").to_string(),
            user: r.user,
            system: r.system,
            decision: r.decision,
            rules: serde_json::to_string(&r.rules).expect("strings serialize"),
            level: i64::from(r.level),
            categories: format!(",{},", r.categories.join(",")),
            purpose: r.purpose,
            content: sealed,
            digest,
            tokens: toks,
        })
    }

    pub(crate) async fn begin(&self, r: NewRecord) -> Result<RecordId, StoreError> {
        let p = self.prepare_record(r)?;
        let id: RecordId = p.id.parse()?;
        let authority = p.authority.clone();
        let toks = p.tokens.clone();
        let (tx, rx) = oneshot::channel();
        self.writer
            .send(Op::Record(Box::new(p), tx))
            .await
            .map_err(|_| StoreError::Closed)?;
        let pos = rx.await.map_err(|_| StoreError::Closed)??;
        let mut open = self.open_records.lock().unwrap_or_else(|e| e.into_inner());
        if open.len() >= MAX_OPEN {
            open.clear();
        }
        open.insert(
            id,
            OpenRecord {
                authority,
                pos,
                tokens: toks,
            },
        );
        Ok(id)
    }

    /// The authority, position and search tokens of a record (tokens empty when disposed).
    async fn locate(&self, id: RecordId) -> Result<OpenRecord, StoreError> {
        let cached = self
            .open_records
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
        if let Some(found) = cached {
            return Ok(found);
        }
        let sql = "SELECT authority, pos, content FROM records WHERE id = $1";
        let row = on_pool!(&self.pool, p => {
            match sqlx::query(sql).bind(id.to_string()).fetch_optional(p).await? {
                Some(row) => Some((
                    row.try_get::<String, _>("authority")?,
                    row.try_get::<i64, _>("pos")?,
                    row.try_get::<Option<Vec<u8>>, _>("content")?,
                )),
                None => None,
            }
        });
        let (authority, pos, content) =
            row.ok_or_else(|| StoreError::NotFound(format!("posten {id}")))?;
        let tokens = match content {
            Some(sealed) => self.sealed_record_tokens(&id.to_string(), &sealed)?,
            None => Vec::new(),
        };
        Ok(OpenRecord {
            authority,
            pos,
            tokens,
        })
    }

    /// The search tokens of a record's request and sent text, from its sealed content.
    pub(crate) fn sealed_record_tokens(
        &self,
        id: &str,
        sealed: &[u8],
    ) -> Result<Vec<i64>, StoreError> {
        let plain = self
            .key
            .open(sealed, id.as_bytes())
            .map_err(|e| StoreError::Crypto(format!("posten {id}: {e}")))?;
        let c: RecordContent = serde_json::from_slice(&plain)
            .map_err(|e| StoreError::Crypto(format!("posten {id}: oläsligt innehåll: {e}")))?;
        Ok(record_tokens(&self.key, &c.request, c.sent_text()))
    }

    pub(crate) async fn complete(&self, id: RecordId, c: Completion) -> Result<(), StoreError> {
        let OpenRecord {
            authority,
            pos: record_pos,
            tokens: record_toks,
        } = self.locate(id).await?;
        let id_s = id.to_string();
        // The record's index entry becomes the words of request and answer together, so a
        // search for several words finds records whose words are spread over both.
        let answer_toks = tokens::tokens(&self.key, c.response.as_deref());
        let answered = !answer_toks.is_empty();
        let toks = if answered {
            tokens::union(&record_toks, &answer_toks)
        } else {
            record_toks
        };
        let upstream_status = c.upstream_status.map(i64::from);
        let content = CompletionContent {
            response: c.response,
            error: c.error,
        };
        let plain = serde_json::to_vec(&content).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let sealed = self.key.seal(&plain, &completion_aad(&id_s));
        let digest = chain::digest(Some(&sealed));
        let e = PreparedEvent {
            authority,
            record_id: id_s,
            record_pos,
            kind: "completion".into(),
            created_at: Utc::now().timestamp_micros(),
            upstream_status,
            info: String::new(),
            content: Some(sealed),
            digest,
            tokens: toks,
            answered,
        };
        let (tx, rx) = oneshot::channel();
        self.writer
            .send(Op::Event(Box::new(e), tx))
            .await
            .map_err(|_| StoreError::Closed)?;
        rx.await.map_err(|_| StoreError::Closed)?
    }

    pub(crate) async fn incident_add(&self, i: NewIncident) -> Result<IncidentId, StoreError> {
        required("myndighet (authority)", &i.authority)?;
        required("typ (kind)", &i.kind)?;
        let p = PreparedIncident {
            created_at: Utc::now().timestamp_micros(),
            authority: i.authority,
            severity: i.severity.id().to_string(),
            kind: i.kind,
            record_id: i.record_id.map(|r| r.to_string()),
            user: i.user,
            system: i.system,
            rules: serde_json::to_string(&i.rules).expect("strings serialize"),
            message: i.message,
        };
        let (tx, rx) = oneshot::channel();
        self.writer
            .send(Op::Incident(Box::new(p), tx))
            .await
            .map_err(|_| StoreError::Closed)?;
        rx.await.map_err(|_| StoreError::Closed)?
    }

    pub(crate) async fn key_create(
        &self,
        user: &str,
        authority: &str,
        role: Role,
    ) -> Result<String, StoreError> {
        required("användare", user)?;
        required("myndighet", authority)?;
        let key = crate::auth::generate_key();
        let h = crate::auth::key_hash(&key);
        let sql = "INSERT INTO api_keys (key_hash, user_name, authority, role, created_at) \
                   VALUES ($1, $2, $3, $4, $5)";
        let now = Utc::now().timestamp_micros();
        on_pool!(&self.pool, p => {
            sqlx::query(sql)
                .bind(&h[..])
                .bind(user.trim())
                .bind(authority.trim())
                .bind(role.id())
                .bind(now)
                .execute(p)
                .await?;
        });
        Ok(key)
    }

    pub(crate) async fn key_revoke(&self, user: &str, authority: &str) -> Result<u64, StoreError> {
        let sql = "UPDATE api_keys SET revoked_at = $1 \
                   WHERE user_name = $2 AND authority = $3 AND revoked_at IS NULL";
        let now = Utc::now().timestamp_micros();
        let n = on_pool!(&self.pool, p => {
            sqlx::query(sql).bind(now).bind(user).bind(authority).execute(p).await?.rows_affected()
        });
        self.keys.clear();
        Ok(n)
    }

    pub(crate) async fn auth(&self, key: &str) -> Result<Option<Caller>, StoreError> {
        let h = crate::auth::key_hash(key);
        if let Some(c) = self.keys.get(&h) {
            return Ok(c);
        }
        let sql = "SELECT user_name, authority, role FROM api_keys \
                   WHERE key_hash = $1 AND revoked_at IS NULL";
        let found = on_pool!(&self.pool, p => {
            match sqlx::query(sql).bind(&h[..]).fetch_optional(p).await? {
                Some(row) => {
                    let role: String = row.try_get("role")?;
                    Role::from_id(&role).map(|role| -> Result<Caller, StoreError> {
                        Ok(Caller {
                            user: row.try_get("user_name")?,
                            authority: row.try_get("authority")?,
                            role,
                        })
                    }).transpose()?
                }
                None => None,
            }
        });
        self.keys.put(h, found.clone());
        Ok(found)
    }
}
