//! WebAssembly by structure: what a loop does to memory, whatever its constants look like.
//!
//! Every function is run symbolically: each value on the operand stack is an expression over
//! opaque inputs (parameters, loaded values, values a loop carries from one iteration to the
//! next), kept small and shared. Constants fold as they are built, so a mask encoded as a chain
//! of xor/add/shift/mul is the mask again. Substituted arithmetic (`(b ^ !c) & b` for `b & c`,
//! `b - (0 - c)` for `b + c`, mixed boolean-arithmetic) is seen through by *evaluating* the
//! expression rather than matching its form: an address is "`(x & M) + base`" if, for sampled
//! values of an input `x`, it moves exactly as `x & M` does. The same sampling proves branch
//! conditions constant (opaque predicates: bogus control flow), and code under a branch that is
//! never taken is not counted. Small functions (wrappers that an obfuscator puts around a load,
//! a store or one operator) are inlined into their callers' expressions.
//!
//! On top of that, the recogniser of the memory-hard main loop of CryptoNight: a loop that reads
//! and writes a buffer at `(x & (2^k - 16)) + base` for k from 14 to 23 (or `2^k - 8`/`2^k - 64`,
//! RandomX's and cn/gpu's alignments), with AES round work (byte-indexed table lookups, 16 or
//! more per iteration in the loop or the functions it calls) and a 64-bit multiply. The mask,
//! the iteration count and the buffer size go into the evidence; none of them is a key.
//!
//! Bounded: expressions are cut to [`MAX_NODES`] nodes (bigger ones become opaque), evaluation
//! stops after [`MAX_EVAL`] node visits per module, and the operator budget is the caller's.

use std::collections::HashMap;
use std::rc::Rc;

use wasmparser::{
    BlockType, CompositeInnerType, FuncType, MemArg, ModuleArity, Operator, Parser, Payload,
    SubType, ValType,
};

/// Nodes at most in one expression; a bigger one is replaced by an opaque value.
pub const MAX_NODES: u32 = 96;
/// Node visits at most spent evaluating expressions in one module.
pub const MAX_EVAL: u64 = 60_000_000;
/// Body size (operators) up to which a call-free, loop-free function is inlined.
const INLINE_OPS: usize = 160;
/// Loops counted around one access: the innermost ones.
const LOOP_DEPTH: usize = 8;
/// Samples per test.
const SAMPLES: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Un {
    Eqz32,
    Eqz64,
    Wrap,
    ExtU,
    ExtS,
    Ext8S32,
    Ext16S32,
    Clz32,
    Ctz32,
    Popcnt32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bin {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    Shl,
    ShrU,
    ShrS,
    Rotl,
    Rotr,
    DivU,
    RemU,
    Eq,
    Ne,
    LtU,
    LtS,
    GtU,
    GtS,
    LeU,
    LeS,
    GeU,
    GeS,
}

#[derive(Debug)]
enum Node {
    Const(u64),
    /// An opaque input: id, significant bits (8 for a byte load, 32, 64).
    Leaf(u32, u8),
    Un(Un, Expr),
    /// Operator, 64-bit?, operands.
    Bin(Bin, bool, Expr, Expr),
}

#[derive(Debug)]
struct Tree {
    node: Node,
    size: u32,
}

type Expr = Rc<Tree>;

fn konst(v: u64) -> Expr {
    Rc::new(Tree {
        node: Node::Const(v),
        size: 1,
    })
}

fn leaf(id: u32, bits: u8) -> Expr {
    Rc::new(Tree {
        node: Node::Leaf(id, bits),
        size: 1,
    })
}

fn as_const(e: &Expr) -> Option<u64> {
    match e.node {
        Node::Const(v) => Some(v),
        _ => None,
    }
}

fn mask_of(wide: bool) -> u64 {
    if wide { u64::MAX } else { u64::from(u32::MAX) }
}

fn un_eval(op: Un, a: u64) -> u64 {
    let a32 = a as u32;
    match op {
        Un::Eqz32 => u64::from(a32 == 0),
        Un::Eqz64 => u64::from(a == 0),
        Un::Wrap => u64::from(a32),
        Un::ExtU => u64::from(a32),
        Un::ExtS => a32 as i32 as i64 as u64,
        Un::Ext8S32 => u64::from(a32 as u8 as i8 as i32 as u32),
        Un::Ext16S32 => u64::from(a32 as u16 as i16 as i32 as u32),
        Un::Clz32 => u64::from(a32.leading_zeros()),
        Un::Ctz32 => u64::from(a32.trailing_zeros()),
        Un::Popcnt32 => u64::from(a32.count_ones()),
    }
}

fn bin_eval(op: Bin, wide: bool, a: u64, b: u64) -> u64 {
    let m = mask_of(wide);
    let (a, b) = (a & m, b & m);
    let bits = if wide { 64 } else { 32 };
    let sh = (b % bits) as u32;
    let signed = |v: u64| -> i64 {
        if wide {
            v as i64
        } else {
            i64::from(v as u32 as i32)
        }
    };
    let r = match op {
        Bin::Add => a.wrapping_add(b),
        Bin::Sub => a.wrapping_sub(b),
        Bin::Mul => a.wrapping_mul(b),
        Bin::And => a & b,
        Bin::Or => a | b,
        Bin::Xor => a ^ b,
        Bin::Shl => a << sh,
        Bin::ShrU => a >> sh,
        Bin::ShrS => (signed(a) >> sh) as u64,
        Bin::Rotl => {
            if wide {
                a.rotate_left(sh)
            } else {
                u64::from((a as u32).rotate_left(sh))
            }
        }
        Bin::Rotr => {
            if wide {
                a.rotate_right(sh)
            } else {
                u64::from((a as u32).rotate_right(sh))
            }
        }
        // Division by zero traps in wasm; any value will do for sampling.
        Bin::DivU => a.checked_div(b).unwrap_or(0),
        Bin::RemU => a.checked_rem(b).unwrap_or(0),
        Bin::Eq => u64::from(a == b),
        Bin::Ne => u64::from(a != b),
        Bin::LtU => u64::from(a < b),
        Bin::LtS => u64::from(signed(a) < signed(b)),
        Bin::GtU => u64::from(a > b),
        Bin::GtS => u64::from(signed(a) > signed(b)),
        Bin::LeU => u64::from(a <= b),
        Bin::LeS => u64::from(signed(a) <= signed(b)),
        Bin::GeU => u64::from(a >= b),
        Bin::GeS => u64::from(signed(a) >= signed(b)),
    };
    r & m
}

/// Builds expressions, folding constants and cutting big ones to opaque values.
struct Builder {
    next_leaf: u32,
}

impl Builder {
    fn fresh(&mut self, bits: u8) -> Expr {
        self.next_leaf += 1;
        leaf(self.next_leaf, bits)
    }

    fn bounded(&mut self, node: Node, size: u32) -> Expr {
        if size > MAX_NODES {
            self.fresh(64)
        } else {
            Rc::new(Tree { node, size })
        }
    }

    fn un(&mut self, op: Un, a: Expr) -> Expr {
        if let Some(v) = as_const(&a) {
            return konst(un_eval(op, v));
        }
        let size = a.size + 1;
        self.bounded(Node::Un(op, a), size)
    }

    fn bin(&mut self, op: Bin, wide: bool, a: Expr, b: Expr) -> Expr {
        if let (Some(x), Some(y)) = (as_const(&a), as_const(&b)) {
            return konst(bin_eval(op, wide, x, y));
        }
        let size = a.size + b.size + 1;
        self.bounded(Node::Bin(op, wide, a, b), size)
    }
}

/// Evaluates `e` with leaf values from `env` (leaf id to value); counts visits in `spent`.
fn eval(e: &Expr, env: &dyn Fn(u32, u8) -> u64, spent: &mut u64) -> u64 {
    *spent += 1;
    match &e.node {
        Node::Const(v) => *v,
        Node::Leaf(id, bits) => {
            let v = env(*id, *bits);
            if *bits >= 64 {
                v
            } else {
                v & ((1u64 << bits) - 1)
            }
        }
        Node::Un(op, a) => un_eval(*op, eval(a, env, spent)),
        Node::Bin(op, wide, a, b) => {
            let x = eval(a, env, spent);
            let y = eval(b, env, spent);
            bin_eval(*op, *wide, x, y)
        }
    }
}

fn leaves(e: &Expr, out: &mut Vec<(u32, u8)>) {
    match &e.node {
        Node::Const(_) => {}
        Node::Leaf(id, bits) => {
            if !out.iter().any(|(i, _)| i == id) && out.len() < 16 {
                out.push((*id, *bits));
            }
        }
        Node::Un(_, a) => leaves(a, out),
        Node::Bin(_, _, a, b) => {
            leaves(a, out);
            leaves(b, out);
        }
    }
}

fn consts(e: &Expr, out: &mut Vec<u64>) {
    match &e.node {
        Node::Const(v) => {
            if out.len() < 16 {
                out.push(*v);
            }
        }
        Node::Leaf(..) => {}
        Node::Un(_, a) => consts(a, out),
        Node::Bin(_, _, a, b) => {
            consts(a, out);
            consts(b, out);
        }
    }
}

/// Replaces leaves by expressions (inlining a small function at a call site).
fn substitute(b: &mut Builder, e: &Expr, map: &dyn Fn(u32) -> Option<Expr>) -> Expr {
    match &e.node {
        Node::Const(_) => e.clone(),
        Node::Leaf(id, _) => map(*id).unwrap_or_else(|| e.clone()),
        Node::Un(op, a) => {
            let a = substitute(b, a, map);
            b.un(*op, a)
        }
        Node::Bin(op, wide, x, y) => {
            let x = substitute(b, x, map);
            let y = substitute(b, y, map);
            b.bin(*op, *wide, x, y)
        }
    }
}

/// A small deterministic generator (xorshift64*): samples are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Whether `m` is a scratchpad mask: `2^k - a` for a in {8, 16, 64} and 14 <= k <= 23.
fn scratchpad_mask(m: u64) -> bool {
    [8u64, 16, 64].iter().any(|a| {
        let p = m + a;
        p.is_power_of_two() && (14..=23).contains(&p.trailing_zeros())
    })
}

/// What sampling found out about an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AddrShape {
    /// `(x & mask) + base` (base when it does not depend on other inputs).
    Masked {
        mask: u32,
        base: Option<u32>,
    },
    /// A small table indexed by a few bits of an input (AES T-tables, an S-box).
    Table,
    Other,
}

struct Sampler {
    rng: Rng,
    spent: u64,
}

impl Sampler {
    fn exhausted(&self) -> bool {
        self.spent >= MAX_EVAL
    }

    /// Classifies an address expression.
    fn address(&mut self, addr: &Expr) -> AddrShape {
        if addr.size < 2 || self.exhausted() {
            return AddrShape::Other;
        }
        let mut ls = Vec::new();
        leaves(addr, &mut ls);
        if ls.is_empty() {
            return AddrShape::Other;
        }
        // A table: the address stays within 4 KiB while every input varies.
        let mut lo = u64::MAX;
        let mut hi = 0;
        let mut distinct = Vec::with_capacity(SAMPLES);
        for _ in 0..SAMPLES {
            let seed = self.rng.next();
            let env = move |id: u32, _| Rng(seed ^ u64::from(id).wrapping_mul(0x9E37_79B9)).next();
            let v = eval(addr, &env, &mut self.spent) & 0xFFFF_FFFF;
            lo = lo.min(v);
            hi = hi.max(v);
            if !distinct.contains(&v) {
                distinct.push(v);
            }
            if hi - lo > 4096 {
                break;
            }
        }
        if hi - lo <= 4096 && distinct.len() * 2 >= SAMPLES {
            return AddrShape::Table;
        }
        // Masked: for some input x, addr(x) - addr(0) == x & M for every sample.
        for &(x, bits) in ls.iter().filter(|(_, b)| *b >= 16).take(4) {
            if let Some(shape) = self.masked_in(addr, x, bits) {
                return shape;
            }
        }
        AddrShape::Other
    }

    fn masked_in(&mut self, addr: &Expr, x: u32, bits: u8) -> Option<AddrShape> {
        let width = if bits >= 64 {
            u64::MAX
        } else {
            (1u64 << bits) - 1
        };
        let mut base = None;
        let mut base_fixed = true;
        let mut mask = None;
        for round in 0..3 {
            let others = self.rng.next();
            let env_with = |xv: u64| {
                move |id: u32, _| {
                    if id == x {
                        xv
                    } else {
                        Rng(others ^ u64::from(id).wrapping_mul(0x9E37_79B9)).next()
                    }
                }
            };
            let a0 = eval(addr, &env_with(0), &mut self.spent) & 0xFFFF_FFFF;
            let m = eval(addr, &env_with(width), &mut self.spent).wrapping_sub(a0) & 0xFFFF_FFFF;
            if !scratchpad_mask(m) || mask.is_some_and(|k| k != m) {
                return None;
            }
            mask = Some(m);
            match base {
                None => base = Some(a0),
                Some(b) if b != a0 => base_fixed = false,
                _ => {}
            }
            let n = if round == 0 { 4 } else { SAMPLES / 2 };
            for _ in 0..n {
                let xv = self.rng.next() & width;
                let a = eval(addr, &env_with(xv), &mut self.spent) & 0xFFFF_FFFF;
                if a.wrapping_sub(a0) & 0xFFFF_FFFF != xv & m {
                    return None;
                }
            }
        }
        Some(AddrShape::Masked {
            mask: mask? as u32,
            base: if base_fixed {
                base.map(|b| b as u32)
            } else {
                None
            },
        })
    }

    /// Whether `cond` is the same truth value for every input: `Some(true|false)`.
    fn constant_truth(&mut self, cond: &Expr) -> Option<bool> {
        if let Some(v) = as_const(cond) {
            return Some(v != 0);
        }
        if self.exhausted() {
            return None;
        }
        let mut ls = Vec::new();
        leaves(cond, &mut ls);
        // Values that make comparisons with the expression's own constants flip.
        let mut cs = Vec::new();
        consts(cond, &mut cs);
        let mut special: Vec<u64> = vec![0, 1, 2, u64::MAX, u64::from(u32::MAX)];
        for c in cs {
            special.extend([c, c.wrapping_add(1), c.wrapping_sub(1)]);
        }
        let mut truth = None;
        for i in 0..(SAMPLES + special.len() * 2) {
            let seed = self.rng.next();
            let pick = if i < special.len() * 2 {
                Some((i % special.len(), i / special.len()))
            } else {
                None
            };
            let special = &special;
            let ls = &ls;
            let env = move |id: u32, _| match pick {
                // Every input at a special value, or one input at it and the rest random.
                Some((k, 0)) => special[k],
                Some((k, _)) if ls.first().is_some_and(|(f, _)| *f == id) => special[k],
                _ => Rng(seed ^ u64::from(id).wrapping_mul(0x9E37_79B9)).next(),
            };
            let t = eval(cond, &env, &mut self.spent) != 0;
            match truth {
                None => truth = Some(t),
                Some(p) if p != t => return None,
                _ => {}
            }
        }
        truth
    }

    /// Whether `v` stays under 2^32 for every input (the half of a 64-bit multiply).
    fn is_half(&mut self, v: &Expr) -> bool {
        if v.size < 2 || self.exhausted() {
            return false;
        }
        (0..8).all(|_| {
            let seed = self.rng.next();
            let env = move |id: u32, _| Rng(seed ^ u64::from(id)).next();
            eval(v, &env, &mut self.spent) >> 32 == 0
        })
    }
}

/// One loop's memory and arithmetic, as counted while its body was read.
#[derive(Debug, Default, Clone)]
struct LoopRec {
    depth: u32,
    reads: Vec<(u32, Option<u32>)>,
    writes: Vec<(u32, Option<u32>)>,
    lookups: u32,
    muls: u32,
    halves: u32,
    calls: Vec<u32>,
    bound: Option<u64>,
    /// Locals that entered the loop holding a constant: (local, its value at the head, constant).
    counters: Vec<(u32, Expr, u64)>,
}

/// Per function: what it does in total (for its callers' loops).
#[derive(Debug, Default, Clone)]
struct FnRec {
    lookups: u32,
    muls: u32,
    halves: u32,
    calls: Vec<u32>,
    loops: Vec<LoopRec>,
}

/// A template's memory access: (is a store, address, the loaded value's leaf id and bits).
type TemplateAccess = (bool, Expr, Option<(u32, u8)>);

/// A small function as an expression of its parameters, with its memory accesses.
#[derive(Debug, Clone)]
struct Inline {
    result: Option<Expr>,
    mem: Vec<TemplateAccess>,
    muls: u32,
}

/// What was found: one memory-hard loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemoryHardLoop {
    /// Function index (imports included, as in the module's own numbering).
    pub function: u32,
    /// Export name of the function, if any.
    pub export: Option<String>,
    /// Address mask (2^k minus the alignment).
    pub mask: u32,
    /// Buffer base, when constant.
    pub base: Option<u32>,
    /// Masked reads and writes.
    pub reads: u32,
    /// Masked writes.
    pub writes: u32,
    /// Loop bound, when a constant one was seen.
    pub iterations: Option<u64>,
    /// Byte-indexed table lookups in the loop and the functions it calls.
    pub lookups: u32,
    /// 64-bit multiplies in the loop and the functions it calls.
    pub muls: u32,
    /// How many of those multiply 32-bit halves (a 64x64->128 product done by hand).
    pub halves: u32,
}

impl MemoryHardLoop {
    /// Whether the loop has everything of CryptoNight's main loop.
    pub fn complete(&self) -> bool {
        self.reads > 0
            && self.writes > 0
            && self.lookups >= 16
            && self.muls > 0
            && self.iterations.is_none_or(|n| n >= 1 << 14)
    }

    /// The evidence line.
    pub fn describe(&self) -> String {
        let name = self
            .export
            .as_ref()
            .map(|n| format!(" (export {n})"))
            .unwrap_or_default();
        let iters = match self.iterations {
            Some(n) if n.is_power_of_two() => {
                format!("loop of 2^{} iterations", n.trailing_zeros())
            }
            Some(n) => format!("loop of {n} iterations"),
            None => "loop".to_owned(),
        };
        let base = self
            .base
            .map_or_else(|| "base".to_owned(), |b| b.to_string());
        let span = u64::from(self.mask) + 64;
        let kib = 1u64 << (63 - span.leading_zeros());
        let size = if kib >= 1 << 20 {
            format!("{} MiB", kib >> 20)
        } else {
            format!("{} KiB", kib >> 10)
        };
        let aes = if self.lookups >= 16 {
            format!(", AES-like table lookups ({})", self.lookups)
        } else {
            String::new()
        };
        let mul = match (self.muls, self.halves) {
            (0, _) => String::new(),
            (_, h) if h >= 3 => ", 64x64->128 multiply from 32-bit halves".to_owned(),
            _ => ", 64-bit multiply".to_owned(),
        };
        format!(
            "function {}{name}: {iters}, reads/writes a {size} buffer at (x & {:#X})+{base} ({} reads, {} writes){aes}{mul}",
            self.function, self.mask, self.reads, self.writes
        )
    }
}

/// What the structural pass found in a module.
#[derive(Debug, Default)]
pub struct Structure {
    /// Loops walking a scratchpad through a power-of-two mask, most complete first.
    pub loops: Vec<MemoryHardLoop>,
    /// Branches proven constant (opaque predicates) whose dead side was not counted.
    pub opaque_branches: u32,
    /// Calls inlined (small wrappers seen through).
    pub inlined_calls: u32,
    /// What could not be analysed.
    pub notes: Vec<String>,
}

struct Types {
    /// Function types by type index (None: not a function type).
    types: Vec<Option<FuncType>>,
    /// Type index of each function (imports first).
    funcs: Vec<u32>,
    imported: u32,
}

impl Types {
    fn func(&self, f: u32) -> Option<&FuncType> {
        self.types
            .get(*self.funcs.get(f as usize)? as usize)?
            .as_ref()
    }
    fn of_type(&self, t: u32) -> Option<&FuncType> {
        self.types.get(t as usize)?.as_ref()
    }
    fn block(&self, b: BlockType) -> (u32, u32) {
        match b {
            BlockType::Empty => (0, 0),
            BlockType::Type(_) => (0, 1),
            BlockType::FuncType(t) => self.of_type(t).map_or((0, 0), |f| {
                (f.params().len() as u32, f.results().len() as u32)
            }),
        }
    }
}

/// Fixed-arity operators only: the control operators are handled before this is asked.
struct NoModule;

impl ModuleArity for NoModule {
    fn sub_type_at(&self, _: u32) -> Option<&SubType> {
        None
    }
    fn tag_type_arity(&self, _: u32) -> Option<(u32, u32)> {
        None
    }
    fn type_index_of_function(&self, _: u32) -> Option<u32> {
        None
    }
    fn func_type_of_cont_type(&self, _: &wasmparser::ContType) -> Option<&FuncType> {
        None
    }
    fn sub_type_of_ref_type(&self, _: &wasmparser::RefType) -> Option<&SubType> {
        None
    }
    fn control_stack_height(&self) -> u32 {
        0
    }
    fn label_block(&self, _: u32) -> Option<(BlockType, wasmparser::FrameKind)> {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Block,
    Loop,
    If,
}

struct Frame {
    kind: Kind,
    height: usize,
    results: u32,
    /// Index into the function's loops (for `Loop`).
    loop_idx: Option<usize>,
    /// Locals on entry (for `If`: restored at `else`; for merging at `end`).
    entry: Option<Vec<Expr>>,
    /// Locals at the end of the then-branch.
    then_locals: Option<Vec<Expr>>,
    /// Code here never runs (a branch an opaque predicate never takes).
    dead: bool,
    /// An enclosing frame's code never runs.
    inherited: bool,
    /// Which side of an `if` is dead: then (true) or else (false).
    dead_side: Option<bool>,
    unreachable: bool,
    /// Locals as every branch to this block's end left them, merged (code after a block that
    /// cannot fall through starts from these: a flattened dispatcher's cases start from the
    /// `br_table`, not from the case written before them).
    branch: Option<Vec<Expr>>,
}

/// Merges `from` into `into`: where they disagree, a new value standing for "some definition
/// of this local" (registered in `heads`, so its definitions can be substituted later).
fn merge_locals(b: &mut Builder, heads: &mut HashMap<u32, u32>, into: &mut [Expr], from: &[Expr]) {
    for (l, (slot, o)) in into.iter_mut().zip(from).enumerate() {
        if !Rc::ptr_eq(slot, o) {
            *slot = b.fresh(64);
            if let Node::Leaf(id, _) = slot.node {
                heads.insert(id, l as u32);
            }
        }
    }
}

/// Where `memarg` and the operator put a load's value width (bits of the loaded leaf).
fn load_bits(op: &Operator<'_>) -> Option<(MemArg, u8)> {
    Some(match op {
        Operator::I32Load { memarg } => (*memarg, 32),
        Operator::I64Load { memarg } => (*memarg, 64),
        Operator::F32Load { memarg } => (*memarg, 32),
        Operator::F64Load { memarg } => (*memarg, 64),
        Operator::I32Load8U { memarg } | Operator::I64Load8U { memarg } => (*memarg, 8),
        Operator::I32Load16U { memarg } | Operator::I64Load16U { memarg } => (*memarg, 16),
        Operator::I32Load8S { memarg }
        | Operator::I64Load8S { memarg }
        | Operator::I32Load16S { memarg }
        | Operator::I64Load16S { memarg }
        | Operator::I64Load32S { memarg } => (*memarg, 64),
        Operator::I64Load32U { memarg } => (*memarg, 32),
        _ => return None,
    })
}

fn store_arg(op: &Operator<'_>) -> Option<MemArg> {
    Some(match op {
        Operator::I32Store { memarg }
        | Operator::I64Store { memarg }
        | Operator::F32Store { memarg }
        | Operator::F64Store { memarg }
        | Operator::I32Store8 { memarg }
        | Operator::I32Store16 { memarg }
        | Operator::I64Store8 { memarg }
        | Operator::I64Store16 { memarg }
        | Operator::I64Store32 { memarg } => *memarg,
        _ => return None,
    })
}

fn bin_of(op: &Operator<'_>) -> Option<(Bin, bool)> {
    use Operator as O;
    Some(match op {
        O::I32Add => (Bin::Add, false),
        O::I32Sub => (Bin::Sub, false),
        O::I32Mul => (Bin::Mul, false),
        O::I32And => (Bin::And, false),
        O::I32Or => (Bin::Or, false),
        O::I32Xor => (Bin::Xor, false),
        O::I32Shl => (Bin::Shl, false),
        O::I32ShrU => (Bin::ShrU, false),
        O::I32ShrS => (Bin::ShrS, false),
        O::I32Rotl => (Bin::Rotl, false),
        O::I32Rotr => (Bin::Rotr, false),
        O::I32DivU => (Bin::DivU, false),
        O::I32RemU => (Bin::RemU, false),
        O::I32Eq => (Bin::Eq, false),
        O::I32Ne => (Bin::Ne, false),
        O::I32LtU => (Bin::LtU, false),
        O::I32LtS => (Bin::LtS, false),
        O::I32GtU => (Bin::GtU, false),
        O::I32GtS => (Bin::GtS, false),
        O::I32LeU => (Bin::LeU, false),
        O::I32LeS => (Bin::LeS, false),
        O::I32GeU => (Bin::GeU, false),
        O::I32GeS => (Bin::GeS, false),
        O::I64Add => (Bin::Add, true),
        O::I64Sub => (Bin::Sub, true),
        O::I64Mul => (Bin::Mul, true),
        O::I64And => (Bin::And, true),
        O::I64Or => (Bin::Or, true),
        O::I64Xor => (Bin::Xor, true),
        O::I64Shl => (Bin::Shl, true),
        O::I64ShrU => (Bin::ShrU, true),
        O::I64ShrS => (Bin::ShrS, true),
        O::I64Rotl => (Bin::Rotl, true),
        O::I64Rotr => (Bin::Rotr, true),
        O::I64DivU => (Bin::DivU, true),
        O::I64RemU => (Bin::RemU, true),
        O::I64Eq => (Bin::Eq, true),
        O::I64Ne => (Bin::Ne, true),
        O::I64LtU => (Bin::LtU, true),
        O::I64LtS => (Bin::LtS, true),
        O::I64GtU => (Bin::GtU, true),
        O::I64GtS => (Bin::GtS, true),
        O::I64LeU => (Bin::LeU, true),
        O::I64LeS => (Bin::LeS, true),
        O::I64GeU => (Bin::GeU, true),
        O::I64GeS => (Bin::GeS, true),
        _ => return None,
    })
}

fn un_of(op: &Operator<'_>) -> Option<Un> {
    use Operator as O;
    Some(match op {
        O::I32Eqz => Un::Eqz32,
        O::I64Eqz => Un::Eqz64,
        O::I32WrapI64 => Un::Wrap,
        O::I64ExtendI32U => Un::ExtU,
        O::I64ExtendI32S => Un::ExtS,
        O::I32Extend8S => Un::Ext8S32,
        O::I32Extend16S => Un::Ext16S32,
        O::I32Clz => Un::Clz32,
        O::I32Ctz => Un::Ctz32,
        O::I32Popcnt => Un::Popcnt32,
        _ => return None,
    })
}

/// Leaf ids below this stand for a function's parameters while it is read as an inline template.
const PARAM_LEAF: u32 = 1 << 30;

struct Module<'a> {
    types: Types,
    globals: Vec<Option<u64>>,
    bodies: Vec<wasmparser::FunctionBody<'a>>,
    exports: HashMap<u32, String>,
}

/// Reads the module's types, globals, exports and function bodies.
fn read_module<'a>(bytes: &'a [u8], notes: &mut Vec<String>) -> Option<Module<'a>> {
    let mut types = Types {
        types: Vec::new(),
        funcs: Vec::new(),
        imported: 0,
    };
    let mut globals = Vec::new();
    let mut bodies = Vec::new();
    let mut exports = HashMap::new();
    for payload in Parser::new(0).parse_all(bytes) {
        let Ok(payload) = payload else {
            notes.push("structure: invalid wasm".into());
            return None;
        };
        match payload {
            Payload::TypeSection(r) => {
                for rg in r.into_iter().flatten() {
                    for st in rg.into_types() {
                        types.types.push(match st.composite_type.inner {
                            CompositeInnerType::Func(f) => Some(f),
                            _ => None,
                        });
                    }
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports().flatten() {
                    match imp.ty {
                        wasmparser::TypeRef::Func(t) | wasmparser::TypeRef::FuncExact(t) => {
                            types.funcs.push(t);
                            types.imported += 1;
                        }
                        wasmparser::TypeRef::Global(_) => globals.push(None),
                        _ => {}
                    }
                }
            }
            Payload::FunctionSection(r) => types.funcs.extend(r.into_iter().flatten()),
            Payload::GlobalSection(r) => {
                for g in r.into_iter().flatten() {
                    let init = if g.ty.mutable {
                        None
                    } else {
                        let mut ops = g.init_expr.get_operators_reader();
                        match ops.read() {
                            Ok(Operator::I32Const { value }) => Some(u64::from(value as u32)),
                            Ok(Operator::I64Const { value }) => Some(value as u64),
                            _ => None,
                        }
                    };
                    globals.push(init);
                }
            }
            Payload::ExportSection(r) => {
                for e in r.into_iter().flatten() {
                    if e.kind == wasmparser::ExternalKind::Func {
                        exports.entry(e.index).or_insert_with(|| e.name.to_owned());
                    }
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(body),
            _ => {}
        }
    }
    Some(Module {
        types,
        globals,
        bodies,
        exports,
    })
}

/// Runs the structural pass over a module, reading at most `max_ops` operators (over all passes).
pub fn analyse(bytes: &[u8], max_ops: u64) -> Structure {
    let mut out = Structure::default();
    let Some(module) = read_module(bytes, &mut out.notes) else {
        return out;
    };
    let mut cx = Cx {
        m: &module,
        b: Builder {
            next_leaf: PARAM_LEAF * 2,
        },
        s: Sampler {
            rng: Rng(0x6D69_6E65_7761_7463),
            spent: 0,
        },
        inline: HashMap::new(),
        ops_left: max_ops,
        opaque: 0,
        inlined: 0,
    };
    // Templates for small functions first, so that any caller can inline any of them.
    for (i, body) in module.bodies.iter().enumerate() {
        let f = module.types.imported + i as u32;
        if let Some(t) = cx.template(f, body) {
            cx.inline.insert(f, t);
        }
    }
    let mut fns: Vec<FnRec> = Vec::with_capacity(module.bodies.len());
    for (i, body) in module.bodies.iter().enumerate() {
        let f = module.types.imported + i as u32;
        match cx.function(f, body, false) {
            Ok(r) => fns.push(r.0),
            Err(e) => {
                if out.notes.len() < 8 {
                    out.notes.push(format!("structure: function {f}: {e}"));
                }
                fns.push(FnRec::default());
            }
        }
        if cx.ops_left == 0 {
            out.notes
                .push("structure: stopped at the operator budget (bounded effort)".into());
            break;
        }
    }
    if cx.s.exhausted() {
        out.notes
            .push("structure: stopped at the evaluation budget (bounded effort)".into());
    }
    // What a loop's callees add (two levels: a round function and the helper it calls).
    let imported = module.types.imported;
    let callee = |f: u32| -> Option<&FnRec> { fns.get(f.checked_sub(imported)? as usize) };
    for (i, rec) in fns.iter().enumerate() {
        let f = imported + i as u32;
        let mut best: Option<MemoryHardLoop> = None;
        for l in &rec.loops {
            let Some(&(mask, base)) = l.reads.first().or(l.writes.first()) else {
                continue;
            };
            let (mut lookups, mut muls, mut halves) = (l.lookups, l.muls, l.halves);
            let mut seen = vec![f];
            let mut frontier = l.calls.clone();
            for _ in 0..2 {
                let mut next = Vec::new();
                for c in frontier {
                    if seen.contains(&c) || seen.len() > 64 {
                        continue;
                    }
                    seen.push(c);
                    if let Some(r) = callee(c) {
                        lookups += r.lookups;
                        muls += r.muls;
                        halves += r.halves;
                        next.extend(r.calls.iter().copied());
                    }
                }
                frontier = next;
            }
            let same =
                |v: &Vec<(u32, Option<u32>)>| v.iter().filter(|(m, _)| *m == mask).count() as u32;
            let found = MemoryHardLoop {
                function: f,
                export: module.exports.get(&f).cloned(),
                mask,
                base,
                reads: same(&l.reads),
                writes: same(&l.writes),
                iterations: l.bound,
                lookups,
                muls,
                halves,
            };
            let better = match &best {
                None => true,
                Some(b) => (found.complete(), l.depth) > (b.complete(), 0),
            };
            if better {
                best = Some(found);
            }
        }
        out.loops.extend(best);
    }
    out.loops
        .sort_by_key(|l| std::cmp::Reverse((l.complete(), l.reads + l.writes)));
    out.opaque_branches = cx.opaque;
    out.inlined_calls = cx.inlined;
    out
}

struct Cx<'m, 'a> {
    m: &'m Module<'a>,
    b: Builder,
    s: Sampler,
    inline: HashMap<u32, Inline>,
    ops_left: u64,
    opaque: u32,
    inlined: u32,
}

impl Cx<'_, '_> {
    /// A function small enough, and free of calls and loops, to inline as an expression.
    fn template(&mut self, f: u32, body: &wasmparser::FunctionBody<'_>) -> Option<Inline> {
        let mut ops = body.get_operators_reader().ok()?;
        let mut n = 0;
        while !ops.eof() {
            let op = ops.read().ok()?;
            n += 1;
            if n > INLINE_OPS
                || matches!(
                    op,
                    Operator::Loop { .. }
                        | Operator::Call { .. }
                        | Operator::CallIndirect { .. }
                        | Operator::BrTable { .. }
                )
            {
                return None;
            }
        }
        let (_, t) = self.function(f, body, true).ok()?;
        t
    }

    /// Reads one function body. As a template, parameters are the leaves `PARAM_LEAF + i`.
    fn function(
        &mut self,
        f: u32,
        body: &wasmparser::FunctionBody<'_>,
        as_template: bool,
    ) -> Result<(FnRec, Option<Inline>), String> {
        let ty = self.m.types.func(f).ok_or("no type")?.clone();
        let mut locals: Vec<Expr> = Vec::new();
        for (i, p) in ty.params().iter().enumerate() {
            let bits = if matches!(p, ValType::I32 | ValType::F32) {
                32
            } else {
                64
            };
            locals.push(if as_template {
                leaf(PARAM_LEAF + i as u32, bits)
            } else {
                self.b.fresh(bits)
            });
        }
        let lr = body.get_locals_reader().map_err(|e| e.to_string())?;
        for l in lr {
            let (n, t) = l.map_err(|e| e.to_string())?;
            if locals.len() + n as usize > 50_000 {
                return Err("too many locals".into());
            }
            let bits = if matches!(t, ValType::I32 | ValType::F32) {
                32
            } else {
                64
            };
            for _ in 0..n {
                // Declared locals start at zero; a constant encoded through a local folds.
                let _ = bits;
                locals.push(konst(0));
            }
        }
        // Pre-scan: which locals each loop sets (they are new values at the loop's head).
        let mut ops_vec = Vec::new();
        {
            let mut rd = body.get_operators_reader().map_err(|e| e.to_string())?;
            while !rd.eof() {
                if self.ops_left == 0 {
                    return Err("operator budget spent".into());
                }
                self.ops_left -= 1;
                ops_vec.push(rd.read().map_err(|e| e.to_string())?);
            }
        }
        let mut loop_sets: HashMap<usize, Vec<u32>> = HashMap::new();
        {
            let mut open: Vec<Option<usize>> = Vec::new();
            for (i, op) in ops_vec.iter().enumerate() {
                match op {
                    Operator::Loop { .. } => open.push(Some(i)),
                    Operator::Block { .. } | Operator::If { .. } => open.push(None),
                    Operator::End => {
                        open.pop();
                    }
                    Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                        for l in open.iter().flatten() {
                            let v = loop_sets.entry(*l).or_default();
                            if !v.contains(local_index) && v.len() < 4096 {
                                v.push(*local_index);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut rec = FnRec::default();
        let mut tmpl = Inline {
            result: None,
            mem: Vec::new(),
            muls: 0,
        };
        let mut stack: Vec<Expr> = Vec::new();
        // Accesses in loops, classified at the end, when every local's definitions are known.
        let mut pending: Vec<Pending> = Vec::new();
        // Leaves standing for a local at a loop's head, and what the function assigns each local.
        let mut heads: HashMap<u32, u32> = HashMap::new();
        let mut defs: HashMap<u32, Vec<Expr>> = HashMap::new();
        // A mutable global read twice with nothing between that could change it is one value
        // (opaque predicates read theirs twice: `g * (g + 1)`).
        let mut gcache: HashMap<u32, Expr> = HashMap::new();
        let mut frames: Vec<Frame> = vec![Frame {
            kind: Kind::Block,
            height: 0,
            results: ty.results().len() as u32,
            loop_idx: None,
            entry: None,
            then_locals: None,
            dead: false,
            inherited: false,
            dead_side: None,
            unreachable: false,
            branch: None,
        }];
        let open_loops = |frames: &Vec<Frame>| -> Vec<usize> { innermost_loops(frames) };
        for (i, op) in ops_vec.iter().enumerate() {
            let Some(top) = frames.last() else {
                break;
            };
            let height = top.height;
            let dead = top.dead || top.inherited;
            let pop = |stack: &mut Vec<Expr>, b: &mut Builder| -> Expr {
                if stack.len() > height {
                    stack.pop().unwrap_or_else(|| b.fresh(64))
                } else {
                    b.fresh(64)
                }
            };
            let local = |locals: &Vec<Expr>, i: u32| -> Result<Expr, String> {
                locals
                    .get(i as usize)
                    .cloned()
                    .ok_or_else(|| format!("local {i} out of range"))
            };
            if let Some((mem, bits)) = load_bits(op) {
                let a = pop(&mut stack, &mut self.b);
                let addr = self.b.bin(Bin::Add, false, a, konst(mem.offset));
                let v = self.b.fresh(bits);
                if as_template {
                    if !dead {
                        let id = match v.node {
                            Node::Leaf(id, bits) => Some((id, bits)),
                            _ => None,
                        };
                        tmpl.mem.push((false, addr, id));
                    }
                } else if !dead {
                    self.access(&mut rec, &frames, &mut pending, addr, false);
                }
                stack.push(v);
                continue;
            }
            if let Some(mem) = store_arg(op) {
                let _value = pop(&mut stack, &mut self.b);
                let a = pop(&mut stack, &mut self.b);
                let addr = self.b.bin(Bin::Add, false, a, konst(mem.offset));
                if as_template {
                    if !dead {
                        tmpl.mem.push((true, addr, None));
                    }
                } else if !dead {
                    self.access(&mut rec, &frames, &mut pending, addr, true);
                }
                continue;
            }
            if let Some((bop, wide)) = bin_of(op) {
                let y = pop(&mut stack, &mut self.b);
                let x = pop(&mut stack, &mut self.b);
                if bop == Bin::Mul && wide && !dead {
                    let halves = self.s.is_half(&x) && self.s.is_half(&y);
                    rec.muls += 1;
                    tmpl.muls += 1;
                    rec.halves += u32::from(halves);
                    for l in open_loops(&frames) {
                        rec.loops[l].muls += 1;
                        rec.loops[l].halves += u32::from(halves);
                    }
                }
                if matches!(
                    bop,
                    Bin::Eq
                        | Bin::Ne
                        | Bin::LtU
                        | Bin::LtS
                        | Bin::GtU
                        | Bin::GtS
                        | Bin::LeU
                        | Bin::LeS
                        | Bin::GeU
                        | Bin::GeS
                ) {
                    // A constant loop bound: a comparison of a counter with a big constant.
                    let bound = match (as_const(&x), as_const(&y)) {
                        (None, Some(c)) | (Some(c), None) => Some(c & mask_of(wide)),
                        _ => None,
                    };
                    if let (Some(c), Some(&l)) = (bound, open_loops(&frames).last())
                        && (1 << 10..=1 << 24).contains(&c)
                    {
                        let b = &mut rec.loops[l].bound;
                        *b = Some(b.map_or(c, |o: u64| o.max(c)));
                    }
                }
                let r = self.b.bin(bop, wide, x, y);
                stack.push(r);
                continue;
            }
            if let Some(uop) = un_of(op) {
                let a = pop(&mut stack, &mut self.b);
                let r = self.b.un(uop, a);
                stack.push(r);
                continue;
            }
            match op {
                Operator::I32Const { value } => stack.push(konst(u64::from(*value as u32))),
                Operator::I64Const { value } => stack.push(konst(*value as u64)),
                Operator::LocalGet { local_index } => stack.push(local(&locals, *local_index)?),
                Operator::LocalSet { local_index } => {
                    let v = pop(&mut stack, &mut self.b);
                    self.count_down(&mut rec, &frames, *local_index, &v);
                    if !dead {
                        define(&mut defs, *local_index, &v);
                    }
                    *locals
                        .get_mut(*local_index as usize)
                        .ok_or("local out of range")? = v;
                }
                Operator::LocalTee { local_index } => {
                    let v = pop(&mut stack, &mut self.b);
                    self.count_down(&mut rec, &frames, *local_index, &v);
                    if !dead {
                        define(&mut defs, *local_index, &v);
                    }
                    *locals
                        .get_mut(*local_index as usize)
                        .ok_or("local out of range")? = v.clone();
                    stack.push(v);
                }
                Operator::GlobalGet { global_index } => {
                    let g = self
                        .m
                        .globals
                        .get(*global_index as usize)
                        .copied()
                        .flatten();
                    let v = match g {
                        Some(c) => konst(c),
                        None => gcache
                            .entry(*global_index)
                            .or_insert_with(|| self.b.fresh(64))
                            .clone(),
                    };
                    stack.push(v);
                }
                Operator::GlobalSet { global_index } => {
                    pop(&mut stack, &mut self.b);
                    gcache.remove(global_index);
                }
                Operator::Drop => {
                    pop(&mut stack, &mut self.b);
                }
                Operator::Select | Operator::TypedSelect { .. } => {
                    let c = pop(&mut stack, &mut self.b);
                    let b2 = pop(&mut stack, &mut self.b);
                    let a = pop(&mut stack, &mut self.b);
                    let r = match self.s.constant_truth(&c) {
                        Some(true) => a,
                        Some(false) => b2,
                        None => self.b.fresh(64),
                    };
                    stack.push(r);
                }
                Operator::Block { blockty } | Operator::Loop { blockty } => {
                    let (params, results) = self.m.types.block(*blockty);
                    let h = stack.len().saturating_sub(params as usize).max(height);
                    let mut loop_idx = None;
                    if matches!(op, Operator::Loop { .. }) {
                        gcache.clear();
                        // Locals the loop sets are new values at its head.
                        // A local that enters with a constant count may count down from it.
                        let mut counters = Vec::new();
                        if let Some(set) = loop_sets.get(&i) {
                            for l in set {
                                if let Some(slot) = locals.get_mut(*l as usize) {
                                    let before = as_const(slot);
                                    *slot = self.b.fresh(64);
                                    if let Node::Leaf(id, _) = slot.node {
                                        heads.insert(id, *l);
                                    }
                                    if let Some(c) =
                                        before.filter(|c| (1 << 10..=1 << 24).contains(c))
                                    {
                                        counters.push((*l, slot.clone(), c));
                                    }
                                }
                            }
                        }
                        // Params flow in from every iteration: opaque too.
                        for v in stack.iter_mut().skip(h) {
                            *v = self.b.fresh(64);
                        }
                        rec.loops.push(LoopRec {
                            depth: frames.iter().filter(|fr| fr.kind == Kind::Loop).count() as u32,
                            counters,
                            ..LoopRec::default()
                        });
                        loop_idx = Some(rec.loops.len() - 1);
                    }
                    frames.push(Frame {
                        kind: if loop_idx.is_some() {
                            Kind::Loop
                        } else {
                            Kind::Block
                        },
                        height: h,
                        results,
                        loop_idx,
                        entry: None,
                        then_locals: None,
                        dead: false,
                        inherited: dead,
                        dead_side: None,
                        unreachable: false,
                        branch: None,
                    });
                }
                Operator::If { blockty } => {
                    let c = pop(&mut stack, &mut self.b);
                    let (params, results) = self.m.types.block(*blockty);
                    let h = stack.len().saturating_sub(params as usize).max(height);
                    let truth = if dead {
                        None
                    } else {
                        self.s.constant_truth(&c)
                    };
                    if truth.is_some() && as_const(&c).is_none() {
                        self.opaque += 1;
                    }
                    frames.push(Frame {
                        kind: Kind::If,
                        height: h,
                        results,
                        loop_idx: None,
                        entry: Some(locals.clone()),
                        then_locals: None,
                        dead: truth == Some(false),
                        inherited: dead,
                        dead_side: truth.map(|t| !t),
                        unreachable: false,
                        branch: None,
                    });
                }
                Operator::Else => {
                    let fr = frames.last_mut().ok_or("else outside if")?;
                    fr.then_locals = Some(locals.clone());
                    if let Some(e) = &fr.entry {
                        locals = e.clone();
                    }
                    fr.dead = fr.dead_side == Some(false);
                    fr.unreachable = false;
                    stack.truncate(fr.height);
                }
                Operator::End => {
                    let fr = frames.pop().ok_or("unbalanced end")?;
                    // Merge locals after an if: where the two sides disagree, a new value.
                    if fr.kind == Kind::If {
                        // Without an `else`, the else side is the entry state.
                        let (then_l, else_l) = match (fr.then_locals, fr.entry) {
                            (Some(t), _) => (t, locals.clone()),
                            (None, Some(e)) => (locals.clone(), e),
                            (None, None) => (locals.clone(), locals.clone()),
                        };
                        match fr.dead_side {
                            Some(true) => locals = else_l,
                            Some(false) => locals = then_l,
                            None => {
                                locals = then_l;
                                merge_locals(&mut self.b, &mut heads, &mut locals, &else_l);
                            }
                        }
                    }
                    // Branches to the end of a block (or an if) join the fall-through; a
                    // block whose end is reached only by branches starts from them.
                    if fr.kind != Kind::Loop
                        && let Some(bl) = &fr.branch
                    {
                        if fr.unreachable && fr.kind == Kind::Block {
                            locals = bl.clone();
                        } else {
                            merge_locals(&mut self.b, &mut heads, &mut locals, bl);
                        }
                    }
                    // A block's results are what its end leaves; an if's, either side's.
                    let keep = fr.kind != Kind::If
                        && !fr.unreachable
                        && stack.len() >= fr.height + fr.results as usize;
                    let kept: Vec<Expr> = if keep {
                        stack[stack.len() - fr.results as usize..].to_vec()
                    } else {
                        (0..fr.results).map(|_| self.b.fresh(64)).collect()
                    };
                    stack.truncate(fr.height);
                    stack.extend(kept);
                    if frames.is_empty() {
                        if as_template && fr.results == 1 {
                            tmpl.result = stack.last().cloned();
                        }
                        break;
                    }
                }
                Operator::Br { .. } | Operator::Return | Operator::Unreachable => {
                    if let Operator::Br { relative_depth } = op
                        && !dead
                        && !frames.last().is_some_and(|f| f.unreachable)
                    {
                        self.branch_to(&mut frames, &mut heads, *relative_depth, &locals)?;
                    }
                    if as_template && matches!(op, Operator::Return) && ty.results().len() == 1 {
                        tmpl.result = stack.last().cloned();
                    }
                    let fr = frames.last_mut().ok_or("no frame")?;
                    stack.truncate(fr.height);
                    fr.unreachable = true;
                }
                Operator::BrTable { targets } => {
                    pop(&mut stack, &mut self.b);
                    if !dead && !frames.last().is_some_and(|f| f.unreachable) {
                        let mut seen = Vec::new();
                        for d in targets.targets().take(4096).chain([Ok(targets.default())]) {
                            let d = d.map_err(|e| e.to_string())?;
                            if !seen.contains(&d) && seen.len() < 64 {
                                seen.push(d);
                                self.branch_to(&mut frames, &mut heads, d, &locals)?;
                            }
                        }
                    }
                    let fr = frames.last_mut().ok_or("no frame")?;
                    stack.truncate(fr.height);
                    fr.unreachable = true;
                }
                Operator::BrIf { relative_depth } => {
                    let c = pop(&mut stack, &mut self.b);
                    if !dead && !frames.last().is_some_and(|f| f.unreachable) {
                        self.branch_to(&mut frames, &mut heads, *relative_depth, &locals)?;
                    }
                    if !dead && as_const(&c).is_none() && self.s.constant_truth(&c).is_some() {
                        self.opaque += 1;
                    }
                }
                Operator::Call { function_index } => {
                    gcache.clear();
                    let callee = self
                        .m
                        .types
                        .func(*function_index)
                        .ok_or("call to a function without a type")?;
                    let (np, nr) = (callee.params().len(), callee.results().len());
                    let mut args: Vec<Expr> =
                        (0..np).map(|_| pop(&mut stack, &mut self.b)).collect();
                    args.reverse();
                    if let Some(t) = self.inline.get(function_index).cloned() {
                        // Inline: the callee's accesses and result in the caller's terms.
                        self.inlined += 1;
                        let mut fresh: HashMap<u32, Expr> = HashMap::new();
                        for (_, _, id) in &t.mem {
                            if let Some((id, bits)) = id {
                                fresh.insert(*id, self.b.fresh(*bits));
                            }
                        }
                        let map = |id: u32| -> Option<Expr> {
                            if (PARAM_LEAF..PARAM_LEAF * 2).contains(&id) {
                                args.get((id - PARAM_LEAF) as usize).cloned()
                            } else {
                                fresh.get(&id).cloned()
                            }
                        };
                        for (store, addr, _) in &t.mem {
                            let a = substitute(&mut self.b, addr, &map);
                            if !dead {
                                self.access(&mut rec, &frames, &mut pending, a, *store);
                            }
                        }
                        if !dead && t.muls > 0 {
                            rec.muls += t.muls;
                            for l in open_loops(&frames) {
                                rec.loops[l].muls += t.muls;
                            }
                        }
                        match (&t.result, nr) {
                            (Some(r), 1) => {
                                let r = substitute(&mut self.b, r, &map);
                                stack.push(r);
                            }
                            _ => {
                                for _ in 0..nr {
                                    let v = self.b.fresh(64);
                                    stack.push(v);
                                }
                            }
                        }
                    } else {
                        if !dead {
                            if !rec.calls.contains(function_index) && rec.calls.len() < 256 {
                                rec.calls.push(*function_index);
                            }
                            for l in open_loops(&frames) {
                                let c = &mut rec.loops[l].calls;
                                if !c.contains(function_index) && c.len() < 256 {
                                    c.push(*function_index);
                                }
                            }
                        }
                        for _ in 0..nr {
                            let v = self.b.fresh(64);
                            stack.push(v);
                        }
                    }
                }
                Operator::CallIndirect { type_index, .. } => {
                    gcache.clear();
                    pop(&mut stack, &mut self.b);
                    let t = self
                        .m
                        .types
                        .of_type(*type_index)
                        .ok_or("call_indirect to an unknown type")?;
                    let (np, nr) = (t.params().len(), t.results().len());
                    for _ in 0..np {
                        pop(&mut stack, &mut self.b);
                    }
                    for _ in 0..nr {
                        let v = self.b.fresh(64);
                        stack.push(v);
                    }
                }
                other => {
                    let (np, nr) = other
                        .operator_arity(&NoModule)
                        .ok_or_else(|| format!("unsupported operator {other:?}"))?;
                    for _ in 0..np {
                        pop(&mut stack, &mut self.b);
                    }
                    for _ in 0..nr {
                        let v = self.b.fresh(64);
                        stack.push(v);
                    }
                }
            }
        }
        for p in pending {
            let mut shape = self.s.address(&p.addr);
            if shape == AddrShape::Other {
                // Through locals set elsewhere in the loop (flattened code: another case).
                for e in self.expansions(&p.addr, &heads, &defs) {
                    shape = self.s.address(&e);
                    if shape != AddrShape::Other {
                        break;
                    }
                }
            }
            count(&mut rec, &p.loops, shape, p.store);
        }
        Ok((rec, as_template.then_some(tmpl)))
    }

    /// A branch `depth` frames out carries `locals` to that block's end (a loop's head is
    /// already opaque). Each merge costs the locals' count from the operator budget.
    fn branch_to(
        &mut self,
        frames: &mut [Frame],
        heads: &mut HashMap<u32, u32>,
        depth: u32,
        locals: &[Expr],
    ) -> Result<(), String> {
        let Some(i) = frames.len().checked_sub(1 + depth as usize) else {
            return Err(format!("branch depth {depth} out of range"));
        };
        let fr = &mut frames[i];
        if i == 0 || fr.kind == Kind::Loop {
            return Ok(());
        }
        let cost = locals.len() as u64 / 8 + 1;
        if self.ops_left < cost {
            return Err("operator budget spent".into());
        }
        self.ops_left -= cost;
        match &mut fr.branch {
            None => fr.branch = Some(locals.to_vec()),
            Some(into) => merge_locals(&mut self.b, heads, into, locals),
        }
        Ok(())
    }

    /// `addr` with loop-head leaves replaced by what their locals are assigned (two levels).
    fn expansions(
        &mut self,
        addr: &Expr,
        heads: &HashMap<u32, u32>,
        defs: &HashMap<u32, Vec<Expr>>,
    ) -> Vec<Expr> {
        let mut out = Vec::new();
        let mut frontier = vec![addr.clone()];
        for _ in 0..2 {
            let mut next = Vec::new();
            for c in &frontier {
                let mut ls = Vec::new();
                leaves(c, &mut ls);
                for (id, _) in ls.iter().filter(|(id, _)| heads.contains_key(id)).take(3) {
                    let Some(ds) = heads.get(id).and_then(|l| defs.get(l)) else {
                        continue;
                    };
                    for d in ds.iter().take(4) {
                        let (id, d) = (*id, d.clone());
                        let e = substitute(&mut self.b, c, &|x| (x == id).then(|| d.clone()));
                        next.push(e);
                    }
                }
                if next.len() >= 24 {
                    break;
                }
            }
            out.extend(next.iter().cloned());
            frontier = next;
        }
        out
    }

    /// A loop's bound from a counter: `local` set to its value at the loop head minus one.
    fn count_down(&mut self, rec: &mut FnRec, frames: &[Frame], local: u32, v: &Expr) {
        let Some(l) = frames.iter().rev().find_map(|f| f.loop_idx) else {
            return;
        };
        let Some((_, head, c)) = rec.loops[l]
            .counters
            .iter()
            .find(|(x, ..)| *x == local)
            .cloned()
        else {
            return;
        };
        if rec.loops[l].bound.is_some() || self.s.exhausted() {
            return;
        }
        let minus_one = (0..4).all(|k| {
            let env = move |id: u32, _| Rng(0x5EED ^ (k << 8) ^ u64::from(id)).next();
            let h = eval(&head, &env, &mut self.s.spent);
            let n = eval(v, &env, &mut self.s.spent);
            n & 0xFFFF_FFFF == h.wrapping_sub(1) & 0xFFFF_FFFF
        });
        if minus_one {
            rec.loops[l].bound = Some(c);
        }
    }

    /// A load or store at `addr`: outside loops counted now (table lookups, for the callers'
    /// loops); inside loops kept for the end of the function.
    fn access(
        &mut self,
        rec: &mut FnRec,
        frames: &[Frame],
        pending: &mut Vec<Pending>,
        addr: Expr,
        store: bool,
    ) {
        let loops = innermost_loops(frames);
        if loops.is_empty() {
            if let AddrShape::Table = self.s.address(&addr) {
                rec.lookups += 1;
            }
            return;
        }
        if pending.len() < 200_000 {
            pending.push(Pending { loops, addr, store });
        }
    }
}

/// The innermost [`LOOP_DEPTH`] open loops (hostile nesting costs no more than that).
fn innermost_loops(frames: &[Frame]) -> Vec<usize> {
    let mut v: Vec<usize> = frames
        .iter()
        .rev()
        .filter_map(|f| f.loop_idx)
        .take(LOOP_DEPTH)
        .collect();
    v.reverse();
    v
}

/// An access inside loops, classified when the function has been read.
struct Pending {
    loops: Vec<usize>,
    addr: Expr,
    store: bool,
}

/// Remembers a definition of `local` (a few distinct ones).
fn define(defs: &mut HashMap<u32, Vec<Expr>>, local: u32, v: &Expr) {
    let d = defs.entry(local).or_default();
    if d.len() < 6 && !d.iter().any(|e| Rc::ptr_eq(e, v)) {
        d.push(v.clone());
    }
}

/// Adds one classified access to the function and its loops.
fn count(rec: &mut FnRec, loops: &[usize], shape: AddrShape, store: bool) {
    match shape {
        AddrShape::Table => {
            rec.lookups += 1;
            for &l in loops {
                rec.loops[l].lookups += 1;
            }
        }
        AddrShape::Masked { mask, base } => {
            for &l in loops {
                let v = if store {
                    &mut rec.loops[l].writes
                } else {
                    &mut rec.loops[l].reads
                };
                if v.len() < 64 {
                    v.push((mask, base));
                }
            }
        }
        AddrShape::Other => {}
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn masks_are_two_to_the_k_minus_an_alignment() {
        for m in [
            0x1F_FFF0u64,
            0xF_FFF0,
            0x1_FFF0,
            0x3F_FFF0,
            0x1F_FFC0,
            0x3FF8,
            0x3_FFF8,
        ] {
            assert!(scratchpad_mask(m), "{m:#x}");
        }
        for m in [0xFFu64, 0xFFFF_FFF0, 0x1F_FFFF, 0xFF0, 0x7FFF_FFF0, 0] {
            assert!(!scratchpad_mask(m), "{m:#x}");
        }
    }

    fn sampler() -> Sampler {
        Sampler {
            rng: Rng(7),
            spent: 0,
        }
    }

    #[test]
    fn substituted_and_is_still_a_mask() {
        let mut b = Builder { next_leaf: 100 };
        let x = b.fresh(64);
        let x32 = b.un(Un::Wrap, x);
        // (x ^ !M) & x == x & M, with M itself encoded as (M ^ K) ^ K.
        let m = b.bin(
            Bin::Xor,
            false,
            konst(0x1F_FFF0 ^ 0x5A5A_5A5A),
            konst(0x5A5A_5A5A),
        );
        let not_m = b.bin(Bin::Xor, false, m, konst(0xFFFF_FFFF));
        let t = b.bin(Bin::Xor, false, x32.clone(), not_m);
        let and = b.bin(Bin::And, false, t, x32);
        // + base as b - (0 - base)
        let neg = b.bin(Bin::Sub, false, konst(0), konst(1 << 20));
        let addr = b.bin(Bin::Sub, false, and, neg);
        assert_eq!(
            sampler().address(&addr),
            AddrShape::Masked {
                mask: 0x1F_FFF0,
                base: Some(1 << 20)
            }
        );
    }

    #[test]
    fn byte_indexed_tables_and_opaque_predicates() {
        let mut b = Builder { next_leaf: 100 };
        let x = b.fresh(32);
        let byte = b.bin(Bin::ShrU, false, x.clone(), konst(8));
        let byte = b.bin(Bin::And, false, byte, konst(0xFF));
        let idx = b.bin(Bin::Shl, false, byte, konst(2));
        let addr = b.bin(Bin::Add, false, idx, konst(1024));
        let mut s = sampler();
        assert_eq!(s.address(&addr), AddrShape::Table);
        // x * (x + 1) is even: always true.
        let x1 = b.bin(Bin::Add, false, x.clone(), konst(1));
        let p = b.bin(Bin::Mul, false, x.clone(), x1);
        let p = b.bin(Bin::And, false, p, konst(1));
        let cond = b.un(Un::Eqz32, p);
        assert_eq!(s.constant_truth(&cond), Some(true));
        // x == 0x1234 is not constant, though random samples alone would say so.
        let eq = b.bin(Bin::Eq, false, x, konst(0x1234));
        assert_eq!(s.constant_truth(&eq), None);
    }
}
