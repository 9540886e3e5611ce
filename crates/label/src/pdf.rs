//! PDF: the label is appended as an incremental update (ISO 32000-1, 7.5.6): the original
//! bytes stay as they are, followed by a new XMP metadata stream, the catalog pointing at it,
//! the document information dictionary with `/DigitalSourceType` and `/AILabel`, and a new
//! cross-reference section (table or stream, as the file already uses) whose trailer points
//! back at the previous one. A file whose cross-references had to be repaired, a truncated
//! one and an encrypted one are refused.

use crate::{Error, Format};
use lopdf::{Dictionary, Document, IncrementalDocument, LoadOptions, Object, Stream};

const F: Format = Format::Pdf;

/// Whether the bytes start like a PDF (`%PDF-` within the first 1024 bytes).
pub fn looks_like_pdf(b: &[u8]) -> bool {
    memchr::memmem::find(&b[..b.len().min(1024)], b"%PDF-").is_some()
}

fn load(b: &[u8]) -> Result<Document, Error> {
    let tail = &b[b.len().saturating_sub(1024)..];
    if memchr::memmem::find(tail, b"%%EOF").is_none() {
        return Err(Error::Truncated(F, "%%EOF saknas i slutet"));
    }
    let doc = Document::load_mem_with_options(b, LoadOptions::default())
        .map_err(|e| Error::corrupt(F, format!("går inte att läsa: {e}")))?;
    if doc.xref_recovery.is_some() || doc.xref_start == 0 {
        return Err(Error::corrupt(F, "korsreferenstabellen stämmer inte"));
    }
    if doc.was_encrypted() || doc.trailer.get(b"Encrypt").is_ok() {
        return Err(Error::Unsupported(F, "filen är krypterad".into()));
    }
    Ok(doc)
}

fn root_id(doc: &Document) -> Result<lopdf::ObjectId, Error> {
    let id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| Error::corrupt(F, "katalogen (Root) saknas"))?;
    doc.get_dictionary(id)
        .map_err(|_| Error::corrupt(F, "katalogen (Root) går inte att läsa"))?;
    Ok(id)
}

/// The bytes with the label appended as an incremental update.
pub fn label(b: &[u8], packet: &str, description: &str) -> Result<Vec<u8>, Error> {
    let doc = load(b)?;
    let root = root_id(&doc)?;
    let info_ref = doc.trailer.get(b"Info").ok().cloned();
    let mut inc = IncrementalDocument::create_from(b.to_vec(), doc);

    let mut meta = Dictionary::new();
    meta.set("Type", Object::Name(b"Metadata".to_vec()));
    meta.set("Subtype", Object::Name(b"XML".to_vec()));
    let meta_id = inc
        .new_document
        .add_object(Stream::new(meta, packet.as_bytes().to_vec()).with_compression(false));

    inc.opt_clone_object_to_new_document(root)
        .map_err(|e| Error::corrupt(F, format!("katalogen går inte att läsa: {e}")))?;
    inc.new_document
        .get_object_mut(root)
        .and_then(Object::as_dict_mut)
        .map_err(|_| Error::corrupt(F, "katalogen är ingen ordlista"))?
        .set("Metadata", Object::Reference(meta_id));

    let set_info = |d: &mut Dictionary| {
        d.set(
            "DigitalSourceType",
            lopdf::text_string(crate::DIGITAL_SOURCE_TYPE),
        );
        d.set("AILabel", lopdf::text_string(description));
    };
    match info_ref {
        Some(Object::Reference(id)) if inc.get_prev_documents().get_dictionary(id).is_ok() => {
            inc.opt_clone_object_to_new_document(id)
                .map_err(|e| Error::corrupt(F, format!("Info går inte att läsa: {e}")))?;
            let d = inc
                .new_document
                .get_object_mut(id)
                .and_then(Object::as_dict_mut)
                .map_err(|_| Error::corrupt(F, "Info är ingen ordlista"))?;
            set_info(d);
        }
        Some(Object::Dictionary(mut d)) => {
            set_info(&mut d);
            inc.new_document.trailer.set("Info", Object::Dictionary(d));
        }
        _ => {
            let mut d = Dictionary::new();
            set_info(&mut d);
            let id = inc.new_document.add_object(Object::Dictionary(d));
            inc.new_document.trailer.set("Info", Object::Reference(id));
        }
    }
    let mut out = Vec::with_capacity(b.len() + packet.len() + 1024);
    inc.save_to(&mut out)
        .map_err(|e| Error::Unsupported(F, format!("uppdateringen kunde inte skrivas: {e}")))?;
    Ok(out)
}

/// The AI source type and description a PDF declares: from its XMP metadata stream, else
/// from the document information dictionary.
pub fn status(b: &[u8]) -> Result<(Option<String>, Option<String>), Error> {
    let doc = load(b)?;
    let root = root_id(&doc)?;
    let packet = doc
        .get_dictionary(root)
        .ok()
        .and_then(|c| c.get(b"Metadata").ok())
        .and_then(|m| doc.dereference(m).ok())
        .and_then(|(_, o)| o.as_stream().ok())
        .and_then(|s| {
            if s.dict.get(b"Filter").is_ok() {
                s.decompressed_content_with_limit(16 << 20).ok()
            } else {
                Some(s.content.clone())
            }
        })
        .map(|c| String::from_utf8_lossy(&c).into_owned());
    if let Some(p) = &packet {
        if let Some(t) = crate::xmp::ai_source_type(p) {
            return Ok((Some(t), crate::xmp::description(p)));
        }
    }
    let info = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok());
    let text = |k: &[u8]| {
        info.and_then(|d| d.get(k).ok())
            .and_then(|o| lopdf::decode_text_string(o).ok())
    };
    let source = text(b"DigitalSourceType").filter(|t| {
        t.strip_prefix("http://cv.iptc.org/newscodes/digitalsourcetype/")
            .is_some_and(|c| crate::xmp::AI_CODES.contains(&c))
    });
    let desc = text(b"AILabel");
    Ok((source.clone(), source.and(desc)))
}
