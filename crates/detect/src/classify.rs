//! From findings to a document level with reasons (in Swedish).
//!
//! 1. Overlapping identifiers are merged: the one with the higher level wins, then the
//!    longer span, then the higher score (a personnummer inside an IBAN is the IBAN; a
//!    phone number inside a personnummer is the personnummer).
//! 2. The level is the highest level of any finding.
//! 3. Combination rules lift it:
//!    - special-category content (health, religion …) that the language detectors report
//!      at level 2 or more (possibly about a person) in a text that also identifies a
//!      person (personnummer, name, address, phone, e-mail …) → 3; a level-1 mention
//!      (general talk about health, no person) is not lifted;
//!    - a compilation (GBG-4 "sammanställning"): at least [`MANY_PNR`] personnummer or
//!      samordningsnummer, or at least [`MANY_IDS`] personal identifiers (distinct values, so
//!      one person named ten times is one; names count half; a list, a register extract) →
//!      one level up, at most 3; at least [`MANY_KINDS`] different
//!      kinds of personal identifier put together (a profile of one person; contact details
//!      count as at most two kinds) → one level up,
//!      at most 2 (CONTRACT.md: "several identifiers put together" is level 2).
//!
//! Security-classified content gives 4 and no rule lowers or raises that.

use std::collections::BTreeMap;

use crate::{Analysis, Category, CategoryKind, Finding, Level, Use, UseArea, UseKind};

/// This many personnummer/samordningsnummer make a compilation. (5 until 2026-12-07: on
/// the dev corpus (17,749 documents), of the texts this rule lifted from 2 to 3 those with
/// exactly five numbers were over-classified 16 times and 20 times within a range that also
/// holds 2; none needed the lift. With six or more: 35 within range, 3 over.)
pub const MANY_PNR: usize = 6;
/// This many personal identifiers of any kind make a compilation. (10 until 2026-12-06: on
/// the dev corpus, staff and contact lists of 10–14 identifiers were over-classified 27
/// times and never under-classified at 15; 16 left one list under-classified.)
pub const MANY_IDS: usize = 15;
/// This many people's names, addresses and phone numbers together make a register of their
/// homes.
pub const MANY_HOMES: usize = 4;
/// This many different kinds of personal identifier make a compilation.
pub const MANY_KINDS: usize = 4;

/// Identifiers that point at a person.
fn identifies_person(c: Category) -> bool {
    use Category::*;
    matches!(
        c,
        Personnummer
            | Samordningsnummer
            | PersonName
            | Address
            | Phone
            | Email
            | Iban
            | BankAccount
            | PaymentCard
            | LicensePlate
            | PassportNumber
    )
}

/// The current year (UTC), for ages; falls back to a fixed year if the clock is unusable.
///
/// The clock is read on every call (a vDSO call, a few ns) and the year recomputed only when
/// the day changes, so a gateway that runs over New Year ages people correctly.
pub(crate) fn current_year() -> i32 {
    use std::sync::atomic::{AtomicU64, Ordering};
    // (day number << 16) | year; 0 = not yet computed
    static CACHE: AtomicU64 = AtomicU64::new(0);
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = secs / 86_400;
    let cached = CACHE.load(Ordering::Relaxed);
    if cached != 0 && cached >> 16 == day {
        return (cached & 0xFFFF) as i32;
    }
    let y = year_of_day(day);
    CACHE.store((day << 16) | y as u64, Ordering::Relaxed);
    y
}

/// The civil year (UTC) of a day number since 1970 (Howard Hinnant's algorithm, years
/// only); 2026 for a clock before 2024.
fn year_of_day(day: u64) -> i32 {
    let days = day as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let y = yoe + era * 400 + i64::from(mp >= 10);
    i32::try_from(y).ok().filter(|y| *y >= 2024).unwrap_or(2026)
}

/// The birth year a personnummer or samordningsnummer shows, if it shows one.
fn birth_year(pnr: &str) -> Option<i32> {
    let digits: Vec<u8> = pnr.bytes().filter(u8::is_ascii_digit).collect();
    let centenarian = pnr.contains('+');
    let year = match digits.len() {
        12 => {
            i32::from(digits[0] - b'0') * 1000
                + i32::from(digits[1] - b'0') * 100
                + i32::from(digits[2] - b'0') * 10
                + i32::from(digits[3] - b'0')
        }
        10 => {
            let yy = i32::from(digits[0] - b'0') * 10 + i32::from(digits[1] - b'0');
            let now = current_year();
            let mut y = 2000 + yy;
            if y > now {
                y -= 100;
            }
            if centenarian {
                y -= 100;
            }
            y
        }
        _ => return None,
    };
    Some(year)
}

/// Whether someone born in `year` is a minor now (under 18 this year).
pub(crate) fn minor_born_in(year: i32) -> bool {
    let now = current_year();
    year <= now && now - year < 18
}

/// Child findings for the personnummer of minors (the number shows the birth year).
fn minors(text: &str, findings: &[Finding]) -> Vec<Finding> {
    findings
        .iter()
        .filter(|f| {
            matches!(
                f.category,
                Category::Personnummer | Category::Samordningsnummer
            )
        })
        .filter(|f| birth_year(f.text(text)).is_some_and(minor_born_in))
        .map(|f| {
            let mut c = Finding::new(Category::Child, f.start, f.end, 0.8);
            c.level = Level::L2;
            c
        })
        .collect()
}

/// Whether `a` should replace `b` when they overlap.
fn better(a: &Finding, b: &Finding) -> bool {
    (a.level, a.end - a.start, a.score.to_bits()) > (b.level, b.end - b.start, b.score.to_bits())
}

/// Removes overlapping identifier findings, keeping the better one. Content findings
/// (phrases) stay: they say something else about the same words.
fn dedup(findings: Vec<Finding>) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    let mut last_id: Option<usize> = None; // index in `out` of the last identifier kept
    for f in findings {
        if f.category.kind() != CategoryKind::Identifier {
            out.push(f);
            continue;
        }
        if let Some(k) = last_id {
            let prev = &out[k];
            if f.start < prev.end && prev.start < f.end {
                if better(&f, prev) {
                    out[k] = f;
                }
                continue;
            }
        }
        last_id = Some(out.len());
        out.push(f);
    }
    out
}

fn describe(c: Category, level: Level) -> String {
    let what = match (c.kind(), c) {
        (CategoryKind::Identifier, Category::OrgNumber) => "ingen personuppgift",
        (CategoryKind::Identifier, Category::Credential) => "inloggningsuppgift som ger åtkomst",
        (CategoryKind::Identifier, _) if level >= Level::L2 => "extra skyddsvärd personuppgift",
        (CategoryKind::Identifier, _) => "personuppgift",
        (CategoryKind::SpecialCategory, _) => {
            "känslig personuppgift enligt artikel 9 i dataskyddsförordningen"
        }
        (CategoryKind::ExtraProtected, _) => "extra skyddsvärd personuppgift",
        (CategoryKind::Confidentiality, _) => "sekretess eller skydd",
        (CategoryKind::Security, Category::SecurityClassified) => "säkerhetsskydd",
        (CategoryKind::Security, _) => "säkerhetsrelaterad uppgift",
        (CategoryKind::Rights, _) => "upphovsrätt",
    };
    format!("{} ({what}) ger nivå {}", c.label_sv(), level.as_u8())
}

/// The kinds of identifier in a profile. Contact details (name, address, phone, e-mail) are
/// level 1 even together (CONTRACT.md: "contact details"): they count as at most two kinds,
/// so a signature block is no profile, and a name with an e-mail, a passport and a plate is.
fn profile_kinds(kinds: &[Category]) -> usize {
    use Category::*;
    let contact = kinds
        .iter()
        .filter(|c| matches!(c, PersonName | Address | Phone | Email))
        .count();
    kinds.len() - contact + contact.min(2)
}

/// The GBG-4 "sammanställning" rule over per-category finding counts: at least 5
/// (`MANY_PNR`) personnummer/samordningsnummer or 15 (`MANY_IDS`) personal identifiers (names
/// count half) lift
/// `level` one step, at most to 3; at least 4 (`MANY_HOMES`) names, addresses and phone
/// numbers each (a register of people's homes) or 4 (`MANY_KINDS`) different kinds of personal
/// identifier lift it one step, at most to 2. Returns the raised level and the Swedish reason ("5 personnummer
/// eller samordningsnummer"), or `None` when the rule does not raise `level`.
///
/// [`Engine::analyze`](crate::Engine::analyze) applies it to each text; a caller that
/// analyses a document in parts (the CLI's chunks) applies it to the counts of all parts.
/// Categories that do not identify a person (org numbers, content) are ignored.
pub fn compilation_lift(
    counts: &BTreeMap<Category, usize>,
    level: Level,
) -> Option<(Level, String)> {
    let n = |c: Category| counts.get(&c).copied().unwrap_or(0);
    let pnr = n(Category::Personnummer) + n(Category::Samordningsnummer);
    let kinds: Vec<Category> = counts
        .iter()
        .filter(|&(&c, &k)| identifies_person(c) && k > 0)
        .map(|(&c, _)| c)
        .collect();
    // names count half: a list of names alone (the members at a meeting) is no register
    // extract, a list of names with contact details is; so do plates (a list of vehicles,
    // often an organisation's, is no register of people)
    let ids: usize = kinds
        .iter()
        .map(|&c| {
            if matches!(c, Category::PersonName | Category::LicensePlate) {
                n(c) / 2
            } else {
                n(c)
            }
        })
        .sum();
    // (why, the highest level this rule may give)
    let (why, cap) = if pnr >= MANY_PNR {
        (
            format!("{pnr} personnummer eller samordningsnummer"),
            Level::L3,
        )
    } else if ids >= MANY_IDS {
        (format!("{ids} personuppgifter"), Level::L3)
    } else if n(Category::PersonName) >= MANY_HOMES
        && n(Category::Address) >= MANY_HOMES
        && n(Category::Phone) >= MANY_HOMES
    {
        // a register of people's homes and numbers (a crisis group's phone chain, an on-call
        // list, volunteers with their addresses)
        (
            format!(
                "adresser och telefonnummer till {} personer",
                n(Category::PersonName).min(n(Category::Address))
            ),
            Level::L2,
        )
    } else if profile_kinds(&kinds) >= MANY_KINDS {
        let names: Vec<&str> = kinds.iter().map(|c| c.label_sv()).collect();
        let why = format!(
            "{} olika slags personuppgifter ({})",
            kinds.len(),
            names.join(", ")
        );
        (why, Level::L2)
    } else {
        return None;
    };
    let raised = level.raised().min(cap);
    (raised > level).then_some((raised, why))
}

/// Whether `i` stands in a text's closing signature: a short line among its last three
/// lines ("Hälsningar\nMaria Lindahl\nStadsbiblioteket").
fn signature(text: &str, i: usize) -> bool {
    const SHORT: usize = 60;
    let t = text.as_bytes();
    if i > t.len() {
        return false;
    }
    // (looked for at most a short line's length each way: a long text costs no scan)
    let lo = i.saturating_sub(SHORT);
    let Some(ls) = memchr::memrchr(b'\n', &t[lo..i])
        .map(|p| lo + p + 1)
        .or((lo == 0).then_some(0))
    else {
        return false;
    };
    let hi = (i + SHORT).min(t.len());
    let Some(le) = memchr::memchr(b'\n', &t[i..hi])
        .map(|p| i + p)
        .or((hi == t.len()).then_some(hi))
    else {
        return false;
    };
    let rest = &t[le..];
    // (a row of a table is no signature: "Tilde Sandin;13;45;ja;nej")
    le - ls <= SHORT
        && memchr::memchr3(b';', b'|', b'\t', &t[ls..le]).is_none()
        && rest.len() <= 160
        && rest
            .split(|&b| b == b'\n')
            .filter(|l| !l.trim_ascii().is_empty())
            .count()
            <= 2
}

/// Whether the text holds at least three records: rows of a table (two or more `;`, `|` or
/// tab separators on a line) or lines that open with a label and a short key ("Sökande A:",
/// "Elev 3)", "SN 2026-1412 – kvinna 84 år").
fn records(text: &str) -> bool {
    let mut rows = 0;
    for line in text.lines() {
        let l = line.trim();
        let b = l.as_bytes();
        let seps = |c: u8| memchr::memchr_iter(c, b).take(2).count() >= 2;
        let row = seps(b';') || seps(b'|') || seps(b'\t') || {
            let mut words = l.split(' ');
            let first = words.next().unwrap_or("");
            let key = words.next().unwrap_or("");
            let short_key = key.len() >= 2
                && key.len() <= 4
                && key.ends_with([':', ')'])
                && key[..key.len() - 1]
                    .bytes()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            // (a case number: two to four capitals and a number)
            let case_number = (2..=4).contains(&first.len())
                && first.bytes().all(|c| c.is_ascii_uppercase())
                && key.starts_with(|c: char| c.is_ascii_digit());
            first.len() >= 2 && first.starts_with(char::is_alphabetic) && short_key || case_number
        };
        rows += usize::from(row);
        if rows >= 3 {
            return true;
        }
    }
    false
}

/// Whether the writer hands pictures or recordings over with the text ("Jag laddar upp …",
/// "bifogar", "Jag har klippt ut elevernas ansikten …").
fn handed_over(text: &str) -> bool {
    [
        "laddar upp",
        "bifogar",
        "skickar med",
        "klistrar in",
        "här är",
        "klippt ut",
    ]
    .iter()
    .any(|w| text.contains(w))
}

/// Computes the document level and the Swedish reasons.
pub(crate) fn classify(text: &str, mut findings: Vec<Finding>, uses: Vec<Use>) -> Analysis {
    findings.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut findings = dedup(findings);
    // a personnummer that shows a minor is also data about a child (CONTRACT.md: level 2)
    let kids = minors(text, &findings);
    let minor_identified = !kids.is_empty();
    if minor_identified {
        findings.extend(kids);
        findings.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    }

    // a sensitive word in a text that names no one and asks an AI for nothing about people
    // ("Vid magsjuka ska barnet vara hemma i 48 timmar", "Sjuklön betalas dag 2–14") is talk
    // about a topic: open information (level 0). Asked of an AI that is to judge people
    // ("poängsätt familjerna utifrån försörjningsstöd …"), it stays at 1: data about real,
    // unnamed people.
    if uses.is_empty() && !findings.iter().any(|f| identifies_person(f.category)) {
        for f in findings.iter_mut().filter(|f| {
            f.level == Level::L1
                && matches!(
                    f.category.kind(),
                    CategoryKind::SpecialCategory | CategoryKind::ExtraProtected
                )
        }) {
            f.level = Level::L0;
        }
    }

    // highest level per category, in contract order
    let mut per_cat: Vec<(Category, Level, usize)> = Vec::new();
    for f in &findings {
        match per_cat.iter_mut().find(|p| p.0 == f.category) {
            Some(p) => {
                p.1 = p.1.max(f.level);
                p.2 += 1;
            }
            None => per_cat.push((f.category, f.level, 1)),
        }
    }
    per_cat.sort_by_key(|p| (std::cmp::Reverse(p.1), p.0));

    let mut level = findings.iter().map(|f| f.level).max().unwrap_or(Level::L0);
    let mut reasons: Vec<String> = per_cat.iter().map(|&(c, l, _)| describe(c, l)).collect();
    // whether a category was found at `at_least` or above
    let found_at =
        |c: Category, at_least: Level| per_cat.iter().any(|p| p.0 == c && p.1 >= at_least);

    if level < Level::L4 {
        let first_id = per_cat.iter().find(|p| identifies_person(p.0)).map(|p| p.0);

        // special category + a person → 3
        if let Some(id) = first_id {
            if let Some(&(sc, _, _)) = per_cat
                .iter()
                .find(|p| p.0.kind() == CategoryKind::SpecialCategory && p.1 >= Level::L2)
            {
                if level < Level::L3 || per_cat.iter().any(|p| p.0 == sc && p.1 < Level::L3) {
                    reasons.push(format!(
                        "{} tillsammans med {} (en identifierbar person) ger nivå 3",
                        sc.label_sv(),
                        id.label_sv()
                    ));
                }
                level = level.max(Level::L3);
            }
        }

        // a social-services case about someone with a personnummer or a name: their social
        // conditions together with their economy, their children or an offence (CONTRACT.md:
        // social-services case data about an identified person is level 3; "Bråk hemma igen,
        // styvpappan kastade saker … Ringt soc" about a pupil the note names)
        // (the content findings count at their full level only about someone the text is
        // about, so a name here is no official's alone)
        if level < Level::L3 {
            let at_least_2 = |c: Category| found_at(c, Level::L2);
            // (or one child pointed at by context: "Pojken i 5B som bor på Tallvägen")
            let pointed = findings.iter().any(|f| {
                f.category == Category::Child
                    && f.level >= Level::L2
                    && ["pojken", "flickan", "killen", "tjejen", "eleven"]
                        .iter()
                        .any(|w| {
                            text.get(f.start..f.end)
                                .is_some_and(|x| x.eq_ignore_ascii_case(w))
                        })
            });
            let identified = at_least_2(Category::Personnummer)
                || at_least_2(Category::Samordningsnummer)
                || found_at(Category::PersonName, Level::L1)
                || pointed;
            // (a family's living arrangements are no case by themselves: "ensamstående,
            // inkomst 24 000 kr" in an application for a lower fee, "skilsmässan" in a request
            // for an advance on pay; they are in a case record with a personnummer or beside
            // an offence)
            let record = at_least_2(Category::Personnummer)
                || at_least_2(Category::Samordningsnummer)
                || at_least_2(Category::CriminalOffence);
            let social_case = findings.iter().any(|f| {
                f.category == Category::SocialConditions
                    && f.level >= Level::L2
                    && (record
                        || !text
                            .get(f.start..f.end)
                            .is_some_and(crate::language::family_situation))
            });
            if identified
                && social_case
                && (at_least_2(Category::EconomicSituation)
                    || at_least_2(Category::Child)
                    || at_least_2(Category::CriminalOffence))
                // (a child its personnummer shows to be a minor, suspected of an offence: the
                // police's notice to the social services)
                || minor_identified && at_least_2(Category::CriminalOffence)
            {
                let why = if minor_identified && !at_least_2(Category::SocialConditions) {
                    "ett brott som ett barn med personnummer misstänks för (ett ärende för \
                     socialtjänsten) ger nivå 3"
                } else {
                    "sociala förhållanden tillsammans med ekonomi, barn eller brott hos en \
                     identifierad person (ett socialtjänstärende) ger nivå 3"
                };
                reasons.push(why.to_string());
                level = Level::L3;
            }
        }

        // Faces or voices handed over to identify people or read them ("Jag laddar upp
        // tre stillbilder … jämför ansiktet med passerkortsfotona"): biometric data about
        // people, at least level 1 even when no one is named
        if level < Level::L1 {
            let handed = handed_over(text);
            if let Some(u) = uses.iter().find(|u| {
                matches!(
                    u.area,
                    UseArea::Biometrics
                        | UseArea::RemoteBiometricId
                        | UseArea::EmotionRecognition
                        | UseArea::BiometricCategorisation
                )
            }) {
                if handed {
                    reasons.push(format!(
                        "bilder eller inspelningar av personer lämnas till AI:n för en biometrisk \
                         användning (AI-förordningen: {}, {}) ger nivå 1",
                        u.kind.label_sv(),
                        u.area.id()
                    ));
                    level = Level::L1;
                }
            }
        }

        // The same faces of people the text names or of children ("Jag har klippt ut
        // elevernas ansikten … Ebbe Lindroos.png, Alice Marklund.png"): biometric data about
        // identified people, level 3 (GDPR art. 9)
        if level == Level::L2 {
            let handed = handed_over(text);
            let identifies = uses
                .iter()
                .find(|u| matches!(u.area, UseArea::Biometrics | UseArea::RemoteBiometricId));
            let names = findings
                .iter()
                .filter(|f| f.category == Category::PersonName && f.score >= 0.9)
                .count();
            // (or one person named, a first name enough, with a number, or a child: an age
            // assessment from photos of "Abdullahi Nur, tillfälligt samordningsnr …", of
            // "Jawad, 090883-…")
            let one_identified = findings.iter().any(|f| f.category == Category::PersonName)
                && (found_at(Category::Child, Level::L2)
                    || findings.iter().any(|f| {
                        matches!(
                            f.category,
                            Category::Personnummer | Category::Samordningsnummer
                        )
                    }));
            if let Some(u) = identifies.filter(|_| handed && (names >= 2 || one_identified)) {
                reasons.push(format!(
                    "bilder av namngivna personer lämnas till AI:n för att känna igen dem \
                     (AI-förordningen: {}, {}): biometriska uppgifter ger nivå 3",
                    u.kind.label_sv(),
                    u.area.id()
                ));
                level = Level::L3;
            }
        }

        // Records of several people handed over for a use that judges them ("Sökande A: …,
        // Sökande B: …, rangordna dem", a table of accounts to score): data about real people,
        // level 1 even when none of them is named (a request without such material, or one
        // that only says the list will follow, stays at 0)
        if level < Level::L1 {
            if let Some(u) = uses.first().filter(|_| records(text)) {
                reasons.push(format!(
                    "uppgifter om flera personer (en lista eller tabell) lämnas till AI:n för en \
                     användning som gäller dem (AI-förordningen: {}, {}) ger nivå 1",
                    u.kind.label_sv(),
                    u.area.id()
                ));
                level = Level::L1;
            }
        }

        // A criminal case before the police or a court (assess the witnesses, propose the
        // sentence) over the offences of a person it names: the case file of a criminal
        // investigation or trial, level 3 (OSL 18 and 35 kap.)
        if level == Level::L2 {
            // (not a forbidden profiling or a camera's: those are judged below and above)
            let criminal_case = uses
                .iter()
                .any(|u| matches!(u.area, UseArea::LawEnforcement | UseArea::JusticeDemocracy))
                && !uses.iter().any(|u| {
                    u.kind == UseKind::Prohibited
                        || matches!(
                            u.area,
                            UseArea::Biometrics | UseArea::EssentialServices | UseArea::Education
                        )
                });
            let offence = found_at(Category::CriminalOffence, Level::L2);
            // (a labelled field names the accused even on the last lines: "Tilltalad: Jimmy
            // Ekholm, 19 år")
            let labelled = |i: usize| {
                let ls = text[..i.min(text.len())].rfind('\n').map_or(0, |p| p + 1);
                text.get(ls..i).is_some_and(|l| l.contains(':'))
            };
            let person = findings.iter().any(|f| {
                matches!(
                    f.category,
                    Category::Personnummer | Category::Samordningsnummer
                ) || f.category == Category::PersonName
                    && f.score >= 0.9
                    && (labelled(f.start) || !signature(text, f.start))
            });
            if criminal_case && offence && person {
                reasons.push(
                    "uppgifter om brott som en namngiven person är misstänkt eller åtalad för, \
                     i en begäran om bedömning i ett brottmål, ger nivå 3"
                        .to_string(),
                );
                level = Level::L3;
            }
        }

        // A forbidden profiling of the people the text names (predict which of these pupils
        // will commit crimes, score each tenant's trustworthiness) over what it says of their
        // children, crimes, health or social situation: the profile is case data about
        // each of them, level 3.
        if level == Level::L2 {
            let profiled = uses.iter().any(|u| {
                u.kind == UseKind::Prohibited
                    && matches!(
                        u.area,
                        UseArea::CrimePrediction
                            | UseArea::SocialScoring
                            | UseArea::BiometricCategorisation
                    )
            });
            let about = |c: Category| found_at(c, Level::L1);
            let named = findings
                .iter()
                .filter(|f| f.category == Category::PersonName && f.level >= Level::L1)
                .count()
                >= 2;
            let facts = [
                Category::Child,
                Category::CriminalOffence,
                Category::SocialConditions,
                Category::Health,
                Category::Ethnicity,
            ]
            .into_iter()
            .filter(|&c| about(c))
            .count();
            // (or one young person, unnamed or named once, whose offences stand at their full
            // level near them: "Elias (15) … storebror dömd för rån", "en 16-åring i mitt
            // ärende")
            let young_offender = uses.iter().any(|u| u.area == UseArea::CrimePrediction)
                && found_at(Category::Child, Level::L2)
                && found_at(Category::CriminalOffence, Level::L2);
            if profiled && (named && facts >= 2 || young_offender) {
                reasons.push(
                    "en förbjuden profilering (AI-förordningen) av namngivna personer utifrån \
                     uppgifter om barn, brott, hälsa eller sociala förhållanden ger nivå 3"
                        .to_string(),
                );
                level = Level::L3;
            }
        }

        // sammanställning (GBG-4)
        // distinct values: a person named ten times in a letter is one person, not a list
        let mut values: Vec<(Category, &str)> = findings
            .iter()
            .map(|f| (f.category, f.text(text)))
            .collect();
        values.sort_unstable();
        values.dedup();
        let mut counts: BTreeMap<Category, usize> = BTreeMap::new();
        for (c, _) in values {
            *counts.entry(c).or_default() += 1;
        }
        if let Some((raised, why)) = compilation_lift(&counts, level) {
            reasons.push(format!(
                "sammanställning: {why} i samma text höjer nivån till {}",
                raised.as_u8()
            ));
            level = raised;
        }
    }

    if reasons.is_empty() {
        reasons.push("inga personuppgifter eller känsliga uppgifter hittades: nivå 0".to_string());
    }
    Analysis {
        level,
        findings,
        reasons,
        uses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_of_days_around_new_year() {
        // 2026-12-31 is day 20818 since 1970-01-01, 2027-01-01 is day 20819
        assert_eq!(year_of_day(20_818), 2026);
        assert_eq!(year_of_day(20_819), 2027);
        assert_eq!(year_of_day(19_723), 2024); // 2024-01-01
        assert_eq!(year_of_day(19_722), 2026); // 2023-12-31: before 2024, the fallback
        assert_eq!(year_of_day(0), 2026); // a clock at 1970: the fallback
        assert!(current_year() >= 2026);
    }

    fn f(c: Category, s: usize, e: usize) -> Finding {
        Finding::new(c, s, e, 0.9)
    }

    #[test]
    fn overlapping_identifiers_merge() {
        let a = classify(
            "",
            vec![f(Category::Iban, 0, 24), f(Category::Personnummer, 4, 14)],
            vec![],
        );
        assert_eq!(a.findings.len(), 1);
        assert_eq!(a.findings[0].category, Category::Iban);
        let a = classify(
            "",
            vec![f(Category::Personnummer, 0, 11), f(Category::Phone, 0, 11)],
            vec![],
        );
        assert_eq!(a.findings[0].category, Category::Personnummer);
        assert_eq!(a.findings.len(), 1);
    }

    #[test]
    fn levels_and_reasons() {
        let a = classify("", vec![f(Category::Personnummer, 0, 11)], vec![]);
        assert_eq!(a.level, Level::L2);
        assert_eq!(
            a.reasons,
            vec!["personnummer (extra skyddsvärd personuppgift) ger nivå 2"]
        );
        let a = classify("", vec![f(Category::OrgNumber, 0, 11)], vec![]);
        assert_eq!(a.level, Level::L0);
        let a = classify("", vec![], vec![]);
        assert_eq!(a.level, Level::L0);
        assert!(!a.reasons.is_empty());
    }

    #[test]
    fn faces_handed_over_for_identification_are_1() {
        let t =
            "Jag laddar upp tre stillbilder från övervakningskameran och alla passerkortsfoton. \
                 Jämför ansiktet på kamerabilderna med passerkortsfotona och säg vem det är.";
        let a = crate::Engine::shared().analyze(t);
        assert_eq!(a.level, Level::L1, "{:?}", a.reasons);
        // a requirement for such a system, with no pictures handed over, stays open
        let t =
            "Kravspecifikation: systemet ska jämföra ansikten i kamerabilder med passerkortsfoton.";
        let a = crate::Engine::shared().analyze(t);
        assert_eq!(a.level, Level::L0, "{:?}", a.reasons);
    }

    #[test]
    fn a_criminal_case_put_to_the_ai_is_3() {
        let t = "Jag är notarie på tingsrätten. Utifrån uppgifterna nedan, vilken påföljd borde rätten döma \
                 till? Ge ett förslag med straffvärde i månader.\n\n\
                 Tilltalad: Jimmy Ekholm, 19 år\nÅtal: grov stöld, ringa narkotikabrott";
        let a = crate::Engine::shared().analyze(t);
        assert_eq!(a.level, Level::L3, "{:?}", a.reasons);
        // the same offences in a request to summarise a court's public judgment stay at 2
        let t = "Sammanfatta domen i klarspråk: Jimmy Ekholm döms för grov stöld till \
                 villkorlig dom.";
        let a = crate::Engine::shared().analyze(t);
        assert_eq!(a.level, Level::L2, "{:?}", a.reasons);
    }

    #[test]
    fn forbidden_profiling_of_named_children_is_3() {
        let l2 = |c: Category, s: usize| {
            let mut x = f(c, s, s + 5);
            x.level = Level::L2;
            x
        };
        let findings = || {
            vec![
                f(Category::PersonName, 0, 10),
                f(Category::PersonName, 40, 50),
                l2(Category::Child, 60),
                l2(Category::CriminalOffence, 70),
            ]
        };
        let predict = |kind: UseKind, area: UseArea| Use {
            kind,
            area,
            start: 100,
            end: 120,
        };
        let a = classify(
            "",
            findings(),
            vec![predict(UseKind::Prohibited, UseArea::CrimePrediction)],
        );
        assert_eq!(a.level, Level::L3, "{:?}", a.reasons);
        // a high-risk use (not a forbidden profile) stays at 2
        let a = classify(
            "",
            findings(),
            vec![predict(UseKind::HighRisk, UseArea::Education)],
        );
        assert_eq!(a.level, Level::L2);
        // one fact about them is not a profile
        let mut one = findings();
        one.pop();
        let a = classify(
            "",
            one,
            vec![predict(UseKind::Prohibited, UseArea::CrimePrediction)],
        );
        assert_eq!(a.level, Level::L2);
        // one young person, named once or not at all, whose offences stand at level 2
        let a = crate::Engine::shared().analyze(
            "Utifrån det här, hur stor är risken i procent att Elias (15) begår ett grövre \
             våldsbrott inom ett år?\n- snattat 2 ggr, ringa narkotikabrott i våras\n- storebror \
             dömd för rån",
        );
        assert_eq!(a.level, Level::L3, "{:?} {:?}", a.reasons, a.uses);
    }

    #[test]
    fn special_category_with_person_is_3() {
        let mut h = f(Category::Health, 20, 30);
        h.level = Level::L2;
        let a = classify("", vec![f(Category::PersonName, 0, 10), h.clone()], vec![]);
        assert_eq!(a.level, Level::L3);
        assert!(
            a.reasons
                .iter()
                .any(|r| r.contains("tillsammans med personnamn")),
            "{:?}",
            a.reasons
        );
        let a = classify("", vec![h], vec![]);
        assert_eq!(a.level, Level::L2);
        let mut general = f(Category::Health, 20, 30);
        general.level = Level::L1;
        let a = classify("", vec![f(Category::Email, 0, 10), general], vec![]);
        assert_eq!(
            a.level,
            Level::L1,
            "a general mention of health is not about the person"
        );
    }

    #[test]
    fn compilation_lift_is_the_rule_alone() {
        use Category::*;
        let c = |xs: &[(Category, usize)]| xs.iter().copied().collect::<BTreeMap<_, _>>();
        let six = c(&[(Personnummer, 4), (Samordningsnummer, 2)]);
        let (l, why) = compilation_lift(&six, Level::L2).expect("6 pnr lift");
        assert_eq!(
            (l, why.as_str()),
            (Level::L3, "6 personnummer eller samordningsnummer")
        );
        assert_eq!(compilation_lift(&six, Level::L3), None);
        // five are no compilation yet
        let five = c(&[(Personnummer, 3), (Samordningsnummer, 2)]);
        assert_eq!(compilation_lift(&five, Level::L2), None);
        // org numbers and content are not personal identifiers
        let fifteen = c(&[(Phone, 9), (Email, 6), (OrgNumber, 30), (Health, 9)]);
        assert_eq!(
            compilation_lift(&fifteen, Level::L1),
            Some((Level::L2, "15 personuppgifter".to_string()))
        );
        // (a staff list of fourteen contact details is no register extract yet)
        let fourteen = c(&[(Phone, 8), (Email, 6)]);
        assert_eq!(compilation_lift(&fourteen, Level::L1), None);
        // a signature block (contact details only) is no profile
        let contact = c(&[(PersonName, 1), (Phone, 1), (Email, 1), (Address, 1)]);
        assert_eq!(compilation_lift(&contact, Level::L1), None);
        // four kinds: one level up, at most to 2
        let kinds = c(&[
            (LicensePlate, 1),
            (PassportNumber, 1),
            (Email, 1),
            (Address, 1),
        ]);
        assert_eq!(
            compilation_lift(&kinds, Level::L1).map(|x| x.0),
            Some(Level::L2)
        );
        assert_eq!(compilation_lift(&kinds, Level::L2), None);
        // names count half: the members at a meeting are no register extract
        let names = c(&[(PersonName, 12)]);
        assert_eq!(compilation_lift(&names, Level::L1), None);
        let contacts = c(&[(PersonName, 10), (Phone, 10)]);
        assert_eq!(
            compilation_lift(&contacts, Level::L1).map(|x| x.0),
            Some(Level::L2)
        );
        // four people's names, home addresses and phone numbers: a register of homes, at
        // most 2; three people's are a contact list
        let homes = c(&[(PersonName, 4), (Address, 4), (Phone, 5)]);
        assert_eq!(
            compilation_lift(&homes, Level::L1).map(|x| x.0),
            Some(Level::L2)
        );
        assert_eq!(compilation_lift(&homes, Level::L2), None);
        let three_homes = c(&[(PersonName, 3), (Address, 3), (Phone, 3)]);
        assert_eq!(compilation_lift(&three_homes, Level::L1), None);
        // a zero count is no kind
        let three = c(&[(Phone, 1), (Email, 1), (Address, 1), (PersonName, 0)]);
        assert_eq!(compilation_lift(&three, Level::L0), None);
    }

    #[test]
    fn compilations_raise_one_level() {
        // distinct values under every span (the rule counts distinct values)
        let text: String = (0..256u32)
            .map(|i| char::from(b'A' + (i % 26) as u8))
            .collect();
        let text = text.as_str();
        let many: Vec<Finding> = (0..6)
            .map(|k| f(Category::Personnummer, k * 20, k * 20 + 11))
            .collect();
        let a = classify(text, many, vec![]);
        assert_eq!(a.level, Level::L3);
        assert!(a
            .reasons
            .iter()
            .any(|r| r.starts_with("sammanställning: 6 personnummer")));
        let many: Vec<Finding> = (0..15)
            .map(|k| f(Category::Email, k * 17, k * 17 + 11))
            .collect();
        assert_eq!(classify(text, many, vec![]).level, Level::L2);
        let mut kinds = vec![
            f(Category::PersonName, 0, 5),
            f(Category::Address, 10, 15),
            f(Category::Phone, 20, 25),
            f(Category::Email, 30, 35),
        ];
        assert_eq!(classify(text, kinds.clone(), vec![]).level, Level::L1);
        kinds.push(f(Category::LicensePlate, 36, 39));
        kinds.push(f(Category::PassportNumber, 40, 45));
        assert_eq!(classify(text, kinds.clone(), vec![]).level, Level::L2);
        // a profile with a personnummer is already 2; the kinds rule does not make it 3
        let mut with_pnr = kinds;
        with_pnr.push(f(Category::Personnummer, 46, 57));
        assert_eq!(classify(text, with_pnr, vec![]).level, Level::L2);
        let few: Vec<Finding> = (0..4)
            .map(|k| f(Category::Personnummer, k * 20, k * 20 + 11))
            .collect();
        assert_eq!(classify(text, few, vec![]).level, Level::L2);
        // one person named again and again is no list
        let same = "Anna Berg. ".repeat(30);
        let again: Vec<Finding> = (0..30)
            .map(|k| f(Category::PersonName, k * 11, k * 11 + 9))
            .collect();
        assert_eq!(classify(&same, again, vec![]).level, Level::L1);
    }

    #[test]
    fn a_minors_personnummer_is_child_data() {
        let y = current_year() - 10;
        let text = format!("Elev {y}0113-1181 och vuxen 19790725-2691");
        let kid = f(Category::Personnummer, 5, 18);
        let adult = f(Category::Personnummer, 28, 41);
        let a = classify(&text, vec![kid, adult], vec![]);
        let kids: Vec<&Finding> = a
            .findings
            .iter()
            .filter(|x| x.category == Category::Child)
            .collect();
        assert_eq!(kids.len(), 1, "{:?}", a.findings);
        assert_eq!(kids[0].start, 5);
        assert_eq!(birth_year("790725-2691"), Some(1979));
        assert_eq!(birth_year("120101+1234"), Some(1912));
        assert_eq!(birth_year("not a number"), None);
    }

    #[test]
    fn security_classified_is_4() {
        let many: Vec<Finding> = (0..6)
            .map(|k| f(Category::Personnummer, k * 20, k * 20 + 11))
            .chain([f(Category::SecurityClassified, 200, 210)])
            .collect();
        assert_eq!(classify("", many, vec![]).level, Level::L4);
    }
}
