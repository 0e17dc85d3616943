//! What a loop does to memory, whatever its constants look like: the part of the structural
//! recogniser that WebAssembly ([`super::wasm_flow`]) and asm.js ([`super::asm_flow`]) share.
//!
//! A function is run symbolically by its front end: each value is an expression over opaque
//! inputs (parameters, loaded values, values a loop carries from one iteration to the next),
//! kept small and shared. Constants fold as they are built, so a mask encoded as a chain of
//! xor/add/shift/mul is the mask again. Substituted arithmetic (`(b ^ !c) & b` for `b & c`,
//! `b - (0 - c)` for `b + c`, mixed boolean-arithmetic) is seen through by *evaluating* the
//! expression rather than matching its form: an address is "`(x & M) + base`" if, for sampled
//! values of an input `x`, it moves exactly as `x & M` does. The same sampling proves branch
//! conditions constant (opaque predicates: bogus control flow), and code under a branch that is
//! never taken is not counted.
//!
//! On top of that, the recogniser of the memory-hard main loop of CryptoNight: a loop that reads
//! and writes a buffer at `(x & (2^k - 16)) + base` for k from 14 to 23 (or `2^k - 8`/`2^k - 64`,
//! RandomX's and cn/gpu's alignments), with AES round work (byte-indexed table lookups, 16 or
//! more per iteration in the loop or the functions it calls) and a 64-bit multiply. The mask,
//! the iteration count and the buffer size go into the evidence; none of them is a key.
//!
//! Bounded: expressions are cut to [`MAX_NODES`] nodes (bigger ones become opaque), and
//! evaluation stops after [`MAX_EVAL`] node visits per module.

use foldhash::HashMap;
use std::rc::Rc;

/// Nodes at most in one expression; a bigger one is replaced by an opaque value.
pub const MAX_NODES: u32 = 192;
/// Node visits at most spent evaluating expressions in one module.
pub const MAX_EVAL: u64 = 60_000_000;
/// Body size (operators) up to which a call-free, loop-free function is inlined (instruction
/// substitution three times over makes a wrapper of a few operators hundreds long).
pub(crate) const INLINE_OPS: usize = 5120;
/// Body size up to which a function with loops or a jump table is walked for the one path its
/// constants decide (a flattened wrapper: see `wasm_flow::unroll`).
pub(crate) const BRANCHY_OPS: usize = 1024;
/// Loops counted around one access: the innermost ones.
pub(crate) const LOOP_DEPTH: usize = 8;
/// Samples per test.
pub(crate) const SAMPLES: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Un {
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
pub(crate) enum Bin {
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
pub(crate) enum Node {
    Const(u64),
    /// An opaque input: id, significant bits (8 for a byte load, 32, 64).
    Leaf(u32, u8),
    Un(Un, Expr),
    /// Operator, 64-bit?, operands.
    Bin(Bin, bool, Expr, Expr),
}

#[derive(Debug)]
pub(crate) struct Tree {
    pub(crate) node: Node,
    pub(crate) size: u32,
}

pub(crate) type Expr = Rc<Tree>;

pub(crate) fn konst(v: u64) -> Expr {
    Rc::new(Tree {
        node: Node::Const(v),
        size: 1,
    })
}

pub(crate) fn leaf(id: u32, bits: u8) -> Expr {
    Rc::new(Tree {
        node: Node::Leaf(id, bits),
        size: 1,
    })
}

pub(crate) fn as_const(e: &Expr) -> Option<u64> {
    match e.node {
        Node::Const(v) => Some(v),
        _ => None,
    }
}

pub(crate) fn mask_of(wide: bool) -> u64 {
    if wide { u64::MAX } else { u64::from(u32::MAX) }
}

pub(crate) fn un_eval(op: Un, a: u64) -> u64 {
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

pub(crate) fn bin_eval(op: Bin, wide: bool, a: u64, b: u64) -> u64 {
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

/// A value a mask trigger knows: a constant, or what a call (by its index in the trigger's
/// pending calls) returns, known once the small functions are.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Val {
    C(u64),
    Call(usize),
}

impl Val {
    pub(crate) fn konst(self) -> Option<u64> {
        match self {
            Val::C(c) => Some(c),
            Val::Call(_) => None,
        }
    }
}

/// Builds expressions, folding constants and cutting big ones to opaque values.
pub(crate) struct Builder {
    pub(crate) next_leaf: u32,
}

impl Builder {
    pub(crate) fn fresh(&mut self, bits: u8) -> Expr {
        self.next_leaf += 1;
        leaf(self.next_leaf, bits)
    }

    pub(crate) fn bounded(&mut self, node: Node, size: u32) -> Expr {
        if size > MAX_NODES {
            self.fresh(64)
        } else {
            Rc::new(Tree { node, size })
        }
    }

    pub(crate) fn un(&mut self, op: Un, a: Expr) -> Expr {
        if let Some(v) = as_const(&a) {
            return konst(un_eval(op, v));
        }
        let size = a.size + 1;
        self.bounded(Node::Un(op, a), size)
    }

    pub(crate) fn bin(&mut self, op: Bin, wide: bool, a: Expr, b: Expr) -> Expr {
        if let (Some(x), Some(y)) = (as_const(&a), as_const(&b)) {
            return konst(bin_eval(op, wide, x, y));
        }
        if let Some(e) = identity(op, wide, &a, &b) {
            return e;
        }
        if let Some(e) = mba_simplified(op, wide, &a, &b) {
            return e;
        }
        if let Some((op, x, y, negated)) = unsubstituted(op, wide, &a, &b) {
            let y = if negated {
                self.bin(Bin::Xor, wide, y, konst(mask_of(wide)))
            } else {
                y
            };
            return self.bin(op, wide, x, y);
        }
        if let Some((op, x, c)) = reassociated(op, wide, &a, &b) {
            return self.bin(op, wide, x, konst(c));
        }
        let size = a.size + b.size + 1;
        self.bounded(Node::Bin(op, wide, a, b), size)
    }
}

/// Whether `e`'s value fits the width of an operation (`wide`: 64 bits, else 32): an operand
/// that does can stand for the operation's result where the operation changes nothing.
fn fits(e: &Expr, wide: bool) -> bool {
    wide || match &e.node {
        Node::Const(c) => *c <= 0xFFFF_FFFF,
        Node::Leaf(_, bits) => *bits <= 32,
        Node::Bin(_, w, _, _) => !w,
        Node::Un(op, _) => matches!(
            op,
            Un::Wrap
                | Un::Eqz32
                | Un::Eqz64
                | Un::Clz32
                | Un::Ctz32
                | Un::Popcnt32
                | Un::Ext8S32
                | Un::Ext16S32
        ),
    }
}

/// `a op b` where an operand is the operation's identity or absorbing element, or both are
/// the same (`x & -1`, `x | 0`, `x ^ 0`, `x + 0`, `x - 0`, `x * 1`, shifts by 0; `x & 0`,
/// `x * 0`; `x ^ x`, `x - x`, `x & x`, `x | x`): what substituted code leaves after its
/// constants fold (`~-1` is 0).
fn identity(op: Bin, wide: bool, a: &Expr, b: &Expr) -> Option<Expr> {
    let ones = mask_of(wide);
    let (ca, cb) = (as_const(a), as_const(b));
    let keep = |x: &Expr| fits(x, wide).then(|| x.clone());
    match op {
        Bin::And if cb == Some(ones) => keep(a),
        Bin::And if ca == Some(ones) => keep(b),
        Bin::And | Bin::Mul if cb == Some(0) || ca == Some(0) => Some(konst(0)),
        Bin::Or | Bin::Xor | Bin::Add if cb == Some(0) => keep(a),
        Bin::Or | Bin::Xor | Bin::Add if ca == Some(0) => keep(b),
        Bin::Sub | Bin::Shl | Bin::ShrU | Bin::ShrS | Bin::Rotl | Bin::Rotr if cb == Some(0) => {
            keep(a)
        }
        Bin::Mul if cb == Some(1) => keep(a),
        Bin::Mul if ca == Some(1) => keep(b),
        Bin::Xor | Bin::Sub if same(a, b) => Some(konst(0)),
        Bin::And | Bin::Or if same(a, b) => keep(a),
        _ => None,
    }
}

/// `e` as a binary operation of width `wide`.
fn bin_parts(e: &Expr, wide: bool) -> Option<(Bin, &Expr, &Expr)> {
    match &e.node {
        Node::Bin(op, w, x, y) if *w == wide => Some((*op, x, y)),
        _ => None,
    }
}

/// `x` where `e` is `x ^ -1` (or `-1 ^ x`): a bitwise not.
fn not_of(e: &Expr, wide: bool) -> Option<&Expr> {
    let ones = mask_of(wide);
    match bin_parts(e, wide)? {
        (Bin::Xor, x, y) if as_const(y) == Some(ones) => Some(x),
        (Bin::Xor, x, y) if as_const(x) == Some(ones) => Some(y),
        _ => None,
    }
}

/// Whether two expressions are the same: the same node, or equal trees of at most a few
/// dozen nodes (substituted code reads its operands again from the same locals, so they are
/// mostly the same node).
fn same(a: &Expr, b: &Expr) -> bool {
    fn eq(a: &Expr, b: &Expr, budget: &mut u32) -> bool {
        if Rc::ptr_eq(a, b) {
            return true;
        }
        if *budget == 0 || a.size != b.size {
            return false;
        }
        *budget -= 1;
        match (&a.node, &b.node) {
            (Node::Const(x), Node::Const(y)) => x == y,
            (Node::Leaf(x, bx), Node::Leaf(y, by)) => x == y && bx == by,
            (Node::Un(o, x), Node::Un(p, y)) => o == p && eq(x, y, budget),
            (Node::Bin(o, w, x1, x2), Node::Bin(p, v, y1, y2)) => {
                o == p && w == v && eq(x1, y1, budget) && eq(x2, y2, budget)
            }
            _ => false,
        }
    }
    eq(a, b, &mut 64)
}

/// Nodes visited at most reading one expression for [`mba_simplified`].
const MBA_VISITS: u32 = 96;
/// Operands (atoms) at most of an expression [`mba_simplified`] reads.
const MBA_ATOMS: usize = 3;

/// Whether `e` or an operand of it, two levels deep, is a bitwise operation of this width:
/// the cheap test for whether [`mba_simplified`] might find something.
fn near_bitwise(e: &Expr, wide: bool, depth: u32) -> bool {
    match &e.node {
        Node::Bin(o, w, x, y) if *w == wide => {
            matches!(o, Bin::And | Bin::Or | Bin::Xor)
                || (depth > 0
                    && (near_bitwise(x, wide, depth - 1) || near_bitwise(y, wide, depth - 1)))
        }
        _ => false,
    }
}

/// A linear mixed boolean-arithmetic expression: sums of constant multiples of bitwise
/// expressions (and, or, xor, the constants 0 and all-ones) of its atoms (any other
/// expression, compared by [`same`]), as [`Mba::read`] found it: operations of this width on
/// atoms (by index) and constants.
enum Lin {
    Atom(usize),
    Const(u64),
    Op(Bin, Box<Lin>, Box<Lin>),
}

impl Lin {
    /// Its value with atom `i` all-ones where bit `i` of `point` is set, else 0.
    fn value(&self, wide: bool, point: usize) -> u64 {
        match self {
            Lin::Atom(i) => {
                if point >> i & 1 == 1 {
                    mask_of(wide)
                } else {
                    0
                }
            }
            Lin::Const(c) => *c,
            Lin::Op(o, x, y) => bin_eval(*o, wide, x.value(wide, point), y.value(wide, point)),
        }
    }
}

/// Reads expressions as [`Lin`], collecting their atoms.
struct Mba {
    wide: bool,
    atoms: Vec<Expr>,
    visits: u32,
}

impl Mba {
    /// `e` as a linear MBA expression; `bitwise`: inside a bitwise operation (where only
    /// bitwise operations, atoms and the constants 0 and all-ones may stand).
    fn read(&mut self, e: &Expr, bitwise: bool) -> Option<Lin> {
        self.visits = self.visits.checked_sub(1)?;
        let wide = self.wide;
        let op = |o: Bin, x: Lin, y: Lin| Some(Lin::Op(o, Box::new(x), Box::new(y)));
        match &e.node {
            Node::Bin(o @ (Bin::And | Bin::Or | Bin::Xor), w, x, y) if *w == wide => {
                op(*o, self.read(x, true)?, self.read(y, true)?)
            }
            Node::Bin(o @ (Bin::Add | Bin::Sub), w, x, y) if *w == wide && !bitwise => {
                op(*o, self.read(x, false)?, self.read(y, false)?)
            }
            // Multiples and shifts by a constant: linear.
            Node::Bin(o @ (Bin::Mul | Bin::Shl), w, x, y) if *w == wide && !bitwise => {
                match (as_const(x), as_const(y)) {
                    (Some(c), None) if *o == Bin::Mul => {
                        op(*o, Lin::Const(c), self.read(y, false)?)
                    }
                    (None, Some(c)) => op(*o, self.read(x, false)?, Lin::Const(c)),
                    _ => self.atom(e),
                }
            }
            Node::Const(c) if !bitwise || *c == 0 || *c == mask_of(wide) => Some(Lin::Const(*c)),
            Node::Const(_) => None,
            _ => self.atom(e),
        }
    }

    fn atom(&mut self, e: &Expr) -> Option<Lin> {
        let i = match self.atoms.iter().position(|t| same(t, e)) {
            Some(i) => i,
            None if self.atoms.len() == MBA_ATOMS => return None,
            None => {
                self.atoms.push(e.clone());
                self.atoms.len() - 1
            }
        };
        Some(Lin::Atom(i))
    }
}

/// `a op b` read as a linear mixed boolean-arithmetic expression of at most three atoms that
/// depends on at most two of them: the smallest expression of the same function (`x`, `x + y`,
/// `x - y`, `x & y`, `x | ~y`, `~(x ^ y)`, ... plus a constant), when smaller. Such an
/// expression is determined by its values where every atom is 0 or all-ones (each bit of a
/// bitwise function is the same function of the atoms' bits, and a linear combination of
/// them is fixed by its value on each of those points), so two of them are the same function
/// when they agree there. This is what undoes instruction substitution applied again and
/// again (O-LLVM's `-sub_loop`): its rounds nest the rewritten forms of add, sub, and, or and
/// xor inside one another, and the patterns of one round no longer show once an inner one
/// has folded.
fn mba_simplified(op: Bin, wide: bool, a: &Expr, b: &Expr) -> Option<Expr> {
    let bitwise = match op {
        Bin::And | Bin::Or | Bin::Xor => true,
        Bin::Add | Bin::Sub => false,
        _ => return None,
    };
    if !near_bitwise(a, wide, 2) && !near_bitwise(b, wide, 2) {
        return None;
    }
    let mut m = Mba {
        wide,
        atoms: Vec::new(),
        visits: MBA_VISITS,
    };
    let (la, lb) = (m.read(a, bitwise)?, m.read(b, bitwise)?);
    let points = 1usize << m.atoms.len();
    let values: Vec<u64> = (0..points)
        .map(|p| bin_eval(op, wide, la.value(wide, p), lb.value(wide, p)))
        .collect();
    let used: Vec<usize> = (0..m.atoms.len())
        .filter(|&i| (0..points).any(|p| values[p] != values[p ^ (1 << i)]))
        .collect();
    if used.len() > 2 {
        return None;
    }
    let ones = mask_of(wide);
    let node = |o: Bin, x: &Expr, y: &Expr| -> Expr {
        Rc::new(Tree {
            size: x.size + y.size + 1,
            node: Node::Bin(o, wide, x.clone(), y.clone()),
        })
    };
    let not = |x: &Expr| node(Bin::Xor, x, &konst(ones));
    // Candidate forms g over the atoms used, with g's value at each point: the first atom
    // alone; with a second, each operation of the two, either complemented.
    let at = |i: usize, p: usize| if p >> used[i] & 1 == 1 { ones } else { 0 };
    let mut forms: Vec<(Expr, Vec<u64>)> = Vec::new();
    if let Some(&u) = used.first()
        && fits(&m.atoms[u], wide)
    {
        forms.push((m.atoms[u].clone(), (0..points).map(|p| at(0, p)).collect()));
    }
    if used.len() == 2 {
        // (operation, (operand, complemented?) for each side), operands 0 and 1 of `used`.
        type Side = (usize, bool);
        const PAIRS: [(Bin, Side, Side); 10] = [
            (Bin::Add, (0, false), (1, false)),
            (Bin::Sub, (0, false), (1, false)),
            (Bin::Sub, (1, false), (0, false)),
            (Bin::And, (0, false), (1, false)),
            (Bin::Or, (0, false), (1, false)),
            (Bin::Xor, (0, false), (1, false)),
            (Bin::And, (0, false), (1, true)),
            (Bin::And, (0, true), (1, false)),
            (Bin::Or, (0, false), (1, true)),
            (Bin::Or, (0, true), (1, false)),
        ];
        let side = |(i, n): (usize, bool)| {
            let e = m.atoms[used[i]].clone();
            if n { not(&e) } else { e }
        };
        let side_at = |(i, n): (usize, bool), p: usize| at(i, p) ^ if n { ones } else { 0 };
        for (o, x, y) in PAIRS {
            let vals = (0..points)
                .map(|p| bin_eval(o, wide, side_at(x, p), side_at(y, p)))
                .collect();
            forms.push((node(o, &side(x), &side(y)), vals));
        }
    }
    // E = g + c or E = c - g for a form g and a constant c.
    let mut best: Option<Expr> = if used.is_empty() {
        Some(konst(values[0]))
    } else {
        None
    };
    for (g, gv) in &forms {
        let plus = values[0].wrapping_sub(gv[0]) & ones;
        let minus = values[0].wrapping_add(gv[0]) & ones;
        let e = if (0..points).all(|p| values[p].wrapping_sub(gv[p]) & ones == plus) {
            match plus {
                0 => g.clone(),
                c => node(Bin::Add, g, &konst(c)),
            }
        } else if (0..points).all(|p| values[p].wrapping_add(gv[p]) & ones == minus) {
            if minus == ones {
                not(g)
            } else {
                node(Bin::Sub, &konst(minus), g)
            }
        } else {
            continue;
        };
        if best.as_ref().is_none_or(|b| e.size < b.size) {
            best = Some(e);
        }
    }
    best.filter(|e| e.size < a.size + b.size + 1)
}

/// Whether `a` is `~b` or `b` is `~a`.
fn complements(a: &Expr, b: &Expr, wide: bool) -> bool {
    not_of(a, wide).is_some_and(|x| same(x, b))
        || not_of(b, wide).is_some_and(|x| same(x, a))
        || matches!((as_const(a), as_const(b)), (Some(x), Some(y)) if x ^ y == mask_of(wide))
}

/// The operation an instruction substitution wrote out at length, as obfuscators (O-LLVM's
/// `-sub`, our harness's `substitute`) write it: `a - ~b - 1` and `(a ^ b) + 2 (a & b)` and
/// `(a | b) + (a & b)` for `a + b`; `a + ~b + 1` for `a - b`; `(a ^ ~b) & a` for `a & b`;
/// `(a & b) | (a ^ b)` for `a | b`; `(~a & b) | (a & ~b)` for `a ^ b`. Each is an identity of
/// modular arithmetic, so folding it back changes no value; it keeps expressions small when
/// code was substituted more than once (each round doubles every operand's uses, and sizes
/// past [`MAX_NODES`] become opaque). The last two are taken in their general form (`(a ^ z)
/// & a` is `a & ~z` and `(p & q) | (~p & ~q)` is `p ^ ~q` for any `z`, `p`, `q`), as a
/// second round writes them when `b` was itself a `~`. The flag: the second operand is to be
/// complemented (the caller builds `~z`, so that `~~y` folds to `y`).
fn unsubstituted(op: Bin, wide: bool, a: &Expr, b: &Expr) -> Option<(Bin, Expr, Expr, bool)> {
    let two = |o: Bin, x: &Expr, y: &Expr| Some((o, x.clone(), y.clone(), false));
    // Whether `p` and `q` are operations on the same two operands, in either order.
    let same_operands = |p: (&Expr, &Expr), q: (&Expr, &Expr)| {
        (same(p.0, q.0) && same(p.1, q.1)) || (same(p.0, q.1) && same(p.1, q.0))
    };
    // A commutative operation's operands in both orders.
    type Rule<'r> = &'r dyn Fn(&Expr, &Expr) -> Option<(Bin, Expr, Expr, bool)>;
    let either = |f: Rule<'_>| f(a, b).or_else(|| f(b, a));
    // `x + 1` or `x - 1` (`Some(true)`, `Some(false)`), however written: `x - -1`, `-1 + x`
    // (constants reassociated come out either way).
    let ones = mask_of(wide);
    let (ca, cb) = (as_const(a), as_const(b));
    let added = match (op, ca, cb) {
        (Bin::Add, _, Some(c)) | (Bin::Add, Some(c), None) => Some(c),
        (Bin::Sub, _, Some(c)) => Some(c.wrapping_neg() & ones),
        _ => None,
    };
    let step = added.and_then(|c| match c {
        1 => Some(true),
        c if c == ones => Some(false),
        _ => None,
    });
    let other = if cb.is_some() { a } else { b };
    match step {
        // (x - ~y) - 1 = x + y
        Some(false) => match bin_parts(other, wide)? {
            (Bin::Sub, x, ny) => two(Bin::Add, x, not_of(ny, wide)?),
            _ => None,
        },
        // (x + ~y) + 1 = x - y
        Some(true) => match bin_parts(other, wide)? {
            (Bin::Add, p, q) => match (not_of(q, wide), not_of(p, wide)) {
                (Some(y), _) => two(Bin::Sub, p, y),
                (None, Some(y)) => two(Bin::Sub, q, y),
                _ => None,
            },
            _ => None,
        },
        None => match op {
            // (x ^ y) + 2 (x & y) = (x | y) + (x & y) = x + y
            Bin::Add => either(&|p, q| {
                let (po, p1, p2) = bin_parts(p, wide)?;
                let (qo, q1, q2) = bin_parts(q, wide)?;
                let and = match (po, qo) {
                    (Bin::Xor, Bin::Shl) if as_const(q2) == Some(1) => q1,
                    (Bin::Xor, Bin::Mul) if as_const(q2) == Some(2) => q1,
                    (Bin::Or, Bin::And) => q,
                    _ => return None,
                };
                let (Bin::And, t1, t2) = bin_parts(and, wide)? else {
                    return None;
                };
                if same_operands((p1, p2), (t1, t2)) {
                    two(Bin::Add, p1, p2)
                } else {
                    None
                }
            }),
            // (x ^ z) & x = x & ~z (with z = ~y: x & y)
            Bin::And => either(&|p, q| {
                let (Bin::Xor, p1, p2) = bin_parts(p, wide)? else {
                    return None;
                };
                let (x, z) = if same(p1, q) {
                    (p1, p2)
                } else if same(p2, q) {
                    (p2, p1)
                } else {
                    return None;
                };
                match not_of(z, wide) {
                    Some(y) => two(Bin::And, x, y),
                    None => Some((Bin::And, x.clone(), z.clone(), true)),
                }
            }),
            Bin::Or => either(&|p, q| {
                let (po, p1, p2) = bin_parts(p, wide)?;
                let (qo, q1, q2) = bin_parts(q, wide)?;
                match (po, qo) {
                    // (x & y) | (x ^ y) = x | y
                    (Bin::And, Bin::Xor) if same_operands((p1, p2), (q1, q2)) => {
                        two(Bin::Or, p1, p2)
                    }
                    // (~x & y) | (x & ~y) = x ^ y; in general (p1 & p2) | (q1 & q2) with p1, q1
                    // and p2, q2 complements is q1 ^ p2 (= p1 ^ q2): the smaller of the two.
                    (Bin::And, Bin::And) => [(p1, p2, q1, q2), (p2, p1, q1, q2)]
                        .into_iter()
                        .find(|(a1, a2, b1, b2)| {
                            complements(a1, b1, wide) && complements(a2, b2, wide)
                        })
                        .map(|(a1, a2, b1, b2)| {
                            if b1.size + a2.size <= a1.size + b2.size {
                                (Bin::Xor, b1.clone(), a2.clone(), false)
                            } else {
                                (Bin::Xor, a1.clone(), b2.clone(), false)
                            }
                        }),
                    _ => None,
                }
            }),
            _ => None,
        },
    }
}

/// `(x op c1) op c2` as one operation of `x` with a constant: `(x + c1) - c2` is
/// `x + (c1 - c2)`, `(x ^ c) ^ c` is `x ^ 0`, and so on for add and sub, xor, and, or and mul
/// (each an identity of modular arithmetic). Substituted code leaves such chains once its own
/// constants fold (`x - ~y - 1` substituted again writes the `- 1` as `+ ~1 + 1`), and each
/// further round lengthens them, so without this they outgrow [`MAX_NODES`].
fn reassociated(op: Bin, wide: bool, a: &Expr, b: &Expr) -> Option<(Bin, Expr, u64)> {
    use Bin::{Add, And, Mul, Or, Sub, Xor};
    let commutes = |o: Bin| matches!(o, Add | Xor | And | Or | Mul);
    let (inner, c2) = match (as_const(a), as_const(b)) {
        (None, Some(c)) => (a, c),
        (Some(c), None) if commutes(op) => (b, c),
        _ => return None,
    };
    let (iop, p, q) = bin_parts(inner, wide)?;
    let (x, c1) = match (as_const(p), as_const(q)) {
        (None, Some(c)) => (p, c),
        (Some(c), None) if commutes(iop) => (q, c),
        _ => return None,
    };
    let (op, c) = match (iop, op) {
        (Add, Add) | (Sub, Sub) => (iop, c1.wrapping_add(c2)),
        (Add, Sub) | (Sub, Add) => (iop, c1.wrapping_sub(c2)),
        (Xor, Xor) => (Xor, c1 ^ c2),
        (And, And) => (And, c1 & c2),
        (Or, Or) => (Or, c1 | c2),
        (Mul, Mul) => (Mul, c1.wrapping_mul(c2)),
        _ => return None,
    };
    Some((op, x.clone(), c & mask_of(wide)))
}

/// Evaluates `e` with leaf values from `env` (leaf id to value); counts visits in `spent`.
pub(crate) fn eval(e: &Expr, env: &dyn Fn(u32, u8) -> u64, spent: &mut u64) -> u64 {
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

pub(crate) fn leaves(e: &Expr, out: &mut Vec<(u32, u8)>) {
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

pub(crate) fn consts(e: &Expr, out: &mut Vec<u64>) {
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
pub(crate) fn substitute(b: &mut Builder, e: &Expr, map: &dyn Fn(u32) -> Option<Expr>) -> Expr {
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
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// Whether `m` is a scratchpad mask: `2^k - a` for a in {8, 16, 64} and 14 <= k <= 23.
/// Whether the low 32 bits of `c` are a scratchpad mask or its complement (as substituted
/// `and`s use it).
pub(crate) fn mask_or_complement(c: u64) -> bool {
    let c32 = c & 0xFFFF_FFFF;
    scratchpad_mask(c32) || scratchpad_mask(!c32 & 0xFFFF_FFFF)
}

pub(crate) fn scratchpad_mask(m: u64) -> bool {
    [8u64, 16, 64].iter().any(|a| {
        let p = m + a;
        p.is_power_of_two() && (14..=23).contains(&p.trailing_zeros())
    })
}

/// Every value of an input `bits` wide.
fn width_of(bits: u8) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// The inputs of one sample: `x` at `xv`, every other input at a value drawn from `others`.
fn one_input(x: u32, xv: u64, others: u64) -> impl Fn(u32, u8) -> u64 {
    move |id, _| {
        if id == x {
            xv
        } else {
            Rng(others ^ u64::from(id).wrapping_mul(0x9E37_79B9)).next()
        }
    }
}

/// What sampling found out about an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AddrShape {
    /// `(x & mask) + base` (base when it does not depend on other inputs).
    Masked {
        mask: u32,
        base: Option<u32>,
    },
    /// A small table indexed by a few bits of an input (AES T-tables, an S-box).
    Table,
    Other,
}

pub(crate) struct Sampler {
    pub(crate) rng: Rng,
    pub(crate) spent: u64,
}

impl Sampler {
    pub(crate) fn exhausted(&self) -> bool {
        self.spent >= MAX_EVAL
    }

    /// Classifies an address expression.
    pub(crate) fn address(&mut self, addr: &Expr) -> AddrShape {
        self.classify(addr, true)
    }

    /// As [`Sampler::address`], `masked` saying whether to test the masked shape too (only a
    /// loop's accesses can be; a table lookup counts anywhere, for the loops that call it).
    pub(crate) fn classify(&mut self, addr: &Expr, masked: bool) -> AddrShape {
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
        if !masked {
            return AddrShape::Other;
        }
        // Masked: for some input x, addr(x) - addr(0) == x & M for every sample.
        for &(x, bits) in ls.iter().filter(|(_, b)| *b >= 16).take(4) {
            if let Some(shape) = self.masked_in(addr, x, bits) {
                return shape;
            }
        }
        // Or masked after mixing with other values: `((x ^ y) & M) + base`, where a constant in
        // the address could be the mask (folded from however it was encoded; complemented, as
        // substituted `and`s use it).
        let mut cs = Vec::new();
        consts(addr, &mut cs);
        if !cs.into_iter().any(mask_or_complement) {
            return AddrShape::Other;
        }
        for &(x, bits) in ls.iter().filter(|(_, b)| *b >= 16).take(4) {
            if let Some(shape) = self.masked_bits(addr, x, bits) {
                return shape;
            }
        }
        AddrShape::Other
    }

    /// Whether flipping bit j of input `x` moves the address by exactly 2^j (either way) for
    /// every j of a scratchpad mask M, and not at all for the other bits: `(x & M) + base` where
    /// x was first xored with other values (RandomX's `spAddr ^= r[a] ^ r[b]`), which the
    /// difference test of [`Sampler::masked_in`] cannot see. The base is not recovered.
    pub(crate) fn masked_bits(&mut self, addr: &Expr, x: u32, bits: u8) -> Option<AddrShape> {
        let width = width_of(bits);
        let others = self.rng.next();
        let env_with = |xv: u64| one_input(x, xv, others);
        // First, cheaply: two random values of x put the address less than 8 MiB apart, on the
        // same 8-byte alignment, and not always in the same place. Most addresses (a pointer, an
        // index times a stride, a value x does not reach) fail here.
        let mut moved = false;
        for _ in 0..3 {
            let (u, v) = (self.rng.next() & width, self.rng.next() & width);
            let a = eval(addr, &env_with(u), &mut self.spent);
            let b = eval(addr, &env_with(v), &mut self.spent);
            let d = a.wrapping_sub(b) as u32 as i32;
            if d.unsigned_abs() >= 1 << 23 || d % 8 != 0 {
                return None;
            }
            moved |= d != 0;
        }
        if !moved {
            return None;
        }
        // Bits that no scratchpad mask has first: most addresses fail on one of them.
        let order = [31u32, 24, 23, 0, 1, 2]
            .into_iter()
            .chain((3..23).rev())
            .chain((25..31).rev())
            .filter(|j| u64::from(*j) < u64::from(bits));
        let mut mask = 0u64;
        for j in order {
            let bit = 1u64 << j;
            let mut moves = None;
            for _ in 0..3 {
                let xv = self.rng.next() & width;
                let a = eval(addr, &env_with(xv), &mut self.spent) & 0xFFFF_FFFF;
                let b = eval(addr, &env_with(xv ^ bit), &mut self.spent) & 0xFFFF_FFFF;
                let d = a.wrapping_sub(b) & 0xFFFF_FFFF;
                let m = match d {
                    0 => false,
                    d if (d == bit || d == bit.wrapping_neg() & 0xFFFF_FFFF)
                        && (3..23).contains(&j) =>
                    {
                        true
                    }
                    _ => return None,
                };
                if moves.is_some_and(|p| p != m) {
                    return None;
                }
                moves = Some(m);
            }
            if moves == Some(true) {
                mask |= bit;
            }
        }
        scratchpad_mask(mask).then_some(AddrShape::Masked {
            mask: mask as u32,
            base: None,
        })
    }

    pub(crate) fn masked_in(&mut self, addr: &Expr, x: u32, bits: u8) -> Option<AddrShape> {
        let width = width_of(bits);
        let mut base = None;
        let mut base_fixed = true;
        let mut mask = None;
        for round in 0..3 {
            let others = self.rng.next();
            let env_with = |xv: u64| one_input(x, xv, others);
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
    pub(crate) fn constant_truth(&mut self, cond: &Expr) -> Option<bool> {
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
    pub(crate) fn is_half(&mut self, v: &Expr) -> bool {
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
pub(crate) struct LoopRec {
    pub(crate) depth: u32,
    pub(crate) reads: Vec<(u32, Option<u32>)>,
    pub(crate) writes: Vec<(u32, Option<u32>)>,
    pub(crate) lookups: u32,
    pub(crate) muls: u32,
    pub(crate) halves: u32,
    /// Floating-point arithmetic and integer-to-float conversions.
    pub(crate) floats: u32,
    /// The most cases of one indirect branch (`br_table`, `switch`): an instruction dispatch.
    pub(crate) dispatch: u32,
    pub(crate) calls: Vec<u32>,
    pub(crate) bound: Option<u64>,
    /// Locals that entered the loop holding a constant: (local, its value at the head, constant).
    pub(crate) counters: Vec<(u32, Expr, u64)>,
}

/// Per function: what it does in total (for its callers' loops).
#[derive(Debug, Default, Clone)]
pub(crate) struct FnRec {
    pub(crate) lookups: u32,
    pub(crate) muls: u32,
    pub(crate) halves: u32,
    pub(crate) floats: u32,
    pub(crate) dispatch: u32,
    pub(crate) calls: Vec<u32>,
    pub(crate) loops: Vec<LoopRec>,
}

/// A template's memory access: (is a store, address, the loaded value's leaf id and bits).
pub(crate) type TemplateAccess = (bool, Expr, Option<(u32, u8)>);

/// A small function as an expression of its parameters, with its memory accesses.
#[derive(Debug, Clone)]
pub(crate) struct Inline {
    /// Operators in the function: what each inlining spends from the operator budget.
    pub(crate) ops: u64,
    pub(crate) result: Option<Expr>,
    pub(crate) mem: Vec<TemplateAccess>,
    pub(crate) muls: u32,
    pub(crate) floats: u32,
}

/// The functions to read next for the loops' summaries ([`summarise`] follows calls `levels`
/// deep): after the first read (`level` 0), what the masked loops of the functions just read
/// call; deeper, everything those call; each function once (`read`), in index order. `fns` is
/// indexed from function `first`.
pub(crate) fn callees_to_read(
    fns: &[FnRec],
    first: u32,
    just_read: impl Iterator<Item = u32>,
    level: usize,
    read: &mut foldhash::HashSet<u32>,
) -> Vec<u32> {
    let recs = just_read.filter_map(|f| fns.get(f.checked_sub(first)? as usize));
    let calls: Vec<u32> = if level == 0 {
        recs.flat_map(|r| &r.loops)
            .filter(|l| !l.reads.is_empty() || !l.writes.is_empty())
            .flat_map(|l| l.calls.iter().copied())
            .collect()
    } else {
        recs.flat_map(|r| r.calls.iter().copied()).collect()
    };
    let mut next: Vec<u32> = calls.into_iter().filter(|f| read.insert(*f)).collect();
    next.sort_unstable();
    next
}

/// What was found: one memory-hard loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemoryHardLoop {
    /// Function index (imports included, as in the module's own numbering).
    pub function: u32,
    /// Export name of the function, if any.
    pub export: Option<String>,
    /// The function's name in JavaScript (asm.js), where it came from there.
    pub js_name: Option<String>,
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
    /// Floating-point operations and integer-to-float conversions in the loop and its callees.
    pub floats: u32,
    /// The most cases of one indirect branch in the loop and its callees (an interpreter's
    /// instruction dispatch; flattening makes them too, so it is evidence, never a key).
    pub dispatch: u32,
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

    /// Whether the loop has the shape of RandomX's program loop (specs 4.6.2): 64-byte lines
    /// of a power-of-two scratchpad read and written through a `2^k - 64` mask, eight or more
    /// of each per iteration (the integer registers in, the registers out), the lines turned
    /// into floating-point values and worked on, and 64-bit multiplies; no AES in the loop.
    pub fn randomx(&self) -> bool {
        (self.mask + 64).is_power_of_two()
            && self.reads >= 8
            && self.writes >= 8
            && self.floats >= 8
            && self.muls > 0
            && self.iterations.is_none_or(|n| n >= 1 << 10)
    }

    /// The evidence line.
    pub fn describe(&self) -> String {
        let function = match &self.js_name {
            Some(n) => format!("function {n}"),
            None => format!("function {}", self.function),
        };
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
            (_, h) if h >= 3 => ", 64x64->128 multiply from half-width products".to_owned(),
            _ => ", 64-bit multiply".to_owned(),
        };
        if self.randomx() {
            let dispatch = if self.dispatch >= 16 {
                format!(", an instruction dispatch over {} cases", self.dispatch)
            } else {
                String::new()
            };
            return format!(
                "{function}{name}: RandomX-like program {iters}, reads/writes 64-byte lines of a {size} scratchpad at (x & {:#X})+{base} ({} reads, {} writes), {} floating-point operations and conversions{mul}{dispatch}",
                self.mask, self.reads, self.writes, self.floats
            );
        }
        format!(
            "{function}{name}: {iters}, reads/writes a {size} buffer at (x & {:#X})+{base} ({} reads, {} writes){aes}{mul}",
            self.mask, self.reads, self.writes
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

/// `addr` with the opaque values that stand for a variable (a loop head's, a merge's) replaced
/// by what that variable is assigned (`defs_of` a leaf: its variable's definitions, if it
/// stands for one); two levels, a few choices each. Flattened code computes an address in one
/// case of its dispatcher from values another case set.
pub(crate) fn expansions(
    b: &mut Builder,
    addr: &Expr,
    defs_of: &dyn Fn(u32) -> Option<Vec<Expr>>,
) -> Vec<Expr> {
    let mut out = Vec::new();
    let mut frontier = vec![addr.clone()];
    for _ in 0..2 {
        let mut next = Vec::new();
        for c in &frontier {
            let mut ls = Vec::new();
            leaves(c, &mut ls);
            let stand_ins = ls.iter().filter_map(|(id, _)| Some((*id, defs_of(*id)?)));
            for (id, ds) in stand_ins.take(3) {
                for d in ds.iter().take(4) {
                    let d = d.clone();
                    next.push(substitute(b, c, &|x| (x == id).then(|| d.clone())));
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

/// Adds one classified access to the function and its loops.
pub(crate) fn count(rec: &mut FnRec, loops: &[usize], shape: AddrShape, store: bool) {
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

/// The best memory-hard loop of each function, most complete first: what each loop does, with
/// what the functions it calls add, `levels` deep (wasm: a round function and the helper it
/// calls; asm.js adds the helpers that stand for wasm's 64-bit operators).
/// `fns[i]` is function `first + i`; `export` and `js_name` name a function for the evidence.
pub(crate) fn summarise(
    fns: &[FnRec],
    first: u32,
    export: &dyn Fn(u32) -> Option<String>,
    js_name: &dyn Fn(u32) -> Option<String>,
    levels: usize,
) -> Vec<MemoryHardLoop> {
    let mut out = Vec::new();
    let callee = |f: u32| -> Option<&FnRec> { fns.get(f.checked_sub(first)? as usize) };
    for (i, rec) in fns.iter().enumerate() {
        let f = first + i as u32;
        let mut best: Option<MemoryHardLoop> = None;
        for l in &rec.loops {
            // The mask most of the loop's accesses go through (RandomX's loop reads through
            // its L3 line mask more often than anything else).
            let all = l.reads.iter().chain(&l.writes);
            let mut counts: HashMap<u32, usize> = HashMap::default();
            for (m, _) in all.clone() {
                *counts.entry(*m).or_default() += 1;
            }
            let Some(mask) = counts
                .iter()
                .max_by_key(|(m, c)| (**c, std::cmp::Reverse(**m)))
                .map(|(m, _)| *m)
            else {
                continue;
            };
            // The base of the last access through it.
            let Some(&(_, base)) = all.clone().rfind(|(m, _)| *m == mask) else {
                continue;
            };
            let (mut lookups, mut muls, mut halves) = (l.lookups, l.muls, l.halves);
            let (mut floats, mut dispatch) = (l.floats, l.dispatch);
            let mut seen = vec![f];
            let mut frontier = l.calls.clone();
            for _ in 0..levels {
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
                        floats += r.floats;
                        dispatch = dispatch.max(r.dispatch);
                        next.extend(r.calls.iter().copied());
                    }
                }
                frontier = next;
            }
            let same =
                |v: &Vec<(u32, Option<u32>)>| v.iter().filter(|(m, _)| *m == mask).count() as u32;
            let found = MemoryHardLoop {
                function: f,
                export: export(f),
                js_name: js_name(f),
                mask,
                base,
                reads: same(&l.reads),
                writes: same(&l.writes),
                iterations: l.bound,
                lookups,
                muls,
                halves,
                floats,
                dispatch,
            };
            let whole = |l: &MemoryHardLoop| l.complete() || l.randomx();
            let better = match &best {
                None => true,
                Some(b) => (whole(&found), l.depth) > (whole(b), 0),
            };
            if better {
                best = Some(found);
            }
        }
        out.extend(best);
    }
    out.sort_by_key(|l| std::cmp::Reverse((l.complete(), l.randomx(), l.reads + l.writes)));
    out
}

/// For tests of a pass that reads fewer functions: `all` (every function read) found a whole
/// memory-hard loop, and `some` found the same loops.
#[cfg(test)]
#[allow(clippy::panic)]
pub(crate) fn assert_finds_the_same(all: &Structure, some: &Structure, what: &str) {
    assert!(
        all.loops
            .first()
            .is_some_and(|l| l.complete() || l.randomx()),
        "{what}"
    );
    assert_eq!(
        format!("{:?}", all.loops),
        format!("{:?}", some.loops),
        "{what}"
    );
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// Every substitution the canonicaliser knows, built as obfuscated code builds it (operands
    /// read again from the same locals): it folds back to the one operation, of either width,
    /// and keeps its value on sampled inputs.
    #[test]
    fn substituted_arithmetic_folds_back_to_its_operation() {
        for wide in [false, true] {
            let mut b = Builder { next_leaf: 1 };
            let bits = if wide { 64 } else { 32 };
            let (x, y) = (b.fresh(bits), b.fresh(bits));
            let ones = mask_of(wide);
            let mut bin = |op, p: &Expr, q: &Expr| b.bin(op, wide, p.clone(), q.clone());
            let not = |bin: &mut dyn FnMut(Bin, &Expr, &Expr) -> Expr, e: &Expr| {
                bin(Bin::Xor, e, &konst(ones))
            };
            let cases: Vec<(&str, Bin, Expr)> = vec![
                ("x - ~y - 1", Bin::Add, {
                    let ny = not(&mut bin, &y);
                    let d = bin(Bin::Sub, &x, &ny);
                    bin(Bin::Sub, &d, &konst(1))
                }),
                ("(x ^ y) + ((x & y) << 1)", Bin::Add, {
                    let p = bin(Bin::Xor, &x, &y);
                    let q = bin(Bin::And, &x, &y);
                    let q = bin(Bin::Shl, &q, &konst(1));
                    bin(Bin::Add, &p, &q)
                }),
                ("(x | y) + (y & x)", Bin::Add, {
                    let p = bin(Bin::Or, &x, &y);
                    let q = bin(Bin::And, &y, &x);
                    bin(Bin::Add, &p, &q)
                }),
                ("x + ~y + 1", Bin::Sub, {
                    let ny = not(&mut bin, &y);
                    let s = bin(Bin::Add, &x, &ny);
                    bin(Bin::Add, &s, &konst(1))
                }),
                ("(x ^ ~y) & x", Bin::And, {
                    let ny = not(&mut bin, &y);
                    let p = bin(Bin::Xor, &x, &ny);
                    bin(Bin::And, &p, &x)
                }),
                ("(x & y) | (x ^ y)", Bin::Or, {
                    let p = bin(Bin::And, &x, &y);
                    let q = bin(Bin::Xor, &x, &y);
                    bin(Bin::Or, &p, &q)
                }),
                ("(~x & y) | (x & ~y)", Bin::Xor, {
                    let nx = not(&mut bin, &x);
                    let p = bin(Bin::And, &nx, &y);
                    let ny = not(&mut bin, &y);
                    let q = bin(Bin::And, &x, &ny);
                    bin(Bin::Or, &p, &q)
                }),
            ];
            let mut spent = 0;
            for (name, op, e) in cases {
                assert!(
                    matches!(&e.node, Node::Bin(o, w, p, q)
                        if *o == op && *w == wide && (Rc::ptr_eq(p, &x) || Rc::ptr_eq(p, &y))
                            && (Rc::ptr_eq(q, &x) || Rc::ptr_eq(q, &y))),
                    "{name} ({bits} bits): {e:?}"
                );
                for seed in 0..64u64 {
                    let env = move |id: u32, _| Rng(seed ^ u64::from(id)).next();
                    assert_eq!(
                        eval(&e, &env, &mut spent),
                        bin_eval(
                            op,
                            wide,
                            eval(&x, &env, &mut spent),
                            eval(&y, &env, &mut spent)
                        ),
                        "{name} ({bits} bits)"
                    );
                }
            }
        }
    }

    /// One round of the harness's instruction substitution (O-LLVM's `-sub`) of `op` on `x`
    /// and `y`, each operation it writes substituted again `rounds - 1` more times; `pick`
    /// chooses between the two ways it writes an add.
    fn substituted(
        b: &mut Builder,
        op: Bin,
        wide: bool,
        x: &Expr,
        y: &Expr,
        rounds: u32,
        pick: &mut dyn FnMut() -> bool,
    ) -> Expr {
        if rounds == 0 || !matches!(op, Bin::Add | Bin::Sub | Bin::And | Bin::Or | Bin::Xor) {
            return b.bin(op, wide, x.clone(), y.clone());
        }
        let ones = konst(mask_of(wide));
        let one = konst(1);
        let first = pick();
        let mut s = |b: &mut Builder, o: Bin, p: &Expr, q: &Expr| {
            substituted(b, o, wide, p, q, rounds - 1, pick)
        };
        match op {
            Bin::Add if first => {
                let ny = s(b, Bin::Xor, y, &ones);
                let d = s(b, Bin::Sub, x, &ny);
                s(b, Bin::Sub, &d, &one)
            }
            Bin::Add => {
                let p = s(b, Bin::Xor, x, y);
                let q = s(b, Bin::And, x, y);
                let q = b.bin(Bin::Shl, wide, q, one.clone());
                s(b, Bin::Add, &p, &q)
            }
            Bin::Sub => {
                let ny = s(b, Bin::Xor, y, &ones);
                let d = s(b, Bin::Add, x, &ny);
                s(b, Bin::Add, &d, &one)
            }
            Bin::And => {
                let ny = s(b, Bin::Xor, y, &ones);
                let p = s(b, Bin::Xor, x, &ny);
                s(b, Bin::And, &p, x)
            }
            Bin::Or => {
                let p = s(b, Bin::And, x, y);
                let q = s(b, Bin::Xor, x, y);
                s(b, Bin::Or, &p, &q)
            }
            _ => {
                let nx = s(b, Bin::Xor, x, &ones);
                let p = s(b, Bin::And, &nx, y);
                let ny = s(b, Bin::Xor, y, &ones);
                let q = s(b, Bin::And, x, &ny);
                s(b, Bin::Or, &p, &q)
            }
        }
    }

    /// Code substituted once, twice and three times (obfuscators repeat the pass: O-LLVM's
    /// `-sub_loop`) folds back to the one operation it was, whichever way each add was written.
    #[test]
    fn arithmetic_substituted_again_and_again_folds_back() {
        for wide in [false, true] {
            for rounds in 1..=3u32 {
                for seed in 0..8u64 {
                    for op in [Bin::Add, Bin::Sub, Bin::And, Bin::Or, Bin::Xor] {
                        let mut b = Builder { next_leaf: 1 };
                        let bits = if wide { 64 } else { 32 };
                        let (x, y) = (b.fresh(bits), b.fresh(bits));
                        let mut rng = Rng(seed * 2 + 1);
                        let e = substituted(&mut b, op, wide, &x, &y, rounds, &mut || {
                            rng.next().is_multiple_of(2)
                        });
                        let what = format!("{op:?} ({bits} bits), {rounds} rounds, seed {seed}");
                        let ordered = |p: &Expr, q: &Expr| Rc::ptr_eq(p, &x) && Rc::ptr_eq(q, &y);
                        assert!(
                            matches!(&e.node, Node::Bin(o, w, p, q) if *o == op && *w == wide
                                && (ordered(p, q) || (op != Bin::Sub && ordered(q, p)))),
                            "{what}: {} nodes: {e:?}",
                            e.size
                        );
                        let mut spent = 0;
                        for k in 0..16u64 {
                            let env = move |id: u32, _| Rng(k ^ u64::from(id) << 8).next();
                            let (xv, yv) = (eval(&x, &env, &mut spent), eval(&y, &env, &mut spent));
                            assert_eq!(
                                eval(&e, &env, &mut spent),
                                bin_eval(op, wide, xv, yv),
                                "{what}"
                            );
                        }
                    }
                }
            }
        }
    }

    /// An operation that changes nothing stands for its operand only where the operand already
    /// fits the operation's width (a 64-bit value masked by a 32-bit `& -1` is its low half).
    #[test]
    fn identities_keep_the_width_of_the_operation() {
        let mut b = Builder { next_leaf: 1 };
        let (narrow, wide) = (b.fresh(32), b.fresh(64));
        let e = b.bin(Bin::And, false, narrow.clone(), konst(0xFFFF_FFFF));
        assert!(Rc::ptr_eq(&e, &narrow));
        let e = b.bin(Bin::And, false, wide.clone(), konst(0xFFFF_FFFF));
        assert!(matches!(e.node, Node::Bin(Bin::And, false, ..)), "{e:?}");
        let e = b.bin(Bin::Or, true, wide.clone(), konst(0));
        assert!(Rc::ptr_eq(&e, &wide));
        let e = b.bin(Bin::Xor, false, wide.clone(), wide.clone());
        assert_eq!(as_const(&e), Some(0));
        let e = b.bin(Bin::Mul, true, konst(0), wide);
        assert_eq!(as_const(&e), Some(0));
    }

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
    fn an_address_xored_with_other_values_before_the_mask_is_still_masked() {
        let mut b = Builder { next_leaf: 100 };
        let (r0, r1, sp, base) = (b.fresh(64), b.fresh(64), b.fresh(32), b.fresh(32));
        // RandomX: spAddr = (spAddr ^ lo32(r0 ^ r1)) & 0x1FFFC0, read at scratchpad + spAddr + 8.
        let mix = b.bin(Bin::Xor, true, r0.clone(), r1.clone());
        let mix = b.un(Un::Wrap, mix);
        let sp = b.bin(Bin::Xor, false, sp, mix);
        // The mask through a substituted `and`: (sp ^ !M) & sp.
        let not_m = b.bin(Bin::Xor, false, konst(0x1F_FFC0), konst(0xFFFF_FFFF));
        let t = b.bin(Bin::Xor, false, sp.clone(), not_m);
        let masked = b.bin(Bin::And, false, t, sp);
        let addr = b.bin(Bin::Add, false, masked.clone(), base.clone());
        let addr = b.bin(Bin::Add, false, addr, konst(8));
        let mut s = sampler();
        assert_eq!(
            s.address(&addr),
            AddrShape::Masked {
                mask: 0x1F_FFC0,
                base: None
            }
        );
        // Not masked: an index times a stride, a mask too wide to be a scratchpad's, and the
        // xor of values with no mask at all.
        let r32 = b.un(Un::Wrap, r0.clone());
        let strided = b.bin(Bin::Mul, false, r32.clone(), konst(4));
        let strided = b.bin(Bin::Add, false, strided, base.clone());
        assert_eq!(s.address(&strided), AddrShape::Other);
        let wide = b.bin(Bin::And, false, r32.clone(), konst(0x0FFF_FFC0));
        let wide = b.bin(Bin::Add, false, wide, base.clone());
        assert_eq!(s.address(&wide), AddrShape::Other);
        let r132 = b.un(Un::Wrap, r1);
        let mixed = b.bin(Bin::Xor, false, r32, r132);
        let mixed = b.bin(Bin::Add, false, mixed, base);
        assert_eq!(s.address(&mixed), AddrShape::Other);
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
