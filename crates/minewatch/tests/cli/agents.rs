//! A fleet of agents (`minewatch watch --report`) reporting to two `minewatch serve --db
//! postgres://...` replicas, through a replica's death and a cut network path.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read as _, Write as _};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Reaper, bin, fresh_postgres_database};
use crate::serve::{client, start};

/// A TCP relay to `to` that the test can cut: while cut, open connections are shut and new
/// ones closed at once (the network path is gone; the server behind it is fine).
struct Relay {
    port: u16,
    cut: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<TcpStream>>>,
}

impl Relay {
    fn start(to: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let cut = Arc::new(AtomicBool::new(false));
        let open: Arc<Mutex<Vec<TcpStream>>> = Arc::default();
        let (c, o) = (cut.clone(), open.clone());
        std::thread::spawn(move || {
            for inbound in listener.incoming() {
                let Ok(inbound) = inbound else { continue };
                if c.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let Ok(outbound) = TcpStream::connect(("127.0.0.1", to)) else {
                    continue;
                };
                let mut held = o.lock().unwrap();
                held.push(inbound.try_clone().unwrap());
                held.push(outbound.try_clone().unwrap());
                drop(held);
                for (mut from, mut into) in [
                    (inbound.try_clone().unwrap(), outbound.try_clone().unwrap()),
                    (outbound, inbound),
                ] {
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut from, &mut into);
                        let _ = into.shutdown(Shutdown::Write);
                    });
                }
            }
        });
        Self { port, cut, open }
    }

    fn set_cut(&self, cut: bool) {
        self.cut.store(cut, Ordering::SeqCst);
        if cut {
            for s in self.open.lock().unwrap().drain(..) {
                let _ = s.shutdown(Shutdown::Both);
            }
        }
    }
}

/// Subscribes to `/v1/stream?topics=alert` and collects every alert message it receives.
fn subscribe(url: &str, key: &str) -> Arc<Mutex<Vec<Value>>> {
    let hostport = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let mut s = TcpStream::connect(&hostport).unwrap();
    write!(
        s,
        "GET /v1/stream?topics=alert&key={key} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    )
    .unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        assert_eq!(s.read(&mut byte).unwrap(), 1, "closed during the handshake");
        head.push(byte[0]);
    }
    assert!(
        head.starts_with(b"HTTP/1.1 101"),
        "{}",
        String::from_utf8_lossy(&head)
    );
    let seen: Arc<Mutex<Vec<Value>>> = Arc::default();
    let out = seen.clone();
    std::thread::spawn(move || {
        // Server frames are unmasked: FIN/opcode, length (7, 16 or 64 bits), payload.
        loop {
            let mut h = [0u8; 2];
            if s.read_exact(&mut h).is_err() {
                return;
            }
            let len = match h[1] & 0x7f {
                126 => {
                    let mut b = [0u8; 2];
                    s.read_exact(&mut b).unwrap();
                    u64::from(u16::from_be_bytes(b))
                }
                127 => {
                    let mut b = [0u8; 8];
                    s.read_exact(&mut b).unwrap();
                    u64::from_be_bytes(b)
                }
                n => u64::from(n),
            };
            let mut payload = vec![0u8; usize::try_from(len).unwrap()];
            if s.read_exact(&mut payload).is_err() {
                return;
            }
            if h[0] & 0x0f == 1 {
                let v: Value = serde_json::from_slice(&payload).unwrap();
                if v["type"] == "alert" {
                    out.lock().unwrap().push(v["alert"].clone());
                }
            }
        }
    });
    seen
}

/// A /proc of our own with one process that looks like XMRig: a Stratum URL and XMRig's flags
/// on its command line (suspicious: it uses no CPU).
fn add_process(proc_root: &Path, pid: u32) {
    std::fs::create_dir_all(proc_root.join(pid.to_string())).unwrap();
    std::fs::write(proc_root.join("stat"), "cpu 1 2 3\nbtime 1700000000\n").unwrap();
    let dir = proc_root.join(pid.to_string());
    std::fs::write(
        dir.join("cmdline"),
        b"./xmrig\0-o\0stratum+tcp://127.0.0.1:3333\0--donate-level\x001\0--randomx-mode=light\0",
    )
    .unwrap();
    std::fs::write(dir.join("status"), "Name:\txmrig\n").unwrap();
    // The stat file last: the watcher lists a process once its stat line is there.
    std::fs::write(
        dir.join("stat"),
        format!(
            "{pid} (xmrig) S 1 {pid} {pid} 0 -1 4194304 0 0 0 0 500 20 0 0 20 0 4 0 1000 0 0\n"
        ),
    )
    .unwrap();
}

/// Every alert the server lists, following `next_before`.
fn all_alerts(c: &reqwest::blocking::Client, url: &str, key: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut before = String::new();
    loop {
        let v: Value = c
            .get(format!("{url}v1/alerts?limit=500{before}"))
            .bearer_auth(key)
            .send()
            .unwrap()
            .json()
            .unwrap();
        out.extend(v["items"].as_array().unwrap().iter().cloned());
        match v["next_before"].as_i64() {
            Some(b) => before = format!("&before={b}"),
            None => return out,
        }
    }
}

fn wait_for(what: &str, within: Duration, mut done: impl FnMut() -> bool) {
    let until = Instant::now() + within;
    while !done() {
        assert!(Instant::now() < until, "{what}: not within {within:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

const AGENTS: usize = 50;

/// 50 agents, each a process with its own spool, report to two server replicas on one
/// PostgreSQL database: half to replica A (B as their fallback, through a relay), half to B
/// through the relay only. Replica A is SIGKILLed and the relay cut while every agent finds
/// a new miner; when the path is back, every alert is listed exactly once, and a live
/// subscriber of B saw the alerts that went to A.
#[test]
fn fifty_agents_report_every_alert_once_through_a_dead_replica_and_a_cut_path() {
    let _light = crate::common::light();
    let db = fresh_postgres_database("agents");
    let dir = tempfile::tempdir().unwrap();
    let mut a = start(&dir.path().join("a"), &["--db", &db]);
    let b = start(&dir.path().join("b"), &["--db", &db]);
    let admin = a.key.clone();
    assert!(
        admin.starts_with("mwk_"),
        "replica A made the first admin key"
    );
    assert!(
        b.key.is_empty(),
        "replica B found it in the shared database"
    );
    // Enrolment: one agent key for the fleet.
    let out = Command::new(bin())
        .args([
            "keys", "create", "--scope", "agent", "--name", "fleet", "--db", &db,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let agent_key = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let port_b: u16 = b
        .url
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let relay = Relay::start(port_b);
    let via_relay = format!("http://127.0.0.1:{}", relay.port);
    let stream = subscribe(&b.url, &admin);
    let mut agents = Vec::new();
    for i in 0..AGENTS {
        let home = dir.path().join(format!("agent{i}"));
        add_process(&home.join("proc"), 100);
        add_process(&home.join("proc"), 101);
        let mut cmd = Command::new(bin());
        cmd.args([
            "watch",
            "--suspicious",
            "--json",
            "--interval",
            "0.3",
            "--heartbeat",
            "1",
        ])
        .arg("--proc-root")
        .arg(home.join("proc"))
        .arg("--spool")
        .arg(home.join("spool"))
        .args(["--name", &format!("agent-{i}")]);
        if i < AGENTS / 2 {
            cmd.args(["--report", a.url.as_str()]);
        }
        cmd.args(["--report", &via_relay])
            .env("MINEWATCH_AGENT_KEY", &agent_key)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        agents.push(Reaper(cmd.spawn().unwrap()));
    }
    let c = client();
    wait_for(
        "the first 100 alerts listed",
        Duration::from_secs(40),
        || all_alerts(&c, &b.url, &admin).len() >= 2 * AGENTS,
    );
    let before_outage: BTreeSet<i64> = all_alerts(&c, &b.url, &admin)
        .iter()
        .map(|x| x["id"].as_i64().unwrap())
        .collect();
    // Replica A dies and the path to B is cut; every agent finds a third miner meanwhile.
    rustix::process::kill_process(
        rustix::process::Pid::from_raw(a.child.id() as i32).unwrap(),
        rustix::process::Signal::KILL,
    )
    .unwrap();
    let _ = a.child.wait();
    relay.set_cut(true);
    for i in 0..AGENTS {
        add_process(&dir.path().join(format!("agent{i}/proc")), 102);
    }
    let spooled = |i: usize| {
        let spool = dir.path().join(format!("agent{i}/spool"));
        let len = std::fs::metadata(spool.join("alerts.jsonl")).map_or(0, |m| m.len());
        let sent = std::fs::read_to_string(spool.join("sent"))
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or(0);
        len > sent
    };
    wait_for(
        "every agent holding its new alert in its spool",
        Duration::from_secs(20),
        || (0..AGENTS).all(spooled),
    );
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(
        all_alerts(&c, &b.url, &admin).len(),
        2 * AGENTS,
        "nothing reached B while the path was cut"
    );
    // The path is back; a fourth miner each.
    relay.set_cut(false);
    for i in 0..AGENTS {
        add_process(&dir.path().join(format!("agent{i}/proc")), 103);
    }
    wait_for("all 200 alerts listed", Duration::from_secs(60), || {
        all_alerts(&c, &b.url, &admin).len() >= 4 * AGENTS
    });
    wait_for("every spool drained", Duration::from_secs(20), || {
        !(0..AGENTS).any(spooled)
    });
    let listed = all_alerts(&c, &b.url, &admin);
    assert_eq!(listed.len(), 4 * AGENTS, "no alert twice");
    // Each agent's four miners, once each.
    let agents_listed: Vec<Value> = c
        .get(format!("{}v1/agents", b.url))
        .bearer_auth(&admin)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(agents_listed.len(), AGENTS, "{agents_listed:#?}");
    let name_of: BTreeMap<&str, &str> = agents_listed
        .iter()
        .map(|x| (x["id"].as_str().unwrap(), x["hostname"].as_str().unwrap()))
        .collect();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    for x in &agents_listed {
        assert_eq!(x["alerts"], 4, "{x}");
        assert!(now - x["last_seen"].as_i64().unwrap() <= 10, "{x}");
        assert!(
            x["facts"]["kernel"].is_string() && x["facts"]["cpus"].as_u64() >= Some(1),
            "{x}"
        );
    }
    let mut per_agent: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for x in &listed {
        let name = name_of[x["agent"].as_str().unwrap()];
        let title = x["title"].as_str().unwrap().to_owned();
        assert!(
            per_agent.entry(name).or_default().insert(title.clone()),
            "{name}: {title} twice"
        );
    }
    for i in 0..AGENTS {
        let got = &per_agent[format!("agent-{i}").as_str()];
        let want: BTreeSet<String> = (100..104)
            .map(|p| format!("suspicious process xmrig (pid {p})"))
            .collect();
        assert_eq!(got, &want, "agent-{i}");
    }
    // B's subscriber saw every alert, those stored by A before it died among them.
    let ids_to_a: BTreeSet<i64> = listed
        .iter()
        .filter(|x| before_outage.contains(&x["id"].as_i64().unwrap()))
        .filter(|x| {
            let n: usize = name_of[x["agent"].as_str().unwrap()]
                .trim_start_matches("agent-")
                .parse()
                .unwrap();
            n < AGENTS / 2
        })
        .map(|x| x["id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        ids_to_a.len(),
        AGENTS,
        "the first half's first alerts went to A"
    );
    wait_for(
        "B's subscriber seeing every alert",
        Duration::from_secs(10),
        || stream.lock().unwrap().len() >= 4 * AGENTS,
    );
    let streamed: BTreeSet<i64> = stream
        .lock()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_i64().unwrap())
        .collect();
    assert_eq!(streamed.len(), 4 * AGENTS, "every alert streamed");
    assert_eq!(
        stream.lock().unwrap().len(),
        4 * AGENTS,
        "each alert streamed once"
    );
    assert!(
        ids_to_a.is_subset(&streamed),
        "alerts stored by A reached B's subscriber"
    );
    drop(agents);
}
