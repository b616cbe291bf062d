//! Deals of several lines, one per vendor, with figures worked out by hand
//! from the documents (the percentages cited in each test), and the deal's
//! rules: shares that follow their line, deal-wide steps, errors by line.

mod support;
use partner_calc::engine::{
    deal_ladder, quote_deal, AfterUnknown, ChoiceValue, DealError, DealLine, DealRequest,
    QuoteError, MAX_LINES,
};
use partner_calc::model::{Currency, Lang};
use partner_calc::programmes::ALL;
use partner_calc::widget::Message;
use support::synthetic::{self, invoice, product, situation, up_to, VENDOR};
use support::{d, percent};

fn line(product: &str, quantity: &str, unit_price: &str) -> DealLine {
    DealLine {
        product: product.into(),
        quantity: d(quantity),
        unit_price: d(unit_price),
        ..DealLine::default()
    }
}

fn with(mut line: DealLine, step: &str, value: ChoiceValue) -> DealLine {
    line.choices.insert(step, value);
    line
}

fn deal(vendor: &str, tier: &str, lines: Vec<DealLine>) -> DealRequest {
    DealRequest {
        vendor: vendor.into(),
        tier: tier.into(),
        lines,
        sales_last_12_months: None,
        customer: None,
    }
}

fn money(text: &str) -> Option<rust_decimal::Decimal> {
    Some(d(text))
}

/// 000_9a9e1f877df62488.txt, benefits table and notes 2 and 5: a Certified
/// partner's licences 40 % + the quarter's additional 10 %, the subscription
/// 40 % + additional 5 %, training 20 %; the General status has 45 % bases.
#[test]
fn directum_licences_subscription_and_training() {
    let request = deal(
        "directum",
        "certified",
        vec![
            with(line("licences", "20", "50000"), "additional", percent("10")),
            with(
                line("subscription", "1", "200000"),
                "additional",
                percent("5"),
            ),
            line("training", "2", "30000"),
        ],
    );
    let q = quote_deal(ALL, &request).unwrap();
    let nets: Vec<_> = q.lines.iter().map(|l| l.net_total).collect();
    // 1 000 000 − 50 %, 200 000 − 45 %, 60 000 − 20 %.
    assert_eq!(
        nets,
        [money("500000.00"), money("110000.00"), money("48000.00")]
    );
    assert_eq!(q.list_total, d("1260000.00"));
    assert_eq!(q.net_total, money("658000.00"));
    assert_eq!(q.margin, money("602000.00"));
    // 602 000 ÷ 1 260 000 = 47.777… %.
    assert_eq!(q.effective_discount_percent, money("47.78"));
    assert_eq!(q.currency, Currency::Rub);
    // The licences' base discount and the subscription's are two rows,
    // though both steps are called `base`: 40 % of 1 000 000 and of 200 000.
    let bases: Vec<_> = q
        .steps
        .iter()
        .filter(|s| s.id == "base")
        .map(|s| s.amount)
        .collect();
    assert_eq!(bases, [money("400000.00"), money("80000.00")]);
    let next = q.next_tier.unwrap();
    assert_eq!(next.tier, "general");
    assert_eq!(next.after_unknown, Some(AfterUnknown::NoThreshold));
    // At 45 %: 1 000 000 − 55 %, 200 000 − 50 %, 60 000 − 20 %.
    assert_eq!(next.quote.unwrap().net_total, money("598000.00"));
    assert_eq!(next.gain, money("60000.00"));
}

/// The quarter's additional discount describes the partner (note 2): two
/// licence lines cannot have two different figures for it.
#[test]
fn directum_deal_wide_discount_is_one_value_per_product() {
    let request = deal(
        "directum",
        "certified",
        vec![
            with(line("licences", "20", "50000"), "additional", percent("10")),
            with(line("licences", "5", "80000"), "additional", percent("5")),
        ],
    );
    assert_eq!(
        quote_deal(ALL, &request),
        Err(DealError::DealWideDiffers {
            line: 1,
            step: Some("additional".into())
        })
    );
    // The subscription's own additional discount is another step: it may differ.
    let request = deal(
        "directum",
        "certified",
        vec![
            with(line("licences", "20", "50000"), "additional", percent("10")),
            with(
                line("subscription", "1", "200000"),
                "additional",
                percent("5"),
            ),
        ],
    );
    assert!(quote_deal(ALL, &request).is_ok());
}

/// 001_af8adf79e3372de8.txt: Silver 30 %, Gold 40 % from 5 000 000 ₽ of
/// sales over 12 months in vendor money. With 4 700 000 ₽ sold, 300 000 ₽
/// are missing; this deal pays the vendor 287 000 ₽, so 13 000 ₽ remain.
#[test]
fn stakhanovets_deal_counts_towards_gold() {
    let mut request = deal(
        "stakhanovets",
        "silver",
        vec![
            line("licences", "50", "5000"),
            line("licences", "20", "8000"),
        ],
    );
    request.sales_last_12_months = Some(d("4700000"));
    let q = quote_deal(ALL, &request).unwrap();
    assert_eq!(q.list_total, d("410000.00"));
    assert_eq!(q.net_total, money("287000.00"));
    let next = q.next_tier.unwrap();
    assert_eq!(next.tier, "gold");
    assert_eq!(next.remaining_before, money("300000"));
    assert_eq!(next.remaining_after, money("13000.00"));
    assert_eq!(next.after_unknown, None);
    // At 40 %: 250 000 × 0.6 + 160 000 × 0.6.
    assert_eq!(next.quote.unwrap().net_total, money("246000.00"));
    assert_eq!(next.gain, money("41000.00"));

    // A bigger deal reaches the threshold by itself: nothing remains.
    request.lines[0].quantity = d("100");
    let next = quote_deal(ALL, &request).unwrap().next_tier.unwrap();
    assert_eq!(next.remaining_after, Some(d("0")));
}

/// Sales before the deal that already meet Bronze's and Silver's
/// thresholds point a White partner's deal at Gold, naming both.
#[test]
fn white_deal_with_600_000_of_sales_aims_at_gold() {
    let mut request = deal(
        "stakhanovets",
        "white",
        vec![line("licences", "10", "10000")],
    );
    request.sales_last_12_months = Some(d("600000"));
    let next = quote_deal(ALL, &request).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "gold");
    assert_eq!(next.remaining_before, money("4400000"));
    // The deal pays the vendor 90 000: 4 310 000 left after it.
    assert_eq!(next.remaining_after, money("4310000.00"));
    let met: Vec<&str> = next.met.iter().map(|m| m.tier.as_str()).collect();
    assert_eq!(met, ["bronze", "silver"]);
}

/// Who registered the deal first describes the whole deal: one situation
/// for every line.
#[test]
fn stakhanovets_situation_is_the_same_on_every_line() {
    let mut other = with(
        line("licences", "20", "8000"),
        "other_partner",
        percent("5"),
    );
    other.situation = Some("other_partner".into());
    let request = deal(
        "stakhanovets",
        "silver",
        vec![line("licences", "50", "5000"), other],
    );
    assert_eq!(
        quote_deal(ALL, &request),
        Err(DealError::DealWideDiffers {
            line: 1,
            step: None
        })
    );
}

/// 002_fb8fab4bee64a05e.txt: Certified 30 % on TI software, 20 % on TING;
/// Privileged from 1 000 000 ₽ a year, counted as "sales", which the
/// document does not define: only the before-deal figure is given.
#[test]
fn smart_soft_software_with_an_appliance() {
    let mut request = deal(
        "smart-soft",
        "certified",
        vec![
            line("ti_software", "10", "10000"),
            line("ting", "2", "40000"),
        ],
    );
    request.sales_last_12_months = Some(d("600000"));
    let q = quote_deal(ALL, &request).unwrap();
    assert_eq!(q.list_total, d("180000.00"));
    // 100 000 − 30 % and 80 000 − 20 %.
    assert_eq!(q.net_total, money("134000.00"));
    // 46 000 ÷ 180 000 = 25.555… %.
    assert_eq!(q.effective_discount_percent, money("25.56"));
    let next = q.next_tier.unwrap();
    assert_eq!(next.remaining_before, money("400000"));
    assert_eq!(next.remaining_after, None);
    assert_eq!(next.after_unknown, Some(AfterUnknown::BasisNotStated));
    // Privileged: 35 % and 25 % off, and the 5 % quarterly rebate paid later.
    let there = next.quote.unwrap();
    assert_eq!(there.net_total, money("125000.00"));
    assert_eq!(there.paid_later_total, d("9000.00"));
    assert_eq!(there.total_benefit_percent, money("35.56"));
}

/// 003_fa1ec9df0cf7228f.txt: a Competency partner's licences at 20 % with
/// every bonus (5 + 10 + 2.5 + 2.5, paid back later, capped with the
/// discount at 40 %); updates cost 20 % and extended support 30 % of the
/// licence delivery; the partner gets up to 50 % of the updates, and the
/// document names no reward on extended support.
#[test]
fn asoft_licences_with_updates_and_extended_support() {
    let mut licences = line("crm_licences", "10", "100000");
    for step in ["reviews", "plan", "specialists"] {
        licences = with(licences, step, ChoiceValue::On(true));
    }
    licences = with(licences, "events", ChoiceValue::Pick("host".into()));
    let follow = |product: &str| DealLine {
        product: product.into(),
        quantity: d("1"),
        share_of: Some(0),
        ..DealLine::default()
    };
    let updates = with(follow("updates"), "reward", percent("50"));
    let mut request = deal(
        "asoft",
        "competency",
        vec![licences, updates, follow("extended_support")],
    );
    let q = quote_deal(ALL, &request).unwrap();
    let lists: Vec<_> = q.lines.iter().map(|l| l.list_total).collect();
    assert_eq!(lists, [d("1000000.00"), d("200000.00"), d("300000.00")]);
    assert_eq!(q.lines[0].net_total, money("800000.00"));
    assert_eq!(q.lines[0].paid_later_total, d("200000.00"));
    assert_eq!(q.lines[1].net_total, money("100000.00"));
    // Extended support is by agreement: so is the deal's net, the lines stay.
    assert_eq!(q.lines[2].net_total, None);
    assert_eq!(q.by_agreement, [2]);
    assert_eq!(q.net_total, None);
    assert_eq!(q.list_total, d("1500000.00"));
    assert_eq!(q.paid_later_total, d("200000.00"));

    // The shares follow the licence line when it changes.
    request.lines[0].quantity = d("12");
    let q = quote_deal(ALL, &request).unwrap();
    assert_eq!(q.lines[1].list_total, d("240000.00"));
    assert_eq!(q.lines[2].list_total, d("360000.00"));

    // Without the support line: 1 200 000 list, 900 000 net; the discount
    // is 25 % of the list and with the bonuses 41.67 %.
    request.lines[0].quantity = d("10");
    request.lines.pop();
    let q = quote_deal(ALL, &request).unwrap();
    assert_eq!(q.net_total, money("900000.00"));
    assert_eq!(q.effective_discount_percent, money("25.00"));
    assert_eq!(q.total_benefit_percent, money("41.67"));
}

/// The partner's bonuses describe the partner (section 9): one value for
/// every licence line.
#[test]
fn asoft_bonuses_are_deal_wide() {
    let request = deal(
        "asoft",
        "competency",
        vec![
            with(
                line("crm_licences", "10", "100000"),
                "plan",
                ChoiceValue::On(true),
            ),
            line("crm_licences", "5", "60000"),
        ],
    );
    assert_eq!(
        quote_deal(ALL, &request),
        Err(DealError::DealWideDiffers {
            line: 1,
            step: Some("plan".into())
        })
    );
}

/// 004_193c6adb431eeea7.txt, 5.3: no figures; the price is agreed with
/// 1С-Битрикс Казахстан. The list total in tenge, every line by agreement.
#[test]
fn bitrix_enterprise_products_are_all_by_agreement() {
    let request = deal(
        "bitrix-kz",
        "basic",
        vec![
            line("site_enterprise", "1", "2000000"),
            line("b24_enterprise", "1", "3000000"),
        ],
    );
    let q = quote_deal(ALL, &request).unwrap();
    assert_eq!(q.currency, Currency::Kzt);
    assert_eq!(q.list_total, d("5000000.00"));
    assert_eq!(q.net_total, None);
    assert_eq!(q.by_agreement, [0, 1]);
}

#[test]
fn the_ladder_prices_the_whole_deal_at_every_tier() {
    let request = deal(
        "stakhanovets",
        "white",
        vec![
            line("licences", "50", "5000"),
            line("licences", "20", "8000"),
        ],
    );
    let ladder = deal_ladder(ALL, &request).unwrap();
    let nets: Vec<_> = ladder
        .iter()
        .map(|q| q.as_ref().and_then(|q| q.net_total))
        .collect();
    // 410 000 at 10, 20, 30, 40 % and Trusted individual.
    assert_eq!(
        nets,
        [
            money("369000.00"),
            money("328000.00"),
            money("287000.00"),
            money("246000.00"),
            None
        ]
    );
}

#[test]
fn refusals_name_the_line() {
    let mut request = deal(
        "smart-soft",
        "certified",
        vec![line("ti_software", "1", "1"), line("ting", "0", "1")],
    );
    assert_eq!(
        quote_deal(ALL, &request),
        Err(DealError::Line {
            line: 1,
            error: QuoteError::QuantityNotPositiveWhole
        })
    );
    request.lines.clear();
    assert_eq!(quote_deal(ALL, &request), Err(DealError::NoLines));
    request.lines = vec![line("ti_software", "1", "1"); MAX_LINES + 1];
    assert_eq!(
        quote_deal(ALL, &request),
        Err(DealError::TooManyLines(MAX_LINES))
    );
    request.lines.truncate(MAX_LINES);
    assert!(quote_deal(ALL, &request).is_ok());
    request.vendor = "nope".into();
    let error = quote_deal(ALL, &request).unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"Deal(UnknownVendor("nope"))"#,
        "for logs"
    );
    assert_eq!(
        quote_deal(ALL, &request),
        Err(DealError::Deal(QuoteError::UnknownVendor("nope".into())))
    );
}

#[test]
fn a_share_must_follow_another_line_that_leads() {
    let follow = |product: &str, base: usize| DealLine {
        product: product.into(),
        quantity: d("1"),
        share_of: Some(base),
        ..DealLine::default()
    };
    let licences = line("crm_licences", "10", "100000");
    let cases = [
        // Itself, out of range, a follower, a product without a share.
        vec![licences.clone(), follow("updates", 1)],
        vec![licences.clone(), follow("updates", 5)],
        vec![
            licences.clone(),
            follow("updates", 0),
            follow("extended_support", 1),
        ],
        vec![licences.clone(), follow("internal_use", 0)],
    ];
    let bad = [1, 1, 2, 1];
    for (lines, line) in cases.into_iter().zip(bad) {
        let request = deal("asoft", "competency", lines);
        assert_eq!(quote_deal(ALL, &request), Err(DealError::BadShare { line }));
    }
}

#[test]
fn refusals_are_worded_with_the_line_a_person_counts() {
    let request = deal(
        "smart-soft",
        "certified",
        vec![line("ti_software", "1", "1"), line("ting", "0", "1")],
    );
    let error = quote_deal(ALL, &request).unwrap_err();
    assert_eq!(
        error.message(Lang::En),
        "Line 2: The quantity must be a whole number of at least 1"
    );
    assert_eq!(
        error.message(Lang::Ru),
        "Строка 2: Количество — целое число не меньше 1"
    );
    let differs = DealError::DealWideDiffers {
        line: 1,
        step: Some("plan".into()),
    };
    assert_eq!(
        differs.message(Lang::En),
        "Line 2: “plan” describes the partner or the whole deal and must be the same on every line of this product"
    );
    let situation = DealError::DealWideDiffers {
        line: 0,
        step: None,
    };
    assert!(situation
        .message(Lang::Ru)
        .starts_with("Строка 1: ситуация сделки"));
    assert_eq!(
        DealError::TooManyLines(50).message(Lang::En),
        "A deal has at most 50 lines"
    );
}

/// 003_fa1ec9df0cf7228f.txt, 6: updates and extended support cost a share
/// of «стоимость поставки Лицензий», the licence delivery: they follow a
/// licence line, as one delivery, and nothing else.
#[test]
fn a_share_follows_the_licence_delivery_once() {
    let follow = |product: &str, quantity: &str| DealLine {
        product: product.into(),
        quantity: d(quantity),
        share_of: Some(0),
        ..DealLine::default()
    };
    let refused = |base: DealLine, follower: DealLine| {
        quote_deal(ALL, &deal("asoft", "competency", vec![base, follower]))
    };
    let licences = line("crm_licences", "10", "100000");
    let own_use = line("internal_use", "10", "100000");
    assert_eq!(
        refused(own_use, follow("updates", "1")),
        Err(DealError::BadShare { line: 1 }),
        "the partner's own-use licences are no delivery to a customer"
    );
    assert_eq!(
        refused(licences.clone(), follow("updates", "3")),
        Err(DealError::BadShare { line: 1 }),
        "one delivery"
    );
    assert_eq!(
        refused(licences.clone(), follow("nope", "1")),
        Err(DealError::Line {
            line: 1,
            error: QuoteError::UnknownProduct("nope".into())
        })
    );
    let q = refused(licences, follow("updates", "1")).unwrap();
    assert_eq!(q.lines[1].list_total, d("200000.00"));
}

/// A deal-wide choice left out is its default: no bonus, the range's
/// minimum. Lines that price the same are not refused as different.
#[test]
fn a_deal_wide_default_equals_the_value_it_stands_for() {
    let asoft = deal(
        "asoft",
        "competency",
        vec![
            with(
                line("crm_licences", "10", "100000"),
                "plan",
                ChoiceValue::On(false),
            ),
            line("crm_licences", "5", "60000"),
        ],
    );
    assert!(quote_deal(ALL, &asoft).is_ok());
    let directum = deal(
        "directum",
        "certified",
        vec![
            line("licences", "20", "50000"),
            with(line("licences", "5", "80000"), "additional", percent("0")),
        ],
    );
    assert!(quote_deal(ALL, &directum).is_ok());
}

/// Note 3 of 000_9a9e1f877df62488.txt: when Directum takes part in the
/// sale, discounts are individual: a sale is joint or not for all its licences.
#[test]
fn directum_joint_sale_is_the_whole_deal() {
    let mut joint = line("licences", "5", "80000");
    joint.situation = Some("joint_sale".into());
    let request = deal(
        "directum",
        "certified",
        vec![line("licences", "20", "50000"), joint],
    );
    assert_eq!(
        quote_deal(ALL, &request),
        Err(DealError::DealWideDiffers {
            line: 1,
            step: None
        })
    );
}

/// The largest deals keep their percentages (the amount is divided by the
/// list before × 100), and what is left to a threshold is money: 0.01.
#[test]
fn percentages_and_thresholds_hold_at_the_extremes() {
    let huge = line("licences", "1000000000", "790000000000000000");
    let request = deal("stakhanovets", "silver", vec![huge; MAX_LINES]);
    let q = quote_deal(ALL, &request).unwrap();
    assert_eq!(q.effective_discount_percent, money("30.00"));

    let mut request = deal(
        "stakhanovets",
        "silver",
        vec![
            line("licences", "50", "5000"),
            line("licences", "20", "8000"),
        ],
    );
    request.sales_last_12_months = Some(d("4700000.005"));
    let next = quote_deal(ALL, &request).unwrap().next_tier.unwrap();
    // 5 000 000 − 4 700 000.005 = 299 999.995 → 300 000.00; less 287 000.
    assert_eq!(next.remaining_before.unwrap().to_string(), "300000.00");
    assert_eq!(next.remaining_after.unwrap().to_string(), "13000.00");
}

/// A step that is deal-wide in one situation and not in another (a host's
/// data may say so): only the lines where it is deal-wide must agree, in
/// whichever order the lines come.
#[test]
fn a_step_is_compared_only_where_it_is_deal_wide() {
    let mut wide = invoice("s", up_to("0", "10"));
    wide.deal_wide = Some(synthetic::source());
    let data = [synthetic::programme(vec![product(
        "p",
        vec![
            situation("a", None, vec![wide]),
            situation("b", None, vec![invoice("s", up_to("0", "10"))]),
        ],
    )])];
    let at = |situation: &str, value: &str| {
        let mut l = with(line("p", "1", "100"), "s", percent(value));
        l.situation = Some(situation.into());
        l
    };
    for lines in [
        vec![at("b", "1"), at("a", "2")],
        vec![at("a", "2"), at("b", "1")],
    ] {
        let request = deal(VENDOR, "a", lines);
        assert!(quote_deal(&data, &request).is_ok(), "{:?}", request.lines);
    }
}

/// A deal-wide range's default is its minimum at the deal's tier: at tier
/// `b`, where the range starts at 5, no choice and 5 % are the same value.
#[test]
fn a_deal_wide_default_is_read_at_the_deal_s_tier() {
    let mut step = synthetic::step(
        "s",
        partner_calc::model::Settlement::Invoice,
        &[("a", up_to("0", "10")), ("b", up_to("5", "10"))],
    );
    step.deal_wide = Some(synthetic::source());
    let data = [synthetic::programme(vec![product(
        "p",
        vec![situation("x", None, vec![step])],
    )])];
    let lines = vec![
        line("p", "1", "100"),
        with(line("p", "1", "100"), "s", percent("5")),
    ];
    assert!(quote_deal(&data, &deal(VENDOR, "b", lines.clone())).is_ok());
    assert_eq!(
        quote_deal(&data, &deal(VENDOR, "a", lines)),
        Err(DealError::DealWideDiffers {
            line: 1,
            step: Some("s".into())
        }),
        "at tier a the default is 0 %"
    );
}
