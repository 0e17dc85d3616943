//! Bounded execution of WebAssembly (instrumentation, then the wasmi run and the access watch)
//! on arbitrary modules: no panic, every cap holds. Seed it with the harness's cores
//! (crates/minewatch-detect/tests/data/miners/variants/*.wasm) so that mutations stay close to
//! real modules that run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_detect::web::wasm_exec::{LIMITS, Limits, observe};

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        fuel: 20_000_000,
        fuel_per_call: 5_000_000,
        slice: 1_000_000,
        wall_ms: 2_000,
        ..LIMITS
    };
    let o = observe(data, &limits);
    assert!(o.fuel_used <= limits.fuel);
    assert!(o.calls <= limits.calls);
});
