//! AI Act uses: what the text ASKS the AI to do.
//!
//! The unit is the sentence. A sentence is a request when it holds a verb in request
//! position: an imperative or infinitive at the start of the sentence or of a clause joined
//! by "och"/"sedan", after a fronted phrase ("Utifrån foton på de sökande, avgör …"), or after
//! a lead that addresses the AI ("kan du", "skulle du kunna", "hjälp mig att", "jag vill att
//! du", "du ska"); a question ("Vilka av eleverna …?") is one too. What the request is about
//! comes from the verbs' classes (rank, assess, decide, predict, identify, control …) and from
//! the objects in the sentence and its neighbourhood (candidates and CVs → employment, pupils
//! and exams → education, försörjningsstöd → essential services, asylum → migration …).
//! Rules combine the two into (kind, area). A sentence that talks about the rules
//! ("AI-förordningen förbjuder …", "får inte", "till exempel", "är det tillåtet …") or that a
//! list header of that kind introduces is discussion, not a request, and gives no use; so is
//! a request inside a quotation (reported speech, a pasted text; not a JSON string, which is
//! the prompt itself) and a verb negated after it ("Sätt INGET betyg").
//!
//! Terms live in the shared automaton; content terms of the same words (a pupil, a benefit,
//! an ethnicity) also count as objects here, so a longer content term that hides one of
//! ours at the same position loses nothing.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::lexicon::{Hit, Kind};
use super::tokens::{has, lower_into, push_lower, sentence, sentence_initial, words_before};
use crate::{Category, Use, UseArea, UseKind};

mod concepts;
mod lexicon;
pub(crate) mod model;

pub(crate) use lexicon::lists;
use lexicon::*;

// ---- request position -----------------------------------------------------------------------

/// Leads that address the AI; a verb after one (in the same clause) is requested.
const LEADS: &[&str] = &[
    "kan du",
    "kan ni",
    "kunde du",
    "kunde ni",
    "skulle du",
    "skulle ni",
    "vill du",
    "vill ni",
    "orkar du",
    "hinner du",
    "att du",
    "att ni",
    "vill jag att du",
    // what an organisation wants done ("Vi vill ta fram ett pålitlighetsbetyg för varje
    // hyresgäst"); "jag vill räkna ut …" is the writer's own work
    "vi vill",
    "hjälp mig",
    "hjälp oss",
    "hjälpa mig",
    "hjälpa oss",
    "hjälp mig att",
    "hjälp oss att",
    "hjälpa mig att",
    "hjälpa oss att",
    "ber dig att",
    "ber dig",
    "ber er",
    "du ska",
    "ni ska",
    "ska du",
    "ska ni",
    "får du",
    "får ni",
    "måste du",
    "måste ni",
    "bör du",
    "du kan",
    "du får gärna",
    "uppgift är att",
    "uppgiften är att",
    "uppdrag är att",
    "behöver hjälp att",
    "behöver hjälp med att",
    "vill ha hjälp att",
    "vill ha hjälp med att",
    "vill ha hjälp med",
    "behöver hjälp med",
    "behöver du",
    "snälla",
    "vänligen",
    "gärna",
    "please",
    "can you",
    "du kunde",
    "du skulle",
    "du får",
    "där du",
    "could you",
    "would you",
    "can u",
    "i want you to",
    "i want it to",
    "we want it to",
    "we want you to",
    "i need you to",
    "need a",
    "we need a",
    "i'd like you to",
    "your task is to",
    "you will",
    "you should",
    "försök",
    "försök att",
    "låt",
    // an imperative of saying whose object is the judgement ("Ange hur sannolikt det är
    // att …", "Tell me how likely …")
    "ange",
    "uppge",
    "säg",
    "berätta",
    "tell me",
    // a system prompt or a specification that tells the model what to do
    "ska modellen",
    "modellen ska",
    "ska ai:n",
    "ai:n ska",
    "ska boten",
    "boten ska",
    "ska agenten",
    "agenten ska",
    "ska assistenten",
    "assistenten ska",
    "the model should",
    "it should",
    "the agent should",
    "the model will",
    // a requirement the model is to implement ("A3 Systemet ska fatta antagningsbeslut")
    "ska ai-modellen",
    "ai-modellen ska",
    "systemet ska",
    "ska systemet",
    "ai-systemet ska",
    "ska ai-systemet",
    "lösningen ska",
    "ska lösningen",
    "tjänsten ska",
    "ska tjänsten",
    "ai-tjänsten ska",
    "ai-komponenten ska",
    "ai-funktionen ska",
    "funktionen ska",
    "plattformen ska",
    "applikationen ska",
    "the system shall",
    "the solution shall",
    "the system should",
];

/// Leads naming the AI ("låt ett AI-verktyg analysera"): only from "vi"/"jag"/an imperative.
const AI_LEADS: &[&str] = &[
    "ai",
    "ai:n",
    "ai-verktyg",
    "ai-verktyget",
    "ai-tjänsten",
    "ai-systemet",
    "chatgpt",
    "copilot",
    "verktyget",
    "systemet",
    "modellen",
    "boten",
    "chatboten",
    "språkmodell",
    "språkmodellen",
    "ai-modell",
    "ai-modellen",
];

/// Names of a specified tool besides [`AI_LEADS`] ("AI-funktionen ska …", "lösningen ska …").
const SPEC_TOOLS: &[&str] = &[
    "ai-funktionen",
    "ai-lösningen",
    "ai-modellen",
    "lösningen",
    "tjänsten",
    "plattformen",
    "funktionen",
    "applikationen",
    "appen",
    "roboten",
    "assistenten",
];

/// Words that join a second request to a first ("gå igenom dem och sortera bort …").
const JOINS: &[&str] = &[
    "och",
    // "… ansökningarna o välja vilka som ska få pengar" (chat spelling)
    "o",
    "sedan",
    "sen",
    "därefter",
    "och sedan",
    "och sen",
    "och därefter",
    "samt",
    "och även",
    "och också",
    "även",
    "också",
    "eller",
    "men",
    "och så",
    "så",
    "direkt",
    "nu",
    "and",
    "and then",
    "then",
    "och själv",
    "och sedan själv",
];

/// First words of a fronted phrase after which an imperative follows a comma.
const FRONTS: &[&str] = &[
    "utifrån",
    "baserat",
    "med",
    "från",
    "av",
    "bland",
    "efter",
    "enligt",
    "om",
    "när",
    "för",
    "i",
    "på",
    "inför",
    "givet",
    "nedan",
    "här",
    "eftersom",
    "då",
    "innan",
    "utgå",
    "nu",
    "med",
    "gällande",
    "angående",
    "ur",
    "som",
    "from",
    "based",
    "using",
    "for",
    "if",
    "when",
    "after",
    "given",
    "below",
    "here",
    "now",
];

/// Whether `w` ends `s` at a word boundary.
fn ends_with_word(s: &str, w: &str) -> bool {
    // the last byte first: most words of a list end otherwise, and it spares a memcmp
    s.as_bytes().last() == w.as_bytes().last() && s.ends_with(w) && {
        let cut = s.len() - w.len();
        cut == 0 || !s.as_bytes()[cut - 1].is_ascii_alphanumeric() && s.as_bytes()[cut - 1] < 0x80
    }
}

/// The run of word bytes (ASCII letters and digits, any byte of a multi-byte character) that
/// ends `s`: what a phrase [`ends_with_word`] finds at the end of `s` must end with.
fn final_run(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = b.len();
    while i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80) {
        i -= 1;
    }
    &s[i..]
}

/// The end of `s` from the start of its second-to-last run of word bytes ("… beslutade den
/// 2024-03-15 att" → "15 att", "be ai:n att" → "n att"); `None` when `s` ends in no run or
/// holds only one.
fn last_two_runs(s: &str) -> Option<&str> {
    let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    let b = s.as_bytes();
    let r1 = b.len() - final_run(s).len();
    if r1 == b.len() {
        return None;
    }
    let mut j = r1;
    while j > 0 && !word(b[j - 1]) {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    let mut k = j;
    while k > 0 && word(b[k - 1]) {
        k -= 1;
    }
    Some(&s[k..])
}

/// A list of phrases looked for at the end of a clause ([`ends_with_word`]), grouped by how
/// they end: a phrase of two or more words by its last two ([`last_two_runs`]: "vill att",
/// "dig att"), a one-word phrase by its final run. A clause is compared only with the phrases
/// of its own two groups (two binary searches): most clauses end in words no phrase ends in,
/// and "… beslutade den 2024-03-15 att" is no longer compared with every phrase that ends in
/// "att".
struct Endings {
    list: &'static [&'static str],
    /// One-word phrases by final run, the others by last two runs.
    by_end: OnceLock<[Group; 2]>,
}

/// Phrases sorted by a key, and a 64 Ki-bit map of the keys' hashes that answers "no phrase
/// has this key" for most clauses before any string is compared.
struct Group {
    keyed: Vec<(&'static str, &'static str)>,
    bits: super::tokens::HashBits,
}

impl Group {
    fn new(mut keyed: Vec<(&'static str, &'static str)>) -> Group {
        keyed.sort_unstable();
        let mut bits = super::tokens::HashBits::new();
        for &(k, _) in &keyed {
            bits.insert(key_hash(k));
        }
        Group { keyed, bits }
    }

    /// Whether `s` ends with a phrase of this key at a word boundary.
    fn any(&self, key: &str, s: &str) -> bool {
        if !self.bits.contains(key_hash(key)) {
            return false;
        }
        let from = self.keyed.partition_point(|&(f, _)| f < key);
        self.keyed[from..]
            .iter()
            .take_while(|&&(f, _)| f == key)
            .any(|&(_, l)| ends_with_word(s, l))
    }
}

/// FNV-1a of a key, its top 16 bits.
fn key_hash(k: &str) -> usize {
    (super::tokens::fnv(super::tokens::FNV_OFFSET, k.as_bytes()) >> 48) as usize
}

impl Endings {
    const fn new(list: &'static [&'static str]) -> Endings {
        Endings {
            list,
            by_end: OnceLock::new(),
        }
    }

    /// Whether `s` ends with one of the phrases at a word boundary.
    fn end(&self, s: &str) -> bool {
        let [single, multi] = self.by_end.get_or_init(|| {
            let (mut single, mut multi) = (Vec::new(), Vec::new());
            for &l in self.list {
                match last_two_runs(l) {
                    Some(k) => multi.push((k, l)),
                    None => single.push((final_run(l), l)),
                }
            }
            [Group::new(single), Group::new(multi)]
        });
        single.any(final_run(s), s) || last_two_runs(s).is_some_and(|k| multi.any(k, s))
    }
}

static LEAD_ENDINGS: Endings = Endings::new(LEADS);
static JOIN_ENDINGS: Endings = Endings::new(JOINS);
static AI_LEAD_ENDINGS: Endings = Endings::new(AI_LEADS);

/// Whether `b[a..e]` stands at word boundaries (for [`has_word`]).
#[inline]
fn word_bounded(b: &[u8], a: usize, e: usize) -> bool {
    let before = a == 0 || !(b[a - 1].is_ascii_alphanumeric() || b[a - 1] >= 0x80);
    let after = e == b.len() || !(b[e].is_ascii_alphanumeric() || b[e] >= 0x80);
    before && after
}

/// Whether `w` occurs in `s` at word boundaries.
fn has_word(s: &str, w: &str) -> bool {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(p) = super::tokens::find(&b[from..], w) {
        let a = from + p;
        if word_bounded(b, a, a + w.len()) {
            return true;
        }
        from = a + 1;
        while !s.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// [`LEADS`] in one automaton (all matches, overlapping), built once: a clause is searched
/// once for every lead instead of once per lead.
fn leads() -> &'static AhoCorasick {
    static LEADS_AC: OnceLock<AhoCorasick> = OnceLock::new();
    // a DFA: searched for every request verb, it is worth its memory (a few hundred KB)
    LEADS_AC.get_or_init(|| {
        AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(LEADS)
            .expect("the lead automaton builds")
    })
}

/// Whether any of [`LEADS`] occurs in `s` at word boundaries (`has_word` for each lead).
fn has_lead(s: &str) -> bool {
    let b = s.as_bytes();
    leads().find_overlapping_iter(s).any(|m| {
        // "du får inte …" forbids rather than asks ("du får intervjua" still asks)
        let next = s[m.end()..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        word_bounded(b, m.start(), m.end()) && !matches!(next, "inte" | "aldrig" | "ej")
    })
}

/// A sentence lower-cased once; slices of it stand for the lower-cased slices of the text
/// when lower-casing kept every character's length (else they are lower-cased on demand).
struct Lowered {
    s: usize,
    e: usize,
    text: String,
    aligned: bool,
}

impl Lowered {
    fn new(text: &str, s: usize, e: usize) -> Lowered {
        let mut low = String::with_capacity(e - s);
        let aligned = lower_aligned(&text[s..e], &mut low);
        Lowered {
            s,
            e,
            text: low,
            aligned,
        }
    }

    /// `text[a..b]` lower-cased (as [`lower_into`] does), cut to the sentence `s..e` (a
    /// hit that starts in the sentence may end after it, where a line break, `\r\n`, ends
    /// it inside a phrase): empty when nothing of it is inside.
    fn slice<'a>(&'a self, text: &str, a: usize, b: usize, buf: &'a mut String) -> &'a str {
        let a = a.clamp(self.s, self.e);
        let b = b.clamp(a, self.e);
        if self.aligned {
            &self.text[a - self.s..b - self.s]
        } else {
            lower_into(&text[a..b], buf)
        }
    }
}

/// [`lower_into`] that also says whether every character kept its length in bytes.
fn lower_aligned(w: &str, buf: &mut String) -> bool {
    buf.clear();
    let mut aligned = true;
    let mut rest = w;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| b >= 0x80).unwrap_or(rest.len());
        let at = buf.len();
        buf.push_str(&rest[..ascii]);
        buf[at..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            let at = buf.len();
            push_lower(buf, c);
            aligned &= buf.len() - at == c.len_utf8();
            rest = &rest[c.len_utf8()..];
        }
    }
    aligned
}

/// Whether the verb at `v` stands in request position in the sentence starting at `s`.
/// `earlier` says a request verb came before in the same sentence.
/// Openers of a sentence that states what a tool or script is for.
const PURPOSES: &[&str] = &[
    "tanken är att ",
    "syftet är att ",
    "målet är att ",
    "idén är att ",
    "planen är att ",
];

fn in_request_position(
    text: &str,
    quotes: &Quotes,
    low: &Lowered,
    s: usize,
    v: usize,
    earlier: bool,
    buf: &mut String,
) -> bool {
    let t = text.as_bytes();
    if sentence_initial(t, v) {
        // "Beslut: bevilja …" is a record, not a request: a label on the same line
        return !labelled(text, v);
    }
    let head = low.slice(text, s, v, buf);
    let head = head.trim_end_matches([' ', '\t', '\n', '"', '(']);
    // "Just give me …", "Bara ranka dem", "Steg 2 – bedöm …", "1) sortera …"
    if opener(head) {
        return true;
    }
    // a plan in arrows: "klassrumskamera + visionmodell → detektera oroliga elever"
    if head.ends_with('→') || head.ends_with("->") {
        return true;
    }
    // the tool asked directly, opening the sentence: "Kan AI:n kopplas till kamerorna och
    // räkna …" (not "… kan modellen fatta beslut" in prose)
    if head.len() < 400 && has(head, "kan ai") {
        let last = head
            .rsplit_once(['.', '?', '!', '\n'])
            .map_or(head, |x| x.1)
            .trim_start();
        if (last.starts_with("kan ai:n ") || last.starts_with("kan ai ")) && last.len() < 120 {
            return true;
        }
    }
    // an imperative after a dash that ends a sentence handing material to the assistant:
    // "Jag klistrar in alla brev nedan – rangordna de 10 bästa", "@Copilot … – gör en
    // prognos" (not a list of examples in a guideline: "Förbjudet – rangordna …")
    if let Some(before) = head
        .strip_suffix('–')
        .or_else(|| head.strip_suffix(" -"))
        .or_else(|| head.strip_suffix('—'))
    {
        let before = before.trim_end();
        let first = before.trim_start().split(' ').next().unwrap_or("");
        if before.len() > 12
            && (earlier
                || has_lead(before)
                || quotes.speaks_to_assistant(text)
                || matches!(first, "jag" | "vi" | "@copilot" | "hej" | "hi" | "please")
                // the material pointed at: "färdtjänstansökan nedan – bevilja/avslå"
                || ends_with_word(before, "nedan")
                || ends_with_word(before, "ovan")
                || ends_with_word(before, "below"))
        {
            return true;
        }
    }
    // the current clause: after the last comma, semicolon, colon or dash
    let cut = memchr::memrchr3(b',', b';', b':', head.as_bytes()).map_or(0, |p| p + 1);
    let clause = head[cut..].trim();
    let sentence_start = head.trim_start();
    if clause.is_empty() {
        if earlier {
            return true;
        }
        // "Jag klistrar in dom en och en, ge varje text ett betyg": an imperative after the
        // comma that ends a sentence handing material to the assistant
        if cut > 0 {
            let before = head[..cut - 1].trim_start();
            if matches!(before.split(' ').next(), Some("jag" | "vi")) && speaks_to_assistant(before)
            {
                return true;
            }
        }
        // a phrase set off by commas after a lead: "där du, för var och en av dem, bedömer"
        if cut > 0 {
            let before = &head[..cut - 1];
            if let Some(p) = before.rfind(',') {
                let lead = before[..p].trim_end();
                if before.len() - p < 80 && LEAD_ENDINGS.end(lead) {
                    return true;
                }
            }
        }
        // "Utifrån foton på de sökande, avgör …", also after a label ("Nästa steg: för
        // varje handläggare, analysera …")
        // (nothing before the verb but what was trimmed: nothing fronted)
        let Some(fronted) = cut.checked_sub(1).map(|c| &head[..c]) else {
            return false;
        };
        let fronted = fronted
            .rfind(':')
            .map_or(sentence_start, |p| &fronted[p + 1..]);
        // (also after a joining word: "- och för distrikten där motståndarna är starka:
        // formulera inlägg som …")
        let mut words = fronted
            .trim_start()
            .split([' ', ','])
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty());
        let mut first = words.next().unwrap_or("");
        // (after a list label: "b) av de 8 undersköterskorna nedan, välj ut de 3 …")
        let label = fronted.trim_start().split(' ').next().unwrap_or("");
        if label.len() <= 3
            && label.ends_with([')', '.'])
            && label[..label.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric())
            && label.len() > 1
        {
            first = words.next().unwrap_or("");
        }
        if matches!(first, "och" | "men" | "sen" | "sedan" | "and") {
            first = words.next().unwrap_or("");
        }
        return FRONTS.contains(&first) && cut < 160;
    }
    if JOIN_ENDINGS.end(clause) && (earlier || has_lead(head)) {
        return true;
    }
    // "Använd kameran för att mäta …": the purpose of an imperative
    if ends_with_word(clause, "för att") {
        let first = sentence_start.split(' ').next().unwrap_or("");
        if matches!(first, "använd" | "utnyttja" | "ta") {
            return true;
        }
    }
    if clause.len() > 90 {
        return false;
    }
    // the purpose of what the assistant is asked to fix or build: "Tanken är att vi ska bygga
    // upp en ansiktsdatabas …" after "kan du fixa buggen i det här skriptet?"
    if let Some(rest) = PURPOSES.iter().find_map(|p| clause.strip_prefix(p)) {
        let from = floor(text, s.saturating_sub(300));
        let mut before = String::new();
        if matches!(
            rest,
            "vi ska" | "den ska" | "det ska" | "skriptet ska" | "man ska"
        ) && (earlier
            || quotes.speaks_to_assistant(text)
            || has_lead(lower_into(&text[from..s], &mut before)))
        {
            return true;
        }
    }
    // a requirement on the tool ("AI-funktionen ska analysera …", "Utifrån R2 ska verktyget
    // rangordna …"): what it is specified to do
    // (not a wish or a question reported in a clause of its own: "En rektor vill att AI ska
    // rätta proven", "om verktyget ska …")
    let (before, tool) = match clause.strip_suffix(" ska") {
        Some(rest) => rest.rsplit_once(' ').unwrap_or(("", rest)),
        // (" ska " and one word: the last space is the one after "ska")
        None => clause
            .rsplit_once(' ')
            .and_then(|(b, x)| Some((b.strip_suffix(" ska")?, x)))
            .unwrap_or(("", "")),
    };
    if (AI_LEADS.contains(&tool) || SPEC_TOOLS.contains(&tool))
        && !before
            .split(' ')
            .any(|w| matches!(w, "att" | "om" | "som" | "hur" | "inte" | "när" | "varför"))
    {
        return true;
    }
    if LEAD_ENDINGS.end(clause) {
        return true;
    }
    // "Du läser ansökan och …", "Du bestämmer själv …": a system prompt tells the model
    // what it does in the present tense
    // (also in a message that speaks to the assistant: "inspelningarna laddas upp till dig
    // efteråt. Du går igenom dem och markerar …")
    // ("Du är TrafikAgent och styr signalanläggningarna …": the role, then the task)
    let line = clause.rsplit(['\n', '"']).next().map_or("", str::trim);
    if (line == "du" || line.starts_with("du är ") && line.ends_with(" och") && line.len() < 60)
        && (quotes.system_prompt(text) || quotes.speaks_to_assistant(text))
    {
        return true;
    }
    // a plan for the assistant in a list ("What I'm thinking:\n- you look at the staff member
    // on duty and tell me …")
    if let Some(item) = clause.rsplit('\n').next() {
        let item = item.trim_start();
        if ["- you", "* you", "• you"].contains(&item) {
            return true;
        }
    }
    // a lead earlier in the clause, a few words before the verb ("kan du utifrån listan ranka")
    // the last occurrence of each lead in the clause, in one search
    let mut last = [usize::MAX; LEADS.len()];
    for m in leads().find_overlapping_iter(clause) {
        last[m.pattern().as_usize()] = m.start();
    }
    for (l, &p) in LEADS.iter().zip(&last) {
        // (most leads do not occur: that test first)
        if p == usize::MAX || !(l.contains(' ') || *l == "låt") {
            continue;
        }
        {
            let rest = &clause[p + l.len()..];
            // "kan du för varje avgöra om …": a phrase saying for whom
            let rest = [" för varje", " för var och en", " för alla"]
                .iter()
                .find_map(|x| rest.strip_prefix(x))
                .map_or(rest, |r| if r.is_empty() { " " } else { r });
            let words = rest.split_whitespace();
            // words that open a clause of their own, or a subject or negation of its own
            let own_clause = |x: &str| {
                matches!(
                    x,
                    "ska"
                        | "som"
                        | "hur"
                        | "när"
                        | "om"
                        | "att"
                        | "kan"
                        | "vill"
                        | "får"
                        | "måste"
                        | "bör"
                        | "skulle"
                        | "jag"
                        | "vi"
                        | "man"
                        | "inte"
                        | "aldrig"
                        | "ej"
                )
            };
            let plain = words.clone().count() <= 4
                && words
                    .clone()
                    .all(|x| !own_clause(x) && !matches!(x, "för" | "de" | "den" | "det"));
            // (a lead that names the assistant may stand further before its verb: "vill att
            // du under livesändningen från kamerorna vid entrén identifierar …")
            let you = l.ends_with(" du") || l.ends_with(" ni");
            // (material the writer hands over, named on the way: "kan du utifrån
            // anteckningarna nedan och fotot jag laddar upp avgöra …")
            let handed = [
                "jag laddar upp",
                "jag bifogar",
                "jag klistrar in",
                "jag skickar med",
            ]
            .iter()
            .find(|h| rest.contains(*h));
            let plain = plain
                || you && {
                    let words = words
                        .clone()
                        .filter(|x| handed.is_none_or(|h| !h.split(' ').any(|hw| hw == *x)));
                    words.clone().count() <= if handed.is_some() { 12 } else { 8 }
                        && words.clone().all(|x| {
                            !own_clause(x)
                                && !matches!(x, "eller")
                                && (x != "och" || handed.is_some())
                        })
                };
            if rest.len()
                <= if you {
                    if handed.is_some() {
                        120
                    } else {
                        80
                    }
                } else {
                    45
                }
                && (p == 0 || !clause.as_bytes()[p - 1].is_ascii_alphanumeric())
                && rest.starts_with(' ')
                && plain
            {
                return true;
            }
        }
    }
    if AI_LEAD_ENDINGS.end(clause) {
        // (the clause's first word after a label: "Trafikkontoret: kan vi låta en
        // språkmodell styra …?")
        let first = if cut > 0 && head.as_bytes()[cut - 1] == b':' {
            clause
        } else {
            sentence_start
        };
        let first = first.split(' ').next().unwrap_or("");
        // "Kan AI-verktyget bestämma vem som får platsen?": a question to the tool
        // "… föreslå hur vi låter en AI-modell ta över styrningen": the model is let do it
        if (has(clause, "låter ") || has(clause, "låta ")) && has_lead(head) {
            return true;
        }
        let asked = matches!(first, "kan" | "kunde" | "skulle")
            && text[v..]
                .split(['.', '\n'])
                .next()
                .is_some_and(|r| r.contains('?'));
        return asked || matches!(first, "låt" | "vi" | "jag" | "nu" | "så");
    }
    false
}

/// An automaton that finds any of `phrases`, ASCII case ignored (built once, in a static).
pub(super) fn phrase_set(phrases: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(phrases)
        .expect("phrases compile")
}

/// Whether a message hands material to the assistant it speaks to ("laddas upp till dig",
/// "klistrar in nedan åt dig", "Vilket filformat vill du ha?").
fn speaks_to_assistant(text: &str) -> bool {
    static MARKS: std::sync::LazyLock<AhoCorasick> = std::sync::LazyLock::new(|| {
        phrase_set(&[
            "upp till dig",
            "in till dig",
            "skickar till dig",
            "ger dig",
            "klistrar in",
            "vill du ha",
        ])
    });
    MARKS.is_match(text)
}

/// Markers of a system prompt: a text that tells a model its role and tasks. Narrower than
/// the content detector's (`content::system_prompt`, any line opening "Du är …"): here a
/// marker makes "Du …" a request, and job ads also say "Du är …" and "Du tar emot …".
const SYSTEM_MARKS: &[&str] = &[
    "Du är en AI",
    "Du är ett AI",
    "Du är en assistent",
    "Du är en chatbot",
    "Du är en chattbot",
    "Din uppgift:",
    "Roll:",
    "prompt = ",
    "PROMPT = ",
    "SYSTEM = ",
    "system_prompt",
    "\"role\": \"system\"",
    "\"role\":\"system\"",
    "ystemprompt",
    "ystem prompt",
    "SYSTEM PROMPT",
    // (a label over the model's instructions, not a document's title: "Instruktion:
    // Informationsklassning med KLASSA – workshop")
    "Instruktion:\n",
    "Instruktion:\r\n",
    "Instruktion: Du ",
];

/// Whether the text is (or holds) a system prompt: one pass of an automaton built once.
fn system_prompt(text: &str) -> bool {
    static MARKS: OnceLock<AhoCorasick> = OnceLock::new();
    MARKS
        .get_or_init(|| AhoCorasick::new(SYSTEM_MARKS).expect("the system-prompt markers build"))
        .is_match(text)
}

/// Adverbs that may stand before an imperative that opens a request.
const OPENERS: &[&str] = &[
    "just",
    "bara",
    "och",
    "sen",
    "sedan",
    "först",
    "därefter",
    "slutligen",
    "sist",
    "also",
    "then",
    "now",
    "first",
    "finally",
    "pls",
    "plz",
    "automatiskt",
    "automatically",
    "gärna",
];

/// Whether the words before a verb in its sentence (lower-cased) only open it: one or two
/// adverbs of [`OPENERS`], or a step label ("steg 2 –", "punkt 3.", "1)", "b)").
fn opener(head: &str) -> bool {
    let head = head.trim();
    if head.is_empty() {
        return false;
    }
    // one or two adverbs of [`OPENERS`]
    let only_openers = |s: &str| {
        let mut words = s.split_whitespace();
        words.clone().nth(2).is_none() && words.all(|w| OPENERS.contains(&w))
    };
    if only_openers(head) {
        return true;
    }
    // a chat's aside before a dash: "quick one – pls screen these …" (a short head only)
    if head.len() <= 48 && memchr::memchr2(b'-', 0x93, head.as_bytes()).is_some() {
        if let Some((before, after)) = head.rsplit_once(" – ").or_else(|| head.rsplit_once(" - "))
        {
            if before.len() <= 30 && !after.is_empty() && only_openers(after) {
                return true;
            }
        }
    }
    // a list label before an adverb: "3. automatiskt jämför …", "b) sen ranka …"
    if let Some((first, rest)) = head.split_once(' ') {
        let f = first.trim_end_matches(['.', ')']);
        if f.len() < first.len()
            && !f.is_empty()
            && f.len() <= 2
            && (f.bytes().all(|b| b.is_ascii_digit()) || first.ends_with(')'))
            && only_openers(rest)
        {
            return true;
        }
    }
    let label = head.trim_end_matches(['–', '-', '.', ':', ')', ' ']);
    let (word, num) = label.rsplit_once(' ').unwrap_or(("", label));
    let numbered = !num.is_empty()
        && num.len() <= 2
        && (num.bytes().all(|b| b.is_ascii_digit()) || word.is_empty() && head.ends_with(')'));
    numbered
        && label.len() < head.len()
        && matches!(
            word,
            "" | "steg" | "punkt" | "step" | "del" | "fas" | "uppgift" | "task"
        )
}

/// Verbs that ask for a tool to be made ("Skriv ett skript som …", "Bygg en app som …").
const MAKE: &[&str] = &[
    "skriv",
    "skapa",
    "bygg",
    "utveckla",
    "gör",
    "programmera",
    "koda",
    "ta",
    "träna",
    "sätt",
    "designa",
    "konstruera",
    "koppla",
    "hjälp",
    "jag",
    "vi",
    "kan",
    // "Behöver ett Python-skript som läser av … och justerar …"
    "behöver",
    "need",
    "write",
    "build",
    "create",
    "make",
    "develop",
    "set",
    "code",
];

/// Tools whose relative clause says what they should do.
const TOOLS: &[&str] = &[
    "skript",
    "script",
    "program",
    "modell",
    "verktyg",
    "app",
    "system",
    "funktion",
    "bot",
    "algoritm",
    "kod",
    "tjänst",
    "lösning",
    "makro",
    "formel",
    "ai",
    "tillägg",
    "plugin",
    "crawler",
    "scraper",
    "robot",
    "agent",
    "flöde",
    "flow",
    "pipeline",
    "sql",
    "query",
    "excel",
    "dashboard",
    "integration",
    "automation",
    "automatisering",
];

/// Whether the verb `h` opens the relative clause of a requested tool ("Skriv ett
/// Python-skript som laddar ner …", "Skapa en modell som ger varje hushåll en poäng"): what
/// the tool is to do is requested too. The verb may be in the present tense.
fn tool_clause(text: &str, low: &Lowered, s: usize, h: &Hit, buf: &mut String) -> bool {
    let ending = &text[h.core_end..h.end];
    if !matches!(ending, "" | "r" | "er" | "a") {
        return false;
    }
    let head = low.slice(text, s, h.start, buf).trim_end();
    // "… som laddar ner", or a few words between ("… som under lektionen läser av …");
    // English "a script that reads …, tracks … and flags …" (a list of verbs after "that")
    // "en mall där AI:n bedömer …": the tool named as the subject of a "där" clause
    let where_tool = super::tokens::rfind(head, " där ").is_some_and(|p| {
        let x = &head[p + " där ".len()..];
        let x = x.trim_end_matches(":n").trim_end_matches(":en");
        !x.contains(' ') && (TOOLS.iter().any(|t| x.ends_with(t)) || AI_LEADS.contains(&x))
    });
    let head = if where_tool
        || ["som", "that", "which"]
            .iter()
            .any(|w| ends_with_word(head, w))
    {
        head
    } else {
        // a verb coordinated with the clause's first one ("en funktion som tar emot
        // ansökan (inkomster, boendekostnad) och automatiskt fattar beslut")
        let coordinated = {
            let h = [
                "automatiskt",
                "sedan",
                "sen",
                "direkt",
                "även",
                "också",
                "then",
            ]
            .iter()
            .find_map(|a| head.strip_suffix(a))
            .map_or(head, str::trim_end);
            ends_with_word(h, "och") || ends_with_word(h, "and")
        };
        let near = |p: usize, list: bool| {
            // the inputs named first ("som utifrån bostadsområde, ålder, kön och … räknar
            // ut risken")
            let rest = &head[p..];
            let inputs = [" som utifrån ", " som baserat på ", " som med hjälp av "]
                .iter()
                .any(|x| rest.starts_with(x));
            let (coordinated, list) = (coordinated || inputs, list || inputs);
            let reach = if coordinated {
                200
            } else if list {
                120
            } else {
                60
            };
            head.len() - p <= reach
                && (list || coordinated || !head[p..].contains([',', ';']))
                && !head[p..].contains(": ")
        };
        match super::tokens::rfind(head, " som ") {
            Some(p) if near(p, false) => &head[..p + 4],
            _ => match super::tokens::rfind(head, " that ") {
                Some(p) if near(p, true) => &head[..p + 5],
                _ => return false,
            },
        }
    };
    if head.len() > 160 {
        return false;
    }
    // "Steg 1: skriv en crawler som …": the request after a label
    let head = head
        .rfind(": ")
        .map_or(head, |p| &head[p + 2..])
        .trim_start();
    let first = head.split([' ', ',']).next().unwrap_or("");
    MAKE.contains(&first)
        && head
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| TOOLS.iter().any(|x| w.ends_with(x)))
        && (first != "jag" && first != "vi" && first != "kan"
            || has_lead(head)
            || head.contains("vill ha")
            || head.contains("behöver"))
}

/// The AI tool of a specification as the subject of a clause.
const TOOL_SUBJECTS: &[&str] = &[
    "ai",
    "ai:n",
    "ai-stödet",
    "ai-modulen",
    "ai-analys",
    "ai-analysen",
    "ai-agenten",
    "ai-verktyget",
    "ai-tjänsten",
    "ai-systemet",
    "ai-funktionen",
    "ai-lösningen",
    "ai-modellen",
    "modellen",
    "agenten",
    "modulen",
    "boten",
    "chatboten",
];

/// Whether a verb says what a specified AI tool does, with the tool as its subject: "AI-analys
/// av ansiktet uppskattar för varje besökare …", "Som chef vill jag att AI tar fram en
/// poäng per medarbetare …", "AI-modulen ska utifrån ansökan och intyg räkna fram antal
/// timmar …". Not a negated one ("Modellen rangordnar inte …").
fn tool_subject(text: &str, low: &Lowered, s: usize, h: &Hit, buf: &mut String) -> bool {
    let ending = &text[h.core_end..h.end];
    let core = &text[h.start..h.core_end];
    let present = matches!(ending, "r" | "er" | "ar")
        || ending.is_empty() && core.split(' ').next().is_some_and(|w| w.ends_with('r'));
    if !(present || ending.is_empty() || ending == "a") {
        return false;
    }
    let after = &text[h.end..floor(text, (h.end + 12).min(text.len()))];
    if after.starts_with(" inte") || after.starts_with(" aldrig") || after.starts_with(" ej ") {
        return false;
    }
    let head = low.slice(text, s, h.start, buf).trim_end();
    if head.len() > 240 {
        return false;
    }
    let is_tool = |w: &str| TOOL_SUBJECTS.contains(&w.trim_matches(|c: char| c == '"' || c == '('));
    if present {
        let cut = memchr::memrchr3(b',', b';', b':', head.as_bytes()).map_or(0, |p| p + 1);
        let clause = head[cut..].trim().trim_start_matches(['-', '*', '•', ' ']);
        // (or a numbered step: "3. Modellen sätter status …")
        let digits = clause.bytes().take_while(u8::is_ascii_digit).count();
        let clause = match clause.as_bytes().get(digits) {
            Some(b'.' | b')') if (1..3).contains(&digits) => clause[digits + 1..].trim_start(),
            _ => clause,
        };
        let mut words = clause.split(' ');
        let first = words.next().unwrap_or("");
        // "AI-stödet läser …", "- AI-analys av ansiktet uppskattar …"
        if is_tool(first) {
            match words.next() {
                None => return true,
                Some("av") if words.count() <= 2 => return true,
                _ => {}
            }
        }
        // "… vill jag att AI tar fram …"
        if let Some(p) = super::tokens::rfind(clause, " att ") {
            if is_tool(&clause[p + " att ".len()..]) {
                return true;
            }
        }
    } else {
        // "AI-modulen ska utifrån ansökan, IBIC-dokumentationen och intyg räkna fram …"
        let mut rest = head;
        while let Some(p) = super::tokens::rfind(rest, " ska ") {
            let subject = rest[..p].rsplit(' ').next().unwrap_or("");
            let between = &head[p + 5..];
            if is_tool(subject)
                && ["utifrån ", "baserat på ", "med hjälp av "]
                    .iter()
                    .any(|x| between.starts_with(x))
            {
                return true;
            }
            rest = &rest[..p];
        }
    }
    false
}

/// Whether `v` follows a label on its own line ("Beslut: bevilja …").
fn labelled(text: &str, v: usize) -> bool {
    let t = text.as_bytes();
    let mut j = v;
    while j > 0 && t[j - 1] == b' ' {
        j -= 1;
    }
    if j == 0 || t[j - 1] != b':' {
        return false;
    }
    let ls = text[..j - 1].rfind('\n').map_or(0, |p| p + 1);
    let label = text[ls..j - 1].trim().to_lowercase();
    // a phrase fronted before the request ("Inför valet i september: skriv …", "Till
    // mötet på fredag: sammanfatta …") is no record's field label
    let fronted = label.split_once(' ').is_some_and(|(first, _)| {
        matches!(
            first,
            "inför"
                // the assistant given its role first: "Du får vara domstol här: avgör …"
                | "du"
                | "till"
                | "efter"
                | "under"
                | "vid"
                | "innan"
                | "utifrån"
                | "baserat"
                | "gällande"
                | "angående"
                | "inom"
                | "före"
        )
    });
    !label.is_empty()
        && label.len() < 40
        && !fronted
        && !addressed(&label)
        && !matches!(
            label.as_str(),
            "uppgift" | "uppdrag" | "prompt" | "instruktion" | "fråga" | "instruktioner"
        )
}

/// Whether a lower-cased label opens with the assistant's name ("@Copilot innan jag skickar
/// detta vidare: gör …", "ChatGPT: bedöm …"): what follows its colon is asked of it, no
/// field's value.
fn addressed(label: &str) -> bool {
    let l = label.trim_start_matches('@');
    ["copilot", "chatgpt", "gpt", "claude", "gemini", "assistent"]
        .iter()
        .any(|n| {
            l.starts_with(n)
                && l[n.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

/// Whether a list's header states what may not be done, in any word order ("Det här får du
/// INTE göra:", "Boten ska aldrig:", "Du får inte:"): its items are prohibitions.
fn prohibits(header: &[u8]) -> bool {
    let words = || {
        header
            .split(|&b| !super::tokens::is_word_byte(b))
            .filter(|w| !w.is_empty())
    };
    let modal = words().any(|w| {
        [
            &b"f\xc3\xa5r"[..],
            b"ska",
            b"skall",
            "bör".as_bytes(),
            b"kan",
            b"may",
            b"must",
        ]
        .iter()
        .any(|m| w.eq_ignore_ascii_case(m))
    });
    modal
        && words().any(|w| {
            [&b"inte"[..], b"aldrig", b"ej", b"not", b"never"]
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n))
        })
}

/// The start of a list item's header line when the line at `i` is a bullet or numbered item.
fn list_header(t: &[u8], i: usize) -> Option<(usize, usize)> {
    let bullet = |ls: usize| {
        let mut k = ls;
        while k < t.len() && (t[k] == b' ' || t[k] == b'\t') {
            k += 1;
        }
        match t.get(k) {
            Some(b'-' | b'*') => true,
            Some(0xE2) => true, // • – —
            Some(c) if c.is_ascii_digit() => {
                let mut m = k;
                while m < t.len() && t[m].is_ascii_digit() {
                    m += 1;
                }
                matches!(t.get(m), Some(b'.' | b')'))
            }
            _ => false,
        }
    };
    // a list item is a short line: no further back than 4 KB (a text without line breaks
    // costs no scan to its start per anchor)
    let lo = i.saturating_sub(4096);
    let ls = match memchr::memrchr(b'\n', &t[lo..i]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    if !bullet(ls) {
        return None;
    }
    let mut end = ls;
    for _ in 0..12 {
        if end == 0 {
            return None;
        }
        let prev_end = end - 1;
        let lo = prev_end.saturating_sub(4096);
        let ps = memchr::memrchr(b'\n', &t[lo..prev_end]).map_or(lo, |p| lo + p + 1);
        let line = &t[ps..prev_end];
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            end = ps;
            continue;
        }
        if !bullet(ps) {
            return Some((ps, prev_end));
        }
        end = ps;
    }
    None
}

/// Verb forms accepted in request position: the imperative/infinitive itself, an infinitive
/// "-a" of a consonant-stem imperative ("bedöma"), or a present "-r"/"-er" after "du"/"ni".
fn verb_form_ok(text: &str, h: &Hit, s: usize) -> bool {
    let core = &text[h.start..h.core_end];
    if core.contains(' ') {
        return true;
    }
    let ending = &text[h.core_end..h.end];
    match ending {
        "" => true,
        "a" => !core.ends_with('a'),
        "r" | "er" => {
            let you =
                |head: &str| has_word(head, "du") || has_word(head, "ni") || has_word(head, "Du");
            // also an item of a list introduced by "Jag vill att du" ("- bedömer för varje
            // svar om han ljuger")
            you(&text[s..h.start])
                || list_header(text.as_bytes(), h.start).is_some_and(|(a, b)| you(&text[a..b]))
        }
        _ => false,
    }
}

/// What a hit says for this module.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// A verb class and the objects its own words name ("vilka elever").
    Verb(u8, u64),
    Objects(u64),
    Phrase(UseKind, UseArea),
    Discussion,
}

/// Normative General markers that also mark a sentence as discussion.
const GENERAL_DISCUSSION: &[&str] = &[
    "får inte",
    "får aldrig",
    "får ej",
    "inte får",
    "aldrig får",
    "ska inte",
    "ska aldrig",
    "bör inte",
    "bör aldrig",
    "inte tillåtet",
    "inte tillåten",
    "till exempel",
    "t.ex.",
    "t ex",
    "exempelvis",
    "såsom",
    "som exempel",
    "exempel på",
    "bland annat",
    "bl.a.",
    "undvik",
    "ai-förordningen",
    "är det tillåtet",
    "tillåtet att",
    "dataskyddsförordningen",
    "omfattas av",
    "räknas som",
    "man får",
    "i allmänhet",
    "generellt",
];

/// Whether a rule follows "omfattas av" / "räknas som" at `e` ("omfattas av förbudet",
/// "räknas som högrisk", "räknas som ett beslut"): talk about rules. "att de omfattas av
/// uppsägning" and "vilka som ska räknas som giltiga" are the request's own matter.
fn rule_follows(t: &[u8], e: usize) -> bool {
    const RULES: &[&str] = &[
        "förbud",
        "förordning",
        "ai",
        "högrisk",
        "regl",
        "lag",
        "krav",
        "artikel",
        "bilaga",
        "annex",
        "dataskydd",
        "gdpr",
        "sekretess",
        "definition",
        "undantag",
        "kategori",
        "bestämmelse",
        "tillämpningsområde",
        "förbjud",
        "personuppgift",
        "känslig",
        "automatiser",
        "profilering",
        "biometri",
        "allmän",
        "beslut",
        "myndighetsutövning",
        "behandling",
    ];
    let mut next = super::tokens::next_word(t, e);
    if matches!(next, b"en" | b"ett" | b"den" | b"det") {
        // (`next` is a slice of `t`: where it ends)
        let from = next.as_ptr() as usize - t.as_ptr() as usize + next.len();
        next = super::tokens::next_word(t, from);
    }
    let mut low = [0u8; 24];
    let low = &mut low[..next.len()];
    crate::identifiers::context::lower_into(next, low);
    RULES.iter().any(|r| low.starts_with(r.as_bytes()))
}

/// The role of a hit, mapping content terms of the same words to objects.
fn role(text: &str, h: &Hit, buf: &mut String) -> Option<Role> {
    let t = text.as_bytes();
    // the tail of a compound on a one-letter prefix: "e-tjänsten" is no job, "e-posten" no post
    if h.start >= 2
        && t[h.start - 1] == b'-'
        && t[h.start - 2].is_ascii_alphabetic()
        && (h.start == 2 || !t[h.start - 3].is_ascii_alphanumeric())
    {
        return None;
    }
    // "sammanställning" holds "anställning" (a compilation, no job)
    if matches!(h.kind, Kind::UseObject(_))
        && t[h.start..]
            .get(..6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"samman"))
    {
        return None;
    }
    // "Fyll i kolumnen Beslut (bifall/avslag)" over a table with blanks ("___"): the decision
    // is asked for; "Fyll i de två sista kolumnerna" headed "Risk (1-5)": a score for each row
    if h.kind == Kind::UseVerb(GENERIC) {
        if let Some(decides) = fill_in(t, h) {
            return Some(Role::Verb(if decides { DECIDE_ALONE } else { GRADE }, 0));
        }
    }
    Some(match h.kind {
        // "ta fram en bedömningsmatris": a document made, no one assessed
        Kind::UseVerb(CALC)
            if t[h.start..h.end].len() > 7
                && t[h.start..h.start + 7].eq_ignore_ascii_case(b"ta fram")
                && {
                    let rest = &t[h.end..];
                    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
                    [
                        "bedömningsmatris".as_bytes(),
                        b"matris",
                        b"mall",
                        b"checklista",
                        b"lektionsplanering",
                        b"planering",
                        b"rubric",
                        "enkät".as_bytes(),
                    ]
                    .iter()
                    .any(|w| rest.starts_with(w))
                } =>
        {
            return None
        }
        // "Vilket av följande är en personuppgift?": a quiz about concepts, no one picked
        Kind::UseVerb(PICK)
            if t[h.end..]
                .strip_prefix(" följande ".as_bytes())
                .is_some_and(|r| {
                    [
                        &b"\xc3\xa4r"[..],
                        b"p\xc3\xa5st\xc3\xa5enden",
                        "stämmer".as_bytes(),
                        b"alternativ",
                    ]
                    .iter()
                    .any(|w| r.starts_with(w))
                }) =>
        {
            return None
        }
        // "så prioriterar vi det", "då bedömer jag": the writer says what they do (a verb
        // with its first-person subject after it), no request
        Kind::UseVerb(_)
            if [&b" vi "[..], b" jag "]
                .iter()
                .any(|p| t[h.end..].starts_with(p))
                && !t[h.start..h.end].contains(&b' ') =>
        {
            return None
        }
        // "föreslå vilken typ av diagram": a kind of thing, no one picked
        Kind::UseVerb(_)
            if {
                let w = &t[h.start..h.end];
                let rest = &t[h.end..];
                // the verb alone ("föreslå") or with its question word ("föreslå vilken")
                let after = if w.ends_with(b" vilken") || w.ends_with(b" vilket") {
                    rest.strip_prefix(b" ")
                } else {
                    rest.strip_prefix(b" vilken ")
                        .or_else(|| rest.strip_prefix(b" vilket "))
                };
                const KINDS: &[&[u8]] = &[b"typ", b"sorts", b"slags", b"form", b"format"];
                after.is_some_and(|r| KINDS.iter().any(|w| r.starts_with(w)))
            } =>
        {
            return None
        }
        Kind::UseVerb(v) => {
            let mut m = 0;
            if v == PICK {
                let w = lower_into(&text[h.start..h.end], buf);
                for (needle, b) in [
                    ("elev", STUDENTS),
                    ("student", STUDENTS),
                    ("asylsökande", MIGRATION),
                    ("sökande", APPLICANT_ANY),
                    ("kandidat", APPLICANTS),
                    ("medarbetare", STAFF),
                    ("anställd", STAFF),
                    ("vikarie", STAFF),
                    ("patient", EMERGENCY),
                    ("brukare", BENEFIT),
                    ("hyresgäst", CITIZEN),
                    ("invånare", CITIZEN),
                    ("familj", CITIZEN),
                    ("hushåll", CITIZEN),
                    ("misstänkt", LAW),
                ] {
                    if has(w, needle) {
                        m |= bit(b);
                        break;
                    }
                }
                if w.contains(' ') && m == 0 && !has(w, " av") && !has(w, " som") {
                    m |= bit(PERSONS);
                }
            }
            if v == IDENTIFY {
                // "matcha ansiktena", "känn igen ansiktet": the verb names the faces
                let w = lower_into(&text[h.start..h.end], buf);
                if has(w, "ansikt") || has(w, "face") {
                    m |= bit(FACE);
                }
            }
            if v == DECIDE_Q {
                // "Vilket betyg ska Elsa ha i matte?": a grade to set is a pupil's ("Vilket
                // betyg fick Stockholm …" is a question about a ranking, not a decision)
                let next = text[h.end..].split_whitespace().next().unwrap_or("");
                let w = lower_into(&text[h.start..h.end], buf);
                if (has(w, "betyg") || has(w, "omdöme"))
                    && matches!(next, "ska" | "bör" | "borde" | "skulle" | "should")
                {
                    m |= bit(STUDENTS);
                }
            }
            if v == PREDICT {
                // "markera osäkra ställen", "markera ändringar med spårning": marks in a text,
                // not a person flagged
                let w = lower_into(&text[h.start..h.end], buf);
                // "peka ut var skillnaderna är störst": places in figures, no one
                if w.starts_with("peka") || w.starts_with("markera") {
                    let rest = text[h.end..].trim_start();
                    if ["var ", "vilka skillnader", "skillnader", "var i "]
                        .iter()
                        .any(|x| rest.starts_with(x))
                    {
                        return None;
                    }
                }
                if w.starts_with("markera") || w.starts_with("flagga") {
                    let next = text[h.end..]
                        .split(|c: char| !c.is_alphanumeric())
                        .find(|w| !w.is_empty())
                        .unwrap_or("");
                    let next = lower_into(next, buf);
                    if [
                        "osäkra", "ändring", "ställen", "stycke", "mening", "text", "fel",
                        "stavfel", "oklar", "avsnitt", "rader", "raden", "citat", "källor",
                    ]
                    .iter()
                    .any(|x| next.starts_with(x))
                    {
                        return None;
                    }
                }
            }
            if v == GRADE {
                // "rätta språket", "rätta stavfelen": proofreading, not grading
                let next = text[h.end..]
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .unwrap_or("");
                if lower_into(&text[h.start..h.end], buf).starts_with("rätta")
                    && [
                        "språk",
                        "stavfel",
                        "stavning",
                        "grammatik",
                        "texten",
                        "meningsbyggnad",
                        "felen",
                        "kommatering",
                        "min",
                        "mitt",
                        "mina",
                    ]
                    .iter()
                    .any(|x| lower_into(next, buf).starts_with(x))
                {
                    return None;
                }
                // "sätt terminsbetyg": the grades of a school
                let w = lower_into(&text[h.start..h.end], buf);
                if [
                    "terminsbetyg",
                    "slutbetyg",
                    "kursbetyg",
                    "ämnesbetyg",
                    "elev",
                ]
                .iter()
                .any(|x| has(w, x))
                {
                    m |= bit(STUDENTS);
                }
            }
            Role::Verb(v, m)
        }
        Kind::UseObject(OUTCOME) => {
            let w = lower_into(&text[h.start..h.end], buf);
            let mut m = bit(OUTCOME);
            if [
                "sägas upp",
                "anställas",
                "befordras",
                "jobbet",
                "tjänsten",
                "kallas",
            ]
            .iter()
            .any(|x| has(w, x))
            {
                m |= bit(STAFF);
            } else if has(w, "antas") {
                m |= bit(STUDENTS);
            } else if has(w, "utvisas") || has(w, "stanna") {
                m |= bit(MIGRATION);
            } else if has(w, "dömas") {
                m |= bit(JUSTICE);
            } else if has(w, "plats") {
                m |= bit(BENEFIT);
            }
            Role::Objects(m)
        }
        // "Antag 24 av de 31 sökande", "Antag alla som …": the imperative of "anta", not an
        // admission's noun
        Kind::UseObject(STUDENTS)
            if t[h.start..h.end].eq_ignore_ascii_case(b"antag")
                && t[h.end..].strip_prefix(b" ").is_some_and(|r| {
                    r.first().is_some_and(u8::is_ascii_digit)
                        || r.starts_with(b"alla ")
                        || r.starts_with("följande".as_bytes())
                }) =>
        {
            Role::Verb(PICK, bit(STUDENTS))
        }
        Kind::UseObject(EMOTION) if exploited(text, h, buf) => Role::Objects(bit(MANIP)),
        // "Ingenting besvaras eller beslutas automatiskt", "beslutas inte automatiskt": a
        // human decides, as the writer says
        Kind::UseObject(NOHUMAN) if automation_denied(t, h.start) => return None,
        // "Tonen ska vara lugn och inte skrämmande": a manipulation the writer rules out
        Kind::UseObject(MANIP) if negated_word_before(t, h.start) => return None,
        Kind::UseObject(o) => Role::Objects(bit(o)),
        Kind::UsePhrase(k, a) => Role::Phrase(k, a),
        // "boende med demenssjukdom": the health term names people whose vulnerability a
        // request may exploit
        Kind::Content {
            cat: crate::Category::Health,
            ..
        } if t[h.start..].starts_with(b"demens") || t[h.start..].starts_with(b"Demens") => {
            Role::Objects(bit(VULNERABLE))
        }
        // "Efter lektionen får man en rapport per elev": one gets something, no permission
        Kind::Discussion if receives(t, h) => return None,
        // "Går det att använda AI för att analysera … och ge mig en rapport om vem som …?":
        // the writer wants the output, not to know the rules
        Kind::Discussion if wants_output(text, h, buf) => return None,
        Kind::Discussion => Role::Discussion,
        Kind::General => {
            // "Du får INTE:" (the content detector's "du får" hides the "får inte" inside it)
            let negated = {
                let rest = &t[h.end..(h.end + 8).min(t.len())];
                [&b" inte"[..], b" aldrig", b" ej"].iter().any(|n| {
                    rest.len() >= n.len()
                        && rest[..n.len()].eq_ignore_ascii_case(n)
                        && rest.get(n.len()).is_none_or(|b| !b.is_ascii_alphabetic())
                })
            };
            let w = lower_into(&text[h.start..h.end], buf);
            // "omfattas av förbudet / högrisk / lagen" talks about rules; "att de omfattas av
            // uppsägning" is the request's own matter
            if (w.starts_with("omfattas av") || w.starts_with("räknas som"))
                && !rule_follows(t, h.end)
            {
                return None;
            }
            if GENERAL_DISCUSSION.iter().any(|g| w.starts_with(g))
                || w.starts_with("förbjud")
                || negated && (w.ends_with("får") || w.ends_with("ska") || w.ends_with("bör"))
            {
                Role::Discussion
            } else if has(w, "elev") {
                // "varje elev", "alla elever": generic in prose, still pupils as an object
                Role::Objects(bit(STUDENTS))
            } else if has(w, "barn") {
                Role::Objects(bit(VULNERABLE))
            } else {
                return None;
            }
        }
        Kind::PersonRef => {
            let w = lower_into(&text[h.start..h.end], buf);
            if w.starts_with("jag ") || w.starts_with("min ") || w.starts_with("mitt ") {
                return None;
            }
            let mut m = bit(PERSONS);
            if has(w, "sökande") {
                m |= bit(APPLICANT_ANY);
            } else if w.starts_with("elev") {
                m |= bit(STUDENTS);
            } else if has(w, "anställd") || w.starts_with("medarbetar") || has(w, "arbetstagar") {
                m |= bit(STAFF);
            } else if has(w, "misstänkt") || has(w, "dömd") {
                m |= bit(LAW);
            }
            Role::Objects(m)
        }
        Kind::Content { cat, .. } => {
            let w = lower_into(&text[h.start..h.end], buf);
            let m = match cat {
                // a slur ("kallar honom \"bög\"") names no trait to sort people by
                Category::SexualOrientation if w.starts_with("bög") || w.starts_with("flat") => 0,
                Category::Ethnicity
                | Category::Religion
                | Category::PoliticalOpinion
                | Category::SexualOrientation => bit(TRAIT),
                Category::Biometric => bit(BIOSOURCE),
                Category::Child if w.starts_with("elev") || has(w, "åtgärdsprogram") => {
                    bit(STUDENTS)
                }
                Category::EconomicSituation | Category::SocialConditions => {
                    if ["asyl", "uppehåll", "flykting", "utvisning", "avvisning"]
                        .iter()
                        .any(|x| has(w, x))
                    {
                        bit(MIGRATION)
                    } else if [
                        "stöd",
                        "bistånd",
                        "bidrag",
                        "tillägg",
                        "ersättning",
                        "tjänst",
                        "assistans",
                        "lss",
                        "boende",
                        "insats",
                        "plats",
                    ]
                    .iter()
                    .any(|x| has(w, x))
                    {
                        bit(BENEFIT)
                    } else {
                        return None;
                    }
                }
                Category::CriminalOffence if w.starts_with("misstänkt") => bit(LAW),
                Category::CriminalOffence if w.starts_with("kriminell") => bit(CRIME),
                Category::Health if w.starts_with("sjukfrånvaro") => bit(STAFF),
                // people whose memory fails them: the easiest to mislead
                Category::Health
                    if [
                        "alzheimer",
                        "demen",
                        "dement",
                        "kognitiv",
                        "minnessvikt",
                        "förvirr",
                        "glömsk",
                    ]
                    .iter()
                    .any(|x| has(w, x)) =>
                {
                    bit(VULNERABLE)
                }
                _ => return None,
            };
            Role::Objects(m)
        }
        _ => return None,
    })
}

/// Whether a feeling is named as something to exploit ("utnyttjar pensionärernas rädsla",
/// "spela på deras oro"): manipulation, not emotion recognition.
fn exploited(text: &str, h: &Hit, buf: &mut String) -> bool {
    let w = lower_into(&text[h.start..h.end], buf);
    if !["rädsla", "rädd", "oro", "orolig", "ensam", "skam", "skuld"]
        .iter()
        .any(|x| w.starts_with(x))
    {
        return false;
    }
    let from = floor(text, h.start.saturating_sub(48));
    let before = lower_into(&text[from..h.start], buf);
    [
        "utnyttja",
        "spela på",
        "spelar på",
        "skräm",
        "exploit",
        "play on",
    ]
    .iter()
    .any(|x| has(before, x))
}

/// Whether a discussion marker after the first verb names the criterion of the request:
/// "avgör om den sökande uppfyller kraven enligt lagen och våra riktlinjer".
fn criterion(t: &[u8], verb: usize, i: usize) -> bool {
    const BY: &[&[u8]] = &[b"enligt", "utifrån".as_bytes(), b"mot", b"according"];
    words_before(t, verb, i)
        .take(5)
        .any(|w| BY.iter().any(|b| w.eq_ignore_ascii_case(b)))
}

/// Whether the word at `i` stands in a purpose clause after the request verb at `verb`: "så
/// att" or "för att" among the four words before it ("så att vi kan undvika …").
fn purpose(t: &[u8], verb: usize, i: usize) -> bool {
    let mut after_att = false;
    for w in words_before(t, verb, i).take(5) {
        if after_att
            && (w.eq_ignore_ascii_case(b"s\xc3\xa5") || w.eq_ignore_ascii_case(b"f\xc3\xb6r"))
        {
            return true;
        }
        after_att = w.eq_ignore_ascii_case(b"att");
    }
    false
}

/// Whether a discussion marker only introduces an example ("t.ex.", "såsom").
fn illustrative(w: &str, buf: &mut String) -> bool {
    let w = lower_into(w, buf);
    [
        "exempel",
        "till exempel",
        "t.ex",
        "t ex",
        "såsom",
        "bland annat",
    ]
    .iter()
    .any(|x| w.starts_with(x))
}

/// Whether the word before `i` makes what follows a count ("antal elever").
fn after_count_word(t: &[u8], i: usize) -> bool {
    const COUNT: &[&[u8]] = &[
        b"antal",
        b"antalet",
        b"andel",
        b"andelen",
        b"number",
        b"share",
        b"proportion",
    ];
    words_before(t, i.saturating_sub(16), i)
        .next()
        .is_some_and(|w| COUNT.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// One relevant hit.
#[derive(Clone, Copy, Debug)]
struct Item {
    role: Role,
    hit: Hit,
}

/// Which areas of the high-risk annex the objects point at.
const AREA_OBJECTS: &[(u64, UseArea)] = &[
    (bit(APPLICANTS) | bit(STAFF), UseArea::Employment),
    (bit(STUDENTS) | bit(CHEATING), UseArea::Education),
    (
        bit(BENEFIT) | bit(CREDIT) | bit(EMERGENCY),
        UseArea::EssentialServices,
    ),
    (bit(MIGRATION), UseArea::Migration),
    (bit(LAW), UseArea::LawEnforcement),
    (bit(JUSTICE) | bit(ELECTION), UseArea::JusticeDemocracy),
];

/// Every object class that points at an area.
const AREAS: u64 = {
    let mut m = 0;
    let mut i = 0;
    while i < AREA_OBJECTS.len() {
        m |= AREA_OBJECTS[i].0;
        i += 1;
    }
    m
};

fn areas_of(objs: u64) -> impl Iterator<Item = UseArea> {
    AREA_OBJECTS
        .iter()
        .filter(move |(m, _)| objs & m != 0)
        .map(|(_, a)| *a)
}

/// Appends the uses requested in `text`.
pub(crate) fn detect(text: &str, hits: &[Hit], uses: &mut Vec<Use>) {
    let t = text.as_bytes();
    let mut buf = String::new();
    let items: Vec<Item> = hits
        .iter()
        .filter_map(|h| role(text, h, &mut buf).map(|role| Item { role, hit: *h }))
        .collect();
    if items.is_empty() {
        return;
    }
    let quotes = Quotes::new(t);
    let mut done_until = 0;
    let mut asked = false;
    // sentences that can ask for no use: only whether they are requests may matter later
    let mut plain: Vec<(usize, usize)> = Vec::new();
    let before = uses.len();
    for k in 0..items.len() {
        let h = items[k].hit;
        let trigger = match items[k].role {
            Role::Verb(..) | Role::Phrase(..) => true,
            Role::Objects(m) => m & (bit(OUTCOME) | bit(OUTCOME_WEAK) | bit(CASE)) != 0,
            Role::Discussion => false,
        };
        if !trigger || h.start < done_until {
            continue;
        }
        let (s, e) = sentence(t, h.start, h.end, 400);
        done_until = e.max(h.end);
        if no_use_possible(t, &items, s, e) {
            if !asked {
                plain.push((s, e));
            }
            continue;
        }
        asked |= sentence_uses(text, &items, &quotes, s, e, uses, &mut buf);
    }
    let mut scratch = Vec::new();
    let mut buf2 = String::new();
    let mut asked_somewhere = || {
        asked = asked
            || plain
                .drain(..)
                .any(|(s, e)| sentence_uses(text, &items, &quotes, s, e, &mut scratch, &mut buf2));
        asked
    };
    concepts::detect(
        text,
        &items,
        &quotes,
        &mut asked_somewhere,
        before,
        uses,
        &mut buf,
    );
    // a training exercise: its numbered cases describe uses to be judged, none is asked for
    // (looked at only once a use is found: most texts ask for none)
    if uses.len() > before && exercise(t) {
        uses.truncate(before);
        return;
    }
    // a use whose outcome is to be applied with no one checking it ("candidates below 60 are
    // rejected automatically … without human review", "lägg in de nya lönerna direkt, så
    // slipper förskolecheferna gå igenom dem"): an automated decision as well
    if uses.len() > before
        && !uses[before..]
            .iter()
            .any(|u| u.kind == UseKind::AutomatedDecision)
        && no_review(t)
    {
        let first = uses[before].clone();
        uses.push(Use {
            kind: UseKind::AutomatedDecision,
            area: UseArea::Decision,
            ..first
        });
    }
    // a procurement ("rangordna anbuden nedan", "avsluta med en rangordning 1–3"): what is
    // ranked or scored are the bids, unless the sentence names people
    if uses.len() > before && procurement(t) {
        let mut found = uses.split_off(before);
        found.retain(|u| {
            let (s, e) = sentence(t, u.start, u.end, 400);
            let from = items.partition_point(|i| i.hit.start < s);
            items[from..]
                .iter()
                .take_while(|i| i.hit.start < e)
                .any(|i| match i.role {
                    Role::Verb(_, m) | Role::Objects(m) => m & concepts::PEOPLE != 0,
                    _ => false,
                })
        });
        uses.append(&mut found);
    }
}

/// Whether the hit is "fyll i" (or "fylla i", "fill in") in a text with blanks to fill
/// ("___", or empty cells of a Markdown table "| |"): `Some(true)` with a decision's words
/// near it ("Beslut (bifall/avslag): ___"), `Some(false)` with a score's ("Risk (1-5)",
/// "Prestation"), `None` otherwise.
fn fill_in(t: &[u8], h: &Hit) -> Option<bool> {
    let w = &t[h.start..h.end];
    if !(w.eq_ignore_ascii_case(b"fyll i")
        || w.eq_ignore_ascii_case(b"fylla i")
        || w.eq_ignore_ascii_case(b"fill in"))
    {
        return None;
    }
    let lo = h.start.saturating_sub(400);
    let hi = (h.end + 600).min(t.len());
    let near = t[lo..hi].to_ascii_lowercase();
    let near = near.as_slice();
    let blanks = memchr::memmem::find(near, b"___").is_some()
        || memchr::memmem::find(near, b"| |").is_some()
        || memchr::memmem::find(near, b"|  |").is_some();
    if !blanks {
        return None;
    }
    let has = |xs: &[&[u8]]| xs.iter().any(|x| memchr::memmem::find(near, x).is_some());
    if has(&[
        b"eslut",
        b"bifall",
        b"avslag",
        b"bevilja",
        b"ecision",
        b"nleda utredning",
        b"nled utredning",
    ]) {
        Some(true)
    } else if has(&[
        b"risk",
        b"(1-5)",
        b"(1\xe2\x80\x935)",
        b"(1-10)",
        "poäng".as_bytes(),
        b"prestation",
        "bedömning".as_bytes(),
        // a place for each person ("studieväg 1/2/3 och kurs A/B/C/D")
        "studiev".as_bytes(),
        b"placering",
    ]) {
        Some(false)
    } else {
        None
    }
}

/// Whether the text asks for an outcome to be applied with no one checking it.
fn no_review(t: &[u8]) -> bool {
    static CUES: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    CUES.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "without human review",
                "without review",
                "without any human",
                "rejected automatically",
                "automatically rejected",
                "utan mänsklig granskning",
                "utan manuell granskning",
                "utan granskning",
                "utan att någon granskar",
                "utan att någon tittar",
                "utan att någon går igenom",
                "ingen behöver granska",
                "ingen behöver titta",
                "slipper gå igenom",
                "slipper granska",
                "behöver inte granskas",
                "behöver inte gås igenom",
            ])
            .expect("the no-review cues build")
    })
    .is_match(t)
        || {
            // "så slipper förskolecheferna gå igenom dem": the people who would check, spared
            static SPARED: std::sync::OnceLock<regex::bytes::Regex> = std::sync::OnceLock::new();
            SPARED
                .get_or_init(|| {
                    regex::bytes::Regex::new(
                        r"(?i)slipper(?: \S+){0,3} (?:gå igenom|granska|kontrollera|titta på|läsa igenom)",
                    )
                    .expect("the spared-review pattern builds")
                })
                .is_match(t)
        }
}

/// Whether the text (up to 32 KB) is a training exercise: at least two numbered cases at
/// the start of a line ("Fall 1.", "Scenario 2.", "Case 3:") and a word of exercise or discussion
/// ("Gruppövning", "diskutera", "reflektera", "facit", "quiz").
fn exercise(t: &[u8]) -> bool {
    // an exercise is a handout, not a register or a log of many requests
    if t.len() > 32 * 1024 {
        return false;
    }
    const CASES: &[&[u8]] = &[b"fall ", b"scenario ", b"case ", b"exempel "];
    let numbered = t
        .split(|&b| b == b'\n')
        .filter(|l| {
            let l = l.trim_ascii_start();
            CASES.iter().any(|c| {
                l.len() > c.len()
                    && l[..c.len()].eq_ignore_ascii_case(c)
                    && l[c.len()].is_ascii_digit()
            })
        })
        .nth(1)
        .is_some();
    numbered && {
        static CUES: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
        CUES.get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build([
                    "övning",
                    "Övning",
                    "diskuter",
                    "diskussion",
                    "reflekter",
                    "facit",
                    "quiz",
                ])
                .expect("the exercise cues build")
        })
        .is_match(t)
    }
}

/// Whether the text is about a procurement: it speaks of bids ("anbud", "anbuden",
/// "anbudsgivare").
fn procurement(t: &[u8]) -> bool {
    memchr::memmem::find_iter(t, b"nbud").any(|i| {
        i >= 1
            && matches!(t[i - 1], b'a' | b'A')
            && (i == 1 || !super::tokens::is_word_byte(t[i - 2]))
    })
}

/// Objects that make a use with a generic verb: a manipulative letter, voters, messages
/// per person after a manipulative brief, an outcome in a whether-clause ("skriv om vi ska
/// bevilja"). A case ("ärendet") needs a deciding verb or a question.
const ANY_VERB_OBJECTS: u64 =
    bit(MANIP) | bit(INFLUENCE) | bit(ELECTION) | bit(OUTCOME) | bit(PERSONS) | bit(BIOSOURCE);

/// Whether the sentence `s..e` can ask for no use whatever its position: its verbs are all
/// generic ("skriv", "föreslår"), it names no phrase, no object that makes a use with any
/// verb, and it is not a question. It may still be a request, which only matters when a
/// combination of concepts is found later.
fn no_use_possible(t: &[u8], items: &[Item], s: usize, e: usize) -> bool {
    let from = items.partition_point(|i| i.hit.start < s);
    let here = || items[from..].iter().take_while(|i| i.hit.start < e);
    // "ge"/"ger" asks for a use only with a score in the sentence ("ge varje sökande ett betyg")
    let score = here().any(|i| matches!(i.role, Role::Objects(m) if m & bit(SCORE) != 0));
    let plain = here().all(|i| match i.role {
        Role::Verb(v, named) => {
            (v == GENERIC || v == GIVE && !score) && named & ANY_VERB_OBJECTS == 0
        }
        Role::Objects(m) => m & ANY_VERB_OBJECTS == 0,
        Role::Phrase(..) => false,
        Role::Discussion => true,
    });
    plain && !t[s..e].contains(&b'?')
}

/// Whether the word before `i` (within `lo..i`) is "som": a discussion marker in a relative
/// clause ("… till de fyra som inte får plats") says who, not what the rules are.
pub(super) fn relative_clause(t: &[u8], lo: usize, i: usize) -> bool {
    let mut words = words_before(t, lo, i);
    let som = |w: &[u8]| w.eq_ignore_ascii_case(b"som");
    match words.next() {
        Some(w) if som(w) => true,
        // one adverb between: "vem som troligen aldrig blir arbetsför"
        Some(w) => {
            [
                &b"troligen"[..],
                b"sannolikt",
                b"kanske",
                b"nog",
                b"redan",
                b"fortfarande",
            ]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
                && words.next().is_some_and(som)
        }
        None => false,
    }
}

/// Whether the sentence `s..e` is a question about AI rather than to it ("Kan AI hjälpa till
/// att …?", "Får vi använda AI för …?") or a question a FAQ answers on the next line ("Nej.",
/// "Ja, men …", "Svar:").
fn faq_question(text: &str, s: usize, e: usize, buf: &mut String) -> bool {
    let sent = text[s..e].trim();
    if !sent.ends_with('?') {
        return false;
    }
    let rest = text[e..].trim_start_matches([' ', '\t', '\n', '\r', '?']);
    if ["Nej", "Ja,", "Ja.", "Ja ", "Svar:", "Svar "]
        .iter()
        .any(|a| rest.starts_with(a))
    {
        return true;
    }
    let low = lower_into(sent, buf);
    // asking leave ("Får vi använda AI för …?"), not asking the tool to act ("Kan
    // AI-verktyget bestämma vem som får platsen?")
    [
        "får ai ",
        "får en ai",
        "får man använda ai",
        "får vi använda ai",
        "får jag använda ai",
        "kan ai användas",
        "kan ai-verktyg användas",
    ]
    .iter()
    .any(|q| low.starts_with(q))
        && ![" ge mig ", " åt mig", " skicka mig "]
            .iter()
            .any(|g| low.contains(g))
}

/// Whether a "använda AI för att …" marker is part of a question that then asks for the
/// output itself ("… och ge mig en rapport", "… och skicka mig en lista").
fn wants_output(text: &str, h: &Hit, buf: &mut String) -> bool {
    let w = lower_into(&text[h.start..h.end], buf);
    if !(w.starts_with("använda ai") || w.starts_with("använder ai")) {
        return false;
    }
    let (s, e) = sentence(text.as_bytes(), h.start, h.end, 400);
    let low = lower_into(&text[s..e], buf);
    let rel = h.start - s;
    [
        "går det att ",
        "kan man ",
        "kan vi ",
        "kan jag ",
        "kan ni ",
        "kan du ",
    ]
    .iter()
    .any(|q| low[..rel.min(low.len())].contains(q))
        && [
            " ge mig ",
            " skicka mig ",
            " åt mig",
            " ge oss ",
            " skicka oss ",
            " åt oss",
        ]
        .iter()
        .any(|g| low.get(rel..).is_some_and(|r| r.contains(g)))
}

/// Whether a "får man"/"får vi" marker receives a thing ("får man en rapport", "får vi
/// ett svar") instead of asking leave to do something ("får man använda …").
fn receives(t: &[u8], h: &Hit) -> bool {
    let w = &t[h.start..h.end];
    if !(w.starts_with("får ".as_bytes()) || w.starts_with("Får ".as_bytes())) {
        return false;
    }
    let rest = &t[h.end..(h.end + 12).min(t.len())];
    let Some(rest) = rest.strip_prefix(b" ") else {
        return false;
    };
    [
        &b"en "[..],
        b"ett ",
        b"ingen ",
        b"inget ",
        b"inga ",
        b"sin ",
        b"sitt ",
        b"sina ",
    ]
    .iter()
    .any(|a| rest.starts_with(a))
}

/// Whether one of the three words before `v` (within the sentence from `s`) negates it,
/// or the verb it is coordinated with ("inte låter AI ranka eller sortera").
fn negated(t: &[u8], s: usize, v: usize) -> bool {
    const NOT: &[&[u8]] = &[b"inte", b"aldrig", b"ej", b"icke", b"not", b"never"];
    let mut reach = 3;
    // a negation before a comma belongs to a clause of its own ("Om inte, skriv
    // avslagsbeslutet")
    let s = memchr::memrchr(b',', &t[s..v]).map_or(s, |p| s + p + 1);
    for (k, w) in words_before(t, s, v).enumerate() {
        if k >= reach {
            break;
        }
        if NOT.iter().any(|n| w.eq_ignore_ascii_case(n)) {
            return true;
        }
        if k == 0 && (w == b"eller" || w == b"och") {
            reach += 2;
        }
    }
    false
}

/// Whether the word after a verb negates it ("Sätt INGET betyg", "ranka inte", "don't").
fn negated_after(t: &[u8], e: usize) -> bool {
    let mut i = e;
    while i < t.len() && t[i] == b' ' {
        i += 1;
    }
    let j = i + t[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let w = &t[i..j];
    [
        &b"inte"[..],
        b"inget",
        b"inga",
        b"ingen",
        b"ej",
        b"aldrig",
        b"not",
        b"no",
        b"never",
    ]
    .iter()
    .any(|n| w.eq_ignore_ascii_case(n))
}

/// The quotation marks, paragraph breaks and JSON keys of a text (and whether it is a system
/// prompt), found once, so that [`Quotes::inside`] costs two binary searches.
pub(super) struct Quotes {
    /// Positions of `"`, ” “ » «.
    marks: Vec<usize>,
    /// Positions just after a blank line.
    paras: Vec<usize>,
    /// Positions of a JSON key's closing quote (`": "`, `":"`).
    json: Vec<usize>,
    /// Whether the text is a system prompt ([`system_prompt`]), found when first asked.
    system: std::cell::OnceCell<bool>,
    /// Whether the text hands material to the assistant ([`speaks_to_assistant`]), likewise.
    speaks: std::cell::OnceCell<bool>,
}

impl Quotes {
    pub(super) fn new(t: &[u8]) -> Quotes {
        let (mut marks, mut paras, mut json) = (Vec::new(), Vec::new(), Vec::new());
        for i in memchr::memchr3_iter(b'"', b'\n', 0xE2, t) {
            match t[i] {
                b'"' => {
                    marks.push(i);
                    if t[i + 1..].starts_with(b": \"")
                        || t[i + 1..].starts_with(b":\"")
                        || prompt_opening(t, i)
                    {
                        json.push(i);
                    }
                }
                b'\n' => {
                    if t.get(i + 1) == Some(&b'\n') {
                        paras.push(i + 2);
                    }
                }
                // ” “ (E2 80 9D / 9C)
                _ => {
                    if matches!(t.get(i + 1..i + 3), Some([0x80, 0x9C | 0x9D])) {
                        marks.push(i);
                    }
                }
            }
        }
        // » « (C2 BB / AB)
        for i in memchr::memchr_iter(0xC2, t) {
            if matches!(t.get(i + 1), Some(0xBB | 0xAB)) {
                marks.push(i);
            }
        }
        marks.sort_unstable();
        Quotes {
            marks,
            paras,
            json,
            system: std::cell::OnceCell::new(),
            speaks: std::cell::OnceCell::new(),
        }
    }

    /// Whether the text (the one these quotes are of) is a system prompt: one search of the
    /// whole text, however many sentences ask.
    pub(super) fn system_prompt(&self, text: &str) -> bool {
        *self.system.get_or_init(|| system_prompt(text))
    }

    /// [`speaks_to_assistant`] of the text, searched once.
    pub(super) fn speaks_to_assistant(&self, text: &str) -> bool {
        *self.speaks.get_or_init(|| speaks_to_assistant(text))
    }

    /// Whether the span `s..e` is a term in quotation marks of its own (`"ansvarsindex"`):
    /// a name for a thing, not reported speech.
    pub(super) fn scare(&self, s: usize, e: usize) -> bool {
        let k = self.marks.partition_point(|&p| p < s);
        k > 0
            && s - self.marks[k - 1] <= 3
            && self.marks.get(k).is_some_and(|&q| q >= e && q - e <= 3)
    }

    /// The quotation (its opening and closing marks) that `s` lies inside, as
    /// [`Quotes::inside`] finds it; the closing mark is the next one or the text's end.
    pub(super) fn around(&self, s: usize) -> Option<(usize, usize)> {
        if !self.inside(s) {
            return None;
        }
        let k = self.marks.partition_point(|&p| p < s);
        Some((
            self.marks[k - 1],
            self.marks.get(k).copied().unwrap_or(usize::MAX),
        ))
    }

    /// Whether `s` lies inside a quotation that opened earlier in its paragraph (an odd
    /// number of quotation marks before it, within 1,500 bytes): reported speech or a pasted
    /// text, not the request. A JSON string ("content": "Du är …") holds the prompt itself.
    pub(super) fn inside(&self, s: usize) -> bool {
        let from = s.saturating_sub(1500);
        let k = self.paras.partition_point(|&p| p <= s);
        let para = if k > 0 {
            self.paras[k - 1].max(from)
        } else {
            from
        };
        let count = |v: &[usize]| v.partition_point(|&p| p < s) - v.partition_point(|&p| p < para);
        count(&self.json) == 0 && count(&self.marks) % 2 == 1
    }
}

/// Whether the quotation mark at `i` opens the prompt itself rather than reported speech:
/// a block string of code or configuration (`prompt = """`, `SYSTEM = """…`), or a
/// quotation right after a label that names a prompt ("Systemprompt för modellen:").
fn prompt_opening(t: &[u8], i: usize) -> bool {
    if t[i..].starts_with(b"\"\"\"") && (i == 0 || t[i - 1] != b'"') {
        return true;
    }
    // a PowerShell here-string (`$fraga = @"` and a line break): a block of text a script
    // sends
    if i > 0 && t[i - 1] == b'@' && matches!(t.get(i + 1), Some(b'\n' | b'\r')) {
        return true;
    }
    // a quotation opening a paragraph after one that hands it to the model ("Lägg in den som
    // systemprompt så tar vi resten …\n\n\"Bedöm varje hushåll …")
    if i >= 2 && t[..i].trim_ascii_end().len() + 2 <= i && t[..i].ends_with(b"\n") {
        let before = &t[i.saturating_sub(400)..i];
        let para = memchr::memmem::rfind(&before[..before.len().saturating_sub(2)], b"\n\n")
            .map_or(before, |p| &before[p..]);
        if [
            &b"systemprompt"[..],
            b"som prompt",
            b"system prompt",
            b"som instruktion",
        ]
        .iter()
        .any(|w| has(para, w))
        {
            return true;
        }
    }
    // the label: the text before the mark on its line or the line before, ending in ':',
    // or a variable it is assigned to (`INSTRUKTION = (`, `prompt=`)
    let head = &t[i.saturating_sub(120)..i];
    let head = head.trim_ascii_end();
    if !(head.ends_with(b":") || head.ends_with(b"=") || head.ends_with(b"(")) {
        return false;
    }
    let line = head[..head.len() - 1]
        .rsplit(|&b| b == b'\n')
        .next()
        .unwrap_or(&[]);
    line.len() < 90
        && [
            &b"prompt"[..],
            b"Prompt",
            b"PROMPT",
            b"instruktion",
            b"Instruktion",
            b"INSTRUKTION",
            b"instruction",
            b"Instruction",
            b"INSTRUCTION",
            b"SYSTEM",
            b"system",
            b"System",
        ]
        .iter()
        .any(|w| has(line, w))
}

/// The uses one sentence `s..e` asks for; whether the sentence is a request at all.
fn sentence_uses(
    text: &str,
    items: &[Item],
    quotes: &Quotes,
    s: usize,
    e: usize,
    uses: &mut Vec<Use>,
    buf: &mut String,
) -> bool {
    let t = text.as_bytes();
    let from = items.partition_point(|i| i.hit.start < s);
    let to = items.partition_point(|i| i.hit.start < e);
    let here = &items[from..to];
    // Talk about the rules cancels the sentence. "Till exempel", "t.ex.", "såsom" only when
    // they come before its first verb: after a request verb they illustrate the request
    // ("märk varje person … t.ex. utifrån slöja").
    let first_verb = here
        .iter()
        .find(|i| matches!(i.role, Role::Verb(..)))
        .map_or(usize::MAX, |i| i.hit.start);
    // the request itself inside a quotation: reported speech or a pasted text
    let at = if first_verb == usize::MAX {
        here[0].hit.start
    } else {
        first_verb
    };
    if quotes.inside(at) {
        return false;
    }
    // (a quoted question about the rules, such as an essay's title, is not talk about them)
    if here.iter().any(|i| {
        i.role == Role::Discussion
            && !quotes.inside(i.hit.start)
            // "besked till de fyra som inte får plats": who, in a relative clause after
            // the request, not a rule
            && !(i.hit.start > first_verb && relative_clause(t, s, i.hit.start))
            && (i.hit.start < first_verb
                || !(illustrative(&text[i.hit.start..i.hit.end], buf)
                    || criterion(t, first_verb, i.hit.start)
                    // "… så att vi kan undvika att förlänga deras vikariat": the request's
                    // purpose, no rule ("… för att veta hur den får användas" still is)
                    || t[i.hit.start..].starts_with(b"undvik")
                        && purpose(t, first_verb, i.hit.start)))
    }) {
        return false;
    }
    // a question about what AI may do, or one a FAQ answers ("Kan AI hjälpa mig att sortera
    // ansökningar till en ledig tjänst?\nNej. Urval vid rekrytering …")
    if faq_question(text, s, e, buf) {
        return false;
    }
    // a list item under a header that discusses ("Exempel på förbjuden användning:")
    if let Some((hs, he)) = list_header(t, here[0].hit.start) {
        let a = items.partition_point(|i| i.hit.start < hs);
        if items[a..]
            .iter()
            .take_while(|i| i.hit.start < he)
            .any(|i| i.role == Role::Discussion)
            || prohibits(&t[hs..he])
        {
            return false;
        }
    }
    // the sentence lower-cased once, when a verb needs it
    let low_cell = std::cell::OnceCell::new();
    let low = || low_cell.get_or_init(|| Lowered::new(text, s, e));
    // verbs in request position
    let mut verbs: u32 = 0;
    let mut first: Option<Hit> = None;
    let mut request = false;
    let mut decide_complement = false;
    let mut self_case = false;
    // judging verbs over anything else [0] and over things ("varje avsnitt") [1]
    let mut judged = [0u8; 2];
    let mut first_any: Option<Hit> = None;
    let mut verb_objs: u64 = 0;
    // a request for "en rangordning", "en bedömning": its object is named elsewhere
    let mut nominal = false;
    for i in here {
        let Role::Verb(v, named) = i.role else {
            continue;
        };
        verb_objs |= named;
        let h = i.hit;
        // "ska vi ta in FHV för ett gruppsamtal?": a service brought in (an abbreviation in
        // capitals), no one picked
        if v == PICK && {
            let next = t[h.end..(h.end + 12).min(t.len())].trim_ascii_start();
            let caps = next.iter().take_while(|b| b.is_ascii_uppercase()).count();
            caps >= 2 && next.get(caps).is_none_or(|b| !b.is_ascii_alphabetic())
        } {
            continue;
        }
        if v == PICK || v == DECIDE_Q {
            // ("ange vilka källor de bör läsa": a pick among things)
            if v == PICK {
                judged[usize::from(thing_object(t, h.start, h.end))] += 1;
            }
            if sentence_initial(t, h.start)
                || request
                || text[s..e].trim_end().ends_with('?')
                // "vilka ska få: Sanna Holmqvist (2 barn …), Abdikarim Ali …": the candidates
                // listed after it
                || t[h.end..].starts_with(b":")
                // "om du bara kunde säg vem av dom som borde få jobbet" (not "Vill du begära
                // … vänder du dig i första hand till …": an if-clause)
                || {
                    let head = low().slice(text, s, h.start, buf).as_bytes();
                    has(head, b"du ")
                        && [
                            &b"kan du "[..],
                            b"kunde du ",
                            b"skulle du ",
                            b"du bara kunde ",
                            b"om du kunde ",
                        ]
                        .iter()
                        .any(|l| has(head, l))
                }
            {
                verbs |= 1 << v;
                request = true;
                first.get_or_insert(h);
            } else {
                // a pick form later in a request sentence still counts below
                verbs |= 1 << (v + 16);
            }
            continue;
        }
        // a one-word field label ("Urval: 6 eller fler …") or a negated verb ("Du ska inte bedöma",
        // "varför vi inte låter AI ranka") is not a request
        let label = t.get(h.end) == Some(&b':') && !t[h.start..h.end].contains(&b' ');
        if label || negated(t, s, h.start) || negated_after(t, h.end) {
            continue;
        }
        // "kolla om vi kan byta hennes nummer": our own options, no judgement of a person
        if v == CHECK && {
            let next = t[h.end..(h.end + 8).min(t.len())].trim_ascii_start();
            // ("Tala om hur man betalar": how, not whether)
            [
                &b"vi "[..],
                b"jag ",
                b"man ",
                b"ni ",
                b"det g",
                b"hur ",
                b"n\xc3\xa4r ",
            ]
            .iter()
            .any(|w| next.starts_with(w))
        } {
            continue;
        }
        let core = &text[h.start..h.core_end];
        let cb = core.as_bytes();
        // "en rankning", and alternatives named as the answer: "bifall eller avslag",
        // "APPROVE or DENY", "ett ja eller nej"
        let noun = cb.len() > 4
            && (cb[..3].eq_ignore_ascii_case(b"en ") || cb[..4].eq_ignore_ascii_case(b"ett "));
        let alternatives =
            v == DECIDE_ALONE && [" eller ", " or ", " / "].iter().any(|x| has(core, x));
        if alternatives && request {
            // someone else choosing ("en blankett där den sökande kryssar i ja eller nej")
            let from = first_any.map_or(s, |f| f.end);
            let between = low().slice(text, from.max(s), h.start, buf);
            if ["där", "som", "när", "where", "which", "that"]
                .iter()
                .any(|w| has_word(between, w))
            {
                continue;
            }
        }
        if noun || alternatives && (request || !sentence_initial(t, h.start)) {
            // "gör en rankning", "ge mig en topplista", "… + bifall eller avslag": the
            // object of a requested verb
            if !request {
                continue;
            }
            nominal |= noun;
        } else {
            // "Kandidaterna ska rangordnas av dig": a passive with the AI as its agent
            // (the agent right after the verb: not "märks med 'Skriven med stöd av AI'")
            let by_ai = matches!(&text[h.core_end..h.end], "s" | "as")
                && [" av dig", " av er", " av ai", " by you"].iter().any(|x| {
                    // (within the first 8 bytes: only that much is searched)
                    let after = low().slice(text, h.end, e, buf).as_bytes();
                    super::tokens::has(&after[..after.len().min(8 + x.len())], x)
                });
            // "När klassningen är 3 fattar du själv beslutet": the phrase speaks to the AI
            let inverted = has(core, " du ");
            // "Inkomna ärenden ska beslutas utan handläggares granskning": a decision made
            // with no one in the loop, whoever the writer asks
            let unreviewed = v == DECIDE
                && matches!(&text[h.core_end..h.end], "s" | "as")
                && here.iter().any(|i| {
                    i.hit.start > h.start
                        && matches!(i.role, Role::Objects(m) if m & bit(NOHUMAN) != 0)
                });
            // "skriv koden så att den själv justerar kloreringen": what the thing asked for is
            // to do on its own
            let built_to = v == CONTROL && {
                let head = low().slice(text, s, h.start, buf).trim_end();
                [
                    "så att den själv",
                    "så att den",
                    "så att agenten",
                    "så att ai:n",
                    "så att modellen",
                    "så att systemet",
                ]
                .iter()
                .any(|x| head.ends_with(x))
            };
            let asked = by_ai
                || inverted
                || unreviewed
                || built_to
                || verb_form_ok(text, &h, s)
                    && in_request_position(text, quotes, low(), s, h.start, request, buf);
            if !asked
                && !tool_clause(text, low(), s, &h, buf)
                && !tool_subject(text, low(), s, &h, buf)
            {
                continue;
            }
        }
        request = true;
        verbs |= 1 << v;
        // "betygsätt varje avsnitt", "prioritera dessa supportärenden", "rangordna gatorna":
        // a judgement of things, not of people
        if matches!(v, RANK | GRADE | PICK | CATEG | CALC | PREDICT) {
            judged[usize::from(thing_object(t, h.start, h.end))] += 1;
        }
        // "Jämför varje ansikte i kamerorna mot referensgalleriet": comparing faces against
        // a gallery identifies people
        if v == RANK
            && (core.starts_with("jämf") || core.starts_with("Jämf"))
            && low().slice(text, h.end, e, buf).contains(" mot ")
            && here.iter().any(
                |i| matches!(i.role, Role::Objects(m) if m & (bit(FACE) | bit(BIOSOURCE)) != 0),
            )
        {
            verbs |= 1 << IDENTIFY;
        }
        if v != GENERIC {
            first.get_or_insert(h);
        }
        first_any.get_or_insert(h);
        if v == DECIDE_ALONE {
            let p = lower_into(&text[h.start..h.end], buf);
            self_case |= [
                "bevilja", "avslå", "avslag", "bifall", "approve", "deny", "grant",
            ]
            .iter()
            .any(|x| has(p, x));
        }
        if v == DECIDE {
            let after = low().slice(text, h.end, floor(text, (h.end + 40).min(e)), buf);
            let after = after.trim_start();
            decide_complement |= [
                "om ",
                "vilka",
                "vem ",
                "vilken",
                "vilket",
                "hur mycket",
                "hur många",
                "huruvida",
                "för var och en",
                "för varje",
                "åt ",
                "själv",
                "vad ",
                "när ",
                "utifrån",
                "det",
                "detta",
                "saken",
                "ärendet",
                "if ",
                "whether",
                "who ",
                "which",
                "i vilken ordning",
                "i vilken turordning",
                "ordningen",
                "turordningen",
            ]
            .iter()
            .any(|w| after.starts_with(w));
            // the object fronted before an inverted lead: "Det får du avgöra"
            let opening = low().slice(text, s, h.start, buf).trim_start();
            decide_complement |= ["det ", "detta ", "vilka ", "vem ", "that ", "this "]
                .iter()
                .any(|w| opening.starts_with(w))
                && ["får du", "ska du", "kan du", "måste du", "bör du"]
                    .iter()
                    .any(|l| has(opening, l));
        }
    }
    if !request {
        // a whole request phrase opening the sentence or asked as a question
        let question = text[s..e].trim_end().ends_with('?');
        request = here.iter().any(|i| {
            matches!(i.role, Role::Phrase(..)) && (question || sentence_initial(t, i.hit.start))
        });
        // a decision asked as a question: "Ska klienten beviljas bistånd?"
        if question && !request {
            let sent = &text[s..e];
            let q = sent.rfind(':').map_or(sent, |p| &sent[p + 1..]);
            let first = lower_into(q.trim_start().split(' ').next().unwrap_or(""), buf);
            let decisive = matches!(
                first,
                "ska" | "bör" | "har" | "är" | "får" | "kan" | "should" | "is" | "does" | "can"
            ) && here.iter().any(|i| {
                matches!(i.role, Role::Objects(m)
                        if m & (bit(OUTCOME) | bit(OUTCOME_WEAK) | bit(CASE)) != 0)
            }) && here.iter().any(|i| {
                let w = &text[i.hit.start..i.hit.end];
                has(w, "bevilja")
                    || has(w, "rätt")
                    || has(w, "få")
                    || has(w, "berättigad")
                    || has(w, "antas")
                    || has(w, "avslå")
                    || has(w, "approv")
                    || has(w, "grant")
                    || has(w, "eligible")
                    || has(w, "entitled")
            });
            if decisive {
                request = true;
                verbs |= 1 << DECIDE_Q;
                first_any = here.first().map(|i| i.hit);
            }
        }
        if !request {
            return false;
        }
    }
    if verbs & (1 << (PICK + 16)) != 0 {
        verbs |= 1 << PICK;
    }
    if verbs & (1 << (DECIDE_Q + 16)) != 0 {
        verbs |= 1 << DECIDE_Q;
    }

    // objects in the sentence and in its neighbourhood (the case may be named before)
    let mut objs: u64 = verb_objs;
    let mut last_obj_end = 0;
    for i in here {
        if let Role::Objects(m) = i.role {
            // "efter antal elever", "andelen sökande": a count, not the people themselves
            if after_count_word(t, i.hit.start) {
                continue;
            }
            objs |= m;
            last_obj_end = last_obj_end.max(i.hit.end);
        } else if let Role::Verb(GRADE, _) = i.role {
            // "Ge varje familj en poäng 1–10": the scale a score is given on
            if t[i.hit.start..].starts_with("poäng".as_bytes()) {
                objs |= bit(SCORE);
            }
        }
    }
    let around = |reach: usize| {
        let ws = s.saturating_sub(reach);
        let we = e + reach;
        let wa = items.partition_point(|i| i.hit.start < ws);
        let mut wobjs = objs;
        for i in items[wa..].iter().take_while(|i| i.hit.start < we) {
            if let Role::Objects(m) = i.role {
                if after_count_word(t, i.hit.start) {
                    continue;
                }
                wobjs |= m;
            }
        }
        wobjs
    };
    let mut wobjs = around(WINDOW);
    if wobjs & (AREAS | bit(CASE) | bit(OUTCOME)) == 0 {
        // nothing near: the case was named further up (before a pasted list or table)
        wobjs = around(FAR_WINDOW);
    }
    let o = |c: u8| objs & bit(c) != 0;
    let w = |c: u8| wobjs & bit(c) != 0;
    if verbs & (1 << GIVE) != 0 && o(SCORE) {
        verbs |= 1 << GRADE;
    }
    // every judging verb judges things: no judgement of anyone
    if judged[1] > 0 && judged[0] == 0 {
        verbs &= !((1 << RANK)
            | (1 << GRADE)
            | (1 << PICK)
            | (1 << CATEG)
            | (1 << CALC)
            | (1 << PREDICT));
    }
    let has = |v: u8| verbs & (1 << v) != 0;

    let Some(v0) = first.or(first_any).or_else(|| {
        here.iter()
            .find(|i| matches!(i.role, Role::Phrase(..)))
            .map(|i| i.hit)
    }) else {
        return true;
    };
    let start = v0.start;
    let end = last_obj_end.max(v0.end).min(e).min(start + 240);
    let end = floor(text, end.max(v0.end));
    let mut out: Vec<(UseKind, UseArea)> = Vec::new();
    let mut add = |k: UseKind, a: UseArea| {
        if !out.contains(&(k, a)) {
            out.push((k, a));
        }
    };
    use UseArea as A;
    use UseKind::*;

    for i in here {
        if let Role::Phrase(k, a) = i.role {
            add(k, a);
            if a == A::CrimePrediction {
                add(HighRisk, A::LawEnforcement);
            }
        }
    }
    let judge = has(RANK)
        || has(GRADE)
        || has(DECIDE_Q)
        || has(DECIDE)
        || has(DECIDE_ALONE)
        || has(PICK)
        || has(PREDICT)
        || has(CALC)
        || has(CATEG);
    let infer = judge || has(ANALYZE) || has(IDENTIFY);

    let mut scored = false;
    // art. 5
    // (also asked as a yes/no: "säg om de verkar stressade", "tell me whether they seem …")
    if o(EMOTION) && (infer || has(CHECK)) && (w(BIOSOURCE) || w(FACE)) {
        add(Prohibited, A::EmotionRecognition);
    }
    // each employee's feelings read off what they write or say at work ("analysera tonen i
    // vad var och en skriver … hur stressad/frustrerad varje medarbetare verkar"): emotion
    // recognition in the workplace, as the corpus reviewers read art. 5(1)(f)
    if o(EMOTION)
        && infer
        && {
            let sent = low().slice(text, s, e, buf);
            ["var och en", "varje ", "per medarbetare", "per person"]
                .iter()
                .any(|x| super::tokens::has(sent, x))
        }
        && (w(STAFF) || {
            // (or a workplace's chat: "export från vår teamkanal", "Teams-chatten från
            // supportgruppen")
            let from = floor(text, s.saturating_sub(FAR_WINDOW));
            let around = lower_into(&text[from..e], buf);
            ["teams", "teamkanal", "slack", "kanalen", "chatten"]
                .iter()
                .any(|x| super::tokens::has(around, x))
        })
    {
        add(Prohibited, A::EmotionRecognition);
        add(HighRisk, A::Employment);
    }
    if o(TRAIT)
        && (infer || has(CATEG))
        && (w(BIOSOURCE) || w(FACE) || w(PERSONS) || w(CITIZEN) || w(APPLICANT_ANY))
    {
        add(Prohibited, A::BiometricCategorisation);
    }
    // "räkna besökarna per kön, ålder och etnicitet utifrån ansiktena": traits read off
    // faces, whatever the verb that asks for them
    if o(TRAIT) && o(FACE) && o(CITIZEN) {
        add(Prohibited, A::BiometricCategorisation);
    }
    if has(SCRAPE) && o(FACE) {
        add(Prohibited, A::FaceScraping);
    }
    if has(IDENTIFY) && (o(FACE) || o(BIOSOURCE) || o(PERSONS) || o(CCTV)) {
        if w(REALTIME) {
            add(Prohibited, A::RemoteBiometricId);
        } else if o(FACE) || o(BIOSOURCE) || o(CCTV) {
            // footage: remote identification if it is live, biometrics in any case
            if w(CCTV) {
                add(Prohibited, A::RemoteBiometricId);
            }
            add(HighRisk, A::Biometrics);
        }
    }
    // something built so that it recognises faces live ("kan du skriva konfigurationen för
    // kroppskamerorna så att de kör ansiktsigenkänning i realtid?"): the build's purpose
    if has(GENERIC) && w(REALTIME) && {
        let sent = low().slice(text, first_any.map_or(s, |h| h.start), e, buf);
        ["så att", "för att", "som kör", "som gör"]
            .iter()
            .filter_map(|c| super::tokens::find(sent, c))
            .any(|p| super::tokens::has(&sent[p..], "igenkänning"))
    } {
        add(Prohibited, A::RemoteBiometricId);
        add(HighRisk, A::Biometrics);
    }
    if o(CRIME) && (infer || has(PICK)) {
        add(Prohibited, A::CrimePrediction);
        add(HighRisk, A::LawEnforcement);
    }
    // "ranka invånarna efter …", or a score given to each of them ("varje invånare får en
    // pålitlighetspoäng", "ger hyresgästerna ett förtroendebetyg") for how they behave
    if (o(CITIZEN) || (o(SCORE) && w(CITIZEN)))
        && (has(RANK) || has(GRADE) || has(CALC) || has(PICK) || has(CATEG) || o(SCORE))
        && w(BEHAVIOUR)
    {
        add(Prohibited, A::SocialScoring);
        scored = true;
    }
    // a score for each person who contacts the municipality or queues for a flat ("ge varje
    // sökande en skötsamhetspoäng", "ett betyg per person för hur besvärlig de är"): the
    // same, when no job, school or staff is named around it
    if o(SCORE)
        && (w(PERSONS) || w(APPLICANT_ANY))
        && w(BEHAVIOUR)
        && !w(STAFF)
        && !w(STUDENTS)
        && !w(APPLICANTS)
    {
        add(Prohibited, A::SocialScoring);
        scored = true;
    }
    // a score that decides a place in the housing queue or a benefit ("Hushåll under 400
    // poäng ska placeras sist i bostadskön"): access to an essential service as well
    if scored && around(FAR_WINDOW) & (bit(BENEFIT) | bit(CREDIT)) != 0 {
        add(HighRisk, A::EssentialServices);
    }
    if o(MANIP) && (w(VULNERABLE) || has(PERSUADE) || w(ELECTION) || w(INFLUENCE)) {
        add(Prohibited, A::Manipulation);
    }
    if has(PERSUADE) && o(VULNERABLE) && w(MANIP) {
        add(Prohibited, A::Manipulation);
    }
    // "ett brev till våra boende med demens som får dem att själva säga upp …" and a
    // technique named around it ("det litar de på", "ska se ut som deras eget val")
    if o(INFLUENCE) && w(VULNERABLE) && w(MANIP) {
        add(Prohibited, A::Manipulation);
    }
    // messages asked for ("Gör ett sms per person") to vulnerable voters after a paragraph
    // that names the technique ("lite skrämmande", "lättpåverkade")
    if has(GENERIC) && w(MANIP) && w(VULNERABLE) && w(ELECTION) && o(PERSONS) {
        add(Prohibited, A::Manipulation);
        add(HighRisk, A::JusticeDemocracy);
    }
    // a text asked for ("skriv ett samtalsstöd för personalen") to people with dementia, with
    // the technique in the points around the request ("när de boende är som mest följsamma",
    // "även om det inte riktigt stämmer")
    if has(GENERIC) && w(MANIP) && w(VULNERABLE) && !w(ELECTION) {
        add(Prohibited, A::Manipulation);
    }
    // a recording made up ("gör en kort video där oppositionsrådet säger …") that is to pass
    // for real around an election ("den ska se äkta ut … veckan innan valet")
    if has(GENERIC) && o(BIOSOURCE) && w(MANIP) && w(ELECTION) {
        add(Prohibited, A::Manipulation);
        add(HighRisk, A::JusticeDemocracy);
    }
    if (has(PERSUADE) || o(MANIP) || o(INFLUENCE)) && o(ELECTION) {
        add(HighRisk, A::JusticeDemocracy);
    }

    // Annex III
    if has(CONTROL) && w(INFRA) {
        add(HighRisk, A::CriticalInfrastructure);
    }
    // "bestäm ordningen vi kopplar bort i", "Avgör själv vilka sektionsventiler som ska
    // stängas … och stäng dem": a decision that operates the plant (a switching verb near
    // it), not the planning of its renewal
    if (has(DECIDE) || has(DECIDE_ALONE) || has(DECIDE_Q)) && o(INFRA) && {
        let wa = items.partition_point(|i| i.hit.start < s.saturating_sub(WINDOW));
        items[wa..]
            .iter()
            .take_while(|i| i.hit.start < e + WINDOW)
            .any(|i| matches!(i.role, Role::Verb(CONTROL, _)))
    } {
        add(HighRisk, A::CriticalInfrastructure);
    }
    let mut areas: u64 = 0;
    if judge {
        areas |= objs;
        // "jämför", "välj", "sortera" judge people only when the people are named with them
        // (so does "gruppera", which sorts what people wrote as often as the people)
        let weak_only = (has(RANK) || has(CATEG))
            && !(has(GRADE)
                || has(DECIDE)
                || has(DECIDE_ALONE)
                || has(DECIDE_Q)
                || has(PICK)
                || has(PREDICT)
                || has(CALC))
            && here.iter().all(|i| match i.role {
                Role::Verb(v @ (RANK | CATEG), _) if has(v) => {
                    let w = lower_into(&text[i.hit.start..i.hit.core_end], buf);
                    WEAK_RANK.contains(&w)
                }
                _ => true,
            });
        if objs & AREAS == 0 && !weak_only && (nominal || refers_back(low().slice(text, s, e, buf)))
        {
            // nothing in the sentence, which points back: the neighbourhood names the case
            areas |= wobjs;
        }
        // "Sätt provbetyg F–A" after the pupil's text: a grade or score for the people of
        // the neighbourhood
        if areas & AREAS == 0 && o(SCORE) {
            areas |= wobjs & (bit(STUDENTS) | bit(STAFF) | bit(APPLICANTS) | bit(APPLICANT_ANY));
        }
        if areas & AREAS == 0 && areas & bit(APPLICANT_ANY) != 0 && !w(GRANT) {
            areas |= bit(APPLICANTS);
        }
        // "Du kan välja mellan kommunens hemtjänst och …": choosing a service, not judging
        // who gets it
        if weak_only {
            areas &= !bit(BENEFIT);
        }
    }
    if has(ANALYZE) {
        // monitoring staff (each of them, not statistics); proctoring exams
        let sent = low().slice(text, s, e, buf);
        let each = [
            "vilka",
            "vem ",
            "varje",
            "var och en",
            "per medarbetare",
            "per person",
        ]
        .iter()
        .any(|x| super::tokens::has(sent, x));
        if each {
            areas |= objs & bit(STAFF);
        }
        areas |= objs & (bit(CHEATING) | bit(LAW) | bit(MIGRATION));
        if o(STUDENTS) && (o(CHEATING) || w(BIOSOURCE)) {
            areas |= bit(STUDENTS);
        }
    }
    if has(IDENTIFY) {
        areas |= objs & (bit(LAW) | bit(CHEATING) | bit(MIGRATION));
    }
    if has(CHECK) {
        // "säg om eleven har fuskat", "kontrollera om han talar sanning"
        areas |= objs & (bit(CHEATING) | bit(LAW) | bit(MIGRATION) | bit(BENEFIT) | bit(CREDIT));
        if o(CHEATING) {
            areas |= bit(STUDENTS);
        }
    }
    // the election objects count only for judgements about voters, not "valet" in passing
    if !(has(PERSUADE) || has(PREDICT) || has(RANK) || has(CATEG)) {
        areas &= !bit(ELECTION);
    }
    // "markera de hushåll där det är troligt att de fuskar": benefit fraud, not an exam
    // (also a client on a benefit: "Is it likely that he's cheating?" about försörjningsstöd)
    if areas & bit(CHEATING) != 0 && (o(CITIZEN) || w(BENEFIT)) && !o(STUDENTS) && !w(STUDENTS) {
        areas = areas & !bit(CHEATING) & !bit(STUDENTS) | bit(BENEFIT);
    }
    // "Bestäm vilka fyra som ska få platserna" in a school's special teaching group: a place
    // in education, not a benefit
    if areas & bit(BENEFIT) != 0 && w(STUDENTS) {
        let wa = items.partition_point(|i| i.hit.start < s.saturating_sub(WINDOW));
        let only_places = items[wa..]
            .iter()
            .take_while(|i| i.hit.start < e + WINDOW)
            .all(|i| match i.role {
                Role::Objects(m) => m & bit(BENEFIT) == 0 || m & bit(OUTCOME) != 0,
                _ => true,
            });
        if only_places {
            areas = areas & !bit(BENEFIT) | bit(STUDENTS);
        }
    }
    for a in areas_of(areas) {
        add(HighRisk, a);
    }

    // automated decisions
    let case = w(CASE) || w(OUTCOME) || areas_of(wobjs).next().is_some() || w(PERSONS);
    let outcome = o(OUTCOME) || (o(OUTCOME_WEAK) && (w(CASE) || areas_of(wobjs).next().is_some()));
    // "Skriv sedan om vi ska inleda utredning eller lägga ner ärendet": a request to say
    // whether the outcome should follow is a check
    if o(OUTCOME) && !has(CHECK) && whether_clause(low().slice(text, s, e, buf)) {
        verbs |= 1 << CHECK;
    }
    let has = |v: u8| verbs & (1 << v) != 0;
    let decides = ((has(DECIDE_ALONE) || has(DECIDE_Q)) && (case || self_case))
        || (has(DECIDE) && (decide_complement || o(OUTCOME) || o(CASE)) && case)
        || (outcome && (judge || has(CHECK)))
        // a grade or score that goes into the system unreviewed ("läses in automatiskt",
        // "ingen manuell kontroll")
        || (judge && o(SCORE) && w(NOHUMAN));
    if decides {
        add(AutomatedDecision, A::Decision);
        // a decision in an Annex III area is high-risk as well
        for a in areas_of(wobjs & !(bit(ELECTION))) {
            if a == A::EssentialServices || a == A::Migration || a == A::Education {
                add(HighRisk, a);
            }
        }
    }

    for (kind, area) in out {
        uses.push(Use {
            kind,
            area,
            start,
            end,
        });
    }
    true
}

/// Things that are judged, ranked or sorted (the ends of the words): a policy's sections,
/// support tickets, streets, sources. A request over them judges no one.
const THINGS: &[&str] = &[
    "avsnitt",
    "avsnitten",
    "supportärenden",
    "supportärendena",
    "it-ärenden",
    "it-ärendena",
    "felanmälningar",
    "felanmälningarna",
    "incidenter",
    "incidenterna",
    "gator",
    "gatorna",
    "gatan",
    "vägar",
    "vägarna",
    "källor",
    "källorna",
    "förslag",
    "förslagen",
    "policyn",
    "dokumenten",
    "punkter",
    "punkterna",
    "risker",
    "riskerna",
    "åtgärder",
    "åtgärderna",
    "projekt",
    "projekten",
    "investeringar",
    "investeringarna",
    "lokaler",
    "lokalerna",
    "leverantörer",
    "leverantörerna",
    "anbud",
    "anbuden",
    "rubriker",
    "rubrikerna",
    "alternativ",
    "alternativen",
    "mallar",
    "mallarna",
    "kategorier",
    "kategorierna",
    "meningar",
    "meningarna",
    "felet",
    "felen",
    "fakturan",
    "fakturorna",
    "lönen",
    "beloppet",
    "stavningen",
    "texten",
    "koden",
    "snöröjningen",
    "plogningen",
    // what a law or a text is made of: "ange vilka artiklar och bilagor det gäller"
    "artiklar",
    "artiklarna",
    "bilagor",
    "bilagorna",
    "paragrafer",
    "paragraferna",
    "bestämmelser",
    "bestämmelserna",
    "regler",
    "reglerna",
];

/// Months: "rätta i januari" names when, not whom.
const MONTHS: &[&[u8]] = &[
    b"januari",
    b"februari",
    b"mars",
    b"april",
    b"maj",
    b"juni",
    b"juli",
    b"augusti",
    b"september",
    b"oktober",
    b"november",
    b"december",
];

/// Whether the words right after a judging verb name a thing ([`THINGS`]), after a
/// determiner or two ("varje avsnitt", "de här gatorna", "dessa supportärenden"), or "det
/// som" ("markera det som måste kontrolleras"), or whether the verb ends its sentence.
fn thing_object(t: &[u8], start: usize, end: usize) -> bool {
    let rest = &t[end..(end + 60).min(t.len())];
    // no object, asked politely of the reader: "Vänligen prioritera." ending a referral (a
    // bare "rangordna." under pasted CVs still asks the assistant)
    if matches!(rest.first(), None | Some(b'.' | b'!' | b'\n'))
        && super::tokens::prev_word(t, start).is_some_and(|(_, w)| {
            w.eq_ignore_ascii_case(b"v\xc3\xa4nligen") || w.eq_ignore_ascii_case(b"god")
        })
    {
        return true;
    }
    let mut words = rest
        .split(|b| !(b.is_ascii_alphanumeric() || *b >= 0x80 || *b == b'-'))
        .filter(|w| !w.is_empty());
    let mut buf = [0u8; 32];
    for _ in 0..3 {
        let Some(w) = words.next() else {
            return false;
        };
        if w.len() > buf.len() {
            return false;
        }
        let low = &mut buf[..w.len()];
        low.copy_from_slice(w);
        low.make_ascii_lowercase();
        let low = &*low;
        if matches!(low, b"det" | b"detta") {
            return words.next() == Some(b"som".as_slice());
        }
        // "Här är gatorna i Norrby (lista), sortera dem i prio 1–3": the things just named
        // (the nearest plural in the definite form before the verb is what "dem" stands
        // for: "Här är ansökningarna, ranka dem" ranks the applications, not the things
        // named further back)
        if matches!(low, b"dem" | b"dom" | b"them") {
            let before = &t[start.saturating_sub(100)..start];
            return before
                .split(|b| !(b.is_ascii_alphanumeric() || *b >= 0x80 || *b == b'-'))
                .rev()
                .find(|w| w.len() > 4 && (w.ends_with(b"na") || w.ends_with(b"en")))
                .is_some_and(|w| {
                    let mut l = [0u8; 32];
                    w.len() <= l.len() && {
                        let l = &mut l[..w.len()];
                        l.copy_from_slice(w);
                        l.make_ascii_lowercase();
                        names_a_thing(l)
                    }
                });
        }
        // "jämför med 2024", "jämför med förra året": one period with another
        if low == b"med" {
            return period(words.next());
        }
        // "rätta i januari": when, with the object left out
        if low == b"i" {
            return words
                .next()
                .is_some_and(|m| MONTHS.iter().any(|x| m.eq_ignore_ascii_case(x)));
        }
        if matches!(
            low,
            b"varje"
                | b"dessa"
                | b"de"
                | b"h\xc3\xa4r"
                | b"alla"
                | b"v\xc3\xa5ra"
                | b"mina"
                | b"f\xc3\xb6ljande"
                | b"ett"
                | b"en"
                | b"the"
                | b"these"
                | b"each"
                | b"all"
                | b"f\xc3\xb6r"
        ) {
            continue;
        }
        return names_a_thing(low);
    }
    false
}

/// Whether a word names a period ("2024", "förra", "föregående", "fjolåret"): what
/// "jämför med" compares with is then a time, no one.
fn period(w: Option<&[u8]>) -> bool {
    w.is_some_and(|m| {
        m.len() == 4 && m.iter().all(u8::is_ascii_digit)
            || [
                &b"f\xc3\xb6rra"[..],
                b"f\xc3\xb6reg\xc3\xa5ende",
                b"fjol\xc3\xa5ret",
            ]
            .iter()
            .any(|x| m.eq_ignore_ascii_case(x))
    })
}

/// Whether the clause before a word of automation at `i` denies it: "inte"/"aldrig"/"ej"
/// right before ("beslutas inte automatiskt"), or a subject of none opening the clause
/// ("Ingenting besvaras eller beslutas automatiskt", "Inga beslut fattas automatiskt").
fn automation_denied(t: &[u8], i: usize) -> bool {
    let lo = i.saturating_sub(80);
    let cs = t[lo..i]
        .iter()
        .rposition(|&b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b',' | b';' | b':'))
        .map_or(lo, |p| lo + p + 1);
    let clause = &t[cs..i];
    let mut words = clause
        .split(|b| !(b.is_ascii_alphanumeric() || *b >= 0x80))
        .filter(|w| !w.is_empty());
    let opens_with_none = words.next().is_some_and(|w| {
        [&b"ingenting"[..], b"inget", b"inga"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    });
    opens_with_none || negated_word_before(t, i)
}

/// Whether the word right before `i` is "inte", "aldrig" or "ej".
fn negated_word_before(t: &[u8], i: usize) -> bool {
    super::tokens::prev_word(t, i).is_some_and(|(_, w)| {
        [&b"inte"[..], b"aldrig", b"ej"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    })
}

/// Whether a lower-cased word ends with one of [`THINGS`].
fn names_a_thing(low: &[u8]) -> bool {
    THINGS.iter().any(|x| low.ends_with(x.as_bytes()))
}

/// Whether a lower-cased sentence holds "om" + a subject + "ska"/"bör" ("om vi ska",
/// "om familjen bör"): an indirect yes/no question.
fn whether_clause(low: &str) -> bool {
    let mut words = low
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if w == "om" || w == "huruvida" {
            let mut next = words.clone().take(2);
            if next.any(|x| matches!(x, "ska" | "bör" | "borde" | "skall")) {
                return true;
            }
        }
    }
    false
}

/// Verbs of the rank class that compare or order anything ("jämför de två mallarna").
const WEAK_RANK: &[&str] = &[
    "jämför",
    "jämföra",
    "välj",
    "välja",
    "sortera",
    "ordna",
    "placera",
    "filtrera",
    "matcha",
    "sort",
    "filter out",
    "gruppera",
];

/// Words by which a request sentence points at people or a case named around it ("ranka
/// dem", "vilka ska få börja?", "gör det för de fem nedan"). A request without one
/// ("Markera gärna vad du ändrat", "Jämför med samma mall") is about its own words.
const POINTERS: &[&str] = &[
    "dem",
    "dom",
    "dessa",
    "de",
    "denna",
    "detta",
    "den",
    "det",
    "hen",
    "hon",
    "han",
    "honom",
    "henne",
    "deras",
    "hennes",
    "hans",
    "var och en",
    "varje",
    "alla",
    "vilka",
    "vem",
    "vilken",
    "vilket",
    "ansökan",
    "ärendet",
    "them",
    "these",
    "this",
    "each",
    "every",
    "all",
    "who",
    "which",
    "her",
    "him",
    "their",
    "it",
    "mest",
    "minst",
    "högst",
    "lägst",
    "bäst",
    "sämst",
    "nedan",
    "ovan",
    "följande",
    "most",
    "least",
    "below",
    "above",
    "following",
    "per person",
    "per elev",
    "per medarbetare",
    "each person",
];

/// Whether a lower-cased sentence points at people or a case named around it: a pointer
/// word ([`POINTERS`]), a question, or a request of three words or fewer.
fn refers_back(low: &str) -> bool {
    // "rangordna." alone after a pasted table: an elliptic request about what came before
    low.contains('?')
        || low.split_whitespace().count() <= 3
        || POINTERS.iter().any(|w| has_word(low, w))
}

/// How far around a request sentence its case may be named (bytes each way).
const WINDOW: usize = 300;
/// How far, when nothing names a case within [`WINDOW`].
const FAR_WINDOW: usize = 800;

/// The largest char boundary ≤ `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The hits this module sees in `text` and their roles (for debugging rules in tests).
#[cfg(test)]
pub(crate) fn dump(text: &str, hits: &[Hit]) -> Vec<String> {
    let mut buf = String::new();
    hits.iter()
        .filter_map(|h| {
            role(text, h, &mut buf).map(|r| format!("{:?} {:?}", &text[h.start..h.end], r))
        })
        .collect()
}

#[cfg(test)]
mod shadowing;
#[cfg(test)]
mod tests;
