//! Stratum V2, sans-io: the binary data types, the common and mining messages, framing, and
//! the Noise NX handshake with its authority-signed certificate and encrypted transport.
//!
//! Written from the specification (<https://stratumprotocol.org/specification>) and checked
//! against the reference implementation's crates (`noise_sv2`, `codec_sv2`, `mining_sv2`,
//! `common_messages_sv2`) as an oracle in the tests: each side decodes the other's frames and
//! completes the other's handshake. Like [`crate::proto`] this module never does I/O; the pool
//! and the client feed it bytes and send what it returns.
//!
//! ```
//! use minewatch_stratum::sv2::{AuthorityKey, Initiator, Responder, frame, message::{Message, SetTarget}};
//!
//! let authority = AuthorityKey::generate();
//! let responder = Responder::new(authority.clone(), 3600);
//! let (mut initiator, hello) = Initiator::new(authority.public());
//! let now = 1_700_000_000;
//! let (reply, mut server) = responder.respond(&hello, now)?;
//! let mut client = initiator.finish(&reply, now)?;
//! let bytes = server.encrypt(&Message::from(SetTarget { channel_id: 1, maximum_target: [0xff; 32] }))?;
//! client.push(&bytes);
//! let frame = client.next_frame()?.expect("a whole frame");
//! assert_eq!(frame.message()?.name(), "SetTarget");
//! # Ok::<(), minewatch_stratum::sv2::Sv2Error>(())
//! ```

pub mod frame;
pub mod key;
pub mod message;
pub mod noise;

mod codec;

pub use frame::{Frame, FrameBuffer, Header};
pub use key::{AuthorityKey, AuthorityPublicKey};
pub use message::Message;
pub use noise::{Certificate, Initiator, Responder, Transport};

use thiserror::Error;

/// Something wrong with Stratum V2 bytes, keys or a handshake.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Sv2Error {
    /// A payload ended inside a field.
    #[error("{message}.{field}: needs {need} more bytes, {have} left")]
    Truncated {
        /// The message.
        message: &'static str,
        /// The field.
        field: &'static str,
        /// Bytes the field needs.
        need: usize,
        /// Bytes left.
        have: usize,
    },
    /// A field holds a value its type does not allow.
    #[error("{message}.{field}: {reason}")]
    Invalid {
        /// The message.
        message: &'static str,
        /// The field.
        field: &'static str,
        /// Why.
        reason: String,
    },
    /// A value too long for its type, refused before sending.
    #[error("{field}: {len} bytes or items, the type holds at most {max}")]
    TooLong {
        /// The field.
        field: &'static str,
        /// Its length.
        len: usize,
        /// The type's limit.
        max: usize,
    },
    /// A message type this implementation does not know.
    #[error("unknown message type 0x{msg_type:02x} of extension 0x{extension:04x}")]
    UnknownMessage {
        /// The extension type (channel bit cleared).
        extension: u16,
        /// The message type.
        msg_type: u8,
    },
    /// A frame longer than the receiver accepts.
    #[error("frame of {len} bytes is over the limit of {max}")]
    FrameTooLarge {
        /// The announced payload length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A handshake message of the wrong size, or one that does not decrypt.
    #[error("noise handshake failed: {0}")]
    Handshake(String),
    /// The server's certificate does not verify against the pinned authority key.
    #[error("server certificate refused: {0}")]
    Certificate(String),
    /// A transport message did not decrypt: corrupted, replayed or forged.
    #[error("encrypted {0} does not authenticate")]
    Decrypt(&'static str),
    /// 2^64 - 1 messages were sent under one key.
    #[error("noise nonce exhausted: the connection must be re-established")]
    NonceExhausted,
    /// A key that is not a valid secp256k1 key, or a malformed key string.
    #[error("invalid key {input:?}: {reason}")]
    Key {
        /// What was given (public keys only; secret keys are never echoed).
        input: String,
        /// Why.
        reason: String,
    },
}
