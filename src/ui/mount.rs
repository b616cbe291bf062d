//! The calculator as a page's mount point shows it: one view for the
//! browser, which mounts it (`src/page.rs`), and for the build, which
//! renders its first screen to HTML natively (`examples/prerender`), so
//! that the page's HTML and the app draw the same thing.

use super::app::Calculator;
use crate::programmes::ALL;
use crate::widget::options::Widget;
use crate::widget::platform::Platform;
use crate::widget::url::Ignored;
use leptos::prelude::*;
use std::rc::Rc;

/// The calculator on `widget` at the page's mount point number `uid` (its
/// element ids are `pc{uid}-…`), with the link's unusable parameters
/// `ignored`, `restored` when the page brought back the last visit's
/// state, in `platform`.
pub fn calculator(
    widget: Widget,
    uid: usize,
    ignored: Vec<Ignored>,
    restored: bool,
    platform: Rc<dyn Platform>,
) -> impl IntoView {
    let state = RwSignal::new(widget);
    view! { <Calculator state uid ignored restored platform /> }
}

/// The HTML of what the mount point number `uid` with `data-vendor` =
/// `vendor` shows first when no link or stored state says otherwise: the
/// calculator on [`Widget::new`]'s defaults (Russian), rendered by
/// [`calculator`]. Effects do not run here (they are the browser's), so
/// whatever an effect draws is not in it.
pub fn first_screen(vendor: &str, uid: usize) -> String {
    let owner = Owner::new();
    owner.with(|| {
        calculator(
            Widget::new(ALL, vendor),
            uid,
            Vec::new(),
            false,
            Rc::new(()),
        )
        .to_html()
    })
}
