//! Labelled inputs: selects, number fields with their messages, and the
//! controls of adjustable steps.

use super::strings::strings;
use crate::engine::form::{Control, ControlKind, Form};
use crate::engine::format::percent;
use crate::model::Lang;
use leptos::prelude::*;

/// A labelled `<select>` of (id, name) options.
#[component]
pub fn Select(
    id: String,
    label: Signal<&'static str>,
    options: Signal<Vec<(String, String)>>,
    value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="pc-field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev))>
                {move || {
                    let current = value.get();
                    options.get().into_iter().map(|(id, name)| {
                        let selected = id == current;
                        view! { <option value=id selected=selected>{name}</option> }
                    }).collect_view()
                }}
            </select>
        </div>
    }
}

/// A labelled text field for a number typed in the user's notation, with
/// its message shown next to it and announced through `aria-invalid`.
#[component]
pub fn NumberField(
    id: String,
    label: Signal<String>,
    value: Signal<String>,
    error: Signal<Option<String>>,
    on_input: Callback<String>,
    #[prop(optional)] numeric: bool,
    #[prop(optional)] hint: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let ids: Vec<&str> = [
                error.with(Option::is_some).then_some(error_id.as_str()),
                hint.with(Option::is_some).then_some(hint_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="pc-field" class:pc-invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <input id=id type="text" autocomplete="off" spellcheck="false"
                inputmode=if numeric { "numeric" } else { "decimal" }
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev)) />
            {move || hint.get().map(|h| view! { <p class="pc-hint" id=hint_id.clone()>{h}</p> })}
            {move || error.get().map(|e| view! { <p class="pc-error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}

/// An adjustable step as the UI shows it, detached from the programme data.
#[derive(Clone, PartialEq)]
pub struct Choice {
    id: String,
    label: String,
    kind: ChoiceKind,
    note: String,
}

#[derive(Clone, PartialEq)]
enum ChoiceKind {
    Range,
    Bonus,
    OneOf(Vec<(String, String)>),
}

impl Choice {
    /// The choice for `control`, worded in `lang`.
    pub fn from_control(control: &Control<'_>, lang: Lang) -> Choice {
        let s = strings(lang);
        let (kind, label, mut note) = match &control.kind {
            ControlKind::Range(range) => (
                ChoiceKind::Range,
                format!("{}, %", control.label.get(lang)),
                format!("{}–{}, {}", percent(range.min.0, lang), percent(range.max.0, lang), s.discretion),
            ),
            ControlKind::Bonus(p) => (ChoiceKind::Bonus, format!("{} (+{})", control.label.get(lang), percent(*p, lang)), String::new()),
            ControlKind::OneOf(picks) => {
                let mut options = vec![("none".to_string(), s.none.to_string())];
                options.extend(picks.iter().map(|p| (p.id.to_string(), format!("{} (+{})", p.label.get(lang), percent(p.percent.0, lang)))));
                (ChoiceKind::OneOf(options), control.label.get(lang).to_string(), String::new())
            }
        };
        if let Some(how) = control.paid_later {
            if !note.is_empty() {
                note.push_str(". ");
            }
            note.push_str(how.get(lang));
        }
        Choice { id: control.id.to_string(), label, kind, note }
    }

    /// The step id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The control, bound to the form.
    pub fn render(self, uid: usize, form: RwSignal<Form>, error: Signal<Option<String>>) -> AnyView {
        let id = format!("pc{uid}-step-{}", self.id);
        let step = self.id.clone();
        let note = (!self.note.is_empty()).then_some(self.note.clone());
        match self.kind {
            ChoiceKind::Range => {
                let (read, write) = (step.clone(), step);
                view! {
                    <NumberField id=id label=Signal::stored(self.label) hint=Signal::stored(note)
                        value=Signal::derive(move || form.with(|f| f.percents.get(&read).cloned().unwrap_or_default()))
                        error=error
                        on_input=Callback::new(move |v: String| form.update(|f| { f.percents.insert(write.clone(), v); })) />
                }
                .into_any()
            }
            ChoiceKind::Bonus => {
                let read = step.clone();
                let hint_id = format!("{id}-hint");
                view! {
                    <div class="pc-check">
                        <input type="checkbox" id=id.clone() aria-describedby=note.as_ref().map(|_| hint_id.clone())
                            prop:checked=move || form.with(|f| f.bonuses.get(&read).copied().unwrap_or(false))
                            on:change=move |ev| form.update(|f| { f.bonuses.insert(step.clone(), event_target_checked(&ev)); }) />
                        <label for=id>{self.label}</label>
                        {note.map(|n| view! { <p class="pc-hint" id=hint_id>{n}</p> })}
                    </div>
                }
                .into_any()
            }
            ChoiceKind::OneOf(options) => {
                let read = step.clone();
                view! {
                    <div class="pc-field">
                        <label for=id.clone()>{self.label}</label>
                        <select id=id on:change=move |ev| form.update(|f| { f.picks.insert(step.clone(), event_target_value(&ev)); })>
                            {options.into_iter().map(|(value, name)| {
                                let read = read.clone();
                                let chosen = value.clone();
                                view! {
                                    <option value=value selected=move || form.with(|f| f.picks.get(&read).map_or(chosen == "none", |p| *p == chosen))>{name}</option>
                                }
                            }).collect_view()}
                        </select>
                        {note.map(|n| view! { <p class="pc-hint">{n}</p> })}
                    </div>
                }
                .into_any()
            }
        }
    }
}
