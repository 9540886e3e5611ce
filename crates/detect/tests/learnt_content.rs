//! The learnt content model (`data/content_model.tsv`, trained by
//! `corpus/tools/train_model.py`): everyday wordings about a named person that no lexicon
//! term covers, and the same words about no one. The sentences are written for this test;
//! none comes from the evaluation corpus.

use vakt_detect::{Category, Engine, Level};

fn health(text: &str) -> Option<Level> {
    Engine::shared()
        .analyze(text)
        .findings
        .iter()
        .filter(|f| f.category == Category::Health)
        .map(|f| f.level)
        .max()
}

#[test]
fn burnout_told_in_everyday_words_about_a_colleague_is_health() {
    let t = "Karin Ström är tillbaka efter sommaren men orkar bara förmiddagar. Hon gick in i \
             väggen i mars, sover dåligt och har samtal med psykolog på företagshälsan \
             varannan vecka.";
    let a = Engine::shared().analyze(t);
    assert_eq!(a.level, Level::L3, "{:?}", a.reasons);
    let f = a
        .findings
        .iter()
        .find(|f| f.category == Category::Health)
        .expect("health");
    // a learnt estimate is never as sure as a lexicon's term, and it points at a word
    assert!(f.score < 0.9, "{f:?}");
    assert!(
        f.text(t).chars().all(char::is_alphabetic),
        "{:?}",
        f.text(t)
    );
}

#[test]
fn the_same_words_about_no_one_are_not_health() {
    let general = "Många som går in i väggen sover dåligt och orkar bara förmiddagar en tid. \
                   Samtal med psykolog på företagshälsan varannan vecka brukar hjälpa.";
    assert!(health(general).is_none_or(|l| l <= Level::L1));
    // advice to every reader, signed by the official who wrote it
    let advice = "Har du gått in i väggen, sover du dåligt eller orkar du bara förmiddagar? \
                  Boka samtal med psykolog på företagshälsan. Hälsningar Karin Ström, HR";
    assert!(health(advice).is_none_or(|l| l <= Level::L1));
}
