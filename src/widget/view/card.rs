//! A card as plain data: a titled block with a figure, lines of text and
//! lists. The tier ladder and the what-if standings are built as cards,
//! so one component draws both.

/// One card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Card {
    /// Its key, unique among its cards.
    pub key: String,
    /// Its `data-testid`, if tests and hosts look for it.
    pub testid: Option<String>,
    /// Its title.
    pub title: String,
    /// The figure beside the title (may be empty).
    pub figure: String,
    /// Whether it is the partner's current one (`aria-current`).
    pub current: bool,
    /// Its lines of text.
    pub lines: Vec<String>,
    /// A hint under the lines (may be empty).
    pub hint: String,
    /// Its lists, each under a title.
    pub lists: Vec<List>,
}

/// A titled list of a card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct List {
    /// Its title.
    pub title: String,
    /// Its items.
    pub items: Vec<String>,
    /// Folded until opened (`<details>`).
    pub folded: bool,
}

/// Cards with a heading.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deck {
    /// The heading (may be empty).
    pub title: String,
    /// The `data-testid` of the list of cards (may be empty).
    pub testid: &'static str,
    /// A hint under the heading (may be empty).
    pub hint: String,
    /// The cards.
    pub cards: Vec<Card>,
}

impl Deck {
    /// The keys of the cards, in order.
    pub fn keys(&self) -> Vec<String> {
        self.cards.iter().map(|c| c.key.clone()).collect()
    }

    /// The card with key `key`, if the deck has it.
    pub fn card(&self, key: &str) -> Option<&Card> {
        self.cards.iter().find(|c| c.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deck_lists_its_keys_in_order_and_finds_a_card_by_key() {
        let card = |key: &str| Card {
            key: key.into(),
            title: key.to_uppercase(),
            ..Card::default()
        };
        let deck = Deck {
            cards: vec![card("b"), card("a")],
            ..Deck::default()
        };
        assert_eq!(deck.keys(), ["b", "a"]);
        assert_eq!(deck.card("a").map(|c| c.title.as_str()), Some("A"));
        assert_eq!(deck.card("c"), None);
    }
}
