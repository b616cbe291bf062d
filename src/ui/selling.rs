//! The customer's price part of the form: how the price is given and the
//! price, the target margin with the goal seek's answer and the button
//! that applies it, and what the programme's document says about the
//! price to the customer. Folded until used.

use super::bound::field;
use super::calc::Calc;
use crate::widget::form::Edit;
use crate::widget::view::controls::{Control, Controls};
use crate::widget::view::sale::Sale;
use leptos::prelude::*;

/// The customer's price part of the calculator whose context is provided.
#[component]
pub fn Selling(
    /// The form's controls.
    controls: Memo<Controls>,
    /// The sale of the quote on screen, with the goal seek's answer.
    sale: Memo<Option<Sale>>,
    /// The widget's number on the page.
    uid: usize,
) -> impl IntoView {
    let state = expect_context::<Calc>().state;
    let part = move |f: fn(&Controls) -> Vec<Control>| move || controls.with(f);
    let price = part(|c| c.selling.price.clone());
    let target = part(|c| c.selling.target.clone());
    let rules = move || controls.with(|c| c.selling.rules.clone());
    let goal = move || sale.with(|s| s.as_ref().and_then(|s| s.goal.clone()));
    let found = move || sale.with(|s| s.as_ref().is_some_and(|s| s.found));
    let field = move |control: Control| field(control, uid);
    // Open at first when a link or the storage brought a customer price.
    let open = state.with_untracked(|w| w.form.selling_in_use());
    view! {
        <details class="pc-selling" data-testid="selling" open=open>
            <summary>{move || controls.with(|c| c.selling.legend.clone())}</summary>
            <For each=price key=Control::clone children=field />
            <For each=target key=Control::clone children=field />
            <p class="pc-goal" data-testid="goal" aria-live="polite" hidden=move || goal().is_none()>
                {goal}
            </p>
            <button
                type="button"
                class="pc-action"
                data-testid="apply-target"
                disabled=move || !found()
                on:click=move |_| state.update(|w| w.edit(Edit::ApplyTarget))
            >
                {move || controls.with(|c| c.selling.apply.clone())}
            </button>
            <div class="pc-hint" data-testid="resale-rules">
                <p>{move || controls.with(|c| c.selling.rules_title.clone())}</p>
                <ul>{move || rules().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            </div>
        </details>
    }
}
