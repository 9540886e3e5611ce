//! The records key: where it comes from, sealing and opening content, and the search subkey.

use crate::StoreError;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use siphasher::sip::SipHasher24;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

const NONCE_LEN: usize = 24;

/// The 32-byte key that seals record content and keys the search index.
#[derive(Clone)]
pub struct RecordsKey {
    cipher: XChaCha20Poly1305,
    /// The search subkey: SipHash-2-4's two 64-bit key halves.
    index: (u64, u64),
}

impl std::fmt::Debug for RecordsKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecordsKey(…)")
    }
}

impl RecordsKey {
    /// A key from its 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> RecordsKey {
        let cipher = XChaCha20Poly1305::new((&bytes).into());
        // v2: the subkey keys SipHash-2-4 (v1 keyed HMAC-SHA-256, ten times dearer per word;
        // migration 0004/0003 rebuilds an index of v1 tokens)
        let mut sub = <Hmac<Sha256> as Mac>::new_from_slice(&bytes).expect("any key length");
        sub.update(b"vakt search index v2");
        let sub = sub.finalize().into_bytes();
        let half = |i: usize| u64::from_le_bytes(sub[i..i + 8].try_into().expect("8 bytes"));
        RecordsKey {
            cipher,
            index: (half(0), half(8)),
        }
    }

    /// A key from 64 hex digits (whitespace around is ignored).
    pub fn from_hex(s: &str) -> Result<RecordsKey, StoreError> {
        let bytes = hex::decode(s.trim()).map_err(|_| {
            StoreError::Config("nyckeln för diariet ska vara 64 hexadecimala tecken".into())
        })?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| {
            StoreError::Config(
                "nyckeln för diariet ska vara 32 byte (64 hexadecimala tecken)".into(),
            )
        })?;
        Ok(RecordsKey::from_bytes(bytes))
    }

    /// A fresh random key and its hex form.
    pub fn generate() -> (RecordsKey, String) {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        (RecordsKey::from_bytes(bytes), hex::encode(bytes))
    }

    /// Load the key per the storage configuration (see [`crate::open`]).
    pub fn load(
        cfg: &vakt_config::StorageConfig,
        production: bool,
    ) -> Result<RecordsKey, StoreError> {
        if let Ok(v) = std::env::var(&cfg.key_env) {
            if !v.trim().is_empty() {
                return RecordsKey::from_hex(&v).map_err(|e| {
                    StoreError::Config(format!("miljövariabeln {}: {e}", cfg.key_env))
                });
            }
        }
        if let Some(file) = &cfg.key_file {
            let text = std::fs::read_to_string(file).map_err(|e| {
                StoreError::Config(format!("kan inte läsa nyckelfilen {}: {e}", file.display()))
            })?;
            return RecordsKey::from_hex(&text)
                .map_err(|e| StoreError::Config(format!("nyckelfilen {}: {e}", file.display())));
        }
        if production {
            return Err(StoreError::Config(format!(
                "ingen nyckel för diariet i produktionsläge: sätt miljövariabeln {} \
                 (64 hexadecimala tecken) eller storage.key_file",
                cfg.key_env
            )));
        }
        let file = dev_key_path(&cfg.url);
        if file.exists() {
            let text = std::fs::read_to_string(&file)?;
            tracing::warn!(
                "utvecklingsläge: diariets nyckel läses från {} (sätt {} i produktion)",
                file.display(),
                cfg.key_env
            );
            return RecordsKey::from_hex(&text)
                .map_err(|e| StoreError::Config(format!("nyckelfilen {}: {e}", file.display())));
        }
        if let Some(dir) = file.parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)?;
            }
        }
        let (key, hex) = RecordsKey::generate();
        write_private(&file, &hex)?;
        tracing::warn!(
            "utvecklingsläge: ingen nyckel för diariet angiven; en ny nyckel har skapats i {} \
             — spara den säkert, utan den kan diariet inte läsas (sätt {} i produktion)",
            file.display(),
            cfg.key_env
        );
        eprintln!(
            "vakt: varning: ny nyckel för diariet skapad i {} (utvecklingsläge)",
            file.display()
        );
        Ok(key)
    }

    /// Seal `plain`, bound to `aad`; output is nonce || ciphertext.
    pub(crate) fn seal(&self, plain: &[u8], aad: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::thread_rng().fill_bytes(&mut nonce);
        let ct = self
            .cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
            .expect("XChaCha20-Poly1305 encryption does not fail for in-memory buffers");
        let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        out
    }

    /// Open what [`RecordsKey::seal`] produced.
    pub(crate) fn open(&self, sealed: &[u8], aad: &[u8]) -> Result<Vec<u8>, StoreError> {
        if sealed.len() < NONCE_LEN {
            return Err(StoreError::Crypto("för kort chiffertext".into()));
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        self.cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
            .map_err(|_| {
                StoreError::Crypto(
                    "innehållet kan inte dekrypteras (fel nyckel eller ändrade data)".into(),
                )
            })
    }

    /// The keyed hash of a normalized word, as stored in the search index: SipHash-2-4, a
    /// pseudorandom function made for short inputs, under the search subkey.
    pub(crate) fn token(&self, word: &str) -> i64 {
        let mut h = SipHasher24::new_with_keys(self.index.0, self.index.1);
        h.write(word.as_bytes());
        h.finish() as i64
    }
}

/// Where dev mode keeps its generated key: beside the SQLite file, else `vakt-data/`.
fn dev_key_path(url: &str) -> PathBuf {
    if let Some(path) = crate::db::sqlite_path(url) {
        if let Some(dir) = Path::new(&path).parent() {
            if !dir.as_os_str().is_empty() {
                return dir.join("records.key");
            }
        }
    }
    PathBuf::from("vakt-data").join("records.key")
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path)?;
    f.write_all(text.as_bytes())?;
    f.write_all(b"\n")?;
    f.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trip_and_aad_binding() {
        let (k, _) = RecordsKey::generate();
        let s = k.seal(b"hemligt", b"id-1");
        assert_eq!(k.open(&s, b"id-1").unwrap(), b"hemligt");
        assert!(k.open(&s, b"id-2").is_err());
        let mut t = s.clone();
        t[30] ^= 1;
        assert!(k.open(&t, b"id-1").is_err());
    }

    #[test]
    fn bad_hex_is_an_error() {
        assert!(RecordsKey::from_hex("abc").is_err());
        assert!(RecordsKey::from_hex(&"00".repeat(31)).is_err());
        assert!(RecordsKey::from_hex(&"0f".repeat(32)).is_ok());
    }
}
