//! A deal of several lines: one vendor, one tier, 1 to [`MAX_LINES`] lines,
//! each priced as a quote, and the deal's totals, the exact sums of its lines.

use super::customer::resale;
use super::deal_tier::{self, DealNextTier};
use super::error::QuoteError;
use super::money::{add, share};
use super::price::Resolved;
use super::quote::Quote;
use super::request::CustomerRequest;
use super::request::{ChoiceValue, Choices, QuoteRequest};
use super::resale::Resale;
use crate::model::{Category, Currency, I18n, Programme, Rate, Situation, Step};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The most lines a deal has.
pub const MAX_LINES: usize = 50;

/// A request for a deal's quote. Amounts are in the programme's currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DealRequest {
    /// Programme id, e.g. `asoft`.
    pub vendor: String,
    /// Tier id within the programme.
    pub tier: String,
    /// The lines, 1 to [`MAX_LINES`].
    pub lines: Vec<DealLine>,
    /// Sales over the last 12 months, in the basis of the programme's thresholds.
    #[serde(default)]
    pub sales_last_12_months: Option<Decimal>,
    /// The customer's price for the deal and a target margin, if asked for.
    #[serde(default)]
    pub customer: Option<CustomerRequest>,
}

/// One line of a deal: a product, its situation, quantity, unit RRP and choices.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DealLine {
    /// Product id within the programme.
    pub product: String,
    /// Deal situation id; the product's first situation when absent.
    #[serde(default)]
    pub situation: Option<String>,
    /// How many units: a whole number from 1 to [`super::MAX_QUANTITY`].
    pub quantity: Decimal,
    /// The RRP of one unit, not negative. Ignored on a line with `share_of`,
    /// whose unit price is the list total of the line it follows.
    #[serde(default)]
    pub unit_price: Decimal,
    /// The user's values for the line's adjustable steps, keyed by step id.
    /// Steps the data marks deal-wide have the same value on every line of
    /// the product.
    #[serde(default)]
    pub choices: Choices,
    /// For a product whose list price is a share of the licence delivery
    /// (ASoft updates are 20 % of it): the index of the licence line (a
    /// product of category licence, itself no share) whose list total this
    /// line's price follows. Such a line is one delivery: quantity 1.
    #[serde(default)]
    pub share_of: Option<usize>,
}

impl From<&QuoteRequest> for DealLine {
    /// The line a single request describes.
    fn from(single: &QuoteRequest) -> DealLine {
        DealLine {
            product: single.product.clone(),
            situation: single.situation.clone(),
            quantity: single.quantity,
            unit_price: single.unit_price,
            choices: single.choices.clone(),
            share_of: None,
        }
    }
}

impl From<&QuoteRequest> for DealRequest {
    /// A single request as a deal of one line, priced as the single quote is.
    fn from(single: &QuoteRequest) -> DealRequest {
        DealRequest {
            vendor: single.vendor.clone(),
            tier: single.tier.clone(),
            lines: vec![DealLine::from(single)],
            sales_last_12_months: single.sales_last_12_months,
            customer: single.customer.clone(),
        }
    }
}

/// A priced deal. Every figure of the deal is the exact sum of its lines'
/// figures, each line rounded to 0.01 as a single quote is.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DealQuote {
    /// Programme id.
    pub vendor: String,
    /// Tier id.
    pub tier: String,
    /// The currency of every amount.
    pub currency: Currency,
    /// Each line priced, in the request's order (without a next tier).
    pub lines: Vec<Quote>,
    /// Σ of the lines' list totals.
    #[cfg_attr(test, ts(type = "string"))]
    pub list_total: Decimal,
    /// Each step summed over the lines that have it (the same id, label and
    /// settlement), in order of appearance.
    pub steps: Vec<DealStep>,
    /// Σ of the lines' net totals; `None` when a line is priced by agreement.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub net_total: Option<Decimal>,
    /// Σ of the lines' margins: list total − net total.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub margin: Option<Decimal>,
    /// Σ of what the lines pay back later.
    #[cfg_attr(test, ts(type = "string"))]
    pub paid_later_total: Decimal,
    /// margin ÷ list total × 100, rounded to 0.01 half away from zero;
    /// `None` by agreement or for a zero list total.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub effective_discount_percent: Option<Decimal>,
    /// (margin + paid later) ÷ list total × 100, rounded as above.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub total_benefit_percent: Option<Decimal>,
    /// Indexes of the lines priced by agreement.
    pub by_agreement: Vec<usize>,
    /// The next tier with this deal counted, if there is one.
    #[cfg_attr(test, ts(type = "DealNextTier | null"))]
    pub next_tier: Option<Box<DealNextTier>>,
    /// The deal sold at the customer's price, when the request asks.
    pub customer: Option<Resale>,
}

/// One step summed over the deal's lines.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DealStep {
    /// Step id.
    pub id: String,
    /// What the step is (the first line's label for it).
    pub label: I18n,
    /// True for a step paid back later, not deducted from the invoice.
    pub paid_later: bool,
    /// Σ of the lines' amounts; `None` when a line has no figure for it.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub amount: Option<Decimal>,
}

/// Why a deal was refused: which line, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DealError {
    /// The deal has no line.
    NoLines,
    /// The deal has more lines than [`MAX_LINES`], the figure it carries.
    TooManyLines(usize),
    /// The vendor, the tier or the sales figure was refused.
    Deal(QuoteError),
    /// One line was refused.
    Line {
        /// The line's index.
        line: usize,
        /// Why.
        error: QuoteError,
    },
    /// `share_of` names no other licence line that is no share itself, is
    /// set on a product whose price is not a share of a delivery, or on a
    /// line whose quantity is not 1.
    BadShare {
        /// The line's index.
        line: usize,
    },
    /// A step or situation the data marks deal-wide differs between two
    /// lines of the same product.
    DealWideDiffers {
        /// The later of the two lines.
        line: usize,
        /// The step id; `None` for the deal situation.
        step: Option<String>,
    },
}

impl std::fmt::Display for DealError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // For logs and tests; people read the widget's catalogue wording.
        write!(f, "{self:?}")
    }
}

impl std::error::Error for DealError {}

/// Prices `request` against `programmes`: each line, the deal's totals and
/// the next tier with this deal counted. Never panics.
///
/// # Errors
/// No line or more than [`MAX_LINES`]; an unknown vendor or tier, negative
/// sales; a line refused as a single quote would be; a wrong `share_of`;
/// a deal-wide step or situation that differs between lines of one product.
///
/// # Example
/// ```
/// use partner_calc::engine::{quote_deal, DealLine, DealRequest};
/// use partner_calc::programmes::ALL;
/// use rust_decimal::Decimal;
/// let line = |product: &str, quantity: i64, unit_price: i64| DealLine {
///     product: product.into(),
///     quantity: quantity.into(),
///     unit_price: unit_price.into(),
///     ..DealLine::default()
/// };
/// let request = DealRequest {
///     vendor: "smart-soft".into(),
///     tier: "certified".into(),
///     // Traffic Inspector at 30 % and a TING appliance at 20 %.
///     lines: vec![line("ti_software", 10, 10_000), line("ting", 1, 50_000)],
///     sales_last_12_months: None,
///     customer: None,
/// };
/// let deal = quote_deal(ALL, &request).unwrap();
/// assert_eq!(deal.list_total, Decimal::new(150_000_00, 2));
/// assert_eq!(deal.net_total, Some(Decimal::new(110_000_00, 2)));
/// ```
pub fn quote_deal(programmes: &[Programme], request: &DealRequest) -> Result<DealQuote, DealError> {
    let (deal, here) = Lines::resolve(programmes, request)?;
    let mut quote = deal.total(deal.tier_index, here)?;
    quote.next_tier = deal_tier::next_tier(&deal, &quote).map(Box::new);
    if let Some(customer) = &request.customer {
        quote.customer = Some(resale(&quote.lines, customer).map_err(DealError::Deal)?);
    }
    Ok(quote)
}

/// The whole deal priced at every tier of its programme, lowest first;
/// `None` for a tier where a line cannot be priced.
///
/// # Errors
/// As [`quote_deal`].
pub fn deal_ladder(
    programmes: &[Programme],
    request: &DealRequest,
) -> Result<Vec<Option<DealQuote>>, DealError> {
    let (deal, here) = Lines::resolve(programmes, request)?;
    let mut here = Some(here);
    let tiers = deal.programme.tiers.len();
    let rung = |t| match here.take_if(|_| t == deal.tier_index) {
        Some(lines) => deal.total(t, lines).ok(),
        None => deal.price(t).ok(),
    };
    Ok((0..tiers).map(rung).collect())
}

/// A deal's lines as single requests, checked and with shares resolved.
pub(super) struct Lines<'a> {
    /// The programmes the deal is priced against.
    programmes: &'a [Programme],
    /// The deal's programme.
    pub programme: &'a Programme,
    /// Index of the requested tier.
    pub tier_index: usize,
    /// The request.
    pub request: &'a DealRequest,
    /// One single request per line, in order.
    singles: Vec<QuoteRequest>,
}

impl<'a> Lines<'a> {
    /// Checks the deal and turns each line into a single request; also the
    /// lines priced at the requested tier, as checking them does.
    fn resolve(
        programmes: &'a [Programme],
        request: &'a DealRequest,
    ) -> Result<(Self, Vec<Quote>), DealError> {
        if request.lines.is_empty() {
            return Err(DealError::NoLines);
        }
        if request.lines.len() > MAX_LINES {
            return Err(DealError::TooManyLines(MAX_LINES));
        }
        let programme = programmes
            .iter()
            .find(|p| p.id == request.vendor)
            .ok_or_else(|| DealError::Deal(QuoteError::UnknownVendor(request.vendor.clone())))?;
        let tier_index = programme
            .tiers
            .iter()
            .position(|t| t.id == request.tier)
            .ok_or_else(|| DealError::Deal(QuoteError::UnknownTier(request.tier.clone())))?;
        if request
            .sales_last_12_months
            .is_some_and(|s| s < Decimal::ZERO)
        {
            return Err(DealError::Deal(QuoteError::SalesNegative));
        }
        let mut singles: Vec<QuoteRequest> = request
            .lines
            .iter()
            .map(|line| QuoteRequest {
                vendor: request.vendor.clone(),
                tier: request.tier.clone(),
                product: line.product.clone(),
                situation: line.situation.clone(),
                quantity: line.quantity,
                unit_price: line.unit_price,
                choices: line.choices.clone(),
                sales_last_12_months: request.sales_last_12_months,
                customer: None,
            })
            .collect();
        // In order; a follower takes its price from the list total of its line.
        let product = |id: &str| programme.products.iter().find(|p| p.id == id);
        let mut here: Vec<Option<Quote>> = vec![None; singles.len()];
        for (i, line) in request.lines.iter().enumerate() {
            let Some(base) = line.share_of else {
                check(programmes, &singles, &mut here, i)?;
                continue;
            };
            let Some(shared) = product(&line.product) else {
                check(programmes, &singles, &mut here, i)?; // names the unknown product
                continue;
            };
            // A share of the licence delivery: a licence line that is no share itself.
            let leads = request.lines.get(base).filter(|b| {
                b.share_of.is_none()
                    && product(&b.product)
                        .is_some_and(|p| p.list_share.is_none() && p.category == Category::Licence)
            });
            if base == i
                || leads.is_none()
                || shared.list_share.is_none()
                || line.quantity != Decimal::ONE
            {
                return Err(DealError::BadShare { line: i });
            }
            singles[i].unit_price = check(programmes, &singles, &mut here, base)?;
            check(programmes, &singles, &mut here, i)?;
        }
        same_deal_wide(programme, &request.tier, &singles)?;
        let lines = Lines {
            programmes,
            programme,
            tier_index,
            request,
            singles,
        };
        Ok((lines, here.into_iter().flatten().collect()))
    }

    /// Prices every line at the tier with index `tier_index` and adds them up.
    pub fn price(&self, tier_index: usize) -> Result<DealQuote, DealError> {
        let mut lines = Vec::with_capacity(self.singles.len());
        for (i, single) in self.singles.iter().enumerate() {
            let line_error = |error| DealError::Line { line: i, error };
            let resolved = Resolved::resolve(self.programmes, single).map_err(line_error)?;
            lines.push(resolved.price(tier_index).map_err(line_error)?);
        }
        self.total(tier_index, lines)
    }

    /// The deal's totals at the tier with index `tier_index` from its lines
    /// priced there.
    fn total(&self, tier_index: usize, lines: Vec<Quote>) -> Result<DealQuote, DealError> {
        let tier =
            self.programme.tiers.get(tier_index).ok_or_else(|| {
                DealError::Deal(QuoteError::UnknownTier(self.request.tier.clone()))
            })?;
        totals(self.programme, tier.id.to_string(), lines).map_err(DealError::Deal)
    }
}

/// Checks line `line` by pricing it at the requested tier, once (into
/// `here`); its list total.
fn check(
    programmes: &[Programme],
    singles: &[QuoteRequest],
    here: &mut [Option<Quote>],
    line: usize,
) -> Result<Decimal, DealError> {
    if let Some(quote) = &here[line] {
        return Ok(quote.list_total);
    }
    let resolved = Resolved::resolve(programmes, &singles[line]);
    let quote = resolved
        .and_then(|r| r.price(r.tier_index))
        .map_err(|error| DealError::Line { line, error })?;
    let list = quote.list_total;
    here[line] = Some(quote);
    Ok(list)
}

/// Refuses two lines of one product that differ in a deal-wide situation,
/// or in a deal-wide step both lines' situations have.
fn same_deal_wide(
    programme: &Programme,
    tier: &str,
    singles: &[QuoteRequest],
) -> Result<(), DealError> {
    // Each line's product and situation (every id was found by `check`).
    let mut found = Vec::with_capacity(singles.len());
    for single in singles {
        let product = programme.products.iter().find(|p| p.id == single.product);
        let situation = product.and_then(|p| match &single.situation {
            Some(id) => p.situations.iter().find(|x| x.id == *id),
            None => p.situations.first(),
        });
        found.push(product.zip(situation));
    }
    for (i, line) in singles.iter().enumerate() {
        let Some((product, situation)) = found[i] else {
            continue;
        };
        let earlier = |j: &usize| singles[*j].product == line.product;
        let mut same_product = (0..i).filter(earlier);
        if let Some(first) = same_product.next() {
            let first_situation = found[first].map(|(_, s)| s.id.as_ref());
            if product.deal_wide_situation.is_some() && first_situation != Some(&situation.id) {
                return Err(DealError::DealWideDiffers {
                    line: i,
                    step: None,
                });
            }
        }
        for step in situation.steps.iter().filter(|s| s.deal_wide.is_some()) {
            let id = step.id.as_ref();
            let wide_there =
                |s: &Situation| s.steps.iter().any(|x| x.id == id && x.deal_wide.is_some());
            let has_step = |j: &usize| earlier(j) && found[*j].is_some_and(|(_, s)| wide_there(s));
            let Some(first) = (0..i).find(has_step) else {
                continue;
            };
            let value = |s: &QuoteRequest| settled(step, tier, s.choices.get(id));
            if value(&singles[first]) != value(line) {
                return Err(DealError::DealWideDiffers {
                    line: i,
                    step: Some(id.to_string()),
                });
            }
        }
    }
    Ok(())
}

/// The value a choice comes to for `step` at `tier`, with what no choice
/// means made explicit (the range's minimum, a bonus off, no option): two
/// lines that price the same compare equal. `None` for a step without a
/// choice there.
fn settled(step: &Step, tier: &str, choice: Option<&ChoiceValue>) -> Option<ChoiceValue> {
    let rate = &step.rates.iter().find(|r| r.tier == tier)?.rate;
    Some(match (rate, choice) {
        (Rate::UpTo(range), None) => ChoiceValue::Percent(range.min.0),
        (Rate::Bonus(_), None) => ChoiceValue::On(false),
        (Rate::OneOf(_), None) => ChoiceValue::Pick("none".into()),
        (_, Some(value)) => value.clone(),
        (Rate::Fixed(_) | Rate::Individual(_), None) => return None,
    })
}

/// The deal's totals from its priced lines.
fn totals(programme: &Programme, tier: String, lines: Vec<Quote>) -> Result<DealQuote, QuoteError> {
    let mut list_total = Decimal::ZERO;
    let mut margin = Some(Decimal::ZERO);
    let mut paid_later_total = Decimal::ZERO;
    let mut steps: Vec<DealStep> = Vec::new();
    let mut by_agreement = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        list_total = add(list_total, line.list_total)?;
        paid_later_total = add(paid_later_total, line.paid_later_total)?;
        margin = match (margin, line.margin) {
            (Some(sum), Some(m)) => Some(add(sum, m)?),
            _ => None,
        };
        if line.net_total.is_none() {
            by_agreement.push(i);
        }
        for step in &line.steps {
            let paid_later = step.paid_later.is_some();
            let same = |s: &&mut DealStep| {
                s.id == step.id && s.label == step.label && s.paid_later == paid_later
            };
            match steps.iter_mut().find(same) {
                Some(sum) => {
                    sum.amount = match (sum.amount, step.amount) {
                        (Some(a), Some(b)) => Some(add(a, b)?),
                        _ => None,
                    }
                }
                None => steps.push(DealStep {
                    id: step.id.clone(),
                    label: step.label.clone(),
                    paid_later,
                    amount: step.amount,
                }),
            }
        }
    }
    let net_total = margin.map(|m| list_total - m);
    Ok(DealQuote {
        vendor: programme.id.to_string(),
        tier,
        currency: programme.currency,
        lines,
        list_total,
        steps,
        net_total,
        margin,
        paid_later_total,
        effective_discount_percent: margin.and_then(|m| share(m, list_total)),
        total_benefit_percent: margin
            .and_then(|m| m.checked_add(paid_later_total))
            .and_then(|b| share(b, list_total)),
        by_agreement,
        next_tier: None,
        customer: None,
    })
}
