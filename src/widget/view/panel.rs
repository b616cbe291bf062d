//! The panel beside the quote: the compare or what-if view, or why it
//! cannot be drawn while the form's quantity or price is bad.

use crate::model::Programme;
use crate::text::{fill, texts};
use crate::widget::form::{Form, View};
use crate::widget::view::card::Deck;
use crate::widget::view::compare::{comparison, deal, Comparison};
use crate::widget::view::controls::{plan, Control};
use crate::widget::view::what_if::deck;

/// What the panel shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    /// Nothing: the quote view is on.
    #[default]
    Closed,
    /// The view cannot be drawn: the form's deal is not valid.
    Stale(String),
    /// Every tier of every programme.
    Compare(Comparison),
    /// Each programme's standing for the expected sales, under their field.
    WhatIf(Control, Deck),
}

/// The panel of `form` with `programmes` to compare.
pub fn panel(form: &Form, programmes: &[Programme]) -> Panel {
    if form.view == View::Quote {
        return Panel::Closed;
    }
    let Some(deal) = deal(form, programmes) else {
        let stale = fill(texts(form.lang).stale, &[("problem", "")]);
        return Panel::Stale(stale.trim_end().into());
    };
    match form.view {
        View::Compare => Panel::Compare(comparison(form, programmes, &deal)),
        _ => Panel::WhatIf(plan(form.lang), deck(form, programmes, &deal)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::programmes::ALL;

    #[test]
    fn each_view_gets_its_panel_and_a_bad_price_a_stale_notice() {
        let mut form = Form::new(ALL, "asoft", Lang::En);
        assert_eq!(panel(&form, ALL), Panel::Closed);
        form.view = View::Compare;
        assert!(matches!(panel(&form, ALL), Panel::Compare(c) if !c.table.rows.is_empty()));
        form.view = View::WhatIf;
        assert!(
            matches!(panel(&form, ALL), Panel::WhatIf(c, d) if c.id == "plan" && d.title == texts(Lang::En).what_if_title)
        );
        form.lines[0].unit_price = "abc".into();
        let Panel::Stale(said) = panel(&form, ALL) else {
            panic!("a bad price cannot be compared");
        };
        assert!(!said.is_empty() && !said.ends_with(' '), "{said:?}");
    }
}
