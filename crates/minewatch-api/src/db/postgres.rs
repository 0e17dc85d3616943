//! The server's database on PostgreSQL: many server replicas on one database. Every alert is
//! announced on [`ALERT_CHANNEL`] in the transaction that stores it (PostgreSQL delivers the
//! announcement when, and only if, the transaction commits).

use std::sync::Arc;
use std::time::Duration;

use minewatch_stratum::store::{off_runtime, open_postgres};
use postgres::fallible_iterator::FallibleIterator as _;
use postgres::{Client, GenericClient};

use super::{
    ALERT_CHANNEL, AgentReport, AgentRow, AlertFilter, AlertRow, DbError, Engine, HashratePoint,
    KeyRow, NewAlert, NewScan, Reported, SCHEMA, ScanRow, now,
};

pub(super) struct Postgres {
    url: String,
    /// `None` only while it is being dropped (off the async runtime: see [`Drop`]).
    client: Option<Client>,
}

impl Drop for Postgres {
    fn drop(&mut self) {
        // The synchronous client blocks when it closes, which a tokio worker may not do.
        if let Some(c) = self.client.take() {
            off_runtime(move || drop(c));
        }
    }
}

const ALERT_COLUMNS: &str = "id, created, source, severity, title, subject, scan_id, detail, agent";

fn alert_row(r: &postgres::Row) -> AlertRow {
    let detail: String = r.get(7);
    AlertRow {
        id: r.get(0),
        created: r.get(1),
        source: r.get(2),
        severity: r.get(3),
        title: r.get(4),
        subject: r.get(5),
        scan_id: r.get(6),
        detail: serde_json::from_str(&detail).unwrap_or(serde_json::Value::Null),
        agent: r.get(8),
    }
}

fn scan_row(r: &postgres::Row) -> ScanRow {
    let families: String = r.get(6);
    ScanRow {
        id: r.get(0),
        created: r.get(1),
        kind: r.get(2),
        target: r.get(3),
        verdict: r.get(4),
        score: r.get(5),
        families: serde_json::from_str(&families).unwrap_or_default(),
        files: r.get(7),
        bytes: r.get(8),
    }
}

/// Inserts an alert and announces it; `None` when `agent` sent key `idem` before.
fn insert_alert_at(
    c: &mut impl GenericClient,
    a: &NewAlert,
    created: i64,
    agent: Option<(&str, &str)>,
) -> Result<Option<AlertRow>, DbError> {
    let row = c.query_opt(
        "INSERT INTO alerts (created, source, severity, title, subject, scan_id, detail, agent, idem)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (agent, idem) DO NOTHING RETURNING id",
        &[
            &created,
            &a.source,
            &a.severity,
            &a.title,
            &a.subject,
            &a.scan_id,
            &a.detail.to_string(),
            &agent.map(|a| a.0),
            &agent.map(|a| a.1),
        ],
    )?;
    let Some(row) = row else {
        return Ok(None);
    };
    let id: i64 = row.get(0);
    c.execute(
        "SELECT pg_notify($1, $2)",
        &[&ALERT_CHANNEL, &id.to_string()],
    )?;
    Ok(Some(AlertRow {
        id,
        created,
        source: a.source.clone(),
        severity: a.severity.clone(),
        title: a.title.clone(),
        subject: a.subject.clone(),
        scan_id: a.scan_id,
        detail: a.detail.clone(),
        agent: agent.map(|a| a.0.to_owned()),
    }))
}

impl Postgres {
    pub(super) fn connect(url: &str) -> Result<Self, DbError> {
        let mut client = off_runtime(|| open_postgres(url))?;
        off_runtime(|| SCHEMA.apply_postgres(&mut client))?;
        Ok(Self {
            url: url.to_owned(),
            client: Some(client),
        })
    }

    /// Runs `f` on the connection, opening it again first if the server closed it.
    fn run<R: Send>(
        &mut self,
        f: impl FnOnce(&mut Client) -> Result<R, DbError> + Send,
    ) -> Result<R, DbError> {
        let (url, client) = (&self.url, &mut self.client);
        off_runtime(move || {
            let c = match client {
                Some(c) if !c.is_closed() => c,
                _ => client.insert(open_postgres(url)?),
            };
            f(c)
        })
    }
}

impl Engine for Postgres {
    fn insert_key(&mut self, key: &KeyRow) -> Result<(), DbError> {
        self.run(|c| {
            c.execute(
                "INSERT INTO api_keys (id, name, scope, hash, created, revoked) VALUES ($1, $2, $3, $4, $5, NULL)",
                &[&key.id, &key.name, &key.scope, &key.hash, &key.created],
            )?;
            Ok(())
        })
    }

    fn keys(&mut self) -> Result<Vec<KeyRow>, DbError> {
        self.run(|c| {
            Ok(c.query(
                "SELECT id, name, scope, hash, created, revoked FROM api_keys ORDER BY created DESC, id",
                &[],
            )?
            .iter()
            .map(|r| KeyRow {
                id: r.get(0),
                name: r.get(1),
                scope: r.get(2),
                hash: r.get(3),
                created: r.get(4),
                revoked: r.get(5),
            })
            .collect())
        })
    }

    fn revoke_key(&mut self, id: &str) -> Result<bool, DbError> {
        self.run(|c| {
            let n = c.execute(
                "UPDATE api_keys SET revoked = COALESCE(revoked, $2) WHERE id = $1",
                &[&id, &now()],
            )?;
            Ok(n > 0)
        })
    }

    fn insert_scan(
        &mut self,
        s: &NewScan,
        alert: Option<NewAlert>,
    ) -> Result<(ScanRow, Option<AlertRow>), DbError> {
        self.run(|c| {
            let created = now();
            let mut tx = c.transaction()?;
            let families = serde_json::to_string(&s.families).unwrap_or_else(|_| "[]".into());
            let id: i64 = tx
                .query_one(
                    "INSERT INTO scans (created, kind, target, verdict, score, families, files, bytes, report)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                    &[
                        &created,
                        &s.kind,
                        &s.target,
                        &s.verdict,
                        &s.score,
                        &families,
                        &s.files,
                        &s.bytes,
                        &s.report.to_string(),
                    ],
                )?
                .get(0);
            let row = ScanRow {
                id,
                created,
                kind: s.kind.clone(),
                target: s.target.clone(),
                verdict: s.verdict.clone(),
                score: s.score,
                families: s.families.clone(),
                files: s.files,
                bytes: s.bytes,
            };
            let alert = match alert {
                Some(mut a) => {
                    a.scan_id = Some(id);
                    insert_alert_at(&mut tx, &a, created, None)?
                }
                None => None,
            };
            tx.commit()?;
            Ok((row, alert))
        })
    }

    fn scan(&mut self, id: i64) -> Result<Option<(ScanRow, serde_json::Value)>, DbError> {
        self.run(|c| {
            Ok(c.query_opt(
                "SELECT id, created, kind, target, verdict, score, families, files, bytes, report FROM scans WHERE id = $1",
                &[&id],
            )?
            .map(|r| {
                let report: String = r.get(9);
                (
                    scan_row(&r),
                    serde_json::from_str(&report).unwrap_or(serde_json::Value::Null),
                )
            }))
        })
    }

    fn scans(
        &mut self,
        before: Option<i64>,
        limit: u32,
        verdict: Option<&str>,
    ) -> Result<Vec<ScanRow>, DbError> {
        self.run(|c| {
            Ok(c.query(
                "SELECT id, created, kind, target, verdict, score, families, files, bytes FROM scans
                 WHERE id < $1 AND ($2::TEXT IS NULL OR verdict = $2) ORDER BY id DESC LIMIT $3",
                &[&before.unwrap_or(i64::MAX), &verdict, &i64::from(limit)],
            )?
            .iter()
            .map(scan_row)
            .collect())
        })
    }

    fn insert_alert(&mut self, a: &NewAlert) -> Result<AlertRow, DbError> {
        self.run(|c| {
            insert_alert_at(c, a, now(), None)?
                .ok_or_else(|| DbError::Task("an alert without an agent was a duplicate".into()))
        })
    }

    fn alert(&mut self, id: i64) -> Result<Option<AlertRow>, DbError> {
        self.run(|c| {
            Ok(c.query_opt(
                &format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id = $1"),
                &[&id],
            )?
            .map(|r| alert_row(&r)))
        })
    }

    fn alert_for_scan(&mut self, scan_id: i64) -> Result<Option<AlertRow>, DbError> {
        self.run(|c| {
            Ok(c.query_opt(
                &format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE scan_id = $1 LIMIT 1"),
                &[&scan_id],
            )?
            .map(|r| alert_row(&r)))
        })
    }

    fn alerts(
        &mut self,
        before: Option<i64>,
        limit: u32,
        filter: &AlertFilter,
    ) -> Result<Vec<AlertRow>, DbError> {
        self.run(|c| {
            Ok(c.query(
                &format!(
                    "SELECT {ALERT_COLUMNS} FROM alerts
                     WHERE id < $1 AND ($2::TEXT IS NULL OR source = $2)
                           AND ($3::TEXT IS NULL OR severity = $3) AND ($4::TEXT IS NULL OR agent = $4)
                     ORDER BY id DESC LIMIT $5"
                ),
                &[
                    &before.unwrap_or(i64::MAX),
                    &filter.source,
                    &filter.severity,
                    &filter.agent,
                    &i64::from(limit),
                ],
            )?
            .iter()
            .map(alert_row)
            .collect())
        })
    }

    fn record_hashrate(
        &mut self,
        time: i64,
        samples: &[(&str, f64)],
        keep_s: i64,
    ) -> Result<(), DbError> {
        self.run(|c| {
            let mut tx = c.transaction()?;
            for (source, hashrate) in samples {
                tx.execute(
                    "INSERT INTO hashrate (time, source, hashrate) VALUES ($1, $2, $3)",
                    &[&time, source, hashrate],
                )?;
                tx.execute(
                    "DELETE FROM hashrate WHERE source = $1 AND time < $2",
                    &[source, &(time - keep_s)],
                )?;
            }
            tx.commit()?;
            Ok(())
        })
    }

    fn hashrate(
        &mut self,
        source: &str,
        since: i64,
        limit: u32,
    ) -> Result<Vec<HashratePoint>, DbError> {
        self.run(|c| {
            Ok(c.query(
                "SELECT time, hashrate FROM (SELECT time, hashrate FROM hashrate WHERE source = $1 AND time >= $2
                 ORDER BY time DESC LIMIT $3) AS recent ORDER BY time",
                &[&source, &since, &i64::from(limit)],
            )?
            .iter()
            .map(|r| HashratePoint {
                time: r.get(0),
                hashrate: r.get(1),
            })
            .collect())
        })
    }

    fn report(
        &mut self,
        report: &AgentReport,
        key_id: &str,
        address: Option<&str>,
    ) -> Result<Reported, DbError> {
        self.run(|c| {
            let agent = &report.agent;
            let at = now();
            let mut tx = c.transaction()?;
            // Two reports of one agent at once (a replay racing a new alert) take turns.
            let enrolled = tx.query_opt(
                "SELECT a.key_id, k.revoked FROM agents a LEFT JOIN api_keys k ON k.id = a.key_id
                 WHERE a.id = $1 FOR UPDATE OF a",
                &[&agent.id],
            )?;
            if let Some(r) = enrolled {
                let (k, revoked): (String, Option<i64>) = (r.get(0), r.get(1));
                if revoked.is_none() && k != key_id {
                    return Err(DbError::AgentKey {
                        agent: agent.id.clone(),
                        enrolled: k,
                    });
                }
            }
            tx.execute(
                "INSERT INTO agents (id, key_id, hostname, facts, address, first_seen, last_seen, alerts)
                 VALUES ($1, $2, $3, $4, $5, $6, $6, 0)
                 ON CONFLICT (id) DO UPDATE SET key_id = excluded.key_id, hostname = excluded.hostname,
                     facts = excluded.facts, address = excluded.address, last_seen = excluded.last_seen",
                &[
                    &agent.id,
                    &key_id,
                    &agent.hostname,
                    &agent.facts.to_string(),
                    &address,
                    &at,
                ],
            )?;
            let mut out = Reported::default();
            for a in &report.alerts {
                let new = a.to_new_alert();
                match insert_alert_at(
                    &mut tx,
                    &new,
                    a.time.unwrap_or(at),
                    Some((&agent.id, &a.key)),
                )? {
                    Some(row) => out.stored.push(row),
                    None => out.duplicates += 1,
                }
            }
            tx.execute(
                "UPDATE agents SET alerts = alerts + $2 WHERE id = $1",
                &[&agent.id, &(out.stored.len() as i64)],
            )?;
            tx.commit()?;
            Ok(out)
        })
    }

    fn agents(&mut self) -> Result<Vec<AgentRow>, DbError> {
        self.run(|c| {
            Ok(c.query(
                "SELECT id, key_id, hostname, facts, address, first_seen, last_seen, alerts FROM agents
                 ORDER BY last_seen DESC, id",
                &[],
            )?
            .iter()
            .map(|r| {
                let facts: String = r.get(3);
                AgentRow {
                    id: r.get(0),
                    key_id: r.get(1),
                    hostname: r.get(2),
                    facts: serde_json::from_str(&facts).unwrap_or(serde_json::Value::Null),
                    address: r.get(4),
                    first_seen: r.get(5),
                    last_seen: r.get(6),
                    alerts: r.get(7),
                }
            })
            .collect())
        })
    }
}

/// Delivers alerts announced on [`ALERT_CHANNEL`] until the process ends.
/// Returns once the first connection listens (or after 5 s of failing to).
pub(super) fn listen(
    url: Arc<str>,
    deliver: Box<dyn Fn(AlertRow) + Send>,
) -> std::thread::JoinHandle<()> {
    let (ready, listening) = std::sync::mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("alert-listener".into())
        .spawn(move || {
            let mut last = None;
            let mut backoff = Duration::from_millis(250);
            loop {
                if let Err(e) = listen_once(&url, &mut last, &*deliver, &mut backoff, &ready) {
                    tracing::warn!(
                        "alert announcements from PostgreSQL: {e}; listening again in {:.1} s",
                        backoff.as_secs_f64()
                    );
                }
                std::thread::sleep(backoff);
                backoff = (backoff * 2).min(Duration::from_secs(5));
            }
        })
        .expect("cannot start a thread");
    let _ = listening.recv_timeout(Duration::from_secs(5));
    thread
}

/// One connection's worth of listening. `last` is the newest alert delivered: after a
/// reconnection the alerts stored meanwhile (ids above it) are delivered first.
fn listen_once(
    url: &str,
    last: &mut Option<i64>,
    deliver: &dyn Fn(AlertRow),
    backoff: &mut Duration,
    ready: &std::sync::mpsc::Sender<()>,
) -> Result<(), DbError> {
    let mut c = open_postgres(url)?;
    c.batch_execute(&format!("LISTEN {ALERT_CHANNEL}"))?;
    *backoff = Duration::from_millis(250);
    match *last {
        None => {
            let newest: Option<i64> = c.query_one("SELECT MAX(id) FROM alerts", &[])?.get(0);
            *last = Some(newest.unwrap_or(0));
            let _ = ready.send(());
        }
        Some(l) => {
            for r in c.query(
                &format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id > $1 ORDER BY id"),
                &[&l],
            )? {
                let a = alert_row(&r);
                *last = Some(a.id);
                deliver(a);
            }
        }
    }
    loop {
        let mut ids: Vec<i64> = Vec::new();
        {
            let mut n = c.notifications();
            let first = n.timeout_iter(Duration::from_secs(5)).next()?;
            if let Some(first) = first {
                ids.extend(first.payload().parse::<i64>().ok());
                let mut pending = n.iter();
                while ids.len() < 512
                    && let Some(more) = pending.next()?
                {
                    ids.extend(more.payload().parse::<i64>().ok());
                }
            }
        }
        if ids.is_empty() {
            // Quiet: make sure the connection still stands.
            c.simple_query("SELECT 1")?;
            continue;
        }
        for r in c.query(
            &format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id = ANY($1) ORDER BY id"),
            &[&ids],
        )? {
            let a = alert_row(&r);
            *last = Some(last.map_or(a.id, |l| l.max(a.id)));
            deliver(a);
        }
    }
}
