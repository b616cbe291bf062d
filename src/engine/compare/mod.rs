//! Comparing programmes for one deal, for prospective partners: every tier
//! of every programme that sells the deal's kind of product, priced with the
//! engine; and, for the partner's expected sales, the tier each programme's
//! money thresholds give, the next one and what it would add to this deal.

mod deal;

pub use deal::{compare_deal, what_if_deal, DealRow};

use super::{quote, ChoiceValue, Choices, Quote, QuoteRequest};
use crate::model::{Category, Fact, Programme, Rate, Situation, Tier};
use rust_decimal::Decimal;

/// A deal to compare programmes on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deal {
    /// What kind of product.
    pub category: Category,
    /// How many units.
    pub quantity: Decimal,
    /// RRP of one unit.
    pub unit_price: Decimal,
}

/// One tier of one programme, priced for the deal.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    /// The programme.
    pub programme: &'a Programme,
    /// The tier.
    pub tier: &'a Tier,
    /// The deal priced at this tier: "up to" ranges at their maximum,
    /// bonuses and options off; `None` if the engine refused it.
    pub quote: Option<Quote>,
    /// The largest "up to" range of the quote, if it has one (vendor's discretion).
    pub up_to: Option<Decimal>,
    /// The invoice discount that is certain: every "up to" range at its
    /// minimum; `None` when the document gives no figure.
    pub certain: Option<Decimal>,
}

impl Row<'_> {
    /// The partner's discount on the invoice, when the document gives one
    /// ("up to" ranges at their maximum).
    pub fn discount(&self) -> Option<Decimal> {
        self.quote.as_ref()?.effective_discount_percent
    }
}

/// Every tier of every programme selling `deal.category`, in the
/// programmes' order, each priced at its first product of that kind.
pub fn compare<'a>(programmes: &'a [Programme], deal: &Deal) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    for programme in programmes {
        let Some(product) = programme
            .products
            .iter()
            .find(|p| p.category == deal.category)
        else {
            continue;
        };
        let Some(situation) = product.situations.first() else {
            continue;
        };
        for tier in programme.tiers.iter() {
            let (choices, up_to) = at_most(situation, tier);
            let mut request = QuoteRequest {
                vendor: programme.id.to_string(),
                tier: tier.id.to_string(),
                product: product.id.to_string(),
                situation: Some(situation.id.to_string()),
                quantity: deal.quantity,
                unit_price: deal.unit_price,
                choices,
                sales_last_12_months: None,
                customer: None,
            };
            let quoted = quote(programmes, &request).ok();
            let certain = match up_to {
                // Without a choice a range stands at its minimum.
                Some(_) => {
                    request.choices = Choices::default();
                    quote(programmes, &request)
                        .ok()
                        .and_then(|q| q.effective_discount_percent)
                }
                None => quoted.as_ref().and_then(|q| q.effective_discount_percent),
            };
            rows.push(Row {
                programme,
                tier,
                quote: quoted,
                up_to,
                certain,
            });
        }
    }
    rows
}

/// Every "up to" step of `situation` at `tier` at its maximum (bonuses and
/// options off), and the largest such range, if any. Inlined: out of line
/// it measured +55 B gzip in the embed, which sits at its 150 KiB line.
#[inline(always)]
fn at_most(situation: &Situation, tier: &Tier) -> (Choices, Option<Decimal>) {
    let mut choices = Choices::default();
    let mut up_to = None;
    for step in situation.steps.iter() {
        let rate = step
            .rates
            .iter()
            .find(|r| r.tier == tier.id)
            .map(|r| &r.rate);
        if let Some(Rate::UpTo(range)) = rate {
            choices.insert(step.id.to_string(), ChoiceValue::Percent(range.max.0));
            up_to = up_to.max(Some(range.max.0));
        }
    }
    (choices, up_to)
}

/// The index of the best row: the largest certain invoice discount
/// (comparable across currencies; "up to" ranges, at the vendor's
/// discretion, count at their minimum); `None` when no row has a figure.
pub fn best(rows: &[Row<'_>]) -> Option<usize> {
    best_of(rows.iter().map(|r| r.certain))
}

/// The index of the largest of `certain` discounts (the first of equals);
/// `None` when none has a figure.
pub fn best_of(certain: impl IntoIterator<Item = Option<Decimal>>) -> Option<usize> {
    let mut best: Option<(usize, Decimal)> = None;
    for (i, d) in certain.into_iter().enumerate() {
        if let Some(d) = d {
            if best.is_none_or(|(_, b)| d > b) {
                best = Some((i, d));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// Where expected sales put the partner in one programme.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing<'a> {
    /// The programme.
    pub programme: &'a Programme,
    /// The highest tier whose money threshold the sales reach (the entry
    /// tier when it has none).
    pub reached: &'a Tier,
    /// The next tier with a money threshold above the sales.
    pub next: Option<&'a Tier>,
    /// How much more sales the next tier takes.
    pub remaining: Option<Decimal>,
    /// What the next tier would add to this deal's margin.
    pub gain: Option<Decimal>,
    /// The non-monetary requirements of the reached and next tiers, each
    /// once: never assumed met.
    pub requirements: Vec<&'a Fact>,
}

/// For each programme selling `deal.category`, where `sales` a year (in the
/// programme's currency) put the partner by the documents' money thresholds.
pub fn what_if<'a>(programmes: &'a [Programme], sales: Decimal, deal: &Deal) -> Vec<Standing<'a>> {
    let rows = compare(programmes, deal);
    let margin = |programme: &Programme, tier: &Tier| {
        let row = rows
            .iter()
            .find(|r| r.programme.id == programme.id && r.tier.id == tier.id)?;
        Some(row.quote.as_ref()?.margin)
    };
    standings(programmes, sales, margin)
}

/// For each programme `margin` knows (`Some` at a tier: the deal's margin
/// there, `None` inside when it could not be priced), where `sales` put the
/// partner and what the next tier adds to that margin.
fn standings<'a>(
    programmes: &'a [Programme],
    sales: Decimal,
    margin: impl Fn(&Programme, &Tier) -> Option<Option<Decimal>>,
) -> Vec<Standing<'a>> {
    let mut out = Vec::new();
    for programme in programmes {
        let Some(first) = programme.tiers.first() else {
            continue;
        };
        if margin(programme, first).is_none() {
            continue;
        }
        let tiers = &programme.tiers;
        let reached_at = tiers
            .iter()
            .rposition(|t| t.threshold.as_ref().is_some_and(|th| th.amount.0 <= sales))
            .unwrap_or(0);
        let reached = &tiers[reached_at];
        let next = tiers[reached_at + 1..]
            .iter()
            .find(|t| t.threshold.as_ref().is_some_and(|th| th.amount.0 > sales));
        let remaining = next
            .and_then(|t| t.threshold.as_ref())
            .map(|th| th.amount.0 - sales);
        let gain = next.and_then(|n| Some(margin(programme, n)?? - margin(programme, reached)??));
        let mut requirements: Vec<&Fact> = reached.requirements.iter().collect();
        if let Some(n) = next {
            for fact in n.requirements.iter() {
                if !requirements.iter().any(|r| r.text == fact.text) {
                    requirements.push(fact);
                }
            }
        }
        out.push(Standing {
            programme,
            reached,
            next,
            remaining,
            gain,
            requirements,
        });
    }
    out
}
