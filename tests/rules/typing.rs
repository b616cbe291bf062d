//! Numbers as people type them and read them, and as host pages pass them:
//! the boundaries of every rule of `input`, `format` and `host`.

use crate::support::d;
use partner_calc::engine::ChoiceValue;
use partner_calc::model::{Currency, Lang};
use partner_calc::widget::format::{money, number, percent};
use partner_calc::widget::host::{request, Host, HostError, Problem};
use partner_calc::widget::input::{
    parse_money, parse_number, parse_percent, parse_quantity, InputError,
};
use partner_calc::widget::Message;

fn text(lang: Lang, typed: &str) -> Result<String, InputError> {
    parse_number(typed, lang).map(|v| v.to_string())
}

#[test]
fn every_input_error_has_its_message_in_both_languages() {
    let cases = [
        (InputError::Empty, "Введите число", "Enter a number"),
        (
            InputError::NotANumber,
            "Это не число: используйте цифры, пробелы и запятую",
            "Not a number: use digits, commas and a decimal point",
        ),
        (
            InputError::Negative,
            "Число не может быть отрицательным",
            "The number cannot be negative",
        ),
        (
            InputError::TooManyDecimals(2),
            "Не больше 2 знаков после запятой",
            "At most 2 digits after the decimal point",
        ),
        (
            InputError::NotWhole,
            "Введите целое число",
            "Enter a whole number",
        ),
        (
            InputError::BelowOne,
            "Количество — не меньше 1",
            "The quantity must be at least 1",
        ),
        (
            InputError::TooLarge,
            "Слишком большое число",
            "The number is too large",
        ),
    ];
    for (error, ru, en) in cases {
        assert_eq!(error.message(Lang::Ru), ru);
        assert_eq!(error.message(Lang::En), en);
    }
}

#[test]
fn money_takes_zero_and_two_decimals_but_not_three_or_a_minus() {
    assert_eq!(parse_money("0", Lang::Ru), Ok(d("0")));
    assert_eq!(
        parse_money("-0", Lang::Ru),
        Ok(d("0")),
        "minus zero is zero"
    );
    assert_eq!(parse_money("1,50", Lang::Ru).map(|v| v.scale()), Ok(2));
    assert_eq!(parse_money("0,01", Lang::Ru), Ok(d("0.01")));
    assert_eq!(parse_money("-0,01", Lang::Ru), Err(InputError::Negative));
    assert_eq!(
        parse_money("0,001", Lang::Ru),
        Err(InputError::TooManyDecimals(2))
    );
    assert_eq!(parse_percent("15", Lang::En), Ok(d("15")));
    assert_eq!(parse_percent(" 2.5% ", Lang::En), Ok(d("2.5")));
    assert_eq!(parse_percent("-1 %", Lang::Ru), Err(InputError::Negative));
}

#[test]
fn quantities_run_from_one_to_a_billion() {
    assert_eq!(parse_quantity("1", Lang::Ru), Ok(d("1")));
    assert_eq!(
        parse_quantity("1 000 000 000", Lang::Ru),
        Ok(d("1000000000"))
    );
    assert_eq!(
        parse_quantity("1000000001", Lang::Ru),
        Err(InputError::TooLarge)
    );
    assert_eq!(parse_quantity("0", Lang::Ru), Err(InputError::BelowOne));
    assert_eq!(parse_quantity("-1", Lang::Ru), Err(InputError::BelowOne));
    assert_eq!(parse_quantity("1,5", Lang::Ru), Err(InputError::NotWhole));
    assert_eq!(parse_quantity("2,0", Lang::Ru), Ok(d("2")));
}

#[test]
fn numbers_keep_their_sign_digits_and_scale() {
    assert_eq!(text(Lang::Ru, "-12,5"), Ok("-12.5".into()));
    assert_eq!(text(Lang::Ru, "−7"), Ok("-7".into()));
    assert_eq!(text(Lang::En, "+7"), Ok("7".into()));
    assert_eq!(text(Lang::En, "  42  "), Ok("42".into()));
    assert_eq!(text(Lang::Ru, "1 2 3"), Ok("123".into()));
    assert_eq!(text(Lang::Ru, "1'234"), Ok("1234".into()));
    assert_eq!(
        text(Lang::Ru, "1\u{202f}234\u{2009}567"),
        Ok("1234567".into())
    );
    assert_eq!(text(Lang::En, "0.50"), Ok("0.50".into()));
    assert_eq!(text(Lang::En, "987654321"), Ok("987654321".into()));
    // 38 digits are read (leading zeros included); a 39th is too many.
    let zeros = "0".repeat(37);
    assert_eq!(text(Lang::En, &format!("{zeros}1")), Ok("1".into()));
    assert_eq!(
        text(Lang::En, &format!("0{zeros}1")),
        Err(InputError::TooLarge)
    );
    // 29 digits: above the largest decimal.
    assert_eq!(
        text(Lang::En, "79228162514264337593543950336"),
        Err(InputError::TooLarge)
    );
    assert_eq!(
        text(Lang::En, "79228162514264337593543950335"),
        Ok("79228162514264337593543950335".into())
    );
}

#[test]
fn a_point_needs_digits_before_and_after_it() {
    for bad in [
        ",5", ".5", "5,", "5.", "-", "+", " ", "1 ,", "1e3", "1_000", "--1",
    ] {
        assert!(parse_number(bad, Lang::Ru).is_err(), "{bad:?}");
    }
    assert_eq!(parse_number("", Lang::En), Err(InputError::Empty));
    assert_eq!(parse_number("   ", Lang::En), Err(InputError::Empty));
    assert_eq!(parse_number("-", Lang::En), Err(InputError::NotANumber));
}

#[test]
fn a_single_comma_of_three_digits_groups_in_english_only() {
    assert_eq!(text(Lang::En, "1,500"), Ok("1500".into()));
    assert_eq!(text(Lang::Ru, "1,500"), Ok("1.500".into()));
    assert_eq!(text(Lang::En, "1,50"), Ok("1.50".into()));
    assert_eq!(text(Lang::En, "1,5000"), Ok("1.5000".into()));
    assert_eq!(text(Lang::En, "1.500"), Ok("1.500".into()));
    assert_eq!(text(Lang::Ru, "1.500"), Ok("1.500".into()));
}

#[test]
fn repeated_separators_group_by_three() {
    assert_eq!(text(Lang::Ru, "1.234.567"), Ok("1234567".into()));
    assert_eq!(text(Lang::En, "123,456,789"), Ok("123456789".into()));
    assert_eq!(text(Lang::En, "12,345,678"), Ok("12345678".into()));
    for bad in [
        "1234,567,890",
        ",234,567",
        "1,23,456",
        "1,234,5678",
        "1,234,",
    ] {
        assert_eq!(
            parse_number(bad, Lang::En),
            Err(InputError::NotANumber),
            "{bad}"
        );
    }
}

#[test]
fn with_both_separators_the_last_is_the_point() {
    assert_eq!(text(Lang::En, "1,234.5"), Ok("1234.5".into()));
    assert_eq!(text(Lang::Ru, "1.234,5"), Ok("1234.5".into()));
    assert_eq!(text(Lang::Ru, "123.456,78"), Ok("123456.78".into()));
    assert_eq!(text(Lang::En, "1,234,567.5"), Ok("1234567.5".into()));
    for bad in ["1,234.5.6", "1.234,5,6", "12,34.5", ",234.5", "1234,567.5"] {
        assert_eq!(
            parse_number(bad, Lang::En),
            Err(InputError::NotANumber),
            "{bad}"
        );
    }
}

#[test]
fn formatting_groups_by_three_and_never_shows_minus_zero() {
    let nb = |s: &str| s.replace('_', "\u{a0}");
    assert_eq!(number(d("123"), Lang::En), "123");
    assert_eq!(number(d("1234"), Lang::En), "1,234");
    assert_eq!(number(d("123456"), Lang::En), "123,456");
    assert_eq!(number(d("12345.670"), Lang::Ru), nb("12_345,67"));
    assert_eq!(number(d("-1234"), Lang::En), "−1,234");
    assert_eq!(number(d("0"), Lang::En), "0");
    assert_eq!(number(d("-0"), Lang::En), "0");
    assert_eq!(money(d("-0.004"), Currency::Rub, Lang::En), nb("RUB_0.00"));
    assert_eq!(money(d("-0.005"), Currency::Rub, Lang::En), nb("RUB_−0.01"));
    assert_eq!(money(d("12"), Currency::Kzt, Lang::En), nb("KZT_12.00"));
    assert_eq!(
        money(d("999.995"), Currency::Rub, Lang::Ru),
        nb("1_000,00_₽")
    );
    assert_eq!(percent(d("12.50"), Lang::En), "12.5%");
    assert_eq!(percent(d("0"), Lang::Ru), "0%");
}

fn host_text(s: &str) -> Host {
    Host::Text(s.into())
}

fn object(members: &[(&str, Host)]) -> Host {
    Host::Object(
        members
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
    )
}

fn base() -> Vec<(&'static str, Host)> {
    vec![
        ("vendor", host_text("synth")),
        ("tier", host_text("a")),
        ("product", host_text("p")),
        ("quantity", Host::Number("2".into())),
        ("unit_price", host_text("10.50")),
    ]
}

#[test]
fn host_values_are_read_by_kind() {
    assert_eq!(host_text("x").text("at"), Ok("x"));
    assert_eq!(
        Host::Bool(true).text("at"),
        Err(HostError {
            at: "at".into(),
            problem: Problem::NotText
        })
    );
    assert_eq!(Host::Bool(true).flag("at"), Ok(true));
    assert_eq!(Host::Bool(false).flag("at"), Ok(false));
    assert_eq!(
        host_text("true").flag("at").unwrap_err().problem,
        Problem::NotBool
    );
    assert_eq!(object(&[("a", Host::Null)]).members("at").unwrap().len(), 1);
    assert_eq!(
        Host::Null.members("at").unwrap_err().problem,
        Problem::NotAnObject
    );
    assert_eq!(Host::Number("12.5".into()).amount("at"), Ok(d("12.5")));
    assert_eq!(host_text("-3").amount("at"), Ok(d("-3")));
    assert_eq!(host_text("0").amount("at"), Ok(d("0")));
    assert_eq!(
        Host::Bool(true).amount("at").unwrap_err().problem,
        Problem::NotAmount
    );
    for bad in ["a", "1.a", "a.1", "1.2.3", "--1", "-", ".", "1,000.5"] {
        assert_eq!(
            host_text(bad).amount("at").unwrap_err().problem,
            Problem::NotAmount,
            "{bad:?}"
        );
    }
}

#[test]
fn a_host_request_reads_every_member() {
    let mut m = base();
    m.push(("situation", host_text("joint")));
    m.push(("sales_last_12_months", Host::Number("1000".into())));
    m.push((
        "choices",
        object(&[
            ("extra", object(&[("percent", host_text("5"))])),
            ("plan", object(&[("on", Host::Bool(false))])),
            ("events", object(&[("pick", host_text("none"))])),
        ]),
    ));
    let r = request(&object(&m)).unwrap();
    assert_eq!(
        (r.vendor.as_str(), r.tier.as_str(), r.product.as_str()),
        ("synth", "a", "p")
    );
    assert_eq!(r.situation.as_deref(), Some("joint"));
    assert_eq!(r.quantity, d("2"));
    assert_eq!(r.unit_price, d("10.50"));
    assert_eq!(r.sales_last_12_months, Some(d("1000")));
    assert_eq!(r.choices["extra"], ChoiceValue::Percent(d("5")));
    assert_eq!(r.choices["plan"], ChoiceValue::On(false));
    assert_eq!(r.choices["events"], ChoiceValue::Pick("none".into()));
    // null for the optional members: as if absent.
    let mut m = base();
    m.push(("situation", Host::Null));
    m.push(("sales_last_12_months", Host::Null));
    m.push(("choices", Host::Null));
    let r = request(&object(&m)).unwrap();
    assert_eq!(r.situation, None);
    assert_eq!(r.sales_last_12_months, None);
    assert!(r.choices.is_empty());
}

#[test]
fn a_host_request_names_each_missing_or_wrong_member() {
    for (i, name) in ["vendor", "tier", "product", "quantity", "unit_price"]
        .iter()
        .enumerate()
    {
        let mut m = base();
        m.remove(i);
        assert_eq!(
            request(&object(&m)),
            Err(HostError {
                at: name.to_string(),
                problem: Problem::Missing
            })
        );
        let mut m = base();
        m[i].1 = Host::Null;
        assert!(request(&object(&m)).is_err(), "null {name}");
    }
    let wrong = |member: (&'static str, Host)| {
        let mut m = base();
        m.push(member);
        request(&object(&m)).unwrap_err()
    };
    assert_eq!(
        wrong(("situation", Host::Bool(true))),
        HostError {
            at: "situation".into(),
            problem: Problem::NotText
        }
    );
    assert_eq!(
        wrong(("sales_last_12_months", host_text("lots"))).problem,
        Problem::NotAmount
    );
    assert_eq!(
        wrong((
            "choices",
            object(&[("x", object(&[("percent", Host::Bool(true))]))])
        )),
        HostError {
            at: "choices.x".into(),
            problem: Problem::NotAmount
        }
    );
    assert_eq!(
        wrong((
            "choices",
            object(&[("x", object(&[("pick", Host::Bool(true))]))])
        )),
        HostError {
            at: "choices.x".into(),
            problem: Problem::NotText
        }
    );
    assert_eq!(
        wrong((
            "choices",
            object(&[("x", object(&[("vote", Host::Bool(true))]))])
        )),
        HostError {
            at: "choices.x".into(),
            problem: Problem::NotChoice
        }
    );
    assert_eq!(
        wrong((
            "choices",
            object(&[(
                "x",
                object(&[("on", Host::Bool(true)), ("pick", host_text("a"))])
            )])
        )),
        HostError {
            at: "choices.x".into(),
            problem: Problem::NotChoice
        }
    );
    assert_eq!(
        wrong(("choices", object(&[("x", object(&[]))]))).problem,
        Problem::NotChoice
    );
    assert_eq!(
        wrong(("choices", host_text("x"))),
        HostError {
            at: "choices".into(),
            problem: Problem::NotAnObject
        }
    );
}

#[test]
fn every_host_error_has_its_message_in_both_languages() {
    let cases = [
        (
            Problem::NotAnObject,
            "ожидается объект",
            "an object is expected",
        ),
        (Problem::NotText, "ожидается строка", "a string is expected"),
        (
            Problem::NotBool,
            "ожидается true или false",
            "true or false is expected",
        ),
        (
            Problem::NotAmount,
            "ожидается число или десятичная строка вида \"1500.50\"",
            "a number or a decimal string like \"1500.50\" is expected",
        ),
        (
            Problem::NotChoice,
            "ожидается { percent }, { on } или { pick }",
            "{ percent }, { on } or { pick } is expected",
        ),
        (Problem::Missing, "не указано", "missing"),
        (
            Problem::NotLang,
            "ожидается ru или en",
            "ru or en is expected",
        ),
        (Problem::Unknown, "неизвестный параметр", "unknown member"),
    ];
    for (problem, ru, en) in cases {
        let whole = HostError {
            at: String::new(),
            problem: problem.clone(),
        };
        assert_eq!(whole.message(Lang::Ru), ru);
        assert_eq!(whole.message(Lang::En), en);
        let member = HostError {
            at: "x.y".into(),
            problem,
        };
        assert_eq!(member.message(Lang::En), format!("«x.y»: {en}"));
    }
}
