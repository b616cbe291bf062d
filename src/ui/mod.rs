//! The Leptos widget: a few data-driven components over the view-models of
//! [`crate::widget::view`] and the text catalogue. The world outside
//! (address bar, storage, host events, the page around) is a
//! [`crate::widget::platform::Platform`] the entry point passes in.

mod app;
mod buttons;
mod chart;
mod deck;
mod field;
mod inputs;
mod table;

pub use app::Calculator;
