//! `vakt policy explain [--profile P] [--format human|json]`: the profile's rules and how vakt
//! enforces each (a check, a reminder, or both). Also the shared loader of configuration and
//! policy for `redact` and `systems`.

use crate::Global;
use anyhow::Context as _;
use std::io::Write;
use std::process::ExitCode;
use vakt_config::Config;
use vakt_policy::Policy;

/// Options of `vakt policy`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(Debug, clap::Subcommand)]
enum Sub {
    /// Print the rules and how each is enforced.
    Explain {
        /// Profile id (default: organisation.profile in the configuration).
        #[arg(long, value_name = "ID")]
        profile: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people.
    Human,
    /// The resolved profile as JSON.
    Json,
}

/// Loads the configuration (`--config`, else ./vakt.toml, else defaults), applies a profile
/// override, and builds the validated policy. Invalid configuration is an error naming file,
/// line and key.
pub(crate) fn load_policy(
    global: &Global,
    profile: Option<&str>,
) -> anyhow::Result<(Config, Policy)> {
    let mut cfg = Config::load(global.config.as_deref()).context("ogiltig konfiguration")?;
    if let Some(p) = profile {
        cfg.organisation.profile = p.to_string();
    }
    let policy = Policy::from_config(&cfg).context("ogiltig konfiguration")?;
    Ok((cfg, policy))
}

/// Runs `vakt policy`.
pub fn run(args: Args, global: &Global) -> anyhow::Result<ExitCode> {
    let Sub::Explain { profile, format } = args.command;
    let (_, policy) = load_policy(global, profile.as_deref())?;
    let p = policy.profile();
    let mut out = std::io::stdout().lock();
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut out, p)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "Profil: {} – {}", p.id, p.name)?;
    if let Some(s) = &p.source {
        writeln!(out, "Källa: {s}")?;
    }
    if let Some(e) = &p.extends {
        writeln!(out, "Bygger på: {e}")?;
    }
    if let Some(n) = &p.label_note {
        writeln!(out, "Märkning på varje svar: \"{n}\"")?;
    }
    writeln!(
        out,
        "Maskering: identifierare{}",
        if p.masks_content() {
            " och innehållsfraser (hälsa, barn …)"
        } else {
            ""
        }
    )?;
    writeln!(out)?;
    for r in &p.rules {
        let how = match (r.checks.is_empty(), r.reminder.is_some()) {
            (false, true) => "kontroll + påminnelse",
            (false, false) => "kontroll",
            (true, _) => "påminnelse",
        };
        writeln!(out, "{}  {} [{how}]", r.id, r.title)?;
        writeln!(out, "  Regel: {}", r.text)?;
        writeln!(out, "  Så upprätthåller vakt den: {}", r.enforcement)?;
        if !r.checks.is_empty() {
            let ids: Vec<&str> = r.checks.iter().map(|c| c.id()).collect();
            writeln!(out, "  Kontroller: {}", ids.join(", "))?;
        }
        if let Some(t) = &r.reminder {
            writeln!(out, "  Påminnelse: {t}")?;
        }
        writeln!(out)?;
    }
    Ok(ExitCode::SUCCESS)
}
