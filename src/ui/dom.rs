//! A tiny element builder for the widget's data-driven parts (fields,
//! waterfall, ladder). Text always goes in as text nodes, never as markup.
//! Typed Leptos views cost several kilobytes of wasm per element shape;
//! this keeps the whole bundle inside its size budget.

use leptos::prelude::document;
use wasm_bindgen::UnwrapThrowExt;
use web_sys::Element;

/// A new `<tag class="class">` (no class attribute when `class` is empty).
pub fn el(tag: &str, class: &str) -> Element {
    // Creating an element only fails for invalid tag names; ours are literals.
    // (`unwrap_throw`: a JS error, without formatting the JS value in Rust.)
    let e = document().create_element(tag).unwrap_throw();
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// Appends a new `<tag class="class">` to `parent` and returns it.
pub fn child(parent: &Element, tag: &str, class: &str) -> Element {
    let e = el(tag, class);
    let _ = parent.append_child(&e);
    e
}

/// Appends a new `<tag class="class">text</tag>` to `parent` and returns it.
pub fn text(parent: &Element, tag: &str, class: &str, text: &str) -> Element {
    let e = child(parent, tag, class);
    e.set_text_content(Some(text));
    e
}

/// Sets an attribute.
pub fn attr(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

/// Sets or removes the boolean `hidden` attribute.
pub fn hide(e: &Element, hidden: bool) {
    let _ = e.toggle_attribute_with_force("hidden", hidden);
}

/// Appends a `<ul class="class">` with one `<li>` per text.
pub fn list(parent: &Element, class: &str, items: &[String]) -> Element {
    let ul = child(parent, "ul", class);
    for item in items {
        text(&ul, "li", "", item);
    }
    ul
}
