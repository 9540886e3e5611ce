//! Organisationsnummer: `NNNNNN-NNNN`, `NNNNNNNNNN`, `16NNNNNN-NNNN`, VAT `SENNNNNNNNNN01`.
//!
//! Digits 3–4 are at least 20 (so no organisation number is a date, and no personnummer
//! an organisation number), the first digit is the legal-form group (1–3, 5–9), and the
//! check digit is Luhn over all ten digits. An organisation's number is not personal data
//! (level 0); a sole trader uses a personnummer, which the personnummer matcher reports.

use super::personnummer::boundary_after;
use super::util::luhn;

/// Whether ten digit values form a valid organisationsnummer.
pub fn valid(ten: &[u8; 10]) -> bool {
    matches!(ten[0], 1 | 2 | 3 | 5..=9) && ten[2] >= 2 && luhn(ten)
}

/// Parses a whole string (`556036-0793`, `5560360793`, `16556036-0793`, `SE556036079301`).
pub fn parse(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() == 14 && (b.starts_with(b"SE") || b.starts_with(b"se")) {
        return match_vat(b, 2) == Some(14);
    }
    match_at(b, 0) == Some(b.len())
}

/// Matches at a digit; returns the end.
pub(crate) fn match_at(b: &[u8], i: usize) -> Option<usize> {
    let digits = |from: usize, n: usize| -> bool {
        from + n <= b.len() && b[from..from + n].iter().all(u8::is_ascii_digit)
    };
    let mut start = i;
    // 16-prefixed 12-digit form
    if digits(i, 2)
        && &b[i..i + 2] == b"16"
        && (digits(i, 12) || (digits(i, 8) && b.get(i + 8) == Some(&b'-')))
    {
        start = i + 2;
    }
    if !digits(start, 6) {
        return None;
    }
    let mut ten = [0u8; 10];
    for k in 0..6 {
        ten[k] = b[start + k] - b'0';
    }
    let mut pos = start + 6;
    if b.get(pos) == Some(&b'-') {
        pos += 1;
    }
    if !digits(pos, 4) {
        return None;
    }
    for k in 0..4 {
        ten[6 + k] = b[pos + k] - b'0';
    }
    pos += 4;
    if !boundary_after(b, pos) || !valid(&ten) {
        return None;
    }
    Some(pos)
}

/// Matches the VAT form's digits at `i` (just after `SE`): ten digits and `01`.
pub(crate) fn match_vat(b: &[u8], i: usize) -> Option<usize> {
    if i + 12 > b.len()
        || !b[i..i + 12].iter().all(u8::is_ascii_digit)
        || &b[i + 10..i + 12] != b"01"
    {
        return None;
    }
    let mut ten = [0u8; 10];
    for k in 0..10 {
        ten[k] = b[i + k] - b'0';
    }
    (valid(&ten) && boundary_after(b, i + 12)).then_some(i + 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_formats() {
        // Volvo Personvagnar AB 556074-3089, Göteborgs kommun 212000-1355
        assert!(parse("556074-3089"));
        assert!(parse("5560743089"));
        assert!(parse("16556074-3089"));
        assert!(parse("165560743089"));
        assert!(parse("212000-1355"));
        assert!(parse("SE556074308901"));
        assert!(!parse("556074-3088"));
        assert!(!parse("SE556074308902"));
        assert!(!parse("850709-9805"), "a personnummer is no org number");
    }
}
