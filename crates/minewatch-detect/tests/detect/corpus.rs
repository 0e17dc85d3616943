//! The npm corpus: the 23 hard-negative packages of the field notes (hash libraries, heavy
//! wasm, wallets, libraries that mention mining) and the 2017 CoinHive loader `web-miner`.
//! The tarballs are fetched by `scripts/fetch-npm-corpus.sh` (which `.ci/run` runs) into
//! `target/npm-corpus`; this test reads them from there and never touches the network.

#![allow(clippy::unwrap_used, clippy::print_stderr)] // Test: panics are failures; the tallies are printed for the issue note.

use std::path::PathBuf;

use minewatch_detect::web::{Scanner, Verdict};

fn corpus_dir() -> PathBuf {
    std::env::var_os("MINEWATCH_NPM_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/npm-corpus"),
        PathBuf::from,
    )
}

fn tarball(name: &str, version: &str) -> PathBuf {
    let file = format!(
        "{}-{version}.tgz",
        name.trim_start_matches('@').replace('/', "-")
    );
    let p = corpus_dir().join(&file);
    assert!(
        p.exists(),
        "{} is missing: run scripts/fetch-npm-corpus.sh (it runs `npm pack {name}@{version}`)",
        p.display()
    );
    p
}

fn list(tsv: &str) -> Vec<(String, String)> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_owned(), f[1].to_owned())
        })
        .collect()
}

#[test]
fn no_hard_negative_file_is_a_miner() {
    let scanner = Scanner::new();
    let mut files = 0;
    let mut suspicious = Vec::new();
    let mut miners = Vec::new();
    for (name, version) in list(include_str!("../data/corpus/npm-negatives.tsv")) {
        let reports = scanner
            .scan_path(&tarball(&name, &version), &|_| {})
            .unwrap();
        assert!(!reports.is_empty(), "{name}: nothing scanned");
        for r in reports {
            files += 1;
            match r.verdict {
                Verdict::Miner => miners.push(format!("{} ({}): {:?}", r.name, r.score, r.signals)),
                Verdict::Suspicious => suspicious.push(format!(
                    "{} ({}): {:?}",
                    r.name,
                    r.score,
                    r.signals
                        .iter()
                        .map(|s| (s.id, s.evidence.chars().take(120).collect::<String>()))
                        .collect::<Vec<_>>()
                )),
                Verdict::Clean => {}
            }
        }
    }
    eprintln!(
        "hard negatives: {files} files, {} suspicious, {} miner",
        suspicious.len(),
        miners.len()
    );
    for s in &suspicious {
        eprintln!("  suspicious: {s}");
    }
    assert!(miners.is_empty(), "false miners:\n{}", miners.join("\n"));
    // Suspicious stays rare: under 1% of files.
    assert!(
        suspicious.len() * 100 <= files,
        "{} of {files} suspicious",
        suspicious.len()
    );
}

#[test]
fn the_coinhive_loader_in_web_miner_is_a_miner() {
    let scanner = Scanner::new();
    let reports = scanner
        .scan_path(&tarball("web-miner", "1.0.1"), &|_| {})
        .unwrap();
    let miners: Vec<_> = reports
        .iter()
        .filter(|r| r.verdict == Verdict::Miner)
        .collect();
    for r in &reports {
        eprintln!(
            "{} {} {} {:?}",
            r.name,
            r.verdict,
            r.score,
            r.signals.iter().map(|s| s.id).collect::<Vec<_>>()
        );
    }
    assert!(!miners.is_empty());
    let ids: Vec<&str> = miners[0].signals.iter().map(|s| s.id).collect();
    assert!(ids.contains(&"js.coinhive-api"), "{ids:?}");
}
