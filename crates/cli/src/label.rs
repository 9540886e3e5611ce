//! TODO: not built yet.

use crate::Global;
use std::process::ExitCode;

/// Options.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args, _global: &Global) -> anyhow::Result<ExitCode> {
    anyhow::bail!("inte implementerat ännu")
}
