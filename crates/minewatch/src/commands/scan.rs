//! `minewatch scan web` and `minewatch scan pcap`.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::{Args, Subcommand};
use minewatch_detect::web::fetch::{FetchConfig, scan_url};
use minewatch_detect::web::{Report, Scanner, Verdict};
use serde_json::json;

use crate::Outcome;
use crate::args::load_list;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum ScanCommand {
    /// Web content: JS, HTML and wasm files, directories, npm `.tgz` packages and URLs; files
    /// of a directory or package that load each other are also judged together. Exit 0 when
    /// nothing is a miner (or, with --fail-on suspicious, suspicious), 1 when something is, 2
    /// on an error.
    Web(WebArgs),
    /// Network captures (pcap, pcapng): mining sessions on any port (Stratum in its Bitcoin,
    /// Monero and Ethereum flavours, getwork, browser-miner websockets, encrypted Stratum V2 by
    /// the shape of its handshake), pool names in TLS SNI and DNS. Exit 0 when nothing is found, 1 when mining is found, 2 on an error.
    Pcap(PcapArgs),
}

#[derive(Debug, Args)]
pub(crate) struct PcapArgs {
    /// pcap or pcapng files, or directories holding them (.pcap, .pcapng, .cap).
    #[arg(required = true)]
    files: Vec<std::path::PathBuf>,
    /// One JSON object with every capture's report.
    #[arg(long, conflicts_with = "sarif")]
    json: bool,
    /// SARIF 2.1.0 for code-scanning tools.
    #[arg(long)]
    sarif: bool,
}

#[derive(Debug, Args)]
pub(crate) struct WebArgs {
    /// Files, directories, .tgz packages or http(s) URLs.
    #[arg(required = true)]
    targets: Vec<String>,
    /// One JSON object with every report.
    #[arg(long, conflicts_with = "sarif")]
    json: bool,
    /// SARIF 2.1.0 for code-scanning tools.
    #[arg(long)]
    sarif: bool,
    /// Also list clean files.
    #[arg(long)]
    all: bool,
    /// More lists to check URLs against (repeatable), as FORMAT:FILE (abp, hosts or
    /// match-patterns), e.g. abp:mylist.txt.
    #[arg(long = "list", value_name = "FORMAT:FILE")]
    lists: Vec<String>,
    /// Never flag URLs on this domain (repeatable).
    #[arg(long = "allow", value_name = "DOMAIN")]
    allow: Vec<String>,
    /// Allow URL scans of private, loopback and link-local addresses.
    #[arg(long)]
    allow_private: bool,
    /// Levels of scripts followed from a URL.
    #[arg(long, default_value_t = 2)]
    depth: u32,
    /// Exit 1 when anything is judged this or worse: `miner`, or `suspicious` for CI gates
    /// that want a person to look.
    #[arg(long, value_enum, default_value = "miner")]
    fail_on: FailOn,
}

/// The verdict `scan web` fails on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum FailOn {
    /// Only `miner` verdicts.
    Miner,
    /// `suspicious` and `miner` verdicts.
    Suspicious,
}

fn sarif(reports: &[&Report]) -> serde_json::Value {
    let mut rules = std::collections::BTreeMap::new();
    let mut results = Vec::new();
    for r in reports.iter().filter(|r| r.verdict != Verdict::Clean) {
        for s in &r.signals {
            rules.entry(s.id).or_insert_with(|| {
                json!({"id": s.id, "shortDescription": {"text": s.id}, "properties": {"family": s.family}})
            });
        }
        let (path, line) = split_location(
            &r.name,
            r.signals.first().map_or("", |s| s.location.as_str()),
        );
        results.push(json!({
            "ruleId": r.signals.first().map_or("web.verdict", |s| s.id),
            "level": if r.verdict == Verdict::Miner { "error" } else { "warning" },
            "message": {"text": format!("{}: {} (score {}): {}", r.name, r.verdict, r.score,
                r.signals.iter().map(|s| s.evidence.as_str()).collect::<Vec<_>>().join("; "))},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": path}, "region": {"startLine": line}}}],
            "properties": {"verdict": r.verdict, "score": r.score, "signals": r.signals},
        }));
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "minewatch", "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/minewatch/minewatch", "rules": rules.into_values().collect::<Vec<_>>()}},
            "results": results,
        }],
    })
}

/// `name` and the line of `location` (`name:LINE:COL`), 1 when none.
fn split_location(name: &str, location: &str) -> (String, u64) {
    let line = location
        .strip_prefix(name)
        .and_then(|rest| rest.strip_prefix(':'))
        .and_then(|rest| rest.split(':').next())
        .and_then(|l| l.parse().ok())
        .unwrap_or(1);
    (name.to_owned(), line)
}

/// The files to read: each file named, and the `.pcap`, `.pcapng` and `.cap` files under each
/// directory named (sorted, so reports come in a stable order).
fn captures(args: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    fn walk(dir: &std::path::Path, out: &mut Vec<PathBuf>, depth: u32) -> anyhow::Result<()> {
        let entries =
            std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
        for e in entries {
            let path = e
                .with_context(|| format!("cannot read {}", dir.display()))?
                .path();
            if path.is_dir() {
                if depth < 16 {
                    walk(&path, out, depth + 1)?;
                }
            } else if path.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                ["pcap", "pcapng", "cap"]
                    .iter()
                    .any(|c| x.eq_ignore_ascii_case(c))
            }) {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    for a in args {
        if a.is_dir() {
            let mut found = Vec::new();
            walk(a, &mut found, 0)?;
            if found.is_empty() {
                bail!(
                    "{} is a directory with no .pcap, .pcapng or .cap files in it",
                    a.display()
                );
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(a.clone());
        }
    }
    Ok(files)
}

/// What a flow's findings matched, in order (`login, submit`).
fn matched(f: &minewatch_detect::net::FlowReport) -> String {
    let seen: Vec<&str> = f.signals.iter().map(|s| s.evidence.as_str()).collect();
    seen.join(", ")
}

fn pcap(a: &PcapArgs) -> anyhow::Result<Outcome> {
    let analyzer = minewatch_detect::net::Analyzer::default();
    let mut reports = Vec::new();
    for f in captures(&a.files)? {
        let file =
            std::fs::File::open(&f).with_context(|| format!("cannot open {}", f.display()))?;
        reports.push(analyzer.analyze(&f.display().to_string(), std::io::BufReader::new(file))?);
    }
    let found = reports.iter().any(|r| !r.mining.is_empty());
    if a.json {
        output::stdout(&format!("{}\n", json!({"captures": reports})));
    } else if a.sarif {
        let results: Vec<serde_json::Value> = reports
            .iter()
            .flat_map(|r| r.mining.iter().map(move |f| (r, f)))
            .map(|(r, f)| {
                json!({
                    "ruleId": f.protocol.rule_id(),
                    "level": if f.verdict == Verdict::Miner { "error" } else { "warning" },
                    "message": {"text": format!("{} {} -> {} ({}): {}", f.protocol.name(), f.client, f.server, matched(f), f.first_message)},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": r.name}}}],
                    "properties": f,
                })
            })
            .collect();
        output::stdout(&format!(
            "{}\n",
            json!({
                "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                "version": "2.1.0",
                "runs": [{"tool": {"driver": {"name": "minewatch", "version": env!("CARGO_PKG_VERSION"), "informationUri": "https://github.com/minewatch/minewatch"}}, "results": results}],
            })
        ));
    } else {
        let mut out = String::new();
        for r in &reports {
            out.push_str(&format!(
                "{}: {} frames, {} flows, {} mining\n",
                r.name,
                r.frames,
                r.flows,
                r.mining.len()
            ));
            for f in &r.mining {
                out.push_str(&format!(
                    "  {:<10} {:<16} {} {} -> {}  {} msgs, {} pkts, {} bytes, {:.1} s\n",
                    f.verdict,
                    f.protocol.name(),
                    f.transport,
                    f.client,
                    f.server,
                    f.messages,
                    f.packets,
                    f.bytes,
                    f.duration_s
                ));
                out.push_str(&format!("             evidence: {}\n", matched(f)));
                let first: String = f.first_message.chars().take(160).collect();
                out.push_str(&format!("             first ({}): {first}\n", f.first_from));
            }
            for n in &r.notes {
                out.push_str(&format!("  note: {n}\n"));
            }
        }
        output::stdout(&out);
    }
    Ok(if found { Outcome::Failed } else { Outcome::Ok })
}

pub(crate) fn run(cmd: ScanCommand, ctx: &Context) -> anyhow::Result<Outcome> {
    let a = match cmd {
        ScanCommand::Web(a) => a,
        ScanCommand::Pcap(p) => return pcap(&p),
    };
    let mut scanner = Scanner::new();
    for spec in &a.lists {
        scanner.blocklist.add(load_list(spec)?);
    }
    for d in &a.allow {
        scanner.blocklist.allow_domain(d);
    }
    let mut reports = Vec::new();
    let fetch = FetchConfig {
        allow_private: a.allow_private,
        max_depth: a.depth,
        ..FetchConfig::default()
    };
    for t in &a.targets {
        if t.starts_with("http://") || t.starts_with("https://") {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .context("cannot start the async runtime")?;
            let found = rt.block_on(scan_url(&scanner, t, &fetch)).map_err(|e| {
                let private = matches!(e, minewatch_detect::web::fetch::FetchError::Private { .. });
                if private {
                    anyhow::anyhow!("{e}: add --allow-private to scan it")
                } else {
                    anyhow::Error::new(e)
                }
            })?;
            reports.extend(found);
        } else {
            let path = std::path::Path::new(t);
            let pb = ctx.status_line();
            let found = scanner.scan_path(path, &|n| {
                if n % 64 == 0 {
                    pb.set_message(format!("{t}: {n} files scanned"));
                }
            })?;
            pb.finish_and_clear();
            reports.extend(found);
        }
    }
    let miners = reports
        .iter()
        .filter(|r| r.verdict == Verdict::Miner)
        .count();
    let suspicious = reports
        .iter()
        .filter(|r| r.verdict == Verdict::Suspicious)
        .count();
    if a.json {
        output::stdout(&format!(
            "{}\n",
            json!({"files": reports.len(), "miners": miners, "suspicious": suspicious, "reports": reports})
        ));
    } else if a.sarif {
        let all: Vec<&Report> = reports.iter().collect();
        output::stdout(&format!("{}\n", sarif(&all)));
    } else {
        let mut out = String::new();
        for r in reports
            .iter()
            .filter(|r| a.all || r.verdict != Verdict::Clean)
        {
            out.push_str(&format!(
                "{:<10} {:>3}  {}\n",
                r.verdict.to_string(),
                r.score,
                r.name
            ));
            for s in &r.signals {
                out.push_str(&format!(
                    "             {:<28} {}  [{}]\n",
                    s.id, s.evidence, s.location
                ));
            }
            for n in &r.notes {
                out.push_str(&format!("             note: {n}\n"));
            }
        }
        out.push_str(&format!(
            "{} files: {miners} miner, {suspicious} suspicious, {} clean\n",
            reports.len(),
            reports.len() - miners - suspicious
        ));
        output::stdout(&out);
    }
    let failing = match a.fail_on {
        FailOn::Miner => miners,
        FailOn::Suspicious => miners + suspicious,
    };
    Ok(if failing > 0 {
        Outcome::Failed
    } else {
        Outcome::Ok
    })
}
