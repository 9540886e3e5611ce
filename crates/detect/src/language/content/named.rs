//! Content found from named people themselves: pupils pointed at by class or listed,
//! a partner of the same sex, named minors, a child in a parent's message, a care
//! service's client by its label.

use super::*;

/// A pupil pointed at by class ("flickan i 8A", "killen i nian", "eleven i åk 4"): one child
/// the school knows, data about a child (CONTRACT.md: level 2).
pub(super) fn pupils_by_class(t: &[u8], hits: &[Hit], findings: &mut Vec<Finding>) {
    const PUPILS: &[&[u8]] = &[
        b"flickan", b"pojken", b"killen", b"tjejen", b"eleven", b"barnet", b"grabben",
    ];
    // whether a class follows `e`: " i 8A", " i nian", " i åk 4"
    let class_after = |e: usize| {
        let Some(rest) = t[e..(e + 14).min(t.len())].strip_prefix(b" i ") else {
            return false;
        };
        // "8A", "4b", "9C" (a digit and a letter, then no more letters)
        let class = rest.len() >= 2
            && rest[0].is_ascii_digit()
            && rest[1].is_ascii_alphabetic()
            && rest.get(2).is_none_or(|b| !b.is_ascii_alphabetic());
        class
            || crate::language::tokens::SCHOOL_YEARS
                .iter()
                .chain(&["årskurs ", "åk "])
                .any(|y| rest.starts_with(y.as_bytes()))
    };
    let mut push = |s: usize, e: usize| {
        let mut f = Finding::new(Category::Child, s, e, 0.8);
        f.level = Level::L2;
        findings.push(f);
    };
    for h in hits.iter().filter(|h| h.kind == Kind::PersonRef) {
        let w = &t[h.start..h.end];
        if PUPILS.iter().any(|p| w.eq_ignore_ascii_case(p)) && class_after(h.end) {
            push(h.start, h.end);
        }
    }
    // one of them, unnamed: "en tjej i 8C har slutat äta", "En kille i nian" (in texts up
    // to 16 KB, as messages and notes are: four searches of a long document cost more than
    // its rare such pupil is worth)
    if t.len() > 16 * 1024 {
        return;
    }
    for one in [&b"n tjej"[..], b"n kille", b"n flicka", b"n pojke"] {
        for p in memchr::memmem::find_iter(t, one) {
            let Some(s) = p.checked_sub(1) else {
                continue;
            };
            let e = p + one.len();
            let article = matches!(t[s], b'e' | b'E')
                && (s == 0 || !t[s - 1].is_ascii_alphanumeric() && t[s - 1] < 0x80);
            if article && class_after(e) {
                push(s, e);
            }
        }
    }
}

/// A pupil named by first name in a short message, in a sentence that speaks of a pupil's
/// school day ("Hugo fick E i matte på provet", "Alvin blir ledig v.6, kan ni lägga upp
/// läxorna?", "Gabriel har skolkat tre lektioner"): data about a child (CONTRACT.md: level
/// 2). Not a name greeted, signing, or with a staff title ("mentorn Karin", "Hej Sara",
/// "Karin, mentor"). One finding, on the first such name.
pub(super) fn pupil_in_a_school_message(
    text: &str,
    everyone: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) {
    let t = text.as_bytes();
    // what is said of a pupil (stems, any ending), in the name's own sentence
    const PUPIL: &[&str] = &[
        "läxa",
        "läxor",
        "läxan",
        "iup",
        "provet",
        "skolka",
        "trivs",
        "glömmer",
        "utvecklingssamtal",
        "gympakläder",
        "gympaskor",
        "vinterkläder",
        "åtgärdsprogram",
        "betyg",
        "omdöme",
        "gruppchatt",
    ];
    const STAFF: &[&str] = &[
        "lärare",
        "läraren",
        "mentor",
        "mentorn",
        "rektor",
        "rektorn",
        "fröken",
        "kurator",
        "kuratorn",
        "skolsköterskan",
        "ssk",
        "specialpedagog",
        "specialpedagogen",
        "vikarie",
        "vikarien",
        "assistenten",
        "pedagog",
        "pedagogen",
        "förskollärare",
        "förskolläraren",
    ];
    // words right before a name that make it no pupil spoken of: a greeting, a closing, a
    // platform or a place ("Hej Sara", "svarar i Tyra")
    const NOT_AFTER: &[&str] = &[
        "hej",
        "hejsan",
        "hallå",
        "tjena",
        "kära",
        "till",
        "mvh",
        "hälsningar",
        "från",
        "i",
        "via",
    ];
    // (adult students: "Komvux: … Selmas betyg")
    if t.len() > 500 || everyone.is_empty() || crate::language::adult_education(text) {
        return;
    }
    // the signature: what follows the last " /" or line break of the message
    let body = t.trim_ascii_end();
    let sign = [&b" /"[..], b"\n"]
        .iter()
        .filter_map(|c| memchr::memmem::rfind(body, c))
        .max()
        .filter(|&p| body.len() - p <= 40)
        .unwrap_or(body.len());
    let pupil = everyone.iter().find(|&&(s, e)| {
        if s >= sign || t[s..e].contains(&b' ') {
            return false;
        }
        // (a greeting right before the name: "Hej Sara", not "Hej! Elvin fick …")
        if crate::language::tokens::prev_word(t, s).is_some_and(|(ps, w)| {
            one_of_ci(w, STAFF)
                || one_of_ci(w, NOT_AFTER)
                    && !t[ps + w.len()..s]
                        .iter()
                        .any(|b| matches!(b, b'!' | b'.' | b'\n'))
        }) {
            return false;
        }
        // (a name the next words give a role: "Karin, mentor", "Karin (lärare)")
        let after = &t[e..(e + 24).min(t.len())];
        if STAFF
            .iter()
            .any(|x| memchr::memmem::find(after, x.as_bytes()).is_some())
        {
            return false;
        }
        let (ss, se) = sentence(t, s, e, 300);
        let sent = &t[ss..se];
        // a grade: "fick E i matte", "fick ett F"
        let grade = memchr::memmem::find_iter(sent, b"fick ").any(|p| {
            let r = sent[p + 5..]
                .strip_prefix(b"ett ")
                .unwrap_or(&sent[p + 5..]);
            r.len() >= 2 && (b'A'..=b'F').contains(&r[0]) && !r[1].is_ascii_alphanumeric()
        });
        grade
            || sent
                .split(|b| !crate::language::tokens::is_letter_byte(*b))
                .any(|w| PUPIL.iter().any(|x| starts_with_ci(w, x.as_bytes())))
    });
    if let Some(&(s, e)) = pupil {
        let mut f = Finding::new(Category::Child, s, e, 0.6);
        f.level = Level::L2;
        findings.push(f);
    }
}

/// A list headed by a pupil column ("Elev – vårdnadshavare – tel" over "Elsa Nordin – Maria
/// Nordin – 070-…", "Elev | Klass | Allergi"): the names below are pupils, data about
/// children (CONTRACT.md: level 2). One finding, on the header's first word.
pub(super) fn pupils_listed(t: &[u8], persons: &[(usize, usize)], findings: &mut Vec<Finding>) {
    if persons.is_empty() {
        return;
    }
    const HEADS: &[&str] = &[
        "Elev ",
        "Elev\t",
        "Elev|",
        "Elev;",
        "Elever ",
        "Barn ",
        "Barn\t",
        "Barn|",
        "Barn;",
        "Elevens namn",
        "Barnets namn",
        "Elev:",
    ];
    const SEPARATORS: &[&str] = &["–", " - ", "|", ";", "\t"];
    let mut ls = 0;
    while ls < t.len() {
        let le = memchr::memchr(b'\n', &t[ls..]).map_or(t.len(), |p| ls + p);
        let line = t[ls..le].trim_ascii();
        let at = ls + (t[ls..le].len() - t[ls..le].trim_ascii_start().len());
        let line = line
            .strip_prefix(b"|")
            .map_or(line, <[u8]>::trim_ascii_start);
        if line.len() < 80
            && HEADS.iter().any(|h| line.starts_with(h.as_bytes()))
            && SEPARATORS
                .iter()
                .any(|x| memchr::memmem::find(line, x.as_bytes()).is_some())
        {
            // the next line that is not a rule ("|---|") opens with a name
            let mut n = le + 1;
            while n < t.len() && matches!(t[n], b'|' | b'-' | b' ' | b':' | b'\n') {
                n += 1;
            }
            let i = persons.partition_point(|p| p.0 < n);
            if persons.get(i).is_some_and(|p| p.0 == n) {
                let mut f = Finding::new(Category::Child, at, at + 4, 0.8);
                f.level = Level::L2;
                findings.push(f);
                return;
            }
        }
        // "Klass 2B – kontaktlista inför utflykten" over three or more lines that open with a
        // name ("Ella Jansson – Therese Jansson 070-…"): the class's pupils
        if line.len() < 80
            && line.starts_with(b"Klass ")
            && line.get(6).is_some_and(u8::is_ascii_digit)
            && rows_opening_with_names(t, le + 1, persons) >= 3
        {
            let mut f = Finding::new(Category::Child, at, at + 5, 0.8);
            f.level = Level::L2;
            findings.push(f);
            return;
        }
        ls = le + 1;
    }
}

/// How many lines in a row, from the first of the next four non-empty lines that opens with a
/// name, open with a name.
fn rows_opening_with_names(t: &[u8], from: usize, persons: &[(usize, usize)]) -> usize {
    let opens = |ls: usize| {
        let i = persons.partition_point(|p| p.0 < ls);
        persons.get(i).is_some_and(|p| p.0 == ls)
    };
    let mut ls = from;
    let mut seen = 0;
    let mut run = 0;
    while ls < t.len() {
        let le = memchr::memchr(b'\n', &t[ls..]).map_or(t.len(), |p| ls + p);
        if opens(ls) {
            run += 1;
        } else if run > 0 {
            return run;
        } else if !t[ls..le].trim_ascii().is_empty() {
            seen += 1;
            if seen >= 4 {
                return 0;
            }
        }
        ls = le + 1;
    }
    run
}

/// "Nora Lindqvist tar med sin fru Emma", "Jag bor med min man Daniel" signed "Fredrik
/// Sandell", "Ulrika och hennes sambo Eva", "Harry och hans livskamrat Gunnar", "Jonas
/// Hellberg ska gifta sig med Erik": a person's partner of the same sex, told in everyday
/// words, is that person's sexual orientation (the sexes come from the first names and the
/// pronouns; a name the lists do not give one sex says nothing).
pub(super) fn partner_of_the_same_sex(
    t: &[u8],
    everyone: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) {
    use crate::language::names::{sex_of, Sex};
    // the subject: the nearest name ending within 100 bytes before `i`, on its line (a list's
    // row names its own: "Kevin 15 – bråkat …\nElla 14 – har en pojkvän")
    let subject = |i: usize| {
        let k = everyone.partition_point(|&(_, pe)| pe <= i);
        everyone[..k]
            .last()
            .filter(|&&(_, pe)| i - pe <= 100 && memchr::memchr(b'\n', &t[pe..i]).is_none())
            .copied()
    };
    let first_sex = |(ps, pe): (usize, usize)| {
        let name = &t[ps..pe];
        let n = name
            .iter()
            .position(|b| !crate::language::tokens::is_letter_byte(*b) && *b != b'-')
            .unwrap_or(name.len());
        std::str::from_utf8(&name[..n]).ok().and_then(sex_of)
    };
    let mut found = |s: usize, e: usize| {
        let mut f = Finding::new(Category::SexualOrientation, s, e, 0.75);
        f.level = Category::SexualOrientation.base_level();
        findings.push(f);
    };
    // the writer of what stands at `i`: the first name after it that opens a line (her
    // signature; in a thread, the signature of this message)
    // (or after a label opening its line: "Namn: Andreas Lövgren" in a web form)
    let writer = |i: usize| {
        everyone[everyone.partition_point(|&(ps, _)| ps <= i)..]
            .iter()
            .find(|&&(ps, _)| {
                let ls = crate::language::tokens::line_start(t, ps);
                let head = t[ls..ps].trim_ascii();
                // (or after a closing on its line: "Mvh Karin", "/Karin")
                head.is_empty()
                    || [&b"Namn:"[..], b"Avs\xc3\xa4ndare:", "Från:".as_bytes()].contains(&head)
                    || [
                        &b"Mvh"[..],
                        b"MVH",
                        b"mvh",
                        b"/",
                        b"//",
                        b"Kram",
                        b"H\xc3\xa4lsningar",
                    ]
                    .contains(&head)
            })
            .copied()
    };
    // whose partner: the writer's ("min"), the nearest name's ("sin"), or the pronoun's sex
    // ("hennes", "hans")
    enum Whose {
        Own,
        Subject,
        Of(Sex),
    }
    // ("har en fru", "är kär i en tjej": the nearest name's, as "sin")
    const POSSESSIVES: [(&str, Whose); 7] = [
        (" min ", Whose::Own),
        (" sin ", Whose::Subject),
        (" hennes ", Whose::Of(Sex::Female)),
        (" hans ", Whose::Of(Sex::Male)),
        (" har en ", Whose::Subject),
        (" i en ", Whose::Subject),
        (" med en ", Whose::Subject),
    ];
    // (the forms with "en" are a message's words, and their searches cost a long text as
    // much as the rest of the rule: they are read in texts up to 16 KB)
    let forms = if t.len() <= 16 * 1024 { 7 } else { 4 };
    for (i, word, whose) in POSSESSIVES[..forms].iter().flat_map(|(word, whose)| {
        memchr::memmem::find_iter(t, word.as_bytes()).map(move |i| (i, word.as_bytes(), whose))
    }) {
        let article = word.ends_with(b" en ");
        let mut rest = &t[i + word.len()..];
        for adjective in ["blivande ", "nya ", "nyblivna "] {
            rest = rest.strip_prefix(adjective.as_bytes()).unwrap_or(rest);
        }
        let w = &rest[..rest
            .iter()
            .position(|b| !crate::language::tokens::is_letter_byte(*b))
            .unwrap_or(rest.len())];
        let e = t.len() - rest.len() + w.len();
        // (after "en" only the words that say a partner: not "en man", "en tjej i klassen"
        // but "kär i en tjej", "ihop med en kille", "tillsammans med en tjej")
        let in_love = || {
            let head = &t[..i];
            head.ends_with("kär".as_bytes())
                || head.ends_with(b"ihop")
                // "hon är tillsammans med en tjej" (not "åkte dit tillsammans med en tjej")
                || ["är tillsammans", "varit tillsammans", "blivit tillsammans"]
                    .iter()
                    .any(|w| head.ends_with(w.as_bytes()))
        };
        let partner = match w {
            b"fru" | b"hustru" | b"flickv\xc3\xa4n" => Some(Sex::Female),
            b"tjej" if !article || in_love() => Some(Sex::Female),
            b"kille" if !article || in_love() => Some(Sex::Male),
            b"man" | b"make" if !article => Some(Sex::Male),
            b"pojkv\xc3\xa4n" => Some(Sex::Male),
            b"tjej" | b"kille" | b"man" | b"make" => continue,
            // a word with no sex: the partner's first name tells it ("hennes sambo Eva")
            b"sambo" | b"partner" | b"livskamrat" | b"s\xc3\xa4rbo" => {
                match everyone.binary_search_by_key(&(e + 1), |&(ps, _)| ps) {
                    Ok(k) if t.get(e) == Some(&b' ') => first_sex(everyone[k]),
                    _ => None,
                }
            }
            _ => continue,
        };
        // ("min man" is the writer's: "Jag bor med min man Daniel …" over "Fredrik Sandell")
        let sex = match whose {
            Whose::Own => writer(i).and_then(first_sex),
            Whose::Subject => subject(i).and_then(first_sex),
            Whose::Of(sex) => Some(*sex),
        };
        if partner.is_some() && sex == partner {
            found(i + 1, e);
        }
    }
    // "… ska gifta sig i sommar med Erik": both names of one sex
    for i in memchr::memmem::find_iter(t, b"ifta sig") {
        let hi = (i + 48).min(t.len());
        let Some(m) = memchr::memmem::find(&t[i..hi], b" med ") else {
            continue;
        };
        let at = i + m + 5;
        let Ok(k) = everyone.binary_search_by_key(&at, |&(ps, _)| ps) else {
            continue;
        };
        let other = everyone[k];
        if let (Some(a), Some(b)) = (subject(i).and_then(first_sex), first_sex(other)) {
            if a == b {
                found(i.saturating_sub(1), at - 1);
            }
        }
    }
}

/// A person named with an age under 18 right after the name ("Kevin Lindholm, 14, Geneta",
/// "Liam (13)", "Ella Ek 9 år") or as someone's child ("mamma till Ayaan Yusuf"): data about
/// a child (CONTRACT.md: level 2).
pub(super) fn named_minors(text: &str, persons: &[(usize, usize)], findings: &mut Vec<Finding>) {
    let t = text.as_bytes();
    // "Hodan Warsame (mamma till Ayaan Yusuf, 7B)", "vårdnadshavare till Liam Ek": named as
    // someone's child
    const PARENT_OF: &[&str] = &[
        "mamma till ",
        "pappa till ",
        "mor till ",
        "far till ",
        "förälder till ",
        "vårdnadshavare till ",
        "vårdnadshavare för ",
        "förälder för ",
        "föräldrarna till ",
        "föräldrar till ",
        "mamman till ",
        "pappan till ",
        "vårdnadshavarna till ",
    ];
    for &(s, e) in persons {
        let before = &t[s.saturating_sub(24)..s];
        if PARENT_OF.iter().any(|p| {
            let p = p.as_bytes();
            before.len() >= p.len() && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
        }) && crate::language::tokens::upper_at(t, s)
        {
            let mut f = Finding::new(Category::Child, s, e, 0.75);
            f.level = Level::L2;
            findings.push(f);
        }
    }
    for &(_, e) in persons {
        // "Elsa är 15 och feriejobbar hos oss", "Julia Nygren är bara 16"; "Tuva Berg, f.
        // 2012, bor varannan vecka …"
        if let Some((ds, de)) = age_told(t, e).or_else(|| born_minor(t, e)) {
            let mut f = Finding::new(Category::Child, ds, de, 0.8);
            f.level = Level::L2;
            findings.push(f);
            continue;
        }
        let rest = &t[e..(e + 12).min(t.len())];
        let (skip, paren) = match rest {
            [b',', b' ', ..] => (2, false),
            [b' ', b'(', ..] => (2, true),
            [b' ', b'0'..=b'9', ..] => (1, false),
            _ => continue,
        };
        let digits = rest[skip..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(1..=2).contains(&digits) {
            continue;
        }
        let (ds, de) = (e + skip, e + skip + digits);
        let age: u32 = t[ds..de]
            .iter()
            .fold(0, |a, b| a * 10 + u32::from(b - b'0'));
        let after = &t[de..(de + 6).min(t.len())];
        let years = after.starts_with(" år".as_bytes());
        let ends = match after {
            [] => true,
            [b')', ..] => paren,
            [b',' | b'\n' | b';', ..] => !paren,
            [b' ', 0xE2, 0x80, 0x93, ..] | [b' ', b'-', ..] => !paren,
            [b'.', b' ' | b'\n', ..] => !paren,
            _ => false,
        };
        // "Ella Ek 9 år", "Liam, 14 år"; a bare number only after a comma or in brackets
        let ok = years || (ends && skip == 2);
        if ok && age < 18 {
            let mut f = Finding::new(Category::Child, ds, de, 0.8);
            f.level = Level::L2;
            findings.push(f);
        }
    }
    // a named pupil's grade: "underlaget för Selmas betyg", "Danials betyg i idrott" (a school
    // grades children; adult students are rare and named as such: "Komvux", "SFI")
    // (whether the text is about adult students: asked once, at the first named grade)
    let mut adults: Option<bool> = None;
    for &(s, e) in persons {
        if e > s && t[e - 1] == b's' {
            let rest = &t[e..];
            let grade = [&b" betyg"[..], b" betyget"].iter().any(|w| {
                rest.starts_with(w) && rest.get(w.len()).is_none_or(|b| !b.is_ascii_alphabetic())
            });
            if grade && !*adults.get_or_insert_with(|| crate::language::adult_education(text)) {
                let mut f = Finding::new(Category::Child, s, e, 0.75);
                f.level = Level::L2;
                findings.push(f);
            }
        }
    }
}

/// An age under 18 told right after a name: "är 15", "är bara 16", "är 15 år" (then the
/// sentence goes on: "och", a comma, its end; not "är 15 minuter sen"). The digits' span.
fn age_told(t: &[u8], e: usize) -> Option<(usize, usize)> {
    // (after where they are: "Vikarien Jonna i köket är bara 16")
    let place = [&b" i "[..], " p\u{e5} ".as_bytes()]
        .iter()
        .find_map(|p| t[e..].strip_prefix(*p))
        .map(|r| {
            let w = r
                .iter()
                .take_while(|&&b| crate::language::tokens::is_letter_byte(b))
                .count();
            &r[w..]
        });
    let rest = place
        .and_then(|r| r.strip_prefix(" \u{e4}r ".as_bytes()))
        .or_else(|| t[e..].strip_prefix(" \u{e4}r ".as_bytes()))?;
    let rest = rest
        .strip_prefix(b"bara ")
        .or_else(|| rest.strip_prefix(b"nu "))
        .unwrap_or(rest);
    let ds = t.len() - rest.len();
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let age = rest[..digits]
        .iter()
        .fold(0u32, |a, b| a * 10 + u32::from(b - b'0'));
    let after = &rest[digits..];
    let after = after.strip_prefix(" \u{e5}r".as_bytes()).unwrap_or(after);
    let goes_on = match after {
        [] => true,
        [b',' | b'.' | b'!' | b'?' | b'\n' | b')', ..] => true,
        _ => [&b" och "[..], b" bast", b" men ", b" s\xc3\xa5 "]
            .iter()
            .any(|w| after.starts_with(w)),
    };
    (goes_on && (1..18).contains(&age)).then_some((ds, ds + digits))
}

/// A birth year right after a name that makes a minor: "Tuva Berg, f. 2012", "Leo (född
/// 2015)". The year's span.
fn born_minor(t: &[u8], e: usize) -> Option<(usize, usize)> {
    let rest = t[e..]
        .strip_prefix(b", ")
        .or_else(|| t[e..].strip_prefix(b" ("))?;
    let rest = rest
        .strip_prefix(b"f. ")
        .or_else(|| rest.strip_prefix("född ".as_bytes()))?;
    let ds = t.len() - rest.len();
    if rest.len() < 4
        || !rest[..4].iter().all(u8::is_ascii_digit)
        || rest.get(4).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let year = rest[..4]
        .iter()
        .fold(0i32, |a, b| a * 10 + i32::from(b - b'0'));
    crate::classify::minor_born_in(year).then_some((ds, ds + 4))
}

/// A person named under a care recipient's label at the start of a line ("Brukare: Elof
/// Stenberg, Björkvägen 22", "Vårdtagare  Holger Lind"): someone who receives the
/// municipality's care, a social-services matter about them (CONTRACT.md: level 3). One
/// finding, on the label.
pub(super) fn client_by_label(t: &[u8], persons: &[(usize, usize)], findings: &mut Vec<Finding>) {
    const LABELS: &[&[u8]] = &[b"Brukare", b"Omsorgstagare", b"V\xc3\xa5rdtagare"];
    for &(ps, _) in persons {
        // (a label stands at most a few words before the name: a line that starts further
        // back is no label's, and a text without line breaks costs no scan per person)
        let lo = ps.saturating_sub(256);
        let Some(ls) = memchr::memrchr(b'\n', &t[lo..ps])
            .map(|p| lo + p + 1)
            .or((lo == 0).then_some(0))
        else {
            continue;
        };
        let head = t[ls..ps].trim_ascii();
        let head = head.strip_suffix(b":").unwrap_or(head).trim_ascii_end();
        if LABELS.contains(&head) {
            let s = ls + (t[ls..ps].len() - t[ls..ps].trim_ascii_start().len());
            let mut f = Finding::new(Category::SocialConditions, s, s + head.len(), 0.8);
            f.level = Level::L3;
            findings.push(f);
            return;
        }
    }
}

/// A message a parent signs as a parent ("/ Mvh Sofia (mamma)", "/Pappa Jonas", "mvh mamma")
/// is about the parent's child: the first person it names other than the signer ("Hej!
/// Ella stannar hemma idag, hon kräktes hela natten") is a child (CONTRACT.md: level 2).
pub(super) fn child_in_a_parents_message(
    t: &[u8],
    everyone: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) {
    // the signature: the last line, or what follows the last " / " or "mvh" of a one-line
    // message, at most 40 bytes
    let body = t.trim_ascii_end();
    let ls = memchr::memrchr(b'\n', body).map_or(0, |p| p + 1);
    let mut sign = ls;
    for cut in [&b" / "[..], b" /", b"mvh ", b"Mvh ", b"MVH "] {
        if let Some(p) = memchr::memmem::rfind(&body[ls..], cut) {
            sign = sign.max(ls + p);
        }
    }
    if body.len() - sign > 40 || sign == 0 {
        return;
    }
    let tail = &body[sign..];
    let parent = tail
        .split(|b| !crate::language::tokens::is_letter_byte(*b))
        .any(|w| {
            [
                &b"mamma"[..],
                b"pappa",
                b"Mamma",
                b"Pappa",
                b"MAMMA",
                b"PAPPA",
            ]
            .contains(&w)
        });
    if !parent {
        return;
    }
    let signer = |s: usize| s >= sign;
    if let Some(&(s, e)) = everyone.iter().find(|&&(s, _)| !signer(s)) {
        let mut f = Finding::new(Category::Child, s, e, 0.7);
        f.level = Level::L2;
        findings.push(f);
    }
}
