//! Evaluation against labelled content: recall per family, false-positive rates per file and
//! per package, with 95% Wilson score intervals, and the confusion of each tier.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use thiserror::Error;

use super::{Scanner, Verdict};

/// A 95% Wilson score interval for `k` of `n`.
pub fn wilson(k: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let z = 1.959_963_984_540_054_f64;
    let n = n as f64;
    let p = k as f64 / n;
    let denom = 1.0 + z * z / n;
    let center = (p + z * z / (2.0 * n)) / denom;
    let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / denom;
    ((center - half).max(0.0), (center + half).min(1.0))
}

/// A rate with its interval.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rate {
    /// Successes (detections, or false alarms).
    pub k: u64,
    /// Trials.
    pub n: u64,
    /// k / n.
    pub rate: f64,
    /// 95% Wilson lower bound.
    pub low: f64,
    /// 95% Wilson upper bound.
    pub high: f64,
}

impl Rate {
    /// k of n, with its 95% Wilson interval.
    pub fn new(k: u64, n: u64) -> Self {
        let (low, high) = wilson(k, n);
        Self {
            k,
            n,
            rate: if n == 0 { 0.0 } else { k as f64 / n as f64 },
            low,
            high,
        }
    }
}

/// One line of a labels file: a path under the root (a file, a directory or a .tgz package),
/// whether it is a miner, and its family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Path relative to the root.
    pub path: String,
    /// `true` for miners.
    pub miner: bool,
    /// Family (miners: the brand or core; negatives: the kind of library).
    pub family: String,
}

/// A labels file that does not parse.
#[derive(Debug, Error)]
#[error("{file}:{line}: {message}")]
pub struct LabelsError {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Parses `PATH<TAB>miner|clean<TAB>FAMILY` lines (`#` comments and a `path` header allowed).
pub fn parse_labels(text: &str, file: &str) -> Result<Vec<Label>, LabelsError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') || t.starts_with("path\t") {
            continue;
        }
        let f: Vec<&str> = t.split('\t').collect();
        let err = |message: String| LabelsError {
            file: file.to_owned(),
            line: i + 1,
            message,
        };
        if f.len() < 2 {
            return Err(err("expected PATH<TAB>miner|clean<TAB>FAMILY".into()));
        }
        let miner = match f[1] {
            "miner" => true,
            "clean" | "benign" => false,
            other => return Err(err(format!("label {other:?}: expected miner or clean"))),
        };
        out.push(Label {
            path: f[0].to_owned(),
            miner,
            family: f.get(2).copied().unwrap_or("-").to_owned(),
        });
    }
    Ok(out)
}

/// The evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Recall per miner family: labelled miners (a file, or a package of which any file is
    /// a miner) judged `miner`.
    pub recall_by_family: BTreeMap<String, Rate>,
    /// Recall over all labelled miners.
    pub recall: Rate,
    /// Negative files with a `miner` verdict.
    pub false_positive_rate_files: Rate,
    /// Negative packages (labels) with any `miner` file.
    pub false_positive_rate_packages: Rate,
    /// Negative files with a `suspicious` verdict.
    pub suspicious_rate_files: Rate,
    /// Verdict counts per truth: `confusion["miner"]["suspicious"]` is miner files judged
    /// suspicious.
    pub confusion: BTreeMap<String, BTreeMap<String, u64>>,
    /// Files scanned.
    pub files: u64,
}

/// Scans every labelled path under `root` and scores the verdicts against the labels.
pub fn evaluate(
    scanner: &Scanner,
    root: &Path,
    labels: &[Label],
) -> Result<Evaluation, super::ScanError> {
    let mut by_family: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut confusion: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    let (mut tp, mut pos, mut fp, mut neg, mut susp) = (0, 0, 0, 0, 0);
    let (mut fp_pkg, mut neg_pkg) = (0, 0);
    let mut files = 0;
    for l in labels {
        let reports = scanner.scan_path(&root.join(&l.path), &|_| {})?;
        let mut any_miner = false;
        for r in &reports {
            files += 1;
            let truth = if l.miner { "miner" } else { "clean" };
            *confusion
                .entry(truth.to_owned())
                .or_default()
                .entry(r.verdict.to_string())
                .or_default() += 1;
            let hit = r.verdict == Verdict::Miner;
            any_miner |= hit;
            if !l.miner {
                neg += 1;
                if hit {
                    fp += 1;
                }
                if r.verdict == Verdict::Suspicious {
                    susp += 1;
                }
            }
        }
        if l.miner {
            pos += 1;
            let e = by_family.entry(l.family.clone()).or_default();
            e.1 += 1;
            if any_miner {
                tp += 1;
                e.0 += 1;
            }
        } else {
            neg_pkg += 1;
            if any_miner {
                fp_pkg += 1;
            }
        }
    }
    Ok(Evaluation {
        recall_by_family: by_family
            .into_iter()
            .map(|(f, (k, n))| (f, Rate::new(k, n)))
            .collect(),
        recall: Rate::new(tp, pos),
        false_positive_rate_files: Rate::new(fp, neg),
        false_positive_rate_packages: Rate::new(fp_pkg, neg_pkg),
        suspicious_rate_files: Rate::new(susp, neg),
        confusion,
        files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_matches_known_values() {
        // 0 of 3926: upper bound about 0.098% (the rule of three gives 0.076% for 95% one-sided).
        let (lo, hi) = wilson(0, 3926);
        assert_eq!(lo, 0.0);
        assert!((hi - 0.000_978).abs() < 0.000_01, "{hi}");
        // 8 of 10: (0.490, 0.943) (Wilson 1927; standard tables).
        let (lo, hi) = wilson(8, 10);
        assert!(
            (lo - 0.4902).abs() < 1e-3 && (hi - 0.9433).abs() < 1e-3,
            "{lo} {hi}"
        );
        assert_eq!(wilson(0, 0), (0.0, 1.0));
    }

    #[test]
    fn labels_parse_or_name_the_line() {
        let l = parse_labels(
            "path\tlabel\tfamily\na.js\tminer\tcoinhive\n# c\nb.tgz\tclean\thash-library\n",
            "l.tsv",
        )
        .unwrap();
        assert_eq!(l.len(), 2);
        assert!(l[0].miner && !l[1].miner);
        let e = parse_labels("a.js\tmaybe\n", "l.tsv").unwrap_err();
        assert_eq!(
            e.to_string(),
            "l.tsv:1: label \"maybe\": expected miner or clean"
        );
    }
}
