//! The WebAssembly analyser on arbitrary bytes after a valid header.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_detect::web::wasm;

fuzz_target!(|data: &[u8]| {
    let mut m = b"\0asm\x01\0\0\0".to_vec();
    m.extend_from_slice(data);
    let f = wasm::analyse(&m, "fuzz.wasm");
    assert!(f.operators <= wasm::MAX_OPERATORS);
});
