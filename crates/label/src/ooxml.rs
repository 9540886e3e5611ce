//! Office Open XML (DOCX, XLSX, PPTX): the label is two custom document properties in
//! `docProps/custom.xml`, `DigitalSourceType` (the IPTC IRI) and `AILabel` ("Dokument
//! genererat av AI (<tool>)"). The package is rewritten entry by entry: every other entry is
//! copied raw (its compressed bytes unchanged); only the custom properties part, and when it
//! is new the package relationships and content types, are written anew. Every entry is
//! decompressed and its CRC verified first, so a damaged package is refused.

use crate::{Error, Format};
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

const CONTENT_TYPES: &str = "[Content_Types].xml";
const RELS: &str = "_rels/.rels";
const DEFAULT_PART: &str = "docProps/custom.xml";
const REL_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CT_CUSTOM: &str = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const FMTID: &str = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const VT_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const P_SOURCE: &str = "DigitalSourceType";
const P_LABEL: &str = "AILabel";
/// The most a small XML part may decompress to.
const PART_LIMIT: u64 = 8 << 20;
/// The most the whole package may decompress to while it is verified.
const TOTAL_LIMIT: u64 = 4 << 30;

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

fn open(b: &[u8], f: Format) -> Result<Archive<'_>, Error> {
    ZipArchive::new(Cursor::new(b))
        .map_err(|e| Error::corrupt(f, format!("ZIP-arkivet är avkortat eller skadat: {e}")))
}

fn read_part(a: &mut Archive<'_>, name: &str, f: Format) -> Result<Option<String>, Error> {
    let mut file = match a.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(Error::corrupt(f, format!("{name}: {e}"))),
    };
    let mut s = Vec::new();
    (&mut file)
        .take(PART_LIMIT + 1)
        .read_to_end(&mut s)
        .map_err(|e| Error::corrupt(f, format!("{name}: {e}")))?;
    if s.len() as u64 > PART_LIMIT {
        return Err(Error::Unsupported(f, format!("{name} är för stor")));
    }
    String::from_utf8(s)
        .map(Some)
        .map_err(|_| Error::corrupt(f, format!("{name} är inte UTF-8")))
}

/// Which Office document a ZIP file is, by its content types.
pub fn kind(b: &[u8]) -> Result<Format, Error> {
    let mut a = ZipArchive::new(Cursor::new(b)).map_err(|_| Error::UnknownFormat)?;
    let ct = read_part(&mut a, CONTENT_TYPES, Format::Docx)
        .ok()
        .flatten()
        .ok_or(Error::UnknownFormat)?;
    if ct.contains("wordprocessingml.document.main+xml")
        || ct.contains("wordprocessingml.template.main+xml")
        || ct.contains("ms-word.document.macroEnabled.main+xml")
    {
        Ok(Format::Docx)
    } else if ct.contains("spreadsheetml.sheet.main+xml")
        || ct.contains("spreadsheetml.template.main+xml")
        || ct.contains("ms-excel.sheet.macroEnabled.main+xml")
    {
        Ok(Format::Xlsx)
    } else if ct.contains("presentationml.presentation.main+xml")
        || ct.contains("presentationml.slideshow.main+xml")
        || ct.contains("presentationml.template.main+xml")
        || ct.contains("ms-powerpoint.presentation.macroEnabled.main+xml")
    {
        Ok(Format::Pptx)
    } else {
        Err(Error::UnknownFormat)
    }
}

/// The value of attribute `name` in a start tag.
fn attr(tag: &str, name: &str) -> Option<String> {
    for q in ['"', '\''] {
        let pat = format!("{name}={q}");
        let mut from = 0;
        while let Some(i) = tag[from..].find(&pat) {
            let at = from + i;
            from = at + pat.len();
            if at > 0 && !tag[..at].ends_with(char::is_whitespace) {
                continue;
            }
            let rest = &tag[from..];
            return rest.find(q).map(|e| crate::xmp::unescape(&rest[..e]));
        }
    }
    None
}

/// The start tags `<{name} …>` of a document.
fn tags<'a>(xml: &'a str, name: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    let open = format!("<{name}");
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let i = xml[from..].find(&open)?;
        let at = from + i;
        let after = at + open.len();
        from = after;
        if !xml[after..].starts_with(|c: char| c.is_whitespace() || c == '>' || c == '/') {
            continue;
        }
        let end = xml[after..].find('>')? + after;
        return Some((at, &xml[at..=end]));
    })
}

/// The custom properties part named by the package relationships, if any.
fn custom_part(rels: &str) -> Option<String> {
    tags(rels, "Relationship")
        .find(|(_, t)| attr(t, "Type").as_deref() == Some(REL_TYPE))
        .and_then(|(_, t)| attr(t, "Target"))
        .map(|t| t.trim_start_matches('/').to_string())
}

/// The properties (name, text value) of a custom properties part.
fn properties(xml: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (at, tag) in tags(xml, "property") {
        let Some(name) = attr(tag, "name") else {
            continue;
        };
        let body = &xml[at + tag.len()..];
        let body = &body[..body.find("</property>").unwrap_or(0)];
        let value = body
            .find('>')
            .map(|i| &body[i + 1..])
            .and_then(|v| v.find('<').map(|e| &v[..e]))
            .map(crate::xmp::unescape)
            .unwrap_or_default();
        out.push((name, value));
    }
    out
}

/// `xml` with our properties (any old ones removed) before `</Properties>`.
fn with_properties(xml: &str, description: &str, f: Format) -> Result<String, Error> {
    let unsupported = || {
        Error::Unsupported(
            f,
            "de anpassade egenskaperna (docProps/custom.xml) har en form som vakt inte kan ändra"
                .into(),
        )
    };
    if !xml.contains(&format!("xmlns:vt=\"{VT_NS}\""))
        && !xml.contains(&format!("xmlns:vt='{VT_NS}'"))
    {
        return Err(unsupported());
    }
    let close = xml.rfind("</Properties>").ok_or_else(unsupported)?;
    let mut kept = String::with_capacity(xml.len() + 512);
    let mut pos = 0;
    let mut max_pid = 1;
    let ours: Vec<(usize, usize)> = tags(&xml[..close], "property")
        .filter_map(|(at, tag)| {
            if let Some(pid) = attr(tag, "pid").and_then(|p| p.parse::<u32>().ok()) {
                max_pid = max_pid.max(pid);
            }
            let name = attr(tag, "name")?;
            if name != P_SOURCE && name != P_LABEL {
                return None;
            }
            let end = if tag.ends_with("/>") {
                at + tag.len()
            } else {
                xml[at..close].find("</property>")? + at + "</property>".len()
            };
            Some((at, end))
        })
        .collect();
    for (a, e) in ours {
        kept.push_str(&xml[pos..a]);
        pos = e;
    }
    kept.push_str(&xml[pos..close]);
    kept.push_str(&property(max_pid + 1, P_SOURCE, crate::DIGITAL_SOURCE_TYPE));
    kept.push_str(&property(max_pid + 2, P_LABEL, description));
    kept.push_str(&xml[close..]);
    Ok(kept)
}

fn property(pid: u32, name: &str, value: &str) -> String {
    format!(
        "<property fmtid=\"{FMTID}\" pid=\"{pid}\" name=\"{name}\"><vt:lpwstr>{}</vt:lpwstr></property>",
        crate::xmp::escape(value)
    )
}

fn new_custom(description: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"{VT_NS}\">{}{}</Properties>",
        property(2, P_SOURCE, crate::DIGITAL_SOURCE_TYPE),
        property(3, P_LABEL, description)
    )
}

fn insert_before(
    xml: &str,
    close: &str,
    what: &str,
    f: Format,
    part: &str,
) -> Result<String, Error> {
    let at = xml
        .rfind(close)
        .ok_or_else(|| Error::corrupt(f, format!("{part} saknar {close}")))?;
    Ok(format!("{}{what}{}", &xml[..at], &xml[at..]))
}

/// Decompresses every entry (CRC checked by the reader), within [`TOTAL_LIMIT`].
fn verify(a: &mut Archive<'_>, f: Format) -> Result<(), Error> {
    let mut budget = TOTAL_LIMIT;
    for i in 0..a.len() {
        let mut file = a
            .by_index(i)
            .map_err(|e| Error::corrupt(f, format!("post {i}: {e}")))?;
        if file.encrypted() {
            return Err(Error::Unsupported(f, "paketet är krypterat".into()));
        }
        let n = std::io::copy(&mut (&mut file).take(budget + 1), &mut std::io::sink()).map_err(
            |e| {
                let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
                Error::corrupt(f, format!("{name}: {e}"))
            },
        )?;
        if n > budget {
            return Err(Error::Unsupported(
                f,
                "paketet packas upp till för mycket data".into(),
            ));
        }
        budget -= n;
    }
    Ok(())
}

/// The package with the label properties.
pub fn label(b: &[u8], f: Format, description: &str) -> Result<Vec<u8>, Error> {
    let mut a = open(b, f)?;
    verify(&mut a, f)?;
    let rels = read_part(&mut a, RELS, f)?
        .ok_or_else(|| Error::corrupt(f, "paketrelationerna (_rels/.rels) saknas"))?;
    let ct = read_part(&mut a, CONTENT_TYPES, f)?
        .ok_or_else(|| Error::corrupt(f, "[Content_Types].xml saknas"))?;
    let existing = custom_part(&rels);
    let part = existing.clone().unwrap_or_else(|| DEFAULT_PART.to_string());
    let old = read_part(&mut a, &part, f)?;
    let custom = match &old {
        Some(xml) => with_properties(xml, description, f)?,
        None => new_custom(description),
    };
    let new_rels = if existing.is_none() {
        let mut id = "rIdVaktCustom".to_string();
        let mut n = 0;
        while rels.contains(&format!("\"{id}\"")) || rels.contains(&format!("'{id}'")) {
            n += 1;
            id = format!("rIdVaktCustom{n}");
        }
        Some(insert_before(
            &rels,
            "</Relationships>",
            &format!("<Relationship Id=\"{id}\" Type=\"{REL_TYPE}\" Target=\"{part}\"/>"),
            f,
            RELS,
        )?)
    } else {
        None
    };
    let part_name = format!("/{part}");
    let has_override = tags(&ct, "Override")
        .any(|(_, t)| attr(t, "PartName").is_some_and(|p| p.eq_ignore_ascii_case(&part_name)));
    let new_ct = if has_override {
        None
    } else {
        Some(insert_before(
            &ct,
            "</Types>",
            &format!("<Override PartName=\"{part_name}\" ContentType=\"{CT_CUSTOM}\"/>"),
            f,
            CONTENT_TYPES,
        )?)
    };

    let write_err = |e: zip::result::ZipError| {
        Error::Unsupported(f, format!("paketet kunde inte skrivas: {e}"))
    };
    let io_err =
        |e: std::io::Error| Error::Unsupported(f, format!("paketet kunde inte skrivas: {e}"));
    let mut w = ZipWriter::new(Cursor::new(Vec::with_capacity(b.len() + 2048)));
    let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut placed = false;
    for i in 0..a.len() {
        let file = a
            .by_index_raw(i)
            .map_err(|e| Error::corrupt(f, format!("post {i}: {e}")))?;
        let name = file
            .name()
            .map_err(|e| Error::corrupt(f, format!("post {i}: {e}")))?
            .into_owned();
        let replacement = if name == part {
            placed = true;
            Some(custom.as_str())
        } else if name == RELS {
            new_rels.as_deref()
        } else if name == CONTENT_TYPES {
            new_ct.as_deref()
        } else {
            None
        };
        match replacement {
            Some(text) => {
                let mut o = opts;
                if let Some(t) = file.last_modified() {
                    o = o.last_modified_time(t);
                }
                drop(file);
                w.start_file(name.as_str(), o).map_err(write_err)?;
                w.write_all(text.as_bytes()).map_err(io_err)?;
            }
            None => w.raw_copy_file(file).map_err(write_err)?,
        }
    }
    if !placed {
        w.start_file(part.as_str(), opts).map_err(write_err)?;
        w.write_all(custom.as_bytes()).map_err(io_err)?;
    }
    Ok(w.finish().map_err(write_err)?.into_inner())
}

/// The AI source type and description an Office document declares.
pub fn status(b: &[u8], f: Format) -> Result<(Option<String>, Option<String>), Error> {
    let mut a = open(b, f)?;
    verify(&mut a, f)?;
    let rels = read_part(&mut a, RELS, f)?
        .ok_or_else(|| Error::corrupt(f, "paketrelationerna (_rels/.rels) saknas"))?;
    let Some(part) = custom_part(&rels) else {
        return Ok((None, None));
    };
    let Some(xml) = read_part(&mut a, &part, f)? else {
        return Ok((None, None));
    };
    let props = properties(&xml);
    let get = |n: &str| {
        props
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.trim().to_string())
    };
    let source = get(P_SOURCE).filter(|t| {
        t.strip_prefix("http://cv.iptc.org/newscodes/digitalsourcetype/")
            .is_some_and(|c| crate::xmp::AI_CODES.contains(&c))
    });
    let desc = source.as_ref().and(get(P_LABEL));
    Ok((source, desc))
}
