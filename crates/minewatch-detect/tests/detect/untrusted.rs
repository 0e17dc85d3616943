//! Hostile input: whatever bytes arrive as JavaScript, HTML, WebAssembly, a blocklist or a
//! package, the scanner answers with a report or an error, never a panic or a hang; archives
//! are read within their limits.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::io::Write;

use minewatch_detect::web::blocklist::{Format, List};
use minewatch_detect::web::{Limits, Scanner};
use proptest::prelude::*;

/// One scanner for all cases: compiling the built-in lists is the expensive part.
fn scanner() -> &'static Scanner {
    static S: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
    S.get_or_init(Scanner::new)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_bytes_as_any_kind_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let s = scanner();
        for name in ["x.js", "x.html", "x.wasm", "x"] {
            let _ = s.scan_bytes(name, &bytes);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&bytes);
        let _ = s.scan_bytes("y.wasm", &wasm);
    }

    #[test]
    fn js_shaped_text_never_panics(src in "[a-zA-Z0-9_$ (){}\\[\\];,.=+\\-*/'\"`\\\\\n:?!<>&|%^~#@]{0,600}") {
        let s = scanner();
        let _ = s.scan_bytes("x.js", src.as_bytes());
        let _ = s.scan_bytes("x.html", format!("<script>{src}</script><script src=\"{src}\"></script>").as_bytes());
    }

    #[test]
    fn list_text_never_panics(text in ".{0,300}", format in 0..3u8) {
        let f = [Format::Abp, Format::Hosts, Format::MatchPatterns][format as usize];
        if let Ok(l) = List::parse("fuzz", f, &text) {
            let _ = l.to_text();
        }
    }
}

#[test]
fn deeply_nested_js_is_a_bounded_effort_verdict() {
    let depth = 100_000;
    // `job_id` sends it down the parsing path (see TRIGGERS in the JS analyser).
    let src = format!(
        "var job_id = 1; var a = {}1{};",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let r = scanner().scan_bytes("deep.js", src.as_bytes());
    assert!(
        r.notes.iter().any(|n| n.contains("nested")),
        "{:?}",
        r.notes
    );
    assert!(r.signals.is_empty());
    let src = format!("_0x1234;{}x{}", "(".repeat(depth), ")".repeat(depth));
    let _ = scanner().scan_bytes("deep2.js", src.as_bytes());
}

#[test]
fn a_gzip_bomb_stops_at_the_archive_limit() {
    // 64 MiB of zeros as one tar entry compresses to ~64 KiB.
    let mut tar = tar::Builder::new(Vec::new());
    let data = vec![0u8; 64 << 20];
    let mut h = tar::Header::new_gnu();
    h.set_size(data.len() as u64);
    h.set_mode(0o644);
    h.set_cksum();
    tar.append_data(&mut h, "package/zeros.js", &data[..])
        .unwrap();
    let tar = tar.into_inner().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&tar).unwrap();
    let tgz = gz.finish().unwrap();
    assert!(tgz.len() < 1 << 20);
    let scanner = Scanner {
        limits: Limits {
            max_archive_bytes: 1 << 20,
            max_file_bytes: 1 << 20,
            max_entries: 100,
        },
        ..scanner().clone()
    };
    // The entry is over the file limit: listed, not read past the limit.
    let entries = scanner.read_tgz(&tgz[..], "bomb.tgz");
    match entries {
        Ok(e) => assert!(e.iter().all(|(_, b)| b.len() <= 1 << 20)),
        Err(e) => assert!(e.to_string().contains("bomb.tgz"), "{e}"),
    }
    // Truncated and non-gzip archives are errors naming the archive.
    let e = scanner.read_tgz(&tgz[..tgz.len() / 2], "cut.tgz");
    assert!(e.is_err() || e.unwrap().iter().all(|(_, b)| b.len() <= 1 << 20));
    let e = scanner
        .read_tgz(&b"not gzip at all"[..], "plain.tgz")
        .unwrap_err();
    assert!(e.to_string().contains("plain.tgz"), "{e}");
}

#[test]
fn invalid_wasm_is_reported_not_fatal() {
    let r = scanner().scan_bytes("bad.wasm", b"\0asm\x01\0\0\0\x0a\xff\xff\xff\xff\x0f");
    assert!(
        r.notes.iter().any(|n| n.contains("invalid wasm")),
        "{:?}",
        r.notes
    );
}
