//! Helpers every CLI test module shares.

use std::path::{Path, PathBuf};
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

/// The binary under test.
pub(crate) fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_minewatch"))
}

/// The repository's root.
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

static MACHINE: RwLock<()> = RwLock::new(());

/// Held by tests that mine, drive a browser or time how fast something happens: each has the
/// machine to itself (no other test of this binary runs meanwhile), as it had when it was a
/// test binary of its own, so its timings mean something and no miner of one test shows up in
/// another's process list.
pub(crate) fn heavy() -> RwLockWriteGuard<'static, ()> {
    MACHINE
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Held by every other test: they run side by side, never beside a heavy one.
pub(crate) fn light() -> RwLockReadGuard<'static, ()> {
    MACHINE
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A new, empty database on the tests' PostgreSQL cluster (scripts/test.sh starts it and
/// names it in MINEWATCH_TEST_POSTGRES), made with Debian's `psql`; its URL.
pub(crate) fn fresh_postgres_database(tag: &str) -> String {
    let admin = std::env::var("MINEWATCH_TEST_POSTGRES").expect(
        "this test needs PostgreSQL: MINEWATCH_TEST_POSTGRES=postgres://USER@HOST:PORT/DB \
         (run it through `bash scripts/test.sh`, which starts a throwaway cluster)",
    );
    let name = format!("mw_cli_{tag}_{}", std::process::id());
    let out = std::process::Command::new("psql")
        .args([admin.as_str(), "-v", "ON_ERROR_STOP=1", "-qc"])
        .arg(format!("CREATE DATABASE {name}"))
        .output()
        .expect("psql (Debian's postgresql-client) runs");
    assert!(
        out.status.success(),
        "psql: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
    format!("{base}/{name}")
}

/// The `stratum2+tcp://` URL a `minewatch pool --sv2` prints on stderr, read line by line.
pub(crate) fn stratum2_url(stderr: &mut impl Iterator<Item = std::io::Result<String>>) -> String {
    loop {
        let line = stderr
            .next()
            .expect("the pool prints its V2 URL before exiting")
            .expect("stderr is text");
        if let Some(at) = line.find("stratum2+tcp://") {
            break line[at..]
                .split_whitespace()
                .next()
                .expect("a URL")
                .to_owned();
        }
    }
}

/// A child process killed and reaped when the test lets go of it (a failing assertion
/// included).
pub(crate) struct Reaper(pub(crate) std::process::Child);

impl Drop for Reaper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A TCP port free on 127.0.0.1 a moment ago.
pub(crate) fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    l.local_addr().expect("a bound address").port()
}

/// Waits up to 20 s until something listens on 127.0.0.1:`port`.
pub(crate) fn wait_listening(port: u16) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing listened on {port}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
