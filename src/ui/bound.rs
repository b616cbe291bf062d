//! A field bound to the calculator whose context is provided: it reads its
//! value (from its line's memo for a line's field) and its message, and
//! edits the form. The form, each line and the what-if panel draw their
//! fields through it.

use super::calc::Calc;
use super::field::Field;
use crate::widget::form::Line as LineState;
use crate::widget::view::controls::{message_of, Control};
use leptos::prelude::*;

/// The field of `control`, reading its value and message from the
/// calculator and editing its form.
pub(super) fn field(control: Control, uid: usize) -> impl IntoView {
    line_field(control, uid, None)
}

/// The field of `control`; a field of a line reads its value from `line`,
/// that line's memo, so that typing in one line leaves the others' fields
/// alone.
pub(super) fn line_field(
    control: Control,
    uid: usize,
    line: Option<Memo<LineState>>,
) -> impl IntoView {
    let Calc {
        state, messages, ..
    } = expect_context::<Calc>();
    let input = control.input.clone();
    // A memo: the field is written only when its own value changes.
    let value = {
        let input = input.clone();
        Memo::new(move |_| {
            let own = line.and_then(|l| l.with(|l| input.line_value(l)));
            own.unwrap_or_else(|| state.with(|w| input.value(&w.form)))
        })
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
        <Field id=format!("pc{uid}-{}", control.id) control value=value.into() message on_change />
    }
}
