//! Word (.docx) and PowerPoint (.pptx): the text of the XML parts, paragraph by paragraph.

use crate::xml::{walk, Ev};
use crate::zipguard::Container;
use crate::{ExtractError, Format, Limits};

/// The text of a .docx: body, then headers, footers, footnotes, endnotes and comments.
/// Tracked deletions (`w:delText`) are included: the words are still in the file.
pub(crate) fn docx(bytes: &[u8], limits: &Limits) -> Result<String, ExtractError> {
    let mut zip = Container::open(bytes, Format::Docx, limits)?;
    let mut parts = vec!["word/document.xml".to_string()];
    let mut extra: Vec<String> = zip
        .names()
        .into_iter()
        .filter(|n| {
            n.starts_with("word/")
                && n.ends_with(".xml")
                && ["header", "footer", "footnotes", "endnotes", "comments"]
                    .iter()
                    .any(|p| n["word/".len()..].starts_with(p))
        })
        .collect();
    extra.sort_by_key(|n| natural_key(n));
    parts.extend(extra);
    let mut out = String::new();
    for part in parts {
        let Some(xml) = zip.read(&part)? else {
            if part == "word/document.xml" {
                return Err(ExtractError::corrupt(
                    Format::Docx,
                    "word/document.xml saknas",
                ));
            }
            continue;
        };
        word_text(&xml, &mut out)
            .map_err(|e| ExtractError::corrupt(Format::Docx, format!("{part}: {e}")))?;
        if !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    Ok(out)
}

/// Appends the text of one WordprocessingML part.
fn word_text(xml: &[u8], out: &mut String) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut in_text = 0u32;
    let mut skip = 0u32; // inside mc:Fallback (a duplicate of mc:Choice) or field instructions
    walk(xml, |ev| match ev {
        Ev::Start(name) => {
            match name {
                "t" | "delText" => in_text += 1,
                "Fallback" | "instrText" => skip += 1,
                _ => {}
            }
            stack.push(name.to_string());
        }
        Ev::End(name) => {
            stack.pop();
            match name {
                "t" | "delText" => in_text = in_text.saturating_sub(1),
                "Fallback" | "instrText" => skip = skip.saturating_sub(1),
                "p" if skip == 0 => out.push('\n'),
                "tc" if skip == 0 => out.push('\t'),
                _ => {}
            }
        }
        Ev::Empty(name, _) if skip == 0 => {
            let parent_is_run = stack.last().is_some_and(|p| p == "r");
            match name {
                "tab" if parent_is_run => out.push('\t'),
                "br" | "cr" => out.push('\n'),
                "noBreakHyphen" => out.push('-'),
                "p" => out.push('\n'),
                _ => {}
            }
        }
        Ev::Text(t) if in_text > 0 && skip == 0 => out.push_str(t),
        _ => {}
    })
}

/// The text of a .pptx: each slide in order, then its speaker notes.
pub(crate) fn pptx(bytes: &[u8], limits: &Limits) -> Result<String, ExtractError> {
    let mut zip = Container::open(bytes, Format::Pptx, limits)?;
    let names = zip.names();
    let mut slides: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("ppt/slides/slide") && n.ends_with(".xml"))
        .collect();
    slides.sort_by_key(|n| natural_key(n));
    let mut notes: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("ppt/notesSlides/notesSlide") && n.ends_with(".xml"))
        .collect();
    notes.sort_by_key(|n| natural_key(n));
    let mut out = String::new();
    for part in slides.into_iter().chain(notes) {
        let Some(xml) = zip.read(part)? else { continue };
        drawing_text(&xml, &mut out)
            .map_err(|e| ExtractError::corrupt(Format::Pptx, format!("{part}: {e}")))?;
        if !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    Ok(out)
}

/// Appends the text of one DrawingML part (`a:t` runs, `a:p` paragraphs).
fn drawing_text(xml: &[u8], out: &mut String) -> Result<(), String> {
    let mut in_text = 0u32;
    walk(xml, |ev| match ev {
        Ev::Start("t") => in_text += 1,
        Ev::End("t") => in_text = in_text.saturating_sub(1),
        Ev::End("p") => out.push('\n'),
        Ev::Empty("br", _) => out.push('\n'),
        Ev::Text(t) if in_text > 0 => out.push_str(t),
        _ => {}
    })
}

/// Sort key that puts `slide2.xml` before `slide10.xml`.
pub(crate) fn natural_key(name: &str) -> (String, u64) {
    let stem = name.trim_end_matches(".xml");
    let digits = stem.len() - stem.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (prefix, num) = stem.split_at(stem.len() - digits);
    (prefix.to_string(), num.parse().unwrap_or(0))
}
