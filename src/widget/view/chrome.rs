//! The widget's frame around the quote: its heading, the view and language
//! switches, the action buttons, the data line, the disclaimer, the host's
//! call to action and the notice of what could not be applied.

use crate::model::Lang;
use crate::text::{deal_texts, texts};
use crate::widget::action::Action;
use crate::widget::form::View;
use crate::widget::options::Widget;
use crate::widget::sentences::ignored as ignored_notice;
use crate::widget::url::Ignored;
use crate::widget::view::plain::source_line;

/// A button of the widget.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Button {
    /// What it does (its name is the button's `data-testid`).
    pub action: Action,
    /// Its label.
    pub label: String,
    /// For a switch: whether it is the one on (`aria-pressed`).
    pub pressed: Option<bool>,
}

/// A group of buttons with a name for assistive technology.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Buttons {
    /// The group's name (`aria-label`), empty for none.
    pub label: String,
    /// The buttons, in order.
    pub buttons: Vec<Button>,
}

/// The host's call to action as the widget shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Where it leads.
    pub href: String,
    /// Its label in the widget's language.
    pub label: String,
}

/// Everything around the quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chrome {
    /// The widget's language code (`ru`, `en`).
    pub lang: &'static str,
    /// The heading.
    pub title: String,
    /// The view switch.
    pub views: Buttons,
    /// The language switch.
    pub langs: Buttons,
    /// Copy, copy the proposal, print, print the proposal, reset.
    pub actions: Buttons,
    /// The CSV download link's label.
    pub csv: String,
    /// The data date and source line.
    pub source: String,
    /// The disclaimer.
    pub disclaimer: String,
    /// The host's call to action, if it set one.
    pub cta: Option<Link>,
}

/// The frame of `widget` in its form's language.
pub fn chrome(widget: &Widget) -> Chrome {
    let form = &widget.form;
    let lang = form.lang;
    let t = texts(lang);
    let switch = |action, label: &str, on| Button {
        action,
        label: label.into(),
        pressed: Some(on),
    };
    let button = |action, label: &str| Button {
        action,
        label: label.into(),
        pressed: None,
    };
    let views = [
        (View::Quote, t.view_quote),
        (View::Compare, t.view_compare),
        (View::WhatIf, t.view_what_if),
    ];
    Chrome {
        lang: match lang {
            Lang::Ru => "ru",
            Lang::En => "en",
        },
        title: t.title.into(),
        views: Buttons {
            label: t.views.into(),
            buttons: views
                .into_iter()
                .map(|(v, label)| switch(Action::Show(v), label, form.view == v))
                .collect(),
        },
        langs: Buttons {
            label: t.language.into(),
            buttons: [Lang::Ru, Lang::En]
                .into_iter()
                .map(|l| switch(Action::Speak(l), texts(l).lang_button, lang == l))
                .collect(),
        },
        actions: Buttons {
            label: String::new(),
            buttons: vec![
                button(Action::Copy, t.copy),
                button(Action::CopyProposal, deal_texts(lang).copy_proposal),
                button(Action::Print, t.print),
                button(Action::PrintProposal, deal_texts(lang).print_proposal),
                button(Action::Reset, t.reset),
            ],
        },
        csv: deal_texts(lang).csv_download.into(),
        source: source_line(form, widget.programmes(), &widget.hosted),
        disclaimer: t.disclaimer.into(),
        cta: widget.cta.as_ref().map(|c| Link {
            href: c.href.clone(),
            label: c.label(lang).into(),
        }),
    }
}

/// The notice that the page brought back the last visit's state, with the
/// label of its "start again" button; `None` unless `restored`.
pub fn restored(widget: &Widget, restored: bool) -> Option<(String, String)> {
    let t = texts(widget.form.lang);
    restored.then(|| (t.restored.into(), t.start_again.into()))
}

/// The notice above the result: the link's parameters that could not be
/// used (`ignored`), then the host's options that could not be applied;
/// `None` when there is nothing to say.
pub fn notice(widget: &Widget, ignored: &[Ignored]) -> Option<String> {
    let mut messages = widget.messages();
    if !ignored.is_empty() {
        messages.insert(0, ignored_notice(ignored, widget.form.lang));
    }
    (!messages.is_empty()).then(|| messages.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;

    #[test]
    fn the_switches_press_the_current_view_and_language() {
        let mut widget = Widget::new(ALL, "asoft");
        widget.form.lang = Lang::En;
        widget.form.view = View::Compare;
        let c = chrome(&widget);
        assert_eq!((c.lang, c.title.as_str()), ("en", texts(Lang::En).title));
        let pressed = |b: &Buttons| -> Vec<(Action, Option<bool>)> {
            b.buttons.iter().map(|b| (b.action, b.pressed)).collect()
        };
        assert_eq!(
            pressed(&c.views),
            [
                (Action::Show(View::Quote), Some(false)),
                (Action::Show(View::Compare), Some(true)),
                (Action::Show(View::WhatIf), Some(false)),
            ]
        );
        assert_eq!(
            pressed(&c.langs),
            [
                (Action::Speak(Lang::Ru), Some(false)),
                (Action::Speak(Lang::En), Some(true)),
            ]
        );
        let labels: Vec<&str> = c.langs.buttons.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["RU", "EN"], "each language names itself");
        let labels: Vec<&str> = c.actions.buttons.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Copy quote",
                "Copy proposal",
                "Print",
                "Print proposal",
                "Reset"
            ]
        );
        assert_eq!(c.csv, "Download CSV");
        let asoft = ALL.iter().find(|p| p.id == "asoft").unwrap();
        assert!(c.source.contains(&*asoft.data_date), "{}", c.source);
        assert_eq!(c.cta, None);
    }

    #[test]
    fn the_notice_puts_the_links_parameters_first() {
        let widget = Widget::new(ALL, "asoft");
        assert_eq!(notice(&widget, &[]), None);
        let said = notice(&widget, &[Ignored("qty".into())]).unwrap();
        assert!(said.contains("qty"), "{said}");
    }

    #[test]
    fn a_restored_visit_is_said_with_a_way_to_start_again() {
        let mut widget = Widget::new(ALL, "asoft");
        assert_eq!(restored(&widget, false), None);
        let (text, again) = restored(&widget, true).unwrap();
        assert!(text.starts_with("Восстановлен расчет"), "{text}");
        assert_eq!(again, "Начать заново");
        widget.form.lang = Lang::En;
        assert_eq!(restored(&widget, true).unwrap().1, "Start again");
    }
}
