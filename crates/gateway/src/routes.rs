//! The HTTP surface (CONTRACT.md): small handlers that read the body within the limit,
//! authenticate, and hand over to the pipeline. Every failure leaves as [`ApiError`].

use crate::chat_request::{self, ChatRequest};
use crate::error::{ApiError, Lang};
use crate::labels::Labels;
use crate::pipeline;
use crate::records;
use crate::state::AppState;
use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use bytes::Bytes;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde_json::{json, Value};
use vakt_config::Caller;

/// Reads the body, at most `[server].body_limit` bytes: 413 above it, 400 when it is cut off.
pub async fn read_body(
    state: &AppState,
    headers: &HeaderMap,
    body: Body,
    lang: Lang,
) -> Result<Bytes, ApiError> {
    let limit = state.config.server.body_limit;
    if let Some(len) = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        if len > limit as u64 {
            return Err(ApiError::too_large(lang, limit));
        }
    }
    match Limited::new(body, limit).collect().await {
        Ok(c) => Ok(c.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => {
            Err(ApiError::too_large(lang, limit))
        }
        Err(_) => Err(ApiError::bad_request(
            lang,
            "incomplete_body",
            "Förfrågan kom inte fram hel. Skicka den igen.",
            "The request body was cut off. Send it again.",
        )),
    }
}

/// Authenticates `Authorization: Bearer <key>`; 401 otherwise, 503 if the store is down.
pub async fn authenticate(
    state: &AppState,
    headers: &HeaderMap,
    lang: Lang,
) -> Result<Caller, ApiError> {
    let key = crate::auth::bearer(headers).ok_or_else(|| ApiError::unauthorized(lang))?;
    if let Some(c) = state.keys.get(key) {
        return Ok(c);
    }
    match records::authenticate(state, key).await {
        Ok(Some(c)) => {
            state.keys.put(key, c.clone());
            Ok(c)
        }
        Ok(None) => Err(ApiError::unauthorized(lang)),
        Err(()) => Err(ApiError::store_unavailable(lang)),
    }
}

async fn chat_completions(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let lang = Lang::from_headers(&headers);
    match chat_inner(&state, &headers, body, lang).await {
        Ok(r) => r,
        Err(e) => e.into_response(),
    }
}

async fn chat_inner(
    state: &AppState,
    headers: &HeaderMap,
    body: Body,
    lang: Lang,
) -> Result<Response, ApiError> {
    let caller = authenticate(state, headers, lang).await?;
    let bytes = read_body(state, headers, body, lang).await?;
    let req = ChatRequest::parse(&bytes, lang)?;
    drop(bytes);
    respond_chat(state, &caller, req, lang).await
}

/// Runs a chat request through the pipeline and builds the HTTP response exactly as
/// `POST /v1/chat/completions` does (JSON, or server-sent events when `req.stream`), with
/// the `x-vakt-*` headers. For the web chat page: build the request with
/// [`ChatRequest::from_map`] from `{"model", "messages", "stream"}`.
pub async fn respond_chat(
    state: &AppState,
    caller: &Caller,
    req: ChatRequest,
    lang: Lang,
) -> Result<Response, ApiError> {
    if req.stream {
        let s = pipeline::chat_stream(state, caller, req, lang).await?;
        let mut resp = Response::new(Body::from_stream(s.events));
        let h = resp.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/event-stream"),
        );
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        h.insert("x-accel-buffering", HeaderValue::from_static("no"));
        s.labels.apply(h);
        Ok(resp)
    } else {
        let a = pipeline::chat(state, caller, req, lang).await?;
        let mut resp = Response::new(Body::from(a.body));
        let h = resp.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        a.labels.apply(h);
        Ok(resp)
    }
}

/// A labelled JSON answer of a non-chat endpoint (embeddings, images).
pub(crate) fn json_answer(body: Bytes, labels: &Labels) -> Response {
    let mut resp = Response::new(Body::from(body));
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    labels.apply(h);
    resp
}

async fn embeddings(State(state): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let lang = Lang::from_headers(&headers);
    let r = async {
        let caller = authenticate(&state, &headers, lang).await?;
        let bytes = read_body(&state, &headers, body, lang).await?;
        let map = chat_request::parse_object(&bytes, lang)?;
        let a = crate::embeddings::embed(&state, &caller, map, lang).await?;
        Ok::<_, ApiError>(json_answer(a.body, &a.labels))
    }
    .await;
    r.unwrap_or_else(IntoResponse::into_response)
}

async fn models(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let lang = Lang::from_headers(&headers);
    let caller = match authenticate(&state, &headers, lang).await {
        Ok(c) => c,
        Err(e) => return e.into_response(),
    };
    let data: Vec<Value> = state
        .policy
        .systems_for(&caller)
        .into_iter()
        .map(|s| {
            json!({
                "id": s.id,
                "object": "model",
                "created": 0,
                "owned_by": s.provider.as_deref().unwrap_or("vakt"),
                "name": s.name,
                "kind": s.kind,
                "max_level": s.max_level,
            })
        })
        .collect();
    axum::Json(json!({"object": "list", "data": data})).into_response()
}

async fn healthz() -> Response {
    axum::Json(json!({"status": "ok"})).into_response()
}

async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        state.metrics.render(),
    )
        .into_response()
}

async fn count(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route: &'static str = match req
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
    {
        Some("/v1/chat/completions") => "chat",
        Some("/v1/embeddings") => "embeddings",
        Some("/v1/images/generations") => "images",
        Some("/v1/models") => "models",
        _ => return next.run(req).await,
    };
    let _f = state.metrics.start();
    let resp = next.run(req).await;
    state.metrics.request(route, resp.status().as_u16());
    resp
}

/// 404 in the error shape, for paths nothing else answers.
pub async fn not_found(headers: HeaderMap) -> Response {
    ApiError::not_found(Lang::from_headers(&headers)).into_response()
}

async fn method_not_allowed(headers: HeaderMap) -> Response {
    ApiError::method_not_allowed(Lang::from_headers(&headers)).into_response()
}

/// The API routes (`/v1/...`, `/healthz`, `/metrics`) with their state applied. Merge other
/// routers (the web pages) into it; give none of them a fallback (the server adds one).
pub fn api_router(state: AppState) -> Router {
    Router::new()
        .route("/v1/chat/completions", post(chat_completions))
        .route("/v1/embeddings", post(embeddings))
        .route("/v1/images/generations", post(crate::images::handler))
        .route("/v1/models", get(models))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), count))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(state)
}

/// A panic in a handler becomes a 500 in the error shape (never a dropped connection).
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a handler panicked");
    let mut r = ApiError::internal(Lang::Sv).into_response();
    *r.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    r
}
