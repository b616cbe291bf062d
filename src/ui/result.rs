//! The quote as a person reads it: net price and margin, the waterfall,
//! the caveats and the way to the next tier, from the view-models. While
//! the layout stays the same (same rows, caveats and language) only the
//! texts are replaced, which keeps typing fast.

use super::dom::{attr, child, text};
use crate::model::Lang;
use crate::text::texts;
use crate::widget::view::cards::Cards;
use crate::widget::view::waterfall::{Row, RowKind};
use web_sys::Element;

/// The elements of a drawn quote that hold its texts.
pub struct Drawn {
    lang: Lang,
    kinds: Vec<RowKind>,
    net: Element,
    margin: Element,
    cells: Vec<[Element; 3]>,
    caveats: Vec<Element>,
    next: Element,
}

/// Draws `rows` and `cards` into `container` in `lang`: replaces the texts
/// of `drawn` when its layout fits, else builds anew; `uid` prefixes the ids.
pub fn draw(
    container: &Element,
    rows: &[Row],
    cards: &Cards,
    lang: Lang,
    uid: usize,
    drawn: Option<Drawn>,
) -> Drawn {
    let kinds: Vec<RowKind> = rows.iter().map(|r| r.kind).collect();
    match drawn {
        Some(d) if d.lang == lang && d.kinds == kinds && d.caveats.len() == cards.caveats.len() => {
            d.net.set_text_content(Some(&cards.net));
            d.margin.set_text_content(Some(&cards.margin));
            for (cells, row) in d.cells.iter().zip(rows) {
                for (cell, value) in cells.iter().zip([&row.label, &row.percent, &row.amount]) {
                    cell.set_text_content(Some(value));
                }
            }
            for (item, value) in d.caveats.iter().zip(&cards.caveats) {
                item.set_text_content(Some(value));
            }
            d.next.set_text_content(Some(&cards.next));
            d
        }
        _ => build(container, rows, cards, kinds, lang, uid),
    }
}

/// The class of a row of kind `kind`.
fn class(kind: RowKind) -> &'static str {
    match kind {
        RowKind::Line => "",
        RowKind::Capped => "pc-capped",
        RowKind::Total => "pc-total",
        RowKind::Later => "pc-later",
    }
}

/// Builds the quote's elements into `container` (emptied first).
fn build(
    container: &Element,
    rows: &[Row],
    cards: &Cards,
    kinds: Vec<RowKind>,
    lang: Lang,
    uid: usize,
) -> Drawn {
    container.set_text_content(None);
    let t = texts(lang);
    let figures = child(container, "dl", "pc-figures");
    let figure = |label: &str, class: &str, value: &str, testid: &str| {
        let wrap = child(&figures, "div", "");
        let dt = text(&wrap, "dt", "", label);
        let dd = text(&wrap, "dd", class, value);
        attr(&dd, "data-testid", testid);
        (dt, dd)
    };
    let (net_label, net) = figure(t.net, "pc-net", &cards.net, "net");
    attr(&net_label, "id", &format!("pc{uid}-net"));
    let (_, margin) = figure(t.margin, "pc-margin", &cards.margin, "margin");

    let table = child(container, "table", "pc-waterfall");
    attr(&table, "data-testid", "waterfall");
    let head = child(&child(&table, "thead", ""), "tr", "");
    for (label, class) in [(t.step, ""), ("%", "pc-num"), (t.amount, "pc-num")] {
        attr(&text(&head, "th", class, label), "scope", "col");
    }
    let body = child(&table, "tbody", "");
    let cells = rows
        .iter()
        .map(|row| {
            let tr = child(&body, "tr", class(row.kind));
            let th = text(&tr, "th", "", &row.label);
            attr(&th, "scope", "row");
            [
                th,
                text(&tr, "td", "pc-num", &row.percent),
                text(&tr, "td", "pc-num", &row.amount),
            ]
        })
        .collect();

    let mut caveats = Vec::new();
    if !cards.caveats.is_empty() {
        let block = child(container, "div", "pc-caveats");
        text(&block, "h3", "", t.caveats);
        let ul = child(&block, "ul", "");
        attr(&ul, "data-testid", "caveats");
        caveats = cards
            .caveats
            .iter()
            .map(|c| text(&ul, "li", "", c))
            .collect();
    }
    let block = child(container, "div", "pc-next");
    text(&block, "h3", "", t.next_tier);
    let next = text(&block, "p", "", &cards.next);
    attr(&next, "data-testid", "next");
    Drawn {
        lang,
        kinds,
        net,
        margin,
        cells,
        caveats,
        next,
    }
}
