//! The programme's tiers for this deal: each tier's discount, threshold,
//! requirements and benefits, with the current one marked.

use super::strings::strings;
use crate::engine::form::Form;
use crate::engine::format::{money, percent};
use crate::model::Fact;
use crate::programmes::ALL;
use leptos::prelude::*;

/// The tier ladder of the form's programme, priced for the form's deal.
#[component]
pub fn Ladder(form: RwSignal<Form>) -> impl IntoView {
    move || {
        form.with(|f| {
            let s = strings(f.lang);
            let lang = f.lang;
            let programme = f.programme(ALL)?;
            let facts = |title: &'static str, facts: &[Fact]| {
                (!facts.is_empty()).then(|| {
                    let items: Vec<String> = facts.iter().map(|x| x.text.get(lang).to_string()).collect();
                    view! {
                        <details>
                            <summary>{title}</summary>
                            <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                        </details>
                    }
                })
            };
            let rungs = f
                .ladder(ALL)
                .into_iter()
                .map(|(tier, quote)| {
                    let current = tier.id == f.tier;
                    let discount = match quote.as_ref().and_then(|q| q.effective_discount_percent) {
                        Some(p) => percent(p, lang),
                        None => s.agreed.to_string(),
                    };
                    let threshold = tier.threshold.as_ref().map(|t| money(t.amount.0, programme.currency, lang));
                    view! {
                        <li class="pc-rung" class:pc-current=current aria-current=current.then_some("true")>
                            <div class="pc-rung-head">
                                <strong>{tier.name.get(lang).to_string()}</strong>
                                {current.then(|| view! { <span class="pc-badge">{s.current}</span> })}
                                <span class="pc-rung-discount">{discount}</span>
                            </div>
                            {threshold.map(|t| view! { <p class="pc-hint">{format!("≥ {t}")}</p> })}
                            {facts(s.requirements, &tier.requirements)}
                            {facts(s.benefits, &tier.benefits)}
                        </li>
                    }
                })
                .collect_view();
            let notes: Vec<String> = programme
                .notes
                .iter()
                .chain(f.product_of(ALL).map(|p| p.notes.as_ref()).unwrap_or_default())
                .map(|n| n.text.get(lang).to_string())
                .collect();
            Some(view! {
                <section class="pc-ladder">
                    <h3>{s.ladder}</h3>
                    <ol>{rungs}</ol>
                    <h3>{s.notes}</h3>
                    <ul class="pc-notes">{notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </section>
            })
        })
    }
}
