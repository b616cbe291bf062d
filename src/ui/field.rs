//! One control of the form, drawn from its view-model: a select, a number
//! field with its message and hint, or a checkbox, each with its label.

use crate::widget::view::controls::{Control, Input};
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// A field of the form.
///
/// The value is set both as an attribute (the prerendered first screen
/// shows it) and as a property (it follows changes made from outside the
/// field, such as a reset or the host's price, after the user has typed).
#[component]
pub fn Field(
    /// The element id (`pc{n}-{control}`).
    id: String,
    /// What the control is, with its label.
    control: Control,
    /// Its value as the form holds it (`true`/`false` for a checkbox).
    value: Signal<String>,
    /// Its message while the value is refused.
    message: Signal<Option<String>>,
    /// Called with the new value on each change.
    on_change: Callback<String>,
) -> impl IntoView {
    let Control { label, input, .. } = control;
    match input {
        Input::Select(_, options) | Input::OneOf(_, _, options) => EitherOf3::A(view! {
            <div class="pc-field">
                <label for=id.clone()>{label}</label>
                <select id=id on:change:target=move |ev| on_change.run(ev.target().value())>
                    {options
                        .into_iter()
                        .map(|(v, name)| {
                            let at_first = value.with_untracked(|x| *x == v);
                            let on = {
                                let v = v.clone();
                                move || value.with(|x| *x == v)
                            };
                            view! {
                                <option value=v selected=at_first prop:selected=on>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        }),
        Input::Number(_, mode, hint) => {
            let error_id = format!("{id}-error");
            let hint_id = format!("{id}-hint");
            let no_hint = hint.is_empty();
            EitherOf3::B(view! {
                <div class="pc-field">
                    <label for=id.clone()>{label}</label>
                    <input
                        type="text"
                        id=id
                        inputmode=mode
                        autocomplete="off"
                        aria-invalid=move || if message.with(Option::is_some) { "true" } else { "false" }
                        aria-describedby=format!("{error_id} {hint_id}")
                        value=value.get_untracked()
                        prop:value=value
                        on:input:target=move |ev| on_change.run(ev.target().value())
                    />
                    <p class="pc-error" id=error_id hidden=move || message.with(Option::is_none)>
                        {message}
                    </p>
                    // No text node for an empty hint (one would render as a space).
                    <p class="pc-hint" id=hint_id hidden=no_hint>
                        {(!no_hint).then_some(hint)}
                    </p>
                </div>
            })
        }
        Input::Bonus(..) => {
            let on = move || value.with(|x| x == "true");
            EitherOf3::C(view! {
                <div class="pc-check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        checked=value.with_untracked(|x| x == "true")
                        prop:checked=on
                        on:change:target=move |ev| on_change.run(ev.target().checked().to_string())
                    />
                    <label for=id>{label}</label>
                </div>
            })
        }
    }
}
