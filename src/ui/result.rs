//! The quote as a person reads it: net price and margin, the waterfall,
//! what is paid later, the caveats and the way to the next tier.

use super::strings::strings;
use crate::engine::describe::{next_tier, summary};
use crate::engine::format::{money, number, percent};
use crate::engine::{Quote, QuoteStep};
use crate::model::Lang;
use leptos::prelude::*;

/// Renders one quote in `lang`.
#[component]
pub fn QuoteView(uid: usize, quote: Quote, lang: Lang) -> impl IntoView {
    let s = strings(lang);
    let m = move |amount| money(amount, quote.currency, lang);
    let agreed = || s.agreed.to_string();
    let net = quote.net_total.map(m).unwrap_or_else(agreed);
    let margin = match (quote.margin, quote.effective_discount_percent) {
        (Some(a), Some(p)) => format!("{} · {}", m(a), percent(p, lang)),
        _ => agreed(),
    };
    let (invoice, later): (Vec<&QuoteStep>, Vec<&QuoteStep>) = quote.steps.iter().partition(|s| s.paid_later.is_none());
    let row = |step: &QuoteStep| {
        let pct = step.percent.map(|p| percent(p, lang)).unwrap_or_default();
        let amount = step.amount.map(|a| format!("−{}", m(a))).unwrap_or_else(agreed);
        view! {
            <tr class:pc-capped=step.capped>
                <th scope="row">{step.label.get(lang).to_string()}</th>
                <td class="pc-num">{pct}</td>
                <td class="pc-num">{amount}</td>
            </tr>
        }
    };
    let later_rows: Vec<_> = later.iter().filter(|s| s.amount.is_some_and(|a| !a.is_zero())).map(|s| row(s)).collect();
    let later_total = (!later_rows.is_empty()).then(|| {
        let total = quote.total_benefit_percent.map(|p| percent(p, lang)).unwrap_or_default();
        view! {
            <tbody class="pc-later">
                <tr><th colspan="3" scope="rowgroup">{s.paid_later}</th></tr>
                {later_rows}
                <tr class="pc-total"><th scope="row">{s.paid_later}</th><td class="pc-num">{total}</td><td class="pc-num">{m(quote.paid_later_total)}</td></tr>
            </tbody>
        }
    });
    let list_label = format!("{} ({} × {})", s.list_total, number(quote.quantity, lang), m(quote.unit_price));
    let next = match &quote.next_tier {
        Some(n) => next_tier(n, &quote, lang),
        None => s.top_tier.to_string(),
    };
    let caveats: Vec<String> = quote.caveats.iter().map(|c| c.text.get(lang).to_string()).collect();
    view! {
        <p class="pc-sr" aria-live="polite" aria-atomic="true">{summary(&quote, lang)}</p>
        <dl class="pc-figures">
            <div><dt id=format!("pc{uid}-net")>{s.net}</dt><dd class="pc-net" data-testid="net">{net}</dd></div>
            <div><dt>{s.margin}</dt><dd class="pc-margin" data-testid="margin">{margin}</dd></div>
        </dl>
        <table class="pc-waterfall">
            <thead><tr><th scope="col">{s.step}</th><th scope="col" class="pc-num">"%"</th><th scope="col" class="pc-num">{s.amount}</th></tr></thead>
            <tbody>
                <tr><th scope="row">{list_label}</th><td></td><td class="pc-num" data-testid="list">{m(quote.list_total)}</td></tr>
                {invoice.into_iter().map(row).collect_view()}
                <tr class="pc-total">
                    <th scope="row">{s.net}</th>
                    <td class="pc-num">{quote.effective_discount_percent.map(|p| format!("−{}", percent(p, lang)))}</td>
                    <td class="pc-num">{quote.net_total.map(m).unwrap_or_else(agreed)}</td>
                </tr>
            </tbody>
            {later_total}
        </table>
        {(!caveats.is_empty()).then(|| view! {
            <div class="pc-caveats">
                <h3>{s.caveats}</h3>
                <ul>{caveats.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </div>
        })}
        <div class="pc-next">
            <h3>{s.next_tier}</h3>
            <p data-testid="next">{next}</p>
        </div>
    }
}
