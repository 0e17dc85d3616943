//! `minewatch bench ...` as a user runs it: output shape and errors (speed itself is a figure
//! the benchmark prints, not something a test asserts).

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use assert_cmd::Command;
use minewatch_pow::search::Backend;
use predicates::prelude::*;

fn minewatch() -> Command {
    Command::cargo_bin("minewatch").expect("binary built")
}

#[test]
fn bench_hash_json_lists_every_supported_backend_with_one_and_all_threads() {
    let _heavy = crate::common::heavy();
    let out = minewatch()
        .args([
            "bench",
            "hash",
            "--json",
            "--seconds",
            "0.1",
            "--threads",
            "2",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let supported = Backend::supported();
    assert_eq!(rows.len(), supported.len() * 2);
    for b in supported {
        for threads in [1, 2] {
            let r = rows
                .iter()
                .find(|r| r["backend"] == b.name() && r["threads"] == threads)
                .unwrap_or_else(|| panic!("no row for {b} x{threads}"));
            let mhs = r["mhs"].as_f64().unwrap();
            let per = r["mhs_per_thread"].as_f64().unwrap();
            assert!(mhs > 0.0, "{r}");
            assert!((per * f64::from(threads) - mhs).abs() < 0.01, "{r}");
        }
    }
}

#[test]
fn bench_hash_table_names_the_columns() {
    let _heavy = crate::common::heavy();
    minewatch()
        .args([
            "bench",
            "hash",
            "--backend",
            "scalar",
            "--threads",
            "1",
            "--seconds",
            "0.1",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("backend"))
        .stdout(predicate::str::contains("MH/s/thread"))
        .stdout(predicate::str::contains("scalar"));
}

#[test]
fn bench_switch_reports_latency() {
    let _heavy = crate::common::heavy();
    let out = minewatch()
        .args([
            "bench",
            "switch",
            "--json",
            "--switches",
            "3",
            "--threads",
            "2",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["switches"], 3);
    assert!(v["mean_ms"].as_f64().unwrap() >= 0.0);
    assert!(v["max_ms"].as_f64().unwrap() >= v["mean_ms"].as_f64().unwrap());
}

/// V1 and V2 measured in one run: the V2 sizes are what the specification's encodings and
/// Noise's framing make them (a submit: 22-byte encrypted header + 24-byte payload + 16-byte
/// tag), and every round completed for both.
#[test]
fn bench_stratum_compares_v1_and_v2_on_one_pool() {
    let _heavy = crate::common::heavy();
    let out = minewatch()
        .args(["bench", "stratum", "--rounds", "5", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for p in ["v1", "v2"] {
        assert_eq!(v[p]["rounds"], 5, "{v}");
        let [mean, median, worst] = [0, 1, 2].map(|i| v[p]["job_switch_ms"][i].as_f64().unwrap());
        assert!(mean > 0.0 && median > 0.0 && worst >= median, "{v}");
    }
    assert_eq!(v["v2"]["submit_bytes"], 62.0, "{v}");
    assert_eq!(v["v2"]["ack_bytes"], 22.0 + 20.0 + 16.0, "{v}");
    assert!(v["v2"]["handshake_ms"].as_f64().unwrap() > 0.0);
    assert!(v["v1"]["handshake_ms"].is_null());
    assert!(
        v["v1"]["submit_bytes"].as_f64().unwrap() > 62.0,
        "JSON lines cost more than binary frames: {v}"
    );
    minewatch()
        .args(["bench", "stratum", "--rounds", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --rounds 0"));
}

#[test]
fn bad_bench_arguments_exit_2() {
    let _heavy = crate::common::heavy();
    minewatch()
        .args(["bench", "hash", "--backend", "gpu"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown hash backend \"gpu\""));
    minewatch()
        .args(["bench", "hash", "--seconds=-1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --seconds -1"));
    minewatch()
        .args(["bench", "hash", "--threads", "0"])
        .assert()
        .code(2);
}

/// A bench's scratch schema is gone: the database is as it was.
fn assert_no_bench_schema_left(db: &str) {
    let left = std::process::Command::new("psql")
        .args([db, "-tAc", "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name LIKE 'minewatch_bench_%'"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&left.stdout).trim(), "0");
}

#[test]
fn bench_pool_reports_throughput_and_every_acknowledged_share_is_recorded() {
    let _heavy = crate::common::heavy();
    let db = crate::common::fresh_postgres_database("bench");
    let out = minewatch()
        .args([
            "bench",
            "pool",
            "--miners",
            "20",
            "--seconds",
            "0.5",
            "--db",
            &db,
            "--frontends",
            "2",
            "--json",
        ])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let runs = v["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 2, "{v}");
    for (run, db) in runs.iter().zip(["sqlite", "postgres"]) {
        assert_eq!(run["db"], db);
        assert_eq!(run["connected"], 20);
        let accepted = run["accepted"].as_u64().unwrap();
        assert!(accepted > 0 && run["rejected"] == 0, "{run}");
        assert!(run["stored_shares"].as_u64().unwrap() >= accepted, "{run}");
        assert!(run["p99_ms"].as_f64().unwrap() >= run["p50_ms"].as_f64().unwrap());
    }
    assert!(runs[1]["durability"].as_str().unwrap().contains("fsync="));
    assert_eq!(
        (&runs[0]["frontends"], &runs[1]["frontends"]),
        (&1.into(), &2.into())
    );
    assert!(v["postgres_over_sqlite"].as_f64().unwrap() > 0.0);
    // The bench's scratch schema is gone; the database is as it was.
    assert_no_bench_schema_left(&db);
    minewatch()
        .args(["bench", "pool", "--miners", "0"])
        .assert()
        .code(2);
    minewatch()
        .args(["bench", "pool", "--db", "pool.sqlite"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --db"));
    minewatch()
        .args(["bench", "pool", "--frontends", "3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --frontends 3"));
    // The same load on another pool (here a `minewatch pool` process, at its own difficulty,
    // so the shares of miners that do not hash are refused): one more row, answered.
    let port = crate::common::free_port();
    let _other = crate::common::Reaper(
        std::process::Command::new(crate::common::bin())
            .args([
                "pool",
                "--db",
                ":memory:",
                "--listen",
                &format!("127.0.0.1:{port}"),
            ])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    crate::common::wait_listening(port);
    let out = minewatch()
        .args([
            "bench",
            "pool",
            "--miners",
            "5",
            "--seconds",
            "0.3",
            "--json",
        ])
        .args(["--connect", &format!("stratum+tcp://127.0.0.1:{port}")])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let other = &v["runs"][1];
    assert_eq!(other["db"], format!("stratum+tcp://127.0.0.1:{port}"));
    assert_eq!(other["connected"], 5);
    let answered = other["accepted"].as_u64().unwrap() + other["rejected"].as_u64().unwrap();
    assert!(answered > 0, "{other}");
    // Load goes to this machine's pools only.
    minewatch()
        .args(["bench", "pool", "--connect", "stratum+tcp://192.0.2.1:3333"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --connect"));
}

#[test]
fn bench_agents_measures_both_engines_and_leaves_the_database_as_it_was() {
    let _light = crate::common::light();
    let db = crate::common::fresh_postgres_database("bench_agents");
    let out = minewatch()
        .args([
            "bench",
            "agents",
            "--agents",
            "8",
            "--seconds",
            "0.5",
            "--db",
            &db,
            "--json",
        ])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let runs = v["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 2, "{v}");
    for (run, name) in runs.iter().zip(["sqlite", "postgres"]) {
        assert_eq!(run["db"], name);
        for w in ["heartbeats", "alerts"] {
            let m = &run[w];
            assert!(m["reports"].as_u64().unwrap() > 0, "{w}: {m}");
            assert_eq!(m["errors"], 0, "{w}: {m}");
            assert!(m["p99_ms"].as_f64().unwrap() >= m["p50_ms"].as_f64().unwrap());
        }
        assert_eq!(run["heartbeats"]["alerts_per_sec"], 0.0);
        assert!(run["alerts"]["alerts_per_sec"].as_f64().unwrap() > 0.0);
    }
    // An alert as agents send it takes more than its 1.5 KB of evidence with its indexes.
    let per_alert = runs[1]["bytes_per_alert"].as_f64().unwrap();
    assert!((1000.0..20_000.0).contains(&per_alert), "{per_alert}");
    assert_no_bench_schema_left(&db);
    minewatch()
        .args(["bench", "agents", "--agents", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --agents 0"));
    minewatch()
        .args(["bench", "agents", "--db", "file.sqlite"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --db"));
}

/// `bench scan` on a small corpus: throughput fields, and the single-file figures on the
/// harness's cores (the largest asm.js core, over 550 KB, and the RandomX core obfuscated to
/// 600 KB or more), each judged a miner.
#[test]
fn bench_scan_reports_throughput_and_big_single_cores() {
    let data = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../minewatch-detect/tests/data"
    );
    let out = minewatch()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["bench", "scan", "--tree-files", "20"])
        .args(["--path", &format!("{data}/miners/pages")])
        .args(["--cores", &format!("{data}/miners")])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["bench"], "scan");
    assert!(v["one_thread_mb_per_s"].as_f64().unwrap() > 0.0, "{v}");
    // The tree cycles through the corpus's files (labels.tsv among them, which is not scanned).
    assert!(v["tree_files"].as_u64().unwrap() >= 15, "{v}");
    let cores = v["cores"].as_array().unwrap();
    assert_eq!(cores.len(), 4, "{v}");
    for (c, min_kb, end) in [
        (&cores[0], 550.0, ".js"),
        (&cores[1], 600.0, "600 KB or more"),
        (&cores[2], 1.0, "(load-constants)"),
        (&cores[3], 1.0, "run in the bounded interpreter alone"),
    ] {
        assert_eq!(c["verdict"], "miner", "{c}");
        assert!(c["kb"].as_f64().unwrap() >= min_kb, "{c}");
        assert!(c["name"].as_str().unwrap().ends_with(end), "{c}");
        assert!(c["judge_s"].as_f64().unwrap() > 0.0, "{c}");
    }
    // Without the cores (an installed binary, away from the repository) it says what to give.
    let out = minewatch()
        .args(["bench", "scan", "--tree-files", "1"])
        .args(["--path", &format!("{data}/miners/pages")])
        .args(["--cores", "/nonexistent"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["cores"].as_str().unwrap().contains("--cores"), "{v}");
}
