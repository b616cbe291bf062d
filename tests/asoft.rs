//! ASoft figures from 003_fa1ec9df0cf7228f.txt: licence discount 10/20/25 %
//! (sections 6, 7); ASoft bonus (section 9) paid back later and capped with
//! the discount at 40 %; own-use licences up to 50 %; updates cost 20 % and
//! extended support 30 % of the licence delivery; Competency partners get up
//! to 50 % of the cost of updates. Deals are 10 × 100 000 ₽ = 1 000 000 ₽.

mod support;
use partner_calc::engine::{CaveatKind, ChoiceValue};
use partner_calc::model::Lang;
use partner_calc::widget::sentences::caveat;
use partner_calc::widget::Message;
use support::{check_table, d, price, request, row, Row};

#[test]
fn every_asoft_level_and_line_matches_the_document() {
    check_table(
        "asoft",
        &[
            row("retail", "crm_licences", Some("900000.00")),
            row("competency", "crm_licences", Some("800000.00")),
            row("saas", "crm_licences", Some("750000.00")),
            row("retail", "internal_use", Some("1000000.00")),
            Row {
                tier: "competency",
                product: "internal_use",
                situation: None,
                percents: &[("internal_use", "50")],
                net: Some("500000.00"),
            },
            Row {
                tier: "saas",
                product: "internal_use",
                situation: None,
                percents: &[("internal_use", "30")],
                net: Some("700000.00"),
            },
            row("retail", "updates", None),
            Row {
                tier: "competency",
                product: "updates",
                situation: None,
                percents: &[("reward", "50")],
                net: Some("100000.00"),
            },
            row("saas", "updates", None),
            row("retail", "extended_support", None),
            row("competency", "extended_support", None),
            row("saas", "extended_support", None),
        ],
        // Updates cost 20 % and extended support 30 % of the licence delivery.
        &[("updates", "200000.00"), ("extended_support", "300000.00")],
    );
}

fn every_bonus(tier: &str) -> partner_calc::engine::QuoteRequest {
    let mut req = request("asoft", tier, "crm_licences", "10", "100000");
    for step in ["reviews", "plan", "specialists"] {
        req.choices.insert(step, ChoiceValue::On(true));
    }
    req.choices
        .insert("events", ChoiceValue::Pick("host".into()));
    req
}

#[test]
fn competency_with_every_bonus_reaches_exactly_forty_percent() {
    // 20 + 5 + 10 + 2.5 + 2.5 = 40
    let q = price(&every_bonus("competency")).unwrap();
    assert_eq!(q.total_benefit_percent, Some(d("40")));
    assert_eq!(q.effective_discount_percent, Some(d("20")));
    assert_eq!(
        q.net_total,
        Some(d("800000.00")),
        "bonuses are not taken off this invoice"
    );
    assert_eq!(q.paid_later_total, d("200000.00"));
    assert!(!q.steps.iter().any(|s| s.capped));
}

#[test]
fn saas_with_every_bonus_reaches_exactly_forty_percent() {
    // 25 + 5 + 5 + 2.5 + 2.5 = 40
    let q = price(&every_bonus("saas")).unwrap();
    assert_eq!(q.total_benefit_percent, Some(d("40")));
    assert_eq!(q.net_total, Some(d("750000.00")));
    assert_eq!(q.paid_later_total, d("150000.00"));
}

#[test]
fn retail_tops_out_at_twenty_two_and_a_half() {
    // 10 + 10 (plan) + 2.5 (own event); no reviews or specialists bonus.
    let q = price(&every_bonus("retail")).unwrap();
    assert_eq!(q.total_benefit_percent, Some(d("22.5")));
    assert_eq!(q.paid_later_total, d("125000.00"));
    assert!(!q
        .steps
        .iter()
        .any(|s| s.id == "reviews" || s.id == "specialists"));
}

#[test]
fn the_quote_says_how_bonuses_are_paid_back() {
    let q = price(&every_bonus("competency")).unwrap();
    let paid_later = q
        .caveats
        .iter()
        .filter(|c| c.kind == CaveatKind::PaidLater)
        .count();
    assert_eq!(
        paid_later, 1,
        "the same wording is said once for the four bonuses"
    );
    assert!(q.caveats.iter().any(|c| caveat(c, Lang::En)
        .contains("free extra licences or an extra discount on the next sale")));
}

#[test]
fn events_are_one_or_the_other() {
    let mut req = request("asoft", "competency", "crm_licences", "1", "1000");
    req.choices
        .insert("events", ChoiceValue::Pick("attend".into()));
    assert_eq!(price(&req).unwrap().total_benefit_percent, Some(d("21")));
    req.choices
        .insert("events", ChoiceValue::Pick("both".into()));
    assert_eq!(
        price(&req).unwrap_err().message(Lang::En),
        "Option “events” has no choice “both”"
    );
}

#[test]
fn updates_cost_a_fifth_of_the_delivery_and_competency_earns_up_to_half() {
    let mut req = request("asoft", "competency", "updates", "1", "1000000");
    req.choices.insert("reward", support::percent("50"));
    let q = price(&req).unwrap();
    assert_eq!(q.list_total, d("200000.00"));
    assert_eq!(q.net_total, Some(d("100000.00")));
    let retail = price(&request("asoft", "retail", "updates", "1", "1000000")).unwrap();
    assert_eq!(retail.net_total, None);
    assert!(retail
        .caveats
        .iter()
        .any(|c| caveat(c, Lang::En) == "The document states no partner reward at this level"));
}

#[test]
fn extended_support_costs_thirty_percent_of_the_delivery() {
    let q = price(&request("asoft", "saas", "extended_support", "2", "500000")).unwrap();
    assert_eq!(q.list_total, d("300000.00"));
    assert_eq!(q.net_total, None);
}

const DOC: &str = "003_fa1ec9df0cf7228f.txt";

#[test]
fn an_agreed_end_customer_discount_keeps_the_level_discount_on_the_discounted_price() {
    use support::{fact, Place::ProductNotes};
    fact(
        "asoft",
        ProductNotes("crm_licences"),
        &[
            "согласовывать с ASoft скидки для конечных клиентов",
            "установленную для уровня скидку на конечную стоимость",
        ],
        &[
            "agree discounts for end customers",
            "level's discount on the final (discounted) price",
        ],
        DOC,
        "6. Стоимость Лицензий: дополнительные условия",
    );
}

#[test]
fn every_level_has_its_support_terms() {
    use support::{fact, Place::Benefits};
    for (tier, name) in [
        ("retail", "ASoft Retail Partner"),
        ("saas", "ASoft SaaS Partner"),
    ] {
        fact(
            "asoft",
            Benefits(tier),
            &[
                &format!("Техническая поддержка клиентам {name}"),
                "в рамках договоренностей по SLA",
            ],
            &["under the SLA agreements"],
            DOC,
            "6. Стоимость Лицензий: дополнительные условия",
        );
    }
    fact(
        "asoft",
        Benefits("competency"),
        &[
            "Стоимость технической поддержки ASoft CRM Competency Partner",
            "10% от стоимости проданных конечному клиенту лицензий",
        ],
        &["10% of the licences sold to the end customer"],
        DOC,
        "6. Стоимость Лицензий: дополнительные условия",
    );
    fact(
        "asoft",
        Benefits("competency"),
        &["Право обеспечивать конечным пользователям полноценную консультационную, техническую поддержку"],
        &["full consulting and technical support"],
        DOC,
        "техподдержка и сопровождение клиента",
    );
    // The retail level supplies only: no support of its own.
    fact(
        "asoft",
        support::Place::Requirements("retail"),
        &["без последующего внедрения и сопровождения"],
        &["without implementation or support"],
        DOC,
        "ограничение для статуса",
    );
}

#[test]
fn the_ladder_shows_the_new_terms() {
    use partner_calc::programmes::ALL;
    use partner_calc::widget::form::Form;
    use partner_calc::widget::view::ladder::{notes, rungs};
    let mut form = Form::new(ALL, "asoft", Lang::En);
    form.lines[0].product = "crm_licences".into();
    assert!(notes(&form, ALL)
        .iter()
        .any(|n| n.contains("level's discount on the final (discounted) price")));
    let rungs = rungs(&form, ALL);
    assert!(rungs[0].benefits.iter().any(|b| b.contains("SLA")));
    assert!(rungs[2].benefits.iter().any(|b| b.contains("SLA")));
}
