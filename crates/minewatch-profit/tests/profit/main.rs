//! minewatch-profit's integration tests: one test binary (one link, one process), a module per concern.

mod chart;
mod model;
mod providers;
