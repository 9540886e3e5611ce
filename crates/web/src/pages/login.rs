//! Logging in with an API key (form field `key`) and out. The key is checked once against
//! the store and then forgotten; the session lives server-side.

use crate::backend::WebState;
use crate::layout::{csrf_field, notice, page, page_status};
use crate::session::{login_cookie, logout_cookie, Ctx};
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;

/// The query of `GET /login`.
#[derive(Deserialize, Default)]
pub struct Next {
    next: Option<String>,
}

/// The login form.
#[derive(Deserialize)]
pub struct LoginForm {
    key: String,
    csrf: String,
    #[serde(default)]
    next: String,
}

/// A local path to return to, never another site.
fn safe_next(n: &str) -> &str {
    if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains(['\r', '\n'])
    {
        n
    } else {
        "/"
    }
}

fn form(ctx: &Ctx, next: &str, error: Option<&str>) -> maud::Markup {
    let l = ctx.lang;
    html! {
        @if let Some(e) = error { (notice("error", e)) }
        p { (l.t(
            "Logga in med din API-nyckel. Du får nyckeln av en administratör (vakt keys create).",
            "Log in with your API key. An administrator gives you the key (vakt keys create)."
        )) }
        form method="post" action="/login" #login-form {
            (csrf_field(ctx))
            input type="hidden" name="next" value=(safe_next(next));
            div.field {
                label for="key" { (l.t("API-nyckel", "API key")) }
                input #key type="password" name="key" required autocomplete="current-password" spellcheck="false";
            }
            button type="submit" { (l.t("Logga in", "Log in")) }
        }
    }
}

/// `GET /login`
pub async fn page_get(ctx: Ctx, Query(q): Query<Next>) -> Response {
    let l = ctx.lang;
    page(
        &ctx,
        l.t("Logga in", "Log in"),
        form(&ctx, q.next.as_deref().unwrap_or("/"), None),
    )
}

/// `POST /login`
pub async fn submit(
    State(st): State<WebState>,
    mut ctx: Ctx,
    Form(f): Form<LoginForm>,
) -> Response {
    let l = ctx.lang;
    if !ctx.csrf_ok(&f.csrf) {
        let msg = l.t(
            "Formuläret var för gammalt eller kom från en annan webbplats. Ladda om sidan och försök igen.",
            "The form was too old or came from another site. Reload the page and try again.",
        );
        return page_status(
            &ctx,
            StatusCode::FORBIDDEN,
            l.t("Logga in", "Log in"),
            form(&ctx, &f.next, Some(msg)),
        );
    }
    let key = f.key.trim();
    let caller = if key.is_empty() || key.len() > 512 {
        None
    } else {
        st.authenticate(key).await
    };
    let Some(caller) = caller else {
        let msg = l.t(
            "Nyckeln gäller inte. Kontrollera att du klistrat in hela nyckeln, eller be en administratör om en ny.",
            "The key is not valid. Check that you pasted the whole key, or ask an administrator for a new one.",
        );
        return page_status(
            &ctx,
            StatusCode::UNAUTHORIZED,
            l.t("Logga in", "Log in"),
            form(&ctx, &f.next, Some(msg)),
        );
    };
    if let Some(old) = &ctx.session_id {
        st.sessions.end(old);
    }
    let id = st.sessions.start(caller);
    ctx.set_cookies.push(login_cookie(&ctx, &id));
    let mut r = Redirect::to(safe_next(&f.next)).into_response();
    *r.status_mut() = StatusCode::SEE_OTHER;
    ctx.apply(&mut r);
    r
}

/// The logout form.
#[derive(Deserialize)]
pub struct LogoutForm {
    csrf: String,
}

/// `POST /logout`
pub async fn logout(
    State(st): State<WebState>,
    mut ctx: Ctx,
    Form(f): Form<LogoutForm>,
) -> Response {
    if !ctx.csrf_ok(&f.csrf) {
        return crate::layout::denied(&ctx);
    }
    if let Some(id) = &ctx.session_id {
        st.sessions.end(id);
    }
    ctx.set_cookies.push(logout_cookie(&ctx));
    let mut r = (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, HeaderValue::from_static("/"))],
    )
        .into_response();
    ctx.apply(&mut r);
    r
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next("/records"), "/records");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/\\evil"), "/");
    }
}
