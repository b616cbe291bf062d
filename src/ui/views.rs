//! The compare and what-if views: the same deal (the form's kind of product,
//! quantity and unit RRP) across every programme, redrawn from the form.

use super::dom::{attr, child, list, text};
use super::strings::strings;
use crate::engine::compare::{what_if, Deal};
use crate::model::Programme;
use crate::programmes::ALL;
use crate::widget::form::{Form, View};
use crate::widget::input::{parse_money, parse_quantity};
use crate::widget::sentences::standing;
use web_sys::Element;

/// Draws `form`'s view of `programmes` into `container` (emptied first).
pub fn draw(container: &Element, form: &Form, programmes: &[Programme]) {
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
        #[cfg(not(feature = "embed"))]
        View::Compare => super::compare_view::draw(container, form, programmes, &deal),
        View::WhatIf => draw_what_if(container, form, programmes, &deal),
        _ => {}
    }
}

fn draw_what_if(container: &Element, form: &Form, programmes: &[Programme], deal: &Deal) {
    let (s, lang) = (strings(form.lang), form.lang);
    text(container, "h3", "", s.what_if_title);
    let Ok(plan) = parse_money(&form.plan, lang) else {
        text(container, "p", "pc-hint", s.plan_hint);
        return;
    };
    for st in what_if(programmes, plan, deal) {
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
