//! `vakt keys create --user NAME --authority ID [--role user|admin|registrar]`: create an API
//! key and print it alone on its line (it is shown once; only its hash is stored).
//! Also `vakt keys list [--authority ID]` and `vakt keys revoke --user NAME --authority ID`.

use crate::Global;
use anyhow::Context as _;
use std::process::ExitCode;
use vakt_config::{Config, Role};

/// Options of `vakt keys`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: KeysCommand,
}

#[derive(Debug, clap::Subcommand)]
enum KeysCommand {
    /// Create a key; prints it on stdout, alone on its line.
    Create {
        /// The user the key belongs to.
        #[arg(long, value_name = "NAME")]
        user: String,
        /// The authority (nämnd or company) id.
        #[arg(long, value_name = "ID")]
        authority: String,
        /// user | admin | registrar.
        #[arg(long, default_value = "user", value_parser = ["user", "admin", "registrar"])]
        role: String,
    },
    /// List keys (never the keys themselves).
    List {
        /// Only this authority.
        #[arg(long, value_name = "ID")]
        authority: Option<String>,
    },
    /// Revoke every key of a user in an authority.
    Revoke {
        /// The user.
        #[arg(long, value_name = "NAME")]
        user: String,
        /// The authority id.
        #[arg(long, value_name = "ID")]
        authority: String,
    },
}

/// Load the configuration and open the store (shared with `vakt records`).
pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("kan inte starta körmiljön")
}

/// Open the store named by the configuration.
pub(crate) async fn open_store(
    cfg: &Config,
) -> anyhow::Result<std::sync::Arc<dyn vakt_store::Store>> {
    vakt_store::open(&cfg.storage, cfg.server.production)
        .await
        .with_context(|| format!("kan inte öppna diariet ({})", redact_url(&cfg.storage.url)))
}

/// A storage URL without its password, for messages.
pub(crate) fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let userinfo = &url[s + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Run `vakt keys`.
pub fn run(args: Args, global: &Global) -> anyhow::Result<ExitCode> {
    let cfg = Config::load(global.config.as_deref())?;
    runtime()?.block_on(async {
        let store = open_store(&cfg).await?;
        match args.command {
            KeysCommand::Create {
                user,
                authority,
                role,
            } => {
                if user.trim().is_empty() {
                    anyhow::bail!("--user får inte vara tomt");
                }
                if !cfg.authorities.is_empty() && cfg.authority(&authority).is_none() {
                    let known: Vec<&str> = cfg.authorities.iter().map(|a| a.id.as_str()).collect();
                    anyhow::bail!(
                        "myndigheten {authority:?} finns inte i konfigurationen; kända: {}",
                        known.join(", ")
                    );
                }
                let role = Role::from_id(&role).context("okänd roll")?;
                let key = store.create_key(&user, &authority, role).await?;
                println!("{key}");
                eprintln!(
                    "Nyckel skapad för {user} ({authority}, roll {}). Den visas bara nu: spara den säkert.",
                    role.id()
                );
            }
            KeysCommand::List { authority } => {
                for k in store.list_keys(authority.as_deref()).await? {
                    println!(
                        "{}\t{}\t{}\t{}\t{}{}",
                        k.fingerprint,
                        k.authority,
                        k.user,
                        k.role,
                        k.created_at.format("%Y-%m-%d"),
                        if k.revoked { "\tspärrad" } else { "" }
                    );
                }
            }
            KeysCommand::Revoke { user, authority } => {
                let n = store.revoke_keys(&user, &authority).await?;
                println!("{n} nycklar spärrade för {user} ({authority})");
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
