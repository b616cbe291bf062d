//! A widget as a host configures it: the options of `mount()`/`update()`
//! and of the `<partner-calc>` attributes, read from a [`Host`] value, and
//! the [`Widget`] state they shape around the user's [`Form`].

use super::form::{Edit, Form};
use super::format::number;
use super::host::{Host, HostError, Problem};
use super::messages::Message;
use crate::engine::QuoteError;
use crate::model::{Lang, Programme};
use rust_decimal::Decimal;

/// What one `mount()`/`update()` call sets. `None`: not given, unchanged;
/// `Some(None)`: given as `null`, back to the default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The programme the widget is locked to (`null`: every programme).
    pub vendor: Option<Option<String>>,
    /// The tier to show.
    pub tier: Option<Option<String>>,
    /// The product to show.
    pub product: Option<Option<String>>,
    /// The language.
    pub lang: Option<Lang>,
    /// The compact layout.
    pub compact: Option<bool>,
    /// Recommended retail prices by product id.
    pub prices: Option<Vec<(String, Decimal)>>,
    /// The names of the options given, readable or not.
    pub given: Vec<String>,
}

/// Why an option could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionError {
    /// The value is of the wrong kind.
    Value(HostError),
    /// An id the programmes do not have.
    Id(QuoteError),
}

/// Reads options `{ vendor, tier, product, lang, compact, prices }`;
/// what cannot be read is left out and reported with its option's name.
pub fn read(value: &Host) -> (Options, Vec<(String, OptionError)>) {
    let mut o = Options::default();
    let mut problems = Vec::new();
    let members = match value {
        Host::Null => &[][..],
        _ => match value.members("") {
            Ok(members) => members,
            Err(e) => return (o, vec![(String::new(), OptionError::Value(e))]),
        },
    };
    for (key, v) in members {
        o.given.push(key.clone());
        let k = key.as_str();
        let id = |v: &Host| match v {
            Host::Null => Ok(None),
            _ => v.text(k).map(|t| Some(t.to_string())),
        };
        let done = match k {
            "vendor" => id(v).map(|x| o.vendor = Some(x)),
            "tier" => id(v).map(|x| o.tier = Some(x)),
            "product" => id(v).map(|x| o.product = Some(x)),
            "compact" => match v {
                Host::Null => Ok(false),
                _ => v.flag(k),
            }
            .map(|x| o.compact = Some(x)),
            "lang" => match v {
                Host::Null => Ok(Lang::Ru),
                Host::Text(t) if t == "ru" => Ok(Lang::Ru),
                Host::Text(t) if t == "en" => Ok(Lang::En),
                _ => Err(HostError {
                    at: k.into(),
                    problem: Problem::NotLang,
                }),
            }
            .map(|x| o.lang = Some(x)),
            "prices" => prices(v).map(|x| o.prices = Some(x)),
            _ => Err(HostError {
                at: k.into(),
                problem: Problem::Unknown,
            }),
        };
        if let Err(e) = done {
            problems.push((key.clone(), OptionError::Value(e)));
        }
    }
    (o, problems)
}

/// Reads `{ PRODUCT: amount }` (`null`: no prices).
fn prices(value: &Host) -> Result<Vec<(String, Decimal)>, HostError> {
    if matches!(value, Host::Null) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for (product, v) in value.members("prices")? {
        let price = v.amount(&format!("prices.{product}"))?;
        if price.is_sign_negative() && !price.is_zero() {
            return Err(HostError {
                at: format!("prices.{product}"),
                problem: Problem::NotAmount,
            });
        }
        out.push((product.clone(), price));
    }
    Ok(out)
}

/// A widget's state: the user's form inside what the host set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Widget {
    /// What the user has typed and picked.
    pub form: Form,
    /// The index of the programme the widget is locked to.
    pub lock: Option<usize>,
    /// The compact layout.
    pub compact: bool,
    /// The host's recommended retail prices by product id.
    pub prices: Vec<(String, Decimal)>,
    /// The programme a reset goes back to (the first when empty or unknown).
    pub home: String,
    /// The language a reset goes back to.
    pub home_lang: Lang,
    /// Counts the changes made to the form from outside the fields (the
    /// host's options, a reset): the widget redraws its fields on each.
    pub revision: u32,
    /// The options that could not be applied, by option name.
    pub problems: Vec<(String, OptionError)>,
    /// The tier and product the host last asked for (each is applied when it changes).
    asked: (Option<String>, Option<String>),
}

impl Widget {
    /// A widget on `home` (the first programme when empty or unknown), in
    /// Russian, with one unit at the example price.
    pub fn new(all: &[Programme], home: &str) -> Widget {
        Widget {
            form: Form::new(all, home, Lang::Ru),
            home: home.to_string(),
            ..Widget::default()
        }
    }

    /// The programmes the user can choose from: the locked one, or all.
    pub fn programmes<'a>(&self, all: &'a [Programme]) -> &'a [Programme] {
        match self.lock {
            Some(i) if i < all.len() => &all[i..=i],
            _ => all,
        }
    }

    /// Applies one `mount()`/`update()`: the options given change, the
    /// others stay; `problems` (from [`read`]) and the ids that turn out
    /// unknown replace the earlier problems of the options given (a problem
    /// with the options as a whole lasts until the next call).
    pub fn configure(
        &mut self,
        all: &[Programme],
        o: &Options,
        problems: Vec<(String, OptionError)>,
    ) {
        self.revision = self.revision.wrapping_add(1);
        self.problems
            .retain(|(k, _)| !k.is_empty() && !o.given.contains(k));
        self.problems.extend(problems);
        let mut unknown =
            |k: &str, e: QuoteError| self.problems.push((k.into(), OptionError::Id(e)));

        if let Some(lang) = o.lang {
            self.form.lang = lang;
            self.home_lang = lang;
        }
        if let Some(compact) = o.compact {
            self.compact = compact;
        }
        match &o.vendor {
            Some(Some(id)) => match all.iter().position(|p| p.id == *id) {
                Some(i) => self.lock = Some(i),
                None => unknown("vendor", QuoteError::UnknownVendor(id.clone())),
            },
            Some(None) => self.lock = None,
            None => {}
        }
        let programmes = match self.lock {
            Some(i) if i < all.len() => &all[i..=i],
            _ => all,
        };
        let product_before = self.form.product.clone();
        if self.form.programme(programmes).is_none() {
            let first = programmes.first().map(|p| p.id.to_string());
            self.form
                .select_vendor(programmes, &first.unwrap_or_default());
        }
        if let Some(tier) = &o.tier {
            if let Some(id) = tier.as_ref().filter(|id| self.asked.0.as_ref() != Some(id)) {
                let known = self
                    .form
                    .programme(programmes)
                    .map(|p| p.tiers.iter().any(|t| t.id == *id));
                match known {
                    Some(true) => self.form.select_tier(programmes, id),
                    _ => unknown("tier", QuoteError::UnknownTier(id.clone())),
                }
            }
            self.asked.0 = tier.clone();
        }
        if let Some(product) = &o.product {
            if let Some(id) = product
                .as_ref()
                .filter(|id| self.asked.1.as_ref() != Some(id))
            {
                match self
                    .form
                    .programme(programmes)
                    .map(|p| p.products.iter().any(|x| x.id == *id))
                {
                    Some(true) => self.form.select_product(programmes, id),
                    _ => unknown("product", QuoteError::UnknownProduct(id.clone())),
                }
            }
            self.asked.1 = product.clone();
        }
        if let Some(prices) = &o.prices {
            self.prices.clear();
            for (product, price) in prices {
                match programmes
                    .iter()
                    .any(|p| p.products.iter().any(|x| x.id == *product))
                {
                    true => self.prices.push((product.clone(), *price)),
                    false => unknown("prices", QuoteError::UnknownProduct(product.clone())),
                }
            }
        }
        if o.prices.is_some() || self.form.product != product_before {
            self.list_price();
        }
    }

    /// Applies one edit from the widget (see [`Form::edit`]); a product
    /// change brings in the host's price for it (a change from outside the
    /// price field: the revision moves, so the field shows it).
    pub fn edit(&mut self, all: &[Programme], edit: Edit) {
        let before = self.form.product.clone();
        let programmes = self.programmes(all);
        self.form.edit(programmes, edit);
        if self.form.product != before {
            let price = self.form.unit_price.clone();
            self.list_price();
            if self.form.unit_price != price {
                self.revision = self.revision.wrapping_add(1);
            }
        }
    }

    /// Back to the home programme's defaults in the home language, with the
    /// host's tier, product and price.
    pub fn reset(&mut self, all: &[Programme]) {
        let programmes = self.programmes(all);
        self.revision = self.revision.wrapping_add(1);
        self.form = Form::new(programmes, &self.home, self.home_lang);
        if let Some(tier) = &self.asked.0 {
            self.form.select_tier(programmes, tier);
        }
        if let Some(product) = &self.asked.1 {
            self.form.select_product(programmes, product);
        }
        self.list_price();
    }

    /// The problems' messages, in the form's language.
    pub fn messages(&self) -> Vec<String> {
        self.problems
            .iter()
            .map(|(_, e)| e.message(self.form.lang))
            .collect()
    }

    /// Puts the host's price for the current product, if any, in the price field.
    fn list_price(&mut self) {
        if let Some((_, price)) = self.prices.iter().find(|(p, _)| *p == self.form.product) {
            self.form.unit_price = number(*price, self.form.lang);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;

    fn text(s: &str) -> Host {
        Host::Text(s.into())
    }

    fn options(members: &[(&str, Host)]) -> (Options, Vec<(String, OptionError)>) {
        read(&Host::Object(
            members
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        ))
    }

    fn configured(members: &[(&str, Host)]) -> Widget {
        let mut w = Widget::new(ALL, "");
        let (o, problems) = options(members);
        w.configure(ALL, &o, problems);
        w
    }

    #[test]
    fn a_vendor_locks_the_widget_and_null_unlocks_it() {
        let mut w = configured(&[("vendor", text("asoft")), ("lang", text("en"))]);
        let ids: Vec<&str> = w.programmes(ALL).iter().map(|p| &*p.id).collect();
        assert_eq!(ids, ["asoft"]);
        assert_eq!(
            (w.form.vendor.as_str(), w.form.tier.as_str()),
            ("asoft", "retail")
        );
        assert_eq!(w.form.lang, Lang::En);
        let (o, p) = options(&[("vendor", Host::Null)]);
        w.configure(ALL, &o, p);
        assert_eq!(w.programmes(ALL).len(), 5);
        assert_eq!(
            w.form.vendor, "asoft",
            "unlocking keeps the programme shown"
        );
    }

    #[test]
    fn unknown_ids_and_bad_values_are_reported_by_option_and_the_rest_applies() {
        let w = configured(&[
            ("vendor", text("<img src=x>")),
            ("tier", text("platinum")),
            ("compact", text("yes")),
            ("colour", text("red")),
            (
                "prices",
                Host::Object(vec![("nope".into(), Host::Number("5".into()))]),
            ),
        ]);
        assert_eq!(w.lock, None);
        assert_eq!(w.form.vendor, "directum", "the defaults stay");
        assert_eq!(
            w.messages(),
            [
                "«compact»: ожидается true или false",
                "«colour»: неизвестный параметр",
                "Неизвестная программа «<img src=x>»",
                "В программе нет статуса «platinum»",
                "В программе нет продукта «nope»",
            ]
        );
    }

    #[test]
    fn a_later_call_replaces_only_the_problems_of_the_options_it_names() {
        let mut w = configured(&[("tier", text("platinum")), ("lang", text("de"))]);
        assert_eq!(w.problems.len(), 2);
        let (o, p) = options(&[("tier", text("qualified"))]);
        w.configure(ALL, &o, p);
        assert_eq!(w.form.tier, "qualified");
        assert_eq!(w.messages(), ["«lang»: ожидается ru или en"]);
    }

    #[test]
    fn options_that_are_not_an_object_are_a_problem_until_the_next_call() {
        let mut w = Widget::new(ALL, "");
        let (o, p) = read(&text("asoft"));
        w.configure(ALL, &o, p);
        assert_eq!(w.messages(), ["ожидается объект"]);
        let (o, p) = options(&[("lang", text("en"))]);
        w.configure(ALL, &o, p);
        assert!(w.problems.is_empty(), "{:?}", w.problems);
    }

    #[test]
    fn the_hosts_tier_applies_when_it_changes_not_over_the_users_choice() {
        let mut w = configured(&[("vendor", text("stakhanovets")), ("tier", text("gold"))]);
        assert_eq!(w.form.tier, "gold");
        w.edit(ALL, Edit::Tier("white".into()));
        let (o, p) = options(&[("tier", text("gold")), ("lang", text("en"))]);
        w.configure(ALL, &o, p);
        assert_eq!(
            w.form.tier, "white",
            "the same tier again leaves the user's choice"
        );
        let (o, p) = options(&[("tier", text("silver"))]);
        w.configure(ALL, &o, p);
        assert_eq!(w.form.tier, "silver");
    }

    #[test]
    fn host_prices_fill_the_price_of_each_product_chosen() {
        let prices = Host::Object(vec![
            ("licences".into(), text("12345.67")),
            ("training".into(), Host::Number("900".into())),
        ]);
        let mut w = configured(&[("vendor", text("directum")), ("prices", prices)]);
        assert_eq!(w.form.unit_price, "12\u{a0}345,67");
        w.edit(ALL, Edit::UnitPrice("1".into()));
        let revision = w.revision;
        w.edit(ALL, Edit::Product("training".into()));
        assert_eq!(w.form.unit_price, "900");
        assert_ne!(w.revision, revision, "the price field is redrawn");
        w.edit(ALL, Edit::Product("cloud_first".into()));
        assert_eq!(
            w.form.unit_price, "900",
            "no price listed: the field keeps its value"
        );
        let negative = Host::Object(vec![("training".into(), text("-1"))]);
        let w = configured(&[("prices", negative)]);
        assert!(w.prices.is_empty());
        assert_eq!(w.messages().len(), 1);
    }

    #[test]
    fn reset_returns_to_the_home_programme_and_the_hosts_choices() {
        let mut w = configured(&[("vendor", text("asoft")), ("tier", text("competency"))]);
        let revision = w.revision;
        w.edit(ALL, Edit::Tier("retail".into()));
        w.edit(ALL, Edit::Quantity("7".into()));
        w.reset(ALL);
        assert_eq!(
            (w.form.tier.as_str(), w.form.quantity.as_str()),
            ("competency", "1")
        );
        assert_ne!(w.revision, revision, "the fields are redrawn");
    }
}
