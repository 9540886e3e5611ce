//! Decoding text files: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Whether `bytes` look like binary data rather than text: a NUL byte, or many control
/// characters, in the first 8 KiB (a UTF-16 BOM counts as text).
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 10 > head.len().max(1)
}

/// Decodes a text file to UTF-8. Returns the text and, when it was not clean UTF-8, a Swedish
/// note saying how it was read.
///
/// - a UTF-8 BOM is dropped; a UTF-16 BOM selects UTF-16;
/// - valid UTF-8 is taken as is;
/// - mostly-UTF-8 text with a few broken bytes is decoded lossily (U+FFFD);
/// - anything else is read as Windows-1252, the usual encoding of older Swedish files.
pub fn decode_text(bytes: &[u8]) -> (String, Option<String>) {
    decode_owned(bytes.to_vec())
}

/// [`decode_text`] without a copy when the bytes are valid UTF-8.
pub fn decode_owned(mut bytes: Vec<u8>) -> (String, Option<String>) {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        let (t, _, bad) = UTF_16LE.decode(&bytes);
        return (t.into_owned(), Some(utf16_note(bad)));
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        let (t, _, bad) = UTF_16BE.decode(&bytes);
        return (t.into_owned(), Some(utf16_note(bad)));
    }
    match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let bytes = e.into_bytes();
            let (t, note) = decode_non_utf8(&bytes, Encoding::Guess);
            (t, Some(note))
        }
    }
}

fn utf16_note(bad: bool) -> String {
    if bad {
        "UTF-16 med trasiga tecken: de ersattes med \u{fffd}".into()
    } else {
        "avkodad som UTF-16".into()
    }
}

/// How to read bytes that are not valid UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// Decide from the bytes.
    Guess,
    /// UTF-8, broken sequences replaced by U+FFFD.
    LossyUtf8,
    /// Windows-1252.
    Windows1252,
}

/// Picks lossy UTF-8 when the bytes hold more valid multi-byte UTF-8 sequences than broken
/// ones (a UTF-8 file with some damage), else Windows-1252 (a Latin-1/CP1252 file).
pub(crate) fn guess_encoding(bytes: &[u8]) -> Encoding {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                good += s.bytes().filter(|b| *b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let valid = &rest[..e.valid_up_to()];
                good += valid.iter().filter(|b| **b >= 0xC0).count();
                bad += 1;
                let skip = e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                rest = &rest[e.valid_up_to() + skip..];
            }
        }
    }
    if good > bad {
        Encoding::LossyUtf8
    } else {
        Encoding::Windows1252
    }
}

/// Decodes bytes that are not valid UTF-8; returns the text and a Swedish note.
pub(crate) fn decode_non_utf8(bytes: &[u8], enc: Encoding) -> (String, String) {
    let enc = match enc {
        Encoding::Guess => guess_encoding(bytes),
        e => e,
    };
    match enc {
        Encoding::Windows1252 => {
            let (t, _, _) = WINDOWS_1252.decode(bytes);
            (
                t.into_owned(),
                "inte giltig UTF-8: avkodad som Windows-1252".into(),
            )
        }
        _ => (
            String::from_utf8_lossy(bytes).into_owned(),
            "inte giltig UTF-8: trasiga byte ersattes med \u{fffd}".into(),
        ),
    }
}

/// Decodes with a fixed choice (used by the chunk reader so that all chunks agree).
pub(crate) fn decode_with(bytes: &[u8], enc: Encoding) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => decode_non_utf8(bytes, enc).0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept() {
        let (t, n) = decode_text("Åsa Öberg".as_bytes());
        assert_eq!(t, "Åsa Öberg");
        assert!(n.is_none());
    }

    #[test]
    fn windows_1252_is_decoded() {
        let (t, n) = decode_text(b"M\xe5rten \xd6berg, G\xe4vle");
        assert_eq!(t, "Mårten Öberg, Gävle");
        assert!(n.unwrap().contains("Windows-1252"));
    }

    #[test]
    fn mostly_utf8_is_lossy() {
        let mut b = "Åsa Öberg bor på Storgatan ".as_bytes().to_vec();
        b.push(0xFF);
        let (t, n) = decode_text(&b);
        assert!(t.starts_with("Åsa Öberg"));
        assert!(t.ends_with('\u{fffd}'));
        assert!(n.unwrap().contains('\u{fffd}'));
    }

    #[test]
    fn bom_and_utf16() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFhej").0, "hej");
        let mut u16 = vec![0xFF, 0xFE];
        for c in "Åsa".encode_utf16() {
            u16.extend_from_slice(&c.to_le_bytes());
        }
        assert_eq!(decode_text(&u16).0, "Åsa");
        assert!(!looks_binary(&u16));
    }

    #[test]
    fn binary_is_seen() {
        assert!(looks_binary(b"\x7fELF\x02\x01\x01\x00\x00"));
        assert!(!looks_binary("Hej Åsa\r\n".as_bytes()));
    }
}
