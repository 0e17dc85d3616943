//! The pool's durable record: every accepted share, every found block and the ledger credits
//! they earn, written before the miner is told "accepted", so a crash loses nothing a miner saw
//! accepted.
//!
//! Two engines hold it, with one schema and one list of versioned migrations ([`MIGRATIONS`]):
//! - SQLite (WAL), a file or memory: the embedded default, one pool process;
//! - PostgreSQL (`postgres://...`): any number of pool front-ends sharing one ledger. A share is
//!   unique by its header hash across all of them (the database's unique index decides, so the
//!   same share sent to two front-ends is recorded once and the second gets "duplicate"), and a
//!   block is recorded once.

use minewatch_pow::block::Block;
use thiserror::Error;

mod postgres;
mod postgres_credit;
pub mod schema;
mod spool;
mod sqlite;

pub use postgres::{
    create_scratch_schema, drop_scratch_schema, off_runtime, open as open_postgres,
    postgres_settings,
};

/// The store failed.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StoreError {
    /// SQLite said no.
    #[error("pool database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL said no, or could not be reached.
    #[error("pool database (PostgreSQL): {0}")]
    Postgres(#[from] ::postgres::Error),
    /// A stored block does not decode.
    #[error("pool database holds a corrupt block at height {0}")]
    CorruptBlock(u32),
    /// Another block is recorded at this height already (another front-end of the same ledger
    /// found one first): nothing was written; the share may be recorded without its block.
    #[error("pool database holds another block at height {0}")]
    BlockHeightTaken(u32),
    /// The database was written by a newer minewatch.
    #[error(
        "pool database is at schema version {found}, newer than this minewatch knows ({known}): upgrade minewatch"
    )]
    NewerSchema {
        /// Version found.
        found: u32,
        /// Newest version this build knows.
        known: u32,
    },
    /// The local spool could not be written or read.
    #[error("pool spool {path}: {source}")]
    Spool {
        /// The spool file.
        path: String,
        /// What failed.
        source: std::io::Error,
    },
    /// The ledger's front-ends pay under other terms than this one was started with.
    #[error(
        "this ledger's front-ends pay {recorded_scheme} with a fee of {recorded_fee}; this one was started with {scheme} and a fee of {fee}: start it with the same --scheme and --fee, or stop every front-end and start one with --change-terms"
    )]
    TermsDiffer {
        /// The ledger's scheme.
        recorded_scheme: String,
        /// The ledger's fee.
        recorded_fee: f64,
        /// This front-end's scheme.
        scheme: String,
        /// This front-end's fee.
        fee: f64,
    },
    /// Retention cannot be set as asked.
    #[error("pool database: {0}")]
    Retention(String),
    /// A migration cannot be applied to what the database holds.
    #[error("pool database: migration {version} ({name}) failed: {why}")]
    Migration {
        /// Its version.
        version: u32,
        /// What it does.
        name: &'static str,
        /// Why it failed.
        why: String,
    },
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
    /// Header hash, display hex. Unique: the same header is the same work.
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

/// What became of a share handed to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// Durable now, with its credits (and its block, if any).
    New,
    /// The store already held a share with this header hash (sent before, or to another
    /// front-end): nothing was written.
    Duplicate,
    /// The database was out of reach: the share is durable in the local spool, and goes to
    /// the database, in order, when it answers again.
    Spooled,
}

impl StoreError {
    /// Whether the database could not be reached (connection refused or lost, server shutting
    /// down or out of resources), as opposed to refusing what was sent.
    pub fn is_unreachable(&self) -> bool {
        match self {
            Self::Postgres(e) => e.as_db_error().is_none_or(|db| {
                let class = &db.code().code()[..2];
                matches!(class, "08" | "53" | "57" | "58")
            }),
            _ => false,
        }
    }
}

pub use schema::{Migration, Schema, SchemaError};

/// The schema, oldest first. Version 1 is the schema pool files had before migrations were
/// versioned (`IF NOT EXISTS`, so such a file adopts it as it is).
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "shares, ledger and blocks",
        sqlite: "CREATE TABLE IF NOT EXISTS shares (
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
        postgres: "CREATE TABLE IF NOT EXISTS shares (
                       id BIGSERIAL PRIMARY KEY,
                       worker TEXT NOT NULL,
                       job_id TEXT NOT NULL,
                       difficulty DOUBLE PRECISION NOT NULL,
                       share_difficulty DOUBLE PRECISION NOT NULL,
                       height INTEGER NOT NULL,
                       hash TEXT NOT NULL,
                       time BIGINT NOT NULL
                   );
                   CREATE INDEX IF NOT EXISTS shares_worker ON shares(worker, id);
                   CREATE TABLE IF NOT EXISTS ledger (
                       id BIGSERIAL PRIMARY KEY,
                       worker TEXT NOT NULL,
                       amount BIGINT NOT NULL,
                       kind TEXT NOT NULL,
                       height INTEGER NOT NULL,
                       time BIGINT NOT NULL
                   );
                   CREATE INDEX IF NOT EXISTS ledger_worker ON ledger(worker);
                   CREATE TABLE IF NOT EXISTS blocks (
                       height INTEGER PRIMARY KEY,
                       hash TEXT NOT NULL UNIQUE,
                       raw BYTEA NOT NULL,
                       worker TEXT NOT NULL,
                       time BIGINT NOT NULL
                   );",
    },
    Migration {
        version: 2,
        name: "a share is unique by its header hash",
        sqlite: "CREATE UNIQUE INDEX shares_hash ON shares(hash);",
        postgres: "CREATE UNIQUE INDEX shares_hash ON shares(hash);",
    },
    Migration {
        version: 3,
        name: "front-end instance numbers (PostgreSQL: many front-ends, one ledger)",
        // One SQLite file has one pool: its instance is always 0.
        sqlite: "",
        postgres: "CREATE SEQUENCE pool_frontends;",
    },
    Migration {
        version: 4,
        name: "blocks whose payouts the leader has yet to credit",
        // Blocks recorded before were credited when they were found.
        sqlite: "ALTER TABLE blocks ADD COLUMN credited INTEGER NOT NULL DEFAULT 1;",
        postgres: "ALTER TABLE blocks ADD COLUMN credited BOOLEAN NOT NULL DEFAULT TRUE;",
    },
    Migration {
        version: 5,
        name: "shares partitioned by day, unique by hash through share_hashes (PostgreSQL)",
        // One SQLite file is one pool's: its shares stay one table.
        sqlite: "",
        // A partitioned table's unique index must hold the partition key, so a share's
        // uniqueness moves to share_hashes (pruned with the shares it stands for). The rows of
        // before go to the default partition; maintenance moves them into their days.
        postgres: "CREATE TABLE share_hashes (hash TEXT PRIMARY KEY, time BIGINT NOT NULL);
                   INSERT INTO share_hashes (hash, time) SELECT hash, time FROM shares;
                   CREATE INDEX share_hashes_time ON share_hashes (time);
                   ALTER SEQUENCE shares_id_seq OWNED BY NONE;
                   ALTER TABLE shares RENAME TO shares_v4;
                   ALTER INDEX shares_worker RENAME TO shares_v4_worker;
                   ALTER INDEX shares_hash RENAME TO shares_v4_hash;
                   ALTER INDEX shares_pkey RENAME TO shares_v4_pkey;
                   CREATE TABLE shares (
                       id BIGINT NOT NULL DEFAULT nextval('shares_id_seq'),
                       worker TEXT NOT NULL,
                       job_id TEXT NOT NULL,
                       difficulty DOUBLE PRECISION NOT NULL,
                       share_difficulty DOUBLE PRECISION NOT NULL,
                       height INTEGER NOT NULL,
                       hash TEXT NOT NULL,
                       time BIGINT NOT NULL,
                       PRIMARY KEY (id, time)
                   ) PARTITION BY RANGE (time);
                   CREATE TABLE shares_default PARTITION OF shares DEFAULT;
                   CREATE INDEX shares_worker ON shares (worker, id);
                   CREATE INDEX shares_hash ON shares (hash);
                   INSERT INTO shares (id, worker, job_id, difficulty, share_difficulty, height, hash, time)
                       SELECT id, worker, job_id, difficulty, share_difficulty, height, hash, time
                       FROM shares_v4;
                   DROP TABLE shares_v4;
                   ALTER SEQUENCE shares_id_seq OWNED BY shares.id;",
    },
    Migration {
        version: 6,
        name: "shares summed by worker over ranges of ids (share_buckets), for PPLNS and PROP (PostgreSQL)",
        // One SQLite pool keeps its window in memory.
        sqlite: "",
        // A bucket is 2^20 consecutive share ids (postgres_credit::BUCKET_BITS); a block's
        // window is read from whole buckets and exact shares only at its two ends.
        postgres: "CREATE TABLE share_buckets (
                       bucket BIGINT NOT NULL,
                       worker TEXT NOT NULL,
                       difficulty DOUBLE PRECISION NOT NULL,
                       shares BIGINT NOT NULL,
                       PRIMARY KEY (bucket, worker)
                   );
                   INSERT INTO share_buckets (bucket, worker, difficulty, shares)
                       SELECT id >> 20, worker, SUM(difficulty), COUNT(*) FROM shares GROUP BY 1, 2;",
    },
    Migration {
        version: 7,
        name: "the terms every front-end pays under (PostgreSQL)",
        sqlite: "",
        postgres: "CREATE TABLE pool_terms (
                       one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
                       scheme TEXT NOT NULL,
                       fee DOUBLE PRECISION NOT NULL
                   );",
    },
];

/// The pool's schema: [`MIGRATIONS`], recorded in `pool_migrations`.
pub const SCHEMA: Schema = Schema {
    what: "pool",
    table: "pool_migrations",
    // "minewatc" in ASCII.
    lock: 0x6d69_6e65_7761_7463,
    migrations: MIGRATIONS,
};

/// The newest schema version this build writes.
pub fn schema_version() -> u32 {
    SCHEMA.latest()
}

impl From<SchemaError> for StoreError {
    fn from(e: SchemaError) -> Self {
        match e {
            SchemaError::Newer { found, known, .. } => Self::NewerSchema { found, known },
            SchemaError::Failed {
                version, name, why, ..
            } => Self::Migration { version, name, why },
            SchemaError::Sqlite(e) => Self::Sqlite(e),
            SchemaError::Postgres(e) => Self::Postgres(e),
        }
    }
}

/// What both engines do; [`Store`] hands each call to the one it holds.
trait Engine: Send + std::fmt::Debug {
    fn schema_version(&mut self) -> Result<u32, StoreError>;
    fn record_one(
        &mut self,
        share: &ShareRecord,
        block: Option<(u32, &Block)>,
        credits: &[LedgerEntry],
    ) -> Result<Recorded, StoreError>;
    fn record_batch(
        &mut self,
        items: &[(ShareRecord, Vec<LedgerEntry>)],
    ) -> Result<Vec<Recorded>, StoreError>;
    fn blocks(&mut self) -> Result<Vec<(u32, Vec<u8>)>, StoreError>;
    fn block_at(&mut self, height: u32) -> Result<Option<Vec<u8>>, StoreError>;
    fn block_rows(&mut self, before: Option<u32>, n: u32) -> Result<Vec<BlockRow>, StoreError>;
    fn recent_shares(&mut self, n: u32) -> Result<Vec<ShareRecord>, StoreError>;
    fn balances(&mut self) -> Result<std::collections::BTreeMap<String, u64>, StoreError>;
    fn summary(&mut self) -> Result<StoreSummary, StoreError>;
    /// A number for a front-end starting on this database, different from the last 255
    /// claimed (it keys the front-end's extranonce1 space).
    fn claim_instance(&mut self) -> Result<u8, StoreError> {
        Ok(0)
    }
    /// See [`Store::agree_terms`].
    fn agree_terms(&mut self, _scheme: &str, _fee: f64, _change: bool) -> Result<(), StoreError> {
        Ok(())
    }
    /// See [`Store::with_retention`].
    fn set_retention(&mut self, _days: u32) -> Result<(), StoreError> {
        Err(StoreError::Retention(
            "retention by day partitions needs PostgreSQL (--db postgres://...)".into(),
        ))
    }
    /// See [`Store::maintain`].
    fn maintain(&mut self, _now: u64) -> Result<usize, StoreError> {
        Ok(0)
    }
    /// See [`Store::lead`].
    fn lead(
        &mut self,
        _scheme: crate::accounting::Scheme,
        _pool_fee: f64,
    ) -> Result<Option<usize>, StoreError> {
        Ok(None)
    }
}

/// The pool's database: SQLite or PostgreSQL, and with PostgreSQL optionally a local spool
/// for when the database is out of reach.
#[derive(Debug)]
pub struct Store {
    engine: Box<dyn Engine>,
    /// `sqlite` or `postgres`.
    kind: &'static str,
    spool: Option<(spool::Spool, String)>,
    /// When a write last tried to replay the spool (at most once a second while it fails).
    last_drain: Option<std::time::Instant>,
}

impl Store {
    /// Opens (creating if needed) the SQLite database at `path`.
    pub fn open(path: &std::path::Path) -> Result<Self, StoreError> {
        Ok(Self::sqlite(sqlite::Sqlite::open(path)?))
    }

    /// An in-memory SQLite database (tests, or running without persistence).
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(Self::sqlite(sqlite::Sqlite::in_memory()?))
    }

    /// Connects to PostgreSQL (`postgres://user[:password]@host[:port]/database`, or the
    /// key=value form) and brings its schema up to date. Several pool processes may open the
    /// same database at once: migrations take a lock, so each is applied once.
    pub fn connect_postgres(url: &str) -> Result<Self, StoreError> {
        Ok(Self {
            engine: Box::new(postgres::Postgres::connect(url)?),
            kind: "postgres",
            spool: None,
            last_drain: None,
        })
    }

    /// Opens what `spec` names: `:memory:`, a `postgres://` or `postgresql://` URL, or a SQLite
    /// file path.
    pub fn open_spec(spec: &str) -> Result<Self, StoreError> {
        if spec == ":memory:" {
            Self::in_memory()
        } else if is_postgres_url(spec) {
            Self::connect_postgres(spec)
        } else {
            Self::open(std::path::Path::new(spec))
        }
    }

    fn sqlite(s: sqlite::Sqlite) -> Self {
        Self {
            engine: Box::new(s),
            kind: "sqlite",
            spool: None,
            last_drain: None,
        }
    }

    /// `sqlite` or `postgres`.
    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// Keeps shares in the spool file at `path` while the database is out of reach (and
    /// replays what an earlier run left there as soon as it can).
    pub fn with_spool(mut self, path: &std::path::Path) -> Result<Self, StoreError> {
        let name = path.display().to_string();
        let s = spool::Spool::open(path).map_err(|source| StoreError::Spool {
            path: name.clone(),
            source,
        })?;
        self.spool = Some((s, name));
        Ok(self)
    }

    /// Shares in the spool, waiting for the database.
    pub fn spool_depth(&self) -> usize {
        self.spool.as_ref().map_or(0, |(s, _)| s.depth())
    }

    /// Appends to the spool (fsynced); `Spooled` for each item.
    fn spool_items(&mut self, items: &[spool::Spooled]) -> Result<Vec<Recorded>, StoreError> {
        let Some((s, name)) = self.spool.as_mut() else {
            return Err(StoreError::Spool {
                path: String::new(),
                source: std::io::Error::other("no spool"),
            });
        };
        s.append(items).map_err(|source| StoreError::Spool {
            path: name.clone(),
            source,
        })?;
        Ok(vec![Recorded::Spooled; items.len()])
    }

    /// Replays the spool into the database, in order; empties it when every share is in. An
    /// error leaves it as it was (a replay is idempotent). Returns the shares replayed.
    pub fn drain(&mut self) -> Result<usize, StoreError> {
        let Some((s, name)) = self.spool.as_ref() else {
            return Ok(0);
        };
        if s.depth() == 0 {
            return Ok(0);
        }
        let items = s.read().map_err(|source| StoreError::Spool {
            path: name.clone(),
            source,
        })?;
        let mut plain = Vec::new();
        for it in &items {
            let (share, credits, block) = it.parts();
            match block {
                None => plain.push((share, credits)),
                Some((height, b)) => {
                    // Keep the order: what came before this block goes first.
                    if !plain.is_empty() {
                        self.engine.record_batch(&std::mem::take(&mut plain))?;
                    }
                    match self.engine.record_one(&share, Some((height, &b)), &credits) {
                        Err(StoreError::BlockHeightTaken(_)) => {
                            let shares: Vec<_> =
                                credits.into_iter().filter(|c| c.kind == "share").collect();
                            self.engine.record_one(&share, None, &shares)?;
                        }
                        r => {
                            r?;
                        }
                    }
                }
            }
            if plain.len() >= 4096 {
                self.engine.record_batch(&std::mem::take(&mut plain))?;
            }
        }
        if !plain.is_empty() {
            self.engine.record_batch(&plain)?;
        }
        if let Some((s, name)) = self.spool.as_mut() {
            s.clear().map_err(|source| StoreError::Spool {
                path: name.clone(),
                source,
            })?;
        }
        tracing::info!(
            shares = items.len(),
            "the spool is replayed into the database"
        );
        Ok(items.len())
    }

    /// Whether a write should go to the spool: there is one and it holds shares the database
    /// has not taken yet (order is kept), after one try to replay them.
    fn spooling(&mut self) -> bool {
        if self.spool_depth() == 0 {
            return false;
        }
        if self
            .last_drain
            .is_some_and(|t| t.elapsed() < std::time::Duration::from_secs(1))
        {
            return true;
        }
        self.last_drain = Some(std::time::Instant::now());
        self.drain().is_err() || self.spool_depth() > 0
    }

    /// The schema version the database is at.
    pub fn schema_version(&mut self) -> Result<u32, StoreError> {
        self.engine.schema_version()
    }

    /// Records an accepted share, and the block it found if any, in one transaction.
    pub fn record(
        &mut self,
        share: &ShareRecord,
        block: Option<(u32, &Block)>,
    ) -> Result<Recorded, StoreError> {
        self.engine.record_one(share, block, &[])
    }

    /// Records an accepted share, its block if any, and the ledger credits they earn, all in
    /// one transaction: either everything is durable or nothing is. A share the store holds
    /// already writes nothing and is [`Recorded::Duplicate`].
    pub fn record_with_credits(
        &mut self,
        share: &ShareRecord,
        block: Option<(u32, &Block)>,
        credits: &[LedgerEntry],
    ) -> Result<Recorded, StoreError> {
        if self.spooling() {
            return self
                .spool_items(&[spool::Spooled::new(share, credits, block)])
                .map(|_| Recorded::Spooled);
        }
        match self.engine.record_one(share, block, credits) {
            Err(e) if e.is_unreachable() && self.spool.is_some() => {
                tracing::warn!("pool database out of reach, spooling: {e}");
                self.spool_items(&[spool::Spooled::new(share, credits, block)])
                    .map(|_| Recorded::Spooled)
            }
            r => r,
        }
    }

    /// Records many accepted shares (no blocks) and their credits in one transaction: the
    /// pool's group commit, which amortises the cost of a commit over a batch. One answer per
    /// item, in order; a duplicate's credits are not written.
    pub fn record_batch(
        &mut self,
        items: &[(ShareRecord, Vec<LedgerEntry>)],
    ) -> Result<Vec<Recorded>, StoreError> {
        if items.is_empty() {
            return Ok(Vec::new());
        }
        let spooled = |items: &[(ShareRecord, Vec<LedgerEntry>)]| -> Vec<spool::Spooled> {
            items
                .iter()
                .map(|(s, c)| spool::Spooled::new(s, c, None))
                .collect()
        };
        if self.spooling() {
            return self.spool_items(&spooled(items));
        }
        match self.engine.record_batch(items) {
            Err(e) if e.is_unreachable() && self.spool.is_some() => {
                tracing::warn!(
                    "pool database out of reach, spooling {} shares: {e}",
                    items.len()
                );
                self.spool_items(&spooled(items))
            }
            r => r,
        }
    }

    /// Stored blocks in height order.
    pub fn blocks(&mut self) -> Result<Vec<(u32, Block)>, StoreError> {
        self.engine
            .blocks()?
            .into_iter()
            .map(|(h, raw)| {
                Block::decode(&raw)
                    .map(|b| (h, b))
                    .map_err(|_| StoreError::CorruptBlock(h))
            })
            .collect()
    }

    /// The block recorded at `height`, if any.
    pub fn block_at(&mut self, height: u32) -> Result<Option<Block>, StoreError> {
        match self.engine.block_at(height)? {
            None => Ok(None),
            Some(raw) => Block::decode(&raw)
                .map(Some)
                .map_err(|_| StoreError::CorruptBlock(height)),
        }
    }

    /// Found blocks below `before` (all when `None`), highest first, at most `n`.
    pub fn block_rows(&mut self, before: Option<u32>, n: u32) -> Result<Vec<BlockRow>, StoreError> {
        self.engine.block_rows(before, n)
    }

    /// The last `n` shares, newest first.
    pub fn recent_shares(&mut self, n: u32) -> Result<Vec<ShareRecord>, StoreError> {
        self.engine.recent_shares(n)
    }

    /// What each worker is owed: the sum of its ledger credits, in satoshis.
    pub fn balances(&mut self) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
        self.engine.balances()
    }

    /// How many shares and blocks are stored.
    pub fn summary(&mut self) -> Result<StoreSummary, StoreError> {
        self.engine.summary()
    }

    /// One turn of the ledger's leader (PostgreSQL): if this front-end holds the leader's
    /// advisory lock, or can take it, it credits the payouts of every block recorded without
    /// them (found by any front-end), from the shares in the database, each block in one
    /// transaction with its credits. `None` when another front-end leads (or on SQLite, where
    /// the one pool credits blocks as it finds them); `Some(blocks credited)` when this one does.
    /// The lock is the session's: when the leader dies its connection closes, and the next
    /// front-end to try takes over.
    pub fn lead(
        &mut self,
        scheme: crate::accounting::Scheme,
        pool_fee: f64,
    ) -> Result<Option<usize>, StoreError> {
        self.engine.lead(scheme, pool_fee)
    }

    /// Checks that this front-end pays as the ledger's others do (PostgreSQL): the first to
    /// start records its scheme and fee; one started with others is refused, naming both
    /// ([`StoreError::TermsDiffer`]), as the leader's block payouts and each front-end's
    /// per-share credits must follow one set of terms. `change` records this front-end's terms
    /// instead (for an operator who stopped every front-end to change them). On SQLite, where
    /// one pool owns its file, nothing to check.
    pub fn agree_terms(
        &mut self,
        scheme: crate::accounting::Scheme,
        pool_fee: f64,
        change: bool,
    ) -> Result<(), StoreError> {
        self.engine
            .agree_terms(&scheme.to_string(), pool_fee, change)
    }

    /// Keeps shares for `days` days (at least 1), on PostgreSQL: the leader drops each day's
    /// partition of shares once it is that old, with the hashes that kept those shares unique
    /// (a share older than that may be recorded again: its job is long gone). Ledger credits
    /// and blocks are kept, and so are the sums of shares a PPLNS window is read from (as far
    /// back as a window can reach); keep more days than a window spans for the window to be
    /// exact where it ends. On SQLite: refused.
    pub fn with_retention(mut self, days: u32) -> Result<Self, StoreError> {
        if days == 0 {
            return Err(StoreError::Retention(
                "retention must be at least 1 day".into(),
            ));
        }
        self.engine.set_retention(days)?;
        Ok(self)
    }

    /// Partition upkeep now, as the leader does it every hour: today's and tomorrow's
    /// partitions, rows of the default partition moved into their days, and retention. On
    /// SQLite nothing. Returns the partitions dropped.
    pub fn maintain(&mut self, now: u64) -> Result<usize, StoreError> {
        self.engine.maintain(now)
    }

    /// An instance number for a pool front-end starting on this database: on PostgreSQL the
    /// next of a sequence modulo 256 (front-ends started together get different numbers, so
    /// their miners never get the same extranonce1 and do the same work twice); on SQLite 0.
    pub fn claim_instance(&mut self) -> Result<u8, StoreError> {
        self.engine.claim_instance()
    }
}

/// Whether `spec` names a PostgreSQL database rather than a file.
pub fn is_postgres_url(spec: &str) -> bool {
    spec.starts_with("postgres://") || spec.starts_with("postgresql://")
}

/// `spec` as it may be printed: a PostgreSQL URL's password is replaced by `***`.
pub fn redacted(spec: &str) -> String {
    if !is_postgres_url(spec) {
        return spec.to_owned();
    }
    let (scheme, rest) = spec.split_once("://").unwrap_or(("postgres", spec));
    match rest.rsplit_once('@') {
        Some((creds, host)) => match creds.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
            None => spec.to_owned(),
        },
        None => spec.to_owned(),
    }
}

/// Matches each share of a batch against the hashes the database newly inserted: the first
/// item with an inserted hash is new, every other item is a duplicate (of an earlier row, or
/// of an earlier item in the same batch).
fn outcomes(
    items: &[(ShareRecord, Vec<LedgerEntry>)],
    mut inserted: std::collections::HashSet<String>,
) -> Vec<Recorded> {
    items
        .iter()
        .map(|(s, _)| {
            if inserted.remove(&s.hash) {
                Recorded::New
            } else {
                Recorded::Duplicate
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(hash: &str) -> ShareRecord {
        ShareRecord {
            worker: "w".into(),
            job_id: "1".into(),
            difficulty: 0.5,
            share_difficulty: 3.0,
            height: 1,
            hash: hash.into(),
            time: 7,
        }
    }

    #[test]
    fn shares_and_blocks_round_trip() {
        let mut s = Store::in_memory().unwrap();
        assert_eq!(s.schema_version().unwrap(), schema_version());
        let b = crate::chain::regtest_genesis();
        let rec = share("00ab");
        assert_eq!(s.record(&rec, None).unwrap(), Recorded::New);
        assert_eq!(
            s.record(&share("00ac"), Some((1, &b))).unwrap(),
            Recorded::New
        );
        assert_eq!(
            s.summary().unwrap(),
            StoreSummary {
                shares: 2,
                blocks: 1
            }
        );
        assert_eq!(s.recent_shares(1).unwrap(), vec![share("00ac")]);
        assert_eq!(s.blocks().unwrap(), vec![(1, b.clone())]);
        // The same share again writes nothing, block or not.
        assert_eq!(s.record(&rec, None).unwrap(), Recorded::Duplicate);
        assert_eq!(s.record(&rec, Some((2, &b))).unwrap(), Recorded::Duplicate);
        // The same height twice is refused, and the share with it (one transaction).
        assert!(matches!(
            s.record(&share("00ad"), Some((1, &b))),
            Err(StoreError::BlockHeightTaken(1))
        ));
        assert_eq!(
            s.summary().unwrap(),
            StoreSummary {
                shares: 2,
                blocks: 1
            }
        );
    }

    #[test]
    fn passwords_are_not_printed() {
        assert_eq!(
            redacted("postgres://pool:s3cret@db:5432/ledger"),
            "postgres://pool:***@db:5432/ledger"
        );
        assert_eq!(redacted("postgresql://pool@db/x"), "postgresql://pool@db/x");
        assert_eq!(redacted("pool.sqlite"), "pool.sqlite");
    }

    #[test]
    fn a_batch_says_which_shares_were_new_and_credits_only_those() {
        let mut s = Store::in_memory().unwrap();
        s.record(&share("01"), None).unwrap();
        let credit = |w: &str| LedgerEntry {
            worker: w.into(),
            amount: 10,
            kind: "share",
            height: 1,
        };
        let items = vec![
            (share("01"), vec![credit("a")]), // stored before
            (share("02"), vec![credit("b")]),
            (share("02"), vec![credit("c")]), // twice in one batch
            (share("03"), vec![credit("d")]),
        ];
        use Recorded::{Duplicate, New};
        assert_eq!(
            s.record_batch(&items).unwrap(),
            vec![Duplicate, New, Duplicate, New]
        );
        let balances = s.balances().unwrap();
        assert_eq!(
            balances.into_iter().collect::<Vec<_>>(),
            vec![("b".to_owned(), 10), ("d".to_owned(), 10)]
        );
        assert_eq!(s.summary().unwrap().shares, 3);
    }

    #[test]
    fn a_file_from_before_versioned_migrations_is_adopted_and_a_newer_one_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        {
            // The schema pool files had before migrations were versioned, with a share in it.
            let db = rusqlite::Connection::open(&path).unwrap();
            db.execute_batch(MIGRATIONS[0].sqlite).unwrap();
            db.execute(
                "INSERT INTO shares (worker, job_id, difficulty, share_difficulty, height, hash, time)
                 VALUES ('w', '1', 1.0, 2.0, 1, 'aa', 5)",
                [],
            )
            .unwrap();
        }
        let mut s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), schema_version());
        assert_eq!(s.summary().unwrap().shares, 1);
        assert_eq!(s.record(&share("aa"), None).unwrap(), Recorded::Duplicate);
        drop(s);
        {
            let db = rusqlite::Connection::open(&path).unwrap();
            db.execute(
                "INSERT INTO pool_migrations (version, name, applied) VALUES (99, 'future', 0)",
                [],
            )
            .unwrap();
        }
        let e = Store::open(&path).unwrap_err();
        assert!(
            matches!(e, StoreError::NewerSchema { found: 99, .. }),
            "{e}"
        );
    }
}
