//! WebP: the XMP packet goes in an `XMP ` chunk of the extended format, with the XMP flag
//! set in `VP8X`. A simple file (one `VP8 ` or `VP8L` chunk) is turned into the extended
//! format: a `VP8X` chunk with the canvas size read from the bitstream's header is put in
//! front, and the bitstream chunk itself is copied byte for byte. An existing `XMP ` chunk
//! is replaced; the RIFF size is recomputed.

use crate::{Error, Format};

const F: Format = Format::Webp;
const FLAG_XMP: u8 = 0x04;
const FLAG_ALPHA: u8 = 0x10;

/// One chunk.
struct Chunk<'a> {
    fourcc: [u8; 4],
    data: &'a [u8],
    /// Header, data and padding.
    raw: &'a [u8],
}

/// The chunks, and whatever follows the RIFF container.
fn parse(b: &[u8]) -> Result<(Vec<Chunk<'_>>, &[u8]), Error> {
    if b.len() < 12 || &b[0..4] != b"RIFF" || &b[8..12] != b"WEBP" {
        return Err(Error::corrupt(F, "RIFF-huvudet saknas"));
    }
    let size = u32::from_le_bytes([b[4], b[5], b[6], b[7]]) as usize;
    if size < 4 {
        return Err(Error::corrupt(F, "ogiltig RIFF-storlek"));
    }
    let end = 8usize
        .checked_add(size)
        .ok_or_else(|| Error::corrupt(F, "ogiltig RIFF-storlek"))?;
    if end > b.len() {
        return Err(Error::Truncated(
            F,
            "filen är kortare än RIFF-huvudet anger",
        ));
    }
    let mut pos = 12;
    let mut chunks = Vec::new();
    while pos < end {
        if end - pos < 8 {
            return Err(Error::corrupt(F, "ofullständigt block"));
        }
        let fourcc = [b[pos], b[pos + 1], b[pos + 2], b[pos + 3]];
        let len = u32::from_le_bytes([b[pos + 4], b[pos + 5], b[pos + 6], b[pos + 7]]) as usize;
        let data_end = pos + 8 + len;
        let padded = data_end + (len & 1);
        if padded > end {
            return Err(if end == b.len() {
                Error::Truncated(F, "ett block fortsätter efter filens slut")
            } else {
                Error::corrupt(F, "ett block fortsätter efter RIFF-behållaren")
            });
        }
        chunks.push(Chunk {
            fourcc,
            data: &b[pos + 8..data_end],
            raw: &b[pos..padded],
        });
        pos = padded;
    }
    let Some(first) = chunks.first() else {
        return Err(Error::corrupt(F, "bilddata saknas"));
    };
    match &first.fourcc {
        b"VP8 " | b"VP8L" => {
            if chunks.len() != 1 {
                return Err(Error::corrupt(F, "oväntade block i en enkel WebP-fil"));
            }
            canvas(first)?;
        }
        b"VP8X" => {
            if first.data.len() < 10 {
                return Err(Error::corrupt(F, "VP8X-blocket är för kort"));
            }
            if !chunks
                .iter()
                .any(|c| matches!(&c.fourcc, b"VP8 " | b"VP8L" | b"ANMF"))
            {
                return Err(Error::corrupt(F, "bilddata saknas"));
            }
        }
        _ => return Err(Error::corrupt(F, "okänt första block")),
    }
    Ok((chunks, &b[end..]))
}

/// Canvas width, height and whether the bitstream declares alpha, from a simple file's
/// bitstream header.
fn canvas(c: &Chunk<'_>) -> Result<(u32, u32, bool), Error> {
    let d = c.data;
    match &c.fourcc {
        b"VP8 " => {
            if d.len() < 10 {
                return Err(Error::Truncated(F, "VP8-huvudet är ofullständigt"));
            }
            if d[0] & 1 != 0 {
                return Err(Error::corrupt(
                    F,
                    "VP8-bilden börjar inte med en nyckelbild",
                ));
            }
            if d[3..6] != [0x9D, 0x01, 0x2A] {
                return Err(Error::corrupt(F, "VP8-startkoden saknas"));
            }
            let w = u16::from_le_bytes([d[6], d[7]]) & 0x3FFF;
            let h = u16::from_le_bytes([d[8], d[9]]) & 0x3FFF;
            if w == 0 || h == 0 {
                return Err(Error::corrupt(F, "VP8-bilden har storleken noll"));
            }
            Ok((w as u32, h as u32, false))
        }
        b"VP8L" => {
            if d.len() < 5 {
                return Err(Error::Truncated(F, "VP8L-huvudet är ofullständigt"));
            }
            if d[0] != 0x2F {
                return Err(Error::corrupt(F, "VP8L-signaturen saknas"));
            }
            let bits = u32::from_le_bytes([d[1], d[2], d[3], d[4]]);
            if bits >> 29 != 0 {
                return Err(Error::corrupt(F, "okänd VP8L-version"));
            }
            let w = (bits & 0x3FFF) + 1;
            let h = ((bits >> 14) & 0x3FFF) + 1;
            Ok((w, h, (bits >> 28) & 1 == 1))
        }
        _ => Err(Error::corrupt(F, "okänt bildblock")),
    }
}

fn chunk(fourcc: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut o = Vec::with_capacity(data.len() + 9);
    o.extend_from_slice(fourcc);
    o.extend_from_slice(&(data.len() as u32).to_le_bytes());
    o.extend_from_slice(data);
    if data.len() % 2 == 1 {
        o.push(0);
    }
    o
}

/// The bytes with `packet` as the `XMP ` chunk.
pub fn label(b: &[u8], packet: &str) -> Result<Vec<u8>, Error> {
    let (chunks, trailer) = parse(b)?;
    let ours = chunk(b"XMP ", packet.as_bytes());
    let mut body: Vec<u8> = Vec::with_capacity(b.len() + ours.len() + 18);
    if &chunks[0].fourcc == b"VP8X" {
        // The XMP chunk follows the image data and EXIF, before any unknown chunks.
        let known = |c: &Chunk<'_>| {
            matches!(
                &c.fourcc,
                b"VP8X" | b"ICCP" | b"ANIM" | b"ANMF" | b"ALPH" | b"VP8 " | b"VP8L" | b"EXIF"
            )
        };
        let kept: Vec<&Chunk<'_>> = chunks.iter().filter(|c| &c.fourcc != b"XMP ").collect();
        let at = kept
            .iter()
            .rposition(|c| known(c))
            .map_or(kept.len(), |i| i + 1);
        for (i, c) in kept.iter().enumerate() {
            if i == 0 {
                // VP8X: the same chunk with the XMP flag set.
                let mut data = c.data.to_vec();
                data[0] |= FLAG_XMP;
                body.extend_from_slice(&chunk(b"VP8X", &data));
            } else {
                body.extend_from_slice(c.raw);
            }
            if i + 1 == at {
                body.extend_from_slice(&ours);
            }
        }
    } else {
        let (w, h, alpha) = canvas(&chunks[0])?;
        let mut x = [0u8; 10];
        x[0] = FLAG_XMP | if alpha { FLAG_ALPHA } else { 0 };
        x[4..7].copy_from_slice(&(w - 1).to_le_bytes()[..3]);
        x[7..10].copy_from_slice(&(h - 1).to_le_bytes()[..3]);
        body.extend_from_slice(&chunk(b"VP8X", &x));
        body.extend_from_slice(chunks[0].raw);
        body.extend_from_slice(&ours);
    }
    let size = u32::try_from(body.len() + 4)
        .map_err(|_| Error::Unsupported(F, "filen blir för stor för RIFF".into()))?;
    let mut out = Vec::with_capacity(body.len() + 12 + trailer.len());
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&body);
    out.extend_from_slice(trailer);
    Ok(out)
}

/// The XMP packet of a WebP file, if it has one.
pub fn xmp(b: &[u8]) -> Result<Option<String>, Error> {
    let (chunks, _) = parse(b)?;
    Ok(chunks
        .iter()
        .find(|c| &c.fourcc == b"XMP ")
        .map(|c| String::from_utf8_lossy(c.data).into_owned()))
}
