//! `minewatch serve`: the API, the live stream, the dashboard and the embedded pool.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_api::{Config, Rate, Scope, Server};
use minewatch_stratum::pool::PoolConfig;

const MIB: u64 = 1 << 20;

use crate::Outcome;
use crate::args::count_within;
use crate::commands::pool::StratumLimitArgs;
use crate::output::{self, Context};
use crate::runtime::interrupted;

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Settings from a TOML file whose keys are this command's long flags (flags given here
    /// override it).
    #[arg(long, value_name = "FILE")]
    config: Option<std::path::PathBuf>,
    /// Address of the API and dashboard. Binds loopback only unless told otherwise.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Data directory (the SQLite file, the market-data cache).
    #[arg(long, default_value = "minewatch-data")]
    data: PathBuf,
    /// Keep keys, scans, alerts, agents and the pool's ledger in this PostgreSQL database
    /// instead of the data directory's SQLite file: any number of servers may run on one
    /// database as replicas of each other (an alert stored by one reaches the live stream of
    /// every one). The data directory still holds the market-data cache.
    #[arg(long, value_name = "postgres://...")]
    db: Option<String>,
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
    /// Request bodies held at once by all requests together, MiB (at least --body-limit-mib;
    /// more wait their turn, their bodies unread).
    #[arg(long, default_value_t = 96)]
    bodies_in_flight_mib: usize,
    /// Seconds a request may take (0.1 to 3600; its work is cancelled at the limit).
    #[arg(long, default_value_t = 60.0)]
    request_timeout: f64,
    /// Seconds between hashrate samples.
    #[arg(long, default_value_t = 2.0)]
    tick: f64,
    /// Write the first run's admin key to this file (mode 600) instead of only printing it.
    #[arg(long, value_name = "FILE")]
    admin_key_file: Option<PathBuf>,
    /// Most simultaneous `/v1/stream` subscribers (more get 503).
    #[arg(long, default_value_t = 10_000)]
    max_subscribers: usize,
    /// Largest file a scan analyses, MiB (larger ones are listed, not analysed).
    #[arg(long, default_value_t = 8)]
    max_file_mib: usize,
    /// Most bytes decompressed from one uploaded package, nested archives included, MiB.
    #[arg(long, default_value_t = 256)]
    max_archive_mib: usize,
    /// Most entries in one uploaded package, nested archives included.
    #[arg(long, default_value_t = 20_000)]
    max_archive_entries: usize,
    /// Largest JavaScript file parsed to a syntax tree, KiB (larger ones are scanned
    /// lexically; a tree takes up to ~64 times its source).
    #[arg(long, default_value_t = 2048)]
    max_parse_kib: usize,
    /// JavaScript parsed at once by all requests together, MiB.
    #[arg(long, default_value_t = 4)]
    parse_budget_mib: usize,
    #[command(flatten)]
    stratum_limits: StratumLimitArgs,
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

pub(crate) fn serve(a: &ServeArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    let stratum = match a.stratum.as_str() {
        "off" | "none" => None,
        s => Some(s.parse::<SocketAddr>().with_context(|| {
            format!(
                "invalid --stratum {s:?}: expected HOST:PORT (for example 127.0.0.1:3333) or off"
            )
        })?),
    };
    if !(a.request_timeout.is_finite() && (0.1..=3600.0).contains(&a.request_timeout)) {
        bail!(
            "invalid --request-timeout {}: expected 0.1 to 3600 seconds",
            a.request_timeout
        );
    }
    if !(a.tick.is_finite() && (0.1..=3600.0).contains(&a.tick)) {
        bail!("invalid --tick {}: expected 0.1 to 3600 seconds", a.tick);
    }
    if a.body_limit_mib == 0 || a.body_limit_mib > 1024 {
        bail!(
            "invalid --body-limit-mib {}: expected 1 to 1024",
            a.body_limit_mib
        );
    }
    if a.bodies_in_flight_mib < a.body_limit_mib || a.bodies_in_flight_mib > 65_536 {
        bail!(
            "invalid --bodies-in-flight-mib {}: expected --body-limit-mib ({}) to 65536",
            a.bodies_in_flight_mib,
            a.body_limit_mib
        );
    }
    if let Some(url) = &a.db
        && !minewatch_api::db::is_postgres_url(url)
    {
        bail!(
            "invalid --db: expected a postgres:// or postgresql:// URL (without --db the server keeps its data in {})",
            a.data.display()
        );
    }
    let config = Config {
        data_dir: Some(a.data.clone()),
        database: a.db.clone(),
        per_key: rate("--key-rate", a.key_rate)?,
        per_ip: rate("--ip-rate", a.ip_rate)?,
        body_limit: a.body_limit_mib << 20,
        bodies_in_flight: a.bodies_in_flight_mib << 20,
        request_timeout: Duration::from_secs_f64(a.request_timeout),
        offline: a.offline,
        allow_private_urls: a.allow_private_urls,
        stratum,
        tick: Duration::from_secs_f64(a.tick),
        max_subscribers: count_within("--max-subscribers", a.max_subscribers, 1, 1_000_000)?,
        scan_limits: minewatch_detect::web::Limits {
            max_file_bytes: count_within("--max-file-mib", a.max_file_mib, 1, 1024)? as u64 * MIB,
            max_archive_bytes: count_within("--max-archive-mib", a.max_archive_mib, 1, 65_536)?
                as u64
                * MIB,
            max_entries: count_within(
                "--max-archive-entries",
                a.max_archive_entries,
                1,
                10_000_000,
            )?,
            max_parse_bytes: count_within(
                "--max-parse-kib",
                a.max_parse_kib,
                1,
                minewatch_detect::web::js::MAX_PARSE_BYTES >> 10,
            )? << 10,
        },
        parse_budget: count_within("--parse-budget-mib", a.parse_budget_mib, 1, 4096)? << 20,
        pool: a.stratum_limits.apply(PoolConfig::default())?,
        ..Config::default()
    };
    // Every port first: a taken one must fail before anything is created or printed.
    let std_listener = std::net::TcpListener::bind(a.listen)
        .with_context(|| format!("cannot listen on {} (--listen)", a.listen))?;
    let stratum_listener = match stratum {
        Some(addr) => Some(std::net::TcpListener::bind(addr).with_context(|| {
            format!("cannot listen for Stratum miners on {addr} (--stratum ADDR, or --stratum off)")
        })?),
        None => None,
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
        output::stderr_always(&format!(
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
        let pool = server.start_background_on(stratum_listener).await?;
        let bound = std_listener.local_addr()?;
        if !ctx.quiet {
            output::stderr_line(&format!(
                "minewatch serving on {scheme}://{bound}/ (API /v1, docs /docs){}; data in {}",
                pool.map_or(String::new(), |p| format!(", Stratum pool on {p}")),
                if a.db.is_some() {
                    "PostgreSQL (--db)".to_owned()
                } else {
                    a.data.display().to_string()
                }
            ));
        }
        match (&a.tls_cert, &a.tls_key) {
            (Some(cert), Some(key)) => {
                server
                    .serve_tls(std_listener, cert, key, interrupted())
                    .await?;
            }
            _ => {
                std_listener.set_nonblocking(true)?;
                let listener = tokio::net::TcpListener::from_std(std_listener)?;
                server.serve(listener, interrupted()).await?;
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
