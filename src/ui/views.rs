//! The compare and what-if views: the same deal (the form's kind of product,
//! quantity and unit RRP) across every programme, redrawn from the form.

use super::dom::{attr, child, list, text};
use super::strings::strings;
use crate::engine::compare::{best, compare, what_if, Deal, Row};
use crate::engine::describe::standing;
use crate::engine::form::{Form, Sort, View};
use crate::engine::format::{money, percent};
use crate::engine::input::{parse_money, parse_quantity};
use crate::programmes::ALL;
use leptos::prelude::document;
use rust_decimal::Decimal;
use web_sys::Element;

/// The SVG namespace, for the margin chart.
const SVG: &str = "http://www.w3.org/2000/svg";

/// Draws `form`'s view into `container` (emptied first).
pub fn draw(container: &Element, form: &Form) {
    container.set_text_content(None);
    let s = strings(form.lang);
    let lang = form.lang;
    let deal = form.product_of(ALL).and_then(|p| {
        Some(Deal {
            category: p.category,
            quantity: parse_quantity(&form.quantity, lang).ok()?,
            unit_price: parse_money(&form.unit_price, lang).ok()?,
        })
    });
    let Some(deal) = deal else {
        text(container, "p", "pc-stale", s.stale);
        return;
    };
    match form.view {
        View::Compare => draw_compare(container, form, &deal),
        View::WhatIf => draw_what_if(container, form, &deal),
        View::Quote => {}
    }
}

fn draw_compare(container: &Element, form: &Form, deal: &Deal) {
    let (s, lang) = (strings(form.lang), form.lang);
    let mut rows = compare(ALL, deal);
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

fn draw_what_if(container: &Element, form: &Form, deal: &Deal) {
    let (s, lang) = (strings(form.lang), form.lang);
    text(container, "h3", "", s.what_if_title);
    let Ok(plan) = parse_money(&form.plan, lang) else {
        text(container, "p", "pc-hint", s.plan_hint);
        return;
    };
    for st in what_if(ALL, plan, deal) {
        let block = child(container, "div", "pc-rung");
        attr(
            &block,
            "data-testid",
            &format!("whatif-{}", st.programme.id),
        );
        text(&block, "h4", "", st.programme.vendor.get(lang));
        let [reached, next] = standing(&st, lang);
        text(&block, "p", "", &reached);
        text(&block, "p", "", &next);
        if !st.requirements.is_empty() {
            text(&block, "p", "pc-hint", s.requirements);
            let items: Vec<String> = st
                .requirements
                .iter()
                .map(|f| f.text.get(lang).to_string())
                .collect();
            list(&block, "pc-notes", &items);
        }
    }
}
