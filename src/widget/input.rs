//! Numbers as people type them: `1 500,50`, `1500.50`, `1,500.50`, with
//! spaces or no-break spaces between groups. Every rejection says why.

use crate::engine::MAX_QUANTITY;
use crate::model::Lang;
use rust_decimal::Decimal;

/// Why a typed number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was typed.
    Empty,
    /// The text is not a number.
    NotANumber,
    /// The number is negative where it cannot be.
    Negative,
    /// More decimals than allowed (the allowed number is given).
    TooManyDecimals(u32),
    /// The number is not whole where it must be.
    NotWhole,
    /// The number is below 1 where it must be at least 1.
    BelowOne,
    /// The number is too large.
    TooLarge,
}

/// A money amount: not negative, at most two decimals.
pub fn parse_money(text: &str, lang: Lang) -> Result<Decimal, InputError> {
    let value = parse_number(text, lang)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(InputError::Negative);
    }
    if value.scale() > 2 {
        return Err(InputError::TooManyDecimals(2));
    }
    Ok(value)
}

/// A quantity: a whole number from 1 to the engine's maximum.
pub fn parse_quantity(text: &str, lang: Lang) -> Result<Decimal, InputError> {
    let value = parse_number(text, lang)?;
    if !value.fract().is_zero() {
        return Err(InputError::NotWhole);
    }
    if value < Decimal::ONE {
        return Err(InputError::BelowOne);
    }
    if value > MAX_QUANTITY {
        return Err(InputError::TooLarge);
    }
    Ok(value)
}

/// A percentage: not negative, at most two decimals (the range is the engine's check).
pub fn parse_percent(text: &str, lang: Lang) -> Result<Decimal, InputError> {
    parse_money(text.trim().trim_end_matches('%'), lang)
}

/// Any number in the user's notation; the result keeps the typed scale.
pub fn parse_number(text: &str, lang: Lang) -> Result<Decimal, InputError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    let (negative, body) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let body: String = body
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\''))
        .collect();
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(InputError::NotANumber);
    }
    let point = decimal_point(&body, lang)?;
    // Digits before and after the point, read straight into the mantissa.
    let (mut mantissa, mut scale, mut digits, mut seen_point) = (0i128, 0u32, 0u32, false);
    for c in body.chars() {
        if let Some(d) = c.to_digit(10) {
            digits += 1;
            if digits > 38 {
                return Err(InputError::TooLarge);
            }
            mantissa = mantissa * 10 + i128::from(d);
            scale += u32::from(seen_point);
        } else if Some(c) == point {
            let leading = digits == 0;
            if leading || body.ends_with(c) {
                return Err(InputError::NotANumber);
            }
            seen_point = true;
        }
    }
    let signed = if negative { -mantissa } else { mantissa };
    Decimal::try_from_i128_with_scale(signed, scale).map_err(|_| InputError::TooLarge)
}

/// Which of `,` and `.` is the decimal point in `body`, if any; the other
/// (or a repeated one) groups thousands.
fn decimal_point(body: &str, lang: Lang) -> Result<Option<char>, InputError> {
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    match (commas, dots) {
        (0, 0) => Ok(None),
        (_, 0) | (0, _) => {
            let sep = if commas > 0 { ',' } else { '.' };
            let count = commas + dots;
            let after = body.rsplit(sep).next().map_or(0, str::len);
            if count > 1 {
                grouping(body, sep)?;
                Ok(None)
            } else if sep == ',' && lang == Lang::En && after == 3 {
                Ok(None)
            } else {
                Ok(Some(sep))
            }
        }
        _ => {
            let last_comma = body.rfind(',').unwrap_or(0);
            let last_dot = body.rfind('.').unwrap_or(0);
            let (point, group) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            if body.matches(point).count() > 1 {
                return Err(InputError::NotANumber);
            }
            let int = body.split(point).next().unwrap_or_default();
            grouping(int, group)?;
            Ok(Some(point))
        }
    }
}

/// Checks that `sep` splits `int` into groups of three after the first.
fn grouping(int: &str, sep: char) -> Result<(), InputError> {
    let mut parts = int.split(sep);
    let first = parts.next().unwrap_or_default();
    if first.is_empty() || first.len() > 3 || parts.any(|p| p.len() != 3) {
        return Err(InputError::NotANumber);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str, lang: Lang) -> String {
        parse_number(text, lang)
            .map(|d| d.to_string())
            .unwrap_or_else(|e| format!("{e:?}"))
    }

    #[test]
    fn russian_notation_with_spaces_and_a_comma() {
        assert_eq!(ok("1 500,50", Lang::Ru), "1500.50");
        assert_eq!(ok("1\u{a0}500,5", Lang::Ru), "1500.5");
        assert_eq!(ok("1500.50", Lang::Ru), "1500.50");
        assert_eq!(ok("1,5", Lang::Ru), "1.5");
        assert_eq!(ok("1.234.567,89", Lang::Ru), "1234567.89");
    }

    #[test]
    fn english_notation_with_comma_groups() {
        assert_eq!(ok("1,500.50", Lang::En), "1500.50");
        assert_eq!(ok("1,500", Lang::En), "1500");
        assert_eq!(ok("1,234,567", Lang::En), "1234567");
        assert_eq!(ok("1500.5", Lang::En), "1500.5");
    }

    #[test]
    fn rubbish_is_refused_with_a_reason() {
        assert_eq!(parse_number("", Lang::Ru), Err(InputError::Empty));
        assert_eq!(parse_number("abc", Lang::Ru), Err(InputError::NotANumber));
        assert_eq!(parse_number("1,2,3", Lang::Ru), Err(InputError::NotANumber));
        assert_eq!(
            parse_number("1.5.5,3", Lang::Ru),
            Err(InputError::NotANumber)
        );
        assert_eq!(parse_number("NaN", Lang::En), Err(InputError::NotANumber));
        assert_eq!(parse_number(",", Lang::En), Err(InputError::NotANumber));
        assert_eq!(parse_number("1e5", Lang::En), Err(InputError::NotANumber));
        assert_eq!(
            parse_number(&"9".repeat(40), Lang::En),
            Err(InputError::TooLarge)
        );
        assert_eq!(parse_money("-5", Lang::Ru), Err(InputError::Negative));
        assert_eq!(
            parse_money("1,005", Lang::Ru),
            Err(InputError::TooManyDecimals(2))
        );
        assert_eq!(parse_quantity("2,5", Lang::Ru), Err(InputError::NotWhole));
        assert_eq!(parse_quantity("0", Lang::Ru), Err(InputError::BelowOne));
        assert_eq!(
            parse_quantity("2000000000", Lang::Ru),
            Err(InputError::TooLarge)
        );
    }

    #[test]
    fn percent_sign_is_allowed() {
        assert_eq!(
            parse_percent("12,5 %", Lang::Ru).map(|d| d.to_string()),
            Ok("12.5".to_string())
        );
    }
}
