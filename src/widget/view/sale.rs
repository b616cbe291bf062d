//! The sale to the customer: what the customer pays and saves, the
//! partner's price, the margin left (a loss said plainly), what is paid
//! later apart from it, and the goal seek's answer.

use crate::engine::{Goal, Resale};
use crate::model::{Currency, Lang};
use crate::text::{customer_texts, fill, texts};
use crate::widget::form::Pricing;
use crate::widget::format::{money, percent};
use crate::widget::view::table::{Cell, Head, Row, Table};
use rust_decimal::Decimal;

/// The sale part of the result.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sale {
    /// Its figures: customer price, saving, partner's price, margin left,
    /// paid later.
    pub table: Table,
    /// The warning when the price is below the partner's: the loss.
    pub loss: Option<String>,
    /// The goal seek's answer, worded, when a target is set.
    pub goal: Option<String>,
    /// Whether the goal seek found a discount to apply.
    pub found: bool,
}

/// The rows of the sale: `(key, label, figure)`.
fn rows(
    resale: &Resale,
    net: Option<Decimal>,
    currency: Currency,
    lang: Lang,
) -> Vec<(&'static str, String, String)> {
    let t = texts(lang);
    let c = customer_texts(lang);
    let m = |a: Decimal| money(a, currency, lang);
    let pct = |p: Option<Decimal>| p.map(|p| percent(p, lang)).unwrap_or_default();
    let margin = match resale.margin_left {
        Some(left) => match resale.margin_left_percent {
            Some(p) => format!(
                "{} · {}",
                m(left),
                fill(c.margin_left_percent, &[("percent", &percent(p, lang))])
            ),
            None => m(left),
        },
        None => t.agreed.into(),
    };
    let mut rows = vec![
        (
            "selling",
            c.selling_total.to_string(),
            m(resale.selling_total),
        ),
        (
            "saving",
            fill(c.saving, &[("percent", &pct(resale.saving_percent))]),
            m(-resale.saving),
        ),
        (
            "net",
            t.net.to_string(),
            net.map(m).unwrap_or_else(|| t.agreed.into()),
        ),
        ("margin", c.margin_left.to_string(), margin),
    ];
    if !resale.paid_later_total.is_zero() {
        rows.push((
            "later",
            c.paid_later_apart.to_string(),
            m(resale.paid_later_total),
        ));
    }
    rows
}

/// The sale of `priced` in `lang`; `None` when the form asks for no
/// customer price.
pub fn sale(priced: &Pricing, lang: Lang) -> Option<Sale> {
    let resale = priced.customer()?;
    let t = texts(lang);
    let c = customer_texts(lang);
    let currency = priced.currency();
    let m = |a: Decimal| money(a, currency, lang);
    let rows = rows(resale, priced.net_total(), currency, lang)
        .into_iter()
        .map(|(key, label, figure)| Row {
            key: key.into(),
            class: match (key, resale.below_net) {
                ("margin", true) => "pc-loss",
                ("margin", false) => "pc-total",
                _ => "",
            },
            // The margin with its share may wrap between them on a phone.
            cells: vec![
                Cell::text(label),
                Cell {
                    long: key == "margin",
                    ..Cell::figure(figure)
                },
            ],
        })
        .collect();
    Some(Sale {
        table: Table {
            testid: "sale",
            class: "pc-waterfall pc-sale",
            head: vec![Head::new(c.result_title, false), Head::new(t.amount, true)],
            row_heads: true,
            rows,
        },
        loss: resale
            .margin_left
            .filter(|_| resale.below_net)
            .map(|left| fill(c.loss, &[("amount", &m(-left))])),
        goal: resale.goal.as_ref().map(|g| goal(g, currency, lang)),
        found: matches!(resale.goal, Some(Goal::Found { .. })),
    })
}

/// The goal seek's answer in `lang`.
fn goal(goal: &Goal, currency: Currency, lang: Lang) -> String {
    let c = customer_texts(lang);
    let m = |a: Decimal| money(a, currency, lang);
    let pct = |p: &Option<Decimal>| p.map(|p| percent(p, lang)).unwrap_or_default();
    match goal {
        Goal::Found {
            selling_total,
            saving,
            saving_percent,
            margin_left,
            margin_left_percent,
        } => fill(
            c.goal_found,
            &[
                ("saving", &m(*saving)),
                ("percent", &pct(saving_percent)),
                ("selling", &m(*selling_total)),
                ("margin", &m(*margin_left)),
                ("margin_percent", &pct(margin_left_percent)),
            ],
        ),
        Goal::AboveProgramme {
            margin,
            margin_percent,
        } => fill(
            c.goal_above,
            &[("margin", &m(*margin)), ("percent", &pct(margin_percent))],
        ),
        Goal::ByAgreement => c.goal_agreed.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;
    use crate::widget::form::{Edit, Form, TargetMode};

    fn texts_of(s: &Sale) -> Vec<(String, String)> {
        s.table
            .rows
            .iter()
            .map(|r| (r.cells[0].text.clone(), r.cells[1].text.clone()))
            .collect()
    }

    #[test]
    fn a_discount_that_sells_below_net_says_the_loss() {
        // Стахановец, White: 10 % off RRP; the customer gets 15 %.
        let mut form = Form::new(ALL, "stakhanovets", Lang::Ru);
        form.edit(ALL, Edit::Price("15".into()));
        let s = sale(&form.priced(ALL).unwrap(), Lang::Ru).unwrap();
        let nb = |t: &str| t.replace(' ', "\u{a0}");
        assert_eq!(
            texts_of(&s),
            [
                ("Цена для клиента".into(), nb("85 000,00 ₽")),
                ("Скидка клиенту (15% от РРЦ)".into(), nb("−15 000,00 ₽")),
                ("Цена партнера".into(), nb("90 000,00 ₽")),
                (
                    "Маржа партнера при этой цене".into(),
                    format!("{} · −5,88% от цены для клиента", nb("−5 000,00 ₽"))
                ),
            ]
        );
        assert_eq!(s.table.rows[3].class, "pc-loss");
        assert_eq!(
            s.loss.as_deref(),
            Some(
                format!(
                    "Цена для клиента ниже цены партнера: убыток {}.",
                    nb("5 000,00 ₽")
                )
                .as_str()
            )
        );
        assert_eq!(s.goal, None);
    }

    #[test]
    fn the_goal_seek_is_worded_and_applied_as_the_customer_amount() {
        // Smart-Soft, Authorized: 25 % of 100 000, so 75 000 net.
        let mut form = Form::new(ALL, "smart-soft", Lang::En);
        form.edit(ALL, Edit::TargetMode(TargetMode::Amount));
        form.edit(ALL, Edit::Target("20000".into()));
        let s = sale(&form.priced(ALL).unwrap(), Lang::En).unwrap();
        assert_eq!(
            s.goal.as_deref(),
            Some(
                "The largest discount that keeps the target: RUB\u{a0}5,000.00 (5%); customer price RUB\u{a0}95,000.00, margin RUB\u{a0}20,000.00 (21.05% of the customer price)."
            )
        );
        assert!(s.found);
        form.edit(ALL, Edit::ApplyTarget);
        assert_eq!(form.selling.price, "95000.00");
        let s = sale(&form.priced(ALL).unwrap(), Lang::En).unwrap();
        assert_eq!(texts_of(&s)[0].1, "RUB\u{a0}95,000.00");
        assert_eq!(s.loss, None);
        form.edit(ALL, Edit::Target("30000".into()));
        let s = sale(&form.priced(ALL).unwrap(), Lang::En).unwrap();
        assert_eq!(
            s.goal.as_deref(),
            Some("No discount keeps this margin: even at RRP the programme gives a margin of RUB\u{a0}25,000.00 (25%).")
        );
        assert!(!s.found);
        form.edit(ALL, Edit::ApplyTarget);
        assert_eq!(
            form.selling.price, "95000.00",
            "nothing found, nothing applied"
        );
    }

    #[test]
    fn no_customer_price_no_sale() {
        let form = Form::new(ALL, "directum", Lang::Ru);
        assert_eq!(sale(&form.priced(ALL).unwrap(), Lang::Ru), None);
    }
}
