//! No seed file name reaches a person: the screen of every programme, at
//! every tier, in each view and both languages (rendered by the app's own
//! components, natively), and the text that "copy" puts on the clipboard,
//! name a source document by its own title (programmes/sources.toml).

use leptos::prelude::*;
use partner_calc::model::Lang;
use partner_calc::programmes::{ALL, TITLES};
use partner_calc::ui::calculator;
use partner_calc::widget::form::View;
use partner_calc::widget::options::Widget;
use partner_calc::widget::view::plain::plain;
use std::rc::Rc;

/// The first seed file name `text` contains, if any.
fn file_name_in(text: &str) -> Option<&'static str> {
    TITLES
        .iter()
        .map(|(file, _, _)| *file)
        .find(|file| text.contains(file) || text.contains(file.trim_end_matches(".txt")))
}

/// The HTML the calculator draws for `widget`.
fn screen(widget: Widget) -> String {
    let owner = Owner::new();
    owner.with(|| calculator(widget, 0, Vec::new(), false, Rc::new(())).to_html())
}

#[test]
fn no_text_on_screen_or_copied_names_a_seed_file() {
    let mut checked = 0;
    for programme in ALL {
        for lang in [Lang::Ru, Lang::En] {
            for (tier, lines) in programme.tiers.iter().flat_map(|t| [(t, 1), (t, 2)]) {
                let mut widget = Widget::new(ALL, &programme.id);
                widget.form.lang = lang;
                widget.form.select_tier(ALL, &tier.id);
                if lines == 2 {
                    widget.form.add_line(ALL);
                }
                widget.form.plan = "1000000".into();
                let form = widget.form.clone();
                let quote = form.priced(ALL).expect("the default deal prices");
                let copied = plain(&form, ALL, &[], &quote, Some("https://example.org/"));
                assert_eq!(file_name_in(&copied), None, "copied: {copied}");
                let title = partner_calc::programmes::title(&programme.source.file, lang)
                    .expect("a bundled document has a title");
                assert!(copied.contains(title), "copied names «{title}»: {copied}");
                for view in [View::Quote, View::Compare, View::WhatIf] {
                    let mut shown = widget.clone();
                    shown.form.view = view;
                    let html = screen(shown);
                    assert_eq!(
                        file_name_in(&html),
                        None,
                        "{} {lang:?} {view:?}: {html}",
                        programme.id
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 5 * 2 * 2 * 3, "{checked} screens");
}
