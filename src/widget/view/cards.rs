//! The result cards: the partner's price and margin, the live summary and
//! the way to the next tier.

use crate::model::Lang;
use crate::text::{customer_texts, fill, texts};
use crate::widget::form::Pricing;
use crate::widget::format::{money, percent};
use crate::widget::sentences::{caveat, deal_next_tier, next_tier, summary};

/// The texts around a quote's figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cards {
    /// The partner's price, or "agreed".
    pub net: String,
    /// The margin with its percentage, or "agreed".
    pub margin: String,
    /// The summary for screen readers.
    pub summary: String,
    /// The way to the next tier (or that this is the top).
    pub next: String,
    /// The caveats, worded.
    pub caveats: Vec<String>,
    /// The margin left at the customer's price, when one is given (below
    /// the margin, so that it stays in sight on a phone).
    pub left: Option<String>,
}

/// The cards of `priced` in `lang`; a deal's caveats are its lines', each once.
pub fn cards(priced: &Pricing, lang: Lang) -> Cards {
    let t = texts(lang);
    let m = |amount| money(amount, priced.currency(), lang);
    let margin = match (priced.margin(), priced.effective_discount_percent()) {
        (Some(a), Some(p)) => fill(
            t.margin_value,
            &[("amount", &m(a)), ("percent", &percent(p, lang))],
        ),
        _ => t.agreed.into(),
    };
    let next = match priced {
        Pricing::One(q) => q.next_tier.as_ref().map(|n| next_tier(n, q, lang)),
        Pricing::Deal(d) => d.next_tier.as_ref().map(|n| deal_next_tier(n, d, lang)),
    };
    let mut caveats: Vec<String> = Vec::new();
    for c in priced.lines().iter().flat_map(|q| &q.caveats) {
        let said = caveat(c, lang);
        if !caveats.contains(&said) {
            caveats.push(said);
        }
    }
    Cards {
        net: priced.net_total().map(m).unwrap_or_else(|| t.agreed.into()),
        margin,
        summary: summary(priced, lang),
        next: next.unwrap_or_else(|| t.top_tier.into()),
        caveats,
        left: priced.customer().map(|c| {
            let left = match (c.margin_left, c.margin_left_percent) {
                (Some(a), Some(p)) => fill(
                    t.margin_value,
                    &[("amount", &m(a)), ("percent", &percent(p, lang))],
                ),
                (Some(a), None) => m(a),
                (None, _) => t.agreed.into(),
            };
            fill(customer_texts(lang).card_left, &[("margin", &left)])
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;
    use crate::widget::form::Form;

    #[test]
    fn stakhanovets_white_gives_net_and_margin_with_its_percentage() {
        let form = Form::new(ALL, "stakhanovets", Lang::En);
        let c = cards(&form.priced(ALL).unwrap(), Lang::En);
        assert_eq!(c.net, "RUB\u{a0}90,000.00");
        assert_eq!(c.margin, "RUB\u{a0}10,000.00 · 10%");
        assert!(c.next.starts_with("Bronze"), "{}", c.next);
    }

    #[test]
    fn the_margin_card_adds_the_margin_left_at_the_customer_price() {
        let mut form = Form::new(ALL, "stakhanovets", Lang::En);
        assert_eq!(cards(&form.priced(ALL).unwrap(), Lang::En).left, None);
        form.edit(ALL, crate::widget::form::Edit::Price("15".into()));
        let c = cards(&form.priced(ALL).unwrap(), Lang::En);
        assert_eq!(
            c.left.as_deref(),
            Some("at the customer price: RUB\u{a0}−5,000.00 · −5.88%")
        );
    }

    #[test]
    fn bitrix_basic_is_agreed_in_tenge() {
        let form = Form::new(ALL, "bitrix-kz", Lang::En);
        let c = cards(&form.priced(ALL).unwrap(), Lang::En);
        assert_eq!(
            (c.net.as_str(), c.margin.as_str()),
            ("agreed with the vendor", "agreed with the vendor")
        );
        assert!(c.summary.starts_with("Total at RRP: KZT"), "{}", c.summary);
    }
}
