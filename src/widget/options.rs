//! A widget as a host configures it: the options of `mount()`/`update()`
//! and of the `<partner-calc>` attributes, read from a [`Host`] value, and
//! the [`Widget`] state they shape around the user's [`Form`].

use super::cta::{self, Cta};
use super::form::{Edit, Form};
use super::format::number;
use super::host::{Host, HostError, Problem};
use super::messages::Message;
use super::reader;
use crate::engine::{QuoteError, MAX_LINES};
use crate::model::{validate, I18n, Lang, Programme, Source, ValidationError};
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::sync::Arc;

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
    /// The call to action under the result (`Some(None)`: none).
    pub cta: Option<Option<Cta>>,
    /// The lines the deal starts with (`Some(empty)`: back to one line).
    pub lines: Option<Vec<Preset>>,
    /// The host's programmes that read and validated (`Some(empty)`: none,
    /// back to the bundled ones).
    pub programmes: Option<Vec<Programme>>,
    /// The names of the options given, readable or not.
    pub given: Vec<String>,
}

/// A line the host presets: a product, and where given its quantity, unit
/// price and the line (an index) it follows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Preset {
    /// Product id.
    pub product: String,
    /// How many units (one when not given).
    pub quantity: Option<Decimal>,
    /// The RRP of one unit (the host's price book, or the example, when not given).
    pub unit_price: Option<Decimal>,
    /// The index of the licence line a share-priced line follows.
    pub share_of: Option<usize>,
}

/// Why an option could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionError {
    /// The value is of the wrong kind.
    Value(HostError),
    /// An id the programmes do not have.
    Id(QuoteError),
    /// A host programme that breaks a rule of the format, at `programmes[i]`.
    Rule(String, ValidationError),
}

/// Reads options `{ vendor, tier, product, lines, lang, compact, prices,
/// cta, programmes }`;
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
            "lines" => presets(v).map(|x| o.lines = Some(x)),
            "cta" => cta::read(v).map(|x| o.cta = Some(x)),
            "programmes" => {
                let (valid, refused) = programmes(v);
                o.programmes = Some(valid);
                problems.extend(refused.into_iter().map(|e| (key.clone(), e)));
                Ok(())
            }
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

/// Reads `[{ product, quantity?, unit_price?, share_of? }, …]` (`null`: none).
fn presets(value: &Host) -> Result<Vec<Preset>, HostError> {
    let items = match value {
        Host::Null => return Ok(Vec::new()),
        Host::List(items) if items.len() <= MAX_LINES => items,
        Host::List(_) => return Err(HostError::new("lines", Problem::TooMany(MAX_LINES))),
        _ => return Err(HostError::new("lines", Problem::NotList)),
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = |k: &str| format!("lines[{i}].{k}");
        let mut preset = Preset::default();
        for (k, v) in item.members(&format!("lines[{i}]"))? {
            let optional = matches!(v, Host::Null);
            match k.as_str() {
                "product" => preset.product = v.text(&at(k))?.to_string(),
                _ if optional => {}
                "quantity" => preset.quantity = Some(v.amount(&at(k))?),
                "unit_price" => preset.unit_price = Some(v.amount(&at(k))?),
                "share_of" => {
                    let n = v.amount(&at(k))?.normalize();
                    let index = usize::try_from(n.mantissa())
                        .ok()
                        .filter(|_| n.scale() == 0);
                    let bad = || HostError::new(&at(k), Problem::NotCount);
                    preset.share_of = Some(index.ok_or_else(bad)?);
                }
                _ => return Err(HostError::new(&at(k), Problem::Unknown)),
            }
        }
        if preset.product.is_empty() {
            return Err(HostError::new(&at("product"), Problem::Missing));
        }
        out.push(preset);
    }
    Ok(out)
}

/// Reads `[programme, …]` (`null`: none): each one read and validated by
/// itself, so one broken programme leaves the others in.
fn programmes(value: &Host) -> (Vec<Programme>, Vec<OptionError>) {
    let mut valid = Vec::new();
    let mut refused = Vec::new();
    match value {
        Host::Null => {}
        _ => match reader::programmes(value) {
            Err(e) => refused.push(OptionError::Value(e)),
            Ok(read) => {
                for (i, programme) in read.into_iter().enumerate() {
                    match accept(programme, &format!("programmes[{i}]")) {
                        Ok(p) => valid.push(p),
                        Err(errors) => refused.extend(errors),
                    }
                }
            }
        },
    }
    (valid, refused)
}

/// Checks one programme object as `mount()` would take it: every problem,
/// empty when it would be accepted (the JS API's `check()`).
pub fn check(value: &Host) -> Vec<OptionError> {
    accept(reader::programme(value, ""), "")
        .err()
        .unwrap_or_default()
}

/// A programme that read, if it also keeps every rule of the format.
fn accept(
    read: Result<Programme, Vec<HostError>>,
    at: &str,
) -> Result<Programme, Vec<OptionError>> {
    let programme = read.map_err(|e| e.into_iter().map(OptionError::Value).collect::<Vec<_>>())?;
    match validate(&programme) {
        Ok(()) => Ok(programme),
        Err(errors) => Err(errors
            .into_iter()
            .map(|e| OptionError::Rule(at.to_string(), e))
            .collect()),
    }
}

/// A copy of a bundled programme that borrows its texts and lists from it
/// (no deep copy, and no clone code in the wasm).
fn borrowed(p: &'static Programme) -> Programme {
    let i18n = |t: &'static I18n| I18n {
        ru: Cow::Borrowed(&*t.ru),
        en: Cow::Borrowed(&*t.en),
    };
    Programme {
        id: Cow::Borrowed(&*p.id),
        vendor: i18n(&p.vendor),
        name: i18n(&p.name),
        currency: p.currency,
        source: Source {
            file: Cow::Borrowed(&*p.source.file),
            section: Cow::Borrowed(&*p.source.section),
        },
        data_date: Cow::Borrowed(&*p.data_date),
        tiers: Cow::Borrowed(&*p.tiers),
        products: Cow::Borrowed(&*p.products),
        notes: Cow::Borrowed(&*p.notes),
        resale: Cow::Borrowed(&*p.resale),
    }
}

/// The programme with the id `lock` alone, or all (no lock, or no such programme).
fn locked<'a>(all: &'a [Programme], lock: Option<&str>) -> &'a [Programme] {
    match lock.and_then(|id| all.iter().position(|p| p.id == id)) {
        Some(i) => &all[i..=i],
        None => all,
    }
}

/// A widget's state: the user's form inside what the host set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Widget {
    /// What the user has typed and picked.
    pub form: Form,
    /// The programmes on offer: the bundled ones, each host programme in
    /// the place of the bundled one with its id or after them.
    pub all: Arc<[Programme]>,
    /// The ids of the programmes the host supplied.
    pub hosted: Vec<String>,
    /// The id of the programme the widget is locked to (the host's `vendor`).
    /// While no programme has it (a typo, or the host's programmes are still
    /// to come) every programme is offered and the problem is reported.
    pub lock: Option<String>,
    /// The compact layout.
    pub compact: bool,
    /// The host's call to action.
    pub cta: Option<Cta>,
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
    /// The lines the host presets (a reset goes back to them).
    pub preset: Vec<Preset>,
    /// The tier and product the host last asked for (each is applied when it changes).
    asked: (Option<String>, Option<String>),
    /// The bundled programmes, which host programmes replace or extend.
    bundled: &'static [Programme],
}

impl Widget {
    /// A widget on `home` (the first programme when empty or unknown), in
    /// Russian, with one unit at the example price.
    pub fn new(bundled: &'static [Programme], home: &str) -> Widget {
        Widget {
            form: Form::new(bundled, home, Lang::Ru),
            home: home.to_string(),
            all: bundled.iter().map(borrowed).collect(),
            bundled,
            ..Widget::default()
        }
    }

    /// The programmes the user can choose from: the locked one, or all.
    pub fn programmes(&self) -> &[Programme] {
        locked(&self.all, self.lock.as_deref())
    }

    /// Puts the host's programmes in place of the bundled ones with their
    /// ids, or after them.
    fn supply(&mut self, hosted: Vec<Programme>) {
        let mut all: Vec<Programme> = self.bundled.iter().map(borrowed).collect();
        self.hosted = hosted.iter().map(|p| p.id.to_string()).collect();
        for p in hosted {
            match all.iter_mut().find(|b| b.id == p.id) {
                Some(b) => *b = p,
                None => all.push(p),
            }
        }
        self.all = all.into();
    }

    /// Applies one `mount()`/`update()`: the options given change, the
    /// others stay; `problems` (from [`read`]) and the ids that turn out
    /// unknown replace the earlier problems of the options given (a problem
    /// with the options as a whole lasts until the next call).
    pub fn configure(&mut self, mut o: Options, problems: Vec<(String, OptionError)>) {
        self.revision = self.revision.wrapping_add(1);
        self.problems
            .retain(|(k, _)| !k.is_empty() && !o.given.contains(k));
        self.problems.extend(problems);
        let supplied = o.programmes.is_some();
        if let Some(hosted) = o.programmes.take() {
            self.supply(hosted);
        }
        let relock = o.vendor.is_some() || supplied;
        if relock {
            self.problems.retain(|(k, e)| {
                k != "vendor" || !matches!(e, OptionError::Id(QuoteError::UnknownVendor(_)))
            });
        }
        let before = self.products();
        let mut unknown =
            |k: &str, e: QuoteError| self.problems.push((k.into(), OptionError::Id(e)));

        if let Some(lang) = o.lang {
            self.form.lang = lang;
            self.home_lang = lang;
        }
        if let Some(compact) = o.compact {
            self.compact = compact;
        }
        if let Some(cta) = &o.cta {
            self.cta = cta.clone();
        }
        let all = self.all.clone();
        let all = &all[..];
        if let Some(vendor) = &o.vendor {
            self.lock = vendor.clone();
        }
        // The lock is looked up again when the vendor or the programmes change.
        if relock {
            if let Some(id) = self
                .lock
                .as_ref()
                .filter(|id| !all.iter().any(|p| p.id == **id))
            {
                unknown("vendor", QuoteError::UnknownVendor(id.clone()));
            }
        }
        let programmes = locked(all, self.lock.as_deref());
        let vendor = self.form.vendor.clone();
        self.form.select_vendor(programmes, &vendor);
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
                    Some(true) => self.form.select_product(programmes, 0, id),
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
        if o.prices.is_some() {
            self.list_prices(&[]);
        } else {
            self.list_prices(&before);
        }
        if let Some(lines) = o.lines {
            let programme = self.form.programme(programmes);
            let unknown_line = lines
                .iter()
                .find(|l| programme.is_none_or(|p| !p.products.iter().any(|x| x.id == l.product)));
            match unknown_line {
                Some(l) => self.problems.push((
                    "lines".into(),
                    OptionError::Id(QuoteError::UnknownProduct(l.product.clone())),
                )),
                None => {
                    self.preset = lines;
                    if self.preset.is_empty() {
                        self.form.lines.truncate(1);
                    }
                    self.apply_preset();
                }
            }
        }
    }

    /// Applies one edit from the widget (see [`Form::edit`]); a line that
    /// changes product (or is new) brings in the host's price for it (a
    /// change from outside the price field: the revision moves, so the
    /// field shows it).
    pub fn edit(&mut self, edit: Edit) {
        let before = self.products();
        let all = self.all.clone();
        let programmes = locked(&all, self.lock.as_deref());
        self.form.edit(programmes, edit);
        if self.list_prices(&before) {
            self.revision = self.revision.wrapping_add(1);
        }
    }

    /// Back to the home programme's defaults in the home language, with the
    /// host's tier, product and price.
    pub fn reset(&mut self) {
        let all = self.all.clone();
        let programmes = locked(&all, self.lock.as_deref());
        self.revision = self.revision.wrapping_add(1);
        self.form = Form::new(programmes, &self.home, self.home_lang);
        if let Some(tier) = &self.asked.0 {
            self.form.select_tier(programmes, tier);
        }
        if let Some(product) = &self.asked.1 {
            self.form.select_product(programmes, 0, product);
        }
        self.list_prices(&[]);
        self.apply_preset();
    }

    /// Starts the deal over from the host's preset lines, if it has some.
    fn apply_preset(&mut self) {
        if self.preset.is_empty() {
            return;
        }
        let all = self.all.clone();
        let programmes = locked(&all, self.lock.as_deref());
        let lang = self.form.lang;
        self.form.lines.truncate(1);
        for (i, preset) in self.preset.iter().enumerate() {
            if i > 0 {
                self.form.add_line(programmes);
            }
            self.form.select_product(programmes, i, &preset.product);
            let line = &mut self.form.lines[i];
            if let Some(quantity) = preset.quantity {
                line.quantity = number(quantity, lang);
            }
            let host = self.prices.iter().find(|(p, _)| *p == line.product);
            if let Some(price) = preset.unit_price.or(host.map(|(_, price)| *price)) {
                line.unit_price = number(price, lang);
            }
        }
        for (i, preset) in self.preset.iter().enumerate() {
            if preset.share_of.is_some() {
                self.form.follow(programmes, i, preset.share_of);
            }
        }
    }

    /// The problems' messages, in the form's language.
    pub fn messages(&self) -> Vec<String> {
        self.problems
            .iter()
            .map(|(_, e)| e.message(self.form.lang))
            .collect()
    }

    /// Each line's key and product.
    fn products(&self) -> Vec<(u32, String)> {
        self.form
            .lines
            .iter()
            .map(|l| (l.key, l.product.clone()))
            .collect()
    }

    /// Puts the host's price for its product, if any, in the price field
    /// of each line whose key and product are not among `before`; `true`
    /// when a field changed.
    fn list_prices(&mut self, before: &[(u32, String)]) -> bool {
        let lang = self.form.lang;
        let mut changed = false;
        for line in &mut self.form.lines {
            if before
                .iter()
                .any(|(k, p)| *k == line.key && *p == line.product)
            {
                continue;
            }
            if let Some((_, price)) = self.prices.iter().find(|(p, _)| *p == line.product) {
                let price = number(*price, lang);
                changed |= line.unit_price != price;
                line.unit_price = price;
            }
        }
        changed
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
        w.configure(o, problems);
        w
    }

    #[test]
    fn a_vendor_locks_the_widget_and_null_unlocks_it() {
        let mut w = configured(&[("vendor", text("asoft")), ("lang", text("en"))]);
        let ids: Vec<&str> = w.programmes().iter().map(|p| &*p.id).collect();
        assert_eq!(ids, ["asoft"]);
        assert_eq!(
            (w.form.vendor.as_str(), w.form.tier.as_str()),
            ("asoft", "retail")
        );
        assert_eq!(w.form.lang, Lang::En);
        let (o, p) = options(&[("vendor", Host::Null)]);
        w.configure(o, p);
        assert_eq!(w.programmes().len(), 5);
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
        assert_eq!(
            w.lock.as_deref(),
            Some("<img src=x>"),
            "kept for programmes to come"
        );
        assert_eq!(
            w.programmes().len(),
            5,
            "no such programme: all are offered"
        );
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
        w.configure(o, p);
        assert_eq!(w.form.tier, "qualified");
        assert_eq!(w.messages(), ["«lang»: ожидается ru или en"]);
    }

    #[test]
    fn options_that_are_not_an_object_are_a_problem_until_the_next_call() {
        let mut w = Widget::new(ALL, "");
        let (o, p) = read(&text("asoft"));
        w.configure(o, p);
        assert_eq!(w.messages(), ["ожидается объект"]);
        let (o, p) = options(&[("lang", text("en"))]);
        w.configure(o, p);
        assert!(w.problems.is_empty(), "{:?}", w.problems);
    }

    #[test]
    fn the_hosts_tier_applies_when_it_changes_not_over_the_users_choice() {
        let mut w = configured(&[("vendor", text("stakhanovets")), ("tier", text("gold"))]);
        assert_eq!(w.form.tier, "gold");
        w.edit(Edit::Tier("white".into()));
        let (o, p) = options(&[("tier", text("gold")), ("lang", text("en"))]);
        w.configure(o, p);
        assert_eq!(
            w.form.tier, "white",
            "the same tier again leaves the user's choice"
        );
        let (o, p) = options(&[("tier", text("silver"))]);
        w.configure(o, p);
        assert_eq!(w.form.tier, "silver");
    }

    #[test]
    fn host_prices_fill_the_price_of_each_product_chosen() {
        let prices = Host::Object(vec![
            ("licences".into(), text("12345.67")),
            ("training".into(), Host::Number("900".into())),
        ]);
        let mut w = configured(&[("vendor", text("directum")), ("prices", prices)]);
        assert_eq!(w.form.lines[0].unit_price, "12\u{a0}345,67");
        w.edit(Edit::UnitPrice(0, "1".into()));
        let revision = w.revision;
        w.edit(Edit::Product(0, "training".into()));
        assert_eq!(w.form.lines[0].unit_price, "900");
        assert_ne!(w.revision, revision, "the price field is redrawn");
        w.edit(Edit::Product(0, "cloud_first".into()));
        assert_eq!(
            w.form.lines[0].unit_price, "900",
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
        w.edit(Edit::Tier("retail".into()));
        w.edit(Edit::Quantity(0, "7".into()));
        w.reset();
        assert_eq!(
            (w.form.tier.as_str(), w.form.lines[0].quantity.as_str()),
            ("competency", "1")
        );
        assert_ne!(w.revision, revision, "the fields are redrawn");
    }

    /// The host's copy of a bundled programme with the first rate of its
    /// first step set to `percent`, as a JS object would read.
    fn edited(id: &str, percent: u32) -> serde_json::Value {
        let p = ALL.iter().find(|p| p.id == id).expect("bundled");
        let mut value = serde_json::to_value(p).expect("serialises");
        value["data_date"] = "2027-01-15".into();
        value["products"][0]["situations"][0]["steps"][0]["rates"][0]["rate"] =
            serde_json::json!({ "fixed": percent });
        value
    }

    #[test]
    fn host_programmes_replace_the_bundled_one_or_are_added() {
        let mut acme = edited("asoft", 30);
        acme["id"] = "acme".into();
        acme["vendor"] = serde_json::json!({ "ru": "Акме", "en": "Acme" });
        let list = serde_json::Value::Array(vec![edited("directum", 33), acme]);
        let (o, p) = options(&[("programmes", Host::from(&list))]);
        assert_eq!(p, vec![]);
        let mut w = Widget::new(ALL, "");
        w.configure(o, p);
        let ids: Vec<&str> = w.programmes().iter().map(|p| &*p.id).collect();
        assert_eq!(
            ids,
            [
                "directum",
                "stakhanovets",
                "smart-soft",
                "asoft",
                "bitrix-kz",
                "acme"
            ]
        );
        assert_eq!(w.hosted, ["directum", "acme"]);
        // Directum's first tier now gets the host's 33 % instead of the document's 30 %.
        let q = w.form.quote(w.programmes()).expect("a quote");
        assert_eq!(
            (q.vendor.as_str(), q.tier.as_str()),
            ("directum", "authorized")
        );
        assert_eq!(q.steps[0].percent, Some(Decimal::from(33)));
        w.edit(Edit::Vendor("acme".into()));
        assert_eq!(
            w.form.quote(w.programmes()).map(|q| q.vendor),
            Ok("acme".into())
        );
        // `null` brings the bundled programmes back.
        let (o, p) = options(&[("programmes", Host::Null)]);
        w.configure(o, p);
        assert_eq!(w.programmes().len(), 5);
        assert_eq!(
            w.form.vendor, "directum",
            "the user's programme is gone: the first"
        );
        let q = w.form.quote(w.programmes()).expect("a quote");
        assert_eq!(q.steps[0].percent, Some(Decimal::from(30)));
    }

    #[test]
    fn an_invalid_host_programme_is_refused_whole_with_every_problem() {
        let mut broken = edited("directum", 33);
        broken["tiers"][0]["name"]["en"] = "".into();
        broken["products"][0]["name"]["ru"] = " ".into();
        let mut misfit = edited("asoft", 30);
        misfit["currency"] = "usd".into();
        let list = serde_json::Value::Array(vec![broken, misfit]);
        let (o, p) = options(&[("programmes", Host::from(&list))]);
        let messages: Vec<String> = p.iter().map(|(_, e)| e.message(Lang::En)).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(
            messages[0].starts_with("programmes[0].tiers["),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("programmes[0].products["),
            "{messages:?}"
        );
        assert_eq!(
            messages[2],
            "«programmes[1].currency»: a value the format does not allow"
        );
        assert!(p.iter().all(|(key, _)| key == "programmes"));
        let mut w = Widget::new(ALL, "");
        w.configure(o, p);
        assert_eq!(w.programmes(), ALL, "the bundled figures stay");
        assert_eq!(w.messages().len(), 3);
    }

    #[test]
    fn check_says_every_problem_of_one_programme() {
        assert_eq!(check(&Host::from(&edited("directum", 33))), vec![]);
        let mut broken = edited("directum", 33);
        broken["tiers"][0]["name"]["en"] = "".into();
        let problems = check(&Host::from(&broken));
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message(Lang::En).starts_with("tiers["));
        assert_eq!(
            check(&Host::Text("x".into()))[0].message(Lang::En),
            "an object is expected"
        );
    }

    /// Acme (ASoft's figures under another id) and Beta (Stakhanovets').
    fn vendors(ids: &[&str]) -> Host {
        let copy = |id: &str, from: &str| {
            let mut p = edited(from, 10);
            p["id"] = id.into();
            p
        };
        let list = ids
            .iter()
            .map(|id| {
                copy(
                    id,
                    if *id == "acme" {
                        "asoft"
                    } else {
                        "stakhanovets"
                    },
                )
            })
            .collect();
        Host::from(&serde_json::Value::Array(list))
    }

    #[test]
    fn a_lock_follows_its_programme_when_the_host_reorders_or_drops_programmes() {
        let mut w = Widget::new(ALL, "");
        let (o, p) = options(&[
            ("programmes", vendors(&["acme", "beta"])),
            ("vendor", text("beta")),
        ]);
        w.configure(o, p);
        let ids = |w: &Widget| {
            w.programmes()
                .iter()
                .map(|p| p.id.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&w), ["beta"]);
        let (o, p) = options(&[("programmes", vendors(&["beta", "acme"]))]);
        w.configure(o, p);
        assert_eq!(ids(&w), ["beta"], "the same programme, not the same place");
        assert_eq!(w.messages(), Vec::<String>::new());
        let (o, p) = options(&[("programmes", vendors(&["acme"]))]);
        w.configure(o, p);
        assert_eq!(ids(&w).len(), 6, "beta is gone: every programme is offered");
        assert_eq!(w.messages(), ["Неизвестная программа «beta»"]);
    }

    #[test]
    fn a_vendor_given_before_its_programme_locks_when_the_programme_comes() {
        let mut w = Widget::new(ALL, "");
        let (o, p) = options(&[("vendor", text("acme"))]);
        w.configure(o, p);
        assert_eq!(w.messages(), ["Неизвестная программа «acme»"]);
        assert_eq!(w.form.vendor, "directum");
        let (o, p) = options(&[("programmes", vendors(&["acme"]))]);
        w.configure(o, p);
        assert_eq!(w.messages(), Vec::<String>::new(), "the problem is gone");
        let ids: Vec<&str> = w.programmes().iter().map(|p| &*p.id).collect();
        assert_eq!(ids, ["acme"]);
        assert_eq!(w.form.vendor, "acme", "the form moves to it");
    }
}
