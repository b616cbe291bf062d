//! Numbers and money as people read them: `1 234 567,89 ₽` in Russian,
//! `RUB 1,234,567.89` in English. Exact: formatted from the decimal's digits,
//! never through a float.

use crate::engine::round_money;
use crate::model::{Currency, Lang};
use rust_decimal::Decimal;

/// The no-break space that groups digits and joins a sum to its symbol.
const NBSP: char = '\u{a0}';

/// An amount with two decimals and the currency, in `lang`'s style.
pub fn money(amount: Decimal, currency: Currency, lang: Lang) -> String {
    let digits = digits(round_money(amount), lang);
    match (lang, currency) {
        (Lang::Ru, Currency::Rub) => format!("{digits}{NBSP}₽"),
        (Lang::Ru, Currency::Kzt) => format!("{digits}{NBSP}₸"),
        (Lang::En, Currency::Rub) => format!("RUB{NBSP}{digits}"),
        (Lang::En, Currency::Kzt) => format!("KZT{NBSP}{digits}"),
    }
}

/// A number without trailing zeros, grouped, in `lang`'s style.
pub fn number(value: Decimal, lang: Lang) -> String {
    digits(value.normalize(), lang)
}

/// A percentage such as `2,5%` (Russian) or `2.5%` (English).
pub fn percent(value: Decimal, lang: Lang) -> String {
    format!("{}%", number(value, lang))
}

/// Groups the integer digits by three and picks the decimal separator.
fn digits(value: Decimal, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Ru => (NBSP, ','),
        Lang::En => (',', '.'),
    };
    let text = value.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + 8);
    if value.is_sign_negative() && !value.is_zero() {
        out.push('−');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn russian_money_groups_with_no_break_spaces_and_a_comma() {
        assert_eq!(
            money(d("1234567.891"), Currency::Rub, Lang::Ru),
            "1\u{a0}234\u{a0}567,89\u{a0}₽"
        );
        assert_eq!(money(d("0.005"), Currency::Kzt, Lang::Ru), "0,01\u{a0}₸");
        assert_eq!(money(d("100"), Currency::Rub, Lang::Ru), "100,00\u{a0}₽");
    }

    #[test]
    fn english_money_puts_the_code_first() {
        assert_eq!(
            money(d("1234567.89"), Currency::Rub, Lang::En),
            "RUB\u{a0}1,234,567.89"
        );
        assert_eq!(
            money(d("-1500"), Currency::Kzt, Lang::En),
            "KZT\u{a0}−1,500.00"
        );
    }

    #[test]
    fn huge_amounts_are_formatted_from_their_digits() {
        let max = Decimal::MAX;
        assert_eq!(
            number(max, Lang::En),
            "79,228,162,514,264,337,593,543,950,335"
        );
    }

    #[test]
    fn percentages_drop_trailing_zeros() {
        assert_eq!(percent(d("2.50"), Lang::Ru), "2,5%");
        assert_eq!(percent(d("40"), Lang::En), "40%");
    }
}
