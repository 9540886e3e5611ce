//! Names written in Cyrillic script: a parent's e-mail in Ukrainian or Russian pasted for a
//! translation ("Мій син Максим Шевченко з класу 4Б …", "З повагою, Олена Шевченко"). The
//! name lists are Latin; here a name is known by its shape instead: a capitalised word and
//! an East Slavic surname (its ending: "-енко", "-ова", "-ський", "-ук" …), or a capitalised
//! word after a title ("пані Катерина", "господин Петров").
//!
//! Runs only when the text holds a Cyrillic letter (one `memchr2` for their lead bytes).

use super::spans::Spans;
use crate::{Category, Finding};

/// Endings of East Slavic surnames (Ukrainian, Russian, Belarusian), longest first where
/// one ends another.
const SURNAME_ENDINGS: &[&str] = &[
    "енко",
    "енка",
    "ченко",
    "ський",
    "ська",
    "цький",
    "цька",
    "ский",
    "ская",
    "цкий",
    "цкая",
    "ович",
    "евич",
    "івна",
    "овна",
    "евна",
    "чук",
    "юк",
    "ук",
    "ов",
    "ова",
    "ев",
    "ева",
    "ёв",
    "ёва",
    "ін",
    "іна",
    "ин",
    "ина",
    "ын",
    "ына",
    "як",
    "ко",
];

/// Titles before a name: Ukrainian "пан", "пані", Russian "господин", "госпожа".
const TITLES: &[&str] = &["пан", "пані", "панi", "господин", "госпожа", "г-н", "г-жа"];

/// Adds a `person_name` finding for each Cyrillic name in `text` that no finding covers.
pub(crate) fn detect(text: &str, findings: &mut Vec<Finding>) {
    // Cyrillic letters are U+0400..U+04FF: lead bytes 0xD0..0xD3
    let t = text.as_bytes();
    if memchr::memchr2(0xD0, 0xD1, t).is_none() {
        return;
    }
    let words = cyrillic_words(text);
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let (s, e) = words[k];
        let w = &text[s..e];
        let next = words
            .get(k + 1)
            .filter(|&&(ns, _)| only_space(&text[e..ns]));
        // a title and a capitalised word, or two: "пані Катерина", "пані Олена Шевченко"
        if TITLES.iter().any(|x| lower_eq(w, x)) {
            if let Some(&(ns, ne)) = next.filter(|&&(ns, ne)| capitalised(&text[ns..ne])) {
                let third = words
                    .get(k + 2)
                    .filter(|&&(ts, te)| only_space(&text[ne..ts]) && capitalised(&text[ts..te]));
                let (end, taken) = third.map_or((ne, 2), |&(_, te)| (te, 3));
                found.push((ns, end));
                k += taken;
                continue;
            }
        }
        // a capitalised word and a capitalised surname: "Максим Шевченко"
        if capitalised(w) {
            if let Some(&(ns, ne)) = next {
                let surname = &text[ns..ne];
                if capitalised(surname) && surname_shaped(surname) {
                    found.push((s, ne));
                    k += 2;
                    continue;
                }
            }
        }
        k += 1;
    }
    if found.is_empty() {
        return;
    }
    // (the names found do not overlap one another: each is checked against the findings
    // made before, sorted once, not read in full per name)
    let mut before: Vec<(usize, usize)> = findings.iter().map(|f| (f.start, f.end)).collect();
    before.sort_unstable();
    let before = Spans::new(&before);
    for (s, e) in found {
        if !before.overlaps(s, e) {
            findings.push(Finding::new(Category::PersonName, s, e, 0.8));
        }
    }
}

/// The byte spans of the runs of Cyrillic letters (an apostrophe or a hyphen inside a word
/// is part of it: "Мар'яна", "Петров-Водкин"). A run starts at a Cyrillic letter, found by
/// its lead byte with SIMD searches: the Latin text between runs is never decoded.
fn cyrillic_words(text: &str) -> Vec<(usize, usize)> {
    let t = text.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while let Some(s) = next_lead(t, i) {
        let mut last_end = s;
        let mut end = t.len();
        for (k, c) in text[s..].char_indices() {
            let letter = ('\u{0400}'..='\u{04FF}').contains(&c);
            let joiner = matches!(c, '\'' | '’' | 'ʼ' | '-');
            if !(letter || joiner) {
                end = s + k;
                break;
            }
            last_end = s + k + c.len_utf8();
        }
        words.push((s, trim_joiners(text, s, last_end)));
        i = end;
    }
    words
}

/// The first lead byte of a letter U+0400..U+04FF (0xD0..=0xD3, which UTF-8 uses for
/// nothing else) at or after `i`.
fn next_lead(t: &[u8], i: usize) -> Option<usize> {
    let rest = t.get(i..)?;
    let common = memchr::memchr3(0xD0, 0xD1, 0xD2, rest);
    let before = common.unwrap_or(rest.len());
    memchr::memchr(0xD3, &rest[..before])
        .or(common)
        .map(|p| i + p)
}

/// The end of the word `s..e` without trailing apostrophes or hyphens.
fn trim_joiners(text: &str, s: usize, e: usize) -> usize {
    s + text[s..e].trim_end_matches(['\'', '’', 'ʼ', '-']).len()
}

/// Whether `between` is one space (or a few): the two words stand together.
fn only_space(between: &str) -> bool {
    !between.is_empty() && between.len() <= 2 && between.chars().all(|c| c == ' ')
}

/// A capital Cyrillic letter and then at least one small one.
fn capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
}

/// Whether `w` lower-cased is `x`.
fn lower_eq(w: &str, x: &str) -> bool {
    w.chars().flat_map(char::to_lowercase).eq(x.chars())
}

/// Whether `w` ends as an East Slavic surname and is long enough to be one.
fn surname_shaped(w: &str) -> bool {
    w.chars().count() >= 4 && SURNAME_ENDINGS.iter().any(|x| w.ends_with(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let mut f = Vec::new();
        detect(text, &mut f);
        f.iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn names_in_a_ukrainian_email() {
        let t = "Добрий день, пані Катерина!\nМій син Максим Шевченко з класу 4Б вже тиждень \
                 не хоче йти до школи.\nЗ повагою, Олена Шевченко";
        assert_eq!(names(t), ["Катерина", "Максим Шевченко", "Олена Шевченко"]);
    }

    #[test]
    fn russian_names_and_plain_sentences() {
        assert_eq!(
            names("Господин Петров и Анна Иванова придут завтра."),
            ["Петров", "Анна Иванова"]
        );
        assert_eq!(names("госпожа Смирнова звонила"), ["Смирнова"]);
        assert_eq!(names("Шановна пані Олена Шевченко!"), ["Олена Шевченко"]);
        // capitalised words that are no surname: a sentence start and a place
        assert!(names("Добрий день. Мій син ходить до школи в Гетеборзі.").is_empty());
        assert!(names("Ingen kyrillisk text här: Anna Svensson.").is_empty());
    }
}
