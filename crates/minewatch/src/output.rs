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

/// Writes one informational line to stderr.
pub(crate) fn stderr_line(msg: &str) {
    eprintln!("{msg}");
}

/// Writes `text` to stdout; a closed pipe (`| head`) ends quietly.
pub(crate) fn stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Writes one error line to stderr.
pub(crate) fn error_line(msg: &str) {
    let one_line = msg.replace('\n', " ");
    eprintln!("error: {one_line}");
}
