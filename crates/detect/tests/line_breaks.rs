//! A text gets the same analysis whatever its line breaks: `\r\n` (Windows, a browser's form)
//! and a lone `\r` give the level, the findings and the uses that `\n` gives, with each span
//! on the same words of its own text.

use vakt_detect::{Analysis, Engine};

/// `lf` with its line breaks replaced by `br`, and the map of each offset of `lf` to it.
fn with_breaks(lf: &str, br: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(lf.len() + lf.len() / 20);
    let mut map = Vec::with_capacity(lf.len() + 1);
    for (i, ch) in lf.char_indices() {
        while map.len() <= i {
            map.push(out.len());
        }
        if ch == '\n' {
            out.push_str(br);
        } else {
            out.push(ch);
        }
    }
    while map.len() <= lf.len() {
        map.push(out.len());
    }
    (out, map)
}

fn mapped(a: &Analysis, map: &[usize]) -> Analysis {
    let mut a = a.clone();
    for f in &mut a.findings {
        f.start = map[f.start];
        // (an end right after a line break stays after it; one before it, before it)
        f.end = map[f.end];
    }
    for u in &mut a.uses {
        u.start = map[u.start];
        u.end = map[u.end];
    }
    a
}

#[test]
fn crlf_and_cr_texts_get_the_analysis_of_their_lf_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/dev");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/dev")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let engine = Engine::shared();
    let mut n = 0;
    for p in paths.iter().step_by(7) {
        let lf = std::fs::read_to_string(p).expect("a UTF-8 document");
        let want = engine.analyze(&lf);
        for br in ["\r\n", "\r"] {
            let (text, map) = with_breaks(&lf, br);
            let got = engine.analyze(&text);
            assert_eq!(
                got,
                mapped(&want, &map),
                "{} with {br:?} line breaks",
                p.display()
            );
        }
        n += 1;
    }
    assert!(n > 1000, "only {n} documents read from {}", dir.display());
}

#[test]
fn a_form_post_is_read_like_the_text_typed() {
    let typed = "Hej!\n\nSökande: Anna Berg, 811218-9876\nHon är sjukskriven för depression.\n";
    let posted = typed.replace('\n', "\r\n");
    let a = Engine::shared().analyze(&posted);
    assert_eq!(a.level, Engine::shared().analyze(typed).level);
    for f in &a.findings {
        let s = &posted[f.start..f.end];
        assert!(
            !s.starts_with(['\r', '\n']) && !s.ends_with('\r'),
            "{f:?}: {s:?}"
        );
    }
    assert!(a
        .findings
        .iter()
        .any(|f| &posted[f.start..f.end] == "811218-9876"));
}
