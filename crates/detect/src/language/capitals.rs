//! A text written in capitals ("HEJ MONIKA! LIGGER HELT DÄCKAD MED MAGSJUKA SEN INATT.
//! AHMED"), as some people write every message, is read in sentence case.
//!
//! The language rules read capitals: a capitalised word is a name or a unit ("Förskolan
//! Solrosen"), a word in capitals a heading or a stamp. In a text in capitals every word is
//! both, and the rules find neither the names nor the conditions. Such a text is read as the
//! same words in lower case, a sentence's first word and a first name where a name stands
//! capitalised ("Hej Monika! Ligger helt däckad med magsjuka sen inatt. Ahmed"), with the
//! same byte offsets (a Latin-1 letter keeps its two bytes). A line that holds a marking in
//! capitals ("SEKRETESS", "HEMLIG", "INTERNT") stays as it is: the marking's own rules read
//! its capitals. Identifiers are found in the text as written.

use super::names::{sex_of, Names};
use super::tokens::{lower_byte_at, one_of_ci};

/// Markings whose rules read capitals: a line holding one is left in capitals.
const MARKINGS: &[&str] = &[
    "SEKRETESS",
    "HEMLIG",
    "KONFIDENTIELL",
    "SECRET",
    "CONFIDENTIAL",
    "RESTRICTED",
    "INTERNT",
    "UTKAST",
];

/// `text` in sentence case when it is written in capitals (at least 20 letters, under one in
/// ten in lower case), `None` otherwise (most texts: a count of their first words' letters).
pub(crate) fn sentence_cased(text: &str, names: &Names) -> Option<String> {
    let t = text.as_bytes();
    let (mut upper, mut lower) = (0usize, 0usize);
    for (k, &b) in t.iter().enumerate() {
        if b.is_ascii_uppercase() || k > 0 && t[k - 1] == 0xC3 && (0x80..=0x9E).contains(&b) {
            upper += 1;
        } else if b.is_ascii_lowercase() || k > 0 && t[k - 1] == 0xC3 && (0x9F..=0xBF).contains(&b)
        {
            lower += 1;
            // (an ordinary text tells itself within its first words: no pass over the rest)
            if upper + lower >= 64 && lower * 10 >= upper + lower {
                return None;
            }
        }
    }
    if upper + lower < 20 || lower * 10 >= upper + lower {
        return None;
    }
    let mut c = t.to_vec();
    let mut start = 0;
    while start < t.len() {
        let end = memchr::memchr(b'\n', &t[start..]).map_or(t.len(), |p| start + p);
        let line = &text[start..end];
        if !MARKINGS.iter().any(|m| line.contains(m)) {
            sentence_case_line(t, start, end, names, &mut c);
        }
        start = end + 1;
    }
    // (ASCII letters and Latin-1 capitals changed within their own bytes: still UTF-8)
    Some(String::from_utf8(c).expect("case changed within UTF-8 sequences"))
}

/// Writes the line `t[start..end]` into `c` in lower case, but for the first letter of a
/// sentence's first word and of a first name where a name stands: after a greeting or a
/// closing ("HEJ MONIKA", "MVH AHMED", "/ LISA"), before a second name ("KARIN BERG") or alone
/// at the line's end (a signature). A word in brackets is a placeholder and keeps its
/// capitals ("[NAMN]").
fn sentence_case_line(t: &[u8], start: usize, end: usize, names: &Names, c: &mut [u8]) {
    // the words: (start, end)
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut k = start;
    while k < end {
        if !is_letter(t, k) {
            k += 1;
            continue;
        }
        let ws = k;
        while k < end && is_letter(t, k) {
            k += if t[k] == 0xC3 { 2 } else { 1 };
        }
        words.push((ws, k.min(end)));
    }
    // (the word looked up in title case, in one buffer for the line)
    let mut buf = Vec::new();
    let first_name = |buf: &mut Vec<u8>, c: &[u8], ws: usize, we: usize| {
        titled(&c[ws..we], t[ws], buf).is_some_and(|w| sex_of(w).is_some() && !names.is_common(w))
    };
    // (a surname: listed, and no function word, "MAX EN", "VILLE INTE")
    const FUNCTION: &[&str] = &[
        "en", "ett", "inte", "och", "är", "har", "som", "att", "det", "den", "med", "för", "till",
        "på", "i", "av", "om", "sin", "sitt", "kan", "ska", "vill", "var", "så",
    ];
    let listed = |buf: &mut Vec<u8>, c: &[u8], ws: usize, we: usize| {
        titled(&c[ws..we], t[ws], buf)
            .is_some_and(|w| names.listed(w) && !one_of_ci(w.as_bytes(), FUNCTION))
    };
    // the first letter of the word at `ws..we` as written
    let keep_first = |c: &mut [u8], ws: usize, we: usize| {
        c[ws] = t[ws];
        if t[ws] == 0xC3 && ws + 1 < we {
            c[ws + 1] = t[ws + 1];
        }
    };
    let bracketed = |ws: usize| ws > start && matches!(t[ws - 1], b'[' | b'{' | b'<');
    for &(ws, we) in &words {
        if !bracketed(ws) {
            for (i, b) in c[ws..we].iter_mut().enumerate() {
                *b = lower_byte_at(t, ws + i);
            }
        }
    }
    const CUES: &[&str] = &[
        "hej",
        "hejsan",
        "hallå",
        "tjena",
        "tja",
        "kära",
        "mvh",
        "hälsningar",
        "hälsning",
        "till",
        "från",
        "kram",
    ];
    for (n, &(ws, we)) in words.iter().enumerate() {
        if bracketed(ws) {
            continue;
        }
        // the bytes between it and the word before it on the line
        let gap = &t[words.get(n.wrapping_sub(1)).map_or(start, |w| w.1)..ws];
        let sentence_start = n == 0 || gap.iter().any(|b| matches!(b, b'.' | b'!' | b'?' | b':'));
        let name = first_name(&mut buf, c, ws, we) && {
            let after_cue =
                n > 0 && !sentence_start && one_of_ci(&c[words[n - 1].0..words[n - 1].1], CUES);
            let after_slash = gap.contains(&b'/') || gap.trim_ascii() == b"-";
            let before_name = words
                .get(n + 1)
                .is_some_and(|&(ns, ne)| t[we..ns] == *b" " && listed(&mut buf, c, ns, ne));
            // (alone at the end of a short line: a signature)
            let last = n + 1 == words.len()
                && words.len() <= 3
                && t[we..end].iter().all(|b| !b.is_ascii_alphanumeric());
            after_cue || after_slash || before_name || last
        };
        if sentence_start || name {
            keep_first(c, ws, we);
        }
        // a surname after a first name kept as one: "KARIN BERG"
        if name {
            if let Some(&(ns, ne)) = words.get(n + 1) {
                if t[we..ns] == *b" " && listed(&mut buf, c, ns, ne) {
                    keep_first(c, ns, ne);
                }
            }
        }
    }
}

/// The lower-cased word `w` with its first letter as written (`first`), in `buf`.
fn titled<'b>(w: &[u8], first: u8, buf: &'b mut Vec<u8>) -> Option<&'b str> {
    buf.clear();
    buf.extend_from_slice(w);
    if first.is_ascii_uppercase() {
        buf[0] = first;
    } else if first == 0xC3 && buf.len() > 1 && (0xA0..=0xBE).contains(&buf[1]) && buf[1] != 0xB7 {
        buf[1] -= 0x20;
    }
    std::str::from_utf8(buf).ok()
}

/// Whether a letter starts at `k`: an ASCII letter, or a Latin-1 letter (0xC3 and its byte).
fn is_letter(t: &[u8], k: usize) -> bool {
    t[k].is_ascii_alphabetic()
        || t[k] == 0xC3
            && t.get(k + 1)
                .is_some_and(|&b| (0x80..=0xBF).contains(&b) && b != 0x97 && b != 0xB7)
}

#[cfg(test)]
mod tests {
    use super::super::names::Names;

    fn sentence_cased(text: &str) -> Option<String> {
        super::sentence_cased(text, &Names::new())
    }

    #[test]
    fn a_text_in_capitals_is_read_in_sentence_case() {
        assert_eq!(
            sentence_cased("HEJ MONIKA! LIGGER HELT DÄCKAD MED MAGSJUKA SEN INATT. AHMED")
                .as_deref(),
            Some("Hej Monika! Ligger helt däckad med magsjuka sen inatt. Ahmed")
        );
        // a marking's line keeps its capitals; a text in ordinary case is left alone
        assert_eq!(
            sentence_cased("SEKRETESS ENLIGT OSL\nIDA VÄGRADE RISPERDAL IKVÄLL").as_deref(),
            Some("SEKRETESS ENLIGT OSL\nIda vägrade risperdal ikväll")
        );
        assert!(sentence_cased("Hej Monika! Jag ligger hemma med magsjuka. AHMED").is_none());
        assert!(sentence_cased("OK TACK").is_none());
        // no name where none stands ("MAX 8 ORD"); a placeholder keeps its capitals
        assert_eq!(
            sentence_cased("SKRIV EN RUBRIK, MAX 8 ORD. SÖKANDE: [NAMN]. HÄLSNINGAR KARIN BERG")
                .as_deref(),
            Some("Skriv en rubrik, max 8 ord. Sökande: [NAMN]. Hälsningar Karin Berg")
        );
    }
}
