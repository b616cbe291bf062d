//! The widget's foot: the data line, the disclaimer, the action buttons
//! with the CSV download, and what the last copy did.

use super::buttons::Buttons;
use super::download::Download;
use crate::widget::form::Pricing;
use crate::widget::view::chrome::Chrome;
use leptos::prelude::*;
use std::sync::Arc;

/// The foot of the calculator.
#[component]
pub fn Foot(
    /// The frame around the quote.
    chrome: Memo<Chrome>,
    /// The quote on screen (the CSV's).
    shown: Memo<Option<Arc<Pricing>>>,
    /// Today's date, once the clock has been read.
    today: RwSignal<Option<String>>,
    /// What the last copy did.
    copied: RwSignal<String>,
) -> impl IntoView {
    let actions = Memo::new(move |_| chrome.with(|c| c.actions.clone()));
    view! {
        <footer class="pc-foot">
            <p class="pc-source">{move || chrome.with(|c| c.source.clone())}</p>
            <p class="pc-disclaimer">{move || chrome.with(|c| c.disclaimer.clone())}</p>
            <div class="pc-actions">
                <Buttons group=actions.into() class="pc-action" group_class="pc-actions" />
                <Download shown today label=Signal::derive(move || chrome.with(|c| c.csv.clone())) />
            </div>
            <p class="pc-copied" role="status" data-testid="copy-status">
                {move || copied.with(|c| (!c.is_empty()).then(|| c.clone()))}
            </p>
        </footer>
    }
}
