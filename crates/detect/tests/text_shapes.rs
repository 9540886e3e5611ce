//! A text gets the same analysis whatever its line breaks, spaces and line marks: `\r\n`
//! (Windows, a browser's form), a lone `\r`, no-break or narrow spaces (Word, web pages), an
//! e-mail reply's quote marks and lines indented by a tab give the level, the findings and
//! the uses that `\n`, ASCII spaces and bare lines give, with each span on the same words of
//! its own text.

use vakt_detect::{Analysis, Engine};

mod support {
    pub mod dev_documents;
    pub mod findings;
}
use support::findings::texts_of;

/// `lf` with each `from` replaced by `to`, and the map of each offset of `lf` to it.
fn replaced(lf: &str, from: char, to: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(lf.len() + lf.len() / 20);
    let mut map = Vec::with_capacity(lf.len() + 1);
    for (i, ch) in lf.char_indices() {
        while map.len() <= i {
            map.push(out.len());
        }
        if ch == from {
            out.push_str(to);
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
fn texts_get_the_analysis_of_their_lf_and_ascii_space_text() {
    let engine = Engine::shared();
    for (p, lf) in support::dev_documents::every(7) {
        let want = engine.analyze(&lf);
        for (from, to) in [
            ('\n', "\r\n"),
            ('\n', "\r"),
            (' ', "\u{a0}"),
            (' ', "\u{202f}"),
        ] {
            let (text, map) = replaced(&lf, from, to);
            let got = engine.analyze(&text);
            assert_eq!(
                got,
                mapped(&want, &map),
                "{} with each {from:?} as {to:?}",
                p.display()
            );
        }
    }
}

/// What is put before a line, given the line.
type Mark = fn(&str) -> &'static str;

/// `lf` with `mark(line)` put before each line, and the map of each offset of `lf` to it (a
/// line's start maps to after its mark).
fn marked(lf: &str, mark: Mark) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(lf.len() + lf.len() / 10);
    let mut map = Vec::with_capacity(lf.len() + 1);
    for line in lf.split_inclusive('\n') {
        out.push_str(mark(line.trim_end_matches('\n')));
        map.extend((0..line.len()).map(|k| out.len() + k));
        out.push_str(line);
    }
    map.push(out.len());
    (out, map)
}

#[test]
fn lines_quoted_in_a_reply_or_indented_by_a_tab_are_read_bare() {
    let engine = Engine::shared();
    let shapes: [(&str, Mark); 3] = [
        ("quoted", |l| if l.is_empty() { ">" } else { "> " }),
        (
            "quoted twice",
            |l| if l.is_empty() { "> >" } else { "> > " },
        ),
        // (a table's row, a line with tabs of its own, is not indented)
        ("tab-indented", |l| {
            if l.is_empty() || l.contains('\t') {
                ""
            } else {
                "\t"
            }
        }),
    ];
    for (p, lf) in support::dev_documents::every(7) {
        let want = engine.analyze(&lf);
        for (name, mark) in shapes {
            let (text, map) = marked(&lf, mark);
            assert_eq!(
                engine.analyze(&text),
                mapped(&want, &map),
                "{} {name}",
                p.display()
            );
        }
    }
}

#[test]
fn a_quoted_reply_is_read_like_the_message() {
    // (a personnummer broken over two quoted lines; a password alone on a quoted chat line)
    let reply = "Jag skickar vidare.\n\n> Abonnemanget står på mig, Karin Blom, mitt \
                 personnummer är 19850317-\n> 2945 om ni behöver söka.\n>\n> Henrik Malm \
                 13:02\n> Bjorkstigen!Sommar77\n> Henrik 13:02\n> NEJ fel fönster, det där \
                 var mitt lösen\n";
    assert_eq!(
        texts_of(reply, vakt_detect::Category::Personnummer),
        ["19850317-\n> 2945"]
    );
    assert_eq!(
        texts_of(reply, vakt_detect::Category::Credential),
        ["Bjorkstigen!Sommar77"]
    );
    assert_eq!(
        Engine::shared().analyze(reply).level,
        vakt_detect::Level::L2
    );
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

#[test]
fn identifiers_with_no_break_spaces_are_found() {
    for (text, want) in [
        (
            "Ring mig på 070\u{a0}123\u{a0}45\u{a0}67.",
            "070\u{a0}123\u{a0}45\u{a0}67",
        ),
        (
            "IBAN SE45\u{a0}5000\u{a0}0000\u{a0}0583\u{a0}9825\u{a0}7466",
            "SE45\u{a0}5000\u{a0}0000\u{a0}0583\u{a0}9825\u{a0}7466",
        ),
        ("Pnr 19850709\u{a0}-\u{a0}9805", "19850709\u{a0}-\u{a0}9805"),
    ] {
        let a = Engine::shared().analyze(text);
        assert!(
            a.findings.iter().any(|f| &text[f.start..f.end] == want),
            "{want:?} in {:?}",
            a.findings
        );
    }
}

#[test]
fn names_in_a_text_written_in_capitals() {
    let a = Engine::shared().analyze("ANTECKNING: KLIENTEN ERIK JOHANSSON HAR MISSBRUKAT ALKOHOL.");
    assert!(a
        .findings
        .iter()
        .any(|f| f.category == vakt_detect::Category::PersonName));
    assert_eq!(a.level, vakt_detect::Level::L3);
    let t = "HEJ! JAG HETER KARIN BERG OCH MIN SON HAR ADHD.";
    let a = Engine::shared().analyze(t);
    assert!(a
        .findings
        .iter()
        .any(|f| &t[f.start..f.end] == "KARIN BERG"));
    // a message written in capitals is read as the same words in sentence case
    for (t, name) in [
        (
            "HEJ MONIKA! LIGGER HELT DÄCKAD MED MAGSJUKA SEN INATT. /AHMED",
            "MONIKA",
        ),
        ("IDA VÄGRADE RISPERDAL IKVÄLL, LAGT I JOURNAL. MATS", "IDA"),
    ] {
        let a = Engine::shared().analyze(t);
        assert_eq!(a.level, vakt_detect::Level::L3, "{t}: {:?}", a.findings);
        assert!(a.findings.iter().any(|f| &t[f.start..f.end] == name), "{t}");
    }
    // a heading's or a notice's words are no one
    for t in [
        "DEL 3: ALLMÄN HANDLING",
        "HEMLIG TOMTE PÅ JULFESTEN",
        "MAX 10 PERSONER. VISAR OM NI KOMMER.",
    ] {
        let a = Engine::shared().analyze(t);
        assert!(
            a.findings
                .iter()
                .all(|f| f.category != vakt_detect::Category::PersonName),
            "{t}: {:?}",
            a.findings
        );
    }
}

/// A text whose line breaks a client dropped keeps its security classification: the class
/// opening the text, or with its legal ground right after it, is the material's stamp.
#[test]
fn a_classification_in_a_text_that_lost_its_line_breaks() {
    for t in [
        "SECRET // REL TO SWE NATO exercise host nation support – municipal fuel depot \
         locations and capacities, annex C.",
        "[Teams, kanal Krisledning] Peter Hallin: oj, fel fönster, raderar strax BEGRÄNSAT \
         HEMLIG Säkerhetsskyddsklassificerad uppgift enligt 2 kap. 5 § säkerhetsskyddslagen",
        "Ämne: VB: KONFIDENTIELL - lägesbild civilt försvar v.9 Bifogar lägesbilden. Observera \
         att den är klassificerad KONFIDENTIELL och inte får lagras på G:.",
        "HEMLIG enligt 15 kap. 2 § OSL Säkerhetsskyddsklass: HEMLIG  Bilaga 3 till plan för \
         ledningsplats vid höjd beredskap",
    ] {
        assert_eq!(
            Engine::shared().analyze(t).level,
            vakt_detect::Level::L4,
            "{t}"
        );
    }
    // a rule about such material, a question about a marked document: no marking
    for t in [
        "Uppgifter som är klassificerade HEMLIG får aldrig föras in i en AI-tjänst.",
        "Fråga 6. En handling märkt HEMLIG enligt säkerhetsskyddslagen. Rätt svar: lämna den.",
        "Det finns fyra nivåer: TOP SECRET, HEMLIG, KONFIDENTIELL och BEGRÄNSAT HEMLIG.",
    ] {
        assert!(
            Engine::shared().analyze(t).level < vakt_detect::Level::L4,
            "{t}"
        );
    }
}
