//! Coinbase helpers: the BIP 34 height push and the BIP 141 witness commitment.

use crate::hash::{MerkleNode, sha256d_pair};
use crate::merkle::merkle_root;
use crate::tx::{OutPoint, Transaction, TxIn, TxOut};

/// The witness commitment header: `OP_RETURN`, push 36, then `0xaa21a9ed` (BIP 141).
pub const WITNESS_COMMITMENT_HEADER: [u8; 6] = [0x6a, 0x24, 0xaa, 0x21, 0xa9, 0xed];

/// The script Bitcoin Core builds with `CScript() << nHeight` (BIP 34): `OP_0` for 0, `OP_1` to
/// `OP_16` for 1 to 16, else a minimal little-endian `CScriptNum` push.
pub fn bip34_height_script(height: u32) -> Vec<u8> {
    match height {
        0 => vec![0x00],
        1..=16 => vec![0x50 + height as u8],
        _ => {
            let mut num = Vec::new();
            let mut v = height;
            while v > 0 {
                num.push((v & 0xff) as u8);
                v >>= 8;
            }
            // CScriptNum is signed: a set top bit needs a zero byte to stay positive.
            if num.last().is_some_and(|b| b & 0x80 != 0) {
                num.push(0);
            }
            let mut s = vec![num.len() as u8];
            s.extend_from_slice(&num);
            s
        }
    }
}

/// Reads the BIP 34 height back from a coinbase `scriptSig`, if it starts with one in the
/// canonical form [`bip34_height_script`] writes.
pub fn parse_bip34_height(script_sig: &[u8]) -> Option<u32> {
    let first = *script_sig.first()?;
    let height = match first {
        0x00 => 0,
        0x51..=0x60 => u32::from(first - 0x50),
        1..=5 => {
            let len = usize::from(first);
            let bytes = script_sig.get(1..1 + len)?;
            let mut v: u64 = 0;
            for (i, b) in bytes.iter().enumerate() {
                v |= u64::from(*b) << (8 * i);
            }
            u32::try_from(v).ok()?
        }
        _ => return None,
    };
    script_sig
        .starts_with(&bip34_height_script(height))
        .then_some(height)
}

/// The witness merkle root: the merkle root of wtxids with the coinbase's replaced by zeros.
pub fn witness_merkle_root(txs: &[Transaction]) -> MerkleNode {
    let leaves: Vec<[u8; 32]> = txs
        .iter()
        .enumerate()
        .map(|(i, tx)| {
            if i == 0 {
                [0u8; 32]
            } else {
                tx.wtxid().to_byte_array()
            }
        })
        .collect();
    merkle_root(&leaves).root
}

/// The commitment value: `sha256d(witness_root || witness_reserved_value)`.
pub fn witness_commitment(witness_root: &MerkleNode, reserved_value: &[u8; 32]) -> [u8; 32] {
    sha256d_pair(witness_root.as_byte_array(), reserved_value)
}

/// The coinbase output script carrying a witness commitment.
pub fn witness_commitment_script(commitment: &[u8; 32]) -> Vec<u8> {
    let mut s = WITNESS_COMMITMENT_HEADER.to_vec();
    s.extend_from_slice(commitment);
    s
}

/// The index of the output holding the witness commitment; the last one wins, as in Bitcoin
/// Core's `GetWitnessCommitmentIndex`.
pub fn find_witness_commitment(outputs: &[TxOut]) -> Option<usize> {
    outputs.iter().rposition(|o| {
        o.script_pubkey.len() >= 38 && o.script_pubkey[..6] == WITNESS_COMMITMENT_HEADER
    })
}

/// Builds a coinbase transaction for a block at `height`: the BIP 34 height followed by
/// `extra` in the scriptSig, the given outputs, and, if `witness_reserved_value` is given, that
/// value as the coinbase witness (the caller appends the commitment output once the block's
/// other transactions are known; see [`witness_commitment_script`]).
pub fn build_coinbase(
    height: u32,
    extra: &[u8],
    outputs: Vec<TxOut>,
    witness_reserved_value: Option<[u8; 32]>,
) -> Transaction {
    let mut script_sig = bip34_height_script(height);
    script_sig.extend_from_slice(extra);
    Transaction {
        version: 2,
        inputs: vec![TxIn {
            previous_output: OutPoint::NULL,
            script_sig,
            sequence: u32::MAX,
            witness: witness_reserved_value
                .map(|v| vec![v.to_vec()])
                .unwrap_or_default(),
        }],
        outputs,
        lock_time: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn height_pushes() {
        assert_eq!(bip34_height_script(0), vec![0x00]);
        assert_eq!(bip34_height_script(16), vec![0x60]);
        assert_eq!(bip34_height_script(17), vec![0x01, 0x11]);
        assert_eq!(bip34_height_script(128), vec![0x02, 0x80, 0x00]);
        // Block 227,931 (BIP 34 activation): 03 5b 7a 03.
        assert_eq!(bip34_height_script(227_931), vec![0x03, 0x5b, 0x7a, 0x03]);
        // Block 840,000: 03 40 d1 0c.
        assert_eq!(bip34_height_script(840_000), vec![0x03, 0x40, 0xd1, 0x0c]);
        assert_eq!(
            bip34_height_script(8_388_608),
            vec![0x04, 0x00, 0x00, 0x80, 0x00]
        );
        for h in [
            0,
            1,
            16,
            17,
            127,
            128,
            255,
            256,
            32767,
            32768,
            840_000,
            8_388_608,
            u32::MAX,
        ] {
            let mut s = bip34_height_script(h);
            s.extend_from_slice(b"/minewatch/");
            assert_eq!(parse_bip34_height(&s), Some(h), "{h}");
        }
        // Non-minimal push of 17 is not the canonical form.
        assert_eq!(parse_bip34_height(&[0x02, 0x11, 0x00]), None);
        assert_eq!(parse_bip34_height(&[]), None);
        assert_eq!(parse_bip34_height(&[0x04, 0x01]), None);
    }

    #[test]
    fn commitment_round_trip() {
        let root = MerkleNode([3; 32]);
        let c = witness_commitment(&root, &[0; 32]);
        let out = TxOut {
            value: 0,
            script_pubkey: witness_commitment_script(&c),
        };
        let other = TxOut {
            value: 5,
            script_pubkey: vec![0x51],
        };
        assert_eq!(
            find_witness_commitment(&[other.clone(), out.clone(), other.clone()]),
            Some(1)
        );
        assert_eq!(find_witness_commitment(&[out.clone(), out]), Some(1));
        assert_eq!(find_witness_commitment(&[other]), None);
        let cb = build_coinbase(840_000, b"x", vec![], Some([0; 32]));
        assert!(cb.is_coinbase() && cb.has_witness());
        assert_eq!(parse_bip34_height(&cb.inputs[0].script_sig), Some(840_000));
    }
}
