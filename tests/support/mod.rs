//! Helpers shared by the engine's integration tests.
#![allow(dead_code)]

pub mod parity;
pub mod synthetic;

use partner_calc::engine::{quote, ChoiceValue, Choices, Quote, QuoteError, QuoteRequest};
use partner_calc::model::Fact;
use partner_calc::programmes::ALL;
use rust_decimal::Decimal;
use std::str::FromStr;

/// A decimal from its text.
pub fn d(text: &str) -> Decimal {
    Decimal::from_str(text).expect("test decimals are valid")
}

/// A request for `quantity` × `unit_price`, no choices.
pub fn request(
    vendor: &str,
    tier: &str,
    product: &str,
    quantity: &str,
    unit_price: &str,
) -> QuoteRequest {
    QuoteRequest {
        vendor: vendor.into(),
        tier: tier.into(),
        product: product.into(),
        situation: None,
        quantity: d(quantity),
        unit_price: d(unit_price),
        choices: Choices::default(),
        sales_last_12_months: None,
        customer: None,
    }
}

/// The bundled programmes' quote for `request`.
pub fn price(request: &QuoteRequest) -> Result<Quote, QuoteError> {
    quote(ALL, request)
}

/// A choice of a percentage.
pub fn percent(value: &str) -> ChoiceValue {
    ChoiceValue::Percent(d(value))
}

/// One row of a vendor table: a deal and its net total from the document.
pub struct Row {
    /// Tier id.
    pub tier: &'static str,
    /// Product id.
    pub product: &'static str,
    /// Situation id, or the default.
    pub situation: Option<&'static str>,
    /// Percent choices (step id, value).
    pub percents: &'static [(&'static str, &'static str)],
    /// The net total for 10 × 100 000 (list 1 000 000.00), `None` when by agreement.
    pub net: Option<&'static str>,
}

/// Prices every row at 10 × 100 000 and checks the net total; then checks
/// that the rows cover every tier × product of the programme. The list total
/// is 1 000 000.00 unless `lists` gives a product's own (product id, total).
pub fn check_table(vendor: &str, rows: &[Row], lists: &[(&str, &str)]) {
    for row in rows {
        let mut req = request(vendor, row.tier, row.product, "10", "100000");
        req.situation = row.situation.map(String::from);
        for (step, value) in row.percents {
            req.choices.insert(step.to_string(), percent(value));
        }
        let q =
            price(&req).unwrap_or_else(|e| panic!("{vendor}/{}/{}: {e}", row.tier, row.product));
        let label = format!(
            "{vendor}/{}/{}/{:?}/{:?}",
            row.tier, row.product, row.situation, row.percents
        );
        let list = lists
            .iter()
            .find(|(p, _)| *p == row.product)
            .map_or("1000000.00", |(_, l)| l);
        assert_eq!(q.list_total, d(list), "{label}: list total");
        assert_eq!(q.net_total, row.net.map(d), "{label}: net total");
        if let Some(net) = q.net_total {
            assert_eq!(q.margin, Some(d(list) - net), "{label}: margin");
        }
    }
    let programme = ALL
        .iter()
        .find(|p| p.id == vendor)
        .expect("vendor is bundled");
    for tier in programme.tiers.iter() {
        for product in programme.products.iter() {
            assert!(
                rows.iter()
                    .any(|r| r.tier == tier.id && r.product == product.id),
                "{vendor}: no document row tested for tier {} × product {}",
                tier.id,
                product.id
            );
        }
    }
}

/// A row at the default situation without choices.
pub const fn row(tier: &'static str, product: &'static str, net: Option<&'static str>) -> Row {
    Row {
        tier,
        product,
        situation: None,
        percents: &[],
        net,
    }
}

/// Where a fact sits in a programme.
#[derive(Clone, Copy, Debug)]
pub enum Place {
    /// The programme-wide notes.
    Notes,
    /// A tier's requirements (tier id).
    Requirements(&'static str),
    /// A tier's benefits (tier id).
    Benefits(&'static str),
    /// A product's notes (product id).
    ProductNotes(&'static str),
}

/// The facts of the bundled programme `vendor` at `place`.
pub fn facts_at(vendor: &str, place: Place) -> &'static [Fact] {
    let programme = ALL
        .iter()
        .find(|p| p.id == vendor)
        .unwrap_or_else(|| panic!("{vendor} is bundled"));
    let tier = |id: &str| {
        programme
            .tiers
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("{vendor}: no tier {id}"))
    };
    match place {
        Place::Notes => &programme.notes,
        Place::Requirements(id) => &tier(id).requirements,
        Place::Benefits(id) => &tier(id).benefits,
        Place::ProductNotes(id) => {
            &programme
                .products
                .iter()
                .find(|p| p.id == id)
                .unwrap_or_else(|| panic!("{vendor}: no product {id}"))
                .notes
        }
    }
}

/// The one fact of `vendor` at `place` whose Russian text has every phrase
/// of `ru`; checks that its English text has every phrase of `en`, that it
/// cites the seed `file` and that its section names `section`.
pub fn fact(
    vendor: &str,
    place: Place,
    ru: &[&str],
    en: &[&str],
    file: &str,
    section: &str,
) -> &'static Fact {
    let facts = facts_at(vendor, place);
    let found: Vec<&Fact> = facts
        .iter()
        .filter(|f| ru.iter().all(|phrase| f.text.ru.contains(phrase)))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "{vendor} {place:?}: one fact with {ru:?}, among {:#?}",
        facts.iter().map(|f| &f.text.ru).collect::<Vec<_>>()
    );
    let fact = found[0];
    for phrase in en {
        assert!(
            fact.text.en.contains(phrase),
            "{vendor} {place:?}: {phrase:?} in {:?}",
            fact.text.en
        );
    }
    assert_eq!(fact.source.file, file, "{vendor} {place:?}: {ru:?}");
    assert!(
        fact.source.section.contains(section),
        "{vendor} {place:?}: section {:?} names {section:?}",
        fact.source.section
    );
    let document = &ALL.iter().find(|p| p.id == vendor).unwrap().source.file;
    assert_eq!(
        fact.source.file, *document,
        "{vendor}: the programme's document"
    );
    fact
}

/// The quote of a one-line widget form, as the single quote it prices to.
pub trait OneLine {
    /// The first line's quote, or the messages for the bad fields.
    fn quote(
        &self,
        programmes: &[partner_calc::model::Programme],
    ) -> Result<Quote, Vec<partner_calc::widget::form::FieldError>>;
}

impl OneLine for partner_calc::widget::form::Form {
    fn quote(
        &self,
        programmes: &[partner_calc::model::Programme],
    ) -> Result<Quote, Vec<partner_calc::widget::form::FieldError>> {
        self.priced(programmes).map(|p| p.lines()[0].clone())
    }
}

/// A JSON value as the widget's JS reader gives it.
pub fn host(value: &serde_json::Value) -> partner_calc::widget::host::Host {
    use partner_calc::widget::host::Host;
    use serde_json::Value;
    match value {
        Value::Null => Host::Null,
        Value::Bool(b) => Host::Bool(*b),
        Value::Number(n) => Host::Number(n.to_string()),
        Value::String(s) => Host::Text(s.clone()),
        Value::Array(items) => Host::List(items.iter().map(host).collect()),
        Value::Object(members) => {
            Host::Object(members.iter().map(|(k, v)| (k.clone(), host(v))).collect())
        }
    }
}
