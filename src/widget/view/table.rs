//! A table as plain data: its head and its keyed rows of cells. The
//! waterfall and the compare table are built as one, so one component
//! draws both.

use crate::widget::action::Action;

/// A table of the screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// Its `data-testid`.
    pub testid: &'static str,
    /// Its CSS classes.
    pub class: &'static str,
    /// The column heads.
    pub head: Vec<Head>,
    /// Whether each row's first cell heads the row (`<th scope="row">`).
    pub row_heads: bool,
    /// The rows, each with a key unique in the table.
    pub rows: Vec<Row>,
}

/// A column head.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Head {
    /// Its label.
    pub label: String,
    /// A figure column (right-aligned).
    pub numeric: bool,
    /// The order a click on the head asks for, and whether the table is in it.
    pub sort: Option<(Action, bool)>,
}

/// One row.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Row {
    /// Its key, unique in the table (also its `data-row`).
    pub key: String,
    /// Its CSS class (may be empty).
    pub class: &'static str,
    /// Its cells, one per column.
    pub cells: Vec<Cell>,
}

/// One cell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Cell {
    /// Its text.
    pub text: String,
    /// A figure (right-aligned).
    pub numeric: bool,
    /// A badge after the text (e.g. "best"), if any.
    pub badge: Option<String>,
    /// Its text holds a figure too long to keep on one line in a narrow
    /// cell (a run of over [`Cell::LONG`] characters without a space): it
    /// may break inside its cell.
    pub long: bool,
}

impl Cell {
    /// A cell of text.
    pub fn text(text: impl Into<String>) -> Cell {
        let text = text.into();
        Cell {
            long: long(&text),
            text,
            ..Cell::default()
        }
    }

    /// A figure longer than this many characters may break (a billion
    /// and more: "1 000 000 000,00 ₽").
    pub const LONG: usize = 16;

    /// A cell holding a figure.
    pub fn figure(text: impl Into<String>) -> Cell {
        let text = text.into();
        Cell {
            long: long(&text),
            text,
            numeric: true,
            badge: None,
        }
    }
}

/// Whether `text` has a run of over [`Cell::LONG`] characters without a
/// space (figures join their groups with no-break spaces).
fn long(text: &str) -> bool {
    text.split(' ').any(|run| run.chars().count() > Cell::LONG)
}

impl Head {
    /// A column head labelled `label`; `numeric` for a figure column.
    pub fn new(label: impl Into<String>, numeric: bool) -> Head {
        Head {
            label: label.into(),
            numeric,
            sort: None,
        }
    }
}

impl Table {
    /// The keys of the rows, in order.
    pub fn keys(&self) -> Vec<String> {
        self.rows.iter().map(|r| r.key.clone()).collect()
    }

    /// The row with key `key`, if the table has it.
    pub fn row(&self, key: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_figure_of_a_billion_and_more_may_break() {
        assert!(!Cell::figure("999\u{a0}999\u{a0}999,99\u{a0}₽").long);
        assert!(Cell::figure("1\u{a0}000\u{a0}000\u{a0}000,00\u{a0}₽").long);
        assert!(!Cell::text("a label that is longer than sixteen characters").long);
        assert!(Cell::text("Total (1 × RUB\u{a0}1,000,000,000.00)").long);
    }
}
