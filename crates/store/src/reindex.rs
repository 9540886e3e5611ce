//! Rebuilding the free-text index from the encrypted content, when a migration asks for it
//! (the word hashes can only be computed with the records key, so SQL alone cannot do it).

use crate::db::{on_pool, DbStore, Pool};
use crate::read::COMPLETION_JOIN;
use crate::write::{completion_aad, CompletionContent, RecordContent};
use crate::{tokens, StoreError};
use sqlx::Row;

/// Records read per round trip.
const PAGE: i64 = 1000;

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
            type Raw = (String, i64, String, Option<Vec<u8>>, Option<Vec<u8>>);
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
            for (authority, pos, id, content, e_content) in rows {
                let Some(sealed) = content else { continue };
                let plain = self
                    .key
                    .open(&sealed, id.as_bytes())
                    .map_err(|e| StoreError::Crypto(format!("posten {id}: {e}")))?;
                let c: RecordContent = serde_json::from_slice(&plain)
                    .map_err(|e| StoreError::Crypto(format!("posten {id}: {e}")))?;
                let request = tokens::tokens(
                    &self.key,
                    std::iter::once(c.request.as_str())
                        .chain(c.sent_text().filter(|s| *s != c.request)),
                );
                let answer = match e_content {
                    Some(sealed) => {
                        let plain = self
                            .key
                            .open(&sealed, &completion_aad(&id))
                            .map_err(|e| StoreError::Crypto(format!("svaret till {id}: {e}")))?;
                        let c: CompletionContent = serde_json::from_slice(&plain)
                            .map_err(|e| StoreError::Crypto(format!("svaret till {id}: {e}")))?;
                        tokens::tokens(&self.key, c.response.as_deref())
                    }
                    None => Vec::new(),
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
                n += 1;
            }
        }
        on_pool!(&self.pool, p => {
            sqlx::query("DELETE FROM store_meta WHERE key = 'reindex'").execute(p).await?;
        });
        tracing::info!(records = n, "diariet: fritextindexet är uppbyggt");
        Ok(())
    }
}
