//! The quote as a person reads it: net price and margin, the waterfall,
//! what is paid later, the caveats and the way to the next tier. The
//! skeleton is static; only texts and row lists follow the quote.

use super::fields::items;
use super::strings::strings;
use crate::engine::describe::{next_tier, summary};
use crate::engine::format::{money, number, percent};
use crate::engine::Quote;
use crate::model::Lang;
use leptos::prelude::*;

/// One waterfall row: label, percent, amount and a row class.
type Row = (String, String, String, &'static str);

/// The waterfall from the list total to the net price, then what is paid later.
fn rows(quote: &Quote, lang: Lang) -> Vec<Row> {
    let s = strings(lang);
    let m = |amount| money(amount, quote.currency, lang);
    let line = |step: &crate::engine::QuoteStep| {
        let pct = step.percent.map(|p| percent(p, lang)).unwrap_or_default();
        let sign = if step.paid_later.is_some() {
            "+"
        } else {
            "−"
        };
        let amount = step
            .amount
            .map(|a| format!("{sign}{}", m(a)))
            .unwrap_or_else(|| s.agreed.to_string());
        (
            step.label.get(lang).to_string(),
            pct,
            amount,
            if step.capped { "pc-capped" } else { "" },
        )
    };
    let list = format!(
        "{} ({} × {})",
        s.list_total,
        number(quote.quantity, lang),
        m(quote.unit_price)
    );
    let mut rows = vec![(list, String::new(), m(quote.list_total), "")];
    rows.extend(
        quote
            .steps
            .iter()
            .filter(|st| st.paid_later.is_none())
            .map(line),
    );
    rows.push((
        s.net.to_string(),
        quote
            .effective_discount_percent
            .map(|p| format!("−{}", percent(p, lang)))
            .unwrap_or_default(),
        quote
            .net_total
            .map(m)
            .unwrap_or_else(|| s.agreed.to_string()),
        "pc-total",
    ));
    let later: Vec<Row> = quote
        .steps
        .iter()
        .filter(|st| st.paid_later.is_some() && st.amount.is_some_and(|a| !a.is_zero()))
        .map(line)
        .collect();
    if !later.is_empty() {
        rows.push((
            s.paid_later.to_string(),
            String::new(),
            String::new(),
            "pc-later",
        ));
        rows.extend(later);
        let later_percent = quote
            .total_benefit_percent
            .zip(quote.effective_discount_percent)
            .map(|(all, invoice)| all - invoice);
        let total = later_percent.map(|p| percent(p, lang)).unwrap_or_default();
        rows.push((
            s.paid_later_total.to_string(),
            total,
            m(quote.paid_later_total),
            "pc-total",
        ));
    }
    rows
}

/// The net price, or the words for a price agreed with the vendor.
fn net(quote: &Quote, lang: Lang) -> String {
    quote
        .net_total
        .map(|n| money(n, quote.currency, lang))
        .unwrap_or_else(|| strings(lang).agreed.to_string())
}

/// The margin with its percentage, or the words for a price agreed with the vendor.
fn margin(quote: &Quote, lang: Lang) -> String {
    match (quote.margin, quote.effective_discount_percent) {
        (Some(a), Some(p)) => format!("{} · {}", money(a, quote.currency, lang), percent(p, lang)),
        _ => strings(lang).agreed.to_string(),
    }
}

/// The way to the next tier, or that this is the top one.
fn next(quote: &Quote, lang: Lang) -> String {
    match &quote.next_tier {
        Some(n) => next_tier(n, quote, lang),
        None => strings(lang).top_tier.to_string(),
    }
}

/// Renders the last valid quote in the current language.
#[component]
pub fn QuoteView(uid: usize, quote: Memo<Option<Quote>>, lang: Memo<Lang>) -> impl IntoView {
    let text = move |f: fn(&Quote, Lang) -> String| {
        move || quote.with(|q| q.as_ref().map(|q| f(q, lang.get())).unwrap_or_default())
    };
    let s = move || strings(lang.get());
    let caveats = move || {
        quote.with(|q| {
            q.iter()
                .flat_map(|q| q.caveats.iter().map(|c| c.text.get(lang.get()).to_string()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="pc-sr" aria-live="polite" aria-atomic="true">{text(summary)}</p>
        <dl class="pc-figures">
            <div><dt id=format!("pc{uid}-net")>{move || s().net}</dt><dd class="pc-net" data-testid="net">{text(net)}</dd></div>
            <div><dt>{move || s().margin}</dt><dd class="pc-margin" data-testid="margin">{text(margin)}</dd></div>
        </dl>
        <table class="pc-waterfall" data-testid="waterfall">
            <thead><tr><th scope="col">{move || s().step}</th><th scope="col" class="pc-num">"%"</th><th scope="col" class="pc-num">{move || s().amount}</th></tr></thead>
            <tbody>
                {move || quote.with(|q| q.as_ref().map(|q| rows(q, lang.get())).unwrap_or_default()).into_iter().map(|(label, pct, amount, class)| view! {
                    <tr class=class><th scope="row">{label}</th><td class="pc-num">{pct}</td><td class="pc-num">{amount}</td></tr>
                }).collect::<Vec<_>>()}
            </tbody>
        </table>
        <div class="pc-caveats" hidden=move || caveats().is_empty()>
            <h3>{move || s().caveats}</h3>
            <ul data-testid="caveats">{move || items(caveats())}</ul>
        </div>
        <div class="pc-next">
            <h3>{move || s().next_tier}</h3>
            <p data-testid="next">{text(next)}</p>
        </div>
    }
}
