//! vakt-extract: the bytes of a file → the UTF-8 text that the detection engine reads.
//!
//! `vakt check` reads .txt .md .csv .json .html .eml .docx .xlsx .pptx .odt .ods .pdf. This crate
//! turns each into one `String` ([`extract`]) or, for plain text too large to hold at once, into
//! a stream of overlapping chunks ([`chunks::TextChunks`]). Offsets that the engine reports are
//! byte offsets into exactly this text.
//!
//! Main design decision: **every input is hostile until proven otherwise.** Files come from
//! shared drives and e-mail; a `.docx` may be a zip bomb, a `.pdf` may crash its parser, a `.txt`
//! may be a binary. So:
//! - the real format is found from the content ([`sniff`]), not the name; a file whose content
//!   does not match its extension is refused with a clear error ([`ExtractError::Mismatch`]);
//! - every decompression is capped ([`Limits`]): a zip entry is read through `take(cap + 1)`,
//!   spreadsheets are decompressed once with caps before `calamine` sees them, PDF streams are
//!   decompressed with lopdf's size limit; the total extracted text is capped too;
//! - parsers that may panic (PDF, spreadsheets) run under `catch_unwind`, so a corrupt file is a
//!   per-file error ([`ExtractError::Corrupt`]), never a crash of the whole scan;
//! - text that is not UTF-8 is decoded as Windows-1252 (or lossily) and the [`Extracted::notes`]
//!   say so, rather than refusing it.
//!
//! The crate does no file-system I/O of its own: callers hand it bytes (or a reader for the
//! chunked path), so it is as easy to test as the engine.

#![deny(missing_docs)]

pub mod chunks;
mod eml;
mod html;
mod odf;
mod ooxml;
mod pdf;
pub mod samples;
mod sheet;
mod sniff;
mod text;
mod xml;
mod zipguard;

pub use chunks::{Chunk, ChunkOptions, TextChunks};
pub use sniff::{sniff, Sniffed, TextHint, ZipKind};
pub use text::{decode_owned, decode_text, looks_binary};

use std::fmt;

/// A format vakt reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text (.txt, and anything text-like without a more specific extension).
    Text,
    /// Markdown (.md), read as plain text.
    Markdown,
    /// CSV (.csv), read as plain text.
    Csv,
    /// JSON (.json), read as plain text.
    Json,
    /// HTML (.html, .htm): tags removed, entities decoded.
    Html,
    /// An e-mail message (.eml): headers, bodies, text and document attachments.
    Eml,
    /// Word (.docx).
    Docx,
    /// Excel (.xlsx).
    Xlsx,
    /// PowerPoint (.pptx).
    Pptx,
    /// OpenDocument text (.odt).
    Odt,
    /// OpenDocument spreadsheet (.ods).
    Ods,
    /// PDF.
    Pdf,
}

impl Format {
    /// Every format, in the contract's order.
    pub const ALL: &'static [Format] = &[
        Format::Text,
        Format::Markdown,
        Format::Csv,
        Format::Json,
        Format::Html,
        Format::Eml,
        Format::Docx,
        Format::Xlsx,
        Format::Pptx,
        Format::Odt,
        Format::Ods,
        Format::Pdf,
    ];

    /// The format that a file extension (without the dot, any case) names.
    pub fn from_extension(ext: &str) -> Option<Format> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" | "log" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "csv" | "tsv" => Format::Csv,
            "json" => Format::Json,
            "html" | "htm" | "xhtml" => Format::Html,
            "eml" => Format::Eml,
            "docx" => Format::Docx,
            "xlsx" => Format::Xlsx,
            "pptx" => Format::Pptx,
            "odt" => Format::Odt,
            "ods" => Format::Ods,
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }

    /// The format a path's extension names, if vakt reads it.
    pub fn from_path(path: &str) -> Option<Format> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let (_, ext) = name.rsplit_once('.')?;
        Format::from_extension(ext)
    }

    /// A short name, e.g. `docx`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Eml => "eml",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Pptx => "pptx",
            Format::Odt => "odt",
            Format::Ods => "ods",
            Format::Pdf => "pdf",
        }
    }

    /// Whether the format is plain text whose extracted text is the decoded file itself, so
    /// that it can be read in chunks ([`TextChunks`]).
    pub fn is_plain_text(self) -> bool {
        matches!(
            self,
            Format::Text | Format::Markdown | Format::Csv | Format::Json
        )
    }

    /// Whether the format is read from text (as opposed to a zip container or PDF).
    pub fn is_textual(self) -> bool {
        self.is_plain_text() || matches!(self, Format::Html | Format::Eml)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Caps that keep extraction bounded in memory and time, whatever the input.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest input (compressed file) that [`extract`] accepts, in bytes.
    pub max_input_bytes: u64,
    /// Largest decompressed size of one zip entry or one PDF stream, in bytes.
    pub max_entry_bytes: u64,
    /// Largest decompressed size of all entries of one container together, in bytes.
    pub max_total_bytes: u64,
    /// Most entries a zip container may have.
    pub max_entries: usize,
    /// Largest extracted text, in bytes; beyond it the text is cut (and a note says so).
    pub max_text_bytes: usize,
    /// How deep attachments inside e-mails are followed.
    pub max_depth: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_input_bytes: 512 << 20,
            max_entry_bytes: 256 << 20,
            max_total_bytes: 512 << 20,
            max_entries: 20_000,
            max_text_bytes: 256 << 20,
            max_depth: 3,
        }
    }
}

/// The text of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The format the content was read as.
    pub format: Format,
    /// The extracted UTF-8 text; findings' offsets refer to it.
    pub text: String,
    /// Things the reader should know, in Swedish (e.g. "inte giltig UTF-8: avkodad som
    /// Windows-1252", "texten kortades vid 256 MiB").
    pub notes: Vec<String>,
    /// Whether the text was cut at [`Limits::max_text_bytes`]: the result is then incomplete.
    pub truncated: bool,
}

/// Why a file could not be read. Messages are Swedish, for the person running `vakt check`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// Neither the name nor the content is a format vakt reads.
    #[error("formatet stöds inte ({0}); vakt läser .txt .md .csv .json .html .eml .docx .xlsx .pptx .odt .ods .pdf")]
    Unsupported(String),
    /// The content is not what the file name says.
    #[error("filen heter .{expected} men innehållet är {found}; byt namn på filen eller kontrollera den")]
    Mismatch {
        /// What the name says.
        expected: String,
        /// What the content is.
        found: String,
    },
    /// The file is damaged or not a valid file of its format.
    #[error("trasig {format}-fil: {message}")]
    Corrupt {
        /// The format it was read as.
        format: Format,
        /// What went wrong.
        message: String,
    },
    /// A size cap was hit: a zip bomb, or a file larger than vakt reads at once.
    #[error("för stor: {0}")]
    TooLarge(String),
    /// The file is encrypted or password protected.
    #[error("filen är krypterad eller lösenordsskyddad ({0}); den kan inte granskas")]
    Encrypted(String),
}

impl ExtractError {
    pub(crate) fn corrupt(format: Format, message: impl fmt::Display) -> ExtractError {
        ExtractError::Corrupt {
            format,
            message: message.to_string(),
        }
    }
}

/// Extracts the text of a file with default [`Limits`].
///
/// `path_hint` is the file's name (its extension is checked against the content; an empty
/// hint, or `-` for stdin, means "find the format from the content alone").
///
/// ```
/// let out = vakt_extract::extract("brev.txt", "Hej Åsa, ring mig på 070-123 45 67.".as_bytes()).unwrap();
/// assert_eq!(out.text, "Hej Åsa, ring mig på 070-123 45 67.");
/// assert_eq!(out.format, vakt_extract::Format::Text);
/// ```
pub fn extract(path_hint: &str, bytes: &[u8]) -> Result<Extracted, ExtractError> {
    extract_with(path_hint, bytes, &Limits::default())
}

/// Extracts the text of a file with the given limits. See [`extract`].
pub fn extract_with(
    path_hint: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Extracted, ExtractError> {
    extract_depth(path_hint, bytes, limits, 0)
}

/// Resolves the format from name and content: the name's claim must agree with the content.
pub fn resolve_format(path_hint: &str, bytes: &[u8]) -> Result<Format, ExtractError> {
    let named = Format::from_path(path_hint);
    let sniffed = sniff(bytes);
    match (named, sniffed) {
        (Some(f), s) if s.matches(f) => Ok(f),
        (Some(f), Sniffed::Binary) => Err(ExtractError::Mismatch {
            expected: ext_of(path_hint, f),
            found: "binärdata".into(),
        }),
        (Some(f), s) => Err(ExtractError::Mismatch {
            expected: ext_of(path_hint, f),
            found: s.describe().into(),
        }),
        (None, s) => s.format().ok_or_else(|| {
            let ext = path_hint
                .rsplit(['/', '\\'])
                .next()
                .and_then(|n| n.rsplit_once('.'))
                .map(|(_, e)| format!(".{e}, "))
                .unwrap_or_default();
            ExtractError::Unsupported(format!("{ext}innehåll: {}", s.describe()))
        }),
    }
}

fn ext_of(path: &str, f: Format) -> String {
    path.rsplit(['/', '\\'])
        .next()
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_else(|| f.name().to_string())
}

pub(crate) fn extract_depth(
    path_hint: &str,
    bytes: &[u8],
    limits: &Limits,
    depth: u32,
) -> Result<Extracted, ExtractError> {
    if bytes.len() as u64 > limits.max_input_bytes {
        return Err(ExtractError::TooLarge(format!(
            "filen är {} MiB; gränsen för en fil som läses i sin helhet är {} MiB",
            bytes.len() >> 20,
            limits.max_input_bytes >> 20
        )));
    }
    let format = resolve_format(path_hint, bytes)?;
    let mut notes = Vec::new();
    let mut text = match format {
        Format::Text | Format::Markdown | Format::Csv | Format::Json => {
            let (t, note) = decode_text(bytes);
            notes.extend(note);
            t
        }
        Format::Html => {
            let (t, note) = decode_text(bytes);
            notes.extend(note);
            html::html_to_text(&t)
        }
        Format::Eml => eml::extract(bytes, limits, depth, &mut notes)?,
        Format::Docx => ooxml::docx(bytes, limits)?,
        Format::Pptx => ooxml::pptx(bytes, limits)?,
        Format::Odt => odf::odt(bytes, limits)?,
        Format::Xlsx | Format::Ods => sheet::extract(format, bytes, limits)?,
        Format::Pdf => pdf::extract(bytes, limits, &mut notes)?,
    };
    let mut truncated = false;
    if text.len() > limits.max_text_bytes {
        let mut cut = limits.max_text_bytes;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        truncated = true;
        notes.push(format!(
            "texten kortades vid {} MiB; resten granskades inte",
            limits.max_text_bytes >> 20
        ));
    }
    Ok(Extracted {
        format,
        text,
        notes,
        truncated,
    })
}

/// Runs `f`, turning a panic into a [`ExtractError::Corrupt`] for `format`.
pub(crate) fn no_panic<T>(
    format: Format,
    f: impl FnOnce() -> Result<T, ExtractError>,
) -> Result<T, ExtractError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "okänt fel".into());
            Err(ExtractError::corrupt(
                format,
                format!("tolken gav upp ({msg})"),
            ))
        }
    }
}
