//! WebAssembly by structure: the front end of the structural recogniser ([`super::flow`]) for
//! wasm. Every function is run symbolically over its operand stack; small functions (wrappers
//! that an obfuscator puts around a load, a store or one operator) are inlined into their
//! callers' expressions; blocks reached only by branches start from the branches' locals, so a
//! flattened dispatcher's cases start from its `br_table`. The operator budget is the caller's.

use foldhash::HashMap;
use std::rc::Rc;

#[allow(clippy::wildcard_imports)] // The shared expression and loop machinery.
use super::flow::*;
pub use super::flow::{MAX_EVAL, MAX_NODES, MemoryHardLoop, Structure};

pub(crate) mod unroll;

use wasmparser::{
    BlockType, CompositeInnerType, FuncType, MemArg, ModuleArity, Operator, Parser, Payload,
    SubType, ValType,
};

/// A module's function types, and which function has which.
#[derive(Default)]
pub(crate) struct Types {
    /// Function types by type index (None: not a function type).
    types: Vec<Option<FuncType>>,
    /// Type index of each function (imports first).
    funcs: Vec<u32>,
    imported: u32,
}

impl Types {
    /// Reads what the type, import and function sections say of functions' types.
    pub(crate) fn section(&mut self, payload: &Payload<'_>) {
        match payload {
            Payload::TypeSection(r) => {
                for rg in r.clone().into_iter().flatten() {
                    for st in rg.into_types() {
                        self.types.push(match st.composite_type.inner {
                            CompositeInnerType::Func(f) => Some(f),
                            _ => None,
                        });
                    }
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.clone().into_imports().flatten() {
                    if let wasmparser::TypeRef::Func(t) | wasmparser::TypeRef::FuncExact(t) = imp.ty
                    {
                        self.funcs.push(t);
                        self.imported += 1;
                    }
                }
            }
            Payload::FunctionSection(r) => self.funcs.extend(r.clone().into_iter().flatten()),
            _ => {}
        }
    }

    pub(crate) fn func(&self, f: u32) -> Option<&FuncType> {
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

/// The sampler's seed.
const SEED: u64 = 0x6D69_6E65_7761_7463;

/// Calls followed down from a loop for the work its callees do (table lookups, multiplies).
const SUMMARY_LEVELS: usize = 2;

/// Rounds of template building: wrappers of wrappers this deep are inlined.
pub(crate) const TEMPLATE_LEVELS: usize = 4;

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

/// Floating-point arithmetic or a conversion of an integer to floating point (scalar: the
/// engine's wasmparser is built without SIMD for the extension).
fn is_float_work(op: &Operator<'_>) -> bool {
    matches!(
        op,
        Operator::F64Add
            | Operator::F64Sub
            | Operator::F64Mul
            | Operator::F64Div
            | Operator::F64Sqrt
            | Operator::F64ConvertI32S
            | Operator::F64ConvertI32U
            | Operator::F64ConvertI64S
            | Operator::F64ConvertI64U
            | Operator::F32Add
            | Operator::F32Sub
            | Operator::F32Mul
            | Operator::F32Div
            | Operator::F32Sqrt
            | Operator::F32ConvertI32S
            | Operator::F32ConvertI32U
    )
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

/// Full-width integer loads of memory 0 (`i32.load`, `i64.load`) and the bytes they read: the
/// loads whose value [`InitialData`] can give.
pub(crate) fn int_load_bytes(op: &Operator<'_>) -> Option<(MemArg, usize)> {
    let (m, n) = match op {
        Operator::I32Load { memarg } => (*memarg, 4),
        Operator::I64Load { memarg } => (*memarg, 8),
        _ => return None,
    };
    (m.target == wasmparser::MemArgTarget::Memory(0)).then_some((m, n))
}

/// What memory 0 holds before any code runs: the module's active data segments at constant
/// offsets. A load from a constant address inside one reads what the module put there:
/// compilers keep large constants in read-only data, and a core's masks and counts moved out
/// of its code into memory are read back from here. (Code may write there before it reads;
/// what is read here is then the value the module started with: evidence, as every constant
/// the structural pass folds is.)
#[derive(Debug, Default)]
pub(crate) struct InitialData<'a> {
    /// (offset, bytes), sorted by offset once [`InitialData::sort`] ran: a module's own, or
    /// decoded from the script an asm.js module came in (see [`InitialData::push_owned`]).
    segments: Vec<(u64, std::borrow::Cow<'a, [u8]>)>,
}

impl<'a> InitialData<'a> {
    /// Segments kept at most.
    const MAX_SEGMENTS: usize = 1 << 16;

    /// Keeps `d` if it is active in memory 0 at a constant offset.
    pub(crate) fn add(&mut self, d: &wasmparser::Data<'a>) {
        if self.segments.len() >= Self::MAX_SEGMENTS {
            return;
        }
        if let wasmparser::DataKind::Active {
            memory_index: 0,
            offset_expr,
        } = &d.kind
            && let Ok(Operator::I32Const { value }) = offset_expr.get_operators_reader().read()
        {
            self.segments
                .push((u64::from(value as u32), std::borrow::Cow::Borrowed(d.data)));
        }
    }

    /// Keeps `bytes` as put at `offset` (wasm2js writes a module's data segments into its
    /// asm.js module's buffer from base64 strings).
    pub(crate) fn push_owned(&mut self, offset: u64, bytes: Vec<u8>) {
        if self.segments.len() < Self::MAX_SEGMENTS {
            self.segments.push((offset, std::borrow::Cow::Owned(bytes)));
        }
    }

    /// Whether it holds nothing.
    pub(crate) fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// Orders the segments for [`InitialData::read`] (a later segment at the same offset wins,
    /// as at instantiation).
    pub(crate) fn sort(&mut self) {
        self.segments.sort_by_key(|(o, _)| *o);
    }

    /// The little-endian value of `bytes` (at most 8) bytes at `addr`, where one segment holds
    /// them all.
    pub(crate) fn read(&self, addr: u64, bytes: usize) -> Option<u64> {
        let i = self.segments.partition_point(|(o, _)| *o <= addr);
        let (off, data) = self.segments.get(i.checked_sub(1)?)?;
        let start = usize::try_from(addr - off).ok()?;
        let b = data.get(start..start.checked_add(bytes)?)?;
        let mut v = [0u8; 8];
        v.get_mut(..bytes)?.copy_from_slice(b);
        Some(u64::from_le_bytes(v))
    }
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

pub(crate) fn bin_of(op: &Operator<'_>) -> Option<(Bin, bool)> {
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

pub(crate) fn un_of(op: &Operator<'_>) -> Option<Un> {
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
    data: InitialData<'a>,
}

/// An immutable global's constant value (`None` for a mutable one, or one set otherwise).
pub(crate) fn constant_global(g: &wasmparser::Global<'_>) -> Option<u64> {
    if g.ty.mutable {
        return None;
    }
    match g.init_expr.get_operators_reader().read() {
        Ok(Operator::I32Const { value }) => Some(u64::from(value as u32)),
        Ok(Operator::I64Const { value }) => Some(value as u64),
        _ => None,
    }
}

/// Reads the module's types, globals, exports and function bodies.
fn read_module<'a>(bytes: &'a [u8], notes: &mut Vec<String>) -> Option<Module<'a>> {
    let mut types = Types::default();
    let mut globals = Vec::new();
    let mut bodies = Vec::new();
    let mut exports = HashMap::default();
    let mut data = InitialData::default();
    for payload in Parser::new(0).parse_all(bytes) {
        let Ok(payload) = payload else {
            notes.push("structure: invalid wasm".into());
            return None;
        };
        types.section(&payload);
        match payload {
            Payload::ImportSection(r) => {
                for imp in r.into_imports().flatten() {
                    if let wasmparser::TypeRef::Global(_) = imp.ty {
                        globals.push(None);
                    }
                }
            }
            Payload::GlobalSection(r) => {
                globals.extend(r.into_iter().flatten().map(|g| constant_global(&g)));
            }
            Payload::ExportSection(r) => {
                for e in r.into_iter().flatten() {
                    if e.kind == wasmparser::ExternalKind::Func {
                        exports.entry(e.index).or_insert_with(|| e.name.to_owned());
                    }
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(body),
            Payload::DataSection(r) => {
                for d in r.into_iter().flatten() {
                    data.add(&d);
                }
            }
            _ => {}
        }
    }
    data.sort();
    Some(Module {
        types,
        globals,
        bodies,
        exports,
        data,
    })
}

/// Runs the structural pass over a module, reading at most `max_ops` operators (over all passes).
pub fn analyse(bytes: &[u8], max_ops: u64) -> Structure {
    analyse_only(bytes, max_ops, None)
}

/// [`analyse`], looking for loops only in the functions in `only` (by index, imports first),
/// then reading the functions their masked loops call; small functions are still read as
/// templates to inline wherever they are called.
pub fn analyse_only(
    bytes: &[u8],
    max_ops: u64,
    only: Option<&foldhash::HashSet<u32>>,
) -> Structure {
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
            rng: Rng(SEED),
            spent: 0,
        },
        inline: HashMap::default(),
        ops_left: max_ops,
        opaque: 0,
        inlined: 0,
    };
    // Templates for small functions first, so that any caller can inline any of them; then
    // for small functions that call only those (wrappers of wrappers, as an obfuscator run
    // twice makes them), a few levels deep.
    // Functions that are no template whatever else is (too big, an indirect call, a branch
    // no constant decides): read once, not once a level.
    let mut never: foldhash::HashSet<u32> = foldhash::HashSet::default();
    for _ in 0..TEMPLATE_LEVELS {
        let before = cx.inline.len();
        for (i, body) in module.bodies.iter().enumerate() {
            let f = module.types.imported + i as u32;
            if cx.inline.contains_key(&f) || never.contains(&f) {
                continue;
            }
            match cx.template(f, body) {
                Ok(t) => {
                    cx.inline.insert(f, t);
                }
                Err(Later::Never) => {
                    never.insert(f);
                }
                Err(Later::Maybe) => {}
            }
        }
        if cx.inline.len() == before {
            break;
        }
    }
    let imported = module.types.imported;
    let mut fns: Vec<FnRec> = vec![FnRec::default(); module.bodies.len()];
    let mut todo: Vec<u32> = match only {
        Some(o) => {
            let mut o: Vec<u32> = o.iter().copied().collect();
            o.sort_unstable();
            o
        }
        None => (imported..imported + module.bodies.len() as u32).collect(),
    };
    // With `only`, then the functions their masked loops call, as deep as a loop's summary
    // follows calls (templates are inlined: their calls are not calls).
    let mut read: foldhash::HashSet<u32> = todo.iter().copied().collect();
    let leaf_base = cx.b.next_leaf;
    for level in 0..=SUMMARY_LEVELS {
        for &f in &todo {
            let Some(body) = f
                .checked_sub(imported)
                .and_then(|i| module.bodies.get(i as usize))
            else {
                continue;
            };
            // Each function from the same state, whichever others are read: new values numbered
            // above the templates', samples drawn from the function's own seed.
            cx.b.next_leaf = leaf_base;
            cx.s.rng = Rng(SEED ^ u64::from(f).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            match cx.function(f, body, false, None) {
                Ok(r) => fns[(f - imported) as usize] = r.0,
                Err(e) => {
                    if out.notes.len() < 8 {
                        out.notes.push(format!("structure: function {f}: {e}"));
                    }
                }
            }
            if cx.ops_left == 0 {
                break;
            }
        }
        if only.is_none() || cx.ops_left == 0 {
            break;
        }
        todo = callees_to_read(&fns, imported, todo.into_iter(), level, &mut read);
        if todo.is_empty() {
            break;
        }
    }
    if cx.ops_left == 0 {
        out.notes
            .push("structure: stopped at the operator budget (bounded effort)".into());
    }
    if cx.s.exhausted() {
        out.notes
            .push("structure: stopped at the evaluation budget (bounded effort)".into());
    }
    out.loops = summarise(
        &fns,
        imported,
        &|f| module.exports.get(&f).cloned(),
        &|_| None,
        SUMMARY_LEVELS,
    );
    out.opaque_branches = cx.opaque;
    out.inlined_calls = cx.inlined;
    out
}

/// Why a function is no template: for good, or until the functions it calls are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Later {
    Never,
    Maybe,
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

impl<'a> Cx<'_, 'a> {
    /// A function small enough, free of loops and of calls but to functions inlined already,
    /// to inline as an expression. One with loops or a `br_table` is one too where constants
    /// decide its every branch (a flattened wrapper: see [`unroll`]): the path it takes. Not
    /// one: [`Later::Maybe`] where it calls a function that is no template yet.
    fn template(&mut self, f: u32, body: &wasmparser::FunctionBody<'a>) -> Result<Inline, Later> {
        let never = |_| Later::Never;
        let mut ops = body.get_operators_reader().map_err(never)?;
        let mut n = 0;
        let mut branchy = false;
        while !ops.eof() {
            let op = ops.read().map_err(never)?;
            n += 1;
            if n > INLINE_OPS || matches!(op, Operator::CallIndirect { .. }) {
                return Err(Later::Never);
            }
            if let Operator::Call { function_index } = op
                && !self.inline.contains_key(&function_index)
            {
                return Err(Later::Maybe);
            }
            branchy |= matches!(op, Operator::Loop { .. } | Operator::BrTable { .. });
            if branchy && n > BRANCHY_OPS {
                return Err(Later::Never);
            }
        }
        let path = if branchy {
            let mut rd = body.get_operators_reader().map_err(never)?;
            let mut all = Vec::with_capacity(n);
            while !rd.eof() {
                all.push(rd.read().map_err(never)?);
            }
            let ty = self.m.types.func(f).ok_or(Later::Never)?;
            let params = ty.params().len();
            let locals = unroll::locals_of(body, params, 50_000).ok_or(Later::Never)?;
            if self.ops_left < n as u64 {
                return Err(Later::Never);
            }
            self.ops_left -= n as u64;
            let path = unroll::straight_path(
                &self.m.types,
                &self.m.globals,
                &all,
                params,
                locals,
                INLINE_OPS,
            )
            .ok_or(Later::Never)?;
            Some(path)
        } else {
            None
        };
        match self.function(f, body, true, path) {
            Ok((_, Some(t))) => Ok(Inline { ops: n as u64, ..t }),
            _ => Err(Later::Never),
        }
    }

    /// Reads one function body. As a template, parameters are the leaves `PARAM_LEAF + i`.
    /// `path`: the operators to read instead of the body's (its locals still the body's).
    fn function(
        &mut self,
        f: u32,
        body: &wasmparser::FunctionBody<'a>,
        as_template: bool,
        path: Option<Vec<Operator<'a>>>,
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
        if let Some(p) = path {
            ops_vec = p;
        } else {
            let mut rd = body.get_operators_reader().map_err(|e| e.to_string())?;
            while !rd.eof() {
                if self.ops_left == 0 {
                    return Err("operator budget spent".into());
                }
                self.ops_left -= 1;
                ops_vec.push(rd.read().map_err(|e| e.to_string())?);
            }
        }
        let mut loop_sets: HashMap<usize, Vec<u32>> = HashMap::default();
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
            ops: 0,
            result: None,
            mem: Vec::new(),
            muls: 0,
            floats: 0,
        };
        let mut stack: Vec<Expr> = Vec::new();
        // Accesses in loops, classified at the end, when every local's definitions are known.
        let mut pending: Vec<Pending> = Vec::new();
        // Leaves standing for a local at a loop's head, and what the function assigns each local.
        let mut heads: HashMap<u32, u32> = HashMap::default();
        let mut defs: HashMap<u32, Vec<Expr>> = HashMap::default();
        // A mutable global read twice with nothing between that could change it is one value
        // (opaque predicates read theirs twice: `g * (g + 1)`).
        let mut gcache: HashMap<u32, Expr> = HashMap::default();
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
            if is_float_work(op) && !dead {
                rec.floats += 1;
                tmpl.floats += 1;
                for l in open_loops(&frames) {
                    rec.loops[l].floats += 1;
                }
            }
            if let Some((mem, bits)) = load_bits(op) {
                let a = pop(&mut stack, &mut self.b);
                let addr = self.b.bin(Bin::Add, false, a, konst(mem.offset));
                // From a constant address in the module's initial data: that constant.
                let known = int_load_bytes(op)
                    .zip(as_const(&addr))
                    .and_then(|((_, n), at)| self.m.data.read(at & 0xFFFF_FFFF, n));
                let v = match known {
                    Some(c) => konst(c),
                    None => self.b.fresh(bits),
                };
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
                    if !dead {
                        let cases = targets.len().saturating_add(1);
                        rec.dispatch = rec.dispatch.max(cases);
                        for l in open_loops(&frames) {
                            rec.loops[l].dispatch = rec.loops[l].dispatch.max(cases);
                        }
                    }
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
                        // Inline: the callee's accesses and result in the caller's terms, its
                        // operators spent again from the budget.
                        if self.ops_left < t.ops {
                            return Err("operator budget spent".into());
                        }
                        self.ops_left -= t.ops;
                        self.inlined += 1;
                        let mut fresh: HashMap<u32, Expr> = HashMap::default();
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
                        for (store, addr, id) in &t.mem {
                            if dead {
                                continue;
                            }
                            let a = substitute(&mut self.b, addr, &map);
                            if as_template {
                                // A wrapper of wrappers: the inner one's accesses are the
                                // outer one's, their loaded values new leaves of its own.
                                let loaded = id.and_then(|(i, _)| fresh.get(&i)).and_then(|e| {
                                    match e.node {
                                        Node::Leaf(i, bits) => Some((i, bits)),
                                        _ => None,
                                    }
                                });
                                tmpl.mem.push((*store, a, loaded));
                            } else {
                                self.access(&mut rec, &frames, &mut pending, a, *store);
                            }
                        }
                        if !dead && (t.muls > 0 || t.floats > 0) {
                            tmpl.muls += t.muls;
                            tmpl.floats += t.floats;
                            rec.muls += t.muls;
                            rec.floats += t.floats;
                            for l in open_loops(&frames) {
                                rec.loops[l].muls += t.muls;
                                rec.loops[l].floats += t.floats;
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
                let defs_of = |id: u32| heads.get(&id).and_then(|l| defs.get(l)).cloned();
                for e in expansions(&mut self.b, &p.addr, &defs_of) {
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// Active segments of memory 0 at constant offsets are read back whole, little-endian,
    /// where one segment holds every byte read; passive segments, other memories and reads that
    /// run past a segment's end give nothing.
    #[test]
    fn initial_data_reads_what_the_active_segments_put_in_memory_zero() {
        use wasm_encoder::{ConstExpr, DataSection, MemorySection, MemoryType, Module};
        let mut m = Module::new();
        let mut mem = MemorySection::new();
        for _ in 0..2 {
            mem.memory(MemoryType {
                minimum: 1,
                maximum: None,
                memory64: false,
                shared: false,
                page_size_log2: None,
            });
        }
        m.section(&mem);
        let mut data = DataSection::new();
        data.active(0, &ConstExpr::i32_const(1024), 0x1F_FFF0u32.to_le_bytes());
        data.active(
            0,
            &ConstExpr::i32_const(16),
            0x0123_4567_89AB_CDEFu64.to_le_bytes(),
        );
        data.active(1, &ConstExpr::i32_const(2048), [1, 2, 3, 4]);
        data.passive([5, 6, 7, 8]);
        m.section(&data);
        let bytes = m.finish();
        let mut d = InitialData::default();
        for p in Parser::new(0).parse_all(&bytes) {
            if let Payload::DataSection(r) = p.unwrap() {
                for seg in r.into_iter() {
                    d.add(&seg.unwrap());
                }
            }
        }
        d.sort();
        assert_eq!(d.read(1024, 4), Some(0x1F_FFF0));
        assert_eq!(d.read(16, 8), Some(0x0123_4567_89AB_CDEF));
        assert_eq!(d.read(20, 4), Some(0x0123_4567));
        assert_eq!(d.read(1026, 4), None, "runs past the segment's end");
        assert_eq!(d.read(1020, 4), None, "before the segment");
        assert_eq!(d.read(2048, 4), None, "memory 1");
        assert_eq!(d.read(0, 4), None, "the passive segment is nowhere yet");
    }
}
