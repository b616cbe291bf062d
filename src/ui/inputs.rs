//! The form: the deal's fields, the situation's condition, then the
//! adjustable steps in their group, each field keyed by its control so
//! that a field keeps its element (and focus) while only its value changes.

use super::calc::Calc;
use super::field::Field;
use crate::widget::view::controls::{message_of, Control, Controls};
use leptos::prelude::*;

/// The form of the calculator whose context is provided; `uid` prefixes
/// the element ids.
#[component]
pub fn Inputs(
    /// The controls to draw.
    controls: Memo<Controls>,
    /// The widget's number on the page.
    uid: usize,
) -> impl IntoView {
    let deal = move || controls.with(|c| c.deal.clone());
    let steps = move || controls.with(|c| c.steps.clone());
    let condition = move || controls.with(|c| c.condition.clone());
    let paid_later = move || controls.with(|c| c.paid_later.clone());
    let field = move |control: Control| field(control, uid);
    view! {
        <form class="pc-inputs" on:submit=|ev| ev.prevent_default()>
            <Show when=move || controls.with(|c| !c.programme.is_empty())>
                <p class="pc-programme" data-testid="programme">{move || controls.with(|c| c.programme.clone())}</p>
            </Show>
            <For each=deal key=Control::clone children=field />
            {move || condition().map(|c| view! { <p class="pc-hint" data-testid="condition">{c}</p> })}
            <Show when=move || controls.with(|c| !c.steps.is_empty())>
                <fieldset class="pc-choices">
                    <legend>{move || controls.with(|c| c.legend.clone())}</legend>
                    <For each=steps key=Control::clone children=field />
                    {move || paid_later().map(|p| view! { <p class="pc-hint">{p}</p> })}
                </fieldset>
            </Show>
        </form>
    }
}

/// The field of `control`, reading its value and message from the
/// calculator and editing its form.
pub(super) fn field(control: Control, uid: usize) -> impl IntoView {
    let Calc {
        state, messages, ..
    } = expect_context::<Calc>();
    let input = control.input.clone();
    let value = {
        let input = input.clone();
        Signal::derive(move || state.with(|w| input.value(&w.form)))
    };
    let message = {
        let field = input.field().cloned();
        Signal::derive(move || {
            let field = field.as_ref()?;
            messages.with(|m| message_of(m, field))
        })
    };
    let on_change = Callback::new(move |value: String| {
        if let Some(edit) = input.edit(value) {
            state.update(|w| w.edit(edit));
        }
    });
    view! {
        <Field id=format!("pc{uid}-{}", control.id) control value message on_change />
    }
}
