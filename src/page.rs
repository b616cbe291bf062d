//! The standalone page's entry point: mounts a calculator into every
//! `[data-partner-calc]` element. Its first widget keeps its state in the
//! address bar and `localStorage` (a link restores the exact quote, a
//! reload too; the URL wins over the stored copy) and words the page's own
//! heading and introduction in the widget's language. The build has put
//! each widget's first screen in the page's HTML (`examples/prerender`, from
//! the same [`calculator`] view): it is replaced in the task that mounts the
//! app, so no frame shows an empty mount point.

use crate::model::Lang;
use crate::programmes::ALL;
use crate::text::page_texts;
use crate::ui::calculator;
use crate::widget::form::Form;
use crate::widget::options::Widget;
use crate::widget::platform::Platform;
use crate::widget::url::{decode, encode, Ignored};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Storage};

/// The `localStorage` key.
const KEY: &str = "partner-calc";

/// The parameters a state link carries (others belong to the page).
const PARAMS: [&str; 4] = ["lang=", "vendor=", "qty=", "price="];

/// Mounts the calculator into every `[data-partner-calc]` element of the
/// page; `data-vendor` picks the initial programme.
#[wasm_bindgen(start)]
pub fn start() {
    let Ok(found) = document().query_selector_all("[data-partner-calc]") else {
        return;
    };
    for uid in 0..found.length() {
        let Some(el) = found
            .item(uid)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
        else {
            continue;
        };
        let vendor = el.get_attribute("data-vendor").unwrap_or_default();
        let mut widget = Widget::new(ALL, &vendor);
        let mut ignored = Vec::new();
        let mut restored = false;
        let first = uid == 0;
        if first {
            if let Some((form, dropped, stored)) = initial() {
                widget.form = form;
                ignored = dropped;
                restored = stored;
            }
        }
        let platform: Rc<dyn Platform> = match first {
            true => Rc::new(Page::default()),
            false => Rc::new(Linked),
        };
        // Out with the prerendered widget (and the <noscript>), in with the
        // app's, in this one task.
        el.set_text_content(None);
        let _ = el.remove_attribute("data-prerendered");
        leptos::mount::mount_to(el, move || {
            calculator(widget, uid as usize, ignored, restored, platform)
        })
        .forget();
    }
}

/// The page around its first widget.
#[derive(Default)]
struct Page {
    /// The pending write of the state (replaced by each change).
    saving: RefCell<Option<Timeout>>,
}

impl Platform for Page {
    /// Keeps the state 250 ms after the last change, off the typing path; a
    /// state equal to the defaults is not kept anywhere.
    fn keep(&self, widget: &Widget) {
        let query = encode(&widget.form);
        let defaults = encode(&Form::new(widget.programmes(), &widget.home, Lang::Ru));
        let write = Timeout::new(250, move || match query == defaults {
            true => forget(),
            false => save(&query),
        });
        // Dropping the earlier timeout cancels it.
        *self.saving.borrow_mut() = Some(write);
    }

    fn forget(&self) {
        self.saving.borrow_mut().take();
        forget();
    }

    fn link(&self, form: &Form) -> Option<String> {
        link(form)
    }

    /// Words the page's title, heading and introduction in `lang`. A text
    /// already in place is left as it is: a replaced text node is painted
    /// anew, and the introduction is the page's largest paint (LCP).
    fn language(&self, lang: Lang) {
        let t = page_texts(lang);
        let doc = document();
        doc.set_title(t.page_title);
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", if lang == Lang::En { "en" } else { "ru" });
        }
        for (selector, text) in [("h1", t.page_heading), (".lead", t.page_intro)] {
            if let Ok(Some(el)) = doc.query_selector(selector) {
                if el.text_content().as_deref() != Some(text) {
                    el.set_text_content(Some(text));
                }
            }
        }
    }
}

/// The page's other widgets: their copied quotes carry a link too.
struct Linked;

impl Platform for Linked {
    fn link(&self, form: &Form) -> Option<String> {
        link(form)
    }
}

/// A link to this page that restores `form`.
fn link(form: &Form) -> Option<String> {
    let location = window().location();
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    Some(format!("{origin}{path}?{}", encode(form)))
}

fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The kept state: the URL's, else the stored one, with the link's
/// parameters that could not be used and whether it is the stored one (the
/// last visit's); `None` when neither holds one.
fn initial() -> Option<(Form, Vec<Ignored>, bool)> {
    let search = window().location().search().unwrap_or_default();
    if search
        .trim_start_matches('?')
        .split('&')
        .any(|p| PARAMS.iter().any(|name| p.starts_with(name)))
    {
        let (form, ignored) = decode(ALL, &search);
        return Some((form, ignored, false));
    }
    let saved = storage()?.get_item(KEY).ok().flatten()?;
    Some((decode(ALL, &saved).0, Vec::new(), true))
}

/// Puts the state `query` into the address bar (without a new history
/// entry) and the store.
fn save(query: &str) {
    let path = window().location().pathname().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}?{query}")));
    }
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, query);
    }
}

/// Forgets the stored state and clears the address bar's.
fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
    let path = window().location().pathname().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}
