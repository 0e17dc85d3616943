//! What a message says: mining protocols in JSON, pool names in TLS ClientHellos and DNS.

use serde::Serialize;
use serde_json::Value;

/// A mining protocol recognised on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Protocol {
    /// Bitcoin-style Stratum V1 (`mining.subscribe/authorize/notify/submit`).
    BitcoinStratum,
    /// Monero-style Stratum (`login/job/submit/keepalived`), XMRig and proxies.
    MoneroStratum,
    /// Ethereum mining (`eth_submitLogin/eth_getWork/eth_submitWork`, EthereumStratum).
    EthereumStratum,
    /// getwork or getblocktemplate/submitblock over HTTP.
    Getwork,
    /// A browser miner's pool protocol (`{"type":"auth"|"job"|"submit"}`), CoinHive style.
    BrowserMiner,
    /// Stratum V2, encrypted: recognised by the shape of its Noise handshake.
    StratumV2,
    /// A TLS ClientHello naming a listed pool domain.
    PoolTls,
    /// A DNS query for a listed pool domain.
    PoolDns,
}

impl Protocol {
    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Self::BitcoinStratum => "bitcoin-stratum",
            Self::MoneroStratum => "monero-stratum",
            Self::EthereumStratum => "ethereum-stratum",
            Self::Getwork => "getwork",
            Self::BrowserMiner => "browser-miner",
            Self::StratumV2 => "stratum-v2",
            Self::PoolTls => "pool-tls",
            Self::PoolDns => "pool-dns",
        }
    }

    /// The id of the rule its findings are raised under (see [`crate::rules::NET`]).
    pub fn rule_id(self) -> &'static str {
        match self {
            Self::BitcoinStratum => "net.bitcoin-stratum",
            Self::MoneroStratum => "net.monero-stratum",
            Self::EthereumStratum => "net.ethereum-stratum",
            Self::Getwork => "net.getwork",
            Self::BrowserMiner => "net.browser-miner",
            Self::StratumV2 => "net.stratum-v2",
            Self::PoolTls => "net.pool-tls",
            Self::PoolDns => "net.pool-dns",
        }
    }

    /// Whether the protocol itself shows mining (a pool name alone is weaker).
    pub fn is_mining_protocol(self) -> bool {
        !matches!(self, Self::PoolTls | Self::PoolDns)
    }
}

fn has(v: &Value, keys: &[&str]) -> bool {
    keys.iter().all(|k| v.get(k).is_some())
}

/// Classifies one message as sent on a socket or websocket (one JSON value, or several on
/// lines of their own): the protocol and what matched. `None` for anything else.
pub fn classify_message(text: &str) -> Option<(Protocol, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('{'))
        .take(16)
        .find_map(|l| {
            serde_json::from_str::<Value>(l)
                .ok()
                .and_then(|v| classify_json(&v))
        })
}

/// Classifies one JSON message; returns the protocol and a short name of what matched.
pub(crate) fn classify_json(v: &Value) -> Option<(Protocol, String)> {
    let params = v.get("params").unwrap_or(&Value::Null);
    if let Some(m) = v.get("method").and_then(Value::as_str) {
        let p = match m {
            "mining.subscribe" => {
                let eth = params.as_array().is_some_and(|a| {
                    a.iter()
                        .any(|x| x.as_str().is_some_and(|s| s.contains("EthereumStratum")))
                });
                if eth {
                    Protocol::EthereumStratum
                } else {
                    Protocol::BitcoinStratum
                }
            }
            "mining.authorize"
            | "mining.notify"
            | "mining.set_difficulty"
            | "mining.submit"
            | "mining.set_extranonce"
            | "mining.configure"
            | "mining.extranonce.subscribe"
            | "mining.suggest_difficulty"
            | "mining.set_target" => Protocol::BitcoinStratum,
            "login"
                if params.is_object() && (has(params, &["login"]) || has(params, &["pass"])) =>
            {
                Protocol::MoneroStratum
            }
            "job" if has(params, &["blob", "job_id"]) => Protocol::MoneroStratum,
            "submit" if has(params, &["job_id", "nonce"]) => Protocol::MoneroStratum,
            "keepalived" => Protocol::MoneroStratum,
            "eth_submitLogin" | "eth_login" | "eth_getWork" | "eth_submitWork"
            | "eth_submitHashrate" => Protocol::EthereumStratum,
            "getwork" => Protocol::Getwork,
            "getblocktemplate" | "submitblock" => Protocol::Getwork,
            _ => return None,
        };
        return Some((p, m.to_owned()));
    }
    // CoinHive-style browser miner protocol.
    if let Some(t) = v.get("type").and_then(Value::as_str) {
        let hit = match t {
            "auth" => has(params, &["site_key"]) || has(params, &["user"]),
            "job" => has(params, &["blob", "job_id"]) || has(params, &["job_id", "target"]),
            "submit" => has(params, &["job_id", "nonce"]),
            "authed" | "hash_accepted" => v.get("params").is_some(),
            _ => false,
        };
        if hit {
            return Some((Protocol::BrowserMiner, format!("type {t}")));
        }
    }
    // A pool's answer to a Monero login: {"result":{"id":...,"job":{"blob":...}}}.
    if let Some(job) = v.get("result").and_then(|r| r.get("job"))
        && has(job, &["blob", "job_id"])
    {
        return Some((Protocol::MoneroStratum, "login result with a job".into()));
    }
    None
}

/// The server name of a TLS ClientHello (`None` for anything else).
pub(crate) fn tls_sni(b: &[u8]) -> Option<String> {
    // Record: type 22 (handshake), version, length; handshake type 1 (ClientHello).
    if b.len() < 9 || b[0] != 22 || b[5] != 1 {
        return None;
    }
    let mut p = 9 + 2 + 32; // handshake header, client version, random
    let sid = *b.get(p)? as usize;
    p += 1 + sid;
    let suites = u16::from_be_bytes([*b.get(p)?, *b.get(p + 1)?]) as usize;
    p += 2 + suites;
    let comp = *b.get(p)? as usize;
    p += 1 + comp;
    let ext_len = u16::from_be_bytes([*b.get(p)?, *b.get(p + 1)?]) as usize;
    p += 2;
    let end = (p + ext_len).min(b.len());
    while p + 4 <= end {
        let ty = u16::from_be_bytes([b[p], b[p + 1]]);
        let len = u16::from_be_bytes([b[p + 2], b[p + 3]]) as usize;
        p += 4;
        if ty == 0 {
            // server_name list: length, then (type 0, length, name).
            let name_len = u16::from_be_bytes([*b.get(p + 3)?, *b.get(p + 4)?]) as usize;
            let name = b.get(p + 5..p + 5 + name_len)?;
            return std::str::from_utf8(name).ok().map(str::to_ascii_lowercase);
        }
        p += len;
    }
    None
}

/// The first question's name of a DNS query (`None` for anything else).
pub(crate) fn dns_query(b: &[u8]) -> Option<String> {
    if b.len() < 12 || b[2] & 0x80 != 0 {
        return None; // too short, or a response
    }
    let qd = u16::from_be_bytes([b[4], b[5]]);
    if qd == 0 {
        return None;
    }
    let mut p = 12;
    let mut labels = Vec::new();
    loop {
        let len = *b.get(p)? as usize;
        if len == 0 {
            break;
        }
        if len > 63 || labels.len() > 127 {
            return None;
        }
        let l = b.get(p + 1..p + 1 + len)?;
        labels.push(std::str::from_utf8(l).ok()?.to_ascii_lowercase());
        p += 1 + len;
    }
    (!labels.is_empty()).then(|| labels.join("."))
}

/// Pool domains from Falco's and Emerging Threats' lists, matched as a suffix (ET's endswith).
#[derive(Debug, Clone)]
pub struct PoolDomains {
    domains: std::sync::Arc<Vec<(String, &'static str)>>,
}

pub(crate) const FALCO: &str = include_str!("../../data/lists/falco_miner_lists.tsv");
const ET: &str = include_str!("../../data/lists/et_coinminer_dns_tls.tsv");
const NOCOIN_HOSTS: &str = include_str!("../../data/lists/nocoin_hosts_domains.txt");

impl Default for PoolDomains {
    fn default() -> Self {
        Self::builtin()
    }
}

impl PoolDomains {
    /// Falco's miner domains, ET's DNS/SNI names and NoCoin's hosts list (parsed once).
    pub fn builtin() -> Self {
        static BUILTIN: std::sync::OnceLock<PoolDomains> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(Self::parse_builtin).clone()
    }

    fn parse_builtin() -> Self {
        let mut domains = Vec::new();
        for line in FALCO.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            if let (Some(list), Some(item)) = (f.next(), f.next())
                && list.ends_with("miner_domains")
            {
                domains.push((
                    item.trim().trim_start_matches('.').to_ascii_lowercase(),
                    "falco",
                ));
            }
        }
        for line in ET.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() >= 3 && (f[1] == "dns.query" || f[1] == "tls.sni") {
                domains.push((
                    f[2].trim().trim_start_matches('.').to_ascii_lowercase(),
                    "emerging-threats",
                ));
            }
        }
        for line in NOCOIN_HOSTS.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') || l.starts_with('!') {
                continue;
            }
            // hosts lines: "0.0.0.0 domain" or a bare domain.
            if let Some(d) = l.split_whitespace().last()
                && d.contains('.')
                && d != "0.0.0.0"
            {
                domains.push((d.to_ascii_lowercase(), "nocoin"));
            }
        }
        domains.sort();
        domains.dedup_by(|a, b| a.0 == b.0);
        Self {
            domains: std::sync::Arc::new(domains),
        }
    }

    /// Domains held.
    pub fn len(&self) -> usize {
        self.domains.len()
    }

    /// Whether none are held.
    pub fn is_empty(&self) -> bool {
        self.domains.is_empty()
    }

    /// The listed domain `name` is (or is under), and its list.
    pub fn find(&self, name: &str) -> Option<(&str, &'static str)> {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        self.domains
            .iter()
            .find(|(d, _)| name == *d || name.ends_with(&format!(".{d}")))
            .map(|(d, l)| (d.as_str(), *l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocols_by_message() {
        let c = |s: &str| classify_json(&serde_json::from_str(s).expect("json")).map(|x| x.0);
        assert_eq!(
            c(r#"{"id":1,"method":"mining.subscribe","params":["cgminer/4"]}"#),
            Some(Protocol::BitcoinStratum)
        );
        assert_eq!(
            c(r#"{"id":1,"method":"mining.subscribe","params":["x","EthereumStratum/1.0.0"]}"#),
            Some(Protocol::EthereumStratum)
        );
        // XMRig's login, and coin-hive-stratum's, which has neither jsonrpc nor agent.
        assert_eq!(
            c(
                r#"{"id":1,"jsonrpc":"2.0","method":"login","params":{"login":"w","pass":"x","agent":"XMRig/6.16.0"}}"#
            ),
            Some(Protocol::MoneroStratum)
        );
        assert_eq!(
            c(r#"{"method":"login","params":{"login":"w","pass":"x"},"id":1}"#),
            Some(Protocol::MoneroStratum)
        );
        assert_eq!(
            c(r#"{"id":1,"method":"eth_submitLogin","params":["0xabc"]}"#),
            Some(Protocol::EthereumStratum)
        );
        assert_eq!(
            c(r#"{"type":"auth","params":{"site_key":"k","type":"anonymous"}}"#),
            Some(Protocol::BrowserMiner)
        );
        // Ordinary JSON-RPC and ordinary "login" forms are not mining.
        assert_eq!(
            c(r#"{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}"#),
            None
        );
        assert_eq!(c(r#"{"method":"login","params":["user"]}"#), None);
        assert_eq!(c(r#"{"type":"job","title":"engineer"}"#), None);
    }

    #[test]
    fn pool_domains_match_as_suffixes() {
        let d = PoolDomains::builtin();
        assert!(d.len() > 50, "{}", d.len());
        assert!(d.find("xmr.pool.minergate.com").is_some() || d.find("minergate.com").is_some());
        assert!(d.find("example.com").is_none());
        assert!(d.find("notcoinhive.com").is_none() || d.find("coinhive.com").is_some());
    }

    #[test]
    fn dns_and_sni_parsers_refuse_garbage() {
        assert_eq!(dns_query(&[0; 5]), None);
        let mut q = vec![0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
        for l in ["pool", "minexmr", "com"] {
            q.push(l.len() as u8);
            q.extend_from_slice(l.as_bytes());
        }
        q.extend_from_slice(&[0, 0, 1, 0, 1]);
        assert_eq!(dns_query(&q).as_deref(), Some("pool.minexmr.com"));
        assert_eq!(tls_sni(&[22, 3, 1, 0, 5, 1, 0, 0, 1]), None);
    }
}
