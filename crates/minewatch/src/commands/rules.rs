//! `minewatch rules`: every detector's rules (each finding the web, host and network detectors
//! raise, its family and weight) and how each detector combines them into a verdict.

use clap::Subcommand;
use minewatch_detect::rules::{HOST, NET, Rule, WEB};
use minewatch_detect::web::report::{MINER_SCORE, SUSPICIOUS_SCORE};
use serde_json::json;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum RulesCommand {
    /// Every rule of every detector (web, host, net): id, family, weight, what it looks for.
    List {
        /// JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// How signals make a verdict (the text of `report::judge`, for people reading the table).
const VERDICTS: &str = "Web content: a verdict of miner needs a score (the sum of the weights, each id counted once) of at least {miner} and one of: strong signals (blocklist, pool protocol, miner API, mining hash core; weight 4 or more) from two families; a mining hash core of weight 10 or more (CryptoNight's structure); a pool protocol of weight 8 or more with a hash core and code that runs it (execution); or js.worker-job-loop with a hash core and code that runs it; or a miner's configuration started with a throttle that is a share of the CPU (js.miner-config-start with js.miner-cpu-throttle, or their html. counterparts for a miner configured in markup). A score of at least {suspicious} with one strong family is suspicious; anything else is clean.";

/// How a process's findings make a verdict (the text of `host::judge_with`).
const HOST_VERDICTS: &str = "Processes: a process is a miner with a score (the sum of its findings' weights) of at least {miner}, a strong finding (blocklist, pool protocol, miner API, mining hash core, disguise; miner code in its executable counts only while it computes or talks to a pool) and activity (it computes or holds an established connection); a score of at least {suspicious} is suspicious. minewatch's own miner, run where it is installed and hiding nothing, is own-miner: reported, never an alert.";

/// How a flow's findings make a verdict (`net::Analyzer`).
const NET_VERDICTS: &str = "Network flows: a flow that speaks a mining protocol (a pool-protocol finding) is a miner; one that only names a listed pool (a pool-address finding: a TLS server name or a DNS query) is suspicious.";

/// Every detector's rules, with its name.
fn tables() -> [(&'static str, &'static [Rule]); 3] {
    [("web", WEB), ("host", HOST), ("net", NET)]
}

pub(crate) fn rules(cmd: &RulesCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    let verdicts = VERDICTS
        .replace("{miner}", &MINER_SCORE.to_string())
        .replace("{suspicious}", &SUSPICIOUS_SCORE.to_string());
    let host_verdicts = HOST_VERDICTS
        .replace("{miner}", &minewatch_detect::host::MINER_SCORE.to_string())
        .replace(
            "{suspicious}",
            &minewatch_detect::host::SUSPICIOUS_SCORE.to_string(),
        );
    match cmd {
        RulesCommand::List { json } => {
            if *json {
                let rules: Vec<serde_json::Value> = tables()
                    .into_iter()
                    .flat_map(|(detector, table)| {
                        table.iter().map(move |r| {
                            json!({"id": r.id, "detector": detector, "family": r.family,
                                   "strong": r.family.is_strong(), "weight": r.weight,
                                   "description": r.description})
                        })
                    })
                    .collect();
                let v = json!({
                    "rules": rules,
                    "miner_score": MINER_SCORE,
                    "suspicious_score": SUSPICIOUS_SCORE,
                    "verdicts": verdicts,
                    "verdicts_by_detector": {"web": verdicts, "host": host_verdicts, "net": NET_VERDICTS},
                });
                output::stdout(&format!("{v}\n"));
            } else {
                let mut out = String::new();
                for (detector, table) in tables() {
                    out.push_str(&format!(
                        "{:<32} {:<18} {:>6}  {detector}: looks for\n",
                        "id", "family", "weight"
                    ));
                    for r in table {
                        out.push_str(&format!(
                            "{:<32} {:<18} {:>6}  {}\n",
                            r.id,
                            r.family.as_str(),
                            r.weight,
                            r.description
                        ));
                    }
                    out.push('\n');
                }
                for v in [&verdicts, &host_verdicts, NET_VERDICTS] {
                    out.push_str(v);
                    out.push('\n');
                }
                output::stdout(&out);
            }
        }
    }
    Ok(Outcome::Ok)
}
