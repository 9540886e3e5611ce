//! PNG: the XMP packet goes in an `iTXt` chunk with keyword `XML:com.adobe.xmp`, placed
//! before the first `IDAT`; an existing XMP chunk is replaced. Every other chunk, `IDAT`
//! included, is copied byte for byte. Every chunk's CRC is verified before anything is
//! written.

use crate::{Error, Format};
use std::io::Read;

/// The PNG signature.
pub const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The iTXt keyword of an XMP packet.
pub const XMP_KEYWORD: &[u8] = b"XML:com.adobe.xmp";

const F: Format = Format::Png;

/// One chunk: its type, data, and where its bytes (length to CRC) lie in the file.
pub struct Chunk<'a> {
    /// Chunk type.
    pub kind: [u8; 4],
    /// Chunk data.
    pub data: &'a [u8],
    /// The whole chunk (length, type, data, CRC).
    pub raw: &'a [u8],
}

/// The CRC-32 of a chunk's type and data.
pub fn crc(kind: &[u8], data: &[u8]) -> u32 {
    let mut c = flate2::Crc::new();
    c.update(kind);
    c.update(data);
    c.sum()
}

/// The chunks up to and including `IEND`, and whatever follows `IEND`.
pub fn parse(b: &[u8]) -> Result<(Vec<Chunk<'_>>, &[u8]), Error> {
    if !b.starts_with(SIGNATURE) {
        return Err(Error::corrupt(F, "signaturen saknas"));
    }
    let mut pos = SIGNATURE.len();
    let mut chunks = Vec::new();
    loop {
        if b.len() - pos < 12 {
            return Err(Error::Truncated(F, "filen slutar före IEND"));
        }
        let len = u32::from_be_bytes([b[pos], b[pos + 1], b[pos + 2], b[pos + 3]]) as usize;
        if len > 0x7FFF_FFFF {
            return Err(Error::corrupt(F, "ogiltig blocklängd"));
        }
        let kind: [u8; 4] = [b[pos + 4], b[pos + 5], b[pos + 6], b[pos + 7]];
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(Error::corrupt(F, "ogiltig blocktyp"));
        }
        let end = pos + 12 + len;
        if end > b.len() {
            return Err(Error::Truncated(
                F,
                "ett block fortsätter efter filens slut",
            ));
        }
        let data = &b[pos + 8..pos + 8 + len];
        let stored = u32::from_be_bytes([b[end - 4], b[end - 3], b[end - 2], b[end - 1]]);
        if stored != crc(&kind, data) {
            return Err(Error::corrupt(
                F,
                format!(
                    "kontrollsumman för blocket {} stämmer inte",
                    String::from_utf8_lossy(&kind)
                ),
            ));
        }
        if chunks.is_empty() && (&kind != b"IHDR" || len != 13) {
            return Err(Error::corrupt(F, "IHDR saknas först i filen"));
        }
        chunks.push(Chunk {
            kind,
            data,
            raw: &b[pos..end],
        });
        pos = end;
        if &kind == b"IEND" {
            break;
        }
    }
    if !chunks.iter().any(|c| &c.kind == b"IDAT") {
        return Err(Error::corrupt(F, "bilddata (IDAT) saknas"));
    }
    Ok((chunks, &b[pos..]))
}

fn is_xmp(c: &Chunk<'_>) -> bool {
    &c.kind == b"iTXt"
        && c.data.len() > XMP_KEYWORD.len()
        && c.data.starts_with(XMP_KEYWORD)
        && c.data[XMP_KEYWORD.len()] == 0
}

/// Builds a chunk (length, type, data, CRC).
pub fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut o = Vec::with_capacity(data.len() + 12);
    o.extend_from_slice(&(data.len() as u32).to_be_bytes());
    o.extend_from_slice(kind);
    o.extend_from_slice(data);
    o.extend_from_slice(&crc(kind, data).to_be_bytes());
    o
}

/// The bytes with `packet` as the XMP chunk.
pub fn label(b: &[u8], packet: &str) -> Result<Vec<u8>, Error> {
    let (chunks, trailer) = parse(b)?;
    let mut data = Vec::with_capacity(XMP_KEYWORD.len() + 5 + packet.len());
    data.extend_from_slice(XMP_KEYWORD);
    // NUL, compression flag 0, method 0, empty language tag, empty translated keyword.
    data.extend_from_slice(&[0, 0, 0, 0, 0]);
    data.extend_from_slice(packet.as_bytes());
    let ours = chunk(b"iTXt", &data);
    let mut out = Vec::with_capacity(b.len() + ours.len());
    out.extend_from_slice(SIGNATURE);
    let mut placed = false;
    for c in &chunks {
        if is_xmp(c) {
            continue;
        }
        if !placed && &c.kind == b"IDAT" {
            out.extend_from_slice(&ours);
            placed = true;
        }
        out.extend_from_slice(c.raw);
    }
    out.extend_from_slice(trailer);
    Ok(out)
}

/// The XMP packet of a PNG, if it has one (compressed or not).
pub fn xmp(b: &[u8]) -> Result<Option<String>, Error> {
    let (chunks, _) = parse(b)?;
    let Some(c) = chunks.iter().find(|c| is_xmp(c)) else {
        return Ok(None);
    };
    let rest = &c.data[XMP_KEYWORD.len() + 1..];
    let [flag, _method, rest @ ..] = rest else {
        return Err(Error::corrupt(F, "XMP-blocket är ofullständigt"));
    };
    // Skip the language tag and the translated keyword.
    let mut r = rest;
    for _ in 0..2 {
        let nul = memchr::memchr(0, r)
            .ok_or_else(|| Error::corrupt(F, "XMP-blocket är ofullständigt"))?;
        r = &r[nul + 1..];
    }
    let text = if *flag == 1 {
        let mut s = Vec::new();
        flate2::read::ZlibDecoder::new(r)
            .take(16 << 20)
            .read_to_end(&mut s)
            .map_err(|_| Error::corrupt(F, "det komprimerade XMP-blocket går inte att läsa"))?;
        s
    } else {
        r.to_vec()
    };
    Ok(Some(String::from_utf8_lossy(&text).into_owned()))
}
