//! Store benchmarks, printed as plain figures:
//! 1. sustained insert (records/s) with many concurrent writers, as the gateway would;
//! 2. search by authority + time range + free text over a large store (ms per query);
//! 3. the gateway's shape: 32 concurrent requests, each a record of a ~4 KB prompt and then its
//!    completion, as `vakt serve` writes them (requests/s, p50/p99/max of the two writes).
//!
//! Run: `cargo bench -p vakt-store --bench throughput`
//! Env: `VAKT_BENCH_BACKENDS` (default `sqlite,postgres`), `VAKT_BENCH_INSERT` (records for the
//! insert run, default 50000), `VAKT_BENCH_SEARCH` (records for the search run, default
//! 1000000), `VAKT_BENCH_WRITERS` (concurrent writers, default 256), `VAKT_TEST_PG_URL`,
//! `VAKT_BENCH_KEEP` (keep the database afterwards and print where it is),
//! `VAKT_BENCH_GATEWAY` (requests for the gateway-shaped run, default 40000; 0 skips it).

use chrono::{Duration, Utc};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;
use vakt_store::{Caller, NewRecord, RecordsKey, Role, SearchQuery, Store};

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A small deterministic generator (no dependency needed).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// Roughly Zipf-distributed index below n.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((n as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
}

const BASE: &[&str] = &[
    "och",
    "att",
    "det",
    "som",
    "en",
    "på",
    "är",
    "av",
    "för",
    "med",
    "till",
    "den",
    "har",
    "de",
    "inte",
    "om",
    "ett",
    "han",
    "men",
    "var",
    "jag",
    "sig",
    "från",
    "vi",
    "så",
    "kan",
    "man",
    "när",
    "år",
    "säger",
    "hon",
    "under",
    "också",
    "efter",
    "eller",
    "nu",
    "sammanfatta",
    "skriv",
    "brev",
    "beslut",
    "nämnden",
    "ansökan",
    "bygglov",
    "bistånd",
    "kallelse",
    "protokoll",
    "remiss",
    "yttrande",
    "detaljplan",
    "upphandling",
    "avtal",
    "budget",
];

fn vocabulary() -> Vec<String> {
    let mut v: Vec<String> = BASE.iter().map(|s| s.to_string()).collect();
    for i in 0..20_000 {
        v.push(format!("ord{i}"));
    }
    v
}

fn text(rng: &mut Rng, vocab: &[String], words: usize) -> String {
    let mut s = String::with_capacity(words * 8);
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&vocab[rng.zipf(vocab.len())]);
    }
    s
}

fn record(rng: &mut Rng, vocab: &[String], i: usize) -> NewRecord {
    let authorities = ["sn-centrum", "bn-norr", "ks", "un-vast"];
    let request = text(rng, vocab, 40);
    NewRecord {
        authority: authorities[i % authorities.len()].into(),
        user: format!("user{}", i % 500),
        system: ["public-chat", "intern-llm"][i % 2].into(),
        decision: ["allowed", "masked", "refused"][i % 3].into(),
        rules: vec!["GBG-2".into()],
        level: (i % 4) as u8,
        categories: vec!["person_name".into()],
        sent: Some(request.clone()),
        request,
        mask_map: None,
        purpose: None,
    }
}

async fn fresh(backend: &str) -> (Arc<dyn Store>, Option<(String, String)>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let (key, _) = RecordsKey::generate();
    if backend == "sqlite" {
        let url = format!("sqlite://{}", dir.path().join("bench.db").display());
        (
            vakt_store::open_with_key(&url, key).await.unwrap(),
            None,
            dir,
        )
    } else {
        use sqlx::Connection;
        let admin = std::env::var("VAKT_TEST_PG_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let mut c = sqlx::PgConnection::connect(&admin)
            .await
            .expect("PostgreSQL");
        let name = format!("vakt_bench_{}", uuid::Uuid::new_v4().simple());
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut c)
            .await
            .unwrap();
        let base = &admin[..admin.rfind('/').unwrap()];
        let url = format!("{base}/{name}");
        (
            vakt_store::open_with_key(&url, key).await.unwrap(),
            Some((admin, name)),
            dir,
        )
    }
}

async fn drop_db(db: Option<(String, String)>) {
    use sqlx::Connection;
    if let Some((admin, name)) = db {
        let mut c = sqlx::PgConnection::connect(&admin).await.unwrap();
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut c)
            .await;
    }
}

/// Runs `tasks` concurrent tasks that together do `total` operations. `op(store, rng, vocab,
/// i)` prepares operation `i` (drawing its texts) and returns the writes to await; only those
/// are timed. Returns the seconds the whole run took and each operation's latency in ms.
async fn drive<F, Fut>(
    store: &Arc<dyn Store>,
    total: usize,
    tasks: usize,
    seed: u64,
    op: F,
) -> (f64, Vec<f64>)
where
    F: Fn(Arc<dyn Store>, &mut Rng, &[String], usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let vocab = Arc::new(vocabulary());
    let next = Arc::new(AtomicUsize::new(0));
    let op = Arc::new(op);
    let start = Instant::now();
    let mut handles = Vec::new();
    for w in 0..tasks {
        let (store, vocab, next, op) = (store.clone(), vocab.clone(), next.clone(), op.clone());
        handles.push(tokio::spawn(async move {
            let mut rng = Rng(seed ^ (w as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut lat = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let writes = op(store.clone(), &mut rng, &vocab, i);
                let t = Instant::now();
                writes.await;
                lat.push(t.elapsed().as_secs_f64() * 1000.0);
            }
            lat
        }));
    }
    let mut lat = Vec::new();
    for h in handles {
        lat.extend(h.await.unwrap());
    }
    (start.elapsed().as_secs_f64(), lat)
}

/// Insert `total` records from `writers` concurrent tasks; returns records/s.
async fn insert(store: &Arc<dyn Store>, total: usize, writers: usize, seed: u64) -> f64 {
    let (secs, _) = drive(store, total, writers, seed, |store, rng, vocab, i| {
        let r = record(rng, vocab, i);
        async move {
            store.begin_record(r).await.unwrap();
        }
    })
    .await;
    total as f64 / secs
}

/// The gateway's writes: `conns` tasks each begin a record of a ~4 KB prompt, then complete it
/// with a short answer, as `vakt serve` does per request. Prints requests/s and the latency of
/// the two writes together.
async fn gateway_shape(store: &Arc<dyn Store>, total: usize, conns: usize) {
    let (secs, mut lat) = drive(store, total, conns, 7, |store, rng, vocab, i| {
        let mut r = record(rng, vocab, i);
        r.request = text(rng, vocab, 600);
        r.sent = Some(r.request.clone());
        r.decision = "allowed".into();
        let answer = text(rng, vocab, 30);
        async move {
            let id = store.begin_record(r).await.unwrap();
            let done = vakt_store::Completion {
                response: Some(answer),
                error: None,
                upstream_status: Some(200),
            };
            store.complete_record(id, done).await.unwrap();
        }
    })
    .await;
    lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)];
    println!(
        "    gateway shape: {total} requests (4 KB prompt + answer), {conns} at once: {:.0} requests/s, \
         record+completion p50 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
        total as f64 / secs,
        pct(0.5),
        pct(0.99),
        lat[lat.len() - 1]
    );
}

async fn search_bench(store: &Arc<dyn Store>) {
    let viewer = Caller {
        user: "rut".into(),
        authority: "sn-centrum".into(),
        role: Role::Registrar,
    };
    let now = Utc::now();
    let queries = [
        ("vanligt ord, senaste dygnet", "beslut", Duration::days(1)),
        (
            "ovanligt ord, senaste dygnet",
            "ord15000",
            Duration::days(1),
        ),
        (
            "två ord, senaste timmen",
            "bistånd ansökan",
            Duration::hours(1),
        ),
        (
            "ord som inte finns",
            "saknasheltochhållet",
            Duration::days(1),
        ),
    ];
    for (label, text, span) in queries {
        let q = SearchQuery {
            authority: Some("sn-centrum".into()),
            from: Some(now - span),
            to: Some(now + Duration::minutes(1)),
            text: Some(text.into()),
            limit: Some(100),
            ..Default::default()
        };
        // Warm once, then time several runs.
        let n = store.search(&q, &viewer).await.unwrap().len();
        let mut times = Vec::new();
        for _ in 0..7 {
            let t = Instant::now();
            store.search(&q, &viewer).await.unwrap();
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "    search {label:<32} {text:<22} {n:>4} hits  median {:>7.1} ms  max {:>7.1} ms",
            times[times.len() / 2],
            times[times.len() - 1]
        );
    }
}

fn main() {
    let backends =
        std::env::var("VAKT_BENCH_BACKENDS").unwrap_or_else(|_| "sqlite,postgres".into());
    let insert_n = env_usize("VAKT_BENCH_INSERT", 50_000);
    let search_n = env_usize("VAKT_BENCH_SEARCH", 1_000_000);
    let writers = env_usize("VAKT_BENCH_WRITERS", 256);
    let gateway_n = env_usize("VAKT_BENCH_GATEWAY", 40_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        for backend in backends.split(',').map(str::trim).filter(|b| !b.is_empty()) {
            println!("== {backend}");
            if gateway_n > 0 {
                let (store, db, _dir) = fresh(backend).await;
                gateway_shape(&store, gateway_n, 32).await;
                drop(store);
                drop_db(db).await;
            }
            if insert_n == 0 {
                continue;
            }
            let (store, db, _dir) = fresh(backend).await;
            let rate = insert(&store, insert_n, writers, 1).await;
            println!("    insert: {insert_n} records, {writers} writers: {rate:.0} records/s");
            if search_n > 0 {
                let more = search_n.saturating_sub(insert_n);
                let t = Instant::now();
                let rate = insert(&store, more, writers, 2).await;
                println!(
                    "    filled to {search_n} records in {:.0} s ({rate:.0} records/s)",
                    t.elapsed().as_secs_f64()
                );
                if let Some((admin, name)) = &db {
                    // Autovacuum analyzes a table that grows; a bulk fill outruns it, so
                    // analyze now as it would have by the time a store held 1M records.
                    use sqlx::Connection;
                    let base = &admin[..admin.rfind('/').unwrap()];
                    let mut c = sqlx::PgConnection::connect(&format!("{base}/{name}"))
                        .await
                        .unwrap();
                    sqlx::query("ANALYZE").execute(&mut c).await.unwrap();
                    println!("    (ANALYZE run after the fill, as autovacuum would)");
                }
                search_bench(&store).await;
            }
            drop(store);
            if std::env::var("VAKT_BENCH_KEEP").is_ok() {
                println!("    kept: {db:?} {}", _dir.path().display());
                std::mem::forget(_dir);
            } else {
                drop_db(db).await;
            }
        }
    });
}
