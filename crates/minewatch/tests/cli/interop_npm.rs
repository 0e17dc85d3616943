//! A third-party Stratum client from the npm registry (`stratum-client@1.1.0`, driven by
//! `interop/stratum-client/driver.js`) against `minewatch pool` over 127.0.0.1: it subscribes,
//! authorizes and receives work; its valid share is accepted and its stale, duplicate,
//! low-difficulty and unknown-job submissions get the right errors.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{ChildStdin, Command as StdCommand, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt as _;

use crate::common::{Reaper, free_port, wait_listening};
use minewatch_pow::search::{Backend, WorkUnit};
use minewatch_pow::{Target, hex};
use minewatch_stratum::proto::{Job, Message, Method};
use serde_json::{Value, json};

fn interop_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../interop/stratum-client")
}

/// Installs the npm package on first use (CI does it in .ci/run; this keeps `cargo test`
/// self-contained on a fresh checkout).
fn ensure_installed() {
    let dir = interop_dir();
    if dir.join("node_modules/stratum-client/index.js").exists() {
        return;
    }
    let st = StdCommand::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir)
        .status()
        .expect("npm is installed (Node 20 ships it)");
    assert!(st.success(), "npm ci in {} failed", dir.display());
}

/// Kills a child process when dropped, so a failing test leaves nothing running.
struct Driver {
    /// Held so the driver process is killed when the test ends, pass or fail.
    _child: Reaper,
    stdin: ChildStdin,
    events: mpsc::Receiver<Value>,
    /// Events received but not yet consumed, in arrival order.
    backlog: Vec<Value>,
}

impl Driver {
    /// The first not yet consumed event whose kind is one of `kinds`.
    fn take(&mut self, kinds: &[&str]) -> Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(i) = self
                .backlog
                .iter()
                .position(|e| kinds.iter().any(|k| e["event"] == *k))
            {
                return self.backlog.remove(i);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.events.recv_timeout(left) {
                Ok(ev) => self.backlog.push(ev),
                Err(_) => panic!(
                    "no {kinds:?} event from stratum-client; got {:?}",
                    self.backlog
                ),
            }
        }
    }

    fn next(&mut self, kind: &str) -> Value {
        self.take(&[kind])
    }

    /// The next submit outcome (`submit_ok` or `submit_fail`).
    fn outcome(&mut self) -> Value {
        self.take(&["submit_ok", "submit_fail"])
    }

    fn submit(&mut self, job_id: &str, en2: &[u8], ntime: u32, nonce: u32) {
        let line = json!({"job_id": job_id, "extranonce2": hex::encode(en2), "ntime": format!("{ntime:08x}"), "nonce": format!("{nonce:08x}")});
        writeln!(self.stdin, "{line}").unwrap();
        self.stdin.flush().unwrap();
    }
}

fn job_from_work(w: &Value) -> Job {
    let params = json!([
        w["job_id"],
        w["prevhash"],
        w["coinb1"],
        w["coinb2"],
        w["merkle_branch"],
        w["version"],
        w["nbits"],
        w["ntime"],
        w["clean_jobs"]
    ]);
    match Message::parse(
        json!({"id": null, "method": "mining.notify", "params": params})
            .to_string()
            .as_bytes(),
    )
    .unwrap()
    {
        Message::Request {
            method: Method::Notify(j),
            ..
        } => j,
        other => panic!("{other:?}"),
    }
}

fn error_code(ev: &Value) -> i64 {
    ev["error"][0]
        .as_i64()
        .unwrap_or_else(|| panic!("error array in {ev}"))
}

#[test]
fn npm_stratum_client_gets_the_right_answers_from_our_pool() {
    let _heavy = crate::common::heavy();
    ensure_installed();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let _pool = Reaper(
        StdCommand::cargo_bin("minewatch")
            .unwrap()
            .args([
                "pool",
                "--db",
                ":memory:",
                "--listen",
                &format!("127.0.0.1:{port}"),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_listening(port);
    answers_are_right(port);
}

/// The same V1 client through `minewatch proxy` to the pool's Stratum V2 port: every answer,
/// the rejections included, is the pool's own verdict on that share.
#[test]
fn npm_stratum_client_through_the_v2_proxy_gets_the_pools_verdicts() {
    let _heavy = crate::common::heavy();
    ensure_installed();
    let dir = tempfile::tempdir().unwrap();
    let (v1, v2, proxy_port) = (free_port(), free_port(), free_port());
    let mut pool = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "pool",
            "--db",
            ":memory:",
            "--listen",
            &format!("127.0.0.1:{v1}"),
            "--sv2",
            &format!("127.0.0.1:{v2}"),
            "--sv2-key",
        ])
        .arg(dir.path().join("key"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(pool.stderr.take().unwrap()).lines();
    let url = crate::common::stratum2_url(&mut stderr);
    std::thread::spawn(move || for _ in stderr {});
    let _pool = Reaper(pool);
    let _proxy = Reaper(
        StdCommand::cargo_bin("minewatch")
            .unwrap()
            .args([
                "proxy",
                "--listen",
                &format!("127.0.0.1:{proxy_port}"),
                "--upstream",
                &url,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_listening(proxy_port);
    answers_are_right(proxy_port);
}

/// Drives the npm client against a V1 port: a valid share accepted, then stale or duplicate,
/// low-difficulty and unknown-job submissions refused with the right codes.
fn answers_are_right(port: u16) {
    let mut child = StdCommand::new("node")
        .arg(interop_dir().join("driver.js"))
        .args([&port.to_string(), "npmworker"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("node is installed");
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&line) {
                let _ = tx.send(v);
            }
        }
    });
    let stdin = child.stdin.take().unwrap();
    let mut d = Driver {
        _child: Reaper(child),
        stdin,
        events: rx,
        backlog: Vec::new(),
    };

    let sub = d.next("subscribe");
    let en1 = hex::decode(sub["extranonce1"].as_str().unwrap()).unwrap();
    assert_eq!(sub["extranonce2_size"], 4);
    let diff = d.next("difficulty")["difficulty"].as_f64().unwrap();
    let work = d.next("work");
    d.next("authorized");
    let job = job_from_work(&work);

    // A valid share, solved here with minewatch's engine, submitted by the npm client.
    let en2 = [0, 0, 0, 1];
    let header = job.header(&en1, &en2, job.ntime, 0, None, 0);
    let w = WorkUnit::new(header, Target::from_difficulty(diff).unwrap());
    let nonce = (0u32..)
        .step_by(1 << 20)
        .find_map(|s| {
            w.scan(Backend::best(), s, 1 << 20)
                .found
                .first()
                .map(|f| f.nonce)
        })
        .unwrap();
    d.submit(&job.job_id, &en2, job.ntime, nonce);
    let ok = d.outcome();
    assert_eq!(ok["event"], "submit_ok", "{ok}");
    assert_eq!(ok["result"], true);

    // The same share again: on the embedded regtest chain every share is also a block, so its
    // job is stale now (21); on a job still current it would be a duplicate (22).
    d.submit(&job.job_id, &en2, job.ntime, nonce);
    let again = d.outcome();
    assert_eq!(again["event"], "submit_fail", "{again}");
    assert!(matches!(error_code(&again), 21 | 22), "{again}");

    // The new job after that block: a share above the target is refused as low difficulty.
    let next = job_from_work(&d.next("work"));
    let en2b = [0, 0, 0, 2];
    let h = next.header(&en1, &en2b, next.ntime, 0, None, 0);
    let share_target = Target::from_difficulty(diff).unwrap();
    let block_target = h.target(&minewatch_pow::Params::regtest()).unwrap();
    let bad = (0u32..)
        .find(|&n| {
            let mut x = h;
            x.nonce = n;
            let hash = x.block_hash();
            !share_target.is_met_by(hash) && !block_target.is_met_by(hash)
        })
        .unwrap();
    d.submit(&next.job_id, &en2b, next.ntime, bad);
    let low = d.outcome();
    assert_eq!(low["event"], "submit_fail", "{low}");
    assert_eq!(error_code(&low), 23, "{low}");

    // A job the pool never sent.
    d.submit("deadbeef", &en2b, next.ntime, 0);
    let unknown = d.outcome();
    assert_eq!(error_code(&unknown), 21, "{unknown}");

    let _ = writeln!(d.stdin, "{{\"quit\":true}}");
}
