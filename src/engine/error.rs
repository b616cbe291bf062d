//! Why a quote was refused: a kind and its parameters (the widget's
//! catalogue words it for a person).

use rust_decimal::Decimal;
use std::fmt;

/// A rejected quote request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteError {
    /// No programme has this id.
    UnknownVendor(String),
    /// The programme has no tier with this id.
    UnknownTier(String),
    /// The programme has no product with this id.
    UnknownProduct(String),
    /// The product has no deal situation with this id.
    UnknownSituation(String),
    /// A choice names a step the deal situation does not have.
    UnknownChoice(String),
    /// A choice's kind does not fit its step (e.g. a percent for a bonus).
    ChoiceMismatch {
        /// The step id.
        step: String,
    },
    /// A one-of choice names an option the step does not have.
    UnknownPick {
        /// The step id.
        step: String,
        /// The option id given.
        pick: String,
    },
    /// A chosen percentage is outside the document's range.
    ValueOutOfRange {
        /// The step id.
        step: String,
        /// The lowest allowed.
        min: Decimal,
        /// The highest allowed.
        max: Decimal,
    },
    /// The quantity is not a whole number of at least 1.
    QuantityNotPositiveWhole,
    /// The quantity is above the largest accepted.
    QuantityTooLarge(Decimal),
    /// The unit price is negative.
    PriceNegative,
    /// The sales figure is negative.
    SalesNegative,
    /// The amounts are too large to compute exactly.
    Overflow,
    /// The customer's price or target was refused.
    Customer(CustomerError),
}

/// Why a customer price was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CustomerError {
    /// The deal's discount is not from 0 to 100 %.
    DiscountOutOfRange,
    /// Line `0`'s discount is not from 0 to 100 %, or the deal has no such line.
    LineDiscountOutOfRange(usize),
    /// The selling amount is negative.
    AmountNegative,
    /// Both a discount and an amount are given.
    DiscountAndAmount,
    /// The target percentage is not from 0 to under 100, or the amount is negative.
    TargetOutOfRange,
}

impl fmt::Display for QuoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // For logs and tests; people read the widget's catalogue wording.
        write!(f, "{self:?}")
    }
}

impl std::error::Error for QuoteError {}
