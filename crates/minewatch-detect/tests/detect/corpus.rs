//! The npm corpus: 104 hard-negative packages (the 23 of the field notes: hash libraries, heavy
//! wasm, wallets, libraries that mention mining; and 81 more we chose the same way: hash and
//! cipher libraries in JS, asm.js and wasm, chain SDKs and wallets, compression and image codecs
//! in wasm, a wasm compiler) and the 2017 CoinHive loader `web-miner`.
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
                Verdict::Clean | Verdict::OwnMiner => {}
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

/// The WebAssembly modules inside the hard-negative packages (name, bytes).
fn negative_wasm() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (name, version) in list(include_str!("../data/corpus/npm-negatives.tsv")) {
        let f = std::fs::File::open(tarball(&name, &version)).unwrap();
        let mut ar = tar::Archive::new(flate2::read::GzDecoder::new(f));
        for e in ar.entries().unwrap() {
            let mut e = e.unwrap();
            let path = e.path().unwrap().to_string_lossy().into_owned();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut bytes).unwrap();
            if bytes.starts_with(b"\0asm") {
                out.push((format!("{name}@{version}/{path}"), bytes));
            }
        }
    }
    out
}

#[test]
fn no_hard_negative_wasm_is_a_miner_through_any_transform() {
    // The harness's transforms over the negatives' own wasm: obfuscation alone never makes a
    // miner. Modules a transform cannot take (features it does not rewrite) are counted.
    let scanner = Scanner::new();
    let modules = negative_wasm();
    assert!(modules.len() >= 8, "{} wasm modules", modules.len());
    // Every variant of every module is independent: they are shared among the cores (this
    // test is the longest of its binary, and runs on after the others are done), the largest
    // modules' first, so no core is left with one big module at the end (esbuild's 14 MB takes
    // most of a minute over its variants alone).
    let mut order: Vec<usize> = (0..modules.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(modules[i].1.len()));
    // None: the module as it is; Some(None): every transform at once; Some(Some(t)): one.
    let mut work: Vec<(usize, Option<Option<minewatch_harness::Transform>>)> = Vec::new();
    for &i in &order {
        work.push((i, None));
        work.push((i, Some(None)));
        for t in minewatch_harness::Transform::EVERY {
            work.push((i, Some(Some(t))));
        }
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let per_thread: Vec<(usize, Vec<String>, Vec<String>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let (mut scanned, mut refused, mut miners) = (0, Vec::new(), Vec::new());
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(&(i, how)) = work.get(k) else {
                            break;
                        };
                        let (name, bytes) = &modules[i];
                        let (t, variant) = match how {
                            None => ("original".to_owned(), Ok(bytes.clone())),
                            // A module no single transform takes is not counted for "all".
                            Some(None) => match minewatch_harness::apply_all(bytes, 11) {
                                Ok(b) => ("all".to_owned(), Ok(b)),
                                Err(_) => continue,
                            },
                            Some(Some(t)) => {
                                (t.name().to_owned(), minewatch_harness::apply(bytes, t, 11))
                            }
                        };
                        let b = match variant {
                            Ok(b) => b,
                            Err(e) => {
                                refused.push(format!("{name} {t}: {e}"));
                                continue;
                            }
                        };
                        scanned += 1;
                        let r = scanner.scan_bytes("module.wasm", &b);
                        if r.verdict == Verdict::Miner {
                            miners.push(format!("{name} {t}: {:?}", r.signals));
                        }
                    }
                    (scanned, refused, miners)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let scanned: usize = per_thread.iter().map(|t| t.0).sum();
    let refused: Vec<String> = per_thread.iter().flat_map(|t| t.1.clone()).collect();
    let miners: Vec<String> = per_thread.iter().flat_map(|t| t.2.clone()).collect();
    eprintln!(
        "hard-negative wasm: {} modules, {scanned} variants scanned, {} transforms refused",
        modules.len(),
        refused.len()
    );
    for r in &refused {
        eprintln!("  refused: {r}");
    }
    assert!(miners.is_empty(), "false miners:\n{}", miners.join("\n"));
    assert!(scanned >= modules.len() * 4, "too few variants: {scanned}");
}
