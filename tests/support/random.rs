//! Random requests over the bundled programmes, for the property tests
//! (`tests/properties.rs`, `tests/deal_properties.rs`,
//! `tests/customer_properties.rs`).
#![allow(dead_code)]

use partner_calc::engine::{ChoiceValue, Choices, DealLine, DealRequest, QuoteRequest};
use partner_calc::model::{Category, Programme, Rate};
use partner_calc::programmes::ALL;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Cases per property of deals: a tenth of `PARTNER_CALC_CASES` (default
/// 100 000), since every case prices several lines.
pub fn deal_cases() -> u32 {
    let all = std::env::var("PARTNER_CALC_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000u32);
    (all / 10).max(1)
}

/// The random values one line is built from: product, situation, quantity,
/// price in kopecks and one value per adjustable step.
type LineSeed = (usize, usize, u64, u64, Vec<(u32, bool, usize)>);

fn line_seed() -> impl Strategy<Value = LineSeed> {
    (
        0usize..16,
        0usize..4,
        1u64..=1_000_000,
        0u64..=10_000_000_000,
        proptest::collection::vec((0u32..=1_000u32, any::<bool>(), 0usize..3), 8),
    )
}

/// A request built from random indexes into the bundled programmes, with a
/// random value for every adjustable step that is valid at every tier.
pub fn request_strategy() -> impl Strategy<Value = QuoteRequest> {
    (
        0..ALL.len(),
        0usize..8,
        line_seed(),
        proptest::option::of(0u64..=100_000_000_000),
    )
        .prop_map(|(v, t, seed, sales)| single(v, t, seed, sales))
}

/// The request the random indexes and values make.
pub fn single(
    v: usize,
    t: usize,
    (p, s, quantity, cents, picks): LineSeed,
    sales: Option<u64>,
) -> QuoteRequest {
    let programme: &Programme = &ALL[v];
    let tier = &programme.tiers[t % programme.tiers.len()];
    let product = &programme.products[p % programme.products.len()];
    let situation = &product.situations[s % product.situations.len()];
    let mut choices = Choices::default();
    for (step, (per_mille, on, pick)) in situation.steps.iter().zip(picks) {
        let rate = step
            .rates
            .iter()
            .find(|r| r.tier == tier.id)
            .map(|r| &r.rate);
        let value = match rate {
            Some(Rate::UpTo(range)) => {
                let span = range.max.0 - range.min.0;
                Some(ChoiceValue::Percent(
                    range.min.0 + span * Decimal::new(per_mille.into(), 3),
                ))
            }
            Some(Rate::Bonus(_)) => Some(ChoiceValue::On(on)),
            Some(Rate::OneOf(options)) => Some(ChoiceValue::Pick(
                options
                    .get(pick)
                    .map_or("none".to_string(), |o| o.id.to_string()),
            )),
            _ => None,
        };
        if let Some(value) = value {
            choices.insert(step.id.to_string(), value);
        }
    }
    QuoteRequest {
        vendor: programme.id.to_string(),
        tier: tier.id.to_string(),
        product: product.id.to_string(),
        situation: Some(situation.id.to_string()),
        quantity: Decimal::from(quantity),
        unit_price: Decimal::new(cents as i64, 2),
        choices,
        sales_last_12_months: sales.map(|s| Decimal::new(s as i64, 2)),
        customer: None,
    }
}

/// A deal of 1 to `max_lines` random lines of one programme at one tier,
/// valid by the deal's rules: lines of one product share its deal-wide
/// steps and situation (the first line's), and a line whose price is a share
/// of the licence delivery follows the first licence line that is no share,
/// as one delivery, when `follow` says so.
pub fn deal_strategy(max_lines: usize) -> impl Strategy<Value = DealRequest> {
    (
        0..ALL.len(),
        0usize..8,
        proptest::collection::vec((line_seed(), any::<bool>()), 1..=max_lines),
        proptest::option::of(0u64..=100_000_000_000),
    )
        .prop_map(|(v, t, seeds, sales)| {
            let programme: &Programme = &ALL[v];
            let mut lines: Vec<DealLine> = Vec::new();
            let mut request = None;
            for (seed, follow) in seeds {
                let single = single(v, t, seed, sales);
                let mut line = DealLine::from(&single);
                let product = programme
                    .products
                    .iter()
                    .find(|p| p.id == line.product)
                    .unwrap();
                if let Some(first) = lines.iter().find(|l| l.product == line.product) {
                    if product.deal_wide_situation.is_some() {
                        line.situation = first.situation.clone();
                        line.choices = first.choices.clone();
                    }
                    let situation = product
                        .situations
                        .iter()
                        .find(|s| line.situation.as_deref() == Some(s.id.as_ref()))
                        .unwrap();
                    for step in situation.steps.iter().filter(|s| s.deal_wide.is_some()) {
                        let mut kept = Choices::default();
                        for (id, value) in line.choices.iter().filter(|(id, _)| *id != step.id) {
                            kept.insert(id, value.clone());
                        }
                        if let Some(value) = first.choices.get(&step.id) {
                            kept.insert(step.id.to_string(), value.clone());
                        }
                        line.choices = kept;
                    }
                }
                if follow && product.list_share.is_some() {
                    line.share_of = lines.iter().position(|l| {
                        l.share_of.is_none() && {
                            let p = programme
                                .products
                                .iter()
                                .find(|p| p.id == l.product)
                                .unwrap();
                            p.list_share.is_none() && p.category == Category::Licence
                        }
                    });
                    if line.share_of.is_some() {
                        line.quantity = Decimal::ONE;
                    }
                }
                lines.push(line);
                request.get_or_insert(single);
            }
            let first = request.expect("at least one line");
            DealRequest {
                vendor: first.vendor,
                tier: first.tier,
                lines,
                sales_last_12_months: first.sales_last_12_months,
                customer: None,
            }
        })
}
