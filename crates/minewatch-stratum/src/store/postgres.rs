//! The store on PostgreSQL: one ledger for many pool front-ends.
//!
//! The synchronous `postgres` client runs its own small runtime, which may not be entered from
//! a tokio runtime's thread; a call made on one (a pool's task, `spawn_blocking`) runs on a
//! scoped thread of its own instead, and a call from a plain thread (the group-commit writer,
//! the hot path) runs where it is. A connection the server closed is opened again on the next
//! call, so a database that comes back is used again without restarting the pool.

use minewatch_pow::block::Block;
use postgres::{Client, NoTls};

use super::{
    BlockRow, Engine, LedgerEntry, Recorded, ShareRecord, StoreError, StoreSummary, outcomes,
};

/// A PostgreSQL database.
pub(super) struct Postgres {
    url: String,
    client: Client,
    /// This session holds the leader's advisory lock.
    leading: bool,
    /// Days of shares kept (all, when `None`).
    retention: Option<u32>,
    /// When this front-end, leading, last looked after the partitions.
    maintained: Option<std::time::Instant>,
}

/// The advisory lock partition upkeep takes (`minewatch` + 2).
const MAINTENANCE_LOCK: i64 = super::SCHEMA.lock + 2;
/// How often the leader looks after the partitions.
const MAINTENANCE_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);
const DAY: i64 = 86_400;

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The advisory lock of the ledger's leader (`minewatch` + 1).
const LEADER_LOCK: i64 = super::SCHEMA.lock + 1;

impl std::fmt::Debug for Postgres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may carry a password.
        f.debug_struct("Postgres").finish_non_exhaustive()
    }
}

/// Runs `f` where the synchronous client may block: here on a plain thread, on a scoped thread
/// of its own inside a tokio runtime.
pub fn off_runtime<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    if tokio::runtime::Handle::try_current().is_err() {
        return f();
    }
    std::thread::scope(|s| match s.spawn(f).join() {
        Ok(r) => r,
        Err(panic) => std::panic::resume_unwind(panic),
    })
}

/// Connects with a bounded wait: 5 s to connect unless the URL says otherwise, and TCP
/// keepalives, so a database that went away is noticed instead of waited on.
pub fn open(url: &str) -> Result<Client, postgres::Error> {
    let mut config: postgres::Config = url.parse()?;
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(std::time::Duration::from_secs(5));
    }
    config.keepalives(true);
    config.connect(NoTls)
}

impl Postgres {
    pub(super) fn connect(url: &str) -> Result<Self, StoreError> {
        let mut client = off_runtime(|| open(url))?;
        off_runtime(|| migrate(&mut client))?;
        // Today's and tomorrow's partitions before the first share.
        off_runtime(|| maintain(&mut client, unix_now(), None))?;
        Ok(Self {
            url: url.to_owned(),
            client,
            leading: false,
            retention: None,
            maintained: None,
        })
    }

    /// Runs `f` on the connection, opening it again first if the server closed it.
    fn run<R: Send>(
        &mut self,
        f: impl FnOnce(&mut Client) -> Result<R, StoreError> + Send,
    ) -> Result<R, StoreError> {
        let (url, client) = (&self.url, &mut self.client);
        off_runtime(move || {
            if client.is_closed() {
                *client = open(url)?;
            }
            f(client)
        })
    }
}

/// Brings the schema up to date in one transaction, under an advisory lock.
fn migrate(client: &mut Client) -> Result<(), StoreError> {
    super::SCHEMA.apply_postgres(client)?;
    Ok(())
}

fn version_in(c: &mut impl postgres::GenericClient) -> Result<u32, StoreError> {
    Ok(super::SCHEMA.version_postgres(c)?)
}

/// Inserts the shares of `items` that are new (one statement), and the credits of those.
fn insert_shares(
    tx: &mut postgres::Transaction<'_>,
    items: &[(&ShareRecord, &[LedgerEntry])],
) -> Result<std::collections::HashSet<String>, StoreError> {
    let workers: Vec<&str> = items.iter().map(|(s, _)| s.worker.as_str()).collect();
    let jobs: Vec<&str> = items.iter().map(|(s, _)| s.job_id.as_str()).collect();
    let diffs: Vec<f64> = items.iter().map(|(s, _)| s.difficulty).collect();
    let share_diffs: Vec<f64> = items.iter().map(|(s, _)| s.share_difficulty).collect();
    let heights: Vec<i32> = items.iter().map(|(s, _)| s.height as i32).collect();
    let hashes: Vec<&str> = items.iter().map(|(s, _)| s.hash.as_str()).collect();
    let times: Vec<i64> = items.iter().map(|(s, _)| s.time as i64).collect();
    // A share is new when its hash is (share_hashes decides, across every front-end); the
    // first of several with one hash in a batch is the one recorded. What the new shares are
    // worth is added to their buckets in the same statement (in key order, so two front-ends
    // adding to the same buckets lock them in one order).
    let rows = tx.query(
        "WITH input AS (
             SELECT * FROM UNNEST($1::text[], $2::text[], $3::float8[], $4::float8[], $5::int4[],
                                  $6::text[], $7::int8[])
                 AS u(worker, job_id, difficulty, share_difficulty, height, hash, time)
         ), fresh AS (
             INSERT INTO share_hashes (hash, time) SELECT hash, time FROM input
             ON CONFLICT (hash) DO NOTHING RETURNING hash
         ), recorded AS (
             INSERT INTO shares (worker, job_id, difficulty, share_difficulty, height, hash, time)
             SELECT DISTINCT ON (i.hash) i.worker, i.job_id, i.difficulty, i.share_difficulty,
                    i.height, i.hash, i.time
             FROM input i JOIN fresh f ON f.hash = i.hash
             RETURNING id, worker, difficulty, hash
         ), summed AS (
             INSERT INTO share_buckets (bucket, worker, difficulty, shares)
             SELECT id >> $8::int4, worker, SUM(difficulty), COUNT(*) FROM recorded
             GROUP BY 1, 2 ORDER BY 1, 2
             ON CONFLICT (bucket, worker) DO UPDATE
                 SET difficulty = share_buckets.difficulty + EXCLUDED.difficulty,
                     shares = share_buckets.shares + EXCLUDED.shares
         )
         SELECT hash FROM recorded",
        &[
            &workers,
            &jobs,
            &diffs,
            &share_diffs,
            &heights,
            &hashes,
            &times,
            &super::postgres_credit::BUCKET_BITS,
        ],
    )?;
    let inserted: std::collections::HashSet<String> =
        rows.iter().map(|r| r.get::<_, String>(0)).collect();
    // Credits of the new shares only (the first item of each inserted hash).
    let mut credited = std::collections::HashSet::new();
    let (mut w, mut a, mut k, mut h, mut t) = (vec![], vec![], vec![], vec![], vec![]);
    for (s, credits) in items {
        if !inserted.contains(&s.hash) || !credited.insert(s.hash.as_str()) {
            continue;
        }
        for c in *credits {
            w.push(c.worker.as_str());
            a.push(c.amount as i64);
            k.push(c.kind);
            h.push(c.height as i32);
            t.push(s.time as i64);
        }
    }
    if !w.is_empty() {
        tx.execute(
            "INSERT INTO ledger (worker, amount, kind, height, time)
             SELECT * FROM UNNEST($1::text[], $2::int8[], $3::text[], $4::int4[], $5::int8[])",
            &[&w, &a, &k, &h, &t],
        )?;
    }
    Ok(inserted)
}

impl Engine for Postgres {
    fn schema_version(&mut self) -> Result<u32, StoreError> {
        self.run(version_in)
    }

    fn record_one(
        &mut self,
        share: &ShareRecord,
        block: Option<(u32, &Block)>,
        credits: &[LedgerEntry],
    ) -> Result<Recorded, StoreError> {
        let block = block.map(|(h, b)| (h as i32, b.block_hash().to_string(), b.encode()));
        self.run(move |c| {
            let mut tx = c.transaction()?;
            if insert_shares(&mut tx, &[(share, credits)])?.is_empty() {
                return Ok(Recorded::Duplicate); // dropping `tx` rolls back
            }
            if let Some((height, hash, raw)) = &block {
                // A block recorded without its payouts is the leader's to credit.
                let credited = credits.iter().any(|c| c.kind == "block");
                let inserted = tx.execute(
                    "INSERT INTO blocks (height, hash, raw, worker, time, credited)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (height) DO NOTHING",
                    &[
                        height,
                        hash,
                        raw,
                        &share.worker,
                        &(share.time as i64),
                        &credited,
                    ],
                )?;
                if inserted == 0 {
                    return Err(StoreError::BlockHeightTaken(*height as u32)); // rolls back
                }
            }
            tx.commit()?;
            Ok(Recorded::New)
        })
    }

    fn record_batch(
        &mut self,
        items: &[(ShareRecord, Vec<LedgerEntry>)],
    ) -> Result<Vec<Recorded>, StoreError> {
        let inserted = self.run(|c| {
            let mut tx = c.transaction()?;
            let refs: Vec<(&ShareRecord, &[LedgerEntry])> =
                items.iter().map(|(s, c)| (s, c.as_slice())).collect();
            let inserted = insert_shares(&mut tx, &refs)?;
            tx.commit()?;
            Ok(inserted)
        })?;
        Ok(outcomes(items, inserted))
    }

    fn blocks(&mut self) -> Result<Vec<(u32, Vec<u8>)>, StoreError> {
        self.run(|c| {
            Ok(
                c.query("SELECT height, raw FROM blocks ORDER BY height", &[])?
                    .iter()
                    .map(|r| (r.get::<_, i32>(0) as u32, r.get::<_, Vec<u8>>(1)))
                    .collect(),
            )
        })
    }

    fn block_at(&mut self, height: u32) -> Result<Option<Vec<u8>>, StoreError> {
        let height = height as i32;
        self.run(move |c| {
            Ok(
                c.query_opt("SELECT raw FROM blocks WHERE height = $1", &[&height])?
                    .map(|r| r.get(0)),
            )
        })
    }

    fn block_rows(&mut self, before: Option<u32>, n: u32) -> Result<Vec<BlockRow>, StoreError> {
        let before = before.map_or(i64::MAX, i64::from);
        self.run(move |c| {
            Ok(c.query(
                "SELECT height, hash, worker, time FROM blocks WHERE height < $1::BIGINT
                 ORDER BY height DESC LIMIT $2",
                &[&before, &i64::from(n)],
            )?
            .iter()
            .map(|r| BlockRow {
                height: r.get::<_, i32>(0) as u32,
                hash: r.get(1),
                worker: r.get(2),
                time: r.get::<_, i64>(3) as u64,
            })
            .collect())
        })
    }

    fn recent_shares(&mut self, n: u32) -> Result<Vec<ShareRecord>, StoreError> {
        self.run(move |c| {
            Ok(c.query(
                "SELECT worker, job_id, difficulty, share_difficulty, height, hash, time
                 FROM shares ORDER BY id DESC LIMIT $1",
                &[&i64::from(n)],
            )?
            .iter()
            .map(|r| ShareRecord {
                worker: r.get(0),
                job_id: r.get(1),
                difficulty: r.get(2),
                share_difficulty: r.get(3),
                height: r.get::<_, i32>(4) as u32,
                hash: r.get(5),
                time: r.get::<_, i64>(6) as u64,
            })
            .collect())
        })
    }

    fn balances(&mut self) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
        self.run(|c| {
            Ok(c.query(
                "SELECT worker, SUM(amount)::BIGINT FROM ledger GROUP BY worker",
                &[],
            )?
            .iter()
            .map(|r| (r.get::<_, String>(0), r.get::<_, i64>(1) as u64))
            .collect())
        })
    }

    fn lead(
        &mut self,
        scheme: crate::accounting::Scheme,
        pool_fee: f64,
    ) -> Result<Option<usize>, StoreError> {
        if self.client.is_closed() {
            self.leading = false; // a new session holds no lock
        }
        let mut leading = self.leading;
        let r = self.run(|c| {
            if !leading {
                leading = c
                    .query_one("SELECT pg_try_advisory_lock($1)", &[&LEADER_LOCK])?
                    .get(0);
                if !leading {
                    return Ok(None);
                }
            }
            super::postgres_credit::credit_pending_blocks(c, scheme, pool_fee).map(Some)
        });
        self.leading = leading && !self.client.is_closed();
        if self.leading
            && r.is_ok()
            && self
                .maintained
                .is_none_or(|t| t.elapsed() >= MAINTENANCE_EVERY)
        {
            let retention = self.retention;
            match self.run(|c| maintain(c, unix_now(), retention)) {
                Ok(dropped) if dropped > 0 => {
                    tracing::info!("retention: dropped {dropped} day partitions of shares");
                }
                Ok(_) => {}
                Err(e) => tracing::warn!("partition upkeep: {e}"),
            }
            self.maintained = Some(std::time::Instant::now());
        }
        r
    }

    fn agree_terms(&mut self, scheme: &str, fee: f64, change: bool) -> Result<(), StoreError> {
        self.run(|c| {
            let mut tx = c.transaction()?;
            tx.execute(
                "INSERT INTO pool_terms (scheme, fee) VALUES ($1, $2) ON CONFLICT (one) DO NOTHING",
                &[&scheme, &fee],
            )?;
            let r = tx.query_one("SELECT scheme, fee FROM pool_terms FOR UPDATE", &[])?;
            let (recorded_scheme, recorded_fee): (String, f64) = (r.get(0), r.get(1));
            if recorded_scheme != scheme || recorded_fee != fee {
                if !change {
                    return Err(StoreError::TermsDiffer {
                        recorded_scheme,
                        recorded_fee,
                        scheme: scheme.to_owned(),
                        fee,
                    });
                }
                tx.execute(
                    "UPDATE pool_terms SET scheme = $1, fee = $2",
                    &[&scheme, &fee],
                )?;
                tracing::warn!(
                    "the ledger's terms changed from {recorded_scheme} (fee {recorded_fee}) to {scheme} (fee {fee})"
                );
            }
            tx.commit()?;
            Ok(())
        })
    }

    fn set_retention(&mut self, days: u32) -> Result<(), StoreError> {
        self.retention = Some(days);
        Ok(())
    }

    fn maintain(&mut self, now: u64) -> Result<usize, StoreError> {
        let retention = self.retention;
        self.run(|c| maintain(c, now, retention))
    }

    fn claim_instance(&mut self) -> Result<u8, StoreError> {
        self.run(|c| {
            let n: i64 = c.query_one("SELECT nextval('pool_frontends')", &[])?.get(0);
            Ok((n.rem_euclid(256)) as u8)
        })
    }

    fn summary(&mut self) -> Result<StoreSummary, StoreError> {
        self.run(|c| {
            let r = c.query_one(
                "SELECT (SELECT COUNT(*) FROM shares), (SELECT COUNT(*) FROM blocks)",
                &[],
            )?;
            Ok(StoreSummary {
                shares: r.get::<_, i64>(0) as u64,
                blocks: r.get::<_, i64>(1) as u64,
            })
        })
    }
}

/// Partition upkeep, in one transaction under [`MAINTENANCE_LOCK`]: a partition for today and
/// tomorrow and for every day the default partition holds rows of (its rows moved there), then,
/// with `retention` days, every day partition wholly older than that dropped, with the default
/// partition's old rows and the hashes of what was dropped, and the share buckets no window
/// can reach ([`super::postgres_credit::prune_buckets`]). Returns the partitions dropped.
fn maintain(c: &mut Client, now: u64, retention: Option<u32>) -> Result<usize, StoreError> {
    let now = i64::try_from(now).unwrap_or(i64::MAX);
    let today = now.div_euclid(DAY);
    let mut tx = c.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MAINTENANCE_LOCK])?;
    let mut days: Vec<i64> = tx
        .query(
            "SELECT DISTINCT div(time, 86400)::BIGINT FROM shares_default",
            &[],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    days.extend([today, today + 1]);
    days.sort_unstable();
    days.dedup();
    for d in days {
        // Shares stamped with absurd times stay in the default partition.
        if (0..=today + 2).contains(&d) {
            ensure_day(&mut tx, d)?;
        }
    }
    let mut dropped = 0;
    if let Some(keep) = retention {
        let cutoff = now - i64::from(keep) * DAY;
        for (name, d) in day_partitions(&mut tx)? {
            if (d + 1) * DAY <= cutoff {
                tx.batch_execute(&format!("DROP TABLE {name}"))?;
                dropped += 1;
            }
        }
        tx.execute("DELETE FROM shares_default WHERE time < $1", &[&cutoff])?;
        tx.execute("DELETE FROM share_hashes WHERE time < $1", &[&cutoff])?;
        // The sums of shares outlive them, as far back as a window can reach.
        super::postgres_credit::prune_buckets(&mut tx)?;
    }
    tx.commit()?;
    Ok(dropped)
}

/// Makes day `d`'s partition (`shares_d<d>`, days since 1970) if there is none, moving the
/// default partition's rows of that day into it.
fn ensure_day(tx: &mut postgres::Transaction<'_>, d: i64) -> Result<(), StoreError> {
    let name = format!("shares_d{d}");
    let exists: bool = tx
        .query_one("SELECT to_regclass($1) IS NOT NULL", &[&name])?
        .get(0);
    if exists {
        return Ok(());
    }
    let (from, to) = (d * DAY, (d + 1) * DAY);
    tx.batch_execute(&format!(
        "CREATE TABLE {name} (LIKE shares INCLUDING DEFAULTS);
         INSERT INTO {name} SELECT * FROM shares_default WHERE time >= {from} AND time < {to};
         DELETE FROM shares_default WHERE time >= {from} AND time < {to};
         ALTER TABLE shares ATTACH PARTITION {name} FOR VALUES FROM ({from}) TO ({to});"
    ))?;
    Ok(())
}

/// The day partitions of shares: (name, day).
fn day_partitions(tx: &mut postgres::Transaction<'_>) -> Result<Vec<(String, i64)>, StoreError> {
    Ok(tx
        .query(
            "SELECT c.relname::TEXT FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
             WHERE i.inhparent = 'shares'::regclass",
            &[],
        )?
        .iter()
        .filter_map(|r| {
            let name: String = r.get(0);
            let d = name.strip_prefix("shares_d")?.parse().ok()?;
            Some((name, d))
        })
        .collect())
}

/// Whether `name` may be spliced into SQL as an identifier: lower-case ASCII letters, digits
/// and underscores, starting with a letter, at most 63 bytes.
fn plain_identifier(name: &str) -> bool {
    name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Creates schema `name` in the database at `url` and returns a URL whose connections use it
/// (its tables go there, out of the way of the database's own): for benchmarks and trials on
/// a database that holds a real ledger.
pub fn create_scratch_schema(url: &str, name: &str) -> Result<String, StoreError> {
    if !plain_identifier(name) {
        return Err(StoreError::Migration {
            version: 0,
            name: "scratch schema",
            why: format!("{name:?} is not a plain identifier"),
        });
    }
    off_runtime(|| {
        let mut c = Client::connect(url, NoTls)?;
        c.batch_execute(&format!("CREATE SCHEMA {name}"))
    })?;
    let sep = if url.contains('?') { '&' } else { '?' };
    Ok(format!("{url}{sep}options=-c%20search_path%3D{name}"))
}

/// Drops a schema [`create_scratch_schema`] made, with everything in it.
pub fn drop_scratch_schema(url: &str, name: &str) -> Result<(), StoreError> {
    if !plain_identifier(name) {
        return Ok(());
    }
    off_runtime(|| {
        let mut c = Client::connect(url, NoTls)?;
        c.batch_execute(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"))
    })?;
    Ok(())
}

/// The server's durability settings, as `fsync=on, synchronous_commit=on`.
pub fn postgres_settings(url: &str) -> Result<String, StoreError> {
    off_runtime(|| {
        let mut c = Client::connect(url, NoTls)?;
        let fsync: String = c.query_one("SHOW fsync", &[])?.get(0);
        let sync: String = c.query_one("SHOW synchronous_commit", &[])?.get(0);
        Ok(format!("fsync={fsync}, synchronous_commit={sync}"))
    })
}
