//! The compare view: the form's deal at every tier of every programme,
//! sortable, with the best discount marked and a bar per tier for the chart.

use crate::engine::compare::{best_of, compare, compare_deal, Deal};
use crate::engine::{resale, CustomerRequest, Quote};
use crate::model::{Currency, Lang, Programme, Tier};
use crate::text::{customer_texts, deal_texts, fill, texts};
use crate::widget::action::Action;
use crate::widget::form::{Form, Sort};
use crate::widget::format::{money, percent};
use crate::widget::input::{parse_money, parse_quantity};
use crate::widget::view::table::{Cell, Head, Row as TableRow, Table};
use rust_decimal::Decimal;

/// One row of the compare table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CompareRow {
    /// `programme/tier`, the row's key.
    pub id: String,
    /// The vendor's name.
    pub vendor: String,
    /// The tier's name.
    pub tier: String,
    /// The partner's price, or "agreed".
    pub net: String,
    /// The discount ("up to" for a range), or "agreed".
    pub discount: String,
    /// The margin, or "agreed".
    pub margin: String,
    /// The largest certain discount of the table.
    pub best: bool,
    /// Its discount is an "up to" at the vendor's discretion.
    pub discretion: bool,
    /// The partner's current programme and tier.
    pub current: bool,
    /// The deal's lines the programme does not sell, worded; never priced as zero.
    pub missing: Option<String>,
    /// The margin left at the form's customer price, or "agreed"; empty
    /// when not asked or when the programme does not sell every line.
    pub left: String,
}

/// One bar of the margin chart.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Bar {
    /// Vendor and tier.
    pub label: String,
    /// The figure after the bar.
    pub figure: String,
    /// The bar's length in percent of the longest (0–100).
    pub width: i64,
}

/// The margin chart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chart {
    /// Its name for assistive technology.
    pub label: String,
    /// Its bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// The compare view: its heading, hint, table and chart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// The heading.
    pub title: String,
    /// The hint under it.
    pub hint: String,
    /// Every tier of every programme for the deal.
    pub table: Table,
    /// How the best row is chosen, under the table.
    pub note: String,
    /// The discounts as bars.
    pub chart: Chart,
}

/// The compare view of `form` for `deals` (one per line) across `programmes`.
pub fn comparison(form: &Form, programmes: &[Programme], deals: &[Deal]) -> Comparison {
    let lang = form.lang;
    let t = texts(lang);
    let customer = form.customer_part();
    let currency = form.programme(programmes).map(|p| p.currency);
    let priced_at = customer.as_ref().zip(currency);
    let (mut rows, bars) = table(programmes, deals, priced_at, form.sort, lang);
    let here = format!("{}/{}", form.vendor, form.tier);
    for row in &mut rows {
        row.current = row.id == here;
    }
    let sorted = |label: &str, sort: Sort| Head {
        sort: Some((Action::Sort(sort), form.sort == sort)),
        ..Head::new(label, true)
    };
    let mut head = vec![
        Head::new(t.vendor, false),
        Head::new(t.tier, false),
        sorted(t.net, Sort::Net),
        sorted(t.discount, Sort::Margin),
        Head::new(t.margin, true),
    ];
    if customer.is_some() {
        head.push(Head::new(customer_texts(lang).left_head, true));
    }
    Comparison {
        title: match programmes {
            [one] => fill(t.compare_title_one, &[("vendor", one.vendor.get(lang))]),
            _ => t.compare_title.into(),
        },
        hint: t.compare_hint.into(),
        note: t.best_note.into(),
        table: Table {
            testid: "compare",
            class: "pc-waterfall pc-compare",
            head,
            row_heads: false,
            rows: rows
                .into_iter()
                .map(|r| TableRow {
                    class: match (r.best, r.current) {
                        (true, true) => "pc-best pc-current",
                        (true, false) => "pc-best",
                        (false, true) => "pc-current",
                        (false, false) => "",
                    },
                    cells: vec![
                        Cell {
                            badge: r.current.then(|| t.current_tier.to_string()).or(r.missing),
                            ..Cell::text(r.vendor)
                        },
                        Cell {
                            badge: r.best.then(|| t.best.to_string()),
                            ..Cell::text(r.tier)
                        },
                        Cell::figure(r.net),
                        Cell {
                            badge: r.discretion.then(|| t.discretion.to_string()),
                            ..Cell::figure(r.discount)
                        },
                        Cell::figure(r.margin),
                    ]
                    .into_iter()
                    .chain(customer.is_some().then(|| Cell::figure(r.left)))
                    .collect(),
                    key: r.id,
                })
                .collect(),
        },
        chart: Chart {
            label: t.chart.into(),
            bars,
        },
    }
}

/// The deal of `form` to compare on, a [`Deal`] per line: one line while
/// its quantity and price are valid; several while the deal prices (a
/// share-priced line is one item at its own list total).
pub fn deal(form: &Form, programmes: &[Programme]) -> Option<Vec<Deal>> {
    if let [line] = form.lines.as_slice() {
        return Some(vec![Deal {
            category: form.product_of(programmes, 0)?.category,
            quantity: parse_quantity(&line.quantity, form.lang).ok()?,
            unit_price: parse_money(&line.unit_price, form.lang).ok()?,
        }]);
    }
    let priced = form.priced(programmes).ok()?;
    priced
        .lines()
        .iter()
        .enumerate()
        .map(|(i, q)| {
            Some(Deal {
                category: form.product_of(programmes, i)?.category,
                quantity: q.quantity,
                unit_price: match q.list_share {
                    Some(_) => q.list_total,
                    None => q.unit_price,
                },
            })
        })
        .collect()
}

/// A row of either comparison (one line, or a deal of several) with what
/// the table shows of it.
struct Priced<'a> {
    programme: &'a Programme,
    tier: &'a Tier,
    net: Option<Decimal>,
    margin: Option<Decimal>,
    discount: Option<Decimal>,
    up_to: Option<Decimal>,
    certain: Option<Decimal>,
    /// The deal's lines (indexes) the programme has no product for.
    missing: Vec<usize>,
    /// The margin left at the customer's price: `None` not asked (or not
    /// every line sold), `Some(None)` by agreement.
    left: Option<Option<Decimal>>,
}

/// Every tier of every programme priced for `deals`: as a single quote for
/// one line, as a deal for several. A deal's row with an "up to" has no
/// certain figure (the ranges' minimums are not priced for deals), so it
/// is never the best.
fn priced<'a>(
    programmes: &'a [Programme],
    deals: &[Deal],
    customer: Option<(&CustomerRequest, Currency)>,
) -> Vec<Priced<'a>> {
    // The margin left when `lines` of `programme` are sold at the
    // customer's price (an amount only in its own currency).
    let left = |programme: &Programme, lines: &[Quote]| {
        let (customer, currency) = customer?;
        if customer.amount.is_some() && programme.currency != currency {
            return None;
        }
        Some(resale(lines, customer).ok()?.margin_left)
    };
    if let [one] = deals {
        return compare(programmes, one)
            .into_iter()
            .map(|r| Priced {
                left: r
                    .quote
                    .as_ref()
                    .and_then(|q| left(r.programme, std::slice::from_ref(q))),
                net: r.quote.as_ref().and_then(|q| q.net_total),
                margin: r.quote.as_ref().and_then(|q| q.margin),
                discount: r.discount(),
                up_to: r.up_to,
                certain: r.certain,
                programme: r.programme,
                tier: r.tier,
                missing: Vec::new(),
            })
            .collect();
    }
    compare_deal(programmes, deals)
        .into_iter()
        .map(|r| {
            let discount = r.quote.as_ref().and_then(|q| q.effective_discount_percent);
            let every_line = r.offered.iter().all(Option::is_some);
            Priced {
                left: r
                    .quote
                    .as_ref()
                    .filter(|_| every_line)
                    .and_then(|q| left(r.programme, &q.lines)),
                net: r.quote.as_ref().and_then(|q| q.net_total),
                margin: r.quote.as_ref().and_then(|q| q.margin),
                discount,
                up_to: r.up_to,
                certain: discount.filter(|_| r.up_to.is_none()),
                missing: (0..r.offered.len())
                    .filter(|&i| r.offered[i].is_none())
                    .collect(),
                programme: r.programme,
                tier: r.tier,
            }
        })
        .collect()
}

/// The table's rows for `deals` (one per line) across `programmes`, in
/// `sort` order (rows without a figure last), and the chart's bars in the
/// same order.
pub fn table(
    programmes: &[Programme],
    deals: &[Deal],
    customer: Option<(&CustomerRequest, Currency)>,
    sort: Sort,
    lang: Lang,
) -> (Vec<CompareRow>, Vec<Bar>) {
    let t = texts(lang);
    let mut rows = priced(programmes, deals, customer);
    let top = best_of(rows.iter().map(|r| r.certain))
        .map(|i| (rows[i].programme.id.clone(), rows[i].tier.id.clone()));
    let net = |r: &Priced<'_>| r.net;
    let key = |r: &Priced<'_>| match sort {
        Sort::Margin => (r.discount.is_none(), -r.discount.unwrap_or_default()),
        Sort::Net => (net(r).is_none(), net(r).unwrap_or_default()),
        Sort::Programme => (false, Decimal::ZERO),
    };
    sort_by(&mut rows, key);
    let mut out = Vec::new();
    let mut bars = Vec::new();
    let max = rows
        .iter()
        .filter_map(|r| r.discount)
        .max()
        .filter(|m| !m.is_zero());
    for row in &rows {
        let m = |amount| money(amount, row.programme.currency, lang);
        let vendor = row.programme.vendor.get(lang);
        let tier = row.tier.name.get(lang);
        let discount = row.discount.map(|d| match row.up_to {
            Some(_) => fill(t.up_to, &[("percent", &percent(d, lang))]),
            None => percent(d, lang),
        });
        if let (Some(d), Some(figure), Some(max)) = (row.discount, &discount, max) {
            bars.push(Bar {
                label: fill(t.chart_bar, &[("vendor", vendor), ("tier", tier)]),
                figure: figure.clone(),
                // Whole units: the rounded decimal's mantissa (scale 0) is the number.
                width: (d * Decimal::ONE_HUNDRED / max).round().mantissa() as i64,
            });
        }
        out.push(CompareRow {
            id: format!("{}/{}", row.programme.id, row.tier.id),
            vendor: vendor.into(),
            tier: tier.into(),
            net: net(row).map(m).unwrap_or_else(|| t.agreed.into()),
            discount: discount.unwrap_or_else(|| t.agreed.into()),
            margin: row.margin.map(m).unwrap_or_else(|| t.agreed.into()),
            left: match row.left {
                Some(Some(left)) => m(left),
                Some(None) => t.agreed.into(),
                None => String::new(),
            },
            missing: match row.missing.as_slice() {
                [] => None,
                lines => {
                    let numbers: Vec<String> = lines.iter().map(|i| (i + 1).to_string()).collect();
                    Some(fill(
                        deal_texts(lang).not_offered,
                        &[("lines", &numbers.join(", "))],
                    ))
                }
            },
            best: top
                .as_ref()
                .is_some_and(|(p, t)| *p == row.programme.id && *t == row.tier.id),
            discretion: row.up_to.is_some(),
            current: false,
        });
    }
    (out, bars)
}

/// Sorts `items` by `key`, keeping the order of equal keys: an insertion
/// sort, for a few dozen rows. The standard library's sorts cost 5 KiB of
/// gzipped wasm more (measured on the page bundle).
fn sort_by<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;

    #[test]
    fn sorting_by_discount_puts_the_largest_first() {
        let form = Form::new(ALL, "directum", Lang::Ru);
        let (rows, _) = table(
            ALL,
            &deal(&form, ALL).unwrap(),
            None,
            Sort::Margin,
            Lang::Ru,
        );
        assert!(rows[0].best, "{:?}", rows[0]);
        assert_eq!(rows[0].id, "directum/general");
        assert_eq!(
            rows.last().map(|r| r.discount.as_str()),
            Some("по согласованию с вендором")
        );
    }

    #[test]
    fn sorting_by_net_puts_the_lowest_price_first_and_agreed_last() {
        let form = Form::new(ALL, "directum", Lang::En);
        let deal = deal(&form, ALL).unwrap();
        let (rows, bars) = table(ALL, &deal, None, Sort::Net, Lang::En);
        assert!(rows.len() > 5);
        assert_eq!(rows.iter().filter(|r| r.best).count(), 1);
        let last = rows.last().unwrap();
        assert_eq!(last.net, "agreed with the vendor");
        assert_eq!(bars.iter().map(|b| b.width).max(), Some(100));
        // Each bar is its discount's share of the largest (60 %): 30 % is half as long.
        let silver = bars
            .iter()
            .find(|b| b.label == "Stakhanovets · Silver")
            .unwrap();
        assert_eq!((silver.width, silver.figure.as_str()), (50, "30%"));
        assert!(bars.iter().all(|b| (0..=100).contains(&b.width)));
    }

    #[test]
    fn the_comparison_table_marks_the_best_row_and_the_order_asked_for() {
        let mut form = Form::new(ALL, "directum", Lang::En);
        form.sort = Sort::Margin;
        let c = comparison(&form, ALL, &deal(&form, ALL).unwrap());
        let sorts: Vec<Option<(Action, bool)>> = c.table.head.iter().map(|h| h.sort).collect();
        assert_eq!(
            sorts,
            [
                None,
                None,
                Some((Action::Sort(Sort::Net), false)),
                Some((Action::Sort(Sort::Margin), true)),
                None
            ]
        );
        let first = &c.table.rows[0];
        assert_eq!(
            (first.key.as_str(), first.class),
            ("directum/general", "pc-best")
        );
        assert_eq!(first.cells[1].badge.as_deref(), Some("best"));
        assert_eq!(
            c.table
                .rows
                .iter()
                .filter(|r| r.cells[1].badge.is_some())
                .count(),
            1
        );
        assert!(
            c.note.starts_with("“Best” is the largest discount"),
            "{}",
            c.note
        );
        assert_eq!(c.title, "Every programme for this deal");
        let asoft = Form::new(ALL, "asoft", Lang::En);
        let locked = comparison(&asoft, &ALL[3..4], &deal(&asoft, ALL).unwrap());
        assert_eq!(locked.title, "ASoft: every tier for this deal");
        assert_eq!(locked.table.rows.len(), 3);
    }

    #[test]
    fn the_partners_own_row_and_every_discretion_figure_are_marked() {
        let mut form = Form::new(ALL, "stakhanovets", Lang::Ru);
        form.select_tier(ALL, "silver");
        let c = comparison(&form, ALL, &deal(&form, ALL).unwrap());
        let marked: Vec<(&str, &str, Option<&str>)> = c
            .table
            .rows
            .iter()
            .filter(|r| !r.class.is_empty())
            .map(|r| (r.key.as_str(), r.class, r.cells[0].badge.as_deref()))
            .collect();
        assert_eq!(
            marked,
            [
                ("directum/general", "pc-best", None),
                ("stakhanovets/silver", "pc-current", Some("ваш статус"))
            ]
        );
        let discretion: Vec<(&str, &str)> = c
            .table
            .rows
            .iter()
            .filter(|r| r.cells[3].badge.as_deref() == Some("на усмотрение вендора"))
            .map(|r| (r.key.as_str(), r.cells[3].text.as_str()))
            .collect();
        assert_eq!(
            discretion,
            [
                ("directum/qualified", "до 50%"),
                ("directum/certified", "до 55%"),
                ("directum/general", "до 60%")
            ]
        );
    }
}
