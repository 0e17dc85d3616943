//! `minewatch scan web` and `minewatch blocklist`.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::{Args, Subcommand};
use minewatch_detect::web::blocklist::{
    Blocklist, Format, Kind, List, Request, Verdict as ListVerdict, convert,
};
use minewatch_detect::web::fetch::{FetchConfig, scan_url};
use minewatch_detect::web::{Report, Scanner, Verdict};
use serde_json::json;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum ScanCommand {
    /// Web content: JS, HTML and wasm files, directories, npm `.tgz` packages and URLs. Exit 0
    /// when nothing is a miner, 1 when something is, 2 on an error.
    Web(WebArgs),
    /// Network captures (pcap, pcapng): mining sessions on any port (Stratum in its Bitcoin,
    /// Monero and Ethereum flavours, getwork, browser-miner websockets), pool names in TLS SNI
    /// and DNS. Exit 0 when nothing is found, 1 when mining is found, 2 on an error.
    Pcap(PcapArgs),
}

#[derive(Debug, Args)]
pub(crate) struct PcapArgs {
    /// pcap or pcapng files.
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
}

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

#[derive(Debug, Subcommand)]
pub(crate) enum BlocklistCommand {
    /// Read a list (checking every line) and write it in another format on stdout.
    Import {
        /// The list file.
        file: PathBuf,
        /// Its format: abp, hosts or match-patterns.
        #[arg(long)]
        format: String,
        /// The format to write (default: the same).
        #[arg(long)]
        to: Option<String>,
    },
    /// Write the built-in lists (NoCoin, NoCoin hosts, MinerBlock, MineSweeper endpoints).
    Export {
        /// The format to write: abp, hosts, match-patterns, or dnr (declarativeNetRequest
        /// rules, JSON, for Manifest V3 extensions).
        #[arg(long, visible_alias = "format", default_value = "abp")]
        to: String,
        /// Only this built-in list.
        #[arg(long)]
        list: Option<String>,
        /// Your own lists too (repeatable), as FORMAT:FILE.
        #[arg(long = "add", value_name = "FORMAT:FILE")]
        add: Vec<String>,
        /// dnr: the first rule id.
        #[arg(long, default_value_t = 1)]
        first_id: u32,
    },
    /// Check URLs against the lists; exit 1 if any is blocked.
    Check {
        /// URLs.
        #[arg(required = true)]
        urls: Vec<String>,
        /// What the URL loads: script, websocket, xhr, subdocument, document or other.
        #[arg(long, default_value = "script")]
        kind: String,
        /// The page that loads it (for third-party and domain= rules).
        #[arg(long)]
        source: Option<String>,
        /// More lists, as FORMAT:FILE.
        #[arg(long = "list", value_name = "FORMAT:FILE")]
        lists: Vec<String>,
        /// JSON lines.
        #[arg(long)]
        json: bool,
    },
}

fn parse_format(s: &str) -> anyhow::Result<Format> {
    s.parse::<Format>().map_err(anyhow::Error::msg)
}

fn load_list(spec: &str) -> anyhow::Result<List> {
    let (fmt, file) = spec.split_once(':').with_context(|| {
        format!("invalid --list {spec:?}: expected FORMAT:FILE, e.g. abp:list.txt")
    })?;
    let format = parse_format(fmt)?;
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?;
    Ok(List::parse(file, format, &text)?)
}

fn kind(s: &str) -> anyhow::Result<Kind> {
    Ok(match s {
        "script" => Kind::Script,
        "websocket" => Kind::Websocket,
        "xhr" | "xmlhttprequest" => Kind::Xhr,
        "subdocument" | "frame" => Kind::Subdocument,
        "document" => Kind::Document,
        "other" => Kind::Other,
        _ => bail!(
            "invalid --kind {s:?}: expected script, websocket, xhr, subdocument, document or other"
        ),
    })
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

fn pcap(a: &PcapArgs) -> anyhow::Result<Outcome> {
    let analyzer = minewatch_detect::net::Analyzer::default();
    let mut reports = Vec::new();
    for f in &a.files {
        let file =
            std::fs::File::open(f).with_context(|| format!("cannot open {}", f.display()))?;
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
                    "ruleId": format!("net.{}", f.protocol.name()),
                    "level": if f.verdict == "miner" { "error" } else { "warning" },
                    "message": {"text": format!("{} {} -> {} ({}): {}", f.protocol.name(), f.client, f.server, f.evidence.join(", "), f.first_message)},
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
                out.push_str(&format!(
                    "             evidence: {}\n",
                    f.evidence.join(", ")
                ));
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
            reports.extend(rt.block_on(scan_url(&scanner, t, &fetch))?);
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
    Ok(if miners > 0 {
        Outcome::Failed
    } else {
        Outcome::Ok
    })
}

pub(crate) fn blocklist(cmd: BlocklistCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    match cmd {
        BlocklistCommand::Import { file, format, to } => {
            let f = parse_format(&format)?;
            let to = match to {
                Some(t) => parse_format(&t)?,
                None => f,
            };
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let list = List::parse(&file.display().to_string(), f, &text)?;
            let (out, skipped) = convert(&list, to);
            output::stdout(&out);
            output::stderr_line(&format!(
                "{}: {} rules read, {} not expressible in the target format",
                file.display(),
                list.rule_count(),
                skipped.len()
            ));
            Ok(Outcome::Ok)
        }
        BlocklistCommand::Export {
            to,
            list,
            add,
            first_id,
        } => {
            let own: Vec<List> = add.iter().map(|s| load_list(s)).collect::<Result<_, _>>()?;
            if to.eq_ignore_ascii_case("dnr") {
                let b = Blocklist::builtin();
                let mut lists: Vec<&List> = b
                    .lists
                    .iter()
                    .filter(|l| list.as_deref().is_none_or(|n| n == l.name))
                    .collect();
                if lists.is_empty() && list.is_some() {
                    let names: Vec<&str> = b.lists.iter().map(|l| l.name.as_str()).collect();
                    bail!(
                        "unknown list {:?}: the built-in lists are {}",
                        list.unwrap_or_default(),
                        names.join(", ")
                    );
                }
                lists.extend(own.iter());
                if first_id == 0 {
                    bail!("invalid --first-id 0: rule ids start at 1");
                }
                let (rules, skipped) = minewatch_detect::web::blocklist::to_dnr(&lists, first_id);
                for s in &skipped {
                    tracing::info!("not expressible as a DNR rule, skipped: {s}");
                }
                output::stdout(&format!(
                    "{}\n",
                    serde_json::to_string_pretty(&rules).context("cannot write the rules")?
                ));
                return Ok(Outcome::Ok);
            }
            let to = parse_format(&to)?;
            let mut b = Blocklist::builtin();
            for l in own {
                b.lists.push(l);
            }
            let mut any = false;
            let builtin = b.lists.len() - add.len();
            for (i, l) in b
                .lists
                .iter()
                .enumerate()
                .filter(|(i, l)| *i >= builtin || list.as_deref().is_none_or(|n| n == l.name))
            {
                any = any || i < builtin;
                let (out, _) = convert(l, to);
                output::stdout(&out);
            }
            if !any {
                let names: Vec<&str> = b.lists.iter().map(|l| l.name.as_str()).collect();
                bail!(
                    "unknown list {:?}: the built-in lists are {}",
                    list.unwrap_or_default(),
                    names.join(", ")
                );
            }
            Ok(Outcome::Ok)
        }
        BlocklistCommand::Check {
            urls,
            kind: k,
            source,
            lists,
            json,
        } => {
            let k = kind(&k)?;
            let mut b = Blocklist::builtin();
            for spec in &lists {
                b.add(load_list(spec)?);
            }
            let mut blocked = 0;
            let mut out = String::new();
            for u in &urls {
                let v = b.check(&Request {
                    url: u,
                    kind: k,
                    source: source.as_deref(),
                });
                if matches!(v, ListVerdict::Blocked(_)) {
                    blocked += 1;
                }
                if json {
                    out.push_str(&format!("{}\n", json!({"url": u, "verdict": v})));
                } else {
                    match &v {
                        ListVerdict::Pass => out.push_str(&format!("pass     {u}\n")),
                        ListVerdict::Blocked(h) => out.push_str(&format!(
                            "blocked  {u}  [{} line {}: {}]\n",
                            h.list, h.line, h.rule
                        )),
                        ListVerdict::Excepted {
                            blocked_by,
                            excepted_by,
                        } => out.push_str(&format!(
                            "excepted {u}  [{} line {}: {}, but {} line {}: {}]\n",
                            blocked_by.list,
                            blocked_by.line,
                            blocked_by.rule,
                            excepted_by.list,
                            excepted_by.line,
                            excepted_by.rule
                        )),
                    }
                }
            }
            output::stdout(&out);
            Ok(if blocked > 0 {
                Outcome::Failed
            } else {
                Outcome::Ok
            })
        }
    }
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
