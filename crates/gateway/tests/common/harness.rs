//! Starts a gateway in-process on a loopback port, with a real store in a temp dir and a
//! register pointing at the test upstream.

#![allow(dead_code)]

use crate::upstream::Upstream;
use serde_json::Value;
use std::net::SocketAddr;
use tokio::sync::oneshot;
use vakt_config::Config;
use vakt_gateway::AppState;

pub use crate::register::config_text;

/// A gateway serving on loopback.
pub struct Gateway {
    /// Its address.
    pub addr: SocketAddr,
    /// A client.
    pub client: reqwest::Client,
    /// An API key of user `anna` in `sn-centrum`.
    pub key: String,
    /// The state (store, metrics).
    pub state: AppState,
    stop: std::sync::Mutex<Option<oneshot::Sender<()>>>,
    _dir: tempfile::TempDir,
}

impl Gateway {
    /// Starts a gateway for `up`; `server_extra` goes into `[server]`.
    pub async fn start(up: &Upstream, server_extra: &str) -> Gateway {
        Gateway::start_with(up, server_extra, &up.base()).await
    }

    /// Starts a gateway whose systems point at `upstream`.
    pub async fn start_with(_up: &Upstream, server_extra: &str, upstream: &str) -> Gateway {
        let dir = tempfile::tempdir().unwrap();
        let text = config_text(upstream, server_extra, dir.path().to_str().unwrap());
        std::env::set_var(
            "VAKT_RECORDS_KEY",
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
        );
        let cfg = Config::parse(&text, None).unwrap();
        let state = AppState::new(cfg).await.unwrap();
        let key = make_key(&state).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let st = state.clone();
        tokio::spawn(async move {
            vakt_gateway::serve_on(listener, st, axum::Router::new(), async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        Gateway {
            addr,
            client: reqwest::Client::new(),
            key,
            state,
            stop: std::sync::Mutex::new(Some(tx)),
            _dir: dir,
        }
    }

    /// `http://addr{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// POSTs JSON with the key.
    pub async fn post(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .bearer_auth(&self.key)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// Starts a graceful shutdown.
    pub fn shutdown(&self) {
        if let Some(tx) = self.stop.lock().unwrap().take() {
            let _ = tx.send(());
        }
    }

    /// Asserts that the store holds record `id` with `decision`.
    pub async fn assert_recorded(&self, id: &str, decision: &str) -> vakt_store::RecordView {
        store_has_record(&self.state, id, decision).await
    }

    /// Asserts that the store holds at least `n` incidents.
    pub async fn assert_incidents_at_least(&self, n: usize) {
        // Incidents of a stream are written after the client's stream has ended: wait a bit.
        let mut count = 0;
        for _ in 0..100 {
            let m = self.state.metrics.render();
            count = m
                .lines()
                .find_map(|l| l.strip_prefix("vakt_incidents_total "))
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            if count >= n {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        assert!(
            count >= n,
            "{count} incidents counted, expected at least {n}"
        );
        store_incidents_at_least(&self.state, n).await;
    }
}

/// A key of user `anna` in `sn-centrum`.
pub async fn make_key(state: &AppState) -> String {
    state
        .store
        .create_key("anna", "sn-centrum", vakt_config::Role::User)
        .await
        .unwrap()
}

/// An admin of `sn-centrum`, to read records.
pub fn admin() -> vakt_config::Caller {
    vakt_config::Caller {
        user: "admin".into(),
        authority: "sn-centrum".into(),
        role: vakt_config::Role::Admin,
    }
}

/// Asserts the store holds record `id` with `decision`, completed (waits briefly for the
/// completion, which is written after the answer has left).
pub async fn store_has_record(
    state: &AppState,
    id: &str,
    decision: &str,
) -> vakt_store::RecordView {
    let rid: vakt_store::RecordId = id.parse().unwrap();
    for _ in 0..50 {
        let r = state
            .store
            .get_record(rid, &admin())
            .await
            .unwrap()
            .expect("the record is missing");
        assert_eq!(r.decision, decision);
        if r.completed {
            return r;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("record {id} was never completed");
}

/// Asserts the store holds at least `n` incidents.
pub async fn store_incidents_at_least(state: &AppState, n: usize) {
    for _ in 0..50 {
        if state.store.incidents(None, 1000).await.unwrap().len() >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("fewer than {n} incidents in the store");
}

/// The concatenated delta contents of an SSE body, and whether it ended with `[DONE]`.
pub fn sse_content(text: &str) -> (String, bool) {
    let mut content = String::new();
    let mut done = false;
    for ev in text.split("\n\n") {
        let Some(data) = ev.trim().strip_prefix("data: ") else {
            continue;
        };
        if data == "[DONE]" {
            done = true;
            continue;
        }
        let v: Value = serde_json::from_str(data).unwrap();
        if let Some(c) = v["choices"][0]["delta"]["content"].as_str() {
            content.push_str(c);
        }
    }
    (content, done)
}
