//! Test fixtures: a fresh store on a temporary SQLite file or a fresh PostgreSQL database.

#![allow(dead_code)]

use std::sync::Arc;
use vakt_store::{RecordsKey, Store};

/// Which backend a test runs on.
#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A store plus what is needed to reach its database directly.
pub struct Fixture {
    pub store: Arc<dyn Store>,
    pub url: String,
    pub key_hex: String,
    _guard: Guard,
}

enum Guard {
    Dir(#[allow(dead_code)] tempfile::TempDir),
    PgDb { admin_url: String, name: String },
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Guard::PgDb { admin_url, name } = self {
            let admin_url = admin_url.clone();
            let name = name.clone();
            // Dropping runs outside the test's runtime; use a thread with its own.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async {
                    use sqlx::Connection;
                    if let Ok(mut c) = sqlx::PgConnection::connect(&admin_url).await {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&mut c)
                                .await;
                    }
                });
            })
            .join();
        }
    }
}

pub fn pg_admin_url() -> String {
    std::env::var("VAKT_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/vakt_test".into())
}

/// Replace the database name of a postgres URL.
fn with_db(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let slash = base.rfind('/').expect("a postgres URL has a path");
    let host_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = if slash >= host_end {
        &base[..slash]
    } else {
        base
    };
    format!("{base}/{db}{query}")
}

pub async fn fixture(backend: Backend) -> Fixture {
    let (key, key_hex) = RecordsKey::generate();
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            let url = format!("sqlite://{}", dir.path().join("vakt.db").display());
            let store = vakt_store::open_with_key(&url, key).await.unwrap();
            Fixture {
                store,
                url,
                key_hex,
                _guard: Guard::Dir(dir),
            }
        }
        Backend::Postgres => {
            use sqlx::Connection;
            let mut admin_url = pg_admin_url();
            // The named database may not exist yet; the server's maintenance database will do.
            let mut c = match sqlx::PgConnection::connect(&admin_url).await {
                Ok(c) => c,
                Err(first) => {
                    admin_url = with_db(&admin_url, "postgres");
                    sqlx::PgConnection::connect(&admin_url)
                        .await
                        .unwrap_or_else(|e| {
                            panic!(
                                "PostgreSQL är inte nåbar på {} ({first}; {e}); starta den \
                             (scripts/setup) eller sätt VAKT_TEST_PG_URL",
                                pg_admin_url()
                            )
                        })
                }
            };
            let name = format!("vakt_t_{}", uuid::Uuid::new_v4().simple());
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut c)
                .await
                .unwrap();
            let url = with_db(&admin_url, &name);
            let store = vakt_store::open_with_key(&url, key).await.unwrap();
            Fixture {
                store,
                url,
                key_hex,
                _guard: Guard::PgDb { admin_url, name },
            }
        }
    }
}

impl Fixture {
    /// Run raw SQL against the store's database (for tampering).
    pub async fn exec(&self, sql: &str) -> u64 {
        if self.url.starts_with("sqlite:") {
            let pool = sqlx::SqlitePool::connect(&self.url).await.unwrap();
            let n = sqlx::query(sql)
                .execute(&pool)
                .await
                .unwrap()
                .rows_affected();
            pool.close().await;
            n
        } else {
            let pool = sqlx::PgPool::connect(&self.url).await.unwrap();
            let n = sqlx::query(sql)
                .execute(&pool)
                .await
                .unwrap()
                .rows_affected();
            pool.close().await;
            n
        }
    }

    /// A first column of text/blob rows, read raw.
    pub async fn blobs(&self, sql: &str) -> Vec<Vec<u8>> {
        use sqlx::Row;
        if self.url.starts_with("sqlite:") {
            let pool = sqlx::SqlitePool::connect(&self.url).await.unwrap();
            let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
            rows.iter().map(|r| r.get::<Vec<u8>, _>(0)).collect()
        } else {
            let pool = sqlx::PgPool::connect(&self.url).await.unwrap();
            let rows = sqlx::query(sql).fetch_all(&pool).await.unwrap();
            rows.iter().map(|r| r.get::<Vec<u8>, _>(0)).collect()
        }
    }

    /// A second store on the same database (another gateway instance).
    pub async fn second(&self) -> Arc<dyn Store> {
        vakt_store::open_with_key(&self.url, RecordsKey::from_hex(&self.key_hex).unwrap())
            .await
            .unwrap()
    }
}
