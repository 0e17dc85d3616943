//! The `minewatch` binary's tests: one test binary (one link, one process) with a module per
//! subcommand or concern, and `tests/common` for what they share.

#[path = "../common/mod.rs"]
mod common;

mod agents;
mod bench;
mod chain_verify;
mod dnr_export;
mod first_hour;
mod fleet;
mod host;
mod hostile;
mod interop_npm;
mod interop_sri;
mod mine;
mod profit;
mod scan;
mod scan_pcap;
mod serve;
