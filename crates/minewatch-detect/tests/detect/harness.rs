//! The robustness harness (minewatch-harness) over our CryptoNight-family cores: every variant
//! (cn/0, cn/half, cn-lite, cn-pico, cn-heavy, cn/gpu; S-box and T-table AES) through every
//! obfuscating transform, alone and combined, must be called `miner`, with evidence that
//! names the function, the loop and what was found. The cores are built by
//! `scripts/build-test-wasm.sh` from `tests/miners/src/cn_variant.rs` and checked in.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_detect::web::{Scanner, Verdict};

pub(crate) fn cores() -> Vec<(String, Vec<u8>)> {
    let dir = format!("{}/tests/data/miners/variants", env!("CARGO_MANIFEST_DIR"));
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_str().unwrap().to_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    assert_eq!(v.len(), 12);
    v
}

#[test]
fn every_variant_through_every_transform_is_a_miner_with_evidence() {
    let mut failures = Vec::new();
    let scanner = Scanner::new();
    for (core, bytes) in cores() {
        // The mask each variant walks its scratchpad with.
        let mask = match core.trim_end_matches("_ttable") {
            "cn_lite" => "0xFFFF0",
            "cn_pico" => "0x1FFF0",
            "cn_heavy" => "0x3FFFF0",
            "cn_gpu" => "0x1FFFC0",
            _ => "0x1FFFF0",
        };
        for (transform, wasm) in minewatch_harness::variants(&bytes, 3).unwrap() {
            let r = scanner.scan_bytes("module.wasm", &wasm);
            let loop_signal = r.signals.iter().find(|s| s.id == "wasm.memory-hard-loop");
            let ok = r.verdict == Verdict::Miner
                && loop_signal.is_some_and(|s| {
                    s.evidence.starts_with("function ")
                        && s.evidence.contains(&format!("(x & {mask})"))
                        && s.evidence.contains("AES")
                        && s.evidence.contains("multiply")
                });
            if !ok {
                failures.push(format!(
                    "{core} {transform}: {:?} {:?}",
                    r.verdict,
                    r.signals
                        .iter()
                        .map(|s| format!("{} {}", s.id, s.evidence))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn opaque_predicates_are_proven_and_wrappers_inlined() {
    let (_, bytes) = &cores()[0];
    let plain = minewatch_detect::web::wasm_flow::analyse(bytes, 50_000_000);
    let bogus = minewatch_detect::web::wasm_flow::analyse(
        &minewatch_harness::apply(bytes, minewatch_harness::Transform::BogusFlow, 5).unwrap(),
        50_000_000,
    );
    // One opaque predicate per function and per loop was added; each is proven constant.
    assert!(
        bogus.opaque_branches >= plain.opaque_branches + 5,
        "{} vs {}",
        bogus.opaque_branches,
        plain.opaque_branches
    );
    let wrapped = minewatch_detect::web::wasm_flow::analyse(
        &minewatch_harness::apply(bytes, minewatch_harness::Transform::WrapFunctions, 5).unwrap(),
        50_000_000,
    );
    assert!(wrapped.inlined_calls > 100, "{}", wrapped.inlined_calls);
    assert_eq!(wrapped.loops.first().map(|l| l.complete()), Some(true));
}

/// Flattening shuffles the cases of its dispatcher: every order must be read as the code runs
/// (each case starts from the `br_table`, not from the case written before it). Seeds 5-7 and
/// 9-10 once hid cn-lite, cn-pico, cn-heavy and cn-gpu.
#[test]
fn flattened_cores_are_found_whatever_the_case_order() {
    let scanner = Scanner::new();
    let mut missed = Vec::new();
    for (core, bytes) in cores().into_iter().filter(|(c, _)| !c.ends_with("_ttable")) {
        for seed in 1..=16 {
            for (name, wasm) in [
                (
                    "flatten",
                    minewatch_harness::apply(&bytes, minewatch_harness::Transform::Flatten, seed)
                        .unwrap(),
                ),
                ("all", minewatch_harness::apply_all(&bytes, seed).unwrap()),
            ] {
                if scanner.scan_bytes("module.wasm", &wasm).verdict != Verdict::Miner {
                    missed.push(format!("{core} {name} seed {seed}"));
                }
            }
        }
    }
    assert!(missed.is_empty(), "{}", missed.join("\n"));
}
