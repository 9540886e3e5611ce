//! `vakt keys` and `vakt records`, run as the real binary against a real SQLite file that the
//! test fills through the store library (as the gateway would).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use vakt_store::{Completion, NewRecord, RecordsKey, Role, Store};

const KEY_HEX: &str = "4f6c1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new(retention: &str) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let toml = format!(
            r#"
[storage]
url = "sqlite://{db}"

[organisation]
name = "Exempelkommunen"

[[authorities]]
id = "sn-centrum"
name = "Socialnämnden Centrum"
{retention}

[[authorities]]
id = "bn-norr"
name = "Byggnadsnämnden Norr"
"#,
            db = dir.path().join("vakt-data").join("vakt.db").display()
        );
        std::fs::write(dir.path().join("vakt.toml"), toml).unwrap();
        Env { dir }
    }

    fn url(&self) -> String {
        format!(
            "sqlite://{}",
            self.dir.path().join("vakt-data").join("vakt.db").display()
        )
    }

    fn vakt(&self, args: &[&str]) -> Output {
        self.vakt_env(args, &[])
    }

    fn vakt_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_vakt"));
        c.current_dir(self.dir.path())
            .args(args)
            .env("VAKT_RECORDS_KEY", KEY_HEX)
            .env_remove("VAKT_KEY")
            .env_remove("VAKT_STORAGE_URL");
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    }

    async fn store(&self) -> std::sync::Arc<dyn Store> {
        vakt_store::open_with_key(&self.url(), RecordsKey::from_hex(KEY_HEX).unwrap())
            .await
            .unwrap()
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn record(authority: &str, user: &str, request: &str) -> NewRecord {
    NewRecord {
        authority: authority.into(),
        user: user.into(),
        system: "public-chat".into(),
        decision: "allowed".into(),
        rules: vec![],
        level: 2,
        categories: vec!["personnummer".into()],
        request: request.into(),
        sent: Some(request.into()),
        mask_map: None,
        purpose: None,
    }
}

/// Three records in two authorities; returns the ids.
async fn fill(env: &Env) -> Vec<String> {
    let store = env.store().await;
    let mut ids = Vec::new();
    for (a, u, t) in [
        (
            "sn-centrum",
            "anna",
            "Tolvan Tolvansson har personnummer 121212-1212 och behöver stöd",
        ),
        (
            "sn-centrum",
            "bo",
            "Skriv en kallelse till nämndens sammanträde",
        ),
        ("bn-norr", "cecilia", "Sammanfatta bygglovsansökan"),
    ] {
        let id = store.begin_record(record(a, u, t)).await.unwrap();
        store
            .complete_record(
                id,
                Completion {
                    response: Some(format!("Svar om 121212-1212 till {u}")),
                    upstream_status: Some(200),
                    error: None,
                },
            )
            .await
            .unwrap();
        ids.push(id.to_string());
    }
    ids
}

#[test]
fn keys_create_prints_the_key_alone_on_its_line() {
    let env = Env::new("");
    let o = env.vakt(&[
        "keys",
        "create",
        "--user",
        "anna",
        "--authority",
        "sn-centrum",
        "--role",
        "registrar",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out:?}");
    let key = lines[0];
    assert!(key.starts_with("vakt_") && key.len() == 69, "{key}");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let caller = rt.block_on(async { env.store().await.authenticate(key).await.unwrap() });
    let caller = caller.expect("the printed key authenticates");
    assert_eq!(caller.user, "anna");
    assert_eq!(caller.role, Role::Registrar);
    // An authority the configuration does not know is refused.
    let o = env.vakt(&["keys", "create", "--user", "anna", "--authority", "okänd"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("finns inte"), "{}", stderr(&o));
    // A bad role is a usage error.
    let o = env.vakt(&[
        "keys",
        "create",
        "--user",
        "anna",
        "--authority",
        "sn-centrum",
        "--role",
        "kung",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn export_jsonl_has_the_contract_fields_and_masks() {
    let env = Env::new("");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let ids = rt.block_on(fill(&env));
    let o = env.vakt(&[
        "records",
        "export",
        "--format",
        "jsonl",
        "--authority",
        "sn-centrum",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for v in &lines {
        for f in [
            "id",
            "created_at",
            "authority",
            "user",
            "system",
            "decision",
            "level",
            "request",
            "sent",
            "response",
        ] {
            assert!(v.get(f).is_some(), "missing {f} in {v}");
        }
        assert_eq!(v["authority"], "sn-centrum");
    }
    let anna = lines.iter().find(|v| v["id"] == ids[0].as_str()).unwrap();
    assert!(anna["request"].as_str().unwrap().contains("121212-1212"));

    let o = env.vakt(&[
        "records",
        "export",
        "--format",
        "jsonl",
        "--authority",
        "sn-centrum",
        "--mask",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains("121212-1212"), "{out}");
    assert!(out.contains("[MASKERAT: personnummer]"), "{out}");

    // Dates: today is inside, an old range is empty.
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let o = env.vakt(&[
        "records", "export", "--format", "jsonl", "--from", &today, "--to", &today,
    ]);
    assert_eq!(stdout(&o).lines().count(), 3);
    let o = env.vakt(&[
        "records",
        "export",
        "--format",
        "jsonl",
        "--from",
        "2001-01-01",
        "--to",
        "2001-12-31",
    ]);
    assert_eq!(stdout(&o).lines().count(), 0);
    let o = env.vakt(&["records", "export", "--from", "igår"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn export_csv_and_html() {
    let env = Env::new("");
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(fill(&env));
    let o = env.vakt(&["records", "export", "--format", "csv", "--mask"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("id,created_at,authority,user,system,decision,level"));
    assert_eq!(out.lines().count(), 4);
    assert!(!out.contains("121212-1212"));
    let file = env.path().join("rapport.html");
    let o = env.vakt(&[
        "records",
        "export",
        "--format",
        "html",
        "--mask",
        "--authority",
        "sn-centrum",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Utlämnande av allmänna handlingar"));
    assert_eq!(html.matches("class=\"post\"").count(), 2);
    assert!(html.contains("[MASKERAT: personnummer]"));
    assert!(!html.contains("121212-1212"));
}

fn tamper(db: PathBuf, sql: &str) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        let n = sqlx::query(sql)
            .execute(&pool)
            .await
            .unwrap()
            .rows_affected();
        assert_eq!(n, 1);
        pool.close().await;
    });
}

#[test]
fn verify_exits_one_naming_the_first_broken_record() {
    let env = Env::new("");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let ids = rt.block_on(fill(&env));
    let o = env.vakt(&["records", "verify"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("sn-centrum: kedjan är hel"));
    tamper(
        env.path().join("vakt-data/vakt.db"),
        &format!(
            // (0x01 where the first byte already is 0x00: the update must change it)
            "UPDATE records SET content = CAST((CASE WHEN substr(content, 1, 1) = X'00' \
             THEN X'01' ELSE X'00' END) || substr(content, 2) AS BLOB) WHERE id = '{}'",
            ids[1]
        ),
    );
    let o = env.vakt(&["records", "verify"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains(&ids[1]), "{out}");
    assert!(out.contains("bn-norr: kedjan är hel"), "{out}");
    let o = env.vakt(&["records", "verify", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["chains"][1]["broken"]["record_id"], ids[1].as_str());
}

#[test]
fn purge_disposes_per_retention_and_verify_still_passes() {
    let env = Env::new("retention_days = 0\ndisposal_decision = \"SN 2024:17 Gallringsbeslut\"");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let ids = rt.block_on(fill(&env));
    let o = env.vakt(&["records", "purge"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("sn-centrum: 2 poster gallrade"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("SN 2024:17"));
    let o = env.vakt(&["records", "verify"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let o = env.vakt(&["records", "export", "--format", "jsonl"]);
    for l in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        if v["authority"] == "sn-centrum" {
            assert!(v["request"].is_null() && v["response"].is_null(), "{v}");
            assert_eq!(v["disposed"], true);
        } else {
            assert_eq!(v["id"], ids[2].as_str());
            assert!(v["request"].is_string());
        }
    }
    // An authority without retention_days cannot be purged by name.
    let o = env.vakt(&["records", "purge", "--authority", "bn-norr"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("retention_days"));
}

#[test]
fn purge_without_a_decision_is_refused() {
    let env = Env::new("retention_days = 30");
    let o = env.vakt(&["records", "purge"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("disposal_decision"), "{}", stderr(&o));
}

#[test]
fn roles_apply_with_a_key() {
    let env = Env::new("retention_days = 0\ndisposal_decision = \"SN 2024:17\"");
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(fill(&env));
    let key = |user: &str, role: &str| {
        let o = env.vakt(&[
            "keys",
            "create",
            "--user",
            user,
            "--authority",
            "sn-centrum",
            "--role",
            role,
        ]);
        assert!(o.status.success());
        stdout(&o).trim().to_string()
    };
    let anna = key("anna", "user");
    let reg = key("rut", "registrar");
    let o = env.vakt(&["records", "search", "--format", "json", "--key", &anna]);
    assert!(o.status.success(), "{}", stderr(&o));
    let users: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["user"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(users, ["anna"]);
    let o = env.vakt_env(
        &["records", "search", "--format", "json"],
        &[("VAKT_KEY", &reg)],
    );
    assert_eq!(stdout(&o).lines().count(), 2);
    let o = env.vakt(&["records", "search", "--key", &reg, "--authority", "bn-norr"]);
    assert_eq!(o.status.code(), Some(2));
    let o = env.vakt(&["records", "search", "--key", "vakt_fel"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("okänd"));
    // A user may not purge; the registrar may.
    let o = env.vakt(&["records", "purge", "--key", &anna]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("behörighet"), "{}", stderr(&o));
    let o = env.vakt(&["records", "purge", "--key", &reg]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Free-text search.
    let o = env.vakt(&[
        "records",
        "search",
        "--format",
        "json",
        "--text",
        "bygglovsansökan",
    ]);
    assert_eq!(stdout(&o).lines().count(), 1);
}

#[test]
fn production_without_a_key_refuses_to_start() {
    let env = Env::new("");
    let mut c = Command::new(env!("CARGO_BIN_EXE_vakt"));
    let o = c
        .current_dir(env.path())
        .args(["records", "verify"])
        .env_remove("VAKT_RECORDS_KEY")
        .env("VAKT_SERVER_PRODUCTION", "true")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("VAKT_RECORDS_KEY"), "{}", stderr(&o));
    assert!(!env.path().join("vakt-data/records.key").exists());
    // In development mode a key file is made, with a warning.
    let o = Command::new(env!("CARGO_BIN_EXE_vakt"))
        .current_dir(env.path())
        .args(["records", "verify"])
        .env_remove("VAKT_RECORDS_KEY")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("varning"));
    assert!(env.path().join("vakt-data/records.key").exists());
}
