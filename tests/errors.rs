//! Every rejection is a typed error with a message for a person.

mod support;
use partner_calc::engine::{ChoiceValue, QuoteError};
use partner_calc::model::Lang;
use partner_calc::widget::Message;
use rust_decimal::Decimal;
use support::{d, price, request};

#[test]
fn unknown_ids_are_named() {
    assert_eq!(
        price(&request("nope", "x", "y", "1", "1")),
        Err(QuoteError::UnknownVendor("nope".into()))
    );
    assert_eq!(
        price(&request("asoft", "platinum", "crm_licences", "1", "1")),
        Err(QuoteError::UnknownTier("platinum".into()))
    );
    assert_eq!(
        price(&request("asoft", "retail", "erp", "1", "1")),
        Err(QuoteError::UnknownProduct("erp".into()))
    );
    let mut req = request("asoft", "retail", "crm_licences", "1", "1");
    req.situation = Some("auction".into());
    assert_eq!(
        price(&req),
        Err(QuoteError::UnknownSituation("auction".into()))
    );
    let mut req = request("asoft", "retail", "crm_licences", "1", "1");
    req.choices.insert("lottery", ChoiceValue::On(true));
    assert_eq!(
        price(&req).unwrap_err().message(Lang::Ru),
        "В этой сделке нет параметра «lottery»"
    );
}

#[test]
fn quantities_must_be_positive_whole_numbers_within_the_limit() {
    for bad in ["0", "-3", "2.5", "0.999"] {
        let err = price(&request("asoft", "retail", "crm_licences", bad, "1")).unwrap_err();
        assert_eq!(err, QuoteError::QuantityNotPositiveWhole, "{bad}");
        assert_eq!(
            err.message(Lang::Ru),
            "Количество — целое число не меньше 1"
        );
    }
    let err = price(&request(
        "asoft",
        "retail",
        "crm_licences",
        "1000000001",
        "1",
    ))
    .unwrap_err();
    assert_eq!(
        err.message(Lang::En),
        "The quantity cannot exceed 1,000,000,000"
    );
}

#[test]
fn prices_and_sales_cannot_be_negative() {
    assert_eq!(
        price(&request("asoft", "retail", "crm_licences", "1", "-0.01")),
        Err(QuoteError::PriceNegative)
    );
    let mut req = request("stakhanovets", "white", "licences", "1", "1");
    req.sales_last_12_months = Some(d("-1"));
    assert_eq!(price(&req), Err(QuoteError::SalesNegative));
}

#[test]
fn a_zero_price_is_a_valid_empty_deal() {
    let q = price(&request("asoft", "saas", "crm_licences", "5", "0")).unwrap();
    assert_eq!(q.list_total, d("0.00"));
    assert_eq!(q.net_total, Some(d("0.00")));
}

#[test]
fn extreme_amounts_overflow_with_a_clear_error_not_a_wrong_number() {
    let mut req = request("asoft", "retail", "crm_licences", "1000000000", "1");
    req.unit_price = Decimal::MAX;
    let err = price(&req).unwrap_err();
    assert_eq!(err, QuoteError::Overflow);
    assert_eq!(
        err.message(Lang::En),
        "The amounts are too large to compute exactly"
    );
    // One unit at the largest price cannot take a percentage either.
    let mut one = request("smart-soft", "privileged", "ti_software", "1", "1");
    one.unit_price = Decimal::MAX;
    assert_eq!(price(&one), Err(QuoteError::Overflow));
}

#[test]
fn a_choice_of_the_wrong_kind_is_refused() {
    let mut req = request("asoft", "competency", "crm_licences", "1", "1");
    req.choices.insert("plan", support::percent("10"));
    assert_eq!(
        price(&req),
        Err(QuoteError::ChoiceMismatch {
            step: "plan".into()
        })
    );
    let mut fixed = request("directum", "general", "licences", "1", "1");
    fixed.choices.insert("base", support::percent("50"));
    assert_eq!(
        price(&fixed).unwrap_err().message(Lang::En),
        "The value does not fit option “base”"
    );
}

#[test]
fn lines_are_rounded_half_away_from_zero_and_add_up() {
    // 3 × 33.35 = 100.05; 35 % of it = 35.0175 → 35.02; net 100.05 − 35.02 = 65.03.
    let q = price(&request(
        "smart-soft",
        "privileged",
        "ti_software",
        "3",
        "33.35",
    ))
    .unwrap();
    assert_eq!(q.list_total, d("100.05"));
    assert_eq!(q.steps[0].amount, Some(d("35.02")));
    assert_eq!(q.net_total, Some(d("65.03")));
    // 5 % of 100.05 = 5.0025 → 5.00 (rebate, paid later).
    assert_eq!(q.paid_later_total, d("5.00"));
    // 1 × 0.05 at 25 %: 0.0125 → 0.01.
    let q = price(&request(
        "smart-soft",
        "authorized",
        "renewals",
        "1",
        "0.05",
    ))
    .unwrap();
    assert_eq!(q.steps[0].amount, Some(d("0.01")));
    // 1 × 0.10 at 25 %: 0.025 → 0.03 (half away from zero).
    let q = price(&request(
        "smart-soft",
        "authorized",
        "renewals",
        "1",
        "0.10",
    ))
    .unwrap();
    assert_eq!(q.steps[0].amount, Some(d("0.03")));
    assert_eq!(q.net_total, Some(d("0.07")));
}
