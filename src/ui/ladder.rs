//! The programme's tiers for this deal: each tier's discount, threshold,
//! requirements and benefits, with the current one marked, and the
//! programme's terms. Built when the programme or language changes; only
//! the discounts and the mark follow the deal, so an opened `<details>`
//! stays open while the user types.

use super::dom::{attr, child, hide, list, text};
use super::strings::strings;
use crate::model::Fact;
use crate::programmes::ALL;
use crate::widget::form::Form;
use crate::widget::format::{money, percent};
use web_sys::Element;

/// One tier's element and the element showing its discount, in tier order.
pub struct RungRef {
    rung: Element,
    discount: Element,
}

/// Builds the ladder of `form`'s programme into `container` (emptied first).
pub fn build(container: &Element, form: &Form) -> Vec<RungRef> {
    container.set_text_content(None);
    let lang = form.lang;
    let s = strings(lang);
    let Some(programme) = form.programme(ALL) else {
        return Vec::new();
    };
    let texts = |facts: &[Fact]| {
        facts
            .iter()
            .map(|f| f.text.get(lang).to_string())
            .collect::<Vec<_>>()
    };
    text(container, "h3", "", s.ladder);
    let ol = child(container, "ol", "");
    attr(&ol, "data-testid", "ladder");
    let mut refs = Vec::new();
    for tier in programme.tiers.iter() {
        let rung = child(&ol, "li", "pc-rung");
        let head = child(&rung, "div", "pc-rung-head");
        text(&head, "strong", "", tier.name.get(lang));
        let discount = child(&head, "span", "pc-rung-discount");
        if let Some(t) = &tier.threshold {
            text(
                &rung,
                "p",
                "pc-hint",
                &format!("≥ {}", money(t.amount.0, programme.currency, lang)),
            );
        }
        for (title, facts) in [
            (s.requirements, &tier.requirements),
            (s.benefits, &tier.benefits),
        ] {
            let details = child(&rung, "details", "");
            text(&details, "summary", "", title);
            list(&details, "", &texts(facts));
            hide(&details, facts.is_empty());
        }
        refs.push(RungRef { rung, discount });
    }
    text(container, "h3", "", s.notes);
    let product_notes = form
        .product_of(ALL)
        .map(|p| p.notes.as_ref())
        .unwrap_or_default();
    let notes: Vec<String> = programme
        .notes
        .iter()
        .chain(product_notes)
        .map(|n| n.text.get(lang).to_string())
        .collect();
    list(container, "pc-notes", &notes);
    refs
}

/// Shows this deal's discount at every tier and marks the current one.
pub fn update(rungs: &[RungRef], form: &Form) {
    for (r, (tier, quote)) in rungs.iter().zip(form.ladder(ALL)) {
        let discount = match quote.and_then(|q| q.effective_discount_percent) {
            Some(p) => percent(p, form.lang),
            None => strings(form.lang).agreed.to_string(),
        };
        r.discount.set_text_content(Some(&discount));
        let current = tier.id == form.tier;
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
