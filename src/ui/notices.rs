//! The notices above the result, drawn from their view-models: why the
//! quote on screen is not the form's, what a link or the host's options
//! could not apply, and that the page brought back the last visit (with its
//! one-click start again).

use super::calc::Calc;
use crate::widget::action::Action;
use leptos::prelude::*;

/// The notices; each is hidden while it has nothing to say.
#[component]
pub fn Notices(
    /// Why the last valid quote stays on screen, while the form does not price.
    stale: Memo<Option<String>>,
    /// What a link or the host's options could not apply.
    notice: Memo<Option<String>>,
    /// The restored-visit notice and its button's label.
    restored: Memo<Option<(String, String)>>,
) -> impl IntoView {
    let act = expect_context::<Calc>().act;
    view! {
        <p class="pc-stale" role="status" hidden=move || stale.with(Option::is_none)>
            {stale}
        </p>
        <p class="pc-notice" role="status" data-testid="notice" hidden=move || notice.with(Option::is_none)>
            {notice}
        </p>
        <p class="pc-notice" data-testid="restored" hidden=move || restored.with(Option::is_none)>
            {move || restored.with(|r| r.as_ref().map(|r| r.0.clone()))}
            " "
            <button
                type="button"
                class="pc-action"
                data-testid="start-again"
                on:click=move |_| {
                    act.run(Action::Reset);
                }
            >
                {move || restored.with(|r| r.as_ref().map(|r| r.1.clone()))}
            </button>
        </p>
    }
}
