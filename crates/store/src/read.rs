//! The read side: search and view records (decrypted, per the viewer's role), incidents,
//! statistics and keys.

use crate::db::{bind_args, on_pool, to32, Arg, DbStore, Pool};
use crate::write::{completion_aad, CompletionContent, RecordContent};
use crate::{
    Incident, IncidentCount, IncidentId, KeyInfo, RecordId, RecordView, SearchQuery, Severity,
    StatRow, StoreError,
};
use chrono::{DateTime, TimeZone, Utc};
use sqlx::Row;
use vakt_config::{Caller, Role};

/// Collects WHERE conditions and their arguments, numbering `$n` placeholders.
#[derive(Default)]
pub struct Builder {
    conds: Vec<String>,
    pub args: Vec<Arg>,
}

impl Builder {
    /// A placeholder for `a`.
    pub fn arg(&mut self, a: Arg) -> String {
        self.args.push(a);
        format!("${}", self.args.len())
    }
    /// Add a condition.
    pub fn cond(&mut self, c: String) {
        self.conds.push(c);
    }
    /// ` WHERE …` or nothing.
    pub fn where_sql(&self) -> String {
        if self.conds.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.conds.join(" AND "))
        }
    }
}

pub(crate) fn time(micros: i64) -> DateTime<Utc> {
    Utc.timestamp_micros(micros).single().unwrap_or_default()
}

const VIEW_COLUMNS: &str = "r.authority, r.pos, r.id, r.created_at, r.user_name, r.system, \
    r.decision, r.rules, r.level, r.categories, r.purpose, r.content, r.hash, \
    e.content AS e_content, e.upstream_status AS e_status, e.pos AS e_pos";

pub(crate) const COMPLETION_JOIN: &str =
    " LEFT JOIN events e ON e.authority = r.authority AND e.pos = \
    (SELECT MAX(e2.pos) FROM events e2 WHERE e2.record_id = r.id AND e2.kind = 'completion')";

/// The raw columns of a view row, before decryption.
struct RawView {
    authority: String,
    id: String,
    created_at: i64,
    user: String,
    system: String,
    decision: String,
    rules: String,
    level: i64,
    categories: String,
    purpose: Option<String>,
    content: Option<Vec<u8>>,
    hash: Vec<u8>,
    e_content: Option<Vec<u8>>,
    e_status: Option<i64>,
    e_pos: Option<i64>,
}

macro_rules! raw_view {
    ($row:expr) => {{
        let row = $row;
        RawView {
            authority: row.try_get("authority")?,
            id: row.try_get("id")?,
            created_at: row.try_get("created_at")?,
            user: row.try_get("user_name")?,
            system: row.try_get("system")?,
            decision: row.try_get("decision")?,
            rules: row.try_get("rules")?,
            level: row.try_get("level")?,
            categories: row.try_get("categories")?,
            purpose: row.try_get("purpose")?,
            content: row.try_get("content")?,
            hash: row.try_get("hash")?,
            e_content: row.try_get("e_content")?,
            e_status: row.try_get("e_status")?,
            e_pos: row.try_get("e_pos")?,
        }
    }};
}

impl DbStore {
    fn decrypt_view(&self, r: RawView) -> Result<RecordView, StoreError> {
        let id: RecordId = r.id.parse()?;
        let content: Option<RecordContent> = match &r.content {
            Some(c) => {
                let plain = self
                    .key
                    .open(c, r.id.as_bytes())
                    .map_err(|e| StoreError::Crypto(format!("posten {}: {e}", r.id)))?;
                Some(serde_json::from_slice(&plain).map_err(|e| {
                    StoreError::Crypto(format!("posten {}: oläsligt innehåll: {e}", r.id))
                })?)
            }
            None => None,
        };
        let completion: Option<CompletionContent> =
            match &r.e_content {
                Some(c) => {
                    let plain = self.key.open(c, &completion_aad(&r.id)).map_err(|e| {
                        StoreError::Crypto(format!("svaret till posten {}: {e}", r.id))
                    })?;
                    Some(serde_json::from_slice(&plain).map_err(|e| {
                        StoreError::Crypto(format!("svaret till posten {}: {e}", r.id))
                    })?)
                }
                None => None,
            };
        let disposed = r.content.is_none();
        let (request, sent, mask_map) = match content {
            Some(c) => {
                let sent = if c.sent_is_request {
                    Some(c.request.clone())
                } else {
                    c.sent
                };
                (Some(c.request), sent, c.mask_map)
            }
            None => (None, None, None),
        };
        let (response, error) = match completion {
            Some(c) => (c.response, c.error),
            None => (None, None),
        };
        Ok(RecordView {
            id,
            created_at: time(r.created_at),
            authority: r.authority,
            user: r.user,
            system: r.system,
            decision: r.decision,
            rules: serde_json::from_str(&r.rules).unwrap_or_default(),
            level: u8::try_from(r.level).unwrap_or(u8::MAX),
            categories: r
                .categories
                .split(',')
                .filter(|c| !c.is_empty())
                .map(str::to_string)
                .collect(),
            purpose: r.purpose,
            request,
            sent,
            mask_map,
            response,
            upstream_status: r.e_status.and_then(|s| u16::try_from(s).ok()),
            error,
            completed: r.e_pos.is_some(),
            disposed,
            hash: hex::encode(r.hash),
        })
    }

    /// Restrict `b` to what `viewer` may see; `col` prefixes the authority/user columns.
    fn visibility(
        b: &mut Builder,
        viewer: &Caller,
        authority: Option<&str>,
        prefix: &str,
    ) -> Result<(), StoreError> {
        match viewer.role {
            Role::Admin => {
                if let Some(a) = authority {
                    let p = b.arg(Arg::T(a.to_string()));
                    b.cond(format!("{prefix}authority = {p}"));
                }
            }
            Role::Registrar | Role::User => {
                if let Some(a) = authority {
                    if a != viewer.authority {
                        return Err(StoreError::Forbidden(format!(
                            "{} hör till {} och kan inte se poster från {a}",
                            viewer.user, viewer.authority
                        )));
                    }
                }
                let p = b.arg(Arg::T(viewer.authority.clone()));
                b.cond(format!("{prefix}authority = {p}"));
            }
        }
        Ok(())
    }

    pub(crate) async fn record(
        &self,
        id: RecordId,
        viewer: &Caller,
    ) -> Result<Option<RecordView>, StoreError> {
        let mut b = Builder::default();
        let p = b.arg(Arg::T(id.to_string()));
        b.cond(format!("r.id = {p}"));
        Self::visibility(&mut b, viewer, None, "r.")?;
        if viewer.role == Role::User {
            let p = b.arg(Arg::T(viewer.user.clone()));
            b.cond(format!("r.user_name = {p}"));
        }
        let sql = format!(
            "SELECT {VIEW_COLUMNS} FROM records r{COMPLETION_JOIN}{}",
            b.where_sql()
        );
        let raw = on_pool!(&self.pool, p => {
            match bind_args!(sqlx::query(&sql), &b.args).fetch_optional(p).await? {
                Some(row) => Some(raw_view!(row)),
                None => None,
            }
        });
        raw.map(|r| self.decrypt_view(r)).transpose()
    }

    pub(crate) async fn find(
        &self,
        q: &SearchQuery,
        viewer: &Caller,
    ) -> Result<Vec<RecordView>, StoreError> {
        let mut b = Builder::default();
        let words: Vec<i64> = crate::tokens::tokens(&self.key, q.text.as_deref());
        if q.text.as_deref().is_some_and(|t| !t.trim().is_empty()) && words.is_empty() {
            return Err(StoreError::Invalid(
                "fritexten behöver minst ett ord med två eller fler tecken".into(),
            ));
        }
        let dir = if q.oldest_first { "ASC" } else { "DESC" };
        let sqlite = matches!(self.pool, Pool::Sqlite(_));
        // SQLite: the full-text index drives the query in `seq` order, which is time order,
        // within the `seq` range of the time range, and stops at the limit. PostgreSQL: the
        // planner picks between the time index (common words) and the GIN index (rare words).
        let (from, order) = if !words.is_empty() && sqlite {
            let p = b.arg(Arg::T(crate::tokens::fts_query(&words)));
            b.cond(format!("record_words MATCH {p}"));
            if let Some(from_t) = q.from {
                let p = b.arg(Arg::I(from_t.timestamp_micros()));
                b.cond(format!(
                    "record_words.rowid >= COALESCE((SELECT seq FROM records WHERE created_at >= {p} \
                     ORDER BY created_at ASC LIMIT 1), 9223372036854775807)"
                ));
            }
            if let Some(to_t) = q.to {
                let p = b.arg(Arg::I(to_t.timestamp_micros()));
                b.cond(format!(
                    "record_words.rowid <= COALESCE((SELECT seq FROM records WHERE created_at < {p} \
                     ORDER BY created_at DESC LIMIT 1), -1)"
                ));
            }
            (
                "record_words CROSS JOIN records r ON r.seq = record_words.rowid".to_string(),
                format!("record_words.rowid {dir}"),
            )
        } else {
            let order = format!("r.created_at {dir}, r.pos {dir}");
            if words.is_empty() {
                ("records r".to_string(), order)
            } else {
                // Count the index entries holding every word, up to a cap, and pick the plan
                // here rather than leave it to estimates (which guess rare and absent words
                // badly): few entries drive the query from the GIN index; many mean matches
                // are common, so walking the time index finds the newest soon.
                const CAP: i64 = 5000;
                let arr = crate::tokens::pg_array(&words);
                let count = format!(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM record_words \
                     WHERE toks @> $1::bigint[] LIMIT {CAP}) x"
                );
                let Pool::Pg(pg) = &self.pool else {
                    return Err(StoreError::Invalid("fel sökväg för SQLite".into()));
                };
                let n: i64 = sqlx::query_scalar(&count).bind(&arr).fetch_one(pg).await?;
                if n == 0 {
                    return Ok(Vec::new());
                }
                let p = b.arg(Arg::T(arr));
                if n < CAP {
                    (
                        format!(
                            "(SELECT DISTINCT authority, pos FROM record_words \
                             WHERE toks @> {p}::bigint[] OFFSET 0) m \
                             JOIN records r ON r.authority = m.authority AND r.pos = m.pos"
                        ),
                        order,
                    )
                } else {
                    b.cond(format!(
                        "EXISTS (SELECT 1 FROM record_words w WHERE w.authority = r.authority \
                         AND w.pos = r.pos AND w.toks @> {p}::bigint[])"
                    ));
                    ("records r".to_string(), order)
                }
            }
        };
        Self::visibility(&mut b, viewer, q.authority.as_deref(), "r.")?;
        if let Some(from_t) = q.from {
            let p = b.arg(Arg::I(from_t.timestamp_micros()));
            b.cond(format!("r.created_at >= {p}"));
        }
        if let Some(to_t) = q.to {
            let p = b.arg(Arg::I(to_t.timestamp_micros()));
            b.cond(format!("r.created_at < {p}"));
        }
        let user = if viewer.role == Role::User {
            if q.user.as_deref().is_some_and(|u| u != viewer.user) {
                return Err(StoreError::Forbidden(
                    "en användare ser bara sina egna poster".into(),
                ));
            }
            Some(viewer.user.clone())
        } else {
            q.user.clone()
        };
        if let Some(u) = user {
            let p = b.arg(Arg::T(u));
            b.cond(format!("r.user_name = {p}"));
        }
        if let Some(s) = &q.system {
            let p = b.arg(Arg::T(s.clone()));
            b.cond(format!("r.system = {p}"));
        }
        if let Some(l) = q.level {
            let p = b.arg(Arg::I(i64::from(l)));
            b.cond(format!("r.level = {p}"));
        }
        if let Some(l) = q.min_level {
            let p = b.arg(Arg::I(i64::from(l)));
            b.cond(format!("r.level >= {p}"));
        }
        if let Some(c) = &q.category {
            let p = b.arg(Arg::T(format!("%,{},%", c.trim())));
            b.cond(format!("r.categories LIKE {p}"));
        }
        if let Some(d) = &q.decision {
            let p = b.arg(Arg::T(d.clone()));
            b.cond(format!("r.decision = {p}"));
        }
        let limit = match q.limit.unwrap_or(100) {
            0 => String::new(),
            n => format!(" LIMIT {n}"),
        };
        let sql = format!(
            "SELECT {VIEW_COLUMNS} FROM {from}{COMPLETION_JOIN}{} \
             ORDER BY {order}{limit}",
            b.where_sql()
        );
        let raws = on_pool!(&self.pool, p => {
            let rows = bind_args!(sqlx::query(&sql), &b.args).fetch_all(p).await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                out.push(raw_view!(row));
            }
            out
        });
        raws.into_iter().map(|r| self.decrypt_view(r)).collect()
    }

    pub(crate) async fn incident_get(
        &self,
        id: IncidentId,
    ) -> Result<Option<Incident>, StoreError> {
        let mut b = Builder::default();
        let p = b.arg(Arg::I(id));
        b.cond(format!("id = {p}"));
        Ok(self.incident_list(b, 1).await?.into_iter().next())
    }

    pub(crate) async fn incidents_of(
        &self,
        authority: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Incident>, StoreError> {
        let mut b = Builder::default();
        if let Some(a) = authority {
            let p = b.arg(Arg::T(a.to_string()));
            b.cond(format!("authority = {p}"));
        }
        self.incident_list(b, limit).await
    }

    async fn incident_list(&self, b: Builder, limit: usize) -> Result<Vec<Incident>, StoreError> {
        let limit = if limit == 0 {
            String::new()
        } else {
            format!(" LIMIT {limit}")
        };
        let sql = format!(
            "SELECT id, created_at, authority, severity, kind, record_id, user_name, system, \
             rules, message FROM incidents{} ORDER BY id DESC{limit}",
            b.where_sql()
        );
        on_pool!(&self.pool, p => {
            let rows = bind_args!(sqlx::query(&sql), &b.args).fetch_all(p).await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                let severity: String = row.try_get("severity")?;
                let record_id: Option<String> = row.try_get("record_id")?;
                let rules: String = row.try_get("rules")?;
                out.push(Incident {
                    id: row.try_get("id")?,
                    created_at: time(row.try_get("created_at")?),
                    authority: row.try_get("authority")?,
                    severity: Severity::from_id(&severity).unwrap_or(Severity::High),
                    kind: row.try_get("kind")?,
                    record_id: record_id.and_then(|r| r.parse().ok()),
                    user: row.try_get("user_name")?,
                    system: row.try_get("system")?,
                    rules: serde_json::from_str(&rules).unwrap_or_default(),
                    message: row.try_get("message")?,
                });
            }
            Ok(out)
        })
    }

    pub(crate) async fn incident_count(&self) -> Result<Vec<IncidentCount>, StoreError> {
        let sql = "SELECT authority, kind, severity, COUNT(*) AS n FROM incidents \
                   GROUP BY authority, kind, severity ORDER BY authority, kind, severity";
        on_pool!(&self.pool, p => {
            let rows = sqlx::query(sql).fetch_all(p).await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                let severity: String = row.try_get("severity")?;
                out.push(IncidentCount {
                    authority: row.try_get("authority")?,
                    kind: row.try_get("kind")?,
                    severity: Severity::from_id(&severity).unwrap_or(Severity::High),
                    count: u64::try_from(row.try_get::<i64, _>("n")?).unwrap_or(0),
                });
            }
            Ok(out)
        })
    }

    pub(crate) async fn stats(&self, authority: Option<&str>) -> Result<Vec<StatRow>, StoreError> {
        let mut b = Builder::default();
        if let Some(a) = authority {
            let p = b.arg(Arg::T(a.to_string()));
            b.cond(format!("authority = {p}"));
        }
        let sql = format!(
            "SELECT month, authority, system, level, decision, COUNT(*) AS n FROM records{} \
             GROUP BY month, authority, system, level, decision \
             ORDER BY month, authority, system, level, decision",
            b.where_sql()
        );
        on_pool!(&self.pool, p => {
            let rows = bind_args!(sqlx::query(&sql), &b.args).fetch_all(p).await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                out.push(StatRow {
                    month: row.try_get("month")?,
                    authority: row.try_get("authority")?,
                    system: row.try_get("system")?,
                    level: u8::try_from(row.try_get::<i64, _>("level")?).unwrap_or(u8::MAX),
                    decision: row.try_get("decision")?,
                    count: u64::try_from(row.try_get::<i64, _>("n")?).unwrap_or(0),
                });
            }
            Ok(out)
        })
    }

    pub(crate) async fn keys_list(
        &self,
        authority: Option<&str>,
    ) -> Result<Vec<KeyInfo>, StoreError> {
        let mut b = Builder::default();
        if let Some(a) = authority {
            let p = b.arg(Arg::T(a.to_string()));
            b.cond(format!("authority = {p}"));
        }
        let sql = format!(
            "SELECT key_hash, user_name, authority, role, created_at, revoked_at FROM api_keys{} \
             ORDER BY authority, user_name, created_at",
            b.where_sql()
        );
        on_pool!(&self.pool, p => {
            let rows = bind_args!(sqlx::query(&sql), &b.args).fetch_all(p).await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                let h: Vec<u8> = row.try_get("key_hash")?;
                let h = to32(&h)?;
                out.push(KeyInfo {
                    fingerprint: hex::encode(&h[..6]),
                    user: row.try_get("user_name")?,
                    authority: row.try_get("authority")?,
                    role: row.try_get("role")?,
                    created_at: time(row.try_get("created_at")?),
                    revoked: row.try_get::<Option<i64>, _>("revoked_at")?.is_some(),
                });
            }
            Ok(out)
        })
    }
}
