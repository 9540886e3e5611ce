//! The state every handler shares: configuration, policy, record store, engine, the pooled
//! upstream client, metrics and the key cache. Built once at start; cheap to clone (one Arc).

use crate::auth::KeyCache;
use crate::metrics::Metrics;
use crate::upstream::Upstream;
use std::ops::Deref;
use std::sync::Arc;
use vakt_config::Config;

/// What every handler shares. Clone it freely: it is one `Arc`.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

/// The shared parts, reached through [`AppState`]'s `Deref`.
pub struct Inner {
    /// The configuration as loaded.
    pub config: Arc<Config>,
    /// The organisation's policy (profile, register, decisions).
    pub policy: Arc<vakt_policy::Policy>,
    /// The record store.
    pub store: Arc<dyn vakt_store::Store>,
    /// The detection engine.
    pub engine: &'static vakt_detect::Engine,
    /// The pooled upstream client and the systems' routes.
    pub upstream: Upstream,
    /// Counters for `/metrics`.
    pub metrics: Metrics,
    /// Recently checked API keys.
    pub keys: KeyCache,
}

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// Builds the state: the policy from the configuration, the store (opened and migrated),
    /// the engine and the upstream client. Fails on an invalid configuration or an
    /// unreachable store, so `vakt serve` never starts half-working.
    pub async fn new(cfg: Config) -> anyhow::Result<AppState> {
        let policy = vakt_policy::Policy::from_config(&cfg)?;
        let store = vakt_store::open(&cfg.storage, cfg.server.production).await?;
        AppState::with_parts(cfg, Arc::new(policy), store)
    }

    /// Builds the state from parts already made (tests, or a program embedding the gateway).
    pub fn with_parts(
        cfg: Config,
        policy: Arc<vakt_policy::Policy>,
        store: Arc<dyn vakt_store::Store>,
    ) -> anyhow::Result<AppState> {
        let upstream = Upstream::new(&cfg)?;
        let engine = vakt_detect::Engine::shared();
        Ok(AppState(Arc::new(Inner {
            config: Arc::new(cfg),
            policy,
            store,
            engine,
            upstream,
            metrics: Metrics::default(),
            keys: KeyCache::default(),
        })))
    }
}
