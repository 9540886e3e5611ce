//! Word forms and uses that a health term's stem lets in but that are no one's health.

use super::*;

/// Word forms that a health term's stem or ending lets in but that are no health: "hälsar"
/// (greets), a diagnostic tool ("diagnosutrustningen", "diagnosverktyg").
pub(super) fn not_health(t: &[u8], s: usize, e: usize) -> bool {
    let Some((buf, n)) = crate::identifiers::context::lower_small::<48>(&t[s..e]) else {
        return false;
    };
    let low = &buf[..n];
    // an administration's name: "Vård och omsorg", "vård- och omsorgsförvaltningen"
    if low == b"v\xc3\xa5rd" {
        let rest = &t[e..(e + 12).min(t.len())];
        if rest.starts_with(b" och omsorg")
            || rest.starts_with(b"- och omsorg")
            || rest.starts_with(b" & omsorg")
        {
            return true;
        }
    }
    // a benefit's level, no illness: "75 dagar på sjukpenningnivå"
    if low.starts_with(b"sjukpenningniv") {
        return true;
    }
    // a theme day: "Världsdagen för psykisk hälsa", "Psykiska hälsans dag"
    if low.starts_with(b"psykisk") || low.ends_with("hälsa".as_bytes()) {
        let day = "världsdagen för ".as_bytes();
        if t[s.saturating_sub(28)..s]
            .windows(day.len())
            .any(|w| w.eq_ignore_ascii_case(day))
        {
            return true;
        }
    }
    // a system one is given access to: "Behörighet: NPÖ, Pascal, Journal (läs/skriv)",
    // "Behörigheter: journalsystem hemsjukvård"
    if access_line(t, s) {
        return true;
    }
    // the school subject: "betyg i idrott och hälsa"
    if low == "hälsa".as_bytes() && s >= 11 && t[s - 11..s].eq_ignore_ascii_case(b"idrott och ") {
        return true;
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
    // a count of staff off sick ("Två sjuka på Humlan", "två personal var sjuka", "5 av 11
    // sjuka") or the reason for someone's absence in a meeting's attendance line ("närv
    // Anders, Jonas (ej Pia – sjuk)", "Närvarande: all personal utom två (sjuka)"): no one's
    // health in particular
    if low == b"sjuk" || low == b"sjuka" {
        let ls = crate::language::tokens::line_start(t, s);
        let line = &t[ls.max(s.saturating_sub(160))..s];
        let attendance = [
            &b"n\xc3\xa4rv"[..],
            b"N\xc3\xa4rv",
            b"fr\xc3\xa5nv",
            b"Fr\xc3\xa5nv",
            b"f\xc3\xb6rhinder",
        ]
        .iter()
        .any(|w| crate::language::tokens::has(line, w));
        let mut before = words_before(t, s.saturating_sub(48), s);
        let mut w = before.next();
        if w.is_some_and(|w| matches!(w, b"\xc3\xa4r" | b"var")) {
            w = before.next();
        }
        if w.is_some_and(|w| {
            matches!(
                w,
                b"personal" | b"medarbetare" | b"kollegor" | b"st" | b"personer"
            )
        }) {
            w = before.next();
        }
        let count = low == b"sjuka"
            && w.is_some_and(|w| {
                w.iter().all(u8::is_ascii_digit)
                    || [&b"tv\xc3\xa5"[..], b"tre", b"fyra", b"fem", b"sex"]
                        .iter()
                        .any(|n| w.eq_ignore_ascii_case(n))
            });
        if attendance || count {
            return true;
        }
    }
    // a proposal out for consultation: "skickas på remiss till föreningsrådet", "ute på
    // remiss" (a patient's is "en remiss till", "remissen till ortopeden")
    if low.starts_with(b"remiss")
        && words_before(t, s.saturating_sub(12), s).next() == Some(b"p\xc3\xa5")
    {
        return true;
    }
    // a mood among moods to read off faces or voices ("hur frustrerad/arg/nedstämd de verkar",
    // "uttråkad, ledsen, förvirrad eller fokuserad"): the scale an AI is asked to apply, no
    // one's condition
    if mood_in_a_list(t, s, e) {
        return true;
    }
    // a doctor's field of responsibility ("sektionsansvar hjärtsvikt", "ansvar för demens") or
    // a course's subject ("Ny specialistutbildning (diabetes)", "utbildning i demens")
    let before_bracket = if s > 0 && t[s - 1] == b'(' { s - 1 } else { s };
    if words_before(t, s.saturating_sub(40), before_bracket)
        .take(2)
        .any(|w| {
            crate::language::tokens::ends_with_ci(w, b"ansvar")
                || crate::language::tokens::ends_with_ci(w, b"utbildning")
        })
    {
        return true;
    }
    // a member of staff's delegation or course: "Delegering insulin och läkemedel", "KBT
    // steg 1"
    if words_before(t, s.saturating_sub(40), s)
        .take(3)
        .any(|w| crate::language::tokens::starts_with_ci(w, b"delegering"))
        || low == b"kbt" && t[e..].starts_with(b" steg")
    {
        return true;
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
            let (ls, le) = crate::language::tokens::line(t, s);
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
    // a course: "Medicin 1", "Psykiatri 2" (a capitalised subject and its level), "specialistkurs
    // demens", "utbildning i psykiatri" (not "diabetes typ 1")
    if t[s].is_ascii_uppercase()
        && t[e..].starts_with(b" ")
        && t.get(e + 1).is_some_and(|b| (b'1'..=b'3').contains(b))
        && t.get(e + 2).is_none_or(|b| !b.is_ascii_alphanumeric())
    {
        return true;
    }
    if words_before(t, s.saturating_sub(40), s).take(2).any(|w| {
        [&b"kurs"[..], b"utbildning", b"utbildningar"]
            .iter()
            .any(|k| crate::language::tokens::ends_with_ci(w, k))
    }) {
        return true;
    }
    // "har ramlat ner en bit av taklisten": a thing fell
    if low.starts_with(b"raml")
        && [
            &b" ner en "[..],
            b" ner ett ",
            b" ner lite ",
            b" ner n\xc3\xa5gra ",
            b" ner delar ",
        ]
        .iter()
        .any(|w| t[e..].starts_with(w))
    {
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
        let (ls, le) = crate::language::tokens::line(t, s);
        let next = t[e..le].trim_ascii_start();
        let next = &next[..next
            .iter()
            .position(|b| !crate::language::tokens::is_letter_byte(*b))
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
                .position(|b| !crate::language::tokens::is_letter_byte(*b))
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
        // a device: "läkemedelsskrivaren", "medicinautomaten", "läkemedelsroboten"
        "skrivare",
        "skrivaren",
        "automat",
        "automaten",
        "robot",
        "roboten",
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
        // a food label: "allergimärkningen"
        "märkning",
        "märkningen",
        // a carer's skill: "demenskunskap", "läkemedelsberäkning"
        "kunskap",
        "kunskaper",
        "kunskapen",
        "beräkning",
        "beräkningen",
        // a carer's signing, a tool's app: "läkemedelssignering", "appen för
        // läkemedelssignering", "journalappen"
        "signering",
        "signeringen",
        "appen",
    ];
    // (the head after a first part of at least `min` bytes)
    let head_in = |heads: &[&str], min: usize| {
        heads
            .iter()
            .any(|h| low.len() >= h.len() + min && low.ends_with(h.as_bytes()))
    };
    // (a care centre is no room: "tider på Beroendecentrum")
    if head_in(THINGS, 5) && !low.ends_with(b"centrum") {
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
        let lo = super::super::tokens::line_start_within(t, s, 80);
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

/// Whether the health term at `s..e` is being off sick with no illness named ("Mirja skulle ha
/// sön men hon är sjuk", "sjuk mycket i våras", "missade en inlämning när hon var sjuk"): an
/// absence, which the corpus labels as no special-category data in every such text (level 2
/// would still lift a named person's text to 3). A complaint or a severity is health in full
/// ("sjuk i magen", "svårt sjuk", "psykiskt sjuk").
pub(super) fn off_sick(t: &[u8], s: usize, e: usize) -> bool {
    // times after "sjuk i" ("sjuk i dag"), where a place of pain would be a complaint
    const TIMES: &[&str] = &[
        "dag", "går", "morgon", "morse", "kväll", "natt", "veckan", "helgen", "våras", "höstas",
        "vintras", "somras", "fredags", "måndags", "flera", "två", "tre", "en", "ett", "över",
    ];
    const SEVERITY: &[&str] = &[
        "svårt",
        "allvarligt",
        "psykiskt",
        "kroniskt",
        "obotligt",
        "livshotande",
        "döende",
        "långvarigt",
        "långtids",
        "mycket",
        "väldigt",
    ];
    let w = &t[s..e];
    (w.eq_ignore_ascii_case(b"sjuk") || w.eq_ignore_ascii_case(b"sjuka"))
        && !t[e..].strip_prefix(b" i ").is_some_and(|r| {
            let w = crate::language::tokens::next_word(r, 0);
            !w.is_empty() && !one_of_ci(w, TIMES)
        })
        && !crate::language::tokens::prev_word(t, s).is_some_and(|(_, w)| one_of_ci(w, SEVERITY))
}

/// Moods a scale or a list names together.
const MOODS: &[&str] = &[
    "glad",
    "glada",
    "arg",
    "arga",
    "ledsen",
    "ledsna",
    "uttråkad",
    "uttråkade",
    "stressad",
    "stressade",
    "frustrerad",
    "frustrerade",
    "irriterad",
    "irriterade",
    "orolig",
    "oroliga",
    "nervös",
    "nervösa",
    "lugn",
    "lugna",
    "fokuserad",
    "fokuserade",
    "engagerad",
    "engagerade",
    "förvirrad",
    "förvirrade",
    "nedstämd",
    "nedstämda",
    "trött",
    "trötta",
    "rädd",
    "rädda",
    "uppgiven",
    "ointresserad",
    "missnöjd",
    "nöjd",
];

/// Whether the word at `s..e` is a mood with another mood right before or after it, joined
/// by a comma, a slash, "eller" or "och" (a list of moods, not a statement).
fn mood_in_a_list(t: &[u8], s: usize, e: usize) -> bool {
    let is_mood = |w: &[u8]| MOODS.iter().any(|m| w.eq_ignore_ascii_case(m.as_bytes()));
    if !is_mood(&t[s..e]) {
        return false;
    }
    let word_at = |i: usize| {
        let n = t[i..]
            .iter()
            .take_while(|&&b| crate::language::tokens::is_letter_byte(b))
            .count();
        &t[i..i + n]
    };
    // after: ", arg", "/arg", " eller arg", " och arg"
    let rest = &t[e..(e + 12).min(t.len())];
    let next = [&b", "[..], b"/", b" eller ", b" och "]
        .iter()
        .find(|j| rest.starts_with(j))
        .map(|j| word_at(e + j.len()));
    // before: "arg, ", "arg/", "arg eller "
    let head = &t[s.saturating_sub(12)..s];
    let prev = [&b", "[..], b"/", b" eller ", b" och "]
        .iter()
        .find(|j| head.ends_with(j))
        .and_then(|j| {
            crate::language::tokens::prev_word(t, s - j.len() + usize::from(j[0] == b' '))
                .map(|(_, w)| w)
        });
    next.is_some_and(is_mood) || prev.is_some_and(is_mood)
}

/// Whether `s` stands on a line that lists the systems or roles someone is given access to
/// ("Behörighet: …", "Behörigheter: …", "Systemåtkomst: …").
fn access_line(t: &[u8], s: usize) -> bool {
    let Some(ls) = super::topic::line_start(t, s) else {
        return false;
    };
    let head = t[ls..s].trim_ascii_start();
    [
        "behörighet",
        "behörigheter",
        "systemåtkomst",
        "åtkomst till",
        "behörighetsprofil",
    ]
    .iter()
    .any(|l| starts_with_ci(head, l.as_bytes()))
        && memchr::memchr(b':', head).is_some()
}

/// Whether a health-related benefit at `s..e` is listed as an income: "sjukersättning 17 200 +
/// bostadstillägg", "Inkomst: sjukersättning 14 200 kr/mån", "Hushållets bruttoinkomst …:
/// 14 900 kr (sjukersättning + barntillägg)". The corpus labels such lists (a fee reduction, a
/// tenancy's credit check) as the person's economy, not their health.
pub(super) fn benefit_as_income(t: &[u8], s: usize, e: usize) -> bool {
    const BENEFITS: &[&str] = &[
        "sjukersättning",
        "aktivitetsersättning",
        "sjukpenning",
        "sjukbidrag",
        "sjukpension",
    ];
    let w = &t[s..e];
    if !BENEFITS
        .iter()
        .any(|b| w.eq_ignore_ascii_case(b.as_bytes()))
    {
        return false;
    }
    // an amount right after it
    let after = t[e..(e + 4).min(t.len())].trim_ascii_start();
    let after = after.strip_prefix(b":").unwrap_or(after).trim_ascii_start();
    let amount = after.first().is_some_and(u8::is_ascii_digit);
    // or an income's label earlier on its line
    let (ls, _) = crate::language::tokens::line(t, s);
    let from = ls.max(s.saturating_sub(80));
    let label = crate::language::tokens::has(&t[from..s], "nkomst");
    amount || label
}
