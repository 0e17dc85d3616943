//! JavaScript: parsed with oxc, walked for what mining needs (a websocket to a pool, messages in
//! a pool's vocabulary, workers, WebAssembly, embedded wasm, a miner's API and knobs), with a
//! lexical fallback for what does not parse. Embedded wasm (base64 `AGFzbQ...` strings and
//! byte arrays starting `0,97,115,109`) is decoded and analysed too.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};
use std::sync::{Condvar, Mutex};

use base64::Engine as _;
use oxc_allocator::Allocator;
use oxc_ast::ast::{
    Argument, ArrayExpression, ArrayExpressionElement, CallExpression, Expression, IdentifierName,
    IdentifierReference, NewExpression, ObjectProperty, PropertyKey, StaticMemberExpression,
    StringLiteral, TemplateLiteral,
};
use oxc_ast_visit::{Visit, walk};
use oxc_parser::Parser;
use oxc_span::SourceType;

use super::blocklist::{Blocklist, Kind, Request};
use super::config;
use crate::finding::Finding;

/// Sources larger than this are scanned lexically, not parsed.
pub const MAX_PARSE_BYTES: usize = 16 << 20;
/// At most this many string literals are kept per file.
const MAX_STRINGS: usize = 200_000;
/// Embedded wasm larger than this (decoded) is not analysed.
const MAX_EMBEDDED_WASM: usize = 32 << 20;
/// Distinct modules the byte scan takes from one script at most (a hostile file could hold
/// millions of module headers).
const MAX_EMBEDDED_MODULES: usize = 256;

/// What the walk collected.
#[derive(Debug, Default, Clone)]
pub(crate) struct Facts {
    /// String literals worth keeping: URLs, embedded wasm, code (see `note_string`).
    strings: Vec<(String, u32)>,
    /// Vocabulary words seen as names or strings, with the first offset.
    hits: std::collections::HashMap<&'static str, u32>,
    /// Strings that look like base64 (unpacked when the file is obfuscated).
    b64: Vec<(String, u32)>,
    ctors: Vec<(String, u32)>,
    calls: Vec<(String, u32)>,
    websocket_urls: Vec<(String, u32)>,
    byte_arrays: Vec<(Vec<u8>, u32)>,
    dynamic_eval: Vec<u32>,
    hex_idents: u32,
    /// Signs of hidden strings: concatenated string literals, `fromCharCode`/`atob` calls.
    hiding: u32,
    /// Arrays of encoded strings, as obfuscators keep a script's strings.
    string_arrays: u32,
    /// A message handler (`onmessage = ...`, `addEventListener('message', ...)`).
    message_handler: Option<u32>,
    /// Job words among the keys of objects sent by `postMessage`.
    posted: BTreeSet<&'static str>,
    /// Loops that call a function of the script with a counter and job words (see
    /// [`LoopStat`]).
    job_loops: Vec<LoopStat>,
    /// What running the file's string decoders recovered (see [`super::jseval`]).
    decoded: Option<super::jseval::Decoded>,
    /// Calls handed a wallet or a site key, and what the script starts (see [`super::config`]).
    configs: Vec<config::MinerConfig>,
    starts: config::Starts,
    /// A literal looks like a credential, or a small script reads JSON and names one:
    /// configurations are looked for (see `credential_literal`,
    /// [`config::worth_parsing_fetched`]).
    configs_wanted: bool,
    /// The script reads data as JSON ([`config::reads_json`]): credentials read by name count.
    reads_json: bool,
    parsed: bool,
    /// Embedded modules found by the byte scan and analysed before the parse was decided on
    /// (see [`embedded_lexically`]), with their analyses (evidence locations left empty).
    embedded: Vec<(Vec<u8>, u32, super::wasm::WasmFacts)>,
    /// How deep the script nests (see [`nesting`]), where the parse decision measured it.
    depth: Option<usize>,
}

/// What one loop does: the script's functions it calls, whether it steps a counter, and the
/// job words it reads.
#[derive(Debug, Default, Clone)]
pub(crate) struct LoopStat {
    calls: BTreeSet<String>,
    counter: bool,
    words: BTreeSet<&'static str>,
    offset: u32,
}

/// Words of a mining job (what a pool sends and a worker hashes and reports).
fn job_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "blob" => "blob",
        "target" => "target",
        "job" => "job",
        "job_id" => "job_id",
        "jobId" => "job_id",
        "nonce" => "nonce",
        "seed_hash" => "seed_hash",
        "seedHash" => "seed_hash",
        "difficulty" => "difficulty",
        "height" => "height",
        "result" => "result",
        "hashes" => "hashes",
        _ => return None,
    })
}

/// Calls that are the language's or the browser's own, not the script's (a hashing call is
/// the script's).
fn builtin_call(name: &str) -> bool {
    let root = name.split('.').next().unwrap_or(name);
    let last = name.rsplit('.').next().unwrap_or(name);
    matches!(
        root,
        "Math"
            | "console"
            | "String"
            | "Number"
            | "Array"
            | "Object"
            | "JSON"
            | "Date"
            | "Promise"
            | "Reflect"
            | "Atomics"
            | "performance"
            | "crypto"
    ) || matches!(
        last,
        "push"
            | "pop"
            | "shift"
            | "unshift"
            | "slice"
            | "splice"
            | "concat"
            | "join"
            | "split"
            | "indexOf"
            | "charCodeAt"
            | "charAt"
            | "fromCharCode"
            | "toString"
            | "substr"
            | "substring"
            | "replace"
            | "set"
            | "get"
            | "has"
            | "subarray"
            | "fill"
            | "map"
            | "forEach"
            | "filter"
            | "reduce"
            | "parseInt"
            | "parseFloat"
            | "isNaN"
            | "postMessage"
            | "now"
            | "padStart"
            | "toLowerCase"
            | "toUpperCase"
            | "log"
            | "getUint8"
            | "setUint8"
            | "getUint32"
            | "setUint32"
            | "floor"
            | "min"
            | "max"
    )
}

struct Walker<'f> {
    facts: &'f mut Facts,
    /// Loops entered and not yet left.
    loops: Vec<LoopStat>,
    /// Strings the decoders gave, by the offset of the expression that computes them: a
    /// computed member `o[f(0x1a)]` is read as `o.name`.
    resolved: Option<&'f std::collections::HashMap<u32, String>>,
    /// Expressions entered and not yet left (a left-leaning chain such as `a + b + ...` parses
    /// without recursion, but walking it recurses once per operator).
    depth: u32,
    /// Credentials and pool addresses declared under a name (`const w = "..."`, `var o = {pool:
    /// "..."}` as `o.pool`), so a configuration handed over through variables reads as written
    /// in place.
    consts: config::Named,
    /// A function's returned options were kept (as `f()`, see [`Walker::note_returns`]).
    returns_noted: bool,
}

/// The `visit_expression` of a walk over a syntax tree that stops descending
/// [`MAX_WALK_DEPTH`] expressions deep; the visitor keeps the count in a `depth: u32` field.
macro_rules! bounded_visit_expression {
    ($a:lifetime) => {
        fn visit_expression(&mut self, it: &oxc_ast::ast::Expression<$a>) {
            if self.depth < $crate::web::js::MAX_WALK_DEPTH {
                self.depth += 1;
                oxc_ast_visit::walk::walk_expression(self, it);
                self.depth -= 1;
            }
        }
    };
}
pub(crate) use bounded_visit_expression;

/// Expressions followed at most this deep by a walk over a syntax tree; deeper parts are left
/// out (a chain of hundreds of thousands of `+` would otherwise exhaust the stack).
pub(crate) const MAX_WALK_DEPTH: u32 = 1_000;

fn member_name(e: &Expression<'_>) -> Option<String> {
    match e {
        Expression::Identifier(id) => Some(id.name.to_string()),
        Expression::StaticMemberExpression(m) => {
            let obj = member_name(&m.object).unwrap_or_default();
            Some(if obj.is_empty() {
                m.property.name.to_string()
            } else {
                format!("{obj}.{}", m.property.name)
            })
        }
        _ => None,
    }
}

/// The name under which what the function `f` returns is kept in [`config::Named`].
fn returned(f: &str) -> String {
    format!("{f}()")
}

fn first_string_arg(args: &[Argument<'_>]) -> Option<String> {
    match args.first()? {
        Argument::StringLiteral(s) => Some(s.value.to_string()),
        Argument::TemplateLiteral(t) => Some(
            t.quasis
                .iter()
                .filter_map(|q| q.value.cooked.as_ref().map(ToString::to_string))
                .collect::<Vec<_>>()
                .join("*"),
        ),
        _ => None,
    }
}

impl<'f> Walker<'f> {
    /// A walk into `facts`, with the decoders' strings by site (`resolved`) and what an
    /// earlier walk named (`consts`, and whether functions' returned options are among them).
    fn new(
        facts: &'f mut Facts,
        resolved: Option<&'f std::collections::HashMap<u32, String>>,
        consts: config::Named,
        returns_noted: bool,
    ) -> Self {
        Walker {
            facts,
            loops: Vec::new(),
            resolved,
            depth: 0,
            consts,
            returns_noted,
        }
    }

    /// [`member_name`], with computed members whose key is a string or a decoded string.
    fn name_of(&self, e: &Expression<'_>) -> Option<String> {
        match e {
            Expression::ComputedMemberExpression(m) => {
                let key = self.key_of(&m.expression)?;
                let obj = self.name_of(&m.object).unwrap_or_default();
                Some(if obj.is_empty() {
                    key
                } else {
                    format!("{obj}.{key}")
                })
            }
            Expression::StaticMemberExpression(m) => {
                let obj = self.name_of(&m.object).unwrap_or_default();
                Some(if obj.is_empty() {
                    m.property.name.to_string()
                } else {
                    format!("{obj}.{}", m.property.name)
                })
            }
            other => member_name(other),
        }
    }

    /// The last name of a callee (`c` of `a.b.c`, `c` of `a[f(1)]` where the decoders gave
    /// `c`), without building the rest.
    fn last_name<'e>(&self, e: &'e Expression<'_>) -> Option<std::borrow::Cow<'e, str>> {
        match e {
            Expression::Identifier(id) => Some(std::borrow::Cow::Borrowed(id.name.as_str())),
            Expression::StaticMemberExpression(m) => {
                Some(std::borrow::Cow::Borrowed(m.property.name.as_str()))
            }
            Expression::ComputedMemberExpression(m) => {
                self.key_of(&m.expression).map(std::borrow::Cow::Owned)
            }
            _ => None,
        }
    }

    fn key_of(&self, e: &Expression<'_>) -> Option<String> {
        match e {
            Expression::StringLiteral(l) => Some(l.value.to_string()),
            other => self
                .resolved
                .and_then(|r| r.get(&oxc_span::GetSpan::span(other).start))
                .cloned(),
        }
    }

    /// An expression's string: a literal, a template without substitutions, or what the
    /// decoders made of the call that computes it.
    fn text_of(&self, e: &Expression<'_>) -> Option<String> {
        match e.without_parentheses() {
            Expression::TemplateLiteral(t) if t.expressions.is_empty() => t
                .quasis
                .first()
                .and_then(|q| q.value.cooked.as_ref())
                .map(ToString::to_string),
            Expression::Identifier(id) => self.consts.value(&id.name).cloned(),
            Expression::StaticMemberExpression(m) => match m.object.without_parentheses() {
                Expression::Identifier(o) if !self.consts.is_empty() => {
                    self.consts.property(&o.name, &m.property.name).cloned()
                }
                _ => None,
            },
            Expression::ComputedMemberExpression(m)
                if !self.consts.is_empty()
                    && matches!(m.object.without_parentheses(), Expression::Identifier(_)) =>
            {
                let Expression::Identifier(o) = m.object.without_parentheses() else {
                    return None;
                };
                let k = self.key_of(&m.expression)?;
                self.consts.property(&o.name, &k).cloned()
            }
            other => self.key_of(other),
        }
    }

    /// Keeps the credentials and pool addresses `name` is declared with (a string, or an
    /// object's string properties); nothing else is asked for.
    fn note_consts(&mut self, name: &str, init: &Expression<'_>) {
        match init.without_parentheses() {
            Expression::ObjectExpression(o) => {
                for p in o.properties.iter().take(config::MAX_PROPERTIES) {
                    if let oxc_ast::ast::ObjectPropertyKind::ObjectProperty(p) = p
                        && let Some(k) = p.key.static_name()
                        && let Some(v) = self.property_worth(&k, &p.value)
                    {
                        self.consts.set_property(name, &k, v);
                    }
                }
            }
            // `const opts = o`: o's options under the new name too.
            Expression::Identifier(from) if !self.consts.is_empty() => {
                self.consts.alias(name, &from.name);
            }
            // `const opts = settings()`: what `settings` returns.
            Expression::CallExpression(c) if let Some(r) = self.returns_of(c) => {
                self.consts.alias(name, &r);
            }
            other => {
                if let Some(v) = self.text_of(other)
                    && config::credential(&v).is_some()
                {
                    self.consts.set_value(name, v);
                }
            }
        }
    }

    /// A call or `new` handed a wallet or a site key: kept, with its callee's name.
    fn note_config(&mut self, callee: &Expression<'_>, args: &[Argument<'_>], offset: u32) {
        if !self.configs_wanted()
            || self.facts.configs.len() >= config::MAX_KEPT
            || !args.iter().any(|a| match a {
                Argument::StringLiteral(s) => s.value.len() >= 32,
                Argument::ObjectExpression(_) => true,
                _ => self.resolved.is_some() || !self.consts.is_empty(),
            })
        {
            return;
        }
        // The strings handed over (with their option names) and the knobs among the options:
        // literal options, or an object whose properties were set by name earlier (or that a
        // function returns); credentials and a pool read by name from fetched JSON.
        let mut strings: Vec<(Option<String>, String)> = Vec::new();
        let mut knobs = BTreeSet::new();
        let mut slots = config::Slots::default();
        for a in args.iter().take(16) {
            let Some(e) = a.as_expression() else { continue };
            let named = match e.without_parentheses() {
                Expression::ObjectExpression(o) => {
                    for p in o.properties.iter().take(64) {
                        if let oxc_ast::ast::ObjectPropertyKind::ObjectProperty(p) = p
                            && let Some(k) = p.key.static_name()
                        {
                            knobs.extend(config::knob(&k));
                            if let Some(v) = self.text_of(&p.value) {
                                strings.push((Some(k.to_string()), v));
                            } else if let Some(x) = number_of(&p.value) {
                                strings.push((Some(k.to_string()), x.to_string()));
                            } else {
                                self.note_slot(&mut slots, Some(&k), &p.value);
                            }
                        }
                    }
                    None
                }
                Expression::Identifier(id) if !self.consts.is_empty() => Some(id.name.to_string()),
                // `settings()`: what the function returns.
                Expression::CallExpression(c) if let Some(r) = self.returns_of(c) => Some(r),
                other => {
                    match self.text_of(other) {
                        Some(v) => strings.push((None, v)),
                        None => self.note_slot(&mut slots, None, other),
                    }
                    None
                }
            };
            if let Some(name) = named {
                if let Some(v) = self.consts.value(&name) {
                    strings.push((None, v.clone()));
                }
                for (key, v) in self.consts.properties(&name) {
                    knobs.extend(config::knob(key));
                    if !v.is_empty() {
                        strings.push((Some(key.clone()), v.clone()));
                    }
                }
            }
        }
        if let Some(mut c) = config::config_of(&strings, &slots, knobs, offset) {
            c.callee = self.name_of(callee).unwrap_or_else(|| "(a call)".into());
            self.facts.configs.push(c);
        }
    }

    /// `value`, handed over as the option `key` (or as an argument), where the script reads
    /// JSON and `value` reads a property named for a credential or (as the option `pool`) a
    /// pool's address: kept in `slots` by the expression's text (`conf.siteKey`).
    fn note_slot(&self, slots: &mut config::Slots, key: Option<&str>, value: &Expression<'_>) {
        if !self.facts.reads_json {
            return;
        }
        let Some(read) = self.name_of(value.without_parentheses()) else {
            return;
        };
        let Some((_, last)) = read.rsplit_once('.') else {
            return;
        };
        if let Some(c) =
            config::credential_key(last).or_else(|| key.and_then(config::credential_key))
        {
            if slots.credentials.len() < 4 {
                slots.credentials.push((c, read));
            }
        } else if key.is_some_and(config::pool_key) {
            slots.pool.get_or_insert(read);
        }
    }

    /// Keeps what the function `name` returns (an object literal, or a name whose options were
    /// set in its body) under `name()`, so `new M(settings())` and `const o = settings()` read
    /// as if the options were written in place. Only the body's own `return`s are read.
    fn note_returns(&mut self, name: &str, body: &oxc_ast::ast::FunctionBody<'_>) {
        for st in body.statements.iter().take(256) {
            if let oxc_ast::ast::Statement::ReturnStatement(r) = st
                && let Some(e) = &r.argument
            {
                self.note_returned(name, e);
            }
        }
    }

    /// The name under which what `c`'s callee returns is kept, where something is kept for it
    /// (`settings()` for `settings()`; not a decoder's call, whose string [`Walker::text_of`]
    /// reads).
    fn returns_of(&self, c: &CallExpression<'_>) -> Option<String> {
        if !self.returns_noted {
            return None;
        }
        let Expression::Identifier(f) = c.callee.without_parentheses() else {
            return None;
        };
        let r = returned(&f.name);
        (!self.consts.properties(&r).is_empty() || self.consts.value(&r).is_some()).then_some(r)
    }

    /// What the function `name` returns, `e` (see [`Walker::note_returns`]).
    fn note_returned(&mut self, name: &str, e: &Expression<'_>) {
        if !self.configs_wanted() {
            return;
        }
        let key = returned(name);
        let kept = |w: &Self| {
            w.consts.properties(&key).len() + usize::from(w.consts.value(&key).is_some())
        };
        // `return o.a = x, o.b = y, o`: the last expression (minifiers and obfuscators join
        // statements into one).
        let e = match e.without_parentheses() {
            Expression::SequenceExpression(s) => s.expressions.last().unwrap_or(e),
            _ => e,
        };
        let before = kept(self);
        self.note_consts(&key, e);
        self.returns_noted |= kept(self) > before;
    }

    /// What an option named `key` set to `value` is worth keeping as: its string where that is
    /// a credential or a pool address; for a knob, its number where it has one (a throttle's
    /// value matters: a share of the CPU), else an empty string.
    fn property_worth(&self, key: &str, value: &Expression<'_>) -> Option<String> {
        match self.text_of(value) {
            Some(v)
                if config::credential(&v).is_some()
                    || config::pool_address(&v, Some(key), false) =>
            {
                Some(v)
            }
            _ => config::knob(key)
                .map(|_| number_of(value).map_or_else(String::new, |x| x.to_string())),
        }
    }

    /// Whether to look for a miner's configuration: a literal looks like a credential, or the
    /// decoders recovered the strings.
    fn configs_wanted(&self) -> bool {
        self.facts.configs_wanted || self.resolved.is_some()
    }

    /// Configurations made by the expression at `offset` are kept in `name`.
    fn bind_configs(&mut self, from: usize, offset: u32, name: &str) {
        for c in &mut self.facts.configs[from..] {
            if c.offset == offset {
                c.bound = Some(name.to_owned());
            }
        }
    }

    fn loop_word(&mut self, w: &str) {
        if let Some(l) = self.loops.last_mut()
            && let Some(j) = job_word(w)
        {
            l.words.insert(j);
        }
    }

    fn enter_loop(&mut self, offset: u32) {
        self.loops.push(LoopStat {
            offset,
            ..LoopStat::default()
        });
    }

    /// Keeps a loop that calls the script's own functions, steps a counter and reads job
    /// words; what it saw counts for the loop around it too.
    fn leave_loop(&mut self) {
        let Some(l) = self.loops.pop() else {
            return;
        };
        if let Some(outer) = self.loops.last_mut() {
            outer.calls.extend(l.calls.iter().take(16).cloned());
            outer.words.extend(l.words.iter().copied());
            outer.counter |= l.counter;
        }
        if !l.calls.is_empty()
            && l.counter
            && !l.words.is_empty()
            && self.facts.job_loops.len() < 64
        {
            self.facts.job_loops.push(l);
        }
    }
}

impl<'a> Visit<'a> for Walker<'_> {
    bounded_visit_expression!('a);

    fn visit_string_literal(&mut self, it: &StringLiteral<'a>) {
        note_string(self.facts, &it.value, it.span.start);
    }

    fn visit_template_literal(&mut self, it: &TemplateLiteral<'a>) {
        for q in &it.quasis {
            if let Some(c) = &q.value.cooked {
                note_string(self.facts, c, q.span.start);
            }
        }
        walk::walk_template_literal(self, it);
    }

    fn visit_identifier_reference(&mut self, it: &IdentifierReference<'a>) {
        note_name(self.facts, &it.name, it.span.start);
        self.loop_word(&it.name);
    }

    fn visit_identifier_name(&mut self, it: &IdentifierName<'a>) {
        note_name(self.facts, &it.name, it.span.start);
    }

    fn visit_object_property(&mut self, it: &ObjectProperty<'a>) {
        if let PropertyKey::StringLiteral(s) = &it.key {
            note_name(self.facts, &s.value, s.span.start);
        }
        walk::walk_object_property(self, it);
    }

    fn visit_static_member_expression(&mut self, it: &StaticMemberExpression<'a>) {
        note_name(self.facts, &it.property.name, it.property.span.start);
        self.loop_word(&it.property.name);
        walk::walk_static_member_expression(self, it);
    }

    fn visit_new_expression(&mut self, it: &NewExpression<'a>) {
        if self
            .last_name(&it.callee)
            .as_deref()
            .is_some_and(relevant_name)
            && let Some(name) = self.name_of(&it.callee)
        {
            let last = name.rsplit('.').next().unwrap_or(&name).to_owned();
            if last == "WebSocket"
                && let Some(url) = first_string_arg(&it.arguments)
            {
                self.facts.websocket_urls.push((url, it.span.start));
            }
            self.facts.ctors.push((name, it.span.start));
        }
        self.note_config(&it.callee, &it.arguments, it.span.start);
        walk::walk_new_expression(self, it);
    }

    fn visit_function(
        &mut self,
        it: &oxc_ast::ast::Function<'a>,
        flags: oxc_syntax::scope::ScopeFlags,
    ) {
        walk::walk_function(self, it, flags);
        if let (Some(id), Some(body)) = (&it.id, &it.body) {
            self.note_returns(&id.name, body);
        }
    }

    fn visit_variable_declarator(&mut self, it: &oxc_ast::ast::VariableDeclarator<'a>) {
        if self.configs_wanted()
            && let Some(init) = &it.init
            && let Some(id) = it.id.get_binding_identifier()
        {
            self.note_consts(&id.name, init);
        }
        let from = self.facts.configs.len();
        walk::walk_variable_declarator(self, it);
        // `const settings = () => ({...})`, `var f = function () { ...; return o; }`.
        if let Some(init) = &it.init
            && let Some(id) = it.id.get_binding_identifier()
        {
            match init.without_parentheses() {
                Expression::ArrowFunctionExpression(a) => {
                    if let Some(e) = a.get_expression() {
                        self.note_returned(&id.name, e);
                    } else if let Some(body) = a.get_function_body() {
                        self.note_returns(&id.name, body);
                    }
                }
                Expression::FunctionExpression(f) => {
                    if let Some(body) = &f.body {
                        self.note_returns(&id.name, body);
                    }
                }
                _ => {}
            }
        }
        if self.facts.configs.len() > from
            && let Some(init) = &it.init
            && let Some(id) = it.id.get_binding_identifier()
        {
            let offset = oxc_span::GetSpan::span(init.without_parentheses()).start;
            self.bind_configs(from, offset, &id.name);
        }
    }

    fn visit_for_statement(&mut self, it: &oxc_ast::ast::ForStatement<'a>) {
        self.enter_loop(it.span.start);
        walk::walk_for_statement(self, it);
        self.leave_loop();
    }

    fn visit_while_statement(&mut self, it: &oxc_ast::ast::WhileStatement<'a>) {
        self.enter_loop(it.span.start);
        walk::walk_while_statement(self, it);
        self.leave_loop();
    }

    fn visit_do_while_statement(&mut self, it: &oxc_ast::ast::DoWhileStatement<'a>) {
        self.enter_loop(it.span.start);
        walk::walk_do_while_statement(self, it);
        self.leave_loop();
    }

    fn visit_computed_member_expression(
        &mut self,
        it: &oxc_ast::ast::ComputedMemberExpression<'a>,
    ) {
        if let Some(k) = self.key_of(&it.expression) {
            self.loop_word(&k);
        }
        walk::walk_computed_member_expression(self, it);
    }

    fn visit_update_expression(&mut self, it: &oxc_ast::ast::UpdateExpression<'a>) {
        if let Some(l) = self.loops.last_mut() {
            l.counter = true;
        }
        walk::walk_update_expression(self, it);
    }

    fn visit_assignment_expression(&mut self, it: &oxc_ast::ast::AssignmentExpression<'a>) {
        let target = match &it.left {
            oxc_ast::ast::AssignmentTarget::AssignmentTargetIdentifier(id) => {
                Some(id.name.to_string())
            }
            oxc_ast::ast::AssignmentTarget::StaticMemberExpression(m) => {
                Some(m.property.name.to_string())
            }
            oxc_ast::ast::AssignmentTarget::ComputedMemberExpression(m) => {
                self.key_of(&m.expression)
            }
            _ => None,
        };
        if target.as_deref() == Some("onmessage")
            && matches!(
                it.right,
                Expression::FunctionExpression(_) | Expression::ArrowFunctionExpression(_)
            )
        {
            self.facts.message_handler.get_or_insert(it.span.start);
        }
        if it.operator != oxc_syntax::operator::AssignmentOperator::Assign
            && let Some(l) = self.loops.last_mut()
        {
            l.counter = true;
        }
        // `o.k = v` / `o[k] = v`: options set one by one (as obfuscators move object keys).
        let member = match &it.left {
            oxc_ast::ast::AssignmentTarget::StaticMemberExpression(m) => Some(&m.object),
            oxc_ast::ast::AssignmentTarget::ComputedMemberExpression(m) => Some(&m.object),
            _ => None,
        };
        if self.configs_wanted()
            && let Some(Expression::Identifier(o)) = member.map(Expression::without_parentheses)
            && let Some(k) = &target
            && let Some(v) = self.property_worth(k, &it.right)
        {
            self.consts.set_property(&o.name, k, v);
        }
        let from = self.facts.configs.len();
        walk::walk_assignment_expression(self, it);
        if let Some(t) = target
            && self.facts.configs.len() > from
        {
            let offset = oxc_span::GetSpan::span(it.right.without_parentheses()).start;
            self.bind_configs(from, offset, &t);
        }
    }

    fn visit_binary_expression(&mut self, it: &oxc_ast::ast::BinaryExpression<'a>) {
        if it.operator == oxc_syntax::operator::BinaryOperator::Addition
            && matches!(it.right, Expression::StringLiteral(_))
            && matches!(
                it.left,
                Expression::StringLiteral(_) | Expression::BinaryExpression(_)
            )
        {
            self.facts.hiding += 1;
        }
        walk::walk_binary_expression(self, it);
    }

    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        // Only the last name first (cheap); the whole dotted name where it is needed.
        let last = self.last_name(&it.callee);
        // `postMessage({...})`, or `h(postMessage, {...})` through a flattening helper.
        let posted = if last.as_deref() == Some("postMessage") {
            it.arguments.first()
        } else if it
            .arguments
            .first()
            .and_then(|a| a.as_expression())
            .and_then(|a| self.last_name(a))
            .is_some_and(|n| n == "postMessage")
        {
            it.arguments.get(1)
        } else {
            None
        };
        if let Some(Argument::ObjectExpression(o)) = posted {
            for p in &o.properties {
                if let oxc_ast::ast::ObjectPropertyKind::ObjectProperty(p) = p
                    && let Some(k) = p.key.static_name()
                    && let Some(w) = job_word(&k)
                {
                    self.facts.posted.insert(w);
                }
            }
        }
        if let Some(l) = last.as_deref()
            && config::starts_miner(l)
            && self.facts.starts.names.len() < config::MAX_KEPT
            && let Some(object) = match &it.callee {
                Expression::StaticMemberExpression(m) => Some(&m.object),
                Expression::ComputedMemberExpression(m) => Some(&m.object),
                _ => None,
            }
        {
            match object.without_parentheses() {
                o @ (Expression::NewExpression(_) | Expression::CallExpression(_)) => {
                    let at = oxc_span::GetSpan::span(o).start;
                    self.facts.starts.calls.insert(at);
                }
                o => {
                    if let Some(n) = self.last_name(o) {
                        self.facts.starts.names.insert(n.into_owned());
                    }
                }
            }
        }
        self.note_config(&it.callee, &it.arguments, it.span.start);
        if last.as_deref() == Some("addEventListener") {
            if it
                .arguments
                .first()
                .and_then(|a| a.as_expression())
                .and_then(|a| self.key_of(a))
                .is_some_and(|k| k == "message")
            {
                self.facts.message_handler.get_or_insert(it.span.start);
            }
        } else if !self.loops.is_empty()
            && let Some(name) = self.name_of(&it.callee)
            && !builtin_call(&name)
            && let Some(l) = self.loops.last_mut()
            && l.calls.len() < 16
        {
            l.calls.insert(name);
        }
        if matches!(&it.callee, Expression::StaticMemberExpression(m) if m.property.name == "fromCharCode")
            || matches!(&it.callee, Expression::Identifier(id) if id.name == "atob")
        {
            self.facts.hiding += 1;
        }
        if last.as_deref().is_some_and(relevant_name)
            && let Some(name) = self.name_of(&it.callee)
        {
            if (name == "eval" || name == "Function" || name.ends_with(".eval"))
                && !matches!(
                    it.arguments.first(),
                    Some(Argument::StringLiteral(_)) | None
                )
            {
                self.facts.dynamic_eval.push(it.span.start);
            }
            self.facts.calls.push((name, it.span.start));
        }
        walk::walk_call_expression(self, it);
    }

    fn visit_array_expression(&mut self, it: &ArrayExpression<'a>) {
        // `[0, 97, 115, 109, ...]`: a wasm module as numbers.
        let head: Vec<f64> = it
            .elements
            .iter()
            .take(4)
            .filter_map(|e| match e {
                ArrayExpressionElement::NumericLiteral(n) => Some(n.value),
                _ => None,
            })
            .collect();
        // An obfuscator's string array: many strings, most of them encoded (mixed case and
        // digits, no spaces), unlike word lists and tables.
        if it.elements.len() >= 16 {
            let mut strings = 0;
            let mut encoded = 0;
            for e in &it.elements {
                if let ArrayExpressionElement::StringLiteral(l) = e {
                    strings += 1;
                    let v = l.value.as_str();
                    let (mut lower, mut upper, mut other) = (false, false, false);
                    for b in v.bytes() {
                        match b {
                            b'a'..=b'z' => lower = true,
                            b'A'..=b'Z' => upper = true,
                            b' ' => {
                                other = false;
                                break;
                            }
                            _ => other = true,
                        }
                    }
                    encoded += usize::from(v.len() >= 4 && lower && upper && other);
                }
            }
            if strings == it.elements.len() && encoded * 4 >= strings {
                self.facts.string_arrays += 1;
            }
        }
        if head == [0.0, 97.0, 115.0, 109.0] {
            let bytes: Vec<u8> = it
                .elements
                .iter()
                .map_while(|e| match e {
                    ArrayExpressionElement::NumericLiteral(n)
                        if (0.0..=255.0).contains(&n.value) =>
                    {
                        Some(n.value as u8)
                    }
                    _ => None,
                })
                .take(MAX_EMBEDDED_WASM)
                .collect();
            self.facts.byte_arrays.push((bytes, it.span.start));
        } else {
            walk::walk_array_expression(self, it);
        }
    }
}

/// The words the signals look for, as names or strings (a `match`: no hashing per identifier).
fn vocab(w: &str) -> Option<&'static str> {
    Some(match w {
        "job_id" => "job_id",
        "hash_accepted" => "hash_accepted",
        "authed" => "authed",
        "keepalived" => "keepalived",
        "getjob" => "getjob",
        "mining.subscribe" => "mining.subscribe",
        "mining.authorize" => "mining.authorize",
        "mining.submit" => "mining.submit",
        "mining.notify" => "mining.notify",
        "eth_submitLogin" => "eth_submitLogin",
        "eth_submitWork" => "eth_submitWork",
        "eth_getWork" => "eth_getWork",
        "blob" => "blob",
        "nonce" => "nonce",
        "login" => "login",
        "submit" => "submit",
        "hashes" => "hashes",
        "target" => "target",
        "job" => "job",
        "handshake" => "handshake",
        "result" => "result",
        "CoinHive" => "CoinHive",
        "Anonymous" => "Anonymous",
        "User" => "User",
        "Token" => "Token",
        "_siteKey" => "_siteKey",
        "_newSiteKey" => "_newSiteKey",
        "_sitek" => "_sitek",
        "isRunning" => "isRunning",
        "CRLT" => "CRLT",
        "deepMiner" => "deepMiner",
        "getlf" => "getlf",
        "hps" => "hps",
        "db" => "db",
        "totalhashes" => "totalhashes",
        "startMining" => "startMining",
        "addWorker" => "addWorker",
        "stopMining" => "stopMining",
        "throttle" => "throttle",
        "setThrottle" => "setThrottle",
        "getThrottle" => "getThrottle",
        "threads" => "threads",
        "setNumThreads" => "setNumThreads",
        "getNumThreads" => "getNumThreads",
        "autoThreads" => "autoThreads",
        "getHashesPerSecond" => "getHashesPerSecond",
        "hashesPerSecond" => "hashesPerSecond",
        "getTotalHashes" => "getTotalHashes",
        "totalHashes" => "totalHashes",
        "hashrate" => "hashrate",
        "hashRate" => "hashRate",
        "Blob" => "Blob",
        "WebAssembly" => "WebAssembly",
        "instantiate" => "instantiate",
        "compile" => "compile",
        "Module" => "Module",
        "WebSocket" => "WebSocket",
        "Worker" => "Worker",
        _ => return None,
    })
}

/// Whether a callee can matter (so the common case builds no name string): identifiers and
/// member chains whose last name is one the signals use.
fn relevant_name(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    matches!(
        last,
        "WebSocket"
            | "Worker"
            | "SharedWorker"
            | "eval"
            | "Function"
            | "instantiate"
            | "instantiateStreaming"
            | "compile"
            | "compileStreaming"
            | "Module"
            | "Instance"
            | "createObjectURL"
            | "Anonymous"
            | "User"
            | "Token"
            | "CoinHive"
            | "CRLT"
            | "deepMiner"
    )
}

fn note_name(f: &mut Facts, name: &str, off: u32) {
    if name.len() > 3 && name.starts_with("_0x") && name[3..].bytes().all(|b| b.is_ascii_hexdigit())
    {
        f.hex_idents += 1;
    }
    if let Some(w) = vocab(name) {
        f.hits.entry(w).or_insert(off);
    }
}

/// Tokens that make a string worth keeping as code to scan.
const CODE_TOKENS: &[&str] = &[
    "WebAssembly",
    "WebSocket",
    "Worker",
    "postMessage",
    "job_id",
];

/// Keeps what the signals need from a string literal: vocabulary hits, URLs and file names,
/// embedded wasm, code that mentions mining's tools, and base64 candidates.
fn note_string(f: &mut Facts, s: &str, off: u32) {
    if let Some(w) = vocab(s) {
        f.hits.entry(w).or_insert(off);
        return;
    }
    if f.strings.len() >= MAX_STRINGS || s.len() < 4 {
        return;
    }
    let b = s.as_bytes();
    let starts = |p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    let url_like = starts(b"http:")
        || starts(b"https:")
        || starts(b"ws:")
        || starts(b"wss:")
        || s.starts_with("//")
        || s.ends_with(".js")
        || s.ends_with(".wasm");
    static KEEP: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let keep = || {
        KEEP.get_or_init(|| {
            aho_corasick::AhoCorasick::new(CODE_TOKENS.iter().chain(&["AGFzbQ", ".js?", ".wasm?"]))
                .ok()
        })
        .as_ref()
        .is_none_or(|ac| ac.is_match(s))
    };
    if url_like || keep() {
        f.strings.push((s.to_owned(), off));
    } else if s.len() >= 8
        && s.len() % 4 != 1
        && f.b64.len() < MAX_STRINGS
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'+' || *c == b'/' || *c == b'=')
    {
        f.b64.push((s.to_owned(), off));
    }
}

/// Strings and identifiers by a lexer-free scan, for sources that do not parse.
fn lexical(src: &str, f: &mut Facts) {
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'"' || b == b'\'' || b == b'`' {
            let start = i;
            i += 1;
            let mut s = Vec::new();
            while i < bytes.len() && bytes[i] != b && bytes[i] != b'\n' && s.len() < 1 << 20 {
                if bytes[i] == b'\\' && i + 1 < bytes.len() {
                    i += 1;
                }
                s.push(bytes[i]);
                i += 1;
            }
            note_string(f, &String::from_utf8_lossy(&s), start as u32);
            i += 1;
        } else if b.is_ascii_alphabetic() || b == b'_' || b == b'$' {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'$')
            {
                i += 1;
            }
            let word = &src[start..i];
            note_name(f, word, start as u32);
            if word == "WebSocket" {
                f.ctors.push(("WebSocket".into(), start as u32));
            } else if word == "Worker" {
                f.ctors.push(("Worker".into(), start as u32));
            }
        } else {
            i += 1;
        }
    }
}

/// Tokens without which a script cannot reach a verdict but through a blocklisted URL: the
/// pool vocabulary only miners use, the miner APIs, embedded wasm (which may be a mining core),
/// and obfuscator naming (which may hide any of them). Websockets, workers and WebAssembly on
/// their own are everyday web platform features and give no verdict, so they do not force a
/// parse. A script with none of these gets the quick path: its URLs are checked against the
/// blocklists and nothing is parsed, unless it holds a wallet address or a site key and
/// starts something (a miner's configuration, see [`config`]).
const TRIGGERS: &[&str] = &[
    "job_id",
    "hash_accepted",
    "keepalived",
    "getjob",
    "mining.",
    "eth_submit",
    "eth_getWork",
    "CoinHive",
    "CRLT",
    "deepMiner",
    "getlf",
    "totalhashes",
    "_siteKey",
    "_newSiteKey",
    "_sitek",
    "AGFzbQ",
    "0,97,115,109",
    "0, 97, 115, 109",
    "_0x",
];

/// Obfuscator naming: this many `_0x` identifiers at least (fewer are a library's own names).
const HEX_IDENTS_MIN: u32 = 20;

/// What the trigger scan says of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// None of the tokens: the quick path.
    None,
    /// Embedded wasm and nothing else: the modules are found and judged first (by a byte
    /// scan), and the script is parsed only if one of them shows anything.
    WasmOnly,
    /// Parse it.
    Parse,
}

/// The tokens of embedded wasm among [`TRIGGERS`].
fn wasm_token(t: &str) -> bool {
    matches!(t, "AGFzbQ" | "0,97,115,109" | "0, 97, 115, 109")
}

fn trigger(src: &str) -> Trigger {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    // Leftmost-first: the crate's SIMD prefilter (Teddy) serves only leftmost semantics, and
    // with it this scan of every script runs five times faster (0.27 s -> 0.05 s on the npm
    // corpus's 136 MB).
    let Some(ac) = AC
        .get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(TRIGGERS)
                .ok()
        })
        .as_ref()
    else {
        return Trigger::Parse;
    };
    // `_0x` counts only at obfuscator density: a walk could not call fewer obfuscation.
    let mut hex = 0;
    let mut wasm = false;
    for m in ac.find_iter(src) {
        let t = TRIGGERS[m.pattern().as_usize()];
        if wasm_token(t) {
            wasm = true;
        } else if t != "_0x" {
            return Trigger::Parse;
        } else {
            hex += 1;
            if hex >= HEX_IDENTS_MIN {
                return Trigger::Parse;
            }
        }
    }
    if wasm {
        Trigger::WasmOnly
    } else {
        Trigger::None
    }
}

/// Embedded wasm modules by a byte scan: base64 runs from `AGFzbQ` (a module's magic and
/// version, encoded) and arrays of byte values that begin `[0,97,115,109`; each with its
/// offset. What the parse finds as string literals and array expressions, without the parse.
fn embedded_lexically(src: &str) -> Vec<(Vec<u8>, u32)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&b[from..], b"AGFzbQ").map(|i| i + from) {
        if out.len() >= MAX_EMBEDDED_MODULES {
            return out;
        }
        let (run, decoded) = wasm_from_base64(&b[i..]);
        if let Ok(bytes) = decoded {
            keep(&mut out, bytes, i);
        }
        from = i + run.max(1);
    }
    for head in [&b"0,97,115,109"[..], b"0, 97, 115, 109"] {
        for i in memchr::memmem::find_iter(b, head) {
            if out.len() >= MAX_EMBEDDED_MODULES {
                return out;
            }
            let opened = b[..i]
                .iter()
                .rev()
                .find(|c| !c.is_ascii_whitespace())
                .is_some_and(|c| *c == b'[');
            if !opened {
                continue;
            }
            let mut bytes = Vec::new();
            for item in src[i..].split(',') {
                let item = item.trim();
                match item.parse::<u8>() {
                    Ok(v) if bytes.len() < MAX_EMBEDDED_WASM => bytes.push(v),
                    _ => {
                        // The last element, closed by `]`.
                        if let Some((last, _)) = item.split_once(']')
                            && let Ok(v) = last.trim().parse::<u8>()
                            && bytes.len() < MAX_EMBEDDED_WASM
                        {
                            bytes.push(v);
                        }
                        break;
                    }
                }
            }
            keep(&mut out, bytes, i);
        }
    }
    out
}

/// A module written in base64 at the start of `s` (`AGFzbQ...`): the length of its run of
/// base64 characters (at most what decodes to [`MAX_EMBEDDED_WASM`]), and the run decoded
/// (padding optional, a last lone character dropped).
fn wasm_from_base64(s: &[u8]) -> (usize, Result<Vec<u8>, base64::DecodeError>) {
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    let run = s
        .iter()
        .take(MAX_EMBEDDED_WASM / 3 * 4)
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/'))
        .count();
    let usable = run - usize::from(run % 4 == 1);
    (run, base64::Engine::decode(&engine, &s[..usable]))
}

/// Keeps a module the byte scan found (what begins as one: `[0,97,115,109x` does not), once,
/// up to [`MAX_EMBEDDED_MODULES`].
fn keep(out: &mut Vec<(Vec<u8>, u32)>, bytes: Vec<u8>, at: usize) {
    if bytes.starts_with(b"\0asm")
        && out.len() < MAX_EMBEDDED_MODULES
        && !out.iter().any(|(b, _)| *b == bytes)
    {
        out.push((bytes, at as u32));
    }
}

/// String literals by a byte scan (quote to quote on one line, at most 4 KiB each): their
/// offset and body. Cheap and approximate: a quote inside a comment or a regex starts one too.
fn literals(src: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = src.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let q = memchr::memchr3(b'"', b'\'', b'`', bytes.get(i..)?)?;
            let start = i + q;
            let quote = bytes[start];
            let mut j = start + 1;
            while j < bytes.len() && bytes[j] != quote && bytes[j] != b'\n' && j - start < 4096 {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            let end = j.min(bytes.len());
            i = end + 1;
            if let Some(body) = src.get(start + 1..end) {
                return Some((start, body));
            }
        }
    })
}

/// Whether a literal looks like a wallet address or a site key (see [`config`]): the walk
/// looks for a miner's configuration only then (or where decoders recovered strings).
fn credential_literal(src: &str) -> bool {
    literals(src).any(|(_, b)| b.len() >= 32 && config::credential(b).is_some())
}

/// The quick path: URL-like string literals only, by a byte scan. Says whether a literal looks
/// like a wallet address or a site key (a wallet first).
fn quick_strings(src: &str, f: &mut Facts) -> Option<config::Credential> {
    let mut credential = None;
    for (start, body) in literals(src) {
        if credential != Some(config::Credential::Wallet) && body.len() >= 32 {
            credential = config::credential(body).or(credential);
        }
        if body.len() >= 4
            && (url_kind(body).is_some()
                || body.ends_with(".js")
                || body.ends_with(".wasm")
                || body.contains(".js?")
                || body.contains(".wasm?"))
        {
            note_string(f, body, start as u32);
        }
    }
    credential
}

/// Deeper nesting than this (see [`nesting`]) is not parsed: recursive descent on hostile
/// input would exhaust the stack. Native builds parse up to it on a thread with a stack sized
/// for it; the browser extension's engine (wasm32, one fixed stack) stops sooner.
#[cfg(not(target_arch = "wasm32"))]
pub const MAX_NESTING: usize = 100_000;
/// Deeper nesting than this (see [`nesting`]) is not parsed on wasm32 (one fixed stack).
#[cfg(target_arch = "wasm32")]
pub const MAX_NESTING: usize = 1_000;

/// Nesting up to which a parse runs on the calling thread (a 2 MiB stack holds it with room
/// to spare: measured at about 600 bytes of stack per unit in the worst constructs).
const INLINE_NESTING: usize = 1_000;

/// Stack per unit of nesting for a parse on its own thread (the parse and the walks after it).
const STACK_PER_UNIT: usize = 2 << 10;

/// An upper bound on how deep a recursive-descent parse of `src` goes: brackets, plus the
/// constructs that nest without brackets (prefix operators, `?`, `=`, `=>`, `**`, `if`,
/// `else`, `while`, `for`, `with`, `do`, `new`, ...), each counted until a `;` or `,` at its
/// own bracket level ends it. Strings and comments are not skipped and line ends are not taken
/// as statement ends: an over-estimate only costs a larger stack or a lexical scan.
pub(crate) fn nesting(src: &str) -> usize {
    // What each byte can do: most of a script (identifier letters after the first, digits,
    // spaces, quotes, dots) changes nothing and is passed over by a table look-up.
    const SKIP: u8 = 0;
    const MARK: u8 = 1;
    const WORD: u8 = 2;
    const CLASS: [u8; 256] = {
        let mut t = [SKIP; 256];
        let marks = b"([{)]};,?!~=*-+";
        let mut i = 0;
        while i < marks.len() {
            t[marks[i] as usize] = MARK;
            i += 1;
        }
        let mut c = b'A';
        while c <= b'z' {
            if c.is_ascii_alphabetic() {
                t[c as usize] = WORD;
            }
            c += 1;
        }
        t
    };
    // What continues an identifier.
    const IDENT: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            let x = c as u8;
            t[c] = x.is_ascii_alphanumeric() || x == b'_' || x == b'$';
            c += 1;
        }
        t
    };
    let b = src.as_bytes();
    // The last byte before `i` that is not white space (`;` at the start).
    let prev = |i: usize| {
        b[..i]
            .iter()
            .rev()
            .find(|c| !c.is_ascii_whitespace())
            .copied()
            .unwrap_or(b';')
    };
    let mut open: Vec<usize> = vec![0];
    let (mut total, mut max) = (0usize, 0usize);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let class = CLASS[c as usize];
        if class == SKIP {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(b' ');
        let mut bump = false;
        if class == WORD {
            let start = i;
            while b.get(i + 1).is_some_and(|x| IDENT[*x as usize]) {
                i += 1;
            }
            bump = matches!(
                &b[start..=i],
                b"if"
                    | b"else"
                    | b"while"
                    | b"for"
                    | b"with"
                    | b"do"
                    | b"new"
                    | b"typeof"
                    | b"void"
                    | b"delete"
                    | b"await"
                    | b"yield"
            );
        } else {
            match c {
                b'(' | b'[' | b'{' => {
                    open.push(0);
                    total += 1;
                }
                b')' | b']' | b'}' if open.len() > 1 => {
                    let n = open.pop().unwrap_or(0);
                    total -= n + 1;
                }
                b';' | b',' => {
                    if let Some(top) = open.last_mut() {
                        total -= *top;
                        *top = 0;
                    }
                }
                b'?' => bump = next != b'.' && next != b'?',
                b'!' | b'~' => bump = next != b'=',
                b'=' => {
                    if next == b'>' {
                        bump = true;
                        i += 1;
                    } else if next == b'=' {
                        while b.get(i + 1) == Some(&b'=') {
                            i += 1;
                        }
                    } else {
                        bump = !matches!(prev(i), b'=' | b'!' | b'<' | b'>');
                    }
                }
                b'*' if next == b'*' => {
                    bump = true;
                    i += 1;
                }
                b'-' | b'+' => {
                    bump = b"=(,?:!~+-*/%&|^<>[{;".contains(&prev(i));
                }
                _ => {}
            }
        }
        if bump {
            if let Some(top) = open.last_mut() {
                *top += 1;
            }
            total += 1;
        }
        max = max.max(total);
        i += 1;
    }
    max
}

/// Runs `f` (a parse of source nested `depth` deep, and the walks over its tree) with stack
/// enough for it: on this thread when shallow, else on a thread of its own with a stack sized
/// for `depth`. `None` when it is too deep to parse at all (over [`MAX_NESTING`]).
pub(crate) fn with_stack_for<R: Send>(depth: usize, f: impl FnOnce() -> R + Send) -> Option<R> {
    if depth > MAX_NESTING {
        return None;
    }
    if depth <= INLINE_NESTING || cfg!(target_arch = "wasm32") {
        return Some(f());
    }
    let stack = (depth * STACK_PER_UNIT).max(8 << 20);
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("minewatch-deep-parse".into())
            .stack_size(stack)
            .spawn_scoped(s, f)
            .ok()?
            .join()
            .ok()
    })
}

/// Source bytes that may be parsed at once in this process (every scanner and thread
/// together): a parsed file's syntax tree takes up to ~64 times its size, so this bounds the
/// memory all parses hold. A file larger than the budget waits until it can parse alone.
static PARSE_BUDGET: AtomicUsize = AtomicUsize::new(32 << 20);
static PARSING: Mutex<usize> = Mutex::new(0);
static PARSED: Condvar = Condvar::new();

/// Sets how many source bytes may be parsed at once in this process (see [`PARSE_BUDGET`]);
/// a server with many requests in flight sets it low.
pub fn set_parse_budget(bytes: usize) {
    PARSE_BUDGET.store(bytes.max(1), AtomicOrdering::Relaxed);
}

/// A share of the parse budget, given back when dropped.
struct ParseShare(usize);

impl ParseShare {
    fn take(len: usize) -> Self {
        let want = len.min(PARSE_BUDGET.load(AtomicOrdering::Relaxed)).max(1);
        let mut used = PARSING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while *used > 0 && *used + want > PARSE_BUDGET.load(AtomicOrdering::Relaxed) {
            used = PARSED
                .wait(used)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        *used += want;
        Self(want)
    }
}

impl Drop for ParseShare {
    fn drop(&mut self) {
        let mut used = PARSING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *used -= self.0;
        PARSED.notify_all();
    }
}

/// A thread's parse arena is kept between files (cheap small parses), but not beyond this:
/// one large file must not leave hundreds of MiB behind on every thread that parsed one.
const ARENA_KEEP: usize = 16 << 20;

/// Collects the facts of `src`: parsed when it parses, lexically otherwise.
pub(crate) fn collect(src: &str) -> (Facts, Option<String>) {
    collect_within(src, MAX_PARSE_BYTES)
}

/// [`collect`], parsing only sources up to `max_parse` bytes.
/// The number `e` is written as: a literal, or literals under signs and arithmetic (as
/// obfuscators write numbers), a few levels deep.
fn number_of(e: &Expression<'_>) -> Option<f64> {
    fn go(e: &Expression<'_>, depth: u32) -> Option<f64> {
        use oxc_ast::ast::{BinaryOperator, UnaryOperator};
        if depth > 8 {
            return None;
        }
        let x = match e.without_parentheses() {
            Expression::NumericLiteral(n) => n.value,
            Expression::UnaryExpression(u) => match u.operator {
                UnaryOperator::UnaryNegation => -go(&u.argument, depth + 1)?,
                UnaryOperator::UnaryPlus => go(&u.argument, depth + 1)?,
                _ => return None,
            },
            Expression::BinaryExpression(b) => {
                let (l, r) = (go(&b.left, depth + 1)?, go(&b.right, depth + 1)?);
                match b.operator {
                    BinaryOperator::Addition => l + r,
                    BinaryOperator::Subtraction => l - r,
                    BinaryOperator::Multiplication => l * r,
                    BinaryOperator::Division => l / r,
                    _ => return None,
                }
            }
            _ => return None,
        };
        x.is_finite().then_some(x)
    }
    go(e, 0)
}

pub(crate) fn collect_within(src: &str, max_parse: usize) -> (Facts, Option<String>) {
    let mut facts = Facts::default();
    let trig = trigger(src);
    let mut embedded = Vec::new();
    if trig == Trigger::WasmOnly {
        // Embedded modules and no other token: judge the modules first; a script that only
        // carries clean modules (sql.js, TensorFlow's backend, codecs) is not parsed.
        embedded = embedded_lexically(src)
            .into_iter()
            .map(|(b, off)| {
                let w = super::wasm::analyse(&b, "");
                (b, off, w)
            })
            .collect();
    }
    let quick = trig == Trigger::None
        || (trig == Trigger::WasmOnly && embedded.iter().all(|(_, _, w)| w.signals.is_empty()));
    if quick {
        // A wallet or a site key in a script that starts something may be a miner's
        // configuration (see [`config`]): that takes the parse.
        let credential = quick_strings(src, &mut facts);
        let worth = match credential {
            Some(c) => config::worth_parsing(src, c),
            None => config::worth_parsing_fetched(src),
        };
        if !worth {
            facts.embedded = embedded;
            return (facts, None);
        }
        facts = Facts::default();
        facts.configs_wanted = true;
    } else {
        facts.configs_wanted = credential_literal(src) || config::worth_parsing_fetched(src);
    }
    facts.reads_json = facts.configs_wanted && config::reads_json(src);
    facts.embedded = embedded;
    let depth = nesting(src);
    facts.depth = Some(depth);
    if depth > MAX_NESTING {
        lexical(src, &mut facts);
        return (
            facts,
            Some(format!(
                "nested {depth} deep (over {MAX_NESTING}): scanned lexically"
            )),
        );
    }
    let max_parse = max_parse.min(MAX_PARSE_BYTES);
    if src.len() > max_parse {
        lexical(src, &mut facts);
        return (
            facts,
            Some(format!(
                "larger than {} KiB: scanned lexically",
                max_parse >> 10
            )),
        );
    }
    let _share = ParseShare::take(src.len());
    if depth > INLINE_NESTING {
        // Deep: a thread with stack for it (and a fresh arena there).
        return with_stack_for(depth, move || {
            let alloc = Allocator::default();
            parse_into(&alloc, src, facts)
        })
        .unwrap_or_else(|| {
            let mut facts = Facts::default();
            lexical(src, &mut facts);
            (
                facts,
                Some("cannot start a parse thread: scanned lexically".into()),
            )
        });
    }
    // One arena per thread, reset between files: allocating a fresh one per file costs more
    // than parsing a small file.
    thread_local! {
        static ARENA: std::cell::RefCell<Allocator> = std::cell::RefCell::new(Allocator::default());
    }
    ARENA.with(|cell| {
        let Ok(mut alloc) = cell.try_borrow_mut() else {
            let fresh = Allocator::default();
            return parse_into(&fresh, src, facts);
        };
        alloc.reset();
        let r = parse_into(&alloc, src, facts);
        if alloc.capacity() > ARENA_KEEP {
            *alloc = Allocator::default();
        }
        r
    })
}

fn parse_into(alloc: &Allocator, src: &str, mut facts: Facts) -> (Facts, Option<String>) {
    let ret = Parser::new(alloc, src, SourceType::unambiguous()).parse();
    if ret.panicked || !ret.diagnostics.is_empty() {
        let why = ret
            .diagnostics
            .first()
            .map_or_else(|| "parser gave up".to_owned(), |d| d.to_string());
        drop(ret);
        // Try as a classic script (sloppy mode accepts `with`, octal escapes, ...).
        let alloc2 = Allocator::default();
        let ret2 = Parser::new(&alloc2, src, SourceType::cjs()).parse();
        if !ret2.panicked && ret2.diagnostics.is_empty() {
            walk_program(&ret2.program, &mut facts);
            return (facts, None);
        }
        lexical(src, &mut facts);
        return (
            facts,
            Some(format!("does not parse ({why}): scanned lexically")),
        );
    }
    walk_program(&ret.program, &mut facts);
    (facts, None)
}

/// Concatenations of literals, or `fromCharCode`/`atob` calls, that make running decoders worth
/// it in a file not otherwise obfuscated.
const HIDING_MIN: u32 = 8;

/// Walks a parsed program into `facts`, and runs its string decoders where the file looks
/// obfuscated (`_0x` names, `eval` of computed code, strings built from pieces); what they
/// produce is noted as if it had been written in the clear.
fn walk_program<'a>(program: &'a oxc_ast::ast::Program<'a>, facts: &mut Facts) {
    let mut walker = Walker::new(facts, None, config::Named::default(), false);
    walker.visit_program(program);
    let (consts, returns_noted) = (walker.consts, walker.returns_noted);
    if returns_noted {
        // A function that returns options may be declared after (in the text) the call that
        // uses it: walked again with what the functions return, for configurations only (the
        // second walk reads every configuration the first did, and those calls too).
        let mut again = Facts {
            configs_wanted: facts.configs_wanted,
            reads_json: facts.reads_json,
            ..Facts::default()
        };
        Walker::new(&mut again, None, consts, returns_noted).visit_program(program);
        facts.configs = again.configs;
        facts.starts = again.starts;
    }
    facts.parsed = true;
    let obfuscated = facts.hex_idents >= HEX_IDENTS_MIN
        || !facts.dynamic_eval.is_empty()
        || facts.string_arrays > 0;
    if obfuscated || facts.hiding >= HIDING_MIN {
        // String arrays are rotated at start-up, which can take most of the default budget;
        // a file that only builds strings from pieces gets a small one (large bundles run
        // heavy start-up code of their own).
        let budget = if obfuscated {
            super::jseval::Budget::default()
        } else {
            super::jseval::Budget::PIECES
        };
        let d = super::jseval::decode_within(program, budget);
        for (s, off) in &d.strings {
            note_name(facts, s, *off);
            note_string(facts, s, *off);
        }
        facts.byte_arrays.extend(d.wasm_arrays.iter().cloned());
        // Walked again with the decoded strings in place of the calls that compute them: what
        // the code does with them (`self[f(1)] = function...`, `new window[f(2)](f(3))`).
        if !d.strings.is_empty() {
            // A site's first string wins: each call site is evaluated on its own first, with
            // the state the script's top level left; the sweeps of function bodies (their
            // parameters opaque) come after and are the less certain reading.
            let mut keys: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
            for (o, i) in &d.sites {
                if let Some((s, _)) = d.strings.get(*i) {
                    keys.entry(*o).or_insert_with(|| s.clone());
                }
            }
            // Named credentials, pools and knobs first: flattened code declares them after
            // (in the text) the code that uses them.
            // JSON read through a decoded name (`r[f(1)]()` for `r.json()`).
            let reads_json = facts.reads_json
                || d.strings
                    .iter()
                    .any(|(s, _)| matches!(s.as_str(), "json" | "getJSON" | "parse"));
            let mut pre = Facts {
                reads_json,
                ..Facts::default()
            };
            let mut first = Walker::new(&mut pre, Some(&keys), config::Named::default(), false);
            first.visit_program(program);
            let (consts, returns_noted) = (first.consts, first.returns_noted);
            let mut again = Facts {
                reads_json,
                ..Facts::default()
            };
            Walker::new(&mut again, Some(&keys), consts, returns_noted).visit_program(program);
            facts.message_handler = facts.message_handler.or(again.message_handler);
            facts.posted.extend(again.posted);
            facts.job_loops.extend(again.job_loops);
            facts.job_loops.truncate(64);
            facts.ctors.extend(again.ctors);
            facts.calls.extend(again.calls);
            facts.websocket_urls.extend(again.websocket_urls);
            facts.configs.extend(again.configs);
            facts.configs.truncate(2 * config::MAX_KEPT);
            facts.starts.names.extend(again.starts.names);
            facts.starts.calls.extend(again.starts.calls);
        }
        facts.decoded = Some(d);
    }
}

/// Most bytes of decoded or embedded text looked at per file.
const MAX_UNPACKED: usize = 8 << 20;

/// What can be unpacked statically: base64 string literals (the standard alphabet, and the
/// case-swapped one javascript-obfuscator's string arrays use) decoded to text, and code held
/// in strings (worker sources, eval'd text) scanned lexically. The findings join `facts` as if
/// they had been written in the clear. Returns how many strings were unpacked.
fn unpack(facts: &mut Facts, obfuscated: bool) -> usize {
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    let mut budget = MAX_UNPACKED;
    let mut found = Vec::new();
    // Base64 strings are decoded only in obfuscated files: in the rest they are data.
    let candidates: Vec<(String, u32)> = if obfuscated {
        std::mem::take(&mut facts.b64)
    } else {
        Vec::new()
    };
    for (s, off) in &candidates {
        if budget == 0 {
            break;
        }
        let swapped: String = s
            .chars()
            .map(|c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        for candidate in [s.trim_end_matches('='), swapped.trim_end_matches('=')] {
            let Ok(bytes) = engine.decode(candidate) else {
                continue;
            };
            let Ok(text) = String::from_utf8(bytes) else {
                continue;
            };
            let total = text.chars().count();
            let printable = text
                .chars()
                .filter(|c| !c.is_control() || c.is_whitespace())
                .count();
            if total > 0 && printable * 10 >= total * 9 {
                let text = percent_decode(&text);
                budget = budget.saturating_sub(text.len());
                found.push((text, *off));
                break;
            }
        }
    }
    let mut n = found.len();
    for (t, off) in found {
        note_name(facts, &t, off);
        note_string(facts, &t, off);
    }
    // Code held in strings (worker sources, eval'd text), kept by `note_string` because it
    // names mining's tools: scanned lexically.
    let code: Vec<String> = facts
        .strings
        .iter()
        .filter(|(s, _)| s.len() >= 16 && (s.contains('(') || s.contains(';')))
        .map(|(s, _)| s.clone())
        .collect();
    n += code.len();
    let mut inner = Facts::default();
    for c in code.iter().take(4096) {
        lexical(c, &mut inner);
    }
    for (w, _) in inner.hits {
        facts.hits.entry(w).or_insert(0);
    }
    for st in inner.strings {
        if facts.strings.len() < MAX_STRINGS {
            facts.strings.push((st.0, 0));
        }
    }
    n
}

/// `%XX` sequences decoded (javascript-obfuscator encodes strings with encodeURIComponent before
/// base64); text without them is returned as is.
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            let v = (h * 16 + l) as u8;
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Line and column (1-based) of byte `offset` in `src`.
fn line_col(src: &str, offset: u32) -> (usize, usize) {
    let off = (offset as usize).min(src.len());
    let before = &src.as_bytes()[..off];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let col = off
        - before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, col)
}

/// Words only pool protocols use, and words they share with other protocols.
const POOL_SPECIFIC: &[&str] = &[
    "job_id",
    "hash_accepted",
    "authed",
    "keepalived",
    "getjob",
    "mining.subscribe",
    "mining.authorize",
    "mining.submit",
    "mining.notify",
    "eth_submitLogin",
    "eth_submitWork",
    "eth_getWork",
];
// `blob` is here, not above: Ethereum libraries speak of blob transactions (EIP-4844).
const POOL_GENERIC: &[&str] = &[
    "blob",
    "nonce",
    "login",
    "submit",
    "hashes",
    "target",
    "job",
    "handshake",
    "result",
];

/// Analyses JavaScript `src`; `name` locates evidence. Embedded wasm goes through `wasm`.
pub(crate) fn analyse(
    src: &str,
    name: &str,
    blocklist: &Blocklist,
    max_parse: usize,
) -> (Vec<Finding>, Vec<String>) {
    let (mut facts, note) = collect_within(src, max_parse);
    let mut notes: Vec<String> = note.into_iter().collect();
    let obfuscated = facts.hex_idents >= HEX_IDENTS_MIN
        || !facts.dynamic_eval.is_empty()
        || facts.string_arrays > 0;
    let unpacked = unpack(&mut facts, obfuscated);
    if unpacked > 0 && facts.hex_idents >= HEX_IDENTS_MIN {
        notes.push(format!(
            "{unpacked} strings unpacked statically (base64, code in strings)"
        ));
    }
    let mut signals = Vec::new();
    let at = |off: u32| {
        let (l, c) = line_col(src, off);
        format!("{name}:{l}:{c}")
    };
    let has = |w: &str| facts.hits.contains_key(w);

    // Pool protocol.
    let specific: BTreeSet<&str> = POOL_SPECIFIC.iter().copied().filter(|w| has(w)).collect();
    let generic: BTreeSet<&str> = POOL_GENERIC.iter().copied().filter(|w| has(w)).collect();
    let ws: Vec<&(String, u32)> = facts
        .ctors
        .iter()
        .filter(|(n, _)| n.ends_with("WebSocket"))
        .collect();
    if !specific.is_empty() && specific.len() + generic.len() >= 3 {
        let vocab: Vec<&str> = specific.iter().chain(generic.iter()).copied().collect();
        if let Some((_, off)) = ws.first() {
            signals.push(Finding::new(
                "js.websocket-pool-messages",
                format!(
                    "a WebSocket and messages with pool fields: {}",
                    vocab.join(", ")
                ),
                at(*off),
            ));
        } else {
            signals.push(Finding::new(
                "js.pool-vocabulary",
                format!(
                    "pool protocol fields, no WebSocket here: {}",
                    vocab.join(", ")
                ),
                name.to_owned(),
            ));
        }
    }

    // asm.js by structure: the memory-hard loop, whatever its names and constants look like.
    // Deep analysis only where a cheap trigger fires (typed-array views, `|0`, `Math.imul`).
    if src.len() <= max_parse.min(MAX_PARSE_BYTES) && super::asm_flow::worth_it(src) {
        let _share = ParseShare::take(src.len());
        // The depth the parse decision measured, if it did (a scan of the whole script).
        let depth = facts.depth.unwrap_or_else(|| nesting(src));
        if let Some(st) = super::asm_flow::analyse_nested(src, depth) {
            notes.extend(st.notes.iter().cloned());
            if let Some(l) = st.loops.first() {
                if l.randomx() {
                    signals.push(Finding::new(
                        "js.randomx-vm",
                        format!("asm.js {}", l.describe()),
                        name.to_owned(),
                    ));
                } else if l.complete() {
                    signals.push(Finding::new(
                        "js.memory-hard-loop",
                        format!("asm.js {}", l.describe()),
                        name.to_owned(),
                    ));
                } else if (l.reads > 0 || l.writes > 0) && (l.lookups >= 16 || l.muls > 0) {
                    signals.push(Finding::new(
                        "js.scratchpad-loop",
                        format!("asm.js {}", l.describe()),
                        name.to_owned(),
                    ));
                }
            }
        }
    }

    // A mining worker by what it does: it takes jobs by message, calls the script's own
    // (hashing) function in a loop over a counter reading the job, and posts results back.
    let loop_words: BTreeSet<&str> = facts
        .job_loops
        .iter()
        .flat_map(|l| l.words.iter().copied())
        .collect();
    let word = |w: &str| has(w) || loop_words.contains(w) || facts.posted.contains(w);
    let mining_words =
        word("blob") || word("job_id") || word("seed_hash") || (word("nonce") && word("target"));
    let results_back = ["nonce", "result", "hashes", "job_id"]
        .iter()
        .any(|w| facts.posted.contains(w));
    if let (Some(_), Some(l)) = (
        facts.message_handler,
        facts.job_loops.iter().max_by_key(|l| l.words.len()),
    ) && mining_words
        && results_back
    {
        signals.push(Finding::new("js.worker-job-loop", format!(
                "takes jobs by message, calls {} in a loop over a counter reading {}, posts {} back",
                l.calls.iter().take(3).cloned().collect::<Vec<_>>().join(", "),
                l.words.iter().copied().collect::<Vec<_>>().join(", "),
                facts.posted.iter().copied().collect::<Vec<_>>().join(", ")
            ), at(l.offset)));
    }

    // Known miner APIs and object shapes (see the field notes: MinerBlock's three shapes).
    let find = |w: &str| facts.hits.get(w).copied();
    let loc = |w: &str| find(w).map_or_else(|| name.to_owned(), &at);
    if has("CoinHive") && (has("Anonymous") || has("User") || has("Token")) {
        signals.push(Finding::new(
            "js.coinhive-api",
            "CoinHive's API (CoinHive.Anonymous/User/Token)".into(),
            loc("CoinHive"),
        ));
    }
    if (has("_siteKey") || has("_newSiteKey") || has("_sitek")) && has("isRunning") {
        signals.push(Finding::new(
            "js.coinhive-shape",
            "a CoinHive-like object: site key with isRunning".into(),
            name.to_owned(),
        ));
    }
    if has("CRLT") && has("Anonymous") {
        signals.push(Finding::new(
            "js.cryptoloot-api",
            "CryptoLoot's API (CRLT.Anonymous)".into(),
            loc("CRLT"),
        ));
    }
    if has("deepMiner") {
        signals.push(Finding::new(
            "js.deepminer-api",
            "deepMiner's API".into(),
            loc("deepMiner"),
        ));
    }
    if has("getlf") && has("hps") && has("db") {
        signals.push(Finding::new(
            "js.mineralt-shape",
            "a Mineralt-like object: db, getlf, hps".into(),
            name.to_owned(),
        ));
    }
    if has("totalhashes") && has("startMining") && (has("addWorker") || has("stopMining")) {
        signals.push(Finding::new(
            "js.webminerpool-shape",
            "a webminerpool-like object: startMining, addWorker/stopMining, totalhashes".into(),
            name.to_owned(),
        ));
    }

    // A miner configured and started: a wallet or site key with a pool or knobs, then start().
    signals.extend(config::signals(
        &facts.configs,
        &facts.starts,
        has("setThrottle"),
        &at,
        config::Written::Script,
    ));

    // Miner controls.
    let throttle = ["throttle", "setThrottle", "getThrottle"]
        .iter()
        .any(|w| has(w));
    let threads = ["threads", "setNumThreads", "getNumThreads", "autoThreads"]
        .iter()
        .any(|w| has(w));
    if throttle && threads {
        signals.push(Finding::new(
            "js.throttle-threads",
            "throttle and thread-count knobs".into(),
            name.to_owned(),
        ));
    }
    let rate: Vec<&str> = [
        "getHashesPerSecond",
        "hashesPerSecond",
        "getTotalHashes",
        "totalHashes",
        "hashrate",
        "hashRate",
    ]
    .into_iter()
    .filter(|w| has(w))
    .collect();
    if !rate.is_empty() {
        signals.push(Finding::new(
            "js.hashrate-reporting",
            format!("hash-rate reporting: {}", rate.join(", ")),
            name.to_owned(),
        ));
    }

    // Execution: workers from blobs, WebAssembly.
    if let Some((_, off)) = facts.ctors.iter().find(|(n, _)| n.ends_with("Worker")) {
        let blob = facts
            .calls
            .iter()
            .any(|(c, _)| c.ends_with("createObjectURL"))
            && has("Blob");
        signals.push(Finding::new(
            if blob { "js.blob-worker" } else { "js.worker" },
            if blob {
                "a Worker started from a Blob URL".into()
            } else {
                "a Worker".into()
            },
            at(*off),
        ));
    }
    if let Some((c, off)) = facts
        .calls
        .iter()
        .chain(&facts.ctors)
        .find(|(c, _)| c.starts_with("WebAssembly.") || c == "instantiateStreaming")
    {
        signals.push(Finding::new("js.wasm-instantiate", c.clone(), at(*off)));
    } else if has("WebAssembly") && (has("instantiate") || has("compile") || has("Module")) {
        signals.push(Finding::new(
            "js.wasm-instantiate",
            "WebAssembly instantiation in code held in strings".into(),
            name.to_owned(),
        ));
    }

    // Embedded wasm: decode and analyse.
    let mut wasm_blobs: Vec<(Vec<u8>, u32)> = facts.byte_arrays.clone();
    for (s, off) in &facts.strings {
        if let Some(i) = s.find("AGFzbQ") {
            match wasm_from_base64(&s.as_bytes()[i..]).1 {
                Ok(bytes) => wasm_blobs.push((bytes, *off)),
                Err(e) => notes.push(format!(
                    "embedded wasm at {} does not decode: {e}",
                    at(*off)
                )),
            }
        }
    }
    // The same module found twice (written once, recovered again by the decoders, found by
    // the byte scan before the parse) counts once; the byte scan's were analysed already.
    let mut analysed = std::collections::HashSet::new();
    let mut modules: Vec<(Vec<u8>, u32, Option<super::wasm::WasmFacts>)> = Vec::new();
    for (bytes, off, w) in std::mem::take(&mut facts.embedded) {
        if analysed.insert(bytes.clone()) {
            modules.push((bytes, off, Some(w)));
        }
    }
    wasm_blobs.retain(|(bytes, _)| analysed.insert(bytes.clone()));
    modules.extend(wasm_blobs.into_iter().map(|(b, off)| (b, off, None)));
    for (bytes, off, known) in modules {
        let loc = format!("{}#embedded-wasm", at(off));
        let w = match known {
            Some(mut w) => {
                for s in &mut w.signals {
                    s.location.clone_from(&loc);
                }
                w
            }
            None => super::wasm::analyse(&bytes, &loc),
        };
        signals.push(Finding::new(
            "js.embedded-wasm",
            format!(
                "a {}-byte wasm module embedded in the script ({} functions)",
                bytes.len(),
                w.functions
            ),
            loc,
        ));
        signals.extend(w.signals);
        notes.extend(w.notes);
    }

    // Obfuscation.
    if let Some(d) = &facts.decoded {
        if d.exhausted || d.stopped > 0 {
            notes.push(format!(
                "string decoders stopped by their bounds ({} steps{}; {} statements or calls cut short): some strings may stay hidden",
                d.steps,
                if d.exhausted { ", the file's budget spent" } else { "" },
                d.stopped
            ));
        }
        let decoding = obfuscated || d.decoders.first().is_some_and(|(_, n)| *n >= 8);
        if !d.strings.is_empty() && !decoding {
            notes.push(format!(
                "{} strings rebuilt from pieces (concatenations, fromCharCode)",
                d.strings.len()
            ));
        }
        if !d.strings.is_empty() && decoding {
            // The decoded strings worth showing: URLs and the words the signals use.
            let shown: Vec<String> = d
                .strings
                .iter()
                .filter(|(s, _)| {
                    url_kind(s).is_some() || vocab(s).is_some() || s.contains("AGFzbQ")
                })
                .take(8)
                .map(|(s, _)| {
                    if s.len() > 60 {
                        format!(
                            "{}... ({} chars)",
                            s.chars().take(40).collect::<String>(),
                            s.len()
                        )
                    } else {
                        s.clone()
                    }
                })
                .collect();
            let by = match d.decoders.first() {
                Some((f, n)) => format!(" (most by {f}: {n} calls)"),
                None => String::new(),
            };
            signals.push(Finding::new(
                "js.string-decoder",
                format!(
                    "{} strings recovered by running the file's decoders{by}{}{}",
                    d.strings.len(),
                    if shown.is_empty() { "" } else { ": " },
                    shown.join(", ")
                ),
                at(d.strings[0].1),
            ));
        }
    }
    if facts.hex_idents >= HEX_IDENTS_MIN {
        signals.push(Finding::new(
            "js.hex-identifiers",
            format!(
                "{} _0x-style identifiers (obfuscator output)",
                facts.hex_idents
            ),
            name.to_owned(),
        ));
    }
    if let Some(off) = facts.dynamic_eval.first() {
        signals.push(Finding::new(
            "js.dynamic-eval",
            format!(
                "eval/Function of computed code ({} places)",
                facts.dynamic_eval.len()
            ),
            at(*off),
        ));
    }

    // URLs against the blocklists: websocket targets first, then every URL-like string, each
    // once (where first written).
    let mut blocked = 0;
    let mut checked = std::collections::HashSet::new();
    for (url, off) in facts
        .websocket_urls
        .iter()
        .map(|(u, o)| (u.as_str(), *o, Kind::Websocket))
        .chain(
            facts
                .strings
                .iter()
                .filter_map(|(s, o)| url_kind(s).map(|k| (s.as_str(), *o, k))),
        )
        .map(|(u, o, k)| ((u, k), o))
    {
        let (u, kind) = url;
        if !checked.insert((u, kind)) {
            continue;
        }
        let full = if u.starts_with("//") {
            format!("https:{u}")
        } else {
            u.to_owned()
        };
        if let super::blocklist::Verdict::Blocked(hit) = blocklist.check(&Request {
            url: &full,
            kind,
            source: None,
        }) {
            signals.push(Finding::new(
                "js.blocklisted-url",
                format!(
                    "{full} matches {} line {}: {}",
                    hit.list, hit.line, hit.rule
                ),
                at(off),
            ));
            blocked += 1;
            if blocked >= 5 {
                break;
            }
        }
    }
    (signals, notes)
}

/// Script and wasm URLs named in `src` (absolute or relative), for a URL scan to follow.
pub fn resource_urls(src: &str) -> Vec<String> {
    let (facts, _) = collect(src);
    let mut out: Vec<String> = facts
        .strings
        .into_iter()
        .map(|(s, _)| s)
        .filter(|s| {
            let l = s.to_ascii_lowercase();
            let path = l.split(['?', '#']).next().unwrap_or("");
            s.len() < 2048
                && !s.contains(char::is_whitespace)
                && (path.ends_with(".js") || path.ends_with(".wasm"))
        })
        .collect();
    out.dedup();
    out.truncate(64);
    out
}

/// The resource kind of a URL-like string, if it is one.
fn url_kind(s: &str) -> Option<Kind> {
    if s.len() > 2048 || s.contains(char::is_whitespace) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    if lower.starts_with("ws://") || lower.starts_with("wss://") {
        Some(Kind::Websocket)
    } else if lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("//")
    {
        let path = lower.split(['?', '#']).next().unwrap_or("");
        Some(if path.ends_with(".js") {
            Kind::Script
        } else if path.ends_with(".wasm") {
            Kind::Xhr
        } else {
            Kind::Other
        })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use base64::Engine;

    /// A script whose only trigger is embedded wasm is judged by its modules first: one that
    /// carries only clean modules is not parsed (its modules still reported where written);
    /// one that carries a hash core is parsed, as any other trigger would have it.
    #[test]
    fn scripts_that_carry_only_clean_modules_are_not_parsed() {
        let clean = b"\0asm\x01\0\0\0".to_vec();
        let b64 = base64::engine::general_purpose::STANDARD.encode(&clean);
        let src = format!(
            "var m = \"{b64}\"; WebAssembly.instantiate(decode(m));\nvar a = new Uint8Array([ 0, 97, 115, 109, 1, 0, 0, 0]);"
        );
        let (facts, _) = collect_within(&src, MAX_PARSE_BYTES);
        assert!(!facts.parsed);
        // Written twice (base64 and an array): found once.
        let found: Vec<&Vec<u8>> = facts.embedded.iter().map(|e| &e.0).collect();
        assert_eq!(found, [&clean]);
        let (signals, _) = analyse(&src, "s.js", &Blocklist::default(), MAX_PARSE_BYTES);
        let embedded: Vec<&Finding> = signals
            .iter()
            .filter(|s| s.id == "js.embedded-wasm")
            .collect();
        assert_eq!(embedded.len(), 1, "{signals:?}");
        assert_eq!(embedded[0].location, "s.js:1:10#embedded-wasm");

        let core = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/miners/variants/cn_lite.wasm"
        ))
        .unwrap();
        let src = format!(
            "var m = \"{}\";",
            base64::engine::general_purpose::STANDARD.encode(&core)
        );
        let (facts, _) = collect_within(&src, MAX_PARSE_BYTES);
        assert!(facts.parsed);
        assert_eq!(facts.embedded.len(), 1);
        let (signals, _) = analyse(&src, "s.js", &Blocklist::default(), MAX_PARSE_BYTES);
        assert!(
            signals
                .iter()
                .any(|s| s.id == "wasm.memory-hard-loop" && s.location == "s.js:1:10#embedded-wasm"),
            "{signals:?}"
        );
    }

    /// The byte scan keeps each module once and at most [`MAX_EMBEDDED_MODULES`] of them.
    #[test]
    fn the_byte_scan_keeps_so_many_distinct_modules() {
        let e = base64::engine::general_purpose::STANDARD;
        let same = format!("\"{}\";", e.encode(b"\0asm\x01\0\0\0")).repeat(10_000);
        assert_eq!(embedded_lexically(&same).len(), 1);
        let distinct: String = (0..1000u32)
            .map(|k| {
                let mut m = b"\0asm\x01\0\0\0".to_vec();
                m.extend(k.to_le_bytes());
                format!("[0,97,115,109,1,0,0,0,{}];\"{}\";", k % 256, e.encode(&m))
            })
            .collect();
        assert_eq!(embedded_lexically(&distinct).len(), MAX_EMBEDDED_MODULES);
    }

    /// The byte-at-a-time version [`nesting`] replaced (a table now passes over what changes
    /// nothing): the two must agree on every input.
    fn nesting_reference(src: &str) -> usize {
        const KEYWORDS: &[&[u8]] = &[
            b"if", b"else", b"while", b"for", b"with", b"do", b"new", b"typeof", b"void",
            b"delete", b"await", b"yield",
        ];
        let b = src.as_bytes();
        let mut open: Vec<usize> = vec![0];
        let (mut total, mut max) = (0usize, 0usize);
        let mut prev = b';';
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            let mut bump = false;
            match c {
                b'(' | b'[' | b'{' => {
                    open.push(0);
                    total += 1;
                }
                b')' | b']' | b'}' if open.len() > 1 => {
                    let n = open.pop().unwrap_or(0);
                    total -= n + 1;
                }
                b';' | b',' => {
                    if let Some(top) = open.last_mut() {
                        total -= *top;
                        *top = 0;
                    }
                }
                b'?' => bump = next != b'.' && next != b'?',
                b'!' | b'~' => bump = next != b'=',
                b'=' => {
                    if next == b'>' {
                        bump = true;
                        i += 1;
                    } else if next == b'=' {
                        while b.get(i + 1) == Some(&b'=') {
                            i += 1;
                        }
                    } else {
                        bump = !matches!(prev, b'=' | b'!' | b'<' | b'>');
                    }
                }
                b'*' if next == b'*' => {
                    bump = true;
                    i += 1;
                }
                b'-' | b'+' => {
                    bump = b"=(,?:!~+-*/%&|^<>[{;".contains(&prev);
                }
                c if c.is_ascii_alphabetic() => {
                    let start = i;
                    while b
                        .get(i + 1)
                        .is_some_and(|x| x.is_ascii_alphanumeric() || *x == b'_' || *x == b'$')
                    {
                        i += 1;
                    }
                    bump = KEYWORDS.contains(&&b[start..=i]);
                }
                _ => {}
            }
            if bump {
                if let Some(top) = open.last_mut() {
                    *top += 1;
                }
                total += 1;
            }
            max = max.max(total);
            if !c.is_ascii_whitespace() {
                prev = c;
            }
            i += 1;
        }
        max
    }

    /// The two agree on real scripts: every script and page among the fixtures.
    #[test]
    fn nesting_agrees_with_the_byte_at_a_time_version_on_the_fixtures() {
        let mut seen = 0;
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data"
        ))];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if let Ok(src) = std::fs::read_to_string(&p) {
                    assert_eq!(nesting(&src), nesting_reference(&src), "{}", p.display());
                    seen += 1;
                }
            }
        }
        assert!(seen > 100, "{seen}");
    }

    proptest::proptest! {
        /// Whatever the text, the table-driven nesting count is the byte-at-a-time one.
        #[test]
        fn nesting_agrees_with_the_byte_at_a_time_version(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "(", ")", "[", "]", "{", "}", ";", ",", "?", "?.", "??", "!", "!=", "~", "=",
                    "==", "===", "=>", "*", "**", "-", "+", "<", ">", " ", "\n", "\t", "if", "else",
                    "while", "for", "with", "do", "new", "typeof", "void", "delete", "await",
                    "yield", "iff", "_if", "$do", "x", "a1", "0x1f", "é", "\"", "/", ":", "|",
                ]),
                0..300,
            )
        ) {
            let src: String = parts.concat();
            proptest::prop_assert_eq!(nesting(&src), nesting_reference(&src));
        }

        /// Whatever the bytes, the byte scan ends, keeps at most its bound, and keeps only
        /// what begins as a module does.
        #[test]
        fn the_byte_scan_survives_any_script(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "AGFzbQ", "AGFzbQEAAAA", "[", "]", "0,97,115,109", "0, 97, 115, 109", ",",
                    " ", "1", "255", "256", "-1", "\"", "=", "+/", "é", "x",
                ]),
                0..200,
            )
        ) {
            let src: String = parts.concat();
            let found = embedded_lexically(&src);
            proptest::prop_assert!(found.len() <= MAX_EMBEDDED_MODULES);
            for (m, at) in &found {
                proptest::prop_assert!(m.starts_with(b"\0asm"), "{m:?}");
                proptest::prop_assert!((*at as usize) < src.len());
            }
        }
    }
}
