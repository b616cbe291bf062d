//! The deal as a CSV file a spreadsheet opens: one row per line (product,
//! quantity, unit RRP, list total, each step's amount, partner price,
//! margin) and a totals row. Amounts are plain numbers: Russian files are
//! UTF-8 with a BOM, `;` between fields and a decimal comma (as Excel reads
//! them in a Russian locale); English ones use `,` and a decimal point.

use crate::engine::{round_money, Quote};
use crate::model::{Lang, Programme};
use crate::text::{customer_texts, deal_texts, fill, texts};
use crate::widget::form::{Form, Pricing};
use crate::widget::view::deal::product_name;
use rust_decimal::Decimal;

/// One step column: its id, whether it is paid later, and its head.
struct Column {
    id: String,
    later: bool,
    head: String,
}

/// The CSV text of `priced` (of `form`), with its BOM in Russian.
pub fn csv(form: &Form, programmes: &[Programme], priced: &Pricing) -> String {
    let lang = form.lang;
    let t = texts(lang);
    let d = deal_texts(lang);
    let sep = match lang {
        Lang::Ru => ';',
        Lang::En => ',',
    };
    let later = |label: &str, paid_later: bool| match paid_later {
        true => fill(d.csv_later, &[("label", label)]),
        false => label.to_string(),
    };
    let columns: Vec<Column> = match priced {
        Pricing::One(q) => q
            .steps
            .iter()
            .map(|s| Column {
                id: s.id.clone(),
                later: s.paid_later.is_some(),
                head: later(s.label.get(lang), s.paid_later.is_some()),
            })
            .collect(),
        Pricing::Deal(deal) => deal
            .steps
            .iter()
            .map(|s| Column {
                id: s.id.clone(),
                later: s.paid_later,
                head: later(s.label.get(lang), s.paid_later),
            })
            .collect(),
    };
    let amount = |a: Option<Decimal>| a.map(|a| plain(a, lang)).unwrap_or_default();
    let agreed = |a: Option<Decimal>| a.map(|a| plain(a, lang)).unwrap_or_else(|| t.agreed.into());
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut head = vec![
        d.line_head.to_string(),
        t.product.to_string(),
        d.quantity_head.to_string(),
        d.unit_price_head.to_string(),
        d.list_head.to_string(),
    ];
    head.extend(columns.iter().map(|c| c.head.clone()));
    head.extend([t.net.to_string(), t.margin.to_string()]);
    // The customer's price, when given: each line's (as discounts) and the deal's.
    let sold = priced.customer();
    if sold.is_some() {
        let c = customer_texts(lang);
        head.extend([c.customer_head.to_string(), c.left_head.to_string()]);
    }
    rows.push(head);
    let programme = form.programme(programmes);
    let name = |q: &Quote| product_name(programme, &q.product, lang);
    for (i, q) in priced.lines().iter().enumerate() {
        let mut row = vec![
            (i + 1).to_string(),
            name(q),
            plain_number(q.quantity, lang),
            plain(q.unit_price, lang),
            plain(q.list_total, lang),
        ];
        row.extend(columns.iter().map(|c| {
            let step = q
                .steps
                .iter()
                .find(|s| s.id == c.id && s.paid_later.is_some() == c.later);
            amount(step.and_then(|s| s.amount).map(|a| signed(a, c.later)))
        }));
        row.extend([agreed(q.net_total), agreed(q.margin)]);
        if let Some(c) = sold {
            let line = c.lines.get(i);
            row.push(amount(line.map(|l| l.selling)));
            row.push(line.map(|l| agreed(l.margin_left)).unwrap_or_default());
        }
        rows.push(row);
    }
    let mut total = vec![
        String::new(),
        d.deal_total.to_string(),
        String::new(),
        String::new(),
        plain(priced.list_total(), lang),
    ];
    total.extend(columns.iter().map(|c| {
        let sum = match priced {
            Pricing::One(q) => q
                .steps
                .iter()
                .find(|s| s.id == c.id && s.paid_later.is_some() == c.later)
                .and_then(|s| s.amount),
            Pricing::Deal(deal) => deal
                .steps
                .iter()
                .find(|s| s.id == c.id && s.paid_later == c.later)
                .and_then(|s| s.amount),
        };
        amount(sum.map(|a| signed(a, c.later)))
    }));
    total.extend([agreed(priced.net_total()), agreed(priced.margin())]);
    if let Some(c) = sold {
        total.extend([plain(c.selling_total, lang), agreed(c.margin_left)]);
    }
    rows.push(total);
    let mut out = String::new();
    if lang == Lang::Ru {
        out.push('\u{feff}');
    }
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| field(f, sep)).collect();
        out.push_str(&fields.join(&sep.to_string()));
        out.push_str("\r\n");
    }
    out
}

/// The file name: `partner-calc-{vendor}-{tier}-{date}.csv` (no date when
/// the platform does not know it).
pub fn file_name(form: &Form, date: Option<&str>) -> String {
    let mut name = format!("partner-calc-{}-{}", form.vendor, form.tier);
    if let Some(date) = date {
        name.push('-');
        name.push_str(date);
    }
    name.push_str(".csv");
    name
}

/// `csv` as a `data:` address a download link can carry.
pub fn data_url(csv: &str) -> String {
    let mut out = String::from("data:text/csv;charset=utf-8,");
    for b in csv.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An invoice step takes off (negative), a paid-later one adds: each row
/// then sums from its list total to its partner price.
fn signed(amount: Decimal, later: bool) -> Decimal {
    if later {
        amount
    } else {
        -amount
    }
}

/// An amount with two decimals, no grouping, in `lang`'s decimal mark.
fn plain(amount: Decimal, lang: Lang) -> String {
    plain_number(round_money(amount), lang)
}

/// A number as written, in `lang`'s decimal mark.
fn plain_number(value: Decimal, lang: Lang) -> String {
    let text = value.to_string();
    match lang {
        Lang::Ru => text.replace('.', ","),
        Lang::En => text,
    }
}

/// A field, quoted when it holds the separator, a quote or a line break.
fn field(text: &str, sep: char) -> String {
    if text.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}
