//! One direction of a TCP connection: segments put back in order (far enough to read
//! line-delimited JSON split across segments), then decoded as JSON lines, HTTP bodies or
//! websocket frames.

use std::collections::BTreeMap;

/// What a decoded direction found: each JSON-looking message, whole.
#[derive(Debug, Default)]
pub(crate) struct Direction {
    next_seq: Option<u32>,
    pending: BTreeMap<u32, Vec<u8>>,
    buf: Vec<u8>,
    mode: Mode,
    /// Bytes handed to the decoder so far.
    pub(crate) inspected: usize,
    /// Stop decoding (enough seen, or a limit reached).
    pub(crate) closed: bool,
    /// The first bytes, for a TLS ClientHello.
    pub(crate) head: Vec<u8>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Mode {
    #[default]
    Unknown,
    Lines,
    Http {
        body_left: usize,
    },
    WebSocket,
    Opaque,
}

/// Limits for one direction.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Caps {
    /// Bytes decoded at most.
    pub(crate) max_bytes: usize,
    /// Out-of-order segments held at most.
    pub(crate) max_pending: usize,
    /// Longest message kept.
    pub(crate) max_message: usize,
}

fn seq_diff(a: u32, b: u32) -> i64 {
    i64::from(a.wrapping_sub(b) as i32)
}

impl Direction {
    /// A SYN: the next byte is `seq + 1`.
    pub(crate) fn syn(&mut self, seq: u32) {
        self.next_seq = Some(seq.wrapping_add(1));
    }

    /// A segment; `out` receives every complete message it completes.
    pub(crate) fn segment(&mut self, seq: u32, payload: &[u8], caps: Caps, out: &mut Vec<Vec<u8>>) {
        if self.closed || payload.is_empty() {
            return;
        }
        let next = *self.next_seq.get_or_insert(seq);
        let off = seq_diff(seq, next);
        if off > 0 {
            // A gap: hold the segment until the missing bytes come (bounded).
            if self.pending.len() < caps.max_pending {
                self.pending.entry(seq).or_insert_with(|| payload.to_vec());
                return;
            }
            // Too many held: give up on the gap and go on from the earliest held segment.
            self.buf.clear();
            if let Some((&s, _)) = self.pending.iter().next() {
                self.next_seq = Some(s);
            }
            self.drain(caps, out);
            return;
        }
        let skip = (-off) as usize;
        if skip < payload.len() {
            self.push(&payload[skip..], caps, out);
            self.next_seq = Some(seq.wrapping_add(payload.len() as u32));
        }
        self.drain(caps, out);
    }

    fn drain(&mut self, caps: Caps, out: &mut Vec<Vec<u8>>) {
        while let Some(next) = self.next_seq {
            let Some((&s, _)) = self.pending.iter().next() else {
                break;
            };
            let off = seq_diff(s, next);
            if off > 0 {
                break;
            }
            let data = self.pending.remove(&s).unwrap_or_default();
            let skip = (-off) as usize;
            if skip < data.len() {
                self.push(&data[skip..], caps, out);
                self.next_seq = Some(s.wrapping_add(data.len() as u32));
            }
        }
    }

    fn push(&mut self, data: &[u8], caps: Caps, out: &mut Vec<Vec<u8>>) {
        if self.closed {
            return;
        }
        if self.head.len() < 2048 {
            let n = (2048 - self.head.len()).min(data.len());
            self.head.extend_from_slice(&data[..n]);
        }
        self.inspected += data.len();
        self.buf.extend_from_slice(data);
        self.decode(caps, out);
        if self.inspected >= caps.max_bytes {
            self.closed = true;
            self.buf = Vec::new();
            self.pending.clear();
        }
    }

    fn decode(&mut self, caps: Caps, out: &mut Vec<Vec<u8>>) {
        loop {
            match self.mode {
                Mode::Unknown => {
                    let Some(&first) = self.buf.first() else {
                        return;
                    };
                    if self.buf.len() < 4 && matches!(first, b'G' | b'P' | b'H') {
                        return; // maybe the start of an HTTP request or response
                    }
                    self.mode = if is_http_start(&self.buf) {
                        Mode::Http { body_left: 0 }
                    } else if first == 22 {
                        Mode::Opaque // TLS: the ClientHello is read from `head`
                    } else {
                        Mode::Lines
                    };
                }
                Mode::Opaque => {
                    self.buf.clear();
                    self.closed = true;
                    return;
                }
                Mode::Lines => {
                    let Some(nl) = self.buf.iter().position(|&b| b == b'\n') else {
                        if self.buf.len() > caps.max_message {
                            // One enormous line: not a protocol message; stop looking.
                            self.buf.clear();
                            self.mode = Mode::Opaque;
                        }
                        return;
                    };
                    let line: Vec<u8> = self.buf.drain(..=nl).collect();
                    let t = trim(&line);
                    if t.first() == Some(&b'{') {
                        out.push(t.to_vec());
                    }
                }
                Mode::Http { body_left } if body_left > 0 => {
                    if self.buf.len() < body_left {
                        if body_left > caps.max_message {
                            self.mode = Mode::Opaque;
                        }
                        return;
                    }
                    let body: Vec<u8> = self.buf.drain(..body_left).collect();
                    let t = trim(&body);
                    if t.first() == Some(&b'{') || t.first() == Some(&b'[') {
                        out.push(t.to_vec());
                    }
                    self.mode = Mode::Http { body_left: 0 };
                }
                Mode::Http { .. } => {
                    let Some(end) = find(&self.buf, b"\r\n\r\n") else {
                        if self.buf.len() > 64 << 10 {
                            self.mode = Mode::Opaque;
                        }
                        return;
                    };
                    let head: Vec<u8> = self.buf.drain(..end + 4).collect();
                    let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
                    if text.starts_with("http/1.1 101") || text.contains("\nupgrade: websocket") {
                        self.mode = Mode::WebSocket;
                        continue;
                    }
                    let len = text
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    self.mode = Mode::Http { body_left: len };
                    if len == 0 && !self.buf.is_empty() && !is_http_start(&self.buf) {
                        // A body without a length (chunked or until close): read it as lines.
                        self.mode = Mode::Lines;
                    }
                }
                Mode::WebSocket => match ws_frame(&self.buf) {
                    Frame::Need => {
                        if self.buf.len() > caps.max_message + 14 {
                            self.mode = Mode::Opaque;
                        }
                        return;
                    }
                    Frame::Bad => {
                        self.mode = Mode::Opaque;
                    }
                    Frame::Whole {
                        len,
                        opcode,
                        payload,
                    } => {
                        self.buf.drain(..len);
                        if opcode == 1 || opcode == 2 || opcode == 0 {
                            for part in payload.split(|&b| b == b'\n') {
                                let t = trim(part);
                                if t.first() == Some(&b'{') {
                                    out.push(t.to_vec());
                                }
                            }
                        }
                    }
                },
            }
        }
    }
}

fn is_http_start(b: &[u8]) -> bool {
    [b"GET ".as_slice(), b"POST", b"HTTP", b"PUT "]
        .iter()
        .any(|m| b.starts_with(m))
}

fn trim(b: &[u8]) -> &[u8] {
    let s = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let e = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(s, |e| e + 1);
    &b[s..e.max(s)]
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

enum Frame {
    Need,
    Bad,
    Whole {
        len: usize,
        opcode: u8,
        payload: Vec<u8>,
    },
}

/// One websocket frame (RFC 6455 5.2), unmasked if masked.
fn ws_frame(b: &[u8]) -> Frame {
    if b.len() < 2 {
        return Frame::Need;
    }
    let opcode = b[0] & 0x0f;
    if b[0] & 0x70 != 0 && b[0] & 0x40 == 0 {
        return Frame::Bad; // reserved bits other than RSV1 (compression)
    }
    let masked = b[1] & 0x80 != 0;
    let (len, mut p) = match b[1] & 0x7f {
        126 => {
            if b.len() < 4 {
                return Frame::Need;
            }
            (u64::from(u16::from_be_bytes([b[2], b[3]])), 4)
        }
        127 => {
            if b.len() < 10 {
                return Frame::Need;
            }
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[2..10]);
            (u64::from_be_bytes(a), 10)
        }
        n => (u64::from(n), 2),
    };
    if len > 16 << 20 {
        return Frame::Bad;
    }
    let mask = if masked {
        if b.len() < p + 4 {
            return Frame::Need;
        }
        let m = [b[p], b[p + 1], b[p + 2], b[p + 3]];
        p += 4;
        Some(m)
    } else {
        None
    };
    let end = p + len as usize;
    if b.len() < end {
        return Frame::Need;
    }
    let mut payload = b[p..end].to_vec();
    if let Some(m) = mask {
        for (i, x) in payload.iter_mut().enumerate() {
            *x ^= m[i % 4];
        }
    }
    Frame::Whole {
        len: end,
        opcode,
        payload,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAPS: Caps = Caps {
        max_bytes: 1 << 20,
        max_pending: 64,
        max_message: 64 << 10,
    };

    #[test]
    fn lines_split_across_segments_out_of_order_and_retransmitted() {
        let msg = b"{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}\n{\"id\":2}\n";
        let mut d = Direction::default();
        d.syn(999);
        let mut out = Vec::new();
        // Bytes 20.. first, then 0..25 (overlapping), then a retransmission of 0..10.
        d.segment(1000 + 20, &msg[20..], CAPS, &mut out);
        assert!(out.is_empty());
        d.segment(1000, &msg[..25], CAPS, &mut out);
        d.segment(1000, &msg[..10], CAPS, &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(
            out[0],
            br#"{"id":1,"method":"mining.subscribe","params":[]}"#.to_vec()
        );
        assert_eq!(out[1], br#"{"id":2}"#.to_vec());
    }

    #[test]
    fn websocket_frames_masked_and_not() {
        let body = br#"{"type":"auth","params":{"site_key":"k"}}"#;
        let mut masked = vec![0x81, 0x80 | body.len() as u8, 1, 2, 3, 4];
        masked.extend(
            body.iter()
                .enumerate()
                .map(|(i, b)| b ^ [1, 2, 3, 4][i % 4]),
        );
        let mut d = Direction::default();
        let mut out = Vec::new();
        let mut stream = b"GET /proxy HTTP/1.1\r\nUpgrade: websocket\r\n\r\n".to_vec();
        stream.extend_from_slice(&masked);
        d.segment(1, &stream, CAPS, &mut out);
        assert_eq!(out, vec![body.to_vec()]);
    }

    #[test]
    fn http_bodies_by_content_length() {
        let mut d = Direction::default();
        let mut out = Vec::new();
        let body = br#"{"method":"getwork","params":[],"id":0}"#;
        let req = format!("POST / HTTP/1.1\r\nContent-Length: {}\r\n\r\n", body.len());
        d.segment(7, req.as_bytes(), CAPS, &mut out);
        d.segment(7 + req.len() as u32, body, CAPS, &mut out);
        assert_eq!(out, vec![body.to_vec()]);
    }
}
