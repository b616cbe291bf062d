//! The commercial proposal for the customer, drawn for printing only: the
//! screen never shows it; "print proposal" prints it alone.

use super::table::Table;
use crate::widget::view::proposal::Proposal as Model;
use leptos::prelude::*;

/// The proposal of the quote on screen.
#[component]
pub fn Proposal(
    /// The proposal, `None` before any quote.
    proposal: Memo<Option<Model>>,
) -> impl IntoView {
    let part = move |f: fn(&Model) -> String| move || proposal.with(|p| p.as_ref().map(f));
    let header =
        move || proposal.with(|p| p.as_ref().map(|p| p.header.clone()).unwrap_or_default());
    view! {
        <section class="pc-proposal" data-testid="proposal">
            <h2>{part(|p| p.title.clone())}</h2>
            <For each=header key=String::clone children=|line| view! { <p>{line}</p> } />
            <Table table=Signal::derive(move || proposal.with(|p| p.as_ref().map(|p| p.table.clone()).unwrap_or_default())) />
            <p class="pc-proposal-total">{part(|p| p.total.clone())}</p>
            <p>{part(|p| p.validity.clone())}</p>
            <p class="pc-proposal-note">{part(|p| p.disclaimer.clone())}</p>
        </section>
    }
}
