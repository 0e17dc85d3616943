//! `minewatch mine` and `minewatch pool` as a user runs them.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::io::{BufRead, BufReader};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use assert_cmd::cargo::CommandCargoExt as _;

use crate::common::{free_port, wait_listening};
use predicates::prelude::*;

fn minewatch() -> Command {
    Command::cargo_bin("minewatch").expect("binary built")
}

#[test]
fn mine_with_no_arguments_mines_blocks_on_the_embedded_chain() {
    let _heavy = crate::common::heavy();
    minewatch()
        .args(["mine", "--blocks", "3", "--threads", "1"])
        .timeout(Duration::from_secs(120))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("blocks 3 (tip height 3)"))
        .stderr(predicate::str::contains("block 3 found: "));
}

#[test]
fn mine_json_reports_each_block_and_a_summary() {
    let _heavy = crate::common::heavy();
    let out = minewatch()
        .args(["mine", "--blocks", "2", "--threads", "1", "--json"])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let events: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let heights: Vec<u64> = events
        .iter()
        .filter(|e| e["event"] == "block")
        .map(|e| e["height"].as_u64().unwrap())
        .collect();
    assert_eq!(heights, vec![1, 2]);
    let summary = events.last().unwrap();
    assert_eq!(summary["event"], "summary");
    assert_eq!(summary["blocks"], 2);
    assert_eq!(summary["rejected"], 0);
}

#[test]
fn mine_argument_errors_exit_2() {
    let _heavy = crate::common::heavy();
    minewatch()
        .args(["mine", "--pool", "http://example"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid pool URL"));
    minewatch()
        .args([
            "mine",
            "--pool",
            "stratum+tcp://127.0.0.1:9",
            "--blocks",
            "1",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--blocks counts blocks of the embedded chain",
        ));
    minewatch()
        .args(["mine", "--backend", "gpu"])
        .assert()
        .code(2);
}

#[test]
fn pool_node_errors_exit_2_and_say_what_is_wrong() {
    let _heavy = crate::common::heavy();
    let db = ["--db", ":memory:"];
    for d in ["0", "-1", "NaN", "0.01"] {
        minewatch()
            .args(["pool", &format!("--min-difficulty={d}")])
            .args(db)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "invalid --min-difficulty {d}"
            )));
    }
    // A node's blocks may be harder than regtest's floor, never easier.
    let dir = tempfile::tempdir().unwrap();
    for d in ["1e-12", "0", "inf"] {
        minewatch()
            .args(["node", "--difficulty", d, "--datadir"])
            .arg(dir.path())
            .args(["--rpc-listen", "127.0.0.1:0"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("invalid --difficulty"));
    }
    minewatch()
        .args(["pool", "--chain", "bitcoind://127.0.0.1"])
        .args(db)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("invalid node URL")
                .and(predicate::str::contains("missing port")),
        );
    minewatch()
        .args(["pool", "--payout-script", "zz"])
        .args(db)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --payout-script"));
    minewatch()
        .args(["pool", "--rpc-cookie", "/nonexistent/.cookie"])
        .args(db)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--rpc-cookie needs --chain"));
    // Nobody listens on that port: the node cannot be reached, said once, exit 2.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    minewatch()
        .args([
            "pool",
            "--chain",
            &format!("bitcoind://u:p@127.0.0.1:{port}"),
        ])
        .args(db)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("cannot use the node")
                .and(predicate::str::contains("cannot reach the node")),
        );
}

/// Two processes over 127.0.0.1: `minewatch pool`, and `minewatch mine --pool` pointed at it.
#[test]
fn mining_against_a_separate_pool_process_finds_blocks() {
    let _heavy = crate::common::heavy();
    let port = free_port();
    let mut pool = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "pool",
            "--json",
            "--db",
            ":memory:",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_listening(port);
    let mut miner = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "mine",
            "--json",
            "--threads",
            "1",
            "--user",
            "bob",
            "--pool",
            &format!("stratum+tcp://127.0.0.1:{port}"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The pool's log is read beside the miner's, so neither pipe fills.
    let pool_out = pool.stdout.take().unwrap();
    let pool_log = std::thread::spawn(move || {
        BufReader::new(pool_out)
            .lines()
            .map_while(Result::ok)
            .map(|l| serde_json::from_str::<serde_json::Value>(&l).unwrap())
            .collect::<Vec<_>>()
    });
    // Stop once the miner has been told of two accepted blocks: the pool logs a block before
    // its answer reaches the miner, so the pool's log alone is too early a signal.
    let mut lines = BufReader::new(miner.stdout.take().unwrap()).lines();
    let mut acked = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    while acked < 2 && Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        if v["event"] == "block_accepted" {
            acked += 1;
        }
    }
    for child in [&miner, &pool] {
        let _ = StdCommand::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
    }
    let rest: Vec<serde_json::Value> = lines
        .map_while(Result::ok)
        .map(|l| serde_json::from_str(&l).unwrap())
        .collect();
    assert!(miner.wait().unwrap().success());
    assert!(pool.wait().unwrap().success());
    assert_eq!(
        acked, 2,
        "the miner was told of {acked} accepted blocks in 60 s"
    );
    // The miner's summary counts the blocks the pool took from it (it said `blocks 0` before).
    let summary = rest
        .iter()
        .find(|v| v["event"] == "summary")
        .expect("a summary");
    assert!(summary["blocks"].as_u64().unwrap() >= 2, "{summary}");
    assert!(summary["accepted"].as_u64().unwrap() >= 2, "{summary}");
    // The pool logged those blocks as bob's, and accepted every share it logged.
    let log = pool_log.join().unwrap();
    let blocks: Vec<_> = log.iter().filter(|v| v["event"] == "block").collect();
    assert!(blocks.len() >= 2, "{log:?}");
    assert!(blocks.iter().all(|v| v["worker"] == "bob"), "{log:?}");
    for v in log.iter().filter(|v| v["event"] == "share") {
        assert_eq!(v["accepted"], true, "{v}");
    }
}

/// Stratum V2 between two processes: `minewatch pool --sv2` prints the URL with its authority
/// key, `minewatch mine --pool stratum2+tcp://...` pins it and finds blocks; the key persists
/// in a file only its owner can read, and a file that holds no key is refused.
#[test]
fn mining_over_stratum_v2_against_a_separate_pool_process() {
    let _heavy = crate::common::heavy();
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("authority.key");
    let (port, port2) = (free_port(), free_port());
    let mut pool = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "pool",
            "--json",
            "--db",
            ":memory:",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .args(["--sv2", &format!("127.0.0.1:{port2}"), "--sv2-key"])
        .arg(&key_file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(pool.stderr.take().unwrap()).lines();
    let url = crate::common::stratum2_url(&mut stderr);
    std::thread::spawn(move || for _ in stderr {});
    assert!(
        url.starts_with(&format!("stratum2+tcp://127.0.0.1:{port2}/")),
        "{url}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the key file is the owner's only");
    }
    let miner = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args(["mine", "--threads", "1", "--user", "vera", "--pool", &url])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(pool.stdout.take().unwrap()).lines();
    let mut blocks = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    while blocks < 2 && Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        if v["event"] == "block" {
            assert_eq!(v["worker"], "vera");
            blocks += 1;
        }
    }
    for child in [&miner, &pool] {
        let _ = StdCommand::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
    }
    let miner_out = miner.wait_with_output().unwrap();
    assert!(pool.wait().unwrap().success());
    assert!(miner_out.status.success());
    assert_eq!(blocks, 2);
    assert!(String::from_utf8_lossy(&miner_out.stdout).contains("accepted"));

    // The same file again gives the same key (miners keep their pin across restarts); a file
    // without a key is an error that names it.
    let key = std::fs::read_to_string(&key_file).unwrap();
    assert!(
        url.ends_with(&format!("/{}", public_of_file(&key_file, port2))),
        "{url} {key}"
    );
    std::fs::write(&key_file, "not a key\n").unwrap();
    minewatch()
        .args([
            "pool",
            "--db",
            ":memory:",
            "--listen",
            "127.0.0.1:0",
            "--sv2",
            "127.0.0.1:0",
            "--sv2-key",
        ])
        .arg(&key_file)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("invalid V2 authority key")
                .and(predicate::str::contains("authority.key")),
        );
}

/// The public key a pool prints for a key file, from a second run of the pool on it.
fn public_of_file(key_file: &std::path::Path, avoid: u16) -> String {
    let port = loop {
        let p = free_port();
        if p != avoid {
            break p;
        }
    };
    let mut pool = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "pool",
            "--db",
            ":memory:",
            "--listen",
            "127.0.0.1:0",
            "--sv2",
            &format!("127.0.0.1:{port}"),
            "--sv2-key",
        ])
        .arg(key_file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(pool.stderr.take().unwrap()).lines();
    let url = crate::common::stratum2_url(&mut stderr);
    let _ = pool.kill();
    let _ = pool.wait();
    url.rsplit('/').next().unwrap().to_owned()
}

/// SIGKILL the pool mid-run: every share the miner saw accepted and every block is in the
/// database, and a restarted pool resumes the chain at the stored height. (On PostgreSQL the
/// fleet tests SIGKILL front-ends, and stop the database, with the same checks.)
#[test]
fn sigkilled_pool_loses_no_acknowledged_share_or_block() {
    let _heavy = crate::common::heavy();
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("pool.sqlite");
    sigkilled_pool_loses_nothing(db.to_str().unwrap());
}

fn sigkilled_pool_loses_nothing(db_arg: &str) {
    let port = free_port();
    let work = tempfile::TempDir::new().unwrap();
    let spool = work.path().join("pool.spool");
    let mut pool = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "pool",
            "--json",
            "--db",
            db_arg,
            "--spool",
            spool.to_str().unwrap(),
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_listening(port);
    let mut miner = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "mine",
            "--json",
            "--threads",
            "1",
            "--pool",
            &format!("stratum+tcp://127.0.0.1:{port}"),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pool_out = pool.stdout.take().unwrap();
    let pool_reader = std::thread::spawn(move || {
        BufReader::new(pool_out)
            .lines()
            .map_while(Result::ok)
            .filter(|l| l.contains("\"event\":\"block\""))
            .count()
    });
    let mut acked = 0u64;
    let mut lines = BufReader::new(miner.stdout.take().unwrap()).lines();
    let deadline = Instant::now() + Duration::from_secs(60);
    while acked < 10 && Instant::now() < deadline {
        let Some(Ok(line)) = lines.next() else { break };
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        if v["event"] == "share" && v["accepted"] == true {
            acked += 1;
        }
    }
    assert!(acked >= 10, "only {acked} shares acknowledged");
    // Kill the pool without warning, mid-run.
    assert!(
        StdCommand::new("kill")
            .args(["-KILL", &pool.id().to_string()])
            .status()
            .unwrap()
            .success()
    );
    let _ = pool.wait();
    let blocks_announced = pool_reader.join().unwrap() as u64;
    // Acks the miner received before it noticed the pool was gone.
    for line in lines.map_while(Result::ok) {
        if line.contains("\"event\":\"share\"") && line.contains("\"accepted\":true") {
            acked += 1;
        }
        if line.contains("disconnected") {
            break;
        }
    }
    let _ = StdCommand::new("kill")
        .args(["-TERM", &miner.id().to_string()])
        .status();
    let _ = miner.wait();

    let out = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args(["pool", "--summary", "--db", db_arg])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (shares, blocks, height) = (
        s["shares"].as_u64().unwrap(),
        s["blocks"].as_u64().unwrap(),
        s["height"].as_u64().unwrap(),
    );
    assert!(shares >= acked, "{shares} stored < {acked} acknowledged");
    assert!(
        blocks >= blocks_announced,
        "{blocks} stored < {blocks_announced} announced"
    );
    assert_eq!(
        height, blocks,
        "the restarted chain replays every stored block"
    );
    assert!(blocks > 0);
}
