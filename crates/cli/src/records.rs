//! `vakt records verify|search|export|purge|incidents|stats`: the registrar's tools for the
//! public records of prompts and answers.
//!
//! Who is asking: with `--key` (or `VAKT_KEY`) the command acts as that key's holder, and roles
//! apply (a user sees only their own records, a registrar their authority's, an admin all).
//! Without a key it acts as the local operator, who holds the configuration and the records key
//! and so could read the database anyway: as administrator.
//!
//! Exit codes: 0 ok; 1 `verify` found a broken chain; 2 usage, configuration or I/O error.

use crate::keys::{open_store, runtime};
use crate::Global;
use anyhow::Context as _;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use std::io::Write;
use std::process::ExitCode;
use vakt_config::{Caller, Config, Role};
use vakt_store::{export, SearchQuery, Store};

/// Options of `vakt records`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: RecordsCommand,
}

#[derive(Debug, clap::Subcommand)]
enum RecordsCommand {
    /// Check every authority's hash chain; exit 1 naming the first broken record.
    Verify {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Find records.
    Search {
        #[command(flatten)]
        filter: Filter,
        /// human | json (one object a line).
        #[arg(long, default_value = "human", value_parser = ["human", "json"])]
        format: String,
    },
    /// Export records for release: jsonl, csv or html.
    Export {
        #[command(flatten)]
        filter: Filter,
        /// jsonl | csv | html.
        #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "html"])]
        format: String,
        /// Replace everything at level 2 or above with "[MASKERAT: kategori]".
        #[arg(long)]
        mask: bool,
        /// Write to this file instead of stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<std::path::PathBuf>,
    },
    /// Dispose of records older than each authority's retention_days (gallring).
    Purge {
        /// Only this authority (default: every authority with retention_days).
        #[arg(long, value_name = "ID")]
        authority: Option<String>,
        /// Act as the holder of this API key.
        #[arg(long, env = "VAKT_KEY", hide_env_values = true, value_name = "KEY")]
        key: Option<String>,
    },
    /// List incidents.
    Incidents {
        /// Only this authority.
        #[arg(long, value_name = "ID")]
        authority: Option<String>,
        /// Most incidents shown.
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
    /// Requests per month, authority, system, level and decision (tab-separated).
    Stats {
        /// Only this authority.
        #[arg(long, value_name = "ID")]
        authority: Option<String>,
    },
}

/// Filters shared by search and export.
#[derive(Debug, clap::Args)]
struct Filter {
    /// Authority id.
    #[arg(long, value_name = "ID")]
    authority: Option<String>,
    /// User name.
    #[arg(long, value_name = "NAME")]
    user: Option<String>,
    /// System id.
    #[arg(long, value_name = "ID")]
    system: Option<String>,
    /// From this date (YYYY-MM-DD, inclusive) or time (RFC 3339).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// To this date (YYYY-MM-DD, inclusive) or time (RFC 3339, exclusive).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Exactly this level.
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=4))]
    level: Option<u8>,
    /// At least this level.
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=4))]
    min_level: Option<u8>,
    /// Category id (CONTRACT.md).
    #[arg(long, value_name = "ID")]
    category: Option<String>,
    /// allowed | masked | refused.
    #[arg(long, value_parser = ["allowed", "masked", "refused"])]
    decision: Option<String>,
    /// Free text: every word must occur.
    #[arg(long, value_name = "TEXT")]
    text: Option<String>,
    /// Most records (0: all). Default: 100 for search, all for export.
    #[arg(long)]
    limit: Option<usize>,
    /// Act as the holder of this API key.
    #[arg(long, env = "VAKT_KEY", hide_env_values = true, value_name = "KEY")]
    key: Option<String>,
}

/// A date or a time. A bare date as `--to` means the end of that day.
fn parse_time(s: &str, end_of_day: bool) -> anyhow::Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .with_context(|| format!("ogiltigt datum {s:?}: skriv ÅÅÅÅ-MM-DD eller en RFC 3339-tid"))?;
    let d = if end_of_day { d + Duration::days(1) } else { d };
    Ok(d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc())
}

impl Filter {
    fn query(&self, default_limit: usize) -> anyhow::Result<SearchQuery> {
        Ok(SearchQuery {
            authority: self.authority.clone(),
            user: self.user.clone(),
            system: self.system.clone(),
            from: self
                .from
                .as_deref()
                .map(|s| parse_time(s, false))
                .transpose()?,
            to: self
                .to
                .as_deref()
                .map(|s| parse_time(s, true))
                .transpose()?,
            level: self.level,
            min_level: self.min_level,
            category: self.category.clone(),
            decision: self.decision.clone(),
            text: self.text.clone(),
            limit: Some(self.limit.unwrap_or(default_limit)),
            oldest_first: false,
        })
    }

    fn describe(&self) -> String {
        let mut parts = Vec::new();
        let mut add = |label: &str, v: &Option<String>| {
            if let Some(v) = v {
                parts.push(format!("{label} {v}"));
            }
        };
        add("myndighet", &self.authority);
        add("användare", &self.user);
        add("system", &self.system);
        add("från", &self.from);
        add("till och med", &self.to);
        add("kategori", &self.category);
        add("beslut", &self.decision);
        add("fritext", &self.text);
        if let Some(l) = self.level {
            parts.push(format!("nivå {l}"));
        }
        if let Some(l) = self.min_level {
            parts.push(format!("nivå minst {l}"));
        }
        if parts.is_empty() {
            "alla poster".into()
        } else {
            parts.join(", ")
        }
    }
}

/// The caller: the key's holder, or the local operator as administrator.
async fn who(store: &dyn Store, key: Option<&str>) -> anyhow::Result<Caller> {
    match key {
        Some(k) => store
            .authenticate(k)
            .await?
            .context("nyckeln är okänd eller spärrad; skapa en ny med vakt keys create"),
        None => Ok(Caller {
            user: "lokal operatör".into(),
            authority: String::new(),
            role: Role::Admin,
        }),
    }
}

/// Run `vakt records`.
pub fn run(args: Args, global: &Global) -> anyhow::Result<ExitCode> {
    let cfg = Config::load(global.config.as_deref())?;
    runtime()?.block_on(async move {
        let store = open_store(&cfg).await?;
        match args.command {
            RecordsCommand::Verify { json } => verify(&*store, json).await,
            RecordsCommand::Search { filter, format } => {
                let viewer = who(&*store, filter.key.as_deref()).await?;
                let found = store.search(&filter.query(100)?, &viewer).await?;
                let mut out = std::io::stdout().lock();
                if format == "json" {
                    export::write_jsonl(&mut out, &found, false)?;
                } else {
                    for r in &found {
                        let text = r.request.as_deref().unwrap_or("(gallrad)");
                        let short: String = text.chars().take(80).collect();
                        writeln!(
                            out,
                            "{}  {}  {}  {}  {}  nivå {}  {}{}  {}",
                            r.id,
                            r.created_at.format("%Y-%m-%d %H:%M:%S"),
                            r.authority,
                            r.user,
                            r.system,
                            r.level,
                            r.decision,
                            if r.completed { "" } else { " (ofullständig)" },
                            short.replace('\n', " ")
                        )?;
                    }
                    eprintln!("{} poster", found.len());
                }
                Ok(ExitCode::SUCCESS)
            }
            RecordsCommand::Export {
                filter,
                format,
                mask,
                output,
            } => {
                let viewer = who(&*store, filter.key.as_deref()).await?;
                let found = store.search(&filter.query(0)?, &viewer).await?;
                let mut buf: Vec<u8> = Vec::new();
                match format.as_str() {
                    "csv" => export::write_csv(&mut buf, &found, mask)?,
                    "html" => export::write_html(
                        &mut buf,
                        &found,
                        mask,
                        &export::ReportInfo {
                            organisation: cfg.organisation.name.clone(),
                            selection: filter.describe(),
                            produced_by: viewer.user.clone(),
                        },
                    )?,
                    _ => export::write_jsonl(&mut buf, &found, mask)?,
                }
                match output {
                    Some(path) => std::fs::write(&path, &buf)
                        .with_context(|| format!("kan inte skriva {}", path.display()))?,
                    None => std::io::stdout().lock().write_all(&buf)?,
                }
                eprintln!(
                    "{} poster exporterade{}",
                    found.len(),
                    if mask { " (maskerade)" } else { "" }
                );
                Ok(ExitCode::SUCCESS)
            }
            RecordsCommand::Purge { authority, key } => {
                let viewer = who(&*store, key.as_deref()).await?;
                purge(&cfg, &*store, authority.as_deref(), &viewer).await
            }
            RecordsCommand::Incidents { authority, limit } => {
                for i in store.incidents(authority.as_deref(), limit).await? {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        i.id,
                        i.created_at.format("%Y-%m-%d %H:%M:%S"),
                        i.authority,
                        i.severity.id(),
                        i.kind,
                        i.rules.join(","),
                        i.message
                    );
                }
                Ok(ExitCode::SUCCESS)
            }
            RecordsCommand::Stats { authority } => {
                println!("månad\tmyndighet\tsystem\tnivå\tbeslut\tantal");
                for s in store.stats_monthly(authority.as_deref()).await? {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}",
                        s.month, s.authority, s.system, s.level, s.decision, s.count
                    );
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}

async fn verify(store: &dyn Store, json: bool) -> anyhow::Result<ExitCode> {
    let report = store.verify().await?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        if report.chains.is_empty() {
            println!("Diariet är tomt.");
        }
        for c in &report.chains {
            match &c.broken {
                None => println!(
                    "{}: kedjan är hel ({} poster, {} händelser)",
                    c.authority, c.records, c.events
                ),
                Some(b) => println!(
                    "{}: KEDJAN ÄR BRUTEN på plats {}{}: {}",
                    c.authority,
                    b.pos,
                    b.record_id
                        .as_deref()
                        .map(|r| format!(" (post {r})"))
                        .unwrap_or_default(),
                    b.reason
                ),
            }
        }
    }
    Ok(if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

async fn purge(
    cfg: &Config,
    store: &dyn Store,
    only: Option<&str>,
    viewer: &Caller,
) -> anyhow::Result<ExitCode> {
    if let Some(id) = only {
        if cfg.authority(id).is_none() {
            anyhow::bail!("myndigheten {id:?} finns inte i konfigurationen ([[authorities]])");
        }
    }
    let targets: Vec<_> = cfg
        .authorities
        .iter()
        .filter(|a| only.is_none_or(|id| a.id == id))
        .collect();
    let mut done = 0;
    for a in targets {
        let Some(days) = a.retention_days else {
            if only.is_some() {
                anyhow::bail!(
                    "{} har ingen gallringsfrist: sätt retention_days för myndigheten",
                    a.id
                );
            }
            continue;
        };
        let Some(decision) = a
            .disposal_decision
            .as_deref()
            .filter(|d| !d.trim().is_empty())
        else {
            anyhow::bail!(
                "{} saknar gallringsbeslut: sätt disposal_decision för myndigheten innan gallring",
                a.id
            );
        };
        let cutoff = Utc::now() - Duration::days(i64::from(days));
        let r = store.purge(&a.id, cutoff, decision, viewer).await?;
        println!(
            "{}: {} poster gallrade (skapade före {}) enligt {}",
            r.authority,
            r.disposed,
            r.cutoff.format("%Y-%m-%d %H:%M:%S UTC"),
            r.decision
        );
        done += 1;
    }
    if done == 0 {
        eprintln!("Ingen myndighet har retention_days satt; inget att gallra.");
    }
    Ok(ExitCode::SUCCESS)
}
