//! `minewatch scan web` and `minewatch blocklist` as a user runs them.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn minewatch() -> Command {
    Command::cargo_bin("minewatch").unwrap()
}

fn miners_dir() -> String {
    format!(
        "{}/../minewatch-detect/tests/data/miners",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn exit_codes_say_clean_miner_or_error() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("app.js");
    std::fs::write(&clean, "export function add(a, b) { return a + b; }\n").unwrap();
    minewatch()
        .args(["scan", "web", clean.to_str().unwrap()])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "1 files: 0 miner, 0 suspicious, 1 clean",
        ));
    minewatch()
        .args(["scan", "web", &format!("{}/ws-miner.min.js", miners_dir())])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("miner")
                .and(predicate::str::contains("js.websocket-pool-messages")),
        );
    minewatch()
        .args(["scan", "web", "/nonexistent/dir"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read /nonexistent/dir"));
    minewatch()
        .args(["scan", "web", "--list", "abp", clean.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected FORMAT:FILE"));
}

#[test]
fn json_and_sarif_carry_every_verdict_and_its_evidence() {
    let _light = crate::common::light();
    let out = minewatch()
        .args(["scan", "web", "--json", &miners_dir()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // 9 files at the top, the 12 CryptoNight variant cores and the RandomX core under
    // variants/, the 35 asm.js cores (5 of them RandomX; 5 with their constants in memory)
    // under asmjs/ and the 12 obfuscated loaders under obfuscated-js/ (all miners), the 10
    // mining workers under loaders/ (suspicious alone: no hash core beside them), and the 44
    // pages under pages/ that configure and start a miner in a script or in their markup (all
    // miners: a wallet with a pool, a listed script, or a throttle that is a share of the CPU;
    // 12 of them with the options returned by a function or read from fetched JSON).
    assert_eq!(v["files"], 123);
    assert_eq!(v["miners"], 112);
    let rx = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"].as_str().unwrap().ends_with("/rx_light.wasm"))
        .unwrap();
    assert_eq!(rx["verdict"], "miner");
    assert_eq!(rx["signals"][0]["id"], "wasm.randomx-vm", "{rx}");
    let r = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"].as_str().unwrap().ends_with("/cn_core.wasm"))
        .unwrap();
    assert_eq!(r["verdict"], "miner");
    // Structure first (the strongest evidence), the known constants beside it.
    assert_eq!(r["signals"][0]["id"], "wasm.memory-hard-loop");
    assert!(
        r["signals"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == "wasm.cryptonight"),
        "{r}"
    );
    // SARIF carries the same verdicts: the pages and the loaders (a scan of their own
    // directories, the full one above takes long enough in a test build), each miner an error
    // and each suspicious file a warning, as the JSON run judged them.
    let judged: Vec<&Value> = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| {
            let n = r["name"].as_str().unwrap();
            n.contains("/pages/") || n.contains("/loaders/")
        })
        .collect();
    let miners = judged.iter().filter(|r| r["verdict"] == "miner").count();
    let suspicious = judged
        .iter()
        .filter(|r| r["verdict"] == "suspicious")
        .count();
    assert_eq!((judged.len(), miners, suspicious), (54, 44, 10));
    let out = minewatch()
        .args(["scan", "web", "--sarif"])
        .args([
            format!("{}/pages", miners_dir()),
            format!("{}/loaders", miners_dir()),
        ])
        .output()
        .unwrap();
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["version"], "2.1.0");
    let results = s["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), judged.len());
    assert_eq!(
        results.iter().filter(|r| r["level"] == "error").count(),
        miners
    );
    assert_eq!(
        results.iter().filter(|r| r["level"] == "warning").count(),
        suspicious
    );
    assert!(results.iter().all(|r| {
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap()
            >= 1
    }));
}

#[test]
fn an_extra_list_and_the_allowlist_change_url_verdicts() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    let js = dir.path().join("page.js");
    std::fs::write(&js, "var s = document.createElement('script'); s.src = 'https://cdn.mypool.example/p.js';\nvar ws = new WebSocket('wss://cdn.mypool.example/ws');").unwrap();
    let list = dir.path().join("mine.txt");
    std::fs::write(&list, "||mypool.example^\n").unwrap();
    let out = minewatch()
        .args([
            "scan",
            "web",
            "--json",
            "--list",
            &format!("abp:{}", list.display()),
            js.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["reports"][0]["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"js.blocklisted-url"), "{ids:?}");
    let out = minewatch()
        .args([
            "scan",
            "web",
            "--json",
            "--list",
            &format!("abp:{}", list.display()),
            "--allow",
            "mypool.example",
            js.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["reports"][0]["signals"].as_array().unwrap().is_empty());
}

#[test]
fn blocklists_import_export_and_check() {
    let _light = crate::common::light();
    let out = minewatch()
        .args(["blocklist", "export", "--to", "hosts", "--list", "nocoin"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let hosts = String::from_utf8(out.stdout).unwrap();
    assert!(hosts.lines().any(|l| l == "0.0.0.0 2miners.com"));
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("hosts.txt");
    std::fs::write(&f, &hosts).unwrap();
    minewatch()
        .args([
            "blocklist",
            "import",
            f.to_str().unwrap(),
            "--format",
            "hosts",
            "--to",
            "abp",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("||2miners.com^"));
    std::fs::write(&f, "# x\nthis is not a host line\n").unwrap();
    minewatch()
        .args([
            "blocklist",
            "import",
            f.to_str().unwrap(),
            "--format",
            "hosts",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(":2:"));
    minewatch()
        .args([
            "blocklist",
            "check",
            "https://x.example/lib/coinhive.min.js",
        ])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("blocked").and(predicate::str::contains("/coinhive.min.js")),
        );
    minewatch()
        .args([
            "blocklist",
            "check",
            "--kind",
            "websocket",
            "--source",
            "https://news.example/",
            "wss://mainnet.quiknode.pro/x",
        ])
        .assert()
        .code(0);
    minewatch()
        .args(["blocklist", "export", "--list", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nocoin"));
}

#[test]
fn eval_reports_recall_false_positives_and_confusion() {
    let _light = crate::common::light();
    let dir = tempfile::tempdir().unwrap();
    for f in [
        "ws-miner.js",
        "ws-miner.obfuscated.js",
        "ws-miner.split.obfuscated.js",
        "cn_core.wasm",
        "sha256d_core.wasm",
        "loaders/cn-worker.js",
    ] {
        let name = f.rsplit('/').next().unwrap();
        std::fs::copy(format!("{}/{f}", miners_dir()), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("app.js"), "export const x = 1;").unwrap();
    let labels = dir.path().join("labels.tsv");
    std::fs::write(
        &labels,
        "path\tlabel\tfamily\nws-miner.js\tminer\tloader\nws-miner.obfuscated.js\tminer\tloader\nws-miner.split.obfuscated.js\tminer\tloader\ncn-worker.js\tminer\tworker\ncn_core.wasm\tminer\tcore\napp.js\tclean\tgeneral\nsha256d_core.wasm\tclean\thash-wasm\n",
    )
    .unwrap();
    let out = minewatch()
        .args([
            "eval",
            "web",
            "--json",
            "--labels",
            labels.to_str().unwrap(),
            dir.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The three loaders (the rc4 split-string one through its own decoders), the core, no
    // false alarm; the mining worker alone (no hash core beside it) is only suspicious.
    assert_eq!(v["recall_by_family"]["loader"]["k"], 3);
    assert_eq!(v["recall_by_family"]["loader"]["n"], 3);
    assert_eq!(v["recall_by_family"]["worker"]["k"], 0);
    assert_eq!(v["recall_by_family"]["core"]["k"], 1);
    assert_eq!(v["false_positive_rate_files"]["k"], 0);
    assert_eq!(v["false_positive_rate_files"]["n"], 2);
    assert_eq!(v["confusion"]["miner"]["suspicious"], 1);
    let hi = v["recall"]["high"].as_f64().unwrap();
    let lo = v["recall"]["low"].as_f64().unwrap();
    assert!(lo < 0.75 && hi > 0.75 && hi <= 1.0, "{lo} {hi}");
    std::fs::write(&labels, "app.js\tperhaps\n").unwrap();
    minewatch()
        .args([
            "eval",
            "web",
            "--labels",
            labels.to_str().unwrap(),
            dir.path().to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("labels.tsv:1"));
}

#[test]
fn eval_web_transforms_reports_recall_per_transform() {
    let dir = tempfile::tempdir().unwrap();
    let variants = format!("{}/variants", miners_dir());
    let mut labels = String::from("path\tlabel\tfamily\n");
    for e in std::fs::read_dir(&variants).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "wasm") {
            let f = p.file_name().unwrap().to_str().unwrap().to_owned();
            std::fs::copy(&p, dir.path().join(&f)).unwrap();
            let family = if f.starts_with("rx_") {
                "randomx"
            } else {
                "cryptonight"
            };
            labels.push_str(&format!("{f}\tminer\t{family}\n"));
        }
    }
    std::fs::copy(
        format!("{}/sha256d_core.wasm", miners_dir()),
        dir.path().join("sha256d_core.wasm"),
    )
    .unwrap();
    labels.push_str("sha256d_core.wasm\tclean\thash-wasm\n");
    let file = dir.path().join("labels.tsv");
    std::fs::write(&file, labels).unwrap();
    let out = minewatch()
        .args([
            "eval",
            "web",
            "--transforms",
            "--seed",
            "9",
            "--json",
            "--labels",
        ])
        .arg(&file)
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["modules"], 14);
    let per = v["transforms"].as_object().unwrap();
    for t in [
        "original",
        "strip",
        "encode-constants",
        "substitute",
        "bogus-flow",
        "wrap-functions",
        "flatten",
        "all",
        // Constants kept in memory: read back from the module's data.
        "load-constants",
        // Obfuscated again: flattened wrappers walked, substitutions of substitutions folded.
        "all-twice",
        "substitute-3x",
    ] {
        let row = &per[t];
        assert_eq!(row["recall"]["k"], 13, "{t}: {row}");
        assert_eq!(row["recall"]["n"], 13, "{t}: {row}");
        assert_eq!(row["false_positives"]["k"], 0, "{t}: {row}");
        assert_eq!(row["false_positives"]["n"], 1, "{t}: {row}");
    }
    // Nothing to transform is an error that says so.
    std::fs::write(&file, "path\tlabel\tfamily\nlabels.tsv\tclean\tnone\n").unwrap();
    minewatch()
        .args(["eval", "web", "--transforms", "--labels"])
        .arg(&file)
        .arg(dir.path())
        .assert()
        .failure()
        .stderr(predicate::str::contains("no WebAssembly modules"));
}

/// `minewatch rules list`: every rule of every detector (web, host, net), as a table and as
/// JSON, the same as docs/rules.md documents (id, family and weight), with how each detector
/// turns findings into verdicts.
#[test]
fn rules_list_matches_docs() {
    let _light = crate::common::light();
    let out = minewatch()
        .args(["rules", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["miner_score"], 12);
    assert_eq!(v["suspicious_score"], 6);
    let rules = v["rules"].as_array().unwrap();
    assert!(rules.len() >= 60, "{}", rules.len());
    for detector in ["web", "host", "net"] {
        let n = rules.iter().filter(|r| r["detector"] == detector).count();
        assert!(n >= 8, "{detector}: {n} rules");
        assert!(
            v["verdicts_by_detector"][detector]
                .as_str()
                .unwrap()
                .contains("miner")
        );
    }
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/rules.md"))
        .unwrap();
    let table = minewatch().args(["rules", "list"]).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    for r in rules {
        let id = r["id"].as_str().unwrap();
        let row = format!(
            "| `{id}` | {} | {} |",
            r["family"].as_str().unwrap(),
            r["weight"]
        );
        assert!(docs.contains(&row), "docs/rules.md lacks {row}");
        assert!(
            table.lines().any(|l| l.starts_with(id)),
            "{id} not in the table"
        );
    }
    let miner_config = rules
        .iter()
        .find(|r| r["id"] == "js.miner-config-start")
        .unwrap();
    assert_eq!(miner_config["family"], "miner-api");
    assert_eq!(miner_config["strong"], true);
    let disguise = rules
        .iter()
        .find(|r| r["id"] == "host.kernel-thread-disguise")
        .unwrap();
    assert_eq!(
        (&disguise["family"], &disguise["strong"]),
        (&"disguise".into(), &true.into())
    );
    assert!(table.contains("a verdict of miner needs a score"));
    assert!(table.contains("Processes: a process is a miner"));
    assert!(table.contains("Network flows:"));
}
