#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! What a new user met in the first hour (issue 16): each test is named after what broke.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::bin;

fn run(args: &[&str]) -> std::process::Output {
    Command::new(bin()).args(args).output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn serve_with_a_taken_port_fails_before_making_a_key_and_names_the_flag() {
    let _light = crate::common::light();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let data = tempfile::tempdir().unwrap();
    let d = data.path().join("data");
    let out = Command::new(bin())
        .args(["serve", "--offline", "--listen", "127.0.0.1:0", "--stratum"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("--data")
        .arg(&d)
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("--stratum"), "{err}");
    assert!(
        !err.contains("admin key") && !err.contains("#key="),
        "{err}"
    );
    // The cause is said once, not once per wrapping layer.
    assert_eq!(err.matches("in use").count(), 1, "{err}");
    assert!(!d.join("minewatch.sqlite").exists(), "nothing created");
    // The API port too.
    let out = Command::new(bin())
        .args(["serve", "--offline", "--stratum", "off", "--listen"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("--data")
        .arg(&d)
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("--listen") && !err.contains("admin key"),
        "{err}"
    );
    drop(taken);
}

#[test]
fn quiet_prints_nothing_on_stderr() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("l.txt");
    std::fs::write(&list, "||coinhive.com^\n").unwrap();
    let l = list.to_str().unwrap();
    let loud = run(&["blocklist", "import", l, "--format", "abp"]);
    assert!(!loud.stderr.is_empty(), "the summary goes to stderr");
    let quiet = run(&["-q", "blocklist", "import", l, "--format", "abp"]);
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(text(&quiet.stderr), "");
    assert_eq!(quiet.stdout, loud.stdout);
}

#[test]
fn blocklist_check_refuses_what_is_not_a_url() {
    let _light = crate::common::light();
    let out = run(&["blocklist", "check", "not a url"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("invalid URL \"not a url\""), "{err}");
    assert!(text(&out.stdout).is_empty());
}

#[test]
fn jacking_cost_of_nothing_is_refused_and_no_infinity_is_printed() {
    let _light = crate::common::light();
    let out = run(&["jacking-cost", "--duration", "0s", "--offline"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("--duration") && err.contains("longer than zero"),
        "{err}"
    );
    let out = run(&[
        "jacking-cost",
        "--cpu-seconds",
        "3600",
        "--xmr-price",
        "0",
        "--offline",
    ]);
    let o = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!o.contains("inf") && o.contains("earns nothing"), "{o}");
    let out = run(&[
        "jacking-cost",
        "--cpu-seconds",
        "3600",
        "--xmr-price",
        "0",
        "--offline",
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["cost"]["victim_usd_per_attacker_usd"].is_null(), "{v}");
}

#[test]
fn not_a_number_is_called_not_a_number() {
    let _light = crate::common::light();
    let out = run(&[
        "profit",
        "--hashrate",
        "200",
        "--power",
        "3500",
        "--power-price",
        "nan",
        "--offline",
    ]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("--power-price") && err.contains("finite number"),
        "{err}"
    );
    assert!(!err.contains("negative"), "{err}");
}

#[test]
fn profit_takes_the_pool_fee_as_a_percentage_or_a_fraction() {
    let _light = crate::common::light();
    let price = |fee: &str| {
        let out = run(&[
            "profit",
            "--hashrate",
            "200",
            "--power",
            "3500",
            "--power-price",
            "0.05",
            "--pool-fee",
            fee,
            "--offline",
            "--json",
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["today"]["pool_fee_usd"].as_f64().unwrap()
    };
    let pct = price("2%");
    assert!(pct > 0.0);
    assert_eq!(pct, price("0.02"));
    let out = run(&["profit", "--hashrate", "200", "--pool-fee", "150%"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--pool-fee"));
}

#[test]
fn scan_pcap_reads_the_captures_in_a_directory() {
    let _light = crate::common::light();
    let caps = Path::new(env!("CARGO_MANIFEST_DIR")).join("../minewatch-detect/tests/data/pcaps");
    let any: Vec<PathBuf> = std::fs::read_dir(&caps)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pcap" || x == "pcapng"))
        .collect();
    assert!(!any.is_empty(), "captures in {}", caps.display());
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("day1");
    std::fs::create_dir(&sub).unwrap();
    std::fs::copy(&any[0], sub.join(any[0].file_name().unwrap())).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a capture").unwrap();
    let out = Command::new(bin())
        .args(["scan", "pcap", "--json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        text(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["captures"].as_array().unwrap().len(), 1, "{v}");
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(bin())
        .args(["scan", "pcap"])
        .arg(empty.path())
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("is a directory with no .pcap"), "{err}");
}

#[test]
fn top_level_help_names_every_scan() {
    let _light = crate::common::light();
    let out = run(&["--help"]);
    let help = text(&out.stdout);
    assert!(help.contains("network captures"), "{help}");
}

#[test]
fn chain_verify_knows_testnet() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("testnet.hex");
    std::fs::write(
        &f,
        format!("{}\n", minewatch_pow::Params::testnet().genesis.to_hex()),
    )
    .unwrap();
    let out = Command::new(bin())
        .args(["chain", "verify", "--network", "testnet", "--format", "hex"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Mainnet's rules refuse it: not the genesis it links from.
    assert!(text(&out.stdout).contains("testnet"));
}

#[test]
fn a_toml_error_keeps_its_caret_diagram() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("rigs.toml");
    std::fs::write(&f, "[[hardware]]\nmodel = \"X\"\nhashrate_ths = \"fast\"\n").unwrap();
    let out = Command::new(bin())
        .args(["hardware", "list", "--catalog"])
        .arg(&f)
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.starts_with("error: "), "{err}");
    let caret = err
        .lines()
        .find(|l| l.trim_start().starts_with('|') && l.contains('^'));
    assert!(
        caret.is_some(),
        "the ^ under the value is on a line of its own: {err}"
    );
}

#[test]
fn the_data_the_readme_commands_make_is_ignored_by_git() {
    let _light = crate::common::light();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for p in ["minewatch-data/minewatch.sqlite", "minewatch-pool.sqlite"] {
        let st = Command::new("git")
            .args(["check-ignore", "-q", p])
            .current_dir(&root)
            .status()
            .unwrap();
        assert!(st.success(), "{p} is not ignored");
    }
}

#[test]
fn a_config_file_sets_flags_and_the_command_line_overrides_it() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("pool.toml");
    let from_file = dir.path().join("from-file.sqlite");
    let typed = dir.path().join("typed.sqlite");
    std::fs::write(
        &cfg,
        format!("db = {:?}\nscheme = \"pps\"\n", from_file.to_str().unwrap()),
    )
    .unwrap();
    let out = Command::new(bin())
        .args(["pool", "--summary", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(from_file.exists());
    let out = Command::new(bin())
        .args(["pool", "--summary", "--config"])
        .arg(&cfg)
        .arg("--db")
        .arg(&typed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(typed.exists());
    // A key that is no flag is named, with the ones that are.
    std::fs::write(&cfg, "shceme = \"pps\"\n").unwrap();
    let out = Command::new(bin())
        .args(["pool", "--summary", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("`shceme`") && err.contains("scheme"), "{err}");
}

#[test]
fn mine_takes_the_short_flags_of_cpuminer_and_xmrig() {
    let _light = crate::common::light();
    // -o is --pool: with --blocks it is refused for what it is.
    let out = run(&[
        "mine",
        "-o",
        "stratum+tcp://127.0.0.1:1",
        "-u",
        "w",
        "-p",
        "x",
        "-t",
        "1",
        "--blocks",
        "1",
    ]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("--blocks") && err.contains("--pool"), "{err}");
}

#[test]
fn mine_banner_names_the_cpu_the_backend_and_the_pool_and_counts_the_block_share() {
    let _heavy = crate::common::heavy();
    let out = run(&["mine", "--blocks", "1", "--threads", "1", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("CPU") && err.contains("backend"), "{err}");
    let summary: Value = text(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .find(|v| v["event"] == "summary")
        .unwrap();
    assert_eq!(summary["blocks"], 1, "{summary}");
    // The share that was the block was accepted before the summary was written.
    assert!(summary["accepted"].as_u64().unwrap() >= 1, "{summary}");
    assert!(summary["height"].as_u64().unwrap() >= 1, "{summary}");
}

/// A child killed when dropped.
struct Kill(Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `ps --json --all` reports for `pid`.
fn ps_report(pid: u32) -> Value {
    let out = run(&["ps", "--json", "--all", "--interval-ms", "1500"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["facts"]["pid"] == pid)
        .cloned()
        .unwrap_or(Value::Null)
}

#[test]
fn ps_calls_minewatch_what_it_is_idle_server_clean_own_miner_named() {
    let _heavy = crate::common::heavy();
    let data = tempfile::tempdir().unwrap();
    let serve = Kill(
        Command::new(bin())
            .args([
                "serve",
                "--offline",
                "--listen",
                "127.0.0.1:0",
                "--stratum",
                "127.0.0.1:0",
                "--data",
            ])
            .arg(data.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mine = Kill(
        Command::new(bin())
            .args(["mine", "--threads", "1", "-u", "rig7"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    std::thread::sleep(Duration::from_secs(2));
    let started = Instant::now();
    let s = ps_report(serve.0.id());
    assert_eq!(s["verdict"], "clean", "idle server: {s:#}");
    let m = ps_report(mine.0.id());
    assert_eq!(m["verdict"], "own-miner", "{m:#}");
    let evidence = m["signals"][0]["evidence"].as_str().unwrap();
    assert!(
        evidence.contains("minewatch's own miner") && evidence.contains("as rig7"),
        "{evidence}"
    );
    assert!(started.elapsed() < Duration::from_secs(30));
    drop(mine);
    drop(serve);
}

#[test]
fn the_same_miner_copied_somewhere_hidden_is_judged_like_any_other() {
    let _heavy = crate::common::heavy();
    // A copy of minewatch under a dot-directory, renamed: nothing vouches for it.
    let dir = tempfile::Builder::new()
        .prefix("mw-own-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap();
    let hidden = dir.path().join(".cache");
    std::fs::create_dir(&hidden).unwrap();
    let exe = hidden.join("minewatch");
    std::fs::copy(bin(), &exe).unwrap();
    let mine = Kill(
        Command::new(&exe)
            .args(["mine", "--threads", "1"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    std::thread::sleep(Duration::from_secs(2));
    let m = ps_report(mine.0.id());
    assert_ne!(m["verdict"], "own-miner", "{m:#}");
    assert_ne!(
        m["verdict"], "clean",
        "a busy miner in a hidden place: {m:#}"
    );
}

#[test]
fn a_site_is_judged_as_a_whole_and_ci_can_fail_on_suspicious() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("js")).unwrap();
    std::fs::write(
        site.join("index.html"),
        "<html><script src=\"js/coinhive.min.js\"></script><script src=\"start.js\"></script></html>",
    )
    .unwrap();
    std::fs::write(site.join("js/coinhive.min.js"), "var lib = 1;").unwrap();
    std::fs::write(
        site.join("start.js"),
        // A thread count, not a share of the CPU: this file alone is a miner's API, no more.
        "var miner = new CoinHive.Anonymous('SITEKEY0123456789abcdefABCDEF012', {threads: 2}); miner.start();",
    )
    .unwrap();
    let out = Command::new(bin())
        .args(["scan", "web", "--json"])
        .arg(&site)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let joined = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"].as_str().unwrap().starts_with("site: "))
        .unwrap_or_else(|| panic!("no site report: {v:#}"));
    assert_eq!(joined["verdict"], "miner", "{joined:#}");
    // One file alone is only suspicious: exit 0, unless CI asks to fail on suspicious.
    let one = site.join("start.js");
    let out = Command::new(bin())
        .args(["scan", "web"])
        .arg(&one)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("1 suspicious"),
        "{}",
        text(&out.stdout)
    );
    let out = Command::new(bin())
        .args(["scan", "web", "--fail-on", "suspicious"])
        .arg(&one)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}
