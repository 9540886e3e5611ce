//! Finds the line of a dotted key (`systems[2].max_level`) in TOML text, so that errors found
//! after parsing (validation) can still name file and line.

/// One parsed segment: `systems[2]` → ("systems", Some(2)); `max_level` → ("max_level", None).
fn segment(s: &str) -> (&str, Option<usize>) {
    match s.find('[') {
        Some(i) if s.ends_with(']') => (&s[..i], s[i + 1..s.len() - 1].parse().ok()),
        _ => (s, None),
    }
}

/// The header name of a line (`[server]` → `server`, `[[systems]]` → `systems`) and whether it
/// is an array-of-tables header.
fn header(line: &str) -> Option<(&str, bool)> {
    let t = line.trim();
    if let Some(rest) = t.strip_prefix("[[") {
        let end = rest.find("]]")?;
        return Some((rest[..end].trim(), true));
    }
    if let Some(rest) = t.strip_prefix('[') {
        let end = rest.find(']')?;
        return Some((rest[..end].trim(), false));
    }
    None
}

/// Whether `line` assigns `key` (`key = …`, also quoted keys).
fn assigns(line: &str, key: &str) -> bool {
    let t = line.trim_start();
    let t = t
        .strip_prefix(key)
        .or_else(|| t.strip_prefix(&format!("\"{key}\"")));
    matches!(t.map(str::trim_start), Some(r) if r.starts_with('='))
}

/// The 1-based line of `key` in `text`; see [`crate::Config::locate`].
pub(crate) fn locate(text: &str, key: &str) -> Option<usize> {
    let parts: Vec<&str> = key.split('.').collect();
    let (table, index, field) = match parts.as_slice() {
        [single] => {
            let (t, i) = segment(single);
            (t, i, None)
        }
        [t, f, ..] => {
            let (t, i) = segment(t);
            (t, i, Some(*f))
        }
        [] => return None,
    };
    // A top-level key without a table.
    if index.is_none() && field.is_none() {
        for (n, line) in text.lines().enumerate() {
            if header(line).is_some() {
                break;
            }
            if assigns(line, table) {
                return Some(n + 1);
            }
        }
    }
    let mut seen: Option<usize> = None; // count of headers of `table` seen so far
    let mut inside = false;
    let mut header_line = None;
    for (n, line) in text.lines().enumerate() {
        if let Some((name, _array)) = header(line) {
            if name == table {
                let k = seen.map_or(0, |k| k + 1);
                seen = Some(k);
                inside = index.is_none_or(|i| i == k);
                if inside {
                    header_line = Some(n + 1);
                    if field.is_none() {
                        return header_line;
                    }
                }
            } else {
                if inside && header_line.is_some() && index.is_some() {
                    // Left the wanted table: the key was not written there.
                    return header_line;
                }
                inside = false;
            }
            continue;
        }
        if inside {
            if let Some(f) = field {
                if assigns(line, f) {
                    return Some(n + 1);
                }
            }
        }
    }
    header_line
}

#[cfg(test)]
mod tests {
    use super::locate;

    const TEXT: &str = "name = \"x\"\n[organisation]\nprofile = \"goteborg\"\n\n[[systems]]\nid = \"a\"\nmax_level = 1\n\n[[systems]]\nid = \"b\"\n\n[[decisions]]\nid = \"d\"\n";

    #[test]
    fn finds_keys_and_headers() {
        assert_eq!(locate(TEXT, "name"), Some(1));
        assert_eq!(locate(TEXT, "organisation.profile"), Some(3));
        assert_eq!(locate(TEXT, "systems[0].max_level"), Some(7));
        assert_eq!(locate(TEXT, "systems[1].id"), Some(10));
        // Not written: the header of that entry.
        assert_eq!(locate(TEXT, "systems[1].max_level"), Some(9));
        assert_eq!(locate(TEXT, "decisions[0].id"), Some(13));
        assert_eq!(locate(TEXT, "systems[5].id"), None);
    }
}
