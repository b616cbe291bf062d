//! View-models: what each part of the screen shows, as plain data in the
//! form's language, built from the form and its quote. The UI renders them
//! and nothing else; they are tested natively.

pub mod card;
pub mod cards;
pub mod chrome;
pub mod compare;
pub mod controls;
pub mod csv;
pub mod deal;
pub mod ladder;
pub mod panel;
pub mod plain;
pub mod proposal;
pub mod sale;
pub mod table;
pub mod waterfall;
pub mod what_if;
