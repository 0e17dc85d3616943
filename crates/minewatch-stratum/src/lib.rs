//! Stratum V1, the protocol between mining hardware and pools.
//!
//! [`proto`] is the sans-io core: every message real miners and pools exchange, line framing
//! with a length limit, and the job -> coinbase -> merkle root -> header construction exactly
//! as pools send it (word-swapped previous hash, big-endian hex fields). It never does I/O and
//! never imports an async runtime, so the client, the pool and the detectors that recognise
//! mining traffic all share it.
//!
//! ```
//! use minewatch_stratum::proto::{Message, Method};
//!
//! let line = br#"{"id":null,"method":"mining.set_difficulty","params":[8192]}"#;
//! let msg = Message::parse(line)?;
//! assert!(matches!(msg, Message::Request { method: Method::SetDifficulty(d), .. } if d == 8192.0));
//! # Ok::<(), minewatch_stratum::proto::ProtoError>(())
//! ```

#![forbid(unsafe_code)]

pub mod accounting;
pub mod chain;
pub mod client;
pub mod load;
pub mod metrics;
pub mod node;
pub mod node_server;
pub mod pool;
pub mod proto;
pub mod proxy;
pub mod source;
pub mod store;
pub mod sv2;
pub mod wire;

fn proto_hex(b: &[u8]) -> String {
    minewatch_pow::hex::encode(b)
}
