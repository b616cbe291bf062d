//! One line of the deal in the form: its fields, its situation's
//! condition, its own steps, and the buttons that duplicate and remove it.
//! It takes focus when the form asks for it (a new line, or the neighbour
//! of a removed one).

use super::bound::line_field;
use super::calc::Calc;
use crate::widget::view::controls::{Control, Controls, LineControls};
use leptos::html::Fieldset;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The line with key `key` among `controls`' lines.
#[component]
pub fn Line(
    /// The line's key.
    key: u32,
    /// The form's controls.
    controls: Memo<Controls>,
    /// The widget's number on the page.
    uid: usize,
    /// The line whose first field takes focus next.
    focus: RwSignal<Option<u32>>,
    /// Duplicates the line at this index.
    on_duplicate: Callback<usize>,
    /// Removes the line at this index.
    on_remove: Callback<usize>,
) -> impl IntoView {
    let line = Memo::new(move |_| {
        controls.with(|c| {
            c.lines
                .iter()
                .find(|l| l.key == key)
                .cloned()
                .unwrap_or_default()
        })
    });
    let part = move |f: fn(&LineControls) -> Vec<Control>| move || line.with(f);
    let fields = part(|l| l.fields.clone());
    let steps = part(|l| l.steps.clone());
    // The line's own values, which its fields read.
    let state = expect_context::<Calc>().state;
    let values = Memo::new(move |_| {
        state.with(|w| {
            w.form
                .lines
                .iter()
                .find(|l| l.key == key)
                .cloned()
                .unwrap_or_default()
        })
    });
    let field = move |control: Control| line_field(control, uid, Some(values));
    let root = NodeRef::<Fieldset>::new();
    // Focus is the world outside the view: set once the line is drawn.
    Effect::new(move |_| {
        if focus.get() != Some(key) {
            return;
        }
        let first = root
            .get()
            .and_then(|f| f.elements().item(0))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(first) = first {
            let _ = first.focus();
            focus.set(None);
        }
    });
    let index = move || line.with(|l| l.index);
    view! {
        <fieldset class="pc-line" node_ref=root data-testid="line" data-line=move || index() + 1>
            <legend>{move || line.with(|l| l.title.clone())}</legend>
            <For each=fields key=Control::clone children=field />
            {move || line.with(|l| l.condition.clone()).map(|c| view! { <p class="pc-hint" data-testid="condition">{c}</p> })}
            <For each=steps key=Control::clone children=field />
            <div class="pc-line-actions">
                <button
                    type="button"
                    class="pc-action"
                    data-testid="duplicate-line"
                    aria-label=move || line.with(|l| l.duplicate.clone())
                    on:click=move |_| on_duplicate.run(index())
                >
                    {move || line.with(|l| l.duplicate_button.clone())}
                </button>
                <button
                    type="button"
                    class="pc-action"
                    data-testid="remove-line"
                    hidden=move || line.with(|l| l.remove.is_empty())
                    aria-label=move || line.with(|l| l.remove.clone())
                    on:click=move |_| on_remove.run(index())
                >
                    {move || line.with(|l| l.remove_button.clone())}
                </button>
            </div>
        </fieldset>
    }
}
