//! `POST /v1/embeddings`: the same checks as chat (the input texts are what leave), recorded
//! the same way; the vectors come back untouched. Token-id input cannot be checked and is
//! refused with a 400.

use crate::chat_request::{model_of, Attachments};
use crate::error::{ApiError, Lang};
use crate::guard::{self, Verdict};
use crate::labels::Labels;
use crate::metrics::DecisionKind;
use crate::pipeline;
use crate::records::{self, Outcome};
use crate::state::AppState;
use axum::http::StatusCode;
use bytes::Bytes;
use serde_json::{Map, Value};
use vakt_config::Caller;

/// An embeddings answer.
pub struct EmbedAnswer {
    /// Labels.
    pub labels: Labels,
    /// The upstream's body.
    pub body: Bytes,
}

fn inputs(body: &Map<String, Value>, lang: Lang) -> Result<Vec<String>, ApiError> {
    let bad = || {
        ApiError::bad_field(
            lang,
            "input",
            "Fältet `input` ska vara en text eller en lista av texter; token-id kan inte kontrolleras och tas inte emot.",
            "Field `input` must be a string or an array of strings; token ids cannot be checked and are not accepted.",
        )
    };
    match body.get("input") {
        Some(Value::String(s)) => Ok(vec![s.clone()]),
        Some(Value::Array(a)) if !a.is_empty() => a
            .iter()
            .map(|v| v.as_str().map(str::to_owned).ok_or_else(bad))
            .collect(),
        _ => Err(bad()),
    }
}

/// Checks, records and forwards an embeddings request.
pub async fn embed(
    state: &AppState,
    caller: &Caller,
    mut body: Map<String, Value>,
    lang: Lang,
) -> Result<EmbedAnswer, ApiError> {
    let model = model_of(&body, lang)?;
    let texts = inputs(&body, lang)?;
    let Some(sys) = state
        .config
        .system(&model)
        .filter(|s| crate::pipeline::may_use(caller, s))
    else {
        let mut e = ApiError::new(
            StatusCode::NOT_FOUND,
            "invalid_request_error",
            "model_not_found",
            lang.pick(
                "AI-systemet finns inte i registret eller får inte användas av din nämnd. `GET /v1/models` visar de system du får använda.",
                "The AI system is not in the register or not open to your authority. `GET /v1/models` lists the systems you may use.",
            ),
        );
        e.param = Some("model".into());
        return Err(e);
    };
    let sys = sys.clone();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let checked = guard::check(
        state,
        caller,
        &sys,
        &refs,
        Attachments::default(),
        false,
        lang,
    );
    let request = texts.join("\n\n");
    let (decision, kind, sent) = match &checked.verdict {
        Verdict::Refused(r) => {
            let message = format!("inbäddning avvisad ({}): nivå {}", r.code, checked.level);
            return Err(
                pipeline::refuse(state, caller, &sys.id, &request, &checked, r, message).await,
            );
        }
        Verdict::Masked { texts: masked } => {
            let v = if masked.len() == 1 && body.get("input").is_some_and(Value::is_string) {
                Value::String(masked[0].clone())
            } else {
                Value::Array(masked.iter().cloned().map(Value::String).collect())
            };
            body.insert("input".into(), v);
            ("masked", DecisionKind::Masked, masked.join("\n\n"))
        }
        Verdict::Allowed => ("allowed", DecisionKind::Allowed, request.clone()),
    };
    let labels = pipeline::begin_forwarded(
        state,
        caller,
        &sys.id,
        &checked,
        (decision, kind),
        &request,
        &sent,
        lang,
    )
    .await?;
    body.insert("model".into(), Value::String(sys.model.clone()));
    let route = state.upstream.route_of(&sys.id);
    let url = route.map(|r| (&r.embeddings_url, r.auth.as_ref()));
    match pipeline::post_json(state, url, &body).await {
        Ok(b) => {
            records::complete(
                state,
                &labels.record,
                Some("[embeddings]"),
                200,
                Outcome::Completed,
            )
            .await;
            Ok(EmbedAnswer { labels, body: b })
        }
        Err(err) => {
            Err(pipeline::upstream_failed(state, caller, &sys.id, &labels.record, &err, lang).await)
        }
    }
}
