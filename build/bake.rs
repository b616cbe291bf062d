//! Turns a model value into a Rust constant expression, so the bundled
//! programmes are compiled into the binary as static data: no parser ships.
//!
//! Strings become `Cow::Borrowed("…")`, sequences `Cow::Borrowed(&[…])`, and
//! the `Percent` / `Money` newtypes `Decimal::from_parts(…)`, which is `const`.

use rust_decimal::Decimal;
use serde::ser::{self, Impossible, Serialize};
use std::fmt::{self, Write};
use std::str::FromStr;

/// Returns `value` as a Rust expression usable in a `static`. With
/// `cite_sections` false, every `Source.section` is baked empty (the wasm
/// bundle never shows sections; the data files and native builds keep them).
pub fn bake<T: Serialize>(value: &T, cite_sections: bool) -> Result<String, Error> {
    let mut out = String::new();
    value.serialize(Baker {
        out: &mut out,
        cite_sections,
    })?;
    Ok(out)
}

/// A value the baker cannot express.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Names of the newtypes around a `Decimal`.
const DECIMAL_NEWTYPES: [&str; 2] = ["Percent", "Money"];

struct Baker<'a> {
    out: &'a mut String,
    cite_sections: bool,
}

macro_rules! literal {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, v: $ty) -> Result<(), Error> {
            write!(self.out, "{v}").map_err(|e| Error(e.to_string()))
        }
    )*};
}

impl<'a> ser::Serializer for Baker<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Fields<'a>;

    literal!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);

    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        Err(Error("floats are not allowed in programme data".into()))
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        Err(Error("floats are not allowed in programme data".into()))
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write!(self.out, "{v:?}").map_err(|e| Error(e.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write!(self.out, "Cow::Borrowed({v:?})").map_err(|e| Error(e.to_string()))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(Error("bytes are not supported".into()))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        self.out.push_str("Some(");
        value.serialize(Baker {
            out: self.out,
            cite_sections: self.cite_sections,
        })?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        self.out.push_str(name);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        write!(self.out, "{name}::{}", rust_variant(variant)).map_err(|e| Error(e.to_string()))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if DECIMAL_NEWTYPES.contains(&name) {
            let text = match toml::Value::try_from(value) {
                Ok(toml::Value::String(text)) => text,
                other => {
                    return Err(Error(format!(
                        "{name}: expected a decimal string, got {other:?}"
                    )))
                }
            };
            let d = Decimal::from_str(&text).map_err(|e| Error(format!("{name} {text:?}: {e}")))?;
            let [lo, mid, hi] = mantissa_words(d);
            return write!(
                self.out,
                "{name}(Decimal::from_parts({lo}, {mid}, {hi}, {}, {}))",
                d.is_sign_negative(),
                d.scale()
            )
            .map_err(|e| Error(e.to_string()));
        }
        self.out.push_str(name);
        self.out.push('(');
        value.serialize(Baker {
            out: self.out,
            cite_sections: self.cite_sections,
        })?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        write!(self.out, "{name}::{}(", rust_variant(variant)).map_err(|e| Error(e.to_string()))?;
        value.serialize(Baker {
            out: self.out,
            cite_sections: self.cite_sections,
        })?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, Error> {
        self.out.push_str("Cow::Borrowed(&[");
        Ok(Seq {
            out: self.out,
            cite_sections: self.cite_sections,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(Error(format!("tuple struct {name} is not supported")))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error(format!("tuple variant of {name} is not supported")))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(Error("maps are not supported in programme data".into()))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Fields<'a>, Error> {
        write!(self.out, "{name} {{").map_err(|e| Error(e.to_string()))?;
        Ok(Fields {
            out: self.out,
            cite_sections: self.cite_sections,
            in_source: name == "Source",
        })
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Fields<'a>, Error> {
        write!(self.out, "{name}::{} {{", rust_variant(variant))
            .map_err(|e| Error(e.to_string()))?;
        Ok(Fields {
            out: self.out,
            cite_sections: self.cite_sections,
            in_source: false,
        })
    }
}

/// The three 32-bit words of a decimal's 96-bit mantissa, low first.
fn mantissa_words(d: Decimal) -> [u32; 3] {
    let m = d.mantissa().unsigned_abs();
    [m as u32, (m >> 32) as u32, (m >> 64) as u32]
}

/// `snake_case` serde variant names back to the Rust `CamelCase` ones.
fn rust_variant(variant: &str) -> String {
    variant
        .split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

struct Seq<'a> {
    out: &'a mut String,
    cite_sections: bool,
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Baker {
            out: self.out,
            cite_sections: self.cite_sections,
        })?;
        self.out.push_str(", ");
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.out.push_str("])");
        Ok(())
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

struct Fields<'a> {
    out: &'a mut String,
    cite_sections: bool,
    in_source: bool,
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        write!(self.out, " {key}: ").map_err(|e| Error(e.to_string()))?;
        if self.in_source && key == "section" && !self.cite_sections {
            self.out.push_str("Cow::Borrowed(\"\"),");
            return Ok(());
        }
        value.serialize(Baker {
            out: self.out,
            cite_sections: self.cite_sections,
        })?;
        self.out.push(',');
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.out.push_str(" }");
        Ok(())
    }
}

impl ser::SerializeStructVariant for Fields<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeStruct::end(self)
    }
}
