//! The server's database on SQLite: one file in the data directory.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension as _, params};

use super::{
    AgentReport, AgentRow, AlertFilter, AlertRow, DbError, Engine, HashratePoint, KeyRow, NewAlert,
    NewScan, Reported, SCHEMA, ScanRow, now,
};

pub(super) struct Sqlite {
    conn: Connection,
}

const ALERT_COLUMNS: &str = "id, created, source, severity, title, subject, scan_id, detail, agent";

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
        agent: r.get(8)?,
    })
}

/// Inserts an alert (made at `created`, reported by `agent` under key `idem`); `None` when
/// that agent sent that key before.
fn insert_alert_at(
    conn: &Connection,
    a: &NewAlert,
    created: i64,
    agent: Option<(&str, &str)>,
) -> rusqlite::Result<Option<AlertRow>> {
    let n = conn.execute(
        "INSERT INTO alerts (created, source, severity, title, subject, scan_id, detail, agent, idem)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (agent, idem) DO NOTHING",
        params![
            created,
            a.source,
            a.severity,
            a.title,
            a.subject,
            a.scan_id,
            a.detail.to_string(),
            agent.map(|a| a.0),
            agent.map(|a| a.1),
        ],
    )?;
    Ok((n > 0).then(|| AlertRow {
        id: conn.last_insert_rowid(),
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

impl Sqlite {
    pub(super) fn open(path: &Path) -> Result<Self, DbError> {
        Self::init(Connection::open(path)?)
    }

    pub(super) fn in_memory() -> Result<Self, DbError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Self, DbError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // Files from before `api_migrations` counted their migrations in user_version.
        let counted: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        SCHEMA.apply_sqlite(&mut conn, u32::try_from(counted).unwrap_or(u32::MAX))?;
        Ok(Self { conn })
    }
}

impl Engine for Sqlite {
    fn insert_key(&mut self, key: &KeyRow) -> Result<(), DbError> {
        self.conn.execute(
            "INSERT INTO api_keys (id, name, scope, hash, created, revoked) VALUES (?1, ?2, ?3, ?4, ?5, NULL)",
            params![key.id, key.name, key.scope, key.hash, key.created],
        )?;
        Ok(())
    }

    fn keys(&mut self) -> Result<Vec<KeyRow>, DbError> {
        let mut st = self.conn.prepare(
            "SELECT id, name, scope, hash, created, revoked FROM api_keys ORDER BY created DESC, id",
        )?;
        let rows = st.query_map([], |r| {
            Ok(KeyRow {
                id: r.get(0)?,
                name: r.get(1)?,
                scope: r.get(2)?,
                hash: r.get(3)?,
                created: r.get(4)?,
                revoked: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn revoke_key(&mut self, id: &str) -> Result<bool, DbError> {
        let n = self.conn.execute(
            "UPDATE api_keys SET revoked = COALESCE(revoked, ?2) WHERE id = ?1",
            params![id, now()],
        )?;
        Ok(n > 0)
    }

    fn insert_scan(
        &mut self,
        s: &NewScan,
        alert: Option<NewAlert>,
    ) -> Result<(ScanRow, Option<AlertRow>), DbError> {
        let created = now();
        let tx = self.conn.transaction()?;
        tx.execute(
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
        let row = ScanRow {
            id: tx.last_insert_rowid(),
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
                a.scan_id = Some(row.id);
                insert_alert_at(&tx, &a, created, None)?
            }
            None => None,
        };
        tx.commit()?;
        Ok((row, alert))
    }

    fn scan(&mut self, id: i64) -> Result<Option<(ScanRow, serde_json::Value)>, DbError> {
        Ok(self
            .conn
            .query_row(
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
            .optional()?)
    }

    fn scans(
        &mut self,
        before: Option<i64>,
        limit: u32,
        verdict: Option<&str>,
    ) -> Result<Vec<ScanRow>, DbError> {
        let mut st = self.conn.prepare(
            "SELECT id, created, kind, target, verdict, score, families, files, bytes FROM scans
             WHERE id < ?1 AND (?2 IS NULL OR verdict = ?2) ORDER BY id DESC LIMIT ?3",
        )?;
        let rows = st.query_map(
            params![before.unwrap_or(i64::MAX), verdict, limit],
            scan_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn insert_alert(&mut self, a: &NewAlert) -> Result<AlertRow, DbError> {
        insert_alert_at(&self.conn, a, now(), None)?
            .ok_or_else(|| DbError::Task("an alert without an agent was a duplicate".into()))
    }

    fn alert(&mut self, id: i64) -> Result<Option<AlertRow>, DbError> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id = ?1"),
                params![id],
                alert_row,
            )
            .optional()?)
    }

    fn alert_for_scan(&mut self, scan_id: i64) -> Result<Option<AlertRow>, DbError> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE scan_id = ?1"),
                params![scan_id],
                alert_row,
            )
            .optional()?)
    }

    fn alerts(
        &mut self,
        before: Option<i64>,
        limit: u32,
        filter: &AlertFilter,
    ) -> Result<Vec<AlertRow>, DbError> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {ALERT_COLUMNS} FROM alerts
             WHERE id < ?1 AND (?2 IS NULL OR source = ?2) AND (?3 IS NULL OR severity = ?3)
                   AND (?4 IS NULL OR agent = ?4)
             ORDER BY id DESC LIMIT ?5"
        ))?;
        let rows = st.query_map(
            params![
                before.unwrap_or(i64::MAX),
                filter.source,
                filter.severity,
                filter.agent,
                limit
            ],
            alert_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn record_hashrate(
        &mut self,
        time: i64,
        samples: &[(&str, f64)],
        keep_s: i64,
    ) -> Result<(), DbError> {
        let tx = self.conn.transaction()?;
        for (source, hashrate) in samples {
            tx.execute(
                "INSERT INTO hashrate (time, source, hashrate) VALUES (?1, ?2, ?3)",
                params![time, source, hashrate],
            )?;
            tx.execute(
                "DELETE FROM hashrate WHERE source = ?1 AND time < ?2",
                params![source, time - keep_s],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    fn hashrate(
        &mut self,
        source: &str,
        since: i64,
        limit: u32,
    ) -> Result<Vec<HashratePoint>, DbError> {
        let mut st = self.conn.prepare(
            "SELECT time, hashrate FROM (SELECT time, hashrate FROM hashrate WHERE source = ?1 AND time >= ?2
             ORDER BY time DESC LIMIT ?3) ORDER BY time",
        )?;
        let rows = st.query_map(params![source, since, limit], |r| {
            Ok(HashratePoint {
                time: r.get(0)?,
                hashrate: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn report(
        &mut self,
        report: &AgentReport,
        key_id: &str,
        address: Option<&str>,
    ) -> Result<Reported, DbError> {
        let agent = &report.agent;
        let at = now();
        let tx = self.conn.transaction()?;
        let enrolled: Option<(String, Option<i64>)> = tx
            .query_row(
                "SELECT a.key_id, k.revoked FROM agents a LEFT JOIN api_keys k ON k.id = a.key_id
                 WHERE a.id = ?1",
                params![agent.id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((k, None)) = &enrolled
            && k != key_id
        {
            return Err(DbError::AgentKey {
                agent: agent.id.clone(),
                enrolled: k.clone(),
            });
        }
        tx.execute(
            "INSERT INTO agents (id, key_id, hostname, facts, address, first_seen, last_seen, alerts)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 0)
             ON CONFLICT (id) DO UPDATE SET key_id = excluded.key_id, hostname = excluded.hostname,
                 facts = excluded.facts, address = excluded.address, last_seen = excluded.last_seen",
            params![
                agent.id,
                key_id,
                agent.hostname,
                agent.facts.to_string(),
                address,
                at
            ],
        )?;
        let mut out = Reported::default();
        for a in &report.alerts {
            let new = a.to_new_alert();
            match insert_alert_at(&tx, &new, a.time.unwrap_or(at), Some((&agent.id, &a.key)))? {
                Some(row) => out.stored.push(row),
                None => out.duplicates += 1,
            }
        }
        tx.execute(
            "UPDATE agents SET alerts = alerts + ?2 WHERE id = ?1",
            params![agent.id, out.stored.len() as i64],
        )?;
        tx.commit()?;
        Ok(out)
    }

    fn agents(&mut self) -> Result<Vec<AgentRow>, DbError> {
        let mut st = self.conn.prepare(
            "SELECT id, key_id, hostname, facts, address, first_seen, last_seen, alerts FROM agents
             ORDER BY last_seen DESC, id",
        )?;
        let rows = st.query_map([], |r| {
            let facts: String = r.get(3)?;
            Ok(AgentRow {
                id: r.get(0)?,
                key_id: r.get(1)?,
                hostname: r.get(2)?,
                facts: serde_json::from_str(&facts).unwrap_or(serde_json::Value::Null),
                address: r.get(4)?,
                first_seen: r.get(5)?,
                last_seen: r.get(6)?,
                alerts: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_once_old_files_adopt_theirs_and_newer_files_are_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("m.sqlite");
        drop(Sqlite::open(&path).expect("fresh"));
        drop(Sqlite::open(&path).expect("again: nothing to migrate"));
        // A file from before api_migrations: versions 1 and 2 applied, counted in user_version.
        let old = dir.path().join("old.sqlite");
        let c = Connection::open(&old).expect("raw");
        c.execute_batch(super::super::MIGRATIONS[0].sqlite)
            .expect("v1");
        c.execute_batch(super::super::MIGRATIONS[1].sqlite)
            .expect("v2");
        c.execute(
            "INSERT INTO alerts (created, source, severity, title, subject, detail) VALUES (1, 'scan', 'info', 't', 's', '{}')",
            [],
        )
        .expect("an old alert");
        c.pragma_update(None, "user_version", 2).expect("counted");
        drop(c);
        let mut db = Sqlite::open(&old).expect("adopts 1 and 2, applies 3");
        assert_eq!(
            SCHEMA.version_sqlite(&db.conn).expect("version"),
            SCHEMA.latest()
        );
        let kept = db
            .alerts(None, 10, &AlertFilter::default())
            .expect("alerts");
        assert_eq!(kept.len(), 1, "the old alert is kept");
        assert_eq!(kept[0].agent, None);
        // Newer than this build: refused, naming both versions.
        let c = Connection::open(&path).expect("raw");
        c.execute(
            "INSERT INTO api_migrations (version, name, applied) VALUES (99, 'future', 0)",
            [],
        )
        .expect("bump");
        drop(c);
        let e = Sqlite::open(&path).err().expect("refused");
        assert!(
            matches!(
                e,
                DbError::Schema(minewatch_stratum::store::SchemaError::Newer { found: 99, .. })
            ),
            "{e}"
        );
    }
}
