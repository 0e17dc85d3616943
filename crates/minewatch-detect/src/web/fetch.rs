//! URL scanning: fetch a page, the scripts it references and the scripts and wasm those load,
//! to a depth limit, with timeouts, size limits and redirect limits, and never to private,
//! loopback or link-local addresses unless allowed. Each hop's address is checked after DNS
//! resolution and the connection is pinned to the checked address, so a name cannot resolve to
//! a public address for the check and a private one for the request.

use std::collections::{HashSet, VecDeque};
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use thiserror::Error;

use super::{Report, Scanner};

/// How far and how hard to fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchConfig {
    /// Per-request timeout.
    pub timeout: Duration,
    /// Largest body read; the rest is not downloaded.
    pub max_bytes: u64,
    /// Redirects followed per request.
    pub max_redirects: u32,
    /// Levels of scripts loaded by scripts (the page is 0, its scripts 1, ...).
    pub max_depth: u32,
    /// Most resources fetched for one URL scan.
    pub max_resources: usize,
    /// Allow private, loopback and link-local addresses (for tests and intranets).
    pub allow_private: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(15),
            max_bytes: 16 << 20,
            max_redirects: 5,
            max_depth: 2,
            max_resources: 64,
            allow_private: false,
        }
    }
}

/// A URL that could not be scanned.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum FetchError {
    /// Not an http(s) URL.
    #[error("invalid URL {url:?}: {why}")]
    Url {
        /// The URL.
        url: String,
        /// What is wrong.
        why: String,
    },
    /// The host resolves to an address that is not allowed.
    #[error(
        "refusing {url}: {addr} is a private, loopback or link-local address (scanning those must be allowed explicitly)"
    )]
    Private {
        /// The URL.
        url: String,
        /// The address.
        addr: IpAddr,
    },
    /// DNS, connection, timeout or HTTP failure.
    #[error("cannot fetch {url}: {why}")]
    Http {
        /// The URL.
        url: String,
        /// What went wrong.
        why: String,
    },
}

/// IPv4 blocks that are not ordinary public unicast: the IANA IPv4 Special-Purpose Address
/// Registry (RFC 6890 and its updates, every entry, globally reachable or not: none of them is
/// a web site), multicast (224/4) and the limited broadcast. (network, prefix length)
const V4_SPECIAL: [(u32, u8); 19] = [
    (0x0000_0000, 8),  // 0/8 "this network"
    (0x0A00_0000, 8),  // 10/8 private
    (0x6440_0000, 10), // 100.64/10 shared address space (CGNAT)
    (0x7F00_0000, 8),  // 127/8 loopback
    (0xA9FE_0000, 16), // 169.254/16 link local
    (0xAC10_0000, 12), // 172.16/12 private
    (0xC000_0000, 24), // 192.0.0/24 IETF protocol assignments (DS-Lite, PCP, TURN, NAT64 discovery)
    (0xC000_0200, 24), // 192.0.2/24 TEST-NET-1
    (0xC01F_C400, 24), // 192.31.196/24 AS112-v4
    (0xC034_C100, 24), // 192.52.193/24 AMT
    (0xC058_6300, 24), // 192.88.99/24 deprecated 6to4 relay anycast
    (0xC0A8_0000, 16), // 192.168/16 private
    (0xC0AF_3000, 24), // 192.175.48/24 direct delegation AS112
    (0xC612_0000, 15), // 198.18/15 benchmarking
    (0xC633_6400, 24), // 198.51.100/24 TEST-NET-2
    (0xCB00_7100, 24), // 203.0.113/24 TEST-NET-3
    (0xE000_0000, 4),  // 224/4 multicast
    (0xF000_0000, 4),  // 240/4 reserved
    (0xFFFF_FFFF, 32), // limited broadcast
];

/// IPv6 blocks that are not ordinary public unicast: the IANA IPv6 Special-Purpose Address
/// Registry, multicast, site-local and the deprecated IPv4-compatible block. Blocks that
/// embed an IPv4 address (mapped, NAT64, 6to4) are unwrapped and judged by that address
/// instead, in [`is_private`]. (network, prefix length)
const V6_SPECIAL: [(u128, u8); 13] = [
    (0, 96),                                // ::/96 unspecified, loopback, IPv4-compatible
    (0x0064_ff9b_0001_u128 << 80, 48),      // 64:ff9b:1::/48 local-use translation
    (0x0100_u128 << 112, 64),               // 100::/64 discard-only
    (0x0100_0000_0000_0001_u128 << 64, 64), // 100:0:0:1::/64 dummy prefix
    (0x2001_u128 << 112, 23), // 2001::/23 IETF protocol assignments (Teredo, ORCHID, ...)
    (0x2001_0db8_u128 << 96, 32), // 2001:db8::/32 documentation
    (0x2620_004f_8000_u128 << 80, 48), // 2620:4f:8000::/48 AS112
    (0x3fff_u128 << 112, 20), // 3fff::/20 documentation
    (0x5f00_u128 << 112, 16), // 5f00::/16 segment routing SIDs
    (0xfc00_u128 << 112, 7),  // fc00::/7 unique local
    (0xfe80_u128 << 112, 10), // fe80::/10 link local
    (0xfec0_u128 << 112, 10), // fec0::/10 site local (deprecated)
    (0xff00_u128 << 112, 8),  // ff00::/8 multicast
];

fn in_v4(v: u32, (net, len): (u32, u8)) -> bool {
    let mask = if len == 0 {
        0
    } else {
        u32::MAX << (32 - u32::from(len))
    };
    v & mask == net & mask
}

fn in_v6(v: u128, (net, len): (u128, u8)) -> bool {
    let mask = if len == 0 {
        0
    } else {
        u128::MAX << (128 - u32::from(len))
    };
    v & mask == net & mask
}

/// Whether `ip` is anything but a public unicast address: private, loopback, link-local,
/// unspecified, multicast, documentation, benchmarking or any other entry of IANA's IPv4 and
/// IPv6 special-purpose registries. IPv6 forms that carry an IPv4 address (IPv4-mapped
/// `::ffff:a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`, 6to4 `2002:AABB:CCDD::`) are judged by the
/// IPv4 address inside; the deprecated IPv4-compatible `::a.b.c.d` is refused outright.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v) => {
            let v = u32::from(v);
            V4_SPECIAL.iter().any(|&b| in_v4(v, b))
        }
        IpAddr::V6(v) => {
            let x = u128::from(v);
            if let Some(m) = v.to_ipv4_mapped() {
                return is_private(IpAddr::V4(m));
            }
            if in_v6(x, (0x0064_ff9b_u128 << 96, 96)) {
                return is_private(IpAddr::V4(std::net::Ipv4Addr::from(x as u32)));
            }
            if in_v6(x, (0x2002_u128 << 112, 16)) {
                return is_private(IpAddr::V4(std::net::Ipv4Addr::from((x >> 80) as u32)));
            }
            V6_SPECIAL.iter().any(|&b| in_v6(x, b))
        }
    }
}

/// One fetched resource.
#[derive(Debug, Clone)]
struct Fetched {
    final_url: String,
    content_type: String,
    body: Vec<u8>,
    truncated: bool,
}

async fn fetch_one(url: &str, cfg: &FetchConfig) -> Result<Fetched, FetchError> {
    let mut current = url.to_owned();
    for _ in 0..=cfg.max_redirects {
        let parsed = url::Url::parse(&current).map_err(|e| FetchError::Url {
            url: current.clone(),
            why: e.to_string(),
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(FetchError::Url {
                url: current,
                why: "only http and https are fetched".into(),
            });
        }
        let host = parsed.host_str().unwrap_or("").to_owned();
        let port = parsed.port_or_known_default().unwrap_or(80);
        let http_err = |why: String| FetchError::Http {
            url: current.clone(),
            why,
        };
        let addrs: Vec<SocketAddr> = tokio::time::timeout(
            cfg.timeout,
            tokio::net::lookup_host((host.trim_matches(['[', ']']), port)),
        )
        .await
        .map_err(|_| http_err("DNS timed out".into()))?
        .map_err(|e| http_err(format!("DNS: {e}")))?
        .collect();
        let Some(addr) = addrs.first().copied() else {
            return Err(http_err("no address".into()));
        };
        if !cfg.allow_private
            && let Some(bad) = addrs.iter().find(|a| is_private(a.ip()))
        {
            return Err(FetchError::Private {
                url: current,
                addr: bad.ip(),
            });
        }
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .timeout(cfg.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .resolve(&host, addr)
            .user_agent(concat!(
                "minewatch/",
                env!("CARGO_PKG_VERSION"),
                " (cryptojacking scanner)"
            ))
            .build()
            .map_err(|e| http_err(e.to_string()))?;
        let mut resp = client.get(parsed.clone()).send().await.map_err(|e| {
            http_err(if e.is_timeout() {
                "timed out".into()
            } else {
                e.to_string()
            })
        })?;
        if resp.status().is_redirection() {
            let next = resp
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| http_err("redirect without Location".into()))?;
            current = parsed
                .join(next)
                .map_err(|e| http_err(format!("bad redirect {next:?}: {e}")))?
                .to_string();
            continue;
        }
        if !resp.status().is_success() {
            return Err(http_err(format!("HTTP {}", resp.status().as_u16())));
        }
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        let mut body = Vec::new();
        let mut truncated = false;
        loop {
            let chunk = tokio::time::timeout(cfg.timeout, resp.chunk())
                .await
                .map_err(|_| http_err("timed out reading the body".into()))?
                .map_err(|e| http_err(e.to_string()))?;
            let Some(c) = chunk else { break };
            let room = cfg.max_bytes.saturating_sub(body.len() as u64) as usize;
            if c.len() > room {
                body.extend_from_slice(&c[..room]);
                truncated = true;
                break;
            }
            body.extend_from_slice(&c);
        }
        return Ok(Fetched {
            final_url: current,
            content_type,
            body,
            truncated,
        });
    }
    Err(FetchError::Http {
        url: url.to_owned(),
        why: format!("more than {} redirects", cfg.max_redirects),
    })
}

/// Scans `url` and what it loads. The first resource failing is an error; a failing script
/// is reported as a note on the page's report.
pub async fn scan_url(
    scanner: &Scanner,
    url: &str,
    cfg: &FetchConfig,
) -> Result<Vec<Report>, FetchError> {
    let mut reports = Vec::new();
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(url.to_owned(), 0u32, None::<String>)]);
    let mut first = true;
    while let Some((u, depth, page)) = queue.pop_front() {
        if !seen.insert(u.clone()) || seen.len() > cfg.max_resources {
            continue;
        }
        let fetched = match fetch_one(&u, cfg).await {
            Ok(f) => f,
            Err(e) if first => return Err(e),
            Err(e) => {
                if let Some(r) = reports.first_mut() {
                    let r: &mut Report = r;
                    r.notes.push(e.to_string());
                }
                continue;
            }
        };
        first = false;
        let name = if fetched.content_type.contains("html") && !fetched.final_url.ends_with(".html")
        {
            // Let the content decide: a page served at `/` is HTML.
            format!("{}#page.html", fetched.final_url)
        } else {
            fetched.final_url.clone()
        };
        let mut report = scanner.scan_bytes_from(
            &name,
            &fetched.body,
            page.as_deref().or(Some(&fetched.final_url)),
        );
        report.name = fetched.final_url.clone();
        if fetched.truncated {
            report
                .notes
                .push(format!("body cut at {} bytes", cfg.max_bytes));
        }
        if depth < cfg.max_depth {
            let children: Vec<String> = match report.kind {
                super::ContentKind::Html => super::html::refs(&fetched.body)
                    .map(|r| {
                        r.scripts
                            .iter()
                            .chain(&r.iframes)
                            .map(|s| super::html::resolve(Some(&fetched.final_url), s))
                            .chain(
                                r.inline
                                    .iter()
                                    .flat_map(|js| super::js::resource_urls(js))
                                    .map(|s| super::html::resolve(Some(&fetched.final_url), &s)),
                            )
                            .collect()
                    })
                    .unwrap_or_default(),
                super::ContentKind::Js => {
                    super::js::resource_urls(&String::from_utf8_lossy(&fetched.body))
                        .into_iter()
                        .map(|s| super::html::resolve(Some(&fetched.final_url), &s))
                        .collect()
                }
                _ => Vec::new(),
            };
            let page_url = page.clone().unwrap_or_else(|| fetched.final_url.clone());
            for c in children {
                if c.starts_with("http://") || c.starts_with("https://") {
                    queue.push_back((c, depth + 1, Some(page_url.clone())));
                }
            }
        }
        reports.push(report);
    }
    Ok(reports)
}
