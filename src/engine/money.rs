//! Exact money arithmetic: checked operations and the one rounding rule.

use super::error::QuoteError;
use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds to 0.01, half away from zero, and shows two decimals: the rule
/// for every money line.
pub fn round_money(amount: Decimal) -> Decimal {
    let mut rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

/// `a × b`, or an overflow error.
pub fn mul(a: Decimal, b: Decimal) -> Result<Decimal, QuoteError> {
    a.checked_mul(b).ok_or(QuoteError::Overflow)
}

/// `a + b`, or an overflow error.
pub fn add(a: Decimal, b: Decimal) -> Result<Decimal, QuoteError> {
    a.checked_add(b).ok_or(QuoteError::Overflow)
}

/// `amount × percent / 100`, rounded to 0.01, or an overflow error.
pub fn percent_of(amount: Decimal, percent: Decimal) -> Result<Decimal, QuoteError> {
    let product = mul(amount, percent)?;
    let share = product
        .checked_div(Decimal::ONE_HUNDRED)
        .ok_or(QuoteError::Overflow)?;
    Ok(round_money(share))
}

/// `part ÷ whole × 100`, rounded to 0.01 half away from zero; `None` for a
/// zero whole or a result too large.
pub fn share(part: Decimal, whole: Decimal) -> Option<Decimal> {
    if whole.is_zero() {
        return None;
    }
    // Divided first: the largest deals' amounts × 100 would not fit.
    let percent = part.checked_div(whole)?.checked_mul(Decimal::ONE_HUNDRED)?;
    Some(round_money(percent))
}
