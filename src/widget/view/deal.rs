//! A deal of several lines on screen: the table of its lines, each with its
//! list total, invoice steps, partner price, margin and what is paid later,
//! and the totals row; and a product's name.

use super::table::{Cell, Head, Row as TableRow, Table};
use super::waterfall::signed;
use crate::engine::{DealQuote, DealStep};
use crate::model::{Lang, Programme};
use crate::text::{customer_texts, deal_texts, fill, texts};
use crate::widget::form::{Form, Pricing};
use crate::widget::format::{money, number};

/// The table of the lines of `priced` (of `form`), for a deal of several.
pub fn table(form: &Form, programmes: &[Programme], priced: &Pricing) -> Option<Table> {
    let Pricing::Deal(deal) = priced else {
        return None;
    };
    let shares: Vec<_> = form.lines.iter().map(|l| l.share_of).collect();
    Some(lines(deal, form.programme(programmes)?, &shares, form.lang))
}

/// The table of `deal`'s lines in `lang` (products named from `programme`,
/// shares after the lines they follow): number, product, quantity, unit
/// RRP, list total, each invoice step, partner price, margin, what is paid
/// later (when anything is), and the totals row. A line priced by agreement
/// says so; the others keep their figures.
pub fn lines(
    deal: &DealQuote,
    programme: &Programme,
    shares: &[Option<usize>],
    lang: Lang,
) -> Table {
    let t = texts(lang);
    let d = deal_texts(lang);
    let m = |amount| money(amount, deal.currency, lang);
    let agreed = || t.agreed.to_string();
    let name = |id: &str| product_name(Some(programme), id, lang);
    let steps: Vec<&DealStep> = deal.steps.iter().filter(|s| !s.paid_later).collect();
    let later = !deal.paid_later_total.is_zero();
    // Each line at the customer's price, when it is given as discounts.
    let sold = deal.customer.as_ref().filter(|c| !c.lines.is_empty());
    let customer_cells = |selling, left: Option<rust_decimal::Decimal>| {
        [
            Cell::figure(m(selling)),
            Cell::figure(left.map(m).unwrap_or_else(agreed)),
        ]
    };
    let step_cell = |amount: Option<Option<rust_decimal::Decimal>>| match amount {
        Some(a) => Cell::figure(signed(a, false, deal.currency, lang)),
        None => Cell::figure(String::new()),
    };
    let mut rows: Vec<TableRow> = deal
        .lines
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let product = match shares.get(i).copied().flatten() {
                Some(lead) => fill(
                    d.follows_line,
                    &[
                        ("product", &name(&q.product)),
                        ("line", &(lead + 1).to_string()),
                    ],
                ),
                None => name(&q.product),
            };
            let mut cells = vec![
                Cell::text((i + 1).to_string()),
                Cell::text(product),
                Cell::figure(number(q.quantity, lang)),
                Cell::figure(m(q.unit_price)),
                Cell::figure(m(q.list_total)),
            ];
            cells.extend(steps.iter().map(|s| {
                let own = q
                    .steps
                    .iter()
                    .find(|x| x.id == s.id && x.paid_later.is_none());
                step_cell(own.map(|x| x.amount))
            }));
            cells.extend([
                Cell::figure(q.net_total.map(m).unwrap_or_else(agreed)),
                Cell::figure(q.margin.map(m).unwrap_or_else(agreed)),
            ]);
            if later {
                cells.push(Cell::figure(format!("+{}", m(q.paid_later_total))));
            }
            if let Some(line) = sold.and_then(|c| c.lines.get(i)) {
                cells.extend(customer_cells(line.selling, line.margin_left));
            }
            TableRow {
                key: format!("line-{}", i + 1),
                class: "",
                cells,
            }
        })
        .collect();
    let mut total = vec![
        Cell::text(String::new()),
        Cell::text(d.deal_total),
        Cell::figure(String::new()),
        Cell::figure(String::new()),
        Cell::figure(m(deal.list_total)),
    ];
    total.extend(steps.iter().map(|s| step_cell(Some(s.amount))));
    total.extend([
        Cell::figure(deal.net_total.map(m).unwrap_or_else(agreed)),
        Cell::figure(deal.margin.map(m).unwrap_or_else(agreed)),
    ]);
    if later {
        total.push(Cell::figure(format!("+{}", m(deal.paid_later_total))));
    }
    if let Some(c) = sold {
        total.extend(customer_cells(c.selling_total, c.margin_left));
    }
    rows.push(TableRow {
        key: "total".into(),
        class: "pc-total",
        cells: total,
    });
    let mut head = vec![
        Head::new(d.line_head, false),
        Head::new(t.product, false),
        Head::new(d.quantity_head, true),
        Head::new(d.unit_price_head, true),
        Head::new(d.list_head, true),
    ];
    head.extend(steps.iter().map(|s| Head::new(s.label.get(lang), true)));
    head.extend([Head::new(t.net, true), Head::new(t.margin, true)]);
    if later {
        head.push(Head::new(t.paid_later_total, true));
    }
    if sold.is_some() {
        let c = customer_texts(lang);
        head.extend([
            Head::new(c.customer_head, true),
            Head::new(c.left_head, true),
        ]);
    }
    Table {
        testid: "lines",
        class: "pc-waterfall pc-compare pc-lines",
        head,
        row_heads: false,
        rows,
    }
}

/// The name of product `id` of `programme` in `lang` (the id when unknown).
pub fn product_name(programme: Option<&Programme>, id: &str, lang: Lang) -> String {
    programme
        .and_then(|p| p.products.iter().find(|x| x.id == id))
        .map(|p| p.name.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}
