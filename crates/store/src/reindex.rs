//! Writing free-text index entries from the encrypted content (the word hashes can only be
//! computed with the records key, so SQL alone cannot do it): the whole index when a
//! migration asks for it, and on SQLite the records still waiting in `index_pending`.

use crate::db::{on_pool, DbStore, Pool};
use crate::read::COMPLETION_JOIN;
use crate::write::{completion_aad, CompletionContent};
use crate::{tokens, StoreError};
use sqlx::Row;

/// Records read per round trip.
const PAGE: i64 = 1000;

/// The search tokens of a record's request (and sent text) and of its answer.
type Words = (Vec<i64>, Vec<i64>);

/// A record's authority, position, id, sealed content and sealed answer.
type Raw = (String, i64, String, Option<Vec<u8>>, Option<Vec<u8>>);

impl DbStore {
    /// Rebuild the index when `store_meta` holds the `reindex` flag; idempotent, so a crash
    /// halfway only means it runs again at the next start.
    pub(crate) async fn reindex_if_flagged(&self) -> Result<(), StoreError> {
        let sql = "SELECT value FROM store_meta WHERE key = 'reindex'";
        let flagged: Option<String> = on_pool!(&self.pool, p => {
            sqlx::query_scalar(sql).fetch_optional(p).await?
        });
        if flagged.is_none() {
            return Ok(());
        }
        tracing::info!("diariet: bygger upp fritextindexet på nytt");
        let page = format!(
            "SELECT r.authority, r.pos, r.id, r.content, e.content AS e_content \
             FROM records r{COMPLETION_JOIN} WHERE (r.authority, r.pos) > ($1, $2) \
             ORDER BY r.authority, r.pos LIMIT {PAGE}"
        );
        let (mut after_a, mut after_p) = (String::new(), i64::MIN);
        let mut n = 0u64;
        loop {
            let rows: Vec<Raw> = on_pool!(&self.pool, p => {
                let rows = sqlx::query(&page).bind(&after_a).bind(after_p).fetch_all(p).await?;
                let mut out = Vec::with_capacity(rows.len());
                for row in rows {
                    out.push((
                        row.try_get("authority")?,
                        row.try_get("pos")?,
                        row.try_get("id")?,
                        row.try_get("content")?,
                        row.try_get("e_content")?,
                    ));
                }
                out
            });
            let Some(last) = rows.last() else { break };
            (after_a, after_p) = (last.0.clone(), last.1);
            for row in rows {
                self.index_one(row).await?;
                n += 1;
            }
        }
        on_pool!(&self.pool, p => {
            sqlx::query("DELETE FROM store_meta WHERE key = 'reindex'").execute(p).await?;
        });
        tracing::info!(records = n, "diariet: fritextindexet är uppbyggt");
        Ok(())
    }
    /// The search tokens of a record's request and sent text, and of its answer, from the
    /// sealed content; `None` for a disposed record (no content).
    fn tokens_of(
        &self,
        id: &str,
        content: Option<Vec<u8>>,
        e_content: Option<Vec<u8>>,
    ) -> Result<Option<Words>, StoreError> {
        let Some(sealed) = content else {
            return Ok(None);
        };
        let request = self.sealed_record_tokens(id, &sealed)?;
        let answer = match e_content {
            Some(sealed) => {
                let plain = self
                    .key
                    .open(&sealed, &completion_aad(id))
                    .map_err(|e| StoreError::Crypto(format!("svaret till {id}: {e}")))?;
                let c: CompletionContent = serde_json::from_slice(&plain)
                    .map_err(|e| StoreError::Crypto(format!("svaret till {id}: {e}")))?;
                tokens::tokens(&self.key, c.response.as_deref())
            }
            None => Vec::new(),
        };
        Ok(Some((request, answer)))
    }

    /// Writes the index entry of one record (request, sent text and answer together) from
    /// its sealed content; a disposed record (no content) gets none.
    async fn index_one(&self, row: Raw) -> Result<(), StoreError> {
        let (authority, pos, id, content, e_content) = row;
        let Some((request, answer)) = self.tokens_of(&id, content, e_content)? else {
            return Ok(());
        };
        let all = tokens::union(&request, &answer);
        match &self.pool {
            Pool::Sqlite(p) => {
                if !all.is_empty() {
                    sqlx::query(
                        "INSERT OR REPLACE INTO record_words (rowid, w) \
                         SELECT seq, $1 FROM records WHERE authority = $2 AND pos = $3",
                    )
                    .bind(tokens::fts_doc(&all))
                    .bind(&authority)
                    .bind(pos)
                    .execute(p)
                    .await?;
                }
            }
            Pool::Pg(p) => {
                for (part, toks) in [(0i16, &request), (1, &all)] {
                    if toks.is_empty() || part == 1 && answer.is_empty() {
                        continue;
                    }
                    sqlx::query(
                        "INSERT INTO record_words (authority, pos, part, toks) \
                         VALUES ($1, $2, $3, $4::bigint[]) ON CONFLICT (authority, pos, \
                         part) DO UPDATE SET toks = EXCLUDED.toks",
                    )
                    .bind(&authority)
                    .bind(pos)
                    .bind(part)
                    .bind(tokens::pg_array(toks))
                    .execute(p)
                    .await?;
                }
            }
        }
        Ok(())
    }

    /// SQLite: writes the index entries of the records begun but not yet completed (whose
    /// entry the completion writes), so that they can be found: at start-up (the process
    /// stopped while they were in flight) and before a free-text search (a request still
    /// being answered). Each entry is written in a transaction that first takes the record
    /// off `index_pending`: a completion committed in between has written the full entry
    /// and taken it off already, and is not overwritten.
    pub(crate) async fn index_pending(&self) -> Result<(), StoreError> {
        let Pool::Sqlite(pool) = &self.pool else {
            return Ok(());
        };
        // what is pending now, not what arrives while this runs
        let last: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM index_pending")
            .fetch_one(pool)
            .await?;
        let Some(last) = last else { return Ok(()) };
        let page = format!(
            "SELECT r.seq, r.id, r.content, e.content AS e_content \
             FROM index_pending x JOIN records r ON r.seq = x.seq{COMPLETION_JOIN} \
             WHERE x.seq > $1 AND x.seq <= $2 ORDER BY x.seq LIMIT {PAGE}"
        );
        let (mut after, mut n) = (i64::MIN, 0u64);
        loop {
            let rows = sqlx::query(&page)
                .bind(after)
                .bind(last)
                .fetch_all(pool)
                .await?;
            let Some(row) = rows.last() else { break };
            after = row.try_get("seq")?;
            for row in rows {
                let seq: i64 = row.try_get("seq")?;
                let id: String = row.try_get("id")?;
                let found =
                    self.tokens_of(&id, row.try_get("content")?, row.try_get("e_content")?)?;
                let all = found
                    .map(|(r, a)| tokens::union(&r, &a))
                    .unwrap_or_default();
                let mut tx = pool.begin().await?;
                let still = sqlx::query("DELETE FROM index_pending WHERE seq = $1")
                    .bind(seq)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                if still == 1 && !all.is_empty() {
                    sqlx::query("INSERT OR REPLACE INTO record_words (rowid, w) VALUES ($1, $2)")
                        .bind(seq)
                        .bind(tokens::fts_doc(&all))
                        .execute(&mut *tx)
                        .await?;
                    n += 1;
                }
                tx.commit().await?;
            }
        }
        if n > 0 {
            tracing::debug!(
                records = n,
                "diariet: indexerade poster som ännu inte slutförts"
            );
        }
        Ok(())
    }
}
