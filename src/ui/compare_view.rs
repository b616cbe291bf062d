//! The compare view of the standalone page: the form's deal at every tier
//! of every programme, sortable, with a margin chart. Embedded widgets have
//! no compare view (it would cost 4 KiB of the bundle, and a widget locked
//! to one programme shows the same tiers in its ladder).

use super::dom::{attr, child, text};
use super::strings::strings;
use crate::engine::compare::{best, compare, Deal, Row};
use crate::model::Programme;
use crate::widget::form::{Form, Sort};
use crate::widget::format::{money, percent};
use leptos::prelude::document;
use rust_decimal::Decimal;
use web_sys::Element;

/// The SVG namespace, for the margin chart.
const SVG: &str = "http://www.w3.org/2000/svg";

/// Draws the compare table and its margin chart.
pub fn draw(container: &Element, form: &Form, programmes: &[Programme], deal: &Deal) {
    let (s, lang) = (strings(form.lang), form.lang);
    let mut rows = compare(programmes, deal);
    let top = best(&rows).map(|i| (rows[i].programme.id.clone(), rows[i].tier.id.clone()));
    let net = |r: &Row<'_>| r.quote.as_ref().and_then(|q| q.net_total);
    // Rows without a figure go last.
    let key = |r: &Row<'_>| match form.sort {
        Sort::Margin => (r.discount().is_none(), -r.discount().unwrap_or_default()),
        Sort::Net => (net(r).is_none(), net(r).unwrap_or_default()),
        Sort::Programme => (false, Decimal::ZERO),
    };
    // An insertion sort: a few dozen rows, and far less wasm than the
    // standard library's sort.
    for i in 1..rows.len() {
        let mut j = i;
        while j > 0 && key(&rows[j - 1]) > key(&rows[j]) {
            rows.swap(j - 1, j);
            j -= 1;
        }
    }
    text(container, "h3", "", s.compare_title);
    text(container, "p", "pc-hint", s.compare_hint);
    let table = child(container, "table", "pc-waterfall pc-compare");
    attr(&table, "data-testid", "compare");
    let head = child(&child(&table, "thead", ""), "tr", "");
    text(&head, "th", "", s.vendor);
    text(&head, "th", "", s.tier);
    for (label, sort, action) in [
        (s.net, Sort::Net, "sort:net"),
        (s.discount, Sort::Margin, "sort:margin"),
    ] {
        let th = child(&head, "th", "pc-num");
        attr(
            &th,
            "aria-sort",
            if form.sort == sort {
                "descending"
            } else {
                "none"
            },
        );
        let button = text(&th, "button", "pc-sort", label);
        attr(&button, "type", "button");
        attr(&button, "data-action", action);
    }
    text(&head, "th", "pc-num", s.margin);
    let body = child(&table, "tbody", "");
    let mut bars = Vec::new();
    for row in &rows {
        let q = row.quote.as_ref();
        let is_best = top
            .as_ref()
            .is_some_and(|(p, t)| *p == row.programme.id && *t == row.tier.id);
        let tr = child(&body, "tr", if is_best { "pc-best" } else { "" });
        attr(
            &tr,
            "data-row",
            &format!("{}/{}", row.programme.id, row.tier.id),
        );
        let vendor = row.programme.vendor.get(lang);
        text(&tr, "td", "", vendor);
        let tier = text(&tr, "td", "", row.tier.name.get(lang));
        if is_best {
            text(&tier, "span", "pc-badge", s.best);
        }
        let m = |amount| money(amount, row.programme.currency, lang);
        let agreed = || s.agreed.to_string();
        text(&tr, "td", "pc-num", &net(row).map(m).unwrap_or_else(agreed));
        let discount = row.discount().map(|d| match row.up_to {
            Some(_) => format!("{} {}", s.up_to, percent(d, lang)),
            None => percent(d, lang),
        });
        text(&tr, "td", "pc-num", discount.as_deref().unwrap_or(s.agreed));
        let margin = q.and_then(|q| q.margin).map(m);
        text(&tr, "td", "pc-num", &margin.unwrap_or_else(agreed));
        if let (Some(d), Some(figure)) = (row.discount(), discount) {
            bars.push((format!("{vendor} · {}", row.tier.name.get(lang)), d, figure));
        }
    }
    chart(container, s.chart, &bars);
}

/// A horizontal bar chart of margins (percent of RRP), drawn as SVG: each
/// bar under its label, its figure after it.
fn chart(container: &Element, label: &str, bars: &[(String, Decimal, String)]) {
    let Some(max) = bars.iter().map(|b| b.1).max().filter(|m| !m.is_zero()) else {
        return;
    };
    let svg = |parent: &Element, tag: &str| {
        let e = document().create_element_ns(Some(SVG), tag).ok()?;
        parent.append_child(&e).ok()?;
        Some(e)
    };
    let Some(root) = svg(container, "svg") else {
        return;
    };
    attr(&root, "class", "pc-chart");
    attr(&root, "role", "img");
    attr(&root, "aria-label", label);
    attr(&root, "data-testid", "chart");
    attr(
        &root,
        "viewBox",
        &format!("0 0 640 {}", bars.len() * 32 + 4),
    );
    for (i, (name, value, figure)) in bars.iter().enumerate() {
        let y = i * 32;
        // Whole units: the rounded decimal's mantissa (scale 0) is the number.
        let width = (*value * Decimal::from(500) / max).round().mantissa();
        let parts = [
            ("text", 0, y + 12, name.as_str()),
            ("rect", 0, y + 16, ""),
            ("text", width + 6, y + 27, figure.as_str()),
        ];
        for (tag, x, y, content) in parts {
            let Some(e) = svg(&root, tag) else {
                continue;
            };
            attr(&e, "x", &x.to_string());
            attr(&e, "y", &y.to_string());
            if tag == "rect" {
                attr(&e, "width", &width.to_string());
                attr(&e, "height", "12");
                attr(&e, "rx", "3");
            } else {
                e.set_text_content(Some(content));
            }
        }
    }
}
