//! Quotes per second for a mixed set of requests across all five programmes.
//! Criterion prints the throughput as `elem/s`: one element is one quote,
//! including its next-tier quote (`scripts/perf.sh` reads this first figure).
//! Then `deal/20_lines`: deals of 20 lines a second, each with its next tier.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use partner_calc::engine::{quote, quote_deal, ChoiceValue, Choices, DealRequest, QuoteRequest};
use partner_calc::programmes::ALL;
use rust_decimal::Decimal;

fn request(
    vendor: &str,
    tier: &str,
    product: &str,
    choices: &[(&str, ChoiceValue)],
) -> QuoteRequest {
    QuoteRequest {
        vendor: vendor.into(),
        tier: tier.into(),
        product: product.into(),
        situation: None,
        quantity: Decimal::from(25),
        unit_price: Decimal::new(1_234_550, 2),
        choices: choices
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect::<Choices>(),
        sales_last_12_months: Some(Decimal::from(420_000)),
        customer: None,
    }
}

fn mixed() -> Vec<QuoteRequest> {
    vec![
        request(
            "directum",
            "certified",
            "licences",
            &[("additional", ChoiceValue::Percent(Decimal::from(10)))],
        ),
        request("directum", "general", "subscription", &[]),
        request("stakhanovets", "bronze", "licences", &[]),
        request("stakhanovets", "gold", "licences", &[]),
        request("smart-soft", "privileged", "ti_software", &[]),
        request("smart-soft", "authorized", "internal_use", &[]),
        request(
            "asoft",
            "competency",
            "crm_licences",
            &[
                ("plan", ChoiceValue::On(true)),
                ("events", ChoiceValue::Pick("host".into())),
            ],
        ),
        request("bitrix-kz", "basic", "b24_enterprise", &[]),
    ]
}

fn quotes(c: &mut Criterion) {
    let requests = mixed();
    let mut group = c.benchmark_group("quote");
    group.throughput(Throughput::Elements(requests.len() as u64));
    group.bench_function("mixed", |b| {
        b.iter(|| {
            for r in &requests {
                let _ = black_box(quote(ALL, black_box(r)));
            }
        })
    });
    group.finish();
}

/// A Directum deal of 20 lines: the mixed set's Directum products, repeated.
fn deal_of_20() -> DealRequest {
    let single = request(
        "directum",
        "certified",
        "licences",
        &[("additional", ChoiceValue::Percent(Decimal::from(10)))],
    );
    let mut deal = DealRequest::from(&single);
    let products = [
        "licences",
        "subscription",
        "training",
        "solutions",
        "hr_pro",
    ];
    deal.lines = (0..20)
        .map(|i| {
            let mut line = deal.lines[0].clone();
            line.product = products[i % products.len()].into();
            if line.product != "licences" {
                line.choices = Choices::default();
            }
            line
        })
        .collect();
    deal
}

fn deals(c: &mut Criterion) {
    let deal = deal_of_20();
    assert!(quote_deal(ALL, &deal).is_ok(), "the bench deal prices");
    let mut group = c.benchmark_group("deal");
    group.throughput(Throughput::Elements(1));
    group.bench_function("20_lines", |b| {
        b.iter(|| black_box(quote_deal(ALL, black_box(&deal))))
    });
    group.finish();
}

criterion_group!(benches, quotes, deals);
criterion_main!(benches);
