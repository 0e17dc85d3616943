//! Stratum V2 framing and message decoding, unencrypted: arbitrary bytes split at an arbitrary
//! point; every frame is decoded, and what decodes re-encodes to the same payload.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_stratum::sv2::FrameBuffer;

fuzz_target!(|data: &[u8]| {
    let split = data.first().map_or(0, |b| usize::from(*b)).min(data.len());
    let mut buf = FrameBuffer::new(64 * 1024);
    buf.push(&data[..split]);
    buf.push(&data[split..]);
    while let Ok(Some(frame)) = buf.next_frame() {
        if let Ok(m) = frame.message() {
            let again = m.encode_payload().expect("a decoded message re-encodes");
            assert_eq!(again, frame.payload, "{m:?}");
        }
    }
});
