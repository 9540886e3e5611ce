//! SQLite's WAL is copied back into the database file by a background task on its own
//! connection, not by whichever commit happens to cross the auto-checkpoint size. A
//! checkpoint in the committing connection copied thousands of pages while every request of
//! the batch (and the batches queued behind it) waited: the slowest 1 % of gateway requests
//! waited ~100 ms for it.
//!
//! The task runs a `PASSIVE` checkpoint every [`INTERVAL`]: it copies what is committed without
//! taking the write lock, so group commits go on meanwhile. A WAL file restarts from the
//! beginning only when everything in it has been copied; under steady writes a passive
//! checkpoint never quite catches up, so when the WAL holds more than [`RESTART_FRAMES`]
//! after a passive round, a `RESTART` checkpoint follows: it holds the write lock only to copy
//! the little written since the passive round, and waits for readers at most [`RESTART_WAIT`]
//! (then gives up and tries again next round).

use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sqlx::ConnectOptions;
use std::time::Duration;

/// How often the WAL is copied back.
const INTERVAL: Duration = Duration::from_millis(200);
/// WAL pages (4 KiB) left after a passive round that call for a restart (16 MiB).
const RESTART_FRAMES: i64 = 4000;
/// How long a restart waits for the write lock and for readers.
const RESTART_WAIT: Duration = Duration::from_millis(50);

/// The running checkpoint task; dropping it stops the task.
pub(crate) struct Checkpointer {
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Start checkpointing the database of `opts` (the pool's options: its connections must run
/// with `wal_autocheckpoint` off).
pub(crate) async fn start(opts: &SqliteConnectOptions) -> Result<Checkpointer, sqlx::Error> {
    let mut conn = opts.clone().busy_timeout(RESTART_WAIT).connect().await?;
    let task = tokio::spawn(async move {
        let mut tick = tokio::time::interval(INTERVAL);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = round(&mut conn).await {
                tracing::warn!("diariet: WAL-kontrollpunkten misslyckades: {e}");
            }
        }
    });
    Ok(Checkpointer { task })
}

/// One round: passive, then a restart when the WAL stays large.
async fn round(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    // (busy, frames in the WAL, frames copied); -1 when not in WAL mode.
    let (_, log, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(PASSIVE)")
        .fetch_one(&mut *conn)
        .await?;
    if log > RESTART_FRAMES {
        // Busy (a long reader, a commit that outlasts the wait) is not an error: next round.
        let (busy, log, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(RESTART)")
            .fetch_one(&mut *conn)
            .await?;
        tracing::debug!(busy, log, "diariet: WAL-omstart");
    }
    Ok(())
}
