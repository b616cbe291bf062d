//! The calculator: a Leptos shell over one [`Widget`] signal (the user's
//! form inside the host's options). Edits come in through delegated
//! `input`/`change` events keyed by `data-field`; one effect prices the
//! form, rebuilds the fields when the deal's shape changes, shows each
//! field's message, redraws the quote and the ladder, keeping the last valid
//! quote on screen while the input is bad, and tells the host of each new
//! quote with a `partner-calc:quote` event.

use super::dom::{attr, hide};
#[cfg(feature = "embed")]
use super::embed::emit;
#[cfg(feature = "embed")]
use super::js::to_js;
#[cfg(not(feature = "embed"))]
use super::persist;
use super::strings::{strings, Strings};
use super::{inputs, ladder, result, views};
use crate::engine::Quote;
use crate::model::Lang;
use crate::programmes::ALL;
use crate::widget::form::{Choice, Edit};
use crate::widget::form::{Field, FieldError, Form, Sort, View};
use crate::widget::input::parse_money;
use crate::widget::options::Widget;
use crate::widget::sentences::summary;
use crate::widget::url::Ignored;
use crate::widget::Message;
use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// Numbers the widgets on a page so their element ids never clash.
static WIDGETS: AtomicUsize = AtomicUsize::new(0);

/// A new widget's number, the prefix of its element ids (`pc0-quantity`).
pub fn next_uid() -> usize {
    WIDGETS.fetch_add(1, Ordering::Relaxed)
}

/// What the fields depend on: programme, tier, product, situation, language,
/// view, and the changes made from outside the fields.
type Shape = (String, String, String, String, Lang, View, u32);

/// What the effect keeps between runs.
#[derive(Default)]
struct Drawn {
    shape: Option<Shape>,
    fields: Vec<inputs::FieldRef>,
    rungs: Vec<ladder::RungRef>,
    last: Option<Quote>,
    quote: Option<result::Drawn>,
    /// The pending write of the state to the URL and the store.
    #[cfg(not(feature = "embed"))]
    saving: Option<TimeoutHandle>,
    /// The widget's one event listener (dropped with the widget).
    listener: Option<Closure<dyn FnMut(Event)>>,
}

/// The whole calculator for `state`; `uid` prefixes its element ids;
/// `ignored` are the parameters of the page's link that could not be used.
/// Embedded, `host` is the element that receives its events.
pub fn calculator(
    state: RwSignal<Widget>,
    uid: usize,
    ignored: Vec<Ignored>,
    #[cfg(feature = "embed")] host: Element,
) -> impl IntoView {
    // The link's unusable parameters, shown until the next reset.
    let ignored = Rc::new(RefCell::new(ignored));
    // One reference to the widget's root; the effect finds its parts by class
    // (one node reference per element type would cost wasm bytes each).
    let root_ref = NodeRef::<html::Div>::new();

    // Text fields report on `input`; selects and checkboxes on `change` (a
    // text field's own `change` on blur repeats a value already applied).
    let on_edit = move |ev: &Event| {
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
        if let Some(edit) = edit_of(&key, value) {
            state.update(|w| w.edit(ALL, edit));
        }
    };
    let say = move |text: &str| {
        let status = root_ref
            .get_untracked()
            .and_then(|r| r.query_selector(".pc-copied").ok().flatten());
        if let Some(status) = status {
            status.set_text_content(Some(text));
        }
    };
    let copy = move || {
        let s = strings(state.with_untracked(|w| w.form.lang));
        let text = state.with_untracked(|w| {
            let f = &w.form;
            let (p, q) = (f.programme(ALL)?, f.quote(ALL).ok()?);
            let tier = p.tiers.iter().find(|t| t.id == f.tier)?;
            let product = f.product_of(ALL)?;
            let head = [
                format!(
                    "{} — {}: {}",
                    p.vendor.get(f.lang),
                    p.name.get(f.lang),
                    tier.name.get(f.lang)
                ),
                product.name.get(f.lang).to_string(),
            ];
            let tail = [
                source_line(f, s),
                #[cfg(not(feature = "embed"))]
                format!("{}: {}", s.link, persist::link(f)),
            ];
            Some(result::plain(&q, f.lang, &head, &tail))
        });
        let Some(text) = text else {
            say(s.copy_failed);
            return;
        };
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            say(if done.is_ok() {
                s.copied
            } else {
                s.copy_failed
            });
        });
    };
    let reset_ignored = ignored.clone();
    let reset = move || {
        #[cfg(not(feature = "embed"))]
        if state.with_untracked(|w| w.persist) {
            persist::forget();
        }
        reset_ignored.borrow_mut().clear();
        state.update(|w| w.reset(ALL));
        say("");
    };
    // The widget's buttons share one listener, keyed by `data-action`.
    let on_action = move |ev: &Event| {
        let action = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.get_attribute("data-action"));
        match action.as_deref() {
            Some("view:quote") => state.update(|w| w.form.view = View::Quote),
            #[cfg(not(feature = "embed"))]
            Some("view:compare") => state.update(|w| w.form.view = View::Compare),
            Some("view:whatif") => state.update(|w| w.form.view = View::WhatIf),
            Some("sort:net") => state.update(|w| w.form.sort = Sort::Net),
            Some("sort:margin") => state.update(|w| w.form.sort = Sort::Margin),
            Some("ru") => state.update(|w| w.form.lang = Lang::Ru),
            Some("en") => state.update(|w| w.form.lang = Lang::En),
            Some("copy") => copy(),
            Some("reset") => reset(),
            Some("print") => {
                let _ = window().print();
            }
            _ => {}
        }
    };

    // One native listener for the whole widget: tachys's typed `on:` handlers
    // cost wasm bytes per event type.
    let mut listen = Some(move |ev: Event| match ev.type_().as_str() {
        "submit" => ev.prevent_default(),
        "click" => on_action(&ev),
        _ => on_edit(&ev),
    });
    let effect_ignored = ignored.clone();
    Effect::new(move |drawn: Option<Drawn>| {
        let mut drawn = drawn.unwrap_or_default();
        let Some(root) = root_ref.get() else {
            return drawn;
        };
        if let Some(handler) = listen.take() {
            let handler = Closure::<dyn FnMut(Event)>::new(handler);
            for name in ["input", "change", "click", "submit"] {
                let _ =
                    root.add_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
            }
            drawn.listener = Some(handler);
            // Embedded widgets have no compare view (see README, "Embedding").
            #[cfg(feature = "embed")]
            if let Ok(Some(compare)) = root.query_selector("[data-action='view:compare']") {
                compare.remove();
            }
        }
        let find = |selector: &str| root.query_selector(selector).ok().flatten();
        let parts = [
            ".pc-inputs",
            ".pc-quote",
            ".pc-ladder",
            ".pc-sr",
            ".pc-stale",
            ".pc-notice",
            ".pc-actions",
            ".pc-extra",
        ]
        .map(find);
        let [Some(fields_el), Some(quote_el), Some(ladder_el), Some(live), Some(stale), Some(notice), Some(actions), Some(extra)] =
            parts
        else {
            return drawn;
        };
        // A copy, so that events fired while the DOM is rebuilt can update the form.
        let now = state.get();
        let programmes = now.programmes(ALL);
        {
            let f = &now.form;
            let shape = (
                f.vendor.clone(),
                f.tier.clone(),
                f.product.clone(),
                f.situation.clone(),
                f.lang,
                f.view,
                now.revision,
            );
            let reshaped = drawn.shape.as_ref() != Some(&shape);
            if reshaped {
                // The focused field, in the widget's shadow root (or page).
                let focused = js_sys::Reflect::get(&root.get_root_node(), &"activeElement".into())
                    .ok()
                    .and_then(|e| e.dyn_into::<Element>().ok())
                    .filter(|e| fields_el.contains(Some(e)))
                    .map(|e| e.id());
                drawn.fields = inputs::build(&fields_el, f, programmes, uid);
                let again = focused.and_then(|id| find(&format!("[id='{id}']")));
                if let Some(el) = again {
                    let _ = el.unchecked_into::<HtmlElement>().focus();
                }
                drawn.rungs = ladder::build(&ladder_el, f);
                drawn.shape = Some(shape);
            }
            let outcome = f.quote(ALL);
            let mut errors = outcome.as_ref().err().cloned().unwrap_or_default();
            if f.view == View::WhatIf && !f.plan.trim().is_empty() {
                if let Err(e) = parse_money(&f.plan, f.lang) {
                    errors.push(FieldError {
                        field: Field::Plan,
                        message: e.message(f.lang),
                    });
                }
            }
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
                #[cfg(feature = "embed")]
                if drawn.last.as_ref() != Some(&q) {
                    emit(&host, "partner-calc:quote", &to_js(&q));
                }
                drawn.last = Some(q);
            }
            if let Some(q) = &drawn.last {
                drawn.quote = Some(result::draw(&quote_el, q, f.lang, uid, drawn.quote.take()));
                live.set_text_content(Some(&summary(q, f.lang)));
            }
            ladder::update(&drawn.rungs, f);
            let quote_view = f.view == View::Quote;
            hide(&quote_el, !quote_view);
            hide(&ladder_el, !quote_view);
            hide(&extra, quote_view);
            if !quote_view {
                views::draw(&extra, f, programmes);
            }
            // The texts and layout that change with the language, the view or the host's options only.
            if reshaped {
                root.set_class_name(if now.compact { "pc pc-compact" } else { "pc" });
                let s = strings(f.lang);
                attr(&root, "lang", if f.lang == Lang::Ru { "ru" } else { "en" });
                let texts = [
                    (".pc-title", s.title.to_string()),
                    (".pc-disclaimer", s.disclaimer.to_string()),
                    (".pc-source", source_line(f, s)),
                ];
                for (selector, value) in texts {
                    if let Some(el) = find(selector) {
                        el.set_text_content(Some(&value));
                    }
                }
                if let Some(langs) = find(".pc-langs") {
                    attr(&langs, "aria-label", s.language);
                }
                let pressed = [
                    ("[data-action=ru]", f.lang == Lang::Ru, "RU"),
                    ("[data-action=en]", f.lang == Lang::En, "EN"),
                    ("[data-action='view:quote']", quote_view, s.view_quote),
                    (
                        "[data-action='view:compare']",
                        f.view == View::Compare,
                        s.view_compare,
                    ),
                    (
                        "[data-action='view:whatif']",
                        f.view == View::WhatIf,
                        s.view_what_if,
                    ),
                ];
                for (selector, on, label) in pressed {
                    if let Some(button) = find(selector) {
                        attr(&button, "aria-pressed", if on { "true" } else { "false" });
                        button.set_text_content(Some(label));
                    }
                }
                if let Some(views) = find(".pc-views") {
                    attr(&views, "aria-label", s.views);
                }
                let labels = actions.children();
                for (i, label) in [s.copy, s.reset, s.print].into_iter().enumerate() {
                    if let Some(button) = labels.item(i as u32) {
                        button.set_text_content(Some(label));
                    }
                }
            }
            let ignored = effect_ignored.borrow();
            let mut messages = now.messages();
            if !ignored.is_empty() {
                messages.insert(0, crate::widget::sentences::ignored(&ignored, f.lang));
            }
            notice.set_text_content(Some(&messages.join(" ")));
            hide(&notice, messages.is_empty());
        }
        #[cfg(not(feature = "embed"))]
        if now.persist {
            persist::keep_later(&now, &mut drawn.saving);
        }
        drawn
    });

    view! {
        <div class="pc" lang="ru" node_ref=root_ref>
            <header class="pc-head">
                <h2 class="pc-title"></h2>
                <div class="pc-views" role="group">
                    <button type="button" class="pc-toggle" data-action="view:quote"></button>
                    <button type="button" class="pc-toggle" data-action="view:compare"></button>
                    <button type="button" class="pc-toggle" data-action="view:whatif"></button>
                </div>
                <div class="pc-langs" role="group">
                    <button type="button" class="pc-lang" data-action="ru"></button>
                    <button type="button" class="pc-lang" data-action="en"></button>
                </div>
            </header>
            <div class="pc-body">
                <form class="pc-inputs"></form>
                <section class="pc-result" aria-labelledby=format!("pc{uid}-net")>
                    <p class="pc-sr" aria-live="polite" aria-atomic="true"></p>
                    <p class="pc-stale" role="status" hidden></p>
                    <p class="pc-notice" role="status" data-testid="notice" hidden></p>
                    <div class="pc-quote"></div>
                    <div class="pc-extra" hidden></div>
                </section>
            </div>
            <section class="pc-ladder"></section>
            <footer class="pc-foot">
                <p class="pc-source"></p>
                <p class="pc-disclaimer"></p>
                <div class="pc-actions">
                    <button type="button" class="pc-action" data-action="copy" data-testid="copy"></button>
                    <button type="button" class="pc-action" data-action="reset" data-testid="reset"></button>
                    <button type="button" class="pc-action" data-action="print"></button>
                </div>
                <p class="pc-copied" role="status" data-testid="copy-status"></p>
            </footer>
        </div>
    }
}

/// The data date and source line of the form's programme, in its language.
fn source_line(f: &Form, s: &Strings) -> String {
    f.programme(ALL)
        .map(|p| {
            format!(
                "{} {}. {}: {}.",
                s.data_date, p.data_date, s.source, p.source.file
            )
        })
        .unwrap_or_default()
}

/// The edit a `data-field` key and its value make.
fn edit_of(key: &str, value: String) -> Option<Edit> {
    if let Some((kind, step)) = key.split_once(':') {
        return Choice::parse(kind, &value).map(|c| Edit::Choice(step.to_string(), c));
    }
    Some(match key {
        "vendor" => Edit::Vendor(value),
        "tier" => Edit::Tier(value),
        "product" => Edit::Product(value),
        "situation" => Edit::Situation(value),
        "quantity" => Edit::Quantity(value),
        "price" => Edit::UnitPrice(value),
        "sales" => Edit::Sales(value),
        "plan" => Edit::Plan(value),
        _ => return None,
    })
}
