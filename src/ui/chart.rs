//! The margin chart: a horizontal bar per tier, drawn as SVG from its
//! view-model, each bar under its label with its figure after it.

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
            <svg
                class="pc-chart"
                role="img"
                aria-label=move || chart.with(|c| c.label.clone())
                data-testid="chart"
                viewBox=move || chart.with(|c| format!("0 0 640 {}", c.height))
            >
                <For each=bars key=Bar::clone children=bar />
            </svg>
        </Show>
    }
}

/// One bar with its label and figure.
fn bar(bar: Bar) -> impl IntoView {
    let y = bar.y as i64;
    view! {
        <text x="0" y=y + 12>{bar.label}</text>
        <rect x="0" y=y + 16 width=bar.width height="12" rx="3"></rect>
        <text x=bar.width + 6 y=y + 27>{bar.figure}</text>
    }
}
