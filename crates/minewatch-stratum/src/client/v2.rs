//! The Stratum V2 session of the client: Noise handshake against the pinned authority key
//! (a server whose certificate does not verify is refused before anything is mined), then one
//! standard channel mined header-only, shares submitted with sequence numbers.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use minewatch_miner::{FoundShare, Miner};
use minewatch_pow::u256::U256;
use minewatch_pow::{BlockHash, CompactTarget, Header, MerkleNode, Target};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

use super::{ClientConfig, ClientEvent, PoolUrl, SessionEnd};
use crate::sv2::message::{OpenStandardMiningChannel, SetupConnection, SubmitSharesStandard};
use crate::sv2::noise::RESPONDER_MESSAGE_SIZE;
use crate::sv2::{AuthorityPublicKey, Initiator, Message, Transport};

/// `SetupConnection` flag of the mining protocol: the device mines standard jobs only.
const REQUIRES_STANDARD_JOBS: u32 = 1;
/// `SetupConnectionSuccess` flag: the pool wants the version left as sent.
const REQUIRES_FIXED_VERSION: u32 = 1;
/// BIP 320's general-purpose version bits.
const BIP320_MASK: u32 = 0x1fff_e000;
/// Jobs remembered (future and current).
const JOBS_KEPT: usize = 64;

struct Job {
    version: u32,
    merkle_root: [u8; 32],
}

struct State {
    channel: Option<u32>,
    target: Target,
    version_mask: u32,
    jobs: BTreeMap<u32, Job>,
    /// The block being mined on: previous hash, nBits, smallest nTime.
    prev: Option<([u8; 32], u32, u32)>,
    current: Option<u32>,
    /// Submits waiting for an answer: sequence number -> block hash when the share is a block.
    pending: HashMap<u32, Option<String>>,
    sequence: u32,
}

pub(crate) fn unix_now() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs().min(u64::from(u32::MAX)) as u32)
}

fn mine(st: &State, miner: &Miner) {
    let (Some(id), Some((prev, nbits, min_ntime))) = (st.current, st.prev) else {
        return;
    };
    let Some(job) = st.jobs.get(&id) else { return };
    let header = Header {
        version: job.version as i32,
        prev_blockhash: BlockHash::from_byte_array(prev),
        merkle_root: MerkleNode::from_byte_array(job.merkle_root),
        time: min_ntime.max(unix_now()),
        bits: CompactTarget::from_consensus(nbits),
        nonce: 0,
    };
    let mut work = minewatch_miner::Job::new(id.to_string(), header, st.target);
    work.version_mask = st.version_mask;
    miner.set_job(work);
}

/// Connects to a V2 server and completes the Noise handshake against the pinned authority
/// key; the error says what failed, naming the URL (a certificate the key did not sign
/// included: nothing is sent after it).
pub(crate) async fn connect(
    url: &PoolUrl,
    authority: AuthorityPublicKey,
) -> Result<(TcpStream, Transport), String> {
    let mut stream = super::dial(url).await?;
    let (initiator, hello) = Initiator::new(authority);
    stream
        .write_all(&hello)
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    let mut reply = [0u8; RESPONDER_MESSAGE_SIZE];
    match tokio::time::timeout(Duration::from_secs(10), stream.read_exact(&mut reply)).await {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => return Err(format!("{url}: no noise handshake: {e}")),
        Err(_) => return Err(format!("{url}: no noise handshake: timed out")),
    }
    match initiator.finish(&reply, unix_now()) {
        Ok(t) => Ok((stream, t)),
        Err(e) => {
            tracing::error!(pool = %url, "refusing the pool: {e}");
            Err(format!("{url}: {e}"))
        }
    }
}

pub(super) async fn session(
    cfg: &ClientConfig,
    url: &PoolUrl,
    authority: AuthorityPublicKey,
    miner: &Miner,
    shares: &mut mpsc::Receiver<FoundShare>,
    events: &mpsc::UnboundedSender<ClientEvent>,
) -> SessionEnd {
    let fail = |reason: String| SessionEnd::Error {
        reason,
        was_up: false,
    };
    let (mut stream, mut transport) = match connect(url, authority).await {
        Ok(c) => c,
        Err(reason) => return fail(reason),
    };
    let setup = Message::from(SetupConnection {
        protocol: 0,
        min_version: 2,
        max_version: 2,
        flags: REQUIRES_STANDARD_JOBS,
        endpoint_host: url.host.chars().take(255).collect(),
        endpoint_port: url.port,
        vendor: "minewatch".into(),
        hardware_version: "cpu".into(),
        firmware: env!("CARGO_PKG_VERSION").into(),
        device_id: cfg.user.chars().take(255).collect(),
    });
    let mut st = State {
        channel: None,
        target: Target::DIFFICULTY_1,
        version_mask: BIP320_MASK,
        jobs: BTreeMap::new(),
        prev: None,
        current: None,
        pending: HashMap::new(),
        sequence: 0,
    };
    let mut out = vec![setup];
    let mut chunk = vec![0u8; 16 * 1024];
    loop {
        if !out.is_empty() {
            let mut bytes = Vec::new();
            for m in out.drain(..) {
                match transport.encrypt(&m) {
                    Ok(b) => bytes.extend_from_slice(&b),
                    Err(e) => return fail(format!("{url}: {e}")),
                }
            }
            if let Err(e) = stream.write_all(&bytes).await {
                return SessionEnd::Error {
                    reason: format!("{url}: {e}"),
                    was_up: st.channel.is_some(),
                };
            }
        }
        let up = st.channel.is_some();
        tokio::select! {
            read = stream.read(&mut chunk) => {
                let n = match read {
                    Ok(0) => return SessionEnd::Error { reason: format!("{url} closed the connection"), was_up: up },
                    Ok(n) => n,
                    Err(e) => return SessionEnd::Error { reason: format!("{url}: {e}"), was_up: up },
                };
                transport.push(&chunk[..n]);
                loop {
                    let frame = match transport.next_frame() {
                        Ok(Some(f)) => f,
                        Ok(None) => break,
                        Err(e) => return SessionEnd::Error { reason: format!("{url}: {e}"), was_up: up },
                    };
                    let msg = match frame.message() {
                        Ok(m) => m,
                        Err(e) => { tracing::warn!(pool = %url, "ignoring a V2 frame: {e}"); continue; }
                    };
                    if let Some(end) = on_message(cfg, url, &mut st, msg, miner, events, &mut out) {
                        return end;
                    }
                }
            }
            share = shares.recv() => {
                let Some(share) = share else { return fail("miner stopped".into()) };
                let (Some(channel_id), Ok(job_id)) = (st.channel, share.job_id.parse::<u32>()) else { continue };
                // Jobs on an older block were dropped with its SetNewPrevHash.
                if !st.jobs.contains_key(&job_id) {
                    let _ = events.send(ClientEvent::Stale);
                    continue;
                }
                st.sequence = st.sequence.wrapping_add(1);
                let block = share
                    .header
                    .bits
                    .to_target(Target(U256::MAX))
                    .is_ok_and(|t| t.is_met_by(share.hash))
                    .then(|| share.hash.to_string());
                st.pending.insert(st.sequence, block);
                if st.pending.len() > 4096 {
                    // A pool that never answers: forget the oldest rather than grow.
                    if let Some(&k) = st.pending.keys().min() {
                        st.pending.remove(&k);
                    }
                }
                out.push(Message::from(SubmitSharesStandard {
                    channel_id,
                    sequence_number: st.sequence,
                    job_id,
                    nonce: share.header.nonce,
                    ntime: share.header.time,
                    version: share.header.version as u32,
                }));
            }
        }
    }
}

fn on_message(
    cfg: &ClientConfig,
    url: &PoolUrl,
    st: &mut State,
    msg: Message,
    miner: &Miner,
    events: &mpsc::UnboundedSender<ClientEvent>,
    out: &mut Vec<Message>,
) -> Option<SessionEnd> {
    match msg {
        Message::SetupConnectionSuccess(s) => {
            if s.flags & REQUIRES_FIXED_VERSION != 0 {
                st.version_mask = 0;
            }
            out.push(Message::from(OpenStandardMiningChannel {
                request_id: 1,
                user_identity: cfg.user.chars().take(255).collect(),
                nominal_hash_rate: 0.0,
                max_target: [0xff; 32],
            }));
        }
        Message::SetupConnectionError(e) => {
            return Some(SessionEnd::Error {
                reason: format!("{url}: connection refused: {}", e.error_code),
                was_up: false,
            });
        }
        Message::OpenStandardMiningChannelSuccess(ok) => {
            st.channel = Some(ok.channel_id);
            st.target = Target(U256::from_le_bytes(ok.target));
            let _ = events.send(ClientEvent::Connected {
                pool: url.to_string(),
            });
            let _ = events.send(ClientEvent::Difficulty(st.target.difficulty_float()));
        }
        Message::OpenMiningChannelError(e) => {
            return Some(SessionEnd::Error {
                reason: format!("{url}: channel refused: {}", e.error_code),
                was_up: false,
            });
        }
        Message::NewMiningJob(j) if Some(j.channel_id) == st.channel => {
            st.jobs.insert(
                j.job_id,
                Job {
                    version: j.version,
                    merkle_root: j.merkle_root,
                },
            );
            while st.jobs.len() > JOBS_KEPT {
                st.jobs.pop_first();
            }
            if let (Some(ntime), Some(prev)) = (j.min_ntime, st.prev.as_mut()) {
                prev.2 = ntime;
                st.current = Some(j.job_id);
                let _ = events.send(ClientEvent::Job {
                    id: j.job_id.to_string(),
                    clean: false,
                });
                mine(st, miner);
            }
        }
        Message::SetNewPrevHash(p) if Some(p.channel_id) == st.channel => {
            st.prev = Some((p.prev_hash, p.nbits, p.min_ntime));
            st.current = Some(p.job_id);
            // Earlier jobs built on the old block: gone.
            st.jobs.retain(|&id, _| id == p.job_id);
            let _ = events.send(ClientEvent::Job {
                id: p.job_id.to_string(),
                clean: true,
            });
            mine(st, miner);
        }
        Message::SetTarget(t) if Some(t.channel_id) == st.channel => {
            st.target = Target(U256::from_le_bytes(t.maximum_target));
            let _ = events.send(ClientEvent::Difficulty(st.target.difficulty_float()));
            mine(st, miner);
        }
        Message::SubmitSharesSuccess(ok) => {
            let mut done: Vec<u32> = st
                .pending
                .keys()
                .copied()
                .filter(|&k| ok.covers(k))
                .collect();
            done.sort_unstable();
            for k in done {
                if let Some(block) = st.pending.remove(&k) {
                    let _ = events.send(ClientEvent::Accepted);
                    if let Some(hash) = block {
                        let _ = events.send(ClientEvent::BlockAccepted { hash });
                    }
                }
            }
        }
        Message::SubmitSharesError(e) => {
            st.pending.remove(&e.sequence_number);
            let code = match e.error_code.as_str() {
                "stale-share" | "invalid-job-id" => 21,
                "duplicate-share" => 22,
                "difficulty-too-low" => 23,
                "unauthorized" | "invalid-channel-id" => 24,
                _ => 20,
            };
            let _ = events.send(ClientEvent::Rejected {
                code,
                reason: e.error_code,
            });
        }
        Message::Reconnect(r) => {
            let to = PoolUrl {
                host: if r.new_host.is_empty() {
                    url.host.clone()
                } else {
                    r.new_host
                },
                port: if r.new_port == 0 {
                    url.port
                } else {
                    r.new_port
                },
                authority: url.authority,
            };
            return Some(SessionEnd::Reconnect {
                to,
                wait: Duration::ZERO,
            });
        }
        Message::CloseChannel(c) if Some(c.channel_id) == st.channel => {
            return Some(SessionEnd::Error {
                reason: format!("{url}: channel closed: {}", c.reason_code),
                was_up: true,
            });
        }
        other => tracing::debug!(pool = %url, "V2 message not used by a miner: {}", other.name()),
    }
    None
}
