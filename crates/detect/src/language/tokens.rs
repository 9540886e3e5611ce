//! Byte-level helpers for Swedish text: word bytes, word boundaries, sentences and lines.
//!
//! Everything works on byte offsets into the UTF-8 text and never allocates. Bytes ≥ 0x80
//! count as letters (å, ä, ö, é and the rest of the non-ASCII letters); the few non-ASCII
//! punctuation marks that matter (–, —, “, ”, ’, •, §) are checked where they matter.
//! Unicode spaces (no-break space …) are not seen here: the engine gives the detectors a
//! copy with ASCII spaces (`plain_text.rs`).

/// Whether `b` can be part of a word.
#[inline]
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Whether `b` can be part of a word of letters (no digits). Lead bytes 0xC2 (§, «, », °,
/// no-break space) and 0xE2 (– — ’ “ ” • …) are punctuation; a word scan stops there.
#[inline]
pub(crate) fn is_letter_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || (b >= 0x80 && b != 0xC2 && b != 0xE2)
}

/// Whether a word boundary lies before `i`.
#[inline]
pub(crate) fn boundary_before(t: &[u8], i: usize) -> bool {
    i == 0 || !is_word_byte(t[i - 1])
}

/// The start of the word containing the byte before `i`.
#[inline]
pub(crate) fn word_start(t: &[u8], mut i: usize) -> usize {
    while i > 0 && is_letter_byte(t[i - 1]) {
        // a continuation byte of a punctuation mark (E2 80 9D, C2 A7) ends the word
        if t[i - 1] < 0xC0 && t[i - 1] >= 0x80 {
            let mut j = i - 1;
            while j > 0 && (0x80..0xC0).contains(&t[j]) {
                j -= 1;
            }
            if t[j] == 0xE2 || t[j] == 0xC2 {
                break;
            }
            i = j;
            continue;
        }
        i -= 1;
    }
    i
}

/// Whether the text at `i` starts with an upper-case letter (ASCII or Å Ä Ö É Ü Ø Æ Ç Š Ž Ć Č).
#[inline]
pub(crate) fn upper_at(t: &[u8], i: usize) -> bool {
    match t.get(i) {
        Some(b) if b.is_ascii_uppercase() => true,
        Some(0xC3) => matches!(t.get(i + 1), Some(0x80..=0x9E)),
        Some(0xC4 | 0xC5) => t.get(i + 1).is_some_and(|c| c % 2 == 0),
        _ => false,
    }
}

/// The bounds of the sentence around `start..end`: back to the previous `.`, `!`, `?`
/// followed by space, or a blank line; forward likewise. At most `max` bytes each way.
///
/// Called for every content term and every use verb, so the candidate ends (`.`, `!`, `?`,
/// `\n`) are found with SIMD searches (memchr) rather than byte by byte.
pub(crate) fn sentence(t: &[u8], start: usize, end: usize, max: usize) -> (usize, usize) {
    sentence_with::<false>(t, start, end, max)
}

/// [`sentence`], where a short line followed by a capitalised one also ends a sentence (a
/// contact block, a title above a record's fields): what a term is said of, for the
/// content rules. The uses detector keeps whole lists together instead, as a request's
/// objects are often its items.
pub(crate) fn statement(t: &[u8], start: usize, end: usize, max: usize) -> (usize, usize) {
    sentence_with::<true>(t, start, end, max)
}

fn sentence_with<const LINES: bool>(
    t: &[u8],
    start: usize,
    end: usize,
    max: usize,
) -> (usize, usize) {
    let lo_limit = start.saturating_sub(max);
    let s = sentence_start::<LINES>(t, lo_limit, start);
    let hi_limit = (end + max).min(t.len());
    let e = sentence_end::<LINES>(t, end, hi_limit);
    (ceil_boundary(t, s), ceil_boundary(t, e))
}

/// Whether the byte at `q` ends a sentence (seen from the sentence after it).
#[inline]
fn ends_before<const LINES: bool>(t: &[u8], q: usize) -> bool {
    match t[q] {
        b'!' | b'?' => true,
        b'.' => q + 1 < t.len() && t[q + 1].is_ascii_whitespace() && !abbrev_before(t, q),
        b'\n' => {
            (q >= 1 && t[q - 1] == b'\n') || item_starts(t, q + 1) || LINES && short_line_ends(t, q)
        }
        _ => false,
    }
}

/// Whether the line break at `q` ends a short line that a capitalised line follows (a
/// contact block, a header, a signature: "Skolsköterska\nMaja Lindgren\nNås säkrast …"):
/// wrapped prose has long lines, or goes on in lower case.
fn short_line_ends(t: &[u8], q: usize) -> bool {
    let ls =
        memchr::memrchr(b'\n', &t[q.saturating_sub(48)..q]).map(|p| q.saturating_sub(48) + p + 1);
    let Some(ls) = ls.or((q < 48).then_some(0)) else {
        return false;
    };
    let line = t[ls..q].trim_ascii_end();
    // a comma goes on; a colon introduces what follows
    if line.is_empty() || line.ends_with(b",") || line.ends_with(b":") {
        return false;
    }
    let mut n = q + 1;
    while n < t.len() && t[n] == b' ' {
        n += 1;
    }
    match t.get(n..) {
        Some([c, ..]) if c.is_ascii_uppercase() || c.is_ascii_digit() => true,
        // Å Ä Ö É
        Some([0xC3, c, ..]) => matches!(c, 0x85 | 0x84 | 0x96 | 0x89),
        _ => false,
    }
}

/// Whether `E2 b1 b2` is a check box or a bullet that opens a list item: ☐ ☑ ☒ □ ▪ ● ◦ ✓ ✔.
fn check_box(b1: u8, b2: u8) -> bool {
    matches!(
        (b1, b2),
        (0x98, 0x90..=0x92) | (0x96, 0xA1 | 0xAA) | (0x97, 0x8F | 0xA6) | (0x9C, 0x93 | 0x94)
    )
}

/// Whether a list item or a table row starts at `i` (after a line break): "- ", "* ",
/// "• ", "– ", "☐ ", "1. ", "2) ", "| ". Each item is a sentence of its own, even without a full
/// stop ("3. Ekonomisk uppföljning" is not part of "4. Information: sjukfrånvaron").
fn item_starts(t: &[u8], i: usize) -> bool {
    let mut i = i;
    while i < t.len() && t[i] == b' ' {
        i += 1;
    }
    let rest = &t[i.min(t.len())..];
    match rest {
        [b'-' | b'*' | b'|', b' ', ..] => true,
        [0xE2, 0x80, 0xA2 | 0x93, b' ', ..] => true,
        [0xE2, b1, b2, b' ', ..] if check_box(*b1, *b2) => true,
        // "a) …", "b) …"
        [b'a'..=b'z' | b'A'..=b'Z', b')', b' ', ..] => true,
        [b'0'..=b'9', ..] => {
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            digits <= 2 && matches!(rest.get(digits..digits + 2), Some([b'.' | b')', b' ']))
        }
        _ => false,
    }
}

/// Scans back from `start` (exclusive) to `lo` for the first byte that ends the previous
/// sentence; returns the position after it, or `lo`.
fn sentence_start<const LINES: bool>(t: &[u8], lo: usize, start: usize) -> usize {
    let mut hi = start;
    while let Some(q) = prev_stop(t, lo, hi) {
        if ends_before::<LINES>(t, q) {
            return q + 1;
        }
        hi = q;
    }
    lo
}

/// Scans forward from `end` to `hi` for the end of the sentence: after a `.`, `!`, `?` that
/// ends it, before a blank line, or `hi`.
fn sentence_end<const LINES: bool>(t: &[u8], end: usize, hi: usize) -> usize {
    let mut from = end;
    while let Some(q) = next_stop(t, from, hi) {
        match t[q] {
            b'!' | b'?' => return q + 1,
            b'.' if (q + 1 >= t.len() || t[q + 1].is_ascii_whitespace())
                && !abbrev_before(t, q) =>
            {
                return q + 1
            }
            b'\n'
                if (q + 1 < t.len() && t[q + 1] == b'\n')
                    || item_starts(t, q + 1)
                    || LINES && short_line_ends(t, q) =>
            {
                return q
            }
            _ => from = q + 1,
        }
    }
    hi
}

/// Whether `b` may end a sentence: `.`, `!`, `?` or a line break.
#[inline(always)]
fn stop_byte(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n')
}

/// The bit mask of the [`stop_byte`]s among the 16 bytes of `t` from `at` (SSE2).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn stop_mask16(t: &[u8], at: usize) -> u32 {
    use std::arch::x86_64::*;
    assert!(at + 16 <= t.len());
    // SAFETY: SSE2 is part of the x86_64 baseline; the load reads `t[at..at + 16]`, in
    // bounds (asserted above).
    unsafe {
        let v = _mm_loadu_si128(t.as_ptr().add(at) as *const __m128i);
        let m = _mm_or_si128(
            _mm_or_si128(
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'.' as i8)),
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'!' as i8)),
            ),
            _mm_or_si128(
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'?' as i8)),
                _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\n' as i8)),
            ),
        );
        _mm_movemask_epi8(m) as u32
    }
}

/// The first [`stop_byte`] in `from..to`: one scan for all four (sixteen bytes at a time),
/// where two `memchr` calls would each pay their set-up on the short stretch to the next one.
#[inline]
fn next_stop(t: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut i = from;
    #[cfg(target_arch = "x86_64")]
    while i + 16 <= to {
        let m = stop_mask16(t, i);
        if m != 0 {
            return Some(i + m.trailing_zeros() as usize);
        }
        i += 16;
    }
    (i..to).find(|&q| stop_byte(t[q]))
}

/// The last [`stop_byte`] in `from..to` (see [`next_stop`]).
#[inline]
fn prev_stop(t: &[u8], from: usize, to: usize) -> Option<usize> {
    let mut i = to;
    #[cfg(target_arch = "x86_64")]
    while i >= from + 16 {
        let m = stop_mask16(t, i - 16);
        if m != 0 {
            return Some(i - 16 + (31 - m.leading_zeros()) as usize);
        }
        i -= 16;
    }
    (from..i).rev().find(|&q| stop_byte(t[q]))
}

/// FNV-1a (64-bit) offset basis: the start of [`fnv`].
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a (64-bit) of `bytes`, continued from `h` ([`FNV_OFFSET`] to start).
#[inline]
pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h = fnv_byte(h, b);
    }
    h
}

/// One byte of FNV-1a (64-bit).
#[inline(always)]
pub(crate) fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// A set of 16-bit hashes as a 64 Ki-bit map (8 KiB): whether no key of a table hashes to
/// a value, in one load, before the table itself is asked.
pub(crate) struct HashBits(Box<[u64; 1024]>);

impl HashBits {
    pub(crate) fn new() -> HashBits {
        HashBits(Box::new([0; 1024]))
    }

    /// Adds hash `h` (below 2^16).
    #[inline(always)]
    pub(crate) fn insert(&mut self, h: usize) {
        self.0[h >> 6] |= 1 << (h & 63);
    }

    /// Whether hash `h` (below 2^16) was added.
    #[inline(always)]
    pub(crate) fn contains(&self, h: usize) -> bool {
        self.0[h >> 6] & (1 << (h & 63)) != 0
    }
}

/// The first char boundary at or after `i` (a byte that is not a UTF-8 continuation byte).
#[inline]
pub(crate) fn ceil_boundary(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && (t[i] & 0xC0) == 0x80 {
        i += 1;
    }
    i
}

/// Whether the `.` at `dot` ends a common abbreviation (t.ex., bl.a., kap., nr.) or a number.
fn abbrev_before(t: &[u8], dot: usize) -> bool {
    let ws = word_start(t, dot);
    let w = &t[ws..dot];
    if dot > 0 && t[dot - 1].is_ascii_digit() {
        // "19. maj", "1. Inledning"; but a number ends a sentence at the end of a line, and
        // so does a year or an amount ("opererad 2024. Bör undvika …")
        // (a number standing alone: the end of "900616-1856." keeps its record together)
        let digits = t[..dot]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let alone = dot == digits || t[dot - digits - 1] == b' ';
        let ends_line = matches!(t.get(dot + 1), Some(b'\n' | b'\r'));
        // a time or a date before a capital ("kl 07.30. Du ska …", "2026-03-10. Vi …")
        let time_or_date = digits == 2
            && dot >= 4
            && matches!(t[dot - 3], b'.' | b':' | b'-')
            && t[dot - 4].is_ascii_digit()
            && t.get(dot + 1) == Some(&b' ')
            && t.get(dot + 2)
                .is_some_and(|&c| c.is_ascii_uppercase() || c == 0xC3);
        return !(ends_line || time_or_date || digits >= 3 && alone);
    }
    // an initial after a first name, the sentence going on in small letters ("Kort: Ali H.
    // återfall i heroin")
    if w.len() == 1
        && w[0].is_ascii_uppercase()
        && ws >= 2
        && t[ws - 1] == b' '
        && prev_word(t, ws).is_some_and(|(_, p)| p.first().is_some_and(u8::is_ascii_uppercase))
        && t.get(dot + 2)
            .is_some_and(|&c| c.is_ascii_lowercase() || c >= 0x80)
        && !upper_at(t, dot + 2)
    {
        return true;
    }
    matches!(
        w,
        b"ex"
            | b"a"
            | b"kap"
            | b"nr"
            | b"bl"
            | b"s"
            | b"t"
            | b"resp"
            | b"jfr"
            | b"st"
            | b"ca"
            | b"d"
            | b"v"
            | b"m"
            | b"p"
            | b"f"
            | b"tr"
            | b"lgh"
            | b"pnr"
            | b"tel"
            | b"dvs"
            | b"etc"
            | b"o"
            | b"inkl"
            | b"ang"
            | b"ev"
            | b"enl"
            | b"exkl"
            | b"kl"
    )
}

/// The start of the line that holds `i`.
pub(crate) fn line_start(t: &[u8], i: usize) -> usize {
    memchr::memrchr(b'\n', &t[..i]).map_or(0, |p| p + 1)
}

/// The start of the line that holds `i`, looked for at most `max` bytes back (`i - max` when
/// the line is longer): a rule that reads the words before a term on its line costs no scan
/// of a long line.
pub(crate) fn line_start_within(t: &[u8], i: usize, max: usize) -> usize {
    let lo = i.saturating_sub(max);
    memchr::memrchr(b'\n', &t[lo..i]).map_or(lo, |p| lo + p + 1)
}

/// The bounds of the line around `i`.
pub(crate) fn line(t: &[u8], i: usize) -> (usize, usize) {
    let s = line_start(t, i);
    let e = memchr::memchr(b'\n', &t[i..]).map_or(t.len(), |p| i + p);
    (s, e)
}

/// The previous word before `i` (skipping spaces and simple punctuation), as bytes with its start.
pub(crate) fn prev_word(t: &[u8], i: usize) -> Option<(usize, &[u8])> {
    let mut j = i;
    while j > 0 && matches!(t[j - 1], b' ' | b'\t' | b',' | b':') {
        j -= 1;
    }
    let s = word_start(t, j);
    if s == j {
        None
    } else {
        Some((s, &t[s..j]))
    }
}

/// The words before `i`, nearest first, as [`prev_word`] finds them, none starting before
/// `lo`; stops at anything that is not a word or a separator.
pub(crate) fn words_before(t: &[u8], lo: usize, i: usize) -> impl Iterator<Item = &[u8]> {
    let mut at = i;
    std::iter::from_fn(move || {
        let (s, w) = prev_word(t, at).filter(|&(s, _)| s >= lo)?;
        at = s;
        Some(w)
    })
}

/// Whether position `i` starts a sentence: only spaces/bullets back to the line start or to
/// `.`, `!`, `?`, `:`.
pub(crate) fn sentence_initial(t: &[u8], i: usize) -> bool {
    let mut j = i;
    let mut quoted = false;
    while j > 0 {
        let b = t[j - 1];
        match b {
            b'"' => {
                quoted = true;
                j -= 1;
            }
            b' ' | b'\t' | b'(' | b'-' | b'*' => j -= 1,
            b'\n' | b'.' | b'!' | b'?' | b':' => return true,
            // a sentence assigned in code: `PROFIL = """Bedöm risken …` (not a word:
            // `Fornamn="Kamal"`)
            b'=' if quoted => {
                return t[i..]
                    .iter()
                    .take_while(|&&c| c != b'"' && c != b'\n')
                    .any(|&c| c == b' ')
            }
            // • (E2 80 A2), – (E2 80 93), — (E2 80 94), ◦ (E2 97 A6), “ ” (E2 80 9C/9D)
            0xA2 | 0x93 | 0x94 | 0xA6 | 0x9C | 0x9D if j >= 3 && t[j - 3] == 0xE2 => j -= 3,
            _ if j >= 3 && t[j - 3] == 0xE2 && check_box(t[j - 2], b) => j -= 3,
            _ => return false,
        }
    }
    true
}

/// Lower-cases the ASCII letters and Å Ä Ö É of `w` into `buf` and returns it as str.
pub(crate) fn lower_into<'b>(w: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    let mut rest = w;
    while !rest.is_empty() {
        // runs of ASCII are copied and lower-cased in bulk; other chars one by one
        let ascii = rest.bytes().position(|b| b >= 0x80).unwrap_or(rest.len());
        let at = buf.len();
        buf.push_str(&rest[..ascii]);
        buf[at..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            push_lower(buf, c);
            rest = &rest[c.len_utf8()..];
        }
    }
    buf.as_str()
}

/// The lower-case form of a Latin-1 capital À..Þ (not ×): 0x20 above it.
#[inline]
pub(crate) fn latin1_lower(c: char) -> char {
    debug_assert!(('\u{c0}'..='\u{de}').contains(&c) && c != '\u{d7}');
    char::from(c as u8 + 0x20)
}

/// Pushes `c` lower-cased, as `c.to_lowercase()`; Latin-1 letters (Å Ä Ö É …) without the
/// table lookup.
#[inline]
pub(crate) fn push_lower(buf: &mut String, c: char) {
    match c {
        // À..Þ except ×: the lower-case letter is 0x20 above
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => buf.push(latin1_lower(c)),
        '\u{80}'..='\u{ff}' if c != '\u{b5}' => buf.push(c),
        _ => buf.extend(c.to_lowercase()),
    }
}

/// The byte at `i` of `t` lower-cased within its place, for a copy as long as the text: an
/// ASCII capital, or the second byte of a Latin-1 capital (À..Þ but ×, after 0xC3), which is
/// 0x20 above in lower case; any other byte as it is.
#[inline]
pub(crate) fn lower_byte_at(t: &[u8], i: usize) -> u8 {
    match t[i] {
        b if b.is_ascii_uppercase() => b.to_ascii_lowercase(),
        b @ 0x80..=0x9E if b != 0x97 && i > 0 && t[i - 1] == 0xC3 => b + 0x20,
        b => b,
    }
}

/// A copy of `text` in which each line written in capitals alone ("SÖKANDE: ANNA SVENSSON",
/// an SMS typed in capitals) has its words in title case ("Sökande: Anna Svensson"), byte
/// for byte as long (ASCII letters and Å Ä Ö É … keep their length in UTF-8), so that the
/// name rules, which read capitals, see names there; `None` when no line is such (most
/// texts: each line's first lower-case letter ends its check).
pub(crate) fn title_cased_caps_lines(text: &str) -> Option<String> {
    let t = text.as_bytes();
    // (a lower-case letter: ASCII, or a Latin-1 letter's second byte after 0xC3)
    let lower_at = |l: &[u8], k: usize| {
        l[k].is_ascii_lowercase() || k > 0 && l[k - 1] == 0xC3 && (0xA0..=0xBF).contains(&l[k])
    };
    let mut copy: Option<Vec<u8>> = None;
    let mut start = 0;
    while start < t.len() {
        let end = memchr::memchr(b'\n', &t[start..]).map_or(t.len(), |p| start + p);
        let line = &t[start..end];
        // (the lower-case test first: an ordinary line fails it at its second letter)
        let caps = !(0..line.len()).any(|k| lower_at(line, k))
            && line
                .iter()
                .filter(|b| b.is_ascii_uppercase())
                .take(4)
                .count()
                >= 4;
        if caps {
            let c = copy.get_or_insert_with(|| t.to_vec());
            let mut word_start = true;
            let mut k = start;
            while k < end {
                let b = t[k];
                if b.is_ascii_alphabetic() {
                    if !word_start {
                        c[k] = lower_byte_at(t, k);
                    }
                    word_start = false;
                } else if b == 0xC3
                    && k + 1 < end
                    && (0x80..=0x9E).contains(&t[k + 1])
                    && t[k + 1] != 0x97
                {
                    if !word_start {
                        c[k + 1] = lower_byte_at(t, k + 1);
                    }
                    word_start = false;
                    k += 1;
                } else if b >= 0x80 {
                    word_start = false;
                } else {
                    // (a hyphen joins a name's parts, each capitalised: "Anna-Karin")
                    word_start = true;
                }
                k += 1;
            }
        }
        start = end + 1;
    }
    // (ASCII letters and Latin-1 capitals changed within their own bytes: still UTF-8)
    copy.map(|c| String::from_utf8(c).expect("case changed within UTF-8 sequences"))
}

/// Whether `t` is training material: a line opens with an exercise's heading ("Övning 3 –
/// Bedöm behovet", "Övningsfall (påhittat)", "Diskutera i grupp:", "Diskussionsfrågor",
/// "Rollspel A:", "Quiz:", "Fallbeskrivning", "Vinjett", "Talarmanus", a slide's "Bild 6 –"),
/// after any bullet or number.
pub(crate) fn training_text(t: &[u8]) -> bool {
    // (heading, whether a longer word may start with it: "Diskussionsfrågor", "Övningsfallet")
    const HEADINGS: &[(&str, bool)] = &[
        ("övning", false),
        ("övningsfall", true),
        ("övningsuppgift", true),
        ("gruppövning", true),
        ("diskutera i grupp", true),
        ("diskussionsfråg", true),
        ("rollspel", true),
        ("quiz", false),
        ("fallbeskrivning", true),
        ("vinjett", true),
        ("talarmanus", true),
    ];
    t.split(|&b| b == b'\n').any(|line| {
        let line = line.trim_ascii_start();
        // a bullet or an item number first ("- ", "• ", "2. ", "3) ")
        let line = line
            .strip_prefix(b"- ")
            .or_else(|| line.strip_prefix("• ".as_bytes()))
            .unwrap_or(line);
        let digits = line.iter().take_while(|b| b.is_ascii_digit()).count();
        let line = match line.get(digits) {
            Some(b'.' | b')') if digits > 0 => line[digits + 1..].trim_ascii_start(),
            _ => line,
        };
        // "Ö" and "ö" differ in their second byte: compare the rest case-blind
        let line: &[u8] = match line {
            [0xC3, 0x96, rest @ ..] => {
                return HEADINGS.iter().any(|&(h, stem)| {
                    h.as_bytes()
                        .strip_prefix("ö".as_bytes())
                        .is_some_and(|h| heading_at(rest, h, stem))
                })
            }
            _ => line,
        };
        HEADINGS
            .iter()
            .any(|&(h, stem)| heading_at(line, h.as_bytes(), stem))
            // a slide's heading ("Bild 6 – Myter", "Bild 13: Så här kan du göra")
            || starts_with_ci(line, b"bild ") && line.get(5).is_some_and(u8::is_ascii_digit)
    })
}

/// Whether `t` delegates a health-care task to a member of staff: a line opens with
/// "Delegeringsbeslut", "Delegering av", "Delegerade uppgifter" or "Delegeringar"
/// ("DELEGERINGSBESLUT – hälso- och sjukvårdsuppgift", "Delegerade uppgifter:\n[x]
/// Administrering av insulin", "Delegeringar – Hemtjänst Norr" over a list of staff), or a
/// list has a "Delegerad av" column.
pub(crate) fn delegation(t: &[u8]) -> bool {
    t.split(|&b| b == b'\n').any(|line| {
        let line = line.trim_ascii_start();
        heading_at(line, b"delegeringsbeslut", false)
            || heading_at(line, b"delegering av", false)
            || heading_at(line, b"delegerade uppgifter", false)
            || heading_at(line, b"delegeringar", false)
            || heading_at(line, b"delegeringslista", true)
            || memchr::memmem::find(line, b"Delegerad av").is_some()
    })
}

/// Whether `line` opens with `h` (ASCII case ignored), as a whole word unless `stem`.
fn heading_at(line: &[u8], h: &[u8], stem: bool) -> bool {
    starts_with_ci(line, h) && (stem || !line.get(h.len()).is_some_and(|&b| is_letter_byte(b)))
}

/// Whether the `[` at `at` opens a template's field written in capitals ("[NAMN]",
/// "[ÅÅÅÅMMDD-XXXX]", "[BELOPP]", "[FÖRNAMN EFTERNAMN]"): at least two capital letters, no
/// small ones, closed on the same line within 40 bytes.
fn capitals_field(t: &[u8], at: usize) -> bool {
    let rest = &t[at + 1..t.len().min(at + 42)];
    let Some(close) = rest.iter().position(|&b| b == b']' || b == b'\n') else {
        return false;
    };
    // (the field ends at an ASCII byte, so it is whole characters)
    let Ok(inner) = std::str::from_utf8(&rest[..close]) else {
        return false;
    };
    let capital = |c: char| c.is_ascii_uppercase() || matches!(c, 'Å' | 'Ä' | 'Ö');
    let small = |c: char| c.is_ascii_lowercase() || matches!(c, 'å' | 'ä' | 'ö');
    rest[close] == b']'
        && !inner.chars().any(small)
        && inner.chars().filter(|&c| capital(c)).count() >= 2
}

/// Whether the `[` at `at` opens a field named for what goes in it ("[Elevens namn]",
/// "[Förnamn Efternamn]", "[datum för mötet]" is not one: the name must end the field) or
/// left blank ("[   ]", three spaces or more; a check box "[ ]" is no field).
fn named_field(t: &[u8], at: usize) -> bool {
    let rest = &t[at + 1..t.len().min(at + 42)];
    let Some(close) = rest.iter().position(|&b| b == b']' || b == b'\n') else {
        return false;
    };
    let inner = &rest[..close];
    if rest[close] != b']' {
        return false;
    }
    if inner.len() >= 3 && inner.iter().all(|&b| b == b' ') {
        return true;
    }
    let words = inner
        .split(|&b| b == b' ')
        .filter(|w| !w.is_empty())
        .count();
    (1..=3).contains(&words)
        && ["namn", "datum", "personnummer", "adress", "efternamn"]
            .iter()
            .any(|w| ends_with_ci(inner, w.as_bytes()))
}

/// Whether `t` holds at least `min` blank fields of a form: runs of three or more
/// underscores ("Namn: ________"), of six or more dots, of two or more ellipses ("……"), or a
/// placeholder in brackets ("[namn]", "[personnummer]", "[XX]", "[BELOPP]").
pub(crate) fn blank_fields(t: &[u8], min: usize) -> bool {
    const PLACEHOLDERS: &[&[u8]] = &[
        b"[namn]",
        b"[datum]",
        b"[personnummer]",
        b"[adress]",
        b"[telefon]",
        b"[xx]",
        b"[xxx]",
    ];
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = memchr::memchr3(b'_', b'.', b'[', &t[i..]) {
        let at = i + p;
        let c = t[at];
        let run = t[at..].iter().take_while(|&&x| x == c).count();
        let blank = match c {
            b'_' => run >= 3,
            b'.' => run >= 6,
            _ => {
                PLACEHOLDERS.iter().any(|w| starts_with_ci(&t[at..], w))
                    || capitals_field(t, at)
                    || named_field(t, at)
            }
        };
        n += usize::from(blank);
        if n >= min {
            return true;
        }
        i = at + run.max(1);
    }
    // "……": U+2026 twice or more
    n += memchr::memmem::find_iter(t, "……".as_bytes()).count();
    n >= min
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn blank_fields_of_a_form() {
        // a template's fields in capitals
        assert!(blank_fields(
            b"Namn: [NAMN]\nPnr: [\xc3\x85\xc3\x85MMDD-XXXX]\nBelopp: [BELOPP] kr",
            3
        ));
        assert!(!blank_fields(b"[X] ja [ ] nej [Ok] [IT-enheten]", 1));
        let form = b"Namn: ________ Personnummer: ____________\nDiagnos: ..........\n";
        assert!(blank_fields(form, 3));
        assert!(blank_fields(
            "Elev: [namn], född [datum], mentor [XX]".as_bytes(),
            3
        ));
        assert!(blank_fields(
            "Namn: …… Adress: …… Telefon: ……".as_bytes(),
            3
        ));
        // fields named for what goes in them, and blank brackets
        assert!(blank_fields(
            "Elev: [Elevens namn]   Klass: [   ]\nMentor: [Mentorns namn]".as_bytes(),
            3
        ));
        assert!(!blank_fields(
            "[x] ja [ ] nej, se [bilaga om namn och ansvar för datum] [Nytt namn]".as_bytes(),
            2
        ));
        // an ellipsis, a version number and snake_case are no fields
        assert!(!blank_fields(
            b"Vi ses... v1.2.3 mitt_konto __init__ och sedan",
            3
        ));
    }

    #[test]
    fn a_delegation_by_its_heading() {
        assert!(delegation(
            "DELEGERINGSBESLUT – hälso- och sjukvårdsuppgift\nUppgift: insulin".as_bytes()
        ));
        assert!(delegation(
            b"Personal: Emma\nDelegerade uppgifter:\n[x] Insulin"
        ));
        assert!(!delegation(
            "Vi pratade om delegering av insulin på mötet.".as_bytes()
        ));
        assert!(!delegation(b"Delegeringsbesluten gick igenom."));
    }

    #[test]
    fn training_material_by_its_exercise_headings() {
        for t in [
            "Modul 3\nÖvning 3 – Bedöm behovet\nEn man i 40-årsåldern söker bistånd.",
            "Fallbeskrivning för grupparbete (avidentifierat)\n\nFamiljen består av …",
            "Text.\n\nDiskutera i gruppen:\n1. Vilken nivå?",
            "  - Rollspel B: En kvinna som fått avslag.",
            "2. Quiz: Vilket av följande är säkrast?",
            "Diskussionsfrågor\n1. Vad gör du?",
            "övningsfall (påhittat)",
        ] {
            assert!(training_text(t.as_bytes()), "{t}");
        }
        for t in [
            // a word that only begins like a heading, or a heading word inside a line
            "Övningarna i simhallen ställs in.\nVi övningskör på lördag.",
            "Vi hade en övning i går och Anna var sjuk.",
            "Quizkväll på fredag!",
            "Hon har diabetes och fick en diskussion med läkaren.",
        ] {
            assert!(!training_text(t.as_bytes()), "{t}");
        }
    }

    /// The byte-by-byte reference that [`sentence`] must equal.
    /// The bounds of the sentence around `start..end`: back to the previous `.`, `!`, `?`
    /// followed by space, or a blank line; forward likewise. At most `max` bytes each way.
    fn sentence_ref(t: &[u8], start: usize, end: usize, max: usize) -> (usize, usize) {
        let lo_limit = start.saturating_sub(max);
        let mut s = start;
        while s > lo_limit {
            let b = t[s - 1];
            if matches!(b, b'!' | b'?')
                || (b == b'.'
                    && s < t.len()
                    && t[s].is_ascii_whitespace()
                    && !abbrev_before(t, s - 1))
            {
                break;
            }
            if b == b'\n' && ((s >= 2 && t[s - 2] == b'\n') || item_starts(t, s)) {
                break;
            }
            s -= 1;
        }
        let hi_limit = (end + max).min(t.len());
        let mut e = end;
        while e < hi_limit {
            let b = t[e];
            if matches!(b, b'!' | b'?')
                || (b == b'.'
                    && (e + 1 >= t.len() || t[e + 1].is_ascii_whitespace())
                    && !abbrev_before(t, e))
            {
                e += 1;
                break;
            }
            if b == b'\n' && ((e + 1 < t.len() && t[e + 1] == b'\n') || item_starts(t, e + 1)) {
                break;
            }
            e += 1;
        }
        (ceil_boundary(t, s), ceil_boundary(t, e))
    }

    proptest! {
        #[test]
        fn push_lower_equals_to_lowercase(c in any::<char>()) {
            let mut buf = String::new();
            push_lower(&mut buf, c);
            prop_assert_eq!(buf, c.to_lowercase().collect::<String>());
        }

        #[test]
        fn lower_into_equals_to_lowercase(w in "[a-zA-Z0-9 åäöÅÄÖéÉüÜİẞΣ.,–\u{a0}-]{0,40}") {
            let mut buf = String::new();
            prop_assert_eq!(lower_into(&w, &mut buf), w.chars().flat_map(char::to_lowercase).collect::<String>());
        }

        #[test]
        fn sentence_equals_reference(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    ".", "!", "?", "\n", "\n\n", " ", "  ", "a", "ord", "t.ex.", "t", "ex",
                    "kap", "1", "2.", "å", "Ö", "–", "\u{a0}", "bl.a.", ". ", "nr.", "\t",
                    "- ", "3) ", "• ", "| ", "12. ",
                ]),
                0..80,
            ),
            a in 0usize..400,
            b in 0usize..40,
            max in prop::sample::select(vec![0usize, 1, 5, 30, 300]),
        ) {
            let text: String = parts.concat();
            let t = text.as_bytes();
            let start = a.min(t.len());
            let end = (start + b).min(t.len());
            prop_assert_eq!(sentence(t, start, end, max), sentence_ref(t, start, end, max));
        }
    }

    #[test]
    fn push_lower_latin1_exhaustive() {
        for c in (0u32..0x400).filter_map(char::from_u32) {
            let mut buf = String::new();
            push_lower(&mut buf, c);
            assert_eq!(buf, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn sentences() {
        let t = "Hej. Hon har t.ex. feber idag. Nästa.";
        let i = t.find("feber").unwrap();
        let (s, e) = sentence(t.as_bytes(), i, i + 5, 200);
        assert_eq!(&t[s..e], " Hon har t.ex. feber idag.");
        // a time or a date ends a sentence before a capital; an ordinal does not
        let t = "Välkommen måndag kl 07.30. Du ska vara fastande. Möte 19. maj om ECT.";
        let i = t.find("07.30").unwrap();
        let (s, e) = sentence(t.as_bytes(), i, i + 5, 200);
        assert_eq!(&t[s..e], "Välkommen måndag kl 07.30.");
        let i = t.find("ECT").unwrap();
        let (s, e) = sentence(t.as_bytes(), i, i + 3, 200);
        assert_eq!(&t[s..e], " Möte 19. maj om ECT.");
    }

    #[test]
    fn upper_lower() {
        let t = "Åsa ärlig Örjan";
        assert!(upper_at(t.as_bytes(), 0));
        assert!(upper_at(t.as_bytes(), 12));
        assert!(sentence_initial(b"Ja. Anna", 4));
        assert!(!sentence_initial(b"och Anna", 4));
    }
}

/// Per byte of `x` (eight bytes, little-endian), the high bit set where the byte is in
/// `lo..=hi` (both below 0x80); bytes of 0x80 and above never match. Plain SWAR: no byte
/// carries into the next, as every sum stays below 0x100.
#[inline(always)]
pub(crate) fn swar_in_range(x: u64, lo: u8, hi: u8) -> u64 {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !H;
    let ge_lo = low7 + L * u64::from(0x80 - lo);
    let gt_hi = low7 + L * u64::from(0x7F - hi);
    ge_lo & !gt_hi & !x & H
}

/// The first position in `from..limit` whose byte `hit` accepts, or `limit`. `block` is the
/// same test over eight bytes at once (SWAR: the high bit of each byte that is a hit), so
/// runs without a hit are crossed a word at a time; `hit` finishes the last few bytes.
#[inline(always)]
pub(crate) fn find_byte(
    t: &[u8],
    from: usize,
    limit: usize,
    block: impl Fn(u64) -> u64,
    hit: impl Fn(u8) -> bool,
) -> usize {
    let mut p = from;
    while p + 8 <= limit {
        let x = u64::from_le_bytes(t[p..p + 8].try_into().expect("eight bytes"));
        let m = block(x);
        if m != 0 {
            return p + (m.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    while p < limit && !hit(t[p]) {
        p += 1;
    }
    p
}

/// Whether `b` can begin a capitalised word: an ASCII capital or the lead byte of Å, Ä, Ö,
/// É … (C3) or of the capitals of Latin Extended-A (C4, C5).
#[inline]
fn capital_byte(b: u8) -> bool {
    b.is_ascii_uppercase() || matches!(b, 0xC3..=0xC5)
}

/// The first position at or after `from` where a capitalised word may begin: a
/// [`capital_byte`] that no letter byte ([`is_letter_byte`]) precedes; `t.len()` if none.
/// Reads 64 bytes at a time (SSE2 masks of the letter bytes and the capital bytes), so the
/// lower-case words between capitals cost a few instructions each.
#[inline]
pub(crate) fn next_name_start(t: &[u8], from: usize) -> usize {
    let mut p = from;
    let mut prev_letter = p > 0 && is_letter_byte(t[p - 1]);
    while p < t.len() {
        let n = (t.len() - p).min(64);
        let (letters, capitals) = name_masks(t, p, n);
        let cand = capitals & !((letters << 1) | u64::from(prev_letter));
        if cand != 0 {
            return p + cand.trailing_zeros() as usize;
        }
        prev_letter = letters >> (n - 1) & 1 == 1;
        p += n;
    }
    t.len()
}

/// For the `n <= 64` bytes of `t` from `at`: the bit masks of the letter bytes
/// ([`is_letter_byte`]) and of the capital bytes ([`capital_byte`]).
#[inline]
fn name_masks(t: &[u8], at: usize, n: usize) -> (u64, u64) {
    #[cfg(target_arch = "x86_64")]
    if n == 64 {
        use std::arch::x86_64::*;
        // SAFETY: SSE2 is part of the x86_64 baseline; the four loads read
        // `t[at..at + 64]`, in bounds as `at + n <= t.len()`.
        unsafe {
            let (mut letters, mut capitals) = (0u64, 0u64);
            for k in 0..4 {
                let v = _mm_loadu_si128(t.as_ptr().add(at + 16 * k) as *const __m128i);
                // signed compares: bytes >= 0x80 are negative, so no ASCII letters
                let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
                let alpha = _mm_and_si128(
                    _mm_cmpgt_epi8(folded, _mm_set1_epi8(0x60)),
                    _mm_cmplt_epi8(folded, _mm_set1_epi8(0x7B)),
                );
                let upper = _mm_and_si128(
                    _mm_cmpgt_epi8(v, _mm_set1_epi8(0x40)),
                    _mm_cmplt_epi8(v, _mm_set1_epi8(0x5B)),
                );
                // C3..=C5 as signed bytes: -61..=-59
                let lead = _mm_and_si128(
                    _mm_cmpgt_epi8(v, _mm_set1_epi8(-62)),
                    _mm_cmplt_epi8(v, _mm_set1_epi8(-58)),
                );
                let punct_lead = _mm_or_si128(
                    _mm_cmpeq_epi8(v, _mm_set1_epi8(0xC2u8 as i8)),
                    _mm_cmpeq_epi8(v, _mm_set1_epi8(0xE2u8 as i8)),
                );
                let high = _mm_movemask_epi8(v) as u16;
                let l = _mm_movemask_epi8(alpha) as u16
                    | high & !(_mm_movemask_epi8(punct_lead) as u16);
                let c = _mm_movemask_epi8(_mm_or_si128(upper, lead)) as u16;
                letters |= u64::from(l) << (16 * k);
                capitals |= u64::from(c) << (16 * k);
            }
            return (letters, capitals);
        }
    }
    let (mut letters, mut capitals) = (0u64, 0u64);
    for (i, &b) in t[at..at + n].iter().enumerate() {
        letters |= u64::from(is_letter_byte(b)) << i;
        capitals |= u64::from(capital_byte(b)) << i;
    }
    (letters, capitals)
}

/// Whether `n` occurs in `h`: `str::contains` for the short haystacks of the rules (a word,
/// a clause), where setting up a substring searcher costs more than the search itself.
#[inline]
pub(crate) fn has(h: impl AsRef<[u8]>, n: impl AsRef<[u8]>) -> bool {
    find(h, n).is_some()
}

/// Whether `w` occurs in `t` with its first letter in either case ("social" or "Social";
/// the rest as written).
pub(crate) fn has_either_initial(t: &[u8], w: &[u8]) -> bool {
    memchr::memmem::find_iter(t, &w[1..]).any(|p| p > 0 && t[p - 1].eq_ignore_ascii_case(&w[0]))
}

/// Where `n` first occurs in `h`: `str::find` for short haystacks (see [`has`]).
#[inline]
pub(crate) fn find(h: impl AsRef<[u8]>, n: impl AsRef<[u8]>) -> Option<usize> {
    let (h, n) = (h.as_ref(), n.as_ref());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    let mut i = 0;
    while let Some(p) = memchr::memchr(first, &h[i..]) {
        let at = i + p;
        if h[at + 1..].starts_with(rest) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Where `n` last occurs in `h`: `str::rfind` for short haystacks (see [`has`]). The
/// search is for the needle's first byte, or its second when the first is a space (" att ",
/// " ska ": a letter is rarer than a space).
#[inline]
pub(crate) fn rfind(h: impl AsRef<[u8]>, n: impl AsRef<[u8]>) -> Option<usize> {
    let (h, n) = (h.as_ref(), n.as_ref());
    if n.len() > h.len() {
        return None;
    }
    if n.is_empty() {
        return Some(h.len());
    }
    let pivot = usize::from(n.len() > 1 && n[0] == b' ');
    let mut end = h.len() - (n.len() - 1 - pivot);
    while let Some(q) = memchr::memrchr(n[pivot], &h[..end]) {
        if q >= pivot && h[q - pivot..].starts_with(n) {
            return Some(q - pivot);
        }
        end = q;
    }
    None
}

/// A text of at least `len` bytes made of `pieces` in a seeded pseudo-random order
/// (xorshift), for tests that compare a fast scan with its plain definition.
#[cfg(test)]
pub(crate) fn pieces_text(pieces: &[&[u8]], seed: &mut u64, len: usize) -> Vec<u8> {
    let mut t = Vec::new();
    while t.len() < len {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        t.extend_from_slice(pieces[(*seed % pieces.len() as u64) as usize]);
    }
    t
}

/// Whether `s` starts with `w`, ASCII case ignored ("Ämne:" and "ämne:", "OBS" and "Obs").
#[inline]
pub(crate) fn starts_with_ci(s: &[u8], w: &[u8]) -> bool {
    s.len() >= w.len() && s[..w.len()].eq_ignore_ascii_case(w)
}

/// Whether the word `w` is one of `list`, ASCII case ignored.
pub(crate) fn one_of_ci(w: &[u8], list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
}

/// Whether `s` ends with `w`, ASCII case ignored ("Webbchatt" and "chatt", "webbkursen" and
/// "kursen").
#[inline]
pub(crate) fn ends_with_ci(s: &[u8], w: &[u8]) -> bool {
    s.len() >= w.len() && s[s.len() - w.len()..].eq_ignore_ascii_case(w)
}

/// The word after `i` (spaces skipped), at most 24 bytes of it.
pub(crate) fn next_word(t: &[u8], i: usize) -> &[u8] {
    let rest = &t[i..];
    let rest = &rest[rest.iter().take_while(|&&b| b == b' ').count()..];
    let n = rest
        .iter()
        .take_while(|&&b| is_word_byte(b))
        .count()
        .min(24);
    &rest[..n]
}

/// A school year in words ("Ebba i nian", "killen i sjuan").
pub(crate) const SCHOOL_YEARS: &[&str] = &[
    "ettan", "tvåan", "trean", "fyran", "femman", "sexan", "sjuan", "åttan", "nian",
];

/// Possessive pronouns: what follows is someone's own ("hennes skulder", "sin medicinering").
pub(crate) const POSSESSIVES: &[&[u8]] = &[
    b"hans", b"hennes", b"hens", b"deras", b"sin", b"sitt", b"sina", b"min", b"mitt", b"mina",
    b"din", b"ditt", b"dina",
];

/// Whether the general marker `h` is "uppgifter om" / "information om" followed by someone's
/// possessive ("uppgifter om flickans psykiska hälsa", "information om hennes skulder"): data
/// about that person, not about a kind of data.
pub(crate) fn someones_data(t: &[u8], h: &super::lexicon::Hit) -> bool {
    let w = &t[h.start..h.end];
    if !(w.len() > 3 && w[w.len() - 3..].eq_ignore_ascii_case(b" om")) {
        return false;
    }
    let next = next_word(t, h.end);
    // a person's genitive: "flickans", "klientens", "elevens", "sökandens", "mammans"
    const ROLES: &[&[u8]] = &[
        b"flickans",
        b"pojkens",
        b"barnets",
        b"barnens",
        b"elevens",
        b"klientens",
        b"brukarens",
        b"patientens",
        "sökandens".as_bytes(),
        b"mammans",
        b"pappans",
        b"moderns",
        b"faderns",
        b"medarbetarens",
        b"kvinnans",
        b"mannens",
        b"familjens",
        "vårdtagarens".as_bytes(),
        b"personens",
        b"den enskildes",
    ];
    POSSESSIVES
        .iter()
        .chain(ROLES)
        .any(|w| next.eq_ignore_ascii_case(w))
}

/// Whether a general marker "när du" / "om du" is followed by a verb in the past tense
/// ("när du jobbade", "när du var ny här"): something told about the person spoken to, not
/// a rule for anyone ("när du skriver", "om du behöver"); or by a clause with a person's
/// pronoun ("om du bedömer att han är över 18"): a request about someone, on a condition.
pub(crate) fn narrative_you(t: &[u8], h: &super::lexicon::Hit) -> bool {
    let w = &t[h.start..h.end];
    if !(w.eq_ignore_ascii_case("när du".as_bytes()) || w.eq_ignore_ascii_case(b"om du")) {
        return false;
    }
    let next = next_word(t, h.end);
    // "Om du bedömer att han är över 18 flyttar vi honom": a request about someone, made on
    // a condition (a pronoun for a person within the clause)
    let clause = &t[h.end..(h.end + 48).min(t.len())];
    let clause = &clause[..memchr::memchr3(b'.', b'\n', b'?', clause).unwrap_or(clause.len())];
    if [&b" han "[..], b" hon ", b" honom", b" henne"]
        .iter()
        .any(|p| has(clause, p))
    {
        return true;
    }
    const STRONG: &[&[u8]] = &[
        b"var",
        b"fick",
        b"kom",
        b"blev",
        b"gick",
        b"hade",
        b"tog",
        b"satt",
        "låg".as_bytes(),
        b"stod",
        b"skrev",
        b"sa",
    ];
    STRONG.contains(&next)
        || next.len() >= 5
            && [&b"ade"[..], b"dde", b"de", b"te"]
                .iter()
                .any(|e| next.ends_with(e))
}

#[cfg(test)]
mod swar_tests {
    use super::*;

    #[test]
    fn has_agrees_with_str_contains() {
        let hays = [
            "",
            "a",
            "rätta proven",
            "sökandens betyg",
            "aaab",
            "ababac",
            "åäö",
        ];
        let needles = [
            "",
            "a",
            "ab",
            "abac",
            "betyg",
            "sökande",
            "ä",
            "öx",
            "rätta proven!",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(has(h, n), h.contains(n), "{h:?} {n:?}");
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(rfind(h, n), h.rfind(n), "{h:?} {n:?}");
            }
        }
    }

    #[test]
    fn sentence_bounds_agree_with_a_scan_byte_by_byte() {
        fn start<const L: bool>(t: &[u8], lo: usize, start: usize) -> usize {
            (lo..start)
                .rev()
                .find(|&q| matches!(t[q], b'.' | b'!' | b'?' | b'\n') && ends_before::<L>(t, q))
                .map_or(lo, |q| q + 1)
        }
        fn end<const L: bool>(t: &[u8], end: usize, hi: usize) -> usize {
            for q in end..hi {
                match t[q] {
                    b'!' | b'?' => return q + 1,
                    b'.' if (q + 1 >= t.len() || t[q + 1].is_ascii_whitespace())
                        && !abbrev_before(t, q) =>
                    {
                        return q + 1
                    }
                    b'\n'
                        if (q + 1 < t.len() && t[q + 1] == b'\n')
                            || item_starts(t, q + 1)
                            || L && short_line_ends(t, q) =>
                    {
                        return q
                    }
                    _ => {}
                }
            }
            hi
        }
        let pieces: [&[u8]; 13] = [
            b"Hon ",
            b"kl. ",
            b"13.30 ",
            b"t.ex. ",
            b"slut. ",
            b"Ja! ",
            b"Nej? ",
            b"\n",
            b"\n\n",
            b"- punkt ",
            b"2024. ",
            b"Anna\nBo ",
            b"ord ",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..200 {
            let t = pieces_text(&pieces, &mut seed, 300);
            for i in 0..t.len() {
                for lo in [0, i.saturating_sub(40)] {
                    assert_eq!(
                        sentence_start::<false>(&t, lo, i),
                        start::<false>(&t, lo, i)
                    );
                    assert_eq!(sentence_start::<true>(&t, lo, i), start::<true>(&t, lo, i));
                }
                for hi in [t.len(), (i + 40).min(t.len())] {
                    assert_eq!(sentence_end::<false>(&t, i, hi), end::<false>(&t, i, hi));
                    assert_eq!(sentence_end::<true>(&t, i, hi), end::<true>(&t, i, hi));
                }
            }
        }
    }

    #[test]
    fn a_question_mark_after_abbreviations_and_numbers_ends_the_sentence() {
        let t = b"Kan du t.ex. ta kl. 13.30 och 3.2 i beaktande? Nej.";
        let at = 4; // "du"
        let (s, e) = sentence(t, at, at + 2, 400);
        assert_eq!(
            (s, &t[s..e]),
            (0, &b"Kan du t.ex. ta kl. 13.30 och 3.2 i beaktande?"[..])
        );
        // a full stop before the `?` still ends the sentence first
        let t = b"Ring oss kl. 9.30. Vill du det? Ja.";
        let (s, e) = sentence(t, 0, 4, 400);
        assert_eq!(&t[s..e], b"Ring oss kl. 9.30.");
    }

    #[test]
    fn next_name_start_agrees_with_the_bytewise_definition() {
        // every byte value at offsets around the blocks' edges, between letters, spaces,
        // lead bytes and capitals
        let want = |t: &[u8], from: usize| {
            (from..t.len())
                .find(|&p| capital_byte(t[p]) && !(p > 0 && is_letter_byte(t[p - 1])))
                .unwrap_or(t.len())
        };
        for b in 0..=255u8 {
            for at in [0, 1, 15, 16, 17, 62, 63, 64, 65, 100] {
                for fill in [b'a', b' ', 0xC3, b'Z', 0xE2, 0xC2, 0xA5] {
                    let mut t = vec![fill; 130];
                    t[at] = b;
                    for from in [0, 1, at, at + 1, 64, 66] {
                        assert_eq!(
                            next_name_start(&t, from),
                            want(&t, from),
                            "{b:#x} at {at} in {fill:#x} from {from}"
                        );
                    }
                }
            }
        }
        // the SIMD masks agree with the scalar definitions
        let t: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for at in 0..t.len() - 64 {
            let (letters, capitals) = name_masks(&t, at, 64);
            for i in 0..64 {
                assert_eq!(letters >> i & 1 == 1, is_letter_byte(t[at + i]), "{at} {i}");
                assert_eq!(capitals >> i & 1 == 1, capital_byte(t[at + i]), "{at} {i}");
            }
        }
    }
}
