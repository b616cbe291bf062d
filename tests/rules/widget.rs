//! The widget's logic around the engine on synthetic programmes: comparing
//! programmes, the what-if for expected sales, the sentences about the next
//! tier and the standing, and every error message in both languages.

use crate::support::d;
use crate::support::synthetic::*;
use partner_calc::engine::compare::{best, compare, what_if, Deal};
use partner_calc::engine::{quote, ChoiceValue, Quote, QuoteError, QuoteRequest};
use partner_calc::model::{Basis, Category, Lang, Programme, Rate, Settlement, Tier};
use partner_calc::widget::form::Pricing;
use partner_calc::widget::sentences::{next_tier, standing, summary};
use partner_calc::widget::Message;

const NBSP: char = '\u{a0}';

/// `text` with `_` for the no-break spaces the formatting puts in.
fn nb(text: &str) -> String {
    text.replace('_', &NBSP.to_string())
}

fn licences() -> Deal {
    Deal {
        category: Category::Licence,
        quantity: d("10"),
        unit_price: d("100000"),
    }
}

/// A licence product `id` of one situation with one step `base` at these rates.
fn licence(id: &str, rates: &[(&str, Rate)]) -> partner_calc::model::Product {
    product(
        id,
        vec![situation(
            "s",
            None,
            vec![step("base", Settlement::Invoice, rates)],
        )],
    )
}

/// A licence product `lic` with a step `base` at `rates` and a step `extra`
/// at `extra`.
fn licence_with_range(
    rates: &[(&str, Rate)],
    extra: &[(&str, Rate)],
) -> partner_calc::model::Product {
    product(
        "lic",
        vec![situation(
            "s",
            None,
            vec![
                step("base", Settlement::Invoice, rates),
                step("extra", Settlement::Invoice, extra),
            ],
        )],
    )
}

fn named(id: &str, mut p: Programme) -> Programme {
    p.id = id.to_string().into();
    p
}

fn with_requirements(mut t: Tier, facts: &[&str]) -> Tier {
    t.requirements = facts.iter().map(|f| fact(f)).collect::<Vec<_>>().into();
    t
}

// ---------------------------------------------------------------- compare

/// `synth`: a service product first (50 %), then licences at tier a 20 %
/// and at tier b 20 % plus up to 15 %; tier c by agreement.
/// `other`: services only.
fn compared() -> Vec<Programme> {
    let mut service = licence("svc", &[("a", fixed("50")), ("b", fixed("50"))]);
    service.category = Category::Service;
    let lic = product(
        "lic",
        vec![situation(
            "s",
            None,
            vec![
                step(
                    "base",
                    Settlement::Invoice,
                    &[
                        ("a", fixed("20")),
                        ("b", fixed("20")),
                        ("c", individual("agreed")),
                    ],
                ),
                step("extra", Settlement::Invoice, &[("b", up_to("0", "15"))]),
            ],
        )],
    );
    let synth = with_tiers(
        vec![tier("a", None), tier("b", None), tier("c", None)],
        vec![service.clone(), lic],
    );
    let other = named("other", with_tiers(vec![tier("a", None)], vec![service]));
    vec![synth, other]
}

#[test]
fn compare_prices_each_tier_at_the_first_product_of_the_kind() {
    let programmes = compared();
    let rows = compare(&programmes, &licences());
    let ids: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (&*r.programme.id, &*r.tier.id))
        .collect();
    assert_eq!(ids, [("synth", "a"), ("synth", "b"), ("synth", "c")]);
    let net: Vec<_> = rows
        .iter()
        .map(|r| r.quote.as_ref().unwrap().net_total)
        .collect();
    // a: 20 % of 1 000 000 off → 800 000; b: 20 + 15 (the top of the
    // range) = 35 % → 650 000; c: by agreement.
    assert_eq!(net, [Some(d("800000.00")), Some(d("650000.00")), None]);
    let up_to: Vec<_> = rows.iter().map(|r| r.up_to).collect();
    assert_eq!(up_to, [None, Some(d("15")), None]);
    let discounts: Vec<_> = rows.iter().map(|r| r.discount()).collect();
    assert_eq!(discounts, [Some(d("20")), Some(d("35")), None]);
    // b's 35 % rests on discretion; certain, a and b both give 20 %: the first.
    assert_eq!(best(&rows), Some(0));
}

#[test]
fn the_best_row_is_the_first_of_equal_discounts() {
    // Tiers a, b, c at 20, 30, 30 %: b comes first among the 30 %.
    let p = with_tiers(
        vec![tier("a", None), tier("b", None), tier("c", None)],
        vec![licence(
            "lic",
            &[("a", fixed("20")), ("b", fixed("30")), ("c", fixed("30"))],
        )],
    );
    let rows = compare(std::slice::from_ref(&p), &licences());
    assert_eq!(best(&rows), Some(1));
    // 30, 20, 10 %: the first.
    let p = with_tiers(
        vec![tier("a", None), tier("b", None), tier("c", None)],
        vec![licence(
            "lic",
            &[("a", fixed("30")), ("b", fixed("20")), ("c", fixed("10"))],
        )],
    );
    let rows = compare(std::slice::from_ref(&p), &licences());
    assert_eq!(best(&rows), Some(0));
    // An "up to" counts at its minimum: a, 30 % certain, beats b's 20 % with
    // up to 25 % more at the vendor's discretion (45 % at most).
    let p = with_tiers(
        vec![tier("a", None), tier("b", None)],
        vec![licence_with_range(
            &[("a", fixed("30")), ("b", fixed("20"))],
            &[("b", up_to("0", "25"))],
        )],
    );
    let rows = compare(std::slice::from_ref(&p), &licences());
    let certain: Vec<_> = rows.iter().map(|r| r.certain).collect();
    assert_eq!(certain, [Some(d("30")), Some(d("20"))]);
    assert_eq!(rows[1].discount(), Some(d("45")));
    assert_eq!(best(&rows), Some(0));
    // Nothing with a figure: no best row.
    let p = with_tiers(
        vec![tier("a", None)],
        vec![licence("lic", &[("a", individual("agreed"))])],
    );
    assert_eq!(best(&compare(std::slice::from_ref(&p), &licences())), None);
    assert_eq!(best(&[]), None);
}

// ---------------------------------------------------------------- what if

/// `synth`: tiers a (from 50), b (from 100), c (no threshold), d (from 300)
/// at 10, 20, 25, 30 %; `zed`: tiers a, b (from 100) at 5 and 40 %;
/// `other`: services only.
fn planned() -> Vec<Programme> {
    let synth = with_tiers(
        vec![
            with_requirements(tier("a", Some(("50", Basis::Sales))), &["contract"]),
            with_requirements(
                tier("b", Some(("100", Basis::Sales))),
                &["contract", "engineer"],
            ),
            tier("c", None),
            with_requirements(tier("d", Some(("300", Basis::VendorMoney))), &["office"]),
        ],
        vec![licence(
            "lic",
            &[
                ("a", fixed("10")),
                ("b", fixed("20")),
                ("c", fixed("25")),
                ("d", fixed("30")),
            ],
        )],
    );
    let zed = named(
        "zed",
        with_tiers(
            vec![tier("a", None), tier("b", Some(("100", Basis::Sales)))],
            vec![licence("lic", &[("a", fixed("5")), ("b", fixed("40"))])],
        ),
    );
    let mut service = licence("svc", &[("a", fixed("50"))]);
    service.category = Category::Service;
    let other = named("other", with_tiers(vec![tier("a", None)], vec![service]));
    vec![synth, zed, other]
}

fn texts(facts: &[&partner_calc::model::Fact]) -> Vec<String> {
    facts.iter().map(|f| f.text.en.to_string()).collect()
}

#[test]
fn what_if_below_the_first_threshold_stays_at_the_entry_tier() {
    let programmes = planned();
    let all = what_if(&programmes, d("10"), &licences());
    let ids: Vec<&str> = all.iter().map(|s| &*s.programme.id).collect();
    assert_eq!(ids, ["synth", "zed"], "`other` sells no licences");
    let s = &all[0];
    assert_eq!(s.reached.id, "a", "the entry tier, though 10 < 50");
    assert_eq!(s.next.map(|t| &*t.id), Some("b"));
    // 100 − 10 = 90 to go; margins 20 % − 10 % of 1 000 000 = 100 000.
    assert_eq!(s.remaining, Some(d("90")));
    assert_eq!(s.gain, Some(d("100000.00")));
    // a's and b's requirements, the shared one once.
    assert_eq!(texts(&s.requirements), ["contract (en)", "engineer (en)"]);
    let z = &all[1];
    assert_eq!(z.reached.id, "a");
    assert_eq!(z.next.map(|t| &*t.id), Some("b"));
    // 100 − 10 = 90; margins 40 % − 5 % = 350 000.
    assert_eq!(z.remaining, Some(d("90")));
    assert_eq!(z.gain, Some(d("350000.00")));
    assert!(z.requirements.is_empty());
}

#[test]
fn what_if_at_a_threshold_exactly_reaches_it() {
    let programmes = planned();
    let s = &what_if(&programmes, d("100"), &licences())[0];
    assert_eq!(s.reached.id, "b");
    // c has no threshold; d needs 300: 300 − 100 = 200 to go, and
    // 30 % − 20 % of 1 000 000 = 100 000 more margin.
    assert_eq!(s.next.map(|t| &*t.id), Some("d"));
    assert_eq!(s.remaining, Some(d("200")));
    assert_eq!(s.gain, Some(d("100000.00")));
    assert_eq!(
        texts(&s.requirements),
        ["contract (en)", "engineer (en)", "office (en)"]
    );
    // A hundredth less stays below b: 100 − 99.99 = 0.01 to go.
    let s = &what_if(&programmes, d("99.99"), &licences())[0];
    assert_eq!(s.reached.id, "a");
    assert_eq!(s.remaining, Some(d("0.01")));
    // Above the top threshold: nothing next.
    let s = &what_if(&programmes, d("300"), &licences())[0];
    assert_eq!(s.reached.id, "d");
    assert_eq!(s.next, None);
    assert_eq!(s.remaining, None);
    assert_eq!(s.gain, None);
    assert_eq!(texts(&s.requirements), ["office (en)"]);
}

// ------------------------------------------------------------- sentences

/// Tiers a (no threshold), b (1 000 000 in vendor money), c (none) at
/// 20, 30, 100 %, with an `extra` range at a only.
fn ladder() -> Programme {
    with_tiers(
        vec![
            tier("a", None),
            tier("b", Some(("1000000", Basis::VendorMoney))),
            tier("c", None),
        ],
        vec![product(
            "p",
            vec![situation(
                "s",
                None,
                vec![
                    step(
                        "base",
                        Settlement::Invoice,
                        &[("a", fixed("20")), ("b", fixed("30")), ("c", fixed("100"))],
                    ),
                    step(
                        "extra",
                        Settlement::Invoice,
                        &[("a", up_to("0", "5")), ("b", fixed("0"))],
                    ),
                ],
            )],
        )],
    )
}

fn deal(tier: &str, sales: Option<&str>) -> QuoteRequest {
    let mut r = crate::support::request(VENDOR, tier, "p", "10", "100000");
    r.sales_last_12_months = sales.map(d);
    r
}

fn priced(p: &Programme, r: &QuoteRequest) -> Quote {
    quote(std::slice::from_ref(p), r).unwrap()
}

fn said(q: &Quote, lang: Lang) -> String {
    next_tier(q.next_tier.as_ref().unwrap(), q, lang)
}

#[test]
fn sales_that_reach_the_top_threshold_are_said_to_reach_it() {
    let mut two = ladder();
    two.tiers = two.tiers[..2].to_vec().into();
    let q = priced(&two, &deal("a", Some("1000000")));
    // 30 % at b instead of 20 %: 10 % of 1 000 000 = 100 000 more.
    assert_eq!(
        said(&q, Lang::En),
        nb("Your sales reach the threshold of b (en) (RUB_1,000,000.00): 30% instead of 20%, +RUB_100,000.00 on this deal.")
    );
    assert_eq!(
        said(&q, Lang::Ru),
        nb("Ваши продажи достигают порога «b (ru)» (1_000_000,00_₽): 30% вместо 20%, +100_000,00_₽ на этой сделке.")
    );
}

#[test]
fn what_is_left_to_sell_is_said_with_its_value_at_rrp() {
    // 1 000 000 − 600 000 = 400 000 in vendor money; at 20 % off that is
    // 400 000 × 100 / 80 = 500 000 at RRP.
    let q = priced(&ladder(), &deal("a", Some("600000")));
    assert_eq!(
        said(&q, Lang::En),
        nb("Sell RUB_400,000.00 more in vendor money over 12 months to reach b (en) (≈ RUB_500,000.00 at RRP): 30% instead of 20%, +RUB_100,000.00 on this deal.")
    );
    assert_eq!(
        said(&q, Lang::Ru),
        nb("Продайте еще на 400_000,00_₽ в деньгах вендора за 12 месяцев, чтобы перейти на «b (ru)» (≈ 500_000,00_₽ по РРЦ): 30% вместо 20%, +100_000,00_₽ на этой сделке.")
    );
}

#[test]
fn a_tier_without_threshold_is_granted_on_requirements() {
    // b → c: 100 % instead of 30 %, 70 % of 1 000 000 = 700 000 more.
    let q = priced(&ladder(), &deal("b", None));
    assert_eq!(
        said(&q, Lang::En),
        nb("c (en) is granted on requirements, not on a sales amount: 100% instead of 30%, +RUB_700,000.00 on this deal.")
    );
    assert_eq!(
        said(&q, Lang::Ru),
        nb("«c (ru)» присваивается по требованиям, а не по сумме продаж: 100% вместо 30%, +700_000,00_₽ на этой сделке.")
    );
}

#[test]
fn the_same_discount_or_no_gain_is_not_announced() {
    // a and b both at 20 %: nothing to add after the threshold.
    let p = with_tiers(
        vec![tier("a", None), tier("b", Some(("1000", Basis::Sales)))],
        vec![licence("p", &[("a", fixed("20")), ("b", fixed("20"))])],
    );
    let q = priced(&p, &deal("a", None));
    assert_eq!(
        said(&q, Lang::En),
        nb("b (en) needs RUB_1,000.00 of sales over 12 months.")
    );
    assert_eq!(
        said(&q, Lang::Ru),
        nb("«b (ru)» — от 1_000,00_₽ продаж за 12 месяцев.")
    );
    // A price of 0: 30 % instead of 20 %, but nothing gained on this deal.
    let mut r = deal("a", None);
    r.unit_price = d("0");
    let q = priced(&ladder(), &r);
    assert_eq!(
        said(&q, Lang::En),
        nb("b (en) needs RUB_1,000,000.00 in vendor money over 12 months: 30% instead of 20%.")
    );
}

#[test]
fn a_next_tier_that_cannot_price_the_deal_says_nothing_of_it() {
    // `extra` = 5 % is a range at a but fixed at b: the deal cannot be
    // priced there with that choice.
    let mut r = deal("a", None);
    r.choices.insert("extra", ChoiceValue::Percent(d("5")));
    let q = priced(&ladder(), &r);
    let next = q.next_tier.as_ref().unwrap();
    assert_eq!(next.quote, None);
    assert_eq!(
        said(&q, Lang::En),
        nb("b (en) needs RUB_1,000,000.00 in vendor money over 12 months.")
    );
}

#[test]
fn a_next_tier_priced_by_agreement_says_so() {
    let p = with_tiers(
        vec![tier("a", None), tier("b", None)],
        vec![licence(
            "p",
            &[("a", fixed("20")), ("b", individual("agreed"))],
        )],
    );
    let q = priced(&p, &deal("a", None));
    assert_eq!(
        said(&q, Lang::Ru),
        "«b (ru)» присваивается по требованиям, а не по сумме продаж: цена по согласованию с вендором."
    );
    let b = priced(&p, &deal("b", None));
    assert_eq!(
        summary(&Pricing::One(b), Lang::En),
        nb("Total at RRP: RUB_1,000,000.00. The partner price is agreed with the vendor.")
    );
    let a = priced(&p, &deal("a", None));
    // 20 % of 1 000 000 off: 800 000 to pay, 200 000 margin.
    assert_eq!(
        summary(&Pricing::One(a), Lang::Ru),
        nb("Цена партнера: 800_000,00_₽. Маржа: 200_000,00_₽ (20%).")
    );
}

#[test]
fn the_standing_says_where_the_sales_put_the_partner_and_what_is_next() {
    let programmes = planned();
    let all = what_if(&programmes, d("100"), &licences());
    // synth at b (from 100 of sales), d next: 300 − 100 = 200 to go, margin
    // 30 % − 20 % of 1 000 000 = 100 000.
    assert_eq!(
        standing(&all[0], Lang::En),
        [
            nb("b (en): threshold RUB_100.00 of sales over 12 months"),
            nb("d (en) (RUB_300.00 in vendor money over 12 months) is RUB_200.00 away; +RUB_100,000.00 on this deal."),
        ]
    );
    assert_eq!(
        standing(&all[0], Lang::Ru),
        [
            nb("«b (ru)»: порог 100,00_₽ продаж за 12 месяцев"),
            nb("До «d (ru)» (300,00_₽ в деньгах вендора за 12 месяцев) осталось 200,00_₽; на этой сделке +100_000,00_₽."),
        ]
    );
    // zed: 100 reaches b, its top tier; nothing comes after it.
    assert_eq!(
        standing(&all[1], Lang::En),
        [
            nb("b (en): threshold RUB_100.00 of sales over 12 months"),
            "No next tier with a sales threshold.".to_string(),
        ]
    );
    assert_eq!(
        standing(&all[1], Lang::Ru)[1],
        "Следующего статуса с порогом продаж нет."
    );
    let all = what_if(&programmes, d("10"), &licences());
    // zed at a, no threshold: b needs 100 − 10 = 90 more.
    assert_eq!(
        standing(&all[1], Lang::En),
        [
            "a (en): the entry tier, no sales threshold".to_string(),
            nb("b (en) (RUB_100.00 of sales over 12 months) is RUB_90.00 away; +RUB_350,000.00 on this deal."),
        ]
    );
    assert_eq!(
        standing(&all[1], Lang::Ru)[0],
        "«a (ru)»: начальный статус, без порога продаж"
    );
}

#[test]
fn a_standing_without_a_gain_leaves_it_out() {
    // The next tier is priced by agreement: no margin there to compare.
    let p = with_tiers(
        vec![tier("a", None), tier("b", Some(("100", Basis::Sales)))],
        vec![licence(
            "p",
            &[("a", fixed("20")), ("b", individual("agreed"))],
        )],
    );
    let all = what_if(std::slice::from_ref(&p), d("40"), &licences());
    assert_eq!(all[0].gain, None);
    // 100 − 40 = 60 to go.
    assert_eq!(
        standing(&all[0], Lang::En)[1],
        nb("b (en) (RUB_100.00 of sales over 12 months) is RUB_60.00 away.")
    );
    assert_eq!(
        standing(&all[0], Lang::Ru)[1],
        nb("До «b (ru)» (100,00_₽ продаж за 12 месяцев) осталось 60,00_₽.")
    );
}

// ---------------------------------------------------------------- errors

#[test]
fn every_error_has_its_message_in_both_languages() {
    let cases = [
        (
            QuoteError::UnknownVendor("x".into()),
            "Неизвестная программа «x»",
            "Unknown programme “x”",
        ),
        (
            QuoteError::UnknownTier("x".into()),
            "В программе нет статуса «x»",
            "The programme has no tier “x”",
        ),
        (
            QuoteError::UnknownProduct("x".into()),
            "В программе нет продукта «x»",
            "The programme has no product “x”",
        ),
        (
            QuoteError::UnknownSituation("x".into()),
            "Для продукта нет ситуации сделки «x»",
            "The product has no deal situation “x”",
        ),
        (
            QuoteError::UnknownChoice("x".into()),
            "В этой сделке нет параметра «x»",
            "This deal has no option “x”",
        ),
        (
            QuoteError::ChoiceMismatch { step: "x".into() },
            "Значение не подходит для параметра «x»",
            "The value does not fit option “x”",
        ),
        (
            QuoteError::UnknownPick {
                step: "x".into(),
                pick: "y".into(),
            },
            "У параметра «x» нет варианта «y»",
            "Option “x” has no choice “y”",
        ),
        (
            QuoteError::ValueOutOfRange {
                step: "x".into(),
                min: d("0.5"),
                max: d("1500"),
            },
            "Введите значение от 0,5 до 1\u{a0}500 %",
            "Enter a value from 0.5 to 1,500 %",
        ),
        (
            QuoteError::QuantityNotPositiveWhole,
            "Количество — целое число не меньше 1",
            "The quantity must be a whole number of at least 1",
        ),
        (
            QuoteError::QuantityTooLarge(d("1000")),
            "Количество не может быть больше 1\u{a0}000",
            "The quantity cannot exceed 1,000",
        ),
        (
            QuoteError::PriceNegative,
            "Цена не может быть отрицательной",
            "The price cannot be negative",
        ),
        (
            QuoteError::SalesNegative,
            "Сумма продаж не может быть отрицательной",
            "The sales amount cannot be negative",
        ),
        (
            QuoteError::Overflow,
            "Суммы слишком велики для точного расчета",
            "The amounts are too large to compute exactly",
        ),
    ];
    for (error, ru, en) in cases {
        assert_eq!(error.message(Lang::Ru), ru);
        assert_eq!(error.message(Lang::En), en);
        assert_eq!(
            error.to_string(),
            format!("{error:?}"),
            "the engine's Display is no prose"
        );
    }
}
