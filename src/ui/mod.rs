//! The Leptos widget: a thin shell over the engine. Only built for wasm32.

mod app;
mod dom;
mod inputs;
mod ladder;
mod persist;
mod result;
mod strings;
mod views;

pub use app::Calculator;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the calculator into every `[data-partner-calc]` element of the
/// page; `data-vendor` picks the initial programme.
#[wasm_bindgen(start)]
pub fn start() {
    let Ok(found) = document().query_selector_all("[data-partner-calc]") else {
        return;
    };
    for i in 0..found.length() {
        if let Some(el) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let vendor = el.get_attribute("data-vendor").unwrap_or_default();
            el.set_text_content(None);
            leptos::mount::mount_to(el, move || view! { <Calculator vendor=vendor.clone() /> })
                .forget();
        }
    }
}
