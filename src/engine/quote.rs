//! A priced quote: the waterfall, the totals and what the user must know.

use super::next_tier::NextTier;
use super::resale::Resale;
use crate::model::{Currency, I18n, Source};
use rust_decimal::Decimal;
use serde::Serialize;

/// A fully explained quote. Every money line is rounded to 0.01 and the
/// lines add up: `net_total = list_total − Σ invoice step amounts`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Quote {
    /// Programme id.
    pub vendor: String,
    /// Tier id.
    pub tier: String,
    /// Product id.
    pub product: String,
    /// Deal situation id.
    pub situation: String,
    /// The currency of every amount.
    pub currency: Currency,
    /// Units sold.
    #[cfg_attr(test, ts(type = "string"))]
    pub quantity: Decimal,
    /// RRP of one unit, as entered.
    #[cfg_attr(test, ts(type = "string"))]
    pub unit_price: Decimal,
    /// Quantity × RRP (× the list share where the product has one).
    #[cfg_attr(test, ts(type = "string"))]
    pub list_total: Decimal,
    /// The product's list price as a share of the entered price, if it is one.
    pub list_share: Option<ListShare>,
    /// The waterfall from the list total, in the programme's order.
    pub steps: Vec<QuoteStep>,
    /// What the partner pays the vendor; `None` when priced by agreement.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub net_total: Option<Decimal>,
    /// The partner's margin when selling at RRP: list total − net total.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub margin: Option<Decimal>,
    /// The discount on this invoice, as a percentage of the list total.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub effective_discount_percent: Option<Decimal>,
    /// Bonuses and rebates paid back later, not deducted from this invoice.
    #[cfg_attr(test, ts(type = "string"))]
    pub paid_later_total: Decimal,
    /// Invoice discount plus what is paid later, as a percentage.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub total_benefit_percent: Option<Decimal>,
    /// Conditions, discretion, agreements and limits the user must know.
    pub caveats: Vec<Caveat>,
    /// The next tier up and this deal priced there, if there is one.
    pub next_tier: Option<Box<NextTier>>,
    /// The quote sold at the customer's price, when the request asks.
    pub customer: Option<Resale>,
}

/// A list price that is a share of the entered price (ASoft's updates: 20 %
/// of the licence delivery).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ListShare {
    /// The share, in percent.
    #[cfg_attr(test, ts(type = "string"))]
    pub percent: Decimal,
    /// What it is a share of, worded to follow the percentage.
    pub of: I18n,
}

/// One line of the waterfall.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct QuoteStep {
    /// Step id (request choices name it).
    pub id: String,
    /// What the step is.
    pub label: I18n,
    /// The kind of rate, which says how the percentage was set.
    pub rate: RateKind,
    /// The percentage applied; `None` when individual.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub percent: Option<Decimal>,
    /// The amount, rounded to 0.01; `None` when individual.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub amount: Option<Decimal>,
    /// The lowest percentage the document allows here.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub min_percent: Option<Decimal>,
    /// The highest percentage the document allows here.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub max_percent: Option<Decimal>,
    /// How a paid-later step reaches the partner; `None` for invoice steps.
    pub paid_later: Option<I18n>,
    /// True when the programme's cap cut this step.
    pub capped: bool,
    /// Where the figure is stated.
    pub source: Source,
}

/// How a step's percentage is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum RateKind {
    /// Fixed by the document.
    Fixed,
    /// Set by the user within the document's "up to" range; vendor's discretion.
    UpTo,
    /// A bonus the user says is earned.
    Bonus,
    /// One of several options the user picks.
    OneOf,
    /// Individual or by agreement: no figure.
    Individual,
}

/// Something the user must know about a quote: a kind and its parameters
/// (the widget's catalogue words it).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Caveat {
    /// What kind of caveat.
    pub kind: CaveatKind,
    /// The step it concerns, if any.
    pub step: Option<String>,
    /// The document's words it refers to: the condition, the agreement, how
    /// a bonus is paid, the step's label (discretion), the product's unit
    /// (user limit); `None` for a cap.
    pub text: Option<I18n>,
    /// The figure it is about: the range's top or the cap (percent), the
    /// user limit (units).
    #[cfg_attr(test, ts(type = "string | null"))]
    pub figure: Option<Decimal>,
}

/// Kinds of caveat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum CaveatKind {
    /// The price or a discount is individual / agreed with the vendor.
    ByAgreement,
    /// A value set within "up to" is at the vendor's discretion.
    Discretion,
    /// An amount is paid back later, not deducted from the invoice.
    PaidLater,
    /// The quantity is above the tier's user limit.
    OverUserLimit,
    /// The programme's cap cut the bonuses.
    Capped,
    /// The deal situation's condition.
    Condition,
}
