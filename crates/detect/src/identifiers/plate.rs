//! Swedish registration plates: `ABC 123`, `ABC 12A` (and without the space).
//!
//! Plates never use I, Q, V, Å, Ä or Ö, and the last position is never O. The format
//! alone is too common (`SFS 2018`, product codes), so a plate is reported only after a
//! word like "regnr", "bil" or "fordon".

/// Letters Transportstyrelsen uses in the three-letter part.
fn plate_letter(c: u8) -> bool {
    c.is_ascii_uppercase() && !matches!(c, b'I' | b'Q' | b'V')
}

/// Matches a plate whose letters start at `i`. Returns the end.
pub(crate) fn plate_at(b: &[u8], i: usize) -> Option<usize> {
    let l = b.get(i..i + 3)?;
    if !l.iter().all(|&c| plate_letter(c)) {
        return None;
    }
    let mut p = i + 3;
    if b.get(p) == Some(&b' ') {
        p += 1;
    }
    let d = b.get(p..p + 3)?;
    if !(d[0].is_ascii_digit() && d[1].is_ascii_digit()) {
        return None;
    }
    if !(d[2].is_ascii_digit() || (plate_letter(d[2]) && d[2] != b'O')) {
        return None;
    }
    let e = p + 3;
    if super::util::word_char_at(b, e) {
        return None;
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plates() {
        assert_eq!(plate_at(b"ABC 123", 0), Some(7));
        assert_eq!(plate_at(b"ABC12A", 0), Some(6));
        assert_eq!(plate_at(b"ABC 12O", 0), None);
        assert_eq!(plate_at(b"AIC 123", 0), None);
        assert_eq!(plate_at(b"ABC 1234", 0), None);
        assert_eq!(plate_at(b"abc 123", 0), None);
    }
}
