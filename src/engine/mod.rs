//! The quote engine: pure functions from a [`QuoteRequest`] and the programme
//! model to a fully explained [`Quote`], plus the parsing and formatting of
//! numbers the way people type and read them. No web or Leptos imports: it
//! is tested natively with `cargo test`.

pub mod catalogue;
pub mod compare;
pub mod describe;
mod error;
pub mod form;
pub mod format;
pub mod host;
pub mod input;
mod money;
mod next_tier;
pub mod options;
mod price;
mod quote;
mod request;
pub mod state;

pub use error::QuoteError;
pub use next_tier::NextTier;
pub use quote::{Caveat, CaveatKind, Quote, QuoteStep, RateKind};
pub use request::{ChoiceValue, QuoteRequest, MAX_QUANTITY};

use crate::model::Programme;

/// Prices `request` against `programmes`: the waterfall from the list total
/// to the partner's net price, the caveats, and the next tier. Never panics;
/// every rejection is a [`QuoteError`] with a message for a person.
pub fn quote(programmes: &[Programme], request: &QuoteRequest) -> Result<Quote, QuoteError> {
    let deal = price::Deal::resolve(programmes, request)?;
    let mut quote = deal.price(deal.tier_index)?;
    quote.next_tier = next_tier::next_tier(&deal, &quote).map(Box::new);
    Ok(quote)
}
