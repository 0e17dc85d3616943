//! Sans-io Stratum V1: framing, messages, jobs.

mod framing;
mod job;
mod message;

pub use framing::{DEFAULT_MAX_LINE, FrameError, LineBuffer};
pub use job::{Job, share_difficulty};
pub use message::{
    ErrorCode, Id, Message, Method, ProtoError, StratumError, Submit, SubscribeResult,
    configure_result_mask,
};
