//! Mining on the network: pcap and pcapng captures read in pure Rust, TCP streams put back in
//! order far enough to read line-delimited JSON split across segments and websocket frames,
//! and mining sessions recognised on any port by what they say (Bitcoin-style Stratum,
//! Monero-style login/job/submit with or without `jsonrpc`/`agent`, Ethereum
//! `eth_submitLogin`/getwork, getwork/getblocktemplate over HTTP, Stratum inside websockets),
//! plus TLS ClientHello SNI and DNS queries naming listed pool domains.
//!
//! ```
//! use minewatch_detect::net::Analyzer;
//! // A capture that is not one is an error that names it.
//! let err = Analyzer::default().analyze("x.pcap", &b"not a capture"[..]).unwrap_err();
//! assert!(err.to_string().contains("x.pcap"));
//! ```

mod capture;
pub(crate) mod classify;
mod stream;
pub mod sv2;

use std::collections::HashMap;
use std::io::Read;
use std::net::{IpAddr, SocketAddr};

use serde::Serialize;
use thiserror::Error;

/// A flow's or a capture's verdict: the one every detector gives.
pub use crate::finding::{Finding, Verdict};

pub use classify::{PoolDomains, Protocol, classify_message};

use capture::Transport;
use stream::{Caps, Direction};

/// A capture that cannot be read.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum NetError {
    /// Not pcap or pcapng, or corrupt.
    #[error("{name}: {message}")]
    Format {
        /// The file.
        name: String,
        /// What is wrong.
        message: String,
    },
    /// The file ends inside a block.
    #[error("{name}: truncated capture (ends inside a block after {frames} frames)")]
    Truncated {
        /// The file.
        name: String,
        /// Frames read before the end.
        frames: u64,
    },
    /// Reading failed.
    #[error("cannot read {name}: {source}")]
    Io {
        /// The file.
        name: String,
        /// Why.
        source: std::io::Error,
    },
}

/// Limits that keep hostile or gigantic captures bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetLimits {
    /// Flows tracked at once; beyond, new flows are counted but not analysed.
    pub max_flows: usize,
    /// Bytes decoded per direction of a flow (mining shows in the first messages).
    pub max_stream_bytes: usize,
    /// Out-of-order segments held per direction.
    pub max_pending_segments: usize,
    /// Longest message (line, HTTP body, websocket frame) looked at.
    pub max_message: usize,
}

impl Default for NetLimits {
    fn default() -> Self {
        Self {
            max_flows: 100_000,
            max_stream_bytes: 256 << 10,
            max_pending_segments: 64,
            max_message: 64 << 10,
        }
    }
}

/// A flow found mining, and the evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlowReport {
    /// The protocol recognised first.
    pub protocol: Protocol,
    /// `miner` when the messages are a mining protocol, `suspicious` for a pool name alone.
    pub verdict: Verdict,
    /// `tcp` or `udp`.
    pub transport: &'static str,
    /// The side that opened the flow.
    pub client: SocketAddr,
    /// The other side (the pool).
    pub server: SocketAddr,
    /// The first matching message, as sent (at most 400 bytes).
    pub first_message: String,
    /// Which side sent it: `client` or `server`.
    pub first_from: &'static str,
    /// What matched, in order, at most 8: a finding each (`net.monero-stratum`: `login`,
    /// `type job`, ...), located at `client -> server`.
    pub signals: Vec<Finding>,
    /// Mining messages seen.
    pub messages: u64,
    /// Packets in the flow.
    pub packets: u64,
    /// Bytes in the flow (captured frames).
    pub bytes: u64,
    /// First packet, unix seconds.
    pub start: f64,
    /// Last minus first packet, seconds.
    pub duration_s: f64,
}

/// What a capture holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaptureReport {
    /// The file.
    pub name: String,
    /// Frames read.
    pub frames: u64,
    /// TCP and UDP flows seen.
    pub flows: u64,
    /// Flows found mining, in order of their first packet.
    pub mining: Vec<FlowReport>,
    /// What could not be analysed fully, one line each.
    pub notes: Vec<String>,
}

impl CaptureReport {
    /// `miner` if a flow spoke a mining protocol, `suspicious` if one only named a pool,
    /// else `clean`.
    pub fn verdict(&self) -> Verdict {
        if self.mining.iter().any(|f| f.verdict == Verdict::Miner) {
            Verdict::Miner
        } else if self.mining.is_empty() {
            Verdict::Clean
        } else {
            Verdict::Suspicious
        }
    }
}

type FlowKey = (IpAddr, u16, IpAddr, u16, bool);

#[derive(Debug)]
struct Flow {
    client: SocketAddr,
    server: SocketAddr,
    udp: bool,
    c2s: Direction,
    s2c: Direction,
    packets: u64,
    bytes: u64,
    start: f64,
    last: f64,
    found: Option<Found>,
    sni_checked: bool,
    /// Bytes each side sent in turn, the first few turns (new stream bytes, whatever the
    /// decoder makes of them).
    flights: Vec<(bool, usize)>,
    /// The end of each direction's stream seen so far (client, server), to count
    /// retransmitted bytes once.
    ends: [Option<u32>; 2],
    /// The first bytes of each direction (client, server), whatever the decoder did.
    firsts: [Vec<u8>; 2],
}

#[derive(Debug)]
struct Found {
    protocol: Protocol,
    first_message: String,
    first_from: &'static str,
    evidence: Vec<Finding>,
    messages: u64,
}

/// Reads captures and finds mining in them.
#[derive(Debug, Clone, Default)]
pub struct Analyzer {
    limits: NetLimits,
    pools: PoolDomains,
}

impl Analyzer {
    /// An analyzer with other limits.
    pub fn with_limits(limits: NetLimits) -> Self {
        Self {
            limits,
            pools: PoolDomains::builtin(),
        }
    }

    /// The pool domains it knows.
    pub fn pools(&self) -> &PoolDomains {
        &self.pools
    }

    /// Analyses a pcap or pcapng stream named `name`.
    pub fn analyze(&self, name: &str, r: impl Read + Send) -> Result<CaptureReport, NetError> {
        let caps = Caps {
            max_bytes: self.limits.max_stream_bytes,
            max_pending: self.limits.max_pending_segments,
            max_message: self.limits.max_message,
        };
        let mut flows: HashMap<FlowKey, Flow> = HashMap::new();
        let mut order: Vec<FlowKey> = Vec::new();
        let mut untracked = 0u64;
        let mut out = Vec::new();
        let result = capture::read_frames(name, r, |lt, ts, data| {
            let Some(p) = capture::decode(lt, ts, data) else {
                return true;
            };
            let udp = matches!(p.transport, Transport::Udp { .. });
            let fwd = (p.src, p.sport, p.dst, p.dport, udp);
            let rev = (p.dst, p.dport, p.src, p.sport, udp);
            let (key, from_client) = if flows.contains_key(&fwd) {
                (fwd, true)
            } else if flows.contains_key(&rev) {
                (rev, false)
            } else {
                if flows.len() >= self.limits.max_flows {
                    untracked += 1;
                    return true;
                }
                // The side sending a bare SYN opens the flow; without one (a capture started
                // mid-flow) the higher port is taken for the client.
                let client_first = match p.transport {
                    Transport::Tcp { syn: true, ack, .. } => !ack,
                    _ => p.sport >= p.dport,
                };
                let key = if client_first { fwd } else { rev };
                let (c, s) = if client_first {
                    ((p.src, p.sport), (p.dst, p.dport))
                } else {
                    ((p.dst, p.dport), (p.src, p.sport))
                };
                flows.insert(
                    key,
                    Flow {
                        client: SocketAddr::new(c.0, c.1),
                        server: SocketAddr::new(s.0, s.1),
                        udp,
                        c2s: Direction::default(),
                        s2c: Direction::default(),
                        packets: 0,
                        bytes: 0,
                        start: p.ts,
                        last: p.ts,
                        found: None,
                        sni_checked: false,
                        flights: Vec::new(),
                        ends: [None, None],
                        firsts: [Vec::new(), Vec::new()],
                    },
                );
                order.push(key);
                (key, client_first)
            };
            let Some(flow) = flows.get_mut(&key) else {
                return true;
            };
            flow.packets += 1;
            flow.bytes += p.len as u64;
            flow.last = flow.last.max(p.ts);
            let side = if from_client { "client" } else { "server" };
            match p.transport {
                Transport::Tcp {
                    seq, syn, payload, ..
                } => {
                    let dir = if from_client {
                        &mut flow.c2s
                    } else {
                        &mut flow.s2c
                    };
                    let end = &mut flow.ends[usize::from(!from_client)];
                    if syn {
                        dir.syn(seq);
                        *end = Some(seq.wrapping_add(1));
                        return true;
                    }
                    let seg_end = seq.wrapping_add(payload.len() as u32);
                    let grew = match *end {
                        None => payload.len(),
                        Some(e) => (seg_end.wrapping_sub(e) as i32).max(0) as usize,
                    };
                    if grew > 0 && !payload.is_empty() {
                        *end = Some(seg_end);
                        let first = &mut flow.firsts[usize::from(!from_client)];
                        if grew >= payload.len() && first.len() < FIRST_BYTES {
                            let n = (FIRST_BYTES - first.len()).min(payload.len());
                            first.extend_from_slice(&payload[..n]);
                        }
                        note_flight(&mut flow.flights, from_client, grew.min(payload.len()));
                    }
                    out.clear();
                    dir.segment(seq, payload, caps, &mut out);
                    for m in &out {
                        note_message(flow, m, side);
                    }
                    if from_client && !flow.sni_checked && flow.c2s.head.len() >= 5 {
                        flow.sni_checked = true;
                        if let Some(sni) = classify::tls_sni(&flow.c2s.head)
                            && let Some((d, list)) = self.pools.find(&sni)
                        {
                            found(
                                flow,
                                Protocol::PoolTls,
                                format!("TLS ClientHello SNI {sni}"),
                                format!("sni {sni} ({d}, {list} list)"),
                                side,
                            );
                        }
                    }
                }
                Transport::Udp { payload } => {
                    if (p.dport == 53 || p.dport == 5353)
                        && let Some(q) = classify::dns_query(payload)
                        && let Some((d, list)) = self.pools.find(&q)
                    {
                        found(
                            flow,
                            Protocol::PoolDns,
                            format!("DNS query {q}"),
                            format!("dns {q} ({d}, {list} list)"),
                            side,
                        );
                    }
                }
            }
            true
        });
        let frames = match result {
            Ok(n) => n,
            Err(NetError::Truncated { frames, .. }) => {
                // What was read stands; the damage is a note.
                return Ok(self.report(
                    name,
                    frames,
                    &order,
                    flows,
                    untracked,
                    Some(format!(
                        "truncated capture: ends inside a block after {frames} frames"
                    )),
                ));
            }
            Err(e) => return Err(e),
        };
        Ok(self.report(name, frames, &order, flows, untracked, None))
    }

    fn report(
        &self,
        name: &str,
        frames: u64,
        order: &[FlowKey],
        mut flows: HashMap<FlowKey, Flow>,
        untracked: u64,
        note: Option<String>,
    ) -> CaptureReport {
        let mut notes: Vec<String> = note.into_iter().collect();
        if untracked > 0 {
            notes.push(format!(
                "{untracked} packets of flows beyond the {}-flow limit were not analysed",
                self.limits.max_flows
            ));
        }
        let total = order.len() as u64;
        let mut mining = Vec::new();
        for key in order {
            let Some(mut f) = flows.remove(key) else {
                continue;
            };
            if f.found.is_none()
                && !f.udp
                && let Some((first, evidence)) =
                    sv2::handshake(&f.flights, &f.firsts[0], &f.firsts[1], f.server.port())
            {
                let at = format!("{} -> {}", f.client, f.server);
                f.found = Some(Found {
                    protocol: Protocol::StratumV2,
                    first_message: first,
                    first_from: "client",
                    evidence: evidence
                        .into_iter()
                        .map(|e| Finding::new(Protocol::StratumV2.rule_id(), e, at.clone()))
                        .collect(),
                    messages: f.flights.len().saturating_sub(2) as u64,
                });
            }
            let Some(found) = f.found else { continue };
            mining.push(FlowReport {
                protocol: found.protocol,
                verdict: if found.protocol.is_mining_protocol() {
                    Verdict::Miner
                } else {
                    Verdict::Suspicious
                },
                transport: if f.udp { "udp" } else { "tcp" },
                client: f.client,
                server: f.server,
                first_message: found.first_message,
                first_from: found.first_from,
                signals: found.evidence,
                messages: found.messages,
                packets: f.packets,
                bytes: f.bytes,
                start: f.start,
                duration_s: ((f.last - f.start) * 1e6).round() / 1e6,
            });
        }
        CaptureReport {
            name: name.to_owned(),
            frames,
            flows: total,
            mining,
            notes,
        }
    }
}

fn found(flow: &mut Flow, protocol: Protocol, message: String, what: String, side: &'static str) {
    let at = format!("{} -> {}", flow.client, flow.server);
    let finding = Finding::new(protocol.rule_id(), what, at);
    match &mut flow.found {
        Some(f) => {
            f.messages += 1;
            // A mining protocol outranks a pool name seen first.
            if !f.protocol.is_mining_protocol() && protocol.is_mining_protocol() {
                f.protocol = protocol;
                f.first_message = message;
                f.first_from = side;
            }
            if f.evidence.len() < 8
                && !f
                    .evidence
                    .iter()
                    .any(|e| e.id == finding.id && e.evidence == finding.evidence)
            {
                f.evidence.push(finding);
            }
        }
        None => {
            flow.found = Some(Found {
                protocol,
                first_message: message,
                first_from: side,
                evidence: vec![finding],
                messages: 1,
            });
        }
    }
}

/// Turns kept per flow: the handshake and the first frames are what tell a protocol.
const MAX_FLIGHTS: usize = 16;
/// First bytes kept per direction for handshake shapes (the longest is V2's 234).
const FIRST_BYTES: usize = 256;

fn note_flight(flights: &mut Vec<(bool, usize)>, from_client: bool, bytes: usize) {
    if let Some((side, n)) = flights.last_mut()
        && *side == from_client
    {
        *n += bytes;
    } else if flights.len() < MAX_FLIGHTS {
        flights.push((from_client, bytes));
    }
}

fn note_message(flow: &mut Flow, m: &[u8], side: &'static str) {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(m) else {
        return;
    };
    let Some((protocol, what)) = classify::classify_json(&v) else {
        return;
    };
    let text = String::from_utf8_lossy(&m[..m.len().min(400)]).into_owned();
    // EthereumStratum reuses Bitcoin's `mining.*` names after its subscribe.
    let protocol = match (&flow.found, protocol) {
        (Some(f), Protocol::BitcoinStratum) if f.protocol == Protocol::EthereumStratum => {
            Protocol::EthereumStratum
        }
        _ => protocol,
    };
    found(flow, protocol, text, what, side);
}

/// Small synthetic captures, for tests and fuzzing: TCP segments between two loopback
/// endpoints written as a pcap file (raw IPv4 link type).
pub mod synth {
    /// One segment: from the client (true) or the server, its sequence offset from the
    /// start of that direction's stream, and its payload.
    pub type Segment<'a> = (bool, u32, &'a [u8]);

    /// A pcap with a handshake from 127.0.0.1:40000 to 127.0.0.1:`port`, then `segments`.
    pub fn tcp_capture(port: u16, segments: &[Segment<'_>]) -> Vec<u8> {
        const CLIENT_ISN: u32 = 1_000;
        const SERVER_ISN: u32 = 9_000_000;
        let mut out = Vec::new();
        for v in [
            0xa1b2_c3d4_u32.to_le_bytes().as_slice(),
            &2u16.to_le_bytes(),
            &4u16.to_le_bytes(),
        ] {
            out.extend_from_slice(v);
        }
        out.extend_from_slice(&0i32.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&65_535u32.to_le_bytes());
        out.extend_from_slice(&101u32.to_le_bytes()); // LINKTYPE_RAW
        let mut n = 0u32;
        let mut packet = |from_client: bool, seq: u32, flags: u8, payload: &[u8]| {
            let (sport, dport) = if from_client {
                (40_000, port)
            } else {
                (port, 40_000)
            };
            let total = 40 + payload.len();
            let mut p = Vec::with_capacity(total);
            p.extend_from_slice(&[
                0x45,
                0,
                (total >> 8) as u8,
                total as u8,
                0,
                0,
                0x40,
                0,
                64,
                6,
                0,
                0,
            ]);
            p.extend_from_slice(&[127, 0, 0, 1, 127, 0, 0, 1]);
            p.extend_from_slice(&sport.to_be_bytes());
            p.extend_from_slice(&dport.to_be_bytes());
            p.extend_from_slice(&seq.to_be_bytes());
            p.extend_from_slice(&0u32.to_be_bytes());
            p.extend_from_slice(&[0x50, flags, 0xff, 0xff, 0, 0, 0, 0]);
            p.extend_from_slice(payload);
            n += 1;
            out.extend_from_slice(&(1_700_000_000 + n).to_le_bytes());
            out.extend_from_slice(&0u32.to_le_bytes());
            out.extend_from_slice(&(p.len() as u32).to_le_bytes());
            out.extend_from_slice(&(p.len() as u32).to_le_bytes());
            out.extend_from_slice(&p);
        };
        packet(true, CLIENT_ISN, 0x02, &[]); // SYN
        packet(false, SERVER_ISN, 0x12, &[]); // SYN-ACK
        for (from_client, off, payload) in segments {
            let isn = if *from_client { CLIENT_ISN } else { SERVER_ISN };
            packet(
                *from_client,
                isn.wrapping_add(1).wrapping_add(*off),
                0x18,
                payload,
            );
        }
        out
    }
}
