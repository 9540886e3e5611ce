//! The ceiling for the load script (bench/load): a proxy built from the same parts as
//! `vakt serve` (axum server, reqwest client, one JSON parse) that checks and records
//! nothing. Its throughput is the most any gateway of this shape reaches on the machine.
//!
//! Usage: `bare_proxy LISTEN_ADDR UPSTREAM_URL` (e.g. `127.0.0.1:8091 http://127.0.0.1:8090`).

use axum::{body::Bytes, extract::State, routing::post, Router};
use std::sync::Arc;

struct Target {
    client: reqwest::Client,
    url: String,
}

async fn forward(State(t): State<Arc<Target>>, body: Bytes) -> (axum::http::StatusCode, Bytes) {
    let parsed: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => return (axum::http::StatusCode::BAD_REQUEST, Bytes::new()),
    };
    let out = serde_json::to_vec(&parsed).unwrap_or_default();
    match t.client.post(&t.url).body(out).send().await {
        Ok(r) => match r.bytes().await {
            Ok(b) => (axum::http::StatusCode::OK, b),
            Err(_) => (axum::http::StatusCode::BAD_GATEWAY, Bytes::new()),
        },
        Err(_) => (axum::http::StatusCode::BAD_GATEWAY, Bytes::new()),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let listen = args.next().unwrap_or_else(|| "127.0.0.1:8091".into());
    let upstream = args
        .next()
        .unwrap_or_else(|| "http://127.0.0.1:8090".into());
    let target = Arc::new(Target {
        client: reqwest::Client::builder().build()?,
        url: format!("{upstream}/v1/chat/completions"),
    });
    let app = Router::new()
        .route("/v1/chat/completions", post(forward))
        .with_state(target);
    let listener = tokio::net::TcpListener::bind(&listen).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
