//! OpenDocument text (.odt): the text of `content.xml`.

use crate::xml::{attr, walk, Ev};
use crate::zipguard::Container;
use crate::{ExtractError, Format, Limits};

/// The text of an .odt: paragraphs and headings of the body, with `text:s` spaces,
/// tabs and line breaks kept. Annotations (comments) and tracked changes are included.
pub(crate) fn odt(bytes: &[u8], limits: &Limits) -> Result<String, ExtractError> {
    let mut zip = Container::open(bytes, Format::Odt, limits)?;
    if let Some(manifest) = zip.read("META-INF/manifest.xml")? {
        if memchr::memmem::find(&manifest, b"encryption-data").is_some() {
            return Err(ExtractError::Encrypted("ODF-paketet är krypterat".into()));
        }
    }
    let xml = zip
        .read("content.xml")?
        .ok_or_else(|| ExtractError::corrupt(Format::Odt, "content.xml saknas"))?;
    let mut out = String::new();
    let mut in_body = 0u32;
    walk(&xml, |ev| match ev {
        Ev::Start("body") => in_body += 1,
        Ev::End("body") => in_body = in_body.saturating_sub(1),
        _ if in_body == 0 => {}
        Ev::End("p" | "h") => out.push('\n'),
        Ev::Empty("p" | "h", _) => out.push('\n'),
        Ev::Empty("s", e) => {
            let n: usize = attr(e, "c").and_then(|c| c.parse().ok()).unwrap_or(1);
            out.extend(std::iter::repeat_n(' ', n.min(1000)));
        }
        Ev::Empty("tab", _) => out.push('\t'),
        Ev::Empty("line-break", _) => out.push('\n'),
        Ev::End("table-cell") => out.push('\t'),
        Ev::Text(t) => out.push_str(t),
        _ => {}
    })
    .map_err(|e| ExtractError::corrupt(Format::Odt, format!("content.xml: {e}")))?;
    Ok(out)
}
