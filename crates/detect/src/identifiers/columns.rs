//! Column headers of delimited tables (CSV with `;`, tab-separated, Markdown `|` tables):
//! a number in a column headed "bankgiro", "fakturanr" or "personnummer" is named by its
//! header, however far above the row it stands.
//!
//! A table is a block of consecutive lines with the same number of delimiters; its first
//! line is the header. Rows are met in text order, so the block found for one candidate is
//! remembered and the next candidate only checks the lines in between: a long table costs
//! one pass over its lines, not one per candidate.

use std::cell::Cell;

/// Delimiters of a table row, in order of preference.
pub(crate) const DELIMITERS: [u8; 3] = [b';', b'\t', b'|'];

/// Longest line looked at (bytes); longer lines are no table rows.
const MAX_LINE: usize = 4096;

/// Most lines walked back to find a table's header.
const MAX_ROWS: usize = 2000;

/// The table block found last.
#[derive(Clone, Copy)]
struct Block {
    delim: u8,
    count: usize,
    /// Start of the header line.
    header: usize,
    /// Start of the last row known to belong to the block.
    row: usize,
}

/// Remembers the last table block, for the candidates of one text.
#[derive(Default)]
pub(crate) struct Columns {
    last: Cell<Option<Block>>,
    /// The last table aligned with spaces: (start of its header, start of the last row
    /// known to belong to it).
    aligned: Cell<Option<(usize, usize)>>,
}

/// The line `(start, end)` around `at`, looking at most `max` bytes each way (`None` when
/// its start lies further back; its end is cut at `max` bytes after `at`).
fn line_around(t: &[u8], at: usize, max: usize) -> Option<(usize, usize)> {
    let lo = at.saturating_sub(max);
    let s = match memchr::memrchr(b'\n', &t[lo..at]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    Some((s, line_end(t, at, max)))
}

/// The line `(start, end)` around `at`, if it is not too long.
fn line_at(t: &[u8], at: usize) -> Option<(usize, usize)> {
    line_around(t, at, MAX_LINE).filter(|(s, e)| e - s <= MAX_LINE)
}

/// The first of `delimiters` that `line` holds, and how many times it holds it.
pub(crate) fn delimiter(line: &[u8], delimiters: [u8; 3]) -> Option<(u8, usize)> {
    delimiters
        .into_iter()
        .map(|d| (d, count(line, d)))
        .find(|&(_, n)| n > 0)
}

fn count(line: &[u8], d: u8) -> usize {
    memchr::memchr_iter(d, line).count()
}

/// The start of the line before the one starting at `s` (`None` at the text's start).
fn prev_line(t: &[u8], s: usize) -> Option<usize> {
    if s == 0 {
        return None;
    }
    let lo = (s - 1).saturating_sub(MAX_LINE);
    match memchr::memrchr(b'\n', &t[lo..s - 1]) {
        Some(p) => Some(lo + p + 1),
        None if lo == 0 => Some(0),
        None => None,
    }
}

/// Whether every line from the one at `row` down to the one before `ls` satisfies
/// `belongs`, walking back from `ls`: a remembered table still holds the row at `ls`.
fn joined(t: &[u8], row: usize, ls: usize, belongs: impl Fn(usize) -> bool) -> bool {
    let mut s = ls;
    while s > row {
        match prev_line(t, s) {
            Some(p) if belongs(p) => s = p,
            _ => return false,
        }
    }
    s == row
}

/// The first line of the unbroken run of lines that satisfy `belongs` above the one at `ls`
/// (at most `max` lines up): a table's top, or `ls` itself.
fn top_of(t: &[u8], ls: usize, max: usize, belongs: impl Fn(usize) -> bool) -> usize {
    let mut top = ls;
    for _ in 0..max {
        match prev_line(t, top) {
            Some(p) if belongs(p) => top = p,
            _ => break,
        }
    }
    top
}

/// The end of the line that goes on at `s`, looking at most `max` bytes ahead.
fn line_end(t: &[u8], s: usize, max: usize) -> usize {
    let hi = (s + max).min(t.len());
    memchr::memchr(b'\n', &t[s..hi]).map_or(hi, |p| s + p)
}

/// The rows `(start, end)` under the table header line that holds `i`: the following lines
/// with as many delimiters (`|`, `;` or tab) as the header (a Markdown rule line included),
/// at most 200 lines. `None` when the line holds no delimiter or no row follows. Lines longer
/// than 2 KiB are no table rows (and a text of one long line costs no scan back per call).
pub(crate) fn rows_below(t: &[u8], i: usize) -> Option<(usize, usize)> {
    const MAX_ROW: usize = 2048;
    let (ls, le) = line_around(t, i, MAX_ROW)?;
    let Some((d, n)) = delimiter(&t[ls..le], [b'|', b';', b'\t']) else {
        return aligned_rows_below(t, ls, le, MAX_ROW);
    };
    rows_while(t, le, MAX_ROW, |row| count(row, d) == n)
}

/// The lines after the header line ending at `le` for which `is_row` holds, at most 200:
/// `(start, end)` of the rows, `None` when the first line after the header is no row.
fn rows_while(
    t: &[u8],
    le: usize,
    max_row: usize,
    is_row: impl Fn(&[u8]) -> bool,
) -> Option<(usize, usize)> {
    let rows = le + 1;
    let mut end = le;
    let mut p = rows;
    for _ in 0..200 {
        if p >= t.len() {
            break;
        }
        let pe = line_end(t, p, max_row);
        if !is_row(&t[p..pe]) {
            break;
        }
        end = pe;
        p = pe + 1;
    }
    (end > le).then_some((rows, end))
}

/// Whether at least two gaps of two or more spaces stand between the words of `line` (the
/// columns of a table aligned with spaces: "Namn      Anst.år  Nuv. lön"). Prose has
/// none: one SIMD search for a double space says so.
fn two_gaps(line: &[u8]) -> bool {
    let line = line.trim_ascii();
    let mut n = 0;
    let mut after = 0;
    static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    for p in DOUBLE_SPACE.find_iter(line) {
        // the rest of a run of spaces is the same gap
        if p >= after {
            n += 1;
            if n == 2 {
                return true;
            }
        }
        after = p + 2;
        while after < line.len() && line[after] == b' ' {
            after += 1;
        }
    }
    false
}

/// The rows under a header aligned with spaces (at least three columns): the following lines
/// with at least two such gaps, up to a blank or ordinary line, at most 200 lines.
fn aligned_rows_below(t: &[u8], ls: usize, le: usize, max_row: usize) -> Option<(usize, usize)> {
    if !two_gaps(&t[ls..le]) {
        return None;
    }
    // (a row whose last cells are empty has fewer gaps: "Albin Carlström       C")
    rows_while(t, le, max_row, |row| {
        memchr::memmem::find(row.trim_ascii(), b"  ").is_some()
    })
}

/// Most rows walked back to the header of a table aligned with spaces.
const MAX_ALIGNED_ROWS: usize = 200;

/// The number of characters in UTF-8 `b`.
fn chars(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}

/// First column headers that make each row a person ("Elev", "Namn", "Klient", "Ärende" …),
/// lower case.
const PERSON_COLUMNS: &[&str] = &[
    "elev",
    "namn",
    "klient",
    "brukare",
    "patient",
    "sökande",
    "person",
    "barn",
    "hushåll",
    "ärende",
    "initialer",
    "deltagare",
    "medarbetare",
    "anställd",
    "hyresgäst",
];

/// Whether the term at `i` stands in the header line of a delimited table whose first column
/// names a person per row ("| Elev | Klass | Orosanmälningar |", "ärende;hushåll;antal_barn")
/// and at least three lines of the table follow (a Markdown rule line counts as one): the
/// header's terms are about those people, even when they are given only by initials or case
/// numbers.
pub(crate) fn rows_of_people(t: &[u8], i: usize) -> bool {
    const MAX_ROW: usize = 2048;
    let Some((ls, le)) = line_around(t, i, MAX_ROW) else {
        return false;
    };
    let Some((d, _)) = delimiter(&t[ls..le], [b'|', b';', b'\t']) else {
        return false;
    };
    // the header is the table's first line (not a row: "| Barn och utbildning | 7,8 |")
    if prev_line(t, ls).is_some_and(|p| memchr::memchr(d, &t[p..ls]).is_some()) {
        return false;
    }
    let line = &t[ls..le];
    let line = line.strip_prefix(b"|").unwrap_or(line);
    let first = &line[..memchr::memchr(d, line).unwrap_or(line.len())];
    let first = first.trim_ascii();
    let mut low = [0u8; 24];
    let n = first.len().min(24);
    super::context::lower_into(&first[..n], &mut low[..n]);
    let low = &low[..n];
    if !PERSON_COLUMNS.iter().any(|c| low.starts_with(c.as_bytes())) {
        return false;
    }
    // three lines under it
    rows_below(t, i).is_some_and(|(rs, re)| memchr::memchr_iter(b'\n', &t[rs..re]).count() >= 2)
}

/// The rows of the table right under the short line that holds `i` (a label or a heading
/// over a table: "Förbund: Kommunal, sektion Kvarnby" above "Anst.nr  Namn  Avdrag").
pub(crate) fn rows_under_label(t: &[u8], i: usize) -> Option<(usize, usize)> {
    const MAX_LABEL: usize = 80;
    let (ls, le) = line_around(t, i, MAX_LABEL)?;
    if le - ls > MAX_LABEL || le >= t.len() {
        return None;
    }
    rows_below(t, le + 1)
}

impl Columns {
    /// The header cell `(start, end)` of the column that holds `at`, if `at` stands in a
    /// row of a table with a header line above it, and the cell holds a letter.
    pub(crate) fn header(&self, t: &[u8], at: usize) -> Option<(usize, usize)> {
        let (ls, le) = line_at(t, at)?;
        let line = &t[ls..le];
        // most lines hold no delimiter: one SIMD search says so
        if memchr::memchr3(DELIMITERS[0], DELIMITERS[1], DELIMITERS[2], line).is_none() {
            return self.aligned_header(t, ls, le, at);
        }
        let (delim, n) = delimiter(line, DELIMITERS)?;
        let col = count(&t[ls..at], delim);
        let header = self.block_header(t, ls, delim, n)?;
        let he = line_end(t, header, MAX_LINE);
        let cell = memchr::memchr_iter(delim, &t[header..he])
            .map(|p| header + p)
            .chain(std::iter::once(he));
        let mut cs = header;
        for (k, ce) in cell.enumerate() {
            if k == col {
                let c = &t[cs..ce];
                return c.iter().any(u8::is_ascii_alphabetic).then_some((cs, ce));
            }
            cs = ce + 1;
        }
        None
    }

    /// The header cell `(start, end)` above `at` in a table aligned with spaces ("Avg.nr
    /// Reg.nr    Plats\nK-260311   JYP 402   Torget"): the row at `at` and every line up to the
    /// header have at least two gaps of two or more spaces, and the header has a cell that
    /// starts in the same character column as the cell holding `at`.
    fn aligned_header(&self, t: &[u8], ls: usize, le: usize, at: usize) -> Option<(usize, usize)> {
        if !two_gaps(&t[ls..le]) {
            return None;
        }
        // the cell holding `at` starts after a gap of two spaces (or at the line's start)
        let cs = memchr::memmem::rfind(&t[ls..at], b"  ").map_or(ls, |p| {
            let mut c = ls + p;
            while c < at && t[c] == b' ' {
                c += 1;
            }
            c
        });
        let col = chars(&t[ls..cs]);
        let top = self.aligned_top(t, ls)?;
        // the header's cell starting in the same column (a character either way)
        let he = line_end(t, top, MAX_LINE);
        let h = &t[top..he];
        let mut k = 0;
        let mut i = 0;
        while i < h.len() {
            let starts = h[i] != b' ' && (i == 0 || h[i - 1] == b' ');
            if starts && k + 1 >= col && k <= col + 1 {
                let end = memchr::memmem::find(&h[i..], b"  ").map_or(h.len(), |q| i + q);
                let cell = (top + i, top + end);
                return h[i..end]
                    .iter()
                    .any(u8::is_ascii_alphabetic)
                    .then_some(cell);
            }
            if k > col + 1 {
                break;
            }
            if h[i] & 0xC0 != 0x80 {
                k += 1;
            }
            i += 1;
        }
        None
    }

    /// The header line of the table aligned with spaces that holds the row at `ls` (which
    /// has two gaps), `None` when the row is the table's first line. The table found last is
    /// remembered, so the rows of a long table cost one walk up to its header, not one each.
    fn aligned_top(&self, t: &[u8], ls: usize) -> Option<usize> {
        let aligned = |p: usize| two_gaps(&t[p..line_end(t, p, MAX_LINE)]);
        if let Some((header, row)) = self.aligned.get() {
            if row <= ls && header < ls && joined(t, row, ls, aligned) {
                self.aligned.set(Some((header, ls)));
                return Some(header);
            }
        }
        let top = top_of(t, ls, MAX_ALIGNED_ROWS, aligned);
        self.aligned.set(Some((top, ls)));
        (top < ls).then_some(top)
    }

    /// The header line of the block holding the row at `ls`, `None` when that row is the
    /// block's first line (a table without a header, or no table).
    fn block_header(&self, t: &[u8], ls: usize, delim: u8, n: usize) -> Option<usize> {
        let same = |s: usize| count(&t[s..line_end(t, s, MAX_LINE)], delim) == n;
        // the block remembered holds this row when every line in between belongs to it
        if let Some(b) = self.last.get() {
            if b.delim == delim
                && b.count == n
                && b.row <= ls
                && b.header < ls
                && joined(t, b.row, ls, same)
            {
                self.last.set(Some(Block { row: ls, ..b }));
                return Some(b.header);
            }
        }
        let top = top_of(t, ls, MAX_ROWS, same);
        self.last.set(Some(Block {
            delim,
            count: n,
            header: top,
            row: ls,
        }));
        (top < ls).then_some(top)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_of(t: &str, needle: &str) -> Option<String> {
        let at = t.find(needle).unwrap();
        let c = Columns::default();
        c.header(t.as_bytes(), at)
            .map(|(s, e)| t[s..e].trim().to_string())
    }

    #[test]
    fn finds_the_header_of_the_column() {
        let csv = "lev;orgnr;bankgiro;fakturanr\nA AB;556648-8655;4598-5413;20251104\nB AB;556863-1666;6685-1833;112\n";
        assert_eq!(header_of(csv, "6685-1833").as_deref(), Some("bankgiro"));
        assert_eq!(header_of(csv, "112").as_deref(), Some("fakturanr"));
        let md = "| Namn | Personnummer |\n|---|---|\n| Anna | 19850101-1234 |\n";
        assert_eq!(header_of(md, "1985").as_deref(), Some("Personnummer"));
        let tsv = "Namn\tTelefon\nAnna\t070-123 45 67\n";
        assert_eq!(header_of(tsv, "070").as_deref(), Some("Telefon"));
    }

    #[test]
    fn finds_the_header_of_a_column_aligned_with_spaces() {
        let t = "Avg.nr     Reg.nr    Plats\nK-260311   JYP 402   Torget\nK-260312   CLB 88R   Vårdcentralens infart\n";
        assert_eq!(header_of(t, "CLB").as_deref(), Some("Reg.nr"));
        assert_eq!(header_of(t, "Vårdc").as_deref(), Some("Plats"));
        // a long table: each row finds the header, one walk in all
        let mut long = String::from("Nr      Reg.nr    Plats\n");
        for k in 0..3000 {
            long.push_str(&format!("{k:<8}ABC {:03}   Torget\n", k % 1000));
        }
        let c = Columns::default();
        let b = long.as_bytes();
        let mut found = 0;
        for (at, _) in long.match_indices("ABC ") {
            if let Some((s, e)) = c.header(b, at) {
                assert_eq!(&long[s..e], "Reg.nr");
                found += 1;
            }
        }
        assert_eq!(found, 3000);
        // prose with one double space is no table
        assert_eq!(header_of("Ring oss.  Tel 070-123 45 67\n", "070"), None);
    }

    #[test]
    fn no_header_without_a_table() {
        assert_eq!(header_of("Ring mig; 070-123 45 67", "070"), None);
        // the first row of a table without a header names nothing
        assert_eq!(header_of("Anna;850101-1234\nBo;850101-1234\n", "85"), None);
        // a header cell of digits names nothing
        let t = "2024;2025\n12;13\n";
        assert_eq!(header_of(t, "13"), None);
    }

    #[test]
    fn remembered_block_serves_later_rows_and_stops_at_its_end() {
        let t = "a;bankgiro\nx;1\ny;2\nprosa utan semikolon\nz;3\n";
        let c = Columns::default();
        let b = t.as_bytes();
        let h = |n: &str| c.header(b, t.find(n).unwrap()).map(|(s, e)| &t[s..e]);
        assert_eq!(h("1"), Some("bankgiro"));
        assert_eq!(h("2"), Some("bankgiro"));
        // a new block starts after the prose line: its first row has no header
        assert_eq!(h("3"), None);
    }
}
