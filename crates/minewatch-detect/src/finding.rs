//! What every detector concludes, in one vocabulary: web content ([`crate::web`]), processes
//! ([`crate::host`]) and network captures ([`crate::net`]) each give their evidence as
//! [`Finding`]s (a rule's id, its [`Family`] and weight, what was seen and where; the rules are
//! one table, [`crate::rules`]) and end in a [`Verdict`], and a verdict maps to an alert's
//! [`Severity`] in one place ([`Verdict::severity`]), which the API, the agents and the
//! command line all use; an alert quotes its findings one way ([`alert_evidence`]).

use serde::Serialize;

/// What a finding is evidence of, for every detector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Family {
    /// A URL, file or program name on a miner blocklist.
    Blocklist,
    /// A mining pool's protocol: messages in its vocabulary on a websocket or a socket.
    PoolProtocol,
    /// A known miner's interface: its API or object shape, its command-line flags, its
    /// configuration (a wallet or site key handed to it).
    MinerApi,
    /// A hash core only miners use (CryptoNight's scratchpad, MineSweeper fingerprints, a
    /// miner's code in an executable).
    MiningHashCore,
    /// Hash primitives any crypto library has (SHA-256, Keccak, AES, Blake).
    HashPrimitive,
    /// Workers, WebAssembly instantiation, embedded wasm.
    Execution,
    /// Throttle and thread knobs, hash-rate reporting.
    MinerControls,
    /// Obfuscation: string arrays, eval of decoded strings, hex identifiers.
    Obfuscation,
    /// A process that passes itself off as something it is not (a kernel thread's name).
    Disguise,
    /// A pool's address without its protocol: a listed pool domain, a miners' port.
    PoolAddress,
    /// Hiding: a deleted or memory-only executable, a hidden directory, hidden processes.
    Concealment,
    /// What a process does: CPU without I/O, memory the size of RandomX's.
    Activity,
}

impl Family {
    /// Every family, strong ones first.
    pub const ALL: [Family; 12] = [
        Family::Blocklist,
        Family::PoolProtocol,
        Family::MinerApi,
        Family::MiningHashCore,
        Family::Disguise,
        Family::HashPrimitive,
        Family::Execution,
        Family::MinerControls,
        Family::Obfuscation,
        Family::PoolAddress,
        Family::Concealment,
        Family::Activity,
    ];

    /// Families that say what the thing is (each detector's judge counts them; the others
    /// only add to a score).
    pub fn is_strong(self) -> bool {
        matches!(
            self,
            Self::Blocklist
                | Self::PoolProtocol
                | Self::MinerApi
                | Self::MiningHashCore
                | Self::Disguise
        )
    }

    /// The family as JSON spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Blocklist => "blocklist",
            Self::PoolProtocol => "pool-protocol",
            Self::MinerApi => "miner-api",
            Self::MiningHashCore => "mining-hash-core",
            Self::HashPrimitive => "hash-primitive",
            Self::Execution => "execution",
            Self::MinerControls => "miner-controls",
            Self::Obfuscation => "obfuscation",
            Self::Disguise => "disguise",
            Self::PoolAddress => "pool-address",
            Self::Concealment => "concealment",
            Self::Activity => "activity",
        }
    }
}

/// One piece of evidence, from any detector: which rule saw it (its id, family and weight
/// come from [`crate::rules`]), what was seen and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's stable id: `js.websocket-pool-messages`, `host.cmdline-stratum`,
    /// `net.monero-stratum`.
    pub id: &'static str,
    /// What it is evidence of.
    pub family: Family,
    /// Its weight in the score.
    pub weight: u32,
    /// What was seen, for a human.
    pub evidence: String,
    /// Where: `file:line:column` or `file#function 12` (web), `pid 1234` or a file (host),
    /// `client -> server` (network).
    pub location: String,
}

impl Finding {
    /// A finding of the rule `id` (see [`crate::rules::rule_of`]), with what was seen and
    /// where. An id without a rule is a programming error: tests check every id the detectors
    /// raise; a release build gives it no weight rather than panic on content.
    pub fn new(id: &'static str, evidence: String, location: String) -> Self {
        let rule = crate::rules::rule_of(id);
        debug_assert!(rule.is_some(), "finding {id} has no rule");
        Self {
            id,
            family: rule.map_or(Family::Obfuscation, |r| r.family),
            weight: rule.map_or(0, |r| r.weight),
            evidence,
            location,
        }
    }
}

/// Evidence an alert quotes: at most `max` findings, each with what it is about (`subject`: a
/// file, a capture, a process), its rule, family, evidence (at most 200 characters) and
/// location. Every alert quotes its findings this way, whichever detector made them.
pub fn alert_evidence<'a>(
    findings: impl IntoIterator<Item = (&'a str, &'a Finding)>,
    max: usize,
) -> Vec<serde_json::Value> {
    findings
        .into_iter()
        .take(max)
        .map(|(subject, f)| {
            serde_json::json!({
                "file": subject,
                "signal": f.id,
                "family": f.family,
                "evidence": f.evidence.chars().take(200).collect::<String>(),
                "location": f.location,
            })
        })
        .collect()
}

/// A detector's conclusion about one file, process or flow, from least to most concerning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// No reason for concern.
    Clean,
    /// minewatch's own miner, run by the user where it is installed and hiding nothing
    /// (processes only): reported, never an alert.
    OwnMiner,
    /// Some mining-like traits; not enough to call it a miner.
    Suspicious,
    /// A miner.
    Miner,
}

impl Verdict {
    /// Every verdict, least concerning first.
    pub const ALL: [Verdict; 4] = [
        Verdict::Clean,
        Verdict::OwnMiner,
        Verdict::Suspicious,
        Verdict::Miner,
    ];

    /// The verdict as JSON, the API and the database spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Clean => "clean",
            Verdict::OwnMiner => "own-miner",
            Verdict::Suspicious => "suspicious",
            Verdict::Miner => "miner",
        }
    }

    /// The severity of the alert this verdict raises, if any: a miner is critical, suspicious
    /// code or traffic a warning; clean content and minewatch's own miner raise none.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Verdict::Miner => Some(Severity::Critical),
            Verdict::Suspicious => Some(Severity::Warning),
            Verdict::Clean | Verdict::OwnMiner => None,
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl std::str::FromStr for Verdict {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Verdict::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown verdict {:?}: expected clean, own-miner, suspicious or miner",
                    s.chars().take(40).collect::<String>()
                )
            })
    }
}

/// How urgent an alert is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For the record.
    Info,
    /// Worth a look.
    Warning,
    /// Act now.
    Critical,
}

impl Severity {
    /// Every severity, least urgent first.
    pub const ALL: [Severity; 3] = [Severity::Info, Severity::Warning, Severity::Critical];

    /// The severity as the API and the database spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl std::str::FromStr for Severity {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Severity::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "invalid severity {:?}: expected critical, warning or info",
                    s.chars().take(40).collect::<String>()
                )
            })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn verdicts_and_severities_read_back_as_they_are_written() {
        for v in Verdict::ALL {
            assert_eq!(v.as_str().parse::<Verdict>().unwrap(), v);
            assert_eq!(
                serde_json::to_value(v).unwrap(),
                serde_json::Value::from(v.as_str())
            );
        }
        for s in Severity::ALL {
            assert_eq!(s.as_str().parse::<Severity>().unwrap(), s);
            assert_eq!(
                serde_json::to_value(s).unwrap(),
                serde_json::Value::from(s.as_str())
            );
        }
        // Padded as a column in tables (`minewatch ps`).
        assert_eq!(format!("{:<10}|", Verdict::Miner), "miner     |");
        assert!(
            "Miner"
                .parse::<Verdict>()
                .unwrap_err()
                .contains("unknown verdict")
        );
        assert!(
            "urgent"
                .parse::<Severity>()
                .unwrap_err()
                .contains("invalid severity")
        );
    }

    #[test]
    fn families_read_back_as_they_are_written() {
        for f in Family::ALL {
            assert_eq!(
                serde_json::to_value(f).unwrap(),
                serde_json::Value::from(f.as_str())
            );
        }
        // The strong ones first, then the weak ones.
        let strong = Family::ALL.iter().take_while(|f| f.is_strong()).count();
        assert_eq!(strong, 5);
        assert!(Family::ALL[strong..].iter().all(|f| !f.is_strong()));
    }

    #[test]
    fn alerts_quote_findings_one_way() {
        let f = Finding::new("host.cmdline-stratum", "x".repeat(300), "pid 7".into());
        assert_eq!(f.family, Family::PoolProtocol);
        assert_eq!(f.weight, 10);
        let q = alert_evidence([("xmrig", &f), ("xmrig", &f)], 1);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0]["file"], "xmrig");
        assert_eq!(q[0]["signal"], "host.cmdline-stratum");
        assert_eq!(q[0]["family"], "pool-protocol");
        assert_eq!(q[0]["location"], "pid 7");
        assert_eq!(q[0]["evidence"].as_str().unwrap().len(), 200);
    }

    #[test]
    fn verdicts_order_by_concern_and_map_to_one_severity() {
        assert!(Verdict::Clean < Verdict::OwnMiner);
        assert!(Verdict::OwnMiner < Verdict::Suspicious);
        assert!(Verdict::Suspicious < Verdict::Miner);
        assert_eq!(Verdict::Miner.severity(), Some(Severity::Critical));
        assert_eq!(Verdict::Suspicious.severity(), Some(Severity::Warning));
        assert_eq!(Verdict::OwnMiner.severity(), None);
        assert_eq!(Verdict::Clean.severity(), None);
    }
}
