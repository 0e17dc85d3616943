#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! `minewatch blocklist export --format dnr`: the extension's static ruleset, with the user's own
//! lists, and clear errors.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_minewatch"))
}

#[test]
fn exports_dnr_rules_with_own_lists() {
    let _light = crate::common::light();
    let out = bin()
        .args(["blocklist", "export", "--format", "dnr", "--list", "nocoin"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rules.len() > 200);
    assert!(
        rules
            .iter()
            .any(|r| r["condition"]["urlFilter"] == "||2miners.com^")
    );
    let dir = tempfile::tempdir().unwrap();
    let own = dir.path().join("own.txt");
    std::fs::write(&own, "||my-pool.example^$websocket\n").unwrap();
    let out = bin()
        .args([
            "blocklist",
            "export",
            "--format",
            "dnr",
            "--first-id",
            "5000",
        ])
        .arg("--add")
        .arg(format!("abp:{}", own.display()))
        .output()
        .unwrap();
    let rules: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rules[0]["id"], 5000);
    let last = rules.last().unwrap();
    assert_eq!(last["condition"]["urlFilter"], "||my-pool.example^");
    assert_eq!(last["condition"]["resourceTypes"][0], "websocket");
    // Ids are unique.
    let mut ids: Vec<u64> = rules.iter().map(|r| r["id"].as_u64().unwrap()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), rules.len());
    for (args, needle) in [
        (vec!["--list", "nope"], "unknown list"),
        (vec!["--first-id", "0"], "--first-id"),
        (
            vec!["--add", "abp:/nonexistent/list.txt"],
            "/nonexistent/list.txt",
        ),
    ] {
        let out = bin()
            .args(["blocklist", "export", "--format", "dnr"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(needle),
            "{args:?}"
        );
    }
}
