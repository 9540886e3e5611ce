//! Serving: bind, merge the web pages, answer until SIGTERM or ctrl-c, then stop accepting
//! and let requests in flight (streams included) finish.

use crate::routes::{api_router, not_found, panic_response};
use crate::state::AppState;
use axum::Router;
use std::future::Future;
use tokio::net::TcpListener;

/// The whole application: the API, `extra` (the web pages) merged in, the 404 fallback and
/// the panic guard.
pub fn app(state: AppState, extra: Router) -> Router {
    api_router(state).merge(extra).fallback(not_found).layer(
        tower_http::catch_panic::CatchPanicLayer::custom(panic_response),
    )
}

/// Serves on an already bound listener until `shutdown` resolves, then drains.
pub async fn serve_on(
    listener: TcpListener,
    state: AppState,
    extra: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = app(state, extra);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Binds `[server].listen` and serves until SIGTERM or ctrl-c.
pub async fn serve(state: AppState, extra: Router) -> anyhow::Result<()> {
    let addr = state.config.server.listen.clone();
    let listener = TcpListener::bind(&addr)
        .await
        .map_err(|e| anyhow::anyhow!("kan inte lyssna på {addr}: {e}"))?;
    // One line on stderr with the real address (the port when `:0` was asked for); the
    // tests and scripts read it.
    eprintln!("vakt: lyssnar på http://{}", listener.local_addr()?);
    serve_on(listener, state, extra, shutdown_signal()).await?;
    tracing::info!("vakt serve stopped");
    Ok(())
}

/// Resolves on SIGTERM or ctrl-c.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
