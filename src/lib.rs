//! partner-calc: a discount calculator for software partner programmes.
//!
//! Three rooms, dependencies pointing one way (`ui` → `engine` → `model`):
//! - [`model`]: the programmes as plain data, and their validation;
//! - [`engine`]: pure quote computation, number parsing and formatting;
//! - `ui` (wasm only): the Leptos widget, thin over the engine.
//!
//! [`programmes::ALL`] holds the five bundled programmes, compiled in from
//! `programmes/*.toml` at build time.

pub mod engine;
pub mod model;
pub mod programmes;
#[cfg(target_arch = "wasm32")]
pub mod ui;
