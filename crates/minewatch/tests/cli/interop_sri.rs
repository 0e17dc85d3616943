//! The Stratum V2 reference translator (`translator_sv2` 0.6.0 from crates.io, installed by
//! `scripts/install-sri-translator.sh`, which this test runs when the binary is missing)
//! between minewatch's V1 miner and `minewatch pool --sv2`, over 127.0.0.1: it opens an
//! extended channel on our pool, and the miner's shares through it are accepted and recorded.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::io::{BufRead, BufReader};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt as _;

use crate::common::{Reaper, free_port};

fn translator() -> std::path::PathBuf {
    let root = crate::common::root();
    let bin = root.join("target/sv2-tools/bin/translator_sv2");
    if !bin.exists() {
        let ok = StdCommand::new("bash")
            .arg(root.join("scripts/install-sri-translator.sh"))
            .status()
            .expect("bash runs")
            .success();
        assert!(
            ok && bin.exists(),
            "scripts/install-sri-translator.sh did not install {}",
            bin.display()
        );
    }
    bin
}

#[test]
fn the_reference_translator_mines_through_our_v2_pool() {
    let _heavy = crate::common::heavy();
    let translator = translator();
    let dir = tempfile::tempdir().unwrap();
    let (v1, v2, down) = (free_port(), free_port(), free_port());
    let mut pool = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "pool",
            "--json",
            "--db",
            ":memory:",
            "--listen",
            &format!("127.0.0.1:{v1}"),
            "--sv2",
            &format!("127.0.0.1:{v2}"),
            "--sv2-key",
        ])
        .arg(dir.path().join("key"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(pool.stderr.take().unwrap()).lines();
    let url = crate::common::stratum2_url(&mut stderr);
    std::thread::spawn(move || for _ in stderr {});
    let key = url.rsplit('/').next().unwrap();
    let stdout = pool.stdout.take().unwrap();
    let _pool = Reaper(pool);
    let config = dir.path().join("tproxy.toml");
    std::fs::write(
        &config,
        format!(
            r#"downstream_address = "127.0.0.1"
downstream_port = {down}
max_supported_version = 2
min_supported_version = 2
downstream_extranonce2_size = 4
verify_payout = false
aggregate_channels = false
supported_extensions = []
[downstream_difficulty_config]
min_individual_miner_hashrate = 1000000.0
shares_per_minute = 60.0
enable_vardiff = false
job_keepalive_interval_secs = 60
[[upstreams]]
address = "127.0.0.1"
port = {v2}
authority_pubkey = "{key}"
user_identity = "tproxy"
"#
        ),
    )
    .unwrap();
    let _translator = Reaper(
        StdCommand::new(&translator)
            .arg("-c")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", down)).is_err() {
        assert!(
            Instant::now() < deadline,
            "translator_sv2 never listened on {down}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let _miner = Reaper(
        StdCommand::cargo_bin("minewatch")
            .unwrap()
            .args([
                "mine",
                "--threads",
                "1",
                "--user",
                "sri",
                "--pool",
                &format!("stratum+tcp://127.0.0.1:{down}"),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    // The pool's own record: shares accepted (and blocks found) on the translator's channel,
    // none rejected but as stale: on regtest a share often finds a block, and a share the
    // miner sent on the job before reaches the pool after the new block's job (21, "Job not
    // found"), as on any pool.
    let (mut accepted, mut stale, mut blocks, mut workers) =
        (0, 0, 0, std::collections::BTreeSet::new());
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut lines = BufReader::new(stdout).lines();
    while (accepted < 3 || blocks < 2) && Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        match v["event"].as_str() {
            Some("share") => {
                workers.insert(v["worker"].as_str().unwrap().to_owned());
                if v["accepted"] == true {
                    accepted += 1;
                } else {
                    assert!(
                        v["code"] == 21 && blocks > 0,
                        "the pool rejected a share from translator_sv2: {v}"
                    );
                    stale += 1;
                }
            }
            Some("block") => blocks += 1,
            _ => {}
        }
    }
    assert!(
        accepted >= 3 && blocks >= 2 && stale < accepted,
        "{accepted} shares ({stale} stale), {blocks} blocks through translator_sv2"
    );
    assert_eq!(workers.len(), 1, "one extended channel: {workers:?}");
}
