//! Wordings in which a content term names no one's condition: a competence ("erfarenhet av
//! demens"), a rate ("hög sjukfrånvaro"), a list of topics ("HR-konsulter (chefsstöd,
//! rehabilitering, arbetsrätt)"), an organisation ("socialtjänstens förebyggande enhet",
//! "/Kicki ekonomi"), a thing under suspicion ("misstänkt trafik"), a language someone
//! speaks ("talar svenska, turkiska och kurdiska") or where a qualification was earned
//! ("lärarexamen från Ukraina").
//!
//! Each check looks only at a few dozen bytes around the term and allocates nothing.

use super::super::tokens::{
    ends_with_ci, is_letter_byte, line_start_within, next_word, prev_word, starts_with_ci,
    upper_at, words_before,
};

/// The bytes of `t` before `i` back to the start of its clause (a line break or `.`, `!`,
/// `?`, `:`, `;`), at most `max` bytes.
fn clause_before(t: &[u8], i: usize, max: usize) -> &[u8] {
    let lo = i.saturating_sub(max);
    let head = &t[lo..i];
    let from = head
        .iter()
        .rposition(|b| matches!(b, b'\n' | b'.' | b'!' | b'?' | b':' | b';'))
        .map_or(0, |p| p + 1);
    &head[from..]
}

/// Whether `hay` holds `w` (ASCII case ignored) starting at a word boundary.
fn has_word_ci(hay: &[u8], w: &[u8]) -> bool {
    (0..hay.len().saturating_sub(w.len() - 1))
        .any(|i| (i == 0 || !is_letter_byte(hay[i - 1])) && starts_with_ci(&hay[i..], w))
}

/// What one has worked with or learnt, before a term: "erfarenhet av demens", "vana vid
/// psykiatri", "kunskaper om diabetes", "arbetat inom missbruksvård" (a noun or verb of
/// competence and the preposition it takes).
const COMPETENCE: &[(&str, &[&str])] = &[
    ("erfarenhet", &["av", "från", "inom"]),
    ("erfarenheter", &["av", "från", "inom"]),
    ("vana", &["av", "vid"]),
    ("van", &["vid"]),
    ("kunskap", &["om", "i", "inom"]),
    ("kunskaper", &["om", "i", "inom"]),
    ("kompetens", &["inom", "i", "om"]),
    ("utbildning", &["i", "inom"]),
    // a course: "går utbildningen i palliativ vård", "kursen om suicidprevention"
    ("utbildningen", &["i", "inom", "om"]),
    ("kurs", &["i", "om"]),
    ("kursen", &["i", "om"]),
    ("föreläsning", &["om"]),
    ("föreläsningen", &["om"]),
    ("arbetat", &["med", "inom"]),
    ("jobbat", &["med", "inom"]),
    ("inriktning", &["mot"]),
];

/// Whether the term at `s` names a competence, a carer's or an applicant's ("4 år
/// hemtjänst … erfarenhet av nattarbete och demens meriterande", "utbildning i lex Sarah"),
/// not a condition. One's own experience is a condition ("egen erfarenhet av depression").
/// (Word pairs read back to the clause's start: a few comparisons a word, no scan per
/// phrase.)
pub(crate) fn competence(t: &[u8], s: usize) -> bool {
    // an education abbreviated right before: "specialistutb. demens", "vidareutb. psykiatri"
    if t[..s].trim_ascii_end().ends_with(b"utb.") {
        return true;
    }
    let lo = s - clause_before(t, s, 60).len();
    let mut words = words_before(t, lo, s);
    let is = |w: &[u8], x: &str| w.eq_ignore_ascii_case(x.as_bytes());
    // the word after `w` in the text (read back to front)
    let mut next: Option<&[u8]> = None;
    while let Some(w) = words.next() {
        // (a preposition is at most five bytes: most words are not one)
        if let Some(link) = next.filter(|l| l.len() <= 5) {
            // (a compound ending in a competence noun counts as the noun:
            // "specialistutbildning i", "vidareutbildning inom")
            let w = [&b"utbildning"[..], b"erfarenhet", b"kompetens"]
                .into_iter()
                .find(|x| w.len() > x.len() + 3 && w[w.len() - x.len()..].eq_ignore_ascii_case(x))
                .unwrap_or(w);
            if COMPETENCE
                .iter()
                .any(|(noun, links)| is(w, noun) && links.iter().any(|l| is(link, l)))
            {
                return !words
                    .next()
                    .is_some_and(|o| is(o, "egen") || is(o, "personlig"));
            }
        }
        next = Some(w);
    }
    false
}

/// Words that make a sickness-absence term a rate: "hög sjukfrånvaro", "den ökade
/// sjukfrånvaron".
const RATE: &[&str] = &[
    "hög",
    "höga",
    "högre",
    "högst",
    "låg",
    "låga",
    "lägre",
    "ökad",
    "ökade",
    "ökande",
    "minskad",
    "minskade",
    "minskande",
    "total",
    "totala",
    "genomsnittlig",
    "genomsnittliga",
    "sänkt",
    "sänkta",
];

/// Whether the term at `s..e` is an absence rate ("Vi har hög sjukfrånvaro", "den ökade
/// sjukfrånvaron på enheten"): a workplace's figure, no one's sickness.
pub(crate) fn absence_rate(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    (starts_with_ci(w, "sjukfrånvar".as_bytes()) || starts_with_ci(w, "korttidsfrånvar".as_bytes()))
        && prev_word(t, s)
            .is_some_and(|(_, p)| RATE.iter().any(|r| p.eq_ignore_ascii_case(r.as_bytes())))
}

/// Whether the term at `s..e` is an item of a parenthesised list of at least three short
/// topics ("HR-konsulter (chefsstöd, rehabilitering, arbetsrätt)"): what a role deals with,
/// not anyone's matter.
pub(crate) fn topic_list(t: &[u8], s: usize, e: usize) -> bool {
    let lo = s.saturating_sub(80);
    let Some(open) = memchr::memrchr(b'(', &t[lo..s]).map(|p| lo + p) else {
        return false;
    };
    let hi = (e + 80).min(t.len());
    let Some(close) = memchr::memchr(b')', &t[e..hi]).map(|p| e + p) else {
        return false;
    };
    // (one pair of brackets around the term: "Anna (34) har astma, diabetes och allergi)"
    // is no list)
    let inside = &t[open + 1..close];
    if inside
        .iter()
        .any(|b| matches!(b, b'\n' | b'(' | b')' | b'.' | b':'))
    {
        return false;
    }
    let items = inside.split(|&b| b == b',');
    let mut n = 0;
    for item in items {
        let words = item
            .split(|&b| b == b' ')
            .filter(|w| !w.is_empty() && *w != b"och")
            .count();
        // (a short topic, and no figures: "(3 barn, 2 vuxna, 1 hund)" counts heads)
        if words == 0 || words > 3 || item.iter().any(u8::is_ascii_digit) {
            return false;
        }
        n += 1;
    }
    // (the word before the parenthesis is a role, not a person's name: "Anna (diabetes,
    // astma, allergi)" is about Anna; a role is lower-case or a hyphenated compound,
    // "HR-konsulter")
    let before = t[..open].trim_ascii_end();
    n >= 3
        && prev_word(before, before.len()).is_some_and(|(_, w)| {
            w.first().is_some_and(|c| !c.is_ascii_uppercase()) || w.contains(&b'-')
        })
}

/// Units an organisation's name ends with: "socialtjänstens förebyggande enhet".
const UNITS: &[&str] = &[
    "enhet",
    "enheter",
    "avdelning",
    "mottagning",
    "förvaltning",
    "kontor",
    "verksamhet",
    "team",
    "teamet",
    "grupp",
    "gruppen",
    "sektion",
    "funktion",
    "arbetsgrupp",
];

/// Whether the social-services term at `s..e` names a unit ("socialtjänstens förebyggande
/// enhet", "socialtjänstens mottagning"): an organisation, not anyone's case.
pub(crate) fn unit_name(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    if !(w.ends_with(b"s") && starts_with_ci(w, "socialtjänst".as_bytes())) {
        return false;
    }
    // the unit noun, straight after or after one adjective
    let first = next_word(t, e);
    let is_unit = |x: &[u8]| UNITS.iter().any(|u| x.eq_ignore_ascii_case(u.as_bytes()));
    if is_unit(first) {
        return true;
    }
    let at = e + t[e..].iter().take_while(|&&b| b == b' ').count() + first.len();
    !first.is_empty() && first.iter().all(|b| !b.is_ascii_uppercase()) && is_unit(next_word(t, at))
}

/// Whether the economy term at `s..e` is a department after its member's name at the end
/// of a line ("/Kicki ekonomi", "Hälsningar Per, ekonomi"): who signs, not their economy.
pub(crate) fn department_after_name(
    t: &[u8],
    s: usize,
    e: usize,
    everyone: &[(usize, usize)],
) -> bool {
    let w = &t[s..e];
    if !(w.eq_ignore_ascii_case(b"ekonomi") || w.eq_ignore_ascii_case(b"ekonomienheten")) {
        return false;
    }
    let at_line_end = t[e..]
        .iter()
        .take_while(|&&b| b != b'\n')
        .all(|b| b.is_ascii_whitespace());
    if !at_line_end {
        return false;
    }
    let before = t[..s].trim_ascii_end();
    let before = before.strip_suffix(b",").unwrap_or(before).trim_ascii_end();
    everyone.iter().any(|&(_, pe)| pe == before.len())
}

/// Where the column after a person's name ends at `pe` begins, if a column separator follows
/// on the same line: " – ", " - ", " | ", a tab or two spaces ("Ingrid Wahl – Ekonomiskt
/// bistånd", "Emelie Sandberg | Hemsjukvården | …", "Fatima Ali      Vård & omsorg").
fn column_after(t: &[u8], pe: usize) -> Option<usize> {
    let blank = |b: &u8| *b == b' ' || *b == b'\t';
    let mut i = pe + t[pe..].iter().take_while(|b| blank(b)).count();
    let gap = i - pe;
    let rest = &t[i..];
    if rest.starts_with("–".as_bytes()) {
        i += "–".len();
    } else if rest.starts_with(b"-") || rest.starts_with(b"|") {
        i += 1;
    } else if !(gap >= 2 || t[pe..i].contains(&b'\t')) {
        return None;
    }
    let j = i + t[i..].iter().take_while(|b| blank(b)).count();
    (j > i || gap >= 2).then_some(j)
}

/// Whether the term at `s..e` is a unit in a roster's column after a member's name
/// ("4. Patrik Holmgren – Familjerätt", "Emelie Sandberg | Hemsjukvården | e-post",
/// "Birgitta Lundell – Vård & omsorg – …"): a list of staff with their units (at least
/// three names with a capitalised column after them), not anyone's care. A client's service
/// in a note is written in running text or lower case ("Leyla Demir, försörjningsstöd").
pub(crate) fn roster_unit(
    t: &[u8],
    s: usize,
    e: usize,
    everyone: &[(usize, usize)],
    roster: &std::cell::OnceCell<bool>,
) -> bool {
    let column = |pe: usize| column_after(t, pe).filter(|&q| upper_at(t, q));
    // the column holding the term: the term opens it or follows one capitalised word, after
    // a name on its line (a roster's line is short: looked for within 160 bytes)
    let line_start = line_start_within(t, s, 160);
    let first = everyone.partition_point(|p| p.0 < line_start);
    let Some(q) = everyone[first..]
        .iter()
        .take_while(|p| p.1 <= s)
        .find_map(|p| column(p.1))
        .filter(|&q| q <= s && s - q <= 20)
    else {
        return false;
    };
    let between = &t[q..s];
    if between.contains(&b'|') || between.contains(&b'\t') || between.windows(2).any(|w| w == b"  ")
    {
        return false;
    }
    // the column ends soon after the term (at a separator or the line's end)
    let after = &t[e..(e + 80).min(t.len())];
    let end = after
        .iter()
        .position(|&b| b == b'\n' || b == b'|' || b == b'\t')
        .unwrap_or(after.len());
    let tail = &after[..end];
    let tail = match tail.windows(2).position(|w| w == b"  ") {
        Some(p) => &tail[..p],
        None => tail,
    };
    let tail = match tail
        .windows(3)
        .position(|w| w == b" - " || w == [b' ', 0xE2, 0x80])
    {
        Some(p) => &tail[..p],
        None => tail,
    };
    if tail.trim_ascii_end().len() > 16 {
        return false;
    }
    // a roster: three members or more with such a column (counted once a text)
    *roster.get_or_init(|| {
        everyone
            .iter()
            .filter(|p| column(p.1).is_some())
            .take(3)
            .count()
            == 3
    })
}

/// Whether the term ending at `e` names a part of a case system someone is given access to
/// ("Tillgång till: ekonomiskt bistånd – NEJ", "[x] Ekonomiskt bistånd – läsbehörighet"):
/// an access request, not anyone's case. (A ticked box alone is not: "[x] Hemtjänst" on an
/// application is what someone applies for.)
pub(crate) fn access_item(t: &[u8], e: usize) -> bool {
    let rest = &t[e..(e + 24).min(t.len())];
    let rest = if rest.starts_with(" – ".as_bytes()) {
        &rest[" – ".len()..]
    } else if rest.starts_with(b" - ") || rest.starts_with(b": ") {
        &rest[3.min(rest.len())..]
    } else {
        return false;
    };
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    ["ja", "nej", "l\u{e4}s", "skriv", "beh\u{f6}righet"]
        .iter()
        .any(|w| {
            let w = w.as_bytes();
            starts_with_ci(rest, w)
                && (*w != *b"ja" && *w != *b"nej"
                    || rest.get(w.len()).is_none_or(|b| !b.is_ascii_alphabetic()))
        })
}

/// Whether the term at `s` stands in a signature: on a short line at most three lines under
/// a line that opens with a name, which itself follows a closing ("Med vänlig hälsning\n\n
/// Jenny Åkesson\nKurator, leg. psykoterapeut\nBarn- och ungdomspsykiatrin (BUP)"): the
/// writer's unit, no one's care.
pub(crate) fn in_signature(t: &[u8], s: usize, everyone: &[(usize, usize)]) -> bool {
    const CLOSINGS: &[&str] = &[
        "med vänlig hälsning",
        "med vänliga hälsningar",
        "vänliga hälsningar",
        "vänlig hälsning",
        "hälsningar",
        "mvh",
        "bästa hälsningar",
        "vänligen",
    ];
    // (a signature's lines are short: each looked for within 64 bytes; a longer one ends
    // the search)
    let line_of = |i: usize| {
        let ls = line_start_within(t, i, 64);
        let hi = (i + 64).min(t.len());
        let le = memchr::memchr(b'\n', &t[i..hi]).map_or(hi, |p| i + p);
        (ls, le)
    };
    let (mut ls, le) = line_of(s);
    if le - ls > 60 || t[ls..le].contains(&b':') {
        return false;
    }
    for _ in 0..3 {
        if ls == 0 {
            return false;
        }
        let (pls, ple) = line_of(ls - 1);
        let line = t[pls..ple].trim_ascii();
        if line.is_empty() || ple - pls > 60 || line.contains(&b':') {
            return false;
        }
        let lead = pls + (t[pls..ple].len() - t[pls..ple].trim_ascii_start().len());
        // (`everyone` is sorted: a binary search)
        if everyone.binary_search_by_key(&lead, |p| p.0).is_ok() {
            // the closing above the name (a blank line may come between)
            let mut above = t[..pls].trim_ascii_end();
            above = &above[memchr::memrchr(b'\n', above).map_or(0, |p| p + 1)..];
            let above = above
                .trim_ascii()
                .strip_suffix(b",")
                .unwrap_or(above.trim_ascii());
            return CLOSINGS.iter().any(|c| {
                above.eq_ignore_ascii_case(c.as_bytes())
                    || std::str::from_utf8(above).is_ok_and(|a| a.to_lowercase() == *c)
            });
        }
        ls = pls;
    }
    false
}

/// Whether the term at `s` stands in the quoted title of a course, a lecture or a book
/// ("utbildningen \"Bemötande vid psykisk ohälsa\"", "webbkursen \"Vårdhygien i kommunal
/// vård\"", "föreläsning \"Psykisk ohälsa hos äldre\""): a topic, no one's condition.
pub(crate) fn course_title(t: &[u8], s: usize) -> bool {
    let line_start = line_start_within(t, s, 100);
    // the opening quotation mark: an odd number of marks before the term on its line
    let (mut count, mut open) = (0, 0);
    for i in memchr::memchr2_iter(b'"', 0xE2, &t[line_start..s]).map(|i| line_start + i) {
        if t[i] == b'"' || matches!(t.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D])) {
            count += 1;
            open = i;
        }
    }
    if count % 2 == 0 {
        return false;
    }
    let before = t[line_start..open].trim_ascii_end();
    let word = &before[before
        .iter()
        .rposition(|&b| !is_letter_byte(b))
        .map_or(0, |p| p + 1)..];
    [
        &b"kurs"[..],
        b"kursen",
        b"utbildning",
        b"utbildningen",
        "föreläsning".as_bytes(),
        "föreläsningen".as_bytes(),
        b"seminarium",
        b"seminariet",
        b"webbinarium",
        b"webbinariet",
        b"konferens",
        b"konferensen",
        b"boken",
        b"temadag",
        b"temadagen",
        b"workshop",
    ]
    .iter()
    .any(|w| ends_with_ci(word, w))
}

/// Nouns a suspicion may concern that are no one's offence: "misstänkt trafik", "misstänkt
/// nätfiske", "misstänkta inloggningar", "misstänkt vattenläcka".
const SUSPECT_THINGS: &[&str] = &[
    "trafik",
    "aktivitet",
    "e-post",
    "mejl",
    "mail",
    "länk",
    "bilaga",
    "fil",
    "inloggning",
    "nätfiske",
    "phishing",
    "skadlig",
    "virus",
    "spam",
    "skräppost",
    "läcka",
    "vattenläcka",
    "fukt",
    "fuktskada",
    "mögel",
    "fel",
    "felet",
    "driftstörning",
    "avbrott",
];

/// Whether the offence term at `s..e` is "misstänkt/misstänkta" before a thing
/// ("blockerad på grund av misstänkt trafik").
pub(crate) fn suspected_thing(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    if !(w.eq_ignore_ascii_case("misstänkt".as_bytes())
        || w.eq_ignore_ascii_case("misstänkta".as_bytes()))
    {
        return false;
    }
    let next = next_word(t, e);
    // the noun, inflected or heading a compound ("trafiken", "nätfiskemejl"); a short one
    // only inflected ("fel", "fil"): "felaktiga utbetalningar" may be someone's fraud
    const ENDINGS: &[&str] = &["", "en", "et", "er", "ar", "na", "n", "erna", "arna", "or"];
    SUSPECT_THINGS.iter().any(|x| {
        starts_with_ci(next, x.as_bytes())
            && (x.len() > 4
                || ENDINGS
                    .iter()
                    .any(|end| next[x.len()..].eq_ignore_ascii_case(end.as_bytes())))
    })
}

/// Verbs and labels of language skills: "talar svenska, turkiska och kurdiska", "Språk:
/// arabiska (modersmål), engelska".
const SPEAKS: &[&str] = &[
    "talar ",
    "pratar ",
    "behärskar ",
    "språk",
    "flytande ",
    "översätta",
    "tolk",
];

/// Whether the ethnicity term at `s..e` is a language in a list of languages someone speaks
/// (an applicant's skills), not an origin.
pub(crate) fn language_skill(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    if !w.ends_with(b"ska") {
        return false;
    }
    let head = clause_before(t, s, 80);
    // (a list: another language before it in the clause)
    let listed = head.windows(4).any(|x| x == b"ska," || x == b"ska ");
    listed && SPEAKS.iter().any(|v| has_word_ci(head, v.as_bytes()))
}

/// Whether a share stands right before the term at `s` ("visar 11 % trycksår", "högst 3 %
/// av hushållets inkomst", "12 procent av eleverna"): a figure, no one's condition.
pub(crate) fn share_before(t: &[u8], s: usize) -> bool {
    let mut i = s;
    // at most "av" and one more word ("hushållets") between the share and the term
    for skipped in 0..=2 {
        if t[..i].trim_ascii_end().ends_with(b"%") {
            return true;
        }
        let Some((ps, w)) = prev_word(t, i) else {
            return false;
        };
        if w == b"procent" {
            return true;
        }
        let skippable = w == b"av" || skipped == 0 && w.iter().all(|b| !b.is_ascii_digit());
        if skipped == 2 || !skippable {
            return false;
        }
        i = ps;
    }
    false
}

/// Whether "god man" at `s..e` names the writer's or someone's assignment ("Jag är ny som god
/// man", "hon är god man för sin bror", "uppdraget som god man"): the one who helps, not the
/// one under guardianship.
pub(crate) fn guardian_role(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    if !(starts_with_ci(w, b"god man") || starts_with_ci(w, "gode män".as_bytes())) {
        return false;
    }
    let before = prev_word(t, s).map(|(_, p)| p);
    const ROLE: &[&str] = &["som", "är", "var", "varit", "blev", "bli", "blir", "ny"];
    before.is_some_and(|p| ROLE.iter().any(|r| p.eq_ignore_ascii_case(r.as_bytes())))
        || t[e..].starts_with(" för ".as_bytes())
}

/// Whether the sentence `s..e` is a yes/no question to its reader ("Har ditt barn allergier
/// eller annat vi behöver veta?", "Behöver du tolk?"): in a text that names no one, a
/// question to whoever reads it, which says nothing about anyone.
pub(crate) fn question_to_reader(t: &[u8], s: usize, e: usize) -> bool {
    let sent = t[s..e].trim_ascii();
    if !sent.ends_with(b"?") {
        return false;
    }
    const VERBS: &[&str] = &[
        "har",
        "är",
        "behöver",
        "tar",
        "får",
        "använder",
        "äter",
        "vill",
        "kan",
    ];
    const YOU: &[&str] = &["du", "ni", "ditt", "din", "dina", "ert", "er", "era"];
    let mut words = sent
        .split(|b| !is_letter_byte(*b))
        .filter(|w| !w.is_empty());
    let verb = words.next().unwrap_or_default();
    let you = words.next().unwrap_or_default();
    VERBS
        .iter()
        .any(|v| verb.eq_ignore_ascii_case(v.as_bytes()))
        && YOU.iter().any(|y| you.eq_ignore_ascii_case(y.as_bytes()))
}

/// Whether the term `s..e` is offered to or planned for a whole group, named right after it
/// ("Influensavaccin för personal: gratis på vårdcentralen", "covidvaccination för boende
/// startar 5 nov", "hälsosamtal för alla medarbetare"): no one's condition.
pub(crate) fn for_a_group(t: &[u8], _s: usize, e: usize) -> bool {
    const GROUPS: &[&str] = &[
        "personal",
        "personalen",
        "boende",
        "alla",
        "samtliga",
        "medarbetare",
        "anställda",
        "elever",
        "eleverna",
        "brukare",
        "brukarna",
        "invånare",
        "äldre",
    ];
    let Some(rest) = t[e..].strip_prefix(" för ".as_bytes()) else {
        return false;
    };
    let w = next_word(rest, 0);
    GROUPS.iter().any(|g| w.eq_ignore_ascii_case(g.as_bytes()))
}

/// Whether the disease at `s` is what a vaccine protects against ("vaccination mot HPV",
/// "påfyllnadsdos mot difteri, stelkramp och kikhosta", "vaccinera sig mot influensa"): an
/// offer, no one's condition. Looks back in the clause, at most 80 bytes.
pub(crate) fn vaccine_target(t: &[u8], s: usize, _e: usize) -> bool {
    let clause = clause_before(t, s, 80);
    let lower_has = |w: &[u8]| clause.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    super::super::tokens::has(clause, b" mot ") && (lower_has(b"vaccin") || lower_has(b"dos mot"))
}

/// Whether the term `s..e` names a unit in a contact list: it opens its line, and that line
/// gives the unit's phone number or address ("Ekonomiskt bistånd, mottagning: 0418-55 20 00")
/// or, as a short heading, the next line gives someone's ("Vuxen/missbruk\nCamilla Törnqvist
/// – 0418-55 21 40"): where to call, no one's case.
pub(crate) fn unit_contact(t: &[u8], s: usize, e: usize) -> bool {
    let ls = memchr::memrchr(b'\n', &t[s.saturating_sub(200)..s])
        .map_or(s.saturating_sub(200), |p| s.saturating_sub(200) + p + 1);
    // (after a bullet, or after a word and a slash: "Vuxen/missbruk")
    let before = t[ls..s].trim_ascii_start();
    let before = before
        .strip_prefix(b"- ")
        .or_else(|| before.strip_prefix(b"* "))
        .unwrap_or(before);
    let opens = before.is_empty()
        || before.len() <= 16
            && before.ends_with(b"/")
            && before[..before.len() - 1]
                .iter()
                .all(|&b| is_letter_byte(b));
    if !opens {
        return false;
    }
    let line_end = |from: usize| {
        let hi = (from + 200).min(t.len());
        memchr::memchr(b'\n', &t[from..hi]).map_or(hi, |p| from + p)
    };
    let le = line_end(e);
    // the unit's number right after its name, with only words of a switchboard between
    // ("Ekonomiskt bistånd, mottagning: 0418-…", "Socialjouren, tel 020-…"); not a value
    // ("Försörjningsstöd: ja, tel 070-…" is someone's)
    const BETWEEN: &[&str] = &[
        "mottagning",
        "mottagningen",
        "växel",
        "växeln",
        "tel",
        "telefon",
        "telefontid",
        "tfn",
        "nås",
        "på",
        "via",
        "e-post",
        "mejl",
    ];
    let rest = &t[e..le];
    // where the number or the e-mail address (from its word's start) begins
    let digit = rest.iter().position(u8::is_ascii_digit);
    let mail = memchr::memchr(b'@', rest).map(|a| {
        rest[..a]
            .iter()
            .rposition(|&b| matches!(b, b' ' | b',' | b':' | b'('))
            .map_or(0, |p| p + 1)
    });
    let at = match (digit, mail) {
        (Some(d), Some(m)) => Some(d.min(m)),
        (d, m) => d.or(m),
    };
    if let Some(at) = at {
        let between = &rest[..at];
        let words_ok = between
            .split(|&b| matches!(b, b' ' | b',' | b':' | b'(' | b'.'))
            .filter(|w| w.iter().any(u8::is_ascii_alphabetic))
            .all(|w| BETWEEN.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes())));
        if words_ok && contact_on(rest) {
            return true;
        }
    }
    // a heading of the term alone, and under it a name, a dash and a number
    // ("Vuxen/missbruk\nCamilla Törnqvist – 0418-55 21 40")
    let alone = rest.trim_ascii().is_empty();
    let next = if le < t.len() {
        &t[le + 1..line_end(le + 1)]
    } else {
        &[][..]
    };
    let name_dash = next.first().is_some_and(u8::is_ascii_uppercase)
        && (super::super::tokens::has(next, " – ".as_bytes())
            || super::super::tokens::has(next, b" - "));
    alone && name_dash && contact_on(next)
}

/// Whether `line` holds a phone number ("0418-55 20 00", "070-123 45 67": a 0 and at least
/// seven more digits, with spaces and dashes between) or an e-mail address.
fn contact_on(line: &[u8]) -> bool {
    if memchr::memchr(b'@', line).is_some() {
        return true;
    }
    memchr::memchr_iter(b'0', line).any(|p| {
        (p == 0 || !line[p - 1].is_ascii_alphanumeric())
            && line[p..]
                .iter()
                .take(16)
                .take_while(|b| b.is_ascii_digit() || matches!(b, b' ' | b'-'))
                .filter(|b| b.is_ascii_digit())
                .count()
                >= 8
    })
}

/// Whether the term at `s` stands on a bullet line that states a criterion of a score or a
/// model, with its weight or as a question about anyone ("- betalningsanmärkningar och sena
/// hyror (-10 per st)", "- om personen haft försörjningsstöd", "- antal polisanmälningar"):
/// an input of the model, no one's data. The caller checks that the line names no one.
pub(crate) fn criterion_line(t: &[u8], s: usize) -> bool {
    let (ls, le) = crate::language::tokens::line(t, s);
    let line = t[ls..le].trim_ascii_start();
    let Some(body) = line
        .strip_prefix(b"- ")
        .or_else(|| line.strip_prefix("• ".as_bytes()))
        .or_else(|| line.strip_prefix(b"* "))
    else {
        return false;
    };
    let before = &t[le - body.len()..s];
    let asks = [
        "om personen ",
        "om hushållet ",
        "om någon ",
        "antal ",
        "andel ",
    ]
    .iter()
    .any(|w| crate::language::tokens::starts_with_ci(before, w.as_bytes()));
    let weighed = body.windows(7).any(|w| w == b" per st")
        || memchr::memchr(b'(', body).is_some_and(|p| {
            let r = &body[p + 1..];
            let r = r
                .strip_prefix("−".as_bytes())
                .or_else(|| r.strip_prefix(b"-"))
                .or_else(|| r.strip_prefix(b"+"));
            r.is_some_and(|r| r.first().is_some_and(u8::is_ascii_digit))
        });
    asks || weighed
}

/// Whether the term at `s` is one of the names in a list of a table's columns or a form's
/// fields ("ett utdrag med kolumnerna: försörjningsstöd ja/nej, …, missbruk i familjen",
/// "(fält: fodelsear, lakarintyg, diagnoskod)", "Kolumner:\n- ålder\n- diagnos"): the name
/// of a field, no one's data. The list runs from its colon to the term with no sentence
/// ending and no blank line in between, and a line break in it opens a bullet.
pub(crate) fn field_list(t: &[u8], s: usize, _e: usize) -> bool {
    let lo = s.saturating_sub(300);
    let head = &t[lo..s];
    let Some(colon) = memchr::memrchr(b':', head) else {
        return false;
    };
    let list = &head[colon + 1..];
    if list.iter().any(|b| matches!(b, b'.' | b'!' | b'?')) {
        return false;
    }
    // every line of the list after the first opens with a bullet ("- ", "• ", "* ")
    let bulleted = list.split(|&b| b == b'\n').skip(1).all(|l| {
        let l = l.trim_ascii_start();
        l.starts_with(b"- ") || l.starts_with("• ".as_bytes()) || l.starts_with(b"* ")
    });
    if !bulleted {
        return false;
    }
    // the word right before the colon: a plural of column, field or variable
    const LABELS: &[&str] = &[
        "kolumner",
        "kolumnerna",
        "fält",
        "fälten",
        "variabler",
        "variablerna",
        "columns",
        "fields",
    ];
    let label = head[..colon].trim_ascii_end();
    let n = label
        .iter()
        .rev()
        .take_while(|&&b| is_letter_byte(b))
        .count();
    let word = &label[label.len() - n..];
    LABELS
        .iter()
        .any(|l| word.eq_ignore_ascii_case(l.as_bytes()))
}

/// Whether the origin term at `s` ("från Ukraina") follows a qualification ("lärarexamen från
/// Ukraina", "körkort från Polen"): where it was earned, not where someone comes from.
pub(crate) fn earned_abroad(t: &[u8], s: usize) -> bool {
    const QUALIFICATIONS: &[&[u8]] = &[
        b"examen",
        b"examina",
        b"utbildning",
        b"utbildningen",
        b"betyg",
        b"betygen",
        b"intyg",
        b"diplom",
        b"legitimation",
        b"k\xc3\xb6rkort",
        b"erfarenhet",
    ];
    t[s..].starts_with("från ".as_bytes())
        && prev_word(t, s).is_some_and(|(_, w)| QUALIFICATIONS.iter().any(|q| ends_with_ci(w, q)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t: &str, w: &str) -> (usize, usize) {
        let s = t.find(w).unwrap();
        (s, s + w.len())
    }

    /// `check` asked about the first `w` in `t`.
    fn on(check: fn(&[u8], usize, usize) -> bool, t: &str, w: &str) -> bool {
        let (s, e) = at(t, w);
        check(t.as_bytes(), s, e)
    }

    #[test]
    fn competence_is_no_condition() {
        let t = "Kravprofil: erfarenhet av nattarbete och demens meriterande.";
        assert!(competence(t.as_bytes(), at(t, "demens").0));
        let t = "Hon har lång vana vid psykiatri.";
        assert!(competence(t.as_bytes(), at(t, "psykiatri").0));
        let t = "Sökande 3: Marianne Kjellberg. Specialistutbildning i vård av äldre.";
        assert!(competence(t.as_bytes(), at(t, "vård").0));
        let t = "Han har egen erfarenhet av depression.";
        assert!(!competence(t.as_bytes(), at(t, "depression").0));
        let t = "Hon har demens sedan i våras.";
        assert!(!competence(t.as_bytes(), at(t, "demens").0));
        // (the competence of a sentence before does not reach this one)
        let t = "Erfarenhet av äldrevård. Han har diabetes.";
        assert!(!competence(t.as_bytes(), at(t, "diabetes").0));
    }

    #[test]
    fn a_unit_in_a_contact_list() {
        let t =
            "Kontaktlista IFO\n\nEkonomiskt bistånd, mottagning: 0418-55 20 00 (tel.tid 9–10.30)\n";
        assert!(on(unit_contact, t, "Ekonomiskt bistånd"));
        let t = "Socialjouren – 020-12 34 56 (dygnet runt)\n";
        assert!(on(unit_contact, t, "Socialjouren"));
        let t = "Försörjningsstöd, e-post: ekb@kommun.se\n";
        assert!(on(unit_contact, t, "Försörjningsstöd"));
        // a value under its label, and a phone on the next line: someone's record
        let t = "Klient: Anna Ek\nFörsörjningsstöd: ja, sedan 2023\nTel: 070-123 45 67\n";
        assert!(!on(unit_contact, t, "Försörjningsstöd"));
        let t = "Försörjningsstöd: ja, tel 070-123 45 67\n";
        assert!(!on(unit_contact, t, "Försörjningsstöd"));
        let t = "Utredning barn och unga\nElin Dahlberg – 0418-55 21 20\n\nVuxen/missbruk\nCamilla Törnqvist – 0418-55 21 40\n";
        assert!(on(unit_contact, t, "missbruk"));
        // a sentence about someone that ends in a phone number, or a term inside a line
        let t = "Han har missbruk och ringer ofta, 070-123 45 67.";
        assert!(!on(unit_contact, t, "missbruk"));
        let t =
            "Missbruket har ökat sedan i våras och han har tappat kontakten.\nRing 070-123 45 67";
        assert!(!on(unit_contact, t, "Missbruket"));
    }

    #[test]
    fn a_vaccines_target_is_no_condition() {
        let t = "Åk 8 får påfyllnadsdos mot difteri, stelkramp och kikhosta.";
        assert!(on(vaccine_target, t, "kikhosta"));
        let t = "Alla erbjuds vaccination mot HPV.";
        assert!(on(vaccine_target, t, "HPV"));
        let t = "Leo har kikhosta sedan i måndags.";
        assert!(!on(vaccine_target, t, "kikhosta"));
    }

    #[test]
    fn offered_to_a_group() {
        let t = "3. Influensa- och covidvaccination för boende startar 5 nov, Ulrika samordnar.";
        assert!(on(for_a_group, t, "covidvaccination"));
        let t = "Hälsosamtal för alla medarbetare under våren.";
        assert!(on(for_a_group, t, "Hälsosamtal"));
        let t = "Hon fick covidvaccination för andra gången.";
        assert!(!on(for_a_group, t, "covidvaccination"));
        let t = "Han har demens för boendet är nytt.";
        assert!(!on(for_a_group, t, "demens"));
    }

    #[test]
    fn field_lists() {
        for (t, w) in [
            ("Jag har ett utdrag med kolumnerna: försörjningsstöd ja/nej, ursprungsland, missbruk i familjen, ålder.", "missbruk"),
            ("Skriv en funktion som tar en ansökan som JSON (fält: fodelsear, lakarintyg, diagnoskod) och svarar.", "diagnoskod"),
            ("Kolumner:\n- ålder\n- diagnos\n- bor ensam", "diagnos"),
            ("Excel med Kolumner: id, kön, funktionsnedsättning (j/n)", "funktionsnedsättning"),
        ] {
            assert!(on(field_list, t, w), "{t}");
        }
        for (t, w) in [
            // a value under a label, not a list of columns
            ("Diagnos: diabetes typ 1", "diabetes"),
            // the list ended before the term
            ("Kolumner: id, ålder. Kunden har diabetes.", "diabetes"),
            // a line of prose after the list
            ("Fält: id, namn\nHon har diabetes.", "diabetes"),
            // a field's value in a row of data
            ("Namn: Eva Ek, kolumn 3: diabetes", "diabetes"),
        ] {
            assert!(!on(field_list, t, w), "{t}");
        }
    }

    #[test]
    fn absence_rates() {
        let t = "Vi har hög sjukfrånvaro och jag vill fånga upp stress.";
        assert!(on(absence_rate, t, "sjukfrånvaro"));
        let t = "Hennes sjukfrånvaro började i mars.";
        assert!(!on(absence_rate, t, "sjukfrånvaro"));
    }

    #[test]
    fn topic_lists() {
        let t = "HR-konsulter (chefsstöd, rehabilitering, arbetsrätt)\nVård: Daniel";
        assert!(on(topic_list, t, "rehabilitering"));
        let t = "Anna (diabetes, astma, allergi) kommer i morgon.";
        assert!(!on(topic_list, t, "astma"));
        let t = "Hushållet (3 barn, 2 vuxna, sjukskriven mamma) söker bistånd.";
        assert!(!on(topic_list, t, "sjukskriven"));
        let t = "Anna (34) har astma, diabetes och en allergi) enligt journalen.";
        assert!(!on(topic_list, t, "diabetes"));
        let t = "Han har flera diagnoser (adhd, depression).";
        assert!(!on(topic_list, t, "depression"));
    }

    #[test]
    fn units_and_departments() {
        let t = "Diakon Samuel Berggren och socialtjänstens förebyggande enhet";
        assert!(on(unit_name, t, "socialtjänstens"));
        let t = "Familjen är känd hos socialtjänsten sedan 2019.";
        assert!(!on(unit_name, t, "socialtjänsten"));
        let t = "Säg till om ni vill ha den uppdelad. /Kicki ekonomi";
        let (s, e) = at(t, "ekonomi");
        let name = at(t, "Kicki");
        assert!(department_after_name(t.as_bytes(), s, e, &[name]));
        let t = "Kicki ekonomi är ansträngd just nu.";
        let (s, e) = at(t, "ekonomi");
        assert!(!department_after_name(
            t.as_bytes(),
            s,
            e,
            &[at(t, "Kicki")]
        ));
    }

    #[test]
    fn shares() {
        let t = "Punktprevalensmätningen visar 11 % trycksår kategori 2–4.";
        assert!(share_before(t.as_bytes(), at(t, "trycksår").0));
        let t = "högst 1 128 kr/mån, 2–3 % av hushållets inkomst.";
        assert!(share_before(t.as_bytes(), at(t, "inkomst").0));
        let t = "Hon har haft trycksår sedan i maj.";
        assert!(!share_before(t.as_bytes(), at(t, "trycksår").0));
    }

    #[test]
    fn guardians_and_questions() {
        let t = "Jag är ny som god man sen i höstas.";
        assert!(on(guardian_role, t, "god man"));
        let t = "Hon har god man sedan 2021.";
        assert!(!on(guardian_role, t, "god man"));
        let t = "Har ditt barn allergier eller annat vi behöver veta?";
        assert!(question_to_reader(t.as_bytes(), 0, t.len()));
        let t = "Har hon fått sin insulin i dag?";
        assert!(!question_to_reader(t.as_bytes(), 0, t.len()));
        let t = "Ditt barn har allergier.";
        assert!(!question_to_reader(t.as_bytes(), 0, t.len()));
    }

    #[test]
    fn suspected_things_and_languages() {
        let t = "Enheten är blockerad på grund av misstänkt trafik.";
        assert!(on(suspected_thing, t, "misstänkt"));
        let t = "Vi har misstänkta inloggningar från utlandet.";
        assert!(on(suspected_thing, t, "misstänkta"));
        let t = "Hon granskar misstänkt felaktiga utbetalningar till familjen.";
        assert!(!on(suspected_thing, t, "misstänkt"));
        let t = "Han är misstänkt för stöld.";
        assert!(!on(suspected_thing, t, "misstänkt"));
        let t = "Jag talar svenska, turkiska och kurdiska.";
        assert!(on(language_skill, t, "kurdiska"));
        let t = "Hon är kurdiska och kom hit 2015.";
        assert!(!on(language_skill, t, "kurdiska"));
    }
}
