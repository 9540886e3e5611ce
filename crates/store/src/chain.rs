//! The hash chain: an unambiguous serialization of each stored entry and its chained hash.
//!
//! hash = SHA-256("vakt-chain-v1" || prev_hash || kind || field…), each field written as a
//! presence byte, a u64 length and its bytes. Content enters through `digest` = SHA-256 of the
//! stored ciphertext, so disposal may drop the ciphertext and keep the chain verifiable.

use sha2::{Digest, Sha256};

/// The hash before the first entry of a chain.
pub const GENESIS: [u8; 32] = [0u8; 32];

/// The stored, hashed fields of a record row.
pub struct RecordFields<'a> {
    pub authority: &'a str,
    pub pos: i64,
    pub id: &'a str,
    pub created_at: i64,
    pub user: &'a str,
    pub system: &'a str,
    pub decision: &'a str,
    pub rules: &'a str,
    pub level: i64,
    pub categories: &'a str,
    pub purpose: Option<&'a str>,
    pub digest: &'a [u8],
}

/// The stored, hashed fields of an event row (completion or disposal).
pub struct EventFields<'a> {
    pub authority: &'a str,
    pub pos: i64,
    pub record_id: &'a str,
    pub kind: &'a str,
    pub created_at: i64,
    pub upstream_status: Option<i64>,
    pub info: &'a str,
    pub digest: &'a [u8],
}

struct Hasher(Sha256);

impl Hasher {
    fn new(prev: &[u8], kind: u8) -> Hasher {
        let mut h = Sha256::new();
        h.update(b"vakt-chain-v1");
        h.update((prev.len() as u64).to_le_bytes());
        h.update(prev);
        h.update([kind]);
        Hasher(h)
    }
    fn bytes(&mut self, b: &[u8]) {
        self.0.update([1u8]);
        self.0.update((b.len() as u64).to_le_bytes());
        self.0.update(b);
    }
    fn opt(&mut self, b: Option<&[u8]>) {
        match b {
            Some(b) => self.bytes(b),
            None => self.0.update([0u8]),
        }
    }
    fn int(&mut self, n: i64) {
        self.bytes(&n.to_le_bytes());
    }
    fn finish(self) -> [u8; 32] {
        self.0.finalize().into()
    }
}

/// The chained hash of a record.
pub fn record_hash(prev: &[u8], r: &RecordFields<'_>) -> [u8; 32] {
    let mut h = Hasher::new(prev, b'R');
    h.bytes(r.authority.as_bytes());
    h.int(r.pos);
    h.bytes(r.id.as_bytes());
    h.int(r.created_at);
    h.bytes(r.user.as_bytes());
    h.bytes(r.system.as_bytes());
    h.bytes(r.decision.as_bytes());
    h.bytes(r.rules.as_bytes());
    h.int(r.level);
    h.bytes(r.categories.as_bytes());
    h.opt(r.purpose.map(str::as_bytes));
    h.bytes(r.digest);
    h.finish()
}

/// The chained hash of an event.
pub fn event_hash(prev: &[u8], e: &EventFields<'_>) -> [u8; 32] {
    let mut h = Hasher::new(prev, b'E');
    h.bytes(e.authority.as_bytes());
    h.int(e.pos);
    h.bytes(e.record_id.as_bytes());
    h.bytes(e.kind.as_bytes());
    h.int(e.created_at);
    h.opt(
        e.upstream_status
            .map(|s| s.to_le_bytes())
            .as_ref()
            .map(|b| &b[..]),
    );
    h.bytes(e.info.as_bytes());
    h.bytes(e.digest);
    h.finish()
}

/// SHA-256 of stored content (empty input for none).
pub fn digest(content: Option<&[u8]>) -> [u8; 32] {
    Sha256::digest(content.unwrap_or(&[])).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec<'a>(user: &'a str, digest: &'a [u8]) -> RecordFields<'a> {
        RecordFields {
            authority: "a",
            pos: 1,
            id: "x",
            created_at: 5,
            user,
            system: "s",
            decision: "allowed",
            rules: "[]",
            level: 0,
            categories: ",",
            purpose: None,
            digest,
        }
    }

    #[test]
    fn every_field_and_the_previous_hash_change_the_hash() {
        let d = digest(Some(b"c"));
        let a = record_hash(&GENESIS, &rec("anna", &d));
        assert_ne!(a, record_hash(&GENESIS, &rec("anne", &d)));
        assert_ne!(a, record_hash(&[1u8; 32], &rec("anna", &d)));
        let d2 = digest(Some(b"C"));
        assert_ne!(a, record_hash(&GENESIS, &rec("anna", &d2)));
        assert_eq!(a, record_hash(&GENESIS, &rec("anna", &d)));
    }
}
