//! The chat page: pick a system the caller may use, write, and get the answer streamed in,
//! marked "AI-genererat utkast". Every message goes through the gateway's own pipeline (the
//! same policy, masking and records as the API). A refusal explains itself with the rule ids
//! and, when the masked text would be allowed, offers to send that instead.
//!
//! With JavaScript the page posts JSON to `/chat/send` and reads the server-sent events as
//! they come; without it the form posts to `/chat` and the page comes back with the answer.

use crate::backend::{ChatFailure, WebState};
use crate::layout::{csrf_field, denied, notice, page, page_status};
use crate::session::Ctx;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use maud::{html, Markup};
use serde::Deserialize;
use serde_json::{json, Value};

/// The chat routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/chat", get(page_get).post(submit))
        .route("/chat/send", post(send))
}

fn chat_form(st: &WebState, ctx: &Ctx, selected: Option<&str>, message: &str) -> Markup {
    let l = ctx.lang;
    let systems = st.usable_systems(ctx.caller.as_ref());
    html! {
        @if systems.is_empty() {
            (notice("warn", l.t("Det finns inget AI-system som din nämnd får använda. Se AI-registret.", "There is no AI system your authority may use. See the AI register.")))
        }
        form #chat-form method="post" action="/chat" {
            (csrf_field(ctx))
            div.field {
                label for="system" { (l.t("AI-system", "AI system")) }
                select #system name="system" aria-describedby="system-help" {
                    @for s in &systems {
                        option value=(s.id) selected[selected == Some(s.id.as_str())] {
                            (s.name) " (" (l.t("nivå", "level")) " ≤ " (st.approved_level(s).unwrap_or(0)) ")"
                        }
                    }
                }
                p #system-help .help { (l.t("Nivån är den högsta informationsnivå systemet är godkänt för.", "The level is the highest information level the system is approved for.")) }
            }
            div.field {
                label for="message" { (l.t("Meddelande", "Message")) }
                textarea #message name="message" rows="5" required { (message) }
            }
            button type="submit" { (l.t("Skicka", "Send")) }
        }
    }
}

fn reminder(ctx: &Ctx) -> Markup {
    let l = ctx.lang;
    html! {
        p.hint { (l.t(
            "Allt du skickar kontrolleras mot organisationens regler och diarieförs som allmän handling. Svaren är AI-genererade utkast: granska fakta, ton och slagsida innan du använder dem – du ansvarar för resultatet.",
            "Everything you send is checked against the organisation's rules and recorded as a public record. Answers are AI-generated drafts: check facts, tone and bias before you use them – you are responsible for the result."
        )) }
    }
}

/// `GET /chat`
pub async fn page_get(State(st): State<WebState>, ctx: Ctx) -> Response {
    if ctx.caller.is_none() {
        return denied(&ctx);
    }
    let l = ctx.lang;
    let body = html! {
        (reminder(&ctx))
        h2 #log-h { (l.t("Samtal", "Conversation")) }
        div #chat-log .chat-log role="log" aria-live="polite" aria-labelledby="log-h" {}
        p #chat-status role="status" {}
        (chat_form(&st, &ctx, None, ""))
    };
    page(&ctx, l.t("Chatt", "Chat"), body)
}

/// The no-script chat form.
#[derive(Deserialize)]
pub struct ChatForm {
    csrf: String,
    system: String,
    message: String,
}

/// `POST /chat` (form; one question, one answer).
pub async fn submit(State(st): State<WebState>, ctx: Ctx, Form(f): Form<ChatForm>) -> Response {
    let Some(caller) = ctx.caller.clone() else {
        return denied(&ctx);
    };
    let l = ctx.lang;
    if !ctx.csrf_ok(&f.csrf) {
        return denied(&ctx);
    }
    let messages = vec![json!({"role": "user", "content": f.message})];
    let outcome = st.chat_once(&caller, l, &f.system, messages).await;
    let (status, answer) = match outcome {
        Ok(a) => (
            StatusCode::OK,
            html! {
                div.msg.user { p.label { (l.t("Du", "You")) } div.text { (f.message) } }
                div.msg.assistant data-decision=(a.decision) data-record=(a.record) {
                    p.label { (l.t("AI-genererat utkast", "AI-generated draft")) }
                    @if a.decision == "masked" {
                        p.hint { (l.t("Känsliga uppgifter maskerades innan texten skickades; svaret har återställts.", "Sensitive data was masked before the text was sent; the answer has been restored.")) }
                    }
                    div.text #answer-1 { (a.text) }
                }
            },
        ),
        Err(fail) => (
            StatusCode::from_u16(fail.status).unwrap_or(StatusCode::FORBIDDEN),
            refusal(&st, &ctx, &f.system, &f.message, &fail),
        ),
    };
    let body = html! {
        (reminder(&ctx))
        div #chat-log .chat-log role="log" { (answer) }
        (chat_form(&st, &ctx, Some(&f.system), ""))
    };
    page_status(&ctx, status, l.t("Chatt", "Chat"), body)
}

/// A refusal as HTML, for the no-script page.
fn refusal(st: &WebState, ctx: &Ctx, system: &str, message: &str, fail: &ChatFailure) -> Markup {
    let l = ctx.lang;
    let masked = st.masked_if_allowed(ctx.caller.as_ref(), system, message);
    html! {
        div.refusal role="alert" data-refusal=(fail.rules.join(" ")) {
            p { (fail.message) }
            @if !fail.rules.is_empty() { p { (l.t("Regel: ", "Rule: ")) (fail.rules.join(", ")) } }
            @if let Some(m) = masked {
                p { (l.t("Du kan skicka en maskerad version där de känsliga uppgifterna är ersatta:", "You can send a masked version with the sensitive data replaced:")) }
                form method="post" action="/chat" {
                    (csrf_field(ctx))
                    input type="hidden" name="system" value=(system);
                    input type="hidden" name="message" value=(m);
                    pre.masked-preview { (m) }
                    button type="submit" { (l.t("Skicka maskerad text", "Send masked text")) }
                }
            }
        }
    }
}

/// The JSON the chat script posts.
#[derive(Deserialize)]
pub struct SendBody {
    system: String,
    messages: Vec<Value>,
}

fn error_json(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        Json(json!({"error": {"type": "invalid_request_error", "code": code, "message": message}})),
    )
        .into_response()
}

/// `POST /chat/send` (JSON; answers with server-sent events, or the error JSON).
pub async fn send(
    State(st): State<WebState>,
    ctx: Ctx,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let l = ctx.lang;
    let Some(caller) = ctx.caller.clone() else {
        return error_json(
            StatusCode::UNAUTHORIZED,
            "not_logged_in",
            l.t(
                "Du är inte inloggad. Logga in igen.",
                "You are not logged in. Log in again.",
            ),
        );
    };
    let token = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ctx.csrf_ok(token) {
        return error_json(
            StatusCode::FORBIDDEN,
            "csrf",
            l.t(
                "Sidan är för gammal. Ladda om den och försök igen.",
                "The page is too old. Reload it and try again.",
            ),
        );
    }
    let Ok(b) = serde_json::from_slice::<SendBody>(&body) else {
        return error_json(
            StatusCode::BAD_REQUEST,
            "invalid_body",
            l.t(
                "Förfrågan kunde inte läsas.",
                "The request could not be read.",
            ),
        );
    };
    let last_user = b
        .messages
        .iter()
        .rev()
        .find(|m| m.get("role").and_then(Value::as_str) == Some("user"))
        .and_then(|m| m.get("content").and_then(Value::as_str))
        .unwrap_or("")
        .to_string();
    match st.chat_stream(&caller, l, &b.system, b.messages).await {
        Ok(r) => r,
        Err(fail) => {
            let mut err = fail.error.clone();
            if let Some(m) = st.masked_if_allowed(Some(&caller), &b.system, &last_user) {
                err["masked_text"] = Value::String(m);
            }
            let status = StatusCode::from_u16(fail.status).unwrap_or(StatusCode::FORBIDDEN);
            (status, Json(json!({ "error": err }))).into_response()
        }
    }
}
