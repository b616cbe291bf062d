//! The input fields, built from the form's controls (the view-model)
//! whenever they change (labels, options, hints: a new programme, tier,
//! product, situation or language), the view changes, or the form is
//! changed from outside its fields (a reset, the host's options or price:
//! the widget's revision) — not on every keystroke, so the focused field
//! keeps its focus.

use super::dom::{attr, child, hide, text};
use crate::text::texts;
use crate::widget::form::{Field, Form};
use crate::widget::view::controls::{Control, Controls, Input};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// A control's element and the typed input it edits.
pub struct FieldRef {
    /// The control (its `edit` turns the element's value into an edit).
    pub input: Input,
    /// The `<input>` or `<select>`.
    pub element: Element,
    /// The message paragraph next to a number field.
    pub error: Option<Element>,
}

impl FieldRef {
    /// The field whose message this control shows.
    pub fn field(&self) -> Option<&Field> {
        self.input.field()
    }
}

/// Builds `controls` of `form` into `container` (emptied first); `uid`
/// prefixes every id. Returns every control's element.
pub fn build(container: &Element, controls: &Controls, form: &Form, uid: usize) -> Vec<FieldRef> {
    container.set_text_content(None);
    let id = |name: &str| format!("pc{uid}-{name}");
    let mut refs: Vec<FieldRef> = controls
        .deal
        .iter()
        .map(|c| control(container, c, form, &id(&c.id)))
        .collect();
    if let Some(condition) = &controls.condition {
        attr(
            &text(container, "p", "pc-hint", condition),
            "data-testid",
            "condition",
        );
    }
    if controls.steps.is_empty() {
        return refs;
    }
    let set = child(container, "fieldset", "pc-choices");
    text(&set, "legend", "", texts(form.lang).options);
    refs.extend(
        controls
            .steps
            .iter()
            .map(|c| control(&set, c, form, &id(&c.id))),
    );
    if let Some(later) = &controls.paid_later {
        text(&set, "p", "pc-hint", later);
    }
    refs
}

/// One control with its label (and message and hint for a number).
fn control(parent: &Element, c: &Control, form: &Form, id: &str) -> FieldRef {
    let value = c.input.value(form);
    let (element, error) = match &c.input {
        Input::Select(_, options) | Input::OneOf(_, options) => {
            let wrap = child(parent, "div", "pc-field");
            attr(&text(&wrap, "label", "", &c.label), "for", id);
            let select = child(&wrap, "select", "");
            attr(&select, "id", id);
            for (v, name) in options {
                let option = text(&select, "option", "", name);
                attr(&option, "value", v);
                if *v == value {
                    attr(&option, "selected", "");
                }
            }
            (select, None)
        }
        Input::Number(_, mode, hint) => {
            let wrap = child(parent, "div", "pc-field");
            attr(&text(&wrap, "label", "", &c.label), "for", id);
            let input = child(&wrap, "input", "");
            for (name, v) in [
                ("type", "text"),
                ("id", id),
                ("inputmode", mode),
                ("autocomplete", "off"),
                ("aria-invalid", "false"),
            ] {
                attr(&input, name, v);
            }
            attr(&input, "aria-describedby", &format!("{id}-error {id}-hint"));
            if let Some(i) = input.dyn_ref::<HtmlInputElement>() {
                i.set_value(&value);
            }
            let error = child(&wrap, "p", "pc-error");
            attr(&error, "id", &format!("{id}-error"));
            hide(&error, true);
            let hint_el = text(&wrap, "p", "pc-hint", hint);
            attr(&hint_el, "id", &format!("{id}-hint"));
            hide(&hint_el, hint.is_empty());
            (input, Some(error))
        }
        Input::Bonus(_) => {
            let row = child(parent, "div", "pc-check");
            let input = child(&row, "input", "");
            attr(&input, "type", "checkbox");
            attr(&input, "id", id);
            if let Some(i) = input.dyn_ref::<HtmlInputElement>() {
                i.set_checked(value == "true");
            }
            attr(&text(&row, "label", "", &c.label), "for", id);
            (input, None)
        }
    };
    FieldRef {
        input: c.input.clone(),
        element,
        error,
    }
}
