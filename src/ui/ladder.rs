//! The tier ladder drawn from its view-model: the programme's tiers as
//! cards, the current one marked, then the programme's terms.

use super::deck::Deck;
use crate::widget::view::ladder::Ladder as Model;
use leptos::prelude::*;

/// The ladder of the form's programme (nothing without one).
#[component]
pub fn Ladder(
    /// The tiers and terms.
    ladder: Memo<Model>,
) -> impl IntoView {
    let deck = Memo::new(move |_| ladder.with(|l| l.deck.clone()));
    view! {
        <Show when=move || ladder.with(|l| !l.deck.cards.is_empty())>
            <Deck deck=deck.into() />
            <h3>{move || ladder.with(|l| l.notes_title.clone())}</h3>
            <ul class="pc-notes">
                {move || ladder.with(|l| l.notes.clone()).into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
        </Show>
    }
}
