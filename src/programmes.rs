//! The five bundled programmes, compiled in from `programmes/*.toml` by
//! `build.rs` (validated there; see `model::validate`), with the titles of
//! their source documents (`programmes/sources.toml`).

use crate::model::*;
use rust_decimal::Decimal;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/programmes.rs"));

/// The title of the bundled source document `file` in `lang` (its own,
/// Russian, or that title in English; `programmes/sources.toml`), if it is one.
pub fn title(file: &str, lang: Lang) -> Option<&'static str> {
    let (_, ru, en) = TITLES.iter().find(|(f, _, _)| *f == file)?;
    Some(match lang {
        Lang::Ru => ru,
        Lang::En => en,
    })
}

/// The bundled programme with this id.
pub fn find(id: &str) -> Option<&'static Programme> {
    ALL.iter().find(|p| p.id == id)
}
