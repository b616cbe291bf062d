//! The commercial proposal for the customer, drawn for printing only: the
//! screen never shows it; "print proposal" draws it and prints it alone.

use super::table::Table;
use crate::widget::view::proposal::Proposal as Model;
use leptos::prelude::*;

/// The proposal of the quote on screen.
#[component]
pub fn Proposal(
    /// The proposal, `None` before any quote.
    proposal: Memo<Option<Model>>,
    /// Whether it is being printed (only then is it drawn).
    printing: RwSignal<bool>,
) -> impl IntoView {
    let part = move |f: fn(&Model) -> String| move || proposal.with(|p| p.as_ref().map(f));
    let header =
        move || proposal.with(|p| p.as_ref().map(|p| p.header.clone()).unwrap_or_default());
    let table = Memo::new(move |_| {
        proposal.with(|p| p.as_ref().map(|p| p.table.clone()).unwrap_or_default())
    });
    view! {
        <Show when=move || printing.get()>
        <section class="pc-proposal" data-testid="proposal">
            <h2>{part(|p| p.title.clone())}</h2>
            <For each=header key=String::clone children=|line| view! { <p>{line}</p> } />
            <Table table=table.into() />
            {move || proposal.with(|p| p.as_ref().and_then(|p| p.discount.clone())).map(|d| view! { <p data-testid="proposal-discount">{d}</p> })}
            <p class="pc-proposal-total">{part(|p| p.total.clone())}</p>
            <p>{part(|p| p.validity.clone())}</p>
            <p class="pc-proposal-note">{part(|p| p.disclaimer.clone())}</p>
        </section>
        </Show>
    }
}
