//! The quote's two figures, the partner's price and margin, drawn from
//! their view-model. On a phone they stay in sight while the form is
//! edited (the stylesheet makes them sticky).

use super::calc::Calc;
use crate::text::texts;
use crate::widget::view::cards::Cards;
use leptos::prelude::*;

/// The partner's price and margin (the last valid ones while the input is bad).
#[component]
pub fn Figures(
    /// The figures around the quote, `None` before any quote.
    figures: Memo<Option<Cards>>,
    /// The widget's number on the page (the net price's label is `pc{uid}-net`).
    uid: usize,
) -> impl IntoView {
    let state = expect_context::<Calc>().state;
    let t = move || texts(state.with(|w| w.form.lang));
    let figure = move |pick: fn(&Cards) -> &String| {
        move || figures.with(|f| f.as_ref().map(|f| pick(f).clone()))
    };
    view! {
        <dl class="pc-figures">
            <div>
                <dt id=format!("pc{uid}-net")>{move || t().net}</dt>
                <dd class="pc-net" data-testid="net">{figure(|f| &f.net)}</dd>
            </div>
            <div>
                <dt>{move || t().margin}</dt>
                <dd class="pc-margin" data-testid="margin">{figure(|f| &f.margin)}</dd>
                {move || figures.with(|f| f.as_ref().and_then(|f| f.left.clone())).map(|left| view! {
                    <dd class="pc-left" data-testid="margin-left">{left}</dd>
                })}
            </div>
        </dl>
    }
}
