//! kill -9 of `vakt serve` in the middle of 300 concurrent requests to a slow upstream:
//! afterwards every request the upstream received has a record (written before forwarding),
//! and `vakt records verify` passes.

#[path = "../../gateway/tests/common/process.rs"]
mod process;
#[path = "../../gateway/tests/common/register.rs"]
mod register;
#[path = "../../gateway/tests/common/upstream.rs"]
mod upstream;

use serde_json::json;
use std::collections::HashSet;
use std::process::Command;
use std::time::Duration;

#[test]
fn kill_9_mid_load_leaves_a_record_for_every_forwarded_request() {
    let bin = env!("CARGO_BIN_EXE_vakt");
    let up = upstream::start_background();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_string();
    let cfg = process::write_config(dir.path(), &register::config_text(&up.base(), "", &data));
    let key = process::create_key(bin, &cfg, "anna", "sn-centrum");
    let mut served = process::serve(bin, &cfg);

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let base = served.base.clone();
    let clients = rt.spawn(async move {
        let client = reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
        let mut tasks = Vec::new();
        for i in 0..300 {
            let client = client.clone();
            let url = format!("{base}/v1/chat/completions");
            let key = key.clone();
            tasks.push(tokio::spawn(async move {
                let body = json!({"model": "intern", "messages": [{"role": "user", "content": format!("Fråga nummer {i} om parkeringen #slow")}]});
                client.post(url).bearer_auth(key).json(&body).send().await.map(|r| r.status().as_u16())
            }));
        }
        let mut ok = 0;
        for t in tasks {
            if let Ok(Ok(200)) = t.await {
                ok += 1;
            }
        }
        ok
    });
    // Wait until the upstream holds a good part of the requests, then kill -9.
    for _ in 0..200 {
        if up.received.len() >= 100 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    served.child.kill().unwrap(); // SIGKILL on Unix
    served.child.wait().unwrap();
    let answered = rt.block_on(clients).unwrap();
    let received: Vec<String> = up
        .received
        .all()
        .iter()
        .map(|b| b["messages"][0]["content"].as_str().unwrap().to_string())
        .collect();
    assert!(
        received.len() >= 100,
        "only {} requests reached the upstream before the kill",
        received.len()
    );
    assert!(
        answered < 300,
        "every request was answered; the kill came too late"
    );

    // Every request the upstream received has a record.
    std::env::set_var("VAKT_RECORDS_KEY", process::RECORDS_KEY);
    let storage = vakt_config::StorageConfig {
        url: format!("sqlite://{data}/vakt.db"),
        ..Default::default()
    };
    let recorded: HashSet<String> = rt.block_on(async {
        let store = vakt_store::open(&storage, false).await.unwrap();
        let admin = vakt_config::Caller {
            user: "admin".into(),
            authority: "sn-centrum".into(),
            role: vakt_config::Role::Admin,
        };
        let q = vakt_store::SearchQuery {
            limit: Some(0),
            ..Default::default()
        };
        store
            .search(&q, &admin)
            .await
            .unwrap()
            .into_iter()
            .filter_map(|r| r.sent)
            .collect()
    });
    let missing: Vec<&String> = received
        .iter()
        .filter(|t| !recorded.iter().any(|s| s.contains(t.as_str())))
        .collect();
    assert!(
        missing.is_empty(),
        "{} forwarded requests have no record, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(3)]
    );

    // The chains verify.
    let out = Command::new(bin)
        .args(["--config", cfg.to_str().unwrap(), "records", "verify"])
        .env("VAKT_RECORDS_KEY", process::RECORDS_KEY)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "vakt records verify failed after kill -9:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!(
        "upstream received {}, answered {answered}, records {}",
        received.len(),
        recorded.len()
    );
}

#[test]
fn sigterm_drains_requests_in_flight_then_exits() {
    let bin = env!("CARGO_BIN_EXE_vakt");
    let up = upstream::start_background();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_string();
    let cfg = process::write_config(dir.path(), &register::config_text(&up.base(), "", &data));
    let key = process::create_key(bin, &cfg, "anna", "sn-centrum");
    let mut served = process::serve(bin, &cfg);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let url = format!("{}/v1/chat/completions", served.base);
    let slow = rt.spawn(async move {
        let body = json!({"model": "intern", "messages": [{"role": "user", "content": "Långsam fråga #slow"}]});
        reqwest::Client::new()
            .post(url)
            .bearer_auth(key)
            .json(&body)
            .send()
            .await
            .map(|r| r.status().as_u16())
    });
    for _ in 0..200 {
        if up.received.len() >= 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let pid = served.child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let status = rt.block_on(slow).unwrap();
    assert_eq!(
        status.ok(),
        Some(200),
        "the request in flight was not drained"
    );
    let exit = served.child.wait().unwrap();
    assert!(
        exit.success(),
        "vakt serve did not exit cleanly on SIGTERM: {exit:?}"
    );
}
