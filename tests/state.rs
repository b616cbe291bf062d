//! The URL state (deep links, the remembered state): every valid state
//! survives encode → decode unchanged, and mangled links fall back to the
//! defaults with the unusable parameters named.

use partner_calc::engine::MAX_LINES;
use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::form::{
    Choice, Control as FormControl, ControlKind, Edit, Form, PriceMode, TargetMode, View,
};
use partner_calc::widget::sentences;
use partner_calc::widget::url::{decode, encode};
use proptest::prelude::*;

/// One line's picks: product, situation, quantity, cents, spaced
/// thousands, and a value for each adjustable step.
type LinePicks = (usize, usize, u64, u64, bool, Vec<(u32, bool, usize)>);

fn line_strategy() -> impl Strategy<Value = LinePicks> {
    (
        0usize..16,
        0usize..4,
        1u64..=1_000_000_000,
        0u64..=10_000_000_000,
        any::<bool>(),
        proptest::collection::vec((0u32..=1_000u32, any::<bool>(), 0usize..3), 8),
    )
}

/// A value for `control` from a pick, as a person would type or choose it.
fn choice(
    control: &FormControl<'_>,
    (per_mille, on, pick): (u32, bool, usize),
    en: bool,
) -> Choice {
    match control.kind {
        ControlKind::Range(r) => {
            let span = r.max.0 - r.min.0;
            let value = r.min.0 + span * rust_decimal::Decimal::new(per_mille.into(), 3);
            let value = value.round_dp(2).to_string();
            Choice::Percent(if en { value } else { value.replace('.', ",") })
        }
        ControlKind::Bonus(_) => Choice::Bonus(on),
        ControlKind::OneOf(options) => Choice::Pick(
            options
                .get(pick)
                .map_or("none".into(), |o| o.id.to_string()),
        ),
    }
}

/// A valid state of 1 to 50 lines: real ids, valid numbers in either
/// notation, a valid value for every adjustable step (each line's own, and
/// the deal-wide ones once), shares following their licence line, any view
/// and language.
fn state_strategy() -> impl Strategy<Value = Form> {
    (
        (0..ALL.len(), 0usize..8, any::<bool>(), 0usize..3),
        (
            proptest::option::of(0u64..=100_000_000_000),
            proptest::option::of(0u64..=100_000_000_000),
        ),
        proptest::collection::vec(line_strategy(), 1..=MAX_LINES),
        proptest::collection::vec((0u32..=1_000u32, any::<bool>(), 0usize..3), 8),
        (
            "[a-zA-Zа-яА-Я0-9 «»&=~%+.,-]{0,40}",
            "\\PC{0,40}",
            1u32..=365,
        ),
        (
            any::<bool>(),
            proptest::option::of(0u64..=10_000_000_000),
            any::<bool>(),
            proptest::option::of(0u64..=10_000_000_000),
            proptest::collection::vec(proptest::option::of(0u64..=10_000), MAX_LINES),
        ),
    )
        .prop_map(
            |((v, t, en, view), (sales, plan), lines, wide, (customer, partner, days), selling)| {
                let lang = if en { Lang::En } else { Lang::Ru };
                let mut form = Form::new(ALL, &ALL[v].id, lang);
                let programme = &ALL[v];
                form.edit(
                    ALL,
                    Edit::Tier(programme.tiers[t % programme.tiers.len()].id.to_string()),
                );
                let mut all_picks = Vec::new();
                for (i, (p, s, qty, cents, spaced, picks)) in lines.into_iter().enumerate() {
                    all_picks.push(picks);
                    if i > 0 {
                        form.edit(ALL, Edit::AddLine);
                    }
                    let product = programme.products[p % programme.products.len()]
                        .id
                        .to_string();
                    form.edit(ALL, Edit::Product(i, product));
                    let situations = &form.product_of(ALL, i).unwrap().situations;
                    let situation = situations[s % situations.len()].id.to_string();
                    form.edit(ALL, Edit::Situation(i, situation));
                    if form.lines[i].share_of.is_none() {
                        let qty = if spaced && qty >= 1000 {
                            format!("{} {:03}", qty / 1000, qty % 1000)
                        } else {
                            qty.to_string()
                        };
                        form.edit(ALL, Edit::Quantity(i, qty));
                    }
                    let sep = if en { "." } else { "," };
                    form.edit(
                        ALL,
                        Edit::UnitPrice(i, format!("{}{sep}{:02}", cents / 100, cents % 100)),
                    );
                }
                // A deal-wide situation set on a later line changes the earlier
                // ones: the steps are chosen once every situation is set.
                for (i, picks) in all_picks.into_iter().enumerate() {
                    let own: Vec<_> = form
                        .controls(ALL, i)
                        .into_iter()
                        .filter(|c| !c.deal_wide)
                        .collect();
                    for (control, pick) in own.iter().zip(picks) {
                        let value = choice(control, pick, en);
                        form.edit(ALL, Edit::Choice(Some(i), control.id.to_string(), value));
                    }
                }
                let shared = form.deal_wide_controls(ALL);
                for (control, pick) in shared.iter().zip(wide) {
                    let value = choice(control, pick, en);
                    form.edit(ALL, Edit::Choice(None, control.id.to_string(), value));
                }
                form.sales = sales.map(|x| x.to_string()).unwrap_or_default();
                form.plan = plan.map(|x| x.to_string()).unwrap_or_default();
                form.view = [View::Quote, View::Compare, View::WhatIf][view];
                form.edit(ALL, Edit::Customer(customer));
                form.edit(ALL, Edit::Partner(partner));
                form.edit(ALL, Edit::ValidDays(days.to_string()));
                // The customer's price: a discount (hundredths of a percent up to
                // 100) or an amount, a target, and lines' own discounts.
                let (amount, price, by_amount, target, own) = selling;
                let sep = if en { "." } else { "," };
                let cents = |c: u64| format!("{}{sep}{:02}", c / 100, c % 100);
                let percent = |c: u64| cents(c % 10_001);
                form.edit(
                    ALL,
                    Edit::PriceMode(if amount {
                        PriceMode::Amount
                    } else {
                        PriceMode::Discount
                    }),
                );
                let price = price.map(|p| if amount { cents(p) } else { percent(p) });
                form.edit(ALL, Edit::Price(price.unwrap_or_default()));
                form.edit(
                    ALL,
                    Edit::TargetMode(if by_amount {
                        TargetMode::Amount
                    } else {
                        TargetMode::Percent
                    }),
                );
                let target = target.map(|p| {
                    if by_amount {
                        cents(p)
                    } else {
                        cents(p % 9_999)
                    }
                });
                form.edit(ALL, Edit::Target(target.unwrap_or_default()));
                if form.lines.len() > 1 {
                    for (i, off) in own.into_iter().take(form.lines.len()).enumerate() {
                        form.edit(
                            ALL,
                            Edit::LineDiscount(i, off.map(percent).unwrap_or_default()),
                        );
                    }
                }
                form
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PARTNER_CALC_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2_000)
    ))]

    #[test]
    fn encode_then_decode_is_identity(form in state_strategy()) {
        let query = encode(&form);
        let (back, ignored) = decode(ALL, &query);
        prop_assert_eq!(ignored, vec![], "{}", query);
        prop_assert_eq!(back, form, "{}", query);
    }

    #[test]
    fn any_query_decodes_without_panicking(query in ".{0,200}") {
        let (form, _) = decode(ALL, &query);
        prop_assert!(form.programme(ALL).is_some());
    }
}

#[test]
fn a_mangled_link_falls_back_and_names_what_it_dropped() {
    let (form, ignored) = decode(
        ALL,
        "lang=de&vendor=stakhanovets&tier=platinum&qty=abc&price=-5&utm_source=mail&bonus:nope=true",
    );
    assert_eq!(form.vendor, "stakhanovets");
    assert_eq!(form.tier, "white", "the first tier");
    assert_eq!(form.lines[0].quantity, "1");
    assert_eq!(form.lines[0].unit_price, "100000");
    assert_eq!(form.lang, Lang::Ru);
    let names: Vec<&str> = ignored.iter().map(|i| i.0.as_str()).collect();
    assert_eq!(names, ["lang", "tier", "qty", "price", "bonus:nope"]);
    assert_eq!(
        sentences::ignored(&ignored[..2], Lang::Ru),
        "Часть ссылки не подошла (lang, tier): взяты значения по умолчанию."
    );
    assert!(form.priced(ALL).is_ok(), "a working widget");
}

#[test]
fn a_link_restores_the_quote_to_the_kopeck() {
    let mut form = Form::new(ALL, "asoft", Lang::Ru);
    form.edit(ALL, Edit::Tier("competency".to_string()));
    form.edit(ALL, Edit::Quantity(0, "7".to_string()));
    form.edit(ALL, Edit::UnitPrice(0, "12 345,67".to_string()));
    form.edit(
        ALL,
        Edit::Choice(None, "events".into(), Choice::Pick("host".to_string())),
    );
    let query = encode(&form);
    assert!(query.contains("price=12%20345%2C67"), "{query}");
    let (back, _) = decode(ALL, &query);
    assert_eq!(back.priced(ALL).unwrap(), form.priced(ALL).unwrap());
}

#[test]
fn a_ten_line_deal_fits_a_link_of_under_1000_characters() {
    // A rep's typical bundle: Stakhanovets licences in ten lines, each with
    // its quantity and a six-figure price, at Gold with the sales typed.
    let mut form = Form::new(ALL, "stakhanovets", Lang::Ru);
    form.edit(ALL, Edit::Tier("gold".into()));
    form.edit(ALL, Edit::Sales("4 400 000".into()));
    for i in 0..10 {
        if i > 0 {
            form.edit(ALL, Edit::AddLine);
        }
        form.edit(ALL, Edit::Quantity(i, format!("{}", 25 + i)));
        form.edit(ALL, Edit::UnitPrice(i, format!("1{i}5 990,50")));
    }
    let query = encode(&form);
    assert!(query.len() < 1_000, "{} characters: {query}", query.len());
    let (back, ignored) = decode(ALL, &query);
    assert_eq!((back, ignored), (form, vec![]));
}
