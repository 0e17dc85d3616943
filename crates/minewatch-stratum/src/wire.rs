//! Stratum V1 against Stratum V2 on the wire, in one run: the same pool serves both on
//! 127.0.0.1, a client of each kind mines the same number of rounds (on the embedded regtest
//! chain every share is a block, so each round is a share, its acknowledgement and a new job),
//! and the bytes each message costs and the time from a block-solving share to the next job
//! are measured on the client's socket. Application bytes only: TCP/IP headers are the same
//! per segment for both. V2 here is a standard (header-only) channel, as mining devices use.

use std::sync::Arc;
use std::time::{Duration, Instant};

use minewatch_pow::search::{Backend, WorkUnit};
use minewatch_pow::u256::U256;
use minewatch_pow::{BlockHash, CompactTarget, Header, MerkleNode, Target};
use serde::Serialize;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use crate::client::PoolUrl;
use crate::pool::{self, Pool, PoolConfig};
use crate::proto::{Message, Method, Submit, SubscribeResult};
use crate::sv2::message::{OpenStandardMiningChannel, SetupConnection, SubmitSharesStandard};
use crate::sv2::noise::{ENCRYPTED_HEADER_SIZE, encrypted_len};
use crate::sv2::{AuthorityKey, Message as V2, Responder, Transport};

/// One protocol's figures.
#[derive(Debug, Clone, Serialize)]
pub struct ProtocolFigures {
    /// Connect to first job (V2: handshake, setup, channel), milliseconds.
    pub setup_ms: f64,
    /// The Noise handshake alone (V2), milliseconds.
    pub handshake_ms: Option<f64>,
    /// Bytes the client sent and received before its first job.
    pub setup_bytes: usize,
    /// A share submit, bytes on the wire (mean).
    pub submit_bytes: f64,
    /// Its acknowledgement (mean).
    pub ack_bytes: f64,
    /// A new job after a block (mean; V1: `mining.notify`; V2: NewMiningJob + SetNewPrevHash).
    pub job_bytes: f64,
    /// From sending a block-solving share to holding the next job: mean, median, worst (ms).
    pub job_switch_ms: [f64; 3],
    /// Rounds measured.
    pub rounds: usize,
}

/// Both protocols, measured in one run against one pool.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// Stratum V1 (JSON lines).
    pub v1: ProtocolFigures,
    /// Stratum V2 (Noise-encrypted binary frames, standard channel).
    pub v2: ProtocolFigures,
}

fn mean(v: &[usize]) -> f64 {
    v.iter().sum::<usize>() as f64 / v.len().max(1) as f64
}

fn latency(mut ms: Vec<f64>) -> [f64; 3] {
    ms.sort_by(f64::total_cmp);
    let m = ms.iter().sum::<f64>() / ms.len().max(1) as f64;
    [
        m,
        ms.get(ms.len() / 2).copied().unwrap_or(0.0),
        ms.last().copied().unwrap_or(0.0),
    ]
}

fn figures(
    setup_ms: f64,
    handshake_ms: Option<f64>,
    setup_bytes: usize,
    submits: &[usize],
    acks: &[usize],
    jobs: &[usize],
    switch: Vec<f64>,
) -> ProtocolFigures {
    ProtocolFigures {
        setup_ms,
        handshake_ms,
        setup_bytes,
        submit_bytes: mean(submits),
        ack_bytes: mean(acks),
        job_bytes: mean(jobs),
        job_switch_ms: latency(switch),
        rounds: submits.len(),
    }
}

fn nonce_for(header: Header, target: Target) -> Result<u32, String> {
    let w = WorkUnit::new(header, target);
    (0u32..64)
        .find_map(|i| {
            w.scan(Backend::best(), i << 26, 1 << 26)
                .found
                .first()
                .map(|f| f.nonce)
        })
        .ok_or_else(|| "no share found in 2^32 nonces".into())
}

fn io(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Runs both clients for `rounds` rounds each against one pool and reports.
pub async fn compare(rounds: usize) -> Result<Comparison, String> {
    let rounds = rounds.max(1);
    let config = PoolConfig {
        initial_difficulty: 1e-6,
        min_difficulty: 1e-6,
        vardiff: false,
        ..PoolConfig::default()
    };
    let pool = Pool::new(config);
    let v1 = TcpListener::bind("127.0.0.1:0").await.map_err(io)?;
    let v2 = TcpListener::bind("127.0.0.1:0").await.map_err(io)?;
    let (a1, a2) = (v1.local_addr().map_err(io)?, v2.local_addr().map_err(io)?);
    let authority = AuthorityKey::generate();
    let responder = Arc::new(Responder::new(authority.clone(), 3600));
    let (stop, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let (stop2, stop2_rx) = tokio::sync::oneshot::channel::<()>();
    let s1 = tokio::spawn(pool::serve(v1, pool.clone(), async {
        let _ = stop_rx.await;
    }));
    let s2 = tokio::spawn(pool::serve_v2(v2, pool.clone(), responder, async {
        let _ = stop2_rx.await;
    }));
    let r1 = v1_client(a1, rounds).await;
    let url = PoolUrl {
        authority: Some(authority.public()),
        ..PoolUrl::v1("127.0.0.1", a2.port())
    };
    let r2 = v2_client(&url, rounds).await;
    let _ = stop.send(());
    let _ = stop2.send(());
    let _ = s1.await;
    let _ = s2.await;
    Ok(Comparison { v1: r1?, v2: r2? })
}

async fn v1_client(addr: std::net::SocketAddr, rounds: usize) -> Result<ProtocolFigures, String> {
    let t0 = Instant::now();
    let stream = TcpStream::connect(addr).await.map_err(io)?;
    stream.set_nodelay(true).map_err(io)?;
    let (r, mut w) = stream.into_split();
    let mut r = BufReader::new(r);
    let hello = Message::request(
        1,
        Method::Subscribe {
            user_agent: Some("bench".into()),
            session_id: None,
        },
    )
    .to_line()
        + &Message::request(
            2,
            Method::Authorize {
                username: "v1".into(),
                password: "x".into(),
            },
        )
        .to_line();
    w.write_all(hello.as_bytes()).await.map_err(io)?;
    let mut setup_bytes = hello.len();
    let (mut en1, mut diff, mut job) = (None, 1.0, None);
    let mut line = String::new();
    while en1.is_none() || job.is_none() {
        line.clear();
        let n = tokio::time::timeout(Duration::from_secs(10), r.read_line(&mut line))
            .await
            .map_err(io)?
            .map_err(io)?;
        if n == 0 {
            return Err("V1 pool closed".into());
        }
        setup_bytes += n;
        match Message::parse(line.trim_end().as_bytes()).map_err(io)? {
            Message::Response { result, .. } if result.is_array() => {
                en1 = Some(
                    SubscribeResult::from_value(&result)
                        .map_err(io)?
                        .extranonce1,
                )
            }
            Message::Request {
                method: Method::SetDifficulty(d),
                ..
            } => diff = d,
            Message::Request {
                method: Method::Notify(j),
                ..
            } => job = Some(j),
            _ => {}
        }
    }
    let setup_ms = t0.elapsed().as_secs_f64() * 1e3;
    let en1 = en1.unwrap_or_default();
    let target = Target::from_difficulty(diff).unwrap_or(Target::DIFFICULTY_1);
    let (mut submits, mut acks, mut jobs, mut switch) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..rounds {
        let Some(j) = job.take() else { break };
        let en2 = (i as u32).to_le_bytes();
        let nonce = nonce_for(j.header(&en1, &en2, j.ntime, 0, None, 0), target)?;
        let submit = Message::request(
            100 + i as u64,
            Method::Submit(Submit {
                worker: "v1".into(),
                job_id: j.job_id.clone(),
                extranonce2: en2.to_vec(),
                ntime: j.ntime,
                nonce,
                version_bits: None,
            }),
        )
        .to_line();
        let sent = Instant::now();
        w.write_all(submit.as_bytes()).await.map_err(io)?;
        submits.push(submit.len());
        let mut acked = false;
        while !acked || job.is_none() {
            line.clear();
            let n = tokio::time::timeout(Duration::from_secs(10), r.read_line(&mut line))
                .await
                .map_err(io)?
                .map_err(io)?;
            if n == 0 {
                return Err("V1 pool closed".into());
            }
            match Message::parse(line.trim_end().as_bytes()).map_err(io)? {
                Message::Response { .. } => {
                    acks.push(n);
                    acked = true;
                }
                Message::Request {
                    method: Method::Notify(nj),
                    ..
                } if nj.clean_jobs => {
                    switch.push(sent.elapsed().as_secs_f64() * 1e3);
                    jobs.push(n);
                    job = Some(nj);
                }
                _ => {}
            }
        }
    }
    Ok(figures(
        setup_ms,
        None,
        setup_bytes,
        &submits,
        &acks,
        &jobs,
        switch,
    ))
}

fn wire_len(payload: usize) -> usize {
    ENCRYPTED_HEADER_SIZE + encrypted_len(payload)
}

struct V2Conn {
    stream: TcpStream,
    t: Transport,
    buf: Vec<u8>,
}

impl V2Conn {
    async fn send(&mut self, m: &V2) -> Result<usize, String> {
        let b = self.t.encrypt(m).map_err(io)?;
        self.stream.write_all(&b).await.map_err(io)?;
        Ok(b.len())
    }

    async fn recv(&mut self) -> Result<(V2, usize), String> {
        loop {
            if let Some(f) = self.t.next_frame().map_err(io)? {
                let n = wire_len(f.payload.len());
                return Ok((f.message().map_err(io)?, n));
            }
            let n = tokio::time::timeout(Duration::from_secs(10), self.stream.read(&mut self.buf))
                .await
                .map_err(io)?
                .map_err(io)?;
            if n == 0 {
                return Err("V2 pool closed".into());
            }
            self.t.push(&self.buf[..n]);
        }
    }
}

async fn v2_client(url: &PoolUrl, rounds: usize) -> Result<ProtocolFigures, String> {
    let t0 = Instant::now();
    let authority = url.authority.ok_or("no authority key")?;
    let (stream, t) = crate::client::v2::connect(url, authority).await?;
    let handshake_ms = t0.elapsed().as_secs_f64() * 1e3;
    let mut c = V2Conn {
        stream,
        t,
        buf: vec![0u8; 16 * 1024],
    };
    let mut setup_bytes =
        crate::sv2::noise::INITIATOR_MESSAGE_SIZE + crate::sv2::noise::RESPONDER_MESSAGE_SIZE;
    setup_bytes += c
        .send(&V2::from(SetupConnection {
            min_version: 2,
            max_version: 2,
            flags: 1,
            endpoint_host: url.host.clone(),
            endpoint_port: url.port,
            vendor: "bench".into(),
            ..SetupConnection::default()
        }))
        .await?;
    setup_bytes += c
        .send(&V2::from(OpenStandardMiningChannel {
            request_id: 1,
            user_identity: "v2".into(),
            nominal_hash_rate: 0.0,
            max_target: [0xff; 32],
        }))
        .await?;
    let (mut channel, mut target) = (0, Target::DIFFICULTY_1);
    let mut future: Option<(u32, u32, [u8; 32])> = None;
    let mut current: Option<Header> = None;
    let mut job_id = 0;
    while current.is_none() {
        let (m, n) = c.recv().await?;
        setup_bytes += n;
        match m {
            V2::OpenStandardMiningChannelSuccess(ok) => {
                channel = ok.channel_id;
                target = Target(U256::from_le_bytes(ok.target));
            }
            V2::NewMiningJob(j) => future = Some((j.job_id, j.version, j.merkle_root)),
            V2::SetNewPrevHash(p) => {
                if let Some((id, version, root)) = future.take().filter(|f| f.0 == p.job_id) {
                    job_id = id;
                    current = Some(header(version, p.prev_hash, root, p.min_ntime, p.nbits));
                }
            }
            V2::OpenMiningChannelError(e) => {
                return Err(format!("channel refused: {}", e.error_code));
            }
            _ => {}
        }
    }
    let setup_ms = t0.elapsed().as_secs_f64() * 1e3;
    let (mut submits, mut acks, mut jobs, mut switch) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..rounds {
        let Some(h) = current.take() else { break };
        let nonce = nonce_for(h, target)?;
        let sent = Instant::now();
        submits.push(
            c.send(&V2::from(SubmitSharesStandard {
                channel_id: channel,
                sequence_number: i as u32 + 1,
                job_id,
                nonce,
                ntime: h.time,
                version: h.version as u32,
            }))
            .await?,
        );
        let (mut acked, mut job_bytes) = (false, 0);
        while !acked || current.is_none() {
            let (m, n) = c.recv().await?;
            match m {
                V2::SubmitSharesSuccess(_) => {
                    acks.push(n);
                    acked = true;
                }
                V2::SubmitSharesError(e) => {
                    return Err(format!("share rejected: {}", e.error_code));
                }
                V2::NewMiningJob(j) => {
                    job_bytes += n;
                    future = Some((j.job_id, j.version, j.merkle_root));
                }
                V2::SetNewPrevHash(p) => {
                    job_bytes += n;
                    if let Some((id, version, root)) = future.take().filter(|f| f.0 == p.job_id) {
                        switch.push(sent.elapsed().as_secs_f64() * 1e3);
                        jobs.push(job_bytes);
                        job_id = id;
                        current = Some(header(version, p.prev_hash, root, p.min_ntime, p.nbits));
                    }
                }
                _ => {}
            }
        }
    }
    Ok(figures(
        setup_ms,
        Some(handshake_ms),
        setup_bytes,
        &submits,
        &acks,
        &jobs,
        switch,
    ))
}

fn header(version: u32, prev: [u8; 32], root: [u8; 32], ntime: u32, nbits: u32) -> Header {
    Header {
        version: version as i32,
        prev_blockhash: BlockHash::from_byte_array(prev),
        merkle_root: MerkleNode::from_byte_array(root),
        time: ntime,
        bits: CompactTarget::from_consensus(nbits),
        nonce: 0,
    }
}
