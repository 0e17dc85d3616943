//! One module per subcommand: its flags and what it does. Shared plumbing (runtime, signals,
//! output, flag parsing) lives beside this folder, not in here.

pub(crate) mod bench;
pub(crate) mod bench_agents;
pub(crate) mod blocklist;
pub(crate) mod chain;
pub(crate) mod eval;
pub(crate) mod hardware;
pub(crate) mod jacking_cost;
pub(crate) mod keys;
pub(crate) mod mine;
pub(crate) mod node;
pub(crate) mod pool;
pub(crate) mod profit;
pub(crate) mod proxy;
pub(crate) mod ps;
pub(crate) mod rules;
pub(crate) mod scan;
pub(crate) mod serve;
pub(crate) mod watch;
