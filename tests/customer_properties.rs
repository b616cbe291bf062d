//! Property tests of the customer's price over random deals: the margin
//! left is exactly the selling total less the partner's price, the goal
//! seek's answer is the largest discount that keeps the target (to 0.01),
//! and no customer part, however wrong, makes the engine panic.

#[path = "support/random.rs"]
mod random;

use partner_calc::engine::{quote_deal, resale, CustomerRequest, Goal, Quote, Target};
use partner_calc::programmes::ALL;
use proptest::prelude::*;
use random::{deal_cases, deal_strategy};
use rust_decimal::Decimal;

/// A decimal of `cents` hundredths.
fn cents(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// Whether selling `lines` for `selling` keeps `target`, priced back.
fn keeps(lines: &[Quote], selling: Decimal, target: Target) -> bool {
    let back = resale(
        lines,
        &CustomerRequest {
            amount: Some(selling),
            ..CustomerRequest::default()
        },
    )
    .expect("an amount of at least 0 sells");
    let margin = back.margin_left.expect("a priced deal has a margin");
    match target {
        Target::Amount(t) => margin >= t,
        Target::Percent(p) => {
            margin * Decimal::ONE_HUNDRED >= p * selling && (p.is_zero() || !selling.is_zero())
        }
    }
}

/// A target: a percentage under 100 or an amount, in hundredths.
fn target_strategy() -> impl Strategy<Value = Target> {
    prop_oneof![
        (0i64..10_000).prop_map(|p| Target::Percent(cents(p))),
        (0i64..10_000_000_000).prop_map(|a| Target::Amount(cents(a))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: deal_cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn margin_left_is_selling_less_net_exactly(
        request in deal_strategy(8),
        deal in 0i64..=10_000,
        own in proptest::collection::vec(proptest::option::of(0i64..=10_000), 0..8),
    ) {
        let q = quote_deal(ALL, &request).expect("a valid random deal prices");
        let mut own = own;
        own.truncate(q.lines.len());
        let customer = CustomerRequest {
            discount_percent: Some(cents(deal)),
            line_discount_percent: own.iter().map(|o| o.map(cents)).collect(),
            ..CustomerRequest::default()
        };
        let r = resale(&q.lines, &customer).expect("discounts from 0 to 100 % sell");
        prop_assert_eq!(r.margin_left, q.net_total.map(|n| r.selling_total - n));
        prop_assert_eq!(r.saving, q.list_total - r.selling_total);
        prop_assert_eq!(r.selling_total, r.lines.iter().map(|l| l.selling).sum::<Decimal>());
        prop_assert_eq!(r.below_net, r.margin_left.is_some_and(|m| m < Decimal::ZERO));
        prop_assert_eq!(r.paid_later_total, q.paid_later_total);
        for (line, sold) in q.lines.iter().zip(&r.lines) {
            prop_assert_eq!(sold.margin_left, line.net_total.map(|n| sold.selling - n));
            prop_assert!(sold.selling <= line.list_total && sold.selling >= Decimal::ZERO);
        }
    }

    #[test]
    fn the_goal_seek_finds_the_largest_discount_to_the_cent(
        request in deal_strategy(8),
        target in target_strategy(),
    ) {
        let q = quote_deal(ALL, &request).expect("a valid random deal prices");
        let customer = CustomerRequest { target: Some(target), ..CustomerRequest::default() };
        let goal = resale(&q.lines, &customer).expect("a target in range is sought").goal;
        match goal.expect("asked for") {
            Goal::Found { selling_total, saving, margin_left, .. } => {
                prop_assert!(selling_total <= q.list_total);
                prop_assert_eq!(saving, q.list_total - selling_total);
                prop_assert_eq!(margin_left, selling_total - q.net_total.unwrap());
                prop_assert!(keeps(&q.lines, selling_total, target), "kept at {}", selling_total);
                let more = selling_total - cents(1);
                prop_assert!(more < Decimal::ZERO || !keeps(&q.lines, more, target), "0.01 more discount keeps it too");
            }
            Goal::AboveProgramme { margin, .. } => {
                prop_assert_eq!(Some(margin), q.margin);
                prop_assert!(!keeps(&q.lines, q.list_total, target), "the RRP keeps it");
            }
            Goal::ByAgreement => prop_assert_eq!(q.net_total, None),
        }
    }

    #[test]
    fn any_customer_part_prices_or_is_refused_without_panic(
        request in deal_strategy(4),
        discount in proptest::option::of(any::<i64>()),
        scale in 0u32..=28,
        own in proptest::collection::vec(proptest::option::of(any::<i64>()), 0..6),
        amount in proptest::option::of(any::<i64>()),
        target in proptest::option::of((any::<bool>(), any::<i64>())),
    ) {
        let at = |v: i64| Decimal::new(v, scale);
        let customer = CustomerRequest {
            discount_percent: discount.map(at),
            line_discount_percent: own.iter().map(|o| o.map(at)).collect(),
            amount: amount.map(at),
            target: target.map(|(p, v)| if p { Target::Percent(at(v)) } else { Target::Amount(at(v)) }),
        };
        let mut request = request;
        request.customer = Some(customer.clone());
        let _ = quote_deal(ALL, &request);
        if let Ok(q) = quote_deal(ALL, &partner_calc::engine::DealRequest { customer: None, ..request }) {
            let _ = resale(&q.lines, &customer);
            let huge = CustomerRequest { amount: Some(Decimal::MAX), target: Some(Target::Percent(cents(9_999))), ..CustomerRequest::default() };
            let _ = resale(&q.lines, &huge);
        }
    }
}
