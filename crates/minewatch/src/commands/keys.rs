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
        /// agent (reports only: `minewatch watch --report`), read, write or admin.
        #[arg(long, default_value = "read")]
        scope: String,
        #[command(flatten)]
        at: KeyStore,
        /// JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Every key (never the secrets).
    List {
        #[command(flatten)]
        at: KeyStore,
        /// JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Revoke a key (a running server refuses it within two seconds).
    Revoke {
        /// The key's id (the 12 hex digits after `mwk_`).
        id: String,
        #[command(flatten)]
        at: KeyStore,
    },
}

/// Where the server keeps its keys.
#[derive(Debug, clap::Args)]
pub(crate) struct KeyStore {
    /// Data directory of the server.
    #[arg(long, default_value = "minewatch-data")]
    data: PathBuf,
    /// The server's PostgreSQL database instead (`minewatch serve --db postgres://...`).
    #[arg(long, value_name = "postgres://...")]
    db: Option<String>,
}

impl KeyStore {
    fn name(&self) -> String {
        match &self.db {
            Some(_) => "the PostgreSQL database (--db)".to_owned(),
            None => self.data.display().to_string(),
        }
    }

    fn ring(&self) -> anyhow::Result<KeyRing> {
        if let Some(url) = &self.db {
            let db = minewatch_api::Db::connect_postgres_with(url, 1)
                .context("cannot open the server's PostgreSQL database (--db)")?;
            return Ok(KeyRing::load(db)?);
        }
        let data = &self.data;
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
}

pub(crate) fn keys(cmd: &KeysCommand, _ctx: &Context) -> anyhow::Result<Outcome> {
    match cmd {
        KeysCommand::Create {
            name,
            scope,
            at,
            json,
        } => {
            let scope: Scope = scope.parse().map_err(anyhow::Error::msg)?;
            if name.trim().is_empty() || name.chars().count() > 100 {
                bail!("invalid --name {name:?}: expected 1 to 100 characters");
            }
            let k = at
                .ring()?
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
        KeysCommand::List { at, json } => {
            let keys = at.ring()?.list();
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
        KeysCommand::Revoke { id, at } => {
            if !at.ring()?.revoke_blocking(id)? {
                bail!("no key {id:?} in {}", at.name());
            }
            output::stderr_line(&format!("key {id} revoked"));
        }
    }
    Ok(Outcome::Ok)
}
