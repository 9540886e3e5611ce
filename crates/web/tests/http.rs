//! The pages over plain HTTP on loopback (no browser): cookies, CSRF, roles, the no-script
//! check form, file upload, and the error paths.

mod support;

use support::*;

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// GETs `/` and returns the CSRF cookie and token.
async fn csrf(w: &World, c: &reqwest::Client) -> (String, String) {
    let r = c.get(w.url("/")).send().await.unwrap();
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("vakt_csrf="))
        .expect("a CSRF cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "not Secure over plain http: {cookie}"
    );
    let token = cookie["vakt_csrf=".len()..]
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let html = r.text().await.unwrap();
    assert!(html.contains(&format!("name=\"csrf\" value=\"{token}\"")));
    (format!("vakt_csrf={token}"), token)
}

async fn login(w: &World, c: &reqwest::Client, key: &str) -> String {
    let (cookie, token) = csrf(w, c).await;
    let r = c
        .post(w.url("/login"))
        .header("cookie", &cookie)
        .form(&[("key", key), ("csrf", &token), ("next", "/records")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/records");
    let session = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("vakt_session="))
        .expect("a session cookie");
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Strict"),
        "{session}"
    );
    session.split(';').next().unwrap().to_string()
}

#[tokio::test]
async fn check_form_works_without_script_and_without_login() {
    let w = World::start().await;
    let c = client();
    let (cookie, token) = csrf(&w, &c).await;
    let pnr = personnummer("850314", "123");
    let form = reqwest::multipart::Form::new()
        .text("csrf", token.clone())
        .text("text", format!("Ring Anna på 070-123 45 67, pnr {pnr}."));
    let r = c
        .post(w.url("/"))
        .header("cookie", &cookie)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html><html lang=\"sv\">"),
        "a whole page"
    );
    assert!(html.contains("data-level=\"2\""), "{html}");
    assert!(html.contains("data-category=\"personnummer\""));
    assert!(html.contains("[PERSONNUMMER_1]"), "the masked version");
    assert_eq!(
        w.state
            .store
            .search(&Default::default(), &registrar())
            .await
            .unwrap()
            .len(),
        0,
        "checking stores nothing"
    );

    // A file upload is read with vakt-extract.
    let form = reqwest::multipart::Form::new()
        .text("csrf", token.clone())
        .text("text", "")
        .part(
            "file",
            reqwest::multipart::Part::bytes(format!("Personnummer {pnr}\n").into_bytes())
                .file_name("brev.txt"),
        );
    let r = c
        .post(w.url("/"))
        .header("cookie", &cookie)
        .header("x-vakt-fragment", "1")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let frag = r.text().await.unwrap();
    assert!(!frag.contains("<html"), "only the result");
    assert!(
        frag.contains("brev.txt") && frag.contains("data-level=\"2\""),
        "{frag}"
    );

    // A file that is not what it says is a clear error, not a crash.
    let form = reqwest::multipart::Form::new()
        .text("csrf", token.clone())
        .part(
            "file",
            reqwest::multipart::Part::bytes(b"not a zip".to_vec()).file_name("rapport.docx"),
        );
    let r = c
        .post(w.url("/"))
        .header("cookie", &cookie)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Filen kunde inte läsas"));

    // Without the CSRF token: refused.
    let form = reqwest::multipart::Form::new().text("text", "hej");
    let r = c
        .post(w.url("/"))
        .header("cookie", &cookie)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    // Empty: told what to do.
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .text("text", "  ");
    let r = c
        .post(w.url("/"))
        .header("cookie", &cookie)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
}

fn registrar() -> vakt_config::Caller {
    vakt_config::Caller {
        user: "rut".into(),
        authority: "sn-centrum".into(),
        role: vakt_config::Role::Registrar,
    }
}

#[tokio::test]
async fn sessions_roles_and_csrf() {
    let w = World::start().await;
    let c = client();

    // Wrong key: 401 with a way forward; no session.
    let (cookie, token) = csrf(&w, &c).await;
    let r = c
        .post(w.url("/login"))
        .header("cookie", &cookie)
        .form(&[("key", "vakt_fel"), ("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(r
        .headers()
        .get("set-cookie")
        .is_none_or(|v| !v.to_str().unwrap().starts_with("vakt_session")));

    // Login CSRF: a right key without the token is refused.
    let r = c
        .post(w.url("/login"))
        .header("cookie", &cookie)
        .form(&[("key", w.user_key.as_str()), ("csrf", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    // Pages that need a login say so.
    for p in [
        "/chat",
        "/records",
        "/incidents",
        "/stats",
        "/records/export",
    ] {
        let r = c.get(w.url(p)).send().await.unwrap();
        assert_eq!(r.status(), 401, "{p}");
    }

    // An employee: own records yes; export, incidents, statistics no.
    let user = login(&w, &c, &w.user_key).await;
    assert_eq!(
        c.get(w.url("/records"))
            .header("cookie", &user)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    for p in ["/records/export?format=jsonl", "/incidents", "/stats"] {
        let r = c
            .get(w.url(p))
            .header("cookie", &user)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{p}");
    }
    // The chat endpoint wants the session's CSRF header.
    let r = c
        .post(w.url("/chat/send"))
        .header("cookie", &user)
        .header("content-type", "application/json")
        .body(r#"{"system":"public-chat","messages":[{"role":"user","content":"Hej"}]}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);

    // The no-script chat form: one question, one answer labelled as a draft.
    let page = c
        .get(w.url("/chat"))
        .header("cookie", &user)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = page
        .split("name=\"csrf-token\" content=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let r = c
        .post(w.url("/chat"))
        .header("cookie", &user)
        .form(&[
            ("csrf", token.as_str()),
            ("system", "public-chat"),
            ("message", "Vad är en detaljplan?"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("AI-genererat utkast")
            && html.contains("Utkast till svar om: Vad är en detaljplan?"),
        "{html}"
    );

    // Behind https the cookies are Secure.
    let r = c
        .get(w.url("/"))
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.contains("; Secure"), "{cookie}");

    // Logout ends the session server-side: the old cookie no longer works.
    let r = c
        .post(w.url("/logout"))
        .header("cookie", &user)
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        c.get(w.url("/records"))
            .header("cookie", &user)
            .send()
            .await
            .unwrap()
            .status(),
        401
    );

    // The registrar may export; the CSV has the contract's columns.
    let reg = login(&w, &c, &w.registrar_key).await;
    let r = c
        .get(w.url("/records/export?format=csv&mask=1"))
        .header("cookie", &reg)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("maskerad"));
    let csv = r.text().await.unwrap();
    assert!(
        csv.starts_with("id,created_at,authority,user,system,decision,"),
        "{csv}"
    );
    assert_eq!(
        csv.matches("\"sn-centrum\",\"anna\"").count(),
        1,
        "one record (the chat above): {csv}"
    );
    let r = c
        .get(w.url("/records/export?format=xml"))
        .header("cookie", &reg)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);

    // Disposal (gallring) cites its decision; the content is gone afterwards.
    let page = c
        .get(w.url("/records"))
        .header("cookie", &reg)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("value=\"AN-2026-17\""),
        "the authority's disposal decision is offered"
    );
    let token = page
        .split("name=\"csrf-token\" content=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let r = c
        .post(w.url("/records/purge"))
        .header("cookie", &reg)
        .form(&[
            ("csrf", token.as_str()),
            ("before", tomorrow.as_str()),
            ("decision", "AN-2026-17"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("1 handlingar gallrades för sn-centrum med stöd av AN-2026-17"),
        "{html}"
    );
    let r = c
        .get(w.url("/records/export?format=jsonl"))
        .header("cookie", &reg)
        .send()
        .await
        .unwrap();
    let line: serde_json::Value =
        serde_json::from_str(r.text().await.unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(line["disposed"], true);
    assert!(line["request"].is_null(), "{line}");

    // The record view: a bad id is a 404, never a 500.
    let r = c
        .get(w.url("/records/not-an-id"))
        .header("cookie", &reg)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}
