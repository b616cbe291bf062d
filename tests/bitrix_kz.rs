//! 1С-Битрикс Казахстан (004_193c6adb431eeea7.txt): the document states no
//! discount figures; the licence price is agreed with the vendor before the
//! proposal (5.3). Prices are in tenge.

mod support;
use partner_calc::engine::CaveatKind;
use partner_calc::model::{Currency, Lang};
use partner_calc::widget::sentences::caveat;
use support::{check_table, d, price, request, row};

#[test]
fn every_bitrix_level_and_product_is_priced_by_agreement() {
    let mut rows = Vec::new();
    for tier in ["basic", "extended"] {
        for product in ["site_enterprise", "b24_enterprise", "enterprise_options"] {
            rows.push(row(tier, product, None));
        }
    }
    check_table("bitrix-kz", &rows, &[]);
}

#[test]
fn bitrix_shows_the_list_total_in_tenge_and_no_discount_figure() {
    let q = price(&request(
        "bitrix-kz",
        "extended",
        "b24_enterprise",
        "3",
        "2500000",
    ))
    .unwrap();
    assert_eq!(q.currency, Currency::Kzt);
    assert_eq!(q.list_total, d("7500000.00"));
    assert_eq!(q.net_total, None);
    assert_eq!(q.margin, None);
    assert_eq!(q.effective_discount_percent, None);
    assert!(q
        .steps
        .iter()
        .all(|s| s.percent.is_none() && s.amount.is_none()));
    let agreed = q
        .caveats
        .iter()
        .find(|c| c.kind == CaveatKind::ByAgreement)
        .unwrap();
    assert!(caveat(agreed, Lang::Ru).contains("согласуется с 1С-Битрикс Казахстан"));
    assert!(q.next_tier.is_none());
}

#[test]
fn basic_sees_what_extended_unlocks() {
    let next = price(&request("bitrix-kz", "basic", "site_enterprise", "1", "1"))
        .unwrap()
        .next_tier
        .unwrap();
    assert_eq!(next.tier, "extended");
    assert_eq!(next.threshold, None);
    assert!(next.met.is_empty(), "no threshold to meet");
    assert!(next
        .unlocks
        .iter()
        .any(|f| f.text.en.starts_with("New leads")));
    assert!(next.requirements.iter().any(|f| f.source.section == "4.10"));
}

const DOC: &str = "004_193c6adb431eeea7.txt";

#[test]
fn the_review_decision_and_renewal_take_3_and_7_working_days() {
    use support::{fact, Place::Notes};
    fact(
        "bitrix-kz",
        Notes,
        &[
            "в течение 3 (трех) рабочих дней",
            "итоговое решение — в течение 7 (семи) рабочих дней",
        ],
        &[
            "within 3 (three) working days",
            "within 7 (seven) working days",
        ],
        DOC,
        "4.2; 4.3",
    );
    fact(
        "bitrix-kz",
        Notes,
        &[
            "подтверждение компетенции — 7 (семь) рабочих дней",
            "пролонгируется на 1 год",
        ],
        &["within 7 (seven) working days", "extended by 1 year"],
        DOC,
        "4.9",
    );
}

#[test]
fn renewal_is_requested_14_calendar_days_ahead() {
    use support::{fact, Place::Requirements};
    fact(
        "bitrix-kz",
        Requirements("basic"),
        &["сроком на 1 год", "не позднее чем за 14 календарных дней"],
        &["14 calendar days"],
        DOC,
        "4.4",
    );
    // The document never says a bare "14 days": no text may.
    for programme in partner_calc::programmes::ALL
        .iter()
        .filter(|p| p.id == "bitrix-kz")
    {
        let mut texts: Vec<&partner_calc::model::I18n> =
            programme.notes.iter().map(|f| &f.text).collect();
        for tier in programme.tiers.iter() {
            texts.extend(
                tier.requirements
                    .iter()
                    .chain(tier.benefits.iter())
                    .map(|f| &f.text),
            );
        }
        for text in texts {
            assert!(!text.ru.contains("14 дней"), "{}", text.ru);
            assert!(!text.en.contains("14 days"), "{}", text.en);
        }
    }
}

#[test]
fn project_reports_competing_products_and_mandatory_supervision_are_rules() {
    use support::{fact, Place::Notes};
    fact(
        "bitrix-kz",
        Notes,
        &[
            "не реже чем 1 раз в 2 месяца",
            "о ходе работы над проектами",
        ],
        &["At least once every 2 months"],
        DOC,
        "5.5",
    );
    fact(
        "bitrix-kz",
        Notes,
        &["Не предлагать заказчикам", "конкурирующие продукты"],
        &["Competing products"],
        DOC,
        "5.2",
    );
    fact(
        "bitrix-kz",
        Notes,
        &[
            "может потребовать обязательного сопровождения проекта",
            "включает эти услуги в свое коммерческое предложение",
        ],
        &["make project supervision mandatory"],
        DOC,
        "правила и условия, п. 2",
    );
}

#[test]
fn basic_says_how_to_obtain_it_and_that_a_failed_confirmation_annuls_it() {
    use support::{fact, Place::Requirements};
    fact(
        "bitrix-kz",
        Requirements("basic"),
        &[
            "Для получения",
            "опытом внедрения крупных проектов на базе веб-технологий",
            "финансовую устойчивость",
        ],
        &["To obtain it", "financial stability"],
        DOC,
        "3. Уровни компетенции",
    );
    fact(
        "bitrix-kz",
        Requirements("basic"),
        &[
            "Для получения: запрос со страницы компетенции",
            "обязательные критерии базового уровня",
        ],
        &["To obtain it: a request", "mandatory criteria"],
        DOC,
        "4.1; 4.2",
    );
    let annulled = fact(
        "bitrix-kz",
        Requirements("basic"),
        &["подтверждение базового уровня неуспешно", "аннулируется"],
        &["annulled"],
        DOC,
        "4.10",
    );
    assert_eq!(annulled.source.section, "4.10");
    fact(
        "bitrix-kz",
        Requirements("extended"),
        &["Для получения: успешный опыт реализации проектов"],
        &["To obtain it"],
        DOC,
        "3. Уровни компетенции",
    );
}

#[test]
fn the_ladder_shows_the_new_terms() {
    use partner_calc::programmes::ALL;
    use partner_calc::widget::form::Form;
    use partner_calc::widget::view::ladder::{notes, rungs};
    let form = Form::new(ALL, "bitrix-kz", Lang::Ru);
    assert!(notes(&form, ALL)
        .iter()
        .any(|n| n.contains("1 раз в 2 месяца")));
    assert!(rungs(&form, ALL)[0]
        .requirements
        .iter()
        .any(|r| r.contains("14 календарных дней")));
}
