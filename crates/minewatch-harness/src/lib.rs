//! The robustness harness of minewatch's web detector.
//!
//! It makes the hard cases from our own sources: the transforms that obfuscators apply to
//! WebAssembly (the LLVM-level passes of Obfuscator-LLVM and its successors, done here on the
//! wasm itself), each alone or all together, so that `minewatch eval` can report the
//! detector's recall per transform and the tests can hold it there. Every transform keeps the
//! module's behaviour: the tests run each transformed miner core and compare its hash with the
//! original's.
//!
//! | transform | what it does |
//! |---|---|
//! | `strip` | drops the name and other custom sections, renames every export to one letter |
//! | `encode-constants` | every integer constant becomes a xor, add or multiply of two others; memory offsets move into the address as encoded constants |
//! | `substitute` | add, sub, and, or and xor become mixed boolean-arithmetic equivalents (`(b ^ !c) & b` for `b & c`, ...) |
//! | `bogus-flow` | an opaque predicate (`x * (x + 1)` is even, on a mutable global) guards junk code at the start of every function and every loop body |
//! | `wrap-functions` | every load, store and arithmetic operator goes through a small generated function |
//! | `flatten` | each function's top-level statements become the cases of a dispatcher loop over a state variable, in shuffled order |
//!
//! Repeated ([`Repeated`]): `all-twice` (all of them, then all of them again over the result:
//! wrappers of flattened wrappers, substitutions of substitutions) and `substitute-3x`.

use std::convert::Infallible;

use wasm_encoder::reencode::{Reencode, utils};
use wasm_encoder::{BlockType, Instruction, ValType};
use wasmparser::{FuncType, Operator, Parser, Payload};

/// What went wrong making a variant.
#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    /// The input is not a module these transforms understand.
    #[error("not a usable wasm module: {0}")]
    Input(String),
    /// The transform produced an invalid module (a bug here).
    #[error("{transform} made an invalid module: {reason}")]
    Invalid {
        /// The transform.
        transform: &'static str,
        /// The validator's message.
        reason: String,
    },
}

/// One obfuscating transform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Transform {
    /// Names and custom sections gone, exports renamed.
    Strip,
    /// Integer constants and memory offsets encoded.
    EncodeConstants,
    /// Arithmetic replaced by mixed boolean-arithmetic equivalents.
    Substitute,
    /// Opaque predicates guarding junk code.
    BogusFlow,
    /// Loads, stores and arithmetic moved into small functions.
    WrapFunctions,
    /// Top-level statements dispatched from a state machine.
    Flatten,
    /// Large integer constants (masks, counts, table addresses) kept in a data page of memory
    /// and loaded from there at run time: no folding of the code alone sees them (the detector
    /// reads them back from the module's data). Made alone, not part of `all`.
    LoadConstants,
}

impl Transform {
    /// Every transform, in the order `all` applies them.
    pub const ALL: [Transform; 6] = [
        Transform::Strip,
        Transform::Flatten,
        Transform::WrapFunctions,
        Transform::Substitute,
        Transform::EncodeConstants,
        Transform::BogusFlow,
    ];

    /// The transforms made only alone, after `all`.
    pub const ALONE: [Transform; 1] = [Transform::LoadConstants];

    /// Every transform, `all`'s and those made alone.
    pub const EVERY: [Transform; 7] = [
        Transform::Strip,
        Transform::Flatten,
        Transform::WrapFunctions,
        Transform::Substitute,
        Transform::EncodeConstants,
        Transform::BogusFlow,
        Transform::LoadConstants,
    ];

    /// The transform of a name in reports.
    pub fn from_name(name: &str) -> Option<Transform> {
        Transform::EVERY.into_iter().find(|t| t.name() == name)
    }

    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Transform::Strip => "strip",
            Transform::EncodeConstants => "encode-constants",
            Transform::Substitute => "substitute",
            Transform::BogusFlow => "bogus-flow",
            Transform::WrapFunctions => "wrap-functions",
            Transform::Flatten => "flatten",
            Transform::LoadConstants => "load-constants",
        }
    }
}

/// Transforms made again on their own output, as obfuscators are run: O-LLVM's `-sub_loop=3`,
/// or a build that obfuscates what an obfuscated build made. Each round wraps the wrappers,
/// flattens the dispatchers and substitutes the substitutions of the round before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Repeated {
    /// `all` twice.
    AllTwice,
    /// `substitute` three times.
    SubstituteThrice,
}

impl Repeated {
    /// Every repeated transform, in the order the variants list them.
    pub const EVERY: [Repeated; 2] = [Repeated::AllTwice, Repeated::SubstituteThrice];

    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Repeated::AllTwice => "all-twice",
            Repeated::SubstituteThrice => "substitute-3x",
        }
    }

    /// The repeated transform of a name in reports.
    pub fn from_name(name: &str) -> Option<Repeated> {
        Repeated::EVERY.into_iter().find(|r| r.name() == name)
    }

    /// Makes it (each round with its own seed).
    pub fn apply(self, bytes: &[u8], seed: u64) -> Result<Vec<u8>, HarnessError> {
        match self {
            Repeated::AllTwice => apply_all(&apply_all(bytes, seed)?, seed.wrapping_add(100)),
            Repeated::SubstituteThrice => {
                let mut cur = bytes.to_vec();
                for round in 0..3 {
                    cur = apply(&cur, Transform::Substitute, seed.wrapping_add(200 + round))?;
                }
                Ok(cur)
            }
        }
    }
}

/// The variants the harness makes of one module: the original, each transform of `all` alone,
/// all of them together, each transform made only alone, then the repeated ones (name, bytes).
pub fn variants(bytes: &[u8], seed: u64) -> Result<Vec<(String, Vec<u8>)>, HarnessError> {
    let mut out = vec![("original".to_owned(), bytes.to_vec())];
    for t in Transform::ALL {
        out.push((t.name().to_owned(), apply(bytes, t, seed)?));
    }
    out.push(("all".to_owned(), apply_all(bytes, seed)?));
    for t in Transform::ALONE {
        out.push((t.name().to_owned(), apply(bytes, t, seed)?));
    }
    for r in Repeated::EVERY {
        out.push((r.name().to_owned(), r.apply(bytes, seed)?));
    }
    Ok(out)
}

/// Every transform in turn.
pub fn apply_all(bytes: &[u8], seed: u64) -> Result<Vec<u8>, HarnessError> {
    let mut cur = bytes.to_vec();
    for (i, t) in Transform::ALL.into_iter().enumerate() {
        cur = apply(&cur, t, seed.wrapping_add(i as u64))?;
    }
    Ok(cur)
}

/// Applies one transform; the result is validated.
pub fn apply(bytes: &[u8], t: Transform, seed: u64) -> Result<Vec<u8>, HarnessError> {
    let info = ModuleInfo::read(bytes)?;
    let mut rw = Rewriter {
        t,
        info,
        rng: Rng(seed | 1),
        wrappers: Vec::new(),
        wrapper_of: std::collections::HashMap::new(),
        global: None,
        exports: 0,
        slots: Vec::new(),
        slot_of: std::collections::HashMap::new(),
    };
    if t == Transform::WrapFunctions {
        rw.collect_wrappers(bytes)?;
    }
    if t == Transform::LoadConstants
        && (rw.info.memory_pages.is_none() || !rw.info.has_data_section || rw.info.has_data_count)
    {
        return Err(HarnessError::Input(
            "load-constants needs a memory and a data section of the module's own (and no data count)".into(),
        ));
    }
    if t == Transform::BogusFlow {
        if !rw.info.has_global_section {
            return Err(HarnessError::Input(
                "bogus-flow needs a global section".into(),
            ));
        }
        rw.global = Some(rw.info.globals);
    }
    let mut module = wasm_encoder::Module::new();
    rw.parse_core_module(&mut module, Parser::new(0), bytes)
        .map_err(|e| HarnessError::Input(format!("{e:?}")))?;
    let out = module.finish();
    let mut v = wasmparser::Validator::new();
    v.validate_all(&out).map_err(|e| HarnessError::Invalid {
        transform: t.name(),
        reason: e.to_string(),
    })?;
    Ok(out)
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// What the rewriter needs to know before it writes.
struct ModuleInfo {
    types: Vec<Option<FuncType>>,
    /// Type index of each function, imports first.
    funcs: Vec<u32>,
    imported_funcs: u32,
    /// Globals, imported and defined.
    globals: u32,
    has_global_section: bool,
    /// Initial pages of a memory 0 the module defines (None: imported or none).
    memory_pages: Option<u64>,
    has_data_section: bool,
    has_data_count: bool,
}

impl ModuleInfo {
    fn read(bytes: &[u8]) -> Result<Self, HarnessError> {
        let mut v = wasmparser::Validator::new();
        v.validate_all(bytes)
            .map_err(|e| HarnessError::Input(e.to_string()))?;
        let mut info = ModuleInfo {
            types: Vec::new(),
            funcs: Vec::new(),
            imported_funcs: 0,
            globals: 0,
            has_global_section: false,
            memory_pages: None,
            has_data_section: false,
            has_data_count: false,
        };
        for p in Parser::new(0).parse_all(bytes) {
            match p.map_err(|e| HarnessError::Input(e.to_string()))? {
                Payload::TypeSection(r) => {
                    for rg in r.into_iter() {
                        let rg = rg.map_err(|e| HarnessError::Input(e.to_string()))?;
                        for st in rg.into_types() {
                            info.types.push(match st.composite_type.inner {
                                wasmparser::CompositeInnerType::Func(f) => Some(f),
                                _ => None,
                            });
                        }
                    }
                }
                Payload::ImportSection(r) => {
                    for imp in r.into_imports() {
                        let imp = imp.map_err(|e| HarnessError::Input(e.to_string()))?;
                        match imp.ty {
                            wasmparser::TypeRef::Func(t) | wasmparser::TypeRef::FuncExact(t) => {
                                info.funcs.push(t);
                                info.imported_funcs += 1;
                            }
                            wasmparser::TypeRef::Global(_) => info.globals += 1,
                            _ => {}
                        }
                    }
                }
                Payload::FunctionSection(r) => {
                    for f in r {
                        info.funcs
                            .push(f.map_err(|e| HarnessError::Input(e.to_string()))?);
                    }
                }
                Payload::GlobalSection(r) => {
                    info.has_global_section = true;
                    info.globals += r.count();
                }
                Payload::MemorySection(r) => {
                    if let Some(Ok(m)) = r.into_iter().next() {
                        info.memory_pages = Some(m.initial);
                    }
                }
                Payload::DataSection(_) => info.has_data_section = true,
                Payload::DataCountSection { .. } => info.has_data_count = true,
                Payload::CodeSectionStart { .. } => {}
                _ => {}
            }
        }
        Ok(info)
    }

    fn func_type(&self, f: u32) -> Option<&FuncType> {
        self.types
            .get(*self.funcs.get(f as usize)? as usize)?
            .as_ref()
    }
}

/// A generated function standing for one operator.
struct Wrapper<'a> {
    op: Operator<'a>,
    params: Vec<ValType>,
    results: Vec<ValType>,
}

/// The operand and result types of the operators `wrap-functions` moves into functions.
fn wrappable(op: &Operator<'_>) -> Option<(Vec<ValType>, Vec<ValType>)> {
    use Operator as O;
    use ValType::{F32, F64, I32, I64};
    let bin = |t: ValType| Some((vec![t, t], vec![t]));
    match op {
        O::I32Add
        | O::I32Sub
        | O::I32Mul
        | O::I32And
        | O::I32Or
        | O::I32Xor
        | O::I32Shl
        | O::I32ShrU
        | O::I32ShrS
        | O::I32Rotl => bin(I32),
        O::I64Add
        | O::I64Sub
        | O::I64Mul
        | O::I64And
        | O::I64Or
        | O::I64Xor
        | O::I64Shl
        | O::I64ShrU
        | O::I64ShrS
        | O::I64Rotl => bin(I64),
        O::I32Load { memarg }
        | O::I32Load8U { memarg }
        | O::I32Load8S { memarg }
        | O::I32Load16U { memarg }
        | O::I32Load16S { memarg }
            if mem0(memarg) =>
        {
            Some((vec![I32], vec![I32]))
        }
        O::I64Load { memarg }
        | O::I64Load8U { memarg }
        | O::I64Load16U { memarg }
        | O::I64Load32U { memarg }
            if mem0(memarg) =>
        {
            Some((vec![I32], vec![I64]))
        }
        O::I32Store { memarg } | O::I32Store8 { memarg } | O::I32Store16 { memarg }
            if mem0(memarg) =>
        {
            Some((vec![I32, I32], vec![]))
        }
        O::I64Store { memarg }
        | O::I64Store8 { memarg }
        | O::I64Store16 { memarg }
        | O::I64Store32 { memarg }
            if mem0(memarg) =>
        {
            Some((vec![I32, I64], vec![]))
        }
        O::F32Load { memarg } if mem0(memarg) => Some((vec![I32], vec![F32])),
        O::F64Load { memarg } if mem0(memarg) => Some((vec![I32], vec![F64])),
        _ => None,
    }
}

/// A wrappable operator written out: its name and memory argument, all that tells two apart.
fn wrap_key(op: &Operator<'_>) -> String {
    format!("{op:?}")
}

/// Whether an access is to linear memory 0.
fn mem0(m: &wasmparser::MemArg) -> bool {
    m.target == wasmparser::MemArgTarget::Memory(0)
}

/// The memory argument of a load or store, to change its offset.
fn memarg_mut<'m>(
    op: &'m mut Operator<'_>,
) -> Option<(&'m mut wasmparser::MemArg, Option<ValType>)> {
    use Operator as O;
    use ValType::{F32, F64, I32, I64};
    match op {
        O::I32Load { memarg }
        | O::I64Load { memarg }
        | O::F32Load { memarg }
        | O::F64Load { memarg }
        | O::I32Load8S { memarg }
        | O::I32Load8U { memarg }
        | O::I32Load16S { memarg }
        | O::I32Load16U { memarg }
        | O::I64Load8S { memarg }
        | O::I64Load8U { memarg }
        | O::I64Load16S { memarg }
        | O::I64Load16U { memarg }
        | O::I64Load32S { memarg }
        | O::I64Load32U { memarg } => Some((memarg, None)),
        O::I32Store { memarg } | O::I32Store8 { memarg } | O::I32Store16 { memarg } => {
            Some((memarg, Some(I32)))
        }
        O::I64Store { memarg }
        | O::I64Store8 { memarg }
        | O::I64Store16 { memarg }
        | O::I64Store32 { memarg } => Some((memarg, Some(I64))),
        O::F32Store { memarg } => Some((memarg, Some(F32))),
        O::F64Store { memarg } => Some((memarg, Some(F64))),
        _ => None,
    }
}

/// Scratch locals added to every function: two i32, two i64, one f32, one f64, the state.
struct Scratch {
    i32a: u32,
    i32b: u32,
    i64a: u32,
    i64b: u32,
    f32: u32,
    f64: u32,
    state: u32,
}

impl Scratch {
    fn pair(&self, t: ValType) -> (u32, u32) {
        if t == ValType::I64 {
            (self.i64a, self.i64b)
        } else {
            (self.i32a, self.i32b)
        }
    }
    fn of(&self, t: ValType) -> u32 {
        match t {
            ValType::I64 => self.i64a,
            ValType::F32 => self.f32,
            ValType::F64 => self.f64,
            _ => self.i32a,
        }
    }
}

struct Rewriter<'a> {
    t: Transform,
    info: ModuleInfo,
    rng: Rng,
    wrappers: Vec<Wrapper<'a>>,
    /// Each wrapper's index in `wrappers`, by its operator written out (`wrap_key`): found by
    /// a lookup, not by comparing an operator with every wrapper (quadratic on big modules:
    /// esbuild's 14 MB has thousands of distinct loads and stores).
    wrapper_of: std::collections::HashMap<String, u32>,
    /// The mutable global the opaque predicates read.
    global: Option<u32>,
    exports: u32,
    /// load-constants: the constants' bytes, laid out from the page added to memory 0.
    slots: Vec<u8>,
    /// Where each constant's bytes are in `slots`.
    slot_of: std::collections::HashMap<Vec<u8>, usize>,
}

fn modinv_u32(k: u32) -> u32 {
    // Newton's iteration for the inverse of an odd number modulo 2^32.
    let mut x = k;
    for _ in 0..5 {
        x = x.wrapping_mul(2u32.wrapping_sub(k.wrapping_mul(x)));
    }
    x
}

fn modinv_u64(k: u64) -> u64 {
    let mut x = k;
    for _ in 0..6 {
        x = x.wrapping_mul(2u64.wrapping_sub(k.wrapping_mul(x)));
    }
    x
}

impl<'a> Rewriter<'a> {
    fn collect_wrappers(&mut self, bytes: &'a [u8]) -> Result<(), HarnessError> {
        for p in Parser::new(0).parse_all(bytes) {
            if let Payload::CodeSectionEntry(body) =
                p.map_err(|e| HarnessError::Input(e.to_string()))?
            {
                let mut r = body
                    .get_operators_reader()
                    .map_err(|e| HarnessError::Input(e.to_string()))?;
                while !r.eof() {
                    let op = r.read().map_err(|e| HarnessError::Input(e.to_string()))?;
                    if let Some((params, results)) = wrappable(&op) {
                        let k = self.wrappers.len() as u32;
                        if let std::collections::hash_map::Entry::Vacant(e) =
                            self.wrapper_of.entry(wrap_key(&op))
                        {
                            e.insert(k);
                            self.wrappers.push(Wrapper {
                                op,
                                params,
                                results,
                            });
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn wrapper_index(&self, op: &Operator<'_>) -> Option<u32> {
        wrappable(op)?;
        let k = self.wrapper_of.get(&wrap_key(op))?;
        Some(self.info.funcs.len() as u32 + k)
    }

    /// Pushes `v` (i32) as an encoded expression.
    fn enc32(&mut self, v: u32, out: &mut Vec<Instruction<'static>>) {
        let k = self.rng.next() as u32;
        match self.rng.next() % 3 {
            0 => out.extend([
                Instruction::I32Const((v ^ k) as i32),
                Instruction::I32Const(k as i32),
                Instruction::I32Xor,
            ]),
            1 => out.extend([
                Instruction::I32Const(v.wrapping_sub(k) as i32),
                Instruction::I32Const(k as i32),
                Instruction::I32Add,
            ]),
            _ => {
                let k = k | 1;
                out.extend([
                    Instruction::I32Const(v.wrapping_mul(modinv_u32(k)) as i32),
                    Instruction::I32Const(k as i32),
                    Instruction::I32Mul,
                ]);
            }
        }
    }

    fn enc64(&mut self, v: u64, out: &mut Vec<Instruction<'static>>) {
        let k = self.rng.next();
        match self.rng.next() % 3 {
            0 => out.extend([
                Instruction::I64Const((v ^ k) as i64),
                Instruction::I64Const(k as i64),
                Instruction::I64Xor,
            ]),
            1 => out.extend([
                Instruction::I64Const(v.wrapping_sub(k) as i64),
                Instruction::I64Const(k as i64),
                Instruction::I64Add,
            ]),
            _ => {
                let k = k | 1;
                out.extend([
                    Instruction::I64Const(v.wrapping_mul(modinv_u64(k)) as i64),
                    Instruction::I64Const(k as i64),
                    Instruction::I64Mul,
                ]);
            }
        }
    }

    /// The opaque predicate and its junk: `if (g * (g + 1)) & 1 { junk }`, never taken.
    fn bogus(&mut self, g: u32, out: &mut Vec<Instruction<'static>>) {
        let (r1, r2, r3) = (
            self.rng.next() as i32,
            self.rng.next() as i32,
            self.rng.next() & 0xFFFC,
        );
        out.extend([
            Instruction::GlobalGet(g),
            Instruction::GlobalGet(g),
            Instruction::I32Const(1),
            Instruction::I32Add,
            Instruction::I32Mul,
            Instruction::I32Const(1),
            Instruction::I32And,
            Instruction::If(BlockType::Empty),
            Instruction::I32Const(r1),
            Instruction::I32Const(r2),
            Instruction::I32Xor,
            Instruction::GlobalSet(g),
            Instruction::I32Const(0),
            Instruction::I32Load(wasm_encoder::MemArg {
                offset: r3,
                align: 2,
                target: wasm_encoder::MemArgTarget::Memory(0),
                ordering: None,
            }),
            Instruction::GlobalSet(g),
            Instruction::End,
        ]);
    }

    /// The substituted form of a binary operator, or None to keep it.
    fn substitute(&mut self, op: &Operator<'_>, s: &Scratch) -> Option<Vec<Instruction<'static>>> {
        use Instruction as I;
        use Operator as O;
        let (t, kind) = match op {
            O::I32Add => (ValType::I32, 0),
            O::I32Sub => (ValType::I32, 1),
            O::I32And => (ValType::I32, 2),
            O::I32Or => (ValType::I32, 3),
            O::I32Xor => (ValType::I32, 4),
            O::I64Add => (ValType::I64, 0),
            O::I64Sub => (ValType::I64, 1),
            O::I64And => (ValType::I64, 2),
            O::I64Or => (ValType::I64, 3),
            O::I64Xor => (ValType::I64, 4),
            _ => return None,
        };
        let w = t == ValType::I64;
        let (a, b) = s.pair(t);
        let m1 = if w { I::I64Const(-1) } else { I::I32Const(-1) };
        let one = if w { I::I64Const(1) } else { I::I32Const(1) };
        let (add, sub, and, or, xor) = if w {
            (I::I64Add, I::I64Sub, I::I64And, I::I64Or, I::I64Xor)
        } else {
            (I::I32Add, I::I32Sub, I::I32And, I::I32Or, I::I32Xor)
        };
        let set = |v| I::LocalSet(v);
        let get = |v| I::LocalGet(v);
        Some(match kind {
            // a + b = a - !b - 1, or (a ^ b) + 2 (a & b)
            0 if self.rng.next().is_multiple_of(2) => vec![m1.clone(), xor, sub.clone(), one, sub],
            0 => {
                let shl = if w { I::I64Shl } else { I::I32Shl };
                vec![
                    set(b),
                    set(a),
                    get(a),
                    get(b),
                    xor,
                    get(a),
                    get(b),
                    and,
                    one,
                    shl,
                    add,
                ]
            }
            // a - b = a + !b + 1
            1 => vec![m1.clone(), xor, add.clone(), one, add],
            // a & b = (a ^ !b) & a
            2 => vec![
                set(b),
                set(a),
                get(a),
                get(b),
                m1,
                xor.clone(),
                xor,
                get(a),
                and,
            ],
            // a | b = (a & b) | (a ^ b)
            3 => vec![set(b), set(a), get(a), get(b), and, get(a), get(b), xor, or],
            // a ^ b = (!a & b) | (a & !b)
            _ => vec![
                set(b),
                set(a),
                get(a),
                m1.clone(),
                xor.clone(),
                get(b),
                and.clone(),
                get(a),
                get(b),
                m1,
                xor,
                and,
                or,
            ],
        })
    }
}

impl Reencode for Rewriter<'_> {
    type Error = Infallible;

    fn parse_memory_section(
        &mut self,
        memories: &mut wasm_encoder::MemorySection,
        section: wasmparser::MemorySectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        for (i, m) in section.into_iter().enumerate() {
            let mut m = self.memory_type(m?)?;
            if i == 0 && self.t == Transform::LoadConstants {
                // One more page, at the end of the initial memory, for the constants.
                m.minimum += 1;
                m.maximum = m.maximum.map(|x| x.max(m.minimum));
            }
            memories.memory(m);
        }
        Ok(())
    }

    fn parse_data_section(
        &mut self,
        data: &mut wasm_encoder::DataSection,
        section: wasmparser::DataSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        utils::parse_data_section(self, data, section)?;
        if let (Transform::LoadConstants, Some(pages)) = (self.t, self.info.memory_pages) {
            data.active(
                0,
                &wasm_encoder::ConstExpr::i32_const((pages * 65536) as i32),
                self.slots.iter().copied(),
            );
        }
        Ok(())
    }

    fn parse_type_section(
        &mut self,
        types: &mut wasm_encoder::TypeSection,
        section: wasmparser::TypeSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        utils::parse_type_section(self, types, section)?;
        for w in &self.wrappers {
            types
                .ty()
                .function(w.params.iter().copied(), w.results.iter().copied());
        }
        Ok(())
    }

    fn parse_function_section(
        &mut self,
        functions: &mut wasm_encoder::FunctionSection,
        section: wasmparser::FunctionSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        utils::parse_function_section(self, functions, section)?;
        let base = self.info.types.len() as u32;
        for k in 0..self.wrappers.len() {
            functions.function(base + k as u32);
        }
        Ok(())
    }

    fn parse_global_section(
        &mut self,
        globals: &mut wasm_encoder::GlobalSection,
        section: wasmparser::GlobalSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        utils::parse_global_section(self, globals, section)?;
        if self.global.is_some() {
            let init = (self.rng.next() as i32) | 1;
            globals.global(
                wasm_encoder::GlobalType {
                    val_type: ValType::I32,
                    mutable: true,
                    shared: false,
                },
                &wasm_encoder::ConstExpr::i32_const(init),
            );
        }
        Ok(())
    }

    fn parse_code_section(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        section: wasmparser::CodeSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        utils::parse_code_section(self, code, section)?;
        let wrappers = std::mem::take(&mut self.wrappers);
        for w in &wrappers {
            let mut f = wasm_encoder::Function::new([]);
            for i in 0..w.params.len() as u32 {
                f.instruction(&Instruction::LocalGet(i));
            }
            f.instruction(&self.instruction(w.op.clone())?);
            f.instruction(&Instruction::End);
            code.function(&f);
        }
        self.wrappers = wrappers;
        Ok(())
    }

    fn parse_export(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        export: wasmparser::Export<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        if self.t != Transform::Strip {
            return utils::parse_export(self, exports, export);
        }
        let mut name = String::new();
        let mut n = self.exports;
        loop {
            name.push((b'a' + (n % 26) as u8) as char);
            n /= 26;
            if n == 0 {
                break;
            }
        }
        self.exports += 1;
        exports.export(
            &name,
            self.export_kind(export.kind)?,
            self.external_index(export.kind, export.index)?,
        );
        Ok(())
    }

    fn parse_custom_section(
        &mut self,
        module: &mut wasm_encoder::Module,
        section: wasmparser::CustomSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        if self.t == Transform::Strip {
            return Ok(());
        }
        utils::parse_custom_section(self, module, section)
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        // Which function this is: bodies come in order after the imports.
        let index = self.info.imported_funcs + code.len();
        let params = self
            .info
            .func_type(index)
            .map_or(0, |t| t.params().len() as u32);
        let mut locals = Vec::new();
        let mut declared = 0u32;
        for pair in func.get_locals_reader()? {
            let (n, t) = pair?;
            declared += n;
            locals.push((n, self.val_type(t)?));
        }
        let base = params + declared;
        let s = Scratch {
            i32a: base,
            i32b: base + 1,
            i64a: base + 2,
            i64b: base + 3,
            f32: base + 4,
            f64: base + 5,
            state: base + 6,
        };
        locals.extend([
            (2, ValType::I32),
            (2, ValType::I64),
            (1, ValType::F32),
            (1, ValType::F64),
            (1, ValType::I32),
        ]);
        let mut ops = Vec::new();
        let mut reader = func.get_operators_reader()?;
        while !reader.eof() {
            ops.push(reader.read()?);
        }
        let mut out: Vec<Instruction<'_>> = Vec::with_capacity(ops.len() * 2);
        match self.t {
            Transform::Flatten => self.flatten(&ops, &s, &mut out)?,
            _ => {
                if let (Transform::BogusFlow, Some(g)) = (self.t, self.global) {
                    let mut v = Vec::new();
                    self.bogus(g, &mut v);
                    out.extend(v);
                }
                for op in ops {
                    self.rewrite(op, &s, &mut out)?;
                }
            }
        }
        let mut f = wasm_encoder::Function::new(locals);
        for i in &out {
            f.instruction(i);
        }
        code.function(&f);
        Ok(())
    }
}

impl<'a> Rewriter<'a> {
    /// load-constants: the address of a slot holding `bytes` (aligned to `align`), if the page
    /// has room.
    fn slot(&mut self, bytes: &[u8], align: usize) -> Option<u64> {
        let base = self.info.memory_pages? * 65536;
        if let Some(at) = self.slot_of.get(bytes) {
            return Some(base + *at as u64);
        }
        let at = self.slots.len().next_multiple_of(align);
        if at + bytes.len() > 65536 {
            return None;
        }
        self.slots.resize(at, 0);
        self.slots.extend_from_slice(bytes);
        self.slot_of.insert(bytes.to_vec(), at);
        Some(base + at as u64)
    }

    /// One operator, rewritten by the current transform.
    fn rewrite<'o>(
        &mut self,
        op: Operator<'o>,
        s: &Scratch,
        out: &mut Vec<Instruction<'o>>,
    ) -> Result<(), wasm_encoder::reencode::Error<Infallible>> {
        match self.t {
            Transform::LoadConstants => {
                let slot = match op {
                    Operator::I32Const { value } if value as u32 >= 0x1_0000 => {
                        self.slot(&value.to_le_bytes(), 4)
                    }
                    Operator::I64Const { value } if value as u64 >= 0x1_0000 => {
                        self.slot(&value.to_le_bytes(), 8)
                    }
                    _ => None,
                };
                let Some(at) = slot else {
                    out.push(self.instruction(op)?);
                    return Ok(());
                };
                out.push(Instruction::I32Const(at as i32));
                let m = |align| wasm_encoder::MemArg {
                    offset: 0,
                    align,
                    target: wasm_encoder::MemArgTarget::Memory(0),
                    ordering: None,
                };
                out.push(if matches!(op, Operator::I32Const { .. }) {
                    Instruction::I32Load(m(2))
                } else {
                    Instruction::I64Load(m(3))
                });
            }
            Transform::EncodeConstants => match op {
                Operator::I32Const { value } => {
                    let mut v = Vec::new();
                    self.enc32(value as u32, &mut v);
                    out.extend(v);
                }
                Operator::I64Const { value } => {
                    let mut v = Vec::new();
                    self.enc64(value as u64, &mut v);
                    out.extend(v);
                }
                mut other => {
                    let moved = match memarg_mut(&mut other) {
                        Some((m, value))
                            if m.offset > 0 && m.offset <= u64::from(u32::MAX) && mem0(m) =>
                        {
                            let off = m.offset;
                            m.offset = 0;
                            Some((off, value))
                        }
                        _ => None,
                    };
                    if let Some((off, value)) = moved {
                        let mut v = Vec::new();
                        if let Some(t) = value {
                            v.push(Instruction::LocalSet(s.of(t)));
                        }
                        self.enc32(off as u32, &mut v);
                        v.push(Instruction::I32Add);
                        if let Some(t) = value {
                            v.push(Instruction::LocalGet(s.of(t)));
                        }
                        out.extend(v);
                    }
                    out.push(self.instruction(other)?);
                }
            },
            Transform::Substitute => match self.substitute(&op, s) {
                Some(v) => out.extend(v),
                None => out.push(self.instruction(op)?),
            },
            Transform::WrapFunctions => match self.wrapper_index(&op) {
                Some(f) => out.push(Instruction::Call(f)),
                None => out.push(self.instruction(op)?),
            },
            Transform::BogusFlow => {
                let is_loop = matches!(op, Operator::Loop { .. });
                out.push(self.instruction(op)?);
                if let (true, Some(g)) = (is_loop, self.global) {
                    let mut v = Vec::new();
                    self.bogus(g, &mut v);
                    out.extend(v);
                }
            }
            Transform::Strip | Transform::Flatten => out.push(self.instruction(op)?),
        }
        Ok(())
    }

    /// Control-flow flattening of a function's top level: the statements (split where the
    /// operand stack is empty) become cases of `loop { block ... br_table state ... }`, in
    /// shuffled order, each setting the state of the next; branches out of a statement to
    /// the function's own label are re-aimed past the added blocks.
    fn flatten<'o>(
        &mut self,
        ops: &[Operator<'o>],
        s: &Scratch,
        out: &mut Vec<Instruction<'o>>,
    ) -> Result<(), wasm_encoder::reencode::Error<Infallible>> {
        // Split points: top level, operand height 0, after a whole statement.
        let mut chunks: Vec<(usize, usize)> = Vec::new();
        let mut open: Vec<i64> = Vec::new(); // results of each open structure
        let mut height = 0i64;
        let mut start = 0;
        let body_end = ops.len().saturating_sub(1); // the final `end`
        let mut lost = false;
        for (i, op) in ops[..body_end].iter().enumerate() {
            let top = open.is_empty();
            match op {
                Operator::Block { blockty }
                | Operator::Loop { blockty }
                | Operator::If { blockty } => {
                    let (p, r) = block_arity(*blockty, &self.info);
                    if top {
                        height -= p + i64::from(matches!(op, Operator::If { .. }));
                    }
                    open.push(r);
                }
                Operator::End => {
                    let r = open.pop().unwrap_or(0);
                    if open.is_empty() {
                        height += r;
                    }
                }
                _ if top => match stack_delta(op, &self.info) {
                    Some(d) => height += d,
                    None => lost = true,
                },
                _ => {}
            }
            if lost || height < 0 {
                lost = true;
                continue;
            }
            let whole = open.is_empty()
                && !matches!(
                    op,
                    Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. }
                );
            if whole && height == 0 {
                chunks.push((start, i + 1));
                start = i + 1;
            }
        }
        if start < body_end {
            chunks.push((start, body_end));
        }
        if chunks.len() < 2 {
            for op in ops {
                out.push(self.instruction(op.clone())?);
            }
            return Ok(());
        }
        let n = chunks.len();
        // Case ids: a shuffled permutation.
        let mut ids: Vec<u32> = (0..n as u32).collect();
        for i in (1..n).rev() {
            let j = (self.rng.next() % (i as u64 + 1)) as usize;
            ids.swap(i, j);
        }
        // The chunk for each case id.
        let mut chunk_of = vec![0usize; n];
        for (c, id) in ids.iter().enumerate() {
            chunk_of[*id as usize] = c;
        }
        out.push(Instruction::I32Const(ids[0] as i32));
        out.push(Instruction::LocalSet(s.state));
        out.push(Instruction::Loop(BlockType::Empty));
        for _ in 0..n {
            out.push(Instruction::Block(BlockType::Empty));
        }
        out.push(Instruction::LocalGet(s.state));
        let targets: Vec<u32> = (0..n as u32).collect();
        out.push(Instruction::BrTable(targets.into(), n as u32 - 1));
        for (case, &c) in chunk_of.iter().enumerate() {
            out.push(Instruction::End); // leaves block `case`
            // Inside blocks case+1..n-1, then the loop: branches to the function's label
            // gain (n - 1 - case) + 1 levels.
            let extra = (n - 1 - case) as u32 + 1;
            let (a, b) = chunks[c];
            let mut d = 0u32;
            for op in &ops[a..b] {
                let op = op.clone();
                match op {
                    Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => {
                        d += 1;
                        out.push(self.instruction(op)?);
                    }
                    Operator::End => {
                        d = d.saturating_sub(1);
                        out.push(self.instruction(op)?);
                    }
                    Operator::Br { relative_depth } if relative_depth >= d => {
                        out.push(Instruction::Br(relative_depth + extra));
                    }
                    Operator::BrIf { relative_depth } if relative_depth >= d => {
                        out.push(Instruction::BrIf(relative_depth + extra));
                    }
                    Operator::BrTable { ref targets } => {
                        let fix = |t: u32| if t >= d { t + extra } else { t };
                        let ts: Vec<u32> = targets
                            .targets()
                            .map(|t| t.map(fix))
                            .collect::<Result<_, _>>()?;
                        out.push(Instruction::BrTable(ts.into(), fix(targets.default())));
                    }
                    other => out.push(self.instruction(other)?),
                }
            }
            if c + 1 == n {
                // The last statement leaves the results: return them.
                out.push(Instruction::Return);
            } else {
                out.push(Instruction::I32Const(ids[c + 1] as i32));
                out.push(Instruction::LocalSet(s.state));
                out.push(Instruction::Br((n - 1 - case) as u32));
            }
        }
        out.push(Instruction::End); // the loop
        // Every case leaves by `br` to the loop or by `return`.
        out.push(Instruction::Unreachable);
        out.push(Instruction::End); // the function
        Ok(())
    }
}

/// Parameters and results of a block type.
fn block_arity(b: wasmparser::BlockType, info: &ModuleInfo) -> (i64, i64) {
    match b {
        wasmparser::BlockType::Empty => (0, 0),
        wasmparser::BlockType::Type(_) => (0, 1),
        wasmparser::BlockType::FuncType(t) => info
            .types
            .get(t as usize)
            .and_then(Option::as_ref)
            .map_or((0, 0), |f| {
                (f.params().len() as i64, f.results().len() as i64)
            }),
    }
}

/// The change in operand-stack height an operator makes, where it is fixed.
fn stack_delta(op: &Operator<'_>, info: &ModuleInfo) -> Option<i64> {
    match op {
        Operator::Call { function_index } => {
            let t = info.func_type(*function_index)?;
            Some(t.results().len() as i64 - t.params().len() as i64)
        }
        Operator::CallIndirect { type_index, .. } => {
            let t = info.types.get(*type_index as usize)?.as_ref()?;
            Some(t.results().len() as i64 - t.params().len() as i64 - 1)
        }
        Operator::Block { .. }
        | Operator::Loop { .. }
        | Operator::If { .. }
        | Operator::End
        | Operator::Else => None,
        Operator::Br { .. }
        | Operator::BrTable { .. }
        | Operator::Return
        | Operator::Unreachable => None,
        Operator::BrIf { .. } => Some(-1),
        other => {
            let (p, r) = other.operator_arity(&NoModule)?;
            Some(i64::from(r) - i64::from(p))
        }
    }
}

struct NoModule;

impl wasmparser::ModuleArity for NoModule {
    fn sub_type_at(&self, _: u32) -> Option<&wasmparser::SubType> {
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
    fn sub_type_of_ref_type(&self, _: &wasmparser::RefType) -> Option<&wasmparser::SubType> {
        None
    }
    fn control_stack_height(&self) -> u32 {
        0
    }
    fn label_block(&self, _: u32) -> Option<(wasmparser::BlockType, wasmparser::FrameKind)> {
        None
    }
}
