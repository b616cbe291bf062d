//! The calculator: a Leptos shell over one [`Widget`] signal (the user's
//! form inside the host's options). Edits come in through the widget's
//! `input`/`change` listeners and are matched to their control's typed
//! input; buttons carry a typed [`Action`]. One effect prices the form,
//! rebuilds the fields when the controls change, shows each field's
//! message, redraws the quote and the ladder from their view-models
//! (keeping the last valid quote on screen while the input is bad), and
//! tells the [`Platform`] of each new quote, each change and the language.
//!
//! Why an imperative renderer: the same widget as declarative components
//! measured 190 KiB of gzipped wasm against the 150 KiB budget (see the
//! README, "Size"); this one keeps the bundle near 120 KiB.

use super::dom::{attr, hide};
use super::platform::Platform;
use super::{inputs, ladder, result, views};
use crate::engine::{Quote, QuoteRequest};
use crate::model::{Lang, Programme};
use crate::text::{fill, texts};
use crate::widget::action::Action;
use crate::widget::form::{Field, FieldError, View};
use crate::widget::input::parse_money;
use crate::widget::options::Widget;
use crate::widget::sentences::ignored as ignored_notice;
use crate::widget::url::Ignored;
use crate::widget::view::cards::cards;
use crate::widget::view::controls::{controls, Controls, Input};
use crate::widget::view::plain::{plain, source_line};
use crate::widget::view::waterfall::rows;
use crate::widget::Message;
use gloo_events::{EventListener, EventListenerOptions};
use leptos::html;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// What the effect keeps between runs.
#[derive(Default)]
struct Drawn {
    controls: Option<(Controls, View, u32)>,
    rungs: Vec<ladder::RungRef>,
    ladder_of: Option<(String, String, Lang, u32)>,
    last: Option<Quote>,
    /// What the host was last told about: the request and the programmes it
    /// was priced on (the same request on the same data is the same quote).
    told: Option<(QuoteRequest, Arc<[Programme]>)>,
    quote: Option<result::Drawn>,
    lang: Option<Lang>,
    /// The language, view and programme the buttons and source line show.
    chrome: Option<(Lang, View, String, u32)>,
    /// The widget's listeners (removed with the widget).
    listeners: Vec<EventListener>,
}

/// The whole calculator on `state`; `uid` prefixes its element ids,
/// `ignored` are the parameters of the page's link that could not be used,
/// `platform` is the world outside.
#[component]
pub fn Calculator(
    /// The user's form inside the host's options.
    state: RwSignal<Widget>,
    /// The widget's number on the page.
    uid: usize,
    /// The link's unusable parameters, shown until a reset.
    #[prop(optional)]
    ignored: Vec<Ignored>,
    /// The address bar and storage, or the host element, or nothing.
    platform: Rc<dyn Platform>,
) -> impl IntoView {
    let ignored = Rc::new(RefCell::new(ignored));
    let root_ref = NodeRef::<html::Div>::new();
    // The controls on screen, shared with the listeners.
    let fields: Rc<RefCell<Vec<inputs::FieldRef>>> = Rc::default();
    let find = move |selector: &str| {
        root_ref
            .get_untracked()
            .and_then(|r| r.query_selector(selector).ok().flatten())
    };
    let say = move |text: &str| {
        if let Some(status) = find(".pc-copied") {
            status.set_text_content(Some(text));
        }
    };
    let edited = {
        let fields = fields.clone();
        move |ev: &Event| {
            let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            let typing = ev.type_() == "input";
            let edit = fields
                .borrow()
                .iter()
                .find(|f| f.element == target)
                .and_then(|f| {
                    let value = match (
                        &f.input,
                        target.dyn_ref::<HtmlInputElement>(),
                        target.dyn_ref::<HtmlSelectElement>(),
                    ) {
                        (Input::Bonus(_), Some(input), _) if !typing => input.checked().to_string(),
                        (Input::Number(..), Some(input), _) if typing => input.value(),
                        (Input::Select(..) | Input::OneOf(..), _, Some(select)) if !typing => {
                            select.value()
                        }
                        _ => return None,
                    };
                    f.input.edit(value)
                });
            if let Some(edit) = edit {
                state.update(|w| w.edit(edit));
            }
        }
    };
    let act = {
        let platform = platform.clone();
        let ignored = ignored.clone();
        move |action: Action, ev: &Event| match action {
            Action::Show(view) => state.update(|w| w.form.view = view),
            Action::Sort(sort) => state.update(|w| w.form.sort = sort),
            Action::Speak(lang) => state.update(|w| w.form.lang = lang),
            // The link goes on unless the host stops it.
            Action::Cta => {
                let go = state.with_untracked(|w| {
                    let href = w.cta.as_ref().map(|c| c.href.as_str()).unwrap_or_default();
                    let quote = w.form.quote(w.programmes()).ok();
                    platform.cta(href, quote.as_ref())
                });
                if !go {
                    ev.prevent_default();
                }
            }
            Action::Print => {
                let _ = window().print();
            }
            Action::Reset => {
                platform.forget();
                ignored.borrow_mut().clear();
                state.update(|w| w.reset());
                say("");
            }
            Action::Copy => {
                let t = texts(state.with_untracked(|w| w.form.lang));
                let text = state.with_untracked(|w| {
                    let quote = w.form.quote(w.programmes()).ok()?;
                    Some(plain(
                        &w.form,
                        w.programmes(),
                        &w.hosted,
                        &quote,
                        platform.link(&w.form).as_deref(),
                    ))
                });
                let Some(text) = text else {
                    say(t.copy_failed);
                    return;
                };
                // The promise's own callbacks rather than a future (JsFuture costs
                // 0.6 KB gzip of the 150 KiB budget); they stay for the page's life,
                // two small closures per copy.
                let written = window().navigator().clipboard().write_text(&text);
                let copied = Closure::<dyn FnMut(JsValue)>::new(move |_| say(t.copied));
                let failed = Closure::<dyn FnMut(JsValue)>::new(move |_| say(t.copy_failed));
                let _ = written.then2(&copied, &failed);
                copied.forget();
                failed.forget();
            }
        }
    };
    let clicked = move |ev: &Event| {
        let action = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.get_attribute("data-action"))
            .and_then(|name| Action::parse(&name));
        if let Some(action) = action {
            act(action, ev);
        }
    };
    let mut listen = Some((edited, clicked));

    let effect_ignored = ignored.clone();
    Effect::new(move |drawn: Option<Drawn>| {
        let mut drawn = drawn.unwrap_or_default();
        let Some(root) = root_ref.get() else {
            return drawn;
        };
        let root: Element = root.into();
        if let Some((edited, clicked)) = listen.take() {
            let edited = Rc::new(edited);
            for name in ["input", "change"] {
                let edited = edited.clone();
                drawn
                    .listeners
                    .push(EventListener::new(&root, name, move |ev| edited(ev)));
            }
            drawn
                .listeners
                // Not passive, so that the host can stop the call to action.
                .push(EventListener::new_with_options(
                    &root,
                    "click",
                    EventListenerOptions::enable_prevent_default(),
                    move |ev| clicked(ev),
                ));
            drawn
                .listeners
                // Not passive, so that it can stop the form's submission.
                .push(EventListener::new_with_options(
                    &root,
                    "submit",
                    EventListenerOptions::enable_prevent_default(),
                    |ev| ev.prevent_default(),
                ));
        }
        let part = |selector: &str| root.query_selector(selector).ok().flatten();
        let parts = [
            ".pc-inputs",
            ".pc-quote",
            ".pc-ladder",
            ".pc-sr",
            ".pc-stale",
            ".pc-notice",
            ".pc-extra",
        ]
        .map(part);
        let [Some(fields_el), Some(quote_el), Some(ladder_el), Some(live), Some(stale), Some(notice), Some(extra)] =
            parts
        else {
            return drawn;
        };
        // A copy, so that events fired while the DOM is rebuilt (or a host
        // answering an event) can update the state.
        let now = state.get();
        {
            let f = &now.form;
            let lang = f.lang;
            let t = texts(lang);
            // The fields, when their controls change (not on every keystroke).
            let wanted = (
                controls(f, now.programmes(), f.view == View::WhatIf),
                f.view,
                now.revision,
            );
            if drawn.controls.as_ref() != Some(&wanted) {
                let focused = js_sys::Reflect::get(&root.get_root_node(), &"activeElement".into())
                    .ok()
                    .and_then(|e| e.dyn_into::<Element>().ok())
                    .filter(|e| fields_el.contains(Some(e)))
                    .map(|e| e.id());
                let built = inputs::build(&fields_el, &wanted.0, f, uid);
                *fields.borrow_mut() = built;
                let again = focused.and_then(|id| part(&format!("[id='{id}']")));
                if let Some(el) = again {
                    let _ = el.unchecked_into::<HtmlElement>().focus();
                }
                drawn.controls = Some(wanted);
            }
            let ladder_of = (f.vendor.clone(), f.product.clone(), lang, now.revision);
            if drawn.ladder_of.as_ref() != Some(&ladder_of) {
                drawn.rungs = ladder::build(&ladder_el, f, now.programmes());
                drawn.ladder_of = Some(ladder_of);
            }
            let outcome = f.quote(now.programmes());
            let mut errors = outcome.as_ref().err().cloned().unwrap_or_default();
            if f.view == View::WhatIf && !f.plan.trim().is_empty() {
                if let Err(e) = parse_money(&f.plan, lang) {
                    errors.push(FieldError {
                        field: Field::Plan,
                        message: e.message(lang),
                    });
                }
            }
            for r in fields.borrow().iter() {
                let Some(error) = &r.error else { continue };
                let message = errors
                    .iter()
                    .find(|e| Some(&e.field) == r.field())
                    .map(|e| e.message.as_str());
                error.set_text_content(message);
                hide(error, message.is_none());
                attr(
                    &r.element,
                    "aria-invalid",
                    if message.is_some() { "true" } else { "false" },
                );
            }
            let problem = errors
                .iter()
                .find(|e| e.field == Field::Form)
                .map(|e| e.message.as_str())
                .unwrap_or_default();
            stale.set_text_content(Some(fill(t.stale, &[("problem", problem)]).trim_end()));
            hide(&stale, outcome.is_ok());
            if let Ok(q) = outcome {
                // The request again (Form::quote built it too): passing it out of
                // Form::quote instead measured +0.4 KB gzip, past the embed's budget.
                let told = drawn.told.as_ref();
                let request = f.request(now.programmes()).ok();
                let same = told.is_some_and(|(r, all)| {
                    request.as_ref() == Some(r) && Arc::ptr_eq(all, &now.all)
                });
                if !same {
                    platform.quoted(&q);
                    drawn.told = request.map(|r| (r, now.all.clone()));
                }
                drawn.last = Some(q);
            }
            if let Some(q) = &drawn.last {
                let c = cards(q, lang);
                drawn.quote = Some(result::draw(
                    &quote_el,
                    &rows(q, lang),
                    &c,
                    lang,
                    uid,
                    drawn.quote.take(),
                ));
                live.set_text_content(Some(&c.summary));
            }
            ladder::update(&drawn.rungs, f, now.programmes());
            let quote_view = f.view == View::Quote;
            hide(&quote_el, !quote_view);
            hide(&ladder_el, !quote_view);
            hide(&extra, quote_view);
            if !quote_view {
                views::draw(&extra, f, now.programmes());
            }
            // The texts that change with the language, the view or the host's options only.
            root.set_class_name(if now.compact { "pc pc-compact" } else { "pc" });
            if drawn.lang != Some(lang) {
                platform.language(lang);
                drawn.lang = Some(lang);
                attr(&root, "lang", if lang == Lang::Ru { "ru" } else { "en" });
                for (selector, value) in [(".pc-title", t.title), (".pc-disclaimer", t.disclaimer)]
                {
                    if let Some(el) = part(selector) {
                        el.set_text_content(Some(value));
                    }
                }
                for (selector, label) in [(".pc-langs", t.language), (".pc-views", t.views)] {
                    if let Some(el) = part(selector) {
                        attr(&el, "aria-label", label);
                    }
                }
            }
            let chrome = (lang, f.view, f.vendor.clone(), now.revision);
            // Labels, pressed buttons and the source line change with these only
            // (the source line with the host's programmes too).
            if drawn.chrome.as_ref() != Some(&chrome) {
                if let Some(source) = part(".pc-source") {
                    source.set_text_content(Some(&source_line(f, now.programmes(), &now.hosted)));
                }
                if let Some(link) = part(".pc-cta") {
                    let cta = now.cta.as_ref();
                    link.set_text_content(cta.map(|c| c.label(lang)));
                    attr(&link, "href", cta.map(|c| c.href.as_str()).unwrap_or("#"));
                    hide(&link, cta.is_none());
                }
                let buttons = [
                    (
                        Action::Speak(Lang::Ru),
                        lang == Lang::Ru,
                        texts(Lang::Ru).lang_button,
                    ),
                    (
                        Action::Speak(Lang::En),
                        lang == Lang::En,
                        texts(Lang::En).lang_button,
                    ),
                    (Action::Show(View::Quote), quote_view, t.view_quote),
                    (
                        Action::Show(View::Compare),
                        f.view == View::Compare,
                        t.view_compare,
                    ),
                    (
                        Action::Show(View::WhatIf),
                        f.view == View::WhatIf,
                        t.view_what_if,
                    ),
                    (Action::Copy, false, t.copy),
                    (Action::Reset, false, t.reset),
                    (Action::Print, false, t.print),
                ];
                for (action, on, label) in buttons {
                    if let Some(button) = part(&format!("[data-action='{}']", action.name())) {
                        if matches!(action, Action::Speak(_) | Action::Show(_)) {
                            attr(&button, "aria-pressed", if on { "true" } else { "false" });
                        }
                        button.set_text_content(Some(label));
                    }
                }
                drawn.chrome = Some(chrome);
            }
            let mut messages = now.messages();
            let ignored = effect_ignored.borrow();
            if !ignored.is_empty() {
                messages.insert(0, ignored_notice(&ignored, lang));
            }
            notice.set_text_content(Some(&messages.join(" ")));
            hide(&notice, messages.is_empty());
            platform.keep(&now);
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
                    <a class="pc-cta" data-action="cta" data-testid="cta" hidden></a>
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
