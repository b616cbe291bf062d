//! Pricing one deal at one tier: resolve the ids, apply the steps, cap them,
//! round each line and add the lines up.

use super::error::QuoteError;
use super::money::{add, mul, percent_of, round_money};
use super::quote::{Caveat, CaveatKind, ListShare, Quote, QuoteStep, RateKind};
use super::request::{ChoiceValue, QuoteRequest, MAX_QUANTITY};
use crate::model::{I18n, Product, Programme, Rate, Settlement, Situation, Step};
use rust_decimal::Decimal;

/// A request resolved against its programme: every id found, every number checked.
pub struct Resolved<'a> {
    /// The programme.
    pub programme: &'a Programme,
    /// Index of the requested tier in `programme.tiers`.
    pub tier_index: usize,
    /// The product.
    pub product: &'a Product,
    /// The deal situation.
    pub situation: &'a Situation,
    /// The request.
    pub request: &'a QuoteRequest,
}

impl<'a> Resolved<'a> {
    /// Finds the ids of `request` and checks its numbers and choices.
    pub fn resolve(
        programmes: &'a [Programme],
        request: &'a QuoteRequest,
    ) -> Result<Self, QuoteError> {
        let programme = programmes
            .iter()
            .find(|p| p.id == request.vendor)
            .ok_or_else(|| QuoteError::UnknownVendor(request.vendor.clone()))?;
        let tier_index = programme
            .tiers
            .iter()
            .position(|t| t.id == request.tier)
            .ok_or_else(|| QuoteError::UnknownTier(request.tier.clone()))?;
        let product = programme
            .products
            .iter()
            .find(|p| p.id == request.product)
            .ok_or_else(|| QuoteError::UnknownProduct(request.product.clone()))?;
        let situation = match &request.situation {
            Some(id) => product.situations.iter().find(|s| s.id == *id),
            None => product.situations.first(),
        }
        .ok_or_else(|| {
            QuoteError::UnknownSituation(request.situation.clone().unwrap_or_default())
        })?;
        let q = request.quantity;
        if q < Decimal::ONE || !q.fract().is_zero() {
            return Err(QuoteError::QuantityNotPositiveWhole);
        }
        if q > MAX_QUANTITY {
            return Err(QuoteError::QuantityTooLarge(MAX_QUANTITY));
        }
        if request.unit_price.is_sign_negative() && !request.unit_price.is_zero() {
            return Err(QuoteError::PriceNegative);
        }
        if request
            .sales_last_12_months
            .is_some_and(|s| s < Decimal::ZERO)
        {
            return Err(QuoteError::SalesNegative);
        }
        if let Some((step, _)) = request
            .choices
            .iter()
            .find(|(id, _)| !situation.steps.iter().any(|s| s.id == *id))
        {
            return Err(QuoteError::UnknownChoice(step.to_string()));
        }
        Ok(Resolved {
            programme,
            tier_index,
            product,
            situation,
            request,
        })
    }

    /// Prices the deal at the tier with index `tier_index`.
    pub fn price(&self, tier_index: usize) -> Result<Quote, QuoteError> {
        let tier = self
            .programme
            .tiers
            .get(tier_index)
            .ok_or_else(|| QuoteError::UnknownTier(self.request.tier.clone()))?;
        let request = self.request;
        let mut list_total = mul(request.quantity, request.unit_price)?;
        if let Some(share) = &self.product.list_share {
            list_total = percent_of(list_total, share.percent.0)?;
        }
        let list_total = round_money(list_total);

        let mut caveats = Vec::new();
        if let Some(condition) = &self.situation.condition {
            caveats.push(Caveat {
                kind: CaveatKind::Condition,
                step: None,
                text: Some(condition.clone()),
                figure: None,
            });
        }
        let mut steps = Vec::new();
        for step in self.situation.steps.iter() {
            let Some(rate) = step
                .rates
                .iter()
                .find(|r| r.tier == tier.id)
                .map(|r| &r.rate)
            else {
                continue;
            };
            let choice = request.choices.get(step.id.as_ref());
            steps.push(apply(step, rate, choice, &mut caveats)?);
        }
        if let Some(cap) = &self.situation.cap {
            apply_cap(&mut steps, cap.percent.0, &mut caveats)?;
        }

        let mut invoice = Some(Decimal::ZERO);
        let mut invoice_percent = Some(Decimal::ZERO);
        let mut later_percent = Decimal::ZERO;
        let mut paid_later_total = Decimal::ZERO;
        for step in &mut steps {
            step.amount = match step.percent {
                Some(p) => Some(percent_of(list_total, p)?),
                None => None,
            };
            match (&step.paid_later, step.percent, step.amount) {
                (Some(_), Some(p), Some(a)) => {
                    later_percent = add(later_percent, p)?;
                    paid_later_total = add(paid_later_total, a)?;
                }
                (None, Some(p), Some(a)) => {
                    invoice = invoice.map(|sum| add(sum, a)).transpose()?;
                    invoice_percent = invoice_percent.map(|sum| add(sum, p)).transpose()?;
                }
                _ => {
                    invoice = None;
                    invoice_percent = None;
                }
            }
        }
        let net_total = invoice.map(|discount| list_total - discount);
        if let Some(limit) = self.product.user_limits.iter().find(|l| l.tier == tier.id) {
            if request.quantity > Decimal::from(limit.count) {
                caveats.push(over_limit(limit.count, &self.product.unit));
            }
        }
        Ok(Quote {
            vendor: self.programme.id.to_string(),
            tier: tier.id.to_string(),
            product: self.product.id.to_string(),
            situation: self.situation.id.to_string(),
            currency: self.programme.currency,
            quantity: request.quantity,
            unit_price: request.unit_price,
            list_total,
            list_share: self.product.list_share.as_ref().map(|s| ListShare {
                percent: s.percent.0,
                of: s.of.clone(),
            }),
            steps,
            net_total,
            margin: invoice,
            effective_discount_percent: invoice_percent,
            paid_later_total,
            total_benefit_percent: invoice_percent.map(|p| add(p, later_percent)).transpose()?,
            caveats,
            next_tier: None,
            customer: None,
        })
    }
}

/// Turns one step and the user's choice into a waterfall line (amount later).
fn apply(
    step: &Step,
    rate: &Rate,
    choice: Option<&ChoiceValue>,
    caveats: &mut Vec<Caveat>,
) -> Result<QuoteStep, QuoteError> {
    let mismatch = || QuoteError::ChoiceMismatch {
        step: step.id.to_string(),
    };
    let (kind, chosen) = match (rate, choice) {
        (Rate::Fixed(p), None) => (RateKind::Fixed, Some(p.0)),
        (Rate::UpTo(range), None) => (RateKind::UpTo, Some(range.min.0)),
        (Rate::UpTo(range), Some(ChoiceValue::Percent(v))) => {
            if *v < range.min.0 || *v > range.max.0 {
                return Err(QuoteError::ValueOutOfRange {
                    step: step.id.to_string(),
                    min: range.min.0,
                    max: range.max.0,
                });
            }
            (RateKind::UpTo, Some(*v))
        }
        (Rate::Bonus(_), None) => (RateKind::Bonus, Some(Decimal::ZERO)),
        (Rate::Bonus(p), Some(ChoiceValue::On(on))) => {
            (RateKind::Bonus, Some(if *on { p.0 } else { Decimal::ZERO }))
        }
        (Rate::OneOf(_), None) => (RateKind::OneOf, Some(Decimal::ZERO)),
        (Rate::OneOf(picks), Some(ChoiceValue::Pick(id))) => {
            let percent = if id == "none" {
                Decimal::ZERO
            } else {
                let pick = picks.iter().find(|p| p.id == *id);
                pick.ok_or_else(|| QuoteError::UnknownPick {
                    step: step.id.to_string(),
                    pick: id.clone(),
                })?
                .percent
                .0
            };
            (RateKind::OneOf, Some(percent))
        }
        (Rate::Individual(words), None) => {
            caveats.push(Caveat {
                kind: CaveatKind::ByAgreement,
                step: Some(step.id.to_string()),
                text: Some(words.clone()),
                figure: None,
            });
            (RateKind::Individual, None)
        }
        _ => return Err(mismatch()),
    };
    let bounds = rate.bounds();
    if kind == RateKind::UpTo {
        if let Some((_, max)) = bounds {
            caveats.push(discretion(step, max));
        }
    }
    let paid_later = match &step.settlement {
        Settlement::Invoice => None,
        Settlement::Later(how) => {
            let said = caveats.iter().any(|c| c.text.as_ref() == Some(how));
            if chosen.is_some_and(|p| !p.is_zero()) && !said {
                caveats.push(Caveat {
                    kind: CaveatKind::PaidLater,
                    step: Some(step.id.to_string()),
                    text: Some(how.clone()),
                    figure: None,
                });
            }
            Some(how.clone())
        }
    };
    Ok(QuoteStep {
        id: step.id.to_string(),
        label: step.label.clone(),
        rate: kind,
        percent: chosen,
        amount: None,
        min_percent: bounds.map(|b| b.0),
        max_percent: bounds.map(|b| b.1),
        paid_later,
        capped: false,
        source: step.source.clone(),
    })
}

/// Cuts the steps, last first, until their percentages add up to `cap`.
fn apply_cap(
    steps: &mut [QuoteStep],
    cap: Decimal,
    caveats: &mut Vec<Caveat>,
) -> Result<(), QuoteError> {
    let total = steps
        .iter()
        .filter_map(|s| s.percent)
        .try_fold(Decimal::ZERO, add)?;
    let mut excess = total.checked_sub(cap).ok_or(QuoteError::Overflow)?;
    if excess <= Decimal::ZERO {
        return Ok(());
    }
    for step in steps.iter_mut().rev() {
        let Some(p) = step.percent else { continue };
        let cut = p.min(excess);
        if cut > Decimal::ZERO {
            step.percent = Some(p - cut);
            step.capped = true;
            excess -= cut;
        }
        if excess <= Decimal::ZERO {
            break;
        }
    }
    caveats.push(Caveat {
        kind: CaveatKind::Capped,
        step: None,
        text: None,
        figure: Some(cap),
    });
    Ok(())
}

/// The caveat for a value the user set within an "up to" range.
fn discretion(step: &Step, max: Decimal) -> Caveat {
    Caveat {
        kind: CaveatKind::Discretion,
        step: Some(step.id.to_string()),
        text: Some(step.label.clone()),
        figure: Some(max),
    }
}

/// The caveat for a quantity above the tier's user limit of `count` `unit`s.
fn over_limit(count: u32, unit: &I18n) -> Caveat {
    Caveat {
        kind: CaveatKind::OverUserLimit,
        step: None,
        text: Some(unit.clone()),
        figure: Some(Decimal::from(count)),
    }
}
