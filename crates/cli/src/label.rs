//! `vakt label`: labels files as AI-generated (GBG-7, R002-4, BOT-5), or checks a label.
//!
//! ```text
//! vakt label [--tool NAME] FILE...          # PNG, JPEG, WebP, PDF, DOCX/XLSX/PPTX, in place
//! vakt label --check FILE...                # 0 all labelled, 1 some not, 2 an error
//! vakt label --text [--profile ID] [FILE|-] # appends the profile's visible note
//! vakt label --text --check FILE...         # does the text end with the note?
//! ```
//!
//! A file is written only when it was labelled in full: to a temporary file in the same
//! folder (same permissions), synced, then renamed over the original, so an interrupted run
//! leaves either the old file or the new one. A file that is not what its name says,
//! truncated or corrupt gets an error and is left untouched; the other files are still done.

use crate::Global;
use anyhow::Context as _;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use vakt_label::{text, Label};

/// The largest file read (labelling holds the file in memory twice).
const MAX_FILE: u64 = 1 << 30;

/// Options of `vakt label`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only check whether the files carry the AI label; change nothing. Exit code 0 when all
    /// do, 1 when some do not, 2 on an error.
    #[arg(long)]
    pub check: bool,
    /// The AI system or tool that made the content, as it should appear in the label
    /// ("Bild genererad av AI (NAME)").
    #[arg(long, value_name = "NAME")]
    pub tool: Option<String>,
    /// Text mode: append the profile's visible note to text (a file in place, or `-` from
    /// stdin to stdout).
    #[arg(long)]
    pub text: bool,
    /// Profile whose note --text appends (default: organisation.profile in the configuration).
    #[arg(long, value_name = "ID", requires = "text")]
    pub profile: Option<String>,
    /// Files to label or check (with --text, `-` or nothing means stdin).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// Runs `vakt label`.
pub fn run(args: Args, global: &Global) -> anyhow::Result<ExitCode> {
    if args.text {
        return run_text(&args, global);
    }
    if args.profile.is_some() {
        anyhow::bail!("--profile gäller bara tillsammans med --text");
    }
    if args.files.is_empty() {
        anyhow::bail!(
            "ange minst en fil att märka, t.ex. `vakt label bild.png --tool \"Bildtjänsten\"`"
        );
    }
    if args.check && args.tool.is_some() {
        anyhow::bail!("--tool används när filer märks, inte med --check");
    }
    let label = Label::new(args.tool.as_deref()).map_err(|e| anyhow::anyhow!("--tool: {e}"))?;
    let mut errors = 0usize;
    let mut unlabelled = 0usize;
    let mut out = std::io::stdout().lock();
    for path in &args.files {
        let shown = path.display();
        let res = if args.check {
            check_file(path).map(|s| {
                if s.labelled() {
                    let desc = s
                        .description
                        .as_deref()
                        .map(|d| format!(": \"{d}\""))
                        .unwrap_or_default();
                    format!("{shown}: märkt som AI-genererad ({}){desc}", s.format)
                } else {
                    unlabelled += 1;
                    format!("{shown}: saknar AI-märkning ({})", s.format)
                }
            })
        } else {
            label_file(path, &label).map(|(l, changed)| {
                let desc = label.description_for(l);
                if changed {
                    format!("{shown}: märkt ({l}): \"{desc}\"")
                } else {
                    format!("{shown}: redan märkt ({l}): \"{desc}\"")
                }
            })
        };
        match res {
            Ok(line) => writeln!(out, "{line}")?,
            Err(e) => {
                errors += 1;
                eprintln!("vakt: {shown}: {e:#}");
            }
        }
    }
    out.flush()?;
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else if unlabelled > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn read_file(path: &Path) -> anyhow::Result<Vec<u8>> {
    let meta = fs::metadata(path).context("kan inte läsa filen")?;
    if meta.is_dir() {
        anyhow::bail!("är en mapp; ange filerna");
    }
    if meta.len() > MAX_FILE {
        anyhow::bail!("filen är större än {} MiB", MAX_FILE >> 20);
    }
    fs::read(path).context("kan inte läsa filen")
}

fn name_of(path: &Path) -> Option<&str> {
    path.file_name().and_then(|n| n.to_str())
}

fn check_file(path: &Path) -> anyhow::Result<vakt_label::Status> {
    let bytes = read_file(path)?;
    Ok(vakt_label::check(&bytes, name_of(path))?)
}

/// Labels one file in place; the format, and whether the bytes changed.
fn label_file(path: &Path, label: &Label) -> anyhow::Result<(vakt_label::Format, bool)> {
    let bytes = read_file(path)?;
    let l = vakt_label::label(&bytes, name_of(path), label)?;
    if l.bytes == bytes {
        return Ok((l.format, false));
    }
    write_atomic(path, &l.bytes)?;
    Ok((l.format, true))
}

/// Writes `bytes` to a new file beside `path` with the same permissions, syncs it, and
/// renames it over `path` (the symlink's target, when `path` is a symlink).
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let real = fs::canonicalize(path).context("kan inte hitta filen")?;
    let meta = fs::metadata(&real).context("kan inte läsa filen")?;
    let dir = real
        .parent()
        .ok_or_else(|| anyhow::anyhow!("filen saknar mapp"))?;
    let base = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let mut attempt = 0u32;
    let (tmp, mut file) = loop {
        let tmp = dir.join(format!(
            ".{base}.vakt-{}-{nanos}-{attempt}.tmp",
            std::process::id()
        ));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1;
            }
            Err(e) => {
                return Err(e).context(format!(
                    "kan inte skapa en tillfällig fil i {}",
                    dir.display()
                ))
            }
        }
    };
    let result = (|| -> anyhow::Result<()> {
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::set_permissions(&tmp, meta.permissions())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            // Keep the owner when allowed (root, or the same owner); otherwise the new file is
            // the caller's, as with any editor.
            let _ = std::os::unix::fs::chown(&tmp, Some(meta.uid()), Some(meta.gid()));
        }
        drop(file);
        fs::rename(&tmp, &real)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.context("kan inte skriva filen; originalet är orört")
}

fn run_text(args: &Args, global: &Global) -> anyhow::Result<ExitCode> {
    if args.tool.is_some() {
        anyhow::bail!("--tool gäller bilder och dokument, inte --text");
    }
    let (_, policy) = crate::policy_cmd::load_policy(global, args.profile.as_deref())?;
    let note = policy
        .label_note()
        .unwrap_or(text::DEFAULT_NOTE)
        .to_string();
    let stdin = args.files.is_empty() || (args.files.len() == 1 && args.files[0] == Path::new("-"));
    if stdin {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .context("kan inte läsa stdin")?;
        let t = String::from_utf8(b).map_err(|_| anyhow::anyhow!("texten är inte UTF-8"))?;
        if args.check {
            return Ok(if text::has_note(&t, &note) {
                println!("-: har AI-noteringen");
                ExitCode::SUCCESS
            } else {
                println!("-: saknar AI-noteringen");
                ExitCode::from(1)
            });
        }
        let mut out = std::io::stdout().lock();
        out.write_all(text::append_note(&t, &note).as_bytes())?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut errors = 0usize;
    let mut missing = 0usize;
    for path in &args.files {
        let shown = path.display();
        let res = (|| -> anyhow::Result<String> {
            if path == Path::new("-") {
                anyhow::bail!("`-` (stdin) kan inte blandas med filer");
            }
            let b = read_file(path)?;
            let t = String::from_utf8(b).map_err(|_| {
                anyhow::anyhow!("är inte en textfil i UTF-8; bilder och dokument märks utan --text")
            })?;
            if args.check {
                return Ok(if text::has_note(&t, &note) {
                    format!("{shown}: har AI-noteringen")
                } else {
                    missing += 1;
                    format!("{shown}: saknar AI-noteringen")
                });
            }
            if text::has_note(&t, &note) {
                return Ok(format!("{shown}: har redan AI-noteringen"));
            }
            write_atomic(path, text::append_note(&t, &note).as_bytes())?;
            Ok(format!("{shown}: AI-noteringen tillagd: \"{note}\""))
        })();
        match res {
            Ok(line) => println!("{line}"),
            Err(e) => {
                errors += 1;
                eprintln!("vakt: {shown}: {e:#}");
            }
        }
    }
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else if missing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
