//! pcap and pcapng files to IP packets (pure Rust: pcap-parser and etherparse).

use std::io::Read;
use std::net::IpAddr;

use etherparse::{NetSlice, SlicedPacket, TransportSlice};
use pcap_parser::{Linktype, PcapBlockOwned, PcapError};

use super::NetError;

/// The transport part of a packet minewatch looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Transport<'a> {
    /// A TCP segment.
    Tcp {
        /// Sequence number.
        seq: u32,
        /// SYN set.
        syn: bool,
        /// ACK set.
        ack: bool,
        /// FIN or RST set.
        fin: bool,
        /// Payload.
        payload: &'a [u8],
    },
    /// A UDP datagram.
    Udp {
        /// Payload.
        payload: &'a [u8],
    },
}

/// One IP packet.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Packet<'a> {
    /// Seconds since the epoch.
    pub(crate) ts: f64,
    pub(crate) src: IpAddr,
    pub(crate) dst: IpAddr,
    pub(crate) sport: u16,
    pub(crate) dport: u16,
    pub(crate) transport: Transport<'a>,
    /// Bytes on the wire (captured).
    pub(crate) len: usize,
}

/// Decodes one captured frame of `linktype`; `None` for what is not TCP or UDP over IP.
pub(crate) fn decode(linktype: Linktype, ts: f64, data: &[u8]) -> Option<Packet<'_>> {
    let sliced = match linktype {
        Linktype::ETHERNET => SlicedPacket::from_ethernet(data).ok()?,
        Linktype::RAW | Linktype::IPV4 | Linktype::IPV6 | Linktype(12) | Linktype(14) => {
            SlicedPacket::from_ip(data).ok()?
        }
        Linktype::LINUX_SLL => SlicedPacket::from_linux_sll(data).ok()?,
        // BSD loopback: a 4-byte address family in host order, then IP.
        Linktype::NULL | Linktype::LOOP => SlicedPacket::from_ip(data.get(4..)?).ok()?,
        _ => return None,
    };
    let (src, dst) = match sliced.net.as_ref()? {
        NetSlice::Ipv4(v4) => (
            IpAddr::V4(v4.header().source_addr()),
            IpAddr::V4(v4.header().destination_addr()),
        ),
        NetSlice::Ipv6(v6) => (
            IpAddr::V6(v6.header().source_addr()),
            IpAddr::V6(v6.header().destination_addr()),
        ),
        _ => return None,
    };
    let (sport, dport, transport) = match sliced.transport.as_ref()? {
        TransportSlice::Tcp(t) => (
            t.source_port(),
            t.destination_port(),
            Transport::Tcp {
                seq: t.sequence_number(),
                syn: t.syn(),
                ack: t.ack(),
                fin: t.fin() || t.rst(),
                payload: t.payload(),
            },
        ),
        TransportSlice::Udp(u) => (
            u.source_port(),
            u.destination_port(),
            Transport::Udp {
                payload: u.payload(),
            },
        ),
        _ => return None,
    };
    Some(Packet {
        ts,
        src,
        dst,
        sport,
        dport,
        transport,
        len: data.len(),
    })
}

/// Reads every frame of a pcap or pcapng stream and hands it to `each` with its link type and
/// timestamp. A truncated or corrupt file ends with an error after the frames before the
/// damage were handed over (`frames` says how many).
pub(crate) fn read_frames(
    name: &str,
    r: impl Read + Send,
    mut each: impl FnMut(Linktype, f64, &[u8]) -> bool,
) -> Result<u64, NetError> {
    let mut reader = pcap_parser::create_reader(1 << 20, r).map_err(|e| NetError::Format {
        name: name.to_owned(),
        message: format!("not a pcap or pcapng file ({})", describe(&e)),
    })?;
    let mut legacy_linktype = Linktype::ETHERNET;
    // pcapng: link type and timestamp resolution per interface.
    let mut interfaces: Vec<(Linktype, f64)> = Vec::new();
    let mut frames = 0u64;
    let mut stalls = 0;
    loop {
        match reader.next() {
            Ok((offset, block)) => {
                stalls = 0;
                let keep_going = match block {
                    PcapBlockOwned::LegacyHeader(h) => {
                        legacy_linktype = h.network;
                        true
                    }
                    PcapBlockOwned::Legacy(b) => {
                        frames += 1;
                        let ts = f64::from(b.ts_sec) + f64::from(b.ts_usec) * 1e-6;
                        let data = &b.data[..(b.caplen as usize).min(b.data.len())];
                        each(legacy_linktype, ts, data)
                    }
                    PcapBlockOwned::NG(pcap_parser::Block::InterfaceDescription(idb)) => {
                        let res = idb.ts_resolution().map_or(1e-6, |r| 1.0 / r as f64);
                        interfaces.push((idb.linktype, res));
                        true
                    }
                    PcapBlockOwned::NG(pcap_parser::Block::EnhancedPacket(epb)) => {
                        frames += 1;
                        let (lt, res) = interfaces
                            .get(epb.if_id as usize)
                            .copied()
                            .unwrap_or((Linktype::ETHERNET, 1e-6));
                        let raw = (u64::from(epb.ts_high) << 32) | u64::from(epb.ts_low);
                        let data = &epb.data[..(epb.caplen as usize).min(epb.data.len())];
                        each(lt, raw as f64 * res, data)
                    }
                    PcapBlockOwned::NG(pcap_parser::Block::SimplePacket(spb)) => {
                        frames += 1;
                        let lt = interfaces.first().map_or(Linktype::ETHERNET, |i| i.0);
                        each(lt, 0.0, spb.data)
                    }
                    PcapBlockOwned::NG(_) => true,
                };
                reader.consume(offset);
                if !keep_going {
                    return Ok(frames);
                }
            }
            Err(PcapError::Eof) => return Ok(frames),
            Err(PcapError::UnexpectedEof) => {
                return Err(NetError::Truncated {
                    name: name.to_owned(),
                    frames,
                });
            }
            Err(PcapError::Incomplete(_)) => {
                stalls += 1;
                if stalls > 2 {
                    return Err(NetError::Truncated {
                        name: name.to_owned(),
                        frames,
                    });
                }
                if reader.refill().is_err() {
                    return Err(NetError::Truncated {
                        name: name.to_owned(),
                        frames,
                    });
                }
            }
            Err(e) => {
                return Err(NetError::Format {
                    name: name.to_owned(),
                    message: format!("corrupt after {frames} frames ({})", describe(&e)),
                });
            }
        }
    }
}

fn describe<I: std::fmt::Debug>(e: &PcapError<I>) -> String {
    match e {
        PcapError::Eof => "empty".into(),
        PcapError::ReadError => "read error".into(),
        PcapError::Incomplete(_) => "truncated".into(),
        PcapError::HeaderNotRecognized => "unknown header".into(),
        PcapError::NomError(_, k) | PcapError::OwnedNomError(_, k) => format!("parse error {k:?}"),
        PcapError::BufferTooSmall => "a block larger than 1 MiB".into(),
        PcapError::UnexpectedEof => "unexpected end".into(),
    }
}
