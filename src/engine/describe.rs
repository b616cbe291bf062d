//! Sentences a person reads about a quote: the live summary and the way to
//! the next tier. Pure, so the wording is tested natively.

use super::compare::Standing;
use super::format::{money, percent};
use super::next_tier::NextTier;
use super::quote::Quote;
use crate::model::{Basis, Lang, Period};

/// The one-line summary announced to screen readers when the quote changes.
pub fn summary(quote: &Quote, lang: Lang) -> String {
    let m = |amount| money(amount, quote.currency, lang);
    match (
        quote.net_total,
        quote.margin,
        quote.effective_discount_percent,
        lang,
    ) {
        (Some(net), Some(margin), Some(p), Lang::Ru) => {
            format!(
                "Цена партнера: {}. Маржа: {} ({}).",
                m(net),
                m(margin),
                percent(p, lang)
            )
        }
        (Some(net), Some(margin), Some(p), Lang::En) => {
            format!(
                "Partner price: {}. Margin: {} ({}).",
                m(net),
                m(margin),
                percent(p, lang)
            )
        }
        (_, _, _, Lang::Ru) => format!(
            "Сумма по РРЦ: {}. Цена партнера согласуется с вендором.",
            m(quote.list_total)
        ),
        (_, _, _, Lang::En) => format!(
            "Total at RRP: {}. The partner price is agreed with the vendor.",
            m(quote.list_total)
        ),
    }
}

/// What it takes to reach the next tier and what it would change on this deal.
pub fn next_tier(next: &NextTier, current: &Quote, lang: Lang) -> String {
    let name = next.name.get(lang);
    let m = |amount| money(amount, current.currency, lang);
    let ru = lang == Lang::Ru;
    let mut text = match (&next.threshold, next.remaining) {
        (Some(t), Some(r)) if r.is_zero() => {
            if ru {
                format!("Ваши продажи достигают порога «{name}» ({})", m(t.amount.0))
            } else {
                format!(
                    "Your sales reach the threshold of {name} ({})",
                    m(t.amount.0)
                )
            }
        }
        (Some(t), Some(r)) => {
            let basis = basis(t.basis, t.period, lang);
            if ru {
                format!(
                    "Продайте еще на {} {basis}, чтобы перейти на «{name}»",
                    m(r)
                )
            } else {
                format!("Sell {} more {basis} to reach {name}", m(r))
            }
        }
        (Some(t), None) => {
            let basis = basis(t.basis, t.period, lang);
            if ru {
                format!("«{name}» — от {} {basis}", m(t.amount.0))
            } else {
                format!("{name} needs {} {basis}", m(t.amount.0))
            }
        }
        (None, _) if ru => {
            format!("«{name}» присваивается по требованиям, а не по сумме продаж")
        }
        (None, _) => format!("{name} is granted on requirements, not on a sales amount"),
    };
    if let (Some(at_rrp), Some(r)) = (next.remaining_at_rrp, next.remaining) {
        if !r.is_zero() {
            text += &if ru {
                format!(" (≈ {} по РРЦ)", m(at_rrp))
            } else {
                format!(" (≈ {} at RRP)", m(at_rrp))
            };
        }
    }
    let there = next
        .quote
        .as_ref()
        .and_then(|q| q.effective_discount_percent);
    match (there, current.effective_discount_percent, next.gain) {
        (Some(then), Some(now), gain) if then != now => {
            text += &if ru {
                format!(": {} вместо {}", percent(then, lang), percent(now, lang))
            } else {
                format!(
                    ": {} instead of {}",
                    percent(then, lang),
                    percent(now, lang)
                )
            };
            if let Some(gain) = gain.filter(|g| !g.is_zero()) {
                text += &if ru {
                    format!(", +{} на этой сделке", m(gain))
                } else {
                    format!(", +{} on this deal", m(gain))
                };
            }
        }
        (None, _, _) if next.quote.is_some() => {
            text += if ru {
                ": цена по согласованию с вендором"
            } else {
                ": price agreed with the vendor"
            };
        }
        _ => {}
    }
    text.push('.');
    text
}

/// "in vendor money over 12 months" and its kin.
fn basis(basis: Basis, period: Period, lang: Lang) -> &'static str {
    match (basis, period, lang) {
        (Basis::VendorMoney, Period::TwelveMonths, Lang::Ru) => "в деньгах вендора за 12 месяцев",
        (Basis::VendorMoney, Period::TwelveMonths, Lang::En) => "in vendor money over 12 months",
        (Basis::VendorMoney, Period::Year, Lang::Ru) => "в деньгах вендора за год",
        (Basis::VendorMoney, Period::Year, Lang::En) => "in vendor money a year",
        (Basis::Sales, Period::TwelveMonths, Lang::Ru) => "продаж за 12 месяцев",
        (Basis::Sales, Period::TwelveMonths, Lang::En) => "of sales over 12 months",
        (Basis::Sales, Period::Year, Lang::Ru) => "продаж в год",
        (Basis::Sales, Period::Year, Lang::En) => "of sales a year",
    }
}

/// Where the expected sales put the partner in a programme, and what the
/// next tier takes and would add to this deal: two sentences.
pub fn standing(st: &Standing<'_>, lang: Lang) -> [String; 2] {
    let ru = lang == Lang::Ru;
    let m = |amount| money(amount, st.programme.currency, lang);
    let name = st.reached.name.get(lang);
    let reached = match &st.reached.threshold {
        Some(t) if ru => format!(
            "«{name}»: порог {} {}",
            m(t.amount.0),
            basis(t.basis, t.period, lang)
        ),
        Some(t) => format!(
            "{name}: threshold {} {}",
            m(t.amount.0),
            basis(t.basis, t.period, lang)
        ),
        None if ru => format!("«{name}»: начальный статус, без порога продаж"),
        None => format!("{name}: the entry tier, no sales threshold"),
    };
    let next = match (
        st.next,
        st.remaining,
        &st.next.and_then(|n| n.threshold.as_ref()),
    ) {
        (Some(n), Some(r), Some(t)) => {
            let name = n.name.get(lang);
            let basis = basis(t.basis, t.period, lang);
            let gain = st.gain.map(|g| {
                if ru {
                    format!("; на этой сделке +{}", m(g))
                } else {
                    format!("; +{} on this deal", m(g))
                }
            });
            let gain = gain.unwrap_or_default();
            if ru {
                format!(
                    "До «{name}» ({} {basis}) осталось {}{gain}.",
                    m(t.amount.0),
                    m(r)
                )
            } else {
                format!("{name} ({} {basis}) is {} away{gain}.", m(t.amount.0), m(r))
            }
        }
        _ if ru => "Следующего статуса с порогом продаж нет.".into(),
        _ => "No next tier with a sales threshold.".into(),
    };
    [reached, next]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{quote, QuoteRequest};
    use crate::programmes::ALL;

    fn request(vendor: &str, tier: &str, product: &str, sales: Option<&str>) -> QuoteRequest {
        QuoteRequest {
            vendor: vendor.into(),
            tier: tier.into(),
            product: product.into(),
            situation: None,
            quantity: 10.into(),
            unit_price: 100_000.into(),
            choices: Default::default(),
            sales_last_12_months: sales.map(|s| s.parse().unwrap()),
        }
    }

    #[test]
    fn bronze_to_silver_reads_like_the_brief() {
        let q = quote(
            ALL,
            &request("stakhanovets", "bronze", "licences", Some("150000")),
        )
        .unwrap();
        let next = q.next_tier.as_ref().unwrap();
        assert_eq!(
            next_tier(next, &q, Lang::Ru),
            "Продайте еще на 350\u{a0}000,00\u{a0}₽ в деньгах вендора за 12 месяцев, чтобы перейти на «Серебряный статус» \
             (≈ 437\u{a0}500,00\u{a0}₽ по РРЦ): 30% вместо 20%, +100\u{a0}000,00\u{a0}₽ на этой сделке."
        );
        assert_eq!(
            next_tier(next, &q, Lang::En),
            "Sell RUB\u{a0}350,000.00 more in vendor money over 12 months to reach Silver (≈ RUB\u{a0}437,500.00 at RRP): \
             30% instead of 20%, +RUB\u{a0}100,000.00 on this deal."
        );
    }

    #[test]
    fn without_sales_the_threshold_is_shown() {
        let q = quote(
            ALL,
            &request("smart-soft", "certified", "ti_software", None),
        )
        .unwrap();
        let text = next_tier(q.next_tier.as_ref().unwrap(), &q, Lang::En);
        assert_eq!(text, "Privileged Partner needs RUB\u{a0}1,000,000.00 of sales a year: 35% instead of 30%, +RUB\u{a0}50,000.00 on this deal.");
    }

    #[test]
    fn individual_prices_are_said_to_be_agreed() {
        let q = quote(ALL, &request("stakhanovets", "gold", "licences", None)).unwrap();
        let text = next_tier(q.next_tier.as_ref().unwrap(), &q, Lang::En);
        assert!(text.ends_with(": price agreed with the vendor."), "{text}");
        let bitrix = quote(ALL, &request("bitrix-kz", "basic", "b24_enterprise", None)).unwrap();
        assert_eq!(
            summary(&bitrix, Lang::Ru),
            "Сумма по РРЦ: 1\u{a0}000\u{a0}000,00\u{a0}₸. Цена партнера согласуется с вендором."
        );
    }

    #[test]
    fn the_summary_gives_net_and_margin() {
        let q = quote(ALL, &request("asoft", "saas", "crm_licences", None)).unwrap();
        assert_eq!(
            summary(&q, Lang::En),
            "Partner price: RUB\u{a0}750,000.00. Margin: RUB\u{a0}250,000.00 (25%)."
        );
    }
}
