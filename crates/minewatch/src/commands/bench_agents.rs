//! `minewatch bench agents`: what one server takes from a fleet of agents. Simulated agents
//! (tasks in this process, each with its own id) post reports as fast as the server answers
//! them, closed loop, to a `minewatch serve` server running in this process on 127.0.0.1:
//! heartbeats (no alerts) and reports of alerts (each alert new). SQLite and PostgreSQL side by
//! side in one run; with PostgreSQL also the bytes an alert takes in the database.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_api::db::{AgentAlert, AgentFacts, AgentReport};
use minewatch_api::{Config, Rate, Scope, Server};
use serde_json::json;

use crate::Outcome;
use crate::output::{self, Context};

#[derive(Debug, Args)]
pub(crate) struct AgentsBenchArgs {
    /// Simulated agents, each posting its next report once the last is answered.
    #[arg(long, default_value_t = 200)]
    agents: usize,
    /// Seconds of each workload.
    #[arg(long, default_value_t = 5.0)]
    seconds: f64,
    /// Alerts in each report of the alerts workload.
    #[arg(long, default_value_t = 1)]
    alerts_per_report: usize,
    /// Also measure on this PostgreSQL database (postgres://USER@HOST:PORT/DB), in a scratch
    /// schema dropped afterwards, beside SQLite in the same run.
    #[arg(long, value_name = "URL")]
    db: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

fn alert(agent: usize, n: u64) -> AgentAlert {
    AgentAlert {
        key: format!("a{agent}-{n}"),
        time: None,
        source: "host".into(),
        severity: "critical".into(),
        title: format!("miner process xmrig (pid {})", 1000 + n),
        subject: "/tmp/.cache/kworkerds".into(),
        // About the size of a real host alert's evidence (1.5 KB of JSON).
        detail: json!({
            "report": {"verdict": "miner", "confidence": 0.93, "facts": {"pid": 1000 + n, "name": "kworkerds",
                "exe": "/tmp/.cache/kworkerds", "cmdline": ["kworkerds", "-o", "stratum+tcp://pool.example:3333", "-u", "4".repeat(95), "--donate-level", "1"],
                "cpu_seconds": 512.3, "rss": 2_400_000_000_u64, "threads": 4},
                "signals": [
                    {"id": "host.cmdline-stratum", "weight": 10, "evidence": "stratum+tcp://pool.example:3333"},
                    {"id": "host.exe-miner-code", "weight": 10, "evidence": "RandomX and CryptoNight code in the executable (12 marks)"},
                    {"id": "host.kernel-thread-disguise", "weight": 8, "evidence": "named like a kernel thread, but has an executable"},
                    {"id": "host.compute-only", "weight": 3, "evidence": "3.97 cores busy with 0 bytes of I/O and 4 waits per CPU-second"}]},
            "cost": {"victim_usd": 0.0123, "attacker_usd": 0.0041, "energy_kwh": 0.082},
            "response": null,
        }),
    }
}

/// One workload against one server: `alerts` per report (0: heartbeats).
async fn workload(
    base: &str,
    key: &str,
    agents: usize,
    alerts: usize,
    seconds: f64,
    run: u64,
) -> anyhow::Result<serde_json::Value> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(agents)
        .timeout(Duration::from_secs(30))
        .build()?;
    let url = format!("{base}v1/agents/report");
    let until = Instant::now() + Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..agents {
        let (http, url, key) = (http.clone(), url.clone(), key.to_owned());
        tasks.spawn(async move {
            let facts = AgentFacts {
                id: format!("bench-{run}-{i}"),
                hostname: format!("host-{i}"),
                facts: json!({"kernel": "6.1.0", "arch": "x86_64", "cpus": 8, "minewatch": env!("CARGO_PKG_VERSION")}),
            };
            let mut lat = Vec::new();
            let mut errors = 0u64;
            let mut n = 0u64;
            while Instant::now() < until {
                let report = AgentReport {
                    agent: facts.clone(),
                    alerts: (0..alerts)
                        .map(|_| {
                            n += 1;
                            alert(i, n)
                        })
                        .collect(),
                };
                let t = Instant::now();
                match http.post(&url).bearer_auth(&key).json(&report).send().await {
                    Ok(r) if r.status().is_success() => lat.push(t.elapsed()),
                    _ => errors += 1,
                }
            }
            (lat, errors)
        });
    }
    let mut lat = Vec::new();
    let mut errors = 0;
    while let Some(r) = tasks.join_next().await {
        let (l, e) = r?;
        lat.extend(l);
        errors += e;
    }
    let elapsed = started.elapsed().as_secs_f64();
    lat.sort();
    let ms = |q: f64| {
        lat.get(((lat.len() as f64 - 1.0) * q).round() as usize)
            .map_or(0.0, |d| d.as_secs_f64() * 1e3)
    };
    Ok(json!({
        "alerts_per_report": alerts,
        "reports": lat.len(),
        "errors": errors,
        "reports_per_sec": lat.len() as f64 / elapsed,
        "alerts_per_sec": (lat.len() * alerts) as f64 / elapsed,
        "p50_ms": ms(0.5),
        "p99_ms": ms(0.99),
        "seconds": elapsed,
    }))
}

/// Both workloads against a server on `config`.
fn run_on(config: Config, a: &AgentsBenchArgs, name: &str) -> anyhow::Result<serde_json::Value> {
    let server = Server::open(Config {
        stratum: None,
        offline: true,
        // One key for the whole fleet here: no per-key limit in the way of the measurement.
        per_key: Rate {
            burst: u32::MAX,
            per_second: 1e9,
        },
        per_ip: Rate {
            burst: u32::MAX,
            per_second: 1e9,
        },
        ..config
    })?;
    let key = server
        .state()
        .keys
        .create_blocking("bench", Scope::Agent)
        .map_err(|e| anyhow::anyhow!("{}", e.message))?
        .key;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async {
        server.start_background().await?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://{}/", listener.local_addr()?);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let serving = server.serve(listener, async {
            let _ = stopped.await;
        });
        let work = async {
            let beats = workload(&base, &key, a.agents, 0, a.seconds, 0).await;
            let alerts = workload(&base, &key, a.agents, a.alerts_per_report, a.seconds, 1).await;
            let _ = stop.send(());
            anyhow::Ok(json!({"db": name, "heartbeats": beats?, "alerts": alerts?}))
        };
        let (served, measured) = tokio::join!(serving, work);
        served?;
        measured
    })
}

pub(crate) fn agents_bench(a: &AgentsBenchArgs, _ctx: &Context) -> anyhow::Result<Outcome> {
    if !(1..=10_000).contains(&a.agents) {
        bail!("invalid --agents {}: expected 1 to 10000", a.agents);
    }
    if !(a.seconds.is_finite() && (0.5..=600.0).contains(&a.seconds)) {
        bail!("invalid --seconds {}: expected 0.5 to 600", a.seconds);
    }
    if !(1..=minewatch_api::db::MAX_REPORT_ALERTS).contains(&a.alerts_per_report) {
        bail!(
            "invalid --alerts-per-report {}: expected 1 to {}",
            a.alerts_per_report,
            minewatch_api::db::MAX_REPORT_ALERTS
        );
    }
    let mut runs = Vec::new();
    let dir = std::env::temp_dir().join(format!("minewatch-bench-agents-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let lite = run_on(Config::in_dir(&dir), a, "sqlite");
    let _ = std::fs::remove_dir_all(&dir);
    runs.push(lite?);
    if let Some(url) = &a.db {
        if !minewatch_api::db::is_postgres_url(url) {
            bail!("invalid --db: expected a postgres:// URL");
        }
        let schema = format!("minewatch_bench_agents_{}", std::process::id());
        let scratch = minewatch_stratum::store::create_scratch_schema(url, &schema)
            .with_context(|| format!("cannot use {}", minewatch_stratum::store::redacted(url)))?;
        let run = run_on(
            Config {
                database: Some(scratch.clone()),
                ..Config::default()
            },
            a,
            "postgres",
        )
        .and_then(|mut v| {
            v["bytes_per_alert"] = json!(bytes_per_alert(&scratch)?);
            Ok(v)
        });
        let dropped = minewatch_stratum::store::drop_scratch_schema(url, &schema);
        runs.push(run?);
        dropped.with_context(|| format!("cannot drop the bench's schema {schema}"))?;
    }
    if a.json {
        let v = json!({"agents": a.agents, "runs": runs});
        output::stdout(&(serde_json::to_string_pretty(&v)? + "\n"));
    } else {
        let mut out = String::new();
        for r in &runs {
            for w in ["heartbeats", "alerts"] {
                let v = &r[w];
                let _ = writeln!(
                    out,
                    "{:<8} {w:<10} {} agents: {:.0} reports/s ({:.0} alerts/s), p50 {:.1} ms, p99 {:.1} ms, {} errors",
                    r["db"].as_str().unwrap_or(""),
                    a.agents,
                    v["reports_per_sec"].as_f64().unwrap_or(0.0),
                    v["alerts_per_sec"].as_f64().unwrap_or(0.0),
                    v["p50_ms"].as_f64().unwrap_or(0.0),
                    v["p99_ms"].as_f64().unwrap_or(0.0),
                    v["errors"],
                );
            }
            if let Some(b) = r["bytes_per_alert"].as_f64() {
                let _ = writeln!(
                    out,
                    "postgres: {b:.0} bytes per stored alert (table and indexes)"
                );
            }
        }
        output::stdout(&out);
    }
    Ok(Outcome::Ok)
}

/// The alerts table's size over its rows, after VACUUM ANALYZE.
fn bytes_per_alert(url: &str) -> anyhow::Result<f64> {
    minewatch_stratum::store::off_runtime(|| {
        let mut c = minewatch_stratum::store::open_postgres(url)?;
        c.batch_execute("VACUUM ANALYZE alerts")?;
        let row = c.query_one(
            "SELECT pg_total_relation_size('alerts')::FLOAT8, COUNT(*)::FLOAT8 FROM alerts",
            &[],
        )?;
        let (size, n): (f64, f64) = (row.get(0), row.get(1));
        anyhow::Ok(if n > 0.0 { size / n } else { 0.0 })
    })
    .context("cannot measure the alerts table")
}
