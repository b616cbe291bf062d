//! The compare and what-if views: the same deal (the form's kind of
//! product, quantity and unit RRP) across every programme, redrawn from
//! their view-models.

use super::dom::{attr, child, list, text};
use crate::model::Programme;
use crate::text::{fill, texts};
use crate::widget::form::{Form, View};
use crate::widget::input::parse_money;
use crate::widget::view::compare::deal;
use crate::widget::view::what_if::standings;
use web_sys::Element;

/// Draws `form`'s view of `programmes` into `container` (emptied first).
pub fn draw(container: &Element, form: &Form, programmes: &[Programme]) {
    container.set_text_content(None);
    let t = texts(form.lang);
    let Some(deal) = deal(form, programmes) else {
        let stale = fill(t.stale, &[("problem", "")]);
        text(container, "p", "pc-stale", stale.trim_end());
        return;
    };
    match form.view {
        View::Compare => super::compare_view::draw(container, form, programmes, &deal),
        View::WhatIf => {
            text(container, "h3", "", t.what_if_title);
            let Ok(plan) = parse_money(&form.plan, form.lang) else {
                text(container, "p", "pc-hint", t.plan_hint);
                return;
            };
            for st in standings(programmes, plan, &deal, form.lang) {
                let block = child(container, "div", "pc-rung");
                attr(&block, "data-testid", &format!("whatif-{}", st.id));
                text(&block, "h4", "", &st.vendor);
                text(&block, "p", "", &st.reached);
                text(&block, "p", "", &st.next);
                if !st.requirements.is_empty() {
                    text(&block, "p", "pc-hint", t.requirements);
                    list(&block, "pc-notes", &st.requirements);
                }
            }
        }
        View::Quote => {}
    }
}
