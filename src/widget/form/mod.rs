//! The widget's inputs as typed, and how they become a quote: plain state
//! and pure functions (the UI only renders them), so they are tested natively.
//! A deal has one line or more ([`Line`]); what the data marks deal-wide is
//! set once, on the form.

mod choice;
mod line;
mod request;
mod selling;

pub use choice::{Choice, Chosen};
pub use line::Line;
pub use request::{FieldError, Priced, Pricing};
pub use selling::{PriceMode, Selling, TargetMode};

use crate::model::{I18n, Lang, Pick, Programme, Range, Rate, Settlement, Situation, Tier};

/// What the user has typed and picked.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    /// Display language.
    pub lang: Lang,
    /// Programme id.
    pub vendor: String,
    /// Tier id.
    pub tier: String,
    /// The deal's lines, one at least.
    pub lines: Vec<Line>,
    /// Sales over the last 12 months as typed (may be empty).
    pub sales: String,
    /// The values of the steps the data marks deal-wide, set once.
    pub choices: Chosen,
    /// Which view is shown.
    pub view: View,
    /// The partner's expected sales per year for the what-if view, as typed.
    pub plan: String,
    /// The order of the compare table (not part of links).
    pub sort: Sort,
    /// The customer's name for the proposal, as typed.
    pub customer: String,
    /// The partner's name for the proposal, as typed.
    pub partner: String,
    /// How many days the proposal is valid, as typed.
    pub valid_days: String,
    /// The customer's price and the target margin, as typed.
    pub selling: Selling,
}

/// One change to the form, as a control or a button makes it. `usize` is
/// a line's index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// A programme id.
    Vendor(String),
    /// A tier id.
    Tier(String),
    /// A line's product id.
    Product(usize, String),
    /// A line's deal situation id.
    Situation(usize, String),
    /// A line's quantity as typed.
    Quantity(usize, String),
    /// A line's unit RRP as typed.
    UnitPrice(usize, String),
    /// The licence line a share-priced line follows (`None`: its own price).
    Follow(usize, Option<usize>),
    /// The sales over 12 months as typed.
    Sales(String),
    /// The what-if view's expected sales as typed.
    Plan(String),
    /// The customer's name for the proposal.
    Customer(String),
    /// The partner's name for the proposal.
    Partner(String),
    /// The proposal's validity in days, as typed.
    ValidDays(String),
    /// The value of a step: of a line, or deal-wide (`None`).
    Choice(Option<usize>, String, Choice),
    /// A new line after the others.
    AddLine,
    /// A copy of the line right after it.
    DuplicateLine(usize),
    /// The line goes.
    RemoveLine(usize),
    /// How the customer's price is given.
    PriceMode(PriceMode),
    /// The customer's discount or amount, as typed.
    Price(String),
    /// A line's own customer discount, as typed (empty: the deal's).
    LineDiscount(usize, String),
    /// How the target margin is given.
    TargetMode(TargetMode),
    /// The target margin, as typed.
    Target(String),
    /// The customer's price becomes the goal seek's answer.
    ApplyTarget,
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

/// Which input a message belongs next to. `usize` is a line's index.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// A line's quantity input.
    Quantity(usize),
    /// A line's unit price input.
    UnitPrice(usize),
    /// The sales input.
    Sales,
    /// The expected sales input of the what-if view.
    Plan,
    /// The customer's name.
    Customer,
    /// The partner's name.
    Partner,
    /// The proposal's validity in days.
    ValidDays,
    /// The customer's discount or amount.
    Price,
    /// A line's own customer discount.
    LineDiscount(usize),
    /// The target margin.
    Target,
    /// The control of the step with this id: of a line, or deal-wide (`None`).
    Step(Option<usize>, String),
    /// The form as a whole.
    Form,
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
    /// Whether the data marks it deal-wide (set once for the deal).
    pub deal_wide: bool,
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

impl Default for Form {
    /// A form of one line, on no programme yet.
    fn default() -> Form {
        Form {
            lang: Lang::default(),
            vendor: String::new(),
            tier: String::new(),
            lines: vec![Line::new(0)],
            sales: String::new(),
            choices: Chosen::default(),
            view: View::default(),
            plan: String::new(),
            sort: Sort::default(),
            customer: String::new(),
            partner: String::new(),
            valid_days: "30".into(),
            selling: Selling::default(),
        }
    }
}

impl Form {
    /// A form for `vendor` (or the first programme) with its first tier,
    /// and one line of its first product and situation, one unit at an
    /// example price.
    pub fn new(programmes: &[Programme], vendor: &str, lang: Lang) -> Form {
        let mut form = Form {
            lang,
            ..Form::default()
        };
        form.select_vendor(programmes, vendor);
        form
    }

    /// The chosen programme, if the id is known.
    pub fn programme<'a>(&self, programmes: &'a [Programme]) -> Option<&'a Programme> {
        programmes.iter().find(|p| p.id == self.vendor)
    }

    /// Chooses a programme; the tier and each line's product and situation
    /// fall back to its first.
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
        for i in 0..self.lines.len() {
            self.select_product(programmes, i, &self.lines[i].product.clone());
        }
    }

    /// Chooses a tier of the current programme (its first if unknown).
    pub fn select_tier(&mut self, programmes: &[Programme], tier: &str) {
        if let Some(p) = self.programme(programmes) {
            self.tier = pick_id(&p.tiers, |t: &Tier| &t.id, tier);
        }
    }

    /// Chooses line `line`'s product (the first if unknown). Its situation
    /// is kept if the product has it (a deal-wide one is the other lines'
    /// of that product); a share-priced product follows the first licence
    /// line.
    pub fn select_product(&mut self, programmes: &[Programme], line: usize, product: &str) {
        let Some(p) = self.programme(programmes) else {
            return;
        };
        let Some(at) = self.lines.get_mut(line) else {
            return;
        };
        at.product = pick_id(&p.products, |p: &crate::model::Product| &p.id, product);
        let product = at.product.clone();
        let shared = self
            .product_of(programmes, line)
            .filter(|p| p.deal_wide_situation.is_some());
        let other = shared.and_then(|_| {
            self.lines
                .iter()
                .enumerate()
                .find(|(i, l)| *i != line && l.product == product)
                .map(|(_, l)| l.situation.clone())
        });
        let situation = other.unwrap_or_else(|| self.lines[line].situation.clone());
        self.select_situation(programmes, line, &situation);
        self.settle_shares(programmes, line);
    }

    /// Chooses line `line`'s deal situation (its product's first if
    /// unknown); a deal-wide one changes on every line of the product.
    pub fn select_situation(&mut self, programmes: &[Programme], line: usize, situation: &str) {
        let Some(product) = self.product_of(programmes, line) else {
            return;
        };
        let id = pick_id(&product.situations, |s: &Situation| &s.id, situation);
        let wide = product.deal_wide_situation.is_some();
        let product = self.lines[line].product.clone();
        for (i, l) in self.lines.iter_mut().enumerate() {
            if i == line || (wide && l.product == product) {
                l.situation = id.clone();
            }
        }
    }

    /// Applies one edit; an id the programme does not have falls back to
    /// its first, an edit of a line that does not exist does nothing.
    pub fn edit(&mut self, programmes: &[Programme], edit: Edit) {
        let n = self.lines.len();
        match edit {
            Edit::Vendor(id) => self.select_vendor(programmes, &id),
            Edit::Tier(id) => self.select_tier(programmes, &id),
            Edit::Product(i, id) => self.select_product(programmes, i, &id),
            Edit::Situation(i, id) => self.select_situation(programmes, i, &id),
            Edit::Quantity(i, text) if i < n => self.lines[i].quantity = text,
            Edit::UnitPrice(i, text) if i < n => self.lines[i].unit_price = text,
            Edit::Follow(i, leader) if i < n => self.follow(programmes, i, leader),
            Edit::Sales(text) => self.sales = text,
            Edit::Plan(text) => self.plan = text,
            Edit::Customer(text) => self.customer = text,
            Edit::Partner(text) => self.partner = text,
            Edit::ValidDays(text) => self.valid_days = text,
            Edit::Choice(None, step, choice) => self.choices.set(step, choice),
            Edit::Choice(Some(i), step, choice) if i < n => self.lines[i].choices.set(step, choice),
            Edit::AddLine => {
                self.add_line(programmes);
            }
            Edit::DuplicateLine(i) => {
                self.duplicate_line(i);
            }
            Edit::RemoveLine(i) => {
                self.remove_line(programmes, i);
                // A deal of one line has no line discounts (its price is the deal's).
                if let [only] = self.lines.as_mut_slice() {
                    only.discount.clear();
                }
            }
            Edit::PriceMode(mode) => self.selling.mode = mode,
            Edit::Price(text) => self.selling.price = text,
            Edit::LineDiscount(i, text) if i < n => self.lines[i].discount = text,
            Edit::TargetMode(mode) => self.selling.target_mode = mode,
            Edit::Target(text) => self.selling.target = text,
            Edit::ApplyTarget => self.apply_target(programmes),
            Edit::Quantity(..)
            | Edit::UnitPrice(..)
            | Edit::Follow(..)
            | Edit::Choice(..)
            | Edit::LineDiscount(..) => {}
        }
    }

    /// The values of `step` as line `line` uses them: the form's for a
    /// deal-wide step, the line's own otherwise.
    pub fn chosen(&self, line: usize, deal_wide: bool) -> Option<&Chosen> {
        match deal_wide {
            true => Some(&self.choices),
            false => self.lines.get(line).map(|l| &l.choices),
        }
    }

    /// Line `line`'s deal situation.
    pub fn situation_of<'a>(
        &self,
        programmes: &'a [Programme],
        line: usize,
    ) -> Option<&'a Situation> {
        let id = &self.lines.get(line)?.situation;
        self.product_of(programmes, line)?
            .situations
            .iter()
            .find(|s| s.id == *id)
    }

    /// The adjustable steps of line `line`'s situation at the chosen tier.
    pub fn controls<'a>(&self, programmes: &'a [Programme], line: usize) -> Vec<Control<'a>> {
        let Some(situation) = self.situation_of(programmes, line) else {
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
                    deal_wide: step.deal_wide.is_some(),
                })
            })
            .collect()
    }

    /// The deal-wide steps of every line, each once, in order of appearance.
    pub fn deal_wide_controls<'a>(&self, programmes: &'a [Programme]) -> Vec<Control<'a>> {
        let mut found: Vec<Control<'a>> = Vec::new();
        for i in 0..self.lines.len() {
            for c in self.controls(programmes, i) {
                if c.deal_wide && found.iter().all(|f| f.id != c.id) {
                    found.push(c);
                }
            }
        }
        found
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
        Edit::Choice(None, step.into(), Choice::Percent(text.into()))
    }

    #[test]
    fn a_new_form_prices_at_once() {
        let form = Form::new(ALL, "stakhanovets", Lang::Ru);
        assert_eq!(
            (
                form.tier.as_str(),
                form.lines[0].product.as_str(),
                form.lines[0].situation.as_str()
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
            (form.tier.as_str(), form.lines[0].product.as_str()),
            ("retail", "crm_licences")
        );
        form.select_vendor(ALL, "no-such-vendor");
        assert_eq!(form.vendor, "directum");
    }

    #[test]
    fn bad_fields_get_their_own_messages() {
        let mut form = Form::new(ALL, "directum", Lang::Ru);
        form.select_tier(ALL, "general");
        form.lines[0].quantity = "2,5".into();
        form.lines[0].unit_price = "abc".into();
        form.edit(ALL, percent("additional", "20"));
        let errors = form.quote(ALL).unwrap_err();
        assert_eq!(
            errors[0],
            FieldError {
                field: Field::Quantity(0),
                message: "Введите целое число".into()
            }
        );
        assert_eq!(errors[1].field, Field::UnitPrice(0));
        let step_error = FieldError {
            field: Field::Step(None, "additional".into()),
            message: "Введите значение от 0 до 15 %".into(),
        };
        assert_eq!(
            errors[2], step_error,
            "each field reports its own error at once"
        );
        form.lines[0].quantity = "2".into();
        form.lines[0].unit_price = "1 000".into();
        let errors = form.quote(ALL).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError {
                field: Field::Step(None, "additional".into()),
                message: "Введите значение от 0 до 15 %".into()
            }]
        );
    }

    #[test]
    fn edits_name_their_input() {
        let mut form = Form::new(ALL, "asoft", Lang::Ru);
        form.edit(ALL, Edit::Tier("competency".into()));
        form.edit(ALL, Edit::Quantity(0, "10".into()));
        form.edit(ALL, Edit::Choice(None, "plan".into(), Choice::Bonus(true)));
        form.edit(
            ALL,
            Edit::Choice(None, "events".into(), Choice::Pick("host".into())),
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
            f.controls(ALL, 0)
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
            .map(|(_, q)| q.as_ref().unwrap().net_total().unwrap().to_string())
            .collect();
        assert_eq!(nets, ["75000.00", "70000.00", "65000.00"]);
    }
}
