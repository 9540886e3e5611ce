//! Identifiers with a format and, where one exists, a checksum.
//!
//! Design: one forward scan over the bytes with a 256-entry class table stops only at
//! bytes that can start an identifier (a digit at a word start, `@`, `+`, `:`, `=`, `_`, `-`); there the
//! matchers for every identifier that can start that way are tried, each bailing out at
//! its first wrong byte, and the longest valid match wins. Context words are read only
//! for a candidate (a stack-buffer window before it). Credentials are checked where the
//! scan stops at `:`, `=`, `_`, `-`; the few key prefixes made of letters only come from
//! one small Aho-Corasick pass. Nothing is allocated except the findings.

pub(crate) mod columns;
pub(crate) mod context;
pub(crate) mod credential;
pub(crate) mod finance;
pub(crate) mod network;
pub mod orgnr;
pub(crate) mod passport;
pub mod personnummer;
pub(crate) mod phone;
pub(crate) mod plate;
pub(crate) mod secret_column;
pub(crate) mod util;

use columns::Columns;
use context::{Context, ContextFinder, Hint};
use personnummer::PnrKind;
use util::word_start;

use crate::{Category, Finding};

const DIGIT: u8 = 1;
const AT: u8 = 2;
const PLUS: u8 = 3;
const COLON: u8 = 4;
const EQ: u8 = 5;
const UNDERSCORE: u8 = 6;
const DASH: u8 = 7;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = DIGIT;
        d += 1;
    }
    t[b'@' as usize] = AT;
    t[b'+' as usize] = PLUS;
    t[b':' as usize] = COLON;
    t[b'=' as usize] = EQ;
    t[b'_' as usize] = UNDERSCORE;
    t[b'-' as usize] = DASH;
    t
};

/// How far (bytes) a context word may stand before the identifier it speaks for.
const NEAR_PHONE: usize = 32;
const NEAR_MONEY: usize = 40;
const NEAR_GIRO: usize = 32;
const NEAR_PLATE: usize = 48;
const NEAR_PASSPORT: usize = 40;
const NEAR_SPACED_PNR: usize = 24;

/// A personnummer wrapped after its hyphen ("19850314-\n1234"): the number read as if the
/// line break were not there; the end is after the serial on the next line.
fn wrapped_pnr(b: &[u8], i: usize, date: usize) -> Option<(usize, personnummer::Pnr)> {
    let serial = i + date + 2;
    let digits = b.get(serial..serial + 4)?;
    if !digits.iter().all(u8::is_ascii_digit)
        || b.get(serial + 4).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    let mut buf = [0u8; 13];
    buf[..date].copy_from_slice(&b[i..i + date]);
    buf[date] = b'-';
    buf[date + 1..date + 5].copy_from_slice(digits);
    let joined = std::str::from_utf8(&buf[..date + 5]).ok()?;
    personnummer::parse(joined).map(|p| (serial + 4, p))
}

/// Whether `i` follows a name of two capitalised words ("Anna Lindström 831112 1233",
/// "Karl-Erik Ek, 831112 1233"): the person a spaced personnummer belongs to.
fn after_full_name(b: &[u8], i: usize) -> bool {
    let mut k = i;
    for sep in [&b", "[..], b" ("] {
        if b[..k].ends_with(sep) {
            k -= sep.len();
            break;
        }
    }
    if k == i && k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    if k == i {
        return false;
    }
    // two words, each a capital and at least one lower-case letter (ASCII or ÅÄÖÉ)
    let word = |end: usize| -> Option<usize> {
        let mut s = end;
        let mut lower = 0;
        // a name's word is short: no scan back through a long run of letters
        while s > 0 && end - s < 40 {
            let c = b[s - 1];
            if c.is_ascii_lowercase() || c == b'-' {
                lower += 1;
                s -= 1;
            } else if c >= 0x80 {
                s -= 1;
            } else {
                break;
            }
        }
        if lower == 0 {
            return None;
        }
        // "Åsa": a capital outside ASCII (C3 80–9E) opens the word itself
        if b[s] == 0xC3 && b.get(s + 1).is_some_and(|c| (0x80..=0x9E).contains(c)) {
            return Some(s);
        }
        let first = *b.get(s.checked_sub(1)?)?;
        first.is_ascii_uppercase().then_some(s - 1)
    };
    let Some(s2) = word(k) else { return false };
    s2 > 0 && b[s2 - 1] == b' ' && word(s2 - 1).is_some()
}

/// A candidate: category, end, score.
type Cand = (Category, usize, f32);

/// Finds every identifier in one combined pass.
pub(crate) struct IdentifierDetector {
    context: ContextFinder,
    credentials: credential::CredentialFinder,
}

/// Context for one position, read at most once: the words before it and, in a table, the
/// header of its column.
struct LazyCtx<'a> {
    finder: &'a ContextFinder,
    columns: &'a Columns,
    text: &'a [u8],
    at: usize,
    ctx: Option<Context>,
}

impl<'a> LazyCtx<'a> {
    fn new(finder: &'a ContextFinder, columns: &'a Columns, text: &'a [u8], at: usize) -> Self {
        LazyCtx {
            finder,
            columns,
            text,
            at,
            ctx: None,
        }
    }

    fn get(&mut self) -> &Context {
        let (f, cols, t, a) = (self.finder, self.columns, self.text, self.at);
        self.ctx.get_or_insert_with(|| {
            let mut c = f.before(t, a);
            if let Some(cell) = cols.header(t, a) {
                f.add_header(t, cell, &mut c);
            }
            c
        })
    }
}

impl IdentifierDetector {
    pub(crate) fn new() -> Self {
        IdentifierDetector {
            context: ContextFinder::new(),
            credentials: credential::CredentialFinder::new(),
        }
    }

    /// Appends the identifiers found in `text` to `out`.
    pub(crate) fn detect(&self, text: &str, out: &mut Vec<Finding>) {
        let b = text.as_bytes();
        let first = out.len();
        let columns = Columns::default();
        self.credentials.find(b, |s, e, score| {
            out.push(Finding::new(Category::Credential, s, e, score))
        });
        let cred = |i: usize, out: &mut Vec<Finding>| -> usize {
            match credential::at_trigger(b, i) {
                Some((s, e, score)) => {
                    out.push(Finding::new(Category::Credential, s, e, score));
                    e.max(i + 1)
                }
                None => i + 1,
            }
        };
        let mut i = 0;
        let n = b.len();
        while i < n {
            i = skip_boring(b, i);
            if i >= n {
                break;
            }
            let class = CLASS[b[i] as usize];
            if class == 0 {
                i += 1;
                continue;
            }
            match class {
                DIGIT => {
                    // a number after `_` in a file name ("intyg_198112189876.pdf") stands alone
                    // (a camera's or a scanner's time stamp does not: "SCAN_20240315-1042.pdf",
                    // "IMG_20231107_094512.jpg")
                    let found = if word_start(b, i) || b[i - 1] == b'_' {
                        if after_number(b, i) || i > 0 && b[i - 1] == b'_' && device_stamp(b, i) {
                            None
                        } else {
                            self.at_number(b, i, &columns)
                        }
                    } else if b[i - 1].is_ascii_uppercase() {
                        self.at_lettered(b, i, &columns)
                    } else {
                        None
                    };
                    if let Some((cat, s, e, score)) = found {
                        out.push(Finding::new(cat, s, e, score));
                        i = e;
                    } else {
                        while i < n && b[i].is_ascii_alphanumeric() {
                            i += 1;
                        }
                    }
                }
                AT => {
                    if let Some((s, e)) = network::email_at(b, i) {
                        out.push(Finding::new(Category::Email, s, e, 0.97));
                        i = e;
                    } else {
                        i += 1;
                    }
                }
                PLUS => {
                    let ok = word_start(b, i) && b.get(i + 1).is_some_and(u8::is_ascii_digit);
                    match ok.then(|| phone::match_at(b, i, false)).flatten() {
                        Some((e, score)) => {
                            out.push(Finding::new(Category::Phone, i, e, score));
                            i = e;
                        }
                        None => i += 1,
                    }
                }
                COLON => match network::ipv6_at(b, i) {
                    Some((s, e)) => {
                        out.push(Finding::new(Category::IpAddress, s, e, 0.9));
                        i = e;
                    }
                    None => i = cred(i, out),
                },
                _ => i = cred(i, out), // `=`, `_`, `-`
            }
        }
        repeated_mentions(b, first, out);
        listed_plates(b, first, out);
    }

    /// Whether `s..e` fills a cell of a delimited table row (`;`, `|` or tab on both sides,
    /// spaces aside, or the line's end after it).
    fn whole_cell(b: &[u8], s: usize, e: usize) -> bool {
        let before = b[..s].iter().rev().find(|&&c| c != b' ');
        let after = b[e..].iter().find(|&&c| c != b' ' && c != b'\r');
        let delimiter = |c: Option<&u8>| c.is_some_and(|c| columns::DELIMITERS.contains(c));
        delimiter(before) && (after.is_none() || after == Some(&b'\n') || delimiter(after))
    }

    /// Identifiers that start with a digit at a word start.
    fn at_number(
        &self,
        b: &[u8],
        i: usize,
        columns: &Columns,
    ) -> Option<(Category, usize, usize, f32)> {
        let mut ctx = LazyCtx::new(&self.context, columns, b, i);

        // "ABC 123": a plate whose digits we stand on
        if i >= 4 && b[i - 1] == b' ' && word_start(b, i - 4) {
            if let Some(e) = plate::plate_at(b, i - 4) {
                let mut pctx = LazyCtx::new(&self.context, columns, b, i - 4);
                if pctx.get().within(Hint::Plate, NEAR_PLATE) {
                    return Some((Category::LicensePlate, i - 4, e, 0.9));
                }
            }
        }

        // "(08) 123 45 67": reported from the bracket on
        if b[i] == b'0' && i > 0 && b[i - 1] == b'(' {
            if let Some((e, score)) = phone::bracketed_at(b, i - 1) {
                return Some((Category::Phone, i - 1, e, score));
            }
        }

        // How many digits could belong to one identifier here (grouped by spaces and hyphens),
        // and how many stand together: most numbers in prose ("2024", "12 500", "kl. 13.30")
        // are ruled out here without running any matcher.
        let contiguous = b[i..]
            .iter()
            .take(20)
            .take_while(|c| c.is_ascii_digit())
            .count();
        // "408177-523104-…-150348": a BitLocker recovery key (eight groups of six digits)
        if contiguous == 6 && b.get(i + 6) == Some(&b'-') {
            if let Some(e) = credential::recovery_key(b, i) {
                return Some((Category::Credential, i, e, 0.9));
            }
        }
        let continues = matches!(b.get(i + contiguous), Some(b' ' | b'-'))
            && b.get(i + contiguous + 1).is_some_and(u8::is_ascii_digit);
        let n = if continues {
            util::grouped_count(b, i, b" -", 20)
        } else {
            contiguous
        };
        // "Personnummer: 85 03 12 - 1234", "Pers.nr: 1985.03.12-1234": grouped as typed into
        // a form, right after a word that names a personnummer
        if matches!(contiguous, 2 | 4 | 6 | 8)
            && matches!(b.get(i + contiguous), Some(b' ' | b'.'))
            && b[i..]
                .iter()
                .take(20)
                .take_while(|c| c.is_ascii_digit() || matches!(c, b' ' | b'.' | b'-' | b'+'))
                .filter(|c| c.is_ascii_digit())
                .count()
                >= 10
        {
            if let Some((e, _)) = personnummer::match_grouped(b, i) {
                // (or the date whole right after a full name, as a spaced number there:
                // "Åsa Lindström 850709 - 9805")
                if ctx.get().within(Hint::Person, NEAR_SPACED_PNR)
                    || matches!(contiguous, 6 | 8) && after_full_name(b, i)
                {
                    return Some((Category::Personnummer, i, e, 0.9));
                }
            }
        }
        let ipv4_shape = contiguous <= 3 && b.get(i + contiguous) == Some(&b'.');
        // a clearing number followed by a comma or by the account's label ("8327-9 kontonr …")
        let comma_account =
            contiguous >= 4 && (b[i..(i + 8).min(b.len())].contains(&b',') || konto_label(b, i));
        // a table's column of codes ("id;namn;portkod;nyckel\n1;Astrid;2741;N-014")
        if n == contiguous
            && (4..=8).contains(&contiguous)
            && Self::whole_cell(b, i, i + contiguous)
        {
            if let Some((hs, he)) = columns.header(b, i) {
                if secret_column::secret_header(b[hs..he].trim_ascii()) {
                    return Some((Category::Credential, i, i + contiguous, 0.85));
                }
            }
        }
        if n < 5 && contiguous < 5 && !comma_account {
            return if ipv4_shape {
                network::ipv4_at(b, i).map(|e| (Category::IpAddress, i, e, 0.9))
            } else if b[i] == b'0' && contiguous >= 2 {
                // an area code set off by a spaced dash ("070 - 291 44 08", "0735 – 48 12 90")
                phone::spaced_dash_at(b, i, contiguous)
                    .map(|(e, score)| (Category::Phone, i, e, score))
            } else {
                None
            };
        }

        let mut best: Option<Cand> = None;
        fn offer_to(best: &mut Option<Cand>, c: Cand) {
            if best.is_none_or(|b| c.1 > b.1) {
                *best = Some(c);
            }
        }

        let pnr = if contiguous >= 6 {
            personnummer::match_at(b, i)
                .or_else(|| {
                    // "pnr 811218 9876": a space for the hyphen, only right after such a word
                    // (or in quotes further after it: a value in code or a table under a
                    // personnummer heading, "… personnummer … '19850314 1234'")
                    (matches!(contiguous, 6 | 8)
                        && b.get(i + contiguous) == Some(&b' ')
                        && (ctx.get().within(Hint::Person, NEAR_SPACED_PNR)
                            || after_full_name(b, i)
                            || contiguous == 8
                                && i > 0
                                && matches!(b[i - 1], b'\'' | b'"')
                                && ctx.get().distance(Hint::Person).is_some()))
                    .then(|| personnummer::match_spaced(b, i))
                    .flatten()
                })
                .or_else(|| {
                    // "personnummer 19850314-\n1234": wrapped after the hyphen, right after
                    // such a word
                    (matches!(contiguous, 6 | 8)
                        && b[i + contiguous..].starts_with(b"-\n")
                        && ctx.get().within(Hint::Person, NEAR_SPACED_PNR))
                    .then(|| wrapped_pnr(b, i, contiguous))
                    .flatten()
                })
        } else {
            None
        };
        if let Some((e, p)) = pnr {
            let c = ctx.get();
            let person_near = c.distance(Hint::Person);
            let phone_near = c.distance(Hint::Phone).filter(|&d| d <= NEAR_PHONE);
            let nearer = |a: Option<usize>, than: Option<usize>| match (a, than) {
                (Some(a), Some(t)) => a < t,
                (Some(_), None) => true,
                _ => false,
            };
            let mut score = match (p.kind, p.long, p.separator) {
                (PnrKind::Interim, ..) => 0.6,
                (_, true, _) => 0.99,
                (_, false, Some(_)) => 0.97,
                (_, false, None) => 0.9,
            };
            let mut keep = true;
            // a word naming another number that an earlier number already answered
            // ("Kundnummer 4471, Anna Berg, 8503141239"): spent, it names nothing here
            let spent = c.distance(Hint::OtherNumber).is_some_and(|d| {
                let between = &b[i.saturating_sub(d)..i];
                between
                    .iter()
                    .rposition(u8::is_ascii_digit)
                    .is_some_and(|p| {
                        between[p + 1..]
                            .iter()
                            .any(|x| x.is_ascii_alphabetic() || matches!(x, b',' | b';' | b'\n'))
                    })
            });
            // a customer or member number that is a valid personnummer ("Kundnummer:
            // 8503141239"): many registers number people so; reported, with a low score
            let register = || {
                let before = &b[i.saturating_sub(24)..i];
                let mut low = [0u8; 24];
                let low = &mut low[..before.len()];
                context::lower_into(before, low);
                [
                    &b"kundnummer"[..],
                    b"kundnr",
                    b"kund-nr",
                    b"medlemsnummer",
                    b"medlemsnr",
                ]
                .iter()
                .any(|w| memchr::memmem::find(low, w).is_some())
            };
            if c.other_number() && !spent {
                // (a separated number, or a register's number: reported with a low score)
                if p.separator.is_none() && !register() {
                    keep = false;
                } else {
                    score = 0.5;
                }
            } else if p.separator.is_none()
                && !p.long
                && b[i] == b'0'
                && (nearer(phone_near, person_near) || phone_column(columns, b, i))
            {
                // "tel 0701234567": a phone number that happens to pass Luhn. Twelve digits
                // with the century ("Telefonsamtal med T. L. (197607137556)") are no phone
                // number of that kind.
                keep = false;
            } else if person_near.is_some() {
                score = if p.kind == PnrKind::Interim {
                    0.8
                } else {
                    0.99
                };
            }
            if keep {
                let cat = match p.kind {
                    PnrKind::Samordningsnummer => Category::Samordningsnummer,
                    _ => Category::Personnummer,
                };
                offer_to(&mut best, (cat, e, score));
            }
        }
        if best.is_none() && contiguous >= 6 {
            if let Some(e) = orgnr::match_at(b, i) {
                offer_to(&mut best, (Category::OrgNumber, e, 0.95));
            }
        }
        if b[i] != b'0' && n >= 12 {
            // (not a number named as another kind right before it: "OCR 4000 1234 5678 9010")
            if let Some(e) = finance::card_at(b, i) {
                if !ctx.get().within(Hint::OtherNumber, NEAR_MONEY) {
                    offer_to(&mut best, (Category::PaymentCard, e, 0.95));
                }
            }
        }
        let account = if (n >= 10 && contiguous >= 4) || comma_account {
            finance::bank_account_at(b, i)
        } else {
            None
        };
        if let Some((e, ok)) = account {
            // (or a bank named right after a number that passes its bank's check: "6212 506
            // 457 044 (Handelsbanken)")
            // (not when a word naming another number stands nearer: "Kontorsvaruhuset (kundnr
            // 88213, ordernr 4500087712)")
            let c = ctx.get();
            if c.within(Hint::BankAccount, NEAR_MONEY) && !c.other_nearer_than(Hint::BankAccount)
                || ok && finance::bank_after(b, e)
            {
                offer_to(
                    &mut best,
                    (Category::BankAccount, e, if ok { 0.95 } else { 0.6 }),
                );
            }
        }
        let bg = if (7..=8).contains(&n) {
            finance::bankgiro_at(b, i)
        } else {
            None
        };
        if let Some(e) = bg {
            // the nearest word names the number: "Bankgiro 2107-8209\nFakturanummer: 20260188"
            let c = ctx.get();
            if c.within(Hint::Bankgiro, NEAR_GIRO) && !c.other_nearer_than(Hint::Bankgiro) {
                offer_to(&mut best, (Category::Bankgiro, e, 0.95));
            }
        }
        let pg = if (5..=8).contains(&n) {
            finance::plusgiro_at(b, i)
        } else {
            None
        };
        if let Some(e) = pg {
            if ctx.get().within(Hint::Plusgiro, NEAR_GIRO) {
                offer_to(&mut best, (Category::Plusgiro, e, 0.95));
            }
        }
        if b[i] == b'0' && n >= 7 {
            let found = match phone::match_at(b, i, false) {
                Some(m) if ctx.get().within(Hint::Phone, NEAR_PHONE) => Some((m.0, m.1.max(0.95))),
                Some(m) => Some(m),
                None if ctx.get().within(Hint::Phone, NEAR_PHONE) => phone::match_at(b, i, true),
                None => None,
            };
            // not across a personnummer in the next column ("0041187 860509-8014": a queue
            // number and the person's number, no phone number from Switzerland)
            // (it would be the phone's last eleven bytes, after a space)
            let found = found.filter(|&(e, _)| {
                !(e >= i + 12
                    && b[e - 12] == b' '
                    && personnummer::match_at(b, e - 11)
                        .is_some_and(|(pe, p)| pe == e && p.separator.is_some()))
            });
            if let Some((e, score)) = found {
                offer_to(&mut best, (Category::Phone, e, score));
            }
        }
        let ip = if ipv4_shape {
            network::ipv4_at(b, i)
        } else {
            None
        };
        if let Some(e) = ip {
            offer_to(&mut best, (Category::IpAddress, e, 0.9));
        }
        let pass = if contiguous >= 5 {
            passport::passport_at(b, i)
        } else {
            None
        };
        if let Some(e) = pass {
            if ctx.get().within(Hint::Passport, NEAR_PASSPORT) {
                offer_to(&mut best, (Category::PassportNumber, e, 0.85));
            }
        }
        best.map(|(c, e, s)| (c, i, e, s))
    }

    /// Identifiers whose token starts with letters before the digit at `i`:
    /// IBAN, VAT number, plate without a space, passport.
    fn at_lettered(
        &self,
        b: &[u8],
        i: usize,
        columns: &Columns,
    ) -> Option<(Category, usize, usize, f32)> {
        let mut ts = i;
        while ts > 0 && b[ts - 1].is_ascii_uppercase() && i - ts < 4 {
            ts -= 1;
        }
        if !word_start(b, ts) {
            return None;
        }
        let letters = i - ts;
        if letters == 2 {
            if let Some(e) = finance::iban_at(b, ts) {
                return Some((Category::Iban, ts, e, 0.99));
            }
            if &b[ts..i] == b"SE" {
                if let Some(e) = orgnr::match_vat(b, i) {
                    return Some((Category::OrgNumber, ts, e, 0.95));
                }
            }
        }
        let mut ctx = LazyCtx::new(&self.context, columns, b, ts);
        if letters == 3 {
            if let Some(e) = plate::plate_at(b, ts) {
                if ctx.get().within(Hint::Plate, NEAR_PLATE) {
                    return Some((Category::LicensePlate, ts, e, 0.9));
                }
            }
        }
        if letters <= 2 {
            if let Some(e) = passport::passport_at(b, ts) {
                if ctx.get().within(Hint::Passport, NEAR_PASSPORT) {
                    return Some((Category::PassportNumber, ts, e, 0.85));
                }
            }
        }
        None
    }
}

/// The first position at or after `i` whose byte may start an identifier
/// (digit, `:`, `@`, `+`, `=`, `_`, `-`), or a position close before it; `b.len()` if none.
#[inline]
fn skip_boring(b: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of the x86_64 baseline; loads are unaligned and in bounds
        // (i + 16 <= b.len()).
        unsafe {
            let lo = _mm_set1_epi8(0x2F);
            let hi = _mm_set1_epi8(0x3B);
            let at = _mm_set1_epi8(b'@' as i8);
            let plus = _mm_set1_epi8(b'+' as i8);
            let eq = _mm_set1_epi8(b'=' as i8);
            let us = _mm_set1_epi8(b'_' as i8);
            let dash = _mm_set1_epi8(b'-' as i8);
            while i + 16 <= b.len() {
                let v = _mm_loadu_si128(b.as_ptr().add(i) as *const __m128i);
                // signed compares: bytes >= 0x80 are negative, so never in 0x30..=0x3A
                let range = _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmplt_epi8(v, hi));
                let hit = _mm_or_si128(
                    _mm_or_si128(
                        range,
                        _mm_or_si128(_mm_cmpeq_epi8(v, at), _mm_cmpeq_epi8(v, plus)),
                    ),
                    _mm_or_si128(
                        _mm_cmpeq_epi8(v, eq),
                        _mm_or_si128(_mm_cmpeq_epi8(v, us), _mm_cmpeq_epi8(v, dash)),
                    ),
                );
                let mask = _mm_movemask_epi8(hit) as u32;
                if mask != 0 {
                    return i + mask.trailing_zeros() as usize;
                }
                i += 16;
            }
        }
    }
    while i + 16 <= b.len() {
        let mut any = 0u8;
        for &c in &b[i..i + 16] {
            any |= CLASS[c as usize];
        }
        if any != 0 {
            break;
        }
        i += 16;
    }
    i
}

/// Digits right after `12.` / `3,` / `12:` continue a number (decimals, times, versions);
/// digits right after a `+` that was no phone number are no identifier either.
fn after_number(b: &[u8], i: usize) -> bool {
    (i >= 1 && b[i - 1] == b'+')
        || (i >= 2 && matches!(b[i - 1], b'.' | b',' | b':') && b[i - 2].is_ascii_digit())
}

/// Whether "konto" (as in "kontonr") follows within 16 bytes of the digits at `i`.
fn konto_label(b: &[u8], i: usize) -> bool {
    let w = &b[i..(i + 16).min(b.len())];
    memchr::memchr2(b'k', b'K', w).is_some_and(|p| {
        w.get(p..p + 5)
            .is_some_and(|x| x.eq_ignore_ascii_case(b"konto"))
    })
}

/// Later mentions of a plate, a passport number or a secret (8+ characters) that context
/// confirmed once in the text
/// ("Reg.nr" over a table, then "- ROE 883: skada vänster skjutdörr" in the notes below): the
/// same characters standing alone are the same identifier. Each of (at most 64 different)
/// confirmed ones is looked up with a SIMD substring search within 4 KiB around it, so a
/// long register costs no scan of the whole text per plate.
fn repeated_mentions(b: &[u8], first: usize, out: &mut Vec<Finding>) {
    const AROUND: usize = 4096;
    let confirmed: Vec<(Category, usize, usize)> = out[first..]
        .iter()
        .filter(|f| {
            matches!(
                f.category,
                Category::LicensePlate | Category::PassportNumber
            )
                // a secret given once and used again ("snmp-server host … version 2c
                // kVv-ro-2019!"); short codes ("4471") could be anything
                || f.category == Category::Credential && f.end - f.start >= 8
        })
        .map(|f| (f.category, f.start, f.end))
        .collect();
    if confirmed.is_empty() {
        return;
    }
    let mut seen: Vec<&[u8]> = Vec::new();
    for (cat, s, e) in confirmed {
        let needle = &b[s..e];
        if seen.contains(&needle) {
            continue;
        }
        if seen.len() == 64 {
            break;
        }
        seen.push(needle);
        let lo = s.saturating_sub(AROUND);
        let hi = (e + AROUND).min(b.len());
        for at in memchr::memmem::find_iter(&b[lo..hi], needle).map(|p| lo + p) {
            let end = at + needle.len();
            let alone = (at == 0 || !b[at - 1].is_ascii_alphanumeric())
                && (end >= b.len() || !b[end].is_ascii_alphanumeric());
            if alone && !out.iter().any(|f| f.start < end && at < f.end) {
                out.push(Finding::new(cat, at, end, 0.85));
            }
        }
    }
}

/// Other plates near a plate that context confirmed ("regnr från p-övervakningen i natt:
/// HBN 412, XTR 09C, MMO 775"; a parking list whose header names permits): within
/// `PLATE_LIST` bytes of a confirmed plate, a word in the spaced plate shape ("ABC 123",
/// "ABC 12A") is a plate as well. (The unspaced shape, "ABC123", is a product code as
/// often, and stays context-bound.)
fn listed_plates(b: &[u8], first: usize, out: &mut Vec<Finding>) {
    const PLATE_LIST: usize = 256;
    let mut confirmed: Vec<(usize, usize)> = out[first..]
        .iter()
        .filter(|f| f.category == Category::LicensePlate)
        .map(|f| (f.start, f.end))
        .collect();
    if confirmed.is_empty() {
        return;
    }
    confirmed.sort_unstable();
    let mut scanned = 0;
    for &(s, e) in &confirmed {
        let lo = s.saturating_sub(PLATE_LIST).max(scanned);
        let hi = (e + PLATE_LIST).min(b.len());
        let mut k = lo;
        while k + 7 <= hi {
            if b[k].is_ascii_uppercase() && (k == 0 || !b[k - 1].is_ascii_alphanumeric()) {
                if let Some(pe) = plate::plate_at(b, k).filter(|_| b[k + 3] == b' ') {
                    // (a confirmed plate itself is skipped without a look at every finding)
                    let known = confirmed.binary_search_by_key(&k, |&(s, _)| s).is_ok();
                    if !known && !out.iter().any(|f| f.start < pe && k < f.end) {
                        out.push(Finding::new(Category::LicensePlate, k, pe, 0.8));
                    }
                    k = pe;
                    continue;
                }
            }
            k += 1;
        }
        scanned = hi;
    }
}

/// Whether the number at `i` is a cell of a table column headed as a phone number
/// ("Enhet  Telefon" over "Hemtjänst Söder  0701740615", or "Namn | Mobil"): a mobile
/// number that happens to pass as a samordningsnummer is the phone number its column says.
fn phone_column(columns: &Columns, b: &[u8], i: usize) -> bool {
    let phone_word = |h: &[u8]| {
        let h = h.trim_ascii();
        [&b"tel"[..], b"mobil", b"tfn", b"phone"]
            .iter()
            .any(|w| h.len() >= w.len() && h[..w.len()].eq_ignore_ascii_case(w))
    };
    if columns
        .header(b, i)
        .is_some_and(|(hs, he)| phone_word(&b[hs..he]))
    {
        return true;
    }
    // a table of two columns aligned with spaces (which `Columns` leaves to the context
    // words): the line above in the same block whose text starts at the number's column
    let ls = memchr::memrchr(b'\n', &b[..i]).map_or(0, |p| p + 1);
    if !b[ls..i].ends_with(b"  ") {
        return false;
    }
    let col = b[ls..i].iter().filter(|&&c| c & 0xC0 != 0x80).count();
    let mut end = ls;
    for _ in 0..40 {
        if end == 0 {
            break;
        }
        let start = memchr::memrchr(b'\n', &b[..end - 1]).map_or(0, |p| p + 1);
        let line = &b[start..end - 1];
        if line.trim_ascii().is_empty() {
            break;
        }
        // the byte where this line's character `col` starts, after a space
        let at = line
            .iter()
            .enumerate()
            .filter(|&(_, &c)| c & 0xC0 != 0x80)
            .nth(col)
            .map(|(p, _)| p);
        if let Some(p) = at.filter(|&p| p > 0 && line[p - 1] == b' ' && line[p] != b' ') {
            if !line[p].is_ascii_digit() {
                return phone_word(&line[p..]);
            }
        }
        end = start;
    }
    false
}

/// Whether the digits at `i` follow a device's file-name prefix ("SCAN_", "IMG_", "DSC_",
/// "VID_", "PXL_", "Screenshot_", "Skärmavbild_"): a date and a time, no personnummer.
fn device_stamp(b: &[u8], i: usize) -> bool {
    const PREFIXES: &[&str] = &[
        "scan_",
        "img_",
        "dsc_",
        "vid_",
        "pxl_",
        "screenshot_",
        "skärmavbild_",
    ];
    PREFIXES.iter().any(|p| {
        let p = p.as_bytes();
        i >= p.len()
            && b[i - p.len()..i].eq_ignore_ascii_case(p)
            && (i == p.len() || !b[i - p.len() - 1].is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(Category, &str)> {
        let mut out = Vec::new();
        IdentifierDetector::new().detect(text, &mut out);
        out.sort_by_key(|f| f.start);
        out.iter()
            .map(|f| (f.category, &text[f.start..f.end]))
            .collect()
    }

    /// A secret given once is the same secret where it stands again.
    #[test]
    fn a_secret_used_again() {
        let t = "snmp-server community Hx7-ro-2024! RO 15\nsnmp-server host 10.1.2.3 version 2c Hx7-ro-2024!\n";
        let creds: Vec<_> = found(t)
            .into_iter()
            .filter(|(c, _)| *c == Category::Credential)
            .collect();
        assert_eq!(creds.len(), 2, "{creds:?}");
    }

    /// A mobile number in a phone column is a phone number, even when its digits pass as a
    /// samordningsnummer (07-01-74: the 14th, plus 60); outside such a column they still do.
    #[test]
    fn a_phone_column_holds_phone_numbers() {
        for t in [
            "Enhet                        Telefon\nHemtjänst Norr               0701740607\nHemtjänst Söder              0701740615\n",
            "Namn | Mobil\nEva Ek | 0701740615\n",
        ] {
            let cats: Vec<Category> = found(t).into_iter().map(|(c, _)| c).collect();
            assert!(!cats.contains(&Category::Samordningsnummer), "{t}: {cats:?}");
            assert!(cats.contains(&Category::Phone), "{t}: {cats:?}");
        }
        let t = "Namn                 Samordningsnummer\nEva Ek               0701740615\n";
        assert!(found(t).contains(&(Category::Samordningsnummer, "0701740615")));
    }

    /// A number named as a reference right before it is no payment card, even when its
    /// digits would pass as one.
    #[test]
    fn a_reference_is_no_card() {
        let card = |t: &str| {
            found(t)
                .into_iter()
                .any(|(c, _)| c == Category::PaymentCard)
        };
        assert!(card("Kortnummer: 4000 0000 0000 0002, giltigt till 08/28"));
        assert!(!card(
            "Betala till bankgiro 5050-1055, OCR 4000000000000002."
        ));
        assert!(!card("Ert kundnummer: 4000000000000002"));
        // a library book's barcode
        assert!(!card("boken (streckkod 30012004418827) som jag lämnade"));
    }

    #[test]
    fn versions_sections_and_ledger_dates_are_no_identifiers() {
        for t in [
            "Version 10.4.2.117 (2026-02-18)",
            "Release notes – Ärendehanteraren 4.12.0.3 (build 2025.03.14.1102)",
            "Kända fel: Klient 4.11.9.7 och äldre kan inte öppna handlingar.",
            "Installera v1.0.0.12 före fredag.",
            "3.2.1.4  Klassning enligt KLASSA\n3.2.1.5  Övning",
            "2026-1290 2026-02-20  1930   Företagskonto (bank)   12 500,00",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        assert_eq!(
            found("Servern 10.4.2.117 svarar inte."),
            vec![(Category::IpAddress, "10.4.2.117")]
        );
    }

    #[test]
    fn a_queue_number_before_a_personnummer_is_no_phone() {
        let t = "KÖNR    PERSONNR        NAMN\n0041187 860509-8014     LINDGREN, ANN-CHRISTIN\n";
        assert_eq!(found(t), vec![(Category::Personnummer, "860509-8014")]);
        // an international number stays one
        assert_eq!(
            found("Ring +41 44 668 18 00 eller 0041 44 668 18 00."),
            vec![
                (Category::Phone, "+41 44 668 18 00"),
                (Category::Phone, "0041 44 668 18 00")
            ]
        );
    }

    #[test]
    fn accounts_where_money_goes() {
        assert_eq!(
            found("Lönen kommer in på 6365 862 369 673 den 25:e."),
            vec![(Category::BankAccount, "6365 862 369 673")]
        );
        // an OCR reference after "betala till" is no account
        assert!(found("Betala till bankgiro med OCR 44187320261.")
            .iter()
            .all(|(c, _)| *c != Category::BankAccount));
    }

    #[test]
    fn plates_after_parking_words() {
        for (t, plate) in [
            (
                "Fick en p-bot i fredags på MJC 41F på Stora torget.",
                "MJC 41F",
            ),
            ("ok, hon har reg MXR 418 om det spelar nån roll", "MXR 418"),
            ("Han har ställt sin husbil (TUB 218) på gatan.", "TUB 218"),
        ] {
            assert_eq!(found(t), vec![(Category::LicensePlate, plate)], "{t}");
        }
    }

    #[test]
    fn plates_listed_with_a_confirmed_one() {
        let plates = |t: &str| -> Vec<String> {
            found(t)
                .into_iter()
                .filter(|(c, _)| *c == Category::LicensePlate)
                .map(|(_, s)| s.to_string())
                .collect()
        };
        assert_eq!(
            plates("Regnr från p-övervakningen i natt: HBN 412, XTR 09C, MMO 775. Matcha dem."),
            vec!["HBN 412", "XTR 09C", "MMO 775"]
        );
        // the unspaced shape and words of other shapes stay out; no confirmed plate, no list
        assert_eq!(
            plates(
                "Regnr: HBN 412. Övriga noteringar om lagret och beställningarna som kom \
                 in under veckan: artikel ABC123, enligt SFS 2018."
            ),
            vec!["HBN 412"]
        );
        assert!(plates("Rum ABC 123 och DEF 456 är bokade.").is_empty());
    }

    #[test]
    fn a_plate_confirmed_once_is_found_again_below() {
        let t = "Reg.nr | Fordon\nROE 883 | Ford Transit\nGHX 09C | Toyota Hilux\n\nAnteckningar\n- ROE 883: skada vänster skjutdörr\n- Lagerplats ROE 8831 är ingen bil\n";
        let plates: Vec<&str> = found(t)
            .into_iter()
            .filter(|(c, _)| *c == Category::LicensePlate)
            .map(|(_, s)| s)
            .collect();
        assert_eq!(plates, vec!["ROE 883", "GHX 09C", "ROE 883"]);
        // without the confirming header, the note's plate stands alone and is not reported
        assert!(found("- ROE 883: skada vänster skjutdörr").is_empty());
    }

    #[test]
    fn payments_dates_and_spaced_area_codes() {
        assert_eq!(
            found("Utbetalning till 6510 033 249 210 (Handelsbanken)."),
            vec![(Category::BankAccount, "6510 033 249 210")]
        );
        // a log line's date and hour next to an account word
        assert!(found("Kontot låst. Berit Johansson 2026-11-03 07:52")
            .iter()
            .all(|(c, _)| *c != Category::BankAccount));
        assert_eq!(
            found("Tfn: 0735 – 48 12 90"),
            vec![(Category::Phone, "0735 – 48 12 90")]
        );
    }
}
