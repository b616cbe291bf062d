//! partner-calc: a discount calculator for software partner programmes.
//!
//! Rooms, dependencies pointing one way (top to bottom):
//! - `page` / `embed` (wasm only): the two entry points, each choosing its
//!   platform (address bar and storage, or the host element and its events);
//! - [`ui`]: the Leptos components (natively too: the build renders the
//!   page's first screen to HTML with them);
//! - [`text`]: every text a person reads, one catalogue per language;
//! - [`widget`]: the widget's platform-free logic and view-models;
//! - [`engine`]: pricing only — quotes, deals of several lines, next tier, compare;
//! - [`model`]: the programmes as plain data, and their validation.
//!
//! [`programmes::ALL`] holds the five bundled programmes, compiled in from
//! `programmes/*.toml` at build time.

#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;
pub mod engine;
pub mod model;
#[cfg(all(target_arch = "wasm32", not(feature = "embed")))]
mod page;
pub mod programmes;
#[cfg(test)]
mod schema;
pub mod text;
#[cfg(test)]
mod typescript;
pub mod ui;
pub mod widget;
