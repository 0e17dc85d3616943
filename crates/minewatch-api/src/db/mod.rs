//! The server's database: API keys, scan results, alerts, hashrate history and the agents
//! that report to it.
//!
//! Two engines hold it, with one schema ([`SCHEMA`], the same versioned-migration policy as the
//! pool's ledger, recorded in `api_migrations`):
//! - SQLite, one file in the data directory (the pool's shares, ledger and blocks live in the
//!   same file, written by `minewatch-stratum`'s store). WAL with `synchronous=FULL`: a record
//!   is committed, and survives the process being killed or the machine losing power, before
//!   the request that made it is answered.
//! - PostgreSQL (`minewatch serve --db postgres://...`): any number of server replicas on one
//!   database. Every alert committed is announced with `NOTIFY minewatch_alerts` in its own
//!   transaction, and each replica listens ([`Db::listen_alerts`]), so a live subscriber of any
//!   replica sees alerts that arrived at any other.
//!
//! Handlers call [`Db::run`] with a closure over [`Engine`], the operations both engines do.

use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use minewatch_stratum::store::{Migration, Schema, SchemaError};

mod postgres;
mod sqlite;

/// A database failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DbError {
    /// SQLite said no.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL said no, or could not be reached.
    #[error("database (PostgreSQL): {0}")]
    Postgres(#[from] ::postgres::Error),
    /// The schema could not be brought up to date (or is newer than this build).
    #[error("{0}")]
    Schema(#[from] SchemaError),
    /// An agent id is enrolled with another key that is still valid.
    #[error(
        "agent {agent:?} reports with key {enrolled}, which is not revoked: revoke it to move the agent to this key, or give this agent a spool of its own"
    )]
    AgentKey {
        /// The agent.
        agent: String,
        /// The key it is enrolled with.
        enrolled: String,
    },
    /// The blocking task died.
    #[error("database task failed: {0}")]
    Task(String),
}

/// The server's schema, oldest first. Versions 1 and 2 are what SQLite files recorded in
/// `PRAGMA user_version` before migrations were recorded in `api_migrations`; such a file adopts
/// them as they are.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "keys, scans, alerts, hashrate history",
        sqlite: "CREATE TABLE api_keys (
                     id TEXT PRIMARY KEY,
                     name TEXT NOT NULL,
                     scope TEXT NOT NULL,
                     hash TEXT NOT NULL,
                     created INTEGER NOT NULL,
                     revoked INTEGER
                 );
                 CREATE TABLE scans (
                     id INTEGER PRIMARY KEY AUTOINCREMENT,
                     created INTEGER NOT NULL,
                     kind TEXT NOT NULL,
                     target TEXT NOT NULL,
                     verdict TEXT NOT NULL,
                     score INTEGER NOT NULL,
                     families TEXT NOT NULL,
                     files INTEGER NOT NULL,
                     bytes INTEGER NOT NULL,
                     report TEXT NOT NULL
                 );
                 CREATE INDEX scans_verdict ON scans(verdict, id);
                 CREATE TABLE alerts (
                     id INTEGER PRIMARY KEY AUTOINCREMENT,
                     created INTEGER NOT NULL,
                     source TEXT NOT NULL,
                     severity TEXT NOT NULL,
                     title TEXT NOT NULL,
                     subject TEXT NOT NULL,
                     scan_id INTEGER,
                     detail TEXT NOT NULL
                 );
                 CREATE INDEX alerts_source ON alerts(source, id);
                 CREATE TABLE hashrate (
                     id INTEGER PRIMARY KEY AUTOINCREMENT,
                     time INTEGER NOT NULL,
                     source TEXT NOT NULL,
                     hashrate REAL NOT NULL
                 );
                 CREATE INDEX hashrate_time ON hashrate(source, time);",
        postgres: "CREATE TABLE api_keys (
                       id TEXT PRIMARY KEY,
                       name TEXT NOT NULL,
                       scope TEXT NOT NULL,
                       hash TEXT NOT NULL,
                       created BIGINT NOT NULL,
                       revoked BIGINT
                   );
                   CREATE TABLE scans (
                       id BIGSERIAL PRIMARY KEY,
                       created BIGINT NOT NULL,
                       kind TEXT NOT NULL,
                       target TEXT NOT NULL,
                       verdict TEXT NOT NULL,
                       score BIGINT NOT NULL,
                       families TEXT NOT NULL,
                       files BIGINT NOT NULL,
                       bytes BIGINT NOT NULL,
                       report TEXT NOT NULL
                   );
                   CREATE INDEX scans_verdict ON scans(verdict, id);
                   CREATE TABLE alerts (
                       id BIGSERIAL PRIMARY KEY,
                       created BIGINT NOT NULL,
                       source TEXT NOT NULL,
                       severity TEXT NOT NULL,
                       title TEXT NOT NULL,
                       subject TEXT NOT NULL,
                       scan_id BIGINT,
                       detail TEXT NOT NULL
                   );
                   CREATE INDEX alerts_source ON alerts(source, id);
                   CREATE TABLE hashrate (
                       id BIGSERIAL PRIMARY KEY,
                       time BIGINT NOT NULL,
                       source TEXT NOT NULL,
                       hashrate DOUBLE PRECISION NOT NULL
                   );
                   CREATE INDEX hashrate_time ON hashrate(source, time);",
    },
    Migration {
        version: 2,
        name: "a scan's alert is looked up by its scan",
        sqlite: "CREATE INDEX alerts_scan ON alerts(scan_id);",
        postgres: "CREATE INDEX alerts_scan ON alerts(scan_id);",
    },
    Migration {
        version: 3,
        name: "agents, and alerts they report (unique by agent and idempotency key)",
        sqlite: "ALTER TABLE alerts ADD COLUMN agent TEXT;
                 ALTER TABLE alerts ADD COLUMN idem TEXT;
                 CREATE UNIQUE INDEX alerts_idem ON alerts(agent, idem);
                 CREATE TABLE agents (
                     id TEXT PRIMARY KEY,
                     key_id TEXT NOT NULL,
                     hostname TEXT NOT NULL,
                     facts TEXT NOT NULL,
                     address TEXT,
                     first_seen INTEGER NOT NULL,
                     last_seen INTEGER NOT NULL,
                     alerts INTEGER NOT NULL DEFAULT 0
                 );",
        postgres: "ALTER TABLE alerts ADD COLUMN agent TEXT;
                   ALTER TABLE alerts ADD COLUMN idem TEXT;
                   CREATE UNIQUE INDEX alerts_idem ON alerts(agent, idem);
                   CREATE TABLE agents (
                       id TEXT PRIMARY KEY,
                       key_id TEXT NOT NULL,
                       hostname TEXT NOT NULL,
                       facts TEXT NOT NULL,
                       address TEXT,
                       first_seen BIGINT NOT NULL,
                       last_seen BIGINT NOT NULL,
                       alerts BIGINT NOT NULL DEFAULT 0
                   );",
    },
];

/// The server's schema: [`MIGRATIONS`], recorded in `api_migrations`.
pub const SCHEMA: Schema = Schema {
    what: "server",
    table: "api_migrations",
    // "minewats" in ASCII: not the pool's lock, so a server and pools may migrate at once.
    lock: 0x6d69_6e65_7761_7473,
    migrations: MIGRATIONS,
};

/// The PostgreSQL channel new alerts are announced on (the payload is the alert's id).
pub const ALERT_CHANNEL: &str = "minewatch_alerts";

/// An API key as stored (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct KeyRow {
    /// Its id (the part of the key before the secret).
    pub id: String,
    /// A name for people.
    pub name: String,
    /// `agent`, `read`, `write` or `admin`.
    pub scope: String,
    /// Unix time it was made.
    pub created: i64,
    /// Unix time it was revoked, if it was.
    pub revoked: Option<i64>,
    /// SHA-256 of the secret, hex.
    #[serde(skip)]
    pub hash: String,
}

/// A stored scan, summarised.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ScanRow {
    /// Stable id.
    pub id: i64,
    /// Unix time.
    pub created: i64,
    /// `content`, `package`, `pcap` or `url`.
    pub kind: String,
    /// File name or URL.
    pub target: String,
    /// `miner`, `suspicious` or `clean` (the worst over the files).
    pub verdict: String,
    /// The highest score.
    pub score: i64,
    /// Miner families seen.
    pub families: Vec<String>,
    /// Files scanned.
    pub files: i64,
    /// Bytes scanned.
    pub bytes: i64,
}

/// An alert.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct AlertRow {
    /// Stable id.
    pub id: i64,
    /// Unix time.
    pub created: i64,
    /// What raised it: `scan`, `pool`, ...
    pub source: String,
    /// `critical` (a miner), `warning` (suspicious) or `info`.
    pub severity: String,
    /// One line.
    pub title: String,
    /// What it is about (a file, URL, worker).
    pub subject: String,
    /// The scan with the evidence, for scan alerts.
    pub scan_id: Option<i64>,
    /// The evidence in short.
    #[schema(value_type = Object)]
    pub detail: serde_json::Value,
    /// The agent that reported it (`minewatch watch --report`), if one did.
    pub agent: Option<String>,
}

/// One hashrate sample.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
pub struct HashratePoint {
    /// Unix time.
    pub time: i64,
    /// Hashes per second.
    pub hashrate: f64,
}

/// A scan to store.
#[derive(Debug, Clone)]
pub struct NewScan {
    /// `content`, `package` or `url`.
    pub kind: String,
    /// File name or URL.
    pub target: String,
    /// Worst verdict.
    pub verdict: String,
    /// Highest score.
    pub score: i64,
    /// Families.
    pub families: Vec<String>,
    /// Files.
    pub files: i64,
    /// Bytes.
    pub bytes: i64,
    /// The full reports, JSON.
    pub report: serde_json::Value,
}

/// An alert to store.
#[derive(Debug, Clone)]
pub struct NewAlert {
    /// Source.
    pub source: String,
    /// Severity.
    pub severity: String,
    /// Title.
    pub title: String,
    /// Subject.
    pub subject: String,
    /// Scan id.
    pub scan_id: Option<i64>,
    /// Detail.
    pub detail: serde_json::Value,
}

/// Filters on alert listings.
#[derive(Debug, Clone, Default)]
pub struct AlertFilter {
    /// Only this source.
    pub source: Option<String>,
    /// Only this severity.
    pub severity: Option<String>,
    /// Only alerts this agent reported.
    pub agent: Option<String>,
}

/// An agent's report: who it is, and alerts it holds (possibly none: a heartbeat).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
pub struct AgentReport {
    /// The agent.
    pub agent: AgentFacts,
    /// Alerts, oldest first. Each is stored once per agent and key, however often it is sent.
    #[serde(default)]
    pub alerts: Vec<AgentAlert>,
}

/// Who an agent is.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
pub struct AgentFacts {
    /// Its stable id (made once, kept in its spool directory): 1 to 64 of `A-Za-z0-9._-`.
    pub id: String,
    /// The host's name (or the name the agent was given).
    pub hostname: String,
    /// Host facts: operating system, kernel, architecture, CPUs, minewatch's version.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub facts: serde_json::Value,
}

/// An alert an agent reports.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, ToSchema)]
pub struct AgentAlert {
    /// Idempotency key: the same key from the same agent is stored once (1 to 64 of
    /// `A-Za-z0-9._-`).
    pub key: String,
    /// Unix time the agent raised it (the server's time when absent or in the future).
    pub time: Option<i64>,
    /// What raised it: `host`, ...
    pub source: String,
    /// `critical`, `warning` or `info`.
    pub severity: String,
    /// One line.
    pub title: String,
    /// What it is about.
    pub subject: String,
    /// The evidence.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub detail: serde_json::Value,
}

impl AgentAlert {
    /// The alert to store (its agent, key and time are stored beside it).
    pub fn to_new_alert(&self) -> NewAlert {
        NewAlert {
            source: self.source.clone(),
            severity: self.severity.clone(),
            title: self.title.clone(),
            subject: self.subject.clone(),
            scan_id: None,
            detail: self.detail.clone(),
        }
    }
}

/// What became of a report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reported {
    /// Alerts stored now, as stored.
    pub stored: Vec<AlertRow>,
    /// Alerts this agent had reported before (same key): nothing was written.
    pub duplicates: usize,
}

/// An agent as the server knows it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct AgentRow {
    /// Its id.
    pub id: String,
    /// The API key it reports with.
    pub key_id: String,
    /// Its host's name.
    pub hostname: String,
    /// Host facts it sent last.
    #[schema(value_type = Object)]
    pub facts: serde_json::Value,
    /// The address its last report came from.
    pub address: Option<String>,
    /// Unix time of its first report.
    pub first_seen: i64,
    /// Unix time of its last report (heartbeats included).
    pub last_seen: i64,
    /// Alerts it has reported.
    pub alerts: i64,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// What both engines do.
#[allow(clippy::missing_errors_doc)]
pub trait Engine: Send {
    /// Stores a key.
    fn insert_key(&mut self, key: &KeyRow) -> Result<(), DbError>;
    /// Every key, newest first.
    fn keys(&mut self) -> Result<Vec<KeyRow>, DbError>;
    /// Revokes a key; `false` if there is no such key.
    fn revoke_key(&mut self, id: &str) -> Result<bool, DbError>;
    /// Stores a scan and, in the same transaction, its alert (given the scan's id).
    fn insert_scan(
        &mut self,
        scan: &NewScan,
        alert: Option<NewAlert>,
    ) -> Result<(ScanRow, Option<AlertRow>), DbError>;
    /// One scan and its full report.
    fn scan(&mut self, id: i64) -> Result<Option<(ScanRow, serde_json::Value)>, DbError>;
    /// Scans newest first, before id `before`, optionally of one verdict.
    fn scans(
        &mut self,
        before: Option<i64>,
        limit: u32,
        verdict: Option<&str>,
    ) -> Result<Vec<ScanRow>, DbError>;
    /// Stores an alert; returns its row.
    fn insert_alert(&mut self, alert: &NewAlert) -> Result<AlertRow, DbError>;
    /// One alert.
    fn alert(&mut self, id: i64) -> Result<Option<AlertRow>, DbError>;
    /// The alert a scan raised, if any.
    fn alert_for_scan(&mut self, scan_id: i64) -> Result<Option<AlertRow>, DbError>;
    /// Alerts newest first.
    fn alerts(
        &mut self,
        before: Option<i64>,
        limit: u32,
        filter: &AlertFilter,
    ) -> Result<Vec<AlertRow>, DbError>;
    /// Records hashrate samples (source, H/s) at `time` and forgets samples older than
    /// `keep_s` seconds.
    fn record_hashrate(
        &mut self,
        time: i64,
        samples: &[(&str, f64)],
        keep_s: i64,
    ) -> Result<(), DbError>;
    /// Samples of `source` since `since`, oldest first, at most `limit`.
    fn hashrate(
        &mut self,
        source: &str,
        since: i64,
        limit: u32,
    ) -> Result<Vec<HashratePoint>, DbError>;
    /// Records an agent's report in one transaction: the agent (last seen now), and each alert
    /// whose key this agent has not sent before.
    fn report(
        &mut self,
        report: &AgentReport,
        key_id: &str,
        address: Option<&str>,
    ) -> Result<Reported, DbError>;
    /// Every agent, most recently seen first.
    fn agents(&mut self) -> Result<Vec<AgentRow>, DbError>;
}

/// The database, shared by handlers: one SQLite connection, or a few PostgreSQL connections
/// ([`POSTGRES_CONNECTIONS`]), each used by one call at a time; calls from handlers run on
/// tokio's blocking pool.
#[derive(Clone)]
pub struct Db {
    engines: Arc<[Mutex<Box<dyn Engine>>]>,
    /// Where the next call starts looking for a free connection.
    next: Arc<std::sync::atomic::AtomicUsize>,
    /// The PostgreSQL URL, when that is the engine (alerts are announced to every replica).
    postgres: Option<Arc<str>>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may carry a password.
        f.debug_struct("Db")
            .field(
                "engine",
                &if self.postgres.is_some() {
                    "postgres"
                } else {
                    "sqlite"
                },
            )
            .finish_non_exhaustive()
    }
}

/// Whether `spec` names a PostgreSQL database.
pub fn is_postgres_url(spec: &str) -> bool {
    spec.starts_with("postgres://") || spec.starts_with("postgresql://")
}

/// Connections a server keeps to PostgreSQL: reports from many agents commit side by side
/// (the server flushes its log once for all the commits waiting).
pub const POSTGRES_CONNECTIONS: usize = 8;

impl Db {
    fn with(engines: Vec<Box<dyn Engine>>, postgres: Option<&str>) -> Self {
        Self {
            engines: engines.into_iter().map(Mutex::new).collect(),
            next: Arc::default(),
            postgres: postgres.map(Arc::from),
        }
    }

    /// Opens (creating and migrating) the SQLite database at `path`.
    pub fn open(path: &Path) -> Result<Self, DbError> {
        Ok(Self::with(
            vec![Box::new(sqlite::Sqlite::open(path)?)],
            None,
        ))
    }

    /// An in-memory SQLite database (tests).
    pub fn in_memory() -> Result<Self, DbError> {
        Ok(Self::with(
            vec![Box::new(sqlite::Sqlite::in_memory()?)],
            None,
        ))
    }

    /// Connects to PostgreSQL (`postgres://user[:password]@host[:port]/database`) and brings
    /// the schema up to date. Any number of servers may share the database.
    pub fn connect_postgres(url: &str) -> Result<Self, DbError> {
        Self::connect_postgres_with(url, POSTGRES_CONNECTIONS)
    }

    /// [`Db::connect_postgres`] with `connections` connections (at least one).
    pub fn connect_postgres_with(url: &str, connections: usize) -> Result<Self, DbError> {
        let engines = (0..connections.max(1))
            .map(|_| Ok(Box::new(postgres::Postgres::connect(url)?) as Box<dyn Engine>))
            .collect::<Result<Vec<_>, DbError>>()?;
        Ok(Self::with(engines, Some(url)))
    }

    /// Whether alerts reach stream subscribers through the database's announcements
    /// ([`Db::listen_alerts`]) rather than from the handler that stored them.
    pub fn announces_alerts(&self) -> bool {
        self.postgres.is_some()
    }

    /// Runs `f` on the engine on the blocking pool.
    pub async fn run<R, F>(&self, f: F) -> Result<R, DbError>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Engine) -> Result<R, DbError> + Send + 'static,
    {
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.run_blocking(f))
            .await
            .map_err(|e| DbError::Task(e.to_string()))?
    }

    /// Runs `f` on the engine on the calling thread (startup, the CLI, tests).
    pub fn run_blocking<R>(
        &self,
        f: impl FnOnce(&mut dyn Engine) -> Result<R, DbError>,
    ) -> Result<R, DbError> {
        use std::sync::TryLockError;
        let n = self.engines.len();
        let start = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // A free connection if there is one; otherwise wait for this call's turn at one.
        let mut e = (0..n)
            .find_map(|k| match self.engines[(start + k) % n].try_lock() {
                Ok(e) => Some(e),
                Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
                Err(TryLockError::WouldBlock) => None,
            })
            .unwrap_or_else(|| match self.engines[start % n].lock() {
                Ok(e) => e,
                Err(p) => p.into_inner(),
            });
        f(e.as_mut())
    }

    /// With PostgreSQL, starts a thread that listens for alerts committed by any server on
    /// this database and hands each to `deliver`, in id order; it reconnects when the
    /// connection is lost and then catches up on alerts committed meanwhile. `None` with SQLite.
    pub fn listen_alerts(
        &self,
        deliver: impl Fn(AlertRow) + Send + 'static,
    ) -> Option<std::thread::JoinHandle<()>> {
        let url = self.postgres.clone()?;
        Some(postgres::listen(url, Box::new(deliver)))
    }
}

/// Checks what an agent sent: ids and keys short and plain, severities known. Long text is cut
/// rather than refused, so one odd alert cannot block an agent's spool.
pub fn check_report(report: &mut AgentReport) -> Result<(), String> {
    fn plain(what: &str, s: &str) -> Result<(), String> {
        if s.is_empty()
            || s.len() > 64
            || !s
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
        {
            return Err(format!(
                "invalid {what} {:?}: expected 1 to 64 of A-Za-z0-9._-",
                s.chars().take(80).collect::<String>()
            ));
        }
        Ok(())
    }
    // PostgreSQL's text holds no NUL; the JSON columns escape theirs.
    fn cut(s: &mut String, max: usize) {
        if s.contains('\0') {
            *s = s.replace('\0', "\u{fffd}");
        }
        if s.len() > max {
            let mut end = max;
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            s.truncate(end);
        }
    }
    plain("agent id", &report.agent.id)?;
    cut(&mut report.agent.hostname, 255);
    // Facts and evidence are objects (absent: empty), as the API's schema says they are.
    match &report.agent.facts {
        serde_json::Value::Null => report.agent.facts = serde_json::json!({}),
        serde_json::Value::Object(_) => {}
        _ => return Err("invalid agent facts: expected an object".into()),
    }
    if report.agent.facts.to_string().len() > 16 << 10 {
        return Err("agent facts over 16 KiB".into());
    }
    if report.alerts.len() > MAX_REPORT_ALERTS {
        return Err(format!(
            "{} alerts in one report: at most {MAX_REPORT_ALERTS}",
            report.alerts.len()
        ));
    }
    let now = now();
    for a in &mut report.alerts {
        plain("alert key", &a.key)?;
        if let Err(e) = a.severity.parse::<minewatch_detect::finding::Severity>() {
            return Err(format!("{e} (alert {})", a.key));
        }
        if a.source.is_empty()
            || a.source.len() > 32
            || !a
                .source
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-')
        {
            return Err(format!(
                "invalid source {:?} (alert {}): expected 1 to 32 of a-z and -",
                a.source.chars().take(40).collect::<String>(),
                a.key
            ));
        }
        match &a.detail {
            serde_json::Value::Null => a.detail = serde_json::json!({}),
            serde_json::Value::Object(_) => {}
            _ => {
                return Err(format!(
                    "invalid detail (alert {}): expected an object",
                    a.key
                ));
            }
        }
        cut(&mut a.title, 500);
        cut(&mut a.subject, 2000);
        if a.detail.to_string().len() > 256 << 10 {
            a.detail = serde_json::json!({"truncated": "the agent's evidence was over 256 KiB"});
        }
        // An agent's clock may be off; never in the future.
        a.time = Some(a.time.map_or(now, |t| t.clamp(0, now)));
    }
    Ok(())
}

/// Most alerts in one report.
pub const MAX_REPORT_ALERTS: usize = 500;
