//! What the browser tests need: the pages served on loopback with a test upstream,
//! chromedriver + chromium, axe-core, screenshots.

#![allow(dead_code)]

use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use std::net::TcpListener as StdListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Saves a test artefact under `test-artifacts/screenshots/`.
pub fn save_artifact(name: &str, data: impl AsRef<[u8]>) {
    let dir = root().join("test-artifacts/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), data).unwrap();
}

/// A personnummer with a correct check digit: `yymmdd` + `-` + `nnn` + Luhn digit.
pub fn personnummer(yymmdd: &str, nnn: &str) -> String {
    let digits: Vec<u32> = format!("{yymmdd}{nnn}")
        .chars()
        .map(|c| c.to_digit(10).unwrap())
        .collect();
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let v = if i % 2 == 0 { d * 2 } else { *d };
            v / 10 + v % 10
        })
        .sum();
    format!("{yymmdd}-{nnn}{}", (10 - sum % 10) % 10)
}

/// About `bytes` bytes of Swedish case-note prose with synthetic people in it.
pub fn synthetic_text(bytes: usize) -> String {
    let names = [
        "Anna Lindqvist",
        "Erik Johansson",
        "Maria Karlsson",
        "Johan Nilsson",
        "Sara Berg",
    ];
    let mut s = String::new();
    let mut i = 0u32;
    while s.len() < bytes {
        let n = names[i as usize % names.len()];
        let pnr = personnummer(
            &format!("{:02}{:02}{:02}", 60 + i % 39, 1 + i % 12, 1 + i % 28),
            &format!("{:03}", 100 + i % 800),
        );
        s.push_str(&format!(
            "Ärende {i}: {n} ({pnr}) ringde från 070-{:03} {:02} {:02} angående ansökan om bygglov för en carport. \
             Handläggaren noterade att ritningarna kompletteras senast nästa vecka och att grannarna ska höras. \
             Kontakt sker via e-post till person{i}@example.se eller per brev till Storgatan {} i Göteborg.\n\n",
            100 + i % 900,
            i % 100,
            (i * 7) % 100,
            1 + i % 90
        ));
        i += 1;
    }
    s
}

/// Runs when the check button is clicked; resolves with the ms until the new result is shown.
pub const MEASURE_CHECK: &str = r#"
var done = arguments[arguments.length - 1];
var r = document.getElementById('result');
var before = r.getAttribute('data-run');
var t0 = performance.now();
var obs = new MutationObserver(function () {
  if (r.getAttribute('data-run') !== before && r.querySelector('[data-level]')) {
    obs.disconnect();
    requestAnimationFrame(function () { done(performance.now() - t0); });
  }
});
obs.observe(r, { attributes: true, childList: true, subtree: true });
document.getElementById('check-button').click();
"#;

/// chromedriver + a headless chromium session.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start() -> Browser {
        let driver_bin = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
            .expect("chromedriver is installed (scripts/setup installs chromium-driver)");
        let port = free_port();
        let driver = Command::new(driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let url = format!("http://127.0.0.1:{port}");
        let t0 = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                t0.elapsed() < Duration::from_secs(20),
                "chromedriver did not listen"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = tempfile::tempdir().unwrap();
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.path().display())
                ]
            }),
        );
        let mut last = None;
        for _ in 0..3 {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Browser {
                        client,
                        driver,
                        _profile: profile,
                    }
                }
                Err(e) => {
                    last = Some(e);
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        }
        panic!("no WebDriver session: {last:?}");
    }

    /// Runs a script and returns its value as a string.
    pub async fn js(&self, script: &str) -> String {
        match self.client.execute(script, vec![]).await.unwrap() {
            Value::String(s) => s,
            Value::Null => String::new(),
            v => v.to_string(),
        }
    }

    /// Runs a script and deserialises its value.
    pub async fn js_json<T: serde::de::DeserializeOwned>(&self, script: &str) -> T {
        serde_json::from_value(self.client.execute(script, vec![]).await.unwrap()).unwrap()
    }

    /// Runs an async script and returns its number.
    pub async fn js_async_f64(&self, script: &str) -> f64 {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap()
            .as_f64()
            .unwrap()
    }

    pub async fn stop(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

/// Sets a form field's value (faster than typing 20 KB).
pub async fn set_value(b: &Browser, id: &str, value: &str) {
    b.client
        .execute(
            "document.getElementById(arguments[0]).value = arguments[1];",
            vec![json!(id), json!(value)],
        )
        .await
        .unwrap();
}

/// Waits up to 10 s for a script to return true.
pub async fn wait_js(b: &Browser, script: &str, what: &str) {
    let t0 = Instant::now();
    loop {
        if b.client.execute(script, vec![]).await.unwrap() == Value::Bool(true) {
            return;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(10),
            "timed out waiting: {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Saves a screenshot of the current page.
pub async fn shot(b: &Browser, name: &str) {
    let png = b.client.screenshot().await.unwrap();
    save_artifact(&format!("{name}.png"), png);
}

/// Runs axe-core on the current page; fails on any serious or critical violation.
pub async fn axe(b: &Browser, page: &str) {
    let path = root().join("tests/browser/node_modules/axe-core/axe.min.js");
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (scripts/setup runs npm ci in tests/browser)",
            path.display()
        )
    });
    b.client.execute(&src, vec![]).await.unwrap();
    let v = b
        .client
        .execute_async(
            r#"var done = arguments[arguments.length - 1];
               axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
                 done(r.violations.map(function (v) {
                   return { id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }) };
                 }));
               }, function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]); });"#,
            vec![],
        )
        .await
        .unwrap();
    let list = v.as_array().cloned().unwrap_or_default();
    for x in &list {
        eprintln!(
            "axe {page}: {} ({}) {} {}",
            x["id"], x["impact"], x["help"], x["nodes"]
        );
    }
    let bad: Vec<&Value> = list
        .iter()
        .filter(|x| matches!(x["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    assert!(bad.is_empty(), "axe-core on {page}: {bad:#?}");
}

/// What the test upstream received and answers.
#[derive(Default)]
pub struct Upstream {
    /// Every request body received.
    pub received: std::sync::Mutex<Vec<Value>>,
}

async fn upstream_chat(
    axum::extract::State(up): axum::extract::State<std::sync::Arc<Upstream>>,
    axum::Json(body): axum::Json<Value>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    up.received.lock().unwrap().push(body.clone());
    let last = body["messages"]
        .as_array()
        .and_then(|m| m.iter().rev().find(|m| m["role"] == "user"))
        .and_then(|m| m["content"].as_str())
        .unwrap_or("")
        .to_string();
    let answer = format!("Utkast till svar om: {last}");
    if body["stream"] == true {
        let mut sse = String::new();
        for part in answer.split_inclusive(' ') {
            let chunk = json!({"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
                "choices": [{"index": 0, "delta": {"content": part}, "finish_reason": null}]});
            sse.push_str(&format!("data: {chunk}\n\n"));
        }
        let end = json!({"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]});
        sse.push_str(&format!("data: {end}\n\ndata: [DONE]\n\n"));
        (
            [(axum::http::header::CONTENT_TYPE, "text/event-stream")],
            sse,
        )
            .into_response()
    } else {
        axum::Json(json!({"id": "c1", "object": "chat.completion", "created": 1, "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}))
        .into_response()
    }
}

/// vakt's gateway and pages on loopback, a SQLite store in a temporary folder, a test
/// upstream, and keys for an employee, an administrator and a registrar.
pub struct World {
    pub base: String,
    pub upstream: std::sync::Arc<Upstream>,
    pub state: vakt_gateway::AppState,
    pub user_key: String,
    pub admin_key: String,
    pub registrar_key: String,
    _dir: tempfile::TempDir,
}

impl World {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn start() -> World {
        let up = std::sync::Arc::new(Upstream::default());
        let up_app = axum::Router::new()
            .route("/v1/chat/completions", axum::routing::post(upstream_chat))
            .with_state(up.clone());
        let up_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let up_addr = up_listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(up_listener, up_app).await.unwrap() });

        let dir = tempfile::tempdir().unwrap();
        let key_file = dir.path().join("records.key");
        std::fs::write(&key_file, "ab".repeat(32)).unwrap();
        let toml = format!(
            r#"
[storage]
url = "sqlite://{db}"
key_env = "VAKT_WEB_TEST_UNSET_KEY"
key_file = "{key}"
[organisation]
name = "Testkommunen"
profile = "goteborg"
[[authorities]]
id = "sn-centrum"
name = "Socialnämnden Centrum"
disposal_decision = "AN-2026-17"
[[systems]]
id = "public-chat"
name = "Publik chattjänst"
kind = "public"
upstream = "http://{up}/v1"
model = "test-model"
max_level = 0
allow_masked = true
[[systems]]
id = "strict-chat"
name = "Strikt chattjänst"
kind = "public"
upstream = "http://{up}/v1"
model = "test-model"
max_level = 0
allow_masked = false
"#,
            db = dir.path().join("vakt.db").display(),
            key = key_file.display(),
            up = up_addr
        );
        let cfg = vakt_config::Config::parse(&toml, None).unwrap();
        let state = vakt_gateway::AppState::new(cfg)
            .await
            .expect("the gateway state builds");
        let user_key = state
            .store
            .create_key("anna", "sn-centrum", vakt_config::Role::User)
            .await
            .unwrap();
        let admin_key = state
            .store
            .create_key("sam", "sn-centrum", vakt_config::Role::Admin)
            .await
            .unwrap();
        let registrar_key = state
            .store
            .create_key("rut", "sn-centrum", vakt_config::Role::Registrar)
            .await
            .unwrap();
        let app = vakt_gateway::app(state.clone(), vakt_web::router(state.clone()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        World {
            base: format!("http://{addr}"),
            upstream: up,
            state,
            user_key,
            admin_key,
            registrar_key,
            _dir: dir,
        }
    }

    /// Everything the upstream received, as one string.
    pub fn upstream_saw(&self) -> String {
        self.upstream
            .received
            .lock()
            .unwrap()
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Logs in through the form.
pub async fn login(b: &Browser, w: &World, key: &str) {
    use fantoccini::Locator;
    b.client.goto(&w.url("/login")).await.unwrap();
    b.client
        .find(Locator::Id("key"))
        .await
        .unwrap()
        .send_keys(key)
        .await
        .unwrap();
    b.client
        .find(Locator::Css("#login-form button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.client
        .wait()
        .for_element(Locator::Css(".account .who"))
        .await
        .expect("logged in");
}

/// Logs out through the header form.
pub async fn logout(b: &Browser) {
    use fantoccini::Locator;
    b.client
        .find(Locator::Css(".account form button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.client
        .wait()
        .for_element(Locator::Css(".account a[href='/login']"))
        .await
        .expect("logged out");
}
