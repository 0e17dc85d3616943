//! `minewatch serve` and `minewatch keys`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context as _, bail};
use clap::{Args, Subcommand};
use minewatch_api::{Config, KeyRing, Rate, Scope, Server};
use serde_json::json;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Address of the API and dashboard. Binds loopback only unless told otherwise.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Data directory (the SQLite file, the market-data cache).
    #[arg(long, default_value = "minewatch-data")]
    data: PathBuf,
    /// Where the embedded pool listens for Stratum miners, or `off`.
    #[arg(long, default_value = "127.0.0.1:3333")]
    stratum: String,
    /// No live market data and no URL scans: nothing leaves this machine.
    #[arg(long, env = "MINEWATCH_OFFLINE", value_parser = clap::builder::BoolishValueParser::new())]
    offline: bool,
    /// Let URL scans fetch private and loopback addresses (intranets).
    #[arg(long)]
    allow_private_urls: bool,
    /// PEM certificate chain: serve HTTPS (with --tls-key).
    #[arg(long, requires = "tls_key", value_name = "FILE")]
    tls_cert: Option<PathBuf>,
    /// PEM private key for --tls-cert.
    #[arg(long, requires = "tls_cert", value_name = "FILE")]
    tls_key: Option<PathBuf>,
    /// Requests per second allowed per key (burst: 6 seconds' worth).
    #[arg(long, default_value_t = 100.0)]
    key_rate: f64,
    /// Requests per second allowed per client IP (burst: 6 seconds' worth).
    #[arg(long, default_value_t = 200.0)]
    ip_rate: f64,
    /// Largest request body, MiB.
    #[arg(long, default_value_t = 32)]
    body_limit_mib: usize,
    /// Seconds a request may take.
    #[arg(long, default_value_t = 60)]
    request_timeout: u64,
    /// Seconds between hashrate samples.
    #[arg(long, default_value_t = 2.0)]
    tick: f64,
    /// Write the first run's admin key to this file (mode 600) instead of only printing it.
    #[arg(long, value_name = "FILE")]
    admin_key_file: Option<PathBuf>,
}

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

fn rate(flag: &str, per_second: f64) -> anyhow::Result<Rate> {
    if !(per_second.is_finite() && per_second > 0.0) {
        bail!("invalid {flag} {per_second}: must be positive");
    }
    Ok(Rate {
        burst: (per_second * 6.0).ceil().min(f64::from(u32::MAX)) as u32,
        per_second,
    })
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

pub(crate) fn serve(a: &ServeArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let stratum = match a.stratum.as_str() {
        "off" | "none" => None,
        s => Some(s.parse::<SocketAddr>().with_context(|| {
            format!(
                "invalid --stratum {s:?}: expected HOST:PORT (for example 127.0.0.1:3333) or off"
            )
        })?),
    };
    if !(a.tick.is_finite() && (0.1..=3600.0).contains(&a.tick)) {
        bail!("invalid --tick {}: expected 0.1 to 3600 seconds", a.tick);
    }
    if a.body_limit_mib == 0 || a.body_limit_mib > 1024 {
        bail!(
            "invalid --body-limit-mib {}: expected 1 to 1024",
            a.body_limit_mib
        );
    }
    let config = Config {
        data_dir: Some(a.data.clone()),
        per_key: rate("--key-rate", a.key_rate)?,
        per_ip: rate("--ip-rate", a.ip_rate)?,
        body_limit: a.body_limit_mib << 20,
        request_timeout: Duration::from_secs(a.request_timeout.max(1)),
        offline: a.offline,
        allow_private_urls: a.allow_private_urls,
        stratum,
        tick: Duration::from_secs_f64(a.tick),
        ..Config::default()
    };
    let server = Server::open(config)?;
    let scheme = if a.tls_cert.is_some() {
        "https"
    } else {
        "http"
    };
    let url = format!("{scheme}://{}/", a.listen);
    if !server.state().keys.has_admin() {
        let k = server
            .state()
            .keys
            .create_blocking("first admin", Scope::Admin)
            .map_err(|e| anyhow::anyhow!("{}", e.message))?;
        if let Some(path) = &a.admin_key_file {
            write_secret(path, &k.key)?;
            output::stderr_line(&format!(
                "first run: admin key {} written to {}",
                k.row.id,
                path.display()
            ));
        }
        output::stderr_line(&format!(
            "first run: created an admin key (shown this once; make more with `minewatch keys create`):\n\n    {}\n\nopen the dashboard with it: {url}#key={}\n",
            k.key, k.key
        ));
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    rt.block_on(async {
        let pool = server.start_background().await?;
        let std_listener = std::net::TcpListener::bind(a.listen)
            .with_context(|| format!("cannot listen on {}", a.listen))?;
        let bound = std_listener.local_addr()?;
        if !ctx.quiet {
            output::stderr_line(&format!(
                "minewatch serving on {scheme}://{bound}/ (API /v1, docs /docs){}; data in {}",
                pool.map_or(String::new(), |p| format!(", Stratum pool on {p}")),
                a.data.display()
            ));
        }
        match (&a.tls_cert, &a.tls_key) {
            (Some(cert), Some(key)) => {
                server
                    .serve_tls(std_listener, cert, key, crate::mine::interrupted())
                    .await?;
            }
            _ => {
                std_listener.set_nonblocking(true)?;
                let listener = tokio::net::TcpListener::from_std(std_listener)?;
                server.serve(listener, crate::mine::interrupted()).await?;
            }
        }
        anyhow::Ok(())
    })?;
    if !ctx.quiet {
        output::stderr_line("minewatch server stopped");
    }
    Ok(Outcome::Ok)
}

fn write_secret(path: &std::path::Path, secret: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    writeln!(f, "{secret}").with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
