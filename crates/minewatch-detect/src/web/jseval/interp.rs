//! The interpreter: scopes, objects and arrays in arenas, statements and expressions, each
//! step counted against the run's budgets.

use std::collections::HashMap;
use std::rc::Rc;

use oxc_ast::ast::*;
use oxc_syntax::operator::{
    AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator, UpdateOperator,
};
use oxc_syntax::reference::ReferenceId;

use super::value::*;
use super::*;

#[derive(Clone, Copy)]
pub(super) enum Code<'a> {
    Fn(&'a Function<'a>, u32),
    Arrow(&'a ArrowFunctionExpression<'a>, u32),
}

pub(super) struct ObjData<'a> {
    pub(super) props: HashMap<String, V>,
    pub(super) code: Option<Code<'a>>,
    /// The prototype an object made by `new F()` inherits from.
    pub(super) proto: Option<u32>,
}

/// A scope's bindings: a short list searched in order (most scopes are a function's handful of
/// names), a hash map once it grows.
pub(super) enum Vars<'a> {
    Few(Vec<(&'a str, V)>),
    Many(HashMap<&'a str, V>),
}

pub(super) const FEW: usize = 24;

/// Name equality without a `memcmp` call (names are short).
#[inline]
pub(super) fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && (a.as_ptr() == b.as_ptr() || a.bytes().zip(b.bytes()).all(|(x, y)| x == y))
}

impl<'a> Vars<'a> {
    pub(super) fn new() -> Self {
        Vars::Few(Vec::new())
    }

    pub(super) fn get(&self, name: &str) -> Option<&V> {
        match self {
            Vars::Few(v) => v.iter().find(|(n, _)| same(n, name)).map(|(_, v)| v),
            Vars::Many(m) => m.get(name),
        }
    }

    pub(super) fn get_mut(&mut self, name: &str) -> Option<&mut V> {
        match self {
            Vars::Few(v) => v.iter_mut().find(|(n, _)| same(n, name)).map(|(_, v)| v),
            Vars::Many(m) => m.get_mut(name),
        }
    }

    pub(super) fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    pub(super) fn insert(&mut self, name: &'a str, value: V) {
        if let Some(slot) = self.get_mut(name) {
            *slot = value;
            return;
        }
        self.add(name, value);
    }

    /// Binds `name` to `value` unless it is bound already.
    pub(super) fn declare(&mut self, name: &'a str, value: V) {
        if !self.contains_key(name) {
            self.add(name, value);
        }
    }

    pub(super) fn remove(&mut self, name: &str) {
        match self {
            Vars::Few(v) => v.retain(|(n, _)| !same(n, name)),
            Vars::Many(m) => {
                m.remove(name);
            }
        }
    }

    pub(super) fn add(&mut self, name: &'a str, value: V) {
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

pub(super) struct Scope<'a> {
    pub(super) vars: Vars<'a>,
    pub(super) parent: Option<u32>,
    /// A function's arguments, made into an `arguments` object when first read.
    pub(super) args: Option<Vec<V>>,
    pub(super) this: Option<V>,
}

pub(super) struct Re {
    pub(super) re: regex::Regex,
    pub(super) global: bool,
}

pub(super) enum Ctl<'a> {
    Throw(V),
    /// A bound, or something the interpreter does not model: not catchable.
    Abort,
    Return(V),
    Break(Option<&'a str>),
    Continue(Option<&'a str>),
}

pub(super) type R<'a, T> = Result<T, Ctl<'a>>;

pub(super) struct Interp<'a> {
    pub(super) scopes: Vec<Scope<'a>>,
    pub(super) objs: Vec<ObjData<'a>>,
    pub(super) arrs: Vec<Vec<V>>,
    pub(super) res: Vec<Re>,
    pub(super) fuel: u64,
    pub(super) site: u64,
    pub(super) sweep_fuel: u64,
    pub(super) alloc: usize,
    pub(super) depth: u32,
    /// Function declarations anywhere in the file by name (`None`: the name is declared twice).
    pub(super) hoisted: HashMap<&'a str, Option<&'a Function<'a>>>,
    /// `var x = y` anywhere in the file, by name (`None`: ambiguous).
    pub(super) aliases: HashMap<&'a str, Option<&'a str>>,
    /// Tables of constants by name (see `Sites::tables`).
    pub(super) tables: HashMap<&'a str, Option<&'a Expression<'a>>>,
    pub(super) resolved: HashMap<&'a str, V>,
    pub(super) resolving: u32,
    pub(super) var_names: HashMap<usize, Rc<Vec<&'a str>>>,
    /// The source, for a function's `toString` (self-defending code reads its own text).
    pub(super) src: &'a str,
    pub(super) regex_cache: HashMap<String, u32>,
    /// Where each name reference was last found: scopes up, and slot (see [`Interp::resolve`]).
    pub(super) refs: Vec<(u32, u32)>,
    /// Strings returned by the calls of the body being swept (see [`Interp::sweep`]).
    pub(super) found: Option<Vec<(JStr, u32)>>,
    /// Calls of user functions under way.
    pub(super) inside: u32,
    /// While a body is swept: the global bindings it wrote, with what they held before (the
    /// first write of each), put back when the sweep of that body ends (see [`Interp::sweep`]).
    pub(super) undo: Option<HashMap<&'a str, Option<V>>>,
}

pub(super) const GLOBAL: u32 = 0;

// ---------------------------------------------------------------------------------------------
// The interpreter.

impl<'a> Interp<'a> {
    pub(super) fn tick(&mut self, n: u64) -> R<'a, ()> {
        if self.site < n || self.fuel < n {
            self.fuel = self.fuel.saturating_sub(self.site.min(n));
            self.site = 0;
            return Err(Ctl::Abort);
        }
        self.fuel -= n;
        self.site -= n;
        Ok(())
    }

    pub(super) fn charge(&mut self, bytes: usize) -> R<'a, ()> {
        self.alloc += bytes;
        if self.alloc > MAX_ALLOC {
            self.fuel = 0;
            return Err(Ctl::Abort);
        }
        Ok(())
    }

    pub(super) fn string(&mut self, s: Vec<u16>) -> R<'a, V> {
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

    pub(super) fn array(&mut self, items: Vec<V>) -> R<'a, V> {
        if items.len() > MAX_LEN {
            return Err(Ctl::Abort);
        }
        self.charge(items.len() * 24 + 32)?;
        self.arrs.push(items);
        Ok(V::Arr((self.arrs.len() - 1) as u32))
    }

    pub(super) fn object(&mut self, code: Option<Code<'a>>) -> R<'a, V> {
        self.charge(96)?;
        self.objs.push(ObjData {
            props: HashMap::new(),
            code,
            proto: None,
        });
        Ok(V::Obj((self.objs.len() - 1) as u32))
    }

    pub(super) fn scope(
        &mut self,
        parent: u32,
        args: Option<Vec<V>>,
        this: Option<V>,
    ) -> R<'a, u32> {
        self.charge(128)?;
        self.scopes.push(Scope {
            vars: Vars::new(),
            parent: Some(parent),
            args,
            this,
        });
        Ok((self.scopes.len() - 1) as u32)
    }

    pub(super) fn regex(&mut self, pattern: &str, flags: &str) -> R<'a, V> {
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

    pub(super) fn lookup(&mut self, env: u32, name: &'a str) -> R<'a, V> {
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
    pub(super) fn resolve(
        &mut self,
        env: u32,
        id: &'a IdentifierReference<'a>,
    ) -> Option<(u32, usize)> {
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

    pub(super) fn lookup_id(&mut self, env: u32, id: &'a IdentifierReference<'a>) -> R<'a, V> {
        if let Some((s, slot)) = self.resolve(env, id)
            && let Vars::Few(v) = &self.scopes[s as usize].vars
        {
            return Ok(v[slot].1.clone());
        }
        self.lookup(env, id.name.as_str())
    }

    pub(super) fn set_id(&mut self, env: u32, id: &'a IdentifierReference<'a>, value: V) {
        if let Some((s, slot)) = self.resolve(env, id)
            && let Vars::Few(v) = &mut self.scopes[s as usize].vars
        {
            if s == GLOBAL
                && let Some(u) = &mut self.undo
            {
                u.entry(v[slot].0)
                    .or_insert_with(|| Some(v[slot].1.clone()));
            }
            v[slot].1 = value;
            return;
        }
        self.set(env, id.name.as_str(), value);
    }

    pub(super) fn fallback(&mut self, name: &'a str) -> R<'a, V> {
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
                } else if let Some(Some(table)) = self.tables.get(name).copied() {
                    self.eval(GLOBAL, table)?
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
    pub(super) fn set(&mut self, env: u32, name: &'a str, v: V) {
        let mut cur = Some(env);
        while let Some(i) = cur {
            let s = &mut self.scopes[i as usize];
            if let Some(slot) = s.vars.get_mut(name) {
                if i == GLOBAL
                    && let Some(u) = &mut self.undo
                {
                    u.entry(name).or_insert_with(|| Some(slot.clone()));
                }
                *slot = v;
                return;
            }
            cur = s.parent;
        }
        self.resolved.remove(name);
        if let Some(u) = &mut self.undo {
            u.entry(name).or_insert(None);
        }
        self.scopes[GLOBAL as usize].vars.insert(name, v);
    }

    pub(super) fn define(&mut self, env: u32, name: &'a str, v: V) {
        self.scopes[env as usize].vars.insert(name, v);
    }

    /// Function declarations of a statement list, bound before it runs.
    pub(super) fn hoist(&mut self, env: u32, body: &'a [Statement<'a>]) -> R<'a, ()> {
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
    pub(super) fn vars_of(&mut self, body: &'a FunctionBody<'a>) -> Rc<Vec<&'a str>> {
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

    pub(super) fn call(&mut self, f: &V, this: V, args: Vec<V>) -> R<'a, V> {
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

    pub(super) fn params(
        &mut self,
        env: u32,
        params: &'a FormalParameters<'a>,
        args: &[V],
    ) -> R<'a, ()> {
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

    pub(super) fn invoke(&mut self, code: Code<'a>, me: V, this: V, args: Vec<V>) -> R<'a, V> {
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
                self.run_body(env, body)
            }
            Code::Arrow(f, closure) => {
                if f.r#async {
                    return Err(Ctl::Abort);
                }
                let env = self.scope(closure, None, None)?;
                self.params(env, &f.params, &args)?;
                match &f.body {
                    ArrowFunctionBody::FunctionBody(b) => self.run_body(env, b),
                    other => self.eval(env, other.as_expression().ok_or(Ctl::Abort)?),
                }
            }
        }
    }

    /// A function body in its scope `env`: `var`s bound, declarations hoisted, statements run
    /// to the first `return`.
    fn run_body(&mut self, env: u32, body: &'a FunctionBody<'a>) -> R<'a, V> {
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

    /// Runs a function body's statements one by one in a scope of its own, parameters opaque,
    /// each on [`SWEEP_FUEL`]; the strings its `var`s and assignments to names end up holding
    /// go to `found`.
    /// Returns how many statements their budget stopped.
    pub(super) fn sweep(
        &mut self,
        params: &'a FormalParameters<'a>,
        body: &'a FunctionBody<'a>,
        found: &mut Vec<(JStr, u32)>,
    ) -> usize {
        // What a swept body writes to globals is put back after it: a string-array function
        // swept on its own reassigns itself to return its array unrotated, and every body swept
        // after it would decode its strings one place off.
        self.undo = Some(HashMap::new());
        let stopped = self.sweep_body(params, body, found);
        for (name, old) in self.undo.take().unwrap_or_default() {
            self.resolved.remove(name);
            let vars = &mut self.scopes[GLOBAL as usize].vars;
            match old {
                Some(v) => vars.insert(name, v),
                None => vars.remove(name),
            }
        }
        stopped
    }

    fn sweep_body(
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

    pub(super) fn this(&self, env: u32) -> V {
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
}

impl<'a> Interp<'a> {
    // --- conversions ---

    pub(super) fn string_of(&mut self, v: &V) -> R<'a, JStr> {
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

    pub(super) fn number_of(&mut self, v: &V) -> R<'a, f64> {
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
    pub(super) fn primitive(&mut self, v: V) -> R<'a, V> {
        Ok(match v {
            V::Arr(_) | V::Obj(_) => V::Str(self.string_of(&v)?),
            V::Native(_) | V::Re(_) | V::Opaque => return Err(Ctl::Abort),
            other => other,
        })
    }

    pub(super) fn key(&mut self, v: &V) -> R<'a, String> {
        Ok(match v {
            V::Str(s) => rs(s),
            V::Num(x) => num_to_string(*x),
            other => rs(&self.string_of(other)?),
        })
    }

    pub(super) fn index(v: &V) -> Option<usize> {
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

    pub(super) fn get(&mut self, obj: &V, key: &V) -> R<'a, V> {
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
    pub(super) fn get_named(&mut self, obj: &V, k: &str) -> R<'a, V> {
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

    pub(super) fn put(&mut self, obj: &V, key: &V, v: V) -> R<'a, ()> {
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
    pub(super) fn static_key(m: &'a MemberExpression<'a>) -> Option<&'a str> {
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

    pub(super) fn member_key(&mut self, env: u32, m: &'a MemberExpression<'a>) -> R<'a, V> {
        match m {
            MemberExpression::StaticMemberExpression(s) => Ok(V::Str(js(s.property.name.as_str()))),
            MemberExpression::ComputedMemberExpression(c) => self.eval(env, &c.expression),
            MemberExpression::PrivateFieldExpression(_) => Err(Ctl::Abort),
        }
    }

    // --- statements ---

    pub(super) fn declare(&mut self, env: u32, d: &'a VariableDeclaration<'a>) -> R<'a, ()> {
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

    pub(super) fn block(&mut self, env: u32, body: &'a [Statement<'a>]) -> R<'a, ()> {
        self.hoist(env, body)?;
        for s in body {
            self.exec(env, s)?;
        }
        Ok(())
    }

    /// One turn of a loop body: `Ok(true)` to go on, `Ok(false)` to leave the loop.
    pub(super) fn turn(
        &mut self,
        env: u32,
        body: &'a Statement<'a>,
        label: Option<&'a str>,
    ) -> R<'a, bool> {
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
    pub(super) fn test(&self, v: &V) -> R<'a, bool> {
        if matches!(v, V::Opaque) {
            return Err(Ctl::Abort);
        }
        Ok(truthy(v))
    }

    pub(super) fn exec(&mut self, env: u32, s: &'a Statement<'a>) -> R<'a, ()> {
        self.exec_labelled(env, s, None)
    }

    pub(super) fn exec_labelled(
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

    pub(super) fn statement(
        &mut self,
        env: u32,
        s: &'a Statement<'a>,
        label: Option<&'a str>,
    ) -> R<'a, ()> {
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

    pub(super) fn each(
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
    pub(super) fn concat(&mut self, leaves: &[&'a Expression<'a>]) -> Option<V> {
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

    pub(super) fn add(&mut self, a: V, b: V) -> R<'a, V> {
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
    pub(super) fn append(&mut self, mut x: JStr, y: &[u16]) -> R<'a, V> {
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

    pub(super) fn binary(&mut self, op: BinaryOperator, a: V, b: V) -> R<'a, V> {
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

    pub(super) fn loose_eq(&mut self, a: V, b: V) -> R<'a, bool> {
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

    pub(super) fn eval(&mut self, env: u32, e: &'a Expression<'a>) -> R<'a, V> {
        self.tick(1)?;
        if self.depth > MAX_DEPTH {
            return Err(Ctl::Abort);
        }
        self.depth += 1;
        let r = self.expression(env, e);
        self.depth -= 1;
        r
    }

    pub(super) fn args(&mut self, env: u32, args: &'a [Argument<'a>]) -> R<'a, Vec<V>> {
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

    pub(super) fn expression(&mut self, env: u32, e: &'a Expression<'a>) -> R<'a, V> {
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

    pub(super) fn type_of(&mut self, v: &V) -> R<'a, V> {
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

    pub(super) fn assign(&mut self, env: u32, a: &'a AssignmentExpression<'a>) -> R<'a, V> {
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
                        if keeps(a.operator, &old) {
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
                        if keeps(a.operator, &old) {
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

/// Whether `x ||= y`, `x &&= y` or `x ??= y` keeps `x` (and leaves `y` unevaluated).
fn keeps(op: AssignmentOperator, old: &V) -> bool {
    match op {
        AssignmentOperator::LogicalOr => truthy(old),
        AssignmentOperator::LogicalAnd => !truthy(old),
        _ => !matches!(old, V::Undef | V::Null),
    }
}
