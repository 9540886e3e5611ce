//! PDF text through lopdf, with its decompression limits and under `catch_unwind`.

use crate::{no_panic, ExtractError, Format, Limits};
use lopdf::{Document, LoadOptions};

/// The text of a PDF, page by page (pages separated by a form feed line break).
/// A page that cannot be read adds a note; a PDF without any text layer (a scan) adds a note
/// that it has to be checked by eye.
pub(crate) fn extract(
    bytes: &[u8],
    limits: &Limits,
    notes: &mut Vec<String>,
) -> Result<String, ExtractError> {
    let max = usize::try_from(limits.max_entry_bytes).unwrap_or(usize::MAX);
    let (text, page_notes) = no_panic(Format::Pdf, || {
        let options = LoadOptions {
            max_decompressed_size: Some(max),
            ..LoadOptions::default()
        };
        let doc = Document::load_mem_with_options(bytes, options).map_err(|e| {
            let msg = e.to_string();
            if msg.to_lowercase().contains("decrypt") || msg.to_lowercase().contains("password") {
                ExtractError::Encrypted(msg)
            } else {
                ExtractError::corrupt(Format::Pdf, msg)
            }
        })?;
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        let mut text = String::new();
        let mut notes = Vec::new();
        for page in &pages {
            let mut ok = false;
            for chunk in doc.extract_text_chunks_with_limit(&[*page], max) {
                match chunk {
                    Ok(t) => {
                        ok = true;
                        text.push_str(&t);
                    }
                    Err(e) if !ok => {
                        notes.push(format!("sidan {page} kunde inte läsas helt: {e}"));
                        break;
                    }
                    Err(_) => {}
                }
            }
            if !text.ends_with('\n') && !text.is_empty() {
                text.push('\n');
            }
            if text.len() > limits.max_text_bytes {
                break;
            }
        }
        if text.trim().is_empty() && !pages.is_empty() {
            notes.push("PDF:en har inget textlager (inskannad?); granska den manuellt".to_string());
        }
        Ok((text, notes))
    })?;
    notes.extend(page_notes);
    Ok(text)
}
