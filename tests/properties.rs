//! Property tests over random requests: the engine never panics, the net
//! never exceeds the list, every step stays within its declared bounds, the
//! lines add up, and a higher tier never costs the partner more.

#[path = "support/random.rs"]
mod random;

use partner_calc::engine::{quote, ChoiceValue, Choices, QuoteRequest};
use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::Message;
use partner_calc::widget::{format, input};
use proptest::prelude::*;
use random::request_strategy;
use rust_decimal::Decimal;

/// Cases per property: 100 000 by default (the hardening bar), fewer with
/// `PARTNER_CALC_CASES` for quick local runs.
fn cases() -> u32 {
    std::env::var("PARTNER_CALC_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn quotes_are_consistent(request in request_strategy()) {
        let q = quote(ALL, &request).expect("a request within the documents' bounds prices");
        prop_assert!(q.list_total >= Decimal::ZERO);
        if let Some(net) = q.net_total {
            prop_assert!(net <= q.list_total, "net {} above list {}", net, q.list_total);
            prop_assert!(net >= Decimal::ZERO);
            let invoice: Decimal = q.steps.iter().filter(|s| s.paid_later.is_none()).filter_map(|s| s.amount).sum();
            prop_assert_eq!(net, q.list_total - invoice, "the lines add up");
            prop_assert_eq!(q.margin, Some(invoice));
        }
        let later: Decimal = q.steps.iter().filter(|s| s.paid_later.is_some()).filter_map(|s| s.amount).sum();
        prop_assert_eq!(q.paid_later_total, later);
        for step in &q.steps {
            if let (Some(p), Some(min), Some(max)) = (step.percent, step.min_percent, step.max_percent) {
                prop_assert!(p <= max, "{} {} above {}", step.id, p, max);
                prop_assert!(p >= min || step.capped, "{} {} below {}", step.id, p, min);
            }
            if let Some(amount) = step.amount {
                prop_assert_eq!(amount.scale(), 2, "amounts are rounded to 0.01");
            }
        }
        if let Some(total) = q.total_benefit_percent {
            prop_assert!(total <= Decimal::ONE_HUNDRED);
        }
    }

    #[test]
    fn a_higher_tier_never_costs_the_partner_more(request in request_strategy()) {
        let programme = ALL.iter().find(|p| p.id == request.vendor).unwrap();
        let mut previous: Option<Decimal> = None;
        for tier in programme.tiers.iter() {
            let at_tier = QuoteRequest { tier: tier.id.to_string(), ..request.clone() };
            let net = match quote(ALL, &at_tier) {
                Ok(q) => q.net_total,
                Err(_) => continue,
            };
            if let (Some(before), Some(now)) = (previous, net) {
                prop_assert!(now <= before, "{} at {}: {} after {}", request.product, tier.id, now, before);
            }
            if net.is_some() {
                previous = net;
            }
        }
    }

    #[test]
    fn arbitrary_ids_numbers_and_choices_never_panic(
        vendor in "\\PC{0,12}", tier in "\\PC{0,12}", product in "\\PC{0,12}",
        quantity in any::<i64>(), scale in 0u32..=28, price in any::<i64>(),
        step in "\\PC{0,8}", value in any::<i64>(),
    ) {
        let mut choices = Choices::default();
        choices.insert(step, ChoiceValue::Percent(Decimal::new(value, scale)));
        let request = QuoteRequest {
            vendor, tier, product, situation: None,
            quantity: Decimal::new(quantity, scale), unit_price: Decimal::new(price, scale),
            choices, sales_last_12_months: None, customer: None,
        };
        let _ = quote(ALL, &request);
    }

    #[test]
    fn extreme_valid_requests_price_or_overflow_but_never_panic(request in request_strategy(), scale in 0u32..=28, mantissa in any::<i64>()) {
        let request = QuoteRequest {
            quantity: Decimal::from(1_000_000_000u64),
            unit_price: Decimal::MAX
                .checked_div(Decimal::new(mantissa.unsigned_abs().clamp(1, i64::MAX as u64) as i64, scale))
                .unwrap_or(Decimal::MAX),
            ..request
        };
        let _ = quote(ALL, &request);
    }

    #[test]
    fn typed_text_never_panics_and_parses_back(text in "\\PC{0,30}", digits in "[0-9]{1,12}", cents in "[0-9]{2}") {
        for lang in [Lang::Ru, Lang::En] {
            for parsed in [
                input::parse_number(&text, lang),
                input::parse_quantity(&text, lang),
                input::parse_money(&text, lang),
                input::parse_percent(&text, lang),
            ] {
                if let Err(e) = parsed {
                    prop_assert!(!e.message(lang).is_empty());
                }
            }
        }
        let value: Decimal = format!("{digits}.{cents}").parse().unwrap();
        for lang in [Lang::Ru, Lang::En] {
            let shown = format::number(value, lang);
            prop_assert_eq!(input::parse_number(&shown, lang).map(|d| d.normalize()), Ok(value.normalize()), "{}", shown);
        }
    }
}
