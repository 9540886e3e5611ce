//! vakt-gateway: `vakt serve`, the OpenAI-compatible gateway that enforces the organisation's
//! policy on every request before anything reaches an AI system.
//!
//! The folders read as the request path: [`routes`] (HTTP, body limit, auth) →
//! [`chat_request`] (parse, find every text) → [`guard`] (detect + decide, via vakt-policy) →
//! [`records`] (record *before* forwarding, via vakt-store) → [`upstream`] (pooled client,
//! timeouts) → [`sse`] (streams, event by event) → [`labels`] → records again.
//!
//! Main design decision: the request is kept as a `serde_json` map rather than a typed
//! struct. vakt must understand only the texts, the model and the tool fields; everything
//! else an OpenAI client sends (new parameters included) passes through untouched, while a
//! field vakt does read gets a clear 400 naming it when its type is wrong. Streams are moved
//! event by event by a task that owns the upstream response, so a client that goes away
//! drops the upstream request, and the record is completed whatever happens.
//!
//! Public API: [`AppState::new`], [`api_router`], [`serve`], and the pipeline functions
//! [`pipeline::chat`] / [`pipeline::chat_stream`] the web chat page calls so that it goes
//! through exactly the same policy and records.

#![deny(missing_docs)]

pub mod auth;
pub mod chat_request;
pub mod embeddings;
pub mod error;
pub mod guard;
pub mod images;
pub mod labels;
pub mod metrics;
pub mod pipeline;
pub mod records;
pub mod routes;
pub mod server;
pub mod sse;
pub mod state;
pub mod upstream;

/// The router type, re-exported so callers merging routers need no axum dependency of their own.
pub use axum::Router;
pub use chat_request::ChatRequest;
pub use error::{ApiError, Lang};
pub use routes::{api_router, authenticate, respond_chat};
pub use server::{app, serve, serve_on, shutdown_signal};
pub use state::AppState;
