//! Arbitrary bytes as a pcap/pcapng capture: an error or a report, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = minewatch_detect::net::Analyzer::default().analyze("fuzz.pcap", data);
});
