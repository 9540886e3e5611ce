//! A column of secrets in a table: every cell under a header that names passwords or codes
//! ("Startlösenord", "Lösenord i logg", "PIN", "portkod") is a credential, whether the table
//! is delimited (`|`, `;`, tab) or aligned with spaces.
//!
//! Asked only at the credential finder's anchors ("lösenord", "kod" …), so a text without
//! such a word costs nothing; a column of digits ("portkod", "PIN") is named by its header
//! where the identifier scan meets the number ([`secret_header`]).

/// Most rows read under one header.
const MAX_ROWS: usize = 200;

/// Longest line taken for a table row (bytes).
const MAX_LINE: usize = 1024;

/// How a line splits into cells.
#[derive(Clone, Copy, PartialEq)]
enum Split {
    Delimiter(u8),
    /// Two or more spaces (or a tab) between cells.
    Gaps,
}

/// The cells of `line` as `(start, end)` offsets in it, trimmed.
fn cells(line: &[u8], split: Split, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut push = |s: usize, e: usize| {
        let mut s = s;
        let mut e = e;
        while s < e && line[s].is_ascii_whitespace() {
            s += 1;
        }
        while e > s && line[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        out.push((s, e));
    };
    match split {
        Split::Delimiter(d) => {
            let mut s = 0;
            for p in memchr::memchr_iter(d, line) {
                push(s, p);
                s = p + 1;
            }
            push(s, line.len());
            // a Markdown row opens and closes with `|`: no cells there
            if d == b'|' {
                if out.first().is_some_and(|&(s, e)| s == e) {
                    out.remove(0);
                }
                if out.last().is_some_and(|&(s, e)| s == e) {
                    out.pop();
                }
            }
        }
        Split::Gaps => {
            let mut s = 0;
            let mut p = 0;
            while p < line.len() {
                let gap = if line[p] == b'\t' {
                    1
                } else if line[p] == b' ' && line.get(p + 1) == Some(&b' ') {
                    line[p..].iter().take_while(|&&c| c == b' ').count()
                } else {
                    0
                };
                if gap > 0 {
                    if p > s {
                        push(s, p);
                    }
                    p += gap;
                    s = p;
                } else {
                    p += 1;
                }
            }
            if s < line.len() {
                push(s, line.len());
            }
        }
    }
}

/// Whether a header cell names a column of passwords or codes.
pub(crate) fn secret_header(cell: &[u8]) -> bool {
    let mut buf = [0u8; 32];
    if cell.len() > buf.len() {
        return false;
    }
    let low = &mut buf[..cell.len()];
    low.copy_from_slice(cell);
    low.make_ascii_lowercase();
    let low: &[u8] = low;
    let has = |w: &[u8]| low.windows(w.len()).any(|x| x == w);
    // "Lösenord", "Startlösenord", "Lösenord i logg", "Password" (not "Lösenordsbyte krävs")
    // (ASCII lower-casing leaves "Ö" as it is)
    let password = (has(b"l\xc3\xb6senord")
        || has(b"l\xc3\x96senord")
        || has(b"losenord")
        || has(b"password"))
        && !has(b"byte")
        && !has(b"bytt")
        && !has(b"krav")
        && !has(b"policy");
    password
        || matches!(
            low,
            b"pin"
                | b"pin-kod"
                | b"pinkod"
                | b"pin-koder"
                | b"portkod"
                | b"portkoder"
                | b"kod"
                | b"koder"
                | b"ny kod"
                | b"nya koder"
                | b"tillf\xc3\xa4llig kod"
                | b"l\xc3\xa5skod"
                | b"l\xc3\xa5skoder"
                | b"nyckelkod"
                | b"larmkod"
                | b"pw"
                | b"pwd"
                | b"passwd"
                | b"l\xc3\xb6sen"
        )
        || low == "dörrkod".as_bytes()
        || low == "dÖrrkod".as_bytes()
        || low == "nyckelgömma".as_bytes()
}

/// Whether a cell's value can be a secret: one token, not a yes/no, a dash or a date.
fn secret_value(v: &[u8]) -> bool {
    // (a dash or a mark alone: "—", "***", "(tom)" has letters but is no secret either)
    if v.len() < 3 || v.len() > 64 || v.contains(&b' ') || !v.iter().any(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    if v.starts_with(b"(") && v.ends_with(b")") {
        return false;
    }
    let mut low = [0u8; 8];
    if v.len() <= low.len() {
        let low = &mut low[..v.len()];
        low.copy_from_slice(v);
        low.make_ascii_lowercase();
        if matches!(
            &*low,
            b"ja"
                | b"nej"
                | b"yes"
                | b"no"
                | b"n/a"
                | b"ok\xc3\xa4nt"
                | b"saknas"
                | b"bytt"
                | b"---"
        ) {
            return false;
        }
    }
    // a date ("2026-01-14") or a time is no secret
    let digits_and = |extra: &[u8]| v.iter().all(|c| c.is_ascii_digit() || extra.contains(c));
    !(digits_and(b"-") && v.contains(&b'-')
        || digits_and(b":.") && !v.iter().all(u8::is_ascii_digit))
}

/// The line `(start, end)` holding `at`, `None` when it is longer than [`MAX_LINE`] (so
/// prose paragraphs cost one bounded search).
fn line_at(t: &[u8], at: usize) -> Option<(usize, usize)> {
    let lo = at.saturating_sub(MAX_LINE);
    let s = match memchr::memrchr(b'\n', &t[lo..at]) {
        Some(p) => lo + p + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let hi = (s + MAX_LINE).min(t.len());
    let e = match memchr::memchr(b'\n', &t[at..hi]) {
        Some(p) => at + p,
        None if hi == t.len() => hi,
        None => return None,
    };
    Some((s, e))
}

/// If the word at `at` stands in a table's header cell that names secrets, calls
/// `emit(start, end, score)` for the value of that column in each row below and returns the
/// end of the table; `None` when `at` is no such header.
pub(crate) fn secrets_below(
    t: &[u8],
    at: usize,
    mut emit: impl FnMut(usize, usize, f32),
) -> Option<usize> {
    let (ls, le) = line_at(t, at)?;
    let header = &t[ls..le];
    let split = super::columns::delimiter(header, [b'|', b';', b'\t'])
        .map_or(Split::Gaps, |(d, _)| Split::Delimiter(d));
    let mut head = Vec::new();
    cells(header, split, &mut head);
    if head.len() < 2 {
        return None;
    }
    let k = head
        .iter()
        .position(|&(s, e)| ls + s <= at && at < ls + e)?;
    let (hs, he) = head[k];
    if !secret_header(&header[hs..he]) {
        return None;
    }
    let mut row = Vec::new();
    let mut p = le + 1;
    let mut end = None;
    for _ in 0..MAX_ROWS {
        if p >= t.len() {
            break;
        }
        let re = memchr::memchr(b'\n', &t[p..]).map_or(t.len(), |q| p + q);
        let line = &t[p..re];
        if line.len() > MAX_LINE || line.iter().all(u8::is_ascii_whitespace) {
            break;
        }
        // a Markdown rule line under the header
        if line
            .iter()
            .all(|c| matches!(c, b'|' | b'-' | b':' | b' ' | b'+'))
        {
            p = re + 1;
            continue;
        }
        cells(line, split, &mut row);
        // (an aligned row may run two later cells together: "NEJ (konto utan inlogg) okänt")
        let fits = row.len() == head.len()
            || split == Split::Gaps && row.len() > k && row.len() + 1 == head.len();
        if !fits {
            break;
        }
        let (cs, ce) = row[k];
        if secret_value(&line[cs..ce]) {
            emit(p + cs, p + ce, 0.85);
        }
        end = Some(re);
        p = re + 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The secrets found under the first `header` in `t`.
    fn below<'t>(t: &'t str, header: &str) -> Vec<&'t str> {
        let at = t.find(header).unwrap();
        let mut v = Vec::new();
        secrets_below(t.as_bytes(), at, |s, e, _| v.push(&t[s..e]));
        v
    }

    #[test]
    fn a_password_column_in_a_markdown_table() {
        let t = "Elev | Användarnamn | Startlösenord\nAlma S | alsv0316 | Kaktus72!\nElias M | elma0427 | Tomat31!\n";
        assert_eq!(below(t, "Startlösenord"), ["Kaktus72!", "Tomat31!"]);
    }

    #[test]
    fn new_door_codes_in_a_list_of_homes() {
        let t = "| Brukare | Lås-ID | Ny kod |\n|---|---|---|\n| I. B. | PH-20331 | 480217 |\n| S. L. | PH-20342 | 915530 |\n";
        assert_eq!(below(t, "kod"), ["480217", "915530"]);
    }

    #[test]
    fn a_column_in_an_aligned_table_and_in_csv() {
        let t = "E-post                 Lösenord i logg     Giltigt?\nanna@x.se     Anna1987!        NEJ (bytt jan)\nbo@x.se       Bo_hund12        JA\n";
        assert_eq!(below(t, "Lösenord"), ["Anna1987!", "Bo_hund12"]);
        let t = "id;namn;portkod;nyckel\n1;Astrid H;2741;N-014\n2;Bertil S;1975;N-022\n";
        assert_eq!(below(t, "portkod"), ["2741", "1975"]);
    }

    #[test]
    fn no_secrets_under_other_headers_or_in_yes_no_columns() {
        let t = "Namn | Lösenordsbyte krävs\nAnna | ja\nBo | nej\n";
        let at = t.find("Lösenord").unwrap();
        assert_eq!(secrets_below(t.as_bytes(), at, |_, _, _| panic!()), None);
        let t = "Namn | Lösenord\nAnna | ja\nBo | 2026-01-14\nCilla | —\nDan | (bytt)\n";
        let at = t.find("Lösenord").unwrap();
        secrets_below(t.as_bytes(), at, |_, _, _| panic!("no secret"));
        // prose
        let t = "Byt lösenord var tredje månad.\nDet gäller alla.\n";
        assert_eq!(secrets_below(t.as_bytes(), 4, |_, _, _| panic!()), None);
    }
}
