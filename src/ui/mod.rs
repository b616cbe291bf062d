//! The Leptos widget: a few data-driven components over the view-models of
//! [`crate::widget::view`] and the text catalogue. The world outside
//! (address bar, storage, host events, the page around) is a
//! [`crate::widget::platform::Platform`] the entry point passes in. It
//! compiles natively too, where [`first_screen`] renders what a page's
//! mount point shows first to HTML (the build puts it in the page); a web
//! API may be called in an effect or an event handler only, never while
//! the view is built, since natively those calls panic.

mod app;
mod bound;
mod buttons;
mod calc;
mod chart;
mod deck;
mod download;
mod field;
mod figures;
mod foot;
mod inputs;
mod ladder;
mod line;
mod mount;
mod notices;
mod panel;
mod proposal;
mod quote;
mod selling;
mod table;

pub use app::Calculator;
pub use mount::{calculator, first_screen};
