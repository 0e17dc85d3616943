//! WebAssembly: what the hot code computes, from the operators of each function, the constants
//! it uses and the tables in its data segments.
//!
//! Hash primitives (SHA-256's K constants, Keccak's round constants, AES S-box and T-tables,
//! Blake's constants) are reported as weak signals: every crypto library has them. What only
//! miners use is reported strongly: CryptoNight's 2 MiB scratchpad addressed through the
//! `0x1FFFF0` mask next to Keccak and AES, and functions matching MineSweeper's op-count
//! fingerprints of three or more CryptoNight primitive families.

use std::collections::HashMap;

use wasmparser::{Operator, Parser, Payload};

use super::flow::{bin_eval, scratchpad_mask, un_eval};
use super::report::Signal;
use super::rules;
use super::wasm_flow::{bin_of, un_of};

/// The cheap trigger of the structural pass: whether a constant the code builds is a scratchpad
/// mask (`2^k - 8|16|64`, 14 <= k <= 23) or its complement. Constants are folded through the
/// operand stack (`i32.const a; i32.const b; i32.xor`), through locals, and through calls of
/// functions that wrap one operator; the structural pass folds them the same way and further,
/// and finds a memory-hard loop only where an address holds such a constant, so a module
/// without one is not worth its time.
#[derive(Default)]
struct MaskTrigger {
    found: bool,
    stack: Vec<Option<Val>>,
    locals: HashMap<u32, Val>,
    /// Imported functions (defined ones are numbered after them).
    imported: u32,
    /// Per defined function: the one operator it wraps, if that is all it does.
    wrappers: Vec<Option<Wraps>>,
    /// The start of the function being read (to tell a wrapper).
    head: Vec<Operator<'static>>,
    /// Calls with two known arguments: (function, first, second), in the order made (a call's
    /// arguments are made before it).
    pending: Vec<(u32, Val, Val)>,
}

/// What a wrapper does with its two parameters: one operator, or hands them to another
/// function (a wrapper wrapped again).
#[derive(Debug, Clone, Copy)]
enum Wraps {
    Op(super::flow::Bin, bool),
    Calls(u32),
}

/// A value the trigger knows: a constant, or what a call (by its index in `pending`) returns,
/// known once the wrappers are.
#[derive(Debug, Clone, Copy)]
enum Val {
    C(u64),
    Call(usize),
}

impl Val {
    fn konst(self) -> Option<u64> {
        match self {
            Val::C(c) => Some(c),
            Val::Call(_) => None,
        }
    }
}

impl MaskTrigger {
    fn check(&mut self, v: u64) {
        let v = v & 0xFFFF_FFFF;
        if scratchpad_mask(v) || scratchpad_mask(!v & 0xFFFF_FFFF) {
            self.found = true;
        }
    }

    fn start_function(&mut self) {
        self.stack.clear();
        self.locals.clear();
        self.head.clear();
    }

    fn end_function(&mut self) {
        let wraps = match self.head.as_slice() {
            [
                Operator::LocalGet { local_index: 0 },
                Operator::LocalGet { local_index: 1 },
                Operator::Call { function_index },
                Operator::End,
            ] => Some(Wraps::Calls(*function_index)),
            [
                Operator::LocalGet { local_index: 0 },
                Operator::LocalGet { local_index: 1 },
                op,
                Operator::End,
            ] => bin_of(op).map(|(b, w)| Wraps::Op(b, w)),
            _ => None,
        };
        if self.wrappers.len() < 1 << 20 {
            self.wrappers.push(wraps);
        }
    }

    fn operator(&mut self, op: &Operator<'_>) {
        if self.head.len() < 5 {
            // Only the few operators a wrapper is made of are kept.
            let kept = match op {
                Operator::LocalGet { local_index } => Some(Operator::LocalGet {
                    local_index: *local_index,
                }),
                Operator::End => Some(Operator::End),
                Operator::Call { function_index } => Some(Operator::Call {
                    function_index: *function_index,
                }),
                o => bin_of(o).map(|_| match o {
                    Operator::I32Add => Operator::I32Add,
                    Operator::I32Sub => Operator::I32Sub,
                    Operator::I32Mul => Operator::I32Mul,
                    Operator::I32And => Operator::I32And,
                    Operator::I32Or => Operator::I32Or,
                    Operator::I32Xor => Operator::I32Xor,
                    Operator::I64Add => Operator::I64Add,
                    Operator::I64Sub => Operator::I64Sub,
                    Operator::I64Mul => Operator::I64Mul,
                    Operator::I64And => Operator::I64And,
                    Operator::I64Or => Operator::I64Or,
                    Operator::I64Xor => Operator::I64Xor,
                    _ => Operator::Nop,
                }),
            };
            self.head.push(kept.unwrap_or(Operator::Nop));
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
            Operator::LocalGet { local_index } => {
                self.stack.push(self.locals.get(local_index).copied());
            }
            Operator::LocalSet { local_index } | Operator::LocalTee { local_index } => {
                let v = if matches!(op, Operator::LocalSet { .. }) {
                    self.stack.pop().flatten()
                } else {
                    self.stack.last().copied().flatten()
                };
                match v {
                    Some(c) if self.locals.len() < 4096 => {
                        self.locals.insert(*local_index, c);
                    }
                    _ => {
                        self.locals.remove(local_index);
                    }
                }
            }
            Operator::Call { function_index } => {
                // Taken as a call of two arguments with one result (what a wrapper is); when
                // it is not, what it is given back stands for nothing and is never resolved.
                let b = self.stack.pop().flatten();
                let a = self.stack.pop().flatten();
                let r = match (a, b) {
                    (Some(a), Some(b)) if self.pending.len() < 1 << 16 => {
                        self.pending.push((*function_index, a, b));
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
                } else {
                    self.stack.clear();
                }
            }
        }
    }

    /// The operator function `f` applies to its two parameters, through wrappers of wrappers.
    fn wrapped(&self, mut f: u32) -> Option<(super::flow::Bin, bool)> {
        for _ in 0..8 {
            let i = f.checked_sub(self.imported)?;
            match self.wrappers.get(i as usize).copied().flatten()? {
                Wraps::Op(b, w) => return Some((b, w)),
                Wraps::Calls(g) => f = g,
            }
        }
        None
    }

    /// Resolves the calls of one-operator wrappers with constant arguments.
    fn finish(&mut self) -> bool {
        let pending = std::mem::take(&mut self.pending);
        let mut results: Vec<Option<u64>> = Vec::with_capacity(pending.len());
        for (f, a, b) in pending {
            let value = |v: Val| match v {
                Val::C(c) => Some(c),
                // Only earlier calls: a call's arguments are made before it.
                Val::Call(i) => results.get(i).copied().flatten(),
            };
            let wrapped = self.wrapped(f);
            let r = match (wrapped, value(a), value(b)) {
                (Some((bop, wide)), Some(a), Some(b)) => Some(bin_eval(bop, wide, a, b)),
                _ => None,
            };
            if let Some(r) = r {
                self.check(r);
            }
            results.push(r);
        }
        self.found
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
#[derive(Debug, Default)]
pub struct WasmFacts {
    /// Functions with bodies.
    pub functions: u32,
    /// Initial memory, 64 KiB pages.
    pub memory_pages: u64,
    /// Operators read.
    pub operators: u64,
    /// Signals.
    pub signals: Vec<Signal>,
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

/// Analyses a WebAssembly module; `location` prefixes the evidence locations.
pub fn analyse(bytes: &[u8], location: &str) -> WasmFacts {
    let mut facts = WasmFacts::default();
    let mut consts32 = std::collections::HashSet::new();
    let mut consts64 = std::collections::HashSet::new();
    let mut data_words = std::collections::HashSet::new();
    let mut data_words64 = std::collections::HashSet::new();
    let mut sbox = false;
    let mut names = Vec::new();
    let mut stats: Vec<FnStats> = Vec::new();
    let mut trigger = MaskTrigger::default();
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
            Payload::ImportSection(r) => {
                for i in r.into_imports().flatten() {
                    if matches!(
                        i.ty,
                        wasmparser::TypeRef::Func(_) | wasmparser::TypeRef::FuncExact(_)
                    ) {
                        trigger.imported += 1;
                    }
                }
            }
            Payload::MemorySection(r) => {
                for m in r.into_iter().flatten() {
                    facts.memory_pages = facts.memory_pages.max(m.initial);
                }
            }
            Payload::ExportSection(r) => {
                for e in r.into_iter().flatten() {
                    names.push(e.name.to_ascii_lowercase());
                }
            }
            Payload::DataSection(r) => {
                for d in r.into_iter().flatten() {
                    if d.data.windows(16).any(|w| w == AES_SBOX_HEAD) {
                        sbox = true;
                    }
                    // Constant tables in data: look at every alignment.
                    for off in 0..4.min(d.data.len()) {
                        data_words.extend(le_u32s(&d.data[off..]).take(1 << 20));
                    }
                    for off in [0, 4].into_iter().filter(|o| *o < d.data.len()) {
                        data_words64.extend(d.data[off..].chunks_exact(8).take(1 << 19).map(|c| {
                            u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])
                        }));
                    }
                    if let Ok(s) = std::str::from_utf8(d.data) {
                        names.push(s.to_ascii_lowercase());
                    } else {
                        names.push(String::from_utf8_lossy(d.data).to_ascii_lowercase());
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                facts.functions += 1;
                let mut s = FnStats::default();
                let Ok(mut ops) = body.get_operators_reader() else {
                    facts.notes.push("unreadable function body".into());
                    continue;
                };
                trigger.start_function();
                while !ops.eof() {
                    if facts.operators >= MAX_OPERATORS {
                        budget_hit = true;
                        break;
                    }
                    let Ok(op) = ops.read() else {
                        facts
                            .notes
                            .push(format!("invalid code in function {}", facts.functions - 1));
                        break;
                    };
                    facts.operators += 1;
                    s.ops += 1;
                    trigger.operator(&op);
                    match op {
                        Operator::I32Xor => s.i32_xor += 1,
                        Operator::I64Xor => s.i64_xor += 1,
                        Operator::I32Shl => s.i32_shl += 1,
                        Operator::I64Shl => s.i64_shl += 1,
                        Operator::I32ShrU => s.i32_shr_u += 1,
                        Operator::I64ShrU => s.i64_shr_u += 1,
                        Operator::I32Rotl
                        | Operator::I32Rotr
                        | Operator::I64Rotl
                        | Operator::I64Rotr => s.rot += 1,
                        Operator::I32And | Operator::I64And | Operator::I32Or | Operator::I64Or => {
                            s.and_or += 1
                        }
                        Operator::I64Mul => s.mul64 += 1,
                        Operator::Loop { .. } => s.loops += 1,
                        Operator::If { .. } => s.ifs += 1,
                        Operator::I32Const { value } => {
                            consts32.insert(value as u32);
                        }
                        Operator::I64Const { value } => {
                            consts64.insert(value as u64);
                            consts32.insert(value as u32);
                            consts32.insert((value as u64 >> 32) as u32);
                        }
                        _ => {}
                    }
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
    let sig = |id, evidence: String| rules::signal(id, evidence, location.to_owned());
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
            consts64.contains(*rc)
                || data_words64.contains(*rc)
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
    if stats.iter().any(|s| s.mul64 > 0) && stats.iter().any(|s| s.loops > 0) && trigger.finish() {
        facts.structural = true;
        let st = super::wasm_flow::analyse(bytes, MAX_OPERATORS);
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
    let words = [
        "cryptonight",
        "randomx",
        "cn_hash",
        "hash_cn",
        "coinhive",
        "xmrig",
        "cryptoloot",
    ];
    let named: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| names.iter().any(|n| n.contains(w)))
        .collect();
    if !named.is_empty() {
        facts.signals.push(sig(
            "wasm.miner-names",
            format!("names of miners in exports or data: {}", named.join(", ")),
        ));
    }
    facts
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
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        section(1, &[1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f], &mut m);
        let mut funcs = vec![u8::try_from(bodies.len()).unwrap()];
        funcs.extend(std::iter::repeat_n(0, bodies.len()));
        section(3, &funcs, &mut m);
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
    }
}
