//! The quote as a person reads it: net price and margin, the waterfall,
//! what is paid later, the caveats and the way to the next tier. While the
//! layout stays the same (same rows, caveats and language) only the texts
//! are replaced, which keeps typing fast.

use super::dom::{attr, child, text};
use super::strings::strings;
use crate::engine::{Quote, QuoteStep};
use crate::model::Lang;
use crate::widget::format::{money, number, percent};
use crate::widget::sentences::next_tier;
use web_sys::Element;

/// One waterfall row: label, percent, amount, and its row class.
type Row = ([String; 3], &'static str);

/// Every text of a quote as drawn.
struct Texts {
    net: String,
    margin: String,
    rows: Vec<Row>,
    caveats: Vec<String>,
    next: String,
}

/// The elements of a drawn quote that hold its texts.
pub struct Drawn {
    lang: Lang,
    classes: Vec<&'static str>,
    net: Element,
    margin: Element,
    cells: Vec<[Element; 3]>,
    caveats: Vec<Element>,
    next: Element,
}

/// The texts of `quote` in `lang`.
fn texts(quote: &Quote, lang: Lang) -> Texts {
    let s = strings(lang);
    let m = |amount| money(amount, quote.currency, lang);
    let agreed = || s.agreed.to_string();
    let line = |step: &QuoteStep| {
        let pct = step.percent.map(|p| percent(p, lang)).unwrap_or_default();
        let sign = if step.paid_later.is_some() {
            "+"
        } else {
            "−"
        };
        let amount = step
            .amount
            .map(|a| format!("{sign}{}", m(a)))
            .unwrap_or_else(agreed);
        (
            [step.label.get(lang).to_string(), pct, amount],
            if step.capped { "pc-capped" } else { "" },
        )
    };
    let list = format!(
        "{} ({} × {})",
        s.list_total,
        number(quote.quantity, lang),
        m(quote.unit_price)
    );
    let mut rows = vec![([list, String::new(), m(quote.list_total)], "")];
    rows.extend(
        quote
            .steps
            .iter()
            .filter(|x| x.paid_later.is_none())
            .map(line),
    );
    let invoice_pct = quote
        .effective_discount_percent
        .map(|p| format!("−{}", percent(p, lang)))
        .unwrap_or_default();
    let net = quote.net_total.map(m).unwrap_or_else(agreed);
    rows.push(([s.net.to_string(), invoice_pct, net.clone()], "pc-total"));
    let later: Vec<&QuoteStep> = quote
        .steps
        .iter()
        .filter(|x| x.paid_later.is_some() && x.amount.is_some_and(|a| !a.is_zero()))
        .collect();
    if !later.is_empty() {
        rows.push((
            [s.paid_later.to_string(), String::new(), String::new()],
            "pc-later",
        ));
        rows.extend(later.into_iter().map(line));
        let share = quote
            .total_benefit_percent
            .zip(quote.effective_discount_percent)
            .map(|(all, invoice)| percent(all - invoice, lang));
        rows.push((
            [
                s.paid_later_total.to_string(),
                share.unwrap_or_default(),
                format!("+{}", m(quote.paid_later_total)),
            ],
            "pc-total",
        ));
        if let (Some(all), Some(margin)) = (quote.total_benefit_percent, quote.margin) {
            let earned = margin
                .checked_add(quote.paid_later_total)
                .map(m)
                .unwrap_or_default();
            rows.push((
                [s.with_later.to_string(), percent(all, lang), earned],
                "pc-total",
            ));
        }
    }
    let margin = match (quote.margin, quote.effective_discount_percent) {
        (Some(a), Some(p)) => format!("{} · {}", m(a), percent(p, lang)),
        _ => agreed(),
    };
    let next = match &quote.next_tier {
        Some(n) => next_tier(n, quote, lang),
        None => s.top_tier.to_string(),
    };
    let caveats = quote
        .caveats
        .iter()
        .map(|c| crate::widget::sentences::caveat(c, lang))
        .collect();
    Texts {
        net,
        margin,
        rows,
        caveats,
        next,
    }
}

/// Draws `quote` into `container` in `lang`: replaces the texts of `drawn`
/// when its layout fits, else builds anew; `uid` prefixes the ids.
pub fn draw(
    container: &Element,
    quote: &Quote,
    lang: Lang,
    uid: usize,
    drawn: Option<Drawn>,
) -> Drawn {
    let t = texts(quote, lang);
    let classes: Vec<&'static str> = t.rows.iter().map(|r| r.1).collect();
    match drawn {
        Some(d) if d.lang == lang && d.classes == classes && d.caveats.len() == t.caveats.len() => {
            d.net.set_text_content(Some(&t.net));
            d.margin.set_text_content(Some(&t.margin));
            for (cells, (row, _)) in d.cells.iter().zip(&t.rows) {
                for (cell, value) in cells.iter().zip(row) {
                    cell.set_text_content(Some(value));
                }
            }
            for (item, value) in d.caveats.iter().zip(&t.caveats) {
                item.set_text_content(Some(value));
            }
            d.next.set_text_content(Some(&t.next));
            d
        }
        _ => build(container, t, classes, lang, uid),
    }
}

/// Builds the quote's elements into `container` (emptied first).
fn build(
    container: &Element,
    t: Texts,
    classes: Vec<&'static str>,
    lang: Lang,
    uid: usize,
) -> Drawn {
    container.set_text_content(None);
    let s = strings(lang);
    let figures = child(container, "dl", "pc-figures");
    let figure = |label: &str, class: &str, value: &str, testid: &str| {
        let wrap = child(&figures, "div", "");
        let dt = text(&wrap, "dt", "", label);
        let dd = text(&wrap, "dd", class, value);
        attr(&dd, "data-testid", testid);
        (dt, dd)
    };
    let (net_label, net) = figure(s.net, "pc-net", &t.net, "net");
    attr(&net_label, "id", &format!("pc{uid}-net"));
    let (_, margin) = figure(s.margin, "pc-margin", &t.margin, "margin");

    let table = child(container, "table", "pc-waterfall");
    attr(&table, "data-testid", "waterfall");
    let head = child(&child(&table, "thead", ""), "tr", "");
    for (label, class) in [(s.step, ""), ("%", "pc-num"), (s.amount, "pc-num")] {
        attr(&text(&head, "th", class, label), "scope", "col");
    }
    let body = child(&table, "tbody", "");
    let cells = t
        .rows
        .iter()
        .map(|([label, pct, amount], class)| {
            let tr = child(&body, "tr", class);
            let th = text(&tr, "th", "", label);
            attr(&th, "scope", "row");
            [
                th,
                text(&tr, "td", "pc-num", pct),
                text(&tr, "td", "pc-num", amount),
            ]
        })
        .collect();

    let mut caveats = Vec::new();
    if !t.caveats.is_empty() {
        let block = child(container, "div", "pc-caveats");
        text(&block, "h3", "", s.caveats);
        let ul = child(&block, "ul", "");
        attr(&ul, "data-testid", "caveats");
        caveats = t.caveats.iter().map(|c| text(&ul, "li", "", c)).collect();
    }
    let block = child(container, "div", "pc-next");
    text(&block, "h3", "", s.next_tier);
    let next = text(&block, "p", "", &t.next);
    attr(&next, "data-testid", "next");
    Drawn {
        lang,
        classes,
        net,
        margin,
        cells,
        caveats,
        next,
    }
}

/// The quote as plain text for e-mail and messengers: the `head` lines, the
/// waterfall, the margin, the caveats, the way to the next tier, the `tail` lines.
pub fn plain(quote: &Quote, lang: Lang, head: &[String], tail: &[String]) -> String {
    let t = texts(quote, lang);
    let mut lines = head.to_vec();
    for ([label, pct, amount], _) in &t.rows {
        let pct = if pct.is_empty() {
            String::new()
        } else {
            format!(" {pct}")
        };
        lines.push(format!("{label}{pct}: {amount}"));
    }
    lines.push(format!("{}: {}", strings(lang).margin, t.margin));
    if !t.caveats.is_empty() {
        lines.push(format!("{}:", strings(lang).caveats));
        lines.extend(t.caveats.iter().map(|c| format!("• {c}")));
    }
    lines.push(t.next);
    lines.extend_from_slice(tail);
    let mut text = String::new();
    for line in lines {
        text.push_str(&line);
        text.push('\n');
    }
    text
}
