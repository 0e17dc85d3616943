//! minewatch-detect's integration tests: one test binary (one link, one process), a module per concern.

mod blocklist;
mod corpus;
mod dnr;
mod fetch;
mod harness;
mod miners;
mod pcaps;
mod untrusted;
