//! Sessions, cookies and CSRF tokens.
//!
//! A session is a random 256-bit id in the `vakt_session` cookie (HttpOnly, SameSite=Strict,
//! `Secure` when the request came over https) that maps to the caller in server memory, so
//! the cookie carries no claim that could be forged and logging out ends it at once. The API
//! key itself is checked at login and never kept. Visitors without a session get a CSRF token
//! in the `vakt_csrf` cookie (double submit); with a session the token lives in the session.

use crate::backend::WebState;
use crate::i18n::Lang;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;
use rand::RngCore;
use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};
use vakt_config::{Caller, Role};

/// How long a session lives without use.
pub const IDLE: Duration = Duration::from_secs(8 * 3600);
const MAX_SESSIONS: usize = 100_000;
const SESSION_COOKIE: &str = "vakt_session";
const CSRF_COOKIE: &str = "vakt_csrf";
const LANG_COOKIE: &str = "vakt_lang";

/// One logged-in session.
#[derive(Clone, Debug)]
pub struct Session {
    /// Who is logged in.
    pub caller: Caller,
    /// The CSRF token of this session's forms.
    pub csrf: String,
    last_seen: Instant,
}

/// The server-side session map.
#[derive(Default)]
pub struct Sessions {
    map: RwLock<HashMap<String, Session>>,
}

/// A fresh random token, hex.
pub fn token() -> String {
    let mut b = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut b);
    hex::encode(b)
}

/// Compares two tokens in time independent of where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

impl Sessions {
    /// Starts a session for `caller`; returns its id.
    pub fn start(&self, caller: Caller) -> String {
        let id = token();
        if let Ok(mut m) = self.map.write() {
            if m.len() >= MAX_SESSIONS {
                m.retain(|_, s| s.last_seen.elapsed() < IDLE);
            }
            m.insert(
                id.clone(),
                Session {
                    caller,
                    csrf: token(),
                    last_seen: Instant::now(),
                },
            );
        }
        id
    }

    /// The live session with this id, refreshing its idle timer.
    pub fn get(&self, id: &str) -> Option<Session> {
        let mut m = self.map.write().ok()?;
        let s = m.get_mut(id)?;
        if s.last_seen.elapsed() >= IDLE {
            m.remove(id);
            return None;
        }
        s.last_seen = Instant::now();
        Some(s.clone())
    }

    /// Ends a session.
    pub fn end(&self, id: &str) {
        if let Ok(mut m) = self.map.write() {
            m.remove(id);
        }
    }
}

/// A cookie value from the request headers.
pub fn cookie<'a>(h: &'a HeaderMap, name: &str) -> Option<&'a str> {
    h.get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// What every page handler needs to know about the request.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The page language.
    pub lang: Lang,
    /// The logged-in caller, if any.
    pub caller: Option<Caller>,
    /// The session id, if logged in.
    pub session_id: Option<String>,
    /// The CSRF token forms on this page must carry.
    pub csrf: String,
    /// Whether the request came over https (cookies get `Secure`).
    pub https: bool,
    /// The request path (for the language switch).
    pub path: String,
    /// Cookies to set on the response.
    pub set_cookies: Vec<String>,
}

impl Ctx {
    /// A cookie header value with the safe attributes.
    pub fn cookie_value(&self, name: &str, value: &str, max_age: Option<u64>) -> String {
        let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
        if let Some(a) = max_age {
            c.push_str(&format!("; Max-Age={a}"));
        }
        if self.https {
            c.push_str("; Secure");
        }
        c
    }

    /// Adds the pending cookies to a response.
    pub fn apply(&self, r: &mut Response) {
        for c in &self.set_cookies {
            if let Ok(v) = HeaderValue::from_str(c) {
                r.headers_mut().append(header::SET_COOKIE, v);
            }
        }
    }

    /// Whether the caller has one of `roles`.
    pub fn has_role(&self, roles: &[Role]) -> bool {
        self.caller
            .as_ref()
            .is_some_and(|c| roles.contains(&c.role))
    }

    /// Checks a submitted CSRF token against this request's.
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        !submitted.is_empty() && same(submitted, &self.csrf)
    }
}

fn query_lang(parts: &Parts) -> Option<Lang> {
    parts
        .uri
        .query()?
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == "lang")
        .and_then(|(_, v)| Lang::from_code(v))
}

impl FromRequestParts<WebState> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Ctx, Self::Rejection> {
        let h = &parts.headers;
        let https = h
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"))
            || parts.uri.scheme_str() == Some("https");
        let mut ctx = Ctx {
            lang: Lang::Sv,
            caller: None,
            session_id: None,
            csrf: String::new(),
            https,
            path: parts.uri.path().to_string(),
            set_cookies: Vec::new(),
        };
        match query_lang(parts) {
            Some(l) => {
                ctx.lang = l;
                let c = ctx.cookie_value(LANG_COOKIE, l.code(), Some(365 * 24 * 3600));
                ctx.set_cookies.push(c);
            }
            None => {
                ctx.lang = cookie(h, LANG_COOKIE)
                    .and_then(Lang::from_code)
                    .unwrap_or_default()
            }
        }
        if let Some(id) = cookie(h, SESSION_COOKIE) {
            if let Some(s) = state.sessions.get(id) {
                ctx.caller = Some(s.caller);
                ctx.csrf = s.csrf;
                ctx.session_id = Some(id.to_string());
            }
        }
        if ctx.caller.is_none() {
            match cookie(h, CSRF_COOKIE)
                .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
            {
                Some(t) => ctx.csrf = t.to_string(),
                None => {
                    ctx.csrf = token();
                    let c = ctx.cookie_value(CSRF_COOKIE, &ctx.csrf, None);
                    ctx.set_cookies.push(c);
                }
            }
        }
        Ok(ctx)
    }
}

/// The cookie that logs in.
pub fn login_cookie(ctx: &Ctx, id: &str) -> String {
    ctx.cookie_value(SESSION_COOKIE, id, Some(IDLE.as_secs()))
}

/// The cookie that logs out.
pub fn logout_cookie(ctx: &Ctx) -> String {
    ctx.cookie_value(SESSION_COOKIE, "", Some(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_start_get_end() {
        let s = Sessions::default();
        let c = Caller {
            user: "anna".into(),
            authority: "sn".into(),
            role: Role::User,
        };
        let id = s.start(c.clone());
        assert_eq!(id.len(), 64);
        assert_eq!(s.get(&id).unwrap().caller, c);
        assert!(s.get("nope").is_none());
        s.end(&id);
        assert!(s.get(&id).is_none());
    }

    #[test]
    fn tokens_compare() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
        assert_ne!(token(), token());
    }

    #[test]
    fn reads_cookies() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; vakt_lang=en; b=2"),
        );
        assert_eq!(cookie(&h, "vakt_lang"), Some("en"));
        assert_eq!(cookie(&h, "c"), None);
    }
}
