//! The register of AI systems (R002-3), readable by every employee: each system, the level it
//! is approved for, on what assessment, and the decisions that open more for an authority.

use crate::backend::WebState;
use crate::i18n::Lang;
use crate::layout::page;
use crate::session::Ctx;
use axum::extract::State;
use axum::response::Response;
use maud::html;
use vakt_config::{DataLocation, DecisionKind, SystemKind};
use vakt_detect::Level;

fn kind(l: Lang, k: SystemKind) -> &'static str {
    match k {
        SystemKind::Public => l.t("publik tjänst", "public service"),
        SystemKind::Procured => l.t("upphandlad tjänst", "procured service"),
        SystemKind::Own => l.t("egen drift", "run in-house"),
    }
}

fn location(l: Lang, d: DataLocation) -> &'static str {
    match d {
        DataLocation::EuEea => l.t("inom EU/EES", "inside the EU/EEA"),
        DataLocation::ThirdCountry => l.t("tredje land", "third country"),
        DataLocation::Unknown => l.t("okänd", "unknown"),
    }
}

fn yes(l: Lang, b: bool) -> &'static str {
    if b {
        l.t("ja", "yes")
    } else {
        l.t("nej", "no")
    }
}

/// `GET /register`
pub async fn page_get(State(st): State<WebState>, ctx: Ctx) -> Response {
    let l = ctx.lang;
    let cfg = &st.config;
    let body = html! {
        p.lead { (l.t(
            "Här finns alla AI-system som organisationen har prövat, vilken informationsnivå varje system är godkänt för och på vilken riskbedömning. Använd bara system för information upp till den nivå som står här.",
            "These are the AI systems the organisation has assessed, the information level each is approved for, and on what risk assessment. Use a system only for information up to the level given here."
        )) }
        @if cfg.systems.is_empty() {
            p { (l.t("Registret har inga AI-system ännu.", "The register has no AI systems yet.")) }
        }
        @for s in &cfg.systems {
            @let eff = st.approved_level(s);
            @let eff_n = eff.unwrap_or(0);
            section.system aria-labelledby={ "sys-" (s.id) } data-system=(s.id) {
                h2 #{ "sys-" (s.id) } { (s.name) }
                dl {
                    dt { (l.t("Id (model i API:t)", "Id (model in the API)")) } dd { code { (s.id) } }
                    dt { (l.t("Typ", "Kind")) } dd { (kind(l, s.kind)) }
                    dt { (l.t("Godkänd för nivå", "Approved for level")) }
                    dd data-approved-level=(eff.map(|e| e.to_string()).unwrap_or_else(|| "none".into())) {
                        @if eff.is_some() {
                            strong { (eff_n) " – " (l.level_name(Level::from_u8(eff_n).unwrap_or(Level::L0))) }
                            @if eff_n < s.max_level { " (" (l.t("registrerat", "registered")) " " (s.max_level) "; " (l.t("begränsat av reglerna", "limited by the rules")) ")" }
                        } @else {
                            strong { (l.t("får inte användas", "may not be used")) }
                        }
                    }
                    dt { (l.t("Får ta emot", "May receive")) } dd { (st.receives_sv(s)) }
                    dt { (l.t("Riskbedömd", "Risk assessed")) }
                    dd {
                        (yes(l, s.risk_assessed))
                        @if let Some(d) = s.risk_assessment_date { ", " (d) }
                        @if let Some(b) = &s.risk_assessment_by { ", " (b) }
                    }
                    dt { (l.t("Konsekvensbedömning (DPIA)", "Impact assessment (DPIA)")) } dd { (yes(l, s.dpia_done)) }
                    dt { (l.t("Personuppgiftsbiträdesavtal", "Data processing agreement")) } dd { (yes(l, s.dpa_signed)) }
                    dt { (l.t("Var data behandlas", "Where data is processed")) } dd { (location(l, s.data_location)) }
                    @if let Some(p) = &s.provider { dt { (l.t("Leverantör", "Provider")) } dd { (p) } }
                    @if let Some(p) = &s.purpose { dt { (l.t("Ändamål", "Purpose")) } dd { (p) } }
                    @if let Some(p) = &s.legal_basis { dt { (l.t("Rättslig grund", "Legal basis")) } dd { (p) } }
                    @if let Some(p) = &s.controller { dt { (l.t("Personuppgiftsansvarig", "Controller")) } dd { (p) } }
                    dt { (l.t("Maskerad text", "Masked text")) } dd { (if s.allow_masked { l.t("skickas när originalet inte får", "sent when the original may not be") } else { l.t("skickas inte", "not sent") }) }
                    dt { (l.t("Nämnder", "Authorities")) }
                    dd { @if s.authorities.is_empty() { (l.t("alla", "all")) } @else { (s.authorities.join(", ")) } }
                }
            }
        }
        h2 { (l.t("Beslut", "Decisions")) }
        @if cfg.decisions.is_empty() {
            p { (l.t("Inga beslut är registrerade.", "No decisions are registered.")) }
        } @else {
            div.scroll {
                table {
                    caption { (l.t("Dokumenterade beslut som öppnar mer för en nämnd", "Documented decisions that open more for an authority")) }
                    thead { tr {
                        th scope="col" { (l.t("Beslut", "Decision")) }
                        th scope="col" { (l.t("Slag", "Kind")) }
                        th scope="col" { (l.t("System", "System")) }
                        th scope="col" { (l.t("Nämnd", "Authority")) }
                        th scope="col" { (l.t("Beslutat av", "Decided by")) }
                        th scope="col" { (l.t("Diarienummer", "Reference")) }
                        th scope="col" { (l.t("Gäller", "Valid")) }
                    } }
                    tbody {
                        @for d in &cfg.decisions {
                            tr {
                                td { (d.id) @if let Some(p) = &d.purpose { br; small { (p) } } }
                                td { @match d.kind {
                                    DecisionKind::PersonalData => { (l.t("personuppgifter", "personal data")) @if let Some(m) = d.max_level { " (" (l.t("upp till nivå", "up to level")) " " (m) ")" } }
                                    DecisionKind::HighRisk => { (l.t("högriskanvändning", "high-risk use")) @if let Some(a) = &d.area { " (" (a) ")" } }
                                } }
                                td { (d.system) }
                                td { (d.authority) }
                                td { (d.decided_by) }
                                td { (d.reference) }
                                td { (d.valid_from) " – " @if let Some(t) = d.valid_to { (t) } }
                            }
                        }
                    }
                }
            }
        }
    };
    page(&ctx, l.t("AI-registret", "The AI register"), body)
}
