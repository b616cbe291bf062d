//! The widget's buttons as typed actions; their names are the buttons'
//! `data-testid`s, which hosts' tests and ours look for.

use super::form::{Sort, View};
use crate::model::Lang;

/// What a button of the widget does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Shows a view.
    Show(View),
    /// Orders the compare table.
    Sort(Sort),
    /// Switches the language.
    Speak(Lang),
    /// Copies the quote as text.
    Copy,
    /// Copies the customer's proposal as text.
    CopyProposal,
    /// Back to the defaults.
    Reset,
    /// Prints the page.
    Print,
    /// Prints the customer's proposal.
    PrintProposal,
    /// Follows the host's call to action (unless the host stops it).
    Cta,
}

/// Every action with its name.
const NAMES: [(Action, &str); 13] = [
    (Action::Show(View::Quote), "view-quote"),
    (Action::Show(View::Compare), "view-compare"),
    (Action::Show(View::WhatIf), "view-whatif"),
    (Action::Sort(Sort::Net), "sort-net"),
    (Action::Sort(Sort::Margin), "sort-margin"),
    (Action::Speak(Lang::Ru), "lang-ru"),
    (Action::Speak(Lang::En), "lang-en"),
    (Action::Copy, "copy"),
    (Action::CopyProposal, "copy-proposal"),
    (Action::Reset, "reset"),
    (Action::Print, "print"),
    (Action::PrintProposal, "print-proposal"),
    (Action::Cta, "cta"),
];

impl Action {
    /// Its name in markup (`view-compare`).
    ///
    /// # Example
    /// ```
    /// use partner_calc::widget::action::Action;
    /// assert_eq!(Action::Copy.name(), "copy");
    /// ```
    pub fn name(self) -> &'static str {
        NAMES
            .iter()
            .find(|(a, _)| *a == self)
            .map(|(_, n)| *n)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_its_own_name() {
        for (action, name) in NAMES {
            assert_eq!(action.name(), name);
            assert_eq!(NAMES.iter().filter(|(_, n)| *n == name).count(), 1);
        }
    }
}
