//! API keys: generation, hashing, and a short-lived cache for the gateway's hot path.

use rand::RngCore;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use vakt_config::Caller;

/// How long a looked-up key is trusted without asking the database (revocation delay).
const TTL_FOUND: Duration = Duration::from_secs(30);
/// How long an unknown key is remembered as unknown.
const TTL_MISSING: Duration = Duration::from_secs(2);
/// Most cached keys; the cache is emptied when full.
const MAX_ENTRIES: usize = 10_000;

/// A new key: `vakt_` and 64 hex digits (32 random bytes).
pub fn generate_key() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    format!("vakt_{}", hex::encode(b))
}

/// What is stored for a key.
pub fn key_hash(key: &str) -> [u8; 32] {
    Sha256::digest(key.trim().as_bytes()).into()
}

/// A cached answer and when it was fetched.
type Entry = (Option<Caller>, Instant);

/// Cache of key hash → caller.
#[derive(Default)]
pub struct KeyCache {
    map: Mutex<HashMap<[u8; 32], Entry>>,
}

impl KeyCache {
    /// A cached answer still fresh.
    pub fn get(&self, h: &[u8; 32]) -> Option<Option<Caller>> {
        let map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        let (c, at) = map.get(h)?;
        let ttl = if c.is_some() { TTL_FOUND } else { TTL_MISSING };
        (at.elapsed() < ttl).then(|| c.clone())
    }

    /// Remember an answer.
    pub fn put(&self, h: [u8; 32], c: Option<Caller>) {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_ENTRIES {
            map.clear();
        }
        map.insert(h, (c, Instant::now()));
    }

    /// Forget everything (after a revocation in this process).
    pub fn clear(&self) {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}
