//! What the widget's surroundings do for it: the standalone page keeps the
//! state in the address bar and storage and words its own heading; the
//! embedded widget tells its host of each quote.

use crate::engine::Quote;
use crate::model::Lang;
use crate::widget::form::Form;
use crate::widget::options::Widget;

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
    /// A new valid quote is on screen.
    fn quoted(&self, _quote: &Quote) {}
    /// The widget's language is `lang` (also at start).
    fn language(&self, _lang: Lang) {}
    /// The user follows the call to action to `href` with `quote` on
    /// screen: whether to go on (a host may stop it).
    fn cta(&self, _href: &str, _quote: Option<&Quote>) -> bool {
        true
    }
}

impl Platform for () {}
