//! Synthetic programmes built in the tests, for the rules of the vocabulary
//! the five documents never make bind (a cap that cuts, ranges that do not
//! start at 0, list shares, user limits, individual rates anywhere).
//! Every figure is a round number so the expected values can be worked out
//! by hand in the test.
#![allow(dead_code)]

use partner_calc::model::{
    Basis, Cap, Category, Currency, Fact, I18n, Money, Percent, Period, Pick, Product, Programme,
    Range, Rate, Settlement, Share, Situation, Source, Step, Threshold, Tier, TierCount, TierRate,
};
use rust_decimal::Decimal;
use std::str::FromStr;

/// The programme id of [`programme`].
pub const VENDOR: &str = "synth";

fn dec(text: &str) -> Decimal {
    Decimal::from_str(text).expect("test decimals are valid")
}

/// A source naming a made-up seed document.
pub fn source() -> Source {
    Source {
        file: "synthetic.txt".into(),
        section: "test".into(),
    }
}

/// A text that is the same in both languages, suffixed for each.
pub fn text(words: &str) -> I18n {
    I18n::new(format!("{words} (ru)"), format!("{words} (en)"))
}

/// A statement with its source.
pub fn fact(words: &str) -> Fact {
    Fact {
        text: text(words),
        source: source(),
    }
}

/// A percentage.
pub fn pct(value: &str) -> Percent {
    Percent(dec(value))
}

/// `fixed = value`.
pub fn fixed(value: &str) -> Rate {
    Rate::Fixed(pct(value))
}

/// `up_to = { min, max }`.
pub fn up_to(min: &str, max: &str) -> Rate {
    Rate::UpTo(Range {
        min: pct(min),
        max: pct(max),
    })
}

/// `bonus = value`.
pub fn bonus(value: &str) -> Rate {
    Rate::Bonus(pct(value))
}

/// `one_of = [(id, percent)…]`.
pub fn one_of(picks: &[(&str, &str)]) -> Rate {
    Rate::OneOf(
        picks
            .iter()
            .map(|(id, p)| Pick {
                id: id.to_string().into(),
                label: text(id),
                percent: pct(p),
            })
            .collect::<Vec<_>>()
            .into(),
    )
}

/// `individual = words`.
pub fn individual(words: &str) -> Rate {
    Rate::Individual(text(words))
}

/// Paid back later, as `how` says.
pub fn later(how: &str) -> Settlement {
    Settlement::Later(text(how))
}

/// A step with a rate per tier.
pub fn step(id: &str, settlement: Settlement, rates: &[(&str, Rate)]) -> Step {
    Step {
        id: id.to_string().into(),
        label: text(id),
        settlement,
        source: source(),
        deal_wide: None,
        rates: rates
            .iter()
            .map(|(tier, rate)| TierRate {
                tier: tier.to_string().into(),
                rate: rate.clone(),
            })
            .collect::<Vec<_>>()
            .into(),
    }
}

/// An invoice step with the same rate at the tiers `a` and `b`.
pub fn invoice(id: &str, rate: Rate) -> Step {
    step(id, Settlement::Invoice, &[("a", rate.clone()), ("b", rate)])
}

/// A situation, with an optional cap.
pub fn situation(id: &str, cap: Option<&str>, steps: Vec<Step>) -> Situation {
    Situation {
        id: id.to_string().into(),
        name: text(id),
        condition: None,
        cap: cap.map(|c| Cap {
            percent: pct(c),
            source: source(),
        }),
        steps: steps.into(),
    }
}

/// A licence product with these situations, no share, no limits.
pub fn product(id: &str, situations: Vec<Situation>) -> Product {
    Product {
        id: id.to_string().into(),
        name: text(id),
        unit: text("licence"),
        category: Category::Licence,
        list_share: None,
        user_limits: Vec::new().into(),
        situations: situations.into(),
        deal_wide_situation: None,
        notes: Vec::new().into(),
    }
}

/// The list price is `percent` of the price entered.
pub fn share(percent: &str) -> Share {
    Share {
        percent: pct(percent),
        of: text("the licence"),
        source: source(),
    }
}

/// A user limit of `count` at `tier`.
pub fn limit(tier: &str, count: u32) -> TierCount {
    TierCount {
        tier: tier.to_string().into(),
        count,
        source: source(),
    }
}

/// A tier with an optional threshold.
pub fn tier(id: &str, threshold: Option<(&str, Basis)>) -> Tier {
    Tier {
        id: id.to_string().into(),
        name: text(id),
        threshold: threshold.map(|(amount, basis)| Threshold {
            amount: Money(dec(amount)),
            period: Period::TwelveMonths,
            basis,
            source: source(),
        }),
        requirements: Vec::new().into(),
        benefits: Vec::new().into(),
    }
}

/// Programme [`VENDOR`] in roubles with tiers `a` (no threshold) and `b`
/// (1 000 000 in vendor money) and these products.
pub fn programme(products: Vec<Product>) -> Programme {
    with_tiers(
        vec![
            tier("a", None),
            tier("b", Some(("1000000", Basis::VendorMoney))),
        ],
        products,
    )
}

/// Programme [`VENDOR`] with these tiers and products.
pub fn with_tiers(tiers: Vec<Tier>, products: Vec<Product>) -> Programme {
    Programme {
        id: VENDOR.into(),
        vendor: text("Synthetic vendor"),
        name: text("Synthetic programme"),
        currency: Currency::Rub,
        source: source(),
        data_date: "2025-01-31".into(),
        tiers: tiers.into(),
        products: products.into(),
        notes: Vec::new().into(),
        resale: Vec::new().into(),
    }
}

/// A programme with one product `p` and one situation `s` of these steps.
pub fn one_deal(cap: Option<&str>, steps: Vec<Step>) -> Programme {
    programme(vec![product("p", vec![situation("s", cap, steps)])])
}
