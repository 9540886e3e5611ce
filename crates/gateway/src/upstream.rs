//! The upstream AI systems: one pooled HTTP client for all of them, each system's URL and
//! key resolved once at start, and the three timeouts from `[server]` (connect, first byte,
//! total) turned into 502/504.

use crate::error::{ApiError, Lang};
use axum::http::HeaderValue;
use bytes::Bytes;
use std::collections::HashMap;
use std::time::{Duration, Instant};
use vakt_config::{Config, SystemConfig};

/// A system's upstream, resolved once.
#[derive(Debug, Clone)]
pub struct Route {
    /// `{upstream}/chat/completions`.
    pub chat_url: reqwest::Url,
    /// `{upstream}/embeddings`.
    pub embeddings_url: reqwest::Url,
    /// `Bearer <key>` from `api_key_env`, when set.
    pub auth: Option<HeaderValue>,
}

/// Why the upstream failed.
#[derive(Debug)]
pub enum UpstreamError {
    /// Could not connect or the connection broke.
    Unreachable(String),
    /// No answer in time.
    Timeout,
    /// Answered with a non-success status.
    Status(u16, Bytes),
}

impl UpstreamError {
    /// A short description for the record and the incident.
    pub fn describe(&self) -> String {
        match self {
            UpstreamError::Unreachable(e) => format!("upstream unreachable: {e}"),
            UpstreamError::Timeout => "upstream timeout".into(),
            UpstreamError::Status(s, _) => format!("upstream status {s}"),
        }
    }

    /// The status to record.
    pub fn status(&self) -> u16 {
        match self {
            UpstreamError::Unreachable(_) => 502,
            UpstreamError::Timeout => 504,
            UpstreamError::Status(s, _) => *s,
        }
    }

    /// The error the client sees. An upstream 4xx other than auth is the client's request
    /// (e.g. a bad parameter) and keeps its status; everything else is 502/504.
    pub fn to_api(&self, lang: Lang) -> ApiError {
        match self {
            UpstreamError::Unreachable(_) => ApiError::bad_gateway(lang, "upstream_unreachable"),
            UpstreamError::Timeout => ApiError::gateway_timeout(lang),
            UpstreamError::Status(s, body)
                if (400..500).contains(s)
                    && *s != 401
                    && *s != 403
                    && *s != 404
                    && *s != 408
                    && *s != 429 =>
            {
                let upstream_msg = serde_json::from_slice::<serde_json::Value>(body)
                    .ok()
                    .and_then(|v| v["error"]["message"].as_str().map(str::to_owned))
                    .unwrap_or_default();
                let mut e = ApiError::new(
                    axum::http::StatusCode::from_u16(*s)
                        .unwrap_or(axum::http::StatusCode::BAD_REQUEST),
                    "invalid_request_error",
                    "upstream_rejected",
                    format!(
                        "{} {upstream_msg}",
                        lang.pick(
                            "AI-tjänsten avvisade förfrågan:",
                            "The AI service rejected the request:"
                        )
                    )
                    .trim()
                    .to_string(),
                );
                e.param = None;
                e
            }
            UpstreamError::Status(429, _) => {
                let mut e = ApiError::bad_gateway(lang, "upstream_rate_limited");
                e.status = axum::http::StatusCode::TOO_MANY_REQUESTS;
                e.message = lang
                    .pick(
                        "AI-tjänsten är överbelastad just nu. Vänta en stund och försök igen.",
                        "The AI service is overloaded right now. Wait a moment and try again.",
                    )
                    .into();
                e
            }
            UpstreamError::Status(..) => ApiError::bad_gateway(lang, "upstream_status"),
        }
    }
}

/// The pooled client and the systems' routes.
pub struct Upstream {
    client: reqwest::Client,
    routes: HashMap<String, Route>,
    first_byte: Duration,
    total: Duration,
}

fn join(base: &str, path: &str) -> anyhow::Result<reqwest::Url> {
    let s = format!("{}/{}", base.trim_end_matches('/'), path);
    reqwest::Url::parse(&s).map_err(|e| anyhow::anyhow!("ogiltig upstream-adress `{base}`: {e}"))
}

impl Upstream {
    /// Builds the client and resolves every system's route (its key from `api_key_env`).
    pub fn new(cfg: &Config) -> anyhow::Result<Upstream> {
        let s = &cfg.server;
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(s.connect_timeout_secs.max(1)))
            .pool_max_idle_per_host(512)
            .pool_idle_timeout(Duration::from_secs(60))
            .tcp_nodelay(true)
            .user_agent(concat!("vakt/", env!("CARGO_PKG_VERSION")))
            .build()?;
        let mut routes = HashMap::new();
        for sys in &cfg.systems {
            routes.insert(sys.id.clone(), Self::route(sys)?);
        }
        Ok(Upstream {
            client,
            routes,
            first_byte: Duration::from_secs(s.first_byte_timeout_secs.max(1)),
            total: Duration::from_secs(s.total_timeout_secs.max(1)),
        })
    }

    fn route(sys: &SystemConfig) -> anyhow::Result<Route> {
        let auth = match &sys.api_key_env {
            Some(var) => match std::env::var(var) {
                Ok(k) if !k.is_empty() => {
                    Some(HeaderValue::from_str(&format!("Bearer {k}")).map_err(|_| {
                        anyhow::anyhow!("nyckeln i `{var}` innehåller otillåtna tecken")
                    })?)
                }
                _ => {
                    tracing::warn!(system = %sys.id, var = %var, "api_key_env is not set; calling the upstream without a key");
                    None
                }
            },
            None => None,
        };
        Ok(Route {
            chat_url: join(&sys.upstream, "chat/completions")?,
            embeddings_url: join(&sys.upstream, "embeddings")?,
            auth,
        })
    }

    /// The route of a system.
    pub fn route_of(&self, system: &str) -> Option<&Route> {
        self.routes.get(system)
    }

    /// The pooled client (for fetching what an upstream points at, e.g. an image URL).
    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    /// The total timeout.
    pub fn total_timeout(&self) -> Duration {
        self.total
    }

    /// POSTs `body` to `url` and waits for the response headers (first-byte timeout); the
    /// total timeout covers the body too. Non-success statuses are read and returned as errors.
    pub async fn post(
        &self,
        url: &reqwest::Url,
        auth: Option<&HeaderValue>,
        body: Vec<u8>,
        stream: bool,
    ) -> Result<(reqwest::Response, Duration), UpstreamError> {
        let mut rb = self
            .client
            .post(url.clone())
            .timeout(self.total)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
        if stream {
            rb = rb.header(reqwest::header::ACCEPT, "text/event-stream");
        }
        if let Some(a) = auth {
            rb = rb.header(reqwest::header::AUTHORIZATION, a.clone());
        }
        let t0 = Instant::now();
        let resp = match tokio::time::timeout(self.first_byte.min(self.total), rb.send()).await {
            Err(_) => return Err(UpstreamError::Timeout),
            Ok(Err(e)) if e.is_timeout() => return Err(UpstreamError::Timeout),
            Ok(Err(e)) => return Err(UpstreamError::Unreachable(short(&e))),
            Ok(Ok(r)) => r,
        };
        let latency = t0.elapsed();
        if !resp.status().is_success() {
            let status = resp.status().as_u16();
            let body = resp.bytes().await.unwrap_or_default();
            return Err(UpstreamError::Status(status, body));
        }
        Ok((resp, latency))
    }
}

impl Upstream {
    /// POSTs an incident to the webhook (10 s timeout).
    pub async fn webhook(&self, url: &str, body: Vec<u8>) -> Result<(), String> {
        let r = self
            .client
            .post(url)
            .timeout(Duration::from_secs(10))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .await
            .map_err(|e| short(&e))?;
        if r.status().is_success() {
            Ok(())
        } else {
            Err(format!("status {}", r.status()))
        }
    }
}

/// A reqwest error without the URL's query.
pub fn short(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(inner) = src {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        src = inner.source();
    }
    s
}

/// Reads a whole (non-stream) upstream body, mapping failures.
pub async fn read_body(resp: reqwest::Response) -> Result<Bytes, UpstreamError> {
    resp.bytes().await.map_err(|e| {
        if e.is_timeout() {
            UpstreamError::Timeout
        } else {
            UpstreamError::Unreachable(short(&e))
        }
    })
}
