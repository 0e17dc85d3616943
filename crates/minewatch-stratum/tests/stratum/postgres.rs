//! The pool's store on a real PostgreSQL server (the throwaway cluster scripts/test.sh starts
//! and names in MINEWATCH_TEST_POSTGRES): the same answers as SQLite, migrations that several
//! front-ends may race, and one ledger for several front-ends.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use minewatch_stratum::store::{
    LedgerEntry, MIGRATIONS, Recorded, ShareRecord, Store, StoreError, schema_version,
};
use serde_json::json;

use crate::pool_protocol::{recorded_sessions, replay_session, serve_recorded_job};

/// A new, empty database on the test cluster; its URL.
pub(crate) fn fresh_database(tag: &str) -> String {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let admin = std::env::var("MINEWATCH_TEST_POSTGRES").expect(
        "the PostgreSQL tests need MINEWATCH_TEST_POSTGRES=postgres://USER@HOST:PORT/DB: \
         run them through `bash scripts/test.sh`, which starts a throwaway cluster",
    );
    let name = format!(
        "mw_{tag}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    // The synchronous client may not run on a tokio runtime's thread: a thread of its own.
    let sql = format!("CREATE DATABASE {name}");
    let url = admin.clone();
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot reach the test cluster at {url}: {e}"));
        c.batch_execute(&sql).unwrap();
    })
    .join()
    .unwrap();
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    format!("{base}/{name}")
}

/// Runs SQL on `url` from a thread of its own; the rows' first columns as i64.
fn query_i64(url: &str, sql: &str) -> Vec<i64> {
    let (url, sql) = (url.to_owned(), sql.to_owned());
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        c.query(&sql, &[])
            .unwrap()
            .iter()
            .map(|r| r.get::<_, i64>(0))
            .collect()
    })
    .join()
    .unwrap()
}

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

fn credit(worker: &str) -> LedgerEntry {
    LedgerEntry {
        worker: worker.into(),
        amount: 10,
        kind: "share",
        height: 1,
    }
}

#[test]
fn postgres_store_answers_as_sqlite_does() {
    let url = fresh_database("answers");
    let mut pg = Store::connect_postgres(&url).unwrap();
    let mut lite = Store::in_memory().unwrap();
    assert_eq!(pg.kind(), "postgres");
    let genesis = minewatch_stratum::chain::regtest_genesis();
    let items = vec![
        (share("01"), vec![credit("a")]),
        (share("02"), vec![credit("b"), credit("a")]),
        (share("02"), vec![credit("c")]), // twice in one batch: the second is a duplicate
    ];
    for s in [&mut pg, &mut lite] {
        assert_eq!(s.schema_version().unwrap(), schema_version());
        use Recorded::{Duplicate, New};
        assert_eq!(s.record_batch(&items).unwrap(), vec![New, New, Duplicate]);
        assert_eq!(s.record_batch(&items[..1]).unwrap(), vec![Duplicate]);
        assert_eq!(
            s.record_with_credits(&share("03"), Some((1, &genesis)), &[credit("b")])
                .unwrap(),
            New
        );
        assert_eq!(
            s.record_with_credits(&share("03"), Some((2, &genesis)), &[credit("z")])
                .unwrap(),
            Duplicate
        );
        // A second block at a height is refused with its share (one transaction).
        assert!(matches!(
            s.record(&share("04"), Some((1, &genesis))),
            Err(StoreError::BlockHeightTaken(1))
        ));
    }
    assert_eq!(pg.summary().unwrap(), lite.summary().unwrap());
    assert_eq!(pg.balances().unwrap(), lite.balances().unwrap());
    assert_eq!(
        pg.balances().unwrap().into_iter().collect::<Vec<_>>(),
        vec![("a".to_owned(), 20), ("b".to_owned(), 20)]
    );
    assert_eq!(
        pg.recent_shares(10).unwrap(),
        lite.recent_shares(10).unwrap()
    );
    assert_eq!(pg.blocks().unwrap(), vec![(1, genesis.clone())]);
    assert_eq!(
        pg.block_rows(None, 5).unwrap(),
        lite.block_rows(None, 5).unwrap()
    );
}

#[test]
fn front_ends_starting_together_migrate_once_and_a_newer_schema_is_refused() {
    let url = fresh_database("migrate");
    let stores: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..6)
            .map(|_| s.spawn(|| Store::connect_postgres(&url)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for st in stores {
        assert_eq!(st.unwrap().schema_version().unwrap(), schema_version());
    }
    assert_eq!(
        query_i64(&url, "SELECT COUNT(*) FROM pool_migrations"),
        vec![MIGRATIONS.len() as i64]
    );
    query_i64(
        &url,
        "INSERT INTO pool_migrations (version, name, applied) VALUES (99, 'future', 0) RETURNING 0::BIGINT",
    );
    let e = Store::connect_postgres(&url).unwrap_err();
    assert!(
        matches!(e, StoreError::NewerSchema { found: 99, .. }),
        "{e}"
    );
}

#[test]
fn an_unreachable_database_is_an_error_naming_it() {
    // A port nothing listens on (bound, then closed).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let e =
        Store::open_spec(&format!("postgres://minewatch:secret@127.0.0.1:{port}/x")).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("PostgreSQL"), "{msg}");
    assert!(!msg.contains("secret"), "{msg}");
}

/// Two front-ends serving the same work with one PostgreSQL ledger: cpuminer 2.5.1 and
/// cpuminer-opt 26.1 found the very same share in their recorded sessions; replayed against
/// different front-ends, the first is accepted and the second is a duplicate (22), which no
/// front-end could tell from its own memory. The share is in the database once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_share_sent_to_two_front_ends_is_recorded_once() {
    let url = fresh_database("frontends");
    let (a, pool_a, _stop_a) = serve_recorded_job(Store::open_spec(&url).unwrap()).await;
    let (b, _pool_b, _stop_b) = serve_recorded_job(Store::open_spec(&url).unwrap()).await;
    let sessions = recorded_sessions();
    let (cpuminer, cpuminer_opt) = (sessions[0], sessions[1]);
    let first = replay_session(a, cpuminer).await;
    assert_eq!(first.submits, vec![Ok(json!(true))]);
    let second = replay_session(b, cpuminer_opt).await;
    assert_eq!(
        second.submits,
        vec![Err(22)],
        "duplicate share, from the ledger"
    );
    // And once more on the first front-end: its own memory says so too.
    let third = replay_session(a, cpuminer_opt).await;
    assert_eq!(third.submits, vec![Err(22)]);
    assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM shares"), vec![1]);
    assert_eq!(pool_a.stored().unwrap().shares, 1);
}

/// The ledger's leader: of two front-ends only one leads (an advisory lock); it credits a
/// block's PPLNS payouts from the shares in the database, whichever front-ends accepted them,
/// once; when it goes, the other takes over and credits the next block.
#[test]
fn one_leader_credits_block_payouts_from_the_database_once_and_another_takes_over() {
    use minewatch_stratum::accounting::Scheme;
    let url = fresh_database("leader");
    let mut first = Store::connect_postgres(&url).unwrap();
    let mut second = Store::connect_postgres(&url).unwrap();
    // A block at network difficulty 1 paying 50 BTC (the genesis coinbase), found by a share
    // whose header is the block's.
    let block_at = |time: u32| {
        let mut b = minewatch_stratum::chain::regtest_genesis();
        b.header.bits = minewatch_pow::CompactTarget(0x1d00_ffff);
        b.header.time = time;
        b
    };
    let at = |worker: &str, hash: String| ShareRecord {
        worker: worker.into(),
        difficulty: 0.5,
        hash,
        ..share("")
    };
    let plain: Vec<_> = ["a", "a", "a", "b", "b"]
        .iter()
        .enumerate()
        .map(|(i, w)| (at(w, format!("{i:064x}")), Vec::new()))
        .collect();
    first.record_batch(&plain).unwrap();
    let b1 = block_at(1);
    // Recorded without its payouts: the leader's to credit.
    let finder = at("b", b1.block_hash().to_string());
    first.record(&finder, Some((1, &b1))).unwrap();
    let pplns = Scheme::Pplns { n: 2.0 };
    assert_eq!(first.lead(pplns, 0.0).unwrap(), Some(1));
    assert_eq!(
        second.lead(pplns, 0.0).unwrap(),
        None,
        "one leader at a time"
    );
    assert_eq!(first.lead(pplns, 0.0).unwrap(), Some(0), "credited once");
    // The window is the newest 2 x difficulty 1 of shares: b's block share, b, b and one a.
    let balances = second.balances().unwrap();
    assert_eq!(balances["a"], 1_250_000_000);
    assert_eq!(balances["b"], 3_750_000_000);
    // The leader goes (its session ends); the other front-end leads and credits the next.
    drop(first);
    let b2 = block_at(2);
    second
        .record(&at("a", b2.block_hash().to_string()), Some((2, &b2)))
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let credited = loop {
        match second.lead(pplns, 0.0).unwrap() {
            Some(n) => break n,
            None if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            None => panic!("the lock was not released with the leader's session"),
        }
    };
    assert_eq!(credited, 1);
    let balances = second.balances().unwrap();
    assert_eq!(balances["a"], 2 * 1_250_000_000);
    assert_eq!(balances["b"], 2 * 3_750_000_000);
    assert_eq!(
        query_i64(&url, "SELECT COUNT(*) FROM blocks WHERE NOT credited"),
        vec![0]
    );
}

fn share_at(hash: &str, time: u64) -> ShareRecord {
    ShareRecord {
        time,
        ..share(hash)
    }
}

/// Shares are partitioned by day: a ledger of the schema before (one table, unique hashes)
/// keeps every share through the migration and its shares move into their days; retention
/// drops whole old days with their hashes and keeps the rest, blocks and credits; a share is
/// still unique across the partitions.
#[test]
fn shares_partitioned_by_day_survive_the_migration_and_retention_drops_old_days() {
    let url = fresh_database("partitions");
    let day = 86_400u64;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    // A ledger as version 4 left it, holding shares of today, 3 days ago and 10 days ago.
    let v4 = minewatch_stratum::store::Schema {
        migrations: &MIGRATIONS[..4],
        ..minewatch_stratum::store::SCHEMA
    };
    {
        let url = url.clone();
        std::thread::spawn(move || {
            let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
            v4.apply_postgres(&mut c).unwrap();
            for (hash, age) in [("today", 0), ("three", 3), ("ten", 10)] {
                c.execute(
                    "INSERT INTO shares (worker, job_id, difficulty, share_difficulty, height, hash, time)
                     VALUES ('w', '1', 0.5, 3.0, 1, $1, $2)",
                    &[&hash, &((now - age * day) as i64)],
                )
                .unwrap();
            }
        })
        .join()
        .unwrap();
    }
    let mut store = Store::connect_postgres(&url).unwrap();
    assert_eq!(store.schema_version().unwrap(), schema_version());
    assert_eq!(store.summary().unwrap().shares, 3, "every share kept");
    // Each share sits in its day's partition; the default partition is empty.
    let today = (now / day) as i64;
    let parts = query_i64(
        &url,
        "SELECT substr(c.relname, 9)::BIGINT FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = 'shares'::regclass AND c.relname ~ '^shares_d[0-9]+$' ORDER BY 1",
    );
    assert_eq!(parts, vec![today - 10, today - 3, today, today + 1]);
    assert_eq!(
        query_i64(&url, "SELECT COUNT(*) FROM shares_default"),
        vec![0]
    );
    // Still unique by hash across days and front-ends; new shares go to today's partition.
    assert_eq!(
        store.record(&share_at("three", now), None).unwrap(),
        Recorded::Duplicate
    );
    assert_eq!(
        store
            .record_batch(&[
                (share_at("fresh", now), vec![credit("w")]),
                (share_at("fresh", now), vec![credit("w")]),
                (share_at("ten", now - 10 * day), vec![]),
            ])
            .unwrap(),
        vec![Recorded::New, Recorded::Duplicate, Recorded::Duplicate]
    );
    assert_eq!(
        query_i64(&url, &format!("SELECT COUNT(*) FROM shares_d{today}")),
        vec![2]
    );
    // Retention of 5 days: the day 10 days ago goes, with its hash; the rest stays.
    let mut store = store.with_retention(5).unwrap();
    assert_eq!(store.maintain(now).unwrap(), 1);
    assert_eq!(store.summary().unwrap().shares, 3);
    let hashes: Vec<String> = store
        .recent_shares(10)
        .unwrap()
        .into_iter()
        .map(|s| s.hash)
        .collect();
    assert!(!hashes.contains(&"ten".to_owned()), "{hashes:?}");
    assert_eq!(
        query_i64(&url, "SELECT COUNT(*) FROM share_hashes WHERE hash = 'ten'"),
        vec![0]
    );
    assert_eq!(store.balances().unwrap()["w"], 10, "credits are kept");
    // Upkeep again does nothing more; retention needs a day at least and PostgreSQL.
    assert_eq!(store.maintain(now).unwrap(), 0);
    assert!(store.with_retention(0).is_err());
    let lite = Store::in_memory().unwrap().with_retention(7).unwrap_err();
    assert!(lite.to_string().contains("PostgreSQL"), "{lite}");
}

/// Runs statements on `url` from a thread of its own.
fn execute(url: &str, sql: &str) {
    let (url, sql) = (url.to_owned(), sql.to_owned());
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        c.batch_execute(&sql).unwrap();
    })
    .join()
    .unwrap();
}

/// Every share of the ledger at `url` as (id, worker, difficulty), oldest first.
fn every_share(url: &str) -> Vec<(i64, String, f64)> {
    let url = url.to_owned();
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        c.query("SELECT id, worker, difficulty FROM shares ORDER BY id", &[])
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect()
    })
    .join()
    .unwrap()
}

/// The PPLNS window and the PROP round the leader reads from share buckets (sums by worker
/// over 2^20 consecutive share ids, with exact shares only where the window ends and starts)
/// pay to the satoshi what reading every share one by one pays: for windows that take the
/// whole history, that end inside the finder's bucket, span hundreds of whole buckets and start
/// inside one, and for rounds of a few shares and of thousands. Pruning keeps every bucket a
/// window can still reach.
#[test]
fn windows_read_from_share_buckets_pay_what_every_share_read_one_by_one_pays() {
    use minewatch_stratum::accounting::{Credit, Economics, Scheme, block_payouts};
    // A block at network difficulty 1 paying 50 BTC (the genesis coinbase); shares far below
    // it, of difficulties whose sums are exact in binary, so both ways of adding agree.
    let block_at = |time: u32| {
        let mut b = minewatch_stratum::chain::regtest_genesis();
        b.header.bits = minewatch_pow::CompactTarget(0x1d00_ffff);
        b.header.time = time;
        b
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let share = |hash: String| ShareRecord {
        time: now,
        ..share(&hash)
    };
    let workers = ["ann", "bob", "cy", "dee", "eve"];
    let diffs = [1.0 / 1024.0, 1.0 / 512.0, 1.0 / 256.0, 3.0 / 1024.0];
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut plan: Vec<(usize, Option<u32>)> = Vec::new(); // (plain shares, then a block at height)
    for (shares, height) in [(200, 1), (3_000, 2), (5, 3), (1_200, 4), (40, 5)] {
        plan.push((shares, Some(height)));
    }
    for (scheme, tag) in [
        (Scheme::Pplns { n: 2.0 }, "pplns2"),
        (Scheme::Pplns { n: 0.5 }, "pplnshalf"),
        (Scheme::Prop, "prop"),
    ] {
        let url = fresh_database(tag);
        let mut store = Store::connect_postgres(&url).unwrap();
        // Ids 65,536 apart: 16 shares to a bucket, so these few thousand span hundreds.
        execute(&url, "ALTER SEQUENCE shares_id_seq INCREMENT BY 65536");
        let mut hash = 0u64;
        let mut finders: Vec<(String, String)> = Vec::new(); // (block hash, finder)
        for (shares, height) in &plan {
            let batch: Vec<_> = (0..*shares)
                .map(|_| {
                    hash += 1;
                    let r = next();
                    let s = ShareRecord {
                        worker: workers[(r % 5) as usize].into(),
                        difficulty: diffs[((r >> 8) % 4) as usize],
                        ..share(format!("{hash:064x}"))
                    };
                    (s, Vec::new())
                })
                .collect();
            for chunk in batch.chunks(500) {
                store.record_batch(chunk).unwrap();
            }
            if let Some(h) = height {
                let b = block_at(*h);
                let finder = workers[(next() % 5) as usize];
                let s = ShareRecord {
                    worker: finder.into(),
                    difficulty: diffs[1],
                    ..share(b.block_hash().to_string())
                };
                store.record(&s, Some((*h, &b))).unwrap();
                finders.push((b.block_hash().to_string(), finder.into()));
            }
        }
        assert_eq!(store.lead(scheme, 0.0).unwrap(), Some(plan.len()));
        // From scratch: every share, oldest first, and each block's payouts over the shares up
        // to its finder's (PROP: since the previous finder's).
        let all = every_share(&url);
        let buckets = query_i64(&url, "SELECT COUNT(DISTINCT bucket) FROM share_buckets");
        assert!(buckets[0] > 200, "{buckets:?} buckets");
        let mut expected: std::collections::BTreeMap<String, u64> = Default::default();
        let mut round_start = 0;
        for (block_hash, finder) in &finders {
            let id = query_i64(
                &url,
                &format!("SELECT id FROM shares WHERE hash = '{block_hash}'"),
            )[0];
            let upto = all.iter().position(|s| s.0 == id).unwrap();
            let recent: Vec<Credit> = all[..=upto]
                .iter()
                .map(|(_, w, d)| Credit {
                    worker: w.clone(),
                    difficulty: *d,
                })
                .collect();
            let e = Economics {
                network_difficulty: 1.0,
                subsidy: 0,
                expected_fees: 0,
                pool_fee: 0.0,
            };
            for (w, v) in block_payouts(scheme, &recent, round_start, finder, 5_000_000_000, &e) {
                *expected.entry(w).or_default() += v;
            }
            round_start = upto + 1;
        }
        assert_eq!(store.balances().unwrap(), expected, "{scheme:?}");
        // Pruning (with retention) keeps the newest 16 x difficulty of buckets: here all of them
        // (the shares sum to less); with a few hundred shares of difficulty 1/16 after, it drops
        // the older buckets and keeps at least 16 of difficulty.
        let total = || {
            query_i64(
                &url,
                "SELECT (SUM(difficulty) * 1024)::BIGINT FROM share_buckets",
            )[0]
        };
        let before = total();
        let mut store = store.with_retention(3650).unwrap();
        store.maintain(now).unwrap();
        assert_eq!(total(), before, "nothing within reach dropped");
        let heavy: Vec<_> = (0..400)
            .map(|i| {
                let s = ShareRecord {
                    worker: "ann".into(),
                    difficulty: 1.0 / 16.0,
                    ..share(format!("{:064x}", 1_000_000 + i))
                };
                (s, Vec::new())
            })
            .collect();
        store.record_batch(&heavy).unwrap();
        store.maintain(now).unwrap();
        let kept = total();
        assert!(
            (16 * 1024..17 * 1024).contains(&kept),
            "kept {kept}/1024 of difficulty"
        );
    }
}

/// Every front-end of a ledger pays under one set of terms: the first records its scheme and
/// fee, one started with another scheme, fee or window is refused naming both, and a front-end
/// started to change them records new ones, which the others must then follow.
#[test]
fn front_ends_with_other_terms_are_refused_until_the_terms_are_changed() {
    use minewatch_stratum::accounting::Scheme;
    let url = fresh_database("terms");
    let pplns = Scheme::Pplns { n: 2.0 };
    let mut a = Store::connect_postgres(&url).unwrap();
    a.agree_terms(pplns, 0.01, false).unwrap();
    let mut b = Store::connect_postgres(&url).unwrap();
    b.agree_terms(pplns, 0.01, false).unwrap();
    for (scheme, fee) in [
        (Scheme::Pps, 0.01),
        (pplns, 0.02),
        (Scheme::Pplns { n: 3.0 }, 0.01),
    ] {
        let e = b.agree_terms(scheme, fee, false).unwrap_err();
        let msg = e.to_string();
        assert!(matches!(e, StoreError::TermsDiffer { .. }), "{msg}");
        assert!(
            msg.contains("pay pplns with a fee of 0.01;")
                && msg.contains(&format!("started with {scheme} and a fee of {fee}")),
            "{msg}"
        );
    }
    b.agree_terms(Scheme::Pps, 0.02, true).unwrap();
    assert!(matches!(
        a.agree_terms(pplns, 0.01, false),
        Err(StoreError::TermsDiffer { .. })
    ));
    a.agree_terms(Scheme::Pps, 0.02, false).unwrap();
    // On SQLite, where one pool owns its file, there is nothing to agree with.
    let mut solo = Store::in_memory().unwrap();
    solo.agree_terms(pplns, 0.0, false).unwrap();
    solo.agree_terms(Scheme::Pps, 0.5, false).unwrap();
}
