//! Signals, evidence and the scoring model that turns them into a verdict.
//!
//! A verdict of `miner` needs a score of at least [`MINER_SCORE`] and one of: strong signals from
//! two independent families (a blocklisted miner URL, a pool protocol on a websocket, a known
//! miner API, a mining-only hash core); a hash core whose structure has no use but mining
//! (CryptoNight's); or a pool protocol on a websocket together with a hash core and the code
//! that runs it (a worker or WebAssembly); or a worker that loops a hash over mining jobs
//! (`js.worker-job-loop`) with a hash core and the code that runs it; or a miner's
//! configuration started with a throttle that is a share of the CPU. Hash functions,
//! heavy WebAssembly, workers and obfuscation on their own are never enough: hash libraries,
//! ML runtimes and bundlers have all of them.

use serde::Serialize;

/// Evidence, its families and the verdict: one vocabulary for every detector.
pub use crate::finding::{Family, Finding};

/// The verdict: one for every detector (web content is never [`Verdict::OwnMiner`]).
pub use crate::finding::Verdict;

/// What kind of content was analysed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ContentKind {
    /// JavaScript.
    Js,
    /// WebAssembly.
    Wasm,
    /// HTML.
    Html,
    /// Something else (scanned for URLs only).
    Other,
}

/// The analysis of one piece of content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Its name (path, URL, `archive.tgz!package/x.js`).
    pub name: String,
    /// What it is.
    pub kind: ContentKind,
    /// Its size in bytes.
    pub size: u64,
    /// The verdict.
    pub verdict: Verdict,
    /// The score behind it.
    pub score: u32,
    /// Every signal, strongest first.
    pub signals: Vec<Finding>,
    /// What could not be analysed fully (a parse error, a size limit), one line each.
    pub notes: Vec<String>,
}

/// Score at or above which content with two strong families is a miner.
pub const MINER_SCORE: u32 = 12;
/// Score at or above which content is suspicious.
pub const SUSPICIOUS_SCORE: u32 = 6;

/// Combines `signals` into a verdict and score: the sum of weights, where each signal id
/// counts once (its heaviest instance).
pub fn judge(mut signals: Vec<Finding>) -> (Verdict, u32, Vec<Finding>) {
    signals.sort_by(|a, b| b.weight.cmp(&a.weight).then(a.id.cmp(b.id)));
    let mut seen = std::collections::HashSet::new();
    let mut score = 0;
    let mut strong = std::collections::BTreeSet::new();
    for s in &signals {
        if seen.insert(s.id) {
            score += s.weight;
            if s.family.is_strong() && s.weight >= 4 {
                strong.insert(s.family);
            }
        }
    }
    let has = |f: Family| signals.iter().any(|s| s.family == f);
    // A hash core with no use but mining (CryptoNight's structure) is decisive on its own.
    let mining_core = signals
        .iter()
        .any(|s| s.family == Family::MiningHashCore && s.weight >= 10);
    // A pool protocol spoken over a websocket, a hash core, and code that runs it (a worker or
    // WebAssembly) is what a browser miner is, whatever hash it computes.
    let pool_and_core = signals
        .iter()
        .any(|s| s.family == Family::PoolProtocol && s.weight >= 8)
        && (has(Family::HashPrimitive) || has(Family::MiningHashCore))
        && has(Family::Execution);
    // A worker that loops a hash over mining jobs, with the hash core it runs.
    let worker_and_core = signals.iter().any(|s| s.id == "js.worker-job-loop")
        && (has(Family::HashPrimitive) || has(Family::MiningHashCore))
        && has(Family::Execution);
    // A site key or a wallet handed, with a throttle that is a share of the CPU, to what is
    // then started: a miner being configured and run (other libraries' keys come with thread
    // counts or throttles in milliseconds, never with a CPU share).
    // (In a script or in a page's markup.)
    let configured_miner = signals
        .iter()
        .any(|s| matches!(s.id, "js.miner-config-start" | "html.miner-config-start"))
        && signals
            .iter()
            .any(|s| matches!(s.id, "js.miner-cpu-throttle" | "html.miner-cpu-throttle"));
    let verdict = if score >= MINER_SCORE
        && (strong.len() >= 2
            || mining_core
            || pool_and_core
            || worker_and_core
            || configured_miner)
    {
        Verdict::Miner
    } else if score >= SUSPICIOUS_SCORE && !strong.is_empty() {
        Verdict::Suspicious
    } else {
        Verdict::Clean
    };
    (verdict, score, signals)
}
