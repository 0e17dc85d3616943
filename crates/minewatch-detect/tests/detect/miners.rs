//! Miners we wrote ourselves in the shapes of the field notes (see `tests/miners/` for the
//! sources and `scripts/build-test-wasm.sh`): wasm hash cores with real Keccak-f[1600], AES
//! rounds and SHA-256 compression, and JS loaders that talk a pool protocol over a websocket,
//! plain, minified (terser) and obfuscated (javascript-obfuscator). They hash but reach no pool
//! (their pool addresses are `.invalid`). Every file is scanned under a neutral name, so file-name
//! rules play no part.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_detect::web::{Report, Scanner, Verdict};

fn scan(file: &str, as_name: &str) -> Report {
    let path = format!("{}/tests/data/miners/{file}", env!("CARGO_MANIFEST_DIR"));
    Scanner::new().scan_bytes(as_name, &std::fs::read(path).unwrap())
}

fn ids(r: &Report) -> Vec<&'static str> {
    r.signals.iter().map(|s| s.id).collect()
}

#[test]
fn cryptonight_shaped_cores_are_miners_with_or_without_names() {
    for f in ["cn_core.wasm", "cn_core.stripped.wasm"] {
        let r = scan(f, "module.wasm");
        assert_eq!(r.verdict, Verdict::Miner, "{f}: {:?}", r.signals);
        let ids = ids(&r);
        for id in [
            "wasm.cryptonight",
            "wasm.keccak-constants",
            "wasm.aes-tables",
        ] {
            assert!(ids.contains(&id), "{f}: {ids:?}");
        }
    }
}

#[test]
fn a_sha256_core_alone_is_a_hash_library_not_a_miner() {
    // SHA-256 is in every crypto library; without a pool protocol around it there is nothing
    // to call a miner.
    let r = scan("sha256d_core.wasm", "module.wasm");
    assert_eq!(r.verdict, Verdict::Clean, "{:?}", r.signals);
    assert_eq!(ids(&r), ["wasm.sha256-constants"]);
}

#[test]
fn loaders_plain_minified_and_obfuscated_are_miners() {
    for f in ["ws-miner.js", "ws-miner.min.js", "ws-miner.obfuscated.js"] {
        let r = scan(f, "app.js");
        assert_eq!(
            r.verdict,
            Verdict::Miner,
            "{f}: {:?} {:?}",
            r.signals,
            r.notes
        );
        let ids = ids(&r);
        // The pool protocol on a websocket, and the embedded wasm decoded and recognised.
        for id in [
            "js.websocket-pool-messages",
            "js.embedded-wasm",
            "wasm.cryptonight",
        ] {
            assert!(ids.contains(&id), "{f}: {ids:?}");
        }
        // Every signal says where it was seen.
        assert!(
            r.signals.iter().all(|s| s.location.starts_with("app.js")),
            "{f}"
        );
    }
    for f in ["btc-ws-miner.js", "btc-ws-miner.min.js"] {
        let r = scan(f, "app.js");
        assert_eq!(r.verdict, Verdict::Miner, "{f}: {:?}", r.signals);
        let ids = ids(&r);
        for id in [
            "js.websocket-pool-messages",
            "js.embedded-wasm",
            "wasm.sha256-constants",
        ] {
            assert!(ids.contains(&id), "{f}: {ids:?}");
        }
    }
}

#[test]
fn heavy_obfuscation_is_at_least_suspicious() {
    // rc4-encoded string arrays with split strings cannot be unpacked without running the
    // decoder; the websocket's pool vocabulary (object keys) still shows.
    let r = scan("ws-miner.split.obfuscated.js", "app.js");
    assert!(r.verdict >= Verdict::Suspicious, "{:?}", r.signals);
    assert!(ids(&r).contains(&"js.websocket-pool-messages"));
}

#[test]
fn line_and_column_of_evidence_are_right() {
    let r = scan("ws-miner.js", "ws-miner.js");
    let ws = r
        .signals
        .iter()
        .find(|s| s.id == "js.websocket-pool-messages")
        .unwrap();
    let src = std::fs::read_to_string(format!(
        "{}/tests/data/miners/ws-miner.js",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let line = src
        .lines()
        .position(|l| l.contains("new WebSocket(POOL)"))
        .unwrap()
        + 1;
    assert!(
        ws.location.starts_with(&format!("ws-miner.js:{line}:")),
        "{} vs line {line}",
        ws.location
    );
}
