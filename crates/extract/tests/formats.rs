//! Each format vakt reads, built in memory (see `vakt_extract::samples`), extracted back.

use vakt_extract::{extract, extract_with, samples, ExtractError, Format, Limits};

const PNR: &str = "811218-9876";

#[test]
fn luhn_of_the_test_person_is_valid() {
    // 8112189876: the check digit over 811218987 is 6.
    let digits: Vec<u32> = "811218987"
        .chars()
        .map(|c| c.to_digit(10).unwrap())
        .collect();
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let v = if i % 2 == 0 { d * 2 } else { *d };
            v / 10 + v % 10
        })
        .sum();
    assert_eq!((10 - sum % 10) % 10, 6);
}

#[test]
fn docx_text_with_swedish_letters() {
    let bytes = samples::docx(&["Ärende: Åsa Öberg", &format!("Personnummer {PNR}, Gävle")]);
    let out = extract("brev.docx", &bytes).unwrap();
    assert_eq!(out.format, Format::Docx);
    assert_eq!(
        out.text,
        format!("Ärende: Åsa Öberg\nPersonnummer {PNR}, Gävle\n")
    );
    assert!(out.notes.is_empty());
}

#[test]
fn xlsx_and_ods_cells() {
    let rows: &[&[&str]] = &[&["Namn", "Personnummer"], &["Märta Ågren", PNR]];
    let out = extract("lista.xlsx", &samples::xlsx(rows)).unwrap();
    assert_eq!(out.format, Format::Xlsx);
    assert!(
        out.text.contains("Märta Ågren\t811218-9876\n"),
        "{:?}",
        out.text
    );
    let out = extract("lista.ods", &samples::ods(rows)).unwrap();
    assert_eq!(out.format, Format::Ods);
    assert!(
        out.text.contains("Märta Ågren\t811218-9876\n"),
        "{:?}",
        out.text
    );
}

#[test]
fn pptx_and_odt() {
    let out = extract(
        "bilder.pptx",
        &samples::pptx(&["Hälsning från Örebro", PNR]),
    )
    .unwrap();
    assert_eq!(out.text, format!("Hälsning från Örebro\n{PNR}\n"));
    let out = extract(
        "brev.odt",
        &samples::odt(&["Kära Åke", "Vänliga hälsningar"]),
    )
    .unwrap();
    assert_eq!(out.text, "Kära Åke\nVänliga hälsningar\n");
}

#[test]
fn pdf_text_with_swedish_letters() {
    let bytes = samples::pdf(&["Beslut om bistånd", &format!("Sökande: Åsa Öberg ({PNR})")]);
    let out = extract("beslut.pdf", &bytes).unwrap();
    assert_eq!(out.format, Format::Pdf);
    assert!(out.text.contains("Beslut om bistånd"), "{:?}", out.text);
    assert!(
        out.text.contains(&format!("Sökande: Åsa Öberg ({PNR})")),
        "{:?}",
        out.text
    );
}

#[test]
fn eml_decodes_quoted_printable_and_base64_attachment() {
    let bytes = samples::eml(
        "Åsa Öberg <asa.oberg@example.se>",
        "Ansökan",
        "Hej! Mitt personnummer är 811218-9876.\nMed vänlig hälsning, Åsa",
        ("bilaga.txt", "Läkarintyg för Åsa Öberg"),
    );
    let out = extract("post.eml", &bytes).unwrap();
    assert_eq!(out.format, Format::Eml);
    assert!(
        out.text.contains("Från: Åsa Öberg <asa.oberg@example.se>"),
        "{}",
        out.text
    );
    assert!(
        out.text.contains("Mitt personnummer är 811218-9876."),
        "{}",
        out.text
    );
    assert!(
        out.text.contains("Med vänlig hälsning, Åsa"),
        "{}",
        out.text
    );
    assert!(
        out.text.contains("Läkarintyg för Åsa Öberg"),
        "{}",
        out.text
    );
    // found from content alone, too (stdin)
    assert_eq!(extract("-", &bytes).unwrap().format, Format::Eml);
}

#[test]
fn eml_reads_a_docx_attachment() {
    let docx = samples::docx(&["Bifogat: Åke Ärlig 811218-9876"]);
    let b64 = base64(&docx);
    let mail = format!(
        "From: a@example.se\r\nSubject: Dokument\r\nDate: Mon, 23 Nov 2026 08:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nSe bilaga.\r\n--B\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"a.docx\"\r\nContent-Disposition: attachment; filename=\"a.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--B--\r\n"
    );
    let out = extract("m.eml", mail.as_bytes()).unwrap();
    assert!(
        out.text.contains("Bifogat: Åke Ärlig 811218-9876"),
        "{}",
        out.text
    );
}

fn base64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, c) in data.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push_str("\r\n");
        }
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            out.push(if k <= c.len() {
                T[(n >> (18 - 6 * k) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

#[test]
fn html_entities_are_decoded() {
    let out = extract(
        "sida.html",
        "<p>M&aring;rten &Ouml;berg</p><p>&#8470; 5</p>".as_bytes(),
    )
    .unwrap();
    assert_eq!(out.text, "Mårten Öberg\n№ 5\n");
}

#[test]
fn content_that_does_not_match_the_name_is_refused() {
    let e = extract("brev.docx", b"just text").unwrap_err();
    assert!(matches!(e, ExtractError::Mismatch { .. }), "{e}");
    assert!(e.to_string().contains(".docx"), "{e}");
    let e = extract("rapport.txt", &samples::pdf(&["x"])).unwrap_err();
    assert!(e.to_string().contains("PDF"), "{e}");
    let e = extract("lista.xlsx", &samples::docx(&["x"])).unwrap_err();
    assert!(e.to_string().contains("Word"), "{e}");
    let e = extract("bild.pdf", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
    assert!(matches!(e, ExtractError::Mismatch { .. }), "{e}");
}

#[test]
fn unknown_names_are_read_by_content() {
    assert_eq!(
        extract("anteckning", "Åsa".as_bytes()).unwrap().format,
        Format::Text
    );
    assert_eq!(
        extract("x.bin", &samples::docx(&["a"])).unwrap().format,
        Format::Docx
    );
    let e = extract("x.bin", b"\0\x01\x02\x03binary").unwrap_err();
    assert!(matches!(e, ExtractError::Unsupported(_)), "{e}");
    let e = extract(
        "gammal.doc",
        &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
    )
    .unwrap_err();
    assert!(e.to_string().contains("OLE"), "{e}");
}

#[test]
fn invalid_utf8_is_decoded_and_noted() {
    let out = extract(
        "gammal.txt",
        b"Personuppgifter: M\xe5rten \xd6berg, G\xe4vle",
    )
    .unwrap();
    assert_eq!(out.text, "Personuppgifter: Mårten Öberg, Gävle");
    assert!(
        out.notes.iter().any(|n| n.contains("Windows-1252")),
        "{:?}",
        out.notes
    );
}

#[test]
fn corrupt_files_are_errors_not_panics() {
    let mut docx = samples::docx(&["Åsa Öberg"]);
    let n = docx.len();
    docx.truncate(n / 2);
    let e = extract("trasig.docx", &docx);
    assert!(e.is_err(), "{e:?}");
    // garbage after a valid PDF header
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend((0..5000u32).map(|i| (i * 7919 % 251) as u8));
    assert!(extract("trasig.pdf", &pdf).is_err());
    // a PDF cut in half
    let pdf = samples::pdf(&["Åsa Öberg 811218-9876"]);
    let _ = extract("halv.pdf", &pdf[..pdf.len() / 2]);
    // broken XML inside a well-formed zip
    let bad = samples::odt(&["x"]);
    let s = String::from_utf8_lossy(&bad).into_owned();
    let _ = extract("x.odt", s.as_bytes());
    // every prefix of a small docx and xlsx
    for bytes in [samples::docx(&["Åsa"]), samples::xlsx(&[&["Åsa"]])] {
        for cut in (0..bytes.len()).step_by(97) {
            let _ = extract("x.docx", &bytes[..cut]);
            let _ = extract("x.xlsx", &bytes[..cut]);
        }
    }
}

#[test]
fn zip_bomb_hits_the_entry_cap() {
    let limits = Limits {
        max_entry_bytes: 1 << 20,
        ..Limits::default()
    };
    // honest header: refused from the table of contents
    let bomb = samples::zip_bomb_docx(8 << 20, 8 << 20);
    let e = extract_with("rapport.docx", &bomb, &limits).unwrap_err();
    assert!(matches!(e, ExtractError::TooLarge(_)), "{e}");
    // lying header: refused while inflating
    let bomb = samples::zip_bomb_docx(8 << 20, 1000);
    let e = extract_with("rapport.docx", &bomb, &limits).unwrap_err();
    assert!(matches!(e, ExtractError::TooLarge(_)), "{e}");
    assert!(e.to_string().contains("zip-bomb"), "{e}");
}

#[test]
fn total_text_is_capped() {
    let limits = Limits {
        max_text_bytes: 10,
        ..Limits::default()
    };
    let out = extract_with("a.txt", "åååååååååååå".as_bytes(), &limits).unwrap();
    assert!(out.truncated);
    assert_eq!(out.text, "ååååå");
    assert!(out.notes[0].contains("kortades"));
}

/// Seeded random and mutated inputs under every name: a result or an error, never a panic.
#[test]
fn random_and_mutated_inputs_never_panic() {
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let valid = [
        samples::docx(&["Åsa Öberg 811218-9876"]),
        samples::xlsx(&[&["Åsa", "811218-9876"]]),
        samples::pptx(&["Åsa"]),
        samples::odt(&["Åsa"]),
        samples::ods(&[&["Åsa"]]),
        samples::pdf(&["Åsa Öberg 811218-9876"]),
        samples::eml("a@example.se", "x", "Åsa", ("a.txt", "b")),
        b"<html><p>&Aring;sa</p>".to_vec(),
    ];
    let names = [
        "a.txt", "a.html", "a.eml", "a.docx", "a.xlsx", "a.pptx", "a.odt", "a.ods", "a.pdf", "a",
    ];
    for round in 0..1500 {
        let mut bytes = valid[round % valid.len()].clone();
        // flip a few bytes, or cut, or both
        for _ in 0..(next() % 8) {
            let i = (next() as usize) % bytes.len();
            bytes[i] = next() as u8;
        }
        if next() % 3 == 0 {
            let cut = (next() as usize) % bytes.len();
            bytes.truncate(cut);
        }
        for name in names {
            let _ = extract(name, &bytes);
        }
    }
    for _ in 0..500 {
        let len = (next() % 2000) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        for name in names {
            let _ = extract(name, &bytes);
        }
    }
}
