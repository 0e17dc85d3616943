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

use std::collections::HashMap;

use oxc_ast::ast::*;

mod builtins;
mod interp;
mod sites;
mod value;

use interp::{GLOBAL, Interp, Scope, Vars};
use oxc_span::GetSpan;
use sites::{Site, Sites};
use value::{V, rs};

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
    /// Strings produced by call sites and concatenations, each once, with the offset of the
    /// first site that produced it.
    pub strings: Vec<(String, u32)>,
    /// Every site that produced a string (the same string from many sites included): its
    /// offset and the string's index in `strings` (at most [`MAX_SITES_KEPT`]).
    pub sites: Vec<(u32, usize)>,
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
    /// For files that only build strings from pieces (no string array to rotate): pieces are
    /// joined at their sites and in function bodies, so the top level (a bundle's whole
    /// start-up: a million steps in openpgp's) gets a small share.
    pub const PIECES: Budget = Budget {
        fuel: 1_000_000,
        statement: 50_000,
        site: 100_000,
        sweep: 20_000,
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
        tables: sites.tables,
        resolved: HashMap::new(),
        resolving: 0,
        var_names: HashMap::new(),
        src: program.source_text,
        regex_cache: HashMap::new(),
        refs: Vec::new(),
        found: None,
        undo: None,
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
    let mut seen: HashMap<String, usize> = HashMap::new();
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
            keep(&mut out, &mut seen, &mut bytes, s, offset);
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
            if s.len() >= 2 {
                keep(&mut out, &mut seen, &mut bytes, s, offset);
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

/// Most sites kept in [`Decoded::sites`].
pub const MAX_SITES_KEPT: usize = 1 << 20;

/// Notes that the site at `offset` gave `s`: the string once, the site always.
fn keep(
    out: &mut Decoded,
    seen: &mut HashMap<String, usize>,
    bytes: &mut usize,
    s: String,
    offset: u32,
) {
    let index = match seen.get(&s) {
        Some(i) => *i,
        None => {
            *bytes += s.len();
            out.strings.push((s.clone(), offset));
            seen.insert(s, out.strings.len() - 1);
            out.strings.len() - 1
        }
    };
    if out.sites.len() < MAX_SITES_KEPT {
        out.sites.push((offset, index));
    }
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
        // Each site decodes to one string, whether evaluated as a call site or in the sweep
        // of the body around it: sweeping `arr` (which reassigns itself to return the array
        // unrotated) must not shift what the bodies swept after it decode.
        let d = run(src);
        let mut by_site: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
        for (at, i) in &d.sites {
            let first = *by_site.entry(*at).or_insert(*i);
            assert_eq!(
                d.strings[first].0, d.strings[*i].0,
                "the site at {at} decodes two ways"
            );
        }
        assert!(by_site.len() >= 3, "{:?}", d.sites);
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
    fn arrow_functions_keep_their_vars_to_themselves() {
        let s = strings(
            "var y = 'zz'; var f = (x) => { var y = 'ab'; return y + x; }; go(f('cd'));\nvar g = function (n) { return y + 'q'; }; go(g(1));",
        );
        assert!(s.contains(&"abcd".to_owned()), "{s:?}");
        assert!(s.contains(&"zzq".to_owned()), "{s:?}");
    }

    #[test]
    fn host_objects_are_opaque() {
        let s = strings(
            "function f(x){ return window.location + x; } f('a'); g(document.cookie + 'x');",
        );
        assert!(s.is_empty(), "{s:?}");
    }
}
