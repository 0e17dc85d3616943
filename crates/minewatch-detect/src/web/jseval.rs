//! Strings hidden by decoders, recovered by running the decoders in a bounded interpreter.
//!
//! Obfuscators keep a script's strings in an encoded array and call a decoder wherever a string
//! was (javascript-obfuscator's base64 and rc4 string arrays, rotated at start-up, reached through
//! wrapper functions and aliases), split them into concatenated pieces, or build them with
//! `String.fromCharCode`; Dean Edwards' packer hides the whole script in a string rebuilt by a
//! function handed to `eval`. Reading literals then finds no pool URL, no protocol word and no
//! wasm blob. This module runs the file's top-level statements (where string arrays are set up
//! and rotated), then every call site whose arguments are constants and every concatenation of
//! constants, in an interpreter for the subset of JavaScript decoders are written in, and returns
//! the strings they produce.
//!
//! Bounds (the code run is untrusted): no host access at all: the only globals are pure functions
//! (`String`, `Math`, `parseInt`, `atob`, `decodeURIComponent`, ...); anything else (`window`,
//! `document`, `WebSocket`, timers, `eval`) is opaque, and touching it stops the statement or call
//! site. At most [`MAX_FUEL`] steps per file, [`STATEMENT_FUEL`] per top-level statement and
//! [`SITE_FUEL`] per call site; at most [`MAX_ALLOC`] bytes of arrays, objects and scopes
//! allocated per file and [`MAX_STRINGS_ALIVE`] bytes of strings alive at once; [`MAX_DEPTH`] nested evaluations; regular expressions through the `regex`
//! crate (linear time, size-limited) and charged by the length they scan. Everything the code
//! builds lives in arenas dropped with the run.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use oxc_ast::ast::*;
use oxc_span::GetSpan;
use oxc_syntax::operator::{
    AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator, UpdateOperator,
};
use oxc_syntax::reference::ReferenceId;

/// Steps (statements and expressions evaluated) per file.
pub const MAX_FUEL: u64 = 200_000_000;
/// Steps per top-level statement (string-array set-up and rotation run here).
pub const STATEMENT_FUEL: u64 = 150_000_000;
/// Steps per statement of a function body swept with its parameters opaque.
pub const SWEEP_FUEL: u64 = 2_000_000;
/// Steps per call site or concatenation.
pub const SITE_FUEL: u64 = 20_000_000;
/// Bytes of array slots, objects and scopes allocated per file (they live until the run ends).
pub const MAX_ALLOC: usize = 64 << 20;
/// Bytes of strings alive at once.
pub const MAX_STRINGS_ALIVE: usize = 64 << 20;
/// Nested evaluations (expressions, statements and calls together).
pub const MAX_DEPTH: u32 = 400;
/// Syntax-tree depth the site search descends.
const MAX_WALK: u32 = 1000;
/// Bytes of decoded strings returned per file.
const MAX_OUT: usize = 16 << 20;
/// Longest string or array built.
const MAX_LEN: usize = 16 << 20;
/// Compiled size limit for one regular expression.
const REGEX_SIZE: usize = 1 << 20;
/// What one compiled regular expression counts against [`MAX_ALLOC`].
const REGEX_CHARGE: usize = 64 << 10;

/// What the run recovered.
#[derive(Debug, Default, Clone)]
pub struct Decoded {
    /// Strings produced by call sites and concatenations, with the site's byte offset.
    pub strings: Vec<(String, u32)>,
    /// Arrays of byte values that begin a wasm module (`[0, 97, 115, 109, ...]` written as
    /// expressions), with the array's offset.
    pub wasm_arrays: Vec<(Vec<u8>, u32)>,
    /// Functions whose calls produced strings, with how many (most first).
    pub decoders: Vec<(String, usize)>,
    /// Steps spent.
    pub steps: u64,
    /// A bound stopped the run before every site was tried.
    pub exhausted: bool,
    /// Statements, call sites and swept statements stopped by their own step budget.
    pub stopped: usize,
}

/// A string's UTF-16 units, counted in [`LIVE`] while alive.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Units(Vec<u16>);

thread_local! {
    /// Bytes held by the strings alive on this thread (bounded by [`MAX_STRINGS_ALIVE`]).
    static LIVE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn live() -> usize {
    LIVE.with(std::cell::Cell::get)
}

impl Units {
    fn new(v: Vec<u16>) -> Self {
        LIVE.with(|l| l.set(l.get() + v.len() * 2));
        Units(v)
    }

    fn extend(&mut self, more: &[u16]) {
        LIVE.with(|l| l.set(l.get() + more.len() * 2));
        self.0.extend_from_slice(more);
    }
}

impl Drop for Units {
    fn drop(&mut self) {
        LIVE.with(|l| l.set(l.get().saturating_sub(self.0.len() * 2)));
    }
}

impl std::ops::Deref for Units {
    type Target = Vec<u16>;
    fn deref(&self) -> &Vec<u16> {
        &self.0
    }
}

type JStr = Rc<Units>;

fn jstr(v: Vec<u16>) -> JStr {
    Rc::new(Units::new(v))
}

#[derive(Clone, Debug)]
enum V {
    Undef,
    Null,
    Bool(bool),
    Num(f64),
    Str(JStr),
    Arr(u32),
    Obj(u32),
    Native(Native),
    Re(u32),
    Opaque,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Native {
    String,
    FromCharCode,
    Number,
    Boolean,
    Array,
    Object,
    RegExp,
    ParseInt,
    ParseFloat,
    IsNaN,
    DecodeUriComponent,
    EncodeUriComponent,
    Escape,
    Unescape,
    Atob,
    Btoa,
    Math,
    Floor,
    Ceil,
    Round,
    Abs,
    Max,
    Min,
    Pow,
    Trunc,
    Sqrt,
}

#[derive(Clone, Copy)]
enum Code<'a> {
    Fn(&'a Function<'a>, u32),
    Arrow(&'a ArrowFunctionExpression<'a>, u32),
}

struct ObjData<'a> {
    props: HashMap<String, V>,
    code: Option<Code<'a>>,
    /// The prototype an object made by `new F()` inherits from.
    proto: Option<u32>,
}

/// A scope's bindings: a short list searched in order (most scopes are a function's handful of
/// names), a hash map once it grows.
enum Vars<'a> {
    Few(Vec<(&'a str, V)>),
    Many(HashMap<&'a str, V>),
}

const FEW: usize = 24;

/// Name equality without a `memcmp` call (names are short).
#[inline]
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && (a.as_ptr() == b.as_ptr() || a.bytes().zip(b.bytes()).all(|(x, y)| x == y))
}

impl<'a> Vars<'a> {
    fn new() -> Self {
        Vars::Few(Vec::new())
    }

    fn get(&self, name: &str) -> Option<&V> {
        match self {
            Vars::Few(v) => v.iter().find(|(n, _)| same(n, name)).map(|(_, v)| v),
            Vars::Many(m) => m.get(name),
        }
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut V> {
        match self {
            Vars::Few(v) => v.iter_mut().find(|(n, _)| same(n, name)).map(|(_, v)| v),
            Vars::Many(m) => m.get_mut(name),
        }
    }

    fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    fn insert(&mut self, name: &'a str, value: V) {
        if let Some(slot) = self.get_mut(name) {
            *slot = value;
            return;
        }
        self.add(name, value);
    }

    /// Binds `name` to `value` unless it is bound already.
    fn declare(&mut self, name: &'a str, value: V) {
        if !self.contains_key(name) {
            self.add(name, value);
        }
    }

    fn add(&mut self, name: &'a str, value: V) {
        match self {
            Vars::Few(v) if v.len() < FEW => v.push((name, value)),
            Vars::Few(v) => {
                let mut m: HashMap<&'a str, V> = v.drain(..).collect();
                m.insert(name, value);
                *self = Vars::Many(m);
            }
            Vars::Many(m) => {
                m.insert(name, value);
            }
        }
    }
}

struct Scope<'a> {
    vars: Vars<'a>,
    parent: Option<u32>,
    /// A function's arguments, made into an `arguments` object when first read.
    args: Option<Vec<V>>,
    this: Option<V>,
}

struct Re {
    re: regex::Regex,
    global: bool,
}

enum Ctl<'a> {
    Throw(V),
    /// A bound, or something the interpreter does not model: not catchable.
    Abort,
    Return(V),
    Break(Option<&'a str>),
    Continue(Option<&'a str>),
}

type R<'a, T> = Result<T, Ctl<'a>>;

struct Interp<'a> {
    scopes: Vec<Scope<'a>>,
    objs: Vec<ObjData<'a>>,
    arrs: Vec<Vec<V>>,
    res: Vec<Re>,
    fuel: u64,
    site: u64,
    sweep_fuel: u64,
    alloc: usize,
    depth: u32,
    /// Function declarations anywhere in the file by name (`None`: the name is declared twice).
    hoisted: HashMap<&'a str, Option<&'a Function<'a>>>,
    /// `var x = y` anywhere in the file, by name (`None`: ambiguous).
    aliases: HashMap<&'a str, Option<&'a str>>,
    resolved: HashMap<&'a str, V>,
    resolving: u32,
    var_names: HashMap<usize, Rc<Vec<&'a str>>>,
    /// The source, for a function's `toString` (self-defending code reads its own text).
    src: &'a str,
    regex_cache: HashMap<String, u32>,
    /// Where each name reference was last found: scopes up, and slot (see [`Interp::resolve`]).
    refs: Vec<(u32, u32)>,
    /// Strings returned by the calls of the body being swept (see [`Interp::sweep`]).
    found: Option<Vec<(JStr, u32)>>,
    /// Calls of user functions under way.
    inside: u32,
}

const GLOBAL: u32 = 0;

fn js(s: &str) -> JStr {
    jstr(s.encode_utf16().collect())
}

fn rs(s: &[u16]) -> String {
    String::from_utf16_lossy(s)
}

/// Step budgets of one run (see the constants for the defaults).
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Steps per file.
    pub fuel: u64,
    /// Steps per top-level statement.
    pub statement: u64,
    /// Steps per call site or concatenation.
    pub site: u64,
    /// Steps per statement of a swept function body.
    pub sweep: u64,
}

impl Budget {
    /// For files that only build strings from pieces (no string array to rotate).
    pub const PIECES: Budget = Budget {
        fuel: 10_000_000,
        statement: 1_000_000,
        site: 1_000_000,
        sweep: 500_000,
    };
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            fuel: MAX_FUEL,
            statement: STATEMENT_FUEL,
            site: SITE_FUEL,
            sweep: SWEEP_FUEL,
        }
    }
}

/// Runs `program`'s decoders; see the module documentation for what runs and its bounds.
pub fn decode<'a>(program: &'a Program<'a>) -> Decoded {
    decode_within(program, Budget::default())
}

/// [`decode`] on a budget of its own.
pub fn decode_within<'a>(program: &'a Program<'a>, budget: Budget) -> Decoded {
    let mut sites = Sites::default();
    sites.statements(&program.body, 0);
    let mut it = Interp {
        scopes: vec![Scope {
            vars: Vars::new(),
            parent: None,
            args: None,
            this: Some(V::Opaque),
        }],
        objs: Vec::new(),
        arrs: Vec::new(),
        res: Vec::new(),
        fuel: budget.fuel,
        sweep_fuel: budget.sweep,
        site: 0,
        alloc: 0,
        depth: 0,
        hoisted: sites.functions,
        aliases: sites.aliases,
        resolved: HashMap::new(),
        resolving: 0,
        var_names: HashMap::new(),
        src: program.source_text,
        regex_cache: HashMap::new(),
        refs: Vec::new(),
        found: None,
        inside: 0,
    };
    let mut out = Decoded::default();
    // The top level: string arrays are built and rotated here.
    it.site = budget.statement;
    let _ = it.hoist(GLOBAL, &program.body);
    for s in &program.body {
        if it.fuel == 0 {
            break;
        }
        it.site = budget.statement;
        it.depth = 0;
        let _ = it.exec(GLOBAL, s);
        out.stopped += usize::from(it.site == 0);
    }
    // Every call with constant arguments, and every concatenation of constants.
    let mut seen: HashSet<String> = HashSet::new();
    let mut by_decoder: HashMap<String, usize> = HashMap::new();
    let mut bytes = 0usize;
    for site in &sites.sites {
        if it.fuel == 0 || it.alloc > MAX_ALLOC || bytes > MAX_OUT {
            out.exhausted = true;
            break;
        }
        it.site = budget.site;
        it.depth = 0;
        let (value, offset, callee) = match site {
            Site::Call(c) => (
                it.eval(GLOBAL, c).ok(),
                c.span().start,
                match c {
                    Expression::CallExpression(call) => match call.callee.without_parentheses() {
                        Expression::Identifier(id) => Some(id.name.as_str()),
                        _ => None,
                    },
                    _ => None,
                },
            ),
            Site::Concat(leaves, start) => (it.concat(leaves), *start, None),
            Site::Array(a) => {
                if let Ok(V::Arr(k)) = it.eval(GLOBAL, a) {
                    let bytes: Option<Vec<u8>> = it.arrs[k as usize]
                        .iter()
                        .map(|v| match v {
                            V::Num(x) if (0.0..=255.0).contains(x) && x.fract() == 0.0 => {
                                Some(*x as u8)
                            }
                            _ => None,
                        })
                        .collect();
                    if let Some(b) = bytes
                        && b.starts_with(b"\0asm")
                    {
                        out.wasm_arrays.push((b, a.span().start));
                    }
                }
                continue;
            }
        };
        out.stopped += usize::from(it.site == 0);
        if let Some(V::Str(s)) = value
            && s.len() >= 2
        {
            let s = rs(&s);
            if let Some(name) = callee {
                *by_decoder.entry(name.to_owned()).or_default() += 1;
            }
            if seen.insert(s.clone()) {
                bytes += s.len();
                out.strings.push((s, offset));
            }
        }
    }
    // Every function body, statement by statement with its parameters opaque: strings that are
    // put together from pieces kept in local objects (control-flow flattening's tables).
    let mut swept = Vec::new();
    for (params, body) in &sites.bodies {
        if it.fuel == 0 || it.alloc > MAX_ALLOC || bytes > MAX_OUT {
            out.exhausted = true;
            break;
        }
        out.stopped += it.sweep(params, body, &mut swept);
        for (s, offset) in swept.drain(..) {
            let s = rs(&s);
            if s.len() >= 2 && seen.insert(s.clone()) {
                bytes += s.len();
                out.strings.push((s, offset));
            }
        }
    }
    out.steps = budget.fuel - it.fuel;
    out.exhausted |= it.fuel == 0 || it.alloc > MAX_ALLOC;
    let mut d: Vec<(String, usize)> = by_decoder.into_iter().collect();
    d.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out.decoders = d;
    out
}

/// [`decode`] for source text: `None` when it does not parse or nests deeper than a parse on
/// this thread's stack allows (the scanner gives those a thread of their own).
pub fn decode_source(src: &str) -> Option<Decoded> {
    decode_source_within(src, Budget::default())
}

/// [`decode_source`] on a budget of its own (fuzzing and property tests use small ones).
pub fn decode_source_within(src: &str, budget: Budget) -> Option<Decoded> {
    if super::js::nesting(src) > 1000 {
        return None;
    }
    let alloc = oxc_allocator::Allocator::default();
    let ret = oxc_parser::Parser::new(&alloc, src, oxc_span::SourceType::unambiguous()).parse();
    if ret.panicked || !ret.diagnostics.is_empty() {
        return None;
    }
    Some(decode_within(&ret.program, budget))
}

// ---------------------------------------------------------------------------------------------
// Where to evaluate: the site search.

enum Site<'a> {
    Call(&'a Expression<'a>),
    /// An array of constant expressions (numbers hidden as arithmetic).
    Array(&'a Expression<'a>),
    Concat(Vec<&'a Expression<'a>>, u32),
}

#[derive(Default)]
struct Sites<'a> {
    sites: Vec<Site<'a>>,
    /// Every function body, to sweep statement by statement.
    bodies: Vec<(&'a FormalParameters<'a>, &'a FunctionBody<'a>)>,
    functions: HashMap<&'a str, Option<&'a Function<'a>>>,
    aliases: HashMap<&'a str, Option<&'a str>>,
}

/// A constant: literals and what is built from them without names (`String.fromCharCode(...)`,
/// `'a|b'.split('|')`, `-0x1 * 0x3 + 0x5`, `[1, 2]`, `{}`).
fn constant(e: &Expression<'_>, depth: u32) -> bool {
    if depth > 64 {
        return false;
    }
    let d = depth + 1;
    match e {
        Expression::StringLiteral(_)
        | Expression::NumericLiteral(_)
        | Expression::BooleanLiteral(_)
        | Expression::NullLiteral(_)
        | Expression::RegExpLiteral(_) => true,
        Expression::TemplateLiteral(t) => t.expressions.iter().all(|x| constant(x, d)),
        Expression::Identifier(id) => matches!(id.name.as_str(), "undefined" | "NaN" | "Infinity"),
        Expression::ParenthesizedExpression(p) => constant(&p.expression, d),
        Expression::UnaryExpression(u) => constant(&u.argument, d),
        Expression::BinaryExpression(b) => constant(&b.left, d) && constant(&b.right, d),
        Expression::LogicalExpression(b) => constant(&b.left, d) && constant(&b.right, d),
        Expression::ConditionalExpression(c) => {
            constant(&c.test, d) && constant(&c.consequent, d) && constant(&c.alternate, d)
        }
        Expression::SequenceExpression(s) => s.expressions.iter().all(|x| constant(x, d)),
        Expression::ArrayExpression(a) => a.elements.iter().all(|el| match el {
            ArrayExpressionElement::Elision(_) => true,
            ArrayExpressionElement::SpreadElement(_) => false,
            _ => el.as_expression().is_some_and(|x| constant(x, d)),
        }),
        Expression::ObjectExpression(o) => o.properties.is_empty(),
        Expression::CallExpression(c) => {
            c.arguments
                .iter()
                .all(|a| a.as_expression().is_some_and(|x| constant(x, d)))
                && match c.callee.without_parentheses() {
                    Expression::StaticMemberExpression(m) => pure_object(&m.object, d),
                    Expression::ComputedMemberExpression(m) => {
                        pure_object(&m.object, d) && constant(&m.expression, d)
                    }
                    Expression::Identifier(id) => matches!(
                        id.name.as_str(),
                        "String" | "parseInt" | "atob" | "unescape" | "decodeURIComponent"
                    ),
                    _ => false,
                }
        }
        Expression::StaticMemberExpression(m) => pure_object(&m.object, d),
        Expression::ComputedMemberExpression(m) => {
            pure_object(&m.object, d) && constant(&m.expression, d)
        }
        _ => false,
    }
}

/// The leaves of a `+` tree (through parentheses, in evaluation order) when each is a constant
/// or a call of a named function with constant arguments (a decoder call); `None` otherwise.
fn concat_leaves<'a>(e: &'a Expression<'a>) -> Option<Vec<&'a Expression<'a>>> {
    let mut leaves = Vec::new();
    let mut stack = vec![e];
    while let Some(x) = stack.pop() {
        match x.without_parentheses() {
            Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
                stack.push(&b.right);
                stack.push(&b.left);
            }
            Expression::CallExpression(c)
                if matches!(c.callee.without_parentheses(), Expression::Identifier(_))
                    && !c.arguments.is_empty()
                    && c.arguments
                        .iter()
                        .all(|a| a.as_expression().is_some_and(|x| constant(x, 0))) =>
            {
                leaves.push(x);
            }
            other if constant(other, 0) => leaves.push(x),
            _ => return None,
        }
        if leaves.len() + stack.len() > 1 << 20 {
            return None;
        }
    }
    Some(leaves)
}

fn pure_object(e: &Expression<'_>, d: u32) -> bool {
    match e.without_parentheses() {
        Expression::Identifier(id) => matches!(id.name.as_str(), "String" | "Math"),
        other => constant(other, d),
    }
}

impl<'a> Sites<'a> {
    fn statements(&mut self, body: &'a [Statement<'a>], depth: u32) {
        for s in body {
            self.statement(s, depth);
        }
    }

    fn function(&mut self, f: &'a Function<'a>, depth: u32) {
        if let Some(id) = &f.id {
            let name = id.name.as_str();
            self.functions
                .entry(name)
                .and_modify(|v| *v = None)
                .or_insert(Some(f));
        }
        for p in &f.params.items {
            if let Some(init) = &p.initializer {
                self.expr(init, depth + 1);
            }
        }
        if let Some(b) = &f.body {
            self.bodies.push((&f.params, b));
            self.statements(&b.statements, depth + 1);
        }
    }

    fn declaration(&mut self, d: &'a VariableDeclaration<'a>, depth: u32) {
        for v in &d.declarations {
            if let (BindingPattern::BindingIdentifier(id), Some(init)) = (&v.id, &v.init) {
                if let Expression::Identifier(r) = init.without_parentheses() {
                    let target = r.name.as_str();
                    self.aliases
                        .entry(id.name.as_str())
                        .and_modify(|x| {
                            if *x != Some(target) {
                                *x = None;
                            }
                        })
                        .or_insert(Some(target));
                } else if let Expression::FunctionExpression(f) = init.without_parentheses()
                    && f.id.is_none()
                {
                    // `var f = function (...) {...}` is hoisted like a declaration for sites.
                    self.functions
                        .entry(id.name.as_str())
                        .and_modify(|x| *x = None)
                        .or_insert(Some(f));
                }
            }
            if let Some(init) = &v.init {
                self.expr(init, depth + 1);
            }
        }
    }

    fn statement(&mut self, s: &'a Statement<'a>, depth: u32) {
        if depth > MAX_WALK {
            return;
        }
        let d = depth + 1;
        match s {
            Statement::ExpressionStatement(e) => self.expr(&e.expression, d),
            Statement::VariableDeclaration(v) => self.declaration(v, d),
            Statement::FunctionDeclaration(f) => self.function(f, d),
            Statement::BlockStatement(b) => self.statements(&b.body, d),
            Statement::ReturnStatement(r) => {
                if let Some(a) = &r.argument {
                    self.expr(a, d);
                }
            }
            Statement::IfStatement(i) => {
                self.expr(&i.test, d);
                self.statement(&i.consequent, d);
                if let Some(a) = &i.alternate {
                    self.statement(a, d);
                }
            }
            Statement::ForStatement(f) => {
                match &f.init {
                    Some(ForStatementInit::VariableDeclaration(v)) => self.declaration(v, d),
                    Some(init) => {
                        if let Some(e) = init.as_expression() {
                            self.expr(e, d);
                        }
                    }
                    None => {}
                }
                if let Some(t) = &f.test {
                    self.expr(t, d);
                }
                if let Some(u) = &f.update {
                    self.expr(u, d);
                }
                self.statement(&f.body, d);
            }
            Statement::ForInStatement(f) => {
                self.expr(&f.right, d);
                self.statement(&f.body, d);
            }
            Statement::ForOfStatement(f) => {
                self.expr(&f.right, d);
                self.statement(&f.body, d);
            }
            Statement::WhileStatement(w) => {
                self.expr(&w.test, d);
                self.statement(&w.body, d);
            }
            Statement::DoWhileStatement(w) => {
                self.statement(&w.body, d);
                self.expr(&w.test, d);
            }
            Statement::LabeledStatement(l) => self.statement(&l.body, d),
            Statement::SwitchStatement(sw) => {
                self.expr(&sw.discriminant, d);
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        self.expr(t, d);
                    }
                    self.statements(&c.consequent, d);
                }
            }
            Statement::TryStatement(t) => {
                self.statements(&t.block.body, d);
                if let Some(h) = &t.handler {
                    self.statements(&h.body.body, d);
                }
                if let Some(f) = &t.finalizer {
                    self.statements(&f.body, d);
                }
            }
            Statement::ThrowStatement(t) => self.expr(&t.argument, d),
            Statement::ExportDefaultDeclaration(e) => match &e.declaration {
                ExportDefaultDeclarationKind::FunctionDeclaration(f) => self.function(f, d),
                other => {
                    if let Some(x) = other.as_expression() {
                        self.expr(x, d);
                    }
                }
            },
            _ => {}
        }
    }

    fn exprs(&mut self, es: impl IntoIterator<Item = &'a Expression<'a>>, depth: u32) {
        for e in es {
            self.expr(e, depth);
        }
    }

    fn expr(&mut self, e: &'a Expression<'a>, depth: u32) {
        if depth > MAX_WALK {
            return;
        }
        let d = depth + 1;
        match e {
            Expression::CallExpression(c) => {
                let args_constant = !c.arguments.is_empty()
                    && c.arguments
                        .iter()
                        .all(|a| a.as_expression().is_some_and(|x| constant(x, 0)));
                let callee = c.callee.without_parentheses();
                let callee_ok = match callee {
                    Expression::Identifier(_) => true,
                    Expression::FunctionExpression(f) => !f.params.items.is_empty(),
                    Expression::StaticMemberExpression(m) => pure_object(&m.object, 0),
                    Expression::ComputedMemberExpression(m) => {
                        pure_object(&m.object, 0) && constant(&m.expression, 0)
                    }
                    _ => false,
                };
                if args_constant && callee_ok {
                    self.sites.push(Site::Call(e));
                    if let Expression::FunctionExpression(f) = callee {
                        self.function(f, d);
                    }
                    // The arguments may be sites themselves (`f(String.fromCharCode(...))`
                    // where `f` cannot be run).
                    self.exprs(c.arguments.iter().filter_map(|a| a.as_expression()), d);
                    return;
                }
                self.expr(&c.callee, d);
                self.exprs(c.arguments.iter().filter_map(|a| a.as_expression()), d);
            }
            Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
                match concat_leaves(e) {
                    Some(leaves)
                        if leaves
                            .iter()
                            .any(|x| !matches!(x, Expression::NumericLiteral(_))) =>
                    {
                        self.sites.push(Site::Concat(leaves, e.span().start));
                    }
                    _ => {
                        // The left spine without recursion; the rest as usual.
                        let mut cur: &'a Expression<'a> = e;
                        while let Expression::BinaryExpression(b) = cur
                            && b.operator == BinaryOperator::Addition
                        {
                            self.expr(&b.right, d);
                            cur = &b.left;
                        }
                        self.expr(cur, d);
                    }
                }
            }
            Expression::BinaryExpression(b) => {
                self.expr(&b.left, d);
                self.expr(&b.right, d);
            }
            Expression::LogicalExpression(b) => {
                self.expr(&b.left, d);
                self.expr(&b.right, d);
            }
            Expression::AssignmentExpression(a) => {
                if let Some(m) = a.left.as_member_expression() {
                    self.member(m, d);
                }
                self.expr(&a.right, d);
            }
            Expression::ConditionalExpression(c) => {
                self.expr(&c.test, d);
                self.expr(&c.consequent, d);
                self.expr(&c.alternate, d);
            }
            Expression::SequenceExpression(s) => self.exprs(s.expressions.iter(), d),
            Expression::ParenthesizedExpression(p) => self.expr(&p.expression, d),
            Expression::UnaryExpression(u) => self.expr(&u.argument, d),
            Expression::AwaitExpression(u) => self.expr(&u.argument, d),
            Expression::NewExpression(n) => {
                self.expr(&n.callee, d);
                self.exprs(n.arguments.iter().filter_map(|a| a.as_expression()), d);
            }
            Expression::ArrayExpression(a) => {
                if a.elements.len() >= 8
                    && !a
                        .elements
                        .iter()
                        .all(|x| matches!(x, ArrayExpressionElement::NumericLiteral(_)))
                    && constant(e, 0)
                {
                    self.sites.push(Site::Array(e));
                    return;
                }
                self.exprs(a.elements.iter().filter_map(|x| x.as_expression()), d)
            }
            Expression::ObjectExpression(o) => {
                for p in &o.properties {
                    if let ObjectPropertyKind::ObjectProperty(p) = p {
                        if let Some(k) = p.key.as_expression() {
                            self.expr(k, d);
                        }
                        self.expr(&p.value, d);
                    }
                }
            }
            Expression::TemplateLiteral(t) => self.exprs(t.expressions.iter(), d),
            Expression::FunctionExpression(f) => self.function(f, d),
            Expression::ArrowFunctionExpression(f) => match &f.body {
                ArrowFunctionBody::FunctionBody(b) => {
                    self.bodies.push((&f.params, b));
                    self.statements(&b.statements, d);
                }
                other => {
                    if let Some(x) = other.as_expression() {
                        self.expr(x, d);
                    }
                }
            },
            Expression::StaticMemberExpression(_)
            | Expression::ComputedMemberExpression(_)
            | Expression::PrivateFieldExpression(_) => {
                if let Some(m) = e.as_member_expression() {
                    self.member(m, d);
                }
            }
            Expression::ChainExpression(c) => {
                if let Some(m) = c.expression.as_member_expression() {
                    self.member(m, d);
                }
            }
            _ => {}
        }
    }

    fn member(&mut self, m: &'a MemberExpression<'a>, d: u32) {
        self.expr(m.object(), d);
        if let MemberExpression::ComputedMemberExpression(c) = m {
            self.expr(&c.expression, d);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Values.

fn truthy(v: &V) -> bool {
    match v {
        V::Undef | V::Null => false,
        V::Bool(b) => *b,
        V::Num(n) => *n != 0.0 && !n.is_nan(),
        V::Str(s) => !s.is_empty(),
        _ => true,
    }
}

fn num_to_string(x: f64) -> String {
    if x.is_nan() {
        "NaN".into()
    } else if x.is_infinite() {
        if x > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if x == 0.0 {
        "0".into()
    } else if x.fract() == 0.0 && x.abs() < 1e21 {
        format!("{}", x as i128)
    } else if x.abs() < 1e-6 || x.abs() >= 1e21 {
        let s = format!("{x:e}");
        match s.split_once('e') {
            Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
            _ => s,
        }
    } else {
        format!("{x}")
    }
}

fn is_js_space(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

fn trim_js(s: &[u16]) -> &[u16] {
    let start = s.iter().position(|c| !is_js_space(*c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !is_js_space(*c))
        .map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

/// The longest prefix of `s` that is a decimal literal (`StrDecimalLiteral`), as its length.
fn decimal_prefix(s: &[u8]) -> usize {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    if s[i..].starts_with(b"Infinity") {
        return i + 8;
    }
    let digits_from = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut int_digits = i - digits_from;
    if i < s.len() && s[i] == b'.' {
        let dot = i;
        i += 1;
        let f = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if int_digits == 0 && i == f {
            return 0;
        }
        if i == f && int_digits == 0 {
            i = dot;
        }
        int_digits += i - f;
    }
    if int_digits == 0 {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let k = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > k {
            i = j;
        }
    }
    i
}

fn parse_decimal(s: &str) -> f64 {
    let t = s.trim_start_matches('+');
    match t {
        "Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        _ => t.parse().unwrap_or(f64::NAN),
    }
}

fn str_to_num(s: &[u16]) -> f64 {
    let t = trim_js(s);
    if t.is_empty() {
        return 0.0;
    }
    if t.iter().any(|c| *c > 0x7F) {
        return f64::NAN;
    }
    let b: Vec<u8> = t.iter().map(|c| *c as u8).collect();
    for (prefix, radix) in [
        (b"0x", 16),
        (b"0X", 16),
        (b"0o", 8),
        (b"0O", 8),
        (b"0b", 2),
        (b"0B", 2),
    ] {
        if b.starts_with(prefix) {
            let digits = &b[2..];
            if digits.is_empty() {
                return f64::NAN;
            }
            let mut v = 0f64;
            for c in digits {
                match (*c as char).to_digit(radix) {
                    Some(d) => v = v * f64::from(radix) + f64::from(d),
                    None => return f64::NAN,
                }
            }
            return v;
        }
    }
    if decimal_prefix(&b) == b.len() {
        parse_decimal(std::str::from_utf8(&b).unwrap_or("x"))
    } else {
        f64::NAN
    }
}

fn to_int32(x: f64) -> i32 {
    if !x.is_finite() {
        return 0;
    }
    (x.trunc().rem_euclid(4294967296.0) as u32) as i32
}

fn to_uint32(x: f64) -> u32 {
    to_int32(x) as u32
}

/// `parseInt(s, radix)` as the specification has it.
fn parse_int(s: &[u16], radix: Option<f64>) -> f64 {
    let mut t = trim_js(s);
    let mut sign = 1.0;
    if let Some(&c) = t.first()
        && (c == u16::from(b'-') || c == u16::from(b'+'))
    {
        if c == u16::from(b'-') {
            sign = -1.0;
        }
        t = &t[1..];
    }
    let mut r = radix.map_or(0, to_int32);
    let hex_prefix = t.len() >= 2
        && t[0] == u16::from(b'0')
        && (t[1] == u16::from(b'x') || t[1] == u16::from(b'X'));
    if r == 0 {
        r = 10;
        if hex_prefix {
            r = 16;
            t = &t[2..];
        }
    } else if r == 16 && hex_prefix {
        t = &t[2..];
    }
    if !(2..=36).contains(&r) {
        return f64::NAN;
    }
    let mut v = 0f64;
    let mut any = false;
    for &c in t {
        let Some(d) = char::from_u32(u32::from(c)).and_then(|ch| ch.to_digit(r as u32)) else {
            break;
        };
        v = v * f64::from(r) + f64::from(d);
        any = true;
    }
    if any { sign * v } else { f64::NAN }
}

fn parse_float(s: &[u16]) -> f64 {
    let t = trim_js(s);
    let b: Vec<u8> = t
        .iter()
        .take_while(|c| **c < 0x80)
        .map(|c| *c as u8)
        .collect();
    let n = decimal_prefix(&b);
    if n == 0 {
        return f64::NAN;
    }
    parse_decimal(std::str::from_utf8(&b[..n]).unwrap_or("x"))
}

fn radix_string(x: f64, radix: u32) -> Option<String> {
    if radix == 10 {
        return Some(num_to_string(x));
    }
    if !x.is_finite() || x.fract() != 0.0 || x.abs() > 9.007_199_254_740_992e15 {
        return None;
    }
    let neg = x < 0.0;
    let mut n = x.abs() as u64;
    let mut digits = Vec::new();
    loop {
        digits.push(std::char::from_digit((n % u64::from(radix)) as u32, radix)?);
        n /= u64::from(radix);
        if n == 0 {
            break;
        }
    }
    if neg {
        digits.push('-');
    }
    Some(digits.into_iter().rev().collect())
}

fn base64_value(c: u16) -> Option<u32> {
    let c = u8::try_from(c).ok()?;
    Some(match c {
        b'A'..=b'Z' => u32::from(c - b'A'),
        b'a'..=b'z' => u32::from(c - b'a') + 26,
        b'0'..=b'9' => u32::from(c - b'0') + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    })
}

/// `atob`: forgiving base64 to a Latin-1 string; `None` where the browser throws.
fn atob(s: &[u16]) -> Option<Vec<u16>> {
    let mut t: Vec<u16> = s.iter().copied().filter(|c| !is_js_space(*c)).collect();
    if t.len().is_multiple_of(4) {
        while t.last() == Some(&u16::from(b'=')) {
            t.pop();
        }
    }
    if t.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(t.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in t {
        acc = (acc << 6) | base64_value(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xFF) as u16);
        }
    }
    Some(out)
}

fn btoa(s: &[u16]) -> Option<Vec<u16>> {
    let bytes: Vec<u8> = s
        .iter()
        .map(|c| u8::try_from(*c).ok())
        .collect::<Option<_>>()?;
    use base64::Engine as _;
    Some(
        base64::engine::general_purpose::STANDARD
            .encode(bytes)
            .encode_utf16()
            .collect(),
    )
}

/// `decodeURIComponent`; `None` where it throws (a malformed escape or UTF-8 sequence).
fn decode_uri(s: &[u16]) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != u16::from(b'%') {
            out.push(s[i]);
            i += 1;
            continue;
        }
        let mut bytes = Vec::new();
        while i < s.len() && s[i] == u16::from(b'%') {
            let h = |c: u16| char::from_u32(u32::from(c)).and_then(|c| c.to_digit(16));
            let (Some(a), Some(b)) = (h(*s.get(i + 1)?), h(*s.get(i + 2)?)) else {
                return None;
            };
            bytes.push((a * 16 + b) as u8);
            i += 3;
            if bytes[0] < 0x80 {
                break;
            }
            let need = match bytes[0] {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => return None,
            };
            if bytes.len() == need {
                break;
            }
        }
        let text = std::str::from_utf8(&bytes).ok()?;
        out.extend(text.encode_utf16());
    }
    Some(out)
}

fn encode_uri(s: &[u16]) -> Option<Vec<u16>> {
    let text = String::from_utf16(s).ok()?;
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Some(out.encode_utf16().collect())
}

fn unescape(s: &[u16]) -> Vec<u16> {
    let h = |c: u16| char::from_u32(u32::from(c)).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == u16::from(b'%') {
            if s.get(i + 1) == Some(&u16::from(b'u'))
                && i + 5 < s.len()
                && let Some(v) = (2..6).try_fold(0u32, |acc, k| h(s[i + k]).map(|d| acc * 16 + d))
            {
                out.push(v as u16);
                i += 6;
                continue;
            }
            if i + 2 < s.len()
                && let (Some(a), Some(b)) = (h(s[i + 1]), h(s[i + 2]))
            {
                out.push((a * 16 + b) as u16);
                i += 3;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

fn escape(s: &[u16]) -> Vec<u16> {
    let mut out = String::new();
    for &c in s {
        match u8::try_from(c) {
            Ok(b) if b.is_ascii_alphanumeric() || b"@*_+-./".contains(&b) => out.push(b as char),
            Ok(b) => out.push_str(&format!("%{b:02X}")),
            Err(_) => out.push_str(&format!("%u{c:04X}")),
        }
    }
    out.encode_utf16().collect()
}

fn find_sub(h: &[u16], n: &[u16], from: usize) -> Option<usize> {
    if n.is_empty() {
        return Some(from.min(h.len()));
    }
    if from >= h.len() {
        return None;
    }
    h[from..]
        .windows(n.len())
        .position(|w| w == n)
        .map(|p| p + from)
}

/// A relative index (`slice`'s negative counts from the end), clamped to `0..=len`.
fn rel_index(v: &V, len: usize, default: usize) -> usize {
    let V::Num(x) = v else {
        return if matches!(v, V::Undef) { default } else { 0 };
    };
    if x.is_nan() {
        return 0;
    }
    let x = x.trunc();
    if x < 0.0 {
        (len as f64 + x).max(0.0) as usize
    } else {
        x.min(len as f64) as usize
    }
}

fn arg(args: &[V], i: usize) -> V {
    args.get(i).cloned().unwrap_or(V::Undef)
}

fn type_error<'a>() -> Ctl<'a> {
    Ctl::Throw(V::Str(js("TypeError")))
}

// ---------------------------------------------------------------------------------------------
// The interpreter.

impl<'a> Interp<'a> {
    fn tick(&mut self, n: u64) -> R<'a, ()> {
        if self.site < n || self.fuel < n {
            self.fuel = self.fuel.saturating_sub(self.site.min(n));
            self.site = 0;
            return Err(Ctl::Abort);
        }
        self.fuel -= n;
        self.site -= n;
        Ok(())
    }

    fn charge(&mut self, bytes: usize) -> R<'a, ()> {
        self.alloc += bytes;
        if self.alloc > MAX_ALLOC {
            self.fuel = 0;
            return Err(Ctl::Abort);
        }
        Ok(())
    }

    fn string(&mut self, s: Vec<u16>) -> R<'a, V> {
        if s.len() > MAX_LEN {
            return Err(Ctl::Abort);
        }
        let v = V::Str(jstr(s));
        if live() > MAX_STRINGS_ALIVE {
            self.fuel = 0;
            return Err(Ctl::Abort);
        }
        Ok(v)
    }

    fn array(&mut self, items: Vec<V>) -> R<'a, V> {
        if items.len() > MAX_LEN {
            return Err(Ctl::Abort);
        }
        self.charge(items.len() * 24 + 32)?;
        self.arrs.push(items);
        Ok(V::Arr((self.arrs.len() - 1) as u32))
    }

    fn object(&mut self, code: Option<Code<'a>>) -> R<'a, V> {
        self.charge(96)?;
        self.objs.push(ObjData {
            props: HashMap::new(),
            code,
            proto: None,
        });
        Ok(V::Obj((self.objs.len() - 1) as u32))
    }

    fn scope(&mut self, parent: u32, args: Option<Vec<V>>, this: Option<V>) -> R<'a, u32> {
        self.charge(128)?;
        self.scopes.push(Scope {
            vars: Vars::new(),
            parent: Some(parent),
            args,
            this,
        });
        Ok((self.scopes.len() - 1) as u32)
    }

    fn regex(&mut self, pattern: &str, flags: &str) -> R<'a, V> {
        // The same pattern compiles once (decoders build theirs on every call).
        let key = format!("{flags}/{pattern}");
        if let Some(k) = self.regex_cache.get(&key) {
            return Ok(V::Re(*k));
        }
        self.tick(pattern.len() as u64 * 64 + 1024)?;
        self.charge(REGEX_CHARGE)?;
        let pattern = js_pattern(pattern);
        let mut b = regex::RegexBuilder::new(&pattern);
        b.size_limit(REGEX_SIZE)
            .case_insensitive(flags.contains('i'))
            .multi_line(flags.contains('m'))
            .dot_matches_new_line(flags.contains('s'));
        let Ok(re) = b.build() else {
            return Err(Ctl::Abort);
        };
        self.res.push(Re {
            re,
            global: flags.contains('g'),
        });
        let k = (self.res.len() - 1) as u32;
        self.regex_cache.insert(key, k);
        Ok(V::Re(k))
    }

    // --- names ---

    fn lookup(&mut self, env: u32, name: &'a str) -> R<'a, V> {
        let mut cur = Some(env);
        while let Some(i) = cur {
            let s = &self.scopes[i as usize];
            if let Some(v) = s.vars.get(name) {
                return Ok(v.clone());
            }
            if name == "arguments"
                && let Some(args) = s.args.clone()
            {
                let o = self.object(None)?;
                if let V::Obj(k) = o {
                    let props = &mut self.objs[k as usize].props;
                    for (n, a) in args.iter().enumerate() {
                        props.insert(n.to_string(), a.clone());
                    }
                    props.insert("length".into(), V::Num(args.len() as f64));
                }
                self.scopes[i as usize].vars.insert(name, o.clone());
                return Ok(o);
            }
            cur = s.parent;
        }
        self.fallback(name)
    }

    /// The scope and slot that hold the name `id` refers to from `env`, when a short scope
    /// does. The answer is remembered in the reference's `reference_id` (unused without
    /// semantic analysis) and checked on the next use: scopes are made in the same shape each
    /// time a function runs, so loops find their names without a search.
    fn resolve(&mut self, env: u32, id: &'a IdentifierReference<'a>) -> Option<(u32, usize)> {
        let name = id.name.as_str();
        if let Some(r) = id.reference_id.get()
            && let Some(&(hops, slot)) = self.refs.get(r.index())
        {
            let mut s = env;
            let mut ok = true;
            for _ in 0..hops {
                match self.scopes[s as usize].parent {
                    Some(p) => s = p,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok
                && let Vars::Few(v) = &self.scopes[s as usize].vars
                && let Some((n, _)) = v.get(slot as usize)
                && same(n, name)
            {
                return Some((s, slot as usize));
            }
        }
        let mut s = env;
        let mut hops = 0u32;
        loop {
            let scope = &self.scopes[s as usize];
            match &scope.vars {
                Vars::Few(v) => {
                    if let Some(p) = v.iter().position(|(n, _)| same(n, name)) {
                        let entry = (hops, p as u32);
                        match id.reference_id.get() {
                            Some(r) if r.index() < self.refs.len() => self.refs[r.index()] = entry,
                            _ if self.refs.len() < u32::MAX as usize / 2 => {
                                id.reference_id.set(Some(ReferenceId::new(self.refs.len())));
                                self.refs.push(entry);
                            }
                            _ => {}
                        }
                        return Some((s, p));
                    }
                }
                Vars::Many(m) => {
                    if m.contains_key(name) {
                        return None;
                    }
                }
            }
            if name == "arguments" && scope.args.is_some() {
                return None;
            }
            s = scope.parent?;
            hops += 1;
        }
    }

    fn lookup_id(&mut self, env: u32, id: &'a IdentifierReference<'a>) -> R<'a, V> {
        if let Some((s, slot)) = self.resolve(env, id)
            && let Vars::Few(v) = &self.scopes[s as usize].vars
        {
            return Ok(v[slot].1.clone());
        }
        self.lookup(env, id.name.as_str())
    }

    fn set_id(&mut self, env: u32, id: &'a IdentifierReference<'a>, value: V) {
        if let Some((s, slot)) = self.resolve(env, id)
            && let Vars::Few(v) = &mut self.scopes[s as usize].vars
        {
            v[slot].1 = value;
            return;
        }
        self.set(env, id.name.as_str(), value);
    }

    fn fallback(&mut self, name: &'a str) -> R<'a, V> {
        let native = match name {
            "undefined" => return Ok(V::Undef),
            "NaN" => return Ok(V::Num(f64::NAN)),
            "Infinity" => return Ok(V::Num(f64::INFINITY)),
            "String" => Native::String,
            "Number" => Native::Number,
            "Boolean" => Native::Boolean,
            "Array" => Native::Array,
            "Object" => Native::Object,
            "RegExp" => Native::RegExp,
            "parseInt" => Native::ParseInt,
            "parseFloat" => Native::ParseFloat,
            "isNaN" => Native::IsNaN,
            "decodeURIComponent" | "decodeURI" => Native::DecodeUriComponent,
            "encodeURIComponent" | "encodeURI" => Native::EncodeUriComponent,
            "escape" => Native::Escape,
            "unescape" => Native::Unescape,
            "atob" => Native::Atob,
            "btoa" => Native::Btoa,
            "Math" => Native::Math,
            _ => {
                if let Some(v) = self.resolved.get(name) {
                    return Ok(v.clone());
                }
                let v = if let Some(Some(f)) = self.hoisted.get(name).copied() {
                    self.object(Some(Code::Fn(f, GLOBAL)))?
                } else if let Some(Some(target)) = self.aliases.get(name).copied()
                    && self.resolving < 4
                    && target != name
                {
                    self.resolving += 1;
                    let v = self.lookup(GLOBAL, target);
                    self.resolving -= 1;
                    v?
                } else {
                    V::Opaque
                };
                if !matches!(v, V::Opaque) {
                    self.resolved.insert(name, v.clone());
                }
                return Ok(v);
            }
        };
        Ok(V::Native(native))
    }

    /// Assigns to an existing binding up the chain, or creates a global (sloppy mode).
    fn set(&mut self, env: u32, name: &'a str, v: V) {
        let mut cur = Some(env);
        while let Some(i) = cur {
            let s = &mut self.scopes[i as usize];
            if let Some(slot) = s.vars.get_mut(name) {
                *slot = v;
                return;
            }
            cur = s.parent;
        }
        self.resolved.remove(name);
        self.scopes[GLOBAL as usize].vars.insert(name, v);
    }

    fn define(&mut self, env: u32, name: &'a str, v: V) {
        self.scopes[env as usize].vars.insert(name, v);
    }

    /// Function declarations of a statement list, bound before it runs.
    fn hoist(&mut self, env: u32, body: &'a [Statement<'a>]) -> R<'a, ()> {
        for s in body {
            if let Statement::FunctionDeclaration(f) = s
                && let Some(id) = &f.id
            {
                let v = self.object(Some(Code::Fn(f, env)))?;
                self.define(env, id.name.as_str(), v);
            }
        }
        Ok(())
    }

    /// `var` names of a function body (not of functions inside it).
    fn vars_of(&mut self, body: &'a FunctionBody<'a>) -> Rc<Vec<&'a str>> {
        let key = std::ptr::from_ref(body) as usize;
        if let Some(v) = self.var_names.get(&key) {
            return v.clone();
        }
        fn walk<'a>(s: &'a Statement<'a>, out: &mut Vec<&'a str>, depth: u32) {
            if depth > 200 {
                return;
            }
            let d = depth + 1;
            let decl = |v: &'a VariableDeclaration<'a>, out: &mut Vec<&'a str>| {
                if v.kind == VariableDeclarationKind::Var {
                    for x in &v.declarations {
                        if let BindingPattern::BindingIdentifier(id) = &x.id {
                            out.push(id.name.as_str());
                        }
                    }
                }
            };
            match s {
                Statement::VariableDeclaration(v) => decl(v, out),
                Statement::BlockStatement(b) => b.body.iter().for_each(|s| walk(s, out, d)),
                Statement::IfStatement(i) => {
                    walk(&i.consequent, out, d);
                    if let Some(a) = &i.alternate {
                        walk(a, out, d);
                    }
                }
                Statement::ForStatement(f) => {
                    if let Some(ForStatementInit::VariableDeclaration(v)) = &f.init {
                        decl(v, out);
                    }
                    walk(&f.body, out, d);
                }
                Statement::ForInStatement(f) => {
                    if let ForStatementLeft::VariableDeclaration(v) = &f.left {
                        decl(v, out);
                    }
                    walk(&f.body, out, d);
                }
                Statement::ForOfStatement(f) => {
                    if let ForStatementLeft::VariableDeclaration(v) = &f.left {
                        decl(v, out);
                    }
                    walk(&f.body, out, d);
                }
                Statement::WhileStatement(w) => walk(&w.body, out, d),
                Statement::DoWhileStatement(w) => walk(&w.body, out, d),
                Statement::LabeledStatement(l) => walk(&l.body, out, d),
                Statement::SwitchStatement(sw) => sw
                    .cases
                    .iter()
                    .flat_map(|c| c.consequent.iter())
                    .for_each(|s| walk(s, out, d)),
                Statement::TryStatement(t) => {
                    t.block.body.iter().for_each(|s| walk(s, out, d));
                    if let Some(h) = &t.handler {
                        h.body.body.iter().for_each(|s| walk(s, out, d));
                    }
                    if let Some(f) = &t.finalizer {
                        f.body.iter().for_each(|s| walk(s, out, d));
                    }
                }
                _ => {}
            }
        }
        let mut out = Vec::new();
        for s in &body.statements {
            walk(s, &mut out, 0);
        }
        let v = Rc::new(out);
        self.var_names.insert(key, v.clone());
        v
    }

    // --- calls ---

    fn call(&mut self, f: &V, this: V, args: Vec<V>) -> R<'a, V> {
        self.tick(1)?;
        match f {
            V::Native(n) => self.native(*n, args),
            V::Obj(i) => {
                let Some(code) = self.objs[*i as usize].code else {
                    return Err(type_error());
                };
                if self.depth > MAX_DEPTH {
                    return Err(Ctl::Abort);
                }
                self.depth += 1;
                self.inside += 1;
                let r = self.invoke(code, f.clone(), this, args);
                self.inside -= 1;
                self.depth -= 1;
                r
            }
            V::Opaque => Err(Ctl::Abort),
            _ => Err(type_error()),
        }
    }

    fn params(&mut self, env: u32, params: &'a FormalParameters<'a>, args: &[V]) -> R<'a, ()> {
        for (k, p) in params.items.iter().enumerate() {
            let BindingPattern::BindingIdentifier(id) = &p.pattern else {
                return Err(Ctl::Abort);
            };
            let mut v = arg(args, k);
            if matches!(v, V::Undef)
                && let Some(init) = &p.initializer
            {
                v = self.eval(env, init)?;
            }
            self.define(env, id.name.as_str(), v);
        }
        if let Some(rest) = &params.rest {
            let BindingPattern::BindingIdentifier(id) = &rest.rest.argument else {
                return Err(Ctl::Abort);
            };
            let items = args.get(params.items.len()..).unwrap_or(&[]).to_vec();
            let a = self.array(items)?;
            self.define(env, id.name.as_str(), a);
        }
        Ok(())
    }

    fn invoke(&mut self, code: Code<'a>, me: V, this: V, args: Vec<V>) -> R<'a, V> {
        match code {
            Code::Fn(f, closure) => {
                let Some(body) = &f.body else {
                    return Ok(V::Undef);
                };
                if f.generator || f.r#async {
                    return Err(Ctl::Abort);
                }
                let env = self.scope(closure, Some(args.clone()), Some(this))?;
                if let Some(id) = &f.id
                    && f.r#type == FunctionType::FunctionExpression
                {
                    self.define(env, id.name.as_str(), me);
                }
                self.params(env, &f.params, &args)?;
                for name in self.vars_of(body).iter() {
                    self.scopes[env as usize].vars.declare(name, V::Undef);
                }
                self.hoist(env, &body.statements)?;
                for s in &body.statements {
                    match self.exec(env, s) {
                        Ok(()) => {}
                        Err(Ctl::Return(v)) => return Ok(v),
                        Err(Ctl::Break(_) | Ctl::Continue(_)) => return Err(Ctl::Abort),
                        Err(e) => return Err(e),
                    }
                }
                Ok(V::Undef)
            }
            Code::Arrow(f, closure) => {
                if f.r#async {
                    return Err(Ctl::Abort);
                }
                let env = self.scope(closure, None, None)?;
                self.params(env, &f.params, &args)?;
                let body = match &f.body {
                    ArrowFunctionBody::FunctionBody(b) => b,
                    other => return self.eval(env, other.as_expression().ok_or(Ctl::Abort)?),
                };
                self.hoist(env, &body.statements)?;
                for s in &body.statements {
                    match self.exec(env, s) {
                        Ok(()) => {}
                        Err(Ctl::Return(v)) => return Ok(v),
                        Err(Ctl::Break(_) | Ctl::Continue(_)) => return Err(Ctl::Abort),
                        Err(e) => return Err(e),
                    }
                }
                Ok(V::Undef)
            }
        }
    }

    /// Runs a function body's statements one by one in a scope of its own, parameters opaque,
    /// each on [`SWEEP_FUEL`]; the strings its `var`s and assignments to names end up holding
    /// go to `found`.
    /// Returns how many statements their budget stopped.
    fn sweep(
        &mut self,
        params: &'a FormalParameters<'a>,
        body: &'a FunctionBody<'a>,
        found: &mut Vec<(JStr, u32)>,
    ) -> usize {
        let mut stopped = 0;
        let Ok(env) = self.scope(GLOBAL, Some(Vec::new()), Some(V::Opaque)) else {
            return stopped;
        };
        for p in &params.items {
            if let BindingPattern::BindingIdentifier(id) = &p.pattern {
                self.define(env, id.name.as_str(), V::Opaque);
            }
        }
        if let Some(rest) = &params.rest
            && let BindingPattern::BindingIdentifier(id) = &rest.rest.argument
        {
            self.define(env, id.name.as_str(), V::Opaque);
        }
        for name in self.vars_of(body).iter() {
            self.scopes[env as usize].vars.declare(name, V::Undef);
        }
        self.site = self.sweep_fuel;
        if self.hoist(env, &body.statements).is_err() {
            return stopped;
        }
        for s in &body.statements {
            if self.fuel == 0 {
                return stopped;
            }
            self.site = self.sweep_fuel;
            self.depth = 0;
            self.inside = 0;
            self.found = Some(Vec::new());
            let r = self.exec(env, s);
            stopped += usize::from(self.site == 0);
            // Calls nest (`h(h(a, b), c)` builds a string in steps): the steps that the next
            // string continues are dropped.
            let mut calls = self.found.take().unwrap_or_default();
            calls.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
            let mut kept: Vec<(JStr, u32)> = Vec::new();
            for (s, at) in calls {
                if !kept.iter().any(|(k, _)| k.starts_with(&s[..])) {
                    kept.push((s, at));
                }
            }
            found.extend(kept);
            if r.is_err() {
                continue;
            }
            let mut keep = |name: &str, at: u32, me: &Self| {
                if let Some(V::Str(v)) = me.scopes[env as usize].vars.get(name) {
                    found.push((v.clone(), at));
                }
            };
            match s {
                Statement::VariableDeclaration(d) => {
                    for x in &d.declarations {
                        if let (BindingPattern::BindingIdentifier(id), Some(_)) = (&x.id, &x.init) {
                            keep(id.name.as_str(), x.span.start, self);
                        }
                    }
                }
                Statement::ExpressionStatement(e) => {
                    if let Expression::AssignmentExpression(a) = &e.expression
                        && let AssignmentTarget::AssignmentTargetIdentifier(id) = &a.left
                    {
                        keep(id.name.as_str(), a.span.start, self);
                    }
                }
                _ => {}
            }
        }
        stopped
    }

    fn this(&self, env: u32) -> V {
        let mut cur = Some(env);
        while let Some(i) = cur {
            let s = &self.scopes[i as usize];
            if let Some(t) = &s.this {
                return t.clone();
            }
            cur = s.parent;
        }
        V::Opaque
    }

    fn native(&mut self, n: Native, args: Vec<V>) -> R<'a, V> {
        let a0 = arg(&args, 0);
        let num = |me: &mut Self, i: usize| me.number_of(&arg(&args, i));
        Ok(match n {
            Native::String => {
                if args.is_empty() {
                    V::Str(jstr(Vec::new()))
                } else {
                    V::Str(self.string_of(&a0)?)
                }
            }
            Native::FromCharCode => {
                let mut s = Vec::with_capacity(args.len());
                for a in &args {
                    s.push(to_uint32(self.number_of(a)?) as u16);
                }
                self.string(s)?
            }
            Native::Number => V::Num(if args.is_empty() {
                0.0
            } else {
                self.number_of(&a0)?
            }),
            Native::Boolean => V::Bool(truthy(&a0)),
            Native::Array => {
                if let (1, V::Num(n)) = (args.len(), &a0) {
                    if n.fract() != 0.0 || *n < 0.0 || *n > MAX_LEN as f64 {
                        return Err(Ctl::Throw(V::Str(js("RangeError"))));
                    }
                    self.array(vec![V::Undef; *n as usize])?
                } else {
                    self.array(args)?
                }
            }
            Native::Object => self.object(None)?,
            Native::RegExp => {
                let p = self.string_of(&a0)?;
                let flags = match arg(&args, 1) {
                    V::Undef => String::new(),
                    f => rs(&self.string_of(&f)?),
                };
                self.regex(&rs(&p), &flags)?
            }
            Native::ParseInt => {
                let s = self.string_of(&a0)?;
                let r = match arg(&args, 1) {
                    V::Undef => None,
                    r => Some(self.number_of(&r)?),
                };
                V::Num(parse_int(&s, r))
            }
            Native::ParseFloat => V::Num(parse_float(&self.string_of(&a0)?)),
            Native::IsNaN => V::Bool(num(self, 0)?.is_nan()),
            Native::DecodeUriComponent => {
                let s = self.string_of(&a0)?;
                match decode_uri(&s) {
                    Some(d) => self.string(d)?,
                    None => return Err(Ctl::Throw(V::Str(js("URIError")))),
                }
            }
            Native::EncodeUriComponent => {
                let s = self.string_of(&a0)?;
                match encode_uri(&s) {
                    Some(d) => self.string(d)?,
                    None => return Err(Ctl::Throw(V::Str(js("URIError")))),
                }
            }
            Native::Escape => {
                let s = self.string_of(&a0)?;
                self.string(escape(&s))?
            }
            Native::Unescape => {
                let s = self.string_of(&a0)?;
                self.string(unescape(&s))?
            }
            Native::Atob => {
                let s = self.string_of(&a0)?;
                self.tick(s.len() as u64 / 16)?;
                match atob(&s) {
                    Some(d) => self.string(d)?,
                    None => return Err(Ctl::Throw(V::Str(js("InvalidCharacterError")))),
                }
            }
            Native::Btoa => {
                let s = self.string_of(&a0)?;
                self.tick(s.len() as u64 / 16)?;
                match btoa(&s) {
                    Some(d) => self.string(d)?,
                    None => return Err(Ctl::Throw(V::Str(js("InvalidCharacterError")))),
                }
            }
            Native::Math => return Err(type_error()),
            Native::Floor => V::Num(num(self, 0)?.floor()),
            Native::Ceil => V::Num(num(self, 0)?.ceil()),
            Native::Round => V::Num((num(self, 0)? + 0.5).floor()),
            Native::Abs => V::Num(num(self, 0)?.abs()),
            Native::Trunc => V::Num(num(self, 0)?.trunc()),
            Native::Sqrt => V::Num(num(self, 0)?.sqrt()),
            Native::Pow => V::Num(num(self, 0)?.powf(num(self, 1)?)),
            Native::Max | Native::Min => {
                let mut acc = if n == Native::Max {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                };
                for a in &args {
                    let x = self.number_of(a)?;
                    if x.is_nan() {
                        return Ok(V::Num(f64::NAN));
                    }
                    acc = if n == Native::Max {
                        acc.max(x)
                    } else {
                        acc.min(x)
                    };
                }
                V::Num(acc)
            }
        })
    }

    fn method(&mut self, recv: V, key: &str, args: Vec<V>) -> R<'a, V> {
        self.tick(1)?;
        match &recv {
            V::Str(s) => self.str_method(s.clone(), key, args),
            V::Arr(i) => self.arr_method(*i, key, args),
            V::Num(x) => match key {
                "toString" => {
                    let r = match arg(&args, 0) {
                        V::Undef => 10,
                        r => to_int32(self.number_of(&r)?),
                    };
                    if !(2..=36).contains(&r) {
                        return Err(Ctl::Throw(V::Str(js("RangeError"))));
                    }
                    match radix_string(*x, r as u32) {
                        Some(s) => self.string(s.encode_utf16().collect()),
                        None => Err(Ctl::Abort),
                    }
                }
                "valueOf" => Ok(recv.clone()),
                _ => Err(Ctl::Abort),
            },
            V::Bool(b) => match key {
                "toString" => Ok(V::Str(js(if *b { "true" } else { "false" }))),
                "valueOf" => Ok(recv.clone()),
                _ => Err(Ctl::Abort),
            },
            V::Obj(i)
                if matches!(key, "call" | "apply") && self.objs[*i as usize].code.is_some() =>
            {
                let this = arg(&args, 0);
                let rest = if key == "call" {
                    args.get(1..).unwrap_or(&[]).to_vec()
                } else {
                    match arg(&args, 1) {
                        V::Arr(k) => self.arrs[k as usize].clone(),
                        V::Undef | V::Null => Vec::new(),
                        _ => return Err(Ctl::Abort),
                    }
                };
                self.call(&recv, this, rest)
            }
            V::Obj(_) | V::Native(_) => {
                let f = self.get_named(&recv, key)?;
                if matches!(f, V::Undef) && key == "toString" {
                    return Ok(V::Str(self.string_of(&recv)?));
                }
                self.call(&f, recv, args)
            }
            V::Re(k) if key == "test" => {
                let text = self.string_of(&arg(&args, 0))?;
                self.tick(text.len() as u64 / 8 + 1)?;
                Ok(V::Bool(self.res[*k as usize].re.is_match(&rs(&text))))
            }
            V::Undef | V::Null => Err(type_error()),
            _ => Err(Ctl::Abort),
        }
    }

    fn str_method(&mut self, s: JStr, key: &str, args: Vec<V>) -> R<'a, V> {
        let len = s.len();
        let a0 = arg(&args, 0);
        let int = |me: &mut Self, v: &V| -> R<'a, f64> {
            let x = me.number_of(v)?;
            Ok(if x.is_nan() { 0.0 } else { x.trunc() })
        };
        Ok(match key {
            "charAt" | "at" => {
                let mut i = int(self, &a0)?;
                if key == "at" && i < 0.0 {
                    i += len as f64;
                }
                if i >= 0.0 && (i as usize) < len {
                    V::Str(jstr(vec![s[i as usize]]))
                } else if key == "at" {
                    V::Undef
                } else {
                    V::Str(jstr(Vec::new()))
                }
            }
            "charCodeAt" | "codePointAt" => {
                let i = int(self, &a0)?;
                if i >= 0.0 && (i as usize) < len {
                    V::Num(f64::from(s[i as usize]))
                } else if key == "codePointAt" {
                    V::Undef
                } else {
                    V::Num(f64::NAN)
                }
            }
            "indexOf" | "includes" | "startsWith" | "endsWith" | "lastIndexOf" => {
                let n = self.string_of(&a0)?;
                self.tick(len as u64 / 32)?;
                match key {
                    "indexOf" => {
                        let from = int(self, &arg(&args, 1))?.clamp(0.0, len as f64) as usize;
                        V::Num(find_sub(&s, &n, from).map_or(-1.0, |p| p as f64))
                    }
                    "lastIndexOf" => V::Num(if n.len() > len {
                        -1.0
                    } else {
                        (0..=len - n.len())
                            .rev()
                            .find(|&p| s[p..p + n.len()] == n[..])
                            .map_or(-1.0, |p| p as f64)
                    }),
                    "includes" => V::Bool(find_sub(&s, &n, 0).is_some()),
                    "startsWith" => V::Bool(s.starts_with(&n)),
                    _ => V::Bool(s.ends_with(&n)),
                }
            }
            "slice" => {
                let a = rel_index(&self.num_arg(&a0)?, len, 0);
                let b = rel_index(&self.num_arg(&arg(&args, 1))?, len, len);
                self.string(if a < b { s[a..b].to_vec() } else { Vec::new() })?
            }
            "substring" => {
                let clamp = |x: f64| x.clamp(0.0, len as f64) as usize;
                let a = clamp(int(self, &a0)?);
                let b = match arg(&args, 1) {
                    V::Undef => len,
                    v => clamp(int(self, &v)?),
                };
                let (a, b) = (a.min(b), a.max(b));
                self.string(s[a..b].to_vec())?
            }
            "substr" => {
                let a = rel_index(&self.num_arg(&a0)?, len, 0);
                let n = match arg(&args, 1) {
                    V::Undef => len,
                    v => int(self, &v)?.max(0.0).min(len as f64) as usize,
                };
                let b = (a + n).min(len);
                self.string(s[a..b].to_vec())?
            }
            "split" => {
                let limit = match arg(&args, 1) {
                    V::Undef => usize::MAX,
                    v => to_uint32(self.number_of(&v)?) as usize,
                };
                self.tick(len as u64 / 8)?;
                let parts: Vec<Vec<u16>> = match &a0 {
                    V::Undef => vec![s.to_vec()],
                    V::Re(k) => {
                        let text = rs(&s);
                        self.res[*k as usize]
                            .re
                            .split(&text)
                            .map(|p| p.encode_utf16().collect())
                            .collect()
                    }
                    sep => {
                        let sep = self.string_of(sep)?;
                        if sep.is_empty() {
                            s.iter().map(|c| vec![*c]).collect()
                        } else {
                            let mut out = Vec::new();
                            let mut from = 0;
                            while let Some(p) = find_sub(&s, &sep, from) {
                                out.push(s[from..p].to_vec());
                                from = p + sep.len();
                            }
                            out.push(s[from..].to_vec());
                            out
                        }
                    }
                };
                let mut items = Vec::with_capacity(parts.len().min(limit));
                for p in parts.into_iter().take(limit) {
                    items.push(self.string(p)?);
                }
                self.array(items)?
            }
            "concat" => {
                let mut out = s.to_vec();
                for a in &args {
                    out.extend_from_slice(&self.string_of(a)?);
                }
                self.string(out)?
            }
            "toUpperCase" | "toLowerCase" | "toLocaleUpperCase" | "toLocaleLowerCase" => {
                let t = rs(&s);
                let t = if key.contains("Upper") {
                    t.to_uppercase()
                } else {
                    t.to_lowercase()
                };
                self.string(t.encode_utf16().collect())?
            }
            "trim" => self.string(trim_js(&s).to_vec())?,
            "toString" | "valueOf" => V::Str(s),
            "repeat" => {
                let n = int(self, &a0)?;
                if n < 0.0 || n * len as f64 > MAX_LEN as f64 {
                    return Err(Ctl::Abort);
                }
                self.string(s.repeat(n as usize))?
            }
            "padStart" | "padEnd" => {
                let target = int(self, &a0)?.min(MAX_LEN as f64).max(0.0) as usize;
                let fill = match arg(&args, 1) {
                    V::Undef => vec![0x20],
                    f => self.string_of(&f)?.to_vec(),
                };
                if target <= len || fill.is_empty() {
                    V::Str(s)
                } else {
                    let pad: Vec<u16> = fill.iter().copied().cycle().take(target - len).collect();
                    let out = if key == "padStart" {
                        [pad, s.to_vec()].concat()
                    } else {
                        [s.to_vec(), pad].concat()
                    };
                    self.string(out)?
                }
            }
            "search" => {
                self.tick(len as u64 / 8 + 1)?;
                let re = match &a0 {
                    V::Re(k) => *k,
                    other => {
                        let p = self.string_of(other)?;
                        match self.regex(&rs(&p), "")? {
                            V::Re(k) => k,
                            _ => return Err(Ctl::Abort),
                        }
                    }
                };
                let text = rs(&s);
                match self.res[re as usize].re.find(&text) {
                    Some(m) => V::Num(text[..m.start()].encode_utf16().count() as f64),
                    None => V::Num(-1.0),
                }
            }
            "replace" | "replaceAll" => {
                self.replace(&s, &a0, &arg(&args, 1), key == "replaceAll")?
            }
            _ => return Err(Ctl::Abort),
        })
    }

    fn num_arg(&mut self, v: &V) -> R<'a, V> {
        Ok(match v {
            V::Undef => V::Undef,
            v => V::Num(self.number_of(v)?),
        })
    }

    fn replace(&mut self, s: &JStr, pat: &V, with: &V, all: bool) -> R<'a, V> {
        self.tick(s.len() as u64 / 8 + 1)?;
        // Matches as (start, end, groups) in UTF-16 units.
        let mut found: Vec<Match> = Vec::new();
        match pat {
            V::Re(k) => {
                let text = rs(s);
                let re = &self.res[*k as usize];
                let global = re.global || all;
                // Byte offsets to UTF-16 offsets.
                let units = |b: usize| text[..b].encode_utf16().count();
                for c in re.re.captures_iter(&text) {
                    let m = c.get(0).map_or(0..0, |m| m.range());
                    let groups = (1..c.len())
                        .map(|g| c.get(g).map(|m| m.as_str().encode_utf16().collect()))
                        .collect();
                    found.push((units(m.start), units(m.end), groups));
                    if !global || found.len() > MAX_LEN {
                        break;
                    }
                }
            }
            p => {
                let n = self.string_of(p)?;
                let mut from = 0;
                while let Some(at) = find_sub(s, &n, from) {
                    found.push((at, at + n.len(), Vec::new()));
                    if !all {
                        break;
                    }
                    from = at + n.len().max(1);
                    if from > s.len() {
                        break;
                    }
                }
            }
        }
        let mut out = Vec::with_capacity(s.len());
        let mut last = 0;
        for (a, b, groups) in found {
            out.extend_from_slice(&s[last..a]);
            let piece: Vec<u16> = match with {
                V::Obj(_) | V::Native(_) => {
                    let mut call_args = vec![V::Str(jstr(s[a..b].to_vec()))];
                    for g in &groups {
                        call_args.push(g.clone().map_or(V::Undef, |g| V::Str(jstr(g))));
                    }
                    call_args.push(V::Num(a as f64));
                    call_args.push(V::Str(s.clone()));
                    let r = self.call(with, V::Undef, call_args)?;
                    self.string_of(&r)?.to_vec()
                }
                w => {
                    let w = self.string_of(w)?;
                    expand_replacement(&w, &s[a..b], &groups)
                }
            };
            out.extend_from_slice(&piece);
            if out.len() > MAX_LEN {
                return Err(Ctl::Abort);
            }
            last = b;
        }
        out.extend_from_slice(&s[last..]);
        self.string(out)
    }

    fn arr_method(&mut self, i: u32, key: &str, args: Vec<V>) -> R<'a, V> {
        let a0 = arg(&args, 0);
        let len = self.arrs[i as usize].len();
        Ok(match key {
            "push" => {
                self.charge(args.len() * 24)?;
                if len + args.len() > MAX_LEN {
                    return Err(Ctl::Abort);
                }
                let arr = &mut self.arrs[i as usize];
                arr.extend(args);
                V::Num(arr.len() as f64)
            }
            "pop" => self.arrs[i as usize].pop().unwrap_or(V::Undef),
            "shift" => {
                self.tick(len as u64 / 64)?;
                let arr = &mut self.arrs[i as usize];
                if arr.is_empty() {
                    V::Undef
                } else {
                    arr.remove(0)
                }
            }
            "unshift" => {
                self.tick(len as u64 / 64)?;
                self.charge(args.len() * 24)?;
                let arr = &mut self.arrs[i as usize];
                for (k, a) in args.into_iter().enumerate() {
                    arr.insert(k, a);
                }
                V::Num(arr.len() as f64)
            }
            "join" => {
                let sep: Vec<u16> = match a0 {
                    V::Undef => vec![u16::from(b',')],
                    s => self.string_of(&s)?.to_vec(),
                };
                self.tick(len as u64 / 4)?;
                let items = self.arrs[i as usize].clone();
                let mut out = Vec::new();
                for (k, it) in items.iter().enumerate() {
                    if k > 0 {
                        out.extend_from_slice(&sep);
                    }
                    if !matches!(it, V::Undef | V::Null) {
                        out.extend_from_slice(&self.string_of(it)?);
                    }
                    if out.len() > MAX_LEN {
                        return Err(Ctl::Abort);
                    }
                }
                self.string(out)?
            }
            "slice" => {
                let a = rel_index(&self.num_arg(&a0)?, len, 0);
                let b = rel_index(&self.num_arg(&arg(&args, 1))?, len, len);
                let items = if a < b {
                    self.arrs[i as usize][a..b].to_vec()
                } else {
                    Vec::new()
                };
                self.array(items)?
            }
            "splice" => {
                let a = rel_index(&self.num_arg(&a0)?, len, 0);
                let n = match arg(&args, 1) {
                    V::Undef => len - a,
                    v => (self.number_of(&v)?.max(0.0) as usize).min(len - a),
                };
                let insert = args.get(2..).unwrap_or(&[]).to_vec();
                self.tick(len as u64 / 64)?;
                self.charge(insert.len() * 24)?;
                let removed: Vec<V> = self.arrs[i as usize].splice(a..a + n, insert).collect();
                self.array(removed)?
            }
            "concat" => {
                let mut items = self.arrs[i as usize].clone();
                for a in args {
                    match a {
                        V::Arr(k) => items.extend(self.arrs[k as usize].clone()),
                        other => items.push(other),
                    }
                }
                self.array(items)?
            }
            "reverse" => {
                self.arrs[i as usize].reverse();
                V::Arr(i)
            }
            "indexOf" | "includes" => {
                let pos = self.arrs[i as usize].iter().position(|x| strict_eq(x, &a0));
                if key == "includes" {
                    V::Bool(pos.is_some())
                } else {
                    V::Num(pos.map_or(-1.0, |p| p as f64))
                }
            }
            "map" | "forEach" | "filter" => {
                let mut out = Vec::new();
                for k in 0..len {
                    let Some(x) = self.arrs[i as usize].get(k).cloned() else {
                        break;
                    };
                    let r =
                        self.call(&a0, V::Undef, vec![x.clone(), V::Num(k as f64), V::Arr(i)])?;
                    match key {
                        "map" => out.push(r),
                        "filter" if truthy(&r) => out.push(x),
                        _ => {}
                    }
                }
                if key == "forEach" {
                    V::Undef
                } else {
                    self.array(out)?
                }
            }
            "reduce" => {
                let mut k = 0;
                let mut acc = if args.len() >= 2 {
                    args[1].clone()
                } else {
                    k = 1;
                    self.arrs[i as usize]
                        .first()
                        .cloned()
                        .ok_or_else(type_error)?
                };
                while k < self.arrs[i as usize].len() {
                    let x = self.arrs[i as usize][k].clone();
                    acc = self.call(&a0, V::Undef, vec![acc, x, V::Num(k as f64), V::Arr(i)])?;
                    k += 1;
                }
                acc
            }
            "toString" => return self.arr_method(i, "join", Vec::new()),
            _ => return Err(Ctl::Abort),
        })
    }

    // --- conversions ---

    fn string_of(&mut self, v: &V) -> R<'a, JStr> {
        Ok(match v {
            V::Str(s) => s.clone(),
            V::Undef => js("undefined"),
            V::Null => js("null"),
            V::Bool(b) => js(if *b { "true" } else { "false" }),
            V::Num(x) => js(&num_to_string(*x)),
            V::Arr(i) => match self.arr_method(*i, "join", Vec::new())? {
                V::Str(s) => s,
                _ => return Err(Ctl::Abort),
            },
            V::Obj(i) => match self.objs[*i as usize].code {
                None => js("[object Object]"),
                Some(code) => {
                    let span = match code {
                        Code::Fn(f, _) => f.span,
                        Code::Arrow(f, _) => f.span,
                    };
                    let text = self
                        .src
                        .get(span.start as usize..span.end as usize)
                        .ok_or(Ctl::Abort)?;
                    js(text)
                }
            },
            _ => return Err(Ctl::Abort),
        })
    }

    fn number_of(&mut self, v: &V) -> R<'a, f64> {
        Ok(match v {
            V::Num(x) => *x,
            V::Undef => f64::NAN,
            V::Null => 0.0,
            V::Bool(b) => f64::from(u8::from(*b)),
            V::Str(s) => str_to_num(s),
            V::Arr(_) => {
                let s = self.string_of(v)?;
                str_to_num(&s)
            }
            V::Obj(_) => f64::NAN,
            _ => return Err(Ctl::Abort),
        })
    }

    /// A primitive for `+` and loose comparisons.
    fn primitive(&mut self, v: V) -> R<'a, V> {
        Ok(match v {
            V::Arr(_) | V::Obj(_) => V::Str(self.string_of(&v)?),
            V::Native(_) | V::Re(_) | V::Opaque => return Err(Ctl::Abort),
            other => other,
        })
    }

    fn key(&mut self, v: &V) -> R<'a, String> {
        Ok(match v {
            V::Str(s) => rs(s),
            V::Num(x) => num_to_string(*x),
            other => rs(&self.string_of(other)?),
        })
    }

    fn index(v: &V) -> Option<usize> {
        match v {
            V::Num(x) if *x >= 0.0 && x.fract() == 0.0 && *x < MAX_LEN as f64 => Some(*x as usize),
            V::Str(s)
                if !s.is_empty() && s.len() < 9 && s.iter().all(|c| (0x30..=0x39).contains(c)) =>
            {
                rs(s)
                    .parse()
                    .ok()
                    .filter(|n: &usize| *n == 0 || s[0] != 0x30)
            }
            _ => None,
        }
    }

    // --- properties ---

    fn get(&mut self, obj: &V, key: &V) -> R<'a, V> {
        if let Some(i) = Self::index(key) {
            match obj {
                V::Str(s) => return Ok(s.get(i).map_or(V::Undef, |c| V::Str(jstr(vec![*c])))),
                V::Arr(a) => return Ok(self.arrs[*a as usize].get(i).cloned().unwrap_or(V::Undef)),
                _ => {}
            }
        }
        let k = self.key(key)?;
        self.get_named(obj, &k)
    }

    /// A property by name (not an array index).
    fn get_named(&mut self, obj: &V, k: &str) -> R<'a, V> {
        match obj {
            V::Str(s) => Ok(match k {
                "length" => V::Num(s.len() as f64),
                "constructor" => V::Native(Native::String),
                _ => V::Undef,
            }),
            V::Arr(i) => Ok(match k {
                "length" => V::Num(self.arrs[*i as usize].len() as f64),
                _ => V::Undef,
            }),
            V::Obj(i) => {
                let mut cur = Some(*i);
                for _ in 0..32 {
                    let Some(o) = cur else { break };
                    if let Some(v) = self.objs[o as usize].props.get(k) {
                        return Ok(v.clone());
                    }
                    cur = self.objs[o as usize].proto;
                }
                let code = self.objs[*i as usize].code.is_some();
                match k {
                    // Made when first read, as engines do.
                    "prototype" if code => {
                        let p = self.object(None)?;
                        self.objs[*i as usize].props.insert(k.to_owned(), p.clone());
                        Ok(p)
                    }
                    // `Function`: code from strings is not run.
                    "constructor" if code => Ok(V::Opaque),
                    "constructor" => Ok(V::Native(Native::Object)),
                    _ => Ok(V::Undef),
                }
            }
            V::Native(n) => Ok(match (n, k) {
                (Native::String, "fromCharCode") => V::Native(Native::FromCharCode),
                (Native::Math, m) => V::Native(match m {
                    "floor" => Native::Floor,
                    "ceil" => Native::Ceil,
                    "round" => Native::Round,
                    "abs" => Native::Abs,
                    "max" => Native::Max,
                    "min" => Native::Min,
                    "pow" => Native::Pow,
                    "trunc" => Native::Trunc,
                    "sqrt" => Native::Sqrt,
                    "PI" => return Ok(V::Num(std::f64::consts::PI)),
                    "E" => return Ok(V::Num(std::f64::consts::E)),
                    _ => return Err(Ctl::Abort),
                }),
                (Native::Number, "parseInt") => V::Native(Native::ParseInt),
                (Native::Number, "parseFloat") => V::Native(Native::ParseFloat),
                _ => return Err(Ctl::Abort),
            }),
            V::Num(_) if k == "constructor" => Ok(V::Native(Native::Number)),
            V::Num(_) | V::Bool(_) => Ok(V::Undef),
            V::Undef | V::Null => Err(type_error()),
            // A host object's property is as unknown as the object (only using it stops).
            V::Opaque => Ok(V::Opaque),
            V::Re(_) => Err(Ctl::Abort),
        }
    }

    fn put(&mut self, obj: &V, key: &V, v: V) -> R<'a, ()> {
        match obj {
            V::Arr(i) => {
                if let Some(k) = Self::index(key) {
                    let arr = &mut self.arrs[*i as usize];
                    if k >= arr.len() {
                        let grow = k + 1 - arr.len();
                        self.charge(grow * 24)?;
                        self.arrs[*i as usize].resize(k + 1, V::Undef);
                    }
                    self.arrs[*i as usize][k] = v;
                    return Ok(());
                }
                if self.key(key)? == "length" {
                    let n = Self::index(&v).ok_or(Ctl::Abort)?;
                    self.charge(n.saturating_sub(self.arrs[*i as usize].len()) * 24)?;
                    self.arrs[*i as usize].resize(n, V::Undef);
                    return Ok(());
                }
                Err(Ctl::Abort)
            }
            V::Obj(i) => {
                let k = self.key(key)?;
                self.charge(k.len() + 32)?;
                self.objs[*i as usize].props.insert(k, v);
                Ok(())
            }
            // Written to a host object: nothing to keep.
            V::Str(_) | V::Num(_) | V::Bool(_) | V::Opaque => Ok(()),
            V::Undef | V::Null => Err(type_error()),
            _ => Err(Ctl::Abort),
        }
    }

    /// A member's key when it is written as a name or a string (`a.b`, `a['b']`).
    fn static_key(m: &'a MemberExpression<'a>) -> Option<&'a str> {
        match m {
            MemberExpression::StaticMemberExpression(s) => Some(s.property.name.as_str()),
            MemberExpression::ComputedMemberExpression(c) => match &c.expression {
                Expression::StringLiteral(l) if !l.lone_surrogates => {
                    let k = l.value.as_str();
                    (!k.is_empty() && !k.bytes().all(|b| b.is_ascii_digit())).then_some(k)
                }
                _ => None,
            },
            MemberExpression::PrivateFieldExpression(_) => None,
        }
    }

    fn member_key(&mut self, env: u32, m: &'a MemberExpression<'a>) -> R<'a, V> {
        match m {
            MemberExpression::StaticMemberExpression(s) => Ok(V::Str(js(s.property.name.as_str()))),
            MemberExpression::ComputedMemberExpression(c) => self.eval(env, &c.expression),
            MemberExpression::PrivateFieldExpression(_) => Err(Ctl::Abort),
        }
    }

    // --- statements ---

    fn declare(&mut self, env: u32, d: &'a VariableDeclaration<'a>) -> R<'a, ()> {
        for v in &d.declarations {
            let BindingPattern::BindingIdentifier(id) = &v.id else {
                return Err(Ctl::Abort);
            };
            let name = id.name.as_str();
            match &v.init {
                Some(init) => {
                    let val = self.eval(env, init)?;
                    if d.kind == VariableDeclarationKind::Var {
                        self.set(env, name, val);
                    } else {
                        self.define(env, name, val);
                    }
                }
                None => {
                    // `let x;` binds here; `var x;` was bound when its function started (at the
                    // top level: here, unless bound already).
                    if d.kind != VariableDeclarationKind::Var
                        || (env == GLOBAL && !self.scopes[env as usize].vars.contains_key(name))
                    {
                        self.define(env, name, V::Undef);
                    }
                }
            }
        }
        Ok(())
    }

    fn block(&mut self, env: u32, body: &'a [Statement<'a>]) -> R<'a, ()> {
        self.hoist(env, body)?;
        for s in body {
            self.exec(env, s)?;
        }
        Ok(())
    }

    /// One turn of a loop body: `Ok(true)` to go on, `Ok(false)` to leave the loop.
    fn turn(&mut self, env: u32, body: &'a Statement<'a>, label: Option<&'a str>) -> R<'a, bool> {
        match self.exec(env, body) {
            Ok(()) => Ok(true),
            Err(Ctl::Break(None)) => Ok(false),
            Err(Ctl::Break(Some(l))) if Some(l) == label => Ok(false),
            Err(Ctl::Continue(None)) => Ok(true),
            Err(Ctl::Continue(Some(l))) if Some(l) == label => Ok(true),
            Err(e) => Err(e),
        }
    }

    /// A condition's truth; an opaque value's is unknown.
    fn test(&self, v: &V) -> R<'a, bool> {
        if matches!(v, V::Opaque) {
            return Err(Ctl::Abort);
        }
        Ok(truthy(v))
    }

    fn exec(&mut self, env: u32, s: &'a Statement<'a>) -> R<'a, ()> {
        self.exec_labelled(env, s, None)
    }

    fn exec_labelled(
        &mut self,
        env: u32,
        s: &'a Statement<'a>,
        label: Option<&'a str>,
    ) -> R<'a, ()> {
        self.tick(1)?;
        if self.depth > MAX_DEPTH {
            return Err(Ctl::Abort);
        }
        self.depth += 1;
        let r = self.statement(env, s, label);
        self.depth -= 1;
        r
    }

    fn statement(&mut self, env: u32, s: &'a Statement<'a>, label: Option<&'a str>) -> R<'a, ()> {
        match s {
            Statement::ExpressionStatement(e) => {
                self.eval(env, &e.expression)?;
            }
            Statement::VariableDeclaration(d) => self.declare(env, d)?,
            Statement::FunctionDeclaration(_)
            | Statement::EmptyStatement(_)
            | Statement::DebuggerStatement(_) => {}
            Statement::ReturnStatement(r) => {
                let v = match &r.argument {
                    Some(e) => self.eval(env, e)?,
                    None => V::Undef,
                };
                return Err(Ctl::Return(v));
            }
            Statement::IfStatement(i) => {
                let t = self.eval(env, &i.test)?;
                if self.test(&t)? {
                    self.exec(env, &i.consequent)?;
                } else if let Some(a) = &i.alternate {
                    self.exec(env, a)?;
                }
            }
            Statement::BlockStatement(b) => self.block(env, &b.body)?,
            Statement::ForStatement(f) => {
                match &f.init {
                    Some(ForStatementInit::VariableDeclaration(d)) => self.declare(env, d)?,
                    Some(init) => {
                        if let Some(e) = init.as_expression() {
                            self.eval(env, e)?;
                        }
                    }
                    None => {}
                }
                loop {
                    self.tick(1)?;
                    if let Some(t) = &f.test {
                        let t = self.eval(env, t)?;
                        if !self.test(&t)? {
                            break;
                        }
                    }
                    if !self.turn(env, &f.body, label)? {
                        break;
                    }
                    if let Some(u) = &f.update {
                        self.eval(env, u)?;
                    }
                }
            }
            Statement::WhileStatement(w) => loop {
                self.tick(1)?;
                let t = self.eval(env, &w.test)?;
                if !self.test(&t)? || !self.turn(env, &w.body, label)? {
                    break;
                }
            },
            Statement::DoWhileStatement(w) => loop {
                self.tick(1)?;
                if !self.turn(env, &w.body, label)? {
                    break;
                }
                let t = self.eval(env, &w.test)?;
                if !self.test(&t)? {
                    break;
                }
            },
            Statement::ForInStatement(f) => {
                let obj = self.eval(env, &f.right)?;
                let keys: Vec<V> = match &obj {
                    V::Obj(i) => self.objs[*i as usize]
                        .props
                        .keys()
                        .map(|k| V::Str(js(k)))
                        .collect(),
                    V::Arr(i) => (0..self.arrs[*i as usize].len())
                        .map(|k| V::Str(js(&k.to_string())))
                        .collect(),
                    V::Undef | V::Null => Vec::new(),
                    _ => return Err(Ctl::Abort),
                };
                self.each(env, &f.left, keys, &f.body, label)?;
            }
            Statement::ForOfStatement(f) => {
                let obj = self.eval(env, &f.right)?;
                let items: Vec<V> = match &obj {
                    V::Arr(i) => self.arrs[*i as usize].clone(),
                    V::Str(s) => s.iter().map(|c| V::Str(jstr(vec![*c]))).collect(),
                    _ => return Err(Ctl::Abort),
                };
                self.each(env, &f.left, items, &f.body, label)?;
            }
            Statement::LabeledStatement(l) => {
                let name = l.label.name.as_str();
                match self.exec_labelled(env, &l.body, Some(name)) {
                    Err(Ctl::Break(Some(b))) if b == name => {}
                    other => other?,
                }
            }
            Statement::BreakStatement(b) => {
                return Err(Ctl::Break(b.label.as_ref().map(|l| l.name.as_str())));
            }
            Statement::ContinueStatement(c) => {
                return Err(Ctl::Continue(c.label.as_ref().map(|l| l.name.as_str())));
            }
            Statement::SwitchStatement(sw) => {
                let d = self.eval(env, &sw.discriminant)?;
                let mut start = None;
                for (k, c) in sw.cases.iter().enumerate() {
                    if let Some(t) = &c.test {
                        let v = self.eval(env, t)?;
                        if strict_eq(&v, &d) {
                            start = Some(k);
                            break;
                        }
                    }
                }
                if start.is_none() {
                    start = sw.cases.iter().position(|c| c.test.is_none());
                }
                if let Some(k) = start {
                    for c in &sw.cases[k..] {
                        for s in &c.consequent {
                            match self.exec(env, s) {
                                Ok(()) => {}
                                Err(Ctl::Break(None)) => return Ok(()),
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
            Statement::TryStatement(t) => {
                let mut r = self.block(env, &t.block.body);
                if let (Err(Ctl::Throw(v)), Some(h)) = (&r, &t.handler) {
                    let v = v.clone();
                    let inner = self.scope(env, None, None)?;
                    if let Some(p) = &h.param {
                        let BindingPattern::BindingIdentifier(id) = &p.pattern else {
                            return Err(Ctl::Abort);
                        };
                        self.define(inner, id.name.as_str(), v);
                    }
                    r = self.block(inner, &h.body.body);
                }
                if let Some(f) = &t.finalizer {
                    if matches!(r, Err(Ctl::Abort)) {
                        return r;
                    }
                    self.block(env, &f.body)?;
                }
                r?;
            }
            Statement::ThrowStatement(t) => {
                let v = self.eval(env, &t.argument)?;
                return Err(Ctl::Throw(v));
            }
            _ => return Err(Ctl::Abort),
        }
        Ok(())
    }

    fn each(
        &mut self,
        env: u32,
        left: &'a ForStatementLeft<'a>,
        items: Vec<V>,
        body: &'a Statement<'a>,
        label: Option<&'a str>,
    ) -> R<'a, ()> {
        let name = match left {
            ForStatementLeft::VariableDeclaration(d) => match d.declarations.first().map(|x| &x.id)
            {
                Some(BindingPattern::BindingIdentifier(id)) => id.name.as_str(),
                _ => return Err(Ctl::Abort),
            },
            ForStatementLeft::AssignmentTargetIdentifier(id) => id.name.as_str(),
            _ => return Err(Ctl::Abort),
        };
        for v in items {
            self.tick(1)?;
            self.set(env, name, v);
            if !self.turn(env, body, label)? {
                break;
            }
        }
        Ok(())
    }

    // --- expressions ---

    /// Concatenates the leaves of `a + b + ...` left to right.
    fn concat(&mut self, leaves: &[&'a Expression<'a>]) -> Option<V> {
        let mut acc: Option<V> = None;
        for l in leaves {
            let v = self.eval(GLOBAL, l).ok()?;
            acc = Some(match acc {
                None => v,
                Some(a) => self.add(a, v).ok()?,
            });
        }
        acc
    }

    fn add(&mut self, a: V, b: V) -> R<'a, V> {
        let a = self.primitive(a)?;
        let b = self.primitive(b)?;
        match (a, b) {
            (V::Str(x), y) => {
                let y = self.string_of(&y)?;
                self.append(x, &y)
            }
            (x, V::Str(y)) => {
                let x = self.string_of(&x)?;
                self.append(x, &y)
            }
            (x, y) => Ok(V::Num(self.number_of(&x)? + self.number_of(&y)?)),
        }
    }

    /// `x + y` for strings, in place when `x` is not shared.
    fn append(&mut self, mut x: JStr, y: &[u16]) -> R<'a, V> {
        if x.len() + y.len() > MAX_LEN {
            return Err(Ctl::Abort);
        }
        if live() + y.len() * 2 > MAX_STRINGS_ALIVE {
            self.fuel = 0;
            return Err(Ctl::Abort);
        }
        if let Some(v) = Rc::get_mut(&mut x) {
            v.extend(y);
            return Ok(V::Str(x));
        }
        let mut v = Vec::with_capacity(x.len() + y.len());
        v.extend_from_slice(&x);
        v.extend_from_slice(y);
        self.string(v)
    }

    fn binary(&mut self, op: BinaryOperator, a: V, b: V) -> R<'a, V> {
        use BinaryOperator as B;
        Ok(match op {
            B::Addition => return self.add(a, b),
            B::StrictEquality => V::Bool(strict_eq(&a, &b)),
            B::StrictInequality => V::Bool(!strict_eq(&a, &b)),
            B::Equality => V::Bool(self.loose_eq(a, b)?),
            B::Inequality => V::Bool(!self.loose_eq(a, b)?),
            B::LessThan | B::LessEqualThan | B::GreaterThan | B::GreaterEqualThan => {
                let a = self.primitive(a)?;
                let b = self.primitive(b)?;
                let ord = match (&a, &b) {
                    (V::Str(x), V::Str(y)) => Some(x.cmp(y)),
                    _ => self.number_of(&a)?.partial_cmp(&self.number_of(&b)?),
                };
                V::Bool(match (op, ord) {
                    (_, None) => false,
                    (B::LessThan, Some(o)) => o.is_lt(),
                    (B::LessEqualThan, Some(o)) => o.is_le(),
                    (B::GreaterThan, Some(o)) => o.is_gt(),
                    (_, Some(o)) => o.is_ge(),
                })
            }
            B::In => {
                let k = self.key(&a)?;
                match b {
                    V::Obj(i) => V::Bool(self.objs[i as usize].props.contains_key(&k)),
                    V::Arr(i) => V::Bool(
                        k == "length"
                            || k.parse::<usize>()
                                .is_ok_and(|n| n < self.arrs[i as usize].len()),
                    ),
                    V::Opaque => return Err(Ctl::Abort),
                    _ => return Err(type_error()),
                }
            }
            B::Instanceof => return Err(Ctl::Abort),
            _ => {
                let x = self.number_of(&a)?;
                let y = self.number_of(&b)?;
                V::Num(match op {
                    B::Subtraction => x - y,
                    B::Multiplication => x * y,
                    B::Division => x / y,
                    B::Remainder => x % y,
                    B::Exponential => x.powf(y),
                    B::ShiftLeft => f64::from(to_int32(x).wrapping_shl(to_uint32(y) & 31)),
                    B::ShiftRight => f64::from(to_int32(x) >> (to_uint32(y) & 31)),
                    B::ShiftRightZeroFill => f64::from(to_uint32(x) >> (to_uint32(y) & 31)),
                    B::BitwiseAnd => f64::from(to_int32(x) & to_int32(y)),
                    B::BitwiseOR => f64::from(to_int32(x) | to_int32(y)),
                    B::BitwiseXOR => f64::from(to_int32(x) ^ to_int32(y)),
                    _ => return Err(Ctl::Abort),
                })
            }
        })
    }

    fn loose_eq(&mut self, a: V, b: V) -> R<'a, bool> {
        Ok(match (&a, &b) {
            (V::Opaque, _) | (_, V::Opaque) => return Err(Ctl::Abort),
            (V::Undef | V::Null, V::Undef | V::Null) => true,
            (V::Undef | V::Null, _) | (_, V::Undef | V::Null) => false,
            (V::Arr(_) | V::Obj(_), V::Arr(_) | V::Obj(_)) => strict_eq(&a, &b),
            (V::Arr(_) | V::Obj(_), _) => {
                let p = self.primitive(a)?;
                return self.loose_eq(p, b);
            }
            (_, V::Arr(_) | V::Obj(_)) => {
                let p = self.primitive(b)?;
                return self.loose_eq(a, p);
            }
            (V::Str(x), V::Str(y)) => x == y,
            (V::Bool(_) | V::Num(_) | V::Str(_), V::Bool(_) | V::Num(_) | V::Str(_)) => {
                self.number_of(&a)? == self.number_of(&b)?
            }
            _ => strict_eq(&a, &b),
        })
    }

    fn eval(&mut self, env: u32, e: &'a Expression<'a>) -> R<'a, V> {
        self.tick(1)?;
        if self.depth > MAX_DEPTH {
            return Err(Ctl::Abort);
        }
        self.depth += 1;
        let r = self.expression(env, e);
        self.depth -= 1;
        r
    }

    fn args(&mut self, env: u32, args: &'a [Argument<'a>]) -> R<'a, Vec<V>> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            match a {
                Argument::SpreadElement(s) => match self.eval(env, &s.argument)? {
                    V::Arr(i) => out.extend(self.arrs[i as usize].clone()),
                    _ => return Err(Ctl::Abort),
                },
                other => {
                    let e = other.as_expression().ok_or(Ctl::Abort)?;
                    out.push(self.eval(env, e)?);
                }
            }
        }
        Ok(out)
    }

    fn expression(&mut self, env: u32, e: &'a Expression<'a>) -> R<'a, V> {
        Ok(match e {
            Expression::NumericLiteral(n) => V::Num(n.value),
            Expression::StringLiteral(s) => {
                if s.lone_surrogates {
                    return Err(Ctl::Abort);
                }
                let v: Vec<u16> = s.value.as_str().encode_utf16().collect();
                self.string(v)?
            }
            Expression::BooleanLiteral(b) => V::Bool(b.value),
            Expression::NullLiteral(_) => V::Null,
            Expression::TemplateLiteral(t) => {
                let mut out: Vec<u16> = Vec::new();
                for (k, q) in t.quasis.iter().enumerate() {
                    out.extend(
                        q.value
                            .cooked
                            .as_ref()
                            .ok_or(Ctl::Abort)?
                            .as_str()
                            .encode_utf16(),
                    );
                    if let Some(x) = t.expressions.get(k) {
                        let v = self.eval(env, x)?;
                        out.extend_from_slice(&self.string_of(&v)?);
                    }
                }
                self.string(out)?
            }
            Expression::RegExpLiteral(r) => {
                let flags = r.regex.flags;
                let mut f = String::new();
                for (bit, c) in [
                    (oxc_ast::ast::RegExpFlags::G, 'g'),
                    (oxc_ast::ast::RegExpFlags::I, 'i'),
                    (oxc_ast::ast::RegExpFlags::M, 'm'),
                    (oxc_ast::ast::RegExpFlags::S, 's'),
                ] {
                    if flags.contains(bit) {
                        f.push(c);
                    }
                }
                self.regex(r.regex.pattern.text.as_str(), &f)?
            }
            Expression::Identifier(id) => self.lookup_id(env, id)?,
            Expression::ThisExpression(_) => self.this(env),
            Expression::ParenthesizedExpression(p) => self.eval(env, &p.expression)?,
            Expression::SequenceExpression(s) => {
                let mut v = V::Undef;
                for x in &s.expressions {
                    v = self.eval(env, x)?;
                }
                v
            }
            Expression::ArrayExpression(a) => {
                let mut items = Vec::with_capacity(a.elements.len());
                for el in &a.elements {
                    match el {
                        ArrayExpressionElement::Elision(_) => items.push(V::Undef),
                        ArrayExpressionElement::SpreadElement(s) => {
                            match self.eval(env, &s.argument)? {
                                V::Arr(i) => items.extend(self.arrs[i as usize].clone()),
                                _ => return Err(Ctl::Abort),
                            }
                        }
                        other => {
                            let x = other.as_expression().ok_or(Ctl::Abort)?;
                            items.push(self.eval(env, x)?);
                        }
                    }
                }
                self.array(items)?
            }
            Expression::ObjectExpression(o) => {
                let obj = self.object(None)?;
                for p in &o.properties {
                    let ObjectPropertyKind::ObjectProperty(p) = p else {
                        return Err(Ctl::Abort);
                    };
                    if p.kind != PropertyKind::Init {
                        return Err(Ctl::Abort);
                    }
                    let key = match &p.key {
                        PropertyKey::StaticIdentifier(id) => V::Str(js(id.name.as_str())),
                        PropertyKey::PrivateIdentifier(_) => return Err(Ctl::Abort),
                        k => {
                            let x = k.as_expression().ok_or(Ctl::Abort)?;
                            if p.computed {
                                self.eval(env, x)?
                            } else {
                                match x {
                                    Expression::StringLiteral(s) => V::Str(js(s.value.as_str())),
                                    Expression::NumericLiteral(n) => V::Num(n.value),
                                    _ => return Err(Ctl::Abort),
                                }
                            }
                        }
                    };
                    let v = self.eval(env, &p.value)?;
                    self.put(&obj, &key, v)?;
                }
                obj
            }
            Expression::FunctionExpression(f) => self.object(Some(Code::Fn(f, env)))?,
            Expression::ArrowFunctionExpression(f) => self.object(Some(Code::Arrow(f, env)))?,
            Expression::UnaryExpression(u) => {
                if u.operator == UnaryOperator::Typeof
                    && let Expression::Identifier(id) = &u.argument
                {
                    let v = self.lookup(env, id.name.as_str())?;
                    return self.type_of(&v);
                }
                if u.operator == UnaryOperator::Delete {
                    if let Some(m) = u.argument.as_member_expression() {
                        let obj = self.eval(env, m.object())?;
                        let k = self.member_key(env, m)?;
                        if let V::Obj(i) = obj {
                            let k = self.key(&k)?;
                            self.objs[i as usize].props.remove(&k);
                        }
                    }
                    return Ok(V::Bool(true));
                }
                let v = self.eval(env, &u.argument)?;
                match u.operator {
                    UnaryOperator::UnaryNegation => V::Num(-self.number_of(&v)?),
                    UnaryOperator::UnaryPlus => V::Num(self.number_of(&v)?),
                    UnaryOperator::LogicalNot => {
                        if matches!(v, V::Opaque) {
                            return Err(Ctl::Abort);
                        }
                        V::Bool(!truthy(&v))
                    }
                    UnaryOperator::BitwiseNot => V::Num(f64::from(!to_int32(self.number_of(&v)?))),
                    UnaryOperator::Typeof => return self.type_of(&v),
                    UnaryOperator::Void => V::Undef,
                    UnaryOperator::Delete => V::Bool(true),
                }
            }
            Expression::BinaryExpression(b) => {
                if b.operator == BinaryOperator::Addition {
                    // Left spine iteratively: obfuscators write chains thousands long.
                    let mut leaves = Vec::new();
                    let mut cur: &'a Expression<'a> = e;
                    while let Expression::BinaryExpression(x) = cur
                        && x.operator == BinaryOperator::Addition
                    {
                        leaves.push(&x.right);
                        cur = &x.left;
                    }
                    let mut acc = self.eval(env, cur)?;
                    for l in leaves.into_iter().rev() {
                        let v = self.eval(env, l)?;
                        acc = self.add(acc, v)?;
                    }
                    return Ok(acc);
                }
                let a = self.eval(env, &b.left)?;
                let c = self.eval(env, &b.right)?;
                self.binary(b.operator, a, c)?
            }
            Expression::LogicalExpression(l) => {
                let a = self.eval(env, &l.left)?;
                if matches!(a, V::Opaque) {
                    return Err(Ctl::Abort);
                }
                let take_left = match l.operator {
                    LogicalOperator::Or => truthy(&a),
                    LogicalOperator::And => !truthy(&a),
                    LogicalOperator::Coalesce => !matches!(a, V::Undef | V::Null),
                };
                if take_left {
                    a
                } else {
                    self.eval(env, &l.right)?
                }
            }
            Expression::ConditionalExpression(c) => {
                let t = self.eval(env, &c.test)?;
                if matches!(t, V::Opaque) {
                    return Err(Ctl::Abort);
                }
                if truthy(&t) {
                    self.eval(env, &c.consequent)?
                } else {
                    self.eval(env, &c.alternate)?
                }
            }
            Expression::AssignmentExpression(a) => self.assign(env, a)?,
            Expression::UpdateExpression(u) => {
                let delta = if u.operator == UpdateOperator::Increment {
                    1.0
                } else {
                    -1.0
                };
                match &u.argument {
                    SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => {
                        let old = self.lookup_id(env, id)?;
                        let old = self.number_of(&old)?;
                        self.set_id(env, id, V::Num(old + delta));
                        V::Num(if u.prefix { old + delta } else { old })
                    }
                    other => {
                        let m = other.as_member_expression().ok_or(Ctl::Abort)?;
                        let obj = self.eval(env, m.object())?;
                        let k = self.member_key(env, m)?;
                        let old = self.get(&obj, &k)?;
                        let old = self.number_of(&old)?;
                        self.put(&obj, &k, V::Num(old + delta))?;
                        V::Num(if u.prefix { old + delta } else { old })
                    }
                }
            }
            Expression::StaticMemberExpression(_) | Expression::ComputedMemberExpression(_) => {
                let m = e.as_member_expression().ok_or(Ctl::Abort)?;
                let obj = self.eval(env, m.object())?;
                if let Some(k) = Self::static_key(m) {
                    return self.get_named(&obj, k);
                }
                let k = self.member_key(env, m)?;
                self.get(&obj, &k)?
            }
            Expression::CallExpression(c) => {
                if c.optional {
                    return Err(Ctl::Abort);
                }
                let callee = c.callee.without_parentheses();
                let r = if let Some(m) = callee.as_member_expression() {
                    let obj = self.eval(env, m.object())?;
                    if let Some(k) = Self::static_key(m) {
                        let args = self.args(env, &c.arguments)?;
                        self.method(obj, k, args)?
                    } else {
                        let k = self.member_key(env, m)?;
                        let args = self.args(env, &c.arguments)?;
                        let key = self.key(&k)?;
                        self.method(obj, &key, args)?
                    }
                } else {
                    let f = self.eval(env, callee)?;
                    let args = self.args(env, &c.arguments)?;
                    self.call(&f, V::Undef, args)?
                };
                // In a swept body, what its own calls return (not calls inside them).
                if let (Some(found), 0, V::Str(s)) = (&mut self.found, self.inside, &r)
                    && s.len() >= 2
                    && found.len() < 4096
                {
                    found.push((s.clone(), c.span.start));
                }
                r
            }
            Expression::NewExpression(n) => {
                let f = self.eval(env, &n.callee)?;
                let args = self.args(env, &n.arguments)?;
                match f {
                    V::Native(Native::Array | Native::Object | Native::RegExp) => {
                        self.call(&f, V::Undef, args)?
                    }
                    V::Obj(i) if self.objs[i as usize].code.is_some() => {
                        let this = self.object(None)?;
                        if let (V::Obj(p), V::Obj(t)) = (self.get_named(&f, "prototype")?, &this) {
                            self.objs[*t as usize].proto = Some(p);
                        }
                        let r = self.call(&f, this.clone(), args)?;
                        if matches!(r, V::Obj(_) | V::Arr(_)) {
                            r
                        } else {
                            this
                        }
                    }
                    V::Opaque => return Err(Ctl::Abort),
                    _ => return Err(type_error()),
                }
            }
            _ => return Err(Ctl::Abort),
        })
    }

    fn type_of(&mut self, v: &V) -> R<'a, V> {
        let t = match v {
            V::Undef => "undefined",
            V::Null => "object",
            V::Bool(_) => "boolean",
            V::Num(_) => "number",
            V::Str(_) => "string",
            V::Obj(i) if self.objs[*i as usize].code.is_some() => "function",
            V::Native(Native::Math) => "object",
            V::Native(_) => "function",
            V::Arr(_) | V::Obj(_) | V::Re(_) => "object",
            V::Opaque => return Err(Ctl::Abort),
        };
        Ok(V::Str(js(t)))
    }

    fn assign(&mut self, env: u32, a: &'a AssignmentExpression<'a>) -> R<'a, V> {
        use AssignmentOperator as A;
        let compound = |op: A| -> Option<BinaryOperator> {
            Some(match op {
                A::Addition => BinaryOperator::Addition,
                A::Subtraction => BinaryOperator::Subtraction,
                A::Multiplication => BinaryOperator::Multiplication,
                A::Division => BinaryOperator::Division,
                A::Remainder => BinaryOperator::Remainder,
                A::Exponential => BinaryOperator::Exponential,
                A::ShiftLeft => BinaryOperator::ShiftLeft,
                A::ShiftRight => BinaryOperator::ShiftRight,
                A::ShiftRightZeroFill => BinaryOperator::ShiftRightZeroFill,
                A::BitwiseOR => BinaryOperator::BitwiseOR,
                A::BitwiseXOR => BinaryOperator::BitwiseXOR,
                A::BitwiseAnd => BinaryOperator::BitwiseAnd,
                _ => return None,
            })
        };
        match &a.left {
            AssignmentTarget::AssignmentTargetIdentifier(id) => {
                let v = match a.operator {
                    A::Assign => self.eval(env, &a.right)?,
                    A::LogicalOr | A::LogicalAnd | A::LogicalNullish => {
                        let old = self.lookup_id(env, id)?;
                        let keep = match a.operator {
                            A::LogicalOr => truthy(&old),
                            A::LogicalAnd => !truthy(&old),
                            _ => !matches!(old, V::Undef | V::Null),
                        };
                        if keep {
                            return Ok(old);
                        }
                        self.eval(env, &a.right)?
                    }
                    op => {
                        let bin = compound(op).ok_or(Ctl::Abort)?;
                        // `s += x`: take the string out of its slot so it can grow in place.
                        let old = self.lookup_id(env, id)?;
                        self.set_id(env, id, V::Undef);
                        let r = self.eval(env, &a.right);
                        let r = match r {
                            Ok(r) => r,
                            Err(e) => {
                                self.set_id(env, id, old);
                                return Err(e);
                            }
                        };
                        self.binary(bin, old, r)?
                    }
                };
                self.set_id(env, id, v.clone());
                Ok(v)
            }
            other => {
                let m = other.as_member_expression().ok_or(Ctl::Abort)?;
                let obj = self.eval(env, m.object())?;
                let k = self.member_key(env, m)?;
                let v = match a.operator {
                    A::Assign => self.eval(env, &a.right)?,
                    A::LogicalOr | A::LogicalAnd | A::LogicalNullish => {
                        let old = self.get(&obj, &k)?;
                        let keep = match a.operator {
                            A::LogicalOr => truthy(&old),
                            A::LogicalAnd => !truthy(&old),
                            _ => !matches!(old, V::Undef | V::Null),
                        };
                        if keep {
                            return Ok(old);
                        }
                        self.eval(env, &a.right)?
                    }
                    op => {
                        let bin = compound(op).ok_or(Ctl::Abort)?;
                        let old = self.get(&obj, &k)?;
                        let r = self.eval(env, &a.right)?;
                        self.binary(bin, old, r)?
                    }
                };
                self.put(&obj, &k, v.clone())?;
                Ok(v)
            }
        }
    }
}

fn strict_eq(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::Undef, V::Undef) | (V::Null, V::Null) => true,
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Num(x), V::Num(y)) => x == y,
        (V::Str(x), V::Str(y)) => x == y,
        (V::Arr(x), V::Arr(y)) | (V::Obj(x), V::Obj(y)) | (V::Re(x), V::Re(y)) => x == y,
        (V::Native(x), V::Native(y)) => x == y,
        _ => false,
    }
}

/// A JavaScript pattern in the `regex` crate's syntax: braces that are not a quantifier are
/// literal in JavaScript and escaped here.
fn js_pattern(p: &str) -> String {
    let b = p.as_bytes();
    let mut out = String::with_capacity(p.len() + 8);
    let mut i = 0;
    let mut class = false;
    while i < b.len() {
        let c = b[i] as char;
        match c {
            '\\' if i + 1 < b.len() => {
                // JavaScript's classes are ASCII without the `u` flag (and cheap to compile).
                let ascii = match (b[i + 1], class) {
                    (b'w', false) => Some("[0-9A-Za-z_]"),
                    (b'w', true) => Some("0-9A-Za-z_"),
                    (b'W', false) => Some("[^0-9A-Za-z_]"),
                    (b'd', false) => Some("[0-9]"),
                    (b'd', true) => Some("0-9"),
                    (b'D', false) => Some("[^0-9]"),
                    (b'b', false) => Some("(?-u:\\b)"),
                    (b'B', false) => Some("(?-u:\\B)"),
                    _ => None,
                };
                if let Some(a) = ascii {
                    out.push_str(a);
                    i += 2;
                    continue;
                }
                let n = 1 + p[i + 1..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&p[i..i + n]);
                i += n;
                continue;
            }
            '[' => class = true,
            ']' => class = false,
            '{' if !class => {
                let end = p[i..].find('}').map(|e| i + e);
                let quantifier = end.is_some_and(|e| {
                    let inner = &p[i + 1..e];
                    !inner.is_empty()
                        && inner.bytes().all(|x| x.is_ascii_digit() || x == b',')
                        && inner.as_bytes()[0].is_ascii_digit()
                        && inner.matches(',').count() <= 1
                });
                if quantifier {
                    let e = end.unwrap_or(i);
                    out.push_str(&p[i..=e]);
                    i = e + 1;
                    continue;
                }
                out.push_str("\\{");
                i += 1;
                continue;
            }
            '}' if !class => {
                out.push_str("\\}");
                i += 1;
                continue;
            }
            _ => {}
        }
        let ch = p[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// A match: start and end in UTF-16 units, and the capture groups.
type Match = (usize, usize, Vec<Option<Vec<u16>>>);

/// A replacement string's `$&`, `$1`..`$99` and `$$`.
fn expand_replacement(w: &[u16], matched: &[u16], groups: &[Option<Vec<u16>>]) -> Vec<u16> {
    let dollar = u16::from(b'$');
    if !w.contains(&dollar) {
        return w.to_vec();
    }
    let mut out = Vec::with_capacity(w.len());
    let mut i = 0;
    while i < w.len() {
        if w[i] == dollar && i + 1 < w.len() {
            let c = w[i + 1];
            if c == dollar {
                out.push(dollar);
                i += 2;
                continue;
            }
            if c == u16::from(b'&') {
                out.extend_from_slice(matched);
                i += 2;
                continue;
            }
            let digit = |c: u16| (0x30..=0x39).contains(&c).then(|| usize::from(c - 0x30));
            if let Some(d) = digit(c) {
                let (n, used) = match w.get(i + 2).copied().and_then(digit) {
                    Some(d2) if d * 10 + d2 <= groups.len() && d * 10 + d2 > 0 => (d * 10 + d2, 3),
                    _ => (d, 2),
                };
                if n >= 1 && n <= groups.len() {
                    if let Some(g) = &groups[n - 1] {
                        out.extend_from_slice(g);
                    }
                    i += used;
                    continue;
                }
            }
        }
        out.push(w[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxc_allocator::Allocator;
    use oxc_parser::Parser;
    use oxc_span::SourceType;

    fn run(src: &str) -> Decoded {
        let alloc = Allocator::default();
        let ret = Parser::new(&alloc, src, SourceType::cjs()).parse();
        assert!(ret.diagnostics.is_empty(), "{:?}", ret.diagnostics);
        decode(&ret.program)
    }

    fn strings(src: &str) -> Vec<String> {
        run(src).strings.into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn concatenations_and_char_codes_are_folded() {
        let s = strings(
            "var u = 'wss://po' + 'ol.exa' + 'mple:' + 3333; go(String.fromCharCode(106,111,98,95,105,100));",
        );
        assert!(s.contains(&"wss://pool.example:3333".to_owned()), "{s:?}");
        assert!(s.contains(&"job_id".to_owned()), "{s:?}");
    }

    #[test]
    fn a_rotated_string_array_with_a_base64_decoder_is_run() {
        // The shape javascript-obfuscator writes: an array function, a decoder that replaces
        // itself, and a rotation loop checked against a constant.
        let src = r#"
function arr(){var a=['c3VibWl0','am9iX2lk','bG9naW4=','MTIz'];arr=function(){return a;};return arr();}
function dec(i,k){var a=arr();return dec=function(i,k){i=i-0x0;var s=a[i];return atob(s);},dec(i,k);}
(function(f,target){var d=dec,a=f();while(!![]){try{var v=parseInt(d(0x0));if(v===target)break;else a['push'](a['shift']());}catch(e){a['push'](a['shift']());}}}(arr,123));
function use(){var d=dec;send(d(0x1),d(0x2),d(0x3));}
"#;
        let s = strings(src);
        for w in ["job_id", "login", "submit"] {
            assert!(s.contains(&w.to_owned()), "{w} not in {s:?}");
        }
    }

    #[test]
    fn hostile_code_is_bounded() {
        // An endless loop, a doubling string and a deep recursion: each stopped by its bound.
        let d = run(
            "while(true){}\nvar s='x';for(;;){s=s+s;}\nfunction r(n){return r(n+1);} r(1);\nfunction k(a){for(;;){}} k(1);",
        );
        assert!(d.steps > 0 && d.steps <= MAX_FUEL);
        assert!(d.strings.is_empty());
    }

    #[test]
    fn host_objects_are_opaque() {
        let s = strings(
            "function f(x){ return window.location + x; } f('a'); g(document.cookie + 'x');",
        );
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn numbers_convert_as_javascript_does() {
        assert_eq!(num_to_string(0.1), "0.1");
        assert_eq!(num_to_string(1e21), "1e+21");
        assert_eq!(num_to_string(-5.0), "-5");
        assert_eq!(parse_int(&js("  0x1F"), None), 31.0);
        assert_eq!(parse_int(&js("12abc"), Some(10.0)), 12.0);
        assert!(parse_int(&js("abc"), None).is_nan());
        assert_eq!(str_to_num(&js(" 12 ")), 12.0);
        assert!(str_to_num(&js("12a")).is_nan());
        assert_eq!(radix_string(255.0, 16).unwrap(), "ff");
        assert_eq!(to_int32(4294967295.0), -1);
    }
}
