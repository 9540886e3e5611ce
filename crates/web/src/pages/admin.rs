//! Pages for records, incidents and statistics.
//!
//! Who sees what (CONTRACT.md roles): an employee (`user`) sees only their own records; an
//! administrator and a registrar see their authority's records (the store enforces this for
//! every query, by the viewer). Export with masking and disposal (gallring) are for the
//! registrar and the administrator. Incidents are for the administrator (the security
//! coordinator) and are grouped per authority. Statistics are for both.

use crate::backend::WebState;
use crate::i18n::Lang;
use crate::layout::{csrf_field, denied, notice, page, page_status};
use crate::session::Ctx;
use axum::extract::{Form, Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, NaiveDate, Utc};
use maud::{html, Markup};
use serde::Deserialize;
use std::collections::BTreeMap;
use vakt_config::Role;
use vakt_store::{RecordId, RecordView, SearchQuery};

/// The admin routes.
pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/records", get(records))
        .route("/records/export", get(export))
        .route("/records/purge", post(purge))
        .route("/records/{id}", get(record))
        .route("/incidents", get(incidents))
        .route("/stats", get(stats))
}

const STAFF: &[Role] = &[Role::Admin, Role::Registrar];

/// The search form's fields.
#[derive(Deserialize, Default, Clone)]
pub struct Search {
    #[serde(default)]
    text: String,
    #[serde(default)]
    user: String,
    #[serde(default)]
    system: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    min_level: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    format: String,
    #[serde(default)]
    mask: String,
}

fn day(s: &str, end: bool) -> Option<DateTime<Utc>> {
    let d = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()?;
    let t = if end {
        d.and_hms_opt(23, 59, 59)?
    } else {
        d.and_hms_opt(0, 0, 0)?
    };
    Some(t.and_utc())
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

impl Search {
    fn query(&self, limit: usize) -> SearchQuery {
        SearchQuery {
            text: opt(&self.text),
            user: opt(&self.user),
            system: opt(&self.system),
            decision: opt(&self.decision),
            min_level: self.min_level.trim().parse().ok(),
            from: day(&self.from, false),
            to: day(&self.to, true),
            limit: Some(limit),
            ..SearchQuery::default()
        }
    }

    fn query_string(&self) -> String {
        let mut s = String::new();
        for (k, v) in [
            ("text", &self.text),
            ("user", &self.user),
            ("system", &self.system),
            ("decision", &self.decision),
            ("min_level", &self.min_level),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            if !v.trim().is_empty() {
                s.push('&');
                s.push_str(k);
                s.push('=');
                s.push_str(&urlencode(v.trim()));
            }
        }
        s
    }
}

fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn decision_name(l: Lang, d: &str) -> &'static str {
    match d {
        "allowed" => l.t("tillåten", "allowed"),
        "masked" => l.t("maskerad", "masked"),
        "refused" => l.t("stoppad", "refused"),
        _ => l.t("okänd", "unknown"),
    }
}

fn search_form(ctx: &Ctx, q: &Search) -> Markup {
    let l = ctx.lang;
    let staff = ctx.has_role(STAFF);
    html! {
        form method="get" action="/records" #search-form role="search" aria-label=(l.t("Sök i diariet", "Search the records")) {
            div.filters {
                div.field { label for="q-text" { (l.t("Fritext", "Text")) } input #q-text type="search" name="text" value=(q.text); }
                @if staff { div.field { label for="q-user" { (l.t("Användare", "User")) } input #q-user type="text" name="user" value=(q.user); } }
                div.field { label for="q-system" { (l.t("System", "System")) } input #q-system type="text" name="system" value=(q.system); }
                div.field {
                    label for="q-decision" { (l.t("Beslut", "Decision")) }
                    select #q-decision name="decision" {
                        option value="" { (l.t("alla", "all")) }
                        @for d in ["allowed", "masked", "refused"] {
                            option value=(d) selected[q.decision == d] { (decision_name(l, d)) }
                        }
                    }
                }
                div.field {
                    label for="q-level" { (l.t("Lägsta nivå", "Lowest level")) }
                    select #q-level name="min_level" {
                        option value="" { (l.t("alla", "all")) }
                        @for n in 0..=4u8 { option value=(n) selected[q.min_level == n.to_string()] { (n) } }
                    }
                }
                div.field { label for="q-from" { (l.t("Från och med", "From")) } input #q-from type="date" name="from" value=(q.from); }
                div.field { label for="q-to" { (l.t("Till och med", "To")) } input #q-to type="date" name="to" value=(q.to); }
            }
            p { button type="submit" { (l.t("Sök", "Search")) } }
        }
    }
}

/// `GET /records`
pub async fn records(State(st): State<WebState>, ctx: Ctx, Query(q): Query<Search>) -> Response {
    let Some(viewer) = ctx.caller.clone() else {
        return denied(&ctx);
    };
    let l = ctx.lang;
    let result = st.app.store.search(&q.query(200), &viewer).await;
    let staff = ctx.has_role(STAFF);
    let body = html! {
        p.lead {
            @if staff {
                (l.t("Varje fråga och svar som gått via vakt är en allmän handling (GBG-8). Här söker du, visar, lämnar ut med maskning och gallrar för din nämnd.",
                     "Every prompt and answer that passed vakt is a public record (GBG-8). Here you search, view, release with masking and dispose of records for your authority."))
            } @else {
                (l.t("Här ser du dina egna frågor och svar, som diarieförts som allmänna handlingar (GBG-8).",
                     "Here you see your own prompts and answers, recorded as public records (GBG-8)."))
            }
        }
        (search_form(&ctx, &q))
        @match &result {
            Err(e) => { (notice("error", &format!("{}: {e}", l.t("Diariet kunde inte läsas", "The records could not be read")))) }
            Ok(rows) => {
                h2 #hits-h { (l.t("Träffar", "Results")) " (" (rows.len()) ")" }
                @if rows.is_empty() {
                    p { (l.t("Inga handlingar matchar sökningen.", "No records match the search.")) }
                } @else {
                    div.scroll {
                        table #records-table aria-labelledby="hits-h" {
                            thead { tr {
                                th scope="col" { (l.t("Tid (UTC)", "Time (UTC)")) }
                                th scope="col" { (l.t("Nämnd", "Authority")) }
                                th scope="col" { (l.t("Användare", "User")) }
                                th scope="col" { (l.t("System", "System")) }
                                th scope="col" { (l.t("Beslut", "Decision")) }
                                th scope="col" { (l.t("Nivå", "Level")) }
                                th scope="col" { (l.t("Regler", "Rules")) }
                            } }
                            tbody {
                                @for r in rows {
                                    tr data-record=(r.id) data-decision=(r.decision) {
                                        td { a href={ "/records/" (r.id) } { (r.created_at.format("%Y-%m-%d %H:%M:%S")) } }
                                        td { (r.authority) }
                                        td { (r.user) }
                                        td { (r.system) }
                                        td { (decision_name(l, &r.decision)) @if r.disposed { " (" (l.t("gallrad", "disposed")) ")" } }
                                        td { (r.level) }
                                        td { (r.rules.join(", ")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if staff {
            h2 { (l.t("Lämna ut", "Release")) }
            p { (l.t("Exporten följer sökningen ovan. Med maskning ersätts det motorn hittar på nivå 2 eller högre med maskeringsmärken, för utlämnande av allmän handling.",
                     "The export follows the search above. With masking, what the engine finds at level 2 or above is replaced by masking marks, for releasing a public record.")) }
            ul.exports {
                li { a #export-jsonl-masked href={ "/records/export?format=jsonl&mask=1" (q.query_string()) } { (l.t("JSON Lines, maskerad", "JSON Lines, masked")) } }
                li { a #export-csv-masked href={ "/records/export?format=csv&mask=1" (q.query_string()) } { (l.t("CSV, maskerad", "CSV, masked")) } }
                li { a #export-jsonl href={ "/records/export?format=jsonl" (q.query_string()) } { (l.t("JSON Lines, omaskerad (för internt bruk)", "JSON Lines, unmasked (internal use)")) } }
            }
            h2 { (l.t("Gallra", "Dispose")) }
            (purge_form(&st, &ctx))
        }
    };
    page(&ctx, l.t("Diarium", "Records"), body)
}

fn purge_form(st: &WebState, ctx: &Ctx) -> Markup {
    let l = ctx.lang;
    let auth = ctx
        .caller
        .as_ref()
        .map(|c| c.authority.clone())
        .unwrap_or_default();
    let a = st.config.authority(&auth);
    let decision = a
        .and_then(|a| a.disposal_decision.clone())
        .unwrap_or_default();
    html! {
        p { (l.t("Gallring tar bort innehållet i handlingar som skapats före datumet; att de funnits och beslutet som gallringen stöder sig på finns kvar i kedjan. Gallring kräver stöd i lag eller ett beslut av arkivmyndigheten.",
                 "Disposal removes the content of records created before the date; that they existed and the decision the disposal cites stay in the chain. Disposal needs a basis in law or a decision of the archive authority.")) }
        form method="post" action="/records/purge" #purge-form {
            (csrf_field(ctx))
            div.filters {
                div.field { label for="p-before" { (l.t("Skapade före", "Created before")) } input #p-before type="date" name="before" required; }
                div.field { label for="p-decision" { (l.t("Gallringsbeslut", "Disposal decision")) } input #p-decision type="text" name="decision" required value=(decision); }
            }
            p { button type="submit" .secondary { (l.t("Gallra", "Dispose")) } " " (l.t("för nämnden", "for the authority")) " " strong { (auth) } }
        }
    }
}

/// The purge form.
#[derive(Deserialize)]
pub struct PurgeForm {
    csrf: String,
    before: String,
    decision: String,
}

/// `POST /records/purge`
pub async fn purge(State(st): State<WebState>, ctx: Ctx, Form(f): Form<PurgeForm>) -> Response {
    let Some(viewer) = ctx.caller.clone().filter(|_| ctx.has_role(STAFF)) else {
        return denied(&ctx);
    };
    let l = ctx.lang;
    if !ctx.csrf_ok(&f.csrf) {
        return denied(&ctx);
    }
    let (status, msg) = match (day(&f.before, false), opt(&f.decision)) {
        (Some(before), Some(decision)) => match st
            .app
            .store
            .purge(&viewer.authority, before, &decision, &viewer)
            .await
        {
            Ok(r) => (
                StatusCode::OK,
                notice(
                    "ok",
                    &match l {
                        Lang::Sv => format!(
                            "{} handlingar gallrades för {} med stöd av {}.",
                            r.disposed, r.authority, r.decision
                        ),
                        Lang::En => format!(
                            "{} records disposed of for {} citing {}.",
                            r.disposed, r.authority, r.decision
                        ),
                    },
                ),
            ),
            Err(e) => (
                StatusCode::FORBIDDEN,
                notice(
                    "error",
                    &format!(
                        "{}: {e}",
                        l.t("Gallringen gjordes inte", "Nothing was disposed of")
                    ),
                ),
            ),
        },
        _ => (
            StatusCode::BAD_REQUEST,
            notice(
                "error",
                l.t(
                    "Ange ett datum (ÅÅÅÅ-MM-DD) och gallringsbeslutet.",
                    "Give a date (YYYY-MM-DD) and the disposal decision.",
                ),
            ),
        ),
    };
    let body = html! { (msg) p { a href="/records" { (l.t("Tillbaka till diariet", "Back to the records")) } } };
    page_status(&ctx, status, l.t("Gallring", "Disposal"), body)
}

/// `GET /records/{id}`
pub async fn record(State(st): State<WebState>, ctx: Ctx, Path(id): Path<String>) -> Response {
    let Some(viewer) = ctx.caller.clone() else {
        return denied(&ctx);
    };
    let l = ctx.lang;
    let not_found = |ctx: &Ctx| {
        let body = html! { (notice("error", l.t("Handlingen finns inte, eller så får du inte se den.", "The record does not exist, or you may not see it."))) };
        page_status(ctx, StatusCode::NOT_FOUND, l.t("Handling", "Record"), body)
    };
    let Ok(rid) = id.parse::<RecordId>() else {
        return not_found(&ctx);
    };
    let r = match st.app.store.get_record(rid, &viewer).await {
        Ok(Some(r)) => r,
        Ok(None) => return not_found(&ctx),
        Err(e) => {
            let body = html! { (notice("error", &format!("{}: {e}", l.t("Diariet kunde inte läsas", "The records could not be read")))) };
            return page_status(
                &ctx,
                StatusCode::SERVICE_UNAVAILABLE,
                l.t("Handling", "Record"),
                body,
            );
        }
    };
    let none = l.t("(inget)", "(none)");
    let body = html! {
        dl #record data-record=(r.id) {
            dt { (l.t("Id", "Id")) } dd { code { (r.id) } }
            dt { (l.t("Tid (UTC)", "Time (UTC)")) } dd { (r.created_at.format("%Y-%m-%d %H:%M:%S")) }
            dt { (l.t("Nämnd", "Authority")) } dd { (r.authority) }
            dt { (l.t("Användare", "User")) } dd { (r.user) }
            dt { (l.t("System", "System")) } dd { (r.system) }
            dt { (l.t("Beslut", "Decision")) } dd data-decision=(r.decision) { (decision_name(l, &r.decision)) }
            dt { (l.t("Nivå", "Level")) } dd { (r.level) }
            dt { (l.t("Regler", "Rules")) } dd { (if r.rules.is_empty() { none.to_string() } else { r.rules.join(", ") }) }
            dt { (l.t("Kategorier", "Categories")) } dd { (if r.categories.is_empty() { none.to_string() } else { r.categories.join(", ") }) }
            dt { (l.t("Kedjans hash", "Chain hash")) } dd { code { (r.hash) } }
        }
        @if r.disposed {
            (notice("info", l.t("Innehållet är gallrat.", "The content has been disposed of.")))
        } @else {
            h2 { (l.t("Frågan som den skickades av användaren", "The request as the user sent it")) }
            pre.marked { (r.request.as_deref().unwrap_or(none)) }
            h2 { (l.t("Det som lämnade till AI-systemet", "What left for the AI system")) }
            pre.marked { (r.sent.as_deref().unwrap_or(l.t("(inget – stoppad)", "(nothing – refused)"))) }
            h2 { (l.t("Svaret", "The answer")) }
            pre.marked { (r.response.as_deref().unwrap_or(none)) }
        }
        p { a href="/records" { (l.t("Tillbaka till diariet", "Back to the records")) } }
    };
    page(&ctx, l.t("Handling", "Record"), body)
}

/// Masks what the engine finds at level 2 or above, for release (CONTRACT.md `--mask`).
fn mask_for_release(st: &WebState, text: &str) -> String {
    let a = st.analyze(text);
    let keep: Vec<_> = a
        .findings
        .into_iter()
        .filter(|f| f.level.as_u8() >= 2)
        .collect();
    vakt_policy::Masker::new().mask_findings(text, &keep, true)
}

fn export_row(st: &WebState, r: &RecordView, mask: bool) -> serde_json::Value {
    let m = |t: &Option<String>| -> serde_json::Value {
        match t {
            Some(t) if mask => mask_for_release(st, t).into(),
            Some(t) => t.clone().into(),
            None => serde_json::Value::Null,
        }
    };
    serde_json::json!({
        "id": r.id.to_string(),
        "created_at": r.created_at.to_rfc3339(),
        "authority": r.authority,
        "user": r.user,
        "system": r.system,
        "decision": r.decision,
        "rules": r.rules,
        "level": r.level,
        "categories": r.categories,
        "request": m(&r.request),
        "sent": m(&r.sent),
        "response": m(&r.response),
        "disposed": r.disposed,
        "masked": mask,
    })
}

fn csv_field(s: &str) -> String {
    // Quote every field; a leading =,+,-,@ is prefixed so spreadsheets do not run it.
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// `GET /records/export?format=jsonl|csv&mask=1&…` (the search's filters).
pub async fn export(State(st): State<WebState>, ctx: Ctx, Query(q): Query<Search>) -> Response {
    let Some(viewer) = ctx.caller.clone().filter(|_| ctx.has_role(STAFF)) else {
        return denied(&ctx);
    };
    let l = ctx.lang;
    let mask = matches!(q.mask.as_str(), "1" | "true" | "on" | "yes");
    let csv = q.format == "csv";
    if !csv && !q.format.is_empty() && q.format != "jsonl" {
        let body = html! { (notice("error", l.t("Formatet ska vara jsonl eller csv.", "The format must be jsonl or csv."))) };
        return page_status(&ctx, StatusCode::BAD_REQUEST, l.t("Export", "Export"), body);
    }
    let mut query = q.query(100_000);
    query.oldest_first = true;
    let rows = match st.app.store.search(&query, &viewer).await {
        Ok(r) => r,
        Err(e) => {
            let body = html! { (notice("error", &format!("{}: {e}", l.t("Diariet kunde inte läsas", "The records could not be read")))) };
            return page_status(
                &ctx,
                StatusCode::SERVICE_UNAVAILABLE,
                l.t("Export", "Export"),
                body,
            );
        }
    };
    let st2 = st.clone();
    let out = tokio::task::spawn_blocking(move || {
        let mut out = String::new();
        if csv {
            out.push_str("id,created_at,authority,user,system,decision,rules,level,categories,request,sent,response\n");
        }
        for r in &rows {
            let v = export_row(&st2, r, mask);
            if csv {
                let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
                let fields = [
                    s("id"),
                    s("created_at"),
                    s("authority"),
                    s("user"),
                    s("system"),
                    s("decision"),
                    r.rules.join(" "),
                    r.level.to_string(),
                    r.categories.join(" "),
                    s("request"),
                    s("sent"),
                    s("response"),
                ];
                out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
                out.push('\n');
            } else {
                out.push_str(&v.to_string());
                out.push('\n');
            }
        }
        out
    })
    .await
    .unwrap_or_default();
    let (ct, ext) = if csv {
        ("text/csv; charset=utf-8", "csv")
    } else {
        ("application/x-ndjson; charset=utf-8", "jsonl")
    };
    let name = format!(
        "vakt-diarium-{}{}.{ext}",
        Utc::now().format("%Y%m%d"),
        if mask { "-maskerad" } else { "" }
    );
    let mut r = out.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    ctx.apply(&mut r);
    r
}

/// The incidents filter.
#[derive(Deserialize, Default)]
pub struct IncidentFilter {
    #[serde(default)]
    authority: String,
}

/// `GET /incidents` (administrators).
pub async fn incidents(
    State(st): State<WebState>,
    ctx: Ctx,
    Query(f): Query<IncidentFilter>,
) -> Response {
    if !ctx.has_role(&[Role::Admin]) {
        return denied(&ctx);
    }
    let l = ctx.lang;
    let authority = opt(&f.authority);
    let list = st.app.store.incidents(authority.as_deref(), 500).await;
    let counts = st.app.store.incident_counts().await.unwrap_or_default();
    let mut per: BTreeMap<&str, u64> = BTreeMap::new();
    for c in &counts {
        *per.entry(c.authority.as_str()).or_default() += c.count;
    }
    let name_of = |id: &str| {
        st.config
            .authority(id)
            .map(|a| a.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let body = html! {
        p.lead { (l.t("Varje stoppad förfrågan och varje avvikelse är en incident (R002-7). De visas per nämnd.",
                      "Every refused request and every anomaly is an incident (R002-7). They are shown per authority.")) }
        h2 #per-h { (l.t("Per nämnd", "Per authority")) }
        @if per.is_empty() {
            p { (l.t("Inga incidenter.", "No incidents.")) }
        } @else {
            table aria-labelledby="per-h" #incident-counts {
                thead { tr { th scope="col" { (l.t("Nämnd", "Authority")) } th scope="col" { (l.t("Antal", "Count")) } } }
                tbody {
                    @for (a, n) in &per {
                        tr data-authority=(a) {
                            td { a href={ "/incidents?authority=" (urlencode(a)) } { (name_of(a)) } }
                            td { (n) }
                        }
                    }
                }
            }
        }
        h2 #list-h {
            (l.t("Senaste incidenterna", "Latest incidents"))
            @if let Some(a) = &authority { " – " (name_of(a)) }
        }
        @match &list {
            Err(e) => { (notice("error", &format!("{}: {e}", l.t("Incidenterna kunde inte läsas", "The incidents could not be read")))) }
            Ok(items) if items.is_empty() => { p { (l.t("Inga incidenter.", "No incidents.")) } }
            Ok(items) => {
                div.scroll {
                    table aria-labelledby="list-h" #incidents-table {
                        thead { tr {
                            th scope="col" { (l.t("Tid (UTC)", "Time (UTC)")) }
                            th scope="col" { (l.t("Nämnd", "Authority")) }
                            th scope="col" { (l.t("Allvar", "Severity")) }
                            th scope="col" { (l.t("Slag", "Kind")) }
                            th scope="col" { (l.t("Användare", "User")) }
                            th scope="col" { (l.t("System", "System")) }
                            th scope="col" { (l.t("Regler", "Rules")) }
                            th scope="col" { (l.t("Beskrivning", "Description")) }
                        } }
                        tbody {
                            @for i in items {
                                tr data-kind=(i.kind) {
                                    td { (i.created_at.format("%Y-%m-%d %H:%M:%S")) }
                                    td { (i.authority) }
                                    td { (i.severity.id()) }
                                    td { (i.kind) }
                                    td { (i.user.as_deref().unwrap_or("")) }
                                    td { (i.system.as_deref().unwrap_or("")) }
                                    td { (i.rules.join(", ")) }
                                    td {
                                        (i.message)
                                        @if let Some(r) = i.record_id { " " a href={ "/records/" (r) } { (l.t("handling", "record")) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    page(&ctx, l.t("Incidenter", "Incidents"), body)
}

/// `GET /stats` (administrators: every authority; registrars: their own).
pub async fn stats(State(st): State<WebState>, ctx: Ctx) -> Response {
    if !ctx.has_role(STAFF) {
        return denied(&ctx);
    }
    let l = ctx.lang;
    let Some(caller) = ctx.caller.clone() else {
        return denied(&ctx);
    };
    let authority = (caller.role != Role::Admin).then_some(caller.authority.as_str());
    let rows = st.app.store.stats_monthly(authority).await;
    let body = match rows {
        Err(e) => {
            html! { (notice("error", &format!("{}: {e}", l.t("Statistiken kunde inte läsas", "The statistics could not be read")))) }
        }
        Ok(rows) => {
            // month -> [allowed, masked, refused]
            let mut months: BTreeMap<String, [u64; 3]> = BTreeMap::new();
            for r in &rows {
                let e = months.entry(r.month.clone()).or_default();
                match r.decision.as_str() {
                    "allowed" => e[0] += r.count,
                    "masked" => e[1] += r.count,
                    _ => e[2] += r.count,
                }
            }
            html! {
                p.lead { (l.t("Förfrågningar per månad och beslut, för uppföljning (Digg, R002-7).", "Requests per month and decision, for follow-up (Digg, R002-7).")) }
                @if months.is_empty() {
                    p { (l.t("Ingen statistik ännu.", "No statistics yet.")) }
                } @else {
                    (chart(l, &months))
                    table #stats-table {
                        caption { (l.t("Förfrågningar per månad", "Requests per month")) }
                        thead { tr {
                            th scope="col" { (l.t("Månad", "Month")) }
                            th scope="col" { (decision_name(l, "allowed")) }
                            th scope="col" { (decision_name(l, "masked")) }
                            th scope="col" { (decision_name(l, "refused")) }
                            th scope="col" { (l.t("Totalt", "Total")) }
                        } }
                        tbody {
                            @for (m, c) in &months {
                                tr { th scope="row" { (m) } td { (c[0]) } td { (c[1]) } td { (c[2]) } td { (c[0] + c[1] + c[2]) } }
                            }
                        }
                    }
                }
            }
        }
    };
    page(&ctx, l.t("Statistik", "Statistics"), body)
}

/// Stacked bars per month as inline SVG (no script). The table below carries the same
/// figures for screen readers; the SVG has a title and description.
fn chart(l: Lang, months: &BTreeMap<String, [u64; 3]>) -> Markup {
    let n = months.len().max(1);
    let bar_w = 40u64;
    let gap = 24u64;
    let h = 200u64;
    let left = 40u64;
    let width = left + n as u64 * (bar_w + gap) + gap;
    let max = months
        .values()
        .map(|c| c[0] + c[1] + c[2])
        .max()
        .unwrap_or(1)
        .max(1);
    let classes = ["allowed", "masked", "refused"];
    html! {
        figure {
            svg.bars role="img" aria-labelledby="chart-title chart-desc" width=(width) height=(h + 50) viewBox={ "0 0 " (width) " " (h + 50) } {
                title #chart-title { (l.t("Förfrågningar per månad", "Requests per month")) }
                desc #chart-desc { (l.t("Staplar per månad: tillåtna (grön), maskerade (brun) och stoppade (röd). Samma siffror finns i tabellen nedan.", "Bars per month: allowed (green), masked (brown) and refused (red). The table below has the same figures.")) }
                line x1=(left - 4) y1="10" x2=(left - 4) y2=(h + 10) stroke="#1a1a1a" {}
                text x="0" y="20" { (max) }
                text x="0" y=(h + 10) { "0" }
                @for (i, (m, c)) in months.iter().enumerate() {
                    @let x = left + gap / 2 + i as u64 * (bar_w + gap);
                    @let mut y = h + 10;
                    @for k in 0..3 {
                        @let bh = c[k] * h / max;
                        @if bh > 0 {
                            @let top = y - bh;
                            rect class=(classes[k]) x=(x) y=(top) width=(bar_w) height=(bh) {
                                title { (m) ": " (c[k]) " " (decision_name(l, classes[k])) }
                            }
                            (set(&mut y, top))
                        }
                    }
                    text x=(x) y=(h + 30) { (m) }
                }
            }
            figcaption {
                span.ok { "■ " (decision_name(l, "allowed")) } " "
                span.warn { "■ " (decision_name(l, "masked")) } " "
                span.no { "■ " (decision_name(l, "refused")) }
            }
        }
    }
}

fn set(y: &mut u64, v: u64) -> Markup {
    *y = v;
    html! {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("a\"b"), "\"a\"\"b\"");
        assert_eq!(csv_field("=SUM(A1)"), "\"'=SUM(A1)\"");
    }

    #[test]
    fn dates_parse_to_day_bounds() {
        assert_eq!(
            day("2026-03-01", false).unwrap().to_rfc3339(),
            "2026-03-01T00:00:00+00:00"
        );
        assert_eq!(
            day("2026-03-01", true).unwrap().to_rfc3339(),
            "2026-03-01T23:59:59+00:00"
        );
        assert!(day("1 mars", false).is_none());
    }

    #[test]
    fn the_chart_has_one_bar_per_decision_present() {
        let mut m = BTreeMap::new();
        m.insert("2026-01".to_string(), [3, 1, 0]);
        m.insert("2026-02".to_string(), [0, 0, 2]);
        let svg = chart(Lang::Sv, &m).into_string();
        assert_eq!(svg.matches("<rect").count(), 3);
        assert!(svg.contains("role=\"img\""));
    }
}
