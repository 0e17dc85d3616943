//! Every detector's rules: each finding the web, host and network detectors can raise, with its
//! family and weight, in one table per detector (`minewatch rules list [--json]` prints them;
//! docs/rules.md explains them). The detectors say what they saw and where; what a finding
//! counts for is decided here, and how findings combine into a verdict is each detector's judge
//! ([`crate::web::report::judge`], the host's and the network's).

use serde::Serialize;

use crate::finding::Family;

/// One rule: a finding a detector can raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Stable identifier (`js.websocket-pool-messages`).
    pub id: &'static str,
    /// What it is evidence of.
    pub family: Family,
    /// Its weight in the score.
    pub weight: u32,
    /// What it looks for, for a human.
    pub description: &'static str,
}

const fn rule(id: &'static str, family: Family, weight: u32, description: &'static str) -> Rule {
    Rule {
        id,
        family,
        weight,
        description,
    }
}

use Family::{
    Activity, Blocklist, Concealment, Disguise, Execution, HashPrimitive, MinerApi, MinerControls,
    MiningHashCore, Obfuscation, PoolAddress, PoolProtocol,
};

/// The web detectors' rules (scripts, WebAssembly, pages, file names), by content kind,
/// strongest evidence first within each.
pub const WEB: &[Rule] = &[
    // Names and addresses on the lists.
    rule(
        "html.blocklisted-src",
        Blocklist,
        8,
        "a page's script or iframe URL is on a miner blocklist (NoCoin, MinerBlock, MineSweeper's pool endpoints)",
    ),
    rule(
        "js.blocklisted-url",
        Blocklist,
        8,
        "a URL written in a script is on a miner blocklist",
    ),
    // Pages: a miner configured in markup.
    rule(
        "html.miner-config-start",
        MinerApi,
        8,
        "an element's data- attributes hold a wallet address or site key with a pool address or throttle/thread knobs, and an autostart attribute (CoinHive's embed and its clones: the library reads the element and mines)",
    ),
    rule(
        "html.pool-login-config",
        PoolProtocol,
        6,
        "a wallet address and a pool address in one element's data- attributes: the login a pool takes",
    ),
    rule(
        "html.miner-cpu-throttle",
        MinerControls,
        4,
        "an element configured to mine on its own has a throttle that is a share of the CPU",
    ),
    rule(
        "file.blocklisted-name",
        Blocklist,
        5,
        "the file's own name matches a blocklist's file-name rule (renamed copies escape this one)",
    ),
    // Scripts.
    rule(
        "js.memory-hard-loop",
        MiningHashCore,
        12,
        "asm.js by structure (emscripten or wasm2js output): a loop that reads and writes a power-of-two buffer at (x & (2^k-16))+base with AES table lookups and a 64-bit multiply (CryptoNight's main loop, any variant)",
    ),
    rule(
        "js.randomx-vm",
        MiningHashCore,
        12,
        "asm.js by structure: RandomX's program loop (64-byte lines of a power-of-two scratchpad through a (2^k-64) mask, at least 8 read and 8 written per iteration, floating-point work and 64-bit multiplies)",
    ),
    rule(
        "js.scratchpad-loop",
        MiningHashCore,
        5,
        "asm.js by structure: a loop over a masked buffer with table lookups or a 64-bit multiply, short of the whole main loop",
    ),
    rule(
        "js.websocket-pool-messages",
        PoolProtocol,
        8,
        "a websocket and messages in a mining pool's vocabulary (login/job/submit, Stratum's mining.*, CoinHive's auth/hash_accepted)",
    ),
    rule(
        "js.pool-login-config",
        PoolProtocol,
        6,
        "a wallet address and a pool address handed to the same call: the login a pool takes",
    ),
    rule(
        "js.pool-vocabulary",
        PoolProtocol,
        3,
        "pool protocol words without a websocket in the same file",
    ),
    rule(
        "js.worker-job-loop",
        MinerApi,
        8,
        "a worker that takes jobs by message, calls its own hash function in a loop over a nonce while reading job words, and posts results back",
    ),
    rule(
        "js.miner-config-start",
        MinerApi,
        8,
        "a wallet address or site key (written, or read by name from fetched JSON) handed to a call or `new` with a pool address or throttle/thread knobs, whose result is then started",
    ),
    rule(
        "js.coinhive-api",
        MinerApi,
        8,
        "CoinHive's API: CoinHive.Anonymous/User/Token",
    ),
    rule(
        "js.cryptoloot-api",
        MinerApi,
        8,
        "CryptoLoot's API: CRLT.Anonymous",
    ),
    rule(
        "js.coinhive-shape",
        MinerApi,
        6,
        "a CoinHive-like object: a site key with isRunning",
    ),
    rule("js.deepminer-api", MinerApi, 6, "deepMiner's API"),
    rule(
        "js.mineralt-shape",
        MinerApi,
        6,
        "a Mineralt-like object: db, getlf, hps",
    ),
    rule(
        "js.webminerpool-shape",
        MinerApi,
        6,
        "a webminerpool-like object: startMining, addWorker/stopMining, totalhashes",
    ),
    rule(
        "js.miner-cpu-throttle",
        MinerControls,
        4,
        "the started configuration's throttle is a share of the CPU (0 to below 1), as browser miners take it; with `js.miner-config-start`, a miner",
    ),
    rule(
        "js.throttle-threads",
        MinerControls,
        2,
        "throttle and thread-count knobs",
    ),
    rule(
        "js.hashrate-reporting",
        MinerControls,
        2,
        "hash-rate reporting (getHashesPerSecond, totalHashes, ...)",
    ),
    rule(
        "js.blob-worker",
        Execution,
        2,
        "a Worker started from a Blob URL",
    ),
    rule("js.worker", Execution, 1, "a Worker"),
    rule(
        "js.embedded-wasm",
        Execution,
        2,
        "a WebAssembly module embedded in the script (base64 or a byte array), analysed as wasm too",
    ),
    rule(
        "js.wasm-instantiate",
        Execution,
        1,
        "WebAssembly instantiated or compiled",
    ),
    rule(
        "js.string-decoder",
        Obfuscation,
        1,
        "strings hidden behind the file's own decoders (string arrays, split strings, fromCharCode builders), recovered by running them in a bounded interpreter",
    ),
    rule(
        "js.hex-identifiers",
        Obfuscation,
        1,
        "obfuscator naming: many _0x identifiers",
    ),
    rule(
        "js.dynamic-eval",
        Obfuscation,
        1,
        "eval or Function of computed code",
    ),
    // WebAssembly.
    rule(
        "wasm.memory-hard-loop",
        MiningHashCore,
        12,
        "by structure: a loop that reads and writes a power-of-two buffer at (x & (2^k-16))+base with AES table lookups and a 64-bit multiply (CryptoNight's main loop, any variant, through constant encoding, flattening, opaque predicates and wrappers)",
    ),
    rule(
        "wasm.randomx-vm",
        MiningHashCore,
        12,
        "by structure: RandomX's program loop: 64-byte lines of a power-of-two scratchpad read and written through a (2^k-64) mask, at least 8 of each per iteration, turned into floating-point values and worked on, with 64-bit multiplies (through constant encoding, flattening, opaque predicates and wrappers)",
    ),
    rule(
        "wasm.executed-memory-hard-loop",
        MiningHashCore,
        12,
        "WebAssembly run in a bounded interpreter (stub imports, capped fuel, memory and time) where the structure showed no loop: read-modify-writes (a store back to what was loaded) at pseudo-random addresses spread over a power-of-two region of at least 64 KiB (CryptoNight's scratchpad walk, whatever hides its mask)",
    ),
    rule(
        "wasm.cryptonight",
        MiningHashCore,
        10,
        "Keccak-f[1600] and AES constants with CryptoNight's 2 MiB scratchpad mask 0x1FFFF0",
    ),
    rule(
        "wasm.minesweeper-fingerprints",
        MiningHashCore,
        8,
        "functions whose instruction mix fits MineSweeper's fingerprints of CryptoNight's primitives",
    ),
    rule(
        "wasm.cryptonight-scratchpad",
        MiningHashCore,
        5,
        "the 2 MiB scratchpad mask 0x1FFFF0 with a hash primitive and a large memory",
    ),
    rule(
        "wasm.scratchpad-loop",
        MiningHashCore,
        5,
        "by structure: a loop over a masked buffer with table lookups or a 64-bit multiply, short of the whole main loop",
    ),
    rule(
        "wasm.miner-names",
        MinerApi,
        3,
        "export or data names that miners use (cryptonight, randomx, cn_hash, coinhive, xmrig, ...)",
    ),
    rule(
        "wasm.keccak-constants",
        HashPrimitive,
        2,
        "Keccak-f[1600] round constants",
    ),
    rule(
        "wasm.aes-tables",
        HashPrimitive,
        2,
        "the AES S-box or T-tables",
    ),
    rule(
        "wasm.sha256-constants",
        HashPrimitive,
        1,
        "SHA-256 round constants",
    ),
    rule("wasm.blake-constants", HashPrimitive, 1, "BLAKE constants"),
    rule(
        "wasm.hash-loops",
        HashPrimitive,
        1,
        "functions with loops dense in xor, shift and rotate",
    ),
];

/// The host detector's rules (processes, and the host's own hiding tricks).
pub const HOST: &[Rule] = &[
    rule(
        "host.cmdline-stratum",
        PoolProtocol,
        10,
        "a stratum+tcp/ssl/tls URL in the process's arguments",
    ),
    rule(
        "net.mining-flow",
        PoolProtocol,
        10,
        "one of the process's connections carries a mining protocol (the network detector's finding on its socket)",
    ),
    rule(
        "host.miner-config",
        MinerApi,
        9,
        "a miner's configuration file (pools, wallet, algorithm, donate level) named, open or beside its executable",
    ),
    rule(
        "host.exe-miner-code",
        MiningHashCore,
        9,
        "the executable holds miner code (RandomX, CryptoNight, XMRig's strings); counted only while the process computes or talks to a pool",
    ),
    rule(
        "host.cmdline-miner-flags",
        MinerApi,
        8,
        "miners' own flags in the arguments (--donate-level, --randomx-mode, -a rx/0, --nicehash, ...)",
    ),
    rule(
        "host.wallet-address",
        MinerApi,
        8,
        "a Monero wallet address in the arguments",
    ),
    rule(
        "host.env-mining-config",
        MinerApi,
        8,
        "mining settings in an environment variable (its name is reported, never its value)",
    ),
    rule(
        "host.kernel-thread-disguise",
        Disguise,
        8,
        "a user process named like a kernel thread (kworker, kswapd, ...), which miners do to pass unseen",
    ),
    rule(
        "host.hidden-process",
        Concealment,
        8,
        "a process that runs but is missing from the /proc listing (hidden by a preloaded library or a rootkit)",
    ),
    rule(
        "host.miner-binary-name",
        Blocklist,
        6,
        "the executable is named like a miner (Falco's miner_binaries list)",
    ),
    rule(
        "host.pool-domain",
        PoolAddress,
        6,
        "a listed mining pool's domain in the arguments or the configuration",
    ),
    rule(
        "host.ld-so-preload",
        Concealment,
        6,
        "/etc/ld.so.preload preloads a library into every program (how process hiders work)",
    ),
    rule(
        "host.exe-deleted",
        Concealment,
        5,
        "runs from a deleted file",
    ),
    rule(
        "host.cmdline-pool",
        PoolAddress,
        4,
        "a pool URL after -o/--url in the arguments",
    ),
    rule(
        "host.exe-memfd",
        Concealment,
        4,
        "runs from memory (memfd; runc does this too, so never enough alone)",
    ),
    rule(
        "host.exe-hidden-place",
        Concealment,
        3,
        "runs from /tmp, /dev/shm, /var/tmp or a hidden directory",
    ),
    rule(
        "host.pool-port",
        PoolAddress,
        3,
        "connected to a port miners use (Falco's miner_ports)",
    ),
    rule(
        "host.compute-only",
        Activity,
        3,
        "half a core or more busy with almost no I/O and few waits",
    ),
    rule(
        "host.randomx-memory",
        Activity,
        1,
        "busy with RandomX's memory: 256 MiB resident or 64 MiB in huge pages",
    ),
    rule(
        "host.minewatch",
        Activity,
        0,
        "minewatch itself, run by the user where it is installed (reported, never counted)",
    ),
];

/// The network detector's rules: one per protocol recognised on a flow.
pub const NET: &[Rule] = &[
    rule(
        "net.bitcoin-stratum",
        PoolProtocol,
        10,
        "Bitcoin-style Stratum V1 messages (mining.subscribe, authorize, notify, submit)",
    ),
    rule(
        "net.monero-stratum",
        PoolProtocol,
        10,
        "Monero-style Stratum messages (login, job, submit, keepalived), XMRig and proxies",
    ),
    rule(
        "net.ethereum-stratum",
        PoolProtocol,
        10,
        "Ethereum mining messages (eth_submitLogin, eth_getWork, eth_submitWork, EthereumStratum)",
    ),
    rule(
        "net.getwork",
        PoolProtocol,
        10,
        "getwork or getblocktemplate/submitblock over HTTP",
    ),
    rule(
        "net.browser-miner",
        PoolProtocol,
        10,
        "a browser miner's pool protocol (messages of type auth, job and submit, CoinHive style)",
    ),
    rule(
        "net.stratum-v2",
        PoolProtocol,
        10,
        "Stratum V2: the shape of its Noise handshake, its frames and its ports",
    ),
    rule(
        "net.pool-tls",
        PoolAddress,
        6,
        "a TLS ClientHello naming a listed pool domain",
    ),
    rule(
        "net.pool-dns",
        PoolAddress,
        6,
        "a DNS query for a listed pool domain",
    ),
];

/// Every rule: the web detectors', the host's, the network's.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    WEB.iter().chain(HOST).chain(NET)
}

/// The rule with this id.
pub fn rule_of(id: &str) -> Option<&'static Rule> {
    all().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// The ids raised in `files` (their code before the tests): string literals shaped like an
    /// id of one of `kinds`, written where a finding is made (after one of `makers`).
    fn raised(
        files: &[&str],
        kinds: &[&str],
        makers: &[&str],
    ) -> std::collections::BTreeSet<String> {
        let mut used = std::collections::BTreeSet::new();
        for f in files {
            let path = format!("{}/src/{f}", env!("CARGO_MANIFEST_DIR"));
            let src = std::fs::read_to_string(&path).unwrap();
            let src = src.split("#[cfg(test)]").next().unwrap();
            for (i, _) in src.match_indices('"') {
                let rest = &src[i + 1..];
                let Some(end) = rest.find('"') else { continue };
                let word = &rest[..end];
                let before = src[..i].trim_end();
                let is_id = word
                    .split_once('.')
                    .is_some_and(|(k, _)| kinds.contains(&k))
                    && word.bytes().all(|b| {
                        b.is_ascii_lowercase() || b == b'.' || b == b'-' || b.is_ascii_digit()
                    })
                    && makers.iter().any(|m| before.ends_with(m));
                if is_id {
                    used.insert(word.to_owned());
                }
            }
        }
        used
    }

    fn ids(rules: &[Rule]) -> std::collections::BTreeSet<String> {
        rules.iter().map(|r| r.id.to_owned()).collect()
    }

    /// Every id a detector raises has a rule, and every rule is raised somewhere: read from
    /// the detectors' source, where each finding is made by `Finding::new("id", ...)` (wasm's
    /// `sig("id", ...)`, the host's `push("id", ...)`, the network's protocol names).
    #[test]
    fn the_tables_and_the_detectors_agree() {
        let web = raised(
            &[
                "web/js.rs",
                "web/wasm.rs",
                "web/html.rs",
                "web/mod.rs",
                "web/config.rs",
            ],
            &["js", "wasm", "html", "file"],
            &["new(", "sig(", "{", "else {", "[", ","],
        );
        assert_eq!(web, ids(WEB), "web: ids raised vs the table");
        // The host's ids: `push("id", ...)`, and its table of argument needles
        // (`("--donate-level", "host.cmdline-miner-flags")`).
        let host = raised(
            &["host/mod.rs", "host/monitor.rs"],
            &["host", "net"],
            &["new(", "push(", ","],
        );
        assert_eq!(host, ids(HOST), "host: ids raised vs the table");
        let net = raised(
            &["net/classify.rs", "net/mod.rs", "net/sv2.rs"],
            &["net"],
            &["=>"],
        );
        assert_eq!(net, ids(NET), "net: ids raised vs the table");
        let every: Vec<&Rule> = all().collect();
        let distinct: std::collections::BTreeSet<&str> = every.iter().map(|r| r.id).collect();
        assert_eq!(distinct.len(), every.len(), "an id twice in the tables");
        for r in every {
            assert!(
                (r.weight > 0 || r.id == "host.minewatch") && !r.description.is_empty(),
                "{r:?}"
            );
        }
    }
}
