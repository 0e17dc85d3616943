//! The Stratum pool server on tokio: many miners per process, jobs from the embedded chain or
//! a Bitcoin Core node ([`crate::node`]), share validation with the standard error codes,
//! per-connection vardiff, blocks submitted the moment a share meets the network target.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use minewatch_pow::{BlockHash, Target};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, broadcast, watch};
use tokio::time::Instant;

use crate::accounting::{Credit, DecayingRate, Economics, Scheme, ShareWindow, share_credit};
use crate::chain::{ChainError, EXTRANONCE1_SIZE, EXTRANONCE2_SIZE, LocalChain, Template};
use crate::proto::{
    ErrorCode, Job, LineBuffer, Message, Method, StratumError, Submit, SubscribeResult,
    share_difficulty,
};
use crate::source::{Embedded, FoundBlock, Node, Replay, TemplateSource};
use crate::store::{LedgerEntry, Recorded, ShareRecord, Store, StoreError};

mod v2;
pub use v2::serve_v2;

/// How the pool runs.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolConfig {
    /// Difficulty given to a new connection (a miner may suggest another).
    pub initial_difficulty: f64,
    /// Vardiff never goes below this.
    pub min_difficulty: f64,
    /// Vardiff never goes above this.
    pub max_difficulty: f64,
    /// Vardiff aims for one share per this interval per connection.
    pub target_share_interval: Duration,
    /// Vardiff reconsiders after this long (or after 12 shares, whichever is first).
    pub retarget_interval: Duration,
    /// Adjust each connection's difficulty (off: keep the initial or suggested one).
    pub vardiff: bool,
    /// Version bits miners may roll (BIP 310); 0 refuses version rolling.
    pub version_mask: u32,
    /// Most simultaneous connections.
    pub max_connections: usize,
    /// Longest accepted line.
    pub max_line: usize,
    /// A connection silent this long is closed.
    pub idle_timeout: Duration,
    /// Output script the embedded chain pays block rewards to.
    pub payout_script: Vec<u8>,
    /// How shares earn: PPS, FPPS, PPLNS, PROP or SOLO.
    pub scheme: Scheme,
    /// Pool fee as a fraction (0.02 = 2%).
    pub pool_fee: f64,
    /// Time constant of the per-worker hashrate estimate.
    pub hashrate_window: Duration,
    /// Most worker names one connection may authorize.
    pub max_workers_per_connection: usize,
    /// Longest worker name, in bytes.
    pub max_worker_name: usize,
    /// Most authorized names all open connections hold together (a name costs memory until
    /// its connection closes; it enters the pool's statistics only with a valid share).
    pub max_authorized_names: usize,
    /// Most workers with statistics; when full, idle ones are forgotten first (the ledger
    /// keeps what they earned).
    pub max_workers: usize,
    /// A worker with no accepted share for this long is forgotten from the statistics.
    pub worker_idle: Duration,
    /// This front-end's number among those sharing one ledger: the top byte of every
    /// extranonce1 it hands out, so no two front-ends give miners the same work.
    pub instance: u8,
    /// Block payouts (PPLNS, PROP, SOLO) are credited by the ledger's leader from the shares
    /// in the database ([`Store::lead`]), not by this process from the shares it saw: for
    /// front-ends sharing a PostgreSQL ledger, where each sees only its own miners' shares.
    /// Each such pool takes its turn at leading every second.
    pub leader_credits: bool,
}

impl Default for PoolConfig {
    fn default() -> Self {
        Self {
            initial_difficulty: 0.001,
            min_difficulty: 1e-6,
            max_difficulty: 1e12,
            target_share_interval: Duration::from_secs(5),
            retarget_interval: Duration::from_secs(30),
            vardiff: true,
            version_mask: 0x1fff_e000,
            max_connections: 20_000,
            max_line: 16 * 1024,
            idle_timeout: Duration::from_secs(600),
            payout_script: vec![0x51],
            scheme: Scheme::Pplns { n: 2.0 },
            pool_fee: 0.0,
            hashrate_window: Duration::from_secs(300),
            max_workers_per_connection: 256,
            max_worker_name: 256,
            max_authorized_names: 100_000,
            max_workers: 100_000,
            worker_idle: Duration::from_secs(24 * 3600),
            instance: 0,
            leader_credits: false,
        }
    }
}

/// Something that happened in the pool, for status lines, logs and the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PoolEvent {
    /// A share was accepted.
    ShareAccepted {
        /// Worker name.
        worker: String,
        /// The connection's difficulty the share was judged at.
        difficulty: f64,
        /// The share's own difficulty.
        share_difficulty: f64,
    },
    /// A share was rejected.
    ShareRejected {
        /// Worker name.
        worker: String,
        /// The error sent back.
        code: i64,
        /// Its message.
        reason: String,
    },
    /// A block was found and added to the chain.
    BlockFound {
        /// Its height.
        height: u32,
        /// Its hash.
        hash: BlockHash,
        /// Who found it.
        worker: String,
    },
    /// The node answered a block the pool submitted (node mode only).
    BlockSubmitted {
        /// Its height.
        height: u32,
        /// Its hash.
        hash: BlockHash,
        /// `None` if the node accepted it, else the node's reason (or the RPC error).
        rejected: Option<String>,
    },
    /// A connection's difficulty changed.
    Difficulty {
        /// Worker name (empty before authorize).
        worker: String,
        /// The new difficulty.
        difficulty: f64,
    },
}

/// Templates of one block whose jobs stay valid (each refresh for new transactions makes a new
/// one; a template can carry megabytes of transactions).
pub const MAX_TEMPLATES_PER_BLOCK: usize = 4;

/// What makes a share unique: its header hash (the same header is the same work, whichever
/// job id it was submitted under).
type ShareKey = [u8; 32];

#[derive(Debug)]
struct JobEntry {
    job: Job,
    template: Arc<Template>,
}

/// A pool that cannot start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PoolError {
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored block does not extend the chain.
    #[error("stored block at height {height} is invalid: {source}")]
    StoredBlock {
        /// Its height.
        height: u32,
        /// Why.
        source: ChainError,
    },
}

#[derive(Debug)]
struct State {
    /// Where the work comes from: the embedded chain, a node, or a replayed job.
    source: Box<dyn TemplateSource>,
    window: ShareWindow,
    workers: HashMap<String, WorkerState>,
    jobs: HashMap<String, Arc<JobEntry>>,
    seq: u64,
    next_extranonce1: u32,
    seen: HashSet<ShareKey>,
    /// Templates of the current block, newest last (node mode refreshes them for new
    /// transactions; only the last few keep their jobs, so memory stays bounded).
    recent: std::collections::VecDeque<Arc<Template>>,
}

impl State {
    /// Height of the block being mined.
    fn next_height(&self) -> u32 {
        self.source.next_height()
    }

    fn params(&self) -> &minewatch_pow::Params {
        self.source.params()
    }
}

/// A pool: its chain, its jobs, its event stream.
#[derive(Debug)]
pub struct Pool {
    config: PoolConfig,
    state: Mutex<State>,
    current: watch::Sender<Arc<JobEntry>>,
    events: broadcast::Sender<PoolEvent>,
    store: Arc<Mutex<Store>>,
    writer: crossbeam_channel::Sender<WriteReq>,
    /// Every connection gets this extranonce1 (replay of a recorded session).
    fixed_extranonce1: Option<Vec<u8>>,
    /// Worker names all open connections hold (bounded by `max_authorized_names`).
    names: Arc<AtomicUsize>,
    /// Open connections, V1 and V2 together (bounded by `max_connections`).
    connections: Arc<Semaphore>,
    metrics: Arc<crate::metrics::PoolMetrics>,
}

#[derive(Debug, Default)]
struct WorkerState {
    accepted: u64,
    rejected: u64,
    rate: DecayingRate,
    /// When its last share was accepted (seconds).
    last: f64,
}

/// Makes room for one more worker: forgets the idle ones, then the longest idle.
fn make_room(workers: &mut HashMap<String, WorkerState>, cfg: &PoolConfig, now: f64) {
    if workers.len() < cfg.max_workers.max(1) {
        return;
    }
    let idle = cfg.worker_idle.as_secs_f64();
    workers.retain(|_, w| now - w.last < idle);
    while workers.len() >= cfg.max_workers.max(1) {
        let Some(oldest) = workers
            .iter()
            .min_by(|a, b| a.1.last.total_cmp(&b.1.last))
            .map(|(k, _)| k.clone())
        else {
            break;
        };
        workers.remove(&oldest);
    }
}

/// One worker as the pool sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerStats {
    /// Worker name.
    pub name: String,
    /// Shares accepted since the pool started.
    pub accepted: u64,
    /// Shares rejected since the pool started.
    pub rejected: u64,
    /// Hashes per second, from accepted difficulty (decaying average).
    pub hashrate: f64,
}

/// A share waiting for the group commit; `done` says what became of it.
struct WriteReq {
    record: ShareRecord,
    credits: Vec<LedgerEntry>,
    done: tokio::sync::oneshot::Sender<Written>,
}

/// What the group commit made of a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    /// Durable: acknowledge it.
    Durable,
    /// The database held it already (another front-end took it first): a duplicate.
    Duplicate,
    /// Not written (the database failed): an internal error.
    Failed,
}

impl Written {
    /// What the connection tells the miner: `Ok` to acknowledge, else the error.
    fn verdict(
        received: Result<Self, tokio::sync::oneshot::error::RecvError>,
    ) -> Result<(), StratumError> {
        match received {
            Ok(Self::Durable) => Ok(()),
            Ok(Self::Duplicate) => Err(StratumError::new(ErrorCode::DuplicateShare)),
            Ok(Self::Failed) | Err(_) => Err(StratumError {
                code: ErrorCode::Other.code(),
                message: "internal error: share not recorded".into(),
            }),
        }
    }
}

impl std::fmt::Debug for WriteReq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WriteReq")
            .field("record", &self.record)
            .finish_non_exhaustive()
    }
}

/// The group-commit writer: takes every share waiting, commits them in one transaction and
/// tells each connection whether its share is durable. Ends when the pool is dropped.
fn writer_loop(
    store: &Mutex<Store>,
    rx: &crossbeam_channel::Receiver<WriteReq>,
    metrics: &crate::metrics::PoolMetrics,
) {
    const MAX_BATCH: usize = 8192;
    loop {
        let first = match rx.recv_timeout(std::time::Duration::from_secs(1)) {
            Ok(r) => r,
            Err(crossbeam_channel::RecvTimeoutError::Timeout) => {
                // Quiet: replay the spool, if the database is back.
                let mut s = store
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                if s.spool_depth() > 0 {
                    let _ = s.drain();
                }
                continue;
            }
            Err(crossbeam_channel::RecvTimeoutError::Disconnected) => break,
        };
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(r) => batch.push(r),
                Err(_) => break,
            }
        }
        let mut items = Vec::with_capacity(batch.len());
        let mut dones = Vec::with_capacity(batch.len());
        for r in batch {
            items.push((r.record, r.credits));
            dones.push(r.done);
        }
        let started = std::time::Instant::now();
        let written = store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .record_batch(&items);
        metrics.db_write(started.elapsed().as_secs_f64());
        match written {
            Ok(outcomes) => {
                for (d, o) in dones.into_iter().zip(outcomes) {
                    let _ = d.send(match o {
                        Recorded::New | Recorded::Spooled => Written::Durable,
                        Recorded::Duplicate => Written::Duplicate,
                    });
                }
            }
            Err(e) => {
                tracing::error!("cannot record {} shares: {e}", items.len());
                for d in dones {
                    let _ = d.send(Written::Failed);
                }
            }
        }
    }
}

/// Every second, a turn at leading the ledger ([`Store::lead`]); ends with the pool.
fn leader_loop(
    store: &std::sync::Weak<Mutex<Store>>,
    scheme: Scheme,
    fee: f64,
    metrics: &crate::metrics::PoolMetrics,
) {
    loop {
        std::thread::sleep(Duration::from_secs(1));
        let Some(store) = store.upgrade() else { break };
        let turn = store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .lead(scheme, fee);
        match turn {
            Ok(Some(n)) => {
                metrics.set_leader(true);
                if n > 0 {
                    tracing::info!(blocks = n, "leader: block payouts credited");
                }
            }
            Ok(None) => metrics.set_leader(false),
            Err(e) => {
                metrics.set_leader(false);
                tracing::warn!("leader: {e}");
            }
        }
    }
}

/// An accepted share: its own difficulty, the block it found (height, hash) if any, and
/// whether it is durable yet.
type Accepted = (f64, Option<(u32, BlockHash)>, Durable);

/// Whether an accepted share is durable yet.
#[derive(Debug)]
enum Durable {
    /// Committed already (shares that found a block are written at once).
    Now,
    /// In the group commit; the receiver says what became of it.
    Pending(tokio::sync::oneshot::Receiver<Written>),
}

fn unix_now() -> u32 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as u32)
}

impl Pool {
    /// A pool over a fresh embedded chain, recording to an in-memory database.
    pub fn new(config: PoolConfig) -> Arc<Self> {
        // Opening an in-memory SQLite database does no I/O; it fails only if allocation does.
        let store = Store::in_memory().expect("an in-memory SQLite database opens without I/O");
        Self::build(config, LocalChain::new(), store)
    }

    /// A pool over the embedded chain recorded in `store`: stored blocks are checked and
    /// replayed, so the chain resumes where it was.
    pub fn open(config: PoolConfig, store: Store) -> Result<Arc<Self>, PoolError> {
        Self::open_chain(config, LocalChain::new(), store)
    }

    /// As [`Pool::open`], starting from `chain` (for example one with a fixed target).
    pub fn open_chain(
        config: PoolConfig,
        mut chain: LocalChain,
        mut store: Store,
    ) -> Result<Arc<Self>, PoolError> {
        for (height, block) in store.blocks()? {
            let got = chain
                .submit(block)
                .map_err(|source| PoolError::StoredBlock { height, source })?;
            if got != height {
                return Err(PoolError::StoredBlock {
                    height,
                    source: ChainError::NotOnTip {
                        hash: chain.tip().block_hash(),
                        tip: chain.tip().header.prev_blockhash,
                    },
                });
            }
        }
        Ok(Self::build(config, chain, store))
    }

    fn build(config: PoolConfig, chain: LocalChain, store: Store) -> Arc<Self> {
        Arc::new(Self::build_inner(
            config,
            Box::new(Embedded { chain }),
            store,
        ))
    }

    fn build_inner(config: PoolConfig, mut source: Box<dyn TemplateSource>, store: Store) -> Self {
        let connections = Arc::new(Semaphore::new(config.max_connections.max(1)));
        let template = Arc::new(source.first_template(&config.payout_script, unix_now()));
        // Job ids start from the clock, so a restarted pool never reuses an id it handed out.
        let seq = u64::from(unix_now()) << 16;
        let first_id = format!("{seq:x}");
        let first = Arc::new(JobEntry {
            job: template.job(first_id.clone(), true),
            template,
        });
        let mut jobs = HashMap::new();
        jobs.insert(first_id, first.clone());
        let (current, _) = watch::channel(first);
        let (events, _) = broadcast::channel(4096);
        let store = Arc::new(Mutex::new(store));
        let (writer, writer_rx) = crossbeam_channel::unbounded::<WriteReq>();
        let metrics = Arc::new(crate::metrics::PoolMetrics::default());
        {
            let store = store.clone();
            let metrics = metrics.clone();
            let spawned = std::thread::Builder::new()
                .name("minewatch-pool-writer".into())
                .spawn(move || writer_loop(&store, &writer_rx, &metrics));
            if let Err(e) = spawned {
                tracing::error!("cannot start the share writer: {e}");
            }
        }
        if config.leader_credits {
            let store = Arc::downgrade(&store);
            let (scheme, fee) = (config.scheme, config.pool_fee);
            let metrics = metrics.clone();
            let spawned = std::thread::Builder::new()
                .name("minewatch-pool-leader".into())
                .spawn(move || leader_loop(&store, scheme, fee, &metrics));
            if let Err(e) = spawned {
                tracing::error!("cannot start the ledger's leader: {e}");
            }
        }
        Self {
            config,
            state: Mutex::new(State {
                source,
                window: ShareWindow::default(),
                workers: HashMap::new(),
                jobs,
                seq,
                next_extranonce1: 1,
                seen: HashSet::new(),
                recent: std::collections::VecDeque::new(),
            }),
            current,
            events,
            store,
            writer,
            fixed_extranonce1: None,
            names: Arc::new(AtomicUsize::new(0)),
            connections,
            metrics,
        }
    }

    /// A pool that serves one fixed job, as a recorded session saw it: the job (with its own
    /// id), the extranonce1 every connection gets, and the difficulty from `config`. It
    /// validates and records shares exactly as the normal pool does. For replaying real miner
    /// sessions against this pool's validation, accounting and storage.
    pub fn replay(config: PoolConfig, job: Job, extranonce1: Vec<u8>, store: Store) -> Arc<Self> {
        let mut raw = job.coinbase(&[], &[]);
        raw.truncate(job.coinb1.len());
        // The BIP 34 height is the first push of the coinbase scriptSig (after version,
        // input count, outpoint and script length: 4 + 1 + 36 + 1 bytes).
        let height = raw
            .get(42..)
            .and_then(minewatch_pow::coinbase::parse_bip34_height)
            .unwrap_or(0);
        let template = Arc::new(Template {
            height,
            header: job.header_template(),
            coinb1: job.coinb1.clone(),
            coinb2: job.coinb2.clone(),
            coinbase_value: 0,
            transactions: Vec::new(),
            witness_commitment: false,
        });
        let entry = Arc::new(JobEntry {
            job: job.clone(),
            template,
        });
        let mut jobs = HashMap::new();
        jobs.insert(job.job_id.clone(), entry.clone());
        let mut pool = Self::build_inner(config, Box::new(Replay::default()), store);
        {
            let st = pool
                .state
                .get_mut()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            st.jobs = jobs;
        }
        pool.current.send_replace(entry);
        pool.fixed_extranonce1 = Some(extranonce1);
        Arc::new(pool)
    }

    /// A pool mining on a node's work, starting from `first` (see [`crate::node::drive`],
    /// which keeps the work current and submits what arrives on the returned receiver).
    /// `params` are the node's network's. Shares and found blocks are recorded in `store`
    /// as in embedded mode.
    pub fn with_node(
        config: PoolConfig,
        store: Store,
        params: minewatch_pow::Params,
        first: Template,
    ) -> (Arc<Self>, tokio::sync::mpsc::UnboundedReceiver<FoundBlock>) {
        let (found, rx) = tokio::sync::mpsc::unbounded_channel();
        let source = Node {
            next_height: first.height,
            params,
            found,
            first: Some(first.clone()),
        };
        let pool = Self::build_inner(config, Box::new(source), store);
        // The first template again through `set_template`, which keeps the block's templates.
        match pool.state.lock() {
            Ok(mut s) => s.jobs.clear(),
            Err(p) => p.into_inner().jobs.clear(),
        }
        pool.set_template(first);
        (Arc::new(pool), rx)
    }

    /// Makes `template` the current work. A template on a new previous block is a clean job
    /// (older jobs become stale); one on the same block (new transactions) is not.
    pub fn set_template(&self, template: Template) {
        let mut st = match self.state.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        let clean = self.current.borrow().template.header.prev_blockhash
            != template.header.prev_blockhash
            || st.jobs.is_empty();
        st.seq += 1;
        let id = format!("{:x}", st.seq);
        st.source.template_set(&template);
        if clean {
            let prev = template.header.prev_blockhash;
            st.jobs
                .retain(|_, j| j.template.header.prev_blockhash == prev);
            st.seen.clear();
        }
        let template = Arc::new(template);
        if clean {
            st.recent.clear();
        }
        st.recent.push_back(template.clone());
        while st.recent.len() > MAX_TEMPLATES_PER_BLOCK {
            if let Some(old) = st.recent.pop_front() {
                st.jobs.retain(|_, j| !Arc::ptr_eq(&j.template, &old));
            }
        }
        let next = Arc::new(JobEntry {
            job: template.job(id.clone(), clean),
            template,
        });
        st.jobs.insert(id, next.clone());
        self.current.send_replace(next);
    }

    /// The previous block of the current work.
    pub fn current_prev_blockhash(&self) -> BlockHash {
        self.current.borrow().template.header.prev_blockhash
    }

    /// What the pool has counted (for `/metrics`).
    pub fn metrics(&self) -> &crate::metrics::PoolMetrics {
        &self.metrics
    }

    /// Open Stratum connections, V1 and V2.
    pub fn open_connections(&self) -> usize {
        self.config
            .max_connections
            .max(1)
            .saturating_sub(self.connections.available_permits())
    }

    /// This front-end's instance number (the top byte of its extranonce1s).
    pub fn instance(&self) -> u8 {
        self.config.instance
    }

    /// The output script block rewards are paid to.
    pub fn payout_script(&self) -> &[u8] {
        &self.config.payout_script
    }

    /// Sends `event` to every subscriber.
    pub fn emit(&self, event: PoolEvent) {
        self.metrics.observe(&event);
        let _ = self.events.send(event);
    }

    /// Subscribes to pool events.
    pub fn events(&self) -> broadcast::Receiver<PoolEvent> {
        self.events.subscribe()
    }

    /// Height of the chain tip (in node mode: of the node's tip as last seen).
    pub fn height(&self) -> u32 {
        self.state
            .lock()
            .map_or(0, |s| s.next_height().saturating_sub(1))
    }

    /// Seconds since the Unix epoch, as f64 (the hashrate clock).
    fn clock() -> f64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64())
    }

    /// Every worker with a share accepted within `worker_idle`: accepted and rejected shares
    /// and hashrate from accepted difficulty.
    pub fn workers(&self) -> Vec<WorkerStats> {
        let tau = self.config.hashrate_window.as_secs_f64().max(1.0);
        let now = Self::clock();
        let st = match self.state.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        let idle = self.config.worker_idle.as_secs_f64();
        let mut v: Vec<WorkerStats> = st
            .workers
            .iter()
            .filter(|(_, w)| now - w.last < idle)
            .map(|(name, w)| WorkerStats {
                name: name.clone(),
                accepted: w.accepted,
                rejected: w.rejected,
                hashrate: w.rate.hashrate_at(now, tau),
            })
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    }

    fn count_rejected(&self, worker: &str) {
        if let Ok(mut st) = self.state.lock() {
            // Only workers that authorized are tracked, so a peer cannot grow the map at will.
            if let Some(w) = st.workers.get_mut(worker) {
                w.rejected += 1;
            }
        }
    }

    /// What each worker is owed, from the ledger.
    pub fn balances(&self) -> Result<std::collections::BTreeMap<String, u64>, StoreError> {
        self.with_store(Store::balances)
    }

    /// Runs `f` on the pool's database (reads for the API: recent shares, found blocks).
    pub fn with_store<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        let mut store = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut store)
    }

    /// What the database holds.
    pub fn stored(&self) -> Result<crate::store::StoreSummary, StoreError> {
        self.with_store(Store::summary)
    }

    /// A copy of the chain.
    pub fn chain(&self) -> LocalChain {
        self.state
            .lock()
            .ok()
            .and_then(|s| s.source.chain().cloned())
            .unwrap_or_default()
    }

    fn next_extranonce1(&self) -> Vec<u8> {
        if let Some(e) = &self.fixed_extranonce1 {
            return e.clone();
        }
        let mut s = match self.state.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        // The instance keys the top byte, so front-ends of one ledger hand out disjoint spaces.
        let v = (u32::from(self.config.instance) << 24) | (s.next_extranonce1 & 0x00ff_ffff);
        s.next_extranonce1 = s.next_extranonce1.wrapping_add(1);
        v.to_be_bytes()[..EXTRANONCE1_SIZE].to_vec()
    }

    /// Lets a connection mine under a worker name: `Ok(false)` for an empty name, an error
    /// saying which limit a name would break. A name costs this connection's memory only; the
    /// pool's statistics take it with its first valid share, so a flood of names grows nothing
    /// that outlives it.
    fn authorize(&self, conn: &mut Conn, username: String) -> Result<bool, String> {
        let cfg = &self.config;
        if username.is_empty() {
            Ok(false)
        } else if conn.workers.contains_key(&username) {
            Ok(true)
        } else if username.len() > cfg.max_worker_name {
            Err(format!(
                "worker name of {} bytes: at most {} allowed",
                username.len(),
                cfg.max_worker_name
            ))
        } else if conn.workers.len() >= cfg.max_workers_per_connection {
            Err(format!(
                "this connection already authorized {} workers, the most allowed",
                conn.workers.len()
            ))
        } else if self
            .names
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                (n < cfg.max_authorized_names).then_some(n + 1)
            })
            .is_err()
        {
            Err("the pool holds as many worker names as it may; try again later".into())
        } else {
            conn.workers.insert(username, Self::clock());
            Ok(true)
        }
    }

    /// A new job id for the current template (used when a connection's difficulty changes,
    /// so the new difficulty applies from a job the miner has not seen).
    fn alias_current(&self) -> Arc<JobEntry> {
        let cur = self.current.borrow().clone();
        let Ok(mut s) = self.state.lock() else {
            return cur;
        };
        s.seq += 1;
        let id = format!("{:x}", s.seq);
        let mut job = cur.job.clone();
        job.job_id = id.clone();
        job.clean_jobs = false;
        let entry = Arc::new(JobEntry {
            job,
            template: cur.template.clone(),
        });
        s.jobs.insert(id, entry.clone());
        entry
    }

    /// Validates a share; on success returns its difficulty and, if it solved a block, the
    /// block's height and hash.
    fn check_share(&self, conn: &mut Conn, s: &Submit) -> Result<Accepted, StratumError> {
        let err = |code: ErrorCode| StratumError::new(code);
        let other = |m: &str| StratumError {
            code: ErrorCode::Other.code(),
            message: m.to_owned(),
        };
        let Some(en1) = &conn.extranonce1 else {
            return Err(err(ErrorCode::NotSubscribed));
        };
        let Some(&since) = conn.workers.get(&s.worker) else {
            return Err(err(ErrorCode::Unauthorized));
        };
        if s.extranonce2.len() != EXTRANONCE2_SIZE {
            return Err(other("incorrect extranonce2 size"));
        }
        let mask = conn.version_mask.unwrap_or(0);
        if let Some(vb) = s.version_bits
            && vb & !mask != 0
        {
            return Err(other("invalid version bits"));
        }
        let st = match self.state.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        let Some(entry) = st.jobs.get(&s.job_id).cloned() else {
            return Err(err(ErrorCode::JobNotFound));
        };
        if st.source.checks_height() && entry.template.height != st.next_height() {
            return Err(err(ErrorCode::JobNotFound)); // stale: the chain moved on
        }
        if s.ntime < entry.job.ntime || s.ntime > unix_now().saturating_add(7200) {
            return Err(other("ntime out of range"));
        }
        // Hash outside the lock: the two runtime workers validate in parallel.
        drop(st);
        let header = entry
            .job
            .header(en1, &s.extranonce2, s.ntime, s.nonce, s.version_bits, mask);
        let hash = header.block_hash();
        let key: ShareKey = hash.to_byte_array();
        let diff = conn
            .job_difficulty
            .get(&s.job_id)
            .copied()
            .unwrap_or(conn.difficulty);
        let target = match conn.target_cache {
            Some((d, t)) if d == diff => t,
            _ => {
                let t = Target::from_difficulty(diff).unwrap_or(Target::DIFFICULTY_1);
                conn.target_cache = Some((diff, t));
                t
            }
        };
        let mut st = match self.state.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        if st.source.checks_height() && entry.template.height != st.next_height() {
            return Err(err(ErrorCode::JobNotFound)); // a block arrived meanwhile
        }
        if st.seen.contains(&key) {
            return Err(err(ErrorCode::DuplicateShare));
        }
        // A hash that meets the network target is a block whatever the share difficulty.
        let solves_block = header.target(st.params()).is_ok_and(|t| t.is_met_by(hash));
        if !solves_block && !target.is_met_by(hash) {
            return Err(err(ErrorCode::LowDifficulty));
        }
        let share_diff = share_difficulty(&hash);
        let block = if solves_block {
            entry.template.block(header, en1, &s.extranonce2).ok()
        } else {
            None
        };
        let mut block = match block.map(|b| st.source.check(&entry.template, b)) {
            Some(Ok(hb)) => Some(hb),
            Some(Err(e)) => {
                tracing::warn!("share met the network target but the block was refused: {e}");
                None
            }
            None => None,
        };
        // Durable before acknowledged: the share (and its block) are committed first.
        let record = ShareRecord {
            worker: s.worker.clone(),
            job_id: s.job_id.clone(),
            difficulty: diff,
            share_difficulty: share_diff,
            height: entry.template.height,
            hash: hash.to_string(),
            time: u64::from(unix_now()),
        };
        // What the share (and its block) earn, under the pool's scheme.
        let econ = Economics {
            network_difficulty: entry.job.bits.difficulty(),
            subsidy: minewatch_pow::subsidy::block_subsidy(entry.template.height, st.params()),
            expected_fees: 0,
            pool_fee: self.config.pool_fee,
        };
        let mut credits = Vec::new();
        let pps = share_credit(self.config.scheme, diff, &econ);
        if pps > 0 {
            credits.push(LedgerEntry {
                worker: s.worker.clone(),
                amount: pps,
                kind: "share",
                height: entry.template.height,
            });
        }
        let credit = Credit {
            worker: s.worker.clone(),
            difficulty: diff,
        };
        if let Some((height, _)) = &block
            && !self.config.leader_credits
        {
            let reward = entry.template.coinbase_value;
            for (worker, amount) in
                st.window
                    .payouts_with(&credit, self.config.scheme, reward, &econ)
            {
                credits.push(LedgerEntry {
                    worker,
                    amount,
                    kind: "block",
                    height: *height,
                });
            }
        }
        // Durable before acknowledged. A share that found a block is committed here and now,
        // with its block; the others go to the group commit and the connection waits for it.
        let durable = if block.is_some() {
            let started = std::time::Instant::now();
            let mut recorded = self.with_store(|store| {
                store.record_with_credits(&record, block.as_ref().map(|(h, b)| (*h, b)), &credits)
            });
            self.metrics.db_write(started.elapsed().as_secs_f64());
            if let Err(StoreError::BlockHeightTaken(height)) = recorded {
                // Another front-end of this ledger recorded a block at this height first: this
                // one is stale as a block, but still a valid share. That front-end submits its
                // block; in case it died between recording and submitting, this one hands the
                // recorded block to its node too (a node that has it answers "duplicate").
                tracing::info!(height, %hash, "another front-end found block {height} first");
                if st.source.wants_taken()
                    && let Ok(Some(recorded)) = self.with_store(|s| s.block_at(height))
                {
                    st.source.taken(height, recorded);
                }
                block = None;
                credits.retain(|c| c.kind == "share");
                recorded =
                    self.with_store(|store| store.record_with_credits(&record, None, &credits));
            }
            match recorded {
                Ok(Recorded::New | Recorded::Spooled) => {}
                // Another front-end of the same ledger took this share (and submits its block).
                Ok(Recorded::Duplicate) => return Err(err(ErrorCode::DuplicateShare)),
                Err(e) => {
                    tracing::error!("cannot record share: {e}");
                    return Err(other("internal error: share not recorded"));
                }
            }
            Durable::Now
        } else {
            let (done, rx) = tokio::sync::oneshot::channel();
            if self
                .writer
                .send(WriteReq {
                    record,
                    credits,
                    done,
                })
                .is_err()
            {
                return Err(other("internal error: share not recorded"));
            }
            Durable::Pending(rx)
        };
        // Recorded: now the in-memory window may change (bounded by what the scheme needs).
        let (keep, keep_round) = match self.config.scheme {
            Scheme::Pplns { n } => (n * econ.network_difficulty, false),
            Scheme::Prop => (0.0, true),
            _ => (0.0, false),
        };
        st.window.push(credit, keep, keep_round);
        let tau = self.config.hashrate_window.as_secs_f64().max(1.0);
        let now = Self::clock();
        if !st.workers.contains_key(&s.worker) {
            make_room(&mut st.workers, &self.config, now);
        }
        let w = st
            .workers
            .entry(s.worker.clone())
            .or_insert_with(|| WorkerState {
                rate: DecayingRate::starting(since),
                ..WorkerState::default()
            });
        w.accepted += 1;
        w.last = now;
        w.rate.add(diff, now, tau);
        if block.is_some() {
            st.window.new_round();
        }
        st.seen.insert(key);
        let mut found = None;
        if let Some((height, block)) = block {
            match st
                .source
                .found(height, block, &self.config.payout_script, unix_now())
            {
                Ok((height, next)) => {
                    found = Some((height, hash));
                    if let Some(template) = next {
                        // New tip: fresh template, clean job for everyone.
                        st.seq += 1;
                        let id = format!("{:x}", st.seq);
                        let template = Arc::new(template);
                        let next = Arc::new(JobEntry {
                            job: template.job(id.clone(), true),
                            template,
                        });
                        st.jobs.retain(|_, j| j.template.height > height);
                        st.jobs.insert(id, next.clone());
                        st.seen.clear();
                        self.current.send_replace(next);
                    }
                }
                Err(e) => tracing::error!("validated block refused on submit: {e}"),
            }
        }
        Ok((share_diff, found, durable))
    }
}

/// Per-connection state.
#[derive(Debug)]
struct Conn {
    extranonce1: Option<Vec<u8>>,
    /// Names this connection authorized, with when (seconds).
    workers: HashMap<String, f64>,
    /// The pool's count of names held, given back when the connection closes.
    names: Arc<AtomicUsize>,
    version_mask: Option<u32>,
    difficulty: f64,
    /// Difficulty in force for each job sent to this connection.
    job_difficulty: HashMap<String, f64>,
    extranonce_subscribed: bool,
    /// The share target of the last difficulty used (computing it divides 256-bit numbers).
    target_cache: Option<(f64, Target)>,
    shares_since: u32,
    retarget_at: Instant,
}

impl Conn {
    fn new(pool: &Pool) -> Self {
        Self {
            extranonce1: None,
            workers: HashMap::new(),
            names: pool.names.clone(),
            version_mask: None,
            difficulty: pool.config.initial_difficulty,
            job_difficulty: HashMap::new(),
            extranonce_subscribed: false,
            target_cache: None,
            shares_since: 0,
            retarget_at: Instant::now() + pool.config.retarget_interval,
        }
    }

    /// Remembers the difficulty in force for a job sent now (a bounded map: stale jobs are
    /// rejected by the pool anyway).
    fn note_job(&mut self, job_id: &str) {
        self.job_difficulty
            .insert(job_id.to_owned(), self.difficulty);
        if self.job_difficulty.len() > 64 {
            self.job_difficulty.retain(|k, _| k == job_id);
        }
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        self.names.fetch_sub(self.workers.len(), Ordering::Relaxed);
    }
}

/// First wait after a failed accept (out of descriptors); doubled on each failure in a row.
const ACCEPT_BACKOFF_MIN: Duration = Duration::from_millis(10);
/// Longest wait between accepts while they keep failing.
const ACCEPT_BACKOFF_MAX: Duration = Duration::from_secs(1);

/// Serves Stratum on `listener` until `shutdown` completes.
pub async fn serve(listener: TcpListener, pool: Arc<Pool>, shutdown: impl Future<Output = ()>) {
    accept_loop(listener, pool, shutdown, |stream, pool| async move {
        handle(stream, &pool).await
    })
    .await;
}

/// Accepts connections until `shutdown`, each served by `serve_one` under the pool's
/// connection limit; shared by the V1 and V2 listeners.
async fn accept_loop<F, Fut>(
    listener: TcpListener,
    pool: Arc<Pool>,
    shutdown: impl Future<Output = ()>,
    serve_one: F,
) where
    F: Fn(TcpStream, Arc<Pool>) -> Fut,
    Fut: Future<Output = std::io::Result<()>> + Send + 'static,
{
    let limit = pool.connections.clone();
    let (stop_tx, _) = broadcast::channel::<()>(1);
    tokio::pin!(shutdown);
    // Out of descriptors (or buffers), accept fails at once and again: retrying in a loop
    // spins a core while nothing can be served. Wait, doubling up to a second, and say so
    // once per episode.
    let mut backoff = Duration::ZERO;
    loop {
        if !backoff.is_zero() {
            tokio::select! {
                () = &mut shutdown => break,
                () = tokio::time::sleep(backoff) => {}
            }
        }
        tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(a) => {
                        if !backoff.is_zero() {
                            tracing::warn!("accepting connections again");
                        }
                        backoff = Duration::ZERO;
                        a
                    }
                    // The peer gave up before we took it: nothing wrong here.
                    Err(e) if matches!(e.kind(), std::io::ErrorKind::ConnectionAborted | std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::Interrupted) => continue,
                    Err(e) => {
                        if backoff.is_zero() {
                            tracing::warn!("cannot accept connections ({e}); retrying with back-off up to 1 s");
                        }
                        backoff = (backoff * 2).clamp(ACCEPT_BACKOFF_MIN, ACCEPT_BACKOFF_MAX);
                        continue;
                    }
                };
                let Ok(permit) = limit.clone().try_acquire_owned() else {
                    tracing::warn!(%peer, "connection limit reached; refusing");
                    drop(stream);
                    continue;
                };
                let mut stop = stop_tx.subscribe();
                let _ = stream.set_nodelay(true);
                let served = serve_one(stream, pool.clone());
                tokio::spawn(async move {
                    let _permit = permit;
                    tokio::select! {
                        r = served => if let Err(e) = r { tracing::debug!(%peer, "connection closed: {e}") },
                        _ = stop.recv() => {}
                    }
                });
            }
        }
    }
    let _ = stop_tx.send(());
}

async fn handle(mut stream: TcpStream, pool: &Pool) -> std::io::Result<()> {
    let cfg = &pool.config;
    let mut buf = LineBuffer::new(cfg.max_line);
    let mut jobs = pool.current.subscribe();
    let mut conn = Conn::new(pool);
    let mut chunk = vec![0u8; 8192];
    loop {
        let mut out = String::new();
        let mut acks: Vec<PendingAck> = Vec::new();
        tokio::select! {
            read = tokio::time::timeout(cfg.idle_timeout, stream.read(&mut chunk)) => {
                let n = match read {
                    Err(_) => return Ok(()), // idle
                    Ok(r) => r?,
                };
                if n == 0 {
                    return Ok(());
                }
                buf.push(&chunk[..n]);
                while let Some(line) = buf.next_line() {
                    match line {
                        Err(e) => {
                            // An over-long line: say so and close, as the peer is not speaking Stratum.
                            let m = Message::err(None, StratumError { code: ErrorCode::Other.code(), message: e.to_string() });
                            stream.write_all(m.to_line().as_bytes()).await?;
                            return Ok(());
                        }
                        Ok(l) if l.iter().all(u8::is_ascii_whitespace) => {}
                        Ok(l) => on_line(pool, &mut conn, &l, &mut out, &mut acks),
                    }
                }
            }
            changed = jobs.changed(), if conn.extranonce1.is_some() => {
                if changed.is_err() {
                    return Ok(());
                }
                let entry = jobs.borrow_and_update().clone();
                send_job(&mut conn, &entry.job, &mut out);
            }
        }
        // Acknowledge shares only once the group commit has made them durable.
        for ack in acks {
            match Written::verdict(ack.rx.await) {
                Ok(()) => match ack.id {
                    // The common case, written without building a JSON value.
                    Some(crate::proto::Id::Num(n)) => {
                        use std::fmt::Write as _;
                        let _ = writeln!(out, "{{\"error\":null,\"id\":{n},\"result\":true}}");
                    }
                    id => out.push_str(&Message::ok(id, json!(true)).to_line()),
                },
                Err(e) => {
                    pool.count_rejected(&ack.worker);
                    pool.emit(PoolEvent::ShareRejected {
                        worker: ack.worker,
                        code: e.code,
                        reason: e.message.clone(),
                    });
                    out.push_str(&Message::err(ack.id, e).to_line());
                    continue;
                }
            }
            pool.emit(PoolEvent::ShareAccepted {
                worker: ack.worker,
                difficulty: ack.judged,
                share_difficulty: ack.share_diff,
            });
        }
        if !out.is_empty() {
            stream.write_all(out.as_bytes()).await?;
        }
    }
}

fn send_job(conn: &mut Conn, job: &Job, out: &mut String) {
    conn.note_job(&job.job_id);
    out.push_str(&Message::notification(Method::Notify(job.clone())).to_line());
}

/// An acknowledgement waiting for the group commit.
struct PendingAck {
    id: Option<crate::proto::Id>,
    rx: tokio::sync::oneshot::Receiver<Written>,
    worker: String,
    judged: f64,
    share_diff: f64,
}

fn on_line(
    pool: &Pool,
    conn: &mut Conn,
    line: &[u8],
    out: &mut String,
    acks: &mut Vec<PendingAck>,
) {
    let cfg = &pool.config;
    let msg = match Message::parse(line) {
        Ok(m) => m,
        Err(e) => {
            let m = Message::err(
                Message::id_of_invalid(line),
                StratumError {
                    code: ErrorCode::Other.code(),
                    message: e.to_string(),
                },
            );
            out.push_str(&m.to_line());
            return;
        }
    };
    let Message::Request { id, method } = msg else {
        return;
    }; // responses (to ping) need nothing
    let reply = |out: &mut String, r: Result<Value, StratumError>| {
        let m = match r {
            Ok(v) => Message::ok(id.clone(), v),
            Err(e) => Message::err(id.clone(), e),
        };
        out.push_str(&m.to_line());
    };
    match method {
        Method::Configure { extensions, params } => {
            let mut result = serde_json::Map::new();
            for ext in &extensions {
                if ext == "version-rolling" && cfg.version_mask != 0 {
                    let asked = params
                        .get("version-rolling.mask")
                        .and_then(Value::as_str)
                        .and_then(|m| u32::from_str_radix(m, 16).ok())
                        .unwrap_or(u32::MAX);
                    let mask = asked & cfg.version_mask;
                    conn.version_mask = Some(mask);
                    result.insert("version-rolling".into(), json!(true));
                    result.insert("version-rolling.mask".into(), json!(format!("{mask:08x}")));
                } else {
                    result.insert(ext.clone(), json!(false));
                }
            }
            reply(out, Ok(Value::Object(result)));
        }
        Method::Subscribe { .. } => {
            let en1 = conn
                .extranonce1
                .clone()
                .unwrap_or_else(|| pool.next_extranonce1());
            conn.extranonce1 = Some(en1.clone());
            let r = SubscribeResult {
                subscriptions: vec![
                    ("mining.set_difficulty".into(), crate::proto_hex(&en1)),
                    ("mining.notify".into(), crate::proto_hex(&en1)),
                ],
                extranonce1: en1,
                extranonce2_size: EXTRANONCE2_SIZE,
            };
            reply(out, Ok(r.to_value()));
            out.push_str(&Message::notification(Method::SetDifficulty(conn.difficulty)).to_line());
            let entry = pool.current.borrow().clone();
            send_job(conn, &entry.job, out);
        }
        Method::Authorize { username, .. } => {
            let r = match pool.authorize(conn, username) {
                Ok(ok) => Ok(json!(ok)),
                Err(message) => Err(StratumError {
                    code: ErrorCode::Other.code(),
                    message,
                }),
            };
            reply(out, r);
        }
        Method::ExtranonceSubscribe => {
            conn.extranonce_subscribed = true;
            reply(out, Ok(json!(true)));
        }
        Method::SuggestDifficulty(d) => {
            conn.difficulty = d.clamp(cfg.min_difficulty, cfg.max_difficulty);
            reply(out, Ok(json!(true)));
            if conn.extranonce1.is_some() {
                out.push_str(
                    &Message::notification(Method::SetDifficulty(conn.difficulty)).to_line(),
                );
                let entry = pool.alias_current();
                send_job(conn, &entry.job, out);
            }
        }
        Method::Submit(s) => {
            let worker = s.worker.clone();
            let judged = conn
                .job_difficulty
                .get(&s.job_id)
                .copied()
                .unwrap_or(conn.difficulty);
            match pool.check_share(conn, &s) {
                Ok((share_diff, found, Durable::Pending(rx))) => {
                    acks.push(PendingAck {
                        id: id.clone(),
                        rx,
                        worker: worker.clone(),
                        judged,
                        share_diff,
                    });
                    if let Some((height, hash)) = found {
                        pool.emit(PoolEvent::BlockFound {
                            height,
                            hash,
                            worker: worker.clone(),
                        });
                    }
                    vardiff(pool, conn, &worker, out);
                }
                Ok((share_diff, found, Durable::Now)) => {
                    reply(out, Ok(json!(true)));
                    pool.emit(PoolEvent::ShareAccepted {
                        worker: worker.clone(),
                        difficulty: judged,
                        share_difficulty: share_diff,
                    });
                    if let Some((height, hash)) = found {
                        tracing::info!(height, %hash, %worker, "block found");
                        pool.emit(PoolEvent::BlockFound {
                            height,
                            hash,
                            worker: worker.clone(),
                        });
                    }
                    vardiff(pool, conn, &worker, out);
                }
                Err(e) => {
                    if conn.workers.contains_key(&worker) {
                        pool.count_rejected(&worker);
                    }
                    pool.emit(PoolEvent::ShareRejected {
                        worker,
                        code: e.code,
                        reason: e.message.clone(),
                    });
                    reply(out, Err(e));
                }
            }
        }
        Method::Ping => reply(out, Ok(json!("pong"))),
        other => {
            // Server-to-client methods or unknown ones sent by a client.
            reply(
                out,
                Err(StratumError {
                    code: ErrorCode::Other.code(),
                    message: format!("unsupported method {}", other.name()),
                }),
            );
        }
    }
}

/// Moves the connection's difficulty toward one share per `target_share_interval`, at most 4x
/// per step; the new difficulty applies from a new job id.
fn vardiff(pool: &Pool, conn: &mut Conn, worker: &str, out: &mut String) {
    if retarget(pool, conn, worker).is_some() {
        out.push_str(&Message::notification(Method::SetDifficulty(conn.difficulty)).to_line());
        let entry = pool.alias_current();
        send_job(conn, &entry.job, out);
    }
}

/// The vardiff decision after an accepted share: the connection's new difficulty, if it
/// changed (and the event said so). V1 and V2 connections share it.
fn retarget(pool: &Pool, conn: &mut Conn, worker: &str) -> Option<f64> {
    let cfg = &pool.config;
    if !cfg.vardiff {
        return None;
    }
    conn.shares_since += 1;
    let now = Instant::now();
    let started = conn.retarget_at - cfg.retarget_interval;
    if conn.shares_since < 12 && now < conn.retarget_at {
        return None;
    }
    let elapsed = now.duration_since(started).as_secs_f64().max(1e-3);
    let per_share = elapsed / f64::from(conn.shares_since.max(1));
    let factor = (cfg.target_share_interval.as_secs_f64() / per_share).clamp(0.25, 4.0);
    let new = (conn.difficulty * factor).clamp(cfg.min_difficulty, cfg.max_difficulty);
    conn.shares_since = 0;
    conn.retarget_at = now + cfg.retarget_interval;
    if (new / conn.difficulty - 1.0).abs() < 0.1 {
        return None;
    }
    conn.difficulty = new;
    pool.emit(PoolEvent::Difficulty {
        worker: worker.to_owned(),
        difficulty: new,
    });
    Some(new)
}
