//! API keys: `Authorization: Bearer <key>` checked against the store, with a short cache so
//! the store's (deliberately slow) key hashing is not on every request's path. The cache
//! holds a SHA-256 of the key, never the key itself.

use axum::http::HeaderMap;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};
use vakt_config::Caller;

/// How long a checked key is trusted without asking the store again.
pub const TTL: Duration = Duration::from_secs(30);
const MAX_ENTRIES: usize = 10_000;

/// The bearer token of a request, if there is one.
pub fn bearer(h: &HeaderMap) -> Option<&str> {
    let v = h.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = v.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return None;
    }
    let token = token.trim();
    (!token.is_empty() && token.len() <= 512).then_some(token)
}

/// Recently authenticated keys.
#[derive(Default)]
pub struct KeyCache {
    map: RwLock<HashMap<[u8; 32], (Caller, Instant)>>,
}

fn digest(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

impl KeyCache {
    /// The caller of `key` when it was checked within [`TTL`].
    pub fn get(&self, key: &str) -> Option<Caller> {
        let d = digest(key);
        let m = self.map.read().ok()?;
        let (c, at) = m.get(&d)?;
        (at.elapsed() < TTL).then(|| c.clone())
    }

    /// Remembers a checked key.
    pub fn put(&self, key: &str, caller: Caller) {
        if let Ok(mut m) = self.map.write() {
            if m.len() >= MAX_ENTRIES {
                m.retain(|_, (_, at)| at.elapsed() < TTL);
                if m.len() >= MAX_ENTRIES {
                    m.clear();
                }
            }
            m.insert(digest(key), (caller, Instant::now()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn reads_bearer() {
        let mut h = HeaderMap::new();
        assert_eq!(bearer(&h), None);
        h.insert("authorization", HeaderValue::from_static("Bearer  abc "));
        assert_eq!(bearer(&h), Some("abc"));
        h.insert("authorization", HeaderValue::from_static("Basic abc"));
        assert_eq!(bearer(&h), None);
        h.insert("authorization", HeaderValue::from_static("Bearer "));
        assert_eq!(bearer(&h), None);
    }

    #[test]
    fn caches_by_digest() {
        let c = KeyCache::default();
        let caller = Caller {
            user: "anna".into(),
            authority: "sn".into(),
            role: vakt_config::Role::User,
        };
        assert!(c.get("k").is_none());
        c.put("k", caller.clone());
        assert_eq!(c.get("k"), Some(caller));
        assert!(c.get("k2").is_none());
    }
}
