//! One line of the deal as typed, and the form's edits of its lines: add,
//! duplicate, remove, and the share-priced lines that follow a licence line.

use super::choice::Chosen;
use super::Form;
use crate::engine::MAX_LINES;
use crate::model::{Category, Product, Programme};

/// One line of the deal: what the user has typed and picked for it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Line {
    /// The line's identity while the form lives (keyed lists and focus
    /// follow it); not part of links.
    pub key: u32,
    /// Product id.
    pub product: String,
    /// Deal situation id.
    pub situation: String,
    /// Quantity as typed.
    pub quantity: String,
    /// Unit RRP as typed.
    pub unit_price: String,
    /// The values of the line's own adjustable steps (deal-wide ones are
    /// the form's).
    pub choices: Chosen,
    /// For a share-priced product: the index of the licence line whose
    /// delivery it follows; `None` prices it from its own typed price.
    pub share_of: Option<usize>,
    /// The line's own customer discount, as typed (empty: the deal's).
    pub discount: String,
}

impl Line {
    /// A line of one unit at the example price, not yet on a product.
    pub fn new(key: u32) -> Line {
        Line {
            key,
            quantity: "1".into(),
            unit_price: "100000".into(),
            ..Line::default()
        }
    }
}

impl Form {
    /// The product of line `line`, if both are known.
    pub fn product_of<'a>(&self, programmes: &'a [Programme], line: usize) -> Option<&'a Product> {
        let id = &self.lines.get(line)?.product;
        self.programme(programmes)?
            .products
            .iter()
            .find(|p| p.id == *id)
    }

    /// Whether line `line` can lead a share-priced line: a licence whose
    /// price is no share itself.
    pub fn leads(&self, programmes: &[Programme], line: usize) -> bool {
        self.product_of(programmes, line)
            .is_some_and(|p| p.category == Category::Licence && p.list_share.is_none())
    }

    /// The lines a share-priced line `line` can follow.
    pub fn leaders(&self, programmes: &[Programme], line: usize) -> Vec<usize> {
        (0..self.lines.len())
            .filter(|&i| i != line && self.leads(programmes, i))
            .collect()
    }

    /// Adds a line of the programme's first product after the others
    /// (none past [`MAX_LINES`]); `true` when it did.
    pub fn add_line(&mut self, programmes: &[Programme]) -> bool {
        if self.lines.len() >= MAX_LINES {
            return false;
        }
        self.lines.push(Line::new(self.next_key()));
        let at = self.lines.len() - 1;
        self.select_product(programmes, at, "");
        true
    }

    /// Puts a copy of line `line` right after it (none past [`MAX_LINES`]).
    pub fn duplicate_line(&mut self, line: usize) -> bool {
        let Some(copy) = self.lines.get(line).cloned() else {
            return false;
        };
        if self.lines.len() >= MAX_LINES {
            return false;
        }
        for l in &mut self.lines {
            l.share_of = l.share_of.map(|s| if s > line { s + 1 } else { s });
        }
        let key = self.next_key();
        self.lines.insert(line + 1, Line { key, ..copy });
        true
    }

    /// Removes line `line` (never the last one left); lines that followed
    /// it follow another licence line, or their own price.
    pub fn remove_line(&mut self, programmes: &[Programme], line: usize) -> bool {
        if self.lines.len() < 2 || line >= self.lines.len() {
            return false;
        }
        self.lines.remove(line);
        for l in &mut self.lines {
            l.share_of = match l.share_of {
                Some(s) if s > line => Some(s - 1),
                Some(s) if s == line => Some(usize::MAX),
                other => other,
            };
        }
        for i in 0..self.lines.len() {
            if self.lines[i].share_of == Some(usize::MAX) {
                self.lines[i].share_of = self.leaders(programmes, i).first().copied();
            }
        }
        true
    }

    /// After line `line` changed product: it follows the first licence line
    /// if it is share-priced, and lines that followed it and can no longer
    /// do so follow another.
    pub(super) fn settle_shares(&mut self, programmes: &[Programme], line: usize) {
        let shared = self
            .product_of(programmes, line)
            .is_some_and(|p| p.list_share.is_some());
        let follows = shared.then(|| self.leaders(programmes, line).first().copied());
        self.lines[line].share_of = follows.flatten();
        if self.lines[line].share_of.is_some() {
            self.lines[line].quantity = "1".into();
        }
        if !self.leads(programmes, line) {
            for i in 0..self.lines.len() {
                if self.lines[i].share_of == Some(line) {
                    self.lines[i].share_of = self.leaders(programmes, i).first().copied();
                }
            }
        }
    }

    /// Makes line `line` follow `leader` (or its own price for `None`); a
    /// line that cannot lead it is refused.
    pub fn follow(&mut self, programmes: &[Programme], line: usize, leader: Option<usize>) {
        let ok = leader.is_none_or(|l| self.leaders(programmes, line).contains(&l));
        let shared = self
            .product_of(programmes, line)
            .is_some_and(|p| p.list_share.is_some());
        if ok && shared {
            self.lines[line].share_of = leader;
            if leader.is_some() {
                self.lines[line].quantity = "1".into();
            }
        }
    }

    /// A key no line has.
    fn next_key(&self) -> u32 {
        self.lines
            .iter()
            .map(|l| l.key.saturating_add(1))
            .max()
            .unwrap_or_default()
    }
}
