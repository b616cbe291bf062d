//! The URL state (deep links, the remembered state): every valid state
//! survives encode → decode unchanged, and mangled links fall back to the
//! defaults with the unusable parameters named.

use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::form::{Choice, ControlKind, Edit, Form, View};
use partner_calc::widget::sentences;
use partner_calc::widget::url::{decode, encode};
use proptest::prelude::*;

/// A valid state: real ids, valid numbers in either notation, a valid value
/// for every adjustable step, any view and language.
fn state_strategy() -> impl Strategy<Value = Form> {
    (
        (0..ALL.len(), 0usize..8, 0usize..16, 0usize..4),
        (any::<bool>(), 0usize..3),
        (1u64..=1_000_000_000, 0u64..=10_000_000_000, any::<bool>()),
        (
            proptest::option::of(0u64..=100_000_000_000),
            proptest::option::of(0u64..=100_000_000_000),
        ),
        proptest::collection::vec((0u32..=1_000u32, any::<bool>(), 0usize..3), 8),
    )
        .prop_map(
            |((v, t, p, s), (en, view), (qty, cents, spaced), (sales, plan), picks)| {
                let lang = if en { Lang::En } else { Lang::Ru };
                let mut form = Form::new(ALL, &ALL[v].id, lang);
                let programme = &ALL[v];
                form.edit(
                    ALL,
                    Edit::Tier(programme.tiers[t % programme.tiers.len()].id.to_string()),
                );
                form.edit(
                    ALL,
                    Edit::Product(
                        programme.products[p % programme.products.len()]
                            .id
                            .to_string(),
                    ),
                );
                let situations = &form.product_of(ALL).unwrap().situations;
                let situation = situations[s % situations.len()].id.to_string();
                form.edit(ALL, Edit::Situation(situation.to_string()));
                form.quantity = if spaced && qty >= 1000 {
                    format!("{} {:03}", qty / 1000, qty % 1000)
                } else {
                    qty.to_string()
                };
                let sep = if en { "." } else { "," };
                form.unit_price = format!("{}{sep}{:02}", cents / 100, cents % 100);
                form.sales = sales.map(|x| x.to_string()).unwrap_or_default();
                form.plan = plan.map(|x| x.to_string()).unwrap_or_default();
                form.view = [View::Quote, View::Compare, View::WhatIf][view];
                for (control, (per_mille, on, pick)) in form.controls(ALL).into_iter().zip(picks) {
                    let choice = match control.kind {
                        ControlKind::Range(r) => {
                            let span = r.max.0 - r.min.0;
                            let value =
                                r.min.0 + span * rust_decimal::Decimal::new(per_mille.into(), 3);
                            let value = value.round_dp(2).to_string();
                            let value = if en { value } else { value.replace('.', ",") };
                            Choice::Percent(value)
                        }
                        ControlKind::Bonus(_) => Choice::Bonus(on),
                        ControlKind::OneOf(options) => Choice::Pick(
                            options
                                .get(pick)
                                .map_or("none".into(), |o| o.id.to_string()),
                        ),
                    };
                    form.choices.push((control.id.to_string(), choice));
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
    assert_eq!(form.quantity, "1");
    assert_eq!(form.unit_price, "100000");
    assert_eq!(form.lang, Lang::Ru);
    let names: Vec<&str> = ignored.iter().map(|i| i.0.as_str()).collect();
    assert_eq!(names, ["lang", "tier", "qty", "price", "bonus:nope"]);
    assert_eq!(
        sentences::ignored(&ignored[..2], Lang::Ru),
        "Часть ссылки не подошла (lang, tier): взяты значения по умолчанию."
    );
    assert!(form.quote(ALL).is_ok(), "a working widget");
}

#[test]
fn a_link_restores_the_quote_to_the_kopeck() {
    let mut form = Form::new(ALL, "asoft", Lang::Ru);
    form.edit(ALL, Edit::Tier("competency".to_string()));
    form.edit(ALL, Edit::Quantity("7".to_string()));
    form.edit(ALL, Edit::UnitPrice("12 345,67".to_string()));
    form.edit(
        ALL,
        Edit::Choice("events".into(), Choice::Pick("host".to_string())),
    );
    let query = encode(&form);
    assert!(query.contains("price=12%20345%2C67"), "{query}");
    let (back, _) = decode(ALL, &query);
    assert_eq!(back.quote(ALL).unwrap(), form.quote(ALL).unwrap());
}
