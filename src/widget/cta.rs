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

/// Reads `{ href, label }` (`null`: no call to action), `label` a string
/// for both languages or `{ ru, en }`.
///
/// # Errors
/// A missing or empty member, a label of another kind, or a link that is
/// neither `http(s)` nor a path (`javascript:`, `data:`… are refused).
pub fn read(value: &Host) -> Result<Option<Cta>, HostError> {
    if matches!(value, Host::Null) {
        return Ok(None);
    }
    let mut cta = Cta {
        href: String::new(),
        ru: String::new(),
        en: String::new(),
    };
    for (key, v) in value.members("cta")? {
        let at = format!("cta.{key}");
        match key.as_str() {
            "href" if safe(v.text(&at)?) => cta.href = v.text(&at)?.trim().to_string(),
            "href" => return Err(HostError::new(&at, Problem::NotLink)),
            "label" => match v {
                Host::Text(both) => (cta.ru, cta.en) = (both.clone(), both.clone()),
                _ => {
                    for (lang, text) in v.members(&at)? {
                        let at = format!("{at}.{lang}");
                        match lang.as_str() {
                            "ru" => cta.ru = text.text(&at)?.to_string(),
                            "en" => cta.en = text.text(&at)?.to_string(),
                            _ => return Err(HostError::new(&at, Problem::Unknown)),
                        }
                    }
                }
            },
            _ => return Err(HostError::new(&at, Problem::Unknown)),
        }
    }
    for (at, text) in [
        ("cta.href", &cta.href),
        ("cta.label.ru", &cta.ru),
        ("cta.label.en", &cta.en),
    ] {
        if text.trim().is_empty() {
            return Err(HostError::new(at, Problem::Missing));
        }
    }
    Ok(Some(cta))
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
        let only_ru = Host::Object(vec![("ru".into(), text("Вперёд"))]);
        let e = cta(&[("href", text("/x")), ("label", only_ru)]).unwrap_err();
        assert_eq!(e.message(Lang::En), "«cta.label.en»: missing");
        let e = cta(&[("href", text("/x")), label, ("target", text("_blank"))]).unwrap_err();
        assert_eq!(e.message(Lang::En), "«cta.target»: unknown member");
    }
}
