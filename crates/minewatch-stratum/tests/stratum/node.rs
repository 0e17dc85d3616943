//! The Bitcoin Core template source: RPC calls, authentication and errors against a
//! Core-compatible JSON-RPC server on 127.0.0.1, templates (Core's own regtest answer and ones
//! with segwit transactions) turned into blocks the `bitcoin` crate accepts, and our pool
//! mining on that node's work with our client until the node has accepted three blocks.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use bitcoin::consensus::encode::{deserialize, serialize, serialize_hex};
use bitcoin::hashes::Hash;
use minewatch_miner::{Miner, MinerConfig};
use minewatch_pow::Network;
use minewatch_stratum::client::{self, ClientConfig};
use minewatch_stratum::node::{
    self, Auth, BlockTemplate, DriverConfig, NodeUrl, Rpc, RpcError, TemplateError,
};
use minewatch_stratum::pool::{self, Pool, PoolConfig, PoolEvent};
use minewatch_stratum::store::Store;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

/// Core's answer to `getblocktemplate {"rules":["segwit"]}` on a fresh regtest chain.
const CORE_REGTEST_H1: &str = include_str!("../data/core_getblocktemplate_regtest_h1.json");

/// How the fake node misbehaves.
const NORMAL: u8 = 0;
const TRUNCATED: u8 = 1;
const HANG: u8 = 2;
const HTML_500: u8 = 3;

/// A Bitcoin Core-compatible JSON-RPC server: HTTP/1.1 keep-alive, Basic auth (401 on bad
/// credentials), Core's error codes and statuses, a regtest chain that checks every
/// submitted block with the `bitcoin` crate and a mempool of segwit and legacy transactions.
struct FakeCore {
    auth: String,
    mode: AtomicU8,
    state: Mutex<NodeState>,
}

struct NodeState {
    tip: bitcoin::BlockHash,
    height: u32,
    mempool: Vec<(bitcoin::Transaction, u64)>,
    accepted: Vec<bitcoin::Block>,
    refused: Vec<String>,
    next_tx: u32,
}

fn regtest_subsidy(height: u32) -> u64 {
    let halvings = height / 150;
    if halvings >= 64 {
        0
    } else {
        5_000_000_000u64 >> halvings
    }
}

/// A transaction spending a made-up outpoint: witness (P2WPKH-shaped) when `i` is even,
/// legacy otherwise. Scripts are not executed by a pool, so they need not verify.
fn make_tx(i: u32) -> bitcoin::Transaction {
    use bitcoin::{Amount, OutPoint, ScriptBuf, Sequence, TxIn, TxOut, Txid, Witness};
    let prev = Txid::from_byte_array(
        *bitcoin::hashes::sha256::Hash::hash(&i.to_le_bytes()).as_byte_array(),
    );
    let witness = if i.is_multiple_of(2) {
        Witness::from_slice(&[vec![0x30; 71], vec![0x02; 33]])
    } else {
        Witness::new()
    };
    let script_sig = if i.is_multiple_of(2) {
        ScriptBuf::new()
    } else {
        ScriptBuf::from_bytes(vec![0x51])
    };
    let mut spk = vec![0x00, 0x14];
    spk.extend_from_slice(&[i as u8; 20]);
    bitcoin::Transaction {
        version: bitcoin::transaction::Version::TWO,
        lock_time: bitcoin::absolute::LockTime::ZERO,
        input: vec![TxIn {
            previous_output: OutPoint {
                txid: prev,
                vout: i,
            },
            script_sig,
            sequence: Sequence::MAX,
            witness,
        }],
        output: vec![TxOut {
            value: Amount::from_sat(10_000 + u64::from(i)),
            script_pubkey: ScriptBuf::from_bytes(spk),
        }],
    }
}

/// The BIP 141 commitment script for `txs` (coinbase excluded), computed by the oracle.
fn oracle_commitment(txs: &[bitcoin::Transaction]) -> String {
    let leaves = std::iter::once(bitcoin::Wtxid::all_zeros())
        .chain(txs.iter().map(bitcoin::Transaction::compute_wtxid))
        .map(|w| w.to_raw_hash());
    let root = bitcoin::merkle_tree::calculate_root(leaves).unwrap();
    let c = bitcoin::Block::compute_witness_commitment(
        &bitcoin::WitnessMerkleNode::from_raw_hash(root),
        &[0u8; 32],
    );
    format!("6a24aa21a9ed{}", hex(c.as_byte_array()))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A Core-shaped template over `txs` (fee 500 sat each) on `tip` at `height`.
fn core_template(
    tip: bitcoin::BlockHash,
    height: u32,
    txs: &[(bitcoin::Transaction, u64)],
) -> Value {
    let fees: u64 = txs.iter().map(|(_, f)| f).sum();
    let plain: Vec<bitcoin::Transaction> = txs.iter().map(|(t, _)| t.clone()).collect();
    json!({
        "capabilities": ["proposal"],
        "version": 0x2000_0000,
        "rules": ["csv", "!segwit", "taproot"],
        "vbavailable": {},
        "vbrequired": 0,
        "previousblockhash": tip.to_string(),
        "transactions": txs.iter().map(|(t, fee)| json!({
            "data": serialize_hex(t),
            "txid": t.compute_txid().to_string(),
            "hash": t.compute_wtxid().to_string(),
            "depends": [],
            "fee": fee,
            "sigops": 1,
            "weight": t.weight().to_wu(),
        })).collect::<Vec<_>>(),
        "coinbaseaux": {},
        "coinbasevalue": regtest_subsidy(height) + fees,
        "longpollid": format!("{tip}{}", txs.len()),
        "target": "7fffff0000000000000000000000000000000000000000000000000000000000",
        "mintime": 1_296_688_603,
        "mutable": ["time", "transactions", "prevblock"],
        "noncerange": "00000000ffffffff",
        "sigoplimit": 80000,
        "sizelimit": 4_000_000,
        "weightlimit": 4_000_000,
        "curtime": 1_733_097_600 + height,
        "bits": "207fffff",
        "height": height,
        "default_witness_commitment": oracle_commitment(&plain),
    })
}

impl FakeCore {
    async fn start(user: &str, pass: &str) -> (Arc<Self>, SocketAddr) {
        let genesis = bitcoin::blockdata::constants::genesis_block(bitcoin::Network::Regtest);
        let core = Arc::new(Self {
            auth: format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"))
            ),
            mode: AtomicU8::new(NORMAL),
            state: Mutex::new(NodeState {
                tip: genesis.block_hash(),
                height: 0,
                mempool: vec![],
                accepted: vec![],
                refused: vec![],
                next_tx: 0,
            }),
        });
        core.refill();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let c = core.clone();
        tokio::spawn(async move {
            loop {
                let Ok((s, _)) = listener.accept().await else {
                    return;
                };
                let c = c.clone();
                tokio::spawn(async move {
                    let _ = c.connection(s).await;
                });
            }
        });
        (core, addr)
    }

    /// Three new mempool transactions (two with witnesses).
    fn refill(&self) {
        let mut st = self.state.lock().unwrap();
        let base = st.next_tx;
        st.mempool = (base..base + 3).map(|i| (make_tx(i), 500)).collect();
        st.next_tx += 3;
    }

    fn accepted(&self) -> Vec<bitcoin::Block> {
        self.state.lock().unwrap().accepted.clone()
    }

    async fn connection(&self, s: TcpStream) -> std::io::Result<()> {
        let mut r = BufReader::new(s);
        loop {
            let mut line = String::new();
            if r.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let (mut len, mut auth) = (0usize, String::new());
            loop {
                line.clear();
                r.read_line(&mut line).await?;
                let l = line.trim_end();
                if l.is_empty() {
                    break;
                }
                let (k, v) = l.split_once(':').unwrap_or((l, ""));
                match k.to_ascii_lowercase().as_str() {
                    "content-length" => len = v.trim().parse().unwrap_or(0),
                    "authorization" => auth = v.trim().to_owned(),
                    _ => {}
                }
            }
            let mut body = vec![0u8; len];
            r.read_exact(&mut body).await?;
            let mode = self.mode.load(Ordering::SeqCst);
            if mode == HANG {
                tokio::time::sleep(Duration::from_secs(30)).await;
                return Ok(());
            }
            let (status, reply) = if auth != self.auth {
                ("401 Unauthorized", String::new())
            } else if mode == TRUNCATED {
                ("200 OK", r#"{"result":{"version":5368"#.to_owned())
            } else if mode == HTML_500 {
                (
                    "500 Internal Server Error",
                    "<html>proxy error</html>".to_owned(),
                )
            } else {
                self.rpc(&body)
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                reply.len()
            );
            let w = r.get_mut();
            w.write_all(head.as_bytes()).await?;
            w.write_all(reply.as_bytes()).await?;
        }
    }

    /// One JSON-RPC call, answered as Core answers it.
    fn rpc(&self, body: &[u8]) -> (&'static str, String) {
        let req: Value = match serde_json::from_slice(body) {
            Ok(v) => v,
            Err(_) => {
                let e = json!({"result": null, "error": {"code": -32700, "message": "Parse error"}, "id": null});
                return ("500 Internal Server Error", e.to_string());
            }
        };
        let id = req["id"].clone();
        let ok = |v: Value| {
            (
                "200 OK",
                json!({"result": v, "error": null, "id": id}).to_string(),
            )
        };
        let fail = |status, code: i64, msg: &str| {
            (
                status,
                json!({"result": null, "error": {"code": code, "message": msg}, "id": id})
                    .to_string(),
            )
        };
        match req["method"].as_str().unwrap_or("") {
            "getblockchaininfo" => {
                let st = self.state.lock().unwrap();
                ok(
                    json!({"chain": "regtest", "blocks": st.height, "headers": st.height,
                          "bestblockhash": st.tip.to_string(), "initialblockdownload": false}),
                )
            }
            "getbestblockhash" => ok(json!(self.state.lock().unwrap().tip.to_string())),
            "getblocktemplate" => {
                let rules = &req["params"][0]["rules"];
                if !rules
                    .as_array()
                    .is_some_and(|r| r.iter().any(|x| x == "segwit"))
                {
                    return fail(
                        "500 Internal Server Error",
                        -8,
                        "getblocktemplate must be called with the segwit rule set (call with {\"rules\": [\"segwit\"]})",
                    );
                }
                let st = self.state.lock().unwrap();
                ok(core_template(st.tip, st.height + 1, &st.mempool))
            }
            "submitblock" => {
                let Some(raw) = req["params"][0]
                    .as_str()
                    .and_then(|h| minewatch_pow::hex::decode(h).ok())
                else {
                    return fail("500 Internal Server Error", -22, "Block decode failed");
                };
                let Ok(block) = deserialize::<bitcoin::Block>(&raw) else {
                    return fail("500 Internal Server Error", -22, "Block decode failed");
                };
                match self.check(&block) {
                    Ok(()) => {
                        {
                            let mut st = self.state.lock().unwrap();
                            st.tip = block.block_hash();
                            st.height += 1;
                            st.accepted.push(block);
                        }
                        self.refill();
                        ok(Value::Null)
                    }
                    Err(reason) => {
                        self.state.lock().unwrap().refused.push(reason.to_owned());
                        ok(json!(reason))
                    }
                }
            }
            _ => fail("404 Not Found", -32601, "Method not found"),
        }
    }

    /// The checks Core makes of a block that matter to a pool, by the oracle.
    fn check(&self, block: &bitcoin::Block) -> Result<(), &'static str> {
        let st = self.state.lock().unwrap();
        if block.header.prev_blockhash != st.tip {
            return Err("inconclusive-not-best-prevblk");
        }
        if block.header.validate_pow(block.header.target()).is_err() {
            return Err("high-hash");
        }
        if !block.check_merkle_root() {
            return Err("bad-txnmrklroot");
        }
        if !block.check_witness_commitment() {
            return Err("bad-witness-merkle-match");
        }
        let height = st.height + 1;
        let script = block.txdata[0].input[0].script_sig.as_bytes();
        let height_ok = if (1..=16).contains(&height) {
            script.first() == Some(&(0x50 + height as u8))
        } else {
            block.bip34_block_height().ok() == Some(u64::from(height))
        };
        if !height_ok {
            return Err("bad-cb-height");
        }
        let fees: u64 = st
            .mempool
            .iter()
            .filter(|(t, _)| {
                block
                    .txdata
                    .iter()
                    .any(|b| b.compute_txid() == t.compute_txid())
            })
            .map(|(_, f)| f)
            .sum();
        let paid: u64 = block.txdata[0]
            .output
            .iter()
            .map(|o| o.value.to_sat())
            .sum();
        if paid > regtest_subsidy(height) + fees {
            return Err("bad-cb-amount");
        }
        Ok(())
    }
}

/// Core's errors, as a node answers them: an unknown method (-32601), a template asked
/// without the segwit rule (-8, naming it), a block that does not decode (-22).
async fn core_errors_come_back_with_their_codes(rpc: &Rpc) {
    let e = rpc.call("getmininginfoo", json!([])).await.unwrap_err();
    assert!(matches!(e, RpcError::Rpc { code: -32601, .. }), "{e}");
    let e = rpc.call("getblocktemplate", json!([{}])).await.unwrap_err();
    assert!(
        matches!(e, RpcError::Rpc { code: -8, .. }) && e.to_string().contains("segwit"),
        "{e}"
    );
    let e = rpc.call("submitblock", json!(["00"])).await.unwrap_err();
    assert!(matches!(e, RpcError::Rpc { code: -22, .. }), "{e}");
}

/// Grinds the nonce of a block whose header was changed until it meets regtest's target again.
fn regrind(block: &mut minewatch_pow::block::Block) {
    let target = block
        .header
        .target(&minewatch_pow::Params::regtest())
        .unwrap();
    while !target.is_met_by(block.block_hash()) {
        block.header.nonce += 1;
    }
}

/// Solves `template` at regtest difficulty with extranonces `en1`/`en2`; returns the block.
fn solve(
    t: &minewatch_stratum::chain::Template,
    en1: &[u8],
    en2: &[u8],
) -> minewatch_pow::block::Block {
    let job = t.job("j", true);
    let mut header = job.header(en1, en2, job.ntime, 0, None, 0);
    let target = header.target(&minewatch_pow::Params::regtest()).unwrap();
    while !target.is_met_by(header.block_hash()) {
        header.nonce += 1;
    }
    t.block(header, en1, en2).unwrap()
}

#[test]
fn core_regtest_template_becomes_a_block_the_oracle_and_our_chain_accept() {
    let gbt: BlockTemplate = serde_json::from_str(CORE_REGTEST_H1).unwrap();
    let t = gbt.to_template(&[0x51], b"/minewatch/").unwrap();
    assert_eq!(t.height, 1);
    assert_eq!(t.coinbase_value, 5_000_000_000);
    assert!(t.witness_commitment);
    let job = t.job("j", true);
    assert!(job.merkle_branch.is_empty());
    assert_eq!(
        job.prev_blockhash.to_string(),
        "0f9188f13cb7b2c71f2a335e3a4fc328bf5beb436012afca590b1a11466e2206"
    );
    let ours = solve(&t, &[1, 2, 3, 4], &[5, 6, 7, 8]);
    // The embedded regtest chain (which starts at the same genesis) accepts it as block 1.
    let mut chain = minewatch_stratum::chain::LocalChain::new();
    assert_eq!(chain.submit(ours.clone()).unwrap(), 1);
    // And so does the oracle, with Core's commitment in the coinbase.
    let b: bitcoin::Block = deserialize(&ours.encode()).unwrap();
    assert!(b.check_merkle_root());
    assert!(b.check_witness_commitment());
    assert_eq!(b.txdata[0].input[0].script_sig.as_bytes()[0], 0x51); // OP_1: height 1
    assert_eq!(b.txdata[0].output[0].value.to_sat(), 5_000_000_000);
    assert_eq!(
        hex(b.txdata[0].output[1].script_pubkey.as_bytes()),
        "6a24aa21a9ede2f61c3f71d1defd3fa999dfa36953755c690689799962b48bebd836974e8cf9"
    );
    b.header.validate_pow(b.header.target()).unwrap();
}

#[test]
fn templates_with_segwit_transactions_build_valid_blocks() {
    let genesis = bitcoin::blockdata::constants::genesis_block(bitcoin::Network::Regtest);
    let txs: Vec<_> = (0..7).map(|i| (make_tx(i), 500 + u64::from(i))).collect();
    let v = core_template(genesis.block_hash(), 1, &txs);
    let gbt: BlockTemplate = serde_json::from_value(v.clone()).unwrap();
    let t = gbt
        .to_template(&[0x00, 0x14, 7, 7, 7], b"/minewatch/")
        .unwrap();
    assert_eq!(t.transactions.len(), 7);
    assert_eq!(t.coinbase_value, 5_000_000_000 + 500 * 7 + 21);
    let ours = solve(&t, &[9, 9, 9, 9], &[0, 0, 0, 1]);
    let b: bitcoin::Block = deserialize(&ours.encode()).unwrap();
    assert!(b.check_merkle_root());
    assert!(b.check_witness_commitment());
    assert_eq!(b.txdata.len(), 8);
    for (i, (tx, _)) in txs.iter().enumerate() {
        assert_eq!(
            serialize(&b.txdata[i + 1]),
            serialize(tx),
            "tx {i} kept byte for byte"
        );
    }
    // Our own full-block checks agree (fees known from the template).
    ours.check(1, 3521, &minewatch_pow::Params::regtest())
        .unwrap();

    // A transaction whose bytes are not its txid, and a commitment that does not match the
    // transactions, are refused with what is wrong.
    let mut bad = v.clone();
    bad["transactions"][2]["txid"] = json!("00".repeat(32));
    let gbt: BlockTemplate = serde_json::from_value(bad).unwrap();
    let e = gbt.to_template(&[0x51], b"").unwrap_err();
    assert!(matches!(e, TemplateError::Txid { index: 2, .. }), "{e}");
    let mut bad = v.clone();
    bad["default_witness_commitment"] = json!(format!("6a24aa21a9ed{}", "11".repeat(32)));
    let gbt: BlockTemplate = serde_json::from_value(bad).unwrap();
    let e = gbt.to_template(&[0x51], b"").unwrap_err();
    assert!(matches!(e, TemplateError::Commitment { .. }), "{e}");
    let mut bad = v;
    bad["transactions"][0]["data"] = json!("0200000001");
    let gbt: BlockTemplate = serde_json::from_value(bad).unwrap();
    let e = gbt.to_template(&[0x51], b"").unwrap_err();
    assert!(e.to_string().contains("transactions.data"), "{e}");
}

#[test]
fn node_urls_parse_or_say_what_is_wrong() {
    let u: NodeUrl = "bitcoind://alice:s3cret@127.0.0.1:18443".parse().unwrap();
    assert_eq!(u.endpoint, "http://127.0.0.1:18443/");
    assert_eq!(
        u.auth,
        Auth::UserPass {
            user: "alice".into(),
            pass: "s3cret".into()
        }
    );
    let u: NodeUrl = "http://localhost:8332".parse().unwrap();
    assert_eq!(u.auth, Auth::None);
    for bad in [
        "bitcoind://127.0.0.1",
        "ftp://x:1",
        "bitcoind://:8332",
        "bitcoind://a@h:1",
        "bitcoind://h:99999",
    ] {
        let e = bad.parse::<NodeUrl>().unwrap_err();
        assert!(e.to_string().contains(bad), "{e}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rpc_authenticates_and_reports_every_failure_clearly() {
    let (core, addr) = FakeCore::start("__cookie__", "c00kie").await;
    let url: NodeUrl = format!("bitcoind://{addr}").parse().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cookie = dir.path().join(".cookie");
    std::fs::write(&cookie, "__cookie__:c00kie").unwrap();
    let rpc = Rpc::new(&url, Duration::from_secs(2)).with_auth(Auth::Cookie(cookie.clone()));
    assert_eq!(rpc.network().await.unwrap(), Network::Regtest);
    let gbt = rpc.block_template().await.unwrap();
    assert_eq!(gbt.height, 1);
    assert_eq!(gbt.transactions.len(), 3);

    // Wrong credentials: 401, said as such.
    let wrong: NodeUrl = format!("bitcoind://__cookie__:nope@{addr}")
        .parse()
        .unwrap();
    let e = Rpc::new(&wrong, Duration::from_secs(2))
        .network()
        .await
        .unwrap_err();
    assert!(matches!(e, RpcError::Unauthorized(_)), "{e}");
    // A missing cookie file names the file.
    let e = Rpc::new(&url, Duration::from_secs(2))
        .with_auth(Auth::Cookie(dir.path().join("missing")))
        .network()
        .await
        .unwrap_err();
    assert!(
        matches!(e, RpcError::Cookie { .. }) && e.to_string().contains("missing"),
        "{e}"
    );
    // Core's JSON-RPC errors come back with their code and message.
    core_errors_come_back_with_their_codes(&rpc).await;
    // A block Core refuses with a BIP 22 reason.
    let t = gbt.to_template(&[0x51], b"").unwrap();
    let mut block = solve(&t, &[0; 4], &[0; 4]);
    block.header.merkle_root = minewatch_pow::MerkleNode([7; 32]);
    regrind(&mut block);
    assert_eq!(
        rpc.submit_block(&block).await.unwrap().as_deref(),
        Some("bad-txnmrklroot")
    );

    // Truncated JSON, an HTML error page, a node that never answers, nobody listening.
    core.mode.store(TRUNCATED, Ordering::SeqCst);
    let e = rpc.block_template().await.unwrap_err();
    assert!(matches!(e, RpcError::Malformed { .. }), "{e}");
    core.mode.store(HTML_500, Ordering::SeqCst);
    let e = rpc.block_template().await.unwrap_err();
    assert!(matches!(e, RpcError::Status { status: 500, .. }), "{e}");
    core.mode.store(HANG, Ordering::SeqCst);
    let slow = Rpc::new(&url, Duration::from_millis(300)).with_auth(Auth::Cookie(cookie));
    let started = std::time::Instant::now();
    let e = slow.network().await.unwrap_err();
    assert!(matches!(e, RpcError::Transport { .. }), "{e}");
    assert!(started.elapsed() < Duration::from_secs(10));
    let closed = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let gone: NodeUrl = format!("bitcoind://a:b@{}", closed.local_addr().unwrap())
        .parse()
        .unwrap();
    drop(closed);
    let e = Rpc::new(&gone, Duration::from_secs(2))
        .network()
        .await
        .unwrap_err();
    assert!(matches!(e, RpcError::Transport { .. }), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pool_mines_on_a_node_and_the_node_accepts_its_blocks() {
    let (core, addr) = FakeCore::start("alice", "secret").await;
    let url: NodeUrl = format!("bitcoind://alice:secret@{addr}").parse().unwrap();
    let rpc = Rpc::new(&url, Duration::from_secs(5));
    let params = minewatch_pow::Params::new(rpc.network().await.unwrap());
    let payout = vec![0x00, 0x14, 0xab, 0xcd];
    let first = node::fetch_template(&rpc, &payout, b"/minewatch/")
        .await
        .unwrap();
    let config = PoolConfig {
        payout_script: payout.clone(),
        ..PoolConfig::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("pool.sqlite")).unwrap();
    let (pool, found) = Pool::with_node(config, store, params, first);
    let mut events = pool.events();
    let (stop_tx, _) = tokio::sync::broadcast::channel::<()>(1);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let pool_addr = listener.local_addr().unwrap();
    let mut s1 = stop_tx.subscribe();
    tokio::spawn(pool::serve(listener, pool.clone(), async move {
        let _ = s1.recv().await;
    }));
    let mut s2 = stop_tx.subscribe();
    let driver = tokio::spawn(node::drive(
        pool.clone(),
        rpc,
        found,
        DriverConfig {
            poll: Duration::from_millis(50),
            refresh: Duration::from_secs(2),
        },
        async move {
            let _ = s2.recv().await;
        },
    ));
    let miner = Arc::new(
        Miner::start(MinerConfig {
            threads: 1,
            ..MinerConfig::default()
        })
        .unwrap(),
    );
    let (ev_tx, _ev_rx) = mpsc::unbounded_channel();
    let cfg = ClientConfig {
        pools: vec![format!("stratum+tcp://{pool_addr}").parse().unwrap()],
        ..ClientConfig::default()
    };
    let mut s3 = stop_tx.subscribe();
    let client = tokio::spawn(client::run(cfg, miner, ev_tx, async move {
        let _ = s3.recv().await;
    }));
    // Wait for the node to accept three blocks, reading the pool's submissions as they come.
    let mut submitted = Vec::new();
    tokio::time::timeout(Duration::from_secs(60), async {
        while core.accepted().len() < 3 {
            if let Ok(Ok(PoolEvent::BlockSubmitted {
                height, rejected, ..
            })) = tokio::time::timeout(Duration::from_millis(100), events.recv()).await
            {
                submitted.push((height, rejected));
            }
        }
    })
    .await
    .expect("three blocks accepted by the node");
    let _ = stop_tx.send(());
    client.await.unwrap();
    driver.await.unwrap();
    let accepted = core.accepted();
    for (i, b) in accepted.iter().enumerate() {
        // Every block carried the node's mempool (two witness transactions and a legacy one)
        // and paid the pool's script the subsidy plus fees.
        assert_eq!(b.txdata.len(), 4, "block {}", i + 1);
        assert_eq!(b.txdata[0].output[0].script_pubkey.as_bytes(), &payout[..]);
        assert_eq!(b.txdata[0].output[0].value.to_sat(), 5_000_000_000 + 1500);
    }
    // Heights 1, 2, 3 in order, each built on the one before.
    for w in accepted.windows(2) {
        assert_eq!(w[1].header.prev_blockhash, w[0].block_hash());
    }
    let ok: Vec<u32> = submitted
        .iter()
        .filter(|(_, r)| r.is_none())
        .map(|(h, _)| *h)
        .collect();
    assert!(ok.starts_with(&[1, 2]), "{submitted:?}");
    // The pool recorded the blocks it found.
    let stored = pool.stored().unwrap();
    assert!(stored.blocks >= 3, "{stored:?}");
}

mod untrusted {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever a node URL or a template from a node holds, parsing and conversion
        /// return a value or an error, never a panic.
        #[test]
        fn node_urls_and_templates_never_panic(
            url in ".{0,60}",
            data in "[0-9a-f]{0,400}",
            txid in "[0-9a-f]{0,70}",
            bits in "[0-9a-zA-Z]{0,10}",
            prev in "[0-9a-f]{0,70}",
            commitment in proptest::option::of("[0-9a-f]{0,90}"),
            height in any::<u32>(),
            value in any::<u64>(),
        ) {
            let _ = url.parse::<NodeUrl>();
            let v = json!({
                "version": 0x2000_0000, "previousblockhash": prev,
                "transactions": [{"data": data, "txid": txid}],
                "coinbasevalue": value, "bits": bits, "curtime": 1, "height": height,
                "default_witness_commitment": commitment,
            });
            if let Ok(gbt) = serde_json::from_value::<BlockTemplate>(v) {
                let _ = gbt.to_template(&[0x51], b"/t/");
            }
        }
    }
}

/// `minewatch node` (the embedded chain behind Core's JSON-RPC) judged by the same Core client
/// and the same checks as Core: authentication by its cookie, errors with Core's codes, a
/// template whose block the `bitcoin` crate accepts, Core's reject reasons, the header and
/// block queries, and a chain that survives a restart from its data directory.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn minewatch_node_answers_our_core_client_as_core_does() {
    use minewatch_stratum::chain::LocalChain;
    use minewatch_stratum::node_server::{ChainNode, NodeAuth, serve_node};
    let dir = tempfile::tempdir().unwrap();
    let serve = |node: Arc<ChainNode>| async move {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(serve_node(listener, node, async move {
            let _ = rx.await;
        }));
        (addr, stop, task)
    };
    let node = ChainNode::open(dir.path(), LocalChain::new(), NodeAuth::Cookie).unwrap();
    let cookie = node.cookie_path().unwrap().to_owned();
    // One node per data directory.
    let e = ChainNode::open(dir.path(), LocalChain::new(), NodeAuth::Cookie).unwrap_err();
    assert!(
        e.to_string()
            .contains("another node uses this data directory"),
        "{e}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&cookie).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the cookie is its owner's only");
    }
    let (addr, stop, task) = serve(node.clone()).await;
    let url: NodeUrl = format!("bitcoind://{addr}").parse().unwrap();
    let rpc = Rpc::new(&url, Duration::from_secs(5)).with_auth(Auth::Cookie(cookie.clone()));
    assert_eq!(rpc.network().await.unwrap(), Network::Regtest);
    let wrong: NodeUrl = format!("bitcoind://__cookie__:nope@{addr}")
        .parse()
        .unwrap();
    let e = Rpc::new(&wrong, Duration::from_secs(2))
        .network()
        .await
        .unwrap_err();
    assert!(matches!(e, RpcError::Unauthorized(_)), "{e}");
    core_errors_come_back_with_their_codes(&rpc).await;
    // Three blocks from its templates: each one the oracle accepts, each one the node takes.
    let mut hashes = Vec::new();
    for height in 1..=3u32 {
        let gbt = rpc.block_template().await.unwrap();
        assert_eq!(gbt.height, height);
        assert_eq!(
            gbt.previousblockhash,
            rpc.best_block_hash().await.unwrap().to_string()
        );
        let t = gbt.to_template(&[0x51], b"/minewatch/").unwrap();
        let block = solve(&t, &[1, 2, 3, 4], &height.to_le_bytes());
        let b: bitcoin::Block = deserialize(&block.encode()).unwrap();
        assert!(b.check_merkle_root() && b.check_witness_commitment());
        // BIP 34 as Core reads it at heights 1-16: OP_1..OP_16.
        assert_eq!(
            b.txdata[0].input[0].script_sig.as_bytes()[0],
            0x50 + height as u8
        );
        assert_eq!(
            rpc.submit_block(&block).await.unwrap(),
            None,
            "height {height}"
        );
        assert_eq!(
            rpc.submit_block(&block).await.unwrap().as_deref(),
            Some("duplicate")
        );
        hashes.push(block.block_hash());
    }
    // Core's reasons for a block on an old tip and a block with a wrong merkle root.
    let stale = rpc
        .call("getblock", json!([hashes[0].to_string(), 0]))
        .await
        .unwrap();
    let mut old = minewatch_pow::block::Block::decode(
        &minewatch_pow::hex::decode(stale.as_str().unwrap()).unwrap(),
    )
    .unwrap();
    old.header.time += 1;
    regrind(&mut old);
    assert_eq!(
        rpc.submit_block(&old).await.unwrap().as_deref(),
        Some("inconclusive-not-best-prevblk")
    );
    let gbt = rpc.block_template().await.unwrap();
    let mut bad = solve(&gbt.to_template(&[0x51], b"").unwrap(), &[0; 4], &[0; 4]);
    bad.header.merkle_root = minewatch_pow::MerkleNode([7; 32]);
    regrind(&mut bad);
    assert_eq!(
        rpc.submit_block(&bad).await.unwrap().as_deref(),
        Some("bad-txnmrklroot")
    );
    // Header and block queries, as Core shapes them.
    let h = rpc
        .call("getblockheader", json!([hashes[1].to_string()]))
        .await
        .unwrap();
    assert_eq!(h["height"], 2);
    assert_eq!(h["previousblockhash"], hashes[0].to_string());
    assert_eq!(h["nextblockhash"], hashes[2].to_string());
    assert_eq!(h["confirmations"], 2);
    let raw = rpc
        .call("getblockheader", json!([hashes[1].to_string(), false]))
        .await
        .unwrap();
    let header: bitcoin::block::Header =
        deserialize(&minewatch_pow::hex::decode(raw.as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(header.block_hash().to_string(), hashes[1].to_string());
    let b = rpc
        .call("getblock", json!([hashes[2].to_string()]))
        .await
        .unwrap();
    assert_eq!(b["nTx"], 1);
    assert_eq!(b["tx"].as_array().unwrap().len(), 1);
    let e = rpc
        .call("getblock", json!(["00".repeat(32)]))
        .await
        .unwrap_err();
    assert!(matches!(e, RpcError::Rpc { code: -5, .. }), "{e}");
    assert_eq!(rpc.call("getblockcount", json!([])).await.unwrap(), 3);
    assert_eq!(
        rpc.call("getblockhash", json!([3])).await.unwrap(),
        hashes[2].to_string()
    );
    // A restart from the data directory: the same chain, and a new cookie.
    let _ = stop.send(());
    drop(rpc);
    task.await.unwrap().unwrap();
    drop(node);
    assert!(!cookie.exists(), "the cookie goes with a clean exit");
    let node = ChainNode::open(
        dir.path(),
        LocalChain::new(),
        NodeAuth::UserPass("u".into(), "p".into()),
    )
    .unwrap();
    assert_eq!(node.height(), 3);
    let (addr, _stop, _task) = serve(node).await;
    let url: NodeUrl = format!("bitcoind://u:p@{addr}").parse().unwrap();
    let rpc = Rpc::new(&url, Duration::from_secs(5));
    assert_eq!(
        rpc.best_block_hash().await.unwrap().to_string(),
        hashes[2].to_string()
    );
}
