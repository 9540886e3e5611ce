//! The gateway over real HTTP on loopback, against the test upstream in `common/upstream.rs`.

#[path = "common/harness.rs"]
mod harness;
#[path = "common/register.rs"]
mod register;
#[path = "common/upstream.rs"]
mod upstream;

use harness::Gateway;
use serde_json::{json, Value};
use std::time::Duration;

fn chat_body(model: &str, text: &str, stream: bool) -> Value {
    json!({"model": model, "stream": stream, "messages": [{"role": "user", "content": text}]})
}

fn assert_error_shape(v: &Value, kind: &str) {
    assert_eq!(v["error"]["type"], kind, "{v}");
    assert!(v["error"]["code"].is_string(), "{v}");
    assert!(
        v["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{v}"
    );
}

#[tokio::test]
async fn plain_chat_is_forwarded_labelled_and_recorded() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .post(
            "/v1/chat/completions",
            &chat_body("intern", "Skriv en inbjudan till personalfesten.", false),
        )
        .await;
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert_eq!(h["x-vakt-ai-generated"], "true");
    assert_eq!(h["x-vakt-decision"], "allowed");
    assert!(h.get("x-vakt-level").is_some());
    let record = h["x-vakt-record"].to_str().unwrap().to_string();
    assert!(!record.is_empty());
    let v: Value = r.json().await.unwrap();
    let content = v["choices"][0]["message"]["content"].as_str().unwrap();
    assert!(
        content.starts_with("Du skrev: Skriv en inbjudan"),
        "{content}"
    );
    if let Some(note) = gw.state.policy.label_note() {
        assert!(
            content.ends_with(note),
            "the profile's note is missing: {content}"
        );
    }
    let sent = up.received.all();
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0]["model"], "upstream-model",
        "the system's own model name goes upstream"
    );
    gw.assert_recorded(&record, "allowed").await;
}

#[tokio::test]
async fn stream_is_passed_on_event_by_event() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .post(
            "/v1/chat/completions",
            &chat_body("intern", "Hej på dig, hur mår du?", true),
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/event-stream"));
    assert_eq!(r.headers()["x-vakt-ai-generated"], "true");
    let record = r.headers()["x-vakt-record"].to_str().unwrap().to_string();
    let mut chunks = 0;
    let mut all = Vec::new();
    let mut r = r;
    while let Some(c) = r.chunk().await.unwrap() {
        chunks += 1;
        all.extend_from_slice(&c);
    }
    assert!(
        chunks > 3,
        "the stream arrived in {chunks} chunks, not event by event"
    );
    let text = String::from_utf8(all).unwrap();
    let (content, done) = harness::sse_content(&text);
    assert!(done, "{text}");
    assert!(
        content.starts_with("Du skrev: Hej på dig, hur mår du?"),
        "{content}"
    );
    if let Some(note) = gw.state.policy.label_note() {
        assert!(
            content.ends_with(note),
            "the profile's note is missing: {content}"
        );
    }
    let rec = gw.assert_recorded(&record, "allowed").await;
    assert_eq!(
        rec.response.as_deref(),
        Some(content.as_str()),
        "the record holds the answer as the user got it"
    );
}

const PNR: &str = "19121212-1212";

#[tokio::test]
async fn masked_request_sends_placeholders_and_restores_the_answer() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let text = format!("Skriv ett brev till Tolvan Tolvansson, personnummer {PNR}, om bygglovet.");
    let r = gw
        .post(
            "/v1/chat/completions",
            &chat_body("publik-maskad", &text, false),
        )
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-vakt-decision"], "masked");
    let record = r.headers()["x-vakt-record"].to_str().unwrap().to_string();
    let v: Value = r.json().await.unwrap();
    let content = v["choices"][0]["message"]["content"].as_str().unwrap();
    assert!(content.contains(PNR), "not restored: {content}");
    let sent = up.received.all()[0].to_string();
    assert!(
        !sent.contains("1212-1212"),
        "the upstream got the personnummer: {sent}"
    );
    assert!(sent.contains("[PERSONNUMMER_1]"), "{sent}");
    let rec = gw.assert_recorded(&record, "masked").await;
    assert!(rec.request.as_deref().unwrap().contains(PNR));
    assert!(rec.sent.as_deref().unwrap().contains("[PERSONNUMMER_1]"));
    assert!(!rec.sent.as_deref().unwrap().contains(PNR));
    assert!(rec
        .mask_map
        .as_ref()
        .is_some_and(|m| m.iter().any(|(_, o)| o.contains("1212"))));
}

#[tokio::test]
async fn masked_stream_restores_placeholders_split_across_chunks() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let text = format!("Personnummer {PNR} ska stå i brevet.");
    let r = gw
        .post(
            "/v1/chat/completions",
            &chat_body("publik-maskad", &text, true),
        )
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-vakt-decision"], "masked");
    let body = r.text().await.unwrap();
    let (content, done) = harness::sse_content(&body);
    assert!(done);
    assert!(
        content.starts_with(&format!("Du skrev: {text}")),
        "{content}"
    );
    assert!(!content.contains("PERSONNUMMER_"), "{content}");
}

#[tokio::test]
async fn personnummer_to_a_public_system_is_refused_and_never_forwarded() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let text = "Kan du sammanfatta ärendet för Tolvan Tolvansson, 19121212-1212, som har diabetes?";
    let r = gw
        .post("/v1/chat/completions", &chat_body("publik", text, false))
        .await;
    assert_eq!(r.status(), 403);
    assert!(r.headers().get("x-vakt-record").is_some());
    let raw = r.text().await.unwrap();
    assert!(
        !raw.contains("1212-1212"),
        "the refusal repeats the sensitive text: {raw}"
    );
    let v: Value = serde_json::from_str(&raw).unwrap();
    assert_error_shape(&v, "policy_violation");
    assert!(!v["error"]["rules"].as_array().unwrap().is_empty(), "{v}");
    assert!(
        v["error"]["categories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "personnummer"),
        "{v}"
    );
    assert_eq!(
        up.received.len(),
        0,
        "a refused request reached the upstream"
    );
    gw.assert_incidents_at_least(1).await;
}

#[tokio::test]
async fn refusal_in_english_when_asked() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .client
        .post(gw.url("/v1/chat/completions"))
        .bearer_auth(&gw.key)
        .header("accept-language", "en-GB,en;q=0.9")
        .json(&chat_body(
            "publik",
            "Personnummer 19121212-1212 och diagnos diabetes.",
            false,
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let sv = gw
        .post(
            "/v1/chat/completions",
            &chat_body(
                "publik",
                "Personnummer 19121212-1212 och diagnos diabetes.",
                false,
            ),
        )
        .await;
    let en: Value = r.json().await.unwrap();
    let sv: Value = sv.json().await.unwrap();
    assert_ne!(en["error"]["message"], sv["error"]["message"]);
}

#[tokio::test]
async fn earlier_turns_are_checked_too() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let body = json!({"model": "publik", "messages": [
        {"role": "user", "content": "Klienten har personnummer 19121212-1212 och en psykisk sjukdom."},
        {"role": "assistant", "content": "Jag förstår."},
        {"role": "user", "content": "Skriv ett kort brev."}
    ]});
    let r = gw.post("/v1/chat/completions", &body).await;
    assert_eq!(r.status(), 403);
    assert_eq!(up.received.len(), 0);
}

#[tokio::test]
async fn images_are_refused_for_a_system_not_approved_for_them() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let body = json!({"model": "intern", "messages": [{"role": "user", "content": [
        {"type": "text", "text": "Vad föreställer bilden?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    ]}]});
    let r = gw.post("/v1/chat/completions", &body).await;
    assert_eq!(r.status(), 403);
    let v: Value = r.json().await.unwrap();
    assert_error_shape(&v, "policy_violation");
    assert_eq!(up.received.len(), 0);
}

#[tokio::test]
async fn tools_are_stripped_for_a_system_without_tools() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let body = json!({"model": "intern", "messages": [{"role": "user", "content": "Vad blir vädret?"}],
        "tools": [{"type": "function", "function": {"name": "read_mail", "parameters": {}}}], "tool_choice": "auto"});
    let r = gw.post("/v1/chat/completions", &body).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["x-vakt-stripped"], "tools");
    let sent = up.received.all();
    assert!(
        sent[0].get("tools").is_none() && sent[0].get("tool_choice").is_none(),
        "{}",
        sent[0]
    );
}

#[tokio::test]
async fn client_mistakes_get_4xx_in_the_error_shape() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    // no key, wrong key
    let r = gw
        .client
        .post(gw.url("/v1/chat/completions"))
        .json(&chat_body("intern", "x", false))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert_error_shape(&r.json().await.unwrap(), "authentication_error");
    let r = gw
        .client
        .post(gw.url("/v1/chat/completions"))
        .bearer_auth("vakt_nope")
        .json(&chat_body("intern", "x", false))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    // bad JSON, wrong type, unknown model, wrong method, unknown path
    for (body, status, code) in [
        ("{\"model\": ", 400, "invalid_json"),
        (
            "{\"model\": \"intern\", \"messages\": 7}",
            400,
            "invalid_type",
        ),
        (
            "{\"model\": \"finns-inte\", \"messages\": [{\"role\":\"user\",\"content\":\"x\"}]}",
            404,
            "model_not_found",
        ),
    ] {
        let r = gw
            .client
            .post(gw.url("/v1/chat/completions"))
            .bearer_auth(&gw.key)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), status, "{body}");
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["error"]["code"], code, "{v}");
    }
    let r = gw
        .client
        .get(gw.url("/v1/chat/completions"))
        .bearer_auth(&gw.key)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    assert_error_shape(&r.json().await.unwrap(), "invalid_request_error");
    let r = gw.client.get(gw.url("/v1/nothing")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    assert_error_shape(&r.json().await.unwrap(), "invalid_request_error");
    assert_eq!(up.received.len(), 0);
}

#[tokio::test]
async fn body_over_the_limit_is_413() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "body_limit = 100000").await;
    let big = "a".repeat(200_000);
    let r = gw
        .post("/v1/chat/completions", &chat_body("intern", &big, false))
        .await;
    assert_eq!(r.status(), 413);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["error"]["code"], "request_too_large");
    // chunked, no content-length
    let stream =
        futures::stream::iter((0..40).map(|_| Ok::<_, std::io::Error>(vec![b' '; 10_000])));
    let r = gw
        .client
        .post(gw.url("/v1/chat/completions"))
        .bearer_auth(&gw.key)
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
}

#[tokio::test]
async fn failing_upstream_is_502_and_an_incident() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .post(
            "/v1/chat/completions",
            &chat_body("intern", "Hej #fail", false),
        )
        .await;
    assert_eq!(r.status(), 502);
    let record = r.headers()["x-vakt-record"].to_str().unwrap().to_string();
    assert_error_shape(&r.json().await.unwrap(), "upstream_error");
    gw.assert_recorded(&record, "allowed").await;
    gw.assert_incidents_at_least(1).await;
}

#[tokio::test]
async fn unreachable_upstream_is_502() {
    let up = upstream::start().await;
    let gw = Gateway::start_with(&up, "", "http://127.0.0.1:9/v1").await;
    let r = gw
        .post("/v1/chat/completions", &chat_body("intern", "Hej", false))
        .await;
    assert_eq!(r.status(), 502);
    assert_error_shape(&r.json().await.unwrap(), "upstream_error");
}

#[tokio::test]
async fn hanging_upstream_is_504() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "first_byte_timeout_secs = 1").await;
    let t0 = std::time::Instant::now();
    let r = gw
        .post(
            "/v1/chat/completions",
            &chat_body("intern", "Hej #hang", false),
        )
        .await;
    assert_eq!(r.status(), 504);
    assert!(t0.elapsed() < Duration::from_secs(5));
    assert_error_shape(&r.json().await.unwrap(), "upstream_error");
}

#[tokio::test]
async fn a_cut_stream_ends_with_an_error_event() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .post(
            "/v1/chat/completions",
            &chat_body("intern", "Berätta något långt och intressant #cut", true),
        )
        .await;
    assert_eq!(r.status(), 200);
    let text = r.text().await.unwrap();
    let (_, done) = harness::sse_content(&text);
    assert!(!done, "{text}");
    let last = text.trim_end().rsplit("\n\n").next().unwrap();
    let v: Value = serde_json::from_str(last.strip_prefix("data: ").unwrap()).unwrap();
    assert_error_shape(&v, "upstream_error");
    gw.assert_incidents_at_least(1).await;
}

#[tokio::test]
async fn client_disconnect_cancels_the_upstream_request() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let r = client
        .post(gw.url("/v1/chat/completions"))
        .bearer_auth(&gw.key)
        .json(&chat_body("intern", "Hej #hang", false))
        .send()
        .await;
    assert!(r.is_err());
    assert_eq!(up.received.len(), 1);
    for _ in 0..50 {
        if up.received.active() == 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the upstream request was not cancelled");
}

#[tokio::test]
async fn client_leaving_a_stream_cancels_the_upstream_request() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let mut r = gw
        .post(
            "/v1/chat/completions",
            &chat_body("intern", "Berätta en lång saga #stall", true),
        )
        .await;
    assert_eq!(r.status(), 200);
    let record = r.headers()["x-vakt-record"].to_str().unwrap().to_string();
    assert!(r.chunk().await.unwrap().is_some());
    assert_eq!(up.received.active(), 1);
    drop(r);
    for _ in 0..100 {
        if up.received.active() == 0 {
            let rec = gw.assert_recorded(&record, "allowed").await;
            assert!(
                rec.error.is_some(),
                "the record does not say the client left"
            );
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the upstream stream was not cancelled");
}

#[tokio::test]
async fn incidents_go_to_the_webhook() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .post(
            "/v1/chat/completions",
            &chat_body(
                "publik",
                "Personnummer 19121212-1212 och diagnosen diabetes.",
                false,
            ),
        )
        .await;
    assert_eq!(r.status(), 403);
    for _ in 0..100 {
        if let Some(h) = up.received.hooks().first() {
            assert_eq!(h["kind"], "refusal");
            assert_eq!(h["authority"], "sn-centrum");
            assert!(
                !h.to_string().contains("1212-1212"),
                "the incident carries the personnummer: {h}"
            );
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no incident reached the webhook");
}

#[tokio::test]
async fn models_lists_the_systems_and_metrics_count() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .client
        .get(gw.url("/v1/models"))
        .bearer_auth(&gw.key)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    let ids: Vec<&str> = v["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"intern") && ids.contains(&"publik"),
        "{ids:?}"
    );
    assert!(
        !ids.contains(&"annan-namnd"),
        "a system of another authority is listed: {ids:?}"
    );
    gw.post("/v1/chat/completions", &chat_body("intern", "Hej", false))
        .await;
    let m = gw
        .client
        .get(gw.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        m.contains("vakt_requests_total{route=\"chat\",status=\"200\"} 1"),
        "{m}"
    );
    assert!(
        m.contains("vakt_decisions_total{decision=\"allowed\"} 1"),
        "{m}"
    );
    assert!(m.contains("vakt_upstream_latency_seconds_count 1"), "{m}");
    let h = gw.client.get(gw.url("/healthz")).send().await.unwrap();
    assert_eq!(h.status(), 200);
}

#[tokio::test]
async fn embeddings_are_checked_and_forwarded() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .post(
            "/v1/embeddings",
            &json!({"model": "intern", "input": ["Öppettider för biblioteket"]}),
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.headers().get("x-vakt-record").is_some());
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["data"][0]["embedding"][0], 0.1);
    let r = gw
        .post(
            "/v1/embeddings",
            &json!({"model": "intern", "input": [1, 2, 3]}),
        )
        .await;
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn shutdown_drains_requests_in_flight() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let url = gw.url("/v1/chat/completions");
    let client = gw.client.clone();
    let key = gw.key.clone();
    let slow = tokio::spawn(async move {
        client
            .post(url)
            .bearer_auth(key)
            .json(&chat_body("intern", "Hej #slow", false))
            .send()
            .await
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    gw.shutdown();
    let r = slow.await.unwrap().unwrap();
    assert_eq!(r.status(), 200, "the request in flight was not drained");
    assert!(
        gw.client.get(gw.url("/healthz")).send().await.is_err(),
        "still accepting after shutdown"
    );
}
