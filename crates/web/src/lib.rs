//! vakt-web: the web pages of `vakt serve` — check, chat, the register of AI systems,
//! records, incidents and statistics — in Swedish first, English by choice.
//!
//! Most employees never use a command line or an API. These pages give them the same engine,
//! policy and records the API has: the check page calls [`vakt_detect::Engine::analyze`]
//! directly, and the chat page goes through the gateway's own pipeline, so a text sent from the
//! browser meets exactly the rules, masking and records a text sent over the API meets.
//!
//! Design decision: the HTML is rendered on the server with `maud` (checked at compile time,
//! escaped by default, no template files to ship) and every page works without JavaScript.
//! A little vanilla JavaScript, served from the binary, makes checking instant (results are
//! swapped in without a reload) and streams chat answers. There is no front-end build step.
//!
//! Sessions are kept server-side (an in-memory map keyed by a random id in an HttpOnly,
//! SameSite=Strict cookie, `Secure` behind https); the API key is checked once at login and
//! never stored. Every POST form carries a CSRF token.
//!
//! Public API: [`router`] (what `vakt serve` merges), [`router_with`] and [`WebState`].
//! Integration with the rest of vakt lives in one module (`backend`): the chat page calls
//! `vakt_gateway::routes::respond_chat` and the pipeline; records, incidents and statistics
//! come from the store through `vakt_store::Store`, always with the logged-in caller as viewer.
//!
//! The check page works without logging in: checking a text stores nothing, and every
//! employee should be able to look before they use any AI. Logged in, the check result also
//! says which systems the caller's authority may use for the text (decisions are per
//! authority). Chat, records, incidents and statistics need a login.

#![deny(missing_docs)]

mod assets;
mod backend;
mod highlight;
mod i18n;
mod layout;
mod pages;
mod session;

pub use backend::WebState;
pub use i18n::Lang;

use axum::routing::{get, post};
use axum::Router;

/// The web pages as a router on the gateway's state, to be merged with the gateway's API
/// router by `vakt serve`: `vakt_gateway::serve(state.clone(), vakt_web::router(state))`.
pub fn router(app: vakt_gateway::AppState) -> Router {
    router_with(WebState::new(app))
}

/// The web pages on a [`WebState`] built beforehand.
///
/// Routes: `/` (check), `/login`, `/logout`, `/chat`, `/chat/send`, `/register`, `/records`,
/// `/records/{id}`, `/records/export`, `/records/purge`, `/incidents`, `/stats`, `/static/*`.
pub fn router_with(state: WebState) -> Router {
    let limit = state.config.server.body_limit;
    Router::new()
        .route("/", get(pages::check::page_get).post(pages::check::submit))
        .route(
            "/login",
            get(pages::login::page_get).post(pages::login::submit),
        )
        .route("/logout", post(pages::login::logout))
        .route("/register", get(pages::register::page_get))
        .route("/static/vakt.css", get(assets::css))
        .route("/static/vakt.js", get(assets::js))
        .merge(pages::chat::routes())
        .merge(pages::admin::routes())
        .layer(axum::extract::DefaultBodyLimit::max(limit))
        .with_state(state)
}
