//! vakt-store: public records (allmänna handlingar) of every prompt and answer that passes
//! the gateway, on SQLite (embedded default) or PostgreSQL (several gateway instances), behind
//! one [`Store`] trait; API keys; incidents; monthly statistics.
//!
//! Main design decisions, and why:
//! - **Write before forward.** [`Store::begin_record`] returns only once the record is committed,
//!   so a crash can leave a record without an answer ("incomplete") but never a forwarded
//!   request without one. PostgreSQL commits synchronously (durable against power loss).
//!   SQLite runs in WAL mode with `synchronous=NORMAL` by default: a committed record survives a
//!   crash or kill -9 of vakt (the WAL is written before the commit returns and the operating
//!   system keeps it), but a power loss or kernel crash may lose the last commits before the
//!   next checkpoint. `?synchronous=full` on the `sqlite://` URL syncs the WAL at every group
//!   commit instead (durable against power loss, one fsync per group commit).
//! - **Group commit.** Concurrent writers hand their prepared rows to one background writer task
//!   per process, which commits whatever has queued up in one transaction, at once: an idle
//!   writer commits a lone write without waiting, and under load writes queue while the
//!   previous batch commits, so batches grow with the load. Encryption, hashing of content and
//!   the search tokens are computed in the caller's task beforehand; a batch is a few
//!   multi-row statements (SQLite) or `UNNEST` arrays (PostgreSQL).
//! - **Checkpoints off the write path.** SQLite commits never checkpoint the WAL themselves
//!   (`wal_autocheckpoint = 0`); a background task on its own connection copies it back every
//!   200 ms (`PASSIVE`, no write lock) and restarts it when it stays large, so a group commit
//!   never waits for thousands of pages to be copied (`checkpoint.rs`).
//! - **One hash chain per authority.** Records and the append-only events that follow them
//!   (completion, disposal) share one sequence of positions per authority; each entry's hash is
//!   SHA-256 over the previous hash and a length-prefixed serialization of its stored bytes
//!   (ciphertexts enter through their SHA-256 digest, so disposal can drop them and the chain
//!   still verifies). Appends lock the authority's chain-head row, so PostgreSQL instances that
//!   share one database keep each chain linear.
//! - **Encrypted content, searchable by keyed hashes.** Request, sent text, masking map and
//!   answer are sealed with XChaCha20-Poly1305; free-text search uses keyed SipHash-2-4
//!   values of normalized words, keyed by a subkey of the records key: the database alone
//!   reveals neither the text nor which words it holds. The index holds one entry per record
//!   rather than one row per word: on SQLite an FTS5 document of hex words keyed by the
//!   record's `seq` (record times increase with `seq`, so matches come newest first and a time
//!   range is a `seq` range), written once, in the transaction that records the answer (a
//!   record in flight waits in `index_pending`, which a search and the start-up index first);
//!   on PostgreSQL a `bigint[]` row under a GIN index, written with the record (part 0: the
//!   request; part 1: request and answer, once answered). Disposal deletes the entries.
//! ```no_run
//! # async fn demo() -> Result<(), vakt_store::StoreError> {
//! use vakt_store::{Completion, NewRecord};
//! let store = vakt_store::open(&vakt_config::StorageConfig::default(), false).await?;
//! let id = store
//!     .begin_record(NewRecord {
//!         authority: "sn-centrum".into(),
//!         user: "anna".into(),
//!         system: "public-chat".into(),
//!         decision: "allowed".into(),
//!         request: "Skriv en kallelse".into(),
//!         sent: Some("Skriv en kallelse".into()),
//!         ..Default::default()
//!     })
//!     .await?; // committed: now forward the request
//! let answer = Completion { response: Some("Kallelse …".into()), upstream_status: Some(200), error: None };
//! store.complete_record(id, answer).await?;
//! assert!(store.verify().await?.ok());
//! # Ok(()) }
//! ```

#![deny(missing_docs)]

mod auth;
mod chain;
mod checkpoint;
mod crypto;
mod db;
pub mod export;
mod read;
mod reindex;
mod store_impl;
mod tokens;
mod types;
mod verify;
mod write;
mod writer;

pub use crypto::RecordsKey;
pub use types::*;
pub use vakt_config::{Caller, Role};

use chrono::{DateTime, Utc};
use std::sync::Arc;

/// Everything that can go wrong in the store. Messages are Swedish (they reach users).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The storage configuration is wrong or a key is missing.
    #[error("lagringens inställningar: {0}")]
    Config(String),
    /// The database failed.
    #[error("databasfel: {0}")]
    Db(#[from] sqlx::Error),
    /// Migrations failed.
    #[error("databasmigrering misslyckades: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Decryption or encryption failed (wrong key or altered ciphertext).
    #[error("kryptering: {0}")]
    Crypto(String),
    /// Nothing with that id.
    #[error("finns inte: {0}")]
    NotFound(String),
    /// The caller may not see or do this.
    #[error("behörighet saknas: {0}")]
    Forbidden(String),
    /// Bad input.
    #[error("ogiltigt värde: {0}")]
    Invalid(String),
    /// A batched write failed (the whole batch was rolled back).
    #[error("skrivning till diariet misslyckades: {0}")]
    Write(String),
    /// The background writer has stopped.
    #[error("diariets skrivare har stoppats")]
    Closed,
    /// File I/O (key file, data folder).
    #[error("fil: {0}")]
    Io(#[from] std::io::Error),
}

/// The record store. Object-safe: callers hold an `Arc<dyn Store>` from [`open`].
#[async_trait::async_trait]
pub trait Store: Send + Sync {
    /// Write a record; durable (committed) when this returns, so the gateway may then forward.
    async fn begin_record(&self, r: NewRecord) -> Result<RecordId, StoreError>;

    /// Append a completion event (answer, upstream status, error) to a record.
    async fn complete_record(&self, id: RecordId, c: Completion) -> Result<(), StoreError>;

    /// Record an incident; returns its id. The gateway may send [`Store::incident`] to a webhook.
    async fn add_incident(&self, i: NewIncident) -> Result<IncidentId, StoreError>;

    /// Create an API key; returns the plaintext key once (only its SHA-256 is stored).
    async fn create_key(
        &self,
        user: &str,
        authority: &str,
        role: Role,
    ) -> Result<String, StoreError>;

    /// Revoke every key of a user in an authority; returns how many were revoked.
    async fn revoke_keys(&self, user: &str, authority: &str) -> Result<u64, StoreError>;

    /// List keys (without the keys themselves), optionally of one authority.
    async fn list_keys(&self, authority: Option<&str>) -> Result<Vec<KeyInfo>, StoreError>;

    /// The caller a key belongs to, or `None` for an unknown or revoked key. Cached briefly.
    async fn authenticate(&self, key: &str) -> Result<Option<Caller>, StoreError>;

    /// One record, if the viewer may see it (`None` when missing or not the viewer's).
    async fn get_record(
        &self,
        id: RecordId,
        viewer: &Caller,
    ) -> Result<Option<RecordView>, StoreError>;

    /// Records matching the query that the viewer may see, newest first by default.
    async fn search(&self, q: &SearchQuery, viewer: &Caller)
        -> Result<Vec<RecordView>, StoreError>;

    /// Recompute every chain; names the first broken entry per authority.
    async fn verify(&self) -> Result<VerifyReport, StoreError>;

    /// Dispose of the content of the authority's records created before `older_than`, and
    /// append a disposal event citing `decision`. Only admin or registrar of the authority.
    async fn purge(
        &self,
        authority: &str,
        older_than: DateTime<Utc>,
        decision: &str,
        viewer: &Caller,
    ) -> Result<PurgeReport, StoreError>;

    /// One incident by id.
    async fn incident(&self, id: IncidentId) -> Result<Option<Incident>, StoreError>;

    /// Incidents, newest first, optionally of one authority.
    async fn incidents(
        &self,
        authority: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Incident>, StoreError>;

    /// Incidents counted by authority, kind and severity (for `/metrics`).
    async fn incident_counts(&self) -> Result<Vec<IncidentCount>, StoreError>;

    /// Requests per month, authority, system, level and decision.
    async fn stats_monthly(&self, authority: Option<&str>) -> Result<Vec<StatRow>, StoreError>;
}

/// Open the store named by `cfg.url` (`sqlite://…` or `postgres://…`), run its migrations and
/// start its background writer. Must be called inside a Tokio runtime.
///
/// The records key comes from the environment variable `cfg.key_env` (64 hex digits), else from
/// `cfg.key_file`. Without either, `production` makes this an error; otherwise a key is generated
/// and kept in `vakt-data/records.key` (beside the SQLite file), with a warning.
pub async fn open(
    cfg: &vakt_config::StorageConfig,
    production: bool,
) -> Result<Arc<dyn Store>, StoreError> {
    let key = crypto::RecordsKey::load(cfg, production)?;
    let store = db::DbStore::connect(&cfg.url, key).await?;
    Ok(Arc::new(store))
}

/// Like [`open`], with a key given directly (tests, tools).
pub async fn open_with_key(url: &str, key: RecordsKey) -> Result<Arc<dyn Store>, StoreError> {
    Ok(Arc::new(db::DbStore::connect(url, key).await?))
}
