//! How a text states a protected identity: the family's own words, a condition, a question.

/// Whether "vi har" (or "familjen har", "jag och mina två barn har") stands right before
/// `at`, after a sentence start: a family stating its own protected identity ("Vi har
/// skyddade personuppgifter").
pub(super) fn we_have(t: &[u8], at: usize) -> bool {
    let before = &t[..at];
    if me_and_mine_have(before) {
        return true;
    }
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

/// Whether `before` ends with "jag och … har " in a clause of its own: the writer and the
/// family ("Jag och mina två barn har", "jag och barnen har").
fn me_and_mine_have(before: &[u8]) -> bool {
    let Some(rest) = before.strip_suffix(b" har ") else {
        return false;
    };
    let from = rest
        .iter()
        .rposition(|&b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b','))
        .map_or(0, |p| p + 1);
    let clause = rest[from..].trim_ascii_start();
    clause.len() <= 40
        && (clause.starts_with(b"Jag och ") || clause.starts_with(b"jag och "))
        && clause.split(|&b| b == b' ').count() <= 5
}

/// Whether the protected-identity term at `at` is stated of someone in its sentence
/// (`s..e`): right after "har", with no condition or relative clause among the four words
/// before ("om personen har", "där den enskilde har", "när eleven har"), not after "en/ett/
/// alla/den/de … som har" (anyone who has it), and not in a question or a FAQ's question ("Jag
/// har skyddade personuppgifter. Hur söker jag?").
pub(super) fn protected_stated(t: &[u8], s: usize, e: usize, at: usize) -> bool {
    protection_said(t, s, e, at).is_some_and(|p| p.stated)
}

/// Whether "… har <protection>" is said as a condition: "Kontrollera i Navet om personen har
/// skyddade personuppgifter", "när eleven har skyddad identitet" (a routine's case, no one's).
pub(super) fn protection_conditional(t: &[u8], s: usize, e: usize, at: usize) -> bool {
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
        .any(|w| is(w, &[b"om", "när".as_bytes(), b"ifall", "där".as_bytes()]));
    Some(ProtectionSaid {
        stated: !condition && !anyone && !question,
        if_clause,
    })
}

/// Whether the protection term at `at` (in the sentence from `s`) is said of one person by a
/// reference to them, not by a condition: "Brukaren med skyddad identitet som flyttat …", "vi
/// har en ny medarbetare med skyddad identitet", "mannen som anmälde hoten … har skyddad
/// identitet", a name and the protection in brackets ("Anna (skyddad identitet, …)").
/// Not "personer med …", "om en elev med …", "den som har …".
pub(super) fn protected_of_someone(t: &[u8], s: usize, at: usize) -> bool {
    let before = t[s..at].trim_ascii_end();
    let is = |w: &[u8], xs: &[&str]| xs.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()));
    // (no condition anywhere before it in its sentence)
    let conditional = before
        .split(|&c| !c.is_ascii_alphabetic() && c < 0x80)
        .any(|w| {
            is(
                w,
                &["om", "när", "ifall", "vid", "den", "de", "alla", "varje"],
            )
        });
    if conditional {
        return false;
    }
    // "(skyddad identitet" right after a capitalised word
    if before.ends_with(b"(") {
        let name = before[..before.len() - 1].trim_ascii_end();
        let w = name
            .rsplit(|&c| c == b' ' || c == b'\n')
            .next()
            .unwrap_or(&[]);
        return w.first().is_some_and(u8::is_ascii_uppercase);
    }
    const ONE: &[&str] = &[
        "brukaren",
        "medarbetaren",
        "eleven",
        "barnet",
        "klienten",
        "kvinnan",
        "mannen",
        "patienten",
        "hyresgästen",
        "sökanden",
        "mamman",
        "pappan",
        "flickan",
        "pojken",
        "kollegan",
        "vikarien",
        "familjen",
    ];
    let words: Vec<&[u8]> = before
        .rsplit(|&c| c == b' ' || c == b'\n' || c == b',')
        .filter(|w| !w.is_empty())
        .take(10)
        .collect();
    match words.first() {
        // "brukaren med skyddad identitet", "en ny medarbetare med …" (not "för medarbetare
        // med …": a newcomer, not anyone)
        Some(w) if is(w, &["med"]) => words.get(1).is_some_and(|r| {
            is(r, ONE)
                || is(r, &["medarbetare", "kollega", "elev", "brukare"])
                    && words.get(2).is_some_and(|n| is(n, &["ny", "nya"]))
        }),
        // "mannen som anmälde hoten … har skyddad identitet"
        Some(w) if is(w, &["har"]) => words[1..].iter().any(|r| is(r, ONE)),
        _ => false,
    }
}

/// Whether the protection term at `at` stands on a row that opens with a name ("Juni Skoglund |
/// SKYDDADE PERSONUPPGIFTER – ring ALDRIG VH"): that person's protection, whatever rule follows
/// it. `everyone` is the text's names, sorted by start.
pub(super) fn on_a_named_row(t: &[u8], at: usize, everyone: &[(usize, usize)]) -> bool {
    // (the first name at or after the line's start)
    let ls = crate::language::tokens::line_start(t, at);
    let k = everyone.partition_point(|&(ps, _)| ps < ls);
    everyone
        .get(k)
        .is_some_and(|&(ps, pe)| pe <= at && t[ls..ps].trim_ascii().is_empty())
}

/// Whether the protection term at `at` follows a group of people ("Sms skickas inte för
/// elever med skyddade personuppgifter", "rutin för barn med skyddade personuppgifter"):
/// whoever of them has it, no one in particular.
pub(super) fn protection_of_a_group(t: &[u8], at: usize) -> bool {
    const GROUPS: &[&str] = &[
        "elever",
        "barn",
        "brukare",
        "patienter",
        "medarbetare",
        "anställda",
        "klienter",
        "invånare",
        "kunder",
        "familjer",
        "vårdnadshavare",
        "sökande",
        "alla",
    ];
    let Some(before) = t[..at].trim_ascii_end().strip_suffix(b" med") else {
        return false;
    };
    crate::language::tokens::prev_word(t, before.len())
        .is_some_and(|(_, w)| crate::language::tokens::one_of_ci(w, GROUPS))
}
