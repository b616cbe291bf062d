//! A partner programme: its tiers, their thresholds and its product lines.

use super::number::Money;
use super::rule::{Share, Situation, TierCount};
use super::text::{I18n, List, Source, Text};
use serde::{Deserialize, Serialize};

/// One vendor's partner programme, as its document states it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Programme {
    /// Stable id, e.g. `directum`.
    pub id: Text,
    /// The vendor's name.
    pub vendor: I18n,
    /// The programme's name.
    pub name: I18n,
    /// The currency of all its money.
    pub currency: Currency,
    /// The document the programme is read from.
    pub source: Source,
    /// The date (ISO 8601) the figures were last checked against the document.
    pub data_date: Text,
    /// Tiers (statuses, levels), lowest first.
    pub tiers: List<Tier>,
    /// Product lines, each with its own discount rules.
    pub products: List<Product>,
    /// Programme-wide rules a quote should mention.
    #[serde(default)]
    pub notes: List<Fact>,
    /// What the document says about the price to the customer (resale),
    /// shown beside the customer's price; empty when it says nothing.
    #[serde(default)]
    pub resale: List<Fact>,
}

/// The currency a programme prices in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS, schemars::JsonSchema))]
pub enum Currency {
    /// Russian rouble, ₽.
    Rub,
    /// Kazakhstani tenge, ₸.
    Kzt,
}

/// A partner tier with what it takes and what it gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Tier {
    /// Stable id, e.g. `silver`.
    pub id: Text,
    /// Display name.
    pub name: I18n,
    /// The money threshold to reach it, where the document gives one.
    pub threshold: Option<Threshold>,
    /// Non-monetary requirements to obtain or keep it.
    #[serde(default)]
    pub requirements: List<Fact>,
    /// Benefits beyond the discounts (licences, hours, leads…).
    #[serde(default)]
    pub benefits: List<Fact>,
}

/// A sales threshold: how much, over which period, counted how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS, schemars::JsonSchema))]
pub struct Threshold {
    /// The amount, in the programme's currency.
    pub amount: Money,
    /// The period the sales are counted over.
    pub period: Period,
    /// What the sales are counted in.
    pub basis: Basis,
    /// Where the threshold is stated.
    pub source: Source,
}

/// The period a threshold counts sales over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS, schemars::JsonSchema))]
pub enum Period {
    /// The last 12 months.
    TwelveMonths,
    /// A year.
    Year,
}

/// What a threshold counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS, schemars::JsonSchema))]
pub enum Basis {
    /// The money paid to the vendor, after the partner's discount.
    VendorMoney,
    /// Sales volume as the document states it, without a further basis.
    Sales,
}

/// A statement from the document with its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS, schemars::JsonSchema))]
pub struct Fact {
    /// The statement.
    pub text: I18n,
    /// Where it is stated.
    pub source: Source,
}

/// What kind of thing a product line sells (used to compare programmes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Software licences.
    Licence,
    /// Subscriptions and cloud services.
    Subscription,
    /// Renewals of licences or subscriptions.
    Renewal,
    /// Hardware or hardware-software complexes.
    Hardware,
    /// Licences for the partner's own use.
    InternalUse,
    /// Services: support, updates, training, solutions.
    Service,
}

/// A product line with its own discount rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct Product {
    /// Stable id within the programme, e.g. `ti_software`.
    pub id: Text,
    /// Display name.
    pub name: I18n,
    /// What one unit of quantity is (licence, user…).
    pub unit: I18n,
    /// The kind of product, for comparisons.
    pub category: Category,
    /// Where the list price is a share of the entered price.
    pub list_share: Option<Share>,
    /// Per-tier limits on the quantity the rules apply to.
    #[serde(default)]
    pub user_limits: List<TierCount>,
    /// Deal situations, the first being the default.
    pub situations: List<Situation>,
    /// Where the document shows that the situation describes the whole
    /// deal: in a deal, every line of this product has the same one.
    #[serde(default)]
    pub deal_wide_situation: Option<Source>,
    /// Rules of this line a quote should mention.
    #[serde(default)]
    pub notes: List<Fact>,
}
