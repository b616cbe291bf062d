//! The waterfall of a quote, or of a deal summed over its lines: from the
//! list total through each invoice step to the partner's price, then what
//! is paid later.

use crate::engine::{DealQuote, DealStep, Quote, QuoteStep};
use crate::model::{Currency, Lang};
use crate::text::{deal_texts, fill, texts};
use crate::widget::form::Pricing;
use crate::widget::format::{money, number, percent};
use crate::widget::view::table::{Cell, Head, Row as TableRow, Table};
use rust_decimal::Decimal;

/// How a row looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// The list total or a step.
    Line,
    /// A step the programme's cap cut.
    Capped,
    /// A total (net, paid later, together).
    Total,
    /// The heading of the paid-later rows.
    Later,
}

/// One row of the waterfall.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Row {
    /// Its key: `list`, a step's id, `net`, `later`, `later:` and a step's
    /// id, `later-total` or `with-later`.
    pub key: String,
    /// What the row is.
    pub label: String,
    /// Its percentage, or empty.
    pub percent: String,
    /// Its amount with sign, or "agreed", or empty.
    pub amount: String,
    /// How it looks.
    pub kind: RowKind,
}

impl Row {
    /// A row of these parts.
    pub(super) fn new(
        key: impl Into<String>,
        label: impl Into<String>,
        percent: String,
        amount: String,
        kind: RowKind,
    ) -> Row {
        Row {
            key: key.into(),
            label: label.into(),
            percent,
            amount,
            kind,
        }
    }
}

/// The rows of `quote`'s waterfall in `lang`.
pub fn rows(quote: &Quote, lang: Lang) -> Vec<Row> {
    let t = texts(lang);
    let m = |amount| money(amount, quote.currency, lang);
    let line = |step: &QuoteStep| {
        let pct = step.percent.map(|p| percent(p, lang)).unwrap_or_default();
        let amount = signed(step.amount, step.paid_later.is_some(), quote.currency, lang);
        let kind = if step.capped {
            RowKind::Capped
        } else {
            RowKind::Line
        };
        let key = match step.paid_later {
            Some(_) => format!("later:{}", step.id),
            None => step.id.clone(),
        };
        Row::new(key, step.label.get(lang), pct, amount, kind)
    };
    let count = [
        ("quantity", &*number(quote.quantity, lang)),
        ("price", &m(quote.unit_price)),
    ];
    let list = match &quote.list_share {
        Some(share) => fill(
            t.list_share_total,
            &[
                ("percent", &percent(share.percent, lang)),
                ("of", share.of.get(lang)),
                count[0],
                count[1],
            ],
        ),
        None => fill(t.list_total, &count),
    };
    let mut rows = vec![Row::new(
        "list",
        list,
        String::new(),
        m(quote.list_total),
        RowKind::Line,
    )];
    rows.extend(
        quote
            .steps
            .iter()
            .filter(|x| x.paid_later.is_none())
            .map(line),
    );
    let later = quote
        .steps
        .iter()
        .filter(|x| x.paid_later.is_some() && x.amount.is_some_and(|a| !a.is_zero()))
        .map(line)
        .collect();
    let totals = Totals {
        currency: quote.currency,
        net: quote.net_total,
        margin: quote.margin,
        paid_later: quote.paid_later_total,
        invoice_percent: quote.effective_discount_percent,
        benefit_percent: quote.total_benefit_percent,
    };
    totals.rows(&mut rows, later, lang);
    rows
}

/// The rows of `deal`'s waterfall in `lang`: the list total of every line,
/// each step summed over the lines, the partner's price, then what is paid
/// later.
pub fn deal_rows(deal: &DealQuote, lang: Lang) -> Vec<Row> {
    let m = |amount| money(amount, deal.currency, lang);
    let line = |step: &DealStep| {
        let key = match step.paid_later {
            true => format!("later:{}", step.id),
            false => step.id.clone(),
        };
        let amount = signed(step.amount, step.paid_later, deal.currency, lang);
        Row::new(
            key,
            step.label.get(lang),
            String::new(),
            amount,
            RowKind::Line,
        )
    };
    let mut rows = vec![Row::new(
        "list",
        deal_texts(lang).deal_list_total,
        String::new(),
        m(deal.list_total),
        RowKind::Line,
    )];
    rows.extend(deal.steps.iter().filter(|s| !s.paid_later).map(line));
    let later = deal
        .steps
        .iter()
        .filter(|s| s.paid_later && s.amount.is_some_and(|a| !a.is_zero()))
        .map(line)
        .collect();
    let totals = Totals {
        currency: deal.currency,
        net: deal.net_total,
        margin: deal.margin,
        paid_later: deal.paid_later_total,
        invoice_percent: deal.effective_discount_percent,
        benefit_percent: deal.total_benefit_percent,
    };
    totals.rows(&mut rows, later, lang);
    rows
}

/// What the waterfall's last rows say, of a quote or of a deal.
pub(super) struct Totals {
    /// The currency of every amount.
    pub currency: Currency,
    /// The partner's price; `None` by agreement.
    pub net: Option<Decimal>,
    /// The margin; `None` by agreement.
    pub margin: Option<Decimal>,
    /// What is paid later.
    pub paid_later: Decimal,
    /// The invoice discount in percent of the list.
    pub invoice_percent: Option<Decimal>,
    /// Margin and what is paid later in percent of the list.
    pub benefit_percent: Option<Decimal>,
}

impl Totals {
    /// Appends to `rows` the partner's price, then, when there are `later`
    /// rows (the paid-later steps), their heading, them, their total and
    /// the margin with them.
    pub(super) fn rows(&self, rows: &mut Vec<Row>, later: Vec<Row>, lang: Lang) {
        let t = texts(lang);
        let m = |amount| money(amount, self.currency, lang);
        let invoice_pct = self
            .invoice_percent
            .map(|p| format!("−{}", percent(p, lang)))
            .unwrap_or_default();
        let net = self.net.map(m).unwrap_or_else(|| t.agreed.into());
        rows.push(Row::new("net", t.net, invoice_pct, net, RowKind::Total));
        if later.is_empty() {
            return;
        }
        rows.push(Row::new(
            "later",
            t.paid_later,
            String::new(),
            String::new(),
            RowKind::Later,
        ));
        rows.extend(later);
        let share = self
            .benefit_percent
            .zip(self.invoice_percent)
            .map(|(all, invoice)| percent(all - invoice, lang));
        rows.push(Row::new(
            "later-total",
            t.paid_later_total,
            share.unwrap_or_default(),
            format!("+{}", m(self.paid_later)),
            RowKind::Total,
        ));
        if let (Some(all), Some(margin)) = (self.benefit_percent, self.margin) {
            let earned = margin
                .checked_add(self.paid_later)
                .map(m)
                .unwrap_or_default();
            rows.push(Row::new(
                "with-later",
                t.with_later,
                percent(all, lang),
                earned,
                RowKind::Total,
            ));
        }
    }
}

/// A step's amount with its sign: `−` off the invoice, `+` paid later;
/// none at 0 (a discretion range's start takes nothing off); "agreed"
/// without a figure.
pub(super) fn signed(
    amount: Option<Decimal>,
    later: bool,
    currency: Currency,
    lang: Lang,
) -> String {
    let sign = if later { "+" } else { "−" };
    match amount {
        Some(a) if a.is_zero() => money(a, currency, lang),
        Some(a) => format!("{sign}{}", money(a, currency, lang)),
        None => texts(lang).agreed.into(),
    }
}

/// The waterfall of `priced` (a quote's, or a deal's over its lines) as a
/// table in `lang`: step, percentage, amount.
pub fn table(priced: &Pricing, lang: Lang) -> Table {
    let t = texts(lang);
    let rows = match priced {
        Pricing::One(quote) => rows(quote, lang),
        Pricing::Deal(deal) => deal_rows(deal, lang),
    };
    Table {
        testid: "waterfall",
        class: "pc-waterfall",
        head: vec![
            Head::new(t.step, false),
            Head::new("%", true),
            Head::new(t.amount, true),
        ],
        row_heads: true,
        rows: rows
            .into_iter()
            .map(|r| TableRow {
                class: match r.kind {
                    RowKind::Line => "",
                    RowKind::Capped => "pc-capped",
                    RowKind::Total => "pc-total",
                    RowKind::Later => "pc-later",
                },
                cells: vec![
                    Cell::text(r.label),
                    Cell::figure(r.percent),
                    Cell::figure(r.amount),
                ],
                key: r.key,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;
    use crate::widget::form::Form;

    #[test]
    fn stakhanovets_white_reads_from_list_to_net() {
        let form = Form::new(ALL, "stakhanovets", Lang::Ru);
        let rows = rows(&form.quote(ALL).unwrap(), Lang::Ru);
        let cells: Vec<[&str; 3]> = rows
            .iter()
            .map(|r| [r.label.as_str(), r.percent.as_str(), r.amount.as_str()])
            .collect();
        assert_eq!(
            cells,
            [
                [
                    "Сумма по РРЦ (1 × 100\u{a0}000,00\u{a0}₽)",
                    "",
                    "100\u{a0}000,00\u{a0}₽"
                ],
                ["Скидка от РРЦ по статусу", "10%", "−10\u{a0}000,00\u{a0}₽"],
                ["Цена партнера", "−10%", "90\u{a0}000,00\u{a0}₽"],
            ]
        );
        assert_eq!(rows[2].kind, RowKind::Total);
    }

    #[test]
    fn the_waterfall_table_keys_each_row_and_heads_it_with_its_step() {
        use crate::widget::form::{Choice, Edit};
        let mut form = Form::new(ALL, "asoft", Lang::En);
        form.select_tier(ALL, "competency");
        form.edit(ALL, Edit::Choice(None, "plan".into(), Choice::Bonus(true)));
        let table = table(&form.priced(ALL).unwrap(), Lang::En);
        let keys = table.keys();
        let rows: Vec<(&str, &str, &str)> = table
            .rows
            .iter()
            .map(|r| (r.key.as_str(), r.class, r.cells[2].text.as_str()))
            .collect();
        assert_eq!(rows[0], ("list", "", "RUB\u{a0}100,000.00"));
        assert!(
            rows.contains(&("net", "pc-total", "RUB\u{a0}80,000.00")),
            "{rows:?}"
        );
        assert!(rows.contains(&("later", "pc-later", "")), "{rows:?}");
        assert!(
            rows.contains(&("later:plan", "", "+RUB\u{a0}10,000.00")),
            "{rows:?}"
        );
        assert_eq!(keys.last().map(String::as_str), Some("with-later"));
        let unique: std::collections::HashSet<&String> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len(), "{keys:?}");
        assert!(table.row_heads);
        let numeric: Vec<bool> = table.head.iter().map(|h| h.numeric).collect();
        assert_eq!(numeric, [false, true, true]);
        assert!(table
            .rows
            .iter()
            .all(|r| !r.cells[0].numeric && r.cells[2].numeric));
        assert_eq!(
            table.row("net").map(|r| r.cells[0].text.as_str()),
            Some("Partner price")
        );
    }

    #[test]
    fn a_share_priced_product_says_so_and_a_reward_at_0_takes_nothing_off() {
        use crate::widget::form::Edit;
        let mut form = Form::new(ALL, "asoft", Lang::Ru);
        form.select_tier(ALL, "competency");
        form.select_product(ALL, 0, "updates");
        form.edit(ALL, Edit::Quantity(0, "10".into()));
        form.edit(ALL, Edit::UnitPrice(0, "15000".into()));
        let cells: Vec<[String; 3]> = rows(&form.quote(ALL).unwrap(), Lang::Ru)
            .into_iter()
            .map(|r| [r.label, r.percent, r.amount])
            .collect();
        // 003_fa1ec9df0cf7228f.txt: updates cost 20 % of the licence
        // delivery; the Competency reward is up to 50 %, here at its 0.
        assert_eq!(
            cells[..2],
            [
                [
                    "20% от стоимости поставки лицензий (10 × 15\u{a0}000,00\u{a0}₽)".to_string(),
                    String::new(),
                    "30\u{a0}000,00\u{a0}₽".into()
                ],
                [
                    "Вознаграждение партнера от стоимости обновлений".into(),
                    "0%".into(),
                    "0,00\u{a0}₽".into()
                ],
            ]
        );
    }

    #[test]
    fn asoft_plan_bonus_is_paid_later_below_the_net_price() {
        use crate::widget::form::{Choice, Edit};
        let mut form = Form::new(ALL, "asoft", Lang::En);
        form.select_tier(ALL, "competency");
        form.edit(ALL, Edit::Choice(None, "plan".into(), Choice::Bonus(true)));
        let rows = rows(&form.quote(ALL).unwrap(), Lang::En);
        let tail: Vec<(&str, &str, RowKind)> = rows
            .iter()
            .skip_while(|r| r.kind != RowKind::Later)
            .map(|r| (r.percent.as_str(), r.amount.as_str(), r.kind))
            .collect();
        assert_eq!(
            tail,
            [
                ("", "", RowKind::Later),
                ("10%", "+RUB\u{a0}10,000.00", RowKind::Line),
                ("10%", "+RUB\u{a0}10,000.00", RowKind::Total),
                ("30%", "RUB\u{a0}30,000.00", RowKind::Total),
            ],
            "only the earned bonus is listed; its share is benefit − invoice"
        );
    }
}
