//! Whom a text is about, decided once per text.
//!
//! A name in a text is either someone the text is about (a client, a pupil, the writer of a
//! complaint) or someone who works on it: the press contact under a press release, the
//! staff who sign a newsletter, the official a quote is attributed to, a name with its job
//! title. Only the first kind makes what the text says about "barnet" or "sökanden" a
//! statement about an identified individual; a text whose only names are officials' is
//! written about a topic, whatever it says about the roles in it.

use super::tokens::{is_word_byte, one_of_ci, prev_word};
use crate::{Category, Finding};

/// Words that introduce a contact or a signature, at the start of a line or of the text
/// before the name on its line ("Presskontakt:", "Kramar från Malin och Sanaz").
const CONTACT_HEADS: &[&str] = &[
    "kontakt",
    "presskontakt",
    "kontaktperson",
    "frågor",
    "mer information",
    "för mer information",
    "för frågor",
    "upplysningar",
    "med vänlig",
    "vänlig hälsning",
    "vänliga hälsningar",
    "hälsningar",
    "mvh",
    "kramar",
    "kram från",
    "hälsar",
    "ansvarig",
    "handläggare",
    "närvarande",
    "ledamöter",
    "justerare",
    "justeras",
    "ordförande",
    "sekreterare",
    "föredragande",
    "ersättare",
    "tjänstgörande",
    "protokollförare",
    "antecknare",
    "sammankallande",
    "mötesledare",
    "deltagare",
    "avsändare",
    "undertecknad",
    "arrangör",
    "moderator",
    "sammanställt",
    "sammanställd",
    "upprättad",
    "upprättat",
    "skriven",
    "skrivet",
    "författare",
    "kassör",
];

/// Contact headings of one word, also right before a name inside a line ("Vi söker en
/// kurator … Kontakt: Eva Lund").
const CONTACT_WORDS: &[&str] = &[
    "kontakt",
    "kontaktperson",
    "presskontakt",
    "kontakta",
    "upplysningar",
    "handläggare",
    "ansvarig",
    "avsändare",
];

/// Closings of a letter, which may stand a blank line above the signature.
const CLOSINGS: &[&str] = &["med vänlig", "vänlig", "hälsning", "mvh", "kram", "/"];

/// Endings of job titles, written before a name ("HR-direktör Johanna Kivelä") or after it
/// ("Anna Berg, enhetschef").
const TITLE_ENDINGS: &[&str] = &[
    "chef",
    "direktör",
    "ordförande",
    "rektor",
    "kommunikatör",
    "handläggare",
    "sekreterare",
    "samordnare",
    "ansvarig",
    "strateg",
    "controller",
    "kurator",
    "sköterska",
    "lärare",
    "pedagog",
    "ledamot",
    "registrator",
    "jurist",
    "arkivarie",
    "bibliotekarie",
    "ekonom",
    "tekniker",
    "inspektör",
    "utredare",
    "specialist",
    "rådgivare",
    "råd",
    "ledare",
    "förvaltare",
    "utvecklare",
    "konsult",
    "psykolog",
    "läkare",
    "assistent",
    "talesperson",
    "författare",
    "kassör",
    "konsulent",
    "historiker",
    "forskare",
    "föreläsare",
    "professor",
    "docent",
    "journalist",
    "konstnär",
    "musiker",
    "expert",
];

/// Verbs after a name that say someone acts in their role in a meeting ("Robert Nyman
/// yrkar att …", "Karin informerade om …").
const ROLE_VERBS: &[&str] = &[
    "yrkar",
    "yrkade",
    "föredrar",
    "föredrog",
    "informerar",
    "informerade",
    "redogör",
    "redogjorde",
    "presenterar",
    "presenterade",
    "reserverar",
    "reserverade",
];

/// Verbs that attribute a quote to its speaker ("säger HR-direktör Johanna Kivelä").
const SAYS: &[&str] = &[
    "säger",
    "sa",
    "berättar",
    "menar",
    "konstaterar",
    "förklarar",
    "understryker",
    "betonar",
    "tycker",
];

/// The bounds of the line around `i`, looked for at most 400 bytes each way (a text
/// without line breaks costs no scan to its ends per name).
fn line(t: &[u8], i: usize) -> (usize, usize) {
    let lo = i.saturating_sub(400);
    let hi = (i + 400).min(t.len());
    let s = memchr::memrchr(b'\n', &t[lo..i]).map_or(lo, |p| lo + p + 1);
    let e = memchr::memchr(b'\n', &t[i..hi]).map_or(hi, |p| i + p);
    (s, e)
}

/// Whether `s` starts with one of `words` (ASCII case ignored), as a whole word.
fn starts_with_any(s: &[u8], words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| starts_with_stem(s, w) && s.get(w.len()).is_none_or(|&b| !is_word_byte(b)))
}

/// Whether `s` starts with `w` (ASCII case ignored), whatever follows.
fn starts_with_stem(s: &[u8], w: &str) -> bool {
    s.len() >= w.len() && s[..w.len()].eq_ignore_ascii_case(w.as_bytes())
}

/// Whether the word `w` is a job title (ends with one of [`TITLE_ENDINGS`], ASCII case
/// ignored).
pub(crate) fn title(w: &[u8]) -> bool {
    let ends = |w: &[u8]| {
        TITLE_ENDINGS.iter().any(|e| {
            let e = e.as_bytes();
            w.len() >= e.len() && w[w.len() - e.len()..].eq_ignore_ascii_case(e)
        })
    };
    // also in the definite form a title takes before a name ("Religionshistorikern Sofia
    // Nyberg", "rektorn", "chefen")
    ends(w) || w.strip_suffix(b"en").is_some_and(ends) || w.strip_suffix(b"n").is_some_and(ends)
}

/// Whether the name at `s..e` is an official's: a contact or a signature (a phone number or
/// an e-mail address on its line or the two below a short line, or a contact heading just
/// above or before it on its line), a quote's speaker, or a name with its job title.
/// `contacts` are the spans of the text's phone numbers and e-mail addresses, sorted.
fn official(t: &[u8], s: usize, e: usize, contacts: &[(usize, usize)]) -> bool {
    let (ls, le) = line(t, s);
    let prefix = t[ls..s].trim_ascii_start();
    // "Presskontakt: Johanna Kivelä", "Kramar från Malin, Oliver och Sanaz"
    if starts_with_any(prefix, CONTACT_HEADS) {
        return true;
    }
    // a name with an age after it is someone described, not an official ("till läkaren:
    // Berit Sandell, 84, har ramlat …", "Roger Ek (58) …")
    if aged_after(t, e) {
        return false;
    }
    // a closing before it on its line ("Hälsningar Karin Ström, HR", "Mvh Anna"), or right
    // before it in a one-line text ("… på företagshälsan. Hälsningar Karin Ström")
    if prefix.len() <= 30 && CLOSINGS.iter().any(|c| starts_with_stem(prefix, c))
        || after_closing(t, s)
    {
        return true;
    }
    // the addressee of a letter or a decision ("Till: Rasmus Öberg, fordonssamordnare"),
    // the person a record is about ("Medarbetare: Marjatta Hyvönen, undersköterska")
    // (and the recipient of a message in a log: "Mottagare: 076-204 81 57 (Mikael Strand)")
    if starts_with_any(prefix, &["till", "to", "ang", "angående", "mottagare"])
        || starts_with_any(prefix, super::content::SUBJECT_LABELS)
    {
        return false;
    }
    // a form's "Namn:" field (a registration, an application) over the person's own e-mail
    // and phone is the person the form is about, unless a contact heading stands above it
    // (so the contact block below does not count)
    let form_field =
        starts_with_any(prefix, &["namn"]) && prefix.trim_ascii_end().ends_with(b":") && {
            let above = &t[ls.saturating_sub(200)..ls];
            !above
                .rsplit(|&b| b == b'\n')
                .take(4)
                .any(|l| starts_with_any(l.trim_ascii(), CONTACT_HEADS))
        };
    // a phone or an e-mail on a short line with the name or on the two lines below it: a
    // contact block (a long line is prose, where a number may be anyone's; so is a line on
    // which the name says something of its person: "Anna Ek har försörjningsstöd sedan mars.
    // Tel 070-…")
    let states = || {
        let next = super::tokens::next_word(t, e);
        [
            &b"har"[..],
            b"hade",
            "är".as_bytes(),
            b"var",
            b"bor",
            b"fick",
            "behöver".as_bytes(),
            b"saknar",
            "mår".as_bytes(),
        ]
        .contains(&next)
    };
    // (nor a row that gives the person's money: "Maja Holm, skuld 38 400 kr, 070-…")
    // (not a table's row, where the sum may be an organisation's: "IK Stjärnan | Leif
    // Olausson | 070-… | 38 400 kr")
    let money = || {
        memchr::memchr3(b'|', b';', b'\t', &t[ls..le]).is_none()
            && memchr::memmem::find_iter(&t[s..le], b" kr")
                .any(|i| t.get(s + i + 3).is_none_or(|&b| !b.is_ascii_alphabetic()))
    };
    // (nor a register's row that goes on after the number: "Ingrid Ljung, 070-381 52 14 –
    // Alzheimer, bor själv")
    let goes_on = || {
        let k = contacts.partition_point(|&(c, _)| c < e);
        contacts[k..]
            .iter()
            .take_while(|&&(c, _)| c < le)
            .last()
            .is_some_and(|&(_, ce)| {
                let rest = &t[ce.min(le)..le];
                (rest.starts_with(" – ".as_bytes()) || rest.starts_with(b" - ")) && rest.len() > 6
            })
    };
    if le - ls <= 80 && !form_field && !states() && !money() && !goes_on() {
        let mut below = le;
        for _ in 0..2 {
            if below < t.len() {
                below = line(t, below + 1).1;
            }
        }
        let below = below.min(le + 200);
        let k = contacts.partition_point(|&(c, _)| c < ls);
        if contacts.get(k).is_some_and(|&(c, _)| c < below) {
            return true;
        }
    }
    // a contact heading on one of the three lines above, in the same block, or a closing
    // a blank line above ("Med vänliga hälsningar\n\nAnna Berg")
    let mut at = ls;
    let mut blank = false;
    for _ in 0..3 {
        if at == 0 {
            break;
        }
        let (ps, pe) = line(t, at - 1);
        at = ps;
        let l = t[ps..pe].trim_ascii();
        if l.is_empty() {
            if blank {
                break;
            }
            blank = true;
            continue;
        }
        // a heading alone on its line ("Presskontakt:", "Med vänliga hälsningar"), not a
        // line that lists names itself ("Närvarande: Nadia Haddad, Per Ek") above the text
        let alone = l.len() <= 45 && (l.ends_with(b":") || !l.contains(&b':'));
        if alone
            && (CLOSINGS.iter().any(|c| starts_with_stem(l, c))
                || (!blank && starts_with_any(l, CONTACT_HEADS)))
        {
            return true;
        }
        if blank {
            break;
        }
    }
    // "säger HR-direktör Johanna Kivelä", "enhetschef Anna Berg"
    let mut i = s;
    for n in 0..3 {
        let Some((ws, w)) = prev_word(t, i) else {
            break;
        };
        // "… Kontakt: Eva Lund", "… enhetschef Anna Berg", "Kontakta fritidskonsulent Niila"
        // (a job title before a name whose state the sentence then gives, "Rektorn Karl
        // Berg är sjukskriven", names the person it is about, not a contact; "Rektor Håkan
        // Lindstedt har godkänt" still signs off as an official)
        // (nor does a title after an indefinite article, which introduces someone: "Vi har
        // en lärare, Fredrik Lund, som …")
        let introduced = || {
            prev_word(t, ws).is_some_and(|(_, a)| {
                a.eq_ignore_ascii_case(b"en") || a.eq_ignore_ascii_case(b"ett")
            })
        };
        let head = n == 0
            && (title(w) && !in_a_state(t, e) && !introduced()
                || starts_with_any(w, CONTACT_WORDS))
            || n == 1 && starts_with_any(w, CONTACT_WORDS);
        if head || SAYS.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes())) {
            return true;
        }
        i = ws;
    }
    // "c/o Åsa Lindkvist Persson": where an association's post goes
    if t[..s].ends_with(b"c/o ") {
        return true;
    }
    // (a heading of an employee's own matter names its person, title and all: "Underlag
    // lönesamtal 2026 – Robin Ahlqvist, IT-tekniker")
    if EMPLOYEE_MATTERS
        .iter()
        .any(|m| super::tokens::has_either_initial(&t[ls..s], m.as_bytes()))
    {
        return false;
    }
    // "Anna Berg, enhetschef", "Åsa Lindkvist Persson (kassör)", "Robert Nyman yrkar …"
    let rest = &t[e..le.min(e + 60)];
    let title_after = |r: &[u8]| {
        let w = r.iter().position(|&b| !is_word_byte(b) && b != b'-');
        title(&r[..w.unwrap_or(r.len())])
    };
    // a phone number or an e-mail address right after the name that ends the line or the
    // sentence: "Kontakta … Niila Kuoljok, 0980-706 44." (not a register's row: "Elin
    // Forsberg, 070-551 73 02, 23 år, …")
    let k = contacts.partition_point(|&(c, _)| c <= e);
    if contacts[k..]
        .iter()
        .take_while(|&&(c, _)| c <= e + 3)
        .any(|&(_, ce)| {
            t[ce..]
                .iter()
                .take(3)
                .find(|&&b| b != b' ' && b != b'.' && b != b')')
                .is_none_or(|&b| b == b'\n' || b == b'\r')
        })
    {
        return true;
    }
    // (a name with its title whose state the line then gives is the person it is about:
    // "Gunilla Ström, lärare 4B, långtidssjukskriven sedan …", "Eva Ek (lärare) är …")
    let stated = || {
        let r = &t[e..le];
        r.iter()
            .skip(2)
            .position(|&b| b == b',' || b == b')')
            .is_some_and(|p| state_after(t, e + 2 + p + 1))
    };
    (rest.strip_prefix(b", ").is_some_and(title_after)
        || rest.strip_prefix(b" (").is_some_and(title_after))
        && !stated()
        || rest.strip_prefix(" – ".as_bytes()).is_some_and(title_after)
        || rest.strip_prefix(b" - ").is_some_and(title_after)
        || rest
            .strip_prefix(b" ")
            .is_some_and(|r| starts_with_any(r, ROLE_VERBS))
}

/// Whether an age follows a name ending at `e`: ", 84,", ", 84 år", " (84)", " (84 år)".
fn aged_after(t: &[u8], e: usize) -> bool {
    let r = &t[e..(e + 10).min(t.len())];
    let (r, paren) = if let Some(r) = r.strip_prefix(b", ") {
        (r, false)
    } else if let Some(r) = r.strip_prefix(b" (") {
        (r, true)
    } else {
        return false;
    };
    let n = r.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &r[n..];
    (1..=3).contains(&n)
        && (rest.starts_with(" år".as_bytes())
            || paren && rest.starts_with(b")")
            || !paren && rest.starts_with(b","))
}

/// Matters about one employee whose heading names them (lower case, as inside a line).
const EMPLOYEE_MATTERS: &[&str] = &[
    "lönesamtal",
    "medarbetarsamtal",
    "utvecklingssamtal",
    "rehabsamtal",
    "rehabiliteringsplan",
    "lönesättning",
    "löneförslag",
    "anställningsavtal",
    "omplacering",
    "uppsägning",
    "arbetsanpassning",
];

/// Whether the words after a name ending at `e` give what befell the person: "är", "var",
/// "blev", "mår", "ligger", "sitter", "fick", "har varit", "har blivit", "har fått" (not an
/// official's act, "har godkänt", nor a task given, "fick i uppdrag").
fn in_a_state(t: &[u8], e: usize) -> bool {
    let next = super::tokens::next_word(t, e);
    let rest = t[e..].trim_ascii_start();
    let given_a_task = |from: usize| {
        let r = rest[from.min(rest.len())..].trim_ascii_start();
        r.starts_with(b"i uppdrag") || r.starts_with(b"ansvar") || r.starts_with(b"uppdraget")
    };
    // (or needs what a state asks: "elevassistenten Jessica behöver anpassade arbetstider")
    let state = [
        "är", "var", "blev", "mår", "ligger", "sitter", "behöver", "orkar", "saknar",
    ];
    if state.iter().any(|w| next == w.as_bytes()) {
        return true;
    }
    if next == b"fick" {
        return !given_a_task(4);
    }
    next == b"har" && {
        let after = super::tokens::next_word(rest, 3);
        // (or a thing: "har covid", "har ont i ryggen"; not an act, "har godkänt",
        // "har beslutat", nor a function word, "har inte svarat")
        const FUNCTION: &[&str] = &[
            "inte", "en", "ett", "också", "nu", "redan", "just", "tidigare", "själv", "ju",
            "ingen", "inga", "inget", "det", "den", "de", "alltid", "aldrig", "sedan", "i", "på",
            "för", "till", "med", "som", "här", "där", "denna", "detta", "dessa",
        ];
        after == b"varit"
            || after == b"blivit"
            || after == "fått".as_bytes() && !given_a_task(3 + 1 + "fått".len())
            || after == b"ont"
            || !after.is_empty()
                && !after.ends_with(b"t")
                && !after.ends_with(b"ts")
                && after.iter().all(|b| b.is_ascii_alphabetic() || *b >= 0x80)
                && !one_of_ci(after, FUNCTION)
    }
}

/// Whether the words after `e` give a person's state: [`in_a_state`], or a record's bare
/// state ("långtidssjukskriven sedan …", "föräldraledig", "avstängd").
fn state_after(t: &[u8], e: usize) -> bool {
    let next = super::tokens::next_word(t, e);
    in_a_state(t, e)
        || one_of_ci(
            next,
            &[
                "sjukskriven",
                "långtidssjukskriven",
                "deltidssjukskriven",
                "heltidssjukskriven",
                "föräldraledig",
                "tjänstledig",
                "avstängd",
                "inlagd",
                "gravid",
                "sjuk",
            ],
        )
}

/// Whether a closing word ("hälsningar", "mvh") stands right before the name at `s`, or
/// before the other names it lists ("hälsningar Liv Sandström och Milo Andersson").
fn after_closing(t: &[u8], s: usize) -> bool {
    let mut i = s;
    for _ in 0..8 {
        let Some((ws, w)) = prev_word(t, i) else {
            return false;
        };
        if i - (ws + w.len()) > 2 {
            return false;
        }
        if ["hälsningar", "hälsning", "mvh"]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c.as_bytes()))
        {
            return true;
        }
        if !(w == b"och" || w.first().is_some_and(u8::is_ascii_uppercase)) {
            return false;
        }
        i = ws;
    }
    false
}

/// Whether a first-person singular pronoun stands outside a quote ("jag", "mig", "min"
/// …): the writer speaks of themselves, and the signature below is their own name.
pub(crate) fn first_person(t: &[u8]) -> bool {
    const I: &[&[u8]] = &[b"jag", b"mig", b"min", b"mitt", b"mina"];
    for l in t.split(|&b| b == b'\n') {
        let body = l.trim_ascii_start();
        // a quote line ("– Det här är …", "”Vi …")
        if body.starts_with("–".as_bytes()) || body.starts_with(b"-") && body.get(1) == Some(&b' ')
        {
            continue;
        }
        if body.starts_with("”".as_bytes()) || body.starts_with(b"\"") {
            continue;
        }
        // (only words opening with j or m are compared, found by two SIMD scans)
        let pronoun_at = |i: usize| {
            if i > 0 && is_word_byte(body[i - 1]) {
                return false;
            }
            // (the pronouns are 3–4 bytes long: a longer word is not read to its end)
            let n = body[i..]
                .iter()
                .take(5)
                .take_while(|&&b| is_word_byte(b))
                .count();
            n < 5 && I.iter().any(|p| body[i..i + n].eq_ignore_ascii_case(p))
        };
        if memchr::memchr2_iter(b'j', b'm', body).any(pronoun_at)
            || memchr::memchr2_iter(b'J', b'M', body).any(pronoun_at)
        {
            return true;
        }
    }
    false
}

/// The spans of the phone numbers and e-mail addresses among `found`, sorted by start.
fn contact_spans(found: &[Finding]) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| matches!(f.category, Category::Phone | Category::Email))
        .map(|f| (f.start, f.end))
        .collect();
    v.sort_unstable();
    v
}

/// Whom a text is about, as far as its names and personnummer tell.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct About {
    /// The text names someone it is about: a personnummer, a name that is not only an
    /// official's, or a writer who says "jag" over their signature.
    pub(crate) subject: bool,
    /// The text names someone it is about: a personnummer or a name that is not only an
    /// official's (a writer's "jag" alone does not count).
    pub(crate) named: bool,
    /// It is about one person: at most one distinct personnummer, and its names that are not
    /// officials' all share a word (a first name or a surname) with the first of them
    /// ("Klient: Amir Haddad … Amir berättar …"). A case record, a letter about one matter.
    pub(crate) sole: bool,
}

/// Whom the text is about; `found` holds its findings so far (names and contact details),
/// `pnr` the spans of its personnummer. Each name is classified once.
pub(crate) fn about(text: &str, found: &[Finding], pnr: &[(usize, usize)]) -> About {
    let t = text.as_bytes();
    let mut names = found
        .iter()
        .filter(|f| f.category == Category::PersonName)
        .peekable();
    if pnr.is_empty() && names.peek().is_none() {
        return About::default();
    }
    if let Some(&(s0, e0)) = pnr.first() {
        // the same number, however written: the last ten digits, compared back to front
        let digits = |s: usize, e: usize| t[s..e].iter().rev().filter(|b| b.is_ascii_digit());
        if pnr
            .iter()
            .any(|&(s, e)| !digits(s, e).take(10).eq(digits(s0, e0).take(10)))
        {
            return About {
                subject: true,
                named: true,
                sole: false,
            };
        }
    }
    let contacts = contact_spans(found);
    let words = |s: usize, e: usize| {
        t[s..e]
            .split(|&b| b == b' ' || b == b'-')
            .filter(|w| w.len() > 1)
            .map(|w| w.strip_suffix(b"s").unwrap_or(w))
    };
    // the first name that is not an official's, and whether another person's follows
    let mut first: Option<(usize, usize)> = None;
    let mut others = false;
    for f in names {
        if official(t, f.start, f.end, &contacts) {
            continue;
        }
        match first {
            None => first = Some((f.start, f.end)),
            Some((s, e)) => {
                if !words(f.start, f.end).any(|w| words(s, e).any(|x| x == w)) {
                    others = true;
                    break;
                }
            }
        }
    }
    let named = !pnr.is_empty() || first.is_some();
    About {
        subject: named || first_person(t),
        named,
        sole: named && !others,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_writer_speaks_of_themselves_outside_quotes() {
        for t in [
            "Hej!\nJag undrar över min ansökan.",
            "Ring MIG",
            "Det är mitt ärende.",
            "tack/mina",
        ] {
            assert!(first_person(t.as_bytes()), "{t}");
        }
        for t in [
            "– Jag trivs här, säger hon.",
            "\"Min mamma är sjuk\"",
            "Jagat, mitten, minuter, minst, majoritet, Mina2",
            "Ring Maja om migrationen",
        ] {
            assert!(!first_person(t.as_bytes()), "{t}");
        }
    }

    fn subject_named(text: &str, found: &[Finding], pnr: &[(usize, usize)]) -> bool {
        about(text, found, pnr).subject
    }

    fn sole_subject(text: &str, found: &[Finding], pnr: &[(usize, usize)]) -> bool {
        about(text, found, pnr).sole
    }

    /// The names of `text` at the given words, as findings, plus its phone numbers.
    fn found(text: &str, names: &[&str], phones: &[&str]) -> Vec<Finding> {
        let mut v: Vec<Finding> = names
            .iter()
            .map(|n| {
                let s = text.find(n).expect("name in text");
                Finding::new(Category::PersonName, s, s + n.len(), 0.9)
            })
            .collect();
        v.extend(phones.iter().map(|p| {
            let s = text.find(p).expect("phone in text");
            Finding::new(Category::Phone, s, s + p.len(), 0.9)
        }));
        v
    }

    #[test]
    fn contacts_speakers_and_signatures_are_officials() {
        let press = "Pressmeddelande\n\nCirka 70 procent av de anställda är med i ett \
                     fackförbund.\n\n– Ett viktigt steg, säger HR-direktör Johanna Kivelä.\n\n\
                     Presskontakt:\nJohanna Kivelä, HR-direktör, 0920-45 30 12\n";
        let f = found(press, &["Johanna Kivelä"], &["0920-45 30 12"]);
        assert!(!subject_named(press, &f, &[]));
        let letter = "Hej alla föräldrar!\n\nBarnet ska vara hemma i 48 timmar.\n\n\
                      Kramar från Malin, Oliver och Sanaz";
        let f = found(letter, &["Malin", "Oliver", "Sanaz"], &[]);
        assert!(!subject_named(letter, &f, &[]));
        let signed = "Nu börjar ansökan till sommarjobb.\n\nMed vänliga hälsningar\n\n\
                      Anna Berg\nEnhetschef";
        let f = found(signed, &["Anna Berg"], &[]);
        assert!(!subject_named(signed, &f, &[]));
        // a title in its definite form before the name
        let lecture = "Vad betyder fastan för en muslimsk familj?\n\nReligionshistorikern Sofia \
                       Nyberg berättar om högtidernas ursprung.";
        let f = found(lecture, &["Sofia Nyberg"], &[]);
        assert!(!subject_named(lecture, &f, &[]));
    }

    #[test]
    fn the_people_a_text_is_about_are_subjects() {
        // an item of minutes below the attendance list
        let eht = "EHT 2026-01-22\nNärvarande: rektor Ulf Berglund\n\n1. Theo Andersson 7A – \
                   självskadebeteende.";
        let f = found(eht, &["Ulf Berglund", "Theo Andersson"], &[]);
        assert!(subject_named(eht, &f, &[]));
        // the addressee of a warning, with their job title
        let warning = "SKRIFTLIG VARNING\n\nTill: Rasmus Öberg, fordonssamordnare\n\nDu har \
                       tankat din privata bil.";
        let f = found(warning, &["Rasmus Öberg"], &[]);
        assert!(subject_named(warning, &f, &[]));
        // the person a record is about, with their job title
        let rehab = "Anteckningar rehabiliteringsmöte\nMedarbetare: Marjatta Hyvönen, \
                     undersköterska\n\nHon har varit sjukskriven sedan augusti.";
        let f = found(rehab, &["Marjatta Hyvönen"], &[]);
        assert!(subject_named(rehab, &f, &[]));
        // a number on a long line of prose is not a contact block
        let note = "ring tillbaka till Leif Gustavsson ang hyresskulden, han har fått \
                    vräkningsbesked till 30/4. 0730 55 12 09";
        let f = found(note, &["Leif Gustavsson"], &["0730 55 12 09"]);
        assert!(subject_named(note, &f, &[]));
        // the writer speaks of themselves: their signature is their own name
        let mail = "Jag har fått avslag på min ansökan.\n\nMvh\nAnna Berg\n070-123 45 67";
        let f = found(mail, &["Anna Berg"], &["070-123 45 67"]);
        assert!(subject_named(mail, &f, &[]));
        // a personnummer is always someone the text is about
        assert!(subject_named("x", &[], &[(0, 1)]));
        assert!(!subject_named("x", &[], &[]));
    }

    #[test]
    fn one_person_or_several() {
        let record = "Klient: Amir Haddad\n\nAmir berättar att han sover dåligt.\n\n\
                      Handläggare: Eva Lind";
        let f = found(record, &["Amir Haddad", "Amir", "Eva Lind"], &[]);
        assert!(sole_subject(record, &f, &[]));
        let two = "Amir Haddad och Sara Berg kom till mötet.";
        let f = found(two, &["Amir Haddad", "Sara Berg"], &[]);
        assert!(!sole_subject(two, &f, &[]));
        // minutes: a member who moves a motion acts in their role
        let minutes = "§ 4 Bidrag\nRobert Nyman yrkar att ärendet återremitteras.\n\n\
                       Namn: Åsa Lind (kassör)\nSammanställt av Sofia Rantala, HR";
        let f = found(minutes, &["Robert Nyman", "Åsa Lind", "Sofia Rantala"], &[]);
        assert!(!subject_named(minutes, &f, &[]));
        // two different personnummer: two people
        let t = "850101-1234 och 900202-2345";
        assert!(!sole_subject(t, &[], &[(0, 11), (15, 26)]));
        assert!(sole_subject(t, &[], &[(0, 11)]));
    }
}
