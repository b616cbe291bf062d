//! Directum figures from 000_9a9e1f877df62488.txt (benefits table, as read
//! in programmes-reading.md): on-premise licences 30 / 35–50 / 40–55 / 45–60 %,
//! subscription 30/35/40/45 % + up to 15 %, cloud 35 % first delivery and 20 %
//! renewals, HR Pro 35 %, solutions 35 %, training 20 %, joint sale individual.
//! Every deal is 10 × 100 000 ₽ = 1 000 000 ₽ at RRP.

mod support;
use partner_calc::model::Lang;
use partner_calc::widget::sentences::caveat;
use partner_calc::widget::Message;
use support::{check_table, price, request, row, Row};

const ALL_TIERS: [&str; 4] = ["authorized", "qualified", "certified", "general"];

#[test]
fn every_directum_tier_and_product_matches_the_benefits_table() {
    let rows = [
        row("authorized", "licences", Some("700000.00")),
        row("qualified", "licences", Some("650000.00")),
        row("certified", "licences", Some("600000.00")),
        row("general", "licences", Some("550000.00")),
        Row {
            tier: "qualified",
            product: "licences",
            situation: None,
            percents: &[("additional", "15")],
            net: Some("500000.00"),
        },
        Row {
            tier: "certified",
            product: "licences",
            situation: None,
            percents: &[("additional", "15")],
            net: Some("450000.00"),
        },
        Row {
            tier: "general",
            product: "licences",
            situation: None,
            percents: &[("additional", "15")],
            net: Some("400000.00"),
        },
        Row {
            tier: "general",
            product: "licences",
            situation: None,
            percents: &[("additional", "7.5")],
            net: Some("475000.00"),
        },
        Row {
            tier: "authorized",
            product: "licences",
            situation: Some("joint_sale"),
            percents: &[],
            net: None,
        },
        Row {
            tier: "general",
            product: "licences",
            situation: Some("joint_sale"),
            percents: &[],
            net: None,
        },
        row("authorized", "subscription", Some("700000.00")),
        row("qualified", "subscription", Some("650000.00")),
        row("certified", "subscription", Some("600000.00")),
        row("general", "subscription", Some("550000.00")),
        Row {
            tier: "authorized",
            product: "subscription",
            situation: None,
            percents: &[("additional", "15")],
            net: Some("550000.00"),
        },
        Row {
            tier: "general",
            product: "subscription",
            situation: None,
            percents: &[("additional", "15")],
            net: Some("400000.00"),
        },
    ];
    let mut all: Vec<Row> = rows.into_iter().collect();
    for tier in ALL_TIERS {
        all.push(row(tier, "cloud_first", Some("650000.00")));
        all.push(row(tier, "cloud_renewal", Some("800000.00")));
        all.push(row(tier, "hr_pro", Some("650000.00")));
        all.push(row(tier, "solutions", Some("650000.00")));
        all.push(row(tier, "training", Some("800000.00")));
    }
    check_table("directum", &all, &[]);
}

#[test]
fn authorized_partners_have_no_additional_licence_discount() {
    let q = price(&request("directum", "authorized", "licences", "1", "1000")).unwrap();
    assert_eq!(q.steps.len(), 1, "only the base step: {:?}", q.steps);
    assert_eq!(q.steps[0].id, "base");
}

#[test]
fn the_additional_discount_is_a_range_at_the_vendors_discretion() {
    let mut req = request("directum", "certified", "licences", "1", "1000");
    req.choices.insert("additional", support::percent("16"));
    let err = price(&req).unwrap_err();
    assert_eq!(err.message(Lang::En), "Enter a value from 0 to 15 %");
    req.choices.insert("additional", support::percent("10"));
    let q = price(&req).unwrap();
    assert!(q
        .caveats
        .iter()
        .any(|c| caveat(c, Lang::En).contains("up to 15% at the vendor's discretion")));
    assert_eq!(q.steps[1].max_percent, Some(support::d("15")));
}

#[test]
fn a_joint_sale_is_individual_and_never_zero() {
    let mut req = request("directum", "qualified", "licences", "3", "50000");
    req.situation = Some("joint_sale".into());
    let q = price(&req).unwrap();
    assert_eq!(q.net_total, None);
    assert_eq!(q.effective_discount_percent, None);
    assert_eq!(q.steps[0].percent, None);
    assert!(q
        .caveats
        .iter()
        .any(|c| caveat(c, Lang::Ru) == "Индивидуально, согласно правилам"));
}

#[test]
fn directum_has_no_money_thresholds_so_the_next_tier_shows_requirements() {
    let mut req = request("directum", "qualified", "licences", "10", "100000");
    req.sales_last_12_months = Some(support::d("1000000"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "certified");
    assert_eq!(next.threshold, None);
    assert_eq!(next.remaining, None);
    assert!(next
        .unlocks
        .iter()
        .any(|f| f.text.en == "40 free Directum RX licences for internal use"));
    assert_eq!(
        next.gain,
        Some(support::d("50000.00")),
        "40 % instead of 35 % of 1 000 000"
    );
    assert!(next.met.is_empty(), "no threshold to meet");
}

const DOC: &str = "000_9a9e1f877df62488.txt";

#[test]
fn the_promotion_compensation_and_the_university_fund_are_programme_terms() {
    use support::{fact, Place::Notes};
    fact(
        "directum",
        Notes,
        &["Компенсация расходов на продвижение", "до 50% в регионе"],
        &["up to 50%", "region"],
        DOC,
        "компенсация расходов на продвижение системы",
    );
    fact(
        "directum",
        Notes,
        &[
            "Фонд Directum UniversITy",
            "0,5% от годовых отчислений",
            "(до 50%) оплата курсов",
        ],
        &["0.5%", "up to 50%"],
        DOC,
        "фонд Directum UniversITy",
    );
}

#[test]
fn the_development_manager_and_joint_events_have_their_conditions() {
    use support::{fact, Place::Notes};
    fact(
        "directum",
        Notes,
        &["Менеджер по развитию", "при наличии плана развития"],
        &["only when", "development plan"],
        DOC,
        "закрепленный менеджер по развитию партнера",
    );
    fact(
        "directum",
        Notes,
        &[
            "Совместные мероприятия",
            "не позднее, чем за 1 (один) месяц",
        ],
        &["at least 1 (one) month ahead"],
        DOC,
        "участие сотрудников компании Directum в маркетинговых мероприятиях партнера",
    );
}

#[test]
fn free_training_is_granted_per_partner_year_at_every_status() {
    use support::{fact, Place::Benefits};
    for (tier, staff) in [
        ("authorized", "1 сотрудника"),
        ("qualified", "2 сотрудников"),
        ("certified", "3 сотрудников"),
        ("general", "4 сотрудников"),
    ] {
        fact(
            "directum",
            Benefits(tier),
            &[
                &format!("Бесплатное обучение {staff}"),
                "ежегодно при заключении партнерского договора",
                "до окончания партнерского года",
            ],
            &["every year", "until the end of the partner year"],
            DOC,
            "примечание о бесплатном обучении",
        );
    }
}

#[test]
fn the_ladder_shows_the_new_terms() {
    use partner_calc::programmes::ALL;
    use partner_calc::widget::form::Form;
    use partner_calc::widget::view::ladder::{notes, rungs};
    let form = Form::new(ALL, "directum", Lang::Ru);
    assert!(notes(&form, ALL)
        .iter()
        .any(|n| n.contains("0,5% от годовых")));
    let rungs = rungs(&form, ALL);
    assert!(rungs[3]
        .benefits
        .iter()
        .any(|b| b.starts_with("Бесплатное обучение 4") && b.contains("партнерского года")));
}
