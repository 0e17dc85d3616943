//! The JavaScript analyser (oxc parse, walk, static unpacking, embedded wasm) on arbitrary text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use minewatch_detect::web::Scanner;

static SCANNER: OnceLock<Scanner> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let s = SCANNER.get_or_init(Scanner::new);
    let r = s.scan_bytes("fuzz.js", data);
    assert!(r.signals.iter().all(|x| x.location.starts_with("fuzz.js")));
});
