//! A miner's configuration, as pages and loaders write it: a call or `new` handed a wallet
//! address or a site key, with a pool address or throttle and thread knobs, whose result is
//! then started (`new Client.Anonymous('<key>', {throttle: 0.3}).start()`, `startMining(pool,
//! wallet)`, `m = new Miner({wallet, pool, threads}); m.start()`). The library that does the
//! mining is usually another file (a script tag's `src`); this is the other half, and it is
//! what names the miner's owner.
//!
//! A key or a wallet alone is common (API keys, donation addresses copied to the clipboard), so
//! is `start()`; together with knobs or a pool, handed to what is then started, they are a
//! miner's API being configured and run. A thread count alone does not make it a miner
//! (decoder and ML SDKs take a licence key and threads); a wallet with a pool does, and so does
//! a throttle that is a share of the CPU (browser miners' knob: other libraries' throttles are
//! intervals in milliseconds).

use std::collections::BTreeSet;

use crate::finding::Finding;

/// What identifies the miner's owner to the pool or the mining service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Credential {
    /// A CryptoNote-style wallet address (Monero and its forks), maybe with a worker suffix.
    Wallet,
    /// A mining service's site key.
    SiteKey,
}

/// A call or `new` that is handed a credential.
#[derive(Debug, Clone)]
pub(crate) struct MinerConfig {
    /// The callee as written (`Client.Anonymous`, `startMining`).
    pub(crate) callee: String,
    pub(crate) credential: Credential,
    /// The credential, shortened for evidence; where it is read at run time, the expression
    /// that reads it (`conf.siteKey`).
    pub(crate) value: String,
    /// The credential is read at run time from data the script fetches and parses as JSON
    /// (see [`Slots`]): its name says what it is, not its value.
    pub(crate) fetched: bool,
    /// Throttle and thread knobs among the options.
    pub(crate) knobs: BTreeSet<&'static str>,
    /// A pool address handed over with it.
    pub(crate) pool: Option<String>,
    /// A `throttle` option that is a share of the CPU (a number from 0 to below 1): the knob
    /// of browser miners (CoinHive's, CoinImp's, CryptoLoot's), where other libraries'
    /// throttles are intervals in milliseconds.
    pub(crate) cpu_throttle: Option<f64>,
    /// The variable or property its result is kept in.
    pub(crate) bound: Option<String>,
    /// Where the call starts (also the key `Starts::calls` uses for `new X(...).start()`).
    pub(crate) offset: u32,
}

/// What a script starts: `x.start()` on a name, or on a call's result directly.
#[derive(Debug, Default, Clone)]
pub(crate) struct Starts {
    pub(crate) names: BTreeSet<String>,
    pub(crate) calls: BTreeSet<u32>,
}

/// A method or function that starts a miner: `start()`, `startMining()`, `startMiner()`
/// (not every `start...`: `startPolling(wallet, pool)` is a pool's statistics page).
pub(crate) fn starts_miner(name: &str) -> bool {
    name.eq_ignore_ascii_case("start")
        || name
            .get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("startmin"))
}

/// Credentials, pool addresses and knobs a script declares under a name (`const w = "..."`,
/// `var o = {pool: "..."}`, `o.threads = 2`), so a configuration handed over through variables
/// reads as if written in place. Bounded: [`MAX_NAMED`] entries of at most [`MAX_NAMED_LEN`]
/// bytes, [`MAX_PROPERTIES`] per object; a lookup costs one hash and one short scan.
#[derive(Debug, Default, Clone)]
pub(crate) struct Named {
    values: std::collections::HashMap<String, String>,
    /// Objects' properties: (option name, its string; empty for a knob).
    objects: std::collections::HashMap<String, Vec<(String, String)>>,
    entries: usize,
}

/// Most entries a [`Named`] keeps.
pub(crate) const MAX_NAMED: usize = 512;
/// Longest string a [`Named`] keeps.
pub(crate) const MAX_NAMED_LEN: usize = 256;
/// Most properties kept per object.
pub(crate) const MAX_PROPERTIES: usize = 64;

impl Named {
    pub(crate) fn is_empty(&self) -> bool {
        self.entries == 0
    }

    pub(crate) fn value(&self, name: &str) -> Option<&String> {
        self.values.get(name)
    }

    pub(crate) fn property(&self, object: &str, key: &str) -> Option<&String> {
        self.properties(object)
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    pub(crate) fn properties(&self, object: &str) -> &[(String, String)] {
        self.objects.get(object).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn set_value(&mut self, name: &str, value: String) {
        if value.len() > MAX_NAMED_LEN {
            return;
        }
        if let Some(v) = self.values.get_mut(name) {
            *v = value;
        } else if self.entries < MAX_NAMED {
            self.values.insert(name.to_owned(), value);
            self.entries += 1;
        }
    }

    pub(crate) fn set_property(&mut self, object: &str, key: &str, value: String) {
        if value.len() > MAX_NAMED_LEN {
            return;
        }
        if let Some(p) = self
            .objects
            .get_mut(object)
            .and_then(|props| props.iter_mut().find(|(k, _)| k == key))
        {
            p.1 = value;
            return;
        }
        if self.entries >= MAX_NAMED {
            return;
        }
        let props = self.objects.entry(object.to_owned()).or_default();
        if props.len() < MAX_PROPERTIES {
            props.push((key.to_owned(), value));
            self.entries += 1;
        }
    }

    /// `const name = from`: what `from` holds, under `name` too.
    pub(crate) fn alias(&mut self, name: &str, from: &str) {
        if let Some(v) = self.values.get(from).cloned() {
            self.set_value(name, v);
        }
        for (k, v) in self.properties(from).to_vec() {
            self.set_property(name, &k, v);
        }
    }
}

/// At most this many configurations and started names are kept per file.
pub(crate) const MAX_KEPT: usize = 64;

fn base58(b: u8) -> bool {
    matches!(b, b'1'..=b'9' | b'A'..=b'H' | b'J'..=b'N' | b'P'..=b'Z' | b'a'..=b'k' | b'm'..=b'z')
}

/// A CryptoNote address, alone or with what pools take after it (`.worker`, `+difficulty`):
/// Monero's (95 base58 characters from `4` or `8`, 106 for an integrated address) or a fork's
/// by its prefix (Electroneum `etn`, Sumokoin `Sumo`, TurtleCoin `TRTL`, Aeon `Wm`, Conceal
/// `ccx`, Masari `5`), 95 to 110 characters.
pub(crate) fn wallet(s: &str) -> bool {
    let run = s.bytes().take_while(|b| base58(*b)).count();
    let monero = matches!(run, 95 | 106) && s.starts_with(['4', '8']);
    let fork = (95..=110).contains(&run)
        && ["etn", "Sumo", "TRTL", "Wm", "ccx", "5"]
            .iter()
            .any(|p| s.starts_with(p));
    if !(monero || fork) {
        return false;
    }
    let rest = &s[run..];
    rest.is_empty() || (rest.len() <= 64 && rest.starts_with(['.', '+', ':', '/']))
}

/// A site key as mining services issue them: 32 to 64 letters and digits, both present.
pub(crate) fn site_key(s: &str) -> bool {
    (32..=64).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_alphanumeric())
        && s.bytes().filter(u8::is_ascii_digit).count() >= 2
        && s.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
}

/// A credential, for the quick path's decision to parse.
pub(crate) fn credential(s: &str) -> Option<Credential> {
    if wallet(s) {
        Some(Credential::Wallet)
    } else if site_key(s) {
        Some(Credential::SiteKey)
    } else {
        None
    }
}

/// Largest script that a site key alone (with a start and a knob or pool word) sends to the
/// parse: page scripts and loaders that configure a miner are small, and long bundles are full
/// of hex and mixed-case tokens, and of the words.
pub(crate) const SITE_KEY_PARSE_BYTES: usize = 64 << 10;

/// Whether a script that skipped the parse (none of the miner words) is worth parsing for a
/// configuration: it starts something, and beside a site key it is small and names a knob or a
/// pool; a wallet is rare enough on its own.
pub(crate) fn worth_parsing(src: &str, credential: Credential) -> bool {
    static WORDS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let has = |words: &[&str]| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(words)
            .ok()
    };
    let start = src.contains("start") || src.contains("Start");
    start
        && (credential == Credential::Wallet
            || src.len() <= SITE_KEY_PARSE_BYTES
                && WORDS
                    .get_or_init(|| {
                        has(&[
                            "throttle", "thread", "cores", "cpu", "pool", "stratum", "ws://",
                            "wss://",
                        ])
                    })
                    .as_ref()
                    .is_none_or(|ac| ac.is_match(src)))
}

fn host(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// A pool's address: a stratum or websocket URL, or `host:port`; a bare host name where the
/// option's name says so (`pool`, `server`, `host`) or where it is handed over with a wallet.
pub(crate) fn pool_address(s: &str, key: Option<&str>, beside_wallet: bool) -> bool {
    if [
        "stratum+tcp://",
        "stratum+ssl://",
        "stratum+tls://",
        "ws://",
        "wss://",
    ]
    .iter()
    .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
    {
        return true;
    }
    if let Some((h, port)) = s.rsplit_once(':')
        && (2..=5).contains(&port.len())
        && port.bytes().all(|b| b.is_ascii_digit())
        && host(h)
    {
        return true;
    }
    (key.is_some_and(pool_key) || beside_wallet) && host(s)
}

/// An option's name that says it holds a pool's address.
pub(crate) fn pool_key(k: &str) -> bool {
    [
        "pool",
        "server",
        "host",
        "poolhost",
        "pooladdress",
        "poolurl",
    ]
    .iter()
    .any(|n| k.eq_ignore_ascii_case(n))
}

/// A property's name that says it holds a miner's credential (`conf.wallet`, `cfg.siteKey`):
/// how a configuration read at run time names what it hands over. Generic names (`key`,
/// `address`, `user`) are not: API keys and postal addresses have them.
pub(crate) fn credential_key(k: &str) -> Option<Credential> {
    const NAMES: &[(&str, Credential)] = &[
        ("wallet", Credential::Wallet),
        ("walletaddress", Credential::Wallet),
        ("wallet_address", Credential::Wallet),
        ("xmrwallet", Credential::Wallet),
        ("moneroaddress", Credential::Wallet),
        ("sitekey", Credential::SiteKey),
        ("site_key", Credential::SiteKey),
    ];
    NAMES
        .iter()
        .find(|(n, _)| k.eq_ignore_ascii_case(n))
        .map(|(_, c)| *c)
}

/// Whether a script reads data as JSON (`response.json()`, `JSON.parse`, jQuery's `getJSON`):
/// where a configuration read at run time may come from. One pass over the text.
pub(crate) fn reads_json(src: &str) -> bool {
    static WORDS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build([".json()", "JSON.parse", "getJSON"])
                .ok()
        })
        .as_ref()
        .is_none_or(|ac| ac.is_match(src))
}

/// Whether a script with no credential in it is worth parsing for a configuration read at run
/// time (see [`Slots`]): small, it reads JSON, names a credential and starts something.
pub(crate) fn worth_parsing_fetched(src: &str) -> bool {
    static WORDS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    src.len() <= SITE_KEY_PARSE_BYTES
        && reads_json(src)
        && WORDS
            .get_or_init(|| {
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(["wallet", "sitekey", "site_key", "moneroaddress"])
                    .ok()
            })
            .as_ref()
            .is_none_or(|ac| ac.is_match(src))
        && (src.contains("start") || src.contains("Start"))
}

/// An option that sets how hard a miner works.
pub(crate) fn knob(key: &str) -> Option<&'static str> {
    const KNOBS: &[(&str, &str)] = &[
        ("throttle", "throttle"),
        ("threads", "threads"),
        ("numthreads", "threads"),
        ("maxthreads", "threads"),
        ("thread", "threads"),
        ("autothreads", "autoThreads"),
        ("cores", "cores"),
        ("cpu", "cpu"),
        ("cpulimit", "cpu"),
        ("cpuusage", "cpu"),
        ("maxcpu", "cpu"),
    ];
    KNOBS
        .iter()
        .find(|(k, _)| key.eq_ignore_ascii_case(k))
        .map(|(_, n)| *n)
}

/// The first 8 and last 4 characters of a long credential (evidence names it, not all of it).
fn shorten(s: &str) -> String {
    let n = s.chars().count();
    if n > 16 {
        let head: String = s.chars().take(8).collect();
        let tail: String = s.chars().skip(n - 4).collect();
        format!("{head}...{tail}")
    } else {
        s.to_owned()
    }
}

/// Options read at run time from fetched JSON, by the names they are read under: no credential
/// is written in the script, but a property named for one (`conf.siteKey`, see
/// [`credential_key`]) is handed over, maybe with a pool's address read the same way
/// (`{pool: conf.pool}`).
#[derive(Debug, Default)]
pub(crate) struct Slots {
    /// Credentials by name, with the expression that reads each.
    pub(crate) credentials: Vec<(Credential, String)>,
    /// The expression that reads a pool's address (an option named for one).
    pub(crate) pool: Option<String>,
}

/// The configuration in a call's arguments, as the walk read them: `strings` are the string
/// arguments and options (with the option's name), `knobs` the knob names among the options,
/// `slots` what is read at run time by name. A written credential comes first; without one, a
/// credential read by name makes a configuration with knobs or a pool (its findings are those
/// of a written one less the pool's login, which needs the wallet's value: with the names
/// alone it is suspicious, and a miner beside other evidence). The callee's name is the
/// caller's to fill in.
pub(crate) fn config_of(
    strings: &[(Option<String>, String)],
    slots: &Slots,
    knobs: BTreeSet<&'static str>,
    offset: u32,
) -> Option<MinerConfig> {
    let written = strings
        .iter()
        .find_map(|(_, s)| wallet(s).then_some((Credential::Wallet, s)))
        .or_else(|| {
            strings
                .iter()
                .find_map(|(_, s)| site_key(s).then_some((Credential::SiteKey, s)))
        });
    let (credential, value, fetched) = match written {
        Some((c, v)) => (c, v, false),
        None => {
            let (c, v) = slots.credentials.first()?;
            (*c, v, true)
        }
    };
    let beside_wallet = credential == Credential::Wallet && !fetched;
    let pool = strings
        .iter()
        .find(|(k, s)| s != value && pool_address(s, k.as_deref(), beside_wallet))
        .map(|(_, s)| s.clone())
        .or_else(|| slots.pool.clone().filter(|_| fetched));
    if fetched && pool.is_none() && knobs.is_empty() {
        return None;
    }
    let cpu_throttle = strings.iter().find_map(|(k, s)| {
        let x: f64 = s.parse().ok()?;
        (k.as_deref().and_then(knob) == Some("throttle") && (0.0..1.0).contains(&x)).then_some(x)
    });
    Some(MinerConfig {
        callee: String::new(),
        credential,
        // A credential is shortened; the expression that reads one is named whole (cut at 64
        // characters).
        value: if fetched {
            value.chars().take(64).collect()
        } else {
            shorten(value)
        },
        fetched,
        knobs,
        pool,
        cpu_throttle,
        bound: None,
        offset,
    })
}

/// Where a configuration is written, which names its findings and says what starts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    /// In a script: started by `start()`/`startMining()` on it or its result.
    Script,
    /// In a page's markup (`data-` attributes): started only by an autostart attribute (see
    /// [`super::html`]), never by what an element's id or class happens to say.
    Markup,
}

impl Written {
    /// The ids its findings are raised under: started with knobs or a pool, with a throttle
    /// that is a share of the CPU, a wallet with its pool.
    fn ids(self) -> [&'static str; 3] {
        match self {
            Written::Script => [
                "js.miner-config-start",
                "js.miner-cpu-throttle",
                "js.pool-login-config",
            ],
            Written::Markup => [
                "html.miner-config-start",
                "html.miner-cpu-throttle",
                "html.pool-login-config",
            ],
        }
    }
}

/// The findings of a file's configurations (see [`Written::ids`]): a configuration that is
/// started, with knobs or a pool (`knobs_elsewhere`: the script sets a throttle some other
/// way, as `miner.setThrottle(0.5)`); its throttle, when a share of the CPU; a wallet and a
/// pool that go together.
pub(crate) fn signals(
    configs: &[MinerConfig],
    starts: &Starts,
    knobs_elsewhere: bool,
    at: &dyn Fn(u32) -> String,
    written: Written,
) -> Vec<Finding> {
    let [start_id, throttle_id, login_id] = written.ids();
    let mut out = Vec::new();
    let started = |c: &MinerConfig| -> Option<String> {
        let last = c.callee.rsplit('.').next().unwrap_or(&c.callee);
        if written == Written::Markup {
            starts
                .calls
                .contains(&c.offset)
                .then(|| "an autostart attribute starts it".to_owned())
        } else if starts_miner(last) {
            Some(format!("{}(...) starts it", c.callee))
        } else if starts.calls.contains(&c.offset) {
            Some("started where it is made".to_owned())
        } else {
            c.bound
                .as_ref()
                .filter(|b| starts.names.contains(*b))
                .map(|b| format!("{b}.start() starts it"))
        }
    };
    let best = configs
        .iter()
        .filter(|c| c.pool.is_some() || !c.knobs.is_empty() || knobs_elsewhere)
        .find_map(|c| started(c).map(|how| (c, how)));
    let Some((c, how)) = best else {
        return out;
    };
    let what = match c.credential {
        Credential::Wallet => "a wallet address",
        Credential::SiteKey => "a site key",
    };
    let mut given = vec![if c.fetched {
        format!("{what} read from fetched JSON ({})", c.value)
    } else {
        format!("{what} {}", c.value)
    }];
    if let Some(p) = &c.pool {
        given.push(format!("pool {p}"));
    }
    if !c.knobs.is_empty() {
        given.push(c.knobs.iter().copied().collect::<Vec<_>>().join(", "));
    } else if knobs_elsewhere {
        given.push("a throttle set elsewhere".to_owned());
    }
    out.push(Finding::new(
        start_id,
        format!("{} is given {}; {how}", c.callee, given.join(", ")),
        at(c.offset),
    ));
    if let Some(x) = c.cpu_throttle {
        out.push(Finding::new(
            throttle_id,
            format!(
                "{} is started with a throttle of {x}: a share of the CPU left idle, as browser miners take it",
                c.callee
            ),
            at(c.offset),
        ));
    }
    if c.credential == Credential::Wallet
        && !c.fetched
        && let Some(p) = &c.pool
    {
        out.push(Finding::new(
            login_id,
            format!(
                "the login a pool takes: wallet {} for pool {p}, handed to {}",
                c.value, c.callee
            ),
            at(c.offset),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever strings a hostile page hands over: an answer, never a panic, and evidence
        /// that shortens on character boundaries.
        #[test]
        fn any_strings_are_judged_without_panics(
            a in "[1-9A-Za-z]{90,112}[.+:/]?\\PC{0,70}",
            b in "\\PC{0,80}",
            key in proptest::option::of("[a-zA-Z]{1,12}"),
        ) {
            let _ = credential(&a);
            let _ = credential(&b);
            let _ = pool_address(&b, key.as_deref(), true);
            let _ = knob(&b);
            let strings = vec![(None, a.clone()), (key.clone(), b.clone())];
            if let Some(c) = config_of(&strings, &Slots::default(), BTreeSet::new(), 0) {
                prop_assert!(c.value.chars().count() <= 16 + 3);
            }
        }
    }

    const XMR: &str = "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";

    #[test]
    fn named_strings_are_bounded() {
        let mut n = Named::default();
        assert!(n.is_empty());
        for i in 0..10_000 {
            n.set_property("o", &format!("k{i}"), "x".into());
            n.set_value(&format!("v{i}"), "y".into());
        }
        assert_eq!(n.properties("o").len(), MAX_PROPERTIES);
        assert_eq!(n.entries, MAX_NAMED);
        n.set_property("o", "k1", "z".into());
        assert_eq!(n.property("o", "k1").map(String::as_str), Some("z"));
        let mut m = Named::default();
        m.set_value("w", XMR.into());
        m.set_property("o", "pool", "pool.example.com:3333".into());
        m.set_value("long", "a".repeat(MAX_NAMED_LEN + 1));
        assert!(m.value("long").is_none());
        m.alias("p", "o");
        assert_eq!(
            m.property("p", "pool").map(String::as_str),
            Some("pool.example.com:3333")
        );
    }

    #[test]
    fn wallets_keys_and_pools_are_told_apart() {
        assert!(wallet(XMR));
        assert!(wallet(&format!("{XMR}.rig1")));
        assert!(wallet(&format!("{XMR}+50000")));
        assert!(!wallet(&XMR[..90]));
        // Base58 runs of the right length that no coin starts that way.
        assert!(!wallet(&XMR.replacen('4', "3", 1)));
        assert!(wallet(&format!("Sumo{}", &XMR[..95])));
        assert!(!wallet(&format!("{XMR} and more words")));
        // 0, O, I and l are not base58.
        assert!(!wallet(&XMR.replace('A', "0")));
        assert!(site_key("3b1f0e5d7c9a2b4e6f8d0c1a3e5b7d9f"));
        assert!(!site_key("abcdefghijklmnopqrstuvwxyzabcdefgh"));
        assert!(!site_key("0123456789012345678901234567890123"));
        assert!(!site_key("short1a2b"));
        assert!(pool_address(
            "stratum+tcp://pool.example.com:3333",
            None,
            false
        ));
        assert!(pool_address("wss://ws.example.org:8181/", None, false));
        assert!(pool_address("pool.example.com:3333", None, false));
        assert!(pool_address("moneroocean.stream", None, true));
        assert!(pool_address("moneroocean.stream", Some("pool"), false));
        assert!(!pool_address("moneroocean.stream", None, false));
        assert!(!pool_address("hello world", Some("pool"), true));
        assert!(!pool_address("12:30", None, false));
        assert_eq!(knob("autoThreads"), Some("autoThreads"));
        assert!(starts_miner("start") && starts_miner("startMining") && starts_miner("Start"));
        assert!(!starts_miner("startPolling") && !starts_miner("restart"));
        assert_eq!(knob("volume"), None);
    }
}
