//! `vakt init`, `vakt systems list`, `vakt policy explain` and `vakt redact`, run as the real
//! binary in a temporary folder.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn vakt(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vakt"));
    c.args(args)
        .current_dir(dir)
        .env_remove("VAKT_ORGANISATION_PROFILE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("vakt runs");
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn init_writes_a_valid_example_and_refuses_to_overwrite() {
    let d = tempfile::tempdir().unwrap();
    let o = vakt(d.path(), &["init", "conf"], None);
    assert!(o.status.success(), "{}", err(&o));
    let written = std::fs::read_to_string(d.path().join("conf/vakt.toml")).unwrap();
    assert_eq!(written, include_str!("../../../examples/vakt.toml"));
    let o = vakt(d.path(), &["init", "conf"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("finns redan"), "{}", err(&o));
    assert!(vakt(d.path(), &["init", "conf", "--force"], None)
        .status
        .success());
    // The example is accepted by the commands that validate configuration.
    let o = vakt(
        d.path(),
        &["--config", "conf/vakt.toml", "systems", "list"],
        None,
    );
    assert!(o.status.success(), "{}", err(&o));
}

#[test]
fn systems_list_shows_what_each_system_may_receive() {
    let d = tempfile::tempdir().unwrap();
    assert!(vakt(d.path(), &["init"], None).status.success());
    let o = vakt(d.path(), &["systems", "list"], None);
    assert!(o.status.success(), "{}", err(&o));
    let s = out(&o);
    assert!(s.contains("public-chat  Publik chattjänst (publik)"), "{s}");
    assert!(
        s.contains("Får ta emot: bara nivå 0 (öppen information) (GBG-2, GBG-4"),
        "{s}"
    );
    assert!(
        s.contains("Får ta emot: nivå 0–2 (Betydande); personuppgifter med beslut för: sn-centrum"),
        "{s}"
    );
    assert!(
        s.contains("Beslut utbildning-intern-hogrisk (högrisk): education för utbildning"),
        "{s}"
    );
    let o = vakt(d.path(), &["systems", "list", "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sys = v["systems"].as_array().unwrap();
    assert_eq!(sys.len(), 3);
    assert_eq!(sys[0]["max_level"], 0);
    assert_eq!(sys[1]["max_level"], 2);
    assert_eq!(sys[2]["max_level"], 3);
    assert_eq!(sys[1]["dpa_signed"], true);
}

#[test]
fn policy_explain_prints_every_rule_and_how_it_is_enforced() {
    let d = tempfile::tempdir().unwrap();
    let o = vakt(
        d.path(),
        &["policy", "explain", "--profile", "staffanstorp"],
        None,
    );
    assert!(o.status.success(), "{}", err(&o));
    let s = out(&o);
    for id in [
        "STA-1", "STA-2", "STA-3", "STA-4", "STA-5", "STA-6", "STA-7", "STA-8", "DIGG-3",
    ] {
        assert!(s.contains(&format!("\n{id}  ")), "{id} missing:\n{s}");
    }
    assert!(s.contains("Kontroller: no_personal_data_public"), "{s}");
    assert!(
        s.contains("STA-6  Resultatet är ett utkast [påminnelse]"),
        "{s}"
    );
    let o = vakt(
        d.path(),
        &[
            "policy",
            "explain",
            "--profile",
            "goteborg",
            "--format",
            "json",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"], "goteborg");
    assert!(v["rules"].as_array().unwrap().len() >= 9);
}

#[test]
fn unknown_profile_and_invalid_config_are_refused_with_file_line_key() {
    let d = tempfile::tempdir().unwrap();
    let o = vakt(d.path(), &["policy", "explain", "--profile", "malmo"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("`organisation.profile`") && err(&o).contains("okänd profil `malmo`"),
        "{}",
        err(&o)
    );

    let bad = include_str!("../../../examples/vakt.toml")
        .replace("id = \"svea\"", "id = \"public-chat\"");
    std::fs::write(d.path().join("vakt.toml"), &bad).unwrap();
    let is_id = |l: &str| l.starts_with("id = \"public-chat\"");
    let line = bad.lines().position(is_id).unwrap();
    let second = bad.lines().skip(line + 1).position(is_id).unwrap() + line + 2;
    for args in [
        &["systems", "list"][..],
        &["policy", "explain"][..],
        &["redact", "-"][..],
    ] {
        let o = vakt(d.path(), args, Some("hej"));
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = err(&o);
        assert!(
            e.contains(&format!("vakt.toml:{second}: `systems[1].id`")),
            "{args:?}: {e}"
        );
    }
    let above =
        include_str!("../../../examples/vakt.toml").replacen("max_level = 0", "max_level = 2", 1);
    std::fs::write(d.path().join("vakt.toml"), &above).unwrap();
    let o = vakt(d.path(), &["systems", "list"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("`systems[0].max_level`") && err(&o).contains("riskbedömning"),
        "{}",
        err(&o)
    );
}

#[test]
fn redact_prints_masked_text_and_never_the_mapping() {
    let d = tempfile::tempdir().unwrap();
    let text = "Ring 070-123 45 67 angående personnummer 850314-1239 och 850314-1239 igen.\n";
    let o = vakt(d.path(), &["redact"], Some(text));
    assert!(o.status.success(), "{}", err(&o));
    let s = out(&o);
    assert!(!s.contains("850314") && !err(&o).contains("850314"), "{s}");
    assert_eq!(s.matches("[PERSONNUMMER_1]").count(), 2, "{s}");
    assert!(s.contains("[TELEFON_1]"), "{s}");
    assert!(s.ends_with(" igen.\n"), "{s}");
    // From a file, with a profile.
    std::fs::write(d.path().join("brev.txt"), text).unwrap();
    let o = vakt(
        d.path(),
        &["redact", "--profile", "botkyrka", "brev.txt"],
        None,
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("[PERSONNUMMER_1]"));
    let o = vakt(d.path(), &["redact", "saknas.txt"], None);
    assert_eq!(o.status.code(), Some(2));
}
