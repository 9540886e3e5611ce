//! One error type for every failure, so every failure leaves in the same OpenAI-compatible
//! shape: `{"error": {"type", "code", "message", ...}}`. Swedish first; English when the
//! caller sends `Accept-Language: en`.

use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

/// The language of user-facing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Swedish (default).
    #[default]
    Sv,
    /// English, when the caller asks for it.
    En,
}

impl Lang {
    /// English when the first language in `Accept-Language` is English, else Swedish.
    pub fn from_headers(h: &HeaderMap) -> Lang {
        let v = h
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let first = v
            .split(',')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if first.starts_with("en") {
            Lang::En
        } else {
            Lang::Sv
        }
    }

    /// Picks the message in this language.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }
}

/// A failure, as the client sees it. Boxed, so `Result<_, ApiError>` stays one word wide;
/// the fields are reached through `Deref` ([`ErrorInfo`]).
#[derive(Debug, Clone)]
pub struct ApiError(Box<ErrorInfo>);

impl std::ops::Deref for ApiError {
    type Target = ErrorInfo;
    fn deref(&self) -> &ErrorInfo {
        &self.0
    }
}

impl std::ops::DerefMut for ApiError {
    fn deref_mut(&mut self) -> &mut ErrorInfo {
        &mut self.0
    }
}

/// The parts of an [`ApiError`].
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// HTTP status.
    pub status: StatusCode,
    /// OpenAI error type, e.g. `invalid_request_error`, `policy_violation`.
    pub kind: &'static str,
    /// Machine-readable code.
    pub code: String,
    /// Human-readable message (already in the caller's language).
    pub message: String,
    /// The request field at fault, when there is one.
    pub param: Option<String>,
    /// Rule ids (policy refusals).
    pub rules: Vec<String>,
    /// Category ids (policy refusals); never the sensitive text itself.
    pub categories: Vec<String>,
    /// The record id, when one was written.
    pub record: Option<String>,
    /// The level, when known.
    pub level: Option<u8>,
}

impl ApiError {
    /// An error with a status, type, code and message.
    pub fn new(
        status: StatusCode,
        kind: &'static str,
        code: impl Into<String>,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError(Box::new(ErrorInfo {
            status,
            kind,
            code: code.into(),
            message: message.into(),
            param: None,
            rules: Vec::new(),
            categories: Vec::new(),
            record: None,
            level: None,
        }))
    }

    /// 400 `invalid_request_error`.
    pub fn bad_request(lang: Lang, code: &str, sv: &str, en: &str) -> ApiError {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            code,
            lang.pick(sv, en),
        )
    }

    /// 400 for a field of the wrong type or missing.
    pub fn bad_field(lang: Lang, param: &str, sv: &str, en: &str) -> ApiError {
        let mut e = ApiError::bad_request(lang, "invalid_type", sv, en);
        e.param = Some(param.to_string());
        e
    }

    /// 401 for a missing or unknown key.
    pub fn unauthorized(lang: Lang) -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "authentication_error",
            "invalid_api_key",
            lang.pick(
                "Saknad eller ogiltig API-nyckel. Skicka `Authorization: Bearer <nyckel>`; en administratör skapar nycklar med `vakt keys create`.",
                "Missing or invalid API key. Send `Authorization: Bearer <key>`; an administrator creates keys with `vakt keys create`.",
            ),
        )
    }

    /// 413 for a body over the limit.
    pub fn too_large(lang: Lang, limit: usize) -> ApiError {
        let (sv, en) = (
            format!("Förfrågan är för stor (gränsen är {limit} byte). Korta texten eller dela upp den."),
            format!("The request is too large (the limit is {limit} bytes). Shorten the text or split it."),
        );
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "invalid_request_error",
            "request_too_large",
            lang.pick(&sv, &en).to_string(),
        )
    }

    /// 503 when the record store cannot write: nothing is forwarded (fail closed).
    pub fn store_unavailable(lang: Lang) -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "service_unavailable",
            "records_unavailable",
            lang.pick(
                "Förfrågan kunde inte diarieföras och skickades därför inte vidare. Försök igen om en stund eller kontakta IT-supporten.",
                "The request could not be recorded and was therefore not forwarded. Try again shortly or contact IT support.",
            ),
        )
    }

    /// 502 for an upstream that failed.
    pub fn bad_gateway(lang: Lang, code: &str) -> ApiError {
        ApiError::new(
            StatusCode::BAD_GATEWAY,
            "upstream_error",
            code,
            lang.pick(
                "AI-tjänsten svarade inte som väntat. Försök igen om en stund; kvarstår felet, kontakta IT-supporten.",
                "The AI service did not answer as expected. Try again shortly; if it persists, contact IT support.",
            ),
        )
    }

    /// 504 for an upstream that was too slow.
    pub fn gateway_timeout(lang: Lang) -> ApiError {
        ApiError::new(
            StatusCode::GATEWAY_TIMEOUT,
            "upstream_error",
            "upstream_timeout",
            lang.pick(
                "AI-tjänsten svarade inte i tid. Försök igen med en kortare fråga eller senare.",
                "The AI service did not answer in time. Try again with a shorter question or later.",
            ),
        )
    }

    /// 404 for a route that does not exist.
    pub fn not_found(lang: Lang) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "invalid_request_error",
            "not_found",
            lang.pick("Sökvägen finns inte.", "No such route."),
        )
    }

    /// 405 for a wrong method.
    pub fn method_not_allowed(lang: Lang) -> ApiError {
        ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "invalid_request_error",
            "method_not_allowed",
            lang.pick(
                "Metoden stöds inte för den här sökvägen.",
                "Method not allowed for this route.",
            ),
        )
    }

    /// 500 for our own fault (never for a client's mistake).
    pub fn internal(lang: Lang) -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "internal_error",
            lang.pick(
                "Ett internt fel uppstod. Kontakta IT-supporten.",
                "An internal error occurred. Contact IT support.",
            ),
        )
    }

    /// The JSON body.
    pub fn body(&self) -> Value {
        let mut e = json!({
            "type": self.kind,
            "code": self.code,
            "message": self.message,
            "param": self.param,
        });
        if self.kind == "policy_violation" || !self.rules.is_empty() {
            e["rules"] = json!(self.rules);
            e["categories"] = json!(self.categories);
        }
        if let Some(r) = &self.record {
            e["record"] = json!(r);
        }
        json!({ "error": e })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.body()).unwrap_or_default();
        let mut resp = (
            self.status,
            [(
                axum::http::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            body,
        )
            .into_response();
        let h = resp.headers_mut();
        if let Some(r) = self
            .record
            .as_deref()
            .and_then(|r| HeaderValue::from_str(r).ok())
        {
            h.insert("x-vakt-record", r);
        }
        if let Some(l) = self.level {
            h.insert("x-vakt-level", HeaderValue::from(l as u16));
        }
        if self.kind == "policy_violation" {
            h.insert("x-vakt-decision", HeaderValue::from_static("refused"));
        }
        resp
    }
}
