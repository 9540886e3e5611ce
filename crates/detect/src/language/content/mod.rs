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
//!
//! [`detect`] holds the rule; its questions live in modules named for them: [`workplace`]
//! (a term that is someone's job or unit), [`named`] (content found from named people:
//! pupils by class, partners, minors), [`not_health`] (forms and uses of a health term that
//! are no one's health), [`topic`] (fiction, system prompts, tallies, local history),
//! [`protection`] (how a protected identity is stated), [`pay`] and [`wording`].

pub(crate) mod lexicon;
pub(crate) mod markings;
pub(crate) mod model;
mod named;
mod not_health;
mod pay;
mod protection;
mod topic;
mod wording;
mod workplace;

use super::lexicon::{Hit, Kind};
use super::spans::Spans;
use super::tokens::{ends_with_ci, one_of_ci, sentence, starts_with_ci, statement, words_before};
use crate::{Category, Finding, Level};
use named::{
    child_in_a_parents_message, client_by_label, named_minors, partner_of_the_same_sex,
    pupil_in_a_school_message, pupils_by_class, pupils_listed,
};
use not_health::{not_health, off_sick};
use protection::{
    on_a_named_row, protected_of_someone, protected_stated, protection_conditional, we_have,
};
pub(crate) use topic::fiction;
use topic::{
    aggregated, event_title, figure_of_speech, historical, system_prompt, table_row_figures,
    tallied, Glossary,
};
use workplace::{appointment, employee_form_text, public_role, workplace};

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
vår son
vår dotter
vårt barn
våra söner
våra döttrar
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
mormor
morfar
farmor
farfar
morsan
farsan
brorsan
syrran
frugan
moster
faster
morbror
farbror
svärmor
svärfar
min kusin
kusinen
=Pappa
=Mamma
grannen
grannens
min granne
vår granne
nya chefen
nya rektorn
nya kollegan
nya handläggaren
nya läraren
nya vikarien
nya ekonomichefen
nya enhetschefen
sonen
sonens
dottern
dotterns
syskonen
# found missing by the fifth probe set (corpus/probes/tuned5)
min brorsa
min syrra
lillkillen
lilltjejen
min svåger
min svägerska
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
hur man
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
c-uppsats om
d-uppsats om
studie om
min studie
forskar om
krävs för
krävs vid
krävs inte
krävs alltid
people with
children with
# a right or a cause, no one's faith or illness: föreläsningen Religionsfrihet i skolan,
# samlar in pengar till Cancerfonden
religionsfrihet*
cancerfonden
# a discipline: institutionen för socialt arbete
socialt arbete
";

/// All lists this module puts into the shared automaton.
pub(crate) fn lists() -> Vec<(Kind, &'static str)> {
    let c = |cat| Kind::Content { cat, weak: false };
    let mut v = vec![
        (Kind::PersonRef, PERSON_REFS),
        (Kind::Pronoun, PRONOUNS),
        (Kind::General, GENERAL),
        (Kind::Info, INFO),
        (Kind::Fiction, topic::FICTION),
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
        (c(Category::Health), lexicon::SUBSTANCE_ABUSE),
        (c(Category::SocialConditions), lexicon::SUBSTANCE_ABUSE),
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

/// A term that opens with a possessive pronoun ("hans dotter", "hennes sambo") names
/// someone's own: it refers to an individual as a pronoun does.
fn owner_bit(t: &[u8], o: &Hit) -> u8 {
    let w = &t[o.start..o.end];
    let owned = matches!(o.kind, Kind::Content { .. })
        && [
            &b"hans "[..],
            b"Hans ",
            b"hennes ",
            b"Hennes ",
            b"hens ",
            b"Hens ",
        ]
        .iter()
        .any(|p| w.starts_with(p));
    if owned {
        PRONOUN
    } else {
        0
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
        // (not a span of years, which speaks of grades, not a pupil: "lovskola för åk 7–9")
        let rest = &t[j..(j + 5).min(t.len())];
        let span = rest.starts_with(b"-") || rest.starts_with("–".as_bytes());
        return (1..=2).contains(&digits.len()) && !span;
    }
    if digits.len() != 4 && digits.len() != 8 {
        return false;
    }
    let year: i32 = std::str::from_utf8(&digits[..4])
        .ok()
        .and_then(|d| d.parse().ok())
        .unwrap_or(0);
    crate::classify::minor_born_in(year)
}

/// A family's living arrangements: social conditions, but no social-services case (level 2
/// even about a named person; `classify` counts them in its social-services combination only
/// in a record with a personnummer or beside an offence).
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

/// Whether the word `w` names a family's living arrangements ([`FAMILY_SITUATIONS`]).
pub(crate) fn family_situation(w: &str) -> bool {
    FAMILY_SITUATIONS.iter().any(|f| w.eq_ignore_ascii_case(f))
}

/// The level of a term about a person. Social-services case data about an identified person
/// (a name or an identifier in the paragraph) is level 3 (CONTRACT.md), above the
/// category's base level 2.
fn case_level(cat: Category, weak: bool, identified: bool) -> Level {
    let social = cat == Category::SocialConditions && !weak;
    if social && identified {
        Level::L3
    } else {
        cat.base_level()
    }
}

/// The clause of `s..e` (a sentence) that holds `hs..he`, where a spaced dash or a
/// semicolon separates clauses ("Han undrar om han kan få fbst för april – informerat om
/// att …").
fn dash_clause(t: &[u8], s: usize, e: usize, hs: usize, he: usize) -> (usize, usize) {
    let seps: [&[u8]; 2] = [" \u{2013} ".as_bytes(), b"; "];
    let before = &t[s..hs];
    let cs = seps
        .iter()
        .filter_map(|sep| crate::language::tokens::rfind(before, sep).map(|p| s + p + sep.len()))
        .max()
        .unwrap_or(s);
    let after = &t[he..e];
    let ce = seps
        .iter()
        .filter_map(|sep| crate::language::tokens::find(after, sep).map(|p| he + p))
        .min()
        .unwrap_or(e);
    (cs, ce)
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
    // (also "Gäller det ekonomiskt bistånd och är brådskande – ring …", "Om det gäller …")
    let Some(head) = [
        &b"Vid "[..],
        b"vid ",
        "Gäller det ".as_bytes(),
        "gäller det ".as_bytes(),
        "Om det gäller ".as_bytes(),
        "om det gäller ".as_bytes(),
    ]
    .iter()
    .find_map(|p| t[..s].strip_suffix(*p)) else {
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

/// Whether the term at `i` is a criterion to sort people by, not a fact about someone: a
/// guess ("trolig etnisk bakgrund", "förmodat ursprung", "verkar vara muslim") or a
/// condition on anyone ("om personen bär religiösa symboler", "om hen bär slöja").
fn criterion(t: &[u8], i: usize) -> bool {
    let lo = i.saturating_sub(40);
    let mut before = words_before(t, lo, i);
    let Some(w1) = before.next() else {
        return false;
    };
    if one_of_ci(
        w1,
        &[
            "trolig",
            "troligt",
            "troliga",
            "förmodad",
            "förmodat",
            "uppskattad",
            "uppskattat",
        ],
    ) {
        return true;
    }
    let w2 = before.next();
    // "om personen verkar vara muslim": a guess from how someone looks
    if w1 == b"vara" && w2.is_some_and(|w| one_of_ci(w, &["verkar", "tycks"])) {
        return true;
    }
    let anyone = [
        "personen",
        "hen",
        "de",
        "han",
        "hon",
        "besökaren",
        "eleven",
        "kunden",
        "någon",
    ];
    w1 == "bär".as_bytes()
        && w2.is_some_and(|w2| one_of_ci(w2, &anyone))
        && before.next().is_some_and(|w3| one_of_ci(w3, &["om"]))
}

/// Whether the term at `i` stands on a line labelled as a commissioned person's assignment
/// ("Uppdrag: …", "Typ av uppdrag: …", "Uppdragstyp: …", "Insats: …"); [`fee_form`] says
/// whether the text is about that person's fee or role.
fn assignment_line(t: &[u8], i: usize) -> bool {
    // (the label is near: a line's start is looked for at most 64 bytes back)
    let lo = i.saturating_sub(64);
    let ls = match memchr::memrchr(b'\n', &t[lo..i]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let line = t[ls..i].trim_ascii_start();
    // (or the form's title: "ARVODESUNDERLAG – Kontaktperson / kontaktfamilj")
    [
        "uppdrag:",
        "typ av uppdrag:",
        "uppdragstyp:",
        "insats:",
        "arvode",
    ]
    .iter()
    .any(|w| super::tokens::starts_with_ci(line, w.as_bytes()))
}

/// Whether a text is about a commissioned person's fee or role ("arvode", "uppdragstagare",
/// "ställföreträdare"): a fee form for that person (not an interpreter's booking for a named
/// client: "Klient: Yonas Tesfaye\nUppdrag: Traumamottagningen").
fn fee_form(t: &[u8]) -> bool {
    ["rvode", "ppdragstagare", "tällföreträdare"]
        .iter()
        .any(|w| memchr::memmem::find(t, w.as_bytes()).is_some())
}

/// Whether the words after a placement term (`after`) place a building: a distance
/// ("3,5 m från tomtgräns", "1,5 meter") or a building ("av garaget", "på tomten").
fn building_placed(after: &[u8]) -> bool {
    let Some(rest) = after.strip_prefix(b" ") else {
        return false;
    };
    let digits = rest
        .iter()
        .take_while(|b| b.is_ascii_digit() || **b == b',')
        .count();
    if digits > 0 && rest[0].is_ascii_digit() {
        let unit = &rest[digits..];
        return unit.starts_with(b" m ")
            || unit.starts_with(b" m,")
            || unit.starts_with(b" meter")
            || unit.starts_with(" m²".as_bytes());
    }
    [
        &b"av byggnad"[..],
        b"av huset",
        b"av garage",
        "av förråd".as_bytes(),
        b"av komplement",
        b"av attefall",
        b"av carport",
        b"av plank",
        b"av staket",
        b"av skylt",
        b"av container",
        "på tomten".as_bytes(),
        "på fastigheten".as_bytes(),
    ]
    .iter()
    .any(|w| rest.starts_with(w))
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
            // ("jag begär ut handlingarna i det LVU-ärende …": a request for public
            // documents, not the writer's own matter)
            && !sent[p + 3..].starts_with("begär ut".as_bytes())
    })
}

/// Whether the text speaks of applications by number or as a whole ("300
/// färdtjänstansökningar", "12 ansökningar", "ansökningarna", "inkomna ansökningar", "varje
/// ansökan"): a stream of cases, not one.
fn many_applications(t: &[u8]) -> bool {
    const WHOLE: &[&str] = &[
        "ansökningarna",
        "inkomna ansökningar",
        "alla ansökningar",
        "varje ansökan",
        "varje sökande",
        "alla sökande",
        "per ansökan",
    ];
    memchr::memmem::find_iter(t, "ansökning".as_bytes()).any(|p| {
        // a number before the word it ends ("300 färdtjänstansökningar", "12 ansökningar")
        let ws = t[..p]
            .iter()
            .rposition(|b| !super::tokens::is_letter_byte(*b))
            .map_or(0, |q| q + 1);
        t[p..].starts_with("ansökningar".as_bytes())
            && ws >= 2
            && t[ws - 1] == b' '
            && t[ws - 2].is_ascii_digit()
    }) || WHOLE
        .iter()
        .any(|w| super::tokens::has_either_initial(t, w.as_bytes()))
}

/// Whether the sentence `s..e` names the writer's own people ("min moster", "mormor"): an individual, whatever rule the sentence goes on to state.
fn own_circle(t: &[u8], hits: &[Hit], s: usize, e: usize) -> bool {
    const OWN: &[&str] = &["min", "mitt", "mina", "vår", "vårt", "våra"];
    hits[hits.partition_point(|o| o.start < s)..]
        .iter()
        .take_while(|o| o.start < e)
        .filter(|o| o.kind == Kind::PersonRef)
        .any(|o| {
            let w = &t[o.start..o.end];
            let first = w.split(|&b| b == b' ').next().unwrap_or(w);
            one_of_ci(first, OWN) || !w.contains(&b' ') && one_of_ci(w, KIN)
        })
}

/// Kinship words that name one person on their own ("mormor", "moster").
const KIN: &[&str] = &[
    "mormor", "morfar", "farmor", "farfar", "morsan", "farsan", "brorsan", "syrran", "frugan",
    "moster", "faster", "morbror", "farbror", "pappa", "mamma",
];

/// Whether the writer says the term of her own state: "jag är", "jag har", "jag blev", "jag
/// fick", "jag mår" … (maybe with an adverb: "jag är nyligen") among the four words before it,
/// in its sentence, or "jag" right before a term that is a verb phrase ("jag orkar inte
/// mer"); a weak term needs this, not a request.
fn first_person_state(t: &[u8], s: usize, i: usize) -> bool {
    let mut prev: Option<&[u8]> = None;
    let mut words = words_before(t, s, i);
    for w in words.by_ref().take(5) {
        // "jag var inte sjuk": she says she was not
        if matches!(w, b"inte" | b"aldrig" | b"ej") {
            return false;
        }
        if w.eq_ignore_ascii_case(b"jag") {
            // "Vad händer om jag har skadat handen?": a case the writer supposes
            if words
                .next()
                .is_some_and(|x| one_of_ci(x, &["om", "ifall", "när"]))
            {
                return false;
            }
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
                    // "jag bär på BRCA-genen"
                    "bär".as_bytes(),
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

/// Whether the term at `i` follows a verb of state that opens its clause with no subject, as
/// a signed message says the writer's own state ("Har feber, stannar hemma", "Hej chefen, e
/// magsjuk sen inatt", "Är fortfarande sjuk"): within five words, after at most a greeting,
/// not negated, not a question ("Har du feber?", "Har feber och hosta? Stanna hemma"), and no
/// subject right after the verb ("Har ditt barn någon allergi").
fn dropped_subject(t: &[u8], s: usize, i: usize) -> bool {
    const STATE: &[&str] = &["är", "e", "har", "blev", "mår", "ligger", "fick", "känner"];
    const SUBJECTS: &[&str] = &[
        "du", "ni", "han", "hon", "hen", "vi", "de", "dom", "man", "det", "den", "någon", "nån",
        "ditt", "din", "dina", "ert", "er", "era", "hans", "hennes", "deras", "sitt", "sin",
        "barnet", "eleven", "alla", "många", "flera",
    ];
    // the words back to the sentence's start, nearest first (six at most)
    let mut words: [(usize, &[u8]); 6] = [(0, &[]); 6];
    let mut n = 0;
    let mut at = i;
    while let Some((ws, w)) = super::tokens::prev_word(t, at).filter(|&(ws, _)| ws >= s) {
        if n == words.len() {
            return false;
        }
        words[n] = (ws, w);
        n += 1;
        at = ws;
    }
    let words = &words[..n];
    let Some(&(vs, verb)) = words.last() else {
        return false;
    };
    if !one_of_ci(verb, STATE)
        || words
            .iter()
            .any(|&(_, w)| matches!(w, b"inte" | b"aldrig" | b"ej"))
        || n >= 2 && one_of_ci(words[n - 2].1, SUBJECTS)
    {
        return false;
    }
    // the verb opens the sentence, or follows a greeting and its comma ("Hej chefen, har …")
    let before = t[s..vs].trim_ascii();
    let opens = before.is_empty()
        || before.ends_with(b",")
            && before.len() <= 30
            && ["hej", "hallå", "tja", "tjena", "god morgon"]
                .iter()
                .any(|g| starts_with_ci(before, g.as_bytes()));
    // (the clause ends in a question mark: someone asked; "har ett kronofogdeärende …, räknar
    // de med det?" states, then asks)
    let question = t[i..]
        .iter()
        .take(300)
        .find(|&&b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b','))
        == Some(&b'?');
    opens && !question
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
    "kandidat",
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
    // a resident by room, as a night's handover writes them: "3:an – somnade inte förrän
    // efter 2", "Rum 12: vägrar kvällstabletterna"
    if by_room(l) {
        return true;
    }
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

/// Whether the sentence `s..e` states a term about someone a pronoun before it names ("Hon
/// har skyddad identitet …") and gives its rules only after the term
/// ("… så adressen får inte stå med"): the rule follows from the fact.
fn fact_then_rule(t: &[u8], hits: &[Hit], s: usize, e: usize, hs: usize, he: usize) -> bool {
    let here = || {
        hits[hits.partition_point(|o| o.start < s)..]
            .iter()
            .take_while(move |o| o.start < e)
    };
    let person_before = here().any(|o| {
        o.end <= hs
            && o.kind == Kind::Pronoun
            && matches!(
                &t[o.start..o.end],
                b"hon" | b"Hon" | b"han" | b"Han" | b"hen" | b"Hen"
            )
    });
    person_before
        && here()
            .filter(|o| o.kind == Kind::General)
            .all(|o| o.start >= he)
}

/// Whether the offence term at `s..e` is one to be predicted ("kommer att begå brott", "risk
/// att begå skadegörelse") or a suspicion of cheating ("misstänkt fusk").
fn offence_not_told(t: &[u8], s: usize, e: usize) -> bool {
    let before = &t[s.saturating_sub(24)..s];
    let predicted = ["att begå ", "kan begå ", "ska begå "]
        .iter()
        .any(|w| crate::language::tokens::has(before, w));
    let cheating = starts_with_ci(&t[s..e], "misstänk".as_bytes())
        && t[e..].trim_ascii_start().starts_with(b"fusk");
    predicted || cheating
}

/// Whether a line opens with a room for its resident: "3:an – …", "12:an: …", "Rum 5 – …".
fn by_room(l: &[u8]) -> bool {
    let room = l.strip_prefix(b"Rum ").or_else(|| l.strip_prefix(b"rum "));
    let l = room.unwrap_or(l);
    let digits = l.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let l = &l[digits..];
    // (not a time: "10:44 nej, inte så")
    let Some(l) = l.strip_prefix(b":an").or(room.map(|_| l)) else {
        return false;
    };
    let l = l.strip_prefix(b" ").unwrap_or(l);
    l.starts_with(b":") || l.starts_with(b"- ") || l.starts_with("–".as_bytes())
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

/// Whether a sentence opens with one person of a group ("1 elev", "En elev i åk 3", "Den
/// person som") and tells what happened to them ("har haft", "har fått", "fick"), with no
/// rule's verb ("ska", "kan", "får", "bör", "måste").
fn one_reported(sent: &[u8]) -> bool {
    const ONE: &[&str] = &["1", "en", "ett", "den"];
    const WHO: &[&str] = &[
        "elev",
        "person",
        "brukare",
        "barn",
        "patient",
        "medarbetare",
        "deltagare",
        "boende",
    ];
    let mut words = sent
        .split(|b| !b.is_ascii_alphanumeric() && *b < 0x80)
        .filter(|w| !w.is_empty());
    let (Some(one), Some(who)) = (words.next(), words.next()) else {
        return false;
    };
    if !one_of_ci(one, ONE) || !one_of_ci(who, WHO) {
        return false;
    }
    // ("1 elev" is a count; "en elev" needs where they are: "En elev i åk 3", not "En
    // person fick klippas loss" in a press release; "den person" its clause)
    let next = words.clone().next().unwrap_or(b"");
    let placed = match one {
        b"1" => true,
        b"den" | b"Den" => next == b"som",
        _ => one_of_ci(next, &["i", "på", "vid"]),
    };
    if !placed {
        return false;
    }
    let rule = words
        .clone()
        .any(|w| one_of_ci(w, &["ska", "kan", "får", "bör", "måste", "skall"]));
    let told = words
        .take(12)
        .any(|w| one_of_ci(w, &["haft", "fått", "fick", "avled"]));
    told && !rule
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
                // "LVM-ärende R.J. född -72"
                " född ".as_bytes(),
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
    // one of a report's few, told of in the past: "1 elev har haft hemundervisning sedan
    // november på grund av långvarig sjukdom", "En elev i åk 3 har fått utökad assistans
    // efter diagnos" (not a rule's anyone: "En elev som har diabetes ska …")
    if one_reported(&t[s..e]) {
        return true;
    }
    // one person by sex and birth year: "en kvinna född 1958 med ALS som bor kvar i sitt hus"
    // (one searcher, built once: a searcher built per sentence, or a scan of its bytes,
    // cost two per cent of the engine's time)
    const SEXES: &[&str] = &["kvinna", "man", "pojke", "flicka", "kille", "tjej"];
    static BORN: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let born = BORN.get_or_init(|| memchr::memmem::Finder::new("född ".as_bytes()));
    if born
        .find_iter(sent)
        .any(|p| super::tokens::prev_word(sent, p).is_some_and(|(_, w)| one_of_ci(w, SEXES)))
    {
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
    const NUMBERED: &[&str] = &["kund", "klient", "brukare", "patient", "hyresgäst", "elev"];
    let mut i = 0;
    while let Some(p) = sent[i..].iter().position(u8::is_ascii_digit) {
        let a = i + p;
        let mut b = a;
        while b < sent.len() && sent[b].is_ascii_digit() {
            b += 1;
        }
        i = b;
        if b - a > 10 || a < 2 || sent[a - 1] != b' ' {
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
        // a customer or a client numbered in place of a name, and what they have or are
        // ("Kund 200377 har skyddade personuppgifter", "Klient 40112 är …")
        if b - a > 3 {
            if w_end == a - 1
                && [&b" har "[..], " är ".as_bytes(), b" bor "]
                    .iter()
                    .any(|v| after.starts_with(v))
                && one_of_ci(w, NUMBERED)
            {
                return true;
            }
            continue;
        }
        // "Elev 1 (", "Barn 2: ", "Kandidat 3, "
        if w_end == a - 1
            && matches!(after.get(..2), Some(b": " | b", " | b" (" | b"):"))
            && one_of_ci(w, LABELS)
        {
            return true;
        }
        // "Pat. 67 år", "Klient 45 år", "Brukaren, 84 år"
        if after.starts_with(" år".as_bytes()) && one_of_ci(w, ROLES) {
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

/// Whether a request to a model, after its system prompt, names someone (`everyone` holds a
/// name or an identifier, or an address, after the first `"user"`, the user message's role):
/// a staff member's own matter handed over ("Skriv ett mejl till Anders Nyström, undersköterska …,
/// hans nya månadslön är …"), not the prompt's whoever.
fn staff_named_in_request(t: &[u8], everyone: &[(usize, usize)]) -> bool {
    let Some(user) = memchr::memmem::find(t, b"\"user\"") else {
        return false;
    };
    everyone.iter().any(|&(s, _)| s > user)
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

/// Whether the term at `s..e` is an extract from the criminal records ("Utdrag ur
/// belastningsregistret ska visas före anställning", "utdrag från belastningsregistret har
/// uppvisats"): a document an employer asks for, no offence; what the extract shows ("en dom
/// för ofredande", "rattfylleri 2019") is told in words of its own.
fn register_extract(t: &[u8], s: usize, e: usize) -> bool {
    let w = &t[s..e];
    if starts_with_ci(w, b"utdrag") {
        return true;
    }
    if !starts_with_ci(w, b"belastningsregist") && !starts_with_ci(w, b"brottsregist") {
        return false;
    }
    let before = &t[s.saturating_sub(12)..s];
    [&b"utdrag ur "[..], b"utdrag fr\xc3\xa5n ", b"utdraget ur "]
        .iter()
        .any(|p| ends_with_ci(before, p))
        || w.len() > 20 && ends_with_ci(w, b"utdrag")
}

/// Whether a social-conditions term is a tenant's arrears or their consequence ("obetald
/// hyra", "hyresskulden", "säga upp kontraktet", "avhysning").
fn arrears(w: &str) -> bool {
    let w = w.as_bytes();
    [
        &b"obetald hyra"[..],
        b"obetalda hyror",
        b"hyresskuld",
        "säga upp kontraktet".as_bytes(),
        b"avhysning",
    ]
    .iter()
    .any(|a| starts_with_ci(w, a))
}

/// Whether a text speaks of the social services or their help ("socialtjänsten",
/// "SOCIALNÄMNDEN", "soc", "ekonomiskt bistånd", "försörjningsstöd", "handläggare"; a
/// word's first letter in either case, or the word in capitals).
fn speaks_of_social_services(t: &[u8]) -> bool {
    [
        &b"social"[..],
        b"SOCIAL",
        b"soc ",
        b"soc.",
        "bistånd".as_bytes(),
        "BISTÅND".as_bytes(),
        "försörjningsstöd".as_bytes(),
        "FÖRSÖRJNINGSSTÖD".as_bytes(),
        "handläggare".as_bytes(),
        // a social worker's client ("Klient ringde 10.15, …, hotad med avhysning")
        b"klient",
        b"KLIENT",
    ]
    .iter()
    .any(|w| super::tokens::has_either_initial(t, w))
}

/// Whether a salary term names a step of the pay process ("lönesamtal", "lönerevisionen",
/// "lönespecifikation", "löneöversyn", "lönekriterier", "lönesättning") or pay alone ("lön",
/// "lönen", "löner").
fn pay_process(w: &[u8]) -> bool {
    ["lön", "lönen", "löner", "lönerna"]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
        || [
            "lönesamtal",
            "lönerevision",
            "lönespec",
            "löneöversyn",
            "lönekriter",
            "lönesättning",
        ]
        .iter()
        .any(|p| starts_with_ci(w, p.as_bytes()))
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
fn titled(t: &[u8], s: usize, e: usize, persons: Spans) -> bool {
    let w = &t[s..e];
    // the definite form right before the holder's name: "Skolsköterskan Lena Orrgård och jag"
    let definite = |x: &str| {
        let x = x.as_bytes();
        w.len() > x.len()
            && w[..x.len()].eq_ignore_ascii_case(x)
            && matches!(&w[x.len()..], b"n" | b"en")
            && !persons.starting(e + 1, e + 2).is_empty()
    };
    if !TITLES
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x.as_bytes()) || definite(x))
    {
        return false;
    }
    let prev = super::tokens::prev_word(t, s);
    // a job held: "6 år som kurator på gymnasium", "jobbar som skolsköterska"
    if prev.is_some_and(|(_, p)| p == b"som") {
        return true;
    }
    // what someone has or has been given ("Bertil Nordin har god man sedan maj"), no title
    if prev.is_some_and(|(_, p)| {
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
    let persons = persons.all();
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
    // (the same, for lookups by position)
    let near = Spans::new(persons);
    named_minors(text, persons, findings);
    child_in_a_parents_message(t, everyone, findings);
    pupil_in_a_school_message(text, everyone, findings);
    pupils_by_class(t, hits, findings);
    pupils_listed(t, everyone, findings);
    pay::figures(t, hits, everyone, findings);
    pay::small_groups(t, findings);
    partner_of_the_same_sex(t, everyone, findings);
    client_by_label(t, persons, findings);
    let any_person = !persons.is_empty();
    // the children found so far (pupils by class or by name, named minors), sorted
    let mut children: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| f.category == Category::Child && f.level >= Level::L2)
        .map(|f| (f.start, f.end))
        .collect();
    children.sort_unstable();
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
    // street addresses: a term inside one is part of a place's name ("Sjukhusvägen 3",
    // "Kyrkogatan 12", "Polisvägen 4"); so are the letters of a licence plate ("ersättningsbuss
    // HBT 62K")
    let mut addresses: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| matches!(f.category, Category::Address | Category::LicensePlate))
        .map(|f| (f.start, f.end))
        .collect();
    addresses.sort_unstable();
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
            // (nor one whose request gives where someone lives: "hembesöket hos kvinnan … på
            // Rönnvägen 7")
            || system_prompt(t)
                && !describes_someone(t)
                && !staff_named_in_request(t, everyone)
                && !staff_named_in_request(t, &addresses)
            // a text about applications by the many, naming no one ("Vi får ca 300
            // färdtjänstansökningar i månaden … avgör om sökanden har ett väsentligt
            // funktionshinder", a specification, a spreadsheet of "inkomna ansökningar"):
            // what it says of "sökanden" is of whoever applies
            || !any_person && !describes_someone(t) && many_applications(t)
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
    // whether the text gives any pay figure or change (computed once, when a word of the pay
    // process stands in it)
    let pay_figure = std::cell::OnceCell::new();
    // whether the text lists staff with their units (computed once, when a term stands in a
    // column after a name)
    let roster = std::cell::OnceCell::new();
    // whether the text is a membership list (computed once, when a belief, a party or a union
    // stands in it)
    let member_list = std::cell::OnceCell::new();
    // whether the text speaks of the social services at all (computed once, when a tenant's
    // arrears could be a case of theirs)
    let social_services = std::cell::OnceCell::new();
    // whether the text holds a delimited table, or columns aligned with spaces (computed
    // once, when a term could head one)
    let tables = std::cell::OnceCell::new();
    let has_table = || *tables.get_or_init(|| memchr::memchr3(b'|', b';', b'\t', t).is_some());
    // the table reader, made when a term first stands in a text with a table
    let columns = std::cell::OnceCell::new();
    let aligned = std::cell::OnceCell::new();
    // whether the text names whose guardian or trustee someone is (computed once, when a
    // guardian is named)
    let whose_guardian = std::cell::OnceCell::new();
    // whether the text is a commissioned person's fee form (computed once, when a term stands
    // on an assignment's line)
    let fee = std::cell::OnceCell::new();
    // the text's glossary lines (found once, when a term first stands on such a line), and
    // whether the line of the last term asked is explained (its next terms ask again)
    let glossary = std::cell::OnceCell::new();
    let explained_memo = std::cell::Cell::new(None);
    let in_glossary = |i: usize| {
        topic::line_start(t, i).is_some_and(|ls| {
            let explained = match explained_memo.get() {
                Some((l, v)) if l == ls => v,
                _ => {
                    let v = topic::explained(t, ls, everyone);
                    explained_memo.set(Some((ls, v)));
                    v
                }
            };
            explained
                && glossary
                    .get_or_init(|| Glossary::new(t, everyone))
                    .holds(ls, i)
        })
    };
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
        // "helt frälst på nya kaffemaskinen": taken with something, no faith
        if cat == Category::Religion && starts_with_ci(&t[h.start..], "frälst på ".as_bytes()) {
            continue;
        }
        // "Regional konferens: Beroende och psykisk ohälsa": an event's theme; "LVU – lag
        // om vård av unga" in a word list
        if event_title(t, h.start) || in_glossary(h.start) {
            continue;
        }
        // an offence someone might commit, as a prediction asks it ("sannolikheten att
        // ungdomen kommer att begå brott", "risk att begå skadegörelse"), or cheating
        // suspected ("misstänkt fusk"): no offence told of anyone
        if cat == Category::CriminalOffence && offence_not_told(t, h.start, h.end) {
            continue;
        }
        // "lärarexamen från Ukraina": where a qualification was earned
        if cat == Category::Ethnicity && wording::earned_abroad(t, h.start) {
            continue;
        }
        // "söker tjänstledighet utan lön": leave without pay, no pay told
        if cat == Category::Salary && ends_with_ci(t[..h.start].trim_ascii_end(), b" utan") {
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
        // a criterion for sorting people a text asks for, not anyone's origin or faith:
        // "bedöm trolig etnisk bakgrund", "om personen bär religiösa symboler" (level 1: the
        // text is about sorting people by it)
        if matches!(cat, Category::Ethnicity | Category::Religion) && criterion(t, h.start) {
            let mut f = Finding::new(cat, h.start, h.end, 0.4);
            f.level = Level::L1;
            findings.push(f);
            continue;
        }
        // "Uppdrag: god man enligt 11 kap. 4 § föräldrabalken", "Uppdrag: Kontaktperson
        // enligt LSS" in a fee form: the work a commissioned person does, not their own
        // matter (the person the work is for is not named there)
        if matches!(cat, Category::SocialConditions | Category::Health)
            && assignment_line(t, h.start)
            && *fee.get_or_init(|| fee_form(t))
        {
            continue;
        }
        // "placering 3,5 m från gräns", "placeringen av garaget": a building's place in a
        // permit, no one's placement
        if weak
            && cat == Category::SocialConditions
            && starts_with_ci(&t[h.start..h.end], b"placering")
            && building_placed(&t[h.end..])
        {
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
            && !*whose_guardian.get_or_init(|| {
                ["man för ", "man åt ", "förvaltare för ", "huvudman"]
                    .iter()
                    .any(|w| memchr::memmem::find(t, w.as_bytes()).is_some())
            })
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
                // "hälsa Kjell!", "hälsa till alla": the verb "greet"
                || w.eq_ignore_ascii_case(b"h\xc3\xa4lsa")
                    && (after.starts_with(b" til")
                        || after.len() >= 2
                            && after[0] == b' '
                            && super::tokens::upper_at(t, h.end + 1))
                // "Hälsa lillkillen!", "hälsa henne från mig"
                || w.eq_ignore_ascii_case(b"h\xc3\xa4lsa")
                    && matches!(
                        super::tokens::next_word(t, h.end),
                        b"henne"
                            | b"honom"
                            | b"dem"
                            | b"alla"
                            | b"fr\xc3\xa5n"
                            | b"lillkillen"
                            | b"lilltjejen"
                            | b"barnen"
                            | b"familjen"
                            | b"mamma"
                            | b"pappa"
                    )
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
        // politics ruled out: "Inget partipolitiskt", "inte partipolitiskt bunden"
        if cat == Category::PoliticalOpinion
            && super::tokens::prev_word(t, h.start)
                .is_some_and(|(_, w)| one_of_ci(w, &["inget", "inte", "ej", "icke"]))
        {
            continue;
        }
        // the pay process or pay without a figure ("Lönesamtalet tas separat i november",
        // "Lönesamtal – boka tid här", "frågor om lön och semester"): a meeting or a topic,
        // no one's salary
        if cat == Category::Salary
            && pay_process(&t[h.start..h.end])
            && !*pay_figure.get_or_init(|| pay::any_figure(t))
        {
            continue;
        }
        // a competence, a list of topics, a unit, a thing under suspicion, a language
        // skill: no one's condition (see `wording`)
        if match cat {
            Category::Health => wording::competence(t, h.start),
            Category::SocialConditions => {
                // the unit's staff: "handledning för familjebehandlarna"
                t[h.start..h.end].eq_ignore_ascii_case(b"familjebehandlarna")
                    || wording::competence(t, h.start)
                    || wording::unit_name(t, h.start, h.end)
                    || wording::guardian_role(t, h.start, h.end)
            }
            Category::EconomicSituation => {
                wording::department_after_name(t, h.start, h.end, everyone)
                    || wording::guardian_role(t, h.start, h.end)
            }
            Category::CriminalOffence => {
                wording::suspected_thing(t, h.start, h.end) || register_extract(t, h.start, h.end)
            }
            Category::Ethnicity => wording::language_skill(t, h.start, h.end),
            _ => false,
        } || wording::topic_list(t, h.start, h.end)
            || (matches!(
                cat,
                Category::Health
                    | Category::SocialConditions
                    | Category::EconomicSituation
                    | Category::Child
            ) && (wording::roster_unit(t, h.start, h.end, everyone, &roster)
                || wording::access_item(t, h.end)
                // (a guardian's title has a rule of its own: whose guardian the text says)
                || wording::in_signature(t, h.start, everyone)
                    && !["god man", "gode man", "förvaltare"]
                        .iter()
                        .any(|w| starts_with_ci(&t[h.start..h.end], w.as_bytes()))
                || wording::course_title(t, h.start)))
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
        // a membership list of a faith community, a party or a union, or a club's members'
        // meeting, naming people: its members, whatever its heading says ("Visionklubben
        // Sociala resursförvaltningen\nMedlemsmöte …\nNÄRVAROLISTA" is no workplace)
        let listed = matches!(
            cat,
            Category::Religion | Category::PoliticalOpinion | Category::UnionMembership
        ) && everyone.len() >= MEMBERS_LISTED
            && *member_list.get_or_init(|| membership_list(t));
        if !own_party && !served && !listed && workplace(text, h.start, h.end, near, &mut buf) {
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
                .fold(0u8, |m, o| m | kind_bit(o.kind) | owner_bit(t, o))
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
                "medlemsansökan",
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
            // "För arbetstagarna: Kenneth Blom, Vision; Anneli Strömberg, Kommunal" or
            // "Kenneth Blom (Vision)": the union a named person stands for (a union's name,
            // not a role: "Hampus Dahl (skyddsombud)")
            let after_name = t[h.start].is_ascii_uppercase()
                && t[..h.start]
                    .strip_suffix(b", ")
                    .or_else(|| t[..h.start].strip_suffix(b" ("))
                    .is_some_and(|b| everyone.iter().any(|&(_, pe)| pe == b.len()));
            // "Kommunal sektion Älvbacka – Klubbnytt\nVälkomna nya medlemmar!" over a list of
            // names: the union heads a text to its members
            if !(member_words
                || from_person
                || after_name
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
        // (in a short text that names someone, a state told with no subject is the writer's:
        // "Hej chefen, har feber och stannar hemma. /Malin")
        // (and in a short message that names no one, a state told with no subject opening the
        // message is its writer's too: "har ett kronofogdeärende sen 2019 och har utmätning
        // på lönen")
        let dropped = t.len() <= 600
            && (named || t[..s].trim_ascii().is_empty())
            && dropped_subject(t, s, h.start);
        let own_state = first_person_state(t, s, h.start) || dropped;
        let own = own_state || first_person_asks(t, s, h.start);
        // "Eleven har skyddad identitet och får inte fotograferas": the rule is that pupil's
        let ruled = || stated_then_ruled(t, hits, k, s, e);
        // (a general marker counts in the term's own clause: "Han undrar om han kan få fbst
        // för april – informerat om att lönen räknas som inkomst" states his case, then the
        // rule the writer explained)
        let general = (kinds_here & GENERAL_BIT != 0 && !own && !ruled() && {
            let (cs, ce) = dash_clause(t, s, e, h.start, h.end);
            near(cs, ce) & GENERAL_BIT != 0
        }
            // (not a fact about someone and the rule it brings: "Hon har skyddad identitet
            // så adressen får inte stå med", "han omhändertogs, mamman får inte hämta honom")
            && !fact_then_rule(t, hits, s, e, h.start, h.end))
            || heading_or_option(t, h.start)
            // a rule about a role in a text that names no one and says no "han"/"hon" ("Om
            // sjukfrånvaron överstiger 14 dagar ska chefen kalla medarbetaren …")
            // (not the writer's own matter: "jag är med i Vision, får jag ta med någon …")
            || (anonymous
                && !own
                && !own_circle(t, hits, s, e)
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
            // a score's criterion on a bullet line that names no one ("- om personen haft
            // försörjningsstöd", "- betalningsanmärkningar (-10 per st)")
            || wording::criterion_line(t, h.start) && {
                let (ls, le) = super::tokens::line(t, h.start);
                !in_range(everyone, ls, le)
            }
            || wording::share_before(t, h.start)
            // "Har ditt barn allergier …?" in a letter to all guardians: a question to any
            // reader, no one's condition
            || persons.is_empty() && wording::question_to_reader(t, s, e)
            // "Kontrollera i Navet om personen har skyddade personuppgifter": a routine's case
            || cat == Category::ProtectedIdentity
                && (protection_conditional(t, s, e, h.start)
                    || protection::protection_of_a_group(t, h.start));
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
            // the one holder of a role at a named place ("Skolsköterskan på Tallbackaskolan
            // är sjukskriven efter en knäoperation"): someone the reader can name
            || workplace::role_at_place(t, s, h.start)
            || (in_range(persons, s, e) && !spoken_by(t, s, e, persons))
            // a child the rules above found ("eleven i 4B", "Dante 4 år", a named pupil)
            || in_range(&children, s, e)
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
            // a family's own word ("Vi har sekretessmarkering sedan vi flyttade hit"), one
            // person's by reference ("Brukaren med skyddad identitet som flyttat …", "Anna
            // (skyddad identitet, …)") or on a row that opens with a name
            || cat == Category::ProtectedIdentity
                && (we_have(t, h.start)
                    || protected_of_someone(t, s, h.start)
                    || on_a_named_row(t, h.start, everyone));
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
                // "Hej Wilma! Ditt provsvar är klart": the named reader's own
                || cat == Category::Health && named && possessed(t, h.start)
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
                // a writer who signs with a name speaks of herself; so does one who opens a
                // short message with her state ("har ett kronofogdeärende sen 2019 …")
                || (own && named)
                || dropped
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
        let family =
            cat == Category::SocialConditions && { family_situation(&text[h.start..h.end]) };
        let case_level = |cat, weak, identified: bool| case_level(cat, weak, identified && !family);
        // "Vid sjukdom ring Birgit 070-…": what to do in such a case, whoever the sentence
        // then names (not the writer's own: "vid sjukdom har jag …" is `own`)
        let case_rule = !own && in_case_of(t, h.start, h.end) && !in_range(persons, s, h.start);
        let (level, score) = if general && !strong_here || case_rule {
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
        // a technique named ("ansiktsigenkänning", "biometrisk identifiering"): how someone
        // might be recognised, not their biometric data
        let level = if cat == Category::Biometric
            && (starts_with_ci(&t[h.start..], "ansiktsigenk".as_bytes())
                || starts_with_ci(&t[h.start..], b"biometrisk"))
        {
            level.min(Level::L1)
        } else {
            level
        };
        // being off sick with no illness named (see `not_health::off_sick`)
        let level = if cat == Category::Health
            && (off_sick(t, h.start, h.end) || not_health::benefit_as_income(t, h.start, h.end))
        {
            level.min(Level::L1)
        } else {
            level
        };
        // a tenant's arrears in a landlord's or a tenant's own letter ("PÅMINNELSE – OBETALD
        // HYRA", "de kan säga upp kontraktet"): an economic matter (level 2, which the economy
        // lexicon reports), a social-services case only where the social services are in the
        // text
        let level = if cat == Category::SocialConditions
            && level > Level::L1
            && arrears(&text[h.start..h.end])
            && !*social_services.get_or_init(|| speaks_of_social_services(t))
        {
            Level::L1
        } else {
            level
        };
        // "Jag har skyddade personuppgifter", "Den nya eleven … har skyddad identitet": a
        // statement about someone, also in a text that goes on with rules for handling it
        // (not "om en elev har …", "den som har …")
        let protected_statement =
            cat == Category::ProtectedIdentity && ref_here && protected_stated(t, s, e, h.start);
        // a membership list of a faith community, a party or a union naming people ("Bilaga:
        // medlemsförteckning … Islamiska kulturföreningen … Yahya Abdi | 2014"): each member's
        // belief, opinion or membership
        let level = if listed { full } else { level };
        let mut f = Finding::new(cat, h.start, h.end, score);
        // (a union's representative named with the role is its member in any text)
        // (nor is one person kept nameless in a report: "en kvinna född 1958 med ALS")
        f.level = if generic_doc
            && !union_rep
            && !protected_statement
            && (cat == Category::Child || !nameless(s, e))
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

/// Persons a membership list names at least.
const MEMBERS_LISTED: usize = 3;

/// Whether the text calls itself a membership list ("medlemsförteckning", "Medlemslista",
/// "utdrag ur medlemsregistret") or the attendance of a members' meeting ("Medlemsmöte …
/// NÄRVAROLISTA (endast medlemmar)").
fn membership_list(t: &[u8]) -> bool {
    [
        &b"edlemsf\xc3\xb6rteckning"[..],
        b"edlemslist",
        b"edlemsregist",
        b"EDLEMSLIST",
        b"edlemsm\xc3\xb6te",
        b"EDLEMSM\xc3\x96TE",
    ]
    .iter()
    .any(|w| memchr::memmem::find(t, w).is_some())
}

/// Whether the union term at `i` stands on a line that lists the employees' side of a
/// negotiation ("Arbetstagarparten:", "Arbetstagarorganisationer:", "Fackliga parter:"), the
/// unions a message goes to ("Till: Kommunal sektion Ekdala; Vision Ekdala") or a collective
/// agreement's area ("Turordningskrets: …") and names no one.
fn union_as_party(t: &[u8], i: usize, everyone: &[(usize, usize)]) -> bool {
    let (ls, le) = super::tokens::line(t, i);
    let line = t[ls..le].trim_ascii_start();
    [
        &b"arbetstagarpart"[..],
        b"arbetstagarnas part",
        b"arbetstagarorganisation",
        b"arbetstagarsidan",
        b"fackliga parter",
        b"fackliga organisationer",
        // the unions a message goes to ("Till: Kommunal sektion Ekdala; Vision Ekdala"), a
        // collective agreement's area ("Turordningskrets: Lokalvårdare, …, Kommunal")
        b"till:",
        b"kopia:",
        b"turordningskrets",
        // an agreement's parties ("Kollektivavtal: AB 25, HÖK 24 med Akademikerförbundet
        // SSR/Vision")
        b"kollektivavtal",
    ]
    .iter()
    .any(|w| super::tokens::starts_with_ci(line, w))
        && memchr::memchr(b':', &line[..line.len().min(48)])
            .is_some_and(|c| le - line.len() + c < i)
        && !everyone.iter().any(|&(ps, pe)| ps < le && pe > ls)
}

/// Whether a religion term names an organisation or its building, not anyone's faith: the
/// body a named person represents ("Gun Persson (Svenska kyrkan), Jonas Eriksson
/// (Arbetsförmedlingen)") or a parish hall as a venue ("Vallokal Församlingshemmet").
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

#[cfg(test)]
mod tests;
