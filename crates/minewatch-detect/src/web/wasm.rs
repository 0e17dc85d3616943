//! WebAssembly: what the hot code computes, from the operators of each function, the constants
//! it uses and the tables in its data segments.
//!
//! Hash primitives (SHA-256's K constants, Keccak's round constants, AES S-box and T-tables,
//! Blake's constants) are reported as weak signals: every crypto library has them. What only
//! miners use is reported strongly: CryptoNight's 2 MiB scratchpad addressed through the
//! `0x1FFFF0` mask next to Keccak and AES, and functions matching MineSweeper's op-count
//! fingerprints of three or more CryptoNight primitive families.

use foldhash::HashMap;

use wasmparser::{Operator, Parser, Payload};

use super::flow::{Val, bin_eval, mask_or_complement, un_eval};
use super::wasm_flow::{bin_of, un_of};
use crate::finding::Finding;

/// Locals the trigger follows: a function's first ones, kept in a vector by index (every
/// `local.get` and `local.set` of every function goes through it: no hashing).
const MAX_LOCALS: usize = 1 << 14;

/// The cheap trigger of the structural pass: which functions build a constant that is a
/// scratchpad mask (`2^k - 8|16|64`, 14 <= k <= 23) or its complement. Constants are folded
/// through the operand stack (`i32.const a; i32.const b; i32.xor`), through locals, immutable
/// globals, and calls of small straight-line functions (wrappers of one operator, of another
/// wrapper, or of a substituted operator written out at length), run on the constants they are
/// given. The structural pass folds them the same way and further, and finds a memory-hard loop
/// only where an address holds such a constant, so only the functions with a loop that build
/// one, or call a small function (inlined there) that does, are worth its time; it reads what
/// their masked loops call itself.
#[derive(Default)]
struct MaskTrigger {
    /// Functions (by index, imports first) where a mask was folded.
    found_in: foldhash::HashSet<u32>,
    stack: Vec<Option<Val>>,
    /// What each local of the function being read holds, by index (up to [`MAX_LOCALS`]).
    locals: Vec<Option<Val>>,
    /// Imported functions (defined ones are numbered after them).
    imported: u32,
    /// Immutable globals' constant values (imports first: unknown).
    globals: Vec<Option<u64>>,
    /// The function being read.
    current: u32,
    /// Per defined function: its operators, if it is small and straight-line (see [`Step`]).
    bodies: Vec<Option<Box<[Step]>>>,
    /// Operators kept in `bodies`, over all functions.
    kept: usize,
    /// Per defined function: what the structural pass can make of it (see [`Shape`]).
    shapes: Vec<Shape>,
    /// Operators read of the function being read, and whether it has a loop or an operator a
    /// template may not have.
    ops: usize,
    looped: bool,
    no_template: bool,
    /// The function being read, while it is small and straight-line.
    body: Option<Vec<Step>>,
    /// Calls with two known arguments: (caller, function, first, second), in the order made (a
    /// call's arguments are made before it).
    pending: Vec<(u32, u32, Val, Val)>,
    /// Calls (caller, callee), each once per caller.
    calls: Vec<(u32, u32)>,
    /// There were too many calls to keep (then every function is worth the pass).
    too_many_calls: bool,
    /// The callees of the function being read.
    callees: Vec<u32>,
    /// Integer loads from constant addresses: (function, address, bytes), read from the
    /// module's initial data once it is known (the data section comes after the code).
    const_loads: Vec<(u32, u64, usize)>,
    /// Functions' types, to run small functions with branches.
    types: super::wasm_flow::Types,
    /// Per defined function: where in the module its body is, if it is small and free of
    /// indirect calls but not straight-line (branches, loops: a flattened or guarded wrapper),
    /// to walk where constants decide its branches (see [`super::wasm_flow::unroll`]).
    branchy: Vec<Option<std::ops::Range<usize>>>,
    /// The body of the function being read, and whether it makes an indirect call.
    range: std::ops::Range<usize>,
    indirect: bool,
}

/// What the structural pass can make of a function: inline it as a template (small, free of
/// loops, indirect calls and jump tables), look in its loops, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Template,
    Looped,
    Other,
}

/// The most call edges kept for choosing functions (past it: all of them are analysed).
const MAX_CALL_EDGES: usize = 1 << 21;

/// The operators a small straight-line function is kept as, to run on constant arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Const(u64),
    LocalGet(u32),
    LocalSet(u32),
    LocalTee(u32),
    Bin(super::flow::Bin, bool),
    Un(super::flow::Un),
    Call(u32),
    Drop,
}

/// Operators kept of one function, and over all functions (bounded memory on hostile input).
/// (Bigger straight-line functions, up to [`super::flow::INLINE_OPS`], are walked instead.)
const MAX_STEPS_KEPT: usize = 2560;
const MAX_STEPS_TOTAL: usize = 1 << 21;
/// Operators run at most resolving calls, over all calls, and calls nested this deep.
const MAX_STEPS_RUN: u64 = 1 << 24;
const MAX_CALL_DEPTH: u32 = 8;

impl MaskTrigger {
    fn check(&mut self, v: u64) {
        if mask_or_complement(v) {
            self.found_in.insert(self.current);
        }
    }

    /// Reads what the trigger needs of the type, import, function and global sections: the
    /// functions' types, how many are imported, and the immutable globals' constant values.
    fn section(&mut self, payload: Payload<'_>) {
        self.types.section(&payload);
        match payload {
            Payload::ImportSection(r) => {
                for i in r.into_imports().flatten() {
                    match i.ty {
                        wasmparser::TypeRef::Func(_) | wasmparser::TypeRef::FuncExact(_) => {
                            self.imported += 1;
                        }
                        wasmparser::TypeRef::Global(_) => self.globals.push(None),
                        _ => {}
                    }
                }
            }
            Payload::GlobalSection(r) => {
                self.globals.extend(
                    r.into_iter()
                        .flatten()
                        .map(|g| super::wasm_flow::constant_global(&g)),
                );
            }
            _ => {}
        }
    }

    /// Starts reading the next defined function, `body`.
    fn start_function(&mut self, body: &wasmparser::FunctionBody<'_>) {
        let r = body.range();
        let at = |o: u64| usize::try_from(o).unwrap_or(usize::MAX);
        self.range = at(r.start)..at(r.end);
        self.indirect = false;
        self.current = self.imported + self.bodies.len() as u32;
        self.stack.clear();
        self.locals.clear();
        self.body = Some(Vec::new());
        self.callees.clear();
        self.ops = 0;
        self.looped = false;
        self.no_template = false;
    }

    fn end_function(&mut self) {
        let body = self
            .body
            .take()
            .filter(|b| self.kept + b.len() <= MAX_STEPS_TOTAL);
        self.kept += body.as_ref().map_or(0, Vec::len);
        let limit = if self.looped || self.no_template {
            super::flow::BRANCHY_OPS
        } else {
            super::flow::INLINE_OPS
        };
        let small = self.ops <= limit && !self.indirect;
        self.branchy
            .push((body.is_none() && small).then(|| self.range.clone()));
        self.bodies.push(body.map(Vec::into_boxed_slice));
        self.shapes.push(if self.looped {
            Shape::Looped
        } else if self.no_template || self.ops > super::flow::INLINE_OPS {
            Shape::Other
        } else {
            Shape::Template
        });
        self.callees.sort_unstable();
        self.callees.dedup();
        if self.calls.len() + self.callees.len() > MAX_CALL_EDGES {
            self.too_many_calls = true;
            self.calls = Vec::new();
        } else if !self.too_many_calls {
            let current = self.current;
            self.calls
                .extend(self.callees.iter().map(|&c| (current, c)));
        }
    }

    fn operator(&mut self, op: &Operator<'_>) {
        self.ops += 1;
        match op {
            Operator::Loop { .. } => self.looped = true,
            Operator::CallIndirect { .. } => {
                self.no_template = true;
                self.indirect = true;
            }
            Operator::BrTable { .. } => self.no_template = true,
            _ => {}
        }
        if let Some(body) = &mut self.body {
            // Straight-line code only; the function's last `end` is not a step.
            let step = match op {
                Operator::I32Const { value } => Some(Step::Const(u64::from(*value as u32))),
                Operator::I64Const { value } => Some(Step::Const(*value as u64)),
                Operator::LocalGet { local_index } => Some(Step::LocalGet(*local_index)),
                Operator::LocalSet { local_index } => Some(Step::LocalSet(*local_index)),
                Operator::LocalTee { local_index } => Some(Step::LocalTee(*local_index)),
                Operator::Call { function_index } => Some(Step::Call(*function_index)),
                Operator::Drop => Some(Step::Drop),
                Operator::End => None,
                o => bin_of(o)
                    .map(|(b, w)| Step::Bin(b, w))
                    .or_else(|| un_of(o).map(Step::Un)),
            };
            match step {
                Some(s) if body.len() < MAX_STEPS_KEPT => body.push(s),
                None if matches!(op, Operator::End) => {}
                _ => self.body = None,
            }
        }
        if self.stack.len() > 256 {
            self.stack.clear();
        }
        match op {
            Operator::I32Const { value } => {
                let v = u64::from(*value as u32);
                self.check(v);
                self.stack.push(Some(Val::C(v)));
            }
            Operator::I64Const { value } => {
                self.check(*value as u64);
                self.stack.push(Some(Val::C(*value as u64)));
            }
            Operator::GlobalGet { global_index } => {
                let v = self.globals.get(*global_index as usize).copied().flatten();
                if let Some(v) = v {
                    self.check(v);
                }
                self.stack.push(v.map(Val::C));
            }
            Operator::LocalGet { local_index } => {
                self.stack
                    .push(self.locals.get(*local_index as usize).copied().flatten());
            }
            Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                let v = if matches!(op, Operator::LocalSet { .. }) {
                    self.stack.pop().flatten()
                } else {
                    self.stack.last().copied().flatten()
                };
                let i = *local_index as usize;
                if v.is_some() && i < MAX_LOCALS && i >= self.locals.len() {
                    self.locals.resize(i + 1, None);
                }
                if let Some(l) = self.locals.get_mut(i) {
                    *l = v;
                }
            }
            Operator::Call { function_index } => {
                if self.callees.len() < 1 << 16 {
                    self.callees.push(*function_index);
                }
                // Taken as a call of two arguments with one result (what a wrapper is); when
                // it is not, what it is given back stands for nothing and is never resolved.
                let b = self.stack.pop().flatten();
                let a = self.stack.pop().flatten();
                let r = match (a, b) {
                    (Some(a), Some(b)) if self.pending.len() < 1 << 16 => {
                        self.pending.push((self.current, *function_index, a, b));
                        Some(Val::Call(self.pending.len() - 1))
                    }
                    _ => None,
                };
                self.stack.push(r);
            }
            o => {
                if let Some((bop, wide)) = bin_of(o) {
                    let b = self.stack.pop().flatten().and_then(Val::konst);
                    let a = self.stack.pop().flatten().and_then(Val::konst);
                    let v = a.zip(b).map(|(a, b)| bin_eval(bop, wide, a, b));
                    if let Some(v) = v {
                        self.check(v);
                    }
                    self.stack.push(v.map(Val::C));
                } else if let Some(uop) = un_of(o) {
                    let a = self.stack.pop().flatten().and_then(Val::konst);
                    self.stack.push(a.map(|a| Val::C(un_eval(uop, a))));
                } else if let Some((mem, n)) = super::wasm_flow::int_load_bytes(o) {
                    if let Some(a) = self.stack.pop().flatten().and_then(Val::konst)
                        && self.const_loads.len() < 1 << 16
                    {
                        let at = a.wrapping_add(mem.offset) & 0xFFFF_FFFF;
                        self.const_loads.push((self.current, at, n));
                    }
                    self.stack.push(None);
                } else {
                    self.stack.clear();
                }
            }
        }
    }

    /// What small function `f` returns for `args` (its other locals start at zero, as wasm's
    /// do), spending from `budget`: a straight-line one from its steps, one with branches by
    /// [`Self::walk`]; `None` for any other function or when the budget or the nesting runs out.
    fn run(
        &self,
        f: u32,
        args: &[u64],
        depth: u32,
        budget: &mut u64,
        module: &[u8],
    ) -> Option<u64> {
        if depth > MAX_CALL_DEPTH {
            return None;
        }
        let i = f.checked_sub(self.imported)? as usize;
        let Some(body) = self.bodies.get(i)?.as_ref() else {
            return self.walk(f, args, depth, budget, module);
        };
        let mut locals: HashMap<u32, u64> = (0u32..).zip(args.iter().copied()).collect();
        let mut stack: Vec<u64> = Vec::new();
        for step in body.iter() {
            *budget = budget.checked_sub(1)?;
            match *step {
                Step::Const(c) => stack.push(c),
                Step::LocalGet(l) => stack.push(locals.get(&l).copied().unwrap_or(0)),
                Step::LocalSet(l) => {
                    let v = stack.pop()?;
                    locals.insert(l, v);
                }
                Step::LocalTee(l) => {
                    locals.insert(l, *stack.last()?);
                }
                Step::Bin(op, wide) => {
                    let b = stack.pop()?;
                    let a = stack.pop()?;
                    stack.push(bin_eval(op, wide, a, b));
                }
                Step::Un(op) => {
                    let a = stack.pop()?;
                    stack.push(un_eval(op, a));
                }
                // Taken as a call of two arguments with one result, as at the call sites.
                Step::Call(g) => {
                    let b = stack.pop()?;
                    let a = stack.pop()?;
                    stack.push(self.run(g, &[a, b], depth + 1, budget, module)?);
                }
                Step::Drop => {
                    stack.pop()?;
                }
            }
        }
        stack.pop()
    }

    /// [`Self::run`] for a small function with branches, where constants decide them.
    fn walk(
        &self,
        f: u32,
        args: &[u64],
        depth: u32,
        budget: &mut u64,
        module: &[u8],
    ) -> Option<u64> {
        let range = self
            .branchy
            .get(f.checked_sub(self.imported)? as usize)?
            .clone()?;
        let ty = self.types.func(f)?;
        if ty.params().len() != args.len() || ty.results().len() != 1 {
            return None;
        }
        let body = wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(
            module.get(range.clone())?,
            range.start as u64,
        ));
        let locals = super::wasm_flow::unroll::locals_of(&body, args.len(), MAX_LOCALS)?;
        let mut rd = body.get_operators_reader().ok()?;
        let mut ops = Vec::new();
        while !rd.eof() {
            ops.push(rd.read().ok()?);
        }
        // Read again at every call: that costs from the budget too.
        *budget = budget.checked_sub(ops.len() as u64)?;
        let args: Vec<Option<u64>> = args.iter().copied().map(Some).collect();
        super::wasm_flow::unroll::constant_result(
            &self.types,
            &self.globals,
            &ops,
            &args,
            locals,
            budget,
            &mut |g, a, budget| {
                let a: Option<Vec<u64>> = a.iter().copied().collect();
                self.run(g, &a?, depth + 1, budget, module)
            },
        )
    }

    /// Resolves the calls of small functions with constant arguments, then says which
    /// functions the structural pass should read: `None` when no function builds a mask,
    /// `Some(None)` for all of them (too many calls to follow), else the functions with loops
    /// that build one or call a template that does (through templates as deep as they nest;
    /// the structural pass reads what their loops call itself).
    /// Checks the values the constant-address loads read from the module's initial data.
    fn loads_from(&mut self, data: &super::wasm_flow::InitialData<'_>) {
        for &(f, at, n) in &self.const_loads {
            if data.read(at, n).is_some_and(mask_or_complement) {
                self.found_in.insert(f);
            }
        }
    }

    fn finish(&mut self, module: &[u8]) -> Option<Option<foldhash::HashSet<u32>>> {
        let pending = std::mem::take(&mut self.pending);
        let mut results: Vec<Option<u64>> = Vec::with_capacity(pending.len());
        let mut budget = MAX_STEPS_RUN;
        for (caller, f, a, b) in pending {
            let value = |v: Val| match v {
                Val::C(c) => Some(c),
                // Only earlier calls: a call's arguments are made before it.
                Val::Call(i) => results.get(i).copied().flatten(),
            };
            let r = match (value(a), value(b)) {
                (Some(a), Some(b)) => self.run(f, &[a, b], 0, &mut budget, module),
                _ => None,
            };
            if r.is_some_and(mask_or_complement) {
                self.found_in.insert(caller);
            }
            results.push(r);
        }
        if self.found_in.is_empty() {
            return None;
        }
        if self.too_many_calls {
            return Some(None);
        }
        let calls = &self.calls;
        let imported = self.imported;
        let shape = |f: u32| {
            f.checked_sub(imported)
                .and_then(|i| self.shapes.get(i as usize).copied())
                .unwrap_or(Shape::Other)
        };
        let mut masked = self.found_in.clone();
        for _ in 0..=super::wasm_flow::TEMPLATE_LEVELS {
            let callers: Vec<u32> = calls
                .iter()
                .filter(|(a, b)| {
                    masked.contains(b) && shape(*b) == Shape::Template && !masked.contains(a)
                })
                .map(|(a, _)| *a)
                .collect();
            if callers.is_empty() {
                break;
            }
            masked.extend(callers);
        }
        let chosen: foldhash::HashSet<u32> = masked
            .into_iter()
            .filter(|f| shape(*f) == Shape::Looped)
            .collect();
        Some(Some(chosen))
    }
}

/// The most operators read from one module (bounded effort on hostile input).
pub const MAX_OPERATORS: u64 = 50_000_000;

/// SHA-256 round constants (FIPS 180-4, 4.2.2).
const SHA256_K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// Keccak-f[1600] round constants (FIPS 202, 3.2.5).
const KECCAK_RC: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];

/// The first 16 bytes of the AES S-box (FIPS 197, figure 7).
const AES_SBOX_HEAD: [u8; 16] = [
    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
];

/// The first entries of the AES encryption T-table Te0, in both byte orders.
const AES_TE0: [u32; 8] = [
    0xc66363a5, 0xf87c7c84, 0xee777799, 0xf67b7b8d, 0xa56363c6, 0x847c7cf8, 0x997777ee, 0x8d7b7bf6,
];

/// BLAKE-256 constants (the first digits of pi) and the BLAKE2b/SHA-512 IV words.
const BLAKE_CONSTS: [u32; 8] = [
    0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0, 0x082efa98, 0xec4e6c89,
];

/// CryptoNight's scratchpad address mask: 2 MiB, 16-byte aligned.
const CN_MASK: i32 = 0x1F_FFF0;

/// MineSweeper's op-count fingerprints of CryptoNight primitives (`cn_fingerprint.json`):
/// (family, primitive, [(op, count)]).
/// A fingerprint: (family, primitive, op counts).
type Fingerprint = (&'static str, &'static str, &'static [(Op, u32)]);

const FINGERPRINTS: &[Fingerprint] = &[
    (
        "aes",
        "aes1",
        &[(Op::I32ShrU, 12), (Op::I32Shl, 16), (Op::I32Xor, 16)],
    ),
    (
        "aes",
        "aes2",
        &[(Op::I32ShrU, 120), (Op::I32Shl, 160), (Op::I32Xor, 160)],
    ),
    (
        "keccak",
        "keccak",
        &[
            (Op::I32Shl, 4),
            (Op::I64Shl, 6),
            (Op::I64Xor, 101),
            (Op::I64ShrU, 6),
        ],
    ),
    (
        "keccak",
        "keccak2",
        &[
            (Op::I32Shl, 10),
            (Op::I64Xor, 61),
            (Op::I64Shl, 6),
            (Op::I64ShrU, 6),
            (Op::Loop, 3),
            (Op::If, 2),
        ],
    ),
    (
        "skein",
        "skein1",
        &[(Op::I64Shl, 288), (Op::I64Xor, 305), (Op::I64ShrU, 288)],
    ),
    (
        "skein",
        "skein2",
        &[(Op::I64Shl, 144), (Op::I64Xor, 153), (Op::I64ShrU, 144)],
    ),
    (
        "skein",
        "skein3",
        &[
            (Op::I64Shl, 64),
            (Op::I64Xor, 97),
            (Op::I64ShrU, 64),
            (Op::I32Shl, 24),
        ],
    ),
    (
        "blake",
        "blake3",
        &[(Op::I32Xor, 80), (Op::I32Shl, 128), (Op::I32ShrU, 32)],
    ),
    (
        "blake",
        "blake4",
        &[
            (Op::I32Xor, 80),
            (Op::I32Shl, 85),
            (Op::I32ShrU, 32),
            (Op::Loop, 2),
            (Op::If, 1),
        ],
    ),
    (
        "blake",
        "blake5",
        &[
            (Op::I32Xor, 80),
            (Op::I32Shl, 69),
            (Op::I32ShrU, 32),
            (Op::Loop, 2),
            (Op::If, 1),
        ],
    ),
    (
        "groestl",
        "groestl1",
        &[(Op::I32ShrU, 99), (Op::I32Shl, 286), (Op::I32Xor, 127)],
    ),
    (
        "groestl",
        "groestl2",
        &[(Op::I32ShrU, 99), (Op::I32Shl, 286), (Op::I32Xor, 136)],
    ),
];

/// The operators counted per function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    I32Xor,
    I64Xor,
    I32Shl,
    I64Shl,
    I32ShrU,
    I64ShrU,
    Loop,
    If,
}

#[derive(Debug, Default, Clone)]
struct FnStats {
    ops: u64,
    i32_xor: u32,
    i64_xor: u32,
    i32_shl: u32,
    i64_shl: u32,
    i32_shr_u: u32,
    i64_shr_u: u32,
    rot: u32,
    loops: u32,
    ifs: u32,
    and_or: u32,
    mul64: u32,
}

impl FnStats {
    fn count(&self, op: Op) -> u32 {
        match op {
            Op::I32Xor => self.i32_xor,
            Op::I64Xor => self.i64_xor,
            Op::I32Shl => self.i32_shl,
            Op::I64Shl => self.i64_shl,
            Op::I32ShrU => self.i32_shr_u,
            Op::I64ShrU => self.i64_shr_u,
            Op::Loop => self.loops,
            Op::If => self.ifs,
        }
    }

    fn bit_ops(&self) -> u32 {
        self.i32_xor
            + self.i64_xor
            + self.i32_shl
            + self.i64_shl
            + self.i32_shr_u
            + self.i64_shr_u
            + self.rot
            + self.and_or
    }

    /// Whether it fits fingerprint `fp`: at least 70% of the op kinds present (MineSweeper's
    /// rule) and every count within a quarter of the fingerprint's (MineSweeper allows a
    /// distance; a loose one matches big unrelated modules, such as texture transcoders).
    fn fits(&self, fp: &[(Op, u32)]) -> bool {
        let present = fp.iter().filter(|(op, _)| self.count(*op) > 0).count();
        if present * 10 < fp.len() * 7 {
            return false;
        }
        let total: u32 = fp.iter().map(|(_, n)| n).sum();
        let dist: u32 = fp.iter().map(|(op, n)| self.count(*op).abs_diff(*n)).sum();
        dist * 4 <= total
    }
}

/// What the module analysis found.
#[derive(Debug, Default, Clone)]
pub struct WasmFacts {
    /// Functions with bodies.
    pub functions: u32,
    /// Initial memory, 64 KiB pages.
    pub memory_pages: u64,
    /// Operators read.
    pub operators: u64,
    /// Signals.
    pub signals: Vec<Finding>,
    /// Parse problems.
    pub notes: Vec<String>,
    /// Whether the structural pass ran (its cheap trigger fired: a 64-bit multiply, a loop,
    /// and a constant that folds to a scratchpad mask).
    pub structural: bool,
}

fn le_u32s(data: &[u8]) -> impl Iterator<Item = u32> + '_ {
    data.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

/// The first pass over one function's code, fed an operator at a time where it is decoded.
struct FirstPass<'p> {
    trigger: &'p mut MaskTrigger,
    s: &'p mut FnStats,
    consts32: &'p mut foldhash::HashSet<u32>,
    found64: &'p mut foldhash::HashSet<u64>,
    w32: &'p Wanted,
    w64: &'p Wanted,
}

impl FirstPass<'_> {
    fn op(&mut self, op: &Operator<'_>) {
        self.s.ops += 1;
        self.trigger.operator(op);
        match op {
            Operator::I32Xor => self.s.i32_xor += 1,
            Operator::I64Xor => self.s.i64_xor += 1,
            Operator::I32Shl => self.s.i32_shl += 1,
            Operator::I64Shl => self.s.i64_shl += 1,
            Operator::I32ShrU => self.s.i32_shr_u += 1,
            Operator::I64ShrU => self.s.i64_shr_u += 1,
            Operator::I32Rotl | Operator::I32Rotr | Operator::I64Rotl | Operator::I64Rotr => {
                self.s.rot += 1
            }
            Operator::I32And | Operator::I64And | Operator::I32Or | Operator::I64Or => {
                self.s.and_or += 1
            }
            Operator::I64Mul => self.s.mul64 += 1,
            Operator::Loop { .. } => self.s.loops += 1,
            Operator::If { .. } => self.s.ifs += 1,
            Operator::I32Const { value } if self.w32.has(u64::from(*value as u32)) => {
                self.consts32.insert(*value as u32);
            }
            Operator::I64Const { value } => {
                let v = *value as u64;
                if self.w64.has(v) {
                    self.found64.insert(v);
                }
                for half in [v as u32, (v >> 32) as u32] {
                    if self.w32.has(u64::from(half)) {
                        self.consts32.insert(half);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Every operator as a call of [`FirstPass::op`].
macro_rules! first_pass_visit {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(
            fn $visit(&mut self $($(,$arg: $argty)*)?) {
                self.op(&Operator::$op $({ $($arg),* })?)
            }
        )*
    }
}

impl<'a> wasmparser::VisitOperator<'a> for FirstPass<'_> {
    type Output = ();
    wasmparser::for_each_visit_operator!(first_pass_visit);

    fn simd_visitor(
        &mut self,
    ) -> Option<&mut dyn wasmparser::VisitSimdOperator<'a, Output = Self::Output>> {
        Some(self)
    }
}

impl<'a> wasmparser::VisitSimdOperator<'a> for FirstPass<'_> {
    wasmparser::for_each_visit_simd_operator!(first_pass_visit);
}

/// Analyses a WebAssembly module; `location` prefixes the evidence locations.
pub fn analyse(bytes: &[u8], location: &str) -> WasmFacts {
    let mut facts = WasmFacts::default();
    // The constants of the hash primitives found in code (32-bit, and 64-bit) and in data.
    let (w32, w64) = wanted();
    let mut consts32 = foldhash::HashSet::default();
    let mut found64 = foldhash::HashSet::default();
    let mut data_words = foldhash::HashSet::default();
    let mut sbox = false;
    let mut named = std::collections::BTreeSet::new();
    let mut stats: Vec<FnStats> = Vec::new();
    let mut trigger = MaskTrigger::default();
    let mut initial = super::wasm_flow::InitialData::default();
    let mut budget_hit = false;
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = match payload {
            Ok(p) => p,
            Err(e) => {
                facts.notes.push(format!("invalid wasm: {e}"));
                break;
            }
        };
        match payload {
            Payload::ImportSection(_)
            | Payload::GlobalSection(_)
            | Payload::TypeSection(_)
            | Payload::FunctionSection(_) => trigger.section(payload),
            Payload::MemorySection(r) => {
                for m in r.into_iter().flatten() {
                    facts.memory_pages = facts.memory_pages.max(m.initial);
                }
            }
            Payload::ExportSection(r) => {
                for e in r.into_iter().flatten() {
                    miner_names(e.name.as_bytes(), &mut named);
                }
            }
            Payload::DataSection(r) => {
                for d in r.into_iter().flatten() {
                    initial.add(&d);
                    if memchr::memmem::find(d.data, &AES_SBOX_HEAD).is_some() {
                        sbox = true;
                    }
                    // Constant tables in data: look at every alignment.
                    for off in 0..4.min(d.data.len()) {
                        data_words.extend(
                            le_u32s(&d.data[off..])
                                .take(1 << 20)
                                .filter(|w| w32.has(u64::from(*w))),
                        );
                    }
                    for off in [0, 4].into_iter().filter(|o| *o < d.data.len()) {
                        found64.extend(
                            d.data[off..]
                                .chunks_exact(8)
                                .take(1 << 19)
                                .map(|c| {
                                    u64::from_le_bytes([
                                        c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                                    ])
                                })
                                .filter(|w| w64.has(*w)),
                        );
                    }
                    miner_names(d.data, &mut named);
                }
            }
            Payload::CodeSectionEntry(body) => {
                facts.functions += 1;
                let mut s = FnStats::default();
                trigger.start_function(&body);
                let Ok(mut ops) = body.get_operators_reader() else {
                    facts.notes.push("unreadable function body".into());
                    trigger.end_function();
                    continue;
                };
                let mut pass = FirstPass {
                    trigger: &mut trigger,
                    s: &mut s,
                    consts32: &mut consts32,
                    found64: &mut found64,
                    w32,
                    w64,
                };
                while !ops.eof() {
                    if facts.operators >= MAX_OPERATORS {
                        budget_hit = true;
                        break;
                    }
                    // Each operator is handed to the pass where it is decoded (not built and
                    // returned: a third of the pass's time went into moving it).
                    if ops.visit_operator(&mut pass).is_err() {
                        facts
                            .notes
                            .push(format!("invalid code in function {}", facts.functions - 1));
                        break;
                    }
                    facts.operators += 1;
                }
                stats.push(s);
                trigger.end_function();
                if budget_hit {
                    break;
                }
            }
            _ => {}
        }
    }
    if budget_hit {
        facts.notes.push(format!(
            "stopped after {MAX_OPERATORS} operators (bounded effort)"
        ));
    }
    let sig = |id, evidence: String| Finding::new(id, evidence, location.to_owned());
    let has32 = |v: &u32| consts32.contains(v) || data_words.contains(v);
    let sha = SHA256_K.iter().filter(|k| has32(k)).count();
    if sha >= 16 {
        facts.signals.push(sig(
            "wasm.sha256-constants",
            format!("{sha} of SHA-256's 64 round constants"),
        ));
    }
    // Keccak round constants as 64-bit values (in code or data), or, for 32-bit code, as
    // both 32-bit halves of the constants whose high half is not zero.
    let keccak = KECCAK_RC
        .iter()
        .filter(|rc| {
            found64.contains(*rc)
                || (**rc >> 32 != 0 && has32(&(**rc as u32)) && has32(&((**rc >> 32) as u32)))
        })
        .count();
    let keccak_found = keccak >= 12;
    if keccak_found {
        facts.signals.push(sig(
            "wasm.keccak-constants",
            format!("{keccak} of Keccak-f[1600]'s 24 round constants"),
        ));
    }
    let te0 = AES_TE0.iter().filter(|k| has32(k)).count();
    let aes_found = sbox || te0 >= 4;
    if aes_found {
        facts.signals.push(sig(
            "wasm.aes-tables",
            if sbox {
                "the AES S-box in a data segment".to_owned()
            } else {
                format!("{te0} AES T-table entries")
            },
        ));
    }
    let blake = BLAKE_CONSTS.iter().filter(|k| has32(k)).count();
    if blake >= 6 {
        facts.signals.push(sig(
            "wasm.blake-constants",
            format!("{blake} of BLAKE's 8 constant words"),
        ));
    }
    let mask = consts32.contains(&(CN_MASK as u32));
    let big_memory = facts.memory_pages >= 32;
    if mask && aes_found && keccak_found {
        facts.signals.push(sig("wasm.cryptonight", format!(
                "CryptoNight shape: Keccak-f[1600] and AES with the 2 MiB scratchpad mask 0x1FFFF0 (memory {} pages)",
                facts.memory_pages
            ),
        ));
    } else if mask && big_memory && (aes_found || keccak_found) {
        facts.signals.push(sig(
            "wasm.cryptonight-scratchpad",
            "the 2 MiB scratchpad mask 0x1FFFF0 with a hash primitive".into(),
        ));
    }
    // Structure: the memory-hard main loop, whatever the constants look like. Deep analysis
    // only where a cheap trigger fires: a 64-bit multiply and a loop in the module, and a
    // constant that folds to a scratchpad mask (`MaskTrigger`).
    let multiply_and_loop = stats.iter().any(|s| s.mul64 > 0) && stats.iter().any(|s| s.loops > 0);
    let chosen = if multiply_and_loop {
        initial.sort();
        trigger.loads_from(&initial);
        trigger.finish(bytes)
    } else {
        None
    };
    if let Some(only) = chosen {
        facts.structural = true;
        let st = super::wasm_flow::analyse_only(bytes, MAX_OPERATORS, only.as_ref());
        facts.notes.extend(st.notes.iter().cloned());
        if let Some(l) = st.loops.first() {
            if l.randomx() {
                facts.signals.push(sig("wasm.randomx-vm", l.describe()));
            } else if l.complete() {
                facts
                    .signals
                    .push(sig("wasm.memory-hard-loop", l.describe()));
            } else if (l.reads > 0 || l.writes > 0) && (l.lookups >= 16 || l.muls > 0) {
                facts
                    .signals
                    .push(sig("wasm.scratchpad-loop", l.describe()));
            }
        }
    }
    // MineSweeper fingerprints: which CryptoNight primitive families have a fitting function.
    let mut families = std::collections::BTreeMap::new();
    for (i, s) in stats.iter().enumerate() {
        for (family, name, fp) in FINGERPRINTS {
            if s.fits(fp) {
                families.entry(*family).or_insert((i, *name));
            }
        }
    }
    if families.len() >= 3 {
        let list: Vec<String> = families
            .iter()
            .map(|(f, (i, n))| format!("{f} ({n} in function {i})"))
            .collect();
        facts.signals.push(sig(
            "wasm.minesweeper-fingerprints",
            format!("CryptoNight primitive fingerprints: {}", list.join(", ")),
        ));
    }
    // Hash-like hot loops: dense bit arithmetic inside loops.
    let hot = stats
        .iter()
        .enumerate()
        .filter(|(_, s)| s.loops > 0 && s.bit_ops() >= 100 && u64::from(s.bit_ops()) * 4 >= s.ops)
        .count();
    if hot > 0 {
        facts.signals.push(sig(
            "wasm.hash-loops",
            format!("{hot} functions with loops dense in xor/shift/rotate"),
        ));
    }
    // Bounded execution, the second opinion: where the structure showed no memory-hard loop
    // (a mask that is not a constant, say) but the module has what a hash core has: a 64-bit
    // multiply and a loop, with hash constants, hash-dense loops, primitive fingerprints or a
    // miner's names. Run, the loop shows itself by its accesses.
    let seen_by_structure = facts.signals.iter().any(|s| {
        matches!(
            s.id,
            "wasm.memory-hard-loop" | "wasm.randomx-vm" | "wasm.cryptonight"
        )
    });
    let hashy = aes_found
        || keccak_found
        || blake >= 6
        || hot > 0
        || families.len() >= 3
        || !named.is_empty();
    if !seen_by_structure && hashy && multiply_and_loop {
        let o = super::wasm_exec::observe(bytes, &super::wasm_exec::LIMITS);
        match &o.found {
            Some(p) => facts
                .signals
                .push(sig("wasm.executed-memory-hard-loop", p.describe())),
            None => facts.notes.push(format!(
                "bounded execution: {} calls, {} fuel, no memory-hard access pattern seen",
                o.calls, o.fuel_used
            )),
        }
        facts.notes.extend(o.notes);
    }
    if !named.is_empty() {
        let named: Vec<&str> = MINER_NAMES
            .iter()
            .copied()
            .filter(|w| named.contains(w))
            .collect();
        facts.signals.push(sig(
            "wasm.miner-names",
            format!("names of miners in exports or data: {}", named.join(", ")),
        ));
    }
    facts
}

/// Names miners give their exports and strings (matched in any case).
const MINER_NAMES: [&str; 7] = [
    "cryptonight",
    "randomx",
    "cn_hash",
    "hash_cn",
    "coinhive",
    "xmrig",
    "cryptoloot",
];

/// Adds the miner names found in `bytes` (any case) to `named`.
fn miner_names(bytes: &[u8], named: &mut std::collections::BTreeSet<&'static str>) {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    let ac = AC.get_or_init(|| {
        // Leftmost-first for the SIMD prefilter (the names do not overlap one another).
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(MINER_NAMES)
            .ok()
    });
    if let Some(ac) = ac {
        for m in ac.find_iter(bytes) {
            named.insert(MINER_NAMES[m.pattern().as_usize()]);
        }
    }
}

/// A set of constants with a bit filter in front: most words of a large module are none of
/// them, and putting every one into a set cost more than the rest of the first pass.
struct Wanted {
    filter: Vec<u64>,
    values: Vec<u64>,
}

impl Wanted {
    fn new(values: impl IntoIterator<Item = u64>) -> Self {
        let mut w = Wanted {
            filter: vec![0; 1024],
            values: values.into_iter().collect(),
        };
        w.values.sort_unstable();
        w.values.dedup();
        for &v in &w.values {
            let (i, bit) = Self::slot(v);
            w.filter[i] |= bit;
        }
        w
    }

    fn slot(v: u64) -> (usize, u64) {
        let h = (v.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize;
        (h >> 6, 1 << (h & 63))
    }

    fn has(&self, v: u64) -> bool {
        let (i, bit) = Self::slot(v);
        self.filter[i] & bit != 0 && self.values.binary_search(&v).is_ok()
    }
}

/// The 32-bit constants the primitive signals look for (SHA-256's K, both halves of Keccak's
/// round constants, AES's first T-table, BLAKE's constants, CryptoNight's mask), and the
/// 64-bit ones (Keccak's round constants).
fn wanted() -> (&'static Wanted, &'static Wanted) {
    static W: std::sync::OnceLock<(Wanted, Wanted)> = std::sync::OnceLock::new();
    let (a, b) = W.get_or_init(|| {
        let w32 = SHA256_K
            .iter()
            .chain(&AES_TE0)
            .chain(&BLAKE_CONSTS)
            .map(|v| u64::from(*v))
            .chain(KECCAK_RC.iter().flat_map(|rc| [rc & 0xFFFF_FFFF, rc >> 32]))
            .chain([u64::from(CN_MASK as u32)]);
        (Wanted::new(w32), Wanted::new(KECCAK_RC))
    });
    (a, b)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn sleb(mut v: i64, out: &mut Vec<u8>) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if (v == 0 && b & 0x40 == 0) || (v == -1 && b & 0x40 != 0) {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }

    fn section(id: u8, body: &[u8], out: &mut Vec<u8>) {
        out.push(id);
        out.push(u8::try_from(body.len()).unwrap());
        out.extend_from_slice(body);
    }

    /// A module of functions of type (i32, i32) -> i32 with these bodies (operators, one i32
    /// local), each after a loop with an `i64.mul` (so only the mask decides) unless it is a
    /// wrapper (`false`: the body alone).
    fn module(bodies: &[(Vec<u8>, bool)]) -> Vec<u8> {
        module_with_global(bodies, None)
    }

    /// [`module`] with one i32 global (value, mutable) as global 0.
    fn module_with_global(bodies: &[(Vec<u8>, bool)], global: Option<(u32, bool)>) -> Vec<u8> {
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        section(1, &[1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f], &mut m);
        let mut funcs = vec![u8::try_from(bodies.len()).unwrap()];
        funcs.extend(std::iter::repeat_n(0, bodies.len()));
        section(3, &funcs, &mut m);
        if let Some((value, mutable)) = global {
            let mut g = vec![1, 0x7f, u8::from(mutable)];
            const32(value, &mut g);
            g.push(0x0b);
            section(6, &g, &mut m);
        }
        let mut code = vec![u8::try_from(bodies.len()).unwrap()];
        for (b, looped) in bodies {
            // one i32 local; loop; i64.const 3; i64.const 5; i64.mul; drop; end; <body>; end
            let mut f = if *looped {
                vec![1, 1, 0x7f, 0x03, 0x40, 0x42, 3, 0x42, 5, 0x7e, 0x1a, 0x0b]
            } else {
                vec![0]
            };
            f.extend_from_slice(b);
            f.push(0x0b);
            code.push(u8::try_from(f.len()).unwrap());
            code.extend(f);
        }
        section(10, &code, &mut m);
        m
    }

    fn const32(v: u32, out: &mut Vec<u8>) {
        out.push(0x41);
        sleb(i64::from(v as i32), out);
    }

    #[test]
    fn the_structural_pass_runs_where_a_constant_folds_to_a_scratchpad_mask() {
        let key = 0x5A5A_5A5Au32;
        // x & 0x1FFFF0, written plainly.
        let mut plain = vec![0x20, 0];
        const32(0x1F_FFF0, &mut plain);
        plain.push(0x71);
        // The mask as (M ^ K) ^ K, through a local.
        let mut encoded = vec![0x20, 0];
        const32(0x1F_FFF0 ^ key, &mut encoded);
        const32(key, &mut encoded);
        encoded.extend([0x73, 0x21, 2, 0x20, 2, 0x71]);
        // The mask's complement, built by a one-operator wrapper (function 0 xors its
        // parameters), as substituted and wrapped code builds it.
        let wrapper = vec![0x20, 0, 0x20, 1, 0x73];
        let mut wrapped = Vec::new();
        const32(!0x1F_FFC0 ^ key, &mut wrapped);
        const32(key, &mut wrapped);
        wrapped.extend([0x10, 0]);
        // The mask built by wrappers of wrapper results: add(xor(a, b), c) (function 1 adds).
        let adder = vec![0x20, 0, 0x20, 1, 0x6a];
        let add = 0x1234_5678u32;
        let mut nested = Vec::new();
        const32(0x3F_FFF0u32.wrapping_sub(add) ^ key, &mut nested);
        const32(key, &mut nested);
        nested.extend([0x10, 0]);
        const32(add, &mut nested);
        nested.extend([0x10, 1]);
        // Through a wrapper of the wrapper (function 1 hands its parameters to function 0).
        let forward = vec![0x20, 0, 0x20, 1, 0x10, 0];
        let mut forwarded = Vec::new();
        const32(0x1F_FFF0 ^ key, &mut forwarded);
        const32(key, &mut forwarded);
        forwarded.extend([0x10, 1]);
        // No mask: a 4 KiB one and a plain constant.
        let mut none = vec![0x20, 0];
        const32(0xFF0, &mut none);
        none.push(0x71);
        const32(0x1234, &mut none);
        none.push(0x6a);
        for (name, bodies, runs) in [
            ("plain", vec![(plain, true)], true),
            ("encoded through a local", vec![(encoded, true)], true),
            (
                "built by a wrapper",
                vec![(wrapper.clone(), false), (wrapped, true)],
                true,
            ),
            (
                "built by nested wrappers",
                vec![(wrapper.clone(), false), (adder, false), (nested, true)],
                true,
            ),
            (
                "through a wrapper of the wrapper",
                vec![
                    (wrapper.clone(), false),
                    (forward, false),
                    (forwarded, true),
                ],
                true,
            ),
            ("no mask", vec![(wrapper, false), (none, true)], false),
        ] {
            let bytes = module(&bodies);
            let facts = analyse(&bytes, "m.wasm");
            assert!(facts.notes.is_empty(), "{name}: {:?}", facts.notes);
            assert_eq!(facts.structural, runs, "{name}");
        }
        // The mask in an immutable global (a mutable one may change: not a constant).
        let by_global = vec![0x20, 0, 0x23, 0, 0x71];
        for (mutable, runs) in [(false, true), (true, false)] {
            let bytes =
                module_with_global(&[(by_global.clone(), true)], Some((0x1F_FFF0, mutable)));
            let facts = analyse(&bytes, "m.wasm");
            assert!(facts.notes.is_empty(), "{:?}", facts.notes);
            assert_eq!(facts.structural, runs, "global, mutable: {mutable}");
        }
    }

    /// The functions the trigger hands to the structural pass for `bytes`.
    fn chosen(bytes: &[u8]) -> Option<Option<foldhash::HashSet<u32>>> {
        let mut t = MaskTrigger::default();
        for payload in Parser::new(0).parse_all(bytes) {
            match payload.unwrap() {
                Payload::CodeSectionEntry(body) => {
                    t.start_function(&body);
                    let mut ops = body.get_operators_reader().unwrap();
                    while !ops.eof() {
                        t.operator(&ops.read().unwrap());
                    }
                    t.end_function();
                }
                p => t.section(p),
            }
        }
        t.finish(bytes)
    }

    #[test]
    fn the_structural_pass_reads_the_functions_a_mask_can_reach_a_loop_in() {
        let call = |f: u8| vec![0x20, 0, 0x20, 1, 0x10, f];
        let mut masked = vec![0x20, 0];
        const32(0x0F_FFF0, &mut masked);
        masked.push(0x71);
        // f3: a loop with the mask that calls f4.
        let mut f3 = masked.clone();
        f3.extend(call(4));
        f3.push(0x6a);
        let bodies = vec![
            // f0: a template that masks its parameter; f1 calls it in a loop.
            (masked, false),
            (call(0), true),
            // f2: a loop without a mask (it calls f6, which has none either).
            (call(6), true),
            (f3, true),
            // f4 and f5: callees one and two calls below f3; f6: three below.
            (call(5), true),
            (call(6), false),
            (vec![0x20, 0, 0x20, 1, 0x6a], false),
        ];
        let got = chosen(&module(&bodies)).unwrap().unwrap();
        let mut got: Vec<u32> = got.into_iter().collect();
        got.sort_unstable();
        // f1 (its template f0 masks) and f3 (masks); not f2 (no mask), nor f0 (no loop: it is
        // inlined where it is called), nor f4-f6 (the pass reads the callees of masked loops
        // itself).
        assert_eq!(got, [1, 3]);
        // No mask anywhere: nothing to read.
        assert!(chosen(&module(&bodies[4..])).is_none());
    }

    /// Every core of the harness (6 CryptoNight variants with and without T-tables, RandomX
    /// light): the structural pass over the chosen functions (and what their loops call) finds
    /// the loops it finds over every function.
    #[test]
    fn reading_the_chosen_functions_finds_what_reading_all_finds() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/miners/variants");
        let mut cores = 0;
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "wasm") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let only = chosen(&bytes).unwrap().unwrap();
            super::super::flow::assert_finds_the_same(
                &super::super::wasm_flow::analyse(&bytes, MAX_OPERATORS),
                &super::super::wasm_flow::analyse_only(&bytes, MAX_OPERATORS, Some(&only)),
                &path.display().to_string(),
            );
            cores += 1;
        }
        assert_eq!(cores, 13);
    }
}
