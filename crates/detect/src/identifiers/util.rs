//! Small byte helpers shared by the identifier matchers.

/// Luhn (mod 10) check over digit values 0–9, the last one being the check digit.
pub(crate) fn luhn(d: &[u8]) -> bool {
    let mut sum = 0u32;
    for (k, &v) in d.iter().rev().enumerate() {
        let v = v as u32;
        sum += if k % 2 == 1 {
            let x = v * 2;
            if x > 9 {
                x - 9
            } else {
                x
            }
        } else {
            v
        };
    }
    sum.is_multiple_of(10)
}

/// A byte that belongs to a word: ASCII letter, digit, `_`, or any byte of a non-ASCII char.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Whether `i` starts a word (nothing word-like just before it).
pub(crate) fn word_start(b: &[u8], i: usize) -> bool {
    i == 0 || !is_word_byte(b[i - 1])
}

/// A fixed-capacity list of digit values, filled without allocating.
#[derive(Clone, Copy)]
pub(crate) struct Digits {
    buf: [u8; 40],
    len: usize,
}

impl Digits {
    pub(crate) fn new() -> Digits {
        Digits {
            buf: [0; 40],
            len: 0,
        }
    }
    /// Pushes a digit value; false when full.
    pub(crate) fn push(&mut self, v: u8) -> bool {
        if self.len == self.buf.len() {
            return false;
        }
        self.buf[self.len] = v;
        self.len += 1;
        true
    }
    pub(crate) fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

/// How many digits [`grouped_digits`] would read (up to `max`), without storing them.
pub(crate) fn grouped_count(b: &[u8], i: usize, seps: &[u8], max: usize) -> usize {
    let mut pos = i;
    let mut n = 0;
    loop {
        let mut g = 0;
        while pos < b.len() && b[pos].is_ascii_digit() {
            g += 1;
            pos += 1;
        }
        if g == 0 || n + g > max {
            return n;
        }
        n += g;
        if pos + 1 < b.len() && seps.contains(&b[pos]) && b[pos + 1].is_ascii_digit() {
            pos += 1;
        } else {
            return n;
        }
    }
}

/// Reads digits from `i`, allowing single separators from `seps` between digit groups.
/// Stops before `max_digits` would be exceeded. Returns (end, digits, groups).
/// `end` is after the last digit read (a trailing separator is not included).
pub(crate) fn grouped_digits(
    b: &[u8],
    i: usize,
    seps: &[u8],
    max_digits: usize,
) -> (usize, Digits, usize) {
    let max = max_digits.min(40);
    let mut d = Digits::new();
    let mut pos = i;
    let mut end = i;
    let mut groups = 0;
    loop {
        let gstart = pos;
        let committed = d.len;
        while pos < b.len() && b[pos].is_ascii_digit() {
            if d.len == max {
                d.len = committed;
                return (end, d, groups);
            }
            d.buf[d.len] = b[pos] - b'0';
            d.len += 1;
            pos += 1;
        }
        if pos == gstart {
            return (end, d, groups);
        }
        groups += 1;
        end = pos;
        if pos + 1 < b.len() && seps.contains(&b[pos]) && b[pos + 1].is_ascii_digit() {
            pos += 1;
        } else {
            return (end, d, groups);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_works() {
        assert!(luhn(&[7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]));
        assert!(!luhn(&[7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 4]));
    }

    #[test]
    fn groups() {
        let (end, d, g) = grouped_digits(b"070-123 45 67 x", 0, b" -", 10);
        assert_eq!((end, d.len(), g), (13, 10, 4));
        let (end, d, _) = grouped_digits(b"4111 1111 1111 1111 ", 0, b" ", 19);
        assert_eq!((end, d.len()), (19, 16));
        // a group that would overflow the limit is not taken
        let (end, d, _) = grouped_digits(b"12 345", 0, b" ", 4);
        assert_eq!((end, d.len()), (2, 2));
    }
}
