//! AI labels (GBG-7, R002-4, BOT-5): IPTC Digital Source Type
//! `trainedAlgorithmicMedia` written as XMP into PNG, JPEG and WebP files, the same label in
//! PDF (XMP metadata and the document information dictionary, as an incremental update) and
//! in Office documents (custom document properties), and the visible note on text.
//!
//! Everything here works on bytes: no file or network I/O. [`label`] takes a file's bytes and
//! returns the labelled bytes; [`check`] says whether bytes carry the label. Images are never
//! decoded or re-encoded: every byte of the pixel data (PNG `IDAT`, JPEG scans, WebP
//! bitstreams) is copied as it is; only metadata is added or replaced.
//!
//! Input is parsed defensively: a file whose content does not match its name, or that is
//! truncated or corrupt, gives an [`Error`] (with a Swedish message for the user), never a
//! panic and never half-labelled output.

#![deny(missing_docs)]

mod jpeg;
mod ooxml;
mod pdf;
mod png;
pub mod text;
mod webp;
pub mod xmp;

use std::fmt;

/// The IPTC Digital Source Type for media created by a generative AI model.
pub const DIGITAL_SOURCE_TYPE: &str =
    "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

/// The longest tool name accepted (characters).
pub const MAX_TOOL_LEN: usize = 200;

/// A file format that can be labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// PNG.
    Png,
    /// JPEG (JFIF or Exif).
    Jpeg,
    /// WebP (simple lossy, simple lossless or extended).
    Webp,
    /// PDF.
    Pdf,
    /// Word (Office Open XML).
    Docx,
    /// Excel (Office Open XML).
    Xlsx,
    /// PowerPoint (Office Open XML).
    Pptx,
}

impl Format {
    /// The format's common name.
    pub fn name(self) -> &'static str {
        match self {
            Format::Png => "PNG",
            Format::Jpeg => "JPEG",
            Format::Webp => "WebP",
            Format::Pdf => "PDF",
            Format::Docx => "DOCX",
            Format::Xlsx => "XLSX",
            Format::Pptx => "PPTX",
        }
    }

    /// The media type.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
            Format::Webp => "image/webp",
            Format::Pdf => "application/pdf",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
        }
    }

    /// Whether this is an image format (labelled with "Bild genererad av AI").
    pub fn is_image(self) -> bool {
        matches!(self, Format::Png | Format::Jpeg | Format::Webp)
    }

    /// The format a file name's extension promises, if vakt knows it.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = std::path::Path::new(name)
            .extension()?
            .to_str()?
            .to_ascii_lowercase();
        Some(match ext.as_str() {
            "png" => Format::Png,
            "jpg" | "jpeg" | "jpe" | "jfif" => Format::Jpeg,
            "webp" => Format::Webp,
            "pdf" => Format::Pdf,
            "docx" => Format::Docx,
            "xlsx" => Format::Xlsx,
            "pptx" => Format::Pptx,
            _ => return None,
        })
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a file could not be labelled or checked. The messages are Swedish: they reach the
/// user as they are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The content is none of the formats vakt can label.
    #[error("filen är varken PNG, JPEG, WebP, PDF eller ett Office-dokument (DOCX, XLSX, PPTX) och kan inte märkas")]
    UnknownFormat,
    /// The file's name promises one format and its content is another.
    #[error("filnamnet säger {expected} men innehållet är {}; byt namn på filen eller kontrollera att det är rätt fil", .actual.map(Format::name).unwrap_or("inget känt format"))]
    Mismatch {
        /// What the name says.
        expected: Format,
        /// What the content is.
        actual: Option<Format>,
    },
    /// The file ends too early.
    #[error("{0}-filen är avkortad ({1}); den lämnades orörd")]
    Truncated(Format, &'static str),
    /// The file's structure is broken.
    #[error("{0}-filen är skadad ({1}); den lämnades orörd")]
    Corrupt(Format, String),
    /// A valid file that vakt cannot label.
    #[error("{0}-filen kan inte märkas: {1}")]
    Unsupported(Format, String),
    /// The tool name is unusable.
    #[error(
        "verktygsnamnet får vara högst {MAX_TOOL_LEN} tecken och får inte innehålla styrtecken"
    )]
    BadTool,
}

impl Error {
    fn corrupt(f: Format, what: impl Into<String>) -> Error {
        Error::Corrupt(f, what.into())
    }
}

/// What the label says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Label {
    tool: Option<String>,
}

impl Label {
    /// A label naming the AI system or tool that made the content (`None`: unnamed).
    pub fn new(tool: Option<&str>) -> Result<Label, Error> {
        let tool = tool.map(str::trim).filter(|t| !t.is_empty());
        if let Some(t) = tool {
            if t.chars().count() > MAX_TOOL_LEN || t.chars().any(char::is_control) {
                return Err(Error::BadTool);
            }
        }
        Ok(Label {
            tool: tool.map(str::to_owned),
        })
    }

    /// The tool, when named.
    pub fn tool(&self) -> Option<&str> {
        self.tool.as_deref()
    }

    /// "Bild genererad av AI (<tool>)".
    pub fn image_description(&self) -> String {
        match &self.tool {
            Some(t) => format!("Bild genererad av AI ({t})"),
            None => "Bild genererad av AI".to_string(),
        }
    }

    /// "Dokument genererat av AI (<tool>)".
    pub fn document_description(&self) -> String {
        match &self.tool {
            Some(t) => format!("Dokument genererat av AI ({t})"),
            None => "Dokument genererat av AI".to_string(),
        }
    }

    /// The description for a format.
    pub fn description_for(&self, f: Format) -> String {
        if f.is_image() {
            self.image_description()
        } else {
            self.document_description()
        }
    }
}

/// A labelled file.
#[derive(Debug, Clone)]
pub struct Labelled {
    /// The format of the file.
    pub format: Format,
    /// The labelled bytes.
    pub bytes: Vec<u8>,
}

/// What [`check`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The format of the file.
    pub format: Format,
    /// The Digital Source Type the file declares, when it declares an AI one.
    pub source_type: Option<String>,
    /// The description (dc:description or the document property), when present.
    pub description: Option<String>,
}

impl Status {
    /// Whether the file carries the AI label.
    pub fn labelled(&self) -> bool {
        self.source_type.is_some()
    }
}

/// The format of `bytes` by their content (magic bytes; for ZIP files, the Office part
/// names). `Err(UnknownFormat)` for anything else.
pub fn detect(bytes: &[u8]) -> Result<Format, Error> {
    if bytes.starts_with(png::SIGNATURE) {
        Ok(Format::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Ok(Format::Jpeg)
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Ok(Format::Webp)
    } else if pdf::looks_like_pdf(bytes) {
        Ok(Format::Pdf)
    } else if bytes.starts_with(b"PK\x03\x04") {
        ooxml::kind(bytes)
    } else {
        Err(Error::UnknownFormat)
    }
}

/// Detects the format and, when `name` has a known extension, checks that the two agree.
fn detect_named(bytes: &[u8], name: Option<&str>) -> Result<Format, Error> {
    let expected = name.and_then(Format::from_name);
    match (detect(bytes), expected) {
        (Ok(f), Some(e)) if f != e => Err(Error::Mismatch {
            expected: e,
            actual: Some(f),
        }),
        (Err(Error::UnknownFormat), Some(e)) => Err(Error::Mismatch {
            expected: e,
            actual: None,
        }),
        (r, _) => r,
    }
}

/// Labels a file's bytes. `name` (the file name, optional) must agree with the content when
/// its extension is a known one. Labelling an already labelled file replaces the label.
pub fn label(bytes: &[u8], name: Option<&str>, label: &Label) -> Result<Labelled, Error> {
    let format = detect_named(bytes, name)?;
    let desc = label.description_for(format);
    let packet = xmp::packet(&desc, label.tool());
    let out = match format {
        Format::Png => png::label(bytes, &packet)?,
        Format::Jpeg => jpeg::label(bytes, &packet)?,
        Format::Webp => webp::label(bytes, &packet)?,
        Format::Pdf => guarded(format, || pdf::label(bytes, &packet, &desc))?,
        Format::Docx | Format::Xlsx | Format::Pptx => {
            guarded(format, || ooxml::label(bytes, format, &desc))?
        }
    };
    Ok(Labelled { format, bytes: out })
}

/// Labels an image (PNG, JPEG or WebP; anything else is an error), e.g. one an AI system
/// returned. The pixel data is copied unchanged.
pub fn label_image(bytes: &[u8], label: &Label) -> Result<Labelled, Error> {
    let format = detect(bytes)?;
    if !format.is_image() {
        return Err(Error::Unsupported(
            format,
            "bara bilder (PNG, JPEG, WebP) märks här".into(),
        ));
    }
    self::label(bytes, None, label)
}

/// Whether a file's bytes carry the AI label. `name` as for [`label`].
pub fn check(bytes: &[u8], name: Option<&str>) -> Result<Status, Error> {
    let format = detect_named(bytes, name)?;
    let (source_type, description) = match format {
        Format::Png => xmp_status(png::xmp(bytes)?),
        Format::Jpeg => xmp_status(jpeg::xmp(bytes)?),
        Format::Webp => xmp_status(webp::xmp(bytes)?),
        Format::Pdf => guarded(format, || pdf::status(bytes))?,
        Format::Docx | Format::Xlsx | Format::Pptx => {
            guarded(format, || ooxml::status(bytes, format))?
        }
    };
    Ok(Status {
        format,
        source_type,
        description,
    })
}

/// Runs a third-party parser (lopdf, zip) so that a panic on hostile input becomes an error
/// for that file instead of ending the program.
fn guarded<T>(f: Format, run: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run))
        .unwrap_or_else(|_| Err(Error::corrupt(f, "filen går inte att tolka")))
}

fn xmp_status(packet: Option<String>) -> (Option<String>, Option<String>) {
    match packet {
        Some(p) => (xmp::ai_source_type(&p), xmp::description(&p)),
        None => (None, None),
    }
}
