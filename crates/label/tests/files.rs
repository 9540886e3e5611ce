//! Labels real PNG, JPEG, WebP, PDF and DOCX files made here (or, for lossy WebP, shipped in
//! tests/data, made with cwebp), reads the labels back with an independent reader
//! (exiftool, Debian's libimage-exiftool-perl), and checks that the pixels and the image
//! data bytes are unchanged. Broken, truncated and misnamed files must give an error.

use image::{ImageEncoder, RgbaImage};
use serde_json::Value;
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::Command;
use vakt_label::{check, label, Error, Format, Label, DIGITAL_SOURCE_TYPE};

const TOOL: &str = "Bildtjänsten Å&Ö";
const DESC: &str = "Bild genererad av AI (Bildtjänsten Å&Ö)";

fn picture(w: u32, h: u32) -> RgbaImage {
    RgbaImage::from_fn(w, h, |x, y| {
        image::Rgba([
            (x * 17 % 256) as u8,
            (y * 29 % 256) as u8,
            ((x + y) * 7 % 256) as u8,
            if (x + y) % 5 == 0 { 128 } else { 255 },
        ])
    })
}

fn png_bytes() -> Vec<u8> {
    let img = picture(23, 17);
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(img.as_raw(), 23, 17, image::ExtendedColorType::Rgba8)
        .unwrap();
    out
}

fn jpeg_bytes() -> Vec<u8> {
    let img = image::DynamicImage::ImageRgba8(picture(40, 24)).to_rgb8();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .write_image(img.as_raw(), 40, 24, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// A JPEG with an Exif APP1 segment (an empty TIFF IFD) after its APP0, like a camera's.
fn jpeg_with_exif() -> Vec<u8> {
    let j = jpeg_bytes();
    // TIFF header, one IFD entry (Orientation = 1), no next IFD.
    let exif = b"Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x01\0\0\0\0\0\0\0".to_vec();
    let mut seg = vec![0xFF, 0xE1];
    seg.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    seg.extend_from_slice(&exif);
    // After SOI and APP0 (JFIF).
    assert_eq!(&j[2..4], &[0xFF, 0xE0], "the encoder writes APP0 first");
    let app0_end = 4 + u16::from_be_bytes([j[4], j[5]]) as usize;
    let mut out = j[..app0_end].to_vec();
    out.extend_from_slice(&seg);
    out.extend_from_slice(&j[app0_end..]);
    out
}

fn webp_lossless_bytes() -> Vec<u8> {
    let img = picture(19, 11);
    let mut out = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut out)
        .write_image(img.as_raw(), 19, 11, image::ExtendedColorType::Rgba8)
        .unwrap();
    out
}

fn data(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name),
    )
    .unwrap()
}

const PAGE: &str = "BT /F1 12 Tf 20 50 Td (Hej) Tj ET";

/// A minimal one-page PDF with a classic cross-reference table and an Info dictionary.
fn pdf_bytes() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>".to_string(),
        format!("<< /Length {} >>\nstream\n{PAGE}\nendstream", PAGE.len()),
        "<< /Title (Rapport) /Producer (handgjord) >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
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
            "trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A PDF written by lopdf with a cross-reference stream and object streams (PDF 1.5+).
fn pdf_modern_bytes() -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(dictionary! {}, b"BT ET".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 100.into(), 100.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! {"Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1},
        ),
    );
    let catalog = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id});
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_modern(&mut out).unwrap();
    out
}

fn docx_bytes(with_custom: bool) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflate = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let custom_ct = if with_custom {
        r#"<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>"#
    } else {
        ""
    };
    let custom_rel = if with_custom {
        r#"<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>"#
    } else {
        ""
    };
    w.start_file("[Content_Types].xml", deflate).unwrap();
    w.write_all(format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>{custom_ct}</Types>"#).as_bytes()).unwrap();
    w.start_file("_rels/.rels", deflate).unwrap();
    w.write_all(format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>{custom_rel}</Relationships>"#).as_bytes()).unwrap();
    w.start_file("word/document.xml", deflate).unwrap();
    w.write_all(br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ett utkast skrivet av AI.</w:t></w:r></w:p></w:body></w:document>"#).unwrap();
    w.start_file("docProps/core.xml", stored).unwrap();
    w.write_all(br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Utkast</dc:title><dc:creator>Anna</dc:creator></cp:coreProperties>"#).unwrap();
    if with_custom {
        w.start_file("docProps/custom.xml", deflate).unwrap();
        w.write_all(br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diarienummer"><vt:lpwstr>KS 2026/17</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="AILabel"><vt:lpwstr>gammal</vt:lpwstr></property></Properties>"#).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// exiftool's JSON for a file, with the given tag options.
fn exiftool(bytes: &[u8], ext: &str, opts: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(format!("f.{ext}"));
    std::fs::write(&p, bytes).unwrap();
    let out = Command::new("exiftool")
        .args(["-j", "-m"])
        .args(opts)
        .arg(&p)
        .output()
        .expect("exiftool must be installed (Debian package libimage-exiftool-perl)");
    assert!(
        out.status.success(),
        "exiftool failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v[0].clone()
}

/// Asserts exiftool reads the XMP label from a file.
fn assert_xmp_label(bytes: &[u8], ext: &str, desc: &str) {
    let v = exiftool(bytes, ext, &["-XMP:all"]);
    assert_eq!(v["DigitalSourceType"], DIGITAL_SOURCE_TYPE, "{v}");
    assert_eq!(v["Description"], desc, "{v}");
    let warn = exiftool(bytes, ext, &["-Warning", "-Error"]);
    assert!(
        warn.get("Error").is_none(),
        "exiftool reports an error: {warn}"
    );
    assert!(warn.get("Warning").is_none(), "exiftool warns: {warn}");
}

fn png_chunks(b: &[u8]) -> Vec<([u8; 4], Vec<u8>)> {
    let mut pos = 8;
    let mut out = Vec::new();
    while pos + 12 <= b.len() {
        let len = u32::from_be_bytes(b[pos..pos + 4].try_into().unwrap()) as usize;
        let kind: [u8; 4] = b[pos + 4..pos + 8].try_into().unwrap();
        out.push((kind, b[pos + 8..pos + 8 + len].to_vec()));
        pos += 12 + len;
        if &kind == b"IEND" {
            break;
        }
    }
    out
}

fn idat(b: &[u8]) -> Vec<u8> {
    png_chunks(b)
        .into_iter()
        .filter(|(k, _)| k == b"IDAT")
        .flat_map(|(_, d)| d)
        .collect()
}

fn pixels(b: &[u8]) -> Vec<u8> {
    image::load_from_memory(b).unwrap().to_rgba8().into_raw()
}

/// The bytes from the first SOS marker on.
fn jpeg_scans(b: &[u8]) -> &[u8] {
    let mut pos = 2;
    loop {
        assert_eq!(b[pos], 0xFF);
        let m = b[pos + 1];
        if m == 0xDA {
            return &b[pos..];
        }
        pos += 2 + u16::from_be_bytes([b[pos + 2], b[pos + 3]]) as usize;
    }
}

fn webp_chunks(b: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut pos = 12;
    let mut out = Vec::new();
    while pos + 8 <= b.len() {
        let cc = String::from_utf8_lossy(&b[pos..pos + 4]).into_owned();
        let len = u32::from_le_bytes(b[pos + 4..pos + 8].try_into().unwrap()) as usize;
        out.push((cc, b[pos + 8..pos + 8 + len].to_vec()));
        pos += 8 + len + (len & 1);
    }
    assert_eq!(
        pos,
        b.len(),
        "chunks must end exactly at the end of the file"
    );
    out
}

fn lab() -> Label {
    Label::new(Some(TOOL)).unwrap()
}

#[test]
fn png_is_labelled_and_pixels_are_unchanged() {
    let before = png_bytes();
    assert!(!check(&before, Some("a.png")).unwrap().labelled());
    let l = label(&before, Some("a.png"), &lab()).unwrap();
    assert_eq!(l.format, Format::Png);
    let after = l.bytes;
    assert_xmp_label(&after, "png", DESC);
    assert_eq!(pixels(&before), pixels(&after));
    assert_eq!(idat(&before), idat(&after), "IDAT bytes must be identical");
    // The iTXt chunk is before the first IDAT.
    let kinds: Vec<[u8; 4]> = png_chunks(&after).into_iter().map(|(k, _)| k).collect();
    let itxt = kinds.iter().position(|k| k == b"iTXt").unwrap();
    let first_idat = kinds.iter().position(|k| k == b"IDAT").unwrap();
    assert!(itxt < first_idat);
    let s = check(&after, Some("a.png")).unwrap();
    assert!(s.labelled());
    assert_eq!(s.description.as_deref(), Some(DESC));
    // Labelling again replaces the label: one XMP chunk, the new description.
    let again = label(&after, None, &Label::new(Some("Annat")).unwrap())
        .unwrap()
        .bytes;
    let n = png_chunks(&again)
        .iter()
        .filter(|(k, _)| k == b"iTXt")
        .count();
    assert_eq!(n, 1);
    assert_xmp_label(&again, "png", "Bild genererad av AI (Annat)");
    assert_eq!(idat(&before), idat(&again));
    // Same label twice: same bytes.
    assert_eq!(label(&after, None, &lab()).unwrap().bytes, after);
}

#[test]
fn jpeg_is_labelled_after_app0_and_exif_and_scans_are_unchanged() {
    let before = jpeg_with_exif();
    let after = label(&before, Some("foto.JPG"), &lab()).unwrap().bytes;
    assert_xmp_label(&after, "jpg", DESC);
    assert_eq!(
        jpeg_scans(&before),
        jpeg_scans(&after),
        "scan bytes must be identical"
    );
    assert_eq!(pixels(&before), pixels(&after));
    // SOI, APP0, APP1 Exif, APP1 XMP.
    let mut pos = 2;
    let mut order = Vec::new();
    while after[pos + 1] != 0xDA {
        let len = u16::from_be_bytes([after[pos + 2], after[pos + 3]]) as usize;
        let payload = &after[pos + 4..pos + 2 + len];
        order.push(match after[pos + 1] {
            0xE0 => "APP0",
            0xE1 if payload.starts_with(b"Exif\0\0") => "Exif",
            0xE1 if payload.starts_with(b"http://ns.adobe.com/xap/1.0/\0") => "XMP",
            _ => "other",
        });
        pos += 2 + len;
    }
    assert_eq!(&order[..3], &["APP0", "Exif", "XMP"], "{order:?}");
    let exif = exiftool(&after, "jpg", &["-EXIF:Orientation"]);
    assert_eq!(
        exif["Orientation"], "Horizontal (normal)",
        "the Exif segment stays: {exif}"
    );
    assert!(check(&after, None).unwrap().labelled());
    // Relabel: still one XMP segment.
    let again = label(&after, None, &lab()).unwrap().bytes;
    assert_eq!(again, after);
}

#[test]
fn lossless_webp_becomes_extended_with_xmp() {
    let before = webp_lossless_bytes();
    assert_eq!(&before[12..16], b"VP8L");
    let after = label(&before, Some("bild.webp"), &lab()).unwrap().bytes;
    assert_xmp_label(&after, "webp", DESC);
    assert_eq!(pixels(&before), pixels(&after));
    let c = webp_chunks(&after);
    assert_eq!(c[0].0, "VP8X");
    assert_eq!(c[0].1[0] & 0x04, 0x04, "XMP flag");
    let w = u32::from_le_bytes([c[0].1[4], c[0].1[5], c[0].1[6], 0]) + 1;
    let h = u32::from_le_bytes([c[0].1[7], c[0].1[8], c[0].1[9], 0]) + 1;
    assert_eq!((w, h), (19, 11));
    assert_eq!(
        c[1],
        webp_chunks(&before)[0],
        "the VP8L chunk is copied as it was"
    );
    assert_eq!(c[2].0, "XMP ");
    assert_eq!(
        u32::from_le_bytes(after[4..8].try_into().unwrap()) as usize,
        after.len() - 8
    );
    let v = exiftool(&after, "webp", &["-ImageWidth", "-ImageHeight"]);
    assert_eq!(
        (v["ImageWidth"].as_u64(), v["ImageHeight"].as_u64()),
        (Some(19), Some(11))
    );
}

#[test]
fn lossy_webp_simple_and_extended() {
    for (name, expect_first) in [("lossy.webp", "VP8 "), ("lossy-alpha.webp", "VP8X")] {
        let before = data(name);
        assert_eq!(&before[12..16], expect_first.as_bytes());
        let after = label(&before, Some(name), &lab()).unwrap().bytes;
        assert_xmp_label(&after, "webp", DESC);
        assert_eq!(pixels(&before), pixels(&after), "{name}");
        let (b, a) = (webp_chunks(&before), webp_chunks(&after));
        for (cc, d) in b.iter().filter(|(cc, _)| cc != "VP8X") {
            assert!(
                a.iter().any(|(c2, d2)| c2 == cc && d2 == d),
                "{name}: {cc} changed"
            );
        }
        assert_eq!(a[0].0, "VP8X");
        assert_eq!(a.last().unwrap().0, "XMP ");
        let w = u32::from_le_bytes([a[0].1[4], a[0].1[5], a[0].1[6], 0]) + 1;
        let h = u32::from_le_bytes([a[0].1[7], a[0].1[8], a[0].1[9], 0]) + 1;
        assert_eq!((w, h), (13, 9), "{name}");
        if name == "lossy-alpha.webp" {
            assert_eq!(a[0].1[0] & 0x10, 0x10, "the alpha flag stays");
        }
        assert!(check(&after, Some(name)).unwrap().labelled());
        let again = label(&after, None, &lab()).unwrap().bytes;
        assert_eq!(again, after);
    }
}

#[test]
fn pdf_gets_an_incremental_update() {
    for (name, before) in [("klassisk", pdf_bytes()), ("modern", pdf_modern_bytes())] {
        let desc = "Dokument genererat av AI (Bildtjänsten Å&Ö)";
        let after = label(&before, Some("r.pdf"), &lab()).unwrap().bytes;
        assert!(
            after.starts_with(&before),
            "{name}: the original bytes stay in front"
        );
        assert_xmp_label(&after, "pdf", desc);
        let info = exiftool(&after, "pdf", &["-PDF:all"]);
        assert_eq!(
            info["DigitalSourceType"], DIGITAL_SOURCE_TYPE,
            "{name}: {info}"
        );
        assert_eq!(info["AILabel"], desc, "{name}: {info}");
        if name == "klassisk" {
            assert_eq!(info["Title"], "Rapport", "{info}");
        }
        let doc = lopdf::Document::load_mem_with_options(
            &after,
            lopdf::LoadOptions {
                strict: true,
                ..Default::default()
            },
        )
        .unwrap();
        assert!(doc.xref_recovery.is_none(), "{name}");
        assert_eq!(doc.get_pages().len(), 1, "{name}");
        let s = check(&after, None).unwrap();
        assert!(s.labelled(), "{name}");
        assert_eq!(s.description.as_deref(), Some(desc));
        assert!(!check(&before, None).unwrap().labelled());
        // A second label is one more update on top, still readable.
        let again = label(&after, None, &Label::new(Some("X")).unwrap())
            .unwrap()
            .bytes;
        assert!(again.starts_with(&after));
        assert_xmp_label(&again, "pdf", "Dokument genererat av AI (X)");
    }
}

fn zip_entries(b: &[u8]) -> Vec<(String, Vec<u8>, Vec<u8>)> {
    let mut a = zip::ZipArchive::new(Cursor::new(b)).unwrap();
    let mut out = Vec::new();
    for i in 0..a.len() {
        let mut raw = Vec::new();
        let name = {
            let mut f = a.by_index_raw(i).unwrap();
            f.read_to_end(&mut raw).unwrap();
            f.name().unwrap().into_owned()
        };
        let mut plain = Vec::new();
        a.by_index(i).unwrap().read_to_end(&mut plain).unwrap();
        out.push((name, raw, plain));
    }
    out
}

#[test]
fn docx_gets_custom_properties_and_other_entries_stay() {
    for with_custom in [false, true] {
        let before = docx_bytes(with_custom);
        let after = label(&before, Some("utkast.docx"), &lab()).unwrap().bytes;
        let desc = "Dokument genererat av AI (Bildtjänsten Å&Ö)";
        let b = zip_entries(&before);
        let a = zip_entries(&after);
        for (name, raw, _) in &b {
            if ["docProps/custom.xml", "_rels/.rels", "[Content_Types].xml"]
                .contains(&name.as_str())
            {
                continue;
            }
            let (_, raw2, _) = a.iter().find(|(n, _, _)| n == name).unwrap();
            assert_eq!(raw, raw2, "{name} must be copied byte for byte");
        }
        let v = exiftool(&after, "docx", &["-XML:all", "-XMP:all"]);
        assert_eq!(v["DigitalSourceType"], DIGITAL_SOURCE_TYPE, "{v}");
        assert_eq!(v["AILabel"], desc, "{v}");
        assert_eq!(v["Title"], "Utkast", "{v}");
        if with_custom {
            assert_eq!(v["Diarienummer"], "KS 2026/17", "{v}");
            let custom = &a
                .iter()
                .find(|(n, _, _)| n == "docProps/custom.xml")
                .unwrap()
                .2;
            let custom = String::from_utf8_lossy(custom);
            assert_eq!(custom.matches("name=\"AILabel\"").count(), 1, "{custom}");
            assert!(!custom.contains("gammal"));
        }
        let s = check(&after, Some("utkast.docx")).unwrap();
        assert!(s.labelled());
        assert_eq!(s.description.as_deref(), Some(desc));
        assert!(!check(&before, None).unwrap().labelled());
        let again = label(&after, None, &lab()).unwrap().bytes;
        assert!(check(&again, None).unwrap().labelled());
        let custom = zip_entries(&again)
            .into_iter()
            .find(|(n, _, _)| n == "docProps/custom.xml")
            .unwrap()
            .2;
        assert_eq!(
            String::from_utf8_lossy(&custom)
                .matches("name=\"DigitalSourceType\"")
                .count(),
            1
        );
        let rels = zip_entries(&again)
            .into_iter()
            .find(|(n, _, _)| n == "_rels/.rels")
            .unwrap()
            .2;
        assert_eq!(
            String::from_utf8_lossy(&rels)
                .matches("custom-properties\"")
                .count(),
            1
        );
    }
}

/// Every broken input gives an error (never a panic, never output).
fn assert_refused(bytes: &[u8], name: Option<&str>, what: &str) -> Error {
    let e = match label(bytes, name, &lab()) {
        Ok(l) => panic!("{what}: labelled as {} instead of an error", l.format),
        Err(e) => e,
    };
    assert!(check(bytes, name).is_err(), "check must refuse too: {what}");
    e
}

#[test]
fn truncated_files_are_refused() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("x.png", png_bytes()),
        ("x.jpg", jpeg_bytes()),
        ("x.webp", webp_lossless_bytes()),
        ("x.webp", data("lossy.webp")),
        ("x.pdf", pdf_bytes()),
        ("x.pdf", pdf_modern_bytes()),
        ("x.docx", docx_bytes(false)),
    ];
    for (name, full) in cases {
        // (A PDF missing only its last newline is complete.)
        let last = if name == "x.pdf" { 7 } else { 1 };
        for cut in [full.len() - last, full.len() * 2 / 3, full.len() / 3, 20] {
            let e = assert_refused(&full[..cut], Some(name), &format!("{name} cut at {cut}"));
            let msg = e.to_string();
            assert!(
                matches!(
                    e,
                    Error::Truncated(..) | Error::Corrupt(..) | Error::Mismatch { .. }
                ),
                "{name}@{cut}: {msg}"
            );
        }
    }
}

#[test]
fn corrupt_files_are_refused() {
    // PNG: one flipped bit in IDAT breaks its CRC.
    let mut p = png_bytes();
    let at = p.windows(4).position(|w| w == b"IDAT").unwrap() + 6;
    p[at] ^= 1;
    let e = assert_refused(&p, Some("x.png"), "png crc");
    assert!(e.to_string().contains("kontrollsumman"), "{e}");
    // JPEG: a segment length pointing past the end.
    let mut j = jpeg_bytes();
    j[4] = 0xFF;
    j[5] = 0xFF;
    assert_refused(&j, Some("x.jpg"), "jpeg length");
    // WebP: RIFF size larger than the file.
    let mut w = webp_lossless_bytes();
    let big = (w.len() as u32 + 100).to_le_bytes();
    w[4..8].copy_from_slice(&big);
    assert_refused(&w, Some("x.webp"), "webp riff size");
    // WebP: a VP8 chunk whose start code is wrong.
    let mut v = data("lossy.webp");
    v[20 + 3] = 0;
    assert_refused(&v, Some("x.webp"), "vp8 start code");
    // PDF: startxref pointing at the wrong place.
    let p = pdf_bytes();
    let s = String::from_utf8_lossy(&p).into_owned();
    let xref = s.rfind("startxref\n").unwrap() + "startxref\n".len();
    let end = s[xref..].find('\n').unwrap() + xref;
    let broken = format!("{}{}{}", &s[..xref], "17", &s[end..]);
    assert_refused(broken.as_bytes(), Some("x.pdf"), "pdf xref");
    // DOCX: a flipped byte in a deflated entry breaks its CRC.
    let mut d = docx_bytes(false);
    let at = d
        .windows(17)
        .position(|w| w == b"word/document.xml")
        .unwrap()
        + 17
        + 10;
    d[at] ^= 0x55;
    assert_refused(&d, Some("x.docx"), "docx crc");
    // Empty and random input.
    assert_refused(b"", Some("x.png"), "empty");
    assert_refused(b"hej hej", None, "text");
    assert_eq!(
        label(b"hej hej", None, &lab()).unwrap_err(),
        Error::UnknownFormat
    );
}

#[test]
fn misnamed_files_are_refused() {
    let e = assert_refused(&png_bytes(), Some("bild.jpg"), "png named jpg");
    assert_eq!(
        e,
        Error::Mismatch {
            expected: Format::Jpeg,
            actual: Some(Format::Png)
        }
    );
    assert!(
        e.to_string()
            .contains("filnamnet säger JPEG men innehållet är PNG"),
        "{e}"
    );
    let e = assert_refused(b"just text", Some("bild.png"), "text named png");
    assert!(matches!(e, Error::Mismatch { actual: None, .. }));
    assert_refused(&pdf_bytes(), Some("a.docx"), "pdf named docx");
    // A ZIP that is not an Office document.
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    w.start_file("a.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    w.write_all(b"hej").unwrap();
    let z = w.finish().unwrap().into_inner();
    assert_refused(&z, Some("a.docx"), "zip named docx");
    // An unknown extension is judged by content alone.
    assert!(label(&png_bytes(), Some("bild.bin"), &lab()).is_ok());
}

#[test]
fn label_image_refuses_documents() {
    assert!(vakt_label::label_image(&png_bytes(), &lab()).is_ok());
    assert!(matches!(
        vakt_label::label_image(&pdf_bytes(), &lab()),
        Err(Error::Unsupported(Format::Pdf, _))
    ));
}

#[test]
fn fuzzed_inputs_never_panic() {
    let seeds = [
        png_bytes(),
        jpeg_with_exif(),
        webp_lossless_bytes(),
        data("lossy-alpha.webp"),
        pdf_bytes(),
        docx_bytes(true),
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for s in &seeds {
        for _ in 0..300 {
            let mut b = s.clone();
            for _ in 0..1 + (x % 4) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let i = (x as usize) % b.len();
                b[i] = (x >> 32) as u8;
            }
            // Either a clean error, or output that is itself valid and labelled.
            if let Ok(l) = label(&b, None, &lab()) {
                assert!(check(&l.bytes, None).unwrap().labelled());
            }
        }
    }
}

/// exiftool as the writer: vakt reads its labels, and replaces its XMP cleanly.
#[test]
fn labels_written_by_exiftool_are_read_and_replaced() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("png", png_bytes()),
        ("jpg", jpeg_with_exif()),
        ("webp", webp_lossless_bytes()),
        ("pdf", pdf_bytes()),
    ];
    for (ext, bytes) in cases {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(format!("f.{ext}"));
        std::fs::write(&p, &bytes).unwrap();
        let out = Command::new("exiftool")
            .args(["-q", "-overwrite_original"])
            .arg(format!(
                "-XMP-iptcExt:DigitalSourceType={DIGITAL_SOURCE_TYPE}"
            ))
            .arg("-XMP-dc:Description=Skapad med exiftool")
            .arg("-XMP-dc:Creator=Anna")
            .arg(&p)
            .output()
            .expect("exiftool must be installed (Debian package libimage-exiftool-perl)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let by_exiftool = std::fs::read(&p).unwrap();
        let s = check(&by_exiftool, Some(&format!("f.{ext}"))).unwrap();
        assert!(s.labelled(), "{ext}: exiftool's label is not read");
        assert_eq!(
            s.description.as_deref(),
            Some("Skapad med exiftool"),
            "{ext}"
        );
        let after = label(&by_exiftool, None, &lab()).unwrap().bytes;
        let desc = if ext == "pdf" {
            "Dokument genererat av AI (Bildtjänsten Å&Ö)"
        } else {
            DESC
        };
        assert_xmp_label(&after, ext, desc);
        if ext != "pdf" {
            assert_eq!(pixels(&by_exiftool), pixels(&after), "{ext}");
        }
    }
}
