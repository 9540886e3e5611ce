//! E-mail addresses and IP addresses (v4 and v6, validated by `std::net` parsing).

use std::net::{Ipv4Addr, Ipv6Addr};

use super::util::{word_char_at, word_char_before};

fn local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'') || c >= 0x80
}

fn domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-' || c == b'.'
}

/// Matches an e-mail address around the `@` at `at`. Returns (start, end).
pub(crate) fn email_at(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let mut s = at;
    while s > 0 && local_byte(b[s - 1]) && at - s < 64 {
        s -= 1;
    }
    // never start inside a UTF-8 char, nor on a dot
    while s < at && (b[s] & 0xC0 == 0x80 || matches!(b[s], b'.' | b'\'' | b'-' | b'+')) {
        s += 1;
    }
    if s == at {
        return None;
    }
    let mut e = at + 1;
    while e < b.len() && domain_byte(b[e]) && e - at < 255 {
        e += 1;
    }
    // drop a trailing dot or hyphen (end of sentence)
    while e > at + 1 && matches!(b[e - 1], b'.' | b'-') {
        e -= 1;
    }
    let domain = &b[at + 1..e];
    let last_dot = domain.iter().rposition(|&c| c == b'.')?;
    let tld = &domain[last_dot + 1..];
    if tld.len() < 2
        || !tld.iter().all(u8::is_ascii_alphabetic)
        || domain[0] == b'.'
        || domain[0] == b'-'
    {
        return None;
    }
    if domain.windows(2).any(|w| w == b"..") {
        return None;
    }
    Some((s, e))
}

/// Matches an IPv4 address at `i` (a digit at a word start). Returns the end.
pub(crate) fn ipv4_at(b: &[u8], i: usize) -> Option<usize> {
    let mut e = i;
    let mut dots = 0;
    while e < b.len() && e - i < 16 && (b[e].is_ascii_digit() || b[e] == b'.') {
        if b[e] == b'.' {
            dots += 1;
        }
        e += 1;
    }
    if dots < 3 {
        return None;
    }
    // a sentence-ending dot is not part of it
    while e > i && b[e - 1] == b'.' {
        e -= 1;
    }
    if e < b.len()
        && (word_char_at(b, e) || (b[e] == b'.' && b.get(e + 1).is_some_and(u8::is_ascii_digit)))
    {
        return None;
    }
    let s = std::str::from_utf8(&b[i..e]).ok()?;
    let ip = s.parse::<Ipv4Addr>().ok()?;
    // a version ("Version 10.4.2.117", "v1.0.0.12", "build 3.2.1.4")
    let before = &b[i.saturating_sub(10)..i];
    let word = before
        .trim_ascii_end()
        .rsplit(|c| !c.is_ascii_alphabetic() && *c != b'.')
        .next()
        .unwrap_or(&[]);
    if [&b"version"[..], b"ver.", b"ver", b"v", b"build", b"release"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
        // ("Klientversion 10.4.22.1")
        || word.len() >= 7 && word[word.len() - 7..].eq_ignore_ascii_case(b"version")
        || i > 0 && (b[i - 1] == b'v' || b[i - 1] == b'V')
    {
        return None;
    }
    // (or named one after it: "Ärendehanteraren 4.12.0.3 (build 2025.03.14)", "Klient
    // 4.11.9.7 och äldre")
    let after = &b[e..(e + 16).min(b.len())];
    if [
        &b" (build"[..],
        " och äldre".as_bytes(),
        b" och senare",
        " eller äldre".as_bytes(),
        b" eller senare",
        b" or later",
        b" or earlier",
    ]
    .iter()
    .any(|w| after.starts_with(w))
    {
        return None;
    }
    // a section number opening its line before a heading ("3.2.1.4  Klassning enligt …")
    let line_start = i == 0 || b[i - 1] == b'\n';
    if line_start && ip.octets().iter().all(|&o| o < 10) && b.get(e) == Some(&b' ') {
        return None;
    }
    Some(e)
}

fn v6_byte(c: u8) -> bool {
    c.is_ascii_hexdigit() || c == b':' || c == b'.'
}

/// Matches an IPv6 address containing the `:` at `colon`. Returns (start, end).
pub(crate) fn ipv6_at(b: &[u8], colon: usize) -> Option<(usize, usize)> {
    // cheap rejection: "Obs: text", "kl. 12:30"
    let next = *b.get(colon + 1)?;
    if !(next.is_ascii_hexdigit() || next == b':') {
        return None;
    }
    let mut s = colon;
    while s > 0 && v6_byte(b[s - 1]) && colon - s < 40 {
        s -= 1;
    }
    let mut e = colon + 1;
    while e < b.len() && v6_byte(b[e]) && e - s < 45 {
        e += 1;
    }
    while e > colon && b[e - 1] == b'.' {
        e -= 1;
    }
    if word_char_before(b, s) || word_char_at(b, e) {
        return None;
    }
    let span = &b[s..e];
    let colons = span.iter().filter(|&&c| c == b':').count();
    let hex = span.iter().filter(|c| c.is_ascii_hexdigit()).count();
    if hex < 1 || !(colons >= 7 || span.windows(2).any(|w| w == b"::")) {
        return None;
    }
    let t = std::str::from_utf8(span).ok()?;
    t.parse::<Ipv6Addr>().ok().map(|_| (s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(s: &str) -> Option<&str> {
        let at = s.find('@')?;
        email_at(s.as_bytes(), at).map(|(a, b)| &s[a..b])
    }

    #[test]
    fn emails() {
        assert_eq!(
            email("Mejla anna.svensson@goteborg.se."),
            Some("anna.svensson@goteborg.se")
        );
        assert_eq!(email("<åsa.öberg@kommun.se>"), Some("åsa.öberg@kommun.se"));
        assert_eq!(
            email("a+tag@sub.example.co.uk"),
            Some("a+tag@sub.example.co.uk")
        );
        assert_eq!(email("twitter @handle"), None);
        assert_eq!(email("x@localhost"), None);
        assert_eq!(email("x@a..se"), None);
    }

    #[test]
    fn ips() {
        assert_eq!(ipv4_at(b"192.168.1.10.", 0), Some(12));
        assert_eq!(ipv4_at(b"10.0.0.256", 0), None);
        assert_eq!(ipv4_at(b"1.2.3.4.5", 0), None);
        assert_eq!(ipv4_at(b"1.2.3", 0), None);
        let s = b"adress 2001:db8::8a2e:370:7334 i loggen";
        assert_eq!(ipv6_at(s, 11), Some((7, 30)));
        let s = b"fe80::1ff:fe23:4567:890a";
        assert_eq!(ipv6_at(s, 4), Some((0, s.len())));
        assert_eq!(ipv6_at(b"std::vec", 3), None);
        assert_eq!(ipv6_at(b"kl 12:30:45", 5), None);
        assert_eq!(ipv6_at(b"Obs: text", 3), None);
    }
}
