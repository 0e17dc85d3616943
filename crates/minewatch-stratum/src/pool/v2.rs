//! The pool's Stratum V2 listener: Noise-encrypted connections, standard (header-only) and
//! extended channels, served from the same jobs, the same share validation and the same
//! ledger as V1.
//!
//! A channel is the V2 picture of a V1 subscription: it gets its own extranonce1 (the
//! extranonce2 is fixed at zeros), so the pool computes its merkle root and a V2 share
//! `(job, nonce, ntime, version)` becomes the V1 share `(job, extranonce2 = 0, ntime, nonce,
//! version bits)` that [`Pool::check_share`] already judges. Acknowledgements wait for the
//! share to be durable, exactly as on V1.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use minewatch_pow::{BlockHash, Target};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{Conn, Durable, Pool, PoolEvent, Written, accept_loop, retarget, unix_now};
use crate::chain::EXTRANONCE2_SIZE;
use crate::proto::{ErrorCode, Job, StratumError, Submit};
use crate::sv2::message::{
    NewExtendedMiningJob, NewMiningJob, OpenExtendedMiningChannel,
    OpenExtendedMiningChannelSuccess, OpenMiningChannelError, OpenStandardMiningChannel,
    OpenStandardMiningChannelSuccess, SetNewPrevHash, SetTarget, SetupConnection,
    SetupConnectionError, SetupConnectionSuccess, SubmitSharesError, SubmitSharesSuccess,
};
use crate::sv2::{Message, Responder, Sv2Error};

/// Time a client has to send its half of the handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Jobs remembered per channel (older ones are stale anyway).
const JOBS_KEPT: usize = 64;
/// `SetupConnection.protocol` of the mining protocol.
const MINING_PROTOCOL: u8 = 0;

/// Serves Stratum V2 on `listener` until `shutdown` completes. `responder` holds the
/// authority key whose public half miners pin.
pub async fn serve_v2(
    listener: TcpListener,
    pool: Arc<Pool>,
    responder: Arc<Responder>,
    shutdown: impl Future<Output = ()>,
) {
    accept_loop(listener, pool, shutdown, move |stream, pool| {
        let responder = responder.clone();
        async move { handle(stream, &pool, &responder).await }
    })
    .await;
}

fn invalid(e: Sv2Error) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, e)
}

/// One channel: standard (the pool fixes the whole extranonce, the miner gets a merkle root)
/// or extended (the miner rolls `EXTRANONCE2_SIZE` bytes after the channel's prefix and builds
/// the coinbase and merkle root itself, as a V1 miner does).
#[derive(Debug)]
struct Channel {
    extended: bool,
    worker: String,
    conn: Conn,
    /// Recent jobs: V2 id, V1 id, block version.
    jobs: VecDeque<(u32, String, u32)>,
    /// The previous block hash the channel mines on.
    prev: Option<BlockHash>,
}

/// A share waiting for durability before it is acknowledged.
struct PendingAck {
    channel_id: u32,
    sequence_number: u32,
    rx: Option<tokio::sync::oneshot::Receiver<Written>>,
    worker: String,
    judged: f64,
    share_diff: f64,
}

struct Session {
    setup: bool,
    channels: HashMap<u32, Channel>,
    next_channel: u32,
    next_job: u32,
}

fn target_bytes(difficulty: f64) -> [u8; 32] {
    Target::from_difficulty(difficulty)
        .unwrap_or(Target::DIFFICULTY_1)
        .0
        .to_le_bytes()
}

async fn handle(mut stream: TcpStream, pool: &Pool, responder: &Responder) -> std::io::Result<()> {
    let cfg = &pool.config;
    let mut hello = [0u8; crate::sv2::noise::INITIATOR_MESSAGE_SIZE];
    tokio::time::timeout(HANDSHAKE_TIMEOUT, stream.read_exact(&mut hello))
        .await
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "no noise handshake"))??;
    let (reply, mut transport) = responder.respond(&hello, unix_now()).map_err(invalid)?;
    stream.write_all(&reply).await?;
    // What miners send a pool is small (the largest, SetupConnection, is under 1.3 KB): the
    // V1 line limit bounds V2 frames too, so a connection holds at most that much unread.
    transport.recv.set_max_payload(cfg.max_line);
    let mut jobs = pool.current.subscribe();
    let mut s = Session {
        setup: false,
        channels: HashMap::new(),
        next_channel: 1,
        next_job: 1,
    };
    let mut chunk = vec![0u8; 16 * 1024];
    loop {
        let mut out: Vec<Message> = Vec::new();
        let mut acks: Vec<PendingAck> = Vec::new();
        tokio::select! {
            read = tokio::time::timeout(cfg.idle_timeout, stream.read(&mut chunk)) => {
                let n = match read {
                    Err(_) => return Ok(()), // idle
                    Ok(r) => r?,
                };
                if n == 0 {
                    return Ok(());
                }
                transport.push(&chunk[..n]);
                // A frame that does not decrypt or is over the limit ends the connection: the
                // stream cannot be resynchronised.
                while let Some(frame) = transport.next_frame().map_err(invalid)? {
                    match frame.message() {
                        Ok(m) => on_message(pool, &mut s, m, &mut out, &mut acks),
                        Err(e) => tracing::debug!("ignoring a V2 frame: {e}"),
                    }
                }
            }
            changed = jobs.changed(), if !s.channels.is_empty() => {
                if changed.is_err() {
                    return Ok(());
                }
                let entry = jobs.borrow_and_update().clone();
                for (&id, ch) in &mut s.channels {
                    send_job(id, ch, &entry.job, &mut s.next_job, &mut out);
                }
            }
        }
        for ack in acks {
            let verdict = match ack.rx {
                Some(rx) => Written::verdict(rx.await),
                None => Ok(()),
            };
            if let Err(e) = verdict {
                pool.count_rejected(&ack.worker);
                pool.emit(PoolEvent::ShareRejected {
                    worker: ack.worker,
                    code: e.code,
                    reason: e.message.clone(),
                });
                out.push(Message::from(SubmitSharesError {
                    channel_id: ack.channel_id,
                    sequence_number: ack.sequence_number,
                    error_code: error_code(&e),
                }));
            } else {
                out.push(Message::from(SubmitSharesSuccess {
                    channel_id: ack.channel_id,
                    last_sequence_number: ack.sequence_number,
                    new_submits_accepted_count: 1,
                    new_shares_sum: ack.judged as u64,
                }));
                pool.emit(PoolEvent::ShareAccepted {
                    worker: ack.worker,
                    difficulty: ack.judged,
                    share_difficulty: ack.share_diff,
                });
            }
        }
        if !out.is_empty() {
            let mut bytes = Vec::new();
            for m in &out {
                bytes.extend_from_slice(&transport.encrypt(m).map_err(invalid)?);
            }
            stream.write_all(&bytes).await?;
        }
    }
}

/// Sends a channel the job: a future job plus SetNewPrevHash when the previous block changed,
/// otherwise a job to mine at once.
fn send_job(
    channel_id: u32,
    ch: &mut Channel,
    job: &Job,
    next_job: &mut u32,
    out: &mut Vec<Message>,
) {
    let id = *next_job;
    *next_job = next_job.wrapping_add(1).max(1);
    ch.conn.note_job(&job.job_id);
    ch.jobs.push_back((id, job.job_id.clone(), job.version));
    if ch.jobs.len() > JOBS_KEPT {
        ch.jobs.pop_front();
    }
    let new_block = ch.prev != Some(job.prev_blockhash);
    let min_ntime = (!new_block).then_some(job.ntime);
    if ch.extended {
        out.push(Message::from(NewExtendedMiningJob {
            channel_id,
            job_id: id,
            min_ntime,
            version: job.version,
            version_rolling_allowed: ch.conn.version_mask.unwrap_or(0) != 0,
            merkle_path: job
                .merkle_branch
                .iter()
                .map(|n| n.to_byte_array())
                .collect(),
            coinbase_tx_prefix: job.coinb1.clone(),
            coinbase_tx_suffix: job.coinb2.clone(),
        }));
    } else {
        let en1 = ch.conn.extranonce1.clone().unwrap_or_default();
        let root = job.merkle_root(&en1, &[0u8; EXTRANONCE2_SIZE]);
        out.push(Message::from(NewMiningJob {
            channel_id,
            job_id: id,
            min_ntime,
            version: job.version,
            merkle_root: root.to_byte_array(),
        }));
    }
    if new_block {
        ch.prev = Some(job.prev_blockhash);
        out.push(Message::from(SetNewPrevHash {
            channel_id,
            job_id: id,
            prev_hash: job.prev_blockhash.to_byte_array(),
            min_ntime: job.ntime,
            nbits: job.bits.to_consensus(),
        }));
    }
}

/// The V2 error code for a V1 rejection.
fn error_code(e: &StratumError) -> String {
    match e.code {
        c if c == ErrorCode::JobNotFound.code() => "stale-share".into(),
        c if c == ErrorCode::DuplicateShare.code() => "duplicate-share".into(),
        c if c == ErrorCode::LowDifficulty.code() => "difficulty-too-low".into(),
        c if c == ErrorCode::Unauthorized.code() => "unauthorized".into(),
        _ => e
            .message
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .take(255)
            .collect(),
    }
}

fn on_message(
    pool: &Pool,
    s: &mut Session,
    msg: Message,
    out: &mut Vec<Message>,
    acks: &mut Vec<PendingAck>,
) {
    let cfg = &pool.config;
    match msg {
        Message::SetupConnection(SetupConnection {
            protocol,
            min_version,
            max_version,
            ..
        }) => {
            if protocol != MINING_PROTOCOL {
                out.push(Message::from(SetupConnectionError {
                    flags: 0,
                    error_code: "unsupported-protocol".into(),
                }));
            } else if !(min_version..=max_version).contains(&2) {
                out.push(Message::from(SetupConnectionError {
                    flags: 0,
                    error_code: "protocol-version-mismatch".into(),
                }));
            } else {
                s.setup = true;
                out.push(Message::from(SetupConnectionSuccess {
                    used_version: 2,
                    flags: 0,
                }));
            }
        }
        Message::OpenStandardMiningChannel(OpenStandardMiningChannel {
            request_id,
            user_identity,
            max_target,
            ..
        }) => {
            open_channel(pool, s, request_id, user_identity, max_target, None, out);
        }
        Message::OpenExtendedMiningChannel(OpenExtendedMiningChannel {
            request_id,
            user_identity,
            max_target,
            min_extranonce_size,
            ..
        }) => {
            open_channel(
                pool,
                s,
                request_id,
                user_identity,
                max_target,
                Some(min_extranonce_size),
                out,
            );
        }
        Message::SubmitSharesStandard(sub) => {
            let share = Share {
                channel_id: sub.channel_id,
                sequence_number: sub.sequence_number,
                job_id: sub.job_id,
                nonce: sub.nonce,
                ntime: sub.ntime,
                version: sub.version,
                extranonce: None,
            };
            on_submit(pool, s, &share, out, acks);
        }
        Message::SubmitSharesExtended(sub) => {
            let share = Share {
                channel_id: sub.channel_id,
                sequence_number: sub.sequence_number,
                job_id: sub.job_id,
                nonce: sub.nonce,
                ntime: sub.ntime,
                version: sub.version,
                extranonce: Some(sub.extranonce),
            };
            on_submit(pool, s, &share, out, acks);
        }
        Message::CloseChannel(c) => {
            s.channels.remove(&c.channel_id);
        }
        Message::UpdateChannel(u) => {
            if let Some(ch) = s.channels.get_mut(&u.channel_id) {
                let device_min = Target(minewatch_pow::u256::U256::from_le_bytes(u.maximum_target))
                    .difficulty_float();
                if device_min > ch.conn.difficulty {
                    ch.conn.difficulty = device_min.min(cfg.max_difficulty);
                    out.push(Message::from(SetTarget {
                        channel_id: u.channel_id,
                        maximum_target: target_bytes(ch.conn.difficulty),
                    }));
                }
            }
        }
        other => tracing::debug!("V2 client sent {}: not handled by a pool", other.name()),
    }
}

/// Opens a standard channel, or an extended one when the miner says how much extranonce it
/// needs (at most the pool's `EXTRANONCE2_SIZE`).
fn open_channel(
    pool: &Pool,
    s: &mut Session,
    request_id: u32,
    user_identity: String,
    max_target: [u8; 32],
    min_extranonce_size: Option<u16>,
    out: &mut Vec<Message>,
) {
    let cfg = &pool.config;
    let refuse = |code: &str| {
        Message::from(OpenMiningChannelError {
            request_id,
            error_code: code.into(),
        })
    };
    if !s.setup {
        out.push(refuse("connection-not-set-up"));
        return;
    }
    if s.channels.len() >= cfg.max_workers_per_connection {
        out.push(refuse("channel-capacity-exhausted"));
        return;
    }
    if min_extranonce_size.is_some_and(|n| usize::from(n) > EXTRANONCE2_SIZE) {
        out.push(refuse("min-extranonce-size-too-large"));
        return;
    }
    let mut conn = Conn::new(pool);
    match pool.authorize(&mut conn, user_identity.clone()) {
        Ok(true) => {}
        Ok(false) => {
            out.push(refuse("invalid-user-identity"));
            return;
        }
        Err(e) => {
            tracing::debug!("V2 channel refused: {e}");
            out.push(refuse("invalid-user-identity"));
            return;
        }
    }
    // The device's largest target bounds the share target from above.
    let device_min =
        Target(minewatch_pow::u256::U256::from_le_bytes(max_target)).difficulty_float();
    if device_min > cfg.max_difficulty {
        out.push(refuse("max-target-out-of-range"));
        return;
    }
    conn.difficulty = conn.difficulty.max(device_min);
    conn.version_mask = Some(cfg.version_mask);
    let en1 = pool.next_extranonce1();
    conn.extranonce1 = Some(en1.clone());
    let channel_id = s.next_channel;
    s.next_channel = s.next_channel.wrapping_add(1).max(1);
    let extended = min_extranonce_size.is_some();
    let mut ch = Channel {
        extended,
        worker: user_identity,
        conn,
        jobs: VecDeque::new(),
        prev: None,
    };
    let target = target_bytes(ch.conn.difficulty);
    out.push(if extended {
        Message::from(OpenExtendedMiningChannelSuccess {
            request_id,
            channel_id,
            target,
            extranonce_size: EXTRANONCE2_SIZE as u16,
            extranonce_prefix: en1,
            group_channel_id: 0,
        })
    } else {
        Message::from(OpenStandardMiningChannelSuccess {
            request_id,
            channel_id,
            target,
            extranonce_prefix: en1,
            group_channel_id: 0,
        })
    });
    let entry = pool.current.borrow().clone();
    send_job(channel_id, &mut ch, &entry.job, &mut s.next_job, out);
    s.channels.insert(channel_id, ch);
}

/// A share from either kind of channel.
struct Share {
    channel_id: u32,
    sequence_number: u32,
    job_id: u32,
    nonce: u32,
    ntime: u32,
    version: u32,
    /// The miner's extranonce (extended channels).
    extranonce: Option<Vec<u8>>,
}

fn on_submit(
    pool: &Pool,
    s: &mut Session,
    sub: &Share,
    out: &mut Vec<Message>,
    acks: &mut Vec<PendingAck>,
) {
    let reject = |code: &str| {
        Message::from(SubmitSharesError {
            channel_id: sub.channel_id,
            sequence_number: sub.sequence_number,
            error_code: code.into(),
        })
    };
    let Some(ch) = s.channels.get_mut(&sub.channel_id) else {
        out.push(reject("invalid-channel-id"));
        return;
    };
    let extranonce2 = match (&sub.extranonce, ch.extended) {
        (None, false) => vec![0; EXTRANONCE2_SIZE],
        (Some(e), true) if e.len() == EXTRANONCE2_SIZE => e.clone(),
        (Some(_), true) => {
            out.push(reject("invalid-extranonce-size"));
            return;
        }
        _ => {
            out.push(reject("wrong-channel-type"));
            return;
        }
    };
    let Some((_, v1_id, job_version)) =
        ch.jobs.iter().find(|(id, _, _)| *id == sub.job_id).cloned()
    else {
        out.push(reject("invalid-job-id"));
        return;
    };
    let mask = ch.conn.version_mask.unwrap_or(0);
    let worker = ch.worker.clone();
    let result = if (sub.version ^ job_version) & !mask != 0 {
        Err(StratumError {
            code: ErrorCode::Other.code(),
            message: "invalid version bits".into(),
        })
    } else {
        let submit = Submit {
            worker: worker.clone(),
            job_id: v1_id.clone(),
            extranonce2,
            ntime: sub.ntime,
            nonce: sub.nonce,
            version_bits: (mask != 0).then_some(sub.version & mask),
        };
        pool.check_share(&mut ch.conn, &submit)
    };
    let judged = ch
        .conn
        .job_difficulty
        .get(&v1_id)
        .copied()
        .unwrap_or(ch.conn.difficulty);
    match result {
        Ok((share_diff, found, durable)) => {
            acks.push(PendingAck {
                channel_id: sub.channel_id,
                sequence_number: sub.sequence_number,
                rx: match durable {
                    Durable::Pending(rx) => Some(rx),
                    Durable::Now => None,
                },
                worker: worker.clone(),
                judged,
                share_diff,
            });
            if let Some((height, hash)) = found {
                tracing::info!(height, %hash, %worker, "block found (Stratum V2)");
                pool.emit(PoolEvent::BlockFound {
                    height,
                    hash,
                    worker: worker.clone(),
                });
            }
            if retarget(pool, &mut ch.conn, &worker).is_some() {
                out.push(Message::from(SetTarget {
                    channel_id: sub.channel_id,
                    maximum_target: target_bytes(ch.conn.difficulty),
                }));
                // The new target applies from a new job, as on V1.
                let entry = pool.alias_current();
                send_job(sub.channel_id, ch, &entry.job, &mut s.next_job, out);
            }
        }
        Err(e) => {
            pool.count_rejected(&worker);
            pool.emit(PoolEvent::ShareRejected {
                worker,
                code: e.code,
                reason: e.message.clone(),
            });
            out.push(reject(&error_code(&e)));
        }
    }
}
