//! The Stratum V2 binary data types (specification section 3.1): little-endian integers,
//! length-prefixed byte strings and sequences, 256-bit values as 32 raw bytes.

use super::Sv2Error;

/// Reads the data types from a message payload; every read checks the bytes are there.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    /// What is being decoded, for error messages.
    what: &'static str,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(buf: &'a [u8], what: &'static str) -> Self {
        Self { buf, pos: 0, what }
    }

    fn take(&mut self, n: usize, field: &'static str) -> Result<&'a [u8], Sv2Error> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        let Some(end) = end else {
            return Err(Sv2Error::Truncated {
                message: self.what,
                field,
                need: n,
                have: self.buf.len() - self.pos,
            });
        };
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self, field: &'static str) -> Result<[u8; N], Sv2Error> {
        let s = self.take(N, field)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    pub(crate) fn u8(&mut self, field: &'static str) -> Result<u8, Sv2Error> {
        Ok(self.array::<1>(field)?[0])
    }

    pub(crate) fn bool(&mut self, field: &'static str) -> Result<bool, Sv2Error> {
        match self.u8(field)? {
            0 => Ok(false),
            1 => Ok(true),
            v => Err(Sv2Error::Invalid {
                message: self.what,
                field,
                reason: format!("BOOL must be 0 or 1, got {v}"),
            }),
        }
    }

    pub(crate) fn u16(&mut self, field: &'static str) -> Result<u16, Sv2Error> {
        Ok(u16::from_le_bytes(self.array(field)?))
    }

    pub(crate) fn u32(&mut self, field: &'static str) -> Result<u32, Sv2Error> {
        Ok(u32::from_le_bytes(self.array(field)?))
    }

    pub(crate) fn u64(&mut self, field: &'static str) -> Result<u64, Sv2Error> {
        Ok(u64::from_le_bytes(self.array(field)?))
    }

    pub(crate) fn f32(&mut self, field: &'static str) -> Result<f32, Sv2Error> {
        Ok(f32::from_le_bytes(self.array(field)?))
    }

    pub(crate) fn u256(&mut self, field: &'static str) -> Result<[u8; 32], Sv2Error> {
        self.array(field)
    }

    /// `B0_32`, `B0_255`: one length byte, at most `max`.
    pub(crate) fn bytes_u8(
        &mut self,
        max: usize,
        field: &'static str,
    ) -> Result<Vec<u8>, Sv2Error> {
        let n = usize::from(self.u8(field)?);
        if n > max {
            return Err(Sv2Error::Invalid {
                message: self.what,
                field,
                reason: format!("{n} bytes, more than the type's {max}"),
            });
        }
        Ok(self.take(n, field)?.to_vec())
    }

    /// `B0_64K`: a two-byte length.
    pub(crate) fn bytes_u16(&mut self, field: &'static str) -> Result<Vec<u8>, Sv2Error> {
        let n = usize::from(self.u16(field)?);
        Ok(self.take(n, field)?.to_vec())
    }

    /// `STR0_255`: UTF-8 with one length byte.
    pub(crate) fn str0_255(&mut self, field: &'static str) -> Result<String, Sv2Error> {
        let b = self.bytes_u8(255, field)?;
        String::from_utf8(b).map_err(|e| Sv2Error::Invalid {
            message: self.what,
            field,
            reason: format!("not UTF-8: {e}"),
        })
    }

    /// `OPTION[U32]`: a count of 0 or 1, then the value.
    pub(crate) fn option_u32(&mut self, field: &'static str) -> Result<Option<u32>, Sv2Error> {
        match self.u8(field)? {
            0 => Ok(None),
            1 => Ok(Some(self.u32(field)?)),
            n => Err(Sv2Error::Invalid {
                message: self.what,
                field,
                reason: format!("an OPTION holds 0 or 1 values, not {n}"),
            }),
        }
    }

    /// `SEQ0_255[U256]`.
    pub(crate) fn seq_u256(&mut self, field: &'static str) -> Result<Vec<[u8; 32]>, Sv2Error> {
        let n = self.u8(field)?;
        (0..n).map(|_| self.u256(field)).collect()
    }

    /// The payload must end here: trailing bytes are an error, not something to ignore.
    pub(crate) fn finish(self) -> Result<(), Sv2Error> {
        if self.pos == self.buf.len() {
            Ok(())
        } else {
            Err(Sv2Error::Invalid {
                message: self.what,
                field: "end",
                reason: format!("{} bytes after the last field", self.buf.len() - self.pos),
            })
        }
    }
}

/// Writes the data types. Lengths over a type's limit are refused before anything is sent.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    pub(crate) buf: Vec<u8>,
}

impl Writer {
    pub(crate) fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }

    pub(crate) fn bool(&mut self, v: bool) {
        self.buf.push(u8::from(v));
    }

    pub(crate) fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn u256(&mut self, v: &[u8; 32]) {
        self.buf.extend_from_slice(v);
    }

    pub(crate) fn bytes_u8(
        &mut self,
        v: &[u8],
        max: usize,
        field: &'static str,
    ) -> Result<(), Sv2Error> {
        let n = u8::try_from(v.len())
            .ok()
            .filter(|&n| usize::from(n) <= max)
            .ok_or(Sv2Error::TooLong {
                field,
                len: v.len(),
                max,
            })?;
        self.buf.push(n);
        self.buf.extend_from_slice(v);
        Ok(())
    }

    pub(crate) fn bytes_u16(&mut self, v: &[u8], field: &'static str) -> Result<(), Sv2Error> {
        let n = u16::try_from(v.len()).map_err(|_| Sv2Error::TooLong {
            field,
            len: v.len(),
            max: usize::from(u16::MAX),
        })?;
        self.u16(n);
        self.buf.extend_from_slice(v);
        Ok(())
    }

    pub(crate) fn str0_255(&mut self, v: &str, field: &'static str) -> Result<(), Sv2Error> {
        self.bytes_u8(v.as_bytes(), 255, field)
    }

    pub(crate) fn option_u32(&mut self, v: Option<u32>) {
        match v {
            None => self.u8(0),
            Some(x) => {
                self.u8(1);
                self.u32(x);
            }
        }
    }

    pub(crate) fn seq_u256(&mut self, v: &[[u8; 32]], field: &'static str) -> Result<(), Sv2Error> {
        let n = u8::try_from(v.len()).map_err(|_| Sv2Error::TooLong {
            field,
            len: v.len(),
            max: 255,
        })?;
        self.u8(n);
        for x in v {
            self.u256(x);
        }
        Ok(())
    }
}
