//! `minewatch keys`: API keys of the server's data directory.

use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::Subcommand;
use minewatch_api::{KeyRing, Scope};
use serde_json::json;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Subcommand)]
pub(crate) enum KeysCommand {
    /// Make a key; its secret is printed once.
    Create {
        /// A name for people.
        #[arg(long)]
        name: String,
        /// read, write or admin.
        #[arg(long, default_value = "read")]
        scope: String,
        /// Data directory of the server.
        #[arg(long, default_value = "minewatch-data")]
        data: PathBuf,
        /// JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Every key (never the secrets).
    List {
        /// Data directory of the server.
        #[arg(long, default_value = "minewatch-data")]
        data: PathBuf,
        /// JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Revoke a key (a running server refuses it within two seconds).
    Revoke {
        /// The key's id (the 12 hex digits after `mwk_`).
        id: String,
        /// Data directory of the server.
        #[arg(long, default_value = "minewatch-data")]
        data: PathBuf,
    },
}

fn ring(data: &std::path::Path) -> anyhow::Result<KeyRing> {
    if !data.join("minewatch.sqlite").exists() {
        bail!(
            "no minewatch database in {}: start `minewatch serve --data {}` once first",
            data.display(),
            data.display()
        );
    }
    let db = minewatch_api::Db::open(&data.join("minewatch.sqlite"))
        .with_context(|| format!("cannot open the database in {}", data.display()))?;
    Ok(KeyRing::load(db)?)
}

pub(crate) fn keys(cmd: &KeysCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    match cmd {
        KeysCommand::Create {
            name,
            scope,
            data,
            json,
        } => {
            let scope: Scope = scope.parse().map_err(anyhow::Error::msg)?;
            if name.trim().is_empty() || name.chars().count() > 100 {
                bail!("invalid --name {name:?}: expected 1 to 100 characters");
            }
            let k = ring(data)?
                .create_blocking(name.trim(), scope)
                .map_err(|e| anyhow::anyhow!("{}", e.message))?;
            if *json {
                output::stdout(&format!("{}\n", json!(k)));
            } else {
                output::stdout(&format!("{}\n", k.key));
                output::stderr_line(&format!(
                    "key {} ({}, scope {}) created; this is the only time its secret is shown",
                    k.row.id, k.row.name, k.row.scope
                ));
            }
        }
        KeysCommand::List { data, json } => {
            let keys = ring(data)?.list();
            if *json {
                output::stdout(&format!("{}\n", json!(keys)));
            } else {
                let mut out = format!(
                    "{:<14} {:<7} {:<10} {:<12} {}\n",
                    "id", "scope", "created", "revoked", "name"
                );
                for k in keys {
                    out.push_str(&format!(
                        "{:<14} {:<7} {:<10} {:<12} {}\n",
                        k.id,
                        k.scope,
                        minewatch_profit::project::date_from_unix(k.created),
                        k.revoked
                            .map_or("-".to_owned(), minewatch_profit::project::date_from_unix),
                        k.name
                    ));
                }
                output::stdout(&out);
            }
        }
        KeysCommand::Revoke { id, data } => {
            if !ring(data)?.revoke_blocking(id)? {
                bail!("no key {id:?} in {}", data.display());
            }
            output::stderr_line(&format!("key {id} revoked"));
        }
    }
    Ok(Outcome::Ok)
}
