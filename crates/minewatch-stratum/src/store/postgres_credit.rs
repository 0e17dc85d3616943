//! Block payouts on PostgreSQL, credited by the ledger's leader from the shares every
//! front-end recorded.
//!
//! A PPLNS window spans `n` x network difficulty of shares: on mainnet, for a pool of a few
//! percent of the network, that is hours to days of its shares, millions to billions of rows,
//! too many to read for each block. So each share's worth is also added, as it is recorded, to
//! its bucket in `share_buckets`: the sum of difficulty by worker over 2^[`BUCKET_BITS`]
//! consecutive share ids. A window (or a PROP round) is then read as exact shares in the
//! bucket where it ends (the finder's share), whole buckets below it, and exact shares again in
//! the bucket where it starts: the same shares, in the same order, as reading every share
//! newest first, at the cost of two buckets' rows and one row per worker and bucket between.

use std::collections::BTreeMap;

use minewatch_pow::block::Block;
use postgres::{Client, GenericClient};

use super::StoreError;
use crate::accounting::{Credit, Economics, Scheme, block_payouts};

/// A bucket holds the shares whose ids agree but for their low `BUCKET_BITS` bits (2^20 =
/// 1,048,576 ids: at 10,000 shares/s, 105 s of shares, in which a miner sending a share every
/// 10 s appears about 10 times).
pub(super) const BUCKET_BITS: i32 = 20;

/// How much of the newest buckets the leader keeps when it prunes them: this many times the
/// network difficulty of the newest block (a window of `n` up to 4, after difficulty grew 4x).
const KEEP_DIFFICULTIES: f64 = 16.0;

fn first_id(bucket: i64) -> i64 {
    bucket << BUCKET_BITS
}

fn last_id(bucket: i64) -> i64 {
    ((bucket + 1) << BUCKET_BITS) - 1
}

fn bucket_of(id: i64) -> i64 {
    id >> BUCKET_BITS
}

/// What a window is made of so far: difficulty by worker, and how much room is left.
struct Sums {
    by_worker: BTreeMap<String, f64>,
    /// Difficulty still to take (infinite for a PROP round).
    room: f64,
}

impl Sums {
    fn full(&self) -> bool {
        self.room <= 0.0
    }

    fn add(&mut self, worker: String, difficulty: f64) {
        *self.by_worker.entry(worker).or_default() += difficulty;
    }
}

/// Takes the shares with ids in `lo..=hi`, newest first, while there is room (the last one
/// taken in part, as [`block_payouts`] does). Returns how many shares the range holds
/// (called only with room left, so a range with shares always returns a row).
fn take_exact(
    c: &mut impl GenericClient,
    lo: i64,
    hi: i64,
    s: &mut Sums,
) -> Result<i64, StoreError> {
    if lo > hi {
        return Ok(0);
    }
    // `before` is the difficulty of the range's newer shares: a share is in the window while
    // `before` is under the room, and is taken up to what is left.
    let rows = c.query(
        "SELECT worker, SUM(LEAST(difficulty, $3::float8 - before))::float8,
                SUM(difficulty)::float8, MAX(n)
         FROM (SELECT worker, difficulty,
                      COALESCE(SUM(difficulty) OVER (ORDER BY id DESC ROWS BETWEEN UNBOUNDED
                               PRECEDING AND 1 PRECEDING), 0) AS before,
                      COUNT(*) OVER () AS n
               FROM shares WHERE id >= $1 AND id <= $2) s
         WHERE before < $3::float8
         GROUP BY worker",
        &[&lo, &hi, &s.room],
    )?;
    let mut taken = 0.0;
    let mut n = 0;
    for r in rows {
        let difficulty: f64 = r.get(1);
        taken += difficulty;
        n = r.get::<_, i64>(3);
        s.add(r.get(0), difficulty);
    }
    // With room left the range's newest share is always taken, so no rows means no shares.
    s.room -= taken;
    Ok(n)
}

/// Difficulty by worker of the shares with ids in `above + 1..=upto`, newest first, up to
/// `room` of it (infinite: all of them).
fn window(
    c: &mut impl GenericClient,
    above: i64,
    upto: i64,
    room: f64,
) -> Result<Vec<Credit>, StoreError> {
    let mut s = Sums {
        by_worker: BTreeMap::new(),
        room,
    };
    let (bottom, top) = (bucket_of(above + 1), bucket_of(upto));
    // The bucket the range ends in, exactly: it may hold shares newer than `upto`.
    take_exact(c, (above + 1).max(first_id(top)), upto, &mut s)?;
    if bottom < top && !s.full() {
        // Whole buckets strictly between, newest first, while each fits.
        let totals = c.query(
            "SELECT bucket, SUM(difficulty)::float8, SUM(shares)::BIGINT FROM share_buckets
             WHERE bucket > $1 AND bucket < $2 GROUP BY bucket ORDER BY bucket DESC",
            &[&bottom, &top],
        )?;
        let mut whole_from = top;
        let mut edge = Some((bottom, 0));
        for r in &totals {
            let (b, total, shares): (i64, f64, i64) = (r.get(0), r.get(1), r.get(2));
            if total > s.room {
                edge = Some((b, shares));
                break;
            }
            s.room -= total;
            whole_from = b;
            if s.full() {
                edge = None;
                break;
            }
        }
        if whole_from < top {
            for r in c.query(
                "SELECT worker, SUM(difficulty)::float8 FROM share_buckets
                 WHERE bucket >= $1 AND bucket < $2 GROUP BY worker",
                &[&whole_from, &top],
            )? {
                s.add(r.get(0), r.get(1));
            }
        }
        match edge {
            // The range starts inside the bottom bucket: its shares from there, exactly.
            Some((b, _)) if b == bottom => {
                take_exact(c, above + 1, last_id(b), &mut s)?;
            }
            // The window ends inside a whole bucket: its newest shares, exactly, or, where
            // retention dropped some of them, each worker's part of the bucket in proportion.
            Some((b, shares)) => {
                let mut exact = Sums {
                    by_worker: BTreeMap::new(),
                    room: s.room,
                };
                if take_exact(c, first_id(b), last_id(b), &mut exact)? >= shares {
                    s.room = exact.room;
                    for (w, d) in exact.by_worker {
                        s.add(w, d);
                    }
                } else {
                    tracing::warn!(
                        bucket = b,
                        "PPLNS window ends in shares retention dropped: that bucket is shared in proportion"
                    );
                    let rows = c.query(
                        "SELECT worker, difficulty FROM share_buckets WHERE bucket = $1",
                        &[&b],
                    )?;
                    let total: f64 = rows.iter().map(|r| r.get::<_, f64>(1)).sum();
                    let part = s.room / total;
                    for r in rows {
                        s.add(r.get(0), r.get::<_, f64>(1) * part);
                    }
                    s.room = 0.0;
                }
            }
            None => {}
        }
    }
    Ok(s.by_worker
        .into_iter()
        .map(|(worker, difficulty)| Credit { worker, difficulty })
        .collect())
}

/// Credits the payouts of every block recorded without them, oldest first, each in one
/// transaction with the block marked credited (so a leader that dies mid-way leaves nothing
/// half done, and the next one does not pay twice). The shares come from the database: the
/// PPLNS window is the newest `n` x network difficulty of shares up to the finder's, the PROP
/// round the shares since the previous block's; the reward is what the block's coinbase pays.
pub(super) fn credit_pending_blocks(
    c: &mut Client,
    scheme: Scheme,
    pool_fee: f64,
) -> Result<usize, StoreError> {
    let pending = c.query(
        "SELECT b.height, b.raw, b.worker, s.id FROM blocks b JOIN shares s ON s.hash = b.hash
         WHERE NOT b.credited ORDER BY b.height",
        &[],
    )?;
    let mut done = 0;
    for row in &pending {
        let height: i32 = row.get(0);
        let raw: Vec<u8> = row.get(1);
        let finder: String = row.get(2);
        let share_id: i64 = row.get(3);
        let block = Block::decode(&raw).map_err(|_| StoreError::CorruptBlock(height as u32))?;
        let reward: u64 = block
            .txdata
            .first()
            .map_or(0, |cb| cb.outputs.iter().map(|o| o.value).sum());
        let e = Economics {
            network_difficulty: block.header.bits.difficulty(),
            subsidy: 0,
            expected_fees: 0,
            pool_fee,
        };
        let recent = match scheme {
            Scheme::Pplns { n } => window(c, 0, share_id, n * e.network_difficulty)?,
            Scheme::Prop => {
                let since: i64 = c
                    .query_opt(
                        "SELECT s.id FROM blocks b JOIN shares s ON s.hash = b.hash
                         WHERE b.height < $1 ORDER BY b.height DESC LIMIT 1",
                        &[&height],
                    )?
                    .map_or(0, |r| r.get(0));
                window(c, since, share_id, f64::INFINITY)?
            }
            Scheme::Solo | Scheme::Pps | Scheme::Fpps => Vec::new(),
        };
        let payouts = block_payouts(scheme, &recent, 0, &finder, reward, &e);
        let mut tx = c.transaction()?;
        let marked = tx.execute(
            "UPDATE blocks SET credited = TRUE WHERE height = $1 AND NOT credited",
            &[&height],
        )?;
        if marked == 1 {
            let time: i64 = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            for (worker, amount) in &payouts {
                tx.execute(
                    "INSERT INTO ledger (worker, amount, kind, height, time) VALUES ($1, $2, 'block', $3, $4)",
                    &[worker, &(*amount as i64), &height, &time],
                )?;
            }
            tx.commit()?;
            done += 1;
        }
    }
    Ok(done)
}

/// Drops the buckets no window can reach any more: those below the newest
/// [`KEEP_DIFFICULTIES`] x the newest block's network difficulty of shares (nothing before a
/// block is recorded, nor while an older block waits for its payouts). Returns the rows
/// dropped.
pub(super) fn prune_buckets(c: &mut impl GenericClient) -> Result<u64, StoreError> {
    if c.query_one("SELECT COUNT(*) FROM blocks WHERE NOT credited", &[])?
        .get::<_, i64>(0)
        > 0
    {
        return Ok(0);
    }
    let Some(row) = c.query_opt("SELECT raw FROM blocks ORDER BY height DESC LIMIT 1", &[])? else {
        return Ok(0);
    };
    let raw: Vec<u8> = row.get(0);
    let Ok(block) = Block::decode(&raw) else {
        return Ok(0);
    };
    let keep = KEEP_DIFFICULTIES * block.header.bits.difficulty();
    // The newest bucket at which the newer buckets' total reaches `keep`; those below it go.
    let Some(row) = c.query_opt(
        "SELECT bucket FROM (
             SELECT bucket, SUM(total) OVER (ORDER BY bucket DESC) AS newer
             FROM (SELECT bucket, SUM(difficulty) AS total FROM share_buckets GROUP BY bucket) t
         ) k WHERE newer >= $1 ORDER BY bucket DESC LIMIT 1",
        &[&keep],
    )?
    else {
        return Ok(0);
    };
    let oldest_kept: i64 = row.get(0);
    Ok(c.execute(
        "DELETE FROM share_buckets WHERE bucket < $1",
        &[&oldest_kept],
    )?)
}
