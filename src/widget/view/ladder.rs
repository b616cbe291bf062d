//! The tier ladder: the programme's tiers with their thresholds,
//! requirements and benefits, this deal's discount at each, and the
//! programme's terms.

use crate::model::{Lang, Programme};
use crate::text::{fill, texts};
use crate::widget::form::{Form, Pricing};
use crate::widget::format::{money, percent};
use crate::widget::view::card::{Card, Deck, List};

/// The ladder part of the screen: the tiers as cards and the terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ladder {
    /// The tiers, the current one marked, each with this deal's discount.
    pub deck: Deck,
    /// The terms' heading.
    pub notes_title: String,
    /// The programme's terms and the product's notes.
    pub notes: Vec<String>,
}

/// One tier on the ladder.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Rung {
    /// The tier's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its threshold ("≥ amount"), or empty.
    pub threshold: String,
    /// Its requirements.
    pub requirements: Vec<String>,
    /// Its benefits.
    pub benefits: Vec<String>,
}

/// The rungs of `form`'s programme, lowest first.
pub fn rungs(form: &Form, programmes: &[Programme]) -> Vec<Rung> {
    let lang = form.lang;
    let Some(programme) = form.programme(programmes) else {
        return Vec::new();
    };
    let texts_of =
        |facts: &[crate::model::Fact]| facts.iter().map(|f| f.text.get(lang).to_string()).collect();
    programme
        .tiers
        .iter()
        .map(|tier| Rung {
            id: tier.id.to_string(),
            name: tier.name.get(lang).into(),
            threshold: tier
                .threshold
                .as_ref()
                .map(|t| {
                    fill(
                        texts(lang).rung_threshold,
                        &[("amount", &money(t.amount.0, programme.currency, lang))],
                    )
                })
                .unwrap_or_default(),
            requirements: texts_of(&tier.requirements),
            benefits: texts_of(&tier.benefits),
        })
        .collect()
}

/// This deal's discount at every tier of the programme (or "agreed"), in
/// tier order.
pub fn discounts(form: &Form, programmes: &[Programme]) -> Vec<String> {
    form.ladder(programmes)
        .into_iter()
        .map(
            |(_, quote)| match quote.and_then(|q| q.effective_discount_percent()) {
                Some(p) => percent(p, form.lang),
                None => texts(form.lang).agreed.into(),
            },
        )
        .collect()
}

/// The programme's terms and the product's notes.
pub fn notes(form: &Form, programmes: &[Programme]) -> Vec<String> {
    let lang: Lang = form.lang;
    let Some(programme) = form.programme(programmes) else {
        return Vec::new();
    };
    let mut notes: Vec<String> = Vec::new();
    let products = (0..form.lines.len()).filter_map(|i| form.product_of(programmes, i));
    for note in programme
        .notes
        .iter()
        .chain(products.flat_map(|p| p.notes.iter()))
    {
        let text = note.text.get(lang);
        if !notes.iter().any(|n| n == text) {
            notes.push(text.to_string());
        }
    }
    notes
}

/// The ladder of `form`'s programme in `programmes` (empty without one),
/// with the next tier and the tiers met of `priced`, the form's pricing.
pub fn ladder(form: &Form, programmes: &[Programme], priced: Option<&Pricing>) -> Ladder {
    if form.programme(programmes).is_none() {
        return Ladder::default();
    }
    let t = texts(form.lang);
    let next = priced.as_ref().and_then(|q| q.next_tier());
    let met = |id: &str| priced.as_ref().is_some_and(|q| q.met(id));
    let list = |title: &str, items: Vec<String>| {
        (!items.is_empty()).then(|| List {
            title: title.into(),
            items,
            folded: true,
        })
    };
    let cards = rungs(form, programmes)
        .into_iter()
        .zip(discounts(form, programmes))
        .map(|(r, figure)| Card {
            current: r.id == form.tier,
            testid: None,
            title: r.name,
            figure,
            lines: if met(&r.id) {
                vec![t.rung_met.into()]
            } else if next == Some(r.id.as_str()) {
                vec![t.rung_next.into()]
            } else {
                Vec::new()
            },
            hint: r.threshold,
            lists: [
                list(t.requirements, r.requirements),
                list(t.benefits, r.benefits),
            ]
            .into_iter()
            .flatten()
            .collect(),
            key: r.id,
        })
        .collect();
    Ladder {
        deck: Deck {
            title: t.ladder.into(),
            testid: "ladder",
            hint: String::new(),
            cards,
        },
        notes_title: t.notes.into(),
        notes: notes(form, programmes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;

    #[test]
    fn smart_soft_shows_three_rungs_with_this_deals_discount() {
        let form = Form::new(ALL, "smart-soft", Lang::En);
        let names: Vec<String> = rungs(&form, ALL).into_iter().map(|r| r.name).collect();
        assert_eq!(names.len(), 3);
        assert_eq!(discounts(&form, ALL), ["25%", "30%", "35%"]);
        let deck = ladder(&form, ALL, form.priced(ALL).ok().as_ref()).deck;
        let figures: Vec<(&str, bool)> = deck
            .cards
            .iter()
            .map(|c| (c.figure.as_str(), c.current))
            .collect();
        assert_eq!(figures, [("25%", true), ("30%", false), ("35%", false)]);
        assert!(deck
            .cards
            .iter()
            .all(|c| c.lists.iter().all(|l| !l.items.is_empty())));
        assert!(deck.cards.iter().all(|c| c.lines.len() <= 1));
        let asoft = Form::new(ALL, "asoft", Lang::En);
        let terms = notes(&asoft, ALL);
        assert!(
            terms.len() >= 2 && terms.iter().all(|n| !n.trim().is_empty()),
            "{terms:?}"
        );
    }

    #[test]
    fn a_tier_without_requirements_shows_only_its_benefits() {
        let form = Form::new(ALL, "stakhanovets", Lang::En);
        let deck = ladder(&form, ALL, form.priced(ALL).ok().as_ref()).deck;
        let t = texts(Lang::En);
        let titles = |key: &str| -> Vec<String> {
            let card = deck.card(key).unwrap();
            card.lists.iter().map(|l| l.title.clone()).collect()
        };
        assert_eq!(titles("white"), [t.requirements, t.benefits]);
        assert_eq!(
            titles("bronze"),
            [t.benefits],
            "Bronze lists no requirements"
        );
    }

    #[test]
    fn stakhanovets_white_with_600_000_marks_bronze_and_silver_met_and_gold_next() {
        let mut form = Form::new(ALL, "stakhanovets", Lang::En);
        form.sales = "600000".into();
        let deck = ladder(&form, ALL, form.priced(ALL).ok().as_ref()).deck;
        let lines: Vec<(&str, Vec<String>)> = deck
            .cards
            .iter()
            .map(|c| (c.key.as_str(), c.lines.clone()))
            .collect();
        let met = vec![texts(Lang::En).rung_met.to_string()];
        let next = vec![texts(Lang::En).rung_next.to_string()];
        assert_eq!(
            lines,
            [
                ("white", vec![]),
                ("bronze", met.clone()),
                ("silver", met),
                ("gold", next),
                ("trusted", vec![]),
            ]
        );
    }
}
