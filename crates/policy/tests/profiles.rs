//! The built-in profiles are complete (every rule id of DOMAIN.md is a check or a reminder) and
//! an organisation can replace or extend them with a file.

use vakt_policy::{builtin, Check, Profiles};

const IDS: &[(&str, &[&str])] = &[
    (
        "goteborg",
        &[
            "GBG-1", "GBG-2", "GBG-3", "GBG-4", "GBG-5", "GBG-6", "GBG-7", "GBG-8", "GBG-9",
        ],
    ),
    (
        "staffanstorp",
        &[
            "STA-1", "STA-2", "STA-3", "STA-4", "STA-5", "STA-6", "STA-7", "STA-8",
        ],
    ),
    (
        "riktlinje-002",
        &[
            "R002-1", "R002-2", "R002-3", "R002-4", "R002-5", "R002-6", "R002-7", "R002-8",
        ],
    ),
    (
        "botkyrka",
        &[
            "BOT-1", "BOT-2", "BOT-3", "BOT-4", "BOT-5", "BOT-6", "BOT-7",
        ],
    ),
    (
        "digg",
        &[
            "DIGG-1", "DIGG-2", "DIGG-3", "DIGG-4", "DIGG-5", "DIGG-6", "DIGG-7",
        ],
    ),
];

#[test]
fn every_rule_is_a_check_or_a_reminder() {
    for (id, rules) in IDS {
        let p = builtin(id).unwrap_or_else(|| panic!("{id} resolves"));
        for r in *rules {
            let rule = p.rule(r).unwrap_or_else(|| panic!("{id} lacks {r}"));
            assert!(
                !rule.checks.is_empty() || rule.reminder.is_some(),
                "{r} is neither"
            );
            assert!(!rule.enforcement.is_empty() && !rule.text.is_empty());
        }
        // Baseline inherited: level 4 and prohibited uses are refused everywhere.
        assert!(
            p.has(Check::SecurityClassified) && p.has(Check::ProhibitedUse),
            "{id}"
        );
        assert!(p.label_note.is_some(), "{id}");
        assert!(!p.reminders().is_empty());
    }
    let g = builtin("goteborg").unwrap();
    assert!(g
        .label_note
        .as_deref()
        .unwrap()
        .contains("AI-genererat utkast"));
    assert!(g.reminders().iter().any(|r| r.starts_with("GBG-6: ")));
    assert!(builtin("botkyrka")
        .unwrap()
        .reminders()
        .iter()
        .any(|r| r.starts_with("BOT-6: ")));
    assert!(builtin("malmo").is_none());
}

#[test]
fn every_check_is_used_by_some_builtin_profile() {
    let all: Vec<_> = IDS.iter().map(|(id, _)| builtin(id).unwrap()).collect();
    for c in Check::ALL {
        assert!(all.iter().any(|p| p.has(*c)), "{} unused", c.id());
    }
}

#[test]
fn an_organisation_file_extends_and_overrides() {
    let file = r#"
[[profiles]]
id = "lerum"
name = "Lerums kommun"
extends = "goteborg"
label_note = "AI-utkast – granska"
mask_content = true

[[profiles.rules]]
id = "LER-1"
title = "Inga personuppgifter i publik AI"
text = "Aldrig personuppgifter i publika AI-tjänster."
enforcement = "Stoppas; maskering erbjuds."
checks = ["no_personal_data_public"]

[[profiles.rules]]
id = "GBG-9"
title = "Upphovsrätt (Lerum)"
text = "Egen formulering."
enforcement = "Flaggas."
checks = ["copyright_flag"]
reminder = "Lerums egen påminnelse."
"#;
    let ps = Profiles::with_file(file, "lerum.toml").unwrap();
    let p = ps.resolve("lerum").unwrap();
    assert_eq!(p.rules[0].id, "LER-1");
    assert!(p.has(Check::NoPersonalDataPublic) && p.has(Check::DownloadNeedsAssessment));
    assert_eq!(
        p.rule("GBG-9").unwrap().reminder.as_deref(),
        Some("Lerums egen påminnelse.")
    );
    assert_eq!(p.rules.iter().filter(|r| r.id == "GBG-9").count(), 1);
    assert!(p.masks_content());
    assert_eq!(p.label_note.as_deref(), Some("AI-utkast – granska"));
    assert!(p.rule("DIGG-3").is_some());
}

#[test]
fn bad_profile_files_are_refused_with_line() {
    let bad = "[[profiles]]\nid = \"x\"\nname = \"X\"\n\n[[profiles.rules]]\nid = \"X-1\"\ntitle = \"t\"\ntext = \"t\"\nenforcement = \"e\"\nchecks = [\"read_minds\"]\n";
    let e = Profiles::with_file(bad, "x.toml").unwrap_err();
    assert_eq!(e.line, Some(10), "{e}");
    assert!(e.to_string().starts_with("x.toml:10"), "{e}");
    let cyc = "[[profiles]]\nid = \"a\"\nname = \"A\"\nextends = \"b\"\n[[profiles]]\nid = \"b\"\nname = \"B\"\nextends = \"a\"\n";
    assert!(Profiles::with_file(cyc, "c.toml")
        .unwrap_err()
        .message
        .contains("ärver från sig själv"));
    let unknown = "[[profiles]]\nid = \"a\"\nname = \"A\"\nextends = \"nope\"\n";
    assert!(Profiles::with_file(unknown, "u.toml")
        .unwrap_err()
        .message
        .contains("okänd profil"));
}

#[test]
fn the_shipped_example_is_valid_under_every_profile() {
    let text = include_str!("../../../examples/vakt.toml");
    for (id, _) in IDS {
        let t = text.replace("profile = \"goteborg\"", &format!("profile = \"{id}\""));
        let cfg = vakt_config::Config::parse(&t, Some(std::path::Path::new("vakt.toml"))).unwrap();
        let p = vakt_policy::Policy::from_config(&cfg).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(p.systems().len(), 3);
        assert_eq!(p.decisions().len(), 2);
    }
}

#[test]
fn profile_file_is_read_relative_to_the_configuration() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("egen.toml"),
        "[[profiles]]\nid = \"lerum\"\nname = \"Lerum\"\nextends = \"staffanstorp\"\n",
    )
    .unwrap();
    let text = include_str!("../../../examples/vakt.toml")
        .replace("profile = \"goteborg\"", "profile = \"lerum\"")
        .replace(
            "# profile_file = \"profiler.toml\"",
            "profile_file = \"egen.toml\"",
        );
    let path = d.path().join("vakt.toml");
    std::fs::write(&path, &text).unwrap();
    let cfg = vakt_config::Config::load(Some(&path)).unwrap();
    let p = vakt_policy::Policy::from_config(&cfg).unwrap();
    assert_eq!(p.profile().id, "lerum");
    assert!(p.profile().rule("STA-1").is_some());
    // A missing file is refused, naming the key.
    std::fs::remove_file(d.path().join("egen.toml")).unwrap();
    let e = vakt_policy::Policy::from_config(&cfg)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("`organisation.profile_file`") && e.contains("egen.toml"),
        "{e}"
    );
}
