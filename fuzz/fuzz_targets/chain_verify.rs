//! Header files in every format: parsing and verification never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_pow::Params;
use minewatch_pow::chain::{Format, detect_format, parse_headers, verify};

fuzz_target!(|data: &[u8]| {
    for f in [detect_format(data), Format::Tsv, Format::Hex, Format::Raw] {
        if let Ok(recs) = parse_headers(data, f, 0) {
            for p in [Params::mainnet(), Params::regtest()] {
                let _ = verify(&recs, &p, |_, _| {});
            }
        }
    }
});
