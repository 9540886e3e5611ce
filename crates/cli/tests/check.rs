//! `vakt check` end to end: the real binary on real files and folders in a temp dir.
//! Synthetic Swedish people only: personnummer 811218-9876 (Luhn-valid, checked below).

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use vakt_extract::samples;

const PNR: &str = "811218-9876";

/// The `i`-th of a list of distinct valid personnummer (born 1981-12-18, serial 9ii).
fn pnr(i: usize) -> String {
    let digits = format!("8112189{:02}", i % 100);
    let sum: u32 = digits
        .bytes()
        .enumerate()
        .map(|(k, b)| {
            let d = u32::from(b - b'0') * if k % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    format!("{}-{}{}", &digits[..6], &digits[6..], (10 - sum % 10) % 10)
}

fn vakt(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vakt"));
    cmd.current_dir(dir)
        .arg("check")
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run vakt");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}):\n{}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

fn doc<'a>(v: &'a Value, source: &str) -> &'a Value {
    v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["source"] == source)
        .unwrap_or_else(|| panic!("no document {source} in {v}"))
}

fn has_pnr(d: &Value) -> bool {
    d["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["category"] == "personnummer" && f["text"] == PNR)
}

#[test]
fn test_person_is_luhn_valid() {
    let sum: u32 = "811218987"
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap() * if i % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    assert_eq!((10 - sum % 10) % 10, 6);
}

#[test]
fn json_shape_and_offsets_slice_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "Ärende 2026-114\nSökande: Åsa Öberg, personnummer {PNR}.\nTelefon 070-123 45 67, e-post asa.oberg@example.se\n"
    );
    std::fs::write(dir.path().join("brev.txt"), &text).unwrap();
    let out = vakt(dir.path(), &["--format", "json", "brev.txt"], None);
    let v = json(&out);
    let d = doc(&v, "brev.txt");
    assert!(d["level"].as_u64().unwrap() >= 2, "{d}");
    assert_eq!(
        d["level_name"],
        [
            "Ingen eller försumbar",
            "Måttlig",
            "Betydande",
            "Allvarlig",
            "Synnerligen allvarlig"
        ][d["level"].as_u64().unwrap() as usize]
    );
    assert!(d["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r.is_string()));
    assert!(!d["reasons"].as_array().unwrap().is_empty());
    assert!(d["uses"].is_array());
    assert!(d.get("decision").is_none(), "decision only with --system");
    let findings = d["findings"].as_array().unwrap();
    assert!(has_pnr(d), "{d}");
    for f in findings {
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], f["text"].as_str().unwrap(), "{f}");
        assert!(f["score"].as_f64().unwrap() > 0.0 && f["score"].as_f64().unwrap() <= 1.0);
        assert!(f["level"].as_u64().unwrap() <= 4);
        assert!(f["category"].is_string());
    }
    let pnr = findings.iter().find(|f| f["text"] == PNR).unwrap();
    assert_eq!(
        pnr["start"].as_u64().unwrap() as usize,
        text.find(PNR).unwrap()
    );
    assert_eq!(code(&out), 0, "level ≤ 3 with default --max-level");
    assert_eq!(v["errors"], serde_json::json!([]));
}

#[test]
fn stdin_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!("Hej, mitt personnummer är {PNR}.");
    let out = vakt(
        dir.path(),
        &["--format", "json", "-"],
        Some(input.as_bytes()),
    );
    let v = json(&out);
    let d = doc(&v, "-");
    assert!(has_pnr(d), "{d}");
    let f = d["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == PNR)
        .unwrap();
    assert_eq!(
        f["start"].as_u64().unwrap() as usize,
        input.find(PNR).unwrap()
    );
    // no PATH at all reads stdin too when it is not a terminal
    let out = vakt(dir.path(), &["--format", "json"], Some(input.as_bytes()));
    assert!(has_pnr(doc(&json(&out), "-")));
}

#[test]
fn exit_codes_follow_max_level() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pnr.txt"), format!("Personnummer: {PNR}")).unwrap();
    std::fs::write(
        dir.path().join("tom.txt"),
        "Välkommen till biblioteket i Gävle.",
    )
    .unwrap();
    assert_eq!(code(&vakt(dir.path(), &["tom.txt"], None)), 0);
    assert_eq!(
        code(&vakt(dir.path(), &["--max-level", "0", "tom.txt"], None)),
        0
    );
    assert_eq!(code(&vakt(dir.path(), &["pnr.txt"], None)), 0);
    let out = vakt(
        dir.path(),
        &["--max-level", "1", "pnr.txt", "tom.txt"],
        None,
    );
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stdout));
    // usage errors
    assert_eq!(
        code(&vakt(dir.path(), &["--max-level", "9", "pnr.txt"], None)),
        2
    );
    assert_eq!(
        code(&vakt(dir.path(), &["--format", "xml", "pnr.txt"], None)),
        2
    );
    // a missing file is an error line, the other file is still checked, exit 2
    let out = vakt(
        dir.path(),
        &["--format", "json", "finns-inte.txt", "pnr.txt"],
        None,
    );
    assert_eq!(code(&out), 2);
    let v = json(&out);
    assert!(has_pnr(doc(&v, "pnr.txt")));
    assert_eq!(v["errors"][0]["source"], "finns-inte.txt");
    assert!(String::from_utf8_lossy(&out.stderr).contains("finns-inte.txt"));
}

#[test]
fn folders_are_walked_and_office_files_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("akt");
    std::fs::create_dir_all(root.join("under")).unwrap();
    std::fs::create_dir_all(root.join(".dold")).unwrap();
    std::fs::write(
        root.join("a.docx"),
        samples::docx(&["Beslut", &format!("Sökande {PNR}")]),
    )
    .unwrap();
    std::fs::write(
        root.join("under/b.xlsx"),
        samples::xlsx(&[&["Namn", "Pnr"], &["Åsa Öberg", PNR]]),
    )
    .unwrap();
    std::fs::write(
        root.join("under/c.pdf"),
        samples::pdf(&[&format!("Personnummer {PNR}")]),
    )
    .unwrap();
    std::fs::write(
        root.join("under/d.odt"),
        samples::odt(&[&format!("Pnr {PNR}")]),
    )
    .unwrap();
    std::fs::write(
        root.join("under/e.pptx"),
        samples::pptx(&[&format!("Pnr {PNR}")]),
    )
    .unwrap();
    std::fs::write(root.join("under/f.ods"), samples::ods(&[&[PNR]])).unwrap();
    std::fs::write(
        root.join("g.eml"),
        samples::eml(
            "a@example.se",
            "Hej",
            &format!("Pnr {PNR}"),
            ("x.txt", "hej"),
        ),
    )
    .unwrap();
    std::fs::write(root.join("h.html"), format!("<p>Pnr&nbsp;{PNR}</p>")).unwrap();
    std::fs::write(root.join("bild.png"), b"\x89PNG\r\n\x1a\n\0\0").unwrap(); // not walked
    std::fs::write(root.join(".dold/x.txt"), PNR).unwrap(); // hidden: skipped
    std::fs::write(root.join("ignorerad.txt"), PNR).unwrap();
    std::fs::write(root.join(".gitignore"), "ignorerad.txt\n").unwrap();
    let out = vakt(dir.path(), &["--format", "json", "akt"], None);
    let v = json(&out);
    let sources: Vec<&str> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources,
        [
            "akt/a.docx",
            "akt/g.eml",
            "akt/h.html",
            "akt/under/b.xlsx",
            "akt/under/c.pdf",
            "akt/under/d.odt",
            "akt/under/e.pptx",
            "akt/under/f.ods"
        ],
        "{v}"
    );
    for d in v["documents"].as_array().unwrap() {
        assert!(has_pnr(d), "{d}");
        assert!(d["level"].as_u64().unwrap() >= 2, "{d}");
    }
    assert_eq!(code(&out), 0);
    // an ignored or hidden file named explicitly is checked
    let out = vakt(
        dir.path(),
        &["--format", "json", "akt/ignorerad.txt", "akt/.dold/x.txt"],
        None,
    );
    assert_eq!(json(&out)["documents"].as_array().unwrap().len(), 2);
}

#[test]
fn corrupt_docx_and_zip_bomb_are_per_file_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut docx = samples::docx(&["Åsa Öberg"]);
    docx.truncate(docx.len() / 2);
    std::fs::write(dir.path().join("trasig.docx"), docx).unwrap();
    // inflates to 300 MiB, claims 1 KiB
    std::fs::write(
        dir.path().join("bomb.docx"),
        samples::zip_bomb_docx(300 << 20, 1024),
    )
    .unwrap();
    // inflates to 300 MiB and says so
    std::fs::write(
        dir.path().join("bomb2.docx"),
        samples::zip_bomb_docx(300 << 20, 300 << 20),
    )
    .unwrap();
    std::fs::write(dir.path().join("ok.txt"), format!("Pnr {PNR}")).unwrap();
    std::fs::write(
        dir.path().join("fel.docx"),
        "det här är text, inte ett Word-dokument",
    )
    .unwrap();
    let out = vakt(
        dir.path(),
        &[
            "--format",
            "json",
            "trasig.docx",
            "bomb.docx",
            "bomb2.docx",
            "fel.docx",
            "ok.txt",
        ],
        None,
    );
    assert_eq!(code(&out), 2);
    let v = json(&out);
    assert!(has_pnr(doc(&v, "ok.txt")));
    let errors = v["errors"].as_array().unwrap();
    let err = |s: &str| {
        errors
            .iter()
            .find(|e| e["source"] == s)
            .unwrap_or_else(|| panic!("no error for {s}: {v}"))["error"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(
        err("trasig.docx").contains("trasig"),
        "{}",
        err("trasig.docx")
    );
    assert!(
        err("bomb.docx").contains("zip-bomb"),
        "{}",
        err("bomb.docx")
    );
    assert!(
        err("bomb2.docx").contains("zip-bomb"),
        "{}",
        err("bomb2.docx")
    );
    assert!(err("fel.docx").contains(".docx"), "{}", err("fel.docx"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bomb.docx") && stderr.contains("trasig.docx"),
        "{stderr}"
    );
}

#[test]
fn binary_and_invalid_utf8() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("program.txt"),
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
    )
    .unwrap();
    let mut latin1 = b"Personuppgifter: M\xe5rten \xd6berg, personnummer ".to_vec();
    latin1.extend_from_slice(PNR.as_bytes());
    latin1.extend_from_slice(b", G\xe4vle\n");
    std::fs::write(dir.path().join("gammal.txt"), latin1).unwrap();
    let out = vakt(
        dir.path(),
        &["--format", "json", "program.txt", "gammal.txt"],
        None,
    );
    let v = json(&out);
    assert_eq!(code(&out), 2);
    assert_eq!(v["errors"][0]["source"], "program.txt");
    let d = doc(&v, "gammal.txt");
    assert!(has_pnr(d), "{d}");
    assert!(
        d["notes"][0].as_str().unwrap().contains("Windows-1252"),
        "{d}"
    );
    // offsets refer to the decoded UTF-8 text
    let decoded = format!("Personuppgifter: Mårten Öberg, personnummer {PNR}, Gävle\n");
    for f in d["findings"].as_array().unwrap() {
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&decoded[s..e], f["text"].as_str().unwrap());
    }
}

#[test]
fn sarif_is_2_1_0() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("Rad ett\nSökande Åsa, pnr {PNR}\n");
    std::fs::write(dir.path().join("a.txt"), &text).unwrap();
    let out = vakt(dir.path(), &["--format", "sarif", "a.txt"], None);
    let v = json(&out);
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "vakt");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "personnummer"));
    let results = run["results"].as_array().unwrap();
    let r = results
        .iter()
        .find(|r| r["ruleId"] == "personnummer")
        .expect("a personnummer result");
    assert_eq!(
        rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "personnummer"
    );
    let region = &r["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 2);
    assert_eq!(
        region["startColumn"],
        "Sökande Åsa, pnr ".chars().count() + 1
    );
    assert_eq!(
        region["byteOffset"].as_u64().unwrap() as usize,
        text.find(PNR).unwrap()
    );
    assert_eq!(region["byteLength"], PNR.len());
    assert_eq!(
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "a.txt"
    );
    // the personnummer itself is not copied into the SARIF log
    assert!(!String::from_utf8_lossy(&out.stdout).contains(PNR));
}

#[test]
fn human_output_without_colour_when_piped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        format!("Sökande: Åsa Öberg\nPnr {PNR}\n"),
    )
    .unwrap();
    let out = vakt(dir.path(), &["a.txt"], None);
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(!s.contains('\x1b'), "{s:?}");
    assert!(s.contains("a.txt: nivå"), "{s}");
    assert!(s.contains(&format!("2:5  personnummer  {PNR}")), "{s}");
    assert!(s.contains(&format!("│ Pnr {PNR}")), "{s}");
    assert!(s.contains("skäl: "), "{s}");
    assert!(s.contains("Totalt: 1 dokument granskade"), "{s}");
    // colour when forced
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vakt"));
    let out = cmd
        .current_dir(dir.path())
        .args(["check", "a.txt"])
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}

#[test]
fn findings_beyond_the_cap_are_counted_and_noted_not_kept() {
    // Ten personnummer, at most three listed: the rest are counted (level, counts) and every
    // format says "fler fynd utelämnade".
    let dir = tempfile::tempdir().unwrap();
    let text: String = (0..10)
        .map(|i| format!("Rad {i}: sökande med personnummer {}.\n", pnr(i)))
        .collect();
    std::fs::write(dir.path().join("lista.txt"), &text).unwrap();
    let args = ["--max-findings", "3", "lista.txt"];

    let out = vakt(
        dir.path(),
        &[&["--format", "json"][..], &args].concat(),
        None,
    );
    let v = json(&out);
    let d = doc(&v, "lista.txt");
    assert_eq!(d["findings"].as_array().unwrap().len(), 3, "{d}");
    assert_eq!(d["findings_omitted"], 7, "{d}");
    let notes: Vec<&str> = d["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("7 fler fynd utelämnade") && n.contains("högst 3")),
        "{notes:?}"
    );
    // The level still counts all ten (a compilation of personnummer).
    assert_eq!(d["level"], 3, "{d}");

    let out = vakt(dir.path(), &args, None);
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("obs: 7 fler fynd utelämnade"), "{s}");
    assert!(s.contains("--format json listar 3 av dem"), "{s}");

    let out = vakt(
        dir.path(),
        &[&["--format", "sarif"][..], &args].concat(),
        None,
    );
    let v = json(&out);
    let props = &v["runs"][0]["artifacts"][0]["properties"];
    assert_eq!(props["findings_omitted"], 7, "{props}");
    assert!(
        props["notes"][0]
            .as_str()
            .unwrap()
            .contains("fler fynd utelämnade"),
        "{props}"
    );
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 3);

    // Without a cap being hit there is no note.
    let out = vakt(dir.path(), &["--format", "json", "lista.txt"], None);
    let d = json(&out);
    let d = doc(&d, "lista.txt");
    assert_eq!(d["findings"].as_array().unwrap().len(), 10);
    assert!(
        d.get("findings_omitted").is_none() && d.get("notes").is_none(),
        "{d}"
    );
}

#[test]
fn a_compilation_spread_over_chunks_lifts_the_file() {
    // 12 MiB, six 2 MiB chunks; six personnummer spread evenly (at most two in a chunk): no
    // chunk alone is a compilation (6, `MANY_PNR`), the file is.
    let dir = tempfile::tempdir().unwrap();
    let line =
        "Vägarbetet på Kungsgatan pågår till och med vecka 42 med omledning via Drottninggatan.\n";
    let mut text = String::new();
    let mut placed = 0;
    while text.len() < 12 << 20 {
        let third = (12 << 20) / 7;
        if placed < 6 && text.len() >= third * (placed + 1) {
            text.push_str(&format!(
                "Sökande med personnummer {} har hört av sig.\n",
                pnr(placed)
            ));
            placed += 1;
        } else {
            text.push_str(line);
        }
    }
    assert_eq!(placed, 6);
    std::fs::write(dir.path().join("stor.txt"), &text).unwrap();
    let out = vakt(dir.path(), &["--format", "json", "stor.txt"], None);
    let v = json(&out);
    let d = doc(&v, "stor.txt");
    assert_eq!(d["level"], 3, "{}", d["reasons"]);
    let reasons: Vec<&str> = d["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(
        reasons.iter().any(|r| r
            .starts_with("sammanställning: 6 personnummer eller samordningsnummer i samma fil")),
        "{reasons:?}"
    );
}

#[test]
fn large_file_is_chunked_with_exact_offsets() {
    // 12 MiB: six 2 MiB chunks with overlaps.
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    let line =
        "Vägarbetet på Kungsgatan pågår till och med vecka 42 med omledning via Drottninggatan.\n";
    let mut expected = Vec::new();
    let mut i = 0;
    while text.len() < 12 << 20 {
        if i % 10_000 == 0 {
            text.push_str("Sökande med personnummer ");
            expected.push(text.len());
            text.push_str(PNR);
            text.push_str(" har hört av sig.\n");
        } else {
            text.push_str(line);
        }
        i += 1;
    }
    std::fs::write(dir.path().join("stor.txt"), &text).unwrap();
    let out = vakt(dir.path(), &["--format", "json", "stor.txt"], None);
    let v = json(&out);
    let d = doc(&v, "stor.txt");
    let starts: Vec<usize> = d["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["category"] == "personnummer")
        .map(|f| f["start"].as_u64().unwrap() as usize)
        .collect();
    assert_eq!(
        starts, expected,
        "each personnummer exactly once, at its offset"
    );
    for f in d["findings"].as_array().unwrap() {
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], f["text"].as_str().unwrap());
    }
    assert!(d["level"].as_u64().unwrap() >= 2);
}

#[test]
fn system_decision_from_the_policy() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("vakt.toml"),
        r#"
[organisation]
name = "Göteborgs Stad"
profile = "goteborg"

[[authorities]]
id = "sn-centrum"
name = "Socialnämnden Centrum"

[[systems]]
id = "public-chat"
name = "Publik chattjänst"
kind = "public"
upstream = "http://127.0.0.1:9/v1"
model = "llama3.2"
risk_assessed = false
max_level = 0
allow_masked = false
"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("pnr.txt"), format!("Sökande: {PNR}")).unwrap();
    std::fs::write(dir.path().join("tom.txt"), "Välkommen till biblioteket.").unwrap();
    let out = vakt(
        dir.path(),
        &[
            "--format",
            "json",
            "--system",
            "public-chat",
            "pnr.txt",
            "tom.txt",
        ],
        None,
    );
    let v = json(&out);
    let d = &doc(&v, "pnr.txt")["decision"];
    assert_eq!(d["system"], "public-chat");
    assert_eq!(d["allowed"], false);
    assert_eq!(d["decision"], "refused");
    assert!(
        d["rules"].as_array().unwrap().iter().any(|r| r == "GBG-2"),
        "{d}"
    );
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("Det här kan du göra"),
        "{d}"
    );
    let d = &doc(&v, "tom.txt")["decision"];
    assert_eq!(d["allowed"], true);
    assert_eq!(code(&out), 1, "a refused document fails the check");
    // an unknown system is a usage error naming the registered ones
    let out = vakt(dir.path(), &["--system", "finns-inte", "tom.txt"], None);
    assert_eq!(code(&out), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("public-chat"));
}
