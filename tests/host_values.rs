//! Property tests over what a host page hands the JS API: arbitrary JS
//! values (as the wasm reads them, a [`Host`] tree) go through the same
//! readers `quote()`, `mount()` and `update()` use. Nothing panics; every
//! rejection carries a message for a person; whatever is accepted prices or
//! is refused with the engine's message; a widget configured with anything
//! still quotes.

use partner_calc::engine::quote;
use partner_calc::model::Lang;
use partner_calc::programmes::ALL;
use partner_calc::widget::host::{request, Host};
use partner_calc::widget::options::{read, Widget};
use partner_calc::widget::Message;
use proptest::prelude::*;

/// Cases per property: 100 000 by default, fewer with `PARTNER_CALC_CASES`.
fn cases() -> u32 {
    std::env::var("PARTNER_CALC_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

/// Member names: the API's own, ids of the programmes, and anything.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "vendor", "tier", "product", "situation", "quantity", "unit_price", "choices",
            "sales_last_12_months", "lang", "compact", "prices", "percent", "on", "pick",
            "licences", "crm_licences", "training", "plan", "events", "additional",
        ])
        .prop_map(str::to_string),
        1 => "\\PC{0,12}",
    ]
}

/// Strings: ids the programmes have, numbers as people and JS write them, markup, anything.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => prop::sample::select(vec![
            "directum", "stakhanovets", "smart-soft", "asoft", "bitrix-kz", "white", "gold",
            "retail", "competency", "authorized", "general", "licences", "crm_licences", "ru",
            "en", "7", "0", "-1", "2.5", "100000", "1e+21", "NaN", "Infinity",
            "79228162514264337593543950335", "79228162514264337593543950336", "0.005",
            "<img src=x onerror=alert(1)>", "\"><script>alert(1)</script>",
        ])
        .prop_map(str::to_string),
        1 => "-?[0-9]{1,30}(\\.[0-9]{1,30})?",
        1 => "\\PC{0,20}",
    ]
}

/// A JS value as the wasm reads it, up to four levels deep.
fn host() -> impl Strategy<Value = Host> {
    let leaf = prop_oneof![
        Just(Host::Null),
        any::<bool>().prop_map(Host::Bool),
        text().prop_map(Host::Text),
        prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            text(),
            Just("1e+300".to_string())
        ]
        .prop_map(Host::Number),
        Just(Host::Other),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Host::List),
            prop::collection::vec((key(), inner), 0..8).prop_map(Host::Object),
        ]
    })
}

/// An amount as a host might pass it: a JS number or a string, sensible or not.
fn amount() -> impl Strategy<Value = Host> {
    prop_oneof![
        text().prop_map(Host::Number),
        text().prop_map(Host::Text),
        (0u64..=10_000_000_000).prop_map(|n| Host::Number(n.to_string())),
        any::<bool>().prop_map(Host::Bool),
    ]
}

/// A request object with every member the API needs, of the right kinds or
/// nearly: mostly real ids (sometimes others), amounts of every sort, random
/// choices.
fn near_request() -> impl Strategy<Value = Host> {
    let ids = (0..ALL.len(), 0usize..8, 0usize..16).prop_map(|(v, t, p)| {
        let programme = &ALL[v];
        (
            programme.id.to_string(),
            programme.tiers[t % programme.tiers.len()].id.to_string(),
            programme.products[p % programme.products.len()]
                .id
                .to_string(),
        )
    });
    let ids = prop_oneof![9 => ids, 1 => (text(), text(), text())];
    (
        ids,
        amount(),
        amount(),
        host(),
        proptest::option::of(amount()),
    )
        .prop_map(
            |((vendor, tier, product), quantity, price, choices, sales)| {
                let mut members = vec![
                    ("vendor".to_string(), Host::Text(vendor)),
                    ("tier".to_string(), Host::Text(tier)),
                    ("product".to_string(), Host::Text(product)),
                    ("quantity".to_string(), quantity),
                    ("unit_price".to_string(), price),
                    ("choices".to_string(), choices),
                ];
                if let Some(sales) = sales {
                    members.push(("sales_last_12_months".to_string(), sales));
                }
                Host::Object(members)
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// `quote(request)` of the JS API: read, then price; never a panic, and
    /// every refusal (of the value or by the engine) says why.
    #[test]
    fn any_host_request_is_read_and_priced_or_refused_with_a_message(value in host()) {
        match request(&value) {
            Ok(r) => {
                if let Err(e) = quote(ALL, &r) {
                    prop_assert!(!e.message(Lang::Ru).is_empty() && !e.message(Lang::En).is_empty());
                }
            }
            Err(e) => {
                prop_assert!(!e.message(Lang::Ru).is_empty() && !e.message(Lang::En).is_empty());
            }
        }
    }

    /// The same through requests that get past the first member: the engine
    /// sees every sort of amount and choice the reader lets through.
    #[test]
    fn near_valid_host_requests_price_or_are_refused_with_a_message(value in near_request()) {
        let refusal = match request(&value) {
            Ok(r) => quote(ALL, &r).err().map(|e| e.message(Lang::En)),
            Err(e) => Some(e.message(Lang::En)),
        };
        prop_assert!(refusal.is_none_or(|m| !m.is_empty()));
    }

    /// `mount(element, options)` and `update(options)`: whatever the host
    /// passes, the widget is configured, each problem has a message and the
    /// widget still shows a quote or says what to fix.
    #[test]
    fn any_host_options_leave_a_working_widget(first in host(), second in host()) {
        let mut widget = Widget::new(ALL, "");
        for value in [&first, &second] {
            let (options, problems) = read(value);
            widget.configure(options, problems);
        }
        for message in widget.messages() {
            prop_assert!(!message.is_empty());
        }
        prop_assert!(widget.form.programme(widget.programmes()).is_some());
        if let Err(errors) = widget.form.priced(ALL) {
            prop_assert!(errors.iter().all(|e| !e.message.is_empty()));
        }
    }
}

/// The near-miss requests the properties above reach by chance, spelled out.
#[test]
fn a_request_with_valid_ids_and_hostile_amounts_is_refused_in_words() {
    let object = |quantity: &str, price: &str| {
        Host::Object(vec![
            ("vendor".into(), Host::Text("asoft".into())),
            ("tier".into(), Host::Text("retail".into())),
            ("product".into(), Host::Text("crm_licences".into())),
            ("quantity".into(), Host::Number(quantity.into())),
            ("unit_price".into(), Host::Text(price.into())),
        ])
    };
    let message = |q: &str, p: &str| match request(&object(q, p)) {
        Ok(r) => quote(ALL, &r)
            .map(|_| String::new())
            .unwrap_or_else(|e| e.message(Lang::En)),
        Err(e) => e.message(Lang::En),
    };
    assert_eq!(message("7", "100"), "");
    assert!(message("1e+21", "100").contains("decimal string"));
    assert!(message("7", "<b>1</b>").starts_with("«unit_price»"));
    assert!(!message("1000000000", "79228162514264337593543950335").is_empty());
}
