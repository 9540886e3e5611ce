//! The second, looser stage: combinations of concepts.
//!
//! The first stage needs a request verb it knows, in request position. Real prompts often
//! ask with other words ("notera om hen verkar stressad", "can you estimate …", "Svara bara
//! med …") or describe in later sentences what a requested tool is to do ("Skriv en
//! SQL-fråga … Varje hushåll ska få en skötsamhetspoäng …"). For the uses whose objects are
//! themselves the judgement — feelings read from faces or voices, traits inferred from
//! faces, faces matched in footage or downloaded in bulk, people's risk of crime, residents
//! scored for behaviour, the fear of vulnerable people exploited, infrastructure run without
//! an operator, emergency calls triaged by the model, households' creditworthiness, cheating
//! read from cameras — a combination of those objects in a sentence and its neighbours is
//! enough, when
//!
//! - the text is addressed to an AI: the first stage saw a request somewhere in it, or the
//!   sentence opens with an imperative or speaks to someone, or a direct lead ("kan du",
//!   "du är", "act as") or a question is near (not a word of advice: "låt", "du kan"), and
//! - the sentence does not talk about the rules (the first stage's discussion markers; the
//!   neighbourhood neither, where it supplies objects), the anchor is not inside a quotation,
//!   and a cue word of the judgement is there (a risk, a match, an estimate).
//!
//! Each combination is a row of [`COMBOS`]; it only adds (kind, area) pairs the first stage
//! did not find in this text.

use super::*;

/// Groups of object classes: each group must be present in the neighbourhood.
type Groups = &'static [u64];

/// One combination of concepts and the uses it makes.
struct Combo {
    groups: Groups,
    /// Cue lists: a substring of each list must occur in the lower-cased neighbourhood.
    cues: &'static [&'static [&'static str]],
    uses: &'static [(UseKind, UseArea)],
    /// Whether the groups after the first may come from the neighbouring sentences (else
    /// the whole combination, cues included, is in the anchor's sentence).
    near: bool,
    /// Whether the cues may stand in the neighbouring sentences too (an output schema
    /// spreads over lines that are no sentences); talk about the rules does not cancel it.
    wide: bool,
    /// Whether the cues may stand in the neighbouring sentences, talk about the rules still
    /// cancelling (the steps of a requested script: "1. går igenom inläggen på Instagram
    /// 2. laddar ner alla bilder 3. klipper ut varje ansikte").
    spread: bool,
}

/// People a judgement can be about.
pub(super) const PEOPLE: u64 = bit(STAFF)
    | bit(STUDENTS)
    | bit(PERSONS)
    | bit(APPLICANTS)
    | bit(APPLICANT_ANY)
    | bit(CITIZEN)
    | bit(VULNERABLE)
    | bit(BENEFIT);

/// Words that ask for a judgement about each person.
const JUDGE: &[&str] = &[
    "bedöm",
    "avgör",
    "analys",
    "identifi",
    "upptäck",
    "flagg",
    "notera om",
    "markera",
    "vilka",
    "vem ",
    "för varje",
    "per person",
    "per medarbetare",
    "per elev",
    "var och en",
    "uppskatta",
    "gissa",
    "räkna ut",
    "beräkna",
    "klassa",
    "klassific",
    "kategoris",
    "sortera",
    "ranka",
    "rangordna",
    "poäng",
    "sannolik",
    "procent",
    "tolka",
    "läs av",
    "mät",
    "estimate",
    "guess",
    "infer",
    "detect",
    "determine",
    "classif",
    "categori",
    "score",
    "likely",
    "probab",
    "each ",
    "flag",
    "measure",
    "track",
    "verkar",
    "ser ut",
    "tecken på",
    "seems",
    "looks",
    "signs of",
    "trolig",
    "varna",
];

/// Words that ask for a risk or a prediction about each one ("riskerar" alone is a topic).
const RISK: &[&str] = &[
    "sannolik",
    "procent",
    "trolig",
    "riskbedöm",
    "riskpoäng",
    "risknivå",
    "bedöm",
    "förutsäg",
    "förutse",
    "vilka",
    "vem ",
    "poäng",
    "ranka",
    "rangordna",
    "sortera",
    "likely",
    "probab",
    "predict",
    "score",
    "rank",
];

/// Words that ask for faces to be matched or recognised.
const MATCH: &[&str] = &[
    "jämför",
    "matcha",
    "match",
    "känna igen",
    "känner igen",
    "identifi",
    "träff",
    "vem det är",
    "vilka det är",
    "compare",
    "recognise",
    "recognize",
    "who ",
    "koppla",
    "rätt namn",
    "sätt namn på",
    "vem som är vem",
    "mot databasen",
    "samma person",
    "same person",
    "against the database",
];

/// Words that leave a process to the AI alone ("själv" alone may be a person's work).
const ALONE: &[&str] = &[
    "du själv",
    "låt språkmodellen",
    "låt modellen",
    "låt ai",
    "ingen kvittens",
    "utan kvittens",
    "bestäm själv",
    "avgör själv",
    "styr själv",
    "reglera själv",
    "justera själv",
    "själv bestämma",
    "själv avgöra",
    "på egen hand",
    "automatiskt",
    "utan operatör",
    "utan bekräftelse",
    "utan godkännande",
    "utan att någon",
    "utan att en människa",
    "direkt till",
    "direkt i",
    "agera som",
    "från och med nu",
    "autonom",
    "inte behöver godkänna",
    "behöver inte godkänna",
    "ingen människa behöver",
    "utan mänsklig",
    "utan manuell",
    "tar över styrningen",
    "yourself",
    "automatically",
    "without",
    "no operator",
    "no human",
    "straight",
    "act as",
    "from now on",
];

/// Words of a decision taken or sent.
const DECISION: &[&str] = &[
    "beslut",
    "avslå",
    "avslag",
    "bevilja",
    "placera",
    "placering",
    "antag",
    "spärra",
    "stoppa",
    "decision",
    "approve",
    "reject",
    "deny",
];

/// Words that control equipment.
const STEER: &[&str] = &[
    "styr",
    "reglera",
    "justera",
    "ställ in",
    "starta",
    "stoppa",
    "stäng",
    "öppna",
    "börvärde",
    "dosera",
    "dosering",
    "sätta",
    "control",
    "adjust",
    "start",
    "stop",
    "setpoint",
    "switch",
];

/// Words that judge whether someone can pay.
const CREDITWORTHY: &[&str] = &[
    "kreditvärdig",
    "kreditbedöm",
    "kreditprövning",
    "kreditbetyg",
    "kreditpoäng",
    "kreditscore",
    "betalningsförmåga",
    "betalningsrisk",
    "creditworth",
    "credit score",
];

/// Words that sort emergency calls or send help.
const TRIAGE: &[&str] = &[
    "prio",
    "triag",
    "klassa",
    "klassific",
    "classif",
    "bedöm",
    "assess",
    "dispatch",
    "larma ut",
    "skicka ambulans",
    "skicka närmaste",
];

/// Words that make the model handle the calls themselves, not describe how they are handled.
const EACH_CALL: &[&str] = &[
    "varje samtal",
    "inkommande",
    "utskrift",
    "automatiskt",
    "utan att",
    "direkt",
    "själv",
    "each call",
    "every call",
    "incoming",
    "transcript",
    "automatically",
    "without",
    "immediately",
    "yourself",
];

/// Words that fetch images in bulk.
const DOWNLOAD: &[&str] = &[
    "laddar ner",
    "ladda ner",
    "skrapa",
    "skrapar",
    "samla in",
    "samlar in",
    "hämta alla",
    "hämtar alla",
    "scrape",
    "download",
    "crawl",
    "collect",
    "lägg in alla",
    "lägga in alla",
    "spara alla",
    "i en databas",
    "spara ner",
    "sparar ner",
    "spara ned",
    "sparar ned",
    "går igenom alla",
    "gar igenom alla",
    "plocka ut",
    "plockar ut",
    "bildbank",
];

/// Where images of anyone are found.
const ONLINE: &[&str] = &[
    "instagram",
    "insta",
    "tiktok",
    "facebook",
    "sociala medier",
    "social media",
    "konton",
    "accounts",
    "internet",
    "nätet",
    "webben",
    "the web",
];

/// Words that specify what the model returns.
const OUTPUT_SPEC: &[&str] = &[
    "utdata",
    "output",
    "returnera",
    "return",
    "svara med",
    "svara endast",
    "respond with",
    "json",
    "schema",
    "fält",
    "fields",
];

/// A decision's values enumerated as a field's choices.
const VERDICTS: &[&str] = &[
    "bifall |",
    "| avslag",
    "bifall|",
    "|avslag",
    "avslag |",
    "| bifall",
    "beviljas: ja/nej",
    "beviljas ja/nej",
    "approve |",
    "| reject",
    "| deny",
    "approved |",
    "| rejected",
];

/// Words that say a listed person has been seen ("larma så fort någon av följande personer
/// syns"): the footage is matched against them.
const SIGHTED: &[&str] = &[
    "syns",
    "dyker upp",
    "visar sig",
    "känns igen",
    "följande personer",
    "personerna på listan",
    "bevakningslista",
    "watchlist",
    "efterlys",
    "is seen",
    "shows up",
];

/// Words of voting (the influence phrase may hold them: "stannar hemma på valdagen").
const VOTING: &[&str] = &["rösta", "röstar", "valdag", "vallokal", "väljar", "voters"];

/// Words that exploit a feeling.
const PLAY_ON: &[&str] = &[
    "spelar",
    "spela på",
    "utnyttja",
    "skrämma",
    "skrämmer",
    "exploit",
    "play on",
    "prey on",
];

use UseArea as A;
use UseKind::{AutomatedDecision, HighRisk, Prohibited};

const COMBOS: &[Combo] = &[
    // a case decided and sent with no one to look at it ("ska ansökan avslås automatiskt
    // och ett avslagsbeslut mejlas … Ingen handläggare behöver titta på de ärendena")
    Combo {
        groups: &[bit(CASE) | bit(OUTCOME), bit(NOHUMAN)],
        cues: &[DECISION],
        uses: &[(AutomatedDecision, A::Decision)],
        near: true,
        wide: false,
        spread: true,
    },
    // an output schema whose decision field the model fills ("beslut": "bifall | avslag",
    // "beviljas: ja/nej", "approve | reject"): the model decides the case
    Combo {
        groups: &[bit(CASE) | bit(OUTCOME)],
        cues: &[OUTPUT_SPEC, VERDICTS],
        uses: &[(AutomatedDecision, A::Decision)],
        near: true,
        wide: true,
        spread: false,
    },
    // feelings of staff or pupils read from faces, voices or recordings
    Combo {
        groups: &[bit(EMOTION), bit(BIOSOURCE) | bit(FACE) | bit(CCTV), PEOPLE],
        cues: &[JUDGE],
        uses: &[(Prohibited, A::EmotionRecognition)],
        near: true,
        wide: false,
        spread: false,
    },
    // ethnicity, religion, orientation or opinions inferred from faces or photos (the photos
    // may be named in the sentence before a list of what to read from them)
    Combo {
        groups: &[bit(TRAIT), bit(FACE) | bit(BIOSOURCE)],
        cues: &[JUDGE],
        uses: &[(Prohibited, A::BiometricCategorisation)],
        near: true,
        wide: false,
        spread: false,
    },
    // emergency calls prioritised or dispatched by the model
    Combo {
        groups: &[bit(EMERGENCY)],
        cues: &[TRIAGE, EACH_CALL],
        uses: &[(HighRisk, A::EssentialServices)],
        near: false,
        wide: false,
        spread: false,
    },
    // faces matched in live footage
    Combo {
        groups: &[bit(FACE), bit(REALTIME)],
        cues: &[MATCH],
        uses: &[(Prohibited, A::RemoteBiometricId)],
        near: false,
        wide: false,
        spread: false,
    },
    // live cameras watched for listed people ("larma väktarna i realtid så fort någon av
    // följande personer syns"): remote biometric identification, the faces unnamed
    Combo {
        groups: &[bit(REALTIME), bit(CCTV) | bit(BIOSOURCE)],
        cues: &[SIGHTED],
        uses: &[(Prohibited, A::RemoteBiometricId)],
        near: true,
        wide: false,
        spread: true,
    },
    // faces downloaded in bulk from social media or the web
    Combo {
        groups: &[bit(FACE)],
        cues: &[DOWNLOAD, ONLINE],
        uses: &[(Prohibited, A::FaceScraping)],
        near: false,
        wide: false,
        spread: true,
    },
    // faces matched in recorded footage or photos
    Combo {
        groups: &[bit(FACE), bit(CCTV) | bit(BIOSOURCE)],
        cues: &[MATCH],
        uses: &[(HighRisk, A::Biometrics)],
        near: false,
        wide: false,
        spread: false,
    },
    // people's risk of committing crimes
    Combo {
        groups: &[bit(CRIME), PEOPLE | bit(LAW)],
        cues: &[RISK],
        uses: &[
            (Prohibited, A::CrimePrediction),
            (HighRisk, A::LawEnforcement),
        ],
        near: false,
        wide: false,
        spread: false,
    },
    // the same with the people or the authority in a neighbouring sentence ("Inför mötet med
    // frivården … estimate the probability that he will commit a new offence")
    Combo {
        groups: &[bit(CRIME), PEOPLE | bit(LAW)],
        cues: &[RISK],
        uses: &[(Prohibited, A::CrimePrediction)],
        near: true,
        wide: false,
        spread: false,
    },
    // residents scored for their behaviour
    Combo {
        groups: &[bit(SCORE), bit(CITIZEN), bit(BEHAVIOUR)],
        cues: &[],
        uses: &[(Prohibited, A::SocialScoring)],
        near: false,
        wide: false,
        spread: false,
    },
    // the same with the residents and their behaviour in the sentences around the score
    // (an "ansvarsindex" for tenants, its factors listed before it)
    Combo {
        groups: &[bit(SCORE), bit(CITIZEN), bit(BEHAVIOUR)],
        cues: &[],
        uses: &[(Prohibited, A::SocialScoring)],
        near: true,
        wide: false,
        spread: false,
    },
    // the fear or forgetfulness of vulnerable people exploited
    Combo {
        groups: &[bit(MANIP), bit(VULNERABLE)],
        cues: &[],
        uses: &[(Prohibited, A::Manipulation)],
        near: true,
        wide: false,
        spread: false,
    },
    // critical infrastructure run without an operator
    Combo {
        groups: &[bit(INFRA)],
        cues: &[ALONE, STEER],
        uses: &[(HighRisk, A::CriticalInfrastructure)],
        near: false,
        wide: false,
        spread: false,
    },
    // whether households or applicants are creditworthy
    Combo {
        groups: &[bit(CREDIT), PEOPLE],
        cues: &[CREDITWORTHY],
        uses: &[(HighRisk, A::EssentialServices)],
        near: true,
        wide: false,
        spread: false,
    },
    // cheating read from cameras or eye movements in exams (the recordings may be named
    // in the sentence before: "Gå igenom klippen … Avsluta med en fuskrisk per elev")
    Combo {
        groups: &[bit(CHEATING), bit(BIOSOURCE) | bit(FACE), PEOPLE],
        cues: &[JUDGE],
        uses: &[(HighRisk, A::Education)],
        near: true,
        wide: false,
        spread: false,
    },
    // voters to be kept from the polls or swayed ("Målet är att folk stannar hemma på
    // valdagen", after a request for posts): an election influenced
    Combo {
        groups: &[bit(INFLUENCE)],
        cues: &[VOTING],
        uses: &[(HighRisk, A::JusticeDemocracy)],
        near: true,
        wide: false,
        spread: false,
    },
    // the fears of vulnerable people played on ("spelar så mycket som möjligt på deras
    // rädsla"): the words of the technique apart
    Combo {
        groups: &[bit(EMOTION), bit(VULNERABLE)],
        cues: &[PLAY_ON],
        uses: &[(Prohibited, A::Manipulation)],
        near: false,
        wide: false,
        spread: false,
    },
];

/// Objects that can start a combination (the first group of some row).
const ANCHORS: u64 = bit(EMOTION)
    | bit(REALTIME)
    | bit(TRAIT)
    | bit(FACE)
    | bit(CRIME)
    | bit(SCORE)
    | bit(MANIP)
    | bit(INFRA)
    | bit(CREDIT)
    | bit(CHEATING)
    | bit(EMERGENCY)
    | bit(CASE)
    | bit(OUTCOME)
    | bit(INFLUENCE);

/// Words that address an AI when the first stage saw no request.
const ADDRESS: &[&str] = &[
    "du är",
    "din uppgift",
    "agera som",
    "från och med nu",
    "svara",
    "jag behöver",
    "jag vill ha",
    "vi behöver",
    "vi vill ha",
    "ge mig",
    "you are",
    "your task",
    "act as",
    "from now on",
    "answer",
    "output",
    "i need",
    "we need",
    "i want",
    "give me",
];

/// Imperatives that open a request to an AI (the first stage's verb lists hold the verbs
/// that judge; these only say that the text asks for something).
const IMPERATIVES: &[&str] = &[
    "koppla",
    "lägg",
    "spara",
    "hämta",
    "ladda",
    "samla",
    "bygg",
    "skapa",
    "skriv",
    "gör",
    "ta",
    "ge",
    "hjälp",
    "sätt",
    "använd",
    "läs",
    "gå",
    "titta",
    "kolla",
    "lista",
    "sammanställ",
    "ställ",
    "räkna",
    "jämför",
    "hitta",
    "föreslå",
    "analysera",
    "identifiera",
    "programmera",
    "koda",
    "utveckla",
    "konfigurera",
    "build",
    "write",
    "create",
    "make",
    "use",
    "give",
    "list",
    "find",
    "set",
    "help",
    "please",
    "analyse",
    "analyze",
    "compare",
    "identify",
    "generate",
    "design",
    "develop",
    "implement",
    "code",
    "tell",
    "show",
    "connect",
    "configure",
];

/// How far around the anchor's sentence the neighbourhood reaches (whole sentences).
const REACH: usize = 200;

/// Appends the uses that combinations of concepts ask for and that `uses[before..]` (the
/// first stage's, for this text) does not hold yet. `asked`: whether the first stage saw a
/// request (computed when first needed).
pub(super) fn detect(
    text: &str,
    items: &[Item],
    quotes: &Quotes,
    asked: &mut dyn FnMut() -> bool,
    before: usize,
    uses: &mut Vec<Use>,
    buf: &mut String,
) {
    let t = text.as_bytes();
    let mut done_until = 0;
    for it in items {
        let m = match it.role {
            Role::Objects(m) => m,
            // "är samma person som", "matchar ansiktena": a verb that holds a face
            Role::Verb(IDENTIFY, _) if face_verb(&text[it.hit.start..it.hit.end]) => bit(FACE),
            // "ta fram ett poängsystem för alla hyresgäster": the score is the verb's object
            Role::Verb(CALC, _) if score_verb(&text[it.hit.start..it.hit.end]) => bit(SCORE),
            _ => continue,
        };
        if m & ANCHORS == 0 || it.hit.start < done_until {
            continue;
        }
        // a case or an outcome anchors only the output-schema row: skip it unless choices
        // are enumerated near it ("bifall | avslag", "ja/nej"), without the sentence search
        if m & ANCHORS & !(bit(CASE) | bit(OUTCOME)) == 0 {
            let a = floor(text, it.hit.start.saturating_sub(REACH + 100));
            let b = floor(text, (it.hit.end + REACH + 100).min(text.len()));
            let near = &t[a..b];
            if memchr::memchr(b'|', near).is_none()
                && !super::super::tokens::has(near, b"/nej")
                && !items[items.partition_point(|i| i.hit.start < a)..]
                    .iter()
                    .take_while(|i| i.hit.start < b)
                    .any(|i| matches!(i.role, Role::Objects(o) if o & bit(NOHUMAN) != 0))
            {
                continue;
            }
        }
        // an anchor inside a quotation is reported speech; a later one in the same sentence
        // may still anchor it ("Segment \"oroliga pensionärer\": spela på deras rädsla")
        if quotes.inside(it.hit.start) && !quotes.scare(it.hit.start, it.hit.end) {
            continue;
        }
        let (s, e) = sentence(t, it.hit.start, it.hit.end, 400);
        done_until = e;
        // an item of a list whose header talks about the rules ("… får AI aldrig användas
        // för att\n- samla in ansiktsbilder från internet …"), however long the list
        if let Some((hs, he)) = list_header(t, it.hit.start) {
            let a = items.partition_point(|i| i.hit.start < hs);
            if items[a..]
                .iter()
                .take_while(|i| i.hit.start < he)
                .any(|i| i.role == Role::Discussion)
            {
                continue;
            }
        }
        // whole sentences: `ws <= s` and `we >= e` by construction
        let ws = sentence(t, floor(text, s.saturating_sub(REACH)), s, 400).0;
        let we = sentence(t, e, floor(text, (e + REACH).min(text.len())), 400).1;
        let a = items.partition_point(|i| i.hit.start < ws);
        let here = items[a..].iter().take_while(|i| i.hit.start < we);
        // objects in the sentence and in the neighbourhood
        let (mut objs, mut wobjs) = (0u64, 0u64);
        let mut first = usize::MAX;
        let mut last = 0;
        let (mut discussion, mut wdiscussion) = (false, false);
        let mut last_verb = None;
        for i in here {
            let inside = i.hit.start >= s && i.hit.start < e;
            match i.role {
                // "Kan du föreslå … ett exempel på hur poängen räknas fram?": an example asked
                // for after the verb illustrates the request (as in the first stage)
                Role::Discussion
                    if last_verb.is_some_and(|v| {
                        illustrative(&text[i.hit.start..i.hit.end], buf)
                            && sentence(t, i.hit.start, i.hit.end, 400).0 <= v
                    }) => {}
                // "… och vem som inte får förlängt": who, in a relative clause, not a rule
                Role::Discussion
                    if i.hit.start > it.hit.start && relative_clause(t, ws, i.hit.start) => {}
                Role::Discussion => {
                    wdiscussion = true;
                    discussion |= inside;
                }
                // "antal elever" is a statistic; "antal störningsanmälningar" in a score's
                // factors is a person's behaviour counted
                Role::Objects(o)
                    if !after_count_word(t, i.hit.start) || o & bit(BEHAVIOUR) != 0 =>
                {
                    wobjs |= o;
                    if inside {
                        objs |= o;
                        first = first.min(i.hit.start);
                        last = last.max(i.hit.end);
                    }
                }
                // a verb that holds its object: "matchar ansiktena", "vilka elever"
                Role::Verb(v, named) if inside => {
                    last_verb = Some(i.hit.start);
                    let w = &text[i.hit.start..i.hit.end];
                    objs |= named;
                    if v == IDENTIFY && face_verb(w) {
                        objs |= bit(FACE);
                    }
                    if v == CALC && score_verb(w) {
                        objs |= bit(SCORE);
                    }
                }
                Role::Verb(..) => last_verb = Some(i.hit.start),
                _ => {}
            }
        }
        // whom a manipulative message is for is often said once, at the top of the request
        // ("många av kunderna är över 85 och en del har demens … Gärna så här: - Låt det låta
        // som att …"): the vulnerable may be named up to 2 KB before the neighbourhood
        if objs & bit(MANIP) != 0 && wobjs & bit(VULNERABLE) == 0 {
            let from = items.partition_point(|i| i.hit.start < ws.saturating_sub(2048));
            if items[from..]
                .iter()
                .take_while(|i| i.hit.start < ws)
                .any(|i| matches!(i.role, Role::Objects(o) if o & bit(VULNERABLE) != 0))
            {
                wobjs |= bit(VULNERABLE);
            }
        }
        let mut low: Option<String> = None;
        for c in COMBOS {
            // talk about the rules cancels the sentence, except for an output schema, which
            // cites the guidelines it applies ("… enligt riktlinjen", then the fields)
            if discussion && !c.wide {
                continue;
            }
            let pool = if c.near { wobjs } else { objs };
            // the first group in the sentence itself (any anchor of it, not only `it`)
            if c.groups[0] & objs == 0
                || !c.groups.iter().all(|g| pool & g != 0)
                || (c.near || c.spread) && wdiscussion && !c.wide
            {
                continue;
            }
            let new: Vec<_> = c
                .uses
                .iter()
                .filter(|(k, a)| !uses[before..].iter().any(|u| u.kind == *k && u.area == *a))
                .collect();
            if new.is_empty() {
                continue;
            }
            let l = low.get_or_insert_with(|| lower_into(&text[s..e], buf).to_owned());
            let cued = |hay: &str| {
                c.cues
                    .iter()
                    .all(|list| list.iter().any(|w| hay.contains(w)))
            };
            let cued = if c.wide || c.spread {
                cued(lower_into(&text[ws..we], buf))
            } else {
                cued(l)
            };
            if !cued {
                continue;
            }
            if !(addressed(text, ws, we, l, buf) || asked()) {
                continue;
            }
            let start = first.min(it.hit.start);
            let end = floor(text, last.max(it.hit.end).min(start + 240));
            for &&(kind, area) in &new {
                uses.push(Use {
                    kind,
                    area,
                    start,
                    end,
                });
            }
        }
    }
}

/// Whether a computing verb names a score it builds ("ta fram ett poängsystem").
fn score_verb(w: &str) -> bool {
    ["poäng", "index", "score", "betyg", "ranking"]
        .iter()
        .any(|x| w.contains(x))
}

/// Whether an identifying verb names a face or a match of one person ("matcha ansiktena",
/// "är samma person som").
fn face_verb(w: &str) -> bool {
    ["ansikt", "face", "samma person", "same person"]
        .iter()
        .any(|x| w.contains(x))
}

/// Whether the anchor's sentence (lower-cased: `low`) opens with an imperative, or it or the
/// text up to 600 bytes around the neighbourhood `ws..we` speaks to an AI.
fn addressed(text: &str, ws: usize, we: usize, low: &str, buf: &mut String) -> bool {
    let opening = low
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if IMPERATIVES.contains(&opening) || speaks(low) || model_config(text) {
        return true;
    }
    // around it, only words that speak to someone who is to act ("Låt inte kamerorna …" in
    // a debate article's headline, "du kan" in a guideline, "en framtid vi vill ha" are not)
    let a = floor(text, ws.saturating_sub(600));
    let b = floor(text, (we + 600).min(text.len()));
    let around = lower_into(&text[a..b], buf);
    around.contains('?')
        || STRONG_LEADS.iter().any(|w| has_word(around, w))
        // a sentence around that opens with an imperative ("Lägg gärna in fraser som …"):
        // one pass over the sentence starts
        || memchr::memchr3_iter(b'.', b'\n', b'!', around.as_bytes()).any(|i| {
            let r = around[i + 1..].trim_start();
            let w = r.split(' ').next().unwrap_or("");
            r.len() > w.len() && IMPERATIVES.contains(&w)
        })
}

/// Whether the text configures a model's pipeline (YAML, JSON, a workflow): what its keys
/// and values set up is what the model is to do ("modell: edu-affect-vision-3.2",
/// "kanslor: [glad, uttråkad, …]", `"model": "gpt-4o"`).
fn model_config(text: &str) -> bool {
    static MARKS: std::sync::LazyLock<AhoCorasick> = std::sync::LazyLock::new(|| {
        phrase_set(&[
            "\nmodell: ",
            "  modell: ",
            "\nmodel: ",
            "  model: ",
            "\"model\":",
            "uses: llm/",
        ])
    });
    MARKS.is_match(text)
}

/// Leads that ask someone directly ([`LEADS`] also holds words of advice: "låt", "gärna",
/// "du kan").
const STRONG_LEADS: &[&str] = &[
    "kan du",
    "kan ni",
    "kunde du",
    "skulle du",
    "skulle ni",
    "vill jag att du",
    "jag vill att du",
    "hjälp mig",
    "hjälp oss",
    "behöver hjälp med",
    "vill ha hjälp med",
    "need help with",
    "help me",
    "ber dig",
    "can you",
    "could you",
    "would you",
    "please",
    "du är",
    "din uppgift",
    "agera som",
    "från och med nu",
    "you are",
    "your task",
    "act as",
    "from now on",
    "systemprompt",
    "system prompt",
    "system_prompt",
    "\"system\"",
    "du ska",
    "du granskar",
    "du bedömer",
    "you will",
    // "Be AI:n föreslå viktning av faktorerna och skriva SQL …"
    "be ai:n",
    "be ai",
    "be modellen",
    "be assistenten",
    "be chatgpt",
    "be copilot",
    "ask the ai",
    "ask the model",
    // a brief's passive request ("Ett förslag på variabler … önskas", "Det efterfrågas")
    "önskas",
    "efterfrågas",
];

/// Whether lower-cased text holds a question, a role prompt or a lead ("kan du").
fn speaks(low: &str) -> bool {
    low.contains('?') || ADDRESS.iter().any(|w| has_word(low, w)) || has_lead(low)
}
