//! The `vakt` binary: one command per job, each in its own module.
//!
//! Every command takes `--config FILE` (default `./vakt.toml`, else built-in defaults with an
//! embedded SQLite store under `./vakt-data/`). Exit codes: 0 ok, 1 a document above
//! `--max-level` (check) or a broken chain (records verify), 2 usage or I/O error.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

mod check;
mod eval;
mod init;
mod keys;
mod label;
mod policy_cmd;
mod records;
mod redact;
mod serve;
mod systems;

/// Global options shared by every command.
#[derive(Debug, Clone, clap::Args)]
pub struct Global {
    /// Configuration file (default ./vakt.toml, else built-in defaults).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Parser)]
#[command(
    name = "vakt",
    version,
    about = "Enforce an organisation's rules for AI use"
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan text, files or folders for personal data and sensitive information.
    Check(check::Args),
    /// Print the masked text.
    Redact(redact::Args),
    /// Run the OpenAI-compatible gateway and the web pages.
    Serve(serve::Args),
    /// Write an example vakt.toml.
    Init(init::Args),
    /// Manage API keys.
    Keys(keys::Args),
    /// Public records: verify, search, export, purge.
    Records(Box<records::Args>),
    /// Explain the profile's rules and how each is enforced.
    Policy(policy_cmd::Args),
    /// The register of AI systems.
    Systems(systems::Args),
    /// Label files as AI-generated, or check a label.
    Label(label::Args),
    /// Evaluate the engine against the labelled corpus.
    Eval(eval::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(a) => check::run(a, &cli.global),
        Command::Redact(a) => redact::run(a, &cli.global),
        Command::Serve(a) => serve::run(a, &cli.global),
        Command::Init(a) => init::run(a, &cli.global),
        Command::Keys(a) => keys::run(a, &cli.global),
        Command::Records(a) => records::run(*a, &cli.global),
        Command::Policy(a) => policy_cmd::run(a, &cli.global),
        Command::Systems(a) => systems::run(a, &cli.global),
        Command::Label(a) => label::run(a, &cli.global),
        Command::Eval(a) => eval::run(a, &cli.global),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("vakt: fel: {e:#}");
            ExitCode::from(2)
        }
    }
}
