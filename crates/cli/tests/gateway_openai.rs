//! `vakt serve` driven by the official openai Python client (tests/python/*.py), against the
//! test upstream: plain, streamed, masked, refused, bad key, bad JSON.

#[path = "../../gateway/tests/common/process.rs"]
mod process;
#[path = "../../gateway/tests/common/register.rs"]
mod register;
#[path = "../../gateway/tests/common/upstream.rs"]
mod upstream;

use std::path::Path;
use std::process::Command;

fn python_available() -> bool {
    Command::new("python3")
        .args(["-c", "import openai"])
        .status()
        .is_ok_and(|s| s.success())
}

fn run_script(name: &str, base: &str, key: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("tests/python").join(name);
    let out = Command::new("python3")
        .arg(&script)
        .env("VAKT_BASE_URL", format!("{base}/v1"))
        .env("VAKT_KEY", key)
        .env_remove("OPENAI_API_KEY")
        .env_remove("OPENAI_BASE_URL")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{name} failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_openai_python_client_works_through_vakt() {
    assert!(
        python_available(),
        "python3 with the openai package is needed (scripts/setup installs it)"
    );
    let bin = env!("CARGO_BIN_EXE_vakt");
    let up = upstream::start_background();
    let dir = tempfile::tempdir().unwrap();
    let cfg = process::write_config(
        dir.path(),
        &register::config_text(&up.base(), "", dir.path().to_str().unwrap()),
    );
    let key = process::create_key(bin, &cfg, "anna", "sn-centrum");
    let served = process::serve(bin, &cfg);

    run_script("chat.py", &served.base, &key);
    run_script("errors.py", &served.base, &key);

    let before = up.received.len();
    run_script("refusal.py", &served.base, &key);
    assert_eq!(
        up.received.len(),
        before,
        "a refused request reached the upstream"
    );

    let before = up.received.len();
    run_script("masked.py", &served.base, &key);
    let sent = up.received.all();
    assert_eq!(
        sent.len(),
        before + 2,
        "the masked requests did not reach the upstream"
    );
    for body in &sent[before..] {
        let s = body.to_string();
        assert!(
            !s.contains("1212-1212") && !s.contains("121212"),
            "the upstream received the personnummer: {s}"
        );
        assert!(
            s.contains("[PERSONNUMMER_1]"),
            "no placeholder upstream: {s}"
        );
    }
}
