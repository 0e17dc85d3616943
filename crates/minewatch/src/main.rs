//! The `minewatch` binary: command-line parsing, logging, output and exit codes. Domain logic
//! lives in the library crates.

use std::io::IsTerminal as _;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod args;
mod commands;
mod config;
mod hostview;
mod market;
mod output;
mod report;
mod runtime;

use commands::{
    bench, blocklist, chain, eval, hardware, jacking_cost, keys, mine, node, pool, profit, proxy,
    ps, rules, scan, serve, watch,
};

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
    Keys(keys::KeysCommand),
    /// Bitcoin chain data: verify header files against consensus rules.
    #[command(subcommand)]
    Chain(chain::ChainCommand),
    /// Mine: on an embedded regtest chain and pool (default) or on a Stratum pool (--pool).
    Mine(mine::MineArgs),
    /// Run a Stratum pool over the embedded regtest chain or a Bitcoin Core node.
    Pool(Box<pool::PoolArgs>),
    /// The embedded regtest chain as a node of its own, answering Bitcoin Core's JSON-RPC, for
    /// pools (several front-ends at once) to mine with --chain bitcoind://HOST:PORT.
    Node(node::NodeArgs),
    /// Stratum V1 miners to a Stratum V2 pool, each share answered with the pool's verdict.
    Proxy(proxy::ProxyArgs),
    /// Mining profitability: today's figures, break-evens, a projection over halvings and
    /// difficulty growth, and Monte Carlo price risk.
    Profit(Box<profit::ProfitArgs>),
    /// The ASIC catalog.
    #[command(subcommand)]
    Hardware(hardware::HardwareCommand),
    /// What a cryptojacker cost its victim and earned its operator (Monero).
    JackingCost(jacking_cost::JackingArgs),
    /// Cryptojacking detection: web content (files, directories, npm packages, URLs) and
    /// network captures (pcap, pcapng).
    #[command(subcommand)]
    Scan(scan::ScanCommand),
    /// This host's processes, miners first: one snapshot. Exit 0 when no miner runs, 1 when
    /// one does, 2 on an error, 3 when none was found but some processes could not be
    /// inspected (another user's, without root).
    Ps(Box<ps::PsArgs>),
    /// Keep sampling this host's processes; print and store alerts, optionally stop or kill
    /// miners (opt-in). Exit 0 when no miner was seen, 1 when one was, 2 on an error.
    Watch(Box<watch::WatchArgs>),
    /// Miner blocklists: import, export and convert between formats; check URLs.
    #[command(subcommand)]
    Blocklist(blocklist::BlocklistCommand),
    /// Detector evaluation against labelled content.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// The web detectors' rules: every signal with its family and weight, and how they make a
    /// verdict.
    #[command(subcommand)]
    Rules(rules::RulesCommand),
    /// Performance figures: nonce-search backends, job switching, thread scaling.
    #[command(subcommand)]
    Bench(bench::BenchCommand),
}

/// Exit status: 0 all good, 1 the checked data is bad (a miner found, a header invalid), 2 the
/// input or usage is bad, 3 nothing bad found but not everything could be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Ok,
    Failed,
    Incomplete,
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
    let argv = match config::expand(std::env::args_os().collect()) {
        Ok(a) => a,
        Err(e) => {
            output::error_line(&error_text(&e));
            return ExitCode::from(2);
        }
    };
    let cli = Cli::parse_from(argv);
    init_logging(&cli);
    output::set_quiet(cli.quiet);
    let ctx = output::Context { quiet: cli.quiet };
    let result = match cli.command {
        Command::Serve(args) => serve::serve(&args, &ctx),
        Command::Keys(cmd) => keys::keys(&cmd, &ctx),
        Command::Chain(cmd) => chain::run(cmd, &ctx),
        Command::Bench(cmd) => bench::run(cmd, &ctx),
        Command::Mine(args) => mine::mine(&args, &ctx),
        Command::Pool(args) => pool::pool(&args, &ctx),
        Command::Proxy(args) => proxy::proxy(&args, &ctx),
        Command::Node(args) => node::node(&args, &ctx),
        Command::Profit(args) => profit::profit(&args, &ctx),
        Command::Hardware(cmd) => hardware::hardware(&cmd, &ctx),
        Command::JackingCost(args) => jacking_cost::jacking_cost(&args, &ctx),
        Command::Scan(cmd) => scan::run(cmd, &ctx),
        Command::Ps(args) => ps::ps(&args, &ctx),
        Command::Watch(args) => watch::watch(&args, &ctx),
        Command::Blocklist(cmd) => blocklist::blocklist(cmd, &ctx),
        Command::Eval(cmd) => eval::eval(cmd, &ctx),
        Command::Rules(cmd) => rules::rules(&cmd, &ctx),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Ok(Outcome::Incomplete) => ExitCode::from(3),
        Err(e) => {
            output::error_line(&error_text(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, outermost first, joined with `: `; a cause whose text the message
/// already holds (an error that prints its source itself) is not said twice.
fn error_text(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let c = cause.to_string();
        if text.contains(&c) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&c);
    }
    text
}
