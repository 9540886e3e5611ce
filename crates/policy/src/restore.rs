//! Restoring placeholders in an answer, also while it streams.
//!
//! A placeholder may arrive split across chunks at any byte, and models alter it slightly:
//! `[person_1]`, `PERSON_1`, `[ PERSON_1 ]`, `【PERSON_1】`, `PERSON\_1` (markdown), `[Person 1]`.
//! The [`Restorer`] emits everything it can decide and holds back only a tail that could still
//! become a placeholder (at most a few dozen bytes). Whole-text restore is the same code path
//! (push everything, then finish), so streamed and whole answers restore identically.

use std::collections::HashMap;
use std::sync::Arc;

/// Longest tag in letters; longer letter runs are never placeholders.
const MAX_TAG: usize = 24;
/// Most digits in a placeholder number.
const MAX_DIGITS: usize = 6;
/// Most spaces allowed inside brackets on each side.
const MAX_SPACES: usize = 2;

/// The placeholders of one conversation: tag → number → original.
#[derive(Debug, Default)]
pub struct Table {
    /// Upper-case tags in use.
    tags: Vec<String>,
    /// (tag index, number) → original text.
    map: HashMap<(usize, u32), String>,
}

impl Table {
    /// Builds the table from (placeholder, original) pairs such as `("[PERSON_1]", "Anna")`.
    /// Pairs whose placeholder is not of the form `[TAG_N]` are ignored.
    pub fn new(entries: &[(String, String)]) -> Table {
        let mut t = Table::default();
        for (ph, orig) in entries {
            let inner = ph.trim_start_matches('[').trim_end_matches(']');
            let Some((tag, n)) = inner.rsplit_once('_') else {
                continue;
            };
            let Ok(n) = n.parse::<u32>() else { continue };
            let tag = tag.to_ascii_uppercase();
            let idx = match t.tags.iter().position(|x| *x == tag) {
                Some(i) => i,
                None => {
                    t.tags.push(tag);
                    t.tags.len() - 1
                }
            };
            t.map.insert((idx, n), orig.clone());
        }
        t
    }

    /// Index of the tag equal to `letters` (upper case).
    fn tag(&self, letters: &[u8]) -> Option<usize> {
        self.tags.iter().position(|t| t.as_bytes() == letters)
    }

    /// Whether `letters` (upper case) is a prefix of some tag.
    fn is_prefix(&self, letters: &[u8]) -> bool {
        self.tags.iter().any(|t| t.as_bytes().starts_with(letters))
    }
}

/// The result of trying to match a placeholder at a position.
enum M {
    /// No placeholder starts here.
    No,
    /// The input ended while it still could become one: wait for more.
    Partial,
    /// A placeholder ends at this byte offset, restoring to this table key.
    Done(usize, (usize, u32)),
}

fn closer(open: char) -> Option<char> {
    Some(match open {
        '[' => ']',
        '【' => '】',
        '［' => '］',
        '{' => '}',
        '<' => '>',
        '(' => ')',
        _ => return None,
    })
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Streaming restorer: [`push`](Restorer::push) chunks, [`finish`](Restorer::finish) at the end.
#[derive(Debug, Clone)]
pub struct Restorer {
    table: Arc<Table>,
    pending: String,
    prev: Option<char>,
}

impl Restorer {
    /// A restorer over a placeholder table.
    pub fn new(table: Arc<Table>) -> Restorer {
        Restorer {
            table,
            pending: String::new(),
            prev: None,
        }
    }

    /// Feeds a chunk; returns the restored text that can be emitted now.
    pub fn push(&mut self, chunk: &str) -> String {
        self.pending.push_str(chunk);
        self.run(false)
    }

    /// The end of the answer: returns whatever was held back, restored.
    pub fn finish(&mut self) -> String {
        self.run(true)
    }

    /// Bytes held back, waiting for the next chunk.
    pub fn held(&self) -> usize {
        self.pending.len()
    }

    fn run(&mut self, eof: bool) -> String {
        let s = std::mem::take(&mut self.pending);
        let mut out = String::with_capacity(s.len());
        if self.table.tags.is_empty() {
            if let Some(c) = s.chars().last() {
                self.prev = Some(c);
            }
            out.push_str(&s);
            return out;
        }
        let bytes = s.as_bytes();
        let mut i = 0;
        let mut emitted = 0;
        let mut prev = self.prev;
        while i < s.len() {
            let b = bytes[i];
            // Fast path: ASCII that cannot start a placeholder.
            if b < 0x80 && !b.is_ascii_alphabetic() && closer(b as char).is_none() {
                prev = Some(b as char);
                i += 1;
                continue;
            }
            let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
            let candidate =
                closer(c).is_some() || (c.is_ascii_alphabetic() && !prev.is_some_and(is_word));
            if candidate {
                match self.match_at(&s, i, eof) {
                    M::Done(end, key) => {
                        out.push_str(&s[emitted..i]);
                        out.push_str(&self.table.map[&key]);
                        prev = s[..end].chars().last();
                        i = end;
                        emitted = end;
                        continue;
                    }
                    M::Partial => {
                        out.push_str(&s[emitted..i]);
                        self.pending = s[i..].to_string();
                        self.prev = prev;
                        return out;
                    }
                    M::No => {}
                }
            }
            prev = Some(c);
            i += c.len_utf8();
        }
        out.push_str(&s[emitted..]);
        self.prev = prev;
        out
    }

    /// Tries a placeholder starting at byte `i` of `s`.
    fn match_at(&self, s: &str, i: usize, eof: bool) -> M {
        let c = s[i..].chars().next().unwrap_or(' ');
        let Some(close) = closer(c) else {
            return self.core(s, i, false, eof).0;
        };
        let b = s.as_bytes();
        let mut j = i + c.len_utf8();
        let mut sp = 0;
        while j < b.len() && b[j] == b' ' && sp < MAX_SPACES {
            j += 1;
            sp += 1;
        }
        if j >= b.len() {
            return if eof { M::No } else { M::Partial };
        }
        if !b[j].is_ascii_alphabetic() {
            return M::No;
        }
        let (m, _) = self.core(s, j, true, eof);
        let (end, key) = match m {
            M::Done(end, key) => (end, key),
            other => return other,
        };
        let mut k = end;
        let mut sp = 0;
        while k < b.len() && b[k] == b' ' && sp < MAX_SPACES {
            k += 1;
            sp += 1;
        }
        if k >= b.len() {
            return if eof { M::No } else { M::Partial };
        }
        match s[k..].chars().next() {
            Some(x) if x == close => M::Done(k + x.len_utf8(), key),
            _ => M::No,
        }
    }

    /// The bare form `TAG_N` at byte `j` (the caller checked the word boundary before it).
    /// Inside brackets the separator may also be a space or a hyphen.
    fn core(&self, s: &str, j: usize, bracketed: bool, eof: bool) -> (M, ()) {
        let b = s.as_bytes();
        let wait = |eof: bool| if eof { M::No } else { M::Partial };
        let mut k = j;
        let mut letters = [0u8; MAX_TAG];
        let mut n = 0;
        while k < b.len() && b[k].is_ascii_alphabetic() {
            if n == MAX_TAG {
                return (M::No, ());
            }
            letters[n] = b[k].to_ascii_uppercase();
            n += 1;
            k += 1;
            if !self.table.is_prefix(&letters[..n]) {
                return (M::No, ());
            }
        }
        if k >= b.len() {
            return (wait(eof), ());
        }
        let Some(tag) = self.table.tag(&letters[..n]) else {
            return (M::No, ());
        };
        // Separator: `_`, `\_`, or (in brackets) one space or hyphen.
        match b[k] {
            b'_' => k += 1,
            b'\\' => {
                if k + 1 >= b.len() {
                    return (wait(eof), ());
                }
                if b[k + 1] != b'_' {
                    return (M::No, ());
                }
                k += 2;
            }
            b' ' | b'-' if bracketed => k += 1,
            _ => return (M::No, ()),
        }
        if k >= b.len() {
            return (wait(eof), ());
        }
        let start = k;
        while k < b.len() && b[k].is_ascii_digit() {
            if k - start == MAX_DIGITS {
                return (M::No, ());
            }
            k += 1;
        }
        if k == start || b[start] == b'0' {
            return (
                if k >= b.len() && k == start {
                    wait(eof)
                } else {
                    M::No
                },
                (),
            );
        }
        if k >= b.len() && !eof {
            return (M::Partial, ());
        }
        if k < b.len() {
            let next = s[k..].chars().next().unwrap_or(' ');
            // Swedish genitive on a bare placeholder: `PERSON_1s bil` → `Annas bil`.
            if (next == 's' || next == 'S') && !bracketed {
                match s[k + 1..].chars().next() {
                    None if !eof => return (M::Partial, ()),
                    Some(after) if is_word(after) => return (M::No, ()),
                    _ => {}
                }
            } else if is_word(next) {
                return (M::No, ());
            }
        }
        let num: u32 = s[start..k].parse().unwrap_or(0);
        match self.table.map.get(&(tag, num)) {
            Some(_) => (M::Done(k, (tag, num)), ()),
            None => (M::No, ()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Arc<Table> {
        Arc::new(Table::new(&[
            ("[PERSON_1]".into(), "Anna Svensson".into()),
            ("[PERSON_2]".into(), "Erik Lind".into()),
            ("[PERSONNUMMER_1]".into(), "850314-1234".into()),
        ]))
    }

    fn restore(s: &str) -> String {
        let mut r = Restorer::new(table());
        let mut o = r.push(s);
        o.push_str(&r.finish());
        o
    }

    #[test]
    fn altered_forms_restore() {
        for (inp, want) in [
            ("Hej [PERSON_1]!", "Hej Anna Svensson!"),
            ("Hej [person_1]!", "Hej Anna Svensson!"),
            ("Hej PERSON_1.", "Hej Anna Svensson."),
            ("Hej [ PERSON_1 ].", "Hej Anna Svensson."),
            ("Hej 【PERSON_1】.", "Hej Anna Svensson."),
            ("Hej PERSON\\_1.", "Hej Anna Svensson."),
            ("Hej [Person 2].", "Hej Erik Lind."),
            ("[PERSONNUMMER_1][PERSON_2]", "850314-1234Erik Lind"),
            ("PERSON_1", "Anna Svensson"),
            (
                "PERSON_2s bil och [PERSON_1]s",
                "Erik Linds bil och Anna Svenssons",
            ),
            ("PERSON_2:s", "Erik Lind:s"),
        ] {
            assert_eq!(restore(inp), want, "{inp}");
        }
    }

    #[test]
    fn look_alikes_stay() {
        for inp in [
            "[PERSON_3]",
            "XPERSON_1",
            "PERSON_12",
            "PERSON_1a",
            "PERSON_1sa",
            "PERSON 1",
            "person_01",
            "en person_",
            "[",
        ] {
            let out = restore(inp);
            assert!(!out.contains("Anna"), "{inp} -> {out}");
        }
        assert_eq!(restore("[PERSON_1"), "[Anna Svensson");
        assert_eq!(restore("[PERSON_1"), "[Anna Svensson");
    }
}
