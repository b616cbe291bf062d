//! Prints, as one JSON array, quote requests and what the native engine
//! makes of them: `{"request": …, "quote": …}` or, when the engine rejects
//! the request, `{"request": …, "error": "<its message in Russian>"}`.
//! `e2e/embed.spec.mjs` feeds every request to the browser build's
//! `quote()` and checks that it gives the same quote (or the same error).
//!
//! ```sh
//! cargo run --quiet --example parity_cases > target/parity-cases.json
//! ```
//!
//! Then 120 random deals (a fixed seed), each `{"request": …, "quote": …}`
//! with the deal quote, or the refusal that names the line.
//!
//! The cases: every vendor × tier × product × deal situation at quantities
//! 1 and 7 with a unit price of 123456.78; where the situation has
//! adjustable steps at that tier, the same with every step set (percent at
//! its maximum, bonuses on, the first option of a one-of); the same with
//! sales over the last 12 months (below and above the next thresholds); and
//! a set of requests the engine must reject (unknown ids, bad quantities,
//! negative amounts, out-of-range or mismatched choices, overflow).

#[path = "../tests/support/parity.rs"]
mod parity;

use partner_calc::engine::{
    quote, quote_deal, ChoiceValue, CustomerRequest, DealLine, DealRequest, QuoteRequest, Target,
};
use partner_calc::model::Lang;
use partner_calc::model::{Category, Rate};
use partner_calc::programmes::ALL;
use partner_calc::widget::Message;
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// The request and the native engine's answer for it.
fn case(request: &QuoteRequest) -> Value {
    let request_json = serde_json::to_value(request).expect("a request serialises");
    match quote(ALL, request) {
        Ok(q) => {
            let mut q = serde_json::to_value(&q).expect("a quote serialises");
            blank_sections(&mut q);
            json!({ "request": request_json, "quote": q })
        }
        Err(e) => json!({ "request": request_json, "error": e.message(Lang::Ru) }),
    }
}

/// The wasm build bakes every `source.section` of the programmes as an
/// empty string (build.rs: sections are cited only natively, to keep the
/// wasm small), so the browser's quotes carry `"section": ""` everywhere a
/// native quote names the section. Blank them here so that the two can be
/// compared as they are; `source.file` is kept and compared.
fn blank_sections(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(source)) = map.get_mut("source") {
                if let Some(section) = source.get_mut("section") {
                    *section = Value::String(String::new());
                }
            }
            for v in map.values_mut() {
                blank_sections(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(blank_sections),
        _ => {}
    }
}

/// A deal and the native engine's answer for it, as [`case`] gives a request's.
fn deal_case(request: &DealRequest) -> Value {
    let request_json = serde_json::to_value(request).expect("a deal serialises");
    match quote_deal(ALL, request) {
        Ok(q) => {
            let mut q = serde_json::to_value(&q).expect("a deal quote serialises");
            blank_sections(&mut q);
            json!({ "request": request_json, "quote": q })
        }
        Err(e) => json!({ "request": request_json, "error": e.message(Lang::Ru) }),
    }
}

/// A small deterministic generator (a linear congruential one), so that the
/// random deals are the same on every run and in the cache.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }
}

/// Random deals of 1 to 8 lines over every programme: random products and
/// tiers, quantities, prices with kopecks, each adjustable step set or not
/// (a percent anywhere in its range, a bonus on or off, any option), shares
/// following a licence line, sales or none; and, one deal in ten, a line
/// broken on purpose (an unknown product, a quantity of 0, a share of
/// nothing) so that the browser's refusal names the same line.
fn random_deals(count: usize) -> Vec<DealRequest> {
    let mut dice = Dice(20_261_207);
    // The customer's prices from dice of their own: the deals stay as they were.
    let mut price = Dice(24);
    (0..count)
        .map(|n| {
            let programme = &ALL[dice.below(ALL.len())];
            let tier = &programme.tiers[dice.below(programme.tiers.len())];
            let mut lines: Vec<DealLine> = Vec::new();
            for _ in 0..1 + dice.below(8) {
                let product = &programme.products[dice.below(programme.products.len())];
                let situation = &product.situations[dice.below(product.situations.len())];
                let mut line = DealLine {
                    product: product.id.to_string(),
                    situation: Some(situation.id.to_string()),
                    quantity: (1 + dice.below(40) as i64).into(),
                    unit_price: rust_decimal::Decimal::new(
                        100_000 + dice.below(10_000_000) as i64,
                        2,
                    ),
                    ..DealLine::default()
                };
                for step in situation.steps.iter() {
                    let Some(rate) = step.rates.iter().find(|r| r.tier == tier.id) else {
                        continue;
                    };
                    let value = match &rate.rate {
                        Rate::UpTo(r) if dice.below(2) == 0 => {
                            let span = r.max.0 - r.min.0;
                            ChoiceValue::Percent(
                                r.min.0
                                    + span * rust_decimal::Decimal::new(dice.below(101) as i64, 2),
                            )
                        }
                        Rate::Bonus(_) => ChoiceValue::On(dice.below(2) == 0),
                        Rate::OneOf(picks) => match dice.below(picks.len() + 1) {
                            0 => ChoiceValue::Pick("none".into()),
                            i => ChoiceValue::Pick(picks[i - 1].id.to_string()),
                        },
                        _ => continue,
                    };
                    line.choices.insert(step.id.to_string(), value);
                }
                if product.list_share.is_some() {
                    let lead = lines.iter().position(|l| {
                        programme.products.iter().any(|p| {
                            p.id == l.product
                                && p.category == Category::Licence
                                && p.list_share.is_none()
                        })
                    });
                    if let Some(lead) = lead {
                        line.share_of = Some(lead);
                        line.quantity = 1.into();
                    }
                }
                lines.push(line);
            }
            // Deal-wide steps and situations: the first line of a product sets them for the rest.
            for i in 1..lines.len() {
                if let Some(first) = lines[..i]
                    .iter()
                    .position(|l| l.product == lines[i].product)
                {
                    let (head, tail) = lines.split_at_mut(i);
                    tail[0].situation = head[first].situation.clone();
                    tail[0].choices = head[first].choices.clone();
                }
            }
            let lines_count = lines.len();
            if n % 10 == 9 {
                let broken = dice.below(lines.len());
                match dice.below(3) {
                    0 => lines[broken].product = "nope".into(),
                    1 => lines[broken].quantity = 0.into(),
                    _ => lines[broken].share_of = Some(lines.len()),
                }
            }
            DealRequest {
                vendor: programme.id.to_string(),
                tier: tier.id.to_string(),
                lines,
                sales_last_12_months: (dice.below(2) == 0)
                    .then(|| (dice.below(50_000_000) as i64).into()),
                customer: customer(&mut price, n, lines_count),
            }
        })
        .collect()
}

/// Deal `n`'s customer part, one in four none: a discount with lines' own
/// discounts, an amount with a target amount, or a discount with a target
/// percentage (one in eight of those out of range, to be refused).
fn customer(dice: &mut Dice, n: usize, lines: usize) -> Option<CustomerRequest> {
    let percent = |dice: &mut Dice| Decimal::new(dice.below(10_001) as i64, 2);
    let amount = |dice: &mut Dice| Decimal::new(dice.below(500_000_000) as i64, 2);
    Some(match n % 4 {
        0 => return None,
        1 => CustomerRequest {
            discount_percent: Some(percent(dice)),
            line_discount_percent: (0..lines)
                .map(|_| (dice.below(2) == 0).then(|| percent(dice)))
                .collect(),
            ..CustomerRequest::default()
        },
        2 => CustomerRequest {
            amount: Some(amount(dice)),
            target: Some(Target::Amount(amount(dice))),
            ..CustomerRequest::default()
        },
        _ => CustomerRequest {
            discount_percent: Some(percent(dice)),
            target: Some(Target::Percent(match dice.below(8) {
                0 => Decimal::ONE_HUNDRED,
                _ => Decimal::new(dice.below(9_999) as i64, 2),
            })),
            ..CustomerRequest::default()
        },
    })
}

fn main() {
    let mut cases: Vec<Value> = parity::requests().iter().map(case).collect();
    cases.extend(random_deals(120).iter().map(deal_case));
    println!(
        "{}",
        serde_json::to_string(&cases).expect("the cases serialise")
    );
}
