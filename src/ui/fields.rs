//! Labelled inputs: selects and number fields with their messages. Every
//! element is always rendered (hidden when empty) so the view types stay
//! few and the wasm stays small.

use leptos::prelude::*;

/// A labelled `<select>` of (id, name) options.
#[component]
pub fn Select(
    id: String,
    label: Signal<String>,
    options: Signal<Vec<(String, String)>>,
    value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="pc-field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev))>
                {move || option_list(options.get(), &value.get())}
            </select>
        </div>
    }
}

/// A labelled text field for a number typed in the user's notation, with a
/// hint and a message next to it; a message sets `aria-invalid`.
#[component]
pub fn NumberField(
    id: String,
    label: Signal<String>,
    value: Signal<String>,
    error: Signal<Option<String>>,
    on_input: Callback<String>,
    #[prop(optional)] numeric: bool,
    #[prop(optional)] hint: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let invalid = move || error.with(Option::is_some);
    view! {
        <div class="pc-field" class:pc-invalid=invalid>
            <label for=id.clone()>{label}</label>
            <input id=id type="text" autocomplete="off" spellcheck="false"
                inputmode=if numeric { "numeric" } else { "decimal" }
                aria-invalid=move || invalid().to_string()
                aria-describedby=format!("{error_id} {hint_id}")
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev)) />
            <p class="pc-error" id=error_id hidden=move || !invalid()>{move || error.get().unwrap_or_default()}</p>
            <p class="pc-hint" id=hint_id hidden=move || hint.with(Option::is_none)>{move || hint.get().unwrap_or_default()}</p>
        </div>
    }
}

/// `<option>`s for (id, name) pairs with `current` selected; one view type
/// for every select of the widget.
pub fn option_list(options: Vec<(String, String)>, current: &str) -> Vec<impl IntoView> {
    options
        .into_iter()
        .map(|(id, name)| {
            let selected = id == current;
            view! { <option value=id selected=selected>{name}</option> }
        })
        .collect()
}

/// `<li>`s for texts; one view type for every list of the widget.
pub fn items(texts: Vec<String>) -> Vec<impl IntoView> {
    texts
        .into_iter()
        .map(|text| view! { <li>{text}</li> })
        .collect()
}
