//! The next tier up: what it takes, what is left to sell, and this deal there.

use super::money::round_money;
use super::price::Resolved;
use super::quote::Quote;
use crate::model::{Basis, Fact, I18n, Threshold, Tier};
use rust_decimal::Decimal;
use serde::Serialize;

/// A tier above the current one whose money threshold the sales already
/// meet. Only the threshold: its other requirements still apply.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MetTier {
    /// Tier id.
    pub tier: String,
    /// Tier name.
    pub name: I18n,
    /// The threshold the sales meet.
    pub threshold: Threshold,
    /// Its non-monetary requirements, never assumed met.
    pub requirements: Vec<Fact>,
}

/// Where the sales point above the tier at `current`: the first tier whose
/// money threshold they do not yet meet (a tier without one, or any tier
/// when there is no sales figure, stops the climb), or the highest tier when
/// they meet every threshold above; and the tiers passed on the way, whose
/// thresholds they meet. `None` at the top.
pub(super) fn climb(
    tiers: &[Tier],
    current: usize,
    sales: Option<Decimal>,
) -> Option<(usize, Vec<MetTier>)> {
    let above = tiers.get(current + 1..).filter(|a| !a.is_empty())?;
    let mut met = Vec::new();
    for (offset, tier) in above.iter().enumerate() {
        let reached = match (&tier.threshold, sales) {
            (Some(t), Some(s)) if s >= t.amount.0 => t,
            _ => return Some((current + 1 + offset, met)),
        };
        if offset + 1 < above.len() {
            met.push(MetTier {
                tier: tier.id.to_string(),
                name: tier.name.clone(),
                threshold: reached.clone(),
                requirements: tier.requirements.to_vec(),
            });
        }
    }
    Some((tiers.len() - 1, met))
}

/// The next tier to aim for above the quoted one.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NextTier {
    /// Tier id.
    pub tier: String,
    /// Tier name.
    pub name: I18n,
    /// Its money threshold, where the document gives one.
    pub threshold: Option<Threshold>,
    /// What is left to sell to reach the threshold (0 when already reached),
    /// in the threshold's basis; `None` without a threshold or sales figure.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub remaining: Option<Decimal>,
    /// For a threshold in vendor money: the sales at RRP that pay the vendor
    /// `remaining` at this quote's discount.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub remaining_at_rrp: Option<Decimal>,
    /// Its non-monetary requirements.
    pub requirements: Vec<Fact>,
    /// What it unlocks beyond discounts.
    pub unlocks: Vec<Fact>,
    /// The tiers between the quoted one and this one whose money threshold
    /// the sales already meet (their other requirements still apply).
    pub met: Vec<MetTier>,
    /// This same deal priced at that tier, when it can be priced.
    pub quote: Option<Quote>,
    /// How much more margin this deal would earn there.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub gain: Option<Decimal>,
}

/// The next tier to aim for above `current`'s (see `climb`), or `None`
/// at the top.
pub fn next_tier(deal: &Resolved<'_>, current: &Quote) -> Option<NextTier> {
    let sales = deal.request.sales_last_12_months;
    let (index, met) = climb(&deal.programme.tiers, deal.tier_index, sales)?;
    let tier = deal.programme.tiers.get(index)?;
    let remaining = match (&tier.threshold, sales) {
        (Some(t), Some(s)) => t.amount.0.checked_sub(s).map(|r| r.max(Decimal::ZERO)),
        _ => None,
    };
    let remaining_at_rrp = match (
        &tier.threshold,
        remaining,
        current.effective_discount_percent,
    ) {
        (Some(t), Some(r), Some(d))
            if t.basis == Basis::VendorMoney && d < Decimal::ONE_HUNDRED =>
        {
            let at_rrp = Decimal::ONE_HUNDRED.checked_sub(d).and_then(|paid_share| {
                r.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(paid_share)
            });
            at_rrp.map(round_money)
        }
        _ => None,
    };
    let quote = deal.price(index).ok();
    let gain = match (&quote, current.net_total) {
        (Some(q), Some(now)) => q.net_total.and_then(|then| now.checked_sub(then)),
        _ => None,
    };
    Some(NextTier {
        tier: tier.id.to_string(),
        name: tier.name.clone(),
        threshold: tier.threshold.clone(),
        remaining,
        remaining_at_rrp,
        requirements: tier.requirements.to_vec(),
        unlocks: tier.benefits.to_vec(),
        met,
        quote,
        gain,
    })
}
