//! The panel beside the quote, drawn from its view-model: the compare
//! table with its chart, the what-if standings, or why neither can be drawn.

use super::bound::field;
use super::chart::Chart;
use super::deck::Deck;
use super::table::Table;
use crate::widget::view::panel::Panel as Model;
use leptos::prelude::*;

/// The compare or what-if view (nothing while the quote view is on).
#[component]
pub fn Panel(
    /// What the panel shows.
    panel: Memo<Model>,
    /// The widget's number on the page (its fields' ids are `pc{uid}-…`).
    uid: usize,
) -> impl IntoView {
    // Memos, so that each part is copied once per change, not once per reader.
    let comparison = Memo::new(move |_| {
        panel.with(|p| match p {
            Model::Compare(c) => c.clone(),
            _ => Default::default(),
        })
    });
    let what_if = Memo::new(move |_| {
        panel.with(|p| match p {
            Model::WhatIf(_, d) => d.clone(),
            _ => Default::default(),
        })
    });
    let table = Memo::new(move |_| comparison.with(|c| c.table.clone()));
    let chart = Memo::new(move |_| comparison.with(|c| c.chart.clone()));
    // The what-if view's own field, kept while the view is on.
    let plan = Memo::new(move |_| match panel.get() {
        Model::WhatIf(c, _) => Some(c),
        _ => None,
    });
    let stale = move || match panel.get() {
        Model::Stale(s) => Some(s),
        _ => None,
    };
    let is = move |on: fn(&Model) -> bool| move || panel.with(on);
    view! {
        <Show when=move || stale().is_some()>
            <p class="pc-stale">{stale}</p>
        </Show>
        <Show when=is(|p| matches!(p, Model::Compare(_)))>
            <h3>{move || comparison.with(|c| c.title.clone())}</h3>
            <p class="pc-hint">{move || comparison.with(|c| c.hint.clone())}</p>
            <Table table=table.into() />
            <p class="pc-hint" data-testid="best-note">{move || comparison.with(|c| c.note.clone())}</p>
            <Chart chart=chart.into() />
        </Show>
        <Show when=is(|p| matches!(p, Model::WhatIf(..)))>
            <div class="pc-plan">{move || plan.get().map(|c| field(c, uid))}</div>
            <Deck deck=what_if.into() />
        </Show>
    }
}
