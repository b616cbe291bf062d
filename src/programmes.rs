//! The five bundled programmes, compiled in from `programmes/*.toml` by
//! `build.rs` (validated there; see `model::validate`).

use crate::model::*;
use rust_decimal::Decimal;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/programmes.rs"));

/// The bundled programme with this id.
pub fn find(id: &str) -> Option<&'static Programme> {
    ALL.iter().find(|p| p.id == id)
}
