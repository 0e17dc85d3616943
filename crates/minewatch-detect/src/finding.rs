//! What every detector concludes, in one vocabulary: web content ([`crate::web`]), processes
//! ([`crate::host`]) and network captures ([`crate::net`]) each end in a [`Verdict`], and a
//! verdict maps to an alert's [`Severity`] in one place ([`Verdict::severity`]), which the
//! API, the agents and the command line all use.

use serde::Serialize;

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
