//! The database side: connecting (SQLite or PostgreSQL), migrations, and the one transaction
//! each group commit runs. Queries are written once and run on either pool via `on_pool!`.

use crate::auth::KeyCache;
use crate::chain;
use crate::crypto::RecordsKey;
use crate::writer::{self, build_rows, Op, PreparedEvent, PreparedIncident, PreparedRecord, Rows};
use crate::{RecordId, StoreError};
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::Row;
use std::collections::HashMap;
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

/// The store over a pool.
pub struct DbStore {
    pub(crate) pool: Pool,
    pub(crate) key: Arc<RecordsKey>,
    pub(crate) writer: mpsc::Sender<Op>,
    pub(crate) keys: KeyCache,
    /// Records begun in this process and not yet completed: id → (authority, pos, created_at).
    pub(crate) open_records: Mutex<HashMap<RecordId, (String, i64, i64)>>,
}

impl DbStore {
    /// Connect, migrate and start the writer.
    pub async fn connect(url: &str, key: RecordsKey) -> Result<DbStore, StoreError> {
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
            let opts = SqliteConnectOptions::from_str(url)
                .map_err(|e| StoreError::Config(format!("storage.url {url:?}: {e}")))?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(30))
                .pragma("cache_size", "-65536")
                .pragma("temp_store", "memory");
            let pool = SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(opts)
                .await?;
            sqlx::migrate!("migrations/sqlite").run(&pool).await?;
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
        Ok(DbStore {
            pool,
            key: Arc::new(key),
            writer,
            keys: KeyCache::default(),
            open_records: Mutex::new(HashMap::new()),
        })
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

macro_rules! update_heads {
    ($tx:expr, $heads:expr) => {{
        for (a, (pos, hash)) in $heads {
            sqlx::query("UPDATE chain_heads SET pos = $1, hash = $2 WHERE authority = $3")
                .bind(*pos)
                .bind(&hash[..])
                .bind(a)
                .execute(&mut *$tx)
                .await?;
        }
    }};
}

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
) -> Result<(Vec<i64>, Vec<i64>), StoreError> {
    let mut authorities: Vec<&str> = records
        .iter()
        .map(|r| r.authority.as_str())
        .chain(events.iter().map(|e| e.authority.as_str()))
        .collect();
    authorities.sort_unstable();
    authorities.dedup();
    let ids;
    let positions;
    match pool {
        Pool::Sqlite(p) => {
            let mut tx = p.begin_with("BEGIN IMMEDIATE").await?;
            let heads = lock_heads!(tx, &authorities, "");
            let mut rows = build_rows(records, events, &heads, order);
            positions = rows.records.iter().map(|r| r.pos).collect();
            sqlite_insert(&mut tx, &mut rows).await?;
            update_heads!(tx, &rows.heads);
            ids = insert_incidents!(tx, incidents);
            tx.commit().await?;
        }
        Pool::Pg(p) => {
            let mut tx = p.begin().await?;
            let heads = lock_heads!(tx, &authorities, " FOR UPDATE");
            let mut rows = build_rows(records, events, &heads, order);
            positions = rows.records.iter().map(|r| r.pos).collect();
            pg_insert(&mut tx, &mut rows).await?;
            update_heads!(tx, &rows.heads);
            ids = insert_incidents!(tx, incidents);
            tx.commit().await?;
        }
    }
    Ok((positions, ids))
}

async fn sqlite_insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    rows: &mut Rows<'_>,
) -> Result<(), StoreError> {
    for row in &rows.records {
        let r = row.r;
        sqlx::query(
            "INSERT INTO records (authority, pos, id, created_at, month, user_name, system, \
             decision, rules, level, categories, purpose, content, digest, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
        )
        .bind(&r.authority)
        .bind(row.pos)
        .bind(&r.id)
        .bind(r.created_at)
        .bind(&r.month)
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
        .bind(&row.hash[..])
        .execute(&mut **tx)
        .await?;
    }
    for row in &rows.events {
        let e = row.e;
        sqlx::query(INSERT_EVENT)
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
            .bind(&row.hash[..])
            .execute(&mut **tx)
            .await?;
    }
    if !rows.tokens.is_empty() {
        rows.tokens.sort_unstable();
        let json =
            serde_json::to_string(&rows.tokens).map_err(|e| StoreError::Write(e.to_string()))?;
        sqlx::query(
            "INSERT OR IGNORE INTO search_tokens (tok, authority, created_at, pos) \
             SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), \
             json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each($1)",
        )
        .bind(json)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

async fn pg_insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    rows: &mut Rows<'_>,
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
        for row in &rows.records {
            let r = row.r;
            authority.push(r.authority.clone());
            pos.push(row.pos);
            id.push(r.id.clone());
            created_at.push(r.created_at);
            month.push(r.month.clone());
            user.push(r.user.clone());
            system.push(r.system.clone());
            decision.push(r.decision.clone());
            rules.push(r.rules.clone());
            level.push(r.level);
            categories.push(r.categories.clone());
            purpose.push(r.purpose.clone());
            content.push(r.content.clone());
            digest.push(r.digest.to_vec());
            prev.push(row.prev.to_vec());
            hash.push(row.hash.to_vec());
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
    }
    for row in &rows.events {
        let e = row.e;
        sqlx::query(INSERT_EVENT)
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
            .bind(&row.hash[..])
            .execute(&mut **tx)
            .await?;
    }
    if !rows.tokens.is_empty() {
        rows.tokens.sort_unstable();
        let n = rows.tokens.len();
        let mut tok = Vec::with_capacity(n);
        let mut authority = Vec::with_capacity(n);
        let mut created_at = Vec::with_capacity(n);
        let mut pos = Vec::with_capacity(n);
        for (t, a, c, p) in &rows.tokens {
            tok.push(*t);
            authority.push(a.to_string());
            created_at.push(*c);
            pos.push(*p);
        }
        sqlx::query(
            "INSERT INTO search_tokens (tok, authority, created_at, pos) \
             SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::bigint[], $4::bigint[]) \
             ON CONFLICT DO NOTHING",
        )
        .bind(tok)
        .bind(authority)
        .bind(created_at)
        .bind(pos)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
