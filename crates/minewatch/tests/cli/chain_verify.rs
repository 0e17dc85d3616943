//! `minewatch chain verify`, run as a user runs it, in a temp dir: one test per behaviour.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use proptest::prelude::*;
use tempfile::TempDir;

fn headers_tsv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../minewatch-pow/tests/data/headers.tsv")
}

fn minewatch() -> Command {
    let mut c = Command::cargo_bin("minewatch").expect("binary built");
    c.env_remove("MINEWATCH_LOG");
    c
}

/// The first `n` headers (heights 0..n) as raw bytes.
fn raw_headers(n: usize) -> Vec<u8> {
    let text = std::fs::read_to_string(headers_tsv()).unwrap();
    text.lines()
        .skip(1)
        .take(n)
        .flat_map(|l| minewatch_pow::hex::decode(l.split('\t').nth(1).unwrap()).unwrap())
        .collect()
}

fn write(dir: &TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn real_headers_verify_with_summary_and_exit_0() {
    let _light = crate::common::light();
    minewatch()
        .args(["chain", "verify"])
        .arg(headers_tsv())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("headers checked            9367"))
        .stdout(predicate::str::contains("retargets checked           413"))
        .stdout(predicate::str::contains("failures                      0"))
        .stdout(predicate::str::ends_with("OK\n"));
}

#[test]
fn json_report_has_counts_and_no_failures() {
    let _light = crate::common::light();
    let out = minewatch()
        .args(["chain", "verify", "--json"])
        .arg(headers_tsv())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["headers"], 9367);
    assert_eq!(v["links"], 8920);
    assert_eq!(v["retargets"], 413);
    assert_eq!(v["failures"], serde_json::json!([]));
    assert_eq!(v["ok"], true);
    assert_eq!(v["tip"]["height"], 881_423);
    assert_eq!(v["chainwork_from_genesis"]["chainwork"], "1b701b701b7");
}

#[test]
fn flipped_hex_digit_in_tsv_exits_1_and_names_the_height() {
    let _light = crate::common::light();
    let dir = TempDir::new().unwrap();
    let text = std::fs::read_to_string(headers_tsv()).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // Height 823,000: flip one digit of the merkle root.
    let i = lines
        .iter()
        .position(|l| l.starts_with("823000\t"))
        .unwrap();
    let mut cols: Vec<String> = lines[i].split('\t').map(str::to_owned).collect();
    let mut hex: Vec<char> = cols[1].chars().collect();
    hex[100] = if hex[100] == '0' { '1' } else { '0' };
    cols[1] = hex.into_iter().collect();
    lines[i] = cols.join("\t");
    let p = write(&dir, "flipped.tsv", lines.join("\n").as_bytes());
    minewatch()
        .args(["chain", "verify"])
        .arg(&p)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!(
            "height 823000 (line {}): high-hash",
            i + 1
        )))
        .stdout(predicate::str::contains("height 823001"))
        .stdout(predicate::str::ends_with("FAILED\n"));
    let out = minewatch()
        .args(["chain", "verify", "--json"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let heights: Vec<u64> = v["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["height"].as_u64().unwrap())
        .collect();
    assert!(heights.contains(&823_000) && heights.iter().all(|h| [823_000, 823_001].contains(h)));
}

#[test]
fn flipped_byte_in_raw_file_exits_1_and_names_the_height() {
    let _light = crate::common::light();
    let dir = TempDir::new().unwrap();
    let mut raw = raw_headers(439);
    raw[80 * 300 + 40] ^= 0x01;
    let p = write(&dir, "flipped.bin", &raw);
    minewatch()
        .args(["chain", "verify", "--json"])
        .arg(&p)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"height\": 300"))
        .stdout(predicate::str::contains("\"location\": \"offset 24000\""));
}

#[test]
fn raw_and_hex_files_verify_like_tsv() {
    let _light = crate::common::light();
    let dir = TempDir::new().unwrap();
    let raw = raw_headers(439);
    let rawp = write(&dir, "h.bin", &raw);
    let hex: String = raw
        .chunks(80)
        .map(|c| minewatch_pow::hex::encode(c) + "\n")
        .collect();
    let hexp = write(&dir, "h.txt", hex.as_bytes());
    for (p, fmt) in [(&rawp, "raw"), (&hexp, "hex")] {
        let out = minewatch()
            .args(["chain", "verify", "--json"])
            .arg(p)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{fmt}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["format"], fmt);
        assert_eq!(
            (v["headers"].as_u64(), v["links"].as_u64()),
            (Some(439), Some(438))
        );
    }
    // Numbered past BIP 34's activation, these version-1 headers break the version rule.
    minewatch()
        .args(["chain", "verify", "--start-height", "227931"])
        .arg(&rawp)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "height 227931 (offset 0): bad-version(0x00000001)",
        ));
}

#[test]
fn truncated_raw_file_exits_2_naming_the_offset() {
    let _light = crate::common::light();
    let dir = TempDir::new().unwrap();
    let mut raw = raw_headers(3);
    raw.truncate(80 * 2 + 33);
    let p = write(&dir, "t.bin", &raw);
    minewatch()
        .args(["chain", "verify", "--format", "raw"])
        .arg(&p)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "offset 160: truncated file: 33 bytes left, expected an 80-byte header",
        ))
        .stderr(predicate::function(|s: &str| s.lines().count() == 1));
}

#[test]
fn bad_hex_exits_2_naming_the_line() {
    let _light = crate::common::light();
    let dir = TempDir::new().unwrap();
    let hex: String = raw_headers(3)
        .chunks(80)
        .map(|c| minewatch_pow::hex::encode(c) + "\n")
        .collect();
    let bad = hex.replacen("1d", "zz", 1);
    let p = write(&dir, "bad.txt", bad.as_bytes());
    minewatch()
        .args(["chain", "verify", "--format", "hex"])
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "line 1: invalid header hex: invalid hex character 'z'",
        ));
}

#[test]
fn wrong_length_line_exits_2_naming_the_line() {
    let _light = crate::common::light();
    let dir = TempDir::new().unwrap();
    let mut hex: String = raw_headers(2)
        .chunks(80)
        .map(|c| minewatch_pow::hex::encode(c) + "\n")
        .collect();
    hex.push_str("abcd\n");
    let p = write(&dir, "short.txt", hex.as_bytes());
    minewatch()
        .args(["chain", "verify"])
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "line 3: invalid header length 2: expected 80 bytes",
        ));
}

#[test]
fn unknown_network_exits_2() {
    let _light = crate::common::light();
    minewatch()
        .args(["chain", "verify", "--network", "dogecoin"])
        .arg(headers_tsv())
        .assert()
        .code(2)
        .stderr(
            "error: unknown network \"dogecoin\": expected mainnet, testnet, signet or regtest\n",
        );
}

#[test]
fn missing_and_empty_files_exit_2() {
    let _light = crate::common::light();
    let dir = TempDir::new().unwrap();
    minewatch()
        .args(["chain", "verify"])
        .arg(dir.path().join("nope.tsv"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
    let p = write(&dir, "empty", b"");
    minewatch()
        .args(["chain", "verify"])
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no headers found"));
}

#[test]
fn regtest_rules_reject_mainnet_genesis() {
    let _light = crate::common::light();
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "g.bin", &raw_headers(1));
    minewatch()
        .args(["chain", "verify", "--network", "regtest"])
        .arg(&p)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("not the regtest genesis block"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Random bytes, in any format: exit 0, 1 or 2, never a panic, at most one stderr line.
    #[test]
    fn random_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), fmt in 0usize..4) {
        let dir = TempDir::new().unwrap();
        let p = write(&dir, "random", &bytes);
        let format = ["auto", "tsv", "hex", "raw"][fmt];
        let out = minewatch().args(["chain", "verify", "--format", format]).arg(&p).output().unwrap();
        let code = out.status.code();
        prop_assert!(matches!(code, Some(0..=2)), "{:?}", code);
        let err = String::from_utf8_lossy(&out.stderr);
        prop_assert!(!err.contains("panicked"), "{}", err);
        prop_assert!(err.lines().count() <= 1, "{}", err);
    }
}
