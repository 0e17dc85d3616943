//! Transactions, just as much as block checks need: decode, encode, txid, wtxid, weight.

use thiserror::Error;

use crate::hash::{Txid, Wtxid, sha256d};

/// Largest CompactSize Bitcoin Core accepts when decoding (`MAX_SIZE`).
pub const MAX_SIZE: u64 = 0x0200_0000;

/// Bytes that are not a valid serialization.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{kind} at byte offset {offset}")]
#[non_exhaustive]
pub struct DecodeError {
    /// Byte offset in the input where decoding failed.
    pub offset: usize,
    /// What was wrong.
    pub kind: DecodeErrorKind,
}

/// What was wrong with the bytes.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// Input ended early.
    #[error("unexpected end of data: needed {needed} more bytes")]
    Truncated {
        /// Bytes missing.
        needed: usize,
    },
    /// A CompactSize that is not minimally encoded.
    #[error("non-canonical CompactSize")]
    NonCanonicalSize,
    /// A CompactSize above `MAX_SIZE` or beyond what the input could hold.
    #[error("size {0} too large")]
    SizeTooLarge(u64),
    /// A segwit flag other than 1.
    #[error("unknown transaction optional data (flag {0:#04x})")]
    UnknownFlag(u8),
    /// The segwit flag is set but every witness is empty.
    #[error("superfluous witness record")]
    SuperfluousWitness,
    /// Bytes after the end of the object.
    #[error("{0} trailing bytes")]
    TrailingBytes(usize),
}

/// A cursor over untrusted bytes that reports where it failed.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Self {
        Self { data, pos: 0 }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    pub(crate) fn err(&self, kind: DecodeErrorKind) -> DecodeError {
        DecodeError {
            offset: self.pos,
            kind,
        }
    }

    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if self.remaining() < n {
            return Err(self.err(DecodeErrorKind::Truncated {
                needed: n - self.remaining(),
            }));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    pub(crate) fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.bytes(N)?);
        Ok(a)
    }

    fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.array::<1>()?[0])
    }

    fn u32(&mut self) -> Result<u32, DecodeError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, DecodeError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// Bitcoin Core `ReadCompactSize` with its canonical-encoding and `MAX_SIZE` checks.
    pub(crate) fn compact_size(&mut self) -> Result<u64, DecodeError> {
        let start = self.pos;
        let first = self.u8()?;
        let (v, min) = match first {
            0xfd => (u64::from(u16::from_le_bytes(self.array()?)), 0xfd),
            0xfe => (u64::from(self.u32()?), 0x1_0000),
            0xff => (self.u64()?, 0x1_0000_0000),
            b => return Ok(u64::from(b)),
        };
        if v < min {
            return Err(DecodeError {
                offset: start,
                kind: DecodeErrorKind::NonCanonicalSize,
            });
        }
        if v > MAX_SIZE {
            return Err(DecodeError {
                offset: start,
                kind: DecodeErrorKind::SizeTooLarge(v),
            });
        }
        Ok(v)
    }

    /// A length that must also fit in what is left, each element taking at least `min_elem`
    /// bytes, so hostile counts cannot make us allocate.
    fn count(&mut self, min_elem: usize) -> Result<usize, DecodeError> {
        let start = self.pos;
        let n = self.compact_size()?;
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        if n.saturating_mul(min_elem) > self.remaining() {
            return Err(DecodeError {
                offset: start,
                kind: DecodeErrorKind::SizeTooLarge(n as u64),
            });
        }
        Ok(n)
    }

    fn var_bytes(&mut self) -> Result<Vec<u8>, DecodeError> {
        let n = self.count(1)?;
        Ok(self.bytes(n)?.to_vec())
    }
}

/// Appends a CompactSize.
pub fn write_compact_size(out: &mut Vec<u8>, n: u64) {
    match n {
        0..=0xfc => out.push(n as u8),
        0xfd..=0xffff => {
            out.push(0xfd);
            out.extend_from_slice(&(n as u16).to_le_bytes());
        }
        0x1_0000..=0xffff_ffff => {
            out.push(0xfe);
            out.extend_from_slice(&(n as u32).to_le_bytes());
        }
        _ => {
            out.push(0xff);
            out.extend_from_slice(&n.to_le_bytes());
        }
    }
}

fn write_var_bytes(out: &mut Vec<u8>, b: &[u8]) {
    write_compact_size(out, b.len() as u64);
    out.extend_from_slice(b);
}

/// A reference to an output of an earlier transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OutPoint {
    /// The transaction.
    pub txid: Txid,
    /// The output index.
    pub vout: u32,
}

impl OutPoint {
    /// The null outpoint a coinbase input spends.
    pub const NULL: Self = Self {
        txid: Txid::ZERO,
        vout: u32::MAX,
    };

    /// Whether this is the null outpoint.
    pub fn is_null(&self) -> bool {
        *self == Self::NULL
    }
}

/// A transaction input.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TxIn {
    /// What it spends.
    pub previous_output: OutPoint,
    /// The unlocking script (for a coinbase: height and arbitrary data).
    pub script_sig: Vec<u8>,
    /// nSequence.
    pub sequence: u32,
    /// Witness stack items (BIP 141).
    pub witness: Vec<Vec<u8>>,
}

/// A transaction output.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TxOut {
    /// Value in satoshis.
    pub value: u64,
    /// The locking script.
    pub script_pubkey: Vec<u8>,
}

/// A transaction.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Transaction {
    /// Version.
    pub version: i32,
    /// Inputs.
    pub inputs: Vec<TxIn>,
    /// Outputs.
    pub outputs: Vec<TxOut>,
    /// nLockTime.
    pub lock_time: u32,
}

impl Transaction {
    /// Whether any input carries witness data.
    pub fn has_witness(&self) -> bool {
        self.inputs.iter().any(|i| !i.witness.is_empty())
    }

    /// Whether this is a coinbase: one input spending the null outpoint.
    pub fn is_coinbase(&self) -> bool {
        self.inputs.len() == 1 && self.inputs[0].previous_output.is_null()
    }

    /// Serializes, with witness data if `with_witness` and any input has some (BIP 144).
    pub fn encode_to(&self, out: &mut Vec<u8>, with_witness: bool) {
        let witness = with_witness && self.has_witness();
        out.extend_from_slice(&self.version.to_le_bytes());
        if witness {
            out.extend_from_slice(&[0x00, 0x01]);
        }
        write_compact_size(out, self.inputs.len() as u64);
        for i in &self.inputs {
            out.extend_from_slice(i.previous_output.txid.as_byte_array());
            out.extend_from_slice(&i.previous_output.vout.to_le_bytes());
            write_var_bytes(out, &i.script_sig);
            out.extend_from_slice(&i.sequence.to_le_bytes());
        }
        write_compact_size(out, self.outputs.len() as u64);
        for o in &self.outputs {
            out.extend_from_slice(&o.value.to_le_bytes());
            write_var_bytes(out, &o.script_pubkey);
        }
        if witness {
            for i in &self.inputs {
                write_compact_size(out, i.witness.len() as u64);
                for item in &i.witness {
                    write_var_bytes(out, item);
                }
            }
        }
        out.extend_from_slice(&self.lock_time.to_le_bytes());
    }

    /// Serialized bytes, with witness data when present.
    pub fn encode(&self) -> Vec<u8> {
        let mut v = Vec::new();
        self.encode_to(&mut v, true);
        v
    }

    /// Serialized bytes without witness data (what the txid commits to).
    pub fn encode_without_witness(&self) -> Vec<u8> {
        let mut v = Vec::new();
        self.encode_to(&mut v, false);
        v
    }

    /// The transaction id.
    pub fn txid(&self) -> Txid {
        Txid(sha256d(&self.encode_without_witness()))
    }

    /// The witness transaction id (equal to the txid without witness data).
    pub fn wtxid(&self) -> Wtxid {
        Wtxid(sha256d(&self.encode()))
    }

    /// Weight units (BIP 141): base size times three plus total size.
    pub fn weight(&self) -> u64 {
        let base = self.encode_without_witness().len() as u64;
        let total = self.encode().len() as u64;
        base * 3 + total
    }

    /// Decodes exactly one transaction from `bytes`.
    pub fn decode(bytes: &[u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let tx = Self::read(&mut r)?;
        if r.remaining() > 0 {
            return Err(r.err(DecodeErrorKind::TrailingBytes(r.remaining())));
        }
        Ok(tx)
    }

    /// Bitcoin Core `UnserializeTransaction` with witness allowed.
    pub(crate) fn read(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let version = r.u32()? as i32;
        // Minimum input: 32 + 4 + 1 + 4 bytes; output: 8 + 1.
        let mut inputs = read_inputs(r)?;
        let mut flags = 0u8;
        let outputs;
        if inputs.is_empty() {
            flags = r.u8()?;
            if flags != 0 {
                inputs = read_inputs(r)?;
                outputs = read_outputs(r)?;
            } else {
                // As in Core: a zero flag byte reads as the (empty) output list.
                outputs = Vec::new();
            }
        } else {
            outputs = read_outputs(r)?;
        }
        if flags & 1 == 1 {
            flags ^= 1;
            for i in inputs.iter_mut() {
                let n = r.count(1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(r.var_bytes()?);
                }
                i.witness = items;
            }
            if !inputs.iter().any(|i| !i.witness.is_empty()) {
                return Err(r.err(DecodeErrorKind::SuperfluousWitness));
            }
        }
        if flags != 0 {
            return Err(r.err(DecodeErrorKind::UnknownFlag(flags)));
        }
        let lock_time = r.u32()?;
        Ok(Self {
            version,
            inputs,
            outputs,
            lock_time,
        })
    }
}

fn read_inputs(r: &mut Reader<'_>) -> Result<Vec<TxIn>, DecodeError> {
    let n = r.count(41)?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let txid = Txid(r.array()?);
        let vout = r.u32()?;
        let script_sig = r.var_bytes()?;
        let sequence = r.u32()?;
        v.push(TxIn {
            previous_output: OutPoint { txid, vout },
            script_sig,
            sequence,
            witness: Vec::new(),
        });
    }
    Ok(v)
}

fn read_outputs(r: &mut Reader<'_>) -> Result<Vec<TxOut>, DecodeError> {
    let n = r.count(9)?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let value = r.u64()?;
        let script_pubkey = r.var_bytes()?;
        v.push(TxOut {
            value,
            script_pubkey,
        });
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_size_rules() {
        for n in [0u64, 0xfc, 0xfd, 0xffff, 0x1_0000, MAX_SIZE] {
            let mut v = Vec::new();
            write_compact_size(&mut v, n);
            assert_eq!(Reader::new(&v).compact_size().unwrap(), n);
        }
        let e = Reader::new(&[0xfd, 0x10, 0x00]).compact_size().unwrap_err();
        assert_eq!(e.kind, DecodeErrorKind::NonCanonicalSize);
        let e = Reader::new(&[0xfe, 0, 0, 0, 0x10])
            .compact_size()
            .unwrap_err();
        assert_eq!(e.kind, DecodeErrorKind::SizeTooLarge(0x1000_0000));
        let e = Reader::new(&[0xfd, 0x10]).compact_size().unwrap_err();
        assert_eq!(
            e.to_string(),
            "unexpected end of data: needed 1 more bytes at byte offset 1"
        );
    }

    #[test]
    fn hostile_counts_do_not_allocate() {
        // version, then 0xfe 0x01ffffff inputs with nothing behind them.
        let bytes = [1, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff, 0x01];
        let e = Transaction::decode(&bytes).unwrap_err();
        assert!(matches!(e.kind, DecodeErrorKind::SizeTooLarge(_)), "{e}");
    }

    #[test]
    fn superfluous_witness_rejected() {
        // version, marker, flag, 1 input, 0 outputs, empty witness, locktime
        let mut b = vec![2, 0, 0, 0, 0, 1, 1];
        b.extend_from_slice(&[0u8; 36]);
        b.extend_from_slice(&[0, 0xff, 0xff, 0xff, 0xff, 0, 0]);
        b.extend_from_slice(&[0, 0, 0, 0]);
        assert_eq!(
            Transaction::decode(&b).unwrap_err().kind,
            DecodeErrorKind::SuperfluousWitness
        );
    }
}
