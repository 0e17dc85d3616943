//! asm.js by structure: the front end of the structural recogniser ([`super::flow`]) for
//! JavaScript shaped like asm.js (emscripten's asm.js output, binaryen's `wasm2js`, and the same
//! minified or renamed): typed-array views over one buffer, `|0` coercions, `Math.imul`.
//!
//! Every function is run symbolically over its statements: each variable holds an expression
//! over opaque inputs (parameters, values loaded from a view, values a loop carries from one
//! iteration to the next), with JavaScript's 32-bit integer operators mapped onto the shared
//! expression nodes. A load or store through a view (`HEAP32[a >> 2]`, `HEAPU8[a]`, whatever
//! the views are called) is a memory access at byte address `a`, classified by sampling exactly
//! as wasm's are; `Math.imul` (under any alias) is a multiply, counted as a half when both
//! operands are 16-bit (the 64-bit multiply done by hand). Branches proven constant by sampling
//! (opaque predicates) only count their live side.
//!
//! Bounded: the caller's parse limits apply, expressions nest at most [`MAX_DEPTH`] deep and at
//! most [`MAX_STEPS`] nodes are visited per file (beyond: a note, and the rest is judged on what
//! was seen), with the shared evaluation budget.

// Keys here are a script's own names (hostile input): foldhash is seeded per process, and
// several times faster than SipHash on these short keys.
use foldhash::{HashMap, HashSet};

use super::wasm_flow::InitialData;

use oxc_allocator::Allocator;
use oxc_ast::ast::{
    Argument, AssignmentExpression, AssignmentOperator, AssignmentTarget, BinaryExpression,
    BinaryOperator, BindingPattern, CallExpression, ComputedMemberExpression, DoWhileStatement,
    Expression, ForStatement, ForStatementInit, Function, NumericLiteral, SimpleAssignmentTarget,
    Statement, UnaryExpression, UnaryOperator, UpdateExpression, UpdateOperator,
    VariableDeclarator, WhileStatement,
};
use oxc_ast_visit::{Visit, walk};
use oxc_parser::Parser;
use oxc_span::SourceType;
use oxc_syntax::scope::ScopeFlags;

#[allow(clippy::wildcard_imports)] // The shared expression and loop machinery.
use super::flow::*;

/// Expression nesting followed at most; deeper parts are opaque.
pub const MAX_DEPTH: u32 = 400;
/// Calls followed from a loop for its AES and multiply work: wasm2js puts a 64-bit multiply two
/// calls away (`__wasm_i64_mul`, then compiler-rt's), behind the core's own helper.
const CALL_LEVELS: usize = 4;
/// The sampler's seed.
const SEED: u64 = 0x6173_6D6A_735F_666C;
/// AST nodes visited at most per file.
pub const MAX_STEPS: u64 = 20_000_000;

/// Whether `src` looks like asm.js worth the structural pass: typed-array views, `Math.imul`
/// and `|0` coercions at asm.js density (at least 2 per KiB). A cheap byte scan; most scripts
/// stop here.
pub fn worth_it(src: &str) -> bool {
    let has = |w: &str| memchr::memmem::find(src.as_bytes(), w.as_bytes()).is_some();
    if src.len() < 4096 || !has("imul") {
        return false;
    }
    let views = ["Int32Array", "Uint8Array", "Int8Array", "HEAP32", "HEAPU8"]
        .iter()
        .any(|v| has(v));
    if !views {
        return false;
    }
    // asm.js coerces nearly every integer: 3 to 35 `|0` per KiB in emscripten's and
    // wasm2js's output, minified or not; ordinary scripts that use typed arrays and
    // `Math.imul` (pdf.js, three.js, crypto bundles) have under 1.
    let count = |w: &str| memchr::memmem::find_iter(src.as_bytes(), w.as_bytes()).count();
    let coercions = count("|0") + count("| 0");
    coercions >= 64 && coercions * 512 >= src.len()
}

/// The memory-hard loops of an asm.js-shaped script (parsed here; `None` when it does not
/// parse, or is nested too deep to parse: see [`super::js::MAX_NESTING`]). Runs on a thread
/// with stack enough for how deep `src` nests.
pub fn analyse(src: &str) -> Option<Structure> {
    analyse_nested(src, super::js::nesting(src))
}

/// As [`analyse`], for a script already known to nest `depth` deep.
pub(crate) fn analyse_nested(src: &str, depth: usize) -> Option<Structure> {
    super::js::with_stack_for(depth, || analyse_here(src, true)).flatten()
}

/// With `choose`, loops are looked for only where the cheap trigger says a mask can reach
/// them (see [`Names::chosen`]); without, in every function.
fn analyse_here(src: &str, choose: bool) -> Option<Structure> {
    let alloc = Allocator::default();
    let program = parsed(&alloc, src)?;
    let mut names = Names::default();
    for (offset, bytes) in data_segments(src) {
        names.data.push_owned(offset, bytes);
    }
    names.data.sort();
    names.visit_program(&program);
    let mut run = Run::new(&names);
    // Small functions first, as templates any caller can inline.
    run.visit_program(&program);
    // Then the functions whose loops a mask can reach, and the functions their masked loops
    // call, as deep as a loop's summary follows calls (read on demand, a level a walk).
    let chosen = if choose {
        names.chosen(&run.templates)
    } else {
        (0..names.functions.len() as u32).collect()
    };
    let mut read = chosen.clone();
    run.chosen = Some(chosen);
    run.template_pass = false;
    run.leaf_base = run.b.next_leaf;
    for level in 0..=CALL_LEVELS {
        run.next_fn = 0;
        run.visit_program(&program);
        let just_read = run.chosen.iter().flatten().copied();
        let next = callees_to_read(&run.fns, 0, just_read, level, &mut read);
        if next.is_empty() || run.out_of_budget() {
            break;
        }
        run.chosen = Some(next.into_iter().collect());
    }
    let mut out = Structure::default();
    if run.steps >= MAX_STEPS {
        out.notes
            .push("asm.js structure: stopped at the step budget (bounded effort)".into());
    }
    if run.s.exhausted() {
        out.notes
            .push("asm.js structure: stopped at the evaluation budget (bounded effort)".into());
    }
    let fns = std::mem::take(&mut run.fns);
    out.loops = summarise(
        &fns,
        0,
        &|_| None,
        &|f| names.functions.get(f as usize).cloned(),
        CALL_LEVELS,
    );
    out.opaque_branches = run.opaque;
    out.inlined_calls = run.inlined;
    Some(out)
}

/// Most bytes of data segments decoded per script.
const MAX_DATA_BYTES: usize = 16 << 20;

/// The data segments a wasm2js module writes into its buffer before its code runs:
/// `f(view, OFFSET, "BASE64")` (wasm2js's `base64DecodeToExistingUint8Array`, whatever a
/// minifier renamed it to), read lexically: (offset, bytes), at most [`MAX_DATA_BYTES`] in all.
pub(crate) fn data_segments(src: &str) -> Vec<(u64, Vec<u8>)> {
    use base64::Engine as _;
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut total = 0;
    let mut from = 0;
    while let Some(q) = memchr::memchr(b'"', b.get(from..).unwrap_or_default()) {
        let start = from + q + 1;
        from = start;
        // The string: base64 only, then `")`.
        let len = b[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
            .count();
        let end = start + len;
        if len < 8 || len % 4 != 0 || b.get(end) != Some(&b'"') {
            continue;
        }
        from = end + 1;
        let after = b[end + 1..].iter().find(|c| !c.is_ascii_whitespace());
        if after != Some(&b')') {
            continue;
        }
        // Before it: `IDENT(IDENT, DIGITS, `, read backwards.
        let mut i = start - 1;
        let back = |i: &mut usize, want: &dyn Fn(u8) -> bool| -> usize {
            let mut n = 0;
            while *i > 0 && want(b[*i - 1]) {
                *i -= 1;
                n += 1;
            }
            n
        };
        back(&mut i, &|c| c.is_ascii_whitespace());
        if i == 0 || b[i - 1] != b',' {
            continue;
        }
        i -= 1;
        back(&mut i, &|c| c.is_ascii_whitespace());
        let digits_end = i;
        if back(&mut i, &|c| c.is_ascii_digit()) == 0 {
            continue;
        }
        let Some(offset) = src
            .get(i..digits_end)
            .and_then(|d| d.parse::<u64>().ok())
            .filter(|o| *o <= 0xFFFF_FFFF)
        else {
            continue;
        };
        back(&mut i, &|c| c.is_ascii_whitespace());
        if i == 0 || b[i - 1] != b',' {
            continue;
        }
        i -= 1;
        back(&mut i, &|c| c.is_ascii_whitespace());
        if back(&mut i, &|c| {
            c.is_ascii_alphanumeric() || c == b'_' || c == b'$'
        }) == 0
        {
            continue;
        }
        back(&mut i, &|c| c.is_ascii_whitespace());
        if i == 0 || b[i - 1] != b'(' {
            continue;
        }
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(&b[start..end]) else {
            continue;
        };
        total += bytes.len();
        if total > MAX_DATA_BYTES {
            break;
        }
        out.push((offset, bytes));
    }
    out
}

/// `src` parsed as a script (or, failing that, as whatever it looks like); `None` when it
/// does not parse cleanly.
fn parsed<'a>(alloc: &'a Allocator, src: &'a str) -> Option<oxc_ast::ast::Program<'a>> {
    let ret = Parser::new(alloc, src, SourceType::cjs()).parse();
    if !ret.panicked && ret.diagnostics.is_empty() {
        return Some(ret.program);
    }
    let ret = Parser::new(alloc, src, SourceType::unambiguous()).parse();
    (!ret.panicked && ret.diagnostics.is_empty()).then_some(ret.program)
}

/// First pass: function names in visiting order, typed-array views and `Math.imul` aliases.
#[derive(Default)]
struct Names {
    depth: u32,
    functions: Vec<String>,
    index: HashMap<String, u32>,
    /// View name to log2 of its element size.
    views: HashMap<String, u8>,
    /// The 32-bit integer views (`Int32Array`, `Uint32Array`): loads from them at a constant
    /// address read the module's initial data.
    int_views: HashSet<String>,
    /// What the module's buffer holds before its code runs: the data segments wasm2js writes
    /// into it from base64 strings (see [`data_segments`]).
    data: InitialData<'static>,
    imul: Vec<String>,
    /// The name a function expression about to be visited is bound to (`var f = function`).
    binding: Option<String>,
    /// Function index by where the function starts (for functions called where they are
    /// written: `(function (a) { ... })(x)`).
    by_span: HashMap<u32, u32>,
    /// Per function: what the cheap trigger saw in its own body.
    shapes: Vec<FnShape>,
    /// Per function: how many functions are written inside it (later passes skip the bodies
    /// that hold none they need).
    nested: Vec<u32>,
    /// The functions being visited, innermost last, with the constants their variables hold.
    open: Vec<(u32, HashMap<String, Val>)>,
    /// Calls with two constant arguments: (caller, callee's name, first, second), in the order
    /// made; `calls_at` finds one by where it is written.
    pending: Vec<(u32, String, Val, Val)>,
    calls_at: HashMap<u32, usize>,
}

/// What the cheap trigger of the structural pass saw in a function's own body (nested
/// functions apart): a loop, a constant expression that folds to a scratchpad mask or its
/// complement, and the names it calls.
#[derive(Default)]
struct FnShape {
    looped: bool,
    masked: bool,
    callees: Vec<String>,
}

/// Constant expressions are folded this deep at most (encoded constants are a few operators).
const FOLD_DEPTH: u32 = 16;

/// A number literal as a 32-bit integer, where it is one (signed or unsigned).
fn int_literal(v: f64) -> Option<u64> {
    (v.fract() == 0.0 && (-2_147_483_648.0..4_294_967_296.0).contains(&v))
        .then_some((v as i64 as u64) & 0xFFFF_FFFF)
}

/// JavaScript's comparisons as the shared expression's (`unsigned`: of `>>> 0` operands).
fn js_comparison(op: BinaryOperator, unsigned: bool) -> Option<Bin> {
    use BinaryOperator as B;
    Some(match op {
        B::Equality | B::StrictEquality => Bin::Eq,
        B::Inequality | B::StrictInequality => Bin::Ne,
        B::LessThan if unsigned => Bin::LtU,
        B::LessThan => Bin::LtS,
        B::LessEqualThan if unsigned => Bin::LeU,
        B::LessEqualThan => Bin::LeS,
        B::GreaterThan if unsigned => Bin::GtU,
        B::GreaterThan => Bin::GtS,
        B::GreaterEqualThan if unsigned => Bin::GeU,
        B::GreaterEqualThan => Bin::GeS,
        _ => return None,
    })
}

/// JavaScript's integer operators as the shared expression's (comparisons apart).
fn js_bin(op: BinaryOperator) -> Option<Bin> {
    use BinaryOperator as B;
    Some(match op {
        B::Addition => Bin::Add,
        B::Subtraction => Bin::Sub,
        B::Multiplication => Bin::Mul,
        B::BitwiseAnd => Bin::And,
        B::BitwiseOR => Bin::Or,
        B::BitwiseXOR => Bin::Xor,
        B::ShiftLeft => Bin::Shl,
        B::ShiftRight => Bin::ShrS,
        B::ShiftRightZeroFill => Bin::ShrU,
        _ => return None,
    })
}

/// log2 of the element size of a typed array constructor's name.
fn view_shift(ctor: &str) -> Option<u8> {
    let last = ctor.rsplit('.').next().unwrap_or(ctor);
    Some(match last {
        "Int8Array" | "Uint8Array" | "Uint8ClampedArray" => 0,
        "Int16Array" | "Uint16Array" => 1,
        "Int32Array" | "Uint32Array" | "Float32Array" => 2,
        "Float64Array" => 3,
        _ => return None,
    })
}

/// The last name of what [`dotted`] would give for `e` (`imul` of `Math.imul`), without
/// building the string; `None` where `dotted` gives none.
fn dotted_last<'a>(e: &'a Expression<'_>) -> Option<&'a str> {
    match e {
        Expression::Identifier(id) => Some(id.name.as_str()),
        Expression::StaticMemberExpression(m) => {
            dotted_last(&m.object)?;
            Some(m.property.name.as_str())
        }
        Expression::ComputedMemberExpression(m) => match &m.expression {
            Expression::StringLiteral(s) => {
                dotted_last(&m.object)?;
                Some(s.value.as_str())
            }
            _ => None,
        },
        Expression::ParenthesizedExpression(p) => dotted_last(&p.expression),
        _ => None,
    }
}

fn dotted(e: &Expression<'_>) -> Option<String> {
    match e {
        Expression::Identifier(id) => Some(id.name.to_string()),
        Expression::StaticMemberExpression(m) => {
            Some(format!("{}.{}", dotted(&m.object)?, m.property.name))
        }
        Expression::ComputedMemberExpression(m) => match &m.expression {
            Expression::StringLiteral(s) => Some(format!("{}.{}", dotted(&m.object)?, s.value)),
            _ => None,
        },
        Expression::ParenthesizedExpression(p) => dotted(&p.expression),
        _ => None,
    }
}

impl Names {
    /// Marks the function being visited.
    fn shape(&mut self) -> Option<&mut FnShape> {
        let &(f, _) = self.open.last()?;
        self.shapes.get_mut(f as usize)
    }

    fn check(&mut self, v: Option<Val>) {
        if let Some(Val::C(c)) = v
            && mask_or_complement(c)
            && let Some(s) = self.shape()
        {
            s.masked = true;
        }
    }

    /// `e` folded to a constant where it is one: literals, the integer operators over them,
    /// variables of the function holding one, and calls of two constants (resolved later).
    fn fold(&mut self, e: &Expression<'_>, depth: u32) -> Option<Val> {
        if depth > FOLD_DEPTH {
            return None;
        }
        match e {
            Expression::NumericLiteral(n) => int_literal(n.value).map(Val::C),
            Expression::ParenthesizedExpression(p) => self.fold(&p.expression, depth + 1),
            Expression::UnaryExpression(u) => self.fold_unary(u, depth),
            Expression::BinaryExpression(b) => self.fold_binary(b, depth),
            Expression::Identifier(id) => {
                let vars = &self.open.last()?.1;
                if vars.is_empty() {
                    return None;
                }
                vars.get(id.name.as_str()).copied()
            }
            Expression::CallExpression(call) => self.fold_call(call, depth),
            Expression::ComputedMemberExpression(m) => self.fold_load(m, depth),
            _ => None,
        }
    }

    /// `HEAP32[c >> 2]` (or `HEAP32[i]`) at a constant address inside the module's initial
    /// data: the 32-bit value the module put there (a core's constants moved out of its code
    /// into memory are read back, as the wasm pass reads a module's data).
    fn fold_load(&mut self, m: &ComputedMemberExpression<'_>, depth: u32) -> Option<Val> {
        if self.data.is_empty() {
            return None;
        }
        let Expression::Identifier(view) = strip(&m.object) else {
            return None;
        };
        if !self.int_views.contains(view.name.as_str()) {
            return None;
        }
        let view = view.name.as_str();
        let addr = match strip(&m.expression) {
            Expression::BinaryExpression(b)
                if matches!(
                    b.operator,
                    BinaryOperator::ShiftRight | BinaryOperator::ShiftRightZeroFill
                ) && literal(&b.right) == Some(2) =>
            {
                self.fold(&b.left, depth + 1)?.konst()?
            }
            i => self.fold(i, depth + 1)?.konst()? << 2,
        };
        self.initial_word(view, addr).map(Val::C)
    }

    /// The 32-bit word at byte `addr` of the module's initial data, read through `view` when
    /// it is a 32-bit integer view (both passes read constant loads through this).
    fn initial_word(&self, view: &str, addr: u64) -> Option<u64> {
        if !self.int_views.contains(view) {
            return None;
        }
        self.data.read(addr & 0xFFFF_FFFF, 4)
    }

    /// A call of two constants (a wrapper's, maybe): remembered, to be resolved once the
    /// templates are known.
    fn fold_call(&mut self, call: &CallExpression<'_>, depth: u32) -> Option<Val> {
        let [a, b] = call.arguments.as_slice() else {
            return None;
        };
        if let Some(&i) = self.calls_at.get(&call.span.start) {
            return Some(Val::Call(i));
        }
        let a = self.fold(a.as_expression()?, depth + 1)?;
        let b = self.fold(b.as_expression()?, depth + 1)?;
        let name = dotted(&call.callee)?;
        let &(f, _) = self.open.last()?;
        if self.pending.len() >= 1 << 16 {
            return None;
        }
        self.pending.push((f, name, a, b));
        self.calls_at
            .insert(call.span.start, self.pending.len() - 1);
        Some(Val::Call(self.pending.len() - 1))
    }

    fn fold_binary(&mut self, b: &BinaryExpression<'_>, depth: u32) -> Option<Val> {
        let op = js_bin(b.operator)?;
        let x = self.fold(&b.left, depth + 1)?.konst()?;
        let y = self.fold(&b.right, depth + 1)?.konst()?;
        Some(Val::C(bin_eval(op, false, x, y) & 0xFFFF_FFFF))
    }

    /// `-c` and `~c` of a constant `c`.
    fn fold_unary(&mut self, u: &UnaryExpression<'_>, depth: u32) -> Option<Val> {
        let a = self.fold(&u.argument, depth + 1)?.konst()?;
        let v = match u.operator {
            UnaryOperator::UnaryNegation => 0u64.wrapping_sub(a),
            UnaryOperator::BitwiseNot => !a,
            _ => return None,
        };
        Some(Val::C(v & 0xFFFF_FFFF))
    }

    /// Remembers what variable `name` of the function being visited holds now.
    fn hold(&mut self, name: &str, v: Option<Val>) {
        if let Some((_, vars)) = self.open.last_mut() {
            match v {
                Some(v) if vars.len() < 4096 => {
                    vars.insert(name.to_owned(), v);
                }
                _ => {
                    vars.remove(name);
                }
            }
        }
    }

    /// Which functions the structural pass should look for loops in (by index): those with a
    /// loop whose body folds a constant to a scratchpad mask or calls a template that does
    /// (templates are inlined).
    fn chosen(&self, templates: &HashMap<u32, Template>) -> HashSet<u32> {
        let mut masked: HashSet<u32> = (0u32..)
            .zip(&self.shapes)
            .filter(|(_, s)| s.masked)
            .map(|(f, _)| f)
            .collect();
        // Calls of templates with constant arguments: what the template returns for them.
        let mut results: Vec<Option<u64>> = Vec::with_capacity(self.pending.len());
        let mut spent = 0;
        for (caller, name, a, b) in &self.pending {
            let value = |v: &Val| match v {
                Val::C(c) => Some(*c),
                Val::Call(i) => results.get(*i).copied().flatten(),
            };
            let t = self.index.get(name).and_then(|f| templates.get(f));
            let r = match (t, value(a), value(b)) {
                (Some(t), Some(a), Some(b)) if t.params.len() == 2 => {
                    t.result.as_ref().and_then(|r| {
                        let mut ls = Vec::new();
                        leaves(r, &mut ls);
                        ls.iter().all(|(id, _)| t.params.contains(id)).then(|| {
                            let env = |id: u32, _| if id == t.params[0] { a } else { b };
                            eval(r, &env, &mut spent) & 0xFFFF_FFFF
                        })
                    })
                }
                _ => None,
            };
            if r.is_some_and(mask_or_complement) {
                masked.insert(*caller);
            }
            results.push(r);
        }
        let callees = |f: u32| {
            self.shapes
                .get(f as usize)
                .into_iter()
                .flat_map(|s| s.callees.iter().filter_map(|n| self.index.get(n).copied()))
        };
        // Callers of templates that build a mask, as deep as templates nest.
        for _ in 0..8 {
            let mut more = Vec::new();
            for (f, _) in (0u32..).zip(&self.shapes) {
                if !masked.contains(&f)
                    && callees(f).any(|g| masked.contains(&g) && templates.contains_key(&g))
                {
                    more.push(f);
                }
            }
            if more.is_empty() {
                break;
            }
            masked.extend(more);
        }
        let looped = |f: &u32| self.shapes.get(*f as usize).is_some_and(|s| s.looped);
        let chosen: HashSet<u32> = masked.into_iter().filter(looped).collect();
        chosen
    }

    fn bind(&mut self, name: &str, init: &Expression<'_>) {
        // `(a, b, Math.imul)`: a minifier's way of writing the last.
        let init = match init {
            Expression::SequenceExpression(s) => match s.expressions.last() {
                Some(e) => e,
                None => return,
            },
            Expression::ParenthesizedExpression(p) => {
                return self.bind(name, &p.expression);
            }
            e => e,
        };
        match init {
            Expression::FunctionExpression(f) if f.id.is_none() => {
                self.binding = Some(name.to_owned());
            }
            Expression::NewExpression(n) => {
                let ctor = dotted_last(&n.callee);
                if let Some(shift) = ctor.and_then(view_shift) {
                    self.views.insert(name.to_owned(), shift);
                }
                if matches!(ctor, Some("Int32Array" | "Uint32Array")) {
                    self.int_views.insert(name.to_owned());
                }
            }
            e => {
                if dotted_last(e).is_some_and(|d| d.ends_with("imul"))
                    && !self.imul.iter().any(|n| n == name)
                {
                    self.imul.push(name.to_owned());
                }
            }
        }
    }
}

impl<'a> Visit<'a> for Names {
    super::js::bounded_visit_expression!('a);

    fn visit_function(&mut self, it: &Function<'a>, flags: ScopeFlags) {
        let bound = self.binding.take();
        let name = match (&it.id, bound) {
            (Some(id), _) => id.name.to_string(),
            (None, Some(b)) => b,
            (None, None) => format!("anonymous#{}", self.functions.len()),
        };
        self.index
            .entry(name.clone())
            .or_insert(self.functions.len() as u32);
        let index = self.functions.len() as u32;
        self.by_span.insert(it.span.start, index);
        self.functions.push(name);
        self.shapes.push(FnShape::default());
        self.nested.push(0);
        self.open.push((index, HashMap::default()));
        walk::walk_function(self, it, flags);
        self.open.pop();
        self.nested[index as usize] = self.functions.len() as u32 - index - 1;
    }

    fn visit_variable_declarator(&mut self, it: &VariableDeclarator<'a>) {
        if let (BindingPattern::BindingIdentifier(id), Some(init)) = (&it.id, &it.init) {
            self.bind(&id.name, init);
            let v = self.fold(init, 0);
            self.check(v);
            self.hold(&id.name, v);
        }
        walk::walk_variable_declarator(self, it);
    }

    fn visit_assignment_expression(&mut self, it: &AssignmentExpression<'a>) {
        if let AssignmentTarget::AssignmentTargetIdentifier(id) = &it.left {
            self.bind(&id.name, &it.right);
            let v = if it.operator == AssignmentOperator::Assign {
                self.fold(&it.right, 0)
            } else {
                None
            };
            self.check(v);
            self.hold(&id.name, v);
        }
        walk::walk_assignment_expression(self, it);
    }

    // Every constant expression is checked where it is written (operands are checked as
    // they are visited in turn).
    fn visit_binary_expression(&mut self, it: &BinaryExpression<'a>) {
        let v = self.fold_binary(it, 0);
        self.check(v);
        walk::walk_binary_expression(self, it);
    }

    fn visit_unary_expression(&mut self, it: &UnaryExpression<'a>) {
        let v = self.fold_unary(it, 0);
        self.check(v);
        walk::walk_unary_expression(self, it);
    }

    fn visit_numeric_literal(&mut self, it: &NumericLiteral<'a>) {
        self.check(int_literal(it.value).map(Val::C));
    }

    fn visit_computed_member_expression(&mut self, it: &ComputedMemberExpression<'a>) {
        let v = self.fold_load(it, 0);
        self.check(v);
        walk::walk_computed_member_expression(self, it);
    }

    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        let _ = self.fold_call(it, 0);
        if let Some(s) = self.shape()
            && s.callees.len() < 256
        {
            // Most callees are plain names: compared without building a string.
            match &it.callee {
                Expression::Identifier(id) => {
                    if !s.callees.iter().any(|c| c == id.name.as_str()) {
                        s.callees.push(id.name.to_string());
                    }
                }
                callee => {
                    if let Some(name) = dotted(callee)
                        && !s.callees.contains(&name)
                    {
                        s.callees.push(name);
                    }
                }
            }
        }
        walk::walk_call_expression(self, it);
    }

    fn visit_for_statement(&mut self, it: &ForStatement<'a>) {
        if let Some(s) = self.shape() {
            s.looped = true;
        }
        walk::walk_for_statement(self, it);
    }

    fn visit_while_statement(&mut self, it: &WhileStatement<'a>) {
        if let Some(s) = self.shape() {
            s.looped = true;
        }
        walk::walk_while_statement(self, it);
    }

    fn visit_do_while_statement(&mut self, it: &DoWhileStatement<'a>) {
        if let Some(s) = self.shape() {
            s.looped = true;
        }
        walk::walk_do_while_statement(self, it);
    }
}

/// Names assigned anywhere in a statement (a loop's body): the values a loop carries.
#[derive(Default)]
struct Assigned<'a> {
    depth: u32,
    names: Vec<&'a str>,
}

impl<'a> Visit<'a> for Assigned<'a> {
    super::js::bounded_visit_expression!('a);

    fn visit_assignment_expression(&mut self, it: &AssignmentExpression<'a>) {
        if let AssignmentTarget::AssignmentTargetIdentifier(id) = &it.left
            && !self.names.contains(&id.name.as_str())
        {
            self.names.push(id.name.as_str());
        }
        walk::walk_assignment_expression(self, it);
    }

    fn visit_update_expression(&mut self, it: &UpdateExpression<'a>) {
        if let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = &it.argument
            && !self.names.contains(&id.name.as_str())
        {
            self.names.push(id.name.as_str());
        }
        walk::walk_update_expression(self, it);
    }

    fn visit_variable_declarator(&mut self, it: &VariableDeclarator<'a>) {
        if let BindingPattern::BindingIdentifier(id) = &it.id
            && !self.names.contains(&id.name.as_str())
        {
            self.names.push(id.name.as_str());
        }
        walk::walk_variable_declarator(self, it);
    }

    // Nested functions have their own variables.
    fn visit_function(&mut self, _it: &Function<'a>, _flags: ScopeFlags) {}
}

/// A small function as an expression of its parameters, with its memory accesses.
struct Template {
    params: Vec<u32>,
    result: Option<Expr>,
    /// (store, address, the loaded value's leaf).
    mem: Vec<TemplateAccess>,
    muls: u32,
    halves: u32,
    floats: u32,
    /// Functions it calls (their work is the caller's).
    calls: Vec<u32>,
}

/// One function's run: what it did, and (for a template) its parameters' leaves, what it
/// returned and its accesses.
struct Ran {
    rec: FnRec,
    params: Vec<u32>,
    result: Option<Expr>,
    mem: Vec<TemplateAccess>,
}

/// Statements at most in a function that is inlined (no loops; branches allowed, as opaque
/// predicates put them into wrappers).
const INLINE_STATEMENTS: usize = 24;

/// Expression nodes at most in a function that is inlined.
const INLINE_NODES: usize = 400;

/// Counts expression nodes.
struct Size(usize);

impl<'a> Visit<'a> for Size {
    fn visit_expression(&mut self, it: &Expression<'a>) {
        self.0 += 1;
        if self.0 <= INLINE_NODES {
            walk::walk_expression(self, it);
        }
    }
}

/// Each function run symbolically, in the order of the first pass: once for the templates of
/// small functions, then for all.
struct Run<'n> {
    depth: u32,
    names: &'n Names,
    templates: HashMap<u32, Template>,
    template_pass: bool,
    next_fn: u32,
    inlined: u32,
    b: Builder,
    s: Sampler,
    fns: Vec<FnRec>,
    /// The functions the full pass reads (`None`: all).
    chosen: Option<HashSet<u32>>,
    /// The first value number above the templates' (each function read starts there).
    leaf_base: u32,
    steps: u64,
    opaque: u32,
}

impl<'a> Visit<'a> for Run<'_> {
    super::js::bounded_visit_expression!('a);

    fn visit_function(&mut self, it: &Function<'a>, flags: ScopeFlags) {
        let index = self.next_fn;
        self.next_fn += 1;
        if self.template_pass {
            if let Some(t) = self.template(it) {
                self.templates.insert(index, t);
            }
        } else if self.chosen.as_ref().is_none_or(|c| c.contains(&index)) {
            // Each function from the same state, whichever others are read: new values
            // numbered above the templates', samples drawn from the function's own seed.
            self.b.next_leaf = self.leaf_base;
            self.s.rng = Rng(SEED ^ u64::from(index).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let rec = self.function(it);
            match self.fns.get_mut(index as usize) {
                Some(slot) => *slot = rec,
                None => self.fns.push(rec),
            }
        } else if self.fns.len() <= index as usize {
            self.fns.push(FnRec::default());
        }
        // Walked only for the functions written inside it (a pass over a module of thousands
        // of functions otherwise walks every body again).
        if self.names.nested.get(index as usize).is_none_or(|n| *n > 0) {
            walk::walk_function(self, it, flags);
        }
    }
}

/// One function's run: variables, the loops around the current statement, what was counted.
struct Frame<'a> {
    env: HashMap<&'a str, Expr>,
    rec: FnRec,
    /// Indices into `rec.loops` of the loops around the current statement, outermost first.
    active: Vec<usize>,
    /// Opaque values that stand for a variable (at a loop's head, after a branch): leaf id to
    /// the variable.
    heads: HashMap<u32, &'a str>,
    /// Values assigned to each variable (a few distinct ones).
    defs: HashMap<&'a str, Vec<Expr>>,
    /// Accesses not classified where they were met: (address, loops around, store).
    pending: Vec<(Expr, Vec<usize>, bool)>,
    /// Building a template: its accesses are recorded, not counted.
    recording: Option<Vec<TemplateAccess>>,
    /// What the function returned last.
    ret: Option<Expr>,
}

impl<'a> Frame<'a> {
    fn set(&mut self, name: &'a str, v: Expr) {
        let d = self.defs.entry(name).or_default();
        if d.len() < 6 && !d.iter().any(|e| std::rc::Rc::ptr_eq(e, &v)) {
            d.push(v.clone());
        }
        self.env.insert(name, v);
    }
}

impl<'n> Run<'n> {
    /// A run over the functions `names` found, starting with the template pass.
    fn new(names: &'n Names) -> Self {
        Run {
            depth: 0,
            names,
            templates: HashMap::default(),
            template_pass: true,
            next_fn: 0,
            inlined: 0,
            b: Builder { next_leaf: 1 << 20 },
            s: Sampler {
                rng: Rng(SEED),
                spent: 0,
            },
            fns: Vec::with_capacity(names.functions.len()),
            chosen: None,
            leaf_base: 0,
            steps: 0,
            opaque: 0,
        }
    }

    /// A small straight-line function as a template, or `None`.
    fn template(&mut self, f: &Function<'_>) -> Option<Template> {
        let body = f.body.as_ref()?;
        fn straight(s: &Statement<'_>) -> bool {
            match s {
                Statement::ExpressionStatement(_)
                | Statement::VariableDeclaration(_)
                | Statement::ReturnStatement(_)
                | Statement::EmptyStatement(_) => true,
                Statement::BlockStatement(b) => {
                    b.body.len() <= INLINE_STATEMENTS && b.body.iter().all(straight)
                }
                Statement::IfStatement(i) => {
                    straight(&i.consequent) && i.alternate.as_ref().is_none_or(straight)
                }
                _ => false,
            }
        }
        if body.statements.len() > INLINE_STATEMENTS || !body.statements.iter().all(straight) {
            return None;
        }
        // Small in expressions too: a minifier writes a long body as a few comma sequences.
        let mut size = Size(0);
        size.visit_function_body(body);
        if size.0 > INLINE_NODES {
            return None;
        }
        let ran = self.function_with(f, true);
        Some(Template {
            params: ran.params,
            result: ran.result,
            mem: ran.mem,
            muls: ran.rec.muls,
            halves: ran.rec.halves,
            floats: ran.rec.floats,
            calls: ran.rec.calls,
        })
    }

    fn function(&mut self, f: &Function<'_>) -> FnRec {
        self.function_with(f, false).rec
    }

    /// Runs `f`; with `record`, its accesses are kept (for a template) rather than counted.
    fn function_with<'a>(&mut self, f: &Function<'a>, record: bool) -> Ran {
        let mut fr = Frame {
            env: HashMap::default(),
            rec: FnRec::default(),
            active: Vec::new(),
            heads: HashMap::default(),
            defs: HashMap::default(),
            pending: Vec::new(),
            recording: record.then(Vec::new),
            ret: None,
        };
        let mut params = Vec::new();
        for p in &f.params.items {
            if let BindingPattern::BindingIdentifier(id) = &p.pattern {
                let leaf = self.b.fresh(32);
                if let Node::Leaf(lid, _) = leaf.node {
                    params.push(lid);
                }
                fr.env.insert(id.name.as_str(), leaf);
            }
        }
        if let Some(body) = &f.body {
            for s in &body.statements {
                self.statement(&mut fr, s);
            }
        }
        // Accesses through variables set elsewhere in a loop (flattened code: another case).
        for (addr, loops, store) in std::mem::take(&mut fr.pending) {
            let mut shape = AddrShape::Other;
            let defs_of = |id: u32| fr.heads.get(&id).and_then(|n| fr.defs.get(n)).cloned();
            for e in expansions(&mut self.b, &addr, &defs_of) {
                shape = self.s.address(&e);
                if shape != AddrShape::Other {
                    break;
                }
            }
            count(&mut fr.rec, &loops, shape, store);
        }
        let mem = fr.recording.take().unwrap_or_default();
        Ran {
            rec: fr.rec,
            params,
            result: fr.ret,
            mem,
        }
    }

    /// An opaque value standing for `name` (its value at a loop's head, or after a branch).
    fn carried<'a>(&mut self, fr: &mut Frame<'a>, name: &'a str) -> Expr {
        let leaf = self.b.fresh(32);
        if let Node::Leaf(id, _) = leaf.node {
            fr.heads.insert(id, name);
        }
        leaf
    }

    fn out_of_budget(&self) -> bool {
        self.steps >= MAX_STEPS || self.s.exhausted()
    }

    fn statement<'a>(&mut self, fr: &mut Frame<'a>, s: &Statement<'a>) {
        self.steps += 1;
        if self.out_of_budget() {
            return;
        }
        match s {
            Statement::ExpressionStatement(e) => {
                self.expr(fr, &e.expression, 0);
            }
            Statement::VariableDeclaration(d) => {
                for v in &d.declarations {
                    self.declarator(fr, v);
                }
            }
            Statement::BlockStatement(b) => {
                for s in &b.body {
                    self.statement(fr, s);
                }
            }
            Statement::LabeledStatement(l) => self.statement(fr, &l.body),
            Statement::ReturnStatement(r) => {
                if let Some(a) = &r.argument {
                    let v = self.expr(fr, a, 0);
                    fr.ret = Some(v);
                }
            }
            Statement::IfStatement(i) => {
                let c = self.expr(fr, &i.test, 0);
                match self.s.constant_truth(&c) {
                    Some(t) => {
                        self.opaque += u32::from(c.size > 1);
                        if t {
                            self.statement(fr, &i.consequent);
                        } else if let Some(alt) = &i.alternate {
                            self.statement(fr, alt);
                        }
                    }
                    None => {
                        let before = fr.env.clone();
                        self.statement(fr, &i.consequent);
                        let then = std::mem::replace(&mut fr.env, before);
                        if let Some(alt) = &i.alternate {
                            self.statement(fr, alt);
                        }
                        self.merge(fr, &then);
                    }
                }
            }
            Statement::SwitchStatement(sw) => {
                self.expr(fr, &sw.discriminant, 0);
                let cases = u32::try_from(sw.cases.len()).unwrap_or(u32::MAX);
                fr.rec.dispatch = fr.rec.dispatch.max(cases);
                for &l in &fr.active {
                    fr.rec.loops[l].dispatch = fr.rec.loops[l].dispatch.max(cases);
                }
                let before = fr.env.clone();
                let mut ends = Vec::new();
                for case in &sw.cases {
                    fr.env = before.clone();
                    if let Some(t) = &case.test {
                        self.expr(fr, t, 0);
                    }
                    for s in &case.consequent {
                        self.statement(fr, s);
                    }
                    ends.push(std::mem::take(&mut fr.env));
                }
                fr.env = before;
                for end in &ends {
                    self.merge(fr, end);
                }
            }
            Statement::WhileStatement(w) => {
                self.looped(fr, &w.body, Some(&w.test), None, None);
            }
            Statement::DoWhileStatement(w) => {
                self.looped(fr, &w.body, None, Some(&w.test), None);
            }
            Statement::ForStatement(f) => {
                match &f.init {
                    Some(ForStatementInit::VariableDeclaration(d)) => {
                        for v in &d.declarations {
                            self.declarator(fr, v);
                        }
                    }
                    Some(init) => {
                        if let Some(e) = init.as_expression() {
                            self.expr(fr, e, 0);
                        }
                    }
                    None => {}
                }
                self.looped(fr, &f.body, f.test.as_ref(), None, f.update.as_ref());
            }
            Statement::TryStatement(t) => {
                for s in &t.block.body {
                    self.statement(fr, s);
                }
            }
            _ => {}
        }
    }

    fn declarator<'a>(&mut self, fr: &mut Frame<'a>, v: &VariableDeclarator<'a>) {
        let BindingPattern::BindingIdentifier(id) = &v.id else {
            return;
        };
        let value = match &v.init {
            Some(e) => self.expr(fr, e, 0),
            None => konst(0),
        };
        fr.set(id.name.as_str(), value);
    }

    /// After a branch: a variable that differs between the two sides becomes opaque.
    fn merge<'a>(&mut self, fr: &mut Frame<'a>, other: &HashMap<&'a str, Expr>) {
        for (k, v) in other {
            let same = fr.env.get(k).is_some_and(|e| std::rc::Rc::ptr_eq(e, v));
            if !same {
                let leaf = self.carried(fr, k);
                fr.env.insert(k, leaf);
            }
        }
    }

    /// A loop: the variables its body assigns enter as opaque values (what an iteration
    /// carries to the next); those that entered holding a constant are counters, and a counter
    /// that steps by a constant gives the loop's bound.
    fn looped<'a>(
        &mut self,
        fr: &mut Frame<'a>,
        body: &Statement<'a>,
        test: Option<&Expression<'a>>,
        post_test: Option<&Expression<'a>>,
        update: Option<&Expression<'a>>,
    ) {
        let mut assigned = Assigned::default();
        assigned.visit_statement(body);
        for e in [test, post_test, update].into_iter().flatten() {
            assigned.visit_expression(e);
        }
        let mut counters = Vec::new();
        for name in &assigned.names {
            let head = self.carried(fr, name);
            if let Some(c) = fr.env.get(name).and_then(as_const) {
                counters.push((*name, head.clone(), c));
            }
            fr.env.insert(name, head);
        }
        let depth = fr.active.len() as u32;
        fr.rec.loops.push(LoopRec {
            depth,
            ..LoopRec::default()
        });
        let idx = fr.rec.loops.len() - 1;
        fr.active.push(idx);
        let mut compared = Vec::new();
        if let Some(t) = test {
            let c = self.expr(fr, t, 0);
            consts(&c, &mut compared);
        }
        self.statement(fr, body);
        for e in [post_test, update].into_iter().flatten() {
            let c = self.expr(fr, e, 0);
            consts(&c, &mut compared);
        }
        fr.active.pop();
        // The bound: a counter that steps by a constant, to zero or to a constant it is
        // compared with.
        let mut bound = None;
        for (name, head, start) in counters {
            let Some(end) = fr.env.get(name) else {
                continue;
            };
            let Some(step) = self.step(head.clone(), end) else {
                continue;
            };
            let start = start & 0xFFFF_FFFF;
            let n = if step & 0x8000_0000 != 0 {
                // Counting down (to zero).
                let down = (step as u32).wrapping_neg();
                (start as u32 > 0 && down > 0).then(|| u64::from(start as u32 / down))
            } else if step > 0 {
                // Counting up: to a compared constant, or to zero from below.
                compared
                    .iter()
                    .map(|k| k & 0xFFFF_FFFF)
                    .find(|k| *k > start && (k - start) % step == 0)
                    .map(|k| (k - start) / step)
                    .or_else(|| (start >= 1 << 31).then(|| ((1u64 << 32) - start) / step))
            } else {
                None
            };
            if let Some(n) = n.filter(|n| *n > 1) {
                bound = Some(bound.map_or(n, |b: u64| b.max(n)));
            }
        }
        fr.rec.loops[idx].bound = bound;
        // After the loop, what it assigned is opaque.
        for name in &assigned.names {
            let leaf = self.carried(fr, name);
            fr.env.insert(name, leaf);
        }
    }

    /// `end - head` when it is the same constant for every value of `head` (a counter's step).
    fn step(&mut self, head: Expr, end: &Expr) -> Option<u64> {
        let Node::Leaf(id, _) = head.node else {
            return None;
        };
        let mut d = None;
        for _ in 0..6 {
            let x = self.s.rng.next() & 0xFFFF_FFFF;
            let others = self.s.rng.next();
            let env = move |i: u32, _| {
                if i == id {
                    x
                } else {
                    Rng(others ^ u64::from(i).wrapping_mul(0x9E37_79B9)).next()
                }
            };
            let v = eval(end, &env, &mut self.s.spent) & 0xFFFF_FFFF;
            let diff = v.wrapping_sub(x) & 0xFFFF_FFFF;
            if d.is_some_and(|p| p != diff) {
                return None;
            }
            d = Some(diff);
        }
        d.filter(|d| *d != 0)
    }

    /// Counts an access at `addr` in the function and the loops around it.
    fn access(&mut self, fr: &mut Frame<'_>, addr: &Expr, store: bool) {
        if let Some(mem) = &mut fr.recording {
            mem.push((store, addr.clone(), None));
            return;
        }
        // Outside loops only a table lookup counts (for the loops that call this function).
        let in_loop = !fr.active.is_empty();
        let shape = self.s.classify(addr, in_loop);
        let n = fr.active.len();
        let loops = fr.active[n.saturating_sub(8)..].to_vec();
        if shape == AddrShape::Other && in_loop && fr.pending.len() < 4096 {
            fr.pending.push((addr.clone(), loops, store));
        } else {
            count(&mut fr.rec, &loops, shape, store);
        }
    }

    /// A view access `view[index]`: the byte address, when `view` is a typed-array view.
    fn view_address<'a>(
        &mut self,
        fr: &mut Frame<'a>,
        object: &Expression<'a>,
        index: &Expression<'a>,
        depth: u32,
    ) -> Option<(Expr, u8)> {
        let Expression::Identifier(id) = object else {
            return None;
        };
        let shift = *self.names.views.get(id.name.as_str())?;
        // `view[a >> k]` addresses byte `a`; `view[i]` addresses byte `i << k`.
        if let Expression::BinaryExpression(b) = strip(index)
            && matches!(
                b.operator,
                BinaryOperator::ShiftRight | BinaryOperator::ShiftRightZeroFill
            )
            && shift > 0
            && literal(&b.right) == Some(u64::from(shift))
        {
            let a = self.expr(fr, &b.left, depth + 1);
            return Some((a, shift));
        }
        let i = self.expr(fr, index, depth + 1);
        let a = if shift == 0 {
            i
        } else {
            self.b.bin(Bin::Shl, false, i, konst(u64::from(shift)))
        };
        Some((a, shift))
    }

    fn expr<'a>(&mut self, fr: &mut Frame<'a>, e: &Expression<'a>, depth: u32) -> Expr {
        self.steps += 1;
        if depth > MAX_DEPTH || self.out_of_budget() {
            return self.b.fresh(32);
        }
        let d = depth + 1;
        match e {
            Expression::NumericLiteral(n) => match int_literal(n.value) {
                Some(v) => konst(v),
                None => self.b.fresh(32),
            },
            Expression::Identifier(id) => match fr.env.get(id.name.as_str()) {
                Some(v) => v.clone(),
                None => {
                    let leaf = self.b.fresh(32);
                    fr.env.insert(id.name.as_str(), leaf.clone());
                    leaf
                }
            },
            Expression::ParenthesizedExpression(p) => self.expr(fr, &p.expression, d),
            Expression::SequenceExpression(s) => {
                let mut last = konst(0);
                for e in &s.expressions {
                    last = self.expr(fr, e, d);
                }
                last
            }
            Expression::BinaryExpression(b) => {
                let x = self.expr(fr, &b.left, d);
                let y = self.expr(fr, &b.right, d);
                self.binary(b.operator, x, y, &b.left, &b.right)
            }
            Expression::LogicalExpression(l) => {
                self.expr(fr, &l.left, d);
                let before = fr.env.clone();
                self.expr(fr, &l.right, d);
                let after = std::mem::replace(&mut fr.env, before);
                self.merge(fr, &after);
                self.b.fresh(32)
            }
            Expression::UnaryExpression(u) => {
                let x = self.expr(fr, &u.argument, d);
                match u.operator {
                    UnaryOperator::UnaryNegation => self.b.bin(Bin::Sub, false, konst(0), x),
                    UnaryOperator::BitwiseNot => self.b.bin(Bin::Xor, false, x, konst(0xFFFF_FFFF)),
                    UnaryOperator::LogicalNot => self.b.un(Un::Eqz32, x),
                    UnaryOperator::UnaryPlus => {
                        // asm.js's coercion to double: floating-point work.
                        self.float_work(fr, 1);
                        x
                    }
                    _ => self.b.fresh(32),
                }
            }
            Expression::ConditionalExpression(c) => {
                let t = self.expr(fr, &c.test, d);
                match self.s.constant_truth(&t) {
                    Some(true) => self.expr(fr, &c.consequent, d),
                    Some(false) => self.expr(fr, &c.alternate, d),
                    None => {
                        self.expr(fr, &c.consequent, d);
                        self.expr(fr, &c.alternate, d);
                        self.b.fresh(32)
                    }
                }
            }
            Expression::ComputedMemberExpression(m) => {
                if let Some((addr, shift)) = self.view_address(fr, &m.object, &m.expression, d) {
                    self.access(fr, &addr, false);
                    // From a constant address in the module's initial data: that constant.
                    if let (Some(a), Expression::Identifier(v)) = (as_const(&addr), &m.object)
                        && let Some(c) = self.names.initial_word(v.name.as_str(), a)
                    {
                        return konst(c);
                    }
                    let v = self.b.fresh(8 << shift.min(2));
                    if let (Some(mem), Node::Leaf(id, bits)) = (&mut fr.recording, &v.node)
                        && let Some(last) = mem.last_mut()
                    {
                        last.2 = Some((*id, *bits));
                    }
                    return v;
                }
                self.expr(fr, &m.object, d);
                self.expr(fr, &m.expression, d);
                self.b.fresh(32)
            }
            Expression::StaticMemberExpression(m) => {
                self.expr(fr, &m.object, d);
                self.b.fresh(32)
            }
            Expression::AssignmentExpression(a) => self.assign(fr, a, d),
            Expression::UpdateExpression(u) => {
                if let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = &u.argument {
                    let old = match fr.env.get(id.name.as_str()) {
                        Some(v) => v.clone(),
                        None => self.b.fresh(32),
                    };
                    let op = if u.operator == UpdateOperator::Increment {
                        Bin::Add
                    } else {
                        Bin::Sub
                    };
                    let new = self.b.bin(op, false, old.clone(), konst(1));
                    fr.set(id.name.as_str(), new.clone());
                    return if u.prefix { new } else { old };
                }
                self.b.fresh(32)
            }
            Expression::CallExpression(c) => self.call(fr, &c.callee, &c.arguments, d),
            _ => self.b.fresh(32),
        }
    }

    fn binary(
        &mut self,
        op: BinaryOperator,
        x: Expr,
        y: Expr,
        left: &Expression<'_>,
        right: &Expression<'_>,
    ) -> Expr {
        use BinaryOperator as B;
        // `a | 0` and `a >>> 0` are coercions: the value is already 32 bits here.
        if matches!(op, B::BitwiseOR | B::ShiftRightZeroFill) && as_const(&y) == Some(0) {
            return x;
        }
        // Comparisons of `>>> 0` operands are unsigned.
        let unsigned = is_unsigned(left) || is_unsigned(right);
        let Some(bin) = js_bin(op).or_else(|| js_comparison(op, unsigned)) else {
            return self.b.fresh(32);
        };
        // Shift counts are taken mod 32, as JavaScript does.
        let y = if matches!(bin, Bin::Shl | Bin::ShrS | Bin::ShrU) {
            self.b.bin(Bin::And, false, y, konst(31))
        } else {
            y
        };
        self.b.bin(bin, false, x, y)
    }

    fn assign<'a>(&mut self, fr: &mut Frame<'a>, a: &AssignmentExpression<'a>, d: u32) -> Expr {
        let compound = |op: AssignmentOperator| -> Option<BinaryOperator> {
            use AssignmentOperator as A;
            use BinaryOperator as B;
            Some(match op {
                A::Addition => B::Addition,
                A::Subtraction => B::Subtraction,
                A::Multiplication => B::Multiplication,
                A::ShiftLeft => B::ShiftLeft,
                A::ShiftRight => B::ShiftRight,
                A::ShiftRightZeroFill => B::ShiftRightZeroFill,
                A::BitwiseOR => B::BitwiseOR,
                A::BitwiseXOR => B::BitwiseXOR,
                A::BitwiseAnd => B::BitwiseAnd,
                _ => return None,
            })
        };
        match &a.left {
            AssignmentTarget::AssignmentTargetIdentifier(id) => {
                let rhs = self.expr(fr, &a.right, d);
                let value = match a.operator {
                    AssignmentOperator::Assign => rhs,
                    op => match compound(op) {
                        Some(bop) => {
                            let old = match fr.env.get(id.name.as_str()) {
                                Some(v) => v.clone(),
                                None => self.b.fresh(32),
                            };
                            self.binary(bop, old, rhs, &a.right, &a.right)
                        }
                        None => self.b.fresh(32),
                    },
                };
                fr.set(id.name.as_str(), value.clone());
                value
            }
            AssignmentTarget::ComputedMemberExpression(m) => {
                let addr = self.view_address(fr, &m.object, &m.expression, d);
                let rhs = self.expr(fr, &a.right, d);
                if let Some((addr, _)) = addr {
                    if a.operator != AssignmentOperator::Assign {
                        self.access(fr, &addr, false);
                    }
                    self.access(fr, &addr, true);
                } else {
                    self.expr(fr, &m.object, d);
                }
                rhs
            }
            _ => self.expr(fr, &a.right, d),
        }
    }

    fn call<'a>(
        &mut self,
        fr: &mut Frame<'a>,
        callee: &Expression<'a>,
        args: &[Argument<'a>],
        d: u32,
    ) -> Expr {
        let values: Vec<Expr> = args
            .iter()
            .map(|a| match a.as_expression() {
                Some(e) => self.expr(fr, e, d),
                None => self.b.fresh(32),
            })
            .collect();
        // A function called where it is written: its work is this function's.
        if let Expression::FunctionExpression(f) = strip(callee)
            && let Some(&index) = self.names.by_span.get(&f.span.start)
        {
            if let Some(v) = self.inline(fr, index, &values) {
                return v;
            }
            self.note_call(fr, index);
            return self.b.fresh(32);
        }
        let name = dotted(callee);
        let imul = name.as_deref().is_some_and(|n| {
            n == "Math.imul" || n.ends_with(".Math.imul") || self.names.imul.iter().any(|a| a == n)
        });
        if imul && values.len() == 2 {
            // A product of 16-bit halves is part of a wider multiply done by hand (what a
            // 64x64 multiply becomes in asm.js); a plain 32-bit one is everyday hashing.
            let half = u32::from(values.iter().all(|v| self.is_16(v)));
            fr.rec.muls += half;
            fr.rec.halves += half;
            for &l in &fr.active {
                fr.rec.loops[l].muls += half;
                fr.rec.loops[l].halves += half;
            }
            return self
                .b
                .bin(Bin::Mul, false, values[0].clone(), values[1].clone());
        }
        if name.as_deref().is_some_and(|n| {
            ["Math.sqrt", "Math.fround"]
                .iter()
                .any(|m| n == *m || n.ends_with(&format!(".{m}")))
        }) {
            self.float_work(fr, 1);
        }
        if let Some(&f) = name.as_deref().and_then(|n| self.names.index.get(n)) {
            if let Some(v) = self.inline(fr, f, &values) {
                return v;
            }
            self.note_call(fr, f);
        }
        self.b.fresh(32)
    }

    /// Counts floating-point operations in the function and the loops around them.
    fn float_work(&mut self, fr: &mut Frame<'_>, n: u32) {
        fr.rec.floats += n;
        for &l in &fr.active {
            fr.rec.loops[l].floats += n;
        }
    }

    /// Remembers a call of `f` in the function and the loops around it.
    fn note_call(&mut self, fr: &mut Frame<'_>, f: u32) {
        if fr.rec.calls.len() < 256 && !fr.rec.calls.contains(&f) {
            fr.rec.calls.push(f);
        }
        for &l in &fr.active {
            let calls = &mut fr.rec.loops[l].calls;
            if calls.len() < 64 && !calls.contains(&f) {
                calls.push(f);
            }
        }
    }

    /// A call of a small function: its template with the arguments put in, its accesses
    /// counted here. `None` when `f` has no template.
    fn inline(&mut self, fr: &mut Frame<'_>, f: u32, args: &[Expr]) -> Option<Expr> {
        let t = self.templates.get(&f)?;
        let mut map: HashMap<u32, Expr> = HashMap::default();
        for (i, p) in t.params.iter().enumerate() {
            map.insert(*p, args.get(i).cloned().unwrap_or_else(|| konst(0)));
        }
        let (mem, result, muls, halves) = (t.mem.clone(), t.result.clone(), t.muls, t.halves);
        let floats = t.floats;
        for c in t.calls.clone() {
            self.note_call(fr, c);
        }
        // A value loaded inside is a new input at each call.
        for (_, _, loaded) in &mem {
            if let Some((id, bits)) = loaded {
                let v = self.b.fresh(*bits);
                map.insert(*id, v);
            }
        }
        for (store, addr, _) in &mem {
            let a = substitute(&mut self.b, addr, &|id| map.get(&id).cloned());
            self.access(fr, &a, *store);
        }
        fr.rec.muls += muls;
        fr.rec.halves += halves;
        for &l in &fr.active {
            fr.rec.loops[l].muls += muls;
            fr.rec.loops[l].halves += halves;
        }
        self.float_work(fr, floats);
        self.inlined += 1;
        Some(match result {
            Some(r) => substitute(&mut self.b, &r, &|id| map.get(&id).cloned()),
            None => self.b.fresh(32),
        })
    }

    /// Whether `v` stays under 2^16 for every input (one half of a multiply done by hand).
    fn is_16(&mut self, v: &Expr) -> bool {
        if as_const(v).is_some() || self.s.exhausted() {
            return false;
        }
        (0..8).all(|_| {
            let seed = self.s.rng.next();
            let env = move |id: u32, _| Rng(seed ^ u64::from(id)).next();
            eval(v, &env, &mut self.s.spent) & 0xFFFF_FFFF < 1 << 16
        })
    }
}

fn strip<'e, 'a>(e: &'e Expression<'a>) -> &'e Expression<'a> {
    match e {
        Expression::ParenthesizedExpression(p) => strip(&p.expression),
        e => e,
    }
}

fn literal(e: &Expression<'_>) -> Option<u64> {
    match strip(e) {
        Expression::NumericLiteral(n) if n.value.fract() == 0.0 && n.value >= 0.0 => {
            Some(n.value as u64)
        }
        _ => None,
    }
}

/// `x >>> 0`: an unsigned view of `x`.
fn is_unsigned(e: &Expression<'_>) -> bool {
    matches!(strip(e), Expression::BinaryExpression(b)
        if b.operator == BinaryOperator::ShiftRightZeroFill && literal(&b.right) == Some(0))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    /// wasm2js's data segments are read where it writes them, under any name a minifier gives
    /// its helper; other calls with strings are not taken for them.
    #[test]
    fn data_segments_are_read_as_wasm2js_writes_them() {
        let src = r#"
            var bufferView = new Uint8Array(memory.buffer);
            base64DecodeToExistingUint8Array(bufferView, 1048576, "8P8PAA==");
            a( b ,  2162688 ,"AAECAwQFBgc=" );
            log(x, 12, "not base64!");
            f(x, "AAAAAAAA");
            g(x, 1, "AAAAAAAA", y);
            h(x, 99999999999, "AAAAAAAA");
            k(x, 5, "AAAAAAAA"
        "#;
        assert_eq!(
            data_segments(src),
            vec![
                (1_048_576, vec![0xF0, 0xFF, 0x0F, 0x00]),
                (2_162_688, vec![0, 1, 2, 3, 4, 5, 6, 7]),
            ]
        );
        let mut d = InitialData::default();
        for (o, b) in data_segments(src) {
            d.push_owned(o, b);
        }
        d.sort();
        assert_eq!(d.read(1_048_576, 4), Some(0x000F_FFF0));
        // Bounded: no more than MAX_DATA_BYTES decoded, however many calls.
        let big = format!(r#"f(v, 0, "{}");"#, "A".repeat(4 << 20)).repeat(8);
        let kept: usize = data_segments(&big).iter().map(|(_, b)| b.len()).sum();
        assert!(kept <= MAX_DATA_BYTES, "{kept}");
    }

    proptest::proptest! {
        /// Any text: segments or none, never a panic.
        #[test]
        fn data_segments_survive_any_text(src in "[a-z(), 0-9\"A-Z+/=]{0,200}", any in "\\PC{0,100}") {
            let _ = data_segments(&src);
            let _ = data_segments(&any);
        }
    }

    /// The names of the functions the trigger chooses in `src`.
    fn chosen_names(src: &str) -> Vec<String> {
        let alloc = Allocator::default();
        let program = parsed(&alloc, src).unwrap();
        let mut names = Names::default();
        names.visit_program(&program);
        let mut run = Run::new(&names);
        run.visit_program(&program);
        let mut got: Vec<String> = names
            .chosen(&run.templates)
            .into_iter()
            .map(|f| names.functions[f as usize].clone())
            .collect();
        got.sort();
        got
    }

    #[test]
    fn loops_are_looked_for_where_a_mask_can_reach_them() {
        let src = r#"
            function asm(stdlib, foreign, buffer) {
                var H = new stdlib.Int32Array(buffer);
                // A template that masks its parameter, and one that builds the mask.
                function addr(x) { x = x | 0; return x & 1048560 | 0; }
                function xor(a, b) { a = a | 0; b = b | 0; return a ^ b | 0; }
                function plain(p) { var i = 0, a = 0; p = p | 0;
                    for (i = 0; (i | 0) < 100; i = i + 1 | 0) { a = H[(a & 2097136) >> 2] | 0; }
                    return a | 0; }
                function encoded(p) { var i = 0, a = 0, m = 0; m = 305419896 ^ 304851336;
                    while ((i | 0) < 100) { a = H[(a & m) >> 2] | 0; i = i + 1 | 0; }
                    return a | 0; }
                function negated(p) { var i = 0, a = 0;
                    do { a = H[(a & -2097137) >> 2] | 0; i = i + 1 | 0; } while ((i | 0) < 100);
                    return a | 0; }
                function through_template(p) { var i = 0, a = 0;
                    for (; (i | 0) < 100; i = i + 1 | 0) { a = H[addr(a) >> 2] | 0; }
                    return a | 0; }
                function through_wrapper(p) { var i = 0, a = 0;
                    for (; (i | 0) < 100; i = i + 1 | 0) { a = H[(a & xor(305419896, 304851336)) >> 2] | 0; }
                    return a | 0; }
                function no_mask(p) { var i = 0, a = 0;
                    for (; (i | 0) < 100; i = i + 1 | 0) { a = H[(a & 4080) >> 2] | 0; }
                    return a | 0; }
                function no_loop(p) { p = p | 0; return H[(p & 2097136) >> 2] | 0; }
                return { plain: plain };
            }
        "#;
        assert_eq!(305_419_896u32 ^ 304_851_336, 0x1F_FFF0);
        assert_eq!(
            chosen_names(src),
            [
                "encoded",
                "negated",
                "plain",
                "through_template",
                "through_wrapper"
            ]
        );
    }

    /// The passes after the first walk only the bodies that hold other functions: functions
    /// written inside others, at several depths and beside leaves, are still each read as
    /// themselves (the numbering the first pass gave them).
    #[test]
    fn functions_inside_functions_are_each_read_as_themselves() {
        let src = r#"
            function asm(stdlib, foreign, buffer) {
                var H = new stdlib.Int32Array(buffer);
                function leaf(p) { p = p | 0; return p + 1 | 0; }
                function outer(p) {
                    function inner_leaf(q) { q = q | 0; return q | 0; }
                    function middle(p) {
                        function inner(p) { var i = 0, a = 0;
                            for (i = 0; (i | 0) < 100; i = i + 1 | 0) { a = H[(a & 1048560) >> 2] | 0; }
                            return a | 0; }
                        return inner(p) | 0;
                    }
                    return middle(p) | 0;
                }
                function after(p) { var i = 0, a = 0;
                    for (i = 0; (i | 0) < 100; i = i + 1 | 0) { a = H[(a & 2097136) >> 2] | 0; }
                    return a | 0; }
                return { outer: outer, after: after };
            }
        "#;
        let st = analyse_here(src, true).unwrap();
        let mut found: Vec<(String, u32)> = st
            .loops
            .iter()
            .map(|l| (l.js_name.clone().unwrap_or_default(), l.mask))
            .collect();
        found.sort();
        assert_eq!(
            found,
            [
                ("after".to_owned(), 0x1F_FFF0),
                ("inner".to_owned(), 0xF_FFF0)
            ]
        );
    }

    /// Every asm.js core of the harness (emscripten-shaped and wasm2js output of every
    /// variant, through transforms, minified): the pass over the functions the trigger
    /// chooses (and what their loops call) finds the loops the pass over every function finds.
    #[test]
    fn reading_the_chosen_functions_finds_what_reading_all_finds() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/miners/asmjs");
        let mut cores = 0;
        for e in std::fs::read_dir(&dir).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_none_or(|x| x != "js") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            let run = |choose| {
                let src = src.clone();
                std::thread::Builder::new()
                    .stack_size(256 << 20)
                    .spawn(move || analyse_here(&src, choose).unwrap())
                    .unwrap()
                    .join()
                    .unwrap()
            };
            super::super::flow::assert_finds_the_same(
                &run(false),
                &run(true),
                &path.display().to_string(),
            );
            cores += 1;
        }
        assert_eq!(cores, 35);
    }
}
