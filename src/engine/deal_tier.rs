//! The next tier up for a deal: what is left to reach it before and after
//! this deal is counted, what it unlocks, and the whole deal priced there.

use super::deal::{DealQuote, Lines};
use super::money::round_money;
use super::next_tier::{climb, MetTier};
use crate::model::{Basis, Fact, I18n, Threshold};
use rust_decimal::Decimal;
use serde::Serialize;

/// The next tier to aim for above the deal's.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DealNextTier {
    /// Tier id.
    pub tier: String,
    /// Tier name.
    pub name: I18n,
    /// Its money threshold, where the document gives one.
    pub threshold: Option<Threshold>,
    /// What is left to reach the threshold before this deal (0 when reached),
    /// in the threshold's basis; `None` without a threshold or sales figure.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub remaining_before: Option<Decimal>,
    /// What is left once this deal is counted; `None` when `after_unknown`
    /// says why it cannot be known.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub remaining_after: Option<Decimal>,
    /// Why there is no after-deal figure.
    pub after_unknown: Option<AfterUnknown>,
    /// Its non-monetary requirements.
    pub requirements: Vec<Fact>,
    /// What it unlocks beyond discounts.
    pub unlocks: Vec<Fact>,
    /// The tiers between the deal's and this one whose money threshold the
    /// sales already meet before this deal (their other requirements still apply).
    pub met: Vec<MetTier>,
    /// The whole deal priced at that tier, when it can be priced.
    pub quote: Option<DealQuote>,
    /// How much more margin the deal earns there.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub gain: Option<Decimal>,
}

/// Why the amount left after this deal is not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum AfterUnknown {
    /// The tier has no money threshold.
    NoThreshold,
    /// No sales figure was given, so nothing is known before the deal either.
    NoSales,
    /// The document does not say what its sales count (at RRP or what the
    /// partner pays), so the deal's share of it is unknown.
    BasisNotStated,
    /// A line is priced by agreement, so what the partner pays is unknown.
    NetByAgreement,
}

/// The next tier to aim for above `current`'s by the sales before the deal
/// (see `climb`), with the deal counted, or `None` at the top.
pub(super) fn next_tier(deal: &Lines<'_>, current: &DealQuote) -> Option<DealNextTier> {
    let sales = deal.request.sales_last_12_months;
    let (index, met) = climb(&deal.programme.tiers, deal.tier_index, sales)?;
    let tier = deal.programme.tiers.get(index)?;
    let remaining_before = match (&tier.threshold, sales) {
        (Some(t), Some(s)) => t
            .amount
            .0
            .checked_sub(s)
            .map(|r| round_money(r.max(Decimal::ZERO))),
        _ => None,
    };
    // For a threshold in vendor money, the deal adds what the partner pays the vendor.
    let (remaining_after, after_unknown) = match (&tier.threshold, remaining_before) {
        (None, _) => (None, Some(AfterUnknown::NoThreshold)),
        (Some(_), None) => (None, Some(AfterUnknown::NoSales)),
        (Some(t), Some(_)) if t.basis != Basis::VendorMoney => {
            (None, Some(AfterUnknown::BasisNotStated))
        }
        (Some(_), Some(before)) => match current.net_total {
            Some(net) => (
                before
                    .checked_sub(net)
                    .map(|r| round_money(r.max(Decimal::ZERO))),
                None,
            ),
            None => (None, Some(AfterUnknown::NetByAgreement)),
        },
    };
    let quote = deal.price(index).ok();
    let gain = match (&quote, current.net_total) {
        (Some(q), Some(now)) => q.net_total.and_then(|then| now.checked_sub(then)),
        _ => None,
    };
    Some(DealNextTier {
        tier: tier.id.to_string(),
        name: tier.name.clone(),
        threshold: tier.threshold.clone(),
        remaining_before,
        remaining_after,
        after_unknown,
        requirements: tier.requirements.to_vec(),
        unlocks: tier.benefits.to_vec(),
        met,
        quote,
        gain,
    })
}
