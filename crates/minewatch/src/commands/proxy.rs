//! `minewatch proxy`: Stratum V1 miners to a Stratum V2 pool, each share answered with the
//! pool's own verdict.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context as _, bail};
use clap::Args;
use minewatch_stratum::client::PoolUrl;
use minewatch_stratum::proxy::{ProxyConfig, serve_proxy};
use tokio::net::TcpListener;

use crate::Outcome;
use crate::args::{count_within, duration_within};
use crate::output::{self, Context};
use crate::runtime::{interrupted, runtime};

#[derive(Debug, Args)]
pub(crate) struct ProxyArgs {
    /// Where V1 miners connect.
    #[arg(long, default_value = "127.0.0.1:3334")]
    listen: SocketAddr,
    /// The V2 pool: stratum2+tcp://HOST:PORT/AUTHORITY_PUBLIC_KEY (its certificate must be
    /// signed by that key, or nothing is forwarded).
    #[arg(long, value_name = "URL")]
    upstream: String,
    /// Worker name for a miner that has not authorized within --authorize-wait of subscribing.
    #[arg(long, default_value = "proxy")]
    user: String,
    /// How long a subscribe waits for the miner's authorize before opening the channel as --user.
    #[arg(long, value_name = "DURATION", default_value = "1s")]
    authorize_wait: String,
    /// Miner connections at once.
    #[arg(long, default_value_t = 10_000)]
    max_connections: usize,
}

pub(crate) fn proxy(args: &ProxyArgs, _ctx: &Context) -> anyhow::Result<Outcome> {
    let upstream: PoolUrl = args.upstream.parse()?;
    if upstream.authority.is_none() {
        bail!(
            "invalid --upstream {}: expected stratum2+tcp://HOST:PORT/AUTHORITY_PUBLIC_KEY (a V2 pool with its key)",
            args.upstream
        );
    }
    let mut config = ProxyConfig::new(upstream);
    config.fallback_user = args.user.clone();
    config.authorize_wait = duration_within("--authorize-wait", &args.authorize_wait, 0.0, 60.0)?;
    config.max_connections = count_within("--max-connections", args.max_connections, 1, 1_000_000)?;
    let rt = runtime()?;
    rt.block_on(async {
        let listener = TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("cannot listen on {}", args.listen))?;
        output::stderr_line(&format!(
            "stratum V1 proxy on stratum+tcp://{} to {}",
            listener.local_addr()?,
            config.upstream
        ));
        serve_proxy(listener, Arc::new(config), interrupted())
            .await
            .map_err(anyhow::Error::msg)?;
        output::stderr_line("proxy stopped");
        Ok(Outcome::Ok)
    })
}
