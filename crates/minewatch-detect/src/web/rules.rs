//! The web detectors' rules: every signal they can raise, with its family and weight, in one
//! table (`minewatch rules list [--json]` prints it; docs/rules.md explains it). The detectors
//! say what they saw and where; what a signal counts for is decided here, and how signals
//! combine into a verdict is [`super::report::judge`].

use serde::Serialize;

use super::report::{Family, Signal};

/// One rule: a signal a detector can raise.
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
    Blocklist, Execution, HashPrimitive, MinerApi, MinerControls, MiningHashCore, Obfuscation,
    PoolProtocol,
};

/// Every rule, by content kind, strongest evidence first within each.
pub const RULES: &[Rule] = &[
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
        "a wallet address or site key handed to a call or `new` with a pool address or throttle/thread knobs, whose result is then started",
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

/// The rule with this id.
pub fn rule_of(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// A signal of the rule `id`, with what was seen and where. An id not in [`RULES`] is a
/// programming error: tests check every id the detectors use; a release build gives it no
/// weight rather than panic on content.
pub(crate) fn signal(id: &'static str, evidence: String, location: String) -> Signal {
    let rule = rule_of(id);
    debug_assert!(rule.is_some(), "signal {id} has no rule");
    Signal {
        id,
        family: rule.map_or(Family::Obfuscation, |r| r.family),
        weight: rule.map_or(0, |r| r.weight),
        evidence,
        location,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// Every id a detector raises has a rule, and every rule is raised somewhere: read from
    /// the detectors' source, where each signal is made by `rules::signal("id", ...)` (or
    /// wasm's `sig("id", ...)`).
    #[test]
    fn the_table_and_the_detectors_agree() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/web");
        let mut used = std::collections::BTreeSet::new();
        for f in ["js.rs", "wasm.rs", "html.rs", "mod.rs", "config.rs"] {
            let src = std::fs::read_to_string(format!("{dir}/{f}")).unwrap();
            for (i, _) in src.match_indices('"') {
                let rest = &src[i + 1..];
                let Some(end) = rest.find('"') else { continue };
                let word = &rest[..end];
                let before = src[..i].trim_end();
                let is_id = word
                    .split_once('.')
                    .is_some_and(|(k, _)| matches!(k, "js" | "wasm" | "html" | "file"))
                    && word.bytes().all(|b| {
                        b.is_ascii_lowercase() || b == b'.' || b == b'-' || b.is_ascii_digit()
                    })
                    && (before.ends_with("signal(")
                        || before.ends_with("sig(")
                        || before.ends_with('{')
                        || before.ends_with("else {"));
                if is_id {
                    used.insert(word.to_owned());
                }
            }
        }
        let table: std::collections::BTreeSet<String> =
            RULES.iter().map(|r| r.id.to_owned()).collect();
        assert_eq!(table.len(), RULES.len(), "an id twice in the table");
        assert_eq!(used, table, "ids raised vs the table");
        for r in RULES {
            assert!(r.weight > 0 && !r.description.is_empty(), "{r:?}");
        }
    }
}
