//! Cards under a heading, drawn from their view-model: the tier ladder and
//! the what-if standings. Cards are keyed and each part is a memo, so while
//! the user types only the figures change and an opened list stays open.

use crate::widget::view::card::{self, List};
use leptos::either::Either;
use leptos::prelude::*;

/// A heading, a hint and a list of cards.
#[component]
pub fn Deck(
    /// What the deck holds.
    deck: Signal<card::Deck>,
) -> impl IntoView {
    let title = move || deck.with(|d| d.title.clone());
    let hint = move || deck.with(|d| d.hint.clone());
    let keys = move || deck.with(card::Deck::keys);
    let card = move |key: String| {
        let card = Memo::new(move |_| deck.with(|d| d.card(&key).cloned().unwrap_or_default()));
        view! { <Card card /> }
    };
    view! {
        <h3>{title}</h3>
        <p class="pc-hint" hidden=move || hint().is_empty()>{move || some(&hint())}</p>
        <ol data-testid=move || deck.with(|d| d.testid)>
            <For each=keys key=String::clone children=card />
        </ol>
    }
}

/// One card: title and figure, lines, hint and lists.
#[component]
fn Card(
    /// What the card holds.
    card: Memo<card::Card>,
) -> impl IntoView {
    let lines = Memo::new(move |_| card.with(|c| c.lines.clone()));
    let lists = Memo::new(move |_| card.with(|c| c.lists.clone()));
    let hint = Memo::new(move |_| card.with(|c| c.hint.clone()));
    let current = move || card.with(|c| c.current);
    view! {
        <li
            class="pc-rung"
            class:pc-current=current
            aria-current=move || if current() { "true" } else { "false" }
            data-testid=move || card.with(|c| c.testid.clone())
        >
            <div class="pc-rung-head">
                <strong>{move || card.with(|c| c.title.clone())}</strong>
                <span class="pc-rung-discount">{move || card.with(|c| some(&c.figure))}</span>
            </div>
            {move || lines.get().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            <p class="pc-hint" hidden=move || hint.with(String::is_empty)>{move || hint.with(|h| some(h))}</p>
            {move || lists.get().into_iter().map(list).collect_view()}
        </li>
    }
}

/// `text`, or no text node at all when it is empty (an empty one would
/// render as a space in the prerendered HTML).
fn some(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}

/// A card's list: folded in `<details>`, or under a hint.
fn list(list: List) -> impl IntoView {
    let items = list
        .items
        .into_iter()
        .map(|i| view! { <li>{i}</li> })
        .collect_view();
    match list.folded {
        true => Either::Left(view! {
            <details>
                <summary>{list.title}</summary>
                <ul>{items}</ul>
            </details>
        }),
        false => Either::Right(view! {
            <p class="pc-hint">{list.title}</p>
            <ul class="pc-notes">{items}</ul>
        }),
    }
}
