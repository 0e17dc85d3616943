//! minewatch-api's integration tests: one test binary (one link, one process), a module per concern.

mod e2e;
mod router;
