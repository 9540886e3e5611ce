//! `vakt init [DIR] [--force]`: writes an example vakt.toml (authorities, a public, a procured
//! and an own AI system, and two documented decisions) to start from.

use crate::Global;
use anyhow::Context as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// The example configuration (also shipped as `examples/vakt.toml`).
pub const EXAMPLE: &str = include_str!("../../../examples/vakt.toml");

/// Options of `vakt init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder to write vakt.toml into (created if missing).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Overwrite an existing vakt.toml.
    #[arg(long)]
    pub force: bool,
}

/// Runs `vakt init`.
pub fn run(args: Args, _global: &Global) -> anyhow::Result<ExitCode> {
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("kan inte skapa mappen {}", args.dir.display()))?;
    let path = args.dir.join("vakt.toml");
    if path.exists() && !args.force {
        anyhow::bail!(
            "{} finns redan; använd --force för att skriva över den",
            path.display()
        );
    }
    std::fs::write(&path, EXAMPLE)
        .with_context(|| format!("kan inte skriva {}", path.display()))?;
    println!("{}", path.display());
    eprintln!(
        "vakt: skrev en exempelkonfiguration. Se registret med `vakt --config {} systems list`.",
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}
