//! The form: the programme and tier, each line of the deal, the add
//! button, what is set once for the whole deal, and the sales. Each field
//! is keyed by its control, each line by its key, so that a field keeps its
//! element (and focus) while only its value changes.

use super::bound::field;
use super::calc::Calc;
use super::line::Line;
use super::selling::Selling;
use crate::widget::form::Edit;
use crate::widget::view::controls::{added, removed, Control, Controls};
use crate::widget::view::sale::Sale;
use leptos::prelude::*;

/// The form of the calculator whose context is provided; `uid` prefixes
/// the element ids.
#[component]
pub fn Inputs(
    /// The controls to draw.
    controls: Memo<Controls>,
    /// The sale of the quote on screen, for the customer's price part.
    sale: Memo<Option<Sale>>,
    /// The widget's number on the page.
    uid: usize,
) -> impl IntoView {
    let state = expect_context::<Calc>().state;
    // The line whose first field takes focus next, and what the live region says.
    let focus = RwSignal::new(None::<u32>);
    let said = RwSignal::new(String::new());
    let deal = move || controls.with(|c| c.deal.clone());
    let shared = move || controls.with(|c| c.shared.clone());
    let sales = move || controls.with(|c| c.sales.clone());
    let proposal = move || controls.with(|c| c.proposal.1.clone());
    let keys = move || controls.with(|c| c.lines.iter().map(|l| l.key).collect::<Vec<_>>());
    let paid_later = move || controls.with(|c| c.paid_later.clone());
    let full = move || controls.with(|c| c.add.1.clone());
    let field = move |control: Control| field(control, uid);
    // Edits the lines, then moves focus to the line `pick` finds in the new
    // form and says `say` of it.
    let lines_edit = move |edit: Edit, pick: fn(&[u32], usize) -> Option<usize>| {
        let at = match &edit {
            Edit::DuplicateLine(i) | Edit::RemoveLine(i) => *i,
            _ => 0,
        };
        state.update(|w| w.edit(edit.clone()));
        let (keys, lang) = state.with_untracked(|w| {
            let keys: Vec<u32> = w.form.lines.iter().map(|l| l.key).collect();
            (keys, w.form.lang)
        });
        if let Some(i) = pick(&keys, at) {
            focus.set(keys.get(i).copied());
            said.set(match edit {
                Edit::RemoveLine(_) => removed(lang, at, keys.len()),
                _ => added(lang, i),
            });
        }
    };
    let on_add = move |_| lines_edit(Edit::AddLine, |keys, _| keys.len().checked_sub(1));
    let on_duplicate = Callback::new(move |i: usize| {
        lines_edit(Edit::DuplicateLine(i), |keys, at| {
            (at + 1 < keys.len()).then_some(at + 1)
        })
    });
    // The line that took the removed one's place, or the one before it.
    let on_remove = Callback::new(move |i: usize| {
        lines_edit(Edit::RemoveLine(i), |keys, at| {
            Some(at.min(keys.len().saturating_sub(1)))
        })
    });
    view! {
        <form class="pc-inputs" on:submit=|ev| ev.prevent_default()>
            <Show when=move || controls.with(|c| !c.programme.is_empty())>
                <p class="pc-programme" data-testid="programme">{move || controls.with(|c| c.programme.clone())}</p>
            </Show>
            <For each=deal key=Control::clone children=field />
            <div class="pc-deal-lines" data-testid="lines-form">
                <For
                    each=keys
                    key=|k| *k
                    children=move |key| view! { <Line key controls uid focus on_duplicate on_remove /> }
                />
            </div>
            <div class="pc-add">
                <button
                    type="button"
                    class="pc-action"
                    data-testid="add-line"
                    disabled=move || full().is_some()
                    aria-describedby=format!("pc{uid}-add-hint")
                    on:click=on_add
                >
                    {move || controls.with(|c| c.add.0.clone())}
                </button>
                <p class="pc-hint" id=format!("pc{uid}-add-hint") hidden=move || full().is_none()>{full}</p>
            </div>
            <p class="pc-sr" role="status" aria-live="polite" data-testid="lines-status">{move || said.get()}</p>
            <Show when=move || controls.with(|c| !c.shared.is_empty())>
                <fieldset class="pc-choices" data-testid="shared">
                    <legend>{move || controls.with(|c| c.legend.clone())}</legend>
                    <For each=shared key=Control::clone children=field />
                    {move || paid_later().map(|p| view! { <p class="pc-hint">{p}</p> })}
                </fieldset>
            </Show>
            <For each=sales key=Control::clone children=field />
            <Selling controls sale uid />
            <details class="pc-proposal-fields">
                <summary>{move || controls.with(|c| c.proposal.0.clone())}</summary>
                <For each=proposal key=Control::clone children=field />
            </details>
        </form>
    }
}
