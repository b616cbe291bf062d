//! The words for every refusal the widget can meet: quote errors, typed
//! numbers, host values, options and programme validation, from the text
//! catalogue.

use super::format::number;
use super::host::{HostError, LineError, Problem};
use super::input::InputError;
use super::options::OptionError;
use crate::engine::{CustomerError, DealError, QuoteError};
use crate::model::{Invalid, Lang, ValidationError};
use crate::text::{customer_texts, deal_texts, fill, texts};

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
            QuoteError::Customer(e) => e.message(lang),
        }
    }
}

impl Message for CustomerError {
    fn message(&self, lang: Lang) -> String {
        let t = customer_texts(lang);
        match self {
            CustomerError::DiscountOutOfRange => t.customer_discount_range.into(),
            CustomerError::LineDiscountOutOfRange(i) => fill(
                t.line_discount_range,
                &[("line", &i.saturating_add(1).to_string())],
            ),
            CustomerError::AmountNegative => t.amount_negative.into(),
            CustomerError::DiscountAndAmount => t.discount_and_amount.into(),
            CustomerError::TargetOutOfRange => t.target_range.into(),
        }
    }
}

impl Message for DealError {
    fn message(&self, lang: Lang) -> String {
        let t = deal_texts(lang);
        let line = |i: &usize| i.saturating_add(1).to_string();
        match self {
            DealError::NoLines => t.deal_no_lines.into(),
            DealError::TooManyLines(max) => {
                fill(t.deal_too_many_lines, &[("max", &max.to_string())])
            }
            DealError::Deal(error) => error.message(lang),
            DealError::Line { line: i, error } => fill(
                t.deal_line,
                &[("line", &line(i)), ("problem", &error.message(lang))],
            ),
            DealError::BadShare { line: i } => fill(t.deal_bad_share, &[("line", &line(i))]),
            DealError::DealWideDiffers {
                line: i,
                step: Some(step),
            } => fill(t.deal_wide_differs, &[("line", &line(i)), ("step", step)]),
            DealError::DealWideDiffers {
                line: i,
                step: None,
            } => fill(t.deal_situation_differs, &[("line", &line(i))]),
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
            Problem::LabelTooLong { max, length } => fill(
                t.host_label_too_long,
                &[("max", &max.to_string()), ("length", &length.to_string())],
            ),
        };
        match self.at.is_empty() {
            true => problem,
            false => fill(t.host_at, &[("at", &self.at), ("problem", &problem)]),
        }
    }
}

impl Message for LineError {
    fn message(&self, lang: Lang) -> String {
        match self.line {
            Some(i) => fill(
                deal_texts(lang).deal_line,
                &[
                    ("line", &(i + 1).to_string()),
                    ("problem", &self.error.message(lang)),
                ],
            ),
            None => self.error.message(lang),
        }
    }
}

impl Message for OptionError {
    fn message(&self, lang: Lang) -> String {
        match self {
            OptionError::Value(e) => e.message(lang),
            OptionError::Id(e) => e.message(lang),
            OptionError::Rule(at, e) if at.is_empty() => e.message(lang),
            OptionError::Rule(at, e) => format!("{at}.{}", e.message(lang)),
        }
    }
}

impl Message for ValidationError {
    fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        let n = |d| number(d, lang);
        let reason = match &self.problem {
            Invalid::BadId { id } => fill(t.invalid_id, &[("id", id)]),
            Invalid::EmptyText { lang: Lang::Ru } => t.invalid_text_ru.into(),
            Invalid::EmptyText { lang: Lang::En } => t.invalid_text_en.into(),
            Invalid::NotADocument { file } => fill(t.invalid_document, &[("file", file)]),
            Invalid::EmptySection => t.invalid_section.into(),
            Invalid::PercentOutOfRange { percent } => {
                fill(t.invalid_percent, &[("percent", &n(*percent))])
            }
            Invalid::DuplicateId { id } => fill(t.invalid_duplicate, &[("id", id)]),
            Invalid::UnknownTier { tier } => fill(t.invalid_tier, &[("tier", tier)]),
            Invalid::NotADate { date } => fill(t.invalid_date, &[("date", date)]),
            Invalid::NoTiers => t.invalid_no_tiers.into(),
            Invalid::NoProducts => t.invalid_no_products.into(),
            Invalid::ThresholdNotPositive => t.invalid_threshold_zero.into(),
            Invalid::ThresholdNotRising {
                amount,
                lower_tier,
                lower_amount,
            } => fill(
                t.invalid_threshold_order,
                &[
                    ("amount", &n(*amount)),
                    ("lower_tier", lower_tier),
                    ("lower_amount", &n(*lower_amount)),
                ],
            ),
            Invalid::UserLimitZero => t.invalid_user_limit.into(),
            Invalid::NoSituations => t.invalid_no_situations.into(),
            Invalid::NoSteps => t.invalid_no_steps.into(),
            Invalid::StepsAbove100 { tier, total } => {
                fill(t.invalid_over_100, &[("tier", tier), ("total", &n(*total))])
            }
            Invalid::NoRates => t.invalid_no_rates.into(),
            Invalid::RangeUpsideDown { min, max } => {
                fill(t.invalid_range, &[("min", &n(*min)), ("max", &n(*max))])
            }
            Invalid::NoOptions => t.invalid_no_options.into(),
        };
        fill(t.invalid_at, &[("path", &self.path), ("reason", &reason)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    /// One of each kind of validation problem; the match below does not
    /// compile when a kind is added without being listed here.
    fn every_problem() -> Vec<Invalid> {
        let id = || String::from("x");
        let d = Decimal::from(7);
        let every = vec![
            Invalid::BadId { id: id() },
            Invalid::EmptyText { lang: Lang::Ru },
            Invalid::EmptyText { lang: Lang::En },
            Invalid::NotADocument { file: id() },
            Invalid::EmptySection,
            Invalid::PercentOutOfRange { percent: d },
            Invalid::DuplicateId { id: id() },
            Invalid::UnknownTier { tier: id() },
            Invalid::NotADate { date: id() },
            Invalid::NoTiers,
            Invalid::NoProducts,
            Invalid::ThresholdNotPositive,
            Invalid::ThresholdNotRising {
                amount: d,
                lower_tier: id(),
                lower_amount: d,
            },
            Invalid::UserLimitZero,
            Invalid::NoSituations,
            Invalid::NoSteps,
            Invalid::StepsAbove100 {
                tier: id(),
                total: d,
            },
            Invalid::NoRates,
            Invalid::RangeUpsideDown { min: d, max: d },
            Invalid::NoOptions,
        ];
        for problem in &every {
            match problem {
                Invalid::BadId { .. }
                | Invalid::EmptyText { .. }
                | Invalid::NotADocument { .. }
                | Invalid::EmptySection
                | Invalid::PercentOutOfRange { .. }
                | Invalid::DuplicateId { .. }
                | Invalid::UnknownTier { .. }
                | Invalid::NotADate { .. }
                | Invalid::NoTiers
                | Invalid::NoProducts
                | Invalid::ThresholdNotPositive
                | Invalid::ThresholdNotRising { .. }
                | Invalid::UserLimitZero
                | Invalid::NoSituations
                | Invalid::NoSteps
                | Invalid::StepsAbove100 { .. }
                | Invalid::NoRates
                | Invalid::RangeUpsideDown { .. }
                | Invalid::NoOptions => {}
            }
        }
        every
    }

    #[test]
    fn every_validation_problem_has_its_own_words_in_each_language() {
        let mut seen = Vec::new();
        for problem in every_problem() {
            let error = ValidationError {
                path: "p".into(),
                problem: problem.clone(),
            };
            let (ru, en) = (error.message(Lang::Ru), error.message(Lang::En));
            for text in [&ru, &en] {
                let reason = text.strip_prefix("p: ").expect("path first");
                assert!(!reason.trim().is_empty(), "{problem:?}: {text:?}");
                assert!(!reason.contains('{'), "{problem:?}: unfilled {text:?}");
            }
            assert_ne!(ru, en, "{problem:?}: the same in both languages");
            assert!(!seen.contains(&en), "{problem:?}: worded like another");
            seen.push(en);
        }
    }
}
