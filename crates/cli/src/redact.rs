//! `vakt redact [--profile ID] [PATH|-]`: prints the text with identifiers (and, where the
//! profile says so, content phrases) replaced by placeholders such as `[PERSON_1]`. The mapping
//! back to the originals is never printed.

use crate::policy_cmd::load_policy;
use crate::Global;
use anyhow::Context as _;
use std::io::{Read, Write};
use std::process::ExitCode;
use vakt_detect::Engine;
use vakt_policy::Masker;

/// Options of `vakt redact`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Profile id (default: organisation.profile in the configuration); decides whether content
    /// phrases are masked too.
    #[arg(long, value_name = "ID")]
    pub profile: Option<String>,
    /// A file to read, or `-` for stdin.
    #[arg(default_value = "-")]
    pub path: String,
}

/// Runs `vakt redact`.
pub fn run(args: Args, global: &Global) -> anyhow::Result<ExitCode> {
    let (_, policy) = load_policy(global, args.profile.as_deref())?;
    let bytes = if args.path == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .context("kan inte läsa stdin")?;
        b
    } else {
        std::fs::read(&args.path).with_context(|| format!("kan inte läsa {}", args.path))?
    };
    let hint = if args.path == "-" {
        ""
    } else {
        args.path.as_str()
    };
    let extracted = vakt_extract::extract(hint, &bytes).with_context(|| args.path.clone())?;
    for n in &extracted.notes {
        eprintln!("vakt: {}: {n}", args.path);
    }
    let engine = Engine::shared();
    let analysis = engine.analyze(&extracted.text);
    let mut masker = Masker::new();
    let masked = masker.mask(&extracted.text, &analysis, policy.profile());
    let mut out = std::io::stdout().lock();
    out.write_all(masked.as_bytes())?;
    out.flush()?;
    let after = engine.analyze(&masked);
    eprintln!(
        "vakt: maskerade {} uppgifter; nivå före {} ({}), efter {} ({})",
        masker.mapping().len(),
        analysis.level.as_u8(),
        analysis.level.name_sv(),
        after.level.as_u8(),
        after.level.name_sv()
    );
    if after.level > vakt_detect::Level::L1 {
        let cats: Vec<&str> = after
            .categories()
            .into_iter()
            .map(|c| c.label_sv())
            .collect();
        eprintln!(
            "vakt: obs: den maskerade texten har fortfarande nivå {} ({}); ta bort de uppgifterna innan du delar texten",
            after.level.as_u8(),
            cats.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}
