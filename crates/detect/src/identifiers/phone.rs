//! Telephone numbers: Swedish national (`070-123 45 67`, `08-123 456 78`, `031-12 34 56`,
//! `0701234567`), `+46 70 123 45 67`, `+46(0)70-123 45 67`, `0046 …`, and other E.164 numbers.
//!
//! Grouping is what tells a phone number from other numbers: with separators the groups
//! must look like a Swedish area code and subscriber number; a bare ten-digit run counts
//! only as a mobile number (`07[02369]…`) or after a word like "tel".

use super::util::grouped_digits;

/// Matches at `i` (`0` or `+`). `ctx`: a phone word ("tel", "mobil") is close before.
/// Returns the end and a score.
pub(crate) fn match_at(b: &[u8], i: usize, ctx: bool) -> Option<(usize, f32)> {
    match b.get(i)? {
        b'+' => international(b, i + 1, ctx),
        b'0' if b.get(i + 1) == Some(&b'0')
            && b.get(i + 2).is_some_and(|c| (b'1'..=b'9').contains(c)) =>
        {
            international(b, i + 2, ctx)
        }
        b'0' => national(b, i, ctx),
        _ => None,
    }
}

/// Whether another digit group continues right after `end` (then this is some longer number).
fn continues(b: &[u8], end: usize) -> bool {
    match b.get(end) {
        Some(_) if super::util::word_char_at(b, end) => true,
        Some(b' ' | b'-' | b'/' | b'.' | b',') => b.get(end + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    }
}

/// `(08) 123 45 67`, `(031) 12 34 56`: the area code in brackets; `p` is at `(`.
pub(crate) fn bracketed_at(b: &[u8], p: usize) -> Option<(usize, f32)> {
    let i = p + 1;
    if b.get(i) != Some(&b'0') || !b.get(i + 1).is_some_and(|c| (b'1'..=b'9').contains(c)) {
        return None;
    }
    let area = b[i..]
        .iter()
        .take(5)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(2..=4).contains(&area) || b.get(i + area) != Some(&b')') {
        return None;
    }
    let mut q = i + area + 1;
    if b.get(q) == Some(&b' ') {
        q += 1;
    }
    subscriber(b, q, area, b" -").map(|end| (end, 0.9))
}

/// The subscriber's number at `q` after an area code of `area` digits set off by brackets or
/// a dash: digit groups (separated by `seps`) that make 7–10 digits with the area code, at
/// least 5 of their own, and no longer number going on. Its end.
fn subscriber(b: &[u8], q: usize, area: usize, seps: &[u8]) -> Option<usize> {
    if !b.get(q).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (end, d, _) = grouped_digits(b, q, seps, 10 - area);
    if continues(b, end) || !(7..=10).contains(&(area + d.len())) || d.len() < 5 {
        return None;
    }
    Some(end)
}

/// `070 - 291 44 08`, `0735 – 48 12 90`: an area code of `area` digits at `i`, a hyphen or
/// an en dash with a space on each side, then the subscriber's number in groups.
pub(crate) fn spaced_dash_at(b: &[u8], i: usize, area: usize) -> Option<(usize, f32)> {
    if !(2..=4).contains(&area) || !b.get(i + 1).is_some_and(|c| (b'1'..=b'9').contains(c)) {
        return None;
    }
    let rest = &b[i + area..];
    let dash = if rest.starts_with(b" - ") {
        3
    } else if rest.starts_with(" – ".as_bytes()) {
        5
    } else {
        return None;
    };
    subscriber(b, i + area + dash, area, b" ").map(|end| (end, 0.85))
}

fn national(b: &[u8], i: usize, ctx: bool) -> Option<(usize, f32)> {
    if !b.get(i + 1).is_some_and(|c| (b'1'..=b'9').contains(c)) {
        return None;
    }
    let (end, d, groups) = grouped_digits(b, i, b" -", 10);
    if continues(b, end) {
        return None;
    }
    let n = d.len();
    let ds = d.as_slice();
    if groups == 1 {
        let mobile = n == 10 && ds[1] == 7 && matches!(ds[2], 0 | 2 | 3 | 6 | 9);
        return if mobile {
            Some((end, if ctx { 0.95 } else { 0.8 }))
        } else if ctx && (8..=10).contains(&n) {
            Some((end, 0.85))
        } else {
            None
        };
    }
    if !(7..=10).contains(&n) || (n == 7 && !ctx) {
        return None;
    }
    // group lengths
    let span = &b[i..end];
    if span.iter().filter(|&&c| c == b'-').count() > 1 {
        return None;
    }
    let mut lens = [0usize; 10];
    let mut g = 0;
    for &c in span {
        if c.is_ascii_digit() {
            lens[g] += 1;
        } else {
            g += 1;
        }
    }
    let first_ok = (2..=4).contains(&lens[0]);
    let rest_ok = if groups == 2 {
        (5..=8).contains(&lens[1])
    } else {
        lens[1..groups].iter().all(|l| (2..=4).contains(l))
    };
    if !first_ok || !rest_ok {
        return None;
    }
    Some((end, if ctx { 0.97 } else { 0.9 }))
}

fn international(b: &[u8], cc: usize, ctx: bool) -> Option<(usize, f32)> {
    if b.get(cc..cc + 2) == Some(b"46") {
        let mut p = cc + 2;
        if b.get(p) == Some(&b' ') || b.get(p) == Some(&b'-') {
            p += 1;
        }
        let mut trunk = false;
        if b.get(p..p + 3) == Some(b"(0)") {
            p += 3;
            if b.get(p) == Some(&b' ') {
                p += 1;
            }
        } else if b.get(p) == Some(&b'0') {
            trunk = true;
        }
        if !b.get(p).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let max = if trunk { 10 } else { 9 };
        let (end, d, _) = grouped_digits(b, p, b" -", max);
        if continues(b, end) {
            return None;
        }
        let nsn = d.len() - usize::from(trunk);
        if !(7..=9).contains(&nsn) || d.as_slice()[usize::from(trunk)] == 0 {
            return None;
        }
        return Some((end, if ctx { 0.97 } else { 0.93 }));
    }
    if !b.get(cc).is_some_and(|c| (b'1'..=b'9').contains(c)) {
        return None;
    }
    let (end, d, groups) = grouped_digits(b, cc, b" -", 15);
    if continues(b, end) || !(8..=15).contains(&d.len()) {
        return None;
    }
    // an unbroken run needs a phone word; spaced groups look like a phone number anyway
    if groups == 1 && !ctx && d.len() < 10 {
        return None;
    }
    Some((end, if ctx { 0.95 } else { 0.85 }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<usize> {
        match_at(s.as_bytes(), 0, false).map(|x| x.0)
    }

    #[test]
    fn swedish_spellings() {
        for s in [
            "070-123 45 67",
            "070 123 45 67",
            "0701234567",
            "070-1234567",
            "08-123 456 78",
            "08-12 34 56",
            "031-12 34 56",
            "0480-123 45",
            "+46 70 123 45 67",
            "+46(0)70-123 45 67",
            "+46 (0)8 123 456 78",
            "+46701234567",
            "0046 70 123 45 67",
            "+1 202 555 0143",
            "+44 20 7946 0958",
            "+4915112345678",
        ] {
            assert_eq!(m(s), Some(s.len()), "{s}");
        }
    }

    #[test]
    fn area_code_with_a_spaced_dash() {
        let at = |s: &str| spaced_dash_at(s.as_bytes(), 0, s.find([' ', '-']).unwrap());
        assert_eq!(at("070 - 291 44 08"), Some((15, 0.85)));
        assert_eq!(at("0735 – 48 12 90"), Some(("0735 – 48 12 90".len(), 0.85)));
        // a range of years or pages, a sum
        assert_eq!(at("2019 - 2021"), None);
        assert_eq!(at("08 - 17"), None);
    }

    #[test]
    fn not_phones() {
        for s in [
            "0123",
            "031-12",
            "08 12 34 56 78 90 12",
            "0301234567",
            "2024-01-05",
            "+46 70",
            "070-12-34-56",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
        assert_eq!(match_at(b"031123456", 0, true).map(|x| x.0), Some(9));
        assert_eq!(bracketed_at(b"(08) 123 45 67", 0).map(|x| x.0), Some(14));
        assert_eq!(bracketed_at(b"(031)12 34 56", 0).map(|x| x.0), Some(13));
        assert_eq!(bracketed_at(b"(0) 12", 0), None);
        assert_eq!(bracketed_at(b"(2024) 123 45", 0), None);
    }
}
