//! The content rules on short Swedish texts, one question of the detector per test.

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
        health(
            "Prioritera bland ärendena:\nBAB-2026-0211, Tallvägen 4, 84 år, rullstol efter stroke"
        ),
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
    let t = "Hej! Jag heter Dana Rüütel. Jag kan inte betala hela hyran i maj, bara halv lön kom.";
    assert!(
        max_level(t, Category::EconomicSituation) >= Some(Level::L2),
        "{t}"
    );
    let t = "Mirza Begić har fått avslag igen och riskerar att bli vräkt, vi har kontakt med soc.";
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
    let t = "SEKRETESS enligt 26 kap. 1 § OSL – underlag till samverkan, får ej spridas\n\nHej!";
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
    let t = "Fackliga företrädare: Vision och Akademikerförbundet SSR. Välkommen med din ansökan!";
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
    let t =
        "hej vill tipsa om att Milan Jovanovic far soc-pengar men han jobbar svart hela dagarna.";
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
    let warning = "Till: Daniel Forsman\nEkbacksvägen 7 B, 443 31 Lillåsa\n\nDu har läst akter \
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
    let school = "Vill bara meddela att Leo Berg har 34 % frånvaro i höstas. Mvh Annika, mentor 9C";
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
    let table =
        "| Namn | Personnr | Timlön |\n|---|---|---|\n| Ville Räsänen | 051127-5539 | 158,00 |\n";
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
    let t = "Sara Lind berättade att hon blev våldtagen i somras och har varit mobbad i skolan.";
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
    let car =
        "ROE 883: skada vänster skjutdörr, anmäld av Ahmad Said. Felparkering vid vårdcentralen.";
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
    let list = "Till: Kommunal sektion Trollhättan; Vision Trollhättan; Akademikerförbundet SSR";
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
    let asylum = "Tjejen i 5A har berättat att familjen fått avslag på asylansökan. Hon är orolig.";
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
    let pupil = "flickan i 8A som började hos oss efter jullovet har börjat gå undan och be på \
                 lunchrasterna.";
    assert_eq!(max_level(pupil, Category::Child), Some(Level::L2));
    assert_eq!(max_level(pupil, Category::Religion), Some(Level::L3));
    let nian = "det gäller killen i nian som grät i biblioteket hela lunchen.";
    assert_eq!(max_level(nian, Category::Child), Some(Level::L2));
    let general = "Eleven i årskursen ska ha ett utvecklingssamtal per termin.";
    assert!(max_level(general, Category::Child).is_none_or(|l| l <= Level::L1));
    let household = "Du är handläggare på försörjningsstöd. Bedöm om hushållet ska beviljas.\n\n\
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
    let sys = "## Systeminstruktion – Röstanalys\n\n- Om RÄDD: föreslå att handläggaren frågar \
               om våld i nära relation.";
    assert!(max_level(sys, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

/// A collapse is no race.
#[test]
fn a_collapse_is_no_race() {
    let t = "Kerstin Ek säger att ekonomin rasar sedan skilsmässan.";
    assert!(max_level(t, Category::Ethnicity).is_none());
}
