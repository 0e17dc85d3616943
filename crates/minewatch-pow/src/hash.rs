//! SHA-256, double SHA-256 and the hash types built on it.

use core::fmt;
use core::str::FromStr;

use sha2::{Digest, Sha256};

use crate::hex::{self, HexError};

/// SHA-256 of `data`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// Double SHA-256 (`SHA256(SHA256(data))`), Bitcoin's hash for headers, transactions and merkle
/// nodes (Bitcoin Core: `Hash`/`CHash256`).
pub fn sha256d(data: &[u8]) -> [u8; 32] {
    Sha256::digest(Sha256::digest(data)).into()
}

/// Double SHA-256 of two concatenated 32-byte values, as used for merkle tree nodes.
pub fn sha256d_pair(left: &[u8; 32], right: &[u8; 32]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(left);
    h.update(right);
    Sha256::digest(h.finalize()).into()
}

macro_rules! hash_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        ///
        /// Stored in internal byte order (as hashed); `Display`/`FromStr` use Bitcoin's display
        /// order, the bytes reversed.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub [u8; 32]);

        impl $name {
            /// The all-zero hash (for example the genesis block's previous-block hash).
            pub const ZERO: Self = Self([0; 32]);

            /// Wraps bytes in internal order.
            pub const fn from_byte_array(bytes: [u8; 32]) -> Self {
                Self(bytes)
            }

            /// The bytes in internal order.
            pub const fn to_byte_array(self) -> [u8; 32] {
                self.0
            }

            /// The bytes in internal order, borrowed.
            pub const fn as_byte_array(&self) -> &[u8; 32] {
                &self.0
            }

            /// The bytes in display order (reversed).
            pub fn to_display_bytes(self) -> [u8; 32] {
                let mut b = self.0;
                b.reverse();
                b
            }

            /// Parses display-order hex (as block explorers and RPCs print it).
            pub fn from_display_hex(s: &str) -> Result<Self, HexError> {
                hex::decode_reversed_array::<32>(s).map(Self)
            }

            /// Parses internal-order hex.
            pub fn from_internal_hex(s: &str) -> Result<Self, HexError> {
                hex::decode_array::<32>(s).map(Self)
            }

            /// Internal-order hex.
            pub fn to_internal_hex(&self) -> String {
                hex::encode(&self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&hex::encode_reversed(&self.0))
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self)
            }
        }

        impl FromStr for $name {
            type Err = HexError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::from_display_hex(s)
            }
        }
    };
}

hash_type!(
    /// A block hash: sha256d of the 80-byte header.
    BlockHash
);
hash_type!(
    /// A transaction id: sha256d of the transaction without witness data.
    Txid
);
hash_type!(
    /// A witness transaction id: sha256d of the transaction with witness data (BIP 141).
    Wtxid
);
hash_type!(
    /// A merkle tree node or root.
    MerkleNode
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256d_known_vectors() {
        // sha256d("") is a well-known constant.
        assert_eq!(
            hex::encode(&sha256d(b"")),
            "5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456"
        );
        assert_eq!(
            hex::encode(&sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let a = [1u8; 32];
        let b = [2u8; 32];
        let mut cat = a.to_vec();
        cat.extend_from_slice(&b);
        assert_eq!(sha256d_pair(&a, &b), sha256d(&cat));
    }

    #[test]
    fn display_is_reversed() {
        let mut bytes = [0u8; 32];
        bytes[0] = 0xab;
        let h = BlockHash(bytes);
        let s = h.to_string();
        assert!(s.ends_with("ab") && s.starts_with("00"));
        assert_eq!(s.parse::<BlockHash>().unwrap(), h);
        assert_eq!(
            BlockHash::from_internal_hex(&h.to_internal_hex()).unwrap(),
            h
        );
        assert_eq!(h.to_display_bytes()[31], 0xab);
    }
}
