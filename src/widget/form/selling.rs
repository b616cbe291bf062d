//! The customer's price as typed: a discount off RRP or a selling amount,
//! each line's own discount, and the target margin of the goal seek; read
//! as the request's customer part, with a message next to a bad field.

use super::request::say;
use super::{Field, FieldError, Form};
use crate::engine::{CustomerError, CustomerRequest, Goal, Target};
use crate::model::{Lang, Programme};
use crate::widget::input::{parse_money, parse_percent, InputError};
use crate::widget::messages::Message;
use rust_decimal::Decimal;

/// How the customer's price is given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PriceMode {
    /// A discount off RRP, in percent.
    #[default]
    Discount,
    /// What the customer pays for the whole deal.
    Amount,
}

/// How the target margin is given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TargetMode {
    /// A percentage of the selling total.
    #[default]
    Percent,
    /// An amount.
    Amount,
}

/// The customer's price part of the form, as typed (empty: not asked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selling {
    /// How the price is given.
    pub mode: PriceMode,
    /// The discount or the amount, as typed.
    pub price: String,
    /// How the target margin is given.
    pub target_mode: TargetMode,
    /// The target margin, as typed.
    pub target: String,
}

impl Selling {
    /// Whether nothing is typed: the customer pays the RRP and no goal is sought.
    pub fn is_empty(&self) -> bool {
        self.price.trim().is_empty() && self.target.trim().is_empty()
    }
}

impl Form {
    /// Whether the customer's price is in use: something typed in its part
    /// or a line's own discount (the lines' discount fields show then).
    pub fn selling_in_use(&self) -> bool {
        !self.selling.is_empty() || self.lines.iter().any(|l| !l.discount.trim().is_empty())
    }

    /// The request's customer part: `None` when nothing is typed; the
    /// messages of its bad fields go to `errors`.
    pub(super) fn customer_request(&self, errors: &mut Vec<FieldError>) -> Option<CustomerRequest> {
        let lang = self.lang;
        let discounts: Vec<Option<Decimal>> = match self.selling.mode {
            PriceMode::Discount if self.lines.len() > 1 => self
                .lines
                .iter()
                .enumerate()
                .map(|(i, l)| percent(&l.discount, lang, Field::LineDiscount(i), errors))
                .collect(),
            _ => Vec::new(),
        };
        let typed = self.selling.price.trim();
        if self.selling.is_empty() && discounts.iter().all(Option::is_none) {
            return None;
        }
        let mut customer = CustomerRequest {
            line_discount_percent: discounts,
            ..CustomerRequest::default()
        };
        match self.selling.mode {
            PriceMode::Discount => {
                customer.discount_percent = percent(typed, lang, Field::Price, errors)
            }
            PriceMode::Amount if typed.is_empty() => {}
            PriceMode::Amount => {
                customer.amount = read(parse_money(typed, lang), lang, Field::Price, errors)
            }
        }
        let target = self.selling.target.trim();
        if !target.is_empty() {
            let field = Field::Target;
            customer.target = match self.selling.target_mode {
                TargetMode::Percent => {
                    read(parse_percent(target, lang), lang, field, errors).map(Target::Percent)
                }
                TargetMode::Amount => {
                    read(parse_money(target, lang), lang, field, errors).map(Target::Amount)
                }
            };
        }
        Some(customer)
    }

    /// The customer's price as the form gives it, for pricing other
    /// programmes at it (the compare view); `None` when not asked or when a
    /// field does not read.
    pub fn customer_part(&self) -> Option<CustomerRequest> {
        let mut errors = Vec::new();
        self.customer_request(&mut errors)
            .filter(|_| errors.is_empty())
    }

    /// Sets the customer's price to the goal seek's answer: the selling
    /// total, as an amount. Does nothing when the form does not price or no
    /// discount keeps the target.
    pub(super) fn apply_target(&mut self, programmes: &[Programme]) {
        let Ok(priced) = self.priced(programmes) else {
            return;
        };
        let Some(Goal::Found { selling_total, .. }) =
            priced.customer().and_then(|c| c.goal.clone())
        else {
            return;
        };
        self.selling.mode = PriceMode::Amount;
        self.selling.price = typed(selling_total, self.lang);
        for line in &mut self.lines {
            line.discount.clear();
        }
    }
}

/// A percentage as typed (empty: none), from 0 to 100.
fn percent(text: &str, lang: Lang, field: Field, errors: &mut Vec<FieldError>) -> Option<Decimal> {
    if text.trim().is_empty() {
        return None;
    }
    let value = read(parse_percent(text, lang), lang, field.clone(), errors)?;
    if value > Decimal::ONE_HUNDRED {
        // Beside its own field, a line's discount needs no line number.
        let error = CustomerError::DiscountOutOfRange;
        say(errors, field, error.message(lang));
        return None;
    }
    Some(value)
}

/// The value read, or its message in `errors`.
fn read(
    value: Result<Decimal, InputError>,
    lang: Lang,
    field: Field,
    errors: &mut Vec<FieldError>,
) -> Option<Decimal> {
    value.map_err(|e| say(errors, field, e.message(lang))).ok()
}

/// An amount as a person types it in `lang` (`9333,34`; `9333.34`).
fn typed(amount: Decimal, lang: Lang) -> String {
    let text = amount.to_string();
    match lang {
        Lang::Ru => text.replace('.', ","),
        Lang::En => text,
    }
}
