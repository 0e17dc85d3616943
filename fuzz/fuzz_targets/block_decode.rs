//! Block and transaction decoding: anything that decodes re-encodes to the same bytes (blocks
//! whose transactions have no witness or a non-empty one), and block checks never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minewatch_pow::tx::Transaction;
use minewatch_pow::{Block, Params};

fuzz_target!(|data: &[u8]| {
    if let Ok(tx) = Transaction::decode(data) {
        let _ = tx.txid();
        let _ = tx.weight();
        if !tx.inputs.is_empty() {
            assert_eq!(tx.encode(), data);
        }
    }
    if let Ok(b) = Block::decode(data) {
        let _ = b.check(800_000, 0, &Params::mainnet());
        let _ = b.check(1, 0, &Params::regtest());
    }
});
