//! Everything the binary writes: data on stdout, errors and progress on stderr.

#![allow(clippy::print_stdout, clippy::print_stderr)] // The one module that prints.

use std::io::{IsTerminal as _, Write as _};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Settings that shape output.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context {
    pub(crate) quiet: bool,
}

impl Context {
    /// A progress bar on stderr, hidden when quiet, when stderr is not a terminal, or for
    /// totals too small to be worth drawing.
    pub(crate) fn progress(&self, total: u64, what: &str) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() || total < 50_000 {
            return ProgressBar::hidden();
        }
        let pb = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{msg} [{bar:40}] {human_pos}/{human_len} ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        pb.set_style(style);
        pb.set_message(what.to_owned());
        pb
    }
}

impl Context {
    /// A status line on stderr (a spinner with a message), hidden when quiet or not a terminal.
    pub(crate) fn status_line(&self) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let pb = ProgressBar::new_spinner();
        pb.set_draw_target(ProgressDrawTarget::stderr());
        pb.enable_steady_tick(std::time::Duration::from_millis(250));
        pb
    }
}

static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `--quiet`: from now on only errors, warnings and secrets shown once reach stderr.
pub(crate) fn set_quiet(quiet: bool) {
    QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

/// Writes one informational line to stderr (nothing with --quiet).
pub(crate) fn stderr_line(msg: &str) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        eprintln!("{msg}");
    }
}

/// Writes a line to stderr even with --quiet: something shown once that cannot be asked for
/// again (the first admin key).
pub(crate) fn stderr_always(msg: &str) {
    eprintln!("{msg}");
}

/// Writes `text` to stdout; a closed pipe (`| head`) ends quietly.
pub(crate) fn stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Writes an error to stderr: one line, unless the message carries a diagram of its own (a
/// TOML error's caret under the bad value), which keeps its lines, indented.
pub(crate) fn error_line(msg: &str) {
    eprintln!("error: {}", msg.trim_end().replace('\n', "\n  "));
}

/// Writes one warning line to stderr (shown even with --quiet: it says the result is partial).
pub(crate) fn warn_line(msg: &str) {
    eprintln!("warning: {msg}");
}
