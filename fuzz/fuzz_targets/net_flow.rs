//! Arbitrary bytes as a TCP conversation (cut into segments at arbitrary offsets, both
//! directions, overlapping and out of order): the flow decoder (reassembly, JSON lines, HTTP,
//! websocket frames, TLS ClientHello) answers without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut segments = Vec::new();
    let mut rest = data;
    while rest.len() >= 4 {
        let from_client = rest[0] & 1 == 0;
        let off = u32::from(rest[1]) * 7;
        let len = (rest[2] as usize).min(rest.len() - 3);
        segments.push((from_client, off, &rest[3..3 + len]));
        rest = &rest[3 + len..];
    }
    let pcap = minewatch_detect::net::synth::tcp_capture(3333, &segments);
    let _ = minewatch_detect::net::Analyzer::default().analyze("flow.pcap", &pcap[..]);
});
