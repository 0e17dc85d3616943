//! `minewatch blocklist`: import, export, convert and check miner blocklists.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::Subcommand;
use minewatch_detect::web::blocklist::{
    Blocklist, Kind, List, Request, Verdict as ListVerdict, convert,
};
use serde_json::json;

use crate::Outcome;
use crate::args::{load_list, parse_format};
use crate::output::{self, Context};

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
            for u in &urls {
                minewatch_detect::web::blocklist::check_request_url(u)
                    .map_err(anyhow::Error::msg)?;
            }
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
