//! The Stratum V2 Noise handshake and transport under hostile bytes: a responder given any
//! first message, an initiator given any reply, and an established transport fed any bytes
//! (errors, never panics or unbounded buffering).
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_stratum::sv2::{AuthorityKey, Initiator, Responder};
use std::sync::LazyLock;

const NOW: u32 = 1_700_000_000;
static AUTHORITY: LazyLock<AuthorityKey> = LazyLock::new(AuthorityKey::generate);
static RESPONDER: LazyLock<Responder> = LazyLock::new(|| Responder::new(AUTHORITY.clone(), 3600));

fuzz_target!(|data: &[u8]| {
    let _ = RESPONDER.respond(data, NOW);
    let (initiator, _) = Initiator::new(AUTHORITY.public());
    let _ = initiator.finish(data, NOW);
    let (initiator, hello) = Initiator::new(AUTHORITY.public());
    let (reply, _server) = RESPONDER.respond(&hello, NOW).expect("our own hello");
    let mut transport = initiator.finish(&reply, NOW).expect("our own handshake");
    transport.push(data);
    while let Ok(Some(_)) = transport.next_frame() {}
});
