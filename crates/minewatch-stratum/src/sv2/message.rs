//! The messages of the common and mining sub-protocols (specification sections 4 and 5), each
//! a plain struct; [`Message`] is any of them, with its type number and channel bit.

use super::Sv2Error;
use super::codec::{Reader, Writer};

/// The Rust type of each wire type.
macro_rules! wire_ty {
    (u8) => { u8 };
    (u16) => { u16 };
    (u32) => { u32 };
    (u64) => { u64 };
    (f32) => { f32 };
    (bool) => { bool };
    (u256) => { [u8; 32] };
    (str0_255) => { String };
    (b0_32) => { Vec<u8> };
    (b0_255) => { Vec<u8> };
    (b0_64k) => { Vec<u8> };
    (option_u32) => { Option<u32> };
    (seq0_255_u256) => { Vec<[u8; 32]> };
    (seq0_64k_u32) => { Vec<u32> };
}

macro_rules! wire_read {
    ($r:ident, u8, $f:expr) => {
        $r.u8($f)?
    };
    ($r:ident, u16, $f:expr) => {
        $r.u16($f)?
    };
    ($r:ident, u32, $f:expr) => {
        $r.u32($f)?
    };
    ($r:ident, u64, $f:expr) => {
        $r.u64($f)?
    };
    ($r:ident, f32, $f:expr) => {
        $r.f32($f)?
    };
    ($r:ident, bool, $f:expr) => {
        $r.bool($f)?
    };
    ($r:ident, u256, $f:expr) => {
        $r.u256($f)?
    };
    ($r:ident, str0_255, $f:expr) => {
        $r.str0_255($f)?
    };
    ($r:ident, b0_32, $f:expr) => {
        $r.bytes_u8(32, $f)?
    };
    ($r:ident, b0_255, $f:expr) => {
        $r.bytes_u8(255, $f)?
    };
    ($r:ident, b0_64k, $f:expr) => {
        $r.bytes_u16($f)?
    };
    ($r:ident, option_u32, $f:expr) => {
        $r.option_u32($f)?
    };
    ($r:ident, seq0_255_u256, $f:expr) => {
        $r.seq_u256($f)?
    };
    ($r:ident, seq0_64k_u32, $f:expr) => {{
        let n = $r.u16($f)?;
        (0..n)
            .map(|_| $r.u32($f))
            .collect::<Result<Vec<u32>, Sv2Error>>()?
    }};
}

macro_rules! wire_write {
    ($w:ident, u8, $v:expr, $f:expr) => {
        $w.u8(*$v)
    };
    ($w:ident, u16, $v:expr, $f:expr) => {
        $w.u16(*$v)
    };
    ($w:ident, u32, $v:expr, $f:expr) => {
        $w.u32(*$v)
    };
    ($w:ident, u64, $v:expr, $f:expr) => {
        $w.u64(*$v)
    };
    ($w:ident, f32, $v:expr, $f:expr) => {
        $w.f32(*$v)
    };
    ($w:ident, bool, $v:expr, $f:expr) => {
        $w.bool(*$v)
    };
    ($w:ident, u256, $v:expr, $f:expr) => {
        $w.u256($v)
    };
    ($w:ident, str0_255, $v:expr, $f:expr) => {
        $w.str0_255($v, $f)?
    };
    ($w:ident, b0_32, $v:expr, $f:expr) => {
        $w.bytes_u8($v, 32, $f)?
    };
    ($w:ident, b0_255, $v:expr, $f:expr) => {
        $w.bytes_u8($v, 255, $f)?
    };
    ($w:ident, b0_64k, $v:expr, $f:expr) => {
        $w.bytes_u16($v, $f)?
    };
    ($w:ident, option_u32, $v:expr, $f:expr) => {
        $w.option_u32(*$v)
    };
    ($w:ident, seq0_255_u256, $v:expr, $f:expr) => {
        $w.seq_u256($v, $f)?
    };
    ($w:ident, seq0_64k_u32, $v:expr, $f:expr) => {{
        let n = u16::try_from($v.len()).map_err(|_| Sv2Error::TooLong {
            field: $f,
            len: $v.len(),
            max: usize::from(u16::MAX),
        })?;
        $w.u16(n);
        for x in $v.iter() {
            $w.u32(*x);
        }
    }};
}

macro_rules! messages {
    ($(
        $(#[$doc:meta])*
        $name:ident = $ty:literal, channel_bit = $chan:literal {
            $( $(#[$fdoc:meta])* $field:ident : $kind:ident ),* $(,)?
        }
    )*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, PartialEq, Default)]
            pub struct $name {
                $( $(#[$fdoc])* pub $field: wire_ty!($kind), )*
            }

            impl $name {
                /// The message type number.
                pub const MSG_TYPE: u8 = $ty;
                /// Whether the message is about one channel (the extension type's top bit).
                pub const CHANNEL_BIT: bool = $chan;

                fn decode(payload: &[u8]) -> Result<Self, Sv2Error> {
                    #[allow(unused_mut, reason = "messages with no fields do not read")]
                    let mut r = Reader::new(payload, stringify!($name));
                    let msg = Self { $( $field: wire_read!(r, $kind, stringify!($field)), )* };
                    r.finish()?;
                    Ok(msg)
                }

                fn encode(&self, w: &mut Writer) -> Result<(), Sv2Error> {
                    $( wire_write!(w, $kind, &self.$field, stringify!($field)); )*
                    let _ = w;
                    Ok(())
                }
            }

            impl From<$name> for Message {
                fn from(m: $name) -> Self {
                    Message::$name(m)
                }
            }
        )*

        /// Any message of the common and mining sub-protocols.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Message {
            $( $(#[$doc])* $name($name), )*
        }

        impl Message {
            /// The message type number.
            pub fn msg_type(&self) -> u8 {
                match self { $( Message::$name(_) => $ty, )* }
            }

            /// Whether the message is about one channel.
            pub fn channel_bit(&self) -> bool {
                match self { $( Message::$name(_) => $chan, )* }
            }

            /// The message's name in the specification.
            pub fn name(&self) -> &'static str {
                match self { $( Message::$name(_) => stringify!($name), )* }
            }

            /// The name of a message type number, if it is one of ours.
            pub fn name_of(msg_type: u8) -> Option<&'static str> {
                match msg_type { $( $ty => Some(stringify!($name)), )* _ => None }
            }

            /// The payload bytes (no frame header).
            pub fn encode_payload(&self) -> Result<Vec<u8>, Sv2Error> {
                let mut w = Writer::default();
                match self { $( Message::$name(m) => m.encode(&mut w)?, )* }
                Ok(w.buf)
            }

            /// Decodes a payload of the given message type (extension type 0).
            pub fn decode_payload(msg_type: u8, payload: &[u8]) -> Result<Self, Sv2Error> {
                match msg_type {
                    $( $ty => Ok(Message::$name($name::decode(payload)?)), )*
                    _ => Err(Sv2Error::UnknownMessage { extension: 0, msg_type }),
                }
            }
        }
    };
}

messages! {
    /// Opens a connection: which sub-protocol, the version range and feature flags.
    SetupConnection = 0x00, channel_bit = false {
        /// 0 mining, 1 job declaration, 2 template distribution.
        protocol: u8,
        /// Lowest version supported (2).
        min_version: u16,
        /// Highest version supported (2).
        max_version: u16,
        /// Feature flags of the sub-protocol.
        flags: u32,
        /// Host name the client connected to.
        endpoint_host: str0_255,
        /// Port the client connected to.
        endpoint_port: u16,
        /// Device vendor.
        vendor: str0_255,
        /// Hardware version.
        hardware_version: str0_255,
        /// Firmware.
        firmware: str0_255,
        /// Device identifier.
        device_id: str0_255,
    }
    /// The connection is set up.
    SetupConnectionSuccess = 0x01, channel_bit = false {
        /// The version used from now on.
        used_version: u16,
        /// The server's feature flags.
        flags: u32,
    }
    /// The connection cannot be set up.
    SetupConnectionError = 0x02, channel_bit = false {
        /// Offending flags, if that is the reason.
        flags: u32,
        /// `unsupported-feature-flags`, `unsupported-protocol`, ...
        error_code: str0_255,
    }
    /// The endpoint behind a channel changed; its state is gone.
    ChannelEndpointChanged = 0x03, channel_bit = true {
        /// The channel.
        channel_id: u32,
    }
    /// Connect elsewhere.
    Reconnect = 0x04, channel_bit = false {
        /// New host (empty: the same).
        new_host: str0_255,
        /// New port (0: the same).
        new_port: u16,
    }
    /// Asks for a standard (header-only) channel.
    OpenStandardMiningChannel = 0x10, channel_bit = false {
        /// Matches the reply.
        request_id: u32,
        /// Who mines, e.g. `account.worker`.
        user_identity: str0_255,
        /// Expected hash rate, hashes per second.
        nominal_hash_rate: f32,
        /// Largest target the device accepts (little-endian 256-bit).
        max_target: u256,
    }
    /// The standard channel is open.
    OpenStandardMiningChannelSuccess = 0x11, channel_bit = false {
        /// From the request.
        request_id: u32,
        /// The new channel.
        channel_id: u32,
        /// Initial share target (little-endian 256-bit).
        target: u256,
        /// Fixed extranonce bytes of this channel.
        extranonce_prefix: b0_32,
        /// Its group channel.
        group_channel_id: u32,
    }
    /// A channel could not be opened.
    OpenMiningChannelError = 0x12, channel_bit = false {
        /// From the request.
        request_id: u32,
        /// Why.
        error_code: str0_255,
    }
    /// Asks for an extended channel (the device rolls its own extranonce).
    OpenExtendedMiningChannel = 0x13, channel_bit = false {
        /// Matches the reply.
        request_id: u32,
        /// Who mines.
        user_identity: str0_255,
        /// Expected hash rate.
        nominal_hash_rate: f32,
        /// Largest target accepted.
        max_target: u256,
        /// Extranonce bytes the device needs.
        min_extranonce_size: u16,
    }
    /// The extended channel is open.
    OpenExtendedMiningChannelSuccess = 0x14, channel_bit = false {
        /// From the request.
        request_id: u32,
        /// The new channel.
        channel_id: u32,
        /// Initial share target.
        target: u256,
        /// Extranonce bytes the device rolls.
        extranonce_size: u16,
        /// Fixed extranonce prefix.
        extranonce_prefix: b0_32,
        /// Its group channel.
        group_channel_id: u32,
    }
    /// A job for a standard channel: the merkle root is fixed.
    NewMiningJob = 0x15, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// The job.
        job_id: u32,
        /// Set: mine now from this nTime; empty: a future job (waits for SetNewPrevHash).
        min_ntime: option_u32,
        /// Block version.
        version: u32,
        /// Merkle root as in the header.
        merkle_root: u256,
    }
    /// Updates a channel's hash rate and largest target.
    UpdateChannel = 0x16, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// Expected hash rate.
        nominal_hash_rate: f32,
        /// Largest target.
        maximum_target: u256,
    }
    /// UpdateChannel failed.
    UpdateChannelError = 0x17, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// Why.
        error_code: str0_255,
    }
    /// Closes a channel.
    CloseChannel = 0x18, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// Why.
        reason_code: str0_255,
    }
    /// A new extranonce prefix for a channel.
    SetExtranoncePrefix = 0x19, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// The prefix.
        extranonce_prefix: b0_32,
    }
    /// A share on a standard channel.
    SubmitSharesStandard = 0x1a, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// Increases by one per submit; acknowledgements name the last one.
        sequence_number: u32,
        /// The job.
        job_id: u32,
        /// Header nonce.
        nonce: u32,
        /// Header nTime.
        ntime: u32,
        /// Full header version (rolled bits included).
        version: u32,
    }
    /// A share on an extended channel.
    SubmitSharesExtended = 0x1b, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// Sequence number.
        sequence_number: u32,
        /// The job.
        job_id: u32,
        /// Header nonce.
        nonce: u32,
        /// Header nTime.
        ntime: u32,
        /// Header version.
        version: u32,
        /// The device's extranonce.
        extranonce: b0_32,
    }
    /// Shares accepted, up to a sequence number.
    SubmitSharesSuccess = 0x1c, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// Last sequence number acknowledged.
        last_sequence_number: u32,
        /// How many submits this acknowledges.
        new_submits_accepted_count: u32,
        /// Their summed difficulty.
        new_shares_sum: u64,
    }
    /// A share rejected.
    SubmitSharesError = 0x1d, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// The submit's sequence number.
        sequence_number: u32,
        /// `invalid-channel-id`, `stale-share`, `difficulty-too-low`, `invalid-job-id`, ...
        error_code: str0_255,
    }
    /// A job for an extended channel: the device builds the coinbase and merkle root.
    NewExtendedMiningJob = 0x1f, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// The job.
        job_id: u32,
        /// As in NewMiningJob.
        min_ntime: option_u32,
        /// Block version.
        version: u32,
        /// Whether version bits may be rolled.
        version_rolling_allowed: bool,
        /// Merkle path of the coinbase.
        merkle_path: seq0_255_u256,
        /// Coinbase before the extranonce.
        coinbase_tx_prefix: b0_64k,
        /// Coinbase after the extranonce.
        coinbase_tx_suffix: b0_64k,
    }
    /// A new previous block: future jobs with this id become current.
    SetNewPrevHash = 0x20, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// The future job this applies to.
        job_id: u32,
        /// Previous block hash as in the header.
        prev_hash: u256,
        /// Smallest nTime.
        min_ntime: u32,
        /// nBits.
        nbits: u32,
    }
    /// A new share target for a channel.
    SetTarget = 0x21, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// Largest hash a share may have (little-endian 256-bit).
        maximum_target: u256,
    }
    /// A job the miner chose itself (job declaration).
    SetCustomMiningJob = 0x22, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// Matches the reply.
        request_id: u32,
        /// Token from the job declarator.
        token: b0_255,
        /// Block version.
        version: u32,
        /// Previous block hash.
        prev_hash: u256,
        /// Smallest nTime.
        min_ntime: u32,
        /// nBits.
        nbits: u32,
        /// Coinbase transaction version.
        coinbase_tx_version: u32,
        /// Coinbase scriptSig prefix.
        coinbase_prefix: b0_255,
        /// Coinbase input nSequence.
        coinbase_tx_input_n_sequence: u32,
        /// Coinbase outputs.
        coinbase_tx_outputs: b0_64k,
        /// Coinbase lock time.
        coinbase_tx_locktime: u32,
        /// Merkle path.
        merkle_path: seq0_255_u256,
    }
    /// The custom job is accepted.
    SetCustomMiningJobSuccess = 0x23, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// From the request.
        request_id: u32,
        /// Its job id.
        job_id: u32,
    }
    /// The custom job is refused.
    SetCustomMiningJobError = 0x24, channel_bit = true {
        /// The channel.
        channel_id: u32,
        /// From the request.
        request_id: u32,
        /// Why.
        error_code: str0_255,
    }
    /// Puts channels into a group channel.
    SetGroupChannel = 0x25, channel_bit = false {
        /// The group.
        group_channel_id: u32,
        /// Its members.
        channel_ids: seq0_64k_u32,
    }
}

impl SubmitSharesSuccess {
    /// Whether this acknowledgement covers the submit with sequence number `seq`: it names
    /// the last one, and covers every earlier one (sequence numbers wrap).
    pub fn covers(&self, seq: u32) -> bool {
        seq == self.last_sequence_number
            || self.last_sequence_number.wrapping_sub(seq) < u32::MAX / 2
    }
}
