//! What the widget's surroundings do for it: the standalone page keeps the
//! state in the address bar and storage and words its own heading; the
//! embedded widget tells its host of each quote. Each entry point passes
//! its own [`Platform`] in; `()` is the platform of a widget on its own.

use crate::engine::DealRequest;
use crate::model::{Lang, Programme};
use crate::widget::form::{Form, Pricing};
use crate::widget::options::Widget;
use std::sync::Arc;

/// The world outside the widget. Every method has a default that does
/// nothing, so `()` is the platform of a widget on its own (tests).
pub trait Platform {
    /// Keeps the state after a change (a platform may delay the write).
    fn keep(&self, _widget: &Widget) {}
    /// Forgets the kept state (on reset).
    fn forget(&self) {}
    /// A link that restores `form`, for the copied quote.
    fn link(&self, _form: &Form) -> Option<String> {
        None
    }
    /// A new valid quote (of one line or a deal) is on screen.
    fn quoted(&self, _quote: &Pricing) {}
    /// The widget's language is `lang` (also at start).
    fn language(&self, _lang: Lang) {}
    /// The user follows the call to action to `href` with `quote` on
    /// screen: whether to go on (a host may stop it).
    fn cta(&self, _href: &str, _quote: Option<&Pricing>) -> bool {
        true
    }
}

impl Platform for () {}

/// What a widget's quote is priced on: its request (`None` while the form
/// does not price) and its programmes, compared by identity. The host is
/// told of a quote when this changes, not when only the view or the
/// language does.
#[derive(Clone, Debug)]
pub struct PricedOn {
    request: Option<DealRequest>,
    all: Arc<[Programme]>,
}

impl PartialEq for PricedOn {
    fn eq(&self, other: &PricedOn) -> bool {
        self.request == other.request && Arc::ptr_eq(&self.all, &other.all)
    }
}

impl PricedOn {
    /// What `widget`'s quote is priced on.
    pub fn of(widget: &Widget) -> PricedOn {
        PricedOn {
            request: widget.form.request(widget.programmes()).ok(),
            all: widget.all.clone(),
        }
    }

    /// Whether the form prices (there is a quote to tell of).
    pub fn prices(&self) -> bool {
        self.request.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;
    use crate::widget::form::{Edit, View};

    #[test]
    fn a_widget_on_its_own_copies_no_link_and_lets_the_cta_go() {
        let form = Form::new(ALL, "asoft", Lang::Ru);
        assert_eq!(().link(&form), None);
        assert!(().cta("https://example.org/", None));
    }

    #[test]
    fn only_the_request_or_new_programmes_change_what_a_quote_is_priced_on() {
        let mut widget = Widget::new(ALL, "asoft");
        let before = PricedOn::of(&widget);
        assert!(before.prices());
        widget.form.view = View::Compare;
        widget.form.lang = Lang::En;
        assert_eq!(PricedOn::of(&widget), before, "view and language");
        widget.edit(Edit::Quantity(0, "2".into()));
        assert_ne!(PricedOn::of(&widget), before, "quantity");
        let two = PricedOn::of(&widget);
        widget.all = widget.all.iter().cloned().collect();
        assert_ne!(PricedOn::of(&widget), two, "equal programmes, new copy");
        widget.edit(Edit::Quantity(0, "x".into()));
        assert!(!PricedOn::of(&widget).prices());
    }
}
