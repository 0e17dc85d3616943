//! minewatch-stratum's integration tests: one test binary (one link, one process), a module per concern.

mod end_to_end;
mod node;
mod pool_protocol;
mod postgres;
mod proto;
mod sv2;
mod sv2_pool;
