//! Credentials: passwords after "lösenord:"/"password=", API keys of common providers,
//! private key blocks, JWTs and connection strings with a password.
//!
//! No pass of its own over the text for most of them: the engine's byte scan already
//! stops at `:`, `=`, `_` and `-`, and [`at_trigger`] checks there for `://` (connection
//! strings), a password word before `:`/`=`, `ghp_`/`github_pat_`/`sk_live_`, `sk-`,
//! `xoxb-` and `-----BEGIN`. Keys that start with letters only (`AKIA`, `ASIA`, `AIza`,
//! `eyJ`) and "lösenordet är …" are found by [`CredentialFinder`] in one Aho-Corasick
//! pass over six patterns, which its SIMD prefilter skips through at memory speed.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Anchor {
    Aws,
    Google,
    Jwt,
    PasswordIs,
    /// "lösen", "inloggning", "login", "password" in prose: a password-shaped word follows.
    Login,
    /// "losen" (written without dots): a login word when it starts a word with an `l`.
    LoginBare,
    /// "kontot", "account": a `user / password` pair follows.
    Account,
    /// "loggar in med": a `user / password` pair, or a password alone.
    LoginWith,
    /// "snmp community", "pre-shared-key": a secret follows in configuration syntax.
    Config,
    /// "kod", "koden", "portkod" in prose about a door or a key box: digits follow.
    Code,
    /// "admin / ", "root / ": a device's default account, its password after the slash
    /// ("fabriksinloggning: admin / 12345", "| AXIS M3045 | root / pass |").
    DefaultPair,
    /// `ConvertTo-SecureString "…"`, `-Password "…"`, `--password …`: a password follows.
    Argument,
    /// "nyckel", "token" and a space: a key of 12+ mixed characters follows.
    Key,
}

/// The letter-only anchors, searched in one pass. Few patterns keep the prefilter exact
/// on their first three bytes, so prose is skipped at memory speed.
pub(crate) struct CredentialFinder {
    ac: AhoCorasick,
}

const ANCHORS: &[(&str, Anchor)] = &[
    ("AKIA", Anchor::Aws),
    ("ASIA", Anchor::Aws),
    ("AIza", Anchor::Google),
    ("eyJ", Anchor::Jwt),
    ("ösenord", Anchor::PasswordIs),
    ("osenord", Anchor::PasswordIs),
    ("osen", Anchor::LoginBare),
    ("ösen", Anchor::Login),
    ("nlogg", Anchor::Login),
    ("ogin", Anchor::Login),
    ("assword", Anchor::Login),
    ("konto", Anchor::Account),
    ("ccount", Anchor::Account),
    // "loggar in med drift_ps / Kvarn!bck2026"
    ("oggar in med", Anchor::LoginWith),
    ("ogga in med", Anchor::LoginWith),
    ("oggade in med", Anchor::LoginWith),
    // "logga in i HMI:n: jourVA / Kvarnbo#2025!", "användare drift / Pump2024!"
    ("ogga in i ", Anchor::LoginWith),
    ("nvändare ", Anchor::Account),
    // "Använd lokala admin: .\\adm_local / Vinter#2026!hist"
    ("admin / ", Anchor::DefaultPair),
    ("root / ", Anchor::DefaultPair),
    // "Routern har fortfarande admin/admin"
    ("admin/", Anchor::DefaultPair),
    ("root/", Anchor::DefaultPair),
    ("admin ", Anchor::Account),
    ("kod ", Anchor::Code),
    ("koden ", Anchor::Code),
    // "kodlås 8825", "nyckelgömma 0913" in a home-care list
    ("kodlås ", Anchor::Code),
    ("nyckelgömma ", Anchor::Code),
    ("Kod ", Anchor::Code),
    ("Koden ", Anchor::Code),
    // "Dra ditt lånekort i läsaren vid entrén. Slå din personliga kod: 4190"
    ("kod: ", Anchor::Code),
    // a table's last header cell: "Nr  Namn  Nyckel  Larmkod\n"
    ("kod\n", Anchor::Code),
    ("community ", Anchor::Config),
    ("pre-shared-key ", Anchor::Config),
    // network equipment: "enable secret 9 $9$…", "username x secret 5 $1$…", "password 7 0822…"
    ("secret 5 ", Anchor::Config),
    ("secret 8 ", Anchor::Config),
    ("secret 9 ", Anchor::Config),
    ("password 7 ", Anchor::Config),
    ("password 0 ", Anchor::Config),
    // FortiGate "set psksecret …", Cisco "key-string …", "wpa-psk …"
    ("psksecret ", Anchor::Config),
    // redis-server --requirepass … (also as a compose file's list: "--requirepass", "…")
    ("requirepass ", Anchor::Config),
    ("requirepass\", ", Anchor::Config),
    ("key-string ", Anchor::Config),
    ("wpa-psk ", Anchor::Config),
    // PowerShell and command lines
    ("SecureString ", Anchor::Argument),
    ("-Password ", Anchor::Argument),
    ("-password ", Anchor::Argument),
    // "nyckel sk_vv_7f3Q9xLm2RtB8wPz", "token Zx81kQ…": a key written after the word
    ("nyckel ", Anchor::Key),
    ("nyckeln ", Anchor::Key),
    ("token ", Anchor::Key),
];

fn is_b64url(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'_'
}

fn run(b: &[u8], from: usize, ok: impl Fn(u8) -> bool, max: usize) -> usize {
    let mut e = from;
    while e < b.len() && e - from < max && ok(b[e]) {
        e += 1;
    }
    e
}

/// The end of the word that holds an anchor ending at `e` ("Inloggning", "testkontot").
fn word_rest(b: &[u8], e: usize) -> usize {
    run(b, e, |c| c.is_ascii_alphabetic() || c >= 0x80, usize::MAX)
}

/// `e` moved back over closing punctuation after a value (`.` `,` `;` `)` and quotes).
fn trim_closing(b: &[u8], s: usize, mut e: usize) -> usize {
    while e > s && matches!(b[e - 1], b'.' | b',' | b';' | b')' | b'"' | b'\'') {
        e -= 1;
    }
    e
}

fn starts_word(b: &[u8], s: usize) -> bool {
    s == 0 || !(b[s - 1].is_ascii_alphanumeric() || b[s - 1] >= 0x80 || b[s - 1] == b'-')
}

fn ends_word(b: &[u8], e: usize) -> bool {
    e >= b.len() || !(b[e].is_ascii_alphanumeric() || b[e] >= 0x80 || b[e] == b'_')
}

/// A key: `min..=max` chars of `ok` after the prefix `s..e`, standing alone.
fn key(
    b: &[u8],
    s: usize,
    e: usize,
    min: usize,
    max: usize,
    ok: fn(u8) -> bool,
) -> Option<(usize, usize, f32)> {
    if !starts_word(b, s) {
        return None;
    }
    let end = run(b, e, ok, max + 1);
    (end - e >= min && end - e <= max && ends_word(b, end)).then_some((s, end, 0.97))
}

impl CredentialFinder {
    pub(crate) fn new() -> CredentialFinder {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(ANCHORS.iter().map(|a| a.0))
            .expect("credential anchors compile");
        CredentialFinder { ac }
    }

    /// Calls `emit(start, end, score)` for each credential with a letter-only prefix.
    pub(crate) fn find(&self, text: &[u8], mut emit: impl FnMut(usize, usize, f32)) {
        let mut after = 0;
        for m in self.ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let anchor = ANCHORS[m.pattern().as_usize()].1;
            // a table's header cell that names passwords or codes: its column below (also
            // when a login word above has taken the first value already)
            // (a column whose cells hold no bare code, "port 2478, nyckelgömma 0913", is
            // read word by word below)
            if matches!(anchor, Anchor::PasswordIs | Anchor::Login | Anchor::Code) {
                let mut emitted = false;
                let col = column_below(text, s, after, &mut |vs, ve, score| {
                    emitted = true;
                    emit(vs, ve, score)
                });
                if let Some(end) = col.filter(|_| emitted) {
                    after = after.max(end);
                    continue;
                }
            }
            if s < after {
                continue;
            }
            let found = match anchor {
                Anchor::Aws => key(text, s, e, 16, 16, |c| {
                    c.is_ascii_uppercase() || c.is_ascii_digit()
                }),
                Anchor::Google => key(text, s, e, 35, 35, is_b64url),
                Anchor::Jwt => jwt(text, s, e),
                Anchor::PasswordIs => password_is(text, s, e)
                    .or_else(|| shaped_after(text, e))
                    .or_else(|| strong_near(text, e))
                    .or_else(|| owned_above(text, s)),
                Anchor::Login => password_stated(text, e)
                    .or_else(|| shaped_after(text, e))
                    .or_else(|| strong_near(text, e))
                    .or_else(|| lone_line_below(text, e))
                    .or_else(|| owned_above(text, s)),
                // "mitt losen ar Tallbacken1963": `l` + "osen" at a word start
                Anchor::LoginBare => {
                    (s > 0 && text[s - 1].eq_ignore_ascii_case(&b'l') && starts_word(text, s - 1))
                        .then(|| shaped_after(text, e).or_else(|| strong_near(text, e)))
                        .flatten()
                }
                // "--password flag" in a manual is a word, "-Password 'Vinter2026!'" a value
                Anchor::Argument => value_from(text, e, true).filter(|&(vs, ve, _)| {
                    let v = &text[vs..ve];
                    v.iter()
                        .any(|c| c.is_ascii_digit() || b"!#$%&*+?=~^".contains(c))
                        || (vs > 0 && matches!(text[vs - 1], b'"' | b'\''))
                }),
                // (an anchor ending in a space: the account name is the next word)
                Anchor::Account => account_pair(text, e - usize::from(text[e - 1] == b' '))
                    .or_else(|| lone_line_below(text, e)),
                Anchor::LoginWith => account_pair(text, e).or_else(|| shaped_after(text, e)),
                Anchor::Config => config_secret(text, s, e),
                // (a one-time code's "kod": "engångskoden", "sms-kod")
                Anchor::Code if one_time(text, s) => otp_code(text, e),
                Anchor::Code => door_code(text, s, e),
                Anchor::DefaultPair => default_pair(text, s, e),
                // (from the space the anchor ends with: the key itself is no rest of its word)
                Anchor::Key => shaped_after(text, e - 1).filter(|&(vs, ve, _)| ve - vs >= 12),
            };
            if let Some((s, e, score)) = found {
                emit(s, e, score);
                after = e;
            }
        }
    }
}

/// [`super::secret_column::secrets_below`] for the anchor at `s`, emitting only values at or
/// after `taken` (kept out of the finder's loop: most anchors stand in prose).
#[cold]
#[inline(never)]
fn column_below(
    text: &[u8],
    s: usize,
    taken: usize,
    emit: &mut impl FnMut(usize, usize, f32),
) -> Option<usize> {
    super::secret_column::secrets_below(text, s, |vs, ve, score| {
        if vs >= taken {
            emit(vs, ve, score);
        }
    })
}

/// Checks for a credential at a `:`, `=`, `_` or `-` at `i` (the engine's scan stops there).
pub(crate) fn at_trigger(b: &[u8], i: usize) -> Option<(usize, usize, f32)> {
    let before = |n: usize, w: &[u8]| i >= n && &b[i - n..i] == w;
    let after = |w: &[u8]| b.get(i + 1..i + 1 + w.len()) == Some(w);
    match b[i] {
        b':' if after(b"//") => url(b, i, i + 3),
        // "Nyckelskåp vid grind: 7390", "Larmpanel entré: 2418#": a code after a door label
        b':' => match word_before(b, i) {
            Some(v) => secret_value(b, i, v),
            None => door_label(b, i),
        },
        b'=' => secret_value(b, i, word_before(b, i)?),
        b'_' => {
            if i >= 3 && matches!(&b[i - 3..i], b"ghp" | b"gho" | b"ghu" | b"ghs" | b"ghr") {
                key(b, i - 3, i + 1, 30, 255, |c| c.is_ascii_alphanumeric())
            } else if before(6, b"github") && after(b"pat_") {
                key(b, i - 6, i + 5, 22, 255, |c| {
                    c.is_ascii_alphanumeric() || c == b'_'
                })
            } else if (before(2, b"sk") || before(2, b"rk")) && after(b"live_") {
                key(b, i - 2, i + 6, 16, 255, |c| c.is_ascii_alphanumeric())
            } else if before(2, b"hf") {
                // a Hugging Face access token (letters only, so no "mixed" test applies)
                key(b, i - 2, i + 1, 24, 64, |c| c.is_ascii_alphanumeric())
            } else if before(3, b"gsk") {
                // a Groq API key
                key(b, i - 3, i + 1, 24, 80, |c| c.is_ascii_alphanumeric())
            } else {
                None
            }
        }
        b'-' => {
            if b[i..].starts_with(b"-----BEGIN") {
                pem(b, i, i + 10)
            } else if before(2, b"sk") {
                key(b, i - 2, i + 1, 20, 200, is_b64url)
            } else if i >= 4
                && (matches!(
                    &b[i - 4..i],
                    b"xoxb" | b"xoxp" | b"xoxa" | b"xoxr" | b"xoxs" | b"xapp"
                ))
            {
                key(b, i - 4, i + 1, 10, 255, |c| {
                    c.is_ascii_alphanumeric() || c == b'-'
                })
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The end of a BitLocker recovery key starting at `i`: eight groups of six digits joined
/// by hyphens, standing alone (the digits are not checked: keys are retyped and redacted).
pub(crate) fn recovery_key(b: &[u8], i: usize) -> Option<usize> {
    const LEN: usize = 8 * 6 + 7;
    let key = b.get(i..i + LEN)?;
    let shaped = key.iter().enumerate().all(|(k, &c)| {
        if k % 7 == 6 {
            c == b'-'
        } else {
            c.is_ascii_digit()
        }
    });
    let alone = !b
        .get(i + LEN)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-');
    (shaped && alone).then_some(i + LEN)
}

/// The value after the separator at `i` that the key word before it announces.
fn secret_value(b: &[u8], i: usize, v: Value) -> Option<(usize, usize, f32)> {
    match v {
        Value::Password => value_from(b, i + 1, true),
        Value::Secret => {
            value_from(b, skip_scheme(b, i + 1), false).or_else(|| literal_on_line(b, i + 1))
        }
        // "pw: Tr0ub4dor&3", not "Pass: kväll"
        // (or any quoted value: `IG_PASS = "Kvarnb@cken!2027"`)
        Value::Shaped => value_from(b, i + 1, true).filter(|&(vs, ve, _)| {
            password_shaped(&b[vs..ve], 6) || (vs > 0 && matches!(b[vs - 1], b'"' | b'\''))
        }),
    }
}

/// Words of doors, gates, key boxes and alarms that make a line's label a code's
/// ("Nyckelrör vid dörr: 5561", "Servicekod för entréerna: 4471#"), lower case. Not
/// "port" alone: "Port: 8443" is a network port.
const DOOR_LABELS: &[&[u8]] = &[
    "dörr".as_bytes(),
    b"grind",
    b"nyckel",
    b"larm",
    "entré".as_bytes(),
    "kodlås".as_bytes(),
    b"passage",
    b"portkod",
    b"porten",
    b"bommen",
    "ingång".as_bytes(),
    "förråd".as_bytes(),
    "skåp".as_bytes(),
];

/// Words after a number that make it an amount or a measure, not a code.
const UNITS: &[&[u8]] = &[
    b"kr",
    b"kronor",
    b"sek",
    b"st",
    b"m",
    b"m2",
    b"kvm",
    b"kg",
    b"km",
    b"mil",
    "år".as_bytes(),
    b"dagar",
    b"min",
    b"timmar",
    b"tim",
    b"h",
    b"kwh",
    b"liter",
];

/// A code of 4–8 digits (maybe with `#`/`*`) ending the line or its clause after a label
/// of at most 90 bytes that names a door, a gate, a key box or an alarm.
fn door_label(b: &[u8], i: usize) -> Option<(usize, usize, f32)> {
    let mut p = i + 1;
    while p < b.len() && b[p] == b' ' {
        p += 1;
    }
    if !b.get(p).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let de = run(b, p, |c| c.is_ascii_digit(), 9);
    if !(4..=8).contains(&(de - p)) {
        return None;
    }
    let ve = if matches!(b.get(de), Some(b'#' | b'*')) {
        de + 1
    } else {
        de
    };
    // the code ends its line or clause: not a date, time, amount or phone number
    let ends = match b.get(ve) {
        None | Some(b'\n' | b'\r') => true,
        Some(b',' | b';' | b')') => true,
        Some(b'.') => !b.get(ve + 1).is_some_and(u8::is_ascii_digit),
        // "2418#, avlarma inom 30 s", "5561 (byts i mars)", not "1200 kr" or "1200 st"
        Some(b' ') => {
            let next = &b[ve + 1..run(b, ve + 1, |c| c.is_ascii_alphanumeric() || c >= 0x80, 8)];
            !matches!(b.get(ve + 1), Some(b'0'..=b'9' | b'-' | b'%'))
                && !UNITS.iter().any(|u| next.eq_ignore_ascii_case(u))
        }
        _ => false,
    };
    if !ends {
        return None;
    }
    // a year ("Larm installerat: 2019") is no code
    if de - p == 4 && matches!(&b[p..p + 2], b"19" | b"20") {
        return None;
    }
    let ls = memchr::memrchr(b'\n', &b[i.saturating_sub(90)..i])
        .map_or(i.saturating_sub(90), |k| i.saturating_sub(90) + k + 1);
    let mut low = [0u8; 96];
    let label = &b[ls..i];
    let low = &mut low[..label.len()];
    super::context::lower_into(label, low);
    let has = |w: &[u8]| low.windows(w.len()).any(|x| x == w);
    // a key's or a door's number, a count or a time is no code ("Nyckel nr: 4711",
    // "Antal taggar: 1260", "Larmtid: 0930")
    let counted = [&b"nr"[..], b"nummer", b"antal", b"tid", b"datum"]
        .iter()
        .any(|w| has(w));
    (!counted && DOOR_LABELS.iter().any(|d| has(d))).then_some((p, ve, 0.8))
}

/// A password with a sign ("Sommar!2025kx", "Skrapdag2024!") within 300 bytes after a
/// login word, past the line's end: the answer in a chat ("vad var lösenordet …?" —
/// "Skrapdag2024! tror jag"). Stricter than [`shaped_after`]: the sign is required.
fn strong_near(b: &[u8], e: usize) -> Option<(usize, usize, f32)> {
    let mut p = word_rest(b, e);
    // "Lösenord: …": the separator's own check reads the value
    let mut q = p;
    while q < b.len() && matches!(b[q], b' ' | b'"' | b'\'') {
        q += 1;
    }
    if matches!(b.get(q), Some(b':' | b'=')) {
        return None;
    }
    let limit = (p + 300).min(b.len());
    while p < limit {
        while p < limit && !b[p].is_ascii_alphanumeric() {
            p += 1;
        }
        let ws = p;
        while p < b.len() && !b[p].is_ascii_whitespace() && p - ws <= 64 {
            p += 1;
        }
        let we = trim_closing(b, ws, p);
        // a sign of its own, no dot (not a host name or a file)
        let w = &b[ws..we];
        let signed = w.iter().any(|c| b"!#$%&*+?=~^".contains(c));
        let host = w.contains(&b'.');
        // a log's field ("EventID=411", "result=Failure"): a name, "=", a value
        let field = memchr::memchr(b'=', w)
            .is_some_and(|q| q >= 2 && w[..q].iter().all(u8::is_ascii_alphabetic));
        if signed && !host && !field && password_shaped(w, 8) {
            // (a password given as an example is none: nothing after it is one either)
            if example_at(b, ws, we) {
                return None;
            }
            return Some((ws, we, 0.7));
        }
    }
    None
}

/// A password pasted on a line of its own that a later message owns ("Bjorkstigen!Sommar77"
/// … "NEJ fel fönster, det där var mitt lösen"): the login word after "var mitt"/"är mitt",
/// and within 300 bytes above it a line holding one password-shaped word with a sign.
fn owned_above(b: &[u8], s: usize) -> Option<(usize, usize, f32)> {
    // (the anchor starts after the word's "l": "lösen", "lösenord")
    let s = s - usize::from(s > 0 && b[s - 1].eq_ignore_ascii_case(&b'l'));
    let head = b[s.saturating_sub(24)..s].trim_ascii_end();
    let owned = [&b"var mitt"[..], "är mitt".as_bytes(), b"var ju mitt"]
        .iter()
        .any(|w| head.ends_with(w));
    if !owned {
        return None;
    }
    let lo = s.saturating_sub(300);
    let mut le = memchr::memrchr(b'\n', &b[lo..s]).map(|p| lo + p)?;
    while le > lo {
        let ls = memchr::memrchr(b'\n', &b[lo..le]).map_or(lo, |p| lo + p + 1);
        let line = b[ls..le].trim_ascii();
        let vs = ls + (b[ls..le].len() - b[ls..le].trim_ascii_start().len());
        if !line.is_empty()
            && !line.contains(&b' ')
            && line.iter().any(|c| b"!#$%&*+?=~^".contains(c))
            && !line.contains(&b'.')
            && password_shaped(line, 8)
        {
            return Some((vs, vs + line.len(), 0.75));
        }
        if ls == lo {
            break;
        }
        le = ls - 1;
    }
    None
}

/// Whether the word at `ws..we` is an example of a kind of password in a guideline, not one
/// in use: after "som", "t.ex.", "exempelvis", "typ" ("Lösenord som Sommar2025!, Asbro123 och
/// Qwerty12 är bland de första som en angripare provar", "mönster som årstid + årtal (typ
/// \"Vår2026!\")"), in brackets after the pattern it shows ("årstid och år (Vinter2026!)"),
/// as a quiz's option ("a) Kommunen2026!") or judged right after ("\"Sommar2025!\" är ett uselt
/// lösenord").
fn example_at(b: &[u8], ws: usize, we: usize) -> bool {
    let quote = |c: &u8| matches!(c, b'"' | b'\'' | 0x9C | 0x9D | 0x80 | 0xE2);
    let mut before = b[..ws].trim_ascii_end();
    while before.last().is_some_and(quote) {
        before = &before[..before.len() - 1];
    }
    // (not the password itself in brackets: "Lösenordet (Vinter2026!Backup) låg i klartext")
    if let Some(head) = before.strip_suffix(b"(") {
        let head = head.trim_ascii_end();
        let named = [
            &b"l\xc3\xb6senordet"[..],
            b"l\xc3\xb6senord",
            b"l\xc3\xb6sen",
            b"password",
        ]
        .iter()
        .any(|k| head.len() >= k.len() && head[head.len() - k.len()..].eq_ignore_ascii_case(k));
        return !named;
    }
    let prev = before
        .trim_ascii_end()
        .rsplit(|&c| c == b' ' || c == b'\n')
        .next()
        .map(|x| x.strip_prefix(b"(").unwrap_or(x));
    if prev.is_some_and(|x| {
        [
            &b"som"[..],
            b"t.ex.",
            b"exempelvis",
            b"exempel:",
            b"typ",
            b"s\xc3\xa5som",
        ]
        .iter()
        .any(|y| x.eq_ignore_ascii_case(y))
            || matches!(x, [b'a'..=b'e', b')'])
    }) {
        return true;
    }
    let mut after = &b[we..(we + 40).min(b.len())];
    while after.first().is_some_and(quote) {
        after = &after[1..];
    }
    let after = after.strip_prefix(" är ett ".as_bytes()).unwrap_or(&[]);
    [
        &b"uselt"[..],
        b"d\xc3\xa5ligt",
        b"svagt",
        b"vanligt",
        b"typiskt",
        b"klassiskt",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}

/// Words whose value is a password (`true`) or another secret (`false`), lower case.
const KEYS: &[(&str, bool)] = &[
    ("lösenord", true),
    ("lösenordet", true),
    ("losenord", true),
    ("lösen", true),
    ("losen", true),
    ("password", true),
    ("passwd", true),
    ("pgpassword", true),
    // one-time and recovery codes
    ("engångskod", true),
    ("verifieringskod", true),
    ("aktiveringskod", true),
    ("inloggningskod", true),
    ("säkerhetskod", true),
    ("återställningskod", true),
    ("sms-kod", true),
    ("subscription-key", false),
    ("mysql_pwd", true),
    ("pwd", true),
    ("secret", false),
    ("api_key", false),
    ("apikey", false),
    ("api-key", false),
    ("token", false),
    // a signed URL's signature (Azure SAS, Logic Apps: "…&sv=1.0&sig=kX9v…")
    ("sig", false),
    ("psk", true),
    ("passphrase", true),
    ("accountkey", false),
    ("sharedkey", false),
    ("secretkey", false),
    ("secret_key", false),
    ("access_key", false),
    ("private_key", false),
    ("app_key", false),
    // WireGuard: "PrivateKey = …", "PresharedKey = …"
    ("privatekey", false),
    ("presharedkey", false),
    // "API-nyckel: …", "nyckel=…" (a secret of 12+ mixed chars), "Nätverksnyckel: …"
    ("nyckel", false),
    ("nyckeln", false),
    ("apinyckel", false),
    ("nätverksnyckel", true),
    ("wifi-lösen", true),
    // codes: "PIN-kod: 4812", "Portkod: 1234#"
    ("pinkod", true),
    ("pin-kod", true),
    ("pin", true),
    ("portkod", true),
    ("larmkod", true),
    ("authorization", false),
    ("clientsecret", false),
    ("appsecret", false),
    ("cookie", false),
    ("sessionid", false),
];

/// What a key word says its value is.
#[derive(Clone, Copy)]
enum Value {
    /// A password: any value of 4+ chars.
    Password,
    /// Another secret: 12+ chars mixing letters and digits.
    Secret,
    /// A short or ambiguous key ("pw", "Pass"): only a password-shaped value.
    Shaped,
}

/// The password word just before the separator at `sep` (`lösenord:`, `"password": `,
/// `DB_PASSWORD=`), if any, and what its value is.
fn word_before(b: &[u8], sep: usize) -> Option<Value> {
    let mut k = sep;
    // (aligned assignments: "$apiKey     = …")
    while k > 0 && sep - k < 16 && matches!(b[k - 1], b' ' | b'\t') {
        k -= 1;
    }
    let quoted = k > 0 && (b[k - 1] == b'"' || b[k - 1] == b'\'');
    if quoted {
        k -= 1;
    }
    let end = k;
    while k > 0
        && end - k < 24
        && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'_' | b'-') || b[k - 1] >= 0x80)
    {
        k -= 1;
    }
    let word = &b[k..end];
    if word.len() < 2 || word.len() > 24 {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = &mut buf[..word.len()];
    super::context::lower_into(word, w);
    // a JSON or YAML key "Pass"/"pw": too short to trust unquoted ("Pass: kväll") unless
    // the value looks like a password
    // (also as a suffix: "IG_PASS = …", "OPC_PASS=…")
    // (a service desk's "Tillfälligt: Vår-Kaffe-4812", not "Tillfälligt: stängt")
    if matches!(&*w, b"pass" | b"pw" | b"tillf\xc3\xa4lligt")
        || w.ends_with(b"_pass")
        || w.ends_with(b"_pw")
    {
        return Some(if quoted {
            Value::Password
        } else {
            Value::Shaped
        });
    }
    KEYS.iter()
        .find_map(|&(key, pw)| {
            let key = key.as_bytes();
            // Swedish compounds of the password words: "fabrikslösen", "standardlösenord"
            // (and camel-case secrets: "signingSecret", "webhookSecret")
            let compound = pw
                && key.len() >= 5
                && (key.starts_with(b"l\xc3\xb6sen") || key.starts_with(b"losen"))
                || key == b"secret";
            // (the last byte first: one compare rejects most keys without a memcmp call)
            let ok = w.last() == key.last()
                && w.ends_with(key)
                && (w.len() == key.len()
                    || compound
                    || matches!(w[w.len() - key.len() - 1], b'_' | b'-' | b'.'));
            ok.then_some(if pw { Value::Password } else { Value::Secret })
        })
        // "AZURE_OPENAI_KEY=…", "maps-key: …": a key of something, not a public one
        .or_else(|| {
            (w.len() > 4
            && w.ends_with(b"key")
            && matches!(w[w.len() - 4], b'_' | b'-')
            && !w.starts_with(b"pub")
            && !w.contains(&b'.')
            && !w.ends_with(b"public_key")
            && !w.ends_with(b"public-key")
            // (a payment provider's checkout key is published in the web page)
            && !w.ends_with(b"checkout_key"))
            .then_some(Value::Secret)
        })
}

/// Letters of both cases and a digit, `min`+ bytes, no `@ / \ :` (not an e-mail address,
/// path or URL). A word with letters outside ASCII needs a sign as well ("Regnbåge!7"), or
/// it is a Swedish compound with a year ("Kundtjänst2026-guiden").
fn password_shaped(w: &[u8], min: usize) -> bool {
    (min..=64).contains(&w.len())
        && w.iter().any(u8::is_ascii_uppercase)
        && w.iter().any(u8::is_ascii_lowercase)
        && w.iter().any(u8::is_ascii_digit)
        && !w.iter().any(|c| matches!(c, b'/' | b'\\' | b':'))
        // (an e-mail address has a domain after its @; "Bl@barsskog!7" has none)
        && memchr::memchr(b'@', w).is_none_or(|a| memchr::memchr(b'.', &w[a..]).is_none())
        && (w.is_ascii() || w.iter().any(|c| b"!#$%&*+?=~^".contains(c)) || hyphen_digits(w))
}

/// Letters (three or more, any script) then two or more digits: "Välkommen123", "pump2019".
fn letters_then_digits(w: &[u8]) -> bool {
    let digits = w.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let letters = &w[..w.len() - digits];
    (6..=40).contains(&w.len())
        && digits >= 2
        && letters.len() >= 3
        && letters
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || c >= 0x80)
}

/// Words joined by hyphens that end in two or more digits after the last hyphen
/// ("Välkommen-8843", "Vår-Kaffe-4812"): the shape of a temporary password a service desk
/// hands out (a compound with a year, "Kundtjänst2026-guiden", ends in letters).
fn hyphen_digits(w: &[u8]) -> bool {
    let digits = w.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    digits >= 2 && digits < w.len() && w[w.len() - digits - 1] == b'-'
}

/// A secret key whose value is computed (`api_key=os.getenv("KEY", "7d41…")`): a quoted
/// literal of 20+ key characters mixing letters and digits later on the same line.
fn literal_on_line(b: &[u8], from: usize) -> Option<(usize, usize, f32)> {
    let end = (from + 160).min(b.len());
    let line = &b[from..end];
    let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
    let mut p = 0;
    while let Some(q) = memchr::memchr2(b'"', b'\'', &line[p..]) {
        let vs = p + q + 1;
        let ve = run(
            line,
            vs,
            |c| is_b64url(c) || matches!(c, b'+' | b'/' | b'='),
            200,
        );
        let v = &line[vs..ve];
        if line.get(ve) == Some(&line[vs - 1])
            && v.len() >= 20
            && v.iter().any(u8::is_ascii_digit)
            && v.iter().any(u8::is_ascii_alphabetic)
        {
            return Some((from + vs, from + ve, 0.85));
        }
        p = ve + 1;
        if p >= line.len() {
            break;
        }
    }
    None
}

/// Words that say what a password is like, in rules and error messages.
const ABOUT_PASSWORDS: &[&str] = &[
    "personligt",
    "personliga",
    "hemligt",
    "hemliga",
    "känsligt",
    "giltigt",
    "ogiltigt",
    "fel",
    "felaktigt",
    "rätt",
    "korrekt",
    "viktigt",
    "starkt",
    "svagt",
    "säkert",
    "osäkert",
    "unikt",
    "låst",
    "utgånget",
    "tillfälligt",
    "samma",
    "nytt",
    "inte",
    "ej",
    "för",
    "din",
    "ditt",
    "bytt",
    "ändrat",
    "tomt",
    "obligatoriskt",
    "långt",
    "kort",
    "krångligt",
    "enkelt",
    "svårt",
    "lätt",
];

/// Words that say what a password is like in English ("the password is case-sensitive").
const ABOUT_PASSWORDS_EN: &[&str] = &[
    "correct",
    "incorrect",
    "wrong",
    "required",
    "expired",
    "invalid",
    "valid",
    "missing",
    "too",
    "not",
    "case-sensitive",
    "personal",
    "secret",
    "the",
    "a",
    "your",
    "same",
    "empty",
    "changed",
    "reset",
    "locked",
    "weak",
    "strong",
    "different",
];

/// The value stated after "är"/"is" at `p`, unless it is a word about the password ("Ditt
/// lösenord är personligt", "the password is case-sensitive").
fn stated_value(b: &[u8], p: usize, about: &[&str]) -> Option<(usize, usize, f32)> {
    value_from(b, p, true).filter(|&(vs, ve, _)| {
        let v = &b[vs..ve];
        // (a comparison or an adverb in small letters: "Ett långt lösenord är svårare att
        // knäcka", "lösenordet är alltid personligt")
        let small_word = v.iter().all(|c| c.is_ascii_lowercase() || *c >= 0x80);
        let comparison = small_word
            && ["are", "ast", "aste", "re", "st"]
                .iter()
                .any(|x| v.len() > x.len() + 2 && v.ends_with(x.as_bytes()));
        let adverb = small_word
            && [
                "alltid", "aldrig", "också", "bara", "mycket", "oftast", "numera",
            ]
            .iter()
            .any(|w| v == w.as_bytes());
        !comparison && !adverb && !about.iter().any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// "password is X", "the password was X" after the English anchor ending at `e` (not "pass
/// word"), with a value that is not a word about the password.
fn password_stated(b: &[u8], e: usize) -> Option<(usize, usize, f32)> {
    if e < 8 || !b[..e].ends_with(b"assword") {
        return None;
    }
    // the longer forms first: "is now X" is not "is" + "now"
    for verb in [&b" is now "[..], b" will be ", b" is ", b" was "] {
        if b[e..].starts_with(verb) {
            return stated_value(b, e + verb.len(), ABOUT_PASSWORDS_EN);
        }
    }
    None
}

/// "lösenordet är X", "Lösenord är X" (the `:`/`=` forms come through [`at_trigger`]).
fn password_is(b: &[u8], m: usize, e: usize) -> Option<(usize, usize, f32)> {
    // the anchor is "ösenord"/"osenord": an `l` must stand before it, at a word start
    if m == 0 || !b[m - 1].eq_ignore_ascii_case(&b'l') || !starts_word(b, m - 1) {
        return None;
    }
    let mut p = e;
    let definite = b[p..].starts_with(b"et");
    if definite {
        p += 2;
    }
    // "Ett starkt lösenord är långt": what any password should be
    let head = &b[m.saturating_sub(24)..m - 1];
    let any_password = !definite
        && head
            .split(|c| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .rev()
            .take(2)
            .any(|w| w.eq_ignore_ascii_case(b"ett") || w.eq_ignore_ascii_case(b"a"));
    if any_password {
        return None;
    }
    // the longer forms first: "är nu X" is not "är" + "nu"
    for verb in [
        " är nu ",
        " är ",
        " var ",
        " blev ",
        " blir ",
        " har ändrats till ",
        " ändrades till ",
        " ändrat till ",
        " har satts till ",
        " satt till ",
        " sattes till ",
        " byttes till ",
        " har bytts till ",
    ] {
        // "byta lösenord var 90:e dag": without the article "var" is "every"
        if b[p..].starts_with(verb.as_bytes()) && (definite || verb != " var ") {
            return stated_value(b, p + verb.len(), ABOUT_PASSWORDS);
        }
    }
    // "Lösenordet, Skolan2019!, hade inte bytts": in apposition only a value that looks
    // like a password (letters with digits or signs), not the next word of the sentence
    if b[p..].starts_with(b", ") {
        let (vs, ve, score) = value_from(b, p + 2, true)?;
        let v = &b[vs..ve];
        let letters = v.iter().any(u8::is_ascii_alphabetic);
        // a hyphen alone joins Swedish compounds ("Lösenord, API-nycklar och certifikat")
        let other = v
            .iter()
            .any(|&c| c.is_ascii_digit() || c.is_ascii_punctuation() && c != b'-');
        return (letters && other && v.len() >= 6).then_some((vs, ve, score));
    }
    None
}

/// A password pasted alone on a line just below a login word ("testa logga in med
/// tjänstekontot\nRasmus Holm 16:43\nPlat!na_Svc#2025"): the first of the next three lines
/// that is neither blank nor a chat's "Name HH:MM" header holds one word, password-shaped
/// and with a sign (`!#$%&*?=~^`).
fn lone_line_below(b: &[u8], e: usize) -> Option<(usize, usize, f32)> {
    let mut ls = memchr::memchr(b'\n', &b[e..(e + 200).min(b.len())])? + e + 1;
    for _ in 0..3 {
        let le = memchr::memchr(b'\n', &b[ls..(ls + 120).min(b.len())]).map_or_else(
            || (ls + 120 >= b.len()).then_some(b.len()),
            |p| Some(ls + p),
        )?;
        let line = b[ls..le].trim_ascii();
        let header = line.len() > 6
            && line.len() < 60
            && line[line.len() - 5..].iter().enumerate().all(|(k, &c)| {
                if k == 2 {
                    c == b':'
                } else {
                    c.is_ascii_digit()
                }
            });
        if !line.is_empty() && !header {
            let ws = ls + (b[ls..le].len() - b[ls..le].trim_ascii_start().len());
            let ok = !line.contains(&b' ')
                && password_shaped(line, 8)
                && line.iter().any(|c| b"!#$%&*?=~^".contains(c))
                && line[0] != b'#';
            return ok.then_some((ws, ws + line.len(), 0.8));
        }
        ls = le + 1;
        if ls >= b.len() {
            return None;
        }
    }
    None
}

/// The first password-shaped word within 40 bytes after a login word on the same line
/// ("lösen tills vidare Vinterhav!2026#pmo", "Inloggning operatör: op7 / Pump7Drift!"):
/// 8–64 characters with an upper-case letter, a lower-case letter and a digit, and none of
/// `@ / \ :` (no e-mail, path, URL or account name).
fn shaped_after(b: &[u8], e: usize) -> Option<(usize, usize, f32)> {
    // the rest of the word that holds the anchor ("Inloggning", "lösenordet")
    let mut p = word_rest(b, e);
    // "Lösenord: …", "\"password\": …": the separator's own check reads the value
    let mut q = p;
    while q < b.len() && matches!(b[q], b' ' | b'"' | b'\'') {
        q += 1;
    }
    if matches!(b.get(q), Some(b':' | b'=')) && word_before(b, q).is_some() {
        return None;
    }
    // a quoted word right after the login word: `och lösen "Blåklocka"` (a passphrase need
    // not look like a password)
    // (the word itself a password word, not one that holds "login": "antologin \"Kvarteret\"")
    let word = &b[letters_before(b, e)..p];
    let password_word = ["lösen".as_bytes(), b"losen", b"pass", b"kodord"]
        .iter()
        .any(|w| word.len() >= w.len() && word[..w.len()].eq_ignore_ascii_case(w));
    if password_word && b.get(p) == Some(&b' ') && matches!(b.get(p + 1), Some(b'"' | b'\'')) {
        let (quote, vs) = (b[p + 1], p + 2);
        let lim = (vs + 65).min(b.len());
        if let Some(len) = b[vs..lim]
            .iter()
            .position(|&c| c == quote || c.is_ascii_whitespace())
        {
            let chars = b[vs..vs + len]
                .iter()
                .filter(|&&c| c & 0xC0 != 0x80)
                .count();
            if b[vs + len] == quote && chars >= 4 {
                return Some((vs, vs + len, 0.8));
            }
        }
    }
    // a word of letters and digits right after a password word: "tillfälligt lösen
    // Välkommen123", "och lösen pump2019" (the shape a person picks; no capital or sign needed
    // where the word says what it is)
    if password_word && b.get(p) == Some(&b' ') {
        let ws = p + 1;
        let mut we = ws;
        while we < b.len() && !b[we].is_ascii_whitespace() && we - ws <= 40 {
            we += 1;
        }
        let we = trim_closing(b, ws, we);
        if letters_then_digits(&b[ws..we]) && !example_at(b, ws, we) {
            return Some((ws, we, 0.8));
        }
    }
    let limit = (p + 40).min(b.len());
    while p < limit {
        while p < limit && !b[p].is_ascii_alphanumeric() && b[p] != b'\n' {
            p += 1;
        }
        if p >= limit || b[p] == b'\n' {
            return None;
        }
        let ws = p;
        while p < b.len() && !b[p].is_ascii_whitespace() && p - ws <= 64 {
            p += 1;
        }
        let we = trim_closing(b, ws, p);
        let mut ws = ws;
        // "login admin/Hemligt99": the part after the one slash of a user/password pair
        if let Some(slash) = memchr::memchr(b'/', &b[ws..we]) {
            if !b[ws + slash + 1..we].contains(&b'/') && slash > 0 {
                ws += slash + 1;
            }
        }
        let w = &b[ws..we];
        // a host name ("SRV-app01.intern") has dots and no signs
        let host = w.contains(&b'.') && !w.iter().any(|c| b"!#$%&*+?=~^".contains(c));
        if password_shaped(w, 8) && !host {
            if example_at(b, ws, we) {
                return None;
            }
            return Some((ws, we, 0.8));
        }
    }
    None
}

/// A `user / password` pair within 40 bytes after an account word on the same line
/// ("testkontot elevtest04 / Hosten2025#", "service account is svc_scada / Vinter2025!kl"):
/// an account name, a slash, and a password-shaped word. The span covers both.
fn account_pair(b: &[u8], e: usize) -> Option<(usize, usize, f32)> {
    let p = word_rest(b, e);
    let limit = (p + 40).min(b.len());
    let line = &b[p..limit];
    let line_end = p + memchr::memchr(b'\n', line).unwrap_or(line.len());
    let slash = p + memchr::memchr(b'/', &b[p..line_end])?;
    // the account name: the word right before the slash
    let mut ue = slash;
    while ue > p && b[ue - 1] == b' ' {
        ue -= 1;
    }
    let mut us = ue;
    while us > p
        && (b[us - 1].is_ascii_alphanumeric() || matches!(b[us - 1], b'_' | b'.' | b'-' | b'\\'))
    {
        us -= 1;
    }
    if ue - us < 3 {
        return None;
    }
    let vs = run(b, slash + 1, |c| c == b' ', line_end - slash - 1);
    // at most 64 bytes: a long run after the slash is no password (and costs no long scan)
    let ve = trim_closing(b, vs, run(b, vs, |c| !c.is_ascii_whitespace(), 65));
    password_shaped(&b[vs..ve], 6).then_some((us, ve, 0.85))
}

/// A door or key-box code in prose ("Koden till entrén och nyckelskåpet är 2580#",
/// "nyckelgömma vid dörren kod 4471", "portkoden 1234"): 4–8 digits, maybe with `#` or
/// `*`, within 72 bytes on the same line after the word "kod"/"koden" (alone or in a
/// door compound), and a word of doors, keys or alarms before or between. Account and
/// article codes ("ansvarskod 4471", "diagnoskod") are other compounds and not read.
fn door_code(b: &[u8], s: usize, e: usize) -> Option<(usize, usize, f32)> {
    const DOORS: &[&[u8]] = &[
        b"d\xc3\xb6rr",
        b"port",
        b"entr\xc3\xa9",
        b"nyckel",
        b"larm",
        b"grind",
        b"l\xc3\xa5s",
        b"trapphus",
        b"f\xc3\xb6rr\xc3\xa5d",
        b"kodl\xc3\xa5s",
        b"pin",
        // an access card and its code ("kort + kod 7314"), a keypad's service code
        b"kort",
        b"service",
        b"serverrum",
        b"arkiv",
        // "personalingången", "källarförrådet", "nyckelskåpet", "kulverten"
        b"ing\xc3\xa5ng",
        b"k\xc3\xa4llar",
        b"sk\xc3\xa5p",
        b"kulvert",
    ];
    let ws = letters_before(b, s);
    let prefix = &b[ws..s];
    let lower = |w: &[u8], d: &[u8]| w.windows(d.len()).any(|x| x.eq_ignore_ascii_case(d));
    let door_word = prefix.is_empty() || DOORS.iter().any(|d| lower(prefix, d));
    if !door_word {
        return None;
    }
    // a field of a record listed with commas ("Margit Svensson, Lingonvägen 3, kod 4471,
    // insulin + frukost"): four digits right after the word are the door's code
    // (or a cell of a CSV row: "09:10;Göran Fält;Backgränd 2;kod 0719#;tillsyn")
    let field =
        prefix.is_empty() && (ws >= 2 && &b[ws - 2..ws] == b", " || ws >= 1 && b[ws - 1] == b';');
    // ("Koden t förrådet i källaren (där gräsklipparna står) är nu 4471#")
    let end = line_end(b, e, e + 72);
    let around = &b[ws.saturating_sub(60)..end];
    let door_around = DOORS.iter().any(|d| lower(around, d));
    if !door_around && !field {
        return None;
    }
    let mut p = e;
    while p < end {
        if b[p].is_ascii_digit() && (p == 0 || !b[p - 1].is_ascii_alphanumeric()) {
            let vs = if p > 0 && b[p - 1] == b'*' { p - 1 } else { p };
            let de = run(b, p, |c| c.is_ascii_digit(), 9);
            let ve = if matches!(b.get(de), Some(b'#' | b'*')) {
                de + 1
            } else {
                de
            };
            let joined = joined_at(b, ve);
            let shaped = if door_around {
                (4..=8).contains(&(de - p))
            } else {
                p == e && de - p == 4
            };
            return (shaped && !joined).then_some((vs, ve, 0.8));
        }
        p += 1;
    }
    None
}

/// The end of the line that holds `from`, or `to` (at most the text's end) if sooner.
fn line_end(b: &[u8], from: usize, to: usize) -> usize {
    let to = to.min(b.len());
    from + memchr::memchr(b'\n', &b[from..to]).unwrap_or(to - from)
}

/// Whether a code ending at `at` goes on as part of a longer token (a date, a time, an
/// amount or an account): a letter or digit, or a separator with a digit after it.
fn joined_at(b: &[u8], at: usize) -> bool {
    match b.get(at) {
        Some(c) if c.is_ascii_alphanumeric() => true,
        Some(b'-' | b'/' | b':' | b'.' | b',' | b' ') => {
            b.get(at + 1).is_some_and(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// Whether the "kod" at `s` ends a word naming a one-time code ("engångskod",
/// "verifieringskoden", "SMS-kod").
fn one_time(b: &[u8], s: usize) -> bool {
    const KINDS: &[&[u8]] = &[
        "engångs".as_bytes(),
        b"verifierings",
        b"inloggnings",
        b"aktiverings",
        "bekräftelse".as_bytes(),
        b"sms-",
    ];
    KINDS
        .iter()
        .any(|k| s >= k.len() && b[s - k.len()..s].eq_ignore_ascii_case(k))
}

/// A one-time code in prose after the word that names it ("Din engångskod till Mina sidor
/// är 482913", "verifieringskoden 7731 gäller i fem minuter"): 4–8 digits within 64 bytes on
/// the same line, standing alone (not a date, a time, an amount or a phone number). The
/// `:`/`=` forms ("Engångskod: 482913") come through [`at_trigger`].
fn otp_code(b: &[u8], e: usize) -> Option<(usize, usize, f32)> {
    let mut p = word_rest(b, e);
    let mut q = p;
    while q < b.len() && b[q] == b' ' {
        q += 1;
    }
    if matches!(b.get(q), Some(b':' | b'=')) {
        return None;
    }
    let end = line_end(b, p, p + 64);
    while p < end {
        if b[p].is_ascii_digit() && !b[p - 1].is_ascii_alphanumeric() {
            let de = run(b, p, |c| c.is_ascii_digit(), 9);
            return ((4..=8).contains(&(de - p)) && !joined_at(b, de)).then_some((p, de, 0.8));
        }
        p += 1;
    }
    None
}

/// The password after a device's default account and a slash ("admin / 12345", "root /
/// pass"): a word of 4+ characters with a digit, or one of the factory defaults.
fn default_pair(b: &[u8], s: usize, e: usize) -> Option<(usize, usize, f32)> {
    const DEFAULTS: &[&[u8]] = &[
        b"pass",
        b"password",
        b"admin",
        b"root",
        b"changeme",
        b"default",
    ];
    if !starts_word(b, s) {
        return None;
    }
    let ve = trim_closing(
        b,
        e,
        run(b, e, |c| !c.is_ascii_whitespace() && c != b'|', 65),
    );
    let v = &b[e..ve];
    let ok = v.len() >= 4
        && ends_word(b, ve)
        && (v.iter().any(u8::is_ascii_digit) || DEFAULTS.iter().any(|d| v.eq_ignore_ascii_case(d)));
    ok.then_some((e, ve, 0.8))
}

/// Where the run of letters (ASCII, or any byte of a multi-byte character) that ends at `i`
/// starts: the beginning of the word an anchor stands in ("servicekod", "lösenordet").
fn letters_before(b: &[u8], i: usize) -> usize {
    let mut k = i;
    while k > 0 && (b[k - 1].is_ascii_alphabetic() || b[k - 1] >= 0x80) {
        k -= 1;
    }
    k
}

/// A secret in network-device configuration: `snmp community <string>` (after "snmp" or
/// "snmp-server") and `pre-shared-key [ascii-text] "<key>"`.
fn config_secret(b: &[u8], s: usize, e: usize) -> Option<(usize, usize, f32)> {
    if b[s] == b'c' {
        let head = &b[s.saturating_sub(12)..s];
        if !(head.ends_with(b"snmp ") || head.ends_with(b"snmp-server ")) {
            return None;
        }
    }
    let mut p = e;
    for q in [&b"ascii-text "[..], b"hexadecimal ", b"0 ", b"7 "] {
        if b[p..].starts_with(q) {
            p += q.len();
        }
    }
    let quoted = b.get(p).is_some_and(|c| matches!(c, b'"' | b'\''));
    let vs = if quoted { p + 1 } else { p };
    let ve = run(
        b,
        vs,
        |c| !c.is_ascii_whitespace() && !matches!(c, b'"' | b'\''),
        129,
    );
    let v = &b[vs..ve];
    // the factory defaults "public"/"private" are no secret of the organisation
    let secret = v.len() >= 6
        && v.iter()
            .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || c.is_ascii_punctuation());
    secret.then_some((vs, ve, 0.85))
}

fn pem(b: &[u8], s: usize, e: usize) -> Option<(usize, usize, f32)> {
    let lim = (e + 80).min(b.len());
    let line = &b[e..lim];
    let line = &line[..memchr::memchr(b'\n', line).unwrap_or(line.len())];
    let header_end = e + memchr::memmem::find(line, b"PRIVATE KEY-----")? + 16;
    // the body is base64 (no `-`), so the next "-----" is the END line or nothing of ours;
    // stopping there keeps a text of repeated headers linear
    let rest = &b[header_end..(header_end + 8 * 1024).min(b.len())];
    let end = match memchr::memmem::find(rest, b"-----") {
        Some(k) if rest[k..].starts_with(b"-----END") => {
            let from = header_end + k + 8;
            memchr::memmem::find(&b[from..(from + 60).min(b.len())], b"-----")
                .map(|d| from + d + 5)
                .unwrap_or(from)
        }
        _ => header_end,
    };
    Some((s, end, 0.99))
}

fn b64url_val(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' | b'+' => 62,
        b'_' | b'/' => 63,
        _ => return None,
    })
}

fn jwt(b: &[u8], s: usize, _e: usize) -> Option<(usize, usize, f32)> {
    if !starts_word(b, s) {
        return None;
    }
    let h_end = run(b, s, is_b64url, 700);
    if b.get(h_end) != Some(&b'.') || h_end - s < 10 {
        return None;
    }
    let p_end = run(b, h_end + 1, is_b64url, 1 << 16);
    if p_end == h_end + 1 || b.get(p_end) != Some(&b'.') {
        return None;
    }
    let sig_end = run(b, p_end + 1, is_b64url, 4096);
    if !ends_word(b, sig_end) {
        return None;
    }
    // decode the header without allocating and look for "alg"
    let mut out = [0u8; 528];
    let mut n = 0;
    let mut acc = 0u32;
    let mut bits = 0;
    for &c in &b[s..h_end] {
        acc = (acc << 6) | b64url_val(c)? as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            if n < out.len() {
                out[n] = (acc >> bits) as u8;
                n += 1;
            }
        }
    }
    let head = &out[..n];
    (head.first() == Some(&b'{') && memchr::memmem::find(head, b"\"alg\"").is_some())
        .then_some((s, sig_end, 0.97))
}

fn url(b: &[u8], s: usize, e: usize) -> Option<(usize, usize, f32)> {
    let mut st = s;
    while st > 0
        && (b[st - 1].is_ascii_alphanumeric() || matches!(b[st - 1], b'+' | b'.' | b'-'))
        && s - st < 30
    {
        st -= 1;
    }
    if st == s {
        return None;
    }
    // userinfo up to '@', before any '/', whitespace or quote
    let lim = (e + 256).min(b.len());
    let mut k = e;
    let mut colon = None;
    while k < lim
        && !matches!(
            b[k],
            b'@' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'<' | b'>'
        )
    {
        if b[k] == b':' && colon.is_none() {
            colon = Some(k);
        }
        k += 1;
    }
    let c = colon?;
    // (no user is fine when a password follows: "redis://:r3d1sLb0k9q@redis:6379")
    if k >= lim || b[k] != b'@' || c + 1 == k || c == e && k - c < 5 {
        return None;
    }
    // the host after '@'
    let mut end = k + 1;
    while end < b.len()
        && (b[end].is_ascii_alphanumeric()
            || matches!(b[end], b'.' | b'-' | b':' | b'_' | b'[' | b']'))
    {
        end += 1;
    }
    while end > k + 1 && matches!(b[end - 1], b'.' | b':') {
        end -= 1;
    }
    if end == k + 1 {
        return None;
    }
    Some((st, end, 0.95))
}

/// `Authorization: Bearer …` / `Basic …`: the scheme word is not the secret, the token is.
fn skip_scheme(b: &[u8], mut p: usize) -> usize {
    while p < b.len() && b[p] == b' ' {
        p += 1;
    }
    // (and Laravel's "APP_KEY=base64:…")
    for scheme in [
        &b"Bearer "[..],
        b"bearer ",
        b"Basic ",
        b"basic ",
        b"base64:",
    ] {
        if b[p..].starts_with(scheme) {
            return p + scheme.len();
        }
    }
    p
}

/// The value starting at `p` (after the separator): optional spaces and quote, then up to
/// whitespace, `;`, a quote or `<`. `password`: any value of 4+ chars; otherwise a secret
/// of 12+ chars mixing letters and digits.
fn value_from(b: &[u8], mut p: usize, password: bool) -> Option<(usize, usize, f32)> {
    let min = if password { 4 } else { 12 };
    if b.get(p) == Some(&b'=') {
        p += 1;
    }
    while p < b.len() && (b[p] == b' ' || b[p] == b'\t') {
        p += 1;
    }
    let quote = match b.get(p) {
        Some(&q @ (b'"' | b'\'' | b'`')) => {
            p += 1;
            Some(q)
        }
        _ => None,
    };
    let vs = p;
    let mut ve = p;
    while ve < b.len() && ve - vs < 200 {
        let c = b[ve];
        let stop = match quote {
            Some(q) => c == q || c == b'\n',
            None => c.is_ascii_whitespace() || matches!(c, b';' | b'"' | b'\'' | b'<' | b'&'),
        };
        if stop {
            break;
        }
        ve += 1;
    }
    if quote.is_none() {
        while ve > vs && matches!(b[ve - 1], b'.' | b',' | b')') {
            ve -= 1;
        }
    }
    // keep char boundaries: back off a cut multi-byte char
    while ve > vs && ve < b.len() && (b[ve] & 0xC0) == 0x80 {
        ve -= 1;
    }
    let v = &b[vs..ve];
    if v.len() < min
        || v.iter()
            .all(|&c| matches!(c, b'*' | b'x' | b'X' | b'.' | b'-' | b'_'))
    {
        return None;
    }
    if v.first() == Some(&b'<') || v.first() == Some(&b'$') || v.first() == Some(&b'{') {
        return None; // placeholders: <lösenord>, ${PASSWORD}, {{secret}}
    }
    if v.first() == Some(&b'/')
        && (v[1..].contains(&b'/') || v[1..].iter().all(|c| c.is_ascii_lowercase()))
    {
        // a path: "PWD=/home/anna.berg", "PWD=/srv" in a sudo log is the working directory
        return None;
    }
    let mixed = v.iter().any(u8::is_ascii_digit) && v.iter().any(u8::is_ascii_alphabetic);
    if !password && !mixed {
        return None;
    }
    // "fabrikslösen: admin / admin1234": a user and the password after the slash
    if password && quote.is_none() && b[ve..].starts_with(b" / ") {
        let ps = ve + 3;
        let pe = trim_closing(b, ps, run(b, ps, |c| !c.is_ascii_whitespace(), 65));
        if pe - ps >= 4 {
            return Some((ps, pe, 0.9));
        }
    }
    Some((vs, ve, if password { 0.9 } else { 0.85 }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<&str> {
        let b = s.as_bytes();
        let mut v = Vec::new();
        CredentialFinder::new().find(b, |a, e, _| v.push((a, e)));
        let mut i = 0;
        while i < b.len() {
            if matches!(b[i], b':' | b'=' | b'_' | b'-') {
                if let Some((a, e, _)) = at_trigger(b, i) {
                    v.push((a, e));
                    i = e;
                    continue;
                }
            }
            i += 1;
        }
        // the same key found by its anchor and by its prefix is one finding (as in the engine)
        v.sort();
        v.dedup();
        v.into_iter().map(|(a, e)| &s[a..e]).collect()
    }

    /// A password pasted by mistake into a chat, owned by the next message.
    #[test]
    fn a_pasted_password_owned_below() {
        let chat =
            "Henrik Malm 13:02\nBjorkstigen!Sommar77\nHenrik 13:02\nNEJ fel fönster, det där \
                    var mitt lösen, byter det nu\n";
        assert_eq!(found(chat), vec!["Bjorkstigen!Sommar77"]);
        // a line that only mentions a password is no password
        let chat = "Henrik 13:02\nMöte!\nHenrik 13:03\ndet där var mitt lösen till wifi-listan\n";
        assert!(found(chat).is_empty());
    }

    /// A library's door PIN after "kod:" is a credential; passwords a guideline gives as
    /// examples of bad ones are not.
    #[test]
    fn door_pins_and_example_passwords() {
        assert_eq!(
            found("1. Dra ditt lånekort i läsaren vid entrén.\n2. Slå din personliga kod: 4190\n"),
            vec!["4190"]
        );
        assert!(found(
            "Undvik årtal. Lösenord som Sommar2025!, Asbro123 och Qwerty12 är bland de första som en angripare provar."
        )
        .is_empty());
        assert!(found("Byt lösenord till t.ex. Vinter2026!kx så fort du kan.").is_empty());
        for t in [
            "Tips om lösenord\n2. Undvik sådant som är lätt att gissa: årstid och år (Vinter2026!), \
             kommunens namn med siffror efter.",
            "Välj ett lösenord på minst 14 tecken. Undvik förutsägbara mönster som årstid + årtal \
             + utropstecken (typ \"Vår2026!\"), namn på barn eller husdjur.",
            "Vecka 40 – Lösenord. Varför \"Sommar2025!\" är ett uselt lösenord",
            "Be aldrig om ditt lösenord.\n\nQuiz: Vilket av följande är det säkraste?\n\
             a) Kommunen2026!\nb) kaffe-trappa-regnbåge-sax",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        assert_eq!(found("Lösenordet är Vinter2026!kx"), vec!["Vinter2026!kx"]);
        assert_eq!(
            found("Lösenordet (Vinter2026!Backup) låg i klartext i ett skript."),
            vec!["Vinter2026!Backup"]
        );
        // "som" before other words is no example
        for t in [
            "Lösenordet som gäller är Vinter2026!kx",
            "Nytt lösen som du kan använda Vinter2026!kx",
            "inloggning som admin Vinter2026!kx",
        ] {
            assert_eq!(found(t), vec!["Vinter2026!kx"], "{t}");
        }
    }

    /// Codes and temporary passwords as service desks, SMS and staff chats give them.
    #[test]
    fn one_time_codes_default_logins_and_temporary_passwords() {
        for (t, want) in [
            (
                "Din engångskod till Mina sidor hos Skövde kommun är 482913",
                "482913",
            ),
            ("verifieringskoden 7731 gäller i fem minuter", "7731"),
            (
                "Kameran har fortfarande fabriksinloggning: admin / 12345",
                "12345",
            ),
            ("| Stadshuset, entré | 10.70.1.11 | root / pass |", "pass"),
            (
                "tillfälligt lösenord satt: Välkommen-8843",
                "Välkommen-8843",
            ),
            (
                "[09:14] Servicedesk: Tillfälligt: Vår-Kaffe-4812",
                "Vår-Kaffe-4812",
            ),
            (
                "Koden till personalingången byts på måndag. Ny kod: 4471#",
                "4471#",
            ),
            ("ny kod till personalingången från idag är 6284", "6284"),
            (
                "Koden t förrådet i källaren (där gräsklipparna står) är nu 4471#",
                "4471#",
            ),
        ] {
            assert_eq!(found(t), vec![want], "{t}");
        }
        for t in [
            "Roller: admin / användare",
            "Tillfälligt: stängt på grund av sjukdom",
            "Engångskoden gäller i 5 minuter och skickas 2026-03-01.",
            "Vi skickar en engångskod till 070-123 45 67.",
            "Kundtjänst2026-guiden finns på intranätet, logga in via login-sidan.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn provider_keys_by_prefix() {
        assert_eq!(
            found("HF_TOKEN=hf_VbNmQwErTyUiOpAsDfGhJkLzXcVb"),
            vec!["hf_VbNmQwErTyUiOpAsDfGhJkLzXcVb"]
        );
        assert_eq!(
            found("PUBLIC_CHAT_KEY=gsk_Q2vX9tLmB7rP4cWz1nYd8KfH3jSa"),
            vec!["gsk_Q2vX9tLmB7rP4cWz1nYd8KfH3jSa"]
        );
        // a short name after the prefix is a variable, not a key
        assert!(found("hf_token = os.environ[\"HF_TOKEN\"]").is_empty());
        assert!(found("modellen laddas med hf_hub_download()").is_empty());
    }

    #[test]
    fn bitlocker_recovery_keys() {
        let key = "408177-523104-661859-042306-719928-310541-287320-150348";
        let b = format!("Återställningsnyckel enligt AD: {key} (lämnas ut efter id-kontroll)");
        let at = b.find(key).unwrap();
        assert_eq!(recovery_key(b.as_bytes(), at), Some(at + key.len()));
        // seven groups, or a ninth group after the eighth, is no recovery key
        assert_eq!(
            recovery_key(b"408177-523104-661859-042306-719928-310541-287320", 0),
            None
        );
        assert_eq!(recovery_key(format!("{key}-123456").as_bytes(), 0), None);
        assert_eq!(
            recovery_key(b"408177-523104-661859-042306-719928-310541-287320-15034", 0),
            None
        );
    }

    #[test]
    fn door_codes_compound_password_words_and_login_pairs() {
        assert_eq!(
            found("- Koden till entrén och nyckelskåpet är 2580# – skriv INTE upp den."),
            vec!["2580#"]
        );
        assert_eq!(
            found("brukare Margit, nyckelgömma vid dörren kod 4471. Dotter Annika"),
            vec!["4471"]
        );
        assert_eq!(found("Portkoden är 1234, ring på."), vec!["1234"]);
        assert_eq!(
            found("– Serverrum plan −1: kort + kod 7314, behörighet endast IT-drift"),
            vec!["7314"]
        );
        assert_eq!(
            found("– Entré B, leveranser: servicekod 2580# (gäller vardagar)"),
            vec!["2580#"]
        );
        assert_eq!(
            found("Kontakt larmcentral: uppge kundnummer 88-4412 och lösen \"Blåklocka\""),
            vec!["Blåklocka"]
        );
        // a word quoted after the login word in prose is not always a value
        assert!(found("Skriv lösen \"här\" i rutan.").is_empty());
        assert!(found("1. Ditt lösenord är personligt\nDu får aldrig lämna ut det.").is_empty());
        // account and article codes, dates and codes of nothing that opens
        assert!(found("Konteras på ansvarskod 4471 och projektkod 2026.").is_empty());
        assert!(found("Ange kod 1234 i fakturan.").is_empty());
        assert!(found("Dörren har kod sedan 2026-03-01.").is_empty());
        assert_eq!(
            found("Operatörspanelen har fortfarande fabrikslösen: admin / admin1234\n"),
            vec!["admin1234"]
        );
        assert_eq!(
            found("testa direkt, loggar in med drift_ps / Kvarn!bck2026 tills vidare"),
            vec!["drift_ps / Kvarn!bck2026"]
        );
        assert_eq!(
            found("Använd lokala admin tills vidare. .\\adm_local / Vinter#2026!hist på servern"),
            vec![".\\adm_local / Vinter#2026!hist"]
        );
    }

    #[test]
    fn codes_in_care_lists_and_a_compose_files_password() {
        let table = "Brukare     | Adress      | Kod                           | Obs\n\
                     Harald Dahl | Ringvägen 3 | port 2478, nyckelgömma 0913  | Ring på\n";
        assert_eq!(found(table), vec!["0913"]);
        assert_eq!(
            found("09:10;Göran Fält;Backgränd 2;kod 0719#;tillsyn"),
            vec!["0719#"]
        );
        assert_eq!(
            found("Nordanå 12 lgh 1301 – kodlås 8825. Vändning."),
            vec!["8825"]
        );
        assert_eq!(
            found("command: [\"redis-server\", \"--requirepass\", \"rEd1s_7hQw2\"]"),
            vec!["rEd1s_7hQw2"]
        );
    }

    #[test]
    fn keys_of_services_aligned_camel_case_and_passwords_without_a_user() {
        assert_eq!(
            found("AZURE_OPENAI_KEY=23732881584d8c4fa2815d2802827283\n"),
            vec!["23732881584d8c4fa2815d2802827283"]
        );
        assert_eq!(
            found("$apiKey     = \"934b484e73cf575dcad6ba2b0aee0ca9\""),
            vec!["934b484e73cf575dcad6ba2b0aee0ca9"]
        );
        assert_eq!(
            found("  signingSecret: \"baa7196b50ac2f86702824c1c099724c\","),
            vec!["baa7196b50ac2f86702824c1c099724c"]
        );
        assert_eq!(
            found("REDIS_URL=redis://:r3d1sLb0k9q@redis:6379/0"),
            vec!["redis://:r3d1sLb0k9q@redis:6379"]
        );
        // public keys, checkout keys and database keys are no secrets
        assert!(found("SSH_PUBLIC_KEY=AAAAB3NzaC1yc2EAAAADAQABAAABAQC7").is_empty());
        assert!(found("NETS_CHECKOUT_KEY=live-checkout-key-2b91d7f0c3e64a8a").is_empty());
        assert!(found("primary_key: id").is_empty());
        assert!(found("redis://:@redis:6379/0").is_empty());
        // a sudo log's working directory
        assert!(
            found("sudo: svc_backup : TTY=unknown ; PWD=/srv ; COMMAND=/usr/bin/rsync").is_empty()
        );
    }

    #[test]
    fn a_password_pasted_alone_below_a_login_word() {
        let chat = "Linda 16:43\ntesta logga in på servern med tjänstekontot\n\
                    Rasmus Holm 16:43\nPlat!na_Svc#2025\nRasmus Holm 16:43\nfel fönster";
        assert_eq!(found(chat), vec!["Plat!na_Svc#2025"]);
        // a word without a sign, or a sentence, is no password
        let plain = "logga in med tjänstekontot\nRasmus 16:43\nSommarjobb2025\n";
        assert!(found(plain).is_empty());
        let prose = "Kontot är spärrat.\nVi hörs i morgon!\n";
        assert!(found(prose).is_empty());
    }

    #[test]
    fn passwords() {
        assert_eq!(found("Lösenord: Sommar2024!"), vec!["Sommar2024!"]);
        assert_eq!(found("lösenordet är hemligt123."), vec!["hemligt123"]);
        assert_eq!(
            found("Server=db;User Id=sa;Password=Hemligt#1;"),
            vec!["Hemligt#1"]
        );
        assert_eq!(found("\"password\": \"hunter22\""), vec!["hunter22"]);
        assert_eq!(found("pwd=abc123"), vec!["abc123"]);
        assert!(found("Byt lösenord ofta.").is_empty());
        assert_eq!(
            found("användare: svc_print\nlösen: Fjallripa#2026!\n"),
            vec!["Fjallripa#2026!"]
        );
        assert_eq!(
            found("Lösenordet, Skolan2019!, hade inte bytts sedan 2019."),
            vec!["Skolan2019!"]
        );
        assert_eq!(
            found("Lösenordet var Vinter2025 i en vecka."),
            vec!["Vinter2025"]
        );
        assert!(found("Lösenordet, som ingen bytt, läckte.").is_empty());
        assert!(found("Lösen, avgifter och bidrag redovisas årsvis.").is_empty());
        assert!(found("Lösenord, API-nycklar och certifikat skickas aldrig.").is_empty());
        assert_eq!(
            found("Tjänstekonto: svc_pmo, lösen tills vidare Vinterhav!2026#pmo – byts sen"),
            vec!["Vinterhav!2026#pmo"]
        );
        assert_eq!(
            found("Inloggning operatör: op7 / Pump7Drift! från jump-hosten"),
            vec!["Pump7Drift!"]
        );
        assert_eq!(found("psk = Kv4rnB4cken-2026!"), vec!["Kv4rnB4cken-2026!"]);
        assert_eq!(
            found("{ \"User\": \"noreply\", \"Pass\": \"Rodbetor2026\" }"),
            vec!["Rodbetor2026"]
        );
        assert!(found("Pass: kväll, vecka 12").is_empty());
        // login words followed by no password-shaped word
        assert!(found("Inloggning sker med BankID via Mina sidor 2026.").is_empty());
        assert!(found("Login: anna.berg@kommun.se, server SRV-app01.intern").is_empty());
        assert!(found("Lösen för Windows 11 finns i Kundtjänst2026-guiden.").is_empty());
        assert!(found("sudo: anna.berg : TTY=pts/0 ; PWD=/home/anna.berg ; USER=root").is_empty());
        assert!(found("lösenord: ****").is_empty());
        assert!(found("password: <ditt lösenord>").is_empty());
        // short keys with a password-shaped value; pairs; letters outside ASCII
        assert_eq!(found("pw: Tr0ub4dor&3"), vec!["Tr0ub4dor"]);
        assert!(found("pw: se nedan").is_empty());
        assert_eq!(
            found("login admin/Hemligt99 på skrivaren"),
            vec!["Hemligt99"]
        );
        assert_eq!(
            found("Du loggar in med kitte88 och lösenordet Regnbåge!7"),
            vec!["Regnbåge!7"]
        );
        assert_eq!(
            found("API-nyckel: hgb-scada-7Rk2!pQx93Lm\nGränser: 0,5 FNU"),
            vec!["hgb-scada-7Rk2!pQx93Lm"]
        );
        assert!(found("Nyckel: 3 st kvitterade ut, resten i skåpet").is_empty());
        assert_eq!(
            found("api_key=os.getenv(\"AOAI_KEY\", \"7d41c0e9b2a84f6c9e05a3b1d8f27c46\"),"),
            vec!["7d41c0e9b2a84f6c9e05a3b1d8f27c46"]
        );
        assert!(found("secret = os.environ[\"CLIENT_SECRET\"]").is_empty());
        assert_eq!(found("PIN-kod: 4812"), vec!["4812"]);
        assert_eq!(
            found("Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
            vec!["9f8e7d6c5b4a39281706f5e4d3c2b1a0"]
        );
        assert_eq!(found("inlogg: anna.b / Sommar2024!"), vec!["Sommar2024!"]);
        assert_eq!(
            found("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            vec!["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]
        );
    }

    #[test]
    fn keys() {
        let openai = "sk-proj-Abc123Def456Ghi789Jkl012Mno345";
        assert_eq!(found(&format!("nyckel {openai} här")), vec![openai]);
        assert_eq!(found("AKIAIOSFODNN7EXAMPLE"), vec!["AKIAIOSFODNN7EXAMPLE"]);
        let gh = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
        assert_eq!(found(gh), vec![gh]);
        let g = "AIzaSyA1234567890abcdefghijklmnopqrstuv";
        assert_eq!(found(g), vec![g]);
        assert_eq!(
            found("xoxb-1234567890-abcdefghij"),
            vec!["xoxb-1234567890-abcdefghij"]
        );
        assert_eq!(
            found("sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
            vec!["sk_live_4eC39HqLyjWDarjtT1zdp7dc"]
        );
        assert!(found("en risk-och sårbarhetsanalys").is_empty());
        assert!(found("risk-").is_empty());
    }

    #[test]
    fn blocks_tokens_urls() {
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----";
        assert_eq!(found(&format!("x\n{pem}\ny")), vec![pem]);
        assert!(found("-----BEGIN CERTIFICATE-----").is_empty());
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assert_eq!(found(&format!("token {jwt}.")), vec![jwt]);
        assert_eq!(
            found("postgres://app:s3cret@db.kommun.se:5432/x"),
            vec!["postgres://app:s3cret@db.kommun.se:5432"]
        );
        assert!(found("https://www.goteborg.se/x").is_empty());
        assert!(found("https://anna@example.se").is_empty());
    }

    /// Secrets in the configuration of network equipment, by their type digit.
    #[test]
    fn network_equipment_secrets() {
        assert_eq!(
            found("enable secret 9 $9$Ab3dE6gH9jK2$mN5pQ8sT1vW4yZ7\n"),
            vec!["$9$Ab3dE6gH9jK2$mN5pQ8sT1vW4yZ7"]
        );
        assert_eq!(
            found(" username drift privilege 15 password 7 0822455D0A16\n"),
            vec!["0822455D0A16"]
        );
        assert!(found("The secret 9 of us kept.").is_empty());
        assert_eq!(
            found("    set psksecret Qw7#tR2m!vLp9\n    next\n"),
            vec!["Qw7#tR2m!vLp9"]
        );
    }

    #[test]
    fn script_constants_key_files_and_login_pairs() {
        assert_eq!(
            found("IG_USER = \"klotterkoll_tk\"\nIG_PASS = \"Sommar2025!tk\"\n"),
            vec!["Sommar2025!tk"]
        );
        assert_eq!(
            found("OPC_PASS = \"Kvarnb@cken!2027\"\n"),
            vec!["Kvarnb@cken!2027"]
        );
        // an unquoted value after a short key still has to look like a password
        assert!(found("BY_PASS = kväll\n").is_empty());
        assert_eq!(
            found("APP_KEY=base64:Qm9rbmluZ0t2YXJuYnkyMDI2IXByb2Qta2V5\n"),
            vec!["Qm9rbmluZ0t2YXJuYnkyMDI2IXByb2Qta2V5"]
        );
        assert_eq!(
            found("[Interface]\nPrivateKey = 2F7r8lQ0YkB6m9xvN3pUe1jH5sWcT4aZ0dGiLqOyKXo=\n"),
            vec!["2F7r8lQ0YkB6m9xvN3pUe1jH5sWcT4aZ0dGiLqOyKXo="]
        );
        assert_eq!(
            found("HMI nås via 10.42.8.17, användare drift / Pump2024! – larmet"),
            vec!["drift / Pump2024!"]
        );
        assert_eq!(
            found("Om du behöver logga in i HMI:n: jourVA / Kvarnbo#2025!\n"),
            vec!["jourVA / Kvarnbo#2025!"]
        );
        assert!(found("Fråga användare och medarbetare / chefer om behoven.").is_empty());
    }

    #[test]
    fn answers_in_chats_codes_on_labels_and_script_arguments() {
        // the password is the answer to a question about it, in the next message
        assert_eq!(
            found("Ronja 14:02\nvad var lösenordet till kontot nu igen?\n\nViktor 14:05\nHamnkran2024! tror jag"),
            vec!["Hamnkran2024!"]
        );
        assert_eq!(
            found("kan nån fixa nytt lösen åt Eva?\n\nSara 14:05\nklart. tillfälligt: Vinter!2025kq\n"),
            vec!["Vinter!2025kq"]
        );
        // without a sign a word far from the login word is no password
        assert!(found("byt lösen snart.\nVi ses på Kvarnen2024 i morgon").is_empty());
        // codes after a label of doors, gates, key boxes and alarms
        assert_eq!(
            found("Vattenverket\n- Nyckelskåp vid grind: 7390\n- Larmpanel entré: 2418#, avlarma inom 30 s\n- Grind: 0913\n"),
            vec!["7390", "2418#", "0913"]
        );
        assert!(found("Dörr: 2026-03-01\nLarm: 112\nPort: 8443\nEntré: 1200 kr").is_empty());
        assert!(
            found("Nyckel nr: 4711\nLarm installerat: 2019\nAntal larmtaggar: 1260\n").is_empty()
        );
        // PowerShell and command-line arguments
        assert_eq!(
            found("$pw = ConvertTo-SecureString \"Vinter2026!Synk#7\" -AsPlainText -Force"),
            vec!["Vinter2026!Synk#7"]
        );
        assert_eq!(found("New-LocalUser -Password $pw"), Vec::<&str>::new());
        assert!(found("Use the --password flag only in scripts.").is_empty());
        assert_eq!(
            found("PGPASSWORD=Hemligt42 psql -h db01"),
            vec!["Hemligt42"]
        );
        // a password stated in other words
        assert_eq!(
            found("Lösenordet har ändrats till sommar2026 tills vidare."),
            vec!["sommar2026"]
        );
        assert_eq!(
            found("the wifi password is kaffekopp77 btw"),
            vec!["kaffekopp77"]
        );
        assert_eq!(
            found("The password is now Tulpan-77 for everyone."),
            vec!["Tulpan-77"]
        );
        assert_eq!(
            found("Lösenordet är nu blåbär88 till fredag."),
            vec!["blåbär88"]
        );
        assert!(found("The password is case-sensitive. Your password is personal.").is_empty());
        assert!(found("Ditt lösenord blir ogiltigt efter 90 dagar.").is_empty());
        assert_eq!(found("Engångskod: 482913"), vec!["482913"]);
    }
}
