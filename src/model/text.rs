//! Text of the model: bilingual strings, sources and borrowed-or-owned lists.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A string that is `&'static` for the bundled programmes and owned for data
/// a host supplies at run time.
pub type Text = Cow<'static, str>;

/// A list that is a `&'static` slice for the bundled programmes and a `Vec`
/// for data a host supplies at run time.
pub type List<T> = Cow<'static, [T]>;

/// The widget's languages; Russian is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Russian, the default.
    #[default]
    Ru,
    /// English.
    En,
}

/// A text in Russian and English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS, schemars::JsonSchema))]
pub struct I18n {
    /// Russian wording (usually the document's own).
    pub ru: Text,
    /// English wording.
    pub en: Text,
}

impl I18n {
    /// Builds an owned text from two strings.
    pub fn new(ru: impl Into<String>, en: impl Into<String>) -> Self {
        I18n {
            ru: Cow::Owned(ru.into()),
            en: Cow::Owned(en.into()),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }
}

/// Where a figure comes from: a seed document and the section or table in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS, schemars::JsonSchema))]
pub struct Source {
    /// The seed file name, e.g. `000_9a9e1f877df62488.txt`.
    pub file: Text,
    /// The section, table or row the figure is read from.
    pub section: Text,
}
