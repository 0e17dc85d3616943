//! The local spool: where a front-end keeps accepting shares while its database is out of
//! reach. Each write is one JSON line per share, appended and fsynced before the shares are
//! acknowledged; the store replays the spool into the database, in order, as soon as it
//! answers again, then empties it. Replays are idempotent (a share the database holds is a
//! duplicate and writes nothing), so a crash mid-replay replays again without doubling.
//!
//! A line cut short by a crash mid-append was never acknowledged (the fsync comes first): it
//! is skipped, and so is a line that does not parse, with a warning naming its number.

use std::io::{BufRead as _, Write as _};
use std::path::{Path, PathBuf};

use minewatch_pow::block::Block;
use minewatch_pow::hex;
use serde::{Deserialize, Serialize};

use super::{LedgerEntry, ShareRecord};

/// One spooled share: the record, its credits and the block it found, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct Spooled {
    worker: String,
    job_id: String,
    difficulty: f64,
    share_difficulty: f64,
    height: u32,
    hash: String,
    time: u64,
    /// (worker, amount, kind, height).
    credits: Vec<(String, u64, String, u32)>,
    /// The block, hex, with its height.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    block: Option<(u32, String)>,
}

impl Spooled {
    pub(super) fn new(
        share: &ShareRecord,
        credits: &[LedgerEntry],
        block: Option<(u32, &Block)>,
    ) -> Self {
        Self {
            worker: share.worker.clone(),
            job_id: share.job_id.clone(),
            difficulty: share.difficulty,
            share_difficulty: share.share_difficulty,
            height: share.height,
            hash: share.hash.clone(),
            time: share.time,
            credits: credits
                .iter()
                .map(|c| (c.worker.clone(), c.amount, c.kind.to_owned(), c.height))
                .collect(),
            block: block.map(|(h, b)| (h, hex::encode(&b.encode()))),
        }
    }

    /// The share, its credits and its block.
    pub(super) fn parts(&self) -> (ShareRecord, Vec<LedgerEntry>, Option<(u32, Block)>) {
        let share = ShareRecord {
            worker: self.worker.clone(),
            job_id: self.job_id.clone(),
            difficulty: self.difficulty,
            share_difficulty: self.share_difficulty,
            height: self.height,
            hash: self.hash.clone(),
            time: self.time,
        };
        let credits = self
            .credits
            .iter()
            .map(|(w, a, k, h)| LedgerEntry {
                worker: w.clone(),
                amount: *a,
                // The ledger's kinds are fixed words; anything else was not written by us.
                kind: if k == "block" { "block" } else { "share" },
                height: *h,
            })
            .collect();
        let block = self.block.as_ref().and_then(|(h, raw)| {
            let b = hex::decode(raw).ok().and_then(|r| Block::decode(&r).ok());
            b.map(|b| (*h, b))
        });
        (share, credits, block)
    }
}

/// The spool file.
#[derive(Debug)]
pub(super) struct Spool {
    path: PathBuf,
    /// Shares in it (counted at open and on every append).
    depth: usize,
    /// `PATH.lock`, held exclusively while this spool is open: two front-ends never share one.
    _lock: std::fs::File,
}

impl Spool {
    /// Opens the spool at `path` (creating its directory), counting what it holds.
    pub(super) fn open(path: &Path) -> std::io::Result<Self> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut lock_path = path.as_os_str().to_owned();
        lock_path.push(".lock");
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)?;
        if let Err(e) = lock.try_lock() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::WouldBlock,
                format!(
                    "another process uses this spool (each front-end needs its own --spool): {e}"
                ),
            ));
        }
        // A line cut short by a crash mid-append was never acknowledged: cut it off, so the
        // next append starts on a line of its own.
        match std::fs::read(path) {
            Ok(bytes) if bytes.last().is_some_and(|&b| b != b'\n') => {
                let keep = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)?
                    .set_len(keep as u64)?;
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let mut s = Self {
            path: path.to_owned(),
            depth: 0,
            _lock: lock,
        };
        s.depth = s.read()?.len();
        Ok(s)
    }

    /// Shares waiting to be replayed.
    pub(super) fn depth(&self) -> usize {
        self.depth
    }

    /// Appends `items` and makes them durable (fsync) before returning.
    pub(super) fn append(&mut self, items: &[Spooled]) -> std::io::Result<()> {
        let mut buf = Vec::new();
        for it in items {
            serde_json::to_writer(&mut buf, it).map_err(std::io::Error::other)?;
            buf.push(b'\n');
        }
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)?;
        let before = f.metadata()?.len();
        if let Err(e) = f.write_all(&buf).and_then(|()| f.sync_data()) {
            // Nothing of a failed append stays (its shares are not acknowledged).
            let _ = f.set_len(before);
            return Err(e);
        }
        self.depth += items.len();
        Ok(())
    }

    /// Everything spooled, in order.
    pub(super) fn read(&self) -> std::io::Result<Vec<Spooled>> {
        let f = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        for (i, line) in std::io::BufReader::new(f).split(b'\n').enumerate() {
            let line = line?;
            if line.is_empty() {
                continue;
            }
            match serde_json::from_slice(&line) {
                Ok(s) => out.push(s),
                Err(e) => tracing::warn!(
                    "spool {} line {}: skipped, not a spooled share ({e})",
                    self.path.display(),
                    i + 1
                ),
            }
        }
        Ok(out)
    }

    /// Empties the spool once its shares are in the database.
    pub(super) fn clear(&mut self) -> std::io::Result<()> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        self.depth = 0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(hash: &str) -> ShareRecord {
        ShareRecord {
            worker: "w".into(),
            job_id: "j".into(),
            difficulty: 1.5,
            share_difficulty: 9.0,
            height: 3,
            hash: hash.into(),
            time: 11,
        }
    }

    #[test]
    fn shares_blocks_and_credits_come_back_as_they_went_in() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s/pool.spool");
        let mut s = Spool::open(&path).expect("opens");
        let genesis = crate::chain::regtest_genesis();
        let credit = LedgerEntry {
            worker: "w".into(),
            amount: 7,
            kind: "block",
            height: 3,
        };
        let items = vec![
            Spooled::new(&share("01"), &[], None),
            Spooled::new(
                &share("02"),
                std::slice::from_ref(&credit),
                Some((3, &genesis)),
            ),
        ];
        s.append(&items).expect("appends");
        assert_eq!(s.depth(), 2);
        drop(s);
        let mut s = Spool::open(&path).expect("reopens");
        assert_eq!(s.depth(), 2);
        let back = s.read().expect("reads");
        assert_eq!(back, items);
        let (sh, cr, b) = back[1].parts();
        assert_eq!((sh, cr, b), (share("02"), vec![credit], Some((3, genesis))));
        s.clear().expect("clears");
        assert_eq!(s.depth(), 0);
        assert!(!path.exists());
    }

    #[test]
    fn two_front_ends_cannot_share_a_spool() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("pool.spool");
        let first = Spool::open(&path).expect("opens");
        let e = Spool::open(&path).expect_err("a second opener is refused");
        assert!(e.to_string().contains("its own --spool"), "{e}");
        drop(first);
        Spool::open(&path).expect("free again once the first is gone");
    }

    #[test]
    fn a_line_cut_short_by_a_crash_is_dropped_and_the_next_append_is_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("pool.spool");
        let mut s = Spool::open(&path).expect("opens");
        s.append(&[Spooled::new(&share("01"), &[], None)])
            .expect("appends");
        // A crash mid-append: half a line, never acknowledged.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(b"{\"worker\":\"w\",\"job"))
            .expect("writes");
        drop(s);
        let mut s = Spool::open(&path).expect("reopens");
        assert_eq!(s.depth(), 1);
        s.append(&[Spooled::new(&share("02"), &[], None)])
            .expect("appends");
        let hashes: Vec<String> = s
            .read()
            .expect("reads")
            .iter()
            .map(|x| x.parts().0.hash)
            .collect();
        assert_eq!(hashes, vec!["01", "02"]);
    }
}
