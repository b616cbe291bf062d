//! The five bundled programmes, compiled in from `programmes/*.toml` by
//! `build.rs` (validated there; see `model::validate`), with the titles of
//! their source documents (`programmes/sources.toml`).

use crate::model::*;
use rust_decimal::Decimal;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/programmes.rs"));

/// The own title of the bundled source document `file`
/// (`programmes/sources.toml`), if it is one.
pub fn title(file: &str) -> Option<&'static str> {
    TITLES.iter().find(|(f, _)| *f == file).map(|(_, t)| *t)
}

/// The bundled programme with this id.
pub fn find(id: &str) -> Option<&'static Programme> {
    ALL.iter().find(|p| p.id == id)
}
