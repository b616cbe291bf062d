//! The what-if view: the tier each programme gives for the expected sales.

use crate::engine::compare::{what_if, what_if_deal, Deal};
use crate::model::{Lang, Programme};
use crate::text::texts;
use crate::widget::form::Form;
use crate::widget::input::parse_money;
use crate::widget::sentences::{standing, threshold};
use crate::widget::view::card::{Card, Deck, List};
use rust_decimal::Decimal;

/// One programme's standing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Standing {
    /// The programme's id.
    pub id: String,
    /// The vendor's name.
    pub vendor: String,
    /// The tier reached, with its threshold.
    pub reached: String,
    /// The next tier and what is left.
    pub next: String,
    /// The requirements never assumed met.
    pub requirements: Vec<String>,
}

/// Where `plan` a year puts the partner in each of `programmes` for
/// `deals` (one per line of the deal).
pub fn standings(
    programmes: &[Programme],
    plan: Decimal,
    deals: &[Deal],
    lang: Lang,
) -> Vec<Standing> {
    let found = match deals {
        [one] => what_if(programmes, plan, one),
        lines => what_if_deal(programmes, plan, lines),
    };
    found
        .iter()
        .map(|st| {
            let [reached, next] = standing(st, lang);
            Standing {
                id: st.programme.id.to_string(),
                vendor: st.programme.vendor.get(lang).into(),
                reached,
                next,
                requirements: st
                    .requirements
                    .iter()
                    .map(|f| f.text.get(lang).to_string())
                    .collect(),
            }
        })
        .collect()
}

/// The what-if view of `form` for `deal` (one per line): each programme's standing for
/// the expected sales typed in the view, else for the sales over 12 months
/// typed in the form; with neither, each programme's thresholds. Expected
/// sales that do not read as money leave only the hint (the message is
/// next to their field).
pub fn deck(form: &Form, programmes: &[Programme], deal: &[Deal]) -> Deck {
    let t = texts(form.lang);
    let mut deck = Deck {
        title: t.what_if_title.into(),
        testid: "",
        hint: String::new(),
        cards: Vec::new(),
    };
    let typed = |text: &str| match text.trim().is_empty() {
        true => None,
        false => Some(parse_money(text, form.lang).ok()),
    };
    let plan = match (typed(&form.plan), typed(&form.sales)) {
        (Some(Some(plan)), _) => plan,
        (Some(None), _) => {
            deck.hint = t.plan_hint.into();
            return deck;
        }
        (None, Some(Some(sales))) => {
            deck.hint = t.plan_from_sales.into();
            sales
        }
        (None, _) => {
            deck.hint = t.plan_hint.into();
            deck.cards = thresholds(programmes, form.lang);
            return deck;
        }
    };
    deck.cards = standings(programmes, plan, deal, form.lang)
        .into_iter()
        .map(|st| Card {
            testid: Some(format!("whatif-{}", st.id)),
            title: st.vendor,
            lines: vec![st.reached, st.next],
            lists: match st.requirements.is_empty() {
                true => Vec::new(),
                false => vec![List {
                    title: t.requirements.into(),
                    items: st.requirements,
                    folded: false,
                }],
            },
            key: st.id,
            ..Card::default()
        })
        .collect();
    deck
}

/// Each programme's tiers and how each is reached, as cards: the first
/// answer before any sales are typed.
pub fn thresholds(programmes: &[Programme], lang: Lang) -> Vec<Card> {
    programmes
        .iter()
        .map(|p| Card {
            key: p.id.to_string(),
            testid: Some(format!("whatif-{}", p.id)),
            title: p.vendor.get(lang).into(),
            lines: p
                .tiers
                .iter()
                .enumerate()
                .map(|(i, tier)| threshold(tier, i, p.currency, lang))
                .collect(),
            ..Card::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;
    use crate::widget::form::Form;
    use crate::widget::view::compare::deal;

    #[test]
    fn six_hundred_thousand_a_year_reaches_stakhanovets_silver() {
        let form = Form::new(ALL, "stakhanovets", Lang::Ru);
        let list = standings(
            ALL,
            Decimal::from(600_000),
            &deal(&form, ALL).unwrap(),
            Lang::Ru,
        );
        let st = list.iter().find(|s| s.id == "stakhanovets").unwrap();
        assert_eq!(st.vendor, "Стахановец");
        assert!(
            st.reached.starts_with("«Серебряный статус»"),
            "{}",
            st.reached
        );
        assert!(!st.requirements.is_empty());
        assert!(list.len() >= 4, "every programme selling licences");
    }

    #[test]
    fn the_what_if_deck_hints_until_the_plan_reads_as_money() {
        let mut form = Form::new(ALL, "stakhanovets", Lang::En);
        let deal = deal(&form, ALL).unwrap();
        let empty = deck(&form, ALL, &deal);
        assert_eq!(empty.hint, texts(Lang::En).plan_hint);
        // Before any sales: every programme's thresholds (001_af8adf79e3372de8.txt).
        let stakhanovets = empty.card("stakhanovets").unwrap();
        assert_eq!(
            (stakhanovets.title.as_str(), stakhanovets.testid.as_deref()),
            ("Stakhanovets", Some("whatif-stakhanovets"))
        );
        assert_eq!(
            stakhanovets.lines[..3],
            [
                "White: the entry tier, no sales threshold",
                "Bronze: threshold RUB\u{a0}150,000.00 in vendor money over 12 months",
                "Silver: threshold RUB\u{a0}500,000.00 in vendor money over 12 months",
            ]
        );
        assert_eq!(empty.cards.len(), ALL.len());
        // The sales over 12 months typed in the form answer next.
        form.sales = "600000".into();
        let from_sales = deck(&form, ALL, &deal);
        assert_eq!(from_sales.hint, texts(Lang::En).plan_from_sales);
        let silver = &from_sales.card("stakhanovets").unwrap().lines[0];
        assert!(silver.starts_with("Silver:"), "{silver}");
        form.plan = "lots".into();
        let bad = deck(&form, ALL, &deal);
        assert!(bad.cards.is_empty() && bad.hint == texts(Lang::En).plan_hint);
        form.plan = "600,000".into();
        let deck = deck(&form, ALL, &deal);
        assert_eq!(deck.hint, "");
        let card = deck.card("stakhanovets").unwrap();
        assert_eq!(card.testid.as_deref(), Some("whatif-stakhanovets"));
        assert_eq!(card.lines.len(), 2);
        assert!(card.lines[0].starts_with("Silver:"), "{}", card.lines[0]);
        assert_eq!(card.title, "Stakhanovets");
        let lists: Vec<(&str, bool)> = card
            .lists
            .iter()
            .map(|l| (l.title.as_str(), l.items.is_empty()))
            .collect();
        assert_eq!(lists, [(texts(Lang::En).requirements, false)]);
    }
}
