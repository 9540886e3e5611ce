//! The five source guidelines in `shared/seeds/` talk about health, personnummer, secrecy
//! and credentials in the abstract ("du får aldrig mata in uppgifter om hälsa"). They are
//! open information: each must come out at level ≤ 1, no finding of a special-category,
//! extra-protected, secrecy, protected-identity, security-classified, personnummer or
//! credential category may carry level ≥ 2, and they ask an AI for no AI Act use.

use std::path::PathBuf;
use vakt_detect::{Category, CategoryKind, Engine, Level};

/// The shared folder: `VAKT_SHARED_DIR`, else `<manifest>/../../../shared`, else `/work/shared`.
fn shared_dir() -> PathBuf {
    if let Ok(d) = std::env::var("VAKT_SHARED_DIR") {
        return PathBuf::from(d);
    }
    let rel = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if rel.is_dir() {
        return rel;
    }
    PathBuf::from("/work/shared")
}

fn seeds() -> Vec<(String, String)> {
    let dir = shared_dir().join("seeds");
    let mut out = Vec::new();
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let p = entry.expect("directory entry").path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with(".txt") && name.as_bytes()[0].is_ascii_digit() {
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            out.push((name, text));
        }
    }
    out.sort();
    assert_eq!(
        out.len(),
        5,
        "expected five seed documents in {}",
        dir.display()
    );
    out
}

/// Categories that must never be reported at level ≥ 2 in a guideline.
fn forbidden(c: Category) -> bool {
    matches!(
        c.kind(),
        CategoryKind::SpecialCategory | CategoryKind::ExtraProtected
    ) || matches!(
        c,
        Category::Personnummer
            | Category::Samordningsnummer
            | Category::Credential
            | Category::SecrecyMarking
            | Category::ProtectedIdentity
            | Category::SecurityClassified
    )
}

#[test]
fn seeds_are_open_information() {
    let mut problems = Vec::new();
    for (name, text) in seeds() {
        let a = Engine::shared().analyze(&text);
        if a.level > Level::L1 {
            problems.push(format!(
                "{name}: level {} (> 1); reasons: {:?}",
                a.level, a.reasons
            ));
        }
        for f in &a.findings {
            if forbidden(f.category) && f.level >= Level::L2 {
                let at = text.get(f.start.saturating_sub(40)..(f.end + 40).min(text.len()));
                problems.push(format!(
                    "{name}: {} at level {} on {:?} (context {:?})",
                    f.category,
                    f.level,
                    f.text(&text),
                    at.unwrap_or("")
                ));
            }
        }
        for u in &a.uses {
            problems.push(format!(
                "{name}: use {:?}/{:?} on {:?}",
                u.kind,
                u.area,
                &text[u.start..u.end]
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) in the seed guidelines:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
