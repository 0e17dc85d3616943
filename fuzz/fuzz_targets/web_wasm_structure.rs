//! The structural pass over WebAssembly (symbolic execution of every function) and the
//! robustness harness's transforms, on arbitrary modules: no panic, bounded effort. Seed it
//! with the harness's cores (crates/minewatch-detect/tests/data/miners/variants/*.wasm) so
//! that mutations stay close to real modules.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_detect::web::wasm_flow;

fuzz_target!(|data: &[u8]| {
    let _ = wasm_flow::analyse(data, 2_000_000);
    let seed = data.first().copied().unwrap_or(0).into();
    for t in minewatch_harness::Transform::ALL {
        if let Ok(out) = minewatch_harness::apply(data, t, seed) {
            let _ = wasm_flow::analyse(&out, 2_000_000);
        }
    }
    // Flattened wrappers, walked to their one path by the structural pass and the trigger.
    if let Ok(out) = minewatch_harness::Repeated::AllTwice.apply(data, seed) {
        let _ = wasm_flow::analyse(&out, 2_000_000);
        let _ = minewatch_detect::web::wasm::analyse(&out, "fuzz.wasm");
    }
});
