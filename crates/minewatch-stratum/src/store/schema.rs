//! One schema policy for every database minewatch writes (the pool's ledger here, the server's
//! keys, scans, alerts and agents in `minewatch-api`): a list of numbered migrations, each
//! written for SQLite and for PostgreSQL, applied in order and recorded, with its name and
//! time, in a table of the component's own (`pool_migrations`, `api_migrations`). A database
//! at a version newer than the build knows is refused, naming both versions; a migration that
//! fails names itself. On PostgreSQL every pending migration runs in one transaction under an
//! advisory lock, so many processes starting at once on one database migrate it once.

use rusqlite::{Connection, OptionalExtension as _, params};

/// One step of a schema, written for both engines. Never edited once released.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Its version (1, 2, ...).
    pub version: u32,
    /// What it does.
    pub name: &'static str,
    /// The SQL for SQLite.
    pub sqlite: &'static str,
    /// The SQL for PostgreSQL.
    pub postgres: &'static str,
}

/// A component's schema: its migrations and where they are recorded.
#[derive(Debug, Clone, Copy)]
pub struct Schema {
    /// Whose it is, for messages (`pool`, `server`).
    pub what: &'static str,
    /// The table recording applied versions (a plain identifier).
    pub table: &'static str,
    /// The PostgreSQL advisory lock taken while migrating.
    pub lock: i64,
    /// The migrations, oldest first, numbered from 1 without gaps.
    pub migrations: &'static [Migration],
}

/// A schema could not be brought up to date.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SchemaError {
    /// The database was written by a newer minewatch.
    #[error(
        "the {what} database is at schema version {found}, newer than this minewatch knows ({known}): upgrade minewatch"
    )]
    Newer {
        /// Whose schema.
        what: &'static str,
        /// Version found.
        found: u32,
        /// Newest version this build knows.
        known: u32,
    },
    /// A migration cannot be applied to what the database holds.
    #[error("the {what} database: migration {version} ({name}) failed: {why}")]
    Failed {
        /// Whose schema.
        what: &'static str,
        /// Its version.
        version: u32,
        /// What it does.
        name: &'static str,
        /// Why it failed.
        why: String,
    },
    /// SQLite said no.
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL said no.
    #[error("{0}")]
    Postgres(#[from] ::postgres::Error),
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl Schema {
    /// The newest version this build writes.
    pub fn latest(&self) -> u32 {
        self.migrations.last().map_or(0, |m| m.version)
    }

    fn check(&self, current: u32) -> Result<(), SchemaError> {
        if current > self.latest() {
            return Err(SchemaError::Newer {
                what: self.what,
                found: current,
                known: self.latest(),
            });
        }
        Ok(())
    }

    fn failed(&self, m: &Migration, e: impl std::fmt::Display) -> SchemaError {
        SchemaError::Failed {
            what: self.what,
            version: m.version,
            name: m.name,
            why: e.to_string(),
        }
    }

    /// Brings a SQLite database up to date, one transaction per migration. A database that
    /// recorded nothing yet but is known to be at version `adopt` (a file from before its
    /// versions were recorded here) records versions up to `adopt` as applied, without running
    /// them.
    pub fn apply_sqlite(&self, db: &mut Connection, adopt: u32) -> Result<u32, SchemaError> {
        db.execute_batch(&format!(
            "CREATE TABLE IF NOT EXISTS {} (
                 version INTEGER PRIMARY KEY,
                 name TEXT NOT NULL,
                 applied INTEGER NOT NULL
             )",
            self.table
        ))?;
        let mut current = self.version_sqlite(db)?;
        self.check(current.max(adopt))?;
        let record = |tx: &rusqlite::Transaction<'_>, m: &Migration| {
            tx.execute(
                &format!(
                    "INSERT INTO {} (version, name, applied) VALUES (?1, ?2, ?3)",
                    self.table
                ),
                params![m.version, m.name, unix_now()],
            )
        };
        if current == 0 && adopt > 0 {
            let tx = db.transaction()?;
            for m in self.migrations.iter().filter(|m| m.version <= adopt) {
                record(&tx, m)?;
            }
            tx.commit()?;
            current = adopt;
        }
        for m in self.migrations.iter().filter(|m| m.version > current) {
            let tx = db.transaction()?;
            tx.execute_batch(m.sqlite).map_err(|e| self.failed(m, e))?;
            record(&tx, m)?;
            tx.commit()?;
        }
        Ok(self.latest())
    }

    /// The version a SQLite database records (0 for none).
    pub fn version_sqlite(&self, db: &Connection) -> Result<u32, SchemaError> {
        Ok(db
            .query_row(
                &format!("SELECT MAX(version) FROM {}", self.table),
                [],
                |r| r.get::<_, Option<u32>>(0),
            )
            .optional()?
            .flatten()
            .unwrap_or(0))
    }

    /// Brings a PostgreSQL database up to date: every pending migration in one transaction,
    /// under this schema's advisory lock.
    pub fn apply_postgres(&self, client: &mut ::postgres::Client) -> Result<u32, SchemaError> {
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&self.lock])?;
        tx.batch_execute(&format!(
            "CREATE TABLE IF NOT EXISTS {} (
                 version INTEGER PRIMARY KEY,
                 name TEXT NOT NULL,
                 applied BIGINT NOT NULL
             )",
            self.table
        ))?;
        let current = self.version_postgres(&mut tx)?;
        self.check(current)?;
        for m in self.migrations.iter().filter(|m| m.version > current) {
            tx.batch_execute(m.postgres)
                .map_err(|e| self.failed(m, e))?;
            tx.execute(
                &format!(
                    "INSERT INTO {} (version, name, applied)
                     VALUES ($1, $2, EXTRACT(EPOCH FROM now())::BIGINT)",
                    self.table
                ),
                &[&(m.version as i32), &m.name],
            )?;
        }
        tx.commit()?;
        Ok(self.latest())
    }

    /// The version a PostgreSQL database records (0 for none).
    pub fn version_postgres(
        &self,
        c: &mut impl ::postgres::GenericClient,
    ) -> Result<u32, SchemaError> {
        let row = c.query_one(&format!("SELECT MAX(version) FROM {}", self.table), &[])?;
        Ok(row.get::<_, Option<i32>>(0).map_or(0, |v| v as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STEPS: &[Migration] = &[
        Migration {
            version: 1,
            name: "a table",
            sqlite: "CREATE TABLE t (x INTEGER);",
            postgres: "",
        },
        Migration {
            version: 2,
            name: "a column",
            sqlite: "ALTER TABLE t ADD COLUMN y INTEGER;",
            postgres: "",
        },
    ];
    const SCHEMA: Schema = Schema {
        what: "test",
        table: "test_migrations",
        lock: 1,
        migrations: STEPS,
    };

    #[test]
    fn applies_once_adopts_old_files_and_refuses_newer_ones() {
        let mut db = Connection::open_in_memory().unwrap();
        assert_eq!(SCHEMA.apply_sqlite(&mut db, 0).unwrap(), 2);
        assert_eq!(SCHEMA.apply_sqlite(&mut db, 0).unwrap(), 2);
        db.execute("INSERT INTO t (x, y) VALUES (1, 2)", [])
            .unwrap();
        // A file whose table already exists at version 1 adopts it and gets only version 2.
        let mut old = Connection::open_in_memory().unwrap();
        old.execute_batch("CREATE TABLE t (x INTEGER);").unwrap();
        SCHEMA.apply_sqlite(&mut old, 1).unwrap();
        assert_eq!(SCHEMA.version_sqlite(&old).unwrap(), 2);
        old.execute("INSERT INTO t (x, y) VALUES (1, 2)", [])
            .unwrap();
        db.execute(
            "INSERT INTO test_migrations (version, name, applied) VALUES (9, 'future', 0)",
            [],
        )
        .unwrap();
        let e = SCHEMA.apply_sqlite(&mut db, 0).unwrap_err();
        assert!(
            matches!(
                e,
                SchemaError::Newer {
                    found: 9,
                    known: 2,
                    ..
                }
            ),
            "{e}"
        );
        assert!(e.to_string().contains("version 9") && e.to_string().contains("(2)"));
        // A failing step names itself and leaves the version where it was.
        let mut broken = Connection::open_in_memory().unwrap();
        broken.execute_batch("CREATE TABLE t (y INTEGER);").unwrap();
        let e = SCHEMA.apply_sqlite(&mut broken, 1).unwrap_err();
        assert!(e.to_string().contains("migration 2 (a column)"), "{e}");
        assert_eq!(SCHEMA.version_sqlite(&broken).unwrap(), 1);
    }
}
