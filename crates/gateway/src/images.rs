//! `POST /v1/images/generations` (GBG-7, R002-4, BOT-5): the prompt goes through the same
//! policy and records as a chat message; every image the AI system returns is labelled
//! before it leaves: IPTC Digital Source Type `trainedAlgorithmicMedia` and "Bild genererad
//! av AI (<system>)" written as XMP into the PNG, JPEG or WebP file (pixels untouched, see
//! vakt-label).
//!
//! What the client gets, per item of `data`:
//! - `b64_json`: the labelled image. An upstream that answers with `url` has the image
//!   fetched by the gateway (the pooled client, http/https only, at most [`MAX_IMAGE`]
//!   bytes, the total timeout) and returned labelled as `b64_json` instead; `url` is removed,
//!   since the image behind it carries no label.
//! - `vakt_alt_text`: a suggested alt text that says the image is AI-generated
//!   ("AI-genererad bild: <prompt summary>"), from the prompt as it was sent (masked when
//!   the request was masked).
//! - `vakt_media_type`: the image's media type.
//!
//! An image that cannot be fetched, decoded from base64 or labelled is never passed on
//! unlabelled: the whole request fails with 502 `image_not_labelled` (fail closed), and the
//! record and an incident say why. `stream: true` is refused (a partial image cannot be
//! labelled).

use crate::chat_request::{self, model_of, Attachments};
use crate::error::{ApiError, Lang};
use crate::guard::{self, Verdict};
use crate::labels::Labels;
use crate::metrics::DecisionKind;
use crate::pipeline;
use crate::records::{self, Outcome};
use crate::routes::{authenticate, read_body};
use crate::state::AppState;
use crate::upstream::{self, UpstreamError};
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use bytes::Bytes;
use serde_json::{Map, Value};
use sha2::Digest as _;
use vakt_config::{Caller, SystemConfig};

/// The largest image fetched from a URL the upstream returns.
pub const MAX_IMAGE: usize = 32 << 20;

/// The longest prompt summary in an alt text (characters).
const ALT_SUMMARY: usize = 120;

/// A labelled images answer.
pub struct ImagesAnswer {
    /// Labels (headers).
    pub labels: Labels,
    /// The response body.
    pub body: Bytes,
}

/// The route handler.
pub async fn handler(State(state): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let lang = Lang::from_headers(&headers);
    let r = async {
        let caller = authenticate(&state, &headers, lang).await?;
        let bytes = read_body(&state, &headers, body, lang).await?;
        let map = chat_request::parse_object(&bytes, lang)?;
        drop(bytes);
        let a = generate(&state, &caller, map, lang).await?;
        Ok::<_, ApiError>(crate::routes::json_answer(a.body, &a.labels))
    }
    .await;
    r.unwrap_or_else(IntoResponse::into_response)
}

fn system<'a>(
    state: &'a AppState,
    caller: &Caller,
    model: &str,
    lang: Lang,
) -> Result<&'a SystemConfig, ApiError> {
    let (status, kind, code, sv, en) = match state.config.system(model) {
        Some(s) if crate::pipeline::may_use(caller, s) => return Ok(s),
        Some(_) => (
            StatusCode::FORBIDDEN,
            "permission_error",
            "system_not_permitted",
            format!("Din nämnd ({}) får inte använda AI-systemet `{model}`. `GET /v1/models` visar de system du får använda.", caller.authority),
            format!("Your authority ({}) may not use the AI system `{model}`. `GET /v1/models` lists the systems you may use.", caller.authority),
        ),
        None => (
            StatusCode::NOT_FOUND,
            "invalid_request_error",
            "model_not_found",
            format!("AI-systemet `{model}` finns inte i registret. `GET /v1/models` visar de system du får använda."),
            format!("The AI system `{model}` is not in the register. `GET /v1/models` lists the systems you may use."),
        ),
    };
    let mut e = ApiError::new(status, kind, code, lang.pick(&sv, &en).to_string());
    e.param = Some("model".into());
    Err(e)
}

/// "AI-genererad bild: <the prompt, whitespace collapsed, cut at a word near 120 characters>".
pub fn alt_text(prompt: &str, lang: Lang) -> String {
    let words: Vec<&str> = prompt.split_whitespace().collect();
    let mut summary = String::new();
    for w in &words {
        let len = summary.chars().count() + w.chars().count() + 1;
        if len > ALT_SUMMARY {
            if summary.is_empty() {
                summary = w.chars().take(ALT_SUMMARY).collect();
            }
            summary.push('…');
            break;
        }
        if !summary.is_empty() {
            summary.push(' ');
        }
        summary.push_str(w);
    }
    let prefix = lang.pick("AI-genererad bild", "AI-generated image");
    if summary.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}: {summary}")
    }
}

/// `{upstream}/images/generations`, beside the system's chat URL.
fn images_url(route: &upstream::Route) -> Option<reqwest::Url> {
    let chat = route.chat_url.as_str();
    let base = chat.strip_suffix("chat/completions")?;
    reqwest::Url::parse(&format!("{base}images/generations")).ok()
}

/// Why an image could not be labelled.
struct LabelFailure(String);

/// Fetches an image the upstream pointed at, within [`MAX_IMAGE`] and the total timeout.
async fn fetch(state: &AppState, url: &str) -> Result<Vec<u8>, LabelFailure> {
    let u = reqwest::Url::parse(url).map_err(|_| LabelFailure("invalid image url".into()))?;
    if u.scheme() != "http" && u.scheme() != "https" {
        return Err(LabelFailure(format!(
            "image url scheme `{}` not allowed",
            u.scheme()
        )));
    }
    let resp = state
        .upstream
        .client()
        .get(u)
        .timeout(state.upstream.total_timeout())
        .send()
        .await
        .map_err(|e| LabelFailure(format!("image fetch failed: {}", upstream::short(&e))))?;
    if !resp.status().is_success() {
        return Err(LabelFailure(format!(
            "image fetch answered {}",
            resp.status().as_u16()
        )));
    }
    if resp.content_length().is_some_and(|n| n > MAX_IMAGE as u64) {
        return Err(LabelFailure("image larger than the limit".into()));
    }
    let mut resp = resp;
    let mut out = Vec::new();
    while let Some(chunk) = resp
        .chunk()
        .await
        .map_err(|e| LabelFailure(format!("image fetch failed: {}", upstream::short(&e))))?
    {
        if out.len() + chunk.len() > MAX_IMAGE {
            return Err(LabelFailure("image larger than the limit".into()));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// Labels every image of an upstream answer in place; the record's summary of them.
async fn label_all(
    state: &AppState,
    v: &mut Value,
    label: &vakt_label::Label,
    alt: &str,
    restore: Option<&guard::Restore>,
) -> Result<String, LabelFailure> {
    let Some(items) = v.get_mut("data").and_then(Value::as_array_mut) else {
        return Err(LabelFailure("the answer has no `data` list".into()));
    };
    if items.is_empty() {
        return Err(LabelFailure("the answer has no images".into()));
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut summary = Vec::with_capacity(items.len());
    for (i, item) in items.iter_mut().enumerate() {
        let Some(obj) = item.as_object_mut() else {
            return Err(LabelFailure(format!("image {i} is not an object")));
        };
        let raw = match (obj.get("b64_json"), obj.get("url")) {
            (Some(Value::String(s)), _) => b64
                .decode(s.trim())
                .map_err(|_| LabelFailure(format!("image {i}: b64_json is not base64")))?,
            (_, Some(Value::String(u))) => fetch(state, u).await?,
            _ => {
                return Err(LabelFailure(format!(
                    "image {i} has neither b64_json nor url"
                )))
            }
        };
        let l = vakt_label::label_image(&raw, label)
            .map_err(|e| LabelFailure(format!("image {i}: {e}")))?;
        let sha = hex::encode(sha2::Sha256::digest(&l.bytes));
        obj.remove("url");
        obj.insert("b64_json".into(), Value::String(b64.encode(&l.bytes)));
        obj.insert("vakt_alt_text".into(), Value::String(alt.to_string()));
        obj.insert(
            "vakt_media_type".into(),
            Value::String(l.format.mime().to_string()),
        );
        if let (Some(r), Some(Value::String(rp))) = (restore, obj.get_mut("revised_prompt")) {
            *rp = r.restore(rp);
        }
        summary.push(format!(
            "bild {}: {}, {} byte, sha256 {sha}, märkt \"{}\"",
            i + 1,
            l.format.mime(),
            l.bytes.len(),
            label.image_description()
        ));
    }
    Ok(summary.join("\n"))
}

fn not_labelled(lang: Lang) -> ApiError {
    ApiError::new(
        StatusCode::BAD_GATEWAY,
        "upstream_error",
        "image_not_labelled",
        lang.pick(
            "Bilden från AI-tjänsten kunde inte AI-märkas och lämnas därför inte ut (GBG-7). Försök igen; kvarstår felet, kontakta IT-supporten.",
            "The image from the AI service could not be labelled as AI-generated and is therefore not returned (GBG-7). Try again; if it persists, contact IT support.",
        ),
    )
}

/// Checks, records and forwards an image generation request, and labels every image.
pub async fn generate(
    state: &AppState,
    caller: &Caller,
    mut body: Map<String, Value>,
    lang: Lang,
) -> Result<ImagesAnswer, ApiError> {
    let model = model_of(&body, lang)?;
    let prompt = match body.get("prompt") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        _ => {
            return Err(ApiError::bad_field(
                lang,
                "prompt",
                "Fältet `prompt` ska vara en text som beskriver bilden.",
                "Field `prompt` must be a text describing the image.",
            ))
        }
    };
    if body
        .get("stream")
        .is_some_and(|s| !matches!(s, Value::Bool(false) | Value::Null))
    {
        return Err(ApiError::bad_request(
            lang,
            "stream_not_supported",
            "Bilder kan inte strömmas genom vakt: varje bild AI-märks innan den lämnas ut. Ta bort `stream`.",
            "Images cannot be streamed through vakt: every image is labelled before it is returned. Remove `stream`.",
        ));
    }
    let sys = system(state, caller, &model, lang)?.clone();
    let checked = guard::check(
        state,
        caller,
        &sys,
        &[prompt.as_str()],
        Attachments::default(),
        false,
        lang,
    );
    let (decision, kind, sent) = match &checked.verdict {
        Verdict::Refused(r) => {
            let message = format!(
                "bildförfrågan avvisad ({}): nivå {}, kategorier {}",
                r.code,
                checked.level,
                checked.categories.join(", ")
            );
            return Err(
                pipeline::refuse(state, caller, &sys.id, &prompt, &checked, r, message).await,
            );
        }
        Verdict::Masked { texts } => {
            let Some(m) = texts.first() else {
                return Err(ApiError::internal(lang));
            };
            body.insert("prompt".into(), Value::String(m.clone()));
            ("masked", DecisionKind::Masked, m.clone())
        }
        Verdict::Allowed => ("allowed", DecisionKind::Allowed, prompt.clone()),
    };
    let labels = pipeline::begin_forwarded(
        state,
        caller,
        &sys.id,
        &checked,
        (decision, kind),
        &prompt,
        &sent,
        lang,
    )
    .await?;
    let id = labels.record.clone();
    body.insert("model".into(), Value::String(sys.model.clone()));
    let route = state.upstream.route_of(&sys.id);
    let url = route.and_then(|r| images_url(r).map(|u| (u, r.auth.as_ref())));
    let res = pipeline::post_json(state, url.as_ref().map(|(u, a)| (u, *a)), &body).await;
    let raw = match res {
        Ok(b) => b,
        Err(err) => {
            return Err(pipeline::upstream_failed(state, caller, &sys.id, &id, &err, lang).await)
        }
    };
    let tool = vakt_label::Label::new(Some(&sys.name))
        .or_else(|_| vakt_label::Label::new(Some(&sys.id)))
        .unwrap_or_default();
    let alt = alt_text(&sent, lang);
    let mut v: Value = match serde_json::from_slice(&raw) {
        Ok(v) => v,
        Err(_) => {
            let err = UpstreamError::Unreachable("the upstream's answer is not JSON".into());
            return Err(pipeline::upstream_failed(state, caller, &sys.id, &id, &err, lang).await);
        }
    };
    let restore = checked.restorer();
    match label_all(state, &mut v, &tool, &alt, restore.as_ref()).await {
        Ok(summary) => {
            let response = format!("{summary}\nalt-text: {alt}");
            records::complete(state, &id, Some(&response), 200, Outcome::Completed).await;
            let body = serde_json::to_vec(&v).map_err(|_| ApiError::internal(lang))?;
            Ok(ImagesAnswer {
                labels,
                body: Bytes::from(body),
            })
        }
        Err(LabelFailure(why)) => {
            state.metrics.upstream_error();
            let why = format!("image not labelled: {why}");
            records::complete(state, &id, None, 502, Outcome::UpstreamError(why.clone())).await;
            records::incident(
                state,
                records::IncidentReport {
                    caller,
                    system: &sys.id,
                    kind: "label_error",
                    severity: vakt_store::Severity::Medium,
                    rules: &["GBG-7".to_string()],
                    message: why,
                    record: Some(&id),
                },
            )
            .await;
            let mut e = not_labelled(lang);
            e.record = Some(id);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alt_text_summarises_the_prompt() {
        assert_eq!(
            alt_text("  En  katt\npå ett tak ", Lang::Sv),
            "AI-genererad bild: En katt på ett tak"
        );
        let long = "ord ".repeat(100);
        let a = alt_text(&long, Lang::En);
        assert!(a.starts_with("AI-generated image: ord ord"));
        assert!(a.ends_with('…'));
        assert!(a.chars().count() <= "AI-generated image: ".len() + ALT_SUMMARY + 1);
        let one = "x".repeat(500);
        assert_eq!(
            alt_text(&one, Lang::Sv).chars().count(),
            19 + ALT_SUMMARY + 1
        );
    }
}
