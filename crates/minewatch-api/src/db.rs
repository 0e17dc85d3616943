//! The server's SQLite file: API keys, scan results, alerts and hashrate history.
//!
//! One file in the data directory (the pool's shares, ledger and blocks live in the same
//! file, written by `minewatch-stratum`'s store). WAL with `synchronous=FULL`: a record is
//! committed, and survives the process being killed or the machine losing power, before the
//! request that made it is answered. The schema sticks to INTEGER, REAL and TEXT columns and
//! plain indexes so that it ports to PostgreSQL (AUTOINCREMENT becomes an identity column).

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use utoipa::ToSchema;

/// A database failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DbError {
    /// SQLite said no.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database was written by a newer minewatch.
    #[error("database schema version {found} is newer than this minewatch understands ({known})")]
    TooNew {
        /// The file's version.
        found: i64,
        /// The newest this build knows.
        known: i64,
    },
    /// The blocking task died.
    #[error("database task failed: {0}")]
    Task(String),
}

/// Schema migrations, applied in order; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    // 1: keys, scans, alerts, hashrate history.
    "CREATE TABLE api_keys (
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
    // 2: a scan's alert is looked up by its scan.
    "CREATE INDEX alerts_scan ON alerts(scan_id);",
];

/// The database, shared by handlers. Calls run on tokio's blocking pool.
#[derive(Debug, Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

/// An API key as stored (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct KeyRow {
    /// Its id (the part of the key before the secret).
    pub id: String,
    /// A name for people.
    pub name: String,
    /// `read`, `write` or `admin`.
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
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn scan_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ScanRow> {
    let families: String = r.get(6)?;
    Ok(ScanRow {
        id: r.get(0)?,
        created: r.get(1)?,
        kind: r.get(2)?,
        target: r.get(3)?,
        verdict: r.get(4)?,
        score: r.get(5)?,
        families: serde_json::from_str(&families).unwrap_or_default(),
        files: r.get(7)?,
        bytes: r.get(8)?,
    })
}

fn alert_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AlertRow> {
    let detail: String = r.get(7)?;
    Ok(AlertRow {
        id: r.get(0)?,
        created: r.get(1)?,
        source: r.get(2)?,
        severity: r.get(3)?,
        title: r.get(4)?,
        subject: r.get(5)?,
        scan_id: r.get(6)?,
        detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
    })
}

impl Db {
    /// Opens (creating and migrating) the database at `path`.
    pub fn open(path: &Path) -> Result<Self, DbError> {
        Self::init(Connection::open(path)?)
    }

    /// An in-memory database (tests).
    pub fn in_memory() -> Result<Self, DbError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Self, DbError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut conn = conn;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(DbError::TooNew {
                found: version,
                known,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
            tx.commit()?;
        }
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection on the blocking pool.
    pub async fn call<R, F>(&self, f: F) -> Result<R, DbError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<R> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut c = match conn.lock() {
                Ok(c) => c,
                Err(p) => p.into_inner(),
            };
            f(&mut c)
        })
        .await
        .map_err(|e| DbError::Task(e.to_string()))?
        .map_err(DbError::from)
    }

    /// Runs `f` on the calling thread (startup and tests).
    pub fn call_blocking<R>(
        &self,
        f: impl FnOnce(&mut Connection) -> rusqlite::Result<R>,
    ) -> Result<R, DbError> {
        let mut c = match self.conn.lock() {
            Ok(c) => c,
            Err(p) => p.into_inner(),
        };
        Ok(f(&mut c)?)
    }

    /// Stores a key.
    pub fn insert_key(conn: &Connection, key: &KeyRow) -> rusqlite::Result<()> {
        conn.execute(
            "INSERT INTO api_keys (id, name, scope, hash, created, revoked) VALUES (?1, ?2, ?3, ?4, ?5, NULL)",
            params![key.id, key.name, key.scope, key.hash, key.created],
        )?;
        Ok(())
    }

    /// Every key, newest first.
    pub fn keys(conn: &Connection) -> rusqlite::Result<Vec<KeyRow>> {
        let mut st = conn.prepare(
            "SELECT id, name, scope, hash, created, revoked FROM api_keys ORDER BY created DESC, id",
        )?;
        st.query_map([], |r| {
            Ok(KeyRow {
                id: r.get(0)?,
                name: r.get(1)?,
                scope: r.get(2)?,
                hash: r.get(3)?,
                created: r.get(4)?,
                revoked: r.get(5)?,
            })
        })?
        .collect()
    }

    /// Revokes a key; `false` if there is no such key.
    pub fn revoke_key(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
        let n = conn.execute(
            "UPDATE api_keys SET revoked = COALESCE(revoked, ?2) WHERE id = ?1",
            params![id, now()],
        )?;
        Ok(n > 0)
    }

    /// Stores a scan; returns its row.
    pub fn insert_scan(conn: &Connection, s: &NewScan) -> rusqlite::Result<ScanRow> {
        let created = now();
        conn.execute(
            "INSERT INTO scans (created, kind, target, verdict, score, families, files, bytes, report)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                created,
                s.kind,
                s.target,
                s.verdict,
                s.score,
                serde_json::to_string(&s.families).unwrap_or_else(|_| "[]".into()),
                s.files,
                s.bytes,
                s.report.to_string()
            ],
        )?;
        Ok(ScanRow {
            id: conn.last_insert_rowid(),
            created,
            kind: s.kind.clone(),
            target: s.target.clone(),
            verdict: s.verdict.clone(),
            score: s.score,
            families: s.families.clone(),
            files: s.files,
            bytes: s.bytes,
        })
    }

    /// One scan and its full report.
    pub fn scan(
        conn: &Connection,
        id: i64,
    ) -> rusqlite::Result<Option<(ScanRow, serde_json::Value)>> {
        conn.query_row(
            "SELECT id, created, kind, target, verdict, score, families, files, bytes, report FROM scans WHERE id = ?1",
            params![id],
            |r| {
                let report: String = r.get(9)?;
                Ok((
                    scan_row(r)?,
                    serde_json::from_str(&report).unwrap_or(serde_json::Value::Null),
                ))
            },
        )
        .optional()
    }

    /// Scans newest first, before id `before`, optionally of one verdict.
    pub fn scans(
        conn: &Connection,
        before: Option<i64>,
        limit: u32,
        verdict: Option<&str>,
    ) -> rusqlite::Result<Vec<ScanRow>> {
        let mut st = conn.prepare(
            "SELECT id, created, kind, target, verdict, score, families, files, bytes FROM scans
             WHERE id < ?1 AND (?2 IS NULL OR verdict = ?2) ORDER BY id DESC LIMIT ?3",
        )?;
        st.query_map(
            params![before.unwrap_or(i64::MAX), verdict, limit],
            scan_row,
        )?
        .collect()
    }

    /// Stores an alert; returns its row.
    pub fn insert_alert(conn: &Connection, a: &NewAlert) -> rusqlite::Result<AlertRow> {
        let created = now();
        conn.execute(
            "INSERT INTO alerts (created, source, severity, title, subject, scan_id, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                created,
                a.source,
                a.severity,
                a.title,
                a.subject,
                a.scan_id,
                a.detail.to_string()
            ],
        )?;
        Ok(AlertRow {
            id: conn.last_insert_rowid(),
            created,
            source: a.source.clone(),
            severity: a.severity.clone(),
            title: a.title.clone(),
            subject: a.subject.clone(),
            scan_id: a.scan_id,
            detail: a.detail.clone(),
        })
    }

    /// One alert.
    pub fn alert(conn: &Connection, id: i64) -> rusqlite::Result<Option<AlertRow>> {
        conn.query_row(
            "SELECT id, created, source, severity, title, subject, scan_id, detail FROM alerts WHERE id = ?1",
            params![id],
            alert_row,
        )
        .optional()
    }

    /// The alert a scan raised, if any.
    pub fn alert_for_scan(conn: &Connection, scan_id: i64) -> rusqlite::Result<Option<AlertRow>> {
        conn.query_row(
            "SELECT id, created, source, severity, title, subject, scan_id, detail FROM alerts WHERE scan_id = ?1",
            params![scan_id],
            alert_row,
        )
        .optional()
    }

    /// Alerts newest first.
    pub fn alerts(
        conn: &Connection,
        before: Option<i64>,
        limit: u32,
        filter: &AlertFilter,
    ) -> rusqlite::Result<Vec<AlertRow>> {
        let mut st = conn.prepare(
            "SELECT id, created, source, severity, title, subject, scan_id, detail FROM alerts
             WHERE id < ?1 AND (?2 IS NULL OR source = ?2) AND (?3 IS NULL OR severity = ?3)
             ORDER BY id DESC LIMIT ?4",
        )?;
        st.query_map(
            params![
                before.unwrap_or(i64::MAX),
                filter.source,
                filter.severity,
                limit
            ],
            alert_row,
        )?
        .collect()
    }

    /// Records a hashrate sample and forgets samples older than `keep_s` seconds.
    pub fn record_hashrate(
        conn: &mut Connection,
        source: &str,
        time: i64,
        hashrate: f64,
        keep_s: i64,
    ) -> rusqlite::Result<()> {
        let tx = conn.transaction()?;
        tx.execute(
            "INSERT INTO hashrate (time, source, hashrate) VALUES (?1, ?2, ?3)",
            params![time, source, hashrate],
        )?;
        tx.execute(
            "DELETE FROM hashrate WHERE source = ?1 AND time < ?2",
            params![source, time - keep_s],
        )?;
        tx.commit()
    }

    /// Samples of `source` since `since`, oldest first, at most `limit`.
    pub fn hashrate(
        conn: &Connection,
        source: &str,
        since: i64,
        limit: u32,
    ) -> rusqlite::Result<Vec<HashratePoint>> {
        let mut st = conn.prepare(
            "SELECT time, hashrate FROM (SELECT time, hashrate FROM hashrate WHERE source = ?1 AND time >= ?2
             ORDER BY time DESC LIMIT ?3) ORDER BY time",
        )?;
        st.query_map(params![source, since, limit], |r| {
            Ok(HashratePoint {
                time: r.get(0)?,
                hashrate: r.get(1)?,
            })
        })?
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_once_and_newer_files_are_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("m.sqlite");
        drop(Db::open(&path).expect("fresh"));
        drop(Db::open(&path).expect("again: nothing to migrate"));
        let c = Connection::open(&path).expect("raw");
        c.pragma_update(None, "user_version", 99).expect("bump");
        drop(c);
        assert!(matches!(
            Db::open(&path),
            Err(DbError::TooNew { found: 99, .. })
        ));
    }
}
