//! What becomes an alert: the policy that turns a scan's reports into its stored record and,
//! when something was found, an alert with its severity, title and top evidence. Handlers call
//! it; they do not decide.

use minewatch_detect::finding::{Verdict, alert_evidence};

use crate::db::{NewAlert, NewScan};
use crate::error::{ApiError, ApiResult};

/// Most file reports a scan stores and answers with (a package of 20,000 small files made a
/// 20 MB answer from a 1.8 MB upload).
pub(crate) const MAX_LISTED_FILES: usize = 1000;

/// Most findings an alert quotes (its scan keeps them all).
const MAX_QUOTED: usize = 30;

/// The reports a scan lists: every file with a finding first, then clean ones, at most
/// [`MAX_LISTED_FILES`]; what was left out is said in a last entry of the same shape.
fn listed(reports: &[minewatch_detect::web::Report]) -> ApiResult<serde_json::Value> {
    if reports.len() <= MAX_LISTED_FILES {
        return serde_json::to_value(reports).map_err(ApiError::internal);
    }
    let mut keep: Vec<&minewatch_detect::web::Report> = reports
        .iter()
        .filter(|r| r.verdict != Verdict::Clean || !r.notes.is_empty())
        .take(MAX_LISTED_FILES - 1)
        .collect();
    let room = (MAX_LISTED_FILES - 1).saturating_sub(keep.len());
    keep.extend(
        reports
            .iter()
            .filter(|r| r.verdict == Verdict::Clean && r.notes.is_empty())
            .take(room),
    );
    let left = reports.len() - keep.len();
    let left_bytes: u64 =
        reports.iter().map(|r| r.size).sum::<u64>() - keep.iter().map(|r| r.size).sum::<u64>();
    let mut v = serde_json::to_value(&keep).map_err(ApiError::internal)?;
    if let Some(a) = v.as_array_mut() {
        a.push(serde_json::json!({
            "name": format!("({left} more files not listed)"),
            "kind": "truncated",
            "size": left_bytes,
            "score": 0,
            "verdict": "clean",
            "signals": [],
            "notes": [format!("a scan lists at most {MAX_LISTED_FILES} files, those with findings first: {left} clean files were left out")],
        }));
    }
    Ok(v)
}

/// A web scan's record and, unless clean, its alert.
pub(crate) fn web_outcome(
    kind: &str,
    target: &str,
    reports: &[minewatch_detect::web::Report],
) -> ApiResult<(NewScan, Option<NewAlert>)> {
    let worst = reports
        .iter()
        .map(|r| r.verdict)
        .max()
        .unwrap_or(Verdict::Clean);
    let mut families: Vec<String> = reports
        .iter()
        .filter(|r| r.verdict != Verdict::Clean)
        .flat_map(|r| r.signals.iter())
        .filter(|s| s.family.is_strong())
        .map(|s| s.family.as_str().to_owned())
        .collect();
    families.sort();
    families.dedup();
    let scan = NewScan {
        kind: kind.to_owned(),
        target: target.to_owned(),
        verdict: worst.as_str().to_owned(),
        score: i64::from(reports.iter().map(|r| r.score).max().unwrap_or(0)),
        families,
        files: reports.len() as i64,
        bytes: reports.iter().map(|r| r.size as i64).sum(),
        report: listed(reports)?,
    };
    let alert = worst.severity().map(|severity| {
        // The top findings of each file of the worst verdict (at most 30 in all: the scan
        // keeps every report), quoted as every alert quotes findings.
        let top = alert_evidence(
            reports
                .iter()
                .filter(|r| r.verdict == worst)
                .flat_map(|r| r.signals.iter().take(3).map(move |s| (r.name.as_str(), s))),
            MAX_QUOTED,
        );
        NewAlert {
            source: "scan".into(),
            severity: severity.as_str().into(),
            title: format!(
                "{} in {kind} {target}",
                if worst == Verdict::Miner {
                    "cryptominer found"
                } else {
                    "suspicious mining code"
                }
            ),
            subject: target.to_owned(),
            scan_id: None,
            detail: serde_json::json!({"verdict": worst.as_str(), "evidence": top}),
        }
    });
    Ok((scan, alert))
}

/// A capture's record and, if it holds mining, its alert.
pub(crate) fn pcap_outcome(
    name: &str,
    capture: &minewatch_detect::net::CaptureReport,
    bytes: i64,
) -> ApiResult<(NewScan, Option<NewAlert>)> {
    let verdict = capture.verdict();
    let mut families: Vec<String> = capture
        .mining
        .iter()
        .map(|f| f.protocol.name().to_owned())
        .collect();
    families.sort();
    families.dedup();
    let scan = NewScan {
        kind: "pcap".into(),
        target: name.to_owned(),
        verdict: verdict.as_str().to_owned(),
        score: capture.mining.len() as i64,
        families,
        files: capture.flows as i64,
        bytes,
        report: serde_json::to_value([capture]).map_err(ApiError::internal)?,
    };
    let alert = verdict.severity().map(|severity| {
        // The first findings of the flows found (the scan keeps the whole capture report).
        let top = alert_evidence(
            capture
                .mining
                .iter()
                .flat_map(|f| f.signals.first())
                .map(|s| (name, s)),
            3,
        );
        NewAlert {
            source: "pcap".into(),
            severity: severity.as_str().into(),
            title: format!(
                "{} in capture {name}",
                if verdict == Verdict::Miner {
                    "mining traffic found"
                } else {
                    "traffic to a mining pool domain"
                }
            ),
            subject: name.to_owned(),
            scan_id: None,
            detail: serde_json::json!({"verdict": verdict.as_str(), "evidence": top}),
        }
    });
    Ok((scan, alert))
}
