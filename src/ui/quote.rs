//! The quote as a person reads it below its figures: the waterfall, the
//! caveats and the way to the next tier, drawn from their view-models.

use super::calc::Calc;
use super::table::Table;
use crate::text::{deal_texts, texts};
use crate::widget::form::Pricing;
use crate::widget::view::cards::Cards;
use crate::widget::view::sale::Sale;
use crate::widget::view::{deal, waterfall};
use leptos::prelude::*;
use std::sync::Arc;

/// The quote on screen (the last valid one while the input is bad).
#[component]
pub fn Quote(
    /// The figures and sentences around the quote, `None` before any quote.
    figures: Memo<Option<Cards>>,
    /// The quote on screen, `None` before any.
    shown: Memo<Option<Arc<Pricing>>>,
    /// The sale to the customer, when a customer price is asked for.
    sale: Memo<Option<Sale>>,
) -> impl IntoView {
    let state = expect_context::<Calc>().state;
    let lang = move || state.with(|w| w.form.lang);
    let waterfall = Memo::new(move |_| {
        shown.with(|q| {
            q.as_ref()
                .map(|q| waterfall::table(q, lang()))
                .unwrap_or_default()
        })
    });
    // The table of a deal's lines, each with its figures (none for one line).
    let lines = Memo::new(move |_| {
        shown.with(|q| {
            state.with(|w| {
                q.as_ref()
                    .and_then(|q| deal::table(&w.form, w.programmes(), q))
            })
        })
    });
    let t = move || texts(state.with(|w| w.form.lang));
    let next = move || figures.with(|f| f.as_ref().map(|f| f.next.clone()));
    let caveats =
        move || figures.with(|f| f.as_ref().map(|f| f.caveats.clone()).unwrap_or_default());
    let has_lines = move || lines.with(Option::is_some);
    let lines_table = Memo::new(move |_| lines.get().unwrap_or_default());
    let sale_table =
        Memo::new(move |_| sale.with(|s| s.as_ref().map(|s| s.table.clone()).unwrap_or_default()));
    let loss = move || sale.with(|s| s.as_ref().and_then(|s| s.loss.clone()));
    view! {
        <Show when=has_lines>
            <h3 class="pc-lines-title">{move || deal_texts(state.with(|w| w.form.lang)).lines_title}</h3>
            <Table table=lines_table.into() />
        </Show>
        <Table table=waterfall.into() />
        <Show when=move || sale.with(Option::is_some)>
            <Table table=sale_table.into() />
            <p class="pc-warning" role="alert" data-testid="loss" hidden=move || loss().is_none()>{loss}</p>
        </Show>
        <Show when=move || !caveats().is_empty()>
            <div class="pc-caveats">
                <h3>{move || t().caveats}</h3>
                <ul data-testid="caveats">
                    {move || caveats().into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                </ul>
            </div>
        </Show>
        <div class="pc-next">
            <h3>{move || t().next_tier}</h3>
            <p data-testid="next">{next}</p>
        </div>
    }
}
