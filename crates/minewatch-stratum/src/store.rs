//! The pool's durable record: every accepted share and every found block, written to SQLite
//! (WAL) before the miner is told "accepted", so a crash loses nothing a miner saw accepted.

use std::path::Path;

use minewatch_pow::block::Block;
use rusqlite::{Connection, params};
use thiserror::Error;

/// The store failed.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StoreError {
    /// SQLite said no.
    #[error("pool database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored block does not decode.
    #[error("pool database holds a corrupt block at height {0}")]
    CorruptBlock(u32),
}

/// An accepted share as recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareRecord {
    /// Worker name.
    pub worker: String,
    /// Job id.
    pub job_id: String,
    /// Difficulty it was judged at (what it is worth).
    pub difficulty: f64,
    /// Its own difficulty.
    pub share_difficulty: f64,
    /// Height of the block it worked on.
    pub height: u32,
    /// Header hash, display hex.
    pub hash: String,
    /// Unix time.
    pub time: u64,
}

/// A ledger credit: what a share or a block earned a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// Worker.
    pub worker: String,
    /// Satoshis.
    pub amount: u64,
    /// `share` (PPS/FPPS) or `block` (PPLNS/PROP/SOLO).
    pub kind: &'static str,
    /// Height of the block worked on or found.
    pub height: u32,
}

/// A found block as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockRow {
    /// Height.
    pub height: u32,
    /// Hash, display hex.
    pub hash: String,
    /// Worker that found it.
    pub worker: String,
    /// Unix time it was found.
    pub time: u64,
}

/// Counts of what the store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StoreSummary {
    /// Accepted shares.
    pub shares: u64,
    /// Found blocks.
    pub blocks: u64,
}

const INSERT_SHARE: &str =
    "INSERT INTO shares (worker, job_id, difficulty, share_difficulty, height, hash, time)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
const INSERT_CREDIT: &str =
    "INSERT INTO ledger (worker, amount, kind, height, time) VALUES (?1, ?2, ?3, ?4, ?5)";

/// Inserts a share and its credits inside an open transaction.
fn insert_share(
    tx: &rusqlite::Transaction<'_>,
    share: &ShareRecord,
    credits: &[LedgerEntry],
) -> Result<(), StoreError> {
    tx.prepare_cached(INSERT_SHARE)?.execute(params![
        share.worker,
        share.job_id,
        share.difficulty,
        share.share_difficulty,
        share.height,
        share.hash,
        share.time as i64
    ])?;
    let mut credit = tx.prepare_cached(INSERT_CREDIT)?;
    for c in credits {
        credit.execute(params![
            c.worker,
            c.amount as i64,
            c.kind,
            c.height,
            share.time as i64
        ])?;
    }
    Ok(())
}

/// The SQLite file.
#[derive(Debug)]
pub struct Store {
    db: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let db = Connection::open(path)?;
        Self::init(db)
    }

    /// An in-memory database (tests, or running without persistence).
    pub fn in_memory() -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(db: Connection) -> Result<Self, StoreError> {
        // WAL: readers never block the writer, and a committed transaction survives a crash of
        // the process (synchronous=NORMAL fsyncs at checkpoints, so an OS crash can lose the
        // last commits; the process dying cannot).
        db.pragma_update(None, "journal_mode", "WAL")?;
        db.pragma_update(None, "synchronous", "NORMAL")?;
        db.busy_timeout(std::time::Duration::from_secs(5))?;
        db.execute_batch(
            "CREATE TABLE IF NOT EXISTS shares (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 worker TEXT NOT NULL,
                 job_id TEXT NOT NULL,
                 difficulty REAL NOT NULL,
                 share_difficulty REAL NOT NULL,
                 height INTEGER NOT NULL,
                 hash TEXT NOT NULL,
                 time INTEGER NOT NULL
             );
             CREATE INDEX IF NOT EXISTS shares_worker ON shares(worker, id);
             CREATE TABLE IF NOT EXISTS ledger (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 worker TEXT NOT NULL,
                 amount INTEGER NOT NULL,
                 kind TEXT NOT NULL,
                 height INTEGER NOT NULL,
                 time INTEGER NOT NULL
             );
             CREATE INDEX IF NOT EXISTS ledger_worker ON ledger(worker);
             CREATE TABLE IF NOT EXISTS blocks (
                 height INTEGER PRIMARY KEY,
                 hash TEXT NOT NULL UNIQUE,
                 raw BLOB NOT NULL,
                 worker TEXT NOT NULL,
                 time INTEGER NOT NULL
             );",
        )?;
        Ok(Self { db })
    }

    /// Records an accepted share, and the block it found if any, in one transaction.
    pub fn record(
        &mut self,
        share: &ShareRecord,
        block: Option<(u32, &Block)>,
    ) -> Result<(), StoreError> {
        self.record_with_credits(share, block, &[])
    }

    /// Records an accepted share, its block if any, and the ledger credits they earn, all in
    /// one transaction: either everything is durable or nothing is.
    pub fn record_with_credits(
        &mut self,
        share: &ShareRecord,
        block: Option<(u32, &Block)>,
        credits: &[LedgerEntry],
    ) -> Result<(), StoreError> {
        let tx = self.db.transaction()?;
        insert_share(&tx, share, credits)?;
        if let Some((height, b)) = block {
            tx.execute(
                "INSERT INTO blocks (height, hash, raw, worker, time) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    height,
                    b.block_hash().to_string(),
                    b.encode(),
                    share.worker,
                    share.time as i64
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records many accepted shares (no blocks) and their credits in one transaction: the
    /// pool's group commit, which amortises the cost of a commit over a batch.
    pub fn record_batch(
        &mut self,
        items: &[(ShareRecord, Vec<LedgerEntry>)],
    ) -> Result<(), StoreError> {
        let tx = self.db.transaction()?;
        for (share, credits) in items {
            insert_share(&tx, share, credits)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Stored blocks in height order.
    pub fn blocks(&self) -> Result<Vec<(u32, Block)>, StoreError> {
        let mut st = self
            .db
            .prepare("SELECT height, raw FROM blocks ORDER BY height")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (h, raw) = row?;
            let b = Block::decode(&raw).map_err(|_| StoreError::CorruptBlock(h))?;
            out.push((h, b));
        }
        Ok(out)
    }

    /// Found blocks below `before` (all when `None`), highest first, at most `n`.
    pub fn block_rows(&self, before: Option<u32>, n: u32) -> Result<Vec<BlockRow>, StoreError> {
        let mut st = self.db.prepare(
            "SELECT height, hash, worker, time FROM blocks WHERE height < ?1 ORDER BY height DESC LIMIT ?2",
        )?;
        let rows = st.query_map(
            rusqlite::params![before.map_or(i64::MAX, i64::from), n],
            |r| {
                Ok(BlockRow {
                    height: r.get(0)?,
                    hash: r.get(1)?,
                    worker: r.get(2)?,
                    time: r.get::<_, i64>(3)? as u64,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The last `n` shares, newest first.
    pub fn recent_shares(&self, n: u32) -> Result<Vec<ShareRecord>, StoreError> {
        let mut st = self.db.prepare(
            "SELECT worker, job_id, difficulty, share_difficulty, height, hash, time FROM shares ORDER BY id DESC LIMIT ?1",
        )?;
        let rows = st.query_map([n], |r| {
            Ok(ShareRecord {
                worker: r.get(0)?,
                job_id: r.get(1)?,
                difficulty: r.get(2)?,
                share_difficulty: r.get(3)?,
                height: r.get(4)?,
                hash: r.get(5)?,
                time: r.get::<_, i64>(6)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// What each worker is owed: the sum of its ledger credits, in satoshis.
    pub fn balances(&self) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
        let mut st = self
            .db
            .prepare("SELECT worker, SUM(amount) FROM ledger GROUP BY worker")?;
        let rows = st.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many shares and blocks are stored.
    pub fn summary(&self) -> Result<StoreSummary, StoreError> {
        let shares: i64 = self
            .db
            .query_row("SELECT COUNT(*) FROM shares", [], |r| r.get(0))?;
        let blocks: i64 = self
            .db
            .query_row("SELECT COUNT(*) FROM blocks", [], |r| r.get(0))?;
        Ok(StoreSummary {
            shares: shares as u64,
            blocks: blocks as u64,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_blocks_round_trip() {
        let mut s = Store::in_memory().unwrap();
        let b = crate::chain::regtest_genesis();
        let rec = ShareRecord {
            worker: "w".into(),
            job_id: "1".into(),
            difficulty: 0.5,
            share_difficulty: 3.0,
            height: 1,
            hash: "00ab".into(),
            time: 7,
        };
        s.record(&rec, None).unwrap();
        s.record(&rec, Some((1, &b))).unwrap();
        assert_eq!(
            s.summary().unwrap(),
            StoreSummary {
                shares: 2,
                blocks: 1
            }
        );
        assert_eq!(s.recent_shares(1).unwrap(), vec![rec.clone()]);
        assert_eq!(s.blocks().unwrap(), vec![(1, b.clone())]);
        // The same height twice is refused, and the share with it (one transaction).
        assert!(s.record(&rec, Some((1, &b))).is_err());
        assert_eq!(
            s.summary().unwrap(),
            StoreSummary {
                shares: 2,
                blocks: 1
            }
        );
    }
}
