//! The stylesheet and script, compiled into the binary so nothing else must be deployed.

use axum::http::header;
use axum::response::IntoResponse;

const CSS: &str = include_str!("../static/vakt.css");
const JS: &str = include_str!("../static/vakt.js");

/// `GET /static/vakt.css`
pub async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
}

/// `GET /static/vakt.js`
pub async fn js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        JS,
    )
}
