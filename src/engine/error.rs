//! Why a quote was refused, with a message for a person in either language.

use crate::model::Lang;
use rust_decimal::Decimal;
use std::fmt;

/// A rejected quote request. [`QuoteError::message`] says why to a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteError {
    /// No programme has this id.
    UnknownVendor(String),
    /// The programme has no tier with this id.
    UnknownTier(String),
    /// The programme has no product with this id.
    UnknownProduct(String),
    /// The product has no deal situation with this id.
    UnknownSituation(String),
    /// A choice names a step the deal situation does not have.
    UnknownChoice(String),
    /// A choice's kind does not fit its step (e.g. a percent for a bonus).
    ChoiceMismatch {
        /// The step id.
        step: String,
    },
    /// A one-of choice names an option the step does not have.
    UnknownPick {
        /// The step id.
        step: String,
        /// The option id given.
        pick: String,
    },
    /// A chosen percentage is outside the document's range.
    ValueOutOfRange {
        /// The step id.
        step: String,
        /// The lowest allowed.
        min: Decimal,
        /// The highest allowed.
        max: Decimal,
    },
    /// The quantity is not a whole number of at least 1.
    QuantityNotPositiveWhole,
    /// The quantity is above the largest accepted.
    QuantityTooLarge(Decimal),
    /// The unit price is negative.
    PriceNegative,
    /// The sales figure is negative.
    SalesNegative,
    /// The amounts are too large to compute exactly.
    Overflow,
}

impl QuoteError {
    /// The message for a person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let ru = lang == Lang::Ru;
        match self {
            QuoteError::UnknownVendor(id) if ru => format!("Неизвестная программа «{id}»"),
            QuoteError::UnknownVendor(id) => format!("Unknown programme “{id}”"),
            QuoteError::UnknownTier(id) if ru => format!("В программе нет статуса «{id}»"),
            QuoteError::UnknownTier(id) => format!("The programme has no tier “{id}”"),
            QuoteError::UnknownProduct(id) if ru => format!("В программе нет продукта «{id}»"),
            QuoteError::UnknownProduct(id) => format!("The programme has no product “{id}”"),
            QuoteError::UnknownSituation(id) if ru => {
                format!("Для продукта нет ситуации сделки «{id}»")
            }
            QuoteError::UnknownSituation(id) => format!("The product has no deal situation “{id}”"),
            QuoteError::UnknownChoice(id) if ru => format!("В этой сделке нет параметра «{id}»"),
            QuoteError::UnknownChoice(id) => format!("This deal has no option “{id}”"),
            QuoteError::ChoiceMismatch { step } if ru => {
                format!("Значение не подходит для параметра «{step}»")
            }
            QuoteError::ChoiceMismatch { step } => {
                format!("The value does not fit option “{step}”")
            }
            QuoteError::UnknownPick { step, pick } if ru => {
                format!("У параметра «{step}» нет варианта «{pick}»")
            }
            QuoteError::UnknownPick { step, pick } => {
                format!("Option “{step}” has no choice “{pick}”")
            }
            QuoteError::ValueOutOfRange { min, max, .. } if ru => {
                format!(
                    "Введите значение от {} до {} %",
                    super::format::number(*min, lang),
                    super::format::number(*max, lang)
                )
            }
            QuoteError::ValueOutOfRange { min, max, .. } => {
                format!(
                    "Enter a value from {} to {} %",
                    super::format::number(*min, lang),
                    super::format::number(*max, lang)
                )
            }
            QuoteError::QuantityNotPositiveWhole if ru => {
                "Количество — целое число не меньше 1".to_string()
            }
            QuoteError::QuantityNotPositiveWhole => {
                "The quantity must be a whole number of at least 1".to_string()
            }
            QuoteError::QuantityTooLarge(max) if ru => {
                format!(
                    "Количество не может быть больше {}",
                    super::format::number(*max, lang)
                )
            }
            QuoteError::QuantityTooLarge(max) => format!(
                "The quantity cannot exceed {}",
                super::format::number(*max, lang)
            ),
            QuoteError::PriceNegative if ru => "Цена не может быть отрицательной".to_string(),
            QuoteError::PriceNegative => "The price cannot be negative".to_string(),
            QuoteError::SalesNegative if ru => {
                "Сумма продаж не может быть отрицательной".to_string()
            }
            QuoteError::SalesNegative => "The sales amount cannot be negative".to_string(),
            QuoteError::Overflow if ru => "Суммы слишком велики для точного расчета".to_string(),
            QuoteError::Overflow => "The amounts are too large to compute exactly".to_string(),
        }
    }
}

impl fmt::Display for QuoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for QuoteError {}
