//! The words for every refusal the widget can meet: quote errors, typed
//! numbers, host values and options, from the text catalogue.

use super::format::number;
use super::host::{HostError, Problem};
use super::input::InputError;
use super::options::OptionError;
use crate::engine::QuoteError;
use crate::model::Lang;
use crate::text::{fill, texts};

/// Something refused that a person is told about.
pub trait Message {
    /// The message for a person, in `lang`.
    fn message(&self, lang: Lang) -> String;
}

impl Message for QuoteError {
    fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        let n = |d| number(d, lang);
        match self {
            QuoteError::UnknownVendor(id) => fill(t.unknown_vendor, &[("id", id)]),
            QuoteError::UnknownTier(id) => fill(t.unknown_tier, &[("id", id)]),
            QuoteError::UnknownProduct(id) => fill(t.unknown_product, &[("id", id)]),
            QuoteError::UnknownSituation(id) => fill(t.unknown_situation, &[("id", id)]),
            QuoteError::UnknownChoice(id) => fill(t.unknown_choice, &[("id", id)]),
            QuoteError::ChoiceMismatch { step } => fill(t.choice_mismatch, &[("step", step)]),
            QuoteError::UnknownPick { step, pick } => {
                fill(t.unknown_pick, &[("step", step), ("pick", pick)])
            }
            QuoteError::ValueOutOfRange { min, max, .. } => {
                fill(t.out_of_range, &[("min", &n(*min)), ("max", &n(*max))])
            }
            QuoteError::QuantityNotPositiveWhole => t.quantity_whole.into(),
            QuoteError::QuantityTooLarge(max) => fill(t.quantity_too_large, &[("max", &n(*max))]),
            QuoteError::PriceNegative => t.price_negative.into(),
            QuoteError::SalesNegative => t.sales_negative.into(),
            QuoteError::Overflow => t.overflow.into(),
        }
    }
}

impl Message for InputError {
    fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            InputError::Empty => t.input_empty.into(),
            InputError::NotANumber => t.input_not_a_number.into(),
            InputError::Negative => t.input_negative.into(),
            InputError::TooManyDecimals(count) => {
                fill(t.input_decimals, &[("count", &count.to_string())])
            }
            InputError::NotWhole => t.input_not_whole.into(),
            InputError::BelowOne => t.input_below_one.into(),
            InputError::TooLarge => t.input_too_large.into(),
        }
    }
}

impl Message for HostError {
    fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        let at_most = |text, max: usize| fill(text, &[("max", &max.to_string())]);
        let problem = match self.problem {
            Problem::NotAnObject => t.host_not_object.into(),
            Problem::NotText => t.host_not_text.into(),
            Problem::NotBool => t.host_not_bool.into(),
            Problem::NotAmount => t.host_not_amount.into(),
            Problem::NotChoice => t.host_not_choice.into(),
            Problem::Missing => t.host_missing.into(),
            Problem::NotLang => t.host_not_lang.into(),
            Problem::Unknown => t.host_unknown.into(),
            Problem::NotList => t.host_not_list.into(),
            Problem::NotCount => t.host_not_count.into(),
            Problem::Invalid => t.host_invalid.into(),
            Problem::TooMany(max) => at_most(t.host_too_many, max),
            Problem::TooLong(max) => at_most(t.host_too_long, max),
            Problem::TooLarge => t.host_too_large.into(),
            Problem::NotLink => t.host_not_link.into(),
        };
        match self.at.is_empty() {
            true => problem,
            false => fill(t.host_at, &[("at", &self.at), ("problem", &problem)]),
        }
    }
}

impl Message for OptionError {
    fn message(&self, lang: Lang) -> String {
        match self {
            OptionError::Value(e) => e.message(lang),
            OptionError::Id(e) => e.message(lang),
            OptionError::Rule(at, e) if at.is_empty() => e.to_string(),
            OptionError::Rule(at, e) => format!("{at}.{e}"),
        }
    }
}
