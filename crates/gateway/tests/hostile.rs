//! 1,500 hostile requests over raw TCP (random bytes, invalid UTF-8, deep nesting, wrong
//! types, 30 MB bodies, cut-off bodies, bad keys): every one gets a 4xx with the error shape,
//! none a 5xx, and the server still answers afterwards.

#[path = "common/harness.rs"]
mod harness;
#[path = "common/register.rs"]
mod register;
#[path = "common/upstream.rs"]
mod upstream;

use harness::Gateway;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::Value;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// One hostile request: headers' body length claim, the bytes actually sent, and whether to
/// stop writing early (cut off).
struct Case {
    kind: &'static str,
    path: &'static str,
    key: bool,
    declared_len: usize,
    body: Vec<u8>,
    /// Send this many zero bytes after `body` (big bodies), streamed.
    filler: usize,
}

fn case(rng: &mut StdRng, i: usize) -> Case {
    let path = if rng.gen_bool(0.85) {
        "/v1/chat/completions"
    } else {
        "/v1/embeddings"
    };
    let mut c = Case {
        kind: "",
        path,
        key: true,
        declared_len: 0,
        body: Vec::new(),
        filler: 0,
    };
    match i % 10 {
        0 | 1 => {
            c.kind = "random bytes";
            let n = rng.gen_range(0..4096);
            c.body = (0..n).map(|_| rng.gen()).collect();
        }
        2 => {
            c.kind = "invalid utf-8";
            let mut b = br#"{"model":"intern","messages":[{"role":"user","content":"hej "#.to_vec();
            b.extend_from_slice(&[0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]);
            b.extend_from_slice(br#""}]}"#);
            c.body = b;
        }
        3 => {
            c.kind = "deep nesting";
            let d = rng.gen_range(200..20_000);
            let mut s = String::from(r#"{"model":"intern","messages":[{"role":"user","content":"#);
            s.push_str(&"[".repeat(d));
            s.push_str(&"]".repeat(d));
            s.push_str("}]}");
            c.body = s.into_bytes();
        }
        4 => {
            c.kind = "wrong types";
            let opts = [
                r#"{"model":5,"messages":[]}"#,
                r#"{"model":"intern","messages":{"role":"user"}}"#,
                r#"{"model":"intern","messages":[{"role":7,"content":"x"}]}"#,
                r#"{"model":"intern","messages":[{"role":"user","content":{"a":1}}]}"#,
                r#"{"model":"intern","stream":"ja","messages":[{"role":"user","content":"x"}]}"#,
                r#"{"model":"intern","messages":[{"role":"user","content":[{"type":"text","text":null}]}]}"#,
                r#"{"model":"intern","messages":[{"role":"user","content":[5]}]}"#,
                r#"{"model":"intern","input":[[1,2],[3]]}"#,
                r#"{"model":["intern"],"input":"x"}"#,
                r#"[]"#,
                r#""just a string""#,
                r#"null"#,
                r#"{"model":"finns-inte","messages":[{"role":"user","content":"x"}]}"#,
            ];
            c.body = opts[rng.gen_range(0..opts.len())].as_bytes().to_vec();
        }
        5 => {
            c.kind = "cut-off body";
            let full = br#"{"model":"intern","messages":[{"role":"user","content":"Skriv en dikt om hosten i Goteborg"}]}"#;
            let cut = rng.gen_range(1..full.len());
            c.body = full[..cut].to_vec();
            c.declared_len = full.len();
            return c;
        }
        6 => {
            c.kind = "bad key";
            c.key = false;
            c.body = br#"{"model":"intern","messages":[{"role":"user","content":"x"}]}"#.to_vec();
        }
        7 if i % 100 == 7 => {
            c.kind = "30 MB body";
            c.body = br#"{"model":"intern","messages":[{"role":"user","content":""#.to_vec();
            c.filler = 30 * 1024 * 1024;
            c.declared_len = c.body.len() + c.filler;
            return c;
        }
        7 => {
            c.kind = "empty body";
        }
        8 => {
            c.kind = "truncated json";
            let full = br#"{"model":"intern","messages":[{"role":"user","content":"hej"}],"temperature":0.5}"#;
            c.body = full[..rng.gen_range(0..full.len() - 1)].to_vec();
        }
        _ => {
            c.kind = "json with control bytes and huge numbers";
            c.body = format!(
                r#"{{"model":"intern","max_tokens":1e999999,"messages":[{{"role":"user","content":"a\u0000b{}"}}]}}"#,
                "\\ud800"
            )
            .into_bytes();
        }
    }
    c.declared_len = c.body.len() + c.filler;
    c
}

async fn send(addr: SocketAddr, key: &str, c: Case) -> Result<(u16, Value), String> {
    let mut s = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
    let mut head = format!(
        "POST {} HTTP/1.1\r\nHost: vakt\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        c.path, c.declared_len
    );
    if c.key {
        head.push_str(&format!("Authorization: Bearer {key}\r\n"));
    } else {
        head.push_str(if c.body.len() & 1 == 0 {
            "Authorization: Bearer vakt_wrong-key\r\n"
        } else {
            "Authorization: Basic YW5uYTpodW5kMQ==\r\n"
        });
    }
    head.push_str("\r\n");
    let (mut rd, mut wr) = s.split();
    let write = async {
        wr.write_all(head.as_bytes()).await?;
        wr.write_all(&c.body).await?;
        let zeros = vec![b'a'; 64 * 1024];
        let mut left = c.filler;
        while left > 0 {
            let n = left.min(zeros.len());
            wr.write_all(&zeros[..n]).await?;
            left -= n;
        }
        if c.declared_len > c.body.len() + c.filler {
            wr.shutdown().await?;
        }
        Ok::<_, std::io::Error>(())
    };
    let read = async {
        let mut buf = Vec::new();
        let _ = rd.read_to_end(&mut buf).await;
        buf
    };
    let (_, buf) = tokio::join!(
        async {
            let _ = write.await;
        },
        read
    );
    let text = String::from_utf8_lossy(&buf);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| format!("no response ({} bytes)", buf.len()))?;
    let status: u16 = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line: {head}"))?;
    let v: Value = serde_json::from_str(body.trim())
        .map_err(|e| format!("status {status}, body not JSON ({e}): {body:.200}"))?;
    Ok((status, v))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifteen_hundred_hostile_requests_get_4xx_with_the_error_shape() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let addr = gw.addr;
    let key = Arc::new(gw.key.clone());
    let mut rng = StdRng::seed_from_u64(20261123);
    let cases: Vec<Case> = (0..1500).map(|i| case(&mut rng, i)).collect();
    let sem = Arc::new(tokio::sync::Semaphore::new(16));
    let mut tasks = Vec::new();
    for c in cases {
        let key = key.clone();
        let sem = sem.clone();
        tasks.push(tokio::spawn(async move {
            let _p = sem.acquire_owned().await.unwrap();
            let kind = c.kind;
            (kind, send(addr, &key, c).await)
        }));
    }
    let mut failures = Vec::new();
    let mut by_status = std::collections::BTreeMap::<u16, usize>::new();
    for t in tasks {
        let (kind, r) = t.await.unwrap();
        match r {
            Ok((status, v)) => {
                *by_status.entry(status).or_default() += 1;
                let shaped = v["error"]["type"].is_string()
                    && v["error"]["message"].is_string()
                    && v["error"]["code"].is_string();
                if !(400..500).contains(&status) || !shaped {
                    failures.push(format!("{kind}: {status} {v}"));
                }
            }
            Err(e) => failures.push(format!("{kind}: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 1500 failed ({by_status:?}), e.g. {:#?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );
    assert_eq!(
        up.received.len(),
        0,
        "a hostile request reached the upstream"
    );
    let ok = gw
        .post(
            "/v1/chat/completions",
            &serde_json::json!({"model":"intern","messages":[{"role":"user","content":"Är du kvar?"}]}),
        )
        .await;
    assert_eq!(ok.status(), 200, "the server did not survive");
    eprintln!("statuses: {by_status:?}");
}
