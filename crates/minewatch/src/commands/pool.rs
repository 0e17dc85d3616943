//! `minewatch pool`: a Stratum pool over the embedded chain or a Bitcoin Core node.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_stratum::accounting::Scheme;
use minewatch_stratum::node::{self, Auth, DriverConfig, NodeUrl, Rpc};
use minewatch_stratum::pool::{self, Pool, PoolConfig, PoolEvent};
use minewatch_stratum::store::Store;
use minewatch_stratum::sv2::{AuthorityKey, Responder};
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use crate::Outcome;
use crate::args::{count_within, duration_within};
use crate::output::{self, Context};
use crate::runtime::{interrupted, runtime};

#[derive(Debug, Args)]
pub(crate) struct PoolArgs {
    /// Settings from a TOML file whose keys are this command's long flags (flags given here
    /// override it).
    #[arg(long, value_name = "FILE")]
    config: Option<std::path::PathBuf>,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:3333")]
    listen: SocketAddr,
    /// Also serve Stratum V2 (Noise-encrypted, standard channels) on this address, beside V1:
    /// the same jobs, share validation and ledger.
    #[arg(long, value_name = "ADDR")]
    sv2: Option<SocketAddr>,
    /// The V2 authority key: its secret key in the reference implementation's base58check form
    /// (or 64 hex digits). Created with a new key, readable by its owner only, if it does not
    /// exist; miners pin its public key, which the pool prints.
    #[arg(long, value_name = "FILE", default_value = "minewatch-pool.sv2-key")]
    sv2_key: std::path::PathBuf,
    /// How long each V2 connection's certificate is valid.
    #[arg(long, value_name = "DURATION", default_value = "24h")]
    sv2_cert_validity: String,
    /// Where every accepted share, found block and ledger credit is recorded: a SQLite file,
    /// ":memory:" for none, or a PostgreSQL database (postgres://USER[:PASS]@HOST[:PORT]/DB),
    /// which several front-ends (each with --chain bitcoind://NODE) may share as one ledger.
    #[arg(long, default_value = "minewatch-pool.sqlite")]
    db: String,
    /// Print what the database holds (shares, blocks, chain height, balances) as JSON and exit.
    #[arg(long)]
    summary: bool,
    /// Payout scheme: pplns (window 2 x network difficulty), pps, fpps, prop or solo.
    #[arg(long, default_value = "pplns")]
    scheme: String,
    /// Pool fee as a fraction (0.02 = 2%).
    #[arg(long, default_value_t = 0.0)]
    fee: f64,
    /// Print events as JSON lines on stdout.
    #[arg(long)]
    json: bool,
    /// Where block templates come from: the embedded regtest chain, or a Bitcoin Core node
    /// over JSON-RPC (getblocktemplate/submitblock).
    #[arg(
        long,
        default_value = "embedded",
        value_name = "embedded|bitcoind://[USER:PASS@]HOST:PORT"
    )]
    chain: String,
    /// Bitcoin Core's cookie file (instead of USER:PASS in --chain).
    #[arg(long, value_name = "FILE")]
    rpc_cookie: Option<std::path::PathBuf>,
    /// Output script (hex) that block rewards are paid to. Required with a node on mainnet or
    /// signet; the default, OP_TRUE, is only for regtest.
    #[arg(long, value_name = "HEX")]
    payout_script: Option<String>,
    /// Serve Prometheus metrics at http://ADDR/metrics (connections, shares by result and
    /// reject code, per-worker hashrate, blocks, spool depth, database write latency).
    #[arg(long, value_name = "ADDR")]
    metrics: Option<SocketAddr>,
    /// With a PostgreSQL --db: where shares are kept (appended and fsynced before they are
    /// acknowledged) while the database is out of reach; replayed into it, in order, when it
    /// is back, and at the next start if the pool stopped before.
    #[arg(long, value_name = "FILE", default_value = "minewatch-pool.spool")]
    spool: std::path::PathBuf,
    /// This front-end's number (0-255) among those sharing one ledger: the top byte of every
    /// extranonce1, so no two front-ends hand out the same work. Default: the next from the
    /// PostgreSQL database's sequence (0 with SQLite).
    #[arg(long, value_name = "N")]
    instance: Option<u8>,
    /// With a PostgreSQL --db: keep shares this many days (the leader drops each day's
    /// partition of shares once it is older; credits and blocks stay). Keep more days than a
    /// PPLNS window spans. Default: keep every share.
    #[arg(long, value_name = "DAYS")]
    retention_days: Option<u32>,
    /// The lowest share difficulty a miner may ask for (`mining.suggest_difficulty`) or vardiff
    /// may set. Default 1e-6; load generators that do not hash ask for far less.
    #[arg(long, value_name = "D")]
    min_difficulty: Option<f64>,
    /// With a PostgreSQL --db: record this front-end's --scheme and --fee as the ledger's, where
    /// they differ from what its front-ends pay under (stop every front-end first). Without it
    /// a front-end started with other terms is refused.
    #[arg(long)]
    change_terms: bool,
    #[command(flatten)]
    limits: StratumLimitArgs,
}

/// What one Stratum client may hold of the pool (`minewatch pool`, and the pool inside
/// `minewatch serve`); docs/limits.md says what each bounds.
#[derive(Debug, Args)]
#[command(next_help_heading = "Stratum limits")]
pub(crate) struct StratumLimitArgs {
    /// Most simultaneous Stratum connections (more are closed at once).
    #[arg(long, default_value_t = 20_000)]
    max_connections: usize,
    /// A Stratum connection silent this long is closed (90s, 10m, 1h).
    #[arg(long, default_value = "600s")]
    idle_timeout: String,
    /// Longest Stratum line, bytes (a longer one gets an error and a disconnect).
    #[arg(long, default_value_t = 16 * 1024)]
    max_line_bytes: usize,
    /// Most worker names one connection may authorize.
    #[arg(long, default_value_t = 256)]
    max_names_per_connection: usize,
    /// Most authorized worker names all connections hold together.
    #[arg(long, default_value_t = 100_000)]
    max_names: usize,
    /// Most workers with statistics (a name enters with its first valid share; idle ones are
    /// forgotten first when full).
    #[arg(long, default_value_t = 100_000)]
    max_workers: usize,
    /// A worker with no accepted share for this long leaves the statistics (its earnings stay
    /// in the ledger).
    #[arg(long, default_value = "24h")]
    worker_idle: String,
}

impl StratumLimitArgs {
    /// `config` with these limits, each checked.
    pub(crate) fn apply(&self, config: PoolConfig) -> anyhow::Result<PoolConfig> {
        Ok(PoolConfig {
            max_connections: count_within("--max-connections", self.max_connections, 1, 1_000_000)?,
            idle_timeout: duration_within(
                "--idle-timeout",
                &self.idle_timeout,
                1.0,
                7.0 * 86_400.0,
            )?,
            max_line: count_within("--max-line-bytes", self.max_line_bytes, 1024, 1 << 20)?,
            max_workers_per_connection: count_within(
                "--max-names-per-connection",
                self.max_names_per_connection,
                1,
                100_000,
            )?,
            max_authorized_names: count_within("--max-names", self.max_names, 1, 10_000_000)?,
            max_workers: count_within("--max-workers", self.max_workers, 1, 10_000_000)?,
            worker_idle: duration_within(
                "--worker-idle",
                &self.worker_idle,
                60.0,
                365.0 * 86_400.0,
            )?,
            ..config
        })
    }
}

pub(crate) fn pool(args: &PoolArgs, _ctx: &Context) -> anyhow::Result<Outcome> {
    let node_url: Option<NodeUrl> = match args.chain.as_str() {
        "embedded" => None,
        other => Some(other.parse()?),
    };
    if node_url.is_none() && args.rpc_cookie.is_some() {
        bail!("--rpc-cookie needs --chain bitcoind://HOST:PORT");
    }
    let payout_script = match &args.payout_script {
        Some(h) => minewatch_pow::hex::decode(h)
            .ok()
            .filter(|s| !s.is_empty() && s.len() <= 10_000)
            .with_context(|| format!("invalid --payout-script {h:?}: expected a script in hex"))?,
        None => vec![0x51],
    };
    let db_name = minewatch_stratum::store::redacted(&args.db);
    if args.retention_days.is_some() && !minewatch_stratum::store::is_postgres_url(&args.db) {
        bail!(
            "--retention-days needs --db postgres://... (shares are partitioned by day there; one SQLite file keeps every share)"
        );
    }
    let mut store = Store::open_spec(&args.db).with_context(|| format!("cannot open {db_name}"))?;
    if let Some(days) = args.retention_days {
        store = store
            .with_retention(days)
            .with_context(|| format!("invalid --retention-days {days}"))?;
    }
    // The spool is the serving front-end's (a summary only reads the database).
    if store.kind() == "postgres" && !args.summary {
        store = store
            .with_spool(&args.spool)
            .with_context(|| format!("cannot use the spool {}", args.spool.display()))?;
        if store.spool_depth() > 0 {
            let n = store.drain().with_context(|| {
                format!(
                    "cannot replay the spool {} into {db_name}",
                    args.spool.display()
                )
            })?;
            output::stderr_line(&format!("replayed {n} spooled shares into {db_name}"));
        }
    }
    let instance = match args.instance {
        Some(n) => n,
        None if args.summary => 0,
        None => store
            .claim_instance()
            .with_context(|| format!("cannot claim an instance number in {db_name}"))?,
    };
    let scheme: Scheme = args.scheme.parse().map_err(anyhow::Error::msg)?;
    if !(0.0..1.0).contains(&args.fee) {
        bail!(
            "invalid --fee {}: expected a fraction from 0 to below 1",
            args.fee
        );
    }
    if store.kind() == "postgres" && !args.summary {
        store
            .agree_terms(scheme, args.fee, args.change_terms)
            .with_context(|| format!("cannot start a front-end on {db_name}"))?;
    }
    let defaults = PoolConfig::default();
    let min_difficulty = match args.min_difficulty {
        Some(d) if d.is_finite() && d > 0.0 && d <= defaults.initial_difficulty => d,
        Some(d) => bail!(
            "invalid --min-difficulty {d}: expected a positive number at most the starting difficulty {}",
            defaults.initial_difficulty
        ),
        None => defaults.min_difficulty,
    };
    let config = args.limits.apply(PoolConfig {
        scheme,
        pool_fee: args.fee,
        payout_script,
        instance,
        leader_credits: store.kind() == "postgres",
        min_difficulty,
        ..defaults
    })?;
    if let Some(url) = node_url {
        return pool_on_node(args, config, store, &url);
    }
    let pool =
        Pool::open(config, store).with_context(|| format!("cannot resume from {db_name}"))?;
    if args.summary {
        let s = pool.stored()?;
        let balances = pool.balances()?;
        output::stdout(&format!(
            "{}\n",
            json!({"shares": s.shares, "blocks": s.blocks, "height": pool.height(), "balances": balances})
        ));
        return Ok(Outcome::Ok);
    }
    let rt = runtime()?;
    rt.block_on(async {
        let listener = TcpListener::bind(args.listen).await.with_context(|| format!("cannot listen on {}", args.listen))?;
        output::stderr_line(&format!(
            "stratum pool on stratum+tcp://{} (embedded regtest chain at height {}, recording to {})",
            listener.local_addr()?,
            pool.height(),
            minewatch_stratum::store::redacted(&args.db)
        ));
        let v2 = bind_v2(args).await?;
        run_pool(args, &pool, listener, v2, None).await
    })
}

/// `minewatch pool --chain bitcoind://...`: work from a Bitcoin Core node.
fn pool_on_node(
    args: &PoolArgs,
    config: PoolConfig,
    mut store: Store,
    url: &NodeUrl,
) -> anyhow::Result<Outcome> {
    if args.summary {
        let s = store.summary()?;
        let balances = store.balances()?;
        output::stdout(&format!(
            "{}\n",
            json!({"shares": s.shares, "blocks": s.blocks, "height": null, "balances": balances})
        ));
        return Ok(Outcome::Ok);
    }
    let mut rpc = Rpc::new(url, Duration::from_secs(30));
    if let Some(cookie) = &args.rpc_cookie {
        rpc = rpc.with_auth(Auth::Cookie(cookie.clone()));
    }
    let rt = runtime()?;
    rt.block_on(async {
        let network = rpc.network().await.context("cannot use the node")?;
        if network != minewatch_pow::Network::Regtest && args.payout_script.is_none() {
            bail!("--payout-script is required on {network}: the default OP_TRUE output would give the reward away");
        }
        let first = node::fetch_template(&rpc, &config.payout_script, b"/minewatch/")
            .await
            .context("cannot get a block template from the node")?;
        let height = first.height;
        let (pool, found) = Pool::with_node(config, store, minewatch_pow::Params::new(network), first);
        let listener = TcpListener::bind(args.listen).await.with_context(|| format!("cannot listen on {}", args.listen))?;
        output::stderr_line(&format!(
            "stratum pool on stratum+tcp://{} (bitcoin core {network} at {}, mining height {height}, recording to {}, instance {})",
            listener.local_addr()?,
            url.endpoint,
            minewatch_stratum::store::redacted(&args.db),
            pool.instance()
        ));
        let v2 = bind_v2(args).await?;
        let (stop, stop_rx) = oneshot::channel::<()>();
        let driver = tokio::spawn(node::drive(pool.clone(), rpc, found, DriverConfig::default(), async { let _ = stop_rx.await; }));
        let r = run_pool(args, &pool, listener, v2, Some(stop)).await;
        let _ = driver.await;
        r
    })
}

/// The authority key in `path`, or a new one written there (owner-only) when it is missing.
fn load_or_create_key(path: &std::path::Path) -> anyhow::Result<(AuthorityKey, bool)> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let key = AuthorityKey::parse(&text)
                .with_context(|| format!("invalid V2 authority key in {}", path.display()))?;
            Ok((key, false))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = AuthorityKey::generate();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut f = options
                .open(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            std::io::Write::write_all(&mut f, format!("{}\n", key.to_secret_string()).as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
            Ok((key, true))
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// The V2 listener and its responder, when `--sv2` is given.
async fn bind_v2(args: &PoolArgs) -> anyhow::Result<Option<(TcpListener, Arc<Responder>)>> {
    let Some(addr) = args.sv2 else {
        return Ok(None);
    };
    let validity = duration_within(
        "--sv2-cert-validity",
        &args.sv2_cert_validity,
        60.0,
        366.0 * 86_400.0,
    )?;
    let (key, created) = load_or_create_key(&args.sv2_key)?;
    let listener = TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr} (--sv2)"))?;
    let validity = u32::try_from(validity.as_secs()).unwrap_or(u32::MAX);
    output::stderr_line(&format!(
        "stratum V2 on stratum2+tcp://{}/{} (authority key {} {})",
        listener.local_addr()?,
        key.public(),
        if created { "created in" } else { "from" },
        args.sv2_key.display()
    ));
    Ok(Some((listener, Arc::new(Responder::new(key, validity)))))
}

/// Serves the pool until interrupted, printing events and worker figures.
async fn run_pool(
    args: &PoolArgs,
    pool: &Arc<Pool>,
    listener: TcpListener,
    v2: Option<(TcpListener, Arc<Responder>)>,
    also_stop: Option<oneshot::Sender<()>>,
) -> anyhow::Result<Outcome> {
    let mut events = pool.events();
    let (stop, stop_rx) = oneshot::channel::<()>();
    let (stop_v2, stop_v2_rx) = oneshot::channel::<()>();
    let server = tokio::spawn(pool::serve(listener, pool.clone(), async {
        let _ = stop_rx.await;
    }));
    let server_v2 = v2.map(|(l, responder)| {
        tokio::spawn(pool::serve_v2(l, pool.clone(), responder, async {
            let _ = stop_v2_rx.await;
        }))
    });
    if let Some(addr) = args.metrics {
        let l = TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr} for --metrics"))?;
        output::stderr_line(&format!("metrics on http://{}/metrics", l.local_addr()?));
        let pool = pool.clone();
        tokio::spawn(async move {
            if let Err(e) = minewatch_stratum::metrics::serve(l, pool).await {
                tracing::error!("metrics server failed: {e}");
            }
        });
    }
    let int = interrupted();
    tokio::pin!(int);
    let mut tick = tokio::time::interval(Duration::from_secs(10));
    tick.tick().await;
    loop {
        tokio::select! {
            () = &mut int => break,
            _ = tick.tick() => {
                let workers: Vec<serde_json::Value> = pool
                    .workers()
                    .into_iter()
                    .map(|w| json!({"worker": w.name, "accepted": w.accepted, "rejected": w.rejected, "hashrate": w.hashrate}))
                    .collect();
                if args.json {
                    output::stdout(&format!("{}\n", json!({"event": "workers", "height": pool.height(), "workers": workers})));
                } else {
                    let total: f64 = pool.workers().iter().map(|w| w.hashrate).sum();
                    output::stderr_line(&format!("height {}, {} workers, {:.2} MH/s from accepted difficulty", pool.height(), workers.len(), total / 1e6));
                }
            }
            ev = events.recv() => {
                let Ok(ev) = ev else { continue };
                let v = match &ev {
                    PoolEvent::ShareAccepted { worker, difficulty, share_difficulty } => json!({"event": "share", "accepted": true, "worker": worker, "difficulty": difficulty, "share_difficulty": share_difficulty}),
                    PoolEvent::ShareRejected { worker, code, reason } => json!({"event": "share", "accepted": false, "worker": worker, "code": code, "reason": reason}),
                    PoolEvent::BlockFound { height, hash, worker } => json!({"event": "block", "height": height, "hash": hash.to_string(), "worker": worker}),
                    PoolEvent::Difficulty { worker, difficulty } => json!({"event": "difficulty", "worker": worker, "difficulty": difficulty}),
                    PoolEvent::BlockSubmitted { height, hash, rejected } => json!({"event": "submitted", "height": height, "hash": hash.to_string(), "accepted": rejected.is_none(), "reason": rejected}),
                    _ => json!({"event": "other"}),
                };
                if args.json {
                    output::stdout(&format!("{v}\n"));
                } else if let PoolEvent::BlockFound { height, hash, worker } = &ev {
                    output::stderr_line(&format!("block {height} found by {worker}: {hash}"));
                } else if let PoolEvent::BlockSubmitted { height, hash, rejected } = &ev {
                    match rejected {
                        None => output::stderr_line(&format!("node accepted block {height}: {hash}")),
                        Some(r) => output::stderr_line(&format!("node refused block {height} ({hash}): {r}")),
                    }
                }
            }
        }
    }
    let _ = stop.send(());
    let _ = stop_v2.send(());
    if let Some(s) = also_stop {
        let _ = s.send(());
    }
    let _ = server.await;
    if let Some(s) = server_v2 {
        let _ = s.await;
    }
    output::stderr_line(&format!("pool stopped at height {}", pool.height()));
    Ok(Outcome::Ok)
}
