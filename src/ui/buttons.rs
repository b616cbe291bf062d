//! A group of buttons drawn from their view-model: the view and language
//! switches (pressed or not) and the actions. Each click runs its typed
//! action.

use super::calc::Calc;
use crate::widget::view::chrome::{Button, Buttons as Model};
use leptos::prelude::*;

/// A group of buttons, each of class `class`.
#[component]
pub fn Buttons(
    /// The group's name and buttons.
    group: Signal<Model>,
    /// The buttons' class.
    class: &'static str,
    /// The group's own class.
    group_class: &'static str,
) -> impl IntoView {
    let act = expect_context::<Calc>().act;
    let button = move |b: Button| {
        let action = b.action;
        view! {
            <button
                type="button"
                class=class
                data-testid=action.name()
                aria-pressed=b.pressed.map(|on| if on { "true" } else { "false" })
                on:click=move |_| {
                    act.run(action);
                }
            >
                {b.label}
            </button>
        }
    };
    let label = move || group.with(|g| (!g.label.is_empty()).then(|| g.label.clone()));
    view! {
        <div class=group_class role=move || label().map(|_| "group") aria-label=label>
            <For each=move || group.with(|g| g.buttons.clone()) key=Button::clone children=button />
        </div>
    }
}
