//! The check page (`/`): paste a text or upload a file, see what in it is sensitive, its
//! level with reasons, which of the register's systems may receive it, and a masked version
//! to copy. Works without login and stores nothing (see the crate docs).
//!
//! Without JavaScript the form posts and the whole page comes back with the result; with it,
//! the script posts the same form with `x-vakt-fragment: 1` and swaps in only the result.

use crate::backend::WebState;
use crate::highlight;
use crate::i18n::Lang;
use crate::layout::{csrf_field, notice, page, page_status};
use crate::session::Ctx;
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use vakt_detect::{Analysis, UseKind};

/// File types the upload accepts (the formats `vakt check` reads).
pub const ACCEPT: &str = ".txt,.md,.csv,.json,.html,.htm,.eml,.docx,.xlsx,.pptx,.odt,.ods,.pdf";

/// What was submitted.
#[derive(Default)]
struct Input {
    csrf: String,
    text: String,
    file_name: Option<String>,
    file: Option<Vec<u8>>,
}

async fn read_form(mut mp: Multipart) -> Result<Input, String> {
    let mut inp = Input::default();
    while let Some(field) = mp.next_field().await.map_err(|e| e.body_text())? {
        let name = field.name().unwrap_or("").to_string();
        match name.as_str() {
            "csrf" => inp.csrf = field.text().await.map_err(|e| e.body_text())?,
            "text" => inp.text = field.text().await.map_err(|e| e.body_text())?,
            "file" => {
                let fname = field.file_name().unwrap_or("").to_string();
                let bytes = field.bytes().await.map_err(|e| e.body_text())?;
                if !bytes.is_empty() {
                    inp.file_name = Some(fname);
                    inp.file = Some(bytes.to_vec());
                }
            }
            _ => {}
        }
    }
    Ok(inp)
}

fn form(ctx: &Ctx, text: &str) -> Markup {
    let l = ctx.lang;
    html! {
        p.lead {
            (l.t(
                "Klistra in en text eller välj en fil. vakt visar vad i texten som är känsligt, vilken informationsnivå den har och vilka AI-system som får ta emot den – innan du använder någon AI.",
                "Paste a text or choose a file. vakt shows what in the text is sensitive, its information level and which AI systems may receive it – before you use any AI."
            ))
        }
        @if ctx.caller.is_none() {
            p.hint {
                (l.t(
                    "Du behöver inte logga in för att granska. Granskningen sparas inte. Logga in för att se vilka system just din nämnd får använda.",
                    "You do not need to log in to check. Nothing is stored. Log in to see which systems your own authority may use."
                ))
            }
        }
        form #check-form method="post" action="/" enctype="multipart/form-data" {
            (csrf_field(ctx))
            div.field {
                label for="text" { (l.t("Text att granska", "Text to check")) }
                textarea #text name="text" rows="12" spellcheck="false" aria-describedby="text-help" { (text) }
                p #text-help .help { (l.t("Texten skickas bara till vakt, inte till något AI-system.", "The text is sent only to vakt, not to any AI system.")) }
            }
            div.field {
                label for="file" { (l.t("Eller välj en fil", "Or choose a file")) }
                input #file type="file" name="file" accept=(ACCEPT) aria-describedby="file-help";
                p #file-help .help { "txt, md, csv, json, html, eml, docx, xlsx, pptx, odt, ods, pdf" }
            }
            button #check-button type="submit" { (l.t("Granska", "Check")) }
        }
    }
}

/// `GET /`
pub async fn page_get(ctx: Ctx) -> Response {
    let l = ctx.lang;
    let body = html! {
        (form(&ctx, ""))
        div #result aria-live="polite" {}
    };
    page(&ctx, l.t("Granska text", "Check text"), body)
}

fn fragment_wanted(h: &HeaderMap) -> bool {
    h.get("x-vakt-fragment").is_some()
}

/// `POST /` (multipart form: `csrf`, `text`, `file`).
pub async fn submit(
    State(st): State<WebState>,
    ctx: Ctx,
    headers: HeaderMap,
    mp: Multipart,
) -> Response {
    let l = ctx.lang;
    let frag = fragment_wanted(&headers);
    let fail = |ctx: &Ctx, status: StatusCode, msg: String, text: &str| -> Response {
        if frag {
            let mut r = (status, notice("error", &msg)).into_response();
            ctx.apply(&mut r);
            r
        } else {
            let body = html! { (notice("error", &msg)) (form(ctx, text)) div #result aria-live="polite" {} };
            page_status(ctx, status, l.t("Granska text", "Check text"), body)
        }
    };
    let inp = match read_form(mp).await {
        Ok(i) => i,
        Err(e) => {
            return fail(
                &ctx,
                StatusCode::BAD_REQUEST,
                format!(
                    "{} ({e})",
                    l.t("Formuläret kunde inte läsas", "The form could not be read")
                ),
                "",
            )
        }
    };
    if !ctx.csrf_ok(&inp.csrf) {
        return fail(
            &ctx,
            StatusCode::FORBIDDEN,
            l.t(
                "Formuläret var för gammalt eller kom från en annan webbplats. Ladda om sidan och försök igen.",
                "The form was too old or came from another site. Reload the page and try again.",
            )
            .into(),
            &inp.text,
        );
    }
    let mut notes = Vec::new();
    let (text, source) = match (&inp.file, &inp.file_name) {
        (Some(bytes), Some(name)) => match st.extract(name, bytes) {
            Ok((t, n)) => {
                notes = n;
                (t, Some(name.clone()))
            }
            Err(e) => {
                let msg = format!(
                    "{}: {e}",
                    l.t("Filen kunde inte läsas", "The file could not be read")
                );
                return fail(&ctx, StatusCode::UNPROCESSABLE_ENTITY, msg, &inp.text);
            }
        },
        _ => (inp.text.clone(), None),
    };
    if text.trim().is_empty() {
        return fail(
            &ctx,
            StatusCode::BAD_REQUEST,
            l.t(
                "Skriv eller klistra in en text, eller välj en fil.",
                "Write or paste a text, or choose a file.",
            )
            .into(),
            "",
        );
    }
    let st2 = st.clone();
    let caller = ctx.caller.clone();
    let text2 = text.clone();
    let computed = tokio::task::spawn_blocking(move || {
        let t0 = std::time::Instant::now();
        let a = st2.analyze(&text2);
        let t1 = std::time::Instant::now();
        let masked = st2.mask(&text2, &a);
        let t2 = std::time::Instant::now();
        let verdicts = st2.verdicts(&masked, &a, caller.as_ref());
        let t3 = std::time::Instant::now();
        let ms = |a: std::time::Instant, b: std::time::Instant| (b - a).as_secs_f64() * 1000.0;
        let timing = format!(
            "analyze;dur={:.1}, mask;dur={:.1}, policy;dur={:.1}",
            ms(t0, t1),
            ms(t1, t2),
            ms(t2, t3)
        );
        (a, masked, verdicts, timing)
    })
    .await;
    let Ok((a, masked, verdicts, timing)) = computed else {
        return fail(
            &ctx,
            StatusCode::SERVICE_UNAVAILABLE,
            l.t(
                "Granskningen misslyckades; försök igen.",
                "The check failed; try again.",
            )
            .into(),
            &text,
        );
    };
    let t_render = std::time::Instant::now();
    let res = result(
        &ctx,
        &text,
        source.as_deref(),
        &notes,
        &a,
        &masked,
        &verdicts,
    );
    let timing = format!(
        "{timing}, render;dur={:.1}",
        t_render.elapsed().as_secs_f64() * 1000.0
    );
    if frag {
        let mut r = res.into_response();
        if let Ok(v) = axum::http::HeaderValue::from_str(&timing) {
            r.headers_mut().insert("server-timing", v);
        }
        r.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-store"),
        );
        ctx.apply(&mut r);
        return r;
    }
    let body = html! {
        (form(&ctx, if source.is_some() { "" } else { &text }))
        div #result aria-live="polite" { (res) }
    };
    page(&ctx, l.t("Granska text", "Check text"), body)
}

fn use_kind(l: Lang, k: UseKind) -> &'static str {
    match k {
        UseKind::Prohibited => l.t(
            "förbjuden användning (AI-förordningen art. 5)",
            "prohibited use (AI Act art. 5)",
        ),
        UseKind::HighRisk => l.t(
            "högriskanvändning (AI-förordningen bilaga III)",
            "high-risk use (AI Act Annex III)",
        ),
        UseKind::AutomatedDecision => l.t("automatiserat beslut", "automated decision"),
    }
}

/// The result section.
fn result(
    ctx: &Ctx,
    text: &str,
    source: Option<&str>,
    notes: &[String],
    a: &Analysis,
    masked: &str,
    verdicts: &[crate::backend::SystemVerdict],
) -> Markup {
    let l = ctx.lang;
    let lvl = a.level;
    html! {
        section #result-section aria-labelledby="result-h" {
            h2 #result-h tabindex="-1" { (l.t("Resultat", "Result")) @if let Some(s) = source { " – " (s) } }
            @for n in notes { (notice("info", n)) }
            p.level class={ "lvl" (lvl.as_u8()) } data-level=(lvl.as_u8()) {
                (l.t("Informationsnivå", "Information level")) " "
                strong { (lvl.as_u8()) " – " (l.level_name(lvl)) }
            }
            @if a.reasons.is_empty() {
                @if a.findings.is_empty() {
                    p { (l.t("Inga personuppgifter eller känsliga uppgifter hittades.", "No personal data or sensitive information was found.")) }
                }
            } @else {
                h3 { (l.t("Varför", "Why")) }
                ul.reasons { @for r in &a.reasons { li { (r) } } }
            }
            @if !a.uses.is_empty() {
                h3 { (l.t("Användning som AI-förordningen reglerar", "Uses the AI Act regulates")) }
                ul.uses {
                    @for u in &a.uses {
                        li data-use=(u.area.id()) {
                            strong { (use_kind(l, u.kind)) } ": "
                            q { (text.get(u.start..u.end).unwrap_or("")) }
                        }
                    }
                }
            }
            h3 { (l.t("Texten med markeringar", "The text with marks")) }
            (highlight::legend(l))
            div.marked #marked-text { (highlight::mark(text, &a.findings, l)) }
            @if !a.findings.is_empty() {
                h3 { (l.t("Fynd", "Findings")) " (" (a.findings.len()) ")" }
                ul.findings {
                    @for f in a.findings.iter().take(500) {
                        li { (highlight::label(f, l)) ": " q { (f.text(text)) } }
                    }
                }
            }
            h3 #systems-h { (l.t("AI-system som får ta emot texten", "AI systems that may receive the text")) }
            @if verdicts.is_empty() {
                p { (l.t("Registret har inga AI-system.", "The register has no AI systems.")) }
            } @else {
                ul.systems aria-labelledby="systems-h" {
                    @for v in verdicts {
                        li data-system=(v.system.id) data-allowed=(if v.allowed { "yes" } else if v.masked { "masked" } else { "no" }) {
                            strong { (v.system.name) } " "
                            @if v.allowed {
                                span.ok { (l.t("får ta emot texten", "may receive the text")) }
                            } @else if v.masked {
                                span.warn { (l.t("bara den maskerade versionen", "only the masked version")) }
                            } @else {
                                span.no { (l.t("får inte ta emot texten", "may not receive the text")) }
                            }
                            @if !v.rules.is_empty() && !v.allowed {
                                " (" (l.t("regel", "rule")) " " (v.rules.join(", ")) ")"
                            }
                        }
                    }
                }
                @if ctx.caller.is_none() {
                    p.hint { (l.t("Utan inloggning visas vad registret tillåter; beslut för din nämnd kan ge fler möjligheter.", "Without login this shows what the register allows; decisions for your authority may allow more.")) }
                }
            }
            h3 { label for="masked" { (l.t("Maskerad version", "Masked version")) } }
            textarea #masked readonly rows="8" { (masked) }
            button type="button" .copy data-copy="masked" { (l.t("Kopiera maskerad text", "Copy masked text")) }
            span.copied role="status" {}
        }
    }
}
