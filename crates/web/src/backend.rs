//! Everything the pages ask of the rest of vakt, in one place: the configuration, the engine,
//! the policy's verdicts for the register's systems, masking, authentication, the chat
//! pipeline and the record store. Pages never call the other crates directly, so each
//! integration lives here once.

use crate::session::Sessions;
use std::sync::Arc;
use vakt_config::{Caller, Config, SystemConfig};
use vakt_detect::{Analysis, Engine};
use vakt_gateway::{AppState, ChatRequest};
use vakt_policy::{Decision, Masker, Policy, PolicyRequest};

/// The state the pages share. Cheap to clone (one `Arc`).
#[derive(Clone)]
pub struct WebState(Arc<Inner>);

/// The shared parts.
pub struct Inner {
    /// The gateway's state: store, upstream client, metrics, key cache.
    pub app: AppState,
    /// The configuration.
    pub config: Arc<Config>,
    /// The organisation's policy.
    pub policy: Arc<Policy>,
    /// The detection engine.
    pub engine: &'static Engine,
    /// Logged-in sessions.
    pub sessions: Sessions,
}

impl std::ops::Deref for WebState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

/// What the policy says about one system for one text.
#[derive(Debug, Clone)]
pub struct SystemVerdict {
    /// The system.
    pub system: SystemConfig,
    /// The original text may go there.
    pub allowed: bool,
    /// The masked text may go there (when the original may not).
    pub masked: bool,
    /// The rules that stop the original, if any.
    pub rules: Vec<String>,
}

/// The caller the policy sees for an anonymous check: no authority, so no decision applies.
fn anonymous() -> Caller {
    Caller {
        user: "anonym".into(),
        authority: String::new(),
        role: vakt_config::Role::User,
    }
}

impl WebState {
    /// Builds the pages' state on the gateway's.
    pub fn new(app: AppState) -> WebState {
        WebState(Arc::new(Inner {
            config: app.config.clone(),
            policy: app.policy.clone(),
            engine: app.engine,
            app,
            sessions: Sessions::default(),
        }))
    }

    /// Analyses a text.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.engine.analyze(text)
    }

    /// The caller for an API key, if it is valid (the gateway's key cache, then the store).
    pub async fn authenticate(&self, key: &str) -> Option<Caller> {
        if let Some(c) = self.app.keys.get(key) {
            return Some(c);
        }
        match self.app.store.authenticate(key).await {
            Ok(Some(c)) => {
                self.app.keys.put(key, c.clone());
                Some(c)
            }
            Ok(None) => None,
            Err(e) => {
                tracing::warn!("web login: the store could not check a key: {e}");
                None
            }
        }
    }

    /// The register's systems the caller may use (without login: those open to everyone).
    pub fn usable_systems(&self, caller: Option<&Caller>) -> Vec<&SystemConfig> {
        match caller {
            Some(c) => self.policy.systems_for(c),
            None => self
                .policy
                .systems_for(&anonymous())
                .into_iter()
                .filter(|s| s.authorities.is_empty())
                .collect(),
        }
    }

    /// The policy's verdict for each system the caller may use. The masked verdict is
    /// confirmed the way the gateway confirms it: the masked text is analysed again.
    /// `masked` is [`WebState::mask`] of the text.
    pub fn verdicts(
        &self,
        masked: &str,
        a: &Analysis,
        caller: Option<&Caller>,
    ) -> Vec<SystemVerdict> {
        let anon = anonymous();
        let who = caller.unwrap_or(&anon);
        let mut masked_analysis: Option<Analysis> = None;
        self.usable_systems(caller)
            .into_iter()
            .map(|s| {
                let req = PolicyRequest::new(&s.id, who);
                let d = self.policy.evaluate(&req, a);
                let (allowed, masked) = match &d {
                    Decision::Allowed { .. } => (true, false),
                    Decision::Masked { .. } => {
                        let ma = masked_analysis.get_or_insert_with(|| self.analyze(masked));
                        (false, self.policy.evaluate(&req, ma).is_allowed())
                    }
                    Decision::Refused(_) => (false, false),
                };
                SystemVerdict {
                    system: s.clone(),
                    allowed,
                    masked,
                    rules: d.rules().to_vec(),
                }
            })
            .collect()
    }

    /// The masked text, as the profile masks it (placeholders such as `[PERSONNUMMER_1]`).
    pub fn mask(&self, text: &str, a: &Analysis) -> String {
        Masker::new().mask(text, a, self.policy.profile())
    }

    /// The level a system is approved for after the rules (what the register page shows);
    /// `None` when it may not be used at all.
    pub fn approved_level(&self, s: &SystemConfig) -> Option<u8> {
        self.policy.effective_max(s).map(|(l, _)| l.as_u8())
    }

    /// What the system may receive, in Swedish (the policy's own wording).
    pub fn receives_sv(&self, s: &SystemConfig) -> String {
        self.policy.receives_sv(s)
    }

    /// Extracts the text of an uploaded file; returns the text and notes for the reader.
    pub fn extract(&self, name: &str, bytes: &[u8]) -> Result<(String, Vec<String>), String> {
        let out = vakt_extract::extract(name, bytes).map_err(|e| e.to_string())?;
        let mut notes = out.notes;
        if out.truncated {
            notes.push("Texten är för lång och kortades; resultatet gäller bara början.".into());
        }
        Ok((out.text, notes))
    }
}

/// A chat request the pipeline did not answer (a refusal, a bad request, an upstream error).
#[derive(Debug, Clone)]
pub struct ChatFailure {
    /// HTTP status.
    pub status: u16,
    /// The message, in the caller's language.
    pub message: String,
    /// Rule ids (refusals).
    pub rules: Vec<String>,
    /// The OpenAI-shaped error object (`type`, `code`, `message`, `rules`, `categories` …).
    pub error: serde_json::Value,
}

/// A whole answer.
#[derive(Debug, Clone)]
pub struct ChatReply {
    /// The answer text (restored, with the profile's note).
    pub text: String,
    /// `allowed` or `masked`.
    pub decision: String,
    /// The record id.
    pub record: String,
}

impl WebState {
    fn request(
        &self,
        lang: crate::Lang,
        system: &str,
        messages: Vec<serde_json::Value>,
        stream: bool,
    ) -> Result<ChatRequest, ChatFailure> {
        let mut m = serde_json::Map::new();
        m.insert("model".into(), system.into());
        m.insert("messages".into(), serde_json::Value::Array(messages));
        m.insert("stream".into(), stream.into());
        ChatRequest::from_map(m, glang(lang)).map_err(failure)
    }

    /// Runs one chat through the gateway pipeline and waits for the whole answer.
    pub async fn chat_once(
        &self,
        caller: &Caller,
        lang: crate::Lang,
        system: &str,
        messages: Vec<serde_json::Value>,
    ) -> Result<ChatReply, ChatFailure> {
        let req = self.request(lang, system, messages, false)?;
        let a = vakt_gateway::pipeline::chat(&self.app, caller, req, glang(lang))
            .await
            .map_err(failure)?;
        Ok(ChatReply {
            text: a.text,
            decision: a.labels.decision.to_string(),
            record: a.labels.record,
        })
    }

    /// Runs one chat through the gateway pipeline, streaming: the response carries the
    /// `x-vakt-*` headers and the server-sent events, exactly as the API sends them.
    pub async fn chat_stream(
        &self,
        caller: &Caller,
        lang: crate::Lang,
        system: &str,
        messages: Vec<serde_json::Value>,
    ) -> Result<axum::response::Response, ChatFailure> {
        let req = self.request(lang, system, messages, true)?;
        vakt_gateway::routes::respond_chat(&self.app, caller, req, glang(lang))
            .await
            .map_err(failure)
    }

    /// The masked form of `text` when the policy would let `system` receive the masked form
    /// (even when the system itself does not mask, `allow_masked = false`); else `None`.
    pub fn masked_if_allowed(
        &self,
        caller: Option<&Caller>,
        system: &str,
        text: &str,
    ) -> Option<String> {
        if text.trim().is_empty() {
            return None;
        }
        let anon = anonymous();
        let who = caller.unwrap_or(&anon);
        self.usable_systems(caller)
            .into_iter()
            .find(|s| s.id == system)?;
        let a = self.analyze(text);
        let masked = self.mask(text, &a);
        if masked == text {
            return None;
        }
        let req = PolicyRequest::new(system, who);
        matches!(
            self.policy.evaluate(&req, &self.analyze(&masked)),
            Decision::Allowed { .. }
        )
        .then_some(masked)
    }
}

fn glang(l: crate::Lang) -> vakt_gateway::Lang {
    match l {
        crate::Lang::Sv => vakt_gateway::Lang::Sv,
        crate::Lang::En => vakt_gateway::Lang::En,
    }
}

fn failure(e: vakt_gateway::ApiError) -> ChatFailure {
    let mut body = e.body();
    ChatFailure {
        status: e.status.as_u16(),
        message: e.message.clone(),
        rules: e.rules.clone(),
        error: body["error"].take(),
    }
}
