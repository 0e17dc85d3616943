//! Merkle roots and branches (Bitcoin Core `src/consensus/merkle.cpp`).

use crate::hash::{MerkleNode, sha256d_pair};

/// A merkle root and whether the tree was malleated by duplicating a pair of leaves
/// (CVE-2012-2459): a mutated tree has the same root as a different, invalid transaction list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MerkleRoot {
    /// The root, or all zeros for an empty list (as Core returns).
    pub root: MerkleNode,
    /// Two identical hashes were paired at some level.
    pub mutated: bool,
}

/// Computes the merkle root of `leaves` (Bitcoin Core: `ComputeMerkleRoot`). At each level an
/// odd last node is paired with itself.
pub fn merkle_root(leaves: &[[u8; 32]]) -> MerkleRoot {
    if leaves.is_empty() {
        return MerkleRoot {
            root: MerkleNode::ZERO,
            mutated: false,
        };
    }
    let mut level = leaves.to_vec();
    let mut mutated = false;
    while level.len() > 1 {
        mutated |= level.chunks_exact(2).any(|p| p[0] == p[1]);
        if level.len() % 2 == 1 {
            let last = level[level.len() - 1];
            level.push(last);
        }
        level = level
            .chunks_exact(2)
            .map(|p| sha256d_pair(&p[0], &p[1]))
            .collect();
    }
    MerkleRoot {
        root: MerkleNode(level[0]),
        mutated,
    }
}

/// The merkle branch (sibling hashes from the leaf up) proving the leaf at `index`.
/// With `index == 0` this is exactly Stratum's `merkle_branch`: the pool sends it with every
/// `mining.notify`, and the miner folds its own coinbase txid through it.
pub fn merkle_branch(leaves: &[[u8; 32]], index: usize) -> Vec<MerkleNode> {
    let mut branch = Vec::new();
    if index >= leaves.len() {
        return branch;
    }
    let mut level = leaves.to_vec();
    let mut idx = index;
    while level.len() > 1 {
        if level.len() % 2 == 1 {
            let last = level[level.len() - 1];
            level.push(last);
        }
        branch.push(MerkleNode(level[idx ^ 1]));
        level = level
            .chunks_exact(2)
            .map(|p| sha256d_pair(&p[0], &p[1]))
            .collect();
        idx /= 2;
    }
    branch
}

/// Folds a leaf through a branch to the root (Bitcoin Core: `ComputeMerkleRootFromBranch`).
/// Bit `i` of `index` says whether the leaf's ancestor at level `i` is a right child.
pub fn merkle_root_from_branch(leaf: [u8; 32], branch: &[MerkleNode], index: u32) -> MerkleNode {
    let mut h = leaf;
    let mut idx = index;
    for node in branch {
        h = if idx & 1 == 1 {
            sha256d_pair(node.as_byte_array(), &h)
        } else {
            sha256d_pair(&h, node.as_byte_array())
        };
        idx >>= 1;
    }
    MerkleNode(h)
}

/// Stratum's fold: the coinbase txid is always the leftmost leaf.
pub fn stratum_merkle_root(coinbase_txid: [u8; 32], branch: &[MerkleNode]) -> MerkleNode {
    merkle_root_from_branch(coinbase_txid, branch, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(i: u8) -> [u8; 32] {
        [i; 32]
    }

    #[test]
    fn branch_folds_to_root() {
        for n in 1..=17usize {
            let leaves: Vec<_> = (0..n as u8).map(leaf).collect();
            let root = merkle_root(&leaves).root;
            for i in 0..n {
                let b = merkle_branch(&leaves, i);
                assert_eq!(
                    merkle_root_from_branch(leaves[i], &b, i as u32),
                    root,
                    "n={n} i={i}"
                );
            }
            assert_eq!(
                stratum_merkle_root(leaves[0], &merkle_branch(&leaves, 0)),
                root
            );
        }
        assert_eq!(merkle_root(&[leaf(7)]).root, MerkleNode(leaf(7)));
        assert_eq!(merkle_root(&[]).root, MerkleNode::ZERO);
        assert!(merkle_branch(&[leaf(1)], 3).is_empty());
    }

    /// CVE-2012-2459: [a, b, c] and [a, b, c, c] have the same root; the second is flagged.
    #[test]
    fn duplicate_leaves_are_flagged() {
        let three = merkle_root(&[leaf(1), leaf(2), leaf(3)]);
        let four = merkle_root(&[leaf(1), leaf(2), leaf(3), leaf(3)]);
        assert_eq!(three.root, four.root);
        assert!(!three.mutated);
        assert!(four.mutated);
    }
}
