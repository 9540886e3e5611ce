//! The database side: connecting (SQLite or PostgreSQL), migrations, and the one transaction
//! each group commit runs. Queries are written once and run on either pool via `on_pool!`.

use crate::auth::KeyCache;
use crate::chain;
use crate::crypto::RecordsKey;
use crate::tokens;
use crate::writer::{self, build_rows, Op, PreparedEvent, PreparedIncident, PreparedRecord, Rows};
use crate::{RecordId, StoreError};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::Row;
use std::collections::{HashMap, HashSet};
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;

/// Either database.
#[derive(Clone)]
pub enum Pool {
    /// Embedded SQLite in WAL mode.
    Sqlite(SqlitePool),
    /// PostgreSQL.
    Pg(PgPool),
}

/// Run `$body` with `$p` bound to the concrete pool of either backend.
macro_rules! on_pool {
    ($pool:expr, $p:ident => $body:expr) => {
        match $pool {
            $crate::db::Pool::Sqlite($p) => $body,
            $crate::db::Pool::Pg($p) => $body,
        }
    };
}
pub(crate) use on_pool;

/// A bound query argument (the two types every query needs).
#[derive(Debug, Clone)]
pub enum Arg {
    /// An integer.
    I(i64),
    /// A text.
    T(String),
}

/// Bind a list of [`Arg`]s to a query.
macro_rules! bind_args {
    ($q:expr, $args:expr) => {{
        let mut q = $q;
        for a in $args {
            q = match a {
                $crate::db::Arg::I(v) => q.bind(*v),
                $crate::db::Arg::T(s) => q.bind(s.clone()),
            };
        }
        q
    }};
}
pub(crate) use bind_args;

/// The path of a `sqlite:` URL, without its query string.
pub fn sqlite_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or("");
    Some(path.to_string())
}

/// Take the store's own `synchronous=normal|full` parameter off a `sqlite:` URL.
///
/// `normal` (the default): in WAL mode a commit is durable once it returns as far as the
/// process goes: a crash or kill -9 of vakt loses nothing committed, because the WAL is in the
/// operating system's care; a power loss or kernel crash can lose the last commits (the WAL is
/// synced at checkpoints). `full` syncs the WAL at every group commit, which also survives power
/// loss at the cost of one fsync per commit.
fn sqlite_synchronous(url: &str) -> Result<(String, SqliteSynchronous), StoreError> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok((url.to_string(), SqliteSynchronous::Normal));
    };
    let mut mode = SqliteSynchronous::Normal;
    let mut rest = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        match part.split_once('=') {
            Some(("synchronous", v)) => {
                mode = match v.to_ascii_lowercase().as_str() {
                    "normal" => SqliteSynchronous::Normal,
                    "full" => SqliteSynchronous::Full,
                    _ => {
                        return Err(StoreError::Config(format!(
                            "storage.url: synchronous={v} (ska vara normal eller full)"
                        )))
                    }
                }
            }
            _ => rest.push(part),
        }
    }
    let url = if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    Ok((url, mode))
}

/// The store over a pool.
pub struct DbStore {
    pub(crate) pool: Pool,
    pub(crate) key: Arc<RecordsKey>,
    pub(crate) writer: mpsc::Sender<Op>,
    pub(crate) keys: KeyCache,
    /// Records begun in this process and not yet completed.
    pub(crate) open_records: Mutex<HashMap<RecordId, crate::write::OpenRecord>>,
    /// SQLite: the background WAL checkpoints (stopped when the store is dropped).
    pub(crate) _checkpointer: Option<crate::checkpoint::Checkpointer>,
}

impl DbStore {
    /// Connect, migrate and start the writer.
    pub async fn connect(url: &str, key: RecordsKey) -> Result<DbStore, StoreError> {
        let mut checkpointer = None;
        let pool = if let Some(path) = sqlite_path(url) {
            if path.is_empty() || path == ":memory:" {
                return Err(StoreError::Config(
                    "storage.url måste peka ut en fil, t.ex. sqlite://vakt-data/vakt.db".into(),
                ));
            }
            if let Some(dir) = std::path::Path::new(&path).parent() {
                if !dir.as_os_str().is_empty() {
                    std::fs::create_dir_all(dir)?;
                }
            }
            let (url, synchronous) = sqlite_synchronous(url)?;
            let url = url.as_str();
            let opts = SqliteConnectOptions::from_str(url)
                .map_err(|e| StoreError::Config(format!("storage.url {url:?}: {e}")))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(synchronous)
                // No checkpoint inside a commit: a background task copies the WAL back
                // (checkpoint.rs), so a group commit never waits for thousands of pages.
                .pragma("wal_autocheckpoint", "0")
                .busy_timeout(Duration::from_secs(30))
                .pragma("cache_size", "-65536")
                .pragma("temp_store", "memory");
            let pool = SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(opts.clone())
                .await?;
            sqlx::migrate!("migrations/sqlite").run(&pool).await?;
            checkpointer = Some(crate::checkpoint::start(&opts).await?);
            Pool::Sqlite(pool)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = PgPoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await?;
            sqlx::migrate!("migrations/postgres").run(&pool).await?;
            Pool::Pg(pool)
        } else {
            return Err(StoreError::Config(format!(
                "storage.url {url:?}: börja med sqlite:// eller postgres://"
            )));
        };
        let writer = writer::spawn(pool.clone());
        let store = DbStore {
            pool,
            key: Arc::new(key),
            writer,
            keys: KeyCache::default(),
            open_records: Mutex::new(HashMap::new()),
            _checkpointer: checkpointer,
        };
        store.reindex_if_flagged().await?;
        store.index_pending().await?;
        Ok(store)
    }
}

pub(crate) fn to32(b: &[u8]) -> Result<[u8; 32], StoreError> {
    b.try_into()
        .map_err(|_| StoreError::Invalid("en lagrad hash har fel längd".into()))
}

/// Lock (and create when missing) the chain heads of `authorities`, in the given (sorted)
/// order so that concurrent instances never wait on each other in a cycle.
macro_rules! lock_heads {
    ($tx:expr, $authorities:expr, $for_update:literal) => {{
        let mut heads: std::collections::HashMap<String, (i64, [u8; 32])> =
            std::collections::HashMap::new();
        for a in $authorities {
            let sel = concat!(
                "SELECT pos, hash FROM chain_heads WHERE authority = $1",
                $for_update
            );
            let mut row = sqlx::query(sel).bind(a).fetch_optional(&mut *$tx).await?;
            if row.is_none() {
                sqlx::query(
                    "INSERT INTO chain_heads (authority, pos, hash) VALUES ($1, 0, $2) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(a)
                .bind(&chain::GENESIS[..])
                .execute(&mut *$tx)
                .await?;
                row = Some(sqlx::query(sel).bind(a).fetch_one(&mut *$tx).await?);
            }
            let row = row.expect("set above");
            let pos: i64 = row.try_get("pos")?;
            let hash: Vec<u8> = row.try_get("hash")?;
            heads.insert(a.to_string(), (pos, to32(&hash)?));
        }
        heads
    }};
}
pub(crate) use lock_heads;

macro_rules! insert_incidents {
    ($tx:expr, $incidents:expr) => {{
        let mut ids = Vec::new();
        for i in $incidents {
            let row = sqlx::query(
                "INSERT INTO incidents (created_at, authority, severity, kind, record_id, \
                 user_name, system, rules, message) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                 RETURNING id",
            )
            .bind(i.created_at)
            .bind(&i.authority)
            .bind(&i.severity)
            .bind(&i.kind)
            .bind(&i.record_id)
            .bind(&i.user)
            .bind(&i.system)
            .bind(&i.rules)
            .bind(&i.message)
            .fetch_one(&mut *$tx)
            .await?;
            ids.push(row.try_get::<i64, _>("id")?);
        }
        ids
    }};
}

pub(crate) const INSERT_EVENT: &str =
    "INSERT INTO events (authority, pos, record_id, kind, created_at, \
     upstream_status, info, content, digest, prev_hash, hash) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

/// Commit one batch: returns the positions of the records (in order) and the incident ids.
pub async fn commit_batch(
    pool: &Pool,
    records: &[&PreparedRecord],
    events: &[&PreparedEvent],
    incidents: &[&PreparedIncident],
    order: &[(bool, usize)],
    known_heads: &mut HashSet<String>,
) -> Result<(Vec<i64>, Vec<i64>), StoreError> {
    let mut authorities: Vec<&str> = records
        .iter()
        .map(|r| r.authority.as_str())
        .chain(events.iter().map(|e| e.authority.as_str()))
        .collect();
    authorities.sort_unstable();
    authorities.dedup();
    // Chain heads are created once, each in its own short transaction, so that locking the
    // heads of a batch is one statement that takes its locks in sorted order.
    let missing: Vec<&str> = authorities
        .iter()
        .filter(|a| !known_heads.contains(**a))
        .copied()
        .collect();
    if !missing.is_empty() {
        let json = serde_json::to_string(&missing).map_err(|e| StoreError::Write(e.to_string()))?;
        let sql = "INSERT OR IGNORE INTO chain_heads (authority, pos, hash) \
                   SELECT value, 0, $2 FROM json_each($1)";
        match pool {
            Pool::Sqlite(p) => {
                sqlx::query(sql)
                    .bind(json)
                    .bind(&chain::GENESIS[..])
                    .execute(p)
                    .await?;
            }
            Pool::Pg(p) => {
                sqlx::query(
                    "INSERT INTO chain_heads (authority, pos, hash) \
                     SELECT a, 0, $2 FROM UNNEST($1::text[]) AS x(a) ON CONFLICT DO NOTHING",
                )
                .bind(&missing)
                .bind(&chain::GENESIS[..])
                .execute(p)
                .await?;
            }
        }
        known_heads.extend(missing.iter().map(|a| a.to_string()));
    }
    let ids;
    let positions;
    match pool {
        Pool::Sqlite(p) => {
            let mut tx = p.begin_with("BEGIN IMMEDIATE").await?;
            let json = serde_json::to_string(&authorities)
                .map_err(|e| StoreError::Write(e.to_string()))?;
            let found: Vec<(String, i64, Vec<u8>)> = sqlx::query_as(
                "SELECT authority, pos, hash FROM chain_heads \
                 WHERE authority IN (SELECT value FROM json_each($1))",
            )
            .bind(json)
            .fetch_all(&mut *tx)
            .await?;
            let heads = heads_map(found, &authorities)?;
            // Record times increase with `seq`, so the full-text index (keyed by `seq`)
            // yields records newest first and a time range maps to a `seq` range.
            let last: Option<(i64, i64)> = if records.is_empty() {
                None
            } else {
                sqlx::query_as("SELECT seq, created_at FROM records ORDER BY seq DESC LIMIT 1")
                    .fetch_optional(&mut *tx)
                    .await?
            };
            let (last_seq, last_time) = last.unwrap_or((0, i64::MIN));
            let rows = build_rows(records, events, &heads, order, Some(last_time));
            positions = rows.records.iter().map(|r| r.pos).collect();
            sqlite_insert(&mut tx, &rows, last_seq).await?;
            let json = serde_json::to_string(
                &rows
                    .heads
                    .iter()
                    .map(|(a, (p, h))| (a, p, hex::encode(h)))
                    .collect::<Vec<_>>(),
            )
            .map_err(|e| StoreError::Write(e.to_string()))?;
            sqlx::query(
                "UPDATE chain_heads SET pos = j.value ->> 1, hash = unhex(j.value ->> 2) \
                 FROM json_each($1) j WHERE chain_heads.authority = j.value ->> 0",
            )
            .bind(json)
            .execute(&mut *tx)
            .await?;
            ids = insert_incidents!(tx, incidents);
            tx.commit().await?;
        }
        Pool::Pg(p) => {
            let mut tx = p.begin().await?;
            let found: Vec<(String, i64, Vec<u8>)> = sqlx::query_as(
                "SELECT authority, pos, hash FROM chain_heads WHERE authority = ANY($1) \
                 ORDER BY authority FOR UPDATE",
            )
            .bind(&authorities)
            .fetch_all(&mut *tx)
            .await?;
            let heads = heads_map(found, &authorities)?;
            let rows = build_rows(records, events, &heads, order, None);
            positions = rows.records.iter().map(|r| r.pos).collect();
            pg_insert(&mut tx, &rows).await?;
            let n = rows.heads.len();
            let (mut a, mut p, mut h) = (
                Vec::with_capacity(n),
                Vec::with_capacity(n),
                Vec::with_capacity(n),
            );
            for (authority, (pos, hash)) in &rows.heads {
                a.push(authority.as_str());
                p.push(*pos);
                h.push(&hash[..]);
            }
            sqlx::query(
                "UPDATE chain_heads h SET pos = x.p, hash = x.h \
                 FROM UNNEST($1::text[], $2::bigint[], $3::bytea[]) AS x(a, p, h) \
                 WHERE h.authority = x.a",
            )
            .bind(a)
            .bind(p)
            .bind(h)
            .execute(&mut *tx)
            .await?;
            ids = insert_incidents!(tx, incidents);
            tx.commit().await?;
        }
    }
    Ok((positions, ids))
}

/// The locked chain heads by authority; every authority of the batch must have one.
fn heads_map(
    found: Vec<(String, i64, Vec<u8>)>,
    authorities: &[&str],
) -> Result<HashMap<String, (i64, [u8; 32])>, StoreError> {
    let mut heads = HashMap::with_capacity(found.len());
    for (a, pos, hash) in found {
        heads.insert(a, (pos, to32(&hash)?));
    }
    if let Some(a) = authorities.iter().find(|a| !heads.contains_key(**a)) {
        return Err(StoreError::Write(format!(
            "kedjans huvud för {a} saknas i databasen"
        )));
    }
    Ok(heads)
}

/// The index entries of the completions of a batch: (authority, record position, tokens),
/// the last one per record; with `answered_only`, only completions with words in the answer
/// (PostgreSQL keeps the request's words in an entry of their own).
fn event_docs<'a>(rows: &'a Rows<'_>, answered_only: bool) -> Vec<(&'a str, i64, &'a [i64])> {
    let mut docs: HashMap<(&str, i64), &[i64]> = HashMap::new();
    for row in &rows.events {
        let e = row.e;
        if !e.tokens.is_empty() && (e.answered || !answered_only) {
            docs.insert((e.authority.as_str(), e.record_pos), &e.tokens);
        }
    }
    let mut out: Vec<_> = docs.into_iter().map(|((a, p), t)| (a, p, t)).collect();
    out.sort_unstable_by_key(|(a, p, _)| (*a, *p));
    out
}

/// Most rows in one multi-row INSERT on SQLite.
const SQLITE_CHUNK: usize = 256;

/// Split `n` rows into chunks whose sizes are powers of two (at most [`SQLITE_CHUNK`]), so a
/// few cached statements serve every batch size.
fn chunks(n: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < n {
        let len = (n - start).min(SQLITE_CHUNK);
        let len = 1 << (usize::BITS - 1 - len.leading_zeros());
        out.push((start, len));
        start += len;
    }
    out
}

/// `INSERT … VALUES (?, …), (?, …)` for `rows` rows of `cols` columns.
fn values_sql(head: &str, cols: usize, rows: usize) -> String {
    let one = format!("({})", vec!["?"; cols].join(", "));
    let mut sql = String::with_capacity(head.len() + rows * (one.len() + 2));
    sql.push_str(head);
    sql.push_str(" VALUES ");
    for i in 0..rows {
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&one);
    }
    sql
}

async fn sqlite_insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    rows: &Rows<'_>,
    last_seq: i64,
) -> Result<(), StoreError> {
    let seq = |i: usize| last_seq + 1 + i as i64;
    for (start, len) in chunks(rows.records.len()) {
        let sql = values_sql(
            "INSERT INTO records (seq, authority, pos, id, created_at, month, user_name, system, \
             decision, rules, level, categories, purpose, content, digest, prev_hash, hash)",
            17,
            len,
        );
        let mut q = sqlx::query(&sql);
        for (i, row) in rows.records[start..start + len].iter().enumerate() {
            let r = row.r;
            q = q
                .bind(seq(start + i))
                .bind(&r.authority)
                .bind(row.pos)
                .bind(&r.id)
                .bind(row.created_at)
                .bind(&row.month)
                .bind(&r.user)
                .bind(&r.system)
                .bind(&r.decision)
                .bind(&r.rules)
                .bind(r.level)
                .bind(&r.categories)
                .bind(&r.purpose)
                .bind(&r.content[..])
                .bind(&r.digest[..])
                .bind(&row.prev[..])
                .bind(&row.hash[..]);
        }
        q.execute(&mut **tx).await?;
    }
    // A record's index entry is written once, at completion (request and answer together);
    // until then it waits in `index_pending`, which the start-up indexes should the process
    // stop first.
    let pending: Vec<i64> = rows
        .records
        .iter()
        .enumerate()
        .filter(|(_, row)| !row.r.tokens.is_empty())
        .map(|(i, _)| seq(i))
        .collect();
    for (start, len) in chunks(pending.len()) {
        let sql = values_sql("INSERT INTO index_pending (seq)", 1, len);
        let mut q = sqlx::query(&sql);
        for s in &pending[start..start + len] {
            q = q.bind(*s);
        }
        q.execute(&mut **tx).await?;
    }
    for (start, len) in chunks(rows.events.len()) {
        let sql = values_sql(
            "INSERT INTO events (authority, pos, record_id, kind, created_at, \
             upstream_status, info, content, digest, prev_hash, hash)",
            11,
            len,
        );
        let mut q = sqlx::query(&sql);
        for row in &rows.events[start..start + len] {
            let e = row.e;
            q = q
                .bind(&e.authority)
                .bind(row.pos)
                .bind(&e.record_id)
                .bind(&e.kind)
                .bind(e.created_at)
                .bind(e.upstream_status)
                .bind(&e.info)
                .bind(e.content.as_deref())
                .bind(&e.digest[..])
                .bind(&row.prev[..])
                .bind(&row.hash[..]);
        }
        q.execute(&mut **tx).await?;
    }
    let edocs: Vec<(&str, i64, String)> = event_docs(rows, false)
        .into_iter()
        .map(|(a, p, t)| (a, p, tokens::fts_doc(t)))
        .collect();
    // the records' positions joined in from a VALUES list (no JSON to build and parse)
    for (start, len) in chunks(edocs.len()) {
        let mut sql = values_sql("WITH v(a, p, w) AS (", 3, len);
        sql.push_str(
            ") INSERT OR REPLACE INTO record_words (rowid, w) \
             SELECT r.seq, v.w FROM v JOIN records r ON r.authority = v.a AND r.pos = v.p",
        );
        let mut q = sqlx::query(&sql);
        for (a, p, w) in &edocs[start..start + len] {
            q = q.bind(*a).bind(*p).bind(w);
        }
        q.execute(&mut **tx).await?;
        let mut sql = values_sql("WITH v(a, p) AS (", 2, len);
        sql.push_str(
            ") DELETE FROM index_pending WHERE seq IN \
             (SELECT r.seq FROM v JOIN records r ON r.authority = v.a AND r.pos = v.p)",
        );
        let mut q = sqlx::query(&sql);
        for (a, p, _) in &edocs[start..start + len] {
            q = q.bind(*a).bind(*p);
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

async fn pg_insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    rows: &Rows<'_>,
) -> Result<(), StoreError> {
    if !rows.records.is_empty() {
        let n = rows.records.len();
        let mut authority = Vec::with_capacity(n);
        let mut pos = Vec::with_capacity(n);
        let mut id = Vec::with_capacity(n);
        let mut created_at = Vec::with_capacity(n);
        let mut month = Vec::with_capacity(n);
        let mut user = Vec::with_capacity(n);
        let mut system = Vec::with_capacity(n);
        let mut decision = Vec::with_capacity(n);
        let mut rules = Vec::with_capacity(n);
        let mut level = Vec::with_capacity(n);
        let mut categories = Vec::with_capacity(n);
        let mut purpose = Vec::with_capacity(n);
        let mut content = Vec::with_capacity(n);
        let mut digest = Vec::with_capacity(n);
        let mut prev = Vec::with_capacity(n);
        let mut hash = Vec::with_capacity(n);
        let mut w_authority = Vec::with_capacity(n);
        let mut w_pos = Vec::with_capacity(n);
        let mut w_toks = Vec::with_capacity(n);
        for row in &rows.records {
            let r = row.r;
            authority.push(r.authority.as_str());
            pos.push(row.pos);
            id.push(r.id.as_str());
            created_at.push(row.created_at);
            month.push(row.month.as_str());
            user.push(r.user.as_str());
            system.push(r.system.as_str());
            decision.push(r.decision.as_str());
            rules.push(r.rules.as_str());
            level.push(r.level);
            categories.push(r.categories.as_str());
            purpose.push(r.purpose.as_deref());
            content.push(&r.content[..]);
            digest.push(&r.digest[..]);
            prev.push(&row.prev[..]);
            hash.push(&row.hash[..]);
            if !r.tokens.is_empty() {
                w_authority.push(r.authority.as_str());
                w_pos.push(row.pos);
                w_toks.push(tokens::pg_array(&r.tokens));
            }
        }
        sqlx::query(
            "INSERT INTO records (authority, pos, id, created_at, month, user_name, system, \
             decision, rules, level, categories, purpose, content, digest, prev_hash, hash) \
             SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::text[], $4::bigint[], \
             $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[], \
             $11::text[], $12::text[], $13::bytea[], $14::bytea[], $15::bytea[], $16::bytea[])",
        )
        .bind(authority)
        .bind(pos)
        .bind(id)
        .bind(created_at)
        .bind(month)
        .bind(user)
        .bind(system)
        .bind(decision)
        .bind(rules)
        .bind(level)
        .bind(categories)
        .bind(purpose)
        .bind(content)
        .bind(digest)
        .bind(prev)
        .bind(hash)
        .execute(&mut **tx)
        .await?;
        if !w_pos.is_empty() {
            sqlx::query(
                "INSERT INTO record_words (authority, pos, part, toks) \
                 SELECT a, p, 0, t::bigint[] FROM UNNEST($1::text[], $2::bigint[], $3::text[]) \
                 AS x(a, p, t)",
            )
            .bind(w_authority)
            .bind(w_pos)
            .bind(w_toks)
            .execute(&mut **tx)
            .await?;
        }
    }
    if !rows.events.is_empty() {
        let n = rows.events.len();
        let mut authority = Vec::with_capacity(n);
        let mut pos = Vec::with_capacity(n);
        let mut record_id = Vec::with_capacity(n);
        let mut kind = Vec::with_capacity(n);
        let mut created_at = Vec::with_capacity(n);
        let mut upstream_status = Vec::with_capacity(n);
        let mut info = Vec::with_capacity(n);
        let mut content = Vec::with_capacity(n);
        let mut digest = Vec::with_capacity(n);
        let mut prev = Vec::with_capacity(n);
        let mut hash = Vec::with_capacity(n);
        for row in &rows.events {
            let e = row.e;
            authority.push(e.authority.as_str());
            pos.push(row.pos);
            record_id.push(e.record_id.as_str());
            kind.push(e.kind.as_str());
            created_at.push(e.created_at);
            upstream_status.push(e.upstream_status);
            info.push(e.info.as_str());
            content.push(e.content.as_deref());
            digest.push(&e.digest[..]);
            prev.push(&row.prev[..]);
            hash.push(&row.hash[..]);
        }
        sqlx::query(
            "INSERT INTO events (authority, pos, record_id, kind, created_at, \
             upstream_status, info, content, digest, prev_hash, hash) \
             SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::text[], $4::text[], \
             $5::bigint[], $6::bigint[], $7::text[], $8::bytea[], $9::bytea[], $10::bytea[], \
             $11::bytea[])",
        )
        .bind(authority)
        .bind(pos)
        .bind(record_id)
        .bind(kind)
        .bind(created_at)
        .bind(upstream_status)
        .bind(info)
        .bind(content)
        .bind(digest)
        .bind(prev)
        .bind(hash)
        .execute(&mut **tx)
        .await?;
        let docs = event_docs(rows, true);
        if !docs.is_empty() {
            let a: Vec<&str> = docs.iter().map(|d| d.0).collect();
            let p: Vec<i64> = docs.iter().map(|d| d.1).collect();
            let t: Vec<String> = docs.iter().map(|d| tokens::pg_array(d.2)).collect();
            sqlx::query(
                "INSERT INTO record_words (authority, pos, part, toks) \
                 SELECT a, p, 1, t::bigint[] FROM UNNEST($1::text[], $2::bigint[], $3::text[]) \
                 AS x(a, p, t) \
                 ON CONFLICT (authority, pos, part) DO UPDATE SET toks = EXCLUDED.toks",
            )
            .bind(a)
            .bind(p)
            .bind(t)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synchronous_parameter_is_taken_off_the_url() {
        let (u, m) = sqlite_synchronous("sqlite://d/v.db").unwrap();
        assert_eq!(
            (u.as_str(), m as u8),
            ("sqlite://d/v.db", SqliteSynchronous::Normal as u8)
        );
        let (u, m) = sqlite_synchronous("sqlite://d/v.db?synchronous=full&mode=rwc").unwrap();
        assert_eq!(
            (u.as_str(), m as u8),
            ("sqlite://d/v.db?mode=rwc", SqliteSynchronous::Full as u8)
        );
        assert!(sqlite_synchronous("sqlite://d/v.db?synchronous=off").is_err());
    }

    #[test]
    fn chunks_cover_every_row_with_power_of_two_sizes() {
        for n in [0, 1, 2, 3, 127, 128, 255, 256, 257, 1000] {
            let c = chunks(n);
            assert_eq!(c.iter().map(|(_, l)| l).sum::<usize>(), n);
            let mut next = 0;
            for (s, l) in c {
                assert_eq!(s, next);
                assert!(l.is_power_of_two() && l <= SQLITE_CHUNK);
                next = s + l;
            }
        }
        assert_eq!(
            values_sql("INSERT INTO t (a, b)", 2, 2),
            "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)"
        );
    }
}
