//! The visible note on AI-generated text (GBG-6, GBG-7, R002-4, BOT-5), in the same form the
//! gateway appends to answers: a blank line, then `— <note>`.

/// The note when the profile names none.
pub const DEFAULT_NOTE: &str = "AI-genererat utkast – granska innan du använder det";

/// Whether `text` already ends with the note.
pub fn has_note(text: &str, note: &str) -> bool {
    let note = note.trim();
    !note.is_empty() && text.trim_end().ends_with(note)
}

/// `text` with the note appended (`text`, a blank line, `— <note>`, a newline). Text that
/// already ends with the note is returned unchanged, so labelling twice adds it once.
pub fn append_note(text: &str, note: &str) -> String {
    if has_note(text, note) {
        return text.to_string();
    }
    let body = text.trim_end();
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    if body.is_empty() {
        return format!("— {}{nl}", note.trim());
    }
    format!("{body}{nl}{nl}— {}{nl}", note.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_once() {
        let t = append_note("Hej.\n", DEFAULT_NOTE);
        assert_eq!(t, format!("Hej.\n\n— {DEFAULT_NOTE}\n"));
        assert_eq!(append_note(&t, DEFAULT_NOTE), t);
        assert!(has_note(&t, DEFAULT_NOTE));
        assert!(!has_note("Hej.", DEFAULT_NOTE));
    }

    #[test]
    fn keeps_crlf() {
        let t = append_note("Rad 1\r\nRad 2\r\n", "Not");
        assert_eq!(t, "Rad 1\r\nRad 2\r\n\r\n— Not\r\n");
    }
}
