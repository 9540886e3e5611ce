//! Finding the real format of a file from its first bytes (and, for zip, its table of contents).

use crate::Format;
use std::io::{Cursor, Read};

/// What the content of a file is, whatever its name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// No bytes.
    Empty,
    /// Text; the hint says whether it looks like HTML or an e-mail.
    Text(TextHint),
    /// A PDF (`%PDF-`).
    Pdf,
    /// A zip container; which office format it holds, if any.
    Zip(ZipKind),
    /// An OLE compound file: an old .doc/.xls/.ppt, or an encrypted OOXML file.
    Ole,
    /// Some other binary content (an image, an executable, compressed data …).
    Binary,
}

/// What kind of text a text file looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextHint {
    /// Plain text.
    Plain,
    /// Starts like an HTML document.
    Html,
    /// Starts with e-mail headers.
    Eml,
}

/// What a zip container holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipKind {
    /// Word document.
    Docx,
    /// Excel workbook.
    Xlsx,
    /// PowerPoint presentation.
    Pptx,
    /// OpenDocument text.
    Odt,
    /// OpenDocument spreadsheet.
    Ods,
    /// A zip that is none of those.
    Other,
    /// A zip whose table of contents cannot be read (truncated or damaged).
    Broken,
}

impl Sniffed {
    /// Whether content of this kind may carry the name of format `f`.
    pub fn matches(self, f: Format) -> bool {
        match self {
            Sniffed::Empty | Sniffed::Text(_) => f.is_textual(),
            Sniffed::Pdf => f == Format::Pdf,
            Sniffed::Zip(ZipKind::Broken) => matches!(
                f,
                Format::Docx | Format::Xlsx | Format::Pptx | Format::Odt | Format::Ods
            ),
            Sniffed::Zip(k) => k.format() == Some(f),
            Sniffed::Ole | Sniffed::Binary => false,
        }
    }

    /// The format to read content of this kind as, when the name says nothing.
    pub fn format(self) -> Option<Format> {
        match self {
            Sniffed::Empty | Sniffed::Text(TextHint::Plain) => Some(Format::Text),
            Sniffed::Text(TextHint::Html) => Some(Format::Html),
            Sniffed::Text(TextHint::Eml) => Some(Format::Eml),
            Sniffed::Pdf => Some(Format::Pdf),
            Sniffed::Zip(k) => k.format(),
            Sniffed::Ole | Sniffed::Binary => None,
        }
    }

    /// A Swedish description, for error messages ("innehållet är …").
    pub fn describe(self) -> &'static str {
        match self {
            Sniffed::Empty => "tomt",
            Sniffed::Text(_) => "text",
            Sniffed::Pdf => "en PDF",
            Sniffed::Zip(ZipKind::Docx) => "ett Word-dokument (docx)",
            Sniffed::Zip(ZipKind::Xlsx) => "en Excel-arbetsbok (xlsx)",
            Sniffed::Zip(ZipKind::Pptx) => "en PowerPoint-presentation (pptx)",
            Sniffed::Zip(ZipKind::Odt) => "ett OpenDocument-textdokument (odt)",
            Sniffed::Zip(ZipKind::Ods) => "ett OpenDocument-kalkylblad (ods)",
            Sniffed::Zip(ZipKind::Other) => "ett zip-arkiv som inte är ett dokument vakt läser",
            Sniffed::Zip(ZipKind::Broken) => "ett trasigt zip-arkiv",
            Sniffed::Ole => "ett krypterat eller äldre Office-dokument (OLE, .doc/.xls/.ppt)",
            Sniffed::Binary => "binärdata",
        }
    }
}

impl ZipKind {
    fn format(self) -> Option<Format> {
        Some(match self {
            ZipKind::Docx => Format::Docx,
            ZipKind::Xlsx => Format::Xlsx,
            ZipKind::Pptx => Format::Pptx,
            ZipKind::Odt => Format::Odt,
            ZipKind::Ods => Format::Ods,
            ZipKind::Other | ZipKind::Broken => return None,
        })
    }
}

/// Finds what `bytes` really are.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.is_empty() {
        return Sniffed::Empty;
    }
    // A PDF may have a few bytes of junk before its header (the spec allows 1024).
    let head = &bytes[..bytes.len().min(1024)];
    if memchr::memmem::find(head, b"%PDF-").is_some() {
        return Sniffed::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Sniffed::Zip(zip_kind(bytes));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Sniffed::Ole;
    }
    if crate::text::looks_binary(bytes) {
        return Sniffed::Binary;
    }
    Sniffed::Text(text_hint(bytes))
}

fn zip_kind(bytes: &[u8]) -> ZipKind {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return ZipKind::Broken;
    };
    // ODF: a `mimetype` entry names the kind.
    if let Ok(entry) = zip.by_name("mimetype") {
        let mut mt = String::new();
        if entry.take(200).read_to_string(&mut mt).is_ok() {
            let mt = mt.trim();
            if mt == "application/vnd.oasis.opendocument.text" {
                return ZipKind::Odt;
            }
            if mt == "application/vnd.oasis.opendocument.spreadsheet" {
                return ZipKind::Ods;
            }
        }
        return ZipKind::Other;
    }
    let has = |n: &str| zip.index_for_name(n).is_some();
    if has("[Content_Types].xml") {
        if has("word/document.xml") {
            return ZipKind::Docx;
        }
        if has("xl/workbook.xml") {
            return ZipKind::Xlsx;
        }
        if has("ppt/presentation.xml") {
            return ZipKind::Pptx;
        }
    }
    ZipKind::Other
}

fn text_hint(bytes: &[u8]) -> TextHint {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head);
    let start = head.trim_start_matches('\u{feff}').trim_start();
    let lower: String = start.chars().take(64).collect::<String>().to_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return TextHint::Html;
    }
    // E-mail: the first line is a header, and the header block has From: plus one of the
    // headers every message has.
    let first = start.lines().next().unwrap_or("");
    let is_header = |l: &str| {
        l.split_once(':').is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
    };
    if is_header(first) {
        let block: Vec<&str> = start.lines().take_while(|l| !l.is_empty()).collect();
        let has = |h: &str| {
            block.iter().any(|l| {
                l.len() > h.len() && l.as_bytes()[..h.len()].eq_ignore_ascii_case(h.as_bytes())
            })
        };
        if has("from:")
            && (has("subject:") || has("date:") || has("mime-version:") || has("message-id:"))
        {
            return TextHint::Eml;
        }
    }
    TextHint::Plain
}
