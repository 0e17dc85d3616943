//! Stratum framing and message decoding: arbitrary bytes, split at an arbitrary point; anything
//! that decodes re-encodes to a line that decodes to the same message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_stratum::proto::{LineBuffer, Message};

fuzz_target!(|data: &[u8]| {
    let split = data.first().map_or(0, |b| usize::from(*b)).min(data.len());
    let mut buf = LineBuffer::new(4096);
    buf.push(&data[..split]);
    buf.push(&data[split..]);
    buf.push(b"\n");
    while let Some(line) = buf.next_line() {
        if let Ok(l) = line
            && let Ok(m) = Message::parse(&l)
        {
            let again = Message::parse(m.to_line().trim_end().as_bytes());
            assert!(again.is_ok(), "re-encoded message must decode: {m:?}");
        }
    }
});
