//! The deal form's controls: the deal's, each line's, and what is set once
//! for the whole deal; each a label, a kind of input with its fixed parts,
//! and the typed edit it makes. The values and messages are read
//! apart (they change on every keystroke, the controls do not).

use crate::engine::MAX_LINES;
use crate::model::{Currency, Lang, Product, Programme};
use crate::text::{customer_texts, deal_texts, fill, texts};
use crate::widget::form::{
    Choice, Control as FormControl, ControlKind, Edit, Field, FieldError, Form, Line, PriceMode,
    TargetMode, View,
};
use crate::widget::format::percent;
use crate::widget::input::parse_money;
use crate::widget::options::Widget;
use crate::widget::Message;

/// Which selection a select makes. `usize` is a line's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pick {
    /// The programme.
    Vendor,
    /// The tier.
    Tier,
    /// A line's product.
    Product(usize),
    /// A line's deal situation (every line of the product's, when deal-wide).
    Situation(usize),
    /// The licence line a share-priced line follows.
    Follow(usize),
    /// How the customer's price is given.
    PriceMode,
    /// How the target margin is given.
    TargetMode,
}

/// What a control is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// A choice among `(value, name)` options.
    Select(Pick, Vec<(String, String)>),
    /// The option picked for a one-of step (of a line, or deal-wide:
    /// `None`), among `(value, name)` options.
    OneOf(Option<usize>, String, Vec<(String, String)>),
    /// A value typed into `field`, with the keyboard `mode` (`numeric`,
    /// `decimal`, or `text` for a name) and a hint (may be empty).
    Number(Field, &'static str, String),
    /// The checkbox of the bonus step with this id (of a line, or deal-wide).
    Bonus(Option<usize>, String),
}

/// One control of the form.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Control {
    /// The element id's suffix (`quantity`, `step-extra`, `price-2`).
    pub id: String,
    /// Its label.
    pub label: String,
    /// What it is.
    pub input: Input,
}

/// One line of the deal: its fields, its situation's condition and its
/// own adjustable steps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct LineControls {
    /// The line's key (see [`crate::widget::form::Line::key`]).
    pub key: u32,
    /// Its index.
    pub index: usize,
    /// Its name (`Строка 2`).
    pub title: String,
    /// Product, situation, quantity and price (or the line it follows).
    pub fields: Vec<Control>,
    /// The deal situation's condition, if it has one.
    pub condition: Option<String>,
    /// The line's own adjustable steps at this tier.
    pub steps: Vec<Control>,
    /// The duplicate button's text.
    pub duplicate_button: String,
    /// Its name for screen readers (`Дублировать строку 2`).
    pub duplicate: String,
    /// The remove button's text.
    pub remove_button: String,
    /// Its name for screen readers; empty for the only line (it has none).
    pub remove: String,
}

/// The form's controls: the deal's programme and tier, each line, what is
/// set once for the whole deal, the sales, and the note on how bonuses are
/// paid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Controls {
    /// The programme, named, when there is no vendor select (a widget
    /// locked to one); empty otherwise.
    pub programme: String,
    /// Vendor and tier.
    pub deal: Vec<Control>,
    /// The lines, in order.
    pub lines: Vec<LineControls>,
    /// The add button's text, and the reason it is off at the most lines.
    pub add: (String, Option<String>),
    /// The deal-wide group's name.
    pub legend: String,
    /// What the data marks deal-wide: situations and steps.
    pub shared: Vec<Control>,
    /// The sales over 12 months.
    pub sales: Vec<Control>,
    /// The proposal's group name and its fields: customer, partner, validity.
    pub proposal: (String, Vec<Control>),
    /// How the paid-later steps are paid, if any.
    pub paid_later: Option<String>,
    /// The customer's price part.
    pub selling: SellingControls,
}

/// The customer's price part of the form: how the price is given and the
/// price, the target margin and the button that applies the goal seek's
/// answer, and what the document says about the price to the customer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SellingControls {
    /// The group's name.
    pub legend: String,
    /// The price's mode and value.
    pub price: Vec<Control>,
    /// The target margin's mode and value.
    pub target: Vec<Control>,
    /// The apply button's text.
    pub apply: String,
    /// The head of the document's rules.
    pub rules_title: String,
    /// The document's rules on the customer price, and how the calculator
    /// treats a discount.
    pub rules: Vec<String>,
}

/// What the controls depend on: the language, the programmes on offer,
/// the programme, tier and each line's product, situation and share, not
/// the values typed. The controls are made again only when it changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shape {
    revision: u32,
    lang: Lang,
    programmes: Vec<String>,
    vendor: String,
    tier: String,
    lines: Vec<(u32, String, String, Option<usize>)>,
    selling: (PriceMode, TargetMode, bool),
}

impl Shape {
    /// The shape of `widget`'s form.
    pub fn of(widget: &Widget) -> Shape {
        let form = &widget.form;
        Shape {
            // Counts the host's changes (its programmes may change under the same ids).
            revision: widget.revision,
            lang: form.lang,
            programmes: widget
                .programmes()
                .iter()
                .map(|p| p.id.to_string())
                .collect(),
            vendor: form.vendor.clone(),
            tier: form.tier.clone(),
            lines: form
                .lines
                .iter()
                .map(|l| (l.key, l.product.clone(), l.situation.clone(), l.share_of))
                .collect(),
            selling: (
                form.selling.mode,
                form.selling.target_mode,
                form.selling_in_use(),
            ),
        }
    }
}

/// The what-if view's own field: the partner's expected sales per year.
pub fn plan(lang: Lang) -> Control {
    Control {
        id: "plan".into(),
        label: texts(lang).plan.into(),
        input: Input::Number(Field::Plan, "decimal", String::new()),
    }
}

/// What the live region says when line `line` (an index) is added.
pub fn added(lang: Lang, line: usize) -> String {
    fill(
        deal_texts(lang).line_added,
        &[("line", &(line + 1).to_string())],
    )
}

/// What the live region says when line `line` (an index) is removed and
/// `left` lines are left.
pub fn removed(lang: Lang, line: usize, left: usize) -> String {
    let line = (line + 1).to_string();
    fill(
        deal_texts(lang).line_removed,
        &[("line", &line), ("count", &left.to_string())],
    )
}

/// The element id's suffix of line `line`'s control `name`: the first
/// line's as a single quote's always were (`quantity`), the others numbered
/// (`quantity-2`).
fn line_id(name: &str, line: usize) -> String {
    match line {
        0 => name.to_string(),
        n => format!("{name}-{}", n + 1),
    }
}

/// The controls of `form` with `programmes` to choose from (no vendor
/// select when there is only one).
pub fn controls(form: &Form, programmes: &[Programme]) -> Controls {
    let lang = form.lang;
    let t = texts(lang);
    let d = deal_texts(lang);
    let Some(programme) = form.programme(programmes) else {
        return Controls::default();
    };
    let mut deal = vec![
        select(
            "vendor",
            t.vendor,
            Pick::Vendor,
            programmes
                .iter()
                .map(|p| named(&p.id, p.vendor.get(lang)))
                .collect(),
        ),
        select(
            "tier",
            t.tier,
            Pick::Tier,
            programme
                .tiers
                .iter()
                .map(|x| named(&x.id, x.name.get(lang)))
                .collect(),
        ),
    ];
    // A widget locked to one programme has nothing to pick: it names it.
    let mut named_programme = String::new();
    if programmes.len() < 2 {
        deal.remove(0);
        named_programme = format!(
            "{} — {}",
            programme.vendor.get(lang),
            programme.name.get(lang)
        );
    }
    let lines = (0..form.lines.len())
        .map(|i| line(form, programmes, i))
        .collect();
    let full = (form.lines.len() >= MAX_LINES)
        .then(|| fill(d.lines_full, &[("max", &MAX_LINES.to_string())]));
    let mut shared = Vec::new();
    for i in 0..form.lines.len() {
        let Some(product) = form.product_of(programmes, i) else {
            continue;
        };
        let first = form.lines.iter().position(|l| *l.product == *product.id) == Some(i);
        if product.deal_wide_situation.is_some() && product.situations.len() > 1 && first {
            shared.push(situation(form, product, i));
        }
    }
    let found = form.deal_wide_controls(programmes);
    shared.extend(found.iter().map(|c| step(c, None, lang)));
    let later = (0..form.lines.len())
        .flat_map(|i| form.controls(programmes, i))
        .find_map(|c| c.paid_later);
    Controls {
        programme: named_programme,
        deal,
        lines,
        add: (d.add_line.into(), full),
        legend: d.shared.into(),
        shared,
        sales: vec![Control {
            id: "sales".into(),
            label: t.sales.into(),
            input: Input::Number(Field::Sales, "decimal", t.sales_hint.into()),
        }],
        paid_later: later.map(|p| p.get(lang).to_string()),
        selling: selling(form, programme),
        proposal: (
            d.proposal_fields.into(),
            [
                ("customer", d.customer, Field::Customer, "text"),
                ("partner", d.partner, Field::Partner, "text"),
                ("valid-days", d.valid_days, Field::ValidDays, "numeric"),
            ]
            .into_iter()
            .map(|(id, label, field, mode)| Control {
                id: id.into(),
                label: label.into(),
                input: Input::Number(field, mode, String::new()),
            })
            .collect(),
        ),
    }
}

/// The customer's price part of `form` on `programme`.
fn selling(form: &Form, programme: &Programme) -> SellingControls {
    let lang = form.lang;
    let c = customer_texts(lang);
    let currency = symbol(programme.currency);
    let number = |id: &str, label: String, field, hint: &str| Control {
        id: id.into(),
        label,
        input: Input::Number(field, "decimal", hint.into()),
    };
    let price = match form.selling.mode {
        PriceMode::Discount => c.price_discount.into(),
        PriceMode::Amount => fill(c.price_amount, &[("currency", currency)]),
    };
    let amount = fill(c.target_amount, &[("currency", currency)]);
    let mut rules: Vec<String> = programme
        .resale
        .iter()
        .map(|f| f.text.get(lang).to_string())
        .collect();
    if rules.is_empty() {
        rules.push(c.no_rule.into());
    }
    rules.push(c.from_margin.into());
    SellingControls {
        legend: c.selling_title.into(),
        price: vec![
            select(
                "price-mode",
                c.price_mode,
                Pick::PriceMode,
                vec![
                    named("discount", c.mode_discount),
                    named("amount", c.mode_amount),
                ],
            ),
            number("customer-price", price, Field::Price, c.price_hint),
        ],
        target: vec![
            select(
                "target-mode",
                c.target_mode,
                Pick::TargetMode,
                vec![named("percent", c.target_percent), named("amount", &amount)],
            ),
            number("target", c.target.into(), Field::Target, c.target_hint),
        ],
        apply: c.apply.into(),
        rules_title: c.rules_title.into(),
        rules,
    }
}

/// The currency's symbol.
fn symbol(currency: Currency) -> &'static str {
    match currency {
        Currency::Kzt => "₸",
        Currency::Rub => "₽",
    }
}

/// `(id, name)` as a select's option.
fn named(id: &str, name: &str) -> (String, String) {
    (id.to_string(), name.to_string())
}

/// A select of `pick` with its id suffix, label and options.
fn select(id: &str, label: &str, pick: Pick, options: Vec<(String, String)>) -> Control {
    Control {
        id: id.into(),
        label: label.into(),
        input: Input::Select(pick, options),
    }
}

/// The situation select of `product` on line `i`.
fn situation(form: &Form, product: &Product, i: usize) -> Control {
    let lang = form.lang;
    let t = texts(lang);
    let label = match product.deal_wide_situation {
        Some(_) => format!("{}: {}", t.situation, product.name.get(lang)),
        None => t.situation.into(),
    };
    select(
        &line_id("situation", i),
        &label,
        Pick::Situation(i),
        product
            .situations
            .iter()
            .map(|x| named(&x.id, x.name.get(lang)))
            .collect(),
    )
}

/// The controls of line `i`.
fn line(form: &Form, programmes: &[Programme], i: usize) -> LineControls {
    let lang = form.lang;
    let t = texts(lang);
    let d = deal_texts(lang);
    let n = (i + 1).to_string();
    let number = |name: &str, label: String, field, mode, hint: String| Control {
        id: line_id(name, i),
        label,
        input: Input::Number(field, mode, hint),
    };
    let mut fields = Vec::new();
    if let Some(programme) = form.programme(programmes) {
        fields.push(select(
            &line_id("product", i),
            t.product,
            Pick::Product(i),
            programme
                .products
                .iter()
                .map(|x| named(&x.id, x.name.get(lang)))
                .collect(),
        ));
    }
    let product = form.product_of(programmes, i);
    if let Some(product) =
        product.filter(|p| p.situations.len() > 1 && p.deal_wide_situation.is_none())
    {
        fields.push(situation(form, product, i));
    }
    let currency = symbol(
        form.programme(programmes)
            .map_or(Currency::Rub, |p| p.currency),
    );
    let unit = product.map(|p| p.unit.get(lang)).unwrap_or_default();
    let share = product.and_then(|p| p.list_share.as_ref());
    let leaders = form.leaders(programmes, i);
    let follows = form.lines[i].share_of;
    if let Some(x) = share.filter(|_| !leaders.is_empty()) {
        let mut options = vec![named("", d.own_price)];
        options.extend(leaders.iter().map(|&l| {
            let name = form
                .product_of(programmes, l)
                .map(|p| p.name.get(lang))
                .unwrap_or_default();
            let line = (l + 1).to_string();
            (
                line.clone(),
                fill(d.follow_option, &[("line", &line), ("product", name)]),
            )
        }));
        let label = fill(
            d.follow,
            &[
                ("percent", &percent(x.percent.0, lang)),
                ("of", x.of.get(lang)),
            ],
        );
        fields.push(select(
            &line_id("follow", i),
            &label,
            Pick::Follow(i),
            options,
        ));
    }
    if follows.is_none() {
        fields.push(number(
            "quantity",
            fill(t.quantity, &[("unit", unit)]),
            Field::Quantity(i),
            "numeric",
            String::new(),
        ));
        let (label, hint) = match share {
            Some(x) => {
                let pct = percent(x.percent.0, lang);
                let hint = fill(t.list_share, &[("percent", &pct), ("of", x.of.get(lang))]);
                let label = fill(t.share_price, &[("percent", &pct), ("currency", currency)]);
                (label, hint)
            }
            None => (fill(t.unit_price, &[("currency", currency)]), String::new()),
        };
        fields.push(number("price", label, Field::UnitPrice(i), "decimal", hint));
    }
    if form.lines.len() > 1 && form.selling.mode == PriceMode::Discount && form.selling_in_use() {
        let c = customer_texts(lang);
        let label = c.line_discount.into();
        let hint = c.line_discount_hint.into();
        fields.push(number(
            "discount",
            label,
            Field::LineDiscount(i),
            "decimal",
            hint,
        ));
    }
    let steps = form
        .controls(programmes, i)
        .iter()
        .filter(|c| !c.deal_wide)
        .map(|c| step(c, Some(i), lang))
        .collect();
    LineControls {
        key: form.lines[i].key,
        index: i,
        title: fill(d.line_title, &[("line", &n)]),
        fields,
        condition: form
            .situation_of(programmes, i)
            .and_then(|x| x.condition.as_ref())
            .map(|c| c.get(lang).to_string()),
        steps,
        duplicate_button: d.duplicate_button.into(),
        duplicate: fill(d.duplicate_line, &[("line", &n)]),
        remove_button: d.remove_button.into(),
        remove: match form.lines.len() {
            1 => String::new(),
            _ => fill(d.remove_line, &[("line", &n)]),
        },
    }
}

/// The control of adjustable step `c`, of line `line` or deal-wide (`None`).
fn step(c: &FormControl<'_>, line: Option<usize>, lang: Lang) -> Control {
    let t = texts(lang);
    let id = match line {
        Some(i) => line_id(&format!("step-{}", c.id), i),
        None => format!("step-{}", c.id),
    };
    let label = c.label.get(lang);
    match &c.kind {
        ControlKind::Range(r) => Control {
            id,
            label: fill(t.percent_label, &[("label", label)]),
            input: Input::Number(
                Field::Step(line, c.id.to_string()),
                "decimal",
                fill(
                    t.range_hint,
                    &[
                        ("min", &percent(r.min.0, lang)),
                        ("max", &percent(r.max.0, lang)),
                    ],
                ),
            ),
        },
        ControlKind::Bonus(p) => Control {
            id,
            label: fill(
                t.with_percent,
                &[("label", label), ("percent", &percent(*p, lang))],
            ),
            input: Input::Bonus(line, c.id.to_string()),
        },
        ControlKind::OneOf(picks) => {
            let mut options = vec![named("none", t.none)];
            options.extend(picks.iter().map(|p| {
                let name = fill(
                    t.with_percent,
                    &[
                        ("label", p.label.get(lang)),
                        ("percent", &percent(p.percent.0, lang)),
                    ],
                );
                (p.id.to_string(), name)
            }));
            Control {
                id,
                label: label.into(),
                input: Input::OneOf(line, c.id.to_string(), options),
            }
        }
    }
}

/// The messages next to `form`'s fields: `refused` (why the form does not
/// price, empty while it does), then the what-if view's expected sales
/// when they are typed and do not read as money.
pub fn messages(form: &Form, refused: &[FieldError]) -> Vec<FieldError> {
    let mut messages = refused.to_vec();
    if form.view == View::WhatIf && !form.plan.trim().is_empty() {
        if let Err(e) = parse_money(&form.plan, form.lang) {
            messages.push(FieldError {
                field: Field::Plan,
                message: e.message(form.lang),
            });
        }
    }
    messages
}

/// The message of `field` among `messages`, if it has one.
pub fn message_of(messages: &[FieldError], field: &Field) -> Option<String> {
    messages
        .iter()
        .find(|e| e.field == *field)
        .map(|e| e.message.clone())
}

/// The notice shown while the form does not price, with the problem of the
/// form as a whole if `refused` has one.
pub fn stale(form: &Form, refused: &[FieldError]) -> String {
    let problem = message_of(refused, &Field::Form).unwrap_or_default();
    fill(texts(form.lang).stale, &[("problem", &problem)])
        .trim_end()
        .into()
}

impl Input {
    /// The value `form` holds for this input, as the control shows it
    /// (`true`/`false` for a bonus, the line's number or nothing for the
    /// line a share follows).
    pub fn value(&self, form: &Form) -> String {
        let line = |i: &usize| form.lines.get(*i);
        let chosen = |at: &Option<usize>| match at {
            Some(i) => line(i).map(|l| &l.choices),
            None => Some(&form.choices),
        };
        let text = |t: Option<&String>| t.cloned().unwrap_or_default();
        match self {
            Input::Select(Pick::Vendor, _) => form.vendor.clone(),
            Input::Select(Pick::Tier, _) => form.tier.clone(),
            Input::Select(Pick::Product(i), _) => text(line(i).map(|l| &l.product)),
            Input::Select(Pick::Situation(i), _) => text(line(i).map(|l| &l.situation)),
            Input::Select(Pick::Follow(i), _) => line(i)
                .and_then(|l| l.share_of)
                .map(|s| (s + 1).to_string())
                .unwrap_or_default(),
            Input::Select(Pick::PriceMode, _) => match form.selling.mode {
                PriceMode::Discount => "discount".into(),
                PriceMode::Amount => "amount".into(),
            },
            Input::Select(Pick::TargetMode, _) => match form.selling.target_mode {
                TargetMode::Percent => "percent".into(),
                TargetMode::Amount => "amount".into(),
            },
            Input::OneOf(at, step, _) => chosen(at)
                .and_then(|c| c.pick(step))
                .unwrap_or("none")
                .to_string(),
            Input::Number(Field::Quantity(i), ..) => text(line(i).map(|l| &l.quantity)),
            Input::Number(Field::UnitPrice(i), ..) => text(line(i).map(|l| &l.unit_price)),
            Input::Number(Field::Sales, ..) => form.sales.clone(),
            Input::Number(Field::Plan, ..) => form.plan.clone(),
            Input::Number(Field::Customer, ..) => form.customer.clone(),
            Input::Number(Field::Partner, ..) => form.partner.clone(),
            Input::Number(Field::ValidDays, ..) => form.valid_days.clone(),
            Input::Number(Field::Price, ..) => form.selling.price.clone(),
            Input::Number(Field::Target, ..) => form.selling.target.clone(),
            Input::Number(Field::LineDiscount(i), ..) => text(line(i).map(|l| &l.discount)),
            Input::Number(Field::Step(at, step), ..) => chosen(at)
                .and_then(|c| c.percent(step))
                .unwrap_or_default()
                .to_string(),
            // No control shows the form's own message.
            Input::Number(Field::Form, ..) => String::new(),
            Input::Bonus(at, step) => {
                let on = chosen(at).and_then(|c| c.bonus(step)) == Some(true);
                on.to_string()
            }
        }
    }

    /// The value line `line` holds for this input, when it is one of a
    /// line's (as [`Input::value`] shows it); `None` for the deal's own.
    pub fn line_value(&self, line: &Line) -> Option<String> {
        let chosen = &line.choices;
        Some(match self {
            Input::Select(Pick::Product(_), _) => line.product.clone(),
            Input::Select(Pick::Situation(_), _) => line.situation.clone(),
            Input::Select(Pick::Follow(_), _) => line
                .share_of
                .map(|s| (s + 1).to_string())
                .unwrap_or_default(),
            Input::OneOf(Some(_), step, _) => chosen.pick(step).unwrap_or("none").to_string(),
            Input::Number(Field::Quantity(_), ..) => line.quantity.clone(),
            Input::Number(Field::UnitPrice(_), ..) => line.unit_price.clone(),
            Input::Number(Field::LineDiscount(_), ..) => line.discount.clone(),
            Input::Number(Field::Step(Some(_), step), ..) => {
                chosen.percent(step).unwrap_or_default().to_string()
            }
            Input::Bonus(Some(_), step) => (chosen.bonus(step) == Some(true)).to_string(),
            _ => return None,
        })
    }

    /// The edit that setting this input to `value` makes (`true`/`false`
    /// for a bonus); `None` for a number input of the form as a whole,
    /// which no control is.
    pub fn edit(&self, value: String) -> Option<Edit> {
        Some(match self {
            Input::Select(Pick::Vendor, _) => Edit::Vendor(value),
            Input::Select(Pick::Tier, _) => Edit::Tier(value),
            Input::Select(Pick::Product(i), _) => Edit::Product(*i, value),
            Input::Select(Pick::Situation(i), _) => Edit::Situation(*i, value),
            Input::Select(Pick::Follow(i), _) => {
                let leader = value.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
                Edit::Follow(*i, leader)
            }
            Input::Select(Pick::PriceMode, _) => Edit::PriceMode(match value.as_str() {
                "amount" => PriceMode::Amount,
                _ => PriceMode::Discount,
            }),
            Input::Select(Pick::TargetMode, _) => Edit::TargetMode(match value.as_str() {
                "amount" => TargetMode::Amount,
                _ => TargetMode::Percent,
            }),
            Input::OneOf(at, step, _) => Edit::Choice(*at, step.clone(), Choice::Pick(value)),
            Input::Number(Field::Quantity(i), ..) => Edit::Quantity(*i, value),
            Input::Number(Field::UnitPrice(i), ..) => Edit::UnitPrice(*i, value),
            Input::Number(Field::Sales, ..) => Edit::Sales(value),
            Input::Number(Field::Plan, ..) => Edit::Plan(value),
            Input::Number(Field::Customer, ..) => Edit::Customer(value),
            Input::Number(Field::Partner, ..) => Edit::Partner(value),
            Input::Number(Field::ValidDays, ..) => Edit::ValidDays(value),
            Input::Number(Field::Price, ..) => Edit::Price(value),
            Input::Number(Field::Target, ..) => Edit::Target(value),
            Input::Number(Field::LineDiscount(i), ..) => Edit::LineDiscount(*i, value),
            Input::Number(Field::Form, ..) => return None,
            Input::Number(Field::Step(at, step), ..) => {
                Edit::Choice(*at, step.clone(), Choice::Percent(value))
            }
            Input::Bonus(at, step) => {
                Edit::Choice(*at, step.clone(), Choice::Bonus(value == "true"))
            }
        })
    }

    /// The field whose message this input shows, if any.
    pub fn field(&self) -> Option<&Field> {
        match self {
            Input::Number(field, ..) => Some(field),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programmes::ALL;

    /// The option values of a select.
    fn situation_options(control: &Control) -> Vec<String> {
        match &control.input {
            Input::Select(_, options) => options.iter().map(|o| o.0.clone()).collect(),
            _ => Vec::new(),
        }
    }

    /// Every control in the order the form draws them.
    fn all(c: &Controls) -> Vec<&Control> {
        let lines = c.lines.iter().flat_map(|l| l.fields.iter().chain(&l.steps));
        c.deal
            .iter()
            .chain(lines)
            .chain(&c.shared)
            .chain(&c.sales)
            .collect()
    }

    #[test]
    fn a_product_with_several_situations_gets_a_situation_select() {
        let form = Form::new(ALL, "directum", Lang::En);
        let c = controls(&form, ALL);
        let ids: Vec<&str> = all(&c).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "vendor",
                "tier",
                "product",
                "quantity",
                "price",
                "situation",
                "sales",
            ],
            "Directum's licences: one situation for the whole deal"
        );
        let fields: Vec<Option<&Field>> = all(&c).iter().map(|c| c.input.field()).collect();
        assert_eq!(
            fields[3..5],
            [Some(&Field::Quantity(0)), Some(&Field::UnitPrice(0))]
        );
        assert_eq!(fields[6], Some(&Field::Sales));
        assert!(
            fields[..3].iter().chain(&fields[5..6]).all(Option::is_none),
            "selects show no message"
        );
        let mut form = Form::new(ALL, "directum", Lang::En);
        form.add_line(ALL);
        let c = controls(&form, ALL);
        let ids: Vec<&str> = all(&c).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids[5..],
            ["product-2", "quantity-2", "price-2", "situation", "sales"],
            "two licence lines, one situation"
        );
        form.edit(ALL, Edit::Price("10".into()));
        let c = controls(&form, ALL);
        let ids: Vec<&str> = all(&c).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids[5..],
            [
                "discount",
                "product-2",
                "quantity-2",
                "price-2",
                "discount-2",
                "situation",
                "sales"
            ],
            "two licence lines, each with its customer discount, one situation"
        );
        let situation = &c.shared[0];
        assert_eq!(
            situation.label,
            "Deal situation: System licences (on-premise)"
        );
        let joint = situation_options(situation).pop().unwrap();
        form.edit(ALL, situation.input.edit(joint.clone()).unwrap());
        assert!(
            form.lines.iter().all(|l| l.situation == joint),
            "both lines"
        );
        let form = Form::new(ALL, "smart-soft", Lang::En);
        let ids: Vec<String> = all(&controls(&form, ALL))
            .into_iter()
            .map(|c| c.id.clone())
            .collect();
        assert!(
            !ids.contains(&"situation".to_string()),
            "one situation: no select"
        );
        let locked = controls(&form, &ALL[2..3]);
        assert_eq!(locked.deal[0].id, "tier", "one programme: no vendor select");
        let two = controls(&form, &ALL[1..3]);
        assert_eq!(
            (two.deal[0].id.as_str(), two.programme.as_str()),
            ("vendor", ""),
            "two programmes: a vendor select"
        );
        assert_eq!(
            locked.programme,
            "Smart-Soft (Traffic Inspector) — Smart-Soft partner programme"
        );
        assert_eq!(controls(&form, ALL).programme, "");
        assert_eq!(plan(Lang::En).label, "Expected sales per year");
        assert_eq!(plan(Lang::En).input.field(), Some(&Field::Plan));
    }

    #[test]
    fn the_price_of_a_share_priced_product_says_what_it_is() {
        let mut form = Form::new(ALL, "asoft", Lang::En);
        let price = |form: &Form| {
            let c = controls(form, ALL);
            let price = all(&c)
                .into_iter()
                .find(|c| c.id == "price")
                .unwrap()
                .clone();
            let hint = match price.input {
                Input::Number(_, _, hint) => hint,
                _ => String::new(),
            };
            (price.label, hint)
        };
        assert_eq!(
            price(&form),
            ("Unit price (RRP), ₽".to_string(), String::new())
        );
        form.select_product(ALL, 0, "updates");
        assert_eq!(
            price(&form),
            (
                "Price the 20% is counted from, ₽".to_string(),
                "Priced at 20% of the licence delivery value".to_string()
            )
        );
    }

    #[test]
    fn a_bad_plan_is_a_message_only_in_the_what_if_view() {
        let mut form = Form::new(ALL, "asoft", Lang::En);
        form.plan = "lots".into();
        assert_eq!(messages(&form, &[]), []);
        form.view = View::WhatIf;
        let said = messages(&form, &[]);
        assert_eq!(said.len(), 1);
        assert_eq!(said[0].field, Field::Plan);
        assert!(message_of(&said, &Field::Plan).is_some());
        assert_eq!(message_of(&said, &Field::Quantity(0)), None);
        form.plan = " ".into();
        assert_eq!(messages(&form, &[]), [], "an empty plan is no error");
    }

    #[test]
    fn the_stale_notice_carries_the_forms_own_problem() {
        let form = Form::new(ALL, "asoft", Lang::En);
        let refused = [FieldError {
            field: Field::Form,
            message: "No such tier.".into(),
        }];
        let with = stale(&form, &refused);
        assert!(with.ends_with("No such tier."), "{with}");
        let without = stale(&form, &[]);
        assert!(
            !without.is_empty() && !without.ends_with(' '),
            "{without:?}"
        );
        assert!(!without.contains("No such tier."));
    }

    #[test]
    fn asoft_competency_has_its_bonuses_and_every_edit_lands_in_its_field() {
        let mut form = Form::new(ALL, "asoft", Lang::En);
        form.select_tier(ALL, "competency");
        let c = controls(&form, ALL);
        let ids: Vec<&str> = all(&c).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "vendor",
                "tier",
                "product",
                "quantity",
                "price",
                "step-reviews",
                "step-plan",
                "step-specialists",
                "step-events",
                "sales",
            ]
        );
        for control in all(&c) {
            if matches!(
                control.input,
                Input::Select(Pick::Vendor | Pick::Product(_), _)
            ) {
                continue;
            }
            let value = match control.input {
                Input::Bonus(..) => "true".to_string(),
                Input::Select(_, ref o) | Input::OneOf(_, _, ref o) => o.last().unwrap().0.clone(),
                Input::Number(..) => "7".into(),
            };
            form.edit(ALL, control.input.edit(value.clone()).unwrap());
            assert_eq!(control.input.value(&form), value, "{}", control.id);
        }
    }
}
