//! The page shell every page shares: language, skip link, header with navigation, main
//! landmark, footer. One place for the accessibility basics (WCAG 2.1 AA).

use crate::i18n::Lang;
use crate::session::Ctx;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, DOCTYPE};
use vakt_config::Role;

/// A navigation entry: path, Swedish and English label, who sees it (`None` = everyone,
/// `Some(&[])` = every logged-in caller).
struct Nav {
    path: &'static str,
    sv: &'static str,
    en: &'static str,
    roles: Option<&'static [Role]>,
}

const NAV: &[Nav] = &[
    Nav {
        path: "/",
        sv: "Granska text",
        en: "Check text",
        roles: None,
    },
    Nav {
        path: "/chat",
        sv: "Chatt",
        en: "Chat",
        roles: Some(&[]),
    },
    Nav {
        path: "/register",
        sv: "AI-register",
        en: "AI register",
        roles: None,
    },
    Nav {
        path: "/records",
        sv: "Diarium",
        en: "Records",
        roles: Some(&[]),
    },
    Nav {
        path: "/incidents",
        sv: "Incidenter",
        en: "Incidents",
        roles: Some(&[Role::Admin]),
    },
    Nav {
        path: "/stats",
        sv: "Statistik",
        en: "Statistics",
        roles: Some(&[Role::Admin, Role::Registrar]),
    },
];

fn visible(ctx: &Ctx, roles: Option<&[Role]>) -> bool {
    match roles {
        None => true,
        Some([]) => ctx.caller.is_some(),
        Some(r) => ctx.has_role(r),
    }
}

/// The whole page around `body`, with the cookies the context wants set.
pub fn page(ctx: &Ctx, title: &str, body: Markup) -> Response {
    page_status(ctx, StatusCode::OK, title, body)
}

/// As [`page`], with a status.
pub fn page_status(ctx: &Ctx, status: StatusCode, title: &str, body: Markup) -> Response {
    let l = ctx.lang;
    let other = match l {
        Lang::Sv => ("en", "English"),
        Lang::En => ("sv", "Svenska"),
    };
    let markup = html! {
        (DOCTYPE)
        html lang=(l.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="csrf-token" content=(ctx.csrf);
                title { (title) " – vakt" }
                link rel="stylesheet" href="/static/vakt.css";
                script src="/static/vakt.js" defer {}
            }
            body {
                a.skip href="#main" { (l.t("Hoppa till innehållet", "Skip to content")) }
                header.top {
                    div.brand { a href="/" { "vakt" } }
                    nav aria-label=(l.t("Huvudmeny", "Main menu")) {
                        ul {
                            @for n in NAV {
                                @if visible(ctx, n.roles) {
                                    li {
                                        a href=(n.path) aria-current=[(ctx.path == n.path).then_some("page")] {
                                            (l.t(n.sv, n.en))
                                        }
                                    }
                                }
                            }
                        }
                    }
                    div.account {
                        a href={ (ctx.path) "?lang=" (other.0) } lang=(other.0) hreflang=(other.0) { (other.1) }
                        @if let Some(c) = &ctx.caller {
                            span.who { (c.user) " (" (c.authority) ", " (role_name(l, c.role)) ")" }
                            form method="post" action="/logout" .inline {
                                input type="hidden" name="csrf" value=(ctx.csrf);
                                button type="submit" { (l.t("Logga ut", "Log out")) }
                            }
                        } @else {
                            a href="/login" { (l.t("Logga in", "Log in")) }
                        }
                    }
                }
                main id="main" tabindex="-1" {
                    h1 { (title) }
                    (body)
                }
                footer {
                    p {
                        (l.t(
                            "vakt kontrollerar text innan den lämnas till ett AI-system. Du ansvarar själv för att granska allt som AI skapar.",
                            "vakt checks text before it is handed to an AI system. You remain responsible for reviewing everything AI produces."
                        ))
                    }
                }
            }
        }
    };
    let mut r = (status, markup).into_response();
    r.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
    );
    r.headers_mut().insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    r.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    ctx.apply(&mut r);
    r
}

/// The role's name.
pub fn role_name(l: Lang, r: Role) -> &'static str {
    match r {
        Role::User => l.t("medarbetare", "employee"),
        Role::Admin => l.t("administratör", "administrator"),
        Role::Registrar => l.t("registrator", "registrar"),
    }
}

/// A message box (`role="alert"` for errors, `status` otherwise).
pub fn notice(kind: &str, text: &str) -> Markup {
    let role = if kind == "error" { "alert" } else { "status" };
    html! { div class={ "notice " (kind) } role=(role) { p { (text) } } }
}

/// The hidden CSRF field every POST form carries.
pub fn csrf_field(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name="csrf" value=(ctx.csrf); }
}

/// A page that says the caller must log in (401) or lacks the role (403).
pub fn denied(ctx: &Ctx) -> Response {
    let l = ctx.lang;
    if ctx.caller.is_none() {
        let body = html! {
            (notice("error", l.t("Du behöver logga in för att se den här sidan.", "You need to log in to see this page.")))
            p { a href={ "/login?next=" (ctx.path) } { (l.t("Logga in med din API-nyckel", "Log in with your API key")) } }
        };
        page_status(
            ctx,
            StatusCode::UNAUTHORIZED,
            l.t("Logga in", "Log in"),
            body,
        )
    } else {
        let body = html! {
            (notice("error", l.t(
                "Din roll ger inte tillgång till den här sidan. Be en administratör om behörighet om du behöver den i ditt arbete.",
                "Your role does not give access to this page. Ask an administrator if you need it for your work."
            )))
        };
        page_status(
            ctx,
            StatusCode::FORBIDDEN,
            l.t("Ingen behörighet", "No access"),
            body,
        )
    }
}
