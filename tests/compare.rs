//! Comparing programmes for one deal and the what-if for expected sales,
//! against the documents' figures.

use partner_calc::engine::compare::{best, compare, what_if, Deal};
use partner_calc::model::Category;
use partner_calc::programmes::ALL;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Ten licences at 100 000 (RRP total 1 000 000).
fn licences() -> Deal {
    Deal {
        category: Category::Licence,
        quantity: d("10"),
        unit_price: d("100000"),
    }
}

#[test]
fn every_tier_of_every_licence_programme_is_compared() {
    let rows = compare(ALL, &licences());
    let tiers: usize = ALL.iter().map(|p| p.tiers.len()).sum();
    assert_eq!(rows.len(), tiers, "all five programmes sell licences");
    let net = |vendor: &str, tier: &str| {
        let row = rows
            .iter()
            .find(|r| r.programme.id == vendor && r.tier.id == tier)
            .unwrap();
        row.quote.as_ref().unwrap().net_total
    };
    assert_eq!(net("stakhanovets", "white"), Some(d("900000.00")));
    assert_eq!(net("stakhanovets", "silver"), Some(d("700000.00")));
    assert_eq!(net("stakhanovets", "trusted"), None, "individual, not 0 %");
    assert_eq!(net("smart-soft", "authorized"), Some(d("750000.00")));
    assert_eq!(net("smart-soft", "certified"), Some(d("700000.00")));
    assert_eq!(net("smart-soft", "privileged"), Some(d("650000.00")));
    for row in rows.iter().filter(|r| r.programme.id == "bitrix-kz") {
        assert_eq!(row.quote.as_ref().unwrap().net_total, None, "by agreement");
    }
}

#[test]
fn up_to_ranges_are_priced_at_their_maximum_and_marked() {
    let rows = compare(ALL, &licences());
    let marked: Vec<_> = rows.iter().filter(|r| r.up_to.is_some()).collect();
    assert!(!marked.is_empty(), "some tier has an 'up to' discount");
    for row in marked {
        let q = row.quote.as_ref().unwrap();
        let step = q
            .steps
            .iter()
            .find(|s| s.max_percent.is_some() && s.min_percent != s.max_percent);
        if let Some(step) = step {
            assert_eq!(
                step.percent, step.max_percent,
                "{} {}",
                row.programme.id, row.tier.id
            );
        }
    }
}

#[test]
fn the_best_row_has_the_largest_discount() {
    let rows = compare(ALL, &licences());
    let i = best(&rows).unwrap();
    let top = rows[i].discount().unwrap();
    assert!(rows.iter().filter_map(|r| r.discount()).all(|x| x <= top));
}

#[test]
fn six_hundred_thousand_a_year() {
    let standings = what_if(ALL, d("600000"), &licences());
    let at = |vendor: &str| standings.iter().find(|s| s.programme.id == vendor).unwrap();
    let s = at("stakhanovets");
    assert_eq!(s.reached.id, "silver");
    assert_eq!(s.next.unwrap().id, "gold", "gold needs 5 000 000");
    assert_eq!(s.remaining, Some(d("4400000")));
    assert_eq!(
        s.gain,
        Some(d("100000.00")),
        "gold's 40 % against silver's 30 % on 1 000 000"
    );
    assert!(
        !s.requirements.is_empty(),
        "non-monetary requirements are listed"
    );
    let s = at("smart-soft");
    assert_eq!(s.reached.id, "certified");
    assert_eq!(s.next.unwrap().id, "privileged");
    assert_eq!(s.remaining, Some(d("400000")));
    assert_eq!(s.gain, Some(d("50000.00")));
    let s = at("bitrix-kz");
    assert_eq!(s.next, None, "no money thresholds in the document");
}
