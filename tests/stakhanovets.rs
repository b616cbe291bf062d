//! Stakhanovets figures from 001_af8adf79e3372de8.txt: status discounts from
//! RRP 10/20/30/40 % and individual for Trusted; thresholds 150 000 /
//! 500 000 / 5 000 000 / 30 000 000 ₽ over 12 months in vendor money; another
//! partner's deal up to 5 %; competitive switch up to 30 %, not added to the
//! status discount. Deals are 10 × 100 000 ₽ = 1 000 000 ₽ at RRP.

mod support;
use partner_calc::model::Lang;
use partner_calc::widget::sentences::caveat;
use support::{check_table, d, price, request, row, Row};

#[test]
fn every_stakhanovets_status_matches_the_document() {
    check_table(
        "stakhanovets",
        &[
            row("white", "licences", Some("900000.00")),
            row("bronze", "licences", Some("800000.00")),
            row("silver", "licences", Some("700000.00")),
            row("gold", "licences", Some("600000.00")),
            row("trusted", "licences", None),
            Row {
                tier: "silver",
                product: "licences",
                situation: Some("other_partner"),
                percents: &[("other_partner", "5")],
                net: Some("950000.00"),
            },
            Row {
                tier: "white",
                product: "licences",
                situation: Some("other_partner"),
                percents: &[],
                net: Some("1000000.00"),
            },
            Row {
                tier: "gold",
                product: "licences",
                situation: Some("competitive_switch"),
                percents: &[("competitive_switch", "30")],
                net: Some("700000.00"),
            },
            Row {
                tier: "white",
                product: "licences",
                situation: Some("competitive_switch"),
                percents: &[("competitive_switch", "12.5")],
                net: Some("875000.00"),
            },
        ],
        &[],
    );
}

#[test]
fn one_kopeck_short_of_bronze() {
    let mut req = request("stakhanovets", "white", "licences", "1", "1000");
    req.sales_last_12_months = Some(d("149999.99"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "bronze");
    assert_eq!(
        next.threshold.as_ref().map(|t| t.amount.0),
        Some(d("150000"))
    );
    assert_eq!(next.remaining, Some(d("0.01")));
    // On the threshold, Bronze is met and Silver becomes the aim.
    req.sales_last_12_months = Some(d("150000"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "silver");
    assert_eq!(next.remaining, Some(d("350000")));
    assert_eq!(next.met[0].tier, "bronze");
}

#[test]
fn vendor_money_left_to_sell_is_translated_to_rrp_at_the_current_discount() {
    // Bronze → Silver: 500 000 − 150 000 = 350 000 ₽ paid to the vendor; at a
    // 20 % discount that is 350 000 / 0.8 = 437 500 ₽ of sales at RRP.
    let mut req = request("stakhanovets", "bronze", "licences", "10", "100000");
    req.sales_last_12_months = Some(d("150000"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "silver");
    assert_eq!(next.remaining, Some(d("350000")));
    assert_eq!(next.remaining_at_rrp, Some(d("437500.00")));
    assert_eq!(
        next.gain,
        Some(d("100000.00")),
        "30 % instead of 20 % of 1 000 000"
    );
    assert!(next
        .requirements
        .iter()
        .any(|r| r.text.en == "Sales training completed"));
}

#[test]
fn trusted_is_individual_and_gold_sees_it_without_a_figure() {
    let mut req = request("stakhanovets", "gold", "licences", "10", "100000");
    req.sales_last_12_months = Some(d("6000000"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "trusted");
    assert_eq!(next.remaining, Some(d("24000000")));
    assert_eq!(next.remaining_at_rrp, Some(d("40000000.00")), "24 M / 0.6");
    let there = next.quote.unwrap();
    assert_eq!(there.net_total, None);
    assert!(there
        .caveats
        .iter()
        .any(|c| caveat(c, Lang::Ru) == "Индивидуальные условия скидок"));
    assert_eq!(next.gain, None);
}

#[test]
fn the_competitive_switch_is_its_own_situation_not_added_to_the_status() {
    let mut req = request("stakhanovets", "gold", "licences", "10", "100000");
    req.situation = Some("competitive_switch".into());
    req.choices
        .insert("competitive_switch", support::percent("30"));
    let q = price(&req).unwrap();
    assert_eq!(q.steps.len(), 1);
    assert_eq!(q.effective_discount_percent, Some(d("30")));
    assert!(q
        .caveats
        .iter()
        .any(|c| caveat(c, Lang::En).contains("does not say how it combines")));
}

#[test]
fn the_top_status_has_no_next_tier() {
    let q = price(&request("stakhanovets", "trusted", "licences", "1", "1")).unwrap();
    assert!(q.next_tier.is_none());
}

#[test]
fn white_with_600_000_of_sales_aims_at_gold_past_bronze_and_silver() {
    // 600 000 ₽ meets Bronze's 150 000 and Silver's 500 000; Gold needs
    // 5 000 000: 4 400 000 left, their requirements never assumed met.
    let mut req = request("stakhanovets", "white", "licences", "10", "100000");
    req.sales_last_12_months = Some(d("600000"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "gold");
    assert_eq!(next.remaining, Some(d("4400000")));
    let met: Vec<&str> = next.met.iter().map(|m| m.tier.as_str()).collect();
    assert_eq!(met, ["bronze", "silver"]);
    assert_eq!(next.met[1].threshold.amount.0, d("500000"));
    assert!(next.met[1]
        .requirements
        .iter()
        .any(|r| r.text.en == "Sales training completed"));
    assert_eq!(next.gain, Some(d("300000.00")), "40 % instead of 10 %");
}

#[test]
fn sales_past_every_threshold_aim_at_the_top_with_nothing_left() {
    let mut req = request("stakhanovets", "bronze", "licences", "1", "1000");
    req.sales_last_12_months = Some(d("30000000"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "trusted");
    assert_eq!(next.remaining, Some(d("0")));
    let met: Vec<&str> = next.met.iter().map(|m| m.tier.as_str()).collect();
    assert_eq!(met, ["silver", "gold"]);
    req.sales_last_12_months = None;
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!((next.tier.as_str(), next.met.len()), ("silver", 0));
}

const DOC: &str = "001_af8adf79e3372de8.txt";

#[test]
fn the_status_is_confirmed_in_a_working_day_and_a_deal_answered_in_two() {
    use support::{fact, Place::Notes};
    fact(
        "stakhanovets",
        Notes,
        &[
            "подтверждение присвоения статуса",
            "в течение 1 рабочего дня",
        ],
        &["within 1 working day"],
        DOC,
        "Авторизация Партнера",
    );
    fact(
        "stakhanovets",
        Notes,
        &[
            "Каждую сделку необходимо регистрировать",
            "в течение 2-х рабочих дней",
        ],
        &["within 2 working days"],
        DOC,
        "Регистрация сделки",
    );
}

#[test]
fn a_pilot_lasts_fourteen_calendar_days_with_its_report() {
    use support::{fact, Place::Notes};
    fact(
        "stakhanovets",
        Notes,
        &[
            "Тестовые лицензии для пилотов",
            "14 календарных дней",
            "в течение 14 дней заполнить отчет о тестировании",
        ],
        &["14 calendar days", "report", "within 14 days"],
        DOC,
        "Тестовые лицензии для пилотов",
    );
}

#[test]
fn the_sales_webinar_and_the_technical_training_have_their_terms() {
    use support::{fact, Place::Notes};
    fact(
        "stakhanovets",
        Notes,
        &[
            "вебинар",
            "1-1,5 часа",
            "бесплатное",
            "в течение 30 дней с момента авторизации",
        ],
        &["1–1.5 hours", "free", "within 30 days"],
        DOC,
        "обучение эффективным продажам",
    );
    fact(
        "stakhanovets",
        Notes,
        &[
            "Техническое обучение",
            "2 дня",
            "на платной основе или в счет маржи продаж",
            "индивидуальные сертификаты",
        ],
        &[
            "2 days",
            "for a fee or against the sales margin",
            "certificates",
        ],
        DOC,
        "техническое обучение",
    );
}

#[test]
fn the_reasons_to_lower_a_status_or_refuse_a_deal_are_listed() {
    use support::{fact, Place::Notes};
    fact(
        "stakhanovets",
        Notes,
        &[
            "понизить статус или деавторизовать",
            "жалобы конечных заказчиков",
            "дебиторская задолженность",
            "без объяснения причин",
        ],
        &["lower the partner's status", "debts to the Distributor"],
        DOC,
        "Понижение партнёрского статуса или отказ в авторизации",
    );
    fact(
        "stakhanovets",
        Notes,
        &[
            "Причины отказа в регистрации (продлении) сделки",
            "исчерпанный лимит продлений сделки",
            "недобросовестная конкуренция",
        ],
        &["extension limit", "is exhausted", "unfair competition"],
        DOC,
        "причины отказа в регистрации (продлении) сделки",
    );
}

#[test]
fn the_ladder_shows_the_new_terms() {
    use partner_calc::programmes::ALL;
    use partner_calc::widget::form::Form;
    use partner_calc::widget::view::ladder::notes;
    let terms = notes(&Form::new(ALL, "stakhanovets", Lang::En), ALL);
    assert!(terms.iter().any(|n| n.contains("within 1 working day")));
    assert!(terms.iter().any(|n| n.contains("14 calendar days")));
}
