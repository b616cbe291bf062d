//! The host's call to action: a link under the result, with its label in
//! each language, read from the `cta` option.

use super::host::{Host, HostError, Problem};
use crate::model::Lang;

/// A call to action the host configured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    /// Where it leads: an `http(s)` address or a path on the host's site.
    pub href: String,
    /// Its label in Russian.
    pub ru: String,
    /// Its label in English.
    pub en: String,
}

impl Cta {
    /// The label in `lang`.
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }
}

/// The longest label taken, in characters (after trimming): a button's
/// words, not a paragraph.
pub const LABEL_MAX: usize = 80;

/// Reads `{ href, label }` (`null`: no call to action), `label` a string
/// for both languages or `{ ru, en }`; a label given in one language only
/// is used in both.
///
/// # Errors
/// A missing member (`cta.label` when neither language is given), an empty
/// label or one over [`LABEL_MAX`] characters, a label of another kind, or
/// a link that is neither `http(s)` nor a path (`javascript:`, `data:`… are
/// refused).
pub fn read(value: &Host) -> Result<Option<Cta>, HostError> {
    if matches!(value, Host::Null) {
        return Ok(None);
    }
    let mut href = None;
    let (mut ru, mut en) = (None, None);
    for (key, v) in value.members("cta")? {
        let at = format!("cta.{key}");
        match key.as_str() {
            "href" if safe(v.text(&at)?) => href = Some(v.text(&at)?.trim().to_string()),
            "href" => return Err(HostError::new(&at, Problem::NotLink)),
            "label" => match v {
                Host::Text(_) => {
                    let both = label(v, &at)?;
                    (ru, en) = (Some(both.clone()), Some(both));
                }
                _ => {
                    for (lang, text) in v.members(&at)? {
                        let at = format!("{at}.{lang}");
                        match lang.as_str() {
                            "ru" => ru = Some(label(text, &at)?),
                            "en" => en = Some(label(text, &at)?),
                            _ => return Err(HostError::new(&at, Problem::Unknown)),
                        }
                    }
                }
            },
            _ => return Err(HostError::new(&at, Problem::Unknown)),
        }
    }
    let href = href.ok_or_else(|| HostError::new("cta.href", Problem::Missing))?;
    match (ru, en) {
        (Some(ru), Some(en)) => Ok(Some(Cta { href, ru, en })),
        (Some(one), None) | (None, Some(one)) => Ok(Some(Cta {
            href,
            ru: one.clone(),
            en: one,
        })),
        (None, None) => Err(HostError::new("cta.label", Problem::Missing)),
    }
}

/// A label in one language: a string, not blank, of at most [`LABEL_MAX`]
/// characters.
fn label(value: &Host, at: &str) -> Result<String, HostError> {
    let text = value.text(at)?;
    match text.trim().chars().count() {
        0 => Err(HostError::new(at, Problem::Missing)),
        length if length > LABEL_MAX => Err(HostError::new(
            at,
            Problem::LabelTooLong {
                max: LABEL_MAX,
                length,
            },
        )),
        _ => Ok(text.to_string()),
    }
}

/// Whether `href` is an `http(s)` address or a path (no other scheme).
fn safe(href: &str) -> bool {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    let scheme = href.find(':');
    let path_first = href.find(['/', '?', '#']);
    lower.starts_with("https://")
        || lower.starts_with("http://")
        || match (scheme, path_first) {
            (None, _) => !href.is_empty(),
            (Some(colon), Some(slash)) => slash < colon,
            (Some(_), None) => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::widget::Message;

    fn cta(members: &[(&str, Host)]) -> Result<Option<Cta>, HostError> {
        read(&Host::Object(
            members
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        ))
    }

    fn text(s: &str) -> Host {
        Host::Text(s.into())
    }

    #[test]
    fn reads_a_link_with_a_label_per_language_or_one_for_both() {
        let labels = Host::Object(vec![
            ("ru".into(), text("Стать партнёром")),
            ("en".into(), text("Become a partner")),
        ]);
        let c = cta(&[
            ("href", text("https://vendor.example/join")),
            ("label", labels),
        ])
        .expect("valid")
        .expect("a call to action");
        assert_eq!(c.href, "https://vendor.example/join");
        assert_eq!(c.label(Lang::Ru), "Стать партнёром");
        assert_eq!(c.label(Lang::En), "Become a partner");
        let c = cta(&[
            ("href", text("/partners?from=calc")),
            ("label", text("Join")),
        ]);
        assert_eq!(c.map(|c| c.map(|c| c.en)), Ok(Some("Join".into())));
        assert_eq!(read(&Host::Null), Ok(None));
    }

    #[test]
    fn refuses_other_schemes_and_missing_parts() {
        let label = ("label", text("Go"));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,x",
            "mailto:a@b.example",
            "vbscript:x",
        ] {
            let e = cta(&[("href", text(bad)), label.clone()]).unwrap_err();
            assert_eq!(e.problem, Problem::NotLink, "{bad}");
        }
        for good in ["join.html", "./join", "../x/y", "#join", "?a=b:c", "/a:b"] {
            assert!(
                cta(&[("href", text(good)), label.clone()]).is_ok(),
                "{good}"
            );
        }
        let e = cta(std::slice::from_ref(&label)).unwrap_err();
        assert_eq!(e.message(Lang::En), "«cta.href»: missing");
        let e = cta(&[("href", text("/x")), ("label", Host::Object(vec![]))]).unwrap_err();
        assert_eq!(e.message(Lang::En), "«cta.label»: missing");
        let blank_ru = Host::Object(vec![("ru".into(), text(" ")), ("en".into(), text("Go"))]);
        let e = cta(&[("href", text("/x")), ("label", blank_ru)]).unwrap_err();
        assert_eq!(
            e.message(Lang::En),
            "«cta.label.ru»: missing",
            "given empty"
        );
        let e = cta(&[("href", text("/x")), label, ("target", text("_blank"))]).unwrap_err();
        assert_eq!(e.message(Lang::En), "«cta.target»: unknown member");
    }

    #[test]
    fn a_label_in_one_language_is_used_in_both() {
        // What the element's attributes give for `cta-label-en` alone, and for `cta-label` alone.
        for (given, label) in [("en", "Become a partner"), ("ru", "Стать партнёром")]
        {
            let one = Host::Object(vec![(given.into(), text(label))]);
            let c = cta(&[("href", text("/join")), ("label", one)])
                .expect("valid")
                .expect("a call to action");
            assert_eq!(
                (c.label(Lang::Ru), c.label(Lang::En)),
                (label, label),
                "{given}"
            );
        }
    }

    #[test]
    fn a_label_is_at_most_80_characters_in_each_language() {
        let href = ("href", text("/join"));
        let labels = |ru: &str, en: &str| {
            Host::Object(vec![("ru".into(), text(ru)), ("en".into(), text(en))])
        };
        // 80 Cyrillic letters are 160 bytes: characters are counted, and the
        // spaces around a label are not.
        let ru80 = "Я".repeat(80);
        let en80 = format!("  {}\n", "a".repeat(80));
        let c = cta(&[href.clone(), ("label", labels(&ru80, &en80))]).expect("80 characters");
        assert_eq!(c.map(|c| c.ru.chars().count()), Some(80));
        let e = cta(&[href.clone(), ("label", labels(&format!("{ru80}!"), "Go"))]).unwrap_err();
        assert_eq!(
            e.problem,
            Problem::LabelTooLong {
                max: 80,
                length: 81
            }
        );
        assert_eq!(
            e.message(Lang::Ru),
            "«cta.label.ru»: ожидается подпись кнопки не длиннее 80 символов (указано: 81)"
        );
        let e = cta(&[href.clone(), ("label", labels("Вперёд", &"b".repeat(200)))]).unwrap_err();
        assert_eq!(
            e.message(Lang::En),
            "«cta.label.en»: a button label of at most 80 characters is expected (given: 200)"
        );
        let e = cta(&[href, ("label", text(&"c".repeat(81)))]).unwrap_err();
        assert_eq!(e.at, "cta.label", "one label for both languages");
    }

    #[test]
    fn a_label_too_long_is_reported_as_a_problem_of_the_cta_option() {
        let long = Host::Object(vec![
            ("href".into(), text("/join")),
            ("label".into(), text(&"d".repeat(81))),
        ]);
        let (options, problems) =
            crate::widget::options::read(&Host::Object(vec![("cta".into(), long)]));
        assert_eq!(options.cta, None, "not applied");
        let messages: Vec<(&str, String)> = problems
            .iter()
            .map(|(key, e)| (key.as_str(), e.message(Lang::En)))
            .collect();
        assert_eq!(
            messages,
            [(
                "cta",
                "«cta.label»: a button label of at most 80 characters is expected (given: 81)"
                    .to_string()
            )]
        );
    }
}
