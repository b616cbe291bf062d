//! What the calculator provides its parts as context (as Leptos'
//! `examples/counters` provides its updaters): the state, the messages next
//! to the fields and the action runner.

use crate::widget::action::Action;
use crate::widget::form::FieldError;
use crate::widget::options::Widget;
use leptos::prelude::*;

/// What the calculator's parts read and call, provided as context.
#[derive(Clone, Copy)]
pub struct Calc {
    /// The user's form inside the host's options.
    pub state: RwSignal<Widget>,
    /// The messages next to the fields.
    pub messages: Memo<Vec<FieldError>>,
    /// Runs a button's action; `false` when the host stopped it (the call
    /// to action).
    pub act: Callback<Action, bool>,
}
