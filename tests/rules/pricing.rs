//! Every rule of the vocabulary on synthetic programmes (built here, not
//! read from the bundled files): caps that bind and caps exactly reached,
//! ranges at their bounds, zero and boundary amounts, thresholds met
//! exactly, list shares of 0 % and 100 %, both settlements, user limits at
//! and past the limit, individual rates in every position of a waterfall.
//! Deals are 10 × 100 000 = 1 000 000.00 unless said otherwise; every
//! expected value is worked out in the comment or the expression beside it.

use crate::support::d;
use crate::support::synthetic::*;
use partner_calc::engine::{
    quote, CaveatKind, ChoiceValue, Quote, QuoteError, QuoteRequest, RateKind, MAX_QUANTITY,
};
use partner_calc::model::{Basis, Lang, Programme, Settlement};
use partner_calc::widget::sentences::caveat;

/// 10 × 100 000 of product `p` at `tier`.
fn deal(tier: &str) -> QuoteRequest {
    crate::support::request(VENDOR, tier, "p", "10", "100000")
}

fn with(mut r: QuoteRequest, choices: &[(&str, ChoiceValue)]) -> QuoteRequest {
    for (step, value) in choices {
        r.choices.insert(step.to_string(), value.clone());
    }
    r
}

fn price(programme: &Programme, request: &QuoteRequest) -> Result<Quote, QuoteError> {
    quote(std::slice::from_ref(programme), request)
}

fn on(b: bool) -> ChoiceValue {
    ChoiceValue::On(b)
}

fn pick(id: &str) -> ChoiceValue {
    ChoiceValue::Pick(id.into())
}

fn percents(q: &Quote) -> Vec<Option<rust_decimal::Decimal>> {
    q.steps.iter().map(|s| s.percent).collect()
}

fn capped(q: &Quote) -> Vec<bool> {
    q.steps.iter().map(|s| s.capped).collect()
}

fn kinds(q: &Quote) -> Vec<CaveatKind> {
    q.caveats.iter().map(|c| c.kind).collect()
}

/// Base discount 20 % on the invoice, then two bonuses paid later:
/// `first` 15 % and `second` 10 %, under `cap`.
fn capped_deal(cap: &str) -> Programme {
    one_deal(
        Some(cap),
        vec![
            invoice("base", fixed("20")),
            step(
                "first",
                later("free licences"),
                &[("a", bonus("15")), ("b", bonus("15"))],
            ),
            step(
                "second",
                later("free licences"),
                &[("a", bonus("10")), ("b", bonus("10"))],
            ),
        ],
    )
}

fn every_bonus() -> QuoteRequest {
    with(deal("a"), &[("first", on(true)), ("second", on(true))])
}

// ---------------------------------------------------------------- the cap

#[test]
fn a_cap_that_binds_cuts_the_last_bonus_and_says_so() {
    // 20 + 15 + 10 = 45 % against a cap of 40 %: 5 points come off the last
    // step, `second` 10 → 5 %.
    let q = price(&capped_deal("40"), &every_bonus()).unwrap();
    assert_eq!(percents(&q), [Some(d("20")), Some(d("15")), Some(d("5"))]);
    assert_eq!(capped(&q), [false, false, true]);
    // Amounts: 20 % = 200 000, 15 % = 150 000, 5 % = 50 000 of 1 000 000.
    let amounts: Vec<_> = q.steps.iter().map(|s| s.amount).collect();
    assert_eq!(
        amounts,
        [
            Some(d("200000.00")),
            Some(d("150000.00")),
            Some(d("50000.00"))
        ]
    );
    // Only the invoice step comes off: 1 000 000 − 200 000.
    assert_eq!(q.net_total, Some(d("800000.00")));
    assert_eq!(q.margin, Some(d("200000.00")));
    assert_eq!(q.effective_discount_percent, Some(d("20")));
    // Paid later: 150 000 + 50 000; the whole benefit is the cap, 40 %.
    assert_eq!(q.paid_later_total, d("200000.00"));
    assert_eq!(q.total_benefit_percent, Some(d("40")));
    let cap: Vec<_> = q
        .caveats
        .iter()
        .filter(|c| c.kind == CaveatKind::Capped)
        .collect();
    assert_eq!(cap.len(), 1, "{:?}", q.caveats);
    assert_eq!(cap[0].step, None);
    assert_eq!(
        caveat(cap[0], Lang::En),
        "The discount and bonuses together are capped at 40%"
    );
    assert_eq!(
        caveat(cap[0], Lang::Ru),
        "Скидка и бонусы вместе ограничены 40%"
    );
}

#[test]
fn a_cut_larger_than_the_last_step_goes_on_to_the_one_before() {
    // 45 % against 30 %: 15 points; `second` gives all its 10 (→ 0 %),
    // `first` the other 5 (15 → 10 %); the invoice discount is untouched.
    let q = price(&capped_deal("30"), &every_bonus()).unwrap();
    assert_eq!(percents(&q), [Some(d("20")), Some(d("10")), Some(d("0"))]);
    assert_eq!(capped(&q), [false, true, true]);
    // Paid later: 10 % of 1 000 000 = 100 000; benefit 20 + 10 = 30 %.
    assert_eq!(q.paid_later_total, d("100000.00"));
    assert_eq!(q.total_benefit_percent, Some(d("30")));
    assert_eq!(q.net_total, Some(d("800000.00")));
}

#[test]
fn a_low_cap_cuts_into_the_invoice_discount_too() {
    // 45 % against 12.5 %: 32.5 points; 10 from `second`, 15 from `first`,
    // 7.5 from `base` (20 → 12.5 %). Net 1 000 000 − 125 000 = 875 000.
    let q = price(&capped_deal("12.5"), &every_bonus()).unwrap();
    assert_eq!(percents(&q), [Some(d("12.5")), Some(d("0")), Some(d("0"))]);
    assert_eq!(capped(&q), [true, true, true]);
    assert_eq!(q.net_total, Some(d("875000.00")));
    assert_eq!(q.paid_later_total, d("0.00"));
    assert_eq!(q.total_benefit_percent, Some(d("12.5")));
}

#[test]
fn a_bonus_left_off_is_not_cut_and_not_marked() {
    // `second` is off (0 %): 20 + 15 = 35 % against 30 %; the 5 points come
    // from `first` (15 → 10 %), `second` stays 0 % and is not marked capped.
    let q = price(
        &capped_deal("30"),
        &with(deal("a"), &[("first", on(true)), ("second", on(false))]),
    )
    .unwrap();
    assert_eq!(percents(&q), [Some(d("20")), Some(d("10")), Some(d("0"))]);
    assert_eq!(capped(&q), [false, true, false]);
    assert!(kinds(&q).contains(&CaveatKind::Capped));
}

#[test]
fn a_cap_exactly_reached_cuts_nothing_and_says_nothing() {
    // 20 + 15 + 10 = 45 % against a cap of exactly 45 %.
    let q = price(&capped_deal("45"), &every_bonus()).unwrap();
    assert_eq!(percents(&q), [Some(d("20")), Some(d("15")), Some(d("10"))]);
    assert_eq!(capped(&q), [false, false, false]);
    assert!(!kinds(&q).contains(&CaveatKind::Capped), "{:?}", q.caveats);
    assert_eq!(q.total_benefit_percent, Some(d("45")));
    // One hundredth of a point less binds: 45 − 44.99 = 0.01 off `second`.
    let q = price(&capped_deal("44.99"), &every_bonus()).unwrap();
    assert_eq!(
        percents(&q),
        [Some(d("20")), Some(d("15")), Some(d("9.99"))]
    );
    assert!(kinds(&q).contains(&CaveatKind::Capped));
}

#[test]
fn a_cap_skips_individual_steps_and_cuts_the_figures_before_them() {
    // base 20 %, extra 15 %, then an individual step (no figure) last:
    // 35 % against 30 % cuts 5 points from `extra`, the last step with a figure.
    let programme = one_deal(
        Some("30"),
        vec![
            invoice("base", fixed("20")),
            invoice("extra", fixed("15")),
            invoice("agreed", individual("by agreement")),
        ],
    );
    let q = price(&programme, &deal("a")).unwrap();
    assert_eq!(percents(&q), [Some(d("20")), Some(d("10")), None]);
    assert_eq!(capped(&q), [false, true, false]);
    assert_eq!(q.net_total, None, "priced by agreement");
}

// ---------------------------------------------------------------- ranges

fn ranged() -> Programme {
    one_deal(None, vec![invoice("extra", up_to("5", "15"))])
}

#[test]
fn a_range_is_accepted_at_its_minimum_and_at_its_maximum() {
    // 5 % of 1 000 000 = 50 000 → net 950 000; 15 % → 150 000 → net 850 000.
    for (value, net) in [
        ("5", "950000.00"),
        ("15", "850000.00"),
        ("5.00", "950000.00"),
    ] {
        let q = price(
            &ranged(),
            &with(deal("a"), &[("extra", crate::support::percent(value))]),
        )
        .unwrap_or_else(|e| panic!("{value}: {e}"));
        assert_eq!(q.steps[0].percent, Some(d(value)));
        assert_eq!(q.net_total, Some(d(net)), "{value}");
        assert_eq!(q.steps[0].rate, RateKind::UpTo);
        assert_eq!(q.steps[0].min_percent, Some(d("5")));
        assert_eq!(q.steps[0].max_percent, Some(d("15")));
    }
}

#[test]
fn a_range_refuses_a_hundredth_outside_either_bound() {
    for value in ["4.99", "15.01", "0", "-5"] {
        let err = price(
            &ranged(),
            &with(deal("a"), &[("extra", crate::support::percent(value))]),
        );
        assert_eq!(
            err,
            Err(QuoteError::ValueOutOfRange {
                step: "extra".into(),
                min: d("5"),
                max: d("15"),
            }),
            "{value}"
        );
    }
}

#[test]
fn an_unset_range_takes_its_minimum_and_the_discretion_caveat() {
    // Nothing chosen: the minimum, 5 % = 50 000 off.
    let q = price(&ranged(), &deal("a")).unwrap();
    assert_eq!(q.steps[0].percent, Some(d("5")));
    assert_eq!(q.net_total, Some(d("950000.00")));
    let discretion: Vec<_> = q
        .caveats
        .iter()
        .filter(|c| c.kind == CaveatKind::Discretion)
        .collect();
    assert_eq!(discretion.len(), 1);
    assert_eq!(discretion[0].step.as_deref(), Some("extra"));
    assert_eq!(
        caveat(discretion[0], Lang::En),
        "“extra (en)”: up to 15% at the vendor's discretion"
    );
    assert_eq!(
        caveat(discretion[0], Lang::Ru),
        "«extra (ru)»: до 15% — на усмотрение вендора"
    );
}

#[test]
fn a_fixed_rate_has_no_discretion_caveat_and_its_own_bounds() {
    let q = price(
        &one_deal(None, vec![invoice("base", fixed("20"))]),
        &deal("a"),
    )
    .unwrap();
    assert_eq!(q.caveats, []);
    assert_eq!(q.steps[0].rate, RateKind::Fixed);
    assert_eq!(q.steps[0].min_percent, Some(d("20")));
    assert_eq!(q.steps[0].max_percent, Some(d("20")));
}

// ------------------------------------------------- bonuses and options

fn options() -> Programme {
    one_deal(
        None,
        vec![
            invoice("base", fixed("10")),
            invoice("plan", bonus("5")),
            invoice("events", one_of(&[("attend", "1"), ("host", "2.5")])),
        ],
    )
}

#[test]
fn bonuses_and_options_apply_only_when_chosen() {
    // Nothing chosen: 10 % only → 900 000.
    let q = price(&options(), &deal("a")).unwrap();
    assert_eq!(percents(&q), [Some(d("10")), Some(d("0")), Some(d("0"))]);
    assert_eq!(q.net_total, Some(d("900000.00")));
    // Bonus on and `host`: 10 + 5 + 2.5 = 17.5 % → 825 000.
    let q = price(
        &options(),
        &with(deal("a"), &[("plan", on(true)), ("events", pick("host"))]),
    )
    .unwrap();
    assert_eq!(percents(&q), [Some(d("10")), Some(d("5")), Some(d("2.5"))]);
    assert_eq!(q.net_total, Some(d("825000.00")));
    assert_eq!(q.effective_discount_percent, Some(d("17.5")));
    // Bonus off and `none`: back to 10 %.
    let q = price(
        &options(),
        &with(deal("a"), &[("plan", on(false)), ("events", pick("none"))]),
    )
    .unwrap();
    assert_eq!(percents(&q), [Some(d("10")), Some(d("0")), Some(d("0"))]);
    // `attend`: 10 + 1 = 11 % → 890 000.
    let q = price(&options(), &with(deal("a"), &[("events", pick("attend"))])).unwrap();
    assert_eq!(q.net_total, Some(d("890000.00")));
    let rates: Vec<_> = q.steps.iter().map(|s| s.rate).collect();
    assert_eq!(rates, [RateKind::Fixed, RateKind::Bonus, RateKind::OneOf]);
    // Bounds: a bonus 0..5, options 0..the largest, 2.5.
    assert_eq!(q.steps[1].min_percent, Some(d("0")));
    assert_eq!(q.steps[1].max_percent, Some(d("5")));
    assert_eq!(q.steps[2].min_percent, Some(d("0")));
    assert_eq!(q.steps[2].max_percent, Some(d("2.5")));
}

#[test]
fn choices_of_the_wrong_kind_or_unknown_options_are_refused() {
    let mismatch = |step: &str| Err(QuoteError::ChoiceMismatch { step: step.into() });
    let p = options();
    assert_eq!(
        price(&p, &with(deal("a"), &[("plan", pick("host"))])),
        mismatch("plan")
    );
    assert_eq!(
        price(&p, &with(deal("a"), &[("events", on(true))])),
        mismatch("events")
    );
    assert_eq!(
        price(&p, &with(deal("a"), &[("base", on(true))])),
        mismatch("base")
    );
    assert_eq!(
        price(&ranged(), &with(deal("a"), &[("extra", on(true))])),
        mismatch("extra")
    );
    assert_eq!(
        price(&p, &with(deal("a"), &[("events", pick("dance"))])),
        Err(QuoteError::UnknownPick {
            step: "events".into(),
            pick: "dance".into()
        })
    );
    assert_eq!(
        price(&p, &with(deal("a"), &[("lottery", on(true))])),
        Err(QuoteError::UnknownChoice("lottery".into()))
    );
    let agreed = one_deal(None, vec![invoice("agreed", individual("by agreement"))]);
    assert_eq!(
        price(
            &agreed,
            &with(deal("a"), &[("agreed", crate::support::percent("1"))])
        ),
        mismatch("agreed")
    );
}

// ------------------------------------------------------------ amounts

fn plain() -> Programme {
    one_deal(None, vec![invoice("base", fixed("20"))])
}

#[test]
fn zero_sales_are_a_figure_not_a_negative_one() {
    let mut r = deal("a");
    r.sales_last_12_months = Some(d("0"));
    let q = price(&plain(), &r).expect("sales of 0 are valid");
    // Tier b needs 1 000 000 in vendor money: 1 000 000 − 0 remain.
    let next = q.next_tier.as_ref().unwrap();
    assert_eq!(next.remaining, Some(d("1000000")));
    r.sales_last_12_months = Some(d("-0.01"));
    assert_eq!(price(&plain(), &r), Err(QuoteError::SalesNegative));
}

#[test]
fn a_zero_price_is_an_empty_deal_and_a_hundredth_below_is_refused() {
    let mut r = deal("a");
    r.unit_price = d("0");
    let q = price(&plain(), &r).unwrap();
    assert_eq!(q.list_total, d("0.00"));
    assert_eq!(q.net_total, Some(d("0.00")));
    r.unit_price = d("-0.01");
    assert_eq!(price(&plain(), &r), Err(QuoteError::PriceNegative));
}

#[test]
fn quantities_from_one_to_the_maximum_are_accepted() {
    let mut r = deal("a");
    r.unit_price = d("1");
    r.quantity = d("1");
    // 1 × 1 at 20 %: 0.20 off, 0.80 to pay.
    assert_eq!(price(&plain(), &r).unwrap().net_total, Some(d("0.80")));
    r.quantity = MAX_QUANTITY;
    // 1 000 000 000 × 1 at 20 %: 800 000 000 to pay.
    assert_eq!(
        price(&plain(), &r).unwrap().net_total,
        Some(d("800000000.00"))
    );
    r.quantity = MAX_QUANTITY + d("1");
    assert_eq!(
        price(&plain(), &r),
        Err(QuoteError::QuantityTooLarge(MAX_QUANTITY))
    );
    for bad in ["0", "0.5", "1.5", "-1"] {
        r.quantity = d(bad);
        assert_eq!(
            price(&plain(), &r),
            Err(QuoteError::QuantityNotPositiveWhole),
            "{bad}"
        );
    }
}

#[test]
fn list_shares_of_zero_and_a_hundred_percent() {
    let shared = |percent: &str| {
        let mut p = product(
            "p",
            vec![situation("s", None, vec![invoice("base", fixed("20"))])],
        );
        p.list_share = Some(share(percent));
        programme(vec![p])
    };
    // 0 % of 1 000 000: nothing to pay, nothing off.
    let q = price(&shared("0"), &deal("a")).unwrap();
    assert_eq!(q.list_total, d("0.00"));
    assert_eq!(q.net_total, Some(d("0.00")));
    // 100 %: the whole 1 000 000; 20 % off → 800 000.
    let q = price(&shared("100"), &deal("a")).unwrap();
    assert_eq!(q.list_total, d("1000000.00"));
    assert_eq!(q.net_total, Some(d("800000.00")));
    // 20 %: 200 000; 20 % of that off → 160 000.
    let q = price(&shared("20"), &deal("a")).unwrap();
    assert_eq!(q.list_total, d("200000.00"));
    assert_eq!(q.net_total, Some(d("160000.00")));
    assert_eq!(q.steps[0].amount, Some(d("40000.00")));
    // 33.333 % of 1 × 1.00 = 0.33333 → 0.33 (the list is rounded per line).
    let mut r = deal("a");
    r.quantity = d("1");
    r.unit_price = d("1");
    let q = price(&shared("33.333"), &r).unwrap();
    assert_eq!(q.list_total, d("0.33"));
}

// ---------------------------------------------------------- settlements

#[test]
fn invoice_steps_come_off_and_later_steps_are_paid_back() {
    let programme = one_deal(
        None,
        vec![
            invoice("base", fixed("20")),
            step("rebate", later("quarterly rebate"), &[("a", fixed("5"))]),
            step("licences", later("free licences"), &[("a", fixed("3"))]),
            step("again", later("quarterly rebate"), &[("a", fixed("2"))]),
        ],
    );
    let q = price(&programme, &deal("a")).unwrap();
    // Invoice: 20 % = 200 000 → net 800 000. Later: 5 + 3 + 2 = 10 % = 100 000.
    assert_eq!(q.net_total, Some(d("800000.00")));
    assert_eq!(q.margin, Some(d("200000.00")));
    assert_eq!(q.effective_discount_percent, Some(d("20")));
    assert_eq!(q.paid_later_total, d("100000.00"));
    assert_eq!(q.total_benefit_percent, Some(d("30")));
    let later: Vec<bool> = q.steps.iter().map(|s| s.paid_later.is_some()).collect();
    assert_eq!(later, [false, true, true, true]);
    assert_eq!(
        q.steps[1].paid_later.as_ref().map(|t| t.get(Lang::En)),
        Some("quarterly rebate (en)")
    );
    // One caveat per way of paying back, in order: the rebate is said once.
    let paid: Vec<(Option<&str>, String)> = q
        .caveats
        .iter()
        .filter(|c| c.kind == CaveatKind::PaidLater)
        .map(|c| (c.step.as_deref(), caveat(c, Lang::En)))
        .collect();
    assert_eq!(
        paid,
        [
            (Some("rebate"), "quarterly rebate (en)".to_string()),
            (Some("licences"), "free licences (en)".to_string())
        ]
    );
}

#[test]
fn a_later_step_at_zero_has_no_paid_later_caveat() {
    let programme = one_deal(
        None,
        vec![
            invoice("base", fixed("20")),
            step("plan", later("free licences"), &[("a", bonus("5"))]),
        ],
    );
    let q = price(&programme, &deal("a")).unwrap();
    assert_eq!(q.steps[1].percent, Some(d("0")));
    assert!(q.steps[1].paid_later.is_some(), "still a later step");
    assert_eq!(q.caveats, []);
    assert_eq!(q.paid_later_total, d("0.00"));
    // 20 + 0 = 20 %.
    assert_eq!(q.total_benefit_percent, Some(d("20")));
    let q = price(&programme, &with(deal("a"), &[("plan", on(true))])).unwrap();
    assert_eq!(kinds(&q), [CaveatKind::PaidLater]);
    // 5 % of 1 000 000 = 50 000 later; 20 + 5 = 25 %.
    assert_eq!(q.paid_later_total, d("50000.00"));
    assert_eq!(q.total_benefit_percent, Some(d("25")));
}

// ----------------------------------------------------------- user limits

fn limited() -> Programme {
    let mut p = product(
        "p",
        vec![situation("s", None, vec![invoice("base", fixed("20"))])],
    );
    p.user_limits = vec![limit("a", 10), limit("b", 50)].into();
    programme(vec![p])
}

#[test]
fn a_user_limit_warns_only_past_the_limit() {
    // Exactly 10 at tier a: no warning.
    let q = price(&limited(), &deal("a")).unwrap();
    assert_eq!(q.caveats, []);
    // 11 at tier a: the warning, with the limit in words.
    let mut r = deal("a");
    r.quantity = d("11");
    let q = price(&limited(), &r).unwrap();
    assert_eq!(kinds(&q), [CaveatKind::OverUserLimit]);
    assert_eq!(
        caveat(&q.caveats[0], Lang::En),
        "The discount covers up to 10 (unit: licence (en)) at this tier; the quantity is above the limit"
    );
    assert_eq!(
        caveat(&q.caveats[0], Lang::Ru),
        "Скидка действует до 10 (ед.: licence (ru)) на этом статусе; количество больше лимита"
    );
    // Still priced in full: 11 × 100 000 = 1 100 000, 20 % off → 880 000.
    assert_eq!(q.net_total, Some(d("880000.00")));
    // Tier b's own limit, 50: 11 is within it.
    r.tier = "b".into();
    assert_eq!(price(&limited(), &r).unwrap().caveats, []);
    r.quantity = d("51");
    assert_eq!(
        kinds(&price(&limited(), &r).unwrap()),
        [CaveatKind::OverUserLimit]
    );
}

// ---------------------------------------------------- individual rates

#[test]
fn an_individual_rate_anywhere_makes_the_price_agreed_but_keeps_the_figures() {
    let agreed = || invoice("agreed", individual("by agreement"));
    let cases = [
        vec![
            agreed(),
            invoice("base", fixed("20")),
            invoice("extra", fixed("5")),
        ],
        vec![
            invoice("base", fixed("20")),
            agreed(),
            invoice("extra", fixed("5")),
        ],
        vec![
            invoice("base", fixed("20")),
            invoice("extra", fixed("5")),
            agreed(),
        ],
    ];
    for (at, steps) in cases.into_iter().enumerate() {
        let q = price(&one_deal(None, steps), &deal("a")).unwrap();
        assert_eq!(q.net_total, None, "position {at}");
        assert_eq!(q.margin, None, "position {at}");
        assert_eq!(q.effective_discount_percent, None, "position {at}");
        assert_eq!(q.total_benefit_percent, None, "position {at}");
        assert_eq!(q.list_total, d("1000000.00"));
        // The figures that exist are still shown: 20 % = 200 000, 5 % = 50 000.
        let amounts: Vec<_> = q.steps.iter().filter_map(|s| s.amount).collect();
        assert_eq!(amounts, [d("200000.00"), d("50000.00")], "position {at}");
        assert_eq!(q.steps[at].rate, RateKind::Individual);
        assert_eq!(q.steps[at].percent, None);
        assert_eq!(q.steps[at].min_percent, None);
        assert_eq!(q.steps[at].max_percent, None);
        assert_eq!(q.caveats.len(), 1);
        assert_eq!(q.caveats[0].kind, CaveatKind::ByAgreement);
        assert_eq!(q.caveats[0].step.as_deref(), Some("agreed"));
        assert_eq!(caveat(&q.caveats[0], Lang::En), "by agreement (en)");
    }
}

// ------------------------------------------------ tiers and situations

#[test]
fn a_step_without_a_rate_at_the_tier_is_left_out() {
    let programme = one_deal(
        None,
        vec![
            invoice("base", fixed("20")),
            step("senior", Settlement::Invoice, &[("b", fixed("10"))]),
        ],
    );
    // Tier a: 20 % only → 800 000; tier b: 20 + 10 = 30 % → 700 000.
    let q = price(&programme, &deal("a")).unwrap();
    assert_eq!(q.steps.len(), 1);
    assert_eq!(q.net_total, Some(d("800000.00")));
    let q = price(&programme, &deal("b")).unwrap();
    assert_eq!(q.steps.len(), 2);
    assert_eq!(q.net_total, Some(d("700000.00")));
    assert_eq!(q.tier, "b");
}

#[test]
fn the_situation_is_the_one_asked_for_or_the_first() {
    let mut joint = situation("joint", None, vec![invoice("base", fixed("10"))]);
    joint.condition = Some(text("a joint sale"));
    let programme = programme(vec![product(
        "p",
        vec![
            situation("own", None, vec![invoice("base", fixed("20"))]),
            joint,
        ],
    )]);
    // Own sale, the first: 20 % → 800 000, no condition.
    let q = price(&programme, &deal("a")).unwrap();
    assert_eq!(q.situation, "own");
    assert_eq!(q.net_total, Some(d("800000.00")));
    assert_eq!(q.caveats, []);
    // Joint sale: 10 % → 900 000, its condition first among the caveats.
    let mut r = deal("a");
    r.situation = Some("joint".into());
    let q = price(&programme, &r).unwrap();
    assert_eq!(q.situation, "joint");
    assert_eq!(q.net_total, Some(d("900000.00")));
    assert_eq!(kinds(&q), [CaveatKind::Condition]);
    assert_eq!(caveat(&q.caveats[0], Lang::En), "a joint sale (en)");
    r.situation = Some("auction".into());
    assert_eq!(
        price(&programme, &r),
        Err(QuoteError::UnknownSituation("auction".into()))
    );
}

// ------------------------------------------------------------ next tier

fn three_tiers(basis: Basis) -> Programme {
    with_tiers(
        vec![
            tier("a", None),
            tier("b", Some(("1000000", basis))),
            tier("c", None),
        ],
        vec![product(
            "p",
            vec![situation(
                "s",
                None,
                vec![step(
                    "base",
                    Settlement::Invoice,
                    &[("a", fixed("20")), ("b", fixed("30")), ("c", fixed("100"))],
                )],
            )],
        )],
    )
}

fn with_sales(tier: &str, sales: &str) -> QuoteRequest {
    let mut r = deal(tier);
    r.sales_last_12_months = Some(d(sales));
    r
}

/// [`three_tiers`] with a threshold of 2 000 000 at the top tier `c` too.
fn thresholds_to_the_top() -> Programme {
    let mut p = three_tiers(Basis::VendorMoney);
    p.tiers = vec![
        tier("a", None),
        tier("b", Some(("1000000", Basis::VendorMoney))),
        tier("c", Some(("2000000", Basis::VendorMoney))),
    ]
    .into();
    p
}

#[test]
fn a_threshold_met_exactly_is_passed_on_the_way_up() {
    let p = thresholds_to_the_top();
    let next = |sales: &str| {
        price(&p, &with_sales("a", sales))
            .unwrap()
            .next_tier
            .unwrap()
    };
    let met = |n: &partner_calc::engine::NextTier| -> Vec<String> {
        n.met.iter().map(|m| m.tier.clone()).collect()
    };
    let at = next("1000000");
    assert_eq!((at.tier.as_str(), met(&at)), ("c", vec!["b".to_string()]));
    assert_eq!(at.remaining, Some(d("1000000")));
    // Past every threshold: the top tier, nothing left, never negative.
    let top = next("2000000.01");
    assert_eq!((top.tier.as_str(), met(&top)), ("c", vec!["b".to_string()]));
    assert_eq!(top.remaining, Some(d("0")));
    // A tier without a money threshold stops the climb: it takes requirements.
    let p = three_tiers(Basis::VendorMoney);
    let past_b = price(&p, &with_sales("a", "1000000"))
        .unwrap()
        .next_tier
        .unwrap();
    assert_eq!((past_b.tier.as_str(), past_b.remaining), ("c", None));
    assert_eq!(met(&past_b), ["b"]);
    let next = |sales: &str| {
        price(&p, &with_sales("a", sales))
            .unwrap()
            .next_tier
            .unwrap()
    };
    // A hundredth short: 0.01 in vendor money, which at 20 % off is
    // 0.01 × 100 / 80 = 0.0125 → 0.01 at RRP.
    let short = next("999999.99");
    assert_eq!(short.remaining, Some(d("0.01")));
    assert_eq!(short.remaining_at_rrp, Some(d("0.01")));
}

#[test]
fn what_is_left_in_vendor_money_is_grossed_up_at_the_quotes_discount() {
    let p = three_tiers(Basis::VendorMoney);
    let q = price(&p, &with_sales("a", "600000")).unwrap();
    let next = q.next_tier.unwrap();
    // 1 000 000 − 600 000 = 400 000 to the vendor; at 20 % off the partner
    // pays 80 % of RRP, so 400 000 × 100 / 80 = 500 000 at RRP.
    assert_eq!(next.remaining, Some(d("400000")));
    assert_eq!(next.remaining_at_rrp, Some(d("500000.00")));
    // The deal at tier b: 30 % off → 700 000, 100 000 less than 800 000.
    assert_eq!(next.quote.as_ref().unwrap().net_total, Some(d("700000.00")));
    assert_eq!(next.gain, Some(d("100000.00")));
    // Without a sales figure: nothing remaining is known.
    let next = price(&p, &deal("a")).unwrap().next_tier.unwrap();
    assert_eq!(next.remaining, None);
    assert_eq!(next.remaining_at_rrp, None);
    assert_eq!(next.gain, Some(d("100000.00")));
}

#[test]
fn a_sales_threshold_is_not_grossed_up() {
    let p = three_tiers(Basis::Sales);
    let next = price(&p, &with_sales("a", "600000"))
        .unwrap()
        .next_tier
        .unwrap();
    // 1 000 000 − 600 000 = 400 000 of sales, already at RRP.
    assert_eq!(next.remaining, Some(d("400000")));
    assert_eq!(next.remaining_at_rrp, None);
}

#[test]
fn at_a_hundred_percent_off_there_is_no_rrp_equivalent() {
    // Tier c gives 100 %; its next tier does not exist, so price at b with
    // a two-tier programme where a gives 100 %.
    let p = with_tiers(
        vec![
            tier("a", None),
            tier("b", Some(("1000", Basis::VendorMoney))),
        ],
        vec![product(
            "p",
            vec![situation(
                "s",
                None,
                vec![step(
                    "base",
                    Settlement::Invoice,
                    &[("a", fixed("100")), ("b", fixed("100"))],
                )],
            )],
        )],
    );
    let next = price(&p, &with_sales("a", "400"))
        .unwrap()
        .next_tier
        .unwrap();
    // 1 000 − 400 = 600 left; paying 0 % of RRP has no RRP equivalent.
    assert_eq!(next.remaining, Some(d("600")));
    assert_eq!(next.remaining_at_rrp, None);
    // The same 100 % there: nothing gained.
    assert_eq!(next.gain, Some(d("0.00")));
}

#[test]
fn the_top_tier_has_no_next_tier_and_a_tier_without_threshold_no_remaining() {
    let p = three_tiers(Basis::VendorMoney);
    assert_eq!(price(&p, &deal("c")).unwrap().next_tier, None);
    // b → c: c has no threshold, so nothing remains to be computed.
    let next = price(&p, &with_sales("b", "5")).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "c");
    assert_eq!(next.remaining, None);
    // 30 % → 700 000 at b, 100 % → 0 at c: 700 000 more margin.
    assert_eq!(next.gain, Some(d("700000.00")));
}

#[test]
fn the_next_tier_brings_its_requirements_and_benefits() {
    let mut p = three_tiers(Basis::VendorMoney);
    let mut tiers = p.tiers.to_vec();
    tiers[1].requirements = vec![fact("two certified engineers")].into();
    tiers[1].benefits = vec![fact("a demo licence")].into();
    p.tiers = tiers.into();
    let next = price(&p, &deal("a")).unwrap().next_tier.unwrap();
    assert_eq!(next.requirements, [fact("two certified engineers")]);
    assert_eq!(next.unlocks, [fact("a demo licence")]);
    assert_eq!(next.name.get(Lang::En), "b (en)");
    assert!(next.threshold.is_some());
}

#[test]
fn a_next_tier_priced_by_agreement_has_no_gain() {
    let p = with_tiers(
        vec![tier("a", None), tier("b", None)],
        vec![product(
            "p",
            vec![situation(
                "s",
                None,
                vec![step(
                    "base",
                    Settlement::Invoice,
                    &[("a", fixed("20")), ("b", individual("agreed"))],
                )],
            )],
        )],
    );
    let next = price(&p, &deal("a")).unwrap().next_tier.unwrap();
    assert!(next.quote.is_some());
    assert_eq!(next.quote.unwrap().net_total, None);
    assert_eq!(next.gain, None);
}
