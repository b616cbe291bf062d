//! The deal form's controls: each a label, a kind of input with its fixed
//! parts, and the typed edit it makes. The values and messages are read
//! apart (they change on every keystroke, the controls do not).

use crate::model::{Currency, Lang, Programme};
use crate::text::{fill, texts};
use crate::widget::form::{Choice, ControlKind, Edit, Field, FieldError, Form, View};
use crate::widget::format::percent;
use crate::widget::input::parse_money;
use crate::widget::Message;

/// Which selection a select makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pick {
    /// The programme.
    Vendor,
    /// The tier.
    Tier,
    /// The product.
    Product,
    /// The deal situation.
    Situation,
}

/// What a control is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// A choice among `(value, name)` options.
    Select(Pick, Vec<(String, String)>),
    /// The option picked for a one-of step, among `(value, name)` options.
    OneOf(String, Vec<(String, String)>),
    /// A number typed into `field`, with the keyboard `mode` (`numeric` or
    /// `decimal`) and a hint (may be empty).
    Number(Field, &'static str, String),
    /// The checkbox of the bonus step with this id.
    Bonus(String),
}

/// One control of the form.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Control {
    /// The element id's suffix (`quantity`, `step-extra`).
    pub id: String,
    /// Its label.
    pub label: String,
    /// What it is.
    pub input: Input,
}

/// The form's controls: the deal's, the situation's condition, then the
/// adjustable steps with the note on how bonuses are paid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Controls {
    /// The adjustable steps' group name.
    pub legend: String,
    /// The programme, named, when there is no vendor select (a widget
    /// locked to one); empty otherwise.
    pub programme: String,
    /// Vendor, tier, product, situation, quantity, price and sales.
    pub deal: Vec<Control>,
    /// The deal situation's condition, if it has one.
    pub condition: Option<String>,
    /// The adjustable steps at this tier.
    pub steps: Vec<Control>,
    /// How the paid-later steps are paid, if any.
    pub paid_later: Option<String>,
}

/// The what-if view's own field: the partner's expected sales per year.
pub fn plan(lang: Lang) -> Control {
    Control {
        id: "plan".into(),
        label: texts(lang).plan.into(),
        input: Input::Number(Field::Plan, "decimal", String::new()),
    }
}

/// The controls of `form` with `programmes` to choose from (no vendor
/// select when there is only one).
pub fn controls(form: &Form, programmes: &[Programme]) -> Controls {
    let lang = form.lang;
    let t = texts(lang);
    let Some(programme) = form.programme(programmes) else {
        return Controls::default();
    };
    let named = |id: &str, name: &str| (id.to_string(), name.to_string());
    let select = |id: &str, label: &str, pick, options| Control {
        id: id.into(),
        label: label.into(),
        input: Input::Select(pick, options),
    };
    let number = |id: &str, label: String, field, mode, hint: String| Control {
        id: id.into(),
        label,
        input: Input::Number(field, mode, hint),
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
        select(
            "product",
            t.product,
            Pick::Product,
            programme
                .products
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
    let product = form.product_of(programmes);
    if let Some(product) = product.filter(|p| p.situations.len() > 1) {
        deal.push(select(
            "situation",
            t.situation,
            Pick::Situation,
            product
                .situations
                .iter()
                .map(|x| named(&x.id, x.name.get(lang)))
                .collect(),
        ));
    }
    let unit = product.map(|p| p.unit.get(lang)).unwrap_or_default();
    let currency = match programme.currency {
        Currency::Kzt => "₸",
        Currency::Rub => "₽",
    };
    let share = product.and_then(|p| p.list_share.as_ref()).map(|x| {
        fill(
            t.list_share,
            &[
                ("percent", &percent(x.percent.0, lang)),
                ("of", x.of.get(lang)),
            ],
        )
    });
    deal.push(number(
        "quantity",
        fill(t.quantity, &[("unit", unit)]),
        Field::Quantity,
        "numeric",
        String::new(),
    ));
    let price_label = match product.and_then(|p| p.list_share.as_ref()) {
        Some(x) => fill(
            t.share_price,
            &[
                ("percent", &percent(x.percent.0, lang)),
                ("currency", currency),
            ],
        ),
        None => fill(t.unit_price, &[("currency", currency)]),
    };
    deal.push(number(
        "price",
        price_label,
        Field::UnitPrice,
        "decimal",
        share.unwrap_or_default(),
    ));
    deal.push(number(
        "sales",
        t.sales.into(),
        Field::Sales,
        "decimal",
        t.sales_hint.into(),
    ));
    let found = form.controls(programmes);
    let steps = found
        .iter()
        .map(|c| {
            let id = format!("step-{}", c.id);
            let label = c.label.get(lang);
            match &c.kind {
                ControlKind::Range(r) => number(
                    &id,
                    fill(t.percent_label, &[("label", label)]),
                    Field::Step(c.id.to_string()),
                    "decimal",
                    fill(
                        t.range_hint,
                        &[
                            ("min", &percent(r.min.0, lang)),
                            ("max", &percent(r.max.0, lang)),
                        ],
                    ),
                ),
                ControlKind::Bonus(p) => Control {
                    id,
                    label: fill(
                        t.with_percent,
                        &[("label", label), ("percent", &percent(*p, lang))],
                    ),
                    input: Input::Bonus(c.id.to_string()),
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
                        input: Input::OneOf(c.id.to_string(), options),
                    }
                }
            }
        })
        .collect();
    Controls {
        programme: named_programme,
        legend: t.options.into(),
        deal,
        condition: form
            .situation_of(programmes)
            .and_then(|x| x.condition.as_ref())
            .map(|c| c.get(lang).to_string()),
        steps,
        paid_later: found
            .iter()
            .find_map(|c| c.paid_later)
            .map(|p| p.get(lang).to_string()),
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
    /// (`true`/`false` for a bonus).
    pub fn value(&self, form: &Form) -> String {
        let value = match self {
            Input::Select(Pick::Vendor, _) => &form.vendor,
            Input::Select(Pick::Tier, _) => &form.tier,
            Input::Select(Pick::Product, _) => &form.product,
            Input::Select(Pick::Situation, _) => &form.situation,
            Input::OneOf(step, _) => form.pick(step).unwrap_or("none"),
            Input::Number(Field::Quantity, ..) => &form.quantity,
            Input::Number(Field::UnitPrice, ..) => &form.unit_price,
            Input::Number(Field::Sales, ..) => &form.sales,
            Input::Number(Field::Plan, ..) => &form.plan,
            Input::Number(Field::Step(step), ..) => form.percent(step).unwrap_or_default(),
            // No control shows the form's own message.
            Input::Number(Field::Form, ..) => "",
            Input::Bonus(step) => match form.bonus(step) {
                Some(true) => "true",
                _ => "false",
            },
        };
        value.to_string()
    }

    /// The edit that setting this input to `value` makes (`true`/`false`
    /// for a bonus); `None` for a number input of the form as a whole,
    /// which no control is.
    pub fn edit(&self, value: String) -> Option<Edit> {
        Some(match self {
            Input::Select(Pick::Vendor, _) => Edit::Vendor(value),
            Input::Select(Pick::Tier, _) => Edit::Tier(value),
            Input::Select(Pick::Product, _) => Edit::Product(value),
            Input::Select(Pick::Situation, _) => Edit::Situation(value),
            Input::OneOf(step, _) => Edit::Choice(step.clone(), Choice::Pick(value)),
            Input::Number(Field::Quantity, ..) => Edit::Quantity(value),
            Input::Number(Field::UnitPrice, ..) => Edit::UnitPrice(value),
            Input::Number(Field::Sales, ..) => Edit::Sales(value),
            Input::Number(Field::Plan, ..) => Edit::Plan(value),
            Input::Number(Field::Form, ..) => return None,
            Input::Number(Field::Step(step), ..) => {
                Edit::Choice(step.clone(), Choice::Percent(value))
            }
            Input::Bonus(step) => Edit::Choice(step.clone(), Choice::Bonus(value == "true")),
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

    #[test]
    fn a_product_with_several_situations_gets_a_situation_select() {
        let form = Form::new(ALL, "directum", Lang::En);
        let c = controls(&form, ALL);
        let ids: Vec<&str> = c.deal.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "vendor",
                "tier",
                "product",
                "situation",
                "quantity",
                "price",
                "sales",
            ]
        );
        let fields: Vec<Option<&Field>> = c.deal.iter().map(|c| c.input.field()).collect();
        assert_eq!(
            fields[4..],
            [
                Some(&Field::Quantity),
                Some(&Field::UnitPrice),
                Some(&Field::Sales),
            ]
        );
        assert!(
            fields[..4].iter().all(Option::is_none),
            "selects show no message"
        );
        let form = Form::new(ALL, "smart-soft", Lang::En);
        let ids: Vec<String> = controls(&form, ALL)
            .deal
            .into_iter()
            .map(|c| c.id)
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
            let price = c.deal.into_iter().find(|c| c.id == "price").unwrap();
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
        form.select_product(ALL, "updates");
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
        assert_eq!(message_of(&said, &Field::Quantity), None);
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
        let ids: Vec<&str> = c
            .deal
            .iter()
            .chain(&c.steps)
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "vendor",
                "tier",
                "product",
                "quantity",
                "price",
                "sales",
                "step-reviews",
                "step-plan",
                "step-specialists",
                "step-events"
            ]
        );
        for control in c.deal.iter().chain(&c.steps) {
            if matches!(
                control.input,
                Input::Select(Pick::Vendor | Pick::Product, _)
            ) {
                continue;
            }
            let value = match control.input {
                Input::Bonus(_) => "true".to_string(),
                Input::Select(_, ref o) | Input::OneOf(_, ref o) => o.last().unwrap().0.clone(),
                Input::Number(..) => "7".into(),
            };
            form.edit(ALL, control.input.edit(value.clone()).unwrap());
            assert_eq!(control.input.value(&form), value, "{}", control.id);
        }
    }
}
