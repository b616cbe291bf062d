//! The commercial proposal for the customer: the customer's and partner's
//! names, the date, every line at RRP, the customer's discount when the
//! rep gives one, the total to pay, the validity and the disclaimer. It shows no partner discount,
//! partner price or margin, printed or copied.

use super::table::{Cell, Head, Row, Table};
use crate::engine::Quote;
use crate::model::{Lang, Programme};
use crate::text::{customer_texts, deal_texts, fill, texts};
use crate::widget::form::{Form, Pricing};
use crate::widget::format::{money, number, percent};
use crate::widget::view::deal::product_name;

/// The proposal as the printout shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Proposal {
    /// Its heading.
    pub title: String,
    /// The customer, the partner and the date, each given.
    pub header: Vec<String>,
    /// The lines at RRP.
    pub table: Table,
    /// The customer's discount and its amount, when a customer price is given.
    pub discount: Option<String>,
    /// The total to pay.
    pub total: String,
    /// How long it is valid.
    pub validity: String,
    /// The disclaimer.
    pub disclaimer: String,
}

/// The proposal of `priced` (of `form`) dated `date` (`YYYY-MM-DD`, when known).
pub fn proposal(
    form: &Form,
    programmes: &[Programme],
    priced: &Pricing,
    date: Option<&str>,
) -> Proposal {
    let lang = form.lang;
    let t = texts(lang);
    let d = deal_texts(lang);
    let m = |amount| money(amount, priced.currency(), lang);
    let mut header = Vec::new();
    for (template, name) in [
        (d.proposal_customer, &form.customer),
        (d.proposal_partner, &form.partner),
    ] {
        if !name.trim().is_empty() {
            header.push(fill(template, &[("name", name.trim())]));
        }
    }
    if let Some(date) = date {
        header.push(fill(d.proposal_date, &[("date", &day(date, lang))]));
    }
    let programme = form.programme(programmes);
    let name = |q: &Quote| product_name(programme, &q.product, lang);
    let rows = priced
        .lines()
        .iter()
        .enumerate()
        .map(|(i, q)| {
            // A share of a delivery is one item at its own list price.
            let unit = match q.list_share {
                Some(_) => q.list_total,
                None => q.unit_price,
            };
            Row {
                key: format!("line-{}", i + 1),
                class: "",
                cells: vec![
                    Cell::text((i + 1).to_string()),
                    Cell::text(name(q)),
                    Cell::figure(number(q.quantity, lang)),
                    Cell::figure(m(unit)),
                    Cell::figure(m(q.list_total)),
                ],
            }
        })
        .collect();
    Proposal {
        title: d.proposal_title.into(),
        header,
        table: Table {
            testid: "proposal-lines",
            class: "pc-waterfall pc-proposal-lines",
            head: vec![
                Head::new(d.line_head, false),
                Head::new(t.product, false),
                Head::new(d.quantity_head, true),
                Head::new(d.proposal_price, true),
                Head::new(d.proposal_sum, true),
            ],
            row_heads: false,
            rows,
        },
        discount: priced.customer().filter(|c| !c.saving.is_zero()).map(|c| {
            let pct = c
                .saving_percent
                .map(|p| percent(p, lang))
                .unwrap_or_default();
            let label = fill(customer_texts(lang).proposal_discount, &[("percent", &pct)]);
            format!("{label}: {}", m(-c.saving))
        }),
        total: fill(
            d.proposal_total,
            &[(
                "amount",
                &m(priced
                    .customer()
                    .map_or(priced.list_total(), |c| c.selling_total)),
            )],
        ),
        validity: fill(d.proposal_valid, &[("days", form.valid_days.trim())]),
        disclaimer: t.disclaimer.into(),
    }
}

/// The proposal as plain text, for the customer's e-mail.
pub fn text(proposal: &Proposal) -> String {
    let mut lines = vec![proposal.title.clone()];
    lines.extend(proposal.header.iter().cloned());
    for row in &proposal.table.rows {
        let cells: Vec<&str> = row.cells.iter().map(|c| c.text.as_str()).collect();
        if let [n, product, quantity, price, sum] = cells[..] {
            lines.push(format!("{n}. {product}: {quantity} × {price} = {sum}"));
        }
    }
    lines.extend(proposal.discount.clone());
    lines.extend([
        proposal.total.clone(),
        proposal.validity.clone(),
        proposal.disclaimer.clone(),
    ]);
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// `YYYY-MM-DD` as people write a date: `07.12.2026` in Russian, as given in English.
fn day(date: &str, lang: Lang) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    match (lang, parts.as_slice()) {
        (Lang::Ru, [y, m, d]) => format!("{d}.{m}.{y}"),
        _ => date.to_string(),
    }
}
