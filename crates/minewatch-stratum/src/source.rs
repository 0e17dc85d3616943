//! Where a pool's work comes from, behind one trait ([`TemplateSource`]): the embedded regtest
//! chain ([`Embedded`]), a node over Bitcoin Core's JSON-RPC ([`Node`]: `crate::node::drive`
//! keeps its work current and submits what the pool finds), or one fixed job replayed from a
//! recorded session ([`Replay`], for tests). The pool asks its source what height is mined,
//! by which rules a block is judged, and what happens to a block it finds; it holds no mode of
//! its own.

use minewatch_pow::Params;
use minewatch_pow::block::Block;
use tokio::sync::mpsc::UnboundedSender;

use crate::chain::{ChainError, LocalChain, Template};

/// A block the pool found, for the node.
#[derive(Debug, Clone)]
pub struct FoundBlock {
    /// Its height.
    pub height: u32,
    /// The block.
    pub block: Block,
}

/// What a pool needs of its work's source.
pub(crate) trait TemplateSource: Send + std::fmt::Debug {
    /// The height being mined.
    fn next_height(&self) -> u32;
    /// The rules blocks are judged by.
    fn params(&self) -> &Params;
    /// Whether a share's job must be on the height being mined (a replayed job is served
    /// whatever its height).
    fn checks_height(&self) -> bool {
        true
    }
    /// The work to start with.
    fn first_template(&mut self, payout: &[u8], now: u32) -> Template;
    /// A new template arrived from outside (the node's driver).
    fn template_set(&mut self, _template: &Template) {}
    /// Checks a block a share solved: its height, and the block, if it may be recorded.
    fn check(&self, template: &Template, block: Block) -> Result<(u32, Block), ChainError>;
    /// A checked block was recorded: the source takes it. Returns its height and, when the
    /// source has new work at once (the embedded chain's next block), that work.
    fn found(
        &mut self,
        height: u32,
        block: Block,
        payout: &[u8],
        now: u32,
    ) -> Result<(u32, Option<Template>), ChainError>;
    /// Another front-end of the ledger recorded a block at `height` first: the recorded block,
    /// handed on to whoever submits blocks (a node), in case that front-end died before it
    /// submitted.
    fn taken(&self, _height: u32, _recorded: Block) {}
    /// Whether [`TemplateSource::taken`] wants the recorded block.
    fn wants_taken(&self) -> bool {
        false
    }
    /// The embedded chain, when that is the source.
    fn chain(&self) -> Option<&LocalChain> {
        None
    }
}

/// The embedded regtest chain: blocks are checked and appended here.
#[derive(Debug, Default)]
pub(crate) struct Embedded {
    pub(crate) chain: LocalChain,
}

impl TemplateSource for Embedded {
    fn next_height(&self) -> u32 {
        self.chain.height() + 1
    }

    fn params(&self) -> &Params {
        self.chain.params()
    }

    fn first_template(&mut self, payout: &[u8], now: u32) -> Template {
        self.chain.template(&[(payout.to_vec(), 1)], now)
    }

    fn check(&self, _template: &Template, block: Block) -> Result<(u32, Block), ChainError> {
        self.chain.validate(&block).map(|h| (h, block))
    }

    fn found(
        &mut self,
        _height: u32,
        block: Block,
        payout: &[u8],
        now: u32,
    ) -> Result<(u32, Option<Template>), ChainError> {
        let height = self.chain.submit(block)?;
        Ok((
            height,
            Some(self.chain.template(&[(payout.to_vec(), 1)], now)),
        ))
    }

    fn chain(&self) -> Option<&LocalChain> {
        Some(&self.chain)
    }
}

/// A node's work: the node judges blocks; the driver submits them and fetches what is next.
#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) next_height: u32,
    pub(crate) params: Params,
    pub(crate) found: UnboundedSender<FoundBlock>,
    pub(crate) first: Option<Template>,
}

impl TemplateSource for Node {
    fn next_height(&self) -> u32 {
        self.next_height
    }

    fn params(&self) -> &Params {
        &self.params
    }

    fn first_template(&mut self, payout: &[u8], now: u32) -> Template {
        self.first
            .take()
            .unwrap_or_else(|| LocalChain::new().template(&[(payout.to_vec(), 1)], now))
    }

    fn template_set(&mut self, template: &Template) {
        self.next_height = template.height;
    }

    fn check(&self, template: &Template, block: Block) -> Result<(u32, Block), ChainError> {
        // The node judges the block; check what we can before handing it over (the fees are
        // what the coinbase may claim above the subsidy).
        let height = template.height;
        let fees = template
            .coinbase_value
            .saturating_sub(minewatch_pow::subsidy::block_subsidy(height, &self.params));
        block
            .check(height, fees, &self.params)
            .map(|()| (height, block))
            .map_err(ChainError::from)
    }

    fn found(
        &mut self,
        height: u32,
        block: Block,
        _payout: &[u8],
        _now: u32,
    ) -> Result<(u32, Option<Template>), ChainError> {
        // Until the driver brings the next template, shares on this height are stale, as on
        // the embedded chain (a refused block brings the height back with the node's next
        // template).
        self.next_height = height + 1;
        let hash = block.block_hash();
        if self.found.send(FoundBlock { height, block }).is_err() {
            tracing::error!(height, %hash, "block found but the node driver is gone");
        }
        Ok((height, None))
    }

    fn taken(&self, height: u32, recorded: Block) {
        let _ = self.found.send(FoundBlock {
            height,
            block: recorded,
        });
    }

    fn wants_taken(&self) -> bool {
        true
    }
}

/// One fixed job from a recorded session, served whatever its height (tests replay real
/// miners' sessions against it); blocks, if any, go to an embedded chain.
#[derive(Debug, Default)]
pub(crate) struct Replay {
    pub(crate) chain: Embedded,
}

impl TemplateSource for Replay {
    fn next_height(&self) -> u32 {
        self.chain.next_height()
    }

    fn params(&self) -> &Params {
        self.chain.params()
    }

    fn checks_height(&self) -> bool {
        false
    }

    fn first_template(&mut self, payout: &[u8], now: u32) -> Template {
        self.chain.first_template(payout, now)
    }

    fn check(&self, template: &Template, block: Block) -> Result<(u32, Block), ChainError> {
        self.chain.check(template, block)
    }

    fn found(
        &mut self,
        height: u32,
        block: Block,
        payout: &[u8],
        now: u32,
    ) -> Result<(u32, Option<Template>), ChainError> {
        self.chain.found(height, block, payout, now)
    }

    fn chain(&self) -> Option<&LocalChain> {
        self.chain.chain()
    }
}
