//! Passport numbers, reported only after a word like "pass", "passnummer" or "passport".
//!
//! Swedish passports carry eight characters (older ones eight digits, newer ones letters
//! and digits); foreign ones vary, so the format accepted is 8–9 uppercase letters and
//! digits with at least five digits.

/// Matches a passport-number-shaped token starting at `i`. Returns the end.
pub(crate) fn passport_at(b: &[u8], i: usize) -> Option<usize> {
    let mut e = i;
    let mut digits = 0;
    while e < b.len() && (b[e].is_ascii_digit() || b[e].is_ascii_uppercase()) && e - i < 10 {
        digits += usize::from(b[e].is_ascii_digit());
        e += 1;
    }
    let n = e - i;
    if !(8..=9).contains(&n) || digits < 5 {
        return None;
    }
    if super::util::word_char_at(b, e) {
        return None;
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passports() {
        assert_eq!(passport_at(b"AA1234567 ", 0), Some(9));
        assert_eq!(passport_at(b"12345678", 0), Some(8));
        assert_eq!(passport_at(b"1234567", 0), None);
        assert_eq!(passport_at(b"ABCDEF12", 0), None);
    }
}
