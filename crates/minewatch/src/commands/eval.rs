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
        /// Instead: run the robustness harness over the labelled WebAssembly (files, and the
        /// modules inside directories and packages): every obfuscating transform alone and all
        /// together, and report recall (miners) and false positives (clean) per transform.
        #[arg(long)]
        transforms: bool,
        /// Seed of the transforms' random choices.
        #[arg(long, default_value_t = 1, requires = "transforms")]
        seed: u64,
    },
}

pub(crate) fn eval(cmd: EvalCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    use minewatch_detect::web::eval::{Rate, evaluate, parse_labels};
    let EvalCommand::Web {
        labels,
        dir,
        json,
        transforms,
        seed,
    } = cmd;
    let text = std::fs::read_to_string(&labels)
        .with_context(|| format!("cannot read {}", labels.display()))?;
    let labels = parse_labels(&text, &labels.display().to_string())?;
    if transforms {
        return eval_transforms(&dir, &labels, seed, json);
    }
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

/// Recall and false positives per obfuscating transform over the labelled WebAssembly.
fn eval_transforms(
    dir: &std::path::Path,
    labels: &[minewatch_detect::web::eval::Label],
    seed: u64,
    json: bool,
) -> anyhow::Result<Outcome> {
    use minewatch_detect::web::Verdict;
    use minewatch_detect::web::eval::Rate;
    use minewatch_harness::Transform;
    use std::collections::BTreeMap;
    let scanner = Scanner::new();
    // transform -> (miners caught, miners, clean called miner, clean, refused)
    let mut rows: BTreeMap<String, [u64; 5]> = BTreeMap::new();
    let mut misses: Vec<String> = Vec::new();
    let mut modules = 0;
    for l in labels {
        for (name, bytes) in scanner.wasm_modules(&dir.join(&l.path))? {
            modules += 1;
            let mut variants = vec![("original".to_owned(), Ok(bytes.clone()))];
            for t in Transform::ALL {
                variants.push((
                    t.name().to_owned(),
                    minewatch_harness::apply(&bytes, t, seed),
                ));
            }
            variants.push(("all".to_owned(), minewatch_harness::apply_all(&bytes, seed)));
            for t in Transform::ALONE {
                variants.push((
                    t.name().to_owned(),
                    minewatch_harness::apply(&bytes, t, seed),
                ));
            }
            for r in minewatch_harness::Repeated::EVERY {
                variants.push((r.name().to_owned(), r.apply(&bytes, seed)));
            }
            for (t, v) in variants {
                let row = rows.entry(t.clone()).or_default();
                let Ok(v) = v else {
                    row[4] += 1;
                    continue;
                };
                let miner = scanner.scan_bytes(&name, &v).verdict == Verdict::Miner;
                if l.miner {
                    row[1] += 1;
                    row[0] += u64::from(miner);
                    if !miner && misses.len() < 50 {
                        misses.push(format!("{name} ({t})"));
                    }
                } else {
                    row[3] += 1;
                    row[2] += u64::from(miner);
                }
            }
        }
    }
    if modules == 0 {
        anyhow::bail!(
            "no WebAssembly modules under the labelled paths in {}",
            dir.display()
        );
    }
    let rate = |k, n| json!(Rate::new(k, n));
    if json {
        let per: serde_json::Map<String, serde_json::Value> = rows
            .iter()
            .map(|(t, r)| {
                (
                    t.clone(),
                    json!({"recall": rate(r[0], r[1]), "false_positives": rate(r[2], r[3]), "refused": r[4]}),
                )
            })
            .collect();
        output::stdout(&format!(
            "{}\n",
            json!({"modules": modules, "seed": seed, "transforms": per, "missed": misses})
        ));
        return Ok(Outcome::Ok);
    }
    let mut out = format!(
        "{modules} WebAssembly modules, each transformed (seed {seed})\n\n{:<18} {:>22} {:>22} {:>8}\n",
        "transform", "recall (miners)", "miner on clean", "refused"
    );
    for (t, r) in &rows {
        let pct = |k: u64, n: u64| {
            if n == 0 {
                "-".to_owned()
            } else {
                format!("{:.1}% ({k}/{n})", k as f64 * 100.0 / n as f64)
            }
        };
        out.push_str(&format!(
            "{t:<18} {:>22} {:>22} {:>8}\n",
            pct(r[0], r[1]),
            pct(r[2], r[3]),
            r[4]
        ));
    }
    for m in &misses {
        out.push_str(&format!("missed: {m}\n"));
    }
    output::stdout(&out);
    Ok(Outcome::Ok)
}
