//! Bounded execution: the second opinion on WebAssembly whose structure says nothing.
//!
//! The structural pass ([`super::wasm_flow`]) finds CryptoNight's memory-hard loop where an
//! address is masked by a constant it can fold. A core that keeps its mask (or every constant)
//! in memory, computed at run time, hides that loop from any static reading; what it cannot hide
//! is what the loop does when it runs: read 16 bytes at a pseudo-random address of a
//! power-of-two scratchpad, write them back changed, over and over.
//!
//! So the module is run, under hard caps, and watched:
//! - `instrument` rewrites it so that every 8- and 16-byte load and every store of memory 0
//!   first hands its address to the host (an import added for it), and exports the functions
//!   worth calling (those with a loop) under names of our own.
//! - The rewritten module runs in wasmi, a pure-Rust interpreter (no JIT, no host access),
//!   every import of the module replaced by a stub that returns zeros: imported memories,
//!   tables and globals are made fresh. Caps ([`Limits`]): fuel for the whole run and for each
//!   call (every operator costs fuel, so infinite loops end), memory and table sizes
//!   (`memory.grow` bombs fail), the interpreter's recursion depth and value stack (deep
//!   recursion traps), the number of calls and, natively, wall time (checked between fuel
//!   slices; the wasm32 build used by the browser extension has no clock and relies on fuel).
//! - The exports are called with arguments shaped like a hash function's (a pointer to zeroed
//!   memory, a length, another pointer), then the loop functions; `Watch` looks at the stream
//!   of accesses for read-modify-writes (stores to a 64-byte line loaded shortly before) whose
//!   addresses are spread pseudo-randomly over a region whose extent is a power of two of at
//!   least 64 KiB, one to a few units of 8 or 16 bytes at a time.
//!
//! It runs only where a cheap trigger fired and the structural pass found no loop (see
//! [`super::wasm::analyse`]), and what it sees is evidence with the function, the region and the
//! fuel it took; what it does not see proves nothing (a core may need arguments we cannot
//! guess, or more fuel than we give).

use foldhash::HashMap;
use std::convert::Infallible;

use wasm_encoder::reencode::{Reencode, utils};
use wasm_encoder::{Encode, Instruction, ValType};
use wasmparser::{Operator, Parser, Payload};

/// Caps on one bounded run.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Fuel (about one unit per operator) for the whole run: instantiation and every call.
    pub fuel: u64,
    /// Fuel for one call of one function.
    pub fuel_per_call: u64,
    /// Fuel between checks of the wall clock.
    pub slice: u64,
    /// Bytes of linear memory the module may hold (initial and grown).
    pub memory_bytes: usize,
    /// Elements a table may hold.
    pub table_elements: usize,
    /// Nested calls the interpreter allows.
    pub recursion: usize,
    /// Calls made (functions times argument shapes).
    pub calls: usize,
    /// Wall time for the whole run, milliseconds (native builds only).
    pub wall_ms: u64,
    /// Bytes of the module; larger ones are not run.
    pub module_bytes: usize,
}

/// The caps the scanner uses. Natively up to two seconds of interpretation (about a billion
/// units of fuel a second here): a 2 MiB core shows its walk after about 37 million units of
/// fuel plain, 1.4 billion through every obfuscating transform; the wasm32 build (the browser extension, interpreted inside an
/// interpreter and without a clock) gets a fifth of the fuel.
pub const LIMITS: Limits = Limits {
    #[cfg(not(target_arch = "wasm32"))]
    fuel: 2_000_000_000,
    #[cfg(target_arch = "wasm32")]
    fuel: 400_000_000,
    #[cfg(not(target_arch = "wasm32"))]
    fuel_per_call: 1_500_000_000,
    #[cfg(target_arch = "wasm32")]
    fuel_per_call: 300_000_000,
    slice: 10_000_000,
    memory_bytes: 64 << 20,
    table_elements: 1 << 16,
    recursion: 512,
    calls: 48,
    wall_ms: 2_000,
    module_bytes: 8 << 20,
};

/// What a run saw.
#[derive(Debug, Default)]
pub struct Observation {
    /// The memory-hard pattern, if it was seen.
    pub found: Option<Pattern>,
    /// Fuel spent in all.
    pub fuel_used: u64,
    /// Calls made.
    pub calls: usize,
    /// Why the run stopped early or what could not be run.
    pub notes: Vec<String>,
}

/// Read-modify-writes at pseudo-random addresses over a power-of-two region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The function that wrote (index, imports first, in the module as given).
    pub function: u32,
    /// The function that was called to get there.
    pub called: u32,
    /// The module's export name for it, if it has one.
    pub export: Option<String>,
    /// The lowest address written.
    pub base: u64,
    /// log2 of the region's extent.
    pub log2: u32,
    /// Read-modify-writes looked at (repeated addresses set aside).
    pub events: usize,
    /// Distinct 16-byte units among them.
    pub distinct: usize,
    /// Bytes written back at a time (the median).
    pub unit: u32,
    /// Fuel spent when it was seen.
    pub fuel: u64,
}

impl Pattern {
    /// The evidence line.
    pub fn describe(&self) -> String {
        let entry = match &self.export {
            Some(e) => format!("export `{e}`"),
            None => format!("function {}", self.called),
        };
        let name = if self.function == self.called {
            match &self.export {
                Some(e) => format!("function {} (export `{e}`)", self.function),
                None => format!("function {}", self.function),
            }
        } else {
            format!("function {}, reached from {entry},", self.function)
        };
        format!(
            "{name} run in a bounded interpreter ({} fuel): {} read-modify-writes of {} bytes at pseudo-random addresses ({} distinct 16-byte units) spread over a {} region (2^{}) from {:#x}",
            self.fuel,
            self.events,
            self.unit,
            self.distinct,
            size(1 << self.log2),
            self.log2,
            self.base
        )
    }
}

fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{} KiB", bytes >> 10)
    }
}

/// One instrumented access: where it is in the code and what it moves.
#[derive(Debug, Clone, Copy)]
struct Site {
    offset: u64,
    width: u32,
    store: bool,
    function: u32,
}

/// The module as rewritten for watching.
struct Instrumented {
    bytes: Vec<u8>,
    sites: Vec<Site>,
    /// Functions to call, in order: (export name in the rewritten module, function index in
    /// the original, the name the module gave it).
    calls: Vec<(String, u32, Option<String>)>,
}

/// What the rewriter needs to know of the module before it writes it.
#[derive(Default)]
struct Shape {
    /// Parameter types of each type (None: not a function type).
    types: Vec<Option<Vec<wasmparser::ValType>>>,
    /// Type of each function, imports first.
    funcs: Vec<u32>,
    imported_funcs: u32,
    /// Function exports: (name, index).
    exports: Vec<(String, u32)>,
    /// Function bodies read so far.
    bodies: u32,
    /// Defined functions with a loop.
    looping: Vec<u32>,
    has_types: bool,
    memory64: bool,
    has_memory: bool,
}

const TRACE_MODULE: &str = "minewatch";
const TRACE_NAME: &str = "trace";
const MEMORY_EXPORT: &str = "minewatch:memory";
/// Functions with a loop exported for calling, at most.
const MAX_LOOP_EXPORTS: usize = 32;
/// Instrumented sites, at most (a site id is an i32).
const MAX_SITES: usize = 1 << 22;

fn shape(bytes: &[u8]) -> Result<Shape, String> {
    let mut s = Shape::default();
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| e.to_string())? {
            Payload::TypeSection(r) => {
                s.has_types = true;
                for group in r {
                    for t in group.map_err(|e| e.to_string())?.into_types() {
                        s.types.push(match &t.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) => Some(f.params().to_vec()),
                            _ => None,
                        });
                    }
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    match imp.map_err(|e| e.to_string())?.ty {
                        wasmparser::TypeRef::Func(t) | wasmparser::TypeRef::FuncExact(t) => {
                            s.funcs.push(t);
                            s.imported_funcs += 1;
                        }
                        wasmparser::TypeRef::Memory(m) => {
                            s.has_memory = true;
                            s.memory64 |= m.memory64;
                        }
                        _ => {}
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    s.funcs.push(t.map_err(|e| e.to_string())?);
                }
            }
            Payload::MemorySection(r) => {
                for m in r {
                    let m = m.map_err(|e| e.to_string())?;
                    s.has_memory = true;
                    s.memory64 |= m.memory64;
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e.map_err(|e| e.to_string())?;
                    match e.kind {
                        wasmparser::ExternalKind::Func | wasmparser::ExternalKind::FuncExact => {
                            s.exports.push((e.name.to_owned(), e.index))
                        }
                        _ => {}
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let index = s.imported_funcs + s.bodies;
                s.bodies += 1;
                let mut ops = body.get_operators_reader().map_err(|e| e.to_string())?;
                let mut looped = false;
                while !ops.eof() {
                    if let Operator::Loop { .. } = ops.read().map_err(|e| e.to_string())? {
                        looped = true;
                        break;
                    }
                }
                if looped {
                    s.looping.push(index);
                }
            }
            _ => {}
        }
    }
    Ok(s)
}

/// Where a section comes in a module (the binary format's order, not its ids).
fn rank(id: wasm_encoder::SectionId) -> u8 {
    use wasm_encoder::SectionId as S;
    match id {
        S::Custom => 0,
        S::Type => 1,
        S::Import => 2,
        S::Function => 3,
        S::Table => 4,
        S::Memory => 5,
        S::Tag => 6,
        S::Global => 7,
        S::Export => 8,
        S::Start => 9,
        S::Element => 10,
        S::DataCount => 11,
        S::Code => 12,
        S::Data => 13,
    }
}

struct Rewriter<'a> {
    shape: &'a Shape,
    /// The module read (bodies are copied from it by offset).
    bytes: &'a [u8],
    trace_type: u32,
    sites: Vec<Site>,
    /// Exports added: (name, index in the original module).
    extra: Vec<(String, u32)>,
    imports_done: bool,
    exports_done: bool,
    bodies: u32,
}

impl Rewriter<'_> {
    fn add_trace_import(&mut self, imports: &mut wasm_encoder::ImportSection) {
        imports.import(
            TRACE_MODULE,
            TRACE_NAME,
            wasm_encoder::EntityType::Function(self.trace_type),
        );
        self.imports_done = true;
    }

    fn add_exports(&mut self, exports: &mut wasm_encoder::ExportSection) {
        for (name, index) in &self.extra {
            exports.export(name, wasm_encoder::ExportKind::Func, index + 1);
        }
        // Memory 0 under a name of ours too, whatever the module calls it, if anything.
        exports.export(MEMORY_EXPORT, wasm_encoder::ExportKind::Memory, 0);
        self.exports_done = true;
    }

    fn site(&mut self, offset: u64, width: u32, store: bool, function: u32) -> Option<i32> {
        if self.sites.len() >= MAX_SITES {
            return None;
        }
        self.sites.push(Site {
            offset,
            width,
            store,
            function,
        });
        Some(self.sites.len() as i32 - 1)
    }
}

impl Reencode for Rewriter<'_> {
    type Error = Infallible;

    fn function_index(
        &mut self,
        func: u32,
    ) -> Result<u32, wasm_encoder::reencode::Error<Self::Error>> {
        // The trace import comes after the module's own imports.
        Ok(if func >= self.shape.imported_funcs {
            func + 1
        } else {
            func
        })
    }

    fn parse_type_section(
        &mut self,
        types: &mut wasm_encoder::TypeSection,
        section: wasmparser::TypeSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        utils::parse_type_section(self, types, section)?;
        types.ty().function([ValType::I32, ValType::I32], []);
        Ok(())
    }

    fn parse_import_section(
        &mut self,
        imports: &mut wasm_encoder::ImportSection,
        section: wasmparser::ImportSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        utils::parse_import_section(self, imports, section)?;
        self.add_trace_import(imports);
        Ok(())
    }

    fn parse_export_section(
        &mut self,
        exports: &mut wasm_encoder::ExportSection,
        section: wasmparser::ExportSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        utils::parse_export_section(self, exports, section)?;
        self.add_exports(exports);
        Ok(())
    }

    fn intersperse_section_hook(
        &mut self,
        module: &mut wasm_encoder::Module,
        after: Option<wasm_encoder::SectionId>,
        before: Option<wasm_encoder::SectionId>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        // A module without imports or exports gets the sections here, in their place.
        let next = before.map_or(u8::MAX, rank);
        if after.is_some() && !self.imports_done && next > rank(wasm_encoder::SectionId::Import) {
            let mut imports = wasm_encoder::ImportSection::new();
            self.add_trace_import(&mut imports);
            module.section(&imports);
        }
        if after.is_some() && !self.exports_done && next > rank(wasm_encoder::SectionId::Export) {
            let mut exports = wasm_encoder::ExportSection::new();
            self.add_exports(&mut exports);
            module.section(&exports);
        }
        Ok(())
    }

    fn parse_custom_section(
        &mut self,
        _module: &mut wasm_encoder::Module,
        _section: wasmparser::CustomSectionReader<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        // Names would name the wrong functions once indices shift; nothing else is needed.
        Ok(())
    }

    fn parse_function_body(
        &mut self,
        code: &mut wasm_encoder::CodeSection,
        func: wasmparser::FunctionBody<'_>,
    ) -> Result<(), wasm_encoder::reencode::Error<Self::Error>> {
        let index = self.shape.imported_funcs + self.bodies;
        self.bodies += 1;
        let params = self
            .shape
            .funcs
            .get(index as usize)
            .and_then(|t| self.shape.types.get(*t as usize))
            .and_then(|t| t.as_ref())
            .map_or(0, |p| p.len() as u32);
        let mut locals = Vec::new();
        let mut declared = 0u32;
        for pair in func.get_locals_reader()? {
            let (n, t) = pair?;
            declared += n;
            locals.push((n, self.val_type(t)?));
        }
        // Scratch locals: the address, and a value of each type a watched store moves.
        let addr = params + declared;
        let (v_i32, v_i64, v_f32, v_f64, v_v128) =
            (addr + 1, addr + 2, addr + 3, addr + 4, addr + 5);
        locals.extend([
            (2, ValType::I32),
            (1, ValType::I64),
            (1, ValType::F32),
            (1, ValType::F64),
        ]);
        let trace = self.shape.imported_funcs;
        // The body is copied as it is written, but for what changes: the instructions that
        // name a function (renumbered: the trace import comes first) and the watched accesses
        // (a call of the trace before each). Re-encoding every instruction made cardano's 2.8 MB
        // module take 144 ms to judge instead of 100.
        let module = self.bytes;
        let body = func.range();
        let mut out: Vec<u8> =
            Vec::with_capacity(body.end.saturating_sub(body.start) as usize + 64);
        let mut simd = false;
        let mut reader = func.get_operators_reader()?;
        let mut copied = reader.original_position() as usize;
        while !reader.eof() {
            let start = reader.original_position() as usize;
            let op = reader.read()?;
            let renumbered = matches!(
                op,
                Operator::Call { .. } | Operator::ReturnCall { .. } | Operator::RefFunc { .. }
            );
            // Loads of 8 and 16 bytes (what a scratchpad is read in: narrower loads are table
            // lookups, too many to watch), and stores of every width.
            let watched = match &op {
                Operator::I64Load { memarg } | Operator::F64Load { memarg } => {
                    Some((memarg, 8, None))
                }
                Operator::V128Load { memarg } => Some((memarg, 16, None)),
                Operator::I32Store8 { memarg } => Some((memarg, 1, Some(v_i32))),
                Operator::I32Store16 { memarg } => Some((memarg, 2, Some(v_i32))),
                Operator::I32Store { memarg } => Some((memarg, 4, Some(v_i32))),
                Operator::I64Store8 { memarg } => Some((memarg, 1, Some(v_i64))),
                Operator::I64Store16 { memarg } => Some((memarg, 2, Some(v_i64))),
                Operator::I64Store32 { memarg } => Some((memarg, 4, Some(v_i64))),
                Operator::I64Store { memarg } => Some((memarg, 8, Some(v_i64))),
                Operator::F32Store { memarg } => Some((memarg, 4, Some(v_f32))),
                Operator::F64Store { memarg } => Some((memarg, 8, Some(v_f64))),
                Operator::V128Store { memarg } => Some((memarg, 16, Some(v_v128))),
                _ => None,
            }
            .filter(|(m, _, _)| mem0(m))
            .map(|(m, w, v)| (m.offset, w, v));
            let site = match watched {
                Some((offset, width, value)) => self
                    .site(offset, width, value.is_some(), index)
                    .map(|s| (s, value)),
                None => None,
            };
            if site.is_none() && !renumbered {
                continue;
            }
            let end = reader.original_position() as usize;
            out.extend_from_slice(module.get(copied..start).unwrap_or_default());
            if let Some((site, value)) = site {
                simd |= value == Some(v_v128);
                if let Some(v) = value {
                    Instruction::LocalSet(v).encode(&mut out);
                }
                Instruction::LocalTee(addr).encode(&mut out);
                Instruction::I32Const(site).encode(&mut out);
                Instruction::Call(trace).encode(&mut out);
                Instruction::LocalGet(addr).encode(&mut out);
                if let Some(v) = value {
                    Instruction::LocalGet(v).encode(&mut out);
                }
            }
            if renumbered {
                self.instruction(op)?.encode(&mut out);
            } else {
                out.extend_from_slice(module.get(start..end).unwrap_or_default());
            }
            copied = end;
        }
        let end = reader.original_position() as usize;
        out.extend_from_slice(module.get(copied..end).unwrap_or_default());
        // A v128 scratch local only where a 16-byte store needs it: an interpreter built
        // without SIMD (the extension's) still takes the modules that use none.
        if simd {
            locals.push((1, ValType::V128));
        }
        let mut f = wasm_encoder::Function::new(locals);
        f.raw(out);
        code.function(&f);
        Ok(())
    }
}

/// Whether an access is to linear memory 0.
fn mem0(m: &wasmparser::MemArg) -> bool {
    m.target == wasmparser::MemArgTarget::Memory(0)
}

/// Rewrites `bytes` for watching (see the module's documentation).
fn instrument(bytes: &[u8]) -> Result<Instrumented, String> {
    let shape = shape(bytes)?;
    if !shape.has_types {
        return Err("no function types".into());
    }
    if !shape.has_memory {
        return Err("no linear memory".into());
    }
    if shape.memory64 {
        return Err("64-bit memory is not watched".into());
    }
    let exported: std::collections::HashSet<u32> = shape.exports.iter().map(|e| e.1).collect();
    let extra: Vec<(String, u32)> = shape
        .looping
        .iter()
        .filter(|i| !exported.contains(i))
        .take(MAX_LOOP_EXPORTS)
        .map(|i| (format!("minewatch:f{i}"), *i))
        .collect();
    let mut calls: Vec<(String, u32, Option<String>)> = shape
        .exports
        .iter()
        .map(|(n, i)| (n.clone(), *i, Some(n.clone())))
        .collect();
    calls.extend(extra.iter().map(|(n, i)| (n.clone(), *i, None)));
    let mut rw = Rewriter {
        shape: &shape,
        bytes,
        trace_type: shape.types.len() as u32,
        sites: Vec::new(),
        extra,
        imports_done: false,
        exports_done: false,
        bodies: 0,
    };
    let mut module = wasm_encoder::Module::new();
    rw.parse_core_module(&mut module, Parser::new(0), bytes)
        .map_err(|e| format!("{e:?}"))?;
    Ok(Instrumented {
        bytes: module.finish(),
        sites: rw.sites,
        calls,
    })
}

/// Lines remembered for matching a store with an earlier load of its line.
const LINES: usize = 4096;
/// How many accesses back a load still makes a store a read-modify-write: CryptoNight writes
/// a unit back a few accesses after reading it; RandomX writes its two lines back after a
/// whole program (hundreds of loads, and a dataset item's).
const HORIZON: u64 = 8192;
/// Read-modify-writes judged at a time.
const WINDOW: usize = 4096;
/// How often (in read-modify-writes) the window is judged.
const JUDGE_EVERY: u64 = 1024;
/// Read-modify-writes of a window left once repeated addresses are set aside, at least.
const MIN_WALK: usize = 256;
/// The smallest region that counts: 64 KiB.
const MIN_REGION_LOG2: u32 = 16;

/// What the pattern test found in a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    base: u64,
    log2: u32,
    events: usize,
    distinct: usize,
    unit: u32,
    function: u32,
}

/// Watches the stream of accesses for the memory-hard pattern.
struct Watch {
    /// The 64-byte lines loaded lately: (line, when), by a hash of the line.
    lines: Vec<(u64, u64)>,
    /// Accesses so far.
    clock: u64,
    /// Addresses of read-modify-writes (a store to a line a recent load read), one per 64
    /// bytes touched in a row.
    events: Vec<u64>,
    next_event: usize,
    /// Bytes stored at the current event's addresses, and at each event's in the window.
    bytes: Vec<u32>,
    last: u64,
    total: u64,
    found: Option<Seen>,
}

impl Default for Watch {
    fn default() -> Self {
        Watch {
            lines: vec![(u64::MAX, 0); LINES],
            clock: 0,
            events: Vec::with_capacity(WINDOW),
            next_event: 0,
            bytes: Vec::with_capacity(WINDOW),
            last: u64::MAX,
            total: 0,
            found: None,
        }
    }
}

impl Watch {
    /// One access of `width` bytes at `addr`, in `function`; true when the pattern is first seen.
    fn access(&mut self, addr: u64, width: u32, store: bool, function: u32) -> bool {
        if self.found.is_some() {
            return false;
        }
        self.clock += 1;
        let line = addr >> 6;
        let slot = |line: u64| ((line ^ (line >> 12)) as usize) % LINES;
        if !store {
            self.lines[slot(line)] = (line, self.clock);
            let last = (addr + u64::from(width) - 1) >> 6;
            if last != line {
                self.lines[slot(last)] = (last, self.clock);
            }
            return false;
        }
        let (seen, at) = self.lines[slot(line)];
        if seen != line || self.clock - at > HORIZON {
            return false;
        }
        // The same unit written in pieces, or its neighbours in one line, count once.
        if self.last != u64::MAX && addr.abs_diff(self.last) < 64 {
            if let Some(b) = self
                .bytes
                .get_mut((self.next_event + WINDOW - 1) % WINDOW)
                .filter(|_| self.total > 0)
            {
                *b += width;
            }
            return false;
        }
        self.last = addr;
        if self.events.len() < WINDOW {
            self.events.push(addr);
            self.bytes.push(width);
        } else {
            self.events[self.next_event] = addr;
            self.bytes[self.next_event] = width;
        }
        self.next_event = (self.next_event + 1) % WINDOW;
        self.total += 1;
        if self.events.len() == WINDOW && self.total.is_multiple_of(JUDGE_EVERY) {
            self.found = judge(&self.events, &self.bytes).map(|s| Seen { function, ..s });
            return self.found.is_some();
        }
        false
    }
}

/// The pattern test over a window of read-modify-write addresses (with the bytes written at
/// each): what it saw when they are word-aligned units spread pseudo-randomly over a region
/// whose extent is a power of two of at least 64 KiB. Addresses written again and again (a local spilled to the stack, a
/// counter) are left out first: a scratchpad walk rarely comes back to one unit.
fn judge(events: &[u64], bytes: &[u32]) -> Option<Seen> {
    // Setting repeated addresses aside only narrows the extent: a window whose whole extent
    // is under the smallest region is judged without counting (bignum and stack traffic).
    let lo = *events.iter().min()?;
    let hi = *events.iter().max()?;
    if 64 - (hi - lo + 15).leading_zeros() < MIN_REGION_LOG2 {
        return None;
    }
    let mut counts: HashMap<u64, u32> =
        HashMap::with_capacity_and_hasher(events.len(), Default::default());
    for e in events {
        *counts.entry(*e).or_default() += 1;
    }
    let (walk, sizes): (Vec<u64>, Vec<u32>) = events
        .iter()
        .zip(bytes)
        .filter(|(e, _)| counts[*e] < 4)
        .map(|(e, b)| (*e, *b))
        .unzip();
    let n = walk.len();
    if n < MIN_WALK {
        return None;
    }
    let lo = *walk.iter().min()?;
    let hi = *walk.iter().max()?;
    let span = hi - lo + 16;
    let log2 = 64 - (span - 1).leading_zeros();
    // The extent nearly fills a power of two (n uniform samples leave about 2/n of it bare).
    if log2 < MIN_REGION_LOG2 || span * 10 < (1u64 << log2) * 9 {
        return None;
    }
    // The bytes written back at a time, as the evidence states them.
    let mut sizes = sizes;
    sizes.sort_unstable();
    let unit = sizes[n / 2];
    // Spread: every sixteenth of the region is hit, and few steps are short (a walk, a copy
    // or a fill moves through neighbouring addresses; a scratchpad walk jumps).
    let region = 1u64 << log2;
    let mut buckets = [0usize; 16];
    for e in &walk {
        buckets[(((e - lo) * 16) / region).min(15) as usize] += 1;
    }
    if buckets.iter().any(|b| *b * 64 < n) {
        return None;
    }
    let short = walk
        .windows(2)
        .filter(|w| w[0].abs_diff(w[1]) <= region / 64)
        .count();
    if short * 8 > n {
        return None;
    }
    // Few units hit twice: about as many distinct as n uniform draws from the region's units
    // give (U(1 - e^(-n/U))), at least three quarters of that.
    let mut units: Vec<u64> = walk.iter().map(|e| (e - lo) >> 4).collect();
    units.sort_unstable();
    units.dedup();
    let u = (region / 16) as f64;
    let expected = u * (1.0 - (-(n as f64) / u).exp());
    if (units.len() as f64) < 0.75 * expected {
        return None;
    }
    Some(Seen {
        base: lo,
        log2,
        events: n,
        distinct: units.len(),
        unit,
        function: 0,
    })
}

/// The store's data: the sites, the watch, the caps, and what is being called.
struct Host {
    sites: Vec<Site>,
    watch: Watch,
    limits: wasmi::StoreLimits,
}

/// The host side of the trace import.
fn trace(mut caller: wasmi::Caller<'_, Host>, addr: i32, site: i32) -> Result<(), wasmi::Error> {
    let h = caller.data_mut();
    let Some(s) = h.sites.get(site as u32 as usize).copied() else {
        return Ok(());
    };
    let at = u64::from(addr as u32) + s.offset;
    if h.watch.access(at, s.width, s.store, s.function) {
        // Seen: no need to run further.
        return Err(wasmi::Error::new("minewatch: pattern seen"));
    }
    Ok(())
}

/// Wall time, where there is a clock (the wasm32 build has none and relies on fuel).
struct Clock {
    #[cfg(not(target_arch = "wasm32"))]
    until: std::time::Instant,
}

impl Clock {
    fn start(_ms: u64) -> Clock {
        Clock {
            #[cfg(not(target_arch = "wasm32"))]
            until: std::time::Instant::now() + std::time::Duration::from_millis(_ms),
        }
    }

    fn expired(&self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        return std::time::Instant::now() >= self.until;
        #[cfg(target_arch = "wasm32")]
        return false;
    }
}

/// Fuel given out and taken back.
struct Fuel {
    left: u64,
    used: u64,
}

/// Runs at once in one process; more wait for a turn.
pub const MAX_RUNNING: usize = 2;

static RUNNING: std::sync::Mutex<usize> = std::sync::Mutex::new(0);
static FREED: std::sync::Condvar = std::sync::Condvar::new();
/// The most runs seen at once (for the test of the bound).
static PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A turn to run: held for the run, given back when dropped.
struct Turn;

impl Turn {
    fn take() -> Turn {
        let mut n = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
        // Single-threaded builds (wasm32) never get here with a full count, so never wait.
        while *n >= MAX_RUNNING {
            n = FREED.wait(n).unwrap_or_else(|e| e.into_inner());
        }
        *n += 1;
        PEAK.fetch_max(*n, std::sync::atomic::Ordering::Relaxed);
        Turn
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        let mut n = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
        *n = n.saturating_sub(1);
        FREED.notify_one();
    }
}

/// Runs `bytes` under `limits` and watches it (see the module's documentation).
pub fn observe(bytes: &[u8], limits: &Limits) -> Observation {
    let mut obs = Observation::default();
    if bytes.len() > limits.module_bytes {
        obs.notes.push(format!(
            "not run: {} bytes is over the {} byte limit for bounded execution",
            bytes.len(),
            limits.module_bytes
        ));
        return obs;
    }
    let inst = match instrument(bytes) {
        Ok(i) => i,
        Err(e) => {
            obs.notes.push(format!("not run: {e}"));
            return obs;
        }
    };
    // Each run may hold `memory_bytes` of linear memory: only so many at once in a process
    // (a server scanning many uploads), the others wait their turn, and their clock starts then.
    let _turn = Turn::take();
    let clock = Clock::start(limits.wall_ms);
    let mut fuel = Fuel {
        left: limits.fuel,
        used: 0,
    };
    if let Err(e) = run(inst, limits, &clock, &mut fuel, &mut obs) {
        obs.notes.push(format!("bounded execution stopped: {e}"));
    }
    obs.fuel_used = fuel.used;
    obs
}

fn run(
    inst: Instrumented,
    limits: &Limits,
    clock: &Clock,
    fuel: &mut Fuel,
    obs: &mut Observation,
) -> Result<(), wasmi::Error> {
    let mut config = wasmi::Config::default();
    config
        .consume_fuel(true)
        .compilation_mode(wasmi::CompilationMode::Lazy)
        .set_max_recursion_depth(limits.recursion)
        .set_max_stack_height(1 << 20)
        .set_max_cached_stacks(1);
    let engine = wasmi::Engine::new(&config);
    let module = wasmi::Module::new(&engine, &inst.bytes)?;
    let host = Host {
        sites: inst.sites,
        watch: Watch::default(),
        limits: wasmi::StoreLimitsBuilder::new()
            .memory_size(limits.memory_bytes)
            .table_elements(limits.table_elements)
            .instances(1)
            .tables(16)
            .memories(1)
            .build(),
    };
    let mut store = wasmi::Store::new(&engine, host);
    store.limiter(|h| &mut h.limits);
    let mut linker = wasmi::Linker::<Host>::new(&engine);
    for import in module.imports() {
        let (m, n) = (import.module(), import.name());
        let ext: wasmi::Extern = match import.ty() {
            wasmi::ExternType::Func(_) if m == TRACE_MODULE && n == TRACE_NAME => {
                wasmi::Func::wrap(&mut store, trace).into()
            }
            wasmi::ExternType::Func(ft) => {
                // Every import is a stub that returns zeros.
                let results: Vec<wasmi::ValType> = ft.results().to_vec();
                wasmi::Func::new(&mut store, ft.clone(), move |_, _, out| {
                    for (o, t) in out.iter_mut().zip(&results) {
                        *o = wasmi::Val::default_for_ty(*t);
                    }
                    Ok(())
                })
                .into()
            }
            wasmi::ExternType::Memory(mt) => wasmi::Memory::new(&mut store, *mt)?.into(),
            wasmi::ExternType::Table(tt) => {
                wasmi::Table::new(&mut store, *tt, wasmi::Ref::null(tt.element()))?.into()
            }
            wasmi::ExternType::Global(gt) => wasmi::Global::new(
                &mut store,
                wasmi::Val::default_for_ty(gt.content()),
                gt.mutability(),
            )
            .into(),
        };
        linker.define(m, n, ext)?;
    }
    let start = limits.fuel_per_call.min(fuel.left);
    store.set_fuel(start)?;
    let instance = linker.instantiate_and_start(&mut store, &module);
    let left = store.get_fuel()?;
    fuel.used += start - left;
    fuel.left -= start - left;
    let instance = instance?;
    let memory = instance
        .get_memory(&store, MEMORY_EXPORT)
        .ok_or_else(|| wasmi::Error::new("memory 0 is not exported"))?;
    // Arguments point into two fresh pages of zeros at the end of memory (or, if it cannot
    // grow, its second page).
    let p: u64 = match memory.grow(&mut store, 2) {
        Ok(pages) => pages * 65536,
        Err(_) => 65536.min(memory.size(&store) * 65536 / 2),
    };
    for (name, index, export) in &inst.calls {
        let Some(func) = instance.get_func(&store, name) else {
            continue;
        };
        let ty = func.ty(&store);
        let numeric = |t: &wasmi::ValType| {
            matches!(
                t,
                wasmi::ValType::I32
                    | wasmi::ValType::I64
                    | wasmi::ValType::F32
                    | wasmi::ValType::F64
            )
        };
        if !ty.params().iter().all(numeric) || !ty.results().iter().all(numeric) {
            continue;
        }
        for shape in arguments(ty.params(), p) {
            if obs.calls >= limits.calls || fuel.left == 0 || clock.expired() {
                obs.notes.push(format!(
                    "bounded execution stopped after {} calls, {} fuel",
                    obs.calls, fuel.used
                ));
                return Ok(());
            }
            obs.calls += 1;
            let mut results: Vec<wasmi::Val> = ty
                .results()
                .iter()
                .map(|t| wasmi::Val::default_for_ty(*t))
                .collect();
            let ran_out = call(&mut store, func, &shape, &mut results, limits, clock, fuel);
            if let Some(seen) = store.data().watch.found {
                obs.found = Some(Pattern {
                    function: seen.function,
                    called: *index,
                    export: export.clone(),
                    base: seen.base,
                    log2: seen.log2,
                    events: seen.events,
                    distinct: seen.distinct,
                    unit: seen.unit,
                    fuel: fuel.used,
                });
                return Ok(());
            }
            if ran_out {
                // It was still running: these arguments did not make it return at once, so it
                // had its chance; others would only spend the fuel again.
                break;
            }
        }
    }
    Ok(())
}

/// The argument lists a function is tried with: shapes of a hash function's parameters
/// (input pointer, length, output pointer, then zeros or an iteration count; input, output,
/// length; all pointers), `p` the start of zeroed memory; no parameters, one call.
fn arguments(params: &[wasmi::ValType], p: u64) -> Vec<Vec<wasmi::Val>> {
    if params.is_empty() {
        return vec![Vec::new()];
    }
    let ints: [&dyn Fn(usize) -> u64; 4] = [
        &|i| [p, 76, p + 4096].get(i).copied().unwrap_or(0),
        &|i| [p, 76, p + 4096].get(i).copied().unwrap_or(1 << 19),
        &|i| [p, p + 4096, 76].get(i).copied().unwrap_or(0),
        &|i| p + 4096 * i as u64,
    ];
    ints.iter()
        .map(|f| {
            params
                .iter()
                .enumerate()
                .map(|(i, t)| match t {
                    wasmi::ValType::I32 => wasmi::Val::I32(f(i) as i32),
                    wasmi::ValType::I64 => wasmi::Val::I64(f(i) as i64),
                    t => wasmi::Val::default_for_ty(*t),
                })
                .collect()
        })
        .collect()
}

/// One call, given fuel a slice at a time until it returns, traps, or a cap is reached; true
/// when a cap stopped it while it was still running.
fn call(
    store: &mut wasmi::Store<Host>,
    func: wasmi::Func,
    args: &[wasmi::Val],
    results: &mut [wasmi::Val],
    limits: &Limits,
    clock: &Clock,
    fuel: &mut Fuel,
) -> bool {
    let mut budget = limits.fuel_per_call.min(fuel.left);
    let give = |store: &mut wasmi::Store<Host>, want: u64, budget: &mut u64| -> Option<u64> {
        let n = want.max(limits.slice).min(*budget);
        if n == 0 || n < want {
            return None;
        }
        store.set_fuel(n).ok()?;
        *budget -= n;
        Some(n)
    };
    let Some(mut given) = give(store, 0, &mut budget) else {
        return true;
    };
    let mut state = func.call_resumable(&mut *store, args, results);
    loop {
        let left = store.get_fuel().unwrap_or(0);
        fuel.used += given - left;
        fuel.left = fuel.left.saturating_sub(given - left);
        budget += left;
        let wasmi::ResumableCall::OutOfFuel(invocation) = (match state {
            Ok(s) => s,
            Err(_) => return false,
        }) else {
            return false;
        };
        if clock.expired() || store.data().watch.found.is_some() {
            return true;
        }
        let Some(n) = give(store, invocation.required_fuel(), &mut budget) else {
            return true;
        };
        given = n;
        state = invocation.resume(&mut *store, results);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use wasm_encoder::{
        BlockType, CodeSection, ExportKind, ExportSection, Function, FunctionSection,
        MemorySection, MemoryType, Module, StartSection, TypeSection,
    };

    /// Addresses of a scratchpad walk: `base + (x & mask)`, x from xorshift.
    fn walk(base: u64, mask: u64, n: usize) -> Vec<u64> {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                base + (x & mask)
            })
            .collect()
    }

    #[test]
    fn the_pattern_is_a_walk_over_a_power_of_two_region_and_nothing_else() {
        let sixteen = vec![16; WINDOW];
        // CryptoNight's walks, from cn-pico's 128 KiB to cn-heavy's 4 MiB: seen, with the region.
        for k in [16u32, 17, 20, 21, 22] {
            let events = walk(0x10_0000, (1 << k) - 16, WINDOW);
            let seen = judge(&events, &sixteen).unwrap();
            assert_eq!(seen.log2, k);
            assert_eq!(seen.unit, 16);
            assert!(seen.base >= 0x10_0000 && seen.base < 0x10_0000 + (1 << (k - 6)));
        }
        // A local written back every other access is set aside, the walk still seen.
        let mut mixed = walk(0x10_0000, (1 << 21) - 16, WINDOW / 2);
        mixed = mixed.into_iter().flat_map(|a| [0xFFF0, a]).collect();
        assert_eq!(judge(&mixed, &sixteen).unwrap().log2, 21);
        // Nothing that is not such a walk: a fill or copy in order, a region too small, random
        // units over an extent that is not a power of two (a 600 KiB table), a walk that mostly
        // stays in one part of its region, too few units left once the repeated ones are set
        // aside.
        let fill: Vec<u64> = (0..WINDOW as u64).map(|i| 0x10_0000 + 64 * i).collect();
        assert_eq!(judge(&fill, &sixteen), None);
        assert_eq!(
            judge(&walk(0x10_0000, (1 << 14) - 16, WINDOW), &sixteen),
            None
        );
        let odd: Vec<u64> = walk(0, u64::MAX, WINDOW)
            .into_iter()
            .map(|x| 0x10_0000 + (x % (600 << 10)) / 16 * 16)
            .collect();
        assert_eq!(judge(&odd, &sixteen), None);
        let lopsided: Vec<u64> = walk(0x10_0000, (1 << 21) - 16, WINDOW)
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                if i % 64 == 0 {
                    a
                } else {
                    0x10_0000 + (a & 0xFFF0)
                }
            })
            .collect();
        assert_eq!(judge(&lopsided, &sixteen), None);
        let mut sparse = walk(0x10_0000, (1 << 21) - 16, MIN_WALK - 1);
        sparse.resize(WINDOW, 0xFFF0);
        assert_eq!(judge(&sparse, &sixteen), None);
        // Blocks of a kilobyte read and written whole at random (Argon2's and scrypt's memory
        // hardness): steps within a block are short.
        let blocks: Vec<u64> = walk(0x10_0000, (1 << 21) - 1024, WINDOW / 16)
            .into_iter()
            .flat_map(|b| (0..16).map(move |i| b + 64 * i))
            .collect();
        assert_eq!(judge(&blocks, &sixteen), None);
    }

    #[test]
    fn the_watch_counts_a_store_back_to_a_loaded_line_once_per_unit() {
        let mut w = Watch::default();
        let addrs = walk(0x20_0000, (1 << 20) - 16, 3 * WINDOW);
        let mut seen = false;
        for a in &addrs {
            // Read 16 bytes as two words, write them back as bytes, and a local in between.
            w.access(*a, 8, false, 7);
            w.access(*a + 8, 8, false, 7);
            w.access(0xFFF0, 8, false, 7);
            w.access(0xFFF0, 4, true, 7);
            for i in 0..16 {
                seen |= w.access(*a + i, 1, true, 7);
            }
        }
        let found = w.found.unwrap();
        assert!(seen);
        assert_eq!((found.log2, found.unit, found.function), (20, 16, 7));
        // Stores to lines nobody read are not read-modify-writes.
        let mut w = Watch::default();
        for a in &addrs {
            w.access(*a, 16, true, 1);
        }
        assert_eq!((w.total, w.found), (0, None));
    }

    /// A module with one memory of `pages` and exported functions of type `() -> ()` or
    /// `(i32) -> ()` with these bodies (locals: one i32); `start`: the index of a start function.
    fn module(
        pages: u64,
        bodies: &[(&str, bool, Vec<Instruction<'static>>)],
        start: Option<u32>,
    ) -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        types.ty().function([ValType::I32], []);
        let mut funcs = FunctionSection::new();
        let mut exports = ExportSection::new();
        let mut code = CodeSection::new();
        for (i, (name, param, body)) in bodies.iter().enumerate() {
            funcs.function(u32::from(*param));
            exports.export(name, ExportKind::Func, i as u32);
            let mut f = Function::new([(1, ValType::I32)]);
            for ins in body {
                f.instruction(ins);
            }
            f.instruction(&Instruction::End);
            code.function(&f);
        }
        let mut memory = MemorySection::new();
        memory.memory(MemoryType {
            minimum: pages,
            maximum: None,
            memory64: false,
            shared: false,
            page_size_log2: None,
        });
        let mut m = Module::new();
        m.section(&types)
            .section(&funcs)
            .section(&memory)
            .section(&exports);
        if let Some(f) = start {
            m.section(&StartSection { function_index: f });
        }
        m.section(&code);
        m.finish()
    }

    fn spin() -> Vec<Instruction<'static>> {
        vec![
            Instruction::Loop(BlockType::Empty),
            Instruction::Br(0),
            Instruction::End,
        ]
    }

    const SMALL: Limits = Limits {
        fuel: 40_000_000,
        fuel_per_call: 10_000_000,
        slice: 1_000_000,
        memory_bytes: 4 << 20,
        table_elements: 1024,
        recursion: 64,
        calls: 16,
        wall_ms: 60_000,
        module_bytes: 1 << 20,
    };

    #[test]
    fn hostile_modules_end_within_their_caps() {
        // Infinite loops, in an export and in the start function: fuel ends them.
        let o = observe(&module(1, &[("spin", true, spin())], None), &SMALL);
        assert!(o.found.is_none());
        assert!(o.fuel_used <= SMALL.fuel_per_call * 4, "{o:?}");
        assert!(o.fuel_used >= SMALL.fuel_per_call, "{o:?}");
        // One call spent its fuel still running: the other argument shapes are not tried.
        assert_eq!(o.calls, 1, "{o:?}");
        let o = observe(&module(1, &[("spin", false, spin())], Some(0)), &SMALL);
        assert!(o.fuel_used <= SMALL.fuel_per_call, "{o:?}");
        assert!(
            o.notes
                .iter()
                .any(|n| n.contains("bounded execution stopped")),
            "{o:?}"
        );
        // A memory.grow bomb: every grow past the cap fails, the loop runs out of fuel.
        let bomb = vec![
            Instruction::Loop(BlockType::Empty),
            Instruction::I32Const(64),
            Instruction::MemoryGrow(0),
            Instruction::Drop,
            Instruction::Br(0),
            Instruction::End,
        ];
        let o = observe(&module(1, &[("grow", false, bomb)], None), &SMALL);
        assert!(o.fuel_used <= SMALL.fuel_per_call, "{o:?}");
        // Memory asked for up front past the cap: not run, said why.
        let o = observe(&module(1 << 15, &[("f", false, spin())], None), &SMALL);
        assert_eq!((o.calls, o.fuel_used), (0, 0), "{o:?}");
        assert!(
            o.notes
                .iter()
                .any(|n| n.contains("bounded execution stopped")),
            "{o:?}"
        );
        // Unbounded recursion: the interpreter's depth cap traps it at once.
        let recurse = vec![Instruction::LocalGet(0), Instruction::Call(0)];
        let o = observe(&module(1, &[("deep", true, recurse)], None), &SMALL);
        assert!(o.fuel_used < SMALL.fuel_per_call, "{o:?}");
        assert_eq!(o.calls, 4, "every shape tried, each trapped: {o:?}");
        // The wall clock, natively: with fuel for minutes, 50 ms of it.
        let o = observe(
            &module(1, &[("spin", false, spin())], None),
            &Limits {
                fuel: u64::MAX / 2,
                fuel_per_call: u64::MAX / 2,
                wall_ms: 50,
                ..SMALL
            },
        );
        assert!(o.fuel_used < 20_000_000_000, "{o:?}");
        // Over the size cap, not read at all.
        let o = observe(&vec![0; 2 << 20], &SMALL);
        assert!(o.notes[0].contains("over the"), "{o:?}");
        // Not wasm: said, nothing run.
        let o = observe(b"\0asm\x01\0\0\0\x01\xff", &SMALL);
        assert!(o.notes[0].starts_with("not run: "), "{o:?}");
    }

    #[test]
    fn only_so_many_runs_hold_memory_at_once() {
        let spinning = module(1, &[("spin", false, spin())], None);
        let limits = Limits {
            fuel: u64::MAX / 2,
            fuel_per_call: u64::MAX / 2,
            wall_ms: 100,
            ..SMALL
        };
        std::thread::scope(|s| {
            for _ in 0..3 * MAX_RUNNING {
                s.spawn(|| observe(&spinning, &limits));
            }
        });
        let peak = PEAK.load(std::sync::atomic::Ordering::Relaxed);
        assert!((1..=MAX_RUNNING).contains(&peak), "{peak} at once");
    }

    #[test]
    fn instrumented_modules_are_valid_and_keep_their_imports_and_exports() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/miners");
        for f in [
            "cn_core.wasm",
            "sha256d_core.wasm",
            "variants/rx_light.wasm",
            "variants/cn_lite_ttable.wasm",
        ] {
            let bytes = std::fs::read(format!("{dir}/{f}")).unwrap();
            let i = instrument(&bytes).unwrap();
            wasmparser::Validator::new().validate_all(&i.bytes).unwrap();
            assert!(!i.sites.is_empty(), "{f}");
            assert!(
                i.calls.iter().any(|c| c.2.is_some()),
                "{f}: the module's own exports"
            );
        }
        // A module with no imports or exports gets both sections, in order.
        let bare = module(1, &[], None);
        let i = instrument(&bare).unwrap();
        wasmparser::Validator::new().validate_all(&i.bytes).unwrap();
    }
}
