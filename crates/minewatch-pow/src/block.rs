//! Full blocks: decoding and the context-light consensus checks (Bitcoin Core `CheckBlock` and
//! the parts of `ContextualCheckBlock` that need only the height).

use thiserror::Error;

use crate::coinbase::{
    bip34_height_script, find_witness_commitment, parse_bip34_height, witness_commitment,
    witness_merkle_root,
};
use crate::hash::{BlockHash, MerkleNode};
use crate::header::{HEADER_SIZE, Header, PowError};
use crate::merkle::merkle_root;
use crate::params::Params;
use crate::subsidy::{MAX_MONEY, block_subsidy};
use crate::tx::{DecodeError, DecodeErrorKind, Reader, Transaction, write_compact_size};

/// Largest block weight (BIP 141 `MAX_BLOCK_WEIGHT`).
pub const MAX_BLOCK_WEIGHT: u64 = 4_000_000;

/// A block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The header.
    pub header: Header,
    /// Transactions, coinbase first.
    pub txdata: Vec<Transaction>,
}

/// A block that breaks a consensus rule. Messages start with Bitcoin Core's reject reason.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum BlockError {
    /// Proof of work fails.
    #[error(transparent)]
    Pow(#[from] PowError),
    /// No transactions.
    #[error("bad-blk-length: block has no transactions")]
    Empty,
    /// Weight above the limit.
    #[error("bad-blk-weight: weight {0} above {MAX_BLOCK_WEIGHT}")]
    Weight(u64),
    /// The header's merkle root does not match the transactions.
    #[error("bad-txnmrklroot: header commits to {header}, transactions give {computed}")]
    MerkleRoot {
        /// In the header.
        header: MerkleNode,
        /// From the transactions.
        computed: MerkleNode,
    },
    /// Duplicate transactions make the merkle tree ambiguous (CVE-2012-2459).
    #[error("bad-txns-duplicate: duplicate transaction in merkle tree")]
    MutatedMerkle,
    /// The first transaction is not a coinbase.
    #[error("bad-cb-missing: first transaction is not a coinbase")]
    NoCoinbase,
    /// A later transaction is a coinbase.
    #[error("bad-cb-multiple: transaction {0} is a second coinbase")]
    MultipleCoinbase(usize),
    /// The coinbase scriptSig is not 2 to 100 bytes.
    #[error("bad-cb-length: coinbase scriptSig is {0} bytes, expected 2 to 100")]
    CoinbaseLength(usize),
    /// A transaction without inputs or outputs.
    #[error("bad-txns-vin-empty/vout-empty: transaction {0} has no inputs or no outputs")]
    EmptyTx(usize),
    /// An output value or output sum above `MAX_MONEY`.
    #[error("bad-txns-vout-toolarge: transaction {0} outputs exceed 21 million BTC")]
    ValueTooLarge(usize),
    /// The coinbase does not start with the block height (BIP 34).
    #[error("bad-cb-height: coinbase does not start with height {expected} (found {found:?})")]
    Bip34 {
        /// The block's height.
        expected: u32,
        /// What the scriptSig starts with, if it is a height at all.
        found: Option<u32>,
    },
    /// The coinbase claims more than subsidy plus fees.
    #[error("bad-cb-amount: coinbase pays {paid} sat, limit is {limit} sat (subsidy + fees)")]
    CoinbaseAmount {
        /// Sum of the coinbase outputs.
        paid: u64,
        /// Subsidy plus fees.
        limit: u64,
    },
    /// The coinbase witness is not a single 32-byte reserved value.
    #[error("bad-witness-nonce-size: coinbase witness must be one 32-byte item")]
    WitnessNonceSize,
    /// The witness commitment does not match.
    #[error("bad-witness-merkle-match: witness commitment mismatch")]
    WitnessCommitment,
    /// Witness data without a commitment.
    #[error("unexpected-witness: transaction {0} has witness data but the block has no commitment")]
    UnexpectedWitness(usize),
}

impl Block {
    /// Decodes a serialized block, rejecting trailing bytes.
    pub fn decode(bytes: &[u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let header = Header::from_array(&r.array::<HEADER_SIZE>()?);
        let start = r.pos();
        let n = r.compact_size()?;
        // The smallest transaction is 10 bytes; refuse counts the input cannot hold.
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        if n.saturating_mul(10) > r.remaining() {
            return Err(DecodeError {
                offset: start,
                kind: DecodeErrorKind::SizeTooLarge(n as u64),
            });
        }
        let mut txdata = Vec::with_capacity(n);
        for _ in 0..n {
            txdata.push(Transaction::read(&mut r)?);
        }
        if r.remaining() > 0 {
            return Err(r.err(DecodeErrorKind::TrailingBytes(r.remaining())));
        }
        Ok(Self { header, txdata })
    }

    /// Serializes with witness data.
    pub fn encode(&self) -> Vec<u8> {
        let mut v = self.header.encode().to_vec();
        write_compact_size(&mut v, self.txdata.len() as u64);
        for tx in &self.txdata {
            tx.encode_to(&mut v, true);
        }
        v
    }

    /// The block hash.
    pub fn block_hash(&self) -> BlockHash {
        self.header.block_hash()
    }

    /// The merkle root of the transaction ids.
    pub fn compute_merkle_root(&self) -> crate::merkle::MerkleRoot {
        let ids: Vec<[u8; 32]> = self
            .txdata
            .iter()
            .map(|t| t.txid().to_byte_array())
            .collect();
        merkle_root(&ids)
    }

    /// Block weight (BIP 141).
    pub fn weight(&self) -> u64 {
        let mut base = HEADER_SIZE as u64;
        let mut prefix = Vec::new();
        write_compact_size(&mut prefix, self.txdata.len() as u64);
        base += prefix.len() as u64;
        let header_weight = base * 4;
        header_weight + self.txdata.iter().map(Transaction::weight).sum::<u64>()
    }

    /// Checks the block at `height` on `params`, given the fees its transactions pay (which
    /// need the UTXO set to know, so the caller supplies them): proof of work, merkle root and
    /// malleation, coinbase placement and size, output value ranges, weight, BIP 34 height,
    /// the BIP 141 witness commitment, and coinbase value <= subsidy + fees.
    pub fn check(&self, height: u32, fees: u64, params: &Params) -> Result<(), BlockError> {
        self.header.validate_pow(params)?;
        if self.txdata.is_empty() {
            return Err(BlockError::Empty);
        }
        let mr = self.compute_merkle_root();
        if mr.root != self.header.merkle_root {
            return Err(BlockError::MerkleRoot {
                header: self.header.merkle_root,
                computed: mr.root,
            });
        }
        if mr.mutated {
            return Err(BlockError::MutatedMerkle);
        }
        let weight = self.weight();
        if weight > MAX_BLOCK_WEIGHT {
            return Err(BlockError::Weight(weight));
        }
        let coinbase = &self.txdata[0];
        if !coinbase.is_coinbase() {
            return Err(BlockError::NoCoinbase);
        }
        if let Some(i) = self
            .txdata
            .iter()
            .skip(1)
            .position(Transaction::is_coinbase)
        {
            return Err(BlockError::MultipleCoinbase(i + 1));
        }
        let cb_len = coinbase.inputs[0].script_sig.len();
        if !(2..=100).contains(&cb_len) {
            return Err(BlockError::CoinbaseLength(cb_len));
        }
        for (i, tx) in self.txdata.iter().enumerate() {
            if tx.inputs.is_empty() || tx.outputs.is_empty() {
                return Err(BlockError::EmptyTx(i));
            }
            let mut sum = 0u64;
            for o in &tx.outputs {
                sum = sum.saturating_add(o.value);
                if o.value > MAX_MONEY || sum > MAX_MONEY {
                    return Err(BlockError::ValueTooLarge(i));
                }
            }
        }
        if height >= params.bip34_height {
            let script = &coinbase.inputs[0].script_sig;
            if !script.starts_with(&bip34_height_script(height)) {
                return Err(BlockError::Bip34 {
                    expected: height,
                    found: parse_bip34_height(script),
                });
            }
        }
        self.check_witness(height, params)?;
        let paid: u64 = coinbase.outputs.iter().map(|o| o.value).sum();
        let limit = block_subsidy(height, params).saturating_add(fees);
        if paid > limit {
            return Err(BlockError::CoinbaseAmount { paid, limit });
        }
        Ok(())
    }

    /// BIP 141 commitment rules (Bitcoin Core `CheckWitnessMalleation`).
    fn check_witness(&self, height: u32, params: &Params) -> Result<(), BlockError> {
        let coinbase = &self.txdata[0];
        let segwit = height >= params.segwit_height;
        if segwit && let Some(idx) = find_witness_commitment(&coinbase.outputs) {
            let w = &coinbase.inputs[0].witness;
            if w.len() != 1 || w[0].len() != 32 {
                return Err(BlockError::WitnessNonceSize);
            }
            let mut reserved = [0u8; 32];
            reserved.copy_from_slice(&w[0]);
            let expected = witness_commitment(&witness_merkle_root(&self.txdata), &reserved);
            if coinbase.outputs[idx].script_pubkey[6..38] != expected {
                return Err(BlockError::WitnessCommitment);
            }
            return Ok(());
        }
        if let Some(i) = self.txdata.iter().position(Transaction::has_witness) {
            return Err(BlockError::UnexpectedWitness(i));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coinbase::{build_coinbase, witness_commitment_script};
    use crate::subsidy::COIN;
    use crate::tx::TxOut;

    /// Mines a regtest block (trivial target) around the given transactions.
    pub(crate) fn mine(mut block: Block, params: &Params) -> Block {
        block.header.merkle_root = block.compute_merkle_root().root;
        while block.header.validate_pow(params).is_err() {
            block.header.nonce += 1;
        }
        block
    }

    fn spend(n: u8, witness: bool) -> Transaction {
        Transaction {
            version: 2,
            inputs: vec![crate::tx::TxIn {
                previous_output: crate::tx::OutPoint {
                    txid: crate::hash::Txid([n; 32]),
                    vout: 0,
                },
                script_sig: vec![],
                sequence: 0xffff_fffd,
                witness: if witness {
                    vec![vec![n; 72], vec![2; 33]]
                } else {
                    vec![]
                },
            }],
            outputs: vec![TxOut {
                value: 1000,
                script_pubkey: vec![0x00, 0x14, n],
            }],
            lock_time: 0,
        }
    }

    fn segwit_block(height: u32, params: &Params, pay: u64) -> Block {
        let txs = vec![spend(1, true), spend(2, false)];
        let mut cb = build_coinbase(
            height,
            b"/minewatch/",
            vec![TxOut {
                value: pay,
                script_pubkey: vec![0x51],
            }],
            Some([0; 32]),
        );
        let mut all = vec![cb.clone()];
        all.extend(txs.clone());
        let c = witness_commitment(&witness_merkle_root(&all), &[0; 32]);
        cb.outputs.push(TxOut {
            value: 0,
            script_pubkey: witness_commitment_script(&c),
        });
        let mut txdata = vec![cb];
        txdata.extend(txs);
        let header = Header {
            bits: params.pow_limit_bits(),
            ..params.genesis
        };
        mine(Block { header, txdata }, params)
    }

    #[test]
    fn valid_segwit_block_passes_and_round_trips() {
        let p = Params::regtest();
        let b = segwit_block(200, &p, 25 * COIN + 500);
        assert_eq!(b.check(200, 500, &p), Ok(()));
        assert_eq!(Block::decode(&b.encode()).unwrap(), b);
        assert_eq!(
            b.check(200, 499, &p),
            Err(BlockError::CoinbaseAmount {
                paid: 25 * COIN + 500,
                limit: 25 * COIN + 499
            })
        );
        assert!(matches!(
            b.check(201, 500, &p),
            Err(BlockError::Bip34 {
                expected: 201,
                found: Some(200)
            })
        ));
    }

    #[test]
    fn broken_blocks_are_named() {
        let p = Params::regtest();
        let good = segwit_block(300, &p, 1);
        // Tamper with a witness: txid (and merkle root) unchanged, commitment broken.
        let mut b = good.clone();
        b.txdata[1].inputs[0].witness[0][0] ^= 1;
        assert_eq!(b.check(300, 0, &p), Err(BlockError::WitnessCommitment));
        // Drop the commitment output: witness data is now unexpected.
        let mut b = good.clone();
        b.txdata[0].outputs.pop();
        let b = mine(b, &p);
        // The coinbase's own reserved value is the first witness without a commitment.
        assert_eq!(b.check(300, 0, &p), Err(BlockError::UnexpectedWitness(0)));
        // Duplicate the last transaction: [cb, a, b] and [cb, a, b, b] share a merkle root;
        // the second is flagged as mutated (CVE-2012-2459).
        let mut dup = good.clone();
        dup.txdata.push(dup.txdata[2].clone());
        assert_eq!(
            good.compute_merkle_root().root,
            dup.compute_merkle_root().root
        );
        assert_eq!(dup.check(300, 0, &p), Err(BlockError::MutatedMerkle));
        // Wrong merkle root.
        let mut b = good.clone();
        b.header.merkle_root = MerkleNode([9; 32]);
        let e = b.check(300, 0, &p).unwrap_err();
        assert!(
            matches!(e, BlockError::MerkleRoot { .. } | BlockError::Pow(_)),
            "{e}"
        );
        // Non-coinbase first.
        let mut b = good.clone();
        b.txdata.swap(0, 2);
        let b = mine(b, &p);
        assert_eq!(b.check(300, 0, &p), Err(BlockError::NoCoinbase));
        // Empty block.
        let b = Block {
            header: good.header,
            txdata: vec![],
        };
        assert!(b.check(300, 0, &p).is_err());
        // Trailing bytes.
        let mut bytes = good.encode();
        bytes.push(0);
        assert_eq!(
            Block::decode(&bytes).unwrap_err().kind,
            DecodeErrorKind::TrailingBytes(1)
        );
    }
}
