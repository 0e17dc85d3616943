//! Hex encoding and decoding with errors that point at the offending character.

use thiserror::Error;

/// A hex string could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum HexError {
    /// A character that is not a hex digit.
    #[error("invalid hex character {ch:?} at position {pos}")]
    InvalidChar {
        /// The character found.
        ch: char,
        /// Its character position in the input (0-based).
        pos: usize,
    },
    /// An odd number of hex digits.
    #[error("odd number of hex digits ({len})")]
    OddLength {
        /// The number of digits found.
        len: usize,
    },
    /// The decoded bytes have the wrong length for a fixed-size value.
    #[error("wrong length: {got} bytes of hex, expected {expected}")]
    WrongLength {
        /// Bytes decoded.
        got: usize,
        /// Bytes expected.
        expected: usize,
    },
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Encodes bytes as lower-case hex.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(HEX_DIGITS[usize::from(b >> 4)] as char);
        out.push(HEX_DIGITS[usize::from(b & 0x0f)] as char);
    }
    out
}

/// Encodes bytes as lower-case hex, last byte first (Bitcoin's display order for hashes).
pub fn encode_reversed(bytes: &[u8]) -> String {
    let mut rev = bytes.to_vec();
    rev.reverse();
    encode(&rev)
}

fn digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Decodes a hex string (either case) into bytes.
pub fn decode(s: &str) -> Result<Vec<u8>, HexError> {
    let bytes = s.as_bytes();
    if let Some(pos) = bytes.iter().position(|&c| digit(c).is_none()) {
        let ch = s[pos..].chars().next().unwrap_or('?');
        // Report a character position, not a byte offset, so multi-byte input reads right.
        let pos = s[..pos].chars().count();
        return Err(HexError::InvalidChar { ch, pos });
    }
    if !bytes.len().is_multiple_of(2) {
        return Err(HexError::OddLength { len: bytes.len() });
    }
    Ok(bytes
        .chunks_exact(2)
        .map(|p| {
            // Both digits were validated above.
            (digit(p[0]).unwrap_or(0) << 4) | digit(p[1]).unwrap_or(0)
        })
        .collect())
}

/// Decodes a hex string into exactly `N` bytes.
pub fn decode_array<const N: usize>(s: &str) -> Result<[u8; N], HexError> {
    let v = decode(s)?;
    v.as_slice().try_into().map_err(|_| HexError::WrongLength {
        got: v.len(),
        expected: N,
    })
}

/// Decodes display-order hex (as Bitcoin prints hashes) into internal byte order.
pub fn decode_reversed_array<const N: usize>(s: &str) -> Result<[u8; N], HexError> {
    let mut a = decode_array::<N>(s)?;
    a.reverse();
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        assert_eq!(decode("00ffAb").unwrap(), vec![0, 255, 0xab]);
        assert_eq!(encode(&[0, 255, 0xab]), "00ffab");
        assert_eq!(encode_reversed(&[1, 2]), "0201");
        assert_eq!(decode("0g"), Err(HexError::InvalidChar { ch: 'g', pos: 1 }));
        assert_eq!(decode("é0"), Err(HexError::InvalidChar { ch: 'é', pos: 0 }));
        assert_eq!(decode("abc"), Err(HexError::OddLength { len: 3 }));
        assert_eq!(
            decode_array::<2>("aabbcc"),
            Err(HexError::WrongLength {
                got: 3,
                expected: 2
            })
        );
        assert_eq!(decode_reversed_array::<2>("0102").unwrap(), [2, 1]);
    }
}
