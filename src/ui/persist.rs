//! Where the widget's state lives between visits: the page's URL (so a link
//! restores the exact quote) and `localStorage` (so a reload does). A URL
//! carrying state wins over the stored copy. Only the standalone page's
//! first widget keeps its state there.

use crate::model::Lang;
use crate::programmes::ALL;
use crate::widget::form::Form;
use crate::widget::options::Widget;
use crate::widget::url::{decode, encode, Ignored};
use leptos::prelude::{set_timeout_with_handle, window, TimeoutHandle};
use std::time::Duration;
use wasm_bindgen::JsValue;
use web_sys::Storage;

/// The `localStorage` key.
const KEY: &str = "partner-calc";

/// The parameters a state link carries (others belong to the host page).
const PARAMS: [&str; 4] = ["lang=", "vendor=", "qty=", "price="];

fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The kept state: the URL's, else the stored one, with the link's
/// parameters that could not be used; `None` when neither holds one.
pub fn initial() -> Option<(Form, Vec<Ignored>)> {
    let search = window().location().search().unwrap_or_default();
    if search
        .trim_start_matches('?')
        .split('&')
        .any(|p| PARAMS.iter().any(|name| p.starts_with(name)))
    {
        return Some(decode(ALL, &search));
    }
    let saved = storage()?.get_item(KEY).ok().flatten()?;
    Some((decode(ALL, &saved).0, Vec::new()))
}

/// A link to this page that restores `form`.
pub fn link(form: &Form) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}?{}", encode(form))
}

/// Puts the state `query` into the address bar (without a new history
/// entry) and the store.
pub fn save(query: &str) {
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
pub fn forget() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
    let path = window().location().pathname().unwrap_or_default();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

/// Keeps `widget`'s state 250 ms from now, off the typing path, in place of
/// the `pending` write; a state equal to the defaults is not kept anywhere.
pub fn keep_later(widget: &Widget, pending: &mut Option<TimeoutHandle>) {
    if let Some(pending) = pending.take() {
        pending.clear();
    }
    let query = encode(&widget.form);
    let defaults = encode(&Form::new(widget.programmes(ALL), &widget.home, Lang::Ru));
    let keep = move || match query == defaults {
        true => forget(),
        false => save(&query),
    };
    *pending = set_timeout_with_handle(keep, Duration::from_millis(250)).ok();
}
