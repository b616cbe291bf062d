//! The compare view: the form's deal at every tier of every programme,
//! sortable, with a margin chart, drawn from its view-model.

use super::dom::{attr, child, text};
use crate::engine::compare::Deal;
use crate::model::Programme;
use crate::text::texts;
use crate::widget::form::{Form, Sort};
use crate::widget::view::compare::{table, Bar};
use leptos::prelude::document;
use web_sys::Element;

/// The SVG namespace, for the margin chart.
const SVG: &str = "http://www.w3.org/2000/svg";

/// Draws the compare table and its margin chart.
pub fn draw(container: &Element, form: &Form, programmes: &[Programme], deal: &Deal) {
    let t = texts(form.lang);
    let (rows, bars) = table(programmes, deal, form.sort, form.lang);
    text(container, "h3", "", t.compare_title);
    text(container, "p", "pc-hint", t.compare_hint);
    let table = child(container, "table", "pc-waterfall pc-compare");
    attr(&table, "data-testid", "compare");
    let head = child(&child(&table, "thead", ""), "tr", "");
    text(&head, "th", "", t.vendor);
    text(&head, "th", "", t.tier);
    for (label, sort, action) in [
        (t.net, Sort::Net, "sort:net"),
        (t.discount, Sort::Margin, "sort:margin"),
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
    text(&head, "th", "pc-num", t.margin);
    let body = child(&table, "tbody", "");
    for row in &rows {
        let tr = child(&body, "tr", if row.best { "pc-best" } else { "" });
        attr(&tr, "data-row", &row.id);
        text(&tr, "td", "", &row.vendor);
        let tier = text(&tr, "td", "", &row.tier);
        if row.best {
            text(&tier, "span", "pc-badge", t.best);
        }
        for figure in [&row.net, &row.discount, &row.margin] {
            text(&tr, "td", "pc-num", figure);
        }
    }
    chart(container, t.chart, &bars);
}

/// A horizontal bar chart of discounts (percent of RRP), drawn as SVG: each
/// bar under its label, its figure after it.
fn chart(container: &Element, label: &str, bars: &[Bar]) {
    if bars.is_empty() {
        return;
    }
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
    for bar in bars {
        let (y, width) = (bar.y as i64, bar.width);
        let parts = [
            ("text", 0, y + 12, bar.label.as_str()),
            ("rect", 0, y + 16, ""),
            ("text", width + 6, y + 27, bar.figure.as_str()),
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
