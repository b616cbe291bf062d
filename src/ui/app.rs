//! The calculator: one [`Widget`] signal (the user's form inside the host's
//! options), the quote and the view-models derived from it as memos, and
//! the markup that draws them. Data flows one way: the fields edit the
//! form, the form prices a quote, the quote makes the view-models, the
//! components draw them. Effects only tell the world outside (the
//! [`Platform`]) of each change, each new quote and the language.

use super::buttons::Buttons;
use super::calc::Calc;
use super::figures::Figures;
use super::foot::Foot;
use super::inputs::Inputs;
use super::ladder::Ladder;
use super::notices::Notices;
use super::panel::Panel;
use super::proposal::Proposal;
use super::quote::Quote;
use crate::model::Lang;
use crate::text::texts;
use crate::widget::action::Action;
use crate::widget::form::{FieldError, Pricing, View};
use crate::widget::options::Widget;
use crate::widget::platform::{Platform, PricedOn};
use crate::widget::url::Ignored;
use crate::widget::view::cards::{cards, Cards};
use crate::widget::view::chrome::{chrome, notice, restored as restored_notice};
use crate::widget::view::controls::{controls, messages, stale, Controls, Shape};
use crate::widget::view::ladder::ladder;
use crate::widget::view::panel::panel;
use crate::widget::view::plain::plain;
use crate::widget::view::proposal::{proposal, text as proposal_text, Proposal as ProposalModel};
use crate::widget::view::sale::{sale, Sale};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen_futures::JsFuture;

/// The whole calculator on `state`; `uid` prefixes its element ids,
/// `ignored` are the parameters of the page's link that could not be used,
/// `platform` is the world outside.
#[component]
pub fn Calculator(
    /// The user's form inside the host's options.
    state: RwSignal<Widget>,
    /// The widget's number on the page.
    uid: usize,
    /// The link's unusable parameters, shown until a reset.
    #[prop(optional)]
    ignored: Vec<Ignored>,
    /// Whether the page brought back the last visit's state (said until a reset).
    #[prop(optional)]
    restored: bool,
    /// The address bar and storage, or the host element, or nothing.
    platform: Rc<dyn Platform>,
) -> impl IntoView {
    let platform = StoredValue::new_local(platform);
    let ignored = RwSignal::new(ignored);
    let restored = RwSignal::new(restored);
    // What the last copy did, for the status line.
    let copied = RwSignal::new(String::new());

    let lang = Memo::new(move |_| state.with(|w| w.form.lang));
    // Shared, not copied: the last valid quote below and the host's events hold the same one.
    let quoted = Memo::new(move |_| state.with(|w| w.form.priced(w.programmes()).map(Arc::new)));
    // The last valid quote stays on screen while the input is bad.
    let shown = Memo::new(move |last: Option<&Option<_>>| match quoted.get() {
        Ok(quote) => Some(quote),
        Err(_) => last.cloned().flatten(),
    });
    let refused =
        Memo::new(move |_| quoted.with(|q| q.as_ref().err().cloned().unwrap_or_default()));
    let messages = Memo::new(move |_| state.with(|w| refused.with(|r| messages(&w.form, r))));
    let stale = Memo::new(move |_| {
        let priced = quoted.with(Result::is_ok);
        state.with(|w| refused.with(|r| (!priced).then(|| stale(&w.form, r))))
    });
    let controls = controls_memo(state);
    let chrome = Memo::new(move |_| state.with(chrome));
    let notice = Memo::new(move |_| state.with(|w| ignored.with(|i| notice(w, i))));
    let welcome = Memo::new(move |_| state.with(|w| restored_notice(w, restored.get())));
    let (figures, sale) = figures_memos(shown, lang);
    let ladder = Memo::new(move |_| {
        state.with(|w| quoted.with(|q| ladder(&w.form, w.programmes(), q.as_deref().ok())))
    });
    let panel = Memo::new(move |_| state.with(|w| panel(&w.form, w.programmes())));
    let on_quote = Memo::new(move |_| state.with(|w| w.form.view == View::Quote));
    let (today, proposal) = proposal_memo(state, shown);
    // While the proposal is being printed, the page prints it alone.
    let printing = RwSignal::new(false);
    tell(state, quoted, platform);
    let act = actions(
        state,
        platform,
        Outside {
            ignored,
            restored,
            copied,
            printing,
            proposal,
        },
    );
    provide_context(Calc {
        state,
        messages,
        act,
    });

    let cta = move || chrome.with(|c| c.cta.clone());
    let views = Memo::new(move |_| chrome.with(|c| c.views.clone()));
    let langs = Memo::new(move |_| chrome.with(|c| c.langs.clone()));

    view! {
        <div
            class="pc"
            class:pc-compact=move || state.with(|w| w.compact)
            class:pc-deal=move || state.with(|w| w.form.lines.len() > 1)
            class:pc-print-proposal=move || printing.get()
            lang=move || chrome.with(|c| c.lang)>
            <header class="pc-head">
                <h2 class="pc-title">{move || chrome.with(|c| c.title.clone())}</h2>
                <Buttons group=views.into() class="pc-toggle" group_class="pc-views" />
                <Buttons group=langs.into() class="pc-lang" group_class="pc-langs" />
            </header>
            <div class="pc-body">
                <div class="pc-summary" hidden=move || !on_quote.get()>
                    <Figures figures uid />
                </div>
                <Inputs controls sale uid />
                <section class="pc-result" aria-labelledby=format!("pc{uid}-net")>
                    <p class="pc-sr" aria-live="polite" aria-atomic="true">
                        {move || figures.with(|f| f.as_ref().map(|f| f.summary.clone()))}
                    </p>
                    <Notices stale notice restored=welcome />
                    <div class="pc-quote" hidden=move || !on_quote.get()>
                        <Quote figures shown sale />
                    </div>
                    <div class="pc-extra" hidden=move || on_quote.get()>
                        <Panel panel uid />
                    </div>
                    <a
                        class="pc-cta"
                        data-testid="cta"
                        href=move || cta().map(|c| c.href).unwrap_or_else(|| "#".into())
                        hidden=move || cta().is_none()
                        on:click=move |ev| {
                            if !act.run(Action::Cta) {
                                ev.prevent_default();
                            }
                        }
                    >
                        {move || cta().map(|c| c.label)}
                    </a>
                </section>
            </div>
            <section class="pc-ladder" hidden=move || !on_quote.get()>
                <Ladder ladder />
            </section>
            <Proposal proposal printing />
            <Foot chrome shown today copied />
        </div>
    }
}

/// The form's controls, made again only when the form's shape changes
/// (not what is typed in it).
fn controls_memo(state: RwSignal<Widget>) -> Memo<Controls> {
    let shape = Memo::new(move |_| state.with(Shape::of));
    Memo::new(move |_| {
        shape.with(|_| ());
        state.with_untracked(|w| controls(&w.form, w.programmes()))
    })
}

/// The texts around the quote on screen (cards) and its sale to the
/// customer, `None` before any quote.
fn figures_memos(
    shown: Memo<Option<Arc<Pricing>>>,
    lang: Memo<Lang>,
) -> (Memo<Option<Cards>>, Memo<Option<Sale>>) {
    let figures = Memo::new(move |_| shown.with(|q| q.as_ref().map(|q| cards(q, lang.get()))));
    let sale = Memo::new(move |_| shown.with(|q| q.as_ref().and_then(|q| sale(q, lang.get()))));
    (figures, sale)
}

/// Today's date (read from the clock outside, once mounted) and the
/// customer's proposal of the quote on screen, dated with it.
#[allow(clippy::type_complexity)]
fn proposal_memo(
    state: RwSignal<Widget>,
    shown: Memo<Option<Arc<Pricing>>>,
) -> (RwSignal<Option<String>>, Memo<Option<ProposalModel>>) {
    let today = RwSignal::new(None::<String>);
    Effect::new(move |_| today.set(Some(date_today())));
    let proposal = Memo::new(move |_| {
        shown.with(|q| {
            state.with(|w| {
                let date = today.get();
                q.as_ref()
                    .map(|q| proposal(&w.form, w.programmes(), q, date.as_deref()))
            })
        })
    });
    (today, proposal)
}

/// Tells `platform` of the world outside of each change of `state`: the
/// state to keep, each new quote of `quoted` (the host's events), the
/// language.
fn tell(
    state: RwSignal<Widget>,
    quoted: Memo<Result<Arc<Pricing>, Vec<FieldError>>>,
    platform: StoredValue<Rc<dyn Platform>, LocalStorage>,
) {
    // The world outside: the kept state, the host's quote events, the
    // language. An effect's first run comes after the current task, when a
    // host may already have destroyed the widget and disposed its state:
    // hence each reads the state itself, with `try_`.
    Effect::new(move |_| {
        state.try_with(|w| platform.try_with_value(|p| p.keep(w)));
    });
    // What the host was last told of: it hears of a quote when that changes.
    Effect::new(move |told: Option<Option<PricedOn>>| {
        let told = told.flatten();
        let now = state.try_with(PricedOn::of)?;
        if !now.prices() || told.as_ref() == Some(&now) {
            return told;
        }
        if let Some(Ok(quote)) = quoted.try_get_untracked() {
            platform.try_with_value(|p| p.quoted(&quote));
        }
        Some(now)
    });
    // The language the platform was last told of.
    Effect::new(move |said: Option<Option<_>>| {
        let lang = state.try_with(|w| w.form.lang)?;
        if said.flatten() != Some(lang) {
            platform.try_with_value(|p| p.language(lang));
        }
        Some(lang)
    });
}

/// What the buttons change outside the form: the notices, the copy
/// status, the printing mode, and the proposal they copy or print.
#[derive(Clone, Copy)]
struct Outside {
    ignored: RwSignal<Vec<Ignored>>,
    restored: RwSignal<bool>,
    copied: RwSignal<String>,
    printing: RwSignal<bool>,
    proposal: Memo<Option<ProposalModel>>,
}

/// What each button does to `state`, telling `platform` where the world
/// outside is involved; `false` when the host stopped the call to action.
fn actions(
    state: RwSignal<Widget>,
    platform: StoredValue<Rc<dyn Platform>, LocalStorage>,
    outside: Outside,
) -> Callback<Action, bool> {
    let Outside {
        ignored,
        restored,
        copied,
        printing,
        proposal,
    } = outside;
    Callback::new(move |action: Action| {
        match action {
            Action::Show(view) => state.update(|w| w.form.view = view),
            Action::Sort(sort) => state.update(|w| w.form.sort = sort),
            Action::Speak(lang) => state.update(|w| w.form.lang = lang),
            // The link goes on unless the host stops it.
            Action::Cta => {
                return state.with_untracked(|w| {
                    let href = w.cta.as_ref().map(|c| c.href.as_str()).unwrap_or_default();
                    let quote = w.form.priced(w.programmes()).ok();
                    platform.with_value(|p| p.cta(href, quote.as_ref()))
                })
            }
            Action::Print => {
                let _ = window().print();
            }
            // The proposal alone, once the page has drawn it for print.
            Action::PrintProposal => {
                printing.set(true);
                request_animation_frame(move || {
                    let _ = window().print();
                    printing.set(false);
                });
            }
            Action::Reset => {
                platform.with_value(|p| p.forget());
                ignored.set(Vec::new());
                restored.set(false);
                state.update(Widget::reset);
                copied.set(String::new());
            }
            Action::Copy => {
                let text = state.with_untracked(|w| {
                    let quote = w.form.priced(w.programmes()).ok()?;
                    let link = platform.with_value(|p| p.link(&w.form));
                    Some(plain(
                        &w.form,
                        w.programmes(),
                        &w.hosted,
                        &quote,
                        link.as_deref(),
                    ))
                });
                copy(state, text, copied);
            }
            Action::CopyProposal => {
                let text = proposal.with_untracked(|p| p.as_ref().map(proposal_text));
                copy(state, text, copied);
            }
        }
        true
    })
}

/// Puts `text` on the clipboard (nothing to copy while the form does not
/// price) and says in `copied` whether it worked.
fn copy(state: RwSignal<Widget>, text: Option<String>, copied: RwSignal<String>) {
    let t = texts(state.with_untracked(|w| w.form.lang));
    let Some(text) = text else {
        copied.set(t.copy_failed.into());
        return;
    };
    let written = JsFuture::from(window().navigator().clipboard().write_text(&text));
    spawn_local(async move {
        let said = match written.await {
            Ok(_) => t.copied,
            Err(_) => t.copy_failed,
        };
        copied.set(said.into());
    });
}

/// Today's date on the visitor's clock, `YYYY-MM-DD`.
pub(super) fn date_today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
