//! 80-byte header decoding: decode/encode round trip and proof-of-work checks on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_pow::{Header, Params};

fuzz_target!(|data: &[u8]| {
    if let Ok(h) = Header::decode(data) {
        assert_eq!(&h.encode()[..], data);
        let _ = h.validate_pow(&Params::mainnet());
        let _ = h.work();
        let _ = h.bits.difficulty();
        let t = h.bits.decode().target;
        let _ = t.to_compact_lossy();
    }
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = Header::from_hex(s);
    }
});
