//! Property tests over the programmes a host supplies (`mount({ programmes })`,
//! `check()`): arbitrary JS values and broken copies of the bundled programmes
//! go through the same reader and `model::validate` the embed uses. Nothing
//! panics; every refusal has a message in both languages; what is accepted
//! prices at every tier and product and its views are made; valid programmes
//! read back equal to what was exported.

mod support;
use partner_calc::engine::{quote, Choices, QuoteRequest};
use partner_calc::model::{validate, Lang, Percent, Programme, Rate};
use partner_calc::programmes::ALL;
use partner_calc::widget::form::{Form, Pricing};
use partner_calc::widget::host::Host;
use partner_calc::widget::options::check;
use partner_calc::widget::reader::programme;
use partner_calc::widget::view::cards::cards;
use partner_calc::widget::view::controls::controls;
use partner_calc::widget::view::ladder::{notes, rungs};
use partner_calc::widget::view::waterfall::rows;
use partner_calc::widget::Message;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;
use support::host;

/// Cases per property: 2 000 by default (each reads a whole programme), or
/// `PARTNER_CALC_CASES` / 50.
fn cases() -> u32 {
    std::env::var("PARTNER_CALC_CASES")
        .ok()
        .and_then(|v| v.parse::<u32>().ok())
        .map_or(2_000, |n| (n / 50).max(10))
}

fn json(p: &Programme) -> Value {
    serde_json::to_value(p).expect("a programme serialises")
}

/// Any JS value, up to four levels deep, with the format's own member names.
fn any_host() -> impl Strategy<Value = Host> {
    let key = prop_oneof![
        3 => prop::sample::select(vec![
            "id", "vendor", "name", "currency", "source", "data_date", "tiers", "products",
            "notes", "ru", "en", "file", "section", "threshold", "amount", "period", "basis",
            "rates", "rate", "fixed", "up_to", "min", "max", "one_of", "steps", "situations",
        ])
        .prop_map(str::to_string),
        1 => "\\PC{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Host::Null),
        Just(Host::Other),
        Just(Host::TooLarge),
        any::<bool>().prop_map(Host::Bool),
        "\\PC{0,12}".prop_map(Host::Text),
        any::<i64>().prop_map(|n| Host::Number(n.to_string())),
        prop::sample::select(vec!["1e+21", "NaN", "-0", "0.5", "4294967296"])
            .prop_map(|n| Host::Number(n.to_string())),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Host::List),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(Host::Object),
        ]
    })
}

/// Every node of a JSON tree, by its path of member names and indices.
fn paths(value: &Value, at: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match value {
        Value::Object(members) => {
            for (k, v) in members {
                let mut here = at.clone();
                here.push(k.clone());
                paths(v, here, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut here = at.clone();
                here.push(i.to_string());
                paths(v, here, out);
            }
        }
        _ => {}
    }
}

/// Puts `with` at `path` in `h` (nothing when an earlier edit took the path away).
fn put(h: &mut Host, path: &[String], with: &Host) {
    let Some((step, rest)) = path.split_first() else {
        *h = with.clone();
        return;
    };
    match h {
        Host::List(items) => {
            if let Some(item) = step.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                put(item, rest, with);
            }
        }
        Host::Object(members) => {
            if let Some((_, v)) = members.iter_mut().find(|(k, _)| k == step) {
                put(v, rest, with);
            }
        }
        _ => {}
    }
}

/// Every refusal is worded in both languages, differently.
fn worded(problems: &[partner_calc::widget::options::OptionError]) -> Result<(), TestCaseError> {
    for p in problems {
        let (ru, en) = (p.message(Lang::Ru), p.message(Lang::En));
        prop_assert!(!ru.trim().is_empty() && !en.trim().is_empty(), "{p:?}");
        prop_assert_ne!(ru, en, "{:?}", p);
    }
    Ok(())
}

/// An accepted programme prices at every tier and product, and the widget's
/// views of it are made, without a panic (a quote may still be refused).
fn priced_and_shown(p: &Programme) {
    let all = [p.clone()];
    for tier in p.tiers.iter() {
        for product in p.products.iter() {
            let request = QuoteRequest {
                vendor: p.id.to_string(),
                tier: tier.id.to_string(),
                product: product.id.to_string(),
                situation: None,
                quantity: Decimal::from(3),
                unit_price: Decimal::new(123_456, 2),
                choices: Choices::default(),
                sales_last_12_months: Some(Decimal::from(250_000)),
                customer: None,
            };
            if let Ok(q) = quote(&all, &request) {
                rows(&q, Lang::En);
                cards(&Pricing::One(q), Lang::Ru);
            }
        }
    }
    let form = Form::new(&all, &p.id, Lang::En);
    controls(&form, &all);
    rungs(&form, &all);
    notes(&form, &all);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_values_never_panic_and_every_refusal_is_worded(value in any_host()) {
        let problems = check(&value);
        worded(&problems)?;
        if problems.is_empty() {
            priced_and_shown(&programme(&value, "").expect("accepted, so it reads"));
        }
    }

    #[test]
    fn broken_copies_of_the_bundled_programmes_are_refused_in_words_or_valid(
        which in 0..ALL.len(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), any_host()), 1..4),
    ) {
        let value = json(&ALL[which]);
        let mut all = Vec::new();
        paths(&value, Vec::new(), &mut all);
        let mut edited = host(&value);
        for (index, replacement) in picks {
            let path: &Vec<String> = index.get(&all);
            put(&mut edited, path, &replacement);
        }
        let problems = check(&edited);
        worded(&problems)?;
        if problems.is_empty() {
            priced_and_shown(&programme(&edited, "").expect("accepted, so it reads"));
        }
    }

    #[test]
    fn valid_programmes_round_trip(
        which in 0..ALL.len(),
        percents in prop::collection::vec(0u32..=1000, 1..40),
    ) {
        // A bundled programme with other fixed percentages (0.0 to 100.0 %).
        let mut p = ALL[which].clone();
        let mut next = percents.iter().cycle();
        let mut products = p.products.to_vec();
        for product in &mut products {
            let mut situations = product.situations.to_vec();
            for situation in &mut situations {
                let mut steps = situation.steps.to_vec();
                for step in &mut steps {
                    let mut rates = step.rates.to_vec();
                    for rate in &mut rates {
                        if let Rate::Fixed(_) = rate.rate {
                            let tenth = *next.next().expect("cycles");
                            rate.rate = Rate::Fixed(Percent(Decimal::new(tenth.into(), 1)));
                        }
                    }
                    step.rates = rates.into();
                }
                situation.steps = steps.into();
            }
            product.situations = situations.into();
        }
        p.products = products.into();
        let read = programme(&host(&json(&p)), "");
        prop_assert_eq!(read.as_ref(), Ok(&p));
        if validate(&p).is_ok() {
            priced_and_shown(&p);
        }
    }
}
