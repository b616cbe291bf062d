//! The customer's price: what the partner sells at (a discount off RRP, or
//! an amount), what the customer saves, the margin it leaves the partner,
//! and the goal seek — the largest discount that keeps a target margin.

use super::error::QuoteError;
use super::money::{add, percent_of, round_money, share};
use super::quote::Quote;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// The customer's price and a target margin, asked with a quote or a deal.
/// Nothing set: the customer pays the RRP.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomerRequest {
    /// A discount off RRP for the whole deal, in percent (0 to 100).
    #[serde(default)]
    pub discount_percent: Option<Decimal>,
    /// Lines' own discounts off RRP, by line index (`None`: the deal's).
    #[serde(default)]
    pub line_discount_percent: Vec<Option<Decimal>>,
    /// What the customer pays for the whole deal, instead of a discount.
    #[serde(default)]
    pub amount: Option<Decimal>,
    /// The margin to keep: the goal seek finds the largest discount that does.
    #[serde(default)]
    pub target: Option<Target>,
}

/// A margin the partner wants to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Target {
    /// A percentage of the selling total, from 0 up to (not including) 100.
    Percent(#[cfg_attr(test, ts(type = "string"))] Decimal),
    /// An amount, not negative.
    Amount(#[cfg_attr(test, ts(type = "string"))] Decimal),
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

/// One cent: the goal seek's step.
const CENT: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// The deal of `lines` sold at `customer`'s price: the selling total, the
/// saving, the margin left, and the goal seek when a target is asked for.
///
/// # Errors
/// A discount outside 0–100 %, a line discount for a line that does not
/// exist, a negative amount, both a discount and an amount, a target
/// outside its range, or amounts too large to compute exactly.
///
/// # Example
/// ```
/// use partner_calc::engine::{quote, resale, CustomerRequest, QuoteRequest, Target};
/// use partner_calc::programmes::ALL;
/// use rust_decimal::Decimal;
/// // Smart-Soft, Certified: Traffic Inspector at 30 % off 10 000.
/// let request = QuoteRequest {
///     vendor: "smart-soft".into(),
///     tier: "certified".into(),
///     product: "ti_software".into(),
///     situation: None,
///     quantity: 1.into(),
///     unit_price: 10_000.into(),
///     choices: Default::default(),
///     sales_last_12_months: None,
///     customer: None,
/// };
/// let q = quote(ALL, &request).unwrap();
/// let ten_off = CustomerRequest {
///     discount_percent: Some(10.into()),
///     target: Some(Target::Percent(25.into())),
///     ..CustomerRequest::default()
/// };
/// let sold = resale(std::slice::from_ref(&q), &ten_off).unwrap();
/// assert_eq!(sold.selling_total, Decimal::new(9_000_00, 2));
/// assert_eq!(sold.margin_left, Some(Decimal::new(2_000_00, 2)));
/// // 25 % of the selling total: 7 000 / 0.75 = 9 333.33…, so 9 333.34.
/// let goal = sold.goal.unwrap();
/// assert!(matches!(goal, partner_calc::engine::Goal::Found { selling_total, .. }
///     if selling_total == Decimal::new(9_333_34, 2)));
/// ```
pub fn resale(lines: &[Quote], customer: &CustomerRequest) -> Result<Resale, QuoteError> {
    check(lines.len(), customer).map_err(QuoteError::Customer)?;
    let mut list = Decimal::ZERO;
    let mut net = Some(Decimal::ZERO);
    let mut paid_later = Decimal::ZERO;
    for q in lines {
        list = add(list, q.list_total)?;
        net = match (net, q.net_total) {
            (Some(sum), Some(n)) => Some(add(sum, n)?),
            _ => None,
        };
        paid_later = add(paid_later, q.paid_later_total)?;
    }
    let (selling_total, sold) = match customer.amount {
        Some(amount) => (round_money(amount), Vec::new()),
        None => {
            let sold = sold_lines(lines, customer)?;
            let total = sold
                .iter()
                .try_fold(Decimal::ZERO, |t, l| add(t, l.selling))?;
            (round_money(total), sold)
        }
    };
    let margin_left = net.map(|n| selling_total - n);
    Ok(Resale {
        selling_total,
        saving: list - selling_total,
        saving_percent: share(list - selling_total, list),
        margin_left,
        margin_left_percent: margin_left.and_then(|m| share(m, selling_total)),
        below_net: margin_left.is_some_and(|m| m < Decimal::ZERO),
        paid_later_total: paid_later,
        lines: sold,
        goal: customer
            .target
            .map(|target| seek(list, net, target))
            .transpose()?,
    })
}

/// Each line at its own discount or the deal's.
fn sold_lines(lines: &[Quote], customer: &CustomerRequest) -> Result<Vec<ResaleLine>, QuoteError> {
    let deal = customer.discount_percent.unwrap_or(Decimal::ZERO);
    lines
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let own = customer.line_discount_percent.get(i).copied().flatten();
            let discount = own.unwrap_or(deal);
            let selling = q.list_total - percent_of(q.list_total, discount)?;
            Ok(ResaleLine {
                discount_percent: discount,
                selling,
                margin_left: q.net_total.map(|n| selling - n),
            })
        })
        .collect()
}

/// The request's figures within their ranges, for a deal of `lines` lines.
fn check(lines: usize, c: &CustomerRequest) -> Result<(), CustomerError> {
    let percent = |p: Decimal| p >= Decimal::ZERO && p <= Decimal::ONE_HUNDRED;
    if c.discount_percent.is_some_and(|p| !percent(p)) {
        return Err(CustomerError::DiscountOutOfRange);
    }
    for (i, own) in c.line_discount_percent.iter().enumerate() {
        if own.is_some_and(|p| !percent(p) || i >= lines) {
            return Err(CustomerError::LineDiscountOutOfRange(i));
        }
    }
    if c.amount.is_some_and(|a| a < Decimal::ZERO) {
        return Err(CustomerError::AmountNegative);
    }
    let discounted =
        c.discount_percent.is_some() || c.line_discount_percent.iter().any(|d| d.is_some());
    if c.amount.is_some() && discounted {
        return Err(CustomerError::DiscountAndAmount);
    }
    match c.target {
        Some(Target::Percent(p)) if p < Decimal::ZERO || p >= Decimal::ONE_HUNDRED => {
            Err(CustomerError::TargetOutOfRange)
        }
        Some(Target::Amount(a)) if a < Decimal::ZERO => Err(CustomerError::TargetOutOfRange),
        _ => Ok(()),
    }
}

/// The lowest selling total, in steps of 0.01, whose margin over `net`
/// keeps `target`; what the list total gives when no discount can.
fn seek(list: Decimal, net: Option<Decimal>, target: Target) -> Result<Goal, QuoteError> {
    let Some(net) = net else {
        return Ok(Goal::ByAgreement);
    };
    let keeps = |selling: Decimal| -> Result<bool, QuoteError> {
        let margin = selling - net;
        Ok(match target {
            Target::Amount(t) => margin >= t,
            // margin ÷ selling ≥ p ÷ 100, multiplied out to stay exact.
            Target::Percent(p) => {
                let left = margin
                    .checked_mul(Decimal::ONE_HUNDRED)
                    .ok_or(QuoteError::Overflow)?;
                let right = p.checked_mul(selling).ok_or(QuoteError::Overflow)?;
                left >= right && (p.is_zero() || !selling.is_zero())
            }
        })
    };
    let first = match target {
        Target::Amount(t) => add(net, t)?,
        Target::Percent(p) => net
            .checked_mul(Decimal::ONE_HUNDRED)
            .and_then(|n| n.checked_div(Decimal::ONE_HUNDRED - p))
            .ok_or(QuoteError::Overflow)?,
    };
    let mut selling = first.round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity);
    // The division is exact to 28 digits: step to the exact answer.
    while !keeps(selling)? && selling <= list {
        selling = add(selling, CENT)?;
    }
    while selling >= CENT && keeps(selling - CENT)? {
        selling -= CENT;
    }
    let selling = selling.max(Decimal::ZERO);
    if selling > list || !keeps(selling)? {
        let margin = list - net;
        return Ok(Goal::AboveProgramme {
            margin,
            margin_percent: share(margin, list),
        });
    }
    let margin = selling - net;
    Ok(Goal::Found {
        selling_total: round_money(selling),
        saving: round_money(list - selling),
        saving_percent: share(list - selling, list),
        margin_left: round_money(margin),
        margin_left_percent: share(margin, selling),
    })
}
