//! The Leptos widget: a Leptos shell with one drawing effect over the
//! view-models of [`crate::widget::view`] and the text catalogue. The world
//! outside (address bar, storage, host events, the page around) is a
//! [`Platform`] the entry point passes in.

mod app;
mod compare_view;
mod dom;
mod inputs;
mod ladder;
mod platform;
mod result;
mod views;

pub use app::Calculator;
pub use platform::Platform;
