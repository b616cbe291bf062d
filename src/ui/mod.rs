//! The Leptos widget: thin components that render the engine's results.
//! Only built for wasm32.

mod app;
mod choices;
mod fields;
mod ladder;
mod result;
mod strings;

pub use app::Calculator;

use crate::engine::form::{Field, FieldError};
use crate::engine::Quote;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The form's quote, or the messages for its bad fields.
type Outcome = Result<Quote, Vec<FieldError>>;

/// The first message for `field` in `outcome`, if any.
fn message_for(outcome: &Outcome, field: &Field) -> Option<String> {
    outcome
        .as_ref()
        .err()?
        .iter()
        .find(|e| &e.field == field)
        .map(|e| e.message.clone())
}

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
            el.set_inner_text("");
            leptos::mount::mount_to(el, move || view! { <Calculator vendor=vendor.clone() /> })
                .forget();
        }
    }
}
