//! The programme's tiers for this deal: each tier's discount, threshold,
//! requirements and benefits, with the current one marked. The rungs are
//! rebuilt only when the programme or language changes, so an opened
//! `<details>` stays open while the user types.

use super::fields::items;
use super::strings::strings;
use crate::engine::form::Form;
use crate::engine::format::{money, percent};
use crate::model::Fact;
use crate::programmes::ALL;
use leptos::prelude::*;

/// A tier as the ladder shows it.
#[derive(Clone, PartialEq)]
struct Rung {
    id: String,
    name: String,
    threshold: String,
    requirements: Vec<String>,
    benefits: Vec<String>,
}

/// The rungs of the form's programme, worded in its language.
fn rungs(form: &Form) -> Vec<Rung> {
    let lang = form.lang;
    let texts = |facts: &[Fact]| facts.iter().map(|f| f.text.get(lang).to_string()).collect();
    form.programme(ALL)
        .map(|p| {
            p.tiers
                .iter()
                .map(|t| Rung {
                    id: t.id.to_string(),
                    name: t.name.get(lang).to_string(),
                    threshold: t
                        .threshold
                        .as_ref()
                        .map(|th| format!("≥ {}", money(th.amount.0, p.currency, lang)))
                        .unwrap_or_default(),
                    requirements: texts(&t.requirements),
                    benefits: texts(&t.benefits),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The discount this deal gets at `tier`, or the words for an agreed price.
fn discount_at(form: &Form, tier: &str) -> String {
    let at = Form {
        tier: tier.to_string(),
        ..form.clone()
    };
    match at
        .quote(ALL)
        .ok()
        .and_then(|q| q.effective_discount_percent)
    {
        Some(p) => percent(p, form.lang),
        None => strings(form.lang).agreed.to_string(),
    }
}

/// The programme's and the product's terms, worded in the form's language.
fn notes(form: &Form) -> Vec<String> {
    let programme = form
        .programme(ALL)
        .map(|p| p.notes.as_ref())
        .unwrap_or_default();
    let product = form
        .product_of(ALL)
        .map(|p| p.notes.as_ref())
        .unwrap_or_default();
    programme
        .iter()
        .chain(product)
        .map(|n| n.text.get(form.lang).to_string())
        .collect()
}

/// A collapsible list of facts; hidden when empty.
fn facts(title: &'static str, texts: Vec<String>) -> impl IntoView {
    let empty = texts.is_empty();
    view! {
        <details hidden=empty>
            <summary>{title}</summary>
            <ul>{items(texts)}</ul>
        </details>
    }
}

/// The tier ladder of the form's programme, priced for the form's deal.
#[component]
pub fn Ladder(form: RwSignal<Form>) -> impl IntoView {
    let list = Memo::new(move |_| form.with(rungs));
    let s = move || strings(form.with(|f| f.lang));
    view! {
        <section class="pc-ladder">
            <h3>{move || s().ladder}</h3>
            <ol data-testid="ladder">
                {move || {
                    let s = s();
                    list.get().into_iter().map(|rung| {
                        let (a, b, c) = (rung.id.clone(), rung.id.clone(), rung.id);
                        let no_threshold = rung.threshold.is_empty();
                        view! {
                            <li class="pc-rung" class:pc-current=move || form.with(|f| f.tier == a)
                                aria-current=move || form.with(|f| (f.tier == b).to_string())>
                                <div class="pc-rung-head">
                                    <strong>{rung.name}</strong>
                                    <span class="pc-rung-discount">{move || form.with(|f| discount_at(f, &c))}</span>
                                </div>
                                <p class="pc-hint" hidden=no_threshold>{rung.threshold}</p>
                                {facts(s.requirements, rung.requirements)}
                                {facts(s.benefits, rung.benefits)}
                            </li>
                        }
                    }).collect::<Vec<_>>()
                }}
            </ol>
            <h3>{move || s().notes}</h3>
            <ul class="pc-notes">{move || items(form.with(notes))}</ul>
        </section>
    }
}
