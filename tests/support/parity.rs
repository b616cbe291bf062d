//! The parity cases: quote requests covering every vendor × tier × product
//! × deal situation, with and without every choice and sales figure, and
//! requests the engine must reject. `examples/parity_cases.rs` prints the
//! native engine's answers for the browser parity test; `tests/deals.rs`
//! checks that a one-line deal prices each exactly as a single quote.

use partner_calc::engine::{ChoiceValue, Choices, QuoteRequest};
use partner_calc::model::Rate;
use partner_calc::programmes::ALL;
use rust_decimal::Decimal;
use std::str::FromStr;

const UNIT_PRICE: &str = "123456.78";
const QUANTITIES: [&str; 2] = ["1", "7"];
const SALES: [&str; 2] = ["150000", "25000000"];

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn request(vendor: &str, tier: &str, product: &str, situation: Option<&str>) -> QuoteRequest {
    QuoteRequest {
        vendor: vendor.to_string(),
        tier: tier.to_string(),
        product: product.to_string(),
        situation: situation.map(str::to_string),
        quantity: dec("1"),
        unit_price: dec(UNIT_PRICE),
        choices: Choices::default(),
        sales_last_12_months: None,
        customer: None,
    }
}

/// Every adjustable step of `steps` at `tier` set: a percent at its maximum,
/// a bonus on, the first option of a one-of (as `Form::controls` lists them).
fn every_choice(steps: &[partner_calc::model::Step], tier: &str) -> Choices {
    let mut choices = Choices::default();
    for step in steps {
        let Some(rate) = step.rates.iter().find(|r| r.tier == tier).map(|r| &r.rate) else {
            continue;
        };
        let value = match rate {
            Rate::UpTo(range) => ChoiceValue::Percent(range.max.0),
            Rate::Bonus(_) => ChoiceValue::On(true),
            Rate::OneOf(picks) => match picks.first() {
                Some(pick) => ChoiceValue::Pick(pick.id.to_string()),
                None => continue,
            },
            Rate::Fixed(_) | Rate::Individual(_) => continue,
        };
        choices.insert(step.id.to_string(), value);
    }
    choices
}

/// Every parity case, accepted and rejected, in a stable order.
pub fn requests() -> Vec<QuoteRequest> {
    let mut cases = Vec::new();
    for programme in ALL {
        for tier in programme.tiers.iter() {
            for product in programme.products.iter() {
                for situation in product.situations.iter() {
                    let base = request(&programme.id, &tier.id, &product.id, Some(&situation.id));
                    let choices = every_choice(&situation.steps, &tier.id);
                    for quantity in QUANTITIES {
                        let plain = QuoteRequest {
                            quantity: dec(quantity),
                            ..base.clone()
                        };
                        cases.push(plain.clone());
                        if !choices.is_empty() {
                            cases.push(QuoteRequest {
                                choices: choices.clone(),
                                ..plain.clone()
                            });
                        }
                    }
                    for sales in SALES {
                        cases.push(QuoteRequest {
                            quantity: dec("7"),
                            choices: choices.clone(),
                            sales_last_12_months: Some(dec(sales)),
                            ..base.clone()
                        });
                    }
                }
            }
            // The situation left out: the product's first applies.
            if let Some(product) = programme.products.first() {
                cases.push(request(&programme.id, &tier.id, &product.id, None));
            }
        }
    }

    // Requests the engine rejects (each must give the same message in the
    // browser). Ids are those of docs/quote-api.md; `case` records whatever the engine says.
    let asoft = |tier: &str| request("asoft", tier, "crm_licences", None);
    let with = |mut r: QuoteRequest, step: &str, value: ChoiceValue| {
        r.choices.insert(step.to_string(), value);
        r
    };
    let rejected = [
        request("nope", "white", "licences", None),
        request("stakhanovets", "platinum", "licences", None),
        request("stakhanovets", "white", "nope", None),
        request("stakhanovets", "white", "licences", Some("nope")),
        with(asoft("competency"), "nope", ChoiceValue::On(true)),
        with(asoft("competency"), "plan", ChoiceValue::Percent(dec("5"))),
        with(
            asoft("competency"),
            "events",
            ChoiceValue::Pick("nope".into()),
        ),
        with(
            request("directum", "general", "licences", None),
            "additional",
            ChoiceValue::Percent(dec("16")),
        ),
        with(
            request("directum", "general", "licences", None),
            "additional",
            ChoiceValue::Percent(dec("-0.5")),
        ),
        QuoteRequest {
            quantity: dec("0"),
            ..asoft("retail")
        },
        QuoteRequest {
            quantity: dec("2.5"),
            ..asoft("retail")
        },
        QuoteRequest {
            quantity: dec("-3"),
            ..asoft("retail")
        },
        QuoteRequest {
            quantity: dec("1000000001"),
            ..asoft("retail")
        },
        QuoteRequest {
            unit_price: dec("-0.01"),
            ..asoft("retail")
        },
        QuoteRequest {
            sales_last_12_months: Some(dec("-1")),
            ..asoft("retail")
        },
        // Too large to compute: 10^9 × 10^20 is above the largest decimal (≈ 7.9 × 10^28),
        // with a price well inside it and with the largest decimal itself.
        QuoteRequest {
            quantity: dec("1000000000"),
            unit_price: dec("100000000000000000000"),
            ..asoft("retail")
        },
        QuoteRequest {
            quantity: dec("1000000000"),
            unit_price: dec("79228162514264337593543950335"),
            ..asoft("retail")
        },
        // Accepted edge values, next to the rejected ones.
        QuoteRequest {
            quantity: dec("1000000000"),
            ..asoft("retail")
        },
        QuoteRequest {
            unit_price: dec("0"),
            ..asoft("retail")
        },
        QuoteRequest {
            unit_price: dec("0.005"),
            ..asoft("retail")
        },
        QuoteRequest {
            sales_last_12_months: Some(dec("0")),
            ..asoft("retail")
        },
    ];
    cases.extend(rejected);
    cases
}
