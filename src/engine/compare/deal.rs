//! Comparing programmes on a deal of several lines: each programme prices
//! each line at its first product of the line's kind, and a line it has no
//! such product for is not offered there (never priced as zero). A product
//! priced as a share of the licence delivery follows the deal's licence line.

use super::{at_most, standings, Deal, Standing};
use crate::engine::{quote_deal, DealLine, DealQuote, DealRequest};
use crate::model::{Category, Product, Programme, Tier};
use rust_decimal::Decimal;

/// One tier of one programme, priced for the deal's lines it offers.
#[derive(Clone, Debug, PartialEq)]
pub struct DealRow<'a> {
    /// The programme.
    pub programme: &'a Programme,
    /// The tier.
    pub tier: &'a Tier,
    /// For each line of the deal, in order, the index of its quote in
    /// `quote.lines`; `None` when the programme offers no product of its kind.
    pub offered: Vec<Option<usize>>,
    /// The offered lines priced ("up to" ranges at their maximum, bonuses
    /// and options off); `None` if the engine refused them.
    pub quote: Option<DealQuote>,
    /// The largest "up to" range of the offered lines, if any (vendor's discretion).
    pub up_to: Option<Decimal>,
}

/// Every tier of every programme that offers at least one of `lines`' kinds
/// of product, in the programmes' order.
///
/// # Example
/// ```
/// use partner_calc::engine::compare::{compare_deal, Deal};
/// use partner_calc::model::Category;
/// use partner_calc::programmes::ALL;
/// let line = |category, unit_price: i64| Deal {
///     category,
///     quantity: 1.into(),
///     unit_price: unit_price.into(),
/// };
/// let lines = [line(Category::Licence, 100_000), line(Category::Hardware, 50_000)];
/// let rows = compare_deal(ALL, &lines);
/// let smart_soft = rows.iter().find(|r| r.programme.id == "smart-soft").unwrap();
/// assert_eq!(smart_soft.offered, [Some(0), Some(1)], "software and a TING appliance");
/// let asoft = rows.iter().find(|r| r.programme.id == "asoft").unwrap();
/// assert_eq!(asoft.offered, [Some(0), None], "ASoft sells no hardware");
/// ```
pub fn compare_deal<'a>(programmes: &'a [Programme], lines: &[Deal]) -> Vec<DealRow<'a>> {
    let mut rows = Vec::new();
    for programme in programmes {
        let products: Vec<_> = lines
            .iter()
            .map(|line| {
                let mut products = programme.products.iter();
                products.find(|p| p.category == line.category)
            })
            .collect();
        // A product priced as a share of the licence delivery (ASoft updates)
        // follows the deal's first licence line, as one delivery; without one
        // it is not offered.
        let licence = products.iter().position(|p| {
            p.is_some_and(|p| p.list_share.is_none() && p.category == Category::Licence)
        });
        let products: Vec<Option<&Product>> = products
            .into_iter()
            .map(|p| p.filter(|p| p.list_share.is_none() || licence.is_some()))
            .collect();
        if products.iter().all(Option::is_none) {
            continue;
        }
        // Each offered line's place among the offered ones.
        let place = |i: usize| products[..i].iter().filter(|p| p.is_some()).count();
        for tier in programme.tiers.iter() {
            let mut offered = Vec::with_capacity(lines.len());
            let mut deal_lines = Vec::new();
            let mut up_to: Option<Decimal> = None;
            for (line, product) in lines.iter().zip(&products) {
                let Some((product, situation)) =
                    product.and_then(|p| Some((p, p.situations.first()?)))
                else {
                    offered.push(None);
                    continue;
                };
                let (choices, range) = at_most(situation, tier);
                up_to = up_to.max(range);
                offered.push(Some(deal_lines.len()));
                deal_lines.push(DealLine {
                    product: product.id.to_string(),
                    situation: Some(situation.id.to_string()),
                    quantity: match product.list_share {
                        Some(_) => Decimal::ONE,
                        None => line.quantity,
                    },
                    unit_price: line.unit_price,
                    choices,
                    share_of: product.list_share.as_ref().and(licence.map(place)),
                });
            }
            let request = DealRequest {
                vendor: programme.id.to_string(),
                tier: tier.id.to_string(),
                lines: deal_lines,
                sales_last_12_months: None,
                customer: None,
            };
            rows.push(DealRow {
                programme,
                tier,
                offered,
                quote: quote_deal(programmes, &request).ok(),
                up_to,
            });
        }
    }
    rows
}

/// For each programme offering any of `lines`' kinds, where `sales` a year
/// put the partner by the documents' money thresholds, and what the next
/// tier adds to the margin of the lines it offers.
pub fn what_if_deal<'a>(
    programmes: &'a [Programme],
    sales: Decimal,
    lines: &[Deal],
) -> Vec<Standing<'a>> {
    let rows = compare_deal(programmes, lines);
    let margin = |programme: &Programme, tier: &Tier| {
        let row = rows
            .iter()
            .find(|r| r.programme.id == programme.id && r.tier.id == tier.id)?;
        Some(row.quote.as_ref()?.margin)
    };
    standings(programmes, sales, margin)
}
