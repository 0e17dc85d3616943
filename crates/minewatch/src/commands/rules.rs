//! `minewatch rules`: the web detectors' rules (every signal, its family and weight) and how
//! they combine into a verdict.

use clap::Subcommand;
use minewatch_detect::web::report::{MINER_SCORE, SUSPICIOUS_SCORE};
use minewatch_detect::web::rules::RULES;
use serde_json::json;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum RulesCommand {
    /// Every rule: id, family, weight, what it looks for.
    List {
        /// JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// How signals make a verdict (the text of `report::judge`, for people reading the table).
const VERDICTS: &str = "A verdict of miner needs a score (the sum of the weights, each id counted once) of at least {miner} and one of: strong signals (blocklist, pool protocol, miner API, mining hash core; weight 4 or more) from two families; a mining hash core of weight 10 or more (CryptoNight's structure); a pool protocol of weight 8 or more with a hash core and code that runs it (execution); or js.worker-job-loop with a hash core and code that runs it. A score of at least {suspicious} with one strong family is suspicious; anything else is clean.";

pub(crate) fn rules(cmd: &RulesCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    let verdicts = VERDICTS
        .replace("{miner}", &MINER_SCORE.to_string())
        .replace("{suspicious}", &SUSPICIOUS_SCORE.to_string());
    match cmd {
        RulesCommand::List { json } => {
            if *json {
                let v = json!({
                    "rules": RULES,
                    "miner_score": MINER_SCORE,
                    "suspicious_score": SUSPICIOUS_SCORE,
                    "verdicts": verdicts,
                });
                output::stdout(&format!("{v}\n"));
            } else {
                let mut out = format!(
                    "{:<32} {:<18} {:>6}  {}\n",
                    "id", "family", "weight", "looks for"
                );
                for r in RULES {
                    let family = serde_json::to_value(r.family)?;
                    out.push_str(&format!(
                        "{:<32} {:<18} {:>6}  {}\n",
                        r.id,
                        family.as_str().unwrap_or_default(),
                        r.weight,
                        r.description
                    ));
                }
                out.push('\n');
                out.push_str(&verdicts);
                out.push('\n');
                output::stdout(&out);
            }
        }
    }
    Ok(Outcome::Ok)
}
