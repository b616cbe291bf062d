//! How the form becomes a priced deal: each line's typed values read as a
//! request, the messages for the fields that do not read, and the engine's
//! refusals placed next to the field they concern.

use super::{ControlKind, Field, Form};
use crate::engine::{
    deal_ladder, ChoiceValue, Choices, CustomerError, DealError, DealLine, DealQuote, DealRequest,
    Quote, QuoteError, QuoteRequest, Resale,
};
use crate::model::{Currency, Lang, Programme, Tier};
use crate::widget::input::{parse_money, parse_percent, parse_quantity};
use crate::widget::messages::Message;
use rust_decimal::Decimal;
use serde::Serialize;

/// A message for a person, next to a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// The message, in the form's language.
    pub message: String,
}

/// What pricing the form gives: the priced deal, or the messages for its
/// bad fields.
pub type Priced = Result<Pricing, Vec<FieldError>>;

/// A priced form; written as the quote or the deal quote it holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Pricing {
    /// A deal of one line: the single quote, with its next tier.
    One(Quote),
    /// A deal of several lines: each line and the totals.
    Deal(DealQuote),
}

impl Pricing {
    /// The currency of every amount.
    pub fn currency(&self) -> Currency {
        match self {
            Pricing::One(q) => q.currency,
            Pricing::Deal(d) => d.currency,
        }
    }

    /// The list total of the deal.
    pub fn list_total(&self) -> Decimal {
        match self {
            Pricing::One(q) => q.list_total,
            Pricing::Deal(d) => d.list_total,
        }
    }

    /// The partner's price for the deal; `None` by agreement.
    pub fn net_total(&self) -> Option<Decimal> {
        match self {
            Pricing::One(q) => q.net_total,
            Pricing::Deal(d) => d.net_total,
        }
    }

    /// The partner's margin on the deal; `None` by agreement.
    pub fn margin(&self) -> Option<Decimal> {
        match self {
            Pricing::One(q) => q.margin,
            Pricing::Deal(d) => d.margin,
        }
    }

    /// The deal's discount in percent of its list total; `None` by agreement.
    pub fn effective_discount_percent(&self) -> Option<Decimal> {
        match self {
            Pricing::One(q) => q.effective_discount_percent,
            Pricing::Deal(d) => d.effective_discount_percent,
        }
    }

    /// The next tier's id, if there is one.
    pub fn next_tier(&self) -> Option<&str> {
        match self {
            Pricing::One(q) => q.next_tier.as_ref().map(|n| n.tier.as_str()),
            Pricing::Deal(d) => d.next_tier.as_ref().map(|n| n.tier.as_str()),
        }
    }

    /// Whether the sales already meet the money threshold of tier `tier`
    /// (between this one and the next).
    pub fn met(&self, tier: &str) -> bool {
        let met = match self {
            Pricing::One(q) => q.next_tier.as_ref().map(|n| &n.met),
            Pricing::Deal(d) => d.next_tier.as_ref().map(|n| &n.met),
        };
        met.is_some_and(|m| m.iter().any(|m| m.tier == tier))
    }

    /// The deal sold at the customer's price, when the form asks.
    pub fn customer(&self) -> Option<&Resale> {
        match self {
            Pricing::One(q) => q.customer.as_ref(),
            Pricing::Deal(d) => d.customer.as_ref(),
        }
    }

    /// Each line's quote, in order.
    pub fn lines(&self) -> &[Quote] {
        match self {
            Pricing::One(q) => std::slice::from_ref(q),
            Pricing::Deal(d) => &d.lines,
        }
    }
}

impl Form {
    /// The deal the form describes, or the messages for its bad fields.
    pub fn request(&self, programmes: &[Programme]) -> Result<DealRequest, Vec<FieldError>> {
        let lang = self.lang;
        let mut errors = Vec::new();
        let sales = if self.sales.trim().is_empty() {
            None
        } else {
            parse_money(&self.sales, lang)
                .map_err(|e| say(&mut errors, Field::Sales, e.message(lang)))
                .ok()
        };
        let lines: Vec<Option<DealLine>> = (0..self.lines.len())
            .map(|i| self.line(programmes, i, &mut errors))
            .collect();
        let customer = self.customer_request(&mut errors);
        match lines.into_iter().collect::<Option<Vec<_>>>() {
            Some(lines) if errors.is_empty() => Ok(DealRequest {
                vendor: self.vendor.clone(),
                tier: self.tier.clone(),
                lines,
                sales_last_12_months: sales,
                customer,
            }),
            _ => Err(errors),
        }
    }

    /// Line `i` as a request line; `None` (with its messages in `errors`)
    /// when a field does not read.
    fn line(
        &self,
        programmes: &[Programme],
        i: usize,
        errors: &mut Vec<FieldError>,
    ) -> Option<DealLine> {
        let lang = self.lang;
        let line = &self.lines[i];
        let quantity = parse_quantity(&line.quantity, lang)
            .map_err(|e| say(errors, Field::Quantity(i), e.message(lang)));
        // A line that follows another takes its price from it.
        let unit_price = match line.share_of {
            Some(_) => Ok(Decimal::ZERO),
            None => parse_money(&line.unit_price, lang)
                .map_err(|e| say(errors, Field::UnitPrice(i), e.message(lang))),
        };
        let mut choices = Choices::default();
        let mut ok = true;
        for control in self.controls(programmes, i) {
            let step = control.id;
            let at = (!control.deal_wide).then_some(i);
            let Some(chosen) = self.chosen(i, control.deal_wide) else {
                continue;
            };
            let value = match &control.kind {
                ControlKind::Range(range) => {
                    let Some(text) = chosen.percent(step).filter(|t| !t.trim().is_empty()) else {
                        continue;
                    };
                    let field = Field::Step(at, step.to_string());
                    match parse_percent(text, lang) {
                        Ok(v) if v < range.min.0 || v > range.max.0 => {
                            let e = QuoteError::ValueOutOfRange {
                                step: step.to_string(),
                                min: range.min.0,
                                max: range.max.0,
                            };
                            ok = false;
                            say(errors, field, e.message(lang));
                            continue;
                        }
                        Ok(v) => ChoiceValue::Percent(v),
                        Err(e) => {
                            ok = false;
                            say(errors, field, e.message(lang));
                            continue;
                        }
                    }
                }
                ControlKind::Bonus(_) => match chosen.bonus(step) {
                    Some(on) => ChoiceValue::On(on),
                    None => continue,
                },
                ControlKind::OneOf(_) => match chosen.pick(step) {
                    Some(id) => ChoiceValue::Pick(id.to_string()),
                    None => continue,
                },
            };
            choices.insert(step.to_string(), value);
        }
        Some(DealLine {
            product: line.product.clone(),
            situation: Some(line.situation.clone()),
            quantity: quantity.ok()?,
            unit_price: unit_price.ok()?,
            choices,
            share_of: line.share_of,
        })
        .filter(|_| ok)
    }

    /// What the form prices to: one line as the single quote (with its
    /// next tier), several as a deal; or the messages for its bad fields.
    pub fn priced(&self, programmes: &[Programme]) -> Priced {
        let request = self.request(programmes)?;
        let lang = self.lang;
        if let [line] = request.lines.as_slice() {
            let single = single(&request, line);
            return crate::engine::quote(programmes, &single)
                .map(Pricing::One)
                .map_err(|e| vec![placed(&e, 0, lang, e.message(lang))]);
        }
        crate::engine::quote_deal(programmes, &request)
            .map(Pricing::Deal)
            .map_err(|e| {
                vec![match &e {
                    DealError::Line { line, error } => placed(error, *line, lang, e.message(lang)),
                    DealError::Deal(error) => placed(error, 0, lang, e.message(lang)),
                    _ => FieldError {
                        field: Field::Form,
                        message: e.message(lang),
                    },
                }]
            })
    }

    /// The same deal priced at every tier of the programme, lowest first
    /// (a deal of several lines without its next tier at each).
    pub fn ladder<'a>(&self, programmes: &'a [Programme]) -> Vec<(&'a Tier, Option<Pricing>)> {
        let Some(programme) = self.programme(programmes) else {
            return Vec::new();
        };
        if self.lines.len() > 1 {
            let rungs = self
                .request(programmes)
                .ok()
                .and_then(|r| deal_ladder(programmes, &r).ok())
                .unwrap_or_default();
            return programme
                .tiers
                .iter()
                .enumerate()
                .map(|(i, tier)| (tier, rungs.get(i).cloned().flatten().map(Pricing::Deal)))
                .collect();
        }
        programme
            .tiers
            .iter()
            .map(|tier| {
                let at = Form {
                    tier: tier.id.to_string(),
                    ..self.clone()
                };
                (tier, at.priced(programmes).ok())
            })
            .collect()
    }
}

/// The single request of a one-line deal.
fn single(deal: &DealRequest, line: &DealLine) -> QuoteRequest {
    QuoteRequest {
        vendor: deal.vendor.clone(),
        tier: deal.tier.clone(),
        product: line.product.clone(),
        situation: line.situation.clone(),
        quantity: line.quantity,
        unit_price: line.unit_price,
        choices: line.choices.clone(),
        sales_last_12_months: deal.sales_last_12_months,
        customer: deal.customer.clone(),
    }
}

/// `error` of line `line` next to the field it concerns, in `lang`; said as
/// `whole` (which names the line) when it concerns the form as a whole.
fn placed(error: &QuoteError, line: usize, lang: Lang, whole: String) -> FieldError {
    let lang_free = |field| FieldError {
        message: match field {
            Field::Form => whole.clone(),
            _ => error.message(lang),
        },
        field,
    };
    match error {
        QuoteError::ValueOutOfRange { step, .. }
        | QuoteError::ChoiceMismatch { step }
        | QuoteError::UnknownPick { step, .. } => lang_free(Field::Step(Some(line), step.clone())),
        QuoteError::QuantityNotPositiveWhole | QuoteError::QuantityTooLarge(_) => {
            lang_free(Field::Quantity(line))
        }
        QuoteError::PriceNegative | QuoteError::Overflow => lang_free(Field::UnitPrice(line)),
        QuoteError::SalesNegative => lang_free(Field::Sales),
        QuoteError::Customer(e) => lang_free(match e {
            CustomerError::LineDiscountOutOfRange(i) => Field::LineDiscount(*i),
            CustomerError::TargetOutOfRange => Field::Target,
            CustomerError::DiscountOutOfRange
            | CustomerError::AmountNegative
            | CustomerError::DiscountAndAmount => Field::Price,
        }),
        _ => lang_free(Field::Form),
    }
}

/// Adds `message` for `field` to `errors`, once.
pub(super) fn say(errors: &mut Vec<FieldError>, field: Field, message: String) {
    if errors.iter().all(|e| e.field != field) {
        errors.push(FieldError { field, message });
    }
}

#[cfg(test)]
impl Form {
    /// The first line's quote (for tests of one-line forms).
    pub(crate) fn quote(&self, programmes: &[Programme]) -> Result<Quote, Vec<FieldError>> {
        self.priced(programmes).map(|p| p.lines()[0].clone())
    }
}
