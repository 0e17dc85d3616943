//! Stratum V2 on real sockets over 127.0.0.1: the reference crates as a client of our pool,
//! our V2 miner beside a V1 miner on one pool and one ledger, and a man in the middle that
//! swaps the pool's key.

#![allow(clippy::unwrap_used)] // Test helpers: a panic is a test failure with its location.

use std::sync::Arc;
use std::time::Duration;

use bitcoin::consensus::encode::deserialize;
use minewatch_miner::{Miner, MinerConfig};
use minewatch_pow::search::{Backend, WorkUnit};
use minewatch_pow::u256::U256;
use minewatch_pow::{BlockHash, CompactTarget, Header as BlockHeader, MerkleNode, Target};
use minewatch_stratum::client::{self, ClientConfig, ClientEvent, PoolUrl};
use minewatch_stratum::pool::{self, Pool, PoolConfig, PoolEvent};
use minewatch_stratum::sv2::noise::{ENCRYPTED_HEADER_SIZE, encrypted_len};
use minewatch_stratum::sv2::{AuthorityKey, Header, Initiator, Responder};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

/// A pool serving V1 and V2 on two ports; returns both addresses and a stopper.
async fn start_pool(
    authority: &AuthorityKey,
) -> (
    std::net::SocketAddr,
    std::net::SocketAddr,
    Arc<Pool>,
    tokio::sync::oneshot::Sender<()>,
) {
    let v1 = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let v2 = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let (a1, a2) = (v1.local_addr().unwrap(), v2.local_addr().unwrap());
    let pool = Pool::new(PoolConfig::default());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let (tx1, rx1) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(pool::serve(v1, pool.clone(), async {
        let _ = rx1.await;
    }));
    let responder = Arc::new(Responder::new(authority.clone(), 3600));
    tokio::spawn(pool::serve_v2(v2, pool.clone(), responder, async move {
        let _ = rx.await;
        let _ = tx1.send(());
    }));
    (a1, a2, pool, tx)
}

/// The reference implementation as a client: its Noise initiator, its message codecs.
struct RefClient {
    stream: TcpStream,
    engine: noise_sv2::NoiseEngine,
    /// Frames read while waiting for another type, oldest first.
    later: Vec<(u8, Vec<u8>)>,
}

impl RefClient {
    async fn connect(addr: std::net::SocketAddr, authority: &AuthorityKey) -> Self {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let mut initiator =
            noise_sv2::Initiator::from_raw_k(authority.public().to_bytes()).unwrap();
        stream
            .write_all(&initiator.step_0().unwrap())
            .await
            .unwrap();
        let mut reply = [0u8; 234];
        stream.read_exact(&mut reply).await.unwrap();
        let engine = initiator
            .step_2(reply)
            .expect("the reference verifies our pool's certificate");
        Self {
            stream,
            engine,
            later: Vec::new(),
        }
    }

    async fn send<T: binary_sv2::Encodable + binary_sv2::GetSize>(
        &mut self,
        msg_type: u8,
        channel: bool,
        msg: T,
    ) {
        let payload = binary_sv2::to_bytes(msg).unwrap();
        let h = Header {
            extension_type: if channel { 0x8000 } else { 0 },
            msg_type,
            msg_length: payload.len() as u32,
        };
        let mut wire = h.to_bytes().to_vec();
        self.engine.encrypt(&mut wire).unwrap();
        if !payload.is_empty() {
            let mut body = payload;
            self.engine.encrypt(&mut body).unwrap();
            wire.extend_from_slice(&body);
        }
        self.stream.write_all(&wire).await.unwrap();
    }

    /// The next frame whose type is `want`; others are kept for later (jobs arrive whenever
    /// the chain moves).
    async fn recv(&mut self, want: u8) -> Vec<u8> {
        if let Some(i) = self.later.iter().position(|(t, _)| *t == want) {
            return self.later.remove(i).1;
        }
        loop {
            let mut head = vec![0u8; ENCRYPTED_HEADER_SIZE];
            tokio::time::timeout(Duration::from_secs(20), self.stream.read_exact(&mut head))
                .await
                .expect("a frame")
                .unwrap();
            self.engine.decrypt(&mut head).unwrap();
            let h = Header::parse(head.as_slice().try_into().unwrap());
            let mut body = vec![0u8; encrypted_len(h.len())];
            self.stream.read_exact(&mut body).await.unwrap();
            if !body.is_empty() {
                self.engine.decrypt(&mut body).unwrap();
            }
            if h.msg_type == want {
                return body;
            }
            self.later.push((h.msg_type, body));
        }
    }
}

fn str0255(s: &str) -> binary_sv2::Str0255<'_> {
    binary_sv2::Str0255::new(s.as_bytes()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reference_crates_open_a_channel_and_submit_shares_on_our_pool() {
    let authority = AuthorityKey::generate();
    let (_, v2, pool, stop) = start_pool(&authority).await;
    let mut pool_events = pool.events();
    let mut c = RefClient::connect(v2, &authority).await;

    c.send(
        0x00,
        false,
        common_messages_sv2::SetupConnection {
            protocol: common_messages_sv2::Protocol::MiningProtocol,
            min_version: 2,
            max_version: 2,
            flags: 1,
            endpoint_host: str0255("127.0.0.1"),
            endpoint_port: v2.port(),
            vendor: str0255("sri"),
            hardware_version: str0255(""),
            firmware: str0255(""),
            device_id: str0255("ref-1"),
        },
    )
    .await;
    let mut p = c
        .recv(common_messages_sv2::MESSAGE_TYPE_SETUP_CONNECTION_SUCCESS)
        .await;
    let ok: common_messages_sv2::SetupConnectionSuccess = binary_sv2::from_bytes(&mut p).unwrap();
    assert_eq!(ok.used_version, 2);

    c.send(
        mining_sv2::MESSAGE_TYPE_OPEN_STANDARD_MINING_CHANNEL,
        false,
        mining_sv2::OpenStandardMiningChannel {
            request_id: 7,
            user_identity: str0255("refminer"),
            nominal_hash_rate: 1e6,
            max_target: binary_sv2::U256::from(&[0xff; 32]),
        },
    )
    .await;
    let mut p = c
        .recv(mining_sv2::MESSAGE_TYPE_OPEN_STANDARD_MINING_CHANNEL_SUCCESS)
        .await;
    let open: mining_sv2::OpenStandardMiningChannelSuccess<'_> =
        binary_sv2::from_bytes(&mut p).unwrap();
    assert_eq!(open.request_id, 7);
    let channel = open.channel_id;
    let target = Target(U256::from_le_bytes(open.target.to_array()));
    assert_eq!(
        open.extranonce_prefix.as_bytes().len(),
        4,
        "the channel's own extranonce1"
    );

    let mut p = c.recv(mining_sv2::MESSAGE_TYPE_NEW_MINING_JOB).await;
    let job: mining_sv2::NewMiningJob<'_> = binary_sv2::from_bytes(&mut p).unwrap();
    assert_eq!(
        job.min_ntime.clone().into_inner(),
        None,
        "a future job, then its previous hash"
    );
    let (job_id, version, root) = (job.job_id, job.version, job.merkle_root.to_array());
    let mut p = c
        .recv(mining_sv2::MESSAGE_TYPE_MINING_SET_NEW_PREV_HASH)
        .await;
    let prev: mining_sv2::SetNewPrevHash<'_> = binary_sv2::from_bytes(&mut p).unwrap();
    assert_eq!(prev.job_id, job_id);

    // Header-only mining: everything comes from the two messages.
    let header = BlockHeader {
        version: version as i32,
        prev_blockhash: BlockHash::from_byte_array(prev.prev_hash.to_array()),
        merkle_root: MerkleNode::from_byte_array(root),
        time: prev.min_ntime,
        bits: CompactTarget::from_consensus(prev.nbits),
        nonce: 0,
    };
    let found = WorkUnit::new(header, target)
        .scan(Backend::best(), 0, 1 << 27)
        .found[0];
    // On regtest half of all hashes meet the network target, and a block is accepted whatever
    // the share target: a miss meets neither.
    let network = header.bits.to_target(Target(U256::MAX)).unwrap();
    let miss = (0..)
        .find(|&n| {
            let h = BlockHeader { nonce: n, ..header }.block_hash();
            !target.is_met_by(h) && !network.is_met_by(h)
        })
        .unwrap();
    let submit =
        |seq: u32, channel_id: u32, job_id: u32, nonce: u32| mining_sv2::SubmitSharesStandard {
            channel_id,
            sequence_number: seq,
            job_id,
            nonce,
            ntime: prev.min_ntime,
            version,
        };
    let expect_error = async |c: &mut RefClient, seq: u32, code: &str| {
        let mut p = c.recv(mining_sv2::MESSAGE_TYPE_SUBMIT_SHARES_ERROR).await;
        let e: mining_sv2::SubmitSharesError<'_> = binary_sv2::from_bytes(&mut p).unwrap();
        assert_eq!(
            (e.sequence_number, e.error_code.as_bytes()),
            (seq, code.as_bytes())
        );
    };
    c.send(0x1a, true, submit(1, channel, job_id + 1000, found.nonce))
        .await;
    expect_error(&mut c, 1, "invalid-job-id").await;
    c.send(0x1a, true, submit(2, channel + 1, job_id, found.nonce))
        .await;
    expect_error(&mut c, 2, "invalid-channel-id").await;
    c.send(0x1a, true, submit(3, channel, job_id, miss)).await;
    expect_error(&mut c, 3, "difficulty-too-low").await;
    c.send(0x1a, true, submit(4, channel, job_id, found.nonce))
        .await;
    let mut p = c.recv(mining_sv2::MESSAGE_TYPE_SUBMIT_SHARES_SUCCESS).await;
    let ok: mining_sv2::SubmitSharesSuccess = binary_sv2::from_bytes(&mut p).unwrap();
    assert_eq!(
        (
            ok.channel_id,
            ok.last_sequence_number,
            ok.new_submits_accepted_count
        ),
        (channel, 4, 1)
    );
    // On regtest this share is a block: the chain moved, the same share again is stale.
    c.send(0x1a, true, submit(5, channel, job_id, found.nonce))
        .await;
    expect_error(&mut c, 5, "stale-share").await;
    // And the new block's job arrives as a future job with its previous hash.
    let mut p = c
        .recv(mining_sv2::MESSAGE_TYPE_MINING_SET_NEW_PREV_HASH)
        .await;
    let next: mining_sv2::SetNewPrevHash<'_> = binary_sv2::from_bytes(&mut p).unwrap();
    assert_eq!(
        next.prev_hash.to_array(),
        BlockHeader {
            nonce: found.nonce,
            ..header
        }
        .block_hash()
        .to_byte_array()
    );

    let mut block = None;
    while let Ok(e) = pool_events.try_recv() {
        if let PoolEvent::BlockFound { height, worker, .. } = e {
            block = Some((height, worker));
        }
    }
    assert_eq!(block, Some((1, "refminer".to_string())));
    assert!(
        pool.balances()
            .unwrap()
            .get("refminer")
            .is_some_and(|&v| v > 0)
    );
    let _ = stop.send(());
}

async fn run_miner(
    url: PoolUrl,
    user: &str,
) -> (
    mpsc::UnboundedReceiver<ClientEvent>,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let miner = Arc::new(
        Miner::start(MinerConfig {
            threads: 1,
            ..MinerConfig::default()
        })
        .unwrap(),
    );
    let (ev_tx, ev_rx) = mpsc::unbounded_channel();
    let cfg = ClientConfig {
        pools: vec![url],
        user: user.into(),
        min_backoff: Duration::from_millis(50),
        max_backoff: Duration::from_millis(200),
        ..ClientConfig::default()
    };
    let (stop, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(client::run(cfg, miner, ev_tx, async {
        let _ = stop_rx.await;
    }));
    (ev_rx, stop, task)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_v2_miner_and_a_v1_miner_share_one_pool_and_one_ledger() {
    let authority = AuthorityKey::generate();
    let (v1, v2, pool, stop) = start_pool(&authority).await;
    let mut pool_events = pool.events();
    let v2_url: PoolUrl = format!("stratum2+tcp://{v2}/{}", authority.public())
        .parse()
        .unwrap();
    let (mut v2_events, v2_stop, v2_task) = run_miner(v2_url, "vera").await;
    let (_v1_events, v1_stop, v1_task) =
        run_miner(format!("stratum+tcp://{v1}").parse().unwrap(), "victor").await;

    let mut blocks: Vec<(u32, String)> = Vec::new();
    tokio::time::timeout(Duration::from_secs(90), async {
        while blocks.iter().filter(|b| b.1 == "vera").count() < 3
            || !blocks.iter().any(|b| b.1 == "victor")
        {
            match pool_events.recv().await.unwrap() {
                PoolEvent::BlockFound { height, worker, .. } => blocks.push((height, worker)),
                PoolEvent::ShareRejected {
                    worker,
                    code,
                    reason,
                } if worker == "vera" && code != 21 => {
                    panic!("vera's share rejected: {code} {reason}")
                }
                _ => {}
            }
        }
    })
    .await
    .expect("three V2 blocks and a V1 block within 90 s");
    // The pool reports a block before the miner reads its acknowledgement: wait for those.
    let (mut accepted, mut block_acks) = (0, 0);
    tokio::time::timeout(Duration::from_secs(20), async {
        while block_acks < 3 {
            match v2_events.recv().await.unwrap() {
                ClientEvent::Accepted => accepted += 1,
                ClientEvent::BlockAccepted { .. } => block_acks += 1,
                _ => {}
            }
        }
    })
    .await
    .expect("the V2 miner hears its three blocks acknowledged");
    let _ = v2_stop.send(());
    let _ = v1_stop.send(());
    v2_task.await.unwrap();
    v1_task.await.unwrap();

    assert!(
        accepted >= 3 && block_acks >= 3,
        "V2 acknowledgements: {accepted} shares, {block_acks} blocks"
    );
    // One ledger: both miners are owed; every block on the chain is paid to one of them.
    let owed = pool.balances().unwrap();
    assert!(
        owed.get("vera").is_some_and(|&v| v > 0) && owed.get("victor").is_some_and(|&v| v > 0),
        "{owed:?}"
    );
    let chain = pool.chain();
    let rewards: u64 = (1..=chain.height())
        .map(|h| minewatch_pow::subsidy::block_subsidy(h, chain.params()))
        .sum();
    assert_eq!(owed.values().sum::<u64>(), rewards);
    // The V2 miner's blocks pass the oracle.
    for (height, _) in blocks.iter().filter(|b| b.1 == "vera") {
        let b: bitcoin::Block = deserialize(&chain.blocks()[*height as usize].encode()).unwrap();
        assert!(b.check_merkle_root());
        assert!(b.header.validate_pow(b.header.target()).is_ok());
    }
    let _ = stop.send(());
}

/// A man in the middle: terminates the miner's Noise session with its own authority key and
/// opens its own to the pool, relaying every frame both ways.
async fn mitm_proxy(
    pool_v2: std::net::SocketAddr,
    pool_authority: &AuthorityKey,
) -> (std::net::SocketAddr, AuthorityKey) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let own = AuthorityKey::generate();
    let responder = Responder::new(own.clone(), 3600);
    let pinned = pool_authority.public();
    tokio::spawn(async move {
        loop {
            let Ok((mut down, _)) = listener.accept().await else {
                return;
            };
            let responder = responder.clone();
            tokio::spawn(async move {
                let mut hello = [0u8; 64];
                down.read_exact(&mut hello).await?;
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_secs() as u32;
                let (reply, down_t) = responder
                    .respond(&hello, now)
                    .map_err(std::io::Error::other)?;
                down.write_all(&reply).await?;
                let mut up = TcpStream::connect(pool_v2).await?;
                let (initiator, hello) = Initiator::new(pinned);
                up.write_all(&hello).await?;
                let mut reply = [0u8; 234];
                up.read_exact(&mut reply).await?;
                let up_t = initiator
                    .finish(&reply, now)
                    .map_err(std::io::Error::other)?;
                let (down_enc, down_dec) = down_t.split();
                let (up_enc, up_dec) = up_t.split();
                let (dr, dw) = down.into_split();
                let (ur, uw) = up.into_split();
                tokio::spawn(relay(dr, down_dec, uw, up_enc));
                relay(ur, up_dec, dw, down_enc).await
            });
        }
    });
    (addr, own)
}

async fn relay(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut dec: minewatch_stratum::sv2::noise::Decryptor,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    mut enc: minewatch_stratum::sv2::noise::Encryptor,
) -> std::io::Result<()> {
    let mut buf = vec![0u8; 16384];
    loop {
        let n = from.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        dec.push(&buf[..n]);
        while let Some(frame) = dec.next_frame().map_err(std::io::Error::other)? {
            to.write_all(&enc.encrypt_frame(&frame).map_err(std::io::Error::other)?)
                .await?;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_miner_refuses_a_man_in_the_middle_that_swaps_the_pool_key() {
    let authority = AuthorityKey::generate();
    let (_, v2, pool, stop) = start_pool(&authority).await;
    let (proxy, proxy_key) = mitm_proxy(v2, &authority).await;

    // Pinned to the pool's key, through the proxy: refused, nothing mined.
    let url: PoolUrl = format!("stratum2+tcp://{proxy}/{}", authority.public())
        .parse()
        .unwrap();
    let (mut events, miner_stop, task) = run_miner(url, "mallory-victim").await;
    let reason = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            match events.recv().await.unwrap() {
                ClientEvent::Disconnected { reason } => return reason,
                ClientEvent::Connected { .. } | ClientEvent::Job { .. } => {
                    panic!("mined through a swapped key")
                }
                _ => {}
            }
        }
    })
    .await
    .expect("refused within 20 s");
    assert!(
        reason.contains("certificate") && reason.contains(&authority.public().to_string()),
        "{reason}"
    );
    let _ = miner_stop.send(());
    task.await.unwrap();

    // The proxy itself works: a miner that pins the proxy's own key mines through it, so the
    // refusal above is the key check and nothing else.
    let url: PoolUrl = format!("stratum2+tcp://{proxy}/{}", proxy_key.public())
        .parse()
        .unwrap();
    let (mut events, miner_stop, task) = run_miner(url, "trusting").await;
    tokio::time::timeout(Duration::from_secs(60), async {
        while events.recv().await.unwrap() != ClientEvent::Accepted {}
    })
    .await
    .expect("a share accepted through the proxy");
    let _ = miner_stop.send(());
    task.await.unwrap();
    let owed = pool.balances().unwrap();
    assert!(!owed.contains_key("mallory-victim"), "{owed:?}");
    let _ = stop.send(());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_v1_miner_mines_through_the_proxy_on_the_v2_port_under_its_own_name() {
    use minewatch_stratum::proxy::{ProxyConfig, serve_proxy};
    let authority = AuthorityKey::generate();
    let (_, v2, pool, stop) = start_pool(&authority).await;
    let mut pool_events = pool.events();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_addr = listener.local_addr().unwrap();
    let upstream: PoolUrl = format!("stratum2+tcp://{v2}/{}", authority.public())
        .parse()
        .unwrap();
    let (pstop, pstop_rx) = tokio::sync::oneshot::channel::<()>();
    let proxy = tokio::spawn(serve_proxy(
        listener,
        Arc::new(ProxyConfig::new(upstream)),
        async {
            let _ = pstop_rx.await;
        },
    ));
    let (mut events, miner_stop, task) = run_miner(
        format!("stratum+tcp://{proxy_addr}").parse().unwrap(),
        "walter",
    )
    .await;
    let mut blocks = 0;
    tokio::time::timeout(Duration::from_secs(60), async {
        while blocks < 2 {
            match pool_events.recv().await.unwrap() {
                PoolEvent::BlockFound { worker, .. } => {
                    assert_eq!(worker, "walter", "the channel is named after the V1 worker");
                    blocks += 1;
                }
                PoolEvent::ShareRejected { code, reason, .. } if code != 21 => {
                    panic!("rejected {code} {reason}")
                }
                _ => {}
            }
        }
    })
    .await
    .expect("two blocks through the proxy");
    // The miner heard the pool's acceptances through the proxy.
    tokio::time::timeout(Duration::from_secs(20), async {
        while events.recv().await.unwrap() != ClientEvent::Accepted {}
    })
    .await
    .expect("an acceptance relayed");
    let _ = miner_stop.send(());
    task.await.unwrap();
    let _ = pstop.send(());
    proxy.await.unwrap().unwrap();
    assert!(
        pool.balances()
            .unwrap()
            .get("walter")
            .is_some_and(|&v| v > 0)
    );
    let _ = stop.send(());
}

/// A miner that announces a frame over the pool's limit is disconnected from the header alone,
/// before the pool holds the payload; one that completes the handshake and then sends bytes
/// that do not authenticate is disconnected too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_v2_frame_closes_the_connection() {
    use minewatch_stratum::sv2::Frame;
    let authority = AuthorityKey::generate();
    let (_, v2, _pool, stop) = start_pool(&authority).await;
    for forged in [false, true] {
        let url: PoolUrl = format!("stratum2+tcp://{v2}/{}", authority.public())
            .parse()
            .unwrap();
        let mut stream = TcpStream::connect(v2).await.unwrap();
        let (initiator, hello) = Initiator::new(url.authority.unwrap());
        stream.write_all(&hello).await.unwrap();
        let mut reply = [0u8; 234];
        stream.read_exact(&mut reply).await.unwrap();
        let mut t = initiator
            .finish(
                &reply,
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_secs() as u32,
            )
            .unwrap();
        let wire = if forged {
            vec![0x55; 64]
        } else {
            // The header of a 1 MiB frame, then nothing: the pool must not wait for the rest.
            let frame = Frame {
                header: Header {
                    extension_type: 0,
                    msg_type: 0,
                    msg_length: 1 << 20,
                },
                payload: vec![0; 1 << 20],
            };
            t.send.encrypt_frame(&frame).unwrap()[..ENCRYPTED_HEADER_SIZE].to_vec()
        };
        stream.write_all(&wire).await.unwrap();
        let mut buf = [0u8; 64];
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("closed, not waiting")
            .unwrap_or(0);
        assert_eq!(n, 0, "the pool closes the connection (forged: {forged})");
    }
    let _ = stop.send(());
}
