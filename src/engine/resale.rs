//! What selling at the customer's price leaves the partner: the selling
//! total, the saving, the margin left, each line, and the goal seek's answer.

use rust_decimal::Decimal;
use serde::Serialize;

/// What selling at the customer's price leaves the partner. Amounts are
/// rounded to 0.01 per line; `margin_left = selling_total − net_total`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Resale {
    /// What the customer pays.
    #[cfg_attr(test, ts(type = "string"))]
    pub selling_total: Decimal,
    /// What the customer saves: list total − selling total.
    #[cfg_attr(test, ts(type = "string"))]
    pub saving: Decimal,
    /// The saving as a percentage of the list total; `None` for a zero list.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub saving_percent: Option<Decimal>,
    /// The partner's margin at the moment of sale; `None` by agreement.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub margin_left: Option<Decimal>,
    /// The margin left as a percentage of the selling total; `None` by
    /// agreement or for a zero selling total.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub margin_left_percent: Option<Decimal>,
    /// True when the selling total is below the partner's net price: a loss.
    pub below_net: bool,
    /// Bonuses paid back later, apart from the margin at the moment of sale.
    #[cfg_attr(test, ts(type = "string"))]
    pub paid_later_total: Decimal,
    /// Each line at its discount; empty when the price is an amount.
    pub lines: Vec<ResaleLine>,
    /// The goal seek's answer, when a target was asked for.
    pub goal: Option<Goal>,
}

/// One line sold at its discount.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ResaleLine {
    /// The line's discount off RRP, in percent.
    #[cfg_attr(test, ts(type = "string"))]
    pub discount_percent: Decimal,
    /// What the customer pays for the line.
    #[cfg_attr(test, ts(type = "string"))]
    pub selling: Decimal,
    /// The line's selling price − its net price; `None` by agreement.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub margin_left: Option<Decimal>,
}

/// The goal seek's answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Goal {
    /// The lowest selling total (in steps of 0.01) that keeps the target:
    /// the largest discount.
    Found {
        /// What the customer pays.
        #[cfg_attr(test, ts(type = "string"))]
        selling_total: Decimal,
        /// The largest discount that keeps the target, in money.
        #[cfg_attr(test, ts(type = "string"))]
        saving: Decimal,
        /// That discount as a percentage of the list total.
        #[cfg_attr(test, ts(type = "string | null"))]
        saving_percent: Option<Decimal>,
        /// The margin left at that price.
        #[cfg_attr(test, ts(type = "string"))]
        margin_left: Decimal,
        /// The margin left as a percentage of the selling total.
        #[cfg_attr(test, ts(type = "string | null"))]
        margin_left_percent: Option<Decimal>,
    },
    /// No discount keeps the target: even at RRP the programme gives less.
    AboveProgramme {
        /// The margin at RRP.
        #[cfg_attr(test, ts(type = "string"))]
        margin: Decimal,
        /// The margin at RRP as a percentage of the list total.
        #[cfg_attr(test, ts(type = "string | null"))]
        margin_percent: Option<Decimal>,
    },
    /// The partner's price is by agreement: no margin can be worked out.
    ByAgreement,
}
