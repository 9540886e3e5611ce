//! Engine throughput over generated corpora of mixed Swedish municipal text (≥ 10 MB each).
//!
//! Run: `cargo bench -p vakt-detect --bench engine` (criterion prints MiB/s; the
//! requirement is ≥ 100 MB/s for `analyze` on one core).
//!
//! - `*_mixed_swedish`: municipal prose from a fixed set of sentences, one in 20 with an
//!   identifier and a name.
//! - `analyze_12MB_case_texts`: the realistic case. Paragraphs of the labelled dev corpus
//!   (`corpus/dev/*.txt`: social-services notes, school, HR, citizen e-mail, guidelines, IT
//!   operations … with names, pronouns, diagnoses, addresses and identifiers) shuffled and
//!   interleaved with the prose above. Falls back to the prose when the corpus is absent.
//! - `analyze_4MB_register_extract`: identifiers on every line (worst case for identifiers).
//! - `analyze_dev_documents_one_by_one`: every dev-corpus document analysed on its own (about
//!   5 MB in 8,000 texts of a few hundred bytes to a few kilobytes): the per-request cost,
//!   with the learnt models reading each text in full.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use vakt_detect::Engine;

#[path = "support/texts.rs"]
mod texts;
use texts::{case_texts, corpus, register};

fn bench(c: &mut Criterion) {
    let engine = Engine::new();
    let text = corpus(12 * 1024 * 1024, 20);
    let mut g = c.benchmark_group("engine");
    g.sample_size(10);
    g.warm_up_time(std::time::Duration::from_secs(1));
    g.measurement_time(std::time::Duration::from_secs(5));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("identifiers_12MB_mixed_swedish", |b| {
        b.iter(|| engine.identifiers(&text).len())
    });
    g.bench_function("analyze_12MB_mixed_swedish", |b| {
        b.iter(|| engine.analyze(&text).findings.len())
    });
    let cases = case_texts(12 * 1024 * 1024);
    g.throughput(Throughput::Bytes(cases.len() as u64));
    g.bench_function("analyze_12MB_case_texts", |b| {
        b.iter(|| engine.analyze(&cases).findings.len())
    });
    let reg = register(4 * 1024 * 1024);
    g.throughput(Throughput::Bytes(reg.len() as u64));
    g.bench_function("analyze_4MB_register_extract", |b| {
        b.iter(|| engine.analyze(&reg).findings.len())
    });
    // one analysis per document, as the gateway and `vakt check` on a folder do it
    let docs = texts::dev_documents();
    if !docs.is_empty() {
        g.throughput(Throughput::Bytes(docs.iter().map(|d| d.len() as u64).sum()));
        g.bench_function("analyze_dev_documents_one_by_one", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| engine.analyze(d).findings.len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
    let mut g = c.benchmark_group("startup");
    g.sample_size(10);
    g.measurement_time(std::time::Duration::from_secs(3));
    g.bench_function("engine_new", |b| b.iter(Engine::new));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
