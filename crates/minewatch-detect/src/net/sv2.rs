//! Stratum V2 without its keys: the Noise NX handshake has a shape no other protocol shares.
//! The client opens with exactly 64 bytes (its ephemeral key as an ElligatorSwift encoding,
//! indistinguishable from random), waits, and the server answers with exactly 234 bytes (its
//! ephemeral key, its static key encrypted (64 + 16), the certificate encrypted (74 + 16));
//! only then does the client send its first encrypted frame (SetupConnection), never shorter
//! than the 22-byte encrypted frame header, and waits for the server's answer, as long. TLS, SSH, HTTP and line-based protocols open with readable or fixed
//! bytes; Noise over Curve25519 opens with 32 bytes; BIP 324 (Bitcoin P2P v2), the other
//! ElligatorSwift handshake, follows its 64 bytes with random garbage and answers with 64 +
//! garbage + a terminator, not 234. The ports Stratum V2 uses (3336, 34254) are weak evidence
//! and never needed.

/// The client's handshake message: an ElligatorSwift-encoded key
/// (`minewatch_stratum::sv2::noise::INITIATOR_MESSAGE_SIZE`; this crate also builds for the
/// browser, without the protocol crate, so the CLI tests check the two agree).
pub const INITIATOR_MESSAGE_SIZE: usize = 64;
/// The server's: 64 + (64 + 16) + (74 + 16).
pub const RESPONDER_MESSAGE_SIZE: usize = 234;
/// An encrypted frame header: 6 + 16.
pub const ENCRYPTED_HEADER_SIZE: usize = 22;

/// Ports Stratum V2 deployments use (the specification's examples and the reference roles).
const PORTS: [u16; 2] = [3336, 34254];

/// Whether bytes look like a uniformly random string of their length: many distinct values
/// and not mostly printable text.
fn random_looking(b: &[u8]) -> bool {
    let mut seen = [false; 256];
    let mut printable = 0usize;
    for &x in b {
        seen[usize::from(x)] = true;
        printable += usize::from((0x20..0x7f).contains(&x));
    }
    let distinct = seen.iter().filter(|&&s| s).count() as f64;
    // Uniform bytes: 256 (1 - (255/256)^n) distinct values expected (57 of 64, 153 of 234,
    // a few apart), 37% printable; text and fixed headers fall far below.
    let expected = 256.0 * (1.0 - (255.0f64 / 256.0).powi(b.len() as i32));
    distinct >= 0.75 * expected && printable * 4 < b.len() * 3
}

/// The first message and the evidence, when the flow's turns are a Stratum V2 handshake.
pub(super) fn handshake(
    flights: &[(bool, usize)],
    client_head: &[u8],
    server_head: &[u8],
    port: u16,
) -> Option<(String, Vec<String>)> {
    let [
        (true, INITIATOR_MESSAGE_SIZE),
        (false, RESPONDER_MESSAGE_SIZE),
        rest @ ..,
    ] = flights
    else {
        return None;
    };
    if !random_looking(client_head.get(..INITIATOR_MESSAGE_SIZE)?)
        || !random_looking(server_head.get(..RESPONDER_MESSAGE_SIZE)?)
    {
        return None;
    }
    // The client's first frames (SetupConnection) and the server's answer come alone, each
    // side waiting for the other: whole encrypted frames, at least one 22-byte header each.
    // Later turns may be cut anywhere (both sides send at will).
    if rest.iter().take(2).any(|&(_, n)| n < ENCRYPTED_HEADER_SIZE) {
        return None;
    }
    let mut evidence = vec![format!(
        "noise handshake: client {INITIATOR_MESSAGE_SIZE} random bytes (an ElligatorSwift key), server {RESPONDER_MESSAGE_SIZE} (key, encrypted static key and certificate)"
    )];
    let (c, s): (Vec<usize>, Vec<usize>) = (
        rest.iter().filter(|f| f.0).map(|f| f.1).collect(),
        rest.iter().filter(|f| !f.0).map(|f| f.1).collect(),
    );
    if !rest.is_empty() {
        evidence.push(format!(
            "then encrypted frames: client {} bytes in {} turns, server {} bytes in {} turns",
            c.iter().sum::<usize>(),
            c.len(),
            s.iter().sum::<usize>(),
            s.len()
        ));
    } else {
        evidence.push(
            "no frame after the handshake (the client refused the server, or the capture ends)"
                .into(),
        );
    }
    if PORTS.contains(&port) {
        evidence.push(format!("port {port}, Stratum V2's"));
    }
    Some((
        "Stratum V2 (encrypted): Noise NX handshake of 64 + 234 bytes".into(),
        evidence,
    ))
}
