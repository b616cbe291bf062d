//! The margin chart: a bar per tier, drawn from its view-model as a list,
//! each bar under its label with its figure after it. Text stays at the
//! widget's own size at every width (an SVG would scale it down).

use crate::widget::view::compare::{Bar, Chart as Model};
use leptos::prelude::*;

/// A bar chart of discounts (nothing when it has no bars).
#[component]
pub fn Chart(
    /// What the chart shows.
    chart: Signal<Model>,
) -> impl IntoView {
    let bars = move || chart.with(|c| c.bars.clone());
    view! {
        <Show when=move || chart.with(|c| !c.bars.is_empty())>
            <figure class="pc-chart" data-testid="chart">
                <figcaption class="pc-sr">{move || chart.with(|c| c.label.clone())}</figcaption>
                <ul>
                    <For each=bars key=Bar::clone children=bar />
                </ul>
            </figure>
        </Show>
    }
}

/// One bar with its label and figure; its length is its share of the
/// longest bar.
fn bar(bar: Bar) -> impl IntoView {
    view! {
        <li>
            <span class="pc-bar-label">{bar.label}</span>
            <span class="pc-bar-line">
                <span class="pc-bar" style:width=format!("{}%", bar.width)></span>
                <span class="pc-bar-figure">{bar.figure}</span>
            </span>
        </li>
    }
}
