//! Where the widget's state lives between visits: the page's URL (so a link
//! restores the exact quote) and `localStorage` (so a reload does). A URL
//! carrying state wins over the stored copy. Only the page's first widget
//! keeps its state there.

use crate::engine::form::Form;
use crate::engine::state::{decode, encode, Ignored};
use crate::model::Lang;
use crate::programmes::ALL;
use leptos::prelude::window;
use wasm_bindgen::JsValue;
use web_sys::Storage;

/// The `localStorage` key.
const KEY: &str = "partner-calc";

/// The parameters a state link carries (others belong to the host page).
const PARAMS: [&str; 4] = ["lang=", "vendor=", "qty=", "price="];

fn storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The state to start from: the URL's, else the stored one, else the
/// defaults for `vendor`; with the link's parameters that could not be used.
pub fn initial(vendor: &str) -> (Form, Vec<Ignored>) {
    let search = window().location().search().unwrap_or_default();
    if search
        .trim_start_matches('?')
        .split('&')
        .any(|p| PARAMS.iter().any(|name| p.starts_with(name)))
    {
        return decode(ALL, &search);
    }
    match storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
        Some(saved) => (decode(ALL, &saved).0, Vec::new()),
        None => (Form::new(ALL, vendor, Lang::Ru), Vec::new()),
    }
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
