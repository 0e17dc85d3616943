//! Framing (specification section 3.2): a 6-byte header (extension type with the channel bit
//! on top, message type, 24-bit payload length, all little-endian), then the payload.

use super::{Message, Sv2Error};

/// Bytes in a frame header.
pub const HEADER_SIZE: usize = 6;
/// Largest payload the 24-bit length can announce.
pub const MAX_PAYLOAD: usize = 0xFF_FFFF;
/// Largest payload a receiver here accepts unless told otherwise: room for an extended job
/// with two 64 KiB coinbase halves and a full merkle path, far below the 16 MiB the format
/// allows, so a peer cannot make us buffer 16 MiB a frame.
pub const DEFAULT_MAX_PAYLOAD: usize = 256 * 1024;
/// The channel bit of the extension type.
pub const CHANNEL_BIT: u16 = 0x8000;

/// A frame header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// Extension type; its top bit is the channel bit.
    pub extension_type: u16,
    /// Message type.
    pub msg_type: u8,
    /// Payload length.
    pub msg_length: u32,
}

impl Header {
    /// Reads a header from its 6 bytes.
    pub fn parse(b: &[u8; HEADER_SIZE]) -> Self {
        Self {
            extension_type: u16::from_le_bytes([b[0], b[1]]),
            msg_type: b[2],
            msg_length: u32::from_le_bytes([b[3], b[4], b[5], 0]),
        }
    }

    /// The 6 header bytes.
    pub fn to_bytes(&self) -> [u8; HEADER_SIZE] {
        let e = self.extension_type.to_le_bytes();
        let l = self.msg_length.to_le_bytes();
        [e[0], e[1], self.msg_type, l[0], l[1], l[2]]
    }

    /// The extension without the channel bit.
    pub fn extension(&self) -> u16 {
        self.extension_type & !CHANNEL_BIT
    }

    /// Whether the message is about one channel.
    pub fn channel_bit(&self) -> bool {
        self.extension_type & CHANNEL_BIT != 0
    }

    /// The payload length as a size.
    pub fn len(&self) -> usize {
        self.msg_length as usize
    }

    /// Whether the payload is empty.
    pub fn is_empty(&self) -> bool {
        self.msg_length == 0
    }
}

/// A whole frame: header and payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The header.
    pub header: Header,
    /// The payload.
    pub payload: Vec<u8>,
}

impl Frame {
    /// The frame of a message.
    pub fn of(msg: &Message) -> Result<Self, Sv2Error> {
        let payload = msg.encode_payload()?;
        if payload.len() > MAX_PAYLOAD {
            return Err(Sv2Error::FrameTooLarge {
                len: payload.len(),
                max: MAX_PAYLOAD,
            });
        }
        Ok(Self {
            header: Header {
                extension_type: if msg.channel_bit() { CHANNEL_BIT } else { 0 },
                msg_type: msg.msg_type(),
                msg_length: payload.len() as u32,
            },
            payload,
        })
    }

    /// Header and payload as sent unencrypted.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(HEADER_SIZE + self.payload.len());
        v.extend_from_slice(&self.header.to_bytes());
        v.extend_from_slice(&self.payload);
        v
    }

    /// The message the frame carries (extension 0: common and mining messages).
    pub fn message(&self) -> Result<Message, Sv2Error> {
        if self.header.extension() != 0 {
            return Err(Sv2Error::UnknownMessage {
                extension: self.header.extension(),
                msg_type: self.header.msg_type,
            });
        }
        Message::decode_payload(self.header.msg_type, &self.payload)
    }
}

/// Encodes a message as an unencrypted frame.
pub fn encode(msg: &Message) -> Result<Vec<u8>, Sv2Error> {
    Ok(Frame::of(msg)?.to_bytes())
}

/// Accumulates unencrypted bytes from a stream and yields whole frames; a frame announcing
/// more than the limit is an error (the connection should be closed: the stream cannot be
/// resynchronised).
#[derive(Debug, Clone)]
pub struct FrameBuffer {
    buf: Vec<u8>,
    max_payload: usize,
}

impl Default for FrameBuffer {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_PAYLOAD)
    }
}

impl FrameBuffer {
    /// A buffer accepting payloads up to `max_payload` bytes.
    pub fn new(max_payload: usize) -> Self {
        Self {
            buf: Vec::new(),
            max_payload: max_payload.min(MAX_PAYLOAD),
        }
    }

    /// Appends received bytes.
    pub fn push(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// Bytes buffered and not yet returned.
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// The next whole frame, `None` when more bytes are needed.
    pub fn next_frame(&mut self) -> Result<Option<Frame>, Sv2Error> {
        let Some(h) = self.buf.first_chunk::<HEADER_SIZE>() else {
            return Ok(None);
        };
        let header = Header::parse(h);
        if header.len() > self.max_payload {
            return Err(Sv2Error::FrameTooLarge {
                len: header.len(),
                max: self.max_payload,
            });
        }
        let end = HEADER_SIZE + header.len();
        if self.buf.len() < end {
            return Ok(None);
        }
        let payload = self.buf[HEADER_SIZE..end].to_vec();
        self.buf.drain(..end);
        Ok(Some(Frame { header, payload }))
    }
}
