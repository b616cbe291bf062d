//! The calculator: a Leptos shell holding one [`Form`] signal. Edits come in
//! through delegated `input`/`change` events keyed by `data-field`; one
//! effect prices the form, rebuilds the fields when the deal's shape
//! changes, shows each field's message, and redraws the quote and the ladder,
//! keeping the last valid quote on screen while the input is bad.

use super::dom::{attr, hide};
use super::strings::strings;
use super::{inputs, ladder, result};
use crate::engine::describe::summary;
use crate::engine::form::{Field, Form};
use crate::engine::Quote;
use crate::model::Lang;
use crate::programmes::ALL;
use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// Numbers the instances on a page so their element ids never clash.
static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// What the fields depend on: programme, tier, product, situation, language.
type Shape = (String, String, String, String, Lang);

/// What the effect keeps between runs.
#[derive(Default)]
struct Drawn {
    shape: Option<Shape>,
    fields: Vec<inputs::FieldRef>,
    rungs: Vec<ladder::RungRef>,
    last: Option<Quote>,
    quote: Option<result::Drawn>,
}

/// The whole calculator. `vendor` picks the initial programme.
#[component]
pub fn Calculator(#[prop(into, optional)] vendor: String) -> impl IntoView {
    let uid = INSTANCES.fetch_add(1, Ordering::Relaxed);
    let form = RwSignal::new(Form::new(ALL, &vendor, Lang::Ru));
    let lang = move || form.with(|f| f.lang);
    let t = move || strings(lang());
    let fields_ref = NodeRef::<html::Form>::new();
    let quote_ref = NodeRef::<html::Div>::new();
    let ladder_ref = NodeRef::<html::Section>::new();
    let live_ref = NodeRef::<html::P>::new();
    let stale_ref = NodeRef::<html::P>::new();

    Effect::new(move |drawn: Option<Drawn>| {
        let mut drawn = drawn.unwrap_or_default();
        let (Some(fields_el), Some(quote_el), Some(ladder_el), Some(live), Some(stale)) = (
            fields_ref.get(),
            quote_ref.get(),
            ladder_ref.get(),
            live_ref.get(),
            stale_ref.get(),
        ) else {
            return drawn;
        };
        // A copy, so that events fired while the DOM is rebuilt can update the form.
        let form_now = form.get();
        {
            let f = &form_now;
            let shape = (
                f.vendor.clone(),
                f.tier.clone(),
                f.product.clone(),
                f.situation.clone(),
                f.lang,
            );
            if drawn.shape.as_ref() != Some(&shape) {
                let focused = document()
                    .active_element()
                    .filter(|e| fields_el.contains(Some(e)))
                    .map(|e| e.id());
                drawn.fields = inputs::build(&fields_el, f, uid);
                if let Some(el) = focused.and_then(|id| document().get_element_by_id(&id)) {
                    let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
                }
                drawn.rungs = ladder::build(&ladder_el, f);
                drawn.shape = Some(shape);
            }
            let outcome = f.quote(ALL);
            let errors = outcome
                .as_ref()
                .err()
                .map(Vec::as_slice)
                .unwrap_or_default();
            for r in &drawn.fields {
                let message = errors
                    .iter()
                    .find(|e| e.field == r.field)
                    .map(|e| e.message.as_str());
                r.error.set_text_content(message);
                hide(&r.error, message.is_none());
                attr(
                    &r.input,
                    "aria-invalid",
                    if message.is_some() { "true" } else { "false" },
                );
            }
            let form_error = errors
                .iter()
                .find(|e| e.field == Field::Form)
                .map(|e| e.message.as_str())
                .unwrap_or_default();
            stale.set_text_content(Some(&format!("{} {form_error}", strings(f.lang).stale)));
            hide(&stale, outcome.is_ok());
            if let Ok(q) = outcome {
                drawn.last = Some(q);
            }
            if let Some(q) = &drawn.last {
                drawn.quote = Some(result::draw(&quote_el, q, f.lang, uid, drawn.quote.take()));
                live.set_text_content(Some(&summary(q, f.lang)));
            }
            ladder::update(&drawn.rungs, f);
        }
        drawn
    });

    // Text fields report on `input`; selects and checkboxes on `change` (a
    // text field's own `change` on blur repeats a value already applied).
    let on_edit = move |ev: leptos::ev::Event| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let Some(key) = target.get_attribute("data-field") else {
            return;
        };
        let typing = ev.type_() == "input";
        let value = match (
            target.dyn_ref::<HtmlInputElement>(),
            target.dyn_ref::<HtmlSelectElement>(),
        ) {
            (Some(input), _) if input.type_() == "checkbox" && !typing => {
                input.checked().to_string()
            }
            (Some(input), _) if input.type_() == "text" && typing => input.value(),
            (None, Some(select)) if !typing => select.value(),
            _ => return,
        };
        form.update(|f| f.edit(ALL, &key, &value));
    };
    let lang_button = move |l: Lang, name: &'static str| {
        view! {
            <button type="button" class="pc-lang" aria-pressed=move || (lang() == l).to_string()
                on:click=move |_| form.update(|f| f.lang = l)>{name}</button>
        }
    };
    let footer = move || {
        let s = t();
        form.with(|f| {
            f.programme(ALL).map(|p| {
                format!(
                    "{} {}. {}: {}.",
                    s.data_date, p.data_date, s.source, p.source.file
                )
            })
        })
    };

    view! {
        <div class="pc" lang=move || if lang() == Lang::Ru { "ru" } else { "en" }>
            <header class="pc-head">
                <h2 class="pc-title">{move || t().title}</h2>
                <div class="pc-langs" role="group" aria-label=move || t().language>
                    {lang_button(Lang::Ru, "RU")}
                    {lang_button(Lang::En, "EN")}
                </div>
            </header>
            <div class="pc-body">
                <form class="pc-inputs" node_ref=fields_ref on:submit=|ev| ev.prevent_default() on:input=on_edit on:change=on_edit></form>
                <section class="pc-result" aria-labelledby=format!("pc{uid}-net")>
                    <p class="pc-sr" aria-live="polite" aria-atomic="true" node_ref=live_ref></p>
                    <p class="pc-stale" role="status" hidden node_ref=stale_ref></p>
                    <div node_ref=quote_ref></div>
                </section>
            </div>
            <section class="pc-ladder" node_ref=ladder_ref></section>
            <footer class="pc-foot">
                <p>{footer}</p>
                <p class="pc-disclaimer">{move || t().disclaimer}</p>
                <button type="button" class="pc-print" on:click=|_| { let _ = window().print(); }>{move || t().print}</button>
            </footer>
        </div>
    }
}
