//! Every transform keeps a module valid and its behaviour the same: each CryptoNight core of
//! the harness and its RandomX core, transformed alone and by all transforms together, computes the same hash as
//! the original (run in Node's WebAssembly engine, where Node is installed; CI has it).

#![allow(clippy::unwrap_used, clippy::print_stderr)] // Test code: a panic is a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use minewatch_harness::{Transform, apply, variants};

fn cores() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../minewatch-detect/tests/data/miners/variants");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .collect();
    v.sort();
    assert_eq!(v.len(), 13, "the harness's 13 cores in {}", dir.display());
    v
}

fn node() -> Option<&'static str> {
    Command::new("node")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| "node")
}

#[test]
fn every_variant_is_valid_and_hashes_like_the_original() {
    let tmp = std::env::temp_dir().join(format!("minewatch-harness-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut files = Vec::new();
    for core in cores() {
        let bytes = std::fs::read(&core).unwrap();
        let stem = core.file_stem().unwrap().to_str().unwrap().to_owned();
        for (name, out) in variants(&bytes, 42).unwrap() {
            if name != "original" {
                assert_ne!(out, bytes, "{stem}: {name} changed nothing");
            }
            let p = tmp.join(format!("{stem}.{name}.wasm"));
            std::fs::write(&p, out).unwrap();
            files.push((stem.clone(), name, p));
        }
    }
    let Some(node) = node() else {
        // Validity was checked above (apply validates); behaviour needs an engine.
        panic!("node is not installed: the README's test command installs it");
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run-core.mjs");
    let out = Command::new(node)
        .arg(&script)
        .args(files.iter().map(|(_, _, p)| p))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut by_core = std::collections::BTreeMap::<String, Vec<(String, String)>>::new();
    for ((stem, name, _), line) in files.iter().zip(text.lines()) {
        let hash = line.rsplit(' ').next().unwrap().to_owned();
        assert!(!line.contains("error:"), "{stem} {name}: {line}");
        by_core
            .entry(stem.clone())
            .or_default()
            .push((name.clone(), hash));
    }
    assert_eq!(text.lines().count(), files.len());
    for (stem, hashes) in &by_core {
        let original = &hashes[0].1;
        assert_eq!(original.len(), 64, "{stem}");
        for (name, h) in hashes {
            assert_eq!(h, original, "{stem}: {name} computes another hash");
        }
    }
    // Different variants of the family hash differently (the parameters are real; six
    // CryptoNight variants and RandomX), and the T-table AES computes what the byte S-box AES
    // does.
    let originals: std::collections::BTreeSet<&String> =
        by_core.values().map(|h| &h[0].1).collect();
    assert_eq!(originals.len(), 7);
    for (stem, hashes) in &by_core {
        if let Some(sbox) = stem.strip_suffix("_ttable") {
            assert_eq!(hashes[0].1, by_core[sbox][0].1, "{stem}");
        }
    }
    std::fs::remove_dir_all(&tmp).ok();
}

#[test]
fn transforms_refuse_what_is_not_wasm_with_a_message() {
    for t in Transform::EVERY {
        let e = apply(b"\0asm\x01\0\0\0\x01\xff", t, 1).unwrap_err();
        assert!(e.to_string().contains("not a usable wasm module"), "{e}");
        assert!(apply(b"not wasm at all", t, 1).is_err());
    }
}

#[test]
fn flattening_splits_functions_into_cases() {
    let core = &cores()[0];
    let bytes = std::fs::read(core).unwrap();
    let flat = apply(&bytes, Transform::Flatten, 7).unwrap();
    // A dispatcher: br_table (0x0e) appears more often than in the original.
    let count = |b: &[u8]| b.iter().filter(|x| **x == 0x0e).count();
    assert!(count(&flat) > count(&bytes), "no dispatcher added");
}
