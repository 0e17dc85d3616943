//! `minewatch eval`: detector recall and false-positive rates on labelled content.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Subcommand;
use minewatch_detect::web::Scanner;
use serde_json::json;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum EvalCommand {
    /// Scan labelled web content and report recall per family, false-positive rates per file
    /// and per package with 95% Wilson intervals, and the confusion of each tier.
    Web {
        /// Labels: PATH<TAB>miner|clean<TAB>FAMILY, paths relative to DIR.
        #[arg(long)]
        labels: PathBuf,
        /// The root the labelled paths are under.
        dir: PathBuf,
        /// One JSON object.
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn eval(cmd: EvalCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    use minewatch_detect::web::eval::{Rate, evaluate, parse_labels};
    let EvalCommand::Web { labels, dir, json } = cmd;
    let text = std::fs::read_to_string(&labels)
        .with_context(|| format!("cannot read {}", labels.display()))?;
    let labels = parse_labels(&text, &labels.display().to_string())?;
    let e = evaluate(&Scanner::new(), &dir, &labels)?;
    if json {
        output::stdout(&format!("{}\n", json!(e)));
        return Ok(Outcome::Ok);
    }
    let pct = |r: &Rate| {
        format!(
            "{:>6.2}%  ({}/{}, 95% CI {:.2}-{:.2}%)",
            r.rate * 100.0,
            r.k,
            r.n,
            r.low * 100.0,
            r.high * 100.0
        )
    };
    let mut out = format!("{} files scanned\n\nrecall\n", e.files);
    for (f, r) in &e.recall_by_family {
        out.push_str(&format!("  {f:<28} {}\n", pct(r)));
    }
    out.push_str(&format!("  {:<28} {}\n", "all miners", pct(&e.recall)));
    out.push_str(&format!("\nfalse positives (miner verdicts on clean content)\n  {:<28} {}\n  {:<28} {}\n  {:<28} {}\n",
        "per file", pct(&e.false_positive_rate_files),
        "per package", pct(&e.false_positive_rate_packages),
        "suspicious, per file", pct(&e.suspicious_rate_files)));
    out.push_str("\nconfusion (truth -> verdicts)\n");
    for (truth, row) in &e.confusion {
        let cells: Vec<String> = ["miner", "suspicious", "clean"]
            .iter()
            .map(|v| format!("{v} {}", row.get(*v).copied().unwrap_or(0)))
            .collect();
        out.push_str(&format!("  {truth:<8} {}\n", cells.join(", ")));
    }
    output::stdout(&out);
    Ok(Outcome::Ok)
}
