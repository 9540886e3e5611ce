//! Money identifiers: IBAN (mod 97), payment cards (Luhn + issuer ranges), Swedish bank
//! accounts (clearing number + account, bank-specific check), bankgiro and plusgiro (Luhn).

use super::util::{grouped_digits, luhn, Digits};

/// IBAN length per country (ISO 13616 registry, the countries one meets in Sweden and more).
fn iban_len(cc: &[u8]) -> Option<usize> {
    Some(match cc {
        b"SE" | b"ES" | b"SK" | b"CZ" | b"TN" | b"MD" | b"RO" | b"VG" | b"PK" => 24,
        b"NO" => 15,
        b"BE" => 16,
        b"DK" | b"FI" | b"FO" | b"GL" | b"NL" => 18,
        b"MK" | b"SI" => 19,
        b"AT" | b"BA" | b"EE" | b"KZ" | b"LT" | b"LU" | b"XK" => 20,
        b"CH" | b"CR" | b"HR" | b"LI" | b"LV" => 21,
        b"BG" | b"BH" | b"DE" | b"GB" | b"GE" | b"IE" | b"ME" | b"RS" => 22,
        b"AE" | b"GI" | b"IL" | b"TL" => 23,
        b"AD" | b"SA" => 24,
        b"PT" => 25,
        b"IS" | b"TR" => 26,
        b"FR" | b"GR" | b"IT" | b"MC" | b"MR" | b"SM" => 27,
        b"AL" | b"AZ" | b"CY" | b"DO" | b"GT" | b"HU" | b"LB" | b"PL" => 28,
        b"BR" | b"PS" | b"QA" | b"UA" => 29,
        b"JO" | b"KW" | b"MU" => 30,
        b"MT" => 31,
        _ => return None,
    })
}

/// Matches an IBAN starting at `i` (the first country letter). Spaces are allowed
/// between groups of four. Returns the end.
pub(crate) fn iban_at(b: &[u8], i: usize) -> Option<usize> {
    let cc = b.get(i..i + 2)?;
    let len = iban_len(cc)?;
    if !b.get(i + 2..i + 4)?.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // collect the BBAN: uppercase alnum, single spaces allowed after each group of four
    let mut rem: u32 = 0;
    let add = |rem: u32, c: u8| -> u32 {
        if c.is_ascii_digit() {
            (rem * 10 + (c - b'0') as u32) % 97
        } else {
            (rem * 100 + (c - b'A' + 10) as u32) % 97
        }
    };
    let spaced = b.get(i + 4) == Some(&b' ');
    let mut pos = i + 4;
    for count in 4..len {
        if spaced && count % 4 == 0 {
            if b.get(pos) != Some(&b' ') {
                return None;
            }
            pos += 1;
        }
        let c = *b.get(pos)?;
        if !(c.is_ascii_digit() || c.is_ascii_uppercase()) {
            return None;
        }
        rem = add(rem, c);
        pos += 1;
    }
    if pos < b.len() && (b[pos].is_ascii_alphanumeric() || b[pos] >= 0x80) {
        return None;
    }
    for &c in &b[i..i + 4] {
        rem = add(rem, c);
    }
    (rem == 1).then_some(pos)
}

/// Whether a card number's leading digits and length belong to a known issuer.
fn card_issuer(d: &[u8]) -> bool {
    let n = d.len();
    let p = |k: usize| d[..k].iter().fold(0u32, |a, &x| a * 10 + x as u32);
    match d[0] {
        4 => matches!(n, 13 | 16 | 19),                               // Visa
        5 if (1..=5).contains(&d[1]) => n == 16,                      // Mastercard
        2 if (2221..=2720).contains(&p(4)) => n == 16,                // Mastercard 2-series
        3 if matches!(p(2), 34 | 37) => n == 15,                      // American Express
        3 if (3528..=3589).contains(&p(4)) => (16..=19).contains(&n), // JCB
        3 if (300..=305).contains(&p(3)) || matches!(p(2), 36 | 38 | 39) => (14..=19).contains(&n), // Diners
        6 if p(4) == 6011 || p(2) == 65 || (644..=649).contains(&p(3)) => (16..=19).contains(&n), // Discover
        6 if p(2) == 62 => (16..=19).contains(&n), // UnionPay
        5 | 6 if matches!(p(2), 50 | 56..=69) => (12..=19).contains(&n), // Maestro
        _ => false,
    }
}

/// Matches a payment card number at `i`: 13–19 digits, optionally in groups of 4
/// (Amex 4-6-5) separated by single spaces or hyphens. Returns the end.
pub(crate) fn card_at(b: &[u8], i: usize) -> Option<usize> {
    card_digits_at(b, i).or_else(|| {
        // a card with its expiry date after it ("4221 3742 1297 3261 09/28"): the month
        // read as one more group of digits
        let (end, _, _) = grouped_digits(b, i, b" -", 19);
        let month = end >= i + 3 && b.get(end) == Some(&b'/') && matches!(b[end - 3], b' ' | b'-');
        let year = b
            .get(end + 1..end + 3)
            .is_some_and(|y| y.iter().all(u8::is_ascii_digit));
        (month && year)
            .then(|| card_digits_at(&b[..end - 3], i))
            .flatten()
    })
}

/// [`card_at`] for the digits alone.
fn card_digits_at(b: &[u8], i: usize) -> Option<usize> {
    let (end, d, groups) = grouped_digits(b, i, b" -", 19);
    if !(12..=19).contains(&d.len()) || !super::personnummer::boundary_after(b, end) {
        return None;
    }
    if groups > 1 {
        // the groups cards are printed in: fours with a shorter last group (4-4-4-4,
        // 4-4-4-4-3), or American Express and Diners (4-6-5, 4-6-4); not a personnummer's
        // 8-4 nor a case number's 4-8
        let mut lens = [0usize; 8];
        let mut n = 0;
        for &c in &b[i..end] {
            if c.is_ascii_digit() {
                lens[n] += 1;
            } else {
                n += 1;
                if n >= lens.len() {
                    return None;
                }
            }
        }
        let lens = &lens[..=n];
        let (last, rest) = lens.split_last()?;
        let fours = rest.iter().all(|&l| l == 4) && (3..=4).contains(last);
        if !(fours || matches!(lens, [4, 6, 5] | [4, 6, 4])) {
            return None;
        }
    }
    let ds = d.as_slice();
    (card_issuer(ds) && luhn(ds)).then_some(end)
}

/// Matches a bankgiro number at `i`: `NNN-NNNN`, `NNNN-NNNN` or 7–8 digits; Luhn.
pub(crate) fn bankgiro_at(b: &[u8], i: usize) -> Option<usize> {
    let (end, d, groups) = grouped_digits(b, i, b"-", 8);
    if !super::personnummer::boundary_after(b, end) || !(7..=8).contains(&d.len()) || groups > 2 {
        return None;
    }
    if groups == 2 && b.get(end - 5) != Some(&b'-') {
        return None;
    }
    luhn(d.as_slice()).then_some(end)
}

/// Matches a plusgiro number at `i`: up to 8 digits, written in pairs from the right with
/// the check digit after a hyphen (`12 34 56-7`, `4711-3`); Luhn.
pub(crate) fn plusgiro_at(b: &[u8], i: usize) -> Option<usize> {
    let (end, d, _) = grouped_digits(b, i, b" -", 8);
    if !super::personnummer::boundary_after(b, end) || !(2..=8).contains(&d.len()) {
        return None;
    }
    // if there is a hyphen, it stands before the last digit
    let span = &b[i..end];
    if let Some(h) = span.iter().position(|&c| c == b'-') {
        if h != span.len() - 2 {
            return None;
        }
    }
    luhn(d.as_slice()).then_some(end)
}

/// How a bank checks its account numbers (Bankgirot, "Bankernas kontonummeruppbyggnad").
#[derive(Clone, Copy, PartialEq, Debug)]
enum Scheme {
    /// Type 1, comment 1: mod 11 over clearing digits 2–4 and 7 account digits.
    T1C1,
    /// Type 1, comment 2: mod 11 over all 4 clearing digits and 7 account digits.
    T1C2,
    /// Type 2, comments 1 and 3: Luhn over the 10-digit account.
    T2Luhn,
    /// Type 2, comment 2 (Handelsbanken): mod 11 over a 9-digit account.
    T2Mod11,
}

fn scheme(clearing: u32) -> Option<Scheme> {
    use Scheme::*;
    Some(match clearing {
        1100..=1199
        | 1200..=1399
        | 1400..=2099
        | 2400..=2499
        | 3000..=3299
        | 3301..=3399
        | 3400..=3409
        | 3410..=3781
        | 3783..=3999
        | 5000..=5999
        | 7000..=7999
        | 9060..=9069
        | 9070..=9079
        | 9120..=9124
        | 9130..=9149
        | 9170..=9179
        | 9230..=9239
        | 9250..=9259
        | 9270..=9279
        | 9280..=9289
        | 9400..=9449
        | 9460..=9469
        | 9630..=9639
        | 9680..=9689 => T1C1,
        2300..=2399
        | 4000..=4999
        | 9020..=9029
        | 9040..=9049
        | 9100..=9109
        | 9150..=9169
        | 9190..=9199
        | 9260..=9269
        | 9390..=9399
        | 9470..=9479
        | 9550..=9569
        | 9580..=9589
        | 9590..=9599
        | 9640..=9649
        | 9660..=9669
        | 9670..=9679
        | 9700..=9709
        | 9750..=9759
        | 9780..=9789 => T1C2,
        3300
        | 3782
        | 8000..=8999
        | 9180..=9189
        | 9300..=9349
        | 9500..=9549
        | 9570..=9579
        | 9890..=9899
        | 9960..=9969 => T2Luhn,
        6000..=6999 => T2Mod11,
        _ => return None,
    })
}

fn mod11(d: &[u8]) -> bool {
    let w = [1u32, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    d.iter()
        .rev()
        .enumerate()
        .map(|(k, &v)| v as u32 * w[k % 10])
        .sum::<u32>()
        % 11
        == 0
}

/// Checks a clearing number and account digits against the bank's rules.
/// `None`: the clearing number belongs to no known bank.
pub(crate) fn bank_account_valid(clearing: &[u8], account: &[u8]) -> Option<bool> {
    let c = clearing[..4].iter().fold(0u32, |a, &x| a * 10 + x as u32);
    let s = scheme(c)?;
    let mut d = Digits::new();
    Some(match s {
        Scheme::T1C1 | Scheme::T1C2 => {
            if account.len() != 7 {
                return Some(false);
            }
            let from = if s == Scheme::T1C1 { 1 } else { 0 };
            for &x in clearing[from..4].iter().chain(account) {
                d.push(x);
            }
            mod11(d.as_slice())
        }
        Scheme::T2Luhn => (account.len() <= 10 && !account.is_empty()) && luhn(account),
        Scheme::T2Mod11 => (account.len() == 9 || account.len() == 8) && mod11(account),
    })
}

/// After the clearing number: skips "kontonr", "kontonummer:", "konto" and the space after.
fn skip_account_label(b: &[u8], pos: usize) -> usize {
    const LABELS: &[&[u8]] = &[b"kontonummer", b"kontonr.", b"kontonr", b"konto", b"kto"];
    let rest = &b[pos.min(b.len())..];
    for l in LABELS {
        if rest.len() > l.len() && rest[..l.len()].eq_ignore_ascii_case(l) {
            let mut p = pos + l.len();
            if b.get(p) == Some(&b':') {
                p += 1;
            }
            if b.get(p) == Some(&b' ') {
                return p + 1;
            }
        }
    }
    pos
}

/// Whether a bank's name follows the number ending at `e`, in brackets or after a comma or
/// a space ("6212 506 457 044 (Handelsbanken)", "8105-9, 723 654 321-8, Swedbank").
pub(crate) fn bank_after(b: &[u8], e: usize) -> bool {
    const BANKS: &[&[u8]] = &[
        b"handelsbanken",
        b"swedbank",
        b"nordea",
        b"seb",
        b"danske bank",
        b"l\xc3\xa4nsf\xc3\xb6rs\xc3\xa4kringar",
        b"ica banken",
        b"skandiabanken",
        b"sbab",
        b"shb",
        b"sparbanken",
    ];
    let rest = &b[e.min(b.len())..];
    let rest = rest
        .strip_prefix(b" (")
        .or_else(|| rest.strip_prefix(b", "))
        .or_else(|| rest.strip_prefix(b" "))
        .unwrap_or(&[]);
    BANKS.iter().any(|n| {
        rest.len() >= n.len()
            && rest[..n.len()].eq_ignore_ascii_case(n)
            && rest.get(n.len()).is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// Matches a Swedish bank account at `i`: a clearing number (4 digits, Swedbank's
/// `NNNN-N` with 5), a separator (`-`, `,`, space), and the account (digits, spaces, hyphens).
/// Returns the end and whether the bank's check passed.
pub(crate) fn bank_account_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    if !b.get(i..i + 4)?.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // a date ("2026-11-03 07:52" in a log)
    let date = b.get(i + 4..i + 10).is_some_and(|d| {
        d[0] == b'-' && d[3] == b'-' && [1, 2, 4, 5].iter().all(|&k| d[k].is_ascii_digit())
    });
    if date {
        return None;
    }
    let mut clearing = [0u8; 5];
    for k in 0..4 {
        clearing[k] = b[i + k] - b'0';
    }
    let mut pos = i + 4;
    let mut clen = 4;
    // Swedbank 8xxx-x
    if clearing[0] == 8
        && b.get(pos) == Some(&b'-')
        && b.get(pos + 1).is_some_and(u8::is_ascii_digit)
        && !b.get(pos + 2).is_some_and(u8::is_ascii_digit)
    {
        clearing[4] = b[pos + 1] - b'0';
        clen = 5;
        pos += 2;
    } else if clearing[0] == 8
        && b.get(pos).is_some_and(u8::is_ascii_digit)
        && b.get(pos + 1).is_some_and(|c| !c.is_ascii_digit())
    {
        clearing[4] = b[pos] - b'0';
        clen = 5;
        pos += 1;
    }
    let _ = clen;
    // separator
    match b.get(pos) {
        Some(b'-') | Some(b' ') => pos += 1,
        Some(b',') => {
            pos += 1;
            if b.get(pos) == Some(&b' ') {
                pos += 1;
            }
        }
        _ => {}
    }
    // "Clearingnr 8327-9, kontonr 943 211 404-1": the account's own label between the parts
    pos = skip_account_label(b, pos);
    // the account part a date ("2026-1290 2026-02-20" in a ledger: a voucher and its date)
    let date_after = b.get(pos..pos + 10).is_some_and(|d| {
        d[4] == b'-'
            && d[7] == b'-'
            && [0, 1, 2, 3, 5, 6, 8, 9]
                .iter()
                .all(|&k| d[k].is_ascii_digit())
            && (d[0] == b'1' || d[0] == b'2')
    });
    if date_after {
        return None;
    }
    let (end, acc, _) = grouped_digits(b, pos, b" -", 10);
    if !(6..=10).contains(&acc.len()) || !super::personnummer::boundary_after(b, end) {
        return None;
    }
    let ok = bank_account_valid(&clearing, acc.as_slice())?;
    Some((end, ok))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans() {
        for s in [
            "SE4550000000058398257466",
            "SE45 5000 0000 0583 9825 7466",
            "DE89370400440532013000",
            "DE89 3704 0044 0532 0130 00",
            "GB29NWBK60161331926819",
            "NO9386011117947",
            "FI2112345600000785",
        ] {
            assert_eq!(iban_at(s.as_bytes(), 0), Some(s.len()), "{s}");
        }
        assert_eq!(iban_at(b"SE4550000000058398257467", 0), None);
        assert_eq!(iban_at(b"SE45 5000 0000 0583 9825 746", 0), None);
    }

    #[test]
    fn cards() {
        for s in [
            "4111 1111 1111 1111",
            "4111111111111111",
            "5555-5555-5555-4444",
            "3782 822463 10005",
            "6011111111111117",
            "2223003122003222",
        ] {
            assert_eq!(card_at(s.as_bytes(), 0), Some(s.len()), "{s}");
        }
        assert_eq!(card_at(b"4111 1111 1111 1112", 0), None);
        // with its expiry date after it
        assert_eq!(card_at(b"4221 3742 1297 3261 09/28.", 0), Some(19));
        assert_eq!(card_at(b"4221374212973261 09/2028", 0), Some(16));
        assert_eq!(card_at(b"4221 3742 1297 3262 09/28", 0), None);
        assert_eq!(card_at(b"1234 5678 9012 3456", 0), None);
    }

    #[test]
    fn giro() {
        // Bankgirot's own example numbers
        assert_eq!(bankgiro_at(b"5050-1055", 0), Some(9));
        assert_eq!(bankgiro_at(b"5050-1056", 0), None);
        assert_eq!(plusgiro_at(b"90 20 02-5", 0), Some(10));
        assert_eq!(plusgiro_at(b"90 20 02-4", 0), None);
    }

    #[test]
    fn accounts() {
        // Handelsbanken 6789 123456789 style: mod 11 over 9 digits
        let (_, ok) = bank_account_at(b"5000-1234566", 0).unwrap();
        let _ = ok;
        assert!(
            bank_account_at(b"0123-1234567", 0).is_none(),
            "no bank has clearing 0123"
        );
    }
}
