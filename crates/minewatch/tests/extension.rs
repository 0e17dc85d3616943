#![allow(clippy::unwrap_used)] // Tests: a failed unwrap is a failed test.
//! A test binary of its own: the extension's timings (a miner stopped within 2 s) hold only
//! with the machine to itself, and a lingering process of another test's can break them.
//! The browser extension end to end: `interop/extension/test.mjs` loads the built extension
//! (`scripts/build-extension.sh`, run by `.ci/run` before the tests) into Debian's chromium
//! with playwright-core and runs it against pages and a websocket pool on 127.0.0.1: listed
//! miner URLs blocked by the generated declarativeNetRequest rules, a renamed self-hosted miner
//! and the same miner started 10 s after load in a worker stopped within 2 s with the evidence in
//! the popup, cn-lite obfuscated by every transform (as wasm, and as asm.js) stopped within
//! 2 s on the structure of its main loop alone, hard-negative libraries (hashing, heavy wasm, a wallet) left alone, the allowlist,
//! the user's own rules and strict mode. Screenshots of the popup and the options page go to
//! target/extension-screenshots.

use std::path::Path;
use std::process::Command;

#[test]
fn the_extension_blocks_and_stops_miners_and_leaves_the_rest_alone() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let ext = root.join("target/extension");
    assert!(
        ext.join("engine.wasm").exists(),
        "{} is not built: run scripts/build-extension.sh",
        ext.display()
    );
    // The engine stays small enough to ship in an extension.
    let engine = ext.join("engine.wasm").metadata().unwrap().len();
    assert!(engine < 6_000_000, "engine.wasm is {engine} bytes");
    // The built engine must be the one these sources make: its rules come from this binary.
    let rules = std::fs::read_to_string(ext.join("rules/blocklist.json")).unwrap();
    let expected = Command::new(env!("CARGO_BIN_EXE_minewatch"))
        .args(["--quiet", "blocklist", "export", "--format", "dnr"])
        .output()
        .unwrap();
    assert_eq!(
        rules,
        String::from_utf8(expected.stdout).unwrap(),
        "target/extension is stale: rebuild it with scripts/build-extension.sh"
    );
    // cn-lite's core through every obfuscating transform, for the pages that run it.
    let core =
        std::fs::read(root.join("crates/minewatch-detect/tests/data/miners/variants/cn_lite.wasm"))
            .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let obfuscated = tmp.path().join("cn_lite.all.wasm");
    std::fs::write(&obfuscated, minewatch_harness::apply_all(&core, 7).unwrap()).unwrap();
    // And with its constants kept in memory (read back from the module's data).
    let in_memory = tmp.path().join("cn_lite.load-constants.wasm");
    let lc = minewatch_harness::apply(&core, minewatch_harness::Transform::LoadConstants, 7);
    std::fs::write(&in_memory, lc.unwrap()).unwrap();
    let shots = root.join("target/extension-screenshots");
    let out = Command::new("node")
        .arg(root.join("interop/extension/test.mjs"))
        .arg(&ext)
        .arg(root.join("target/npm-corpus"))
        .arg(&shots)
        .arg(&obfuscated)
        .arg(&in_memory)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stderr}");
    assert!(out.status.success(), "extension tests failed:\n{stderr}");
    let summary: serde_json::Value = serde_json::from_slice(
        out.stdout
            .trim_ascii_end()
            .rsplit(|b| *b == b'\n')
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(summary["ok"], true);
    let checks = summary["checks"].as_array().unwrap();
    assert!(checks.len() >= 25, "{} checks", checks.len());
    assert!(checks.iter().all(|c| c["ok"] == true));
    for t in [
        "main_thread_stop_ms",
        "worker_stop_ms",
        "obfuscated_wasm_stop_ms",
        "obfuscated_asm_stop_ms",
    ] {
        let ms = summary["timings"][t].as_f64().unwrap();
        assert!((0.0..=2000.0).contains(&ms), "{t}: {ms}");
    }
    for f in ["popup-miner-stopped.png", "popup-clean.png", "options.png"] {
        assert!(
            shots.join(f).metadata().unwrap().len() > 5_000,
            "{f} screenshot"
        );
    }
}
