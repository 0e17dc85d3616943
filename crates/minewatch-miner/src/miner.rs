//! The thread pool that mines.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
use minewatch_pow::search::{Backend, WorkUnit};
use minewatch_pow::{BlockHash, Header};
use thiserror::Error;

use crate::job::{Job, Plan};

/// How the miner runs.
#[derive(Debug, Clone, PartialEq)]
pub struct MinerConfig {
    /// Worker threads (at least 1).
    pub threads: usize,
    /// Nonce-search backend; `None` picks the fastest this CPU supports.
    pub backend: Option<Backend>,
    /// Pin worker `i` to core `i` (modulo the cores available).
    pub pin_cores: bool,
    /// Run workers at the lowest scheduling priority so the machine stays responsive.
    pub low_priority: bool,
    /// Time constant of the decaying hashrate average.
    pub hashrate_window: Duration,
    /// Target wall time of one scan between checks for new work (bounds switch latency).
    pub chunk_time: Duration,
    /// Shares buffered for the consumer; beyond this, new shares are dropped and counted
    /// (a trivially easy target must not stall the workers or grow memory without bound).
    pub share_buffer: usize,
}

impl Default for MinerConfig {
    fn default() -> Self {
        Self {
            threads: thread::available_parallelism().map_or(1, |n| n.get()),
            backend: None,
            pin_cores: false,
            low_priority: false,
            hashrate_window: Duration::from_secs(10),
            chunk_time: Duration::from_micros(500),
            share_buffer: 65_536,
        }
    }
}

/// The miner could not start.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum MinerError {
    /// Zero threads asked for.
    #[error("invalid thread count 0: need at least 1")]
    NoThreads,
    /// The backend is not supported by this CPU.
    #[error("hash backend {0} is not supported by this CPU")]
    Unsupported(Backend),
    /// The OS refused a thread.
    #[error("cannot spawn miner thread: {0}")]
    Spawn(#[from] std::io::Error),
}

/// A nonce whose header meets the job's share target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundShare {
    /// The job it belongs to.
    pub job_id: String,
    /// The full header, nonce included.
    pub header: Header,
    /// Its hash.
    pub hash: BlockHash,
    /// The extranonce2 bytes used (empty without a coinbase space).
    pub extranonce2: Vec<u8>,
    /// Which worker found it.
    pub thread: usize,
}

/// One worker's counters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThreadStats {
    /// Hashes tried since start.
    pub hashes: u64,
    /// Decaying-average hashes per second.
    pub hashrate: f64,
    /// The worker has exhausted the job's space and waits for new work.
    pub idle: bool,
}

/// All workers' counters.
#[derive(Debug, Clone, PartialEq)]
pub struct MinerStats {
    /// Per worker.
    pub threads: Vec<ThreadStats>,
    /// The backend in use.
    pub backend: Backend,
    /// Shares dropped because the consumer did not keep up with the share buffer.
    pub dropped_shares: u64,
}

impl MinerStats {
    /// Sum of the workers' decaying-average hashrates.
    pub fn hashrate(&self) -> f64 {
        self.threads.iter().map(|t| t.hashrate).sum()
    }

    /// Sum of hashes tried.
    pub fn hashes(&self) -> u64 {
        self.threads.iter().map(|t| t.hashes).sum()
    }
}

#[derive(Debug, Default)]
struct Worker {
    hashes: AtomicU64,
    rate_bits: AtomicU64,
    idle: AtomicBool,
    /// Generation this worker is mining, and when it picked it up (ns since `Shared::epoch`).
    generation: AtomicU64,
    picked_at_ns: AtomicU64,
}

#[derive(Debug)]
struct Shared {
    generation: AtomicU64,
    job: RwLock<Option<Plan>>,
    set_at_ns: AtomicU64,
    dropped: AtomicU64,
    stop: AtomicBool,
    epoch: Instant,
    workers: Vec<Worker>,
    threads: Vec<Mutex<Option<thread::Thread>>>,
}

impl Shared {
    fn now_ns(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64
    }

    fn wake_all(&self) {
        for t in &self.threads {
            if let Ok(g) = t.lock()
                && let Some(th) = g.as_ref()
            {
                th.unpark();
            }
        }
    }
}

/// A running miner. Dropping it stops the workers.
#[derive(Debug)]
pub struct Miner {
    shared: Arc<Shared>,
    handles: Vec<JoinHandle<()>>,
    shares: Receiver<FoundShare>,
    backend: Backend,
}

impl Miner {
    /// Starts the workers; they idle until [`Miner::set_job`].
    pub fn start(config: MinerConfig) -> Result<Self, MinerError> {
        if config.threads == 0 {
            return Err(MinerError::NoThreads);
        }
        let backend = config.backend.unwrap_or_else(Backend::best);
        if !backend.is_supported() {
            return Err(MinerError::Unsupported(backend));
        }
        let shared = Arc::new(Shared {
            generation: AtomicU64::new(0),
            job: RwLock::new(None),
            set_at_ns: AtomicU64::new(0),
            dropped: AtomicU64::new(0),
            stop: AtomicBool::new(false),
            epoch: Instant::now(),
            workers: (0..config.threads).map(|_| Worker::default()).collect(),
            threads: (0..config.threads).map(|_| Mutex::new(None)).collect(),
        });
        let (tx, rx) = crossbeam_channel::bounded(config.share_buffer.max(1));
        let cores = if config.pin_cores {
            core_affinity::get_core_ids().unwrap_or_default()
        } else {
            Vec::new()
        };
        let mut handles = Vec::with_capacity(config.threads);
        for t in 0..config.threads {
            let sh = shared.clone();
            let tx = tx.clone();
            let core = (!cores.is_empty()).then(|| cores[t % cores.len()]);
            let cfg = config.clone();
            let h = thread::Builder::new()
                .name(format!("minewatch-miner-{t}"))
                .spawn(move || worker(t, &sh, &tx, backend, core, &cfg))?;
            if let Ok(mut g) = shared.threads[t].lock() {
                *g = Some(h.thread().clone());
            }
            handles.push(h);
        }
        tracing::info!(threads = config.threads, %backend, "miner started");
        Ok(Self {
            shared,
            handles,
            shares: rx,
            backend,
        })
    }

    /// Switches every worker to `job` (they notice within about `chunk_time`).
    pub fn set_job(&self, job: Job) {
        let plan = Plan::new(Arc::new(job), self.shared.workers.len());
        if let Ok(mut g) = self.shared.job.write() {
            *g = Some(plan);
        }
        self.shared
            .set_at_ns
            .store(self.shared.now_ns(), Ordering::SeqCst);
        self.shared.generation.fetch_add(1, Ordering::SeqCst);
        self.shared.wake_all();
    }

    /// Stops mining the current job; workers idle.
    pub fn clear_job(&self) {
        if let Ok(mut g) = self.shared.job.write() {
            *g = None;
        }
        self.shared.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// Shares found, in the order found.
    pub fn shares(&self) -> &Receiver<FoundShare> {
        &self.shares
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Current counters.
    pub fn stats(&self) -> MinerStats {
        MinerStats {
            backend: self.backend,
            dropped_shares: self.shared.dropped.load(Ordering::Relaxed),
            threads: self
                .shared
                .workers
                .iter()
                .map(|w| ThreadStats {
                    hashes: w.hashes.load(Ordering::Relaxed),
                    hashrate: f64::from_bits(w.rate_bits.load(Ordering::Relaxed)),
                    idle: w.idle.load(Ordering::Relaxed),
                })
                .collect(),
        }
    }

    /// Time from the last [`Miner::set_job`] until every worker was mining it, or `None` if
    /// some worker has not switched yet.
    pub fn switch_latency(&self) -> Option<Duration> {
        let generation = self.shared.generation.load(Ordering::SeqCst);
        let set = self.shared.set_at_ns.load(Ordering::SeqCst);
        let mut latest = set;
        for w in &self.shared.workers {
            if w.generation.load(Ordering::SeqCst) != generation {
                return None;
            }
            latest = latest.max(w.picked_at_ns.load(Ordering::SeqCst));
        }
        Some(Duration::from_nanos(latest - set))
    }

    /// Stops and joins the workers.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.generation.fetch_add(1, Ordering::SeqCst);
        self.shared.wake_all();
        for h in self.handles.drain(..) {
            let _ = h.join();
        }
    }
}

impl Drop for Miner {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Decaying average: `rate += (1 - e^(-dt/tau)) * (instant - rate)`.
fn decay(rate: f64, instant: f64, dt: f64, tau: f64) -> f64 {
    if rate == 0.0 {
        return instant;
    }
    let alpha = 1.0 - (-dt / tau).exp();
    rate + alpha * (instant - rate)
}

fn worker(
    t: usize,
    shared: &Shared,
    tx: &Sender<FoundShare>,
    backend: Backend,
    core: Option<core_affinity::CoreId>,
    cfg: &MinerConfig,
) {
    if let Some(c) = core
        && !core_affinity::set_for_current(c)
    {
        tracing::warn!(thread = t, core = c.id, "could not pin miner thread");
    }
    if cfg.low_priority
        && let Err(e) =
            thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min)
    {
        tracing::warn!(thread = t, "could not lower miner thread priority: {e:?}");
    }
    let me = &shared.workers[t];
    let threads = shared.workers.len();
    let tau = cfg.hashrate_window.as_secs_f64().max(0.001);
    let chunk_secs = cfg.chunk_time.as_secs_f64().max(1e-5);
    // Start small; adapt to the measured speed so each scan takes about `chunk_time`.
    let mut chunk: u32 = 4096;
    let mut rate = 0.0f64;
    let mut window_start = Instant::now();
    let mut window_hashes = 0u64;

    'jobs: loop {
        if shared.stop.load(Ordering::SeqCst) {
            return;
        }
        let generation = shared.generation.load(Ordering::SeqCst);
        let plan = shared.job.read().ok().and_then(|g| g.clone());
        me.generation.store(generation, Ordering::SeqCst);
        me.picked_at_ns.store(shared.now_ns(), Ordering::SeqCst);
        let Some(plan) = plan else {
            me.idle.store(true, Ordering::Relaxed);
            thread::park_timeout(Duration::from_millis(50));
            continue;
        };
        me.idle.store(false, Ordering::Relaxed);
        let mut i = 0u64;
        while let Some(item) = plan.item(t, i, threads) {
            i += 1;
            let (header, en2) = plan.job.variant(item.variant);
            let work = WorkUnit::new(header, plan.job.share_target);
            let mut done = 0u64;
            while done < item.len {
                if shared.generation.load(Ordering::Relaxed) != generation {
                    continue 'jobs;
                }
                let n = u64::from(chunk).min(item.len - done) as u32;
                let start = item.start.wrapping_add(done as u32);
                let t0 = Instant::now();
                let scan = work.scan(backend, start, n);
                let dt = t0.elapsed().as_secs_f64();
                done += u64::from(scan.tried);
                me.hashes
                    .fetch_add(u64::from(scan.tried), Ordering::Relaxed);
                window_hashes += u64::from(scan.tried);
                for s in scan.found {
                    let mut h = header;
                    h.nonce = s.nonce;
                    let share = FoundShare {
                        job_id: plan.job.id.clone(),
                        header: h,
                        hash: s.hash,
                        extranonce2: en2.clone(),
                        thread: t,
                    };
                    match tx.try_send(share) {
                        Ok(()) => {}
                        Err(crossbeam_channel::TrySendError::Full(_)) => {
                            if shared.dropped.fetch_add(1, Ordering::Relaxed) == 0 {
                                tracing::warn!(
                                    "share buffer full: dropping shares until it drains"
                                );
                            }
                        }
                        Err(crossbeam_channel::TrySendError::Disconnected(_)) => return,
                    }
                }
                // Adapt the chunk toward `chunk_time`, in steps of at most 2x.
                if dt > 0.0 && scan.tried > 0 {
                    let ideal = f64::from(scan.tried) / dt * chunk_secs;
                    let next = ideal.clamp(f64::from(chunk) / 2.0, f64::from(chunk) * 2.0);
                    chunk = (next as u32).clamp(64, 1 << 24) & !15;
                }
                let wdt = window_start.elapsed().as_secs_f64();
                if wdt >= 0.1 {
                    rate = decay(rate, window_hashes as f64 / wdt, wdt, tau);
                    me.rate_bits.store(rate.to_bits(), Ordering::Relaxed);
                    window_start = Instant::now();
                    window_hashes = 0;
                }
            }
        }
        // Every item of this job is done: wait for the next one.
        me.idle.store(true, Ordering::Relaxed);
        tracing::debug!(thread = t, job = %plan.job.id, "job exhausted");
        while shared.generation.load(Ordering::SeqCst) == generation
            && !shared.stop.load(Ordering::SeqCst)
        {
            thread::park_timeout(Duration::from_millis(50));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decay_converges() {
        let mut r = 0.0;
        for _ in 0..200 {
            r = decay(r, 100.0, 0.1, 1.0);
        }
        assert!((r - 100.0).abs() < 1e-6);
        let r2 = decay(100.0, 0.0, 1.0, 1.0);
        assert!((r2 - 100.0 * (-1.0f64).exp()).abs() < 1e-9);
    }

    #[test]
    fn zero_threads_is_an_error() {
        let e = Miner::start(MinerConfig {
            threads: 0,
            ..MinerConfig::default()
        })
        .unwrap_err();
        assert_eq!(e.to_string(), "invalid thread count 0: need at least 1");
    }
}
