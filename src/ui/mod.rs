//! The Leptos widget: thin components that render the engine's results.
//! Only built for wasm32.

mod app;
mod fields;
mod ladder;
mod result;
mod strings;

pub use app::Calculator;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the calculator into every `[data-partner-calc]` element of the page.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(found) = document().query_selector_all("[data-partner-calc]").ok() else {
        return;
    };
    for i in 0..found.length() {
        if let Some(el) = found.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            let vendor = el.get_attribute("data-vendor").unwrap_or_default();
            leptos::mount::mount_to(el, move || view! { <Calculator vendor=vendor.clone() /> }).forget();
        }
    }
}
