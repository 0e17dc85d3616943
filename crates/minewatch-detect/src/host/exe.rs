//! What a process's files hold: miner code in its executable, mining settings in its
//! configuration. Both reads are bounded in bytes and time.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};
use serde::Serialize;

/// Markers of miner code, each with the family it counts for. A hash library has one family at
/// most (a sha256 tool has no Stratum methods, a Stratum proxy no hash core names); a miner has
/// several.
const EXE_MARKERS: &[(&str, &str)] = &[
    ("stratum+tcp://", "stratum-url"),
    ("stratum+ssl://", "stratum-url"),
    ("stratum+tls://", "stratum-url"),
    ("mining.subscribe", "stratum-methods"),
    ("mining.submit", "stratum-methods"),
    ("mining.notify", "stratum-methods"),
    ("eth_submitwork", "stratum-methods"),
    ("\"keepalived\"", "monero-stratum"),
    ("nicehash", "monero-stratum"),
    ("donate-level", "donation"),
    ("donate.v2.xmrig.com", "donation"),
    ("randomx", "hash-core"),
    ("cryptonight", "hash-core"),
    ("argon2/chukwa", "hash-core"),
    ("sha256d", "hash-core"),
    ("xmrig", "miner-name"),
    ("cpuminer", "miner-name"),
    ("hashrate", "hashrate-report"),
];

/// What a scan of an executable found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ExeScan {
    /// Bytes read.
    pub bytes: u64,
    /// The scan stopped at its byte or time limit.
    pub truncated: bool,
    /// Distinct marker families found.
    pub families: Vec<&'static str>,
    /// The markers found, in the order first seen (at most 12).
    pub markers: Vec<&'static str>,
}

impl ExeScan {
    /// Code of a miner: Stratum or a donation pool next to a hash core, or three families.
    pub fn is_miner_code(&self) -> bool {
        let has = |f: &str| self.families.contains(&f);
        let protocol = has("stratum-url") || has("stratum-methods") || has("monero-stratum");
        (protocol && (has("hash-core") || has("donation") || has("miner-name")))
            || self.families.len() >= 4
    }
}

fn exe_matcher() -> &'static AhoCorasick {
    static M: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(EXE_MARKERS.iter().map(|m| m.0))
            .expect("fixed patterns build")
    })
}

/// Scans at most `limit` bytes of `r` for miner code, stopping after `time`.
pub fn scan_reader(mut r: impl Read, limit: u64, time: Duration) -> std::io::Result<ExeScan> {
    let started = Instant::now();
    let m = exe_matcher();
    let mut out = ExeScan::default();
    // Overlap chunks by the longest marker so a marker split between reads is still found.
    let keep = EXE_MARKERS.iter().map(|m| m.0.len()).max().unwrap_or(0);
    let mut buf = vec![0u8; (1 << 20) + keep];
    let mut carried = 0usize;
    loop {
        if out.bytes >= limit || started.elapsed() > time {
            out.truncated = true;
            break;
        }
        let want = ((limit - out.bytes).min(1 << 20)) as usize;
        let n = match r.read(&mut buf[carried..carried + want]) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        out.bytes += n as u64;
        let end = carried + n;
        for hit in m.find_overlapping_iter(&buf[..end]) {
            let (marker, family) = EXE_MARKERS[hit.pattern().as_usize()];
            if !out.markers.contains(&marker) && out.markers.len() < 12 {
                out.markers.push(marker);
            }
            if !out.families.contains(&family) {
                out.families.push(family);
            }
        }
        let tail = end.saturating_sub(keep);
        buf.copy_within(tail..end, 0);
        carried = end - tail;
    }
    Ok(out)
}

/// Scans the file at `path` (for a process: `/proc/PID/exe`, which opens the executable even
/// after it was deleted).
pub fn scan_file(path: &Path, limit: u64, time: Duration) -> std::io::Result<ExeScan> {
    scan_reader(std::fs::File::open(path)?, limit, time)
}

/// Mining settings found in a configuration file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfigHit {
    /// The file, as the process names it.
    pub path: String,
    /// What marks it as a miner's configuration.
    pub markers: Vec<String>,
    /// Pool addresses it names (`host:port`, at most 4).
    pub pools: Vec<String>,
}

/// At most this much of a configuration file is read.
pub const CONFIG_LIMIT: u64 = 256 << 10;

/// Reads a miner's settings out of `text`: XMRig-style JSON (`pools` with `url`s, `donate-level`,
/// `algo`/`coin`), or any file with Stratum URLs. `None` for anything else.
pub fn config_hit(path: &str, text: &str) -> Option<ConfigHit> {
    let lower = text.to_ascii_lowercase();
    let mut markers = Vec::new();
    for (needle, what) in [
        ("stratum+tcp://", "stratum+tcp:// URL"),
        ("stratum+ssl://", "stratum+ssl:// URL"),
        ("stratum+tls://", "stratum+tls:// URL"),
        ("\"donate-level\"", "\"donate-level\""),
        ("\"rx/0\"", "algorithm rx/0"),
        ("\"randomx\"", "\"randomx\" settings"),
        ("\"coin\": \"monero\"", "coin monero"),
        ("\"coin\":\"monero\"", "coin monero"),
    ] {
        if lower.contains(needle) && !markers.iter().any(|m| m == what) {
            markers.push(what.to_owned());
        }
    }
    let pools_with_urls = lower.contains("\"pools\"") && lower.contains("\"url\"");
    if pools_with_urls {
        markers.push("\"pools\" with \"url\"s".to_owned());
    }
    let strong = markers
        .iter()
        .any(|m| m.contains("URL") || m.contains("donate"))
        || (pools_with_urls && markers.len() >= 2);
    if !strong {
        return None;
    }
    let mut pools = Vec::new();
    // "url": "host:port" values (JSON), and scheme://host:port anywhere.
    for (i, _) in lower.match_indices("\"url\"") {
        let rest = &text[i + 5..];
        let rest = rest.trim_start().trim_start_matches(':').trim_start();
        if let Some(v) = rest.strip_prefix('"')
            && let Some(end) = v.find('"')
            && pools.len() < 4
        {
            let v = &v[..end];
            if !v.is_empty() && !pools.iter().any(|p| p == v) {
                pools.push(v.to_owned());
            }
        }
    }
    Some(ConfigHit {
        path: path.to_owned(),
        markers,
        pools,
    })
}

/// Reads the configuration at `path` (bounded) and checks it.
pub fn check_config_file(shown: &str, path: &Path) -> Option<ConfigHit> {
    let f = std::fs::File::open(path).ok()?;
    if !f.metadata().ok()?.is_file() {
        return None;
    }
    let mut text = Vec::new();
    f.take(CONFIG_LIMIT).read_to_end(&mut text).ok()?;
    config_hit(shown, &String::from_utf8_lossy(&text))
}

/// The configuration files `cmdline` points at: `-c F`, `-cF`, `--config F`, `--config=F`.
pub fn config_args(cmdline: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = cmdline.iter().skip(1).peekable();
    while let Some(a) = it.next() {
        if (a == "-c" || a == "--config")
            && let Some(v) = it.peek()
        {
            out.push((*v).clone());
        } else if let Some(v) = a.strip_prefix("--config=") {
            out.push(v.to_owned());
        } else if let Some(v) = a.strip_prefix("-c")
            && !v.is_empty()
            && !v.starts_with('-')
            && (v.contains('/') || v.contains('.'))
        {
            out.push(v.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_split_across_reads_are_found() {
        // A reader that hands out 7 bytes at a time.
        struct Drip(Vec<u8>, usize);
        impl Read for Drip {
            fn read(&mut self, b: &mut [u8]) -> std::io::Result<usize> {
                let n = b.len().min(7).min(self.0.len() - self.1);
                b[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
                self.1 += n;
                Ok(n)
            }
        }
        let mut data = vec![0u8; 3 << 20];
        let at = (1 << 20) - 5;
        data[at..at + 14].copy_from_slice(b"stratum+tcp://");
        data[2 << 20..(2 << 20) + 7].copy_from_slice(b"RandomX");
        let s = scan_reader(Drip(data.clone(), 0), u64::MAX, Duration::from_secs(60)).unwrap();
        assert_eq!(s.families, vec!["stratum-url", "hash-core"]);
        assert!(s.is_miner_code() && !s.truncated);
        let s = scan_reader(&data[..], 1 << 20, Duration::from_secs(60)).unwrap();
        assert!(s.truncated && s.bytes == 1 << 20 && !s.is_miner_code());
    }

    #[test]
    fn hash_tools_are_not_miner_code() {
        let s = scan_reader(
            &b"SHA256 sha256d randomx-free cryptonight? no"[..],
            u64::MAX,
            Duration::from_secs(1),
        )
        .unwrap();
        assert_eq!(s.families, vec!["hash-core"]);
        assert!(!s.is_miner_code());
    }

    #[test]
    fn xmrig_config_is_recognised_and_others_are_not() {
        let cfg = r#"{"autosave": true, "donate-level": 0, "cpu": {"enabled": true},
            "pools": [{"url": "127.0.0.1:14999", "user": "x", "algo": "rx/0"}]}"#;
        let hit = config_hit("/tmp/c.json", cfg).unwrap();
        assert!(hit.markers.iter().any(|m| m.contains("donate")));
        assert_eq!(hit.pools, vec!["127.0.0.1:14999"]);
        let pkg = r#"{"name": "app", "repository": {"url": "https://github.com/x/y"}}"#;
        assert!(config_hit("package.json", pkg).is_none());
        assert_eq!(
            config_args(&[
                "xmrig".into(),
                "-c".into(),
                "a.json".into(),
                "--config=b.json".into(),
                "-cc.json".into(),
            ]),
            vec!["a.json", "b.json", "c.json"]
        );
    }

    proptest::proptest! {
        #[test]
        fn settings_parsers_take_anything(text in "\\PC{0,300}", args in proptest::collection::vec("\\PC{0,12}", 0..8)) {
            let _ = config_hit("f", &text);
            let _ = config_hit("f", &format!("{{\"pools\": [{{\"url\": {text}"));
            let _ = config_args(&args);
        }

        #[test]
        fn scans_count_what_is_there(noise in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..5000), at in 0usize..5000) {
            let mut data = noise;
            let at = at.min(data.len());
            data.splice(at..at, b"mining.submit cryptonight".iter().copied());
            let s = scan_reader(&data[..], u64::MAX, Duration::from_secs(5)).unwrap();
            proptest::prop_assert!(s.is_miner_code());
            proptest::prop_assert_eq!(s.bytes, data.len() as u64);
        }
    }
}
