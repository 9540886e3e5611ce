//! The personnummer project's test vectors (shared/peer-tests/personnummer/), read at run
//! time: every format of every valid number is parsed and found, in isolation and inside a
//! Swedish sentence; invalid ones are never parsed and never found; organisation numbers are
//! org_number, never personnummer.
//!
//! One refinement in running text: the vectors reject a space for the hyphen ("090527 1474")
//! although the number itself is valid. `parse` rejects it, and so does the scanner, except
//! right after a word that names a personnummer ("Sökandens personnummer är 090527 1474",
//! "Pnr: 090527 1474") or a person's full name ("Åsa Lindström 090527 1474"): there a
//! detector that let it through would forward a personal identity number. Every other
//! invalid vector is never found in any sentence.

use std::path::PathBuf;

use serde_json::Value;
use vakt_detect::checks::personnummer::PnrKind;
use vakt_detect::checks::{orgnr, personnummer};
use vakt_detect::{Category, Engine};

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

fn vectors(name: &str) -> Value {
    let p = shared_dir().join("peer-tests/personnummer").join(name);
    let text =
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", p.display()))
}

/// The digits of the peer project's valid numbers written with twelve digits (no "+").
fn valid_twelve_digits() -> Vec<String> {
    let v = vectors("structured.json");
    v["ssn"]["string"]["valid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .filter(|s| !s.contains('+'))
        .map(|s| s.chars().filter(char::is_ascii_digit).collect::<String>())
        .filter(|d| d.len() == 12)
        .collect()
}

const FORMATS: &[&str] = &[
    "long_format",
    "short_format",
    "separated_format",
    "separated_long",
];

fn id_findings(text: &str) -> Vec<(Category, String, f32)> {
    Engine::shared()
        .analyze(text)
        .findings
        .into_iter()
        .filter(|f| {
            matches!(
                f.category,
                Category::Personnummer | Category::Samordningsnummer | Category::OrgNumber
            )
        })
        .map(|f| (f.category, f.text(text).to_string(), f.score))
        .collect()
}

/// A vector that is invalid only because a space stands for the hyphen: with the hyphen
/// it parses.
fn spaced_valid(s: &str) -> bool {
    s.contains(' ') && personnummer::parse(&s.replacen(' ', "-", 1)).is_some()
}

/// Whether the sentence names the number a personnummer right before it.
fn names_a_personnummer(text: &str) -> bool {
    text.contains("personnummer är ") || text.starts_with("Pnr: ")
}

fn check_list(name: &str) -> usize {
    let list = vectors(name);
    let mut checked = 0;
    for case in list.as_array().expect("a list") {
        let valid = case["valid"].as_bool().unwrap();
        let ty = case["type"].as_str().unwrap();
        for fmt in FORMATS {
            let Some(s) = case[fmt].as_str() else {
                continue;
            };
            let parsed = personnummer::parse(s);
            assert_eq!(
                parsed.is_some(),
                valid,
                "{name}: parse({s:?}) ({ty}, {fmt})"
            );
            let expected = match ty {
                "ssn" => Category::Personnummer,
                "con" => Category::Samordningsnummer,
                _ => Category::Personnummer, // interim
            };
            if let Some(p) = parsed {
                let kind = match ty {
                    "ssn" => PnrKind::Personnummer,
                    "con" => PnrKind::Samordningsnummer,
                    _ => PnrKind::Interim,
                };
                assert_eq!(p.kind, kind, "{s}");
            }
            for text in [
                s.to_string(),
                format!("Sökandens personnummer är {s} enligt ansökan."),
                format!("Uppgifterna gäller {s}, som kom in i går."),
                format!("({s})"),
            ] {
                let found = id_findings(&text);
                let hits: Vec<_> = found
                    .iter()
                    .filter(|f| f.0 == expected && f.1 == s)
                    .collect();
                if valid {
                    assert_eq!(hits.len(), 1, "{name}: {text:?} → {found:?}");
                    if ty == "interim" {
                        assert!(
                            hits[0].2 < 0.9,
                            "interim numbers get a lower score: {found:?}"
                        );
                    } else {
                        assert!(hits[0].2 >= 0.9, "{found:?}");
                    }
                } else if !(spaced_valid(s) && names_a_personnummer(&text)) {
                    assert!(
                        !found.iter().any(|f| matches!(
                            f.0,
                            Category::Personnummer | Category::Samordningsnummer
                        )),
                        "{name}: invalid {s:?} reported in {text:?}: {found:?}"
                    );
                }
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn list_json() {
    assert!(check_list("list.json") > 100);
}

#[test]
fn interim_json() {
    assert!(check_list("interim.json") > 40);
}

#[test]
fn structured_json() {
    let v = vectors("structured.json");
    let mut n = 0;
    for (ty, cat) in [
        ("ssn", Category::Personnummer),
        ("con", Category::Samordningsnummer),
    ] {
        for (group, valid) in [("valid", true), ("invalid", false)] {
            for s in v[ty]["string"][group].as_array().unwrap() {
                let s = s.as_str().unwrap();
                assert_eq!(
                    personnummer::parse(s).is_some(),
                    valid,
                    "{ty} {group} {s:?}"
                );
                for text in [format!("Pnr: {s}."), format!("Ärendet gäller {s}.")] {
                    let found = id_findings(&text);
                    let expect = valid || (spaced_valid(s) && names_a_personnummer(&text));
                    assert_eq!(
                        found.iter().any(|f| f.0 == cat && f.1 == s),
                        expect,
                        "{text:?} → {found:?}"
                    );
                }
                n += 1;
            }
            for i in v[ty]["integer"][group].as_array().unwrap() {
                let s = i.as_u64().unwrap().to_string();
                // integers lose leading zeros; only 12-digit ones are a format
                if s.len() == 12 {
                    assert_eq!(personnummer::parse(&s).is_some(), valid, "{ty} integer {s}");
                    n += 1;
                }
            }
        }
    }
    assert!(n > 50);
}

#[test]
fn orgnumber_json() {
    let v = vectors("orgnumber.json");
    for case in v.as_array().unwrap() {
        for fmt in ["short_format", "separated_format"] {
            let s = case[fmt].as_str().unwrap();
            assert!(personnummer::parse(s).is_none(), "{s} is no personnummer");
            assert!(orgnr::parse(s), "{s} is an organisationsnummer");
            for text in [
                s.to_string(),
                format!("Fonden har organisationsnummer {s} och säte i Stockholm."),
            ] {
                let a = Engine::shared().analyze(&text);
                let found = id_findings(&text);
                assert_eq!(
                    found,
                    vec![(Category::OrgNumber, s.to_string(), 0.95)],
                    "{text:?}"
                );
                assert_eq!(
                    a.level.as_u8(),
                    0,
                    "org_number alone stays level 0: {text:?}"
                );
            }
        }
    }
}

/// A spaced number right after a full name is that person's; after one capitalised word (a
/// street, a place) it stays unread.
#[test]
fn spaced_numbers_after_a_full_name() {
    let v = vectors("structured.json");
    let mut n = 0;
    for ty in ["ssn", "con"] {
        for s in v[ty]["string"]["invalid"].as_array().unwrap() {
            let s = s.as_str().unwrap();
            if !spaced_valid(s) {
                continue;
            }
            let named = format!("Kallade: Åsa Lindström {s}, tisdag.");
            assert!(id_findings(&named).iter().any(|f| f.1 == s), "{named:?}");
            // (also with spaces around a hyphen: "850709 - 9805")
            let dashed = s.replacen(' ', " - ", 1);
            let named = format!("Kallade: Åsa Lindström {dashed}, tisdag.");
            assert!(
                id_findings(&named).iter().any(|f| f.1 == dashed),
                "{named:?}"
            );
            for number in [s, dashed.as_str()] {
                let street = format!("Leverans till Storgatan {number} i dag.");
                assert!(
                    !id_findings(&street).iter().any(|f| matches!(
                        f.0,
                        Category::Personnummer | Category::Samordningsnummer
                    )),
                    "{street:?}"
                );
            }
            n += 1;
        }
    }
    assert!(n > 0, "the vectors hold spaced numbers");
}

/// Every valid ten-digit vector, grouped as people type it into forms ("85 07 09 - 9805",
/// "1985.07.09-9805", "1985 0709-9805"), is found right after a word that names a
/// personnummer; the same groups after an invoice label, or with a wrong check digit, are not.
#[test]
fn grouped_numbers_after_a_personnummer_label() {
    let mut n = 0;
    for digits in valid_twelve_digits() {
        let (y, m, d, serial) = (&digits[..4], &digits[4..6], &digits[6..8], &digits[8..]);
        for grouped in [
            format!("{} {m} {d} - {serial}", &y[2..]),
            format!("{y}.{m}.{d}-{serial}"),
            format!("{y} {m}{d}-{serial}"),
        ] {
            let form = format!("Personnummer: {grouped} Ort: Umeå");
            assert!(
                id_findings(&form)
                    .iter()
                    .any(|f| f.0 == Category::Personnummer && f.1 == grouped),
                "{form:?} → {:?}",
                id_findings(&form)
            );
            let invoice = format!("Fakturanummer: {grouped} Ort: Umeå");
            assert!(
                !id_findings(&invoice)
                    .iter()
                    .any(|f| f.0 == Category::Personnummer),
                "{invoice:?}"
            );
            n += 1;
        }
        let last = digits.as_bytes()[11] - b'0';
        let wrong = format!("{} {m} {d} - {}{}", &y[2..], &serial[..3], (last + 1) % 10);
        let form = format!("Personnummer: {wrong} Ort: Umeå");
        assert!(
            !id_findings(&form)
                .iter()
                .any(|f| f.0 == Category::Personnummer),
            "{form:?}"
        );
    }
    assert!(n > 0, "the vectors hold valid twelve-digit numbers");
}

/// The peer project's valid twelve-digit numbers wrapped after the hyphen right after a
/// personnummer label, or written with a space in quotes after one further back, are
/// found; the same with a wrong check digit are not.
#[test]
fn wrapped_and_quoted_numbers_after_a_personnummer_label() {
    let mut n = 0;
    for digits in valid_twelve_digits() {
        let (date, serial) = (&digits[..8], &digits[8..]);
        let wrapped = format!("{date}-\n{serial}");
        let form = format!("Elevens personnummer {wrapped} och adress");
        assert!(
            id_findings(&form)
                .iter()
                .any(|f| f.0 == Category::Personnummer && f.1 == wrapped),
            "{form:?} → {:?}",
            id_findings(&form)
        );
        let quoted = format!("{date} {serial}");
        let code =
            format!("# kolumnen elevpersonnummer, skrivs som id i registret\nvalue = '{quoted}'");
        assert!(
            id_findings(&code)
                .iter()
                .any(|f| f.0 == Category::Personnummer && f.1 == quoted),
            "{code:?} → {:?}",
            id_findings(&code)
        );
        let last = digits.as_bytes()[11] - b'0';
        let wrong = format!(
            "Elevens personnummer {date}-\n{}{}",
            &serial[..3],
            (last + 1) % 10
        );
        assert!(
            !id_findings(&wrong)
                .iter()
                .any(|f| f.0 == Category::Personnummer),
            "{wrong:?}"
        );
        n += 1;
    }
    assert!(n > 0, "the vectors hold valid twelve-digit numbers");
}
