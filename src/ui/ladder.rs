//! The programme's tiers for this deal (the ladder view-model): each tier's
//! discount, threshold, requirements and benefits, with the current one
//! marked, and the programme's terms. Built when the programme, product,
//! language or revision changes; only the discounts and the mark follow the
//! deal, so an opened `<details>` stays open while the user types.

use super::dom::{attr, child, hide, list, text};
use crate::model::Programme;
use crate::text::texts;
use crate::widget::form::Form;
use crate::widget::view::ladder::{discounts, notes, rungs};
use web_sys::Element;

/// One tier's element and the element showing its discount, in tier order.
pub struct RungRef {
    id: String,
    rung: Element,
    discount: Element,
}

/// Builds the ladder of `form`'s programme into `container` (emptied first).
pub fn build(container: &Element, form: &Form, programmes: &[Programme]) -> Vec<RungRef> {
    container.set_text_content(None);
    if form.programme(programmes).is_none() {
        return Vec::new();
    }
    let t = texts(form.lang);
    text(container, "h3", "", t.ladder);
    let ol = child(container, "ol", "");
    attr(&ol, "data-testid", "ladder");
    let mut refs = Vec::new();
    for r in rungs(form, programmes) {
        let rung = child(&ol, "li", "pc-rung");
        let head = child(&rung, "div", "pc-rung-head");
        text(&head, "strong", "", &r.name);
        let discount = child(&head, "span", "pc-rung-discount");
        if !r.threshold.is_empty() {
            text(&rung, "p", "pc-hint", &r.threshold);
        }
        for (title, facts) in [(t.requirements, &r.requirements), (t.benefits, &r.benefits)] {
            let details = child(&rung, "details", "");
            text(&details, "summary", "", title);
            list(&details, "", facts);
            hide(&details, facts.is_empty());
        }
        refs.push(RungRef {
            id: r.id,
            rung,
            discount,
        });
    }
    text(container, "h3", "", t.notes);
    list(container, "pc-notes", &notes(form, programmes));
    refs
}

/// Shows this deal's discount at every tier and marks the current one.
pub fn update(rungs: &[RungRef], form: &Form, programmes: &[Programme]) {
    for (r, discount) in rungs.iter().zip(discounts(form, programmes)) {
        r.discount.set_text_content(Some(&discount));
        let current = r.id == form.tier;
        r.rung.set_class_name(if current {
            "pc-rung pc-current"
        } else {
            "pc-rung"
        });
        attr(
            &r.rung,
            "aria-current",
            if current { "true" } else { "false" },
        );
    }
}
