//! minewatch-pow's integration tests: one test binary (one link, one process), a module per concern.

mod mainnet_data;
mod oracle;
mod search_engine;
mod untrusted_bytes;
