//! Reading zip containers (docx, xlsx, pptx, odt, ods) with every decompression capped, so a
//! zip bomb posing as a document is a per-file error and never exhausts memory.

use crate::{ExtractError, Format, Limits};
use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

/// An opened container whose reads are bounded by [`Limits`].
pub(crate) struct Container<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    format: Format,
    limits: Limits,
    total: u64,
}

impl<'a> Container<'a> {
    /// Opens the zip and checks its table of contents against the limits.
    pub(crate) fn open(
        bytes: &'a [u8],
        format: Format,
        limits: &Limits,
    ) -> Result<Container<'a>, ExtractError> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| zip_err(format, e))?;
        if zip.len() > limits.max_entries {
            return Err(ExtractError::TooLarge(format!(
                "{} filer i arkivet (gränsen är {})",
                zip.len(),
                limits.max_entries
            )));
        }
        Ok(Container {
            zip,
            format,
            limits: *limits,
            total: 0,
        })
    }

    /// Entry names, in archive order.
    pub(crate) fn names(&self) -> Vec<String> {
        self.zip
            .file_names()
            .filter_map(|n| n.ok().map(|n| n.into_owned()))
            .collect()
    }

    /// Reads one entry (decompressed), or `None` when it is absent. Fails when the entry or
    /// the container as a whole decompresses past the limits, whatever its header claims.
    pub(crate) fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, ExtractError> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let cap = self.limits.max_entry_bytes;
        let mut entry = self
            .zip
            .by_index(index)
            .map_err(|e| zip_err(self.format, e))?;
        if entry.encrypted() {
            return Err(ExtractError::Encrypted(format!("{name} är krypterad")));
        }
        if entry.size() > cap {
            return Err(bomb(name, entry.size(), cap));
        }
        let mut out = Vec::with_capacity(entry.size().min(1 << 20) as usize);
        (&mut entry)
            .take(cap + 1)
            .read_to_end(&mut out)
            .map_err(|e| io_err(self.format, name, e))?;
        if out.len() as u64 > cap {
            return Err(bomb(name, out.len() as u64, cap));
        }
        drop(entry);
        self.count(out.len() as u64)?;
        Ok(Some(out))
    }

    /// Decompresses every entry once, discarding the data, to prove the whole container is
    /// within the limits before a third-party reader (calamine) decompresses it again.
    pub(crate) fn verify_all(&mut self) -> Result<(), ExtractError> {
        let cap = self.limits.max_entry_bytes;
        for i in 0..self.zip.len() {
            let mut entry = self.zip.by_index(i).map_err(|e| zip_err(self.format, e))?;
            let name = entry
                .name()
                .map(|n| n.into_owned())
                .unwrap_or_else(|_| format!("post {i}"));
            if entry.encrypted() {
                return Err(ExtractError::Encrypted(format!("{name} är krypterad")));
            }
            if entry.size() > cap {
                return Err(bomb(&name, entry.size(), cap));
            }
            let n = std::io::copy(&mut (&mut entry).take(cap + 1), &mut std::io::sink())
                .map_err(|e| io_err(self.format, &name, e))?;
            if n > cap {
                return Err(bomb(&name, n, cap));
            }
            drop(entry);
            self.count(n)?;
        }
        Ok(())
    }

    fn count(&mut self, n: u64) -> Result<(), ExtractError> {
        self.total += n;
        if self.total > self.limits.max_total_bytes {
            return Err(ExtractError::TooLarge(format!(
                "arkivet packas upp till mer än {} MiB (en zip-bomb?); filen granskades inte",
                self.limits.max_total_bytes >> 20
            )));
        }
        Ok(())
    }
}

fn bomb(name: &str, size: u64, cap: u64) -> ExtractError {
    ExtractError::TooLarge(format!(
        "{name} packas upp till mer än {} MiB ({} MiB; en zip-bomb?); filen granskades inte",
        cap >> 20,
        size >> 20
    ))
}

/// A read error; the zip crate stops an entry that inflates past its declared size.
fn io_err(format: Format, name: &str, e: std::io::Error) -> ExtractError {
    if e.to_string().contains("larger than its declared") {
        ExtractError::TooLarge(format!(
            "{name} packas upp till mer än dess huvud anger (en zip-bomb?); filen granskades inte"
        ))
    } else {
        ExtractError::corrupt(format, format!("{name}: {e}"))
    }
}

pub(crate) fn zip_err(format: Format, e: ZipError) -> ExtractError {
    match e {
        ZipError::UnsupportedArchive(m) if m.to_lowercase().contains("password") => {
            ExtractError::Encrypted(m.to_string())
        }
        ZipError::InvalidPassword => ExtractError::Encrypted("fel lösenord".into()),
        e => ExtractError::corrupt(format, e),
    }
}
