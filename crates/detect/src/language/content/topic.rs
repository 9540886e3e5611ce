//! Texts about a topic rather than a person: fiction, system prompts, tallies and
//! aggregates, local history.

use super::*;

/// Words of fiction: a novel, a short story, a book circle, a character.
pub(super) const FICTION: &str = "
fiktiv*
påhittad*
påhittat
påhittade
fingerad*
fingerat
novell*
romanen*
i boken
bokens
huvudperson*
huvudkaraktär*
karaktären*
karaktärer*
bokcirkel*
läsecirkel*
sagor
sagorna
sagostund*
godnattsaga*
fabel
fabeln
antologi*
skrivartävling*
skrivtävling*
skrivarverkstad*
skrivarcirkel*
en roman
roman om
författaren*
fictional
short story
the novel
main character*
";

/// Whether a health word is a figure of speech: "sjukt" as an intensifier ("sjukt mycket
/// klick", "sjukt bra"), "för döva öron".
pub(super) fn figure_of_speech(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    if w.eq_ignore_ascii_case(b"sjukt") {
        let next = t[e..(e + 16).min(t.len())]
            .strip_prefix(b" ")
            .map(|r| {
                let n = r
                    .iter()
                    .take_while(|b| crate::language::tokens::is_letter_byte(**b))
                    .count();
                &r[..n]
            })
            .unwrap_or_default();
        // (the adjective in any form: "smidig", "smidigt", "smidiga")
        return [
            &b"mycket"[..],
            b"mkt",
            b"bra",
            b"kul",
            b"rolig",
            b"jobbig",
            b"sk\xc3\xb6n",
            b"snygg",
            b"fin",
            b"najs",
            b"nice",
            b"g\xc3\xb6tt",
            b"m\xc3\xa5nga",
            b"l\xc3\xa5ng",
            b"stor",
            b"sv\xc3\xa5r",
            b"l\xc3\xa4tt",
            b"tr\xc3\xa5kig",
            b"stressig",
            b"konstig",
            b"smidig",
            b"snabb",
            b"seg",
            b"dyr",
            b"billig",
            "trött".as_bytes(),
            b"less",
            b"glad",
            "nöjd".as_bytes(),
            b"stolt",
            b"sugen",
            "nervös".as_bytes(),
            b"intressant",
            b"tung",
        ]
        .iter()
        .any(|x| {
            next.len() <= x.len() + 2 && next[..x.len().min(next.len())].eq_ignore_ascii_case(x)
        })
            // (or an adjective by its ending: "sjukt irriterad", "sjukt tacksam", "sjukt
            // härligt"; "ett sjukt barn" is a noun's)
            || ["ad", "at", "ade", "ig", "igt", "iga", "sam", "samt", "isk", "iskt", "lig", "ligt"]
                .iter()
                .any(|x| next.len() > x.len() + 2 && next.ends_with(x.as_bytes()));
    }
    // "det är rena cancern med nya inloggningen": a plague of a thing
    if w.len() >= 6
        && w[..6].eq_ignore_ascii_case(b"cancer")
        && (t[..s].ends_with(b"rena ") || t[..s].ends_with(b"ren "))
    {
        return true;
    }
    // "för döva öron"; "blind för problemen", "döv för kritiken": not seeing or hearing
    (w.eq_ignore_ascii_case(b"d\xc3\xb6va") && t[..s].ends_with("för ".as_bytes()))
        || ((w.eq_ignore_ascii_case(b"blind") || w.eq_ignore_ascii_case("döv".as_bytes()))
            && t[e..].starts_with(" för ".as_bytes()))
}

/// The longest first line that counts as a text's title (see [`fiction`]).
const TITLE_BYTES: usize = 120;

/// Whether the text is about fiction: two different words of fiction ([`FICTION`],
/// "huvudpersonen", "karaktären", "fiktiv"). A diagnosis of a character in a book is no
/// one's health. The words come from the shared automaton's one pass.
pub(crate) fn fiction(t: &[u8], hits: &[Hit]) -> bool {
    let mut first: Option<&[u8]> = None;
    for h in hits.iter().filter(|h| h.kind == Kind::Fiction) {
        let w = &t[h.start..h.core_end];
        // (one word is enough in a text's title, a short first line: "Bibliotekets
        // skrivartävling 2026 – Vuxenklassen", "Skrivarverkstaden på biblioteket, tema …")
        if [
            "skrivartävling",
            "skrivtävling",
            "skrivarverkstad",
            "skrivarcirkel",
            "novell",
        ]
        .iter()
        .any(|x| starts_with_ci(w, x.as_bytes()))
            && memchr::memchr(b'\n', t).is_some_and(|nl| h.start < nl && nl <= TITLE_BYTES)
            // (a story's own note under its title: "(saga att läsa högt i Blåbärets grupp)")
            || h.start < TITLE_BYTES && t[..h.start].ends_with(b"(") && w.starts_with(b"saga")
        {
            return true;
        }
        match first {
            None => first = Some(w),
            Some(f) if !f.eq_ignore_ascii_case(w) => return true,
            _ => {}
        }
    }
    false
}

/// Whether a text is (or holds) instructions to an AI model: a system prompt ("Du är
/// larmoperatör …", `"role": "system"`, "Systemprompt:", "Systeminstruktion"); or a case
/// invented for training ("Övningsfall 2", "påhittat exempel"). What either says about
/// "brukaren" or "barnet" is about whoever, not about someone.
pub(super) fn system_prompt(t: &[u8]) -> bool {
    use memchr::memmem;
    static FINDERS: std::sync::OnceLock<Vec<memmem::Finder<'static>>> = std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        [
            &b"\"system\""[..],
            b"systemprompt",
            b"Systemprompt",
            b"system prompt",
            b"System prompt",
            b"systemPrompt",
            b"system_prompt",
            b"Systeminstruktion",
            b"systeminstruktion",
            // a pipeline's prompt, a backlog's user stories: about whoever will apply
            b"prompt: |",
            b"\"prompt\":",
            b"Som s\xc3\xb6kande vill jag",
            b"Som handl\xc3\xa4ggare vill jag",
            b"Som anv\xc3\xa4ndare vill jag",
            // (an invented case for training: "Övningsfall 2 – … (påhittat exempel)")
            "påhittat exempel".as_bytes(),
            "påhittat fall".as_bytes(),
            b"fiktivt exempel",
            b"fiktivt fall",
            "Övningsfall".as_bytes(),
        ]
        .iter()
        .map(|p| memmem::Finder::new(p).into_owned())
        .collect()
    });
    if finders.iter().any(|f| f.find(t).is_some()) {
        return true;
    }
    // "Du är …" opening the text or a line of it
    t.split(|&b| b == b'\n').any(|line| {
        let l = line.trim_ascii_start();
        l.starts_with("Du är ".as_bytes()) || l.starts_with(b"You are ")
    })
}

/// A row of a table of figures ("| Jag sover dåligt | 18 % | 34 % |"): the line opens with
/// `|` and holds a percentage after the term.
pub(super) fn table_row_figures(t: &[u8], s: usize, e: usize) -> bool {
    // the line starts within 120 bytes before the term (a table cell, not prose)
    let lo = s.saturating_sub(120);
    let ls = match memchr::memrchr(b'\n', &t[lo..s]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    if t.get(ls) != Some(&b'|') {
        return false;
    }
    let hi = (e + 200).min(t.len());
    let le = memchr::memchr(b'\n', &t[e..hi]).map_or(hi, |p| e + p);
    let rest = &t[e..le];
    rest.contains(&b'|')
        && rest
            .windows(2)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'%')
        || rest
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b' ' && w[2] == b'%')
}

/// Whether a count follows a term as in a table of figures ("religion 6,", "kön: 21\n",
/// "hälsa 12 %").
pub(super) fn tallied(t: &[u8], e: usize) -> bool {
    // a share in brackets after the term ("Vanligast: läkemedel (31 %), fall (14 %)")
    if let Some(r) = t[e..].strip_prefix(b" (") {
        let d = r
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b',')
            .count();
        if (1..=5).contains(&d) && (r[d..].starts_with(b" %)") || r[d..].starts_with(b"%)")) {
            return true;
        }
    }
    let mut i = e;
    while i < t.len() && i < e + 3 && matches!(t[i], b' ' | b':' | b'\t') {
        i += 1;
    }
    let d = i;
    while i < t.len() && t[i].is_ascii_digit() && i - d < 6 {
        i += 1;
    }
    if i == d || i - d >= 6 {
        return false;
    }
    // a year ("efter hjärtinfarkten 2019, med …") dates the term, it does not count it
    let year = i - d == 4 && (t[d..].starts_with(b"19") || t[d..].starts_with(b"20"));
    if year && !matches!(t.get(i + 1), Some(b'%')) {
        return false;
    }
    match t.get(i) {
        None => true,
        // a decimal number is an amount ("Timlön: 163,50 kr"), unless it is a share
        // ("Elever med åtgärdsprogram: 9,7 %")
        Some(b',') if t.get(i + 1).is_some_and(u8::is_ascii_digit) => {
            let mut j = i + 1;
            while j < t.len() && t[j].is_ascii_digit() {
                j += 1;
            }
            t[j..].starts_with(b" %") || t[j..].starts_with(b"%")
        }
        Some(b',') => true,
        Some(b';' | b'\n' | b'\r' | b')' | b'\t') => true,
        Some(b' ') => matches!(t.get(i + 1), Some(b'%' | b'\n')) || t[i + 1..].starts_with(b"st"),
        _ => false,
    }
}

/// Whether a term is broken down by a unit ("sjukfrånvaro per förvaltning och kvartal",
/// "försörjningsstöd per stadsdel"): statistics, nobody's condition.
pub(super) fn aggregated(t: &[u8], e: usize) -> bool {
    const UNITS: &[&str] = &[
        "förvaltning",
        "enhet",
        "avdelning",
        "kvartal",
        "månad",
        "år ",
        "skola",
        "kön",
        "åldersgrupp",
        "arbetsplats",
        "kommun",
        "region",
        "stadsdel",
        "område",
        "verksamhet",
        "yrkesgrupp",
    ];
    let rest = &t[e..(e + 24).min(t.len())];
    rest.strip_prefix(b" per ")
        .is_some_and(|r| UNITS.iter().any(|u| r.starts_with(u.as_bytes())))
}

/// Whether the text dates itself before 1920 and never later ("år 1843 dömdes han
/// vid tinget för tjuvnad", "utvandrade till Minnesota 1869"): local history about people
/// long dead, whom data protection does not cover. The year must follow a word that dates
/// ("år", "i", "född" …), so that a door code or an amount is no year.
pub(super) fn historical(t: &[u8]) -> bool {
    const DATING: &[&str] = &[
        "år", "i", "född", "död", "dog", "sedan", "till", "från", "mellan", "omkring", "ca",
        "cirka", "och", "på", "under", "efter", "före", "innan", "våren", "hösten", "sommaren",
        "vintern", "som", "först", "redan", "senast",
    ];
    let mut old = false;
    let mut i = 0;
    while i < t.len() {
        if !t[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let j = i + t[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let whole = (i == 0 || !t[i - 1].is_ascii_alphanumeric())
            && (j == t.len() || !t[j].is_ascii_alphanumeric());
        if j - i == 4 && whole {
            let y = t[i..j]
                .iter()
                .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
            if (1920..=2100).contains(&y) {
                return false;
            }
            let dated = words_before(t, 0, i)
                .next()
                .is_some_and(|b| DATING.iter().any(|d| b.eq_ignore_ascii_case(d.as_bytes())));
            old |= (1500..1920).contains(&y) && dated;
        }
        i = j;
    }
    old
}

/// Whether `s` stands on a line that names an event and its theme ("Regional konferens:
/// Beroende och psykisk ohälsa", "Utbildningsdag: Suicidprevention i primärvården", "Tema:
/// Våld i nära relationer"): the theme is a topic, no one's matter.
pub(super) fn event_title(t: &[u8], s: usize) -> bool {
    const EVENTS: &[&str] = &[
        "konferens",
        "seminarium",
        "seminariet",
        "utbildningsdag",
        "utbildningsdagen",
        "temadag",
        "temadagen",
        "tema",
        "föreläsning",
        "föreläsningen",
        "webbinarium",
        "webbinariet",
        "workshop",
        "studiedag",
        "studiedagen",
        "frukostseminarium",
        "kurs",
        "kursen",
        "bokcirkel",
        "studiecirkel",
        "föredrag",
        "temakväll",
    ];
    let Some(ls) = line_start(t, s) else {
        return false;
    };
    // (a table's cell is a line of its own: "| Tis | Maria | 18.00 Bokcirkel: \"Att leva
    // med depression\" |")
    let ls = ls + memchr::memrchr(b'|', &t[ls..s]).map_or(0, |p| p + 1);
    let head = &t[ls..s];
    if agenda_item(t, ls, s) {
        return true;
    }
    let Some(colon) = memchr::memchr(b':', head) else {
        return false;
    };
    // the label's last word: "Regional konferens", "Utbildningsdag"
    let label = head[..colon].trim_ascii();
    let last = label.rsplit(|&b| b == b' ').next().unwrap_or(label);
    colon < 40 && one_of_ci(last, EVENTS)
}

/// Whether `s` stands in the title of a programme's item: a line that opens with a time and
/// names its speaker after a dash ("09.15 Hedersrelaterat våld och förtryck – Ahmed Yilmaz,
/// Länsstyrelsen"); the term comes before the dash, in the title's first words.
fn agenda_item(t: &[u8], ls: usize, s: usize) -> bool {
    let line = &t[ls..];
    let lead = line.len() - line.trim_ascii_start().len();
    let clock = |b: &[u8]| {
        b.len() >= 5
            && b[..2].iter().all(u8::is_ascii_digit)
            && matches!(b[2], b'.' | b':')
            && b[3..5].iter().all(u8::is_ascii_digit)
    };
    let at = ls + lead;
    if !clock(&t[at..]) || s < at + 6 || s > at + 60 {
        return false;
    }
    let le = memchr::memchr(b'\n', &t[s..]).map_or(t.len(), |p| s + p);
    let title = &t[at + 5..s];
    !title.contains(&b':')
        && memchr::memmem::find(&t[s..le], " – ".as_bytes())
            .is_some_and(|d| t.get(s + d + 5).is_some_and(u8::is_ascii_uppercase))
}

/// A text's glossary lines: lines that open with a word or a few, a spaced dash and a
/// lower-case explanation ("försörjningsstöd – pengar till mat, hyra och kläder …"), whose
/// heads are no names. Found once per text, when a term first stands on such a line.
pub(super) struct Glossary {
    /// The starts of the explained lines, in order.
    lines: Vec<usize>,
}

impl Glossary {
    /// Whether the term at `s` (on the line starting at `ls`) stands in a glossary: its line
    /// explained, among three or more explained lines within 1,200 bytes (a word list for
    /// interpreters, a "Begrepp" section): a word explained, no one's matter. (Not a list of
    /// people: "Jasmin – sjuk 9 ggr i höstas", "Roger Sundqvist – upprepade rån".)
    pub(super) fn holds(&self, ls: usize, s: usize) -> bool {
        let own = self.lines.binary_search(&ls).is_ok();
        let from = self.lines.partition_point(|&l| l + 1200 < s);
        let to = self.lines.partition_point(|&l| l <= s + 1200);
        own && to - from >= 3
    }

    /// The glossary lines of `t` (`everyone`: the names found, sorted).
    pub(super) fn new(t: &[u8], everyone: &[(usize, usize)]) -> Glossary {
        let mut lines = Vec::new();
        let mut ls = 0;
        while ls < t.len() {
            let le = memchr::memchr(b'\n', &t[ls..]).map_or(t.len(), |p| ls + p);
            if explained(t, ls, everyone) {
                lines.push(ls);
            }
            ls = le + 1;
        }
        Glossary { lines }
    }
}

/// The start of the line holding `s` (looked for at most 400 bytes back; `None` past that).
pub(super) fn line_start(t: &[u8], s: usize) -> Option<usize> {
    let ls = crate::language::tokens::line_start_within(t, s, 400);
    (ls > s.saturating_sub(400) || s <= 400).then_some(ls)
}

/// Whether the line at `ls` is explained ([`explained_line`]) and its head names no one.
pub(super) fn explained(t: &[u8], ls: usize, everyone: &[(usize, usize)]) -> bool {
    explained_line(&t[ls..]).is_some_and(|d| {
        let i = everyone.partition_point(|p| p.0 < ls);
        everyone.get(i).is_none_or(|p| p.0 >= ls + d)
    })
}

/// Where the dash stands in a line that opens with one to four words, then a spaced dash and
/// a lower-case word (bytes from the line's start).
fn explained_line(l: &[u8]) -> Option<usize> {
    let l0 = l.len();
    let l = l.trim_ascii_start();
    let l = l
        .strip_prefix(b"- ")
        .or_else(|| l.strip_prefix("• ".as_bytes()))
        .unwrap_or(l);
    let skipped = l0 - l.len();
    let head = &l[..l.len().min(60)];
    let head = &head[..memchr::memchr(b'\n', head).unwrap_or(head.len())];
    // the first spaced dash ("–" is E2 80 93)
    let d = memchr::memchr2_iter(0xE2, b'-', head).find(|&p| {
        p > 0
            && head[p - 1] == b' '
            && (head[p..].starts_with("– ".as_bytes()) || head[p..].starts_with(b"- "))
    })? - 1;
    let words = head[..d]
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .count();
    let after = &l[d + 1..];
    let after = after
        .strip_prefix("– ".as_bytes())
        .or_else(|| after.strip_prefix(b"- "))
        .unwrap_or(after);
    ((1..=4).contains(&words)
        && !head[..d].iter().any(u8::is_ascii_digit)
        && after.first().is_some_and(u8::is_ascii_lowercase))
    .then_some(skipped + d)
}
