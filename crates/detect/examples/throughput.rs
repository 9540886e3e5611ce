//! Analyses a file a few times and prints the engine's throughput, for profiling
//! (`perf record`, `valgrind --tool=callgrind`) on a text of your choice:
//!
//! `cargo run --release -p vakt-detect --example throughput -- FILE|mixed|cases|register|documents [ROUNDS]`
//!
//! `mixed`, `cases` and `register` are the criterion bench's own 12 MB/4 MB texts;
//! `documents` analyses every dev-corpus document on its own; `scaling` analyses texts of
//! one shape at 1 MB and at 4 MB (names without line breaks, a register, Cyrillic names,
//! case paragraphs as one line, Windows line breaks …) and prints both speeds: equal speeds
//! say the work grows with the text, a slower 4 MB says some rule reads the whole text per
//! term (each such rule once made a long file take minutes).
//!
//! The criterion bench (`cargo bench -p vakt-detect --bench engine`) is the measurement of
//! record; this is the tool for finding where the time goes.
use std::time::Instant;
use vakt_detect::Engine;

#[path = "../benches/support/texts.rs"]
mod texts;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: throughput FILE|mixed|cases|register|documents [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3);
    if path == "documents" {
        return documents(rounds);
    }
    if path == "scaling" {
        return scaling();
    }
    let text = match path.as_str() {
        "mixed" => texts::corpus(12 << 20, 20),
        "cases" => texts::case_texts(12 << 20),
        "register" => texts::register(4 << 20),
        _ => match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2)
            }
        },
    };
    let engine = Engine::new();
    let mut findings = 0;
    let mut digest = 0u64;
    let started = Instant::now();
    for _ in 0..rounds {
        let a = engine.analyze(&text);
        findings = a.findings.len();
        digest = fingerprint(&a);
    }
    let secs = started.elapsed().as_secs_f64();
    if std::env::var_os("VAKT_COUNTS").is_some() {
        // findings per category, to see what a change altered
        let a = engine.analyze(&text);
        let mut counts = std::collections::BTreeMap::new();
        for f in &a.findings {
            *counts.entry(format!("{:?}", f.category)).or_insert(0usize) += 1;
        }
        println!("{counts:?}");
    }
    let mib = (text.len() * rounds) as f64 / (1024.0 * 1024.0);
    println!(
        "{} bytes × {rounds}: {:.1} MiB/s, {findings} findings, result {digest:016x}",
        text.len(),
        mib / secs
    );
}

/// Every dev-corpus document analysed on its own (`documents`), as the gateway does it.
fn documents(rounds: usize) {
    let docs = texts::dev_documents();
    let engine = Engine::new();
    let mut digest = 0u64;
    let started = Instant::now();
    for _ in 0..rounds {
        digest = docs
            .iter()
            .fold(0, |h, d| h.rotate_left(5) ^ fingerprint(&engine.analyze(d)));
    }
    let secs = started.elapsed().as_secs_f64();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mib = (bytes * rounds) as f64 / (1024.0 * 1024.0);
    println!(
        "{} documents, {bytes} bytes × {rounds}: {:.1} MiB/s, result {digest:016x}",
        docs.len(),
        mib / secs
    );
}

/// Texts of one shape at 1 MB and 4 MB: MiB/s of each and their ratio.
fn scaling() {
    let cases = texts::case_texts(4 << 20);
    let shapes: Vec<(&str, String)> = vec![
        (
            "names, one line",
            "Anna Andersson och Erik Johansson träffade Maria Karlsson och Lars Nilsson. ".into(),
        ),
        (
            "register rows",
            "Anna Svensson;Storgatan 12;19850709-9805;Hjärtsvikt, diabetes\n".into(),
        ),
        (
            "Cyrillic names",
            "Мій син Максим Шевченко з класу 4Б. З повагою, Олена Шевченко. Hej Anna Berg! ".into(),
        ),
        (
            "grades and guardians",
            "Selmas betyg i idrott. Anna Berg är god man. Karin Lind, Solrosens förskola. ".into(),
        ),
        (
            "pay list",
            "Löner: Anna Berg 34 200, Erik Lind 41 500, Maria Ek 38 900.\n".into(),
        ),
        ("case paragraphs, one line", cases.replace('\n', " ")),
        ("case paragraphs, \\r\\n", cases.replace('\n', "\r\n")),
    ];
    let engine = Engine::new();
    for (name, unit) in shapes {
        let speed = |size: usize| {
            let mut text = String::with_capacity(size + unit.len());
            while text.len() < size {
                text.push_str(&unit);
            }
            let mut cut = size.min(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
            let started = Instant::now();
            let n = engine.analyze(&text).findings.len();
            let secs = started.elapsed().as_secs_f64();
            (text.len() as f64 / (1024.0 * 1024.0) / secs, n)
        };
        let (small, _) = speed(1 << 20);
        let (large, n) = speed(4 << 20);
        println!(
            "{name:<28} 1 MB {small:6.1} MiB/s   4 MB {large:6.1} MiB/s ({n} findings)   ratio {:.2}",
            large / small
        );
    }
}

/// A hash of everything the analysis found (findings, uses, level, reasons): equal before
/// and after a change that should only make the engine faster.
fn fingerprint(a: &vakt_detect::Analysis) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for f in &a.findings {
        (format!("{:?}", f.category), f.start, f.end, f.level as u8).hash(&mut h);
        f.score.to_bits().hash(&mut h);
    }
    for u in &a.uses {
        format!("{u:?}").hash(&mut h);
    }
    (a.level as u8, &a.reasons).hash(&mut h);
    h.finish()
}
