//! Values and the conversions of the specification (numbers to strings and back, `parseInt`,
//! base64, URI escapes) over UTF-16 strings counted while alive.

use std::rc::Rc;

use super::interp::Ctl;

/// A string's UTF-16 units, counted in [`LIVE`] while alive.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Units(Vec<u16>);

thread_local! {
    /// Bytes held by the strings alive on this thread (bounded by [`MAX_STRINGS_ALIVE`]).
    static LIVE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

pub(super) fn live() -> usize {
    LIVE.with(std::cell::Cell::get)
}

impl Units {
    pub(super) fn new(v: Vec<u16>) -> Self {
        LIVE.with(|l| l.set(l.get() + v.len() * 2));
        Units(v)
    }

    pub(super) fn extend(&mut self, more: &[u16]) {
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

pub(super) type JStr = Rc<Units>;

pub(super) fn jstr(v: Vec<u16>) -> JStr {
    Rc::new(Units::new(v))
}

#[derive(Clone, Debug)]
pub(super) enum V {
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
pub(super) enum Native {
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

pub(super) fn js(s: &str) -> JStr {
    jstr(s.encode_utf16().collect())
}

pub(super) fn rs(s: &[u16]) -> String {
    String::from_utf16_lossy(s)
}

// ---------------------------------------------------------------------------------------------
// Values.

pub(super) fn truthy(v: &V) -> bool {
    match v {
        V::Undef | V::Null => false,
        V::Bool(b) => *b,
        V::Num(n) => *n != 0.0 && !n.is_nan(),
        V::Str(s) => !s.is_empty(),
        _ => true,
    }
}

pub(super) fn num_to_string(x: f64) -> String {
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

pub(super) fn is_js_space(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

pub(super) fn trim_js(s: &[u16]) -> &[u16] {
    let start = s.iter().position(|c| !is_js_space(*c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !is_js_space(*c))
        .map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

/// The longest prefix of `s` that is a decimal literal (`StrDecimalLiteral`), as its length.
pub(super) fn decimal_prefix(s: &[u8]) -> usize {
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

pub(super) fn parse_decimal(s: &str) -> f64 {
    let t = s.trim_start_matches('+');
    match t {
        "Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        _ => t.parse().unwrap_or(f64::NAN),
    }
}

pub(super) fn str_to_num(s: &[u16]) -> f64 {
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

pub(super) fn to_int32(x: f64) -> i32 {
    if !x.is_finite() {
        return 0;
    }
    (x.trunc().rem_euclid(4294967296.0) as u32) as i32
}

pub(super) fn to_uint32(x: f64) -> u32 {
    to_int32(x) as u32
}

/// `parseInt(s, radix)` as the specification has it.
pub(super) fn parse_int(s: &[u16], radix: Option<f64>) -> f64 {
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

pub(super) fn parse_float(s: &[u16]) -> f64 {
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

pub(super) fn radix_string(x: f64, radix: u32) -> Option<String> {
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

pub(super) fn base64_value(c: u16) -> Option<u32> {
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
pub(super) fn atob(s: &[u16]) -> Option<Vec<u16>> {
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

pub(super) fn btoa(s: &[u16]) -> Option<Vec<u16>> {
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
pub(super) fn decode_uri(s: &[u16]) -> Option<Vec<u16>> {
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

pub(super) fn encode_uri(s: &[u16]) -> Option<Vec<u16>> {
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

pub(super) fn unescape(s: &[u16]) -> Vec<u16> {
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

pub(super) fn escape(s: &[u16]) -> Vec<u16> {
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

pub(super) fn find_sub(h: &[u16], n: &[u16], from: usize) -> Option<usize> {
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
pub(super) fn rel_index(v: &V, len: usize, default: usize) -> usize {
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

pub(super) fn arg(args: &[V], i: usize) -> V {
    args.get(i).cloned().unwrap_or(V::Undef)
}

pub(super) fn type_error<'a>() -> Ctl<'a> {
    Ctl::Throw(V::Str(js("TypeError")))
}

pub(super) fn strict_eq(a: &V, b: &V) -> bool {
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
pub(super) fn js_pattern(p: &str) -> String {
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
pub(super) type Match = (usize, usize, Vec<Option<Vec<u16>>>);

/// A replacement string's `$&`, `$1`..`$99` and `$$`.
pub(super) fn expand_replacement(
    w: &[u16],
    matched: &[u16],
    groups: &[Option<Vec<u16>>],
) -> Vec<u16> {
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
