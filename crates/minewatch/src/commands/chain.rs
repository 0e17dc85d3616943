//! `minewatch chain ...`.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::{Args, Subcommand, ValueEnum};
use minewatch_pow::chain::{Format, Report, detect_format, parse_headers, verify};
use minewatch_pow::{Network, Params};
use serde::Serialize;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum ChainCommand {
    /// Verify a header file: every header's proof of work, every link to a parent present in
    /// the file, every retarget whose period boundary is present, nBits continuity, median time
    /// past and version rules. Exits 0 if all pass, 1 if any fails, 2 if the file is unreadable.
    Verify(VerifyArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Guess from the content.
    Auto,
    /// Tab-separated: height, header_hex, optional block_hash.
    Tsv,
    /// One 160-digit hex header per line.
    Hex,
    /// Raw 80-byte headers back to back.
    Raw,
}

#[derive(Debug, Args)]
pub(crate) struct VerifyArgs {
    /// The header file.
    file: PathBuf,
    /// Network whose rules apply: mainnet, testnet (testnet3), signet or regtest.
    #[arg(long, default_value = "mainnet")]
    network: String,
    /// File format.
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    format: FormatArg,
    /// Height of the first header in hex and raw files (TSV files carry their own heights).
    #[arg(long, default_value_t = 0)]
    start_height: u32,
    /// Print one JSON object instead of the text summary.
    #[arg(long)]
    json: bool,
}

pub(crate) fn run(cmd: ChainCommand, ctx: &Context) -> anyhow::Result<Outcome> {
    match cmd {
        ChainCommand::Verify(args) => verify_cmd(&args, ctx),
    }
}

#[derive(Debug, Serialize)]
struct JsonFailure {
    height: u32,
    hash: String,
    location: String,
    reason: String,
}

#[derive(Debug, Serialize)]
struct JsonChainwork {
    height: u32,
    chainwork: String,
}

#[derive(Debug, Serialize)]
struct JsonTip {
    height: u32,
    hash: String,
}

#[derive(Debug, Serialize)]
struct JsonReport {
    file: String,
    format: String,
    network: String,
    ok: bool,
    headers: u64,
    links: u64,
    retargets: u64,
    retarget_bounds: u64,
    bits_continuity: u64,
    median_time: u64,
    runs: Vec<[u32; 2]>,
    work: String,
    log2_work: f64,
    chainwork_from_genesis: Option<JsonChainwork>,
    tip: Option<JsonTip>,
    failures: Vec<JsonFailure>,
}

fn verify_cmd(args: &VerifyArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let network: Network = args.network.parse()?;
    let params = Params::new(network);
    let path = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {path}"))?;
    let format = match args.format {
        FormatArg::Auto => detect_format(&bytes),
        FormatArg::Tsv => Format::Tsv,
        FormatArg::Hex => Format::Hex,
        FormatArg::Raw => Format::Raw,
    };
    tracing::info!(file = %path, %format, bytes = bytes.len(), "reading headers");
    let records = parse_headers(&bytes, format, args.start_height)
        .with_context(|| format!("{path} ({format})"))?;
    if records.is_empty() {
        bail!("{path}: no headers found");
    }
    let pb = ctx.progress(records.len() as u64, "verifying");
    let report = verify(&records, &params, |done, _| pb.set_position(done as u64))
        .with_context(|| format!("{path} ({format})"))?;
    pb.finish_and_clear();

    let tip = report.runs.last().and_then(|&(_, last)| {
        records.iter().find(|r| r.height == last).map(|r| JsonTip {
            height: last,
            hash: r.header.block_hash().to_string(),
        })
    });
    let json = JsonReport {
        file: path.clone(),
        format: format.to_string(),
        network: network.to_string(),
        ok: report.ok(),
        headers: report.headers,
        links: report.links,
        retargets: report.retargets,
        retarget_bounds: report.retarget_bounds,
        bits_continuity: report.bits_continuity,
        median_time: report.median_time,
        runs: report.runs.iter().map(|&(a, b)| [a, b]).collect(),
        work: format!("{:x}", report.work),
        log2_work: report.work.to_f64().log2(),
        chainwork_from_genesis: report
            .chainwork_from_genesis
            .map(|(height, w)| JsonChainwork {
                height,
                chainwork: format!("{w:x}"),
            }),
        tip,
        failures: report
            .failures
            .iter()
            .map(|f| JsonFailure {
                height: f.height,
                hash: f.hash.to_string(),
                location: f.location.to_string(),
                reason: f.reason.to_string(),
            })
            .collect(),
    };
    if args.json {
        let mut s = serde_json::to_string_pretty(&json).context("cannot encode the report")?;
        s.push('\n');
        output::stdout(&s);
    } else {
        output::stdout(&text_summary(&json, &report));
    }
    Ok(if report.ok() {
        Outcome::Ok
    } else {
        Outcome::Failed
    })
}

const MAX_TEXT_FAILURES: usize = 50;

fn text_summary(j: &JsonReport, report: &Report) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} ({}, {} rules)", j.file, j.format, j.network);
    let mut row = |label: &str, n: u64, note: &str| {
        let _ = writeln!(s, "  {label:<22}{n:>9}  {note}");
    };
    row(
        "headers checked",
        j.headers,
        "proof of work, recorded hash, version",
    );
    row(
        "links checked",
        j.links,
        "prev-blockhash equals the parent's hash",
    );
    row(
        "retargets checked",
        j.retargets,
        "nBits recomputed from the period's first and last block",
    );
    if j.retarget_bounds > 0 {
        row(
            "retargets bounded",
            j.retarget_bounds,
            "period start missing: within Core's permitted range",
        );
    }
    row(
        "nBits continuity",
        j.bits_continuity,
        "unchanged from the parent inside a period",
    );
    row(
        "median time past",
        j.median_time,
        "time above the median of the previous 11 blocks",
    );
    row(
        "contiguous runs",
        j.runs.len() as u64,
        &runs_preview(&j.runs),
    );
    let _ = writeln!(
        s,
        "  {:<22}{:>9.3}  log2 of the expected hashes behind these headers",
        "work (log2)", j.log2_work
    );
    if let Some(c) = &j.chainwork_from_genesis {
        let _ = writeln!(
            s,
            "  {:<22}{:>9}  chainwork 0x{} up to this height",
            "chainwork at", c.height, c.chainwork
        );
    }
    if let Some(t) = &j.tip {
        let _ = writeln!(s, "  {:<22}{:>9}  {}", "highest header", t.height, t.hash);
    }
    let _ = writeln!(s, "  {:<22}{:>9}", "failures", report.failures.len());
    for f in report.failures.iter().take(MAX_TEXT_FAILURES) {
        let _ = writeln!(s, "    height {} ({}): {}", f.height, f.location, f.reason);
    }
    if report.failures.len() > MAX_TEXT_FAILURES {
        let _ = writeln!(
            s,
            "    ... and {} more (use --json for all)",
            report.failures.len() - MAX_TEXT_FAILURES
        );
    }
    let _ = writeln!(s, "{}", if j.ok { "OK" } else { "FAILED" });
    s
}

fn runs_preview(runs: &[[u32; 2]]) -> String {
    let fmt = |r: &[u32; 2]| {
        if r[0] == r[1] {
            r[0].to_string()
        } else {
            format!("{}..={}", r[0], r[1])
        }
    };
    let mut parts: Vec<String> = runs.iter().take(3).map(fmt).collect();
    if runs.len() > 3 {
        parts.push(format!("... {}", fmt(&runs[runs.len() - 1])));
    }
    parts.join(", ")
}
