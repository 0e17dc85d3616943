//! The string decoders (a bounded JavaScript interpreter running a file's own decoder
//! functions) on arbitrary text: no panic, no stack exhaustion, effort within the budget. Seed
//! it with the obfuscated fixtures (crates/minewatch-detect/tests/data/miners/obfuscated-js and
//! corpus/obfuscated-js) so that mutations keep the string arrays and rotation loops.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_detect::web::jseval::{Budget, decode_source_within};

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let budget = Budget {
        fuel: 5_000_000,
        statement: 4_000_000,
        site: 500_000,
        sweep: 500_000,
    };
    if let Some(d) = decode_source_within(&src, budget) {
        assert!(d.steps <= budget.fuel);
    }
});
