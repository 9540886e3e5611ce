//! The chat pipeline, the same for the HTTP API and the web chat page:
//! check (detect → decide) → record → forward (original or masked) → restore → label →
//! complete the record.
//!
//! The record is written *before* anything leaves for the upstream; when the store cannot
//! write, nothing is forwarded (fail closed, 503). A refusal never reaches the upstream and is
//! recorded and reported as an incident (R002-7).

use crate::chat_request::ChatRequest;
use crate::error::{ApiError, Lang};
use crate::guard::{self, Checked, StreamRestore, Verdict};
use crate::labels::Labels;
use crate::metrics::DecisionKind;
use crate::records::{self, Outcome};
use crate::sse::{self, SseSplitter};
use crate::state::AppState;
use crate::upstream::{self, UpstreamError};
use axum::http::StatusCode;
use bytes::Bytes;
use futures::StreamExt;
use serde_json::Value;
use std::convert::Infallible;
use tokio::sync::mpsc;
use vakt_config::{Caller, SystemConfig};
use vakt_store::Severity;

/// A finished (non-stream) answer.
#[derive(Debug)]
pub struct ChatAnswer {
    /// How it is labelled (headers, note).
    pub labels: Labels,
    /// The response body as the client gets it (OpenAI chat completion JSON).
    pub body: Bytes,
    /// The answer text of the first choice, restored and with the note.
    pub text: String,
}

/// A streamed answer: labels for the headers, then SSE bytes as they come.
pub struct ChatStream {
    /// How it is labelled.
    pub labels: Labels,
    /// The SSE events, passed on as the upstream sends them.
    pub events: tokio_stream::wrappers::ReceiverStream<Result<Bytes, Infallible>>,
}

/// What is ready to forward.
struct Prepared {
    system_id: String,
    req: ChatRequest,
    checked: Checked,
    labels: Labels,
}

fn find_system<'a>(
    state: &'a AppState,
    caller: &Caller,
    model: &str,
    lang: Lang,
) -> Result<&'a SystemConfig, ApiError> {
    let Some(sys) = state.config.system(model) else {
        let mut e = ApiError::new(
            StatusCode::NOT_FOUND,
            "invalid_request_error",
            "model_not_found",
            match lang {
                Lang::Sv => format!("AI-systemet `{model}` finns inte i registret. `GET /v1/models` visar de system du får använda."),
                Lang::En => format!("The AI system `{model}` is not in the register. `GET /v1/models` lists the systems you may use."),
            },
        );
        e.param = Some("model".into());
        return Err(e);
    };
    if !may_use(caller, sys) {
        let mut e = ApiError::new(
            StatusCode::FORBIDDEN,
            "permission_error",
            "system_not_permitted",
            match lang {
                Lang::Sv => format!("Din nämnd ({}) får inte använda AI-systemet `{model}`. `GET /v1/models` visar de system du får använda.", caller.authority),
                Lang::En => format!("Your authority ({}) may not use the AI system `{model}`. `GET /v1/models` lists the systems you may use.", caller.authority),
            },
        );
        e.param = Some("model".into());
        return Err(e);
    }
    Ok(sys)
}

/// Whether the caller's authority may use the system at all (the register's `authorities`).
pub fn may_use(caller: &Caller, sys: &SystemConfig) -> bool {
    sys.authorities.is_empty() || sys.authorities.iter().any(|a| a == &caller.authority)
}

/// How serious a refusal is: level 4 (security-classified) is critical, 3 high.
pub fn severity_of_refusal(level: u8) -> Severity {
    match level {
        4.. => Severity::Critical,
        3 => Severity::High,
        _ => Severity::Medium,
    }
}

/// Records a refusal, reports the incident (`message`: a short description without the
/// sensitive text), counts it, and gives the 403. Shared by chat and embeddings.
pub(crate) async fn refuse(
    state: &AppState,
    caller: &Caller,
    system: &str,
    request_text: &str,
    checked: &Checked,
    refusal: &guard::Refusal,
    message: String,
) -> ApiError {
    state
        .metrics
        .decision(DecisionKind::Refused, checked.level, &refusal.rules);
    let rec = records::begin(
        state,
        records::Begin {
            caller,
            system,
            decision: "refused",
            rules: &refusal.rules,
            level: checked.level,
            categories: &checked.categories,
            request: request_text,
            sent: None,
            masking: &[],
        },
    )
    .await;
    let id = rec.as_ref().ok().cloned();
    if let Some(id) = &id {
        records::complete(state, id, None, 403, Outcome::Refused).await;
    }
    records::incident(
        state,
        records::IncidentReport {
            caller,
            system,
            kind: "refusal",
            severity: severity_of_refusal(checked.level),
            rules: &refusal.rules,
            message,
            record: id.as_deref(),
        },
    )
    .await;
    let mut e = ApiError::new(
        StatusCode::FORBIDDEN,
        "policy_violation",
        refusal.code.clone(),
        refusal.message.clone(),
    );
    e.rules = refusal.rules.clone();
    e.categories = checked.categories.clone();
    e.record = id;
    e.level = Some(checked.level);
    e
}

/// Checks a request: the system, attachments, tools, then the policy over every text.
/// Refusals are recorded and returned as errors; an allowed request is recorded here, before
/// anything is forwarded.
async fn prepare(
    state: &AppState,
    caller: &Caller,
    mut req: ChatRequest,
    lang: Lang,
) -> Result<Prepared, ApiError> {
    let system = find_system(state, caller, &req.model, lang)?;
    // Tool fields are top-level, never message texts: stripping them first leaves the texts
    // and the transcript as sent.
    let tools_stripped = !system.tools_allowed && req.strip_tools();
    let attachments = req.attachments();
    let has_tools = req.has_tools();
    // One walk over the messages gives the texts, their places and the transcript.
    let (refs, transcript, checked) = {
        let found = req.texts();
        let transcript = req.transcript_of(&found);
        let (refs, texts): (Vec<_>, Vec<&str>) = found.into_iter().unzip();
        let checked = guard::check(state, caller, system, &texts, attachments, has_tools, lang);
        (refs, transcript, checked)
    };
    if let Verdict::Refused(r) = &checked.verdict {
        let message = format!(
            "förfrågan avvisad ({}): nivå {}, kategorier {}",
            r.code,
            checked.level,
            checked.categories.join(", ")
        );
        return Err(refuse(state, caller, &system.id, &transcript, &checked, r, message).await);
    }
    let (decision, kind) = match &checked.verdict {
        Verdict::Masked { texts, .. } => {
            for (r, t) in refs.into_iter().zip(texts.iter()) {
                req.set_text(r, t.clone());
            }
            ("masked", DecisionKind::Masked)
        }
        _ => ("allowed", DecisionKind::Allowed),
    };
    state.metrics.decision(kind, checked.level, &checked.rules);
    let sent = if decision == "masked" {
        req.transcript()
    } else {
        String::new()
    };
    let id = records::begin(
        state,
        records::Begin {
            caller,
            system: &system.id,
            decision,
            rules: &checked.rules,
            level: checked.level,
            categories: &checked.categories,
            request: &transcript,
            sent: Some(if decision == "masked" {
                &sent
            } else {
                &transcript
            }),
            masking: checked.mapping(),
        },
    )
    .await
    .map_err(|_| ApiError::store_unavailable(lang))?;
    req.set_model(&system.model);
    let labels = Labels {
        level: checked.level,
        decision,
        record: id,
        note: guard::note(state),
        tools_stripped,
    };
    Ok(Prepared {
        system_id: system.id.clone(),
        req,
        checked,
        labels,
    })
}

/// Completes a record when the handler is dropped before it could (client went away).
struct RecordGuard {
    state: AppState,
    id: Option<String>,
}

impl RecordGuard {
    fn disarm(&mut self) -> Option<String> {
        self.id.take()
    }
}

impl Drop for RecordGuard {
    fn drop(&mut self) {
        if let Some(id) = self.id.take() {
            let state = self.state.clone();
            if let Ok(h) = tokio::runtime::Handle::try_current() {
                h.spawn(async move {
                    records::complete(&state, &id, None, 499, Outcome::Cancelled).await;
                });
            }
        }
    }
}

/// Completes the record of a request whose upstream failed, reports the incident, and gives
/// the error for the client.
pub(crate) async fn upstream_failed(
    state: &AppState,
    caller: &Caller,
    system: &str,
    record: &str,
    err: &UpstreamError,
    lang: Lang,
) -> ApiError {
    state.metrics.upstream_error();
    records::complete(
        state,
        record,
        None,
        err.status(),
        Outcome::UpstreamError(err.describe()),
    )
    .await;
    records::incident(
        state,
        records::IncidentReport {
            caller,
            system,
            kind: "upstream_error",
            severity: Severity::Medium,
            rules: &[],
            message: err.describe(),
            record: Some(record),
        },
    )
    .await;
    let mut e = err.to_api(lang);
    e.record = Some(record.to_string());
    e
}

/// Records an allowed or masked request of a non-chat endpoint (embeddings, images) before it
/// is forwarded, counts the decision, and gives the answer's labels.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn begin_forwarded(
    state: &AppState,
    caller: &Caller,
    system: &str,
    checked: &Checked,
    (decision, kind): (&'static str, DecisionKind),
    request: &str,
    sent: &str,
    lang: Lang,
) -> Result<Labels, ApiError> {
    state.metrics.decision(kind, checked.level, &checked.rules);
    let record = records::begin(
        state,
        records::Begin {
            caller,
            system,
            decision,
            rules: &checked.rules,
            level: checked.level,
            categories: &checked.categories,
            request,
            sent: Some(sent),
            masking: checked.mapping(),
        },
    )
    .await
    .map_err(|_| ApiError::store_unavailable(lang))?;
    Ok(Labels {
        level: checked.level,
        decision,
        record,
        note: None,
        tools_stripped: false,
    })
}

/// POSTs a JSON body to an upstream URL (none: no route) and reads the whole answer, counting
/// the upstream latency.
pub(crate) async fn post_json(
    state: &AppState,
    url: Option<(&reqwest::Url, Option<&axum::http::HeaderValue>)>,
    body: &serde_json::Map<String, Value>,
) -> Result<Bytes, UpstreamError> {
    let Some((url, auth)) = url else {
        return Err(UpstreamError::Unreachable("no route".into()));
    };
    let (resp, lat) = state
        .upstream
        .post(
            url,
            auth,
            serde_json::to_vec(body).unwrap_or_default(),
            false,
        )
        .await?;
    state.metrics.upstream_latency(lat);
    upstream::read_body(resp).await
}

/// Sends the prepared request to the system's upstream and waits for the response headers.
/// On failure the record is completed with the error, the incident reported and `guard`
/// disarmed; on success `guard` stays armed for the caller.
async fn send(
    state: &AppState,
    caller: &Caller,
    p: &Prepared,
    guard: &mut RecordGuard,
    stream: bool,
    lang: Lang,
) -> Result<reqwest::Response, ApiError> {
    let result = match state.upstream.route_of(&p.system_id) {
        None => Err(UpstreamError::Unreachable("no route".into())),
        Some(route) => {
            state
                .upstream
                .post(
                    &route.chat_url,
                    route.auth.as_ref(),
                    p.req.to_bytes(),
                    stream,
                )
                .await
        }
    };
    match result {
        Ok((resp, latency)) => {
            state.metrics.upstream_latency(latency);
            Ok(resp)
        }
        Err(e) => {
            guard.disarm();
            Err(upstream_failed(state, caller, &p.system_id, &p.labels.record, &e, lang).await)
        }
    }
}

/// Runs a non-stream chat request through the whole pipeline.
pub async fn chat(
    state: &AppState,
    caller: &Caller,
    req: ChatRequest,
    lang: Lang,
) -> Result<ChatAnswer, ApiError> {
    let p = prepare(state, caller, req, lang).await?;
    let mut guard = RecordGuard {
        state: state.clone(),
        id: Some(p.labels.record.clone()),
    };
    let resp = send(state, caller, &p, &mut guard, false, lang).await?;
    let raw = match upstream::read_body(resp).await {
        Ok(b) => b,
        Err(e) => {
            guard.disarm();
            return Err(
                upstream_failed(state, caller, &p.system_id, &p.labels.record, &e, lang).await,
            );
        }
    };
    let (body, text) = match finish_body(&p, &raw) {
        Some(x) => x,
        None => {
            guard.disarm();
            let e =
                UpstreamError::Unreachable("the upstream's answer is not a chat completion".into());
            return Err(
                upstream_failed(state, caller, &p.system_id, &p.labels.record, &e, lang).await,
            );
        }
    };
    guard.disarm();
    // The answer leaves now; its completion event is written beside it (a crash in between
    // leaves the record marked incomplete, never a forwarded request without a record).
    {
        let (state, id, text) = (state.clone(), p.labels.record.clone(), text.clone());
        tokio::spawn(async move {
            records::complete(&state, &id, Some(&text), 200, Outcome::Completed).await;
        });
    }
    Ok(ChatAnswer {
        labels: p.labels,
        body,
        text,
    })
}

/// Restores placeholders and adds the note in a whole answer; passes the bytes through
/// untouched when there is nothing to change. `None` when the upstream's JSON is unusable.
fn finish_body(p: &Prepared, raw: &Bytes) -> Option<(Bytes, String)> {
    let restore = p.checked.restorer();
    let note = p.labels.note_suffix();
    if restore.is_none() && note.is_none() {
        #[derive(serde::Deserialize)]
        struct Msg<'a> {
            #[serde(borrow, default)]
            content: Option<std::borrow::Cow<'a, str>>,
        }
        #[derive(serde::Deserialize)]
        struct Choice<'a> {
            #[serde(borrow)]
            message: Msg<'a>,
        }
        #[derive(serde::Deserialize)]
        struct Completion<'a> {
            #[serde(borrow)]
            choices: Vec<Choice<'a>>,
        }
        let c: Completion = serde_json::from_slice(raw).ok()?;
        let text = c
            .choices
            .first()
            .and_then(|c| c.message.content.as_deref())
            .unwrap_or("")
            .to_string();
        return Some((raw.clone(), text));
    }
    let mut v: Value = serde_json::from_slice(raw).ok()?;
    let choices = v.get_mut("choices")?.as_array_mut()?;
    let mut first = None;
    for c in choices.iter_mut() {
        if let Some(Value::String(s)) = c.get_mut("message").and_then(|m| m.get_mut("content")) {
            let mut t = match &restore {
                Some(r) => r.restore(s),
                None => std::mem::take(s),
            };
            if let Some(n) = &note {
                t.push_str(n);
            }
            if first.is_none() {
                first = Some(t.clone());
            }
            *s = t;
        }
    }
    let body = serde_json::to_vec(&v).ok()?;
    Some((Bytes::from(body), first.unwrap_or_default()))
}

/// Runs a streamed chat request: checks and records it, connects to the upstream (errors up
/// to the first byte are ordinary HTTP errors), then passes the events on as they come.
pub async fn chat_stream(
    state: &AppState,
    caller: &Caller,
    req: ChatRequest,
    lang: Lang,
) -> Result<ChatStream, ApiError> {
    let p = prepare(state, caller, req, lang).await?;
    let mut guard = RecordGuard {
        state: state.clone(),
        id: Some(p.labels.record.clone()),
    };
    let resp = send(state, caller, &p, &mut guard, true, lang).await?;
    guard.disarm();
    let (tx, rx) = mpsc::channel(16);
    let labels = p.labels.clone();
    let state = state.clone();
    let caller = caller.clone();
    tokio::spawn(async move { pump(state, caller, p, resp, tx, lang).await });
    Ok(ChatStream {
        labels,
        events: tokio_stream::wrappers::ReceiverStream::new(rx),
    })
}

/// Per-choice restoring state of a stream.
#[derive(Default)]
struct Choices {
    restorers: Vec<Option<StreamRestore>>,
}

/// Moves the upstream's events to the client. Ends when the upstream ends, fails or is cut,
/// or when the client goes away (dropping the upstream response cancels that request).
async fn pump(
    state: AppState,
    caller: Caller,
    p: Prepared,
    resp: reqwest::Response,
    tx: mpsc::Sender<Result<Bytes, Infallible>>,
    lang: Lang,
) {
    let restore = p.checked.restorer();
    let note = p.labels.note_suffix();
    let passthrough = restore.is_none() && note.is_none();
    let mut up = resp.bytes_stream();
    let mut split = SseSplitter::default();
    let mut answer = String::new();
    let mut choices = Choices::default();
    let mut done = false;
    let mut failure: Option<UpstreamError> = None;
    let mut cancelled = false;
    'outer: loop {
        let next = tokio::select! {
            biased;
            _ = tx.closed() => { cancelled = true; break }
            n = up.next() => n,
        };
        match next {
            None => break,
            Some(Err(e)) => {
                failure = Some(if e.is_timeout() {
                    UpstreamError::Timeout
                } else {
                    UpstreamError::Unreachable(upstream::short(&e))
                });
                break;
            }
            Some(Ok(chunk)) => {
                split.push(&chunk);
                let mut out: Vec<Bytes> = Vec::new();
                while let Some(ev) = split.next_event() {
                    let Some(data) = sse::event_data(&ev) else {
                        if !passthrough {
                            out.push(with_blank_line(&ev));
                        }
                        continue;
                    };
                    if data.as_slice() == b"[DONE]" {
                        done = true;
                        if !passthrough {
                            out.push(sse::data_event(b"[DONE]"));
                        }
                        continue;
                    }
                    match serde_json::from_slice::<Value>(&data) {
                        Ok(mut v) => {
                            if passthrough {
                                collect(&v, &mut answer);
                            } else {
                                transform(
                                    &mut v,
                                    restore.as_ref(),
                                    note.as_deref(),
                                    &mut choices,
                                    &mut answer,
                                );
                                out.push(sse::data_event(
                                    &serde_json::to_vec(&v).unwrap_or_default(),
                                ));
                            }
                        }
                        Err(_) => {
                            if !passthrough {
                                out.push(with_blank_line(&ev));
                            }
                        }
                    }
                }
                if passthrough {
                    out.push(chunk);
                }
                for b in out {
                    if tx.send(Ok(b)).await.is_err() {
                        cancelled = true;
                        break 'outer;
                    }
                }
            }
        }
    }
    drop(up);
    if cancelled {
        records::complete(
            &state,
            &p.labels.record,
            Some(&answer),
            499,
            Outcome::Cancelled,
        )
        .await;
        return;
    }
    if !done && failure.is_none() {
        failure = Some(UpstreamError::Unreachable(
            "the upstream ended the stream early".into(),
        ));
    }
    match failure {
        None => {
            drop(tx); // the client's stream ends now; the completion is written after
            records::complete(
                &state,
                &p.labels.record,
                Some(&answer),
                200,
                Outcome::Completed,
            )
            .await;
        }
        Some(err) => {
            state.metrics.upstream_error();
            let mut e = err.to_api(lang);
            e.record = Some(p.labels.record.clone());
            let ev = sse::data_event(&serde_json::to_vec(&e.body()).unwrap_or_default());
            let _ = tx.send(Ok(ev)).await;
            drop(tx);
            records::complete(
                &state,
                &p.labels.record,
                Some(&answer),
                err.status(),
                Outcome::UpstreamError(err.describe()),
            )
            .await;
            records::incident(
                &state,
                records::IncidentReport {
                    caller: &caller,
                    system: &p.system_id,
                    kind: "upstream_error",
                    severity: Severity::Medium,
                    rules: &[],
                    message: format!("stream: {}", err.describe()),
                    record: Some(&p.labels.record),
                },
            )
            .await;
        }
    }
}

fn with_blank_line(ev: &[u8]) -> Bytes {
    let mut v = Vec::with_capacity(ev.len() + 2);
    v.extend_from_slice(ev);
    v.extend_from_slice(b"\n\n");
    Bytes::from(v)
}

/// Adds the first choice's delta text to the answer.
fn collect(v: &Value, answer: &mut String) {
    if let Some(c) = v.get("choices").and_then(Value::as_array) {
        for ch in c {
            if ch.get("index").and_then(Value::as_u64).unwrap_or(0) == 0 {
                if let Some(s) = ch
                    .get("delta")
                    .and_then(|d| d.get("content"))
                    .and_then(Value::as_str)
                {
                    answer.push_str(s);
                }
            }
        }
    }
}

/// Restores placeholders in each choice's delta (held back across chunk boundaries by the
/// stream restorer) and appends the note to the chunk that finishes a choice.
fn transform(
    v: &mut Value,
    restore: Option<&guard::Restore>,
    note: Option<&str>,
    st: &mut Choices,
    answer: &mut String,
) {
    let Some(cs) = v.get_mut("choices").and_then(Value::as_array_mut) else {
        return;
    };
    for ch in cs.iter_mut() {
        let idx = ch.get("index").and_then(Value::as_u64).unwrap_or(0).min(64) as usize;
        if st.restorers.len() <= idx {
            st.restorers.resize_with(idx + 1, || None);
        }
        let finished = ch.get("finish_reason").is_some_and(|f| !f.is_null());
        let Some(delta) = ch.get_mut("delta").and_then(Value::as_object_mut) else {
            continue;
        };
        let incoming = delta.get("content").and_then(Value::as_str);
        if incoming.is_none() && !finished {
            continue;
        }
        let mut out = match restore {
            Some(r) => {
                let sr = st.restorers[idx].get_or_insert_with(|| r.stream());
                let mut o = incoming.map(|s| sr.push(s)).unwrap_or_default();
                if finished {
                    o.push_str(&sr.finish());
                }
                o
            }
            None => incoming.unwrap_or("").to_string(),
        };
        if finished {
            if let Some(n) = note {
                out.push_str(n);
            }
        }
        if incoming.is_none() && out.is_empty() {
            continue;
        }
        if idx == 0 {
            answer.push_str(&out);
        }
        delta.insert("content".into(), Value::String(out));
    }
}
