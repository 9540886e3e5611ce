//! Swedish prose: person names, addresses, content lexicons and AI Act uses.
//!
//! One Aho-Corasick pass ([`lexicon`]) finds every term of every detector; the detectors
//! then look only at the neighbourhood of those hits (the sentence, the paragraph). Names
//! come from a separate scan that stops only at capitalised word starts and looks them up
//! in one hash map (Fx hash) built once from the shipped gazetteers.

mod address;
mod capitals;
mod content;
mod cyrillic;
mod learnt;
mod lexicon;
mod names;
mod spans;
mod subjects;
mod tokens;
mod uses;

pub(crate) use content::family_situation;

use crate::{Category, Finding, Use};
use lexicon::{Hit, Kind, Lexicon};

/// Finds names, addresses, sensitive content and requested uses.
pub(crate) struct LanguageDetector {
    lexicon: Lexicon,
    names: names::Names,
    model: content::model::Model,
    uses_model: uses::model::Model,
}

/// Whether the text opens (within its first lines) by greeting a person it names ("Kära
/// Gunnel!", "Hej Amir,"): a letter to them, so "du" in it is that person.
fn greeted(text: &str, found: &[Finding]) -> bool {
    const GREETINGS: &[&str] = &[
        "kära ", "hej ", "hejsan ", "hallå ", "bästa ", "dear ", "hi ", "till: ", "to: ",
    ];
    let mut at = 0;
    // (a letter pasted under an instruction, often in quotes or quoted as an e-mail:
    // "Översätt till engelska …\n\n\"Hej Aino,")
    for line in text.split_inclusive('\n').take(6) {
        let l = line
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '»' | '”' | '“' | '>')
            })
            .as_bytes();
        let start = at + line.len() - l.len();
        at += line.len();
        if let Some(g) = GREETINGS
            .iter()
            .find(|g| l.len() >= g.len() && l[..g.len()].eq_ignore_ascii_case(g.as_bytes()))
        {
            let name_at = start + g.len();
            return found
                .iter()
                .any(|f| f.category == Category::PersonName && f.start == name_at);
        }
    }
    false
}

/// Identifier categories that point at a person (for the "about an individual" rule).
fn points_at_person(c: Category) -> bool {
    use Category::*;
    matches!(
        c,
        Personnummer
            | Samordningsnummer
            | PersonName
            | Phone
            | Email
            | PassportNumber
            | LicensePlate
    )
}

impl LanguageDetector {
    /// Builds the lexicon on this thread and, meanwhile, the name lists and the two models on
    /// another (about 19 and 13 ms: a `vakt check` starts that much sooner); serially when no
    /// thread can be started.
    pub(crate) fn new() -> Self {
        let rest = || {
            (
                names::Names::new(),
                content::model::Model::new(),
                uses::model::Model::new(),
            )
        };
        let lexicon = || {
            let mut lists = content::lists();
            lists.extend(uses::lists());
            Lexicon::new(&lists)
        };
        let (lexicon, (names, model, uses_model)) =
            std::thread::scope(
                |s| match std::thread::Builder::new().spawn_scoped(s, rest) {
                    Ok(other) => {
                        let lexicon = lexicon();
                        let rest = other
                            .join()
                            .unwrap_or_else(|e| std::panic::resume_unwind(e));
                        (lexicon, rest)
                    }
                    Err(_) => (lexicon(), rest()),
                },
            );
        LanguageDetector {
            lexicon,
            names,
            model,
            uses_model,
        }
    }

    /// Appends findings and uses found in `text`. `findings` may already hold the
    /// identifiers of the same text; they count as references to a person.
    ///
    /// `text` holds no Unicode space (no-break space …): [`Engine::analyze`] gives the
    /// detectors a copy with ASCII spaces, so that such a space separates words and
    /// numbers as a space does.
    ///
    /// [`Engine::analyze`]: crate::Engine::analyze
    pub(crate) fn detect(&self, text: &str, findings: &mut Vec<Finding>, uses: &mut Vec<Use>) {
        // (a text written in capitals is read in sentence case: same offsets)
        let cased = capitals::sentence_cased(text, &self.names);
        let text = cased.as_deref().unwrap_or(text);
        let pnr: Vec<(usize, usize)> = findings
            .iter()
            .filter(|f| {
                matches!(
                    f.category,
                    Category::Personnummer | Category::Samordningsnummer
                )
            })
            .map(|f| (f.start, f.end))
            .collect();
        let mut pnr = pnr;
        pnr.sort_unstable();
        let ips: Vec<(usize, usize)> = findings
            .iter()
            .filter(|f| f.category == Category::IpAddress)
            .map(|f| (f.start, f.end))
            .collect();
        let first_new = findings.len();
        // (a line in capitals alone is read in title case for names: same offsets)
        match tokens::title_cased_caps_lines(text) {
            Some(titled) => {
                let first = findings.len();
                self.names.detect(&titled, &pnr, findings);
                let found = findings.split_off(first);
                findings.extend(found.into_iter().filter(|f| {
                    let name = &titled[f.start..f.end];
                    f.category != Category::PersonName
                        || name == &text[f.start..f.end]
                        || self.names.plausible_in_capitals(name)
                }));
            }
            None => self.names.detect(text, &pnr, findings),
        }
        cyrillic::detect(text, findings);

        // (about one hit in 80 bytes of prose: reserved once, not grown by copying)
        let mut hits: Vec<Hit> = Vec::with_capacity(text.len() / 80);
        self.lexicon.hits(text, &mut hits);
        // "när du jobbade halvtid": a story told to someone, not advice to anyone
        // "uppgifter om flickans psykiska hälsa": her data, not a kind of data
        hits.retain(|h| {
            h.kind != Kind::General
                || !tokens::narrative_you(text.as_bytes(), h)
                    && !tokens::someones_data(text.as_bytes(), h)
        });

        let mut persons: Vec<(usize, usize)> = findings
            .iter()
            .filter(|f| points_at_person(f.category) && f.level >= crate::Level::L1)
            .map(|f| (f.start, f.end))
            .collect();
        persons.sort_unstable();

        address::detect(text, findings);
        // a name or a personnummer: someone the text is about (or written to)
        let named = findings.iter().any(|f| {
            matches!(
                f.category,
                Category::PersonName | Category::Personnummer | Category::Samordningsnummer
            )
        });
        // someone the text is about, not only officials (contacts, signatures, speakers)
        let whom = subjects::about(text, findings, &pnr);
        let subject = whom.subject;
        // written to someone: a name with their personnummer or address (a letter, a
        // decision), so "du har …" speaks of them; not a text that names only its officials
        // (an invitation with a venue's address and a contact: its "du" is any reader)
        let addressee = subject
            && (!pnr.is_empty()
                || findings.iter().any(|f| f.category == Category::Address)
                || greeted(text, &findings[first_new..]));
        // a text that names only officials: their names and contact details are no one it is
        // about; one that names no one and whose writer does not speak of themselves: its
        // phone numbers and e-mail addresses are where to turn ("ring socialtjänstens
        // mottagning, 0498-26 90 00")
        let officials_only = named && !subject;
        let filtered: Vec<(usize, usize)>;
        let about: &[(usize, usize)] =
            if officials_only || !named && !subjects::first_person(text.as_bytes()) {
                let mut dropped: Vec<usize> = findings
                    .iter()
                    .filter(|f| {
                        matches!(f.category, Category::Phone | Category::Email)
                            || officials_only && f.category == Category::PersonName
                    })
                    .map(|f| f.start)
                    .collect();
                dropped.sort_unstable();
                filtered = persons
                    .iter()
                    .copied()
                    .filter(|&(s, _)| dropped.binary_search(&s).is_err())
                    .collect();
                &filtered
            } else {
                &persons
            };
        let people = content::People {
            persons: about,
            everyone: &persons,
            named,
            subject,
            sole: whom.sole,
            addressee,
        };
        content::detect(text, &hits, &people, findings);
        content::markings::detect(text, &hits, &ips, !persons.is_empty(), findings);
        content::markings::evaluations(&hits, subject, findings);
        // a blank form that names no one ("Namn: ________", "Diagnos: ……"): what it asks about
        // health or children is about whoever fills it in (person content is talk about a
        // topic, level 0); so is a training text that names no one, with an exercise, a quiz
        // or a role play ("Övningsfall", "Diskutera i grupp:"): its cases are invented
        if !named
            && counts_above_zero(&findings[first_new..], about_a_person)
            && (tokens::blank_fields(text.as_bytes(), 3) || tokens::training_text(text.as_bytes()))
        {
            all_as_topic(&mut findings[first_new..], about_a_person);
        }
        // (a blank template's own secrecy heading marks nothing until it is filled in:
        // "SEKRETESS enligt 26 kap. 1 § OSL" over "Sökande: [NAMN]")
        let marking = |c: Category| c == Category::SecrecyMarking;
        if !named
            && counts_above_zero(&findings[first_new..], marking)
            && tokens::blank_fields(text.as_bytes(), 3)
        {
            all_as_topic(&mut findings[first_new..], marking);
        }
        // a delegation of a health-care task ("Delegerade uppgifter: [x] Administrering av
        // insulin"): its health words name what a member of staff may do, no one's condition
        // (unless a personnummer names a patient)
        let health = |c: Category| c == Category::Health;
        if pnr.is_empty()
            && counts_above_zero(&findings[first_new..], health)
            && tokens::delegation(text.as_bytes())
        {
            all_as_topic(&mut findings[first_new..], health);
        }
        // the learnt second opinions: around the people the text is about, and on what a
        // short text asks for (one tokenization of a short text serves both)
        // (the scratch is this thread's, kept between texts)
        let first_use = uses.len();
        learnt::Scratch::with(|scratch| {
            let read_whole = if subject {
                let first_model = findings.len();
                let read = self.model.detect(text, about, findings, scratch);
                // (what the model adds about a character in a story is no one's either)
                if findings[first_model..]
                    .iter()
                    .any(|f| f.level > crate::Level::L1)
                    && content::fiction(text.as_bytes(), &hits)
                {
                    for f in &mut findings[first_model..] {
                        f.level = f.level.min(crate::Level::L1);
                    }
                }
                read
            } else {
                None
            };
            // the model's opinion of a whole short text: what it is sure the text does not hold
            // (anything about a person, in a routine, training material or a guideline whose
            // words about health, children or protected identity are talk about a topic; or one
            // of the extra-protected categories whose everyday words are everywhere), and what
            // the text itself holds (a system's weak points)
            // (a short text the content model has just read whole is not read again)
            if let Some(logits) = read_whole.or_else(|| self.model.whole(text, scratch)) {
                let mine = &mut findings[first_new..];
                if mine
                    .iter()
                    .any(|f| about_a_person(f.category) && f.level > crate::Level::L0)
                {
                    let absent = self.model.absent(text.len(), &logits);
                    for f in mine.iter_mut().filter(|f| {
                        about_a_person(f.category) && (absent.no_one || absent.category(f.category))
                    }) {
                        as_topic(f);
                    }
                }
                self.model
                    .text_categories(&logits, scratch, findings, first_new);
            }
            uses::detect(text, &hits, uses);
            // (the model speaks only of a text that asks for something: a request verb or a
            // question; "Platser: 24. Behöriga sökande: 31. Urval enligt 20 kap. 9 § skollagen."
            // asks nothing)
            // (a verb negated right after it forbids rather than asks: "Skriv aldrig brev som
            // skrämmer äldre …")
            // (nor does a verb a rule forbids: "Det är förbjudet att ladda ner bilder …",
            // "Ansikten får aldrig sparas …")
            let asks = |h: &lexicon::Hit| {
                let before = &text.as_bytes()[h.start.saturating_sub(24)..h.start];
                matches!(h.kind, Kind::UseVerb(_))
                    && ![&b" aldrig "[..], b" inte ", b" ej "]
                        .iter()
                        .any(|n| text.as_bytes()[h.end..].starts_with(n))
                    && ![
                        &b"f\xc3\xb6rbjudet att "[..],
                        b"f\xc3\xa5r aldrig ",
                        b"f\xc3\xa5r inte ",
                        b"f\xc3\xa5r ej ",
                        b"inte till\xc3\xa5tet att ",
                    ]
                    .iter()
                    .any(|n| before.ends_with(n))
            };
            if text.len() <= uses::model::MAX_TEXT
                && (hits.iter().any(asks) || memchr::memchr(b'?', text.as_bytes()).is_some())
                && !opinion_piece(text.as_bytes())
            {
                self.uses_model.detect(text, &hits, uses, scratch);
            }
        });
        // grading, admitting or watching the pupils a text names is data about those
        // children (CONTRACT.md: level 2), whatever words the text uses for them; a text whose
        // only names are officials' (the teacher who signs the request) names no pupil
        // (adults in SFI, Komvux or higher education are no children)
        // (a writer's "jag" names no pupil: "Ska vi låta AI:n räkna fram en fuskrisk per
        // elev?" over an IT educator's signature)
        if whom.named {
            if let Some(u) = uses[first_use..]
                .iter()
                .find(|u| u.area == crate::UseArea::Education)
                .filter(|_| !adult_education(text))
                // (not a ranking of job applicants the detector also read as an
                // employment use: "rangordna dem … kalla till intervju" over CVs)
                .filter(|e| {
                    !uses[first_use..]
                        .iter()
                        .any(|u| u.area == crate::UseArea::Employment && u.start == e.start)
                })
            {
                let mut f = Finding::new(Category::Child, u.start, u.end, 0.6);
                f.level = crate::Level::L2;
                findings.push(f);
            }
        }
        debug_assert!(findings[first_new..]
            .iter()
            .all(|f| text.is_char_boundary(f.start) && text.is_char_boundary(f.end)));
    }
}

/// Whether the text opens as an opinion piece ("DEBATT: Låt inte kamerorna styra skolan",
/// "Insändare: …", "KRÖNIKA"): it argues, it asks no model for anything.
fn opinion_piece(t: &[u8]) -> bool {
    let head = t.trim_ascii_start();
    ["debatt", "insändare", "krönika", "ledare:"]
        .iter()
        .any(|w| tokens::starts_with_ci(head, w.as_bytes()))
}

/// Whether a content category says something about a person (special categories, extra
/// protected data, protected identity), not about a document (markings) or a system.
fn about_a_person(c: Category) -> bool {
    matches!(
        c.kind(),
        crate::CategoryKind::SpecialCategory | crate::CategoryKind::ExtraProtected
    ) || c == Category::ProtectedIdentity
}

/// Whether a finding of a category `of` selects counts above level 0.
fn counts_above_zero(findings: &[Finding], of: impl Fn(Category) -> bool) -> bool {
    findings
        .iter()
        .any(|f| of(f.category) && f.level > crate::Level::L0)
}

/// Takes every finding of a category `of` selects for talk about a topic ([`as_topic`]).
fn all_as_topic(findings: &mut [Finding], of: impl Fn(Category) -> bool) {
    for f in findings.iter_mut().filter(|f| of(f.category)) {
        as_topic(f);
    }
}

/// A finding taken for talk about a topic rather than about a person: level 0, low score.
fn as_topic(f: &mut Finding) {
    f.level = crate::Level::L0;
    f.score = f.score.min(0.3);
}

/// Whether a text is about adult students: a word that starts with SFI, Komvux,
/// vuxenutbildning or yrkeshögskola, in any case. One case-insensitive search of the text
/// (no lower-cased copy: a large file's copy, made for each named pupil, once took half the
/// engine's time).
pub(crate) fn adult_education(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let t = text.as_bytes();
    WORDS
        .get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                // (the search folds ASCII letters only: "ö" and "Ö" are written out)
                .build([
                    "sfi",
                    "komvux",
                    "vuxenutbildning",
                    "yrkeshögskola",
                    "yrkeshÖgskola",
                ])
                .expect("words compile")
        })
        .find_overlapping_iter(t)
        .any(|m| m.start() == 0 || !t[m.start() - 1].is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests;
