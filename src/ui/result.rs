//! The quote as a person reads it: net price and margin, the waterfall,
//! what is paid later, the caveats and the way to the next tier.

use super::dom::{attr, child, list, text};
use super::strings::strings;
use crate::engine::describe::next_tier;
use crate::engine::format::{money, number, percent};
use crate::engine::{Quote, QuoteStep};
use crate::model::Lang;
use web_sys::Element;

/// Builds `quote` into `container` (emptied first), in `lang`; `uid`
/// prefixes the ids.
pub fn build(container: &Element, quote: &Quote, lang: Lang, uid: usize) {
    container.set_text_content(None);
    let s = strings(lang);
    let m = |amount| money(amount, quote.currency, lang);
    let agreed = s.agreed.to_string();

    let figures = child(container, "dl", "pc-figures");
    let net = child(&figures, "div", "");
    attr(&text(&net, "dt", "", s.net), "id", &format!("pc{uid}-net"));
    attr(
        &text(
            &net,
            "dd",
            "pc-net",
            &quote.net_total.map(m).unwrap_or_else(|| agreed.clone()),
        ),
        "data-testid",
        "net",
    );
    let margin = child(&figures, "div", "");
    text(&margin, "dt", "", s.margin);
    let margin_text = match (quote.margin, quote.effective_discount_percent) {
        (Some(a), Some(p)) => format!("{} · {}", m(a), percent(p, lang)),
        _ => agreed.clone(),
    };
    attr(
        &text(&margin, "dd", "pc-margin", &margin_text),
        "data-testid",
        "margin",
    );

    let table = child(container, "table", "pc-waterfall");
    attr(&table, "data-testid", "waterfall");
    let head = child(&child(&table, "thead", ""), "tr", "");
    for (label, class) in [(s.step, ""), ("%", "pc-num"), (s.amount, "pc-num")] {
        attr(&text(&head, "th", class, label), "scope", "col");
    }
    let body = child(&table, "tbody", "");
    let row = |label: &str, pct: &str, amount: &str, class: &str| {
        let tr = child(&body, "tr", class);
        attr(&text(&tr, "th", "", label), "scope", "row");
        text(&tr, "td", "pc-num", pct);
        text(&tr, "td", "pc-num", amount);
    };
    let line = |step: &QuoteStep| {
        let pct = step.percent.map(|p| percent(p, lang)).unwrap_or_default();
        let sign = if step.paid_later.is_some() {
            "+"
        } else {
            "−"
        };
        let amount = step
            .amount
            .map(|a| format!("{sign}{}", m(a)))
            .unwrap_or_else(|| agreed.clone());
        row(
            step.label.get(lang),
            &pct,
            &amount,
            if step.capped { "pc-capped" } else { "" },
        );
    };
    let list_label = format!(
        "{} ({} × {})",
        s.list_total,
        number(quote.quantity, lang),
        m(quote.unit_price)
    );
    row(&list_label, "", &m(quote.list_total), "");
    quote
        .steps
        .iter()
        .filter(|x| x.paid_later.is_none())
        .for_each(line);
    let invoice_pct = quote
        .effective_discount_percent
        .map(|p| format!("−{}", percent(p, lang)))
        .unwrap_or_default();
    row(
        s.net,
        &invoice_pct,
        &quote.net_total.map(m).unwrap_or_else(|| agreed.clone()),
        "pc-total",
    );
    let later: Vec<&QuoteStep> = quote
        .steps
        .iter()
        .filter(|x| x.paid_later.is_some() && x.amount.is_some_and(|a| !a.is_zero()))
        .collect();
    if !later.is_empty() {
        row(s.paid_later, "", "", "pc-later");
        later.into_iter().for_each(line);
        let share = quote
            .total_benefit_percent
            .zip(quote.effective_discount_percent)
            .map(|(all, invoice)| percent(all - invoice, lang));
        row(
            s.paid_later_total,
            &share.unwrap_or_default(),
            &format!("+{}", m(quote.paid_later_total)),
            "pc-total",
        );
        if let (Some(all), Some(margin)) = (quote.total_benefit_percent, quote.margin) {
            let earned = margin
                .checked_add(quote.paid_later_total)
                .map(m)
                .unwrap_or_default();
            row(s.with_later, &percent(all, lang), &earned, "pc-total");
        }
    }

    let caveats: Vec<String> = quote
        .caveats
        .iter()
        .map(|c| c.text.get(lang).to_string())
        .collect();
    if !caveats.is_empty() {
        let block = child(container, "div", "pc-caveats");
        text(&block, "h3", "", s.caveats);
        attr(&list(&block, "", &caveats), "data-testid", "caveats");
    }
    let next = child(container, "div", "pc-next");
    text(&next, "h3", "", s.next_tier);
    let sentence = match &quote.next_tier {
        Some(n) => next_tier(n, quote, lang),
        None => s.top_tier.to_string(),
    };
    attr(&text(&next, "p", "", &sentence), "data-testid", "next");
}
