//! The programme model: partner programmes as plain data, and their validation.
//!
//! This room imports nothing from the engine or the UI. `build.rs` includes it
//! by path to read and check `programmes/*.toml` at build time, so the same
//! types and the same [`validate`] run at build time and at run time.

mod number;
mod programme;
mod rule;
mod text;
mod validate;

pub use number::{Money, Percent};
pub use programme::{Basis, Category, Currency, Fact, Period, Product, Programme, Threshold, Tier};
pub use rule::{Cap, Pick, Range, Rate, Settlement, Share, Situation, Step, TierCount, TierRate};
pub use text::{I18n, Lang, List, Source, Text};
pub use validate::{validate, Invalid, ValidationError};
