//! Smart-Soft figures from 002_fb8fab4bee64a05e.txt: rewards from the fixed
//! retail price — TI software 25/30/35 %, TING and DEPO TI 15/20/25 %,
//! renewals 25/30/35 %; internal use 50 % for up to 30/50/100 users;
//! Privileged's 5 % quarterly rebate paid later; thresholds 500 000 and
//! 1 000 000 ₽ a year. Deals are 10 × 100 000 ₽ = 1 000 000 ₽.

mod support;
use partner_calc::engine::CaveatKind;
use partner_calc::model::Lang;
use partner_calc::widget::sentences::caveat;
use support::{check_table, d, price, request, row};

#[test]
fn every_smart_soft_status_and_line_matches_the_table() {
    check_table(
        "smart-soft",
        &[
            row("authorized", "ti_software", Some("750000.00")),
            row("certified", "ti_software", Some("700000.00")),
            row("privileged", "ti_software", Some("650000.00")),
            row("authorized", "ting", Some("850000.00")),
            row("certified", "ting", Some("800000.00")),
            row("privileged", "ting", Some("750000.00")),
            row("authorized", "depo_ti", Some("850000.00")),
            row("certified", "depo_ti", Some("800000.00")),
            row("privileged", "depo_ti", Some("750000.00")),
            row("authorized", "renewals", Some("750000.00")),
            row("certified", "renewals", Some("700000.00")),
            row("privileged", "renewals", Some("650000.00")),
            row("authorized", "internal_use", Some("500000.00")),
            row("certified", "internal_use", Some("500000.00")),
            row("privileged", "internal_use", Some("500000.00")),
        ],
        &[],
    );
}

#[test]
fn the_privileged_rebate_is_paid_later_and_not_deducted() {
    let q = price(&request(
        "smart-soft",
        "privileged",
        "ti_software",
        "10",
        "100000",
    ))
    .unwrap();
    assert_eq!(q.net_total, Some(d("650000.00")));
    assert_eq!(q.paid_later_total, d("50000.00"));
    assert_eq!(q.total_benefit_percent, Some(d("40")));
    assert!(q
        .caveats
        .iter()
        .any(|c| c.kind == CaveatKind::PaidLater
            && caveat(c, Lang::En).contains("after the quarter")));
    let rebate = q.steps.iter().find(|s| s.id == "rebate").unwrap();
    assert!(rebate.paid_later.is_some());
}

#[test]
fn internal_use_warns_above_the_user_limit_of_each_status() {
    for (tier, limit) in [("authorized", 30), ("certified", 50), ("privileged", 100)] {
        let at = price(&request(
            "smart-soft",
            tier,
            "internal_use",
            &limit.to_string(),
            "1000",
        ))
        .unwrap();
        assert!(
            !at.caveats
                .iter()
                .any(|c| c.kind == CaveatKind::OverUserLimit),
            "{tier}: {limit} users is within the limit"
        );
        let above = price(&request(
            "smart-soft",
            tier,
            "internal_use",
            &(limit + 1).to_string(),
            "1000",
        ))
        .unwrap();
        let warning = above
            .caveats
            .iter()
            .find(|c| c.kind == CaveatKind::OverUserLimit);
        assert!(
            warning.is_some_and(|c| caveat(c, Lang::En).contains(&format!("up to {limit}"))),
            "{tier}: {} users",
            limit + 1
        );
    }
}

#[test]
fn yearly_sales_thresholds_are_shown_in_their_own_basis() {
    let mut req = request("smart-soft", "authorized", "ti_software", "10", "100000");
    req.sales_last_12_months = Some(d("400000"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "certified");
    assert_eq!(next.remaining, Some(d("100000")));
    assert_eq!(
        next.remaining_at_rrp, None,
        "the basis is sales, not vendor money"
    );
    assert_eq!(next.gain, Some(d("50000.00")), "30 % instead of 25 %");
}

#[test]
fn a_million_of_sales_takes_an_authorized_partner_to_privileged_past_certified() {
    // 1 000 000 ₽ a year meets Certified's 500 000 and Privileged's 1 000 000.
    let mut req = request("smart-soft", "authorized", "ti_software", "10", "100000");
    req.sales_last_12_months = Some(d("1000000"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "privileged");
    assert_eq!(next.remaining, Some(d("0")));
    let met: Vec<&str> = next.met.iter().map(|m| m.tier.as_str()).collect();
    assert_eq!(met, ["certified"]);
    req.sales_last_12_months = Some(d("999999.99"));
    let next = price(&req).unwrap().next_tier.unwrap();
    assert_eq!(next.tier, "privileged");
    assert_eq!(next.remaining, Some(d("0.01")));
}

const DOC: &str = "002_fb8fab4bee64a05e.txt";
const TIERS: [&str; 3] = ["authorized", "certified", "privileged"];

#[test]
fn privileged_needs_a_sales_specialist_too() {
    use support::{fact, Place::Requirements};
    fact(
        "smart-soft",
        Requirements("privileged"),
        &[
            "Дистрибьютор регионального уровня",
            "не менее одного сертифицированного технического специалиста и специалиста по продажам",
        ],
        &["a sales specialist"],
        DOC,
        "Привилегированный партнер: описание статуса",
    );
}

#[test]
fn requirements_for_every_status_are_on_every_status() {
    use support::{fact, Place::Requirements};
    for tier in TIERS {
        fact(
            "smart-soft",
            Requirements(tier),
            &["Согласование и подписание договора", "отзывов от клиентов"],
            &["signing the agreement", "customer reviews"],
            DOC,
            "требования (у всех статусов)",
        );
        fact(
            "smart-soft",
            Requirements(tier),
            &["Размещение информации о «Смарт-Софт» и Traffic Inspector на сайте партнера"],
            &["on the partner's website"],
            DOC,
            "требования",
        );
        // Monthly reports: "+ (при наличии продаж)" below Privileged, "+" there.
        let reports = match tier {
            "privileged" => "ежемесячные финансовые отчеты",
            _ => "Ежемесячные финансовые отчеты (при наличии продаж)",
        };
        fact(
            "smart-soft",
            Requirements(tier),
            &[reports],
            &["onthly financial reports"],
            DOC,
            "требования",
        );
    }
    let authorized = support::facts_at("smart-soft", Requirements("authorized"));
    assert!(authorized
        .iter()
        .any(|f| f.text.ru.contains("(при наличии сайта)")));
}

#[test]
fn nfr_licences_are_on_request_for_authorized_partners() {
    use support::{fact, Place::Benefits};
    fact(
        "smart-soft",
        Benefits("authorized"),
        &["NFR-лицензии", "по запросу"],
        &["NFR", "on request"],
        DOC,
        "NFR-лицензии для демонстрации программы клиентам",
    );
}

#[test]
fn the_dedicated_manager_is_shown_as_the_documents_contradiction() {
    use support::{fact, Place::Notes};
    let f = fact(
        "smart-soft",
        Notes,
        &[
            "противоречит сам себе",
            "выделенном менеджере",
            "«Продажи»",
            "«Техподдержка»",
        ],
        &["contradicts itself", "dedicated partner manager"],
        DOC,
        "«Выделенный менеджер по работе с партнерами»",
    );
    for place in [
        "в разделе «Продажи» (− / − / +)",
        "в разделе «Техподдержка» (+ / + / +)",
    ] {
        assert!(f.source.section.contains(place), "{}", f.source.section);
    }
}

#[test]
fn the_ladder_shows_the_new_terms() {
    use partner_calc::programmes::ALL;
    use partner_calc::widget::form::Form;
    use partner_calc::widget::view::ladder::{notes, rungs};
    let form = Form::new(ALL, "smart-soft", Lang::Ru);
    assert!(notes(&form, ALL)
        .iter()
        .any(|n| n.contains("противоречит сам себе")));
    for rung in rungs(&form, ALL) {
        assert!(
            rung.requirements
                .iter()
                .any(|r| r.starts_with("Согласование и подписание договора")),
            "{}",
            rung.id
        );
    }
}
