//! Small, valid files of each format, built in memory: for tests (here and in the CLI) and for
//! trying `vakt check` out. Also a zip bomb posing as a .docx, to prove the limits hold.

use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn zip_of(entries: &[(&str, String)]) -> Vec<u8> {
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, body) in entries {
        let opts = SimpleFileOptions::default().compression_method(if *name == "mimetype" {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        });
        w.start_file(*name, opts).expect("zip entry");
        w.write_all(body.as_bytes()).expect("zip write");
    }
    w.finish().expect("zip finish").into_inner()
}

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#;

/// A Word document with one paragraph per item.
pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| {
            format!(
                r#"<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
                esc(p)
            )
        })
        .collect();
    zip_of(&[
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.into()),
        ("_rels/.rels", format!(r#"{RELS}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)),
        ("word/document.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#)),
    ])
}

/// An Excel workbook with one sheet ("Blad1") of string cells.
pub fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut data = String::new();
    for (r, row) in rows.iter().enumerate() {
        data.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let col = (b'A' + c as u8) as char;
            data.push_str(&format!(
                r#"<c r="{col}{}" t="inlineStr"><is><t>{}</t></is></c>"#,
                r + 1,
                esc(cell)
            ));
        }
        data.push_str("</row>");
    }
    zip_of(&[
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.into()),
        ("_rels/.rels", format!(r#"{RELS}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)),
        ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.into()),
        ("xl/_rels/workbook.xml.rels", format!(r#"{RELS}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#)),
        ("xl/worksheets/sheet1.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{data}</sheetData></worksheet>"#)),
    ])
}

/// A PowerPoint presentation with one slide per item.
pub fn pptx(slides: &[&str]) -> Vec<u8> {
    let mut entries = vec![
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#.to_string()),
        ("ppt/presentation.xml", r#"<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>"#.to_string()),
    ];
    let names: Vec<String> = (1..=slides.len())
        .map(|i| format!("ppt/slides/slide{i}.xml"))
        .collect();
    for (name, text) in names.iter().zip(slides) {
        entries.push((name.as_str(), format!(r#"<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#, esc(text))));
    }
    zip_of(&entries)
}

fn odf(mimetype: &str, body: String) -> Vec<u8> {
    zip_of(&[
        ("mimetype", mimetype.to_string()),
        (
            "META-INF/manifest.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#
            ),
        ),
        (
            "content.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"><office:body>{body}</office:body></office:document-content>"#
            ),
        ),
    ])
}

/// An OpenDocument text with one paragraph per item.
pub fn odt(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<text:p>{}</text:p>", esc(p)))
        .collect();
    odf(
        "application/vnd.oasis.opendocument.text",
        format!("<office:text>{body}</office:text>"),
    )
}

/// An OpenDocument spreadsheet with one sheet ("Blad1") of string cells.
pub fn ods(rows: &[&[&str]]) -> Vec<u8> {
    let mut data = String::new();
    for row in rows {
        data.push_str("<table:table-row>");
        for cell in row.iter() {
            data.push_str(&format!(
                r#"<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                esc(cell)
            ));
        }
        data.push_str("</table:table-row>");
    }
    odf(
        "application/vnd.oasis.opendocument.spreadsheet",
        format!(
            r#"<office:spreadsheet><table:table table:name="Blad1">{data}</table:table></office:spreadsheet>"#
        ),
    )
}

/// A one-page PDF with one text line per item, in Helvetica with WinAnsiEncoding (so å, ä, ö
/// and other Windows-1252 characters work; others become `?`).
pub fn pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        content
            .extend_from_slice(format!("BT /F1 12 Tf 72 {} Td (", 770 - 16 * i as i32).as_bytes());
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(line);
        for &b in bytes.iter() {
            if matches!(b, b'(' | b')' | b'\\') {
                content.push(b'\\');
            }
            content.push(b);
        }
        content.extend_from_slice(b") Tj ET\n");
    }
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
    ];
    let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
    stream.extend_from_slice(&content);
    stream.extend_from_slice(b"\nendstream");
    objects.push(stream);
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, obj) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(obj);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// An e-mail with a quoted-printable body and a base64 text attachment.
pub fn eml(from: &str, subject: &str, body: &str, attachment: (&str, &str)) -> Vec<u8> {
    use base64_lite::encode;
    let qp = quoted_printable(body);
    format!(
        "From: {from}\r\nTo: registrator@kommun.example\r\nSubject: {subject}\r\nDate: Mon, 23 Nov 2026 08:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp}\r\n--XYZ\r\nContent-Type: text/plain; charset=utf-8; name=\"{name}\"\r\nContent-Disposition: attachment; filename=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--XYZ--\r\n",
        name = attachment.0,
        b64 = encode(attachment.1.as_bytes()),
    )
    .into_bytes()
}

fn quoted_printable(s: &str) -> String {
    let mut out = String::new();
    let mut col = 0;
    for &b in s.as_bytes() {
        let piece = if b == b'\n' {
            col = 0;
            out.push_str("\r\n");
            continue;
        } else if (b' '..=b'~').contains(&b) && b != b'=' {
            (b as char).to_string()
        } else {
            format!("={b:02X}")
        };
        if col + piece.len() > 72 {
            out.push_str("=\r\n");
            col = 0;
        }
        col += piece.len();
        out.push_str(&piece);
    }
    out
}

mod base64_lite {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    pub fn encode(data: &[u8]) -> String {
        let mut out = String::new();
        for c in data.chunks(3) {
            let n = (c[0] as u32) << 16
                | (*c.get(1).unwrap_or(&0) as u32) << 8
                | *c.get(2).unwrap_or(&0) as u32;
            for i in 0..4 {
                if i <= c.len() {
                    out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}

/// A zip bomb posing as a .docx: `word/document.xml` inflates to `inflated` bytes of spaces
/// while its header claims `claimed` bytes. The deflate stream is written by hand (one literal,
/// then length-258/distance-1 copies in fixed Huffman codes), so it is built in milliseconds
/// and is about `inflated / 158` bytes. Its CRC is wrong on purpose: a reader that trusts the
/// stream to its end has already used the memory.
pub fn zip_bomb_docx(inflated: u64, claimed: u32) -> Vec<u8> {
    let deflated = deflate_spaces(inflated);
    let mut out = Vec::new();
    let mut central = Vec::new();
    let mut add = |out: &mut Vec<u8>, name: &str, data: &[u8], method: u16, size: u32| {
        let offset = out.len() as u32;
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&sig.to_le_bytes());
            if central {
                h.extend_from_slice(&20u16.to_le_bytes()); // made by
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // version needed
            h.extend_from_slice(&0u16.to_le_bytes()); // flags
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&0u32.to_le_bytes()); // time, date
            h.extend_from_slice(&crc(data, method).to_le_bytes());
            h.extend_from_slice(&(data.len() as u32).to_le_bytes());
            h.extend_from_slice(&size.to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra
            if central {
                h.extend_from_slice(&[0; 6]); // comment, disk, internal attrs
                h.extend_from_slice(&0u32.to_le_bytes()); // external attrs
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name.as_bytes());
            h
        };
        out.extend_from_slice(&header(0x04034b50, false));
        out.extend_from_slice(data);
        central.push(header(0x02014b50, true));
    };
    let types = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#;
    add(
        &mut out,
        "[Content_Types].xml",
        types,
        0,
        types.len() as u32,
    );
    add(&mut out, "word/document.xml", &deflated, 8, claimed);
    let cd_start = out.len() as u32;
    let n = central.len() as u16;
    for c in &central {
        out.extend_from_slice(c);
    }
    let cd_len = out.len() as u32 - cd_start;
    out.extend_from_slice(&0x06054b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&cd_len.to_le_bytes());
    out.extend_from_slice(&cd_start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

fn crc(data: &[u8], method: u16) -> u32 {
    if method != 0 {
        return 0;
    }
    let mut c = !0u32;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// A raw deflate stream of `n` spaces in one fixed-Huffman block.
fn deflate_spaces(n: u64) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        len: u32,
    }
    impl Bits {
        fn put(&mut self, value: u64, len: u32) {
            self.acc |= value << self.len;
            self.len += len;
            while self.len >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.len -= 8;
            }
        }
        // Huffman codes are sent most significant bit first.
        fn code(&mut self, code: u32, len: u32) {
            let rev = code.reverse_bits() >> (32 - len);
            self.put(rev as u64, len);
        }
    }
    let mut b = Bits {
        out: Vec::new(),
        acc: 0,
        len: 0,
    };
    b.put(1, 1); // BFINAL
    b.put(1, 2); // BTYPE = 01, fixed Huffman
    let literal = |b: &mut Bits, v: u32| {
        if v < 144 {
            b.code(0x30 + v, 8)
        } else {
            b.code(0x190 + v - 144, 9)
        }
    };
    if n > 0 {
        literal(&mut b, b' ' as u32);
    }
    let mut left = n.saturating_sub(1);
    while left >= 258 {
        b.code(0xC0 + (285 - 280), 8); // length 258
        b.code(0, 5); // distance 1
        left -= 258;
    }
    for _ in 0..left {
        literal(&mut b, b' ' as u32);
    }
    b.code(0, 7); // end of block (256)
    if b.len > 0 {
        let acc = b.acc;
        b.out.push(acc as u8);
    }
    b.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn hand_made_deflate_inflates() {
        let d = deflate_spaces(100_000);
        let mut out = Vec::new();
        flate2::read::DeflateDecoder::new(&d[..])
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out.len(), 100_000);
        assert!(out.iter().all(|&b| b == b' '));
    }
}
