//! `vakt serve`: the OpenAI-compatible gateway and the web pages on one port.

use crate::Global;
use std::process::ExitCode;

/// Options.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on (overrides `[server].listen`; `127.0.0.1:0` picks a free port).
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

/// Loads the configuration, opens the store, and serves until SIGTERM or ctrl-c.
pub fn run(args: Args, global: &Global) -> anyhow::Result<ExitCode> {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("VAKT_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .try_init();
    let mut cfg = vakt_config::Config::load(global.config.as_deref())?;
    if let Some(l) = args.listen {
        cfg.server.listen = l;
    }
    let mut rt = tokio::runtime::Builder::new_multi_thread();
    rt.enable_all();
    if let Some(n) = args.threads {
        rt.worker_threads(n.max(1));
    }
    let rt = rt.build()?;
    rt.block_on(async move {
        let state = vakt_gateway::AppState::new(cfg).await?;
        let web = vakt_web::router(state.clone());
        vakt_gateway::serve(state, web).await
    })?;
    Ok(ExitCode::SUCCESS)
}
