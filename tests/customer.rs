//! The customer's price, one vendor each, with figures worked out by hand
//! from the documents: what the customer pays and saves, the margin it
//! leaves (a loss shown as one), and the goal seek checked by pricing its
//! answer back (the target kept; 0.01 more discount breaks it).

mod support;
use partner_calc::engine::{
    quote, quote_deal, resale, CustomerError, CustomerRequest, DealError, DealLine, DealRequest,
    Goal, QuoteError, Resale, Target,
};
use partner_calc::programmes::ALL;
use rust_decimal::Decimal;
use support::{d, percent, price, request};

/// A customer part with a deal discount of `discount` percent.
fn discount(discount: &str) -> CustomerRequest {
    CustomerRequest {
        discount_percent: Some(d(discount)),
        ..CustomerRequest::default()
    }
}

/// A customer part paying `amount` for the deal.
fn amount(amount: &str) -> CustomerRequest {
    CustomerRequest {
        amount: Some(d(amount)),
        ..CustomerRequest::default()
    }
}

/// `(selling, saving, saving %, margin left, margin left %, below net)`.
fn figures(r: &Resale) -> (String, String, String, String, String, bool) {
    let s = |v: Option<Decimal>| v.map(|v| v.to_string()).unwrap_or_default();
    (
        r.selling_total.to_string(),
        r.saving.to_string(),
        s(r.saving_percent),
        s(r.margin_left),
        s(r.margin_left_percent),
        r.below_net,
    )
}

/// The found selling total of a goal.
fn found(goal: &Option<Goal>) -> Decimal {
    match goal {
        Some(Goal::Found { selling_total, .. }) => *selling_total,
        other => panic!("no discount found: {other:?}"),
    }
}

#[test]
fn smart_soft_ten_percent_off_leaves_two_thousand_and_the_goal_is_exact() {
    // 002: Certified, Traffic Inspector software, 30 % of the fixed retail
    // price: 10 000 → the partner pays 7 000.
    let mut r = request("smart-soft", "certified", "ti_software", "1", "10000");
    r.customer = Some(CustomerRequest {
        target: Some(Target::Percent(d("25"))),
        ..discount("10")
    });
    let q = price(&r).unwrap();
    let c = q.customer.as_ref().unwrap();
    assert_eq!(
        figures(c),
        (
            "9000.00".into(),
            "1000.00".into(),
            "10.00".into(),
            "2000.00".into(),
            "22.22".into(),
            false
        )
    );
    // 25 % of the selling total: S ≥ 7 000 ÷ 0.75 = 9 333.33…, so 9 333.34.
    assert_eq!(
        c.goal,
        Some(Goal::Found {
            selling_total: d("9333.34"),
            saving: d("666.66"),
            saving_percent: Some(d("6.67")),
            margin_left: d("2333.34"),
            margin_left_percent: Some(d("25.00")),
        })
    );
    let at = |selling: &str| {
        let back = resale(std::slice::from_ref(&q), &amount(selling)).unwrap();
        let m = back.margin_left.unwrap();
        m * Decimal::ONE_HUNDRED >= d("25") * back.selling_total
    };
    assert!(at("9333.34"), "the target is kept at the found price");
    assert!(!at("9333.33"), "0.01 more discount breaks it");
}

#[test]
fn stakhanovets_fifteen_percent_off_is_a_loss_and_no_discount_keeps_twenty_thousand() {
    // 001: Белый статус, «Скидка от РРЦ: 10%»: 10 × 10 000 → 90 000.
    let mut r = request("stakhanovets", "white", "licences", "10", "10000");
    r.customer = Some(CustomerRequest {
        target: Some(Target::Amount(d("20000"))),
        ..discount("15")
    });
    let q = price(&r).unwrap();
    let c = q.customer.unwrap();
    assert_eq!(
        figures(&c),
        (
            "85000.00".into(),
            "15000.00".into(),
            "15.00".into(),
            "-5000.00".into(),
            "-5.88".into(),
            true
        ),
        "selling below the partner's price is a loss, shown as one"
    );
    assert_eq!(
        c.goal,
        Some(Goal::AboveProgramme {
            margin: d("10000.00"),
            margin_percent: Some(d("10.00")),
        }),
        "even at RRP the programme leaves 10 000"
    );
}

#[test]
fn directum_sold_for_an_amount_and_the_largest_discount_keeping_150_000() {
    // 000: Авторизованный Партнер, licences 30 %: 10 × 100 000 → 700 000.
    let mut r = request("directum", "authorized", "licences", "10", "100000");
    r.customer = Some(CustomerRequest {
        target: Some(Target::Amount(d("150000"))),
        ..amount("800000")
    });
    let q = price(&r).unwrap();
    let c = q.customer.as_ref().unwrap();
    assert_eq!(
        figures(c),
        (
            "800000.00".into(),
            "200000.00".into(),
            "20.00".into(),
            "100000.00".into(),
            "12.50".into(),
            false
        )
    );
    assert!(c.lines.is_empty(), "an amount is the deal's, not a line's");
    let selling = found(&c.goal);
    assert_eq!(selling, d("850000.00"));
    let back = |s: Decimal| {
        let r = resale(std::slice::from_ref(&q), &amount(&s.to_string())).unwrap();
        r.margin_left.unwrap() >= d("150000")
    };
    assert!(back(selling));
    assert!(!back(selling - d("0.01")));
}

/// ASoft, Competency: 10 licences × 15 000 at 20 % (003 §6) and the updates
/// that follow them, 20 % of the delivery, reward 50 % (003 §4).
fn asoft_deal(customer: CustomerRequest) -> DealRequest {
    let mut updates = DealLine {
        product: "updates".into(),
        quantity: 1.into(),
        share_of: Some(0),
        ..DealLine::default()
    };
    updates.choices.insert("reward", percent("50"));
    DealRequest {
        vendor: "asoft".into(),
        tier: "competency".into(),
        lines: vec![
            DealLine {
                product: "crm_licences".into(),
                quantity: 10.into(),
                unit_price: 15_000.into(),
                ..DealLine::default()
            },
            updates,
        ],
        sales_last_12_months: None,
        customer: Some(customer),
    }
}

#[test]
fn asoft_deal_where_the_discounts_turn_the_margin_negative() {
    // List 150 000 + 30 000; net 120 000 + 15 000 = 135 000.
    // 30 % off the licences: 105 000 (−15 000); the updates at their own
    // 10 %: 27 000 (+12 000). Sold for 132 000: 3 000 below net.
    let deal = quote_deal(
        ALL,
        &asoft_deal(CustomerRequest {
            line_discount_percent: vec![None, Some(d("10"))],
            target: Some(Target::Percent(d("10"))),
            ..discount("30")
        }),
    )
    .unwrap();
    assert_eq!(deal.net_total, Some(d("135000.00")));
    let c = deal.customer.as_ref().unwrap();
    assert_eq!(
        figures(c),
        (
            "132000.00".into(),
            "48000.00".into(),
            "26.67".into(),
            "-3000.00".into(),
            "-2.27".into(),
            true
        )
    );
    let lines: Vec<(String, String, String)> = c
        .lines
        .iter()
        .map(|l| {
            (
                l.discount_percent.to_string(),
                l.selling.to_string(),
                l.margin_left.unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("30".into(), "105000.00".into(), "-15000.00".into()),
            ("10".into(), "27000.00".into(), "12000.00".into())
        ]
    );
    // 10 % of the selling total over the deal: 135 000 ÷ 0.9 = 150 000.
    let selling = found(&c.goal);
    assert_eq!(selling, d("150000.00"));
    let keeps = |s: Decimal| {
        let back = resale(&deal.lines, &amount(&s.to_string())).unwrap();
        back.margin_left.unwrap() * Decimal::ONE_HUNDRED >= d("10") * back.selling_total
    };
    assert!(keeps(selling));
    assert!(!keeps(selling - d("0.01")));
}

#[test]
fn bitrix_sells_in_tenge_but_the_margin_is_by_agreement() {
    // 004 §5.3: the licence price is agreed with 1С-Битрикс Казахстан.
    let mut r = request("bitrix-kz", "extended", "b24_enterprise", "3", "2500000");
    r.customer = Some(CustomerRequest {
        target: Some(Target::Percent(d("10"))),
        ..discount("5")
    });
    let c = price(&r).unwrap().customer.unwrap();
    assert_eq!(
        figures(&c),
        (
            "7125000.00".into(),
            "375000.00".into(),
            "5.00".into(),
            String::new(),
            String::new(),
            false
        ),
        "no margin figure, never a zero"
    );
    assert_eq!(c.goal, Some(Goal::ByAgreement));
}

#[test]
fn paid_later_bonuses_stay_apart_from_the_margin_left() {
    // ASoft Competency: the plan bonus (10 %) is paid later (003 §6).
    let mut deal = asoft_deal(discount("5"));
    deal.lines[0]
        .choices
        .insert("plan", partner_calc::engine::ChoiceValue::On(true));
    deal.lines.truncate(1);
    let q = quote_deal(ALL, &deal).unwrap();
    let c = q.customer.unwrap();
    assert_eq!(c.paid_later_total, q.paid_later_total);
    assert!(
        c.paid_later_total > Decimal::ZERO,
        "the plan bonus is paid later"
    );
    assert_eq!(
        c.margin_left,
        Some(c.selling_total - q.net_total.unwrap()),
        "the margin at the moment of sale does not count it"
    );
}

#[test]
fn refusals_say_which_part_of_the_customer_price_is_wrong() {
    let refused = |c: CustomerRequest| {
        let mut r = request("smart-soft", "certified", "ti_software", "1", "10000");
        r.customer = Some(c);
        match quote(ALL, &r) {
            Err(QuoteError::Customer(e)) => e,
            other => panic!("not refused: {other:?}"),
        }
    };
    assert_eq!(
        refused(discount("100.01")),
        CustomerError::DiscountOutOfRange
    );
    assert_eq!(refused(discount("-1")), CustomerError::DiscountOutOfRange);
    assert_eq!(refused(amount("-0.01")), CustomerError::AmountNegative);
    assert_eq!(
        refused(CustomerRequest {
            amount: Some(d("1")),
            ..discount("1")
        }),
        CustomerError::DiscountAndAmount
    );
    assert_eq!(
        refused(CustomerRequest {
            line_discount_percent: vec![None, Some(d("5"))],
            ..CustomerRequest::default()
        }),
        CustomerError::LineDiscountOutOfRange(1),
        "a single quote has one line"
    );
    for target in [
        Target::Percent(d("100")),
        Target::Percent(d("-1")),
        Target::Amount(d("-1")),
    ] {
        assert_eq!(
            refused(CustomerRequest {
                target: Some(target),
                ..CustomerRequest::default()
            }),
            CustomerError::TargetOutOfRange
        );
    }
    let deal = quote_deal(ALL, &asoft_deal(discount("101")));
    assert_eq!(
        deal.unwrap_err(),
        DealError::Deal(QuoteError::Customer(CustomerError::DiscountOutOfRange))
    );
}

#[test]
fn nothing_set_sells_at_rrp_and_leaves_the_programme_margin() {
    let mut r = request("smart-soft", "certified", "ti_software", "2", "10000");
    r.customer = Some(CustomerRequest::default());
    let q = price(&r).unwrap();
    let c = q.customer.as_ref().unwrap();
    assert_eq!(c.selling_total, q.list_total);
    assert_eq!(c.margin_left, q.margin);
    assert_eq!(c.goal, None);
    r.customer = None;
    assert_eq!(price(&r).unwrap().customer, None, "not asked, not given");
}

#[test]
fn selling_at_the_partner_price_is_no_loss() {
    // 002, Certified: 30 % off 10 000; the customer gets the same 30 %.
    let mut r = request("smart-soft", "certified", "ti_software", "1", "10000");
    r.customer = Some(discount("30"));
    let c = price(&r).unwrap().customer.unwrap();
    assert_eq!(c.margin_left, Some(d("0.00")));
    assert!(!c.below_net, "a margin of zero is no loss");
}

#[test]
fn the_edges_of_each_range_are_taken() {
    // 002, Certified: 10 000 at 30 %, so 7 000 net.
    let sold = |c: CustomerRequest| {
        let mut r = request("smart-soft", "certified", "ti_software", "1", "10000");
        r.customer = Some(c);
        price(&r).expect("taken").customer.unwrap()
    };
    let free = sold(amount("0"));
    assert_eq!(
        (free.selling_total, free.below_net),
        (d("0.00"), true),
        "given away: a loss"
    );
    assert_eq!(sold(discount("100")).selling_total, d("0.00"));
    assert_eq!(sold(discount("0")).selling_total, d("10000.00"));
    let goal = |target| {
        sold(CustomerRequest {
            target: Some(target),
            ..CustomerRequest::default()
        })
        .goal
    };
    // No margin at all: the customer may have everything down to the partner's price.
    assert_eq!(found(&goal(Target::Percent(d("0")))), d("7000.00"));
    assert_eq!(found(&goal(Target::Amount(d("0")))), d("7000.00"));
    assert_eq!(
        found(&goal(Target::Percent(d("30")))),
        d("10000.00"),
        "exactly the RRP"
    );
}
