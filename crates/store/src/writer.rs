//! Group commit: one background task per process takes every write that has queued up and
//! commits it in one transaction, appending to each authority's chain under its head lock.

use crate::chain::{self, EventFields, RecordFields};
use crate::db::Pool;
use crate::StoreError;
use std::collections::{BTreeMap, HashMap};
use tokio::sync::{mpsc, oneshot};

/// Most operations committed in one transaction.
const MAX_BATCH: usize = 2048;

/// A record ready to store: encrypted and tokenized by the caller.
pub struct PreparedRecord {
    pub authority: String,
    pub id: String,
    pub created_at: i64,
    pub month: String,
    pub user: String,
    pub system: String,
    pub decision: String,
    pub rules: String,
    pub level: i64,
    pub categories: String,
    pub purpose: Option<String>,
    pub content: Vec<u8>,
    pub digest: [u8; 32],
    /// Search tokens of the request and the sent text.
    pub tokens: Vec<i64>,
}

/// An event ready to store (completion).
pub struct PreparedEvent {
    pub authority: String,
    pub record_id: String,
    /// The record's position, to index the answer's words under the record.
    pub record_pos: i64,
    pub kind: String,
    pub created_at: i64,
    pub upstream_status: Option<i64>,
    pub info: String,
    pub content: Option<Vec<u8>>,
    pub digest: [u8; 32],
    /// The record's search tokens after this event: request and answer together.
    pub tokens: Vec<i64>,
    /// Whether the answer has words of its own (PostgreSQL writes an entry for them).
    pub answered: bool,
}

/// An incident ready to store.
pub struct PreparedIncident {
    pub created_at: i64,
    pub authority: String,
    pub severity: String,
    pub kind: String,
    pub record_id: Option<String>,
    pub user: Option<String>,
    pub system: Option<String>,
    pub rules: String,
    pub message: String,
}

/// One queued write and where its answer goes.
pub enum Op {
    /// Begin a record; replies with its chain position.
    Record(
        Box<PreparedRecord>,
        oneshot::Sender<Result<i64, StoreError>>,
    ),
    /// Append an event.
    Event(Box<PreparedEvent>, oneshot::Sender<Result<(), StoreError>>),
    /// Store an incident; replies with its id.
    Incident(
        Box<PreparedIncident>,
        oneshot::Sender<Result<i64, StoreError>>,
    ),
}

/// Start the writer; it ends when every sender is dropped.
pub fn spawn(pool: Pool) -> mpsc::Sender<Op> {
    let (tx, mut rx) = mpsc::channel::<Op>(MAX_BATCH * 4);
    tokio::spawn(async move {
        let mut batch = Vec::with_capacity(MAX_BATCH);
        let mut known_heads = std::collections::HashSet::new();
        while let Some(op) = rx.recv().await {
            // No waiting: commit at once what has queued up. Under load, writes queue while
            // the previous batch commits, so batches grow with the load by themselves; an
            // idle writer commits a lone write without delay.
            batch.push(op);
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
            let ops = std::mem::take(&mut batch);
            let n = ops.len();
            let t = std::time::Instant::now();
            commit(&pool, ops, &mut known_heads).await;
            tracing::debug!(
                ops = n,
                ms = t.elapsed().as_millis() as u64,
                "diariet: gruppskrivning"
            );
        }
    });
    tx
}

/// A record row with its chain position, time and hashes.
pub struct RecordRow<'a> {
    pub r: &'a PreparedRecord,
    pub pos: i64,
    /// The stored time: the prepared time, raised where needed to keep times increasing.
    pub created_at: i64,
    pub month: String,
    pub prev: [u8; 32],
    pub hash: [u8; 32],
}

/// An event row with its chain position and hashes.
pub struct EventRow<'a> {
    pub e: &'a PreparedEvent,
    pub pos: i64,
    pub prev: [u8; 32],
    pub hash: [u8; 32],
}

/// Everything one batch inserts.
#[derive(Default)]
pub struct Rows<'a> {
    pub records: Vec<RecordRow<'a>>,
    pub events: Vec<EventRow<'a>>,
    /// New chain heads: authority → (pos, hash).
    pub heads: BTreeMap<String, (i64, [u8; 32])>,
}

enum Entry<'a> {
    R(&'a PreparedRecord),
    E(&'a PreparedEvent),
}

/// The month (`YYYY-MM`, UTC) of a time in microseconds.
pub fn month_of(micros: i64) -> String {
    chrono::DateTime::<chrono::Utc>::from_timestamp_micros(micros)
        .unwrap_or_default()
        .format("%Y-%m")
        .to_string()
}

/// Assign positions and hashes, given the locked chain heads. With `last_time` (SQLite: the
/// time of the newest stored record), record times are raised where needed so that they
/// strictly increase in insertion order, which the free-text search relies on.
pub fn build_rows<'a>(
    records: &'a [&'a PreparedRecord],
    events: &'a [&'a PreparedEvent],
    heads: &HashMap<String, (i64, [u8; 32])>,
    order: &[(bool, usize)],
    mut last_time: Option<i64>,
) -> Rows<'a> {
    let mut rows = Rows::default();
    for (auth, h) in heads {
        rows.heads.insert(auth.clone(), *h);
    }
    for &(is_record, i) in order {
        let entry = if is_record {
            Entry::R(records[i])
        } else {
            Entry::E(events[i])
        };
        let authority = match &entry {
            Entry::R(r) => &r.authority,
            Entry::E(e) => &e.authority,
        };
        let head = rows
            .heads
            .get_mut(authority.as_str())
            .expect("every authority of the batch has a locked head");
        let pos = head.0 + 1;
        let prev = head.1;
        match entry {
            Entry::R(r) => {
                let (created_at, month) = match last_time {
                    Some(last) if r.created_at <= last => {
                        let t = last.saturating_add(1);
                        (t, month_of(t))
                    }
                    _ => (r.created_at, r.month.clone()),
                };
                if last_time.is_some() {
                    last_time = Some(created_at);
                }
                let hash = chain::record_hash(
                    &prev,
                    &RecordFields {
                        authority: &r.authority,
                        pos,
                        id: &r.id,
                        created_at,
                        user: &r.user,
                        system: &r.system,
                        decision: &r.decision,
                        rules: &r.rules,
                        level: r.level,
                        categories: &r.categories,
                        purpose: r.purpose.as_deref(),
                        digest: &r.digest,
                    },
                );
                rows.records.push(RecordRow {
                    r,
                    pos,
                    created_at,
                    month,
                    prev,
                    hash,
                });
                *head = (pos, hash);
            }
            Entry::E(e) => {
                let hash = chain::event_hash(
                    &prev,
                    &EventFields {
                        authority: &e.authority,
                        pos,
                        record_id: &e.record_id,
                        kind: &e.kind,
                        created_at: e.created_at,
                        upstream_status: e.upstream_status,
                        info: &e.info,
                        digest: &e.digest,
                    },
                );
                rows.events.push(EventRow { e, pos, prev, hash });
                *head = (pos, hash);
            }
        }
    }
    rows
}

async fn commit(pool: &Pool, ops: Vec<Op>, known_heads: &mut std::collections::HashSet<String>) {
    let mut records = Vec::new();
    let mut events = Vec::new();
    let mut incidents = Vec::new();
    let mut order = Vec::new();
    let mut replies_r = Vec::new();
    let mut replies_e = Vec::new();
    let mut replies_i = Vec::new();
    let mut ops_owned = Vec::new();
    for op in ops {
        ops_owned.push(op);
    }
    for op in &ops_owned {
        match op {
            Op::Record(r, _) => {
                order.push((true, records.len()));
                records.push(&**r);
            }
            Op::Event(e, _) => {
                order.push((false, events.len()));
                events.push(&**e);
            }
            Op::Incident(i, _) => incidents.push(&**i),
        }
    }
    let result =
        crate::db::commit_batch(pool, &records, &events, &incidents, &order, known_heads).await;
    drop((records, events, incidents));
    match result {
        Ok((positions, ids)) => {
            let mut pos_it = positions.into_iter();
            let mut id_it = ids.into_iter();
            for op in ops_owned {
                match op {
                    Op::Record(_, tx) => replies_r.push((tx, pos_it.next())),
                    Op::Event(_, tx) => replies_e.push(tx),
                    Op::Incident(_, tx) => replies_i.push((tx, id_it.next())),
                }
            }
            for (tx, p) in replies_r {
                let _ = tx.send(p.ok_or_else(|| StoreError::Write("position saknas".into())));
            }
            for tx in replies_e {
                let _ = tx.send(Ok(()));
            }
            for (tx, i) in replies_i {
                let _ = tx.send(i.ok_or_else(|| StoreError::Write("id saknas".into())));
            }
        }
        Err(e) => {
            tracing::error!(
                "diariet: en skrivning av {} poster misslyckades: {e}",
                ops_owned.len()
            );
            let msg = e.to_string();
            for op in ops_owned {
                match op {
                    Op::Record(_, tx) => {
                        let _ = tx.send(Err(StoreError::Write(msg.clone())));
                    }
                    Op::Event(_, tx) => {
                        let _ = tx.send(Err(StoreError::Write(msg.clone())));
                    }
                    Op::Incident(_, tx) => {
                        let _ = tx.send(Err(StoreError::Write(msg.clone())));
                    }
                }
            }
        }
    }
}
