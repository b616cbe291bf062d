//! JS values in and out of the engine without a text parser.
//!
//! Out, [`to_js`]: anything `Serialize` becomes a plain JS object through
//! serde-wasm-bindgen's JSON-compatible serializer (decimals as strings,
//! `None` as `null`, maps as plain objects, enums as their snake_case
//! names): the shape `serde_json` writes natively.
//!
//! In, [`host`]: a JS value becomes a [`Host`] tree for the widget to read,
//! by a reader written for this crate. It bounds what it copies before
//! copying it (a string's length, a list's or object's members, the depth),
//! leaves `undefined` members out and reads a function or symbol as
//! [`Host::Other`] where it stands. serde-wasm-bindgen 0.6.5's deserializer
//! into the same tree (a `Deserialize` visitor with the same depth and
//! member bounds, numbers written by JS) made the embed package 13 449 B
//! gzip larger (157 173 → 170 622 B, 2026-12-07): its type errors link
//! Rust's float formatting. It would also copy a string before its bound and
//! read an `undefined` member as `null`.

use crate::widget::host::Host;
use js_sys::{Array, JsString, Object};
use serde::Serialize;
use serde_wasm_bindgen::Serializer;
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

/// `value` as a plain JS object, shaped as `serde_json` writes it (`null`
/// if it cannot be written: none of the crate's types fails).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}
