//! The customer's price: what the partner sells at (a discount off RRP, or
//! an amount), what the customer saves, the margin it leaves the partner,
//! and the goal seek — the largest discount that keeps a target margin.

use super::error::{CustomerError, QuoteError};
use super::money::{add, percent_of, round_money, share};
use super::quote::Quote;
use super::request::{CustomerRequest, Target};
use super::resale::{Goal, Resale, ResaleLine};
use rust_decimal::{Decimal, RoundingStrategy};

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

/// The lowest price, in steps of 0.01, that `keeps` the target, from an
/// `estimate` at most a cent off (the division behind it is exact to 28
/// digits): a cent up when it does not keep it, a cent down when a cent
/// less still does; never below zero.
fn settle(
    estimate: Decimal,
    keeps: &impl Fn(Decimal) -> Result<bool, QuoteError>,
) -> Result<Decimal, QuoteError> {
    let mut selling = estimate;
    if !keeps(selling)? {
        selling = add(selling, CENT)?;
    }
    if selling >= CENT && keeps(selling - CENT)? {
        selling -= CENT;
    }
    Ok(selling)
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
    let estimate = first.round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity);
    let selling = settle(estimate, &keeps)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(cents: i64) -> Decimal {
        Decimal::new(cents, 2)
    }

    #[test]
    fn settle_moves_an_estimate_a_cent_off_to_the_exact_answer() {
        let at_least_ten = |s: Decimal| Ok(s >= d(1000));
        assert_eq!(settle(d(999), &at_least_ten), Ok(d(1000)), "a cent low");
        assert_eq!(settle(d(1001), &at_least_ten), Ok(d(1000)), "a cent high");
        assert_eq!(settle(d(1000), &at_least_ten), Ok(d(1000)));
        let anything = |_: Decimal| Ok(true);
        assert_eq!(settle(d(1), &anything), Ok(d(0)), "down to zero");
        assert_eq!(settle(d(0), &anything), Ok(d(0)), "never below");
    }
}
