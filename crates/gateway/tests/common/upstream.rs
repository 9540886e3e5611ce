//! A small OpenAI-compatible upstream for tests, on loopback. It echoes the last user message
//! back (so masking and restoring can be asserted), streams when asked (in 3-byte pieces, so
//! placeholders are split across chunks), and keeps every body it received.
//!
//! Behaviour is chosen by markers in the last user message: `#fail` → 500, `#hang` → never
//! answers, `#cut` → a stream that stops without `[DONE]`, `#stall` → a stream that stops
//! sending after a few events but stays open, `#slow` → answers after 1.5 s. Incidents POSTed
//! to `/hook` are kept too.

#![allow(dead_code)]

use axum::body::Body;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the upstream received, and how many requests it is handling now.
#[derive(Clone, Default)]
pub struct Received(
    pub Arc<Mutex<Vec<Value>>>,
    pub Arc<AtomicUsize>,
    pub Arc<Mutex<Vec<Value>>>,
);

struct Active(Arc<AtomicUsize>);
impl Drop for Active {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Received {
    /// Every body so far.
    pub fn all(&self) -> Vec<Value> {
        self.0.lock().unwrap().clone()
    }
    /// Incidents posted to the webhook (`/hook`).
    pub fn hooks(&self) -> Vec<Value> {
        self.2.lock().unwrap().clone()
    }
    /// Requests being handled now (a cancelled request drops out).
    pub fn active(&self) -> usize {
        self.1.load(Ordering::SeqCst)
    }
    /// The number of bodies.
    pub fn len(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}

/// A running upstream.
pub struct Upstream {
    /// Its address.
    pub addr: SocketAddr,
    /// Its bodies.
    pub received: Received,
}

impl Upstream {
    /// The base URL to put in `[[systems]].upstream`.
    pub fn base(&self) -> String {
        format!("http://{}/v1", self.addr)
    }
}

fn last_user_text(v: &Value) -> String {
    let msgs = v["messages"].as_array().cloned().unwrap_or_default();
    let Some(m) = msgs.iter().rev().find(|m| m["role"] == "user") else {
        return String::new();
    };
    match &m["content"] {
        Value::String(s) => s.clone(),
        Value::Array(parts) => parts
            .iter()
            .filter_map(|p| p["text"].as_str())
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

async fn chat(State(rx): State<Received>, Json(v): Json<Value>) -> Response {
    rx.0.lock().unwrap().push(v.clone());
    rx.1.fetch_add(1, Ordering::SeqCst);
    let active = Active(rx.1.clone());
    let text = last_user_text(&v);
    let model = v["model"].as_str().unwrap_or("").to_string();
    if text.contains("#fail") {
        return (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response();
    }
    if text.contains("#hang") {
        tokio::time::sleep(Duration::from_secs(3600)).await;
    }
    if text.contains("#slow") {
        tokio::time::sleep(Duration::from_millis(1500)).await;
    }
    let answer = format!("Du skrev: {text}");
    if v["stream"] == true {
        let cut = text.contains("#cut");
        let stall = text.contains("#stall");
        let mut events: Vec<Result<String, std::io::Error>> = Vec::new();
        let bytes = answer.as_bytes();
        let mut pieces = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let mut j = (i + 3).min(bytes.len());
            while !answer.is_char_boundary(j) {
                j += 1;
            }
            pieces.push(answer[i..j].to_string());
            i = j;
        }
        events.push(Ok(format!(
            "data: {}\n\n",
            json!({"id":"c1","object":"chat.completion.chunk","created":1,"model":model,
                   "choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})
        )));
        let n = pieces.len();
        for (k, p) in pieces.into_iter().enumerate() {
            if cut && k == n / 2 {
                events.push(Err(std::io::Error::other("cut")));
                break;
            }
            if stall && k == 2 {
                // The guard lives as long as the stream: dropped when the client side goes away.
                let s = futures::StreamExt::map(
                    futures::StreamExt::chain(
                        futures::stream::iter(events),
                        futures::stream::pending(),
                    ),
                    move |e| {
                        let _alive = &active;
                        e
                    },
                );
                return Response::builder()
                    .header("content-type", "text/event-stream")
                    .body(Body::from_stream(s))
                    .unwrap();
            }
            events.push(Ok(format!(
                "data: {}\n\n",
                json!({"id":"c1","object":"chat.completion.chunk","created":1,"model":model,
                       "choices":[{"index":0,"delta":{"content":p},"finish_reason":null}]})
            )));
        }
        if !cut {
            events.push(Ok(format!(
                "data: {}\n\n",
                json!({"id":"c1","object":"chat.completion.chunk","created":1,"model":model,
                       "choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})
            )));
            events.push(Ok("data: [DONE]\n\n".to_string()));
        }
        let s = futures::stream::iter(events);
        let s = futures::StreamExt::then(s, |e| async move {
            tokio::time::sleep(Duration::from_millis(1)).await;
            e
        });
        return Response::builder()
            .header("content-type", "text/event-stream")
            .body(Body::from_stream(s))
            .unwrap();
    }
    drop(active);
    Json(json!({
        "id": "c1", "object": "chat.completion", "created": 1, "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
    }))
    .into_response()
}

async fn hook(State(rx): State<Received>, Json(v): Json<Value>) -> Response {
    rx.2.lock().unwrap().push(v);
    axum::http::StatusCode::NO_CONTENT.into_response()
}

async fn embeddings(State(rx): State<Received>, Json(v): Json<Value>) -> Response {
    rx.0.lock().unwrap().push(v.clone());
    Json(
        json!({"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2,0.3]}],
                "model": v["model"], "usage":{"prompt_tokens":1,"total_tokens":1}}),
    )
    .into_response()
}

/// CRC-32 (ISO-HDLC), for the PNG below.
fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
}

/// A real 4×3 RGB PNG, built by hand (zlib stored block, correct CRCs and Adler-32): what the
/// test upstream "generates".
pub fn tiny_png() -> Vec<u8> {
    let (w, h) = (4u32, 3u32);
    let mut raw = Vec::new();
    for y in 0..h {
        raw.push(0); // filter: none
        for x in 0..w {
            raw.extend_from_slice(&[(x * 60) as u8, (y * 100) as u8, 200]);
        }
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &x in &raw {
        a = (a + x as u32) % 65521;
        b = (b + a) % 65521;
    }
    let mut z = vec![0x78, 0x01, 0x01];
    z.extend_from_slice(&(raw.len() as u16).to_le_bytes());
    z.extend_from_slice(&(!(raw.len() as u16)).to_le_bytes());
    z.extend_from_slice(&raw);
    z.extend_from_slice(&((b << 16) | a).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    png_chunk(&mut out, b"IHDR", &ihdr);
    png_chunk(&mut out, b"IDAT", &z);
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// Standard base64 with padding (this file is shared with tests of crates that have no
/// base64 dependency).
pub fn base64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `POST /v1/images/generations`: `n` copies of [`tiny_png`] as `b64_json`; with `#url` in
/// the prompt as a `url` to `/files/ai.png` on this server, `#deadurl` a url that answers
/// 404, `#badimage` base64 of bytes that are no image.
async fn images(
    State(rx): State<Received>,
    headers: axum::http::HeaderMap,
    Json(v): Json<Value>,
) -> Response {
    rx.0.lock().unwrap().push(v.clone());
    let prompt = v["prompt"].as_str().unwrap_or("").to_string();
    let n = v["n"].as_u64().unwrap_or(1).clamp(1, 4);
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1")
        .to_string();
    let item = if prompt.contains("#deadurl") {
        json!({"url": format!("http://{host}/files/missing.png"), "revised_prompt": prompt})
    } else if prompt.contains("#url") {
        json!({"url": format!("http://{host}/files/ai.png"), "revised_prompt": prompt})
    } else if prompt.contains("#badimage") {
        json!({"b64_json": base64(b"this is not an image"), "revised_prompt": prompt})
    } else {
        json!({"b64_json": base64(&tiny_png()), "revised_prompt": prompt})
    };
    let data: Vec<Value> = (0..n).map(|_| item.clone()).collect();
    Json(json!({"created": 1, "data": data})).into_response()
}

async fn image_file(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    if name == "ai.png" {
        ([("content-type", "image/png")], tiny_png()).into_response()
    } else {
        axum::http::StatusCode::NOT_FOUND.into_response()
    }
}

/// Starts the upstream on a free loopback port, in the current tokio runtime.
pub async fn start() -> Upstream {
    let received = Received::default();
    let app = Router::new()
        .route("/v1/chat/completions", post(chat))
        .route("/v1/embeddings", post(embeddings))
        .route("/v1/images/generations", post(images))
        .route("/files/{name}", axum::routing::get(image_file))
        .route("/hook", post(hook))
        .with_state(received.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    Upstream { addr, received }
}

/// Starts the upstream on its own thread and runtime (for tests that are not async, or
/// that drive a separate `vakt serve` process).
pub fn start_background() -> Upstream {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let u = start().await;
            tx.send(Upstream {
                addr: u.addr,
                received: u.received.clone(),
            })
            .unwrap();
            std::future::pending::<()>().await;
        });
    });
    rx.recv().unwrap()
}
