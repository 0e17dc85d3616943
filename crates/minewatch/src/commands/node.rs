//! `minewatch node`: the embedded regtest chain as a process of its own, answering Bitcoin
//! Core's JSON-RPC, so pool front-ends (`minewatch pool --chain bitcoind://HOST:PORT`) mine it
//! as they would mine Core.

use std::net::SocketAddr;

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_stratum::chain::LocalChain;
use minewatch_stratum::node_server::{ChainNode, NodeAuth, serve_node};
use tokio::net::TcpListener;

use crate::Outcome;
use crate::output::{self, Context};
use crate::runtime::{interrupted, runtime};

#[derive(Debug, Args)]
pub(crate) struct NodeArgs {
    /// Where the chain (chain.sqlite) and the cookie (.cookie) live; created if needed.
    #[arg(long, value_name = "DIR", default_value = "minewatch-node")]
    datadir: std::path::PathBuf,
    /// JSON-RPC address. Anything but a loopback address needs --rpc-user/--rpc-password.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:18443")]
    rpc_listen: SocketAddr,
    /// RPC user name (with --rpc-password); without them a cookie in --datadir authenticates.
    #[arg(long, requires = "rpc_password")]
    rpc_user: Option<String>,
    /// RPC password (or the environment's MINEWATCH_RPC_PASSWORD).
    #[arg(
        long,
        env = "MINEWATCH_RPC_PASSWORD",
        requires = "rpc_user",
        hide_env_values = true
    )]
    rpc_password: Option<String>,
    /// The difficulty of the blocks it asks for (its templates' target): regtest's floor by
    /// default (4.66e-10, where any share a pool takes is a block). A harder one, still valid
    /// under regtest's rules, lets a pool take shares that are not blocks, as on a real chain.
    #[arg(long, value_name = "D")]
    difficulty: Option<f64>,
}

pub(crate) fn node(args: &NodeArgs, _ctx: &Context) -> anyhow::Result<Outcome> {
    let auth = match (&args.rpc_user, &args.rpc_password) {
        (Some(u), Some(p)) => {
            if u.is_empty() || u.contains(':') || p.is_empty() {
                bail!(
                    "invalid --rpc-user/--rpc-password: the user must be non-empty without ':', the password non-empty"
                );
            }
            NodeAuth::UserPass(u.clone(), p.clone())
        }
        _ => {
            if !args.rpc_listen.ip().is_loopback() {
                bail!(
                    "--rpc-listen {} is not a loopback address: give --rpc-user and --rpc-password",
                    args.rpc_listen
                );
            }
            NodeAuth::Cookie
        }
    };
    let chain = match args.difficulty {
        None => LocalChain::new(),
        Some(d) => {
            let floor = LocalChain::new().params().pow_limit_bits().difficulty();
            match minewatch_pow::Target::from_difficulty(d) {
                Some(t) if d >= floor => LocalChain::with_bits(t.to_compact_lossy()),
                _ => bail!(
                    "invalid --difficulty {d}: expected a number at least regtest's {floor:.3e}"
                ),
            }
        }
    };
    let node = ChainNode::open(&args.datadir, chain, auth)
        .with_context(|| format!("cannot open the node in {}", args.datadir.display()))?;
    let rt = runtime()?;
    rt.block_on(async {
        let listener = TcpListener::bind(args.rpc_listen)
            .await
            .with_context(|| format!("cannot listen on {}", args.rpc_listen))?;
        let addr = listener.local_addr()?;
        let auth = match node.cookie_path() {
            Some(c) => format!("cookie {}", c.display()),
            None => "user and password".to_owned(),
        };
        output::stderr_line(&format!(
            "node: regtest chain at height {} in {}, JSON-RPC on http://{addr} ({auth}); pools mine it with --chain bitcoind://{addr}",
            node.height(),
            args.datadir.display()
        ));
        serve_node(listener, node.clone(), interrupted())
            .await
            .context("the JSON-RPC server failed")?;
        output::stderr_line(&format!("node stopped at height {}", node.height()));
        Ok(Outcome::Ok)
    })
}
