//! The input fields, built from the form whenever its programme, tier,
//! product, situation or language changes (not on every keystroke, so the
//! focused field keeps its focus). Every input carries `data-field`, the
//! key [`Form::edit`] takes.

use super::dom::{attr, child, hide, text};
use super::strings::strings;
use crate::model::{Currency, Programme};
use crate::programmes::ALL;
use crate::widget::form::{ControlKind, Field, Form, View};
use crate::widget::format::percent;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// An input that can show a message, with its message element.
pub struct FieldRef {
    /// Which field of the form.
    pub field: Field,
    /// The input element (gets `aria-invalid`).
    pub input: Element,
    /// The message paragraph next to it.
    pub error: Element,
}

/// Builds the fields of `form` into `container` (emptied first), offering
/// the `programmes` to choose from; `uid` prefixes every id. Returns the
/// fields that can show a message.
pub fn build(
    container: &Element,
    form: &Form,
    programmes: &[Programme],
    uid: usize,
) -> Vec<FieldRef> {
    container.set_text_content(None);
    let s = strings(form.lang);
    let lang = form.lang;
    let Some(programme) = form.programme(ALL) else {
        return Vec::new();
    };
    let id = |name: &str| format!("pc{uid}-{name}");
    let vendors: Vec<(String, String)> = programmes
        .iter()
        .map(|p| (p.id.to_string(), p.vendor.get(lang).to_string()))
        .collect();
    select(
        container,
        &id("vendor"),
        s.vendor,
        "vendor",
        &vendors,
        &form.vendor,
    );
    let tiers: Vec<_> = programme
        .tiers
        .iter()
        .map(|t| (t.id.to_string(), t.name.get(lang).to_string()))
        .collect();
    select(container, &id("tier"), s.tier, "tier", &tiers, &form.tier);
    let products: Vec<_> = programme
        .products
        .iter()
        .map(|p| (p.id.to_string(), p.name.get(lang).to_string()))
        .collect();
    select(
        container,
        &id("product"),
        s.product,
        "product",
        &products,
        &form.product,
    );
    let product = form.product_of(ALL);
    if let Some(product) = product.filter(|p| p.situations.len() > 1) {
        let situations: Vec<_> = product
            .situations
            .iter()
            .map(|x| (x.id.to_string(), x.name.get(lang).to_string()))
            .collect();
        select(
            container,
            &id("situation"),
            s.situation,
            "situation",
            &situations,
            &form.situation,
        );
    }
    if let Some(condition) = form.situation_of(ALL).and_then(|x| x.condition.as_ref()) {
        attr(
            &text(container, "p", "pc-hint", condition.get(lang)),
            "data-testid",
            "condition",
        );
    }
    let unit = product.map(|p| p.unit.get(lang)).unwrap_or_default();
    let currency = if programme.currency == Currency::Kzt {
        "₸"
    } else {
        "₽"
    };
    let share = product.and_then(|p| p.list_share.as_ref()).map(|x| {
        format!(
            "{} {} {}",
            s.list_share,
            percent(x.percent.0, lang),
            x.of.get(lang)
        )
    });
    let mut refs = vec![
        field(
            container,
            &id("quantity"),
            &format!("{}, {unit}", s.quantity),
            "quantity",
            &form.quantity,
            "numeric",
            "",
            Field::Quantity,
        ),
        field(
            container,
            &id("price"),
            &format!("{}, {currency}", s.unit_price),
            "price",
            &form.unit_price,
            "decimal",
            &share.unwrap_or_default(),
            Field::UnitPrice,
        ),
        field(
            container,
            &id("sales"),
            s.sales,
            "sales",
            &form.sales,
            "decimal",
            s.sales_hint,
            Field::Sales,
        ),
    ];
    if form.view == View::WhatIf {
        refs.push(field(
            container,
            &id("plan"),
            s.plan,
            "plan",
            &form.plan,
            "decimal",
            "",
            Field::Plan,
        ));
    }
    let controls = form.controls(ALL);
    if controls.is_empty() {
        return refs;
    }
    let set = child(container, "fieldset", "pc-choices");
    text(&set, "legend", "", s.options);
    for c in &controls {
        let step_id = id(&format!("step-{}", c.id));
        let label = c.label.get(lang);
        match &c.kind {
            ControlKind::Range(r) => {
                let hint = format!(
                    "{}–{}, {}",
                    percent(r.min.0, lang),
                    percent(r.max.0, lang),
                    s.discretion
                );
                let value = form.percent(c.id).unwrap_or_default();
                let key = format!("percent:{}", c.id);
                refs.push(field(
                    &set,
                    &step_id,
                    &format!("{label}, %"),
                    &key,
                    value,
                    "decimal",
                    &hint,
                    Field::Step(c.id.to_string()),
                ));
            }
            ControlKind::Bonus(p) => {
                let row = child(&set, "div", "pc-check");
                let input = child(&row, "input", "");
                attr(&input, "type", "checkbox");
                attr(&input, "id", &step_id);
                attr(&input, "data-field", &format!("bonus:{}", c.id));
                if form.bonus(c.id) == Some(true) {
                    if let Some(i) = input.dyn_ref::<HtmlInputElement>() {
                        i.set_checked(true);
                    }
                }
                attr(
                    &text(
                        &row,
                        "label",
                        "",
                        &format!("{label} (+{})", percent(*p, lang)),
                    ),
                    "for",
                    &step_id,
                );
            }
            ControlKind::OneOf(picks) => {
                let mut options = vec![("none".to_string(), s.none.to_string())];
                options.extend(picks.iter().map(|p| {
                    (
                        p.id.to_string(),
                        format!("{} (+{})", p.label.get(lang), percent(p.percent.0, lang)),
                    )
                }));
                let current = form.pick(c.id).unwrap_or("none");
                select(
                    &set,
                    &step_id,
                    label,
                    &format!("pick:{}", c.id),
                    &options,
                    current,
                );
            }
        }
    }
    if let Some(later) = controls.iter().find_map(|c| c.paid_later) {
        text(&set, "p", "pc-hint", later.get(lang));
    }
    refs
}

/// A labelled `<select>` of (value, name) options with `current` selected.
fn select(
    parent: &Element,
    id: &str,
    label: &str,
    key: &str,
    options: &[(String, String)],
    current: &str,
) {
    let wrap = child(parent, "div", "pc-field");
    attr(&text(&wrap, "label", "", label), "for", id);
    let select = child(&wrap, "select", "");
    attr(&select, "id", id);
    attr(&select, "data-field", key);
    for (value, name) in options {
        let option = text(&select, "option", "", name);
        attr(&option, "value", value);
        if value == current {
            attr(&option, "selected", "");
        }
    }
}

/// A labelled text input for a number, with a hint and a hidden message.
#[allow(clippy::too_many_arguments)]
fn field(
    parent: &Element,
    id: &str,
    label: &str,
    key: &str,
    value: &str,
    mode: &str,
    hint: &str,
    which: Field,
) -> FieldRef {
    let wrap = child(parent, "div", "pc-field");
    attr(&text(&wrap, "label", "", label), "for", id);
    let input = child(&wrap, "input", "");
    for (name, v) in [
        ("type", "text"),
        ("id", id),
        ("data-field", key),
        ("inputmode", mode),
        ("autocomplete", "off"),
        ("aria-invalid", "false"),
    ] {
        attr(&input, name, v);
    }
    attr(&input, "aria-describedby", &format!("{id}-error {id}-hint"));
    if let Some(i) = input.dyn_ref::<HtmlInputElement>() {
        i.set_value(value);
    }
    let error = child(&wrap, "p", "pc-error");
    attr(&error, "id", &format!("{id}-error"));
    hide(&error, true);
    let hint_el = text(&wrap, "p", "pc-hint", hint);
    attr(&hint_el, "id", &format!("{id}-hint"));
    hide(&hint_el, hint.is_empty());
    FieldRef {
        field: which,
        input,
        error,
    }
}
