//! AI Act uses: what the text ASKS the AI to do.
//!
//! A use is a request verb in request position (sentence start, after "kan du", "hjälp mig
//! att", "jag vill att du" …) followed in the same sentence by an object of a known class
//! ("ranka" + "kandidaterna" → high-risk employment), or a whole request phrase ("vilka
//! riskerar att begå brott"). A sentence that talks about the rules ("AI-förordningen
//! förbjuder …", "högrisk omfattar …", "får inte", "till exempel") is discussion, not a
//! request, and gives no use.

use super::lexicon::{Hit, Kind};
use super::tokens::{lower_into, sentence, sentence_initial};
use crate::{Use, UseArea, UseKind};

// verb classes
const RANK: u8 = 0;
const GRADE: u8 = 1;
const DECIDE: u8 = 2;
const ANALYZE: u8 = 3;
const IDENTIFY: u8 = 4;
const PREDICT: u8 = 5;
const SCRAPE: u8 = 6;
const PERSUADE: u8 = 7;
const CONTROL: u8 = 8;
/// A decision phrase that is a use on its own ("skriv ett beslut om avslag").
const DECIDE_ALONE: u8 = 9;
/// Question forms that ask for a selection ("vem ska vi anställa").
const PICK_Q: u8 = 10;

// object classes
const APPLICANTS: u8 = 0;
const STAFF: u8 = 1;
const STUDENTS: u8 = 2;
const BENEFIT: u8 = 3;
const EMOTION: u8 = 4;
const FACE: u8 = 5;
const CITIZEN: u8 = 6;
const CRIME: u8 = 7;
const TRAIT: u8 = 8;
const VULNERABLE: u8 = 9;
const MIGRATION: u8 = 10;
const INFRA: u8 = 11;
const ELECTION: u8 = 12;
const SUSPECT: u8 = 13;

const V_RANK: &str = "ranka\nrangordna\nsortera\nprioritera\nvälj ut\nsålla\ngallra bland\ngallra\nlista de bästa\ntopplista\nshortlista\nplocka ut";
const V_GRADE: &str = "gör en bedömning\ngör en bedömning av\nsätt betyg\nsätt betyg på\nbetygsätt\nbetygssätt\nrätta\npoängsätt\nbedöm\nvärdera\nutvärdera\ngradera\nklassificera\nbetygsätta\nge poäng\nge betyg\nscora\nbedöma";
const V_DECIDE: &str = "avgör\nbesluta\nbestäm\nbevilja\navslå\ngodkänn\nta ställning till";
const V_ANALYZE: &str =
    "analysera\navläs\nläs av\ntolka\növervaka\nmät\nupptäck\ndetektera\nkartlägg\nregistrera";
const V_IDENTIFY: &str =
    "identifiera\nkänn igen\nta reda på vem\nmatcha\nta fram namnen på\nvem är\nvilka är";
const V_PREDICT: &str = "gör en lista över vilka\nlista vilka\nta fram vilka\nförutsäg\nförutse\nberäkna risken\nbedöm risken\nprognostisera\npeka ut\nprofilera";
const V_SCRAPE: &str = "samla in\nskrapa\nladda ner alla\nhämta alla\nbygg en databas";
const V_PERSUADE: &str = "övertala\nmanipulera\nlura\npåverka\nskriv ett budskap som får";
const V_CONTROL: &str = "styr\nreglera\nstäng av\nstyra";
const V_DECIDE_ALONE: &str = "skriv ett beslut\nskriv beslutet\nskriv beslut\nformulera beslutet\nfatta beslut\nfatta beslutet\nfatta ett beslut\nta beslutet\nbesluta om\navgör om\nbedöm om ansökan ska beviljas\nska beviljas eller avslås\nbevilja eller avslå\navslå eller bevilja";
const V_PICK_Q: &str = "vem ska vi anställa\nvem bör vi anställa\nvilken kandidat\nvilka kandidater\nvem passar bäst\nbäst lämpad\nvilka ska vi kalla\nvem ska få jobbet\nvem ska vi välja";

const O_APPLICANTS: &str = "kandidat*\ncv\ncv:n\ncv:na\ncv:t\nmeritförteckning*\njobbsökande\narbetssökande\npersonliga brev*\nrekryter*\nintervju*\ntjänsten\nansökningarna till tjänsten";
const O_STAFF: &str = "sägas upp\nsäga upp\nuppsägning*\nbefordra*\nbefordran\nomplacera*\nanställda\nmedarbetarna\nmedarbetare\npersonalen\narbetstagarna\nde anställdas";
const O_STUDENTS: &str = "eleverna\nelevernas\nelever\nprov\nprovet\nproven\ntentamen*\ntentor\ntentan\nuppsats*\nnationella prov*\ninlämning*\nskrivning*\nstudenterna\nantagning*";
const O_BENEFIT: &str = "försörjningsstöd*\nekonomiskt bistånd\nbistånd*\nansökan\nansökningar\nansökningarna\nbidragsansökning*\nbostadsbidrag*\nhemtjänst\nbostadsanpassning*\nfärdtjänst*\nsjukpenning*\nboendestöd*\nbidrag";
const O_EMOTION: &str = "uttråkade\nuttråkad\nstressade\nengagerade\nkoncentrerade\narga\nledsna\nkänslor\nkänslorna\nkänsloläge*\nsinnesstämning*\nhumör*\nstressnivå*\nansiktsuttryck*\nmående";
const O_FACE: &str = "ansikten\nansiktena\nansiktsbild*\nbilden\nbilderna\növervakningskamera*\nkamerabild*\nkameran\nvideon\nfilmen\nfoto*\npersonerna på";
const O_CITIZEN: &str = "medborgarna\nmedborgare\ninvånarna\nkommuninvånarna\nhyresgästerna\nbefolkningen\nsociala poäng\npålitlighet\nbeteende*";
const O_CRIME: &str =
    "begå brott\nbegår brott\nbrottslighet\nkriminalitet\nåterfall*\nbli kriminell*";
const O_TRAIT: &str = "etnicitet*\netniskt ursprung\nsexuell läggning\nsexuella läggning\nreligion*\npolitisk åsikt\npolitiska åsikter\nhudfärg";
const O_VULNERABLE: &str = "äldre\nsårbara\npensionärer*\nspelberoende\nskuldsatta\ndementa";
const O_MIGRATION: &str =
    "asyl*\nuppehållstillstånd*\nmedborgarskap*\nmigrationsärende*\ntrovärdighet*\nasylsökande";
const O_INFRA: &str = "vattenverket\nvattenverk\nelnätet\nfjärrvärme*\npumparna\nventilerna\nscada*\ntrafiksignal*\nreningsverket\ndricksvatten*";
const O_ELECTION: &str = "väljare*\nvalet\nröstning*\nröster";
const O_SUSPECT: &str = "misstänkte\nmisstänkta\nförhör*\nvittnesmål*\nbevisning*";

const P_CRIME: &str = "kommer att begå brott\nkommer begå brott\nvilka riskerar att begå brott\nvem riskerar att begå brott\nvilka kommer att begå brott\nvem kommer att begå brott\nvilka som riskerar att begå brott\nrisk för återfall i brott";
const P_MANIP: &str = "spelar på deras oro\nutnyttjar deras ensamhet\nutnyttja deras oro\nkänner sig tvungna att\nutan att de märker\n";
const P_SOCIAL: &str = "social poängsättning av\npoängsätt medborgarna\npoängsätt invånarna";

const DISCUSSION: &str = "ai-förordningen\nförordningen\nförbjud*\nhögrisk*\nomfattar\nomfattas\naldrig\nfår inte\nska inte\nbör inte\nfår ej\ninte tillåtet\nexempel\nt.ex.\nsåsom\nriktlinje*\nai act\nartikel\nbilaga iii\nanvändning av ai\nai-system som\nfår användas\nkan användas\ninnebär";

/// The lists this module puts into the shared automaton.
pub(crate) fn lists() -> Vec<(Kind, &'static str)> {
    vec![
        (Kind::UseVerb(DECIDE_ALONE), V_DECIDE_ALONE),
        (Kind::UseVerb(PICK_Q), V_PICK_Q),
        (
            Kind::UsePhrase(UseKind::Prohibited, UseArea::CrimePrediction),
            P_CRIME,
        ),
        (
            Kind::UsePhrase(UseKind::Prohibited, UseArea::SocialScoring),
            P_SOCIAL,
        ),
        (
            Kind::UsePhrase(UseKind::Prohibited, UseArea::Manipulation),
            P_MANIP,
        ),
        (Kind::UseVerb(RANK), V_RANK),
        (Kind::UseVerb(GRADE), V_GRADE),
        (Kind::UseVerb(DECIDE), V_DECIDE),
        (Kind::UseVerb(ANALYZE), V_ANALYZE),
        (Kind::UseVerb(IDENTIFY), V_IDENTIFY),
        (Kind::UseVerb(PREDICT), V_PREDICT),
        (Kind::UseVerb(SCRAPE), V_SCRAPE),
        (Kind::UseVerb(PERSUADE), V_PERSUADE),
        (Kind::UseVerb(CONTROL), V_CONTROL),
        (Kind::UseObject(APPLICANTS), O_APPLICANTS),
        (Kind::UseObject(STAFF), O_STAFF),
        (Kind::UseObject(STUDENTS), O_STUDENTS),
        (Kind::UseObject(BENEFIT), O_BENEFIT),
        (Kind::UseObject(EMOTION), O_EMOTION),
        (Kind::UseObject(FACE), O_FACE),
        (Kind::UseObject(CITIZEN), O_CITIZEN),
        (Kind::UseObject(CRIME), O_CRIME),
        (Kind::UseObject(TRAIT), O_TRAIT),
        (Kind::UseObject(VULNERABLE), O_VULNERABLE),
        (Kind::UseObject(MIGRATION), O_MIGRATION),
        (Kind::UseObject(INFRA), O_INFRA),
        (Kind::UseObject(ELECTION), O_ELECTION),
        (Kind::UseObject(SUSPECT), O_SUSPECT),
        (Kind::Discussion, DISCUSSION),
    ]
}

/// Lead-ins that keep a verb in request position.
const LEADS: &[&str] = &[
    "kan du",
    "kan ni",
    "kunna",
    "vill att du",
    "vill jag att du",
    "hjälp mig",
    "hjälp mig att",
    "hjälp oss",
    "hjälp oss att",
    "snälla",
    "och",
    "sedan",
    "sen",
    "därefter",
    "nu",
    "gärna",
    "ber dig",
    "ber dig att",
    "please",
    "du ska",
    "också",
    "även",
    "ai",
    "chatgpt",
    "copilot",
    "jag behöver att du",
    "behöver du",
    "vänligen",
    "försök",
    "försök att",
    "kan du hjälpa mig att",
    "direkt",
    "låt",
    "ai-verktyg",
    "ai-verktyget",
    "verktyget",
    "systemet",
    "ai-tjänsten",
];

fn in_request_position(text: &str, sent_start: usize, verb_start: usize, buf: &mut String) -> bool {
    if sentence_initial(text.as_bytes(), verb_start) {
        return true;
    }
    let raw = text[sent_start..verb_start].trim_end_matches(' ');
    // "Utifrån foton på de sökande, avgör …": a fronted phrase, then the imperative
    if raw.ends_with(',') && raw.len() < 80 {
        let first = raw.trim_start().split(' ').next().unwrap_or("");
        if [
            "Utifrån", "Baserat", "Med", "Från", "Av", "Bland", "Efter", "Enligt", "Om",
        ]
        .contains(&first)
        {
            return true;
        }
    }
    let head = raw.trim_end_matches([' ', ',', ':']);
    let head = head.trim_start();
    if head.len() > 80 {
        return false;
    }
    let low = lower_into(head, buf);
    LEADS.iter().any(|l| {
        low.ends_with(l) && {
            let cut = low.len() - l.len();
            cut == 0 || !low.as_bytes()[cut - 1].is_ascii_alphanumeric()
        }
    })
}

/// The largest char boundary ≤ `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn rule(verb: u8, obj: u8, sent: &str) -> Option<(UseKind, UseArea)> {
    use UseArea as A;
    use UseKind::*;
    let camera =
        sent.contains("kamera") || sent.contains("övervakning") || sent.contains("realtid");
    Some(match (verb, obj) {
        (ANALYZE | IDENTIFY | GRADE | PREDICT, EMOTION) => (Prohibited, A::EmotionRecognition),
        (SCRAPE, FACE) => (Prohibited, A::FaceScraping),
        (IDENTIFY, FACE) if camera => (Prohibited, A::RemoteBiometricId),
        (IDENTIFY | ANALYZE, FACE) => (HighRisk, A::Biometrics),
        (ANALYZE | IDENTIFY | GRADE | DECIDE | PREDICT, TRAIT) => {
            (Prohibited, A::BiometricCategorisation)
        }
        (RANK | GRADE, CITIZEN) => (Prohibited, A::SocialScoring),
        (PREDICT | GRADE | IDENTIFY | RANK, CRIME) => (Prohibited, A::CrimePrediction),
        (PERSUADE, VULNERABLE) => (Prohibited, A::Manipulation),
        (RANK | GRADE | DECIDE | PICK_Q, APPLICANTS) => (HighRisk, A::Employment),
        (RANK | GRADE | ANALYZE | PREDICT, STAFF) => (HighRisk, A::Employment),
        (RANK | GRADE | DECIDE, STUDENTS) => (HighRisk, A::Education),
        (RANK | GRADE, BENEFIT) => (HighRisk, A::EssentialServices),
        (DECIDE, BENEFIT) => (AutomatedDecision, A::EssentialServices),
        (GRADE | DECIDE, MIGRATION) => (HighRisk, A::Migration),
        (CONTROL, INFRA) => (HighRisk, A::CriticalInfrastructure),
        (PERSUADE | RANK | PREDICT, ELECTION) => (HighRisk, A::JusticeDemocracy),
        (GRADE | PREDICT, SUSPECT) => (HighRisk, A::LawEnforcement),
        _ => return None,
    })
}

/// Appends the uses requested in `text`.
pub(crate) fn detect(text: &str, hits: &[Hit], uses: &mut Vec<Use>) {
    let t = text.as_bytes();
    let mut buf = String::new();
    let mut last_end = 0;
    for (k, h) in hits.iter().enumerate() {
        let (verb, phrase) = match h.kind {
            Kind::UseVerb(v) => (v, None),
            Kind::UsePhrase(kind, area) => (u8::MAX, Some((kind, area))),
            _ => continue,
        };
        if h.start < last_end {
            continue;
        }
        let (s, e) = sentence(t, h.start, h.end, 300);
        let from = hits.partition_point(|o| o.start < s);
        let discussion = hits[from..]
            .iter()
            .take_while(|o| o.start < e)
            .any(|o| o.kind == Kind::Discussion);
        if discussion {
            continue;
        }
        if let Some((kind, area)) = phrase {
            uses.push(Use {
                kind,
                area,
                start: h.start,
                end: h.end,
            });
            last_end = h.end;
            continue;
        }
        if verb != PICK_Q {
            if !in_request_position(text, s, h.start, &mut buf) {
                continue;
            }
            // imperative form only ("ranka", not "rankar"/"rankas"), except "… att du rättar"
            let ending = &text[h.core_end..h.end];
            let after_du = lower_into(text[s..h.start].trim_end(), &mut buf).ends_with(" du");
            if !(ending.is_empty() || (after_du && ending == "r")) {
                continue;
            }
        }
        let sent_low = lower_into(&text[s..e], &mut buf).to_string();
        // objects after the verb in the same sentence, within 150 bytes
        let limit = (h.end + 150).min(e);
        let mut found: Option<((UseKind, UseArea), usize)> = None;
        let rank = |k: UseKind| match k {
            UseKind::Prohibited => 3,
            UseKind::AutomatedDecision => 2,
            UseKind::HighRisk => 1,
        };
        for o in hits[k + 1..].iter().take_while(|o| o.start < limit) {
            if let Kind::UseObject(obj) = o.kind {
                if let Some(r) = rule(verb, obj, &sent_low) {
                    if found.is_none_or(|f| rank(r.0) > rank(f.0 .0)) {
                        found = Some((r, o.end));
                    }
                }
            }
        }
        if verb == PICK_Q && found.is_none() {
            found = Some(((UseKind::HighRisk, UseArea::Employment), h.end));
        }
        if let Some(((kind, area), end)) = found {
            uses.push(Use {
                kind,
                area,
                start: h.start,
                end,
            });
            if kind == UseKind::AutomatedDecision {
                uses.push(Use {
                    kind: UseKind::HighRisk,
                    area,
                    start: h.start,
                    end,
                });
            }
            last_end = end;
        } else if verb == DECIDE
            && ["vilka", "vem ", "om ", "vilken", "hur mycket"]
                .iter()
                .any(|w| {
                    text[h.end..floor(text, limit.max(h.end).min(h.end + 40))]
                        .trim_start()
                        .starts_with(w)
                })
        {
            uses.push(Use {
                kind: UseKind::AutomatedDecision,
                area: UseArea::Decision,
                start: h.start,
                end: h.end,
            });
            last_end = h.end;
        } else if verb == DECIDE_ALONE {
            let end = hits[k + 1..]
                .iter()
                .take_while(|o| o.start < limit)
                .find(|o| matches!(o.kind, Kind::UseObject(BENEFIT)))
                .map_or(h.end, |o| o.end);
            let area = if end > h.end {
                UseArea::EssentialServices
            } else {
                UseArea::Decision
            };
            uses.push(Use {
                kind: UseKind::AutomatedDecision,
                area,
                start: h.start,
                end,
            });
            last_end = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::language::LanguageDetector;
    use crate::{UseArea, UseKind};

    fn uses(text: &str) -> Vec<(UseKind, UseArea, String)> {
        let d = LanguageDetector::new();
        let mut u = Vec::new();
        d.detect(text, &mut Vec::new(), &mut u);
        u.into_iter()
            .map(|x| (x.kind, x.area, text[x.start..x.end].to_string()))
            .collect()
    }

    fn area(text: &str) -> Option<(UseKind, UseArea)> {
        uses(text).first().map(|x| (x.0, x.1))
    }

    #[test]
    fn requests_are_found() {
        use UseArea::*;
        use UseKind::*;
        let cases = [
            ("Ranka kandidaterna efter erfarenhet.", HighRisk, Employment),
            ("Kan du sortera dessa CV åt mig?", HighRisk, Employment),
            ("Sätt betyg på elevernas uppsatser.", HighRisk, Education),
            (
                "Bedöm om ansökan ska beviljas.",
                AutomatedDecision,
                Decision,
            ),
            (
                "Avgör om han ska få försörjningsstöd.",
                AutomatedDecision,
                EssentialServices,
            ),
            (
                "Vilka riskerar att begå brott i området?",
                Prohibited,
                CrimePrediction,
            ),
            (
                "Analysera de anställdas känslor via kameran.",
                Prohibited,
                EmotionRecognition,
            ),
            (
                "Identifiera personerna på bilden från övervakningskameran.",
                Prohibited,
                RemoteBiometricId,
            ),
            (
                "Poängsätt medborgarna efter deras beteende.",
                Prohibited,
                SocialScoring,
            ),
            ("Skriv ett beslut om avslag.", AutomatedDecision, Decision),
            (
                "Hjälp mig att rangordna de sökande kandidaterna.",
                HighRisk,
                Employment,
            ),
            (
                "Jag vill att du rättar proven och sätter betyg.",
                HighRisk,
                Education,
            ),
        ];
        for (t, k, a) in cases {
            let got = uses(t);
            assert!(got.iter().any(|x| x.0 == k && x.1 == a), "{t}: {got:?}");
        }
    }

    #[test]
    fn discussion_is_not_a_request() {
        for t in [
            "AI-förordningen förbjuder social poängsättning av medborgarna.",
            "Högrisk omfattar rekrutering, till exempel att sortera CV.",
            "AI får aldrig användas för att ranka kandidater.",
            "Sammanfatta protokollet från mötet.",
            "Skriv ett pressmeddelande om den nya förskolan.",
            "Du får inte använda AI för att betygsätta prov eller sortera ansökningar.",
            "Översätt texten till engelska.",
        ] {
            assert!(uses(t).is_empty(), "{t}: {:?}", uses(t));
        }
    }

    #[test]
    fn area_helper() {
        assert_eq!(
            area("Rangordna kandidaterna."),
            Some((UseKind::HighRisk, UseArea::Employment))
        );
    }
}
