//! `POST /v1/images/generations` over real HTTP on loopback, against the test upstream in
//! `common/upstream.rs`: images come back labelled (read back with vakt-label and exiftool),
//! a prompt the policy stops never reaches the upstream, and everything is recorded.

#[path = "common/harness.rs"]
mod harness;
#[path = "common/register.rs"]
mod register;
#[path = "common/upstream.rs"]
mod upstream;

use base64::Engine as _;
use harness::Gateway;
use serde_json::{json, Value};

const PNR: &str = "19121212-1212";

fn image_requests(up: &upstream::Upstream) -> usize {
    up.received
        .all()
        .iter()
        .filter(|v| v.get("prompt").is_some())
        .count()
}

fn idat(b: &[u8]) -> Vec<u8> {
    let mut pos = 8;
    let mut out = Vec::new();
    while pos + 12 <= b.len() {
        let len = u32::from_be_bytes(b[pos..pos + 4].try_into().unwrap()) as usize;
        if &b[pos + 4..pos + 8] == b"IDAT" {
            out.extend_from_slice(&b[pos + 8..pos + 8 + len]);
        }
        pos += 12 + len;
    }
    out
}

/// Decodes an item's `b64_json` and asserts it is a labelled PNG with the upstream's pixels.
fn assert_labelled_png(item: &Value) -> Vec<u8> {
    let b64 = item["b64_json"].as_str().expect("b64_json");
    let png = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap();
    let s = vakt_label::check(&png, Some("bild.png")).unwrap();
    assert!(s.labelled(), "the image is not labelled");
    assert_eq!(
        s.description.as_deref(),
        Some("Bild genererad av AI (Intern AI)")
    );
    assert_eq!(
        idat(&png),
        idat(&upstream::tiny_png()),
        "the image data must be unchanged"
    );
    assert_eq!(item["vakt_media_type"], "image/png");
    png
}

#[tokio::test]
async fn generated_images_are_labelled_with_alt_text_and_recorded() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let prompt = "En solnedgång över Göteborgs hamn i akvarell, med kranar och måsar";
    let r = gw
        .post(
            "/v1/images/generations",
            &json!({"model": "intern", "prompt": prompt, "n": 2, "size": "256x256"}),
        )
        .await;
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert_eq!(h["x-vakt-ai-generated"], "true");
    assert_eq!(h["x-vakt-decision"], "allowed");
    assert!(h.get("x-vakt-level").is_some());
    let record = h["x-vakt-record"].to_str().unwrap().to_string();
    let v: Value = r.json().await.unwrap();
    let data = v["data"].as_array().unwrap();
    assert_eq!(data.len(), 2);
    let mut first = Vec::new();
    for item in data {
        first = assert_labelled_png(item);
        assert_eq!(
            item["vakt_alt_text"],
            format!("AI-genererad bild: {prompt}")
        );
        assert_eq!(item["revised_prompt"], prompt, "other fields pass through");
    }
    // The independent reader agrees.
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bild.png");
    std::fs::write(&p, &first).unwrap();
    let out = std::process::Command::new("exiftool")
        .args(["-j", "-XMP:all"])
        .arg(&p)
        .output()
        .expect("exiftool (libimage-exiftool-perl) must be installed");
    let x: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        x[0]["DigitalSourceType"],
        vakt_label::DIGITAL_SOURCE_TYPE,
        "{x}"
    );
    assert_eq!(x[0]["Description"], "Bild genererad av AI (Intern AI)");
    // The upstream got the system's model name and the prompt.
    let sent = up.received.all();
    let req = sent.iter().find(|v| v.get("prompt").is_some()).unwrap();
    assert_eq!(req["model"], "upstream-model");
    assert_eq!(req["prompt"], prompt);
    assert_eq!(req["size"], "256x256", "unknown fields pass through");
    let rec = gw.assert_recorded(&record, "allowed").await;
    assert_eq!(rec.request.as_deref(), Some(prompt));
    let resp = rec.response.unwrap_or_default();
    assert!(resp.contains("bild 1: image/png"), "{resp}");
    assert!(resp.contains("bild 2: image/png"), "{resp}");
    assert!(resp.contains("sha256"), "{resp}");
    // Counted in /metrics like chat and embeddings.
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
        m.contains("vakt_requests_total{route=\"images\",status=\"200\"} 1"),
        "{m}"
    );
}

#[tokio::test]
async fn url_results_are_fetched_and_returned_labelled() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .post(
            "/v1/images/generations",
            &json!({"model": "intern", "prompt": "En fyr i dimma #url", "response_format": "url"}),
        )
        .await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    let item = &v["data"][0];
    assert!(
        item.get("url").is_none(),
        "an unlabelled url must not pass: {item}"
    );
    assert_labelled_png(item);
}

#[tokio::test]
async fn personnummer_in_a_prompt_to_a_public_system_is_refused() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    let r = gw
        .post(
            "/v1/images/generations",
            &json!({"model": "publik", "prompt": format!("Rita ett porträtt av Tolvan Tolvansson, {PNR}, på sjukhuset")}),
        )
        .await;
    assert_eq!(r.status(), 403);
    assert_eq!(r.headers()["x-vakt-decision"], "refused");
    let record = r.headers()["x-vakt-record"].to_str().unwrap().to_string();
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["error"]["type"], "policy_violation", "{v}");
    assert!(v["error"]["categories"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "personnummer"));
    assert!(
        !v.to_string().contains(PNR),
        "the refusal must not echo the text"
    );
    assert_eq!(
        image_requests(&up),
        0,
        "a refused prompt never reaches the upstream"
    );
    let rec = gw.assert_recorded(&record, "refused").await;
    assert!(rec.sent.is_none());
    gw.assert_incidents_at_least(1).await;
}

#[tokio::test]
async fn an_image_that_cannot_be_labelled_is_not_returned() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    for prompt in ["Ett träd #badimage", "Ett hus #deadurl"] {
        let r = gw
            .post(
                "/v1/images/generations",
                &json!({"model": "intern", "prompt": prompt}),
            )
            .await;
        assert_eq!(r.status(), 502, "{prompt}");
        let record = r.headers()["x-vakt-record"].to_str().unwrap().to_string();
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["error"]["code"], "image_not_labelled", "{v}");
        assert!(!v.to_string().contains("b64_json"));
        let rec = gw.assert_recorded(&record, "allowed").await;
        assert!(
            rec.error.unwrap_or_default().contains("image not labelled"),
            "{prompt}"
        );
    }
    gw.assert_incidents_at_least(2).await;
}

#[tokio::test]
async fn bad_image_requests_get_400() {
    let up = upstream::start().await;
    let gw = Gateway::start(&up, "").await;
    for body in [
        json!({"model": "intern"}),
        json!({"model": "intern", "prompt": 7}),
        json!({"model": "intern", "prompt": "En katt", "stream": true}),
        json!({"prompt": "En katt"}),
    ] {
        let r = gw.post("/v1/images/generations", &body).await;
        assert_eq!(r.status(), 400, "{body}");
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["error"]["type"], "invalid_request_error", "{v}");
    }
    let r = gw
        .post(
            "/v1/images/generations",
            &json!({"model": "annan-namnd", "prompt": "En katt"}),
        )
        .await;
    assert_eq!(r.status(), 403);
    assert_eq!(image_requests(&up), 0);
}
