//! Tests across the language detectors: whole sentences, the seed guidelines, spans.

use super::LanguageDetector;
use crate::{Category, CategoryKind, Engine, Finding, Level};

fn run(text: &str) -> (Vec<Finding>, Vec<crate::Use>) {
    let d = LanguageDetector::new();
    let mut f = Vec::new();
    let mut u = Vec::new();
    d.detect(text, &mut f, &mut u);
    (f, u)
}

#[test]
fn spans_are_on_char_boundaries() {
    let t = "Åsa Öberg (pnr 850314-1234) bor på Ängsvägen 3 i Örebro. Hon är sjukskriven för ångest. Hej Östen! – ©2024";
    let (f, u) = run(t);
    for x in &f {
        assert!(
            t.is_char_boundary(x.start) && t.is_char_boundary(x.end),
            "{x:?}"
        );
    }
    for x in &u {
        assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
    }
}

#[test]
fn social_services_note_is_level_3() {
    let t = "Journalanteckning 2024-03-01\nKlienten Fatima Hassan, 850314-1234, har återkommande ångest och är sjukskriven. Hon har skulder hos Kronofogden.";
    let a = Engine::new().analyze(t);
    assert_eq!(a.level, Level::L3, "{:?}", a.reasons);
    let cats = a.categories();
    for c in [
        Category::PersonName,
        Category::Health,
        Category::EconomicSituation,
    ] {
        assert!(cats.contains(&c), "{c} missing in {cats:?}");
    }
}

/// `VAKT_DUMP=file cargo test -p vakt-detect --lib dump -- --ignored --nocapture` prints what
/// the engine finds in a file (a debugging aid).
#[test]
#[ignore]
fn dump() {
    let Ok(path) = std::env::var("VAKT_DUMP") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let t0 = std::time::Instant::now();
    let engine = Engine::new();
    println!("Engine::new: {:?}", t0.elapsed());
    let a = engine.analyze(&text);
    println!("level {} {:?}", a.level, a.reasons);
    for f in &a.findings {
        println!(
            "{:>20} L{} {:.2} {:?}",
            f.category.id(),
            f.level,
            f.score,
            f.text(&text)
        );
    }
    for u in &a.uses {
        println!("use {:?} {:?} {:?}", u.kind, u.area, &text[u.start..u.end]);
    }
    // with VAKT_HITS=1, also every term the automaton accepted and what it signals
    if std::env::var_os("VAKT_HITS").is_some() {
        let d = LanguageDetector::new();
        let mut hits = Vec::new();
        d.lexicon.hits(&text, &mut hits);
        for h in hits {
            println!("hit {:?} {:?}", h.kind, &text[h.start..h.end]);
        }
    }
}

/// The engine with each fold's models (a debugging aid for choosing rules and thresholds on
/// dev without reading a text's own labels back out of a model trained on it):
/// `python3 corpus/tools/train_model.py --folds DIR` writes `DIR/content_N.tsv`,
/// `DIR/uses_N.tsv` and `DIR/fold_N.txt` (the dev documents held out of fold N's training);
/// `VAKT_CV=DIR cargo test --release -p vakt-detect --lib cross_validated -- --ignored`
/// then analyses every listed document with its fold's models and writes `DIR/pred.jsonl`
/// (name, level, content categories at full level, uses), which
/// `python3 corpus/tools/cv_score.py DIR` scores like `vakt eval`.
#[test]
#[ignore]
fn cross_validated() {
    use std::fmt::Write as _;
    let Ok(dir) = std::env::var("VAKT_CV") else {
        return;
    };
    let corpus = std::env::var("VAKT_CORPUS")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/dev").to_string());
    let read = |p: String| std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"));
    let mut out = String::new();
    for fold in 0.. {
        let Ok(list) = std::fs::read_to_string(format!("{dir}/fold_{fold}.txt")) else {
            break;
        };
        let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        let mut language = LanguageDetector::new();
        language.model =
            super::content::model::Model::parse(leak(read(format!("{dir}/content_{fold}.tsv"))));
        language.uses_model =
            super::uses::model::Model::parse(leak(read(format!("{dir}/uses_{fold}.tsv"))));
        let engine = Engine {
            identifiers: crate::identifiers::IdentifierDetector::new(),
            language,
        };
        for name in list.lines().filter(|l| !l.is_empty()) {
            let text = read(format!("{corpus}/{name}.txt"));
            let a = engine.analyze(&text);
            let content: std::collections::BTreeSet<&str> = a
                .findings
                .iter()
                .filter(|f| f.category.kind() != CategoryKind::Identifier)
                .filter(|f| f.level >= f.category.base_level())
                .map(|f| f.category.id())
                .collect();
            let uses: Vec<String> = a
                .uses
                .iter()
                .map(|u| format!("{}/{}", u.kind.id(), u.area.id()))
                .collect();
            // (and each finding as category, level, score, text and span, for a study of the
            // errors and for training the hit model)
            let findings: Vec<(&str, u8, f32, &str, usize, usize)> = a
                .findings
                .iter()
                .map(|f| {
                    (
                        f.category.id(),
                        f.level.as_u8(),
                        f.score,
                        f.text(&text),
                        f.start,
                        f.end,
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "{}",
                serde_json::json!({"name": name, "level": a.level.as_u8(),
                    "content": content, "uses": uses, "findings": findings})
            );
        }
    }
    std::fs::write(format!("{dir}/pred.jsonl"), out).unwrap();
}

/// `VAKT_CORPUS=dir cargo test -p vakt-detect --lib corpus_check -- --ignored --nocapture`:
/// prints the documents of a labelled folder whose level, content or uses differ from gold
/// (a debugging aid for the dev half of the corpus; the evaluation proper is `vakt eval`).
#[test]
#[ignore]
fn corpus_check() {
    let Ok(dir) = std::env::var("VAKT_CORPUS") else {
        return;
    };
    let engine = Engine::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    let (mut n, mut ok_level, mut under) = (0, 0, 0);
    for p in paths {
        let name = p.to_string_lossy().to_string();
        let Some(base) = name.strip_suffix(".txt") else {
            continue;
        };
        let Ok(gold) = std::fs::read_to_string(format!("{base}.gold.json")) else {
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
        let text = std::fs::read_to_string(&p).unwrap();
        let a = engine.analyze(&text);
        n += 1;
        let lvl = gold["level"].as_u64().unwrap_or(0);
        let lo = gold["level_range"][0].as_u64().unwrap_or(lvl) as u8;
        let hi = gold["level_range"][1].as_u64().unwrap_or(lvl) as u8;
        let l = a.level.as_u8();
        if l >= lo && l <= hi {
            ok_level += 1;
        } else if l < lo {
            under += 1;
        }
        let want: Vec<String> = gold["content"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        let got: Vec<String> = a
            .findings
            .iter()
            .filter(|f| f.category.kind() != CategoryKind::Identifier && f.level >= Level::L1)
            .map(|f| f.category.id().to_string())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let gold_uses = gold["uses"].as_array().map_or(0, |u| u.len());
        let msg_level = if l < lo || l > hi {
            format!("LEVEL {l} not in {lo}-{hi} ")
        } else {
            String::new()
        };
        let missing: Vec<&String> = want.iter().filter(|w| !got.contains(w)).collect();
        let extra: Vec<&String> = got.iter().filter(|g| !want.contains(g)).collect();
        let uses_msg = if (gold_uses > 0) == a.uses.is_empty() {
            let u: Vec<String> = a
                .uses
                .iter()
                .map(|u| format!("{:?}/{:?} {:?}", u.kind, u.area, &text[u.start..u.end]))
                .collect();
            format!("USES gold {gold_uses} got {u:?}")
        } else {
            String::new()
        };
        if !msg_level.is_empty() || !missing.is_empty() || !extra.is_empty() || !uses_msg.is_empty()
        {
            println!(
                "{}: {msg_level}missing {missing:?} extra {extra:?} {uses_msg}",
                p.file_name().unwrap().to_string_lossy()
            );
            if !msg_level.is_empty() || !extra.is_empty() {
                for f in a.findings.iter().filter(|f| f.level >= Level::L1) {
                    println!("    {} L{} {:?}", f.category.id(), f.level, f.text(&text));
                }
            }
        }
    }
    println!("{n} documents, level in range {ok_level}, under-classified {under}");
}

#[test]
fn never_panics_on_odd_text() {
    use rand::{Rng, SeedableRng};
    let pieces = [
        "å",
        "Ä",
        "ö",
        "–",
        "”",
        "§",
        "é",
        " ",
        "\n",
        ".",
        ",",
        ":",
        "1",
        "23",
        "123 45",
        "Hej ",
        "Anna ",
        "Svensson",
        "gatan ",
        "Sekretess enligt 26 kap. ",
        "HEMLIG",
        "hon ",
        "är ",
        "sjukskriven",
        "Ranka kandidaterna",
        "avgör om ",
        "försörjningsstöd",
        "c/o ",
        "Box ",
        "192.168.1.1/24",
        "srv-db01.intern.x.se",
        "lgh ",
        "vån ",
        "©",
        "💡",
        "Ö",
        "s",
        "-",
    ];
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let d = LanguageDetector::new();
    for _ in 0..3000 {
        let n = rng.gen_range(0..40);
        let text: String = (0..n)
            .map(|_| pieces[rng.gen_range(0..pieces.len())])
            .collect();
        let (f, u) = run_with(&d, &text);
        for x in &f {
            assert!(
                text.is_char_boundary(x.start) && text.is_char_boundary(x.end) && x.start <= x.end,
                "{text:?} {x:?}"
            );
        }
        for x in &u {
            assert!(
                text.is_char_boundary(x.start) && text.is_char_boundary(x.end),
                "{text:?}"
            );
        }
    }
}

fn run_with(d: &LanguageDetector, text: &str) -> (Vec<Finding>, Vec<crate::Use>) {
    let mut f = Vec::new();
    let mut u = Vec::new();
    d.detect(text, &mut f, &mut u);
    (f, u)
}

/// Unicode spaces (no-break space, narrow no-break space, em space …) separate words like
/// an ASCII space: the same terms, names and phrases are found, with spans in the original
/// (the engine gives the detectors a copy with ASCII spaces).
#[test]
fn unicode_spaces_separate_words() {
    let summary = |t: &str| {
        let a = crate::Engine::shared().analyze(t);
        let (f, u) = (a.findings, a.uses);
        for x in &f {
            assert!(
                t.is_char_boundary(x.start) && t.is_char_boundary(x.end),
                "{x:?}"
            );
        }
        let mut v: Vec<(Category, String, Level)> = f
            .iter()
            .map(|x| (x.category, t[x.start..x.end].replace(SPACES, " "), x.level))
            .collect();
        v.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        let u: Vec<String> = u
            .iter()
            .map(|x| format!("{:?}/{:?}", x.kind, x.area))
            .collect();
        (v, u)
    };
    const SPACES: [char; 4] = ['\u{a0}', '\u{202f}', '\u{2003}', '\u{3000}'];
    for text in [
        "Klienten Fatima Hassan har depression. Hon har ångest.",
        "Min son har adhd och går i åk 3.",
        "Kan du ranka de sökande utifrån deras CV:n?",
    ] {
        let plain = summary(text);
        assert!(!plain.0.is_empty() || !plain.1.is_empty(), "{text}");
        for sp in SPACES {
            let t = text.replace(' ', &sp.to_string());
            assert_eq!(summary(&t), plain, "{t:?}");
        }
        // one space of each kind, mixed with ASCII spaces
        let mut i = 0;
        let t: String = text
            .chars()
            .map(|c| {
                if c == ' ' {
                    i += 1;
                    if i % 2 == 0 {
                        SPACES[(i / 2) % SPACES.len()]
                    } else {
                        ' '
                    }
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(summary(&t), plain, "{t:?}");
    }
    let t = "hon\u{a0}har depression och min\u{a0}son har adhd";
    let f = crate::Engine::shared().analyze(t).findings;
    let child = f
        .iter()
        .find(|x| x.category == Category::Child)
        .expect("min son");
    assert_eq!(&t[child.start..child.end], "min\u{a0}son");
}

/// The uses detector's view of a text: its hits and their roles, and the uses found. With
/// `VAKT_DUMP=file cargo test -p vakt-detect --lib dump_uses -- --nocapture` it prints that
/// view for a file (a help when a rule does not fire).
#[test]
fn dump_uses() {
    let d = LanguageDetector::new();
    let show = |text: &str| {
        let mut hits = Vec::new();
        d.lexicon.hits(text, &mut hits);
        let mut lines = super::uses::dump(text, &hits);
        let (_, u) = run(text);
        for x in u {
            lines.push(format!(
                "USE {:?}/{:?} {:?}",
                x.kind,
                x.area,
                &text[x.start..x.end]
            ));
        }
        lines
    };
    let lines = show("Rangordna de sökande till tjänsten.");
    assert!(lines.iter().any(|l| l.contains("Verb(")), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("Objects(")), "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("USE HighRisk/Employment")),
        "{lines:?}"
    );
    if let Ok(path) = std::env::var("VAKT_DUMP") {
        let text = std::fs::read_to_string(path).expect("VAKT_DUMP names a readable file");
        for l in show(&text) {
            println!("{l}");
        }
    }
}

/// Asking an AI to grade, admit or watch the pupils a text names is data about those
/// children (level 2, with a reason); the same request about no one named, or a named
/// teacher's ordinary request, is not.
#[test]
fn judging_named_pupils_is_data_about_children() {
    let e = Engine::shared();
    let graded = e.analyze(
        "Här är mina anteckningar om uppsatserna. Sätt betyg A–F på varje elev:\n\
         Ebba Lund – tydlig tes, få källor\nOmar Said – kort men välskriven",
    );
    assert!(
        graded.categories().contains(&Category::Child),
        "{:?}",
        graded.findings
    );
    assert!(graded.level >= Level::L2, "{:?}", graded.reasons);

    // ranking named applicants (adults): an AI Act use, reported as such for the policy;
    // the request does not make the names more confidential than names are
    let ranked = e.analyze(
        "Rangordna de sökande till tjänsten som ekonom: Anna Berg, Per Lindqvist och Sara Holm.",
    );
    assert_eq!(ranked.level, Level::L1, "{:?}", ranked.reasons);
    assert!(
        ranked
            .uses
            .iter()
            .any(|u| u.area == crate::UseArea::Employment),
        "{:?}",
        ranked.uses
    );

    // adults placed in SFI are students, not children
    let sfi = e.analyze(
        "Nya SFI-elever till januari. Placera var och en i studieväg 1, 2 eller 3 utifrån \
         skolbakgrund:\nHalima Warsame – 2 års skolgång\nJorge Ramírez – gymnasium",
    );
    assert!(!sfi.uses.is_empty(), "{:?}", sfi.uses);
    assert!(
        !sfi.categories().contains(&Category::Child),
        "{:?}",
        sfi.findings
    );

    let unnamed = e.analyze("Sätt betyg A–F på varje elev utifrån bedömningsmatrisen.");
    assert!(!unnamed.categories().contains(&Category::Child));

    let letter = e.analyze(
        "Skriv ett kort tack till eleverna för vårens arbete.\n\nMvh Cecilia Jonsson, lärare",
    );
    assert!(letter.uses.is_empty(), "{:?}", letter.uses);
    assert!(letter.level <= Level::L1, "{:?}", letter.reasons);
}

/// The compound tails of all lexicons fit the SIMD searcher (a few tails too many cost a
/// quarter of the engine's speed).
#[test]
fn compound_tails_stay_on_the_simd_searcher() {
    assert!(LanguageDetector::new().lexicon.tails_packed());
}
