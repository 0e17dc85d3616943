//! Newline-delimited framing with a maximum line length.

use thiserror::Error;

/// Default longest line accepted: generous for a `mining.notify` with a long merkle branch and
/// a large coinbase, small enough that a peer cannot make us buffer without bound.
pub const DEFAULT_MAX_LINE: usize = 64 * 1024;

/// A framing problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum FrameError {
    /// A line longer than the limit; the rest of it is discarded.
    #[error("line too long: more than {max} bytes without a newline")]
    LineTooLong {
        /// The limit.
        max: usize,
    },
}

/// Accumulates bytes from a stream and yields complete lines (without `\n` or `\r\n`).
#[derive(Debug, Clone)]
pub struct LineBuffer {
    buf: Vec<u8>,
    max_line: usize,
    discarding: bool,
    scanned: usize,
}

impl Default for LineBuffer {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_LINE)
    }
}

impl LineBuffer {
    /// A buffer that rejects lines longer than `max_line` bytes.
    pub fn new(max_line: usize) -> Self {
        Self {
            buf: Vec::new(),
            max_line: max_line.max(1),
            discarding: false,
            scanned: 0,
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

    /// The next complete line, an error for an over-long line (reported once; the line is then
    /// skipped up to its newline), or `None` when more bytes are needed.
    pub fn next_line(&mut self) -> Option<Result<Vec<u8>, FrameError>> {
        loop {
            let found = self.buf[self.scanned..].iter().position(|&b| b == b'\n');
            match found {
                Some(rel) => {
                    let end = self.scanned + rel;
                    let mut line: Vec<u8> = self.buf.drain(..=end).collect();
                    self.scanned = 0;
                    line.pop();
                    if line.last() == Some(&b'\r') {
                        line.pop();
                    }
                    if self.discarding {
                        self.discarding = false;
                        continue;
                    }
                    if line.len() > self.max_line {
                        return Some(Err(FrameError::LineTooLong { max: self.max_line }));
                    }
                    return Some(Ok(line));
                }
                None => {
                    self.scanned = self.buf.len();
                    if self.buf.len() > self.max_line {
                        self.buf.clear();
                        self.scanned = 0;
                        if !self.discarding {
                            self.discarding = true;
                            return Some(Err(FrameError::LineTooLong { max: self.max_line }));
                        }
                    }
                    return None;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(b: &mut LineBuffer) -> Vec<Result<Vec<u8>, FrameError>> {
        std::iter::from_fn(|| b.next_line()).collect()
    }

    #[test]
    fn lines_split_across_pushes() {
        let mut b = LineBuffer::new(100);
        b.push(b"{\"a\":1}\r\n{\"b\"");
        assert_eq!(drain(&mut b), vec![Ok(b"{\"a\":1}".to_vec())]);
        b.push(b":2}\n\n");
        assert_eq!(
            drain(&mut b),
            vec![Ok(b"{\"b\":2}".to_vec()), Ok(Vec::new())]
        );
        assert_eq!(b.buffered(), 0);
    }

    #[test]
    fn over_long_lines_are_reported_once_and_skipped() {
        let mut b = LineBuffer::new(8);
        b.push(b"0123456789abc");
        assert_eq!(drain(&mut b), vec![Err(FrameError::LineTooLong { max: 8 })]);
        b.push(b"defghijklmnop");
        assert_eq!(drain(&mut b), vec![]);
        assert_eq!(b.buffered(), 0, "memory stays bounded");
        b.push(b"xyz\nok\n");
        assert_eq!(drain(&mut b), vec![Ok(b"ok".to_vec())]);
        // A complete over-long line in one push.
        b.push(b"0123456789\nfine\n");
        assert_eq!(
            drain(&mut b),
            vec![
                Err(FrameError::LineTooLong { max: 8 }),
                Ok(b"fine".to_vec())
            ]
        );
    }
}
