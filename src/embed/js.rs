//! JS values in and out of the engine without a text parser: a JS value
//! becomes a [`Host`] tree for the engine to read, and anything
//! `Serialize` becomes a plain JS object (decimals as strings, `None` as
//! `null`, enums as their snake_case names), the same shape `serde_json`
//! writes natively. Smaller than serde-wasm-bindgen 0.6.5 (embed wasm, -Oz,
//! gzip -9: 127 435 bytes; its serializer instead of `to_js` 130 316, and its
//! deserializer instead of `host()` as well 143 429: float formatting).

use crate::widget::host::Host;
use js_sys::{Array, JsString, Object, Reflect};
use serde::ser::{self, Serialize};
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    /// `String(value)`: JS's own writing of a number.
    #[wasm_bindgen(js_name = text)]
    fn js_text(value: &JsValue) -> String;
}

/// How deep a host value is read; deeper members read as [`Host::Other`]
/// (a programme inside the options nests 15 levels at most).
const DEPTH: usize = 16;

/// The most members a list or object is read with; a larger one reads as
/// [`Host::TooLarge`] without being walked.
const MEMBERS: u32 = 1_000;

/// The longest string read (UTF-16 units); a longer one reads as
/// [`Host::TooLarge`] without being copied.
const LENGTH: u32 = 100_000;

/// Reads a JS value; `undefined` members of objects are left out.
pub fn host(value: &JsValue) -> Host {
    read(value, DEPTH)
}

fn read(value: &JsValue, depth: usize) -> Host {
    if depth == 0 {
        Host::Other
    } else if value.is_null() || value.is_undefined() {
        Host::Null
    } else if let Some(b) = value.as_bool() {
        Host::Bool(b)
    } else if value.is_string() {
        // The length is checked before the string is copied into the wasm.
        match value.unchecked_ref::<JsString>().length() > LENGTH {
            true => Host::TooLarge,
            false => Host::Text(value.as_string().unwrap_or_default()),
        }
    } else if value.as_f64().is_some() {
        Host::Number(js_text(value))
    } else if Array::is_array(value) {
        let items: &Array = value.unchecked_ref();
        match items.length() > MEMBERS {
            true => Host::TooLarge,
            false => Host::List(items.iter().map(|v| read(&v, depth - 1)).collect()),
        }
    } else if value.is_object() && !value.is_function() {
        let entries = Object::entries(value.unchecked_ref());
        if entries.length() > MEMBERS {
            return Host::TooLarge;
        }
        let members = entries
            .iter()
            .filter_map(|pair| {
                let pair: Array = pair.unchecked_into();
                let v = pair.get(1);
                (!v.is_undefined()).then(|| {
                    (
                        pair.get(0).as_string().unwrap_or_default(),
                        read(&v, depth - 1),
                    )
                })
            })
            .collect();
        Host::Object(members)
    } else {
        Host::Other
    }
}

/// `value` as a plain JS object (`null` if it cannot be written).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value.serialize(Writer).unwrap_or(JsValue::NULL)
}

/// Writes serde's data model as JS values.
struct Writer;

/// A value that has no JS form here (bytes, non-string map keys).
#[derive(Debug)]
pub struct Unwritable;

impl std::fmt::Display for Unwritable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no JS form")
    }
}

impl std::error::Error for Unwritable {}

impl ser::Error for Unwritable {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unwritable
    }
}

/// An array or object being filled; an enum variant's data is wrapped in
/// `{ variant: … }` when done.
struct Filling {
    target: JsValue,
    key: JsValue,
    variant: Option<&'static str>,
}

impl Filling {
    fn array() -> Filling {
        Filling {
            target: Array::new().into(),
            key: JsValue::UNDEFINED,
            variant: None,
        }
    }

    fn object() -> Filling {
        Filling {
            target: Object::new().into(),
            key: JsValue::UNDEFINED,
            variant: None,
        }
    }

    fn push(&mut self, value: JsValue) -> Result<(), Unwritable> {
        self.target.unchecked_ref::<Array>().push(&value);
        Ok(())
    }

    fn set(&mut self, key: &JsValue, value: JsValue) -> Result<(), Unwritable> {
        let _ = Reflect::set(&self.target, key, &value);
        Ok(())
    }

    fn done(self) -> Result<JsValue, Unwritable> {
        Ok(match self.variant {
            Some(variant) => tagged(variant, self.target),
            None => self.target,
        })
    }
}

/// `{ name: value }`, serde's external tagging of enum variants with data.
fn tagged(name: &str, value: JsValue) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &name.into(), &value);
    object.into()
}

macro_rules! numbers {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, v: $t) -> Result<JsValue, Unwritable> {
            Ok(JsValue::from_f64(v as f64))
        }
    )*};
}

impl ser::Serializer for Writer {
    type Ok = JsValue;
    type Error = Unwritable;
    type SerializeSeq = Filling;
    type SerializeTuple = Filling;
    type SerializeTupleStruct = Filling;
    type SerializeTupleVariant = Filling;
    type SerializeMap = Filling;
    type SerializeStruct = Filling;
    type SerializeStructVariant = Filling;

    numbers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_f32: f32, serialize_f64: f64);

    fn serialize_bool(self, v: bool) -> Result<JsValue, Unwritable> {
        Ok(JsValue::from_bool(v))
    }
    fn serialize_char(self, v: char) -> Result<JsValue, Unwritable> {
        Ok(JsValue::from_str(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result<JsValue, Unwritable> {
        Ok(JsValue::from_str(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<JsValue, Unwritable> {
        Err(Unwritable)
    }
    fn serialize_none(self) -> Result<JsValue, Unwritable> {
        Ok(JsValue::NULL)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<JsValue, Unwritable> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<JsValue, Unwritable> {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<JsValue, Unwritable> {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<JsValue, Unwritable> {
        Ok(JsValue::from_str(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<JsValue, Unwritable> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<JsValue, Unwritable> {
        Ok(tagged(variant, v.serialize(self)?))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Filling, Unwritable> {
        Ok(Filling::array())
    }
    fn serialize_tuple(self, _: usize) -> Result<Filling, Unwritable> {
        Ok(Filling::array())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Filling, Unwritable> {
        Ok(Filling::array())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Filling, Unwritable> {
        Ok(Filling {
            variant: Some(variant),
            ..Filling::array()
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Filling, Unwritable> {
        Ok(Filling::object())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Filling, Unwritable> {
        Ok(Filling::object())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Filling, Unwritable> {
        Ok(Filling {
            variant: Some(variant),
            ..Filling::object()
        })
    }
}

/// The sequences' element methods: each value is pushed onto the array.
macro_rules! elements {
    ($($kind:ident :: $method:ident),*) => {$(
        impl ser::$kind for Filling {
            type Ok = JsValue;
            type Error = Unwritable;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unwritable> {
                self.push(v.serialize(Writer)?)
            }
            fn end(self) -> Result<JsValue, Unwritable> {
                self.done()
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The structs' field method: each value is set under its field's name.
macro_rules! fields {
    ($($kind:ident),*) => {$(
        impl ser::$kind for Filling {
            type Ok = JsValue;
            type Error = Unwritable;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                v: &T,
            ) -> Result<(), Unwritable> {
                self.set(&key.into(), v.serialize(Writer)?)
            }
            fn end(self) -> Result<JsValue, Unwritable> {
                self.done()
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

impl ser::SerializeMap for Filling {
    type Ok = JsValue;
    type Error = Unwritable;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Unwritable> {
        self.key = key.serialize(Writer)?;
        match self.key.is_string() {
            true => Ok(()),
            false => Err(Unwritable),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unwritable> {
        let key = self.key.clone();
        self.set(&key, v.serialize(Writer)?)
    }
    fn end(self) -> Result<JsValue, Unwritable> {
        self.done()
    }
}
