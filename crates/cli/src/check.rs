//! `vakt check [--format human|json|sarif] [--max-level N] [--profile ID] [--system ID] [PATH|-]...`
//!
//! Scans text, files and folders for personal data and sensitive information and reports each
//! document's KLASSA level (CONTRACT.md). The pipeline per document is
//! read ([`walk`]) → extract text (`vakt-extract`) → analyse (`vakt-detect`) → optional policy
//! decision ([`decision`]) → print ([`output_human`], [`output_json`], [`output_sarif`]).
//!
//! Design decisions:
//! - Documents are scanned in parallel on a thread pool and printed in the order they were
//!   given (folders in sorted order), so output is deterministic.
//! - Plain text is read as overlapping chunks ([`vakt_extract::TextChunks`]), so a 1 GB file
//!   needs about `threads × 2 MiB` of memory, not 1 GB; each chunk keeps only the findings that
//!   start in the part it owns, so nothing is reported twice.
//! - Exit code: 2 when anything could not be checked (usage, a missing or unreadable file, a
//!   document whose text was cut at a size limit), like grep: a partial scan must not look like
//!   a clean one. Else 1 when some document is above `--max-level` (or, with `--system`, is
//!   refused for that system), else 0. The error and the levels of everything else are still
//!   printed.

mod decision;
mod output_human;
mod output_json;
mod output_sarif;
mod report;
mod scan;
mod walk;

use crate::Global;
use anyhow::Context as _;
use report::Outcome;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc;
use vakt_detect::Level;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Findings in context, for people (colour on a terminal).
    Human,
    /// One JSON object (CONTRACT.md).
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

/// Options of `vakt check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: OutputFormat,
    /// Exit 1 when a document is above this level (0–4).
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(0..=4))]
    pub max_level: u8,
    /// Policy profile to decide with (overrides organisation.profile in the configuration).
    #[arg(long, value_name = "ID")]
    pub profile: Option<String>,
    /// Decide, per document, whether it may be sent to this AI system (an id from the register).
    #[arg(long, value_name = "ID")]
    pub system: Option<String>,
    /// Do not respect .gitignore/.ignore files when walking folders.
    #[arg(long)]
    pub no_ignore: bool,
    /// Also walk hidden files and folders (names starting with a dot).
    #[arg(long)]
    pub hidden: bool,
    /// Most findings listed per document (the level still counts all; 0 = no limit).
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub max_findings: usize,
    /// Files, folders (walked recursively) or `-` for standard input.
    #[arg(value_name = "PATH|-")]
    pub paths: Vec<String>,
}

/// Runs `vakt check`.
pub fn run(args: Args, global: &Global) -> anyhow::Result<ExitCode> {
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if std::io::stdin().is_terminal() {
            eprintln!(
                "vakt check: ange en fil, en mapp eller - för standard in (se vakt check --help)"
            );
            return Ok(ExitCode::from(2));
        }
        paths.push("-".into());
    }
    let decider = match &args.system {
        Some(system) => Some(
            decision::Decider::new(global.config.as_deref(), args.profile.as_deref(), system)
                .context("--system")?,
        ),
        None => None,
    };
    let walked = walk::expand(
        &paths,
        &walk::WalkOptions {
            hidden: args.hidden,
            no_ignore: args.no_ignore,
        },
    );
    let opts = scan::ScanOptions {
        context: args.format == OutputFormat::Human,
        max_findings: if args.max_findings == 0 {
            usize::MAX
        } else {
            args.max_findings
        },
        ..scan::ScanOptions::default()
    };
    let max_level = Level::from_u8(args.max_level).unwrap_or(Level::L3);

    // Human output goes through anstream (colour only on a terminal); JSON and SARIF never
    // hold escape codes, so they skip its per-byte filtering.
    let mut out: Box<dyn Write> = match args.format {
        OutputFormat::Human => Box::new(std::io::BufWriter::new(anstream::stdout().lock())),
        OutputFormat::Json | OutputFormat::Sarif => {
            Box::new(std::io::BufWriter::new(std::io::stdout().lock()))
        }
    };
    let mut printer: Box<dyn report::Printer> = match args.format {
        OutputFormat::Human => Box::new(output_human::Human::new(max_level)),
        OutputFormat::Json => Box::new(output_json::Json::default()),
        OutputFormat::Sarif => Box::new(output_sarif::Sarif::default()),
    };
    printer.begin(&mut out)?;

    let bar = progress_bar(walked.inputs.len());
    let mut summary = report::Summary::default();
    let mut emit = |mut o: Outcome, out: &mut dyn Write| -> anyhow::Result<()> {
        if let (Some(d), Outcome::Doc(doc)) = (&decider, &mut o) {
            doc.decision = Some(d.decide(doc));
        }
        summary.add(&o, max_level);
        if let Outcome::Error { source, message } = &o {
            let line = format!("vakt: fel: {source}: {message}");
            match &bar {
                Some(b) => b.suspend(|| eprintln!("{line}")),
                None => eprintln!("{line}"),
            }
        }
        match &bar {
            Some(b) => {
                b.inc(1);
                b.suspend(|| printer.document(&o, out))?;
            }
            None => printer.document(&o, out)?,
        }
        Ok(())
    };

    // Errors found while walking come first (they name paths that were given).
    for (source, message) in &walked.errors {
        emit(
            Outcome::Error {
                source: source.clone(),
                message: message.clone(),
            },
            &mut out,
        )?;
    }

    // Scan in parallel, print in order.
    let (tx, rx) = mpsc::channel::<(usize, Outcome)>();
    let inputs = &walked.inputs;
    let result: anyhow::Result<()> = std::thread::scope(|s| {
        s.spawn(|| {
            use rayon::prelude::*;
            inputs
                .par_iter()
                .enumerate()
                .for_each_with(tx, |tx, (i, input)| {
                    let _ = tx.send((i, scan::scan(input, &opts)));
                });
        });
        let mut pending = BTreeMap::new();
        let mut next = 0usize;
        for (i, o) in rx {
            pending.insert(i, o);
            while let Some(o) = pending.remove(&next) {
                emit(o, &mut out)?;
                next += 1;
            }
        }
        Ok(())
    });
    result?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    printer.end(&summary, &mut out)?;
    out.flush()?;
    Ok(ExitCode::from(summary.exit_code()))
}

fn progress_bar(n: usize) -> Option<indicatif::ProgressBar> {
    if n < 8 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(n as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} granskar {pos}/{len} filer [{bar:30}] {elapsed_precise}",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    Some(bar)
}
