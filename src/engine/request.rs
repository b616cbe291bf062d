//! What a quote is asked for: vendor, tier, product, quantity, price, choices.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The largest quantity a quote accepts.
pub const MAX_QUANTITY: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// A request for a quote. Amounts are in the programme's currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteRequest {
    /// Programme id, e.g. `asoft`.
    pub vendor: String,
    /// Tier id within the programme.
    pub tier: String,
    /// Product id within the programme.
    pub product: String,
    /// Deal situation id; the product's first situation when absent.
    #[serde(default)]
    pub situation: Option<String>,
    /// How many units: a whole number from 1 to [`MAX_QUANTITY`].
    pub quantity: Decimal,
    /// The recommended retail price of one unit (RRP), not negative.
    pub unit_price: Decimal,
    /// The user's values for adjustable steps, keyed by step id.
    #[serde(default)]
    pub choices: BTreeMap<String, ChoiceValue>,
    /// Sales over the last 12 months, in the basis of the programme's thresholds.
    #[serde(default)]
    pub sales_last_12_months: Option<Decimal>,
}

/// The user's value for one adjustable step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChoiceValue {
    /// A percentage within an "up to" range.
    Percent(Decimal),
    /// Whether a bonus's condition is met.
    On(bool),
    /// The id of one option of a one-of step; `none` for none.
    Pick(String),
}
