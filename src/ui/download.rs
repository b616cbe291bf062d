//! The CSV download link: the file is made when the link is about to be
//! followed (focused, pressed or clicked), not on every change of the deal,
//! and named with today's date then (the page's HTML names it without one).

use super::calc::Calc;
use crate::widget::form::Pricing;
use crate::widget::view::csv::{csv, data_url, file_name};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

/// The link that downloads the quote on screen as CSV.
#[component]
pub fn Download(
    /// The quote on screen.
    shown: Memo<Option<Arc<Pricing>>>,
    /// Today's date, once the clock has been read.
    today: RwSignal<Option<String>>,
    /// The link's text.
    label: Signal<String>,
) -> impl IntoView {
    let state = expect_context::<Calc>().state;
    let name = Memo::new(move |_| state.with(|w| file_name(&w.form, None)));
    let fill = move |ev: &web_sys::Event| {
        let href = shown.with_untracked(|q| {
            state.with_untracked(|w| {
                q.as_ref()
                    .map(|q| data_url(&csv(&w.form, w.programmes(), q)))
            })
        });
        let link = ev
            .current_target()
            .and_then(|t| t.dyn_into::<HtmlAnchorElement>().ok());
        if let (Some(link), Some(href)) = (link, href) {
            link.set_href(&href);
            let date = today.get_untracked();
            link.set_download(&state.with_untracked(|w| file_name(&w.form, date.as_deref())));
        }
    };
    view! {
        <a
            class="pc-action pc-download"
            data-testid="csv"
            download=name
            href="#"
            on:focus=move |ev| fill(&ev)
            on:pointerdown=move |ev| fill(&ev)
            on:click=move |ev| fill(&ev)
        >
            {label}
        </a>
    }
}
