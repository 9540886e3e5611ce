//! Personnummer, samordningsnummer and interim numbers.
//!
//! Forms: `YYMMDD-NNNC`, `YYMMDD+NNNC` (age 100+), `YYMMDDNNNC`, `YYYYMMDD-NNNC`,
//! `YYYYMMDDNNNC`; the hyphen may be a word processor's dash (– ‑ −). The date must exist
//! (leap years included); a samordningsnummer has day + 60; the birth number `000` is never
//! issued; the check digit is Luhn over the ten-digit form (never the century). Interim numbers put a letter (T R S U W X J K L M N P)
//! in the first birth-number position, which counts as 1 in the Luhn sum. A municipality's
//! reporting number for someone without a personnummer (IVO: `YYYYMMDD-T123`,
//! `YYYYMMDD-TF10`) has a date and no check digit; it is reported as an interim number.

use super::util::{luhn, word_char_at};

/// What kind of personal identity number a string is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PnrKind {
    /// A personnummer issued by Skatteverket.
    Personnummer,
    /// A samordningsnummer (day + 60).
    Samordningsnummer,
    /// An interim number (letter in the birth number), used in healthcare and universities.
    Interim,
}

/// A validated personal identity number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pnr {
    /// Which kind.
    pub kind: PnrKind,
    /// Whether the century was written (12-digit form).
    pub long: bool,
    /// The separator written, if any (`-` or `+`).
    pub separator: Option<char>,
}

/// Parses a whole string as a personnummer, samordningsnummer or interim number.
/// `None` when the format, the date, the birth number or the check digit is wrong.
///
/// ```
/// use vakt_detect::checks::personnummer;
/// assert!(personnummer::parse("19000229-2399").is_none()); // 1900 was no leap year
/// assert!(personnummer::parse("000229-2399").is_some());
/// assert!(personnummer::parse("090527 1474").is_none()); // a space is no separator
/// ```
pub fn parse(s: &str) -> Option<Pnr> {
    let b = s.as_bytes();
    match match_at(b, 0) {
        Some((end, p)) if end == b.len() => Some(p),
        _ => None,
    }
}

/// Matches a number starting at `i` (a digit). Returns its end and what it is.
/// The caller checks what precedes `i`; this checks that no digit or letter follows.
/// A space is no separator here (the peer vectors reject "090527 1474" as a format): see
/// [`match_spaced`].
pub(crate) fn match_at(b: &[u8], i: usize) -> Option<(usize, Pnr)> {
    match_sep(b, i, false)
}

/// [`match_at`] that also takes one space for the hyphen ("811218 9876"). Not a format of
/// its own, but people write it: the scanner reports it only right after a word that names
/// a personnummer ("pnr", "personnummer", "född"), where leaving it out would let a
/// personal identity number through.
pub(crate) fn match_spaced(b: &[u8], i: usize) -> Option<(usize, Pnr)> {
    match_sep(b, i, true)
}

/// A personnummer written in groups, as people type it into forms: "85 03 12 - 1234",
/// "1985 03 12-1234", "1985 0312-1234", "1985.03.12-1234". Digit groups joined by spaces or
/// dots (one or two bytes) and at most one hyphen or plus (spaces around it allowed); 10 or
/// 12 digits in all, with a valid date and check digit. Like [`match_spaced`] no format of
/// its own: the scanner takes it only right after a word that names a personnummer.
pub(crate) fn match_grouped(b: &[u8], i: usize) -> Option<(usize, Pnr)> {
    let mut digits = [0u8; 12];
    let mut n = 0;
    let mut pos = i;
    let mut sign: Option<(u8, usize)> = None; // the hyphen or plus and how many digits before
    let mut grouped = false;
    loop {
        let start = pos;
        while pos < b.len() && b[pos].is_ascii_digit() {
            if n == 12 {
                return None;
            }
            digits[n] = b[pos];
            n += 1;
            pos += 1;
        }
        if pos == start {
            return None;
        }
        if n == 10 || n == 12 {
            // the end, unless more digits follow in the same way
            let mut q = pos;
            while q < b.len() && q - pos < 3 && matches!(b[q], b' ' | b'.') {
                q += 1;
            }
            if !(q > pos && b.get(q).is_some_and(u8::is_ascii_digit)) || n == 12 {
                break;
            }
        }
        // the separator run: spaces and dots, or a hyphen or plus with spaces around it
        let mut q = pos;
        let mut here: Option<u8> = None;
        while q < b.len() && q - pos < 3 {
            match b[q] {
                b' ' | b'.' => {}
                c @ (b'-' | b'+') if here.is_none() && sign.is_none() => here = Some(c),
                _ => break,
            }
            q += 1;
        }
        if q == pos || !b.get(q).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        if let Some(c) = here {
            sign = Some((c, n));
        }
        grouped = true;
        pos = q;
    }
    if !grouped || !boundary_after(b, pos) {
        return None;
    }
    // a hyphen or plus stands only before the serial's four digits
    if sign.is_some_and(|(_, before)| before != n - 4) {
        return None;
    }
    let mut norm = [0u8; 13];
    let head = n - 4;
    norm[..head].copy_from_slice(&digits[..head]);
    let mut len = head;
    if let Some((c, _)) = sign {
        norm[len] = c;
        len += 1;
    }
    norm[len..len + 4].copy_from_slice(&digits[head..n]);
    len += 4;
    let (_, p) = match_sep(&norm[..len], 0, false)?;
    Some((pos, p))
}

fn match_sep(b: &[u8], i: usize, space: bool) -> Option<(usize, Pnr)> {
    let n = run_digits(b, i, 13);
    let (century, head_len) = match n {
        12 | 8 => (Some(num2(b, i)), 8),
        10 | 6 => (None, 6),
        _ => return None,
    };
    let head = i + if century.is_some() { 2 } else { 0 };
    // ten symbols: value 0-9; the interim letter is stored as 1
    let mut ten = [0u8; 10];
    for k in 0..6 {
        ten[k] = b[head + k] - b'0';
    }
    let mut pos = i + head_len;
    let mut sep = None;
    if n == 12 || n == 10 {
        for k in 0..4 {
            ten[6 + k] = b[pos + k] - b'0';
        }
        pos += 4;
    } else {
        if let Some(&c) = b.get(pos) {
            if c == b'-' || c == b'+' {
                sep = Some(c as char);
                pos += 1;
            } else if space && c == b' ' {
                sep = Some('-');
                pos += 1;
            } else if let Some(len) = typographic_dash(b, pos) {
                // "811218–9876": a word processor's dash for the hyphen
                sep = Some('-');
                pos += len;
            }
        }
        let first = *b.get(pos)?;
        let interim = is_interim_letter(first);
        if !(first.is_ascii_digit() || interim) {
            return None;
        }
        // the number a municipality reports for someone without a personnummer (IVO:
        // "ÅÅÅÅMMDD-T123" or "ÅÅÅÅMMDD-TF10", no check digit): a birth date and a sex, a
        // person's identity number all the same
        if century.is_some() && sep == Some('-') && first == b'T' {
            let tf = b.get(pos + 1) == Some(&b'F');
            let digits = if tf { 2 } else { 3 };
            let at = pos + 1 + usize::from(tf);
            if run_digits(b, at, 4) == digits && boundary_after(b, at + digits) {
                let mut date = ten;
                date[6..].copy_from_slice(&[1, 1, 1, 1]);
                if valid_date(century, &date, false) {
                    return Some((
                        at + digits,
                        Pnr {
                            kind: PnrKind::Interim,
                            long: true,
                            separator: sep,
                        },
                    ));
                }
            }
        }
        if run_digits(b, pos + 1, 4) != 3 {
            return None;
        }
        ten[6] = if interim { 1 } else { first - b'0' };
        for k in 1..4 {
            ten[6 + k] = b[pos + k] - b'0';
        }
        let kind_interim = interim;
        pos += 4;
        if !boundary_after(b, pos) {
            return None;
        }
        let kind = validate(century, &ten, sep == Some('+'), kind_interim)?;
        return Some((
            pos,
            Pnr {
                kind,
                long: century.is_some(),
                separator: sep,
            },
        ));
    }
    if !boundary_after(b, pos) {
        return None;
    }
    let kind = validate(century, &ten, false, false)?;
    Some((
        pos,
        Pnr {
            kind,
            long: century.is_some(),
            separator: None,
        },
    ))
}

/// The length of a dash that word processors put for the hyphen (U+2010 hyphen, U+2011
/// non-breaking hyphen, U+2013 en dash, U+2212 minus) at `pos`, if one stands there.
fn typographic_dash(b: &[u8], pos: usize) -> Option<usize> {
    match b.get(pos..pos + 3) {
        Some([0xE2, 0x80, 0x90 | 0x91 | 0x93]) | Some([0xE2, 0x88, 0x92]) => Some(3),
        _ => None,
    }
}

fn validate(century: Option<u8>, ten: &[u8; 10], plus: bool, interim: bool) -> Option<PnrKind> {
    if !valid_date(century, ten, plus) {
        return None;
    }
    if !interim && ten[6] == 0 && ten[7] == 0 && ten[8] == 0 {
        return None;
    }
    if !luhn(ten) {
        return None;
    }
    let coord = ten[4] * 10 + ten[5] > 60;
    Some(if interim {
        PnrKind::Interim
    } else if coord {
        PnrKind::Samordningsnummer
    } else {
        PnrKind::Personnummer
    })
}

/// Whether the first six symbols of `ten` are a date that exists (a samordningsnummer's day
/// + 60 included), in the century given or implied.
fn valid_date(century: Option<u8>, ten: &[u8; 10], plus: bool) -> bool {
    if let Some(c) = century {
        if !(18..=20).contains(&c) {
            return false;
        }
    }
    let yy = ten[0] * 10 + ten[1];
    let mm = ten[2] * 10 + ten[3];
    let mut dd = ten[4] * 10 + ten[5];
    let coord = dd > 60;
    if coord {
        dd -= 60;
    }
    let leap = match century {
        Some(c) => {
            let y = c as u32 * 100 + yy as u32;
            (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
        }
        // without a century, 00 is 2000 (leap) unless `+` says 100+ years old (1900)
        None => yy.is_multiple_of(4) && !(yy == 0 && plus),
    };
    let dim = match mm {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    dd != 0 && dd <= dim
}

fn is_interim_letter(c: u8) -> bool {
    matches!(
        c,
        b'T' | b'R' | b'S' | b'U' | b'W' | b'X' | b'J' | b'K' | b'L' | b'M' | b'N' | b'P'
    )
}

/// Number of consecutive ASCII digits from `i`, counting at most `max`.
fn run_digits(b: &[u8], i: usize, max: usize) -> usize {
    b.iter()
        .skip(i)
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

fn num2(b: &[u8], i: usize) -> u8 {
    (b[i] - b'0') * 10 + (b[i + 1] - b'0')
}

/// No letter or digit follows, nor `-5`, `/5`, `.5` (a longer number).
pub(crate) fn boundary_after(b: &[u8], pos: usize) -> bool {
    match b.get(pos) {
        None => true,
        // a file name goes on after `_` ("19811218-9876_intyg.pdf")
        Some(b'_') => true,
        Some(_) if word_char_at(b, pos) => false,
        // a decimal comma goes on ("8507099805,50"); a comma between the cells of a CSV
        // line does not ("30145,Kjell Sundin,620916-0164,12400")
        Some(b',') => !b.get(pos + 1).is_some_and(|d| d.is_ascii_digit()) || csv_line(b, pos),
        Some(b'-' | b'/' | b'.' | b'+') => !b.get(pos + 1).is_some_and(|d| d.is_ascii_digit()),
        Some(_) => true,
    }
}

/// Whether the comma at `pos` is one of several on its line: cells of a comma-separated
/// table, not a decimal comma. Looks at most [`CSV_REACH`] bytes each way, so a text of one
/// long line full of numbers costs no scan to its start per number.
fn csv_line(b: &[u8], pos: usize) -> bool {
    const CSV_REACH: usize = 256;
    let before = &b[pos.saturating_sub(CSV_REACH)..pos];
    let before = &before[memchr::memrchr(b'\n', before).map_or(0, |p| p + 1)..];
    let after = &b[pos + 1..(pos + 1 + CSV_REACH).min(b.len())];
    let after = &after[..memchr::memchr(b'\n', after).unwrap_or(after.len())];
    memchr::memchr(b',', before).is_some() || memchr::memchr(b',', after).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_between_csv_cells_ends_a_number() {
        let t = b"30145,Kjell Sundin,620916-0164,12400\n";
        let at = 19;
        assert!(boundary_after(t, at + 11));
        // a decimal comma alone on its line goes on
        assert!(!boundary_after(b"Summa 8507099805,50 kr", 16));
    }

    #[test]
    fn forms() {
        for s in ["850709-9805", "8507099805", "198507099805", "19850709-9805"] {
            assert_eq!(parse(s).map(|p| p.kind), Some(PnrKind::Personnummer), "{s}");
        }
        assert_eq!(
            parse("121212+1212").map(|p| p.kind),
            Some(PnrKind::Personnummer)
        );
        assert_eq!(
            parse("701063-2391").map(|p| p.kind),
            Some(PnrKind::Samordningsnummer)
        );
    }

    #[test]
    fn rejects() {
        assert!(parse("850709-9806").is_none(), "checksum");
        assert!(parse("851309-9805").is_none(), "month 13");
        assert!(parse("850732-9805").is_none(), "day 32");
        assert!(parse("010229-1234").is_none(), "2001 is no leap year");
        assert!(parse("17850709-9805").is_none(), "century 17");
        assert!(parse("850709 9805").is_none());
        assert!(match_spaced(b"850709 9805", 0).is_some());
        assert!(match_spaced(b"850709 9806", 0).is_none(), "checksum");
        assert!(parse("850709-98051").is_none());
        assert!(parse("850709-000").is_none());
    }

    #[test]
    fn grouped_as_typed_into_forms() {
        // 850709-9805 is valid (see `rejects`)
        for t in [
            "85 07 09 - 9805",
            "1985 07 09-9805",
            "1985 0709-9805",
            "1985.07.09-9805",
            "85 07 09 9805",
        ] {
            let (e, p) = match_grouped(t.as_bytes(), 0).unwrap_or_else(|| panic!("{t}"));
            assert_eq!(e, t.len(), "{t}");
            assert_ne!(p.kind, PnrKind::Interim);
        }
        for t in [
            "85 07 09 - 9806",  // checksum
            "8507099805",       // not grouped: the ordinary matcher's
            "85 07 - 09 9805",  // a hyphen not before the serial
            "85 07 09 - 98051", // digits go on
        ] {
            assert!(match_grouped(t.as_bytes(), 0).is_none(), "{t}");
        }
    }

    #[test]
    fn typographic_dashes() {
        for s in [
            "850709–9805",
            "19850709–9805",
            "850709\u{2011}9805",
            "850709−9805",
        ] {
            assert_eq!(parse(s).map(|p| p.kind), Some(PnrKind::Personnummer), "{s}");
        }
        assert!(parse("850709—9805").is_none(), "an em dash is no hyphen");
    }

    #[test]
    fn leap_days() {
        // 20000229-2399 is a peer vector; 1900 was no leap year
        assert!(parse("000229-2399").is_some());
        assert!(parse("20000229-2399").is_some());
        assert!(parse("000229+2399").is_none());
    }

    #[test]
    fn interim() {
        assert_eq!(parse("000101-T220").map(|p| p.kind), Some(PnrKind::Interim));
        assert!(parse("000101-E221").is_none());
    }
}
