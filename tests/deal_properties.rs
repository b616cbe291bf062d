//! Property tests over random deals: the deal's figures are the exact sums
//! of its lines, the order of the lines changes no total, and a one-line
//! deal prices every parity case exactly as a single quote.

#[path = "support/parity.rs"]
mod parity;
#[path = "support/random.rs"]
mod random;

use partner_calc::engine::{quote, quote_deal, DealError, DealLine, DealQuote, DealRequest};
use partner_calc::programmes::ALL;
use proptest::prelude::*;
use random::{deal_cases, deal_strategy};
use rust_decimal::Decimal;

/// Σ of an optional figure over the lines: `None` as soon as one is `None`.
fn sum(mut values: impl Iterator<Item = Option<Decimal>>) -> Option<Decimal> {
    values.try_fold(Decimal::ZERO, |acc, v| Some(acc + v?))
}

/// A deal's totals: list, net, margin, paid later, and each step's
/// (id, label, paid later, amount), sorted.
type Totals = (
    Decimal,
    Option<Decimal>,
    Option<Decimal>,
    Decimal,
    Vec<(String, String, bool, Option<Decimal>)>,
);

/// The deal's totals, order-independent.
fn totals(q: &DealQuote) -> Totals {
    let mut steps: Vec<_> = q
        .steps
        .iter()
        .map(|s| (s.id.clone(), s.label.ru.to_string(), s.paid_later, s.amount))
        .collect();
    steps.sort_by(|a, b| (&a.0, &a.1, a.2).cmp(&(&b.0, &b.1, b.2)));
    (
        q.list_total,
        q.net_total,
        q.margin,
        q.paid_later_total,
        steps,
    )
}

/// The same deal with its lines in the order `order` gives, shares remapped.
fn reordered(request: &DealRequest, order: &[usize]) -> DealRequest {
    let lines: Vec<DealLine> = order
        .iter()
        .map(|&old| {
            let mut line = request.lines[old].clone();
            line.share_of = line
                .share_of
                .map(|base| order.iter().position(|&o| o == base).unwrap());
            line
        })
        .collect();
    DealRequest {
        lines,
        ..request.clone()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: deal_cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn deal_totals_are_the_sums_of_its_lines(request in deal_strategy(12)) {
        let q = quote_deal(ALL, &request).expect("a valid random deal prices");
        prop_assert_eq!(q.lines.len(), request.lines.len());
        prop_assert_eq!(q.list_total, q.lines.iter().map(|l| l.list_total).sum::<Decimal>());
        prop_assert_eq!(q.net_total, sum(q.lines.iter().map(|l| l.net_total)));
        prop_assert_eq!(q.margin, sum(q.lines.iter().map(|l| l.margin)));
        prop_assert_eq!(q.paid_later_total, q.lines.iter().map(|l| l.paid_later_total).sum::<Decimal>());
        if let Some(net) = q.net_total {
            prop_assert_eq!(net + q.margin.unwrap(), q.list_total);
        }
        for step in &q.steps {
            let amounts = q.lines.iter().flat_map(|l| &l.steps)
                .filter(|s| s.id == step.id && s.label == step.label && s.paid_later.is_some() == step.paid_later)
                .map(|s| s.amount);
            prop_assert_eq!(step.amount, sum(amounts), "step {}", step.id);
        }
        let agreed: Vec<usize> = (0..q.lines.len()).filter(|&i| q.lines[i].net_total.is_none()).collect();
        prop_assert_eq!(&q.by_agreement, &agreed);
    }

    #[test]
    fn reordering_lines_changes_no_total(request in deal_strategy(12), rotate in 0usize..12) {
        let q = quote_deal(ALL, &request).expect("a valid random deal prices");
        let n = request.lines.len();
        let reversed: Vec<usize> = (0..n).rev().collect();
        let rotated: Vec<usize> = (0..n).map(|i| (i + rotate) % n).collect();
        for order in [reversed, rotated] {
            let r = quote_deal(ALL, &reordered(&request, &order)).expect("the same deal prices");
            prop_assert_eq!(totals(&r), totals(&q));
            prop_assert_eq!(r.effective_discount_percent, q.effective_discount_percent);
            prop_assert_eq!(r.total_benefit_percent, q.total_benefit_percent);
            let next = |d: &DealQuote| d.next_tier.as_ref().map(|t| (t.remaining_before, t.remaining_after, t.gain));
            prop_assert_eq!(next(&r), next(&q));
        }
    }
}

/// Every parity case as a one-line deal: the same line, to the kopeck, and
/// deal totals equal to the single quote's; refused for the same reason
/// when the single quote is refused. (The percentages are not compared: the
/// deal's are amount ÷ list of rounded amounts, the single quote's the
/// document's rates, so 30 % of a 0.01 line is 0.00 % for the deal.)
#[test]
fn a_one_line_deal_is_the_single_quote() {
    let requests = parity::requests();
    assert!(requests.len() > 400, "{} parity cases", requests.len());
    for single in &requests {
        let deal = DealRequest::from(single);
        match (quote(ALL, single), quote_deal(ALL, &deal)) {
            (Ok(mut one), Ok(d)) => {
                let next = one.next_tier.take();
                assert_eq!(d.lines, [one.clone()], "{single:?}");
                assert_eq!(d.list_total, one.list_total);
                assert_eq!(d.net_total, one.net_total);
                assert_eq!(d.margin, one.margin);
                assert_eq!(d.paid_later_total, one.paid_later_total);
                let gains = (
                    next.as_ref().and_then(|n| n.gain),
                    d.next_tier.as_ref().and_then(|n| n.gain),
                );
                assert_eq!(gains.0, gains.1, "{single:?}: the gain at the next tier");
                let remaining = next.as_ref().and_then(|n| n.remaining);
                assert_eq!(
                    remaining,
                    d.next_tier.as_ref().and_then(|n| n.remaining_before)
                );
            }
            (Err(one), Err(d)) => {
                let same = d == DealError::Deal(one.clone())
                    || d == DealError::Line {
                        line: 0,
                        error: one.clone(),
                    };
                assert!(same, "{single:?}: single {one:?}, deal {d:?}");
            }
            (one, d) => panic!("{single:?}: single {one:?}, deal {d:?}"),
        }
    }
}
