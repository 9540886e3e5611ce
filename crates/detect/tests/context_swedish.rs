//! Whether a text is about someone: list items, letters to a named person, names that are
//! not persons, words that only look like secrets. The sentences are written for this test;
//! none comes from the evaluation corpus.

use vakt_detect::{Category, Engine, Level};

mod support {
    pub mod findings;
}
use support::findings::texts_of;

fn level_of(text: &str, c: Category) -> Option<Level> {
    Engine::shared()
        .analyze(text)
        .findings
        .iter()
        .filter(|f| f.category == c)
        .map(|f| f.level)
        .max()
}

#[test]
fn an_agenda_item_is_not_about_the_names_on_the_next_line() {
    let t = "Dagordning\n\
             1. Val av justerare\n\
             2. Information om sjukfrånvaron i förvaltningen under året\n\
             3. Motion från Lena Berg (C) om cykelvägar\n";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // the same words in one sentence about her still count
    let t = "Lena Berg har en lång sjukfrånvaro på grund av utmattningssyndrom.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_letter_to_a_named_person_is_about_them() {
    let t = "Till Göran Ek\n\nVi har tidigare erbjudit stöd för din depression genom \
             företagshälsovården.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // a web page speaks to everyone
    let t = "Ansök om stöd. Bifoga ett intyg om din diagnos till ansökan.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn reporting_duties_are_not_persons() {
    let a = Engine::shared().analyze("Händelsen anmäldes enligt Lex Maria och Lex Sarah.");
    assert!(
        a.findings
            .iter()
            .all(|f| f.category != Category::PersonName),
        "{:?}",
        a.findings
    );
}

#[test]
fn every_ninetieth_day_is_not_a_password() {
    let a = Engine::shared().analyze("Du behöver inte byta lösenord var 90:e dag längre.");
    assert!(a
        .findings
        .iter()
        .all(|f| f.category != Category::Credential));
    let a = Engine::shared().analyze("Lösenordet var Sommar2024! hela våren.");
    assert!(a
        .findings
        .iter()
        .any(|f| f.category == Category::Credential));
}

#[test]
fn converting_files_is_not_religion() {
    let t = "Anna Lind sköter konverteringen av ritningarna till PDF.";
    assert!(level_of(t, Category::Religion).is_none());
    let t = "Han har konverterat till islam och ber om bönerum.";
    assert_eq!(level_of(t, Category::Religion), Some(Level::L3));
}

#[test]
fn a_guideline_that_names_no_one_is_about_anyone() {
    let t = "Rutin vid frånvaro\n\n\
             Om barnet har feber ska det vara hemma tills det är feberfritt.\n\n\
             Medarbetare får inte lämna uppgifter om barnets diagnos till andra föräldrar, \
             till exempel i en gruppchatt.";
    let a = Engine::shared().analyze(t);
    assert!(a.level <= Level::L1, "{:?}", a.findings);
    // one named child, and it is about her
    let t = "Om Elsa Nord har feber ska hon vara hemma. Hennes diagnos är epilepsi.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_writer_who_speaks_of_herself_and_a_case_with_a_personnummer() {
    // "får inte" states what she may not do; the surgery is hers
    let t = "hej kärlet har inte tömts. jag är nyopererad i ryggen och får inte lyfta på sex \
             veckor. /Ingrid Marklund";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // a rule about everyone is no one's health
    let t = "Den som är nyopererad får inte lyfta tunga kärl.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // social conditions, economy and a personnummer: a social-services case, level 3
    let t = "Sökande: Farida Noorzai, 900616-1856. Hushåll: ensamstående, två barn. \
             Inkomster: barnbidrag 2 650 kr, bostadsbidrag 3 200 kr.";
    assert_eq!(Engine::shared().analyze(t).level, Level::L3);
}

#[test]
fn prison_union_roles_and_a_salary_after_an_age() {
    let t = "Leon hämtas av mormor. Hans pappa Ali Demir får INTE hämta, han sitter inne igen sen i torsdags.";
    assert!(level_of(t, Category::CriminalOffence).is_some_and(|l| l >= Level::L2));
    let t = "Närvarande: Kenneth Sjöberg, Kommunal, facklig företrädare för Roger Ek.";
    assert_eq!(level_of(t, Category::UnionMembership), Some(Level::L3));
    let t = "Kenneth Forsberg, anst. 1998, 61 år, månadslön 31 400 kr.";
    assert_eq!(level_of(t, Category::Salary), Some(Level::L2));
    // an age in brackets after a name: a child
    let t = "jo Kevin Håkansson (15, går i 9A) åkte fast på Coop i lördags igen.";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
    let t = "Styrelsen: Karin Berg (42) och Olof Ek (61).";
    assert!(level_of(t, Category::Child).is_none());
    // a parent who signs by the child's name
    let t = "tack för att du är så bra med honom\n/Hanna Lindström (Lucas mamma)\n0702-22 91 35";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
    let t = "Anna Berg far illa av stressen på jobbet, säger Karin Ek.";
    assert!(level_of(t, Category::Child).is_none());
    // work experience still is no one's data
    let t = "Sökande har 5 år ekonomiskt bistånd som handläggare.";
    assert!(level_of(t, Category::EconomicSituation).is_none_or(|l| l <= Level::L1));
}

#[test]
fn whom_a_text_is_about_officials_and_contact_points() {
    // a routine that names no one: the number is where to turn, not someone's
    let t = "Vid oro för ett barn: gör en orosanmälan via e-tjänsten eller ring \
             socialtjänstens mottagning, 0498-26 90 00 (vardagar 8–16).";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
    // the writer's own number, and her own debts
    let t = "Jag har skulder hos Kronofogden och behöver hjälp. Ring mig på 070-123 45 67.";
    assert!(level_of(t, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
    // a press release whose only names are a quote's speaker and the press contact
    let t = "Pressmeddelande\n\nKvarteren för muslimska, judiska och ortodoxa gravar finns \
             kvar.\n\n– Alla ska få ett värdigt avsked, säger förvaltningschef Eva Lind.\n\n\
             Presskontakt:\nEva Lind, förvaltningschef, 0920-45 30 12\n";
    assert!(level_of(t, Category::Religion).is_none_or(|l| l <= Level::L1));
    // the same words about a named person
    let t = "Anteckning: Aisha Rahimi är muslim och önskar halalmat på boendet.";
    assert!(level_of(t, Category::Religion).is_some_and(|l| l >= Level::L2));
}

#[test]
fn a_text_about_one_person_is_about_them_throughout() {
    // the benefit stands above the household and its one named person, in no sentence of theirs
    let t = "Please act as a caseworker for ekonomiskt bistånd. Below is the household for \
             December.\n\nApplicant: Karin Dahl, 38\nRent: 9 950 kr\nIncome: none";
    assert_eq!(level_of(t, Category::SocialConditions), Some(Level::L3));
    // two people: whose benefit it is stays open
    let t = "Please act as a caseworker for ekonomiskt bistånd. Below are the households for \
             December.\n\nKarin Dahl, 38\nRent: 9 950 kr\n\nOmar Said, 41\nRent: 7 200 kr";
    assert!(level_of(t, Category::SocialConditions).is_some_and(|l| l <= Level::L1));
}

#[test]
fn a_request_about_the_list_below_is_about_its_people() {
    let t = "räkna ut ny månadslön med 3,1 % påslag för alla nedan, avrunda uppåt\n\n\
             Anna-Karin Sjödin 36 800\nMohammed Hassan 34 150\nLisa Ekholm 39 900";
    assert!(level_of(t, Category::Salary).is_some_and(|l| l >= Level::L2));
    // the same request with no list of people below
    let t = "räkna ut ny månadslön med 3,1 % påslag för beloppen nedan\n\n36 800\n34 150";
    assert!(level_of(t, Category::Salary).is_none_or(|l| l <= Level::L1));
}

#[test]
fn someones_data_and_their_union() {
    // "uppgifter om" + her genitive: her data, not a kind of data
    let t = "Utredningen om den 15-åriga flickan skickades till fel mottagare. Den innehåller \
             uppgifter om flickans psykiska hälsa och självskadebeteende.";
    assert!(level_of(t, Category::Health).is_some_and(|l| l >= Level::L2));
    // the kind of data, about no one
    let t = "Uppgifter om psykisk hälsa och självskadebeteende är känsliga personuppgifter.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // a union named as the addressee's own organisation
    let t = "Till: Ahmed Warsame\n\nUnderrättelse har lämnats till Kommunal, som är din \
             fackliga organisation.";
    assert_eq!(level_of(t, Category::UnionMembership), Some(Level::L3));
}

#[test]
fn named_as_someones_child() {
    let t =
        "Till: Hodan Warsame (mamma till Ayaan Yusuf, 7B)\n\nHej Hodan! Vi vill gärna träffa er.";
    assert!(level_of(t, Category::Child).is_some_and(|l| l >= Level::L2));
    // a parent named alone is no child
    let t = "Till: Hodan Warsame\n\nHej Hodan! Vi vill gärna träffa er om föräldramötet.";
    assert!(level_of(t, Category::Child).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_writer_of_her_own_state() {
    let t =
        "hej det är en elev från 8c. jag orkar inte mer, har inte sovit på två nätter. kan vi ses?";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // said of no one, denied, or "jag" of another clause
    let t = "Har du inte sovit på länge? Ring vårdcentralen.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Varför fick jag avdrag på lönen? Jag var inte sjuk i oktober.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn an_aligned_table_with_empty_last_cells_is_about_its_rows() {
    let t = "Betygskatalog – Klass 9B\n\nElev                      Betyg   Anm\nAlbin Carlström       C\nDilan Aydın           A\nHamza Qureshi         E       anpassningar\n";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
}

#[test]
fn pupils_listed_after_a_request_are_the_pupils_it_speaks_of() {
    let t = "Skriv om mina stödord till omdömen, riktat till eleven (du-form). Åk 3.\n\nLiv Sandström: läser flytande, behöver träna stor bokstav\nMilo Andersson: svårt att läsa längre texter\n";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
    // names in running text after it are no list of the pupils
    let t = "Skriv om mina stödord till omdömen, riktat till eleven (du-form).\n\nTack, hälsningar Liv Sandström och Milo Andersson\n";
    assert!(level_of(t, Category::Child).is_none_or(|l| l <= Level::L1));
}

#[test]
fn to_visit_someone_is_no_health() {
    let t = "Hej! Vi ansöker om ledighet för Elsa Nordh i 4A då vi ska åka till Thailand och hälsa på hennes morfar.";
    assert!(level_of(t, Category::Health).is_none());
    let t = "Elsa Nordh mår bättre och hennes psykiska hälsa har förbättrats.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_party_letter_to_its_members_lists_members() {
    let t = "Kristdemokraterna i Alingsås\nUtskick till medlemmar – kallelse till årsmöte\n\nRoger Carlén, Brunnsvägen 4, 441 39 Alingsås\nAnn-Sofie Berntsson, Lövekulle 12, 441 91 Alingsås\nElias Khoury, Sävelundsgatan 60, 441 33 Alingsås\n";
    assert_eq!(level_of(t, Category::PoliticalOpinion), Some(Level::L3));
    // a party's press contacts are no members
    let t =
        "Kristdemokraterna i Alingsås\nPressmeddelande\n\nKontakt: Roger Carlén, 070-123 45 67\n";
    assert!(level_of(t, Category::PoliticalOpinion).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_routine_that_says_how_secrecy_is_assessed_marks_nothing() {
    let t = "Rutin: Hantering av skyddade personuppgifter i HR och lön\nGäller för: chefer och lönehandläggare\nFastställd: 2025-09-01\n\n1. När en medarbetare har skyddade personuppgifter ska chefen kontakta HR samma dag.\n2. Uppgifterna registreras endast i lönesystemets skyddade del.\n3. Medarbetarens namn och bild ska inte publiceras.\n4. Post skickas via Skatteverkets förmedling.\n5. Sekretessprövning görs enligt 21 kap. 3 § OSL.\n";
    assert!(level_of(t, Category::SecrecyMarking).is_none());
    // a document's header that says so is still a marking
    let t = "Skriftlig varning\nPersonalakt – lämnas ut först efter sekretessprövning (39 kap. 3 § OSL)\n\nTill: Jonas Berg\n";
    assert_eq!(level_of(t, Category::SecrecyMarking), Some(Level::L3));
}

// The learnt content model (`data/content_model.tsv`): everyday wordings about a named person
// that no lexicon term covers, and the same words about no one.

#[test]
fn burnout_told_in_everyday_words_about_a_colleague_is_health() {
    // ("gick in i väggen" is a lexicon phrase now; this one is not)
    let t = "Karin Ström är tillbaka efter sommaren men orkar bara förmiddagar. Hon tog helt \
             slut i mars, sover dåligt och har samtal med psykolog på företagshälsan \
             varannan vecka.";
    let a = Engine::shared().analyze(t);
    assert_eq!(a.level, Level::L3, "{:?}", a.reasons);
    let f = a
        .findings
        .iter()
        .find(|f| f.category == Category::Health)
        .expect("health");
    // a learnt estimate is never as sure as a lexicon's term, and it points at a word
    assert!(f.score < 0.9, "{f:?}");
    assert!(
        f.text(t).chars().all(char::is_alphabetic),
        "{:?}",
        f.text(t)
    );
}

#[test]
fn the_same_words_about_no_one_are_not_health() {
    let general = "Många som går in i väggen sover dåligt och orkar bara förmiddagar en tid. \
                   Samtal med psykolog på företagshälsan varannan vecka brukar hjälpa.";
    assert!(level_of(general, Category::Health).is_none_or(|l| l <= Level::L1));
    // advice to every reader, signed by the official who wrote it
    let advice = "Har du gått in i väggen, sover du dåligt eller orkar du bara förmiddagar? \
                  Boka samtal med psykolog på företagshälsan. Hälsningar Karin Ström, HR";
    assert!(level_of(advice, Category::Health).is_none_or(|l| l <= Level::L1));
}

// The content model's `about_no_one` label: a short text it is sure is about no one (training
// material, a routine) has its personal-sounding words taken for talk about a topic; a case
// note in the same words stays about its person.

#[test]
fn training_material_with_a_made_up_case_is_about_no_one() {
    let t = "Fortbildning för elevhälsan, modul 2: Samtal om psykisk ohälsa\n\n\
             Syfte: att du som kurator eller skolsköterska ska våga fråga om självskada och \
             nedstämdhet.\n\nTänk på:\n- Fråga rakt: \"Har du tänkt på att skada dig själv?\"\n\
             - En elev som berättar om ångest har inte bett om en åtgärd. Lyssna först.\n\
             - Dokumentera bara det som behövs och aldrig i mejl.\n\
             - Känn till rutinen för orosanmälan.\n\n\
             Övning i par: rollspel med ett fingerat fall. Eleven \"Alex\" berättar att hen inte \
             sover och har slutat äta. Hur svarar du?";
    let a = Engine::shared().analyze(t);
    assert!(a.level <= Level::L1, "{:?}", a.reasons);
    // the words are still reported, as talk about a topic
    let health = a.findings.iter().find(|f| f.category == Category::Health);
    assert!(health.is_some_and(|f| f.level == Level::L0), "{health:?}");

    let t = "Utbildningsdag för nya handläggare – pass 2: Skyddade personuppgifter\n\n\
             Vad innebär skyddad folkbokföring och sekretessmarkering? Vi går igenom hur en \
             flagga syns i verksamhetssystemet och vad du gör när en förälder eller ett barn \
             har skyddad identitet.\n\nTänk på:\n- Skicka aldrig brev med adress till den \
             andra vårdnadshavaren.\n- Använd Skatteverkets särskilda postförmedling.\n\n\
             Gruppövning: läs det fingerade fallet på bilden och diskutera vad som kan gå fel.";
    let a = Engine::shared().analyze(t);
    // (level 0 or 1, as the corpus labels training material; the protected identity it
    // speaks of is no one's, so never at its full level 3)
    assert!(a.level <= Level::L1, "{:?}", a.reasons);
    assert!(level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_case_note_in_the_same_words_stays_about_its_person() {
    let t = "Anteckning hemtjänst 14/3\n\nKerstin Lund, 84 år, fick sitt insulin kl 08 men \
             kräktes strax efter. Hon klagade på tryck över bröstet och var kallsvettig. Ringde \
             sjuksköterskan som bad oss ringa 112, misstänkt hjärtinfarkt. Dottern Eva är \
             underrättad.";
    assert_eq!(Engine::shared().analyze(t).level, Level::L3);
    let t = "Samtal med eleven Alex Berg, 15 år, idag. Hen berättar att hen inte sover, har \
             slutat äta och har tänkt på att skada sig själv. Kontaktar vårdnadshavare och \
             skolsköterskan i eftermiddag.";
    assert_eq!(Engine::shared().analyze(t).level, Level::L3);
}

#[test]
fn an_appointment_at_a_care_unit_is_the_addressees_health() {
    let t = "Hej Johanna Ek! Påminnelse om din tid hos Lars Berg, kurator, på \
             Beroendemottagningen Söder onsdag 4/2 kl 10.00. Avboka via 1177.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // the unit as someone's workplace is no one's health
    let t = "Lars Berg, kurator på Beroendemottagningen Söder, håller i utbildningen.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn everyday_words_for_sight_loss_and_stomach_bugs_are_health() {
    let t = "Vi behöver anpassa arbetsplatsen för Omar Saleh, som har kraftigt nedsatt syn \
             sedan i vintras: större skärm och förstoringsprogram.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "Hej, det är Maja Lind. Jag har spytt hela natten, kommer inte in idag.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

// The content model's vetoes: an extra-protected category the model is sure a short text does
// not hold (a unit's schedule is not someone's home care) is talk about a topic; the same
// word in a case stays.

#[test]
fn a_units_schedule_in_a_chat_is_no_ones_home_care() {
    let t = "Åsa Lind 09:12\nhej Jonas, kan du ta fram schemat för hemtjänst söder för mars och \
             skicka till mig? behöver det till mötet med verksamhetschefen på torsdag, vi ska \
             gå igenom bemanningen inför påsk och semesterplaneringen\n\
             Jonas Ek 09:20\njapp, skickar efter lunch. vill du ha timmarna per vecka också?\n\
             Åsa Lind 09:21\nja gärna, och antal vikarier per pass om det går\n\
             Jonas Ek 09:25\nfixar det";
    let a = Engine::shared().analyze(t);
    assert_eq!(a.level, Level::L1, "{:?}", a.reasons);
    let t = "Hemtjänsten hos Åke Berg, 88 år, utökas till fyra besök per dag efter fallet i \
             badrummet. Dottern är informerad.";
    assert!(level_of(t, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
}

// The content model on a whole short text, whoever it names: a system's weak points told in
// prose are infrastructure details.

#[test]
fn weak_points_of_a_water_works_told_in_prose_are_infrastructure() {
    let t = "Lägesrapport till krisledningsgruppen, 12 mars\n\n\
             Reservvattentäkten vid Norrsjön saknar reservkraft. Om strömmen går står pumparna \
             stilla efter cirka sex timmar, när högreservoaren är tom. Styrsystemet för \
             vattenverket nås i dag bara via en mobil uppkoppling utan reservväg, och larmen \
             från tryckstegringsstationerna går till en enda jourtelefon. Vi föreslår ett \
             mobilt reservaggregat och en andra kommunikationsväg före sommaren.";
    assert_eq!(level_of(t, Category::Infrastructure), Some(Level::L2));
    // the water works in an invitation to its open day are no weak point
    let t = "Välkommen till vattenverkets öppet hus lördag 12 maj kl 10–14! Se hur vattnet \
             renas, prova att mäta klorhalten och fika i solen. Fri entré, ingen anmälan.";
    assert!(level_of(t, Category::Infrastructure).is_none_or(|l| l <= Level::L1));
}

// Social-services case data about a person the text names is level 3 (CONTRACT.md), also
// without a personnummer: a school counsellor's note, a contact person's text message.

#[test]
fn a_named_childs_home_situation_reported_to_social_services_is_case_data() {
    let t = "14/3 samtal m Elin Mahmoud 9B ca 20 min. Bråk hemma igen, styvpappan \"kastade \
             saker\", vill inte gå hem ikväll. Ringt soc mottagning 13.05, de återkommer.";
    let a = Engine::shared().analyze(t);
    assert_eq!(a.level, Level::L3, "{:?}", a.reasons);
    // the same topic in a routine about no one stays low
    let t = "Rutin: när en elev berättar om bråk hemma ska mentorn kontakta kuratorn samma dag. \
             Kuratorn bedömer om en orosanmälan till socialtjänsten behövs.";
    assert!(Engine::shared().analyze(t).level <= Level::L1);
}

// A term inside a street's name is part of the place ("Sjukhusvägen 3"), no one's health.

#[test]
fn a_content_word_inside_a_street_address_is_a_place() {
    let t = "Leveransadress: Sjukhusvägen 14, 371 85 Karlskrona. Kontakt: Per Holm, 0455-73 10 00.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

// A blank form that names no one asks about whoever will fill it in.

#[test]
fn a_blank_form_is_about_no_one_until_it_is_filled_in() {
    let t = "Medgivande – utflykt till Naturum\n\nElevens namn: ______________________   \
             Klass: ______\nAllergier eller specialkost: ______________________\nMediciner \
             eleven behöver under dagen: ______________________\nHar eleven någon diagnos vi \
             behöver känna till? ______________________\n\nVårdnadshavares underskrift: \
             ______________________";
    let a = Engine::shared().analyze(t);
    assert!(a.level <= Level::L1, "{:?}", a.reasons);
    // filled in, the same form is about its pupil
    let t = "Medgivande – utflykt till Naturum\n\nElevens namn: Wilma Ek   Klass: 3B\n\
             Allergier eller specialkost: nötallergi, har adrenalinpenna\nMediciner eleven \
             behöver under dagen: ______________________\nHar eleven någon diagnos vi behöver \
             känna till? ______________________\n\nVårdnadshavares underskrift: \
             ______________________";
    assert_eq!(Engine::shared().analyze(t).level, Level::L3);
}

// A request to judge the people a text names is an AI Act use (reported as such, for the
// policy to decide on); it does not make their names more confidential than names are.

#[test]
fn a_request_to_rank_named_applicants_is_a_use_not_a_higher_level() {
    let t = "Ranka de här tre sökande till tjänsten som lokalvårdare utifrån erfarenhet: \
             Anna Lindqvist, Erik Johansson och Maria Nilsson. Vem ska vi kalla?";
    let a = Engine::shared().analyze(t);
    assert!(
        a.uses
            .iter()
            .any(|u| u.area == vakt_detect::UseArea::Employment),
        "{:?}",
        a.uses
    );
    assert_eq!(a.level, Level::L1, "{:?}", a.reasons);
}

// Protected identity stated of someone stays about them, also in a message that goes on
// with rules for handling it; the same words as a condition or a FAQ's question do not.

#[test]
fn protected_identity_stated_of_someone_amid_rules() {
    let t = "Ämne: VIKTIGT – ny elev i 4B från måndag\n\nHej alla som undervisar i 4B,\n\n\
             Den nya eleven som börjar på måndag har skyddade personuppgifter. Det innebär:\n\
             – skriv aldrig ut elevens namn på listor som sitter uppe, till exempel på \
             garderoben\n– eleven får inte vara med på klassfoto\n– lämna inte ut någon \
             uppgift till någon som ringer och frågar, hänvisa till mig\n\nVårdnadshavare \
             hämtar alltid själv. Hör av er om ni undrar något.\nRektor";
    assert_eq!(level_of(t, Category::ProtectedIdentity), Some(Level::L3));
    let t = "Lathund för diarieföring i socialtjänsten\n\nSå här gör du när en handling kommer \
             in:\n• Skriv aldrig namnet i ärendemeningen. Skriv till exempel \"Ansökan om \
             bistånd\".\n• Motpart: om personen har skyddade personuppgifter, skriv \
             \"Sekretessmarkerad person\" och ring registrator.\n• Handlingen får inte lämnas \
             ut utan sekretessprövning.\n• Frågor? Kontakta registraturen.";
    assert!(level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1));
    let t = "Vanliga frågor om ekonomiskt bistånd\n\nKan jag få hjälp med hyran?\nJa, om du \
             inte kan betala den själv får du söka bistånd.\n\nJag har skyddade \
             personuppgifter. Hur söker jag?\nKontakta oss så hjälper vi dig, till exempel \
             med en ansökan på papper.";
    assert!(level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1));
}

// Records of several people handed to an AI for a use that judges them are data about those
// people, named or not; the same request without the records (or with the list still to
// come) is a use about no one in particular.

#[test]
fn records_handed_over_for_a_use_are_about_people() {
    let t = "Rangordna kandidaterna till tjänsten som förrådsansvarig och säg vilka två vi ska \
             intervjua.\n\nKandidat A: lagerarbetare 9 år, truckkort, ingen arbetsledning.\n\
             Kandidat B: logistiker, arbetsledare 3 år.\nKandidat C: nyexaminerad, praktik på \
             ett centrallager.\n";
    let a = Engine::shared().analyze(t);
    assert!(!a.uses.is_empty(), "{:?}", a.uses);
    assert_eq!(a.level, Level::L1, "{:?}", a.reasons);
    let t = "Rangordna kandidaterna till tjänsten som förrådsansvarig och säg vilka två vi ska \
             intervjua. Jag skickar deras ansökningar i nästa meddelande.";
    let a = Engine::shared().analyze(t);
    assert!(!a.uses.is_empty(), "{:?}", a.uses);
    assert_eq!(a.level, Level::L0, "{:?}", a.reasons);
}

// A minor, shown to be one by the personnummer, suspected of an offence: the police's notice
// to the social services is case data about a child (level 3); an adult's record is not
// lifted by the same rule.

#[test]
fn an_offence_of_a_child_with_a_personnummer_is_level_3() {
    let t = "Underrättelse till socialtjänsten\n\nMisstänkt: Vilgot Berglund, 20120304-4373\n\
             Brott: skadegörelse på skolgården, klotter på fasaden.\nHandläggare: \
             inspektör Sara Lind";
    let a = Engine::shared().analyze(t);
    assert_eq!(a.level, Level::L3, "{:?}", a.reasons);
    let t = "Utdrag ur belastningsregistret\n\nSökande: Vilgot Berglund, 19820304-4378\n\
             Dom: skadegörelse 2019, dagsböter.";
    let a = Engine::shared().analyze(t);
    assert_eq!(a.level, Level::L2, "{:?}", a.reasons);
}

#[test]
fn a_family_states_its_own_protected_identity() {
    let t = "Hej! Min son ska börja på fritids i januari. Vi har skyddade personuppgifter \
             sedan i somras, så skicka inga brev hem. Ring mig hellre på 070-314 22 87. /Nora";
    assert_eq!(level_of(t, Category::ProtectedIdentity), Some(Level::L3));
    // a rule for anyone in that situation is not
    let t = "Om ni har skyddade personuppgifter ska ni kontakta skolans expedition innan \
             terminen börjar.";
    assert!(level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_case_line_describes_one_person_after_its_number() {
    let t = "Föreslå beslut för ärendena nedan.\n\nSN 2027-0311 – man 79 år, bor ensam, KOL, \
             klarar inte trappor\nSN 2027-0315 – kvinna 91 år, demens, dottern bor i Umeå\n";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn the_class_of_a_parent_listed_as_one_is_no_pupil() {
    let t = "Närvarande: rektor Per Holm, föräldrarepresentanter Lina Ek (1B), Omar Aziz (4A), \
             Tove Sund (6C).\n\n1. Trafiksituationen vid hämtning diskuterades.";
    assert!(level_of(t, Category::Child).is_none_or(|l| l <= Level::L1));
    // a pupil with a class still is a child
    let t = "Elsa Berg i 4A har glömt sin gympapåse igen.";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
}

#[test]
fn words_that_are_also_names_in_everyday_text() {
    for t in [
        "Lovdag: 14 maj (Kristi himmelsfärd).",
        "Öppna filen i Power Query och ta bort tomma rader.",
        "Dim namn As String",
        "Panna för fast bränsle sotas en gång per år.",
    ] {
        let a = Engine::shared().analyze(t);
        assert!(
            a.findings
                .iter()
                .all(|f| f.category != Category::PersonName),
            "{t}: {:?}",
            a.findings
        );
    }
}

// An internal host in a link people are given (the AI gateway's address in a script, an
// intranet page) is a level-1 detail; the same kind of host named as part of the network
// stays level 2.

#[test]
fn an_internal_link_is_less_than_a_server_name() {
    let t = "client = OpenAI(base_url=\"https://ai-gw.intern.kommun.se/v1\")";
    assert_eq!(level_of(t, Category::Infrastructure), Some(Level::L1));
    let t = "Databasen för ekonomisystemet körs på db02.intern.kommun.se i serverhall B.";
    assert_eq!(level_of(t, Category::Infrastructure), Some(Level::L2));
}

#[test]
fn a_word_inside_a_name_is_part_of_the_name() {
    let t = "Från: Ingrid Lönn\nTill: Lärare åk 4–6\n\nHej! Här är vikarieschemat för vecka 12.";
    assert!(
        level_of(t, Category::Salary).is_none(),
        "{:?}",
        Engine::shared().analyze(t)
    );
    let t = "Ingrid fick sin lön 2 000 kr för sent i mars.";
    assert!(level_of(t, Category::Salary).is_some());
}

// A document pasted as a JSON body keeps its lines: "\n" escapes are line breaks.

#[test]
fn a_json_body_keeps_its_lines() {
    let t = r#"{"messages": [{"role": "user", "content": "Sammanfatta:\n\nHEMLIG\nenligt 15 kap. 2 § OSL\n\nReservledningsplats och sambandsplan ..."}]}"#;
    let a = Engine::shared().analyze(t);
    assert_eq!(a.level, Level::L4, "{:?}", a.reasons);
    // spans are those of the text as given
    let f = a
        .findings
        .iter()
        .find(|f| f.category == Category::SecurityClassified)
        .expect("a marking");
    assert_eq!(&t[f.start..f.end], "HEMLIG");
    let t = r#"{"content": "Skriv ett kort svar till Lena Dahl.\nHon är sjukskriven för utmattning sedan mars."}"#;
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_security_class_named_in_prose() {
    let t = "Bifogad plan (säkerhetsskyddsklass KONFIDENTIELL) ska sammanfattas till mötet.";
    assert_eq!(Engine::shared().analyze(t).level, Level::L4);
    let t = "Uppgifter i säkerhetsskyddsklass HEMLIG får aldrig lämnas till en AI-tjänst.";
    assert!(Engine::shared().analyze(t).level <= Level::L1);
}

#[test]
fn stories_and_figures_of_speech_are_no_ones_health() {
    let t = "Ur antologin från bibliotekets skrivartävling 2026\n\nMarta hade inte sovit på \
             tre nätter. Läkaren sa att det var cancer, och hon berättade det för ingen.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Jonas Lind: den nya e-tjänsten är sjukt smidig men kräver sjukt mycket klick.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // off sick today is an absence (see `said_not_to_be_sick`); sick in the stomach is health
    let t = "Jonas Lind är sjuk i dag och kommer inte på mötet.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L1));
    let t = "Jonas Lind är sjuk i halsen och kommer inte på mötet.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    for t in [
        "Emil Rydberg: jag är sjukt trött på det nya formuläret",
        "Fanny Lind: sjukt irriterad på skrivaren i dag",
        "Gun Axelsson menade att förvaltningen varit blind för problemen vid skolvägen.",
        "Per Holm sa att nämnden varit döv för kritiken.",
    ] {
        assert!(
            level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // a sick child is someone's health; so is a blind person
    let t = "Elsa Nord har ett sjukt barn hemma i dag.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "Gun Axelsson är blind sedan födseln och behöver ledsagning.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

// A secrecy reference that gives the ground for withholding something (a refusal, a masked
// extract, a closed session) marks no secret in the text itself; a notice on the material does.

#[test]
fn the_ground_for_withholding_is_no_secrecy_marking() {
    let t = "Beslut om utlämnande av allmän handling\n\nBarn- och utbildningsnämnden avslår \
             begäran i den del som gäller elevens åtgärdsprogram. Uppgifterna omfattas av \
             sekretess enligt 23 kap. 2 § offentlighets- och sekretesslagen.\n\nHur man \
             överklagar: skriv till kammarrätten.";
    assert!(level_of(t, Category::SecrecyMarking).is_none_or(|l| l <= Level::L1));
    let t = "§ 12 Individärenden\nBehandlas inom stängda dörrar. Sekretess enligt 26 kap. 1 § \
             OSL.";
    assert!(level_of(t, Category::SecrecyMarking).is_none_or(|l| l <= Level::L1));
    let t = "Anteckning från hembesök 4 mars\n\nUppgifterna i denna anteckning omfattas av \
             sekretess enligt 26 kap. 1 § OSL.\n\nFamiljen var hemma och barnen verkade \
             trygga.";
    assert_eq!(level_of(t, Category::SecrecyMarking), Some(Level::L3));
}

#[test]
fn an_incident_report_is_internal_working_material() {
    let t = "Incidentrapport – nätverksavbrott i stadshuset 12 mars\n\nKl 08.10 tappade \
             kontorsnätet kontakten med datacentret. Orsaken var en trasig switch.";
    assert_eq!(level_of(t, Category::Internal), Some(Level::L1));
    // a word in the text, not its title, is not
    let t = "Vid en incident ska du ringa servicedesk direkt.";
    assert!(level_of(t, Category::Internal).is_none());
}

#[test]
fn a_request_verb_before_a_name_is_not_part_of_it() {
    for (t, name) in [
        ("Ring Anna Svensson på måndag om tiden.", "Anna Svensson"),
        ("Maila Erik Lund om mötet i morgon.", "Erik Lund"),
        ("Vi har semester, skriver Anna Ring.", "Anna Ring"),
    ] {
        let names = texts_of(t, Category::PersonName);
        assert_eq!(names, vec![name], "{t}");
    }
}

#[test]
fn a_care_place_and_things_named_after_care() {
    // a care place as a place: the firewall rule, the delivery
    let t = "Regel 14: tillåt trafik från vårdcentralernas nät 10.40.0.0/16 till journalservern.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Leverans av fyra rullstolar till förrådet vid Solgården, fakturan ska till \
             hjälpmedelscentralen.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // someone in such a place is a patient
    let t = "Mamma ligger på sjukhuset sedan i tisdags, så Leila Haddad kan inte komma.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // a thing named after care: a cabinet, a module, a rule
    let t = "Hanna Berg: koden till läkemedelsskåpet är bytt, ny står i pärmen.";
    assert!(level_of(t, Category::Health).is_none());
    let t = "Beställ behörighet till läkemedelsmodulen för Olle Nyström, ny sjuksköterska.";
    assert!(level_of(t, Category::Health).is_none());
    // a routine's "Vid sjukskrivning …" says what to do in such a case
    let t = "Rutin vid arbetsskada\n5. Vid sjukskrivning efter olyckan: chefen kontaktar \
             medarbetaren inom en vecka.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_paternity_test_result_is_genetic() {
    let t = "Uppgiven far: Jonas Berg\nSvar från laboratoriet: enligt analysen är sannolikheten \
             för faderskap 99,98 %. Båda parter informerade samma dag.";
    assert_eq!(level_of(t, Category::Genetic), Some(Level::L3));
    // a share of cases in statistics is no one's
    let t = "Andel faderskapsärenden med dna-test: 12 % (2025).";
    assert!(level_of(t, Category::Genetic).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_congregation_as_an_organisation_or_a_venue() {
    // the body a named person represents in a network's minutes
    let t = "Närvarande: Gun Persson (Svenska kyrkan), Jonas Eriksson (Arbetsförmedlingen), \
             Abdi Warsame (Somaliska föreningen).";
    assert!(level_of(t, Category::Religion).is_none_or(|l| l <= Level::L1));
    // a parish hall as a polling station
    let t = "Röstmottagare söndag: Eva Lind och Per Holm, vallokal Församlingshemmet, distrikt \
             Centrum Södra.";
    assert!(level_of(t, Category::Religion).is_none_or(|l| l <= Level::L1));
    // someone's own congregation is their faith
    let t = "Eva Lind är med i församlingen och går dit varje söndag.";
    assert_eq!(level_of(t, Category::Religion), Some(Level::L3));
    let t = "Ella Berg, 14 år, går i konfirmandgruppen i vår.";
    assert_eq!(level_of(t, Category::Religion), Some(Level::L3));
}

#[test]
fn the_placed_person_is_someone() {
    let t = "Avser: placering i skyddat boende, vuxen kvinna + två barn.\nObs! Den placerade har \
             skyddade personuppgifter. Ange endast ärendenummer på fakturan.";
    assert_eq!(level_of(t, Category::ProtectedIdentity), Some(Level::L3));
    // the rule for anyone placed is no statement
    let t = "Om den placerade har skyddade personuppgifter ska fakturan bara ange ärendenummer.";
    assert!(level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_family_named_at_a_numbered_item_is_someone() {
    let t = "Ge varje familj en riskpoäng 1–10.\n\n1. Hakimi – afghansk bakgrund, 5 barn, pappa \
             sjukskriven för PTSD\n2. Lindqvist – 1 barn, båda föräldrarna jobbar\n";
    let a = Engine::shared().analyze(t);
    assert!(a
        .findings
        .iter()
        .any(|f| f.category == Category::PersonName && &t[f.start..f.end] == "Hakimi"));
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // a numbered agenda item is not a person
    let t = "Dagordning\n1. Maj – planering av vårens utbildningar\n2. Övrigt";
    assert!(level_of(t, Category::PersonName).is_none());
}

#[test]
fn when_and_how_strong_secrecy_is_marks_nothing() {
    for t in [
        "Blankett: orosanmälan\n\nNär blanketten är ifylld omfattas uppgifterna av sekretess \
         enligt 26 kap. 1 § OSL.\n\nAnmälare: ____",
        "Uppgifter hos skolsköterska och kurator har stark sekretess (23 kap. 2 § 2 st OSL).",
        "I två yttranden har vi maskat uppgifter om hälsa. Vi bedömer att de omfattas av \
         sekretess enligt 21 kap. 1 § OSL.",
    ] {
        assert!(
            level_of(t, Category::SecrecyMarking).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // a stamp on the material still is one
    let t = "SEKRETESS enligt 26 kap. 1 § OSL\n\nJournalanteckning 4 mars: hembesök hos familjen.";
    assert_eq!(level_of(t, Category::SecrecyMarking), Some(Level::L3));
}

#[test]
fn a_grocery_chain_is_no_one() {
    let t = "Tips: lämna pant och batterier vid Willys på Storgatan i stället för i soprummet.";
    assert!(level_of(t, Category::PersonName).is_none());
}

#[test]
fn a_request_about_a_group_is_about_no_one() {
    let t = "ge mig 15 ideer på aktiviteter för boende med demens på ett särskilt boende, gärna \
             sånt som funkar i liten grupp";
    assert!(level_of(t, Category::Health).is_none_or(|l| l == Level::L0));
    let t = "Vad gäller för elever som har diabetes på lägerskolan? Svara kort.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l == Level::L0));
    // one unnamed person is someone
    let t = "Skriv ett brev till en brukare: hon har demens och har glömt sina nycklar två gånger.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn an_agenda_items_title_and_figures_at_an_overall_level() {
    let t = "APT förskolan Solglimten\n1. Välkommen\n2. Sjukfrånvaro och vikarier: kort info om \
             hur vi ringer in vikarier, alla ska använda appen från 1 maj.\n3. Övrigt";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Katarina Lind redovisar sjukfrånvaron på övergripande nivå: 7,8 % (föregående år \
             8,3 %).";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // an item about someone is about them
    let t = "Personalärenden\n2. Anna Berg: sjukskriven för utmattning till och med mars.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_competence_a_rate_or_a_role_is_no_ones_condition() {
    // an applicant's experience, a job named after its patients
    let t = "Ranka de sökande. 1. Moa Lindell, 31 år: 5 år i hemtjänst. Krav: erfarenhet av \
             nattarbete, erfarenhet av demens meriterande. 2. Per Ahl, demenssjuksköterska.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // a workplace's absence rate
    let t = "Hej, jag är chef på Tallbacken. Vi har hög sjukfrånvaro och jag vill förebygga \
             stress i gruppen.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // the writer's assignment as a guardian, not a guardianship over the writer
    let t = "Hej! Jag är ny som god man sen i våras och undrar hur årsräkningen ska se ut.\n\
             Nils Brandt 070-112 34 56";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
    // someone's own condition still counts
    let t = "Nils Brandt har god man sedan 2022 och egen erfarenhet av depression.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_question_to_any_reader_and_a_share_are_no_ones_condition() {
    let t = "Välkommen till förskoleklass!\n\nHar ditt barn allergier eller annat vi behöver \
             veta? Fyll i blanketten och lämna till köket.\n\nPersonalen på Ekbacken";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Mätningen visar 9 % trycksår kategori 2–4 på avdelningarna, oförändrat.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // a statement to the person the letter names is about them
    let t =
        "Till Eva Ström\n\nDitt barn har allergier enligt läkarintyget, så vi ordnar specialkost.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn an_appointment_logged_for_a_recipient_is_their_care() {
    let t = "Utskick sms 2026-03-02\nMottagare: 070-318 22 41 (Jonas Ek)\n\nDu har en tid hos \
             Beroendemottagningen Väst tis 4/3 kl 10:15.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_lone_surname_after_a_preposition_is_a_place() {
    let t = "Skolskjuts: linje 12 avgår från Norrby 07.12, åter 15.45.";
    assert!(level_of(t, Category::PersonName).is_none());
    let t = "Meröppet införs på filialerna i Sörby och Åsen under hösten.";
    assert!(level_of(t, Category::PersonName).is_none());
    // a first name after the same words is a person
    let t = "Jag fick ett sms från Anders i morse om schemat.";
    assert_eq!(level_of(t, Category::PersonName), Some(Level::L1));
}

#[test]
fn a_list_under_a_pupil_column_is_about_children() {
    let t = "Utflykt fredag – nödlista\n\nElev – vårdnadshavare – tel\nSigrid Holm – Anna Holm – \
             070-311 82 40\nViktor Eng – Per Eng – 073-655 19 07\n";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
    let t = "Personal – roll – tel\nSigrid Holm – lärare – 070-311 82 40\n";
    assert!(level_of(t, Category::Child).is_none());
}

#[test]
fn a_medicine_by_brand_a_fast_and_a_parked_car() {
    // a medicine names the condition it treats
    let t =
        "snabb fråga: Lars Ohlsson som har tid 13.30 har skrivit Truvada på hälsodeklarationen, \
             behöver vi tänka på nåt?";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // a colleague who fasts, named first in the sentence
    let t = "Amina fastar under ramadan så vi flyttar lunchmötet till 15.";
    assert_eq!(level_of(t, Category::PersonName), Some(Level::L1));
    assert!(level_of(t, Category::Religion).is_some_and(|l| l >= Level::L2));
    // a plate in a request about a parked car
    let t = "skriv en lapp till ägaren av GRT 52K som stått på personalparkeringen hela veckan";
    assert_eq!(level_of(t, Category::LicensePlate), Some(Level::L1));
    // a device named in a FAQ is no one's fingerprint
    let t = "Varför inte stämpla med fingret? Vi har valt bort fingeravtrycksläsare, \
             passerkortet räcker.";
    assert!(level_of(t, Category::Biometric).is_none_or(|l| l == Level::L0));
}

#[test]
fn a_first_name_and_a_surname_that_are_both_words() {
    for t in [
        "Igår ringde Per Holm om fakturan.",
        "Mötet med Bo Ek flyttas till torsdag.",
        "Per Berg har diabetes och behöver hjälp med insulinet.",
    ] {
        assert_eq!(level_of(t, Category::PersonName), Some(Level::L1), "{t}");
    }
    // the same words as words
    for t in [
        "Kostnad per elev: 300 kr.",
        "Björk och ek växer vid stranden.",
        "Per Månad betalas avgiften i förskott.",
    ] {
        assert!(level_of(t, Category::PersonName).is_none(), "{t}");
    }
}

#[test]
fn a_rule_for_one_pupil_is_about_that_pupil() {
    for (t, level) in [
        // a fact stated of someone, then a rule for them after "och": not a general rule
        ("Hej alla lärare i 4B! En elev i klassen har skyddade personuppgifter och får INTE synas på bild eller i klasslistor som skickas hem.", Level::L3),
        ("Till personalen på Solbacken: Eleven har skyddad identitet och får inte fotograferas. Hämtning sker endast av mamma.", Level::L3),
        ("Info till vikarier: ett av barnen på avdelningen Ekorren har sekretessmarkering och får inte lämnas ut till någon annan än de som står på hämtlistan.", Level::L3),
        // the rule itself, or a rule before the fact, stays general
        ("Enligt riktlinjen får uppgifter om personer med skyddad identitet inte matas in i AI-tjänster.", Level::L0),
        ("Uppgifter om skyddad identitet får inte lämnas ut, och en elev som har skyddad identitet ska inte synas på bild.", Level::L0),
    ] {
        assert_eq!(level_of(t, Category::ProtectedIdentity), Some(level), "{t}");
    }
}

#[test]
fn an_exercise_that_names_no_one_is_about_no_one() {
    let exercise =
        "Övning 3 – Bedöm behovet\n\nEn man i 40-årsåldern söker ekonomiskt bistånd för \
                    första gången. Han har nyligen förlorat jobbet och är sjukskriven för \
                    depression.\n\nDiskutera i grupp:\n1. Vilka uppgifter behöver du?\n";
    let a = Engine::shared().analyze(exercise);
    assert!(a.level <= Level::L1, "{:?}", a.findings);
    // an invented case that names its person is written as a case about someone
    let named = "Övningsfall (påhittat)\n\nElias Nordin är 17 år och har diabetes typ 1. Hans \
                 mamma Therese Nordin är sjukskriven för utmattningssyndrom.\n\nDiskutera i \
                 gruppen:\n1. Tillhör Elias personkretsen?\n";
    assert_eq!(level_of(named, Category::Health), Some(Level::L3));
}

#[test]
fn a_delegated_care_task_is_no_ones_condition() {
    let t = "Delegering av hälso- och sjukvårdsuppgift\n\nUppgift: Administrera insulin med \
             förfylld penna enligt ordination.\nMottagare: Sara Lind, undersköterska\n\
             Delegerande sjuksköterska: Emma Karlsson\nGiltig till: 2027-05-31";
    assert!(level_of(t, Category::Health).is_none_or(|l| l == Level::L0));
    // a patient named by a personnummer is someone's care
    let p = "Delegering av hälso- och sjukvårdsuppgift\n\nPatient: Olle Berg, 19450312-1230\n\
             Uppgift: Administrera insulin med förfylld penna. Olle har diabetes typ 2.";
    assert_eq!(level_of(p, Category::Health), Some(Level::L3));
}

#[test]
fn a_parents_letter_in_ukrainian_names_the_child() {
    let t = "Kan du översätta till svenska?\n\nДобрий день!\nМій син Андрій Коваленко з класу 3А \
             вже тиждень не хоче йти до школи.\nЗ повагою, Ірина Коваленко";
    let names = texts_of(t, Category::PersonName);
    assert_eq!(names, ["Андрій Коваленко", "Ірина Коваленко"]);
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
}

#[test]
fn a_unit_in_a_contact_list_is_no_ones_case() {
    let list = "Kontaktlista IFO – uppdaterad 2026-11-02\n\nVuxen/missbruk\nCamilla Törnqvist – \
                0418-55 21 40\n\nEkonomiskt bistånd, mottagning: 0418-55 20 00 (tel.tid 9–10.30)\n";
    let a = Engine::shared().analyze(list);
    assert!(a.level <= Level::L1, "{:?}", a.findings);
    // a client's record with a phone number is hers
    let record = "Klient: Anna Ek\nFörsörjningsstöd: ja, sedan 2023\nTel: 070-123 45 67\n";
    assert!(level_of(record, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
}

#[test]
fn a_name_that_states_something_is_no_contact_block() {
    // a short line with a name and a phone number is a contact block, unless the name says
    // something of its person
    let t = "Anna Ek har försörjningsstöd sedan mars. Tel 070-123 45 67";
    assert!(level_of(t, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
    let t = "Frågor om försörjningsstöd?\nAnna Ek, socialsekreterare, 070-123 45 67";
    assert!(level_of(t, Category::EconomicSituation).is_none_or(|l| l <= Level::L1));
}

#[test]
fn someone_kept_nameless_is_still_someone() {
    // initials with a birth year, a role with an age, a pronoun with a bracketed description
    for (t, c) in [
        ("sammanfatta mötet: A.K. (f. 2011) har självskadebeteende, BUP kopplat, mamma oroad", Category::Health),
        ("Skriv en sammanfattning av journalanteckningarna: Pat. 67 år, KOL, syrgas i hemmet, bor med make.", Category::Health),
        ("Hen (vår elev i 5A, skyddad identitet) ska inte synas på klassfotot. Hur säger jag det till fotografen?", Category::ProtectedIdentity),
        ("Protokoll elevhälsomöte 4/11: Elev 1 (åk 6): misstänkt ADHD, remiss BUP. Elev 2 (åk 4): hög frånvaro.", Category::Health),
        ("Summera: Ärende 2025-0412 – man 45 år, alkoholberoende, hemlös sedan mars, ansöker om akut boende.", Category::Health),
        ("Mamman till en elev i 4A ringde och sa att pappan har skyddad adress och inte får veta var de bor.", Category::ProtectedIdentity),
    ] {
        assert_eq!(level_of(t, c), Some(Level::L3), "{t}");
    }
    // a rule about whoever has it stays general
    let t = "Elever med skyddad identitet ska inte synas på klassfotot.";
    assert!(level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1));
    // numbered pupils whose answers are graded are no child's data by that alone
    let t = "Rätta svaren. Eleverna heter Elev 01–Elev 24.\nElev 01: 3a) 42 3b) 17,5 kr\nElev 02: 3a) 42";
    assert!(level_of(t, Category::Child).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_girl_in_a_case_is_a_child() {
    let t = "Sammanfatta utredningen: Flickan, 14 år, berättar att styvpappan tar på henne. \
             Polisanmälan gjord. Barnahus kontaktat.";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
}

#[test]
fn an_infection_and_a_placement_are_someones() {
    let t = "Brukaren på rum 12 har MRSA, använd skyddsutrustning. /Nattpersonalen";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "hej, jag heter Samir, 17 år, bor på HVB Solhem sen i våras. kan du hjälpa mig skriva \
             ett brev till min socialsekreterare?";
    assert_eq!(level_of(t, Category::SocialConditions), Some(Level::L3));
    // a vaccine's target is an offer, no one's condition
    let t = "Åk 8 får påfyllnadsdos mot difteri, stelkramp och kikhosta. Frågor: Hanna Vik, \
             skolsköterska.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn everyday_words_for_burnout_and_sexual_health_are_health() {
    for t in [
        "Kan du skriva om det här till kollegorna: Johan är borta ett tag, han gick in i väggen \
         i oktober och börjar jobba lite i taget efter nyår.",
        "Hej Petra! Skönt att höra att du fått förlängt intyget. Ta den tid du behöver. /Maria",
        "hej jag är 15 o glömde ta p-piller två dagar, behöver jag akut-p-piller? /Wilma",
    ] {
        assert_eq!(level_of(t, Category::Health), Some(Level::L3), "{t}");
    }
}

#[test]
fn places_programmes_and_exclamations_are_no_ones_health() {
    // a quarter's prefix before a word that is also a name: a place
    let t = "Vårdcentralerna i Västra Lida och Hagby kunde inte öppna journalen i morse.";
    assert!(texts_of(t, Category::PersonName).is_empty(), "{t}");
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // an education named after a care profession
    let t = "Hej Sara, jag vill söka till sjuksköterskeprogrammet och psykologprogrammet. /Nora";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // "sjukt" as an exclamation of its own
    let t = "Emil Berg: hon får 2000 mer än jag fast jag varit här längre. sjukt\nLinda: 😮";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // a licence plate's letters are no term ("HBT 21K"), after a bus as after a car
    let t = "Skolskjutsen körs idag av ersättningsbuss HBT 21K, förare Olle Berg.";
    assert_eq!(texts_of(t, Category::LicensePlate), ["HBT 21K"]);
    assert!(level_of(t, Category::SexualOrientation).is_none());
    // a law's section in case of which someone is called
    let t = "Beredskap v. 12: Anna Lund 070-123 45 67, ring henne alltid vid 11 § LVU.";
    assert!(level_of(t, Category::Child).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_quoted_classification_and_a_distribution_limit_are_markings() {
    let t = "Hej! Här är stycket du bad om:\n\n\"HEMLIG – Säkerhetsskyddsklassificerad enligt 15 \
             kap. 2 § OSL\n4.1 Reservkraft\nReservkraften räcker 72 timmar.\"\n/Kim";
    assert_eq!(level_of(t, Category::SecurityClassified), Some(Level::L4));
    let t = "Lägesbild v. 9 (ej för vidare spridning utanför samverkansgruppen): fem inbrott.";
    assert!(level_of(t, Category::Internal).is_some());
}

#[test]
fn a_named_persons_pay_figure_is_salary() {
    for t in [
        "Emil 10:02: har du sett lönefilen? Sofia Lind fick 42 300 efter revisionen 😮",
        "Lönekartläggning, grupp handläggare:\nKarin Berg K 36 400 12 år\nOlof Ek M 38 100 7 år",
    ] {
        assert_eq!(level_of(t, Category::Salary), Some(Level::L2), "{t}");
    }
    // a sum that is no pay, or a figure with no talk of pay
    let t = "Lönekontoret: Sofia Lind, faktura 4 500 kr betald.";
    assert!(level_of(t, Category::Salary).is_none_or(|l| l <= Level::L1));
    let t = "Sofia Lind köpte släpvagnen för 42 300 kr.";
    assert!(level_of(t, Category::Salary).is_none());
}

#[test]
fn appointments_lists_and_unions_say_whose_matter_it_is() {
    // an appointment reminder is the recipient's care
    let t = "Till: 070-123 45 67\nPåminnelse: Du har en tid hos tandläkaren för rotbehandling \
             tis 3/3 kl 10.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // children listed with a birth year in brackets
    let t = "Närvarolista knattefotboll\nOlle Berg (2017)  x x -\nSaga Lind (2016)  x - x";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
    // a union heading a letter to its new members, above their names
    let t = "Kommunal sektion Norrby – nyhetsbrev\n\nVälkomna nya medlemmar!\nAnna Berg, \
             hemtjänst Norr\nOlof Lind, förskolan Solen\nSara Ek, köket\n";
    assert_eq!(level_of(t, Category::UnionMembership), Some(Level::L3));
    // mail through the tax agency for someone: protected identity
    let t = "Hej! Skicka inte beslutet till den gamla adressen för Maria Ek, hennes post går \
             via Skatteverkets förmedling sedan mars.";
    assert_eq!(level_of(t, Category::ProtectedIdentity), Some(Level::L3));
}

#[test]
fn an_employees_party_seat_in_an_hr_matter_is_a_political_opinion() {
    let t = "ANMÄLAN OM BISYSSLA\nNamn: Olle Berg\nBefattning: bygglovshandläggare\nBeskrivning: \
             Ledamot i kommunfullmäktige i Ekby kommun för Centerpartiet.";
    assert_eq!(level_of(t, Category::PoliticalOpinion), Some(Level::L3));
    let t = "Hej, visste du att Sara L på ekonomi står på Moderaternas lista till fullmäktige?";
    assert_eq!(level_of(t, Category::PoliticalOpinion), Some(Level::L3));
    // minutes of an elected body stay a public role
    let t = "§ 12 Motion om cykelvägar\nLedamoten Olle Berg (C) yrkar bifall till motionen.";
    assert!(level_of(t, Category::PoliticalOpinion).is_none_or(|l| l <= Level::L1));
}

#[test]
fn guidance_that_cites_secrecy_marks_nothing() {
    for t in [
        "Du får inte klistra in journalanteckningar eller personnummer i en publik AI-tjänst. \
         Uppgifterna omfattas av sekretess enligt 26 kap. OSL.",
        "Rutin för registratorer\n1. Pröva varje begäran.\n2. Märk sekretessbelagda handlingar \
         med \"SEKRETESS enligt 26 kap. 1 § OSL\" i sidhuvudet.",
    ] {
        assert!(level_of(t, Category::SecrecyMarking).is_none(), "{t}");
    }
    // a case that names its client is still marked; so is a JSON body's pasted stamp
    let t = "Anteckning om Sara Ek, 850314-1234.\nSekretess enligt 26 kap. 1 § OSL\nHon har \
             sökt försörjningsstöd.";
    assert_eq!(level_of(t, Category::SecrecyMarking), Some(Level::L3));
    let t = r#"{"messages": [{"role": "user", "content": "SEKRETESS enligt 26 kap. 1 § OSL\nBeslut"}]}"#;
    assert_eq!(level_of(t, Category::SecrecyMarking), Some(Level::L3));
}

#[test]
fn carers_tasks_kits_placeholders_and_figures_of_speech_are_no_ones_health() {
    let none = |t: &str| {
        assert!(
            level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
            "{t}: {:?}",
            texts_of(t, Category::Health)
        )
    };
    none("Ida Berg får lönetillägg för sitt uppdrag som diabetesombud från mars.");
    none("Lars Holm: minst tre med insulindelegering på varje kvällspass i sommar.");
    none("| 4 | Första hjälpen-lådan saknar brännskadeförband | Låg | Fylls på | Sara Lind |");
    none("Tina Ek: det är rena cancern med nya inloggningen, jag ger upp snart");
    none("Lisa Berg skriver:\nJournalsystemet laddar segt på alla sjukhus sedan i morse.");
    none("Indata från Karin Ström:\n- {{brukare_namn}}\n- {{diagnoser}}\n- [diagnos_kod]");
    none("AU 2026-02-03, närvarande Per Ek ordf\n3. medborgarförslag om lekplats – remiss till tekniska");
    // the same words about a person still count
    let t = "Ida Berg har diabetes och fick insulin av sköterskan i går.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "Pelle Ek har fått remiss till ortopeden för knät.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn self_harm_and_sight_in_plain_words_and_a_car_by_its_model() {
    let t = "Från: Alva Nord, 8C\nhej jag har skurit mig på armen igen, kan jag komma förbi?";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "Jonas Hed har retinitis pigmentosa och har fått en synpedagog via syncentralen.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "Vems är den gröna Caddyn KLT 48U vid lastkajen? Den måste flyttas.";
    assert_eq!(texts_of(t, Category::LicensePlate), ["KLT 48U"]);
    // wanting to become a foster home is no one's placement
    let t = "Jag och min man Nils Ek vill bli familjehem. Hur går vi tillväga?";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_care_services_message_to_the_person_it_greets_is_about_their_care() {
    let at_least_l2 = |t: &str, c: Category| {
        assert!(
            level_of(t, c).is_some_and(|l| l >= Level::L2),
            "{t}: {:?}",
            texts_of(t, c)
        )
    };
    at_least_l2(
        "Hej Birgitta! Vi i hemtjänsten kommer en timme senare i dag pga snön. /Anna",
        Category::SocialConditions,
    );
    at_least_l2(
        "Till: 070-123 45 67\nHej Sune! Hemtjänsten grupp Öst här. Vi blir sena till din fru Ingrid Holm med middagen.",
        Category::SocialConditions,
    );
    at_least_l2(
        "Hej Kerstin! I morgon kommer vi kl 9 i stället för 8 till duschen. Mvh Hemtjänsten Syd",
        Category::SocialConditions,
    );
    at_least_l2(
        "Till: 073-555 12 34\nPåminnelse: Du har en tid hos Vuxenenheten, beroendeteamet, måndag kl 10.",
        Category::Health,
    );
    at_least_l2(
        "Tuula: Hej Mikko! Kan du skjutsa mig till vårdcentralen i morgon? Dom ska ta om \
         blodproverna, doktorn tyckte att värdena var konstiga sist.",
        Category::Health,
    );
    // the same service in a staff schedule is a workplace
    let t = "Hej Birgitta! Schemat för hemtjänsten vecka 12 ligger i Teams. /Anna, enhetschef";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_partner_of_the_same_sex_by_first_names() {
    let so = |t: &str| level_of(t, Category::SexualOrientation);
    assert_eq!(
        so("Till festen: Karin Holm tar med sin fru Emma, så vi blir 22."),
        Some(Level::L3)
    );
    assert_eq!(
        so("Johan Ek kommer med sin man Peter, de gifte sig i våras."),
        Some(Level::L3)
    );
    assert_eq!(
        so("Har ni hört att Jonas Berg ska gifta sig i sommar med Erik?"),
        Some(Level::L3)
    );
    assert_eq!(
        so("Hej,\nJag bor med min man Daniel på Fältvägen 9.\n\nMvh\nFredrik Sandell"),
        Some(Level::L3)
    );
    assert_eq!(
        so("Hej,\nJag och min fru jobbar båda tidigt.\n\nTack,\nAbdi Warsame\n-----\nHej!\n/Cecilia Holm"),
        None
    );
    assert_eq!(
        so("I lördags var jag och min man på badet.\n\nNamn: Andreas Lövgren\nE-post: a.l@example.se"),
        Some(Level::L3)
    );
    // a partner of the other sex, or a name the lists give no sex, says nothing
    assert_eq!(so("Till festen: Karin Holm tar med sin man Emil."), None);
    assert_eq!(so("Johan Ek kommer med sin fru Lena."), None);
    assert_eq!(so("Kim Ek kommer med sin fru Lena."), None);
}

#[test]
fn the_writer_says_where_she_stands_and_sits() {
    let t =
        "Hej! Jag står som kandidat för Centerpartiet i höst. Får vi affischera i maj?\n/Ola Berg";
    assert_eq!(level_of(t, Category::PoliticalOpinion), Some(Level::L3));
    let t = "Hej, jag sitter i rullstol och undrar om vallokalen har ramp.\nMvh Gun Ek";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t =
        "Lena Ström: kan nån ta min telefontid? jag är på Visions klubbstyrelse hela eftermiddan";
    assert_eq!(level_of(t, Category::UnionMembership), Some(Level::L3));
}

#[test]
fn a_blank_template_in_capitals_is_about_no_one() {
    let t = "SEKRETESS\nenligt 26 kap. 1 § OSL\n\nBESLUT – EKONOMISKT BISTÅND\n\
             Sökande: [FÖRNAMN EFTERNAMN]\nPersonnummer: [ÅÅÅÅMMDD-XXXX]\n\
             Du beviljas ekonomiskt bistånd med [BELOPP] kr för [MÅNAD].\n";
    let a = Engine::shared().analyze(t);
    assert!(a.level <= Level::L1, "{:?}", a.findings);
    // the same decision filled in is a case, under its marking
    let t = "SEKRETESS\nenligt 26 kap. 1 § OSL\n\nBESLUT – EKONOMISKT BISTÅND\n\
             Sökande: Lena Holm\nDu beviljas ekonomiskt bistånd med 4 200 kr för mars.\n";
    assert_eq!(Engine::shared().analyze(t).level, Level::L3);
}

#[test]
fn a_vehicles_log_and_a_guardians_own_signature() {
    let t = "Hej HR,\nvi har gått igenom körjournalen för tjänstebilen KLM 48X och Marcus Rehn \
             har inte fört in resorna i journalen.\n/Anette Grip";
    assert!(level_of(t, Category::Health).is_none());
    let t = "Hej!\nHar ni fått årsräkningarna för mina uppdrag? Arvodet har inte kommit.\n\n\
             Mvh\nAnnika Fröjd\ngod man/förvaltare\n073-518 26 40";
    assert!(level_of(t, Category::EconomicSituation).is_none_or(|l| l <= Level::L1));
    // a principal named: the guardianship is theirs
    let t =
        "Jag är förordnad god man för Anders Malm och behöver kontoutdrag.\n\nMvh\nEva Ek\nGod man";
    assert!(level_of(t, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
}

#[test]
fn enrolled_at_an_agency_and_a_list_of_what_not_to_write() {
    let t = "Pelle Ek är inskriven på Arbetsförmedlingen sedan mars.";
    assert!(level_of(t, Category::Health).is_none());
    let t = "Närvarande: Ola Berg, Eva Lind\nInga kundnamn, adresser, diagnoser eller något från journalen.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Pelle Ek är inskriven på BUP sedan mars.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn delegation_lists_unit_sick_leave_and_union_meetings() {
    let t = "Delegeringar – Hemtjänst Norr\n\nNamn            Uppgift                    Delegerad av\n\
             Jenny Carlberg  Överlämning av läkemedel   Ulf Grahn\n\
             Mustafa Ali     Insulin, penna             Karin Sved\n";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Hej alla!\nPga sjukfrånvaro har jag behövt flytta om. Oskar Lind går natt i stället.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Närvarande: Carina Holm, Ali Rahimi\n2. Sjukfrånvaron på enheten har gått ner från 9 % till 6 %.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t =
        "Närvarande: Carina Holm, Ali Rahimi\n3. Facklig information: Vision har medlemsmöte 18/2.";
    assert!(level_of(t, Category::UnionMembership).is_none_or(|l| l <= Level::L1));
    // a member named is a member
    let t = "Ali Rahimi är medlem i Vision sedan i fjol.";
    assert_eq!(level_of(t, Category::UnionMembership), Some(Level::L3));
}

#[test]
fn the_care_sector_and_an_abbreviated_education_are_work() {
    let t = "3. Elvira Sandin, 17 år – inga tidigare jobb, vill testa på vården.\n\
             4. Kristoffer Lundh – har jobbat inom vården i två år.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Dragana Petrović   33 200   34 300   specialistutb. demens";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "Elvira Sandin fick vård på akuten i natt efter fallet.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn keeping_the_sabbath_is_religion() {
    let t =
        "Hej Pia!\nSom jag nämnde håller jag sabbat och jobbar inte fredag kväll.\nMvh Ruben Adler";
    assert!(level_of(t, Category::Religion).is_some_and(|l| l >= Level::L2));
}

#[test]
fn a_routines_condition_of_protection_is_no_ones() {
    let t = "Rutin vid utskick\n• Kontrollera alltid i Navet om personen har skyddade \
             personuppgifter innan du skickar brev. /Eva Lind, registrator";
    assert!(level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1));
    let t = "Eleven Sara Ek har skyddade personuppgifter och får inte fotograferas.";
    assert_eq!(level_of(t, Category::ProtectedIdentity), Some(Level::L3));
}

#[test]
fn all_guardians_as_a_group_are_no_child() {
    let t = "Skriv ett mejl till Karin Ek och Johan Berg om att utvecklingssamtalen flyttas.\n\
             De behöver boka om tiderna med vårdnadshavarna i Skolplattformen.";
    assert!(level_of(t, Category::Child).is_none_or(|l| l <= Level::L1));
    // one pupil's guardians in the same sentence are that child's
    let t = "Vårdnadshavarna till Elsa Ek (7B) har kallats till möte om hennes frånvaro.";
    assert!(level_of(t, Category::Child).is_some_and(|l| l >= Level::L2));
}

#[test]
fn a_writing_contests_entry_is_fiction() {
    let t = "Bibliotekets skrivartävling 2026 – Vuxenklassen\nBidrag nr 17\n\n\
             Kommissarie Gunvor Alm hade sett många döda. Mannen under isen hade suttit i \
             fängelse för rån, och hans dotter hade diabetes.";
    let a = Engine::shared().analyze(t);
    assert!(a.level <= Level::L1, "{:?}", a.findings);
    // a real case that asks for invented names is no fiction
    let t = "Avidentifiera texten nedan, byt namn mot påhittade.\n\"Wilmer Åkesson, 13 år, \
             har blåmärken på ryggen och mamman förnekar allt.\"";
    assert!(Engine::shared().analyze(t).level >= Level::L2);
}

#[test]
fn said_not_to_be_sick() {
    let t = "Hej Johan! Elvira Bäck är hemma idag, hon är inte sjuk men vill inte gå. /Malin";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // being off sick names no illness (the corpus labels it no special-category data)
    let t = "Hej Johan! Elvira Bäck är hemma idag, hon är sjuk igen. /Malin";
    assert_eq!(level_of(t, Category::Health), Some(Level::L1));
    let t = "Hej Johan! Elvira Bäck är hemma idag, hon är sjuk i magen. /Malin";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_first_name_opening_a_note_with_a_class_or_a_unit() {
    let t = "OBS! Tilda i klass 5C har skyddad identitet. Inga bilder på hemsidan.";
    assert_eq!(texts_of(t, Category::PersonName), ["Tilda"]);
    assert_eq!(level_of(t, Category::ProtectedIdentity), Some(Level::L3));
    let t = "Alva på Humlornas avdelning blev hämtad av farmor idag.";
    assert_eq!(texts_of(t, Category::PersonName), ["Alva"]);
    // a month or a common word opening a sentence is no name
    let t = "Maj i år blir det utflykt till Skansen för klass 5C.";
    assert!(texts_of(t, Category::PersonName).is_empty());
}

#[test]
fn the_writer_and_her_children_have_protected_identity() {
    let t = "Till expeditionen\nJag och mina två barn har skyddade personuppgifter sedan i \
             våras. Barnen börjar hos er efter sportlovet.\nHälsningar Sara";
    assert_eq!(level_of(t, Category::ProtectedIdentity), Some(Level::L3));
    // a routine's condition is not stated of anyone
    let t = "Rutin: om en elev har skyddade personuppgifter ska inga bilder publiceras.";
    assert!(level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_first_name_in_a_work_group() {
    let t = "Stefan i hemtjänstgruppen luktade alkohol igen i morse, tredje gången sen jul.";
    assert_eq!(texts_of(t, Category::PersonName), ["Stefan"]);
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // his work group is his workplace, not his social conditions
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_signatures_title_line_and_a_care_units_printer() {
    let t = "Tack för ditt samtal idag.\n\nMed vänlig hälsning\n\nTherese Oskarsson\n\
             Biståndshandläggare, äldre och funktionsnedsättning\nVård- och omsorgsförvaltningen";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    let t = "[09:12] Maria Lindahl: hej IT, datorn på ssk-expeditionen har hängt sig igen, den \
             med läkemedelsskrivaren";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // a title line is no sentence about someone's condition
    let t = "Maria Lindahl har en funktionsnedsättning och behöver ett höj- och sänkbart bord.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn care_units_named_by_place_are_workplaces() {
    let t = "Bilpoolen hemtjänst Väst, vecka 12:\nDGT 71K – på verkstad t.o.m. tors, säg till \
             Stefan Ek";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
    let t = "Info till personalen på Vintergatans gruppbostad: fastighetsskötaren Per-Olof \
             Strand kommer tors 20/3 och byter armaturerna.";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
    // where someone lives is their home
    let t = "Gunnar Ek flyttade till Vintergatans gruppbostad i mars.";
    assert!(level_of(t, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
}

#[test]
fn staff_at_work_in_a_care_service() {
    let t = "Amira Haddad (timvik) frågade om fler pass i april. Hon har körkort nu så hon kan \
             köra bil i hemtjänsten också.";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
    let t = "Amira Haddad jobbar i hemtjänsten sedan i våras.";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
    // a client's service is her social conditions
    let t = "Amira Haddad har hemtjänst fyra gånger om dagen sedan i våras.";
    assert!(level_of(t, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
}

#[test]
fn care_jobs_held_by_applicants() {
    let t = "Rangordna sökandena:\n2. Kerem Aydın – socionom 2021, 2 år på fritidsgård, 1 år \
             som kurator åk 7–9\n3. Samira Haddad – 3 år som lokalvårdare på sjukhus";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // seeing a counsellor is care
    let t = "Kerem Aydın har fått en tid hos kuratorn på vårdcentralen efter sin depression.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn staff_off_sick_by_count_or_in_an_attendance_line() {
    for t in [
        "Hej Moa! Kan du ta ett pass imorn 7-16 på avd Lärkan? Vi har två sjuka. /Sara Ek",
        "Hej Gustav, vi är körda tisdag kväll, två personal var sjuka och Pia Lind kan inte.",
        "lg 12/11. närv Anders Berg, Camilla Rydén (ej Pia – sjuk)\n- budget 2026",
    ] {
        assert!(
            level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // one named colleague off sick is an absence (no illness named); seriously ill is her
    // health
    let t = "Hej Gustav, Pia Lind är sjuk idag igen, tredje måndagen i rad.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L1));
    let t = "Hej Gustav, Pia Lind är svårt sjuk och blir borta länge.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn the_finance_department_is_no_ones_economy() {
    let t = "hej Micke, kan du skicka offerten innan fre? Bea Lind på ekonomi frågar. /Jenni";
    assert!(level_of(t, Category::EconomicSituation).is_none_or(|l| l <= Level::L1));
    let t = "Bea Lind har dålig ekonomi och har fått en betalningsanmärkning.";
    assert!(level_of(t, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
}

#[test]
fn a_diagnosis_assessment_is_health_a_methods_is_work() {
    let t = "Ons 8/4 10:15 Möte vh Noor Abdullahi 7C – återkoppling ADHD-utredning (skolpsykolog \
             med). Rum 214.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "Jag har gått utbildningen i BBIC-utredning och vill ha minst 40 000. /Sara Lind";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_rule_explained_after_a_dash_leaves_the_case_stated() {
    let t = "Klienten Marcus Lindeberg ringer. Han undrar om han kan få fbst för april trots det \
             – informerat om att lönen räknas som inkomst den månad den betalas ut.";
    assert_eq!(level_of(t, Category::SocialConditions), Some(Level::L3));
    // the rule alone stays general
    let t = "Lön räknas som inkomst den månad den betalas ut när försörjningsstöd beräknas.";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

#[test]
fn applicants_shifts_placements_and_courses_in_care() {
    for t in [
        "Rangordna sökandena:\n5. Meron Haile – USK 2021, natt på sjukhus (geriatrik), körkort",
        "Sökande 3: Hedda Lundin, nyexaminerad jan 2026, VFU på förlossningen här.",
        "5. Daniel Ekwall – spec psyk 2021, 3 år öppenvård, KBT steg 1",
        "1) Sara Lind – 6 år hemtjänst. Delegering insulin och läkemedel. Körkort B.",
    ] {
        assert!(
            level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // a patient's night at the hospital is her care
    let t = "Meron Haile låg en natt på sjukhus efter fallet i trappan.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn guardianship_and_debt_counselling_units_are_workplaces() {
    let t = "REQ0029931 Datorbyte\nBeställare: Gunnel Aronsson, Överförmyndarenheten\nNy dator: \
             Lenovo T14";
    assert!(level_of(t, Category::EconomicSituation).is_none_or(|l| l <= Level::L1));
    // a person's own guardian is her economic and social situation
    let t = "Gunnel Aronsson har fått en förvaltare via överförmyndaren på grund av sina skulder.";
    assert!(level_of(t, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
}

#[test]
fn administrative_fines_and_felled_trees_are_no_offence() {
    for t in [
        "Byggnadsnämnden tar ut en byggsanktionsavgift på 61 412 kr av fastighetsägaren Per Ek.",
        "Skyttar ska ha giltigt jaktkort; fällda fåglar rapporteras till Länsstyrelsen. /Per Ek",
        "De gamla almarna som fälldes i våras var angripna av almsjuka, skriver Per Ek.",
    ] {
        assert!(
            level_of(t, Category::CriminalOffence).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    let t = "Kalle Berg fälldes för misshandel i tingsrätten 2019.";
    assert_eq!(level_of(t, Category::CriminalOffence), Some(Level::L2));
}

#[test]
fn an_official_of_an_authority() {
    let t = "Ring Viktor Hallin på Kronofogden, 010-573 62 14, ang. samverkansdagen i september.";
    assert!(level_of(t, Category::EconomicSituation).is_none_or(|l| l <= Level::L1));
    let t = "Viktor Hallin har skulder hos Kronofogden sedan skilsmässan.";
    assert!(level_of(t, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
}

#[test]
fn an_infants_age_in_months() {
    let t = "Babymassage grupp 2\nFörälder            Barn        Ålder    Telefon\n\
             Linn Ahlqvist       Nova        3 mån    070-224 61 93\n\
             Samir Haddou        Adam        4 mån    073-908 15 44";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
    let t = "Hyresavtalet för Linn Ahlqvist gäller 3 månader till att börja med.";
    assert!(level_of(t, Category::Child).is_none());
}

#[test]
fn a_care_notes_weighing() {
    let t = "26/11 Ingrid Mörk åt bara halva lunchen och inget mellanmål. Vägd 48,1 kg (förra \
             veckan 49,3). Ssk meddelad. /Paula usk";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_care_recipient_by_label() {
    let t =
        "KVITTENS NYCKEL – Hemtjänst Norr\nNyckel nr 117 (gul bricka)\nBrukare: Elof Stenberg, \
             Björkvägen 22\nUtlämnad till: Amanda Kihlberg  2026-03-04 kl 06.55";
    assert_eq!(level_of(t, Category::SocialConditions), Some(Level::L3));
    // a label of its own elsewhere on the line is no recipient's
    let t = "Kontaktperson för brukare: Amanda Kihlberg, 070-111 22 33";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

#[test]
fn bots_and_two_letter_words_are_no_persons() {
    for t in [
        "Systemprompt – KundBot \"Elsa\", Kommunens Energi AB",
        "Du är \"Lova\", Stensjö kommuns digitala assistent.",
        "Chattboten Stina svarar på frågor om bygglov.",
        "Öka försäljningen av tilläggstjänsten \"Trygghetspaket El\" (149 kr/mån).",
    ] {
        assert!(texts_of(t, Category::PersonName).is_empty(), "{t}");
    }
    // people of those names are still people
    let t = "Hej Stina! Tack för hjälpen med listan. /Elsa Berg";
    assert_eq!(texts_of(t, Category::PersonName), ["Stina", "Elsa Berg"]);
    let t = "Jag pratade med Bo i morse om nycklarna.";
    assert_eq!(texts_of(t, Category::PersonName), ["Bo"]);
    // a web chat, a system or an e-ID named like a person
    for t in [
        "| Webbchatt \"Vera\" | Svarar på frågor från allmänheten |",
        "Vårt nya dokumenthanteringssystem heter Stina och ersätter diariet.",
        "Du loggar in med BankID eller Freja eID+.",
        "Stöd för inloggning med Freja+ vid sidan av BankID.",
    ] {
        assert!(texts_of(t, Category::PersonName).is_empty(), "{t}");
    }
    let t = "Hej Freja! Tack för igår. /Stina Berg";
    assert_eq!(texts_of(t, Category::PersonName), ["Freja", "Stina Berg"]);
}

#[test]
fn a_roster_of_staff_names_their_units() {
    let t = "Deltagare – Sekretess i socialtjänsten, 12 maj\n\n1. Anneli Grahn – Mottagning barn\n\
             2. Samir Obeid – Utredning barn\n3. Patrik Holmgren – Familjerätt\n\
             4. Ingrid Wahl – Ekonomiskt bistånd\n5. Fatima Warsame – Familjebehandling\n";
    for c in [
        Category::SocialConditions,
        Category::EconomicSituation,
        Category::Child,
    ] {
        assert!(
            texts_of(t, c).iter().all(|x| x.contains("socialtjänst")),
            "{c:?}: {:?}",
            texts_of(t, c)
        );
    }
    let t =
        "Namn | Enhet | E-post\nEmelie Sandberg | Hemsjukvården | emelie.sandberg@norrbacka.se\n\
             Viktor Lindgren | Socialpsykiatrin | viktor.lindgren@norrbacka.se\n\
             Birgitta Lundell | Vård & omsorg | birgitta.lundell@norrbacka.se\n";
    assert!(
        texts_of(t, Category::Health).is_empty(),
        "{:?}",
        texts_of(t, Category::Health)
    );
    // one name with its service in running text is a client's
    let t = "Ingrid Wahl – ekonomiskt bistånd sedan mars, skuld hos Kronofogden.";
    assert!(level_of(t, Category::EconomicSituation).is_some_and(|l| l >= Level::L2));
}

#[test]
fn words_that_only_start_like_care() {
    for t in [
        "Kostchefen Roger Nyström tycker att allergimärkningen måste vara tydligare.",
        "Vi vill ha någon med demenskunskap. Amira Khalil har usk-examen.",
        "Elsa Hult, termin 5: osäker i läkemedelsberäkning, räknade fel två gånger.",
        "Vi har gått igenom underlaget för Danials betyg i idrott och hälsa med Robert Sand.",
        "Tack för handledningen för familjebehandlarna, Katarina Ljung!",
    ] {
        assert!(
            level_of(t, Category::Health).is_none_or(|l| l <= Level::L1)
                && level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // a named pupil's grade is data about a child; an adult student's is not
    let t = "Jag har gått igenom underlaget för Selmas betyg med matematikläraren Peter Sandell.";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
    let t = "Komvux: jag har gått igenom underlaget för Selmas betyg med Peter Sandell.";
    assert!(level_of(t, Category::Child).is_none_or(|l| l <= Level::L1));
}

#[test]
fn an_extract_from_the_criminal_records_is_no_offence() {
    for t in [
        "Välkommen Elin Berg! Kom ihåg att lämna ditt utdrag ur belastningsregistret första dagen.",
        "Utdrag ur belastningsregistret ska visas före anställning. Frågor: Per Ek, 070-123 45 67.",
        "Deltagare: Leila Haddad (ekonomi), Ingrid Vall (Kronofogden, kommunikatör).",
    ] {
        assert!(
            level_of(t, Category::CriminalOffence).is_none_or(|l| l <= Level::L1)
                && level_of(t, Category::EconomicSituation).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // what the extract shows is
    let t = "Utdrag ur belastningsregistret för Lars Ekstrand: rattfylleri 2019, dagsböter.";
    assert!(level_of(t, Category::CriminalOffence).is_some_and(|l| l >= Level::L2));
}

#[test]
fn pay_figures_after_names_in_a_text_about_pay() {
    let t =
        "Räkna ut medellön och median för gruppen:\n\nHanna Sjölund 34 200\nErik Backman 36 900\n\
             Mira Jonsson 33 500\n";
    assert_eq!(level_of(t, Category::Salary), Some(Level::L2));
    let t = "A) Johan Friberg, 41 år, civilekonom. Löneanspråk 52 000. johan.friberg@example.se";
    assert_eq!(level_of(t, Category::Salary), Some(Level::L2));
    // a price in a text that is not about pay, or a profitable project
    let t = "Hanna Sjölund beställde stolar för 34 200 kr. Projektet var lönsamt.";
    assert!(level_of(t, Category::Salary).is_none_or(|l| l <= Level::L1));
}

#[test]
fn access_to_a_case_system_is_no_case() {
    let t = "Beställning behörighet\nNamn: Sara Lind\nTillgång till: ekonomiskt bistånd – NEJ, \
             familjerätt – NEJ\n[x] Ekonomiskt bistånd – läsbehörighet\n";
    for c in [Category::SocialConditions, Category::EconomicSituation] {
        assert!(level_of(t, c).is_none_or(|l| l <= Level::L1), "{c:?}");
    }
    // radiotherapy told in everyday words is health
    let t = "Marianne är borta v. 10–14, hon börjar strålningen v. 10.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_signature_and_a_course_title_are_no_ones_care() {
    let t = "Tack för ditt mejl, jag återkommer efter helgen.\n\nMed vänlig hälsning\n\n\
             Jenny Åkesson\nKurator, leg. psykoterapeut\nBarn- och ungdomspsykiatrin (BUP) \
             Öppenvård Syd\n054-61 48 27\n";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    for t in [
        "Jag har haft utlägg för kursmaterial till utbildningen \"Bemötande vid psykisk ohälsa\" \
         (486 kr). Hälsningar Maja Berg",
        "Boka två platser på webbkursen \"Vårdhygien i kommunal vård\" åt Fatima Osman.",
        "Info: Lena Ström och Rasmus Tell går utbildningen i palliativ vård och smärtlindring.",
    ] {
        assert!(
            level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // a patient's care in quotation marks is still theirs
    let t = "Maja Berg skrev: \"jag har psykisk ohälsa och orkar inte jobba\".";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_child_pointed_at_by_context_in_a_social_services_matter() {
    let t = "Anteckningar, samverkansmöte skola–socialtjänst\n\n1. Pojken i 5B som bor på \
             Tallvägen och som placerades i jourhem i mars – är tillbaka hos pappa sedan två \
             veckor, uppföljning pågår.";
    assert_eq!(Engine::shared().analyze(t).level, Level::L3);
}

#[test]
fn a_tenants_arrears_are_an_economic_matter_unless_the_social_services_have_it() {
    let t = "Bostads AB Skellevik\n\nRobin Sjöquist\nGranvägen 11 lgh 1201, 931 42 Skellevik\n\n\
             PÅMINNELSE – OBETALD HYRA\n\nVi har inte fått betalt för hyran för februari och \
             mars 2026. Din skuld till oss är 18 460 kr.";
    let a = Engine::shared().analyze(t);
    assert_eq!(a.level, Level::L2, "{:?}", a.reasons);
    assert_eq!(level_of(t, Category::EconomicSituation), Some(Level::L2));
    // the same arrears in a social-services note are a case
    let t = "Journalanteckning, socialtjänsten\nRobin Sjöquist har obetald hyra sedan februari \
             och ansöker om ekonomiskt bistånd.";
    assert_eq!(Engine::shared().analyze(t).level, Level::L3);
}

#[test]
fn a_new_nurse_starting_at_a_clinic_and_a_units_rota() {
    for t in [
        "Skriv ett välkomstmejl till vår nya sjuksköterska Elin Strand som börjar på \
         infektionsmottagningen den 7 april.",
        "Bemanning Beroendemottagningen (öppenvård) v.12\nMån: Karin Holmgren, Ali Rahimi",
        "APT Vuxenpsykiatrin 12/3\nNärvarande: Ingrid Haddad, Per-Olof Hägg",
    ] {
        assert!(
            level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // a patient starting there is in care
    let t = "Elin Strand börjar på beroendemottagningen nästa vecka efter återfallet.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn the_pay_process_without_a_figure_is_no_ones_salary() {
    for t in [
        "Hej Sara Lind! Välkommen till medarbetarsamtal 12/3. Lönesamtalet tas separat i november.",
        "Lönesamtal hemtjänst Öster – boka tid:\nAnna Berg 14/11 kl 10\nOmar Said 14/11 kl 11",
    ] {
        assert!(
            level_of(t, Category::Salary).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    let t = "Hej Omar Said! Vikarier får ingen lön för passet innan introduktionen.";
    assert!(
        level_of(t, Category::Salary).is_none_or(|l| l <= Level::L1),
        "{t}"
    );
    // with a figure it is
    let t = "Hej Sara Lind! Efter lönesamtalet blir din nya lön 34 200 kr från april.";
    assert_eq!(level_of(t, Category::Salary), Some(Level::L2));
    let t = "Hej Omar Said! Din lön blir 178 kr/tim från april.";
    assert_eq!(level_of(t, Category::Salary), Some(Level::L2));
}

#[test]
fn unions_a_message_goes_to_are_organisations() {
    // (the lexicon's finding: the learnt model may still read the message as a whole)
    let t = "Till: Kommunal sektion Ekdala; Vision Ekdala; Vårdförbundet avd Ekdala\n\n\
             INFORMATION enligt 19 § MBL om omorganisation av hemtjänsten. /Eva Lind, HR";
    let line_end = t.find('\n').unwrap();
    assert!(!Engine::shared().analyze(t).findings.iter().any(|f| {
        f.category == Category::UnionMembership && f.start < line_end && f.score > 0.85
    }));
    // a member named is a member
    let t = "Till: Eva Lind\nJag gick med i Kommunal i går, kan du dra avgiften på lönen?";
    assert_eq!(level_of(t, Category::UnionMembership), Some(Level::L3));
}

#[test]
fn a_pregnancy_week_and_a_gender_clinic_are_health() {
    let t = "Hej Lena! Tova i 9B kom till mig i dag. Hon är i tolfte veckan och har inte berättat hemma. /Per";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "Jag heter Alex Berg och går på utredning på könsmottagningen, så jag vill byta namn i Teams.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // a project's week is no one's
    let t = "Projektet är i tolfte veckan och vi följer tidplanen.";
    assert!(
        level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
        "{t}"
    );
}

#[test]
fn a_customer_numbered_in_place_of_a_name_is_someone() {
    let t = "OBS! Kund 418822 har skyddade personuppgifter. Skicka ingen faktura till folkbokföringsadressen.";
    assert_eq!(level_of(t, Category::ProtectedIdentity), Some(Level::L3));
    // a number that names no one
    let t = "Rutin: om en kund har skyddade personuppgifter skickas fakturan via Skatteverket.";
    assert!(
        level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1),
        "{t}"
    );
}

#[test]
fn a_class_stamped_with_its_legal_ground_is_a_marking() {
    let t = "Från: Eva Lind\nÄmne: Reservvatten\n\nHEMLIG – säkerhetsskyddsklassificerad uppgift enligt 15 kap. 2 § OSL\n\nReservbrunnen vid Åsen saknar larm.";
    assert_eq!(Engine::shared().analyze(t).level, Level::L4);
    // a class explained in a training text is none
    let t = "Övning: vad betyder klasserna?\nHEMLIG – allvarlig skada\nKONFIDENTIELL – inte obetydlig skada\nBEGRÄNSAT HEMLIG – ringa skada";
    assert!(Engine::shared().analyze(t).level < Level::L4);
}

#[test]
fn a_partys_register_of_members_is_their_opinion() {
    let t = "Centerpartiet i Ösby – medlemsförteckning. Endast för styrelsens bruk\n\nNamn | Adress\nEva Lind | Storgatan 3, 734 30 Ösby\nPer Åberg | Ågatan 9, 734 31 Ösby\nKim Sand | Bäckvägen 2, 734 32 Ösby";
    assert_eq!(level_of(t, Category::PoliticalOpinion), Some(Level::L3));
}

#[test]
fn a_slides_manuscript_and_a_buildings_placement_are_no_ones() {
    let t = "Bild 4 – Signaler\nNedstämdhet, att sluta äta eller ta sina mediciner.\n\nBild 5 – Så gör du\nDokumentera i journalen vad personen sa.";
    assert!(Engine::shared().analyze(t).level <= Level::L1);
    let t = "Sökande: Eva Lind, Ågatan 3\nAttefallshus 25 m², placering 3,5 m från tomtgräns. Bedöm om startbesked kan ges.";
    assert!(
        level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1),
        "{t}"
    );
    // a child's placement is one
    let t = "Sökande: Eva Lind\nPlaceringen av Mira i familjehem fortsätter. Hon trivs.";
    assert!(level_of(t, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
}

#[test]
fn a_pay_tables_group_of_one_is_that_persons_salary() {
    let t = "Lönekartläggning 2026\n\n| Befattning | Antal | Medellön |\n|---|---|---|\n| Handläggare | 12 | 39 800 |\n| Stadsjurist | 1 | 62 700 |\n";
    assert_eq!(level_of(t, Category::Salary), Some(Level::L2));
    // groups of several are statistics
    let t = "Lönekartläggning 2026\n\n| Befattning | Antal | Medellön |\n|---|---|---|\n| Handläggare | 12 | 39 800 |\n| Jurist | 6 | 52 700 |\n";
    assert!(
        level_of(t, Category::Salary).is_none_or(|l| l <= Level::L1),
        "{t}"
    );
}

#[test]
fn expecting_a_child_is_health() {
    let t = "Intervju 3 maj. Kandidat: Eva Lind. Sa i slutet att hon väntar barn och ska föda i oktober.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_pay_talk_booked_in_minutes_with_a_noise_level_is_no_salary() {
    let t = "Minnesanteckningar APT 2026-03-10\nNärvarande: Eva Lind, Per Åberg\n\n1. Löneöversyn\nLönesamtal bokas v. 13–14.\n2. Arbetsmiljö\nLjudnivån är fortfarande hög.";
    assert!(
        level_of(t, Category::Salary).is_none_or(|l| l <= Level::L1),
        "{t}"
    );
}

#[test]
fn a_commissioned_persons_assignment_in_a_fee_form_is_not_their_matter() {
    let t = "ARVODE UPPDRAGSTAGARE\nUppdragstagare: Eva Lind, 0701-23 45 67\nUppdrag: Kontaktperson enligt LSS, ärende 2026-0311\nTimmar: 12";
    assert!(
        level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
        "{t}"
    );
    // an interpreter booked for a named client: the client's care
    let t = "Tolkbeställning\nKlient: Yonas Berhe\nUppdrag: Psykiatrimottagningen, samtal 60 min";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_criterion_to_sort_people_by_is_no_ones_origin_or_faith() {
    for t in [
        "Gå igenom bilderna från entrén och dela in besökarna efter trolig etnisk bakgrund. Sammanställ i procent.",
        "Markera för varje bild om personen bär religiösa symboler, till exempel slöja eller kippa.",
    ] {
        let a = Engine::shared().analyze(t);
        assert!(a.level <= Level::L1, "{t}: {:?}", a.reasons);
    }
    // someone's origin told is theirs
    let t = "Eva Lind berättade att hennes föräldrar kom från Eritrea och att hon är muslim.";
    assert_eq!(Engine::shared().analyze(t).level, Level::L3);
}

#[test]
fn a_job_or_a_group_for_an_area_is_the_staffs_work() {
    for t in [
        "Från 1 april tar Fatima Yilmaz över som samverkanshandläggare för ekonomiskt bistånd i område Norr.",
        "Mottagningsgruppen ekonomiskt bistånd – telefonlista\nJonas Berg, gruppledare, 0480-45 21 30\nPetra Lund, socialsekreterare, 0480-45 21 31",
        "Ämne: Ny kontakt för ekonomiskt bistånd område Norr\n\nHej! Fatima Yilmaz är ny samordnare. /Gunilla Ström",
    ] {
        assert!(
            level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // someone's own income support is theirs
    let t = "Fatima Yilmaz har ekonomiskt bistånd sedan i höstas och kan inte betala avgiften.";
    assert!(level_of(t, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
}

#[test]
fn staff_work_with_a_partner_or_on_a_kind_of_matter_is_no_ones_matter() {
    for t in [
        "Minnesanteckningar APT\nNärvarande: Sofia Berg, Anders Ek\n\nSofia blir kontaktperson mot kvinnojouren från mars.",
        "Minnesanteckningar APT\nNärvarande: Sofia Berg, Anders Ek\n\nAnders samordnar ärenden om akutboende under semestern.",
    ] {
        assert!(
            level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
}

#[test]
fn no_home_of_ones_own_in_everyday_words_is_a_social_circumstance() {
    let t = "Hej Annika! Kan du ändra min adress i personalsystemet? Jag har flyttat ut och bor hos en kompis tills vidare, jag har inget eget kontrakt än. /Malin Forsberg";
    assert_eq!(level_of(t, Category::SocialConditions), Some(Level::L2));
    // a job ad about the people a unit meets is about no one
    let t = "Vi söker en socialsekreterare. Du möter människor som har blivit vräkta och bor hos vänner.";
    assert!(
        level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1),
        "{t}"
    );
}

#[test]
fn an_ethnic_group_named_of_a_colleague_is_ethnicity() {
    let t = "Hej gänget! Dragan Kovač börjar på måndag. Hans familj är bosnienserber och kom hit 1993. /Stefan";
    assert_eq!(level_of(t, Category::Ethnicity), Some(Level::L3));
}

#[test]
fn a_prison_by_its_name_is_an_offence() {
    let t = "Hej Sanna, Kjell Berg kommer inte på KF på torsdag, han sitter på Kumla sen i måndags. Kalla in ersättaren. /Roger";
    assert!(level_of(t, Category::CriminalOffence).is_some_and(|l| l >= Level::L2));
}

#[test]
fn cutting_oneself_and_abuse_in_the_verb_are_health() {
    let t = "Eleven Sara Lind skär sig i armarna när det blir för mycket hemma.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    let t = "Klienten Erik Johansson har missbrukat alkohol sedan skilsmässan.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // a quarrel, a trust abused: no one's health
    let t = "Det skar sig mellan Erik Johansson och hans chef redan i våras.";
    assert_eq!(level_of(t, Category::Health), None);
    let t = "Erik Johansson har missbrukat förtroendet som kassör.";
    assert_eq!(level_of(t, Category::Health), None);
}

#[test]
fn our_child_is_someone_and_a_raise_is_pay() {
    assert_eq!(
        level_of("Vår son har fått diagnosen autism.", Category::Health),
        Some(Level::L3)
    );
    // a service's "vår" speaks of no one
    assert!(level_of(
        "I vår verksamhet har vi många barn med autism.",
        Category::Health
    )
    .is_none_or(|l| l <= Level::L1));
    assert_eq!(
        level_of(
            "Anna Berg fick en lönehöjning på 1 200 kr i april.",
            Category::Salary
        ),
        Some(Level::L2)
    );
}

#[test]
fn a_titled_name_whose_state_is_given_is_the_person_spoken_of() {
    for t in [
        "Rektorn Karl Berg är sjukskriven efter en hjärtinfarkt.",
        "Enhetschefen Per Ek har varit sjukskriven sedan mars.",
    ] {
        assert_eq!(level_of(t, Category::Health), Some(Level::L3), "{t}");
    }
    // an official who acts, or is a contact, is no one the text is about
    let t = "Kontakta enhetschef Anna Berg om du har frågor om hemtjänst.";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

#[test]
fn everyday_words_for_conditions_and_circumstances() {
    for (t, c, l) in [
        (
            "Sara Holm är på smällen, v.14, och mår illa hela dagarna.",
            Category::Health,
            Level::L3,
        ),
        (
            "Felix Lind sa att han vill dö och att ingen skulle märka om han försvann.",
            Category::Health,
            Level::L3,
        ),
        (
            "Bengt Ek är så luspank att han inte har råd med bensin till jobbet.",
            Category::EconomicSituation,
            Level::L2,
        ),
        (
            "Johan Berg delar ut flygblad för SD i fikarummet.",
            Category::PoliticalOpinion,
            Level::L3,
        ),
        (
            "Milo Ek har skyddad id och ska inte stå med namn på listan.",
            Category::ProtectedIdentity,
            Level::L3,
        ),
    ] {
        assert_eq!(level_of(t, c), Some(l), "{t}");
    }
    // an SD card is no party
    assert_eq!(
        level_of(
            "Anna Berg tappade SD-kortet med bilderna.",
            Category::PoliticalOpinion
        ),
        None
    );
}

#[test]
fn a_first_name_placed_by_an_aside_opens_a_note_about_them() {
    for t in [
        "Gunnar (vaktmästare) fick en stroke i helgen och ligger på Sahlgrenska.",
        "Roger, 58, gick hem efter bröstsmärtor.",
        "Nils på nattpatrullen har fått gikt i stortån.",
    ] {
        assert_eq!(level_of(t, Category::Health), Some(Level::L3), "{t}");
    }
    // a month or a colour is no one
    assert!(texts_of(
        "Maj (preliminärt) är planerat för flytten.",
        Category::PersonName
    )
    .is_empty());
    assert!(texts_of("Rosa på bordet är fint.", Category::PersonName).is_empty());
}

#[test]
fn no_home_in_everyday_words() {
    for t in [
        "Mats Berg sover i tvättstugan igen, sambon har slängt ut honom.",
        "Jimmy Forsberg har varit utan boende hela hösten.",
    ] {
        assert_eq!(
            level_of(t, Category::SocialConditions),
            Some(Level::L2),
            "{t}"
        );
    }
    // a housing queue's page speaks of no one
    assert!(level_of(
        "Den som är utan boende kan kontakta socialtjänstens mottagning.",
        Category::SocialConditions
    )
    .is_none_or(|l| l <= Level::L1));
}

#[test]
fn care_words_and_medicines_in_notes() {
    for t in [
        "Bosse Ek på rum 14 har fått ny KAD, spola två gånger per dygn.",
        "Dagny Lund har inte fått sitt Norspan-plåster bytt på en vecka.",
        "Ahmed Said halkade på isen och bröt handleden.",
    ] {
        assert_eq!(level_of(t, Category::Health), Some(Level::L3), "{t}");
    }
}

#[test]
fn a_writer_who_says_her_name_and_here() {
    let t = "Ulla här, har så ont i magen sen i går och har kräkts hela natten.";
    assert_eq!(texts_of(t, Category::PersonName), vec!["Ulla"]);
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_signed_message_that_leaves_out_i() {
    let t = "Har testat positivt för covid, jobbar hemifrån resten av veckan. /Malin";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    // a question to any reader, signed by a contact, is no one's state
    let t = "Har du feber och hosta? Stanna hemma tills du är frisk.\nKontakt: Anna Berg";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_first_name_alone_on_a_message_last_line_signs_it() {
    let t = "Kommer inte idag, har feber.\n- Jenny";
    assert_eq!(texts_of(t, Category::PersonName), vec!["Jenny"]);
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
    assert!(texts_of("Nästa möte\nÖvrigt\nMaj", Category::PersonName).is_empty());
}

#[test]
fn a_partner_of_the_same_sex_from_a_pronoun_or_a_first_name() {
    for t in [
        "Ulrika och hennes sambo Eva har ansökt om att bli familjehem.",
        "Harry Blom vill bli begravd bredvid sin livskamrat Gunnar.",
        "Jag och min sambo Lisa flyttar i juni.\nMvh Karin",
        "Kalle kommer med hans man till festen.",
        "Johanna har en fru och två barn.",
        "Elsa berättade att hon är kär i en tjej i klassen.",
    ] {
        assert_eq!(
            level_of(t, Category::SexualOrientation),
            Some(Level::L3),
            "{t}"
        );
    }
    // a partner of the other sex, or of no sex the names tell, says nothing
    for t in [
        "Karin och hennes sambo Erik flyttar i juni.",
        "Jag och min sambo Lisa flyttar i juni.\nMvh Erik",
        "Hans fru Eva ringde i morse.",
        "Anna har en tjej i klassen som hon hjälper.",
        "Kevin 15 – bråkat med personal\nElla 14 – röker, har en pojkvän på 19",
    ] {
        let a = Engine::shared().analyze(t);
        assert!(
            !a.findings
                .iter()
                .any(|f| f.category == Category::SexualOrientation
                    && t[f.start..f.end].contains(' ')
                    && f.score >= 0.75),
            "{t}: {:?}",
            a.findings
        );
    }
}

#[test]
fn a_name_with_its_title_whose_state_is_told_is_the_one_spoken_of() {
    for t in [
        "Noterat i personalakt: Gunilla Ström, lärare 4B, långtidssjukskriven sedan \
         2024-09-02, diagnos utmattningssyndrom.",
        "Gunilla Ström (lärare) är långtidssjukskriven sedan maj.",
        "Vi har en lärare, Fredrik Lund, som tar Concerta varje morgon.",
        "Skriv ett underlag om att elevassistenten Jessica behöver anpassade arbetstider pga \
         sin endometrios.",
    ] {
        assert_eq!(level_of(t, Category::Health), Some(Level::L3), "{t}");
    }
    // a contact with her title under a general text is still an official
    let t = "Information om sjukskrivning.\nFrågor: Anna Berg, HR-specialist, tel 070-123 45 67.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn everyday_wording_of_the_second_probe_set() {
    for (t, c, l) in [
        (
            "Morfar har fått en propp i huvudet och ligger på strokeenheten nu.",
            Category::Health,
            Level::L3,
        ),
        (
            "Anna slog huvudet i hyllan och gick hem med hjärnskakning.",
            Category::Health,
            Level::L3,
        ),
        (
            "Hej, jag kommer inte på intervjun, jag har fått bältros i ansiktet. / Hedvig",
            Category::Health,
            Level::L3,
        ),
        (
            "Hjälp mig skriva till Ronja om att vi lägger om hennes schema under IVF-behandlingen.",
            Category::Health,
            Level::L3,
        ),
        (
            "Mina Ozempic-sprutor är slut, får jag gå tidigare och ringa doktorn? / Eva",
            Category::Health,
            Level::L3,
        ),
        (
            "Ensamkommande Abdirahman, 16, har avvikit från HVB Tallbacken sedan fredag.",
            Category::SocialConditions,
            Level::L3,
        ),
        (
            "Klient ringde 10.15, Jessica Andersson, hotad med avhysning 28/6.",
            Category::SocialConditions,
            Level::L3,
        ),
        (
            "Elin Bergkvist bär sjal och vill ha en tunika i arbetskläderna.",
            Category::Religion,
            Level::L3,
        ),
        (
            "Hej Lena, det är Jonna. Fogden har börjat ta av lönen nu.",
            Category::EconomicSituation,
            Level::L2,
        ),
    ] {
        assert_eq!(level_of(t, c), Some(l), "{t}");
    }
    // an HVB named as a workplace stays a workplace
    let t = "Anna Ek arbetar som behandlingsassistent på HVB Tallbacken sedan 2019.";
    assert!(level_of(t, Category::SocialConditions).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_text_that_asks_to_be_kept_in_the_house_is_internal() {
    for t in [
        "Till enhetschefer: årets RALS-utrymme är 2,9 %. Sprid inte siffran till medarbetarna ännu.",
        "Internt: Fr.o.m. 1/4 kommer alla LSS-ansökningar in via e-tjänsten, receptionen ska inte \
         längre ta emot pappersblanketter.",
        "Utkast elevhälsoplan 2025, ej fastställd: kurator 0,8 tjänst, skolsköterska 1,0.",
        "Lönekartläggningen visar skillnader; rapporten är inte behandlad i nämnden än.",
    ] {
        assert_eq!(level_of(t, Category::Internal), Some(Level::L1), "{t}");
    }
    // a public page is not
    let t = "Så ansöker du om bygglov. Läs mer på kommunens webbplats.";
    assert_eq!(level_of(t, Category::Internal), None);
}

#[test]
fn a_child_in_a_parents_message_or_under_a_class_heading() {
    for t in [
        "Till fritids: Noor får inte äta fläsk eller gelatin. Tack! / Mamma Fatima",
        "Hej, Nils kommer inte på utvecklingssamtalet imorn. /Mamma Lotta",
        "Föräldrarna till Hugo har precis gått isär och han bor varannan vecka nu.",
        "Utvecklingssamtal 5B, Lisa Wikström: trivs bra, har svårt att koncentrera sig.",
    ] {
        assert_eq!(level_of(t, Category::Child), Some(Level::L2), "{t}");
    }
    for t in [
        // a message signed by a name alone, a class that heads its teachers' line
        "Hej Anna, kan du ringa mig om mötet? / Mvh Sofia",
        "Föräldramöte.\n7A – Jonas Wiklund och Emina Hadžić (sal B204)",
        "Kursutvärdering\nMatematik 1a – Daniel Vesterlund",
    ] {
        assert_eq!(level_of(t, Category::Child), None, "{t}");
    }
}

#[test]
fn a_writers_own_matter_is_no_rule_about_a_role() {
    // the writer, her own people, a state a short message opens with
    for (t, c, l) in [
        (
            "jag är med i Vision, får jag ta med någon därifrån när jag ska ha lönesamtal?",
            Category::UnionMembership,
            Level::L3,
        ),
        (
            "har ett kronofogdeärende sen 2018 och utmätning på lönen, räknar de med det när \
             man söker bostadsbidrag?",
            Category::EconomicSituation,
            Level::L2,
        ),
        (
            "Min faster har fått diagnosen Parkinson och behöver hjälp med duschen, hur söker man?",
            Category::Health,
            Level::L3,
        ),
        (
            "Peder vabbar resten av veckan, hans son ligger inne på sjukhuset med RS-virus.",
            Category::Health,
            Level::L3,
        ),
    ] {
        assert_eq!(level_of(t, c), Some(l), "{t}");
    }
    // a case the writer supposes, and a request for public documents, are not hers
    let t = "Vad händer om jag har brutit armen och inte kan stämpla in?";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
    // a rule about a role stays a rule
    let t = "Om medarbetaren har diabetes ska chefen erbjuda anpassade raster.";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn a_pupil_by_first_name_in_a_message_about_school_work() {
    for t in [
        "Hej! Elias fick D i matte på provet, kan han få en extra genomgång?",
        "Signe har skolkat från tre lektioner den här veckan.",
        "en kille i 7B har diabetes och behöver ha sin pump med på utflykten",
    ] {
        assert_eq!(level_of(t, Category::Child), Some(Level::L2), "{t}");
    }
    // staff by first name in a school's own planning is no pupil
    for t in [
        "Mentorsamling 8B tar Karin, lektion 3 i 5A tar Peter.",
        "Hej alla! Lena har ledigt fredag, rastvakt tar Omar. /Rektor",
        "Komvux: jag har gått igenom underlaget för Selmas betyg med Peter Sandell.",
    ] {
        assert!(
            level_of(t, Category::Child).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
}

#[test]
fn a_systems_weak_point_stated_of_it_is_infrastructure() {
    for t in [
        "Inför pentestet: gamla gatewayn är inte patchad och vi har inte MFA på webbmejlen.",
        "lokala adminkonton har samma lösen på alla klienter, ta upp det på driftmötet",
        "Styrdatorn i pumphuset ligger direkt på nätet med fjärrstyrning påslagen.",
    ] {
        assert_eq!(
            level_of(t, Category::Infrastructure),
            Some(Level::L2),
            "{t}"
        );
    }
    // advice about passwords is not
    let t = "Använd aldrig samma lösenord på alla tjänster, och skriv inte upp det.";
    assert_eq!(level_of(t, Category::Infrastructure), None);
}

#[test]
fn everyday_wording_of_the_third_probe_set() {
    for (t, c, l) in [
        (
            "Kort: Omar K. återfall i amfetamin, har avbrutit behandlingen på Hemgården.",
            Category::Health,
            Level::L3,
        ),
        (
            "Sanna berättade att hon bär på BRCA-genen.",
            Category::Genetic,
            Level::L3,
        ),
        (
            "Kollegan Ida blev rånad vid stationen igår.",
            Category::CriminalOffence,
            Level::L2,
        ),
        (
            "Visste du att Lotta i receptionen kandiderar för Miljöpartiet i valet?",
            Category::PoliticalOpinion,
            Level::L3,
        ),
        (
            "SEKRETESS enl. OSL 23:2. Anteckning efter samtalet med vårdnadshavarna.",
            Category::SecrecyMarking,
            Level::L3,
        ),
        (
            "Mötesanteckningar (ej justerade): beslut att byta ekonomisystem i höst.",
            Category::Internal,
            Level::L1,
        ),
    ] {
        assert_eq!(level_of(t, c), Some(l), "{t}");
    }
}

#[test]
fn everyday_wording_of_the_fourth_probe_set() {
    for (t, c, l) in [
        // a named member of staff's pay, title and all
        (
            "Lönerevision: Karin Holm, undersköterska, nuvarande lön 29 100 kr.",
            Category::Salary,
            Level::L2,
        ),
        // a first name with an age between commas, and initials before a birth year
        (
            "Anteckning: Jonas, 31, har autism och bor i egen lägenhet.",
            Category::Health,
            Level::L3,
        ),
        (
            "LVM-ärende K.L. född -81: inget boende, 400 000 i skulder.",
            Category::EconomicSituation,
            Level::L2,
        ),
        // a relative clause and a genitive before one's people name a person
        (
            "Omar som går på fritidsgården säger att familjen inte har pengar till mat.",
            Category::EconomicSituation,
            Level::L2,
        ),
        (
            "Noras föräldrar röstar på SD, sa de på mötet.",
            Category::PoliticalOpinion,
            Level::L3,
        ),
        // a notice on the message itself
        (
            "Det här mejlet omfattas av sekretess, vidarebefordra inte.",
            Category::SecrecyMarking,
            Level::L3,
        ),
        (
            "Rolf fick 40 dagsböter för rattfylla i våras.",
            Category::CriminalOffence,
            Level::L2,
        ),
        (
            "Tove är mycket sjuk och ligger på sjukhuset.",
            Category::Health,
            Level::L3,
        ),
    ] {
        assert_eq!(level_of(t, c), Some(l), "{t}");
    }
    // a thing that is also a first name stays a thing
    let t = "Mat som håller utan kyl: konserver, knäckebröd, pasta.";
    assert!(level_of(t, Category::PersonName).is_none());
}

#[test]
fn applicants_in_a_stream_or_a_pipeline_are_whoever_applies() {
    for t in [
        "Vi får runt 250 bostadsanpassningsansökningar om året. Kan en AI läsa intyget och avgöra \
         om sökanden har en funktionsnedsättning som kräver ombyggnad?",
        "steps:\n  - id: bedom\n    prompt: |\n      Avgör om sökanden har en diagnos som ger rätt \
         till ledsagning enligt LSS.",
        "Som sökande vill jag kunna ladda upp mitt läkarintyg i e-tjänsten.",
    ] {
        assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1), "{t}");
    }
    // one applicant's case stays theirs
    let t = "Sökanden Lena Berg har en funktionsnedsättning efter en stroke och ansöker om \
             bostadsanpassning.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn consultations_courses_units_and_ruled_out_politics_are_no_ones_matter() {
    for (t, c) in [
        (
            "§ 53 Biblioteksplan. Förslaget skickas på remiss till föreningsrådet. \
             Anna Berg, ordförande",
            Category::Health,
        ),
        (
            "Lönerevision: Emir Begić 36 200 → 37 400, ny specialistutbildning (diabetes).",
            Category::Health,
        ),
        (
            "| Anders Rönnbäck | 87 400 | 90 200 | 3,2 % | sektionsansvar hjärtsvikt |",
            Category::Health,
        ),
        (
            "Linda Persson – socionom 2008, enhetschef på ett HVB, söker tjänsten.",
            Category::SocialConditions,
        ),
        (
            "[10:15] Tove: jag kommer + Nora Ek från bostadsanpassningen",
            Category::Health,
        ),
        (
            "Tal till Greta Lund på 90-årsdagen: minnen från badet. Inget partipolitiskt.",
            Category::PoliticalOpinion,
        ),
    ] {
        assert!(level_of(t, c).is_none_or(|l| l <= Level::L1), "{t}");
    }
    // a young person placed there stays placed
    let t = "Daniel Tesfaye, 17, bor på ett HVB sedan i våras.";
    assert!(level_of(t, Category::SocialConditions).is_some_and(|l| l >= Level::L2));
    // a patient's referral and illness stay theirs
    for t in [
        "Greta Lund har fått en remiss till ortopeden.",
        "Greta Lund har diabetes och behöver hjälp med insulinet.",
    ] {
        assert_eq!(level_of(t, Category::Health), Some(Level::L3), "{t}");
    }
}

#[test]
fn named_peoples_faces_handed_over_for_recognition_are_biometric_data() {
    let t = "Vi vill slippa upprop i matsalen. Jag har klippt ut elevernas ansikten ur \
             skolkatalogen. Kan du lära dig känna igen varje elev via kameran vid entrén?\n\
             Bifogat: Ebbe Lindroos.png, Alice Marklund.png, Omar Farah.png";
    assert_eq!(vakt_detect::Engine::shared().analyze(t).level, Level::L3);
    // one named child's photos for an age assessment
    let t = "Vi har fått en ensamkommande pojke som uppger att han är 16, Abdullahi Nur. Jag \
             bifogar två foton (ansikte framifrån och profil). Kan AI:n uppskatta hans ålder \
             utifrån ansiktsdragen?";
    assert_eq!(vakt_detect::Engine::shared().analyze(t).level, Level::L3);
    // faces of no one named stay lower
    let t = "Jag laddar upp bilder från entrékameran. Kan du känna igen ansiktena?";
    assert!(vakt_detect::Engine::shared().analyze(t).level <= Level::L2);
}

#[test]
fn a_membership_list_and_a_debt_beside_a_name_are_about_those_people() {
    let t = "Ansökan om aktivitetsbidrag – bilaga: medlemsförteckning\nFörening: Islamiska \
             kulturföreningen i Hagnäs\n\nNamn | Född | VH tel\nYahya Abdi | 2014 | 076-228 40 19\n\
             Maryam Hussein | 2015 | 070-553 87 62\nBilal Chaudhry | 2013 | 073-614 02 77\n";
    assert_eq!(level_of(t, Category::Religion), Some(Level::L3));
    // the same faith named in a grant decision is no one's belief
    let t = "Beviljade bidrag: Islamiska kulturföreningen 12 000 kr, Scoutkåren 8 000 kr.";
    assert!(level_of(t, Category::Religion).is_none_or(|l| l <= Level::L1));
    // a debt on a person's line with her phone: hers, not a contact block
    let t = "Första i listan: Maja Holm, skuld 38 400 kr, 070-412 88 31";
    assert_eq!(level_of(t, Category::EconomicSituation), Some(Level::L2));
}

#[test]
fn a_class_list_with_each_childs_parent_names_children() {
    let t = "Utflykt 4B – lista\nAlice Öhman – mamma 070-219 55 31\nHussein Jafari – pappa 076-830 42 17";
    assert_eq!(level_of(t, Category::Child), Some(Level::L2));
}

#[test]
fn moods_listed_as_a_scale_are_no_ones_condition() {
    for t in [
        "Ge varje tekniker ett stämningsvärde för hur frustrerad/arg/nedstämd de verkar.",
        "Avgör om eleven är uttråkad, ledsen, förvirrad eller fokuserad.",
    ] {
        assert!(
            level_of(t, Category::Health).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
    // one person's low mood stays theirs
    let t = "Kalle Ek är nedstämd och äter inte.";
    assert_eq!(level_of(t, Category::Health), Some(Level::L3));
}

#[test]
fn a_protected_identity_said_of_one_person_by_reference() {
    for t in [
        "Brukaren med skyddad identitet som flyttat till Björkgatan ska ha hemtjänst från \
         måndag. Adressen får INTE stå i Lifecare.",
        "Hej IT, vi har en ny medarbetare med skyddad identitet som börjar på måndag. Hur gör \
         vi så att hennes namn inte syns i Outlook?",
        "Till säkerhetsansvarig: mannen som anmälde hoten mot KS-ordföranden har skyddad \
         identitet, hans namn får inte finnas öppet i diariet.",
    ] {
        assert_eq!(
            level_of(t, Category::ProtectedIdentity),
            Some(Level::L3),
            "{t}"
        );
    }
    // a routine's case and anyone's stay general
    for t in [
        "Om en elev med skyddad identitet börjar hos oss ska rektor informeras.",
        "Rutin: personer med skyddad identitet ska inte stå i klasslistor.",
        "För medarbetare med skyddad identitet gäller särskilda rutiner.",
    ] {
        assert!(
            level_of(t, Category::ProtectedIdentity).is_none_or(|l| l <= Level::L1),
            "{t}"
        );
    }
}

#[test]
fn the_fifth_probe_sets_wording() {
    for t in [
        "Amira i 9B har börjat bära slöja sen i höstas och några killar i klassen kommenterar det.",
        "Hannah på GIS vill vara ledig för Jom Kippur men kan jobba hemifrån via VPN.",
        "min brorsa åker in och ut på Säter, senast i påskas efter en psykos.",
        "Eleven i 6C som har Tourette vill att klassen får veta.",
        "Kan du formulera om min avvikelse: Greta Ahlström, Furuvägen 2, föll i duschen igår \
         kväll och fick ett jack i huvudet.",
        "Brukaren Ester Katz vill inte ha hemtjänstbesök på sabbaten.",
        "tjena, det är Robban, pappa till Melvin. jag är drogfri sen ett år nu, kolla proverna",
        "Kan du lägga till Tomas Berg i distributionslistan för Visionklubben? Han är ny ombud.",
        "Ur utredningen: Dragan har sagt att han vill ha någon som är serb som han själv.",
    ] {
        assert_eq!(
            vakt_detect::Engine::shared().analyze(t).level,
            Level::L3,
            "{t}"
        );
    }
    // a unit's unprotected machines
    let t = "hemtjänsten i Fittja kör fortfarande win 7 på tre laptops, dom är inte med i \
             domänen och har inget antivirus alls";
    assert_eq!(level_of(t, Category::Infrastructure), Some(Level::L2));
    // "hälsa" before the one to greet is the verb
    let t = "Gå du! Jag tar det andra besöket själv. Hälsa lillkillen!";
    assert!(level_of(t, Category::Health).is_none_or(|l| l <= Level::L1));
}

#[test]
fn the_retired_held_out_files_342_to_361() {
    let level = |t: &str| vakt_detect::Engine::shared().analyze(t).level;
    // a night's handover names its residents by room
    let t = "Överlämning natt → dag, avd 1\n\n3:an – somnade inte förrän efter 2. Fick vid \
             behovs-tabletten 23.30.\n7:an – vägrar fortfarande ta kvällstabletterna.\n";
    assert_eq!(level(t), Level::L3, "{t}");
    // (a chat's times are no rooms)
    let t = "10:44 hur gör vi om en ansökan kommer in från nån som har sekretessmarkering?\n\
             10:45 kolla på intranätet under skyddade personuppgifter";
    assert!(level(t) <= Level::L1, "{t}");
    // a named reader's own test result
    let t = "Hej Wilma! Ditt provsvar från besöket 3/3 är klart. Ring oss på 031-365 87 20. \
             Hälsningar Ungdomsmottagningen";
    assert_eq!(level(t), Level::L3, "{t}");
    // one of "us" in the orientation's network; not a welcome to the many
    let t = "Jag tar över Teams-teamet efter Johan Friberg. Det är vårt nätverk för oss \
             hbtq-anställda, så det måste vara privat.\n/Emil Sandberg, kulturskolan";
    assert_eq!(level(t), Level::L3, "{t}");
    let t = "Kommunen är hbtq-certifierad och vi välkomnar hbtq-personer.\n/Emil Sandberg";
    assert!(level(t) <= Level::L1, "{t}");
    // a class over its pupils and their guardians
    let t = "Klass 2B – kontaktlista inför utflykten\n\nElla Jansson – Therese Jansson 070-219 44 \
             01\nMalte Rosén – David Rosén 073-560 82 17\nSelma Abdi – Hodan Abdi 076-301 90 55\n";
    assert_eq!(level(t), Level::L2, "{t}");
    // an employee's pay talk names its person, title and all
    let t = "Underlag lönesamtal 2026 – Robin Ahlqvist, IT-tekniker\n\nNuvarande lön: 36 800 kr\n\
             Förslag: +1 450 kr → 38 250 kr.";
    assert_eq!(level(t), Level::L2, "{t}");
    // a lecture on a right, a collection for a cause, a summer job at a home, a sausage
    for t in [
        "Skriv ett tackmejl till Elin Ström, som höll föreläsningen \"Religionsfrihet i skolan\".",
        "Även i år samlar vi in pengar till Cancerfonden. Karin Ekström samordnar insamlingen.",
        "Rangordna: Daniel Ahlström – socionom 2024, sommarjobb på HVB",
        "Korv och saft till alla som hjälper till!",
        "Johan Tidström, lokalvårdare, söker tjänstledighet utan lön 50 % för studier.",
        "Jag skriver C-uppsats om hur socialsekreterare upplever arbetet med ekonomiskt våld. \
         Min handledare är Per-Olof Janzon vid institutionen för socialt arbete.",
        "Hej Lina! Du får 600 kr mer för att du tagit ansvar för läkemedelsombudsrollen.",
        "Beställning e-tjänstekort: Maria Eklund\nBehörighet: NPÖ, Pascal, Journal (läs/skriv)",
        "Skriv ett tal som kommunalrådet Sara Helgesson ska hålla på Världsdagen för psykisk hälsa.",
        "PRESSINBJUDAN\n\nRegional konferens: Beroende och psykisk ohälsa\nPresskontakt: Eva Lund",
    ] {
        assert!(level(t) <= Level::L1, "{t}");
    }
    // a benefit's level is no illness
    let t = "Föräldrapenning för Sara Ek\nAntal dagar: 75 på sjukpenningnivå";
    assert_eq!(level_of(t, Category::Health), None, "{t}");
    // a word list explains words; a list of people says things of them
    let t = "Ordlista för tolkar – Anna Ek, samordnare\n\norosanmälan – när någon berättar för \
             socialtjänsten att ett barn kan behöva skydd\nplacering – barnet bor en tid i ett \
             familjehem\nförsörjningsstöd – pengar till mat och hyra när man inte kan försörja \
             sig\nskuldsanering – ett beslut om att skulder skrivs av\n";
    assert!(level(t) <= Level::L1, "{t}");
    let t = "Vilka timvikarier ska vi sluta boka?\nJasmin Ek – sjuk 9 ggr i höstas (migrän)\n\
             Oliver Nyman – aldrig sjuk, men har fått klagomål\nNatalia Berg – gravid, kan inte \
             lyfta\n";
    assert_eq!(level(t), Level::L3, "{t}");
    // protection of a group, or where someone has it
    let t = "Sms skickas inte för elever med skyddade personuppgifter. /Anna Ek, rektor";
    assert_eq!(
        level_of(t, Category::ProtectedIdentity).map(|l| l >= Level::L2),
        Some(false)
    );
    // a candidate's asked pay
    let t = "Intervjuanteckningar, controller\nKandidat 1: Ellinor Brandt\nCivilekonom, fyra år \
             som controller. Löneanspråk 52 000 kr, kan tänka sig 50 000.";
    assert_eq!(level(t), Level::L2, "{t}");
    // (a candidate with a phone number is the one the notes are about, not a contact)
    let t = "Kandidat 1: Ellinor Brandt, 073-552 18 04\nCivilekonom, fyra år som controller. \
             Löneanspråk 52 000 kr, kan tänka sig 50 000.";
    assert_eq!(level(t), Level::L2, "{t}");
    // offences in everyday words
    for t in [
        "Ägaren Dragan Milić betalar dem kontant under bordet, jag har sett det själv.",
        "Tommy Lindgren på Björkstigen 5 körde full igen i fredags.",
    ] {
        assert_eq!(level(t), Level::L2, "{t}");
    }
    // an offence to be predicted, a suspicion of cheating: none told
    for t in [
        "Ge varje ungdom i listan en sannolikhet för att han eller hon kommer att begå \
         skadegörelse under 2027. /Anna Ek",
        "Allt över 70 %: sätt bedömningen \"Ej godkänd – misstänkt fusk\" i Canvas. /Anna Ek",
    ] {
        assert_eq!(
            level_of(t, Category::CriminalOffence).map(|l| l >= Level::L2),
            None,
            "{t}"
        );
    }
    // a name with an age is someone described, whatever title stands before it
    for t in [
        "Skriv en sammanfattning till läkaren: Berit Sandell, 84, har ramlat två ggr i veckan, \
         tar Waran och Citodon",
        "Kan du skriva ett mejl till FK om att Jenny Åberg behöver förlängt intyg, hon har \
         fortfarande panikattacker",
    ] {
        assert_eq!(level(t), Level::L3, "{t}");
    }
    // a first name the surname list also holds, opening a note with a comma
    let t = "Korta ner: \"Fredrik, dag 90 i rehabkedjan, alkoholproblematik, kontakt med \
             beroendevården.\"";
    assert_eq!(level(t), Level::L3, "{t}");
    // a span of school years is no pupil's
    let t = "Lovskolan för åk 7–9 pågår vecka 25 och 26. /Anna Ek, rektor";
    assert!(level(t) <= Level::L1, "{t}");
    // a title in capitals on secrecy is no stamp
    let t = "INTRODUKTION NYANSTÄLLDA – SEKRETESS I PRAKTIKEN\nÖvningsfrågor till pass 2";
    assert!(level(t) <= Level::L1, "{t}");
    // photos of one young person named by first name and number, for an age assessment
    let t = "Vi har en ensamkommande kille på vårt HVB, Jawad, 090883-5598. Jag bifogar två foton \
             på honom. Kan du bedöma hur gammal han är?";
    assert_eq!(level(t), Level::L3, "{t}");
}

#[test]
fn the_sixth_probe_sets_wording() {
    let level = |t: &str| vakt_detect::Engine::shared().analyze(t).level;
    for t in [
        "Anders hör inget på högra örat, sätt dig på hans vänstra sida på mötet",
        "Kevin har typ 1 och måste äta på bestämda tider, kan schemat ta hänsyn till det?",
        "Sannas mamma och mormor hade Huntingtons och nu har hon testat sig, hon väntar på svar.",
        "Hon har skyddad identitet så adressen får inte stå med på remissen till psyk",
        "Kan du sammanfatta Annas rehabplan efter hjärtinfarkten?",
        "Sekretess enl OSL 26:1 — utredning avseende Nils Eriksson, 14 år.",
        "Loggen visar att någon på enheten har öppnat Dinas soc-akt tre gånger utan att ha ärendet",
    ] {
        assert_eq!(level(t), Level::L3, "{t}");
    }
    for t in [
        "Undersköterskan Amira Hassan har 29 800 i månaden, kan du jämföra med snittet?",
        "Skriv ett kort besked till Elin Johansson om att hon går från 31 200 till 32 400 kr/mån.",
        "Min kompis Jenny har flyttat runt mellan olika soffor i ett halvår nu",
        "Ronny fick sparken från lagret och vet inte hur han ska betala räkningarna",
        "Vi tror att Kenneth har fifflat med tidrapporterna, hur går jag vidare?",
    ] {
        assert_eq!(level(t), Level::L2, "{t}");
    }
    // first names that are common words too, and passive verbs after a name
    for t in [
        "Per har gått in i väggen och är sjukskriven på heltid till efter jul.",
        "Måns i driften har varit på behandlingshem hela sommaren för spriten.",
    ] {
        assert_eq!(level(t), Level::L3, "{t}");
    }
    assert_eq!(level("Per person får man ta två portioner."), Level::L0);
    // a colleague placed by unit before a verb of theirs
    for t in [
        "Nina på HR undrar om du kan översätta inbjudan?",
        "Kalle från IT kommer och kollar datorerna imorgon kl 9",
    ] {
        assert_eq!(level(t), Level::L1, "{t}");
    }
    for t in [
        "Mohammed i 6A fastar och orkar inte med idrotten på eftermiddagarna, hur kan vi anpassa?",
        "Fia är i v. 10, hon vill slippa nätterna men inte berätta för gruppen än.",
    ] {
        assert_eq!(level(t), Level::L3, "{t}");
    }
    for t in [
        "skriv om det här så det blir mjukare: \"Er son Adam förstör ständigt för klassen.\"",
        "Tobias på lagret är mistänkt för att ha tagit hem toner för typ 8000 kr.",
    ] {
        assert_eq!(level(t), Level::L2, "{t}");
    }
    // a neighbour's flat is no class
    for t in [
        "Grannen i 4B, Hasse Forsberg, har bytt nummer: 073-448 21 90.",
        "Hjälp mig svara grannen i 4B, Bengt, som klagar på cyklarna i trapphuset.",
    ] {
        assert_eq!(level(t), Level::L1, "{t}");
    }
    // a place named after someone is still one ("Gustav Adolfs torg"); a plan of theirs is not
    let t = "Jag läste Anna Svenssons rehabplan igår";
    assert!(
        vakt_detect::Engine::shared()
            .analyze(t)
            .findings
            .iter()
            .any(|f| f.category == Category::PersonName),
        "{t}"
    );
}

/// Wordings of the held-out files 368–387, retired into dev on 2026-12-07 (twenty-first
/// session), in sentences written for this test.
#[test]
fn the_retired_held_out_files_368_to_387() {
    let level = |t: &str| vakt_detect::Engine::shared().analyze(t).level;
    // a negotiation's minutes name each representative with the union they stand for
    let t = "PROTOKOLL – Förhandling enligt 11 § MBL\nFör arbetsgivaren: Lars Hägg, IT-chef\n\
             För arbetstagarna: Kenneth Blom, Vision; Anneli Strömberg, Kommunal";
    assert_eq!(
        level_of(t, Category::UnionMembership),
        Some(Level::L3),
        "{t}"
    );
    // (a role in brackets is no union's name)
    let t =
        "PROTOKOLL skyddsrond\nDeltagare: Paula Mäkinen (enhetschef), Hampus Dahl (skyddsombud)";
    assert!(level(t) <= Level::L1, "{t}");
    // a new colleague's former work, a programme's talks, a book circle's title, a story's
    // animals
    for t in [
        "Vi välkomnar Jonas Ek. Han kommer närmast från Försäkringskassan, där han handlagt \
         sjukpenning och aktivitetsersättning i sex år.",
        "Program\n09.00 Välkommen – Karin Holmgren, rektor\n09.15 Hedersrelaterat våld och \
         förtryck: tecken att vara uppmärksam på – Ahmed Yilmaz, Länsstyrelsen",
        "| Tis | Maria Fröberg | Ahmed | 18.00 Bokcirkel: \"Att leva med depression\" |",
        "| Mån | Kerstin Alm (insulinrundan), Ali Haddad (demensteamet), Sanna Pettersson |",
        "Ämne: Underlag OB och övertid – vaccinationshelgen 4–5 oktober\n\nHej! /Ulrika Berg",
        "Lena Ek informerade om att hon från mars är samordnare för missbruks- och \
         beroendevården.",
        "Ring Jonna Lind på vårdcentralen Väster om tiderna, 070-174 06 05",
        "1. Leila Haddad – usk-examen 2021, jobbat 3 år på Attendo demens, bra referenser.",
        "Jonna Pettersson, 31 250 kr – ombud för palliativ vård, driver på.",
        "Igelkotten Ivar och den långa vintern\n(saga att läsa högt, 3–4 år)\n\nIgelkotten Ivar \
         vaknade. Mamma Igelkott var inte där. – Var är mamma? pep Ivar. Ugglan Ester satt på \
         en gren. – Din mamma är sjuk och ligger hos grävlingsdoktorn.",
    ] {
        assert!(level(t) <= Level::L1, "{t}");
    }
    // a document at hand marked with its class; not one spoken of
    let t = "Dokumentet är märkt HEMLIG enligt säkerhetsskyddslagen, sammanfatta skyddsobjekten.";
    assert_eq!(level(t), Level::L4, "{t}");
    let t = "Vi har fått ett dokument som är märkt BEGRÄNSAT HEMLIG. Får vi klistra in det?";
    assert!(level(t) <= Level::L1, "{t}");
    // a benefit listed as an income is the household's economy; a single parent's fee
    // reduction is no social-services case
    let t = "Ansökan om nedsatt avgift\nVårdnadshavare: Malin Nordgren, ensamstående\nInkomst: \
             sjukersättning 14 200 kr/mån + bostadsbidrag 2 900 kr\nBarn: Tilde, 10 år";
    assert_eq!(level(t), Level::L2, "{t}");
    // an absence reply: where to turn if it is about assistance
    let t = "Jag är på semester 6–24 juli och läser inte min e-post.\n\nGäller det ekonomiskt \
             bistånd och är brådskande – ring mottagningen på 031-365 28 40.\n\nMed vänlig \
             hälsning\nFredrik Almqvist";
    assert_eq!(level(t), Level::L1, "{t}");
    // what to do when ill, whoever the sentence then names
    let t = "Mån: Sanna / Leila\nTis: Christer / Maud\n\nVid sjukdom ring Birgit (bitr. \
             förskolechef) 070-661 24 80 före 6.00.";
    assert_eq!(level(t), Level::L1, "{t}");
    // (a diary's time with a client's state is still theirs; so is one's own responsibility)
    let t = "08.30 Ali Hassan vaknade med feber och ont i halsen, ringde mamma.";
    assert_eq!(level(t), Level::L3, "{t}");
    let t = "Sara Lind ansvarar för sin insulinbehandling själv sedan i våras.";
    assert_eq!(level(t), Level::L3, "{t}");
    // the one holder of a role at a named place; a neighbour and a child by their house
    let t = "Skolsköterskan på Tallbackaskolan är sjukskriven efter en knäoperation fram till \
             påsklovet.";
    assert_eq!(level(t), Level::L3, "{t}");
    let t = "Sjuksköterskan på Solgården ger insulin kl 8.";
    assert!(level(t) <= Level::L1, "{t}");
    let t = "det gäller gubben som bor högst upp i trean på Smedjegatan 9. jag tror inte han \
             äter, han har gått ner massor.";
    assert_eq!(level(t), Level::L3, "{t}");
    let t = "har du kollat anmälan om lillkillen i gula huset? mamman ringde i morse o lät \
             väldigt påverkad, sluddrade o grät.";
    assert_eq!(level(t), Level::L3, "{t}");
    // a score's criteria in a system prompt; (not a scored list of named tenants)
    let t = "Ge varje hyresgäst ett trygghetsindex 0–100.\nUnderlag och vikter:\n- antal \
             störningsanmälningar senaste 24 mån (-8 per st)\n- betalningsanmärkningar och \
             sena hyror (-10 per st)\n- om hushållet har försörjningsstöd (-15)\n/Lena Berg";
    assert!(level(t) <= Level::L1, "{t}");
    let t = "Räkna ut poängen:\n- Ronny Hallberg: betalningsanmärkning hos UC (-10)\n";
    assert!(level(t) >= Level::L2, "{t}");
    // one person by sex and birth year
    let t = "I Fjällbyn finns en person med personlig assistans, en kvinna född 1958 med ALS.";
    assert_eq!(level(t), Level::L3, "{t}");
    // (an illness in a list of remarks is no work; a union's name is a membership)
    let t = "Stefan Ahlgren – lång erfarenhet, mycket sjuk förra året. Ranka dem.";
    assert_eq!(level(t), Level::L3, "{t}");
    let t = "Omar Ek | 38 900 | Stabil. Är ombud för Vision så var försiktig.";
    assert_eq!(
        level_of(t, Category::UnionMembership),
        Some(Level::L3),
        "{t}"
    );
    // (a pregnancy's week is no event; a child's preschool is no workplace)
    let t = "Ronja i EK2 stannade kvar efter lektionen. Hon är i tolfte veckan och har inte \
             sagt något hemma.";
    assert_eq!(level(t), Level::L3, "{t}");
    let t = "Hej Rami! Ni har fått plats för Yara på förskolan Lönnen från och med 1 mars.";
    assert_eq!(level(t), Level::L2, "{t}");
}

/// Everyday wordings of the seventh probe set (`corpus/probes/tuned7`), in sentences written
/// for this test.
#[test]
fn the_seventh_probe_sets_wording() {
    let level = |t: &str| vakt_detect::Engine::shared().analyze(t).level;
    for (t, want) in [
        (
            "Jimmy har fått sparken från lagret och fattar inte hur han ska klara hyran",
            Level::L2,
        ),
        (
            "Robban har tagit benso igen och snackar sluddrigt, ska jag ringa nån?",
            Level::L3,
        ),
        (
            "Ellinor ska göra KUB på tisdag, kan hon gå tidigare?",
            Level::L3,
        ),
        (
            "Jonnys knäop är flyttad till v 48 så han är borta hela december",
            Level::L3,
        ),
        (
            "Liam snodde en mobil ur en kompis väska, hur skriver vi incidentrapporten",
            Level::L2,
        ),
        (
            "Kan nån ta Leos pass, han sitter i förhör hos polisen efter bråk på krogen",
            Level::L2,
        ),
        (
            "Harald har blivit av med körkortet för fortkörning, kan han ta cykeln?",
            Level::L2,
        ),
        (
            "Lisa Wahlström har bett om förskott på lönen igen, hyran ligger efter.",
            Level::L2,
        ),
        (
            "Mina Rostami spelar bort hela lönen på Unibet, hur stöttar jag henne?",
            Level::L2,
        ),
        (
            "Hur mkt lägger du på Jenny Sjöholm? Hon ligger ju på 35 900 nu.",
            Level::L2,
        ),
        (
            "Ebba i kassan har berättat att hon är tillsammans med en tjej.",
            Level::L3,
        ),
        (
            "Tyra i Fjärilen bet en annan unge igen idag, hur berättar jag det?",
            Level::L2,
        ),
        (
            "Ellie och Noah i Blåbärsgruppen har tappat sina mössor.",
            Level::L2,
        ),
        (
            "Farfar Bengt har precis blivit änkling och bor i andrahand nu",
            Level::L2,
        ),
        (
            "Linda Ström har SPU sen flytten från Malmö så all post går via Skatteverket",
            Level::L3,
        ),
        (
            "Från samtalet med Stina: hon har hoppat av Jehovas och sover hos en kompis",
            Level::L3,
        ),
        (
            "Hjälp mig fylla i medlemsansökan till Unionen. Jag heter Karin Dahl.",
            Level::L3,
        ),
        (
            "Kan vi exportera Karin Svenssons ansiktsdata till nya leverantören?",
            Level::L3,
        ),
        // a named minor by age or birth year
        (
            "Elsa är 15 och feriejobbar hos oss i juli, vilka tider får hon jobba?",
            Level::L2,
        ),
        (
            "Tuva Berg, f. 2012, bor varannan vecka hos mamma och pappa",
            Level::L2,
        ),
    ] {
        assert_eq!(level(t), want, "{t}");
    }
    // the rule, an e-service's menu, a minute late
    for t in [
        "Om en anställd får sparken ska lönen betalas ut till och med uppsägningstiden.",
        "Mina Sidor är stängda i helgen. Under Mina Barn ser du placeringen.",
        "Sara är 15 minuter sen idag, börja utan henne.",
        "Ebba åkte dit tillsammans med en tjej från klassen.",
        "Lena jobbar på Fjärilen och har semester vecka 30.",
    ] {
        assert!(level(t) <= Level::L1, "{t}");
    }
}

/// What the retired held-out files 392–415, the eighth probe set and the cross-validation
/// showed the engine missing or over-reading (twenty-second session). The sentences are
/// written for this test.
#[test]
fn the_retired_held_out_files_392_to_415_and_the_eighth_probe_set() {
    let level = |t: &str| vakt_detect::Engine::shared().analyze(t).level;
    for (t, want) in [
        // a case under a care law, of a named child
        (
            "13.00 Förvaltningsrätten – LVU-förhandling, mål 2231-26, Milo Berg (13). Ombud adv. \
             Eva Sund.",
            Level::L3,
        ),
        // a free church the person is active in
        (
            "Oskar Lind, 41: erfaren, aktiv i Pingstkyrkan där han leder ungdomsgruppen.",
            Level::L3,
        ),
        // a union club's members' meeting lists its members
        (
            "Kommunalklubben Vård och omsorg\nMedlemsmöte 2026-04-02\nNärvarande:\n1. Anna Berg\n\
             2. Per Ek\n3. Lisa Holm\n4. Omar Ali",
            Level::L3,
        ),
        // an address in a request's user message hands over someone's case
        (
            "{\"messages\": [{\"role\": \"system\", \"content\": \"Du hjälper handläggare.\"}, \
             {\"role\": \"user\", \"content\": \"Sammanfatta besöket hos mannen på Granvägen 4: \
             diabetes, glömmer insulinet.\"}]}",
            Level::L3,
        ),
        // pay in thousands in chat, the writer's own pay, a pay table aligned by spaces
        ("Löner ekonomi: Jonna 38k, Per 41k – gör en graf", Level::L2),
        (
            "hej, lönen blev fel. jag fick 29 800 men ska ha 31 200 enligt avtalet.\nmvh Sara Ek",
            Level::L2,
        ),
        (
            "Befattning        Antal   Medellön\nEkonom            4       39 400\nStadsjurist       \
             1       61 300",
            Level::L2,
        ),
        // one of a small report's few, told of in the past
        (
            "Lönnviks skola hade 38 elever. 1 elev har haft hemundervisning sedan mars på grund av \
             långvarig sjukdom.",
            Level::L3,
        ),
        // a name before a bare age, a school year in words, an age after where someone is
        ("Ida 15 har skurit sig igen enligt mentorn.", Level::L3),
        ("Elias i sjuan som praoar hos oss frågar om lunch.", Level::L2),
        ("Vikarien Tove i caféet är bara 16, får hon stänga själv?", Level::L2),
        // a card number with its expiry after it
        ("kan jag ta mitt kort? 4221 3742 1297 3261 09/28", Level::L2),
        // an excerpt from a document marked with a security class
        (
            "Ur dokument märkt BEGRÄNSAT HEMLIG: reservlokaler för ledningsplatsen. Förenkla.",
            Level::L4,
        ),
    ] {
        assert_eq!(level(t), want, "{t}");
    }
    for t in [
        // a schedule's weekdays and rooms, a thing that fell, a carer's tool
        "Mån  08.30–11.45  Sal 204   Samhällsorientering: vården i Sverige\nTor  08.30  Sal 12",
        "Felanmälan: det har ramlat ner en bit av taklisten i trapphuset. /Eva Berg",
        "Mobilen har appen för läkemedelssignering. Karin har spärrat den.",
        // a qualification earned abroad, a Christmas game, a foster-care unit
        "1. Olga Petrenko – lärarexamen från Ukraina, UHR-bedömning pågår.",
        "HEMLIG!! Hemlig vän på julfesten – dra en lapp hos Anna Berg.",
        "Kontakta Eva Lund, 0920-45 38 11, eller familjehemsenhetens telefontid.",
        // a collective agreement's unions, a face-recognition technique named
        "Anställningsbevis: Lena Ek\nKollektivavtal: AB 25 med Vision (gäller oavsett medlemskap)",
        "Protokoll APT. Kenneth frågade om ansiktsigenkänning kan användas i matsalen.",
        // a speaker's unit, a figure of speech, an opinion piece
        "Medverkande:\n- Petra Lund, överläkare, beroendecentrum Region Norr",
        "Lena är helt frälst på nya kaffemaskinen",
    ] {
        assert!(level(t) <= Level::L1, "{t}");
    }
}
