//! The store on SQLite (WAL): the embedded default.

use minewatch_pow::block::Block;
use rusqlite::{Connection, OptionalExtension, params};

use super::{BlockRow, Engine, LedgerEntry, Recorded, ShareRecord, StoreError, StoreSummary};

const INSERT_SHARE: &str =
    "INSERT INTO shares (worker, job_id, difficulty, share_difficulty, height, hash, time)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (hash) DO NOTHING";
const INSERT_CREDIT: &str =
    "INSERT INTO ledger (worker, amount, kind, height, time) VALUES (?1, ?2, ?3, ?4, ?5)";

/// Inserts a share and, if it is new, its credits, inside an open transaction.
fn insert_share(
    tx: &rusqlite::Transaction<'_>,
    share: &ShareRecord,
    credits: &[LedgerEntry],
) -> Result<Recorded, StoreError> {
    let n = tx.prepare_cached(INSERT_SHARE)?.execute(params![
        share.worker,
        share.job_id,
        share.difficulty,
        share.share_difficulty,
        share.height,
        share.hash,
        share.time as i64
    ])?;
    if n == 0 {
        return Ok(Recorded::Duplicate);
    }
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
    Ok(Recorded::New)
}

/// A SQLite database.
#[derive(Debug)]
pub(super) struct Sqlite {
    db: Connection,
}

impl Sqlite {
    pub(super) fn open(path: &std::path::Path) -> Result<Self, StoreError> {
        Self::init(Connection::open(path)?)
    }

    pub(super) fn in_memory() -> Result<Self, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut db: Connection) -> Result<Self, StoreError> {
        // WAL: readers never block the writer, and a committed transaction survives a crash of
        // the process (synchronous=NORMAL fsyncs at checkpoints, so an OS crash can lose the
        // last commits; the process dying cannot).
        db.pragma_update(None, "journal_mode", "WAL")?;
        db.pragma_update(None, "synchronous", "NORMAL")?;
        db.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut db)?;
        Ok(Self { db })
    }
}

/// Brings the schema up to date, one transaction per migration.
fn migrate(db: &mut Connection) -> Result<(), StoreError> {
    super::SCHEMA.apply_sqlite(db, 0)?;
    Ok(())
}

fn current_version(db: &Connection) -> Result<u32, StoreError> {
    Ok(super::SCHEMA.version_sqlite(db)?)
}

impl Engine for Sqlite {
    fn schema_version(&mut self) -> Result<u32, StoreError> {
        current_version(&self.db)
    }

    fn record_one(
        &mut self,
        share: &ShareRecord,
        block: Option<(u32, &Block)>,
        credits: &[LedgerEntry],
    ) -> Result<Recorded, StoreError> {
        let tx = self.db.transaction()?;
        if insert_share(&tx, share, credits)? == Recorded::Duplicate {
            return Ok(Recorded::Duplicate); // dropping `tx` rolls back (nothing was written)
        }
        if let Some((height, b)) = block {
            let inserted = tx.execute(
                "INSERT INTO blocks (height, hash, raw, worker, time) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (height) DO NOTHING",
                params![
                    height,
                    b.block_hash().to_string(),
                    b.encode(),
                    share.worker,
                    share.time as i64
                ],
            )?;
            if inserted == 0 {
                return Err(StoreError::BlockHeightTaken(height)); // rolls back
            }
        }
        tx.commit()?;
        Ok(Recorded::New)
    }

    fn record_batch(
        &mut self,
        items: &[(ShareRecord, Vec<LedgerEntry>)],
    ) -> Result<Vec<Recorded>, StoreError> {
        let tx = self.db.transaction()?;
        let mut out = Vec::with_capacity(items.len());
        for (share, credits) in items {
            out.push(insert_share(&tx, share, credits)?);
        }
        tx.commit()?;
        Ok(out)
    }

    fn blocks(&mut self) -> Result<Vec<(u32, Vec<u8>)>, StoreError> {
        let mut st = self
            .db
            .prepare("SELECT height, raw FROM blocks ORDER BY height")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, u32>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn block_at(&mut self, height: u32) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .db
            .query_row("SELECT raw FROM blocks WHERE height = ?1", [height], |r| {
                r.get(0)
            })
            .optional()?)
    }

    fn block_rows(&mut self, before: Option<u32>, n: u32) -> Result<Vec<BlockRow>, StoreError> {
        let mut st = self.db.prepare(
            "SELECT height, hash, worker, time FROM blocks WHERE height < ?1 ORDER BY height DESC LIMIT ?2",
        )?;
        let rows = st.query_map(params![before.map_or(i64::MAX, i64::from), n], |r| {
            Ok(BlockRow {
                height: r.get(0)?,
                hash: r.get(1)?,
                worker: r.get(2)?,
                time: r.get::<_, i64>(3)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn recent_shares(&mut self, n: u32) -> Result<Vec<ShareRecord>, StoreError> {
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

    fn balances(&mut self) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
        let mut st = self
            .db
            .prepare("SELECT worker, SUM(amount) FROM ledger GROUP BY worker")?;
        let rows = st.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn summary(&mut self) -> Result<StoreSummary, StoreError> {
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
