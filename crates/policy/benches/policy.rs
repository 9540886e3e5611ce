//! Numbers of issue 4: a decision for a 4 KB text including detection (< 50 µs median), and
//! masking then restoring a 4 KB text with 50 identifiers (< 100 µs median).
//!
//! Run: `cargo bench -p vakt-policy --bench policy`

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use vakt_config::{Caller, Config, Role};
use vakt_detect::{Category, Engine, Finding};
use vakt_policy::{Masker, Policy, PolicyRequest};

const CONFIG: &str = include_str!("../../../examples/vakt.toml");

/// About 4 KB of Swedish office prose with a few identifiers.
fn text_4kb() -> String {
    let para = "Hej! Jag skriver angående mötet på tisdag om budgeten för nästa år. \
        Vi behöver gå igenom underlaget för förskolans lokaler och planera inför nämndens sammanträde. \
        Kontakta gärna handläggaren på 070-123 45 67 eller skicka ett mejl till handlaggare@exempel.se. \
        Underlaget ska vara klart senast den 15 mars så att det hinner remitteras. ";
    let mut s = String::new();
    while s.len() < 4096 - para.len() {
        s.push_str(para);
    }
    s.push_str("Ärendet gäller personnummer 850314-1239.");
    s
}

/// 4 KB with 50 identifiers and their findings.
fn text_50() -> (String, Vec<Finding>) {
    let mut text = String::new();
    let mut fs = Vec::new();
    for i in 0..50 {
        text.push_str("Enligt anteckningen ska vi kontakta ");
        let (c, v) = match i % 5 {
            0 => (Category::PersonName, format!("Anna Nilsson{}", i / 5)),
            1 => (
                Category::Personnummer,
                format!("8503{:02}-12{:02}", i % 28 + 1, i),
            ),
            2 => (Category::Phone, format!("070-123 45 {i:02}")),
            3 => (Category::Email, format!("person{i}@exempel.se")),
            _ => (Category::Address, format!("Storgatan {i}, Göteborg")),
        };
        let start = text.len();
        text.push_str(&v);
        fs.push(Finding::new(c, start, text.len(), 0.9));
        text.push_str(" i veckan. ");
    }
    (text, fs)
}

fn bench(c: &mut Criterion) {
    let cfg = Config::parse(CONFIG, None).unwrap();
    let policy = Policy::from_config(&cfg).unwrap();
    let caller = Caller {
        user: "u".into(),
        authority: "sn-centrum".into(),
        role: Role::User,
    };
    let text = text_4kb();
    let engine = Engine::shared();
    let _ = engine.analyze(&text);
    let req = PolicyRequest::new("public-chat", &caller);
    c.bench_function("decide_4kb_with_detection", |b| {
        b.iter(|| {
            let a = engine.analyze(black_box(&text));
            black_box(policy.evaluate(&req, &a))
        })
    });
    let a = engine.analyze(&text);
    c.bench_function("decide_4kb_evaluate_only", |b| {
        b.iter(|| black_box(policy.evaluate(&req, black_box(&a))))
    });

    let (t50, f50) = text_50();
    assert!(t50.len() >= 3000, "{}", t50.len());
    c.bench_function("mask_restore_4kb_50_identifiers", |b| {
        b.iter(|| {
            let mut m = Masker::new();
            let masked = m.mask_findings(black_box(&t50), black_box(&f50), false);
            let back = m.restore(&masked);
            debug_assert_eq!(back, t50);
            black_box(back)
        })
    });
    // What masking costs in the product: `Policy::prepare` re-classifies the masked text with
    // the engine to confirm it passes (fail closed), so this includes one detection pass.
    c.bench_function("mask_reclassify_restore_4kb_50_identifiers", |b| {
        b.iter(|| {
            let mut m = Masker::new();
            let masked = m.mask_findings(black_box(&t50), black_box(&f50), false);
            let sent = engine.analyze(&masked);
            black_box(policy.evaluate(&req, &sent));
            black_box(m.restore(&masked))
        })
    });
    let mut m = Masker::new();
    let masked = m.mask_findings(&t50, &f50, false);
    c.bench_function("restore_stream_4kb_64b_chunks", |b| {
        b.iter(|| {
            let mut r = m.restorer();
            let mut out = String::with_capacity(t50.len());
            let bytes = masked.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                let mut j = (i + 64).min(bytes.len());
                while !masked.is_char_boundary(j) {
                    j += 1;
                }
                out.push_str(&r.push(&masked[i..j]));
                i = j;
            }
            out.push_str(&r.finish());
            black_box(out)
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
