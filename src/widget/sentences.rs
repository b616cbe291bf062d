//! Sentences a person reads about a quote: the live summary, the way to
//! the next tier, where a plan puts the partner, the caveats and the
//! notice for a link's unusable parts. Pure, so the wording is tested natively.

use super::format::{money, number, percent};
use super::url::Ignored;
use crate::engine::compare::Standing;
use crate::engine::{
    AfterUnknown, Caveat, CaveatKind, DealNextTier, DealQuote, MetTier, NextTier, Quote,
};
use crate::model::{Basis, Currency, I18n, Lang, Period, Threshold, Tier};
use crate::text::{deal_texts, fill, texts};
use crate::widget::form::Pricing;
use rust_decimal::Decimal;

/// The one-line summary announced to screen readers when the quote changes.
pub fn summary(priced: &Pricing, lang: Lang) -> String {
    let t = texts(lang);
    let m = |amount| money(amount, priced.currency(), lang);
    match (
        priced.net_total(),
        priced.margin(),
        priced.effective_discount_percent(),
    ) {
        (Some(net), Some(margin), Some(p)) => fill(
            t.summary_priced,
            &[
                ("net", &m(net)),
                ("margin", &m(margin)),
                ("percent", &percent(p, lang)),
            ],
        ),
        _ => fill(t.summary_agreed, &[("list", &m(priced.list_total()))]),
    }
}

/// What it takes to reach the next tier and what it would change on this deal.
pub fn next_tier(next: &NextTier, current: &Quote, lang: Lang) -> String {
    let m = |amount| money(amount, current.currency, lang);
    let mut text = reach(
        &next.name,
        next.threshold.as_ref(),
        next.remaining,
        current.currency,
        lang,
    );
    if let (Some(at_rrp), Some(r)) = (next.remaining_at_rrp, next.remaining) {
        if !r.is_zero() {
            text += &fill(texts(lang).next_at_rrp, &[("amount", &m(at_rrp))]);
        }
    }
    let there = next.quote.as_ref().map(|q| q.effective_discount_percent);
    text += &instead(
        there,
        current.effective_discount_percent,
        next.gain,
        current.currency,
        lang,
    );
    text.push('.');
    text + &met(&next.met, lang)
}

/// The next tier for a deal of several lines: what is left before the
/// deal, and after it (or why that cannot be known), what the tier would
/// change on the whole deal.
pub fn deal_next_tier(next: &DealNextTier, current: &DealQuote, lang: Lang) -> String {
    let d = deal_texts(lang);
    let c = current.currency;
    let mut text = reach(
        &next.name,
        next.threshold.as_ref(),
        next.remaining_before,
        c,
        lang,
    );
    let there = next.quote.as_ref().map(|q| q.effective_discount_percent);
    text += &instead(
        there,
        current.effective_discount_percent,
        next.gain,
        c,
        lang,
    );
    text.push('.');
    let still = next.remaining_before.is_some_and(|r| !r.is_zero());
    text += &match (next.remaining_after, next.after_unknown) {
        (Some(a), _) if a.is_zero() && still => d.after_reached.into(),
        (Some(a), _) if still => fill(d.after_left, &[("amount", &money(a, c, lang))]),
        (None, Some(AfterUnknown::NoSales)) => d.after_no_sales.into(),
        (None, Some(AfterUnknown::BasisNotStated)) if still => d.after_basis.into(),
        (None, Some(AfterUnknown::NetByAgreement)) if still => d.after_agreed.into(),
        // No threshold: the sentence already says the tier is by requirements.
        _ => String::new(),
    };
    text + &met(&next.met, lang)
}

/// The first part of a next-tier sentence: `name`'s threshold and what is
/// left to it.
fn reach(
    name: &I18n,
    threshold: Option<&Threshold>,
    remaining: Option<Decimal>,
    currency: Currency,
    lang: Lang,
) -> String {
    let t = texts(lang);
    let name = name.get(lang);
    let m = |amount| money(amount, currency, lang);
    match (threshold, remaining) {
        (Some(th), Some(r)) if r.is_zero() => fill(
            t.next_reached,
            &[("name", name), ("amount", &m(th.amount.0))],
        ),
        (Some(th), Some(r)) => fill(
            t.next_remaining,
            &[
                ("amount", &m(r)),
                ("basis", basis(th.basis, th.period, lang)),
                ("name", name),
            ],
        ),
        (Some(th), None) => fill(
            t.next_threshold,
            &[
                ("name", name),
                ("amount", &m(th.amount.0)),
                ("basis", basis(th.basis, th.period, lang)),
            ],
        ),
        (None, _) => fill(t.next_requirements, &[("name", name)]),
    }
}

/// What the next tier would change: its discount `there` (`Some(None)`: by
/// agreement; `None`: not priced) instead of `now`, and the `gain`.
fn instead(
    there: Option<Option<Decimal>>,
    now: Option<Decimal>,
    gain: Option<Decimal>,
    currency: Currency,
    lang: Lang,
) -> String {
    let t = texts(lang);
    match (there, now) {
        (Some(Some(then)), Some(now)) if then != now => {
            let mut text = fill(
                t.next_instead,
                &[("then", &percent(then, lang)), ("now", &percent(now, lang))],
            );
            if let Some(gain) = gain.filter(|g| !g.is_zero()) {
                text += &fill(t.next_gain, &[("amount", &money(gain, currency, lang))]);
            }
            text
        }
        (Some(None), _) => t.next_agreed.into(),
        _ => String::new(),
    }
}

/// The tiers whose money threshold the sales already meet, said after the
/// next-tier sentence (nothing when none).
fn met(met: &[MetTier], lang: Lang) -> String {
    if met.is_empty() {
        return String::new();
    }
    let names: Vec<String> = met
        .iter()
        .map(|m| format!("«{}»", m.name.get(lang)))
        .collect();
    fill(texts(lang).next_met, &[("names", &names.join(", "))])
}

/// "in vendor money over 12 months" and its kin.
pub fn basis(basis: Basis, period: Period, lang: Lang) -> &'static str {
    let t = texts(lang);
    match (basis, period) {
        (Basis::VendorMoney, Period::TwelveMonths) => t.basis_vendor_12m,
        (Basis::VendorMoney, Period::Year) => t.basis_vendor_year,
        (Basis::Sales, Period::TwelveMonths) => t.basis_sales_12m,
        (Basis::Sales, Period::Year) => t.basis_sales_year,
    }
}

/// Where the expected sales put the partner in a programme, and what the
/// next tier takes and would add to this deal: two sentences.
pub fn standing(st: &Standing<'_>, lang: Lang) -> [String; 2] {
    let t = texts(lang);
    let m = |amount| money(amount, st.programme.currency, lang);
    let name = st.reached.name.get(lang);
    let reached = match &st.reached.threshold {
        Some(th) => fill(
            t.standing_threshold,
            &[
                ("name", name),
                ("amount", &m(th.amount.0)),
                ("basis", basis(th.basis, th.period, lang)),
            ],
        ),
        None => fill(t.standing_entry, &[("name", name)]),
    };
    let next = match (
        st.next,
        st.remaining,
        &st.next.and_then(|n| n.threshold.as_ref()),
    ) {
        (Some(n), Some(r), Some(th)) => {
            let gain = st
                .gain
                .map(|g| fill(t.standing_gain, &[("amount", &m(g))]))
                .unwrap_or_default();
            fill(
                t.standing_next,
                &[
                    ("name", n.name.get(lang)),
                    ("amount", &m(th.amount.0)),
                    ("basis", basis(th.basis, th.period, lang)),
                    ("remaining", &m(r)),
                    ("gain", &gain),
                ],
            )
        }
        _ => t.standing_none.into(),
    };
    [reached, next]
}

/// How `tier`, the tier number `index` of its programme, is reached: its
/// money threshold, or that it is the entry tier or granted on requirements.
pub fn threshold(tier: &Tier, index: usize, currency: Currency, lang: Lang) -> String {
    let t = texts(lang);
    let name = tier.name.get(lang);
    match (&tier.threshold, index) {
        (Some(th), _) => fill(
            t.standing_threshold,
            &[
                ("name", name),
                ("amount", &money(th.amount.0, currency, lang)),
                ("basis", basis(th.basis, th.period, lang)),
            ],
        ),
        (None, 0) => fill(t.standing_entry, &[("name", name)]),
        (None, _) => fill(t.next_requirements, &[("name", name)]),
    }
}

/// A caveat of a quote as a person reads it, in `lang`.
pub fn caveat(c: &Caveat, lang: Lang) -> String {
    let t = texts(lang);
    let words = c.text.as_ref().map(|w| w.get(lang)).unwrap_or_default();
    let figure = c.figure.unwrap_or_default();
    match c.kind {
        CaveatKind::ByAgreement | CaveatKind::PaidLater | CaveatKind::Condition => words.into(),
        CaveatKind::Discretion => fill(
            t.caveat_discretion,
            &[("step", words), ("percent", &percent(figure, lang))],
        ),
        CaveatKind::OverUserLimit => fill(
            t.caveat_over_limit,
            &[("count", &number(figure, lang)), ("unit", words)],
        ),
        CaveatKind::Capped => fill(t.caveat_capped, &[("percent", &percent(figure, lang))]),
    }
}

/// The notice for a link's parameters that could not be used.
pub fn ignored(ignored: &[Ignored], lang: Lang) -> String {
    let names: Vec<&str> = ignored.iter().map(|i| i.0.as_str()).collect();
    fill(texts(lang).link_ignored, &[("names", &names.join(", "))])
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
            customer: None,
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
    fn sales_past_two_thresholds_point_to_gold_and_name_the_tiers_met() {
        let mut white = request("stakhanovets", "white", "licences", Some("600000"));
        white.unit_price = 10_000.into();
        let q = quote(ALL, &white).unwrap();
        let next = q.next_tier.as_ref().unwrap();
        assert_eq!(
            next_tier(next, &q, Lang::Ru),
            "Продайте еще на 4\u{a0}400\u{a0}000,00\u{a0}₽ в деньгах вендора за 12 месяцев, чтобы перейти на «Золотой статус» \
             (≈ 4\u{a0}888\u{a0}888,89\u{a0}₽ по РРЦ): 40% вместо 10%, +30\u{a0}000,00\u{a0}₽ на этой сделке. \
             Порог продаж уже выполнен для: «Бронзовый статус», «Серебряный статус»; \
             остальные требования этих статусов по-прежнему нужно выполнить."
        );
        assert!(next_tier(next, &q, Lang::En).ends_with(
            "Your sales already meet the threshold of «Bronze», «Silver»; their other requirements still apply."
        ));
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
            summary(&Pricing::One(bitrix.clone()), Lang::Ru),
            "Сумма по РРЦ: 1\u{a0}000\u{a0}000,00\u{a0}₸. Цена партнера согласуется с вендором."
        );
    }

    #[test]
    fn the_summary_gives_net_and_margin() {
        let q = quote(ALL, &request("asoft", "saas", "crm_licences", None)).unwrap();
        assert_eq!(
            summary(&Pricing::One(q.clone()), Lang::En),
            "Partner price: RUB\u{a0}750,000.00. Margin: RUB\u{a0}250,000.00 (25%)."
        );
    }
}
