//! `minewatch hardware`: the ASIC catalog.

use clap::Subcommand;
use serde_json::json;

use crate::Outcome;
use crate::args::load_catalog;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum HardwareCommand {
    /// Every machine in the catalog.
    List {
        /// More machines from a TOML file.
        #[arg(long, value_name = "FILE")]
        catalog: Option<std::path::PathBuf>,
        /// JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// One machine, with its sources.
    Show {
        /// Model name (case and spacing do not matter).
        name: String,
        /// More machines from a TOML file.
        #[arg(long, value_name = "FILE")]
        catalog: Option<std::path::PathBuf>,
        /// JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub(crate) fn hardware(cmd: &HardwareCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    match cmd {
        HardwareCommand::List { catalog, json } => {
            let c = load_catalog(catalog.as_deref())?;
            if *json {
                output::stdout(&format!("{}\n", json!(c.hardware)));
            } else {
                let mut out = format!(
                    "{:<24} {:>8} {:>7} {:>7}  {:<9} {}\n",
                    "model", "TH/s", "W", "J/TH", "cooling", "source"
                );
                for h in &c.hardware {
                    out.push_str(&format!(
                        "{:<24} {:>8} {:>7} {:>7.1}  {:<9} {}\n",
                        h.model,
                        h.hashrate_ths,
                        h.power_w,
                        h.efficiency_j_per_th,
                        h.cooling,
                        h.source
                    ));
                }
                output::stdout(&out);
            }
        }
        HardwareCommand::Show {
            name,
            catalog,
            json,
        } => {
            let c = load_catalog(catalog.as_deref())?;
            let h = c.find(name)?;
            if *json {
                output::stdout(&format!("{}\n", json!(h)));
            } else {
                let mut out = format!(
                    "{}\n  hashrate    {} TH/s\n  power       {} W\n  efficiency  {:.1} J/TH\n  cooling     {}\n  source      {}\n",
                    h.model, h.hashrate_ths, h.power_w, h.efficiency_j_per_th, h.cooling, h.source
                );
                if !h.notes.is_empty() {
                    out.push_str(&format!("  notes       {}\n", h.notes));
                }
                if let Some(p) = h.price_usd {
                    out.push_str(&format!("  price       ${p}\n"));
                }
                output::stdout(&out);
            }
        }
    }
    Ok(Outcome::Ok)
}
