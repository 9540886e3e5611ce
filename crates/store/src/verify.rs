//! Verifying every chain, and disposal (purge), which appends to a chain.

use crate::chain::{self, EventFields, RecordFields};
use crate::db::{lock_heads, on_pool, to32, DbStore, Pool};
use crate::{Broken, ChainReport, PurgeReport, StoreError, VerifyReport};
use chrono::{DateTime, Utc};
use sqlx::Row;
use std::collections::HashSet;
use vakt_config::{Caller, Role};

/// Rows read per round trip while verifying.
const PAGE: i64 = 5000;

/// One stored chain entry, as read back.
enum Stored {
    Record {
        pos: i64,
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
        digest: Vec<u8>,
        prev: Vec<u8>,
        hash: Vec<u8>,
    },
    Event {
        pos: i64,
        record_id: String,
        kind: String,
        created_at: i64,
        upstream_status: Option<i64>,
        info: String,
        content: Option<Vec<u8>>,
        digest: Vec<u8>,
        prev: Vec<u8>,
        hash: Vec<u8>,
    },
}

impl Stored {
    fn pos(&self) -> i64 {
        match self {
            Stored::Record { pos, .. } | Stored::Event { pos, .. } => *pos,
        }
    }
}

/// The information a disposal event carries (hashed as its `info`).
#[derive(serde::Serialize, serde::Deserialize)]
struct DisposalInfo {
    cutoff: i64,
    decision: String,
    disposed: u64,
    by: String,
}

fn broken(pos: i64, record_id: Option<&str>, kind: &str, reason: &str) -> Broken {
    Broken {
        pos,
        record_id: record_id.map(str::to_string),
        kind: kind.into(),
        reason: reason.into(),
    }
}

async fn page(pool: &Pool, authority: &str, lo: i64) -> Result<Vec<Stored>, StoreError> {
    let hi = lo + PAGE;
    let rsql = "SELECT pos, id, created_at, user_name, system, decision, rules, level, \
                categories, purpose, content, digest, prev_hash, hash FROM records \
                WHERE authority = $1 AND pos > $2 AND pos <= $3";
    let esql = "SELECT pos, record_id, kind, created_at, upstream_status, info, content, digest, \
                prev_hash, hash FROM events WHERE authority = $1 AND pos > $2 AND pos <= $3";
    let mut out = on_pool!(pool, p => {
        let mut out = Vec::new();
        for row in sqlx::query(rsql).bind(authority).bind(lo).bind(hi).fetch_all(p).await? {
            out.push(Stored::Record {
                pos: row.try_get("pos")?,
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
                digest: row.try_get("digest")?,
                prev: row.try_get("prev_hash")?,
                hash: row.try_get("hash")?,
            });
        }
        for row in sqlx::query(esql).bind(authority).bind(lo).bind(hi).fetch_all(p).await? {
            out.push(Stored::Event {
                pos: row.try_get("pos")?,
                record_id: row.try_get("record_id")?,
                kind: row.try_get("kind")?,
                created_at: row.try_get("created_at")?,
                upstream_status: row.try_get("upstream_status")?,
                info: row.try_get("info")?,
                content: row.try_get("content")?,
                digest: row.try_get("digest")?,
                prev: row.try_get("prev_hash")?,
                hash: row.try_get("hash")?,
            });
        }
        out
    });
    out.sort_by_key(Stored::pos);
    Ok(out)
}

impl DbStore {
    pub(crate) async fn verify_all(&self) -> Result<VerifyReport, StoreError> {
        let sql = "SELECT authority FROM chain_heads UNION SELECT authority FROM records \
                   UNION SELECT authority FROM events";
        let mut authorities: Vec<String> = on_pool!(&self.pool, p => {
            let mut v = Vec::new();
            for row in sqlx::query(sql).fetch_all(p).await? {
                v.push(row.try_get::<String, _>("authority")?);
            }
            v
        });
        authorities.sort();
        let mut chains = Vec::new();
        for a in authorities {
            chains.push(self.verify_chain(&a).await?);
        }
        Ok(VerifyReport { chains })
    }

    async fn verify_chain(&self, authority: &str) -> Result<ChainReport, StoreError> {
        let mut report = ChainReport {
            authority: authority.to_string(),
            records: 0,
            events: 0,
            broken: None,
        };
        // Disposals decide which missing contents are lawful; they are themselves verified
        // in their place in the chain below.
        let dsql = "SELECT pos, info FROM events WHERE authority = $1 AND kind = 'disposal'";
        let hsql = "SELECT pos, hash FROM chain_heads WHERE authority = $1";
        let (disposals, head) = on_pool!(&self.pool, p => {
            let mut d: Vec<(i64, i64)> = Vec::new();
            for row in sqlx::query(dsql).bind(authority).fetch_all(p).await? {
                let info: String = row.try_get("info")?;
                let cutoff = serde_json::from_str::<DisposalInfo>(&info).map(|i| i.cutoff).unwrap_or(i64::MIN);
                d.push((row.try_get("pos")?, cutoff));
            }
            let head = match sqlx::query(hsql).bind(authority).fetch_optional(p).await? {
                Some(row) => Some((row.try_get::<i64, _>("pos")?, row.try_get::<Vec<u8>, _>("hash")?)),
                None => None,
            };
            (d, head)
        });
        let last_disposal = disposals.iter().map(|d| d.0).max().unwrap_or(0);
        let mut disposed: HashSet<String> = HashSet::new();
        let mut running = chain::GENESIS;
        let mut expected = 1i64;
        let mut lo = 0i64;
        loop {
            let entries = page(&self.pool, authority, lo).await?;
            if entries.is_empty() {
                break;
            }
            for entry in &entries {
                if let Some(b) = self.check(
                    authority,
                    entry,
                    expected,
                    &running,
                    &disposals,
                    last_disposal,
                    &mut disposed,
                ) {
                    report.broken = Some(b);
                    return Ok(report);
                }
                match entry {
                    Stored::Record { hash, .. } => {
                        report.records += 1;
                        running = to32(hash)?;
                    }
                    Stored::Event { hash, .. } => {
                        report.events += 1;
                        running = to32(hash)?;
                    }
                }
                expected += 1;
            }
            lo += PAGE;
        }
        // Nothing beyond the last page, and the head must name the last entry.
        let gap_sql = "SELECT MIN(pos) AS m FROM (SELECT pos FROM records WHERE authority = $1 \
                       AND pos >= $2 UNION ALL SELECT pos FROM events WHERE authority = $1 \
                       AND pos >= $2) x";
        let beyond: Option<i64> = on_pool!(&self.pool, p => {
            sqlx::query(gap_sql).bind(authority).bind(expected).fetch_one(p).await?.try_get("m")?
        });
        if let Some(pos) = beyond {
            report.broken = Some(broken(
                expected,
                None,
                "chain",
                &format!("posten på plats {expected} saknas (kedjan fortsätter på plats {pos})"),
            ));
            return Ok(report);
        }
        match head {
            Some((pos, hash)) if pos == expected - 1 && hash == running => {}
            Some((pos, _)) => {
                report.broken = Some(broken(
                    expected,
                    None,
                    "chain",
                    &format!(
                        "kedjans huvud anger plats {pos} men kedjan slutar på plats {}: \
                         poster har tagits bort eller huvudet har ändrats",
                        expected - 1
                    ),
                ));
            }
            None => {
                report.broken = Some(broken(
                    1,
                    None,
                    "chain",
                    "kedjans huvud saknas för myndigheten",
                ));
            }
        }
        Ok(report)
    }

    #[allow(clippy::too_many_arguments)]
    fn check(
        &self,
        authority: &str,
        entry: &Stored,
        expected: i64,
        running: &[u8; 32],
        disposals: &[(i64, i64)],
        last_disposal: i64,
        disposed: &mut HashSet<String>,
    ) -> Option<Broken> {
        if entry.pos() != expected {
            return Some(broken(
                expected,
                None,
                "chain",
                &format!("posten på plats {expected} saknas"),
            ));
        }
        match entry {
            Stored::Record {
                pos,
                id,
                created_at,
                user,
                system,
                decision,
                rules,
                level,
                categories,
                purpose,
                content,
                digest,
                prev,
                hash,
            } => {
                let b = |reason: &str| Some(broken(*pos, Some(id), "record", reason));
                if prev[..] != running[..] {
                    return b("föregående hash stämmer inte (en tidigare post har tagits bort eller ändrats)");
                }
                match content {
                    Some(c) => {
                        if chain::digest(Some(c))[..] != digest[..] {
                            return b("innehållet har ändrats");
                        }
                    }
                    None => {
                        let lawful = disposals
                            .iter()
                            .any(|(dpos, cutoff)| dpos > pos && created_at < cutoff);
                        if !lawful {
                            return b("innehållet saknas utan gallringsbeslut");
                        }
                        disposed.insert(id.clone());
                    }
                }
                let h = chain::record_hash(
                    prev,
                    &RecordFields {
                        authority,
                        pos: *pos,
                        id,
                        created_at: *created_at,
                        user,
                        system,
                        decision,
                        rules,
                        level: *level,
                        categories,
                        purpose: purpose.as_deref(),
                        digest,
                    },
                );
                if h[..] != hash[..] {
                    return b("postens hash stämmer inte: posten har ändrats");
                }
                None
            }
            Stored::Event {
                pos,
                record_id,
                kind,
                created_at,
                upstream_status,
                info,
                content,
                digest,
                prev,
                hash,
            } => {
                let rid = (!record_id.is_empty()).then_some(record_id.as_str());
                let b = |reason: &str| Some(broken(*pos, rid, kind, reason));
                if prev[..] != running[..] {
                    return b("föregående hash stämmer inte (en tidigare post har tagits bort eller ändrats)");
                }
                let content_ok = match content {
                    Some(c) => chain::digest(Some(c))[..] == digest[..],
                    None => true,
                };
                if !content_ok {
                    return b("händelsens innehåll har ändrats");
                }
                let lawfully_missing = disposed.contains(record_id) && last_disposal > *pos;
                if content.is_none() && kind == "completion" && !lawfully_missing {
                    return b("svaret saknas utan gallringsbeslut");
                }
                let h = chain::event_hash(
                    prev,
                    &EventFields {
                        authority,
                        pos: *pos,
                        record_id,
                        kind,
                        created_at: *created_at,
                        upstream_status: *upstream_status,
                        info,
                        digest,
                    },
                );
                if h[..] != hash[..] {
                    return b("händelsens hash stämmer inte: händelsen har ändrats");
                }
                None
            }
        }
    }

    pub(crate) async fn dispose(
        &self,
        authority: &str,
        older_than: DateTime<Utc>,
        decision: &str,
        viewer: &Caller,
    ) -> Result<PurgeReport, StoreError> {
        let allowed = match viewer.role {
            Role::Admin => true,
            Role::Registrar => viewer.authority == authority,
            Role::User => false,
        };
        if !allowed {
            return Err(StoreError::Forbidden(format!(
                "gallring av {authority} kräver rollen registrator för myndigheten eller administratör"
            )));
        }
        if decision.trim().is_empty() {
            return Err(StoreError::Invalid(
                "gallring kräver ett gallringsbeslut (disposal_decision) att hänvisa till".into(),
            ));
        }
        let cutoff = older_than.timestamp_micros();
        let now = Utc::now().timestamp_micros();
        let null_records = "UPDATE records SET content = NULL \
            WHERE authority = $1 AND created_at < $2 AND content IS NOT NULL";
        let null_events = "UPDATE events SET content = NULL WHERE authority = $1 \
            AND kind = 'completion' AND content IS NOT NULL AND record_id IN \
            (SELECT id FROM records WHERE authority = $1 AND created_at < $2)";
        // The index entries of the records about to lose their content.
        let drop_words = match &self.pool {
            Pool::Sqlite(_) => {
                "DELETE FROM record_words WHERE rowid IN (SELECT seq FROM records \
                 WHERE authority = $1 AND created_at < $2 AND content IS NOT NULL)"
            }
            Pool::Pg(_) => {
                "DELETE FROM record_words WHERE authority = $1 AND pos IN (SELECT pos \
                 FROM records WHERE authority = $1 AND created_at < $2 AND content IS NOT NULL)"
            }
        };
        let authorities = [authority];
        macro_rules! purge_in {
            ($tx:expr, $for_update:literal) => {{
                let heads = lock_heads!($tx, &authorities, $for_update);
                let (head_pos, head_hash) = heads[authority];
                sqlx::query(drop_words)
                    .bind(authority)
                    .bind(cutoff)
                    .execute(&mut *$tx)
                    .await?;
                let n = sqlx::query(null_records)
                    .bind(authority)
                    .bind(cutoff)
                    .execute(&mut *$tx)
                    .await?
                    .rows_affected();
                sqlx::query(null_events)
                    .bind(authority)
                    .bind(cutoff)
                    .execute(&mut *$tx)
                    .await?;
                let info = serde_json::to_string(&DisposalInfo {
                    cutoff,
                    decision: decision.trim().to_string(),
                    disposed: n,
                    by: viewer.user.clone(),
                })
                .expect("serializes");
                let pos = head_pos + 1;
                let digest = chain::digest(None);
                let hash = chain::event_hash(
                    &head_hash,
                    &EventFields {
                        authority,
                        pos,
                        record_id: "",
                        kind: "disposal",
                        created_at: now,
                        upstream_status: None,
                        info: &info,
                        digest: &digest,
                    },
                );
                sqlx::query(crate::db::INSERT_EVENT)
                    .bind(authority)
                    .bind(pos)
                    .bind("")
                    .bind("disposal")
                    .bind(now)
                    .bind(None::<i64>)
                    .bind(&info)
                    .bind(None::<Vec<u8>>)
                    .bind(&digest[..])
                    .bind(&head_hash[..])
                    .bind(&hash[..])
                    .execute(&mut *$tx)
                    .await?;
                sqlx::query("UPDATE chain_heads SET pos = $1, hash = $2 WHERE authority = $3")
                    .bind(pos)
                    .bind(&hash[..])
                    .bind(authority)
                    .execute(&mut *$tx)
                    .await?;
                n
            }};
        }
        let disposed = match &self.pool {
            Pool::Sqlite(p) => {
                let mut tx = p.begin_with("BEGIN IMMEDIATE").await?;
                let n = purge_in!(tx, "");
                tx.commit().await?;
                n
            }
            Pool::Pg(p) => {
                let mut tx = p.begin().await?;
                let n = purge_in!(tx, " FOR UPDATE");
                tx.commit().await?;
                n
            }
        };
        Ok(PurgeReport {
            authority: authority.to_string(),
            cutoff: older_than,
            decision: decision.trim().to_string(),
            disposed,
        })
    }
}
