//! `minewatch profit`, `hardware` and `jacking-cost` as a user runs them.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// The binary, offline unless a test says otherwise: no test may reach the internet.
fn minewatch() -> Command {
    let mut c = Command::cargo_bin("minewatch").unwrap();
    c.env("MINEWATCH_OFFLINE", "1");
    c
}

fn json_of(args: &[&str]) -> Value {
    let out = minewatch().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn close(a: &Value, b: f64) -> bool {
    let a = a.as_f64().unwrap();
    (a - b).abs() <= 1e-12 * b.abs()
}

/// The vector "S21-class 200 TH/s, 3500 W at block 881423 nBits" through the command line.
#[test]
fn profit_reproduces_the_s21_vector() {
    let _light = crate::common::light();
    let v = json_of(&[
        "profit",
        "--hardware",
        "antminer s21",
        "--power-price",
        "0.05",
        "--btc-price",
        "60000",
        "--difficulty",
        "108105433845147.16",
        "--fees-per-block",
        "0",
        "--start-height",
        "881423",
        "--horizon",
        "30d",
        "--json",
    ]);
    let t = &v["today"];
    assert!(close(&t["btc"], 0.000_116_301_783_454_461_89), "{t}");
    assert!(close(&t["revenue_usd"], 6.978_107_007_267_713));
    assert!(close(&t["power_usd"], 4.2));
    assert!(close(&t["profit_usd"], 2.778_107_007_267_713));
    assert!(close(&t["hashprice_usd_th"], 0.034_890_535_036_338_564));
    assert!(close(
        &t["break_even_usd_per_kwh"],
        0.083_072_702_467_472_78
    ));
    assert_eq!(v["sources"]["btc_usd"], "--btc-price");
    assert_eq!(v["projection"]["days"].as_array().unwrap().len(), 30);
    // Constant figures: thirty equal days.
    let total = v["projection"]["profit_usd"].as_f64().unwrap();
    assert!(
        (total - 30.0 * 2.778_107_007_267_713).abs() < 1e-9,
        "{total}"
    );
}

#[test]
fn snapshot_figures_say_where_they_come_from() {
    let _light = crate::common::light();
    let v = json_of(&[
        "profit",
        "--hardware",
        "Antminer S19 XP",
        "--power-price",
        "0.07",
        "--offline",
        "--json",
    ]);
    let src = v["sources"]["btc_usd"].as_str().unwrap();
    assert!(
        src.contains("snapshot 2025-01-30") && src.contains("days old"),
        "{src}"
    );
    assert!(
        v["sources"]["difficulty"]
            .as_str()
            .unwrap()
            .contains("block 881423")
    );
    let out = minewatch()
        .args([
            "profit",
            "--hardware",
            "Antminer S19 XP",
            "--power-price",
            "0.07",
            "--units",
            "3",
        ])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for needle in [
        "break-even power price",
        "hashprice",
        "[snapshot 2025-01-30",
        "x 3",
        "halving",
    ] {
        assert!(text.contains(needle), "{needle} missing in\n{text}");
    }
}

#[test]
fn monte_carlo_same_seed_same_answer() {
    let _light = crate::common::light();
    let args = [
        "profit",
        "--hardware",
        "Antminer S21 XP",
        "--power-price",
        "0.06",
        "--hardware-price",
        "5000",
        "--monte-carlo",
        "2000",
        "--seed",
        "11",
        "--horizon",
        "1y",
        "--json",
    ];
    let a = json_of(&args);
    let b = json_of(&args);
    assert_eq!(a["monte_carlo"], b["monte_carlo"]);
    let r = &a["monte_carlo"]["result"];
    assert!(r["p10_usd"].as_f64().unwrap() < r["p90_usd"].as_f64().unwrap());
    let mut other = args;
    other[10] = "12";
    assert_ne!(
        json_of(&other)["monte_carlo"]["result"]["p50_usd"],
        r["p50_usd"]
    );
}

#[test]
fn bad_input_is_refused_with_exit_2() {
    let _light = crate::common::light();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "profit",
                "--hashrate",
                "100",
                "--power",
                "-5",
                "--power-price",
                "0.05",
            ],
            "invalid --power -5",
        ),
        (
            &[
                "profit",
                "--hardware",
                "Antminer S21 Hydro",
                "--power-price",
                "0.05",
            ],
            "did you mean",
        ),
        (
            &[
                "profit",
                "--hardware",
                "Antminer S21",
                "--power-price",
                "0.05",
                "--horizon",
                "0",
            ],
            "at least one day",
        ),
        (
            &[
                "profit",
                "--hardware",
                "Antminer S21",
                "--power-price",
                "-1",
            ],
            "--power-price",
        ),
        (
            &["profit", "--offline", "--power-price", "0.05"],
            "--hardware",
        ),
        (
            &[
                "profit",
                "--hardware",
                "Antminer S21",
                "--power-price",
                "0.05",
                "--pue",
                "0.5",
            ],
            "--pue",
        ),
        (
            &["jacking-cost", "--offline", "--cpu-seconds", "-3"],
            "--cpu-seconds",
        ),
        (
            &[
                "profit",
                "--hardware",
                "Antminer S21",
                "--power-price",
                "0.05",
                "--payout-scheme",
                "ppx",
            ],
            "invalid payout scheme",
        ),
        (
            &[
                "profit",
                "--hardware",
                "Antminer S21",
                "--power-price",
                "0.05",
                "--start-date",
                "2025-02-30",
            ],
            "invalid --start-date",
        ),
    ];
    for (args, needle) in cases {
        minewatch().args(*args).assert().code(2).stderr(
            predicate::str::contains(*needle).and(predicate::str::contains("panicked").not()),
        );
    }
    let e = minewatch()
        .args([
            "profit",
            "--hardware",
            "antminer s21 hydro",
            "--power-price",
            "0.05",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&e.stderr);
    assert!(
        err.contains("Antminer S21+ Hyd") || err.contains("Antminer S21 XP Hyd"),
        "{err}"
    );
}

#[test]
fn hardware_catalog_lists_shows_and_takes_user_machines() {
    let _light = crate::common::light();
    let list = json_of(&["hardware", "list", "--json"]);
    assert!(list.as_array().unwrap().len() >= 30);
    let s = json_of(&["hardware", "show", "whatsminer m60s", "--json"]);
    assert_eq!(s["hashrate_ths"], 186.0);
    let dir = tempfile::tempdir().unwrap();
    let cat = dir.path().join("mine.toml");
    std::fs::write(&cat, "[[hardware]]\nmodel = \"Basement S9\"\nhashrate_ths = 12\npower_w = 1250\nprice_usd = 40\n").unwrap();
    let v = json_of(&[
        "profit",
        "--hardware",
        "basement s9",
        "--catalog",
        cat.to_str().unwrap(),
        "--power-price",
        "0.1",
        "--json",
    ]);
    assert_eq!(v["rig"]["capex_usd"], 40.0);
    std::fs::write(&cat, "[[hardware]]\nmodel = 3\n").unwrap();
    minewatch()
        .args(["hardware", "list", "--catalog", cat.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid hardware catalog"));
}

#[test]
fn jacking_cost_prices_both_sides() {
    let _light = crate::common::light();
    // Four cores, half busy, for eight hours.
    let v = json_of(&[
        "jacking-cost",
        "--duration",
        "8h",
        "--cores",
        "4",
        "--cpu-share",
        "0.5",
        "--json",
    ]);
    let c = &v["cost"];
    assert!(close(&c["energy_kwh"], 4.0 * 0.5 * 28_800.0 * 10.0 / 3.6e6));
    assert!(close(&c["victim_usd"], 0.16 * 0.15));
    assert!(c["attacker_usd"].as_f64().unwrap() > 0.0);
    minewatch()
        .args(["jacking-cost", "--offline", "--cpu-seconds", "3600"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("cost its victim")
                .and(predicate::str::contains("earned its operator")),
        );
}

#[test]
fn chart_files_are_written_or_refused() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let base = [
        "profit",
        "--hardware",
        "Antminer S21",
        "--power-price",
        "0.06",
        "--monte-carlo",
        "500",
        "--horizon",
        "3y",
    ];
    for name in ["c.svg", "c.png"] {
        let path = dir.path().join(name);
        minewatch()
            .args(base)
            .args(["--chart", path.to_str().unwrap()])
            .assert()
            .success();
        let bytes = std::fs::read(&path).unwrap();
        if name.ends_with("svg") {
            let s = String::from_utf8(bytes).unwrap();
            assert!(s.contains("halving") && s.contains("P10-P90"));
        } else {
            assert_eq!(&bytes[..4], b"\x89PNG");
        }
    }
    minewatch()
        .args(base)
        .args(["--chart", dir.path().join("c.pdf").to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("must end in .svg or .png"));
}

/// A tiny API on 127.0.0.1 answering every path from `reply` (status, body), one connection
/// per request.
fn serve(reply: fn(&str) -> (u16, &'static str)) -> std::net::SocketAddr {
    use std::io::{BufRead, BufReader, Write};
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in l.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut r = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            let _ = r.read_line(&mut line);
            let path = line.split_whitespace().nth(1).unwrap_or("").to_owned();
            loop {
                let mut h = String::new();
                if r.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                    break;
                }
            }
            let (code, body) = reply(&path);
            let _ = write!(
                stream,
                "HTTP/1.1 {code} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    addr
}

#[test]
fn profit_uses_live_figures_and_says_where_they_came_from() {
    let _light = crate::common::light();
    static BROKEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let addr = serve(|path| match path {
        _ if BROKEN.load(std::sync::atomic::Ordering::SeqCst) => (500, "oops"),
        p if p.starts_with("/api/v3/simple/price") => {
            (200, r#"{"bitcoin":{"usd":90000},"monero":{"usd":300}}"#)
        }
        "/api/v1/mining/hashrate/3d" => (
            200,
            r#"{"currentHashrate":1e21,"currentDifficulty":1.5e14}"#,
        ),
        "/api/v1/mining/reward-stats/144" => (
            200,
            r#"{"startBlock":927357,"endBlock":927500,"totalReward":"46800000000","totalFee":"1440000000","totalTx":"500000"}"#,
        ),
        "/api/blocks/tip/height" => (200, "927500"),
        "/api/v1/difficulty-adjustment" => (200, r#"{"difficultyChange":1.5}"#),
        "/api/v1/fees/recommended" => (200, r#"{"fastestFee":3}"#),
        _ => (404, "{}"),
    });
    let cache = tempfile::tempdir().unwrap();
    let url = format!("http://{addr}");
    let out = minewatch()
        .env_remove("MINEWATCH_OFFLINE")
        .args([
            "profit",
            "--hardware",
            "Antminer S21",
            "--power-price",
            "0.05",
            "--json",
        ])
        .args([
            "--mempool-url",
            &url,
            "--price-url",
            &url,
            "--cache-dir",
            cache.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["market"]["btc_usd"], 90000.0);
    assert_eq!(v["market"]["difficulty"], 1.5e14);
    assert_eq!(v["market"]["start_height"], 927500);
    assert!(close(&v["market"]["fees_btc_per_block"], 0.1)); // 14.4 BTC over 144 blocks
    assert!(
        v["sources"]["btc_usd"]
            .as_str()
            .unwrap()
            .starts_with("live, http://127.0.0.1")
    );
    assert!(
        v["sources"]["start_height"]
            .as_str()
            .unwrap()
            .contains("tip height")
    );
    assert!(cache.path().join("simple_price.json").exists());

    // The API breaks: the answer comes from the stale cache (TTL 0), and says so.
    BROKEN.store(true, std::sync::atomic::Ordering::SeqCst);
    let out = minewatch()
        .env_remove("MINEWATCH_OFFLINE")
        .args([
            "profit",
            "--hardware",
            "Antminer S21",
            "--power-price",
            "0.05",
            "--json",
            "--cache-ttl",
            "0",
        ])
        .args([
            "--mempool-url",
            &url,
            "--price-url",
            &url,
            "--cache-dir",
            cache.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let src = v["sources"]["btc_usd"].as_str().unwrap();
    assert!(src.starts_with("stale cache"), "{src}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("HTTP 500"));

    // No cache either: the snapshot, dated.
    let empty = tempfile::tempdir().unwrap();
    let out = minewatch()
        .env_remove("MINEWATCH_OFFLINE")
        .args([
            "profit",
            "--hardware",
            "Antminer S21",
            "--power-price",
            "0.05",
            "--json",
        ])
        .args([
            "--mempool-url",
            &url,
            "--price-url",
            &url,
            "--cache-dir",
            empty.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["sources"]["btc_usd"]
            .as_str()
            .unwrap()
            .starts_with("snapshot 2025-01-30")
    );
}

#[test]
fn start_date_and_payout_scheme_shape_the_projection() {
    let _light = crate::common::light();
    // From 2028-01-01 the 2028 halving falls inside a one-year horizon; under PPS no fees.
    let v = json_of(&[
        "profit",
        "--hardware",
        "Antminer S21",
        "--power-price",
        "0.05",
        "--start-date",
        "2028-01-01",
        "--horizon",
        "1y",
        "--payout-scheme",
        "pps",
        "--fees-per-block",
        "0.2",
        "--json",
    ]);
    let halvings = v["projection"]["halvings"].as_array().unwrap();
    assert_eq!(halvings.len(), 1);
    assert_eq!(halvings[0][0], 1_050_000);
    assert_eq!(v["today"]["btc_fees"], 0.0);
    assert_eq!(v["projection"]["days"][0]["time"], 1_830_297_600);
    let fpps = json_of(&[
        "profit",
        "--hardware",
        "Antminer S21",
        "--power-price",
        "0.05",
        "--start-date",
        "2028-01-01",
        "--horizon",
        "1y",
        "--fees-per-block",
        "0.2",
        "--json",
    ]);
    assert!(
        fpps["projection"]["revenue_usd"].as_f64().unwrap()
            > v["projection"]["revenue_usd"].as_f64().unwrap()
    );
}
