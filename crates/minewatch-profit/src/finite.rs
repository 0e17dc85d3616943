//! Finds a non-finite number anywhere in a serialisable value. JSON has no NaN or infinity
//! (serde_json writes `null`), so a report with one would reach a client as a silent `null`:
//! callers refuse it instead, naming where it appeared.

use serde::Serialize;
use serde::ser;

/// The path of the first NaN or infinity in `v` (`projection.days[3].revenue_usd`), or `None`
/// when every number is finite.
pub fn first_non_finite<T: Serialize + ?Sized>(v: &T) -> Option<String> {
    let mut w = Walker {
        path: Vec::new(),
        found: None,
    };
    let _ = v.serialize(&mut w);
    w.found
}

struct Walker {
    path: Vec<String>,
    found: Option<String>,
}

impl Walker {
    fn float(&mut self, x: f64) -> Result<(), Stop> {
        if x.is_finite() {
            return Ok(());
        }
        let mut p = String::new();
        for seg in &self.path {
            if !seg.starts_with('[') && !p.is_empty() {
                p.push('.');
            }
            p.push_str(seg);
        }
        self.found = Some(if p.is_empty() { "the result".into() } else { p });
        Err(Stop)
    }
}

/// Ends the walk at the first finding (or when something cannot be walked).
#[derive(Debug)]
struct Stop;

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stop")
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Stop
    }
}

/// A sequence, tuple, map or struct being walked: its elements are numbered or named.
struct Compound<'a> {
    w: &'a mut Walker,
    index: usize,
    /// A map's key, naming the value that follows.
    key: Option<String>,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, seg: String, v: &T) -> Result<(), Stop> {
        self.w.path.push(seg);
        let r = v.serialize(&mut *self.w);
        self.w.path.pop();
        r
    }

    fn next<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Stop> {
        let seg = format!("[{}]", self.index);
        self.index += 1;
        self.element(seg, v)
    }
}

macro_rules! ok {
    ($($name:ident: $t:ty),*) => {
        $(fn $name(self, _: $t) -> Result<(), Stop> { Ok(()) })*
    };
}

impl<'a> ser::Serializer for &'a mut Walker {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    ok!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_char: char, serialize_str: &str, serialize_bytes: &[u8]);

    fn serialize_f32(self, v: f32) -> Result<(), Stop> {
        self.float(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Stop> {
        self.float(v)
    }
    fn serialize_none(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Stop> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Stop> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Stop> {
        Compound {
            w: self,
            index: 0,
            key: None,
        }
        .element(variant.to_owned(), v)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Stop> {
        Ok(Compound {
            w: self,
            index: 0,
            key: None,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Stop> {
        Ok(Compound {
            w: self,
            index: 0,
            key: None,
        })
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Stop> {
        Ok(Compound {
            w: self,
            index: 0,
            key: None,
        })
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Stop> {
        Ok(Compound {
            w: self,
            index: 0,
            key: None,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Stop> {
        Ok(Compound {
            w: self,
            index: 0,
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Stop> {
        Ok(Compound {
            w: self,
            index: 0,
            key: None,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Stop> {
        Ok(Compound {
            w: self,
            index: 0,
            key: None,
        })
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Stop> {
        self.next(v)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Stop> {
        self.next(v)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Stop> {
        self.next(v)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Stop> {
        self.next(v)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Stop> {
        self.key = serde_json::to_string(k)
            .ok()
            .map(|s| s.trim_matches('"').to_owned());
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Stop> {
        match self.key.take() {
            Some(k) => self.element(k, v),
            None => self.next(v),
        }
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        v: &T,
    ) -> Result<(), Stop> {
        self.element(name.to_owned(), v)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        v: &T,
    ) -> Result<(), Stop> {
        self.element(name.to_owned(), v)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::first_non_finite;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    struct Day {
        revenue: f64,
        cost: Option<f32>,
    }

    #[derive(Serialize)]
    struct Report {
        name: String,
        days: Vec<Day>,
        extra: BTreeMap<String, f64>,
    }

    #[test]
    fn names_the_first_non_finite_number() {
        let mut r = Report {
            name: "x".into(),
            days: vec![
                Day {
                    revenue: 1.0,
                    cost: None,
                },
                Day {
                    revenue: 2.0,
                    cost: Some(1.0),
                },
            ],
            extra: BTreeMap::from([("a".into(), 1.0)]),
        };
        assert_eq!(first_non_finite(&r), None);
        r.days[1].cost = Some(f32::INFINITY);
        assert_eq!(first_non_finite(&r).as_deref(), Some("days[1].cost"));
        r.days[1].cost = None;
        r.extra.insert("b".into(), f64::NAN);
        assert_eq!(first_non_finite(&r).as_deref(), Some("extra.b"));
        assert_eq!(
            first_non_finite(&f64::NEG_INFINITY).as_deref(),
            Some("the result")
        );
    }
}
