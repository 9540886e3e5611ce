//! Runs the real `vakt` binary: writes a config, makes a key with `vakt keys create`, starts
//! `vakt serve` on a free port and reads the address it prints.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `vakt serve`.
pub struct Served {
    /// The child process.
    pub child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// The config file.
    pub config: PathBuf,
    /// How long from spawn to the printed address.
    pub startup: Duration,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Writes `text` as `dir/vakt.toml`.
pub fn write_config(dir: &Path, text: &str) -> PathBuf {
    let p = dir.join("vakt.toml");
    std::fs::write(&p, text).unwrap();
    p
}

/// `vakt keys create --user U --authority A`: the key printed alone on its line.
pub fn create_key(bin: &str, config: &Path, user: &str, authority: &str) -> String {
    let out = Command::new(bin)
        .args([
            "--config",
            config.to_str().unwrap(),
            "keys",
            "create",
            "--user",
            user,
            "--authority",
            authority,
        ])
        .env("VAKT_RECORDS_KEY", RECORDS_KEY)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "keys create failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = String::from_utf8(out.stdout).unwrap();
    s.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .unwrap()
        .to_string()
}

/// A fixed records key for tests (hex, 32 bytes).
pub const RECORDS_KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/// Starts `vakt serve` with `config` on a free loopback port.
pub fn serve(bin: &str, config: &Path) -> Served {
    let t0 = Instant::now();
    let mut child = Command::new(bin)
        .args([
            "--config",
            config.to_str().unwrap(),
            "serve",
            "--listen",
            "127.0.0.1:0",
        ])
        .env("VAKT_RECORDS_KEY", RECORDS_KEY)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut tx = Some(tx);
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(addr) = line.strip_prefix("vakt: lyssnar på ") {
                if let Some(tx) = tx.take() {
                    let _ = tx.send(addr.trim().to_string());
                }
            } else {
                eprintln!("[vakt serve] {line}");
            }
        }
    });
    let base = match rx.recv_timeout(Duration::from_secs(30)) {
        Ok(b) => b,
        Err(_) => {
            let _ = child.kill();
            panic!("vakt serve did not start: {:?}", child.wait());
        }
    };
    Served {
        child,
        base,
        config: config.to_path_buf(),
        startup: t0.elapsed(),
    }
}
