//! Many pool front-ends, one ledger: `minewatch node` serving the embedded chain over Bitcoin
//! Core's JSON-RPC, three `minewatch pool --chain bitcoind://... --db postgres://...`
//! front-ends, and a `minewatch mine` on each; one front-end is SIGKILLed mid-run.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt as _;

use crate::common::{Reaper, free_port, wait_listening};

/// The difficulty of the node's blocks in the front-ends' test: above the miners' shares
/// (0.001 to start), so windows span many shares.
const NETWORK_DIFFICULTY: f64 = 0.005;

/// A JSON-RPC call to the node over HTTP/1.1 with the cookie's credentials.
fn rpc(port: u16, cookie: &Path, method: &str, params: serde_json::Value) -> serde_json::Value {
    let creds = std::fs::read_to_string(cookie).unwrap();
    let auth = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, creds.trim());
    let body = serde_json::json!({"jsonrpc": "1.0", "id": 1, "method": method, "params": params})
        .to_string();
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic {auth}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    let json = reply.split_once("\r\n\r\n").unwrap().1;
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {reply}"))
}

/// `GET /metrics`, parsed as the OpenMetrics text format: every sample line is a metric name
/// (with labels) and a number, every family is typed, and the exposition ends with `# EOF`.
fn scrape(port: u16) -> std::collections::BTreeMap<String, f64> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    let (head, body) = reply.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(head.contains("application/openmetrics-text"), "{head}");
    assert_eq!(body.lines().last(), Some("# EOF"), "{body}");
    let mut typed = std::collections::BTreeSet::new();
    let mut samples = std::collections::BTreeMap::new();
    for line in body.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap();
            assert!(["counter", "gauge", "histogram"].contains(&kind), "{line}");
            typed.insert(name.to_owned());
        } else if line.starts_with('#') {
            continue;
        } else {
            let (key, value) = line.rsplit_once(' ').unwrap();
            let name = key.split('{').next().unwrap();
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'),
                "{line}"
            );
            assert!(
                typed.iter().any(|t| name.starts_with(t.as_str())),
                "{name} has no TYPE line"
            );
            samples.insert(key.to_owned(), value.parse::<f64>().unwrap());
        }
    }
    samples
}

/// The rows a query on the ledger returns, through psql, each split into its columns.
fn rows(db: &str, query: &str) -> Vec<Vec<String>> {
    let out = StdCommand::new("psql")
        .args([db, "-tA", "-F", " ", "-c", query])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split(' ').map(str::to_owned).collect())
        .collect()
}

/// `SELECT` one number from the ledger with psql.
fn sql(db: &str, query: &str) -> i64 {
    rows(db, query)[0][0].parse().unwrap()
}

/// A `minewatch mine --json` on the first of `ports`, the others its failovers; the thread
/// counts the shares it saw acknowledged.
fn miner(ports: &[u16], user: &str) -> (Reaper, std::thread::JoinHandle<u64>) {
    let mut child = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args(["mine", "--json", "--threads", "1", "--user", user])
        .args(
            ports
                .iter()
                .flat_map(|p| ["--pool".to_owned(), format!("stratum+tcp://127.0.0.1:{p}")]),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let out = child.stdout.take().unwrap();
    let acked = std::thread::spawn(move || {
        BufReader::new(out)
            .lines()
            .map_while(Result::ok)
            .filter(|l| l.contains("\"event\":\"share\"") && l.contains("\"accepted\":true"))
            .count() as u64
    });
    (Reaper(child), acked)
}

#[test]
fn three_front_ends_on_one_node_and_one_postgres_ledger_survive_losing_one_and_the_leader() {
    let _heavy = crate::common::heavy();
    let dir = tempfile::TempDir::new().unwrap();
    let datadir = dir.path().join("node");
    let cookie = datadir.join(".cookie");
    let rpc_port = free_port();
    let _node = Reaper(
        StdCommand::cargo_bin("minewatch")
            .unwrap()
            .args(["node", "--datadir", datadir.to_str().unwrap()])
            .args(["--rpc-listen", &format!("127.0.0.1:{rpc_port}")])
            // Blocks harder than shares (regtest's floor makes every share a block), so PPLNS
            // windows span many shares of many miners.
            .args(["--difficulty", &NETWORK_DIFFICULTY.to_string()])
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_listening(rpc_port);
    assert_eq!(
        rpc(rpc_port, &cookie, "getblockcount", serde_json::json!([]))["result"],
        0
    );
    let db = crate::common::fresh_postgres_database("fleet");
    let mut front_ends = Vec::new();
    let ports = [free_port(), free_port(), free_port()];
    let metrics_ports = [free_port(), free_port(), free_port()];
    for (port, metrics) in ports.into_iter().zip(metrics_ports) {
        let spool = dir.path().join(format!("{port}.spool"));
        front_ends.push(Some(Reaper(
            StdCommand::cargo_bin("minewatch")
                .unwrap()
                .args(["pool", "--db", &db, "--scheme", "pplns"])
                .args(["--min-difficulty", "1e-12"])
                .args(["--spool", spool.to_str().unwrap()])
                .args(["--chain", &format!("bitcoind://127.0.0.1:{rpc_port}")])
                .args(["--rpc-cookie", cookie.to_str().unwrap()])
                .args(["--listen", &format!("127.0.0.1:{port}")])
                .args(["--metrics", &format!("127.0.0.1:{metrics}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        )));
        wait_listening(port);
        wait_listening(metrics);
    }
    // A front-end started with other terms than the ledger's is refused, naming both.
    let other = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args(["pool", "--db", &db, "--scheme", "pps", "--fee", "0.01"])
        .args(["--spool", dir.path().join("pps.spool").to_str().unwrap()])
        .args(["--chain", &format!("bitcoind://127.0.0.1:{rpc_port}")])
        .args(["--rpc-cookie", cookie.to_str().unwrap()])
        .args(["--listen", &format!("127.0.0.1:{}", free_port())])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&other.stderr);
    assert_eq!(other.status.code(), Some(2), "{said}");
    assert!(
        said.contains("this ledger's front-ends pay pplns with a fee of 0;")
            && said.contains("started with pps and a fee of 0.01")
            && said.contains("--change-terms"),
        "{said}"
    );
    // Each miner on its own front-end, the other two its failovers.
    let names = ["a", "b", "c"];
    let miners: Vec<_> = names
        .iter()
        .enumerate()
        .map(|(i, name)| miner(&[ports[i], ports[(i + 1) % 3], ports[(i + 2) % 3]], name))
        .collect();
    // Simulated miners beside them, spread over the three front-ends: the load generator's,
    // which do not hash, so each asks for a share difficulty far below the blocks'. They submit
    // through both SIGKILLs below (those on a killed front-end stop there).
    let addrs: Vec<std::net::SocketAddr> = ports
        .iter()
        .map(|p| std::net::SocketAddr::from(([127, 0, 0, 1], *p)))
        .collect();
    let load = std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(minewatch_stratum::load::run(
                minewatch_stratum::load::LoadConfig {
                    addrs,
                    miners: 24,
                    duration: Duration::from_secs(12),
                    connect_concurrency: 24,
                    suggest_difficulty: Some(1e-12),
                },
            ))
    });
    let blocks = || sql(&db, "SELECT COUNT(*) FROM blocks");
    let deadline = Instant::now() + Duration::from_secs(90);
    let wait_blocks = |n: i64| {
        while blocks() < n && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(200));
        }
        assert!(blocks() >= n, "only {} blocks recorded", blocks());
    };
    // The front-end that leads the ledger now (its metrics say so), waiting for one to.
    let leader = |alive: &[usize]| loop {
        let leading: Vec<usize> = alive
            .iter()
            .copied()
            .filter(|&i| scrape(metrics_ports[i])["minewatch_pool_leader"] == 1.0)
            .collect();
        assert!(leading.len() <= 1, "two leaders: {leading:?}");
        if let Some(&l) = leading.first() {
            break l;
        }
        assert!(Instant::now() < deadline, "no front-end leads");
        std::thread::sleep(Duration::from_millis(200));
    };
    let sigkill = |r: &mut Option<Reaper>| {
        let mut r = r.take().unwrap();
        assert!(
            StdCommand::new("kill")
                .args(["-KILL", &r.0.id().to_string()])
                .status()
                .unwrap()
                .success()
        );
        let _ = r.0.wait();
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    };
    wait_blocks(5);
    // SIGKILL a front-end that does not lead, mid-run; its miner fails over to the next one and
    // its shares keep arriving.
    let first_leader = leader(&[0, 1, 2]);
    let victim = (first_leader + 1) % 3;
    let killed_at = sigkill(&mut front_ends[victim]);
    let failed_over = format!(
        "SELECT COUNT(*) FROM shares WHERE worker = '{}' AND time > {killed_at}",
        names[victim]
    );
    let after = blocks();
    while (blocks() < after + 3 || sql(&db, &failed_over) == 0) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(
        sql(&db, &failed_over) > 0,
        "miner {} did not fail over",
        names[victim]
    );
    // Then SIGKILL the leader: the last front-end takes over, and mining goes on.
    sigkill(&mut front_ends[first_leader]);
    let last = 3 - first_leader - victim;
    assert_eq!(leader(&[last]), last);
    wait_blocks(blocks() + 3);
    // The simulated miners end on their own; every share they saw accepted counts too.
    let report = load.join().unwrap();
    assert_eq!(report.connected, 24, "{report:?}");
    assert!(report.accepted > 0, "{report:?}");
    let mut acked = report.accepted;
    assert!(
        sql(&db, "SELECT COUNT(*) FROM shares WHERE worker LIKE 'load%'") as u64 >= report.accepted,
        "{report:?}"
    );
    // Stop the miners (their submits are answered by then).
    for (mut m, counted) in miners {
        let _ = StdCommand::new("kill")
            .args(["-TERM", &m.0.id().to_string()])
            .status();
        let _ = m.0.wait();
        acked += counted.join().unwrap();
    }
    // The survivor's metrics, parsed: what it counted agrees with itself and with the ledger.
    let m = scrape(metrics_ports[last]);
    let accepted = m[r#"minewatch_pool_shares_total{result="accepted",code="0"}"#];
    let per_worker: f64 = m
        .iter()
        .filter(|(k, _)| k.starts_with("minewatch_pool_worker_accepted_total{"))
        .map(|(_, v)| v)
        .sum();
    assert!(accepted > 0.0, "{m:?}");
    assert_eq!(accepted, per_worker, "{m:?}");
    assert!(accepted <= sql(&db, "SELECT COUNT(*) FROM shares") as f64);
    assert!(m["minewatch_pool_blocks_found_total"] > 0.0, "{m:?}");
    assert!(m["minewatch_pool_db_write_seconds_count"] > 0.0, "{m:?}");
    assert_eq!(m["minewatch_pool_spool_depth"], 0.0);
    assert_eq!(m["minewatch_pool_leader"], 1.0);
    assert!(m.contains_key("minewatch_pool_connections"), "{m:?}");
    assert!(
        m.keys()
            .any(|k| k.starts_with("minewatch_pool_worker_hashrate{worker=")),
        "{m:?}"
    );
    // The leader credits every block before the survivor stops.
    while sql(&db, "SELECT COUNT(*) FROM blocks WHERE NOT credited") > 0
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(200));
    }
    for f in front_ends.iter_mut().flatten() {
        let _ = StdCommand::new("kill")
            .args(["-TERM", &f.0.id().to_string()])
            .status();
        let _ = f.0.wait();
    }
    // Every share any miner saw acknowledged is in the ledger, once.
    let shares = sql(&db, "SELECT COUNT(*) FROM shares") as u64;
    assert!(shares >= acked, "{shares} recorded < {acked} acknowledged");
    assert_eq!(
        sql(&db, "SELECT COUNT(*) - COUNT(DISTINCT hash) FROM shares"),
        0
    );
    // Every recorded block is on the node's chain, once, at its height: submitted once each,
    // and no front-end recorded a block the node did not take.
    let height = rpc(rpc_port, &cookie, "getblockcount", serde_json::json!([]))["result"]
        .as_i64()
        .unwrap();
    let recorded = blocks();
    assert!(
        recorded >= 10 && recorded <= height,
        "{recorded} recorded, node at {height}"
    );
    let out = StdCommand::new("psql")
        .args([
            db.as_str(),
            "-tAc",
            "SELECT height || ' ' || hash FROM blocks ORDER BY height",
        ])
        .output()
        .unwrap();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let (h, hash) = line.split_once(' ').unwrap();
        let header = rpc(
            rpc_port,
            &cookie,
            "getblockheader",
            serde_json::json!([hash]),
        );
        assert_eq!(
            header["result"]["height"].as_i64(),
            Some(h.parse().unwrap()),
            "block {hash} recorded at {h}: {header}"
        );
    }
    // The ledger equals a recomputation from scratch: each block's PPLNS payouts over every
    // share recorded up to its finder's, read one by one, at regtest's subsidy, credited once,
    // by whichever front-end led (to the satoshi, but for float rounding: the leader adds the
    // window's difficulty in buckets, in another order).
    let rows = |query: &str| rows(&db, query);
    let shares: Vec<(i64, minewatch_stratum::accounting::Credit)> =
        rows("SELECT id, worker, difficulty FROM shares ORDER BY id")
            .into_iter()
            .map(|r| {
                (
                    r[0].parse().unwrap(),
                    minewatch_stratum::accounting::Credit {
                        worker: r[1].clone(),
                        difficulty: r[2].parse().unwrap(),
                    },
                )
            })
            .collect();
    let network = minewatch_pow::Target::from_difficulty(NETWORK_DIFFICULTY)
        .unwrap()
        .to_compact_lossy()
        .difficulty();
    let mut expected: std::collections::BTreeMap<(u32, String), u64> = Default::default();
    let mut finders = 0;
    for r in rows(
        "SELECT b.height, b.worker, s.id FROM blocks b JOIN shares s ON s.hash = b.hash ORDER BY b.height",
    ) {
        let (h, finder, id): (u32, &str, i64) =
            (r[0].parse().unwrap(), &r[1], r[2].parse().unwrap());
        let upto = shares.iter().position(|(i, _)| *i == id).unwrap();
        let recent: Vec<_> = shares[..=upto].iter().map(|(_, c)| c.clone()).collect();
        let e = minewatch_stratum::accounting::Economics {
            network_difficulty: network,
            subsidy: 0,
            expected_fees: 0,
            pool_fee: 0.0,
        };
        let subsidy = 5_000_000_000u64 >> (h / 150);
        let pay = minewatch_stratum::accounting::block_payouts(
            minewatch_stratum::accounting::Scheme::Pplns { n: 2.0 },
            &recent,
            0,
            finder,
            subsidy,
            &e,
        );
        for (w, v) in pay {
            expected.insert((h, w), v);
        }
        finders += 1;
    }
    assert_eq!(
        finders, recorded,
        "every recorded block has its finder's share"
    );
    let mut credited: std::collections::BTreeMap<(u32, String), u64> = Default::default();
    for r in rows("SELECT height, worker, amount FROM ledger WHERE kind = 'block'") {
        let key = (r[0].parse().unwrap(), r[1].clone());
        assert!(
            credited
                .insert(key.clone(), r[2].parse().unwrap())
                .is_none(),
            "{key:?} credited twice"
        );
    }
    assert_eq!(
        credited.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "who was paid for which block"
    );
    for (k, v) in &expected {
        assert!(
            credited[k].abs_diff(*v) <= 1,
            "{k:?}: credited {} against {v}",
            credited[k]
        );
    }
    // The windows spanned shares of several miners, simulated ones included.
    let paid: std::collections::BTreeSet<&str> = credited.keys().map(|(_, w)| w.as_str()).collect();
    assert!(paid.len() >= 3, "{paid:?}");
    assert_eq!(
        sql(&db, "SELECT COUNT(*) FROM ledger WHERE kind <> 'block'"),
        0
    );
}

/// A throwaway PostgreSQL cluster of this test's own (it is stopped and started mid-test),
/// through scripts/postgres.sh; stopped when dropped.
struct Cluster {
    dir: tempfile::TempDir,
    port: u16,
}

impl Cluster {
    fn start() -> Self {
        let dir = tempfile::TempDir::new().unwrap();
        // As root the server runs as the postgres user, who must reach the data directory.
        std::fs::set_permissions(
            dir.path(),
            std::os::unix::fs::PermissionsExt::from_mode(0o755),
        )
        .unwrap();
        let c = Self {
            dir,
            port: free_port(),
        };
        c.up();
        c
    }

    fn script(&self, cmd: &str) {
        let out = StdCommand::new("bash")
            .arg(crate::common::root().join("scripts/postgres.sh"))
            .args([cmd, self.dir.path().join("data").to_str().unwrap()])
            .arg(self.port.to_string())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "scripts/postgres.sh {cmd}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn up(&self) {
        self.script("start");
    }

    fn down(&self) {
        self.script("stop");
    }

    fn url(&self) -> String {
        format!("postgres://minewatch@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = StdCommand::new("bash")
            .arg(crate::common::root().join("scripts/postgres.sh"))
            .args(["stop", self.dir.path().join("data").to_str().unwrap()])
            .output();
    }
}

/// The database goes away for 20 s under load and comes back: the front-end keeps accepting
/// into its spool (fsynced before each acknowledgement), replays it in order when the database
/// is back, and afterwards every share the miner saw acknowledged is in the database once, and
/// every block the embedded chain took.
#[test]
fn twenty_seconds_without_postgres_lose_no_acknowledged_share() {
    // Not timed and nothing else's miner in sight: it waits out the outage beside other tests.
    let _light = crate::common::light();
    let cluster = Cluster::start();
    let db = cluster.url();
    let work = tempfile::TempDir::new().unwrap();
    let spool = work.path().join("pool.spool");
    let port = free_port();
    let mut pool = Reaper(
        StdCommand::cargo_bin("minewatch")
            .unwrap()
            .args(["pool", "--db", &db, "--spool", spool.to_str().unwrap()])
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_listening(port);
    let (mut m, acked) = miner(&[port], "outage");
    let shares = || sql(&db, "SELECT COUNT(*) FROM shares");
    let deadline = Instant::now() + Duration::from_secs(60);
    while shares() < 5 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    cluster.down();
    let outage = Instant::now();
    // Shares go on being accepted, into the spool.
    while outage.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(500));
    }
    let spooled = std::fs::read_to_string(&spool)
        .unwrap_or_default()
        .lines()
        .count();
    assert!(spooled > 0, "nothing was spooled during the outage");
    cluster.up();
    // The spool drains (the writer retries every second).
    let deadline = Instant::now() + Duration::from_secs(30);
    while spool.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(!spool.exists(), "the spool was not replayed");
    let _ = StdCommand::new("kill")
        .args(["-TERM", &m.0.id().to_string()])
        .status();
    let _ = m.0.wait();
    let acked = acked.join().unwrap();
    let _ = StdCommand::new("kill")
        .args(["-TERM", &pool.0.id().to_string()])
        .status();
    let _ = pool.0.wait();
    let recorded = shares() as u64;
    assert!(
        recorded >= acked,
        "{recorded} recorded < {acked} acknowledged"
    );
    assert!(spooled as u64 <= recorded);
    assert_eq!(
        sql(&db, "SELECT COUNT(*) - COUNT(DISTINCT hash) FROM shares"),
        0
    );
    // The chain the pool resumes from the database has every block, in order.
    let out = StdCommand::cargo_bin("minewatch")
        .unwrap()
        .args([
            "pool",
            "--summary",
            "--db",
            &db,
            "--spool",
            spool.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["height"], s["blocks"], "{s}");
    assert!(s["blocks"].as_u64().unwrap() > 0, "{s}");
}
