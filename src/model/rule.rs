//! The discount-rule vocabulary: situations, steps and per-tier rates.

use super::number::Percent;
use super::text::{I18n, List, Source, Text};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The list price as a share of the price the user enters (e.g. updates
/// cost 20 % of the licence delivery).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Share {
    /// The share.
    pub percent: Percent,
    /// What it is a share of, worded to follow the percentage
    /// ("от стоимости поставки лицензий", "of the licence delivery value").
    pub of: I18n,
    /// Where the share is stated.
    pub source: Source,
}

/// A count that holds at one tier, e.g. an internal-use user limit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct TierCount {
    /// The tier id.
    pub tier: Text,
    /// The count.
    pub count: u32,
    /// Where it is stated.
    pub source: Source,
}

/// A deal situation with its own sequence of discount steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Situation {
    /// Stable id within the product.
    pub id: Text,
    /// Display name.
    pub name: I18n,
    /// The document's condition for this situation, if any.
    pub condition: Option<I18n>,
    /// A cap on all steps together, invoice and paid later.
    pub cap: Option<Cap>,
    /// The steps, applied in order, each a percentage of the list total.
    pub steps: List<Step>,
}

/// A cap on the sum of a situation's percentages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Cap {
    /// The highest total.
    pub percent: Percent,
    /// Where the cap is stated.
    pub source: Source,
}

/// One discount, bonus or rebate: a percentage of the list total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Step {
    /// Stable id within the situation; request choices name it.
    pub id: Text,
    /// Display label.
    pub label: I18n,
    /// Whether it comes off this invoice or is paid back later.
    pub settlement: Settlement,
    /// Where its figures are stated.
    pub source: Source,
    /// Where the document shows that the step describes the partner or the
    /// whole deal, not one line: in a deal, every line of its product has
    /// the same value, set once. `None`: each line sets its own.
    #[serde(default)]
    pub deal_wide: Option<Source>,
    /// Its rate at each tier; a tier absent here does not get this step.
    pub rates: List<TierRate>,
}

/// How a step reaches the partner.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Settlement {
    /// Deducted from this invoice.
    Invoice,
    /// Paid back later, as the text says (free licences, quarterly rebate…).
    Later(I18n),
}

/// A step's rate at one tier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct TierRate {
    /// The tier id.
    pub tier: Text,
    /// The rate.
    pub rate: Rate,
}

/// The kinds of rate the documents use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rate {
    /// A fixed percentage.
    Fixed(Percent),
    /// "Up to X %": the user sets a value in the range; the vendor decides.
    UpTo(Range),
    /// A bonus that applies when the user says its condition is met.
    Bonus(Percent),
    /// One of several percentages, or none, as the user picks.
    OneOf(List<Pick>),
    /// Individual or by agreement: no figure, in the document's words.
    Individual(I18n),
}

/// The bounds of an "up to" rate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Range {
    /// The lowest value (usually 0).
    pub min: Percent,
    /// The highest value the document states.
    pub max: Percent,
}

/// One option of a [`Rate::OneOf`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Pick {
    /// Stable id; request choices name it.
    pub id: Text,
    /// Display label.
    pub label: I18n,
    /// Its percentage.
    pub percent: Percent,
}

impl Rate {
    /// The lowest and highest percentage this rate can take, or `None` for
    /// an individual rate, which has no figure.
    pub fn bounds(&self) -> Option<(Decimal, Decimal)> {
        match self {
            Rate::Fixed(p) => Some((p.0, p.0)),
            Rate::Bonus(p) => Some((Decimal::ZERO, p.0)),
            Rate::UpTo(range) => Some((range.min.0, range.max.0)),
            Rate::OneOf(picks) => {
                let percents = picks.iter().map(|p| p.percent.0);
                Some((Decimal::ZERO, percents.max().unwrap_or_default()))
            }
            Rate::Individual(_) => None,
        }
    }
}
