//! The built-ins decoders use: `String.fromCharCode`, `parseInt`, `atob`, URI escapes, `Math`,
//! and the methods of strings, numbers, arrays, functions and regular expressions.

use super::interp::*;
use super::value::*;
use super::*;

impl<'a> Interp<'a> {
    pub(super) fn native(&mut self, n: Native, args: Vec<V>) -> R<'a, V> {
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

    pub(super) fn method(&mut self, recv: V, key: &str, args: Vec<V>) -> R<'a, V> {
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

    pub(super) fn str_method(&mut self, s: JStr, key: &str, args: Vec<V>) -> R<'a, V> {
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

    pub(super) fn num_arg(&mut self, v: &V) -> R<'a, V> {
        Ok(match v {
            V::Undef => V::Undef,
            v => V::Num(self.number_of(v)?),
        })
    }

    pub(super) fn replace(&mut self, s: &JStr, pat: &V, with: &V, all: bool) -> R<'a, V> {
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

    pub(super) fn arr_method(&mut self, i: u32, key: &str, args: Vec<V>) -> R<'a, V> {
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
}
