//! JPEG: the XMP packet goes in an APP1 segment with the `http://ns.adobe.com/xap/1.0/\0`
//! header, after SOI and the leading APP0 (JFIF) and APP1 (Exif) segments; an existing XMP
//! segment (and any extended-XMP segments that belonged to it) is replaced. The whole file
//! is walked to its EOI marker first, so a truncated file is refused; everything from the
//! first SOS on (the entropy-coded scans) is copied byte for byte.

use crate::{Error, Format};

/// The APP1 header of standard XMP.
pub const XMP_HEADER: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
/// The APP1 header of extended XMP.
const EXT_XMP_HEADER: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";
const EXIF_HEADER: &[u8] = b"Exif\0\0";

const F: Format = Format::Jpeg;
const SOS: u8 = 0xDA;
const EOI: u8 = 0xD9;
const APP0: u8 = 0xE0;
const APP1: u8 = 0xE1;

/// A marker segment before the first scan.
struct Segment<'a> {
    marker: u8,
    /// The payload after the length field.
    payload: &'a [u8],
    /// The whole segment, marker (with any fill bytes) included.
    raw: &'a [u8],
}

/// Reads the marker at `pos` (skipping fill bytes): (marker, position after it).
fn marker_at(b: &[u8], mut pos: usize) -> Result<(u8, usize), Error> {
    if pos >= b.len() {
        return Err(Error::Truncated(F, "filen slutar före EOI"));
    }
    if b[pos] != 0xFF {
        return Err(Error::corrupt(F, "en markör väntades"));
    }
    while pos < b.len() && b[pos] == 0xFF {
        pos += 1;
    }
    if pos >= b.len() {
        return Err(Error::Truncated(F, "filen slutar före EOI"));
    }
    Ok((b[pos], pos + 1))
}

/// Reads a segment's length field at `pos`: (payload range end).
fn segment_end(b: &[u8], pos: usize) -> Result<usize, Error> {
    if pos + 2 > b.len() {
        return Err(Error::Truncated(
            F,
            "ett segment fortsätter efter filens slut",
        ));
    }
    let len = u16::from_be_bytes([b[pos], b[pos + 1]]) as usize;
    if len < 2 {
        return Err(Error::corrupt(F, "ogiltig segmentlängd"));
    }
    let end = pos + len;
    if end > b.len() {
        return Err(Error::Truncated(
            F,
            "ett segment fortsätter efter filens slut",
        ));
    }
    Ok(end)
}

fn is_standalone(m: u8) -> bool {
    m == 0x01 || (0xD0..=0xD7).contains(&m)
}

/// The segments before the first SOS and the offset of that SOS. Also walks the scans to
/// EOI, so that a truncated or broken file is refused.
fn parse(b: &[u8]) -> Result<(Vec<Segment<'_>>, usize), Error> {
    if !b.starts_with(&[0xFF, 0xD8]) {
        return Err(Error::corrupt(F, "SOI saknas"));
    }
    let mut pos = 2;
    let mut segs = Vec::new();
    let sos = loop {
        let start = pos;
        let (m, after) = marker_at(b, pos)?;
        match m {
            SOS => break start,
            0xD8 => return Err(Error::corrupt(F, "dubbla SOI")),
            EOI => return Err(Error::corrupt(F, "bilddata saknas")),
            0x00 => return Err(Error::corrupt(F, "ogiltig markör")),
            m if is_standalone(m) => {
                pos = after;
            }
            m => {
                let end = segment_end(b, after)?;
                segs.push(Segment {
                    marker: m,
                    payload: &b[after + 2..end],
                    raw: &b[start..end],
                });
                pos = end;
            }
        }
    };
    let is_sof = |m: u8| (0xC0..=0xCF).contains(&m) && ![0xC4, 0xC8, 0xCC].contains(&m);
    if !segs.iter().any(|s| is_sof(s.marker)) {
        return Err(Error::corrupt(F, "bildhuvudet (SOF) saknas"));
    }
    walk_scans(b, sos)?;
    Ok((segs, sos))
}

/// Walks from the first SOS to EOI: scan headers, entropy-coded data (stuffed bytes and
/// restart markers), and the tables between the scans of a progressive image.
fn walk_scans(b: &[u8], mut pos: usize) -> Result<(), Error> {
    loop {
        let (m, after) = marker_at(b, pos)?;
        match m {
            EOI => return Ok(()),
            0xD8 => return Err(Error::corrupt(F, "dubbla SOI")),
            0x00 => return Err(Error::corrupt(F, "ogiltig markör")),
            m if is_standalone(m) => pos = after,
            SOS => {
                let end = segment_end(b, after)?;
                pos = skip_entropy(b, end)?;
            }
            _ => pos = segment_end(b, after)?,
        }
    }
}

/// Skips entropy-coded data from `pos`; returns the position of the next real marker.
fn skip_entropy(b: &[u8], mut pos: usize) -> Result<usize, Error> {
    loop {
        let Some(i) = memchr::memchr(0xFF, &b[pos..]) else {
            return Err(Error::Truncated(F, "bilddata slutar före EOI"));
        };
        let at = pos + i;
        let mut next = at + 1;
        while next < b.len() && b[next] == 0xFF {
            next += 1;
        }
        if next >= b.len() {
            return Err(Error::Truncated(F, "bilddata slutar före EOI"));
        }
        let m = b[next];
        if m == 0x00 || (0xD0..=0xD7).contains(&m) {
            pos = next + 1;
            continue;
        }
        return Ok(at);
    }
}

fn is_xmp(s: &Segment<'_>) -> bool {
    s.marker == APP1 && (s.payload.starts_with(XMP_HEADER) || s.payload.starts_with(EXT_XMP_HEADER))
}

/// The bytes with `packet` as the XMP segment.
pub fn label(b: &[u8], packet: &str) -> Result<Vec<u8>, Error> {
    let (segs, sos) = parse(b)?;
    let len = 2 + XMP_HEADER.len() + packet.len();
    if len > u16::MAX as usize {
        return Err(Error::Unsupported(
            F,
            "märkningen blir större än ett JPEG-segment rymmer".into(),
        ));
    }
    let mut ours = Vec::with_capacity(len + 2);
    ours.extend_from_slice(&[0xFF, APP1]);
    ours.extend_from_slice(&(len as u16).to_be_bytes());
    ours.extend_from_slice(XMP_HEADER);
    ours.extend_from_slice(packet.as_bytes());

    let mut out = Vec::with_capacity(b.len() + ours.len());
    out.extend_from_slice(&b[..2]);
    let mut placed = false;
    for s in &segs {
        if is_xmp(s) {
            continue;
        }
        let leading = s.marker == APP0 || (s.marker == APP1 && s.payload.starts_with(EXIF_HEADER));
        if !placed && !leading {
            out.extend_from_slice(&ours);
            placed = true;
        }
        out.extend_from_slice(s.raw);
    }
    if !placed {
        out.extend_from_slice(&ours);
    }
    // Standalone markers before SOS (rare) are not kept in `segs`; refuse rather than drop.
    let kept: usize = 2 + segs.iter().map(|s| s.raw.len()).sum::<usize>();
    if kept != sos {
        return Err(Error::Unsupported(
            F,
            "ovanliga markörer före bilddata".into(),
        ));
    }
    out.extend_from_slice(&b[sos..]);
    Ok(out)
}

/// The standard XMP packet of a JPEG, if it has one.
pub fn xmp(b: &[u8]) -> Result<Option<String>, Error> {
    let (segs, _) = parse(b)?;
    Ok(segs
        .iter()
        .find(|s| s.marker == APP1 && s.payload.starts_with(XMP_HEADER))
        .map(|s| String::from_utf8_lossy(&s.payload[XMP_HEADER.len()..]).into_owned()))
}
