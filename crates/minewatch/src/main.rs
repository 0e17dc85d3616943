//! The `minewatch` binary: command-line parsing, logging, output and exit codes. Domain logic
//! lives in the library crates.

use std::io::IsTerminal as _;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod bench;
mod chain;
mod host;
mod mine;
mod output;
mod profit;
mod scan;
mod serve;

/// minewatch: mine, price and police cryptocurrency mining.
#[derive(Debug, Parser)]
#[command(name = "minewatch", version, about, long_about = None, propagate_version = true)]
struct Cli {
    /// Only print errors on stderr (no progress bars, no logs).
    #[arg(short, long, global = true)]
    quiet: bool,
    /// More logging on stderr (-v info, -vv debug, -vvv trace).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The server: the versioned API, the live stream, the dashboard and the embedded pool.
    Serve(Box<serve::ServeArgs>),
    /// API keys of the server's data directory.
    #[command(subcommand)]
    Keys(serve::KeysCommand),
    /// Bitcoin chain data: verify header files against consensus rules.
    #[command(subcommand)]
    Chain(chain::ChainCommand),
    /// Mine: on an embedded regtest chain and pool (default) or on a Stratum pool (--pool).
    Mine(mine::MineArgs),
    /// Run a Stratum pool over the embedded regtest chain or a Bitcoin Core node.
    Pool(mine::PoolArgs),
    /// Mining profitability: today's figures, break-evens, a projection over halvings and
    /// difficulty growth, and Monte Carlo price risk.
    Profit(Box<profit::ProfitArgs>),
    /// The ASIC catalog.
    #[command(subcommand)]
    Hardware(profit::HardwareCommand),
    /// What a cryptojacker cost its victim and earned its operator (Monero).
    JackingCost(profit::JackingArgs),
    /// Cryptojacking detection: web content (files, directories, npm packages, URLs).
    #[command(subcommand)]
    Scan(scan::ScanCommand),
    /// This host's processes, miners first: one snapshot. Exit 0 when no miner runs, 1 when
    /// one does, 2 on an error.
    Ps(Box<host::PsArgs>),
    /// Keep sampling this host's processes; print and store alerts, optionally stop or kill
    /// miners (opt-in). Exit 0 when no miner was seen, 1 when one was, 2 on an error.
    Watch(Box<host::WatchArgs>),
    /// Miner blocklists: import, export and convert between formats; check URLs.
    #[command(subcommand)]
    Blocklist(scan::BlocklistCommand),
    /// Detector evaluation against labelled content.
    #[command(subcommand)]
    Eval(scan::EvalCommand),
    /// Performance figures: nonce-search backends, job switching, thread scaling.
    #[command(subcommand)]
    Bench(bench::BenchCommand),
}

/// Exit status: 0 all good, 1 the checked data is bad, 2 the input or usage is bad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Ok,
    Failed,
}

fn init_logging(cli: &Cli) {
    let default = match (cli.quiet, cli.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("MINEWATCH_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let color = std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal();
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(color)
        .with_target(false)
        .init();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli);
    let ctx = output::Context { quiet: cli.quiet };
    let result = match cli.command {
        Command::Serve(args) => serve::serve(&args, &ctx),
        Command::Keys(cmd) => serve::keys(&cmd, &ctx),
        Command::Chain(cmd) => chain::run(cmd, &ctx),
        Command::Bench(cmd) => bench::run(cmd, &ctx),
        Command::Mine(args) => mine::mine(&args, &ctx),
        Command::Pool(args) => mine::pool(&args, &ctx),
        Command::Profit(args) => profit::profit(&args, &ctx),
        Command::Hardware(cmd) => profit::hardware(&cmd, &ctx),
        Command::JackingCost(args) => profit::jacking_cost(&args, &ctx),
        Command::Scan(cmd) => scan::run(cmd, &ctx),
        Command::Ps(args) => host::ps(&args, &ctx),
        Command::Watch(args) => host::watch(&args, &ctx),
        Command::Blocklist(cmd) => scan::blocklist(cmd, &ctx),
        Command::Eval(cmd) => scan::eval(cmd, &ctx),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(e) => {
            // One line: the error and its causes, outermost first.
            output::error_line(&format!("{e:#}"));
            ExitCode::from(2)
        }
    }
}
