//! The quote engine: pure functions from a [`QuoteRequest`] and the programme
//! model to a fully explained [`Quote`], the next tier, deals of several
//! lines with their totals and next tier ([`quote_deal`], [`deal_ladder`]),
//! and every tier of every programme for one line or a deal's lines
//! ([`compare`]). It returns data only — caveats
//! and errors are kinds with parameters — and knows no language: the widget
//! words them. No web or Leptos imports: it is tested natively.

pub mod compare;
mod customer;
mod deal;
mod deal_tier;
mod error;
mod money;
mod next_tier;
mod price;
mod quote;
mod request;
mod resale;

pub use customer::resale;
pub use deal::{
    deal_ladder, quote_deal, DealError, DealLine, DealQuote, DealRequest, DealStep, MAX_LINES,
};
pub use deal_tier::{AfterUnknown, DealNextTier};
pub use error::{CustomerError, QuoteError};
pub use money::round_money;
pub use next_tier::{MetTier, NextTier};
pub use quote::{Caveat, CaveatKind, ListShare, Quote, QuoteStep, RateKind};
pub use request::{ChoiceValue, Choices, CustomerRequest, QuoteRequest, Target, MAX_QUANTITY};
pub use resale::{Goal, Resale, ResaleLine};

use crate::model::Programme;

/// Prices `request` against `programmes`: the waterfall from the list total
/// to the partner's net price, the caveats, and the next tier. Never panics;
/// every rejection is a [`QuoteError`].
///
/// # Errors
/// An unknown id, a quantity that is not a whole number from 1 to
/// [`MAX_QUANTITY`], a negative price or sales figure, a choice that does not
/// fit its step, or amounts too large to compute exactly.
pub fn quote(programmes: &[Programme], request: &QuoteRequest) -> Result<Quote, QuoteError> {
    let deal = price::Resolved::resolve(programmes, request)?;
    let mut quote = deal.price(deal.tier_index)?;
    quote.next_tier = next_tier::next_tier(&deal, &quote).map(Box::new);
    if let Some(customer) = &request.customer {
        quote.customer = Some(resale(std::slice::from_ref(&quote), customer)?);
    }
    Ok(quote)
}
