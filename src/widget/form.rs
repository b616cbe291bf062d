//! The widget's inputs as typed, and how they become a quote: plain state
//! and pure functions (the UI only renders them), so they are tested natively.

use super::input::{parse_money, parse_percent, parse_quantity};
use super::messages::Message;
use crate::engine::Quote;
use crate::engine::QuoteError;
use crate::engine::{ChoiceValue, Choices, QuoteRequest};
use crate::model::{
    I18n, Lang, Pick, Product, Programme, Range, Rate, Settlement, Situation, Tier,
};

/// What the user has typed and picked.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Form {
    /// Display language.
    pub lang: Lang,
    /// Programme id.
    pub vendor: String,
    /// Tier id.
    pub tier: String,
    /// Product id.
    pub product: String,
    /// Deal situation id.
    pub situation: String,
    /// Quantity as typed.
    pub quantity: String,
    /// Unit RRP as typed.
    pub unit_price: String,
    /// Sales over the last 12 months as typed (may be empty).
    pub sales: String,
    /// The adjustable steps' values as typed or picked, by step id (a step
    /// keeps one value of each kind, so a tier where it is of another kind
    /// does not lose the first).
    pub choices: Vec<(String, Choice)>,
    /// Which view is shown.
    pub view: View,
    /// The partner's expected sales per year for the what-if view, as typed.
    pub plan: String,
    /// The order of the compare table (not part of links).
    pub sort: Sort,
}

/// One change to the form, as a control makes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// A programme id.
    Vendor(String),
    /// A tier id.
    Tier(String),
    /// A product id.
    Product(String),
    /// A deal situation id.
    Situation(String),
    /// The quantity as typed.
    Quantity(String),
    /// The unit RRP as typed.
    UnitPrice(String),
    /// The sales over 12 months as typed.
    Sales(String),
    /// The what-if view's expected sales as typed.
    Plan(String),
    /// The value of the step with this id.
    Choice(String, Choice),
}

/// The value of an adjustable step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A percentage within an "up to" range, as typed.
    Percent(String),
    /// Whether a bonus is earned.
    Bonus(bool),
    /// The id of the option picked (`none` for none).
    Pick(String),
}

impl Choice {
    /// The name of its kind in links: `percent`, `bonus` or `pick`.
    pub fn kind(&self) -> &'static str {
        match self {
            Choice::Percent(_) => "percent",
            Choice::Bonus(_) => "bonus",
            Choice::Pick(_) => "pick",
        }
    }

    /// Its value as written in links.
    pub fn value(&self) -> &str {
        match self {
            Choice::Percent(text) | Choice::Pick(text) => text,
            Choice::Bonus(true) => "true",
            Choice::Bonus(false) => "false",
        }
    }

    /// The choice of kind `kind` with `value` as written in links; `None`
    /// for an unknown kind or a bonus that is not `true`/`false`.
    pub fn parse(kind: &str, value: &str) -> Option<Choice> {
        match (kind, value) {
            ("percent", v) => Some(Choice::Percent(v.to_string())),
            ("bonus", "true") => Some(Choice::Bonus(true)),
            ("bonus", "false") => Some(Choice::Bonus(false)),
            ("pick", v) => Some(Choice::Pick(v.to_string())),
            _ => None,
        }
    }
}

/// The widget's views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// One quote, its waterfall and the tier ladder.
    #[default]
    Quote,
    /// Every tier of every programme for the same deal.
    Compare,
    /// The tier each programme gives for the expected sales.
    WhatIf,
}

/// Orders of the compare table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// The programmes' and tiers' own order.
    #[default]
    Programme,
    /// Largest margin (discount) first.
    Margin,
    /// Lowest partner price first.
    Net,
}

/// Which input a message belongs next to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The quantity input.
    Quantity,
    /// The unit price input.
    UnitPrice,
    /// The sales input.
    Sales,
    /// The expected sales input of the what-if view.
    Plan,
    /// The control of the step with this id.
    Step(String),
    /// The form as a whole.
    Form,
}

/// What pricing the form gives: its quote, or the messages for its bad
/// fields.
pub type Priced = Result<Quote, Vec<FieldError>>;

/// A message for a person, next to a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// The message, in the form's language.
    pub message: String,
}

/// An adjustable step at the current tier: what the UI renders a control for.
#[derive(Clone, Debug, PartialEq)]
pub struct Control<'a> {
    /// Step id.
    pub id: &'a str,
    /// Step label.
    pub label: &'a I18n,
    /// What kind of control.
    pub kind: ControlKind<'a>,
    /// How it is paid when not on the invoice.
    pub paid_later: Option<&'a I18n>,
}

/// The kinds of control.
#[derive(Clone, Debug, PartialEq)]
pub enum ControlKind<'a> {
    /// A percentage within a range, at the vendor's discretion.
    Range(Range),
    /// A checkbox for a bonus of this percentage.
    Bonus(rust_decimal::Decimal),
    /// A choice of one option or none.
    OneOf(&'a [Pick]),
}

impl Form {
    /// A form for `vendor` (or the first programme) with its first tier,
    /// product and situation, one unit and an example price.
    pub fn new(programmes: &[Programme], vendor: &str, lang: Lang) -> Form {
        let mut form = Form {
            lang,
            quantity: "1".into(),
            unit_price: "100000".into(),
            ..Form::default()
        };
        form.select_vendor(programmes, vendor);
        form
    }

    /// The chosen programme, if the id is known.
    pub fn programme<'a>(&self, programmes: &'a [Programme]) -> Option<&'a Programme> {
        programmes.iter().find(|p| p.id == self.vendor)
    }

    /// Chooses a programme; tier, product and situation fall back to its first.
    pub fn select_vendor(&mut self, programmes: &[Programme], vendor: &str) {
        let Some(programme) = programmes
            .iter()
            .find(|p| p.id == vendor)
            .or(programmes.first())
        else {
            return;
        };
        self.vendor = programme.id.to_string();
        self.select_tier(programmes, &self.tier.clone());
        self.select_product(programmes, &self.product.clone());
    }

    /// Chooses a tier of the current programme (its first if unknown).
    pub fn select_tier(&mut self, programmes: &[Programme], tier: &str) {
        if let Some(p) = self.programme(programmes) {
            self.tier = pick_id(&p.tiers, |t: &Tier| &t.id, tier);
        }
    }

    /// Chooses a product (its first if unknown); its situation is kept if it has it.
    pub fn select_product(&mut self, programmes: &[Programme], product: &str) {
        if let Some(p) = self.programme(programmes) {
            self.product = pick_id(&p.products, |p: &Product| &p.id, product);
            self.select_situation(programmes, &self.situation.clone());
        }
    }

    /// Chooses a deal situation of the product (its first if unknown).
    pub fn select_situation(&mut self, programmes: &[Programme], situation: &str) {
        if let Some(product) = self.product_of(programmes) {
            self.situation = pick_id(&product.situations, |s: &Situation| &s.id, situation);
        }
    }

    /// Applies one edit from a control; an id the programme does not have
    /// falls back to its first.
    pub fn edit(&mut self, programmes: &[Programme], edit: Edit) {
        match edit {
            Edit::Vendor(id) => self.select_vendor(programmes, &id),
            Edit::Tier(id) => self.select_tier(programmes, &id),
            Edit::Product(id) => self.select_product(programmes, &id),
            Edit::Situation(id) => self.select_situation(programmes, &id),
            Edit::Quantity(text) => self.quantity = text,
            Edit::UnitPrice(text) => self.unit_price = text,
            Edit::Sales(text) => self.sales = text,
            Edit::Plan(text) => self.plan = text,
            Edit::Choice(step, choice) => {
                let same = |(s, c): &&mut (String, Choice)| *s == step && c.kind() == choice.kind();
                match self.choices.iter_mut().find(same) {
                    Some((_, c)) => *c = choice,
                    None => self.choices.push((step, choice)),
                }
            }
        }
    }

    /// The value of kind `kind` (`percent`, `bonus`, `pick`) of `step`.
    fn choice(&self, kind: &str, step: &str) -> Option<&Choice> {
        self.choices
            .iter()
            .find(|(s, c)| s == step && c.kind() == kind)
            .map(|(_, c)| c)
    }

    /// The percentage typed for `step`, if any.
    pub fn percent(&self, step: &str) -> Option<&str> {
        self.choice("percent", step).map(Choice::value)
    }

    /// Whether the bonus `step` is earned (`None`: never set).
    pub fn bonus(&self, step: &str) -> Option<bool> {
        match self.choice("bonus", step) {
            Some(Choice::Bonus(on)) => Some(*on),
            _ => None,
        }
    }

    /// The option picked for `step`, if any.
    pub fn pick(&self, step: &str) -> Option<&str> {
        self.choice("pick", step).map(Choice::value)
    }

    /// The chosen product.
    pub fn product_of<'a>(&self, programmes: &'a [Programme]) -> Option<&'a Product> {
        self.programme(programmes)?
            .products
            .iter()
            .find(|p| p.id == self.product)
    }

    /// The chosen deal situation.
    pub fn situation_of<'a>(&self, programmes: &'a [Programme]) -> Option<&'a Situation> {
        self.product_of(programmes)?
            .situations
            .iter()
            .find(|s| s.id == self.situation)
    }

    /// The adjustable steps of the situation at the chosen tier.
    pub fn controls<'a>(&self, programmes: &'a [Programme]) -> Vec<Control<'a>> {
        let Some(situation) = self.situation_of(programmes) else {
            return Vec::new();
        };
        situation
            .steps
            .iter()
            .filter_map(|step| {
                let rate = &step.rates.iter().find(|r| r.tier == self.tier)?.rate;
                let kind = match rate {
                    Rate::UpTo(range) => ControlKind::Range(*range),
                    Rate::Bonus(p) => ControlKind::Bonus(p.0),
                    Rate::OneOf(picks) => ControlKind::OneOf(picks),
                    Rate::Fixed(_) | Rate::Individual(_) => return None,
                };
                let paid_later = match &step.settlement {
                    Settlement::Later(how) => Some(how),
                    Settlement::Invoice => None,
                };
                Some(Control {
                    id: &step.id,
                    label: &step.label,
                    kind,
                    paid_later,
                })
            })
            .collect()
    }

    /// The request the form describes, or the messages for its bad fields.
    pub fn request(&self, programmes: &[Programme]) -> Result<QuoteRequest, Vec<FieldError>> {
        let lang = self.lang;
        let mut errors = Vec::new();
        let mut field = |field: Field, message: String| errors.push(FieldError { field, message });
        let quantity = parse_quantity(&self.quantity, lang)
            .map_err(|e| field(Field::Quantity, e.message(lang)));
        let unit_price = parse_money(&self.unit_price, lang)
            .map_err(|e| field(Field::UnitPrice, e.message(lang)));
        let sales = if self.sales.trim().is_empty() {
            Ok(None)
        } else {
            parse_money(&self.sales, lang)
                .map(Some)
                .map_err(|e| field(Field::Sales, e.message(lang)))
        };
        let mut choices = Choices::default();
        for control in self.controls(programmes) {
            let step = control.id;
            let value = match &control.kind {
                ControlKind::Range(range) => {
                    match self.percent(step).filter(|t| !t.trim().is_empty()) {
                        Some(text) => match parse_percent(text, lang) {
                            Ok(v) if v < range.min.0 || v > range.max.0 => {
                                let e = QuoteError::ValueOutOfRange {
                                    step: step.to_string(),
                                    min: range.min.0,
                                    max: range.max.0,
                                };
                                field(Field::Step(step.to_string()), e.message(lang));
                                None
                            }
                            Ok(v) => Some(ChoiceValue::Percent(v)),
                            Err(e) => {
                                field(Field::Step(step.to_string()), e.message(lang));
                                None
                            }
                        },
                        None => None,
                    }
                }
                ControlKind::Bonus(_) => self.bonus(step).map(ChoiceValue::On),
                ControlKind::OneOf(_) => {
                    self.pick(step).map(|id| ChoiceValue::Pick(id.to_string()))
                }
            };
            if let Some(value) = value {
                choices.insert(step.to_string(), value);
            }
        }
        match (quantity, unit_price, sales) {
            (Ok(quantity), Ok(unit_price), Ok(sales_last_12_months)) if errors.is_empty() => {
                Ok(QuoteRequest {
                    vendor: self.vendor.clone(),
                    tier: self.tier.clone(),
                    product: self.product.clone(),
                    situation: Some(self.situation.clone()),
                    quantity,
                    unit_price,
                    choices,
                    sales_last_12_months,
                })
            }
            _ => Err(errors),
        }
    }

    /// The quote the form describes, or the messages for its bad fields.
    pub fn quote(&self, programmes: &[Programme]) -> Priced {
        let request = self.request(programmes)?;
        crate::engine::quote(programmes, &request).map_err(|e| {
            let field = match &e {
                QuoteError::ValueOutOfRange { step, .. }
                | QuoteError::ChoiceMismatch { step }
                | QuoteError::UnknownPick { step, .. } => Field::Step(step.clone()),
                QuoteError::QuantityNotPositiveWhole | QuoteError::QuantityTooLarge(_) => {
                    Field::Quantity
                }
                QuoteError::PriceNegative | QuoteError::Overflow => Field::UnitPrice,
                QuoteError::SalesNegative => Field::Sales,
                _ => Field::Form,
            };
            vec![FieldError {
                field,
                message: e.message(self.lang),
            }]
        })
    }

    /// The same deal priced at every tier of the programme, lowest first.
    pub fn ladder<'a>(&self, programmes: &'a [Programme]) -> Vec<(&'a Tier, Option<Quote>)> {
        let Some(programme) = self.programme(programmes) else {
            return Vec::new();
        };
        programme
            .tiers
            .iter()
            .map(|tier| {
                let at = Form {
                    tier: tier.id.to_string(),
                    ..self.clone()
                };
                (tier, at.quote(programmes).ok())
            })
            .collect()
    }
}

/// `wanted` if some item has that id, else the first item's id.
fn pick_id<T>(items: &[T], id: impl Fn(&T) -> &crate::model::Text, wanted: &str) -> String {
    items
        .iter()
        .find(|item| id(item) == wanted)
        .or(items.first())
        .map(|item| id(item).to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;

    fn percent(step: &str, text: &str) -> Edit {
        Edit::Choice(step.into(), Choice::Percent(text.into()))
    }

    #[test]
    fn a_new_form_prices_at_once() {
        let form = Form::new(ALL, "stakhanovets", Lang::Ru);
        assert_eq!(
            (
                form.tier.as_str(),
                form.product.as_str(),
                form.situation.as_str()
            ),
            ("white", "licences", "registered_first")
        );
        let quote = form.quote(ALL).unwrap();
        assert_eq!(quote.net_total.unwrap().to_string(), "90000.00");
    }

    #[test]
    fn switching_vendor_keeps_nothing_that_does_not_exist_there() {
        let mut form = Form::new(ALL, "directum", Lang::En);
        form.select_tier(ALL, "general");
        form.select_vendor(ALL, "asoft");
        assert_eq!(
            (form.tier.as_str(), form.product.as_str()),
            ("retail", "crm_licences")
        );
        form.select_vendor(ALL, "no-such-vendor");
        assert_eq!(form.vendor, "directum");
    }

    #[test]
    fn bad_fields_get_their_own_messages() {
        let mut form = Form::new(ALL, "directum", Lang::Ru);
        form.select_tier(ALL, "general");
        form.quantity = "2,5".into();
        form.unit_price = "abc".into();
        form.edit(ALL, percent("additional", "20"));
        let errors = form.quote(ALL).unwrap_err();
        assert_eq!(
            errors[0],
            FieldError {
                field: Field::Quantity,
                message: "Введите целое число".into()
            }
        );
        assert_eq!(errors[1].field, Field::UnitPrice);
        let step_error = FieldError {
            field: Field::Step("additional".into()),
            message: "Введите значение от 0 до 15 %".into(),
        };
        assert_eq!(
            errors[2], step_error,
            "each field reports its own error at once"
        );
        form.quantity = "2".into();
        form.unit_price = "1 000".into();
        let errors = form.quote(ALL).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError {
                field: Field::Step("additional".into()),
                message: "Введите значение от 0 до 15 %".into()
            }]
        );
    }

    #[test]
    fn edits_name_their_input() {
        let mut form = Form::new(ALL, "asoft", Lang::Ru);
        form.edit(ALL, Edit::Tier("competency".into()));
        form.edit(ALL, Edit::Quantity("10".into()));
        form.edit(ALL, Edit::Choice("plan".into(), Choice::Bonus(true)));
        form.edit(
            ALL,
            Edit::Choice("events".into(), Choice::Pick("host".into())),
        );
        let quote = form.quote(ALL).unwrap();
        assert_eq!(
            quote.total_benefit_percent.unwrap().to_string(),
            "32.5",
            "20 + 10 + 2.5"
        );
        form.edit(ALL, Edit::Vendor("directum".into()));
        form.edit(ALL, Edit::Tier("general".into()));
        form.edit(ALL, percent("additional", "15"));
        assert_eq!(
            form.quote(ALL)
                .unwrap()
                .effective_discount_percent
                .unwrap()
                .to_string(),
            "60"
        );
    }

    #[test]
    fn controls_follow_the_tier() {
        let mut form = Form::new(ALL, "asoft", Lang::En);
        let ids = |f: &Form| {
            f.controls(ALL)
                .iter()
                .map(|c| c.id.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&form), ["plan", "events"]);
        form.select_tier(ALL, "saas");
        assert_eq!(ids(&form), ["reviews", "plan", "specialists", "events"]);
    }

    #[test]
    fn the_ladder_prices_every_tier() {
        let form = Form::new(ALL, "smart-soft", Lang::En);
        let nets: Vec<String> = form
            .ladder(ALL)
            .iter()
            .map(|(_, q)| q.as_ref().unwrap().net_total.unwrap().to_string())
            .collect();
        assert_eq!(nets, ["75000.00", "70000.00", "65000.00"]);
    }
}
