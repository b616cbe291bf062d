//! Controls for the adjustable steps at the current tier: "up to" ranges as
//! text fields, bonuses as checkboxes, one-of options as selects. All three
//! share one element structure (the unused inputs are hidden), which keeps
//! the wasm small.

use super::fields::option_list;
use super::strings::strings;
use super::{message_for, Outcome};
use crate::engine::form::{ControlKind, Field, Form};
use crate::engine::format::percent;
use crate::model::Lang;
use crate::programmes::ALL;
use leptos::prelude::*;

/// One adjustable step as shown, detached from the programme data so that
/// the list is rebuilt only when the programme, tier or language changes.
#[derive(Clone, PartialEq)]
struct Choice {
    id: String,
    label: String,
    note: String,
    kind: Kind,
    options: Vec<(String, String)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Range,
    Bonus,
    OneOf,
}

/// The choices of the form's situation at its tier, worded in its language.
fn choices(form: &Form) -> Vec<Choice> {
    let lang = form.lang;
    let s = strings(lang);
    form.controls(ALL)
        .iter()
        .map(|c| {
            let mut options = Vec::new();
            let (kind, label, mut note) = match &c.kind {
                ControlKind::Range(r) => (
                    Kind::Range,
                    format!("{}, %", c.label.get(lang)),
                    format!(
                        "{}–{}, {}",
                        percent(r.min.0, lang),
                        percent(r.max.0, lang),
                        s.discretion
                    ),
                ),
                ControlKind::Bonus(p) => (
                    Kind::Bonus,
                    format!("{} (+{})", c.label.get(lang), percent(*p, lang)),
                    String::new(),
                ),
                ControlKind::OneOf(picks) => {
                    options.push(("none".to_string(), s.none.to_string()));
                    options.extend(picks.iter().map(|p| {
                        (
                            p.id.to_string(),
                            format!("{} (+{})", p.label.get(lang), percent(p.percent.0, lang)),
                        )
                    }));
                    (Kind::OneOf, c.label.get(lang).to_string(), String::new())
                }
            };
            if let Some(how) = c.paid_later {
                if !note.is_empty() {
                    note.push_str(". ");
                }
                note.push_str(how.get(lang));
            }
            Choice {
                id: c.id.to_string(),
                label,
                note,
                kind,
                options,
            }
        })
        .collect()
}

/// The fieldset of step controls; hidden when the deal has none.
#[component]
pub fn Choices(
    uid: usize,
    form: RwSignal<Form>,
    outcome: Memo<Outcome>,
    lang: Memo<Lang>,
) -> impl IntoView {
    let list = Memo::new(move |_| form.with(choices));
    let control = move |c: Choice| {
        let id = format!("pc{uid}-step-{}", c.id);
        let (error_id, hint_id) = (format!("{id}-error"), format!("{id}-hint"));
        let field = Field::Step(c.id.clone());
        let error = Signal::derive(move || outcome.with(|o| message_for(o, &field)));
        let invalid = move || error.with(Option::is_some);
        let (step, kind) = (c.id.clone(), c.kind);
        let (s1, s2, s3, s4) = (step.clone(), step.clone(), step.clone(), step);
        let current = form.with(|f| f.picks.get(&s4).cloned().unwrap_or_else(|| "none".into()));
        let own_id = move |k: Kind| (kind == k).then(|| id.clone());
        let (range_id, bonus_id, pick_id) = (
            own_id(Kind::Range),
            own_id(Kind::Bonus),
            own_id(Kind::OneOf),
        );
        view! {
            <div class="pc-field" class:pc-invalid=invalid>
                <label for=format!("pc{uid}-step-{}", c.id)>{c.label}</label>
                <input type="text" id=range_id hidden=kind != Kind::Range inputmode="decimal" autocomplete="off"
                    aria-invalid=move || invalid().to_string() aria-describedby=format!("{error_id} {hint_id}")
                    prop:value=move || form.with(|f| f.percents.get(&s1).cloned().unwrap_or_default())
                    on:input=move |ev| form.update(|f| { f.percents.insert(s2.clone(), event_target_value(&ev)); }) />
                <input type="checkbox" id=bonus_id hidden=kind != Kind::Bonus aria-describedby=hint_id.clone()
                    prop:checked=move || form.with(|f| f.bonuses.get(&s3).copied().unwrap_or(false))
                    on:change={ let s = c.id.clone(); move |ev| form.update(|f| { f.bonuses.insert(s.clone(), event_target_checked(&ev)); }) } />
                <select id=pick_id hidden=kind != Kind::OneOf aria-describedby=hint_id.clone()
                    on:change={ let s = c.id.clone(); move |ev| form.update(|f| { f.picks.insert(s.clone(), event_target_value(&ev)); }) }>
                    {option_list(c.options, &current)}
                </select>
                <p class="pc-error" id=error_id hidden=move || !invalid()>{move || error.get().unwrap_or_default()}</p>
                <p class="pc-hint" id=hint_id hidden=c.note.is_empty()>{c.note.clone()}</p>
            </div>
        }
    };
    view! {
        <fieldset class="pc-choices" hidden=move || list.with(Vec::is_empty)>
            <legend>{move || strings(lang.get()).options}</legend>
            {move || list.get().into_iter().map(control).collect::<Vec<_>>()}
        </fieldset>
    }
}
