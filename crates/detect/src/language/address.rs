//! Swedish postal addresses: street + number (+ letter, "lgh 1102", "1 tr", "vån 3"),
//! postnummer with postort ("123 45 Ort"), c/o and "Box 123".
//!
//! One scan that stops only at digits at a word start (and at `B`ox / `c`/o): the word before a
//! number is checked for a street suffix ("-gatan", "-vägen" …), else the digits for a postnummer. Every address is
//! reported at level 1: an organisation's published address looks the same as a person's.

use super::tokens::{find_byte, is_letter_byte, is_word_byte, swar_in_range, upper_at, word_start};
use crate::{Category, Finding, Level};

/// Street-name suffixes; a capitalised word ending in one, followed by a number, is a street.
const STREET: &[&str] = &[
    "gatan",
    "vägen",
    "gränd",
    "gränden",
    "stigen",
    "torget",
    "torg",
    "backen",
    "backe",
    "allén",
    "plan",
    "leden",
    "stråket",
    "gången",
    "kajen",
    "promenaden",
    "platsen",
    "slingan",
    "ringen",
    "esplanaden",
    "väg",
    "gata",
    "stig",
    "liden",
    "höjden",
    "terrassen",
    "parken",
    "vändan",
    "gärdet",
    "hagen",
    "lyckan",
    "ängen",
    "kroken",
    "slänten",
    "svängen",
    "vägen",
    // typed without å, ä and ö ("Lonnvagen 14")
    "vagen",
    "grand",
    "granden",
    "allen",
    "gangen",
];

fn push(findings: &mut Vec<Finding>, s: usize, e: usize, score: f32) {
    let mut f = Finding::new(Category::Address, s, e, score);
    f.level = Level::L1;
    findings.push(f);
}

/// Skips spaces; returns the new index.
fn skip_sp(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && t[i] == b' ' {
        i += 1;
    }
    i
}

/// Reads 1..=max digits at `i`; returns the end.
fn digits(t: &[u8], i: usize, max: usize) -> Option<usize> {
    let mut e = i;
    while e < t.len() && t[e].is_ascii_digit() {
        e += 1;
    }
    (e > i && e - i <= max).then_some(e)
}

/// After a street number: letter, "lgh 1102", "1 tr", "vån 3", then ", 123 45 Ort".
fn street_tail(t: &[u8], mut e: usize) -> usize {
    // house letter "12B" / "12 B"
    if e < t.len() && t[e].is_ascii_uppercase() && (e + 1 >= t.len() || !is_word_byte(t[e + 1])) {
        e += 1;
    } else if e + 1 < t.len()
        && t[e] == b' '
        && t[e + 1].is_ascii_uppercase()
        && (e + 2 >= t.len() || !is_word_byte(t[e + 2]))
    {
        e += 2;
    }
    loop {
        let mut j = e;
        if j < t.len() && t[j] == b',' {
            j += 1;
        }
        j = skip_sp(t, j);
        let rest = &t[j..];
        let low = |p: &[u8]| super::tokens::starts_with_ci(rest, p);
        if low(b"lgh") || low("vån".as_bytes()) || low(b"nb") {
            let k = skip_sp(t, j + if low(b"lgh") || low(b"nb") { 3 } else { 4 });
            let k = if k < t.len() && t[k] == b'.' {
                skip_sp(t, k + 1)
            } else {
                k
            };
            if let Some(d) = digits(t, k, 4) {
                e = d;
                continue;
            }
        }
        if let Some(d) = digits(t, j, 2) {
            let k = skip_sp(t, d);
            if t[k..].starts_with(b"tr") && (k + 2 >= t.len() || !is_letter_byte(t[k + 2])) {
                e = k + 2;
                if e < t.len() && t[e] == b'.' {
                    e += 1;
                }
                continue;
            }
        }
        if let Some(pe) = postnummer_at(t, j) {
            e = pe;
        }
        return e;
    }
}

/// "123 45 Ort" / "12345 Ort" at `i`; returns the end of the postort.
fn postnummer_at(t: &[u8], i: usize) -> Option<usize> {
    let run = digits(t, i, 5)?;
    let b = match run - i {
        5 => run,
        3 if run + 2 < t.len() && t[run] == b' ' => {
            digits(t, run + 1, 2).filter(|&b| b - run - 1 == 2)?
        }
        _ => return None,
    };
    if b < t.len() && (t[b].is_ascii_digit() || t[b] == b'-') {
        return None;
    }
    // a port after an address ("81.227.44.190:51022 TLS"), a ticket or customer number
    if i > 0 && matches!(t[i - 1], b'0'..=b'9' | b'-' | b'+' | b':' | b'#') {
        return None;
    }
    // no Swedish postnummer starts with 0 ("00311  Inkommen" is a diary number)
    if t[i] == b'0' {
        return None;
    }
    let k = skip_sp(t, b);
    // a form's next field after a number ("Kundnr: 10233   Er referens"); a table's next
    // column after five digits ("30112  Tallmora")
    if k == b || k - b > 2 || run - i == 5 && k - b > 1 || !upper_at(t, k) {
        return None;
    }
    // postort: one or two capitalised words
    let mut e = k;
    while e < t.len() && is_letter_byte(t[e]) {
        e += 1;
    }
    if e - k < 2 {
        return None;
    }
    // a protocol or a code in capitals after a port ("51442 DPT", "88213 HTTP")
    if run - i == 5 && e - k <= 4 && t[k..e].iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    if e + 1 < t.len() && t[e] == b' ' && upper_at(t, e + 1) {
        let mut f = e + 1;
        while f < t.len() && is_letter_byte(t[f]) {
            f += 1;
        }
        // "Västra Frölunda", but not "Göteborg Tel"
        if f - e >= 3
            && f - e <= 12
            && t[e + 1..f]
                .iter()
                .all(|b| b.is_ascii_uppercase() || *b >= 0x80 || b.is_ascii_lowercase())
        {
            let w = &t[e + 1..f];
            if !matches!(w, b"Tel" | b"Telefon" | b"E" | b"Org") {
                e = f;
            }
        }
    }
    Some(e)
}

/// Appends address findings.
pub(crate) fn detect(text: &str, findings: &mut Vec<Finding>) {
    let t = text.as_bytes();
    let columns = crate::identifiers::columns::Columns::default();
    let first = findings.len();
    // lines known to hold no table delimiter: no column header to look up there
    let mut plain_until = 0;
    let mut i = 0;
    while i < t.len() {
        i = next_candidate(t, i);
        if i >= t.len() {
            break;
        }
        if i > 0 && is_word_byte(t[i - 1]) {
            while i < t.len() && t[i].is_ascii_digit() {
                i += 1;
            }
            continue;
        }
        if let Some((s, e)) = street_at(text, i) {
            push(findings, s, e, 0.85);
            i = e;
            continue;
        }
        if let Some(e) = postnummer_at(t, i) {
            push(findings, i, e, 0.8);
            i = e;
            continue;
        }
        if i >= plain_until {
            match address_cell(t, i, &columns) {
                Cell::Address(s, e) => {
                    push(findings, s, e, 0.75);
                    i = e;
                    continue;
                }
                Cell::PlainUntil(e) => plain_until = e,
                Cell::No => {}
            }
        }
        while i < t.len() && t[i].is_ascii_digit() {
            i += 1;
        }
    }
    // "Box 123", "c/o Name": rare words, found by a SIMD search of their own
    for pat in [&b"Box "[..], b"c/o "] {
        for at in memchr::memmem::find_iter(t, pat) {
            if at > 0 && is_word_byte(t[at - 1]) {
                continue;
            }
            if let Some(e) = box_or_co(t, at) {
                // the box takes in the postnummer after it ("Box 123, 411 01 Göteborg")
                let ours = &findings[first..];
                let inside = |f: &Finding| f.start >= at && f.end <= e;
                if ours.iter().any(|f| {
                    f.category == Category::Address && f.start < e && at < f.end && !inside(f)
                }) {
                    continue;
                }
                let mut k = first;
                while k < findings.len() {
                    if findings[k].category == Category::Address && inside(&findings[k]) {
                        findings.remove(k);
                    } else {
                        k += 1;
                    }
                }
                push(findings, at, e, 0.8);
            }
        }
    }
}

/// The first position at or after `i` holding a digit, or `t.len()`. Eight bytes at a time:
/// most of a text holds none.
#[inline]
fn next_candidate(t: &[u8], i: usize) -> usize {
    find_byte(
        t,
        i,
        t.len(),
        |x| swar_in_range(x, b'0', b'9'),
        |b| b.is_ascii_digit(),
    )
}

/// A street name ending right before the number at `n` ("Storgatan 12B …").
fn street_at(text: &str, n: usize) -> Option<(usize, usize)> {
    let t = text.as_bytes();
    if n < 2 || t[n - 1] != b' ' {
        return None;
    }
    let we = n - 1;
    let s = word_start(t, we);
    if s == we || !upper_at(t, s) {
        return None;
    }
    let word = &text[s..we];
    if !STREET
        .iter()
        .any(|x| word.len() > x.len() && word.ends_with(x))
        // a study path or a career path ("Studieväg 2"), no street
        || word.starts_with("Studie")
        || word.starts_with("Karriär")
    {
        return None;
    }
    // "Stora Nygatan", "Norra Allén": take one capitalised word before
    let mut s2 = s;
    if s >= 2 && t[s - 1] == b' ' {
        let p = word_start(t, s - 1);
        if p < s - 1 {
            let w = &text[p..s - 1];
            if matches!(
                w,
                "Stora"
                    | "Lilla"
                    | "Norra"
                    | "Södra"
                    | "Östra"
                    | "Västra"
                    | "Gamla"
                    | "Nya"
                    | "Övre"
                    | "Nedre"
            ) {
                s2 = p;
            }
        }
    }
    // a property designation ("fastigheten Granvik Tallen 4", "Fastighet: Eken 7"): a
    // district and a block, no one's address
    {
        let before = t[s2.saturating_sub(40)..s2].trim_ascii_end();
        // (the designation's district may stand between: "fastigheten Granvik Tallen 4")
        let district = before
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(before, |p| before[..p].trim_ascii_end());
        // (a street named as the property still is one: "fastigheten Sågverksvägen 3")
        let street = [
            "vägen", "gatan", "stigen", "gränd", "gränden", "allén", "torget", "leden",
        ]
        .iter()
        .any(|x| word.ends_with(x));
        if !street
            && [before, district].iter().any(|b| {
                b.ends_with(b"fastigheten")
                    || b.ends_with(b"Fastigheten")
                    || b.ends_with(b"Fastighet:")
                    || b.ends_with(b"fastighet")
            })
        {
            return None;
        }
    }
    let num_end = digits(t, n, 3)?;
    let mut e = num_end;
    // "Storgatan 20–48": a stretch of a street (an area), not one address
    if t[e..].starts_with("–".as_bytes()) && t.get(e + 3).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if e + 1 < t.len() && t[e] == b'-' && t[e + 1].is_ascii_digit() {
        let e2 = digits(t, e + 1, 3).unwrap_or(e);
        let num = |a: usize, b: usize| {
            t[a..b]
                .iter()
                .fold(0u32, |x, d| x * 10 + u32::from(d - b'0'))
        };
        if e2 > e + 1 && num(e + 1, e2) > num(n, num_end) + 4 {
            return None;
        }
        e = e2;
    }
    if e < t.len() && t[e].is_ascii_digit() {
        return None;
    }
    // a time after a stop's name ("Norrby–Ekbacken 07.15")
    if matches!(t.get(e), Some(b'.' | b':')) && t.get(e + 1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((s2, street_tail(t, e)))
}

/// What [`address_cell`] found.
enum Cell {
    /// An address cell `(start, end)`.
    Address(usize, usize),
    /// No table on this line, which ends at the position given.
    PlainUntil(usize),
    No,
}

/// A house number after a capitalised name in a table column headed "adress" ("Kusmark
/// 112", "Sörböleträsk 9" in a `;` export): a village address without a street suffix. The
/// span is the cell, from its name to its delimiter.
fn address_cell(t: &[u8], n: usize, columns: &crate::identifiers::columns::Columns) -> Cell {
    if n < 2 || t[n - 1] != b' ' {
        return Cell::No;
    }
    let s = word_start(t, n - 1);
    if s == n - 1 || !upper_at(t, s) || !(s == 0 || matches!(t[s - 1], b';' | b'|' | b'\t' | b' '))
    {
        return Cell::No;
    }
    // most lines are prose: one SIMD search of the line says so, for every number on it
    // (a line longer than 2 KiB is no table row, and costs no long scan per number)
    const MAX_ROW: usize = 2048;
    let hi = (n + MAX_ROW).min(t.len());
    let le = match memchr::memchr(b'\n', &t[n..hi]) {
        Some(p) => n + p,
        None if hi == t.len() => hi,
        None => return Cell::PlainUntil(hi),
    };
    let lo = n.saturating_sub(MAX_ROW);
    let ls = match memchr::memrchr(b'\n', &t[lo..n]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return Cell::PlainUntil(le),
    };
    if memchr::memchr3(b';', b'|', b'\t', &t[ls..le]).is_none() {
        return Cell::PlainUntil(le);
    }
    let Some((hs, he)) = columns.header(t, n) else {
        return Cell::No;
    };
    let head = t[hs..he].trim_ascii();
    let named = head.len() <= 24
        && head
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"adres") || w.eq_ignore_ascii_case(b"ddres"));
    let Some(num_end) = digits(t, n, 4).filter(|_| named) else {
        return Cell::No;
    };
    let end = num_end
        + t[num_end..]
            .iter()
            .take_while(|&&b| !matches!(b, b';' | b'|' | b'\t' | b'\n' | b'\r'))
            .count();
    let mut e = end;
    while e > num_end && t[e - 1] == b' ' {
        e -= 1;
    }
    Cell::Address(s, e)
}

/// "Box 123 …" or "c/o Name" at `i`.
fn box_or_co(t: &[u8], i: usize) -> Option<usize> {
    if t[i..].starts_with(b"Box ") {
        let d = digits(t, i + 4, 6)?;
        return Some(street_tail(t, d));
    }
    if t[i..].starts_with(b"c/o ") {
        let mut e = i + 4;
        let mut words = 0;
        while words < 3 && e < t.len() && upper_at(t, e) {
            let mut f = e;
            while f < t.len() && (is_letter_byte(t[f]) || t[f] == b'-') {
                f += 1;
            }
            e = f;
            words += 1;
            if e + 1 < t.len() && t[e] == b' ' && upper_at(t, e + 1) {
                e += 1;
            } else {
                break;
            }
        }
        return (words > 0).then_some(e);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::next_candidate;
    use crate::language::LanguageDetector;
    use crate::Category;

    fn addrs(text: &str) -> Vec<String> {
        let d = LanguageDetector::new();
        let mut f = Vec::new();
        d.detect(text, &mut f, &mut Vec::new());
        f.into_iter()
            .filter(|x| x.category == Category::Address)
            .map(|x| text[x.start..x.end].to_string())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    #[test]
    fn street_addresses() {
        // less common suffixes of residential streets
        for t in [
            "Bertil Ek, Ängsgärdet 11",
            "visning på Solvändan 6 i morgon",
            "Skogslyckan 14, Alsterbro",
        ] {
            assert!(!addrs(t).is_empty(), "{t}");
        }
        assert_eq!(
            addrs("Hon bor på Storgatan 12B, lgh 1102, 123 45 Västerås."),
            vec!["Storgatan 12B, lgh 1102, 123 45 Västerås"]
        );
        assert_eq!(
            addrs("Adress: Björkvägen 3 1 tr"),
            vec!["Björkvägen 3 1 tr"]
        );
        assert_eq!(
            addrs("Besök oss på Stora Nygatan 5."),
            vec!["Stora Nygatan 5"]
        );
        assert_eq!(addrs("Kyrkogränd 4 vån 3"), vec!["Kyrkogränd 4 vån 3"]);
    }

    #[test]
    fn ports_and_diary_numbers_are_no_postnummer() {
        for t in [
            "SRC=81.227.44.190 DPT=51442 DPT 51443 DPT",
            "51442 DPT",
            "00311  Inkommen  Ansökan om bygglov",
            "30112  Tallmora El",
            "Placeras på Studieväg 2, kurs B.",
        ] {
            assert!(addrs(t).is_empty(), "{t}: {:?}", addrs(t));
        }
        assert!(!addrs("794 91 ORSA").is_empty());
    }

    #[test]
    fn postnummer_box_co() {
        assert_eq!(
            addrs("Box 123, 411 01 Göteborg"),
            vec!["Box 123, 411 01 Göteborg"]
        );
        assert_eq!(
            addrs("c/o Lisa Berg\nÅsgatan 7"),
            vec!["c/o Lisa Berg", "Åsgatan 7"]
        );
        assert_eq!(addrs("Skicka till 41101 Göteborg."), vec!["41101 Göteborg"]);
    }

    #[test]
    fn ports_form_fields_times_and_village_cells() {
        assert!(addrs("vpn-gw01: 81.227.44.190:51022 TLS: Username").is_empty());
        assert!(addrs("Kundnr: 10233   Er referens: 4400-BUN").is_empty());
        assert!(addrs("Ärende #58812 Kanal: Självservice").is_empty());
        assert!(addrs("Turer: Lövsta–Ekbacken 07.15, hem 14.10").is_empty());
        assert_eq!(addrs("Lonnvagen 14, Tierp"), vec!["Lonnvagen 14"]);
        let csv =
            "elev;ak;adress;km\nSami Heikkinen;7;Sörböleträsk 9;3,1\nAlva Ek;3;Kusmark 112;9,0\n";
        assert_eq!(addrs(csv), vec!["Kusmark 112", "Sörböleträsk 9"]);
        // the same cells under another header are no addresses
        let other =
            "elev;ak;skola;km\nSami Heikkinen;7;Morö Backe 9;3,1\nAlva Ek;3;Kusmark 112;9,0\n";
        assert!(addrs(other).is_empty());
    }

    #[test]
    fn property_designations_are_no_addresses() {
        assert!(addrs("Försäljning av fastigheten Granvik Tallen 4 för 3 650 000 kr").is_empty());
        assert_eq!(
            addrs("Hon bor på Tallvägen 4 i Granvik."),
            vec!["Tallvägen 4"]
        );
    }

    #[test]
    fn not_addresses() {
        assert!(addrs("Vägen framåt är lång. Planen 2024 gäller.").is_empty());
        assert!(addrs("Beloppet är 123 45 kr.").is_empty());
        assert!(addrs("Vi följer gatan 3 km.").is_empty());
        assert!(addrs("Boende på Storgatan 20–48 saknar vatten.").is_empty());
        assert!(addrs("Husen på Ringvägen 2-40 rivs.").is_empty());
    }

    #[test]
    fn next_candidate_agrees_with_the_bytewise_scan() {
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut t = vec![b'a'; 17];
                t[at] = b;
                for from in [0, at] {
                    let want = (from..t.len())
                        .find(|&p| t[p].is_ascii_digit())
                        .unwrap_or(t.len());
                    assert_eq!(next_candidate(&t, from), want, "{b:#x} at {at}");
                }
            }
        }
    }
}
