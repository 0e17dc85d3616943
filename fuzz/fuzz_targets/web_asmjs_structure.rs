//! The asm.js structural pass (symbolic execution of every function of a script) on arbitrary
//! text: no panic, no stack exhaustion, bounded effort. Seed it with the harness's asm.js cores
//! (crates/minewatch-detect/tests/data/miners/asmjs/*.js) so that mutations stay close to
//! real asm.js.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_detect::web::{Scanner, asm_flow};

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let _ = asm_flow::worth_it(&src);
    // Through the scanner: the nesting estimate and the sized parse thread come first.
    let _ = Scanner::new().scan_bytes("fuzz.js", data);
});
