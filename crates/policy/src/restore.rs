//! Restoring placeholders in an answer, also while it streams.
//!
//! A placeholder may arrive split across chunks at any byte, and models alter it slightly:
//! `[person_1]`, `PERSON_1`, `[ PERSON_1 ]`, `【PERSON_1】`, `PERSON\_1` (markdown), `[Person 1]`.
//! The [`Restorer`] emits everything it can decide and holds back only a tail that could still
//! become a placeholder (at most a few dozen bytes). Whole-text restore is the same code path
//! (push everything, then finish), so streamed and whole answers restore identically.

use std::sync::Arc;

/// Longest tag in letters; longer letter runs are never placeholders.
const MAX_TAG: usize = 24;
/// Most digits in a placeholder number.
const MAX_DIGITS: usize = 6;
/// Most spaces allowed inside brackets on each side.
const MAX_SPACES: usize = 2;

/// The placeholders of one conversation: tag → number → original.
///
/// Built for the restore loop: a first-letter mask rejects most words with one bit test, tags
/// are kept sorted so a prefix narrows to a range one letter at a time (no string compares),
/// and a binary search in the tag's numbers gives the original (no hashing).
#[derive(Debug, Default, Clone)]
pub struct Table {
    /// Upper-case tags in use; the index is the tag id.
    tags: Vec<String>,
    /// Tag ids sorted by their tag's bytes.
    sorted: Vec<usize>,
    /// Bit `c - b'A'` is set when some tag starts with the letter `c`.
    first: u32,
    /// Per tag id: (number, index into `originals`), sorted by number.
    nums: Vec<Vec<(u32, usize)>>,
    /// The original texts.
    originals: Vec<String>,
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
            let id = t.tag_id(&tag.to_ascii_uppercase());
            t.originals.push(orig.clone());
            t.nums[id].push((n, t.originals.len() - 1));
        }
        for nums in &mut t.nums {
            // Sorted by number; of equal placeholders the last entry wins.
            nums.sort_by_key(|&(n, i)| (n, std::cmp::Reverse(i)));
            nums.dedup_by_key(|&mut (n, _)| n);
        }
        t
    }

    /// Adds `[TAG_N]` → `original` (`tag` upper case); a later entry for the same placeholder
    /// replaces an earlier one.
    pub(crate) fn insert(&mut self, tag: &str, n: u32, original: String) {
        let id = self.tag_id(tag);
        self.originals.push(original);
        let i = self.originals.len() - 1;
        let nums = &mut self.nums[id];
        // A masker numbers upwards, so this is almost always a push at the end.
        match nums.binary_search_by_key(&n, |&(m, _)| m) {
            Ok(at) => nums[at].1 = i,
            Err(at) => nums.insert(at, (n, i)),
        }
    }

    /// The id of `tag` (upper case), adding it if new.
    fn tag_id(&mut self, tag: &str) -> usize {
        match self.tags.iter().position(|x| x == tag) {
            Some(i) => i,
            None => {
                self.tags.push(tag.to_string());
                let id = self.tags.len() - 1;
                let tags = &self.tags;
                let at = self
                    .sorted
                    .partition_point(|&o| tags[o].as_bytes() < tag.as_bytes());
                self.sorted.insert(at, id);
                if let Some(c) = tag.bytes().next().filter(u8::is_ascii_uppercase) {
                    self.first |= 1 << (c - b'A');
                }
                self.nums.push(Vec::new());
                id
            }
        }
    }

    /// The original for number `n` of tag id `tag`.
    fn get(&self, tag: usize, n: u32) -> Option<usize> {
        let nums = &self.nums[tag];
        nums.binary_search_by_key(&n, |&(m, _)| m)
            .ok()
            .map(|at| nums[at].1)
    }

    /// Whether some tag starts with the ASCII letter `c` (any case).
    fn starts_tag(&self, c: u8) -> bool {
        let u = c.to_ascii_uppercase();
        u.is_ascii_uppercase() && self.first & (1 << (u - b'A')) != 0
    }

    /// Narrows `range` (into `sorted`, all tags there sharing the `n - 1` letters before) to
    /// the tags whose letter `n - 1` is `c`.
    fn narrow(&self, range: (usize, usize), n: usize, c: u8) -> (usize, usize) {
        let (lo, hi) = range;
        let part = &self.sorted[lo..hi];
        let at = |o: &usize| self.tags[*o].as_bytes().get(n - 1).copied();
        // Shorter tags (None) sort first, then by the byte at n - 1.
        let a = part.partition_point(|o| at(o).is_none_or(|b| b < c));
        let b = part.partition_point(|o| at(o).is_none_or(|b| b <= c));
        (lo + a, lo + b)
    }

    /// The tag id of the tag exactly `n` letters long in a narrowed range, if any.
    fn exact(&self, range: (usize, usize), n: usize) -> Option<usize> {
        let (lo, hi) = range;
        (lo < hi)
            .then(|| self.sorted[lo])
            .filter(|&o| self.tags[o].len() == n)
    }
}

/// The result of trying to match a placeholder at a position.
enum M {
    /// No placeholder starts here.
    No,
    /// The input ended while it still could become one: wait for more.
    Partial,
    /// A placeholder ends at this byte offset, restoring to this original (index).
    Done(usize, usize),
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
        if self.pending.is_empty() {
            // Nothing held back: scan the chunk in place, keep only the undecided tail.
            let mut out = String::with_capacity(chunk.len());
            let used = self.run(chunk, false, &mut out);
            self.pending.push_str(&chunk[used..]);
            return out;
        }
        let mut s = std::mem::take(&mut self.pending);
        s.push_str(chunk);
        let mut out = String::with_capacity(s.len());
        let used = self.run(&s, false, &mut out);
        s.drain(..used);
        self.pending = s;
        out
    }

    /// The end of the answer: returns whatever was held back, restored.
    pub fn finish(&mut self) -> String {
        let s = std::mem::take(&mut self.pending);
        let mut out = String::with_capacity(s.len());
        let used = self.run(&s, true, &mut out);
        debug_assert_eq!(used, s.len());
        out
    }

    /// Bytes held back, waiting for the next chunk.
    pub fn held(&self) -> usize {
        self.pending.len()
    }

    /// Restores `s` into `out`; returns how many bytes of `s` were decided (the rest could
    /// still become a placeholder and must be held back; always all of it when `eof`).
    fn run(&mut self, s: &str, eof: bool, out: &mut String) -> usize {
        if self.table.tags.is_empty() {
            if let Some(c) = s.chars().last() {
                self.prev = Some(c);
            }
            out.push_str(s);
            return s.len();
        }
        let bytes = s.as_bytes();
        let mut i = 0;
        let mut emitted = 0;
        let mut prev = self.prev;
        while i < s.len() {
            let b = bytes[i];
            let c = if b < 0x80 {
                let c = b as char;
                if b.is_ascii_alphabetic() {
                    // Inside a word, or a letter no tag starts with: never a placeholder.
                    if prev.is_some_and(is_word) || !self.table.starts_tag(b) {
                        prev = Some(c);
                        i += 1;
                        continue;
                    }
                } else if closer(c).is_none() {
                    prev = Some(c);
                    i += 1;
                    continue;
                }
                c
            } else {
                let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
                if closer(c).is_none() {
                    prev = Some(c);
                    i += c.len_utf8();
                    continue;
                }
                c
            };
            match self.match_at(s, i, eof) {
                M::Done(end, orig) => {
                    out.push_str(&s[emitted..i]);
                    out.push_str(&self.table.originals[orig]);
                    prev = s[..end].chars().next_back();
                    i = end;
                    emitted = end;
                    continue;
                }
                M::Partial => {
                    out.push_str(&s[emitted..i]);
                    self.prev = prev;
                    return i;
                }
                M::No => {}
            }
            prev = Some(c);
            i += c.len_utf8();
        }
        out.push_str(&s[emitted..]);
        self.prev = prev;
        s.len()
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
        // The tags (a range of `table.sorted`) that start with the letters read so far.
        let mut range = (0, self.table.sorted.len());
        let mut n = 0;
        while k < b.len() && b[k].is_ascii_alphabetic() {
            if n == MAX_TAG {
                return (M::No, ());
            }
            n += 1;
            range = self.table.narrow(range, n, b[k].to_ascii_uppercase());
            k += 1;
            if range.0 == range.1 {
                return (M::No, ());
            }
        }
        if k >= b.len() {
            return (wait(eof), ());
        }
        let Some(tag) = self.table.exact(range, n) else {
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
        match self.table.get(tag, num) {
            Some(orig) => (M::Done(k, orig), ()),
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
