//! A named person's pay given as a figure: "Mattias Berglund fick 41 200 efter revisionen",
//! "Katarina Borg K 36 200 11 år", "Elin hamnar på 35 900 (+1 100)". In a text that speaks
//! of pay somewhere (a pay term, a word of pay: "lönefilen", "lönekartläggning"), a monthly pay figure on the same line
//! as a person's name is that person's salary, whether or not a pay word stands beside it.

use super::super::lexicon::{Hit, Kind};
use super::super::spans::Spans;
use super::super::tokens::starts_with_ci;
use crate::{Category, Finding, Level};
use memchr::memmem::Finder;
use std::sync::OnceLock;

/// The range of a Swedish monthly pay in kronor (a figure outside it is a sum of something
/// else: a fee, a price, an annual budget).
const MONTHLY: std::ops::RangeInclusive<u32> = 15_000..=150_000;

/// Bytes after a name that are read for its figure (the rest of its line, at most).
const REACH: usize = 120;

/// Adds a salary finding at the first pay figure on the line of each person in `persons`
/// (sorted spans), when the text speaks of pay (a salary hit in `hits`). Figures inside an
/// identifier already found (a phone number, a personnummer) are not pay.
pub(crate) fn figures(
    t: &[u8],
    hits: &[Hit],
    persons: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) {
    if persons.is_empty() {
        return;
    }
    // (a pay term, or any word of pay: "lönefilen", "lönekartläggningen", "Lönelista")
    let pay_talk = hits.iter().any(|h| {
        matches!(
            h.kind,
            Kind::Content {
                cat: Category::Salary,
                ..
            }
        )
    }) || memchr::memmem::find_iter(t, "ön".as_bytes()).any(|p| {
        // "lön", "löner", "medellön", "Lönelista" (not "lönsam", "belöning")
        p > 0
            && matches!(t[p - 1], b'l' | b'L')
            && !t[p + 3..].starts_with(b"sam")
            && !(p >= 3 && t[p - 3..p - 1].eq_ignore_ascii_case(b"be"))
    });
    // (without it, pay in everyday words on the person's own line: "ligger på 41 500 efter
    // revisionen", "fick 600 kr i påslag", "vad Micke tjänar")
    let everyday = |from: usize, to: usize| {
        [
            "efter revisionen",
            "i påslag",
            "tjänar",
            "i månaden",
            "i mån",
            "/mån",
            "per månad",
            "brutto",
            "i lön",
            "i grundlön",
            // "Hon ligger ju på 35 900", "hamnar på 36 100", "går upp till 38 000"
            "ligger på",
            "ligger ju på",
            "hamnar på",
            "går upp",
        ]
        .iter()
        .any(|w| memchr::memmem::find(&t[from..to], w.as_bytes()).is_some())
    };
    // the writer's own pay, in a message they sign ("jag fick 31 450 men enligt nya avtalet
    // ska jag ha 33 200 … mvh Ahmed Yusuf"): a line where "jag" gets or has the figure
    if pay_talk && t.len() <= 16 * 1024 {
        own_pay(t, findings);
    }
    // the people's lines with a pay figure after the name: (line end, figure)
    let candidates: Vec<(usize, usize, usize)> = persons
        .iter()
        .filter_map(|&(_, e)| {
            let le = memchr::memchr(b'\n', &t[e..]).map_or(t.len(), |p| e + p);
            first_figure(t, e, le.min(e + REACH))
                .filter(|_| pay_talk || everyday(crate::language::tokens::line_start(t, e), le))
                .map(|(s, fe)| (le, s, fe))
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    // the identifiers' spans, sorted, for the overlap test (a long file holds thousands of
    // findings, asked about for each figure)
    let mut ids: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| f.category.kind() == crate::CategoryKind::Identifier)
        .map(|f| (f.start, f.end))
        .collect();
    ids.sort_unstable();
    let ids = Spans::new(&ids);
    // one figure a line: the first that is no identifier
    let mut last_line = usize::MAX;
    for (le, s, fe) in candidates {
        if le == last_line || ids.overlaps(s, fe) {
            continue;
        }
        let mut f = Finding::new(Category::Salary, s, fe, 0.7);
        f.level = Level::L2;
        findings.push(f);
        last_line = le;
    }
}

/// Adds a salary finding at the first monthly pay figure on each line where the writer says
/// what they get or have: "jag fick 31 450", "ska jag ha 33 200", "jag har 34 100 i grundlön"
/// (the verb within the few words before the figure).
fn own_pay(t: &[u8], findings: &mut Vec<Finding>) {
    const VERBS: &[&[u8]] = &[
        b"fick",
        b"har",
        b"ha",
        b"tj\xc3\xa4nar",
        b"ligger",
        b"landar",
    ];
    let mut start = 0;
    while start < t.len() {
        let end = memchr::memchr(b'\n', &t[start..]).map_or(t.len(), |p| start + p);
        let mut from = start;
        while let Some((s, e)) = first_figure(t, from, end) {
            // "jag" and a verb among the five words before the figure
            let (mut jag, mut verb) = (false, false);
            for w in crate::language::tokens::words_before(t, start, s).take(5) {
                jag |= w.eq_ignore_ascii_case(b"jag");
                verb |= VERBS.contains(&w);
            }
            if jag && verb {
                let mut f = Finding::new(Category::Salary, s, e, 0.7);
                f.level = Level::L2;
                findings.push(f);
                break;
            }
            from = e;
        }
        start = end + 1;
    }
}

/// Adds a salary finding for each row of a pay table that counts one person ("Stadsjurist |
/// 1 | 62 700 | 62 700", "Kommunjurist      1      1      0      56 900"): in a table whose
/// header has a count column ("Antal", "antal K") and a pay column ("Medellön", "Median",
/// "lön"), a group of one is that person's pay, identifiable by the title alone (a pay
/// survey's small groups). Columns are split by "|", by tabs, or by runs of two or more spaces.
pub(crate) fn small_groups(t: &[u8], findings: &mut Vec<Finding>) {
    // (searchers built once: a text's few lines of a table are found by one scan)
    static COUNT: OnceLock<Finder<'static>> = OnceLock::new();
    static PAY: OnceLock<[Finder<'static>; 3]> = OnceLock::new();
    let count = COUNT.get_or_init(|| Finder::new(b"ntal"));
    let pay_words = PAY.get_or_init(|| {
        [
            Finder::new("lön".as_bytes()),
            Finder::new("Lön".as_bytes()),
            Finder::new(b"edian"),
        ]
    });
    if count.find(t).is_none() || pay_words.iter().all(|f| f.find(t).is_none()) {
        return;
    }
    let mut counts: Vec<usize> = Vec::new();
    let mut start = 0;
    while start < t.len() {
        // (outside a table, only a header's line needs its cells: go to the next "ntal")
        if counts.is_empty() {
            let Some(p) = count.find(&t[start..]) else {
                return;
            };
            start = memchr::memrchr(b'\n', &t[start..start + p]).map_or(start, |n| start + n + 1);
        }
        let end = memchr::memchr(b'\n', &t[start..]).map_or(t.len(), |p| start + p);
        let cells = columns(&t[start..end]);
        if cells.len() < 3 {
            counts.clear();
        } else {
            // (a header's count and pay columns, or a row's count of one, in one pass)
            let mut header = Vec::new();
            let (mut pay, mut one) = (false, false);
            for (k, cell) in cells.iter().enumerate() {
                if starts_with_ci(cell, b"antal") {
                    header.push(k);
                }
                pay |= pay_words[0].find(cell).is_some() || starts_with_ci(cell, b"median");
                one |= *cell == b"1" && counts.contains(&k);
            }
            if !header.is_empty() && pay {
                counts = header;
            } else if one {
                if let Some((s, e)) = first_figure(t, start, end) {
                    let mut f = Finding::new(Category::Salary, s, e, 0.7);
                    f.level = Level::L2;
                    findings.push(f);
                }
            }
        }
        start = end + 1;
    }
}

/// A table row's cells, trimmed: split by "|" (a leading one dropped), else by tabs, else by
/// runs of two or more spaces (columns aligned by hand). Empty for a line of one cell.
fn columns(line: &[u8]) -> Vec<&[u8]> {
    let row = line.trim_ascii();
    if memchr::memchr(b'|', row).is_some() {
        let row = row.strip_prefix(b"|").unwrap_or(row);
        return row.split(|&b| b == b'|').map(<[u8]>::trim_ascii).collect();
    }
    if memchr::memchr(b'\t', row).is_some() {
        return row.split(|&b| b == b'\t').map(<[u8]>::trim_ascii).collect();
    }
    let mut cells = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i + 1 < row.len() {
        if row[i] == b' ' && row[i + 1] == b' ' {
            cells.push(row[from..i].trim_ascii());
            while i < row.len() && row[i] == b' ' {
                i += 1;
            }
            from = i;
        } else {
            i += 1;
        }
    }
    if !cells.is_empty() {
        cells.push(row[from..].trim_ascii());
    }
    cells
}

/// Whether a text gives any pay figure or change: a figure of five digits, grouped or with
/// öre ("34 200", "41200", "162,40"), kronor ("1 400 kr", "178 kr/tim", "500:-"), a
/// percentage, or a word of change ("höjning", "påslag", "ökning", "sänkt", "lönenivå", "en
/// ny nivå"). Without one, a word of the pay process is a meeting or a document about pay, no
/// one's salary.
pub(crate) fn any_figure(t: &[u8]) -> bool {
    if memchr::memchr(b'%', t).is_some() {
        return true;
    }
    // ("nivå" of pay, not "Ljudnivån" in the same minutes)
    let words = [
        "procent",
        "höj",
        "Höj",
        "påslag",
        "ökning",
        "sänk",
        "lönenivå",
        " nivå",
        ":-",
    ];
    if words
        .iter()
        .any(|w| memchr::memmem::find(t, w.as_bytes()).is_some())
    {
        return true;
    }
    // kronor after a figure: "1 400 kr", "178 kr/tim", "500kr"
    let digit_before = |p: usize| {
        p > 0
            && (t[p - 1].is_ascii_digit() || p > 1 && t[p - 1] == b' ' && t[p - 2].is_ascii_digit())
    };
    if memchr::memmem::find_iter(t, b"kr").any(digit_before) {
        return true;
    }
    let run = |at: usize| {
        t[at.min(t.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut i = 0;
    while let Some(p) = t[i..].iter().position(u8::is_ascii_digit) {
        let at = i + p;
        let n = run(at);
        let end = at + n;
        // "34 200", "41200", "162,40"
        if n == 5
            || n <= 2 && t.get(end) == Some(&b' ') && run(end + 1) == 3
            || t.get(end) == Some(&b',') && run(end + 1) == 2
        {
            return true;
        }
        i = end;
    }
    false
}

/// The first figure in `t[from..to]` written as a monthly pay: "41 200", "41200", "41 200
/// kr" — two digits, an optional space, three digits, standing alone (not part of a longer
/// number, a date, a postcode "123 45" or a phone number "070-123 45 67").
fn first_figure(t: &[u8], from: usize, to: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while i < to {
        if !t[i].is_ascii_digit() || (i > 0 && is_number_byte(t[i - 1])) {
            i += 1;
            continue;
        }
        let run = |at: usize| {
            t.get(at..to)
                .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
        };
        let head = run(i);
        let (end, value) = if head == 5 {
            (i + 5, number(&t[i..i + 5]))
        } else if head == 2 && t.get(i + 2) == Some(&b' ') && run(i + 3) == 3 {
            let mut v = number(&t[i..i + 2]) * 1000;
            v += number(&t[i + 3..i + 6]);
            (i + 6, v)
        } else if (2..=3).contains(&head)
            && matches!(t.get(i + head), Some(b'k' | b'K'))
            && t.get(i + head + 1)
                .is_none_or(|b| !b.is_ascii_alphanumeric())
        {
            // thousands in chat: "Jimmy 44k", "Sanna 47K"
            (i + head + 1, number(&t[i..i + head]) * 1000)
        } else {
            i += head.max(1);
            continue;
        };
        let after = t.get(end).copied();
        // (nor the first groups of a longer number: "12 345 678")
        // (a full stop or comma closing the sentence does not continue it: "Löneanspråk
        // 52 000. johan@…", "41 000, men")
        let continued = match after {
            Some(b) if b.is_ascii_digit() => true,
            Some(b) if is_number_byte(b) => t.get(end + 1).is_some_and(u8::is_ascii_digit),
            _ => false,
        } || after == Some(b' ') && run(end + 1) == 3;
        let alone = !continued;
        if alone && MONTHLY.contains(&value) {
            return Some((i, end));
        }
        i = end;
    }
    None
}

/// A byte that continues a number: a digit, or a separator inside one ("070-12", "2026-01",
/// "12,5", "1.5").
fn is_number_byte(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'-' | b',' | b'.' | b'/' | b':' | b'+')
}

fn number(d: &[u8]) -> u32 {
    d.iter().fold(0, |a, b| a * 10 + u32::from(b - b'0'))
}

#[cfg(test)]
mod tests {
    use super::first_figure;

    fn figure(t: &str) -> Option<&str> {
        first_figure(t.as_bytes(), 0, t.len()).map(|(s, e)| &t[s..e])
    }

    #[test]
    fn monthly_pay_figures() {
        assert_eq!(figure(" fick 41 200 efter revisionen"), Some("41 200"));
        assert_eq!(figure(" K 36 200 11 år"), Some("36 200"));
        assert_eq!(figure(", socialsekreterare, K, 38900"), Some("38900"));
        assert_eq!(figure(" hamnar på 35 900 (+1 100)"), Some("35 900"));
        // not a postcode, a phone number, a date, a budget or a small sum
        assert_eq!(figure(", Storgatan 3, 123 45 Orsa"), None);
        assert_eq!(figure(" 070-123 45 67"), None);
        assert_eq!(figure(" 2026-11-24"), None);
        assert_eq!(figure(" budget 12 345 678 kr"), None);
        assert_eq!(figure(" 1 100 kr"), None);
        assert_eq!(figure(" 10 000 kr"), None);
        // a figure cut by the end of the line
        assert_eq!(figure(" 41"), None);
        assert_eq!(figure(" 41 2"), None);
        // a sentence's full stop or comma after the figure
        assert_eq!(figure(" Löneanspråk 52 000. johan@x.se"), Some("52 000"));
        assert_eq!(figure(" 41 000, men"), Some("41 000"));
        assert_eq!(figure(" 41 000,50 kr"), None);
    }
}
