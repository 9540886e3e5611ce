//! Spreadsheets (.xlsx, .ods) through calamine, after the container is proven bounded.

use crate::zipguard::Container;
use crate::{no_panic, ExtractError, Format, Limits};
use calamine::{Data, Ods, Reader, Xlsx};
use std::fmt::Write;
use std::io::Cursor;

/// The text of a workbook: for each sheet a line `[Blad: name]`, then one line per row with
/// cells separated by tabs.
pub(crate) fn extract(
    format: Format,
    bytes: &[u8],
    limits: &Limits,
) -> Result<String, ExtractError> {
    // calamine decompresses on its own; decompress once with caps first so that it only ever
    // sees a container whose every entry is within the limits.
    let mut zip = Container::open(bytes, format, limits)?;
    zip.verify_all()?;
    drop(zip);
    no_panic(format, || {
        let mut out = String::new();
        match format {
            Format::Xlsx => {
                let mut wb: Xlsx<_> =
                    Xlsx::new(Cursor::new(bytes)).map_err(|e| ExtractError::corrupt(format, e))?;
                for name in wb.sheet_names() {
                    let range = wb.worksheet_range(&name).map_err(|e| {
                        ExtractError::corrupt(format, format!("bladet {name}: {e}"))
                    })?;
                    write_sheet(&name, range.rows(), &mut out, limits)?;
                }
            }
            _ => {
                let mut wb: Ods<_> =
                    Ods::new(Cursor::new(bytes)).map_err(|e| ExtractError::corrupt(format, e))?;
                for name in wb.sheet_names() {
                    let range = wb.worksheet_range(&name).map_err(|e| {
                        ExtractError::corrupt(format, format!("bladet {name}: {e}"))
                    })?;
                    write_sheet(&name, range.rows(), &mut out, limits)?;
                }
            }
        }
        Ok(out)
    })
}

fn write_sheet<'a>(
    name: &str,
    rows: impl Iterator<Item = &'a [Data]>,
    out: &mut String,
    limits: &Limits,
) -> Result<(), ExtractError> {
    let _ = writeln!(out, "[Blad: {name}]");
    for row in rows {
        let last = row.iter().rposition(|c| !matches!(c, Data::Empty));
        let Some(last) = last else {
            continue;
        };
        for (i, cell) in row[..=last].iter().enumerate() {
            if i > 0 {
                out.push('\t');
            }
            match cell {
                Data::Empty => {}
                Data::String(s) => out.push_str(s),
                Data::Float(f) => {
                    let _ = write!(out, "{f}");
                }
                Data::Int(i) => {
                    let _ = write!(out, "{i}");
                }
                Data::Bool(b) => out.push_str(if *b { "SANT" } else { "FALSKT" }),
                Data::DateTime(d) => {
                    let _ = write!(out, "{}", d.as_f64());
                }
                Data::DateTimeIso(s) | Data::DurationIso(s) => out.push_str(s),
                Data::Error(e) => {
                    let _ = write!(out, "#{e:?}");
                }
            }
        }
        out.push('\n');
        if out.len() > limits.max_text_bytes {
            return Err(ExtractError::TooLarge(format!(
                "arbetsbokens text är större än {} MiB",
                limits.max_text_bytes >> 20
            )));
        }
    }
    Ok(())
}
