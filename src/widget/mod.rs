//! The widget's logic, free of any platform and tested natively: the form
//! with its typed edits, the host's options, the URL codec, parsing and
//! formatting of numbers, the words for refusals, and the view-models the
//! UI renders. It reads the engine and the text catalogue; the UI reads it.

pub mod action;
pub mod cta;
pub mod form;
pub mod format;
pub mod host;
pub mod input;
pub mod listing;
pub mod messages;
pub mod options;
pub mod platform;
pub mod reader;
pub mod sentences;
pub mod url;
pub mod view;

pub use messages::Message;
