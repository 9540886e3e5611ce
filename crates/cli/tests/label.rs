//! `vakt label`: the real binary on real files in a temp folder.

#[path = "../../gateway/tests/common/upstream.rs"]
mod upstream;

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn vakt(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vakt"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The folder holds exactly these names (no temporary files left behind).
fn assert_listing(dir: &Path, names: &[&str]) {
    let mut got: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    got.sort();
    let mut want: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn labels_in_place_keeps_permissions_and_check_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let png = upstream::tiny_png();
    std::fs::write(d.join("bild.png"), &png).unwrap();
    std::fs::set_permissions(d.join("bild.png"), std::fs::Permissions::from_mode(0o640)).unwrap();

    let o = vakt(d, &["label", "--check", "bild.png"]);
    assert_eq!(code(&o), 1, "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("bild.png: saknar AI-märkning (PNG)"));

    let o = vakt(d, &["label", "bild.png", "--tool", "Bildtjänsten"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(
        text(&o.stdout).contains("bild.png: märkt (PNG): \"Bild genererad av AI (Bildtjänsten)\""),
        "{}",
        text(&o.stdout)
    );
    let after = std::fs::read(d.join("bild.png")).unwrap();
    assert_ne!(after, png);
    let s = vakt_label::check(&after, Some("bild.png")).unwrap();
    assert!(s.labelled());
    let mode = std::fs::metadata(d.join("bild.png"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o640, "permissions are kept");
    assert_listing(d, &["bild.png"]);

    let o = vakt(d, &["label", "--check", "bild.png"]);
    assert_eq!(code(&o), 0);
    assert!(text(&o.stdout)
        .contains("märkt som AI-genererad (PNG): \"Bild genererad av AI (Bildtjänsten)\""));

    // Again: nothing to change.
    let o = vakt(d, &["label", "bild.png", "--tool", "Bildtjänsten"]);
    assert_eq!(code(&o), 0);
    assert!(text(&o.stdout).contains("redan märkt"));
    assert_eq!(std::fs::read(d.join("bild.png")).unwrap(), after);

    // exiftool reads the label of the file the command wrote.
    let x = Command::new("exiftool")
        .args(["-j", "-XMP:all"])
        .arg(d.join("bild.png"))
        .output()
        .expect("exiftool (libimage-exiftool-perl) must be installed");
    let v: serde_json::Value = serde_json::from_slice(&x.stdout).unwrap();
    assert_eq!(v[0]["DigitalSourceType"], vakt_label::DIGITAL_SOURCE_TYPE);
}

#[test]
fn broken_and_misnamed_files_are_left_untouched_and_the_rest_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let png = upstream::tiny_png();
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("avkortad.png", png[..png.len() - 5].to_vec()),
        ("fel-namn.jpg", png.clone()),
        ("text.png", "det här är ingen bild".as_bytes().to_vec()),
        ("okand.xyz", b"ingen bild heller".to_vec()),
        ("bra.png", png.clone()),
    ];
    for (n, b) in &files {
        std::fs::write(d.join(n), b).unwrap();
    }
    let mut args = vec!["label"];
    args.extend(files.iter().map(|(n, _)| *n));
    args.push("saknas.png");
    let o = vakt(d, &args);
    assert_eq!(code(&o), 2, "an error gives exit code 2");
    let err = text(&o.stderr);
    assert!(err.contains("avkortad.png: PNG-filen är avkortad"), "{err}");
    assert!(
        err.contains("fel-namn.jpg: filnamnet säger JPEG men innehållet är PNG"),
        "{err}"
    );
    assert!(
        err.contains("text.png: filnamnet säger PNG men innehållet är inget känt format"),
        "{err}"
    );
    assert!(err.contains("okand.xyz: filen är varken PNG"), "{err}");
    assert!(err.contains("saknas.png: kan inte läsa filen"), "{err}");
    for (n, b) in &files[..4] {
        assert_eq!(
            &std::fs::read(d.join(n)).unwrap(),
            b,
            "{n} must be untouched"
        );
    }
    assert!(
        vakt_label::check(&std::fs::read(d.join("bra.png")).unwrap(), None)
            .unwrap()
            .labelled()
    );
    let mut names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    names.sort();
    assert_listing(d, &names);

    let o = vakt(d, &["label", "--check", "bra.png", "avkortad.png"]);
    assert_eq!(code(&o), 2);
}

#[test]
fn a_symlink_keeps_pointing_at_the_labelled_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("bilder")).unwrap();
    std::fs::write(d.join("bilder/a.png"), upstream::tiny_png()).unwrap();
    std::os::unix::fs::symlink("bilder/a.png", d.join("länk.png")).unwrap();
    let o = vakt(d, &["label", "länk.png"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert!(std::fs::symlink_metadata(d.join("länk.png"))
        .unwrap()
        .file_type()
        .is_symlink());
    let s = vakt_label::check(&std::fs::read(d.join("bilder/a.png")).unwrap(), None).unwrap();
    assert!(s.labelled());
    assert_eq!(s.description.as_deref(), Some("Bild genererad av AI"));
}

#[test]
fn text_mode_appends_the_profiles_note_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let note = "AI-genererat utkast – granska innan du använder det";
    // stdin → stdout.
    let mut child = Command::new(env!("CARGO_BIN_EXE_vakt"))
        .current_dir(d)
        .args(["label", "--text", "--profile", "digg", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Hej!\nHär är utkastet.\n".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stdout),
        format!("Hej!\nHär är utkastet.\n\n— {note}\n")
    );

    // A file, in place, once.
    std::fs::write(d.join("svar.txt"), "Ett svar.").unwrap();
    let o = vakt(
        d,
        &[
            "label",
            "--text",
            "--check",
            "--profile",
            "digg",
            "svar.txt",
        ],
    );
    assert_eq!(code(&o), 1);
    let o = vakt(d, &["label", "--text", "--profile", "digg", "svar.txt"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let once = std::fs::read_to_string(d.join("svar.txt")).unwrap();
    assert_eq!(once, format!("Ett svar.\n\n— {note}\n"));
    let o = vakt(d, &["label", "--text", "--profile", "digg", "svar.txt"]);
    assert_eq!(code(&o), 0);
    assert!(text(&o.stdout).contains("har redan AI-noteringen"));
    assert_eq!(std::fs::read_to_string(d.join("svar.txt")).unwrap(), once);
    let o = vakt(
        d,
        &[
            "label",
            "--text",
            "--check",
            "--profile",
            "digg",
            "svar.txt",
        ],
    );
    assert_eq!(code(&o), 0);

    // The profile decides the note.
    std::fs::write(d.join("b.txt"), "Text.\n").unwrap();
    let o = vakt(d, &["label", "--text", "--profile", "botkyrka", "b.txt"]);
    assert_eq!(code(&o), 0, "{}", text(&o.stderr));
    let b = std::fs::read_to_string(d.join("b.txt")).unwrap();
    assert!(
        b.contains("— AI-genererat – granska och låt en sakkunnig kollega kontrollera"),
        "{b}"
    );

    // A binary file is not text.
    std::fs::write(d.join("bild.png"), upstream::tiny_png()).unwrap();
    let o = vakt(d, &["label", "--text", "bild.png"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        std::fs::read(d.join("bild.png")).unwrap(),
        upstream::tiny_png()
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(code(&vakt(d, &["label"])), 2);
    assert_eq!(
        code(&vakt(d, &["label", "--check", "--tool", "x", "a.png"])),
        2
    );
    let long = "x".repeat(300);
    std::fs::write(d.join("a.png"), upstream::tiny_png()).unwrap();
    let o = vakt(d, &["label", "--tool", &long, "a.png"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        std::fs::read(d.join("a.png")).unwrap(),
        upstream::tiny_png()
    );
}
