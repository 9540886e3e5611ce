//! `vakt systems list [--format human|json]`: the register of AI systems with what each may
//! receive under the organisation's profile — the list R002-3 says every employee must be able
//! to see.

use crate::policy_cmd::load_policy;
use crate::Global;
use std::io::Write;
use std::process::ExitCode;
use vakt_config::{DataLocation, SystemKind};

/// Options of `vakt systems`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(Debug, clap::Subcommand)]
enum Sub {
    /// Print the register.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: crate::policy_cmd::Format,
    },
}

fn kind_sv(k: SystemKind) -> &'static str {
    match k {
        SystemKind::Public => "publik",
        SystemKind::Procured => "upphandlad",
        SystemKind::Own => "egen drift",
    }
}

fn location_sv(l: DataLocation) -> &'static str {
    match l {
        DataLocation::EuEea => "EU/EES",
        DataLocation::ThirdCountry => "tredjeland",
        DataLocation::Unknown => "okänt",
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "ja"
    } else {
        "nej"
    }
}

/// Runs `vakt systems`.
pub fn run(args: Args, global: &Global) -> anyhow::Result<ExitCode> {
    let Sub::List { format } = args.command;
    let (_, policy) = load_policy(global, None)?;
    let mut out = std::io::stdout().lock();
    if format == crate::policy_cmd::Format::Json {
        let list: Vec<serde_json::Value> = policy
            .systems()
            .iter()
            .map(|s| {
                let max = policy.effective_max(s);
                serde_json::json!({
                    "id": s.id,
                    "name": s.name,
                    "kind": s.kind,
                    "usable": max.is_some(),
                    "max_level": max.as_ref().map(|(l, _)| l.as_u8()),
                    "registered_max_level": s.max_level,
                    "receives": policy.receives_sv(s),
                    "risk_assessed": s.risk_assessed,
                    "risk_assessment_date": s.risk_assessment_date,
                    "risk_assessment_by": s.risk_assessment_by,
                    "requires_download": s.requires_download,
                    "data_location": s.data_location,
                    "provider": s.provider,
                    "purpose": s.purpose,
                    "dpia_done": s.dpia_done,
                    "dpa_signed": s.dpa_signed,
                    "legal_basis": s.legal_basis,
                    "controller": s.controller,
                    "allow_masked": s.allow_masked,
                    "tools_allowed": s.tools_allowed,
                    "images_allowed": s.images_allowed,
                    "authorities": s.authorities,
                    "decisions": policy.decisions().iter().filter(|d| d.system == s.id).map(|d| &d.id).collect::<Vec<_>>(),
                })
            })
            .collect();
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({"profile": policy.profile().id, "systems": list}),
        )?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "Register över AI-system – {} (profil {})",
        policy.organisation(),
        policy.profile().id
    )?;
    if policy.systems().is_empty() {
        writeln!(
            out,
            "\nRegistret är tomt. Lägg till [[systems]] i vakt.toml (se `vakt init`)."
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    for s in policy.systems() {
        writeln!(out)?;
        writeln!(out, "{}  {} ({})", s.id, s.name, kind_sv(s.kind))?;
        writeln!(out, "  Får ta emot: {}", policy.receives_sv(s))?;
        let risk = if s.risk_assessed {
            format!(
                "ja, {}{}",
                s.risk_assessment_date
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                s.risk_assessment_by
                    .as_deref()
                    .map(|b| format!(" av {b}"))
                    .unwrap_or_default()
            )
        } else {
            "nej".into()
        };
        writeln!(
            out,
            "  Riskbedömning: {risk}; registrerad högsta nivå {}",
            s.max_level
        )?;
        writeln!(
            out,
            "  Leverantör: {}; data behandlas: {}; DPIA: {}; personuppgiftsbiträdesavtal: {}",
            s.provider.as_deref().unwrap_or("ej angiven"),
            location_sv(s.data_location),
            yes(s.dpia_done),
            yes(s.dpa_signed)
        )?;
        if let Some(p) = &s.purpose {
            writeln!(out, "  Syfte: {p}")?;
        }
        if s.requires_download {
            writeln!(out, "  Måste laddas ned: ja")?;
        }
        for d in policy.decisions().iter().filter(|d| d.system == s.id) {
            writeln!(
                out,
                "  Beslut {} ({}): {}{} för {}, {} {}, gäller {}–{}",
                d.id,
                match d.kind {
                    vakt_config::DecisionKind::PersonalData => "personuppgifter",
                    vakt_config::DecisionKind::HighRisk => "högrisk",
                },
                d.area.as_deref().unwrap_or(""),
                d.max_level
                    .map(|l| format!(" upp till nivå {l}"))
                    .unwrap_or_default(),
                d.authority,
                d.decided_by,
                d.reference,
                d.valid_from,
                d.valid_to.map(|t| t.to_string()).unwrap_or_default()
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
