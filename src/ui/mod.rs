//! The Leptos widget: a thin shell over the engine. Only built for wasm32.
//! The standalone page mounts it into `[data-partner-calc]` elements; with
//! the `embed` feature it is the `<partner-calc>` element and its JS API.

mod app;
#[cfg(not(feature = "embed"))]
mod compare_view;
mod dom;
#[cfg(feature = "embed")]
pub mod embed;
mod inputs;
#[cfg(feature = "embed")]
mod js;
mod ladder;
#[cfg(not(feature = "embed"))]
mod persist;
mod result;
mod strings;
mod views;

#[cfg(not(feature = "embed"))]
pub use standalone::{start, Calculator};

/// The demo page's widgets: mounted into its `[data-partner-calc]` elements.
#[cfg(not(feature = "embed"))]
mod standalone {
    use super::{app, persist};
    use crate::programmes::ALL;
    use crate::widget::options::Widget;
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

    /// The whole calculator, starting on `vendor`. The page's first one keeps
    /// its state in the address and `localStorage`.
    #[component]
    pub fn Calculator(#[prop(into, optional)] vendor: String) -> impl IntoView {
        let uid = app::next_uid();
        let mut widget = Widget::new(ALL, &vendor);
        widget.persist = uid == 0;
        let mut ignored = Vec::new();
        if widget.persist {
            if let Some((form, dropped)) = persist::initial() {
                widget.form = form;
                ignored = dropped;
            }
        }
        app::calculator(RwSignal::new(widget), uid, ignored)
    }
}
