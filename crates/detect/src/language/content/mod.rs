//! Content categories (health, child, secrecy …) and the rule that tells a statement about a
//! person from a sentence about the topic.
//!
//! A term counts at its category's full level only when the text is about an individual: a
//! personal reference ("hon", "klienten", "min son"), a name or an identifier in the same
//! sentence or paragraph. A general or normative sentence ("får inte", "till exempel",
//! "uppgifter om hälsa") gives level 0 with a low score; a term with no person anywhere in
//! the document gives level 1. Weak terms ("barn", "lön") are reported only near a person.
//! Markings (secrecy, security classification, internal, copyright) have their own rules in
//! [`markings`]: they count without a person, but only in their marking form.

pub(crate) mod lexicon;
pub(crate) mod markings;
pub(crate) mod model;
mod pay;
mod wording;

use super::lexicon::{Hit, Kind};
use super::tokens::{sentence, starts_with_ci, statement, words_before};
use crate::{Category, Finding, Level};

/// References to an individual.
pub(crate) const PRONOUNS: &str = "
hon
han
hen
honom
henne
hennes
hans
hens
";

/// References to an individual other than pronouns.
pub(crate) const PERSON_REFS: &str = "
pappan
pappans
styvpappan
styvpappans
styvmamman
styvmammans
din tid hos
du har en tid hos
du har tid hos
din bokade tid
du hade en bokad tid
vår kollega
min kollega
kollegan
kollegans
en av chaufförerna
en av våra medarbetare
en av mina medarbetare
en medarbetare på
sökande
sökanden
den sökande
klienten
klientens
patienten
patientens
brukaren
brukarens
den enskilde
den enskildes
den placerade
den placerades
den anställde
den anställdes
medarbetaren
medarbetarens
arbetstagaren
arbetstagarens
vårdnadshavaren
personen
pojken
pojkens
flickan
flickans
killen
killens
tjejen
tjejens
kvinnan
mannen
mamman
pappan
modern
fadern
maken
makan
sambon
hyresgästen
den misstänkte
den dömde
den unge
ungdomen
kunden
eleven
barnet
jag och mina barn
jag och mitt barn
jag och min son
jag och min dotter
jag och min familj
en elev som
en elev i klassen
vår elev
min elev
en elev i gruppen
en av eleverna
ett av barnen
en brukare som
en patient som
en klient som
jag heter
jag bor
jag är
jag har
jag mår
jag blev
jag fick
jag tar
min son
min dotter
min man
min fru
min mamma
min pappa
min sambo
mitt barn
min bror
min syster
deras mamma
deras pappa
barnens mamma
barnens pappa
min exfru
min exman
mitt ex
";

/// Phrases of information texts (web pages, letters to anyone, guides): a text that uses
/// them in two sentences and names no one it is about is general (see `generic_doc`).
pub(crate) const INFO: &str = "
har rätt till
har rätt att
har du frågor
kontakta oss
vanligtvis
oftast
";

/// General and normative markers.
pub(crate) const GENERAL: &str = "
påhittade exempel
påhittat exempel
fiktiva exempel
fiktivt exempel
får inte
får aldrig
får ej
inte får
aldrig får
ska inte
ska aldrig
bör inte
bör aldrig
inte tillåtet
inte tillåten
förbjud*
undvik
till exempel
t.ex.
t ex
exempelvis
såsom
som exempel
exempel på
bland annat
bl.a.
uppgifter om
uppgift om
information om
personuppgifter
känsliga personuppgifter
särskilda kategorier
kategorier av
dataskyddsförordningen
gdpr
artikel 9
omfattas av
räknas som
definieras
riktlinje*
om du
om ni
när du
du ska
du får
du måste
man får
medarbetare
kan vara
kan innebära
i allmänhet
generellt
på övergripande nivå
på gruppnivå
på aggregerad nivå
statistik
är det tillåtet
tillåtet att
en kommun
ai-förordningen
alla barn
varje barn
alla elever
varje elev
kan ansöka
kan söka
om barnet
om ert barn
om ditt barn
om eleven
om en elev
om medarbetaren
om en medarbetare
om någon
om man
måste man
behöver man
ska man
du som
dig som
för dig som
ni som
ökade kostnader
i kommunens verksamheter
barn och unga
barn och ungdomar
helår
statistik*
i genomsnitt
per kvartal
under kvartalet
kvartal
andelen
andel av
snittbelopp*
genomsnittlig*
per förvaltning
per stadsdel
per enhet
samma period
procentenheter
sjukfallen
personer med
för personer
människor med
den som har
de som har
alla som har
vuxna med
unga med
kvinnor med
män med
föreläsningen om
föreläsning om
utbildningen om
utbildning om
seminariet om
seminarium om
kursen om
temadagen om
temadag om
konferensen om
webbinariet om
krävs för
krävs vid
krävs inte
krävs alltid
people with
children with
";

/// All lists this module puts into the shared automaton.
pub(crate) fn lists() -> Vec<(Kind, &'static str)> {
    let c = |cat| Kind::Content { cat, weak: false };
    let mut v = vec![
        (Kind::PersonRef, PERSON_REFS),
        (Kind::Pronoun, PRONOUNS),
        (Kind::General, GENERAL),
        (Kind::Info, INFO),
        (Kind::Fiction, FICTION),
        (Kind::Below, BELOW),
        (c(Category::Health), lexicon::HEALTH),
        (c(Category::Ethnicity), lexicon::ETHNICITY),
        (c(Category::PoliticalOpinion), lexicon::POLITICAL),
        (c(Category::Religion), lexicon::RELIGION),
        (c(Category::UnionMembership), lexicon::UNION),
        (c(Category::SexualOrientation), lexicon::SEXUAL),
        (c(Category::Genetic), lexicon::GENETIC),
        (c(Category::Biometric), lexicon::BIOMETRIC),
        (c(Category::Child), lexicon::CHILD),
        (c(Category::Child), lexicon::FAMILY_CYRILLIC),
        (Kind::PersonRef, lexicon::FAMILY_CYRILLIC),
        (c(Category::CriminalOffence), lexicon::CRIME),
        (c(Category::Salary), lexicon::SALARY),
        (c(Category::EconomicSituation), lexicon::ECONOMY),
        (c(Category::SocialConditions), lexicon::SOCIAL),
        (c(Category::ProtectedIdentity), lexicon::PROTECTED),
    ];
    v.extend(markings::lists());
    v
}

/// Bits of [`kind_bit`]: the neighbour kinds a content term looks for.
const GENERAL_BIT: u8 = 1;
const PERSON_REF: u8 = 2;
const PRONOUN: u8 = 4;
const BELOW_BIT: u8 = 8;

/// The bit of a neighbour kind (a general marker or a reference to an individual), else 0.
#[inline]
fn kind_bit(k: Kind) -> u8 {
    match k {
        Kind::General => GENERAL_BIT,
        Kind::PersonRef => PERSON_REF,
        Kind::Pronoun => PRONOUN,
        Kind::Below => BELOW_BIT,
        _ => 0,
    }
}

/// The start of the paragraph around `i` (a blank line), at most `max` bytes back.
fn paragraph_start(t: &[u8], i: usize, max: usize) -> usize {
    let lo = i.saturating_sub(max);
    // the last "\n\n" whose second newline lies in `lo..i`
    let mut hi = i;
    while let Some(q) = memchr::memrchr(b'\n', &t[lo..hi]).map(|p| lo + p) {
        if q >= 1 && t[q - 1] == b'\n' {
            return q + 1;
        }
        hi = q;
    }
    super::tokens::ceil_boundary(t, lo)
}

/// The end of the paragraph after `i` (a blank line), at most `max` bytes on.
fn paragraph_end(t: &[u8], i: usize, max: usize) -> usize {
    let hi = (i + max).min(t.len());
    let end = memchr::memmem::find(&t[i..hi], b"\n\n").map_or(hi, |p| i + p);
    super::tokens::ceil_boundary(t, end)
}

/// Whether `i` stands in a row of a delimited table: `|` or a tab on its line, or three or
/// more `;` with no space after them (a CSV row, not a list written with semicolons).
fn in_table_row(t: &[u8], i: usize) -> bool {
    let (ls, le) = super::tokens::line(t, i);
    let line = &t[ls..le];
    memchr::memchr2(b'|', b'\t', line).is_some()
        || memchr::memchr_iter(b';', line).count() >= 3 && !super::tokens::has(line, b"; ")
}

/// Whether a number greater than one stands right before `i` ("120 barn").
fn counted(t: &[u8], i: usize) -> bool {
    let mut j = i;
    while j > 0 && t[j - 1] == b' ' {
        j -= 1;
    }
    let end = j;
    while j > 0
        && (t[j - 1].is_ascii_digit() || t[j - 1] == b' ' && j >= 2 && t[j - 2].is_ascii_digit())
    {
        j -= 1;
    }
    let n: u64 = t[j..end]
        .iter()
        .filter(|b| b.is_ascii_digit())
        .fold(0u64, |a, b| {
            a.saturating_mul(10).saturating_add(u64::from(b - b'0'))
        });
    end > j && n > 1
}

/// "född" and "åk" are child markers only with a minor's birth year ("född 2018") or a
/// school year ("åk 9"); other child terms always pass.
fn child_marker_ok(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    // "SFI-elever", "Komvux-eleverna": adult students
    if s > 0 && t[s - 1] == b'-' {
        let head = &t[s.saturating_sub(8)..s - 1];
        if [&b"sfi"[..], b"komvux", b"vux", b"yh"]
            .iter()
            .any(|p| head.len() >= p.len() && head[head.len() - p.len()..].eq_ignore_ascii_case(p))
        {
            return false;
        }
    }
    let born = w.eq_ignore_ascii_case(b"born")
        || w.starts_with("född".as_bytes())
        || w.starts_with("Född".as_bytes());
    let grade = w.starts_with("åk".as_bytes()) || w.starts_with("Åk".as_bytes());
    // "åk 7", not "åker 7.10" (a departure)
    if grade && w.len() != "åk".len() {
        return false;
    }
    // "Leo har 34 % frånvaro": a pupil's only where the text is about school
    if w.starts_with("frånvaro".as_bytes()) || w.starts_with("Frånvaro".as_bytes()) {
        let around = &t[s.saturating_sub(600)..(e + 600).min(t.len())];
        return [
            &b"mentor"[..],
            b"Mentor",
            b"kurator",
            b"lektion",
            b"klassen",
            b"eleven",
            b"skolan",
            b"rektor",
            "vårdnadshavare".as_bytes(),
        ]
        .iter()
        .any(|m| memchr::memmem::find(around, m).is_some());
    }
    if !born && !grade {
        return true;
    }
    let mut i = e;
    while i < t.len() && i < e + 4 && matches!(t[i], b' ' | b'.' | b':') {
        i += 1;
    }
    let mut j = i;
    while j < t.len() && t[j].is_ascii_digit() {
        j += 1;
    }
    let digits = &t[i..j];
    if grade {
        return (1..=2).contains(&digits.len());
    }
    if digits.len() != 4 && digits.len() != 8 {
        return false;
    }
    let year: i32 = std::str::from_utf8(&digits[..4])
        .ok()
        .and_then(|d| d.parse().ok())
        .unwrap_or(0);
    let now = crate::classify::current_year();
    year <= now && now - year < 18
}

/// The level of a term about a person. Social-services case data about an identified person
/// (a name or an identifier in the paragraph) is level 3 (CONTRACT.md), above the
/// category's base level 2.
/// A family's living arrangements: social conditions, but no social-services case (level 2
/// even about a named person).
const FAMILY_SITUATIONS: &[&str] = &[
    "växelvis boende",
    "växelvis",
    "skilsmässa",
    "skilsmässan",
    "skild",
    "separerat",
    "separerade",
    "ensamstående",
    "bor ensam",
    "bor själv",
];

fn case_level(cat: Category, weak: bool, identified: bool) -> Level {
    let social = cat == Category::SocialConditions && !weak;
    if social && identified {
        Level::L3
    } else {
        cat.base_level()
    }
}

/// Words that name a job, a workplace or a unit: a term right after one is where someone
/// works ("enhetschef i hemtjänsten", "Handläggare försörjningsstöd", "undersköterska,
/// Hemtjänst Norr", "förvaltningschef för socialförvaltningen"), not a person's condition.
const ROLE_ENDINGS: &[&str] = &[
    "chef",
    "chefen",
    "chefer",
    "cheferna",
    "handläggare",
    "handläggaren",
    "handläggarna",
    "sekreterare",
    "sekreteraren",
    "samordnare",
    "samordnaren",
    "ansvarig",
    "ansvarige",
    "personal",
    "personalen",
    "medarbetare",
    "anställd",
    "anställda",
    "sköterska",
    "sköterskan",
    "assistent",
    "vikarie",
    "vikarien",
    "vikariat",
    "kollega",
    "kollegor",
    "stödjare",
    "ledare",
    "pedagog",
    "konsulent",
    "inspektör",
    "utredare",
    "kurator",
    "arbetare",
    "biträde",
    "team",
    "teamet",
    "avdelning",
    "avdelningen",
    "verksamheten",
    "förvaltningen",
    "jobbar",
    "jobbat",
    "arbetar",
    "arbetat",
    "erfarenhet",
    "tjänstgör",
    "anställning",
    "praktik",
    "rektor",
    "lärare",
    "läraren",
    "nämnden",
    "kontoret",
    "enheten",
    "tjänsten",
];

/// Jobs inside a compound ("socialsekreterare", "missbrukshandläggare", "LSS-chef").
const JOB_STEMS: &[&str] = &[
    "sekreterar",
    "handläggar",
    "chef",
    "samordnar",
    "pedagog",
    "konsulent",
    "inspektör",
    "utredar",
];

/// Whether the word `w` (lower-case) names a job or a workplace.
fn role_word(w: &str) -> bool {
    // the last four bytes first (every ending is at least four long): most words end in
    // four bytes no ending ends in, and the bitmap of those that do says so in one load
    static TAILS: std::sync::OnceLock<super::tokens::HashBits> = std::sync::OnceLock::new();
    let tails = TAILS.get_or_init(|| {
        let mut bits = super::tokens::HashBits::new();
        for r in ROLE_ENDINGS {
            // (a shorter ending would never pass the filter)
            assert!(
                r.len() >= 4,
                "role ending shorter than the filter's key: {r}"
            );
            bits.insert(tail_key(r.as_bytes()));
        }
        bits
    });
    w.len() >= 4
        && tails.contains(tail_key(w.as_bytes()))
        && ROLE_ENDINGS.iter().any(|r| w.ends_with(r))
}

/// The last four bytes of `w` (at least four long) hashed to 16 bits.
fn tail_key(w: &[u8]) -> usize {
    match w {
        [.., a, b, c, d] => {
            let x = u32::from_le_bytes([*a, *b, *c, *d]);
            (x.wrapping_mul(0x9E37_79B1) >> 16) as usize
        }
        _ => 0,
    }
}

/// Whether a sentence is about the work of elected bodies (minutes, motions, votes).
fn public_role(sentence: &str, buf: &mut String) -> bool {
    let low = super::tokens::lower_into(sentence, buf);
    // "jag är medlem i Vänsterpartiet och undrar varför motionerna …": a private statement
    if [
        "medlem i",
        "medlem av",
        "röstar på",
        "röstade på",
        "min röst",
        "jag röstade",
        // "jag sitter ju som ersättare för Vänsterpartiet": an employee's own party seat
        "jag sitter",
        "sympatiser",
        "jag är",
        // "berättade att han engagerat sig i Sverigedemokraterna lokalt och står på
        // valsedel": what a colleague told about himself
        "engagerat sig",
        "engagerar sig",
        "engagerad i",
        "aktiv i",
        // a candidate is not yet elected: "står på Centerpartiets lista till fullmäktige",
        // "kandidat för Vänsterpartiet"
        "kandidat",
        "kandiderar",
        "lista till",
        "listan till",
        "valaffisch",
    ]
    .iter()
    .any(|w| low.contains(w))
    {
        return false;
    }
    [
        "ledamot",
        "ledamöter",
        "ersättare",
        "ordförande",
        "gruppledare",
        "kommunalråd",
        "oppositionsråd",
        "reserver",
        "reservation",
        "yrkar",
        "yrkande",
        "motion",
        "interpellation",
        "fullmäktige",
        "nämnden",
        "styrelsen",
        "votering",
        "partigrupp",
        "fraktion",
        "valsedel",
        "mandat",
    ]
    .iter()
    .any(|w| low.contains(w))
}

/// Whether the text is an employer's matter about an employee's time or other work (a
/// secondary occupation, leave for a political assignment): what it says of a party seat is
/// about that employee, not the work of an elected body.
fn employee_form_text(t: &[u8]) -> bool {
    [
        "bisyssla",
        "Bisyssla",
        "BISYSSLA",
        "tjänstledig",
        "ledighet för",
    ]
    .iter()
    .any(|w| memchr::memmem::find(t, w.as_bytes()).is_some())
}

/// The lower-cased word before `i` (skipping spaces and `,` `:`), with its start.
fn word_before<'b>(t: &[u8], i: usize, buf: &'b mut String) -> Option<(usize, &'b str)> {
    let (ps, pw) = super::tokens::prev_word(t, i)?;
    let pw = std::str::from_utf8(pw).ok()?;
    Some((ps, super::tokens::lower_into(pw, buf)))
}

/// Whether the words just before `s` (on its line) give someone an appointment or a
/// referral there: the unit is then their care, not a workplace.
fn appointment(t: &[u8], s: usize) -> bool {
    let lo = s.saturating_sub(100);
    let ls = memchr::memrchr(b'\n', &t[lo..s]).map_or(lo, |p| lo + p + 1);
    let head = &t[ls..s];
    [
        "din tid",
        "ditt besök",
        "din bokade tid",
        // "Du har en tid hos Beroendemottagningen Centrum tors 4/12"
        "en tid hos",
        "en tid på",
        "en tid vid",
        "bokad tid",
        "kallad till",
        "kallas till",
        "kallelse till",
        "remiss till",
        "remitteras till",
        "remitterad till",
        "inskriven på",
        "inskriven vid",
    ]
    .iter()
    .any(|w| super::tokens::has(head, w))
}

/// Whether the term at `s..e` names where someone works or an organisation rather than
/// something about a person: after a job word ("enhetschef i hemtjänsten", "här från
/// hemtjänsten"), the first part of a compound ("LSS-handläggare", "barn- och
/// utbildningsnämnden"), the name of a unit ("Förskolan Solrosen", "Hemtjänst Norr"), or an
/// address line ("Till socialtjänsten").
fn workplace(text: &str, s: usize, e: usize, persons: &[(usize, usize)], buf: &mut String) -> bool {
    // (someone's appointment or referral there is their care, whoever they meet: "Påminnelse
    // om din tid hos Lars Berg, kurator, på Ätstörningsenheten Mälarvik"; asked only of the
    // few terms a rule takes for a workplace)
    workplace_rules(text, s, e, persons, buf) && !appointment(text.as_bytes(), s)
}

/// The rules of [`workplace`].
fn workplace_rules(
    text: &str,
    s: usize,
    e: usize,
    persons: &[(usize, usize)],
    buf: &mut String,
) -> bool {
    let t = text.as_bytes();
    // "LSS-handläggare", "barn- och utbildningsnämnden"; a mailbox "lss@kommun.se"
    // (not a condition's test, diagnosis or referral: "HIV-test", "ADHD-diagnos",
    // "BUP-remissen")
    let condition = e < t.len() && t[e] == b'-' && {
        let rest = &t[e + 1..(e + 12).min(t.len())];
        [
            &b"test"[..],
            b"positiv",
            b"diagnos",
            b"remiss",
            b"medicin",
            b"smitt",
            b"prov",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    };
    if !condition && (e < t.len() && (t[e] == b'-' || t[e] == b'@')) || (s > 0 && t[s - 1] == b'@')
    {
        return true;
    }
    // a word inside an address: "forskolan.myran@kommun.se", "kommun.se/skolskjuts"
    if in_address_token(t, s, e) {
        return true;
    }
    // a role in a compound: "skolskjutshandläggaren", "förskolechefen" (the term and the
    // rest of the word that holds its end)
    let compound_end = e + t[e..]
        .iter()
        .take_while(|&&b| super::tokens::is_letter_byte(b))
        .count();
    if compound_end > e && role_word(&text[s..compound_end]) {
        return true;
    }
    // a unit or a tariff named by the term's compound ("försörjningsstödsenheten",
    // "socialjouren", "familjerätten", "hemtjänsttaxan"): somewhere to call, no one's case
    {
        // (the administration's units only: "Ätstörningsenheten", "kvinnojouren" or
        // "beroendemottagningen" in a text about someone are their care)
        let word = &text[s..compound_end.max(e)];
        let admin = [
            "social",
            "försörjningsstöd",
            "familjerätt",
            "hemtjänst",
            "flykting",
        ]
        .iter()
        .any(|a| starts_with_ci(word.as_bytes(), a.as_bytes()));
        if admin
            && [
                "enheten",
                "jouren",
                "jour",
                "rätten",
                "taxan",
                "förvaltningen",
                "kontoret",
            ]
            .iter()
            .any(|u| word.ends_with(u))
        {
            return true;
        }
    }
    // a job named by a compound the term's stem opens ("socialsekreterartjänsten",
    // "socialchefen"): the stem's own ending is part of the hit
    let whole = &text[s..compound_end];
    if whole.len() > 8
        && JOB_STEMS.iter().any(|j| {
            whole
                .get(4..)
                .is_some_and(|rest| super::tokens::has(rest, j))
        })
    {
        return true;
    }
    // "Förskolan Solrosen", "Hemtjänst Norr": a capitalised term and a capitalised word that
    // is not a person
    if super::tokens::upper_at(t, s)
        && e + 1 < t.len()
        && t[e] == b' '
        && super::tokens::upper_at(t, e + 1)
        && persons.binary_search_by_key(&(e + 1), |p| p.0).is_err()
        // (not a body one is a member of: "medlem och styrelseledamot i Pingstförsamlingen
        // Filadelfia")
        && !super::tokens::has(&t[s.saturating_sub(48)..s], b"medlem")
        // (nor where someone lives or is placed: "bor på HVB Solhem", "placerad på
        // Korttidsboendet Eken")
        && ![
            "bor på ",
            "bott på ",
            "placerad på ",
            "placerades på ",
            "flyttat till ",
            "flyttade till ",
            "inskriven på ",
        ]
        .iter()
        .any(|w| t[..s].ends_with(w.as_bytes()))
        // (not a test result: "Amfetamin POS, THC NEG")
        && ![&b"POS"[..], b"NEG", b"Pos", b"Neg", b"Positiv", b"Negativ"]
            .iter()
            .any(|r| {
                t[e + 1..].starts_with(r)
                    && !t.get(e + 1 + r.len()).is_some_and(u8::is_ascii_alphabetic)
            })
    {
        return true;
    }
    if titled(t, s, e, persons) {
        return true;
    }
    // a unit named in the genitive after a name and a comma ("Tiina Rantanen, Granbackens
    // vård- och omsorgsboende"): where the person works (not "flyttade till Solgårdens
    // demensboende", someone's home)
    if let Some((ps, w)) = super::tokens::prev_word(t, s) {
        if ps + w.len() + 1 == s
            && t[..ps].ends_with(b", ")
            && persons.iter().any(|&(_, pe)| pe + 2 == ps)
            && w.len() > 3
            && w.ends_with(b"s")
            && super::tokens::upper_at(t, ps)
            && !super::tokens::sentence_initial(t, ps)
            && persons.iter().all(|&(a, b)| b <= ps || a >= ps + w.len())
        {
            return true;
        }
    }
    // the line before the term (at most 120 bytes), for the rules below
    let lo = s.saturating_sub(120);
    let ls = memchr::memrchr(b'\n', &t[lo..s]).map_or(lo, |p| lo + p + 1);
    let head = &t[ls..s];
    // a role given after a name and a dash ("Leyla Demir – HR-konsult, arbetsmiljö och
    // rehabilitering"): the areas the person works with (the dash's lead byte first: most
    // lines hold none)
    let dash = memchr::memchr(0xE2, head)
        .and_then(|_| head.windows(5).position(|w| w == " – ".as_bytes()));
    if let Some(d) = dash {
        let after = &text[ls + d + " – ".len()..s];
        let first = after.split([' ', ',']).next().unwrap_or("");
        // ("Lisa Granqvist – anställd 2019, varit sjukskriven …": since when, not a role)
        let since = matches!(first, "anställd" | "Anställd");
        if !since
            && (role_word(super::tokens::lower_into(first, buf)) || first.ends_with("konsult"))
        {
            return true;
        }
    }
    // the value of a workplace field ("Förvaltning: Vård och omsorg, Hemsjukvården",
    // "Enhet: Beroendeenheten", "Arbetsplats: Solgårdens SÄBO")
    const FIELDS: &[&str] = &[
        "förvaltning:",
        "enhet:",
        "arbetsplats:",
        "avdelning:",
        "verksamhet:",
        "arbetsställe:",
        "kostnadsställe:",
        "tjänsteställe:",
        "organisation:",
        "utförare:",
    ];
    let label = head.trim_ascii_start();
    if memchr::memchr(b':', label).is_some()
        && FIELDS
            .iter()
            .any(|f| super::tokens::starts_with_ci(label, f.as_bytes()))
    {
        return true;
    }
    // a topic with its contact ("Frågor om avgifter och inkomstuppgifter: Sofia Vukovic"):
    // the person handles the topic
    {
        let line = head;
        let asks = ["Frågor om", "Vid frågor om", "Ärenden om"]
            .iter()
            .any(|a| line.starts_with(a.as_bytes()));
        if asks {
            let hi = (e + 120).min(t.len());
            let le = memchr::memchr(b'\n', &t[e..hi]).map_or(hi, |p| e + p);
            if let Some(c) = memchr::memchr(b':', &t[e..le]).map(|c| e + c) {
                let mut n = c + 1;
                while n < le && t[n] == b' ' {
                    n += 1;
                }
                // (the contact right after the colon, or later on its line: "Frågor om
                // bostadsanpassning: kontakta min kollega Sara Nordin, 031-…")
                if persons.iter().any(|&(ps, _)| ps >= n && ps < le) && !t[e..c].contains(&b'.') {
                    return true;
                }
            }
        }
    }
    // an adjective of a job ("politisk sekreterare", "psykiatrisk sjuksköterska"): the job,
    // not an opinion or a condition
    if t[e..].starts_with(b" ") {
        let next = t[e + 1..]
            .iter()
            .take_while(|&&b| super::tokens::is_letter_byte(b))
            .count();
        if let Ok(w) = std::str::from_utf8(&t[e + 1..e + 1 + next]) {
            if next > 3 && w.chars().next().is_some_and(char::is_lowercase) && role_word(w) {
                return true;
            }
        }
    }
    // an organisation's name before a job word ("Socialförvaltningens kommunikatör")
    let word_end = s + t[s..]
        .iter()
        .take_while(|&&b| super::tokens::is_letter_byte(b))
        .count();
    let word = &text[s..word_end];
    if word.ends_with('s') {
        if let Some(next) = text[word_end..].split_whitespace().next() {
            let next = next.trim_matches(|c: char| !c.is_alphanumeric());
            if role_word(next) || next.ends_with("kommunikatör") || next.ends_with("chef") {
                return true;
            }
        }
    }
    // "Sara Nilsson (Socialförvaltningen, Familjeenheten)", "Registrator,
    // Socialförvaltningen": an administration after a name or a job is where they work
    if super::tokens::upper_at(t, s)
        && (word.ends_with("förvaltningen") || word.ends_with("förvaltning"))
    {
        if s > 0 && t[s - 1] == b'(' {
            return true;
        }
        if s > 2 && &t[s - 2..s] == b", " {
            let before = &t[..s - 2];
            if persons.iter().any(|&(_, pe)| pe == before.len()) {
                return true;
            }
            if let Some((_, w)) = word_before(t, s - 2, buf) {
                if role_word(w) {
                    return true;
                }
            }
        }
    }
    let Some((p1, w1)) = word_before(t, s, buf) else {
        return false;
    };
    if role_word(w1) {
        return true;
    }
    // "vår LSS-gruppbostad", "our LSS group home", "Mottagningen ekonomiskt bistånd": the
    // writer's unit or a unit's name
    // ("vår son", "vår ekonomi" are the writer's family's)
    // (the word before first: it is seldom "vår")
    if matches!(w1, "vår" | "vårt" | "våra" | "our")
        && (super::tokens::upper_at(t, s)
            || [
                "boende",
                "bostad",
                "hemtjänst",
                "skola",
                "förskol",
                "verksamhet",
                "enhet",
            ]
            .iter()
            .any(|x| super::tokens::has(word, x)))
    {
        return true;
    }
    // "Mottagningen ekonomiskt bistånd", "Enheten barn och unga": a unit's name
    if matches!(
        w1,
        "mottagningen" | "enheten" | "sektionen" | "avdelningen" | "gruppen" | "teamet"
    ) {
        return true;
    }
    // "Solrosens förskola", "Kvarnbackens skola": a named institution, a place ("Elsas
    // förskola" is a child's)
    if w1.len() > 3
        && w1.ends_with('s')
        && super::tokens::upper_at(t, p1)
        && !persons.iter().any(|&(ps, pe)| ps <= p1 && p1 < pe)
        && ["förskol", "skola", "skolan", "fritids"]
            .iter()
            .any(|x| word.starts_with(x))
    {
        return true;
    }
    // work experience: "5 år barnutredningar", "erfarenhet av ekonomiskt bistånd",
    // "arbetat med LVU-placeringar"
    // (not after a comma: "Kenneth Forsberg, 61 år, månadslön 31 400 kr" lists his age)
    if (w1 == "år" || w1 == "års") && t[p1 + w1.len()..s].iter().all(|&b| b == b' ') {
        return true;
    }
    let after_exp = matches!(w1, "av" | "med" | "inom" | "från");
    // "samordnare mot våld i nära relationer": a job against something
    let w1_link = matches!(
        w1,
        "i" | "inom" | "för" | "på" | "vid" | "från" | "till" | "mot"
    );
    let (inom, till, from) = (w1 == "inom", w1 == "till", w1 == "från");
    let beside = matches!(
        w1,
        "vid" | "utanför" | "mittemot" | "bredvid" | "intill" | "runt" | "förbi" | "bakom"
    );
    if after_exp {
        if let Some((p2, w2)) = word_before(t, p1, buf) {
            if matches!(
                w2,
                "erfarenhet" | "erfarenheter" | "arbetat" | "jobbat" | "arbetar" | "jobbar"
            ) {
                // (one's own experience is one's condition: "egen erfarenhet av depression")
                let own = word_before(t, p2, buf)
                    .is_some_and(|(_, w3)| matches!(w3, "egen" | "personlig"));
                return !own;
            }
        }
    }
    // a place next to which something happens ("Felparkering vid vårdcentralen", "mittemot
    // skolan"), unless someone is a patient there ("inskriven vid vårdcentralen")
    if beside && place(word) {
        let patient = word_before(t, p1, buf).is_some_and(|(_, w2)| {
            w2.starts_with("inskriv")
                || w2.starts_with("listad")
                || w2.starts_with("behandla")
                || w2.starts_with("vårda")
                || w2 == "patient"
        });
        if !patient {
            return true;
        }
    }
    if !w1_link {
        return false;
    }
    if inom {
        return true;
    }
    if till {
        // "Till socialtjänsten" opening a letter ("Till vårdnadshavare för Ella" is to a
        // child's parents)
        return super::tokens::sentence_initial(t, p1)
            && t[p1] == b'T'
            && !word.starts_with("vårdnadshavare");
    }
    match word_before(t, p1, buf) {
        // "8 år på demensavdelning", "två år i hemtjänsten": work experience
        Some((_, w2)) if w2 == "år" || w2 == "års" => true,
        // "kommer närmast från hemtjänsten i Hallstahammar": where someone worked before;
        // "ersättare i socialnämnden": a seat on a board
        Some((_, w2)) => {
            role_word(w2)
                || from && matches!(w2, "här" | "närmast" | "senast" | "tidigare" | "kommer")
                || matches!(
                    w2,
                    "ersättare"
                        | "ledamot"
                        | "ledamöter"
                        | "ordförande"
                        | "vice"
                        | "nämndsekreterare"
                )
        }
        None => false,
    }
}

/// A pupil pointed at by class ("flickan i 8A", "killen i nian", "eleven i åk 4"): one child
/// the school knows, data about a child (CONTRACT.md: level 2).
fn pupils_by_class(t: &[u8], hits: &[Hit], findings: &mut Vec<Finding>) {
    const PUPILS: &[&[u8]] = &[
        b"flickan", b"pojken", b"killen", b"tjejen", b"eleven", b"barnet", b"grabben",
    ];
    const YEARS: &[&str] = &[
        "ettan",
        "tvåan",
        "trean",
        "fyran",
        "femman",
        "sexan",
        "sjuan",
        "åttan",
        "nian",
        "årskurs ",
        "åk ",
    ];
    for h in hits.iter().filter(|h| h.kind == Kind::PersonRef) {
        let w = &t[h.start..h.end];
        if !PUPILS.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            continue;
        }
        let Some(rest) = t[h.end..(h.end + 14).min(t.len())].strip_prefix(b" i ") else {
            continue;
        };
        // "8A", "4b", "9C" (a digit and a letter, then no more letters)
        let class = rest.len() >= 2
            && rest[0].is_ascii_digit()
            && rest[1].is_ascii_alphabetic()
            && rest.get(2).is_none_or(|b| !b.is_ascii_alphabetic());
        if class || YEARS.iter().any(|y| rest.starts_with(y.as_bytes())) {
            let mut f = Finding::new(Category::Child, h.start, h.end, 0.8);
            f.level = Level::L2;
            findings.push(f);
        }
    }
}

/// A list headed by a pupil column ("Elev – vårdnadshavare – tel" over "Elsa Nordin – Maria
/// Nordin – 070-…", "Elev | Klass | Allergi"): the names below are pupils, data about
/// children (CONTRACT.md: level 2). One finding, on the header's first word.
fn pupils_listed(t: &[u8], persons: &[(usize, usize)], findings: &mut Vec<Finding>) {
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
        ls = le + 1;
    }
}

/// "Nora Lindqvist tar med sin fru Emma", "Jag bor med min man Daniel" signed "Fredrik
/// Sandell", "Jonas Hellberg ska gifta sig med Erik": a named person's partner of the same
/// sex, told in everyday words, is that person's sexual orientation (the sexes come from the
/// first names; a name the lists do not give one sex says nothing).
fn partner_of_the_same_sex(t: &[u8], everyone: &[(usize, usize)], findings: &mut Vec<Finding>) {
    use super::names::{sex_of, Sex};
    // the subject: the nearest name ending within 100 bytes before `i`
    let subject = |i: usize| {
        let k = everyone.partition_point(|&(_, pe)| pe <= i);
        everyone[..k]
            .last()
            .filter(|&&(_, pe)| i - pe <= 100)
            .copied()
    };
    let first_sex = |(ps, pe): (usize, usize)| {
        let name = &t[ps..pe];
        let n = name
            .iter()
            .position(|b| !super::tokens::is_letter_byte(*b) && *b != b'-')
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
                let (ls, _) = super::tokens::line(t, ps);
                let head = t[ls..ps].trim_ascii();
                head.is_empty()
                    || [&b"Namn:"[..], b"Avs\xc3\xa4ndare:", "Från:".as_bytes()].contains(&head)
            })
            .copied()
    };
    for (i, own) in memchr::memmem::find_iter(t, b" sin ")
        .map(|i| (i, false))
        .chain(memchr::memmem::find_iter(t, b" min ").map(|i| (i, true)))
    {
        let mut rest = &t[i + 5..];
        for adjective in ["blivande ", "nya ", "nyblivna "] {
            rest = rest.strip_prefix(adjective.as_bytes()).unwrap_or(rest);
        }
        let word = &rest[..rest
            .iter()
            .position(|b| !super::tokens::is_letter_byte(*b))
            .unwrap_or(rest.len())];
        let partner = match word {
            b"fru" | b"hustru" | b"flickv\xc3\xa4n" => Sex::Female,
            b"man" | b"make" | b"pojkv\xc3\xa4n" => Sex::Male,
            _ => continue,
        };
        let e = t.len() - rest.len() + word.len();
        // ("min man" is the writer's: "Jag bor med min man Daniel …" over "Fredrik Sandell")
        let who = if own { writer(i) } else { subject(i) };
        if who.and_then(first_sex) == Some(partner) {
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
fn named_minors(t: &[u8], persons: &[(usize, usize)], findings: &mut Vec<Finding>) {
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
    ];
    for &(s, e) in persons {
        let before = &t[s.saturating_sub(24)..s];
        if PARENT_OF.iter().any(|p| {
            let p = p.as_bytes();
            before.len() >= p.len() && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
        }) && super::tokens::upper_at(t, s)
        {
            let mut f = Finding::new(Category::Child, s, e, 0.75);
            f.level = Level::L2;
            findings.push(f);
        }
    }
    for &(_, e) in persons {
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
}

/// Whether a sentence states a rule or a possibility: a modal verb as a word of its own.
fn modal(sentence: &str) -> bool {
    sentence.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "ska"
                | "Ska"
                | "skall"
                | "bör"
                | "Bör"
                | "kan"
                | "Kan"
                | "måste"
                | "Måste"
                | "får"
                // a requirement: "Dag 8: läkarintyg krävs", "kräver intyg"
                | "krävs"
                | "kräver"
                | "behövs"
                | "should"
                | "must"
                | "may"
                | "shall"
        )
    })
}

/// Whether the term at `s..e` opens a clause as "Vid <term>" in the indefinite form ("5. Vid
/// sjukskrivning efter olyckan: chefen kontaktar medarbetaren …", "Vid misstanke om brott
/// …"): what to do in such a case, not a case ("Vid sjukskrivningen i mars …" is one).
fn in_case_of(t: &[u8], s: usize, e: usize) -> bool {
    let Some(head) = t[..s]
        .strip_suffix(b"Vid ")
        .or_else(|| t[..s].strip_suffix(b"vid "))
    else {
        return false;
    };
    let opens = head.trim_ascii_end();
    // (a blank line before "Vid" opens one too: "(fre stänger vi 17.30!!)\n\nVid sjukdom ring
    // Birgit")
    let clause_start = opens.is_empty()
        || head[opens.len()..].contains(&b'\n')
        || matches!(
            opens.last(),
            Some(b'\n' | b'.' | b':' | b'(' | b'-' | b'*' | b';')
        )
        || opens.ends_with("•".as_bytes())
        || opens.ends_with("–".as_bytes());
    let w = &t[s..e];
    let definite = w.ends_with(b"en") || w.ends_with(b"et") || w.ends_with(b"na");
    clause_start && !definite
}

/// Whether the term at `s` is a law named after a section, in case of which something is done
/// ("ring henne ALLTID vid 6 § LVU", "vid 43 § LVU"): what to do in such a case, not a case.
fn in_case_of_section(t: &[u8], s: usize) -> bool {
    let Some(head) = t[..s].strip_suffix("§ ".as_bytes()) else {
        return false;
    };
    let head = head.trim_ascii_end();
    let digits = head.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && {
        let rest = &head[..head.len() - digits];
        rest.ends_with(b" vid ") || rest.ends_with(b"\nvid ") || rest.ends_with(b"Vid ")
    }
}

/// Whether the term `hits[k]` (in the sentence `s..e`) is a fact stated of someone and the
/// sentence's rule is for that person: a reference to them, "har"/"är" and the term, then
/// "och får inte …" ("Eleven har skyddad identitet och får INTE fotograferas", "Ett av barnen
/// har sekretessmarkering och får inte lämnas ut"). Each general marker of the sentence must
/// be such a rule after the term; "Uppgifter om skyddad identitet får inte …" states none.
fn stated_then_ruled(t: &[u8], hits: &[Hit], k: usize, s: usize, e: usize) -> bool {
    let h = hits[k];
    let from = hits.partition_point(|o| o.start < s);
    let here = || hits[from..].iter().take_while(|o| o.start < e);
    // every general marker of the sentence a modal rule after the term (most sentences fail
    // here: a rule usually stands before what it is about), and whether each is "får" after
    // "och" ("… och får inte fotograferas")
    let modal = |o: &Hit, w: &str| starts_with_ci(&t[o.start..], w.as_bytes());
    let (mut rules, mut after_och) = (0, true);
    for o in here().filter(|o| o.kind == Kind::General) {
        let far = modal(o, "får") || modal(o, "inte får");
        if o.start < h.end || !(far || modal(o, "ska") || modal(o, "bör")) {
            return false;
        }
        rules += 1;
        after_och &= far && t[..o.start].ends_with(b"och ");
    }
    if rules == 0 {
        return false;
    }
    // "Hen (vår elev i 5A, skyddad identitet) ska inte synas": the term in brackets right
    // after a reference to someone says it of them
    let apposition = memchr::memrchr(b'(', &t[s..h.start]).is_some_and(|p| {
        let open = s + p;
        !t[open..h.start].contains(&b')')
            && here().any(|o| {
                matches!(o.kind, Kind::PersonRef | Kind::Pronoun)
                    && o.end <= open
                    && t[o.end..open].iter().all(|&b| b == b' ')
            })
    });
    if apposition {
        return true;
    }
    // "Eleven har skyddad identitet och får inte …": the reference, "har"/"är", the term,
    // and each rule after "och" with "får"
    after_och
        && here().any(|o| {
            o.kind == Kind::PersonRef
                && o.end <= h.start
                && h.start - o.end <= 40
                && t[o.end..h.start]
                    .split(|&b| b == b' ')
                    .any(|w| w == b"har" || w == "är".as_bytes())
        })
}

/// Plural groups a term can be said of ("personer med demens", "de som sitter i rullstol",
/// "elever som har dyslexi"): the groups of [`of_a_group`] and the word that follows each.
const GROUPS: &[(&[u8], Follows)] = &[
    (b"personer", Follows::Both),
    ("människor".as_bytes(), Follows::Med),
    (b"boende", Follows::Both),
    ("äldre".as_bytes(), Follows::Both),
    (b"brukare", Follows::Both),
    (b"patienter", Follows::Both),
    (b"barn", Follows::Both),
    (b"elever", Follows::Both),
    (b"unga", Follows::Both),
    (b"vuxna", Follows::Both),
    (b"de", Follows::Som),
    (b"alla", Follows::Som),
    (b"familjer", Follows::Both),
    ("hushåll".as_bytes(), Follows::Both),
];

/// Which of "med" and "som" may follow a group of [`GROUPS`].
#[derive(Clone, Copy, PartialEq)]
enum Follows {
    Med,
    Som,
    Both,
}

/// Whether the term at `at` is said of a group in its sentence (from `s`) ("ge mig 15 idéer
/// på aktiviteter för boende med demens"): in a text that names no one, a question about
/// such people in general, not about someone.
fn of_a_group(t: &[u8], s: usize, at: usize) -> bool {
    let from = at.saturating_sub(60).max(s);
    let Some(src) = t.get(from..at) else {
        return false;
    };
    // (lower-cased on the stack: ASCII only, "Äldre" opening a sentence is the one miss)
    let mut buf = [0u8; 60];
    let head = &mut buf[..src.len()];
    head.copy_from_slice(src);
    head.make_ascii_lowercase();
    let head: &[u8] = head;
    // each " med"/" som" once, and the group word that ends right before it (a word start
    // before the group; the word after may run on: "barn medan", as the phrase search did)
    memchr::memchr_iter(b' ', head).any(|sp| {
        let next = &head[sp + 1..];
        let follows = if next.starts_with(b"med") {
            Follows::Med
        } else if next.starts_with(b"som") {
            Follows::Som
        } else {
            return false;
        };
        GROUPS.iter().any(|&(g, f)| {
            (f == follows || f == Follows::Both)
                && head[..sp].ends_with(g)
                && (sp == g.len() || !super::tokens::is_letter_byte(head[sp - g.len() - 1]))
        })
    })
}

/// Whether the term at `i` stands in a section heading ("4.2 Rehabilitering och
/// sjukfrånvaro", "## Läkarintyg") or an unticked option of a form ("☐ Vårdcentral /
/// elevens läkare"): a topic or a choice, not a statement about someone. A ticked box
/// ("☒ Diabetes") is a fact and not read here.
fn heading_or_option(t: &[u8], i: usize) -> bool {
    // an empty box right before the term, anywhere on its line: an option not chosen
    // ("Skäl: [X] Avstånd  [ ] Funktionsnedsättning")
    let head = &t[..i];
    if [
        &b"[ ] "[..],
        b"[] ",
        b"( ) ",
        "☐ ".as_bytes(),
        "□ ".as_bytes(),
    ]
    .iter()
    .any(|b| head.ends_with(b))
    {
        return true;
    }
    // a heading or an option is a short line: look no further than 120 bytes either way
    // (a text without line breaks costs no scan back to its start per term)
    let lo = i.saturating_sub(120);
    let hi = (i + 120).min(t.len());
    let Some(ls) = memchr::memrchr(b'\n', &t[lo..i])
        .map(|k| lo + k + 1)
        .or((lo == 0).then_some(0))
    else {
        return false;
    };
    let Some(le) = memchr::memchr(b'\n', &t[i..hi])
        .map(|k| i + k)
        .or((hi == t.len()).then_some(hi))
    else {
        return false;
    };
    let mut line = &t[ls..le];
    while let [b' ' | b'\t', rest @ ..] = line {
        line = rest;
    }
    match line {
        // ☐ (E2 98 90) and □ (E2 96 A1): an empty box
        [0xE2, 0x98, 0x90, ..] | [0xE2, 0x96, 0xA1, ..] | [b'[', b' ', b']', ..] => true,
        [b'#', ..] => line.len() <= 80,
        // § (C2 A7) and a number: an item of minutes ("§ 143 Ekonomiskt bistånd –
        // kvartalsrapport kv 3"), a title with no sentence in it
        [0xC2, 0xA7, rest @ ..] => {
            let rest = rest.trim_ascii_start();
            line.len() <= 90
                && rest.first().is_some_and(u8::is_ascii_digit)
                && !rest.iter().any(|c| matches!(c, b'.' | b'!' | b'?'))
        }
        [b'0'..=b'9', ..] => {
            // a section number ("4.2 ", "2. ", "3) ") and a short title with no sentence in it
            let n = line
                .iter()
                .take_while(|&&c| c.is_ascii_digit() || c == b'.')
                .count();
            let rest = &line[n..];
            let rest = rest.strip_prefix(b")").unwrap_or(rest);
            let titled = rest.first() == Some(&b' ')
                && rest
                    .get(1)
                    .is_some_and(|c| c.is_ascii_uppercase() || *c == 0xC3);
            // (or an agenda item's title before its colon, the term in it: "2. Sjukfrånvaro
            // och vikarier: kort info om hur vi ringer in vikarier")
            let title_end = rest.iter().position(|&c| c == b':');
            let in_title = title_end.is_some_and(|colon| {
                colon <= 50
                    && le - rest.len() + colon > i
                    && !rest[..colon]
                        .iter()
                        .any(|c| matches!(c, b'.' | b'!' | b'?' | b','))
            });
            titled
                && (line.len() <= 60
                    && !rest
                        .iter()
                        .any(|c| matches!(c, b'.' | b'!' | b'?' | b':' | b','))
                    || in_title)
        }
        _ => false,
    }
}

/// Whether the hit `k` has "han", "hon" or "hen" as its subject a few words before it, in
/// the same clause ("han har börjat med amfetamin igen", "hon har ont i huvudet"): a weak
/// term said of a person.
fn subject_before(t: &[u8], hits: &[Hit], k: usize, hen: bool) -> bool {
    let h = &hits[k];
    hits[..k]
        .iter()
        .rev()
        .take_while(|o| o.end + 40 > h.start)
        .any(|o| {
            o.kind == Kind::Pronoun
                && o.end <= h.start
                && match &t[o.start..o.end] {
                    b"han" | b"hon" | b"Han" | b"Hon" => true,
                    b"hen" | b"Hen" => hen,
                    _ => false,
                }
                && !t[o.end..h.start]
                    .iter()
                    .any(|&b| matches!(b, b',' | b'.' | b';' | b':' | b'\n' | b'?' | b'!'))
        })
}

/// Whether a term names a place where care or school is given (a building one can park at).
fn place(word: &str) -> bool {
    let w = word.to_lowercase();
    [
        "vårdcentral",
        "sjukhus",
        "akuten",
        "apotek",
        "tandvård",
        "förskola",
        "skola",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Whether the term ending at `e` labels a field with a figure: a colon right after it and
/// a number ("månadslön: 41 300 kr", "Skuld: 12 000").
fn field_label(t: &[u8], e: usize) -> bool {
    let mut i = e;
    while i < t.len() && t[i] == b' ' && i < e + 2 {
        i += 1;
    }
    t.get(i) == Some(&b':')
        && t.get(i + 1).is_some_and(|&c| c == b' ' || c == b'\t')
        && t.get(i + 2).is_some_and(u8::is_ascii_digit)
}

/// Words that say the person cared for is old.
const ELDERLY: &[&str] = &[
    "hemtjänst",
    "äldreboende",
    "särskilt boende",
    "vård- och omsorgsboende",
    "demens",
    "brukaren",
    "brukare",
    "trygghetslarm",
    "pensionär",
    "boendet",
    "korttidsboende",
    "hemsjukvård",
];

/// Whether a son or daughter named at `s..e` is a grown-up relative of an old person: the
/// paragraph around speaks of elderly care.
fn adult_kin(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    let kin = [&b"sonen"[..], b"dottern", b"sonens", b"dotterns"]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k))
        || w.starts_with("döttr".as_bytes())
        || w.starts_with("Döttr".as_bytes())
        || w.eq_ignore_ascii_case("söner".as_bytes());
    if !kin {
        return false;
    }
    let a = paragraph_start(t, s, 600);
    let b = paragraph_end(t, e, 600);
    let mut low = [0u8; 1210];
    let n = (b - a).min(low.len());
    for (d, c) in low[..n].iter_mut().zip(&t[a..a + n]) {
        *d = c.to_ascii_lowercase();
    }
    let low = &low[..n];
    ELDERLY
        .iter()
        .any(|m| memchr::memmem::find(low, m.as_bytes()).is_some())
}

/// Word forms that a health term's stem or ending lets in but that are no health: "hälsar"
/// (greets), a diagnostic tool ("diagnosutrustningen", "diagnosverktyg").
fn not_health(t: &[u8], s: usize, e: usize) -> bool {
    let Some((buf, n)) = crate::identifiers::context::lower_small::<48>(&t[s..e]) else {
        return false;
    };
    let low = &buf[..n];
    // an administration's name: "Vård och omsorg", "vård- och omsorgsförvaltningen"
    if low == b"v\xc3\xa5rd" {
        let rest = &t[e..(e + 12).min(t.len())];
        if rest.starts_with(b" och omsorg") || rest.starts_with(b"- och omsorg") {
            return true;
        }
    }
    // damage to things, not an injury: "begränsa skadan", "ekonomisk skada"
    if low.starts_with(b"skad") {
        const DAMAGE: &[&str] = &[
            "begränsa",
            "begränsar",
            "minimera",
            "minimerar",
            "minska",
            "minskar",
            "ekonomisk",
            "ekonomiska",
            "materiell",
            "materiella",
            "vilken",
            // a company's loss in a procurement appeal: "kan komma att lida skada"
            "lida",
            "lidit",
            "lider",
        ];
        if let Some(w) = words_before(t, s.saturating_sub(40), s).next() {
            if DAMAGE.iter().any(|d| w.eq_ignore_ascii_case(d.as_bytes())) {
                return true;
            }
        }
        // a vehicle's: "skada vänster skjutdörr", "skadan på bilen"
        const PARTS: &[&str] = &[
            " vänster",
            " höger",
            " främre",
            " bakre",
            " på bilen",
            " på fordonet",
            " på dörren",
            " på lacken",
            " på stötfångaren",
        ];
        let after = &t[e..(e + 16).min(t.len())];
        if PARTS.iter().any(|p| after.starts_with(p.as_bytes())) {
            return true;
        }
    }
    // "helt sjukt", "så sjukt": slang for absurd; "nästan ramlat": no fall
    let before = words_before(t, s.saturating_sub(40), s).next();
    let said_before = |words: &[&str]| {
        before.is_some_and(|w| words.iter().any(|d| w.eq_ignore_ascii_case(d.as_bytes())))
    };
    // (and "… 3000 mer än vad jag har efter 9 år här. sjukt", "Sjukt!": an exclamation of
    // its own, judged by its line's words before and after it)
    if low == b"sjukt"
        && (said_before(&["helt", "så", "ju", "rätt", "typ", "asså"]) || {
            let (ls, le) = super::tokens::line(t, s);
            let head = t[ls..s].trim_ascii();
            let tail = t[e..le].trim_ascii();
            matches!(head.last(), None | Some(b'.' | b'!' | b'?'))
                && matches!(tail.first(), None | Some(b'.' | b'!' | b'?'))
        })
    {
        return true;
    }
    if low.starts_with(b"raml") && said_before(&["nästan", "inte", "aldrig"]) {
        return true;
    }
    // "hon är inte sjuk men …": said not to be
    if matches!(low, b"sjuk" | b"sjuka" | b"f\xc3\xb6rkyld") {
        let mut words = words_before(t, s.saturating_sub(24), s);
        if words.next().is_some_and(|w| w == b"inte" || w == b"ej")
            && words
                .next()
                .is_some_and(|w| [&b"\xc3\xa4r"[..], b"var", b"blev"].contains(&w))
        {
            return true;
        }
    }
    // "på alla sjukhus", "samtliga vårdcentraler": every one of them, no one's care
    if said_before(&["alla", "samtliga"]) {
        return true;
    }
    // "medborgarförslag om hundrastgård – remiss till tekniska": a body asked for its opinion
    if low == b"remiss till" {
        let (ls, le) = super::tokens::line(t, s);
        let next = t[e..le].trim_ascii_start();
        let next = &next[..next
            .iter()
            .position(|b| !super::tokens::is_letter_byte(*b))
            .unwrap_or(next.len())];
        let line = &t[ls..le];
        if [
            "nämnden",
            "styrelsen",
            "förvaltningen",
            "kontoret",
            "utskottet",
        ]
        .iter()
        .any(|h| next.ends_with(h.as_bytes()))
            || ["tekniska", "KS", "KF", "berörda", "samtliga"]
                .iter()
                .any(|w| next == w.as_bytes())
            || ["förslag", "motion", "yttrande"]
                .iter()
                .any(|w| memchr::memmem::find(line, w.as_bytes()).is_some())
        {
            return true;
        }
    }
    // "Vårdcentralens infart", "vid vårdcentralens parkering": a place
    if low == "vårdcentralens".as_bytes()
        && t[e..].strip_prefix(b" ").is_some_and(|r| {
            ["infart", "parkering", "entré", "ingång", "tak", "fasad"]
                .iter()
                .any(|w| r.starts_with(w.as_bytes()))
        })
    {
        return true;
    }
    // "MS SBN 2026/1144", "MS\nSBN 2026/…" (a table cell wrapped): an office's code in a
    // register, not multiple sclerosis
    if &t[s..e] == b"MS"
        && matches!(t.get(e), Some(b' ' | b'\n'))
        && t.get(e + 1).is_some_and(u8::is_ascii_uppercase)
    {
        return true;
    }
    // "rökte på toaletten", "röker på balkongen": smoking somewhere, not cannabis ("slutat
    // röka på", "röker på varje helg")
    if low.starts_with("rök".as_bytes()) && low.ends_with(b" p\xc3\xa5") {
        let next = t[e..(e + 24).min(t.len())].strip_prefix(b" ").map(|r| {
            &r[..r
                .iter()
                .position(|b| !super::tokens::is_letter_byte(*b))
                .unwrap_or(r.len())]
        });
        if next.is_some_and(|w| {
            w.first().is_some_and(u8::is_ascii_lowercase)
                && (w.ends_with(b"en") || w.ends_with(b"et") || w.ends_with(b"rna"))
        }) {
            return true;
        }
    }
    // a thing, a rule or a course named after care: "läkemedelsskåpet", "läkemedelsmodulen",
    // "sjuklönereglerna", "journalsystemet", "hjälpmedelsförrådet" (the compound's head says
    // what it is)
    const THINGS: &[&str] = &[
        "skåp",
        "skåpet",
        "skåpen",
        "modul",
        "modulen",
        "system",
        "systemet",
        "förråd",
        "förrådet",
        "rum",
        "rummet",
        "rummen",
        "vagn",
        "vagnen",
        "regler",
        "reglerna",
        "rutin",
        "rutinen",
        "rutiner",
        "rutinerna",
        "utbildning",
        "utbildningen",
        "avtal",
        "avtalet",
        "leverantör",
        "leverantören",
        // an education: "psykologprogrammet", "sjuksköterskeprogrammet"
        "programmet",
        "programmen",
        // a routine's name: "Rehabiliteringsprocessen i korthet"
        "processen",
        // a carer's delegated task: "insulindelegering", "insulindelegeringen"
        "delegering",
        "delegeringen",
        "delegeringar",
        // first aid kit: "brännskadeförband"
        "förband",
        "förbandet",
    ];
    // (the head after a first part of at least `min` bytes)
    let head_in = |heads: &[&str], min: usize| {
        heads
            .iter()
            .any(|h| low.len() >= h.len() + min && low.ends_with(h.as_bytes()))
    };
    if head_in(THINGS, 5) {
        return true;
    }
    // a job named after its patients: "demensundersköterska", "diabetessjuksköterska",
    // "psykiatrisjuksköterskan" (someone's work, no one's diagnosis)
    const JOBS: &[&str] = &[
        "sköterska",
        "sköterskan",
        "läkare",
        "läkaren",
        "handläggare",
        "handläggaren",
        "samordnare",
        "samordnaren",
        "pedagog",
        "pedagogen",
        "konsulent",
        "konsulenten",
        "assistent",
        "assistenten",
        "team",
        "teamet",
        // a carer's assignment: "demensombud", "diabetesombudet"
        "ombud",
        "ombudet",
        "ombuden",
    ];
    // (an appointment with such a team is care: "Du har en tid hos Vuxenenheten,
    // beroendeteamet")
    if head_in(JOBS, 4) && !appointment(t, s) {
        return true;
    }
    // whether one of `words` follows the term (after spaces)
    let followed_by = |words: &[&str]| {
        let next = t[e..(e + 24).min(t.len())].trim_ascii_start();
        words.iter().any(|w| next.starts_with(w.as_bytes()))
    };
    // enrolled at an agency or a school, no clinic: "inskriven på Arbetsförmedlingen"
    if low.starts_with(b"inskriven")
        && followed_by(&[
            "Arbetsförmedlingen",
            "arbetsförmedlingen",
            "AF",
            "Af ",
            "Komvux",
            "komvux",
            "SFI",
            "sfi",
        ])
    {
        return true;
    }
    // "Inga kundnamn, adresser, diagnoser eller något från journalen.": a list of what may not
    // be written, no one's
    {
        let lo = s.saturating_sub(80);
        let lo = memchr::memrchr(b'\n', &t[lo..s]).map_or(lo, |p| lo + p + 1);
        let head = &t[lo..s];
        let opens = head
            .iter()
            .rposition(|&b| matches!(b, b'.' | b'!' | b'?' | b':' | b'-'))
            .map_or(head, |p| &head[p + 1..])
            .trim_ascii_start();
        if (opens.starts_with(b"Inga ")
            || opens.starts_with(b"Ingen ")
            || opens.starts_with(b"Inget "))
            && !opens.contains(&b'.')
        {
            return true;
        }
    }
    // the care sector as a workplace: "jobbat inom vården", "vill testa på vården"
    if low == "vården".as_bytes() || low == "vård".as_bytes() {
        let mut words = words_before(t, s.saturating_sub(40), s);
        let first = words.next();
        let second = words.next();
        let work = |w: Option<&[u8]>| {
            w.is_some_and(|w| {
                [
                    "jobba",
                    "jobbar",
                    "jobbat",
                    "jobbade",
                    "arbeta",
                    "arbetar",
                    "arbetat",
                    "arbetade",
                    "testa",
                    "prova",
                    "praktik",
                    "praktiserat",
                    "vikariera",
                ]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
            })
        };
        if first.is_some_and(|w| w == b"inom")
            || work(first)
            || (first.is_some_and(|w| w == "på".as_bytes() || w == b"i") && work(second))
        {
            return true;
        }
    }
    // a unit's sick leave: "Sjukfrånvaron på enheten har gått ner från 9 % till 6 %"; the
    // reason for a schedule: "Pga sjukfrånvaro har jag behövt flytta om"
    if low.starts_with("sjukfrånvaro".as_bytes())
        && (said_before(&["pga", "p.g.a."])
            || t[..s].ends_with("på grund av ".as_bytes())
            || followed_by(&[
                "på enheten",
                "på avdelningen",
                "i förvaltningen",
                "i kommunen",
                "i gruppen",
                "i arbetsgruppen",
                "på arbetsplatsen",
                "inom",
                "bland",
                "totalt",
                "har minskat",
                "har ökat",
                "har gått",
                "ligger på",
            ]))
    {
        return true;
    }
    // a vehicle's log: "körjournalen för tjänstebilen … har inte fört in resorna i journalen"
    if low.starts_with(b"journal")
        && memchr::memmem::find(&t[s.saturating_sub(600)..s], "körjournal".as_bytes()).is_some()
    {
        return true;
    }
    // "har ont om tid", "mer ont om pengar": short of something, not pain
    if low.ends_with(b"ont") && t[e..].starts_with(b" om ") {
        return true;
    }
    low == "hälsar".as_bytes()
        || low == "hälsade".as_bytes()
        || (low.starts_with(b"diagnos")
            && [
                &b"utrustning"[..],
                b"verktyg",
                b"instrument",
                b"program",
                b"system",
            ]
            .iter()
            .any(|x| memchr::memmem::find(&low[7..], x).is_some()))
}

/// Whether the term at `s..e` is (part of) a template's placeholder: a word in braces,
/// brackets or angle brackets, joined to them only by letters, digits and underscores
/// ("{{diagnoser}}", "{skyddad_identitet}", "[diagnos_kod]", "<diagnos>").
fn placeholder(t: &[u8], s: usize, e: usize) -> bool {
    let field = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80;
    let before = t[..s].iter().rev().take(40).position(|b| !field(b));
    let after = t[e..].iter().take(40).position(|b| !field(b));
    let (Some(b), Some(a)) = (before, after) else {
        return false;
    };
    let open = t[s - b - 1];
    let close = t[e + a];
    matches!((open, close), (b'{', b'}') | (b'[', b']') | (b'<', b'>'))
        // (a field's own words, not a sentence: "[diagnos]" but not "[Hon har diabetes]")
        && !t[s - b..e + a].contains(&b' ')
}

/// Whether the run of non-space bytes around `s..e` is an e-mail or web address.
fn in_address_token(t: &[u8], s: usize, e: usize) -> bool {
    let a = s - t[s.saturating_sub(64)..s]
        .iter()
        .rev()
        .take_while(|b| !b.is_ascii_whitespace())
        .count();
    let b = e + t[e..(e + 64).min(t.len())]
        .iter()
        .take_while(|b| !b.is_ascii_whitespace())
        .count();
    // (a token is short: no substring searcher is set up for it)
    let tok = &t[a..b];
    use super::tokens::has;
    memchr::memchr(b'@', tok).is_some()
        || has(tok, b"://")
        || has(tok, b"www.")
        // a file share's path: "\\fs01\HR$\Rehab_och_sjukfranvaro"
        // (a share "\\\\fs01\\…", a drive "C:\\…" or a hidden share "HR$\\…", not a JSON
        // string's "\\n")
        || [&b"\\\\"[..], b":\\", b"$\\"]
            .iter()
            .any(|p| has(tok, p))
}

/// Whether ages follow a word for children: ", 3 och 9 år", " (7 och 11 år)", " på 4 och 7
/// år" — digits, commas, "och", dashes and brackets up to "år".
fn ages_after(t: &[u8], e: usize) -> bool {
    let w = &t[e..(e + 40).min(t.len())];
    let Some(p) = super::tokens::find(w, "år") else {
        return false;
    };
    let mut rest = w[..p].trim_ascii();
    for lead in ["på ", "i åldrarna ", "i åldern "] {
        if let Some(r) = rest.strip_prefix(lead.as_bytes()) {
            rest = r;
        }
    }
    let skip = rest
        .iter()
        .take_while(|b| matches!(b, b',' | b'(' | b':' | b' '))
        .count();
    let rest = &rest[skip..];
    rest.first().is_some_and(u8::is_ascii_digit)
        && rest.split(|&b| b == b' ').all(|x| {
            x == b"och"
                || x == "–".as_bytes()
                || x.iter()
                    .all(|&b| b.is_ascii_digit() || matches!(b, b',' | b'-'))
        })
}

/// Whether the organisation named at `i` heads a text to or about its members (a word
/// "medlem…" within the first lines, near `i`) that lists at least three people after it.
fn members_listed(t: &[u8], i: usize, persons: &[(usize, usize)]) -> bool {
    if i > 300 {
        return false;
    }
    let head = &t[..(i + 300).min(t.len())];
    let Some(m) = super::tokens::find(head, b"edlem") else {
        return false;
    };
    let after = persons.partition_point(|&(ps, _)| ps < m);
    persons.len() - after >= 3
}

/// Whether the lines right after `e` (a blank line allowed) list people, one a line, each
/// line opening with a name and a colon or a dash ("Liv Sandström: läser flytande",
/// "- Omar K – behöver stöd"): at least two such lines.
fn people_listed_after(t: &[u8], e: usize, persons: &[(usize, usize)]) -> bool {
    let Some(nl) = memchr::memchr(b'\n', &t[e..(e + 200).min(t.len())]) else {
        return false;
    };
    let mut p = e + nl + 1;
    let mut listed = 0;
    let mut blank = 0;
    for _ in 0..6 {
        if p >= t.len() {
            break;
        }
        // (a list's lines are short: a longer one ends the look, and no line is scanned far)
        let hi = (p + 400).min(t.len());
        let Some(le) = memchr::memchr(b'\n', &t[p..hi])
            .map(|q| p + q)
            .or((hi == t.len()).then_some(hi))
        else {
            break;
        };
        let line = &t[p..le];
        if line.trim_ascii().is_empty() {
            blank += 1;
            if blank > 1 || listed > 0 {
                break;
            }
            p = le + 1;
            continue;
        }
        // after a bullet
        let lead = line
            .iter()
            .take_while(|c| matches!(c, b' ' | b'-' | b'*'))
            .count();
        let at = p + lead;
        let i = persons.partition_point(|&(ps, _)| ps < at);
        let named = persons.get(i).is_some_and(|&(ps, pe)| {
            ps == at
                && (t[pe..].starts_with(b":")
                    || t[pe..].starts_with(" \u{2013}".as_bytes())
                    || t[pe..].starts_with(b" -"))
        });
        if !named {
            break;
        }
        listed += 1;
        if listed >= 2 {
            return true;
        }
        p = le + 1;
    }
    false
}

/// Whether the writer asks for herself in the sentence before `i` ("Jag överklagar …",
/// "jag söker …"): with [`first_person_state`], whether she says the term of herself.
fn first_person_asks(t: &[u8], s: usize, i: usize) -> bool {
    // "Jag överklagar beslutet från 12 september om avslag på ekonomiskt bistånd": a
    // writer's own application or appeal, anywhere earlier in the sentence
    const ASKS: &[&str] = &[
        "överklagar",
        "ansöker",
        "söker",
        "sökte",
        "begär",
        "behöver",
        "fick",
        "fått",
        "nekades",
    ];
    let sent = &t[s..i];
    memchr::memmem::find_iter(sent, b"ag ").any(|p| {
        p >= 1
            && matches!(sent[p - 1], b'j' | b'J')
            && (p == 1 || !sent[p - 2].is_ascii_alphanumeric())
            && ASKS.iter().any(|a| sent[p + 3..].starts_with(a.as_bytes()))
    })
}

/// Whether the writer says the term of her own state: "jag är", "jag har", "jag blev", "jag
/// fick", "jag mår" … (maybe with an adverb: "jag är nyligen") among the four words before it,
/// in its sentence, or "jag" right before a term that is a verb phrase ("jag orkar inte
/// mer"); a weak term needs this, not a request.
fn first_person_state(t: &[u8], s: usize, i: usize) -> bool {
    let mut prev: Option<&[u8]> = None;
    for w in words_before(t, s, i).take(5) {
        // "jag var inte sjuk": she says she was not
        if matches!(w, b"inte" | b"aldrig" | b"ej") {
            return false;
        }
        if w.eq_ignore_ascii_case(b"jag") {
            // (right before a term that holds its own verb: "jag orkar inte mer"; not "…
            // menar jag, barnen älskar den")
            if prev.is_none() {
                return i >= 4 && t[i - 1] == b' ' && t[i - 4..i - 1].eq_ignore_ascii_case(b"jag");
            }
            return prev.is_some_and(|v| {
                [
                    &b"\xc3\xa4r"[..],
                    b"har",
                    b"blev",
                    b"fick",
                    b"var",
                    b"hade",
                    b"m\xc3\xa5r",
                    b"lider",
                    // "jag står som kandidat för V", "jag sitter i rullstol", "jag röstar på"
                    "står".as_bytes(),
                    b"sitter",
                    "röstar".as_bytes(),
                    "röstade".as_bytes(),
                    // "jag går på cytostatikabehandling", "jag äter Sertralin"
                    "går".as_bytes(),
                    "äter".as_bytes(),
                    b"tar",
                    b"behandlas",
                ]
                .iter()
                .any(|x| v.eq_ignore_ascii_case(x))
            });
        }
        prev = Some(w);
    }
    false
}

/// Words of fiction: a novel, a short story, a book circle, a character.
const FICTION: &str = "
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
fn figure_of_speech(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    if w.eq_ignore_ascii_case(b"sjukt") {
        let next = t[e..(e + 16).min(t.len())]
            .strip_prefix(b" ")
            .map(|r| {
                let n = r
                    .iter()
                    .take_while(|b| super::tokens::is_letter_byte(**b))
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
fn system_prompt(t: &[u8]) -> bool {
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
fn table_row_figures(t: &[u8], s: usize, e: usize) -> bool {
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
fn tallied(t: &[u8], e: usize) -> bool {
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
fn aggregated(t: &[u8], e: usize) -> bool {
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

/// Words that point at what follows ("för alla nedan", "nedanstående elever", "följande
/// personer", "the people below"): a statement with one is about the list below it.
const BELOW: &str = "
nedan
nedanstående
följande
listan
below
following
";

/// Verbs of minutes after a name: the one who presents an item or moves a motion, not its
/// subject.
const PRESENTS: &[&str] = &[
    "redovisar ",
    "presenterar ",
    "föredrar ",
    "informerar om ",
    "går igenom ",
    // (a member who moves a motion: "Roger Malmsten (SD) har i motion föreslagit att
    // kommunen ska installera kameror med ansiktsigenkänning")
    "har i motion föreslagit ",
    "har i en motion föreslagit ",
    "föreslår i en motion ",
    "yrkar ",
];

/// Whether every person in the statement `s..e` is its speaker ("Barnen har fått vara med
/// och tycka till, säger förskolechef Anna Ek"): a quote in a press release is about its
/// topic, not about the one who says it.
fn spoken_by(t: &[u8], s: usize, e: usize, persons: &[(usize, usize)]) -> bool {
    const SAYS: &[&str] = &[
        "säger ",
        "sa ",
        "berättar ",
        "menar ",
        "konstaterar ",
        "förklarar ",
        "understryker ",
    ];
    let i = persons.partition_point(|p| p.1 <= s);
    let mut any = false;
    for &(ps, pe) in persons[i..].iter().take_while(|p| p.0 < e) {
        if pe <= s {
            continue;
        }
        any = true;
        let before = &t[ps.saturating_sub(60).max(s).min(ps)..ps];
        // (or presents it in minutes: "Katarina Lind redovisar sjukfrånvaron på
        // övergripande nivå")
        // (a party's letters after the name first: "Roger Malmsten (SD) har i motion
        // föreslagit …")
        let presents = t[pe..]
            .strip_prefix(b" ")
            .map(after_party)
            .is_some_and(|r| PRESENTS.iter().any(|w| r.starts_with(w.as_bytes())));
        let said = presents || SAYS.iter().any(|w| super::tokens::has(before, w));
        if !said {
            return false;
        }
    }
    any
}

/// `r` past a party's letters in brackets and the space after them ("(SD) har i motion
/// föreslagit …" → "har i motion föreslagit …"); `r` itself when it opens otherwise.
fn after_party(r: &[u8]) -> &[u8] {
    let Some(p) = r.strip_prefix(b"(") else {
        return r;
    };
    let Some(close) = p.iter().take(6).position(|&b| b == b')') else {
        return r;
    };
    if !p[..close].iter().all(u8::is_ascii_uppercase) {
        return r;
    }
    p[close + 1..].strip_prefix(b" ").unwrap_or(r)
}

/// Whether a short text (up to 2 KB) ends with a signature line that holds a name and a
/// personnummer ("/Maja Fransson 910927-6320"): a message about the writer's own matter.
fn signed_with_pnr(t: &[u8], persons: &[(usize, usize)]) -> bool {
    if t.len() > 2048 {
        return false;
    }
    let body = t.trim_ascii_end();
    let ls = memchr::memrchr(b'\n', body).map_or(0, |p| p + 1);
    let line = &body[ls..];
    let digits = line.iter().filter(|b| b.is_ascii_digit()).count();
    let pnr_like = (10..=12).contains(&digits)
        && line.windows(11).any(|w| {
            w[..6].iter().all(u8::is_ascii_digit)
                && w[6] == b'-'
                && w[7..].iter().all(u8::is_ascii_digit)
        });
    pnr_like && persons.iter().filter(|&&(ps, _)| ps >= ls).count() >= 2
}

/// Where the line ends, when `i` stands on an e-mail's subject line ("Ämne: …",
/// "Subject: …", "Ang: …").
fn subject_line(t: &[u8], i: usize) -> Option<usize> {
    let lo = i.saturating_sub(100);
    // (no line start within 100 bytes: no subject line, unless the text starts there)
    let ls = match memchr::memrchr(b'\n', &t[lo..i]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let line = &t[ls..i];
    let subject = [
        "Ämne:",
        "ÄMNE:",
        "Subject:",
        "SUBJECT:",
        "Ang:",
        "Angående:",
        "Re: ",
        // a case's intake line: "Inkommen via e-tjänsten \"Gör en orosanmälan\"",
        // "Webbformulär: Anmäl oro för barn"
        "Inkommen via",
        "Inkom via",
        "Webbformulär:",
        "E-tjänst:",
        "Ärendetyp:",
    ]
    .iter()
    .any(|l| line.starts_with(l.as_bytes()));
    if !subject {
        return None;
    }
    // (a subject line is short: look no further than 200 bytes for its end)
    let hi = (i + 200).min(t.len());
    let le = memchr::memchr(b'\n', &t[i..hi]).map_or(hi, |p| i + p);
    // an invitation, a routine or a course about the topic is no case
    let whole = &t[ls..le];
    let topic = [
        "nbjudan",
        "utbildning",
        "nformation",
        "utin",
        "urs",
        "yhetsbrev",
        "iktlinje",
        "mall",
        "webbinar",
        "workshop",
    ]
    .iter()
    .any(|w| super::tokens::has(whole, w));
    (!topic).then_some(le)
}

/// Labels that name the person a record is about.
pub(crate) const SUBJECT_LABELS: &[&str] = &[
    "brukare",
    "patient",
    "klient",
    "sökande",
    "elev",
    "elevens namn",
    "barnets namn",
    "barn",
    "den enskilde",
    "vårdtagare",
    "huvudman",
    "hyresgäst",
    "medarbetare",
    "arbetstagare",
    "anställd",
];

/// Where a line that labels the person a record is about ends ("Brukare/patient: Sture
/// Magnusson, 450123-1106", "Elev: Ayaan Yusuf, 7B"), when such a line stands in the
/// first 2 KB with a name or an identifier on it.
fn record_subject(t: &[u8], persons: &[(usize, usize)]) -> Option<usize> {
    let head = &t[..t.len().min(2048)];
    let mut ls = 0;
    // the line before, when it is a subject label on its own ("Sökande\nNamn: …")
    let mut heading = false;
    // a label, or one of two joined by "/" ("brukare/patient")
    let subject = |label: &str| {
        SUBJECT_LABELS.iter().any(|l| {
            label == *l
                || label.strip_prefix(l).is_some_and(|r| r.starts_with('/'))
                || label.strip_suffix(l).is_some_and(|r| r.ends_with('/'))
        })
    };
    for le in memchr::memchr_iter(b'\n', head).chain(std::iter::once(head.len())) {
        let line = &head[ls..le];
        let start = ls;
        ls = le + 1;
        let Some(colon) = memchr::memchr(b':', line) else {
            heading = line.len() < 30
                && std::str::from_utf8(line).is_ok_and(|l| subject(&l.trim().to_lowercase()));
            continue;
        };
        let after_heading = std::mem::take(&mut heading);
        if colon > 30 {
            continue;
        }
        let label = std::str::from_utf8(&line[..colon])
            .ok()?
            .trim()
            .to_lowercase();
        // "Namn: … Personnummer: …" on a form, or under a subject heading
        let named_form =
            label == "namn" && (after_heading || super::tokens::has(line, b"ersonnummer"));
        if !subject(&label) && !named_form {
            continue;
        }
        let (a, b) = (start + colon, le);
        if persons.iter().any(|&(ps, pe)| ps >= a && pe <= b) || described(&line[colon + 1..]) {
            return Some(le);
        }
    }
    None
}

/// Whether the line holding `i` is an entry about one person who is not named: given by
/// initials ("1. J.K., 5B – misstänkt autism", "- A.M. (åk 8): hög frånvaro"), as minutes and
/// pupil-health records write them, or described by sex and age ("U1: kille 15 år, …").
fn person_entry(t: &[u8], i: usize) -> bool {
    // (the line's start within 300 bytes, or the text's: an entry is no longer)
    let lo = i.saturating_sub(300);
    let Some(ls) = memchr::memrchr(b'\n', &t[lo..i])
        .map(|p| lo + p + 1)
        .or((lo == 0).then_some(0))
    else {
        return false;
    };
    // described by sex and age: "U1: kille 15 år, pappa dömd för narkotikabrott"
    if described_line(&t[ls..i]) {
        return true;
    }
    let mut l = t[ls..i].trim_ascii_start();
    // a list's number or bullet
    let digits = l.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 && digits < 3 && matches!(l.get(digits), Some(b'.' | b')')) {
        l = l[digits + 1..].trim_ascii_start();
    } else if matches!(l.first(), Some(b'-' | b'*' | b'|')) {
        l = l[1..].trim_ascii_start();
    }
    // "J.K." or "J. K." (ASCII capitals; Å/Ä/Ö are two bytes)
    let cap = |l: &[u8]| -> Option<usize> {
        if l.first()?.is_ascii_uppercase() {
            Some(1)
        } else if l.len() >= 2 && l[0] == 0xc3 && matches!(l[1], 0x85 | 0x84 | 0x96) {
            Some(2)
        } else {
            None
        }
    };
    let Some(a) = cap(l) else { return false };
    if l.get(a) != Some(&b'.') {
        return false;
    }
    let rest = &l[a + 1..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let Some(b) = cap(rest) else { return false };
    rest.get(b) == Some(&b'.')
        && rest
            .get(b + 1)
            .is_none_or(|&c| matches!(c, b',' | b' ' | b'(' | b':' | b'\t'))
}

/// Whether the sentence `s..e` speaks of someone by age ("Den 19-årige från Fjällbacken",
/// "den 45-åriga kvinnan", "19-åringen"): a person, not a term of years ("ett 3-årigt avtal").
fn aged_person(t: &[u8], s: usize, e: usize) -> bool {
    let tail = "-åri".as_bytes();
    memchr::memmem::find_iter(&t[s..e], tail).any(|p| {
        let p = s + p;
        let w = &t[p + tail.len()..e.min(p + tail.len() + 4)];
        p > 0
            && t[p - 1].is_ascii_digit()
            && (w.starts_with(b"ge") || w.starts_with(b"ngen") || w.starts_with(b"ga "))
    })
}

/// Whether the sentence `s..e` speaks of one person by initials or by a role and an age
/// ("A.K. (f. 2011) har självskadebeteende", "A. K. har …", "Pat. 67 år, KOL", "Klient 45
/// år, …"): someone kept nameless, not anyone.
fn initials_or_role_aged(t: &[u8], s: usize, e: usize) -> bool {
    // (from a little before the sentence: the dots of "A.K." and "Pat." end a sentence for
    // the sentence reader)
    let sent = &t[s.saturating_sub(40)..e];
    // initials: "A.K." or "A. K.", then a birth year, an age or a verb of a person
    let initials = memchr::memchr_iter(b'.', sent).any(|p| {
        let first = p >= 1
            && sent[p - 1].is_ascii_uppercase()
            && (p == 1 || !sent[p - 2].is_ascii_alphanumeric());
        if !first {
            return false;
        }
        let q = p + 1 + usize::from(sent.get(p + 1) == Some(&b' '));
        sent.get(q).is_some_and(u8::is_ascii_uppercase)
            && sent.get(q + 1) == Some(&b'.')
            && [
                &b" (f. "[..],
                b" (f ",
                " (född ".as_bytes(),
                b" har ",
                " är ".as_bytes(),
                b" bor ",
                b", ",
            ]
            .iter()
            .any(|w| sent[q + 2..].starts_with(w))
    });
    if initials {
        return true;
    }
    // each short run of digits, and the word before it: a role numbered in place of a name
    // ("Elev 1 (åk 6): misstänkt ADHD", "Barn 2: …"), or a role and an age ("Pat. 67 år",
    // "Klient 45 år", "Brukaren, 84 år")
    const LABELS: &[&str] = &[
        "elev",
        "barn",
        "klient",
        "brukare",
        "patient",
        "sökande",
        "kandidat",
        "medarbetare",
        "person",
        "deltagare",
    ];
    const ROLES: &[&str] = &[
        "pat",
        "patient",
        "patienten",
        "klient",
        "klienten",
        "brukare",
        "brukaren",
        "boende",
    ];
    let is = |w: &[u8], list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()));
    let mut i = 0;
    while let Some(p) = sent[i..].iter().position(u8::is_ascii_digit) {
        let a = i + p;
        let mut b = a;
        while b < sent.len() && sent[b].is_ascii_digit() {
            b += 1;
        }
        i = b;
        if b - a > 3 || a < 2 || sent[a - 1] != b' ' {
            continue;
        }
        // the word before the number, past a space and a comma or a dot
        let mut j = a - 1;
        if matches!(sent[j - 1], b',' | b'.') {
            j -= 1;
        }
        let w_end = j;
        while j > 0 && super::tokens::is_letter_byte(sent[j - 1]) {
            j -= 1;
        }
        let w = &sent[j..w_end];
        if !(3..=11).contains(&w.len()) {
            continue;
        }
        let after = &sent[b..];
        // "Elev 1 (", "Barn 2: ", "Kandidat 3, "
        if w_end == a - 1
            && matches!(after.get(..2), Some(b": " | b", " | b" (" | b"):"))
            && is(w, LABELS)
        {
            return true;
        }
        // "Pat. 67 år", "Klient 45 år", "Brukaren, 84 år"
        if after.starts_with(" år".as_bytes()) && is(w, ROLES) {
            return true;
        }
    }
    false
}

/// Whether a line (after a bullet or a short label) describes one person by sex and age
/// ("- man, 52 år, utförsäkrad …", "Brukare: kvinna 79 år", "U1: kille 15 år, …").
fn described_line(l: &[u8]) -> bool {
    let l = l.trim_ascii_start();
    let l = l
        .strip_prefix(b"- ")
        .or_else(|| l.strip_prefix(b"* "))
        .unwrap_or(l);
    // an entry with the person's age as one of its fields, after a field that points at
    // them (a case number, an address, a flat): "BAB-2026-0211, Tallvägen 4, 84 år, rullstol
    // efter stroke" (not "ett 3-årigt avtal", "Avtal: leasing, 3 år, …")
    let mut pointed = false;
    for f in l.split(|&b| matches!(b, b',' | b';' | b'|' | b'\t')) {
        let f = f.trim_ascii();
        let d = f.iter().take_while(|b| b.is_ascii_digit()).count();
        if pointed && (1..=3).contains(&d) && f[d..] == *" år".as_bytes() {
            return true;
        }
        pointed |= f.iter().any(u8::is_ascii_digit) && f.iter().any(u8::is_ascii_alphabetic);
    }
    let head = &l[..l.len().min(30)];
    let l = match memchr::memchr(b':', head) {
        Some(c) => &l[c + 1..],
        None => l,
    };
    // a case number set off by a dash: "SN 2026-1412 – kvinna 84 år, hjärtsvikt" (also after
    // a label: "Summera: Ärende 2025-0412 – man 45 år, alkoholberoende")
    // (a dash's lead byte or a hyphen first: most lines hold neither)
    let head = &l[..l.len().min(40)];
    let dash = memchr::memchr2(0xE2, b'-', head).and_then(|_| {
        memchr::memmem::find(head, " \u{2013} ".as_bytes())
            .map(|d| (d, " \u{2013} ".len()))
            .or_else(|| memchr::memmem::find(head, b" - ").map(|d| (d, 3)))
    });
    let l = match dash {
        Some((d, n)) if head[..d].iter().any(u8::is_ascii_digit) => &l[d + n..],
        _ => l,
    };
    let v = l.trim_ascii_start();
    // a household: "Hushåll: ensamstående förälder, två barn (4 och 9 år)"
    let household = [&b"ensamst\xc3\xa5ende "[..], b"sammanboende ", b"gift par"]
        .iter()
        .any(|h| v.starts_with(h))
        && super::tokens::has(&v[..v.len().min(60)], b" barn");
    // sex first, then an age: "man, 52 år" (not "man kan …", "1918 års lag")
    household
        || described_sex(v) && {
            let v = &v[..v.len().min(24)];
            (0..v.len()).any(|i| {
                v[i].is_ascii_digit()
                    && v[i + 1..].starts_with(" år".as_bytes())
                    && v.get(i + 1 + " år".len())
                        .is_none_or(|b| !b.is_ascii_alphabetic())
            })
        }
}

/// Whether a line of the text describes one person by sex and age ([`described_line`]).
fn describes_someone(t: &[u8]) -> bool {
    // (a writer who says the cases are de-identified hands over no one)
    let deidentified = [&b"tagit bort namn"[..], b"avidentifier", b"anonymiser"]
        .iter()
        .any(|w| memchr::memmem::find(t, w).is_some());
    !deidentified && t.split(|&b| b == b'\n').any(described_line)
}

/// Whether a subject label's value describes one person by sex or age instead of a name
/// ("Brukare: man, 84 år, bor ensam", "Elev: flicka åk 5", "Klient: K 45 år").
fn described(value: &[u8]) -> bool {
    let v = value.trim_ascii_start();
    let v = &v[..v.len().min(40)];
    // "84 år", "16-årig"
    let aged = (0..v.len()).any(|i| {
        v[i].is_ascii_digit()
            && (v[i + 1..].starts_with(" år".as_bytes())
                || v[i + 1..].starts_with("-årig".as_bytes()))
    });
    described_sex(v) || aged
}

/// Whether a value opens with a person's sex ("man", "kvinna", "pojke", "K ", …).
fn described_sex(v: &[u8]) -> bool {
    [
        &b"man"[..],
        b"kvinna",
        b"pojke",
        b"flicka",
        b"kille",
        b"tjej",
        b"K ",
        b"M ",
    ]
    .iter()
    .any(|w| {
        v.len() >= w.len()
            && v[..w.len()].eq_ignore_ascii_case(w)
            && v.get(w.len()).is_none_or(|&b| !b.is_ascii_alphabetic())
    })
}

/// Whether the text dates itself before 1920 and never later ("år 1843 dömdes han
/// vid tinget för tjuvnad", "utvandrade till Minnesota 1869"): local history about people
/// long dead, whom data protection does not cover. The year must follow a word that dates
/// ("år", "i", "född" …), so that a door code or an amount is no year.
fn historical(t: &[u8]) -> bool {
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

/// Job titles of care staff, as written next to their holder's name.
const TITLES: &[&str] = &[
    "kurator",
    "skolkurator",
    "skolsköterska",
    "skolläkare",
    "sjuksköterska",
    "distriktssköterska",
    "psykolog",
    "skolpsykolog",
    "läkare",
    "specialistläkare",
    "överläkare",
    "fysioterapeut",
    "arbetsterapeut",
    "logoped",
    "socialsekreterare",
    "familjebehandlare",
    "biståndshandläggare",
    "lss-handläggare",
    "god man",
    "boendestödjare",
    "personlig assistent",
];

/// Whether `s..e` is a job title (indefinite: "Kurator", "skolsköterska") next to a name on
/// the same line ("Kurator: Anna Berg", "Anna Berg, skolsköterska"): the holder's job, not
/// a patient's contact with care.
fn titled(t: &[u8], s: usize, e: usize, persons: &[(usize, usize)]) -> bool {
    let w = &t[s..e];
    // the definite form right before the holder's name: "Skolsköterskan Lena Orrgård och jag"
    let definite = |x: &str| {
        let x = x.as_bytes();
        w.len() > x.len()
            && w[..x.len()].eq_ignore_ascii_case(x)
            && matches!(&w[x.len()..], b"n" | b"en")
            && persons.iter().any(|&(ps, _)| ps == e + 1)
    };
    if !TITLES
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x.as_bytes()) || definite(x))
    {
        return false;
    }
    // what someone has or has been given ("Bertil Nordin har god man sedan maj"), no title
    if super::tokens::prev_word(t, s).is_some_and(|(_, p)| {
        matches!(
            p,
            b"har" | b"hade" | b"fick" | b"f\xc3\xa5tt" | b"beh\xc3\xb6ver" | b"saknar" | b"en"
        )
    }) {
        return false;
    }
    // a title on a line of its own, the holder's name opening the next ("Skolsköterska\nMaja
    // Lindgren\n0523-…"): a contact list
    let own_line = (s == 0 || t[s - 1] == b'\n') && t.get(e) == Some(&b'\n');
    let i = persons.partition_point(|p| p.1 + 40 < s);
    persons[i..]
        .iter()
        .take_while(|p| p.0 <= e + 40)
        .any(|&(ps, pe)| {
            if own_line && ps == e + 1 {
                return true;
            }
            let (a, b) = if pe <= s { (pe, s) } else { (e, ps.max(e)) };
            !t[a..b].contains(&b'\n')
        })
}

/// Whether one of the two words before `i` is "din", "ditt" or "dina" ("ditt
/// alkoholberoende", "din långa sjukskrivning"): the addressee's own condition.
fn possessed(t: &[u8], i: usize) -> bool {
    words_before(t, 0, i).take(2).any(|w| {
        [&b"din"[..], b"ditt", b"dina"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// The offsets of "du", "dig", "din", "ditt" and "dina" as words, in order.
fn second_person(t: &[u8]) -> Vec<usize> {
    memchr::memchr2_iter(b'd', b'D', t)
        .filter(|&i| {
            matches!(t.get(i + 1), Some(b'u' | b'i'))
                && (i == 0 || !t[i - 1].is_ascii_alphanumeric() && t[i - 1] < 0x80)
                && {
                    let end = t[i..]
                        .iter()
                        .take(5)
                        .position(|c| !c.is_ascii_alphabetic())
                        .map_or((i + 5).min(t.len()), |n| i + n);
                    (end == t.len() || t[end] < 0x80)
                        && matches!(&t[i + 1..end], b"u" | b"ig" | b"in" | b"itt" | b"ina")
                }
        })
        .collect()
}

/// Whether "du" stands among the four words before `i`, not after a conditional ("om du",
/// "när du" speak of anyone): "att du har artros", "du har fått försörjningsstöd".
fn addressed(t: &[u8], i: usize) -> bool {
    let mut prev_was_du = false;
    for (n, w) in words_before(t, 0, i).take(5).enumerate() {
        if prev_was_du {
            return ![&b"om"[..], "när".as_bytes(), b"ifall", b"innan", b"if"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c));
        }
        if n < 4 && w.eq_ignore_ascii_case(b"du") {
            prev_was_du = true;
        }
    }
    prev_was_du
}

/// Whether the term at `i` stands on a short line of its own right under a line that opens
/// with a name: a title under a signature ("Annika Fröjd\ngod man/förvaltare").
fn title_under_name(t: &[u8], i: usize, everyone: &[(usize, usize)]) -> bool {
    let (ls, le) = super::tokens::line(t, i);
    le - ls <= 40
        && ls > 0
        && everyone.iter().any(|&(ps, pe)| {
            pe < ls
                && t[pe..ls].iter().all(|b| b.is_ascii_whitespace())
                && super::tokens::line(t, ps).0 == ps
        })
}

/// Whether the text opens by greeting someone it names ("Hej Gunnel!", "Till: 073-…\nHej
/// Lennart!"): a message to that person. Header lines ("Till:", "Från:", "Ämne:") may come
/// first.
fn greets_by_name(t: &[u8], persons: &[(usize, usize)]) -> bool {
    const HEADERS: &[&[u8]] = &[b"Till:", "Från:".as_bytes(), "Ämne:".as_bytes(), b"SMS"];
    let mut at = 0;
    for _ in 0..4 {
        let (ls, le) = super::tokens::line(t, at);
        let line = t[ls..le].trim_ascii();
        if line.is_empty() || HEADERS.iter().any(|h| line.starts_with(h)) {
            if le >= t.len() {
                return false;
            }
            at = le + 1;
            continue;
        }
        const GREETINGS: &[&str] = &["Hej ", "Hejsan ", "Hallå ", "Kära "];
        let greeting = GREETINGS.iter().find(|g| line.starts_with(g.as_bytes()));
        let Some(g) = greeting else {
            return false;
        };
        let name_at = ls + (t[ls..le].len() - t[ls..le].trim_ascii_start().len()) + g.len();
        return persons.iter().any(|&(ps, _)| ps == name_at);
    }
    false
}

/// Whether the care or social-services term at `s..e` names the sender of a message ("Vi i
/// hemtjänsten är försenade", "Hemtjänsten grupp Norr här", "/Hemtjänst Norr", "Mvh
/// Hemtjänsten Norr"): the service the greeted reader receives.
fn service_speaks(t: &[u8], s: usize, e: usize) -> bool {
    let before = &t[..s];
    let (ls, le) = super::tokens::line(t, s);
    // (its line before it: a signature's "/" or "Mvh")
    let head = t[ls..s].trim_ascii();
    ["Vi i ", "vi i ", "vi på ", "Vi på ", "vi från ", "Vi från "]
        .iter()
        .any(|w| before.ends_with(w.as_bytes()))
        || super::tokens::sentence_initial(t, s) && {
            // "Hemtjänsten grupp Norr här.": its line after it
            let rest = &t[e..le];
            memchr::memmem::find(rest, " här".as_bytes()).is_some_and(|i| i <= 20)
        }
        || matches!(head, b"/" | b"//")
        || [
            "Mvh",
            "MVH",
            "Hälsningar",
            "Vänliga hälsningar",
            "Med vänlig hälsning",
        ]
        .iter()
        .any(|w| head.ends_with(w.as_bytes()))
}

/// Who a text names and speaks to, as the language detector found it.
#[derive(Clone, Copy)]
pub(crate) struct People<'a> {
    /// Spans of identifiers and names that point at someone the text may be about, sorted by
    /// start (officials left out when the text names no one else).
    pub(crate) persons: &'a [(usize, usize)],
    /// The same with the officials (a union's representatives are its members).
    pub(crate) everyone: &'a [(usize, usize)],
    /// A name or a personnummer stands in the text.
    pub(crate) named: bool,
    /// Someone the text is about is named (not only officials).
    pub(crate) subject: bool,
    /// The text is about one person (see `subjects::About`).
    pub(crate) sole: bool,
    /// The text is written to someone it names (their personnummer or address).
    pub(crate) addressee: bool,
}

/// Reports content findings for the hits, given whom the text names ([`People`]).
pub(crate) fn detect(text: &str, hits: &[Hit], people: &People, findings: &mut Vec<Finding>) {
    let People {
        persons,
        everyone,
        named,
        subject,
        sole,
        addressee,
    } = *people;
    let t = text.as_bytes();
    named_minors(t, persons, findings);
    pupils_by_class(t, hits, findings);
    pupils_listed(t, everyone, findings);
    pay::figures(t, hits, persons, findings);
    partner_of_the_same_sex(t, everyone, findings);
    let any_person = !persons.is_empty();
    // "hen" in a text that names no one is a role's pronoun ("prata med eleven om hur hen
    // vill göra"), not someone's
    // (in a text written as guidance, with a general marker somewhere: "Hen sympatiserar med
    // Vänsterpartiet" alone is about someone)
    let guidance = !any_person && hits.iter().any(|h| h.kind == Kind::General);
    let generic_hen = |o: &Hit| {
        guidance
            && o.kind == Kind::Pronoun
            && matches!(&t[o.start..o.end], b"hen" | b"Hen" | b"hens" | b"Hens")
    };
    let anonymous = !any_person
        && !hits
            .iter()
            .any(|h| h.kind == Kind::Pronoun && !generic_hen(h));
    // no identifier, name, pronoun or personal reference anywhere: a text about a topic
    // (a general or normative marker, or no imperative: a request about unnamed cases is not)
    let no_one = !any_person
        && !hits
            .iter()
            .any(|h| matches!(h.kind, Kind::PersonRef | Kind::Pronoun))
        && (hits.iter().any(|h| h.kind == Kind::General)
            || !hits.iter().any(|h| {
                matches!(h.kind, Kind::UseVerb(_)) && super::tokens::sentence_initial(t, h.start)
            }));
    // no one named, and written as rules or information ("om du …", "får inte", "till
    // exempel") in several places: a guideline, a web page, a newsletter. What it says about
    // "barnet" or "medarbetaren" is about anyone: at most level 1.
    // So is a system prompt or a bot's configuration: what it says about "brukaren" or
    // "eleven" is about whoever will use the bot.
    let generic_doc = !subject && {
        let mut markers = hits
            .iter()
            .filter(|h| matches!(h.kind, Kind::General | Kind::Info));
        markers
            .next()
            .zip(markers.next_back())
            .is_some_and(|(a, b)| {
                let (_, e) = sentence(t, a.start, a.end, 300);
                b.start >= e
            })
            // (not one that hands the model a case: "Här är uppgifterna om sökanden:\n- man,
            // 52 år, …")
            || system_prompt(t) && !describes_someone(t)
    };
    let mut buf = String::new();
    // a text about a novel or a story (computed once, when a finding would count in full)
    let in_fiction = std::cell::OnceCell::new();
    // a short message signed with its writer's personnummer (computed once, likewise)
    let self_signed = std::cell::OnceCell::new();
    // where a record names the person it is about (computed once, when first needed)
    let record = std::cell::OnceCell::new();
    // a text about people long dead (computed once, likewise)
    let in_history = std::cell::OnceCell::new();
    // where the text speaks to the person it is written to
    let you = std::cell::OnceCell::new();
    // whether the text opens by greeting someone it names (computed once, when a care term
    // could name its sender)
    let greeted = std::cell::OnceCell::new();
    // whether the text is an employer's form or matter about an employee's other work
    let employee_form = std::cell::OnceCell::new();
    // whether the text holds a delimited table, or columns aligned with spaces (computed
    // once, when a term could head one)
    let tables = std::cell::OnceCell::new();
    let has_table = || *tables.get_or_init(|| memchr::memchr3(b'|', b';', b'\t', t).is_some());
    // the table reader, made when a term first stands in a text with a table
    let columns = std::cell::OnceCell::new();
    let aligned = std::cell::OnceCell::new();
    // whether a sentence speaks of someone kept nameless, read once per sentence (its terms
    // ask the same question)
    let nameless_memo = std::cell::Cell::new(None);
    let nameless = |s: usize, e: usize| match nameless_memo.get() {
        Some((span, v)) if span == (s, e) => v,
        _ => {
            let v = initials_or_role_aged(t, s, e);
            nameless_memo.set(Some(((s, e), v)));
            v
        }
    };
    // persons are sorted by start and do not nest much: find the first that may overlap
    let in_range = |persons: &[(usize, usize)], s: usize, e: usize| {
        let i = persons.partition_point(|p| p.0 < s.saturating_sub(200));
        persons[i..]
            .iter()
            .take_while(|p| p.0 < e)
            .any(|&(ps, pe)| ps < e && pe > s)
    };
    // street addresses: a term inside one is part of a place's name ("Sjukhusvägen 3",
    // "Kyrkogatan 12", "Polisvägen 4"); so are the letters of a licence plate ("ersättningsbuss
    // HBT 62K")
    let mut addresses: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| matches!(f.category, Category::Address | Category::LicensePlate))
        .map(|f| (f.start, f.end))
        .collect();
    addresses.sort_unstable();
    for (k, h) in hits.iter().enumerate() {
        let Kind::Content { cat, mut weak } = h.kind else {
            continue;
        };
        // (and a word inside a name is part of the name: "Marie Lönn", "Eva Fattig")
        if within(&addresses, h.start, h.end) || within(everyone, h.start, h.end) {
            continue;
        }
        // a template's field: "{{diagnoser}}", "[skyddad_identitet]", "<diagnos>"
        if placeholder(t, h.start, h.end) {
            continue;
        }
        if cat == Category::Child && !child_marker_ok(t, h.start, h.end) {
            continue;
        }
        if cat == Category::Religion && congregation_as_organisation(t, h.start, h.end, everyone) {
            continue;
        }
        if cat == Category::Health && figure_of_speech(t, h.start, h.end) {
            continue;
        }
        // "covidvaccination för boende startar 5 nov, Ulrika samordnar": offered to a group,
        // whoever else the sentence names; "Ekonomiskt bistånd, mottagning: 0418-55 20 00": a
        // unit to call
        // (no one named on the unit's own line: "Försörjningsstöd: Anna Ek, 070-…" is hers)
        // "ring henne ALLTID vid 6 § LVU": in case of such a matter, whoever is named
        if wording::for_a_group(t, h.start, h.end)
            || in_case_of_section(t, h.start)
            || cat == Category::Health && wording::vaccine_target(t, h.start, h.end)
            || wording::unit_contact(t, h.start, h.end) && {
                let le = memchr::memchr(b'\n', &t[h.end..]).map_or(t.len(), |p| h.end + p);
                !findings.iter().any(|f| {
                    f.category == Category::PersonName && f.start >= h.start && f.start < le
                })
            }
        {
            continue;
        }
        // "plats för 120 barn", "30 elever": a count, not a child
        if weak && cat == Category::Child && counted(t, h.start) {
            continue;
        }
        // "boka om tiderna med vårdnadshavarna", "Vi informerar vårdnadshavarna via
        // Skolplattformen": all guardians or pupils as a group, no child of them named in the
        // sentence
        if cat == Category::Child
            && ["vårdnadshavarna", "föräldrarna", "eleverna"]
                .iter()
                .any(|w| t[h.start..h.end].eq_ignore_ascii_case(w.as_bytes()))
            && {
                let (ss, se) = sentence(t, h.start, h.end, 300);
                !in_range(everyone, ss, se)
                    && !hits[hits.partition_point(|o| o.start < ss)..]
                        .iter()
                        .take_while(|o| o.start < se)
                        .any(|o| o.end <= se && matches!(o.kind, Kind::Pronoun | Kind::PersonRef))
            }
        {
            continue;
        }
        // "dottern ringde", "sonen har fullmakt" in elderly care: a grown-up relative
        if weak && cat == Category::Child && adult_kin(t, h.start, h.end) {
            continue;
        }
        // "två barn, 3 och 9 år", "fyra barn (14, 11, 6 och 2 år)": these children, the
        // term refers to them itself
        let aged = cat == Category::Child && ages_after(t, h.end);
        if aged {
            weak = false;
        }
        // "Du har beviljats hemtjänst", "beviljad boendestöd": a decision on someone's
        // matter, not an everyday word
        if weak
            && words_before(t, h.start.saturating_sub(24), h.start)
                .take(2)
                .any(|w| {
                    ["beviljats", "beviljas", "beviljad", "beviljade"]
                        .iter()
                        .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
                })
        {
            weak = false;
        }
        // "Annika Fröjd\ngod man/förvaltare", "jag är god man för tre personer", "som god man":
        // the writer's assignment, not a principal's guardianship
        if matches!(cat, Category::EconomicSituation | Category::SocialConditions)
            && ["god man", "gode man", "förvaltare"]
                .iter()
                .any(|w| starts_with_ci(&t[h.start..h.end], w.as_bytes()))
            // (unless the text names whose: "förordnad god man för Anders Malm")
            && !["man för ", "man åt ", "förvaltare för ", "huvudman"]
                .iter()
                .any(|w| memchr::memmem::find(t, w.as_bytes()).is_some())
            && (words_before(t, h.start.saturating_sub(16), h.start)
                .next()
                .is_some_and(|w| w == b"som" || w == "är".as_bytes() || w == b"Som")
                || title_under_name(t, h.start, everyone))
        {
            continue;
        }
        // "undrar hur man gör för att bli familjehem", "vill bli kontaktfamilj": an assignment
        // someone asks about, no one's placement
        if ["familjehem", "kontaktfamilj", "jourhem"]
            .iter()
            .any(|w| starts_with_ci(&t[h.start..h.end], w.as_bytes()))
            && words_before(t, h.start.saturating_sub(16), h.start)
                .next()
                .is_some_and(|w| w == b"bli" || w == b"blir" || w == b"Bli")
        {
            continue;
        }
        // "Sökande E: arbetsterapeut, biträdande enhetschef", "jobbar som fysioterapeut": a
        // profession, no one's care
        if cat == Category::Health && weak && t[h.start..h.end].ends_with(b"terapeut") && {
            let before = t[..h.start].trim_ascii_end();
            t.get(h.end) == Some(&b',') || before.ends_with(b":") || before.ends_with(b" som")
        } {
            continue;
        }
        // health words that are not about anyone's health: "hälsa på" (to visit), "OPC UA"
        // (a protocol), "diagnos 34/60" (a school's diagnostic test), "delegering insulin"
        // and "läkemedelshantering" (a carer's competence), `Avd="Vård"` (a value in code)
        if cat == Category::Health && {
            let w = &t[h.start..h.end];
            let before = t[..h.start].trim_ascii_end();
            let after = &t[h.end..(h.end + 4).min(t.len())];
            (w.eq_ignore_ascii_case(b"h\xc3\xa4lsa") && after.starts_with(b" p\xc3\xa5"))
                || (w == b"UA" && before.ends_with(b"OPC"))
                || (w.eq_ignore_ascii_case(b"diagnos")
                    && after.first() == Some(&b' ')
                    && after.get(1).is_some_and(u8::is_ascii_digit))
                || before.ends_with(b"delegering")
                || before.ends_with(b"delegering f\xc3\xb6r")
                || starts_with_ci(&t[h.start..], "läkemedelshanter".as_bytes())
                || before.ends_with(b"=\"")
        } {
            continue;
        }
        // "ekonomin rasar", "taket rasade": a collapse, no race
        if cat == Category::Ethnicity
            && starts_with_ci(&t[h.start..], b"ras")
            && [&b"ar"[..], b"at", b"ade"]
                .iter()
                .any(|x| t[h.start + 3..].starts_with(x))
        {
            continue;
        }
        // "misstänkt autism", "misstänkt adhd": a suspected diagnosis, no suspected crime
        if cat == Category::CriminalOffence
            && (t[h.start..].starts_with(b"misst") || t[h.start..].starts_with(b"Misst"))
            && hits[k + 1..]
                .iter()
                .take_while(|o| o.start <= h.end + 1)
                .any(|o| {
                    matches!(
                        o.kind,
                        Kind::Content {
                            cat: Category::Health,
                            ..
                        }
                    )
                })
        {
            continue;
        }
        // "olovligt byggande", "olovlig parkering": a matter for the building or parking
        // authority, no offence of a person
        if cat == Category::CriminalOffence
            && (t[h.start..].starts_with(b"olovlig") || t[h.start..].starts_with(b"Olovlig"))
        {
            let rest = &t[h.end..(h.end + 14).min(t.len())];
            if [
                &b" bygg"[..],
                b" parkering",
                b" uppst",
                b" upplag",
                b" avverkning",
                b" schakt",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
            {
                continue;
            }
        }
        if cat == Category::Health && not_health(t, h.start, h.end) {
            continue;
        }
        // a competence, a list of topics, a unit, a thing under suspicion, a language
        // skill: no one's condition (see `wording`)
        if match cat {
            Category::Health => wording::competence(t, h.start),
            Category::SocialConditions => {
                wording::competence(t, h.start)
                    || wording::unit_name(t, h.start, h.end)
                    || wording::guardian_role(t, h.start, h.end)
            }
            Category::EconomicSituation => {
                wording::department_after_name(t, h.start, h.end, everyone)
                    || wording::guardian_role(t, h.start, h.end)
            }
            Category::CriminalOffence => wording::suspected_thing(t, h.start, h.end),
            Category::Ethnicity => wording::language_skill(t, h.start, h.end),
            _ => false,
        } || wording::topic_list(t, h.start, h.end)
        {
            continue;
        }
        // "3-årigt fastprisavtal", "ett 2-årigt projekt": a term of years, not a child's age
        if cat == Category::Child && t[h.start].is_ascii_digit() {
            let next = t[h.end..]
                .split(|b| !(b.is_ascii_alphabetic() || *b >= 0x80))
                .find(|w| !w.is_empty())
                .unwrap_or(&[]);
            const TERMS: &[&str] = &[
                "avtal",
                "avtalet",
                "projekt",
                "projektet",
                "program",
                "programmet",
                "period",
                "perioden",
                "plan",
                "planen",
                "satsning",
                "satsningen",
                "garanti",
                "kontrakt",
                "kontraktet",
                "utbildning",
                "utbildningen",
                "budget",
                "bindning",
                "uppdrag",
                "uppdraget",
                "samarbete",
                "samarbetet",
            ];
            if TERMS.iter().any(|x| next.ends_with(x.as_bytes())) {
                continue;
            }
        }
        // "efter mörkrets inbrott": nightfall, not a burglary
        if cat == Category::CriminalOffence && t[..h.start].ends_with("mörkrets ".as_bytes()) {
            continue;
        }
        // (a party is no workplace for the writer herself: "jag sitter ju som ersättare för
        // Vänsterpartiet" is her seat and her opinion, which `public_role` weighs below)
        let own_party = cat == Category::PoliticalOpinion
            && text[text.floor_char_boundary(h.start.saturating_sub(80))..h.start].contains("jag ");
        // a care service's message to the person it greets by name ("Hej Gunnel! Vi i
        // hemtjänsten är försenade …", "… Mvh Hemtjänsten Norr"): that person receives the
        // service, whose name is no mere workplace here
        let served = matches!(cat, Category::SocialConditions | Category::Health)
            && *greeted.get_or_init(|| greets_by_name(t, persons))
            && service_speaks(t, h.start, h.end);
        if !own_party && !served && workplace(text, h.start, h.end, persons, &mut buf) {
            continue;
        }
        // a cell under a "Roll", "Befattning", "Enhet", "Verksamhet" or "Delegering" column
        // ("Eva Strid | Kundreskontra/inkasso | 0431-…", an attest list aligned with spaces:
        // "5210     Ekonomiskt bistånd     Josefin Alderin"): the person's work, not their
        // condition
        // (a cell of a table aligned with spaces: two spaces shortly before the term, on its
        // line)
        if (has_table() || {
            let before = &t[h.start.saturating_sub(40)..h.start];
            let from = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
            before[from..].windows(2).any(|w| w == b"  ")
        }) && {
            let columns = columns.get_or_init(crate::identifiers::columns::Columns::default);
            columns.header(t, h.start).is_some_and(|(hs, he)| {
                let head = t[hs..he].trim_ascii();
                [
                    &b"roll"[..],
                    b"befattning",
                    b"titel",
                    b"funktion",
                    b"ansvar",
                    b"arbetsomr",
                    b"yrke",
                    b"enhet",
                    b"avdelning",
                    b"verksamhet",
                    b"kostnadsst",
                    // (a carer's delegated tasks: "Namn | Delegering" over "Maria Svärd |
                    // Läkemedel per os, insulin penna")
                    b"delegering",
                ]
                .iter()
                .any(|w| starts_with_ci(head, w))
            })
        } {
            continue;
        }
        let (s, e) = statement(t, h.start, h.end, 300);
        // a form field ("Nuv. månadslön: 41 300 kr"): its line is its sentence, whatever the
        // next line says ("Jmf SKR-statistik …")
        let (s, e) = if field_label(t, h.end) {
            (
                memchr::memrchr(b'\n', &t[s..h.start]).map_or(s, |p| s + p + 1),
                memchr::memchr(b'\n', &t[h.end..e]).map_or(e, |p| h.end + p),
            )
        } else {
            (s, e)
        };
        // hits are sorted by start: look at the neighbours only
        // the kinds (GENERAL_BIT, PERSON_REF, PRONOUN bits) of the other hits within `from..to`
        let near = |from: usize, to: usize| {
            hits[..k]
                .iter()
                .rev()
                .take_while(|o| o.end > from)
                .chain(hits[k + 1..].iter().take_while(|o| o.start < to))
                .filter(|o| o.start >= from && o.end <= to && o.start != h.start)
                .filter(|o| !generic_hen(o))
                .fold(0u8, |m, o| m | kind_bit(o.kind))
        };
        // "vi ska åka till Thailand och hälsa på hennes morfar": the verb "visit"
        if cat == Category::Health
            && t[h.start..h.end].eq_ignore_ascii_case("hälsa".as_bytes())
            && t[h.end..].starts_with(" på ".as_bytes())
            && super::tokens::prev_word(t, h.start).is_some_and(|(_, w)| {
                [
                    "att", "och", "ska", "vill", "skulle", "kan", "får", "for", "för",
                ]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
            })
        {
            continue;
        }
        // "skyddsombuden", "fackombudens": representatives as a group, nobody's membership
        if cat == Category::UnionMembership
            && (t[..h.end].ends_with(b"ombuden") || t[..h.end].ends_with(b"ombudens"))
        {
            continue;
        }
        // "Arbetstagarparten: Vision, Kommunal (företrädda av respektive sektion)": the
        // unions as the parties of a negotiation, nobody's membership (a representative
        // named on the line is still a member: "Arbetstagarorganisationer: Vision, genom
        // Helena Kraft")
        if cat == Category::UnionMembership && union_as_party(t, h.start, everyone) {
            continue;
        }
        // union names ("Kommunal", "Vision") count only with membership words nearby
        if cat == Category::UnionMembership && weak {
            let sent = &text[s..e];
            let member_words = [
                // ("medlemsmöte", "medlemsträff": a union's meeting, no one's membership)
                "medlem ",
                "medlem,",
                "medlem.",
                "medlemmar",
                "medlemskap",
                "medlemsavgift",
                "ansluten",
                "organiserad",
                "med i ",
                "facklig",
                "ombud",
                "Förbund:",
                "fackförbund",
                "facket",
                "företrädde",
                "företrädd",
                "företräder",
                "HSO",
                "förtroendevald",
                // leaving says one was a member ("Jag har gått ur Kommunal"), and dues
                // say one is ("Fackavgift Kommunal -452,00")
                // a seat in the union's local board: "jag är på Visions klubbstyrelse"
                "klubbstyrelse",
                "sektionsstyrelse",
                "gått ur",
                "gick ur",
                "gå ur",
                "utträd",
                "avgift",
            ]
            .iter()
            // not the term itself ("förhandlingen med facket")
            .any(|w| {
                sent.match_indices(w)
                    .any(|(i, _)| s + i < h.start || s + i >= h.end)
            });
            // "Jonas Pettersson från Kommunal sitter med": a named person for the union
            let from_person = t[..h.start]
                .strip_suffix(b" fr\xc3\xa5n ")
                .is_some_and(|b| persons.iter().any(|&(_, pe)| pe == b.len()));
            // a table's row under a union column or a dues heading ("Anst.nr | Namn |
            // Förbund | Belopp" over "30112 | Annelie Grahn | Kommunal | 412 kr")
            let union_column = in_table_row(t, h.start) && {
                let above = &t[h.start.saturating_sub(800)..h.start];
                [
                    "Förbund",
                    "förbund",
                    "Fackavgift",
                    "fackavgift",
                    "Fackförbund",
                ]
                .iter()
                .any(|w| memchr::memmem::find(above, w.as_bytes()).is_some())
            };
            // "För Kommunal: Emir Hadžić" in minutes: who spoke for the union
            let spoke_for = t[..h.start].ends_with("För ".as_bytes())
                && t[h.end..].starts_with(b":")
                && in_range(everyone, h.end, (h.end + 60).min(t.len()));
            // "Kommunal sektion Älvbacka – Klubbnytt\nVälkomna nya medlemmar!" over a list of
            // names: the union heads a text to its members
            if !(member_words
                || from_person
                || union_column
                || spoke_for
                || members_listed(t, h.start, persons))
            {
                continue;
            }
            weak = false;
        }
        // the kinds of the neighbours in the sentence, one scan
        let kinds_here = near(s, e);
        // "etnisk tillhörighet 17, religion 6": a tally of cases, not a person's
        // "jag är nyopererad i ryggen och får inte lyfta": the writer's own health, whatever
        // rule the sentence then states
        let own_state = first_person_state(t, s, h.start);
        let own = own_state || first_person_asks(t, s, h.start);
        // "Eleven har skyddad identitet och får inte fotograferas": the rule is that pupil's
        let ruled = || stated_then_ruled(t, hits, k, s, e);
        let general = (kinds_here & GENERAL_BIT != 0 && !own && !ruled())
            || heading_or_option(t, h.start)
            // a rule about a role in a text that names no one and says no "han"/"hon" ("Om
            // sjukfrånvaron överstiger 14 dagar ska chefen kalla medarbetaren …")
            || (anonymous
                && (modal(&text[s..e]) && !ruled()
                    || in_case_of(t, h.start, h.end)
                    || of_a_group(t, s, h.start)))
            // (a pay figure after a pay word is the pay: "Timlön: 163 kr"; a test result after
            // a genetic term is the result: "sannolikheten för faderskap 99,99 %")
            || (!matches!(cat, Category::Salary | Category::Genetic) && tallied(t, h.end))
            || aggregated(t, h.end)
            || table_row_figures(t, h.start, h.end)
            || wording::absence_rate(t, h.start, h.end)
            // a column's or a field's name in a text that names no one ("med kolumnerna:
            // försörjningsstöd ja/nej, …, missbruk i familjen")
            || persons.is_empty() && wording::field_list(t, h.start, h.end)
            || wording::share_before(t, h.start)
            // "Har ditt barn allergier …?" in a letter to all guardians: a question to any
            // reader, no one's condition
            || persons.is_empty() && wording::question_to_reader(t, s, e)
            // "Kontrollera i Navet om personen har skyddade personuppgifter": a routine's case
            || cat == Category::ProtectedIdentity && protection_conditional(t, s, e, h.start);
        // a column header ("| Namn | Personnr | Timlön |"): the rows below are about the
        // persons they name
        // a union's representatives are its members, whatever their role in the text: an
        // official named in the union term's own statement counts ("Kenneth Sjöberg,
        // Kommunal, facklig företrädare")
        // (so is the party that nominated an election worker: "Maja Kvist … nominerad av (V)")
        let union_rep = (cat == Category::UnionMembership
            || cat == Category::PoliticalOpinion && t[h.start..].starts_with(b"nominerad"))
            && in_range(everyone, s, e);
        let strong_here = union_rep
            || (in_range(persons, s, e) && !spoken_by(t, s, e, persons))
            || !persons.is_empty()
                && (has_table()
                    || *aligned.get_or_init(|| memchr::memmem::find(t, b"  ").is_some()))
                && crate::identifiers::columns::rows_below(t, h.start)
                    .or_else(|| crate::identifiers::columns::rows_under_label(t, h.start))
                    .is_some_and(|(rs, re)| in_range(persons, rs, re))
            // a column header over rows of people given by initials or case numbers ("| Elev |
            // … | Hushållet har försörjningsstöd |" over "| E.K. | 8B | … | ja |")
            || has_table()
                && crate::identifiers::columns::rows_of_people(t, h.start)
            // "räkna ut ny månadslön … för alla nedan" over a list of names: about them
            || kinds_here & BELOW_BIT != 0 && in_range(persons, e, (e + 1500).min(t.len()))
            // "… IUP-omdömet, riktat till eleven. Åk 3.\n\nLiv Sandström: läser flytande …
            // \nMilo Andersson: …": the people listed right after, one a line, are the pupils
            // "eleven" stands for (only a child's role word: the job in "enhetschef för
            // gruppbostad" over a list of applicants is no one's)
            || weak && cat == Category::Child && people_listed_after(t, e, persons)
            // "Kristdemokraterna i Alingsås\nUtskick till medlemmar …" over a list of names
            // and addresses: each of them a member
            || matches!(
                cat,
                Category::PoliticalOpinion | Category::UnionMembership | Category::Religion
            ) && members_listed(t, h.start, persons)
            // a family's own word: "Vi har sekretessmarkering sedan vi flyttade hit"
            || cat == Category::ProtectedIdentity && we_have(t, h.start);
        let ref_here = if weak {
            strong_here
                || served
                || kinds_here & PERSON_REF != 0
                || aged_person(t, s, e)
                // (not for a child's own term: "Elev 01: 3a) 42" grades a pupil kept nameless)
                || cat != Category::Child && nameless(s, e)
                || person_entry(t, h.start)
                || subject_before(t, hits, k, !guidance)
                // the writer of herself: "jag orkar inte mer", "jag har inte sovit på tre nätter"
                || own_state
                // a record about one person ("Brukare: man, 84 år, bor ensam …"): its
                // everyday words below the label are about them (a named record's weak
                // words count by the rules above)
                || persons.is_empty()
                    && record
                    .get_or_init(|| record_subject(t, persons))
                    .is_some_and(|r| r > h.start && r < h.start + 400 || r <= h.start && h.start - r < 600)
        } else {
            strong_here
                || aged
                // a writer who signs with a name speaks of herself
                || (own && named)
                || kinds_here & (PERSON_REF | PRONOUN) != 0
                || aged_person(t, s, e)
                // (not for a child's own term: "Elev 01: 3a) 42" grades a pupil kept nameless)
                || cat != Category::Child && nameless(s, e)
                || person_entry(t, h.start)
                // in a text that names someone, "ditt …" is that person's; in one written to
                // someone (their personnummer or address), "du har …" says it of them
                || (named && possessed(t, h.start))
                || (addressee && addressed(t, h.start))
        };
        let p = paragraph_start(t, s, 400).min(s.saturating_sub(300));
        // a next sentence that opens with a pronoun or a reference goes on about the person
        // ("… min son går i 3b. han har adhd"), within the paragraph
        let after = paragraph_end(t, e, 150);
        let next_opens = || {
            // the very next sentence, not one after a sentence in between ("… vattkoppor.
            // Vi vill påminna om våra regler:\n- Barnet ska vara hemma …")
            let mut n = e;
            while n < after && !t[n].is_ascii_alphanumeric() && t[n] < 0x80 {
                n += 1;
            }
            let next_end = if n < after {
                sentence(t, n, n, 150).1.min(after)
            } else {
                after
            };
            hits[k + 1..]
                .iter()
                .skip_while(|o| o.start < e)
                .take_while(|o| o.start < next_end)
                .any(|o| {
                    matches!(o.kind, Kind::PersonRef | Kind::Pronoun)
                        && super::tokens::sentence_initial(t, o.start)
                })
        };
        let ref_near = in_range(persons, p, e)
            || near(p, e) & (PERSON_REF | PRONOUN) != 0
            || next_opens()
            // a paragraph that speaks to the person the text is written to ("Du har brutit
            // mot sekretessen … gjort en polisanmälan om misstänkt dataintrång")
            || addressee && !weak && {
                let you = you.get_or_init(|| second_person(t));
                let i = you.partition_point(|&y| y < p);
                you.get(i).is_some_and(|&y| y < e)
            }
            || !weak && (
                // an e-mail's subject ("Ämne: Orosanmälan – vill vara anonym") is what the
                // message below it is about
                subject_line(t, h.start).is_some_and(|le| in_range(persons, le, (le + 1500).min(t.len())))
                // a short message signed with a name and a personnummer ("… recepten på
                // Levaxin … /Maja Fransson 910927-6320"): the writer's own matter
                || *self_signed.get_or_init(|| signed_with_pnr(t, persons))
                // a record about one person ("Brukare/patient: Sture Magnusson,
                // 450123-1106"): what it says further down is about them, and so is its
                // title above the label ("Journalanteckning – Ekonomiskt bistånd\nKlient: …")
                || record
                    .get_or_init(|| record_subject(t, persons))
                    .is_some_and(|r| r < h.start || h.start < 160));
        let full = cat.base_level();
        // (a family's living arrangements stay at the category's level)
        let family = cat == Category::SocialConditions && {
            let w = &text[h.start..h.end];
            FAMILY_SITUATIONS.iter().any(|f| w.eq_ignore_ascii_case(f))
        };
        let case_level = |cat, weak, identified: bool| case_level(cat, weak, identified && !family);
        let (level, score) = if general && !strong_here {
            if weak {
                continue;
            }
            (Level::L0, 0.2)
        } else if ref_here {
            // "hon" in a text that named someone before: that person, identified
            let named_before = persons.first().is_some_and(|&(ps, _)| ps < s);
            (
                case_level(cat, weak, named_before || in_range(persons, p, e + 300)),
                0.9,
            )
        } else if ref_near && !weak {
            (case_level(cat, weak, in_range(persons, p, e + 300)), 0.75)
        } else if weak {
            continue;
        } else if any_person && sole && !generic_doc {
            // a text about one person it names (a case record, a letter about one matter):
            // what it says is about them
            (case_level(cat, weak, true), 0.6)
        } else if any_person {
            (Level::L1.min(full), 0.55)
        } else if no_one || generic_doc && !any_person {
            // information about a topic (a web page, a guideline, statistics): open; so is
            // a term with no one near in a text written as rules ("Rutin för
            // arbetslivsinriktad rehabilitering" over "om medarbetaren är sjukskriven …")
            (Level::L0, 0.3)
        } else {
            (Level::L1.min(full), 0.4)
        };
        // a party named in the work of elected bodies ("Vänsterpartiets ledamöter reserverar
        // sig", "yrkande från Moderaterna"): a public role, not a private opinion
        let level = if cat == Category::PoliticalOpinion
            && t[h.start].is_ascii_uppercase()
            && public_role(&text[s..e], &mut buf)
            // (an employee's seat, told in an employer's form: "ANMÄLAN OM BISYSSLA …
            // Ledamot i kommunfullmäktige för Centerpartiet" is that employee's opinion)
            && !*employee_form.get_or_init(|| employee_form_text(t))
        {
            level.min(Level::L1)
        } else {
            level
        };
        // "Jag har skyddade personuppgifter", "Den nya eleven … har skyddad identitet": a
        // statement about someone, also in a text that goes on with rules for handling it
        // (not "om en elev har …", "den som har …")
        let protected_statement =
            cat == Category::ProtectedIdentity && ref_here && protected_stated(t, s, e, h.start);
        let mut f = Finding::new(cat, h.start, h.end, score);
        // (a union's representative named with the role is its member in any text)
        f.level = if generic_doc && !union_rep && !protected_statement
            || (level > Level::L1
                && (*in_fiction.get_or_init(|| fiction(t, hits))
                    || *in_history.get_or_init(|| historical(t))))
        {
            level.min(Level::L1)
        } else {
            level
        };
        findings.push(f);
    }
}

/// Whether a religion term names an organisation or its building, not anyone's faith: the
/// body a named person represents ("Gun Persson (Svenska kyrkan), Jonas Eriksson
/// (Arbetsförmedlingen)") or a parish hall as a venue ("Vallokal Församlingshemmet").
/// Whether the union term at `i` stands on a line that lists the employees' side of a
/// negotiation ("Arbetstagarparten:", "Arbetstagarorganisationer:", "Fackliga parter:") and
/// names no one.
fn union_as_party(t: &[u8], i: usize, everyone: &[(usize, usize)]) -> bool {
    let (ls, le) = super::tokens::line(t, i);
    let line = t[ls..le].trim_ascii_start();
    [
        &b"arbetstagarpart"[..],
        b"arbetstagarorganisation",
        b"arbetstagarsidan",
        b"fackliga parter",
        b"fackliga organisationer",
    ]
    .iter()
    .any(|w| super::tokens::starts_with_ci(line, w))
        && memchr::memchr(b':', &line[..line.len().min(48)])
            .is_some_and(|c| le - line.len() + c < i)
        && !everyone.iter().any(|&(ps, pe)| ps < le && pe > ls)
}

fn congregation_as_organisation(t: &[u8], s: usize, e: usize, everyone: &[(usize, usize)]) -> bool {
    let venue = starts_with_ci(&t[s..], "församlingshem".as_bytes())
        || starts_with_ci(&t[s..], "församlingsgård".as_bytes())
        || starts_with_ci(&t[s..], "församlingssal".as_bytes());
    let represents = t[e..].starts_with(b")")
        && t[..s]
            .strip_suffix(b"(")
            .map(|b| b.trim_ascii_end().len())
            .is_some_and(|end| everyone.iter().any(|&(_, pe)| pe == end));
    venue || represents
}

/// Whether `s..e` lies inside one of `spans` (sorted by start, not nested).
fn within(spans: &[(usize, usize)], s: usize, e: usize) -> bool {
    let i = spans.partition_point(|p| p.1 <= s);
    spans.get(i).is_some_and(|&(a, b)| a <= s && e <= b)
}

/// Whether "vi har" (or "familjen har") stands right before `at`, after a sentence start: a
/// family stating its own protected identity ("Vi har skyddade personuppgifter").
fn we_have(t: &[u8], at: usize) -> bool {
    let before = &t[..at];
    [
        &b"vi har "[..],
        b"Vi har ",
        b"familjen har ",
        b"Familjen har ",
    ]
    .iter()
    .find(|w| before.ends_with(w))
    .is_some_and(|w| {
        let head = before[..before.len() - w.len()].trim_ascii_end();
        head.is_empty() || matches!(head[head.len() - 1], b'.' | b'!' | b'?' | b'\n' | b',')
    })
}

/// Whether the protected-identity term at `at` is stated of someone in its sentence
/// (`s..e`): right after "har", with no condition or relative clause among the four words
/// before ("om personen har", "där den enskilde har", "när eleven har"), not after "en/ett/
/// alla/den/de … som har" (anyone who has it), and not in a question or a FAQ's question ("Jag
/// har skyddade personuppgifter. Hur söker jag?").
fn protected_stated(t: &[u8], s: usize, e: usize, at: usize) -> bool {
    protection_said(t, s, e, at).is_some_and(|p| p.stated)
}

/// Whether "… har <protection>" is said as a condition: "Kontrollera i Navet om personen har
/// skyddade personuppgifter", "när eleven har skyddad identitet" (a routine's case, no one's).
fn protection_conditional(t: &[u8], s: usize, e: usize, at: usize) -> bool {
    protection_said(t, s, e, at).is_some_and(|p| p.if_clause)
}

/// How "… har <protection>" is said (`None` from [`protection_said`]: no "har" before it).
struct ProtectionSaid {
    /// Stated of someone: no condition, not anyone's, no question.
    stated: bool,
    /// "om", "när" or "ifall" among the four words before "har".
    if_clause: bool,
}

/// How the protection term at `at` (in the sentence `s..e`) is said after "har".
fn protection_said(t: &[u8], s: usize, e: usize, at: usize) -> Option<ProtectionSaid> {
    let before = t[s..at].trim_ascii_end();
    let head = before
        .strip_suffix(b" har")
        .or_else(|| before.strip_suffix(b" Har"))?;
    let words: Vec<&[u8]> = head
        .rsplit(|&c| c == b' ' || c == b'\n' || c == b':' || c == b',')
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let is = |w: &[u8], xs: &[&[u8]]| xs.iter().any(|x| w.eq_ignore_ascii_case(x));
    let condition = words.iter().any(|w| {
        is(
            w,
            &[
                b"om",
                "när".as_bytes(),
                b"ifall",
                "där".as_bytes(),
                "då".as_bytes(),
                b"vid",
            ],
        )
    });
    let anyone = words.first().is_some_and(|w| is(w, &[b"som"]))
        && words[1..]
            .iter()
            .any(|w| is(w, &[b"en", b"ett", b"alla", b"den", b"de", b"dem"]));
    // the sentence, or the next one, asks
    let next = (e..(e + 120).min(t.len())).find(|&i| matches!(t[i], b'.' | b'!' | b'?' | b'\n'));
    let question = t[s..e].contains(&b'?') || next.is_some_and(|i| t[i] == b'?');
    let if_clause = words
        .iter()
        .any(|w| is(w, &[b"om", "när".as_bytes(), b"ifall"]));
    Some(ProtectionSaid {
        stated: !condition && !anyone && !question,
        if_clause,
    })
}

#[cfg(test)]
mod tests {
    use crate::language::LanguageDetector;
    use crate::{Category, Finding, Level};

    #[test]
    fn a_group_is_a_group_word_and_its_med_or_som() {
        let group = |t: &str| {
            let at = t.find("TERM").unwrap();
            super::of_a_group(t.as_bytes(), 0, at)
        };
        for t in [
            "idéer för boende med TERM",
            "för äldre som har TERM",
            "alla som har TERM",
            "för de som har TERM",
            "människor med TERM",
            "för personer medan de har TERM",
        ] {
            assert!(group(t), "{t}");
        }
        for t in [
            // not a group word at its start, or not a pair the list holds
            "nypersoner med TERM",
            "förvuxna med TERM",
            "människor som har TERM",
            "de med TERM",
            "Eleven med TERM",
            // more than 60 bytes before the term
            "boende med en lång rad andra saker att tänka på i vardagen och sedan TERM",
        ] {
            assert!(!group(t), "{t}");
        }
    }

    /// The content findings of `text`, after the identifiers (which say who is named and
    /// which numbers are contact details), as the engine finds them.
    fn content(text: &str) -> Vec<(Category, Level, String)> {
        let d = LanguageDetector::new();
        let mut f: Vec<Finding> = crate::Engine::shared().identifiers(text);
        let mut u = Vec::new();
        d.detect(text, &mut f, &mut u);
        f.into_iter()
            .filter(|f| f.category.kind() != crate::CategoryKind::Identifier)
            .map(|x| (x.category, x.level, text[x.start..x.end].to_string()))
            .collect()
    }

    fn max_level(text: &str, c: Category) -> Option<Level> {
        content(text)
            .into_iter()
            .filter(|x| x.0 == c)
            .map(|x| x.1)
            .max()
    }

    /// The highest level of the health findings of the whole engine (addresses are found
    /// after the identifiers, so [`content`] does not see them).
    fn health(text: &str) -> Option<Level> {
        crate::Engine::shared()
            .analyze(text)
            .findings
            .iter()
            .filter(|f| f.category == Category::Health)
            .map(|f| f.level)
            .max()
    }

    /// A relapse in everyday words about a parent; an entry that gives a person's age as
    /// one of its fields is about that person.
    #[test]
    fn relapse_and_aged_entries() {
        assert_eq!(
            health("Deras mamma har börjat dricka igen, barnen säger att hon sover på soffan."),
            Some(Level::L3)
        );
        assert_eq!(
            health("Prioritera bland ärendena:\nBAB-2026-0211, Tallvägen 4, 84 år, rullstol efter stroke"),
            Some(Level::L3)
        );
        // a term of years is no one's age
        assert_ne!(
            health("Avtal: leasing, 3 år, gäller rullstolar till hemtjänsten"),
            Some(Level::L3)
        );
    }

    /// An application for housing adaptation shows the applicant's disability; a contact
    /// line for the topic names the official who handles it.
    #[test]
    fn housing_adaptation_applicant_and_contact() {
        assert_eq!(
            health(
                "SBN 2026-000233 Ansökan om bostadsanpassning, duschplats och ramp vid entré – \
                 Gösta Lundmark, Ängsvägen 15"
            ),
            Some(Level::L3)
        );
        assert_ne!(
            health(
                "Jag är föräldraledig och läser inte e-post.\n\nFrågor om bostadsanpassning: \
                 kontakta min kollega Sara Nordin, 031-390 06 61."
            ),
            Some(Level::L3)
        );
    }

    /// Health in plain words about a named person (a back that stops evening shifts, not
    /// eating, an infection before); the same words as advice to anyone stay low.
    #[test]
    fn conditions_in_plain_words() {
        for t in [
            "Önskemål semester:\nKarin Ödman – v. 27–30, kan inte ta kvällspass pga ryggen",
            "Brukaren Stina Berg har slutat äta och har gått ner i vikt sedan i våras.",
            "Sixten Holm har haft UVI förut, det kan vara det igen.",
            "Hon har haft mer ont igen och har missat morgonmedicinen två dagar.",
            "Många minns hur han var tillbaka två månader efter hjärtinfarkten 2019, med order att inte lyfta.",
            "Vincent ska operera bort mandlarna på fredag, skriver Johanna Björk.",
            "Mikael (lgh 3): Knogarna på höger hand svullna. Fick sin vid behovs-tablett 08.15 efter att vi pratat med sjuksköterskan.",
        ] {
            assert_eq!(max_level(t, Category::Health), Some(Level::L3), "{t}");
        }
        for t in [
            "Om du har ont i ryggen efter passet, kontakta företagshälsovården.",
            "Rollatorer ska förvaras i förrådet på plan 2.",
            "Vi har ont om tid före jul, skriver Maria Ek.",
        ] {
            assert!(
                max_level(t, Category::Health).is_none_or(|l| l <= Level::L1),
                "{t}: {:?}",
                content(t)
            );
        }
    }

    /// "hon" far below the person's name and personnummer is still that person: social-services
    /// case data about an identified person is level 3; shares and quarters are statistics.
    #[test]
    fn a_pronoun_refers_back_and_shares_are_statistics() {
        let note = format!(
            "Anteckning från nybesöket: Karin Dahlberg 910308-1106, tre barn, kom till kommunen i oktober.{}\n\n2. Avgör sedan om hon har rätt till försörjningsstöd i maj.",
            " Hyran är 9 950 kr och bostadsbidrag är sökt men inte beviljat.".repeat(6)
        );
        assert_eq!(
            max_level(&note, Category::SocialConditions),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Andelen hushåll med försörjningsstöd som har psykisk ohälsa som främsta hinder har ökat till 31 procent.",
                Category::Health
            )
            .unwrap_or(Level::L0),
            Level::L0
        );
    }

    /// Asserts that no text of `texts` gets `cat` above level 1.
    fn at_most_l1(cat: Category, texts: &[&str]) {
        for t in texts {
            assert!(
                max_level(t, cat).is_none_or(|l| l <= Level::L1),
                "{t}: {:?}",
                content(t)
            );
        }
    }

    /// A letter that greets a named colleague tells her story ("när du jobbade …"); a ward,
    /// a feast or a code on a lock are plain words for health, religion and infrastructure;
    /// slang and a near fall are not health.
    #[test]
    fn everyday_words_for_sensitive_facts() {
        let t = "Kära Leif!\n\nTack för alla år. Trots strålbehandlingen i våras, när du jobbade deltid, blev budgeten klar i tid.";
        assert_eq!(max_level(t, Category::Health), Some(Level::L3), "{t}");
        let t = "Vi samlar till blommor åt Berit Sand som ligger inne på onkologen igen.";
        assert_eq!(max_level(t, Category::Health), Some(Level::L3), "{t}");
        let t = "Kan vi ta mötet på fredag? Yusuf Demir firar Eid på torsdag och är ledig.";
        assert_eq!(max_level(t, Category::Religion), Some(Level::L3), "{t}");
        let t = "Avhysningen gäller lägenhet 1203. I hushållet bor tre barn, 4, 8 och 12 år.";
        assert!(max_level(t, Category::Child) >= Some(Level::L2), "{t}");
        let t =
            "Hej! Jag heter Dana Rüütel. Jag kan inte betala hela hyran i maj, bara halv lön kom.";
        assert!(
            max_level(t, Category::EconomicSituation) >= Some(Level::L2),
            "{t}"
        );
        let t =
            "Mirza Begić har fått avslag igen och riskerar att bli vräkt, vi har kontakt med soc.";
        assert!(
            max_level(t, Category::SocialConditions) >= Some(Level::L2),
            "{t}"
        );
        // a count of children with no ages is not about these children
        let t = "Förskolan har plats för tre barn till i höst.";
        assert!(
            max_level(t, Category::Child).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
        // a stamp opening its line, whatever follows; the law's protection stated in general
        let t =
            "SEKRETESS enligt 26 kap. 1 § OSL – underlag till samverkan, får ej spridas\n\nHej!";
        assert_eq!(
            max_level(t, Category::SecrecyMarking),
            Some(Level::L3),
            "{t}"
        );
        let t = "Skolsköterskans anteckningar omfattas av sekretess enligt 25 kap. 1 § OSL.";
        assert!(max_level(t, Category::SecrecyMarking).is_none(), "{t}");
        // a departure, a mailbox, a named preschool and a staff role are not children
        at_most_l1(
            Category::Child,
            &[
                "Tisdag: utbildning i Växjö (åker 7.10), onsdag kontorsdag. /Tove Lind",
                "Hälsningar Sara Nilsson, forskolan.ekorren@kommun.se",
                "Maria Sund går i pension efter 30 år på Trastens förskola.",
                "Frågor till skolskjutshandläggaren Per Ek, 0480-123 45.",
            ],
        );
        // where a new colleague worked before, a seat on a board, the writer's own unit
        at_most_l1(
            Category::SocialConditions,
            &[
                "Välkommen Hanna Berg! Hanna kommer närmast från socialtjänsten i Gävle.",
                "Lars Ahl har valts till ersättare i socialnämnden.",
                "Kan du göra ett helgschema för vår LSS-gruppbostad? Personal: Eva, Ali och Tor.",
            ],
        );
        // the writer's own child still is one
        let t = "Jag heter Nora Ek och vår son Vilgot, 4 år, har fått plats på förskolan.";
        assert!(max_level(t, Category::Child) >= Some(Level::L2), "{t}");
        let t = "Pumpstation Norr\n- Nyckelskåp vid porten: 4471\n- Larmpanel i hallen: 8820#";
        assert_eq!(
            max_level(t, Category::Infrastructure),
            Some(Level::L2),
            "{t}"
        );
        at_most_l1(
            Category::Health,
            &[
                "Det är helt sjukt att ingen svarar i telefon, skriver Maria Ek.",
                "Gatlampan är trasig och jag har nästan ramlat två gånger, skriver Jonas Berg.",
                "När du blir sjukskriven ska du anmäla det till din chef första dagen.",
            ],
        );
    }

    #[test]
    fn about_a_person_counts_in_full() {
        assert_eq!(
            max_level(
                "Sökande är sjukskriven för depression sedan mars.",
                Category::Health
            ),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Hon är medlem i Kommunal sedan 2019.",
                Category::UnionMembership
            ),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Klienten har skulder hos Kronofogden.",
                Category::EconomicSituation
            ),
            Some(Level::L2)
        );
        assert_eq!(
            max_level("Eleven har särskilt stöd i matematik.", Category::Child),
            Some(Level::L2)
        );
        assert_eq!(
            max_level(
                "Han dömdes för ringa stöld 2021.",
                Category::CriminalOffence
            ),
            Some(Level::L2)
        );
        assert_eq!(
            max_level("Min son har fått diagnosen ADHD.", Category::Health),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Hen sympatiserar med Vänsterpartiet.",
                Category::PoliticalOpinion
            ),
            Some(Level::L3)
        );
        assert_eq!(
            max_level("Patienten har konverterat till islam.", Category::Religion),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Brukaren har beslut om boendestöd enligt SoL.",
                Category::SocialConditions
            ),
            Some(Level::L2)
        );
        assert_eq!(
            max_level("Hennes månadslön är 34 500 kr.", Category::Salary),
            Some(Level::L2)
        );
        assert_eq!(
            max_level("Hon har skyddad identitet.", Category::ProtectedIdentity),
            Some(Level::L3)
        );
    }

    /// A named person "från Kommunal" at a meeting speaks for the union; an appeal in the
    /// first person is the writer's own case however long the sentence; a tip that someone
    /// gets "soc-pengar" and "jobbar svart" is about him.
    #[test]
    fn unions_appeals_and_tips_in_everyday_words() {
        let t = "Inför samverkan på torsdag: Jonas Pettersson från Kommunal sitter med och Leyla Demir från Vision.";
        assert_eq!(
            max_level(t, Category::UnionMembership),
            Some(Level::L3),
            "{t}"
        );
        let t =
            "Fackliga företrädare: Vision och Akademikerförbundet SSR. Välkommen med din ansökan!";
        assert!(
            max_level(t, Category::UnionMembership).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
        let t = "Jag överklagar beslutet från 12 september 2025 om avslag på ekonomiskt bistånd för hyra.\n\nMitt namn: Rania Haddad";
        assert_eq!(
            max_level(t, Category::SocialConditions),
            Some(Level::L3),
            "{t}"
        );
        let t = "hej vill tipsa om att Milan Jovanovic far soc-pengar men han jobbar svart hela dagarna.";
        assert!(
            max_level(t, Category::CriminalOffence) >= Some(Level::L2),
            "{t}"
        );
        assert!(
            max_level(t, Category::EconomicSituation) >= Some(Level::L2),
            "{t}"
        );
    }

    /// The unions listed as a negotiation's employee side are parties, not anyone's
    /// membership; a representative named on that line is a member.
    #[test]
    fn unions_as_the_parties_of_a_negotiation() {
        let t = "PROTOKOLL – Förhandling enligt 11 § MBL\nArbetsgivarparten: Christer Blom (ekonomidirektör), Helena Sjöberg (HR-chef)\nArbetstagarparten: Vision, Akademikerförbundet SSR, Kommunal (företrädda av respektive sektion)\n\n§ 1 Arbetsgivaren redogjorde för förslaget.";
        assert!(
            max_level(t, Category::UnionMembership).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
        let t = "PROTOKOLL – Förhandling enligt 11 § MBL\nArbetsgivare: Tomas Ekelund, förvaltningschef\nArbetstagarorganisationer: Vision, genom Helena Kraft; Kommunal, genom Roger Sandin";
        assert_eq!(
            max_level(t, Category::UnionMembership),
            Some(Level::L3),
            "{t}"
        );
    }

    /// A contact list's titles on their own lines, an administration in brackets after a
    /// name, and a ticket's priority "Moderat" are no one's health, case or politics.
    #[test]
    fn contact_lists_and_tickets() {
        at_most_l1(
            Category::Health,
            &["Elevhälsan\n\nSkolsköterska\nMaja Lindgren\nNås säkrast måndag–torsdag.\n\nKurator\nSamir Kovačević\n0523-491 37"],
        );
        at_most_l1(
            Category::SocialConditions,
            &[
                "Anmälare: Sara Nilsson (Socialförvaltningen, Familjeenheten) Tel: 0455-30 48 12",
                "Med vänlig hälsning\nGunilla Ek\nRegistrator, Socialförvaltningen Hallerås kommun",
            ],
        );
        at_most_l1(
            Category::PoliticalOpinion,
            &["Prioritet: 3 - Moderat\nAnmälare: Sara Nilsson\nHon kommer inte åt VPN."],
        );
        assert_eq!(
            max_level(
                "Hon är moderat och sitter i fullmäktige.",
                Category::PoliticalOpinion
            ),
            Some(Level::L3)
        );
    }

    /// Open minutes: an item's title after "§ 143" is a topic, and a reference to the
    /// separate secret minutes is no marking of these.
    #[test]
    fn open_minutes() {
        let t = "Närvarande: Björn Åkesson, Lena Ek\n\n§ 143 Ekonomiskt bistånd – kvartalsrapport kv 3\nNämnden beslutar att lägga rapporten till handlingarna.\n\n§ 145 Individärenden\nBehandlas i enskilt protokoll som omfattas av sekretess enligt 26 kap. 1 § OSL.";
        at_most_l1(Category::SocialConditions, &[t]);
        at_most_l1(Category::SecrecyMarking, &[t]);
    }

    /// Local history about people long dead is no personal data; a door code is no year.
    #[test]
    fn local_history() {
        let t = "Där fanns den blinda änkan Kajsa Olsdotter och soldaten Johan Frisk, som år 1843 dömdes vid tinget för tjuvnad. Modern hade fött barnet utom äktenskapet.";
        at_most_l1(Category::Health, &[t]);
        at_most_l1(Category::CriminalOffence, &[t]);
        let t = "Portkod 1843. Brukaren Stina Berg har demens och går ut nattetid.";
        assert_eq!(max_level(t, Category::Health), Some(Level::L3), "{t}");
    }

    /// A record that labels its person at the top ("Brukare/patient: …") speaks of them
    /// further down, past a table; a record without such a label does not.
    #[test]
    fn a_record_about_one_person() {
        let rows = "1    HMC 123-470   Rollator inomhus, låg modell         1\n".repeat(8);
        let t = format!("BESTÄLLNING HJÄLPMEDEL\nBrukare/patient: Sture Magnusson, 450123-1106\nLeveransadress: Gärdesvägen 19, 443 45 Åsbacka\n\n{rows}\nBedömt behov: Nedsatt balans i vänster sida efter stroke i augusti.");
        assert_eq!(max_level(&t, Category::Health), Some(Level::L3), "{t}");
        let t = format!("BESTÄLLNING HJÄLPMEDEL\nBeställare: Sture Magnusson, 0480-123 45\n\n{rows}\nProdukterna passar efter stroke i de flesta fall.");
        assert!(max_level(&t, Category::Health) <= Some(Level::L1), "{t}");
        // a form: a subject heading, then "Namn: …"
        let t = "ANSÖKAN OM EKONOMISKT BISTÅND\nAnsökan avser månad: December 2026\n\nSökande\nNamn: Tomas Wikström          Personnummer: 460504-5964\n";
        assert_eq!(
            max_level(t, Category::SocialConditions),
            Some(Level::L3),
            "{t}"
        );
    }

    /// The short lines of a contact block are statements of their own: the pupils of a
    /// drop-in are not the kurator named two lines up; a record's title is about its client.
    #[test]
    fn contact_blocks_and_record_titles() {
        at_most_l1(
            Category::Child,
            &["Kurator\nSamir Kovačević\n0523-491 37, samir.kovacevic@ekeby.se\nDrop-in för elever: tisdagar och torsdagar 10.00–11.30"],
        );
        let t = "Journalanteckning – Ekonomiskt bistånd\nKlient: Amina Yusuf 881018-8790\nHushåll: sökande + 2 barn";
        assert_eq!(
            max_level(t, Category::SocialConditions),
            Some(Level::L3),
            "{t}"
        );
    }

    /// A quote's speaker is not what the quote is about; a named subject still is.
    #[test]
    fn quotes_in_press_releases() {
        at_most_l1(
            Category::Child,
            &["– Vi har lagt mycket tid på utemiljön. Barnen har fått vara med och tycka till om allt, säger förskolechef Anna Ek."],
        );
        let t = "Barnen till Leo Ek har fått plats på förskolan, säger Anna Berg.";
        assert!(max_level(t, Category::Child) >= Some(Level::L2), "{t}");
    }

    /// A job's adjective is no opinion ("politisk sekreterare"); a voter who "lutar åt SD"
    /// has one.
    #[test]
    fn jobs_and_leanings() {
        at_most_l1(
            Category::PoliticalOpinion,
            &["Hej! Jag är politisk sekreterare för majoriteten och vi förbereder valet."],
        );
        let t = "Elin Forsberg, 070-551 73 02, 23 år, orolig för otrygghet i centrum, lutar åt SD";
        assert_eq!(
            max_level(t, Category::PoliticalOpinion),
            Some(Level::L3),
            "{t}"
        );
    }

    /// An out-of-office reply's "Frågor om X: <name>" names who handles X.
    #[test]
    fn topics_with_their_contacts() {
        at_most_l1(
            Category::EconomicSituation,
            &["Jag är föräldraledig till och med 31 mars.\nFrågor om avgifter och inkomstuppgifter: Sofia Vukovic, sofia.vukovic@kommun.se"],
        );
    }

    /// An e-mail's subject is what the message below it is about; an invitation's is a topic.
    #[test]
    fn e_mail_subjects() {
        let t = "Ämne: Orosanmälan – vill vara anonym\n\nTill socialtjänsten\n\nFamiljen på Kvarngatan 4B, lgh 1102 har två barn. Mamman heter Jessica Berg. Flera kvällar i veckan är barnen ensamma.";
        assert_eq!(
            max_level(t, Category::SocialConditions),
            Some(Level::L3),
            "{t}"
        );
        // below the other header lines, more than 100 bytes into the message
        let t = "Från: Anna Berg <anna.berg@example.se>\nSkickat: den 14 april 2027 13:47\nTill: Socialtjänsten mottagning <soc@kommun.se>\nÄmne: Orosanmälan – vill vara anonym\n\nHej";
        let at = t.find("Orosanmälan").expect("the subject's term");
        assert!(at > 100);
        assert!(super::subject_line(t.as_bytes(), at).is_some(), "{t}");
        let t = "Inkommen via e-tjänsten \"Gör en orosanmälan\" 2025-11-02 21:47\nAnmälare: Anonym\n\nVilket barn gäller det?\n2 barn, kanske 4 och 8 ar. Den storre heter nog Elin Berg.";
        assert_eq!(
            max_level(t, Category::SocialConditions),
            Some(Level::L3),
            "{t}"
        );
        // (the whole engine: the personnummer comes from the identifier pass)
        let t = "Hej, behöver förnya recepten på Levaxin 100 och sertralin 50 mg. Kan dr Ljungberg skriva ut? Tack!\n/Maja Fransson 910927-6320";
        let a = crate::Engine::shared().analyze(t);
        assert!(
            a.findings
                .iter()
                .any(|f| f.category == Category::Health && f.level == Level::L3),
            "{t}"
        );
        // a lecture's topic; a holiday's name
        at_most_l1(
            Category::SocialConditions,
            &["Hej! Jag heter Sara Lind och jobbar som lärare. Jag vill gärna anmäla mig till föreläsningen om spelberoende bland unga den 22 april."],
        );
        at_most_l1(
            Category::Religion,
            &["Till all personal: Ramadan 2026\n\nRamadan beräknas i år börja omkring den 18 februari. Frågor till Lena Ek."],
        );
        // what a routine requires is a rule
        at_most_l1(
            Category::CriminalOffence,
            &["Två referenser tas, varav en från Anna Ek. Utdrag ur belastningsregistret krävs för arbete med barn."],
        );
        // a teenager's own words
        let t = "Alex Nyström 23:16\nmina föräldrar fick reda på att jag är bi och pappa sa att jag fick dra. jag är 15";
        assert_eq!(
            max_level(t, Category::SexualOrientation),
            Some(Level::L3),
            "{t}"
        );
        // a building authority's matter is no offence
        at_most_l1(
            Category::CriminalOffence,
            &["Anmälan om olovligt byggande skickas till bygglov@vanersborg.se. /Per Ek, 0521-72 13 40"],
        );
        let t = "Ämne: Inbjudan: Orosanmälan – att fråga om våld (halvdag)\n\nHej alla!\nAnmälan till Lena Ek, 0521-72 13 40.";
        at_most_l1(Category::SocialConditions, &[t]);
    }

    #[test]
    fn parties_in_the_work_of_elected_bodies_are_a_public_role() {
        for t in [
            "Reservation: Centerpartiets och Liberalernas ledamöter reserverar sig mot beslutet.",
            "Yrkande från Miljöpartiet: att motionen bifalls. Hon yrkar bifall.",
        ] {
            let l = max_level(t, Category::PoliticalOpinion);
            assert!(matches!(l, Some(Level::L0 | Level::L1)), "{t}: {l:?}");
        }
        // a private opinion stays special-category data
        assert_eq!(
            max_level(
                "Jag är medlem i Miljöpartiet och undrar varför motionerna inte publiceras.",
                Category::PoliticalOpinion
            ),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Hon berättade att hon röstar på Miljöpartiet.",
                Category::PoliticalOpinion
            ),
            Some(Level::L3)
        );
    }

    #[test]
    fn general_sentences_do_not_count() {
        for t in [
            "Du får aldrig mata in uppgifter om hälsa i en AI-tjänst.",
            "Känsliga personuppgifter såsom religion, sexuell läggning och fackligt medlemskap får inte behandlas.",
            "Till exempel kan uppgifter om skulder hos Kronofogden vara känsliga.",
            "Medarbetare får inte ange diagnoser eller medicinering i prompten.",
        ] {
            for (c, l, w) in content(t) {
                assert!(l == Level::L0, "{t}: {c} {l} {w}");
            }
        }
    }

    #[test]
    fn child_markers_need_a_minor() {
        assert_eq!(
            max_level("Barn: Wilma, född 2018, bor hos mamman.", Category::Child),
            Some(Level::L2)
        );
        assert_eq!(
            max_level("Hon är född 1952 och bor ensam.", Category::Child),
            None
        );
        assert_eq!(
            max_level(
                "Hon går i 9:an och vill söka naturprogrammet.",
                Category::Child
            ),
            Some(Level::L2)
        );
        assert_eq!(
            max_level("Han vill åka buss till jobbet.", Category::Child),
            None
        );
        assert_eq!(
            max_level(
                "Förskolan får plats för 120 barn, säger hon.",
                Category::Child
            ),
            None
        );
    }

    #[test]
    fn violence_in_the_family_is_social_conditions() {
        assert_eq!(
            max_level(
                "Eleven berättar att pappa slår henne när han har druckit.",
                Category::SocialConditions
            ),
            Some(Level::L2)
        );
        assert!(content("Kontaktperson: Tomas Berg, försäljningschef.")
            .iter()
            .all(|x| x.0 != Category::SocialConditions));
    }

    #[test]
    fn work_experience_is_not_a_condition() {
        for t in [
            "Sökande: Maria Lind, socionom, 6 år barnutredningar och 2 år ekonomiskt bistånd.",
            "Hon har lång erfarenhet av missbruksvård och har arbetat med LVU-placeringar.",
        ] {
            let found = content(t);
            assert!(
                found.iter().all(|(_, l, _)| *l <= Level::L1),
                "{t}: {found:?}"
            );
        }
        // what a person receives is still about them
        assert_eq!(
            max_level(
                "Hon har ekonomiskt bistånd sedan 2 år.",
                Category::EconomicSituation
            ),
            Some(Level::L2)
        );
    }

    /// Ethnic origin in the words people use (a people, an origin, a slur said to someone);
    /// a table of case counts per ground of discrimination is statistics.
    #[test]
    fn ethnic_origin_about_a_person_and_in_a_tally() {
        for t in [
            "Ali Rezai är hazar från Ghazni och kom hit i september.",
            "Enligt Lina sa Melvin till Abdi att han \"luktar somalier\" på rasten.",
            "Sökanden Nour Haddad har assyrisk bakgrund och talar arabiska hemma.",
        ] {
            assert_eq!(max_level(t, Category::Ethnicity), Some(Level::L3), "{t}");
        }
        assert_eq!(
            max_level("Han är shiamuslim, uppger Reza Ahmadi.", Category::Religion),
            Some(Level::L3)
        );
        let tally = "Ärenden per diskrimineringsgrund: kön 21, etnisk tillhörighet 17, religion 6.\n\nRektor Anna Berg";
        assert!(
            max_level(tally, Category::Ethnicity).is_none_or(|l| l <= Level::L1),
            "{:?}",
            content(tally)
        );
    }

    /// A reference that opens the sentence after next does not go on about the case before
    /// ("… vattkoppor. Vi vill påminna om reglerna:\n- Barnet ska …"); one that opens the
    /// next sentence does.
    #[test]
    fn only_the_next_sentence_goes_on() {
        let letter = "Vi har haft fall av magsjuka, och ett barn har fått vattkoppor. Vi vill påminna om reglerna:\n- Barnet ska vara hemma i 48 timmar.";
        assert!(
            content(letter)
                .iter()
                .filter(|x| x.2 == "magsjuka")
                .all(|x| x.1 <= Level::L1),
            "{:?}",
            content(letter)
        );
        let note = "Hon har haft magsjuka hela helgen. Barnet har varit hemma sedan fredag.";
        assert_eq!(max_level(note, Category::Health), Some(Level::L3));
    }

    /// A son or daughter in elderly care is a grown-up relative; in a preschool, a child.
    #[test]
    fn grown_up_children_in_elderly_care_are_not_minors() {
        let old = "Hemtjänsten hos Gösta Berg, 91: dottern ringde och vill ha ett möte.";
        assert!(
            max_level(old, Category::Child).is_none(),
            "{:?}",
            content(old)
        );
        let young = "Anna Berg ringde från förskolan: dottern har feber.";
        assert!(
            max_level(young, Category::Child).is_some_and(|l| l >= Level::L2),
            "{:?}",
            content(young)
        );
    }

    /// A survey's table of figures and a bot's instructions are about no one in particular.
    #[test]
    fn survey_tables_and_system_prompts_are_about_anyone() {
        let survey =
            "Elevenkäten åk 8\n| Påstående | Ja | Nej |\n| Jag har ont i magen | 21 % | 79 % |\n";
        assert!(
            max_level(survey, Category::Health).is_none_or(|l| l == Level::L0),
            "{:?}",
            content(survey)
        );
        let prompt = "Du är larmoperatör för trygghetslarmet. Låter brukaren förvirrad, \
                      välj P3.\nSvarar brukaren inte, ring upp igen.";
        assert!(
            max_level(prompt, Category::Health).is_none_or(|l| l <= Level::L1),
            "{:?}",
            content(prompt)
        );
        // a named person in the same kind of text is still that person
        let named = "Du är min assistent. Brukaren Greta Holm, 88, låter förvirrad i natt.";
        assert!(
            max_level(named, Category::Health).is_some_and(|l| l == Level::L3),
            "{:?}",
            content(named)
        );
    }

    /// "du" in a letter to a named person, and a form field's figure, are about that person.
    #[test]
    fn a_letter_to_a_person_and_a_form_field() {
        // "du" in a decision sent to a named person at their address is that person
        let decision = "Rolf Hedlund\nBjörkallén 9, 611 38 Nyköping\n\nBeslut\nNämnden avslår \
                        din ansökan. Av läkarintyget framgår att du har artros i vänster knä.";
        assert!(
            max_level(decision, Category::Health).is_some_and(|l| l >= Level::L3),
            "{:?}",
            content(decision)
        );
        // a warning to an employee at their address: the paragraph speaks to them
        let warning =
            "Till: Daniel Forsman\nEkbacksvägen 7 B, 443 31 Lillåsa\n\nDu har läst akter \
                       utan skäl. Ditt ombud från Vision deltog. Förvaltningen har gjort en \
                       polisanmälan om misstänkt dataintrång.";
        for c in [Category::CriminalOffence, Category::UnionMembership] {
            assert!(
                max_level(warning, c).is_some_and(|l| l >= Level::L2),
                "{c:?}: {:?}",
                content(warning)
            );
        }
        // a job ad names its contact person but speaks to any reader
        let ad = "Vi söker en kurator. Du har erfarenhet av barn med adhd. Kontakt: Eva Lund.";
        assert!(
            max_level(ad, Category::Health).is_none_or(|l| l <= Level::L1),
            "{:?}",
            content(ad)
        );
        // a figure in a form field belongs to the person of the form, whatever the next line
        let form = "Medarbetare: Tobias Wennerholm\nNuv. månadslön: 41 300 kr\nJmf SKR-statistik, \
                    median ca 43 900";
        assert!(
            max_level(form, Category::Salary).is_some_and(|l| l >= Level::L2),
            "{:?}",
            content(form)
        );
    }

    /// Crime, health, money and neglect as people say them in a chat or a complaint.
    #[test]
    fn everyday_words_about_a_named_person() {
        for (t, c) in [
            (
                "Kevin Håkansson åkte fast på Coop i lördags igen.",
                Category::CriminalOffence,
            ),
            (
                "Robin: Gunnar hade kissat i sängen igen och var helt snurrig.",
                Category::Health,
            ),
            (
                "Erik tror att brorsonen tar pengar från Gunnars konto.",
                Category::EconomicSituation,
            ),
        ] {
            assert!(
                max_level(t, c).is_some_and(|l| l >= Level::L2),
                "{t}: {:?}",
                content(t)
            );
        }
        assert!(max_level(
            "Åk inte fast i trafiken, ta cykeln!",
            Category::CriminalOffence
        )
        .is_none());
    }

    /// A care worker's title next to their name is their job; the care a named person gets
    /// is still about that person.
    #[test]
    fn titles_next_to_names_are_jobs() {
        for t in [
            "Elevhälsan på Vikaskolan\nKurator: Anna Berglund, tel 0570-123 45\nSkolsköterska Maria Öst, mån–tors",
            "Hälsningar\nPetra Lindgren, skolsköterska",
        ] {
            assert!(
                max_level(t, Category::Health).is_none_or(|l| l <= Level::L1),
                "{t}: {:?}",
                content(t)
            );
        }
        assert_eq!(
            max_level(
                "Kuratorn har haft tre samtal med Ebba Lund om hennes ångest.",
                Category::Health
            ),
            Some(Level::L3)
        );
    }

    #[test]
    fn workplaces_are_not_conditions() {
        for (t, c) in [
            (
                "Hon arbetar som enhetschef i hemtjänsten sedan 2020.",
                Category::SocialConditions,
            ),
            (
                "Roll: Handläggare försörjningsstöd\nNamn: Lena Ek",
                Category::EconomicSituation,
            ),
            (
                "Han är LSS-handläggare i kommunen.",
                Category::SocialConditions,
            ),
            (
                "Frågor besvaras av Socialförvaltningens kommunikatör via växeln.",
                Category::SocialConditions,
            ),
            (
                "Hej, Sara här från hemtjänsten, jag kommer kl 10.",
                Category::SocialConditions,
            ),
            ("Mvh Erik Lindahl\nFörskolan Vitsippan", Category::Child),
            (
                "Det säger hon, ordförande i barn- och utbildningsnämnden.",
                Category::Child,
            ),
        ] {
            assert_eq!(max_level(t, c), None, "{t}");
        }
        // receiving the service is still about the person
        assert_eq!(
            max_level(
                "Brukaren har hemtjänst tre gånger om dagen.",
                Category::SocialConditions
            ),
            Some(Level::L2)
        );
    }

    #[test]
    fn a_text_about_no_one_is_open() {
        for t in [
            "Studiecirkel: under fem träffar går vi igenom islam och judendom.",
            "Stödmaterialet handlar om barn med funktionsnedsättning.",
        ] {
            for (c, l, w) in content(t) {
                assert!(l == Level::L0, "{t}: {c} {l} {w}");
            }
        }
        // a request about unnamed cases is not open
        assert_eq!(
            max_level(
                "Avgör vilka som ska få pengar först:\n– hushåll A: skulder hos Kronofogden",
                Category::EconomicSituation
            ),
            Some(Level::L1)
        );
    }

    #[test]
    fn the_person_may_be_named_in_the_next_sentence() {
        assert_eq!(
            max_level(
                "jag heter Eva och mitt barn har fått diagnosen autism. hon är sex år.",
                Category::Health
            ),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Vi har haft problem med skulder länge. Han vill ha hjälp med en budget.",
                Category::EconomicSituation
            ),
            Some(Level::L2)
        );
    }

    #[test]
    fn more_conditions_are_found() {
        assert_eq!(
            max_level("Hon fick en hjärnskakning på rasten.", Category::Health),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Han har fått vräkningsbesked till sista mars.",
                Category::SocialConditions
            ),
            Some(Level::L2)
        );
        assert_eq!(
            max_level(
                "Hon har inte råd med hyran längre.",
                Category::EconomicSituation
            ),
            Some(Level::L2)
        );
    }

    #[test]
    fn weak_terms_need_a_person() {
        assert!(content("Skolan har öppet hus på lördag.").is_empty());
        assert!(!content("Klienten har tre barn och bor ensam.").is_empty());
        assert!(content("Kommunal verksamhet ska vara effektiv.").is_empty());
    }

    /// A named person's absence is a pupil's where the text is about school, not at work.
    #[test]
    fn absence_at_school_is_a_pupils() {
        let school =
            "Vill bara meddela att Leo Berg har 34 % frånvaro i höstas. Mvh Annika, mentor 9C";
        assert_eq!(max_level(school, Category::Child), Some(Level::L2));
        let work = "Anna Berg har haft hög frånvaro i höstas, vi tar det på medarbetarsamtalet.";
        assert!(max_level(work, Category::Child).is_none());
    }

    /// A greeting and a diagnostic tool are no health.
    #[test]
    fn greetings_and_tools_are_no_health() {
        let t = "Vi hälsar Dragan Kovačević välkommen som GIS-ingenjör.";
        assert!(max_level(t, Category::Health).is_none());
        let t = "Per Holm medger att han tog diagnosutrustningen hem.";
        assert!(max_level(t, Category::Health).is_none());
        let t = "Gunilla Åberg är tillbaka efter ett år hemma med utmattningen.";
        assert_eq!(max_level(t, Category::Health), Some(Level::L3));
    }

    /// Children in English case notes.
    #[test]
    fn children_in_english() {
        let t = "Maria Lindqvist says the older boy needs new winter shoes and a jacket.";
        assert_eq!(max_level(t, Category::Child), Some(Level::L2));
        assert!(max_level("Children under 12 travel free.", Category::Child).is_none());
    }

    /// In a text that names no one and says no "han"/"hon", a sentence with a modal verb is
    /// a rule about a role; a plain statement about "klienten" is still about someone.
    #[test]
    fn rules_about_roles_in_anonymous_texts() {
        at_most_l1(
            Category::Health,
            &["Vid sjukfrånvaro över 14 dagar ska chefen kalla medarbetaren till ett rehabiliteringssamtal."],
        );
        assert_eq!(
            max_level(
                "Klienten har depression och sover dåligt.",
                Category::Health
            ),
            Some(Level::L3)
        );
        assert_eq!(
            max_level(
                "Anna Berg är sjukskriven. Chefen ska kalla henne till rehabiliteringssamtal.",
                Category::Health
            ),
            Some(Level::L3)
        );
    }

    /// "personer med", "barn med", "de som har": a group, not someone.
    #[test]
    fn groups_of_people_with_a_condition() {
        at_most_l1(
            Category::Health,
            &[
                "Frågor besvaras av Anna Berg. Tillståndet är till för personer med rörelsehinder.",
                "Kontakta Lars Ek. Vi har särskilda grupper för unga med adhd och deras föräldrar.",
            ],
        );
        assert_eq!(
            max_level(
                "Anna Berg har adhd och behöver extra stöd.",
                Category::Health
            ),
            Some(Level::L3)
        );
    }

    /// A name with an age under 18 after it, or a school class, is a child's.
    #[test]
    fn named_children_with_ages_and_classes() {
        for t in [
            "Lista över killarna:\n1. Kevin Lindholm, 14, bor i Geneta.",
            "Deltagare: Liam Ek (13) och hans pappa.",
            "Det var Kevin Aho från 8an som skrek igen.",
        ] {
            assert_eq!(max_level(t, Category::Child), Some(Level::L2), "{t}");
        }
        for t in [
            "Kontaktperson: Anna Berg, 45, enhetschef.",
            "Mötet med Anna Berg, 12 maj kl 10, flyttas.",
            "Fakturan till Per Ek (2026) är betald.",
        ] {
            assert!(max_level(t, Category::Child).is_none(), "{t}");
        }
    }

    /// A diagnosis of a character in a novel is no one's health; a real person's is.
    #[test]
    fn fiction_is_no_ones_data() {
        let book = "Bokcirkeln läser Allt hon glömde. Huvudpersonen Stina får diagnosen Alzheimers och bor ensam.";
        assert!(max_level(book, Category::Health).is_none_or(|l| l <= Level::L1));
        let real = "Stina Berg fick diagnosen Alzheimers i våras och bor ensam.";
        assert_eq!(max_level(real, Category::Health), Some(Level::L3));
    }

    /// A term in a table's header row speaks of the persons its rows name; a pay review of
    /// a named colleague is salary.
    #[test]
    fn column_headers_and_pay_reviews() {
        let table = "| Namn | Personnr | Timlön |\n|---|---|---|\n| Ville Räsänen | 051127-5539 | 158,00 |\n";
        assert!(
            max_level(table, Category::Salary).is_some_and(|l| l >= Level::L2),
            "{:?}",
            content(table)
        );
        let review =
            "Min medarbetare Maria Sandström har 31 450 kr/mån och får 3,2 % i årets löneöversyn.";
        assert!(max_level(review, Category::Salary).is_some_and(|l| l >= Level::L2));
        // the header of a table without persons says nothing about anyone
        let stats = "| Yrke | Timlön |\n|---|---|\n| Undersköterska | 176,50 |\n";
        assert!(max_level(stats, Category::Salary).is_none_or(|l| l <= Level::L1));
        // rows of pupils given by initials: the header's terms are about them; a statistics
        // table whose row happens to start with "Barn" is not
        let pupils = "| Elev | Klass | Hushållet har försörjningsstöd | Orosanmälningar |\n\
                      |---|---|---|---|\n| E.K. | 8B | ja | 2 |\n| L.S. | 9A | nej | 0 |\n";
        assert!(max_level(pupils, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
        let stats = "| Förvaltning | Kvinnor | Män |\n|---|---|---|\n\
                     | Barn och utbildning | 7,8 | 4,9 |\n| Vård och omsorg | 10,2 | 7,6 |\n";
        assert!(max_level(stats, Category::Child).is_none_or(|l| l <= Level::L1));
        // a pay figure after the pay word is no tally
        let pay = "Sökande Kenneth Forsberg, anst. 1998. Kenneth Forsberg har timlön: 163,50 kr.";
        assert!(max_level(pay, Category::Salary).is_some_and(|l| l >= Level::L2));
        // a table aligned with spaces: the header's "lön" is about the persons in its rows
        let aligned = "Namn              Anst.år  Nuv. lön   Förslag\n\
                       Petra Lindholm    2011     36 900     38 100\n\
                       Omar Haddad       2020     33 200     34 500\n";
        assert!(max_level(aligned, Category::Salary).is_some_and(|l| l >= Level::L2));
        // a label over a table: the union of the persons in its rows
        let fees = "Avdrag fackföreningsavgift februari\n\nFörbund: Kommunal, sektion Kvarnby\n\
                    Anst.nr  Namn                Avdrag\n\
                    10544    Marita Ek           512 kr\n\
                    10871    Sead Hodžić         498 kr\n";
        assert!(max_level(fees, Category::UnionMembership).is_some_and(|l| l >= Level::L2));
        let plain = "Namn och lön redovisas inte här.\nPetra Lindholm har frågat om det.\n";
        assert!(max_level(plain, Category::Salary).is_none_or(|l| l <= Level::L1));
    }

    /// A year ends a sentence ("opererad 2024. Bör undvika …"): the advice in the next
    /// sentence is no general rule over the diagnosis before it. A group of safety
    /// representatives is nobody's union membership, and a safety representative at a safety
    /// round is a role (the employees may elect one without a union); named for a union, one
    /// is its member.
    #[test]
    fn a_year_ends_a_sentence_and_representatives_as_a_group() {
        let cert = "Ärende: Arbetsanpassning Gun-Britt Olsson\n\nLäkarintyg anger: artros i båda \
                    knäna, opererad vänster knä 2024. Bör undvika tunga lyft.\n";
        assert!(max_level(cert, Category::Health).is_some_and(|l| l >= Level::L2));
        let group = "Kerstin Wallin redogör för bakgrunden. En riskbedömning har gjorts \
                     tillsammans med skyddsombuden.";
        assert!(max_level(group, Category::UnionMembership).is_none_or(|l| l <= Level::L1));
        let round = "Skyddsombud Kenneth Sjöberg deltog i skyddsronden.";
        assert!(max_level(round, Category::UnionMembership).is_none_or(|l| l <= Level::L1));
        let named = "Kenneth Sjöberg, skyddsombud för Kommunal, deltog i skyddsronden.";
        assert!(max_level(named, Category::UnionMembership).is_some_and(|l| l >= Level::L2));
    }

    /// Slang for cannabis and a denomination written as one word; smoking somewhere is no
    /// health.
    #[test]
    fn slang_and_denominations() {
        let t = "Dennis Holmberg har enligt egen uppgift slutat röka på, men kompisarna är kvar.";
        assert!(max_level(t, Category::Health).is_some_and(|l| l >= Level::L2));
        let t = "Yonas Tesfay säger att han förföljts för att han är pingstkristen.";
        assert!(max_level(t, Category::Religion).is_some_and(|l| l >= Level::L2));
        let t = "Adam Rydén rökte på toaletten och hotade personalen.";
        assert!(max_level(t, Category::Health).is_none());
        let t = "Kan du skicka anteckningen om Gunvor Pettersson (rum 14)? Hennes sår på vänster \
                 häl har blivit sämre, det vätskar och luktar.";
        assert!(max_level(t, Category::Health).is_some_and(|l| l >= Level::L2));
        let t = "Person: Jonas Åström, ca 30 år\n\nFörlopp: Mannen hade försökt ta sitt liv, \
                 sambon hade fått ner honom.";
        assert!(max_level(t, Category::Health).is_some_and(|l| l >= Level::L2));
        let t =
            "Sara Lind berättade att hon blev våldtagen i somras och har varit mobbad i skolan.";
        assert!(max_level(t, Category::CriminalOffence).is_some_and(|l| l >= Level::L2));
        assert!(max_level(t, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
        // an invitation with a venue's address and an official to contact: its "du" is any
        // reader
        let t = "Välkommen till informationskväll om att bli familjehem!\nMedborgarhuset, \
                 Storgatan 21, Hallsta\n\nDu behöver inga särskilda kvalifikationer. Vi \
                 välkomnar alla sorters familjer, även samkönade par.\n\nAnmäl dig till Kerstin \
                 Oldenburg, familjehemssekreterare, 0270-755 12.";
        assert!(max_level(t, Category::SexualOrientation).is_none_or(|l| l <= Level::L1));
        let t = "Elsa Lind i 3B säger att hennes familj är resande och att hon retas för \
                 kjolarna. Hon blir kallad saker för sitt ursprung.";
        assert!(max_level(t, Category::Ethnicity).is_some_and(|l| l >= Level::L2));
        // "hen" after a role in a text that names no one is anyone's
        let t = "Personalen får inte fråga om religion.\n\nFråga hur hen vill göra under ramadan \
                 och om hen är muslim.\n";
        assert!(max_level(t, Category::Religion).is_none_or(|l| l <= Level::L1));
        // a term broken down by a unit is statistics, even after "jag har"
        let t = "Jag har en tabell med sjukfrånvaro per förvaltning och kvartal. Kan du skriva \
                 en analys?";
        assert!(max_level(t, Category::Health).is_none_or(|l| l <= Level::L1));
        // the areas a person works with, after their name and role
        let t = "Välkommen!\n\nLeyla Demir – HR-konsult, arbetsmiljö och rehabilitering\n\
                 Leyla kommer närmast från Region Gävleborg.";
        assert!(max_level(t, Category::Health).is_none_or(|l| l <= Level::L1));
        // a workplace field names where someone works, not their condition
        let t = "Namn: Lena Berg\nFörvaltning: Vård och omsorg, Hemsjukvården\nEnhet: Solgårdens \
                 SÄBO\nUtlägg enligt bilaga.";
        assert!(max_level(t, Category::Health).is_none_or(|l| l <= Level::L1));
        assert!(max_level(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
        // a slur shouted at a couple: what the harassment is about
        let t = "Jag bor här med min sambo Jonas Ek. Grannen har ropat \"jävla bögar\" efter oss.";
        assert!(max_level(t, Category::SexualOrientation).is_some_and(|l| l >= Level::L2));
    }

    /// An administration's name and damage to things are no health; a rule explained in
    /// prose is no secrecy marking; a marking and an injury still are.
    #[test]
    fn names_of_administrations_damage_and_rules_explained() {
        let admin = "Behörighet för Anna Lind i Lifecare Utförare (Vård och omsorg) är beställd.";
        assert!(max_level(admin, Category::Health).is_none_or(|l| l <= Level::L1));
        let damage = "Vi måste kunna begränsa skadan, säger Mattias Ekström, it-chef.";
        assert!(max_level(damage, Category::Health).is_none_or(|l| l <= Level::L1));
        let car = "ROE 883: skada vänster skjutdörr, anmäld av Ahmad Said. Felparkering vid vårdcentralen.";
        assert!(max_level(car, Category::Health).is_none_or(|l| l <= Level::L1));
        let injury = "Brukaren Karl Svensson har demens och fick en skada på höften i går.";
        assert_eq!(max_level(injury, Category::Health), Some(Level::L3));
        let rule = "Allt det du ser och hör om brukarnas förhållanden omfattas av sekretess enligt 26 kap. OSL.";
        assert!(max_level(rule, Category::SecrecyMarking).is_none());
        let stamp = "Sekretess enligt 26 kap. 1 § OSL\nUtredning om Karl Svensson";
        assert_eq!(max_level(stamp, Category::SecrecyMarking), Some(Level::L3));
    }

    /// Union representatives signing a letter that argues from the rules, a voter's own
    /// vote, and the party that nominated each election worker are someone's opinion or
    /// membership; the rules argued from stay open.
    #[test]
    fn representatives_votes_and_nominations() {
        let letter = "Att avläsa känslor hos anställda med AI är förbjudet. Det får inte ske \
                      utan förhandling.\n\nFör Vision-klubben\nSusanne Dahlberg, ordförande   \
                      Amir Hasanović, huvudskyddsombud";
        assert_eq!(
            max_level(letter, Category::UnionMembership),
            Some(Level::L3)
        );
        let vote = "Jag heter Roine Hellström. När jag skulle lägga min röst för Vänsterpartiet \
                    fanns det inga valsedlar för V i valsedelsstället.";
        assert_eq!(max_level(vote, Category::PoliticalOpinion), Some(Level::L3));
        let workers = "Röstmottagare, valdistrikt 0412:\n  Oskar Lindblom   072-330 41 17   \
                       nominerad av (C)\n  Maja Kvist   076-281 09 52   nominerad av (V)";
        assert_eq!(
            max_level(workers, Category::PoliticalOpinion),
            Some(Level::L3)
        );
        let minutes = "Ledamoten Eva Berg (V) yrkar bifall. Vänsterpartiet reserverar sig.";
        assert!(max_level(minutes, Category::PoliticalOpinion).is_none_or(|l| l <= Level::L1));
    }

    /// Holidays are no names and an e-ID is no holiday: a preschool's page on the year's
    /// feasts and a chatbot's answer about logging in stay about no one.
    #[test]
    fn holidays_and_electronic_ids() {
        let page = "Exempel på högtider under våren:\n- Ramadan och eid al-fitr (islam) – några \
                    familjer fastar.\n- Pesach (judendom)\n- Nowruz (persiskt nyår)";
        assert!(max_level(page, Category::Religion).is_none_or(|l| l <= Level::L1));
        let bot = "Ja, du loggar in med BankID eller Freja eID+.";
        assert!(max_level(bot, Category::Religion).is_none());
        let leave = "Kan vi ta mötet på fredag? Yusuf Demir firar eid på torsdag och är ledig.";
        assert_eq!(max_level(leave, Category::Religion), Some(Level::L3));
    }

    /// A writer's own party seat, a party association's member in a list, and a writer's
    /// own protected identity are about them.
    #[test]
    fn own_seat_party_association_and_own_protection() {
        let seat = "Hej Roger,\njag behöver vara ledig torsdag för kommunfullmäktige – jag sitter \
                    ju som ersättare för Vänsterpartiet sedan i höstas.\n/Fatima Osman";
        assert_eq!(max_level(seat, Category::PoliticalOpinion), Some(Level::L3));
        let list = "Röstmottagare, förslag:\nGunilla Bäck – ordf., medlem i S-föreningen Torsvik\n\
                    Elias Hjort – ny, student";
        assert!(max_level(list, Category::PoliticalOpinion).is_some_and(|l| l >= Level::L2));
        let own = "Hej,\nJag och mina barn har skyddade personuppgifter sedan i höstas. Ring mig \
                   på 076-190 33 82.\nJenny";
        assert_eq!(max_level(own, Category::ProtectedIdentity), Some(Level::L3));
    }

    /// A dues list with a union column and a pregnancy told about a colleague are about
    /// those people; a list of unions written with
    /// semicolons is no table of members.
    #[test]
    fn dues_columns_forms_and_pregnancy() {
        let dues = "Löneart 7410 Fackavgift\n\nAnst.nr | Namn | Förbund | Belopp\n30112 | Annelie \
                    Grahn | Kommunal | 412 kr\n30204 | Ingrid Rapp | Vision | 356 kr\n";
        assert_eq!(max_level(dues, Category::UnionMembership), Some(Level::L3));
        let mail = "Kan du skriva ett mejl om att Emma Sundin går på föräldraledighet i maj? Hon \
                    väntar tvillingar och har haft havandeskapsförgiftning.";
        assert_eq!(max_level(mail, Category::Health), Some(Level::L3));
        let list =
            "Till: Kommunal sektion Trollhättan; Vision Trollhättan; Akademikerförbundet SSR";
        assert!(max_level(list, Category::UnionMembership).is_none_or(|l| l <= Level::L1));
    }

    /// A term of years is no child's age; a child's age still is.
    #[test]
    fn terms_of_years_are_no_ages() {
        let contract = "Erbjud Anna Berg ett 3-årigt fastprisavtal.";
        assert!(max_level(contract, Category::Child).is_none());
        let child = "Anna Berg har en 3-årig son som går på förskolan.";
        assert!(max_level(child, Category::Child).is_some_and(|l| l >= Level::L2));
    }

    /// A family's living arrangements about a named child are social conditions at level 2,
    /// no social-services case; drinking too much is health.
    #[test]
    fn family_arrangements_and_drinking() {
        let card = "Skolkort: Nellie Åkerlund, 4B, växelvis boende, Tuvängsvägen 12.";
        assert_eq!(max_level(card, Category::SocialConditions), Some(Level::L2));
        let rehab = "Thomas Rehnberg berättade att han har druckit för mycket sedan i våras.";
        assert_eq!(max_level(rehab, Category::Health), Some(Level::L3));
    }

    /// Having a guardian is someone's condition, being one a title; living in a caravan is
    /// a person's housing.
    #[test]
    fn a_guardian_had_and_a_caravan_lived_in() {
        let has = "Bertil Nordin har god man sedan maj. Han ska inte själv hantera pengar.";
        assert!(max_level(has, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
        let title = "Karin Sjöberg, god man, ringde i dag.";
        assert!(max_level(title, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
        let caravan = "Kristoffer har det tungt. Han bor i husvagnen på en camping tills vidare.";
        assert!(max_level(caravan, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
    }

    /// A person described instead of named: a record's label with sex and age, someone by
    /// age in a police report, a case handed to a model whose prompt gives it a role; a
    /// profession is no care.
    #[test]
    fn people_described_by_sex_and_age() {
        let record = "Utifrån uppgifterna nedan, fatta beslut.\n\nBrukare: man, 84 år, bor ensam \
                      i Skogsbo. Har idag hemtjänst 2 ggr/dag. Ramlat två gånger senaste månaden.";
        assert!(max_level(record, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
        let police = "Den 19-årige från Fjällbacken som frigavs från anstalt i maj (dömd för två \
                      rån mot butiker 2024) har synts i centrum.";
        assert!(max_level(police, Category::CriminalOffence).is_some_and(|l| l >= Level::L2));
        let prompt = "Du är handläggare på ekonomiskt bistånd. Här är uppgifterna om sökanden:\n\
                      - man, 52 år, utförsäkrad sedan juni\n- har diabetes och ett sår på foten\n\
                      Ska han beviljas försörjningsstöd?";
        assert_eq!(max_level(prompt, Category::Health), Some(Level::L3));
        let removed = "Du är handläggare. Jag har tagit bort namnen.\n\
                       - man, 52 år, har diabetes\nSka han beviljas försörjningsstöd?";
        assert!(max_level(removed, Category::Health).is_none_or(|l| l <= Level::L1));
        let job = "Du är rekryterare. Rangordna dem.\nSökande E: arbetsterapeut, biträdande \
                   enhetschef 2 år.";
        assert!(max_level(job, Category::Health).is_none());
        let asylum =
            "Tjejen i 5A har berättat att familjen fått avslag på asylansökan. Hon är orolig.";
        assert!(max_level(asylum, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
    }

    /// Pupils given by initials and class in a pupil-health record are identified; a
    /// suspected diagnosis is no suspected crime.
    #[test]
    fn initials_in_records_and_suspected_diagnoses() {
        let eht = "EHT-protokoll 2026-11-27\n\n1. J.K., 5B – misstänkt autism, BUP-utredning \
                   startar i februari. Vårdnadshavare separerade i höstas.\n2. A.M., 5A – hög \
                   frånvaro.";
        assert_eq!(max_level(eht, Category::Health), Some(Level::L3));
        assert!(max_level(eht, Category::CriminalOffence).is_none());
        let listed = "Ranka ungdomarna efter risk.\n\nU1: kille 15 år, pappa dömd för \
                      narkotikabrott\nU3: tjej 16, omhändertagen enligt LVU 2024";
        assert!(max_level(listed, Category::CriminalOffence).is_some_and(|l| l >= Level::L2));
        let history = "1918 års fattigvårdslag förbjöd auktionerna. Många barn placerades.";
        assert!(max_level(history, Category::Child).is_none_or(|l| l <= Level::L1));
        let crime = "Han är misstänkt för stöld i butiken.";
        assert!(max_level(crime, Category::CriminalOffence).is_some());
    }

    /// A condition's test or referral written as a compound is the person's health, not a
    /// workplace ("HIV-test", "BUP-remissen"); a tumour's nature and a wish not to live are
    /// health.
    #[test]
    fn tests_referrals_and_tumours() {
        let lab = "Provsvaren kom nu för patienten i sal 4. Positivt HIV-test, bekräftat.";
        assert_eq!(max_level(lab, Category::Health), Some(Level::L3));
        let op = "gick det bra med henne på operationen igår? var det elakartat som de trodde?";
        assert_eq!(max_level(op, Category::Health), Some(Level::L3));
        let unit = "Vi söker en LSS-handläggare till vår enhet.";
        assert!(max_level(unit, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
    }

    /// A colleague or one of the drivers, unnamed but known at the workplace, is a person.
    #[test]
    fn colleagues_known_at_work() {
        let order = "Vår kollega i kassan på plan 2 har fått kontaktförbud beviljat mot sin före \
                     detta sambo efter händelserna i somras.";
        assert!(max_level(order, Category::CriminalOffence).is_some_and(|l| l >= Level::L2));
        let pay = "Vi har fått ett beslut om löneutmätning från Kronofogden för en medarbetare på \
                   tekniska förvaltningen. Resten av nettolönen ska dras från decemberlönen.";
        assert!(max_level(pay, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
    }

    /// "anställd 2019" after a name and a dash says since when, not the areas of a job; a
    /// colleague's fast during Ramadan is religion.
    #[test]
    fn employed_since_and_ramadan() {
        let list = "1. Lisa Granqvist – anställd 2019, varit sjukskriven för utmattning";
        assert_eq!(max_level(list, Category::Health), Some(Level::L3));
        let role = "Leyla Demir – HR-konsult, arbetsmiljö och rehabilitering";
        assert!(max_level(role, Category::Health).is_none());
        let fast =
            "Yusuf Demir frågade om han kan sluta 15.30 under ramadan i år, eftersom han fastar.";
        assert_eq!(max_level(fast, Category::Religion), Some(Level::L3));
    }

    /// A registration form's "Namn:" over the person's own e-mail and phone is about that
    /// person; the same fields under a contact heading are an official's.
    #[test]
    fn form_names_are_the_subject() {
        let form = "Ny anmälan – Gravidyoga\n\nNamn: Elin Rosén\nE-post: elin.rosen82@gmail.com\n\
                    Telefon: 072-551 90 36\nÖvrigt: har foglossning sedan v. 18";
        assert_eq!(max_level(form, Category::Health), Some(Level::L3));
        let press = "Vaccinationen mot influensa startar i oktober för alla över 65 år.\n\n\
                     Kontakt:\nNamn: Anna Berg\nTelefon: 072-551 90 36";
        assert!(max_level(press, Category::Health).is_none_or(|l| l <= Level::L1));
    }

    /// A unit named in the genitive after an employee's name is where they work.
    #[test]
    fn units_named_in_the_genitive() {
        let unit = "Ansökan om tjänstledighet för studier.\nTiina Rantanen, Granbackens vård- och \
                    omsorgsboende";
        assert!(max_level(unit, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
        let own = "Tiina Rantanen flyttade i maj till Granbackens demensboende.";
        assert!(max_level(own, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
    }

    /// A person's country of origin is ethnic origin as reviewers read it; the country named
    /// about no one is not.
    #[test]
    fn countries_of_origin() {
        let god_man =
            "Jag är god man för Daniel Habtemariam (17, från Eritrea), som bor på stödboende.";
        assert_eq!(max_level(god_man, Category::Ethnicity), Some(Level::L3));
        let news = "Kommunen tar emot en delegation från Somalia nästa vecka.";
        assert!(max_level(news, Category::Ethnicity).is_none_or(|l| l == Level::L0));
    }

    /// A pupil pointed at by class is a child the school knows; praying during breaks is
    /// religion; a household described in a prompt that gives the model a role is handed over.
    #[test]
    fn pupils_by_class_prayer_and_households() {
        let pupil =
            "flickan i 8A som började hos oss efter jullovet har börjat gå undan och be på \
                     lunchrasterna.";
        assert_eq!(max_level(pupil, Category::Child), Some(Level::L2));
        assert_eq!(max_level(pupil, Category::Religion), Some(Level::L3));
        let nian = "det gäller killen i nian som grät i biblioteket hela lunchen.";
        assert_eq!(max_level(nian, Category::Child), Some(Level::L2));
        let general = "Eleven i årskursen ska ha ett utvecklingssamtal per termin.";
        assert!(max_level(general, Category::Child).is_none_or(|l| l <= Level::L1));
        let household =
            "Du är handläggare på försörjningsstöd. Bedöm om hushållet ska beviljas.\n\n\
                         Hushåll: ensamstående förälder, två barn (4 och 9 år). Föräldern är \
                         sjukskriven sedan november.";
        assert_eq!(max_level(household, Category::Health), Some(Level::L3));
    }

    /// Health words about no one's health: a visit, a protocol, a school test, a carer's
    /// competence, a value in code, a file share's path.
    #[test]
    fn health_words_about_no_ones_health() {
        for text in [
            "Tommy Rönn sa att han skulle hälsa på handläggaren hemma.",
            "Agenten når styrsystemet via OPC UA på 172.16.40.21:4840, sa Anna Ek.",
            "Alvin Persson diagnos 34/60, Sara Mohammadi 52/60.",
            "Linnea Forsberg: undersköterska, 9 år hemtjänst, delegering insulin.",
            "Marie påminner om att två med delegering för läkemedel måste finnas på varje pass.",
            "Kristian Wahl är mycket noggrann med läkemedelshantering.",
            "@{Fornamn=\"Kamal\"; Efternamn=\"Haddad\"; Avd=\"Vård\"}",
            "Backup av \\\\fs01\\HR$\\Rehab_och_sjukfranvaro klar, ansvarig Anna Ek.",
        ] {
            assert!(
                max_level(text, Category::Health).is_none_or(|l| l <= Level::L1),
                "{text}"
            );
        }
        let ill = "Noel Fransson 19/60, frånvaro pga sjukdom.";
        assert_eq!(max_level(ill, Category::Health), Some(Level::L3));
    }

    /// The administration's units and tariffs named by a compound are somewhere to call;
    /// a care unit someone is treated at is their health.
    #[test]
    fn units_to_call_and_units_of_care() {
        for text in [
            "Ring socialtjänstens mottagning dagtid eller socialjouren kvällar, sa Anna Ek.",
            "Den 15/1 ringde Tommy Rönn till försörjningsstödsenheten och var arg.",
            "Kan du skicka utkastet om hemtjänsttaxan till KS-beredningen, Viktor?",
        ] {
            assert!(
                max_level(text, Category::SocialConditions).is_none_or(|l| l <= Level::L1),
                "{text}"
            );
        }
        let care = "Elin har fått en tid på Ätstörningsenheten nästa vecka.";
        assert_eq!(max_level(care, Category::Health), Some(Level::L3));
    }

    /// "fritids" is where staff work unless a child goes there.
    #[test]
    fn fritids_is_a_workplace_unless_a_child_goes_there() {
        let staff = "Frågor? Hör av er till mig eller Nina Grahn på fritids.";
        assert!(max_level(staff, Category::Child).is_none_or(|l| l <= Level::L1));
        let pupil = "Elias Berg går på fritids till kl 17.";
        assert!(max_level(pupil, Category::Child).is_some_and(|l| l >= Level::L2));
    }

    /// A cell under a "Roll" column is a person's work.
    #[test]
    fn role_columns_are_work() {
        let list = "Namn | Roll | Direkt\nKarin Lyckberg | Ekonomichef | 0431-46 81 10\n\
                    Eva Strid | Kundreskontra/inkasso | 0431-46 81 35";
        assert!(max_level(list, Category::EconomicSituation).is_none());
        let debts = "Namn | Status | Belopp\nEva Strid | inkasso | 4 300 kr";
        assert!(max_level(debts, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
    }

    /// A case invented for training is about no one; a system instruction is about whoever
    /// calls.
    #[test]
    fn invented_cases_and_system_instructions() {
        let case = "Övningsfall 2 – Orosanmälan (påhittat exempel för utbildningsdagen)\n\nEn \
                    förskollärare märker att ett barn kommer till förskolan i smutsiga kläder. \
                    Barnet säger att mamma sover hela tiden.";
        assert!(max_level(case, Category::Child).is_none_or(|l| l <= Level::L1));
        let sys =
            "## Systeminstruktion – Röstanalys\n\n- Om RÄDD: föreslå att handläggaren frågar \
                   om våld i nära relation.";
        assert!(max_level(sys, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
    }

    /// A collapse is no race.
    #[test]
    fn a_collapse_is_no_race() {
        let t = "Kerstin Ek säger att ekonomin rasar sedan skilsmässan.";
        assert!(max_level(t, Category::Ethnicity).is_none());
    }
}
