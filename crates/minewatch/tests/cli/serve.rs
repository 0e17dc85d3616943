#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! `minewatch serve` and `minewatch keys` as a user runs them: a real process on 127.0.0.1,
//! a real SQLite file, real Chromium for the dashboard.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::common::bin;

pub(crate) struct Running {
    pub(crate) child: Child,
    pub(crate) url: String,
    pub(crate) key: String,
    /// The embedded pool's Stratum address.
    pub(crate) stratum: Option<std::net::SocketAddr>,
    _lines: mpsc::Receiver<String>,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `minewatch serve` on free loopback ports in `data`; waits for it to listen.
pub(crate) fn start(data: &Path, extra: &[&str]) -> Running {
    let mut child = Command::new(bin())
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--stratum",
            "127.0.0.1:0",
        ])
        .arg("--data")
        .arg(data)
        .arg("--admin-key-file")
        .arg(data.join("admin.key"))
        .args(extra)
        .env("MINEWATCH_OFFLINE", "1")
        .env("MINEWATCH_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut seen = Vec::new();
    let (url, stratum) = loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = rx
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("server did not start; stderr:\n{}", seen.join("\n")));
        if let Some(rest) = line.split("serving on ").nth(1) {
            let stratum = line
                .split("Stratum pool on ")
                .nth(1)
                .and_then(|r| r.split(';').next())
                .and_then(|a| a.parse().ok());
            break (rest.split(' ').next().unwrap().to_owned(), stratum);
        }
        seen.push(line);
    };
    let key = std::fs::read_to_string(data.join("admin.key"))
        .map(|k| k.trim().to_owned())
        .unwrap_or_default();
    Running {
        child,
        url,
        key,
        stratum,
        _lines: rx,
    }
}

pub(crate) fn client() -> reqwest::blocking::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap()
}

#[test]
fn first_run_makes_an_admin_key_and_keys_cli_manages_keys() {
    let _heavy = crate::common::heavy();
    let dir = tempfile::tempdir().unwrap();
    let s = start(dir.path(), &[]);
    assert!(s.key.starts_with("mwk_"), "{}", s.key);
    let c = client();
    let r = c.get(format!("{}v1/health", s.url)).send().unwrap();
    assert_eq!(r.status(), 200);
    let r = c.get(format!("{}v1/keys", s.url)).send().unwrap();
    assert_eq!(r.status(), 401);
    let r = c
        .get(format!("{}v1/keys", s.url))
        .bearer_auth(&s.key)
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    // The CLI makes a read key in the same data directory; the key is printed once.
    let out = Command::new(bin())
        .args([
            "keys", "create", "--name", "grafana", "--scope", "read", "--json",
        ])
        .arg("--data")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let read_key = v["key"].as_str().unwrap().to_owned();
    let id = v["id"].as_str().unwrap().to_owned();
    let list = Command::new(bin())
        .args(["keys", "list"])
        .arg("--data")
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(text.contains("grafana") && text.contains(&id) && !text.contains(&read_key));
    // A second start does not make another admin key.
    drop(s);
    let again = start(dir.path(), &[]);
    let keys: serde_json::Value = c
        .get(format!("{}v1/keys", again.url))
        .bearer_auth(&again.key)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(keys.as_array().unwrap().len(), 2, "{keys}");
    // The read key works for reads and is refused for writes.
    let r = c
        .get(format!("{}v1/scans", again.url))
        .bearer_auth(&read_key)
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = c
        .post(format!("{}v1/miner/start", again.url))
        .bearer_auth(&read_key)
        .json(&serde_json::json!({}))
        .send()
        .unwrap();
    assert_eq!(r.status(), 403);
    // Revoked from the CLI while the server runs: refused within seconds.
    let out = Command::new(bin())
        .args(["keys", "revoke", &id])
        .arg("--data")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = c
            .get(format!("{}v1/scans", again.url))
            .bearer_auth(&read_key)
            .send()
            .unwrap();
        if r.status() == 401 {
            break;
        }
        assert!(Instant::now() < deadline, "revoked key still accepted");
        std::thread::sleep(Duration::from_millis(200));
    }
    // Bad input to the CLI: exit 2 with a message.
    let out = Command::new(bin())
        .args(["keys", "create", "--name", "x", "--scope", "root"])
        .arg("--data")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid scope"));
}

#[test]
fn sigkill_during_writes_loses_no_acknowledged_record() {
    let _heavy = crate::common::heavy();
    let dir = tempfile::tempdir().unwrap();
    let fast = ["--key-rate", "100000", "--ip-rate", "100000"];
    let mut s = start(dir.path(), &fast);
    let url = s.url.clone();
    let key = s.key.clone();
    // Four writers submit scans as fast as they can; each remembers what was acknowledged.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (url, key, stop) = (url.clone(), key.clone(), stop.clone());
            std::thread::spawn(move || {
                let c = client();
                let mut acked = Vec::new();
                let mut i = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let body = serde_json::json!({"type": "content", "name": format!("w{w}-{i}.js"), "text": format!("var x{i} = {i};")});
                    match c.post(format!("{url}v1/scans")).bearer_auth(&key).json(&body).send() {
                        Ok(r) if r.status() == 201 => {
                            let v: serde_json::Value = match r.json() {
                                Ok(v) => v,
                                Err(_) => break,
                            };
                            acked.push((v["scan"]["id"].as_i64().unwrap(), format!("w{w}-{i}.js")));
                        }
                        _ => break,
                    }
                    i += 1;
                }
                acked
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(2500));
    // SIGKILL: no chance to flush or shut down cleanly.
    s.child.kill().unwrap();
    s.child.wait().unwrap();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let acked: Vec<(i64, String)> = writers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert!(acked.len() > 20, "only {} writes acknowledged", acked.len());
    drop(s);
    let again = start(dir.path(), &fast);
    let c = client();
    for (id, name) in &acked {
        let r = c
            .get(format!("{}v1/scans/{id}", again.url))
            .bearer_auth(&again.key)
            .send()
            .unwrap();
        assert_eq!(r.status(), 200, "acknowledged scan {id} lost");
        let v: serde_json::Value = r.json().unwrap();
        assert_eq!(v["scan"]["target"], name.as_str());
    }
}

#[test]
fn https_with_a_given_certificate() {
    let _heavy = crate::common::heavy();
    let dir = tempfile::tempdir().unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let cert_path = dir.path().join("cert.pem");
    let key_path = dir.path().join("key.pem");
    std::fs::write(&cert_path, cert.cert.pem()).unwrap();
    std::fs::write(&key_path, cert.signing_key.serialize_pem()).unwrap();
    let s = start(
        &dir.path().join("data"),
        &[
            "--tls-cert",
            cert_path.to_str().unwrap(),
            "--tls-key",
            key_path.to_str().unwrap(),
        ],
    );
    assert!(s.url.starts_with("https://"), "{}", s.url);
    let _ = rustls::crypto::ring::default_provider().install_default();
    let c = reqwest::blocking::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let port = s.url.rsplit(':').next().unwrap().trim_end_matches('/');
    let r = c
        .get(format!("https://localhost:{port}/v1/miner"))
        .bearer_auth(&s.key)
        .send()
        .unwrap();
    assert_eq!(r.status(), 200);
    // Plain HTTP to the TLS port gets no API answer.
    let plain = client()
        .get(format!("http://127.0.0.1:{port}/v1/health"))
        .send();
    assert!(plain.map_or(true, |r| r.status() != 200));
    // A missing certificate is a clear error and exit 2.
    let out = Command::new(bin())
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--stratum",
            "off",
            "--tls-cert",
        ])
        .arg(dir.path().join("nope.pem"))
        .arg("--tls-key")
        .arg(&key_path)
        .arg("--data")
        .arg(dir.path().join("d2"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.pem"));
}

#[test]
fn dashboard_in_headless_chromium() {
    let _heavy = crate::common::heavy();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let interop = root.join("interop/dashboard");
    assert!(
        Path::new("/usr/bin/chromium").exists(),
        "Debian's chromium is needed (apt-get install chromium; .ci/run installs it)"
    );
    if !interop.join("node_modules/playwright-core").exists() {
        let st = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&interop)
            .status()
            .unwrap();
        assert!(st.success(), "npm ci in interop/dashboard failed");
    }
    let dir = tempfile::tempdir().unwrap();
    let s = start(dir.path(), &["--tick", "0.5"]);
    let shots = root.join("target/dashboard-screenshots");
    let out = Command::new("node")
        .arg(interop.join("dashboard.mjs"))
        .arg(&s.url)
        .arg(&s.key)
        .arg(&shots)
        .arg(root.join("crates/minewatch-detect/tests/data/pcaps/zeek-coinhive-stratum.pcap"))
        .output()
        .unwrap();
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "dashboard test failed:\n{text}");
    assert!(
        text.contains("alert arrived live") && text.contains("dashboard ok"),
        "{text}"
    );
    for f in [
        "login.png",
        "scans.png",
        "overview-alert.png",
        "profit.png",
        "mining.png",
    ] {
        assert!(
            shots.join(f).metadata().unwrap().len() > 10_000,
            "{f} missing or empty"
        );
    }
}
